"""``http(s)://`` addresses: fetched once, then read as HTML, a feed, JSON records or text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import httpx

from ..model import Document, ReadError
from .feed import looks_like_feed, read_feed
from .html import read_html
from .normalise import MAX_BYTES, BadInput
from .records import read_jsonl
from .text import read_text


def fetch(url: str, timeout: float = 20.0) -> tuple[bytes, str]:
    """The body and content type at ``url``; a BadInput that says why when it cannot be had."""
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "detente/0.1 (+news analysis)"}) as response:
            if response.status_code >= 400:
                raise BadInput(f"HTTP {response.status_code} from {url}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > MAX_BYTES:
                    raise BadInput(f"response larger than the {MAX_BYTES / 1e6:g} MB limit")
            return bytes(body), response.headers.get("content-type", "")
    except httpx.ConnectError as err:
        raise BadInput(f"cannot connect to {url} (no network, or the host is down): {err}") from None
    except httpx.TimeoutException:
        raise BadInput(f"no answer from {url} within {timeout:g} s") from None
    except httpx.HTTPError as err:
        raise BadInput(f"cannot fetch {url}: {err}") from None


def read_url(url: str) -> Iterator[Document | ReadError]:
    data, ctype = fetch(url)
    doc_id = "url-" + hashlib.sha1(url.encode()).hexdigest()[:12]
    if "json" in ctype:
        yield from read_jsonl(data, url)
    elif looks_like_feed(data) or "rss" in ctype or "atom" in ctype:
        yield from read_feed(data, url)
    elif "text/plain" in ctype:
        doc = read_text(data, Path(doc_id))
        yield doc.model_copy(update={"url": url, "origin": url})
    else:
        yield read_html(data, doc_id, url=url, origin=url)
