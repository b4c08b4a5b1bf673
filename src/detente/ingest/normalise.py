"""Text hygiene shared by every reader: decoding, normalisation, fingerprints, language, dates."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from datetime import date, datetime

import py3langid

MAX_BYTES = int(float(os.environ.get("DETENTE_MAX_MB", "5")) * 1_000_000)

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class BadInput(ValueError):
    """Raised by readers for input that cannot become a Document; the message says what is wrong."""


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an error."""
    if not data.strip():
        raise BadInput("empty")
    if len(data) > MAX_BYTES:
        raise BadInput(f"too large: {len(data) / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:g} MB limit "
                       "(split it, or raise DETENTE_MAX_MB)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise BadInput("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}); "
                       "convert it to UTF-8") from None
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > len(sample) / 100:
        raise BadInput("binary file, not text")
    return text


def clean(text: str) -> str:
    """Normalise a text for storage and parsing: NFC, unified newlines and spaces, no control characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def fingerprint(text: str) -> str:
    """A hash of the text that ignores case, spacing and punctuation differences: same text, same print."""
    folded = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha256(folded.encode()).hexdigest()


def language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, from its first few thousand characters."""
    sample = text[:3000]
    if len(re.findall(r"\w+", sample)) < 3:
        return None
    code, _ = py3langid.classify(sample)
    return code


def iso_date(value: object) -> str | None:
    """An ISO 8601 date or datetime string from a date, datetime or string; None if it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadInput(f"'published' is not an ISO 8601 date: {text[:40]!r}") from None
    if len(text) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()
