"""Polarity on a real parse: an act judged badly by the side it is done to, passives of pressure refused."""

from __future__ import annotations

import re
import shutil

import pytest
from extracted import analysis_of

from detente.extract.scale import NEGATIVE
from detente.ontology import load_pack
from detente.ontology.loader import PACKS_DIR


def polarities(pack, text, holder, issue):
    positions = analysis_of(pack, text, "2025-10-24").positions
    return {p.stance in NEGATIVE for p in positions if p.holder.code == holder and p.issue == issue}


@pytest.mark.parametrize("text", [
    "Peskov said Russia would study the new restrictions, but that the country had long since developed immunity to "
    "Western sanctions.",
    "Lavrov said the latest round of Western restrictions would rebound on those who imposed them.",
    "Russia has lived under an unprecedented number of sanctions for years and is coping with them, the minister "
    "said.",
])
def test_the_sanctioned_side_opposes_the_sanctions(pack, text):
    assert polarities(pack, text, "RUS", "sanctions") == {True}


def test_the_sanctioned_side_asking_for_relief_stays_positive(pack):
    text = "The Kremlin is attempting to extract sanctions relief from the United States in exchange for a truce."
    assert polarities(pack, text, "RUS", "sanctions") == {False}


def test_sanctions_turned_against_their_authors_are_opposed(pack):
    text = "Fico said the sanctions had turned against the European economies themselves."
    assert polarities(pack, text, "SVK", "sanctions") == {True}


def test_not_pressured_into_an_act_refuses_it(pack):
    text = "Ukraine will not be pressured into giving up its land, Zelensky said."
    assert polarities(pack, text, "UKR", "territory") == {True}


def test_the_flip_reads_the_issues_suffered_words_from_the_pack(tmp_path):
    copy = tmp_path / "pack"
    shutil.copytree(PACKS_DIR / "russia_ukraine", copy)
    issues = copy / "issues.yaml"
    issues.write_text(re.sub(r"    suffered:.*?\n(      .*\n)+", "", issues.read_text(), count=1))
    text = "Russia has lived under an unprecedented number of sanctions for years and is coping with them."
    assert polarities(load_pack(str(copy)), text, "RUS", "sanctions") == {False}
