"""Position history: each position linked to the same party's earlier positions on the same issue.

A position is **new** (the party's first on the issue, or matching nothing said before), a **repeat** (the
same point restated; linked to the best-matching earlier position), a **shift** (another point on the issue's
scale: harder when it moves away from the middle of the scale on the party's side, softer when it moves
toward the other side) or a **reversal** (to the other half of the scale, or without points from for to
against). Matching combines holder, stance, scale point, hashed word overlap and an LSA embedding (candidates
scoring the same, to float32 precision, go to the latest); each link keeps its score, the features and a
sentence saying why. Positions not restated for ``dropped_days`` are marked possibly dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

import numpy as np

from ..blas import one_thread
from .data import Row
from .text import Embedder, Vectors, band

WINDOW = 64  # earlier positions of the same group compared in full; older ones only through their point
WEIGHTS = {"point": 0.35, "stance": 0.2, "lexical": 0.2, "semantic": 0.2, "holder": 0.05}
REPEAT_SCORE = 0.6
REVERSAL_SIMILARITY = 0.3
YEAR_BONUS = 0.1
TIE = 1e-7  # candidates scoring closer than float32 precision are tied: the latest wins
CHUNK = 4096  # positions scored at once
BEST, LATEST, POINTED = range(3)  # the candidates a link can use: best-scoring, latest, latest with a scale value
STANCE_CODE = {s: n for n, s in enumerate(["demand", "propose", "support", "accept", "oppose", "reject",
                                            "condition"], 1)}


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


def _codes(values: list, blank: bool = False) -> np.ndarray:
    """Integer codes, equal for equal values; with ``blank``, a missing value gets -1 (equal to nothing)."""
    seen: dict = {}
    return np.array([-1 if blank and not v else seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)


def _last(mask: np.ndarray) -> np.ndarray:
    """Column of the last true value in each row (the latest candidate)."""
    return mask.shape[1] - 1 - np.argmax(mask[:, ::-1], axis=1)


def _rounded(values: np.ndarray) -> list[float | None]:
    """``round(v, 3)`` of each value, None for NaN. Same as Python's: ``1000 * v`` is exact for the float32
    similarities, and the other features are 0, 0.5, 0.7 or 1."""
    values = values.astype(float)
    return np.where(np.isnan(values), None, np.round(values, 3)).tolist()


def _scores(f: dict[str, np.ndarray]) -> np.ndarray:
    total = np.zeros(f["stance"].shape)
    weight = np.zeros(f["stance"].shape)
    for name, w in WEIGHTS.items():
        known = ~np.isnan(f[name])
        total += np.where(known, f[name] * w, 0)
        weight += np.where(known, w, 0)
    return total / np.where(weight == 0, 1, weight)


class _Table:
    """Every position in linking order (by group, then date and id) as arrays, scored a chunk at a time.

    A position's candidates are a matrix row of ``1 + WINDOW`` slots, oldest first: slot 0 is its group's last
    earlier position on the same point when that lies before the window, slot ``k`` the position ``WINDOW + 1 - k``
    places before it.
    """

    def __init__(self, rows: list[Row], texts: np.ndarray, group: np.ndarray, vectors: Vectors, embedder: Embedder):
        n = len(rows)
        self.rows, self.texts = rows, texts  # texts: each position's text in ``vectors``
        self.lexical, self.semantic = vectors.lexical, partial(vectors.semantic, embedder=embedder)
        first = np.r_[True, group[1:] != group[:-1]]
        self.start = np.maximum.accumulate(np.where(first, np.arange(n), 0))
        self.stance = np.array([STANCE_CODE.get(r.stance, 0) for r in rows])
        self.positive = np.array([r.positive for r in rows])
        self.point = _codes([r.point for r in rows], blank=True)
        self.holder = _codes([r.holder_id for r in rows])
        self.doc = _codes([r.document_id for r in rows])
        dates = [r.date for r in rows]
        days = {d: int(d[:10].replace("-", "").ljust(8, "0")) for d in dict.fromkeys(dates)}
        self.day = np.array([days[d] for d in dates])
        self.value = np.array([np.nan if r.value is None else r.value for r in rows], dtype=float)
        years: dict[str, int] = {}
        self.year = np.array([years.setdefault(d[:4], len(years)) for d in dates])
        self.repeat = np.array([years.get(str(r.repeat_year), -1) if r.repeat_year else -1 for r in rows])
        pointed = np.flatnonzero(self.point >= 0)
        same = pointed[np.lexsort((pointed, self.point[pointed], group[pointed]))]  # by group, point and time
        follows = (group[same[1:]] == group[same[:-1]]) & (self.point[same[1:]] == self.point[same[:-1]])
        self.old = np.full(n, -1)
        self.old[same[1:][follows]] = same[:-1][follows]
        self.old[self.old >= np.arange(n) - WINDOW] = -1

    def _similarity(self, vectors_of: Callable[[np.ndarray], np.ndarray], lo: int, hi: int) -> np.ndarray:
        """One kind of text similarity of positions ``lo:hi`` with every candidate slot."""
        first = max(0, lo - WINDOW)
        near = band(vectors_of(self.texts[first:hi]), WINDOW)[lo - first:]
        old = self.old[lo:hi]
        far = np.zeros(hi - lo, dtype=near.dtype)
        has = np.flatnonzero(old >= 0)
        if len(has):
            far[has] = (vectors_of(self.texts[lo + has]) * vectors_of(self.texts[old[has]])).sum(axis=1)
        return np.clip(np.concatenate([far[:, None], near], axis=1), 0, 1)

    def links(self, lo: int, hi: int, sides: dict[str, bool]) -> list[Link]:
        """The links of positions ``lo:hi``."""
        q = np.arange(lo, hi)
        r = q[:, None]
        slots = np.concatenate([self.old[lo:hi, None], r - np.arange(WINDOW, 0, -1)], axis=1)
        valid = slots >= self.start[r]
        c = np.maximum(slots, 0)
        valid[:, 1:] &= (self.doc[c[:, 1:]] != self.doc[r]) & (self.day[c[:, 1:]] <= self.day[r])
        feats = {
            "stance": np.where(self.stance[c] == self.stance[r], 1.0,
                               np.where(self.positive[c] == self.positive[r], 0.7, 0.0)),
            "point": np.where((self.point[r] >= 0) & (self.point[c] >= 0),
                              (self.point[c] == self.point[r]).astype(float), np.nan),
            "holder": np.where(self.holder[c] == self.holder[r], 1.0, 0.5),
            "lexical": self._similarity(self.lexical, lo, hi),
            "semantic": self._similarity(self.semantic, lo, hi),
        }
        score = np.where(valid, _scores(feats) + YEAR_BONUS * (self.year[c] == self.repeat[r]), -np.inf)
        with_value = valid & ~np.isnan(self.value[c])
        at = np.arange(hi - lo)
        picks = [_last(score >= score.max(axis=1, keepdims=True) - TIE), _last(valid), _last(with_value)]
        earlier = [c[at, s].tolist() for s in picks]  # per pick (BEST, LATEST, POINTED): position, score, features
        scores = [score[at, s].tolist() for s in picks]
        features = [[_rounded(f[at, s]) for f in feats.values()] for s in picks]
        text_sim = np.maximum(feats["lexical"][at, picks[BEST]], feats["semantic"][at, picks[BEST]]).tolist()
        out = []
        rows, known, valued = self.rows, valid.any(axis=1).tolist(), with_value.any(axis=1).tolist()
        for n, p in enumerate(rows[lo:hi]):
            link = Link(p.id, "new", p.holder, p.issue, p.date, p.point)
            out.append(link)
            if not known[n]:
                link.reason = f"first position of {p.holder} on {p.issue}"
                continue
            pick = _classify(link, p, rows[earlier[BEST][n]], scores[BEST][n], text_sim[n], rows[earlier[LATEST][n]],
                             rows[earlier[POINTED][n]] if valued[n] else None, sides.get(p.holder, False))
            link.score = round(scores[pick][n], 3)
            stance, point, holder, lexical, semantic = features[pick]
            link.features = {"stance": stance[n], "point": point[n], "holder": holder[n], "lexical": lexical[n],
                             "semantic": semantic[n]}
        return out


def reverses(p: Row, earlier: Row, text_sim: float) -> bool:
    """Whether ``p`` turns against ``earlier``: their points lie on opposite halves of the issue's scale or,
    without points, the stance turns between for and against in similar words ("rejects NATO membership"
    and "demands neutrality" are the same side, not a reversal)."""
    if p.value is not None and earlier.value is not None:
        return (p.value - 50) * (earlier.value - 50) < 0
    return p.positive != earlier.positive and text_sim >= REVERSAL_SIMILARITY


def restates(p: Row, earlier: Row, score: float) -> bool:
    """Whether ``p`` repeats ``earlier``: the same point of the issue's scale, or without points the same
    polarity with a match score of at least ``REPEAT_SCORE``."""
    if p.point or earlier.point:
        return p.point == earlier.point
    return score >= REPEAT_SCORE and p.positive == earlier.positive


def _classify(link: Link, p: Row, b: Row, score: float, text_sim: float, latest: Row, pointed: Row | None,
              high: bool) -> int:
    """Kind, reason and earlier position of ``link`` for ``p``, given its best-scoring candidate ``b`` (with its
    score and text similarity), its latest one and its latest one with a scale value; returns the one it used."""
    pick = BEST
    if reverses(p, latest, text_sim):
        link.kind, b, pick = "reversal", latest, LATEST
        link.reason = (f"{p.stance} after {b.stance} on {p.issue} ({b.date}, {b.document_id}); "
                       f"text similarity {text_sim:.2f}")
        if p.value is not None and b.value is not None and p.value != b.value:
            link.direction = _direction(b.value, p.value, high)
    elif restates(p, b, score):
        link.kind = "repeat"
        why = f"same point {p.point}" if p.point else f"text similarity {text_sim:.2f}"
        link.reason = f"restates {b.date} ({b.document_id}): {why}, stance {b.stance}→{p.stance}"
    elif p.point and p.value is not None and pointed is not None and pointed.point != p.point:
        link.kind, b, pick = "shift", pointed, POINTED
        link.direction = _direction(b.value, p.value, high)  # type: ignore[arg-type]
        moved = abs(p.value - b.value)  # type: ignore[operator]
        link.reason = (f"{b.point} ({b.date}, {b.document_id}) → {p.point}: "
                       f"{link.direction} by {moved:.0f} on the {p.issue} scale")
    else:
        link.reason = f"matches no earlier position (best {b.date}, score {score:.2f})"
        return pick
    link.earlier_id, link.earlier_document, link.earlier_date = b.id, b.document_id, b.date
    return pick


def _linking_order(rows: list[Row]) -> tuple[np.ndarray, np.ndarray]:
    """Indices of ``rows`` by holder-and-issue group (groups in the order they first speak, each one by date and
    id), and the group of each."""
    by_time = np.lexsort((np.array([r.id for r in rows]), np.array([r.date for r in rows])))
    issue = _codes([rows[k].issue for k in by_time])
    pair = _codes([rows[k].holder for k in by_time]) * (issue.max() + 1) + issue
    _, first, group = np.unique(pair, return_index=True, return_inverse=True)
    label = first[group]  # where in time the position's group first speaks
    order = np.argsort(label, kind="stable")
    return by_time[order], label[order]


def link_positions(rows: list[Row], embedder: Embedder | None = None) -> list[Link]:
    """Links for every position in ``rows`` (any order), grouped by holder party and issue."""
    if not rows:
        return []
    vectors = Vectors([f"{r.statement} {r.evidence}" for r in rows])
    order, group = _linking_order(rows)
    with one_thread():
        embedder = embedder or Embedder(vectors.sample())
        table = _Table([rows[k] for k in order.tolist()], order, group, vectors, embedder)
        sides = party_sides(rows)
        return [link for lo in range(0, len(rows), CHUNK)
                for link in table.links(lo, min(len(rows), lo + CHUNK), sides)]


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
