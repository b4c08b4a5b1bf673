"""Round 26: a government's own banned bodies."""

from __future__ import annotations

from extracted import events_of


def test_groups_a_government_outlaws_are_its_own(pack):
    events = events_of(pack, "Kenya's government banned three religious organisations on Friday.", "2010-05-07")
    assert [(e.source.code, e.target.code) for e in events if e.type == "COERCE"] == [("KEN", "KEN")]


def test_soldiers_detained_after_a_coup_attempt_are_its_own(pack):
    events = events_of(pack, "Bolivian authorities detained some 200 soldiers on Thursday.", "2024-06-27")
    assert [(e.source.code, e.target.code) for e in events if e.type == "COERCE"] == [("BOL", "BOL")]


def test_foreign_soldiers_detained_stay_foreign(pack):
    events = events_of(pack, "Russian police detained two Ukrainian soldiers near the border.", "2023-01-05")
    assert [(e.source.code, e.target.code) for e in events if e.type == "COERCE"] == [("RUS", "UKR")]
