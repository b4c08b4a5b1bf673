"""Opening, migrating and writing the store. Every write is one transaction, so a failed run loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import Engine

from .. import __version__
from ..config import sqlalchemy_url
from ..model import Analysis, Document
from . import schema as t

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class AddResult:
    """What happened to one document offered to the store."""

    status: str  # added | duplicate | renamed
    id: str
    detail: str = ""


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Store:
    def __init__(self, db: str):
        self.url = sqlalchemy_url(db)
        self.engine: Engine = create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    @property
    def location(self) -> str:
        return self.engine.url.database if self.engine.dialect.name == "sqlite" else \
            self.engine.url.render_as_string(hide_password=True)

    def migrate(self) -> None:
        """Brings the schema to the latest migration (a no-op when it is there already)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    # -- runs ------------------------------------------------------------------------------------
    def start_run(self, command_name: str, pack: str | None = None) -> int:
        with self.engine.begin() as conn:
            return conn.execute(insert(t.runs).values(command=command_name, started=_now(), pack=pack,
                                                      version=__version__)).inserted_primary_key[0]

    def finish_run(self, run_id: int, stats: dict) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(finished=_now(), stats=stats))

    # -- documents -------------------------------------------------------------------------------
    def add_document(self, doc: Document, run_id: int | None = None) -> AddResult:
        """Stores ``doc`` unless the same text is there already; a clashing id gets a suffix."""
        from ..ingest.normalise import fingerprint

        print_ = fingerprint(doc.text)
        with self.engine.begin() as conn:
            same = conn.execute(select(t.documents.c.id).where(t.documents.c.fingerprint == print_)).scalar()
            if same is not None:
                return AddResult("duplicate", same, f"same text as stored document {same!r}")
            doc_id, status, detail = doc.id, "added", ""
            if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).scalar() is not None:
                doc_id = f"{doc.id}~{print_[:8]}"
                status, detail = "renamed", f"id {doc.id!r} is taken by another text; stored as {doc_id!r}"
            conn.execute(insert(t.documents).values(
                id=doc_id, fingerprint=print_, title=doc.title, text=doc.text, published=doc.published,
                url=doc.url, source=doc.source, source_type=doc.source_type, language=doc.language,
                origin=doc.origin, ingest_run=run_id))
        return AddResult(status, doc_id, detail)

    def pending(self, everything: bool = False) -> list[str]:
        """Ids of documents not yet analysed (or all of them), oldest publication first."""
        query = select(t.documents.c.id).order_by(t.documents.c.published, t.documents.c.id)
        if not everything:
            query = query.where(t.documents.c.analysis_run.is_(None))
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).mappings().first()
        if row is None:
            return None
        return Document(**{k: row[k] for k in ("id", "text", "title", "published", "url", "source",
                                                 "source_type", "language", "origin")})

    def documents(self) -> Iterator[dict]:
        with self.engine.connect() as conn:
            yield from conn.execute(select(t.documents).order_by(t.documents.c.published, t.documents.c.id)).mappings()

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for table in (t.documents, t.sentences, t.actors, t.events, t.positions, t.narratives,
                                  t.meetings, t.runs)}

    # -- analyses --------------------------------------------------------------------------------
    def save_analysis(self, analysis: Analysis, run_id: int | None = None) -> None:
        """Replaces whatever was stored for the document with ``analysis``, in one transaction."""
        doc_id = analysis.id
        sent_start = {s.i: s.start for s in analysis.sentences}
        with self.engine.begin() as conn:
            for table in (t.sentences, t.actors, t.events, t.positions, t.narratives, t.meetings):
                conn.execute(delete(table).where(table.c.document_id == doc_id))
            if analysis.sentences:
                conn.execute(insert(t.sentences), [
                    {"document_id": doc_id, "i": s.i, "start": s.start, "end": s.end} for s in analysis.sentences])

            def evidence(sentence: int | None, text: str | None) -> dict:
                if sentence is None or text is None or sentence not in sent_start:
                    return {"sentence": sentence, "start": None, "end": None}
                body = analysis.sentences[sentence].text
                at = body.find(text)
                start = sent_start[sentence] + max(at, 0)
                return {"sentence": sentence, "start": start, "end": start + (len(text) if at >= 0 else 0)}

            rows = [dict(document_id=doc_id, run_id=run_id, sentence=a.sentence, start=a.start, end=a.end,
                         actor_id=a.id, code=a.code, sector=a.sector, kind=a.kind, name=a.name, role=a.role,
                         data=a.model_dump(mode="json")) for a in analysis.actors]
            if rows:
                conn.execute(insert(t.actors), rows)
            rows = [dict(document_id=doc_id, run_id=run_id, **evidence(e.sentence, e.evidence), type=e.type,
                         mode=e.mode, cameo=e.cameo, source_code=e.source.code,
                         target_code=e.target.code if e.target else None, negated=e.negated,
                         modality=e.modality, date=e.date, location=e.location, data=e.model_dump(mode="json"))
                    for e in analysis.events]
            if rows:
                conn.execute(insert(t.events), rows)
            rows = [dict(document_id=doc_id, run_id=run_id, **evidence(p.sentence, p.evidence),
                         holder_code=p.holder.code, holder_id=p.holder.id, issue=p.issue, stance=p.stance,
                         statement=p.statement, date=p.date, data=p.model_dump(mode="json"))
                    for p in analysis.positions]
            if rows:
                conn.execute(insert(t.positions), rows)
            rows = []
            for n in analysis.narratives:
                first = n.evidence[0] if n.evidence else None
                rows.append(dict(document_id=doc_id, run_id=run_id,
                                 **evidence(first.sentence if first else None, first.text if first else None),
                                 narrative=n.id, parent=n.parent, voice=n.voice, score=n.score,
                                 data=n.model_dump(mode="json")))
            if rows:
                conn.execute(insert(t.narratives), rows)
            rows = [dict(document_id=doc_id, run_id=run_id, **evidence(m.sentence, m.evidence), location=m.location,
                         date=m.date, data=m.model_dump(mode="json")) for m in analysis.meetings]
            if rows:
                conn.execute(insert(t.meetings), rows)
            conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(
                analysis_run=run_id, warnings=analysis.warnings or None))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
