"""Matched events with the right type and parties: emergency rule aimed at no one, a hunger strike told by refusing
food, a seized vessel, a body's plan endorsed, whom a protest is against, the claimant of an attack, the host of a
party's own embassy, the place a "where" clause names, a refusal cited in another clause."""

from __future__ import annotations

from extracted import event_keys


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_an_ordered_curfew_is_coercion_aimed_at_no_one(pack):
    found = keys(pack, "Georgia's government ordered a curfew in Tbilisi on Saturday.")
    assert ("COERCE", "GEO", None) in found


def test_martial_law_in_regions_bordering_a_neighbour_is_aimed_at_no_one(pack):
    found = keys(pack, "Latvia's parliament voted to impose martial law in districts along the Belarusian frontier.")
    assert ("COERCE", "LVA", None) in found


def test_refusing_food_is_a_hunger_strike(pack):
    found = keys(pack, "A Kurdish activist refusing food for 40 days was moved to a prison hospital in Ankara.")
    assert [k[0] for k in found] == ["PROTEST"]


def test_a_plan_a_body_drafted_is_endorsed_toward_that_body(pack):
    assert ("SUPPORT", "SRB", "UN") in keys(pack, "The Serbian parliament endorsed a UN plan on Sunday.")


def test_a_package_of_a_body_vetoed_is_not_its_own_plan(pack):
    found = keys(pack, "Slovakia vetoed a 20 billion euro EU aid package for Moldova on Friday.")
    assert ("REJECT", "SVK", "EU") not in found


def test_a_nationwide_strike_against_a_leaders_plan_targets_the_leaders_state(pack):
    found = keys(pack, "Teachers across Italy went on strike on Monday against Giorgia Meloni's budget.")
    assert ("PROTEST", "ITA", "ITA") in found


def test_a_march_demanding_a_leaders_fall_targets_his_state(pack):
    found = keys(pack, "Thousands of Romanians took to the streets of Bucharest on Friday calling for an end to "
                       "Ceausescu's rule.")
    assert ("PROTEST", "ROU", "ROU") in found


def test_the_claimant_of_an_attack_carried_it_out(pack):
    found = keys(pack, "Missiles hit an ammunition depot in Russia overnight in an attack claimed by "
                       "Ukraine's army.")
    assert ("ASSAULT", "UKR", "RUS") in found


def test_closing_its_own_embassy_aims_at_the_host_state(pack):
    assert ("SANCTION", "CAN", "IRN") in keys(pack, "Canada closed its embassy in Tehran on Friday.")


def test_storming_another_states_embassy_aims_at_its_owner(pack):
    found = keys(pack, "Hardline students stormed the British embassy in Tehran on Tuesday.")
    assert found and all(k[2] == "GBR" for k in found)


def test_an_act_in_a_where_clause_hits_the_place_it_hangs_on(pack):
    found = keys(pack, "UN peacekeepers arrived on Friday in Mali, where French troops have seized the airport.")
    assert ("COERCE", "FRA", "MLI") in found


def test_a_seized_liner_is_property_not_a_hostage(pack):
    found = keys(pack, "Gunmen seized the Greek cruise liner Aegean Star off the Libyan coast on Monday.")
    assert found and all(k[0] == "COERCE" for k in found)


def test_a_refusal_cited_by_an_accuser_answers_no_one_in_the_sentence(pack):
    found = keys(pack, "Kyiv accused Moscow on Monday of stalling, citing the Kremlin's refusal to accept a ceasefire.")
    assert ("REJECT", "RUS", "UKR") not in found
