"""The event coder: who did what to whom in each sentence, as PLOVER types and modes and CAMEO codes.

A predicate (verb, nominalisation or "ready to" adjective) from the pack's cue lexicon is coded by its
complement ("demanded talks" → 106, "demanded a ceasefire" → 1056); its source and target come from the parse
(passives, conjunctions, relative clauses, control verbs, possessives); modality, negation, the reporter,
the date and the place are read around it. The CAMEO code decides the PLOVER type and mode through the
pack's crosswalk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from ..model import Actor, Event
from ..ontology.schema import EventCue, Pack
from .attribution import attribute
from .dates import resolve
from .geography import Geography, geography
from .syntax import ActorIndex, Mention, bare, complement_lemmas, negated, object_of, subject_of

TARGET_PREPS = {"with", "to", "on", "against", "at", "from", "for", "upon", "toward", "towards", "into"}
NOUN_TARGET_PREPS = {"with", "on", "against", "to", "between", "of", "for", "toward", "towards"}
LIGHT_VERBS = {"hold", "have", "make", "issue", "launch", "conduct", "carry", "stage", "begin", "start", "open",
               "resume", "announce", "impose", "give", "deliver", "express", "voice", "reach", "sign", "level",
               "lodge", "file", "mount", "unleash", "step", "continue"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "RETREAT", "SUPPORT"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
INTENT_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d"}
EXPECT_WORDS = {"expect", "likely", "set", "due", "poised", "slate", "scheduled", "schedule"}


@dataclass
class Lexicon:
    """The pack's event vocabulary, indexed for the coder."""

    cues: dict[str, list[EventCue]]
    pack: Pack

    @classmethod
    def of(cls, pack: Pack) -> "Lexicon":
        cues: dict[str, list[EventCue]] = {}
        for cue in pack.event_cues:
            cues.setdefault(cue.cue.lower(), []).append(cue)
        return cls(cues, pack)


_LEXICONS: dict[int, Lexicon] = {}


def lexicon(pack: Pack) -> Lexicon:
    if id(pack) not in _LEXICONS:
        _LEXICONS[id(pack)] = Lexicon.of(pack)
    return _LEXICONS[id(pack)]


def _with_present(tok: Token, word: str) -> Token | None:
    """The particle, preposition or complement that makes a phrasal cue ("call for", "decline to")."""
    for child in tok.children:
        if child.dep_ in {"prt", "prep", "agent", "dative"} and child.lower_ == word:
            return child
        if word == "to" and child.dep_ in {"xcomp", "ccomp"} and any(
                g.lower_ == "to" and g.dep_ == "aux" for g in child.children):
            return child
        if child.dep_ in {"dobj", "xcomp", "acomp"} and child.lemma_.lower() == word:
            return child
    return None


def _match(tok: Token, lex: Lexicon) -> tuple[EventCue, Token | None] | None:
    cues = lex.cues.get(tok.lemma_.lower()) or lex.cues.get(tok.lower_)
    if not cues:
        return None
    pos = "ADJ" if tok.pos_ == "ADJ" else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else "VERB" \
        if tok.pos_ in {"VERB", "AUX"} else None
    if pos is None:
        return None
    plain = None
    for cue in cues:
        if pos not in cue.pos:
            continue
        if cue.with_:
            partner = _with_present(tok, cue.with_.lower())
            if partner is not None:
                return cue, partner
        elif plain is None:
            plain = cue
    return (plain, None) if plain else None


def _guarded(tok: Token, lex: Lexicon) -> bool:
    guards = lex.pack.non_events.get(tok.lemma_.lower(), [])
    return bool(guards) and any(c.lower_ in guards or c.lemma_.lower() in guards for c in tok.children
                                if c.dep_ in {"compound", "amod", "nmod", "poss"})


