"""The event coder: who did what to whom in each sentence, as PLOVER types and modes and CAMEO codes.

A predicate (verb, nominalisation or "ready to" adjective) from the pack's cue lexicon is coded by its
complement ("demanded talks" → 106, "demanded a ceasefire" → 1056); its source and target come from the parse
(passives and passive participles, conjunctions, relative clauses, control verbs, possessives, "X and Y met"
as X meeting Y); modality, negation, the reporter, the date and the place are read around it. The CAMEO code
decides the PLOVER type and mode through the pack's crosswalk.

A sentence may report several events: a second act conjoined with the first, a meeting the first happened at
("agreed in a call with Trump"), an owned proposal that is rejected ("rejected the AU's offer to mediate").
What is only the content of another event ("demanded that Kyiv withdraw"), its purpose ("sent troops to
fight"), a condition, an inference ("… shows the Kremlin is not interested") or a public's opinion is not one.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from ..model import Actor, Event
from ..ontology.schema import EventCue, Pack
from .attribution import REPORTING_VERBS, attribute
from .dates import resolve
from .geography import Geography, geography
from .syntax import (SUBJECTS, ActorIndex, Mention, bare, negated, object_of, plural_origins, state_mention,
                     subject_of)

TARGET_PREPS = {"with", "to", "on", "against", "at", "from", "for", "upon", "toward", "towards", "into"}
NOUN_TARGET_PREPS = {"with", "on", "against", "to", "between", "of", "for", "toward", "towards"}
LIGHT_VERBS = {"hold", "have", "make", "issue", "launch", "conduct", "carry", "stage", "begin", "start", "open",
               "resume", "announce", "impose", "give", "deliver", "express", "voice", "reach", "sign", "level",
               "lodge", "file", "mount", "unleash", "step", "continue", "hand"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "RETREAT", "SUPPORT"}
STAND_IN_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "SANCTION", "PROTEST", "THREATEN"}
PLACE_TARGETS = STAND_IN_TYPES - {"MOBILIZE"}  # a place named stands for the target; forces sent there have a host
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}
INTENT_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d"}
TEMPORAL = {"DATE", "TIME"}
EXPECT_WORDS = {"expect", "likely", "set", "due", "poised", "slate", "scheduled", "schedule"}
READY = {"ready", "willing", "prepared", "open", "eager"}
LEADERS = {"lead", "head", "chair", "headed"}
RAISING = EXPECT_WORDS | {"say", "report", "believe", "think", "know", "understand"}
# Adverbial clauses and circumstantial phrases (time, manner, framework, cause) of a predicate: not its object.
ADJUNCTS = {"advcl", "relcl"}
ADJUNCT_PREPS = {"under", "after", "before", "during", "despite", "amid", "amidst", "since", "following",
                 "ahead", "as", "throughout", "within", "like", "unlike", "besides", "beyond"}  # not "until": "gave Russia until midnight to explain" is an ultimatum


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
            if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in TEMPORAL for g in child.children):
                continue  # "called off the summit on Wednesday": a date, not "call on"
            return child
        if word == "to" and child.dep_ in {"xcomp", "ccomp"} and any(
                g.lower_ == "to" and g.dep_ == "aux" for g in child.children):
            return child
        if child.dep_ in {"dobj", "xcomp", "acomp"} and child.lemma_.lower() == word:
            return child
        if word == "that" and child.dep_ == "ccomp" and _mandative(child):
            return child
        if word == "for" and child.dep_ in {"advcl", "ccomp"} and any(
                g.dep_ == "mark" and g.lower_ == "for" and g.i > tok.i for g in child.children):
            return child  # "calling for President Park to resign", parsed with "for" marking the clause
    return None


def _obliging(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """The speaker who says another party must act ("Putin said Ukrainian troops must leave Donbas"): what one
    side says the other must do is a demand on it."""
    if tok.dep_ != "ccomp" or not sources or not any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children) \
            or tok.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = index.at(_subject(tok.head))
    if speaker is None or speaker.actor.code in {None, sources[0].actor.code}:
        return None
    return speaker


def _mandative(clause: Token) -> bool:
    """A "that" clause that asks for an act, not states a fact: "insisted that Syria pull out", "that Kyiv
    must withdraw" (not "insisted that it had not violated the treaty")."""
    aux = [c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    has_subject = any(c.dep_ in SUBJECTS for c in clause.children)
    return has_subject and (any(a in {"must", "should"} for a in aux) or not aux and clause.tag_ == "VB")


def _hyphenated(tok: Token) -> str | None:
    """The word a hyphenated compound split by the tokenizer ends: "sit - in" → "sit-in"."""
    if tok.i < 2:
        return None
    dash, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]  # not tok.sent: finding the sentence is slow
    if dash.text != "-" or dash.whitespace_ or first.whitespace_ or tok.is_sent_start or dash.is_sent_start:
        return None
    return f"{first.lower_}-{tok.lower_}"


def _match(tok: Token, lex: Lexicon) -> tuple[EventCue, Token | None] | None:
    cues = lex.cues.get(_hyphenated(tok) or "") or lex.cues.get(tok.lemma_.lower()) or lex.cues.get(tok.lower_)
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


def _plain_cue(tok: Token, lex: Lexicon) -> EventCue | None:
    """The entry of a cue's lemma without a particle or preposition, for when the phrasal one found no frame."""
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    return next((c for c in lex.cues.get(tok.lemma_.lower(), []) if c.with_ is None and pos in c.pos), None)


PORTIONS = {"one", "some", "all", "most", "many", "several", "two", "three", "part", "each"}


def _guarded(tok: Token, lex: Lexicon) -> bool:
    """Whether a false friend's modifier or, for a verb, its object or subject says it is no event ("heart
    attack", "delivered replies", "an earthquake struck")."""
    guards = lex.pack.non_events.get(tok.lemma_.lower(), [])
    if not guards:
        return False
    deps = {"compound", "amod", "nmod", "poss"} | ({"dobj"} if tok.pos_ == "VERB" else set())
    heads = [c for c in tok.children if c.dep_ in deps]
    subject = subject_of(tok) if tok.pos_ == "VERB" else None
    heads += [subject] if subject is not None else []  # "an earthquake struck …, killing 40 people"
    heads += [g for c in heads if c.dep_ == "dobj" and c.lower_ in PORTIONS for p in c.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # "one of the demands"
    return any(c.lower_ in guards or c.lemma_.lower() in guards for c in heads)


def _frame_words(head: Token) -> set[str]:
    """The lemmas and forms of what a predicate governs (object, complement, prepositional phrases), without
    its subject and without an attribution ("according to SIPRI data" says nothing about the event)."""
    words: set[str] = set()
    for child in head.children:
        if child.dep_ in SUBJECTS or child.dep_ in {"punct", "cc", "mark"} or child.lower_ == "according":
            continue
        if child.dep_ == "conj" and child.pos_ == "VERB" and head.pos_ == "VERB":
            continue  # "captured Kabul and hanged the former president": a second act, its own frame
        if child.dep_ in ADJUNCTS and not _purpose_clause(child) and not _gerund_object(child) \
                or child.dep_ == "prep" and child.lower_ in ADJUNCT_PREPS:
            continue  # "withdrew … under a regional deal", "halted fighting as a brokered truce took hold": the
            # circumstances of an act say nothing about what it acts on
        for t in child.subtree:
            words.add(t.lemma_.lower())
            words.add(t.lower_)
    return words


def _gerund_object(clause: Token) -> bool:
    """"ruled out ceding land", parsed as an adverbial clause: a gerund right after its verb (and particle),
    without a subject or a marker of its own, is the verb's object."""
    head = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < head.i \
            or any(g.dep_ in SUBJECTS or g.dep_ == "mark" for g in clause.children):
        return False
    between = clause.doc[head.i + 1:clause.i]
    return all(t.head.i == head.i and t.dep_ in {"prt", "advmod", "neg"} for t in between)


def _purpose_clause(clause: Token) -> bool:
    """"to help Nepal rebuild": an infinitive adverbial clause without its own subject, the aim of an act."""
    return clause.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children) \
        and not any(g.dep_ in SUBJECTS or g.dep_ == "mark" for g in clause.children)


def _code(cue: EventCue, tok: Token, partner: Token | None) -> str | None:
    """The CAMEO code the first matching frame of a cue gives, or None when no frame matches (the caller then
    falls back on the cue's own code; a frame may choose "010" on purpose, which is not the same thing)."""
    words = _frame_words(tok)
    for child in tok.children:  # "jets were handed over": the passive subject is what the verb acts on
        if child.dep_ == "nsubjpass":
            words |= {t.lemma_.lower() for t in child.subtree} | {t.lower_ for t in child.subtree}
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "pobj", "attr"}:
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
        words |= {verb.lemma_.lower()} | ({t.lemma_.lower() for t in subject.subtree} if subject is not None else set())
    if partner is not None and partner.dep_ in {"xcomp", "ccomp", "prep"}:  # "placed … under state management"
        words |= _frame_words(partner) | {partner.lemma_.lower()}
    heads = _argument_heads(tok, partner)
    proposed = any(_proposal(c) for c in tok.children if c.dep_ in {"dobj", "nsubjpass"})
    done_to = _passive_object(tok)
    if done_to is not None:  # "a summit attended by Merkel": the noun a passive participle describes is its object
        heads |= {done_to.lemma_.lower(), done_to.lower_}
    frames = [f for f in cue.frames if not (proposed and f.cameo == DENIAL)]  # "turned down Putin's suggestion
    # that they meet" refuses a proposal, it does not deny a claim
    for frame in frames:  # the head of the object decides first: "dismissed a proposal by the minister"
        if any(w in heads for w in frame.words):
            return frame.cameo
    if _names(tok):
        return NO_EVENT  # a name decides what calling something is; the words around it do not
    for frame in frames:
        if any(w in words for w in frame.words):
            return frame.cameo
    return None


DENIAL = "016"
DEMANDS = {"02", "10"}


def _proposal(noun: Token) -> bool:
    """Whether a noun's "that" clause proposes an act rather than states a fact: "Putin's suggestion that they
    meet" (a bare verb, no tense), not "suggestions that it was involved"."""
    return any(c.dep_ in {"acl", "ccomp"} and c.tag_ in {"VB", "VBP"} and any(g.dep_ in SUBJECTS for g in c.children)
               and not any(g.dep_ in {"aux", "auxpass"} for g in c.children) for c in noun.children)


def _passive_object(tok: Token) -> Token | None:
    """The noun a passive participle with an agent describes: "a summit attended by Merkel", also when the
    participle is misparsed as conjoined with the main verb ("a summit hosted by Macron and attended by Merkel")."""
    if _agent(tok) is None or any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    if tok.dep_ != "conj":
        return None
    sibling = next((t for t in reversed(tok.doc[tok.head.i + 1:tok.i]) if t.dep_ == "acl" and t.tag_ == "VBN"
                    and t.head.pos_ in {"NOUN", "PROPN"}), None)
    return sibling.head if sibling is not None else None


NAMING = {"call", "dub", "term", "label"}


def _names(tok: Token) -> bool:
    """"what the Kremlin called a tragic incident": calling something a name, not a phone call."""
    return tok.lemma_.lower() in NAMING and any(c.dep_ == "oprd" for c in tok.children)


PERSON = "<person>"  # the frame word for an object that is a person's name
ARGUMENTS = {"dobj", "attr", "oprd", "dative", "nsubjpass", "xcomp", "ccomp", "acomp"}


def _argument_heads(tok: Token, partner: Token | None) -> set[str]:
    """The head words of what a predicate acts on: its object, complement or prepositional object and their
    conjuncts and compounds ("a hunger strike" → strike, hunger), not the modifiers further down the phrase."""
    found: list[Token] = []
    for t in (tok, partner) if partner is not None else (tok,):
        for child in t.children:
            if child.dep_ in ARGUMENTS:
                found.append(child)
            elif child.dep_ in {"prep", "agent", "prt"} and child.lower_ not in ADJUNCT_PREPS:
                found += [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
    named = any(h.ent_type_ == "PERSON" and h.ent_iob_ == "I" for h in found)  # "captured Saddam Hussein": a
    # frame may ask for a person named in full (a one-word "person" is often a misread town)
    found += [c for c in tok.children if c.dep_ in {"npadvmod", "advmod", "prt"}]  # "test-fired", "jointly"
    for h in list(found):  # "a team of doctors", "thousands of troops": the kind, not the measure; "an end to
        # the dictatorship": what is to end
        preps = {"of", "to"} if h.lemma_.lower() == "end" else {"of"}
        found += [g for p in h.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children
                  if g.dep_ == "pobj"]
    heads: set[str] = set()
    for h in found:
        for t in (h, *(c for c in h.children if c.dep_ in {"conj", "compound", "amod", "nmod"})):
            heads |= {t.lemma_.lower(), t.lower_}
    return heads | {PERSON} if named else heads


def _governors(tok: Token) -> list[Token]:
    """The predicate and the verbs it is the complement of ("continues to demand" → demand, continue)."""
    chain = [tok]
    while chain[-1].dep_ in {"xcomp", "acomp"} and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def _modality(tok: Token, chain: list[Token], lex: Lexicon) -> str:
    controls = lex.pack.control_verbs
    for t in chain:
        shared = t.dep_ == "conj" and t.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in t.children)
        for child in (*t.children, *(c for c in t.head.children if shared and c.dep_ == "aux")):  # "would give
            # up its weapons and admit inspectors": conjoined verbs share the first one's auxiliary
            word = child.lower_
            if child.dep_ == "aux" and word in HYPOTHETICAL_AUX:
                return "intended" if word in {"would", "'d"} and _reported_future(t) else "hypothetical"
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
            if t.pos_ == "ADJ" and t.lemma_.lower() in READY:
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


def _reported_future(verb: Token) -> bool:
    """"Starmer said Britain would work with Ukraine": "would" in reported speech is the future of the
    past, not a condition, unless the clause has an "if/unless" condition."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    return not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children)
                   for c in (*verb.children, *clause.children))


def _agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb or participle: "a swap mediated by the UAE" → the UAE."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None or verb.tag_ != "VBN":  # "spoke by telephone" is no agent
        return None
    return next((g for g in agent.children if g.dep_ == "pobj"), None)


def _hyphen_agent(verb: Token) -> Token | None:
    """The actor a hyphenated participle names before the hyphen: "US-brokered talks" → US."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 1].whitespace_:
        return None
    first = doc[verb.i - 2]
    return first if first.head.i == verb.i and first.pos_ == "PROPN" and not first.whitespace_ else None


