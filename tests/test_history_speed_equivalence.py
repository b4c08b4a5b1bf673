"""The vectorised position history agrees with a direct, pair-by-pair reading of its rules on generated positions.

The reference below scores each position against each of its candidates one pair at a time (the earlier
positions of its party and issue within the window, from other documents, and the last one on the same point
when that lies further back) and classifies it with the documented rules; ``link_positions`` must give the same
kind, the same earlier position and the same score.
"""

from __future__ import annotations

import random
import zlib
from collections import defaultdict

import numpy as np
import pytest

from detente.analyse.data import Row
from detente.analyse.history import REPEAT_SCORE, REVERSAL_SIMILARITY, WINDOW, YEAR_BONUS, link_positions
from detente.analyse.text import LEX_DIM, STOP, WORD, Embedder, Vectors, band

WORDS = "ceasefire troops donetsk regions withdraw sanctions talks istanbul guarantees neutral grain".split()
STANCES = ["demand", "propose", "support", "accept", "oppose", "reject", "condition"]
POINTS = {"territory": ["T0", "T1", "T2", "T3", "T9"], "ceasefire": ["C0", "C1"]}


def generated(n: int = 700, seed: int = 5) -> list[Row]:
    """Two parties on two issues; points missing or without a value, shared documents, repeat years, rare points."""
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        issue = rng.choice(list(POINTS))
        point = None if rng.random() < 0.2 else rng.choices(POINTS[issue], [8, 4, 2, 0.3, 0.5][:len(POINTS[issue])])[0]
        value = None if point is None or point.endswith("9") else 25.0 * int(point[1:])
        said = rng.choices(WORDS, k=rng.randint(0, 5))
        holder = rng.choice([None, "p1", "p2"])
        rows.append(Row(k + 1, f"doc-{rng.randint(0, n // 6)}", rng.choice(["RUS", "UKR"]), holder,
                        issue, rng.choice(STANCES), " ".join(said), " ".join(said[:2]),
                        f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", point, value,
                        rng.choice([None, None, None, 2023])))
    rng.shuffle(rows)
    return rows


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOP]


def unit(v: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(v)
    return v / norm if norm else v


def lexical_of(tokens: list[str]) -> np.ndarray:
    v = np.zeros(LEX_DIM)
    for w in tokens:
        v[zlib.crc32(w.encode()) % LEX_DIM] += 1
    return unit(v)


def semantic_of(tokens: list[str], embedder: Embedder) -> np.ndarray:
    v = np.zeros(embedder.vectors.shape[1])
    for w in tokens:
        if w in embedder.index:
            v += embedder.vectors[embedder.index[w]] * embedder.idf[embedder.index[w]]
    return unit(v)


def pair(p: Row, e: Row, vectors: dict[int, tuple[np.ndarray, np.ndarray]]) -> tuple[float, float]:
    """Score of ``p`` against the earlier ``e`` and their text similarity, straight from the weights."""
    (lp, sp), (le, se) = vectors[p.id], vectors[e.id]
    lex, sem = min(1.0, max(0.0, lp @ le)), min(1.0, max(0.0, sp @ se))
    stance = 1.0 if p.stance == e.stance else 0.7 if p.positive == e.positive else 0.0
    parts = [(0.2, stance), (0.2, lex), (0.2, sem), (0.05, 1.0 if p.holder_id == e.holder_id else 0.5)]
    if p.point and e.point:
        parts.append((0.35, float(p.point == e.point)))
    score = sum(w * f for w, f in parts) / sum(w for w, _ in parts)
    if p.repeat_year and e.date[:4] == str(p.repeat_year):
        score += YEAR_BONUS
    return score, max(lex, sem)


def expected(rows: list[Row], embedder: Embedder) -> dict[int, tuple[str, int | None, float | None]]:
    """Kind, earlier position id and score of each position, one candidate pair at a time."""
    vectors = {r.id: (lexical_of(t), semantic_of(t, embedder))
               for r, t in ((r, words(f"{r.statement} {r.evidence}")) for r in rows)}
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r.date, r.id)):
        groups[(r.holder, r.issue)].append(r)
    out: dict[int, tuple[str, int | None, float | None]] = {}
    for group in groups.values():
        for i, p in enumerate(group):
            cands = [e for e in group[max(0, i - WINDOW):i] if e.document_id != p.document_id]
            same = [j for j in range(i) if p.point and group[j].point == p.point]
            if same and same[-1] < i - WINDOW:
                cands.insert(0, group[same[-1]])
            if not cands:
                out[p.id] = ("new", None, None)
                continue
            scored = [pair(p, e, vectors) for e in cands]
            top = max(s for s, _ in scored)
            best = max(k for k, (s, _) in enumerate(scored) if s >= top - 1e-6)  # ties: the latest
            b, (score, text_sim), latest = cands[best], scored[best], cands[-1]
            valued = [k for k, e in enumerate(cands) if e.value is not None]
            if p.value is not None and latest.value is not None and (p.value - 50) * (latest.value - 50) < 0 or (
                    (p.value is None or latest.value is None) and p.positive != latest.positive
                    and text_sim >= REVERSAL_SIMILARITY):
                out[p.id] = ("reversal", latest.id, scored[-1][0])
            elif (p.point or b.point) and p.point == b.point or (
                    not p.point and not b.point and score >= REPEAT_SCORE and p.positive == b.positive):
                out[p.id] = ("repeat", b.id, score)
            elif p.point and p.value is not None and valued and cands[valued[-1]].point != p.point:
                out[p.id] = ("shift", cands[valued[-1]].id, scored[valued[-1]][0])
            else:
                out[p.id] = ("new", None, score)
    return out


