"""Full-text search over documents: SQLite FTS5 or PostgreSQL ``to_tsvector``, set up lazily and idempotently.

:func:`ensure_search` creates what the database needs (an FTS5 table kept in step by triggers, or a GIN
expression index) and the read indexes the web app relies on. It is safe to call at every start-up, on a store
made by any migration, and it adds no Alembic revision, so it cannot clash with migrations written elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

# Private-use characters mark the matched words in snippets; callers escape the snippet, then swap them for tags.
MARK_START, MARK_END = "\ue000", "\ue001"

_PG_VECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"

_READ_INDEXES = (
    ("ix_positions_issue_date", "positions", "issue, date"),
    ("ix_positions_holder_date", "positions", "holder_code, date"),
    ("ix_events_source_code", "events", "source_code, date"),
    ("ix_events_target_code", "events", "target_code, date"),
    ("ix_events_date", "events", "date"),
    ("ix_events_type", "events", "type"),
    ("ix_narratives_narrative", "narratives", "narrative"),
    ("ix_documents_source", "documents", "source"),
)

_SQLITE_SETUP = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "doc_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(doc_id, title, body) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE doc_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
    "DELETE FROM documents_fts WHERE doc_id = old.id; "
    "INSERT INTO documents_fts(doc_id, title, body) VALUES (new.id, coalesce(new.title, ''), new.text); END",
)


@dataclass
class Hit:
    """One matching document, with a snippet whose matched words sit between MARK_START and MARK_END."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    source_type: str | None
    snippet: str


def ensure_search(engine: Engine) -> None:
    """Creates the search structures and read indexes if they are missing, and indexes unindexed documents."""
    with engine.begin() as conn:
        for name, table, columns in _READ_INDEXES:
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})"))
        if engine.dialect.name == "sqlite":
            for statement in _SQLITE_SETUP:
                conn.execute(text(statement))
            conn.execute(text(
                "INSERT INTO documents_fts(doc_id, title, body) SELECT d.id, coalesce(d.title, ''), d.text "
                "FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts f WHERE f.doc_id = d.id)"))
        elif engine.dialect.name == "postgresql":
            conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_fulltext ON documents"
                              f" USING gin ({_PG_VECTOR})"))


def _terms(query: str) -> list[str]:
    """The phrases (in double quotes) and single words of a user's query, in order."""
    found = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', query):
        words = re.findall(r"\w+", phrase or word)
        if words:
            found.append(" ".join(words))
    return found


def _fts5_query(terms: list[str]) -> str:
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def search(engine: Engine, query: str, limit: int = 20, offset: int = 0) -> tuple[int, list[Hit]]:
    """Documents matching every word and quoted phrase of ``query``, best first; returns (total, page)."""
    terms = _terms(query)
    if not terms:
        return 0, []
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            match = _fts5_query(terms)
            total = conn.execute(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"),
                                 {"q": match}).scalar_one()
            rows = conn.execute(text(
                "SELECT d.id, d.title, d.published, d.source, d.source_type, "
                "snippet(documents_fts, -1, :a, :b, '…', 24) AS snippet "
                "FROM documents_fts JOIN documents d ON d.id = documents_fts.doc_id "
                "WHERE documents_fts MATCH :q ORDER BY bm25(documents_fts), d.published DESC, d.id "
                "LIMIT :limit OFFSET :offset"),
                {"q": match, "a": MARK_START, "b": MARK_END, "limit": limit, "offset": offset}).mappings().all()
        else:
            tsquery = " & ".join("(" + " <-> ".join(term.split()) + ")" for term in terms)
            params = {"q": tsquery, "opts": f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=15",
                      "limit": limit, "offset": offset}
            where = f"{_PG_VECTOR} @@ to_tsquery('english', :q)"
            total = conn.execute(text(f"SELECT count(*) FROM documents WHERE {where}"), params).scalar_one()
            rows = conn.execute(text(
                "SELECT id, title, published, source, source_type, "
                "ts_headline('english', text, to_tsquery('english', :q), :opts) AS snippet "
                f"FROM documents WHERE {where} "
                f"ORDER BY ts_rank({_PG_VECTOR}, to_tsquery('english', :q)) DESC, published DESC, id "
                "LIMIT :limit OFFSET :offset"), params).mappings().all()
    return total, [Hit(**dict(row)) for row in rows]
