"""The event coder's cue lexicon: which words are event predicates, the CAMEO code their frame gives, and their
modality."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.strings import hash_string
from spacy.tokens import Token

from ..ontology.schema import EventCue, Pack
from .attribution import REPORTING_VERBS
from .event_syntax import (
    EXPECT_WORDS,
    READY,
    event_subject,
    is_gerund_object,
    is_purpose_clause,
    relative_object,
)
from .syntax import SUBJECTS, ActorIndex, Mention, agent_of, children, subject_of, subtree

INTENT_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d"}
TEMPORAL = {"DATE", "TIME"}
TIME_NOUNS = {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "eve", "weekend"}
# Adverbial clauses and circumstantial phrases (time, manner, framework, cause) of a predicate: not its object.
ADJUNCTS = {"advcl", "relcl"}
# Not "until": "gave Russia until midnight to explain" is an ultimatum.
ADJUNCT_PREPS = {"under", "after", "before", "during", "despite", "amid", "amidst", "since", "following",
                 "ahead", "as", "throughout", "within", "like", "unlike", "besides", "beyond"}


@dataclass
class Lexicon:
    """The pack's event vocabulary, indexed for the coder."""

    cues: dict[str, list[EventCue]]
    pack: Pack
    hyphen_ends: set[int]  # the hashes of what follows a hyphen in a cue ("in" of "sit-in"): only these end one
    by_word: dict[tuple[int, int, int], list[EventCue]] = field(default_factory=dict)  # cue_entries' answers by
    # (lemma, lower-case form, tag) hashes: reading the strings of every word is slow

    @classmethod
    def of(cls, pack: Pack) -> "Lexicon":
        cues: dict[str, list[EventCue]] = {}
        for cue in pack.event_cues:
            cues.setdefault(cue.cue.lower(), []).append(cue)
        ends = {hash_string(word[n + 1:]) for word in cues for n, c in enumerate(word) if c == "-"}
        return cls(cues, pack, ends)


_LEXICONS: dict[int, Lexicon] = {}


def lexicon(pack: Pack) -> Lexicon:
    if id(pack) not in _LEXICONS:
        _LEXICONS[id(pack)] = Lexicon.of(pack)
    return _LEXICONS[id(pack)]


OBJECT_CONTROL = {"ask", "press", "push", "pressure", "tell"}  # "asked X to …": the complement is X's act


def _with_present(tok: Token, word: str) -> Token | None:
    """The particle, preposition or complement that makes a phrasal cue ("call for", "decline to")."""
    for child in children(tok):
        if child.dep_ in {"prt", "prep", "agent", "dative"} and child.lower_ == word:
            if child.dep_ == "prep" and any(g.dep_ == "pobj" and (g.ent_type_ in TEMPORAL or g.lemma_ in TIME_NOUNS)
                                            for g in children(child)):
                continue  # "called off the summit on Wednesday", "on the same day": a date, not "call on"
            return child
        if word == "to" and child.dep_ in {"xcomp", "ccomp"} and any(
                g.lower_ == "to" and g.dep_ == "aux" for g in children(child)):
            return child
        if word == "to" and child.dep_ == "advcl" and tok.lemma_.lower() in OBJECT_CONTROL and any(
                g.lower_ == "to" and g.dep_ == "aux" for g in children(child)) and any(
                d.dep_ == "dobj" and d.i < child.i for d in children(tok)):
            return child  # "asked the Security Council on Friday to intervene", its complement parsed as a purpose
        if child.dep_ in {"dobj", "xcomp", "acomp"} and child.lemma_.lower() == word:
            return child
        if child.dep_ == "advmod" and child.lower_ == word and word in PARTICLES and child.i > tok.i:
            return child  # "handed the pilot back to India": a particle parsed as an adverb after the object
        if child.dep_ in {"advmod", "prt"} and child.i == tok.i + 1:  # "pushed back against", "spoke out
            prep = next((g for g in children(child) if g.dep_ == "prep" and g.lower_ == word), None)  # against"
            if prep is not None:  # with the preposition hung on the particle
                return prep
        if child.dep_ in {"agent", "prep"} and child.lower_ == "by":  # "voted by a large majority against",
            prep = next((p for g in children(child) if g.dep_ == "pobj" and g.lemma_.lower() in MARGINS  # parsed
                         for p in children(g) if p.dep_ == "prep" and p.lower_ == word), None)  # on the margin
            if prep is not None:
                return prep
        if word == "that" and child.dep_ == "ccomp" and _mandative(child):
            return child
        if word == "for" and child.dep_ in {"advcl", "ccomp"} and any(
                g.dep_ == "mark" and g.lower_ == "for" and g.i > tok.i for g in children(child)):
            return child  # "calling for President Park to resign", parsed with "for" marking the clause
    return None