def _stray_agent(verb: Token) -> Token | None:
    """The agent of a passive verb that the parse hung on a noun of its object: "was granted access to the plant
    by Russian forces" (a named party or people of a nationality, not "by phone" or "by Friday")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for p in (t for c in verb.children if c.dep_ in {"dobj", "prep"} for t in c.subtree):
        if p.dep_ == "prep" and p.lower_ == "by" and p.head.pos_ in {"NOUN", "PROPN"}:
            g = next((g for g in p.children if g.dep_ == "pobj"), None)
            if g is not None and (g.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} or any(
                    c.ent_type_ in {"NORP", "GPE"} for c in g.children)):
                return g
    return None


def _subject(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject (through conjunctions, control verbs and relative clauses),
    the agent of a passive participle, the object of an object-control verb ("prompted Trump to urge" →
    Trump), the leader of a group ("a delegation led by X" → X). A clause is never a subject."""
    if verb.pos_ in {"VERB", "AUX"}:
        agent = _agent(verb) or _stray_agent(verb) or _hyphen_agent(verb)
        if agent is not None:
            return agent
        if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in verb.children):
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None and verb.head.pos_ == "VERB":
                return obj
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children) \
            and verb.head.lemma_.lower() not in RAISING:
        return None  # "civilians waited to be evacuated": who waits is what the act is done to, not its actor
    if _trailing_participle(verb) and verb.head.dep_ == "ccomp":
        top = verb.head  # "warned Finland that it would respond, accusing Helsinki …": the warner accuses
        while top.dep_ in {"ccomp", "conj"} and top.head.i != top.i:
            top = top.head
        return _subject(top)
    raised = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None) \
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RAISING else None
    subject = raised or _gerund_subject(verb) or subject_of(verb)  # "Russia is set to attack Kharkiv", "Russia is
    # said to have struck"
    if subject is None and verb.dep_ == "ROOT":  # "Turkey massed troops" parsed with "Turkey" as a modifier
        subject = next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"), None)
    if subject is not None and subject.dep_ == "csubj" and subject.tag_ == "VBG":  # "Four leaders visiting Kyiv
        subject = next((c for c in subject.children if c.dep_ == "nsubj"), None)  # demanded …" parsed as a clause
    if subject is None or subject.dep_ == "csubj":
        return None
    members = [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
               if g.dep_ == "pobj"]  # "a delegation of African leaders led by Ramaphosa"
    for child in (c for holder in (subject, *members) for c in holder.children):
        if child.dep_ == "acl" and child.lemma_.lower() in LEADERS:
            leader = _agent(child)
            if leader is not None:
                return leader
    return subject


def _gerund_subject(verb: Token) -> Token | None:
    """The people a participle after a noun describes when the parse says otherwise: "fired on thousands of
    schoolchildren marching in Soweto" parsed with "schoolchildren" as a compound of "marching"; "clashes between
    police and students protesting" parsed with "protesting" on "police" or "clashes" (the nearest conjunct
    protests)."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl":
        before = verb.doc[verb.i - 1]
        return before if before.dep_ == "conj" and before.tag_ in {"NNS", "NNPS"} and before.i != verb.head.i \
            else None
    if verb.dep_ not in {"pobj", "dobj"}:
        return None
    return next((c for c in verb.children if c.dep_ == "compound" and c.tag_ in {"NNS", "NNPS"}), None)


def _coordinated(head: Token | None, index: ActorIndex) -> list[Mention]:
    """The mention at ``head`` and those coordinated with it: "Russia and Ukraine", "Saudi Arabia, the UAE,
    Bahrain and Egypt", "Fidan and Ukraine's foreign minister"."""
    first = index.at(head)
    if head is None or first is None:
        return []
    found = [first]
    stack, seen = [head], {head.i}
    while stack:
        t = stack.pop()
        for child in t.children:
            joined = child.dep_ == "conj" or child.dep_ == "appos" and child.ent_type_ in {"GPE", "NORP", "ORG"} \
                or child.dep_ in {"nmod", "compound"} and any(g.dep_ == "cc" for g in child.children) \
                or child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i in index.by_token \
                and index.by_token[child.i] is not first
            if not joined or child.i in seen:
                continue
            seen.add(child.i)
            stack.append(child)
            m = index.at(child)
            if m is not None and m not in found:
                found.append(m)
    found.sort(key=lambda m: m.start)
    return _shared_modifiers(found, head.doc)


def _shared_modifiers(mentions: list[Mention], doc) -> list[Mention]:
    """Drop a bare conjunct that shares the modifier of the first: "Russian missiles and drones" is one source."""
    if len(mentions) < 2 or mentions[0].actor.code is None:
        return mentions
    out = [mentions[0]]
    for m in mentions[1:]:
        tok = doc[m.start] if m.end - m.start == 1 else None
        if m.actor.code is None and tok is not None and not any(
                c.dep_ in {"amod", "compound", "poss", "det", "nmod", "nummod"} for c in tok.children):
            continue
        out.append(m)
    return out


ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}


def _earlier_actor(tok: Token, kinds: dict[int, str | None], events: list[Event], index: ActorIndex,
                   sources: list[Mention]) -> Mention | None:
    """Who did the act a predicate's object refers back to: "Iran fired missiles at the base, and Doha condemned
    the attack" → Iran, the source of the latest earlier event of the attack's kind."""
    own = {s.actor.code for s in sources}
    for obj in (c for c in tok.children if c.dep_ == "dobj" and kinds.get(c.i) is not None):
        if not any(d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS for d in obj.children) or any(
                c.dep_ in {"poss", "compound", "amod"} and c.i in index.by_token
                or c.dep_ == "prep" and c.lower_ == "by"
                for c in obj.children):
            continue
        for e in reversed(events):
            if e.type == kinds[obj.i] and e.source.code not in own | {None}:
                return _named_before(e.source.code, tok, index)
    return None


REACTIONS = {"bow", "yield", "bend", "cave", "succumb", "react"}


def _yielded_to(tok: Token) -> bool:
    """Whether a nominal is what someone gives way to ("bowing to street protests", "yielding to pressure")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    tok = _phase_of(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in REACTIONS


def _scoreline(tok: Token) -> bool:
    """Whether a predicate carries a match score ("beat Shakhtar 3-1", "crushed Chelsea 4 - 0")."""
    doc = tok.doc
    return any(t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in {"-", "–"} and doc[t.i + 2].like_num
               and len(t.text) <= 2 and len(doc[t.i + 2].text) <= 2 for t in tok.subtree if t.i > tok.i)


HOSTED = {"AID", "COOPERATE", "COERCE"}


def _passive_host(tok: Token, geo: Geography) -> list[Mention]:
    """The state a passive transfer or detention without an agent is done by: the one someone is sent "from"
    or held or sheltered "in"."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    places = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"from", "in"}
              for g in p.children if g.dep_ == "pobj"]
    return next(([m] for g in places if (m := _stand_in(g, geo)) is not None), [])


SUSPENSION = "161"
MEMBERSHIP_CUTS = {"suspend", "expel", "exclude", "oust", "kick", "ban", "bar"}


def _suspended_member(tok: Token, index: ActorIndex) -> tuple[Mention | None, Mention] | None:
    """A party suspended or expelled from a body or its activities, and the body when named: a cut in
    relations, not a halt to fighting ("suspended Gabon from all its activities")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in MEMBERSHIP_CUTS:
        return None
    member = index.at(next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None))
    body = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                 if g.dep_ == "pobj"), None)
    if member is None or body is None or member.actor.code is None \
            or member.actor.kind not in {"state", "organization"}:
        return None
    return index.at(body), member


RESPONSES = {"REQUEST", "REJECT", "ACCUSE", "THREATEN"}  # acts aimed at a party, often one that acted first


def _retaliated_against(tok: Token, events: list[Event], index: ActorIndex, sources: list[Mention],
                        etype: str) -> Mention | None:
    """Whom a reprisal or an unaimed response hits: the party that acted earlier in the sentence against the one
    hitting back ("Israel struck Iran, and Tehran hit back with missiles" → Israel; "Japan arrested the captain
    of a Chinese trawler, and Beijing demanded his release" → Japan)."""
    if etype not in RESPONSES and tok.lemma_.lower() not in REPRISALS \
            and not any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in tok.children):
        return None
    if _earlier_than_head(tok):
        return None  # "NATO launched air strikes after Milosevic rejected the plan": the rejection came first
    own = {s.actor.code for s in sources}
    for e in reversed(events):
        if e.target is not None and e.target.code in own and e.source.code not in own | {None}:
            return _named_before(e.source.code, tok, index)
    return None


BEFORE_MARKS = {"after", "following", "since"}


def _earlier_than_head(tok: Token) -> bool:
    """Whether a predicate is in a clause saying what happened before its head's act ("… after Iran refused")."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in {"advcl", "pcomp"} and (
        any(c.dep_ == "mark" and c.lower_ in BEFORE_MARKS for c in clause.children)
        or clause.dep_ == "pcomp" and clause.head.lower_ in BEFORE_MARKS)


def _named_before(code: str | None, tok: Token, index: ActorIndex) -> Mention | None:
    """The first mention of the party ``code`` before a predicate."""
    return next((m for m in index.mentions if m.actor.code == code and m.end <= tok.i), None)


def _led(m: Mention, doc, geo: Geography) -> Mention:
    """An unaffiliated force given the state that leads it: "US-led forces", "Saudi-led coalition warplanes"."""
    if m.actor.code is not None:
        return m
    for t in doc[m.start:m.end]:
        if t.lower_ == "led" and t.i - 2 >= m.start and doc[t.i - 1].text == "-" \
                and (code := geo.code.get(doc[t.i - 2].lower_)) is not None:
            return Mention(m.start, m.end, m.actor.model_copy(update={"code": code}), m.tokens)
    return m


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """Mentions without repeats: one per party where two overlapping phrases name the same one."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(o.actor.code == m.actor.code and o.start < m.end and m.start < o.end for o in out):
            out.append(m)
    return out


def _split_parties(m: Mention, doc, geo: Geography) -> list[Mention]:
    """"US and Ukrainian officials", "Russian and Ukrainian negotiators": one phrase naming two parties."""
    root = doc[m.start:m.end].root
    words = [c for c in root.children if c.dep_ in {"amod", "compound", "nmod"} and c.i >= m.start]
    for w in list(words):
        words += [c for c in w.subtree if c.dep_ == "conj" and c.i != w.i]
    if not any(t.dep_ == "cc" for w in words for t in w.subtree):
        return [m]  # "Bosnian Serb forces" is one party; "US and Ukrainian officials" are two
    codes: dict[str, Token] = {}
    for w in sorted(words, key=lambda t: t.i):
        code = geo.code.get(w.lower_)
        if code and w.text[:1].isupper():
            codes.setdefault(code, w)
    if len(codes) < 2:
        return [m]
    return [Mention(w.i, m.end, m.actor.model_copy(update={"code": code}), m.tokens) for code, w in codes.items()]


