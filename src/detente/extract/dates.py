"""Dates of events: a DATE expression resolved against the document's publication date.

Common wire forms ("on Tuesday", "yesterday", "last week", "16 May", "May 16, 2025", "in 2022") are read
directly; anything else goes to dateparser, relative to the publication date, and is cached.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?(?:,? (\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b")
_MONTH_YEAR = re.compile(r"\b([a-z]+) (\d{4})\b")
_YEAR = re.compile(r"^(?:in |since |by |during |until )?(?:the )?(?:year )?((?:19|20)\d{2})$")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _safe(year: int, month: int, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _past(candidate: date | None, base: date) -> date | None:
    """A day-and-month without a year is the latest such day not after the base date."""
    if candidate and candidate > base + timedelta(days=2):
        return _safe(candidate.year - 1, candidate.month, candidate.day)
    return candidate


@lru_cache(maxsize=4096)
def resolve(expression: str, base: date | None) -> str | None:
    """An ISO date (``YYYY-MM-DD``, or ``YYYY`` / ``YYYY-MM`` when that is all the text says), else None."""
    text = expression.lower().strip().replace("the ", "")
    if not text:
        return None
    if m := _ISO.search(text):
        found = _safe(int(m[1]), int(m[2]), int(m[3]))
        return found.isoformat() if found else None
    if m := _YEAR.match(text):
        return m[1]
    if base is not None:
        if text in ("today", "this morning", "this afternoon", "tonight", "this evening"):
            return base.isoformat()
        if text in ("yesterday", "last night"):
            return (base - timedelta(days=1)).isoformat()
        day = text.removeprefix("on ").removeprefix("last ").removeprefix("this ").strip()
        if day in WEEKDAYS:
            back = (base.weekday() - WEEKDAYS[day]) % 7
            return (base - timedelta(days=back)).isoformat()
        if text == "last week":
            return (base - timedelta(days=7)).isoformat()
        if text in ("last month", "a month ago"):
            return _shift_month(base, -1)
        if text in ("last year", "a year ago"):
            return str(base.year - 1)
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if (m := pattern.search(text)) and m[month_group] in MONTHS:
            found = _day_of(m[3], MONTHS[m[month_group]], int(m[day_group]), base)
            if found is not False:
                return found
    if m := _MONTH_YEAR.search(text):
        if m[1] in MONTHS:
            return f"{m[2]}-{MONTHS[m[1]]:02d}"
    found = _dateparser(text, base)
    if found is None and (m := re.search(r"\b((?:19|20)\d{2})\b", text)):
        return m[1]
    return found


def _day_of(year_text: str | None, month: int, day: int, base: date | None) -> str | None | bool:
    """"16 May" / "May 16, 2025" as an ISO date (a day without a year is the latest one before ``base``);
    False when there is no year to place it in."""
    year = int(year_text) if year_text else (base.year if base else None)
    if not year:
        return False
    found = _safe(year, month, day)
    found = found if year_text or base is None else _past(found, base)
    return found.isoformat() if found else None


def _shift_month(base: date, months: int) -> str:
    month = base.month - 1 + months
    return f"{base.year + month // 12}-{month % 12 + 1:02d}"


def _dateparser(text: str, base: date | None) -> str | None:
    if not re.search(r"\d|ago|week|month|year|day", text) or base is None and not re.search(r"\d{4}", text):
        return None  # a relative date needs the publication date to mean anything
    import dateparser  # slow to import: only for the rare forms the patterns above do not read

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        found = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return found.date().isoformat() if found else None
