"""Round 24c: crowds protesting against their own government's acts."""

from __future__ import annotations

from extracted import events_of


def _coded(events):
    return [(e.type, e.cameo, e.source.code, e.target and e.target.code) for e in events]


def test_a_protest_against_a_government_decision_targets_the_protesters_government(pack):
    events = events_of(pack, "Thousands of Georgians protested in Tbilisi on Sunday against a government decision to "
                             "suspend talks on joining the EU.", "2024-12-01")
    assert _coded(events)[0] == ("PROTEST", "141", "GEO", "GEO")


def test_blockading_government_buildings_targets_the_government(pack):
    events = events_of(pack, "Opposition supporters blockaded government buildings in Tbilisi on Monday.",
                       "2024-12-02")
    assert _coded(events) == [("PROTEST", "144", "GEO", "GEO")]


def test_a_government_ban_defied_is_no_party_to_the_protest(pack):
    events = events_of(pack, "Thousands of Belarusians marched through Minsk on Sunday, defying a government ban on "
                             "rallies.", "2020-08-16")
    assert _coded(events) == [("PROTEST", "141", "BLR", None)]


def test_a_protest_against_foreign_rules_keeps_its_foreign_target(pack):
    events = events_of(pack, "Farmers protested in Paris against EU trade rules.", "2024-01-30")
    assert _coded(events) == [("PROTEST", "141", "FRA", "EU")]
