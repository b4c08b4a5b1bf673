"""Dependency-parse helpers shared by the event, position and meeting extractors.

They find who a predicate's subject and object are (through passives, conjunctions, relative clauses and
control verbs) and which resolved actor mention stands at a token.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ..model import Actor

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CLAUSES = {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp"}
FINITE = {"VBD", "VBZ", "VBP"}  # verb tags of a finite clause: "pledged", not "to meet"
PERMITTING = {"let", "allow", "permit"}  # verbs that let another act: "would not let the Kremlin impose …"


@dataclass
class Mention:
    """An actor mention: its token range in the Doc, and the tokens it covers (an affiliation may lie outside)."""

    start: int
    end: int
    actor: Actor
    tokens: set[int] = field(default_factory=set)


# Head nouns of a phrase naming one office-holder by role ("the Russian leader", "the American president").
ONE_PERSON = {"leader", "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
              "spokesperson", "envoy", "negotiator", "diplomat", "ambassador", "aide", "adviser", "advisor",
              "secretary", "commander", "chief", "king", "queen", "prince", "dictator", "strongman"}


def hyphen_pair(token: Token) -> bool:
    """Whether a name is one of two joined by a hyphen before a noun ("Russia-Ukraine", "Trump-Putin")."""
    doc = token.doc
    before = token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].pos_ == "PROPN"
    after = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].pos_ == "PROPN"
    return token.pos_ == "PROPN" and (before or after)


_held = threading.local()
T = TypeVar("T")


def doc_memo(doc: Doc) -> dict:
    """A memo for the document this thread is reading; reading another replaces it. Kept outside the Doc (its
    ``user_data`` would hold tokens that point back to it, a cycle only the garbage collector frees)."""
    held = getattr(_held, "memo", None)
    if held is None or held[0] is not doc:
        held = _held.memo = (doc, {})
    return held[1]


def remembered(doc: Doc, key: tuple, make: Callable[[], T]) -> T:
    """What ``make`` gives for ``key`` in the document, made once per document (``doc_memo``)."""
    memo = doc_memo(doc)
    if key not in memo:
        memo[key] = make()
    return memo[key]


def tokens_of(span: Span) -> tuple[Token, ...]:
    """The tokens of a sentence, made once per document: spaCy builds a new Token object on every access, and the
    extractors walk the same sentences many times."""
    return remembered(span.doc, ("tokens", span.start, span.end), lambda: tuple(span))


def sentence_of(token: Token) -> Span:
    """``token.sent``, looked up among the document's sentences, listed once per document: spaCy's own walks the
    words out to the sentence's edges on every call."""
    starts, sents = remembered(token.doc, ("sentences",), lambda: _sentences(token.doc))
    return sents[bisect_right(starts, token.i) - 1]


