"""Talks rounds in one document: where and when the parties met, and who led and made up each delegation.

Built from what the other extractors found (CONSULT events, sentences, resolved actor mentions), so it needs
no parse of its own. A delegation's head is the person "led by" / "headed by" / "at the head of" names; its
members are the people the same sentence lists after "included" or "with"; its level is the rank of the
head's role on the document's date (the pack's people and titles). Venues come from the pack.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..model import Actor, Delegation, Event, Meeting, Sentence
from ..ontology.schema import Pack

MEETING_WORDS = re.compile(r"\b(talks|round|meeting|met|meet|negotiations?|delegations?|summit|chaired|hosted)\b",
                           re.I)
DELEGATION_WORDS = re.compile(r"\b(delegation|delegations|team|negotiators|side)\b", re.I)
HEAD_AFTER = re.compile(r"\b(?:headed|led|chaired|fronted) by\b", re.I)
HEAD_BEFORE = re.compile(r"\b(?:at the head of|(?:who )?(?:heads|headed|leads|led) (?:the|its|a|his|her) "
                         r"(?:\w+ )?(?:delegation|team|negotiators))\b", re.I)
MEMBERS = re.compile(r"\b(?:included|including|includes|comprised|members were|joined by|together with|"
                     r"alongside|with)\b", re.I)
YEAR = re.compile(r"\b(19|20)\d\d\b")
CONSULT_SKIP_MODES = {"phone"}
RECENT_DAYS = 7


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


class _Venues:
    """The pack's venues and the city each stands for (Dolmabahçe → Istanbul, from the known rounds)."""

    def __init__(self, pack: Pack):
        city = {_fold(r.venue): r.location for r in pack.rounds if r.venue}
        city.update({_fold(r.location): r.location for r in pack.rounds})
        self.names = sorted(pack.venues, key=len, reverse=True)
        self.city: dict[str, str] = {}
        for name in self.names:
            folded = _fold(name)
            self.city[folded] = next((c for v, c in city.items() if v and (v in folded or folded in v)), name)

    def find(self, text: str) -> str | None:
        folded = _fold(text)
        for name in self.names:
            if re.search(r"(?<!\w)" + re.escape(_fold(name)) + r"(?!\w)", folded):
                return self.city[_fold(name)]
        return None


def level_of(actor: Actor, pack: Pack, day: date | None) -> str | None:
    """A person's delegation level on ``day``: the highest-ranked role they held, else their title's level."""
    rank = {lvl: n for n, lvl in enumerate(pack.levels)}
    person = pack.people_by_id.get(actor.id or "")
    if person is not None:
        held = [r.level for r in person.roles if r.level and r.held_on(day)]
        if held:
            return min(held, key=lambda lvl: rank.get(lvl, len(rank)))
    role = (actor.role or "").lower()
    for title in pack.titles:
        if title.level and role and role in [title.title.lower(), *(a.lower() for a in title.aliases)]:
            return title.level
    return None


def _delegations(sent: Sentence, people: list[Actor], groups: list[Actor], pack: Pack,
                 day: date | None) -> list[Delegation]:
    """The delegations one sentence describes, each with its head and the members listed after it."""
    if not DELEGATION_WORDS.search(sent.text):
        return []
    heads: list[tuple[int, Actor]] = []  # (character offset in the sentence where its member list may start)
    for m in HEAD_AFTER.finditer(sent.text):
        after = [a for a in people if (a.start or 0) - sent.start >= m.end()]
        if after:
            heads.append((m.end(), after[0]))
    for m in HEAD_BEFORE.finditer(sent.text):
        before = [a for a in people if (a.end or 0) - sent.start <= m.start()]
        if before:
            heads.append((m.end(), before[-1]))
    heads.sort(key=lambda h: h[0])
    out: list[Delegation] = []
    for n, (begin, head) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(sent.text)
        listed = MEMBERS.search(sent.text, begin, stop)
        members = []
        if listed:
            members = [a for a in people if listed.end() <= (a.start or 0) - sent.start < stop
                       and a.id != head.id and (a.code == head.code or a.code is None)]
        party = head.code or next((g.code for g in groups if g.code), None)
        if party is None:
            continue
        out.append(Delegation(party=party, head=head, members=members, level=level_of(head, pack, day)))
    return out