def _pick(tiers: list[list[Token]], index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """The first candidate naming another party (an actor with a known affiliation that is not the
    source's), nearest tier first; else the first candidate naming any actor."""
    own = {s.actor.code for s in sources}
    for rank in range(3):  # another named party; then any actor but the source's own side; then anyone
        for tier in tiers:
            for candidate in tier:
                m = index.at(candidate)
                if m is None or any(m.start == s.start for s in sources) or _pronoun_owned(m, candidate.doc):
                    continue
                if rank == 0 and (m.actor.code is None or m.actor.code in own
                                  or candidate.doc[m.start].pos_ == "PRON"):
                    continue
                if rank == 1 and m.actor.code in own:
                    continue
                return m
    return None


def _pronoun_owned(m: Mention, doc) -> bool:
    """"their embassies", "its positions": a phrase whose owner is a pronoun, not a party named here."""
    return doc[m.start].tag_ == "PRP$"


def _owner_by_pronoun(tiers: list[list[Token]], index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """The party an object's possessive pronoun refers to when that is not the source: "Russian forces attacked
    its positions, Ukraine said" → Ukraine, the nearest other party named before it."""
    own = {s.actor.code for s in sources}
    for candidate in (c for tier in tiers[:1] for c in tier):
        pronoun = next((c for c in candidate.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if pronoun is None:
            continue
        before = [m for m in index.mentions if m.end <= pronoun.i and m.actor.code and m.actor.code not in own]
        return before[-1] if before else None
    return None


FRONTIER_PREPS = {"near", "along", "to", "toward", "towards", "on", "at", "across", "around", "off"}
DESTINATION_PREPS = {"to", "toward", "towards", "into", "in"}


def _destination_only(g: Token) -> bool:
    """Whether a build-up's prepositional object is where forces go, not whom they face: "sent troops to
    Russia", "toward the Taiwan Strait" (but "to its border with Pakistan" faces a frontier)."""
    return g.dep_ == "pobj" and g.head.lower_ in DESTINATION_PREPS and g.lemma_.lower() not in FRONTIERS


def _frontier(tok: Token, index: ActorIndex, sources: list[Mention], geo: Geography) -> Mention | None:
    """Whom a build-up faces: the party whose border or territory troops are massed near ("massed troops near
    Ukraine's border", "along its border with Syria", "along the Cambodian border")."""
    heads = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"})]
    verb = _governing_verb(tok) if tok.pos_ in {"NOUN", "PROPN"} else None
    heads += [verb] if verb is not None else []  # "staged drills around Taiwan"
    pobjs = [g for h in heads for p in h.children if p.dep_ in {"prep", "dative"} and p.lower_ in FRONTIER_PREPS
             for g in p.children if g.dep_ == "pobj"]
    inner = [t for g in pobjs for t in g.subtree if t.dep_ == "pobj" and t.i != g.i]  # "to waters off Venezuela"
    pobjs = [g for g in pobjs if not _destination_only(g)]
    named = _pick([pobjs, inner], index, sources)
    return named or next((m for g in pobjs + inner if (m := _stand_in(g, geo, shallow=True)) is not None
                          and m.actor.code != sources[0].actor.code), None)


DOMESTIC = {"CONCEDE", "COERCE"}
HUMAN_GROUPS = {"protester", "demonstrator", "supporter", "activist", "student", "crowd", "civilian", "villager",
                "resident", "worker", "journalist", "prisoner", "detainee", "opponent", "dissident", "marcher",
                "mourner", "striker", "people", "citizen", "woman", "man", "child", "girl", "boy", "pupil",
                "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "monk", "worshipper", "pilgrim", "farmer",
                "miner", "refugee", "critic", "lawyer", "politician", "voter", "teacher", "doctor", "nurse"}
REBELS = {"rebel", "guerrilla", "insurgent", "separatist", "militia"}
MEASURES = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "scores",
            "group", "crowd"}


def _same_side(tok: Token, index: ActorIndex, sources: list[Mention],
               sectors: AbstractSet[str | None] = frozenset({None, "CVL", "OPP", "MED", "NGO", "REB"}),
               ) -> Mention | None:
    """"Lukashenko pardoned 18 political prisoners", "fired tear gas at opposition supporters": unnamed people a
    government frees, detains or fires on (or, of ``sectors``, talks to or warns) are, with no other place named,
    its own."""
    code = sources[0].actor.code
    objects = [c for c in tok.children if c.dep_ in {"dative", "dobj", "nsubjpass"}]  # "granted women the vote"
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"at", "on", "against", "with"}
                for g in p.children if g.dep_ == "pobj"]
    objects += [g for o in objects if o.pos_ == "NOUN" for p in o.children  # "talks with the opposition"
                if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    objects += [g for o in list(objects) if o.dep_ == "dobj" for p in o.children  # "fired tear gas at monks"
                if p.dep_ == "prep" and p.lower_ in {"at", "on", "against"} for g in p.children if g.dep_ == "pobj"]
    objects += [g for o in objects if o.lemma_.lower() in MEASURES or o.pos_ == "NUM"  # "thousands of monks"
                for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    objects += [people for o in objects if (people := _gerund_subject(o)) is not None]
    for obj in objects:
        m = index.at(obj)
        opposition = any(t.lemma_.lower() in {"opposition", "dissident"} for t in obj.subtree)
        rebels = any(t.lemma_.lower() in REBELS for t in obj.subtree)
        if m is None and (obj.lemma_.lower() in HUMAN_GROUPS or opposition or rebels):  # "a fourth opposition hopeful"
            sector = "OPP" if opposition else "REB" if rebels else "CVL"
            actor = Actor(id=None, code=None, sector=sector, kind="group", name=None,
                          text=obj.doc[obj.left_edge.i:obj.i + 1].text)
            m = Mention(obj.left_edge.i, obj.i + 1, actor)
        kinds = {"group", "person", "organization"} if opposition else {"group", "person"}  # "an opposition party"
        if m is None or m.actor.code is not None or m.actor.kind not in kinds \
                or m.actor.sector not in sectors or code is None \
                or m.actor.kind == "person" and m.actor.sector != "OPP" and not opposition:
            continue
        return Mention(m.start, m.end, m.actor.model_copy(update={"code": code}), m.tokens)
    return None


PLACE_NOUNS = {"town", "city", "village", "capital", "region", "province", "district", "school", "building",
               "camp", "headquarters", "palace", "parliament", "base", "stronghold", "airport", "port"}
SEIZED_PREPS = PLACE_PREPS | {"into", "on"}


def _home_ground(tok: Token, index: ActorIndex, geo: Geography, sources: list[Mention]) -> Mention | None:
    """"Taliban fighters overran the northern city of Kunduz", "took hostages at a school in Beslan": a place of
    no known state that a party seizes or strikes, in a sentence naming no other state, is its own country."""
    code = sources[0].actor.code
    if code is None or not _domestic(tok, index, geo, code) or _sole_state(tok, index, geo) != code:
        return None
    places = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    places += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in SEIZED_PREPS
               for g in p.children if g.dep_ == "pobj"]
    for place in places:
        m = index.at(place)
        if (m is None or m.actor.code is None) and (
                place.ent_type_ in {"GPE", "LOC", "FAC"} or place.lemma_.lower() in PLACE_NOUNS):
            return state_mention(code, place)
    return None


def _conditioned(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Whom a threat is aimed at: the subject of its condition ("threatened to cut off gas if the EU imposed
    sanctions" → the EU; "if it attacked Iraq" → the party "it" stands for)."""
    own = {s.actor.code for s in sources}
    for t in (tok, *(c for c in tok.children if c.dep_ in {"xcomp", "ccomp"})):
        for clause in t.children:
            if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                                                 for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            m = index.at(subject)
            if m is None and subject.pos_ == "PRON":
                before = [m for m in index.mentions if m.end <= subject.i and m.actor.code and m.actor.code not in own]
                m = before[-1] if before else None
            if m is not None and (m.actor.code not in own or m.actor.code and subject.pos_ != "PRON"):
                return m  # "warned of civil war if Prime Minister Henry did not step down": its own leader
    return None


def _source_and_target(tok: Token, index: ActorIndex, live: set[int] = frozenset()) \
        -> tuple[list[Mention], Mention | None]:
    """Source mentions (one per conjoined subject) and the target of a predicate (``live``: the other
    event predicates of the sentence)."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        owner = _owner(tok, index)
        pronoun_owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)  # "its withdrawal from
        by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ({"by"} if pronoun_owned  # Lebanon"
                   else {"by", "from"}) for g in c.children if g.dep_ == "pobj"), None)
        sources = _coordinated(owner, index) or _coordinated(by, index)
        owned = bool(sources)
        parties = _between(tok, index)
        if not sources and _two_sides(parties, tok.doc):  # "brokered months of talks between Israeli officials
            return parties, None  # and the PLO"
        if not sources:  # "after Trump held talks with Zelensky" parsed with "held" modifying "talks"
            sources = next((found for c in tok.children if c.dep_ in {"amod", "acl", "relcl"} and c.pos_ == "VERB"
                            and not any(g.dep_ == "mark" for g in c.children)  # not "a call that Russia would …"
                            for g in c.children if g.dep_ == "nsubj" and (found := _coordinated(g, index))), [])
        if not sources and tok.dep_ in {"dobj", "pobj", "attr", "nsubjpass", "conj"}:
            verb = _governing_verb(tok)
            light = verb is not None and verb.lemma_.lower() in LIGHT_VERBS
            if verb is not None and (light or verb.pos_ == "VERB" and tok.dep_ != "nsubjpass"):
                sources = _subject_mentions(verb, index)
        if not sources and tok.dep_ in {"nsubj", "nsubjpass"}:
            sources = parties
        preps = NOUN_TARGET_PREPS if owned else NOUN_TARGET_PREPS - {"of"}
        near = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                for g in p.children if g.dep_ == "pobj"]
        clause = [c for c in tok.children if c.dep_ in {"acl", "xcomp"} and c.pos_ == "VERB"]
        near += [g for c in clause for g in c.children if g.dep_ in {"dobj", "dative"}]
        near += [g for c in clause for p in c.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                 for g in p.children if g.dep_ == "pobj"]
        verb = _governing_verb(tok) if owned and tok.dep_ in {"dobj", "pobj"} else None
        if verb is not None and verb.i in live:  # "Iran turned down an EU proposal": the proposal was to Iran
            target = _pick([[_subject(verb)]], index, sources)
            if target is not None:
                return sources, target
        target = _pick([near], index, sources) or _met_at(tok, index, sources)
        if target is None and not sources:
            target = index.at(object_of(tok, {"of"}))
        return sources, target
    if tok.pos_ == "ADJ":
        head = tok.head
        sources = _subject_mentions(head, index) if head.pos_ in {"AUX", "VERB"} else []
        target = None
        for child in tok.children:
            if child.dep_ in {"xcomp", "prep"}:
                target = index.at(object_of(child, TARGET_PREPS)) if child.dep_ == "xcomp" else \
                    index.at(next((g for g in child.children if g.dep_ == "pobj"), None))
                if target:
                    break
        return sources, target
    subject = _subject(tok)
    sources = _subject_mentions(tok, index, subject)
    if sources and subject is not None and _through_topic(subject, sources[0]):
        sources = []  # "a peace plan for Kosovo that calls for …": the plan, not Kosovo, calls
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        m = index.at(passive)
        if m is not None and m.actor.code is not None or _agent(tok) is None:
            return sources, m
    return sources, _pick(_target_candidates(tok), index, sources)


def _subject_mentions(verb: Token, index: ActorIndex, subject: Token | None = None) -> list[Mention]:
    """The parties a verb's subject names, or the speaker a subject pronoun stands for."""
    subject = subject if subject is not None else _subject(verb)
    return _coordinated(subject, index) or _coordinated(_speaker_of_pronoun(verb, subject), index)


DRAWING = {"draw", "prompt", "provoke", "spark", "trigger", "earn", "attract"}


def _reaction(tok: Token, index: ActorIndex, geo: Geography) -> tuple[list[Mention], Mention | None] | None:
    """"Moscow's refusal drew a sharp rebuke from Merz": a response drawn from a party is that party's, aimed at
    whoever did what drew it (the owner or agent of the subject, else the first other party named)."""
    verb = tok.head
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING:
        return None
    givers = [g for h in (verb, tok) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj"]
    sources = (_coordinated(givers[0], index) or [m for m in [_stand_in(givers[0], geo)] if m]) if givers else []
    if not sources:
        return None
    subject = _subject(verb)
    doers = [c for c in subject.subtree if c.dep_ in {"poss", "compound", "pobj"}] if subject is not None else []
    own = {s.actor.code for s in sources}
    earlier = [m for m in index.mentions if m.end <= verb.i and m.actor.code not in own | {None}]
    return sources, _pick([doers], index, sources) or (earlier[0] if earlier else None)


SELF_PRONOUNS = {"it", "they", "we"}
SELF_NOUNS = {"country", "government", "nation"}


def _speaker_of_pronoun(verb: Token, subject: Token | None) -> Token | None:
    """Who "it" or "the country" is in a reported clause: "Thailand's army said it had reinforced its units" →
    the army."""
    if subject is None or subject.lower_ not in SELF_PRONOUNS and not (
            subject.lemma_.lower() in SELF_NOUNS and any(c.lower_ == "the" for c in subject.children)):
        return None
    chain = _governors(verb)  # "said it was ready to accept": up to the reported clause, not "it was too early"
    clause = chain[-1] if all(t.pos_ != "ADJ" or t.lemma_.lower() in READY for t in chain) else verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return _subject(clause.head)


TOPIC_PREPS = {"for", "on", "about", "over", "against", "to", "with", "toward", "towards"}


def _through_topic(head: Token, m: Mention) -> bool:
    """Whether a mention found inside a phrase is only its topic ("a plan for Kosovo"), not who it names."""
    t = head.doc[m.start]
    steps = 0
    while t.i != head.i and t.head.i != t.i and steps < 12:
        if t.dep_ == "prep" and t.lower_ in TOPIC_PREPS:
            return True
        t, steps = t.head, steps + 1
    return False


def _governing_verb(tok: Token) -> Token | None:
    """The verb a nominal is the object of, through conjoined objects and one preposition."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    tok = _phase_of(tok)
    if tok.dep_ == "pobj":
        tok = tok.head
    head = tok.head
    return head if head.i != tok.i and head.pos_ in {"VERB", "AUX"} else None


PHASES = {"stage", "round", "phase", "part", "wave", "series", "day", "week", "session"}


def _phase_of(tok: Token) -> Token:
    """The phase a nominal event is named through: "began the first stage of nuclear drills", "at the second
    round of talks" → stage, round (what the verb governs); else the nominal itself."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PHASES and prep.head.i != prep.i:
        return prep.head
    return tok


def _target_candidates(tok: Token) -> list[list[Token]]:
    """Where a verb's recipient may be, nearest first: its object, "to/with/against X" on the verb, the subject
    of a "that" clause ("demanded that Turkey release…"), the object of its complement; then "to/with X" inside
    its object ("recalled its ambassador to Italy") or the agent of a participle there ("the release of
    prisoners held by Israel")."""
    to = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    patient = _patient(tok)
    near: list[Token] = [patient] if patient is not None else []
    near += to + [c for c in tok.children if c.dep_ in {"dobj", "dative", "iobj"}
                  or c.dep_ == "ccomp" and c.pos_ in {"NOUN", "PROPN"}]  # a misparsed object
    near += _shared_object(tok) if not near else []
    near += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS - {"to"}
             for g in p.children if g.dep_ == "pobj"]
    second: list[Token] = []
    objects = [c for c in tok.children if c.dep_ in {"dobj", "dative", "iobj"}]
    for child in tok.children:
        if child.dep_ == "ccomp":
            second += [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}]
            second += [g for p in child.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                       for g in p.children if g.dep_ == "pobj"]
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "via", "over"}:  # "spoke by telephone with
            near += [g for m in child.children if m.dep_ == "pobj" and m.lemma_.lower() in MEETING_NOUNS  # Netanyahu"
                     for p in m.children if p.dep_ == "prep" and p.lower_ == "with"
                     for g in p.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ in MEETING_PREPS:  # "agreed in a call with Trump"
            near += [g for m in child.children if m.dep_ == "pobj" and m.lemma_.lower() in MEETING_NOUNS
                     for p in m.children if p.dep_ == "prep" and p.lower_ == "with"
                     for g in p.children if g.dep_ == "pobj"]
        if child.dep_ == "xcomp" or _gerund_object(child):
            objects += [g for g in child.children if g.dep_ in {"dobj", "dative"}]
            second += [g for g in child.children if g.dep_ in {"dobj", "dative"}]
            second += [g for p in child.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                       for g in p.children if g.dep_ == "pobj"]
    inner = [t for o in objects for t in o.subtree if t.pos_ in {"NOUN", "PROPN"}]
    if tok.pos_ in {"NOUN", "PROPN"}:
        inner += [t for t in tok.subtree if t.pos_ in {"NOUN", "PROPN"} and t.i != tok.i]
        near += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in NOUN_TARGET_PREPS
                 for g in p.children if g.dep_ == "pobj"]
    far = [g for head in inner for p in head.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
           for g in p.children if g.dep_ == "pobj"]
    far += [a for head in inner for c in head.children if c.dep_ == "acl" and (a := _agent(c)) is not None]
    return [near, second, far, _deep_recipients(tok)]


def _patient(tok: Token) -> Token | None:
    """Who a passive participle without a subject of its own acts on: the noun it modifies ("35 Ukrainians freed
    by Moscow", not "talks chaired by Turkey") or the subject of the clause it is an adjunct of ("the pilot flew
    home after being pardoned by Putin")."""
    if tok.tag_ != "VBN" or any(c.dep_ in SUBJECTS for c in tok.children):
        return None
    if tok.dep_ == "acl":
        return tok.head if tok.head.lemma_.lower() not in MEETING_NOUNS | ACCORDS else None
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    clause = tok.head.head if tok.dep_ == "pcomp" else tok.head if tok.dep_ == "advcl" else None
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _shared_object(tok: Token) -> list[Token]:
    """"rounded up and deported Afghans", "attacked and seized the port": the object of the next conjoined verb
    without a subject of its own is also the first verb's."""
    if tok.pos_ != "VERB" or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children):
        return []
    verb = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if verb is None or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _deep_recipients(tok: Token) -> list[Token]:
    """Recipients two or more clauses down: "pledged money to help rebuild Iraq", "signalled readiness to
    return villages to Azerbaijan", "voted against allowing US troops to use its bases", "sent doctors to help
    Italy cope"."""
    found: list[Token] = []
    frontier = [c for c in tok.children if c.dep_ in {"xcomp", "dobj", "prep"} or _purpose_clause(c)
                or _gerund_object(c)]
    for _ in range(3):
        clauses = [c for f in frontier for c in ([f] if f.pos_ in {"VERB", "AUX"} else f.children)
                   if (c.dep_ in {"xcomp", "acl", "ccomp", "pcomp"} or _purpose_clause(c) or _gerund_object(c))
                   and c.pos_ in {"VERB", "AUX"}]
        for clause in clauses:
            found += [c for c in clause.children if c.dep_ in {"dobj", "dative", "nsubj"}]
            found += [g for p in clause.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                      for g in p.children if g.dep_ == "pobj"]
        frontier = [c for clause in clauses for c in clause.children]
        if not frontier:
            break
    return found


GOVERNED = {"dobj", "xcomp", "ccomp", "prep", "pobj", "acomp", "attr", "dative", "oprd", "pcomp", "amod",
            "compound", "nmod", "poss", "acl"}


def _governed(tok: Token) -> set[int]:
    """Tokens in the object, complement and prepositional phrases of a predicate (not its conjuncts)."""
    out: set[int] = set()
    for child in tok.children:
        if child.dep_ in GOVERNED or _gerund_object(child):
            out.update(t.i for t in child.subtree)
    return out


def _stand_in(head: Token | None, geo: Geography, shallow: bool = False) -> Mention | None:
    """A state standing for a phrase with no resolved actor: "protesters in Tehran", "the port of Odesa";
    ``shallow``: only from the phrase's own modifiers ("the Russian memorandum", not "talks in Riyadh")."""
    if head is None:
        return None
    code = geo.code_in(head) if not shallow else next(
        (geo.code[t.lower_] for t in (head, *head.children) if (t.i == head.i or t.dep_ in {"amod", "compound",
         "poss", "nmod"}) and t.lower_ in geo.code and t.text[:1].isupper()), None)
    if code is None:
        return None
    return state_mention(code, head)


def _conjunct_states(subject: Token | None, index: ActorIndex, geo: Geography) -> list[Mention]:
    """The parties of conjoined subjects, each its resolved actor or else the state its modifiers name: "Angolan
    and South African negotiators" → Angola, South Africa; "Colombian police and US drug agents"."""
    if subject is None:
        return []
    out: list[Mention] = []
    for conjunct in (subject, *(t for t in subject.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"})):
        skip = {t.i for c in conjunct.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        words = [t for t in conjunct.subtree if t.i not in skip and t.i <= conjunct.i]
        known = next((index.by_token[t.i] for t in words if t.i in index.by_token), None)
        if known is not None:
            out += [known] if known.actor.code and all(m.actor.code != known.actor.code for m in out) else []
            continue
        texts, used = [t.lower_ for t in words], set()
        paired = any(t.dep_ == "cc" for t in words)  # "Ukrainian and Polish border guards", not "Russian-backed"
        for n in range(min(geo.longest, 4), 0, -1):
            for i in range(len(texts) - n + 1):
                code = geo.code.get(" ".join(texts[i:i + n]))
                if code is None or not words[i].text[:1].isupper() or used & set(range(i, i + n)) \
                        or any(m.actor.code == code for m in out) or used and not paired:
                    continue
                used |= set(range(i, i + n))
                out.append(state_mention(code, words[i], conjunct.text))
    return sorted(out, key=lambda m: m.start)


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
    """The date the predicate's own clause names, else the clause of a predicate governing it, else the
    document's: not a date of another clause ("held talks, since Moscow invaded last Thursday")."""
    for head in (tok, *tok.ancestors):
        for t in head.subtree:
            if t.ent_type_ == "DATE" and t.ent_iob_ == "B" and not _in_inner_clause(t, head):
                ent = next((e for e in t.sent.ents if e.start == t.i), None)
                found = resolve(ent.text, base) if ent is not None else None
                if found:
                    return found
    return base.isoformat() if base else None


def _in_inner_clause(t: Token, tok: Token) -> bool:
    """Whether ``t`` sits in a verb's clause below ``tok``."""
    while t.i != tok.i and t.head.i != t.i:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"advcl", "relcl", "ccomp", "pcomp", "acl", "xcomp", "conj"}:
            return True
        t = t.head
    return False


def _evidence(tok: Token, partner: Token | None) -> str:
    ends = [tok.i, tok.i - 2 if _hyphenated(tok) else tok.i]  # "sit-in", not "in"
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
    framed = {tok.i: _code(cue, tok, partner) for tok, cue, partner in found}
    for n, (tok, cue, partner) in enumerate(found):
        plain = _plain_cue(tok, lex) if framed[tok.i] is None and cue.with_ and cue.cameo == UNFRAMED else None
        if plain is not None and (code := _code(plain, tok, None)) is not None:  # "took to the streets … in
            found[n], framed[tok.i] = (tok, plain, None), code  # protests" is no "take in" of refugees
    partners = {p.i for _, _, p in found if p is not None}
    governed = {t.i: _governed(t) for t, _, _ in found}
    unframed = {tok.i for tok, cue, _ in found if framed[tok.i] is None and cue.cameo == UNFRAMED}
    codes = {tok.i: framed[tok.i] or cue.cameo for tok, cue, _ in found}
    kinds = {i: e.type if (e := pack.cameo.get(c)) is not None else None for i, c in codes.items()}
    live = {i for i, kind in kinds.items() if kind is not None}
    reporting = set(pack.reporting_cues.get("verbs", []))
    events: list[Event] = []
    faced = {tok.i: kinds[tok.i] for tok, _, _ in found if _faced(tok)}
    acted: dict[int, list[Mention]] = {}  # the sources each coded predicate found
    aimed: dict[int, tuple[Mention, str]] = {}  # the target and type each coded predicate found
    for tok, cue, partner in found:
        if tok.i in partners:  # "agreed to meet": the complement is coded by the outer predicate
            continue
        outer = [i for i, inside in governed.items()
                 if tok.i in inside and i != tok.i and not _unframed(sent.doc[i], i in unframed, tok)]
        if outer and not _own_event(tok, index, [codes[i] for i in outer], codes[tok.i]) \
                and not _protest_aim(tok, kinds):
            continue  # "offer to mediate", "press for negotiations": coded by the outer predicate
        if _rehearsed(tok):
            continue  # "drills practising blockades and strikes": an act rehearsed is not done
        if _describes_subject_act(tok, kinds):
            continue  # "a drone strike ordered by Trump killed …": the verb the strike is the subject of codes it
        code = codes[tok.i]
        if cue.cue in DECISIONS and partner is not None and codes.get(partner.i, "")[:2] in DECIDED:
            code = codes[partner.i]  # "agreed to cut Russian banks off from SWIFT": a joint decision to sanction
        vowed = codes.get(next((c.i for c in tok.children if c.dep_ == "xcomp"), -1), "")
        if cue.cue in PROMISES and code[:2] == "03" and vowed[:2] in VIOLENT:  # "vowed to hunt down protesters",
            code = "1382" if vowed[:3] == "192" else "138"  # "pledged to annex the Jordan Valley": a threat
        if code[:2] == "01" and cue.cue in DEPARTURES and _forces(_subject(tok), index):
            code = "0874"  # "the last Russian troops left Estonia": forces leaving a place withdraw from it
        if code[:2] == "01" and cue.cue in INCURSIONS and _entered(tok) and _forces(_subject(tok), index):
            code = "190"  # "Iraqi tanks rolled across the border": forces crossing into a country invade it
        if code == PRAISE and cue.cue in GREETINGS and _guest(tok, index):
            code = "043"  # "Trump welcomed Putin on a red carpet": a host receiving a visitor, not praise
        if code[:2] == "01" and cue.cue in ADDRESSED and _addressee(tok, index) is not None:
            code = "130"  # "warned North Korea that …": a warning addressed to a party is a threat
        entry = pack.cameo.get(code)
        if entry is None or entry.type is None:
            continue
        chain = _governors(tok)
        if _yielded_to(tok):
            continue  # "bowing to weeks of protests": the cause of another act, not one its subject did
        if entry.type == "ASSAULT" and _scoreline(tok):
            continue  # "Dynamo Kyiv beat Shakhtar Donetsk 3-1": a match, not a fight
        if _repeats_head(tok, kinds) or _purpose(chain[-1], live) and entry.type != "REQUEST" \
                or _unreal_nominal(tok) or _inferred(chain) \
                or _result(tok, live, entry.type) or _description(tok):
            continue
        if _coded_above(chain, lex, unframed) and not _protest_aim(tok, kinds) or _in_condition_clause(tok) \
                or _purpose_of_same(tok, codes) \
                or _content_of(tok, live, reporting) or _reports_clause(tok, live, reporting):
            continue
        if tok.i in faced:
            continue  # "or face new sanctions": a threatened penalty, not one imposed
        if tok.pos_ in {"NOUN", "PROPN"} and not _anchored_noun(tok, index):
            continue  # "the fighting", "the Kremlin's demands, analysts note": a mention, not a report
        sources, target = _reaction(tok, index, geo) or _source_and_target(tok, index, live)
        member = _suspended_member(tok, index)
        if member is not None:  # "suspended Gabon from all its activities", "Mali was suspended from the AU"
            code, entry, (body, target) = SUSPENSION, pack.cameo[SUSPENSION], member
            sources = sources or ([body] if body is not None else [])
        donor = _donor(tok, index, geo) if cue.cue in RECEIPTS and cue.with_ is None and code[:2] == "07" else None
        if donor is not None and sources:  # "Nicaragua took delivery of 50 tanks from Russia"
            sources, target = [donor], sources[0]
        subject = _subject(tok) if tok.pos_ == "VERB" else _light_subject(tok)
        parties = _conjunct_states(subject, index, geo)
        if len(parties) > 1:  # "Angolan and South African negotiators", "Colombian police and US drug agents"
            sources = [*parties, *(m for m in sources if all(m.actor.code != p.actor.code for p in parties))]
        if not sources and subject is not None and kinds.get(subject.i) == entry.type:
            sources = _attacker(subject, index, geo)  # "a US drone strike ordered by Trump killed …"
        if not sources:
            if subject is not None:  # "a US drone strike", "protesters in Tehran"; not "inflation in Turkey"
                stand_in = _stand_in(subject, geo, shallow=subject.tag_ not in {"NNS", "NNPS", "NNP"})
                sources = [stand_in] if stand_in else []
            if not sources and entry.type in UNNAMED_PERPETRATORS and _perpetrator(subject):
                sources = [_unidentified(subject)]  # "gunmen abducted 27 pupils": violence by unnamed attackers
            described = subject is not None and subject == _gerund_subject(tok)  # "schoolchildren marching"
            if not sources and entry.type == "PROTEST" and (_perpetrator(subject) or described):
                sources = [_crowd(subject, tok, geo)]  # "farmers drove tractors to New Delhi to protest"
        if not sources and entry.type in HOSTED:  # "was extradited from the United States", "were granted asylum
            sources = _passive_host(tok, geo)  # in Moscow": the state a passive act without an agent happens in
        if not sources and subject is not None:  # "handed Ukraine a memorandum that demanded …"
            sources, given_to = _author(subject, index)
            target = given_to if target is None or target.actor.code is None and given_to is not None else target
        if subject is not None and all(m.actor.code is None for m in sources):  # "Morales welcomed Ahmadinejad,
            sources = _the_two(subject, index) or sources  # and the two leaders signed …"
        if not sources and _shares_subject(tok):  # "thousands rallied in Kyiv, accusing the authorities …"
            sources = _actor_above(tok, acted)
        if not sources:
            continue
        acted[tok.i] = sources
        sources = _distinct([_led(p, tok.doc, geo) for m in sources for p in _split_parties(m, tok.doc, geo)])
        if entry.type in GATHERINGS and _multinational(subject):  # "officials from about 40 countries, including
            sources, target = [_delegates(subject)], None  # China and India, met in Jeddah": no one party meets
        if code in DONE_TOGETHER and len({s.actor.code for s in sources}) > 1:
            code = DONE_TOGETHER[code]  # "Philippine and US troops launched exercises", "Ethiopia and Eritrea
            entry = pack.cameo[code]  # reopened two border crossings": what two states do together is cooperation
        speaker = _obliging(tok, index, sources)
        if speaker is not None:  # "Putin said Ukrainian troops must leave Donbas": a demand on Ukraine
            sources, target, code = [speaker], sources[0], "100"
            entry = pack.cameo[code]
        etype, mode = entry.type, entry.mode
        if code == STREET_PROTEST and cue.cue == "protest" and sources[0].actor.sector in {"GOV", None} \
                and sources[0].actor.kind in {"state", "person"} and sources[0].actor.code:
            code = OFFICIAL_COMPLAINT  # "drew a sharp protest from Moscow": a government protests by complaining
            entry = pack.cameo[code]
            etype, mode = entry.type, entry.mode
        if _attitude(tok, sources, etype):
            continue
        unpaired = target is None or target.actor.code in {None, *(s.actor.code for s in sources)} \
            or not _direct(tok, target)
        if etype in SYMMETRIC and code[:3] != "045" and len(sources) == 2 and unpaired:
            sources, target = sources[:1], sources[1]  # "X and Y met": X meets Y
        if etype in SYMMETRIC and len(sources) == 1 and (target is None or target.actor.code is None):
            target = _domestic_partner(subject, index, geo, sources[0].actor.code) or target
        location = _location(tok, index, geo.places)
        where = geo.code.get(location.lower()) if location else None
        sources = [_localised(s, where) for s in sources]  # "rebels seized Kidal, a source in Bamako said"
        target = _refine_target(tok, code, etype, mode, target, sources, index, geo, live)
        if target is None or target.actor.code is None:  # "Iran fired missiles …, and Doha condemned the attack"
            target = _earlier_actor(tok, kinds, events, index, sources) or target
        if target is None or target.actor.code in {None, *(s.actor.code for s in sources)}:
            target = _retaliated_against(tok, events, index, sources, etype) or target  # "Tehran hit back"
        if etype == "ACCUSE" and (target is None or target.actor.code is None):
            target = _mover(tok, index, sources) or target  # "…, a move condemned by Arab leaders"
        if (target is None or target.actor.code in {None, *(s.actor.code for s in sources)}) \
                and _shares_subject(tok) and aimed.get(tok.head.i, (None, None))[1] == etype == "ASSAULT":
            target = aimed[tok.head.i][0]  # "crossed into southern Israel, killing 1,200 people": the same victim
        incursion = etype == "ASSAULT" and tok.lemma_.lower() in INCURSIONS
        if (target is None or target.actor.code is None) and (etype == "AID" or incursion):
            target = _other_state(tok, index, geo, sources) or target  # "Iraqi tanks rolled across the border",
            # "flew grain to famine victims in northern Ethiopia": the one other country named
        if target is None and code[:3] in CUTS:
            continue  # "cut phone links across the region", "resumed after a suspension": no one is cut off
        if target is not None and target.actor.code not in {None, *(s.actor.code for s in sources)}:
            aimed[tok.i] = target, etype
        if target is not None and target.actor.code and _domestic(tok, index, geo, target.actor.code):
            sources = [_compatriot(s, target.actor.code) if _counterpart(s, etype) or _enforcer(s, etype) else s
                       for s in sources]
        elif etype == "PROTEST" and sources[0].actor.code is None and sources[0].actor.sector in {"CVL", "OPP"}:
            state = _sole_state(tok, index, geo)  # "angry farmers drove tractors onto motorways around Paris"
            sources = [_compatriot(s, state) for s in sources] if state else sources
        if etype == "MOBILIZE" and _assisting(tok):  # "deployed 400 police officers to Haiti to lead a mission"
            helped = target if target is not None and target.actor.code not in {None, sources[0].actor.code} \
                else _destination(tok, geo, sources)  # the host forces are sent to help
            if helped is not None:
                code, target = PROTECTION, helped
                etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        guests = _coordinated(tok.doc[target.start:target.end].root, index) if target is not None else []
        if cue.cue == "host" and _two_sides_hosted(guests, sources):
            code, target = "045", None  # "hosted Barak and Arafat for talks": the host brings two parties together
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        elif cue.cue == "host" and code == "044" and target is not None and _direct(tok, target) \
                and tok.doc[target.start:target.end].root.dep_ == "dobj":
            code = "043"  # "hosted Xi at an estate … for talks": a hosted visit, the guest is named
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        if code.startswith("043") and target is not None and len(sources) == 1:
            sources, target = guests or [target], sources[0]  # each visitor acts, the host receives
        modality = _modality(tok, chain, lex)
        verb = _governing_verb(tok) if tok.pos_ == "NOUN" and modality == "asserted" and not (
            tok.dep_ == "pobj" and tok.head.lower_ in ADJUNCT_PREPS) else None  # not "ready to … after talks"
        if verb is not None:  # "would be waiting for Putin in Istanbul for talks": the verb's modality
            modality = _modality(verb, _governors(verb), lex)
        if (etype in {"ASSAULT", "COERCE", "MOBILIZE"} or cue.cue in DEFIANCE) and sources[0].actor.sector == "CVL" \
                and code[:3] != ABDUCTION:  # crowds massing, storming or defying a ban: a protest, a riot
            code = "145" if etype in {"ASSAULT", "COERCE"} else "141"
            target = None if cue.cue in DEFIANCE else target  # what they defy is no party to the protest
            if etype in {"ASSAULT", "COERCE"} and target is None and sources[0].actor.code:
                target = _seat_stormed(tok, sources[0].actor.code)
            entry = pack.cameo[code]
            etype, mode = entry.type, entry.mode
        if etype == "PROTEST" and target is not None and target.actor.code == sources[0].actor.code \
                and cue.cue not in SEIZING:
            target = _protested(tok, index)  # "students occupied the parliament building", "marched to demand his
            # resignation": where or why a crowd protests is no party; whom it protests against is
        if code[:3] == "042" and target is not None and target.actor.code not in {None, sources[0].actor.code} \
                and _assisting(tok):  # "Greek rescue teams arrived in Turkey to help search for survivors"
            code = PROTECTION if sources[0].actor.sector == "MIL" or _forces(subject, index) else RELIEF
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        if code[:3] == "042" and sources[0].actor.sector in {"MIL", "CVL"}:
            if sources[0].actor.sector == "CVL":
                continue  # civilians travelling are not a diplomatic visit
            code = "154"  # troops arriving: a deployment
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
            target = None
        if code == ARMS_AID and sources[0].actor.sector == "REB":  # "FARC rebels handed over their last weapons
            code, etype, mode = DISARM, pack.cameo[DISARM].type, pack.cameo[DISARM].mode  # to UN monitors"
        if etype == "ASSAULT" and cue.cue in REPRISALS and modality in {"intended", "hypothetical"}:
            code, etype, mode = "138", "THREATEN", pack.cameo["138"].mode  # "Russia would retaliate"
            if target is None or target.actor.code in {None, *(s.actor.code for s in sources)}:
                target = _conditioned(tok, index, sources) or target  # "… if Washington raised duties"
        condition = _condition(tok, chain) if etype in THREATENED else None
        if condition is not None and (condition[1] == "unless" or modality in {"intended", "hypothetical"} and not any(
                c.dep_ == "aux" and c.lower_ in SPECULATIVE for v in (tok, *chain) for c in v.children)):
            code = THREATENED[etype]  # "would impose sanctions if Russia invaded", "authorised air strikes unless
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode  # Belgrade pulled back": a threat
            modality = "asserted"
            party = index.at(_subject(condition[0]))
            if party is not None and party.actor.code not in {None, *(s.actor.code for s in sources)} \
                    and (target is None or target.actor.code in {None, *(s.actor.code for s in sources)}):
                target = party  # the party whose act the threat is conditioned on
        if etype == "REQUEST" and cue.cue in COMMANDS and target is not None and _own_forces(sources, target):
            continue  # a leader's order to its own forces is a command, not a demand on another party
        is_negated = negated(tok) or negated(chain[-1])
        if modality == "intended" and is_negated and etype in REFUSED:
            code = REFUSED[etype]  # "Ukraine would not give its land": a refusal, not a negated concession
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
            modality, is_negated = "asserted", False
        elif modality == "intended" and code in PROMISED_RELIEF:  # "would lift sanctions on Damascus"
            code = PROMISED_RELIEF[code]
            etype, mode = pack.cameo[code].type, pack.cameo[code].mode
        elif modality == "intended" and etype in PROMISED:
            code, etype, mode = PROMISED[etype], "AGREE", None  # "will meet", "would work with": an agreement
        elif (modality in {"intended", "hypothetical", "expected"} or cue.cue in COMMANDS) and etype == "RETREAT":
            etype = "CONCEDE"  # "troops would leave Afghanistan within 14 months", "ordered his troops to pull
            # out": a retreat announced, not done
        credit = attribute(tok, index)
        reported_by = credit.reported_by
        targets = [target]
        if target is not None and (len(sources) == 1 or _direct(tok, target)):  # "Russia and Ukraine signed
            # mirror agreements with Turkey and the UN": each signs with each
            more = [m for m in _coordinated(tok.doc[target.start], index) if m.start > target.start]
            targets = [target, *(m for m in more if m.start >= target.end), *_wider(target, tok.doc, index)]
            targets = _distinct([p for m in targets for p in _split_parties(m, tok.doc, geo)])
        mutual = _reciprocal(tok) and len({s.actor.code for s in sources}) > 1
        for source in sources:
            these = targets
            if len(targets) > 1 and any(t is not None and t.actor.code != source.actor.code for t in targets):
                these = [t for t in targets if t is None or t.actor.code != source.actor.code]
            if mutual:  # "Ukraine and Russia blamed each other": each source is the other's target
                these = [m for m in sources if m.actor.code != source.actor.code]
            for target in these:
                if target is not None and target.actor == source.actor and target.start == source.start:
                    target = None
                if target is not None and target.actor.code is None and where and etype in PLACE_TARGETS:
                    target = Mention(target.start, target.end, target.actor.model_copy(update={"code": where}))
                events.append(Event(
                    type=etype, mode=mode, cameo=code, source=bare(source.actor),
                    target=bare(target.actor) if target else None, negated=is_negated,
                    modality=modality, date=_date(tok, base), location=location,
                    sentence=sentence, evidence=_evidence(tok, partner),
                    reported_by=bare(reported_by) if reported_by else None))
                if etype == "RETREAT" and target is not None and target.actor.code not in {None, source.actor.code} \
                        and _in_exchange(tok):  # "freed Gershkovich in exchange for eight Russians": a swap
                    events.append(events[-1].model_copy(update={"source": events[-1].target,
                                                                "target": events[-1].source}))
    events += _ultimatum([(sent.doc[i], kind) for i, kind in faced.items()], events, pack)
    joint = _joint_events(sent, index, pack, geo, base, sentence, events)
    if joint:  # "began joint patrols": a joint exercise or patrol is cooperation, not each side's force posture
        events = [e for e in events if not (e.type == "MOBILIZE" and any(e.evidence in j.evidence for j in joint))]
    return _unrepeated(events + joint)


DOCUMENTS = {"memorandum", "plan", "letter", "note", "proposal", "draft", "document", "list", "text", "paper",
             "ultimatum", "message", "offer"}
HANDING_OVER = {"hand", "give", "send", "submit", "present", "deliver", "table", "issue", "publish", "circulate",
                "unveil", "draft", "pass"}


def _author(subject: Token, index: ActorIndex) -> tuple[list[Mention], Mention | None]:
    """Who speaks through a document that acts, and to whom: the giver and recipient of the verb it is the object
    of ("Russia's delegation handed Ukraine a memorandum that demanded …" → Russia, Ukraine)."""
    if subject.lemma_.lower() not in DOCUMENTS or subject.dep_ != "dobj" \
            or subject.head.lemma_.lower() not in HANDING_OVER:
        return [], None  # "accepted a plan that calls for …" is not its author
    verb = subject.head
    sources = _subject_mentions(verb, index)
    given_to = [c for c in verb.children if c.dep_ in {"dative", "iobj"}]
    given_to += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 for g in p.children if g.dep_ == "pobj"]
    return sources, _pick([given_to], index, sources) if sources else None


def _two_sides_hosted(guests: list[Mention], hosts: list[Mention]) -> bool:
    """Whether a host's guests are two other named parties it brings together ("hosted Barak and Arafat"), not a
    gathering it receives ("hosted Zelensky and a dozen European leaders": each guest visits)."""
    codes = [g.actor.code for g in guests]
    return len(codes) == 2 and len(set(codes) - {None, *(h.actor.code for h in hosts)}) == 2


PARTNER_WORDS = REBELS | {"rebels", "opposition", "movement", "protester", "dissident"}


def _domestic_partner(subject: Token | None, index: ActorIndex, geo: Geography, code: str | None) -> Mention | None:
    """An unnamed rebel or opposition movement conjoined with a government: its compatriot counterpart, unless
    its phrase names another state ("Sudan's military council and the protest movement signed a deal")."""
    if subject is None or code is None:
        return None
    for conjunct in (t for t in subject.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}):
        if index.at(conjunct) is None and any(t.lemma_.lower() in PARTNER_WORDS for t in conjunct.subtree):
            return state_mention(geo.code_in(conjunct) or code, conjunct)
    return None


PAIRS = {"two", "both"}


def _wider(m: Mention, doc, index: ActorIndex) -> list[Mention]:
    """The phrase a modifier mention belongs to: "Russian" in "with Russian and Ukrainian teams"."""
    root = doc[m.start:m.end].root
    wider = index.at(root.head) if root.dep_ in {"amod", "compound", "nmod"} else None
    return [wider] if wider is not None and wider.start <= m.start and wider.end > m.end else []


MOVES = {"move", "decision", "step", "act", "action"}


def _mover(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Who made the move a clause judges: the subject of the clause a "move" noun sums up ("Trump recognised
    Jerusalem as Israel's capital, a move condemned by Arab leaders" → Trump)."""
    move = tok.head
    if tok.dep_ not in {"acl", "relcl"} or move.lemma_.lower() not in MOVES or move.head.pos_ != "VERB" \
            or move.i < move.head.i or move.dep_ not in {"appos", "dobj", "npadvmod"}:
        return None
    return _pick([[_subject(move.head)]], index, sources)


def _the_two(subject: Token, index: ActorIndex) -> list[Mention]:
    """The two parties "the two leaders" or "both sides" refers back to: the first two named before it."""
    if not any(c.lower_ in PAIRS and c.dep_ in {"nummod", "det", "predet", "amod"} for c in subject.children):
        return []
    named: list[Mention] = []
    for m in index.mentions:
        if m.end <= subject.i and m.actor.code and all(n.actor.code != m.actor.code for n in named):
            named.append(m)
    return named[:2] if len(named) >= 2 else []


def _protest_aim(tok: Token, kinds: dict[int, str | None]) -> bool:
    """"Ukrainians marched to demand his resignation": what a protest demands is a demand of its own."""
    return kinds.get(tok.i) == "REQUEST" and tok.dep_ in {"xcomp", "advcl"} and kinds.get(tok.head.i) == "PROTEST"


def _shares_subject(tok: Token) -> bool:
    """A participle or conjoined verb with no subject of its own: it acts through its head's subject."""
    return tok.pos_ == "VERB" and (tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG") \
        and not any(c.dep_ in SUBJECTS for c in tok.children)


def _actor_above(tok: Token, acted: dict[int, list[Mention]]) -> list[Mention]:
    """The sources of the nearest coded predicate up a participle's chain of clauses ("postponed a trip after a
    balloon was spotted, calling its presence an irresponsible act": the one who postponed calls)."""
    head, steps = tok.head, 0
    while head.i not in acted and head.dep_ in {"advcl", "conj"} and head.head.i != head.i and steps < 3:
        head, steps = head.head, steps + 1
    return acted.get(head.i, [])


def _reciprocal(tok: Token) -> bool:
    """Whether a predicate's object is "each other" or "one another"."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    objects += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                for g in p.children if g.dep_ == "pobj"]
    pairs = {("other", "each"), ("another", "one"), ("one", "another")}
    return any((o.lower_, c.lower_) in pairs for o in objects for c in o.children)


LOCAL_SECTORS = {None, "CVL", "OPP", "GOV", "MIL", "REB", "LEG", "JUD"}


def _localised(source: Mention, where: str | None) -> Mention:
    """An unaffiliated source given the state of the place the event happens in."""
    if source.actor.code is not None or where is None or source.actor.id in {UNIDENTIFIED, MULTINATIONAL} \
            or source.actor.sector not in LOCAL_SECTORS:
        return source
    return Mention(source.start, source.end, source.actor.model_copy(update={"code": where}))


def _unrepeated(events: list[Event]) -> list[Event]:
    """One event per act: two cues of a sentence coding the same act between the same parties ("launched
    exercises, with drills planned") report it once; an act done and one promised, or done on two dates, are
    two."""
    seen: set[tuple] = set()
    aimed: set[tuple] = set()
    out: list[Event] = []
    for e in events:
        act = (e.cameo, e.source.code, e.source.text, e.negated, e.modality, e.date)
        key = (*act, e.target and (e.target.code, e.target.text))
        if key not in seen and not (e.target is None and act in aimed):  # "stormed parliament and set part of it
            seen.add(key)  # on fire": the same act again, its target unnamed
            aimed |= {act} if e.target is not None else set()
            out.append(e)
    return out


PROTECTION, RELIEF = "074", "073"
ASSISTING = {"help", "support", "assist", "lead", "bolster", "shore", "restore", "protect", "defend", "stabilise",
             "stabilize", "secure", "train", "reinforce"}


def _assisting(tok: Token) -> bool:
    """Whether forces are sent for another party's sake: a purpose clause of help or protection."""
    return any(_purpose_clause(c) and c.lemma_.lower() in ASSISTING for c in tok.children)


RECEIPTS = {"take"}  # "took delivery of": the subject receives the aid


def _donor(tok: Token, index: ActorIndex, geo: Geography) -> Mention | None:
    """Who gives what a subject receives: the "from" phrase ("took delivery of tanks from Russia")."""
    return next((m for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "from" for g in t.children
                 if g.dep_ == "pobj" and (m := index.by_token.get(g.i) or _stand_in(g, geo)) is not None
                 and m.actor.code), None)


SWAP_DEALS = {"deal", "agreement", "swap", "exchange"}


def _in_exchange(tok: Token) -> bool:
    """Whether an act is one side of a swap, so that both sides release or yield: done "in exchange for"
    another or "under a deal with" the other side, or by two parties "each"."""
    for p in tok.children:
        pobjs = [g for g in p.children if g.dep_ == "pobj"] if p.dep_ == "prep" else []
        if p.lower_ == "in" and any(g.lower_ == "exchange" and any(f.dep_ == "prep" and f.lower_ == "for"
                                                                  for f in g.children) for g in pobjs):
            return True
        if p.lower_ == "under" and any(g.lemma_.lower() in SWAP_DEALS and any(
                f.dep_ == "prep" and f.lower_ == "with" for f in g.children) for g in pobjs):
            return True
    subject = _subject(tok)
    return subject is not None and any(c.lower_ == "each" for c in subject.children) \
        or any(c.lower_ == "each" and c.dep_ == "advmod" for c in tok.children)


MULTINATIONAL = "multinational"
GATHERINGS = {"CONSULT", "SUPPORT", "AGREE"}  # what delegates of many countries do together: meet, sign, pledge
NATIONS = {"country", "state", "nation", "democracy", "government", "power", "ally", "member"}


def _multinational(subject: Token | None) -> bool:
    """Whether a subject gathers people of several countries: "officials from about 40 countries", "leaders of
    six major industrial democracies", "the foreign ministers of the two German states"."""
    return subject is not None and any(any(c.dep_ == "nummod" or c.lower_ in {"dozens", "scores"} for c in g.children)
                                       for g in plural_origins(subject, NATIONS))


def _delegates(subject: Token) -> Mention:
    """The delegates of several countries as one actor of no state."""
    phrase = subject.doc[subject.left_edge.i:subject.i + 1]
    actor = Actor(id=MULTINATIONAL, code=None, sector=None, kind="group", name=None, text=phrase.text)
    return Mention(subject.i, subject.i + 1, actor)


UNNAMED_PERPETRATORS = {"ASSAULT"}
UNIDENTIFIED = "unidentified"


def _perpetrator(subject: Token | None) -> bool:
    """Whether an unresolved subject names who (or what weapon) carried out an act: a noun phrase, not a pronoun,
    a clause or a number ("gunmen", "a roadside bomb", "machete-wielding attackers")."""
    if subject is None or subject.pos_ not in {"NOUN", "PROPN", "NUM"} or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if subject.ent_type_ in {"CARDINAL", "QUANTITY"}:  # "hundreds of farmers", not "two percent"
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    return subject.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY"}


def _unidentified(subject: Token) -> Mention:
    """An actor with no known affiliation for an unnamed perpetrator."""
    phrase = subject.doc[subject.left_edge.i:subject.i + 1]
    actor = Actor(id=UNIDENTIFIED, code=None, sector=None, kind="group", name=None, text=phrase.text)
    return Mention(subject.i, subject.i + 1, actor)


def _attacker(act: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """Who carried out an act named as the subject of a verb of its kind: the agent of a participle on it ("a
    drone strike ordered by Trump") or else the state its premodifiers name ("a US drone strike")."""
    agent = next((a for c in act.children if c.dep_ == "acl" and (a := _agent(c)) is not None), None)
    found = _coordinated(agent, index)
    if found:
        return found
    code = next((geo.code[t.lower_] for t in act.subtree if t.i < act.i and t.lower_ in geo.code
                 and t.text[:1].isupper()), None)
    return [state_mention(code, act)] if code else []


def _describes_subject_act(tok: Token, kinds: dict[int, str | None]) -> bool:
    """Whether a participle describes an act that is the subject of a verb of the same kind ("a strike ordered by
    Trump killed …")."""
    act = tok.head
    return tok.dep_ == "acl" and act.dep_ == "nsubj" and kinds.get(tok.i) is not None \
        and kinds.get(act.i) == kinds[tok.i] == kinds.get(act.head.i)


def _light_subject(tok: Token) -> Token | None:
    """The subject of the light verb a nominal predicate is the object of ("prisoners began a hunger strike")."""
    verb = _governing_verb(tok) if tok.dep_ in {"dobj", "pobj"} else None
    if verb is None or verb.lemma_.lower() not in LIGHT_VERBS | {"go", "stage", "hold", "join", "call"}:
        return None
    return _subject(verb)


CROWD_PREPS = PLACE_PREPS | {"through", "to", "into", "on", "outside", "around", "along"}


def _crowd(subject: Token, tok: Token, geo: Geography) -> Mention:
    """Unnamed civilians who protest, of the state their phrase or the place they protest in names: "farmers
    drove tractors to New Delhi", "dockworkers in Chile's main ports", "students marched through Rangoon"."""
    code = geo.code_in(subject)
    for verb in (tok, *tok.ancestors):
        if code is not None:
            break
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in CROWD_PREPS:
                code = next((c for g in p.children if g.dep_ == "pobj" and (c := geo.code_in(g))), None)
                if code:
                    break
        if verb.dep_ not in {"advcl", "xcomp", "conj", "dobj", "pobj", "prep"}:
            break
    phrase = subject.doc[subject.left_edge.i:subject.i + 1]
    actor = Actor(id=None, code=code, sector="CVL", kind="group", name=None, text=phrase.text)
    return Mention(subject.i, subject.i + 1, actor)


JOINT = {"joint", "jointly", "together", "combined", "bilateral"}
NOT_JOINT = {"statement", "statements", "declaration", "communique", "letter", "press", "conference", "news",
             "appeal", "session", "sitting", "chiefs", "staff", "committee", "stance", "position", "account",
             "bid", "candidate", "winner", "custody", "venture-capital", "border", "history", "meeting", "talks",
             "summit", "visit", "call", "signing", "ceremony"}
JOINT_KINDS = [("062", {"troops", "troop", "patrol", "patrols", "exercise", "exercises", "drill", "drills",
                        "manoeuvres", "maneuvers", "military", "naval", "navy", "navies", "army", "armies",
                        "landmines", "mines", "forces", "soldiers", "operation", "operations", "air", "defence"}),
               ("064", {"intelligence", "data", "information", "surveillance"}),
               ("063", {"police", "drug", "drugs", "investigation", "investigators", "prosecutors", "court"}),
               ("061", {"trade", "economic", "flights", "shipping", "plant", "pipeline", "fund", "investment",
                        "venture", "project", "projects", "currency", "currencies", "power", "energy", "railway",
                        "port", "factory", "production", "crossing", "inspections", "bank"})]


def _joint_events(sent: Span, index: ActorIndex, pack: Pack, geo: Geography, base: date | None, sentence: int,
                  found: list[Event]) -> list[Event]:
    """Material cooperation told by "joint"/"jointly": "launched a joint offensive", "began jointly removing
    landmines", "inaugurated a jointly financed power plant". The parties are those acting; what they do
    together sets the kind (military, intelligence, judicial, economic)."""
    out: list[Event] = []
    if any(e.type == "COOPERATE" for e in found):
        return out
    for tok in sent:
        if tok.lower_ not in JOINT or tok.dep_ not in {"amod", "advmod"}:
            continue
        act = tok.head
        if act.lemma_.lower() in NOT_JOINT or act.lower_ in NOT_JOINT:
            continue  # "a joint statement", "joint talks": words or meetings, coded by their own cues
        verb = act
        for _ in range(4):  # up to the verb that has the acting parties as its subject
            if verb.pos_ in {"VERB", "AUX"} and _subject(verb) is not None and (
                    index.at(_subject(verb)) is not None or len(_conjunct_states(_subject(verb), index, geo)) > 1):
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        sources, target = _source_and_target(verb, index)
        conjoined = _conjunct_states(_subject(verb), index, geo)
        sources = conjoined if len(conjoined) > 1 else sources
        parties = _distinct([p for m in sources for p in _split_parties(m, tok.doc, geo)])
        if len(parties) == 1 and target is not None and target.actor.code not in {None, parties[0].actor.code}:
            parties = [parties[0], target]
        codes_ = [m.actor.code for m in parties]
        if len(parties) < 2 or None in codes_ or len(set(codes_)) < 2:
            continue
        what = act.head if act.dep_ in {"amod", "acl"} else act  # "a jointly financed power plant"
        words = {t.lemma_.lower() for t in what.subtree} | {t.lower_ for t in what.subtree} | {verb.lemma_.lower()}
        words |= {t.lower_ for m in parties for t in tok.doc[m.start:m.end]}
        code = next((c for c, kind in JOINT_KINDS if words & kind), "060")
        chain = _governors(verb)
        modality = _modality(verb, chain, lexicon(pack))
        if modality != "asserted" or negated(verb):
            continue
        entry = pack.cameo[code]
        out.append(Event(type=entry.type, mode=entry.mode, cameo=code, source=bare(parties[0].actor),
                         target=bare(parties[1].actor), negated=False, modality=modality, date=_date(verb, base),
                         location=_location(verb, index, geo.places), sentence=sentence,
                         evidence=tok.doc[min(tok.i, act.i):max(tok.i, act.i) + 1].text))
        break
    return out


PROMISES = {"vow", "pledge", "promise", "swear"}
VIOLENT = {"17", "18", "19", "20"}  # coercion and violence: promised, they are threats
DECISIONS = {"agree"}
DECIDED = {"16"}  # acts an agreement decides rather than promises: reducing relations, sanctions


DEPARTURES = {"leave", "sail", "quit", "abandon", "vacate", "exit", "depart"}
INCURSIONS = {"cross", "roll", "pour"}
FRONTIERS = {"border", "frontier", "line", "river"}


def _entered(tok: Token) -> bool:
    """Whether a move goes into or across a country's border ("crossed the border", "poured into Kuwait")."""
    return any(c.dep_ == "prep" and c.lower_ in {"into", "across"}
               or c.dep_ == "dobj" and c.lemma_.lower() in FRONTIERS for c in tok.children)


FORCE_WORDS = {"troop", "troops", "soldier", "soldiers", "force", "forces", "army", "unit", "units", "contingent",
               "fighter", "fighters", "rebel", "rebels", "militant", "militants", "peacekeeper", "peacekeepers",
               "militia", "militiamen", "garrison", "battalion", "brigade", "tank", "tanks", "column", "columns",
               "paratrooper", "paratroopers"}


def _forces(subject: Token | None, index: ActorIndex) -> bool:
    """Whether a subject names armed forces: "the last Syrian soldiers", "rebels", an actor of the MIL sector."""
    if subject is None:
        return False
    m = index.at(subject)
    return m is not None and m.actor.sector in {"MIL", "REB"} or subject.lemma_.lower() in FORCE_WORDS \
        or subject.lower_ in FORCE_WORDS


ADDRESSED = {"warn", "caution"}
PRAISE = "051"
STREET_PROTEST, OFFICIAL_COMPLAINT = "141", "114"
GREETINGS = {"welcome"}


def _guest(tok: Token, index: ActorIndex) -> bool:
    """Whether a verb's object is a person the pack knows ("welcomed Putin"), not a decision or a move."""
    m = index.at(next((c for c in tok.children if c.dep_ == "dobj"), None))
    return m is not None and m.actor.kind == "person" and m.actor.code is not None
UNFRAMED = "010"  # a polysemous cue's own code: no event unless one of its frames matches
NO_EVENT = "010"  # what a frame (or a naming "call") chooses on purpose: not an event
ARMS_AID, DISARM = "072", "0873"  # weapons a state gives are aid; weapons rebels give up, disarmament
ABDUCTION = "181"  # hostage-taking stays an assault whoever does it ("students took 60 Americans hostage")
# An exercise is a show of force, an opened crossing or border an eased blockade or restriction; done by two
# states together, they are military or economic cooperation.
DONE_TOGETHER = {"150": "062", "0872": "061", "0863": "061", "081": "061"}


def _unframed(outer: Token, unframed: bool, inner: Token) -> bool:
    """A light verb none of whose frames matched ("launched their largest exercises"), or any verb that found
    none and takes the inner one as its complement ("is set to attack"): it leaves the inner cue to code the
    event."""
    return unframed and (outer.lemma_.lower() in LIGHT_VERBS or inner.dep_ == "xcomp" and inner.head.i == outer.i)
# Future cooperation is an agreement (PLOVER AGREE); a future refusal to concede or cooperate is a rejection.
PROMISED = {"CONSULT": "036", "COOPERATE": "031", "AID": "033", "SUPPORT": "032"}
PROMISED_RELIEF = {"085": "0354"}  # a promise to ease sanctions is an agreement (domain §4), not a concession
REFUSED = {"AGREE": "120", "CONCEDE": "124", "RETREAT": "124", "CONSULT": "125", "AID": "122", "COOPERATE": "121",
           "SUPPORT": "120"}
RECIPIENT_PREPS = {"with", "to", "against", "toward", "towards", "for", "upon", "into"}
REPRISALS = {"retaliate", "respond", "avenge"}
DEFIANCE = {"defy"}  # crowds defying a curfew or a ban protest
COMMANDS = {"order", "instruct", "command", "direct", "tell"}
UNREAL_DETS = {"any", "no", "every"}
BACKGROUND_NOUNS = {"anniversary", "memory", "legacy", "commemoration", "history", "lesson", "lessons"}
ATTITUDES = {"REJECT", "SUPPORT", "ACCUSE"}


def _addressee(tok: Token, index: ActorIndex) -> Mention | None:
    """The party a verb is said to (its object), when that names a known state or organisation."""
    m = index.at(next((c for c in tok.children if c.dep_ in {"dobj", "dative"}), None))
    return m if m is not None and m.actor.code else None


RESULTS = {"end", "bring"}


def _result(tok: Token, live: set[int], etype: str) -> bool:
    """"signed a peace accord, ending three decades of fighting": the outcome of another event (or of any act,
    when set off by a comma: "completed its withdrawal, ending 22 years of occupation"), told by a participle
    after it, is no intent to settle of its own."""
    return etype == "AGREE" and tok.lemma_.lower() in RESULTS and tok.tag_ == "VBG" and tok.dep_ == "advcl" \
        and tok.i > tok.head.i and (tok.head.i in live or _trailing_participle(tok))


def _description(tok: Token) -> bool:
    """"Oleg Sentsov, a filmmaker jailed in Russia, …": a participle in an apposition describes who someone
    is, not what the sentence reports."""
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "appos"


def _purpose(tok: Token, live: set[int]) -> bool:
    """"sent troops to Russia to fight in Ukraine": a purpose clause of another event is its aim, not an
    event that has happened (the caller keeps a demand: "declared a hunger strike to demand treatment" demands)."""
    if tok.dep_ != "advcl" or tok.head.i not in live:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)


def _unreal_nominal(tok: Token) -> bool:
    """A nominal that names no actual event: "any new EU sanctions", "ahead of the G20 summit", "the Kremlin's
    demands, analysts note, have barely shifted" (a standing stance, the subject of a non-event)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "det" and c.lower_ in UNREAL_DETS for c in tok.children):
        return True
    if tok.dep_ == "pobj" and (tok.head.lower_ == "before" or tok.head.lower_ == "of"
                               and tok.head.head.lower_ == "ahead"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "for"
                                                               for c in tok.children):
        return True  # "in exchange for", "in return for": a condition of another act
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in BACKGROUND_NOUNS:
        return True  # "the anniversary of the Tiananmen crackdown"
    years = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "in"} for g in p.children]
    if any(c.ent_type_ == "DATE" and c.like_num and len(c.text) == 4 for c in tok.children
           if c.dep_ in {"nummod", "compound", "amod", "nmod"}) or any(
            g.dep_ == "pobj" and g.like_num and len(g.text) == 4 and g.ent_type_ == "DATE" for g in years):
        return True  # "regret for the 1919 Amritsar massacre", "since the Istanbul talks of 2022": history
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return True  # "have hardly changed since the talks": a point in time
    if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and not any(
            c.dep_ in {"prep", "acl", "relcl", "xcomp"} for c in tok.children):
        return True
    return False


def _attitude(tok: Token, sources: list[Mention], etype: str) -> bool:
    """"Most Ukrainians oppose territorial concessions": what a public holds, in the present tense, is an
    opinion, not an act of rejection or support."""
    return etype in ATTITUDES and tok.tag_ in {"VBP", "VBZ"} and all(s.actor.sector == "CVL" for s in sources)


def _own_forces(sources: list[Mention], target: Mention) -> bool:
    return target.actor.sector == "MIL" and any(s.actor.code == target.actor.code for s in sources)


def _direct(tok: Token, target: Mention) -> bool:
    """Whether a target is a recipient (object, "with/to/against X"), not the topic of the act
    ("exchanged intelligence on North Korea's launch")."""
    head = tok.doc[target.start:target.end].root
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"dobj", "dative", "iobj", "nsubjpass"}:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in RECIPIENT_PREPS


MEETING_NOUNS = {"call", "meeting", "talks", "talk", "summit", "conversation", "visit", "phone", "telephone",
                 "negotiations", "consultations", "session", "round"}
MEETING_PREPS = {"in", "at", "during", "after", "before", "following"}
MET_AT_PREPS = MEETING_PREPS | {"for"}


def _met_at(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Whom a meeting an act happened at (or was for) was with, when the meeting names no one: the act's
    recipient ("apologised to Aliyev in a phone call", "would wait for Putin in Istanbul for talks")."""
    tok = _phase_of(tok)  # "at the second round of talks"
    if tok.lemma_.lower() not in MEETING_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in MET_AT_PREPS:
        return None
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return _pick(_target_candidates(verb)[:1], index, sources)


def _owner(tok: Token, index: ActorIndex) -> Token | None:
    """The actor a nominal belongs to: "Moscow's refusal", "the EU proposal", "the Soviet invasion"."""
    for child in tok.children:
        m = index.by_token.get(child.i)
        if m is not None and (child.dep_ in {"poss", "compound"} or child.dep_ == "amod" and m.actor.code):
            return child
    return None


def _between(tok: Token, index: ActorIndex) -> list[Mention]:
    """The parties of "talks between X and Y"."""
    return _coordinated(next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"between", "among"}
                              for g in p.children if g.dep_ == "pobj"), None), index)


def _two_sides(parties: list[Mention], doc) -> bool:
    """Whether mentions name two sides: two phrases, or one naming both ("Armenian and Azerbaijani officials")."""
    return len(parties) > 1 or len(parties) == 1 and any(t.dep_ == "cc" for t in doc[parties[0].start:parties[0].end])


def _own_event(tok: Token, index: ActorIndex, outer: list[str], code: str) -> bool:
    """Whether a predicate inside another cue's phrase is an event of its own rather than the content that
    codes the outer one: it has its own subject ("demanded that Ukraine withdraw" is decided by _content_of)
    or a passive agent that names an actor ("a swap mediated by the UAE"); a nominal has its own owner ("rejected
    the AU's offer to mediate", "a proposal by Kosovo"), is a meeting or event the outer one happened at or after
    ("agreed in a call with Trump", "hours after Trump held talks with Zelensky"), or is a second, different kind of act
    conjoined with the outer one's object ("declared martial law and a general mobilisation")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return True
    if (tok.dep_ == "acl" and tok.tag_ == "VBG" or _gerund_subject(tok) is not None) and code[:2] == "14":
        return True  # "opened fire on schoolchildren marching in Soweto": the people it describes protest
    if tok.pos_ == "VERB":
        agent = _agent(tok) or _hyphen_agent(tok)
        return agent is not None and agent.i in index.by_token or _trailing_participle(tok)
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    by = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
               if g.dep_ == "pobj" and g.i in index.by_token), None)
    if code[:2] == "03" and (_owner(tok, index) is not None or by is not None):
        return True  # "dismissed a proposal by Kosovo's prime minister": the proposal is the proposer's act
    if code[:2] == "04" and all(o[:2] == "04" for o in outer) and _two_sides(_between(tok, index), tok.doc):
        return True  # "brokered talks between Serbia and Kosovo": the talks are the two parties' own
    if tok.dep_ == "dobj" and any(o[:2] in DEMANDS for o in outer):
        return False  # "demand Yanukovych's resignation": what is demanded, not an act of its own
    if _owner(tok, index) is not None:  # "attended an Arab League summit" restates the attending
        return all(o[:2] != code[:2] for o in outer)
    phase = _phase_of(tok)  # "after 13 days of secret negotiations"
    if phase.dep_ == "pobj" and phase.head.lower_ in MEETING_PREPS and code[:2] == "04":
        return True
    if tok.dep_ == "conj" and all(o[:2] != code[:2] for o in outer):
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ in {"dobj", "pobj", "attr"}
    return False


def _trailing_participle(tok: Token) -> bool:
    """"warned Greece that Turkey may come one night, accusing Athens of …": a participle set off by a comma
    at the end of a clause is a further act of the sentence's subject, wherever the parse hangs it."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 1 and tok.doc[tok.i - 1].text == "," \
        and tok.i > tok.head.i and not any(c.dep_ in SUBJECTS for c in tok.children)


def _content_of(tok: Token, live: set[int], reporting: set[str]) -> bool:
    """Whether a predicate is the content of another event ("demanded that NATO halt its expansion",
    "warned that Russia would take Donbas", "proposed that Russia and Ukraine resume talks"): the outer cue
    codes it, unless the outer verb only reports it ("announced that Russia was suspending …")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ in {"dobj", "nsubjpass"}:
        return t.head.head.i in live  # "signed an agreement setting up a joint fund": what was signed
    if t.dep_ != "ccomp":
        return False
    head = t.head
    return head.i in live and head.lemma_.lower() not in reporting


def _reports_clause(tok: Token, live: set[int], reporting: set[str]) -> bool:
    """Whether a reporting verb that is also a cue ("announced") only introduces an event clause."""
    if tok.lemma_.lower() not in reporting:
        return False
    return any(c.dep_ == "ccomp" and any(t.i in live for t in c.subtree) for c in tok.children)


def _refine_target(tok: Token, code: str, etype: str, mode: str | None, target: Mention | None,
                   sources: list[Mention], index: ActorIndex, geo: Geography, live: set[int]) -> Mention | None:
    """The target once the kind of event is known: a state standing for an unnamed place or people ("hit
    grain terminals in Odesa"), the party a build-up faces, whom a threat is aimed at, the recipient a
    participle shares with its head, a government's own people or unaffiliated opponents in a domestic conflict,
    none for a place withdrawn from or for the party's own forces it moves."""
    if target is not None and _own_forces_moved(tok, etype, target, sources):
        target = None  # "deployed the army", "will withdraw all US troops": what moves, not whom it faces
    if target is not None and _self_pronoun(target, sources):
        target = None  # "China warned that it would retaliate against US tariffs": "it" is the source itself
    if etype in TRANSFERS and (target is None or target.actor.code in {None, *(s.actor.code for s in sources)}):
        target = _destination(tok, geo, sources) or target  # "handed the fugitive over to Chisinau"
    if target is None or target.actor.code is None:
        shallow = etype not in PLACE_TARGETS and code[:3] not in VISITS
        tiers = _target_candidates(tok)
        if etype in {"ASSAULT", "COERCE", "AID"}:  # "drones hit grain terminals in Odesa", "deposited $3bn in
            # Pakistan's central bank"
            tiers.insert(1, [g for p in tok.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                             for g in p.children if g.dep_ == "pobj"])
        if code[:3] in VISITS:  # "arrived in Moscow": the place visited stands for the host
            tiers.insert(1, [g for p in tok.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS | {"in"}
                             for g in p.children if g.dep_ == "pobj"])
        heads = [tok.doc[target.start:target.end].root, *tiers[0]] if target is not None else \
            [c for tier in tiers for c in tier]  # "condemned the British plan to send troops": the object's
        # nationality, before a nameless party further down
        if etype == "MOBILIZE":
            heads = [c for c in heads if not _destination_only(c)]
        if target is not None and etype in {"ASSAULT", "COERCE"}:  # "killed eleven soldiers near the Malian
            heads += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS  # town of Gao"
                      for g in p.children if g.dep_ == "pobj"]
        stand_in = next((m for m in (_stand_in(c, geo, shallow) for c in heads)
                         if m and m.actor.code != sources[0].actor.code), None)
        if stand_in is not None and target is not None:
            stand_in = Mention(target.start, target.end,
                               target.actor.model_copy(update={"code": stand_in.actor.code}))
        target = stand_in or target
        if target is None and etype in STAND_IN_TYPES:
            target = _owner_by_pronoun(tiers, index, sources)
    if target is not None and etype in UNAIMED and code[:3] not in VISITS \
            and _through_purpose(tok, tok.doc[target.start:target.end].root):
        target = None  # "mobilised volunteers to defend Baghdad", "met to discuss Ukraine's peace formula"
    if etype == "PROTEST" and target is None:  # "took to the streets in a day of rage against Mubarak"
        target = _protested(tok, index)
    if etype in SEIZURES and (target is None or target.actor.code in {None, sources[0].actor.code}):
        target = _owner_of_object(tok, index, sources) or target  # "froze the EU assets of Vladimir Putin"
    if etype == "MOBILIZE" and target is not None and _destination_only(tok.doc[target.start:target.end].root):
        target = None  # "sent troops to Russia", "will station a brigade in Lithuania": a host, not a foe
    if etype == "MOBILIZE" and (target is None or target.actor.code is None):
        target = _frontier(tok, index, sources, geo) or target
    if etype == "THREATEN" and (target is None or target.actor.code in {None, sources[0].actor.code}):
        target = _conditioned(tok, index, sources) or target
    referring = any(c.dep_ == "dobj" and c.lower_ in PERSONAL_OBJECTS for c in tok.children)
    if (target is None or referring) and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" \
            and tok.i > tok.head.i and not any(c.dep_ in SUBJECTS for c in tok.children):
        target = _source_and_target(tok.head, index, live)[1] or target  # "delivered replies to Moscow, offering
        # talks", "called off talks with the rebels, accusing them of …"
    state = sources[0].actor.sector in {"GOV", "JUD", "MIL"} or etype == "ASSAULT" \
        and sources[0].actor.sector is None and sources[0].actor.code is not None  # "Iraqi aircraft bombed …"
    if (target is None or target.actor.code is None) and (
            etype in DOMESTIC or etype == "ASSAULT" and (state or sources[0].actor.sector == "REB")):
        target = _same_side(tok, index, sources) or target  # "police arrested opposition activists"
        if (target is None or target.actor.code is None) and etype in {"ASSAULT", "COERCE"}:
            target = _home_ground(tok, index, geo, sources) or target
    elif (target is None or target.actor.code is None) and etype in COUNTERPART_TYPES and state \
            and _domestic(tok, index, geo, sources[0].actor.code):
        target = _same_side(tok, index, sources, COUNTERPARTS) or target  # "suspended talks with the ELN"
    if target is not None and mode == "withdraw" and etype == "RETREAT" \
            and (tok.doc[target.start:target.end].root.head.lower_ == "from"
                 or tok.lemma_.lower() in DEPARTURES and tok.doc[target.start:target.end].root.dep_ == "dobj"):
        target = None  # "withdrew from Kherson": the place left, not a party
    if target is not None and _counterpart(target, etype) and sources[0].actor.code \
            and _domestic(tok, index, geo, sources[0].actor.code):
        target = _compatriot(target, sources[0].actor.code)
    if etype in ATTITUDES | {"AGREE"} and target is not None and _topic_of_accord(tok, target, geo):
        target = None  # "endorsed the Iran nuclear deal", "rejected a peace plan for Kosovo": what it is about
    if (etype == "MOBILIZE" or code == MARTIAL_LAW) and target is not None \
            and target.actor.code in {s.actor.code for s in sources}:
        target = None  # "flew police into Papua", "a mobilisation of Russian reservists", "imposed martial law in
        # Poland": its own forces or land
    code_ = sources[0].actor.code
    if target is None and code in REGIME_CHANGE and code_ and _domestic(tok, index, geo, code_):
        objects = [t for t in tok.subtree if t.i > tok.i and t.dep_ in {"dobj", "pobj"}] or [tok]
        ruled = objects[-1]  # "Cubans called for an end to the dictatorship": their own rulers
        target = state_mention(code_, ruled, tok.doc[ruled.left_edge.i:ruled.i + 1].text)
    return target


PERSONAL_OBJECTS = {"him", "her", "them"}
TRANSFERS = {"AID", "COOPERATE"}


def _destination(tok: Token, geo: Geography, sources: list[Mention]) -> Mention | None:
    """The state a transfer goes to, named by a place ("flew the warlords to the United States"): the recipient
    when the object is only what is handed over."""
    own = {s.actor.code for s in sources}
    places = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"to", "into"}
              for g in p.children if g.dep_ == "pobj"]
    return next((m for g in places if (m := _stand_in(g, geo)) is not None and m.actor.code not in own), None)


