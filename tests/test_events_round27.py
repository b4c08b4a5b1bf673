"""Round 27: cues whose frames matched nothing (curfews, closed skies and straits, abductions, crushed revolts,
broadcasters taken off the air, a leader confined to his dacha) and new cues (proclaim, pelt, fine)."""

from __future__ import annotations

from extracted import coded, events_of


def test_a_curfew_declared_or_an_emergency_proclaimed(pack):
    events = events_of(pack, "The Bolivian army declared a nationwide curfew on Sunday.", "2019-11-10")
    assert coded(events, "COERCE") == [("1723", "BOL", None)]
    events = events_of(pack, "Pakistan's government proclaimed a state of emergency on Friday.", "2007-11-03")
    assert coded(events, "COERCE") == [("1724", "PAK", None)]


def test_skies_closed_to_a_state_are_a_sanction(pack):
    events = events_of(pack, "Lithuania closed its skies to Belarusian aircraft on Monday.", "2021-05-24")
    assert coded(events, "SANCTION") == [("163", "LTU", "BLR")]


def test_a_strait_closed_to_a_state_is_a_blockade(pack):
    events = events_of(pack, "Iran was closing the Strait of Hormuz to American tankers, its navy said.", "2019-05-01")
    assert coded(events, "COERCE") == [("191", "IRN", "USA")]


def test_people_carried_off_are_abducted(pack):
    events = events_of(pack, "Islamist gunmen carried off 80 students from a college in northern Nigeria on Friday.",
                       "2021-03-12")
    assert [e.cameo for e in events if e.type == "ASSAULT"] == ["181"]


def test_a_revolt_put_down(pack):
    events = events_of(pack, "Syrian troops put down a revolt in Hama on Friday.", "1982-02-05")
    assert coded(events, "ASSAULT") == [("175", "SYR", "SYR")]


def test_broadcasters_taken_off_the_air_or_switched_off(pack):
    events = events_of(pack, "Erdogan took two opposition television channels off the air on Monday.", "2016-07-20")
    assert coded(events, "COERCE") == [("1721", "TUR", "TUR")]
    events = events_of(pack, "Burundi's government switched off two independent radio stations in the capital.",
                       "2015-04-27")
    assert coded(events, "COERCE") == [("1721", "BDI", "BDI")]


def test_a_leader_confined_to_his_dacha(pack):
    events = events_of(pack, "Soldiers confined the Malian president to his dacha on Tuesday.", "2020-08-18")
    assert [e.cameo for e in events if e.type == "COERCE"] == ["173"]


def test_an_embassy_pelted_by_a_crowd_is_a_protest(pack):
    events = events_of(pack, "Angry students pelted the British embassy in Tehran with eggs on Monday.", "2011-11-28")
    assert [e.type for e in events] == ["PROTEST"]


def test_a_court_fine(pack):
    events = events_of(pack, "A Russian court fined the opposition leader 5,000 dollars on Tuesday.", "2021-02-02")
    assert coded(events, "SANCTION") == [("116", "RUS", "RUS")]

