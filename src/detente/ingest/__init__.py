"""Readers: files, directories, standard input and URLs to Documents.

``read(sources)`` yields a Document for every readable record and a ReadError naming the file (and record)
for every one that is not, so one bad record never stops the rest.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..model import Document, ReadError
from .feed import looks_like_feed, read_feed
from .html import read_html
from .normalise import BadInput
from .records import read_csv, read_json, read_jsonl
from .text import read_text
from .url import read_url

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".csv",
            ".rss", ".atom", ".xml"}


def read_file(path: Path) -> Iterator[Document | ReadError]:
    """The documents in one file, chosen by its suffix (and, for XML, by its content)."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    origin = str(path)
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(data, origin)
    elif suffix == ".json":
        yield from read_json(data, origin)
    elif suffix == ".csv":
        yield from read_csv(data, origin)
    elif suffix in (".rss", ".atom", ".xml") or (suffix not in SUFFIXES and looks_like_feed(data)):
        yield from read_feed(data, origin)
    elif suffix in (".html", ".htm", ".xhtml"):
        yield read_html(data, path.stem, origin=origin)
    else:
        yield read_text(data, path)


def _guarded(items: Iterator[Document | ReadError], origin: str) -> Iterator[Document | ReadError]:
    """Turns a reader's failure into a ReadError for that source, keeping what it yielded before."""
    try:
        yield from items
    except BadInput as err:
        yield ReadError(id=None, error=f"{origin}: {err}", origin=origin)
    except OSError as err:
        yield ReadError(id=None, error=f"{origin}: cannot read: {err.strerror or err}", origin=origin)


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts) \
                and path.suffix.lower() in SUFFIXES:
            yield path


def read(sources: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Document | ReadError]:
    """Every document in ``sources``: paths, directories (recursive), ``-`` for JSON Lines on stdin, URLs."""
    for source in sources:
        if source == "-":
            stream = stdin or sys.stdin.buffer
            yield from _guarded(read_jsonl(stream.read(), "<stdin>"), "<stdin>")
        elif source.startswith(("http://", "https://")):
            yield from _guarded(read_url(source), source)
        else:
            path = Path(source)
            if path.is_dir():
                for file in _files(path):
                    yield from _guarded(read_file(file), str(file))
            elif path.exists():
                yield from _guarded(read_file(path), source)
            else:
                yield ReadError(id=None, error=f"{source}: no such file or directory", origin=source)
