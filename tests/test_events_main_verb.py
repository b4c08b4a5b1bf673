"""The event coder on main-verb conjuncts: two acts joined by "and" are two events, one attack's toll is one."""

from __future__ import annotations

import extracted


def events_of(pack, text, published="2025-06-13"):
    return extracted.events_of(pack, text, published)


def test_two_conjoined_acts_with_their_own_objects_are_two_events(pack):
    events = events_of(pack, "Russia struck Ukraine's largest gas storage site near Stryi and killed several senior "
                             "energy engineers on Friday.")
    assaults = [e for e in events if e.type == "ASSAULT" and (e.source.code, e.target and e.target.code)
                == ("RUS", "UKR")]
    assert sorted(e.evidence for e in assaults) == ["killed", "struck"]


def test_a_toll_of_one_attack_is_one_event(pack):
    events = events_of(pack, "Russian missiles hit Kyiv on Friday, killing nine people and wounding dozens.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1

