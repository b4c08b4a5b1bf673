"""Round 25b: forces sent on request or to help, landings ashore."""

from __future__ import annotations

from extracted import events_of


def _coded(events, etype):
    return [(e.cameo, e.source.code, e.target and e.target.code) for e in events if e.type == etype]


def test_troops_crossing_in_at_the_request_of_a_government_help_it(pack):
    events = events_of(pack, "About 2,000 Nigerian troops crossed into Gambia on Thursday at the request of the "
                             "Gambian government.", "2017-01-19")
    assert ("074", "NGA", "GMB") in _coded(events, "AID")
    assert all(e.type != "ASSAULT" for e in events)


def test_soldiers_deployed_after_an_appeal_for_help_are_aid(pack):
    events = events_of(pack, "Britain deployed 800 soldiers to Sierra Leone on Monday after an appeal for help "
                             "from the government in Freetown.", "2000-05-08")
    assert ("074", "GBR", "SLE") in _coded(events, "AID")
    assert all(e.type != "MOBILIZE" for e in events)


def test_troops_coming_ashore_invade(pack):
    events = events_of(pack, "Argentine troops came ashore on the Falkland Islands on Friday.", "1982-04-02")
    assert _coded(events, "ASSAULT") == [("190", "ARG", "GBR")]
    events = events_of(pack, "Argentine marines waded ashore near Port Stanley on Friday.", "1982-04-02")
    assert _coded(events, "ASSAULT") == [("190", "ARG", "GBR")]


def test_peacekeepers_led_by_a_state_landing_protect(pack):
    events = events_of(pack, "Peacekeepers led by Nigeria landed in Monrovia on Monday.", "2003-08-04")
    assert [(e.type, e.cameo) for e in events] == [("AID", "074")]


def test_a_medical_team_landing_brings_relief(pack):
    events = events_of(pack, "A team of 40 Chinese doctors landed in Conakry on Tuesday.", "2014-09-16")
    assert _coded(events, "AID") == [("073", "CHN", "GIN")]


def test_forces_landing_at_a_place_to_police_a_truce_help(pack):
    events = events_of(pack, "Indian troops landed at Jaffna on Thursday to police the truce between Colombo "
                             "and the Tamil rebels.", "1987-07-30")
    assert [(e.type, e.cameo) for e in events] == [("AID", "074")]
