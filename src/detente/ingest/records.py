"""JSON Lines, JSON and CSV files: many documents, one record each."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from ..model import Document, ReadError
from .document import make_document
from .normalise import BadInput, decode

_OPTIONAL = ("title", "published", "url", "source", "source_type", "language")


def from_record(record: object, where: str) -> Document:
    if not isinstance(record, dict):
        raise BadInput("record is not a JSON object")
    missing = [f for f in ("id", "text") if record.get(f) in (None, "")]
    if missing:
        raise BadInput(f"missing required field(s): {', '.join(missing)}")
    if not isinstance(record["text"], str):
        raise BadInput("'text' is not a string")
    extra = {k: record.get(k) for k in _OPTIONAL}
    return make_document(
        record["id"], record["text"], title=extra["title"], published=extra["published"],
        url=extra["url"], source=extra["source"], source_type=extra["source_type"],
        lang=extra["language"], origin=where,
    )


def _each(records: Iterator[tuple[str, object]], origin: str) -> Iterator[Document | ReadError]:
    for where, record in records:
        try:
            if isinstance(record, BadInput):
                raise record
            yield from_record(record, origin)
        except BadInput as err:
            rid = record.get("id") if isinstance(record, dict) else None
            yield ReadError(id=None if rid is None else str(rid), error=f"{where}: {err}", origin=origin)


def read_jsonl_text(text: str, origin: str) -> Iterator[Document | ReadError]:
    def parsed() -> Iterator[tuple[str, object]]:
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield f"{origin} line {n}", json.loads(line)
                except json.JSONDecodeError as err:
                    yield f"{origin} line {n}", BadInput(f"invalid JSON: {err.msg} at column {err.colno}")
    yield from _each(parsed(), origin)


def read_jsonl(data: bytes, origin: str) -> Iterator[Document | ReadError]:
    yield from read_jsonl_text(decode(data), origin)


def read_json(data: bytes, origin: str) -> Iterator[Document | ReadError]:
    try:
        value = json.loads(decode(data))
    except json.JSONDecodeError as err:
        raise BadInput(f"invalid JSON: {err.msg} at line {err.lineno} column {err.colno}") from None
    if isinstance(value, dict) and isinstance(value.get("documents"), list):
        value = value["documents"]
    items = value if isinstance(value, list) else [value]
    yield from _each(((f"{origin} record {n}", r) for n, r in enumerate(items, 1)), origin)


def read_csv(data: bytes, origin: str) -> Iterator[Document | ReadError]:
    text = decode(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    columns = [c.strip() for c in rows.fieldnames or []]
    missing = [c for c in ("id", "text") if c not in columns]
    if missing:
        raise BadInput(f"CSV has no {' and no '.join(missing)} column (columns: {', '.join(columns) or 'none'})")
    yield from _each(((f"{origin} row {n}", r) for n, r in enumerate(rows, 2)), origin)
