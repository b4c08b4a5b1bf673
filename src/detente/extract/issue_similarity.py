"""Issue detection by meaning: how close a text is to each issue of a pack, as a cosine score.

Each issue becomes a set of prototype vectors, embedded once per pack: its cue phrases, the anchors of its
scale and the summaries of its dated positions (``Recipe`` says which). A text is scored against an issue by
averaging two cosines: to the centroid of the issue's prototypes and to its nearest prototype. Scores stay in
[-1, 1]. Vectors are built once per pack and embedding function (``issue_similarity`` caches them).

Position extraction uses the scores to choose between the issues of a phrase that is a cue of several, and to
drop issue phrases whose issue ranks low for the sentence; the cue phrases stay the first and main evidence.
``best`` (a threshold and margin) is the fallback for sentences where no cue matched that
``benchmarks/embedding_compare.py`` measures; the extractor does not use it, as it gained nothing on the gold.
The default recipe, threshold and margin were chosen on the train split of ``gold/positions.jsonl`` (see
``benchmarks/results/embedding_compare.md``). Vectors come from ``detente.embed.embed`` (WordLlama, shipped
in its wheel) unless another embedding function is given.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..blas import one_thread
from ..ontology.schema import Pack

Embed = Callable[[list[str]], np.ndarray]
Source = Literal["label", "definition", "cues", "anchors", "summaries"]
Pooling = Literal["centroid", "nearest", "blend"]

SOURCES: tuple[Source, ...] = ("label", "definition", "cues", "anchors", "summaries")
# Chosen on the train split only (benchmarks/results/embedding_compare.md): the best F1 at precision >= 0.90
# over the stance sentences of train (precision 90.7, recall 30.7). A looser point, the best F1 at precision
# >= 0.75, is 0.425 (precision 76.6, recall 46.5).
THRESHOLD = 0.525
MARGIN = 0.02


@dataclass(frozen=True)
class Recipe:
    """Which texts of an issue become its prototype vectors, and how a text's scores against them combine.

    ``centroid``: cosine to the mean of the issue's prototypes; ``nearest``: cosine to the closest one;
    ``blend``: the average of the two. ``center`` subtracts the mean prototype of the pack first.
    """

    sources: tuple[Source, ...] = ("cues", "anchors", "summaries")
    pooling: Pooling = "blend"
    center: bool = False

    def __post_init__(self) -> None:
        unknown = [s for s in self.sources if s not in SOURCES]
        if unknown or not self.sources:
            raise ValueError(f"recipe sources must be a non-empty subset of {SOURCES}, got {self.sources}")
        if self.pooling not in ("centroid", "nearest", "blend"):
            raise ValueError(f"recipe pooling must be centroid, nearest or blend, got {self.pooling!r}")


DEFAULT_RECIPE = Recipe()


@dataclass(frozen=True)
class IssueScore:
    """One issue's cosine score for a text, in [-1, 1]."""

    issue: str
    score: float


def prototype_texts(pack: Pack, sources: Sequence[Source]) -> list[tuple[str, str]]:
    """``(issue id, text)`` for every prototype of every issue, from the chosen parts of the pack."""
    out: list[tuple[str, str]] = []
    for issue in pack.issues:
        texts: list[str] = []
        for source in sources:
            if source == "label":
                texts.append(issue.label)
            elif source == "definition":
                texts.append(issue.definition)
            elif source == "cues":
                texts.extend(pack.cues_of(issue))
            elif source == "anchors":
                texts.extend(point.anchor for point in issue.scale)
            elif source == "summaries":
                texts.extend(position.summary for position in issue.positions)
        out.extend((issue.id, t) for t in dict.fromkeys(t.strip() for t in texts) if t)
    return out


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