def test_links_agree_with_pair_by_pair_scoring():
    rows = generated()
    embedder = Embedder([words(f"{r.statement} {r.evidence}") for r in rows])
    want = expected(rows, embedder)
    got = {ln.position_id: ln for ln in link_positions(rows, embedder)}
    assert set(got) == set(want)
    for pid, (kind, earlier, score) in want.items():
        link = got[pid]
        assert (link.kind, link.earlier_id) == (kind, earlier), pid
        assert link.score == (None if score is None else pytest.approx(score, abs=5e-4 + 1e-9)), pid
    kinds = {k for k, _, _ in want.values()}
    assert kinds == {"new", "repeat", "shift", "reversal"}
    order = {r.id: n for n, r in enumerate(sorted(rows, key=lambda r: (r.date, r.id)))}
    linked = [ln for ln in got.values() if ln.earlier_id is not None]
    assert any(order[ln.position_id] - order[ln.earlier_id] > 2 * WINDOW for ln in linked)  # beyond the window


def test_vectors_of_any_texts_match_each_text_on_its_own():
    texts = [f"{r.statement} {r.evidence}" for r in generated(60, seed=9)]
    texts += ["", "The UNKNOWN words\0of Kyiv's talks", "Withdraw TROOPS, withdraw!"]
    tokens = [words(t) for t in texts]
    assert tokens[61] == ["unknown", "words", "kyiv's", "talks"]
    vectors = Vectors(texts)
    assert vectors.sample() == tokens and vectors.sample(3) == [tokens[0], tokens[21], tokens[42]]
    embedder = Embedder(tokens)
    picked = np.array([61, 3, 3, 0, 60, 62, 17])
    assert np.allclose(vectors.lexical(picked), [lexical_of(tokens[k]) for k in picked], atol=1e-6)
    assert np.allclose(vectors.semantic(picked, embedder), [semantic_of(tokens[k], embedder) for k in picked],
                       atol=1e-6)
    assert not vectors.semantic(np.array([60]), embedder).any()


@pytest.mark.parametrize("n", [1, 5, 64, 130])
def test_band_is_each_row_against_the_rows_before_it(n):
    v = np.random.default_rng(n).standard_normal((n, 7)).astype(np.float32)
    got = band(v, 4)
    want = [[v[i] @ v[i - 4 + k] if i - 4 + k >= 0 else 0.0 for k in range(4)] for i in range(n)]
    assert got.shape == (n, 4) and np.allclose(got, want, atol=1e-5)
