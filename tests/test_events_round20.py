"""Round 20: recognition extended, a vote against parsed on its margin, gutting and wrecking as attacks, hyphenated
participles as descriptions, clauses ended by a semicolon, accidents and wars that kill, the subject hung on an
auxiliary."""

from __future__ import annotations

from extracted import event_keys, events_of


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_extending_recognition_recognises_each_state(pack):
    events = events_of(pack, "Moscow extended diplomatic recognition to Abkhazia and South Ossetia on Tuesday.")
    assert [(e.type, e.cameo) for e in events] and all((e.type, e.cameo) == ("SUPPORT", "054") for e in events)
    assert {e.source.code for e in events} == {"RUS"}


def test_extending_a_deadline_is_no_recognition(pack):
    assert all(e.cameo != "054" for e in events_of(pack, "The court extended the deadline for appeals to Friday."))


def test_a_vote_against_by_a_margin_rejects(pack):
    events = events_of(pack, "Irish voters voted by a clear majority against the Lisbon Treaty on Thursday.")
    assert [(e.type, e.source.code) for e in events] == [("REJECT", "IRL")]


def test_an_air_strike_gutting_a_building_is_an_attack(pack):
    found = keys(pack, "A Russian air strike gutted a shopping centre in Kharkiv on Monday, officials said.")
    assert found == [("ASSAULT", "RUS", "UKR")]


def test_a_storm_wrecking_a_harbour_is_no_attack(pack):
    assert keys(pack, "The storm wrecked the harbour at Odesa on Sunday night.") == []


def test_a_hyphenated_participle_before_a_noun_describes_it(pack):
    assert keys(pack, "The island has been divided since 1974 by a UN-patrolled ceasefire line.") == []


def test_a_brokered_deal_still_reports_the_mediation(pack):
    found = keys(pack, "Armenia and Azerbaijan halted fighting under a Russian-brokered truce on Tuesday.")
    assert ("CONSULT", "RUS", None) in found


def test_a_clause_ended_by_a_semicolon_is_no_content_of_the_next(pack):
    found = keys(pack, "Turkey hosted foreign ministers from 20 countries in Antalya on Friday for talks on Syria; "
                       "Iran was not invited.")
    assert ("CONSULT", "TUR") in [(t, s) for t, s, _ in found]


def test_a_crash_killing_passengers_is_no_attack(pack):
    assert keys(pack, "A passenger plane crashed near Aktau on Wednesday, killing 38 people on board.") == []


def test_a_war_killing_thousands_is_no_attack(pack):
    assert keys(pack, "According to UN estimates, the war in Yemen has killed more than 150,000 people.") == []


def test_a_drone_hitting_a_bus_and_killing_passengers_is_still_an_attack(pack):
    found = keys(pack, "A Russian drone hit a bus in Sumy on Saturday, killing nine passengers.")
    assert ("ASSAULT", "RUS", "UKR") in found


def test_a_subject_hung_on_the_auxiliary_still_acts(pack):
    found = keys(pack, "Paris, Berlin and London are once again threatening sanctions, the Russian foreign ministry "
                       "said.")
    assert {s for t, s, _ in found if t == "THREATEN"} == {"FRA", "DEU", "GBR"}


def test_waiting_for_a_leader_is_readiness_to_meet_him(pack):
    events = events_of(pack, "Zelensky said he would wait for Putin in Istanbul on Thursday.", "2025-05-12")
    assert [(e.type, e.cameo, e.source.code, e.target.code) for e in events] == [("AGREE", "036", "UKR", "RUS")]


def test_waiting_for_results_is_no_meeting(pack):
    assert keys(pack, "Kyiv will wait for the results of the talks before deciding.") == []


def test_what_several_states_called_a_wrong_is_an_accusation_by_each(pack):
    found = keys(pack, "Ankara and Baku recalled their ambassadors from Yerevan over what they called its support "
                       "for separatists.")
    assert {(s, t) for k, s, t in found if k == "ACCUSE"} == {("TUR", "ARM"), ("AZE", "ARM")}


def test_what_a_state_called_a_neutral_thing_is_no_allegation(pack):
    found = keys(pack, "Hanoi recalled its ambassador from Beijing over what it called its new maritime map.")
    assert all(k != "ACCUSE" for k, _, _ in found)
