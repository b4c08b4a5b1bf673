"""Analyses over time on real stores: position links, party gaps, rounds and delegations, alerts, CLI.

The fixture corpus (tests/fixtures/over_time) is written so the right answers are known: Russia states its
four-regions demand in 2022, repeats it in 2024 and 2025, then moves to "the rest of Donetsk" (a softer point
on the territory scale) in December 2025; it repeats its 2022 sanctions demand; Ukraine's 2022 refusal to
recognise the annexation is never restated (possibly dropped); Ukraine wants a ceasefire first, Russia rejects
it; Medinsky heads Russia's delegation in Istanbul in 2022 and 2025 while Ukraine's head rises from a faction
leader to the defence minister.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from conftest import FIXTURES
from detente import jobs
from detente.analyse import update
from detente.analyse.data import load_positions
from detente.analyse.gaps import matrix
from detente.analyse.history import possibly_dropped
from detente.analyse.links import origin, stored_links
from detente.analyse.rounds import compare, load_rounds
from detente.cli import app
from detente.extract.meetings import meetings_in
from detente.extract.scale import point_of
from detente.ingest import read
from detente.model import Document
from detente.pipeline import document_date, extract
from detente.store import Store
from detente.store import analysis_schema as a

CORPUS = FIXTURES / "over_time"
DEMO = Path(__file__).resolve().parents[1] / "src" / "detente" / "demo" / "corpus"


def analyse_into(store: Store, pack, paths: list[str]) -> None:
    """Ingest and analyse like ``jobs.analyze``, with the meetings step the pipeline is to call."""
    run = store.start_run("analyze", pack=pack.id)
    for doc in read(paths):
        assert isinstance(doc, Document)
        result = store.add_document(doc, run)
        stored = store.document(result.id)
        analysis = extract(stored, pack)
        analysis.meetings = meetings_in(analysis.sentences, analysis.events, analysis.actors, pack,
                                        document_date(stored))
        store.save_analysis(analysis, run)


def by_text(store, pack):
    links = stored_links(store)
    return {(r.date, r.holder, r.issue, r.stance): (r, links[r.id]) for r in load_positions(store, pack)}, links


@pytest.fixture
def corpus_store(store, pack):
    analyse_into(store, pack, sorted(str(p) for p in CORPUS.glob("*.md")))
    update(store, pack)
    return store


def test_scale_points_from_the_anchor_words(pack):
    assert point_of("territory", "demand", "recognition of all four regions as Russian", pack) == "T5"
    assert point_of("territory", "demand", "withdraw its troops from the rest of Donetsk", pack) == "T4"
    assert point_of("territory", "reject", "will never recognise the annexation", pack) == "T2"
    assert point_of("ceasefire", "demand", "a full and unconditional ceasefire of 30 days", pack) == "CF0"
    assert point_of("ceasefire", "reject", "an unconditional ceasefire", pack) == "CF4"
    assert point_of("military_limits", "demand", "the demilitarisation of Ukraine", pack) == "M4"
    assert point_of("territory", "demand", "more talks soon", pack) is None


def test_repeats_shifts_and_new_positions_are_linked_and_explained(corpus_store, pack):
    got, links = by_text(corpus_store, pack)
    first, _ = got[("2022-03-30", "RUS", "territory", "demand")][0], None
    assert links[first.id].kind == "new" and first.point == "T5"
    for day in ("2024-06-14", "2025-05-16"):
        row, link = got[(day, "RUS", "territory", "demand")]
        assert link.kind == "repeat" and link.earlier_id is not None
        assert "same point T5" in link.reason and link.score >= 0.6
        assert origin(link, links).position_id == first.id  # the chain leads back to 2022
    row, link = got[("2025-12-04", "RUS", "territory", "demand")]
    assert (link.kind, link.direction, row.point) == ("shift", "softer", "T4")
    assert "T5" in link.reason and "T4" in link.reason
    row, link = got[("2025-12-04", "RUS", "sanctions", "demand")]
    assert link.kind == "repeat" and link.earlier_date == "2022-03-30"
    assert got[("2025-05-16", "UKR", "ceasefire", "demand")][1].kind == "repeat"
    assert got[("2025-05-16", "RUS", "ceasefire", "reject")][1].kind == "new"


def test_positions_not_restated_are_possibly_dropped(corpus_store, pack):
    rows = load_positions(corpus_store, pack)
    links = list(stored_links(corpus_store).values())
    dropped = possibly_dropped(rows, links, days=365)
    ukr_2022 = next(r for r in rows if (r.holder, r.issue, r.date) == ("UKR", "territory", "2022-03-30"))
    latest = next(r for r in rows if (r.holder, r.issue, r.date) == ("RUS", "territory", "2025-12-04"))
    assert ukr_2022.id in dropped and latest.id not in dropped
    assert ukr_2022.id not in possibly_dropped(rows, links, days=5000)


def test_gap_matrix_sets_ceasefire_first_against_its_rejection(corpus_store, pack):
    m = matrix(load_positions(corpus_store, pack, since="2025"), ["RUS", "UKR"])
    assert m.cells[("UKR", "ceasefire")].point == "CF0" and m.cells[("RUS", "ceasefire")].point == "CF4"
    gap = next(g for g in m.gaps if g.issue == "ceasefire")
    assert gap.distance == 100
    whole = matrix(load_positions(corpus_store, pack), ["RUS", "UKR"])
    territory = next(g for g in whole.gaps if g.issue == "territory")
    assert (territory.first, territory.distance, territory.trend) == (60, 40, "narrowing")


def test_delegations_are_compared_across_rounds(corpus_store, pack):
    rounds = load_rounds(corpus_store)
    istanbul = [r for r in rounds if r.location == "Istanbul"]
    assert [r.date for r in istanbul] == ["2022-03-29", "2025-05-16"]
    assert istanbul[0].delegations["RUS"].members[0].name == "Alexander Fomin"
    found = {(c.round.date, c.party): c for c in compare(rounds, pack)}
    rus = found[("2025-05-16", "RUS")]
    assert (rus.head, rus.level, rus.change) == ("Vladimir Medinsky", "presidential aide", "same")
    assert "as in Istanbul 2022-03-29" in rus.sentence
    ukr = found[("2025-05-16", "UKR")]
    assert (ukr.previous_level, ukr.level, ukr.change) == ("legislator", "defence minister", "higher")


def test_alerts_are_stored_once_and_follow_the_rules(corpus_store, pack, tmp_path):
    with corpus_store.engine.connect() as conn:
        rules = {r.rule for r in conn.execute(select(a.alerts.c.rule))}
    assert {"rus-territory-move", "repeats-2022-demand", "delegation-level-changed"} <= rules
    assert update(corpus_store, pack) == []  # nothing new: nothing raised twice
    custom = tmp_path / "rules.yaml"
    custom.write_text("rules:\n  - {id: ukr-ceasefire, description: x, about: position, party: UKR, "
                      "issue: ceasefire, kind: [repeat]}\n")
    new = update(corpus_store, pack, str(custom))
    assert [x.rule for x in new] == ["ukr-ceasefire"] and new[0].date == "2025-05-16"


def test_reanalysis_relinks_without_duplicate_alerts(corpus_store, pack):
    before = {(ln.date, ln.holder_code, ln.issue, ln.kind) for ln in stored_links(corpus_store).values()}
    jobs.analyze(corpus_store, "russia_ukraine", everything=True)
    assert update(corpus_store, pack) == []
    after = {(ln.date, ln.holder_code, ln.issue, ln.kind) for ln in stored_links(corpus_store).values()}
    assert after == before


def test_cli_commands(tmp_path, pack):
    db = str(tmp_path / "cli.db")
    store = Store(db)
    analyse_into(store, pack, sorted(str(p) for p in CORPUS.glob("*.md")))
    store.close()
    runner = CliRunner()
    result = runner.invoke(app, ["timeline", "--party", "RUS", "--issue", "territory", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    kinds = [json.loads(line)["link"] for line in result.stdout.splitlines()]
    assert kinds == ["new", "repeat", "repeat", "shift"]
    result = runner.invoke(app, ["compare", "--since", "2025", "--parties", "RUS,UKR", "--db", db])
    assert result.exit_code == 0 and "CF4" in result.stdout and "CF0" in result.stdout
    result = runner.invoke(app, ["changes", "--since", "2025-06-01", "--json", "--db", db])
    assert [json.loads(x)["kind"] for x in result.stdout.splitlines()] == ["shift"]
    result = runner.invoke(app, ["meetings", "--db", db])
    assert "as in Istanbul 2022-03-29" in result.stdout
    result = runner.invoke(app, ["alerts", "--db", db])
    assert "delegation-level-changed" in result.stdout
    out = tmp_path / "positions.csv"
    result = runner.invoke(app, ["export", "positions", "--format", "csv", "--out", str(out), "--db", db])
    assert result.exit_code == 0 and "link_reason" in out.read_text().splitlines()[0]
    result = runner.invoke(app, ["export", "positions", "--db", db])
    repeats = [json.loads(x) for x in result.stdout.splitlines() if json.loads(x).get("link") == "repeat"]
    assert repeats and all(r["repeat_of"]["document"] for r in repeats)
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        result = runner.invoke(app, ["export", "meetings", "--format", "parquet", "--out", str(tmp_path / "m.pq"),
                                     "--db", db])
        assert result.exit_code == 2 and "pip install pyarrow" in result.output


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, pack):
    store = Store(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    analyse_into(store, pack, [str(DEMO)])
    update(store, pack)
    yield store
    store.close()


@pytest.mark.parametrize("issue", ["territory", "alliance_neutrality", "military_limits", "sanctions"])
def test_demo_russian_demands_of_2025_repeat_earlier_ones(demo_store, pack, issue):
    links = stored_links(demo_store)
    repeats = [links[r.id] for r in load_positions(demo_store, pack, party="RUS", issue=issue, since="2025")
               if links[r.id].kind == "repeat"]
    assert any(link.earlier_date < "2025" for link in repeats)


def test_demo_ukraine_ceasefire_first_is_set_against_russia(demo_store, pack):
    m = matrix(load_positions(demo_store, pack, since="2025"), ["RUS", "UKR"])
    assert m.cells[("UKR", "ceasefire")].point == "CF0"  # an unconditional truce before talks
    assert m.cells[("RUS", "ceasefire")].value >= 75  # pauses only, or a truce after a settlement
    assert next(g for g in m.gaps if g.issue == "ceasefire").distance >= 75


def test_demo_delegation_heads_of_2022_and_2025_are_compared(demo_store, pack):
    found = {(c.round.location, c.round.date, c.party): c for c in compare(load_rounds(demo_store), pack)}
    gomel = found[("Gomel", "2022-02-28", "RUS")]
    assert (gomel.head, gomel.level) == ("Vladimir Medinsky", "presidential aide")
    may_2025 = [c for (place, day, _), c in found.items() if place == "Istanbul" and day.startswith("2025-05-1")]
    rus = next(c for c in may_2025 if c.party == "RUS")
    assert rus.head == "Vladimir Medinsky" and "as in Gomel 2022-02-28" in rus.sentence
    ukr = next(c for c in may_2025 if c.party == "UKR")
    assert (ukr.head, ukr.level) == ("Rustem Umerov", "defence minister")
