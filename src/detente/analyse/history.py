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


class _Arrays:
    """A group's positions as arrays, so a position is scored against its window at once."""

    def __init__(self, rows: list[Row]):
        codes: dict[str | None, int] = {None: -1}
        self.stance = np.array([STANCE_CODE.get(r.stance, 0) for r in rows])
        self.positive = np.array([r.positive for r in rows])
        self.point = np.array([codes.setdefault(r.point, len(codes)) if r.point else -1 for r in rows])
        self.holder = np.array([codes.setdefault(r.holder_id, len(codes)) for r in rows])
        docs: dict[str, int] = {}
        self.doc = np.array([docs.setdefault(r.document_id, len(docs)) for r in rows])
        self.date = np.array([int(r.date[:10].replace("-", "").ljust(8, "0")) for r in rows])


STANCE_CODE = {s: n for n, s in enumerate(["demand", "propose", "support", "accept", "oppose", "reject",
                                            "condition"], 1)}


def _block(g: _Arrays, lex: np.ndarray, sem: np.ndarray, start: int, end: int):
    """Features and scores of rows ``start:end`` against every earlier row of their windows, as matrices."""
    rows_, cols = np.arange(start, end), np.arange(max(0, start - WINDOW), end)
    r, c = rows_[:, None], cols[None, :]
    feats = {
        "stance": np.where(g.stance[r] == g.stance[c], 1.0, np.where(g.positive[r] == g.positive[c], 0.7, 0.0)),
        "point": np.where((g.point[r] >= 0) & (g.point[c] >= 0), (g.point[r] == g.point[c]).astype(float), np.nan),
        "holder": np.where(g.holder[r] == g.holder[c], 1.0, 0.5),
        "lexical": np.clip(lex[rows_] @ lex[cols].T, 0, 1),
        "semantic": np.clip(sem[rows_] @ sem[cols].T, 0, 1),
    }
    valid = (c < r) & (c >= r - WINDOW) & (g.doc[c] != g.doc[r]) & (g.date[c] <= g.date[r])
    return cols, valid, feats, _scores(feats)


def _scores(f: dict[str, np.ndarray]) -> np.ndarray:
    total = np.zeros(f["stance"].shape)
    weight = np.zeros(f["stance"].shape)
    for name, w in WEIGHTS.items():
        known = ~np.isnan(f[name])
        total += np.where(known, f[name] * w, 0)
        weight += np.where(known, w, 0)
    return total / np.where(weight == 0, 1, weight)


def _single(g: _Arrays, i: int, j: int, lex: np.ndarray, sem: np.ndarray) -> tuple[dict[str, float], float]:
    """Features and score of one pair (an old restatement of the same point, outside the window)."""
    f = {"stance": 1.0 if g.stance[i] == g.stance[j] else 0.7 if g.positive[i] == g.positive[j] else 0.0,
         "point": 1.0, "holder": 1.0 if g.holder[i] == g.holder[j] else 0.5,
         "lexical": float(max(0, lex[i] @ lex[j])), "semantic": float(max(0, sem[i] @ sem[j]))}
    arrays = {k: np.array([v]) for k, v in f.items()}
    return f, float(_scores(arrays)[0])


BLOCK = 256


def _link_group(rows: list[Row], lex: np.ndarray, sem: np.ndarray, high: bool) -> list[Link]:
    links: list[Link] = []
    last_by_point: dict[str, int] = {}
    g = _Arrays(rows)
    for start in range(0, len(rows), BLOCK):
        cols, valid, feats, scores = _block(g, lex, sem, start, min(len(rows), start + BLOCK))
        for k, i in enumerate(range(start, min(len(rows), start + BLOCK))):
            p = rows[i]
            where = np.flatnonzero(valid[k])
            js = cols[where].tolist()
            score = scores[k, where]

            def at(n: int, k: int = k, where: np.ndarray = where, shift: int = 0) -> dict[str, float]:
                return {name: float(m[k, where[n - shift]]) for name, m in feats.items()}

            features = at
            old = last_by_point.get(p.point) if p.point else None
            if old is not None and old < i - WINDOW:
                extra, extra_score = _single(g, i, old, lex, sem)
                js = [old, *js]
                score = np.concatenate(([extra_score], score))

                def features(n: int, at=at, extra=extra) -> dict[str, float]:  # type: ignore[misc]
                    return extra if n == 0 else at(n, shift=1)
            links.append(_classify(rows, i, js, score, features, high))
            if p.point:
                last_by_point[p.point] = i
    return links


def _classify(rows: list[Row], i: int, js: list[int], score: np.ndarray, features, high: bool) -> Link:
    """The link of ``rows[i]`` given its candidates ``js`` (oldest first), their scores and features."""
    p = rows[i]
    link = Link(p.id, "new", p.holder, p.issue, p.date, p.point)
    if not js:
        link.reason = f"first position of {p.holder} on {p.issue}"
        return link
    if p.repeat_year:
        score = score + YEAR_BONUS * np.array([rows[j].date[:4] == str(p.repeat_year) for j in js])
    best = int(np.argmax(score + 1e-9 * np.arange(len(js))))  # ties: the latest
    b, last = rows[js[best]], rows[js[-1]]
    f = features(best)
    text_sim = max(f["lexical"], f["semantic"])
    if p.positive != last.positive and (
            text_sim >= REVERSAL_SIMILARITY or (p.point and last.point and p.point != last.point)):
        link.kind, b, best = "reversal", last, len(js) - 1
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
        pointed = next((n for n in range(len(js) - 1, -1, -1) if rows[js[n]].value is not None), None)
        if p.point and p.value is not None and pointed is not None and rows[js[pointed]].point != p.point:
            best = pointed
            b = rows[js[best]]
            link.kind, link.direction = "shift", _direction(b.value, p.value, high)  # type: ignore[arg-type]
            link.reason = (f"{b.point} ({b.date}, {b.document_id}) → {p.point}: "
                           f"{link.direction} by {abs(p.value - b.value):.0f} on the {p.issue} scale")
        else:
            link.reason = f"matches no earlier position (best {b.date}, score {score[best]:.2f})"
            return _with_features(link, f, float(score[best]))
    link.earlier_id, link.earlier_document, link.earlier_date = b.id, b.document_id, b.date
    return _with_features(link, features(best), float(score[best]))


def _with_features(link: Link, f: dict[str, float], score: float) -> Link:
    link.features = {k: (None if np.isnan(v) else round(v, 3)) for k, v in f.items()}
    link.score = round(score, 3)
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