REHEARSALS = {"practise", "practice", "rehearse", "simulate"}
CUTS = {"160", "161"}  # reducing or breaking relations: only with a party whose ties are cut


def _rehearsed(tok: Token) -> bool:
    """Whether a predicate names an act that drills rehearse ("practising blockades and strikes", "simulated
    an attack on the island")."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in {"dobj", "xcomp"} and head.head.lemma_.lower() in REHEARSALS


CONDITIONS = {"if", "unless"}
SPECULATIVE = {"could", "might", "may"}  # "the EU could impose sanctions if …": a forecast, not a warning


def _condition(tok: Token, chain: list[Token]) -> tuple[Token, str] | None:
    """The clause a predicate's act hangs on ("… if Russia invaded Ukraine", "… unless Belgrade pulled back"),
    with its marker."""
    heads = (tok.head,) if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"} else ()
    for verb in (tok, *chain, *heads):
        for c in verb.children:
            mark = next((m.lower_ for m in c.children if m.dep_ == "mark" and m.lower_ in CONDITIONS), None)
            if c.dep_ == "advcl" and mark:
                return c, mark
    return None


THREATENED = {"SANCTION": "1312", "ASSAULT": "138", "COERCE": "138"}  # the threat a penalty's kind makes


def _faced(tok: Token) -> bool:
    """"Russia faces new sanctions", "accept the plan or face air strikes": a penalty someone faces."""
    verb = _governing_verb(tok) if tok.pos_ in {"NOUN", "PROPN"} else None
    return verb is not None and verb.lemma_.lower() == "face" and tok.dep_ == "dobj"


def _ultimatum(faced: list[tuple[Token, str | None]], events: list[Event], pack: Pack) -> list[Event]:
    """"demanded that Russia accept a ceasefire or face new sanctions": a demand backed by a penalty is also a
    threat by the demander, unless the sentence already reports one ("gave Serb forces ten days … or face")."""
    demand = next((e for e in events if e.type == "REQUEST"), None)
    if demand is None or any(e.type == "THREATEN" for e in events):
        return []
    for tok, kind in faced:
        verb = _governing_verb(tok)
        alternative = next((c for c in verb.head.children if c.dep_ == "cc" and c.lower_ == "or"), None)
        if verb.dep_ == "conj" and alternative is not None and alternative.i < tok.i and kind in THREATENED:
            entry = pack.cameo[THREATENED[kind]]
            return [demand.model_copy(update={"type": entry.type, "mode": entry.mode, "cameo": THREATENED[kind],
                                              "evidence": tok.doc[alternative.i:tok.i + 1].text})]
    return []


SEIZING = {"storm"}  # a crowd storming a seat of power acts against its state


def _protested(tok: Token, index: ActorIndex) -> Mention | None:
    """Whom a protest is against: "against Mubarak", "against the government's plans" (the plan's owner)."""
    against = [g for c in tok.children if c.dep_ not in SUBJECTS | ADJUNCTS for t in c.subtree
               if t.dep_ == "prep" and t.lower_ == "against" for g in t.children if g.dep_ == "pobj"]
    owners = [c for g in against for c in g.children if c.dep_ == "poss"]
    return _pick([against, owners], index, [])


SEATS = {"parliament", "residence", "palace", "building", "buildings", "ministry", "ministries", "office", "offices",
         "headquarters", "legislature", "congress", "assembly", "capitol", "senate", "compound", "court"}


def _seat_stormed(tok: Token, code: str) -> Mention | None:
    """"protesters stormed the presidential residence": a crowd seizing a seat of power acts against its own
    state."""
    seat = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in SEATS), None)
    return state_mention(code, seat) if seat is not None else None