def _sentences(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    sents = tuple(doc.sents)
    return [s.start for s in sents], sents


def children(token: Token) -> tuple[Token, ...]:
    """``token.children`` (in the same order), found for the whole document at once: spaCy builds every dependent
    again on each access, and the rules read the same words' dependents many times."""
    memo = doc_memo(token.doc)
    table = memo.get("children")
    if table is None:
        below: list[list[Token]] = [[] for _ in range(len(token.doc))]
        for t in token.doc:
            if t.head.i != t.i:
                below[t.head.i].append(t)
        table = memo["children"] = tuple(map(tuple, below))
    return table[token.i]


def subtree(token: Token) -> tuple[Token, ...]:
    """``token.subtree`` (in the same order), made once per document from ``children``: spaCy's own walk builds
    every word again through a generator per level."""
    memo = doc_memo(token.doc)
    known = memo.get("subtree")
    if known is None:
        known = memo["subtree"] = {}
    if token.i not in known:
        below = children(token)
        words: list[Token] = []
        for c in below:
            if c.i < token.i:
                words.extend(subtree(c))
        words.append(token)
        for c in below:
            if c.i > token.i:
                words.extend(subtree(c))
        known[token.i] = tuple(words)
    return known[token.i]


def state_mention(code: str, token: Token, text: str | None = None, sector: str | None = None) -> Mention:
    """A state standing in at one token for a phrase no actor mention covers ("the US draft", "in Kunduz")."""
    return Mention(token.i, token.i + 1, Actor(id=code, code=code, sector=sector, kind="state", name=code,
                                               text=token.text if text is None else text))


def group_mention(start: int, end: int, text: str, name: str | None = None) -> Mention:
    """A group of parties no state names ("the participants", "their joint statement", "Western capitals"): a
    holder with no code."""
    return Mention(start, end, Actor(code=None, sector=None, kind="group", name=name, text=text))


class ActorIndex:
    """The actor mentions of one sentence, looked up by token."""

    def __init__(self, mentions: list[Mention], documents: dict[str, str] | None = None,
                 pair: tuple[Actor, Actor] | None = None):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        # the owners of the documents the text has named so far ("memorandum" -> RUS), shared by its sentences
        self.documents = {} if documents is None else documents
        self.pair = pair  # the two parties an earlier sentence's event was between, for "the two presidents"
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)
        self._marked = sorted(self.by_token)  # the tokens inside mentions, for a quick test of a phrase's span

    def at(self, token: Token | None) -> Mention | None:
        """The mention that contains ``token``, else the first mention inside the phrase it heads."""
        if token is None:
            return None
        if token.i in self.by_token:
            return self.by_token[token.i]
        first = bisect_left(self._marked, token.left_edge.i)
        if first == len(self._marked) or self._marked[first] > token.right_edge.i:
            return None  # no mention within the phrase's span
        for t in subtree(token):
            if t.i in self.by_token and not _inside_clause(t, token):
                return self.by_token[t.i]
        return None

    def all_at(self, token: Token | None) -> list[Mention]:
        """The mention at ``token`` and those conjoined with it ("Russia and Ukraine", "X, Y and Z")."""
        first = self.at(token)
        if token is None or first is None:
            return []
        found = [first]
        members = [c for p in children(token) if p.dep_ == "prep" and p.lower_ in {"of", "from", "for"}
                   for g in children(p) if g.dep_ == "pobj" and (p.lower_ != "for" or token.tag_ == "NNS")
                   for c in _conjuncts(g)]  # "the leaders of X, Y and Z", "negotiators for X and Y" (not "the
        # envoy for X and Y", one person)
        members += [c for c in children(token) if c.dep_ == "amod" and any(g.dep_ == "conj" for g in children(c))]
        members += [m for c in children(token) if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                    and any(g.dep_ == "conj" for g in children(c)) for m in (c, *_conjuncts(c))]  # "Macron of France,
        # Merz of Germany, Tusk of Poland and Starmer …": a list parsed as an apposition with conjuncts
        for conj in _conjuncts(token) + members:  # … and "the Russian and American delegations"
            m = self.at(conj)
            if m is not None and m not in found:
                found.append(m)
        return found


def _inside_clause(t: Token, top: Token) -> bool:
    """Whether ``t`` sits in a clause or prepositional phrase below ``top`` rather than in its own phrase."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in CLAUSES | {"prep", "appos"} and t.head.i != top.i or t.dep_ in CLAUSES:
            return True
        t = t.head
    return False


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in children(token):
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
        elif child.dep_ == "appos" and child.ent_type_ in {"GPE", "NORP", "ORG"}:
            out.append(child)
        elif child.dep_ == "appos" and child.ent_type_ == "PERSON":
            out.extend(_conjuncts(child))  # "the chancellor, President Macron and President Zelensky"
        elif child.dep_ == "nmod" and any(g.dep_ == "cc" for g in children(child)):
            out.append(child)  # "Treasury Secretary Scott Bessent and Ukraine's First Deputy Prime Minister Yulia
            out.extend(_conjuncts(child))  # Svyrydenko", parsed with the first name on the last
    return out


SUBORDINATORS = {"as", "while", "when", "after", "before", "since", "until", "because", "once"}


def stray_clause_subject(verb: Token) -> Token | None:
    """The subject of a subordinate clause the parse read as a preposition's object: "as Riyadh, Abu Dhabi and
    Cairo broke relations", parsed with "Riyadh" under "as" and "broke" as a conjunct of the main verb."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"conj", "advcl"}\
            or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    k = verb.i - 1
    while k > 0 and verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in {"aux", "neg", "advmod"}:
        k -= 1
    top = verb.doc[k]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ not in SUBORDINATORS or top.right_edge.i != k\
            or top.pos_ not in {"PROPN", "NOUN"} or top.ent_type_ in {"DATE", "TIME"} or top.head.i < verb.head.i:
        return None
    return top


