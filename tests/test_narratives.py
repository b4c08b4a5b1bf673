"""Narrative detection, voice, entity roles, scoring, the prevalence command and training: real parse, real pack."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.evaluate.narratives import evaluate
from detente.extract.narratives import narratives_in
from detente.model import Analysis, Document
from detente.narrative_model import load_model, units_of

runner = CliRunner()

ENDORSED = ("The Kiev regime walked away from the Istanbul agreement in 2022 because London told it to keep fighting. "
            "Had Kiev not obeyed its British handlers, thousands of lives would have been spared.\n\n"
            "Today Kiev is still not ready for peace and sabotages every attempt at negotiations.")
REBUTTAL = ("Kremlin spokesman Dmitry Peskov claimed on Tuesday that Britain had talked Ukraine out of a peace deal in "
            "2022. Ukrainian officials dismiss the account, and negotiators from both delegations say no deal was "
            "close.\n\nMoscow seeks to portray Kyiv as the obstacle to peace while its own demands remain unchanged.")


def run(text, pack, nlp, model=None):
    units = [u for _, u in units_of(text, pack, nlp, "2025-05-20")]
    narratives, roles = narratives_in(units, pack, model)
    return units, narratives, roles


def test_state_media_endorses_what_an_analysis_attributes(pack, nlp):
    _, endorsed, _ = run(ENDORSED, pack, nlp)
    _, reported, _ = run(REBUTTAL, pack, nlp)
    mine = [n for n in endorsed if n.parent == "peace_obstructed"]
    theirs = [n for n in reported if n.parent == "peace_obstructed"]
    assert [n.voice for n in mine] == ["endorsed"] and mine[0].attributed_to is None
    assert [n.voice for n in theirs] == ["attributed"]
    assert theirs[0].attributed_to is not None and theirs[0].attributed_to.code == "RUS"
    assert theirs[0].attributed_to.start is None  # an argument, not a mention


def test_evidence_is_exact_text_of_the_cited_sentence(pack, nlp):
    for text in (ENDORSED, REBUTTAL):
        units, narratives, roles = run(text, pack, nlp)
        by_number = {u.number: u.sent.text for u in units}
        assert narratives
        for item in [*narratives, *roles]:
            for ev in item.evidence:
                assert ev.text and ev.text in by_number[ev.sentence] and ev.text in text
        for n in narratives:
            assert 0.0 <= n.score <= 1.0
            assert n.id in {s.id for d in pack.narratives if d.id == n.parent for s in d.subs} or \
                n.id == f"{n.parent}.other"


def test_roles_name_main_actors_with_fine_roles_of_their_main_role(pack, nlp):
    _, _, roles = run(ENDORSED, pack, nlp)
    assert roles
    kyiv = [r for r in roles if r.actor.code == "UKR"]
    assert kyiv and kyiv[0].main == "antagonist"
    for role in roles:
        assert role.fine and set(role.fine) <= set(pack.roles[role.main])


def test_cues_alone_work_without_a_trained_model(pack, nlp):
    _, narratives, roles = run("Europe wants war, and Zelensky is the main obstacle to peace.", pack, nlp, model=False)
    assert [(n.parent, n.voice) for n in narratives] == [("peace_obstructed", "endorsed")]
    assert roles == []
    _, narratives, _ = run("The weather in Geneva was mild on Tuesday.", pack, nlp, model=False)
    assert narratives == []


def gold_line(id_, text, voice, role_main, split="dev"):
    return {"id": id_, "split": split, "published": "2025-05-20", "source_type": "state_media", "title": None,
            "text": text, "narratives": [{"id": "peace_obstructed", "sub": None, "voice": voice,
                                          "attributed_to": None, "evidence": []}],
            "roles": [{"entity": "Kiev", "code": "UKR", "main": role_main, "fine": []}]}


def test_scorer_counts_ids_voices_and_roles(pack, nlp, tmp_path):
    gold = tmp_path / "gold.jsonl"
    lines = [gold_line("a", ENDORSED, "endorsed", "antagonist"), gold_line("b", REBUTTAL, "endorsed", "victim")]
    gold.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    result = evaluate(gold, pack, "dev")
    summary = result.summary()
    assert summary["documents"] == 2
    assert summary["top_level"]["recall"] == 1.0
    assert summary["voice_right"] == 0.5  # the rebuttal's narrative is attributed, not endorsed as in this gold
    assert summary["main_role_accuracy"] == 0.5
    assert any(m.startswith("b ") for m in result.mistakes)


def test_prevalence_by_outlet_and_week_from_a_real_store(pack, nlp, sqlite_store, tmp_path):
    texts = [("tass-1", "TASS", "2025-05-19", ENDORSED), ("tass-2", "TASS", "2025-05-27", ENDORSED + " Indeed."),
             ("isw-1", "ISW", "2025-05-20", REBUTTAL)]
    run_id = sqlite_store.start_run("analyze")
    for doc_id, source, day, text in texts:
        sqlite_store.add_document(Document(id=doc_id, text=text, source=source, published=day, language="en"))
        _, narratives, roles = run(text, pack, nlp)
        sqlite_store.save_analysis(Analysis(id=doc_id, narratives=narratives, roles=roles), run_id)
    sqlite_store.add_document(Document(id="pending", text=ENDORSED + " Not analysed.", source="TASS",
                                       published="2025-05-21", language="en"))
    db = sqlite_store.location
    result = runner.invoke(app, ["narratives", "--db", db, "--by", "source", "--json"])
    assert result.exit_code == 0, result.output
    table = json.loads(result.stdout[result.stdout.index("{"):])
    assert table["TASS"]["documents"] == 2 and table["TASS"]["narratives"]["peace_obstructed/endorsed"] == 2
    assert table["ISW"]["narratives"]["peace_obstructed/attributed"] == 1
    assert "peace_obstructed/endorsed" not in table["ISW"]["narratives"]
    weeks = json.loads((r := runner.invoke(app, ["narratives", "--db", db, "--by", "week", "--json",
                                                 "--since", "2025-05-20"])).stdout[r.stdout.index("{"):])
    assert set(weeks) == {"2025-W21", "2025-W22"} and weeks["2025-W21"]["documents"] == 1
    shown = runner.invoke(app, ["narratives", "--db", db])
    assert shown.exit_code == 0 and "TASS" in shown.stdout and "peace_obstructed" in shown.stdout


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory):
    from pathlib import Path

    lines = [line for line in Path("gold/narratives.jsonl").read_text().splitlines()
             if json.loads(line)["split"] == "train"][:12]
    path = tmp_path_factory.mktemp("gold") / "small.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_training_is_deterministic_and_writes_a_usable_json_model(pack, small_gold, tmp_path):
    outs = [tmp_path / "one.json", tmp_path / "two.json"]
    for target in outs:
        result = runner.invoke(app, ["train", "narratives", "--gold", str(small_gold), "--out", str(target)])
        assert result.exit_code == 0, result.output
    assert outs[0].read_bytes() == outs[1].read_bytes()
    data = json.loads(outs[0].read_text())
    assert data["parents"] == [n.id for n in pack.narratives] and data["trained_on"]["documents"] == 12
    assert len(data["coef"]) == len(pack.narratives) and 0 < data["threshold"] < 1
    assert outs[0].stat().st_size < 200_000
    model = load_model(pack, outs[0])
    assert model.role_labels and model.predict(__import__("numpy").zeros((1, len(data["coef"][0])))).shape == (
        1, len(pack.narratives))