PARTICLES = {"back", "over", "off", "out", "away", "down", "up", "short", "aside", "home", "ashore"}
MARGINS = {"majority", "margin", "vote", "votes"}


def obliging_speaker(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """The speaker who says another party must act ("Putin said Ukrainian troops must leave Donbas"): what one
    side says the other must do is a demand on it."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "said Gaddafi had lost his legitimacy and must
        clause = clause.head  # leave power"
    if clause.dep_ != "ccomp" or not sources or not any(c.dep_ == "aux" and c.lower_ in OBLIGING
                                                        for c in children(tok))\
            or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = index.at(event_subject(clause.head))
    if speaker is None or speaker.actor.code in {None, sources[0].actor.code}:
        return None
    return speaker


OBLIGING = {"must", "should"}


def _mandative(clause: Token) -> bool:
    """A "that" clause that asks for an act, not states a fact: "insisted that Syria pull out", "that Kyiv
    must withdraw" (not "insisted that it had not violated the treaty")."""
    aux = [c.lower_ for c in children(clause) if c.dep_ in {"aux", "auxpass"}]
    has_subject = any(c.dep_ in SUBJECTS for c in children(clause))
    return has_subject and (any(a in {"must", "should"} for a in aux) or not aux and clause.tag_ == "VB")


def hyphenated(tok: Token) -> str | None:
    """The word a hyphenated compound split by the tokenizer ends: "sit - in" → "sit-in"."""
    if tok.i < 2:
        return None
    dash, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]  # not tok.sent: finding the sentence is slow
    if dash.text != "-" or dash.whitespace_ or first.whitespace_ or tok.is_sent_start or dash.is_sent_start:
        return None
    return f"{first.lower_}-{tok.lower_}"


PAST = {"VBD", "VBN"}


def regular_stem(word: str, lex: Lexicon) -> str | None:
    """The cue a past form regularly comes from, for when spaCy's lemma is odd ("readmitted" → "readmitte"): the
    form less its ending, with a final "e" restored or a doubled consonant undone."""
    for ending in ("ed", "d"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[:-len(ending)]
            for stem in (base, base + "e", base[:-1] if base[-1] == base[-2] else base):
                if stem in lex.cues:
                    return stem
    return None


WORDS_KEPT = 100_000


def cue_entries(tok: Token, lex: Lexicon) -> list[EventCue]:
    """The lexicon entries of a word: by its hyphenated compound, lemma, form or, for a past form whose lemma is
    odd, regular stem."""
    if tok.lower in lex.hyphen_ends and (compound := lex.cues.get(hyphenated(tok) or "")):
        return compound
    key = (tok.lemma, tok.lower, tok.tag)
    found = lex.by_word.get(key)
    if found is None:
        if len(lex.by_word) > WORDS_KEPT:
            lex.by_word.clear()
        found = lex.by_word[key] = lex.cues.get(tok.lemma_.lower()) or lex.cues.get(tok.lower_)\
            or tok.tag_ in PAST and lex.cues.get(regular_stem(tok.lower_, lex) or "") or []
    return found


def match_cue(tok: Token, lex: Lexicon) -> tuple[EventCue, Token | None] | None:
    cues = cue_entries(tok, lex)
    if not cues:
        return None
    pos = "ADJ" if tok.pos_ == "ADJ" else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else "VERB"\
        if tok.pos_ in {"VERB", "AUX"} else None
    if pos is None:
        return None
    predicative = tok.tag_ == "VBN" and (tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in children(tok)))
    if predicative:  # "was prepared to give up", "was appalled by": a participle said of the subject, an adjective
        cues = [*cues, *(c for c in lex.cues.get(tok.lower_, []) if c not in cues)]
    plain = None
    for cue in cues:
        if pos not in cue.pos and not (predicative and "ADJ" in cue.pos and (tok.dep_ == "acomp" or cue.with_)):
            continue
        if cue.with_:
            partner = _with_present(tok, cue.with_.lower())
            if partner is not None:
                return cue, partner
        elif plain is None:
            plain = cue
    return (plain, None) if plain else None


