"""The source and target of an event: the parties a predicate's subject, objects, conjuncts, possessives and
prepositions name, and the stand-ins the coder uses where no actor is named (a state for its place, delegates of
many states, an unidentified perpetrator)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event
from .attribution import REPORTING_VERBS
from .event_syntax import (
    event_subject,
    governing_verb,
    is_for_clause,
    is_free_relative,
    is_gerund_object,
    is_purpose_clause,
    phase_of,
    relative_object,
    reporter_of_conjunct,
    speaker_of_pronoun,
    stray_partner,
)
from .geography import DOCUMENT_HEADS, Geography
from .syntax import (
    FINITE,
    SUBJECTS,
    ActorIndex,
    Mention,
    agent_of,
    children,
    hyphen_pair,
    object_of,
    plural_origins,
    remembered,
    sentence_of,
    state_mention,
    subtree,
    tokens_of,
)

TARGET_PREPS = {"with", "to", "on", "against", "at", "from", "for", "upon", "toward", "towards", "into"}
NOUN_TARGET_PREPS = {"with", "on", "against", "to", "between", "of", "for", "toward", "towards", "into"}
LIGHT_VERBS = {"hold", "have", "make", "issue", "launch", "conduct", "carry", "stage", "begin", "start", "open",
               "resume", "announce", "impose", "give", "deliver", "express", "voice", "reach", "sign", "level",
               "lodge", "file", "submit", "mount", "unleash", "step", "continue", "keep", "restore", "conclude",
               "hand", "wait", "stag"}  # the parser's lemma of "staged"
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}


def coordinated_mentions(head: Token | None, index: ActorIndex) -> list[Mention]:
    """The mention at ``head`` and those coordinated with it: "Russia and Ukraine", "Saudi Arabia, the UAE,
    Bahrain and Egypt", "Fidan and Ukraine's foreign minister"."""
    first = index.at(head)
    if head is None or first is None:
        return []
    found = [first]
    stack, seen = [head], {head.i}
    while stack:
        t = stack.pop()
        for child in children(t):
            joined = child.dep_ == "conj" or child.dep_ == "appos" and child.ent_type_ in {"GPE", "NORP", "ORG"}\
                or child.dep_ in {"nmod", "compound"} and any(g.dep_ == "cc" for g in children(child))\
                or child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i in index.by_token\
                or child.dep_ == "appos" and index.by_token.get(child.i) is first  # "Prime Minister Lal Bahadur
            # Shastri and …" with the name's last word in apposition, its conjunct under it
            if not joined or child.i in seen:
                continue
            seen.add(child.i)
            stack.append(child)
            m = index.at(child)
            if m is not None and child.dep_ == "appos" and t is head and first.actor.kind == "state" \
                    and m.actor.kind == "person" and m.actor.code == first.actor.code and first in found:
                found.remove(first)  # "China's special envoy, Li Hui,": the envoy, not also his state
            if m is not None and m not in found:
                found.append(m)
    found.sort(key=lambda m: (m.start, m.end))
    return _shared_modifiers(found, head.doc)


def _shared_modifiers(mentions: list[Mention], doc) -> list[Mention]:
    """Drop a bare conjunct that shares the modifier of the first: "Russian missiles and drones" is one source."""
    if len(mentions) < 2 or mentions[0].actor.code is None:
        return mentions
    out = [mentions[0]]
    for m in mentions[1:]:
        tok = doc[m.start] if m.end - m.start == 1 else None
        if m.actor.code is None and tok is not None and not any(
                c.dep_ in {"amod", "compound", "poss", "det", "nmod", "nummod"} for c in children(tok)):
            continue
        out.append(m)
    return out


ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}


def earlier_actor(tok: Token, kinds: dict[int, str | None], events: list[Event], index: ActorIndex,
                   sources: list[Mention]) -> Mention | None:
    """Who did the act a predicate's object refers back to: "Iran fired missiles at the base, and Doha condemned
    the attack" → Iran, the source of the latest earlier event of the attack's kind."""
    own = {s.actor.code for s in sources}
    for obj in (c for c in children(tok) if c.dep_ == "dobj" and kinds.get(c.i) is not None):
        if not any(d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS for d in children(obj)) or any(
                c.dep_ in {"poss", "compound", "amod"} and c.i in index.by_token
                or c.dep_ == "prep" and c.lower_ == "by"
                for c in children(obj)):
            continue
        for e in reversed(events):
            if e.type == kinds[obj.i] and e.source.code not in own | {None}:
                return _named_before(e.source.code, tok, index)
    return None


def passive_host(tok: Token, geo: Geography) -> list[Mention]:
    """The state a passive transfer or detention without an agent is done by: the one someone is sent "from"
    or driven "out of", or held or sheltered "in"."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in children(tok)):
        return []
    preps = [p for p in children(tok) if p.dep_ == "prep" and p.lower_ in {"from", "in"}]
    preps += [p for c in children(tok) if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ == "out"
              for p in children(c) if p.dep_ == "prep" and p.lower_ == "of"]
    places = [g for p in preps for g in children(p) if g.dep_ == "pobj"]
    return next(([m] for g in places if (m := stand_in_state(g, geo)) is not None), [])


MEMBERSHIP_CUTS = {"suspend", "expel", "exclude", "oust", "kick", "ban", "bar"}


def suspended_member(tok: Token, index: ActorIndex) -> tuple[Mention | None, Mention] | None:
    """A party suspended or expelled from a body or its activities, and the body when named: a cut in
    relations, not a halt to fighting ("suspended Gabon from all its activities")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in MEMBERSHIP_CUTS:
        return None
    member = index.at(next((c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}), None))
    body = next((g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "from" for g in children(p)
                 if g.dep_ == "pobj"), None)
    if member is None or body is None or member.actor.code is None\
            or member.actor.kind not in {"state", "organization"}:
        return None
    return index.at(body), member


RESPONSES = {"REQUEST", "REJECT", "ACCUSE", "THREATEN"}  # acts aimed at a party, often one that acted first


def retaliated_against(tok: Token, events: list[Event], index: ActorIndex, sources: list[Mention],
                        etype: str) -> Mention | None:
    """Whom a reprisal or an unaimed response hits: the party that acted earlier in the sentence against the one
    hitting back ("Israel struck Iran, and Tehran hit back with missiles" → Israel; "Japan arrested the captain
    of a Chinese trawler, and Beijing demanded his release" → Japan)."""
    if etype not in RESPONSES and tok.lemma_.lower() not in REPRISALS\
            and not any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in children(tok)):
        return None
    if _earlier_than_head(tok) or is_cited_nominal(tok):
        return None  # "NATO launched air strikes after Milosevic rejected the plan": the rejection came first;
        # "accused Moscow of stalling, citing the Kremlin's refusal": a stance cited, not a response
    own = {s.actor.code for s in sources}
    obj = next((c for c in children(tok) if c.dep_ == "dobj"), None)
    fresh = obj is not None and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in children(obj))
    for e in reversed(events):
        if fresh and e.type in JOINT_ACTS:
            continue  # "Trump and Putin agreed to halt strikes, but Putin rejected a full ceasefire": what is
            # refused is new, not the partner's move (but "proposed a meeting, but Medinsky ruled out any summit")
        if e.target is not None and e.target.code in own and e.source.code not in own | {None}:
            return _named_before(e.source.code, tok, index)
    return None


def is_cited_nominal(tok: Token) -> bool:
    """Whether a predicate is a noun its doer owns, named inside another clause ("sanctions over Tehran's refusal
    to halt enrichment"), not as the subject of its own ("the president's refusal left the summit in ruins")."""
    return tok.pos_ == "NOUN" and tok.dep_ not in SUBJECTS and any(c.dep_ == "poss" for c in children(tok))


JOINT_ACTS = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT"}


BEFORE_MARKS = {"after", "following", "since"}


