"""Read-side queries over the store, shared by the briefing, the CLI and later the web app."""

from __future__ import annotations

from sqlalchemy import func, select

from . import schema as t
from .db import Store


def actor_mentions(store: Store, kinds: tuple[str, ...] = ("person",)) -> list[dict]:
    """Per resolved actor: mentions, documents, first and last date, and the documents naming it."""
    a, d = t.actors, t.documents
    query = (select(a.c.actor_id, a.c.name, a.c.code, a.c.sector, a.c.kind, a.c.document_id, d.c.published,
                    a.c.sentence, a.c.start, a.c.end)
             .join(d, d.c.id == a.c.document_id)
             .where(a.c.kind.in_(kinds), a.c.name.is_not(None))
             .order_by(d.c.published, d.c.id, a.c.start))
    found: dict[tuple, dict] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            key = (row["actor_id"] or row["name"], row["code"])
            entry = found.setdefault(key, {"id": row["actor_id"], "name": row["name"], "code": row["code"],
                                           "sector": row["sector"], "kind": row["kind"], "mentions": 0,
                                           "documents": [], "first": row["published"], "last": row["published"]})
            entry["mentions"] += 1
            if row["document_id"] not in entry["documents"]:
                entry["documents"].append(row["document_id"])
            entry["last"] = row["published"]
    return sorted(found.values(), key=lambda e: (-len(e["documents"]), -e["mentions"], e["name"]))


def party_mentions_by_year(store: Store, codes: list[str]) -> dict[str, dict[str, int]]:
    """Mentions of each party code per publication year."""
    a, d = t.actors, t.documents
    year = func.substr(d.c.published, 1, 4)
    query = (select(a.c.code, year.label("year"), func.count())
             .join(d, d.c.id == a.c.document_id)
             .where(a.c.code.in_(codes), d.c.published.is_not(None))
             .group_by(a.c.code, year))
    table: dict[str, dict[str, int]] = {c: {} for c in codes}
    with store.engine.connect() as conn:
        for code, yr, count in conn.execute(query):
            table[code][yr] = count
    return table


def documents_overview(store: Store) -> list[dict]:
    d = t.documents
    counts = (select(t.actors.c.document_id, func.count().label("n")).group_by(t.actors.c.document_id)
              .subquery())
    query = (select(d.c.id, d.c.title, d.c.published, d.c.source, d.c.source_type, d.c.url, d.c.language,
                    d.c.warnings, d.c.analysis_run, func.coalesce(counts.c.n, 0).label("actors"))
             .outerjoin(counts, counts.c.document_id == d.c.id)
             .order_by(d.c.published, d.c.id))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]
