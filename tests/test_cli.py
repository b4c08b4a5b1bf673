"""The commands a user runs: demo, ingest, analyze, brief, actors, schema, eval."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from detente.cli import app
from conftest import FIXTURES

runner = CliRunner()


def test_demo_builds_a_store_and_prints_a_cited_briefing(tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# detente briefing")
    assert "46 documents" in out and "## Sources" in out
    assert "Vladimir Putin (RUS/GOV)" in out and "Volodymyr Zelensky (UKR/GOV)" in out
    assert "Stored, not analysed" in out  # the Russian- and Ukrainian-language demo articles
    html = db.with_suffix(".html")
    assert html.exists() and "<h2>Sources</h2>" in html.read_text()
    assert f"HTML briefing: {html}" in result.stderr.replace("\n", "")


def test_ingest_analyze_brief_on_a_store(tmp_path):
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(FIXTURES / "mixed"), "--db", db])
    assert first.exit_code == 0 and "11 added" in first.stderr and "2 errors" in first.stderr
    again = runner.invoke(app, ["ingest", str(FIXTURES / "mixed"), "--db", db])
    assert "0 added, 11 already stored" in again.stderr
    analysed = runner.invoke(app, ["analyze", "--db", db])
    assert analysed.exit_code == 0 and "11 documents" in analysed.stderr
    assert "nothing new to analyse" in runner.invoke(app, ["analyze", "--db", db]).stderr
    brief = runner.invoke(app, ["brief", "--db", db, "--format", "html", "--out", str(tmp_path / "b.html")])
    assert brief.exit_code == 0
    assert "Sybiha rules out recognition" in (tmp_path / "b.html").read_text()


def test_ingest_fails_when_nothing_could_be_stored(tmp_path):
    result = runner.invoke(app, ["ingest", str(FIXTURES / "bad"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1 and "latin1.txt" in result.stderr


def test_hostile_text_is_escaped_in_the_html_briefing(tmp_path):
    db = str(tmp_path / "s.db")
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "x1", "title": "<script>alert('pwned')</script>", "url": "javascript:alert(1)",
        "text": "Putin met Erdogan in Ankara <img src=x onerror=alert(2)> to discuss a ceasefire."}) + "\n")
    runner.invoke(app, ["ingest", str(hostile), "--db", db])
    runner.invoke(app, ["analyze", "--db", db])
    runner.invoke(app, ["brief", "--db", db, "--format", "html", "--out", str(tmp_path / "b.html")])
    page = (tmp_path / "b.html").read_text()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page


def test_actors_command_prints_json_lines():
    result = runner.invoke(app, ["actors", "Kremlin spokesman Dmitry Peskov spoke to reporters.",
                                 "--published", "2025-05-16", "--json"])
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert first["name"] == "Dmitry Peskov" and first["code"] == "RUS"


def test_inspection_says_when_a_text_has_nothing_to_show():
    result = runner.invoke(app, ["events", "The weather in Geneva was mild for the time of year."])
    assert result.exit_code == 0 and "no events found" in result.stdout
    result = runner.invoke(app, ["positions", "Russia demands that Ukraine withdraw from four regions."])
    assert "no positions found" not in result.stdout and "RUS" in result.stdout


def test_eval_actors_reports_scores(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "Russian troops shelled Kharkiv."
    gold.write_text(json.dumps({"id": "g1", "split": "dev", "published": "2024-01-01", "text": text, "mentions": [
        {"start": 0, "end": 14, "text": "Russian troops", "code": "RUS", "sector": "MIL", "kind": "group",
         "person": None}]}) + "\n")
    result = runner.invoke(app, ["eval", "actors", "--gold", str(gold), "--split", "dev"])
    scores = json.loads(result.stdout)
    assert scores["gold_mentions"] == 1 and scores["code_accuracy"] == 1.0 and scores["sector_accuracy"] == 1.0
