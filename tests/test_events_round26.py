"""Round 26: own banned bodies; people killed by unnamed hands; sponsors of talks; appeals defied."""

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


def test_a_leader_shot_dead_by_no_named_party(pack):
    events = events_of(pack, "Lebanon's president was shot dead in Beirut on Sunday.", "1982-09-14")
    assert [(e.source.code, e.target.code) for e in events if e.type == "ASSAULT"] == [(None, "LBN")]
    events = events_of(pack, "Moise Tshombe was killed by a car bomb on Monday.", "1960-01-01")
    assert [e.source.code for e in events if e.type == "ASSAULT"] == [None]


def test_a_leader_killed_in_a_foreign_strike_is_hit_by_its_state(pack):
    events = events_of(pack, "Hezbollah commander Fuad Shukr was killed in an Israeli air strike on Beirut.",
                       "2024-07-31")
    assert [(e.source.code, e.target.code) for e in events if e.type == "ASSAULT"] == [("ISR", "LBN")]


def test_a_leader_shot_by_a_compatriot(pack):
    events = events_of(pack, "Anwar Sadat was shot dead by Egyptian soldiers during a military parade.", "1981-10-06")
    assert [(e.source.code, e.target.code) for e in events if e.type == "ASSAULT"] == [("EGY", "EGY")]
    events = events_of(pack, "Olof Palme was shot dead by a young man in central Stockholm.", "1986-03-01")
    assert [(e.source.code, e.target.code) for e in events if e.type == "ASSAULT"] == [("SWE", "SWE")]


def test_a_killing_in_background_is_no_event(pack):
    events = events_of(pack, "Troops landed on Grenada, days after a coup in which Maurice Bishop was killed.",
                       "1983-10-25")
    assert all(e.source is not None and e.source.code is not None for e in events if e.type == "ASSAULT")


def test_talks_under_two_nations_sponsorship_are_mediated_by_both(pack):
    events = events_of(pack, "Yemeni government and Houthi envoys opened talks in Stockholm on Thursday under "
                             "Swedish and British sponsorship.", "2018-12-06")
    assert sorted((e.cameo, e.source.code) for e in events if e.target is None and e.type == "CONSULT") == [
        ("045", "GBR"), ("045", "SWE")]


def test_signing_under_the_auspices_of_a_body_is_mediated_by_it(pack):
    events = events_of(pack, "Armenia and Azerbaijan signed a protocol in Vienna on Friday under the auspices of "
                             "the OSCE.", "2020-01-01")
    assert [(e.cameo, e.source.code) for e in events if e.source.code == "OSCE"] == [("045", "OSCE")]


def test_meeting_under_the_mediation_of_two_leaders(pack):
    events = events_of(pack, "Aliyev and Pashinyan met in Brussels on Sunday under the mediation of Charles Michel "
                             "and Emmanuel Macron.", "2022-05-22")
    assert ("045", "FRA") in [(e.cameo, e.source.code) for e in events]


def test_a_demand_for_mediation_names_no_mediator(pack):
    events = events_of(pack, "Kyiv called for the mediation of the Vatican on Monday.", "2023-05-01")
    assert all(e.cameo != "045" for e in events)


def test_fighting_alongside_another_army_is_military_cooperation(pack):
    events = events_of(pack, "Cuban troops have been fighting alongside Angolan forces since last year.", "1976-02-01")
    assert [(e.type, e.cameo, e.source.code, e.target.code) for e in events] == [("COOPERATE", "062", "CUB", "AGO")]


def test_an_act_despite_pleas_from_allies_answers_their_request(pack):
    events = events_of(pack, "Turkey deployed the Russian missile system on Friday despite urgent pleas from Britain "
                             "and Germany to cancel the order.", "2019-07-12")
    assert sorted((e.type, e.source.code, e.target.code) for e in events if e.type == "REQUEST") == [
        ("REQUEST", "DEU", "TUR"), ("REQUEST", "GBR", "TUR")]


def test_defying_months_of_national_pressure_was_a_request(pack):
    events = events_of(pack, "Hungary approved Sweden's NATO bid on Monday, defying months of Russian pressure to "
                             "block it.", "2024-02-26")
    assert [(e.source.code, e.target.code) for e in events if e.type == "REQUEST"] == [("RUS", "HUN")]


def test_calls_from_a_body_an_act_ignored_are_requests_not_phone_calls(pack):
    events = events_of(pack, "Serbia's president flew to Moscow on Friday, ignoring calls from Brussels to stay "
                             "away.", "2025-05-09")
    assert [(e.cameo, e.source.code, e.target.code) for e in events if e.type == "REQUEST"] == [("020", "EU", "SRB")]
    assert all(e.cameo != "041" for e in events)


def test_pleas_from_ones_own_side_are_no_request_to_it(pack):
    events = events_of(pack, "Turkey deployed the missiles on Friday despite pleas from Turkish opposition lawmakers.",
                       "2019-07-12")
    assert all(e.type != "REQUEST" for e in events)
