"""Attitude participles ("is opposed to", "is committed to") and the stance they give their passive subject."""

from detente.ingest.document import make_document
from detente.ontology import load_pack
from detente.pipeline import extract

PACK = load_pack("russia_ukraine")


def _hip(text: str) -> set[tuple[str | None, str, str]]:
    analysis = extract(make_document("t", text, published="2025-05-20", lang="en"), PACK)
    return {(p.holder.code, p.issue, p.stance) for p in analysis.positions}


def test_opposed_as_passive_participle_is_held_by_its_subject():
    assert ("POL", "ceasefire", "oppose") in _hip("Poland is opposed to a ceasefire on Russian terms.")


def test_opposed_as_adjective_is_an_opposition():
    hip = _hip("Kyiv remains opposed to a ceasefire.")
    assert ("UKR", "ceasefire", "oppose") in hip
    assert ("UKR", "ceasefire", "support") not in hip


def test_committed_adjective_with_passive_subject():
    assert ("UKR", "talks_format", "support") in _hip("Kyiv is committed to the talks.")


def test_passive_with_agent_keeps_the_agent():
    assert ("HUN", "sanctions", "oppose") in _hip("Sanctions were opposed by Hungary.")


def test_pursue_is_support_and_its_negation_opposition():
    assert ("GBR", "sanctions", "support") in _hip("Britain will pursue new sanctions against Moscow.")
    assert ("RUS", "ceasefire", "oppose") in _hip("Officials said the Kremlin does not intend to pursue a ceasefire.")
