"""Lists under one stance: a list of infinitives that the parser hangs each on the item before it ("asks Kyiv to
X, to Y and to Z") takes the stance that governs its first item, not the verb of the item before; and the "no" of
a list's first item does not reach a later item with a determiner of its own."""

from __future__ import annotations

from extracted import analysis_of, position_keys


def cues(pack, text):
    return {(p.holder.code, p.issue): p.cue for p in analysis_of(pack, text, "2025-05-20").positions}


def test_a_later_infinitive_takes_the_stance_over_the_list(pack):
    found = cues(pack, "Moscow's text asks Kyiv to withdraw its forces from Donbas, to give up its NATO ambitions"
                       " and to shrink its army.")
    assert found.get(("RUS", "military_limits")) == "asks"
    assert found.get(("RUS", "territory")) == "asks"


def test_each_item_of_an_infinitive_list_is_demanded(pack):
    found = position_keys(pack, "The Kremlin's draft calls on Ukraine to withdraw from the regions Moscow claims,"
                                " to renounce NATO membership, to cut its army and to hold elections.", "2025-05-20")
    assert {("RUS", "territory", "demand"), ("RUS", "alliance_neutrality", "demand"),
            ("RUS", "military_limits", "demand")} <= found


def test_two_joined_acts_without_a_list_are_not_a_list(pack):
    found = position_keys(pack, "Peskov said a pause in the fighting would simply help Kyiv to keep mobilising and to"
                                " obtain more arms.", "2025-05-20")
    assert ("RUS", "ceasefire", "oppose") in found


def test_the_first_items_no_does_not_reach_a_later_item(pack):
    found = position_keys(pack, "The Kremlin demands no Western weapons for Ukraine and a new government in Kyiv.",
                          "2025-05-20")
    assert not any(holder is None and issue == "elections_governance" for holder, issue, _ in found)


def test_no_before_a_bare_list_still_refuses_each_item(pack):
    found = position_keys(pack, "Lavrov said there could be no elections or talks while martial law lasts.",
                          "2025-05-20")
    assert ("RUS", "elections_governance", "reject") in found
