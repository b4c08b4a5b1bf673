"""Round 25: two sides that "settled on" or "struck a deal" on a swap accept it; a readout that never names its own
principal ("The Prime Minister spoke to President Zelensky …") speaks for the one state it names whose people it
never names, and its bare title keeps standing for that state's office holder after another one is named."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-05-20"):
    return position_fields(positions_of(pack, text, published))


def test_sides_that_settle_on_a_swap_accept_it(pack):
    found = fields(pack, "Moscow and Kyiv settled on an exchange of 500 prisoners of war each.")
    assert ("RUS", "prisoners_children", "accept") in found
    assert ("UKR", "prisoners_children", "accept") in found


def test_a_deal_struck_on_a_swap_is_accepted(pack):
    found = fields(pack, "Russia and Ukraine struck a deal on a swap of prisoners after the talks.")
    assert ("RUS", "prisoners_children", "accept") in found
    assert ("UKR", "prisoners_children", "accept") in found


READOUT = (
    "Readout: Prime Minister's meeting with leaders in Warsaw, 9 June 2025\n\n"
    "The Prime Minister met Prime Minister Tusk and President Zelensky in Warsaw today.\n\n"
    "The Prime Minister said the UK would keep up the pressure on Putin and announced new sanctions on the "
    "shadow fleet.\n\n"
    "The Prime Minister also said the UK stood ready to contribute to security guarantees for Kyiv.")


def test_unnamed_principal_of_a_readout_is_its_own_state(pack):
    found = fields(pack, READOUT, "2025-06-10")
    assert ("GBR", "sanctions", "support") in found
    assert not any(h == "POL" for h, i, s in found)


def test_a_named_prime_minister_is_not_taken_for_an_unnamed_one(pack):
    found = fields(pack, "Prime Minister Tusk called for new sanctions on the shadow fleet.", "2025-06-10")
    assert ("POL", "sanctions", "demand") in found
