"""Cue entries and frames of the russia_ukraine lexicon: a vote to impeach, setting up an inquiry, regrouping away
from a place, a missile tearing through a building (not a fire), reviving trade ties, staying away from a summit,
keeping sanctions in place, and a targeted killing."""

from __future__ import annotations

from extracted import events_of


def found(pack, text):
    return {(e.type, e.cameo, e.source.code) for e in events_of(pack, text, "2020-05-15")}


def test_vote_to_impeach_demands_a_change_of_leadership(pack):
    assert ("REQUEST", "1041", "MDG") in found(pack, "Madagascar's parliament voted to impeach President Andry "
                                                     "Rajoelina on Tuesday.")


def test_setting_up_a_fact_finding_mission_investigates(pack):
    events = found(pack, "The UN Human Rights Council voted on Thursday to set up an independent fact-finding "
                         "mission to investigate alleged abuses by Iranian authorities.")
    assert ("ACCUSE", "090", "UN") in events


def test_troops_regrouping_away_from_a_town_pull_back(pack):
    events = found(pack, "The Russian defence ministry said on Wednesday that its units were regrouping away "
                         "from Kherson to the east bank of the Dnipro.")
    assert ("RETREAT", "0874", "RUS") in events


def test_missile_tearing_through_a_hospital_is_an_attack_a_fire_is_not(pack):
    assert any(t == "ASSAULT" for t, _, _ in found(pack, "A Russian cruise missile tore through Okhmatdyt, "
                                                         "Ukraine's largest children's hospital, on Monday."))
    assert found(pack, "A fire tore through a market in Lagos on Monday.") == set()


def test_reviving_trade_ties_is_economic_cooperation(pack):
    events = found(pack, "Kyiv said on Thursday it would revive trade ties with Russia.")
    assert any(t == "AGREE" and c.startswith("031") for t, c, _ in events)


def test_staying_away_from_a_summit_is_a_meeting_not_held(pack):
    assert ("CONSULT", "040", "CHN") in found(pack, "Chinese President Xi Jinping stayed away from the G20 summit "
                                                    "in New Delhi on Saturday.")


def test_keeping_penalties_in_place_is_a_sanction(pack):
    events = found(pack, "Trump signed an executive order on Monday dismantling the US sanctions programme on Syria, "
                         "while keeping penalties on Bashar al-Assad and his associates in place.")
    assert ("SANCTION", "163", "USA") in events


def test_killing_a_named_person_or_commanders_is_an_assassination(pack):
    assert ("ASSAULT", "186", "USA") in found(pack, "US special forces killed Osama bin Laden in a raid in "
                                                    "Abbottabad.")
    assert ("ASSAULT", "190", "RUS") in found(pack, "Russian missiles killed at least 12 people in Kyiv overnight.")
