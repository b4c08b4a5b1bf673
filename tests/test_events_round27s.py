"""Round 27s: fewer spurious events and better types (settings, outcomes and motives told by participles, ranks,
offices taken over, passenger flights, joint trips, backing with troops)."""

from detente.ingest.document import make_document
from detente.ontology import load_pack
from detente.pipeline import extract

PACK = load_pack()


def _events(text: str):
    return extract(make_document("t", text, published="2024-05-01", lang="en"), PACK).events


def _types(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in _events(text)}


def test_backing_with_troops_is_military_aid():
    events = _events("Rebel fighters, backed by 2,000 Ugandan soldiers, captured the town of Bunia on Monday.")
    backed = [e for e in events if e.evidence == "backed"]
    assert backed and all(e.type == "AID" and e.cameo == "072" and e.source.code == "UGA" for e in backed)


def test_taking_over_an_office_is_no_seizure():
    assert not any(e.type == "COERCE" for e in _events(
        "Hungary took over the rotating presidency of the Council of the European Union on Friday."))


def test_speaking_participle_is_a_setting():
    events = _events("Speaking to reporters in Lyon on Sunday, Emmanuel Macron announced that France would send "
                     "more troops to Estonia.")
    assert not any(e.type == "CONSULT" for e in events)


def test_leaving_participle_is_an_outcome():
    events = _events("Chinese missiles struck a power station in Taiwan overnight, leaving thousands of homes "
                     "without electricity.")
    assert not any(e.type == "RETREAT" for e in events)
    assert any(e.type == "ASSAULT" for e in events)


def test_retaliating_participle_is_a_motive():
    events = _events("Turkey closed its airspace to Israeli aircraft on Monday, retaliating for the raid on the aid "
                     "flotilla.")
    assert not any(e.type == "ASSAULT" for e in events)


def test_held_off_retaliating_is_still_read():
    assert any(e.evidence == "retaliating" for e in _events(
        "Iraq fired eight missiles at Haifa on Friday, but Israel held off retaliating after Washington urged "
        "restraint."))


def test_halting_participle_is_an_outcome():
    events = _events("A ceasefire between Armenia and Azerbaijan took effect on Friday, halting a war that had "
                     "lasted six weeks.")
    assert not any(e.evidence == "halting" for e in events)


def test_airliner_landing_is_no_visit_or_aid():
    assert not _events("A Lufthansa jet landed in Tehran on Sunday on the first flight between Germany and Iran in "
                       "a decade.")


def test_rank_infinitive_repeats_the_meeting():
    events = _events("Wang Yi held talks with Dmytro Kuleba in Kyiv on Monday, the most senior Chinese official to "
                     "visit Ukraine since the war began.")
    assert not any(e.evidence == "visit" for e in events)
    assert ("CONSULT", "CHN", "UKR") in _types("Wang Yi held talks with Dmytro Kuleba in Kyiv on Monday.")


def test_joint_trip_is_a_visit_not_cooperation():
    types = _types("The leaders of Poland, Germany and France made a joint trip to Kyiv on Saturday.")
    assert not any(t == "COOPERATE" for t, _, _ in types)
    assert ("CONSULT", "POL", "UKR") in types


def test_dismissing_a_draft_or_truce_rejects_it():
    draft = _events("Serbia's foreign minister dismissed the Albanian counter-draft as 'completely unconstructive' "
                    "on Monday.")
    assert any(e.type == "REJECT" and e.cameo == "120" for e in draft)
    truce = _events("A rebel spokesman dismissed the truce as a joke on Tuesday.")
    assert any(e.type == "REJECT" and e.cameo == "1246" for e in truce)


def test_released_tranche_is_economic_aid():
    events = _events("The World Bank released a second tranche of 2 billion dollars to Egypt on Thursday.")
    assert any(e.type == "AID" and e.cameo == "071" for e in events)
    assert not any(e.type == "RETREAT" for e in events)