def plain_cue(tok: Token, lex: Lexicon) -> EventCue | None:
    """The entry of a cue's lemma without a particle or preposition, for when the phrasal one found no frame."""
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    return next((c for c in cue_entries(tok, lex) if c.with_ is None and pos in c.pos), None)


HOLD_BACK = {"stop", "fall"}
EARLIER = {"earlier", "ago", "previously", "last"}
CONCLUDED = {"sign", "conclude", "agree", "ratify", "reach", "broker", "seal", "strike"}
DOCUMENTS = {"accord", "treaty", "deal", "agreement", "protocol", "memorandum", "pact", "truce", "ceasefire",
             "armistice", "declaration", "charter", "convention"}
OWN_ACTS = {"launch", "begin", "start", "conduct", "stage", "mount", "announce", "declare", "carry", "open"}
FULFIL = {"meet", "fulfil", "fulfill", "grant"}
CROWDS = {"hundreds", "thousands", "dozens", "scores", "millions"}  # "hundreds of journalists arrived"
PORTIONS = {"one", "some", "all", "most", "many", "several", "two", "three", "part", "each"}


def is_guarded(tok: Token, lex: Lexicon) -> bool:
    """Whether a false friend's modifier or, for a verb, its object or subject says it is no event ("heart
    attack", "delivered replies", "an earthquake struck")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in HOLD_BACK and any(c.lower_ == "short" for c in children(tok)):
        return True  # "stopped short of condemning Russia", "fell short of a deal": held back, no act of its own
    if tok.pos_ == "VERB" and tok.lemma_.lower() in NAMING and any(c.lower_ == "what" for c in children(tok))\
            and tok.head.lemma_.lower() in OWN_ACTS:
        return True  # "launched what it called a counter-terrorist operation": the doer's own name for its act
    described = tok.lemma_.lower() in CONCLUDED and (
        tok.tag_ == "VBN" and tok.dep_ == "acl" or tok.tag_ in {"VBN", "VBD"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENTS for c in children(tok)))  # slip: "the accord signed"
    if described and any(t.lower_ in EARLIER for c in children(tok) if c.dep_ in {"advmod", "npadvmod"}
                         for t in subtree(c)):
        return True  # "the accord signed a day earlier", "the pact ratified last year": a past act as background
    portion = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "one of the demands"
    if tok.pos_ == "NOUN" and portion.dep_ == "dobj" and portion.head.lemma_.lower() in FULFIL:
        return True  # "had met its commitments", "granting the protesters' demands": compliance, not a new act
    guards = lex.pack.non_events.get(tok.lemma_.lower(), [])
    if not guards:
        return False
    deps = {"compound", "amod", "nmod", "poss"} | ({"dobj"} if tok.pos_ == "VERB" else set())
    heads = [c for c in children(tok) if c.dep_ in deps]
    subject = subject_of(tok) if tok.pos_ == "VERB" else None
    heads += [subject] if subject is not None else []  # "an earthquake struck …, killing 40 people"
    agent = agent_of(tok) if tok.pos_ == "VERB" else None
    heads += [agent] if agent is not None else []  # "troops backed by tanks", "was struck by lightning"
    heads += [g for c in heads if c.dep_ == "dobj" and c.lower_ in PORTIONS or c.lower_ in CROWDS
              for p in children(c) if p.dep_ == "prep" and p.lower_ == "of"
              for g in children(p) if g.dep_ == "pobj"]  # "one of the demands", "hundreds of reporters"
    return any(c.lower_ in guards or c.lemma_.lower() in guards for c in heads)


ROLES = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners", "member"}


def _is_role(prep: Token) -> bool:
    """Whether an "as" phrase names the role an act puts its object in ("seizing nine others as hostages",
    "admitted South Sudan as its 193rd member")."""
    return prep.lower_ == "as" and any(g.dep_ == "pobj" and g.lower_ in ROLES for g in children(prep))


def _frame_words(head: Token) -> set[str]:
    """The lemmas and forms of what a predicate governs (object, complement, prepositional phrases), without
    its subject and without an attribution ("according to SIPRI data" says nothing about the event)."""
    words: set[str] = set()
    for child in children(head):
        if child.dep_ in SUBJECTS or child.dep_ in {"punct", "cc", "mark"} or child.lower_ == "according":
            continue
        if child.dep_ == "conj" and child.pos_ == "VERB" and head.pos_ == "VERB":
            continue  # "captured Kabul and hanged the former president": a second act, its own frame
        if child.dep_ in ADJUNCTS and not is_purpose_clause(child) and not is_gerund_object(child)\
                and not _object_predicative(child)\
                or child.dep_ == "prep" and child.lower_ in ADJUNCT_PREPS and not _is_role(child):
            continue  # "withdrew … under a regional deal", "halted fighting as a brokered truce took hold": the
            # circumstances of an act say nothing about what it acts on
        for t in subtree(child):
            if t.dep_ == "prep" and _in_other_clause(t, head) or head.lemma_ in APPEALS and _in_condition(t, head):
                continue  # "charged that Kuwait had conspired with Washington": not "charged X with"; "called on
                # Washington to impose sanctions if Moscow rejects a ceasefire": the condition is not what is asked
            words.add(t.lemma_.lower())
            words.add(t.lower_)
    return words


def _in_other_clause(t: Token, head: Token) -> bool:
    """Whether a word hangs on a verb below ``head``, in a clause of its own."""
    t = t.head
    while t.i != head.i and t.head.i != t.i:
        if t.pos_ in {"VERB", "AUX"}:
            return True
        t = t.head
    return False


CONDITION_MARKS = {"if", "unless"}
APPEALS = {"call", "urge", "ask", "press", "appeal", "demand", "request"}  # what they ask, not when (a warning's
# condition is what makes it a threat)


def _in_condition(t: Token, head: Token) -> bool:
    """Whether a word is inside an "if" or "unless" clause below ``head``."""
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children(t)):
            return True
        t = t.head
    return False


def _object_predicative(clause: Token) -> bool:
    """"held Ukraine responsible for the bombing", parsed as an adverbial clause: an adjective right after the
    verb's object, without a subject or marker of its own, says what the verb makes of the object."""
    before = clause.doc[clause.i - 1] if clause.i > 0 else None
    return clause.dep_ == "advcl" and clause.pos_ == "ADJ" and before is not None and before.dep_ == "dobj"\
        and before.head.i == clause.head.i and not any(g.dep_ in SUBJECTS or g.dep_ == "mark" for g in children(clause))