def _code(cue: EventCue, tok: Token, partner: Token | None) -> str:
    words = complement_lemmas(tok)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "pobj", "attr"}:
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
        words |= {verb.lemma_.lower()} | ({t.lemma_.lower() for t in subject.subtree} if subject is not None else set())
    if partner is not None and partner.dep_ in {"xcomp", "ccomp"}:
        words |= complement_lemmas(partner) | {partner.lemma_.lower()}
    for frame in cue.frames:
        if any(w in words for w in frame.words):
            return frame.cameo
    return cue.cameo


def _governors(tok: Token) -> list[Token]:
    """The predicate and the verbs it is the complement of ("continues to demand" → demand, continue)."""
    chain = [tok]
    while chain[-1].dep_ in {"xcomp", "acomp"} and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def _modality(tok: Token, chain: list[Token], lex: Lexicon) -> str:
    controls = lex.pack.control_verbs
    for t in chain:
        for child in t.children:
            word = child.lower_
            if child.dep_ == "aux" and word in HYPOTHETICAL_AUX:
                return "hypothetical"
            if child.dep_ == "aux" and word in INTENT_AUX:
                return "intended"
            if child.dep_ == "mark" and word in {"if", "unless"}:
                return "hypothetical"
        if t.i != tok.i:
            mode = controls.get(t.lemma_.lower())
            if mode in {"intended", "expected", "hypothetical"}:
                return mode
            if t.lemma_.lower() in EXPECT_WORDS:
                return "expected"
            if t.pos_ == "ADJ" and t.lemma_.lower() in {"ready", "willing", "prepared", "open", "eager"}:
                return "intended"
    top = chain[-1]
    if top.dep_ == "advcl" and any(c.lower_ in {"if", "unless"} and c.dep_ == "mark" for c in top.children):
        return "hypothetical"
    if top.dep_ in {"advcl", "conj", "ccomp"}:
        for child in top.head.children:
            if child.dep_ == "mark" and child.lower_ in {"if", "unless"} and top.dep_ != "ccomp":
                return "hypothetical"
    if tok.pos_ == "ADJ":
        return "intended"
    return "asserted"


