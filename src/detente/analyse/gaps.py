"""The party-gap matrix: each party's latest stance and point per issue, and how far apart the parties are.

The distance between two parties on an issue is the gap between their points' values (0–100 on the issue's
scale); its trend compares the first and the last distance seen in the date range.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from .data import Row


@dataclass
class Cell:
    party: str
    issue: str
    stance: str
    date: str
    document_id: str
    point: str | None
    value: float | None
    evidence: str


@dataclass
class Gap:
    issue: str
    parties: tuple[str, str]
    distance: float
    first: float
    trend: str  # narrowing | widening | steady
    series: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class Matrix:
    parties: list[str]
    issues: list[str]
    cells: dict[tuple[str, str], Cell]
    gaps: list[Gap]


def matrix(rows: list[Row], parties: list[str] | None = None, issues: list[str] | None = None) -> Matrix:
    """The matrix over ``rows`` (already limited to the date range), oldest first."""
    parties = parties or sorted({r.holder for r in rows})
    wanted = set(parties)
    cells: dict[tuple[str, str], Cell] = {}
    valued: dict[tuple[str, str], float] = {}
    series: dict[tuple[str, str, str], list[tuple[str, float]]] = {}
    for r in sorted(rows, key=lambda r: (r.date, r.id)):
        if r.holder not in wanted or (issues and r.issue not in issues):
            continue
        old = cells.get((r.holder, r.issue))
        cells[(r.holder, r.issue)] = Cell(r.holder, r.issue, r.stance, r.date, r.document_id,
                                          r.point if r.point else (old.point if old else None),
                                          r.value if r.value is not None else (old.value if old else None),
                                          r.evidence)
        if r.value is None:
            continue
        valued[(r.holder, r.issue)] = r.value
        for other in parties:
            if other != r.holder and (other, r.issue) in valued:
                a, b = sorted((r.holder, other))
                series.setdefault((r.issue, a, b), []).append((r.date, abs(r.value - valued[(other, r.issue)])))
    gaps = []
    for (issue, a, b), points in sorted(series.items()):
        first, last = points[0][1], points[-1][1]
        trend = "narrowing" if last < first else "widening" if last > first else "steady"
        gaps.append(Gap(issue, (a, b), last, first, trend, points))
    used = sorted({i for _, i in cells}, key=lambda i: (issues or []).index(i) if issues and i in issues else 0)
    return Matrix(parties, used, cells, gaps)


def pairs(parties: list[str]) -> list[tuple[str, str]]:
    return [tuple(sorted(p)) for p in combinations(parties, 2)]  # type: ignore[misc]
