"""Positions: who wants what on which issue, in whose words, with the sentence as evidence.

An issue phrase from the pack ("ceasefire", "NATO membership", "four regions") is tied to the stance predicate
that governs it ("demands", "is ready for", "rejected", "will never recognise"), whose subject is the holder —
through reporting verbs ("Peskov said Moscow wants…"), possessives ("Russia's memorandum calls for…") and
conjunctions (one position per holder). Negation flips the stance; "only after", "as long as" make it a
condition; "reiterated", "as in 2022" make it an explicit repeat. A medium or analyst is never the holder:
it is ``reported_by``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..model import Position, RepeatRef
from ..ontology.schema import Pack
from .attribution import REPORTING_VERBS, attribute, is_analyst, is_reporter
from .geography import Geography, geography
from .issue_similarity import issue_similarity
from .scale import NEGATIVE, point_of
from .syntax import ActorIndex, Mention, bare, state_mention, subject_of

MODALS = {"must", "should", "have", "need"}
DOCUMENT_NOUNS = {"memorandum", "plan", "proposal", "draft", "statement", "communique", "communiqué", "paper",
                  "letter", "decree", "resolution", "framework", "roadmap", "declaration", "position", "text",
                  "offer", "initiative", "formula", "demands", "conditions", "terms"}
# Issues whose everyday words ("talks", "peace") also frame the specific issues of a sentence.
GENERIC_ISSUES = {"talks_format", "war_aims"}
SETTLEMENT = "war_aims"  # the deal that other issues are settled in
DOCUMENT_PARTS = {"part", "section", "clause", "point", "first", "second", "third", "article", "paragraph",
                  "chapter", "annex", "document", "option", "provision"}
# Prepositions that only date or place what a sentence says ("before the talks", "agreed at the second round").
SETTING_PREPS = {"before", "after", "until", "since", "during", "following", "ahead", "prior", "at"}
AIMING_VERBS = {"aim", "target", "direct", "level"}  # "aimed at the shadow fleet" names a target, no setting
STATIVE_VERBS = {"be", "remain", "stay"}  # "said the ceasefire remained in force" reports a state, not an event
BODIES = {"convention", "treaty", "agreement", "deal", "pact", "accord", "organisation", "organization", "court",
          "council", "centre", "center", "programme", "program", "initiative"}
VERB_ONLY_CUES = {"force", "host", "press", "bar"}  # stance verbs whose nouns say nothing: "a European force"
LISTING_VERBS = {"list", "spell", "enumerate", "name", "detail"}
# Stance words that say what their subject itself wants or thinks; other stance words ("keep", "lift", "must")
# in a reported clause say what the speaker wants of the clause's subject ("Europe said Ukraine should keep…").
OWN_ATTITUDES = {"demand", "insist", "call", "urge", "press", "push", "seek", "ask", "request", "want", "wish",
                 "hope", "expect", "propose", "offer", "suggest", "table", "float", "present", "unveil", "support",
                 "back", "welcome", "endorse", "favour", "favor", "accept", "agree", "reject", "refuse", "oppose",
                 "object", "dismiss", "rule", "decline", "resist", "criticise", "criticize", "condemn", "denounce",
                 "complain", "warn", "threaten", "need", "ready", "willing", "prepared", "interested", "open",
                 "unwilling", "reluctant", "veto", "block", "spurn", "turn", "brush", "deny", "doubt", "question",
                 "commit", "pledge", "promise", "vow", "decide", "intend", "aim", "try", "resolve", "plan"}
PROCESS_VERBS = {"discuss", "negotiate", "consider", "address", "talk", "debate", "examine", "review"}
ROUNDS = re.compile(r"\b(Istanbul|Minsk|Geneva|Riyadh|Jeddah|Abu Dhabi|Anchorage|Antalya|Bürgenstock|Belarus)\b")
SIMILAR_ISSUES = 14  # an issue phrase counts if its issue is among the sentence's most similar (train, train2)
YEAR = re.compile(r"\b(20[012]\d)\b")


@dataclass
class PositionLexicon:
    """The pack's issue phrases and stance words, compiled for one spaCy pipeline."""

    issues: PhraseMatcher  # cue words as written
    issue_lemmas: PhraseMatcher  # and as lemmas ("ceasefires", "guaranteed")
    verbs: set[str]  # one-word cues written as a base form: only these match a verb ("remains" not "remained")
    stance_words: dict[str, str]  # single lemma -> stance
    conditions: list[tuple[str, ...]]
    phrases_by_word: dict[str, list[tuple[tuple[str, ...], str]]]  # first (or, after "be", second) word
    back_refs: list[tuple[str, ...]]
    labels: dict[str, str]
    hedges: set[str]
    qualifiers: dict[str, set[str]]  # issue -> the words before the last one of its multi-word cues

    @classmethod
    def build(cls, pack: Pack, nlp: Language) -> "PositionLexicon":
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        verbs: set[str] = set()
        for issue in pack.issues:
            cues = [c for c in pack.cues_of(issue) if c.strip()]
            matcher.add(issue.id, [nlp.make_doc(c) for c in cues])
            parsed = list(nlp.pipe(cues, disable=["parser", "ner"]))
            lemmas.add(issue.id, parsed)
            verbs |= {d[0].lower_ for d in parsed if len(d) == 1 and d[0].lemma_.lower() == d[0].lower_}
        words: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for stance, cues in pack.stance_cues.items():
            for cue in cues:
                parts = tuple(cue.lower().split())
                if len(parts) == 1:
                    words.setdefault(parts[0], stance)
                else:
                    phrases.setdefault(parts, stance)
        by_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for parts, stance in phrases.items():
            by_word.setdefault(parts[1] if parts[0] == "be" else parts[0], []).append((parts, stance))
        return cls(matcher, lemmas, verbs, words, [tuple(c.split()) for c in pack.condition_markers], by_word,
                   [tuple(c.split()) for c in pack.back_references], {i.id: i.label for i in pack.issues},
                   {h.lower() for h in pack.hedges},
                   {i.id: {w for c in pack.cues_of(i) for w in c.lower().split()[:-1]} for i in pack.issues})


_LEXICONS: dict[tuple[int, int], PositionLexicon] = {}


def lexicon(pack: Pack, nlp: Language) -> PositionLexicon:
    key = (id(pack), id(nlp))
    if key not in _LEXICONS:
        _LEXICONS[key] = PositionLexicon.build(pack, nlp)
    return _LEXICONS[key]


