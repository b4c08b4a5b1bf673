"""An accusation told as a reported clause of responsibility: the speaker accuses the party said to be
responsible, culpable, to blame or behind an act, or accuses no named party of rigging a vote."""

from __future__ import annotations

from extracted import event_keys


def keys(pack, text, published="2020-01-01"):
    return event_keys(pack, text, published)


def test_a_party_said_to_be_responsible_is_accused(pack):
    assert ("ACCUSE", "FRA", "RUS") in keys(pack, "France said Russia was responsible for the cyberattack on its "
                                                  "hospitals.")


def test_the_one_to_blame_is_accused_not_the_accuser(pack):
    found = keys(pack, "Poland said Belarus was to blame for the crisis on the border.")
    assert ("ACCUSE", "POL", "BLR") in found and not any(k[:2] == ("ACCUSE", "BLR") for k in found)


def test_a_party_said_to_be_behind_an_act_is_accused(pack):
    assert ("ACCUSE", "USA", "CHN") in keys(pack, "Washington said on Monday that Chinese hackers were behind the "
                                                  "breach of the email servers.")


def test_a_participle_speaker_accuses_and_the_main_act_stays(pack):
    found = keys(pack, "Germany expelled two Iranian diplomats on Friday, saying Tehran was complicit in the plot.")
    assert ("SANCTION", "DEU", "IRN") in found and ("ACCUSE", "DEU", "IRN") in found


def test_a_vote_said_to_be_rigged_accuses_no_named_party(pack):
    found = keys(pack, "Thousands of Armenians protested in Yerevan on Sunday, claiming the election had been "
                       "rigged.")
    assert ("ACCUSE", "ARM", None) in found


def test_a_denial_of_responsibility_accuses_no_one(pack):
    assert not any(k[0] == "ACCUSE" for k in keys(pack, "Norway said Sweden was not responsible for the leak."))


def test_a_claim_of_ones_own_responsibility_is_no_accusation(pack):
    assert not any(k[0] == "ACCUSE" for k in keys(pack, "The group said it was responsible for the bombing."))