def cameo_code(cue: EventCue, tok: Token, partner: Token | None) -> str | None:
    """The CAMEO code the first matching frame of a cue gives, or None when no frame matches (the caller then
    falls back on the cue's own code; a frame may choose "010" on purpose, which is not the same thing)."""
    if not cue.frames:
        return NO_EVENT if _names(tok) else None
    heads = _argument_heads(tok, partner)
    if tok.dep_ in {"advcl", "oprd", "ccomp", "xcomp", "conj"} and tok.tag_ in {"VBN", "VBD"}\
            and tok.head.lemma_.lower() in KEEPING and not any(c.dep_ in SUBJECTS | {"dobj"} for c in children(tok)):
        # "kept the bridge blocked": what is kept so is acted on
        heads |= {w for c in children(tok.head) if c.dep_ == "dobj"
                  for t in (c, *(g for g in children(c) if g.dep_ in {"conj", "compound"}))
                  for w in (t.lemma_.lower(), t.lower_)}
    proposed = any(_proposal(c) for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"})
    done_to = _passive_object(tok)
    if done_to is not None:  # "a summit attended by Merkel": the noun a passive participle describes is its object
        heads |= {done_to.lemma_.lower(), done_to.lower_}
    relative = relative_object(tok)
    if relative is not None:  # "an idea Kyiv dismissed as a trap": the noun an object relative clause describes
        heads |= {relative.lemma_.lower(), relative.lower_}
    act = next((c for c in children(tok) if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                      for g in children(c))), None)
    acted_on = {w for c in children(act) if c.dep_ == "dobj" for w in (c.lemma_.lower(), c.lower_)}\
        if act is not None else set()
    frames = [f for f in cue.frames if f.cameo != DENIAL or not proposed and (
        act is None or not acted_on.isdisjoint(f.words))]  # "turned down Putin's suggestion that they meet"
    # refuses a proposal, "refused to hand over bin Laden without proof of his involvement" an act: neither
    # denies a claim ("refused to accept responsibility" does)
    for at, frame in enumerate(frames):  # the head of the object decides first: "dismissed a proposal by the
        if not heads.isdisjoint(frame.words):  # minister"
            if frame.words == {PERSON}:  # a name alone yields to an earlier frame's word in the phrase: "are
                wider = _frame_words(tok)  # holding the prime minister and dozens of MPs hostage"
                return next((f.cameo for f in frames[:at] if not wider.isdisjoint(f.words)), frame.cameo)
            return frame.cameo
    if _names(tok):
        return NO_EVENT  # a name decides what calling something is; the words around it do not
    if not frames:
        return None
    words = _frame_words(tok)
    for child in children(tok):  # "jets were handed over": the passive subject is what the verb acts on
        if child.dep_ == "nsubjpass":
            words |= {t.lemma_.lower() for t in subtree(child)} | {t.lower_ for t in subtree(child)}
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "pobj", "attr"}:
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
        words |= {verb.lemma_.lower()} | ({t.lemma_.lower() for t in subtree(subject)} if subject is not None
                                          else set())
    if partner is not None and partner.dep_ in {"xcomp", "ccomp", "prep"}:  # "placed … under state management"
        words |= _frame_words(partner) | {partner.lemma_.lower()}
    for frame in frames:
        if not words.isdisjoint(frame.words):
            return frame.cameo
    return None