class IssueSimilarity:
    """The issues of one pack as prototype vectors; scores texts against them."""

    def __init__(self, pack: Pack, embed: Embed | None = None, recipe: Recipe = DEFAULT_RECIPE) -> None:
        if embed is None:
            from ..embed import embed as default_embed
            embed = default_embed
        self.pack = pack
        self.recipe = recipe
        self._embed = embed
        pairs = prototype_texts(pack, recipe.sources)
        self.issues: tuple[str, ...] = tuple(dict.fromkeys(issue for issue, _ in pairs))
        if not self.issues:
            raise ValueError(f"pack {pack.id!r} has no issue text for the sources {recipe.sources}")
        position = {issue: n for n, issue in enumerate(self.issues)}
        self._owner = np.array([position[issue] for issue, _ in pairs], dtype=np.intp)
        self._order = np.argsort(self._owner, kind="stable")  # prototypes grouped by issue, for np.maximum.reduceat
        self._starts = np.searchsorted(self._owner[self._order], np.arange(len(self.issues)))
        vectors = _unit_rows(np.asarray(embed([text for _, text in pairs]), dtype=np.float32))
        self._mean = vectors.mean(axis=0) if recipe.center else np.zeros(vectors.shape[1], dtype=np.float32)
        self._prototypes = _unit_rows(vectors - self._mean)
        sums = np.zeros((len(self.issues), vectors.shape[1]), dtype=np.float32)
        np.add.at(sums, self._owner, self._prototypes)
        self._centroids = _unit_rows(sums)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Cosine scores, one row per text and one column per issue (``self.issues``); a text with no
        words scores 0 everywhere."""
        out = np.zeros((len(texts), len(self.issues)), dtype=np.float32)
        filled = [n for n, text in enumerate(texts) if text.strip()]
        if not filled:
            return out
        raw = np.zeros((len(texts), self._prototypes.shape[1]), dtype=np.float32)
        raw[filled] = np.asarray(self._embed([texts[n] for n in filled]), dtype=np.float32)
        empty = ~np.any(raw, axis=1)
        queries = _unit_rows(_unit_rows(raw) - self._mean)
        queries[empty] = 0.0
        with one_thread():
            if self.recipe.pooling in ("centroid", "blend"):
                out += queries @ self._centroids.T
            if self.recipe.pooling in ("nearest", "blend"):
                each = queries @ self._prototypes.T
                out += np.maximum(np.maximum.reduceat(each[:, self._order], self._starts, axis=1), -1.0)
        if self.recipe.pooling == "blend":
            out /= 2
        out[empty] = 0.0
        return np.clip(out, -1.0, 1.0)

    def rank(self, texts: Sequence[str], top: int = 3) -> list[list[IssueScore]]:
        """The ``top`` issues of each text, best first (ties broken by the pack's order)."""
        matrix = self.scores(texts)
        out = []
        for row in matrix:
            order = np.argsort(-row, kind="stable")[:top]
            out.append([IssueScore(self.issues[j], float(row[j])) for j in order])
        return out

    def best(self, texts: Sequence[str], threshold: float = THRESHOLD,
             margin: float = MARGIN) -> list[IssueScore | None]:
        """The best issue of each text if it scores at least ``threshold`` and beats the runner-up by at
        least ``margin``; otherwise (and for a text with no words) ``None``."""
        out: list[IssueScore | None] = []
        for text, pair in zip(texts, self.rank(texts, top=2)):
            first = pair[0]
            runner_up = pair[1].score if len(pair) > 1 else -1.0
            ok = bool(text.strip()) and first.score >= threshold and first.score - runner_up >= margin
            out.append(first if ok else None)
        return out


_lock = threading.Lock()
_cache: dict[tuple[int, int, Recipe], IssueSimilarity] = {}


def issue_similarity(pack: Pack, embed: Embed | None = None,
                     recipe: Recipe = DEFAULT_RECIPE) -> IssueSimilarity:
    """The shared ``IssueSimilarity`` of a pack, embedding function and recipe; vectors are built once."""
    key = (id(pack), id(embed), recipe)
    with _lock:
        found = _cache.get(key)
        if found is None or found.pack is not pack:
            found = _cache[key] = IssueSimilarity(pack, embed, recipe)
        return found
