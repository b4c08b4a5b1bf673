"""Round 25c: a stance does not reach into a past-tense clause that only dates it ("adopted … after Slovakia
withdrew its objection over gas supplies"), nor onto talks that a relative "at which" only names as the place of
what was agreed; "carried out the exchange agreed in Istanbul", which the parser reads as a clause of its own, is
the carrying out, not the agreeing."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-06-03"):
    return position_fields(positions_of(pack, text, published))


def test_a_stance_does_not_reach_into_a_dating_clause(pack):
    found = fields(pack, "The European Union adopted its sanctions package after Slovakia withdrew its objection "
                         "over Russian gas supplies.")
    assert ("EU", "relations_normalisation", "support") not in found


def test_a_condition_clause_is_still_read(pack):
    found = fields(pack, "Kyiv said it would accept a truce only after Russia withdrew its troops.")
    assert ("UKR", "ceasefire", "condition") in found


def test_talks_at_which_a_deal_was_agreed_are_not_agreed(pack):
    found = fields(pack, "Lavrov praised the talks in Istanbul, at which the two sides agreed to exchange prisoners.")
    assert ("RUS", "prisoners_children", "accept") in found
    assert not any(f[1] == "talks_format" and f[2] == "accept" for f in found)


def test_an_act_carried_out_on_an_agreed_swap_is_support(pack):
    found = fields(pack, "Ukraine has completed the prisoner swap agreed in Geneva, its coordination headquarters "
                         "said.")
    assert ("UKR", "prisoners_children", "support") in found
    assert ("UKR", "prisoners_children", "accept") not in found
