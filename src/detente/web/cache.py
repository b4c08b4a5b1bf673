"""Memoised store views for the web app, dropped whenever the store's data changes.

The over-time views read every position or event, so the app keeps their results until the store changes.
A change is seen through a cheap version stamp (the highest row id of each extraction table, the last run and
the number of documents), checked at most once per ``ttl`` seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from ..store import Store, views
from ..store import schema as t


def version(store: Store) -> tuple:
    """A stamp that changes whenever documents, runs or extractions are added, replaced or removed."""
    tables = (t.actors, t.events, t.positions, t.narratives, t.meetings, t.runs)
    with store.engine.connect() as conn:
        stamp = tuple(conn.execute(select(func.max(table.c.id))).scalar() for table in tables)
        return stamp + (conn.execute(select(func.count()).select_from(t.documents)).scalar_one(),)


def _freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value


class CachedViews:
    """``views`` functions bound to one store, each result kept until the store's version changes."""

    def __init__(self, store: Store, ttl: float = 1.0, size: int = 512):
        self.store, self.ttl, self.size = store, ttl, size
        self._lock = threading.Lock()
        self._results: dict[tuple, Any] = {}
        self._version: tuple | None = None
        self._checked = 0.0

    def _fresh(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.ttl:
            return
        stamp = version(self.store)
        with self._lock:
            self._checked = now
            if stamp != self._version:
                self._version, self._results = stamp, {}

    def call(self, fn: Callable, *args, **kwargs):
        """``fn(store, *args, **kwargs)``, from the cache while the store is unchanged."""
        self._fresh()
        key = (fn.__module__, fn.__name__, _freeze(args), _freeze(tuple(sorted(kwargs.items()))))
        with self._lock:
            if key in self._results:
                return self._results[key]
        value = fn(self.store, *args, **kwargs)
        with self._lock:
            if len(self._results) >= self.size:
                self._results.clear()
            self._results[key] = value
        return value

    def __getattr__(self, name: str) -> Callable:
        fn = getattr(views, name)
        return lambda *args, **kwargs: self.call(fn, *args, **kwargs)
