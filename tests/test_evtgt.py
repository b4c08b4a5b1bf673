"""Event targets found in a build-up's frontier phrase, in what a warning is of, and a nameless audience asked."""

import pytest

from detente.ingest.document import make_document
from detente.ontology import load_pack
from detente.pipeline import extract


@pytest.fixture(scope="module")
def pack():
    return load_pack("russia_ukraine")


def _events(text: str, pack, kind: str) -> list[tuple[str | None, str | None]]:
    analysis = extract(make_document("t", text, lang="en"), pack)
    return [(e.source.code, e.target.code if e.target else None) for e in analysis.events if e.type == kind]


def test_missile_fired_over_a_country_faces_it(pack):
    assert ("PRK", "JPN") in _events("North Korea launched an intercontinental missile over Japan on Friday.",
                                     pack, "MOBILIZE")


def test_place_of_exercise_clause_is_faced(pack):
    assert ("RUS", "NOR") in _events("Russia began large naval drills it is holding off the coast of Norway on Monday.",
                                     pack, "MOBILIZE")


def test_warning_of_consequences_for_a_party(pack):
    assert ("CHN", "USA") in _events("China warned of serious consequences for the United States on Monday.",
                                     pack, "THREATEN")


def test_appeal_to_the_west_names_no_state(pack):
    found = _events("Soviet tanks shelled Budapest at dawn while the Hungarian premier begged the West for help.",
                    pack, "REQUEST")
    assert found and all(target is None for _, target in found)
