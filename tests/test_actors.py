"""Actor resolution on a real spaCy parse with the shipped pack."""

from __future__ import annotations

import pytest

from detente.ingest.document import make_document
from detente.pipeline import extract


def actors_of(pack, text, published="2025-05-16"):
    return extract(make_document("t", text, published=published, lang="en"), pack).actors


def find(actors, text):
    matches = [a for a in actors if text in a.text]
    assert matches, f"no mention containing {text!r} in {[a.text for a in actors]}"
    return matches[0]


def test_metonyms_act_for_governments_and_places_do_not(pack):
    actors = actors_of(pack, "The Kremlin rejected the proposal, and Kyiv said talks in Moscow were impossible.")
    assert (find(actors, "Kremlin").code, find(actors, "Kremlin").sector) == ("RUS", "GOV")
    assert (find(actors, "Kyiv").code, find(actors, "Kyiv").sector) == ("UKR", "GOV")
    assert not [a for a in actors if a.text == "Moscow"]


@pytest.mark.parametrize("published, name", [("2022-03-10", "Dmytro Kuleba"), ("2025-05-16", "Andrii Sybiha")])
def test_an_unnamed_official_is_whoever_held_the_role_that_day(pack, published, name):
    actors = actors_of(pack, "Ukraine's foreign minister met his Turkish counterpart on Thursday.", published)
    minister = find(actors, "foreign minister")
    assert (minister.code, minister.kind, minister.name) == ("UKR", "person", name)


def test_spelling_variants_resolve_to_one_person(pack):
    actors = actors_of(pack, "Zelenskiy met Biden. Later Zelenskyy spoke to Volodymyr Zelensky's advisers.")
    people = [a for a in actors if a.kind == "person"]
    assert [a.text for a in people] == ["Zelenskiy", "Biden", "Zelenskyy", "Volodymyr Zelensky"]
    assert {a.id for a in people if a.text != "Biden"} == {"UKR.GOV.zelensky"}
    advisers = find(actors, "advisers")
    assert (advisers.code, advisers.kind) == ("UKR", "group")


def test_people_outside_the_pack_take_the_affiliation_the_text_gives(pack):
    actors = actors_of(pack, "Mehmet Yilmaz, a spokesman for the Turkish foreign ministry, said the talks would "
                             "go on. Yilmaz added that Ankara was ready to host a summit.")
    first = find(actors, "Mehmet Yilmaz")
    assert (first.code, first.sector, first.kind, first.name) == ("TUR", "GOV", "person", "Mehmet Yilmaz")
    later = [a for a in actors if a.text == "Yilmaz"]
    assert later and later[0].name == "Mehmet Yilmaz" and later[0].code == "TUR"


def test_pronouns_and_bare_titles_carry_the_person_named_before(pack):
    actors = actors_of(pack, "Russian President Vladimir Putin stayed in Moscow. He said the president's aide "
                             "would lead the delegation.")
    he = find(actors, "He")
    assert he.name == "Vladimir Putin" and he.code == "RUS"


def test_sector_nouns_and_groups(pack):
    actors = actors_of(pack, "Russian troops shelled Kharkiv while Western diplomats and Ukrainian lawmakers "
                             "met in Brussels.")
    troops, diplomats, lawmakers = find(actors, "troops"), find(actors, "diplomats"), find(actors, "lawmakers")
    assert (troops.code, troops.sector, troops.kind) == ("RUS", "MIL", "group")
    assert (diplomats.code, diplomats.sector, diplomats.kind) == (None, "GOV", "group")
    assert (lawmakers.code, lawmakers.sector) == ("UKR", "LEG")
    assert not [a for a in actors if a.text == "Kharkiv"]


def test_conjoined_affiliations_give_one_actor_each(pack):
    actors = actors_of(pack, "Russian and Ukrainian negotiators exchanged lists of prisoners.")
    assert {a.code for a in actors if a.sector == "GOV"} >= {"RUS", "UKR"}


def test_institutions_media_and_think_tanks(pack):
    actors = actors_of(pack, "According to the ISW, TASS reported that NATO had rejected the Russian demands.")
    assert (find(actors, "ISW").code, find(actors, "ISW").sector) == ("USA", "THINK")
    assert (find(actors, "TASS").code, find(actors, "TASS").sector) == ("RUS", "MED")
    assert (find(actors, "NATO").code, find(actors, "NATO").sector) == ("NATO", "IGO")
