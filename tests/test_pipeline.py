"""The pure extract function and the `detente extract` contract, validated against `detente schema`."""

from __future__ import annotations

import json

import jsonschema
from pydantic import TypeAdapter
from typer.testing import CliRunner

from detente.cli import app
from detente.ingest.document import make_document
from detente.model import Analysis, ReadError
from detente.pipeline import extract
from conftest import FIXTURES

runner = CliRunner()


def test_extract_gives_sentences_with_exact_offsets(pack):
    doc = make_document("d1", "Talks resume\n\nThe delegations met in Istanbul. Kyiv rejected the plan on Monday.",
                        published="2025-05-16")
    analysis = extract(doc, pack)
    assert analysis.format == "detente/1"
    assert [s.text for s in analysis.sentences] == ["Talks resume", "The delegations met in Istanbul.",
                                                    "Kyiv rejected the plan on Monday."]
    for s in analysis.sentences:
        assert doc.text[s.start:s.end] == s.text
    for a in analysis.actors:
        assert doc.text[a.start:a.end] == a.text


def test_a_wire_dateline_is_a_sentence_of_its_own_and_datelines_and_credits_name_no_actors(pack):
    text = ("By Guy Faulconbridge and Tom Balmforth\n\n"
            "ISTANBUL, May 16 (Reuters) - Russia and Ukraine held their first direct talks in three years.\n\n"
            "KYIV, Ukraine (AP) — Zelensky said Moscow must agree to a full ceasefire.\n\n"
            "(Reporting by Dmitry Antonov; Editing by Andrew Osborn)")
    analysis = extract(make_document("wire", text, published="2025-05-16"), pack)
    assert [s.text for s in analysis.sentences][1:4:2] == ["ISTANBUL, May 16 (Reuters) -", "KYIV, Ukraine (AP) —"]
    assert {a.sentence for a in analysis.actors} == {2, 4}
    assert [(e.type, e.source.code, e.target.code) for e in analysis.events if e.sentence == 2] == [
        ("CONSULT", "RUS", "UKR")]


def test_a_tass_dateline_names_no_actor(pack):
    text = "MOSCOW, May 16. /TASS/. Russia is ready to continue direct talks with Ukraine, Peskov said."
    analysis = extract(make_document("tass", text, published="2025-05-16"), pack)
    assert analysis.sentences[0].text == "MOSCOW, May 16. /TASS/."
    assert {a.sentence for a in analysis.actors} == {1}


def test_the_sentence_after_a_dateline_is_kept_whole_up_to_its_full_stop(pack):
    text = ("KYIV, Oct 3 - Russia and Ukraine each freed 185 prisoners of war on Thursday. Zelensky thanked the UAE."
            "\n\nISTANBUL, July 24 - Turkey offered on Thursday to host a meeting of the two presidents.")
    analysis = extract(make_document("wire", text, published="2025-10-03"), pack)
    assert [s.text for s in analysis.sentences] == [
        "KYIV, Oct 3 -", "Russia and Ukraine each freed 185 prisoners of war on Thursday.", "Zelensky thanked the UAE.",
        "ISTANBUL, July 24 -", "Turkey offered on Thursday to host a meeting of the two presidents."]
    assert {(p.holder.code, p.issue) for p in analysis.positions if p.sentence == 1} == {
        ("RUS", "prisoners_children"), ("UKR", "prisoners_children")}


def test_a_state_standing_in_for_a_phrase_carries_the_state_name(pack):
    analysis = extract(make_document("n", "Ukraine would keep an army of 800,000 under the US draft.",
                                     published="2025-11-24"), pack)
    holders = [p.holder for p in analysis.positions if p.holder.code == "USA"]
    assert holders and all(h.name == "United States" for h in holders)
    assert all(a.name != a.code for e in analysis.events for a in (e.source, e.target) if a and a.kind == "state")


def test_long_documents_are_parsed_in_chunks_with_global_offsets(pack):
    para = "Russian and Ukrainian negotiators met in Istanbul. Kremlin spokesman Dmitry Peskov praised the talks."
    text = "\n\n".join([para] * 1200)  # about 125,000 characters: more than one chunk
    analysis = extract(make_document("long", text, published="2025-05-16"), pack)
    assert len(analysis.sentences) == 2400
    assert all(text[s.start:s.end] == s.text for s in analysis.sentences)
    last = analysis.actors[-1]
    assert text[last.start:last.end] == last.text and last.sentence == 2399


def test_extract_cli_writes_valid_contract_lines(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(FIXTURES / "mixed"), str(FIXTURES / "bad"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    schema = json.loads(runner.invoke(app, ["schema"]).output)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    for line in lines:
        jsonschema.validate(line, schema)
    analyses = [line for line in lines if "format" in line]
    errors = [line for line in lines if "error" in line]
    assert len(analyses) == 11 and len(errors) == 7
    assert all(set(a) >= {"sentences", "actors", "events", "positions", "narratives", "meetings"} for a in analyses)
    assert TypeAdapter(list[Analysis]).validate_python(analyses)
    assert TypeAdapter(list[ReadError]).validate_python(errors)


def test_extract_cli_fails_only_when_nothing_was_read(tmp_path):
    result = runner.invoke(app, ["extract", str(FIXTURES / "bad")])
    assert result.exit_code == 1
    assert all("error" in json.loads(line) for line in result.stdout.splitlines())


def test_a_dateline_of_two_cities_names_no_actor(pack):
    text = "MOSCOW/KYIV, June 2 - The Kremlin said on Monday that a ceasefire would only help Ukraine rearm."
    analysis = extract(make_document("wire", text, published="2025-06-02"), pack)
    assert analysis.sentences[0].text == "MOSCOW/KYIV, June 2 -"
    assert {a.sentence for a in analysis.actors} == {1}
    assert {p.holder.code for p in analysis.positions} == {"RUS"}