DENIAL = "016"
KEEPING = {"keep", "leave"}  # verbs that keep their object in the state a participle names


def _proposal(noun: Token) -> bool:
    """Whether a noun's "that" clause proposes an act rather than states a fact: "Putin's suggestion that they
    meet" (a bare verb, no tense), "a suggestion that Kyiv could give up Crimea" (a modal with an act), not
    "suggestions that it was involved", "that Moscow could have been behind it" or "that it could be a trap"."""
    clauses = [c for c in children(noun) if c.dep_ in {"acl", "ccomp"}]
    clauses += [c for p in children(noun) if p.dep_ == "prep" and p.lower_ in {"by", "from"} for g in children(p)
                if g.dep_ == "pobj" for c in children(g) if c.dep_ == "relcl" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in children(c))]  # "a suggestion by the prime
    # minister that Ukraine could …", the clause hung on the proposer
    return any(any(g.dep_ in SUBJECTS for g in children(c))
               and (c.tag_ in {"VB", "VBP"} and not any(g.dep_ in {"aux", "auxpass"} for g in children(c))
                    or c.tag_ == "VB" and c.lemma_ != "be" and _modal_act(c)) for c in clauses)


PROPOSING_MODALS = {"should", "could", "must", "might", "ought"}


def _modal_act(verb: Token) -> bool:
    auxes = [g.lower_ for g in children(verb) if g.dep_ == "aux"]
    return any(a in PROPOSING_MODALS for a in auxes) and "have" not in auxes


