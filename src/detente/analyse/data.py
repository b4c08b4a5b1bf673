"""Reading stored positions for the analyses over time, with the columns they need and nothing more."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..extract.scale import point_of, point_value
from ..ontology.schema import Pack
from ..store import Store
from ..store import schema as t

POSITIVE = {"demand", "propose", "support", "accept", "condition"}


@dataclass(slots=True)
class Row:
    """One stored position, as the history and the matrix see it."""

    id: int
    document_id: str
    holder: str
    holder_id: str | None
    issue: str
    stance: str
    statement: str
    evidence: str
    date: str
    point: str | None
    value: float | None
    repeat_year: int | None

    @property
    def positive(self) -> bool:
        return self.stance in POSITIVE


def load_positions(store: Store, pack: Pack, *, party: str | None = None, issue: str | None = None,
                   since: str | None = None, until: str | None = None) -> list[Row]:
    """Positions with a holder party and a date, oldest first; a missing point is read from the text."""
    p, d = t.positions, t.documents
    day = func.coalesce(p.c.date, d.c.published)
    query = (select(p.c.id, p.c.document_id, p.c.holder_code, p.c.holder_id, p.c.issue, p.c.stance, p.c.statement,
                    day.label("day"), p.c.data[("point",)].as_string().label("point"),
                    p.c.data[("evidence",)].as_string().label("evidence"),
                    p.c.data[("repeat_of", "year")].as_string().label("repeat_year"))
             .join(d, d.c.id == p.c.document_id)
             .where(p.c.holder_code.is_not(None), day.is_not(None))
             .order_by(day, p.c.id))
    if party:
        query = query.where(p.c.holder_code == party)
    if issue:
        query = query.where(p.c.issue == issue)
    if since:
        query = query.where(day >= since)
    if until:
        query = query.where(day <= until + "\uffff")
    rows: list[Row] = []
    cache: dict[tuple[str, str, str], str | None] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(query):
            said = (r.statement or "").split(":", 1)[-1]  # without the "stance issue label:" prefix
            text = f"{said} {r.evidence or ''}"
            point = r.point
            if not point:
                key = (r.issue, r.stance, text)
                if key not in cache:
                    cache[key] = point_of(r.issue, r.stance, text, pack)
                point = cache[key]
            year = int(r.repeat_year) if r.repeat_year and str(r.repeat_year).isdigit() else None
            rows.append(Row(r.id, r.document_id, r.holder_code, r.holder_id, r.issue, r.stance, said,
                            r.evidence or "", str(r.day)[:10], point, point_value(r.issue, point, pack), year))
    return rows


