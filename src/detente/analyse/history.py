"""Position history: each position linked to the same party's earlier positions on the same issue.

A position is **new** (the party's first on the issue, or matching nothing said before), a **repeat** (the
same point restated; linked to the best-matching earlier position), a **shift** (another point on the issue's
scale: harder when it moves away from the middle of the scale on the party's side, softer when it moves
toward the other side) or a **reversal** (the stance turns from for to against, or back). Matching combines
holder, stance, scale point, hashed word overlap and an LSA embedding; each link keeps its score, the
features and a sentence saying why. Positions not restated for ``dropped_days`` are marked possibly dropped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from .data import Row
from .text import Embedder, lexical, words

WINDOW = 64  # earlier positions of the same group compared in full; older ones only through their point
WEIGHTS = {"point": 0.35, "stance": 0.2, "lexical": 0.2, "semantic": 0.2, "holder": 0.05}
REPEAT_SCORE = 0.6
REVERSAL_SIMILARITY = 0.3
YEAR_BONUS = 0.1


@dataclass
class Link:
    position_id: int
    kind: str
    holder_code: str
    issue: str
    date: str
    point: str | None
    score: float | None = None
    reason: str = ""
    direction: str | None = None
    earlier_id: int | None = None
    earlier_document: str | None = None
    earlier_date: str | None = None
    features: dict = field(default_factory=dict)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        try:
            return date(int(value[:4]), int(value[5:7] or 1) if len(value) >= 7 else 1, 1)
        except ValueError:
            return None


def _direction(before: float, after: float, high_side: bool) -> str:
    """Harder when the party moves toward its own end of the scale, softer when it gives ground."""
    return "harder" if (after > before) == high_side else "softer"


def party_sides(rows: list[Row]) -> dict[str, bool]:
    """Whether each party's scale points lie, on average over all issues, on the high (Russian) half."""
    sums: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r.value is not None:
            sums[r.holder].append(r.value)
    return {party: sum(v) / len(v) >= 50 for party, v in sums.items()}


def _features(rows: list[Row], i: int, js: np.ndarray, lex: np.ndarray, sem: np.ndarray) -> dict[str, np.ndarray]:
    p = rows[i]
    stance = np.array([1.0 if rows[j].stance == p.stance else 0.7 if rows[j].positive == p.positive else 0.0
                       for j in js])
    point = np.array([np.nan if (rows[j].point is None or p.point is None) else float(rows[j].point == p.point)
                      for j in js])
    holder = np.array([1.0 if rows[j].holder_id == p.holder_id else 0.5 for j in js])
    return {"stance": stance, "point": point, "holder": holder,
            "lexical": np.clip(lex[js] @ lex[i], 0, 1), "semantic": np.clip(sem[js] @ sem[i], 0, 1)}


def _scores(f: dict[str, np.ndarray]) -> np.ndarray:
    total = np.zeros(len(f["stance"]))
    weight = np.zeros(len(f["stance"]))
    for name, w in WEIGHTS.items():
        known = ~np.isnan(f[name])
        total += np.where(known, f[name] * w, 0)
        weight += np.where(known, w, 0)
    return total / np.where(weight == 0, 1, weight)


