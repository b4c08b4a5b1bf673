"""What the whole pipeline finds in a short English text, and the few fields of it that tests compare.

Test files keep their own one-line helpers where they want a date of their own or a set instead of a list."""

from __future__ import annotations

from detente.ingest.document import make_document
from detente.model import Analysis, Event, Position
from detente.pipeline import extract


def analysis_of(pack, text: str, published: str | None = None, **document) -> Analysis:
    """The analysis of `text` as one English document, published on `published` (no date when None)."""
    return extract(make_document("t", text, published=published, lang="en", **document), pack)


def events_of(pack, text: str, published: str | None = None) -> list[Event]:
    return analysis_of(pack, text, published).events


def event_fields(events: list[Event]) -> list[tuple]:
    """(type, source code, target code or None) of each event, in order."""
    return [(e.type, e.source.code, e.target.code if e.target else None) for e in events]


def coded(events: list[Event], etype: str) -> list[tuple]:
    """(CAMEO code, source code, target code or None) of each event of type `etype`, in order."""
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events if e.type == etype]


def event_keys(pack, text: str, published: str | None = None) -> list[tuple]:
    """(type, source code, target code or None) of each event found in `text`, in order."""
    return event_fields(events_of(pack, text, published))


def positions_of(pack, text: str, published: str | None = None) -> list[Position]:
    """The positions found in `text`; each one's evidence must stand in its sentence."""
    analysis = analysis_of(pack, text, published)
    for p in analysis.positions:
        assert p.evidence in analysis.sentences[p.sentence].text
    return analysis.positions


def position_fields(positions: list[Position]) -> set[tuple]:
    """(holder code, issue, stance) of each position."""
    return {(p.holder.code, p.issue, p.stance) for p in positions}


def position_keys(pack, text: str, published: str | None = None) -> set[tuple]:
    """(holder code, issue, stance) of each position found in `text` (evidence not checked)."""
    return position_fields(analysis_of(pack, text, published).positions)
