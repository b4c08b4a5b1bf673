"""Follow-up sentences that take up the issue of the sentence before (real spaCy parses)."""

from extracted import analysis_of

from detente.ontology import load_pack

PACK = load_pack("russia_ukraine")


def _keys(text: str) -> set[tuple]:
    return {(p.holder.code, p.issue, p.stance, p.sentence) for p in analysis_of(PACK, text).positions}


def test_refuses_read_as_a_noun_takes_up_the_demand():
    keys = _keys("Moscow still demands that Ukraine pull its troops out of the Donetsk region. "
                 "Kyiv refuses, and rightly so.")
    assert ("UKR", "territory", "reject", 1) in keys


def test_that_approach_recalls_the_proposal():
    keys = _keys("Ukraine proposed a 30-day ceasefire. The Kremlin has rejected that approach.")
    assert ("RUS", "ceasefire", "reject", 1) in keys


def test_a_plural_noun_subject_is_no_refusal():
    keys = _keys("Moscow demands that Ukraine pull its troops out of the Donetsk region. Many refuses were collected.")
    assert not any(k[3] == 1 for k in keys)