MARTIAL_LAW = "1724"
ACCORDS = {"deal", "plan", "package", "agreement", "accord", "treaty", "framework", "settlement"}  # not a
# resolution: "vetoed a UN resolution" acts against the body that drafts it


def _topic_of_accord(tok: Token, target: Mention, geo: Geography) -> bool:
    """Whether a target is named only inside an accord or plan a predicate acts on ("the Iran nuclear deal", "a
    peace plan for Kosovo"), not as its owner ("Moscow's plan", "the British plan") or a party to it ("an
    agreement with Kosovo")."""
    root = tok.doc[target.start:target.end].root
    accord = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ACCORDS
                   and root.i != c.i and root.i in {t.i for t in c.subtree}), None)
    if accord is None or root.dep_ == "poss" and root.head.i == accord.i:
        return False  # "Putin's plan": its owner
    owners = {geo.code.get(c.lower_) for c in accord.children if c.dep_ in {"poss", "amod"} or c.text.isupper()}
    if target.actor.code in owners:
        return False  # "the British plan", "the US plan"
    t = root
    while t.i != accord.i:
        if t.dep_ == "prep" and t.lower_ in {"with", "between", "by", "from", "among"}:
            return False
        t = t.head
    return True


REGIME_CHANGE = {"0244", "1044"}  # appeals and demands for an end to a regime


