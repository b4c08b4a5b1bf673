"""Round 25b: forces sent on request or to help, landings ashore."""

from __future__ import annotations

from extracted import coded, events_of


def test_troops_crossing_in_at_the_request_of_a_government_help_it(pack):
    events = events_of(pack, "About 2,000 Nigerian troops crossed into Gambia on Thursday at the request of the "
                             "Gambian government.", "2017-01-19")
    assert ("074", "NGA", "GMB") in coded(events, "AID")
    assert all(e.type != "ASSAULT" for e in events)


def test_soldiers_deployed_after_an_appeal_for_help_are_aid(pack):
    events = events_of(pack, "Britain deployed 800 soldiers to Sierra Leone on Monday after an appeal for help "
                             "from the government in Freetown.", "2000-05-08")
    assert ("074", "GBR", "SLE") in coded(events, "AID")
    assert all(e.type != "MOBILIZE" for e in events)


def test_troops_coming_ashore_invade(pack):
    events = events_of(pack, "Argentine troops came ashore on the Falkland Islands on Friday.", "1982-04-02")
    assert coded(events, "ASSAULT") == [("190", "ARG", "GBR")]
    events = events_of(pack, "Argentine marines waded ashore near Port Stanley on Friday.", "1982-04-02")
    assert coded(events, "ASSAULT") == [("190", "ARG", "GBR")]


def test_peacekeepers_led_by_a_state_landing_protect(pack):
    events = events_of(pack, "Peacekeepers led by Nigeria landed in Monrovia on Monday.", "2003-08-04")
    assert [(e.type, e.cameo) for e in events] == [("AID", "074")]


def test_a_medical_team_landing_brings_relief(pack):
    events = events_of(pack, "A team of 40 Chinese doctors landed in Conakry on Tuesday.", "2014-09-16")
    assert coded(events, "AID") == [("073", "CHN", "GIN")]


def test_forces_landing_at_a_place_to_police_a_truce_help(pack):
    events = events_of(pack, "Indian troops landed at Jaffna on Thursday to police the truce between Colombo "
                             "and the Tamil rebels.", "1987-07-30")
    assert [(e.type, e.cameo) for e in events] == [("AID", "074")]


def test_onlookers_are_no_party_to_an_act(pack):
    events = events_of(pack, "Armenian envoys opened peace talks in a Doha hotel on Saturday, with Donald Trump "
                             "looking on.", "2025-08-08")
    assert [(e.source.code, e.target) for e in events] == [("ARM", None)]


def test_a_named_weapon_test_fired_is_its_owners_test(pack):
    events = events_of(pack, "Iran's new Khorramshahr-4 was test-fired on Thursday, state television said.",
                       "2023-05-25")
    assert coded(events, "MOBILIZE") == [("150", "IRN", None)]


def test_nuclear_blasts_are_tests(pack):
    events = events_of(pack, "India set off three nuclear blasts in the Thar desert on Monday.", "1998-05-11")
    assert coded(events, "MOBILIZE") == [("150", "IND", None)]


def test_talks_in_a_seat_of_government_make_the_other_side_the_visitor(pack):
    events = events_of(pack, "Putin signed a gas deal on Tuesday after talks in the Kremlin with Hungarian Prime "
                             "Minister Viktor Orban.", "2024-07-05")
    assert ("043", "HUN", "RUS") in coded(events, "CONSULT")


def test_two_leaders_signing_a_treaty_that_cuts_arms_sign_it(pack):
    events = events_of(pack, "Barack Obama and Dmitry Medvedev signed a treaty in Prague on Monday cutting their "
                             "missile stocks by a third.", "2010-04-12")
    assert ("057", "USA", "RUS") in coded(events, "SUPPORT")
    assert all(e.type != "SANCTION" for e in events)


def test_weapons_an_accord_says_both_will_destroy_are_no_attack(pack):
    events = events_of(pack, "India and Pakistan signed a treaty in Geneva on Friday under which both countries "
                             "will destroy all their chemical weapons within five years.", "2025-06-06")
    assert ("057", "IND", "PAK") in coded(events, "SUPPORT")
    assert all(e.type != "ASSAULT" for e in events)


def test_a_crowd_protesting_beside_arrests_protests_too(pack):
    events = events_of(pack, "Georgian police arrested 300 people on Saturday as tens of thousands protested in "
                             "Tbilisi against Irakli Kobakhidze's government.", "2024-12-01")
    assert [(e.source.code, e.target and e.target.code) for e in events if e.type == "PROTEST"] == [("GEO", "GEO")]
