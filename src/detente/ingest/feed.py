"""RSS and Atom feed files: one document per entry."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timezone

import feedparser
import trafilatura

from ..model import Document, ReadError
from .document import make_document
from .normalise import BadInput


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or \
        head.startswith((b"<rss", b"<feed"))


def _text_of(html: str) -> str:
    if "<" not in html:
        return html
    return trafilatura.extract(f"<html><body><article>{html}</article></body></html>",
                               favor_recall=True) or ""


def read_feed(data: bytes, origin: str) -> Iterator[Document | ReadError]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        raise BadInput(f"not an RSS/Atom feed or a feed with no entries{f' ({problem})' if problem else ''}")
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        key = entry.get("id") or link or f"{origin}#{n}"
        doc_id = "feed-" + hashlib.sha1(key.encode()).hexdigest()[:12]
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime(*stamp[:6], tzinfo=timezone.utc).date() if stamp else None
        try:
            yield make_document(doc_id, _text_of(body), title=entry.get("title"), published=published,
                                url=link, source=outlet, origin=origin)
        except BadInput as err:
            yield ReadError(id=doc_id, error=f"{origin} entry {n}: {err}", origin=origin)
