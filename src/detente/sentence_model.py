"""Per-label logistic models over a sentence: its WordLlama vector and the tf-idf weights of its words and word
pairs.

``fit`` learns one model per label from sentences and the labels the gold gives them, ``SentenceModel`` scores
new sentences with numpy alone, and a model is plain JSON next to its pack (weights rounded to 5 decimals, a
fixed solver, no pickle). Position extraction's issue model (``issue_model``) is one.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .blas import one_thread
from .embed import DIMS, embed

MIN_SENTENCES = 3  # a label with fewer positive training sentences gets no model
MIN_DF = 2
NEVER = -8.0  # the intercept of a label without a model
WORD = re.compile(r"\w\w+")


def terms(text: str) -> list[str]:
    """Lower-cased words of two or more characters and the pairs of adjacent words."""
    words = WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass
class SentenceModel:
    labels: list[str]
    vocabulary: list[str]
    idf: list[float]
    coef: list[list[float]]  # per label: DIMS vector weights, then one weight per vocabulary term
    intercept: list[float]
    trained_on: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index = {t: n for n, t in enumerate(self.vocabulary)}
        self._idf = np.asarray(self.idf, dtype=np.float32)
        w = np.asarray(self.coef, dtype=np.float32).reshape(len(self.labels), -1)
        self._w_vec, self._w_terms = w[:, :DIMS], w[:, DIMS:]
        self._b = np.asarray(self.intercept, dtype=np.float32)

    def term_rows(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, the vocabulary indices of its terms and their l2-normalised tf-idf weights."""
        rows = []
        for text in texts:
            counts = Counter(self._index[t] for t in terms(text) if t in self._index)
            idx = np.fromiter(counts, dtype=np.intp, count=len(counts))
            weights = np.array([1.0 + math.log(counts[i]) for i in idx], dtype=np.float32) * self._idf[idx]
            norm = float(np.linalg.norm(weights))
            rows.append((idx, weights / norm if norm else weights))
        return rows

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per label (``self.labels``): the probability the text has it."""
        with one_thread():
            z = embed(list(texts)) @ self._w_vec.T + self._b
            for n, (idx, weights) in enumerate(self.term_rows(texts)):
                z[n] += weights @ self._w_terms[:, idx].T
        return 1.0 / (1.0 + np.exp(-z))

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text, each label's probability."""
        return [dict(zip(self.labels, row.tolist())) for row in self.probabilities(texts)] if texts else []

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True) + "\n"


def fit(texts: Sequence[str], found: Sequence[set[str]], labels: Sequence[str], c: float,
        trained_on: dict) -> SentenceModel:
    """One balanced logistic model per label, over the texts and the labels each has."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    df = Counter(t for text in texts for t in set(terms(text)))
    vocabulary = sorted(t for t, n in df.items() if n >= MIN_DF)
    idf = [round(math.log((1 + len(texts)) / (1 + df[t])) + 1.0, 5) for t in vocabulary]
    draft = SentenceModel(list(labels), vocabulary, idf, [[0.0] * (DIMS + len(vocabulary))] * len(labels),
                          [0.0] * len(labels))
    rows = draft.term_rows(texts)
    term_matrix = csr_matrix((np.concatenate([w for _, w in rows]), np.concatenate([i for i, _ in rows]),
                              np.cumsum([0] + [len(i) for i, _ in rows])), shape=(len(texts), len(vocabulary)))
    x = hstack([csr_matrix(embed(list(texts))), term_matrix]).tocsr()
    coef, intercept = np.zeros((len(labels), x.shape[1])), np.full(len(labels), NEVER)
    for k, label in enumerate(labels):
        y = np.array([label in f for f in found], dtype=np.int8)
        if y.sum() >= MIN_SENTENCES:
            clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, y)
            coef[k], intercept[k] = clf.coef_[0], clf.intercept_[0]
    return SentenceModel(list(labels), vocabulary, idf, np.round(coef, 5).tolist(), np.round(intercept, 5).tolist(),
                         {**trained_on, "sentences": len(texts), "terms": len(vocabulary)})


@lru_cache(maxsize=8)
def _read(path: str, mtime: float) -> SentenceModel:
    return SentenceModel(**json.loads(Path(path).read_text(encoding="utf-8")))


def load(path: Path) -> SentenceModel | None:
    """The model in ``path``, or None when there is no such file; read once per file version."""
    return _read(str(path), path.stat().st_mtime) if path.exists() else None


def save(model: SentenceModel, path: Path) -> None:
    path.write_text(model.to_json(), encoding="utf-8")