def is_stray_clause_subject(token: Token) -> bool:
    """Whether a preposition's object is really the subject of the verb right after it ("as Riyadh broke …")."""
    if token.dep_ != "pobj" or token.head.lower_ not in SUBORDINATORS:
        return False
    after = token.doc[token.right_edge.i + 1:token.right_edge.i + 4]
    return any(t.dep_ in {"conj", "advcl"} and (s := stray_clause_subject(t)) is not None and s.i == token.i
               for t in after)


def _opening_participle(tok: Token) -> bool:
    """Whether a participle opening the sentence was parsed as a subject beside the real one ("Meeting in
    Luxembourg on Monday, the European Community recognised …")."""
    return tok.dep_ == "nsubj" and tok.tag_ == "VBG" and any(
        c.dep_ == "nsubj" and c.i > tok.i for c in children(tok.head))


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, following conjunctions, control verbs and relative clauses up the tree (found
    once per word of a document)."""
    return remembered(verb.doc, ("subject", verb.i), lambda: _subject_of(verb))


def _subject_of(verb: Token) -> Token | None:
    stray = stray_clause_subject(verb)
    if stray is not None:
        return stray
    if _opening_participle(verb):  # "Meeting in Geneva, Kerry and Lavrov agreed": who met is who agreed
        return next(c for c in children(verb.head) if c.dep_ == "nsubj" and c.i > verb.i)
    seen = 0
    while seen < 8:
        seen += 1
        for child in children(verb):
            if child.dep_ in {"nsubj", "csubj"}:
                if _opening_participle(child) or _aside_subject(child, verb) or _contact_head(child, verb):
                    continue  # "Meeting in Luxembourg, the European Community recognised": the participle the
                    # parse read as a second subject; "sat down on Friday, their first encounter, and agreed"
                if child.tag_ == "WDT" or child.lower_ in {"who", "which", "that"}:
                    return verb.head if verb.dep_ == "relcl" else _cleft_focus(verb)
                return child
            if child.dep_ == "nsubjpass":
                agent = next((c for c in children(verb) if c.dep_ == "agent"), None)
                if agent is not None:
                    return next((g for g in children(agent) if g.dep_ == "pobj"), None)
                return None
            if child.dep_ == "aux" and child.i < verb.i:  # "Paris, Berlin and London are once again threatening",
                hung = next((g for g in children(child) if g.dep_ == "nsubj"), None)  # the subject hung on "are"
                if hung is not None:
                    return hung
        if verb.dep_ == "relcl" and is_infinitive(verb) \
                and verb.head.head.pos_ in {"VERB", "AUX"} and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "is offering steps to deflect the deadline": who offers, deflects
            continue
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ in {"xcomp", "conj", "advcl", "acomp"} and verb.head.i != verb.i or _sequel(verb):
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
                and verb.head.head.pos_ in {"VERB", "AUX"}:  # "signalled flexibility by proposing a summit"
            verb = verb.head.head
            continue
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head
        return None
    return None



def _aside_subject(subject: Token, verb: Token) -> bool:
    """Whether a conjoined verb's subject is an aside between commas before ", and" ("the delegations sat down on
    Friday, their first such encounter in years, and agreed to …"): the verb shares its head's subject."""
    doc = subject.doc
    start = subject.left_edge.i
    return verb.dep_ == "conj" and 0 < start < verb.i - 2 and doc[start - 1].text == ","\
        and doc[verb.i - 2].text == "," and doc[verb.i - 1].lower_ == "and"


