"""Round 18: a threat aimed at the party its condition names, forces entering a place only on the way to attacking
it, forces crossing home, things sent that are no aid, an act done at another party's invitation."""

from __future__ import annotations

from extracted import event_keys


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_a_threat_on_a_second_act_is_aimed_at_the_conditions_party(pack):
    found = keys(pack, "Ankara threatened on Monday to close its airspace and send thousands of migrants towards "
                       "Greece if the EU kept its new tariffs in place.")
    assert ("THREATEN", "TUR", "EU") in found


def test_a_threat_conditioned_on_a_nations_move_is_aimed_at_that_nation(pack):
    found = keys(pack, "Beijing warned that it would take firm measures if the Indian build-up near Tibet went on.")
    assert ("THREATEN", "CHN", "IND") in found


def test_a_threatened_act_keeps_its_own_target(pack):
    found = keys(pack, "Erdogan warned that Turkey could expel the Dutch ambassador if France backed the motion.")
    assert not any(k[:2] == ("THREATEN", "TUR") and k[2] == "FRA" for k in found)


def test_tanks_entering_a_city_to_shell_it_make_one_attack(pack):
    found = keys(pack, "Soviet tanks rolled into Prague at dawn on Wednesday and shelled the radio station.")
    assert [k for k in found if k[0] == "ASSAULT"] == [("ASSAULT", "SUN", "CZE")]


def test_an_entry_with_no_attack_after_it_stays_an_incursion(pack):
    found = keys(pack, "Iraqi tanks rolled across the border into Kuwait before dawn on Thursday.")
    assert ("ASSAULT", "IRQ", "KWT") in found


def test_troops_crossing_out_of_a_country_withdraw(pack):
    found = keys(pack, "The last British armoured column crossed from southern Iraq into Kuwait on Tuesday night.")
    assert ("RETREAT", "GBR", None) in found and not any(k[0] == "ASSAULT" for k in found)


def test_forces_crossing_into_their_own_country_withdraw(pack):
    found = keys(pack, "The last Soviet tank unit crossed the river into Soviet Tajikistan on Friday.")
    assert not any(k[0] == "ASSAULT" for k in found)


def test_gunmen_crossing_from_home_into_another_country_still_attack(pack):
    found = keys(pack, "Hezbollah fighters crossed from Lebanon into northern Israel on Sunday.")
    assert ("ASSAULT", "LBN", "ISR") in found


def test_smoke_sent_billowing_is_no_aid(pack):
    found = keys(pack, "Russian drones hit a fuel depot in Kharkiv on Monday, sending smoke drifting across the city.")
    assert not any(k[0] == "AID" for k in found)


def test_migrants_sent_onward_are_no_aid(pack):
    found = keys(pack, "Minsk threatened to send tens of thousands of migrants into Poland.")
    assert not any(k[0] == "AID" for k in found)


def test_an_act_at_anothers_invitation_is_that_partys_agreement(pack):
    found = keys(pack, "Narendra Modi travelled to Moscow on Monday at the invitation of Vladimir Putin.")
    assert ("AGREE", "RUS", "IND") in found


def test_another_partys_warning_about_the_move_criticises_the_mover(pack):
    found = keys(pack, "Berlin said on Friday it would deliver two air defence systems to Kyiv, and the Kremlin warned "
                       "the move would only make matters worse.")
    assert ("ACCUSE", "RUS", "DEU") in found


def test_the_movers_own_word_on_its_move_is_no_criticism(pack):
    found = keys(pack, "Madrid freed six jailed Basque activists on Friday, saying the move would calm the region.")
    assert not any(k[0] == "ACCUSE" for k in found)


def test_a_request_by_its_owner_refers_back_to_the_state_named(pack):
    found = keys(pack, "About 2,000 Kenyan troops crossed into Somalia on Thursday at the request of its transitional "
                       "government.")
    assert ("REQUEST", "SOM", "KEN") in found
