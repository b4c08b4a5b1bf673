"""Keeping the stored position links up to date, and reading them back."""

from __future__ import annotations

from sqlalchemy import delete, insert, select

from ..ontology.schema import Pack
from ..store import Store
from ..store import analysis_schema as a
from ..store import schema as t
from .data import Row, load_positions
from .history import Link, link_positions

CHUNK = 5000


def stale_groups(store: Store) -> set[tuple[str, str]]:
    """(party, issue) groups with a position that has no link, or whose earlier position was deleted."""
    p, ln = t.positions, a.position_links
    unlinked = (select(p.c.holder_code, p.c.issue).outerjoin(ln, ln.c.position_id == p.c.id)
                .where(ln.c.position_id.is_(None), p.c.holder_code.is_not(None)).distinct())
    orphaned = (select(ln.c.holder_code, ln.c.issue)
                .where(ln.c.kind != "new", ln.c.earlier_id.is_(None)).distinct())
    with store.engine.connect() as conn:
        return {(r[0], r[1]) for r in conn.execute(unlinked)} | {(r[0], r[1]) for r in conn.execute(orphaned)}


def relink(store: Store, pack: Pack, everything: bool = False) -> list[Link]:
    """Recomputes the links of every stale group (or all groups) and stores them; returns the new links."""
    groups = None if everything else stale_groups(store)
    if groups is not None and not groups:
        return []
    links = link_positions(load_positions(store, pack))
    if groups is not None:
        links = [ln for ln in links if (ln.holder_code, ln.issue) in groups]
    save_links(store, links, replace_all=groups is None)
    return links


def save_links(store: Store, links: list[Link], replace_all: bool = False) -> None:
    """Stores ``links`` in place of the stored links of their positions (with ``replace_all``, of every one)."""
    ids = [ln.position_id for ln in links]
    with store.engine.begin() as conn:
        if replace_all:
            conn.execute(delete(a.position_links))
        else:
            for n in range(0, len(ids), CHUNK):
                conn.execute(delete(a.position_links).where(a.position_links.c.position_id.in_(ids[n:n + CHUNK])))
        records = [_record(ln) for ln in links]
        for n in range(0, len(records), CHUNK):
            conn.execute(insert(a.position_links), records[n:n + CHUNK])


def _record(link: Link) -> dict:
    return dict(position_id=link.position_id, kind=link.kind, direction=link.direction, earlier_id=link.earlier_id,
                earlier_document=link.earlier_document, earlier_date=link.earlier_date,
                holder_code=link.holder_code, issue=link.issue, date=link.date, point=link.point,
                score=link.score, reason=link.reason, features=link.features)


def stored_links(store: Store, ids: list[int] | None = None) -> dict[int, Link]:
    """The stored links, by position id."""
    ln = a.position_links
    query = select(ln)
    out: dict[int, Link] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(query).mappings():
            if ids is not None and r["position_id"] not in ids:
                continue
            out[r["position_id"]] = Link(
                position_id=r["position_id"], kind=r["kind"], holder_code=r["holder_code"], issue=r["issue"],
                date=r["date"], point=r["point"], score=r["score"], reason=r["reason"] or "",
                direction=r["direction"], earlier_id=r["earlier_id"], earlier_document=r["earlier_document"],
                earlier_date=r["earlier_date"], features=r["features"] or {})
    return out


def origin(link: Link, links: dict[int, Link]) -> Link:
    """The first link of a chain of repeats (the position a party first stated this in)."""
    seen = set()
    while link.kind == "repeat" and link.earlier_id in links and link.earlier_id not in seen:
        seen.add(link.earlier_id)
        earlier = links[link.earlier_id]  # type: ignore[index]
        if earlier.kind != "repeat":
            return earlier
        link = earlier
    return link


__all__ = ["Row", "relink", "save_links", "stored_links", "origin", "stale_groups"]
