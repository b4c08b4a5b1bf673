"""Round 25d: arrests an official body reports in the passive."""

from __future__ import annotations

from extracted import coded, events_of


def test_a_state_announcing_its_nationals_detained_holds_its_own_people(pack):
    events = events_of(pack, "Egypt announced on Friday that 12 Egyptian nationals had been detained over the "
                             "killing.", "2024-05-03")
    assert coded(events, "COERCE") == [("173", "EGY", "EGY")]


def test_a_minister_saying_people_were_detained_made_the_arrests(pack):
    events = events_of(pack, "More than 400 officers had been detained by Sunday morning, Hungary's interior "
                             "minister said.", "2024-05-05")
    assert coded(events, "COERCE") == [("173", "HUN", "HUN")]


def test_a_state_saying_its_citizens_were_detained_is_not_their_jailer(pack):
    events = events_of(pack, "Kyiv said 40 Ukrainian citizens had been detained.", "2024-05-05")
    assert coded(events, "COERCE") == []


def test_a_crowd_surrounding_a_parliament_obstructs_its_state(pack):
    events = events_of(pack, "Thousands of protesters surrounded the parliament in Tbilisi on Tuesday night.",
                       "2024-05-14")
    assert coded(events, "PROTEST") == [("144", "GEO", "GEO")]


def test_a_crowd_attacking_foreign_embassies_aims_at_no_one_state(pack):
    events = events_of(pack, "Rioters in Khartoum attacked several foreign embassies on Sunday, among them those of "
                             "Egypt and Britain.", "2024-05-12")
    assert coded(events, "PROTEST") == [("145", "SDN", None)]


def test_the_name_of_a_blocked_road_is_no_party_to_the_blockade(pack):
    events = events_of(pack, "Farmers blocked the Gazela bridge in Belgrade for six hours on Monday.", "2024-05-13")
    assert coded(events, "PROTEST") == [("144", "SRB", None)]


def test_activists_keeping_a_bridge_blocked_obstruct_it(pack):
    events = events_of(pack, "Climate activists kept Westminster Bridge in London blocked for a third day on "
                             "Wednesday.", "2024-05-15")
    assert coded(events, "PROTEST") == [("144", "GBR", None)]


def test_a_ruler_fleeing_abroad_after_protests_gives_up_power(pack):
    events = events_of(pack, "Kyrgyz President Kurmanbek Bakiyev fled to Kazakhstan on Thursday after weeks of "
                             "street protests.", "2010-04-15")
    assert coded(events, "RETREAT") == [("0831", "KGZ", None)]
    assert coded(events, "PROTEST") == [("141", "KGZ", "KGZ")]


def test_civilians_fleeing_abroad_are_no_event(pack):
    events = events_of(pack, "Thousands of civilians fled to Poland on Thursday.", "2022-03-03")
    assert coded(events, "RETREAT") == []