def _link_group(rows: list[Row], lex: np.ndarray, sem: np.ndarray, high: bool) -> list[Link]:
    links: list[Link] = []
    last_by_point: dict[str, int] = {}
    for i, p in enumerate(rows):
        link = Link(p.id, "new", p.holder, p.issue, p.date, p.point)
        lo = max(0, i - WINDOW)
        js = [j for j in range(lo, i) if rows[j].document_id != p.document_id and rows[j].date <= p.date]
        if p.point in last_by_point and last_by_point[p.point] < lo:
            js.insert(0, last_by_point[p.point])
        if not js:
            link.reason = f"first position of {p.holder} on {p.issue}"
            links.append(link)
            if p.point:
                last_by_point[p.point] = i
            continue
        ja = np.array(js)
        f = _features(rows, i, ja, lex, sem)
        score = _scores(f)
        if p.repeat_year:
            score = score + YEAR_BONUS * np.array([rows[j].date[:4] == str(p.repeat_year) for j in js])
        best = int(np.argmax(score + 1e-9 * np.arange(len(js))))  # ties: the latest
        b = rows[js[best]]
        last = rows[js[-1]] if rows[js[-1]].date >= rows[js[0]].date else rows[js[0]]
        text_sim = max(float(f["lexical"][best]), float(f["semantic"][best]))
        feats = {k: (None if np.isnan(v[best]) else round(float(v[best]), 3)) for k, v in f.items()}
        if p.positive != last.positive and (
                text_sim >= REVERSAL_SIMILARITY or (p.point and last.point and p.point != last.point)):
            j = js.index(next(j for j in reversed(js) if rows[j] is last))
            link.kind, b, best = "reversal", last, j
            link.reason = (f"{p.stance} after {last.stance} on {p.issue} ({last.date}, {last.document_id}); "
                           f"text similarity {text_sim:.2f}")
            if p.value is not None and last.value is not None and p.value != last.value:
                link.direction = _direction(last.value, p.value, high)
        elif score[best] >= REPEAT_SCORE and p.positive == b.positive and (
                p.point == b.point or (p.point is None and b.point is None)):
            link.kind = "repeat"
            why = f"same point {p.point}" if p.point else f"text similarity {text_sim:.2f}"
            link.reason = f"restates {b.date} ({b.document_id}): {why}, stance {b.stance}→{p.stance}"
        else:
            pointed = [j for j in reversed(js) if rows[j].point and rows[j].value is not None]
            if p.point and p.value is not None and pointed and rows[pointed[0]].point != p.point:
                j = pointed[0]
                b, best = rows[j], js.index(j)
                link.kind, link.direction = "shift", _direction(b.value, p.value, high)  # type: ignore[arg-type]
                link.reason = (f"{b.point} ({b.date}, {b.document_id}) → {p.point}: "
                               f"{link.direction} by {abs(p.value - b.value):.0f} on the {p.issue} scale")
            else:
                link.reason = f"matches no earlier position (best {b.date}, score {score[best]:.2f})"
                links.append(_with_features(link, feats, float(score[best])))
                if p.point:
                    last_by_point[p.point] = i
                continue
        link.earlier_id, link.earlier_document, link.earlier_date = b.id, b.document_id, b.date
        link.score = round(float(score[best]), 3)
        link.features = {k: (None if np.isnan(v[best]) else round(float(v[best]), 3)) for k, v in f.items()}
        links.append(link)
        if p.point:
            last_by_point[p.point] = i
    return links


def _with_features(link: Link, feats: dict, score: float) -> Link:
    link.features, link.score = feats, round(score, 3)
    return link


def link_positions(rows: list[Row], embedder: Embedder | None = None) -> list[Link]:
    """Links for every position in ``rows`` (any order), grouped by holder party and issue."""
    tokens = [words(f"{r.statement} {r.evidence}") for r in rows]
    embedder = embedder or Embedder(tokens)
    sides = party_sides(rows)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in sorted(range(len(rows)), key=lambda k: (rows[k].date, rows[k].id)):
        groups[(rows[r].holder, rows[r].issue)].append(r)
    out: list[Link] = []
    for (party, _), members in groups.items():
        group_tokens = [tokens[k] for k in members]
        out.extend(_link_group([rows[k] for k in members], lexical(group_tokens), embedder.embed(group_tokens),
                               sides.get(party, False)))
    return out


def possibly_dropped(rows: list[Row], links: list[Link], days: int, as_of: str | None = None) -> set[int]:
    """Ids of positions that no later position of the party restates or moves on from within ``days``."""
    followed: dict[int, str] = {}
    for link in links:
        if link.earlier_id is not None:
            prev = followed.get(link.earlier_id)
            followed[link.earlier_id] = max(prev, link.date) if prev else link.date
    end = _day(as_of) if as_of else max((_day(r.date) for r in rows if _day(r.date)), default=None)
    if end is None:
        return set()
    out = set()
    for r in rows:
        said = _day(r.date)
        if said is None or r.id in followed:
            continue
        if (end - said).days > days:
            out.add(r.id)
    return out
