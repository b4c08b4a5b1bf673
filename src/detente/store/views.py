"""Read-side views over extractions, shared by the briefing, the charts and the web app.

These are computed directly from the per-document tables. The over-time analysis (``detente.analyse``: position
links new/repeat/shift, the party-gap matrix, alerts, meeting comparisons) will supersede the functions marked
"seam" below; they keep their names and return shapes so that pages, API and briefing need not change.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.sql import ColumnElement, Select

from . import schema as t
from .db import Store

FAVOUR = frozenset({"demand", "propose", "support", "accept"})
AGAINST = frozenset({"oppose", "reject"})
ASSESSING_SOURCES = frozenset({"analyst", "op-ed", "opinion", "think_tank"})
RELATIONS = {"CONSULT": "met", "REQUEST": "demanded of", "REJECT": "rejected"}
NOTABLE_EVENTS = ("AGREE", "REJECT", "THREATEN", "CONCEDE", "SANCTION", "RETREAT", "COERCE")
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our"})  # no name


@dataclass(frozen=True)
class Window:
    """A period of publication dates (ISO prefixes compared as text); None means open."""

    since: str | None = None
    until: str | None = None

    def clause(self, published: ColumnElement) -> ColumnElement:
        day = func.substr(published, 1, 10)
        parts = []
        if self.since:
            parts.append(day >= self.since[:10])
        if self.until:
            parts.append(day <= self.until[:10])
        return and_(literal(True), *parts)


ALL = Window()


def _data(value) -> dict:
    return json.loads(value) if isinstance(value, str) else (value or {})


def voice(source_type: str | None, reported_by: dict | None) -> str:
    """``said`` for an actor's own words, ``assessed`` for what a reporter, analyst or outlet says about them."""
    return "assessed" if reported_by or (source_type or "") in ASSESSING_SOURCES else "said"


def _position_select(window: Window) -> Select:
    p, d = t.positions, t.documents
    when = func.substr(func.coalesce(p.c.date, d.c.published), 1, 10).label("when")
    return (select(p.c.id, p.c.document_id, p.c.sentence, p.c.start, p.c.end, p.c.holder_code, p.c.holder_id,
                   p.c.issue, p.c.stance, p.c.statement, when, d.c.title, d.c.source, d.c.source_type,
                   d.c.published, d.c.url)
            .join(d, d.c.id == p.c.document_id)
            .where(window.clause(d.c.published), p.c.holder_code.is_not(None)))


def _with_data(store: Store, rows: list[dict]) -> list[dict]:
    """Adds the contract fields the key columns lack (evidence, holder name, reported_by, repeat_of, point,
    condition, inferred)."""
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    with store.engine.connect() as conn:
        found = dict(conn.execute(select(t.positions.c.id, t.positions.c.data).where(t.positions.c.id.in_(ids))).all())
    for row in rows:
        data = _data(found.get(row["id"]))
        holder = data.get("holder") or {}
        text = holder.get("text")
        row["holder_name"] = holder.get("name") or (text if text and text.lower() not in PRONOUNS else None) \
            or row["holder_code"]
        row["evidence"] = data.get("evidence")
        row["reported_by"] = data.get("reported_by")
        row["repeat_of"] = data.get("repeat_of")
        row["point"] = data.get("point")
        row["condition"] = data.get("condition")
        row["inferred"] = bool(data.get("inferred"))
        row["voice"] = voice(row["source_type"], row["reported_by"])
    return rows


def latest_positions(store: Store, window: Window = ALL, issue: str | None = None,
                     holder: str | None = None) -> dict[tuple[str, str], dict]:
    """Seam: each party's latest position on each issue, keyed by (issue, party code)."""
    inner = _position_select(window)
    if issue:
        inner = inner.where(t.positions.c.issue == issue)
    if holder:
        inner = inner.where(t.positions.c.holder_code == holder)
    inner = inner.subquery()
    rank = func.row_number().over(partition_by=(inner.c.holder_code, inner.c.issue),
                                  order_by=(inner.c.when.desc(), inner.c.id.desc())).label("rank")
    ranked = select(inner, rank).subquery()
    query = select(*[c for c in ranked.c if c.name != "rank"]).where(ranked.c.rank == 1)
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    return {(r["issue"], r["holder_code"]): r for r in _with_data(store, rows)}


