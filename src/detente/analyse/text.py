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
SAMPLE = 2000  # texts the embedding is fitted on
_SPLIT = re.compile(f"{WORD.pattern}|\0")  # words, and the separator between texts


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


class Embedder:
    """LSA word vectors fitted on some texts' words; a text's vector is the IDF-weighted mean of its words."""

    def __init__(self, docs: list[list[str]], dim: int = 48, vocab: int = 800):
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
        self.weighted = self.vectors * self.idf[:, None]  # a word's contribution to a text's vector


class Vectors:
    """Texts split into words (lower case, without stop words) at once, kept as one flat array of word ids, from
    which both vectors of any of the texts are computed."""

    def __init__(self, texts: list[str]):
        found = _SPLIT.findall("\0".join(t.replace("\0", " ") for t in texts).lower())
        vocab = {w: i for i, w in enumerate(dict.fromkeys(found))}
        ids = np.fromiter(map(vocab.__getitem__, found), dtype=np.int64, count=len(found))
        text = np.cumsum(ids == vocab.get("\0", -1))  # the text each word is in
        kept = np.array([w not in STOP and w != "\0" for w in vocab], dtype=bool)[ids]
        self.ids, self.starts = ids[kept], np.searchsorted(text[kept], np.arange(len(texts) + 1))
        self.words = list(vocab)
        self.bucket = np.array([zlib.crc32(w.encode()) % LEX_DIM for w in self.words], dtype=np.int64)

    def sample(self, size: int = SAMPLE) -> list[list[str]]:
        """The words of ``size`` texts evenly spread over the list (of all of them, if fewer)."""
        n = len(self.starts) - 1
        return [[self.words[i] for i in self.ids[self.starts[k]:self.starts[k + 1]]]
                for k in range(0, n, max(1, n // size))[:size]]

    def _words(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The word ids of ``rows`` in text order, and the row (0..len(rows)) each belongs to."""
        lengths = self.starts[rows + 1] - self.starts[rows]
        owner = np.repeat(np.arange(len(rows)), lengths)
        rank = np.arange(len(owner)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return self.ids[self.starts[rows][owner] + rank], owner

    def lexical(self, rows: np.ndarray) -> np.ndarray:
        """Unit-length hashed bag-of-words vectors of ``rows``."""
        ids, owner = self._words(rows)
        counts = np.bincount(owner * LEX_DIM + self.bucket[ids], minlength=len(rows) * LEX_DIM)
        return _unit(counts.reshape(len(rows), LEX_DIM).astype(np.float32))

    def semantic(self, rows: np.ndarray, embedder: Embedder) -> np.ndarray:
        """Unit-length embeddings of ``rows``: their known words' weighted vectors summed in text order."""
        ids, owner = self._words(rows)
        column = np.array([embedder.index.get(w, -1) for w in self.words], dtype=np.int64)[ids]
        ids, owner = column[column >= 0], owner[column >= 0]
        rank = np.arange(len(owner)) - np.searchsorted(owner, owner)  # rank among the row's known words
        out = np.zeros((len(rows), embedder.weighted.shape[1]), dtype=np.float32)
        order = np.argsort(rank, kind="stable")
        ends = np.cumsum(np.bincount(rank))
        for start, end in zip([0, *ends[:-1]], ends):  # one word rank at a time: the same sums as word by word
            step = order[start:end]
            out[owner[step]] += embedder.weighted[ids[step]]
        return _unit(out)


def band(vectors: np.ndarray, width: int) -> np.ndarray:
    """``out[i, k]`` is the dot product of row ``i`` with row ``i - width + k`` (zero before the first row)."""
    n, dim = vectors.shape
    blocks = -(-n // width)
    padded = np.zeros(((blocks + 1) * width, dim), dtype=vectors.dtype)
    padded[width:width + n] = vectors
    rows = padded[width:].reshape(blocks, width, dim)
    cols = np.concatenate([padded[:-width].reshape(blocks, width, dim), rows], axis=1)
    products = rows @ cols.transpose(0, 2, 1)  # block b: its rows against the width rows before it and itself
    diagonal = np.arange(width)[:, None] + np.arange(width)[None, :]
    return np.take_along_axis(products, diagonal[None], axis=2).reshape(blocks * width, width)[:n]