def _source_and_target(tok: Token, index: ActorIndex) -> tuple[list[Mention], Mention | None]:
    """Source mentions (one per conjoined subject) and the target of a predicate."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        owner = next((c for c in tok.children if c.dep_ in {"poss", "compound", "amod"} and index.at(c)), None)
        by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                   for g in c.children if g.dep_ == "pobj"), None)
        sources = index.all_at(owner) or index.all_at(by)
        if not sources and tok.dep_ in {"dobj", "pobj", "attr", "nsubjpass"}:
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            if verb.lemma_.lower() in LIGHT_VERBS or verb.pos_ == "VERB":
                sources = index.all_at(subject_of(verb))
        if not sources and tok.dep_ in {"nsubj", "nsubjpass"}:
            between = object_of(tok, {"between", "among"})
            sources = index.all_at(between)
        target = index.at(object_of(tok, NOUN_TARGET_PREPS - {"of"})) or (
            index.at(object_of(tok, {"of"})) if not sources else None)
        return sources, target
    if tok.pos_ == "ADJ":
        head = tok.head
        sources = index.all_at(subject_of(head)) if head.pos_ in {"AUX", "VERB"} else []
        target = None
        for child in tok.children:
            if child.dep_ in {"xcomp", "prep"}:
                target = index.at(object_of(child, TARGET_PREPS)) if child.dep_ == "xcomp" else \
                    index.at(next((g for g in child.children if g.dep_ == "pobj"), None))
                if target:
                    break
        return sources, target
    subject = subject_of(tok)
    sources = index.all_at(subject)
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return sources, index.at(passive)
    for candidate in _target_candidates(tok):
        target = index.at(candidate)
        if target is not None and not any(target.start == s.start for s in sources):
            return sources, target
    return sources, None


def _target_candidates(tok: Token) -> list[Token]:
    """Where a verb's recipient may be: its object, "to/with/against X" (on the verb or its object), the
    subject of a "that" clause ("demanded that Turkey release…"), the object of its complement."""
    found: list[Token] = []
    objects = [c for c in tok.children if c.dep_ in {"dobj", "dative", "iobj"}]
    heads = [tok, *(t for o in objects for t in o.subtree if t.pos_ in {"NOUN", "PROPN"})]
    if tok.pos_ in {"NOUN", "PROPN"}:
        heads += [t for t in tok.subtree if t.pos_ in {"NOUN", "PROPN"} and t.i != tok.i]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS):
            found += [g for g in prep.children if g.dep_ == "pobj"]
    found = objects + found
    for child in tok.children:
        if child.dep_ == "ccomp":
            found += [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}]
        if child.dep_ == "xcomp":
            found += [g for g in child.children if g.dep_ in {"dobj", "dative"}]
            found += [g for p in child.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                      for g in p.children if g.dep_ == "pobj"]
    return found


GOVERNED = {"dobj", "xcomp", "ccomp", "prep", "pobj", "acomp", "attr", "dative", "oprd", "pcomp", "amod",
            "compound", "nmod", "poss", "acl"}


def _governed(tok: Token) -> set[int]:
    """Tokens in the object, complement and prepositional phrases of a predicate (not its conjuncts)."""
    out: set[int] = set()
    for child in tok.children:
        if child.dep_ in GOVERNED:
            out.update(t.i for t in child.subtree)
    return out


def _stand_in(head: Token | None, geo: Geography) -> Mention | None:
    """A state standing for a phrase with no resolved actor: "protesters in Tehran", "the port of Odesa"."""
    if head is None:
        return None
    code = geo.code_in(head)
    if code is None:
        return None
    actor = Actor(id=code, code=code, sector=None, kind="state", name=code, text=head.text)
    return Mention(head.i, head.i + 1, actor)


def _location(tok: Token, index: ActorIndex, places: set[str]) -> str | None:
    candidates = [c for t in (tok, tok.head) for c in t.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    candidates += [c for c in tok.sent if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    for prep in candidates:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase = " ".join(t.text for t in pobj.subtree if t.pos_ == "PROPN")
        if pobj.ent_type_ in {"GPE", "LOC", "FAC"} or phrase.lower() in places or pobj.lower_ in places:
            m = index.at(pobj)
            if m is None or m.actor.kind in {"state", "organization"}:
                return phrase or pobj.text
    return None


def _date(tok: Token, base: date | None) -> str | None:
    for t in list(tok.subtree) + list(tok.head.children) + list(tok.sent):
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
            ent = next((e for e in t.sent.ents if e.start == t.i), None)
            if ent is not None:
                found = resolve(ent.text, base)
                if found:
                    return found
    return base.isoformat() if base else None


def _evidence(tok: Token, partner: Token | None) -> str:
    ends = [tok.i]
    if partner is not None:
        ends.append(partner.i)
    start, end = min(ends), max(ends) + 1
    return tok.doc[start:end].text


def events_in(sent: Span, index: ActorIndex, pack: Pack, base: date | None, sentence: int) -> list[Event]:
    """Every event the sentence reports, none for opinion, background or questions."""
    if sent.text.rstrip().endswith("?"):
        return []
    lex = lexicon(pack)
    geo = geography(pack)
    found: list[tuple[Token, EventCue, Token | None]] = []
    for tok in sent:
        hit = _match(tok, lex)
        if hit and not _guarded(tok, lex) and tok.i not in index.by_token:
            found.append((tok, hit[0], hit[1]))
    partners = {p.i for _, _, p in found if p is not None}
    nested = set().union(*(_governed(t) for t, _, _ in found)) if found else set()
    codes = {tok.i: _code(cue, tok, partner) for tok, cue, partner in found}
    events: list[Event] = []
    for tok, cue, partner in found:
        if tok.i in partners:  # "agreed to meet": the complement is coded by the outer predicate
            continue
        if tok.i in nested and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue  # "offer to mediate", "press for negotiations": coded by the outer predicate
        code = codes[tok.i]
        entry = pack.cameo.get(code)
        if entry is None or entry.type is None:
            continue
        chain = _governors(tok)
        if _coded_above(chain, lex) or _in_condition_clause(tok) or _purpose_of_same(tok, codes):
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and not _anchored_noun(tok, index):
            continue  # "the fighting", "the Kremlin's demands, analysts note": a mention, not a report
        sources, target = _source_and_target(tok, index)
        if not sources:
            stand_in = _stand_in(subject_of(tok) if tok.pos_ == "VERB" else None, geo)
            sources = [stand_in] if stand_in else []
        if not sources:
            continue
        if target is None:
            target = next((m for m in (_stand_in(c, geo) for c in _target_candidates(tok)) if m), None)
            if target is not None and target.actor.code == sources[0].actor.code:
                target = None
        if code.startswith("043") and target is not None and len(sources) == 1:
            sources, target = [target], sources[0]  # the visitor acts, the host receives
        modality = _modality(tok, chain, lex)
        etype, mode = entry.type, entry.mode
        if modality == "intended" and etype == "CONSULT":
            code, etype, mode = "036", "AGREE", None
        elif modality == "intended" and etype == "RETREAT":
            etype = "CONCEDE"
        credit = attribute(tok, index)
        reported_by = credit.reported_by
        if etype in SYMMETRIC and (target is None or target.actor.code is None) and len(sources) > 1:
            sources, target = sources[:1], sources[1]
        targets = [target]
        if target is not None and len(sources) == 1:
            targets = [m for m in index.all_at(tok.doc[target.start]) if m.start >= target.start] or [target]
        location = _location(tok, index, geo.places)
        where = geo.code.get(location.lower()) if location else None
        for source, target in ((s, t) for s in sources for t in targets):
            if source.actor.code is None and where and source.actor.sector in {None, "CVL", "OPP", "GOV", "MIL",
                                                                              "REB", "LEG", "JUD"}:
                source = Mention(source.start, source.end, source.actor.model_copy(update={"code": where}))
            if target is not None and target.actor == source.actor and target.start == source.start:
                target = None
            if target is not None and target.actor.code is None and where:
                target = Mention(target.start, target.end, target.actor.model_copy(update={"code": where}))
            events.append(Event(
                type=etype, mode=mode, cameo=code, source=bare(source.actor),
                target=bare(target.actor) if target else None, negated=negated(tok) or negated(chain[-1]),
                modality=modality, date=_date(tok, base), location=location,
                sentence=sentence, evidence=_evidence(tok, partner),
                reported_by=bare(reported_by) if reported_by else None))
    return events


def _anchored_noun(tok: Token, index: ActorIndex) -> bool:
    """Whether a nominal trigger reports an event: it has an owner or agent ("Moscow's refusal", "talks
    between X and Y", "attack by X") or is the object of a verb with a subject ("held talks")."""
    for child in tok.children:
        if child.dep_ in {"poss", "compound", "amod"} and index.at(child) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ in {"by", "between", "with", "from", "among"}:
            return True
    if tok.dep_ in {"dobj", "attr", "nsubjpass"} or tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
            and tok.head.head.pos_ == "VERB":
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        return subject_of(verb) is not None
    return tok.dep_ in {"nsubj", "ROOT", "appos"} and any(c.dep_ == "prep" for c in tok.children)


def _purpose_of_same(tok: Token, codes: dict[int, str]) -> bool:
    """"met … to discuss": a purpose clause restating the governing event's kind is part of that event."""
    head = codes.get(tok.head.i)
    return tok.dep_ in {"advcl", "xcomp"} and head is not None and head[:2] == codes[tok.i][:2]


def _in_condition_clause(tok: Token) -> bool:
    """Whether a predicate sits in an "if/unless/until" clause ("threatened … if the EU imposed sanctions"):
    it is the condition of what the sentence reports, not an event itself."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "until"} for c in t.children):
            return True
    return False


def _coded_above(chain: list[Token], lex: Lexicon) -> bool:
    """Whether a governing predicate that is a cue itself (not a mere control verb) codes this one."""
    return any(lex.pack.control_verbs.get(t.lemma_.lower(), "cue") == "cue" and _match(t, lex) is not None
               for t in chain[1:])