def latest_changes(store: Store, window: Window = ALL, limit: int = 20, kinds: tuple[str, ...] = ("new", "shift"),
                   issue: str | None = None, holder: str | None = None, offset: int = 0) -> tuple[int, list[dict]]:
    """Seam: positions labelled against the same party's previous stance on the issue, newest first.

    ``link`` is ``new`` (the party's first position on the issue in the store), ``shift`` (the stance differs
    from its previous one) or ``repeat`` (the same stance again). Returns (total, page).
    """
    inner = _position_select(ALL).subquery()
    order = (inner.c.when, inner.c.id)
    prev = func.lag(inner.c.stance).over(partition_by=(inner.c.holder_code, inner.c.issue), order_by=order)
    prev_doc = func.lag(inner.c.document_id).over(partition_by=(inner.c.holder_code, inner.c.issue), order_by=order)
    kind = select(inner, prev.label("previous"), prev_doc.label("previous_document")).subquery()
    label = case((kind.c.previous.is_(None), "new"), (kind.c.previous == kind.c.stance, "repeat"),
                 else_="shift").label("link")
    query = select(kind, label).where(window.clause(kind.c.published), label.in_(kinds))
    if issue:
        query = query.where(kind.c.issue == issue)
    if holder:
        query = query.where(kind.c.holder_code == holder)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
        rows = [dict(r) for r in conn.execute(
            query.order_by(kind.c.when.desc(), kind.c.id.desc()).limit(limit).offset(offset)).mappings()]
    return total, _with_data(store, rows)


def repeated_demands(store: Store, window: Window = ALL, limit: int = 10) -> list[dict]:
    """Positions whose text says they repeat an earlier demand (the contract's ``repeat_of``), newest first."""
    p, d = t.positions, t.documents
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(_position_select(window).order_by(
            func.coalesce(p.c.date, d.c.published).desc(), p.c.id.desc())).mappings()]
    hits = [r for r in _with_data(store, rows) if r["repeat_of"]]
    return hits[:limit]


def positions_timeline(store: Store, issue: str, window: Window = ALL) -> list[dict]:
    """Every position on ``issue``, oldest first, for the per-issue stance timeline."""
    p, d = t.positions, t.documents
    query = _position_select(window).where(p.c.issue == issue).order_by(
        func.coalesce(p.c.date, d.c.published), p.c.id)
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    return _with_data(store, rows)


def stance_score(row: dict) -> float:
    """+1 in favour of the stated position, -1 against it, 0 for a conditional stance."""
    if row["stance"] in FAVOUR:
        return 1.0
    if row["stance"] in AGAINST:
        return -1.0
    return 0.0


def party_gap_matrix(store: Store, parties: Sequence[str], window: Window = ALL,
                     latest: dict[tuple[str, str], dict] | None = None) -> dict[str, dict[str, float]]:
    """Seam: per issue and pair of parties, how far apart their latest positions are (0 close, 1 far).

    Both positions on the same statement compare their stances (+1/0/-1); different statements count as a
    full gap when one party is for and the other against. Replaced by ``analyse``'s scale-based gaps later.
    """
    latest = latest if latest is not None else latest_positions(store, window)
    issues = sorted({issue for issue, _ in latest})
    matrix: dict[str, dict[str, float]] = {}
    for issue in issues:
        row = {}
        for a, b in combinations(parties, 2):
            pa, pb = latest.get((issue, a)), latest.get((issue, b))
            if pa and pb:
                row[f"{a}–{b}"] = round(abs(stance_score(pa) - stance_score(pb)) / 2, 2)
        if row:
            matrix[issue] = row
    return matrix


