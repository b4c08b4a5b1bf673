"""False events in general classes: held-back acts, compliance, naming, background mentions, crowds and
things that travel, sitting down together, seeking a haven."""

from __future__ import annotations

from extracted import event_keys


def kinds(pack, text, published="2023-01-01"):
    return set(event_keys(pack, text, published))


def types(pack, text):
    return {k[0] for k in kinds(pack, text)}


def test_stopping_short_is_no_act_of_its_own(pack):
    found = types(pack, "The summit declaration in Rome stopped short of condemning China, diplomats said.")
    assert not found & {"SANCTION", "RETREAT"}


def test_a_fuel_that_stops_flowing_is_no_sanction(pack):
    assert "SANCTION" not in types(pack, "Russian oil stopped flowing to Hungary through the pipeline on Monday.")


def test_a_state_stopping_deliveries_is_still_a_sanction(pack):
    assert ("SANCTION", "RUS", "POL") in kinds(pack, "Russia stopped gas deliveries to Poland on Wednesday.")


def test_meeting_commitments_is_neither_a_meeting_nor_a_pledge(pack):
    found = types(pack, "Washington lifted the sanctions after inspectors confirmed that Iran had met its commitments.")
    assert not found & {"CONSULT", "AGREE"}


def test_calling_a_strike_is_a_protest_not_a_meeting(pack):
    found = kinds(pack, "Serbian unions called a general strike for Friday.")
    assert ("PROTEST", "SRB", None) in found
    assert "CONSULT" not in {k[0] for k in found}


def test_the_doers_own_name_for_its_operation_is_no_accusation(pack):
    assert "ACCUSE" not in types(pack, "Baku launched what it called a counter-terrorist operation on Tuesday.")


def test_what_a_leader_calls_anothers_moves_stays_an_accusation(pack):
    found = kinds(pack, "Lukashenko put his army on alert on Sunday, citing what he called hostile moves by NATO.")
    assert ("ACCUSE", "BLR", "NATO") in found


def test_an_accord_signed_earlier_is_background(pack):
    found = types(pack, "Rebels holding the airport refused on Monday to leave it, saying the Doha accord signed a "
                        "week earlier did not bind them.")
    assert "SUPPORT" not in found


def test_a_shipment_or_crowd_arriving_is_no_visit(pack):
    assert "CONSULT" not in types(pack, "The first convoy of UN food aid arrived in Khartoum on Monday.")
    assert "CONSULT" not in types(pack, "Hundreds of reporters arrived in Vienna as the talks opened.")


def test_an_airliner_flying_and_landing_is_no_visit(pack):
    assert "CONSULT" not in types(pack, "Belarus forced an airliner flying from Rome to Riga to land in Minsk.")


def test_sitting_down_together_is_a_meeting_not_cooperation(pack):
    found = types(pack, "Serbian, Kosovar and EU delegations sat down together in Brussels on Monday.")
    assert "CONSULT" in found and "COOPERATE" not in found


def test_an_act_done_to_people_last_week_stays_coded(pack):
    found = kinds(pack, "The talks followed the release of 20 Azerbaijani soldiers detained by Armenia last week.")
    assert ("COERCE", "ARM", "AZE") in found


def test_investors_seeking_a_haven_make_no_demand(pack):
    assert "REQUEST" not in types(pack, "Bond yields fell when traders sought a haven amid the banking turmoil.")
