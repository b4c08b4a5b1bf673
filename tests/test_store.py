"""The store on real SQLite and PostgreSQL: idempotent ingest and analysis, evidence offsets, no losses."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from detente import jobs
from detente.model import Analysis, Sentence
from detente.store import schema as t
from conftest import FIXTURES

MIXED = str(FIXTURES / "mixed")


def test_ingest_is_idempotent(store):
    first = jobs.ingest(store, [MIXED])
    assert len(first.added) == 11 and len(first.errors) == 2
    again = jobs.ingest(store, [MIXED])
    assert again.added == [] and len(again.duplicates) == 11
    assert store.counts()["documents"] == 11


def test_same_text_under_another_id_is_not_stored_twice(store, tmp_path):
    jobs.ingest(store, [str(FIXTURES / "mixed" / "wire-report.txt")])
    copy = tmp_path / "copy.txt"
    copy.write_text((FIXTURES / "mixed" / "wire-report.txt").read_text().replace("Friday", "Friday "))
    report = jobs.ingest(store, [str(copy)])
    assert report.added == [] and report.duplicates == ["copy"]


def test_clashing_id_with_new_text_is_kept_under_a_new_id(store, tmp_path):
    jobs.ingest(store, [str(FIXTURES / "mixed" / "wire-report.txt")])
    other = tmp_path / "wire-report.txt"
    other.write_text("A different report\n\nThe talks in Geneva ended without agreement on territory.")
    report = jobs.ingest(store, [str(other)])
    assert len(report.added) == 1 and report.added[0].startswith("wire-report~")
    assert store.counts()["documents"] == 2


def test_analyze_stores_evidence_offsets_and_is_idempotent(store, pack):
    jobs.ingest(store, [MIXED])
    stats = jobs.analyze(store, "russia_ukraine")
    assert stats["documents"] == 11 and stats["actors"] > 20
    counts = store.counts()
    assert jobs.analyze(store, "russia_ukraine") == {}
    assert store.counts() == {**counts, "runs": counts["runs"] + 1}
    jobs.analyze(store, "russia_ukraine", everything=True)
    after = store.counts()
    assert {k: after[k] for k in ("actors", "sentences")} == {k: counts[k] for k in ("actors", "sentences")}
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.actors.c.start, t.actors.c.end, t.actors.c.data, t.documents.c.text)
                            .join(t.documents, t.documents.c.id == t.actors.c.document_id)).all()
        sentences = conn.execute(select(t.sentences.c.start, t.sentences.c.end, t.documents.c.text)
                                 .join(t.documents, t.documents.c.id == t.sentences.c.document_id)).all()
    for start, end, data, text in rows:
        assert text[start:end] == data["text"]
    assert all(text[s:e].strip() == text[s:e] and text[s:e] for s, e, text in sentences)


def test_non_english_documents_are_stored_and_flagged_not_parsed(store, tmp_path):
    path = tmp_path / "uk.txt"
    path.write_text("Делегації України та Росії зустрілися в Стамбулі, щоб обговорити обмін полоненими та припинення вогню.")
    jobs.ingest(store, [str(path)])
    stats = jobs.analyze(store, "russia_ukraine")
    assert stats == {"documents": 1, "sentences": 0, "actors": 0, "events": 0, "positions": 0, "narratives": 0,
                     "meetings": 0, "skipped": 1, "alerts": 0}
    (doc,) = list(store.documents())
    assert doc["language"] == "uk" and "not analysed" in doc["warnings"][0]


def test_a_failed_analysis_leaves_what_was_stored(store, pack):
    jobs.ingest(store, [str(FIXTURES / "mixed" / "wire-report.txt")])
    jobs.analyze(store, "russia_ukraine")
    before = store.counts()
    broken = Analysis(id="wire-report", sentences=[Sentence(i=0, start=0, end=5, text="Deleg"),
                                                   Sentence(i=0, start=6, end=9, text="ati")])
    with pytest.raises(IntegrityError):
        store.save_analysis(broken, None)
    assert store.counts() == before
