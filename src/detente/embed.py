"""Sentence embeddings from WordLlama, whose weights ship inside the PyPI wheel.

Loaded once per process on first use, from the files in the installed package; nothing is downloaded.
``WordLlama.load()`` is not used because it looks in a cache folder and falls back to downloading.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from importlib import resources

import numpy as np

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
TENSOR = "embedding.weight"

DIMS = 256
CACHED = 4096

_lock = threading.Lock()
_model = None
_cache: OrderedDict[str, np.ndarray] = OrderedDict()


class EmbeddingError(RuntimeError):
    """The embedding model cannot be loaded; the message says what to install."""


def _load():
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        from safetensors import safe_open
        from tokenizers import Tokenizer
        from wordllama.inference import WordLlamaInference
    except ImportError as err:
        raise EmbeddingError(f"the embedding model needs the wordllama package: pip install wordllama ({err})") \
            from None
    finally:  # wordllama.inference calls logging.basicConfig on import; leave the host's logging as it was
        root.setLevel(level)
        root.handlers[:] = handlers
    package = resources.files("wordllama")
    weights, tokenizer_file = package / WEIGHTS, package / TOKENIZER
    if not weights.is_file() or not tokenizer_file.is_file():
        raise EmbeddingError(f"wordllama is installed without its bundled weights ({weights}); reinstall it")
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    with safe_open(str(weights), framework="np", device="cpu") as f:
        matrix = f.get_tensor(TENSOR)
    return WordLlamaInference(matrix, tokenizer)


def model():
    """The shared ``WordLlamaInference`` (256 dimensions), loaded on first call."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _load()
    return _model


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (zeros for a text with no tokens).

    The vectors of the last ``CACHED`` texts are kept: the issue, position and narrative steps embed the same
    sentences of a document in turn."""
    if not texts:
        return np.zeros((0, DIMS), dtype=np.float32)
    with _lock:
        found = {t: _cache[t] for t in texts if t in _cache}
    missing = list(dict.fromkeys(t for t in texts if t not in found))
    if missing:
        vectors = np.nan_to_num(np.asarray(model().embed(missing, norm=True), dtype=np.float32))
        found.update(zip(missing, vectors))
        with _lock:
            _cache.update(zip(missing, vectors))
            while len(_cache) > CACHED:
                _cache.popitem(last=False)
    return np.stack([found[t] for t in texts])