def _earlier_than_head(tok: Token) -> bool:
    """Whether a predicate is in a clause saying what happened before its head's act ("… after Iran refused")."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in {"advcl", "pcomp"} and (
        any(c.dep_ == "mark" and c.lower_ in BEFORE_MARKS for c in children(clause))
        or clause.dep_ == "pcomp" and clause.head.lower_ in BEFORE_MARKS)


def _named_before(code: str | None, tok: Token, index: ActorIndex) -> Mention | None:
    """The first mention of the party ``code`` before a predicate."""
    return next((m for m in index.mentions if m.actor.code == code and m.end <= tok.i), None)


def led_by_state(m: Mention, doc, geo: Geography) -> Mention:
    """An unaffiliated force given the state that leads it ("US-led forces", "Saudi-led coalition warplanes") or
    that the nationality word it opens with names ("Turkish F-16 jets")."""
    if m.actor.code is not None:
        return m
    for t in doc[m.start:m.end]:
        if t.i - 2 >= m.start and (code := _leading_state(t, geo)) is not None:
            return Mention(m.start, m.end, m.actor.model_copy(update={"code": code}), m.tokens)
    first = next((t for t in doc[m.start:m.end] if t.dep_ != "det"), None)
    if first is not None and first.pos_ == "ADJ" and first.text[:1].isupper() and first.lower_ in geo.code\
            and m.actor.sector == "MIL" and not _qualified(first, geo):
        return Mention(m.start, m.end, m.actor.model_copy(update={"code": geo.code[first.lower_]}), m.tokens)
    return m


def _leading_state(t: Token, geo: Geography) -> str | None:
    """The state a "-led" word names: "Saudi" in "Saudi-led"."""
    if t.lower_ != "led" or t.i < 2 or t.doc[t.i - 1].text != "-":
        return None
    return geo.code.get(t.doc[t.i - 2].lower_)


def state_led(subject: Token | None, geo: Geography) -> list[Mention]:
    """The state leading a force or coalition no actor was found for: "the Saudi-led coalition", "US-led forces"."""
    code = next((code for c in children(subject) if c.dep_ in {"amod", "compound"}
                 and (code := _leading_state(c, geo)) is not None), None) if subject is not None else None
    return [state_mention(code, subject)] if code is not None else []


def distinct_mentions(mentions: list[Mention]) -> list[Mention]:
    """Mentions without repeats: one per party where two overlapping phrases name the same one."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(o.actor.code == m.actor.code and o.start < m.end and m.start < o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))  # "the foreign ministers of Congo and Rwanda": Congo first


def split_parties(m: Mention, doc, geo: Geography) -> list[Mention]:
    """"US and Ukrainian officials", "Russian and Ukrainian negotiators": one phrase naming two parties."""
    root = doc[m.start:m.end].root
    words = [c for c in children(root) if c.dep_ in {"amod", "compound", "nmod"} and c.i >= m.start]
    for w in list(words):
        words += [c for c in subtree(w) if c.dep_ == "conj" and c.i != w.i]
    if not any(t.dep_ == "cc" for w in words for t in subtree(w)):
        return [m]  # "Bosnian Serb forces" is one party; "US and Ukrainian officials" are two
    codes: dict[str, Token] = {}
    for w in sorted(words, key=lambda t: t.i):
        code = geo.code.get(w.lower_)
        if code and w.text[:1].isupper() and not _qualified(w, geo):
            codes.setdefault(code, w)
    if len(codes) < 2:
        return [m]
    return [Mention(w.i, m.end, m.actor.model_copy(update={"code": code}), m.tokens) for code, w in codes.items()]


def _qualified(w: Token, geo: Geography) -> bool:
    """"Kosovo Albanian", "pro-Russian": a state word that names a community of another place or a leaning,
    not a party of its own."""
    before = w.doc[w.i - 1] if w.i else None
    if before is None:
        return False
    if before.text == "-" and w.i > 1:
        return w.doc[w.i - 2].lower_ in {"pro", "anti"}
    return before.lower_ in geo.code and before.text[:1].isupper()


def pick_party(tiers: list[list[Token]], index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """The first candidate naming another party (an actor with a known affiliation that is not the
    source's), nearest tier first, a phrase's conjuncts after it; else the first candidate naming any actor but the
    state of a government source."""
    own = {s.actor.code for s in sources}
    rulers = all(s.actor.kind == "state" or s.actor.sector in {"GOV", "MIL"} for s in sources)
    for rank in range(3):  # another named party; then any actor but the source's own side; then anyone
        for tier in tiers:
            for candidate in tier:
                m = index.at(candidate)
                if m is None or any(m.start == s.start for s in sources) or _pronoun_owned(m, candidate.doc):
                    continue
                if rank == 0 and (m.actor.code is None or m.actor.code in own
                                  or candidate.doc[m.start].pos_ == "PRON"):
                    continue
                if rulers and m.actor.code in own and m.actor.kind == "state":  # "Putin warned that Moscow
                    m = _other_conjunct(m, candidate.doc, index, own)  # could strike …": a state is no target of
                    if m is None:  # its rulers' acts; but "proposed that Russia and Ukraine resume talks" is aimed
                        continue  # at Ukraine
                if rank == 1 and m.actor.code in own:
                    continue
                return m
    return None


def _only_sources(index: ActorIndex, sources: list[Mention]) -> bool:
    """Whether the sentence names no party but the sources, so that ``pick_party`` can find no target."""
    return all(any(m.start == s.start for s in sources) for m in index.mentions)


def _other_conjunct(m: Mention, doc: Doc, index: ActorIndex, own: set[str | None]) -> Mention | None:
    """The first party conjoined after a mention that is not of the source's side ("Russia and Ukraine",
    "relations between Moscow and Washington")."""
    root = doc[m.start:m.end].root
    return next((o for j in root.conjuncts if j.i > root.i and (o := index.at(j)) is not None
                 and o.actor.code not in own | {None}), None)


def _pronoun_owned(m: Mention, doc) -> bool:
    """"their embassies", "its positions": a phrase whose owner is a pronoun, not a party named here."""
    return doc[m.start].tag_ == "PRP$"


DOMESTIC = {"CONCEDE", "COERCE"}
REBELS = {"rebel", "guerrilla", "insurgent", "separatist", "militia"}


# Verbs whose subject receives the act named by their object ("answered the ultimatum", "faced sanctions").
RECEIVING = {"answer", "receive", "get", "face", "ignore", "defy", "heed", "respond", "suffer", "endure", "survive",
             "weather", "await"}


def hyphen_parties(noun: Token, index: ActorIndex) -> list[Mention]:
    """The two parties joined by a hyphen before a noun ("Russia-Ukraine talks", "a Trump-Putin call"), or none."""
    names = [c for c in subtree(noun) if c.i < noun.i and c.dep_ in {"compound", "amod"} and hyphen_pair(c)]
    found = distinct_mentions([m for c in names if (m := index.at(c)) is not None and m.actor.code])
    return found if len(found) == 2 and found[0].actor.code != found[1].actor.code else []


LEAVINGS = {"withdrawal", "pullout", "pull-out", "retreat", "exit", "departure", "evacuation", "expulsion", "pullback"}


def source_and_target(tok: Token, index: ActorIndex, live: set[int] = frozenset())\
        -> tuple[list[Mention], Mention | None]:
    """Source mentions (one per conjoined subject) and the target of a predicate (``live``: the other
    event predicates of the sentence)."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        joined = hyphen_parties(tok, index)
        if joined:  # "Russia-Ukraine talks", "a Trump-Putin call": the first meets the second
            return joined[:1], joined[1]
        owner = owner_token(tok, index)
        pronoun_owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children(tok))  # "its withdrawal from
        by = next((g for c in children(tok) if c.dep_ == "prep" and c.lower_ in (  # Lebanon", "the withdrawal of its
                   {"by"} if pronoun_owned or tok.lemma_.lower() in LEAVINGS else {"by", "from"})  # troops from
                   for g in children(c) if g.dep_ == "pobj"), None)  # Cambodia": left places, not senders
        sources = coordinated_mentions(owner, index) or coordinated_mentions(by, index)\
            or coordinated_mentions(_stray_by(tok), index)
        bidden = bidden_by(tok) if not sources else None  # "acting at the request of King Fahd"
        sources = coordinated_mentions(bidden, index) if bidden is not None else sources
        owned = bool(sources)
        if bidden is not None and sources and governing_verb(tok) is not None:
            return sources, pick_party([[event_subject(governing_verb(tok))]], index, sources)
        parties = parties_between(tok, index)
        if not sources and names_two_sides(parties, tok.doc):  # "brokered months of talks between Israeli officials
            return parties, None  # and the PLO"
        if not sources:  # "after Trump held talks with Zelensky" parsed with "held" modifying "talks"
            sources = next((found for c in children(tok) if c.dep_ in {"amod", "acl", "relcl"} and c.pos_ == "VERB"
                            and not any(g.dep_ == "mark" for g in children(c))  # not "a call that Russia would …"
                            for g in children(c) if g.dep_ == "nsubj"
                            and (found := coordinated_mentions(g, index))), [])
        if not sources and tok.dep_ in {"dobj", "pobj", "attr", "nsubjpass", "conj"}:
            verb = governing_verb(tok)
            light = verb is not None and verb.lemma_.lower() in LIGHT_VERBS
            if verb is not None and (light or verb.pos_ == "VERB" and tok.dep_ != "nsubjpass")\
                    and not (verb.lemma_.lower() in RECEIVING and (tok.dep_ == "dobj" or tok.head.lower_ == "to")):
                # not "Putin answered the ultimatum" (but "Israel answered with air strikes")
                sources = _subject_mentions(verb, index)
        if not sources and tok.dep_ in {"nsubj", "nsubjpass"}:
            sources = parties
        preps = NOUN_TARGET_PREPS if owned else NOUN_TARGET_PREPS - {"of"}
        near = [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in preps
                for g in children(p) if g.dep_ == "pobj"]
        clause = [c for c in children(tok) if c.dep_ in {"acl", "xcomp"} and c.pos_ == "VERB"]
        near += [g for c in clause for g in children(c) if g.dep_ in {"dobj", "dative"}]
        near += [g for c in clause for p in children(c) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                 for g in children(p) if g.dep_ == "pobj"]
        verb = governing_verb(tok) if owned and tok.dep_ in {"dobj", "pobj"} else None
        if verb is not None and verb.i in live:  # "Iran turned down an EU proposal": the proposal was to Iran
            target = pick_party([[event_subject(verb)]], index, sources)
            if target is not None and (target.actor.code, target.actor.sector) not in {
                    (s.actor.code, s.actor.sector) for s in sources}:  # but "Starmer pledged Britain's support for
                return sources, target  # Ukraine" is Britain's own ("Congress overrode Reagan's veto" is not)
        target = pick_party([near], index, sources) or _met_at(tok, index, sources)
        if target is None and not sources:
            target = index.at(object_of(tok, {"of"}))
        return sources, target
    if tok.pos_ == "ADJ":
        head = tok.head
        sources = _subject_mentions(head, index) if head.pos_ in {"AUX", "VERB"} else []
        target = None
        for child in children(tok):
            if child.dep_ in {"xcomp", "prep"}:
                target = index.at(object_of(child, TARGET_PREPS)) if child.dep_ == "xcomp" else\
                    index.at(next((g for g in children(child) if g.dep_ == "pobj"), None))
                if target:
                    break
        return sources, target
    subject = event_subject(tok)
    sources = _subject_mentions(tok, index, subject)
    if sources and subject is not None and _through_topic(subject, sources[0]):
        sources = []  # "a peace plan for Kosovo that calls for …": the plan, not Kosovo, calls
    passive = next((c for c in children(tok) if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        m = index.at(passive)
        if m is not None and m.actor.code is not None or agent_of(tok) is None:
            return sources, m
    if _only_sources(index, sources):
        return sources, None
    return sources, pick_party(target_candidates(tok), index, sources)


BIDDING = {"request", "behest", "urging", "insistence", "demand", "instigation", "invitation"}


def bidden_by(noun: Token) -> Token | None:
    """Who asked for an act done "at the request of King Fahd" ("at the behest of Moscow", "at Kyiv's request"):
    the party after "of" or the owner."""
    if noun.lemma_.lower() not in BIDDING or noun.dep_ != "pobj" or noun.head.lower_ not in {"at", "on", "upon"}\
            or noun.pos_ != "NOUN":
        return None
    return next((g for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
                 if g.dep_ == "pobj"), None) or next((c for c in children(noun) if c.dep_ == "poss"), None)


def bidding_parties(noun: Token, index: ActorIndex, geo: Geography) -> tuple[list[Mention], Mention | None]:
    """The parties of a request an act was done at: "Rwanda deployed troops at the request of the government in
    Maputo" — Mozambique asks Rwanda. No party when the asker is a pronoun or names no state."""
    asker = bidden_by(noun)
    if asker is None or asker.pos_ == "PRON":
        return [], None
    verb = governing_verb(noun)
    doer = index.at(event_subject(verb)) if verb is not None and event_subject(verb) is not None else None
    sources = coordinated_mentions(asker, index)
    if not sources or doer is not None and all(s.actor.code == doer.actor.code for s in sources):
        stand_in = stand_in_state(asker, geo)  # "the government in Maputo", not the doer's own government
        sources = [stand_in] if stand_in is not None else []
    if not sources and any(c.dep_ == "poss" and c.lower_ == "its" for c in children(asker)):
        own = {doer.actor.code} if doer is not None else set()
        named = [state_mention(geo.code[t.lower_], t) for t in asker.doc[sentence_of(asker).start:asker.i]
                 if t.text[:1].isupper() and t.lower_ in geo.code and t.pos_ == "PROPN"]
        sources = [m for m in named if m.actor.code not in own | {None}][-1:]  # "crossed into Bahrain at the
        # request of its ruling family": the state "its" refers back to
    if doer is not None and any(s.actor.code == doer.actor.code for s in sources):
        doer = None
    return sources, doer


def _stray_by(noun: Token) -> Token | None:
    """The agent of a nominal hung on its object: "the expulsion of 20 diplomats by Poland" parsed with "by
    Poland" on "diplomats"."""
    return next((g for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)
                 if o.dep_ == "pobj" for b in children(o) if b.dep_ == "prep" and b.lower_ == "by"
                 for g in children(b) if g.dep_ == "pobj"), None)


