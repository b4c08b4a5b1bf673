"""What a sentence of a position passage takes from the sentences before it or from its own lead-in: "Kyiv
dismissed that offer" and "Putin has refused." name again the issue of the sentence before; the items of a list
after "a clear mandate:" or "among Russia's demands are" take the stance of the noun that heads them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Position
from .geography import Geography
from .issue_phrases import GENERIC_ISSUES, qualifies
from .position_holders import noun_owners
from .position_stances import (
    LENDING_DEPS,
    STATIVE_VERBS,
    PositionLexicon,
    governing_stance,
    outermost,
    said_gap,
    stance_of,
)
from .scale import NEGATIVE
from .syntax import ActorIndex, children, sentence_of, tokens_of

# Nouns that, just before a colon, make the list after it their content: "came with a clear mandate: a ceasefire,
# …", "restated his price: the whole of the Donbas", "the goals remain unchanged: …", "the plan: …".
LIST_NOUNS = {**dict.fromkeys(("demand", "condition", "precondition", "term", "requirement", "mandate", "brief",
                               "price", "ultimatum", "priority", "goal", "aim", "objective", "agenda", "position"),
                              "demand"),
              **dict.fromkeys(("proposal", "plan", "offer", "framework", "roadmap", "formula", "provision"), "propose")}
# Words that make a stance verb's object the list after the colon: "agreed only to what costs it nothing: …", "the
# one thing Europe had demanded: …", "Moscow wants just one thing: …"
LISTED_THINGS = {"what", "thing", "things", "something"}
LIST_REACH = 12  # how many words before the colon the list's noun or verb may stand


def listed_under(hit: Span, lex: PositionLexicon) -> tuple[Token, str] | None:
    """An issue phrase with no stance word of its own in a list after a colon whose lead-in names a demand, terms,
    a mandate or a plan (``LIST_NOUNS``), or a stance verb on "what" or "one thing": the noun's or verb's stance,
    the noun's owner or bearer or the verb's subject its holder (not when the lead-in refuses the noun: "Kyiv
    rejected the terms: …")."""
    doc, start = hit.doc, hit.sent.start
    colon = next((t for t in reversed(doc[start:hit.start]) if t.text == ":"), None)
    if colon is None:
        return None
    lead = doc[max(start, colon.i - LIST_REACH):colon.i]
    things = any(t.lower_ in LISTED_THINGS for t in lead)
    for word in reversed(lead):
        if word.pos_ == "NOUN" and word.lemma_.lower() in LIST_NOUNS:
            if word.dep_ in {"dobj", "pobj"} and stance_of(word.head, lex) in NEGATIVE:
                return None
            return word, LIST_NOUNS[word.lemma_.lower()]
        if things and word.pos_ == "VERB" and (stance := stance_of(word, lex)):
            return word, stance
    return None


def among(hit: Span, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"Among Russia's demands are recognition of Crimea and neutrality", "among the conditions Moscow set is a halt
    to arms deliveries": what a copula names among a party's demands or proposals has the noun's stance."""
    verb = next((t for t in hit.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_ not in STATIVE_VERBS:
        return None
    noun = next((g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "among" for g in children(c)
                 if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if noun is None or (stance := stance_of(noun, lex)) is None:
        return None
    return noun, stance


def judged_by_relative(noun: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"The territorial demands that Ukraine has rejected", "the offer Kyiv welcomed": a relative clause with a
    subject of its own on a stance noun is that subject's stance on the noun's issue, beside the noun's own; not a
    demand's content misread as one ("the demand that Kyiv withdraw", in the subjunctive)."""
    if noun.pos_ != "NOUN":
        return None
    for clause in children(noun):
        content = clause.tag_ in {"VB", "VBP"} and not any(c.dep_ == "aux" for c in children(clause))
        if clause.dep_ == "relcl" and not content and (stance := stance_of(clause, lex)) and any(
                c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} and c.lower_ not in {"that", "which", "who"}
                for c in children(clause)):
            return clause, stance
    return None


# Stance verbs that need no object to say what they take up: "Putin has refused.", "Zelensky agreed."
BARE_STANCE_VERBS = {"refuse", "agree", "decline", "object", "consent", "acquiesce", "accept", "reject"}
REFERRING_PRONOUNS = {"it", "this", "that"}
OBJECT_DEPS = {"dobj", "xcomp", "ccomp", "attr", "acomp", "dative", "oprd", "nsubjpass", "auxpass", "prt"}


def carried_issues(found: list[Position], hits: list[Span], lex: PositionLexicon) -> list[str]:
    """The issues a sentence hands on to the next one's "it" or bare "refused": those of its proposals and
    demands first, then of its other positions, else of its issue phrases but those that only qualify another ("an
    unconditional truce"); specific issues before talks or war aims."""
    issues = [p.issue for p in found if p.stance in {"demand", "propose"}] + [p.issue for p in found]\
        or [h.label_ for h in hits if not any(qualifies(h.root, o, lex) for o in hits if o.label_ != h.label_)]
    ordered = list(dict.fromkeys(issues))
    return [i for i in ordered if i not in GENERIC_ISSUES] + [i for i in ordered if i in GENERIC_ISSUES]


def taken_up(sent: Span, hits: list[Span], lex: PositionLexicon,
              index: ActorIndex) -> list[tuple[Token, tuple[Token, str]]]:
    """"Ukraine has dismissed it as a theatrical gesture", "Moscow rejected that", "Putin has refused.", "Zelensky
    agreed.": an object "it", "this" or "that", or a stance verb with no object at all, in a sentence with no issue
    phrase before it, takes up what the sentence before was about; with the stance that governs it."""
    out = []
    for word in tokens_of(sent):
        if any(h.end <= word.i for h in hits):
            continue
        if _referring(word, index) and not any(word.head.left_edge.i <= h.start < word.head.right_edge.i + 1
                                               for h in hits):  # not "called it the most productive day of talks"
            found = said_gap(word, lex) or governing_stance(word, lex, sent)
            if found is not None and found[0].pos_ in {"VERB", "AUX", "ADJ"} and found[0].dep_ not in LENDING_DEPS:
                out.append((word, outermost(found, lex)))
        elif _bare(word) and (stance := stance_of(word, lex)):
            out.append((word, (word, stance)))
    return out


def _referring(word: Token, index: ActorIndex) -> bool:
    """Whether a word is an object "it", "this" or "that", or a "this" or "that" judged by a copula, that can only
    mean something of the sentence before: the only object of its verb ("costs it nothing", "wait it out" are
    idioms), with no thing named before it in its own sentence but a recalling noun ("Pope Leo's offer is generous,
    and Zelensky was right to welcome it")."""
    if word.lower_ not in REFERRING_PRONOUNS or word.tag_ not in {"PRP", "DT"} or word.dep_ not in {"dobj", "pobj"}\
            and not (word.dep_ == "nsubj" and word.lower_ != "it" and word.head.lemma_ in STATIVE_VERBS):
        return False  # also "This is against our constitution", not the "it" of "it is clear that …"
    if any(c.i != word.i and c.dep_ in {"dobj", "dative", "prt"} for c in children(word.head)):
        return False
    things = [t for t in tokens_of(sentence_of(word)) if t.i < word.i and t.pos_ == "NOUN"
              and t.ent_type_ not in {"DATE", "TIME"} and t.i not in index.by_token]
    return not things or any(t.lemma_.lower() in RECALLING_NOUNS for t in things)


def _bare(verb: Token) -> bool:
    """Whether a stance verb stands alone as a main or reported clause ("Putin has refused", "said Kyiv had
    agreed"), with no object, complement or phrase of its own but a date ("declined on Friday"); also a "refuses"
    that the parser read as a plural noun after its subject ("Kyiv refuses, and rightly so")."""
    if verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and verb.tag_ == "NNS" and verb.lemma_.lower() in BARE_STANCE_VERBS\
            and any(c.dep_ in {"amod", "compound", "nsubj"} and c.i < verb.i for c in children(verb)):
        return True
    return verb.pos_ == "VERB" and verb.lemma_.lower() in BARE_STANCE_VERBS and verb.dep_ in {"ROOT", "conj", "ccomp"}\
        and not any(c.dep_ in OBJECT_DEPS for c in children(verb)) and all(
            g.ent_type_ in {"DATE", "TIME"} or g.lower_ == "principle"
            for c in children(verb) if c.dep_ in {"prep", "agent"} for g in children(c))


RECALL_SENTENCES = 2  # how far back "the demand" or "that offer" reaches
OWNED_RECALL_SENTENCES = 5  # how far back "the Russian offer" reaches
RECALLING_DETS = {"the", "that", "this", "these", "those", "such"}
# Nouns that name a party's stance or act on an issue again in a later sentence, and the stances of the positions
# they recall: a demand recalls a demand, an offer a proposal (or a demand: "called for a truce … supported the
# proposal"), an act ("declined to endorse the bill", "welcomed the decision") any position.
DEMANDED = ("demand",)
OFFERED = ("propose", "demand")
RECALLING_NOUNS: dict[str, tuple[str, ...] | None] = {
    **{n: DEMANDED for n in ("demand", "condition", "precondition", "ultimatum", "request")},
    **{n: OFFERED for n in ("offer", "proposal", "plan", "initiative", "suggestion", "signal")},
    **{n: None for n in ("bill", "decision", "move", "step", "measure", "idea", "announcement", "law", "approach",
                         "scheme")}}


def recalled_spans(sent: Span, hits: list[Span], lex: PositionLexicon, earlier: list[Position], index: ActorIndex,
                   geo: Geography, number: int) -> list[Span]:
    """"Moscow offered a three-day truce. Kyiv dismissed that offer.": a definite or demonstrative stance or act
    noun that is what a predicate acts on or judges, with no issue phrase of its own ("the demand", "that offer",
    "such demands", "the bill"), names again the issue of the latest fitting position of the sentences just before
    (``RECALLING_NOUNS``), a specific issue before talks or war aims; with a party as its one modifier ("the
    Russian offer", "the US move"), the latest fitting position of that party a few sentences back; ``number`` is
    the sentence's own."""
    if not earlier:
        return []
    out = []
    for noun in tokens_of(sent):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in RECALLING_NOUNS:
            continue
        determiners = [c for c in children(noun) if c.dep_ in {"det", "predet", "amod"} and c.lower_ in RECALLING_DETS]
        owner = next((c for c in children(noun) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if not determiners and owner is None:  # "such" is often an amod; "Beijing's initiative" is owned
            continue
        acted_on = noun.dep_ in {"dobj", "pobj", "nsubjpass"} or noun.dep_ == "nsubj"\
            and noun.head.lemma_ in STATIVE_VERBS  # "such demands are unacceptable"
        if not acted_on or any(noun.left_edge.i <= h.root.i <= noun.right_edge.i for h in hits):
            continue
        fits = _owned(noun, determiners, earlier, index, geo, number)
        start = min([c.i for c in determiners] + [noun.i] + ([owner.left_edge.i] if owner is not None else []))
        out.extend(_recalled(noun, start, RECALLING_NOUNS[lemma], fits))
    return out


def judged_after(noun: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"Called the conditions unacceptable" parsed with the adjective on the noun: a stance adjective after a
    recalling noun is the judgement on it."""
    return next(((c, stance) for c in children(noun) if c.dep_ == "amod" and c.i > noun.i
                 and (stance := stance_of(c, lex))), None)


def _owned(noun: Token, determiners: list[Token], earlier: list[Position], index: ActorIndex, geo: Geography,
           number: int) -> list[Position]:
    """The positions a recalling noun may mean: all for a bare one ("the offer"), those of its owner for one with a
    party as its one modifier ("the Russian offer", "the US move"), none for one with another ("the new offer")."""
    modifiers = [c for c in children(noun) if c.dep_ in {"poss", "amod", "compound"} and c not in determiners
                 and c.i < noun.i]  # not "called the demands unacceptable" parsed with the adjective on the noun
    if not modifiers:
        return [p for p in earlier if number - p.sentence <= RECALL_SENTENCES]
    if len(modifiers) != 1 or modifiers[0].pos_ not in {"PROPN", "ADJ"}\
            or noun.dep_ not in {"dobj", "pobj"}:
        return []
    codes = {m.actor.code for m in noun_owners(noun, index, geo)}
    return [p for p in earlier if p.holder.code in codes]


def _recalled(word: Token, start: int, stances: tuple[str, ...] | None, earlier: list[Position]) -> list[Span]:
    """The spans from ``start`` to a recalling word that carry the issues it recalls: that of the latest fitting
    position (of the first of ``stances`` that any has: an offer recalls a proposal before a demand), or, for a
    plural ("such demands"), those of every fitting position of its sentence."""
    fits = earlier if stances is None else next(
        (found for stance in stances if (found := [p for p in earlier if p.stance == stance])), [])
    fits = [p for p in fits if p.issue not in GENERIC_ISSUES] or fits
    if not fits:
        return []
    latest = max(p.sentence for p in fits if p.sentence is not None)
    issues = [p.issue for p in fits if p.sentence == latest]
    return [Span(word.doc, start, word.i + 1, label=issue) for issue in dict.fromkeys(
        issues if word.tag_ == "NNS" else issues[-1:])]
