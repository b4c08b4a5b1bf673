"""HTML pages: the main text, title and publication date, without menus, ads or comments."""

from __future__ import annotations

import json

import htmldate
import trafilatura

from ..model import Document
from .document import make_document
from .normalise import BadInput, decode


def read_html(data: bytes, id: str, *, url: str | None = None, origin: str | None = None) -> Document:
    html = decode(data)
    found = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True, include_comments=False,
        include_tables=False, favor_precision=True,
    )
    if not found:
        raise BadInput("no main text found in the HTML")
    meta = json.loads(found)
    published = meta.get("date") or htmldate.find_date(html, url=url, extensive_search=False)
    return make_document(
        id,
        meta.get("text") or meta.get("raw_text") or "",
        title=meta.get("title"),
        published=published,
        url=url or meta.get("source"),
        source=meta.get("sitename") or meta.get("hostname"),
        lang=None,
        origin=origin,
    )
