"""Verdicts on talks given as a list of adjectives, and parties that come out of a meeting (real spaCy parse)."""

from extracted import position_keys

from detente.ontology import load_pack


def _positions(text: str) -> set[tuple[str | None, str, str]]:
    return position_keys(load_pack("russia_ukraine"), text, "2025-06-01")


def test_conjoined_verdict_of_a_naming_verb() -> None:
    assert ("RUS", "talks_format", "support") in _positions("Peskov described the talks as frank and very useful.")


def test_talks_judged_necessary() -> None:
    assert ("RUS", "talks_format", "support") in _positions("The talks were necessary and useful, Peskov said.")


def test_parties_emerging_from_a_meeting() -> None:
    found = _positions("Putin and Erdogan emerged from their meeting in Ankara saying they were close to a deal.")
    assert {("RUS", "talks_format", "support"), ("TUR", "talks_format", "support")} <= found
