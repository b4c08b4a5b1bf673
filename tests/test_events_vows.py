"""A speech act conjoined after a reporting verb's complement is the reporter's, not the reported subject's."""

from __future__ import annotations

from extracted import event_keys


def kinds(pack, text, published="2023-01-01"):
    return set(event_keys(pack, text, published))


def test_a_vow_after_a_reported_clause_is_the_reporters(pack):
    found = kinds(pack, "Ukraine said Russia was responsible for the attack and vowed to retaliate.")
    assert ("THREATEN", "UKR", "RUS") in found
    assert not any(k[0] == "THREATEN" and k[1] == "RUS" for k in found)


def test_a_threat_after_a_reported_act_is_the_reporters(pack):
    found = kinds(pack, "Poland said Germany had violated the treaty and threatened to impose sanctions.")
    assert ("THREATEN", "POL", "DEU") in found


def test_an_appeal_after_telling_is_made_to_the_one_told(pack):
    assert ("REQUEST", "IND", "RUS") in kinds(
        pack, "Modi told Putin that this was not a time for war and urged a return to dialogue.")


def test_a_reported_subjects_own_second_act_stays_its_own(pack):
    found = kinds(pack, "Kyiv said Russian forces had shelled the city and seized the bridge.")
    assert not any(k[1] == "UKR" and k[0] == "ASSAULT" for k in found)
