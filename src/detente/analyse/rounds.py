"""Talks rounds from the stored meetings, and each delegation compared with the party's earlier rounds.

Meetings reported by several documents are merged by place and date. For each party at each round the
comparison names the previous round's head and level and says whether the level rose, fell or stayed, and in
which earlier rounds the party sent the same level ("a presidential aide, as in Gomel 2022-02-28").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..model import Delegation, Meeting
from ..ontology.schema import Pack
from ..store import Store
from ..store import schema as t

MERGE_DAYS = 2


@dataclass
class Round:
    location: str | None
    date: str | None
    parties: list[str]
    delegations: dict[str, Delegation]
    documents: list[str] = field(default_factory=list)
    evidence: str = ""

    @property
    def label(self) -> str:
        return f"{self.location or 'unknown place'} {self.date or ''}".strip()


@dataclass
class Comparison:
    round: Round
    party: str
    head: str | None
    level: str | None
    previous: Round | None
    previous_head: str | None
    previous_level: str | None
    change: str  # first | same | higher | lower | unknown
    same_level_as: list[str]
    sentence: str


def load_rounds(store: Store) -> list[Round]:
    """Stored meetings merged by place and date, oldest first."""
    m = t.meetings
    found: dict[tuple, Round] = {}
    with store.engine.connect() as conn:
        for doc_id, data in conn.execute(select(m.c.document_id, m.c.data).order_by(m.c.date, m.c.id)):
            meeting = Meeting.model_validate(data)
            key = (meeting.location, (meeting.date or "")[:10])
            key = next((k for k in found if k[0] == key[0] and _close(k[1], key[1])), key)
            rnd = found.setdefault(key, Round(meeting.location, meeting.date, [], {}, evidence=meeting.evidence))
            rnd.parties = list(dict.fromkeys([*rnd.parties, *meeting.parties]))
            rnd.documents.append(doc_id)
            for d in meeting.delegations:
                have = rnd.delegations.get(d.party)
                if have is None or (have.head is None and d.head is not None) or len(d.members) > len(have.members):
                    rnd.delegations[d.party] = d
    return sorted(found.values(), key=lambda r: (r.date or "", r.location or ""))


def _close(a: str, b: str) -> bool:
    """Two dates of one round: a round runs over several days and is reported the next day."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= MERGE_DAYS
    except ValueError:
        return a == b


def _who(d: Delegation) -> str | None:
    return (d.head.name or d.head.text) if d.head else None


def compare(rounds: list[Round], pack: Pack, party: str | None = None) -> list[Comparison]:
    """Each delegation against the same party's previous delegation (by the pack's level order)."""
    rank = {lvl: n for n, lvl in enumerate(pack.levels)}
    out: list[Comparison] = []
    history: dict[str, list[tuple[Round, Delegation]]] = {}
    for rnd in rounds:
        for code, d in sorted(rnd.delegations.items()):
            if party and code != party:
                continue
            earlier = history.setdefault(code, [])
            head = _who(d)
            prev_round, prev = earlier[-1] if earlier else (None, None)
            same = [r.label for r, x in earlier if x.level and x.level == d.level]
            if prev is None:
                change = "first"
            elif not d.level or not prev.level:
                change = "unknown"
            elif d.level == prev.level:
                change = "same"
            else:
                change = "higher" if rank.get(d.level, 99) < rank.get(prev.level, 99) else "lower"
            text = f"{code} delegation head {head or 'unknown'} ({d.level or 'level unknown'})"
            if same:
                text += f", as in {same[0]}" + (f" and {len(same) - 1} later rounds" if len(same) > 1 else "")
            if prev is not None and change in {"higher", "lower"}:
                text += f"; {change} than {prev_round.label} ({_who(prev)}, {prev.level})"  # type: ignore[union-attr]
            elif prev is not None and head != _who(prev):
                text += f"; head changed from {_who(prev)} ({prev_round.label})"  # type: ignore[union-attr]
            out.append(Comparison(rnd, code, head, d.level, prev_round, _who(prev) if prev else None,
                                  prev.level if prev else None, change, same, text))
            earlier.append((rnd, d))
    return out