def actor_network(store: Store, window: Window = ALL, min_count: int = 1) -> list[dict]:
    """Edges between actor codes: who met, made demands of, or rejected whom, with counts and an example."""
    e, d = t.events, t.documents
    query = (select(e.c.source_code, e.c.target_code, e.c.type, func.count().label("n"),
                    func.max(e.c.document_id).label("example"))
             .join(d, d.c.id == e.c.document_id)
             .where(window.clause(d.c.published), e.c.type.in_(RELATIONS), e.c.negated.is_not(True),
                    e.c.source_code.is_not(None), e.c.target_code.is_not(None), e.c.source_code != e.c.target_code)
             .group_by(e.c.source_code, e.c.target_code, e.c.type))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    edges = [{"source": s, "target": tgt, "relation": RELATIONS[kind], "count": n, "example": ex}
             for s, tgt, kind, n, ex in rows if n >= min_count]
    return sorted(edges, key=lambda x: (-x["count"], x["source"], x["target"], x["relation"]))


def narrative_prevalence(store: Store, window: Window = ALL) -> dict[str, dict[str, dict[str, int]]]:
    """Narrative evidence per outlet, per year and narrative: {outlet: {year: {narrative: documents}}}."""
    n, d = t.narratives, t.documents
    year = func.substr(d.c.published, 1, 4)
    query = (select(func.coalesce(d.c.source, "unknown"), year, n.c.narrative,
                    func.count(func.distinct(n.c.document_id)))
             .join(d, d.c.id == n.c.document_id)
             .where(window.clause(d.c.published), d.c.published.is_not(None))
             .group_by(func.coalesce(d.c.source, "unknown"), year, n.c.narrative))
    table: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    with store.engine.connect() as conn:
        for outlet, yr, narrative, count in conn.execute(query):
            table[outlet][yr][narrative] = count
    return {o: {y: dict(sorted(v.items())) for y, v in sorted(years.items())} for o, years in sorted(table.items())}


def notable_events(store: Store, window: Window = ALL, parties: list[str] | None = None,
                   limit: int = 10) -> list[dict]:
    """Asserted, non-negated events of weighty types between two known parties, newest first."""
    e, d = t.events, t.documents
    when = func.substr(func.coalesce(e.c.date, d.c.published), 1, 10).label("when")
    query = (select(e.c.id, e.c.document_id, e.c.sentence, e.c.type, e.c.cameo, e.c.source_code, e.c.target_code,
                    e.c.modality, when, e.c.data, d.c.title, d.c.source, d.c.source_type, d.c.published, d.c.url)
             .join(d, d.c.id == e.c.document_id)
             .where(window.clause(d.c.published), e.c.type.in_(NOTABLE_EVENTS), e.c.negated.is_not(True),
                    e.c.modality == "asserted", e.c.source_code.is_not(None), e.c.target_code.is_not(None),
                    e.c.source_code != e.c.target_code)
             .order_by(when.desc(), e.c.id.desc()).limit(limit))
    if parties:
        query = query.where(or_(e.c.source_code.in_(parties), e.c.target_code.in_(parties)))
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        data = _data(row.pop("data"))
        row["evidence"] = data.get("evidence")
        row["source_name"] = (data.get("source") or {}).get("name") or row["source_code"]
        row["target_name"] = (data.get("target") or {}).get("name") or row["target_code"]
        row["reported_by"] = data.get("reported_by")
        row["voice"] = voice(row["source_type"], row["reported_by"])
    return rows


