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
from spacy.tokens import Doc, Span, Token

from ..model import Position, RepeatRef
from ..ontology.schema import Issue, Pack
from .attribution import REPORTING_VERBS, according_object, attribute, is_analyst, is_reporter
from .geography import Geography, geography
from .issue_phrases import (
    GENERIC_ISSUES,
    SETTLEMENT,
    as_process,
    back_referenced,
    before_any,
    crimea_annexations,
    disambiguated,
    document_speaks,
    in_setting_phrase,
    is_below,
    is_faith_of_peoples,
    is_fruitless,
    is_idiom_table,
    is_left_body,
    is_mere_place,
    is_nested,
    is_outlined,
    is_step_toward,
    names_document,
    nothing_undoes,
    qualifies,
    sentence_likeness,
)
from .position_context import (
    OWNED_RECALL_SENTENCES,
    among,
    carried_issues,
    judged_after,
    judged_by_relative,
    listed_under,
    recalled_spans,
    taken_up,
)
from .position_holders import (
    DOCUMENT_PARTS,
    GRATEFUL,
    HANDING_VERBS,
    LEADERS,
    OWN_ATTITUDES,
    PROCEEDING,
    SAYING_NOUNS,
    WEAPONS,
    accused_of,
    both_sides,
    document_owners,
    holders_of,
    is_asserted,
    is_documentary,
    is_obliged,
    is_opening_it,
    joint_text,
    noun_owners,
    on_behalf,
    pairing,
    party_group,
    quotation_speakers,
    register_documents,
    says_of_another,
    speaker_of,
)
from .position_stances import (
    ABSENCE_PHRASES,
    DOCUMENT_NOUNS,
    GOOD_VERDICTS,
    LENDING_DEPS,
    PROPERTY_VERBS,
    RESPITE,
    SPARING_VERBS,
    STATIVE_VERBS,
    PositionLexicon,
    as_clause,
    asked_in_condition,
    enshrined,
    goes_on,
    governing_stance,
    in_open_question,
    in_respite_clause,
    inside_condition_clause,
    is_hedged,
    is_negated,
    is_planned,
    lexicon,
    listed_after,
    only_when,
    outermost,
    promised,
    reduced_relative,
    refused_noun,
    said_gap,
    stance_above,
    stance_of,
    worked_on,
)
from .scale import NEGATIVE, point_of
from .syntax import (
    ONE_PERSON,
    ActorIndex,
    Mention,
    agent_of,
    bare,
    children,
    sentence_of,
    state_mention,
    subject_of,
    subtree,
    tokens_of,
)

PROCESS_VERBS = {"discuss", "negotiate", "consider", "address", "talk", "debate", "examine", "review"}
ROUNDS = re.compile(r"\b(Istanbul|Minsk|Geneva|Riyadh|Jeddah|Abu Dhabi|Anchorage|Antalya|Bürgenstock|Belarus)\b")
YEAR = re.compile(r"\b(20[012]\d)\b")