def _stance_of(tok: Token, lex: PositionLexicon) -> str | None:
    """The stance a token expresses, from single words and from phrases that start at it."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    for parts, stance in lex.phrases_by_word.get(lemma, ()):
        n = len(parts)
        window = doc[tok.i:tok.i + n]
        if len(window) == n and tuple(t.lemma_.lower() for t in window) == parts:
            return stance
        if parts[0] == "be" and len(parts) >= 2 and parts[1] == lemma:
            return stance
        if parts[0] == lemma and n == 2 and any(c.lower_ == parts[1] for c in tok.children):
            return stance
    if tok.pos_ == "NOUN" and lemma in VERB_ONLY_CUES:
        return None
    return lex.stance_words.get(lemma) or lex.stance_words.get(tok.lower_)


def _governing_stance(hit_root: Token, lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """The nearest stance predicate above an issue phrase (the phrase itself may be one: "the demand")."""
    t, steps = hit_root, 0
    while steps < 9:
        if t.pos_ in {"VERB", "AUX"} and (judged := _judgement(t, lex)):  # "declared talks impossible"
            return judged
        if t.pos_ in {"VERB", "AUX"}:
            steps = max(steps, 1)
            if t.lemma_ in STATIVE_VERBS and (said := _predicate(t, lex)):  # "membership was off the table"
                return said
        elif (steps == 0 or t.i == hit_root.head.i and hit_root.dep_ in {"nummod", "compound", "amod"}) \
                and (wanted := _object_relative(t, lex)):  # "the 85,000 troops Moscow sought"
            return wanted
        stance = _stance_of(t, lex)
        if stance and _says_nothing(t):
            return None
        if stance and t.pos_ in {"VERB", "AUX", "NOUN", "ADJ", "PROPN", "ADV", "DET", "PART"}:
            return t, stance
        for child in t.children:  # "Ukraine must withdraw", "no recognition"
            if child.dep_ in {"aux", "neg", "det", "advmod"} and (_stance_of(child, lex) in {"demand", "reject"}):
                return child, _stance_of(child, lex)  # type: ignore[return-value]
        if t.head.i == t.i or _own_clause(t):
            return None
        steps += t.dep_ not in {"conj", "appos", "nmod"}  # a list of regions counts as one step
        t = t.head
    return None


def _stance_above(hit: Span, hits: list[Span], lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """The stance that governs an issue phrase; a refusing word inside an issue phrase that names an act
    ("withdraw its troops from the four regions" read as "withdraw from") is the act itself, so the stance is
    sought above that act."""
    found = _governing_stance(hit.root, lex, sent)
    if found is None or found[1] not in NEGATIVE:
        return found
    act = next((h for h in hits if len(h) > 1 and h.label_ == hit.label_ and h.start <= found[0].i < h.end), None)
    if act is None:
        return found
    if act.root.head.i == act.root.i or act.root.dep_ == "conj":
        return None  # "was ready for a ceasefire and would not withdraw its troops": the act has no governor
    return _governing_stance(act.root.head, lex, sent)


def _own_clause(verb: Token) -> bool:
    """Whether a verb heads a conjoined clause with its own subject ("Kyiv dismissed the offer, and Zelensky called
    the memorandum an ultimatum"): the first clause's stance does not reach into it."""
    return verb.pos_ in {"VERB", "AUX"} and verb.dep_ == "conj" and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


NO_COMMENT = {"comment", "elaborate", "specify", "speculate"}


def _says_nothing(verb: Token) -> bool:
    """"Declined to say who would lead the delegation", "the talks are expected to begin", "failed to agree on a
    ceasefire": a refusal to comment, a forecast in the passive and an outcome that did not come about take no
    stance on what follows ("should not be expected" does)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return True
    if verb.lemma_.lower() in {"decline", "refuse"}:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in REPORTING_VERBS | NO_COMMENT for c in verb.children)
    return verb.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ in {"agent", "neg"} or c.lower_ in MODALS for c in verb.children)


def _predicate(copula: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """A stance phrase that a copula predicates of its subject ("was out of the question", "is off the table"), or
    a goal noun as its subject ("our task is to establish a lasting peace")."""
    if copula.dep_ in {"ccomp", "xcomp"} and copula.head.lemma_.lower() not in REPORTING_VERBS \
            and _stance_of(copula.head, lex):
        return None  # "accept that membership is off the table": the outer stance speaks
    said = [c for c in copula.children if c.dep_ in {"prep", "acomp", "advmod"}]
    said += [g for c in copula.children if c.dep_ == "attr" for g in c.children if g.dep_ == "amod" and g.i < c.i]
    return next(((c, stance) for c in said if (stance := _stance_of(c, lex))), None) or next(
        ((c, stance) for c in copula.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and (stance := _stance_of(c, lex)) in {"support", "demand"}
                 and any(k.dep_ == "xcomp" for k in copula.children)), None)  # "our task is to …"


def _object_relative(noun: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """A relative clause whose subject wants, offers or refuses the noun it modifies ("the verification
    measures Moscow has demanded", "a figure the Kremlin never withdrew", "talks broken off by Kyiv"); not one
    whose gap is its subject ("sanctions that hamper exports")."""
    for clause in noun.children:
        if clause.dep_ == "acl" and _agent(clause) is not None and (stance := _stance_of(clause, lex)):
            return clause, stance  # "the truce demanded by the European leaders"
        if clause.dep_ != "relcl" or (stance := _stance_of(clause, lex)) is None:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ not in {"WDT", "WP"} and subject.lower_ not in {"that", "which", "who"}:
            return clause, stance
        if subject is None and any(c.dep_ == "agent" for c in clause.children):
            return clause, stance  # "the talks, which had been broken off by the Ukrainian side"
    return None


def _agent(verb: Token) -> Token | None:
    """Who a passive participle names as its doer ("demanded by the European leaders")."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _raised_subject(verb: Token) -> Token | None:
    """"The EU is expected to adopt …", "Russia is said to favour …": the subject of a passive verb whose
    infinitive says what that subject does."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.head.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _judgement(verb: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """A stance word a verb predicates of its object: "declared talks impossible", "regards it as unacceptable",
    also when parsed as an adjective after a noun of the object ("declared talks with Putin impossible") or as a
    clause of its own ("regards as legally void")."""
    for child in verb.children:
        judged = child.dep_ in {"oprd", "acomp", "ccomp"} or child.dep_ == "advcl" and any(
            g.lower_ == "as" for g in child.children)
        words = [child] if judged and child.pos_ == "ADJ" else \
            [g for g in child.children if g.pos_ == "ADJ" or g.dep_ == "pobj"] if child.lower_ == "as" else \
            [g for g in child.subtree if g.dep_ == "amod" and g.i > g.head.i] if child.dep_ == "dobj" else []
        for word in words:
            stance = _stance_of(word, lex)
            if stance in {"oppose", "reject", "support"}:
                return word, stance
    return None


def _outermost(found: tuple[Token, str], lex: PositionLexicon) -> tuple[Token, str]:
    """"Europe demands that Russia accept a ceasefire": a stance in the complement of a demanding or proposing
    predicate is the outer holder's demand, not the inner subject's acceptance; "refused to agree to a truce"
    is a refusal."""
    tok, stance = found
    pressed = _misparsed_control(tok, lex)
    if pressed is not None:
        return pressed, "demand"
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" \
            and (outer := _stance_of(tok.head.head, lex)):
        return tok.head.head, outer  # "could not consent to opening the accession talks"
    t = tok
    while t.dep_ == "conj" and t.head.pos_ in {"VERB", "AUX"}:  # "… demands that Kyiv withdraw and accept …"
        t = t.head
    for _ in range(3):
        if t.dep_ not in {"ccomp", "xcomp"} or t.head.i == t.i:
            break
        t = t.head
        outer = _stance_of(t, lex)
        if outer in {"demand", "propose"} and t.lemma_.lower() not in REPORTING_VERBS:
            return t, outer
        if outer in {"reject", "oppose"} and tok.dep_ == "xcomp" and tok.head.i == t.i:
            return t, outer  # "Lavrov refused to agree to a ceasefire"
    return tok, stance


def _misparsed_control(verb: Token, lex: PositionLexicon) -> Token | None:
    """"Trump pressed Zelensky to accept…" parsed as a "pressed Zelensky" subject of "accept": the demanding
    verb hangs off the inner subject as a modifier, its own subject as a compound before it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in subject.children if c.dep_ == "amod" and c.pos_ == "VERB" and
                 _stance_of(c, lex) == "demand" and _control_subject(c) is not None), None)


def _control_subject(pressed: Token) -> Token | None:
    """The subject of a demanding verb misparsed as a modifier: its own subject, or a compound before it."""
    return next((c for c in pressed.children if c.dep_ == "nsubj"), None) or next(
        (c for c in pressed.head.children if c.dep_ == "compound" and c.i < pressed.i), None)


def _reported_clause(hit: Span, index: ActorIndex, lex: PositionLexicon, geo: Geography) -> tuple[Token, str] | None:
    """An issue in what a speaker said, with no stance word ("Putin said the aim was demilitarisation"):
    the speaker's reporting verb stands for the stance, positive unless the clause is negated; a party's own
    demand or goal as the clause subject ("Sikorski said Russia's goal was…") stands for it instead."""
    clause = next((t for t in hit.root.ancestors if t.dep_ in {"ccomp", "parataxis"}), None)
    if clause is None or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    verb = next(t for t in hit.root.ancestors if t.i == clause.i or t.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in t.children))
    if verb.tag_ == "VBD" and verb.lemma_.lower() not in STATIVE_VERBS | REPORTING_VERBS and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # "the ministry said missiles hit grain terminals": a past event, no position
    aim = subject_of(verb)
    if aim is not None and aim.pos_ == "NOUN" and (stance := _stance_of(aim, lex)) and _noun_owner(aim, index, geo):
        return aim, stance
    subject = subject_of(clause.head)
    document = subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS
    speaker = index.at(subject)
    if speaker is None and not document or speaker is not None and is_analyst(speaker.actor, clause.head):
        return None  # what an analyst writes is not the analyst's position
    negative = any(c.dep_ == "neg" for t in (clause, *clause.children) for c in t.children) or \
        any(t.lower_ in {"no", "never"} for t in clause.subtree)
    if negative:
        return clause.head, "reject"
    return clause.head, "propose" if document else "support"  # what a plan says, it proposes