def _subject_mentions(verb: Token, index: ActorIndex, subject: Token | None = None) -> list[Mention]:
    """The parties a verb's subject names, the members it names, or the speaker a subject pronoun stands for."""
    subject = subject if subject is not None else event_subject(verb)
    return named_members(subject, index) or coordinated_mentions(subject, index)\
        or coordinated_mentions(speaker_of_pronoun(verb, subject), index)


RESOLUTIONS = {"resolution", "motion", "declaration", "statement", "communique", "communiqué"}
ADOPTING = {"adopt", "pass", "approve", "issue", "endorse", "unanimously"}


def resolution_adopters(tok: Token, index: ActorIndex) -> list[Mention]:
    """The body that adopted the resolution a participle or relative clause describes: "the General Assembly
    adopted a resolution condemning Russia", "the Security Council adopted a US-drafted resolution urging Hamas to
    accept it" — the body that votes it says so, not the state that drafted it."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and clause.head.i != clause.i:
        clause = clause.head  # "backing a plan … and urging Hamas": the second clause of the same resolution
    noun = clause.head
    if clause.dep_ not in {"acl", "relcl"} or noun.lemma_.lower() not in RESOLUTIONS or noun.dep_ != "dobj"\
            or noun.head.lemma_.lower() not in ADOPTING:
        return []
    return _subject_mentions(noun.head, index)


MEMBER_PREPS = {"including", "among"}


def named_members(group: Token | None, index: ActorIndex) -> list[Mention]:
    """The parties a plural group is said to include: "More than 20 countries, among them the United States and
    Germany", "leaders of 35 states, including Ford and Brezhnev", "allies such as Britain and Canada"."""
    if group is None or group.tag_ not in {"NNS", "NNPS"} or group.pos_ == "PRON":
        return []
    holders = [group, *(g for p in children(group) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
                        if g.dep_ == "pobj")]
    preps = [c for h in holders for c in children(h) if c.dep_ == "prep" and (
        c.lower_ in MEMBER_PREPS or c.lower_ == "as" and any(g.lower_ == "such" for g in children(c)))]
    preps += [c for c in children(group.head) if c.dep_ == "prep" and c.lower_ == "among"
              and group.i < c.i < group.head.i]  # "countries, among them …" with "among" hung on the verb
    for prep in preps:
        for g in (g for g in children(prep) if g.dep_ == "pobj"):
            if g.pos_ == "PRON":  # "among them the United States": the phrase after the pronoun
                m = next((index.by_token[t.i] for t in g.doc[g.i + 1:g.i + 4] if t.i in index.by_token), None)
                g = g.doc[m.start:m.end].root if m is not None else None
            found = coordinated_mentions(g, index)
            if found:
                return found
    return []


DRAWING = {"draw", "prompt", "provoke", "spark", "trigger", "earn", "attract"}


def reaction_parties(tok: Token, index: ActorIndex, geo: Geography) -> tuple[list[Mention], Mention | None] | None:
    """"Moscow's refusal drew a sharp rebuke from Merz": a response drawn from a party is that party's, aimed at
    whoever did what drew it (the owner or agent of the subject, else the first other party named); a response
    conjoined with the first ("drew condemnation from Washington and a threat of sanctions") is the same party's."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    verb = first.head
    if tok.pos_ not in {"NOUN", "PROPN"} or first.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING:
        return None
    givers = [g for h in (verb, tok, first) for p in children(h) if p.dep_ == "prep" and p.lower_ == "from"
              for g in children(p) if g.dep_ == "pobj"]
    sources = (coordinated_mentions(givers[0], index) or [m for m in [stand_in_state(givers[0], geo)] if m]) \
        if givers else []
    if not sources:
        return None
    subject = event_subject(verb)
    doers = [c for c in subtree(subject) if c.dep_ in {"poss", "compound", "pobj"}] if subject is not None else []
    own = {s.actor.code for s in sources}
    earlier = [m for m in index.mentions if m.end <= verb.i and m.actor.code not in own | {None}]
    return sources, pick_party([doers], index, sources) or (earlier[0] if earlier else None)


TOPIC_PREPS = {"for", "on", "about", "over", "against", "to", "with", "toward", "towards"}


def topic_of_object(tok: Token, m: Mention) -> bool:
    """Whether a party is named only as the topic of what a predicate acts on: "refused to sign the accord on
    Kosovo", "declined to endorse the conclusions on Ukraine"."""
    objects = [c for t in (tok, *(c for c in children(tok) if c.dep_ == "xcomp")) for c in children(t)
               if c.dep_ == "dobj"]
    return any(o.left_edge.i <= m.start <= o.right_edge.i and _through_topic(o, m, ABOUT) for o in objects)