def delegation_changes(store: Store, window: Window = ALL) -> list[dict]:
    """Seam: meetings where a party's delegation head or level differs from its previous delegation."""
    m, d = t.meetings, t.documents
    query = (select(m.c.id, m.c.document_id, m.c.sentence, m.c.location, m.c.date, m.c.data, d.c.published,
                    d.c.title, d.c.source, d.c.source_type, d.c.url)
             .join(d, d.c.id == m.c.document_id)
             .order_by(func.coalesce(m.c.date, d.c.published), m.c.id))
    last: dict[str, tuple[str | None, str | None]] = {}
    changes = []
    inside = window.clause
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
        keep = {r for (r,) in conn.execute(select(m.c.id).join(d, d.c.id == m.c.document_id).where(
            inside(d.c.published)))}
    for row in rows:
        for delegation in _data(row["data"]).get("delegations") or []:
            head = (delegation.get("head") or {}).get("name")
            now = (head, delegation.get("level"))
            before = last.get(delegation["party"])
            if before is not None and before != now and row["id"] in keep:
                changes.append({**{k: row[k] for k in row if k != "data"}, "party": delegation["party"],
                                "before": {"head": before[0], "level": before[1]},
                                "after": {"head": now[0], "level": now[1]}})
            last[delegation["party"]] = now
    return changes[::-1]


def stance_counts(store: Store, window: Window = ALL) -> dict[str, int]:
    """How many positions of each stance the window holds."""
    p, d = t.positions, t.documents
    query = (select(p.c.stance, func.count()).join(d, d.c.id == p.c.document_id)
             .where(window.clause(d.c.published)).group_by(p.c.stance))
    with store.engine.connect() as conn:
        return dict(sorted(conn.execute(query).all()))


def alerts(store: Store, window: Window = ALL, limit: int = 10) -> list[dict]:
    """Seam: items an analyst should see first; for now the latest shifts of stance and delegation changes."""
    _, shifts = latest_changes(store, window, limit=limit, kinds=("shift",))
    found = [{"kind": "shift", **row} for row in shifts]
    found += [{"kind": "delegation", **row} for row in delegation_changes(store, window)[:limit]]
    return found[:limit]


def narrative_mentions(store: Store, window: Window = ALL) -> list[dict]:
    """Every stored narrative with its outlet, document, first evidence sentence and voice, oldest first."""
    n, d = t.narratives, t.documents
    query = (select(n.c.id, n.c.document_id, n.c.sentence, n.c.narrative, n.c.parent, n.c.voice, n.c.score,
                    n.c.data, func.coalesce(d.c.source, "unknown").label("outlet"), d.c.title, d.c.source,
                    d.c.source_type, d.c.published, d.c.url)
             .join(d, d.c.id == n.c.document_id)
             .where(window.clause(d.c.published))
             .order_by(d.c.published, n.c.document_id, n.c.id))
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        data = _data(row.pop("data"))
        evidence = data.get("evidence") or []
        row["evidence"] = evidence[0]["text"] if evidence else None
        row["attributed_to"] = data.get("attributed_to")
    return rows


def actor_mentions(store: Store, kinds: tuple[str, ...], window: Window = ALL) -> list[dict]:
    """Per resolved actor in the period: mentions, documents (oldest first), first and last date."""
    a, d = t.actors, t.documents
    query = (select(a.c.actor_id, a.c.name, a.c.code, a.c.sector, a.c.kind, a.c.document_id, d.c.published)
             .join(d, d.c.id == a.c.document_id)
             .where(a.c.kind.in_(kinds), a.c.name.is_not(None), window.clause(d.c.published))
             .order_by(d.c.published, d.c.id, a.c.start))
    found: dict[tuple, dict] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query).mappings():
            entry = found.setdefault((row["actor_id"] or row["name"], row["code"]), {
                "id": row["actor_id"], "name": row["name"], "code": row["code"], "sector": row["sector"],
                "kind": row["kind"], "mentions": 0, "documents": [], "first": row["published"], "last": None})
            entry["mentions"] += 1
            if row["document_id"] not in entry["documents"]:
                entry["documents"].append(row["document_id"])
            entry["last"] = row["published"]
    return sorted(found.values(), key=lambda e: (-len(e["documents"]), -e["mentions"], e["name"]))