def _iso_day(value: str | None) -> bool:
    return bool(value) and len(value) == 10  # type: ignore[arg-type]


def meetings_in(sentences: list[Sentence], events: list[Event], actors: list[Actor], pack: Pack,
                day: date | None) -> list[Meeting]:
    """The meetings (talks rounds) a document reports, with their delegations, one per place and date."""
    venues = _Venues(pack)
    by_sentence: dict[int, list[Actor]] = {}
    for a in actors:
        if a.sentence is not None:
            by_sentence.setdefault(a.sentence, []).append(a)
    consults: dict[int, list[Event]] = {}
    for e in events:
        if e.type == "CONSULT" and not e.negated and e.modality == "asserted" and e.mode not in CONSULT_SKIP_MODES:
            consults.setdefault(e.sentence, []).append(e)
    found: dict[tuple[str | None, str | None], Meeting] = {}
    order: list[tuple[str | None, str | None]] = []
    near: dict[tuple[str | None, str | None], list[int]] = {}
    today = day.isoformat() if day else None
    for sent in sentences:
        here = consults.get(sent.i, [])
        if not here and not MEETING_WORDS.search(sent.text):
            continue
        place = next((venues.find(e.location) for e in here if e.location and venues.find(e.location)), None) \
            or venues.find(sent.text)
        if place is None:
            continue
        when = next((e.date for e in here if _iso_day(e.date)), None)
        if when and day is not None and (day - date.fromisoformat(when)).days > RECENT_DAYS:
            continue  # background: an earlier meeting recalled
        years = {int(y.group(0)) for y in YEAR.finditer(sent.text)}
        if when is None and day is not None and any(y < day.year for y in years):
            continue  # background: a meeting of an earlier year, named without its date
        if when is None and here and day is not None and any(e.date and e.date[:4] != str(day.year) for e in here):
            continue
        when = when or today
        key = (place, when)
        codes = [e.source.code for e in here] + [e.target.code for e in here if e.target]
        codes += [a.code for a in by_sentence.get(sent.i, []) if a.kind in {"state", "person", "group"}
                  and a.sector in {None, "GOV", "MIL"}]
        if key not in found:
            found[key] = Meeting(location=place, date=when, parties=[], sentence=sent.i, evidence=sent.text)
            order.append(key)
        near.setdefault(key, []).append(sent.i)
        meeting = found[key]
        meeting.parties = list(dict.fromkeys([*meeting.parties, *(c for c in codes if c)]))
    delegations: list[tuple[Sentence, Delegation]] = []
    for sent in sentences:
        people = sorted((a for a in by_sentence.get(sent.i, []) if a.kind == "person" and a.start is not None),
                        key=lambda a: a.start or 0)
        groups = [a for a in by_sentence.get(sent.i, []) if a.kind == "group"]
        delegations.extend((sent, d) for d in _delegations(sent, people, groups, pack, day))
    if delegations and not order:
        first = delegations[0][0]
        key = (venues.find(" ".join(s.text for s in sentences)), today)
        found[key] = Meeting(location=key[0], date=today, sentence=first.i, evidence=first.text)
        order.append(key)
        near[key] = [first.i]
    for sent, d in delegations:  # each delegation joins the meeting reported nearest to it
        key = min(order, key=lambda k: (min(abs(i - sent.i) for i in near[k]), k[1] != today))
        meeting = found[key]
        if d.party not in {x.party for x in meeting.delegations}:
            meeting.delegations.append(d)
            meeting.parties = list(dict.fromkeys([*(x.party for x in meeting.delegations), *meeting.parties]))
    return [found[k] for k in order]
