"""Builds a Document from what a reader found, with the same cleaning for every reader."""

from __future__ import annotations

import re

from ..model import Document
from .normalise import BadInput, clean, iso_date, language


def make_document(
    id: str,
    text: str,
    *,
    title: str | None = None,
    published: object = None,
    url: str | None = None,
    source: str | None = None,
    source_type: str | None = None,
    lang: str | None = None,
    origin: str | None = None,
) -> Document:
    body = clean(text)
    if not body:
        raise BadInput("no text")
    if len(re.findall(r"\w+", body[:200])) < 3:
        raise BadInput(f"no usable text (fewer than 3 words: {body[:40]!r})")
    return Document(
        id=str(id),
        text=body,
        title=clean(title) if title else None,
        published=iso_date(published),
        url=url or None,
        source=source or None,
        source_type=source_type or None,
        language=(lang or language(body) or "en").lower(),
        origin=origin,
    )