def _document_clause(hit: Span, context: Mention | None) -> tuple[Token, str] | None:
    """"The 28-point draft would cap Ukraine's army", "the memorandum also envisages …", and after it "It would
    also lift sanctions": whatever a plan or draft does to an issue, it proposes (rejects when negated)."""
    for verb in (t for t in (hit.root, *hit.root.ancestors) if t.pos_ in {"VERB", "AUX"}):
        subject = subject_of(verb)
        if subject is None:
            continue
        document = subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS
        if not document and not (context is not None and _opening_it(subject)):
            return None
        return verb, "propose"  # negated later, with the verb
    return None


def _opening_it(subject: Token) -> bool:
    """Whether a subject is the "It" that opens a sentence and so goes on about the previous sentence's party
    or document ("It would also lift sanctions in stages")."""
    return subject.lower_ == "it" and subject.is_sent_start  # not subject.sent: finding the sentence is slow


def _promised(hit: Span, index: ActorIndex) -> tuple[Token, str] | None:
    """"Washington would give Ukraine a guarantee", "Kyiv will hold elections": what an actor says it will do
    on an issue is a proposal (a refusal when negated)."""
    verb = next((t for t in (hit.root, *hit.root.ancestors) if t.pos_ == "VERB"), None)
    if hit.root.dep_ in {"nsubj", "nsubjpass"} and hit.root.head == verb:
        return None  # "the delegation will fly to Istanbul": the issue phrase is who acts, not what is promised
    if verb is not None and verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" for c in verb.children):
        verb = verb.head  # "he would travel to Turkey to meet Putin": the promise is the travel's
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"}
                               for c in verb.children):
        return None
    if index.at(subject_of(verb)) is None:
        return None
    return verb, "propose"  # "will not …" is negated later, with the verb


