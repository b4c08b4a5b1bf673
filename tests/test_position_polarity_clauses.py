"""Polarity where a sentence says two things: a party's willed act judged badly by a speaker, a contrast of
a generic and a specific issue, and a refusal dated after an event rather than conditioned on it."""

from __future__ import annotations

import pytest
from extracted import analysis_of

from detente.extract.scale import NEGATIVE


def stances(pack, text, holder, issue):
    positions = analysis_of(pack, text, "2025-10-24").positions
    return {p.stance for p in positions if p.holder.code == holder and p.issue == issue}


def polarities(pack, text, holder, issue):
    return {s in NEGATIVE for s in stances(pack, text, holder, issue)}


@pytest.mark.parametrize("text, owner", [
    ("Peskov said the decision of the EU to adopt its new sanctions package would boomerang on Europe.", "EU"),
    ("Lavrov said Washington's move to impose new sanctions was a mistake.", "USA"),
    ("Zakharova said the EU's new sanctions package would boomerang on the Europeans themselves.", "EU"),
])
def test_a_willed_act_judged_badly_gives_the_owner_and_the_judge(pack, text, owner):
    assert polarities(pack, text, owner, "sanctions") == {False}
    assert polarities(pack, text, "RUS", "sanctions") == {True}


def test_a_willed_refusal_is_not_the_owners_support(pack):
    text = "Peskov said Kyiv's decision to refuse talks was a mistake."
    assert polarities(pack, text, "UKR", "talks_format") == {True}


@pytest.mark.parametrize("text", [
    "Zelensky said Ukraine wanted a lasting peace, not a pause.",
    "Shmyhal said Kyiv wanted the eventual settlement to be permanent, not a pause.",
])
def test_a_generic_issue_set_against_a_specific_one_keeps_its_own_stance(pack, text):
    assert polarities(pack, text, "UKR", "war_aims") == {False}
    assert polarities(pack, text, "UKR", "ceasefire") == {True}


def test_a_clause_whose_subject_is_the_issue_speaks_for_the_speaker(pack):
    text = "A month-long pause would merely give the other side time to regroup, Peskov said."
    assert polarities(pack, text, "RUS", "ceasefire") == {True}


@pytest.mark.parametrize("text, holder, issue", [
    ("Ushakov noted that any summit needed thorough groundwork by experts.", "RUS", "talks_format"),
    ("Zelensky stressed that reliable guarantees must include a strong army.", "UKR", "security_guarantees"),
])
def test_an_issue_as_the_subject_of_a_reported_clause_is_the_speakers(pack, text, holder, issue):
    assert polarities(pack, text, holder, issue) == {False}


def test_a_refusal_after_an_event_is_no_condition(pack):
    text = "Russia will not hold any talks with Kyiv at this stage, after the incursion into the Kursk region, an " \
           "aide said."
    assert stances(pack, text, "RUS", "talks_format") == {"reject"}


def test_a_refusal_until_a_condition_stays_conditional(pack):
    text = "Moscow will not agree to a ceasefire until Kyiv withdraws its troops, Peskov said."
    assert stances(pack, text, "RUS", "ceasefire") == {"condition"}