ABOUT = {"on", "about", "over", "for", "regarding", "concerning"}  # not "with": "a deal with Kosovo" names a party


def _through_topic(head: Token, m: Mention, preps: set[str] = TOPIC_PREPS) -> bool:
    """Whether a mention found inside a phrase is only its topic ("a plan for Kosovo"), not who it names."""
    t = head.doc[m.start]
    steps = 0
    while t.i != head.i and t.head.i != t.i and steps < 12:
        if t.dep_ == "prep" and t.lower_ in preps:
            return True
        t, steps = t.head, steps + 1
    return False


def target_candidates(tok: Token) -> list[list[Token]]:
    """Where a verb's recipient may be, nearest first: its object, "to/with/against X" on the verb, the subject
    of a "that" clause ("demanded that Turkey release…"), the object of its complement; then "to/with X" inside
    its object ("recalled its ambassador to Italy") or the agent of a participle there ("the release of
    prisoners held by Israel"). Found once per word of a document (the source and target passes both ask)."""
    found = remembered(tok.doc, ("targets", tok.i), lambda: _target_candidates(tok))
    return [list(group) for group in found]


def _target_candidates(tok: Token) -> list[list[Token]]:
    to = [g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "to" for g in children(p) if g.dep_ == "pobj"]
    patient = _patient(tok)
    near: list[Token] = [patient] if patient is not None else []
    near += to + [c for c in children(tok) if c.dep_ in {"dobj", "dative", "iobj"} and not _trailing_description(tok, c)
                  or c.dep_ == "ccomp" and c.pos_ in {"NOUN", "PROPN"}]  # a misparsed object
    near += _shared_object(tok) if not near else []
    relative = relative_object(tok)  # "officials whom they blame for stoking the crisis"
    near += [relative] if relative is not None and not near else []
    named = [c for c in children(tok) if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}]  # "what he called
    near += [g for c in named for g in children(c) if g.dep_ == "poss"]  # aggressive statements by NATO",
    near += [g for c in named for p in (*children(c), *children(tok)) if p.dep_ == "prep"  # "called Kyiv's move a
             and p.lower_ in {"by", "from"} for g in children(p) if g.dep_ == "pobj"]  # provocation": whose act
    near += [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS - {"to"}
             and adjunct_mediator(p) is None for g in children(p) if g.dep_ == "pobj"]  # not "with Merz as host"
    near += [g for c in children(tok) if c.dep_ in {"advmod", "prt"} and c.i == tok.i + 1 for p in children(c)
             if p.dep_ == "prep" and p.lower_ in TARGET_PREPS for g in children(p) if g.dep_ == "pobj"]  # "pushed
    # back against Moscow's demands", with the preposition hung on the particle
    second: list[Token] = []
    objects = [c for c in children(tok) if c.dep_ in {"dobj", "dative", "iobj"}]
    for child in children(tok):
        if child.dep_ == "ccomp" and is_free_relative(child):  # "struck what New Delhi said was a camp in
            objects += [g for c in children(child) if c.dep_ == "ccomp" for g in children(c)  # Pakistan": the camp,
                        if g.dep_ in {"attr", "acomp"}]  # not the one who says what it was
            continue
        if child.dep_ == "ccomp" or is_for_clause(child):  # "demanded that Turkey release", "called for Park to
            # resign"
            second += [g for g in children(child) if g.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}]
            second += [g for p in children(child) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                       for g in children(p) if g.dep_ == "pobj"]
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "via", "over"}:  # "spoke by telephone with
            near += [g for m in children(child) if m.dep_ == "pobj" and m.lemma_.lower() in MEETING_NOUNS  # Netanyahu"
                     for p in children(m) if p.dep_ == "prep" and p.lower_ == "with"
                     for g in children(p) if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ in MEETING_PREPS:  # "agreed in a call with Trump"
            near += [g for m in children(child) if m.dep_ == "pobj" and m.lemma_.lower() in MEETING_NOUNS
                     for p in children(m) if p.dep_ == "prep" and p.lower_ == "with"
                     for g in children(p) if g.dep_ == "pobj"]
        if child.dep_ == "xcomp" or is_gerund_object(child):
            objects += [g for g in children(child) if g.dep_ in {"dobj", "dative"}]
            second += [g for g in children(child) if g.dep_ in {"dobj", "dative"}]
            second += [g for p in children(child) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                       for g in children(p) if g.dep_ == "pobj"]
    inner = [t for o in objects for t in subtree(o) if t.pos_ in {"NOUN", "PROPN"}]
    if tok.pos_ in {"NOUN", "PROPN"}:
        inner += [t for t in subtree(tok) if t.pos_ in {"NOUN", "PROPN"} and t.i != tok.i]
        near += [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in NOUN_TARGET_PREPS
                 for g in children(p) if g.dep_ == "pobj"]
    far = [g for head in inner for p in children(head) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
           for g in children(p) if g.dep_ == "pobj"]
    far += [a for head in inner for c in children(head) if c.dep_ == "acl" and (a := agent_of(c)) is not None]
    reporter = reporter_of_conjunct(tok)  # "told Putin that this was no era of war and urged dialogue": Putin
    told = [c for c in children(reporter) if c.dep_ in {"dobj", "dative"}] if reporter is not None else []
    labelled = [c for p in children(tok) if p.dep_ == "prep" for c in children(p)
                if c.dep_ == "pcomp" and is_free_relative(c)]  # "fired missiles at what it called terrorist
    near += [o for c in labelled for o in children(c) if o.dep_ in {"oprd", "attr"}]  # infrastructure in Pakistan":
    hedge = {g.i for c in labelled for g in children(c) if g.dep_ in SUBJECTS}  # the thing named, not the namer
    tiers = [[t for t in tier if t.i not in hedge] for tier in (near, second, far, _deep_recipients(tok), told)]
    if not any(c.dep_ == "dobj" for c in children(tok)):
        return tiers
    return [[t for t in tier if not _affiliation(t)] for tier in tiers]


AFFILIATIONS = {"tie", "link", "connection"}
AFFILIATED = {"tie", "link", "connect", "affiliate", "align"}


def _affiliation(t: Token) -> bool:
    """Whether a candidate only says whom the object is tied to: "suspended parties with ties to Russia", "banned
    groups tied to the Russian Orthodox Church" (the parties and groups are acted on, not Russia)."""
    for a in (t, *t.ancestors):
        if a.lemma_.lower() in AFFILIATIONS and a.dep_ == "pobj" and a.head.lower_ == "with" or \
                a.dep_ == "acl" and a.lemma_.lower() in AFFILIATED:
            return True
        if a.dep_ in {"dobj", "ROOT"} or a.pos_ in {"VERB", "AUX"} and a.dep_ != "acl":
            return False
    return False


def _trailing_description(verb: Token, obj: Token) -> bool:
    """Whether an "object" is a description of the subject the parser hung on the verb after a comma and the
    verb's own phrases: "arrived in Pyongyang on Monday, the most senior American official ever to visit"."""
    before = obj.left_edge.i - 1
    return obj.dep_ == "dobj" and before > verb.i and obj.doc[before].text == ","\
        and any(c.dep_ == "prep" and verb.i < c.i < before for c in children(verb))


def _patient(tok: Token) -> Token | None:
    """Who a passive participle without a subject of its own acts on: the noun it modifies ("35 Ukrainians freed
    by Moscow", not "talks chaired by Turkey"), the subject of the clause it trails after a comma ("X walked into
    West Berlin, freed by Moscow") or of the clause it is an adjunct of ("the pilot flew home after being pardoned
    by Putin")."""
    if tok.tag_ != "VBN" or any(c.dep_ in SUBJECTS for c in children(tok)):
        return None
    if tok.dep_ == "acl":
        return tok.head if tok.head.lemma_.lower() not in MEETING_NOUNS | ACCORDS else None
    if tok.dep_ == "advcl" and tok.i > tok.head.i and tok.doc[tok.i - 1].text == ","\
            and agent_of(tok) is not None and tok.head.pos_ in {"VERB", "AUX"}:
        return next((c for c in children(tok.head) if c.dep_ == "nsubj"), None)
    if not any(c.dep_ == "auxpass" for c in children(tok)):
        return None
    clause = tok.head.head if tok.dep_ == "pcomp" else tok.head if tok.dep_ == "advcl" else None
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in children(clause) if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _shared_object(tok: Token) -> list[Token]:
    """"rounded up and deported Afghans", "attacked and seized the port": the object of the next conjoined verb
    without a subject of its own is also the first verb's."""
    if tok.pos_ != "VERB" or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children(tok)):
        return []
    verb = next((c for c in children(tok) if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if verb is None or any(c.dep_ in SUBJECTS for c in children(verb)):
        return []
    return [c for c in children(verb) if c.dep_ == "dobj"]


UNDONE = {"without", "instead"}


def _deep_recipients(tok: Token) -> list[Token]:
    """Recipients two or more clauses down: "pledged money to help rebuild Iraq", "signalled readiness to
    return villages to Azerbaijan", "voted against allowing US troops to use its bases", "sent doctors to help
    Italy cope"."""
    found: list[Token] = []
    frontier = [c for c in children(tok) if c.dep_ in {"xcomp", "dobj"} or c.dep_ == "prep" and c.lower_ not in UNDONE
                or is_purpose_clause(c) or is_gerund_object(c)]  # not "without naming Russia": an act not done
    for _ in range(3):
        clauses = [c for f in frontier for c in ([f] if f.pos_ in {"VERB", "AUX"} else children(f))
                   if (c.dep_ in {"xcomp", "acl", "ccomp", "pcomp"} or is_purpose_clause(c) or is_gerund_object(c)
                       or _infinitive_relative(c)) and c.pos_ in {"VERB", "AUX"} and not _onlookers(c)]
        for clause in clauses:
            found += [c for c in children(clause) if c.dep_ in {"dobj", "dative", "nsubj"}]
            found += [g for p in children(clause) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                      for g in children(p) if g.dep_ == "pobj"]
            found += [g for c in children(clause) if c.dep_ in {"advmod", "prt"} and c.i > clause.i
                      for p in children(c) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                      for g in children(p) if g.dep_ == "pobj"]  # "to hand three districts back to Azerbaijan"
        frontier = [c for clause in clauses for c in children(clause)]
        if not frontier:
            break
    return found


ONLOOKING = {"look", "watch", "observe", "witness", "applaud", "stand"}


def _onlookers(clause: Token) -> bool:
    """"With Clinton looking on", "with Kim watching": who watches an act is no party to it."""
    return clause.dep_ == "pcomp" and clause.head.lower_ == "with" and clause.lemma_.lower() in ONLOOKING


def _infinitive_relative(clause: Token) -> bool:
    """"a deal to repay Britain", parsed as a relative clause: an infinitive that says what a noun is for."""
    return clause.dep_ == "relcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(clause))\
        and not any(g.dep_ in SUBJECTS for g in children(clause))


def stand_in_state(head: Token | None, geo: Geography, shallow: bool = False) -> Mention | None:
    """A state standing for a phrase with no resolved actor: "protesters in Tehran", "the port of Odesa";
    ``shallow``: only from the phrase's own modifiers ("the Russian memorandum", not "talks in Riyadh")."""
    if head is None or _named_for_place(head, geo):
        return None
    shallow = shallow or any(c.dep_ == "acl" and c.lemma_.lower() in AFFILIATED for c in children(head))  # "groups
    # tied to the Russian Orthodox Church" are not Russian for that
    modifiers = [c for c in children(head) if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    modifiers += [g for c in modifiers if c.dep_ in {"compound", "nmod"} for g in children(c)
                  if g.dep_ == "amod"]  # "a Russian missile and drone barrage"
    code = geo.code_in(head) if not shallow else next(
        (geo.code[t.lower_] for t in (head, *modifiers) if t.lower_ in geo.code and t.text[:1].isupper()), None)
    if code is None:
        return None
    return state_mention(code, head)


def _named_for_place(head: Token, geo: Geography) -> bool:
    """"the Rome Statute", "the Minsk agreements": a text named after the city it was signed in is nobody's."""
    named = [c for c in children(head) if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    return head.lower_ in DOCUMENT_HEADS and bool(named) and all(
        c.dep_ == "compound" and c.lower_ in geo.places for c in named)


def conjunct_states(subject: Token | None, index: ActorIndex, geo: Geography) -> list[Mention]:
    """The parties of conjoined subjects, each its resolved actor or else the state its modifiers name: "Angolan
    and South African negotiators" → Angola, South Africa; "Colombian police and US drug agents"."""
    if subject is None:
        return []
    out: list[Mention] = []
    for conjunct in (subject, *(t for t in subtree(subject) if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"})):
        skip = {t.i for c in children(conjunct) if c.dep_ in {"conj", "cc"} for t in subtree(c)}
        words = [t for t in subtree(conjunct) if t.i not in skip and t.i <= conjunct.i]
        known = next((index.by_token[t.i] for t in words if t.i in index.by_token), None)
        if known is not None:
            out += [known] if known.actor.code and all(m.actor.code != known.actor.code for m in out) else []
            continue
        texts, used = [t.lower_ for t in words], set()
        paired = any(t.dep_ == "cc" for t in words)  # "Ukrainian and Polish border guards", not "Russian-backed"
        for n in range(min(geo.longest, 4), 0, -1):
            for i in range(len(texts) - n + 1):
                code = geo.code.get(" ".join(texts[i:i + n]))
                if code is None or not words[i].text[:1].isupper() or used & set(range(i, i + n))\
                        or any(m.actor.code == code for m in out) or used and not paired:
                    continue
                used |= set(range(i, i + n))
                out.append(state_mention(code, words[i], conjunct.text))
    return sorted(out, key=lambda m: m.start)


DOCUMENTS = {"memorandum", "plan", "letter", "note", "proposal", "draft", "document", "list", "text", "paper",
             "ultimatum", "message", "offer", "declaration", "communique", "law", "bill", "decree", "amnesty",
             "legislation"}
HANDING_OVER = {"hand", "give", "send", "submit", "present", "deliver", "table", "issue", "publish", "circulate",
                "unveil", "draft", "pass", "adopt", "approve", "enact", "sign", "rush"}  # "rushed through a law"


def document_author(subject: Token, index: ActorIndex) -> tuple[list[Mention], Mention | None]:
    """Who speaks through a document that acts, and to whom: the giver and recipient of the verb it is the object
    of ("Russia's delegation handed Ukraine a memorandum that demanded …" → Russia, Ukraine) or that a relative
    clause on it says ("the memorandum that Medinsky handed over demands …" → Russia). A law acts through its makers
    ("passed a law that bans …", "adopted a decree that frees …")."""
    if subject.lemma_.lower() not in DOCUMENTS:
        return [], None
    verb = subject.head if subject.dep_ == "dobj" else next(
        (c for c in children(subject) if c.dep_ == "relcl" and relative_object(c) is not None), None)
    if verb is None or verb.lemma_.lower() not in HANDING_OVER:
        return [], None  # "accepted a plan that calls for …" is not its author
    sources = _subject_mentions(verb, index)
    given_to = [c for c in children(verb) if c.dep_ in {"dative", "iobj"}]
    given_to += [g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to"
                 for g in children(p) if g.dep_ == "pobj"]
    return sources, pick_party([given_to], index, sources) if sources else None


def hosts_two_sides(guests: list[Mention], hosts: list[Mention]) -> bool:
    """Whether a host's guests are two other named parties it brings together ("hosted Barak and Arafat"), not a
    gathering it receives ("hosted Zelensky and a dozen European leaders": each guest visits)."""
    codes = [g.actor.code for g in guests]
    return len(codes) == 2 and len(set(codes) - {None, *(h.actor.code for h in hosts)}) == 2


PARTNER_WORDS = REBELS | {"rebels", "opposition", "movement", "protester", "dissident"}


def domestic_partner(subject: Token | None, index: ActorIndex, geo: Geography, code: str | None) -> Mention | None:
    """An unnamed rebel or opposition movement conjoined with a government: its compatriot counterpart, unless
    its phrase names another state ("Sudan's military council and the protest movement signed a deal")."""
    if subject is None or code is None:
        return None
    for conjunct in (t for t in subtree(subject) if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}):
        if index.at(conjunct) is None and any(t.lemma_.lower() in PARTNER_WORDS for t in subtree(conjunct)):
            return state_mention(geo.code_in(conjunct) or code, conjunct)
    if subject.lemma_.lower() in PARTNER_WORDS and any(
            c.dep_ in {"nmod", "compound"} and any(g.dep_ == "conj" for g in children(c)) for c in children(subject)):
        return state_mention(code, subject)  # "the Congolese government and M23 rebels", read as one phrase headed by
        # the rebels
    return None


PAIRS = {"two", "both"}


def wider_parties(m: Mention, doc, index: ActorIndex) -> list[Mention]:
    """The phrase a modifier mention belongs to: "Russian" in "with Russian and Ukrainian teams"."""
    root = doc[m.start:m.end].root
    wider = index.at(root.head) if root.dep_ in {"amod", "compound", "nmod"} else None
    return [wider] if wider is not None and wider.start <= m.start and wider.end > m.end else []


MOVES = {"move", "decision", "step", "act", "action"}


def mover_of(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Who made the move a clause judges: the subject of the clause a "move" noun sums up ("Trump recognised
    Jerusalem as Israel's capital, a move condemned by Arab leaders" → Trump)."""
    move = tok.head
    if tok.dep_ not in {"acl", "relcl"} or move.lemma_.lower() not in MOVES or move.head.pos_ != "VERB"\
            or move.i < move.head.i or move.dep_ not in {"appos", "dobj", "npadvmod"}:
        return None
    return pick_party([[event_subject(move.head)]], index, sources)


def judged_move(tok: Token, events: list[Event], index: ActorIndex, sources: list[Mention])\
        -> tuple[Mention, Event] | None:
    """The earlier act of the sentence a predicate judges through a "move" noun, and who did it: "… deployed
    THAAD, and Beijing said it opposed the move", "ordered a ceasefire, a move Kyiv dismissed as theatrics"."""
    own = {s.actor.code for s in sources}
    mover = mover_of(tok, index, sources)  # "a move Kyiv dismissed": the subject of the clause it sums up
    if mover is not None:
        done = next((e for e in reversed(events) if e.source.code == mover.actor.code), None)
        return (mover, done) if done is not None and mover.actor.code not in own | {None} else None
    for obj in (c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}
                and (c.lemma_.lower() in MOVES or _named_what(tok, c))):
        if not _named_what(tok, obj) and not any(d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS
                                                 for d in children(obj)) or any(
                c.dep_ in {"poss", "compound", "amod"} and c.i in index.by_token or c.dep_ == "prep"
                for c in children(obj)):
            continue  # "opposed the move", not "the move by Israel" or "Russia's decision"
        for e in reversed(events):
            if e.source.code not in own | {None}:
                named = _named_before(e.source.code, tok, index)
                if named is None and _named_what(tok, obj):  # "a Russian missile strike …, what he called an
                    named = state_mention(e.source.code, obj)  # act of terror": the state of the act named
                return (named, e) if named is not None else None
    return None


NAMING_VERBS = {"call", "bill", "describe", "dub", "term", "label", "brand", "characterise", "characterize"}


def _named_what(tok: Token, obj: Token) -> bool:
    """"in what opposition leaders called a forced exile", "to what he called an act of terror": a free relative
    naming the act just told."""
    return obj.lower_ == "what" and tok.lemma_.lower() in NAMING_VERBS


def the_two_parties(subject: Token, index: ActorIndex) -> list[Mention]:
    """The two parties "the two leaders" or "both sides" refers back to: the first two named before it."""
    if not any(c.lower_ in PAIRS and c.dep_ in {"nummod", "det", "predet", "amod"} for c in children(subject)):
        return []
    named: list[Mention] = []
    for m in index.mentions:
        if m.end <= subject.i and m.actor.code and all(n.actor.code != m.actor.code for n in named):
            named.append(m)
    if not named and index.pair is not None:  # "Putin had a call with Trump. … The two
        return [Mention(subject.left_edge.i, subject.i + 1, actor) for actor in index.pair]  # presidents discussed"
    return named[:2] if len(named) >= 2 else []


def meeting_clause(tok: Token) -> Token | None:
    """The verb of the clause a gerund of meeting is an adjunct of: "freed 14 prisoners after meeting US envoy
    Keith Kellogg", "urged Putin …, a day after meeting Zelensky in Kyiv" — who did the one met."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in MEETING_PREPS - {"in", "at"}\
            or any(c.dep_ in SUBJECTS for c in children(tok)):
        return None
    head, steps = tok.head.head, 0
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i and steps < 3:
        head, steps = head.head, steps + 1
    return head if head.pos_ in {"VERB", "AUX"} else None


ADJUNCT_MEETING_PREPS = {"after", "following", "during"}


def is_adjunct_talks(tok: Token) -> bool:
    """A noun of meeting in an adjunct of time ("accepted the plan after talks in Moscow with Sarkozy"): the talks
    the clause's subject held, told only as the occasion of its act."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in MEETING_NOUNS and tok.dep_ == "pobj"\
        and tok.head.lower_ in ADJUNCT_MEETING_PREPS and tok.head.head.pos_ in {"VERB", "AUX"}


def meeting_doers(tok: Token, index: ActorIndex, acted: dict[int, list[Mention]]) -> list[Mention]:
    """The parties who met in "after meeting X", "promised after talks with Ukraine" (however parsed): the
    sources of the clause the meeting is an adjunct of."""
    clause = meeting_clause(tok)
    if clause is None and tok.pos_ == "NOUN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in MEETING_PREPS - {"in"}\
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in children(tok)):
        clause = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"} and event_subject(a) is not None
                       and event_subject(a).i != tok.i), None)  # "at talks with US officials" hung on the object
    if clause is None:
        return []
    return acted.get(clause.i) or _subject_mentions(clause, index)


def actors_above(tok: Token, acted: dict[int, list[Mention]]) -> list[Mention]:
    """The sources of the nearest coded predicate up a participle's chain of clauses ("postponed a trip after a
    balloon was spotted, calling its presence an irresponsible act": the one who postponed calls)."""
    head, steps = tok.head, 0
    while head.i not in acted and head.dep_ in {"advcl", "conj"} and head.head.i != head.i and steps < 3:
        head, steps = head.head, steps + 1
    return acted.get(head.i, [])


LOCAL_SECTORS = {None, "CVL", "OPP", "GOV", "MIL", "REB", "LEG", "JUD"}


def localised_source(source: Mention, where: str | None) -> Mention:
    """An unaffiliated source given the state of the place the event happens in."""
    if source.actor.code is not None or where is None or source.actor.id in {UNIDENTIFIED, MULTINATIONAL}\
            or source.actor.sector not in LOCAL_SECTORS:
        return source
    return Mention(source.start, source.end, source.actor.model_copy(update={"code": where}))


def donor_of(tok: Token, index: ActorIndex, geo: Geography) -> Mention | None:
    """Who gives what a subject receives: the "from" phrase ("took delivery of tanks from Russia", "received jets
    from Western allies", a party even when no state is named)."""
    return next((m for t in subtree(tok) if t.dep_ == "prep" and t.lower_ == "from" for g in children(t)
                 if g.dep_ == "pobj" and (m := index.by_token.get(g.i) or stand_in_state(g, geo)) is not None), None)


MULTINATIONAL = "multinational"
NATIONS = {"country", "state", "nation", "democracy", "government", "power", "ally", "member"}


def is_multinational(subject: Token | None, counted: bool = False) -> bool:
    """Whether a subject gathers people of several countries: "officials from about 40 countries", "leaders of
    six major industrial democracies", "the foreign ministers of the two German states"; ``counted``: or is
    itself the countries counted, acting ("Twenty-six countries pledged …")."""
    if subject is None:
        return False
    groups = plural_origins(subject, NATIONS)
    if counted and subject.tag_ == "NNS" and subject.lemma_.lower() in NATIONS and subject.head.tag_ in FINITE:
        groups = [subject, *groups]
    return any(any(c.dep_ == "nummod" or c.lower_ in {"dozens", "scores"} for c in children(g)) for g in groups)


def delegates_actor(subject: Token) -> Mention:
    """The delegates of several countries as one actor of no state."""
    phrase = subject.doc[subject.left_edge.i:subject.i + 1]
    actor = Actor(id=MULTINATIONAL, code=None, sector=None, kind="group", name=None, text=phrase.text)
    return Mention(subject.i, subject.i + 1, actor)


UNIDENTIFIED = "unidentified"


def names_perpetrator(subject: Token | None) -> bool:
    """Whether an unresolved subject names who (or what weapon) carried out an act: a noun phrase, not a pronoun,
    a clause or a number ("gunmen", "a roadside bomb", "machete-wielding attackers")."""
    if subject is None or subject.pos_ not in {"NOUN", "PROPN", "NUM"} or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if subject.ent_type_ in {"CARDINAL", "QUANTITY"}:  # "hundreds of farmers", not "two percent"
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in children(subject))
    return subject.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY"}


ANONYMOUS = {"gunman", "gunmen", "assailant", "assailants", "attacker", "attackers"}  # who, the words do not say


def anonymous_attacker(m: Mention) -> Mention:
    """Bare "gunmen" as no state's: the country they strike in does not make them its own ("gunmen attacked two
    hotels in Mumbai": attackers unknown); "Boko Haram gunmen", "pro-Russian gunmen" keep their side."""
    if (m.actor.text or "").lower() not in ANONYMOUS or m.actor.code is None:
        return m
    return Mention(m.start, m.end, m.actor.model_copy(update={"id": UNIDENTIFIED, "code": None, "sector": None}),
                   m.tokens)


def unidentified_actor(subject: Token) -> Mention:
    """An actor with no known affiliation for an unnamed perpetrator."""
    phrase = subject.doc[subject.left_edge.i:subject.i + 1]
    actor = Actor(id=UNIDENTIFIED, code=None, sector=None, kind="group", name=None, text=phrase.text)
    return Mention(subject.i, subject.i + 1, actor)


def attacker_of(act: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """Who carried out an act named as the subject of a verb of its kind: the agent of a participle on it ("a
    drone strike ordered by Trump") or else the state its premodifiers name ("a US drone strike")."""
    agent = next((a for c in children(act) if c.dep_ == "acl" and (a := agent_of(c)) is not None), None)
    found = coordinated_mentions(agent, index)
    if found:
        return found
    code = next((geo.code[t.lower_] for t in subtree(act) if t.i < act.i and t.lower_ in geo.code
                 and t.text[:1].isupper()), None)
    return [state_mention(code, act)] if code else []


def claimant(tok: Token, index: ActorIndex) -> list[Mention]:
    """Who claimed an attack, the act itself or one it is said to be part of: "missiles hit a depot in an attack
    claimed by the rebels"."""
    acts = [tok, *(g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "in"
                   for g in children(p) if g.dep_ == "pobj")]
    agent = next((a for act in acts for c in children(act) if c.dep_ == "acl" and c.lemma_.lower() == "claim"
                  and (a := agent_of(c)) is not None), None)
    return coordinated_mentions(agent, index)


def light_subject(tok: Token) -> Token | None:
    """The subject of the light verb a nominal predicate is the object of ("prisoners began a hunger strike")."""
    verb = governing_verb(tok) if tok.dep_ in {"dobj", "pobj"} else None
    if verb is None or verb.lemma_.lower() not in LIGHT_VERBS | {"go", "stage", "hold", "join", "call"}:
        return None
    return event_subject(verb)


CROWD_PREPS = PLACE_PREPS | {"through", "to", "into", "on", "outside", "around", "along"}
CROWDED_PLACES = {"pack", "fill", "throng", "flood", "occupy", "block", "blockade"}  # verbs whose object is the place


def crowd_actor(subject: Token, tok: Token, geo: Geography) -> Mention:
    """Unnamed civilians who protest, of the state their phrase or the place they protest in names: "farmers
    drove tractors to New Delhi", "dockworkers in Chile's main ports", "students marched through Rangoon"."""
    code = geo.code_in(subject)
    for verb in (tok, *tok.ancestors):
        if code is not None:
            break
        for p in children(verb):
            if p.dep_ == "dobj" and verb.lemma_ in CROWDED_PLACES and (code := geo.code_in(p)):
                break  # "packed Kyiv's Independence Square"
            if p.dep_ == "prep" and p.lower_ in CROWD_PREPS:
                code = next((c for g in children(p) if g.dep_ == "pobj" and (c := geo.code_in(g))), None)
                if code:
                    break
        if verb.dep_ not in {"advcl", "xcomp", "conj", "dobj", "pobj", "prep"}:
            break
    phrase = subject.doc[subject.left_edge.i:subject.i + 1]
    actor = Actor(id=None, code=code, sector="CVL", kind="group", name=None, text=phrase.text)
    return Mention(subject.i, subject.i + 1, actor)


FORCE_WORDS = {"troop", "troops", "soldier", "soldiers", "force", "forces", "army", "unit", "units", "contingent",
               "fighter", "fighters", "rebel", "rebels", "militant", "militants", "peacekeeper", "peacekeepers",
               "militia", "militiamen", "garrison", "battalion", "brigade", "tank", "tanks", "column", "columns",
               "paratrooper", "paratroopers", "marine", "marines", "commando", "commandos"}


def names_forces(subject: Token | None, index: ActorIndex) -> bool:
    """Whether a subject names armed forces: "the last Syrian soldiers", "rebels", an actor of the MIL sector."""
    if subject is None:
        return False
    m = index.at(subject)
    return m is not None and m.actor.sector in {"MIL", "REB"} or subject.lemma_.lower() in FORCE_WORDS\
        or subject.lower_ in FORCE_WORDS


def is_known_guest(tok: Token, index: ActorIndex) -> bool:
    """Whether a verb's object is a person the pack knows ("welcomed Putin"), not a decision or a move."""
    m = index.at(next((c for c in children(tok) if c.dep_ == "dobj"), None))
    return m is not None and m.actor.kind == "person" and m.actor.code is not None


RECIPIENT_PREPS = {"with", "to", "against", "toward", "towards", "for", "upon", "into"}
REPRISALS = {"retaliate", "respond", "avenge"}


def addressee(tok: Token, index: ActorIndex) -> Mention | None:
    """The party a verb is said to (its object), when that names a known state or organisation."""
    m = index.at(next((c for c in children(tok) if c.dep_ in {"dobj", "dative"}), None))
    return m if m is not None and m.actor.code else None


def is_own_forces(sources: list[Mention], target: Mention) -> bool:
    return target.actor.sector == "MIL" and any(s.actor.code == target.actor.code for s in sources)


PENALTIES = {"sanction", "embargo", "tariff", "restriction", "ban", "curb", "duty", "penalty"}
DITRANSITIVE = {"give", "offer", "grant", "send", "hand", "promise"}


def is_direct_target(tok: Token, target: Mention) -> bool:
    """Whether a target is a recipient (object, "with/to/against X"), not the topic of the act
    ("exchanged intelligence on North Korea's launch")."""
    head = tok.doc[target.start:target.end].root
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"dobj", "dative", "iobj", "nsubjpass"}:
        return True
    if head.dep_ == "compound" and head.left_edge.i == tok.i + 1 and head.head.dep_ == "dobj"\
            and head.head.head.i == tok.i and tok.lemma_.lower() in DITRANSITIVE:
        return True  # "gave Ukraine security assurances", the recipient parsed as a modifier of the object
    if head.dep_ == "pobj" and head.head.lower_ in {"on", "against"} and head.head.head.dep_ == "dobj"\
            and head.head.head.head.i == tok.i and head.head.head.lemma_.lower() in PENALTIES:
        return True  # "lifted sanctions on Iran": whom the penalty is on
    return head.dep_ == "pobj" and head.head.lower_ in RECIPIENT_PREPS


MEETING_NOUNS = {"call", "meeting", "talks", "talk", "summit", "conversation", "visit", "phone", "telephone",
                 "negotiations", "consultations", "session", "round"}
MEETING_PREPS = {"in", "at", "during", "after", "before", "following"}
MET_AT_PREPS = MEETING_PREPS | {"for"}


def _met_at(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Whom a meeting an act happened at (or was for) was with, when the meeting names no one: the act's
    recipient ("apologised to Aliyev in a phone call", "would wait for Putin in Istanbul for talks")."""
    tok = phase_of(tok)  # "at the second round of talks"
    if tok.lemma_.lower() not in MEETING_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in MET_AT_PREPS:
        return None
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if _only_sources(index, sources):
        return None
    return pick_party(target_candidates(verb)[:1], index, sources)


def owner_token(tok: Token, index: ActorIndex) -> Token | None:
    """The actor a nominal belongs to: "Moscow's refusal", "the EU proposal", "the Soviet invasion"."""
    for child in children(tok):
        m = index.by_token.get(child.i)
        if m is not None and (child.dep_ in {"poss", "compound"} or child.dep_ == "amod" and m.actor.code):
            return child
    return None


def parties_between(tok: Token, index: ActorIndex) -> list[Mention]:
    """The parties of "talks between X and Y"."""
    return coordinated_mentions(next((g for p in children(tok) if p.dep_ == "prep" and p.lower_ in {"between", "among"}
                              for g in children(p) if g.dep_ == "pobj"), None), index)


def names_two_sides(parties: list[Mention], doc) -> bool:
    """Whether mentions name two sides: two phrases, or one naming both ("Armenian and Azerbaijani officials")."""
    return len(parties) > 1 or len(parties) == 1 and any(t.dep_ == "cc" for t in doc[parties[0].start:parties[0].end])


ACCORDS = {"deal", "plan", "package", "agreement", "accord", "treaty", "framework", "settlement"}  # not a


def is_enforcer(source: Mention, etype: str) -> bool:
    """Unaffiliated police, troops or courts that detain or fire on people: in a sentence naming one state, its
    own ("police detained 1,300 people in Russian cities")."""
    actor = source.actor
    return actor.code is None and actor.id != UNIDENTIFIED and actor.sector in {"GOV", "MIL", "JUD"}\
        and etype in DOMESTIC | {"ASSAULT"}


def _states_named(tok: Token, index: ActorIndex, geo: Geography, places: bool) -> set[str]:
    """The states a sentence names by a party or a nationality and, with ``places``, by any capitalised name
    the pack knows (a place: "motorways around Paris")."""
    words = (t for t in tokens_of(sentence_of(tok)) if (t.text[:1].isupper() if places else t.ent_type_ == "NORP"))
    named = {m.actor.code for m in index.mentions} | {geo.code.get(t.lower_) for t in words}
    named.discard(None)
    return named


def other_state(tok: Token, index: ActorIndex, geo: Geography, sources: list[Mention]) -> Mention | None:
    """The one state a sentence names besides the source's: where forces crossing a border or aid go."""
    own = {s.actor.code for s in sources}
    states = {m.actor.code for m in index.mentions if m.actor.kind == "state"}
    states |= {geo.code[t.lower_] for t in tokens_of(sentence_of(tok)) if t.text[:1].isupper() and t.lower_ in geo.code}
    others = states - own - {None}
    if len(others) != 1:
        return None
    code = others.pop()
    return next((m for m in index.mentions if m.actor.code == code), None) or state_mention(code, tok)


def sole_state(tok: Token, index: ActorIndex, geo: Geography) -> str | None:
    """The one state a sentence names by a party, a nationality or a place, if it names only one."""
    named = _states_named(tok, index, geo, places=True)
    return next(iter(named)) if len(named) == 1 else None


def is_domestic(tok: Token, index: ActorIndex, geo: Geography, code: str) -> bool:
    """Whether a sentence names no party or nationality but the source's: an unaffiliated movement there
    ("communist rebels", "the Free Aceh Movement") is the source's own opponent or counterpart."""
    return code in geo.states and _states_named(tok, index, geo, places=False) <= {code}  # not a body: "OSCE
    # monitors were denied access by armed separatists" names no state of the separatists


MEDIATOR_ROLES = {"host", "mediator", "intermediary", "broker", "facilitator"}
MEDIATING = {"mediating", "hosting", "brokering", "facilitating", "presiding", "chairing"}


HOSTING = {"lead", "sponsor"}  # not "host", "chair": cues of their own
CONVENED = MEETING_NOUNS | {"conference", "negotiation", "dialogue", "forum", "process"}


def meeting_host(tok: Token) -> tuple[Token, Span] | None:
    """The party a participle names as leading or sponsoring a meeting, and the words that say so:
    "a night of talks led by Washington", "a peace conference co-sponsored by Washington and Moscow"."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in HOSTING\
            or tok.head.lemma_.lower() not in CONVENED:
        return None
    by = next((c for c in children(tok) if c.dep_ == "agent"), None)
    agent = agent_of(tok)
    return (agent, tok.doc[tok.i:by.i + 1]) if agent is not None and by is not None else None


SPONSORSHIPS = {"mediation", "sponsorship", "co-sponsorship", "auspices", "aegis"}


def named_mediation(tok: Token) -> tuple[Token, Span] | None:
    """The mediation a nationality or a state names as its own ("resumed talks under US mediation", "under Saudi
    and US sponsorship"), or an "under" phrase names as another's ("under the auspices of the OSCE", "under the
    mediation of Macron and Merkel")."""
    if tok.lemma_.lower() not in SPONSORSHIPS and tok.lower_ not in SPONSORSHIPS:  # "auspices", lemma "auspex"
        return None
    named = next((c for c in children(tok) if c.dep_ in {"compound", "amod"} and c.text[:1].isupper()), None)
    if named is not None:
        return named, tok.doc[named.i:tok.i + 1]
    if tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return None
    named = next((g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
                  if g.dep_ == "pobj"), None)
    return (named, tok.doc[tok.head.i:named.head.i + 1]) if named is not None else None


HELPERS = {"help", "mediation", "assistance"}


def _helper_of(arg: Token) -> Token | None:
    """"exchanged prisoners with the help of the UAE": the party whose help two parties acting together had."""
    subject = event_subject(arg.head.head) if arg.head.head.pos_ == "VERB" else None
    if arg.lemma_.lower() not in HELPERS or subject is None or not any(c.dep_ == "conj" for c in children(subject)):
        return None
    return next((g for p in children(arg) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
                 if g.dep_ == "pobj"), None)


def adjunct_mediator(prep: Token) -> tuple[Token, Span] | None:
    """The party a "with" adjunct names as the host or mediator of the act it goes with, and the words that say
    so: "with Turkey's foreign minister acting as host", "with Chancellor Merz as host", "with the AU mediating",
    "with Cavusoglu in the chair"."""
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    for arg in children(prep):
        if arg.dep_ == "pcomp":  # "acting as host" with its own subject
            party = next((c for c in children(arg) if c.dep_ in {"nsubj", "npadvmod"}), None)
        elif arg.dep_ == "pobj" and (helper := _helper_of(arg)) is not None:
            return helper, prep.doc[prep.i:arg.i + 1]
        elif arg.dep_ == "pobj":
            party = arg
            arg = next((c for c in children(arg) if c.dep_ == "acl" and c.tag_ == "VBG"), arg)
        else:
            continue
        if party is None:
            continue
        if arg.lower_ in MEDIATING:  # "the African Union mediating", parsed whole as a noun phrase or not
            return party, prep.doc[arg.i:arg.i + 1]
        role = next((g for p in children(arg) if p.dep_ == "prep" and p.lower_ == "as" for g in children(p)
                     if g.dep_ == "pobj" and g.lemma_.lower() in MEDIATOR_ROLES), None)
        if role is None and arg.i == party.i:  # "with Finnish President Stubb as host", "as" hung on the verb
            role = next((g for p in children(prep.head) if p.dep_ == "prep" and p.lower_ == "as"
                         and p.i == party.right_edge.i + 1 for g in children(p)
                         if g.dep_ == "pobj" and g.lemma_.lower() in MEDIATOR_ROLES), None)
        if role is not None:
            start = arg.i if arg.i != party.i else role.head.i
            return party, prep.doc[start:role.i + 1]
        chair = next((g for p in children(party) if p.dep_ == "prep" and p.lower_ == "in" for g in children(p)
                      if g.dep_ == "pobj" and g.lower_ == "chair"), None)  # "with Cavusoglu in the chair"
        if chair is not None:
            return party, prep.doc[chair.head.i:chair.i + 1]
    return None


def owned_by_party(m: Mention, mentions: list[Mention], doc: Doc) -> bool:
    """Whether an unaffiliated party belongs to another of the parties named with it ("Gazprom and China's
    CNPC signed a contract"): the owner stands for it."""
    root = doc[m.start:m.end].root
    return m.actor.code is None and any(c.dep_ == "poss" and any(o.start <= c.i < o.end and o.actor.code
                                                                  for o in mentions) for c in children(root))


PROMISING_AUX = {"will", "would", "'ll", "shall"}


def _set_condition(clause: Token) -> Token | None:
    """The verb of the promise a clause is the condition of: "would cease fire as soon as Kyiv withdrew", "will
    halt strikes once Ukraine withdraws", "would take effect only after sanctions were lifted"."""
    marks = {c.lower_ for c in children(clause) if c.dep_ == "mark"}
    soon = clause.head.lower_ == "soon" and "as" in marks
    if clause.dep_ != "advcl" or not (soon or "once" in marks or "after" in marks and any(
            c.dep_ == "advmod" and c.lower_ == "only" for m in children(clause) for c in (m, *children(m)))):
        return None
    main = clause.head.head if soon else clause.head
    promised = main
    while promised.dep_ == "conj" and promised.head.i != promised.i and not any(
            c.dep_ == "aux" for c in children(promised)):
        promised = promised.head
    return main if any(c.dep_ == "aux" and c.lower_ in PROMISING_AUX for c in children(promised)) else None


def condition_setter(tok: Token, index: ActorIndex) -> Mention | None:
    """Who demands an act by making it the condition of a promise: "Putin said Russia would order a ceasefire as
    soon as Ukraine began withdrawing" → Russia (else the one reporting the promise: "the Kremlin said the deal
    would take effect only after sanctions were lifted")."""
    clause = tok
    while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
        clause = stray_partner(clause) or clause.head
    main = _set_condition(clause) if tok.pos_ == "VERB" else None
    if main is None:
        return None
    setter = index.at(event_subject(main))
    while (setter is None or setter.actor.code is None) and main.dep_ in {"conj", "ccomp"} and main.head.i != main.i:
        main = main.head
        if main.lemma_.lower() in REPORTING_VERBS:
            setter = index.at(event_subject(main))
    return setter if setter is not None and setter.actor.code else None


def conditioned_party(tok: Token, index: ActorIndex) -> Mention | None:
    """Whom a promise is made to by the condition set on it: "would start talks as soon as Ukraine began
    withdrawing" → Ukraine."""
    verb = governing_verb(tok) if tok.pos_ in {"NOUN", "PROPN"} else tok
    if verb is None:
        return None
    clauses = [c for c in children(verb) if c.dep_ == "advcl"]
    clauses += [g for c in children(verb) if c.dep_ == "advmod" and c.lower_ == "soon" for g in children(c)
                if g.dep_ == "advcl"]
    party = next((m for c in clauses if _set_condition(c) is not None
                  and (m := index.at(event_subject(c))) is not None), None)
    return party if party is not None and party.actor.code else None