def _reported_clause(hit: Span, index: ActorIndex, lex: PositionLexicon, geo: Geography) -> tuple[Token, str] | None:
    """An issue in what a speaker said, with no stance word ("Putin said the aim was demilitarisation"):
    the speaker's reporting verb stands for the stance, positive unless the clause is negated (but not by its "if
    no …" condition); a party's own demand or goal as the clause subject ("Sikorski said Russia's goal was…")
    stands for it instead."""
    clause = next((t for t in hit.root.ancestors if t.dep_ in {"ccomp", "parataxis"}), None)
    if clause is None or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    verb = next(t for t in hit.root.ancestors if t.i == clause.i or t.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in children(t)))
    if verb.tag_ == "VBD" and verb.lemma_.lower() not in STATIVE_VERBS | REPORTING_VERBS and not any(
            c.dep_ in {"aux", "auxpass"} for c in children(verb)):
        return None  # "the ministry said missiles hit grain terminals": a past event, no position
    aim = subject_of(verb)
    if aim is not None and aim.pos_ == "NOUN" and (stance := stance_of(aim, lex)) and noun_owners(aim, index, geo):
        return aim, stance
    subject = subject_of(clause.head)
    document = subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS
    speaker = index.at(subject)
    if speaker is None and not document or speaker is not None and is_analyst(speaker.actor, clause.head):
        return None  # what an analyst writes is not the analyst's position
    if _bad_verdict(verb, hit, lex) is not None:
        return clause.head, "oppose"  # "Peskov said the new sanctions would be a double-edged sword"
    scope = next((t for t in (hit.root, *hit.root.ancestors) if t.i == clause.i or t.dep_ == "conj"
                  and t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" for c in children(t))), clause)
    apart = {t.i for c in children(scope) if c.dep_ == "advcl" or c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
             and any(a.dep_ == "aux" for a in children(c)) for t in subtree(c)}  # "but would serve as a hub …"
    negative = any(c.dep_ == "neg" and c.i not in apart for t in (scope, *children(scope)) if t.i not in apart
                   for c in children(t))\
        or any(t.lower_ in {"no", "never"} and t.i not in apart for t in subtree(scope))
    judge = verb if speaker is not None and _own_doing(verb, clause, speaker, index) else clause.head
    if negative:
        return judge, "reject"
    return judge, "propose" if document else "support"  # what a plan says, it proposes


def _own_doing(verb: Token, clause: Token, speaker: Mention, index: ActorIndex) -> bool:
    """Whether a reported clause states as a fact what another named party does ("Sybiha said Moscow was
    dragging out the war"): the party's own stance, which the speaker only reports; not what the speaker says
    the party is or has ("Kyiv is in no position to …") nor what it would do on a condition ("once Kyiv
    withdraws")."""
    subject = subject_of(verb)
    party = index.at(subject)
    if party is None or party.actor.code in {None, speaker.actor.code} or party.actor.sector == "BUS"\
            or party.end - 1 != subject.i:
        return False
    path = [verb]
    for t in verb.ancestors:
        if t.i == clause.head.i:
            break
        path.append(t)
    return verb.lemma_.lower() not in STATIVE_VERBS | PROPERTY_VERBS and is_asserted(verb) and all(
        t.dep_ != "advcl" and not any(c.dep_ == "mark" and c.lower_ != "that" for c in children(t)) for t in path)


BAD_VERDICTS = {"fail", "complicate", "spoil", "backfire", "worsen", "harm", "hurt", "damage", "unlikely", "worse",
                "sword", "mistake", "error", "trap", "escalation", "threat", "premature", "early", "useless", "robbery",
                "theft", "forget", "boomerang", "rebound", "ricochet", "unfriendly", "hostile", "prolong"}
# also "would be robbery", "would mean forgetting the root causes", "would boomerang on the Europeans", "an unfriendly
# step", "would only prolong the war"
TURNING = {"turn": "against"}  # "the sanctions have turned against the European economies themselves"


def _bad_verdict(verb: Token, hit: Span, lex: PositionLexicon) -> Token | None:
    """"Said sanctions had failed", "said a meeting was unlikely", "said the new sanctions would be a double-edged
    sword", "said punishing Moscow could make matters worse": a speaker who judges the issue of a clause's
    subject badly opposes it (the subject is the issue phrase or holds it)."""
    subject = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subject is None or not subject.left_edge.i <= hit.root.i <= subject.right_edge.i:
        return None
    if verb.lemma_.lower() in BAD_VERDICTS or any(c.dep_ == "prep" and c.lower_ == TURNING.get(verb.lemma_.lower())
                                                  for c in children(verb)):
        return verb
    if verb.lemma_.lower() in FAILING and (no := next((c for c in children(verb) if c.dep_ == "neg"
                                                        or c.lower_ == "never"), None)) is not None:
        return no  # "attempts to pressure Russia have never worked"
    if (gain := _gain_to_enemy(verb)) is not None:
        return gain
    for child in _verdict_words(verb):
        for word in (child, *(g for g in children(child) if g.dep_ in {"amod", "acomp", "oprd", "compound"})):
            if word.lemma_.lower() in BAD_VERDICTS or word.lower_.split("-")[-1] in BAD_VERDICTS\
                    or child.dep_ in {"acomp", "attr", "oprd"} and stance_of(word, lex) in {"oppose", "reject"}:
                return word
    return None


def _verdict_words(verb: Token) -> list[Token]:
    """What a verb says its subject is or does: its complements and objects, and what it amounts or leads to
    ("the seizure would amount to theft", "the measures will lead to escalation")."""
    out = [c for c in children(verb) if c.dep_ in {"acomp", "attr", "oprd", "ccomp", "xcomp", "dobj"}]
    return out + [g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in children(c)
                  if g.dep_ == "pobj"]




def _gain_to_enemy(verb: Token) -> Token | None:
    """"A month-long ceasefire would allow Ukraine to regroup", "a truce would hand Kyiv an advantage": a clause
    that says its subject would let the other side regroup or rearm judges it badly."""
    return next((t for c in children(verb) if c.dep_ in {"xcomp", "ccomp", "dobj", "attr", "dative", "prep", "advcl"}
                 for t in subtree(c) if t.lemma_.lower() in RESPITE), None)


FAILING = {"work", "succeed"}  # negated: "sanctions have never worked", "pressure will not succeed"


def _judged_act(found: tuple[Token, str], hit: Span, index: ActorIndex, lex: PositionLexicon) -> tuple[Token, str]:
    """"Supplying Ukraine with Tomahawks would mean a new stage of escalation", "attempts to make Russia act under
    pressure have never worked": an act done by no one named, in the subject of a clause that judges it badly, is
    opposed by whoever judges it."""
    tok = found[0]
    if tok.pos_ != "VERB" or index.at(subject_of(tok)) is not None:
        return found
    if (own := _bad_verdict(tok, hit, lex)) is not None:  # "a pause would only give Kyiv time to regroup"
        return own if own.dep_ == "neg" or own.lower_ == "never" else tok, "oppose"
    verb = next((v for v in tok.ancestors if v.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in children(verb) if c.dep_ in {"nsubj", "csubj"}), None) if verb is not None else None
    if subject is None or not subject.left_edge.i <= tok.i <= subject.right_edge.i:
        return found
    bad = _bad_verdict(verb, hit, lex)
    return found if bad is None else (bad if bad.dep_ == "neg" or bad.lower_ == "never" else verb, "oppose")


def _badly_judged(hit: Span, lex: PositionLexicon) -> bool:
    """Whether the clause an issue phrase is the subject of judges it badly ("a summit was unlikely")."""
    verb = next((t for t in hit.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and _bad_verdict(verb, hit, lex) is not None


def _unyielding(stance_tok: Token, index: ActorIndex) -> Mention | None:
    """"Moscow will not be intimidated by threats of sanctions", "Kyiv will not be pressured by ultimatums": the
    subject of a negated passive refuses what its agent presses on it."""
    verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg"} else stance_tok
    if not any(c.dep_ == "agent" for c in children(verb)):
        return None
    return next((m for c in children(verb) if c.dep_ == "nsubjpass" and (m := index.at(c)) is not None), None)


PRESSING = {"pressure", "pressurise", "pressurize", "force", "push", "coerce", "bully", "blackmail", "compel",
            "drag", "rush", "intimidate", "corner", "browbeat"}


def _pressed_into(stance_tok: Token) -> bool:
    """"Ukraine will not be pressured into giving up its land", "Kyiv won't be pushed into a bad deal": what a
    negated passive of pressing says its subject is pressed into, the subject refuses."""
    for t in (stance_tok, *stance_tok.ancestors):
        if t.lemma_.lower() in PRESSING and t.pos_ == "VERB" and t.i != stance_tok.i:
            return any(c.dep_ == "nsubjpass" for c in children(t)) and any(
                c.dep_ == "neg" or c.lower_ == "never" for c in children(t))
        if t.dep_ not in {"pcomp", "pobj", "prep", "xcomp"}:
            return False
    return False


def _document_clause(hit: Span, context: Mention | None) -> tuple[Token, str] | None:
    """"The 28-point draft would cap Ukraine's army", "the memorandum also envisages …", and after it "It would
    also lift sanctions": whatever a plan or draft does to an issue, it proposes (rejects when negated)."""
    for verb in (t for t in (hit.root, *hit.root.ancestors) if t.pos_ in {"VERB", "AUX"}):
        subject = subject_of(verb)
        if subject is None:
            continue
        document = subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS
        if not document and not (context is not None and is_opening_it(subject)):
            return None
        return verb, "propose"  # negated later, with the verb
    return None


def _under_document(hit: Span, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """"Ukraine would hold elections … under the US draft": what a party's document provides, it proposes."""
    for prep in tokens_of(hit.sent):
        if prep.lower_ != "under" or prep.dep_ != "prep":
            continue
        document = next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if document is not None and document.lemma_.lower() in DOCUMENT_PARTS:  # "under the first option in …"
            document = next((g for p in children(document) if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                             for g in children(p) if g.dep_ == "pobj"), document)
        if document is not None and document.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS\
                and document_owners(document, index, geo):
            return document, "propose"
    return None


def _provided(found: tuple[Token, str] | None, hit: Span, index: ActorIndex, geo: Geography,
              context: Mention | None = None) -> tuple[Token, str] | None:
    """"Under the first section, Ukraine is to recognise Crimea": what a party does under a document's terms is
    the document owner's proposal, not the party's own stance; so is what a party would do in a sentence that
    goes on about a document (``_terms_of``)."""
    terms = _terms_of(hit, context, index, geo)
    if terms is not None:
        return terms[0], "propose"
    if found is None or found[0].pos_ not in {"VERB", "AUX"}:
        return None
    under = _under_document(hit, index, geo)
    if under is None:
        return None
    prep = next((t for t in under[0].ancestors if t.lower_ == "under"), None)
    return under if prep is not None and prep.head.i in {found[0].i, *(t.i for t in found[0].ancestors)} else None


def _goes_on(speaker: Mention | None, context: Mention | None, doc: Doc) -> bool:
    """Whether a sentence whose speaker is "it" ("It asks Ukraine to give up Donetsk", "it says") goes on about
    the document the paragraph is about, not about the state "it" was resolved to."""
    return speaker is not None and doc[speaker.start].lower_ == "it" and is_documentary(context, doc)


def _terms_of(hit: Span, context: Mention | None, index: ActorIndex,
             geo: Geography) -> tuple[Token, list[Mention]] | None:
    """"The draft would have Crimea recognised", "the plan offers Russia a way back: sanctions would be lifted",
    and after a sentence about a document, "Ukraine would cap its army at 600,000": the outermost "would"
    predicate over an issue phrase (in its own conjunct: "NATO would not expand, and the US would mediate …"), with
    no one reported as saying it, states the terms of a document that is a subject above it or that the paragraph
    goes on about; with the document's owners."""
    verbs = [t for t in (hit.root, *hit.root.ancestors) if t.pos_ in {"VERB", "AUX"}]
    if any(t.lemma_.lower() in REPORTING_VERBS for t in verbs):
        return None
    joined = next((k for k, t in enumerate(verbs) if t.dep_ == "conj" and subject_of(t) is not None
                   and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(t))), len(verbs))
    would = [t for t in verbs[:joined + 1] if any(c.dep_ == "aux" and c.lower_ == "would" for c in children(t))]
    subject = subject_of(would[-1]) if would else None
    if subject is None or subject.lower_ in {"i", "we"}:
        return None
    document = next((s for t in verbs if (s := subject_of(t)) is not None and s.lemma_.lower() in DOCUMENT_NOUNS),
                    None)
    if document is None and would[-1].dep_ == "relcl":  # "a Senate bill that would impose tariffs": the terms of
        if would[-1].head.lemma_.lower() not in DOCUMENT_NOUNS:  # what the clause qualifies, not the paragraph's
            return None
        document = would[-1].head
    if document is not None:
        owners = document_owners(document, index, geo)
        return (would[-1], owners) if owners else None
    return (would[-1], [context]) if context is not None and is_documentary(context, hit.doc) else None


def _document_provision(hit: Span, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """"The 28-point draft's blanket amnesty", "the memorandum's second option, a ceasefire …": what a party's
    document is said to contain, it proposes."""
    for noun in (hit.root, *hit.root.ancestors):
        if noun.pos_ in {"VERB", "AUX"}:
            return None
        document = next((c for c in children(noun) if c.dep_ == "poss" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
        if document is not None and document_owners(document, index, geo):
            return document, "propose"
    return None


def _starts(words: list[str], phrase: tuple[str, ...]) -> list[int]:
    """Where a phrase (lower-case words) starts among a sentence's lower-case words."""
    if phrase[0] not in words:  # most markers are absent: one scan in C before the loop
        return []
    n = len(phrase)
    return [i for i, w in enumerate(words) if w == phrase[0] and tuple(words[i:i + n]) == phrase]


def _condition(stance_tok: Token, sent: Span, lex: PositionLexicon, words: list[str]) -> str | None:
    """The clause or phrase that a position is made conditional on, if any; ``words`` are the sentence's
    words in lower case."""
    for marker in lex.conditions:
        n = len(marker)
        for i in _starts(words, marker):
            first = sent[i]
            if n > 1 and first.pos_ == "NOUN" and any(c.dep_ == "det" for c in children(first)):
                continue  # "a European contingent on Ukrainian territory"
            verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg", "advmod", "det"} else stance_tok
            only = i > 0 and sent[i - 1].lower_ in {"only", "not"} or any(
                c.lower_ in {"only", "not", "n't", "never", "no"} for c in children(verb))  # "no easing until …"
            if n == 1 and marker[0] in {"before", "after", "once", "until"} and (not only or verb.pos_ in {
                    "VERB", "AUX"} and not verb.left_edge.i <= first.i <= verb.right_edge.i):
                continue  # not "“We will not withdraw,” Zelensky said after speaking to Trump"
            if marker == ("after",) and first.dep_ == "prep" and "only" not in {
                    words[i - 1] if i else "", *(c.lower_ for c in children(verb))}:
                continue  # "will not hold talks after the incursion": a refusal since an event, no condition
            anchor = sent[i + n - 1]
            tail = max((t.i for t in subtree(anchor.head) if t.i >= anchor.i), default=anchor.i)\
                if anchor.dep_ in {"mark", "prep"} else max(t.i for t in subtree(anchor))
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


LOOSE_ENDS = {"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "PRON"}
QUOTES = str.maketrans("", "", "\"“”")
STATEMENT_WORDS = 10


def _statement_words(hit: Span) -> str:
    """Up to ten words of the phrase an issue phrase stands in, as written ("Kyiv's", "a 24-hour ceasefire",
    "non-nuclear" whole), without a leading "to" or "that" or a dangling last preposition or article."""
    phrase = hit.root.head if hit.root.head.pos_ in {"VERB", "NOUN"} and hit.root.dep_ in {"dobj", "pobj"}\
        else hit.root
    words = [t for t in subtree(phrase) if not t.is_punct][:STATEMENT_WORDS]
    doc, start, end = hit.doc, words[0].i, words[-1].i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        end += 2  # the rest of a hyphenated word ("non-nuclear", "24-hour")
    while end - 1 > start and doc[end - 1].pos_ in LOOSE_ENDS:
        end -= 1
    while start < end - 1 and (doc[start].pos_ in {"PUNCT", "CCONJ", "SCONJ", "PART"} or doc[start].dep_ == "mark"):
        start += 1
    return " ".join(doc[start:end].text.translate(QUOTES).split())


def _statement(stance: str, issue: str, hit: Span, lex: PositionLexicon) -> str:
    return f"{stance} {lex.labels.get(issue, issue).split(':')[0].lower()}: {_statement_words(hit)}"


def _evidence(stance_tok: Token, hit: Span, sent: Span) -> str:
    start = min(stance_tok.i, hit.start)
    end = max(stance_tok.i + 1, hit.end)
    governor = stance_tok if stance_tok.pos_ in {"VERB", "NOUN", "ADJ"} else stance_tok.head
    subject = subject_of(governor) if governor.pos_ != "NOUN" else None
    if subject is not None and sentence_of(subject) == sent:
        start = min(start, subject.left_edge.i)
    return sent.doc[max(start, sent.start):min(end, sent.end)].text


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
    paired: list[str] = field(default_factory=list)  # the two states last named together, for "the two sides"
    seen: set[tuple] = field(default_factory=set)


def text_positions(parts: list[tuple[int, Span, ActorIndex, bool]], hits: list[Span], pack: Pack, nlp: Language,
                   base: date | None, declined: dict[int, set[str]] | None = None) -> list[Position]:
    """The positions of a parsed text, given its sentences (number, span, actors, whether it opens a paragraph)
    and its issue phrases: each sentence is read in the voice of the quotation it belongs to ("“We are ready
    for talks. … ,” he said"), else of the party its paragraph last reported (``speaker_of``). ``declined``,
    when given, receives per sentence number the issues whose phrases the rules judged to be no position."""
    geo = geography(pack)
    hits = crimea_annexations(hits)
    speakers: list[Mention | None] = []
    named: list[dict[str, str]] = []  # whose documents the text has named up to each sentence
    for _, sent, index, _ in parts:  # in order: "the draft" is the latest draft named before
        register_documents(sent, index, geo)
        speakers.append(speaker_of(sent, index, pack, nlp))
        named.append(dict(index.documents))
    texts = [sent.text for _, sent, _, _ in parts]
    quoted = quotation_speakers(texts, speakers)
    with_hits = [k for k, (_, sent, _, _) in enumerate(parts)
                 if any(sent.start <= h.start and h.end <= sent.end for h in hits)]
    likeness = dict(zip(with_hits, sentence_likeness([texts[k].strip() for k in with_hits], pack)))  # not the
    # blank line a paragraph's last sentence ends with, which would move its similarity
    out: list[Position] = []
    carried: list[str] = []  # the issues of the sentence before, for "Putin has refused." or "Kyiv rejected it."
    context: Mention | None = None
    they: list[str] = []  # the parties of the sentence before, when it gave several
    paired: list[str] = []  # the two states a sentence last named as one phrase
    group: list[str] = []  # the states the last sentence with a named subject named (party_group), for "they"
    for k, (number, sent, index, opens) in enumerate(parts):
        for lemma, owner in named[k].items():  # a memorandum named before is not one named only later
            if lemma in index.documents and (owner != named[-1].get(lemma) or k and owner != named[k - 1].get(
                    lemma)):  # ("Kyiv's own memorandum" after Russia's)
                index.documents[lemma] = owner
        context = context if not opens or is_documentary(context, sent.doc) else None  # a plan's terms go on
        here = [h for h in hits if sent.start <= h.start and h.end <= sent.end]
        earlier = [p for p in out if p.sentence is not None and number - p.sentence <= OWNED_RECALL_SENTENCES]
        judged: set[str] = set()
        found = positions_in(sent, here, index, pack, nlp, base, number, quoted.get(k) or context, they, earlier,
                             judged, carried, paired, likeness.get(k))
        if declined is not None and judged:
            declined[number] = judged
        out.extend(found)
        carried = carried_issues(found, here, lexicon(pack, nlp))
        context = context if _goes_on(speakers[k], context, sent.doc) else speakers[k] or context
        codes = list(dict.fromkeys(p.holder.code for p in found if p.holder.code))
        group = group if _anaphoric(sent) else party_group(sent, index)
        they = codes if len(codes) > 1 else group if len(group) > 1 else []
        paired = pairing(sent, index) or paired
    return out


def _anaphoric(sent: Span) -> bool:
    """Whether a sentence's subject is "they" or "the leaders", who go on being the group named before."""
    subject = subject_of(sent.root)
    return subject is not None and (subject.lower_ == "they" or subject.lemma_.lower() in LEADERS
                                    and subject.tag_ == "NNS" and all(c.dep_ == "det" for c in children(subject)))


def positions_in(sent: Span, hits: list[Span], index: ActorIndex, pack: Pack, nlp: Language,
                 base: date | None, sentence: int, context: Mention | None = None,
                 they: list[str] | None = None, earlier: list[Position] | None = None,
                 declined: set[str] | None = None, carried: list[str] | None = None,
                 paired: list[str] | None = None, likeness: dict[str, float] | None = None) -> list[Position]:
    """Every position the sentence states or reports, given the issue phrases in it; ``context`` is the party
    the paragraph's previous sentence reported (``speaker_of``), the holder of a demand with no speaker;
    ``earlier`` are the positions of the sentences before, which "the demand" or "the Russian offer" recalls;
    ``declined``, when given, receives the issues of the phrases judged to be no position ("any ceasefire");
    ``carried`` are the issues of the sentence before, which "Putin has refused." or "Kyiv rejected it." takes up;
    ``paired`` the two states named together last, whom "the two sides" stands for; ``likeness`` the sentence's
    similarity to each issue (``sentence_likeness``), computed here when not given."""
    lex = lexicon(pack, nlp)
    geo = geography(pack)
    recalls = recalled_spans(sent, hits, lex, earlier or [], index, geo, sentence)
    if not hits and not recalls and not carried:
        return []
    out: list[Position] = []
    words = [t.lower_ for t in tokens_of(sent)]
    here = _Sentence(sent, index, pack, lex, geo, base, sentence, _repeat(sent, lex, base, words), context, words,
                     they or [], paired or [])
    if hits and likeness is None:
        likeness = sentence_likeness([sent.text.strip()], pack)[0]
    hits = [_office_term(as_process(h)) for h in disambiguated(hits, likeness or {})]
    governed = {h.start: stance_above(h, hits, lex, sent) for h in hits}
    specific = [(g[0].i, h.root) for h in hits if h.label_ not in GENERIC_ISSUES and (g := governed[h.start])
                and not _set_against(h, g, hits, governed)]
    dismissed: set[int] = set()  # phrases that only place or date something: no antecedents of "it" or "which"
    weighed: set[int] = set()  # phrases that passed the judgements below and were looked at for a stance
    for hit in hits:
        issue = hit.label_
        stance_of_hit = worked_on(hit, lex, sent) or listed_after(hit, lex) or governed[hit.start]
        if any(other.label_ == issue and _absence(other) and other.root.i != hit.root.i
               and is_below(hit.root, other.root) for other in hits):
            continue  # "no impunity for the crime of aggression": the crime is what goes unpunished
        if any(qualifies(hit.root, other, lex) for other in hits if other.label_ != issue):
            continue  # "an unconditional ceasefire": a property of the ceasefire, not a position on conditions
        if issue in GENERIC_ISSUES and stance_of_hit and any(
                i == stance_of_hit[0].i and (is_nested(root, hit.root) or issue == SETTLEMENT and
                                             hit.root.dep_ == "pobj") for i, root in specific):
            continue  # "talks on the four regions", "lifted as part of a settlement": the specific issue says it
        if _owned_aims(hit) and any(h.label_ not in GENERIC_ISSUES and _same_clause(h.root, hit.root) for h in hits):
            continue  # "sanctions would not change Russia's position": the sanctions are the issue
        if issue == SETTLEMENT and stance_of_hit and _for_the_sake(hit, stance_of_hit[0], specific):
            continue  # "committed to a multinational force to help secure a lasting peace": the force is the issue
        framing = issue in GENERIC_ISSUES or any(c.dep_ == "det" and c.lower_ == "any" for c in children(hit.root))
        if framing and stance_of_hit and hit.root.dep_ in {"nsubj", "nsubjpass"} and any(
                i == stance_of_hit[0].i and root.i != hit.root.i and is_below(root, hit.root.head)
                for i, root in specific):
            continue  # "any settlement must restore the rights of Russian speakers": the rights are the issue
        if issue == "talks_format" and (prep := next((t for t in hit if t.lower_ == "without"), None)) is not None:
            left_out = _left_out(prep)  # "no decisions about Ukraine without Ukraine": no ordinary stance word
            if left_out is not None:
                weighed.add(hit.start)
                out.extend(_positions_for(hit, *left_out, here))
            continue
        handed = _handed(hit, index, geo)  # "handed over its memorandum": the paper is no mere name
        if in_setting_phrase(hit) or names_document(hit, stance_of_hit, lex) and not handed or is_mere_place(hit)\
                or nothing_undoes(hit, stance_of_hit) or is_idiom_table(hit) or is_left_body(hit)\
                or any(t.lower_ == "according" for t in hit.root.ancestors)\
                or issue in GENERIC_ISSUES and is_step_toward(hit) or issue == SETTLEMENT and _names_actor(hit, index)\
                or is_faith_of_peoples(hit) or document_speaks(hit) or issue == "talks_format" and _recipient(hit)\
                or is_outlined(hit) or _not_taken(hit) or _unsaid(stance_of_hit) or in_respite_clause(hit)\
                or is_fruitless(hit) or in_open_question(hit.root):
            dismissed.add(hit.start)
            continue  # also "according to people at the meeting": the source of a report is no issue
        weighed.add(hit.start)
        brokered = _brokered(hit, index)  # a go-between's support, beside or instead of the stance found
        found = _expired(hit, index, context) or as_clause(hit, lex) or handed\
            or _provided(stance_of_hit, hit, index, geo, context) or stance_of_hit\
            or _under_document(hit, index, geo) or _document_provision(hit, index, geo) or listed_under(hit, lex)\
            or among(hit, lex)
        held = None  # "if Moscow continues to reject the truce": the refusal goes on, beside what the condition asks
        if found is None or inside_condition_clause(found[0]):
            held = found if found is not None and goes_on(found[0]) else None
            found = asked_in_condition(hit, lex, sent) or found
        if found is None:
            process = next((t for t in hit.root.ancestors if t.lemma_.lower() in PROCESS_VERBS), None)
            limited = next((t for t in (hit.root, *hit.root.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
            if process is not None and _condition(process, sent, lex, words) is not None:
                found = (process, "condition")
            elif limited is not None and only_when(limited):
                found = (limited, "condition")  # "a summit could take place only once the delegations agree"
            else:
                inner = any(h.root.i != hit.root.i and is_below(hit.root, h.root) and h.label_ not in GENERIC_ISSUES
                            for h in hits)  # "would not surrender territory": territory, not the surrender
                reported = None if issue == SETTLEMENT or issue in GENERIC_ISSUES and not (
                    is_planned(hit) or _badly_judged(hit, lex)) else _reported_clause(hit, index, lex, geo)
                if inner:
                    weighed.discard(hit.start)  # judged: the inner phrase is the issue
                found = None if inner else reported or promised(hit, index)\
                    or _document_clause(hit, here.context) or _enacted(hit, index) or _carried_out(hit, index)\
                    or brokered or _well_judged(hit)\
                    or _taken_part(hit, index) or _done_absence(hit, index)
        willed = _judged_will(hit, lex, index, geo)  # "the EU's decision to … would boomerang": owner and judge
        found = found or next(iter(willed), None)
        if found is None:
            continue
        stated = enshrined(outermost(found, lex), lex)
        refused = refused_noun(stated, lex)
        if refused[0].i != stated[0].i and refused[0].dep_ in {"ccomp", "xcomp", "conj"}:  # "demanded that
            # Ukraine abandon its bid to join NATO": the refusal is what another demands
            refused = outermost(refused, lex)
        found = _licensing_negation(hit, refused, lex)
        found = _judged_act(found, hit, index, lex)
        if before_any(hit):
            found = (found[0], "condition")  # "told the Ukrainians to abandon four regions before any truce"
        stances = [found]
        owned = _owned_noun(hit, lex, index, geo)
        if owned and owned[0].i != found[0].i:
            stances.append(owned)
        elif owned and owned[0].dep_ in {"dobj", "pobj", "nsubjpass"}:  # "Putin accepted the US proposal"
            outer = governing_stance(owned[0].head, lex, sent)
            if outer is not None and outer[0].pos_ in {"VERB", "AUX", "ADJ"}:
                stances.append(outermost(outer, lex))  # "demanded that Ukraine abandon its bid to join NATO"
        if found[0].dep_ in {"relcl", "acl"} and found[0].head.i == hit.root.i and hit.root.dep_ in {"dobj", "pobj"}:
            outer = governing_stance(hit.root.head, lex, sent)  # "declined to impose the sanctions he threatened",
            if outer is not None and outer[0].i != found[0].i and outer[0].pos_ in {"VERB", "AUX", "ADJ"}:  # "urged
                stances.append(refused_noun(outermost(outer, lex), lex))  # Moscow to accept the truce proposed by …"
        if (judged := judged_by_relative(found[0], lex)) is not None:
            stances.append(judged)  # "insists on territorial demands that Ukraine has rejected"
        stances.extend(_seconded(found[0], lex))
        for extra in (_effort(hit, lex, index, geo), _gratitude(found[0]), *willed):
            if extra is not None and all(extra[0].i != st[0].i for st in stances):
                stances.append(extra)
        if brokered is not None and brokered[0].i != found[0].i:
            stances.append(brokered)
        if held is not None and all(held[0].i != st[0].i for st in stances):
            stances.append(held)
        for stance_tok, stance in stances:
            given = _positions_for(hit, stance_tok, stance, here)
            outer = None if given else _taken_on(hit, stance_tok, lex, here)
            out.extend(given or (_positions_for(hit, *outer, here) if outer else []))
    if declined is not None:
        declined.update(h.label_ for h in hits if h.start not in weighed)
    for pronoun, antecedent in back_referenced(sent, [h for h in hits if h.start not in dismissed]):
        found = said_gap(pronoun, lex) or governing_stance(pronoun, lex, sent)
        if found is not None:
            out.extend(_positions_for(antecedent, *outermost(found, lex), here))
    for recall in recalls:
        found = judged_after(recall.root, lex) or (governing_stance(recall.root.head, lex, sent)
                                                   if recall.root.head.i != recall.root.i else None)
        if found is not None and found[0].dep_ not in LENDING_DEPS:  # not "the terms must …"
            found = refused_noun(outermost(found, lex), lex)
            given = _positions_for(recall, *found, here)
            outer = governing_stance(found[0].head, lex, sent) if not given and found[0].dep_ == "acl" else None
            out.extend(given or (_positions_for(recall, *outer, here) if outer else []))  # "expressed its
            # readiness to accept the US proposal": the readiness is the holder's
    if carried:
        for word, found in taken_up(sent, [h for h in hits if h.start not in dismissed], lex, index):
            out.extend(_positions_for(Span(sent.doc, word.i, word.i + 1, label=carried[0]), *found, here))
    return out


PARTY_ENTITIES = {"PERSON", "NORP", "ORG", "GPE"}  # a subject naming someone acts for itself


def _according_party(stance_tok: Token, index: ActorIndex) -> Mention | None:
    """The party a clause with no party as its subject is credited to by "according to X", when X is a state or
    its official, not a news source: "According to Lavrov, any settlement must …" says what Lavrov holds."""
    verb = next((t for t in (stance_tok, *stance_tok.ancestors) if subject_of(t) is not None), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is not None and (index.at(subject) is not None or subject.pos_ == "PRON" and subject.lower_ != "it"
                                or any(t.ent_type_ in PARTY_ENTITIES for t in subtree(subject))):
        return None  # "according to the president, Russia put forward demands …": Russia's demands
    for tok in tokens_of(sentence_of(stance_tok)):
        if tok.lower_ == "according" and tok.i + 1 < sentence_of(stance_tok).end and tok.nbor(1).lower_ == "to":
            pobj = according_object(tok)
            m = index.at(pobj)
            named = m is not None and pobj is not None and m.start <= pobj.i < m.end
            one = m is not None and (m.actor.name or pobj.lemma_.lower() in ONE_PERSON)  # "the Russian leader"
            return m if named and one and m.actor.code is not None and not is_reporter(m.actor) else None
    return None


def _taken_on(hit: Span, noun: Token, lex: PositionLexicon, here: _Sentence) -> tuple[Token, str] | None:
    """"The Kremlin insisted on territorial demands", "backed calls for a truce": a demand or proposal noun
    that names no one whose it is is held by whoever takes it up, through the verb it is the object of."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj"} or stance_of(noun, lex) not in {"demand", "propose"}\
            or noun_owners(noun, here.index, here.geo) or not _names_what(hit, noun):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    outer = governing_stance(noun.head, lex, here.sent)
    return outer if outer is not None and outer[0].i == verb.i and verb.pos_ == "VERB" else None


def _names_what(hit: Span, noun: Token) -> bool:
    """Whether an issue phrase says what a noun is about: its modifier ("territorial demands") or the object of
    its preposition ("demands for neutrality"), not a clause under it ("conditions Kyiv cannot meet")."""
    root = hit.root
    return root.head.i == noun.i and root.dep_ in {"amod", "compound"}\
        or root.dep_ == "pobj" and root.head.head.i == noun.i


def _set_against(hit: Span, found: tuple[Token, str], hits: list[Span],
                 governed: dict[int, tuple[Token, str] | None]) -> bool:
    """"Wanted a lasting peace, not a pause", "favoured a peace agreement rather than a ceasefire": a specific
    issue phrase set against another phrase of the same stance word says nothing for that phrase."""
    return _not_this(hit.root, found[0]) or _instead(hit) or any(
        (g := governed[h.start]) is not None and g[0].i == found[0].i and g[1] != found[1] for h in hits)


def _seconded(verb: Token, lex: PositionLexicon) -> list[tuple[Token, str]]:
    """"The truce proposed by the United States and supported by Ukraine": each further participle with an agent
    of its own, conjoined to the one found, is another party's stance on the same noun."""
    if verb.dep_ != "acl" or agent_of(verb) is None:
        return []
    return [(c, stance) for c in children(verb) if c.dep_ == "conj" and c.tag_ == "VBN" and agent_of(c) is not None
            and (stance := stance_of(c, lex))]


def _licensing_negation(hit: Span, found: tuple[Token, str], lex: PositionLexicon) -> tuple[Token, str]:
    """"Would not accept a cap that leaves its army unable to defend the country or any recognition of occupied
    land": "any" before an issue phrase asks for a negation above it; when the stance word found is not negated
    (the parse hung the phrase on a nearer verb), the nearest negated stance predicate above it speaks."""
    path = [hit.root, *(t for t in hit.root.ancestors if t.i != found[0].i and found[0].i in {
        a.i for a in t.ancestors})]  # the phrase's nouns below the stance word
    if is_negated(found[0]):
        return found
    if not any(c.dep_ == "det" and c.lower_ == "any" for t in path for c in children(t)):
        return _any_refused(found)
    for verb in found[0].ancestors:
        if verb.pos_ in {"VERB", "AUX"} and is_negated(verb) and (stance := stance_of(verb, lex)):
            return verb, stance
        if verb.dep_ in {"ccomp", "ROOT"}:
            break
    return found


def _any_refused(found: tuple[Token, str]) -> tuple[Token, str]:
    """"Would not sign any agreement that involved giving up territory": a stance word in a clause on an "any" noun
    that a negated verb governs is denied with that verb."""
    clause = found[0]
    if clause.dep_ in {"xcomp", "aux", "neg"}:
        clause = clause.head
    noun = clause.head
    if clause.dep_ not in {"relcl", "acl"} or noun.dep_ != "dobj" or not is_negated(noun.head)\
            or not any(c.dep_ == "det" and c.lower_ == "any" for c in children(noun)):
        return found
    return noun.head, found[1]


def _for_the_sake(hit: Span, stance_tok: Token, specific: list[tuple[int, Token]]) -> bool:
    """Whether a settlement phrase is only the purpose ("to help secure a lasting peace", "to end the war") of a
    specific issue that the same stance word governs outside that purpose clause."""
    purpose = next((t for t in hit.root.ancestors if t.pos_ == "VERB" and t.dep_ in {"advcl", "acl", "xcomp"}
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))), None)
    return purpose is not None and any(i == stance_tok.i and not purpose.left_edge.i <= root.i <= purpose.right_edge.i
                                       for i, root in specific)


def _recipient(hit: Span) -> bool:
    """"The memorandum handed to the Ukrainian delegation": the side a paper is handed to is no talks issue."""
    root = hit.root
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in HANDING_VERBS


def _saying_noun_owner(stance_tok: Token, index: ActorIndex, geo: Geography) -> Mention | None:
    """"Hegseth's declaration that a return to the pre-2014 borders is unrealistic": the owner of a saying noun
    speaks the clause that noun introduces, as the subject of a reporting verb would, also inside another's report
    ("Witkoff said he understood Moscow's position that …") but not above one."""
    for t in (stance_tok, *stance_tok.ancestors):
        if t.i != stance_tok.i and t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in REPORTING_VERBS:
            return None
        if t.dep_ in {"acl", "ccomp"} and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in SAYING_NOUNS\
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(t)):
            if t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in OWN_ATTITUDES | {"share"}:
                return None  # "they support Trump's position that …": whoever takes it up holds it too
            owners = noun_owners(t.head, index, geo)
            return owners[0] if owners else None
        if t.dep_ == "ROOT":
            return None
    return None


def _document_sayer(stance_tok: Token, index: ActorIndex, geo: Geography) -> Mention | None:
    """"The 20-point framework says Ukraine should hold elections": a plan or draft that says something speaks
    for its owner, as a party that says it would."""
    verb = next((t for t in stance_tok.ancestors if t.lemma_.lower() in REPORTING_VERBS), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    owners = document_owners(subject, index, geo) or joint_text(subject)
    return owners[0] if owners else None


def _enacted(hit: Span, index: ActorIndex) -> tuple[Token, str] | None:
    """"Britain sanctioned 135 more tankers": a party that itself does the act an issue verb names supports it."""
    verb = hit.root
    if len(hit) != 1 or verb.pos_ != "VERB" or hit.label_ in GENERIC_ISSUES or verb.dep_ == "xcomp"\
            or any(c.dep_ == "auxpass" for c in children(verb)):
        return None  # not "Moscow prefers to trade by the thousand": a preference, not the act
    return (verb, "support") if index.at(subject_of(verb)) is not None else None


CARRYING_OUT = {"exchange", "swap", "release", "free", "complete", "return", "repatriate", "trade", "carry",
                "implement", "conduct", "fulfil", "fulfill"}


def _carried_out(hit: Span, index: ActorIndex) -> tuple[Token, str] | None:
    """"Russia and Ukraine exchanged 157 prisoners of war", "the two sides completed the largest prisoner
    exchange": a party that carries out an act on what an issue phrase names (a swap, a release, a return)
    supports it; not what is done to a party ("prisoners were returned")."""
    root = hit.root
    while root.dep_ in {"compound", "amod", "nummod"} and root.head.pos_ == "NOUN":
        root = root.head  # "a prisoner exchange"
    verb = root.head
    reduced = reduced_relative(verb, root)  # "carried out the exchange agreed in Istanbul"
    verb = verb.head if reduced else verb
    if root.dep_ != "dobj" and not reduced or verb.pos_ != "VERB" or verb.lemma_.lower() not in CARRYING_OUT\
            or hit.label_ in GENERIC_ISSUES or any(c.dep_ == "auxpass" for c in children(verb)):
        return None
    return (verb, "support") if index.at(subject_of(verb)) is not None else None


GOING_WELL = {"well", "smoothly", "forward", "ahead"}  # "the talks were going well", "the meeting would go ahead"


def _well_judged(hit: Span) -> tuple[Token, str] | None:
    """"The talks were going well", "the meeting had been useful", "the next round could take place next week":
    talks that are the subject of a good verdict on how they go, or that they go on or take place, are supported
    by whoever says so (the speaker, ``holders_of``)."""
    root = hit.root
    verb = root.head
    if hit.label_ != "talks_format" or root.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma in PROCEEDING and verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in children(verb)):
        return None  # "a virtual meeting followed": what happened, not a verdict
    if lemma in PROCEEDING and (lemma not in {"go", "move", "take"} or any(
            c.dep_ in {"advmod", "dobj", "prt"} and c.lower_ in GOING_WELL | {"place"} for c in children(verb))):
        return verb, "support"
    if lemma in STATIVE_VERBS and any(c.dep_ in {"acomp", "attr"} and any(w.lemma_.lower() in GOOD_VERDICTS or any(
            a.dep_ == "amod" and a.lemma_.lower() in GOOD_VERDICTS for a in children(w)) for w in (c, *c.conjuncts))
                                      for c in children(verb)):  # "was informative, frank and useful"
        return verb, "support"
    return None


TAKING_PART = {"attend", "join", "send", "dispatch", "convene", "organise", "organize", "arrange", "schedule",
               "participate", "part", "prepare", "reconvene"}
CALLING_OFF = {"cancel", "postpone", "boycott", "skip", "snub", "shun", "delay"}


def _taken_part(hit: Span, index: ActorIndex) -> tuple[Token, str] | None:
    """"Kyiv sent a delegation", "Moscow will attend the talks", "took part in the meeting", "Trump called off the
    summit": a party that takes part in talks, sends to them or arranges them supports them; one that calls them
    off, puts them off or stays away rejects them."""
    if hit.label_ != "talks_format":
        return None
    root = hit.root
    while root.dep_ in {"compound", "amod"} and root.head.pos_ == "NOUN":
        root = root.head
    verb = root.head
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "for"}:  # "took part in", "participate in", "prepare for"
        verb = root.head.head
        verb = verb.head if verb.lemma_.lower() == "part" and verb.dep_ == "dobj" else verb
        if verb.lemma_.lower() not in {"take", "participate", "prepare"}:
            return None
    elif root.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in children(verb)):
        return None
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in children(verb) if c.dep_ == "prt"), None)
    if lemma in CALLING_OFF or lemma in {"call", "put"} and particle == "off":  # "called off a summit"
        stance = "reject"
    elif lemma in TAKING_PART or lemma == "take" and root.head.lower_ == "in":
        stance = "support"
    else:
        return None
    return (verb, stance) if index.at(subject_of(verb)) is not None else None


HANDED_PAPERS = DOCUMENT_NOUNS | {"document", "memoranda"}


def _handed(hit: Span, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """"Ukraine had handed its memorandum to the Russian side", "the Russian delegation handed over a memorandum",
    "we have handed our document to them", "the text of Kyiv's draft will be handed over": a party that hands
    over a paper for the talks proposes what it says (the talks as the issue)."""
    root = hit.root
    paper = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root  # "the text of the draft"
    verb = paper.head
    if hit.label_ != "talks_format" or root.lemma_.lower() not in HANDED_PAPERS\
            or verb.lemma_.lower() not in HANDING_VERBS:
        return None
    if paper.dep_ == "nsubjpass":
        return (root, "propose") if noun_owners(root, index, geo) else None
    if paper.dep_ != "dobj" or any(c.dep_ == "auxpass" for c in children(verb)):
        return None
    subject = subject_of(verb)
    return (verb, "propose") if index.at(subject) is not None or subject is not None and subject.lower_ == "we"\
        else None


UNDERMINING = {"undermine", "sabotage", "wreck", "obstruct", "disrupt", "torpedo", "derail", "thwart", "avoid", "evade",
               "dodge"}


def _underminers(stance_tok: Token, index: ActorIndex, geo: Geography) -> list[Mention] | None:
    """"Kyiv is trying to derail the talks, Peskov said", "accused Europe of obstructing the peace efforts", "an
    attempt by European politicians to wreck the negotiations", "Zelensky's demand was designed to disrupt the
    talks": who undermines an issue opposes it; the one who says so only accuses (none when nobody is named).
    ``None`` for a stance word that undermines nothing."""
    if stance_tok.lemma_.lower() not in UNDERMINING:
        return None
    t = stance_tok
    for _ in range(6):
        if (accused := accused_of(t)) is not None:
            return index.all_at(accused)
        subject = agent_of(t) or subject_of(t) if t.pos_ in {"VERB", "AUX"} else None
        if subject is None and t.pos_ == "NOUN":  # "an attempt by European politicians to …", "Kiev's attempt"
            subject = next((g for p in children(t) if p.dep_ == "prep" and p.lower_ == "by" for g in children(p)
                            if g.dep_ == "pobj"), None) or next((c for c in children(t) if c.dep_ == "poss"), None)
        if subject is not None:
            if subject.pos_ == "PRON" and subject.lower_ in {"which", "that", "who"} and t.dep_ == "relcl":
                subject = t.head
            found = index.all_at(subject) or noun_owners(subject, index, geo)
            if found or subject.i != t.head.i:
                return found  # but "a pretext to derail …": the noun it is said of is no one; go on up
        if t.dep_ not in {"xcomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "conj", "dobj"}\
                or t.head.i == t.i\
                or t.head.lemma_.lower() in REPORTING_VERBS:
            return []
        t = t.head
    return []


BROKERING = {"mediate", "broker", "facilitate", "mediation"}


def _brokered(hit: Span, index: ActorIndex) -> tuple[Token, str] | None:
    """"An exchange mediated by the United Arab Emirates", "swapped prisoners with mediation by Qatar": the
    go-between of an act on an issue supports it."""
    clause = next((t for t in (hit.root, *hit.root.ancestors) if t.pos_ == "VERB"), None)
    if clause is None or any(t.dep_ == "prep" and t.lower_ != "of" for t in hit.root.ancestors if t.i != clause.i
                             and clause in t.ancestors):
        return None  # not "were returned after the consultations, with mediation by …": the act is the clause's
    for tok in tokens_of(hit.sent):
        if tok.lemma_.lower() not in BROKERING:
            continue
        path = list(tok.ancestors)
        if clause not in path or any(t.pos_ in {"VERB", "AUX"} for t in path[:path.index(clause)]) or (
                [tok, *path][path.index(clause)].dep_ in {"nsubj", "nsubjpass"} and tok.head.i != hit.root.i):
            continue  # the go-between of the clause the issue phrase is in, not of its subject or another clause
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and (agent := agent_of(tok)) is not None\
                and index.at(agent) is not None:
            return tok, "support"
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with"\
                and any(p.lower_ == "by" and any(index.at(g) for g in children(p)) for p in children(tok)):
            return tok, "support"
    return None


OWNED_AIMS = {"position", "stance", "term", "demand"}  # "Russia's position": its aims as a whole


def _owned_aims(hit: Span) -> bool:
    """"Putin's position", "Moscow's terms": a party's stance as a whole is its war aims only where the sentence
    names no specific issue ("Russia's terms on Donbas" are on the territory)."""
    return hit.label_ == SETTLEMENT and hit.root.lemma_.lower() in OWNED_AIMS and hit[0].dep_ == "poss"\
        and hit[0].head.i == hit.root.i


def _clause_of(tok: Token) -> Token:
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in {"VERB", "AUX"}), sentence_of(tok).root)


def _same_clause(tok: Token, owned: Token) -> bool:
    """An issue phrase said of a party's position: under it ("Russia's terms on Donbas") or in its clause."""
    return is_below(tok, owned) or _clause_of(tok).i == _clause_of(owned).i


def _names_actor(hit: Span, index: ActorIndex) -> bool:
    """"The Kiev regime and its sponsors were not interested in peace": a war-aims word that names the party a
    clause is about (an actor mention as its subject) frames that party, it is no issue."""
    return hit.root.i in index.by_token and hit.root.dep_ in {"nsubj", "nsubjpass"}


def _owned_noun(hit: Span, lex: PositionLexicon, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """A demand or proposal noun with its owner above an issue phrase ("the US ceasefire proposal",
    "Washington's proposal to recognise Crimea"): a position of the owner besides the sentence's own."""
    t = hit.root
    for _ in range(5):
        stance = stance_of(t, lex) if t.pos_ == "NOUN" else None
        if stance and (noun_owners(t, index, geo) or t.lemma_.lower() in DOCUMENT_NOUNS and
                       document_owners(t, index, geo)):
            return t, stance
        if t.dep_ in {"ROOT", "ccomp", "parataxis"} or t.head.i == t.i:
            return None
        t = t.head
    return None


EFFORTS = {"effort", "mediation", "leadership", "determination", "contribution", "help", "assistance", "striving"}
ACTIVE_ROLES = {"role"}  # only for an act: "Washington's role in bringing the sides back to the table"


def _effort(hit: Span, lex: PositionLexicon, index: ActorIndex, geo: Geography) -> tuple[Token, str] | None:
    """"Washington's mediation efforts", "the peace efforts of President Trump", "Trump's determination to stop
    the killing", "grateful to Washington for its help in launching the talks": a party's own effort toward an
    issue is its support, besides whatever the sentence says of it (not "Kyiv's efforts to derail the talks")."""
    t, acted = hit.root, False
    for _ in range(7):
        if t.i != hit.root.i and stance_of(t, lex) in NEGATIVE:
            return None
        acted = acted or t.pos_ == "VERB" and t.i != hit.root.i
        lemma = t.lemma_.lower()
        if (t.pos_ == "NOUN" and (lemma in EFFORTS or lemma in ACTIVE_ROLES and acted) and noun_owners(t, index, geo))\
                or (t.pos_ == "VERB" and lemma in EFFORTS and t.dep_ == "pcomp"):
            return t, "support"  # also "grateful to the United States for helping to start the talks"
        if t.dep_ in {"ROOT", "ccomp", "parataxis", "relcl"} or t.head.i == t.i:
            return None
        t = t.head
    return None


WILLED_ACTS = {"decision": "support", "attempt": "propose", "plan": "propose", "move": "support", "bid": "propose",
               "push": "propose", "intention": "support", "step": "support"}


def _judged_will(hit: Span, lex: PositionLexicon, index: ActorIndex, geo: Geography) -> list[tuple[Token, str]]:
    """"Zakharova said the EU's decision to adopt its package would boomerang", "the EU's attempts to seize the
    assets are theft, she warned", "said the EU's new package would backfire": a named party's decision, attempt
    or proposal toward an issue, judged badly by the clause it is the subject of, is that party's stance and the
    judge's opposition (the judge being the speaker of the clause, else whoever the verdict is credited to)."""
    t = hit.root
    for _ in range(6):
        if t.dep_ in {"ROOT", "ccomp", "parataxis", "relcl", "advcl"} or t.head.i == t.i:
            return []
        if t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubjpass"} and (
                t.i != hit.root.i and t.lemma_.lower() in WILLED_ACTS or stance_of(t, lex) in {"propose", "demand"}):
            break  # also "the EU's package would boomerang"
        if t.i != hit.root.i and stance_of(t, lex) in NEGATIVE:
            return []  # "Kyiv's decision to refuse talks": the act's own refusal, read where it stands
        t = t.head
    else:
        return []
    verb = t.head
    if not noun_owners(t, index, geo):
        return []
    bad = _bad_verdict(verb, hit, lex)
    if bad is None:
        return []
    judge = verb.head if verb.dep_ in {"ccomp", "parataxis"} and verb.head.lemma_.lower() in REPORTING_VERBS else bad
    return [(t, stance_of(t, lex) or WILLED_ACTS[t.lemma_.lower()]), (judge, "oppose")]


def _gratitude(done: Token) -> tuple[Token, str] | None:
    """"Russia was grateful to Turkey for hosting the talks": who is grateful for what another did supports it too
    (the doer holds the deed's stance)."""
    if done.dep_ != "pcomp" or done.head.lower_ != "for":
        return None
    head = done.head.head
    grateful = next((c for c in (head, *children(head)) if c.lemma_.lower() in GRATEFUL), None)
    return (grateful, "support") if grateful is not None else None


def _not_taken(hit: Span) -> bool:
    """Whether an issue phrase is the object of an act a clause says was not done: "came away without announcing a
    ceasefire"."""
    verb = hit.root.head
    return hit.root.dep_ == "dobj" and verb.dep_ == "pcomp" and verb.head.lower_ == "without"


UNSAID = {"announce", "unveil", "mention", "specify"}  # acts of saying whose denial says nothing of a stance
PENDING = {"confirm"}  # ... and those whose denial says nothing while "yet" leaves them pending


def _unsaid(found: tuple[Token, str] | None) -> bool:
    """Whether the stance over an issue phrase is a denied act of saying: "Trump did not announce new sanctions",
    "Kyiv has not yet confirmed its participation" say nothing of where they stand ("has still not confirmed it
    will come" reproaches a refusal)."""
    if found is None or not is_negated(found[0]):
        return False
    lemma = found[0].lemma_.lower()
    return lemma in UNSAID or lemma in PENDING and any(c.lower_ == "yet" for c in children(found[0]))


def _without(root: Token, stance_tok: Token) -> bool:
    """Whether an issue phrase is what a stance goes without ("wanted talks without the inconvenience of a
    ceasefire")."""
    for t in (root, *root.ancestors):
        if t.i == stance_tok.i:
            return False
        if t.dep_ == "prep" and t.lower_ == "without":
            return True
    return False


def _not_this(root: Token, stance_tok: Token) -> bool:
    """Whether an issue phrase is set against what a stance is about ("wants a lasting peace, not a pause that
    would be used to rearm"): a noun below the stance word that has its own "not" or comes right after one."""
    for t in (root, *root.ancestors):
        if t.i == stance_tok.i:
            return False
        opening = t.doc[max(t.left_edge.i - 1, 0):t.left_edge.i + 1]  # the "not" may hang on the noun before
        if t.pos_ in {"NOUN", "ADP"} and t.dep_ in {"appos", "conj", "prep"} and (
                any(c.dep_ == "neg" for c in children(t)) or any(w.lower_ == "not" for w in opening)):
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


def _is_weapon(holder: Mention, hit: Span) -> bool:
    """"Russian missiles and drones struck …", "missiles that would push Moscow toward diplomacy": arms hold no
    position."""
    return hit.doc[holder.start:holder.end].root.lemma_.lower() in WEAPONS


VOWING = {"vow", "pledge", "promise", "swear"}
BANNING = {"ban", "bar", "prohibit", "forbid", "outlaw"}
TALKS = "talks_format"
ENDING = {"expire", "lapse", "end", "run"}  # "his mandate has expired", "ran out", "ended with his term"
OFFICE_TERMS = {"term", "mandate", "legitimacy"}


def _expired(hit: Span, index: ActorIndex, context: Mention | None) -> tuple[Token, str] | None:
    """"Peskov said Zelensky's mandate had expired", "his term of office ran out": one who reports that a leader's
    term is over denies him the right to sign (not the narrator's dating of it); ``context`` is the party the
    quotation or paragraph speaks for."""
    if hit.label_ != "elections_governance":
        return None
    verb = _ended_term(hit)
    return (verb, "reject") if verb is not None and (
        context is not None or attribute(verb, index).speaker is not None) else None


def _ended_term(hit: Span) -> Token | None:
    """The verb by which the term or mandate a phrase names ends ("his mandate has run out")."""
    noun = next((t for t in hit if t.lemma_.lower() in OFFICE_TERMS), None)
    verb = noun.head if noun is not None and noun.dep_ == "nsubj" else None
    if verb is None or verb.lemma_.lower() not in ENDING or is_negated(verb):
        return None
    return verb if verb.lemma_.lower() != "run" or any(c.dep_ == "prt" and c.lower_ == "out" for c in children(verb))\
        else None


def _office_term(hit: Span) -> Span:
    """"Zelensky's mandate has run out": a mandate that ends is a leader's term of office, not a delegation's."""
    if hit.label_ != TALKS or _ended_term(hit) is None:
        return hit
    return Span(hit.doc, hit.start, hit.end, label="elections_governance")


REFLEXIVES = {"itself", "himself", "herself", "themselves"}
DECREES = {"decree", "law", "order", "ban"}
ISSUING = {"sign", "issue", "adopt", "pass", "enact"}


def _banned_by(stance_tok: Token, index: ActorIndex) -> list[Mention] | None:
    """Who bans talks: the subject that bars itself ("Kyiv prohibited itself from negotiating"), the party bound
    by a decree or its signer ("bound by a decree prohibiting negotiations", "the decree Zelensky signed banning
    talks", "its own decree forbids it")."""
    if stance_tok.lemma_.lower() not in BANNING:
        return None
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children(stance_tok)):
        return index.all_at(subject_of(stance_tok)) or None
    decree = stance_tok.head if stance_tok.dep_ == "acl" else subject_of(stance_tok)
    if decree is None or decree.lemma_.lower() not in DECREES:
        return None
    if decree.dep_ == "pobj" and decree.head.dep_ == "agent":  # "the Ukrainian side was bound by a decree …"
        bound = next((c for c in children(decree.head.head) if c.dep_ == "nsubjpass"), None)
        return index.all_at(bound) or None
    for c in children(decree):
        if c.dep_ in {"poss", "amod", "compound"} and (found := index.all_at(c)):
            return found
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in ISSUING:
            by = subject_of(c) if c.dep_ == "relcl" else next(
                (g for a in children(c) if a.dep_ == "agent" for g in children(a) if g.dep_ == "pobj"), None)
            if by is not None and (found := index.all_at(by)):
                return found
    return None


def _vowed_not(stance_tok: Token, hit: Span) -> bool:
    """"Vowed that Ukraine would never cede its land", "promised it would not recognise the annexation": a vow
    of an act left undone refuses it."""
    if stance_tok.lemma_.lower() not in VOWING:
        return False
    for verb in hit.root.ancestors:
        if verb.i == stance_tok.i:
            return False
        if verb.pos_ in {"VERB", "AUX"} and (is_negated(verb) or any(c.lower_ == "never" for c in children(verb))):
            return True
    return False


UNLIKELY = {"unlikely", "improbable"}
SIGN_NOUNS = {"indication", "sign", "signal", "hint", "suggestion"}


def _doubted(stance_tok: Token) -> bool:
    """"Kyiv is unlikely to accept any cap", "Russia has given no indication it will accept the truce", "showed no
    sign of agreeing to talks": a stance judged improbable, or of which no sign is seen, is denied."""
    head = stance_tok.head
    if stance_tok.dep_ == "xcomp" and head.lemma_.lower() in UNLIKELY:
        return True
    if stance_tok.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head
    elif stance_tok.dep_ not in {"acl", "ccomp"}:
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() in SIGN_NOUNS\
        and any(c.dep_ == "det" and c.lower_ == "no" for c in children(head))


def _short_of(hit: Span, stance_tok: Token) -> bool:
    """"Will not accept any settlement that falls short of a full withdrawal": what a refused deal would stop short
    of is demanded."""
    for verb in hit.root.ancestors:
        if verb.i == stance_tok.i:
            return False
        if verb.lemma_.lower() in {"fall", "stop"} and any(c.lower_ == "short" for c in children(verb)):
            return True
    return False


def _nothing_given(verb: Token, hit: Span, lex: PositionLexicon) -> bool:
    """"Was giving no consideration to returning nuclear weapons", "offered no concessions on territory": a verb
    whose object is "no …" other than the issue itself is negated (not "will spare no effort to …", nor a stance
    phrase that says "no" itself: "has no future")."""
    words = tuple(t.lemma_.lower() for t in verb.doc[verb.i:verb.i + 3])
    own = any(len(parts) > 2 and parts[1] == "no" and words[:len(parts)] == parts
              for parts, _ in lex.phrases_by_word.get(verb.lemma_.lower(), ()))
    return verb.lemma_.lower() not in SPARING_VERBS and not own and any(
        c.dep_ == "dobj" and c.i != hit.root.i and any(g.dep_ == "det" and g.lower_ == "no" for g in children(c))
        for c in children(verb))


AFFIRMING = {"reaffirm", "affirm", "confirm", "declare"}


def _affirmed_negation(verb: Token, hit: Span) -> bool:
    """"Reaffirmed that elections cannot be held under martial law": affirming a negated clause about an issue
    opposes it."""
    if verb.lemma_.lower() not in AFFIRMING:
        return False
    clause = next((c for c in children(verb) if c.dep_ == "ccomp" and c.left_edge.i <= hit.root.i <= c.right_edge.i),
                  None)
    return clause is not None and any(c.dep_ == "neg" for c in children(clause))


def _refused_passive(stance_tok: Token, hit: Span) -> bool:
    """"Said Crimea is Russian and will not be discussed with anyone", "… is a closed question and cannot be
    negotiated": an issue phrase whose clause goes on, without a subject of its own, to a negated passive of talking
    it over (``PROCESS_VERBS``) takes it off the table."""
    verb = hit.root
    while verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "conj":
        if verb.head.i == verb.i or verb.i == stance_tok.i:
            return False
        verb = verb.head
    subjects = [c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.i == stance_tok.i or not any(c.left_edge.i <= hit.root.i <= c.right_edge.i for c in subjects):
        return False
    return any(c.dep_ == "conj" and c.lemma_.lower() in PROCESS_VERBS and {"auxpass", "neg"} <= deps
               and not deps & {"nsubj", "nsubjpass"}
               for c in children(verb) if (deps := {g.dep_ for g in children(c)}))


def _done_absence(hit: Span, index: ActorIndex) -> tuple[Token, str] | None:
    """"Moscow was dragging out the war", "Brussels prolongs the conflict": a party said to keep the war going,
    with no stance word over it, opposes its end (``_absence`` turns the act into the opposite stance)."""
    verb = hit.root
    if verb.pos_ != "VERB" or verb.i != hit.start or verb.dep_ in {"pcomp", "advcl"} or not _absence(hit)\
            or inside_condition_clause(verb) or index.at(subject_of(verb)) is None:
        return None  # not "as long as Moscow continues the war", nor "accused Kyiv of prolonging the war"
    return verb, "support"


def _absence(hit: Span) -> bool:
    """Whether an issue phrase names the issue's absence ("impunity", "dragging out the war", "kept fighting",
    ``ABSENCE_PHRASES``), its first word in any form."""
    return " ".join([hit[0].lemma_.lower(), *(t.lower_ for t in hit[1:])]) in ABSENCE_PHRASES


THREAT_MARKS = {"if", "unless", "otherwise"}
CONSEQUENCES = {"meet", "face", "trigger", "bring", "prompt", "draw", "invite", "provoke", "incur"}


def _none_without(hit: Span, stance_tok: Token) -> bool:
    """Whether a "no" says that nothing goes without something: "no decisions about Ukraine without Ukraine", "no
    peace agreement can be concluded without Ukraine", "no talks about Ukraine without Ukraine" (a requirement, not a
    refusal)."""
    noun = hit.root if any(c.lower_ == "no" and c.dep_ == "det" for c in children(hit.root)) else (
        stance_tok.head if stance_tok.lower_ == "no" and stance_tok.dep_ == "det" else None)
    if noun is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "without" for t in [noun, *list(noun.ancestors)[:3]]
               for c in children(t)) or any(t.dep_ == "prep" and t.lower_ == "without" for t in subtree(noun))


def _left_out(prep: Token) -> tuple[Token, str] | None:
    """The stance a "without Ukraine" takes on settling things without a party: a requirement where the settling
    is denied ("no decisions about Ukraine without Ukraine", "peace cannot be charted without Kyiv"), opposition
    where what is settled so is judged ("any deal struck without Ukraine would be worthless"), else none."""
    done = prep.head
    while done.dep_ == "pobj" and done.head.dep_ == "prep" and done.head.i != done.head.head.i:
        done = done.head.head  # "no decisions about Ukraine without Ukraine": the decisions
    noun = done.head if done.dep_ in {"acl", "relcl"} else done
    named = [done, noun, *(c for c in children(done) if c.dep_ in {"nsubj", "nsubjpass", "attr"})]
    if any(t.lower_ == "nothing" or any(c.dep_ == "neg" or c.lower_ in {"no", "never"} for c in children(t))
           for t in named):
        return prep, "demand"
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.pos_ in {"NOUN", "PRON"}:
        return prep, "oppose"
    return None


def _asked_in_return(hit: Span, stance_tok: Token) -> bool:
    """Whether an issue phrase is what a party asks in return for what it gives up: "in exchange for guarantees"."""
    for t in hit.root.ancestors:
        if t.i == stance_tok.i:
            return False
        if t.dep_ == "prep" and t.lower_ == "for" and t.head.lower_ in {"exchange", "return"} \
                and t.head.head.lower_ == "in":
            return True
    return False


HARMS = {"attack", "invade", "strike", "threaten", "seize", "occupy", "bomb", "target"}


ALLIANCE, SECURITY = "alliance_neutrality", "european_security"


def _harm_renounced(stance_tok: Token, hit: Span) -> bool:
    """Whether a negative word renounces a harm done to what the issue phrase names: "has no intention of attacking
    the European Union", "would never invade Europe", "had no plans to attack NATO"."""
    negators = {"no", "never", "not", "n't"}
    if stance_tok.lower_ not in negators and not any(c.lower_ in negators for c in children(stance_tok)):
        return False
    return any(t.lemma_.lower() in HARMS and t.pos_ == "VERB" and t.tag_ != "VBN"  # not "occupied land"
               and t.left_edge.i <= hit.root.i <= t.right_edge.i
               for t in hit.doc[stance_tok.i + 1:hit.end])


def _threatened(stance_tok: Token, hit: Span) -> bool:
    """"Warned that Russia would face new sanctions if it refused", "warning that the Kremlin would otherwise face
    sanctions": a warning of what follows unless the other side yields is a conditional threat, not a refusal."""
    if stance_tok.lemma_.lower() != "warn":
        return False
    clause = next((c for c in children(stance_tok) if c.dep_ == "ccomp"), None)
    if clause is None or not clause.left_edge.i <= hit.root.i <= clause.right_edge.i:
        return False
    subject = next((c for c in children(clause) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return any(t.lower_ in THREAT_MARKS for t in subtree(clause)) or clause.lemma_.lower() in CONSEQUENCES\
        and (subject is None or not subject.left_edge.i <= hit.root.i <= subject.right_edge.i)  # "a refusal
    # would be met with tougher sanctions", "that any attack would trigger new sanctions"


def suffered(stance: str, issue: str, holder: str | None, text: str, pack: Pack) -> str:
    """"Called the sanctions an unfriendly act", "said the sanctions would boomerang on the Europeans", "developed
    immunity to Western sanctions": a party that only ever wants an act done to it undone (its dated positions on
    the issue all lie at the undoing end of the scale) takes no positive stance on the act itself; one read
    as positive in a sentence that names the act (the issue's ``suffered`` words in the pack) but does not ask for
    its undoing opposes it."""
    if stance in NEGATIVE or stance == "condition":
        return stance
    words = _suffering(pack, issue)
    if words is None or holder not in words[2]:
        return stance
    lower = text.lower()
    return "oppose" if words[0].search(lower) and not words[1].search(lower) else stance


_SUFFERING: dict[tuple[int, str], tuple[re.Pattern, re.Pattern, frozenset[str]] | None] = {}


def _suffering(pack: Pack, issue: str) -> tuple[re.Pattern, re.Pattern, frozenset[str]] | None:
    """An issue's act and undoing patterns and the parties whose dated positions on it all lie in the top quarter
    of its scale (read once per pack and issue); None where the pack gives the issue no such words."""
    key = (id(pack), issue)
    if key not in _SUFFERING:
        found = next((i for i in pack.issues if i.id == issue and i.suffered is not None), None)
        _SUFFERING[key] = None if found is None else (
            re.compile(found.suffered.act), re.compile(found.suffered.undo), _undoers(found))
    return _SUFFERING[key]


def _undoers(issue: Issue) -> frozenset[str]:
    """The parties whose dated positions on an issue all lie in the top quarter of its scale."""
    values = {p.point: p.value for p in issue.scale}
    top = max(values.values(), default=0.0) * 0.75
    marks: dict[str, list[bool]] = {}
    for p in issue.positions:
        marks.setdefault(p.party, []).extend(values.get(x, -1.0) >= top for x in (p.point or "").split("-"))
    return frozenset(party for party, high in marks.items() if high and all(high))


def _positions_for(hit: Span, stance_tok: Token, stance: str, here: _Sentence) -> list[Position]:
    """The positions one stance predicate gives an issue phrase, one per holder not given before."""
    issue = hit.label_
    out: list[Position] = []
    if inside_condition_clause(stance_tok) and not goes_on(stance_tok) and not (
            stance_tok.pos_ == "NOUN" and noun_owners(stance_tok, here.index, here.geo)):
        return out  # but "if Kyiv's offer of neutrality is genuine, …": the offer was made
    if _unsaid((stance_tok, stance)):
        return out  # also for phrases reached through a recall or a pronoun
    pack, lex, index = here.pack, here.lex, here.index
    credit = attribute(stance_tok, index, groups=True)
    negative_cue = stance_tok.dep_ in {"aux", "neg"} or stance_tok.lower_ in {"never", "no"} or any(
        c.dep_ == "neg" and hit.start <= c.i < hit.end for c in children(stance_tok))  # "NATO would not expand further"
    if not negative_cue and not inside_condition_clause(hit.root) and (
            is_negated(stance_tok) or any(c.lower_ == "never" for c in children(stance_tok))
            or _nothing_given(stance_tok, hit, lex) or _affirmed_negation(stance_tok, hit)
            or _refused_passive(stance_tok, hit) or _doubted(stance_tok)):
        stance = pack.negated_stance.get(stance, stance)  # type: ignore[arg-type]  # but "not … until X" asks for X
    if any(c.lower_ == "no" and c.dep_ == "det" for c in children(hit.root)):
        stance = "reject" if stance in {"demand", "accept", "support"} else stance
    elif _without(hit.root, stance_tok) or _instead(hit) or _not_this(hit.root, stance_tok):
        stance = pack.negated_stance.get(stance, stance)  # type: ignore[arg-type]  # "talks without a truce"
    if _absence(hit):
        stance = pack.negated_stance.get(stance, stance)  # type: ignore[arg-type]  # "no impunity"
    if stance not in NEGATIVE and _pressed_into(stance_tok):
        stance = pack.negated_stance.get(stance, stance)  # type: ignore[arg-type]
    if stance in NEGATIVE and _none_without(hit, stance_tok):
        stance = "demand"  # "no settlement is possible without tackling the root causes": a requirement
    if stance in NEGATIVE and _short_of(hit, stance_tok):
        stance = "demand"  # "will not accept any settlement that falls short of a full withdrawal"
    if stance in NEGATIVE and _asked_in_return(hit, stance_tok):
        stance = "demand"  # "ready to drop the NATO bid in exchange for guarantees": the guarantees are wanted
    if stance in NEGATIVE and _harm_renounced(stance_tok, hit):
        stance = "support"  # "Russia has no intention of attacking Europe": an assurance, not a refusal
        issue = SECURITY if issue == ALLIANCE else issue  # "… of attacking NATO": Europe's security, not NATO's
        # membership
    if stance not in NEGATIVE and _vowed_not(stance_tok, hit):
        stance = "reject"  # "vowed that Ukraine would not cede an inch of its land"
    if stance == "oppose" and _threatened(stance_tok, hit):
        stance = "condition"
    if stance == "demand" and issue == TALKS and stance_tok.lemma_.lower() in BANNING:
        stance = "reject"  # "a decree banning negotiations with Putin": a ban on talks refuses them
    condition = _condition(stance_tok, here.sent, lex, here.words)
    in_condition = condition is not None and hit.text in condition and hit.start > stance_tok.i
    if condition and not in_condition:
        stance = "condition"
    speaker = _saying_noun_owner(stance_tok, index, here.geo) or credit.speaker\
        or _document_sayer(stance_tok, index, here.geo)
    holders = holders_of(stance_tok, hit, index, speaker or here.context, here.geo, speaker is not None)
    if all(h.actor.code is None for h in holders):
        sides = both_sides(stance_tok, index, credit.speaker or here.context, pack.parties, here.paired) or (
            both_sides(credit.verb, index, here.context, pack.parties, here.paired) if credit.verb is not None
            else [])  # "both delegations agreed that a ceasefire should …"
        verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg"} else stance_tok
        if sides and credit.speaker is not None and credit.speaker.actor.code is not None and is_obliged(verb)\
                and stance != "condition" and all(s.actor.code != credit.speaker.actor.code for s in sides):
            holders, stance = [credit.speaker], "demand"  # "Kellogg said both sides should agree to a truce"
        else:
            holders = sides or holders
    if not any(holders) and stance in NEGATIVE and (yielder := _unyielding(stance_tok, index)) is not None:
        holders = [yielder]  # "Moscow will not be intimidated by threats of new sanctions"
    if not any(holders) and credit.speaker is None and (source := _according_party(stance_tok, index)) is not None:
        holders, credit.reported_by = [source], None  # "According to Lavrov, any settlement must …"
    holders = [h and on_behalf(h, here.sent.doc, index) for h in holders]
    terms = _terms_of(hit, here.context, index, here.geo)
    if terms is not None and terms[0].i == stance_tok.i:
        holders = terms[1]  # type: ignore[assignment]  # "Ukraine would cap its army …" in the draft
    if not holders and here.they and (subject := subject_of(stance_tok)) is not None and subject.lower_ == "they":
        holders = [state_mention(code, subject, subject.text, "GOV") for code in here.they]  # "They also agreed …"
    if says_of_another(stance_tok, holders, credit.speaker, index):
        holders = [credit.speaker]  # type: ignore[list-item]  # "the leaders said Ukraine should keep an army"
        if stance != "condition" and is_obliged(stance_tok.head if stance_tok.dep_ in {"aux", "neg"} else stance_tok):
            stance = "demand"  # "Rutte said Moscow should accept the ceasefire"
    if credit.speaker is not None and credit.verb is not None and credit.speaker in holders:
        joined = [m for m in index.all_at(subject_of(credit.verb)) if not is_reporter(m.actor)
                  and (m == credit.speaker or m.actor.code != credit.speaker.actor.code)]  # not "its ombudsman, X"
        if credit.speaker in joined:  # "France and Germany said the talks must go on": each speaker holds it
            holders = [x for h in holders for x in (joined if h == credit.speaker else [h])]
    underminers = _underminers(stance_tok, index, here.geo)
    if underminers is not None:
        holders = underminers  # type: ignore[assignment]  # "Peskov said Kyiv was trying to derail the talks"
    if stance == "reject" and issue == TALKS and (banners := _banned_by(stance_tok, index)) is not None:
        holders = banners  # type: ignore[assignment]
    if (teller := credit.speaker or here.context) is not None and (over := _expired(hit, index, teller)) is not None\
            and over[0].i == stance_tok.i:
        holders = [teller]  # not the leader whose term it is
    if (done := _done_absence(hit, index)) is not None and done[0].i == stance_tok.i:
        holders = index.all_at(subject_of(stance_tok))  # "… showed Moscow was dragging out the war": Moscow's
    target_tok = next((c for c in children(stance_tok) if c.dep_ in {"dobj", "dative"}), None)
    target = index.at(target_tok)
    given: set[tuple] = set()  # a party's position once per sentence, except for its conjoined speakers
    for holder in holders:
        if holder is None or is_reporter(holder.actor) or holder.actor == credit.reported_by or _is_weapon(holder, hit)\
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
            hedged=is_hedged(stance_tok, lex)))
    here.seen.update(g[:3] for g in given)
    return out
