"""Round 25b: "negotiators for X and Y" hold a position for both states (not "the envoy for X and Y", one person);
an issue said to be what "will not be discussed" is off the table; a stance stops at a "but" clause of its own."""

from __future__ import annotations

from extracted import position_fields, positions_of


def fields(pack, text, published="2025-06-03"):
    return position_fields(positions_of(pack, text, published))


def test_negotiators_for_two_states_hold_it_for_both(pack):
    found = fields(pack, "Negotiators for Ukraine and Russia agreed on an exchange of 800 prisoners of war each.")
    assert ("UKR", "prisoners_children", "accept") in found
    assert ("RUS", "prisoners_children", "accept") in found


def test_an_envoy_for_two_states_is_no_holder_for_both(pack):
    found = fields(pack, "The US envoy for Russia and Ukraine, Keith Kellogg, called for a ceasefire.")
    assert not {("RUS", "ceasefire", "demand"), ("UKR", "ceasefire", "demand")} <= found


def test_an_issue_that_will_not_be_discussed_is_refused(pack):
    found = fields(pack, "Zakharova said Crimea belongs to Russia and will not be negotiated with anyone.")
    assert any(f[:2] == ("RUS", "crimea") and f[2] in {"oppose", "reject"} for f in found)
    assert ("RUS", "crimea", "support") not in found


def test_a_deal_does_not_reach_past_but(pack):
    found = fields(pack, "Negotiators from Russia and Ukraine settled on a swap of prisoners but stayed deadlocked "
                         "on a ceasefire.")
    assert ("RUS", "prisoners_children", "accept") in found
    assert not any(f[1] == "ceasefire" and f[2] == "accept" for f in found)
