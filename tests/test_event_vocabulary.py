"""Cue words added by the vocabulary audit, with their false-friend guards."""

from __future__ import annotations

from extracted import event_keys


def coded(pack, text):
    return set(event_keys(pack, text, "2020-05-15"))


def test_suppressing_protests_is_violent_repression(pack):
    assert ("ASSAULT", "IRN", "IRN") in coded(pack, "Iranian police suppressed protests in Tehran on Saturday.")


def test_staying_out_of_a_vote_is_a_boycott(pack):
    assert ("PROTEST", "SRB", None) in coded(pack, "Opposition parties in Serbia stayed out of the vote on Sunday.")


def test_staying_away_from_a_summit_is_no_boycott(pack):
    assert not any(t == "PROTEST" for t, _, _ in coded(
        pack, "Chinese President Xi Jinping stayed away from the G20 summit in New Delhi on Saturday."))


def test_excluding_banks_from_swift_is_a_sanction(pack):
    assert ("SANCTION", "EU", "RUS") in coded(pack, "The EU excluded Russian banks from SWIFT on Saturday.")


def test_not_excluding_a_possibility_is_no_sanction(pack):
    assert coded(pack, "Macron did not exclude the possibility of sending troops to Ukraine.") == set()


def test_refugees_overwhelming_crossings_is_no_attack(pack):
    assert coded(pack, "Refugees from Ukraine overwhelmed border crossings in Poland on Sunday.") == set()


def test_contributing_money_is_aid_but_contributing_to_a_crisis_is_not(pack):
    assert ("AID", "RUS", None) in coded(pack, "Russia contributed $10 million to the fund.")
    assert coded(pack, "Russian policies contributed to the crisis in Ukraine.") == set()
