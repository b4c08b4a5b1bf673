"""The trained target model of events: labelling the rules' events, training from gold, the command, the shipped
file and what it may change."""

from __future__ import annotations

import json

import pytest
from extracted import event_fields
from typer.testing import CliRunner

from detente.cli import app
from detente.ingest.document import make_document
from detente.pipeline import extract
from detente.target_model import Recorder, labelled, load_model

runner = CliRunner()

REQUESTS = [("Estonia", "EST", "asked its NATO allies for consultations"),
            ("Poland", "POL", "asked its NATO allies for more fighter jets"),
            ("Norway", "NOR", "asked its NATO allies for surveillance aircraft")]


def keys(events) -> list[tuple]:
    return event_fields(events)


def test_labelling_prefers_the_rules_target_and_drops_what_no_choice_reaches():
    found = [["null"], ["a"], ["b"]]
    gold = [{"type": "AID", "source": {"code": "USA"}, "target": {"code": "UKR"}},
            {"type": "AID", "source": {"code": "USA"}, "target": {"code": "POL"}}]
    cases = [(("AID", "USA", "POL"), [None, "UKR", "POL"], found),  # the rules' target is a gold one: kept
             (("AID", "USA", None), [None, "UKR", "POL"], found),  # none: the first gold target among the choices
             (("AID", "USA", None), [None, "DEU"], found[:2]),  # no gold target among the choices: left out
             (("SANCTION", "USA", None), [None, "UKR"], found[:2])]  # no gold event of its type and source
    assert [right for _, right in labelled(cases, gold)] == [2, 1]


@pytest.fixture
def small_gold(tmp_path):
    path = tmp_path / "events.jsonl"
    lines = [{"id": f"r{n}", "split": "train", "published": "2020-01-01", "text": f"{name} {words} on Monday.",
              "events": [{"type": "REQUEST", "cameo": "10", "source": {"code": code}, "target": {"code": "NATO"},
                          "evidence": "asked"}]}
             for n, (name, code, words) in enumerate(REQUESTS)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_model_trained_on_requests_to_allies_gives_a_new_one_its_target(pack, small_gold, tmp_path):
    doc = make_document("t", "Latvia asked its NATO allies for more troops on Friday.", published="2024-01-01",
                        lang="en")
    assert keys(extract(doc, pack, targets=Recorder()).events) == [("REQUEST", "LVA", None)]  # the rules alone
    outs = [tmp_path / "one.json", tmp_path / "two.json"]
    for target in outs:
        result = runner.invoke(app, ["train", "targets", "--gold", str(small_gold), "--out", str(target)])
        assert result.exit_code == 0, result.output
    assert outs[0].read_bytes() == outs[1].read_bytes()  # a fixed solver: the same file each time
    model = load_model(pack, outs[0])
    assert model.trained_on["sentences"] == len(REQUESTS) and model.trained_on["cases"] == len(REQUESTS)
    (event,) = extract(doc, pack, targets=model).events
    assert keys([event]) == [("REQUEST", "LVA", "NATO")] and event.target_inferred


def test_training_on_a_split_the_gold_file_lacks_is_an_error(small_gold, tmp_path):
    result = runner.invoke(app, ["train", "targets", "--gold", str(small_gold), "--split", "dev",
                                 "--out", str(tmp_path / "m.json")])
    assert result.exit_code == 1 and "no lines in split dev" in " ".join(result.output.split())
    assert not (tmp_path / "m.json").exists()


def test_the_pack_ships_a_model_trained_without_the_held_out_splits(pack):
    model = load_model(pack)
    assert model is not None and model.vocabulary
    assert not {"dev", "train7", "train12"} & set(model.trained_on["splits"])


@pytest.mark.parametrize("text", [
    "Serbian artillery shelled Dubrovnik on Sunday, and Croatia asked the European Community for help.",
    "Soldiers fired rubber bullets at thousands of Kenyan students marching through Nairobi on Monday.",
    "Poland sent 14 tanks to Ukraine on Friday, and Germany said it would send air defence systems.",
    "Norway pledged 500 million crowns for reconstruction in Gaza.",
])
def test_the_shipped_model_only_fills_targets_the_rules_left_uncoded(pack, text):
    doc = make_document("t", text, published="2024-01-01", lang="en")
    rules, model = extract(doc, pack, targets=Recorder()).events, extract(doc, pack).events
    assert len(rules) == len(model) > 0
    for before, after in zip(rules, model):
        blank = {"target": None, "target_inferred": False}
        assert before.model_copy(update=blank) == after.model_copy(update=blank)
        assert before.target is None or before.target.code is None or after.target == before.target
        assert after.target_inferred == (after.target != before.target)
