"""Plain text and Markdown files: one document each, with an optional YAML front matter block."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..model import Document
from .document import make_document
from .normalise import BadInput, decode

_FIELDS = {"id", "title", "published", "url", "source", "source_type", "language"}


def split_front_matter(text: str) -> tuple[dict, str]:
    """``---``-fenced YAML metadata at the top of a file, and the body after it."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    try:
        meta = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError as err:
        raise BadInput(f"front matter is not valid YAML: {err}") from None
    if not isinstance(meta, dict):
        raise BadInput("front matter is not a mapping")
    unknown = set(meta) - _FIELDS
    if unknown:
        raise BadInput(f"unknown front matter field(s): {', '.join(sorted(unknown))}")
    return meta, text[end + 4:].lstrip("-").lstrip("\n")


def read_text(data: bytes, path: Path) -> Document:
    """A ``.txt``/``.md`` file; the first line is the title when a blank line follows it."""
    meta, body = split_front_matter(decode(data).replace("\r\n", "\n"))
    title = meta.get("title")
    if title is None:
        first, sep, rest = body.strip().partition("\n")
        if sep and rest.startswith("\n") and rest.strip() and len(first) < 300:
            title, body = first.lstrip("# ").strip(), rest
    return make_document(
        meta.get("id") or path.stem,
        body,
        title=title,
        published=meta.get("published"),
        url=meta.get("url"),
        source=meta.get("source"),
        source_type=meta.get("source_type"),
        lang=meta.get("language"),
        origin=str(path),
    )