def _passive_object(tok: Token) -> Token | None:
    """The noun a passive participle describes: "a summit attended by Merkel", "battalions sent to the frontier";
    with an agent also when the participle is misparsed as conjoined with the main verb ("a summit hosted by Macron
    and attended by Merkel")."""
    if any(c.dep_ == "nsubjpass" for c in children(tok)):
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    if agent_of(tok) is None:
        return None
    if tok.dep_ != "conj":
        return None
    sibling = next((t for t in reversed(tok.doc[tok.head.i + 1:tok.i]) if t.dep_ == "acl" and t.tag_ == "VBN"
                    and t.head.pos_ in {"NOUN", "PROPN"}), None)
    return sibling.head if sibling is not None else None


NAMING = {"call", "dub", "term", "label"}


def _names(tok: Token) -> bool:
    """"what the Kremlin called a tragic incident": calling something a name, not a phone call."""
    return tok.lemma_.lower() in NAMING and any(c.dep_ == "oprd" for c in children(tok))


REACHING = {"end", "access"}  # nouns whose "to" phrase says what they are of
PERSON = "<person>"  # the frame word for an object that is a person's name
ARGUMENTS = {"dobj", "attr", "oprd", "dative", "nsubjpass", "xcomp", "ccomp", "acomp"}


def _argument_heads(tok: Token, partner: Token | None) -> set[str]:
    """The head words of what a predicate acts on: its object, complement or prepositional object and their
    conjuncts and compounds ("a hunger strike" → strike, hunger), not the modifiers further down the phrase."""
    found: list[Token] = []
    for t in (tok, partner) if partner is not None else (tok,):
        for child in children(t):
            if child.dep_ in ARGUMENTS:
                found.append(child)
            elif child.dep_ in {"prep", "agent", "prt"} and child.lower_ not in ADJUNCT_PREPS:
                found += [g for g in children(child) if g.dep_ in {"pobj", "pcomp"}]
                if child.lower_ in PARTICLES and not any(g.dep_ in {"pobj", "pcomp"} for g in children(child)):
                    found.append(child)  # "ordered French troops out of the country": "out" heads "out of"
    named = any(h.ent_type_ == "PERSON" and h.ent_iob_ == "I" for h in found)  # "captured Saddam Hussein": a
    # frame may ask for a person named in full (a one-word "person" is often a misread town)
    found += [c for c in children(tok) if c.dep_ in {"npadvmod", "advmod", "prt"}]  # "test-fired", "jointly"
    for h in list(found):  # "a team of doctors", "thousands of troops": the kind, not the measure; "an end to
        # the dictatorship", "access to reserves": what is to end, what is reached
        preps = {"of", "to"} if h.lemma_.lower() in REACHING else {"of"}
        found += [g for p in children(h) if p.dep_ == "prep" and p.lower_ in preps for g in children(p)
                  if g.dep_ == "pobj"]
    heads: set[str] = set()
    for h in found:
        for t in (h, *(c for c in children(h) if c.dep_ in {"conj", "compound", "amod", "nmod"})):
            heads |= {t.lemma_.lower(), t.lower_}
    return heads | {PERSON} if named else heads


def modality_of(tok: Token, chain: list[Token], lex: Lexicon) -> str:
    controls = lex.pack.control_verbs
    for t in chain:
        shared = t.dep_ == "conj" and t.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in children(t))
        for child in (*children(t), *(c for c in children(t.head) if shared and c.dep_ == "aux")):  # "would give
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
    if top.dep_ == "advcl" and any(c.lower_ in {"if", "unless"} and c.dep_ == "mark" for c in children(top)):
        return "hypothetical"
    if top.dep_ in {"advcl", "conj", "ccomp"}:
        for child in children(top.head):
            if child.dep_ == "mark" and child.lower_ in {"if", "unless"} and top.dep_ != "ccomp":
                return "hypothetical"
    if tok.pos_ == "ADJ" and tok.lemma_.lower() not in FEELINGS:
        return "intended"  # "ready to talk"; not "was angry with Putin" or "said sorry", a feeling voiced now
    return "asserted"


