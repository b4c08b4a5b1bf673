"""The event coder on a real parse: types, CAMEO codes, arguments, modality, negation, reporter, date, place."""

from __future__ import annotations

from detente.ingest.document import make_document
from detente.pipeline import extract


def events_of(pack, text, published="2025-05-15"):
    return extract(make_document("t", text, published=published, lang="en"), pack).events


def test_declining_to_meet_is_a_rejection_of_a_meeting(pack):
    (event,) = events_of(pack, "US Secretary of State Marco Rubio declined to meet the Russian delegation in Istanbul.")
    assert (event.type, event.mode, event.cameo) == ("REJECT", "meet", "125")
    assert (event.source.code, event.target.code) == ("USA", "RUS")
    assert event.location == "Istanbul" and event.evidence == "declined to meet"
    assert not event.negated and event.modality == "asserted"


def test_willingness_to_meet_is_an_intended_agreement(pack):
    events = events_of(pack, "Zelensky said he is willing to meet Putin in Turkey.")
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].cameo.startswith("03") and agree[0].modality == "intended"
    assert agree[0].source.code == "UKR"


def test_a_warning_of_sanctions_is_a_threat_to_restrict(pack):
    events = events_of(pack, "Macron warned Moscow that failure to agree would lead to new sanctions.")
    threat = [e for e in events if e.type == "THREATEN"]
    assert threat and threat[0].source.code == "FRA"


def test_passive_voice_gives_the_agent_as_source(pack):
    events = events_of(pack, "Kharkiv was shelled by Russian troops on Tuesday.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and assault[0].source.code == "RUS" and assault[0].date == "2025-05-13"


def test_negation_and_questions(pack):
    assert events_of(pack, "Will Moscow ever agree to a ceasefire?") == []
    met = [e for e in events_of(pack, "Putin did not meet Zelensky in Istanbul.") if e.type in {"CONSULT", "AGREE"}]
    assert met and met[0].negated


def test_reporter_is_credited_not_made_the_source(pack):
    events = events_of(pack, "Russian forces launched drones at Odesa overnight, according to the ISW.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and assault[0].source.code == "RUS"
    assert assault[0].reported_by is not None and assault[0].reported_by.sector == "THINK"


def test_sanctions_follow_the_documented_rule(pack):
    events = events_of(pack, "The European Union imposed new sanctions on Russia on Friday.")
    sanction = [e for e in events if e.type == "SANCTION"]
    assert sanction and (sanction[0].mode, sanction[0].cameo) == ("discontinue", "163")
    assert (sanction[0].source.code, sanction[0].target.code) == ("EU", "RUS")
