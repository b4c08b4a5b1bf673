"""The pure ``Document -> Analysis`` function that every front end calls."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from spacy.language import Language
from spacy.tokens import Span

from . import nlp as nlp_mod
from .extract.actors import DocResolver, Gazetteer, gazetteer, resolve_doc
from .extract.events import events_in, last_pair
from .extract.geography import Geography, geography
from .extract.issue_phrases import issue_hits
from .extract.meetings import meetings_in
from .extract.narratives import Unit, narratives_in
from .extract.position_holders import main_parties, refuses
from .extract.positions import text_positions
from .extract.syntax import ActorIndex, Mention
from .issue_model import Reading, revised
from .model import Actor, Analysis, Document, Event, Position, Sentence
from .ontology import Pack, load_pack
from .target_model import TargetFiller, load_model


def document_date(doc: Document) -> date | None:
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


def _named(actor: Actor | None, names: dict[str, str]) -> Actor | None:
    """A state standing in for a phrase no mention covers ("the US draft") carries its code as its name; give it
    the pack's name, as every other state mention has."""
    if actor is None or actor.kind != "state" or actor.name != actor.code or actor.code not in names:
        return actor
    return actor.model_copy(update={"name": names[actor.code]})


def _with_names(analysis: Analysis, pack: Pack) -> Analysis:
    names = {s.code: s.names[0] for s in pack.states}
    fields = ("source", "target", "holder", "reported_by")
    for record in [*analysis.events, *analysis.positions]:
        for name in fields:
            if hasattr(record, name):
                setattr(record, name, _named(getattr(record, name), names))
    return analysis


def sentence_reading(sent: Span, index: ActorIndex, hits: list[Span], declined: set[str], opens: bool,
                     geo: Geography) -> Reading:
    """What the issue model needs to know of a sentence besides its words."""
    return Reading(frozenset(h.label_ for h in hits if sent.start <= h.start < sent.end), frozenset(declined), opens,
                   main_parties(sent, index, geo), refuses(sent.root))


def unnamed_principal(actors: list[Actor], text: str, pack: Pack, gaz: Gazetteer, day: date | None) -> str | None:
    """The state a readout speaks for when it never names its own principal ("The Prime Minister spoke to
    President Zelensky …"): the first person is a bare title no one named before stands for, and of the states
    that have a holder of that office and whose people the text never names, one is named (its name, capital or
    metonym: "the UK", "Downing Street") more often than any other."""
    people = [a for a in actors if a.kind == "person"]
    if not people or people[0].id or people[0].code or not people[0].role:
        return None
    role = people[0].role.lower()
    named = {a.code for a in people if a.id}
    states = {s.code: s for s in pack.states}
    counts: Counter[str] = Counter()
    for key, org in gaz.role_index:
        state = states.get(org) if key == role and org not in named else None
        if state is not None and gaz.holder(role, org, day) is not None:
            words = [*state.names, *state.capitals, *state.metonyms]
            counts[org] = len(re.findall(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", text))
    ranked = [c for c in counts.most_common(2) if c[1]]
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def extract(doc: Document, pack: Pack | None = None, nlp: Language | None = None,
            targets: TargetFiller | None = None) -> Analysis:
    """Everything detente finds in ``doc``: sentences, actors, events, positions, narratives, meetings.

    A document not in English is returned with its metadata and a warning, not parsed as English. ``targets``
    gives events the rules left without a target one (default: the pack's trained target model, if it has one).
    A document that is not an official one of a known publisher but reads like one (``unnamed_principal``) is
    read again as that state's.
    """
    meta = doc.model_dump(include={"id", "title", "url", "source", "source_type", "published", "language"})
    if doc.language and doc.language != "en":
        return Analysis(**meta, warnings=[f"language {doc.language!r} is not analysed (English only)"])
    pack = pack or load_pack()
    nlp = nlp or nlp_mod.load()
    targets = load_model(pack) if targets is None else targets
    gaz = gazetteer(pack, nlp)
    home = gaz.publisher(doc.source, nlp) if doc.source_type == "official" else None
    analysis = _analyse(doc, meta, pack, nlp, targets, DocResolver(gaz, document_date(doc), home))
    if home is None and (home := unnamed_principal(analysis.actors, doc.text, pack, gaz, document_date(doc))):
        analysis = _analyse(doc, meta, pack, nlp, targets, DocResolver(gaz, document_date(doc), home, unnamed=True))
    return analysis


def _analyse(doc: Document, meta: dict, pack: Pack, nlp: Language, targets: TargetFiller | None,
             resolver: DocResolver) -> Analysis:
    """``extract`` with the state an official document speaks for settled in ``resolver``."""
    day = resolver.day
    gaz = resolver.gaz
    sentences: list[Sentence] = []
    actors: list[Actor] = []
    events: list[Event] = []
    positions: list[Position] = []
    units: list[Unit] = []
    readings: dict[int, Reading] = {}  # what the issue model needs to know of each sentence
    pair: tuple[Actor, Actor] | None = None  # the last two parties an event was between
    for offset, parsed in nlp_mod.parse(doc.text, nlp):
        first = len(sentences)
        starts = []
        for sent in parsed.sents:
            text = sent.text.strip()
            if not text:
                continue
            lead = len(sent.text) - len(sent.text.lstrip())
            begin = offset + sent.start_char + lead
            sentences.append(Sentence(i=len(sentences), start=begin, end=begin + len(text), text=text))
            starts.append((sent.start, len(sentences) - 1))
        furniture = [(s.start, s.end) for s in parsed.sents if nlp_mod.is_furniture(s.text)]
        mentions = [m for m in resolve_doc(parsed, gaz, resolver) if not any(a <= m[0] < b for a, b in furniture)]
        for start, end, actor in mentions:
            index = next((i for s, i in reversed(starts) if s <= start), first)
            span = parsed[start:end]
            actors.append(actor.model_copy(update={
                "sentence": index, "start": offset + span.start_char, "end": offset + span.end_char}))
        by_sentence = {s: i for s, i in starts}
        documents: dict[str, str] = {}  # whose memorandum, plan or draft the text has named
        parts: list[tuple[int, Span, ActorIndex, bool]] = []  # and whether the sentence opens a paragraph
        for sent in parsed.sents:
            if sent.start not in by_sentence:
                continue
            index = ActorIndex([Mention(s, e, a) for s, e, a in mentions if sent.start <= s < sent.end], documents,
                               pair)
            number = by_sentence[sent.start]
            units.append(Unit(number, sent, index))
            parts.append((number, sent, index, "\n" in parsed.text[sent[0].idx - 2 if sent.start else 0:sent[0].idx]))
            found = events_in(sent, index, pack, day, number)
            events.extend(targets.fill(sent, index, found) if targets is not None else found)
            pair = last_pair(found) or pair
        hits = issue_hits(parsed, pack, nlp)
        declined: dict[int, set[str]] = {}
        positions.extend(text_positions(parts, hits, pack, nlp, day, declined))
        geo = geography(pack)
        readings.update({number: sentence_reading(sent, index, hits, declined.get(number, set()), opens, geo)
                         for number, sent, index, opens in parts})
    positions = revised(positions, sentences, pack, readings, day.isoformat() if day else None)
    narratives, roles = narratives_in(units, pack)
    meetings = meetings_in(sentences, events, actors, pack, day)
    return _with_names(Analysis(**meta, sentences=sentences, actors=actors, events=events, positions=positions,
                                narratives=narratives, roles=roles, meetings=meetings), pack)
