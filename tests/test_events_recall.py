"""Events a sentence reports beside or instead of its first one: forces and craft on the move, relief convoys,
crowds storming, refusals said with "would not" or sworn, promises to yield."""

from __future__ import annotations

from extracted import event_keys

from detente.ingest.document import make_document
from detente.pipeline import extract


def kinds(pack, text, published="2023-01-01"):
    return set(event_keys(pack, text, published))


def test_military_aircraft_entering_airspace_show_force_at_its_owner(pack):
    found = kinds(pack, "Two Russian military jets briefly crossed into Estonian airspace on Sunday, Tallinn said.")
    assert ("MOBILIZE", "RUS", "EST") in found
    assert not any(k[0] == "ASSAULT" for k in found)


def test_warplanes_flying_into_an_air_defence_zone_show_force(pack):
    found = kinds(pack, "Forty Chinese warplanes flew into Taiwan's air defence identification zone on Monday.")
    assert ("MOBILIZE", "CHN", "TWN") in found


def test_forces_heading_somewhere_are_deployed(pack):
    assert ("MOBILIZE", "FRA", None) in kinds(
        pack, "A French aircraft carrier group moved into the eastern Mediterranean on Friday.")
    assert ("MOBILIZE", "SYR", None) in kinds(pack, "Syrian armoured columns rolled towards the Golan Heights.")


def test_forces_rolling_across_a_border_still_invade(pack):
    assert ("ASSAULT", "IRQ", "KWT") in kinds(pack, "Iraqi tanks rolled across the border into Kuwait.")


def test_aid_lorries_crossing_a_border_deliver_relief(pack):
    assert ("AID", "UN", "SYR") in kinds(pack, "Fifteen UN aid lorries crossed from Jordan into Syria on Monday.")


def test_lorries_carrying_aid_are_one_delivery(pack):
    events = extract(make_document("t", "Trucks carrying Turkish aid crossed into Armenia on Saturday.",
                                   published="2023-01-01", lang="en"), pack).events
    assert [e.evidence for e in events if e.type == "AID"] == ["carrying"]


def test_missiles_fired_into_waters_have_no_airspace_owner(pack):
    found = kinds(pack, "Chinese warships held drills east of Taiwan this week and fired rockets into open sea.")
    assert ("MOBILIZE", "CHN", None) in found


def test_a_crowd_of_supporters_storming_a_seat_of_power_protests(pack):
    found = kinds(pack, "Thousands of supporters of Donald Trump stormed the US Capitol on Wednesday.")
    assert ("PROTEST", "USA", "USA") in found
    assert not any(k[0] == "ASSAULT" for k in found)


def test_would_not_after_a_meeting_refuses(pack):
    found = kinds(pack, "Putin held talks with Erdogan on Monday but would not agree even to a three-day truce.")
    assert any(k[0] == "REJECT" and k[1] == "RUS" for k in found)
    assert not any(k[0] == "AGREE" for k in found)


def test_would_not_under_a_condition_is_no_refusal(pack):
    found = kinds(pack, "He said Russia would not agree to talks if Kyiv kept attacking.")
    assert not any(k[0] == "REJECT" for k in found)


def test_swearing_never_to_accept_refuses(pack):
    found = kinds(pack, "Serbia recalled its envoy over the ruling, which Belgrade has vowed never to accept.")
    assert any(k[0] == "REJECT" and k[1] == "SRB" for k in found)
    assert not any(k[0] == "AGREE" for k in found)


def test_a_promise_not_to_attack_stays_an_agreement(pack):
    assert any(k[0] == "AGREE" for k in kinds(pack, "Israel pledged not to attack the convoy."))


def test_troops_rushed_to_a_border_are_deployed(pack):
    found = kinds(pack, "Pakistan had rushed extra troops and tanks to its eastern border, officials said.")
    assert any(k[0] == "MOBILIZE" and k[1] == "PAK" for k in found)


def test_committing_to_hand_back_land_is_a_concession(pack):
    found = kinds(pack, "Egypt signed the accord, committing to hand the disputed oasis back to Libya.")
    assert ("CONCEDE", "EGY", "LBY") in found
    assert not any(k[0] == "AGREE" for k in found)


def test_a_fleet_moving_is_deployed_by_the_state_its_words_name(pack):
    assert ("MOBILIZE", "USA", None) in kinds(
        pack, "An American aircraft carrier strike group moved into the eastern Mediterranean late on Sunday.")


def test_police_put_on_the_streets_are_mobilised(pack):
    found = kinds(pack, "Authorities in Lyon put 2,000 extra officers on patrol in the city centre after the riots.")
    assert any(k[0] == "MOBILIZE" for k in found)


def test_an_embargo_ordered_is_a_sanction(pack):
    found = kinds(pack, "Reagan ordered an embargo on nearly all trade with Libya on Thursday.")
    assert ("SANCTION", "USA", "LBY") in found
    assert not any(k[0] == "REQUEST" for k in found)


def test_promised_arms_arriving_are_aid_from_the_promiser(pack):
    found = kinds(pack, "Two dozen howitzers pledged by Germany have now arrived in Ukraine, a ministry spokesman "
                        "said.")
    assert ("AID", "DEU", "UKR") in found
    assert not any(k[0] == "MOBILIZE" for k in found)


def test_arms_taken_by_a_party_that_arrive_are_no_aid(pack):
    found = kinds(pack, "Rockets captured by the militia arrived in the port on Tuesday.")
    assert not any(k[0] == "AID" for k in found)


def test_a_curfew_ordered_is_imposed(pack):
    found = kinds(pack, "Putin ordered a curfew in Grozny on Friday.")
    assert any(k[0] == "COERCE" and k[1] == "RUS" for k in found)
    assert not any(k[0] == "REQUEST" for k in found)


def test_workers_walking_out_strike(pack):
    found = kinds(pack, "Nurses, dockers and teachers walked out across Spain on Tuesday over a pension reform.")
    assert any(k[0] == "PROTEST" and k[1] == "ESP" for k in found)


def test_walking_out_of_a_building_is_no_strike(pack):
    assert not kinds(pack, "The minister walked out of the building on Monday.")
