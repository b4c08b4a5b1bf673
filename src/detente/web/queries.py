"""The web app's read layer: paged, filtered lists of what the store holds, and one document with its evidence.

Pages and the JSON API call the same functions, so every list a page shows is also in the API. Analyses over
time come from :mod:`detente.store.views`; when ``detente.analyse`` lands, only those views change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.sql import Select, visitors
from sqlalchemy.sql.expression import ColumnClause

from ..store import Store
from ..store import schema as t
from ..store.views import Window

KINDS = ("actors", "events", "positions", "narratives", "meetings")
TABLES = {"actors": t.actors, "events": t.events, "positions": t.positions, "narratives": t.narratives,
          "meetings": t.meetings}


@dataclass
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict]


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _page(store: Store, query: Select, limit: int, offset: int, key=None) -> Page:
    """One page of ``query``. With ``key`` (the table's id column), the page's ids are found first on the
    narrow, indexed columns and only those rows are read in full: deep pages stay fast."""
    narrow = _narrow(query, key)
    with store.engine.connect() as conn:
        counted = select(func.count()).select_from(key.table).where(query.whereclause) if narrow is not None \
            else select(func.count()).select_from(query.order_by(None).subquery())
        total = conn.execute(counted).scalar_one()
        if key is not None:
            ids_query = narrow if narrow is not None else query.with_only_columns(key)
            ids = list(conn.execute(ids_query.limit(limit).offset(offset)).scalars())
            rows = [dict(r) for r in conn.execute(query.where(key.in_(ids))).mappings()] if ids else []
        else:
            rows = [dict(r) for r in conn.execute(query.limit(limit).offset(offset)).mappings()]
    for row in rows:
        if "data" in row:
            row["data"] = _json(row["data"])
        if "warnings" in row:
            row["warnings"] = _json(row["warnings"]) or []
    return Page(total, limit, offset, rows)


def _narrow(query: Select, key) -> Select | None:
    """The page's ids from the key's own table alone, when its filters and order need no other table."""
    if key is None or query.whereclause is None:
        return None
    clauses = [query.whereclause, *query._order_by_clauses]
    if any(e.table is not key.table for clause in clauses for e in visitors.iterate(clause)
           if isinstance(e, ColumnClause)):
        return None
    return select(key).where(query.whereclause).order_by(*query._order_by_clauses)


def documents(store: Store, limit: int = 50, offset: int = 0, source: str | None = None,
              source_type: str | None = None, language: str | None = None, window: Window = Window()) -> Page:
    """Documents, newest first, without their text."""
    d = t.documents
    query = (select(d.c.id, d.c.title, d.c.published, d.c.source, d.c.source_type, d.c.url, d.c.language,
                    d.c.warnings)
             .where(window.clause(d.c.published)).order_by(d.c.published.desc(), d.c.id))
    if source:
        query = query.where(d.c.source == source)
    if source_type:
        query = query.where(d.c.source_type == source_type)
    if language:
        query = query.where(d.c.language == language)
    return _page(store, query, limit, offset)


def _extractions(kind: str, window: Window, document: str | None) -> Select:
    table, d = TABLES[kind], t.documents
    when = (func.substr(func.coalesce(table.c.date, d.c.published), 1, 10) if "date" in table.c
            else func.substr(d.c.published, 1, 10)).label("when")
    columns = [c for c in table.c if c.name != "run_id"]
    # Extractors date every event and position (the publication date when the text gives none), so ordering
    # by the table's own indexed date gives the same order as ``when`` without sorting a computed value.
    order = table.c.date if "date" in table.c else d.c.published
    query = (select(*columns, when, d.c.title, d.c.source.label("outlet"), d.c.source_type)
             .join(d, d.c.id == table.c.document_id)
             .where(window.clause(d.c.published))
             .order_by(order.desc(), table.c.id.desc()))
    if document:
        query = query.where(table.c.document_id == document)
    return query


def actors(store: Store, limit: int = 50, offset: int = 0, code: str | None = None, sector: str | None = None,
           kind: str | None = None, name: str | None = None, document: str | None = None,
           window: Window = Window()) -> Page:
    """Actor mentions, newest document first."""
    a = t.actors
    query = _extractions("actors", window, document)
    for column, value in (("code", code), ("sector", sector), ("kind", kind)):
        if value:
            query = query.where(a.c[column] == value)
    if name:
        query = query.where(a.c.name == name)
    return _page(store, query, limit, offset, key=a.c.id)


def events(store: Store, limit: int = 50, offset: int = 0, type: str | None = None, source: str | None = None,
           target: str | None = None, party: str | None = None, document: str | None = None,
           window: Window = Window()) -> Page:
    """Coded events, newest first; ``party`` matches either side."""
    e = t.events
    query = _extractions("events", window, document)
    if type:
        query = query.where(e.c.type == type.upper())
    if source:
        query = query.where(e.c.source_code == source)
    if target:
        query = query.where(e.c.target_code == target)
    if party:
        query = query.where((e.c.source_code == party) | (e.c.target_code == party))
    return _page(store, query, limit, offset, key=e.c.id)


def positions(store: Store, limit: int = 50, offset: int = 0, issue: str | None = None, holder: str | None = None,
              stance: str | None = None, document: str | None = None, window: Window = Window()) -> Page:
    """Positions, newest first."""
    p = t.positions
    query = _extractions("positions", window, document)
    for column, value in (("issue", issue), ("holder_code", holder), ("stance", stance)):
        if value:
            query = query.where(p.c[column] == value)
    return _page(store, query, limit, offset, key=p.c.id)


def narratives(store: Store, limit: int = 50, offset: int = 0, narrative: str | None = None,
               voice: str | None = None, outlet: str | None = None, document: str | None = None,
               window: Window = Window()) -> Page:
    """Narratives found in documents, newest first."""
    n = t.narratives
    query = _extractions("narratives", window, document)
    if narrative:
        query = query.where((n.c.narrative == narrative) | (n.c.parent == narrative))
    if voice:
        query = query.where(n.c.voice == voice)
    if outlet:
        query = query.where(t.documents.c.source == outlet)
    return _page(store, query, limit, offset, key=n.c.id)


def meetings(store: Store, limit: int = 50, offset: int = 0, location: str | None = None,
             document: str | None = None, window: Window = Window()) -> Page:
    """Talks and meetings, newest first."""
    query = _extractions("meetings", window, document)
    if location:
        query = query.where(t.meetings.c.location == location)
    return _page(store, query, limit, offset)


def parties(store: Store) -> list[dict]:
    """Every actor code with its mentions, positions and events, most mentioned first."""
    a, p, e = t.actors, t.positions, t.events
    with store.engine.connect() as conn:
        mentions = dict(conn.execute(select(a.c.code, func.count()).where(a.c.code.is_not(None))
                                     .group_by(a.c.code)).all())
        held = dict(conn.execute(select(p.c.holder_code, func.count()).where(p.c.holder_code.is_not(None))
                                 .group_by(p.c.holder_code)).all())
        acted = dict(conn.execute(select(e.c.source_code, func.count()).where(e.c.source_code.is_not(None))
                                  .group_by(e.c.source_code)).all())
    codes = set(mentions) | set(held) | set(acted)
    rows = [{"code": c, "mentions": mentions.get(c, 0), "positions": held.get(c, 0), "events": acted.get(c, 0)}
            for c in codes]
    return sorted(rows, key=lambda r: (-r["mentions"], r["code"]))


def issues(store: Store) -> list[dict]:
    """Every issue with positions, with how many positions and parties."""
    p = t.positions
    query = (select(p.c.issue, func.count().label("positions"),
                    func.count(func.distinct(p.c.holder_code)).label("parties"))
             .group_by(p.c.issue).order_by(p.c.issue))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def outlets(store: Store) -> list[dict]:
    d = t.documents
    query = (select(d.c.source, d.c.source_type, func.count().label("documents"))
             .group_by(d.c.source, d.c.source_type).order_by(d.c.source))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def document(store: Store, doc_id: str) -> dict | None:
    """One document: metadata, text, sentences and every extraction with its evidence offsets."""
    d = t.documents
    with store.engine.connect() as conn:
        row = conn.execute(select(d).where(d.c.id == doc_id)).mappings().first()
        if row is None:
            return None
        doc = {k: row[k] for k in ("id", "title", "text", "published", "url", "source", "source_type", "language")}
        doc["warnings"] = _json(row["warnings"]) or []
        doc["sentences"] = [dict(r) for r in conn.execute(
            select(t.sentences.c.i, t.sentences.c.start, t.sentences.c.end)
            .where(t.sentences.c.document_id == doc_id).order_by(t.sentences.c.i)).mappings()]
        for kind, table in TABLES.items():
            found = conn.execute(select(table).where(table.c.document_id == doc_id)
                                 .order_by(table.c.start, table.c.id)).mappings()
            doc[kind] = [{**{k: v for k, v in r.items() if k != "run_id"}, "data": _json(r["data"])} for r in found]
    return doc


def counts(store: Store) -> dict[str, int]:
    return {k: v for k, v in store.counts().items() if k != "runs"}


def people(store: Store, code: str, limit: int = 15) -> list[dict]:
    """The people of one party most often named, with their mentions and documents."""
    a = t.actors
    query = (select(a.c.actor_id, a.c.name, a.c.sector, a.c.role, func.count().label("mentions"),
                    func.count(func.distinct(a.c.document_id)).label("documents"))
             .where(a.c.code == code, a.c.kind == "person", a.c.name.is_not(None))
             .group_by(a.c.actor_id, a.c.name, a.c.sector, a.c.role)
             .order_by(func.count(func.distinct(a.c.document_id)).desc(), a.c.name).limit(limit))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]