def _self_pronoun(target: Mention, sources: list[Mention]) -> bool:
    """Whether a target is a pronoun standing for the source's own side."""
    return target.end - target.start == 1 and target.actor.code is not None \
        and target.actor.code in {s.actor.code for s in sources} and target.actor.text.lower() in SELF_PRONOUNS


MOVED_FORCES = {"MIL", "GOV"}
SEIZURES = {"COERCE", "SANCTION"}


def _owner_of_object(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Whose property an act seizes or freezes: "placed the subsidiaries of Danone and Carlsberg under state
    management" → Danone."""
    owners = [g for o in tok.children if o.dep_ in {"dobj", "nsubjpass"} for p in o.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return _pick([owners], index, sources)


UNAIMED = {"MOBILIZE", "PROTEST", "CONSULT"}  # whom their aim concerns is no party to them (but a visit's host)
VISITS = {"042", "043"}


def _through_purpose(tok: Token, t: Token) -> bool:
    """Whether ``t`` sits in a purpose clause of ``tok`` ("sent doctors to help Italy")."""
    while t.i != tok.i and t.head.i != t.i:
        if _purpose_clause(t) and t.head.i == tok.i:
            return True
        t = t.head
    return False


def _own_forces_moved(tok: Token, etype: str, target: Mention, sources: list[Mention]) -> bool:
    """Whether a build-up's or pull-out's object is the source's own forces ("deployed riot police")."""
    root = tok.doc[target.start:target.end].root
    return etype in {"MOBILIZE", "RETREAT"} and target.actor.sector in MOVED_FORCES and root.dep_ == "dobj" \
        and root.head.i == tok.i and target.actor.code in {s.actor.code for s in sources}


COUNTERPARTS = {"REB", "OPP", "CVL"}  # not MIL: "demanded the withdrawal of foreign troops" names no compatriots
COUNTERPART_TYPES = {"ASSAULT", "COERCE", "CONSULT", "SUPPORT", "AGREE", "COOPERATE", "SANCTION", "THREATEN",
                     "RETREAT", "REQUEST", "REJECT"}  # not PROTEST, ACCUSE: "charged 11 people" names no party


def _counterpart(target: Mention, etype: str) -> bool:
    """An unaffiliated rebel or opposition group or crowd, a person the pack does not know named in full
    ("King Gyanendra"), or a movement signing with a government: a party of a domestic conflict."""
    actor = target.actor
    return actor.code is None and actor.id != UNIDENTIFIED and etype in COUNTERPART_TYPES and (
        actor.kind == "group" and actor.sector in COUNTERPARTS or actor.kind == "person" and actor.id is None
        and target.end - target.start > 1 or actor.kind == "organization" and etype in SYMMETRIC)


def _enforcer(source: Mention, etype: str) -> bool:
    """Unaffiliated police, troops or courts that detain or fire on people: in a sentence naming one state, its
    own ("police detained 1,300 people in Russian cities")."""
    actor = source.actor
    return actor.code is None and actor.id != UNIDENTIFIED and actor.sector in {"GOV", "MIL", "JUD"} \
        and etype in DOMESTIC | {"ASSAULT"}


def _compatriot(m: Mention, code: str) -> Mention:
    """An unaffiliated party given the state of the domestic conflict it acts in ("students demanded the
    resignation of Serbia's government")."""
    return Mention(m.start, m.end, m.actor.model_copy(update={"code": code}), m.tokens)


def _states_named(tok: Token, index: ActorIndex, geo: Geography, places: bool) -> set[str]:
    """The states a sentence names by a party or a nationality and, with ``places``, by any capitalised name
    the pack knows (a place: "motorways around Paris")."""
    words = (t for t in tok.sent if (t.text[:1].isupper() if places else t.ent_type_ == "NORP"))
    named = {m.actor.code for m in index.mentions} | {geo.code.get(t.lower_) for t in words}
    named.discard(None)
    return named


def _other_state(tok: Token, index: ActorIndex, geo: Geography, sources: list[Mention]) -> Mention | None:
    """The one state a sentence names besides the source's: where forces crossing a border or aid go."""
    own = {s.actor.code for s in sources}
    states = {m.actor.code for m in index.mentions if m.actor.kind == "state"}
    states |= {geo.code[t.lower_] for t in tok.sent if t.text[:1].isupper() and t.lower_ in geo.code}
    others = states - own - {None}
    if len(others) != 1:
        return None
    code = others.pop()
    return next((m for m in index.mentions if m.actor.code == code), None) or state_mention(code, tok)


def _sole_state(tok: Token, index: ActorIndex, geo: Geography) -> str | None:
    """The one state a sentence names by a party, a nationality or a place, if it names only one."""
    named = _states_named(tok, index, geo, places=True)
    return next(iter(named)) if len(named) == 1 else None


def _domestic(tok: Token, index: ActorIndex, geo: Geography, code: str) -> bool:
    """Whether a sentence names no party or nationality but the source's: an unaffiliated movement there
    ("communist rebels", "the Free Aceh Movement") is the source's own opponent or counterpart."""
    return _states_named(tok, index, geo, places=False) <= {code}


def _anchored_noun(tok: Token, index: ActorIndex) -> bool:
    """Whether a nominal trigger reports an event: it has an owner or agent ("Moscow's refusal", "talks
    between X and Y", "attack by X") or is the object of a verb with a subject ("held talks")."""
    for child in tok.children:
        if child.dep_ in {"poss", "compound", "amod"} and index.at(child) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ in {"by", "between", "with", "from", "among"}:
            return True
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    tok = _phase_of(tok)
    if tok.dep_ in {"dobj", "attr", "nsubjpass"} or tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
            and tok.head.head.pos_ == "VERB":
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        return subject_of(verb) is not None
    return tok.dep_ in {"nsubj", "ROOT", "appos"} and any(c.dep_ == "prep" for c in tok.children)


def _repeats_head(tok: Token, kinds: dict[int, str | None]) -> bool:
    """"met … and talked privately", "began the largest prisoner exchange, swapping 390 people": a conjoined or
    participle predicate of the same kind as its head (or its head's object) without its own subject is the
    same event."""
    if tok.dep_ == "nsubjpass" and kinds.get(tok.head.i) == kinds[tok.i]:
        return True  # "talks were held by X with Y": the verb codes the talks
    if tok.dep_ not in {"conj", "advcl"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) \
            or _agent(tok) is not None:  # "hosted by Macron and attended by Merkel": each its own actor
        return False
    if tok.dep_ == "advcl" and tok.tag_ != "VBG" or _new_object(tok):
        return False
    kind = kinds[tok.i]
    same = [tok.head, *(c for c in tok.head.children if c.dep_ in {"dobj", "attr"})]
    return kind is not None and any(kinds.get(t.i) == kind for t in same)


def _new_object(tok: Token) -> bool:
    """"closed its airspace … and suspended all trade": a conjoined verb acting on an object of its own (not a
    cue's nominal, which codes itself) is a second act."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    first = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    return obj is not None and first is not None and obj.lemma_ != first.lemma_


INFERENCE_VERBS = {"show", "prove", "suggest", "mean", "indicate", "demonstrate", "illustrate", "imply", "signal"}


def _inferred(chain: list[Token]) -> bool:
    """"Moscow's refusal shows the Kremlin is not interested in peace": what a fact is taken to show is an
    inference, not a reported event."""
    top = chain[-1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in INFERENCE_VERBS and not any(
        c.dep_ == "nsubj" and c.pos_ in {"PROPN", "PRON"} for c in top.head.children)


def _purpose_of_same(tok: Token, codes: dict[int, str]) -> bool:
    """"met … to discuss": a purpose clause restating the governing event's kind is part of that event."""
    head = codes.get(tok.head.i)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    return tok.dep_ in {"advcl", "xcomp"} and head is not None and head[:2] == codes[tok.i][:2] and not own_subject


def _in_condition_clause(tok: Token) -> bool:
    """Whether a predicate sits in an "if/unless/until" clause ("threatened … if the EU imposed sanctions"):
    it is the condition of what the sentence reports, not an event itself."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "until"} for c in t.children):
            return True
    return False


def _coded_above(chain: list[Token], lex: Lexicon, unframed: set[int]) -> bool:
    """Whether a governing predicate that is a cue itself (not a mere control verb, nor a polysemous verb that
    found no frame: "is set to attack") codes this one."""
    return any(lex.pack.control_verbs.get(t.lemma_.lower(), "cue") == "cue" and _match(t, lex) is not None
               and t.i not in unframed for t in chain[1:])
