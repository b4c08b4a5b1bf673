"""Analyses over time on the store: position history, party gaps, talks rounds, alerts.

:func:`update` is what ``detente analyze`` runs at the end: it links new positions and raises new alerts.
"""

from __future__ import annotations

from ..ontology.schema import Pack
from ..store import Store
from .alerts import Alert, evaluate, load_rules
from .links import relink


def update(store: Store, pack: Pack, rules: str | None = None, run_id: int | None = None) -> list[Alert]:
    """Links positions not linked yet (their whole party-and-issue group), then evaluates the alert rules."""
    relink(store, pack)
    return evaluate(store, pack, load_rules(pack, rules), run_id)


__all__ = ["Alert", "update"]
