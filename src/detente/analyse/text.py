"""Text vectors for matching positions: a lexical one (hashed word counts) and a dense embedding (LSA).

The embedding is latent semantic analysis fitted on the store's own position texts (TF-IDF, truncated SVD),
so words that occur in the same statements ("four regions", "Donetsk", "withdraw") land close together
without any model download. Both vectors are unit length: their dot product is the cosine similarity.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

WORD = re.compile(r"[a-z][a-z0-9'-]+")
STOP = frozenset("""a an the of to in on for and or but with by from at as is are was were be been that this it its
its their his her they he she we our not no will would should could must can may has have had said says say
into than then there which who whom what when while also any all more over about after before only just
""".split())
LEX_DIM = 256


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOP]


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def lexical(tokens: list[list[str]]) -> np.ndarray:
    """Unit-length hashed bag-of-words vectors (one row per text)."""
    out = np.zeros((len(tokens), LEX_DIM), dtype=np.float32)
    rows = [i for i, ws in enumerate(tokens) for _ in ws]
    cols = [zlib.crc32(w.encode()) % LEX_DIM for ws in tokens for w in ws]
    if rows:
        np.add.at(out, (np.array(rows), np.array(cols)), 1.0)
    return _unit(out)


class Embedder:
    """LSA word vectors fitted on a sample of texts; a text's vector is the IDF-weighted mean of its words."""

    def __init__(self, tokens: list[list[str]], dim: int = 48, vocab: int = 800, sample: int = 2000):
        docs = tokens[:: max(1, len(tokens) // sample)][:sample]
        df: dict[str, int] = {}
        for ws in docs:
            for w in set(ws):
                df[w] = df.get(w, 0) + 1
        kept = sorted((w for w, n in df.items() if n >= 2), key=lambda w: (-df[w], w))[:vocab]
        self.index = {w: i for i, w in enumerate(kept)}
        self.idf = np.array([np.log((1 + len(docs)) / (1 + df[w])) + 1 for w in kept], dtype=np.float32)
        self.vectors = np.zeros((len(kept), dim), dtype=np.float32)
        if len(kept) >= 2 and docs:
            matrix = np.zeros((len(kept), len(docs)), dtype=np.float32)
            for j, ws in enumerate(docs):
                for w in ws:
                    if w in self.index:
                        matrix[self.index[w], j] += 1
            matrix *= self.idf[:, None]
            # left singular vectors from the (vocab x vocab) Gram matrix: cheaper than an SVD of the full matrix
            eigen, u = np.linalg.eigh(matrix @ matrix.T)
            top = np.argsort(eigen)[::-1][:dim]
            k = len(top)
            self.vectors[:, :k] = u[:, top] * np.sqrt(np.clip(eigen[top], 0, None))
        self.vectors = _unit(self.vectors)

    def embed(self, tokens: list[list[str]]) -> np.ndarray:
        out = np.zeros((len(tokens), self.vectors.shape[1]), dtype=np.float32)
        for i, ws in enumerate(tokens):
            ids = [self.index[w] for w in ws if w in self.index]
            if ids:
                out[i] = (self.vectors[ids] * self.idf[ids, None]).sum(axis=0)
        return _unit(out)
