"""Round 25: places and compounds overrun."""

from __future__ import annotations

from extracted import coded, events_of


def test_overrunning_a_town_occupies_it(pack):
    events = events_of(pack, "Rebel fighters overran the Malian town of Kidal on Thursday.", "2012-03-29")
    assert [e.cameo for e in events if e.type == "COERCE"] == ["192"]
    assert all(e.type != "ASSAULT" for e in events)


def test_a_crowd_overrunning_an_embassy_seizes_it(pack):
    events = events_of(pack, "Libyan students overran the French embassy in Tripoli on Friday.", "1980-02-01")
    assert coded(events, "COERCE") == [("171", "LBY", "FRA")]
    assert all(e.type != "PROTEST" for e in events)


def test_two_sides_each_handing_back_prisoners_both_release(pack):
    events = events_of(pack, "Armenia and Azerbaijan each handed back 20 captured soldiers on Monday.", "2021-07-05")
    assert sorted(coded(events, "RETREAT")) == [("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")]


def test_a_swap_of_prisoners_apiece_runs_both_ways(pack):
    events = events_of(pack, "Armenia and Azerbaijan swapped 20 prisoners apiece on Monday.", "2021-07-05")
    assert sorted(coded(events, "RETREAT")) == [("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")]


def test_crowds_protesting_that_police_disperse_protest(pack):
    events = events_of(pack, "Riot police broke up crowds protesting against Viktor Yanukovych's government in "
                             "Kyiv on Saturday.", "2013-11-30")
    assert [(e.type, e.source.code) for e in events if e.type == "PROTEST"] == [("PROTEST", "UKR")]
    assert [e.type for e in events if e.type == "ASSAULT"] == ["ASSAULT"]


def test_giving_a_party_until_a_date_to_act_is_an_ultimatum(pack):
    events = events_of(pack, "Washington gives Hamas until Sunday to accept the Gaza plan", "2025-10-03")
    assert [(e.cameo, e.source.code, e.target.code) for e in events if e.type == "THREATEN"] == [("139", "USA", "PSE")]


def test_giving_a_party_half_a_year_to_pull_out_is_a_demand(pack):
    events = events_of(pack, "Moscow gave the Western powers half a year to pull their troops out of the city.",
                       "1958-11-27")
    assert [e.type for e in events] == ["REQUEST"]
