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
    values: dict[tuple[str, str | None], float | None] = {}
    with store.engine.connect() as conn:
        for pid, doc, holder, holder_id, iss, stance, statement, day_, point, evidence, year in conn.execute(query):
            said = (statement or "").split(":", 1)[-1]  # without the "stance issue label:" prefix
            if not point:
                key = (iss, stance, f"{said} {evidence or ''}")
                if key not in cache:
                    cache[key] = point_of(iss, stance, key[2], pack)
                point = cache[key]
            if (iss, point) not in values:
                values[(iss, point)] = point_value(iss, point, pack)
            rows.append(Row(pid, doc, holder, holder_id, iss, stance, said, evidence or "", str(day_)[:10], point,
                            values[(iss, point)], int(year) if year and str(year).isdigit() else None))
    return rows
