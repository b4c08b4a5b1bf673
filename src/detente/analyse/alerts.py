"""Alert rules (YAML) evaluated over the stored links, delegations and events; each alert is raised once.

The default rules are the pack's ``over_time/alerts.yaml``; ``DETENTE_ALERTS`` or ``--rules`` name another
file. An alert's key is built from stable parts (document, sentence, party, issue, rule), so re-analysing a
document does not raise it again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import insert, select

from ..ontology.loader import PACKS_DIR
from ..ontology.schema import Pack
from ..store import Store
from ..store import analysis_schema as a
from ..store import schema as t
from .links import origin, stored_links
from .rounds import compare, load_rounds


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str
    description: str
    about: str  # position | delegation | event (YAML reads a bare "on" as true)
    party: str | list[str] | None = None
    issue: str | list[str] | None = None
    kind: list[str] | None = None
    direction: list[str] | None = None
    stance: list[str] | None = None
    earlier_year: int | None = None
    origin_year: int | None = None
    change: list[str] | None = None
    type: list[str] | None = None
    mode: list[str] | None = None
    negated: bool | None = None


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the rule."""


@dataclass
class Alert:
    rule: str
    key: str
    message: str
    date: str | None = None
    party: str | None = None
    issue: str | None = None
    document_id: str | None = None
    data: dict | None = None


def rules_path(pack: Pack, path: str | None = None) -> Path:
    return Path(path or os.environ.get("DETENTE_ALERTS") or PACKS_DIR / pack.id / "over_time" / "alerts.yaml")


def load_rules(pack: Pack, path: str | None = None) -> list[Rule]:
    file = rules_path(pack, path)
    try:
        content = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise RulesError(f"{file}: cannot read the alert rules: {err}") from None
    rules = []
    for n, entry in enumerate(content.get("rules", []) if isinstance(content, dict) else []):
        try:
            rules.append(Rule.model_validate(entry))
        except ValidationError as err:
            label = entry.get("id") if isinstance(entry, dict) else n
            raise RulesError(f"{file}: rule {label!r}: {err.errors()[0]['loc']}: {err.errors()[0]['msg']}") from None
    return rules


def _ok(wanted, value) -> bool:
    if wanted is None:
        return True
    return value in (wanted if isinstance(wanted, list) else [wanted])


def _position_alerts(store: Store, rules: list[Rule]) -> list[Alert]:
    links = stored_links(store)
    p = t.positions
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(p.c.id, p.c.document_id, p.c.sentence, p.c.stance,
                                                     p.c.data[("evidence",)].as_string().label("evidence")))}
    out = []
    for link in links.values():
        row = rows.get(link.position_id)
        if row is None:
            continue
        first = origin(link, links)
        for rule in rules:
            if not (_ok(rule.party, link.holder_code) and _ok(rule.issue, link.issue) and _ok(rule.kind, link.kind)
                    and _ok(rule.direction, link.direction) and _ok(rule.stance, row.stance)):
                continue
            if rule.earlier_year and (link.earlier_date or "")[:4] != str(rule.earlier_year):
                continue
            if rule.origin_year and (first.earlier_date or first.date or "")[:4] != str(rule.origin_year):
                continue
            what = f"{link.kind}" + (f" ({link.direction})" if link.direction else "")
            out.append(Alert(rule.id, f"{rule.id}|{row.document_id}|{row.sentence}|{link.holder_code}|{link.issue}",
                             f"{link.holder_code} {what} on {link.issue}: {row.evidence} — {link.reason}",
                             link.date, link.holder_code, link.issue, row.document_id,
                             {"position": link.position_id, "earlier": link.earlier_id, "score": link.score}))
    return out


def _delegation_alerts(store: Store, pack: Pack, rules: list[Rule]) -> list[Alert]:
    out = []
    for c in compare(load_rounds(store), pack):
        for rule in rules:
            changed = c.change if c.change != "same" or c.head == c.previous_head else "head"
            if _ok(rule.party, c.party) and _ok(rule.change, changed):
                out.append(Alert(rule.id, f"{rule.id}|{c.round.label}|{c.party}", c.sentence, c.round.date, c.party,
                                 "talks_format", c.round.documents[0] if c.round.documents else None,
                                 {"level": c.level, "previous_level": c.previous_level}))
    return out


def _event_alerts(store: Store, rules: list[Rule]) -> list[Alert]:
    e = t.events
    out = []
    with store.engine.connect() as conn:
        events = conn.execute(select(e.c.document_id, e.c.sentence, e.c.type, e.c.mode, e.c.negated, e.c.source_code,
                                     e.c.target_code, e.c.date, e.c.data[("evidence",)].as_string()))
        for doc, sentence, etype, mode, negated, source, target, day, evidence in events:
            for rule in rules:
                if _ok(rule.type, etype) and _ok(rule.mode, mode) and _ok(rule.party, source) and \
                        (rule.negated is None and not negated or rule.negated == bool(negated)):
                    out.append(Alert(rule.id, f"{rule.id}|{doc}|{sentence}|{etype}|{source}",
                                     f"{source or '?'} {etype.lower()} {mode or ''} {target or ''}: {evidence}",
                                     day, source, "talks_format", doc))
    return out


def evaluate(store: Store, pack: Pack, rules: list[Rule], run_id: int | None = None) -> list[Alert]:
    """Every alert the rules raise on the store that was not raised before; the new ones are stored."""
    by_kind = {k: [r for r in rules if r.about == k] for k in ("position", "delegation", "event")}
    found = []
    if by_kind["position"]:
        found += _position_alerts(store, by_kind["position"])
    if by_kind["delegation"]:
        found += _delegation_alerts(store, pack, by_kind["delegation"])
    if by_kind["event"]:
        found += _event_alerts(store, by_kind["event"])
    with store.engine.begin() as conn:
        known = set(conn.execute(select(a.alerts.c.key)).scalars())
        new = []
        for alert in found:
            if alert.key[:255] in known:
                continue
            known.add(alert.key[:255])
            new.append(alert)
        if new:
            now = datetime.now(timezone.utc)
            conn.execute(insert(a.alerts), [dict(key=x.key[:255], rule=x.rule, created=now, run_id=run_id, date=x.date,
                                                 party=x.party, issue=x.issue, document_id=x.document_id,
                                                 message=x.message, data=x.data) for x in new])
    return sorted(new, key=lambda x: (x.date or "", x.rule))


def stored_alerts(store: Store, since: str | None = None, rule: str | None = None) -> list[dict]:
    al = a.alerts
    query = select(al).order_by(al.c.date, al.c.id)
    if since:
        query = query.where(al.c.date >= since)
    if rule:
        query = query.where(al.c.rule == rule)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]