def _contact_head(subject: Token, verb: Token) -> bool:
    """Whether a verb's first subject is a noun set off by a comma that a relative clause without "that"
    describes, parsed as a second subject ("…, terms Kyiv rejected as an ultimatum", "…, a step Kyiv hailed"):
    the nearer subject acts."""
    start = subject.left_edge.i
    return subject.pos_ == "NOUN" and start > 0 and subject.doc[start - 1].text == "," and any(
        c.dep_ == "nsubj" and c.left_edge.i == subject.right_edge.i + 1 and c.i < verb.i for c in children(verb))


SEQUELS = {"then", "later", "subsequently"}


def _sequel(verb: Token) -> bool:
    """"signed decrees on Monday, then ordered the army in", parsed as a loose dependent: the next act of the
    same subject."""
    return verb.dep_ == "dep" and verb.head.pos_ == "VERB" and verb.head.i < verb.i\
        and any(c.dep_ == "advmod" and c.lower_ in SEQUELS and c.i < verb.i for c in children(verb))


def _cleft_focus(verb: Token) -> Token | None:
    """"It was Kiev that abandoned the draft": the phrase a cleft sentence puts in focus is the subject."""
    be = verb.head
    if verb.dep_ != "ccomp" or be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it"
                                                             for c in children(be)):
        return None
    return next((c for c in children(be) if c.dep_ == "attr"), None)


def is_infinitive(verb: Token) -> bool:
    """Whether a verb has its own "to" ("to renounce", "decided to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb or participle: "a swap mediated by the UAE" → the UAE ("spoke by
    telephone" has none, nor "detained by Saturday evening", a deadline read as one)."""
    agent = next((c for c in children(verb) if c.dep_ == "agent"), None)
    if agent is None or verb.tag_ != "VBN":
        return None
    return next((g for g in children(agent) if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}), None)


def object_of(head: Token, preps: set[str]) -> Token | None:
    """The direct object of a verb, else the object of one of ``preps`` attached to it."""
    for child in children(head):
        if child.dep_ in {"dobj", "dative", "iobj"}:
            return child
    for child in children(head):
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((g for g in children(child) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def plural_origins(noun: Token, lemmas: set[str]) -> list[Token]:
    """The plural nouns among ``lemmas`` that a group is "of" or "from": "countries" in "officials from about 40
    countries", "democracies" in "leaders of six industrial democracies"."""
    return [g for p in children(noun) if p.dep_ == "prep" and p.lower_ in {"of", "from"} for g in children(p)
            if g.dep_ == "pobj" and g.lemma_.lower() in lemmas and g.tag_ in {"NNS", "NNPS"}]


def negated(head: Token) -> bool:
    """Whether ``head`` (or the auxiliary chain above it) is negated: "did not meet", "never met", either verb of
    "would neither accept nor recognise" (parsed with "neither" and "nor" on the first, the second its conjunct)."""
    if head.dep_ == "conj" and any(c.dep_ in {"cc", "preconj"} and c.lower_ in {"nor", "neither"}
                                   for c in children(head.head)):
        return True
    for t in (head, head.head if head.dep_ in {"xcomp", "aux"} else head):
        if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} and c.dep_ in {"advmod", "neg"}
               or c.dep_ == "preconj" and c.lower_ == "neither" for c in children(t)):
            return True
    return False


def bare(actor: Actor) -> Actor:
    """An actor as the argument of an event or position: without its mention offsets."""
    return actor.model_copy(update={"sentence": None, "start": None, "end": None})