FEELINGS = {"angry", "furious", "disappointed", "dismayed", "sorry"}


def _reported_future(verb: Token) -> bool:
    """"Starmer said Britain would work with Ukraine": "would" in reported speech is the future of the
    past, not a condition, unless the clause has an "if/unless" condition."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    return not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in children(c))
                   for c in (*children(verb), *children(clause)))


NO_EVENT = "010"  # what a frame (or a naming "call") chooses on purpose: not an event


DEADLINE_UNITS = {"day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years"}


def _deadline(verb: Token) -> Token | None:
    """The act a party is given a deadline for: "had until Thanksgiving to accept the plan", "has ten days to
    withdraw", "was given until Friday to respond" (the infinitive), or None."""
    if verb.pos_ not in {"VERB", "AUX"} or not (verb.lemma_.lower() == "have" or verb.lemma_.lower() == "give"
                                                and _given_party(verb) is not None):
        return None
    until = any(c.dep_ == "prep" and c.lower_ == "until" and any(g.dep_ == "pobj" for g in children(c))
                for c in children(verb))
    span = next((c for c in children(verb) if c.dep_ in {"dobj", "npadvmod"} and c.lower_ in DEADLINE_UNITS
                 and any(n.dep_ == "nummod" or n.lower_ in {"a", "an"} for n in children(c))), None)  # "half a year"
    beside = span is not None and span.dep_ == "npadvmod"  # "gave the powers six months to pull out"
    holders = ([verb] if until or beside else []) + ([span] if span is not None else [])
    return next((a for h in holders for a in children(h) if a.dep_ in {"advcl", "xcomp", "relcl"} and a.pos_ == "VERB"
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(a))), None)\
        or next((a for a in children(verb) if a.dep_ == "advcl" and a.pos_ == "VERB"
                 and any(g.lower_ == "until" and g.dep_ in {"mark", "prep"} for g in children(a))
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(a))), None)
    # "gives Kyiv until Thanksgiving to sign", parsed with "until" on the infinitive


def _given_party(give: Token) -> Token | None:
    """Who is given a deadline: the passive subject ("Iran was given until Friday") or the recipient ("gave the
    Western powers six months to pull out", parsed as its dative or its object)."""
    return next((c for c in children(give) if c.dep_ in {"nsubjpass", "dative"}), None)\
        or next((c for c in children(give) if c.dep_ == "dobj" and c.lower_ not in DEADLINE_UNITS), None)


def is_deadline_act(tok: Token) -> bool:
    """Whether a predicate is what a party has a deadline to do ("Ukraine had until Thanksgiving to accept the
    plan"): asked of it, not done."""
    head = tok.head.head if tok.dep_ == "relcl" else tok.head
    act = _deadline(head) if tok.dep_ in {"advcl", "xcomp", "relcl"} and head.i != tok.i else None
    return act is not None and act.i == tok.i


def deadline_parties(verb: Token, index: ActorIndex) -> tuple[Mention, Mention] | None:
    """The party that sets a deadline and the party given it: "Trump said Ukraine had until Thanksgiving to
    accept the plan", "Iran was given until Friday to respond, the EU said" (an ultimatum by the speaker, or the
    passive's agent, to the subject); not "the economy had until 2027 to recover" (no party on either side)."""
    if _deadline(verb) is None:
        return None
    given = index.at(event_subject(verb)) if verb.lemma_.lower() == "have" else index.at(_given_party(verb))
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    setter = index.at(agent_of(verb)) if agent_of(verb) is not None else index.at(event_subject(clause.head))\
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS else index.at(event_subject(verb))\
        if verb.lemma_.lower() == "give" and not any(c.dep_ == "nsubjpass" for c in children(verb)) else None
    # "Trump gives Kyiv until Thanksgiving to sign": the giver sets it
    if given is None or setter is None or None in {given.actor.code, setter.actor.code}\
            or given.actor.code == setter.actor.code:
        return None
    return setter, given