def _planned(hit: Span) -> bool:
    """Whether a talks phrase is what someone does or will do ("said the delegation would go to Istanbul"), not
    who acts ("the meeting will begin"), what happened ("had briefed them on the meeting") or what someone
    declined to say ("whether he might travel to Turkey")."""
    verb = next((t for t in hit.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and not (hit.root.dep_ in {"nsubj", "nsubjpass"} and hit.root.head.i == verb.i) \
        and verb.tag_ not in {"VBD", "VBN"} and not any(_says_nothing(t) for t in verb.ancestors)


def _as_clause(hit: Span, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"Holding an election now, as Moscow demands, would…": the stance of an "as X demands" aside covers the
    issues of the clause it is attached to."""
    for verb in hit.sent:
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            continue
        stance = _stance_of(verb, lex)
        if stance is None or subject_of(verb) is None:
            continue
        scope = verb.head
        inside = scope.left_edge.i <= hit.root.i <= scope.right_edge.i
        if inside and not verb.left_edge.i <= hit.root.i <= verb.right_edge.i:
            return verb, stance
    return None


def _under_document(hit: Span, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """"Ukraine would hold elections … under the US draft": what a party's document provides, it proposes."""
    for prep in hit.sent:
        if prep.lower_ != "under" or prep.dep_ != "prep":
            continue
        document = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if document is not None and document.lemma_.lower() in DOCUMENT_PARTS:  # "under the first option in …"
            document = next((g for p in document.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                             for g in p.children if g.dep_ == "pobj"), document)
        if document is not None and document.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS \
                and _document_owners(document, index, geo):
            return document, "propose"
    return None


def _provided(found: tuple[Token, str] | None, hit: Span, index: ActorIndex,
              geo: Geography) -> tuple[Token, str] | None:
    """"Under the first section, Ukraine is to recognise Crimea": what a party does under a document's terms is
    the document owner's proposal, not the party's own stance."""
    if found is None or found[0].pos_ not in {"VERB", "AUX"}:
        return None
    under = _under_document(hit, index, geo)
    if under is None:
        return None
    prep = next((t for t in under[0].ancestors if t.lower_ == "under"), None)
    return under if prep is not None and prep.head.i in {found[0].i, *(t.i for t in found[0].ancestors)} else None


def _document_provision(hit: Span, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """"The 28-point draft's blanket amnesty", "the memorandum's second option, a ceasefire …": what a party's
    document is said to contain, it proposes."""
    for noun in (hit.root, *hit.root.ancestors):
        if noun.pos_ in {"VERB", "AUX"}:
            return None
        document = next((c for c in noun.children if c.dep_ == "poss" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
        if document is not None and _document_owners(document, index, geo):
            return document, "propose"
    return None


def _worked_on(hit: Span, lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """"Ready to work on a memorandum", "asked to see the memorandum first": a document the talks are about is the
    talks issue itself, with the stance of the predicate above it rather than its own noun's."""
    root = hit.root
    if hit.label_ != "talks_format" or root.lemma_.lower() not in DOCUMENT_NOUNS or root.head.i == root.i:
        return None
    return _governing_stance(root.head, lex, sent)


def _names_document(hit: Span, governed: tuple[Token, str] | None, lex: PositionLexicon) -> bool:
    """"The American peace plan", "Zelensky's victory plan": a document's name is no position on war or talks
    (a "ceasefire proposal" is one on the ceasefire)."""
    if governed is None or hit.label_ not in GENERIC_ISSUES or governed[0].lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return governed[0].i == hit.root.i or hit.root.dep_ == "compound" and hit.root.head.i == governed[0].i


def _nothing_undoes(hit: Span, governed: tuple[Token, str] | None) -> bool:
    """"No peace deal could erase them": saying that no deal or talks could undo something is no stance on them."""
    if governed is None or hit.label_ not in GENERIC_ISSUES or governed[0].head.i != hit.root.i:
        return False
    verb = hit.root.head
    return governed[0].lower_ == "no" and hit.root.dep_ == "nsubj" and any(
        c.dep_ in {"dobj", "ccomp"} for c in verb.children)


def _step_toward(hit: Span) -> bool:
    """"An exchange of prisoners as a first step toward ending the war": a goal something leads to."""
    prep = next((t for t in hit.root.ancestors if t.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in {"toward", "towards"} and prep.head.pos_ == "NOUN"


def _document_speaks(hit: Span) -> bool:
    """"The Russian memorandum's demand that …", "the memorandum calls for …", "the first section of the
    memorandum lists …": a paper that states positions is their source, not a position on the talks."""
    root = hit.root
    if hit.label_ != "talks_format" or root.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in DOCUMENT_PARTS:
        root = root.head.head
    return root.dep_ in {"poss", "nsubj"}


PEOPLES = {"country", "nation", "people", "state", "neighbour", "neighbor"}


def _faith_of_peoples(hit: Span) -> bool:
    """"Two Orthodox countries", "Orthodox nations": the faith of peoples, no position on a church."""
    return hit.label_ == "church" and len(hit) == 1 and hit.root.dep_ in {"amod", "compound"} \
        and hit.root.head.lemma_.lower() in PEOPLES


def _left_body(hit: Span) -> bool:
    """"Withdraw from the Ottawa convention", "withdrew from the International Centre": a cue ending in "from"
    that leaves a treaty or an organisation, not a place."""
    if hit[-1].lower_ != "from":
        return False
    left = next((c for c in hit[-1].children if c.dep_ == "pobj"), None)
    return left is not None and (left.ent_type_ in {"ORG", "LAW", "EVENT"} or left.lemma_.lower() in BODIES)


def _idiom_table(hit: Span) -> bool:
    """"Membership is not on the table", "remains on the table": the idiom for being considered, not talks."""
    return hit.root.lower_ == "table" and hit.root.head.lower_ in {"on", "off"} and not any(
        c.dep_ in {"compound", "amod"} for c in hit.root.children)


def _below(inner: Token, outer: Token) -> bool:
    """Whether a phrase head lies inside another's phrase ("talks on territory"), not beside it as a conjunct
    ("a leaders' meeting and a ceasefire")."""
    t = inner
    while t.i != outer.i:
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        t = t.head
    return True


def _nested(a: Token, b: Token) -> bool:
    """Whether one of two phrase heads lies inside the other's phrase."""
    return a.i != b.i and (_below(a, b) or _below(b, a))


def _in_setting_phrase(hit: Span) -> bool:
    """Whether an issue phrase only dates or places something ("before formal talks", "since the ceasefire",
    "ahead of any truce", "agreed at the second round")."""
    for t in hit.root.ancestors:
        if t.dep_ == "prep":
            if t.lower_ in {"of", "to"} and t.head.lower_ in {"ahead", "prior"}:
                t = t.head
            return t.lower_ in SETTING_PREPS and not any(a.lower_ == "only" for a in t.children) and not (
                t.i > 0 and t.doc[t.i - 1].lower_ in {"only", "not"}) and not hit.root.like_num \
                and t.head.lemma_.lower() not in AIMING_VERBS  # "cap it at 600,000", "pressure aimed at the fleet"
        if t.pos_ in {"VERB", "AUX"}:
            return False
    return False


TERRITORY_NOUNS = {"territory", "soil", "land"}
REGION_NOUNS = {"region", "oblast", "province"}
SITE_NOUNS = {"plant", "station", "npp", "reactor", "power"}
LOCATIVE_PREPS = {"on", "across", "through", "in", "into", "from", "over", "onto", "within"}


def _mere_place(hit: Span) -> bool:
    """Whether a territory phrase only locates something ("weapons moved across its territory", "troops on
    its soil", "settlements in the Kherson region") or names the site of another issue ("the Zaporizhzhia
    plant", "Zaporizhzhia's power")."""
    if hit.label_ != "territory":
        return False
    root = hit.root
    if root.lemma_.lower() in TERRITORY_NOUNS and root.head.lower_ in LOCATIVE_PREPS and root.dep_ == "pobj" \
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children):
        return True
    place = root.head if root.dep_ == "compound" and root.head.lemma_.lower() in REGION_NOUNS else root
    named = place.pos_ == "PROPN" or place.lemma_.lower() in REGION_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children)
    if named and place.dep_ == "pobj" and place.head.lower_ in {"in", "near", "around", "inside"}:
        return True  # "residents of settlements in the Kherson region", "fighting near Donetsk"
    return root.dep_ in {"compound", "poss", "nmod"} and root.head.lemma_.lower() in SITE_NOUNS


CONDITION_MARKS = {"unless", "until", "once", "if"}


def _asked_in_condition(hit: Span, lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """"No truce unless Ukraine pulls out of the four regions", "would not lift its veto until deliveries
    resumed": what a condition asks for, whoever sets the condition demands."""
    clause = next((t for t in (hit.root, *hit.root.ancestors) if t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)), None)
    if clause is None:
        return None
    main = clause.head
    found = _governing_stance(main, lex, sent) or next(
        ((g, "reject") for c in main.children if c.dep_ in {"attr", "dobj", "nsubj"} for g in c.children
         if g.dep_ == "det" and g.lower_ == "no"), None)
    if found is None:  # "the memorandum says a ceasefire can begin once Ukraine withdraws": the sayer's demand
        report = next((t for t in (main, *main.ancestors) if t.dep_ in {"ccomp", "parataxis"}), None)
        found = (report.head, "demand") if report is not None and report.head.lemma_.lower() in REPORTING_VERBS \
            and not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children) else None
    return (found[0], "demand") if found is not None and not _inside_condition_clause(found[0]) else None


ONLY_WHEN = {"if", "after", "once", "when", "until"}


def _only_when(verb: Token) -> bool:
    """Whether a clause is said to hold only under a condition ("would be possible only after the delegations
    had done their work", "could be considered only if …")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ONLY_WHEN for m in c.children) and (
        any(a.lower_ == "only" for a in c.children) or any(a.lower_ == "only" for a in verb.children)
        or any(a.lower_ == "only" for m in c.children if m.dep_ == "mark" for a in m.children)) for c in verb.children)


def _inside_condition_clause(tok: Token) -> bool:
    """Whether a predicate only states a condition of another ("until Russia agrees to a ceasefire")."""
    for t in [tok, *tok.ancestors]:
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if t.dep_ == "advcl" and (marks & {"until", "unless", "if", "once"} or marks & {"before", "after", "when"}
                                  and t.tag_ != "VBD"):  # "after Trump urged Kyiv to …" narrates, no condition
            return True
        if t.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


def _hedged(tok: Token, lex: PositionLexicon) -> bool:
    """Whether a stance is softened: "may accept", "reportedly wants", "appears ready to"."""
    governor = tok.head if tok.dep_ in {"aux", "xcomp", "acomp", "neg"} else tok
    near = [*tok.children, *governor.children, governor]
    return any(t.lower_ in lex.hedges or t.lemma_.lower() in lex.hedges for t in near if t.i != tok.i)


def _negated(tok: Token) -> bool:
    """Whether a predicate is negated ("not", "no longer", a noun's "no plans to travel"), also as the "or"
    conjunct of a negated one ("would not surrender territory or agree to cuts")."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) \
            and any(c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return True
    governor = tok.head if tok.dep_ in {"aux", "xcomp", "acomp"} or tok.dep_ == "prep" \
        and tok.head.lemma_ in STATIVE_VERBS else tok  # "was not on the agenda"
    if any(c.dep_ == "neg" or c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no"  # "no longer"
           for c in list(tok.children) + list(governor.children)):
        return True
    return tok.dep_ == "conj" and any(c.lower_ in {"or", "nor"} for c in tok.head.children) \
        and not any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "neg" for c in tok.head.children)


def _owner_state(owner: Token | None, geo: Geography) -> Mention | None:
    """The state behind "the US draft" or "Kyiv's framework" when the owner word is no actor mention."""
    code = geo.government_in(owner) if owner is not None else None
    if code is None:
        return None
    return state_mention(code, owner, sector="GOV")


def _document_owners(document: Token, index: ActorIndex, geo: Geography, known: bool = True) -> list[Mention]:
    """Whose document a memorandum, plan or draft is ("Russia's memorandum", "the US draft"), or, with no owner
    named, who signed, published or showed it ("Putin signed decrees recognising…"); ``known``: also the owner
    the pack gives a document named without one ("the 28-point plan")."""
    owner = next((c for c in document.children if c.dep_ in {"poss", "compound", "amod"}), None)
    owners = index.all_at(owner) or ([stand_in] if (stand_in := _owner_state(owner, geo)) else [])
    known = known and not owners and geo.document_owner(document.doc[document.left_edge.i:document.i + 1].text)
    if known:  # "the 28-point plan"
        owners = [state_mention(known, document, sector="GOV")]
    if not owners and document.dep_ == "dobj":
        owners = index.all_at(subject_of(document.head))
    lemma = document.lemma_.lower()
    if owners and owners[0].actor.code:
        index.documents.pop(lemma, None)  # the latest named last
        index.documents[lemma] = owners[0].actor.code
    elif not owners and lemma in index.documents:  # "the memorandum", after "Russia's memorandum"
        owners = [state_mention(index.documents[lemma], document, sector="GOV")]
    elif not owners and lemma in DOCUMENT_PARTS and index.documents:  # "the second section", of the latest one
        owners = [state_mention(next(reversed(index.documents.values())), document, sector="GOV")]
    return owners


def _noun_owner(noun: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """Whose demand or refusal a noun is: "Russia's insistence", "the US proposal", "the Kremlin's list of
    conditions", and "its demands" for the subject of the clause around it."""
    for t in (noun, noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None):
        if t is None:
            continue
        modifiers = _modifiers(t)
        owner = next((c for c in modifiers if index.at(c)), None)
        if owner is not None:
            return index.all_at(owner)
        stand_in = next((m for c in modifiers if c.pos_ in {"PROPN", "ADJ"} and (m := _owner_state(c, geo))), None)
        if stand_in is not None:
            return [stand_in]
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
            if thanked := _thanked_for(t, index):
                return thanked
            verb = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            return index.all_at(subject_of(verb)) if verb is not None else []
        by = next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                   if g.dep_ == "pobj" and index.at(g)), None)
        if by is not None:  # "demands by several European leaders"
            return index.all_at(by)
    return []


def _modifiers(noun: Token) -> list[Token]:
    """A noun's owner-like modifiers, also those of a compound before it ("the US ceasefire proposal" parsed with
    "US" on "ceasefire")."""
    own = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"}]
    return own + [g for c in own if c.dep_ == "compound" for g in c.children if g.dep_ in {"poss", "compound", "amod"}]


def _said_of_itself(subject: Token | None, index: ActorIndex, geo: Geography) -> list[Mention]:
    """"Ukraine turned down the offer, saying it needed a ceasefire", "Kyiv's proposals showed it was ready",
    "Zelensky's office said he would…": "it", "he" or "she" in what a party says or shows is that party."""
    if subject is None or subject.lower_ not in {"it", "he", "she"} or subject.head.dep_ != "ccomp":
        return []
    outer = subject_of(subject.head.head)
    if outer is None:
        return []
    found = index.all_at(outer)
    return found or (_document_owners(outer, index, geo) if outer.lemma_.lower() in DOCUMENT_NOUNS else [])


CREDITING_VERBS = {"thank", "praise", "commend", "congratulate", "applaud", "criticise", "criticize", "blame",
                   "fault", "condemn", "accuse"}


def _thanked_for(noun: Token, index: ActorIndex) -> list[Mention]:
    """"Thanked Türkiye for its readiness to host the talks", "… and for its support of …": whose readiness or
    support a thanked or blamed party's "its" is."""
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CREDITING_VERBS:
        return []
    return index.all_at(next((c for c in prep.head.children if c.dep_ == "dobj"), None))


def _credited(stance_tok: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """"Thanked Trump for supporting the talks", "blamed Kyiv for rejecting the plan": the one thanked or blamed
    for doing something holds the stance of that doing, also a state's office-holder named by nationality ("his
    American counterpart")."""
    prep = stance_tok.head
    if stance_tok.dep_ != "pcomp" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CREDITING_VERBS:
        return []
    thanked = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    stand_in = next((m for c in (thanked.children if thanked is not None else ()) if c.dep_ == "amod"
                     and (m := _owner_state(c, geo))), None)
    return index.all_at(thanked) or ([stand_in] if stand_in else [])


def _holders(stance_tok: Token, hit: Span, index: ActorIndex, speaker: Mention | None,
             geo: Geography, reported: bool = False) -> list[Mention]:
    """Who holds the position: the predicate's subject (or its owner: "Russia's memorandum"), else the speaker,
    also when the subject is the issue judged ("European troops in Ukraine remained unacceptable"); a speaker
    who reports on a document named without its owner ("Peskov said the 28-point plan was a basis") judges it."""
    if stance_tok.dep_ in {"aux", "det", "neg", "advmod"}:
        if stance_tok.lower_ in MODALS or stance_tok.lemma_.lower() in MODALS:
            return [speaker] if speaker else []
        stance_tok = stance_tok.head
    if stance_tok.lemma_ == "have" and any(c.dep_ == "xcomp" for c in stance_tok.children):
        return [speaker] if speaker else []  # "both sides will have to make concessions, Rubio said"
    if speaker is None and stance_tok.pos_ in {"VERB", "AUX"} and _obliged(stance_tok):
        return []  # "Europe should now adopt sanctions": the writer's advice, not Europe's position
    if stance_tok.pos_ in {"NOUN", "PROPN"}:
        if stance_tok.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS and (stance_tok.head.lower_ == "under" or
                                                                            stance_tok.dep_ == "poss"):
            return _document_owners(stance_tok, index, geo)
        owners = _noun_owner(stance_tok, index, geo)
        if owners:
            return owners
        while stance_tok.dep_ == "conj" and stance_tok.head.pos_ in {"NOUN", "PROPN"}:  # "… but a list of demands"
            stance_tok = stance_tok.head
        while stance_tok.dep_ == "pobj" and stance_tok.head.lower_ == "of" and stance_tok.head.head.pos_ == "NOUN":
            stance_tok = stance_tok.head.head  # "the memorandum is a set of demands"
        if stance_tok.dep_ in {"dobj", "attr"}:
            stance_tok = stance_tok.head
        elif stance_tok.dep_ == "pobj" and stance_tok.head.lower_ in {"in", "as"} and stance_tok.head.head.pos_ in {
                "VERB", "AUX"}:
            stance_tok = stance_tok.head.head  # "Trump spoke in favour of a ceasefire", "saw it as a continuation"
    credited = _credited(stance_tok, index, geo)
    if credited:
        return credited  # "Putin thanked Trump for supporting the talks"
    subject = (_agent(stance_tok) if stance_tok.dep_ == "acl" else None) or subject_of(stance_tok) \
        or _raised_subject(stance_tok) or (_control_subject(stance_tok) if stance_tok.dep_ == "amod" else None)
    if subject is None and stance_tok.pos_ == "ADJ":  # "is ready", "regards it as unacceptable"
        verb = next((t for t in list(stance_tok.ancestors)[:2] if t.pos_ in {"VERB", "AUX"}), stance_tok.head)
        subject = subject_of(verb)
    if subject is not None and speaker is not None and _opening_it(subject):
        return [speaker]
    found = _source_document(stance_tok, index, geo) or _said_of_itself(subject, index, geo) \
        or index.all_at(subject)
    documentary = subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS
    if documentary and not found:
        whole = next((g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS), None) or next(
            (c for c in subject.children if c.dep_ == "poss" and c.lemma_.lower() in DOCUMENT_NOUNS), subject)
        found = _document_owners(whole, index, geo, known=not reported)  # "the first section of the Russian …"
    judged = subject is not None \
        and (stance_tok.pos_ == "ADJ" or stance_tok.lemma_ == "be" or _only_when(stance_tok)) \
        and subject.left_edge.i <= hit.root.i <= subject.right_edge.i \
        and not subject.left_edge.i <= stance_tok.i <= subject.right_edge.i
    home = not found and speaker is not None and subject is not None and subject.pos_ == "PROPN" \
        and speaker.actor.code is not None and geo.code_in(subject) == speaker.actor.code  # "… Istanbul stood ready"
    framed = subject is not None and index.at(subject) is None and any(  # "any ceasefire would require …"
        c.dep_ == "det" and c.lower_ == "any" for c in subject.children)
    first_person = subject is not None and subject.lower_ in {"i", "we"}  # "“We are ready for talks,” he said"
    if speaker is not None and (judged or home or not found and (subject is None or documentary or framed
                                                                 or first_person)):
        return [speaker]  # "… must be lifted", "the first part lists …" in the voice of the paragraph
    return found


def _source_document(verb: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """"The settlement, according to the document, must include …": what a document is cited for, its owner holds."""
    source = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" for p in c.children
                   for g in p.children if g.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in DOCUMENT_NOUNS | DOCUMENT_PARTS:
        return []
    return _document_owners(source, index, geo)


def _starts(words: list[str], phrase: tuple[str, ...]) -> list[int]:
    """Where a phrase (lower-case words) starts among a sentence's lower-case words."""
    n = len(phrase)
    return [i for i, w in enumerate(words) if w == phrase[0] and tuple(words[i:i + n]) == phrase]


def _condition(stance_tok: Token, sent: Span, lex: PositionLexicon, words: list[str]) -> str | None:
    """The clause or phrase that a position is made conditional on, if any; ``words`` are the sentence's
    words in lower case."""
    for marker in lex.conditions:
        n = len(marker)
        for i in _starts(words, marker):
            first = sent[i]
            verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg", "advmod", "det"} else stance_tok
            only = i > 0 and sent[i - 1].lower_ in {"only", "not"} or any(
                c.lower_ in {"only", "not", "n't", "never", "no"} for c in verb.children)  # "no easing until …"
            if n == 1 and marker[0] in {"before", "after", "once", "until"} and not only:
                continue
            anchor = sent[i + n - 1]
            tail = max((t.i for t in anchor.head.subtree if t.i >= anchor.i), default=anchor.i) \
                if anchor.dep_ in {"mark", "prep"} else max(t.i for t in anchor.subtree)
            end = max(tail, anchor.i) + 1
            while end > first.i + 1 and sent.doc[end - 1].is_punct:
                end -= 1
            return sent.doc[first.i:end].text
    return None


def _repeat(sent: Span, lex: PositionLexicon, base: date | None, words: list[str]) -> RepeatRef | None:
    for ref in lex.back_refs:
        found = _starts(words, ref)
        if not found:
            continue
        i, n = found[0], len(ref)
        text = sent.text
        phrase = sent.doc[sent[i].i:sent[i + n - 1].i + 1].text
        years = [int(y) for y in YEAR.findall(text) if base is None or int(y) < base.year]
        if years:
            rnd = ROUNDS.search(text)
            return RepeatRef(year=years[0], round=f"{rnd[1]} {years[0]}" if rnd else None, text=phrase)
        return RepeatRef(text=phrase)
    return None


def _statement(stance: str, issue: str, hit: Span, lex: PositionLexicon) -> str:
    phrase = hit.root.head if hit.root.head.pos_ in {"VERB", "NOUN"} and hit.root.dep_ in {"dobj", "pobj"} \
        else hit.root
    words = [t.text for t in phrase.subtree if not t.is_punct][:10]
    return f"{stance} {lex.labels.get(issue, issue).split(':')[0].lower()}: {' '.join(words)}"


def _evidence(stance_tok: Token, hit: Span, sent: Span) -> str:
    start = min(stance_tok.i, hit.start)
    end = max(stance_tok.i + 1, hit.end)
    governor = stance_tok if stance_tok.pos_ in {"VERB", "NOUN", "ADJ"} else stance_tok.head
    subject = subject_of(governor) if governor.pos_ != "NOUN" else None
    if subject is not None and subject.sent == sent:
        start = min(start, subject.left_edge.i)
    return sent.doc[max(start, sent.start):min(end, sent.end)].text


def issue_hits(doc: Doc, pack: Pack, nlp: Language) -> list[Span]:
    """Every issue phrase in a parsed text, longest first where they overlap; ``label_`` is the issue id.

    A phrase that is a cue of several issues ("root causes") gives one span per issue.
    """
    lex = lexicon(pack, nlp)
    spans = {(s.start, s.end, s.label): s for s in [*lex.issues(doc, as_spans=True),
                                                    *lex.issue_lemmas(doc, as_spans=True)]}
    spans = {k: s for k, s in spans.items()
             if len(s) > 1 or (s.root.lemma_.lower() in lex.verbs if s.root.pos_ in {"VERB", "AUX"}
                               else s.root.lemma_.lower() not in VERB_ONLY_CUES)}  # "the Turkish hosts"
    kept = {(s.start, s.end) for s in filter_spans(list(spans.values()))}
    return sorted((s for s in spans.values() if (s.start, s.end) in kept), key=lambda s: (s.start, s.label_))


@dataclass
class _Sentence:
    """What every position of one sentence shares."""

    sent: Span
    index: ActorIndex
    pack: Pack
    lex: PositionLexicon
    geo: Geography
    base: date | None
    number: int
    repeat: RepeatRef | None
    context: Mention | None  # who the paragraph's previous sentence reported, for "… must be lifted."
    words: list[str]  # the sentence's words in lower case
    they: list[str]  # the parties the sentence before gave positions to, for "They also agreed …"
    seen: set[tuple] = field(default_factory=set)


def speaker_of(sent: Span, index: ActorIndex, pack: Pack, nlp: Language) -> Mention | None:
    """The party a sentence reports ("Putin listed what an agreement must contain", "Peskov said…") or whose
    document it describes ("Russia's memorandum has three parts"): the subject of a saying or stance verb at
    its root, if that is an actor other than a medium or analyst, or the owner of a document as subject. The
    paragraph's next sentences may go on in its voice."""
    root = sent.root
    subject = subject_of(root)
    if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS:
        owners = _document_owners(subject, index, geography(pack))
        return owners[0] if owners else None
    lemma = root.lemma_.lower()
    if lemma not in REPORTING_VERBS and lemma not in LISTING_VERBS and _stance_of(root, lexicon(pack, nlp)) is None:
        return None
    if lemma in MODALS or any(c.dep_ == "aux" and c.lower_ in MODALS for c in root.children):
        return None  # "Kyiv would have to halt mobilisation": the subject is who is asked, not who speaks
    found = index.at(subject)
    return found if found is not None and not is_reporter(found.actor) else None


def text_positions(parts: list[tuple[int, Span, ActorIndex, bool]], hits: list[Span], pack: Pack, nlp: Language,
                   base: date | None) -> list[Position]:
    """The positions of a parsed text, given its sentences (number, span, actors, whether it opens a paragraph)
    and its issue phrases: each sentence is read in the voice of the quotation it belongs to ("“We are ready
    for talks. … ,” he said"), else of the party its paragraph last reported (``speaker_of``)."""
    speakers = [speaker_of(sent, index, pack, nlp) for _, sent, index, _ in parts]
    quoted = _quotation_speakers([sent.text for _, sent, _, _ in parts], speakers)
    out: list[Position] = []
    context: Mention | None = None
    they: list[str] = []  # the parties of the sentence before, when it gave several
    for k, (number, sent, index, opens) in enumerate(parts):
        context = None if opens else context
        here = [h for h in hits if sent.start <= h.start and h.end <= sent.end]
        found = positions_in(sent, here, index, pack, nlp, base, number, quoted.get(k) or context, they)
        out.extend(found)
        context = speakers[k] or context
        codes = list(dict.fromkeys(p.holder.code for p in found if p.holder.code))
        they = codes if len(codes) > 1 else []
    return out


def _quotation_speakers(texts: list[str], speakers: list[Mention | None]) -> dict[int, Mention]:
    """The speaker of each sentence inside a quotation that runs on into a later sentence, named there after
    the closing quotation mark ("“… talks. If Russia is not ready, there must be sanctions,” he said")."""
    found: dict[int, Mention] = {}
    for k, text in enumerate(texts):
        if text.count("“") <= text.count("”") and not (text.count('"') % 2 and text.lstrip().startswith('"')):
            continue  # no quotation left open
        end = next((j for j in range(k + 1, min(k + 5, len(texts)))
                    if "”" in texts[j] or texts[j].count('"') % 2), None)
        if end is not None and speakers[end] is not None:
            found.update({i: speakers[end] for i in range(k, end)})
    return found


def positions_in(sent: Span, hits: list[Span], index: ActorIndex, pack: Pack, nlp: Language,
                 base: date | None, sentence: int, context: Mention | None = None,
                 they: list[str] | None = None) -> list[Position]:
    """Every position the sentence states or reports, given the issue phrases in it; ``context`` is the party
    the paragraph's previous sentence reported (``speaker_of``), the holder of a demand with no speaker."""
    if not hits:
        return []
    lex = lexicon(pack, nlp)
    geo = geography(pack)
    out: list[Position] = []
    words = [t.lower_ for t in sent]
    here = _Sentence(sent, index, pack, lex, geo, base, sentence, _repeat(sent, lex, base, words), context, words,
                     they or [])
    hits = [_as_process(h) for h in _disambiguated(hits, sent, pack)]
    governed = {h.start: _stance_above(h, hits, lex, sent) for h in hits}
    specific = [(g[0].i, h.root) for h in hits if h.label_ not in GENERIC_ISSUES and (g := governed[h.start])]
    dismissed: set[int] = set()  # phrases that only place or date something: no antecedents of "it" or "which"
    for hit in hits:
        issue = hit.label_
        stance_of_hit = _worked_on(hit, lex, sent) or governed[hit.start]
        if any(_qualifies(hit.root, other, lex) for other in hits if other.label_ != issue):
            continue  # "an unconditional ceasefire": a property of the ceasefire, not a position on conditions
        if issue in GENERIC_ISSUES and stance_of_hit and any(
                i == stance_of_hit[0].i and (_nested(root, hit.root) or issue == SETTLEMENT and
                                             hit.root.dep_ == "pobj") for i, root in specific):
            continue  # "talks on the four regions", "lifted as part of a settlement": the specific issue says it
        framing = issue in GENERIC_ISSUES or any(c.dep_ == "det" and c.lower_ == "any" for c in hit.root.children)
        if framing and stance_of_hit and hit.root.dep_ in {"nsubj", "nsubjpass"} and any(
                i == stance_of_hit[0].i and root.i != hit.root.i and _below(root, hit.root.head)
                for i, root in specific):
            continue  # "any settlement must restore the rights of Russian speakers": the rights are the issue
        if _in_setting_phrase(hit) or _names_document(hit, stance_of_hit, lex) or _mere_place(hit) \
                or _nothing_undoes(hit, stance_of_hit) or _idiom_table(hit) or _left_body(hit) \
                or any(t.lower_ == "according" for t in hit.root.ancestors) \
                or issue in GENERIC_ISSUES and _step_toward(hit) or _faith_of_peoples(hit) or _document_speaks(hit):
            dismissed.add(hit.start)
            continue  # also "according to people at the meeting": the source of a report is no issue
        found = _as_clause(hit, lex) or _provided(stance_of_hit, hit, index, geo) or stance_of_hit \
            or _under_document(hit, index, geo) or _document_provision(hit, index, geo)
        if found is None or _inside_condition_clause(found[0]):
            found = _asked_in_condition(hit, lex, sent) or found
        if found is None:
            process = next((t for t in hit.root.ancestors if t.lemma_.lower() in PROCESS_VERBS), None)
            limited = next((t for t in (hit.root, *hit.root.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
            if process is not None and _condition(process, sent, lex, words) is not None:
                found = (process, "condition")
            elif limited is not None and _only_when(limited):
                found = (limited, "condition")  # "a summit could take place only once the delegations agree"
            else:
                inner = any(h.root.i != hit.root.i and _below(hit.root, h.root) and h.label_ not in GENERIC_ISSUES
                            for h in hits)  # "would not surrender territory": territory, not the surrender
                reported = None if issue == SETTLEMENT or issue in GENERIC_ISSUES and not _planned(hit) \
                    else _reported_clause(hit, index, lex, geo)
                found = None if inner else reported or _promised(hit, index) \
                    or _document_clause(hit, here.context)
        if found is None:
            continue
        found = _refused_noun(_outermost(found, lex), lex)
        stances = [found]
        owned = _owned_noun(hit, lex, index, geo)
        if owned and owned[0].i != found[0].i:
            stances.append(owned)
        elif owned and owned[0].dep_ in {"dobj", "pobj", "nsubjpass"}:  # "Putin accepted the US proposal"
            outer = _governing_stance(owned[0].head, lex, sent)
            if outer is not None and outer[0].pos_ in {"VERB", "AUX", "ADJ"}:
                stances.append(outer)
        for stance_tok, stance in stances:
            out.extend(_positions_for(hit, stance_tok, stance, here))
    for pronoun, antecedent in _back_references(sent, [h for h in hits if h.start not in dismissed]):
        found = _said_gap(pronoun, lex) or _governing_stance(pronoun, lex, sent)
        if found is not None:
            out.extend(_positions_for(antecedent, *_outermost(found, lex), here))
    return out


NEGOTIATING = {"discuss", "negotiate"}


def _as_process(hit: Span) -> Span:
    """"Would discuss a settlement", "to negotiate an end to the war": a settlement the parties only negotiate is
    a position on the talks, not on the settlement's terms."""
    verb = next((t for t in hit.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if hit.label_ != SETTLEMENT or verb is None or verb.lemma_.lower() not in NEGOTIATING:
        return hit
    return Span(hit.doc, hit.start, hit.end, label="talks_format")


def _refused_noun(found: tuple[Token, str], lex: PositionLexicon) -> tuple[Token, str]:
    """"Would not accept … any recognition of occupied land", "rejected any ban on mobilisation": a stance noun
    that a party refuses gives way to the refusal."""
    noun = found[0]
    while noun.pos_ == "NOUN" and noun.dep_ == "conj" and any(c.dep_ == "det" for c in found[0].children):
        noun = noun.head  # "… a cap or any recognition", not a misparsed verb: "opposes sanctions and calls for"
    verb = noun.head
    if found[0].pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return found
    stance = _stance_of(verb, lex)
    if stance is None or (stance in NEGATIVE) == _negated(verb):
        return found
    return verb, stance


def _qualifies(word: Token, other: Span, lex: PositionLexicon) -> bool:
    """Whether a word only qualifies another issue phrase's head, itself or as a conjunct, in the way that issue's
    own cues do ("a full and unconditional 30-day ceasefire", as in the cue "unconditional ceasefire")."""
    lower = word.lower_
    while word.dep_ == "conj" and word.head.i != other.root.i:
        word = word.head
    return word.dep_ in {"amod", "compound"} and word.head.i == other.root.i \
        and lower in lex.qualifiers.get(other.label_, ())


def _back_references(sent: Span, hits: list[Span]) -> list[tuple[Token, Span]]:
    """"Kyiv dismissed the truce and Moscow welcomed it", "the demand for Donbas, which Kyiv rejected", "the talks,
    which were broken off by Kyiv": an object pronoun, or a relative one acted on by a named agent, stands for the
    nearest issue phrase before it in the sentence."""
    out = []
    for t in sent:
        if t.lower_ in {"it", "which"} and t.dep_ in {"dobj", "pobj"} or _passive_relative(t):
            antecedent = next((h for h in reversed(hits) if h.end <= t.i), None)
            if antecedent is not None:
                out.append((t, antecedent))
    return out


def _said_gap(pronoun: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"EU membership, which Moscow has said it does not oppose": a pronoun parsed as the object of a reporting
    verb is the missing object of the stance verb in what was said."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and not any(
        g.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for g in c.children)), None)
    stance = _stance_of(clause, lex) if clause is not None else None
    return (clause, stance) if clause is not None and stance else None


def _passive_relative(t: Token) -> bool:
    """Whether a word is the "which" or "that" of a passive relative clause with an agent ("which had been
    broken off by the Ukrainian side")."""
    return t.lower_ in {"which", "that"} and t.dep_ == "nsubjpass" and t.head.dep_ == "relcl" \
        and any(c.dep_ == "agent" for c in t.head.children)


def _disambiguated(hits: list[Span], sent: Span, pack: Pack) -> list[Span]:
    """Issue phrases the sentence is about, by WordLlama similarity of the sentence to the issues' cues and
    scale anchors: a phrase that is a cue of several issues ("demilitarisation") keeps the most similar specific
    one (talks and war aims only when no other is possible), and an issue far down the sentence's ranking is a
    passing mention ("… said after the summit")."""
    if not hits:
        return hits
    similarity = issue_similarity(pack)
    row = dict(zip(similarity.issues, similarity.scores([sent.text])[0]))
    likely = set(sorted(row, key=lambda issue: -row[issue])[:SIMILAR_ISSUES])
    shared: dict[tuple[int, int], list[Span]] = {}
    for h in hits:
        shared.setdefault((h.start, h.end), []).append(h)
    best = {key: max(group, key=lambda h: (h.label_ not in GENERIC_ISSUES, row.get(h.label_, -1.0)))
            for key, group in shared.items()}
    return [h for h in hits if best[(h.start, h.end)] is h and h.label_ in likely]


def _owned_noun(hit: Span, lex: PositionLexicon, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """A demand or proposal noun with its owner above an issue phrase ("the US ceasefire proposal",
    "Washington's proposal to recognise Crimea"): a position of the owner besides the sentence's own."""
    t = hit.root
    for _ in range(5):
        stance = _stance_of(t, lex) if t.pos_ == "NOUN" else None
        if stance and (_noun_owner(t, index, geo) or t.lemma_.lower() in DOCUMENT_NOUNS and
                       _document_owners(t, index, geo)):
            return t, stance
        if t.dep_ in {"ROOT", "ccomp", "parataxis"} or t.head.i == t.i:
            return None
        t = t.head
    return None


def _without(root: Token, stance_tok: Token) -> bool:
    """Whether an issue phrase is what a stance goes without ("wanted talks without the inconvenience of a
    ceasefire")."""
    for t in (root, *root.ancestors):
        if t.i == stance_tok.i:
            return False
        if t.dep_ == "prep" and t.lower_ == "without":
            return True
    return False


def _instead(hit: Span) -> bool:
    """Whether an issue phrase is what is preferred against ("a peace deal rather than a mere ceasefire",
    "instead of a truce"), read from the words before its phrase, as the parse often misplaces them."""
    phrase = hit.root
    while phrase.dep_ in {"compound", "amod"} and phrase.head.pos_ == "NOUN":  # "a mere ceasefire agreement"
        phrase = phrase.head
    start = phrase.left_edge.i
    return hit.doc[max(start - 2, 0):start].text.lower() in {"rather than", "instead of"}


SIDES = {"side", "delegation", "team", "party", "negotiator"}


def _both_sides(stance_tok: Token, index: ActorIndex, speaker: Mention | None, parties: list[str]) -> list[Mention]:
    """"Both delegations agreed …", "the two sides will meet": the two states the sentence and its speaker name,
    the speaker's side and its opponent when the speaker is one of the pack's two main parties, or those two
    parties when a third party's speaker names no side."""
    verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg", "advmod"} else stance_tok
    subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX", "ADJ"} else None
    named = index.at(subject)
    if subject is None or subject.lemma_.lower() not in SIDES or subject.tag_ != "NNS" \
            or named is not None and named.actor.code is not None:
        return []
    if not any(c.lower_ in {"both", "two", "the"} for c in subject.children):
        return []
    mediator = speaker.actor.code if speaker is not None and speaker.actor.code in parties[2:] else None
    codes: list[str] = []
    for m in [*([speaker] if speaker else []), *index.mentions]:  # the pack's go-betweens are no side
        if m.actor.code and m.actor.code not in codes and m.actor.sector != "IGO" and m.actor.code != mediator:
            codes.append(m.actor.code)
    if len(codes) == 1 and codes[0] in parties[:2]:  # "Umerov said both delegations …": his side and the other
        codes.append(next(p for p in parties[:2] if p != codes[0]))
    if not codes:  # "the parties agreed …", "Fidan said the delegations agreed …": the pack's two main parties
        codes = list(parties[:2])
    if len(codes) != 2:
        return []
    text = subject.doc[subject.left_edge.i:subject.i + 1].text
    return [state_mention(c, subject, text, "GOV") for c in codes]


def _obliged(verb: Token) -> bool:
    """Whether a predicate says what its subject should or must do ("Moscow should accept")."""
    return any(c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in verb.children)


def _says_of_another(stance_tok: Token, holders: list[Mention], speaker: Mention | None, index: ActorIndex) -> bool:
    """Whether a speaker says what another party should do or would do ("European leaders said Ukraine should
    keep an army of 800,000"): the clause's subject is only the addressee when its predicate is no stance of
    its own (OWN_ATTITUDES)."""
    if speaker is None or speaker.actor.code is None and speaker.actor.kind == "person" \
            or stance_tok.pos_ not in {"VERB", "AUX"}:
        return False
    verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg"} else stance_tok
    if (verb.lemma_.lower() in OWN_ATTITUDES or stance_tok.lemma_.lower() in OWN_ATTITUDES) and not _obliged(verb):
        return False
    if _done(verb):
        return False  # "officials said Trump had dropped the demand": what another party did is its own
    controller = verb.head if verb.dep_ == "xcomp" else None  # "the Vatican had offered to host the talks"
    if controller is not None and (controller.lemma_.lower() in OWN_ATTITUDES and not _obliged(controller)
                                   or _done(controller)):
        return False
    subject = subject_of(verb)
    named = index.at(subject) if subject is not None and subject.pos_ != "PRON" else None
    return named is not None and named in holders and all(h.actor.code != speaker.actor.code for h in holders)


def _done(verb: Token) -> bool:
    """Whether a predicate reports what its subject did ("had dropped", "were broken off by Kyiv")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" or c.dep_ == "agent"
                                      for c in verb.children)


def _nothing_given(verb: Token, hit: Span) -> bool:
    """"Was giving no consideration to returning nuclear weapons", "offered no concessions on territory": a verb
    whose object is "no …" other than the issue itself is negated."""
    return any(c.dep_ == "dobj" and c.i != hit.root.i and any(g.dep_ == "det" and g.lower_ == "no"
                                                              for g in c.children) for c in verb.children)


AFFIRMING = {"reaffirm", "affirm", "confirm", "declare"}


def _affirmed_negation(verb: Token, hit: Span) -> bool:
    """"Reaffirmed that elections cannot be held under martial law": affirming a negated clause about an issue
    opposes it."""
    if verb.lemma_.lower() not in AFFIRMING:
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i <= hit.root.i <= c.right_edge.i),
                  None)
    return clause is not None and any(c.dep_ == "neg" for c in clause.children)


def _positions_for(hit: Span, stance_tok: Token, stance: str, here: _Sentence) -> list[Position]:
    """The positions one stance predicate gives an issue phrase, one per holder not given before."""
    issue = hit.label_
    out: list[Position] = []
    if _inside_condition_clause(stance_tok) and not (
            stance_tok.pos_ == "NOUN" and _noun_owner(stance_tok, here.index, here.geo)):
        return out  # but "if Kyiv's offer of neutrality is genuine, …": the offer was made
    pack, lex, index = here.pack, here.lex, here.index
    credit = attribute(stance_tok, index)
    negative_cue = stance_tok.dep_ in {"aux", "neg"} or stance_tok.lower_ in {"never", "no"}
    if not negative_cue and (_negated(stance_tok) or any(c.lower_ == "never" for c in stance_tok.children)
                             or _nothing_given(stance_tok, hit) or _affirmed_negation(stance_tok, hit)):
        stance = pack.negated_stance.get(stance, stance)  # type: ignore[arg-type]
    if any(c.lower_ == "no" and c.dep_ == "det" for c in hit.root.children):
        stance = "reject" if stance in {"demand", "accept", "support"} else stance
    elif _without(hit.root, stance_tok) or _instead(hit):
        stance = pack.negated_stance.get(stance, stance)  # type: ignore[arg-type]  # "talks without a truce"
    condition = _condition(stance_tok, here.sent, lex, here.words)
    in_condition = condition is not None and hit.text in condition and hit.start > stance_tok.i
    if condition and not in_condition:
        stance = "condition"
    holders = _holders(stance_tok, hit, index, credit.speaker or here.context, here.geo, credit.speaker is not None)
    if all(h.actor.code is None for h in holders):
        holders = _both_sides(stance_tok, index, credit.speaker or here.context, pack.parties) or holders
    if not holders and here.they and (subject := subject_of(stance_tok)) is not None and subject.lower_ == "they":
        holders = [state_mention(code, subject, subject.text, "GOV") for code in here.they]  # "They also agreed …"
    if _says_of_another(stance_tok, holders, credit.speaker, index):
        holders = [credit.speaker]  # type: ignore[list-item]  # "the leaders said Ukraine should keep an army"
        if stance != "condition" and _obliged(stance_tok.head if stance_tok.dep_ in {"aux", "neg"} else stance_tok):
            stance = "demand"  # "Rutte said Moscow should accept the ceasefire"
    target_tok = next((c for c in stance_tok.children if c.dep_ in {"dobj", "dative"}), None)
    target = index.at(target_tok)
    given: set[tuple] = set()  # a party's position once per sentence, except for its conjoined speakers
    for holder in holders:
        if holder is None or is_reporter(holder.actor) or holder.actor == credit.reported_by \
                or holder.start < hit.end and hit.start < holder.end:
            continue  # "NATO allies said…", "plans to join NATO": the holder's own name is not the issue
        key = (holder.actor.code or holder.actor.name, issue, stance in NEGATIVE)
        if key in here.seen or (*key, holder.actor.name) in given:
            continue
        given.add((*key, holder.actor.name))
        statement = _statement(stance, issue, hit, lex)
        evidence = _evidence(stance_tok, hit, here.sent)
        out.append(Position(
            holder=bare(holder.actor), issue=issue, stance=stance,  # type: ignore[arg-type]
            target=bare(target.actor) if target and target.actor != holder.actor else None,
            statement=statement, sentence=here.number, evidence=evidence,
            point=point_of(issue, stance, f"{statement.split(':', 1)[-1]} {evidence}", pack),
            reported_by=bare(credit.reported_by) if credit.reported_by else None,
            date=here.base.isoformat() if here.base else None, cue=stance_tok.text,
            repeat_of=here.repeat, condition=condition if stance == "condition" else None,
            hedged=_hedged(stance_tok, lex)))
    here.seen.update(g[:3] for g in given)
    return out
