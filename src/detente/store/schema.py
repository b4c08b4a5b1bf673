"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create and change them."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String(32), nullable=False),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True)),
    Column("pack", String(64)),
    Column("version", String(32)),
    Column("stats", JSON),
)

documents = Table(
    "documents", metadata,
    Column("id", String(255), primary_key=True),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("published", String(40)),
    Column("url", Text),
    Column("source", String(255)),
    Column("source_type", String(32)),
    Column("language", String(8)),
    Column("origin", Text),
    Column("ingest_run", Integer, ForeignKey("runs.id")),
    Column("analysis_run", Integer, ForeignKey("runs.id")),
    Column("warnings", JSON),
)
Index("ix_documents_published", documents.c.published)
Index("ix_documents_analysis_run", documents.c.analysis_run)

sentences = Table(
    "sentences", metadata,
    Column("document_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("i", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)


def _extraction(name: str, *columns: Column) -> Table:
    """A table of one kind of extraction: its document, evidence offsets, key columns and the contract JSON."""
    table = Table(
        name, metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("run_id", Integer, ForeignKey("runs.id")),
        Column("sentence", Integer),
        Column("start", Integer),
        Column("end", Integer),
        *columns,
        Column("data", JSON, nullable=False),
    )
    Index(f"ix_{name}_document", table.c.document_id)
    return table


actors = _extraction(
    "actors",
    Column("actor_id", String(128)), Column("code", String(16)), Column("sector", String(8)),
    Column("kind", String(16)), Column("name", Text), Column("role", Text),
)
events = _extraction(
    "events",
    Column("type", String(16)), Column("mode", String(32)), Column("cameo", String(8)),
    Column("source_code", String(16)), Column("target_code", String(16)), Column("negated", Boolean),
    Column("modality", String(16)), Column("date", String(40)), Column("location", Text),
)
positions = _extraction(
    "positions",
    Column("holder_code", String(16)), Column("holder_id", String(128)), Column("issue", String(64)),
    Column("stance", String(16)), Column("statement", Text), Column("date", String(40)),
)
narratives = _extraction(
    "narratives",
    Column("narrative", String(64)), Column("parent", String(64)), Column("voice", String(16)),
    Column("score", Float),
)
meetings = _extraction(
    "meetings",
    Column("location", Text), Column("date", String(40)),
)
Index("ix_actors_code", actors.c.code)
Index("ix_positions_holder_issue", positions.c.holder_code, positions.c.issue)
