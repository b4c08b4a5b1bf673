"""Round 24: aircraft and drones shot or brought down, force condemned as a noun with a "by" agent, coups,
apologies offered or said."""

from __future__ import annotations

from extracted import events_of


def _attacks(events):
    return [(e.type, e.cameo, e.source.code, e.target and e.target.code) for e in events if e.type == "ASSAULT"]


def test_shooting_down_drones_is_an_air_attack(pack):
    events = events_of(pack, "Romanian jets shot down two Russian drones over the Danube delta on Sunday.",
                       "2025-09-14")
    assert _attacks(events) == [("ASSAULT", "195", "ROU", "RUS")]


def test_bringing_down_an_airliner_is_an_air_attack(pack):
    events = events_of(pack, "An Iranian missile brought down a Ukrainian airliner shortly after take-off from "
                             "Tehran.", "2020-01-11")
    assert _attacks(events) == [("ASSAULT", "195", "IRN", "UKR")]


def test_a_warplane_brought_down_by_jets_is_attacked_by_their_state(pack):
    events = events_of(pack, "A Syrian helicopter was brought down by Israeli jets over the Golan on Monday.",
                       "2014-03-24")
    assert [(e.type, e.source.code) for e in events if e.type == "ASSAULT"] == [("ASSAULT", "ISR")]


def test_bringing_down_a_government_is_no_attack(pack):
    events = events_of(pack, "The corruption scandal brought down the government in Prague on Friday.", "2013-06-17")
    assert all(e.type != "ASSAULT" for e in events)


def test_shooting_down_an_idea_is_still_a_rejection(pack):
    events = events_of(pack, "Berlin shot down the idea of a joint European army on Tuesday.", "2018-11-13")
    assert all(e.type != "ASSAULT" for e in events)


def test_a_condemned_act_with_a_by_agent_is_reported_as_done(pack):
    events = events_of(pack, "Kyiv denounced the shelling of a maternity hospital by Russian forces on Wednesday.",
                       "2022-03-10")
    assert ("ASSAULT", "RUS", "UKR") in [(e.type, e.source.code, e.target and e.target.code) for e in events]


def test_a_condemned_act_with_no_doer_named_is_no_event(pack):
    events = events_of(pack, "Kyiv denounced the shelling of a maternity hospital on Wednesday.", "2022-03-10")
    assert all(e.type != "ASSAULT" for e in events)


def test_a_coup_names_no_target(pack):
    events = events_of(pack, "Burkina Faso's army seized power on Monday and declared a state of emergency across "
                             "the country.", "2022-01-24")
    assert [(e.type, e.cameo, e.source.code, e.target) for e in events] == [
        ("COERCE", "171", "BFA", None), ("COERCE", "1724", "BFA", None)]


def test_power_seized_from_a_leader_targets_his_state(pack):
    events = events_of(pack, "A faction of the army tried to seize power from President Erdogan on Friday night.",
                       "2016-07-15")
    assert [(e.type, e.source.code, e.target and e.target.code) for e in events if e.type == "COERCE"] == [
        ("COERCE", "TUR", "TUR")]


def test_offering_an_apology_is_an_apology(pack):
    events = events_of(pack, "The Belgian king offered a formal apology on Tuesday for the abuses of colonial rule in "
                             "Congo.", "2022-06-08")
    assert [(e.type, e.cameo, e.source.code) for e in events] == [("CONCEDE", "055", "BEL")]


def test_saying_sorry_is_an_apology_made_now(pack):
    events = events_of(pack, "Rutte said he was deeply sorry for the role of the Dutch state in the slave trade.",
                       "2022-12-19")
    assert [(e.type, e.cameo, e.source.code, e.modality) for e in events] == [("CONCEDE", "055", "NLD", "asserted")]


def test_a_sorry_state_is_no_apology(pack):
    events = events_of(pack, "Ten years of war have left the Syrian economy in a sorry state.", "2021-03-15")
    assert all(e.type != "CONCEDE" for e in events)
