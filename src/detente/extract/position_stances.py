"""Where a position's stance comes from: the stance word governing an issue phrase (through control verbs,
copulas, relative clauses and judgements), refused nouns, hedges and negation, reported and promised clauses,
and conditions ("only if", "once")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from ..ontology.schema import Pack
from .attribution import REPORTING_VERBS, is_enshrining, makes_clear
from .scale import NEGATIVE
from .syntax import (
    PERMITTING,
    ActorIndex,
    agent_of,
    children,
    is_infinitive,
    remembered,
    sentence_of,
    subject_of,
    subtree,
    tokens_of,
)

MODALS = {"must", "should", "have", "need", "ought"}
DOCUMENT_NOUNS = {"memorandum", "plan", "proposal", "draft", "statement", "communique", "communiqué", "paper",
                  "letter", "decree", "resolution", "framework", "roadmap", "declaration", "position", "text",
                  "offer", "initiative", "formula", "demands", "conditions", "terms"}
TAKING_SIDES = {"stand", "vote", "speak", "argue", "campaign", "unite", "rally", "side", "lobby", "come"}
OUTCOME_NOUNS = {"progress", "breakthrough", "headway", "mention"}  # what talks did or did not achieve or say
SPARING_VERBS = {"spare"}  # "will spare no effort to achieve peace": an idiom of full support, no refusal
STATIVE_VERBS = {"be", "remain", "stay"}  # "said the ceasefire remained in force" reports a state, not an event
PROPERTY_VERBS = {"have", "lack"}  # "said Kyiv lacked legitimacy": the speaker's verdict on a party, not its act
LENDING_DEPS = {"aux", "neg", "det", "advmod"}  # a modal or "no" that lends a stance to another word
VERB_ONLY_CUES = {"force", "host", "press", "bar", "question"}  # stance verbs whose nouns say nothing: "a European
# force", "raised the question of a ceasefire"
LACKED = {"point", "appetite", "sense"}  # what "no" or "little" of opposes: "no point in", "little appetite for"
NOUN_OBJECT_PREPS = {"for", "of", "on"}  # what a stance noun is about: "plans for", "offer of", "demand on"
OWNED_CUES = {"idea"}  # stance nouns only with an owner: "Trump's idea of a summit", not "mocked the idea of …"
# Stance nouns only in the singular and with an owner, also in phrases: "Moscow's position on Crimea", not "their
# positions on the front line"
OWNED_SINGULAR = {"position"}
EXCLUDING = {"rule", "preclude"}  # what a plan rules out, it provides: "the draft rules out NATO membership"
PROVIDING_NOUNS = DOCUMENT_NOUNS | {"document", "agreement", "deal", "treaty"}
TYING = {"tie", "link"}  # "tie X to Y": Y is demanded, X made conditional on it
WH_WORDS = {"what", "why", "how"}  # questions asked to dismiss: "what is there to talk about"
NO_ALTERNATIVE = {"alternative", "substitute"}  # "there is no substitute for a truce": the truce is wanted
# Issue phrases that name the issue's absence, so that a stance on them is the opposite stance on the issue:
# "there will be no impunity" asks for accountability, "wants to drag out the war" opposes a ceasefire.
ABSENCE_PHRASES = {"impunity", "drag out the war", "drag out the conflict", "prolong the war", "keep fighting",
                   "continue fighting", "continue the war", "prolong the conflict", "continuation of the war",
                   "cold war mentality", "prolong the killing", "prolong the killings"}


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
    negated: dict[str, str]  # stance -> the stance its negation takes

    @classmethod
    def build(cls, pack: Pack, nlp: Language) -> PositionLexicon:
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
                   {i.id: {w for c in pack.cues_of(i) for w in c.lower().split()[:-1]} for i in pack.issues},
                   dict(pack.negated_stance))


_LEXICONS: dict[tuple[int, int], PositionLexicon] = {}


def lexicon(pack: Pack, nlp: Language) -> PositionLexicon:
    key = (id(pack), id(nlp))
    if key not in _LEXICONS:
        _LEXICONS[key] = PositionLexicon.build(pack, nlp)
    return _LEXICONS[key]


def stance_of(tok: Token, lex: PositionLexicon) -> str | None:
    """The stance a token expresses, from single words and from phrases that start at it (found once per word of a
    document: the rules ask of the same words many times)."""
    return remembered(tok.doc, ("stance", tok.i, id(lex)), lambda: _stance_of(tok, lex))


def _stance_of(tok: Token, lex: PositionLexicon) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in OWNED_SINGULAR and (tok.tag_ == "NNS" or not _owned(tok)):
        return None
    doc = tok.doc
    for parts, stance in lex.phrases_by_word.get(lemma, ()):
        n = len(parts)
        window = doc[tok.i:tok.i + n]
        if len(window) == n and tuple(t.lemma_.lower() for t in window) == parts:
            return stance
        if parts[0] == "be" and len(parts) >= 2 and parts[1] == lemma:
            return stance
        if parts[0] == lemma and n == 2 and any(c.lower_ == parts[1] for c in children(tok)):
            return stance
    if tok.pos_ == "NOUN" and lemma in VERB_ONLY_CUES or _particle(tok) or lemma in OWNED_CUES and not _owned(tok)\
            or makes_clear(tok):
        return None  # "made clear it will not pay": what it says is the stance
    if tok.pos_ == "NOUN" and lemma in LACKED and any(c.dep_ in {"det", "amod"} and c.lower_ in {"no", "little"}
                                                      for c in children(tok)):
        return "oppose"  # "saw no point in a summit", "there is little appetite for a truce"
    return lex.stance_words.get(lemma) or lex.stance_words.get(tok.lower_)


def _owned(noun: Token) -> bool:
    """Whether a noun names its owner: a possessive ("Trump's idea", "his idea") or a name or national adjective
    before it ("the US idea", "the American idea")."""
    return any(c.dep_ == "poss" or c.dep_ in {"compound", "amod"} and c.text[:1].isupper() for c in children(noun))


SPLIT_PARTICLES = {"back", "out", "off", "away", "down"}


def _particle(tok: Token) -> bool:
    """Whether a word is the particle of a phrasal verb ("held back from the sanctions"), not a verb itself."""
    return tok.dep_ == "prt" or tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.pos_ == "VERB"\
        and (tok.i == tok.head.i + 1 or tok.lower_ in SPLIT_PARTICLES and tok.head.i < tok.i <= tok.head.i + 4)
    # ... also after the verb's object: "pull its troops back from"


def governing_stance(hit_root: Token, lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """The nearest stance predicate above an issue phrase (the phrase itself may be one: "the demand")."""
    if (used := _used_for_respite(hit_root)) is not None:
        return used
    t, steps, below = hit_root, 0, hit_root
    while steps < 9:
        if t.pos_ in {"VERB", "AUX"} and (judged := _judgement(t, lex, below)):  # "declared talks impossible"
            return judged
        if t.pos_ in {"VERB", "AUX"}:
            steps = max(steps, 1)
            if (unmoved := _unmoved(t, below)) is not None:  # "threats of sanctions will not change our course"
                return unmoved, "reject"
            if t.lemma_ in STATIVE_VERBS and (said := _predicate(t, lex, below)):  # "membership was off the table"
                return said
        elif (steps == 0 or t.i == hit_root.head.i and hit_root.dep_ in {"nummod", "compound", "amod"})\
                and (wanted := _object_relative(t, lex)):  # "the 85,000 troops Moscow sought"
            return wanted
        if t.lemma_.lower() in OUTCOME_NOUNS and (t.i != hit_root.i or any(
                c.dep_ == "det" and c.lower_ == "no" for c in children(t))):
            return None  # "made no progress toward a ceasefire", "makes no mention of a truce", "there was no
            # progress": what talks did not achieve, no stance on them
        if t.i != hit_root.i and t.lemma_.lower() in NO_ALTERNATIVE\
                and any(c.dep_ == "det" and c.lower_ == "no" for c in children(t)):
            return t, "demand"  # "saw no alternative to talks", "there is no substitute for a truce"
        if t.lower_ == "against" and t.dep_ == "prep" and t.head.lemma_.lower() in TAKING_SIDES:
            return t, "oppose"  # "pledged to stand together against unilateral sanctions", "voted against it"
        if reduced_relative(t, below):
            t, below = t.head, t  # "had broken the ceasefire agreed in 2019": the breaking, not the agreeing
            continue
        stance = stance_of(t, lex)
        if stance and says_nothing(t):
            return None
        if stance and t.lemma_.lower() in TYING and below.dep_ in {"dobj", "nsubjpass"}:
            return t, "condition"  # "tied a ceasefire to a halt in arms supplies": the ceasefire is conditioned
        if stance and (yielded := _yielded_to(t, lex)) is not None:
            return yielded  # "would not bow to pressure from Europe to accept a ceasefire": the bowing decides
        if stance and t.pos_ == "NOUN" and not _owned(t) and not any(c.dep_ == "prep" and c.lower_ in {"by", "from"}
                                                                    for c in children(t))\
                and (verdict := _verdict_on(t, lex)) is not None:
            return verdict  # "Moscow regards the demand for a 30-day pause as unacceptable": whose demand is not
            # said, the one who judges it rejects it
        if stance and t.pos_ in {"VERB", "AUX", "NOUN", "ADJ", "PROPN", "ADV", "DET", "PART"}:
            return t, stance
        if _out_of_sight(t):
            return None  # "the session ended with no truce in sight": a reporter's outlook, no one's stance
        for child in children(t):  # "Ukraine must withdraw", "no recognition", but not "spare no effort to …"
            if child.dep_ in LENDING_DEPS and (stance_of(child, lex) in {"demand", "reject"})\
                    and not (child.lower_ == "no" and t.dep_ == "dobj" and t.head.lemma_.lower() in SPARING_VERBS)\
                    and not (child.dep_ == "det" and _own_item(below, t)):
                return child, stance_of(child, lex)  # type: ignore[return-value]
        if t.head.i == t.i or _own_clause(t):
            return None
        if _narrating_clause(t):
            return None  # "the package was agreed after Slovakia lifted its objection, following assurances on
            # gas imports": the stance of the main clause does not reach into a clause that only dates it
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.left_edge.i > 0\
                and t.doc[t.left_edge.i - 1].lower_ == "but":
            return None  # "settled on a swap but remained deadlocked on a ceasefire": the first verb's stance
            # stops at the "but"
        steps += t.dep_ not in {"conj", "appos", "nmod"}  # a list of regions counts as one step
        if _next_infinitive(t):  # "calls on Kyiv to withdraw …, to renounce NATO membership and to hold …"
            first, commas = t, False
            while _next_infinitive(first):
                commas = commas or first.doc[first.left_edge.i - 1].lower_ in {",", ";"}
                first = first.head  # the list's first act: not the stance on the acts after it
            if commas:  # a list of three or more ("to continue mobilising and to receive arms" may be one act)
                if first.head.i == first.i:
                    return None
                t = first
        t, below = t.head, t
    return None


def reduced_relative(verb: Token, below: Token) -> bool:
    """Whether a verb the parser made a clause of its own with the noun before it as subject only describes that
    noun, the object of the verb above ("had broken the ceasefire agreed in 2019", "carried out the exchange agreed
    in Istanbul"): no mark, auxiliary or object of its own, under a verb that is no verb of saying and has no
    object of its own."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.tag_ in {"VBD", "VBN"} and below.dep_ == "nsubj" and below.i < verb.i\
        and below.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ == "the" for c in children(below))\
        and not any(c.dep_ in {"mark", "aux", "auxpass", "neg", "dobj", "xcomp", "ccomp"} for c in children(verb))\
        and head.pos_ == "VERB" and head.i < below.i and head.lemma_.lower() not in REPORTING_VERBS\
        and not any(c.dep_ in {"dobj", "dative"} for c in children(head))


PAST_TIME_MARKS = {"after", "before", "when"}


def _narrating_clause(verb: Token) -> bool:
    """Whether a verb heads a past-tense clause that only dates the main one ("was agreed after Slovakia lifted
    its objection"), not a condition ("only after a truce", "once talks begin")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or any(c.lower_ == "only" for c in children(verb)):
        return False
    return any(m.dep_ == "mark" and m.lower_ in PAST_TIME_MARKS and not (m.i > 0 and m.doc[m.i - 1].lower_ == "only")
               for m in children(verb))


def _next_infinitive(verb: Token) -> bool:
    """Whether a verb is a later item of a list of infinitives, which the parser hangs on the item before it
    ("urged Kyiv to withdraw from four regions, to renounce NATO membership and to hold elections")."""
    if verb.pos_ != "VERB" or verb.head.pos_ != "VERB" or verb.head.i >= verb.i or not is_infinitive(verb.head)\
            or verb.dep_ not in {"advcl", "conj", "xcomp"}:
        return False
    edge = verb.left_edge.i
    if verb.dep_ == "conj":
        return edge > 0 and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb))
    return is_infinitive(verb) and edge > 0 and verb.doc[edge - 1].lower_ in {",", "and", "or", ";"}


OUT_OF_SIGHT = {"sight", "view"}


def _own_item(below: Token, noun: Token) -> bool:
    """Whether a list item has a determiner of its own, so that the first item's "no" does not reach it: "wants
    no Western weapons and a new government" wants the government ("no talks or truce" refuses both)."""
    return below.dep_ in {"conj", "appos"} and below.head.i == noun.i and any(
        c.dep_ in {"det", "poss"} for c in children(below))


def _out_of_sight(noun: Token) -> bool:
    """"Broke up with no truce in sight": what no one yet sees coming."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children(noun)) and any(
        p.dep_ == "prep" and p.lower_ in {"in", "on"} and any(g.lemma_.lower() in OUT_OF_SIGHT for g in children(p))
        for p in children(noun))


UNMOVING = {"change", "affect", "alter", "influence", "sway", "shake", "break", "force", "intimidate", "frighten",
            "scare", "stop", "deter", "hurt", "damage", "harm", "weaken", "strengthen", "help", "bring"}


def _unmoved(verb: Token, below: Token) -> Token | None:
    """"Threats of new sanctions will not change Moscow's position", "the restrictions do not affect its course",
    "the measures will not help": a negated verb of effect whose subject holds the issue says the issue is of no
    use, so whoever says it rejects it; the negation is returned as the stance word."""
    if below.dep_ not in {"nsubj", "csubj"} or verb.lemma_.lower() not in UNMOVING:
        return None
    return next((c for c in children(verb) if c.dep_ == "neg" or c.lower_ == "never"), None)


PREFERRING = {"favour", "favor", "prefer", "choose", "prioritise", "prioritize", "want", "seek", "support"}


def _contrasted(hit: Span, found: tuple[Token, str]) -> bool:
    """Whether an issue phrase lies on the side a stance is set against: "wanted any deal to be final, not a
    pause", "must end the war, not merely pause it", "… rather than to move toward a ceasefire", "favoured a
    settlement over a truce" (the phrase's own "rather than" or conjunct "not" is read in ``positions``)."""
    tok = found[0]
    top = tok.head if tok.dep_ in LENDING_DEPS else tok
    doc = hit.doc
    for t in (hit.root, *hit.root.ancestors):
        if t.i in {tok.i, top.i}:
            return False
        neg = any(c.dep_ == "neg" for c in children(t))
        if neg and t.pos_ == "NOUN" and t.dep_ == "attr":
            return True  # "to be final, not a pause"
        if neg and t.pos_ == "VERB" and t.dep_ in {"conj", "dep"}\
                and not any(c.dep_ == "neg" for c in children(t.head)):
            return True  # "end the war for good, not merely pause it"
        if t.pos_ == "VERB" and not hit.start <= t.i < hit.end:
            edge = t.left_edge.i
            words = [w.lower_ for w in doc[max(edge - 3, 0):edge] if w.pos_ != "ADV" or w.lower_ == "rather"][-2:]
            if words in (["rather", "than"], ["instead", "of"]):
                return True  # "rather than (first) securing a ceasefire"
        if t.dep_ == "prep" and t.lower_ == "over" and tok.lemma_.lower() in PREFERRING\
                and tok.i in {t.head.i, t.head.head.i}:
            return True  # "favoured a long-term settlement over a truce"
    return False


def stance_above(hit: Span, hits: list[Span], lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """The stance that governs an issue phrase, the opposite one when the phrase is what the stance is set
    against (``_contrasted``); a refusing word inside an issue phrase that names an act ("withdraw its troops
    from the four regions" read as "withdraw from") is the act itself, so the stance is sought above that act."""
    found = _above(hit, hits, lex, sent)
    if found is not None and _contrasted(hit, found) and not any(
            h.label_ == hit.label_ and h.start != hit.start and not _contrasted(h, found) for h in hits):
        # but "needed binding guarantees, not verbal promises": the issue itself is wanted, in another form
        return found[0], lex.negated.get(found[1], found[1])
    return found


def _above(hit: Span, hits: list[Span], lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """The governing stance, sought above an act that a refusing word inside the phrase names."""
    found = governing_stance(hit.root, lex, sent)
    if found is not None and (judged := _judged_claim(found, lex)):
        return judged
    if found is not None and found[1] in NEGATIVE and (asked := _asked_of_another(found[0], lex)) is not None:
        return asked
    if found is None or found[1] not in NEGATIVE:
        return found
    act = next((h for h in hits if len(h) > 1 and h.label_ == hit.label_ and h.start <= found[0].i < h.end), None)
    if act is None:
        return found
    if act.root.head.i == act.root.i or act.root.dep_ == "conj":
        return None  # "was ready for a ceasefire and would not withdraw its troops": the act has no governor
    return governing_stance(act.root.head, lex, sent)


def _asked_of_another(verb: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"Medinsky insisted that Kyiv abandon the four regions", "pressed Zelensky to give up Donbas": a yielding act
    demanded of another party (in the base form; not "insisted that Kyiv had rejected …") is the demander's demand,
    not a refusal."""
    outer = verb.head
    if verb.tag_ != "VB" or verb.dep_ not in {"ccomp", "xcomp"} or stance_of(outer, lex) != "demand":
        return None
    inner, asker = subject_of(verb), subject_of(outer)
    return (outer, "demand") if inner is not None and asker is not None and inner.i != asker.i else None


def _judged_claim(found: tuple[Token, str], lex: PositionLexicon) -> tuple[Token, str] | None:
    """"Russia's demand for neutrality was unacceptable": a demand or proposal judged badly by the sentence is
    opposed by the judge (its owner's demand is given by ``positions._owned_noun``)."""
    noun, stance = found
    if noun.pos_ != "NOUN" or stance not in {"demand", "propose"} or noun.dep_ != "nsubj"\
            or noun.head.lemma_ not in STATIVE_VERBS:
        return None
    return next(((c, st) for c in children(noun.head) if c.dep_ in {"acomp", "attr"}
                 and (st := stance_of(c, lex)) in NEGATIVE), None)


def listed_after(hit: Span, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"… puts a ceasefire first, and refuses recognition of any occupied territory, limits on its armed forces or
    an imposed neutral status": a noun parsed as the conjunct of an earlier verb is one more object of the verb
    whose object list it goes on."""
    item = next((t for t in (hit.root, *hit.root.ancestors) if t.dep_ == "conj" and t.pos_ == "NOUN"
                 and t.head.pos_ == "VERB"), None)
    if item is None or item.left_edge.i < 2 or hit.doc[item.left_edge.i - 1].lower_ not in {",", "or", "and"}:
        return None
    before = hit.doc[item.left_edge.i - 2]  # the last word of the object before it
    verb = next((t for t in (before, *before.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or not item.head.i < verb.i < item.i or (stance := stance_of(verb, lex)) is None:
        return None
    return verb, stance


def _own_clause(verb: Token) -> bool:
    """Whether a verb heads a conjoined clause with its own subject ("Kyiv dismissed the offer, and Zelensky called
    the memorandum an ultimatum"): the first clause's stance does not reach into it."""
    return verb.pos_ in {"VERB", "AUX"} and verb.dep_ == "conj" and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb))


NO_COMMENT = {"comment", "elaborate", "specify", "speculate"}


def says_nothing(verb: Token) -> bool:
    """"Declined to say who would lead the delegation", "the talks are expected to begin", "failed to agree on a
    ceasefire": a refusal to comment, a forecast in the passive and an outcome that did not come about take no
    stance on what follows ("should not be expected" does)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return True
    if verb.lemma_.lower() in {"decline", "refuse"}:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in REPORTING_VERBS | NO_COMMENT for c in children(verb))
    return verb.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in children(verb))\
        and not any(c.dep_ in {"agent", "neg"} or c.lower_ in MODALS for c in children(verb))


def _predicate(copula: Token, lex: PositionLexicon, below: Token | None = None) -> tuple[Token, str] | None:
    """A stance phrase that a copula predicates of its subject ("was out of the question", "is off the table"), a
    goal noun as its subject ("our task is to establish a lasting peace"), and a demand noun that a copula equates
    with the issue coming up from ``below`` ("Kyiv's key demands were an immediate ceasefire and …", "a
    ceasefire is our main demand")."""
    if copula.dep_ in {"ccomp", "xcomp"} and copula.head.lemma_.lower() not in REPORTING_VERBS\
            and stance_of(copula.head, lex):
        return None  # "accept that membership is off the table": the outer stance speaks
    said = [c for c in children(copula) if c.dep_ in {"prep", "acomp", "advmod"}]
    said += [g for c in said if c.dep_ == "acomp" for g in c.conjuncts]  # "was informative, frank and useful"
    said += [g for c in children(copula) if c.dep_ == "attr" for g in children(c) if g.dep_ == "amod" and g.i < c.i]
    said += [c for c in children(copula) if c.dep_ == "attr" and stance_of(c, lex) in NEGATIVE]  # "would be theft"
    return next(((c, stance) for c in said if (stance := stance_of(c, lex))), None) or next(
        ((c, stance) for c in children(copula) if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and (stance := stance_of(c, lex)) in {"support", "demand"}
                 and any(k.dep_ == "xcomp" for k in children(copula))), None) or _equated(copula, lex, below)


GOALS = {"aim", "goal", "objective", "priority", "task", "requirement"}  # what a party insists on achieving


def _equated(copula: Token, lex: PositionLexicon, below: Token | None) -> tuple[Token, str] | None:
    """The demand or goal noun on the other side of a copula from the issue ("the key demands were X", "Ukraine's
    goal remained the release of …", "X is our main demand"): what a party says it must have, it demands."""
    if below is None or below.dep_ not in {"attr", "nsubj"}:
        return None
    other = "nsubj" if below.dep_ == "attr" else "attr"
    return next(((c, "demand") for c in children(copula) if c.dep_ == other and c.pos_ == "NOUN"
                 and (c.lemma_.lower() in GOALS or stance_of(c, lex) == "demand")), None)


def _object_relative(noun: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """A relative clause whose subject wants, offers or refuses the noun it modifies ("the verification
    measures Moscow has demanded", "a figure the Kremlin never withdrew", "talks broken off by Kyiv"); not one
    whose gap is its subject ("sanctions that hamper exports")."""
    for clause in children(noun):
        if clause.dep_ == "acl" and agent_of(clause) is not None and (stance := stance_of(clause, lex)):
            return clause, stance  # "the truce demanded by the European leaders"
        if clause.dep_ != "relcl" or (stance := stance_of(clause, lex)) is None:
            continue
        subject = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ not in {"WDT", "WP"} and subject.lower_ not in {"that", "which", "who"}:
            return clause, stance
        if subject is None and any(c.dep_ == "agent" for c in children(clause)):
            return clause, stance  # "the talks, which had been broken off by the Ukrainian side"
    return None


GOOD_VERDICTS = {"useful", "productive", "constructive", "positive", "good", "successful", "substantive", "fruitful",
                 "businesslike", "meaningful", "promising", "encouraging", "worthwhile", "valuable", "helpful",
                 "necessary"}
NAMING_VERBS = {"call", "describe", "label", "brand", "term", "dub", "deem", "consider", "regard", "view", "see",
                "characterise", "characterize", "portray"}
# What a party names an issue, when it is no stance word of its own: "called the talks historic", "called the
# memorandum an ultimatum", "called the measures an unfriendly act", "called it an attempt to buy time".
NAMED_GOOD = GOOD_VERDICTS | {"historic", "important", "significant", "breakthrough", "achievement", "success",
                              "beacon", "equal", "fair", "serious", "welcome"}
NAMED_BAD = {"propaganda", "unfriendly", "hostile", "ultimatum", "attempt", "farce", "charade", "bluff", "stunt",
             "theatrical", "staged", "fake", "lie", "aggression", "persecution", "mistake", "error", "trap", "threat",
             "useless", "decorative", "cynical", "hypocritical", "outrageous", "shameful", "disgraceful", "respite",
             "breather", "ploy", "piracy", "theft", "robbery", "blackmail", "provocation", "terrorism", "pretext",
             "illegitimate", "illegal", "unacceptable"}


def _judgement(verb: Token, lex: PositionLexicon, below: Token) -> tuple[Token, str] | None:
    """A stance word a verb predicates of its object: "declared talks impossible", "regards it as unacceptable",
    also when parsed as an adjective after a noun of the object ("declared talks with Putin impossible") or as a
    clause of its own ("regards as legally void"); a naming verb also judges by what it names the object ("called
    the talks useful", "called the measures an unfriendly act", ``NAMED_GOOD``, ``NAMED_BAD``) when the issue is
    what it names (``below``, the verb's child on the way up from the issue phrase)."""
    naming = verb.lemma_.lower() in NAMING_VERBS and below.dep_ in {"dobj", "ccomp", "nsubjpass"}
    for child in children(verb):
        judged = child.dep_ in {"oprd", "acomp", "ccomp"} or child.dep_ == "advcl" and any(
            g.lower_ == "as" for g in children(child))
        words = [child] if judged and child.pos_ == "ADJ" else\
            [g for g in children(child) if g.pos_ == "ADJ" or g.dep_ == "pobj"] + [  # and "described as
                a for g in children(child) if g.dep_ == "pobj" for a in children(g)  # unacceptable the demand …"
                if a.dep_ == "amod" and a.i == child.i + 1] if child.lower_ == "as" else\
            [g for g in subtree(child) if g.dep_ == "amod" and g.i > g.head.i] if child.dep_ == "dobj" else\
            [child, *(g for g in children(child) if g.dep_ in {"amod", "compound"})] if naming and child.dep_ in {
                "oprd", "attr"} else []
        for first, word in ((w, c) for w in words for c in (w, *w.conjuncts)):  # "as frank and very useful":
            stance = stance_of(word, lex)  # the first of the list stands for it, where its holder is sought
            if stance in {"oppose", "reject", "support"}:
                return first, stance
            if naming and child.dep_ != "dobj" and (named := named_verdict(word)):
                return first, named
    return None


# What a pause would give the other side: "a ceasefire would only let Kyiv regroup", "a truce would be a respite".
RESPITE = {"regroup", "rearm", "respite", "breather", "advantage", "replenish", "mobilise", "mobilize"}
USING = {"use", "exploit", "want", "seek", "need"}


def _respite_clause(clause: Token) -> bool:
    """Whether an infinitive clause says what gives the other side a respite ("to regroup and rearm")."""
    return clause.dep_ in {"xcomp", "advcl", "acl"} and any(t.lemma_.lower() in RESPITE for t in subtree(clause))


def in_respite_clause(hit: Span) -> bool:
    """Whether an issue phrase only says what the respite is ("use a truce to give the regime a breather")."""
    return any((a.dep_ == "acl" or a.head.lemma_.lower() in USING) and _respite_clause(a) for a in hit.root.ancestors)


def _used_for_respite(hit_root: Token) -> tuple[Token, str] | None:
    """"Peskov said Kyiv would use a ceasefire to regroup and rearm", "the West wants a truce only to give Kyiv a
    breather", "calls for a ceasefire to give the regime a breather, Lavrov said": whoever says an issue serves
    the other side's respite opposes it (none when no one says so)."""
    used = None
    if any(c.dep_ == "acl" and _respite_clause(c) for c in children(hit_root)):
        used = hit_root  # the issue noun the clause is said of
    elif hit_root.dep_ == "dobj" and hit_root.head.lemma_.lower() in USING\
            and any(_respite_clause(c) for c in children(hit_root.head)):
        used = hit_root.head
    if used is None:
        return None
    said = next((a for a in (used, *used.ancestors) if a.lemma_.lower() in REPORTING_VERBS and a.pos_ == "VERB"), None)
    if said is None:
        root = sentence_of(used).root
        said = next((c for c in children(root) if c.dep_ in {"parataxis", "ccomp"}
                     and c.lemma_.lower() in REPORTING_VERBS), root if root.lemma_.lower() in REPORTING_VERBS else None)
    return (said, "oppose") if said is not None else None


PRESSURES = {"pressure", "ultimatum", "ultimatums", "demand", "demands", "call", "calls", "threat", "threats"}


def _yielded_to(stance_tok: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """The verb of yielding ("bow to", "give in to") whose object presses for the act a stance word names: "bow
    to pressure to accept a ceasefire" is a stance of bowing, not of accepting."""
    head = stance_tok.head
    if stance_tok.dep_ in {"xcomp", "acl"} and head.lemma_.lower() in PRESSURES and head.dep_ == "pobj"\
            and head.head.lower_ == "to":
        verb = head.head.head
    elif stance_tok.dep_ in {"advcl", "xcomp"} and any(  # the infinitive parsed on the verb
            p.dep_ == "prep" and p.lower_ == "to" and any(g.lemma_.lower() in PRESSURES for g in children(p))
            for p in children(head)):
        verb = head
    else:
        return None
    stance = stance_of(verb, lex) if verb.pos_ == "VERB" else None
    return (verb, stance) if stance == "accept" else None


def _verdict_on(noun: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """The negative verdict a verb passes on its object noun ("regards the demand as unacceptable")."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    judged = _judgement(verb, lex, noun)
    return judged if judged is not None and judged[1] in {"oppose", "reject"} else None


def _required(verb: Token) -> bool:
    """Whether a verb says what must be done: "must rule out", "would have to rule out"."""
    return any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in children(verb))\
        or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"have", "need"} and is_infinitive(verb)


def named_verdict(word: Token) -> str | None:
    """The stance of what a naming verb calls its object, from ``NAMED_GOOD`` and ``NAMED_BAD``."""
    lemma = word.lemma_.lower()
    return "support" if lemma in NAMED_GOOD else "oppose" if lemma in NAMED_BAD else None


def outermost(found: tuple[Token, str], lex: PositionLexicon) -> tuple[Token, str]:
    """"Europe demands that Russia accept a ceasefire", "the European demand that Moscow agree to a truce": a
    stance in the complement of a demanding or proposing predicate or noun (one that comes before it) is the
    outer holder's demand, not the inner subject's acceptance; "refused to agree to a truce" and "Washington's
    reluctance to impose sanctions" are refusals."""
    tok, stance = found
    if stance == "propose" and (waiting := _awaited(tok)) is not None:
        return waiting, "demand"  # "Moscow is waiting for Kiev's proposals on the date": what is awaited is asked
    pressed = _misparsed_control(tok, lex)
    if pressed is not None:
        return pressed, "demand"
    if (asked := _rhetorical(tok)) is not None:
        return asked, "oppose"
    if (least := _nothing_less(tok)) is not None:
        return least, "demand"
    if stance in NEGATIVE and tok.lemma_.lower() in EXCLUDING and (subject := subject_of(tok)) is not None\
            and subject.lemma_.lower() in PROVIDING_NOUNS:
        return tok, "propose"  # "the document rules out NATO membership": a provision of the plan
    if stance in NEGATIVE and tok.lemma_.lower() in EXCLUDING and _required(tok):
        return tok, "demand"  # "a settlement must rule out Kyiv's accession to NATO": what it asks of the deal
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and stance_of(tok.head, lex) in {"support", "demand"}\
            and any(c.dep_ == "det" and c.lower_ == "no" for c in children(tok.head))\
            and is_infinitive(tok):
        return tok.head, stance_of(tok.head, lex)  # type: ignore[return-value]  # "had no right to give away its
        # land": the denied right, negated later
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB"\
            and (outer := stance_of(tok.head.head, lex)):
        return tok.head.head, outer  # "could not consent to opening the accession talks"
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.i > 0:
        noun = next((t for t in (tok.head.head, tok.doc[tok.head.i - 1]) if t.pos_ == "NOUN"), None)  # the "to"
        if noun is not None and (outer := stance_of(noun, lex)) in NEGATIVE:  # may be parsed on the verb
            return noun, outer  # "its objection to extending the grain deal", "repeated its opposition to lifting …"
    if tok.dep_ == "csubj" and tok.head.lemma_ in STATIVE_VERBS and (judged := next(
            ((c, st) for c in children(tok.head) if c.dep_ in {"acomp", "attr"}
             and (st := stance_of(c, lex)) in NEGATIVE), None)):
        return judged  # "threatening us with sanctions is pointless", "imposing sanctions was costly"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and (outer := stance_of(tok.head, lex)) in NEGATIVE\
            and is_infinitive(tok):
        return tok.head, outer  # "the refusal to lift sanctions"
    if tok.lemma_.lower() == "include" and tok.dep_ in {"prep", "acl"} and tok.head.pos_ == "NOUN"\
            and (outer := stance_of(tok.head, lex)) is not None:
        return tok.head, outer  # "put forward demands, including that Kyiv withdraw …": the list is the demands'
    if tok.dep_ == "xcomp" and stance not in NEGATIVE and tok.head.lemma_.lower() in TELLING\
            and any(c.dep_ in {"dobj", "dative"} for c in children(tok.head)):
        return tok.head, "demand"  # "Macron told Putin to accept a ceasefire": an order, not an acceptance
    t = tok
    while t.dep_ == "conj" and t.head.pos_ in {"VERB", "AUX"}:  # "… demands that Kyiv withdraw and accept …"
        if t.tag_ == "VB" and t.head.tag_ in {"VBZ", "VBD", "VBP"} and (outer := stance_of(t.head, lex)) in {
                "demand", "propose"} and any(c.dep_ == "ccomp" and c.i < t.i and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in children(c)) for c in children(t.head)):
            return t.head, outer  # "demands that Ukraine withdraw …, abandon its bid …": a bare verb the parse
            # hung on "demands" goes on the list of what is demanded
        t = t.head
    for _ in range(3):
        nominal = t.dep_ in {"acl", "relcl"} and t.head.pos_ == "NOUN" and _content_clause(t)  # "the demand that …"
        if t.dep_ not in {"ccomp", "xcomp"} and not nominal and not _listed_act(t) or t.head.i == t.i:
            break
        clause, t = t, t.head
        outer = stance_of(t, lex)
        if stance in NEGATIVE and outer in NEGATIVE and tok.dep_ == "xcomp" and tok.head.i == t.i:
            return t, "support"  # "refused to rule out talks", "declined to drop the sanctions": no refusal
        if stance in NEGATIVE and clause.dep_ == "xcomp" and clause.i == tok.i and tok.head.i == t.i\
                and not any(c.dep_ in {"dobj", "dative"} for c in children(t)):
            return tok, stance  # "wanted to avoid a freeze": the subject's own refusal, not a demand on another
        if outer in {"demand", "propose"} and (t.lemma_.lower() not in REPORTING_VERBS or _subjunctive(clause))\
                and t.i < tok.i:
            return t, outer  # not a clause misparsed under what follows it ("…, Crimea included")
        if outer in {"reject", "oppose"} and tok.dep_ == "xcomp" and tok.head.i == t.i:
            return t, outer  # "Lavrov refused to agree to a ceasefire"
        if t.lemma_.lower() in PERMITTING and tok.head.i == t.i and is_negated(t):
            return t, "accept"  # "would not allow Kyiv to join NATO": a refusal, once negated
    return tok, stance


TELLING = {"tell", "order", "instruct", "direct", "command"}  # "told Putin to accept": the teller demands it


def _awaited(noun: Token) -> Token | None:
    """The verb by which a party waits for a proposal not yet made ("is waiting for proposals from the Ukrainian
    side", "awaits Kyiv's proposals")."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() == "wait":
        return noun.head.head
    return noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "await" else None


def _listed_act(verb: Token) -> bool:
    """"Proposes freezing the front line, formally ruling out NATO membership and …": a participle parsed as an
    adverbial clause after a gerund object is one more item of what the verb above proposes or demands."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
        c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" and c.i < verb.i for c in children(verb.head))


def _rhetorical(tok: Token) -> Token | None:
    """"What is there to talk about, he asked", "asked why Russia should reward them with a pause": the asker of a
    question about what, why or how opposes what it asks about (``outermost``)."""
    clause = tok.head if tok.dep_ == "aux" else tok
    if clause.head.lemma_.lower() == "ask" and _question(clause):
        return clause.head
    return tok if tok.lemma_.lower() == "ask" and any(_question(c) for c in children(tok)) else None


def _question(clause: Token) -> bool:
    """Whether a clause under "ask" is a question of what, why or how (a quoted one may come first, as "advcl")."""
    return (clause.dep_ in {"ccomp", "parataxis"} or clause.dep_ == "advcl" and clause.i < clause.head.i)\
        and clause.left_edge.lower_ in WH_WORDS


def _nothing_less(verb: Token) -> Token | None:
    """"Would not accept anything less than a full withdrawal", "will settle for nothing short of it": the object
    that sets a floor demands what the floor is (``outermost``)."""
    return next((c for c in children(verb) if c.dep_ == "dobj" and c.lower_ in {"anything", "nothing"}
                 and any(g.lower_ in {"less", "short"} for g in children(c))), None)


def enshrined(found: tuple[Token, str], lex: PositionLexicon) -> tuple[Token, str]:
    """"Wants Ukraine to write into its constitution that it will never join NATO": a stance in what a law is to
    say is the enshrining act's, a proposal (or what the predicate above it makes of it: a demand)."""
    verb = found[0].head if found[0].dep_ in {"aux", "neg", "advmod"} else found[0]
    if verb.dep_ != "ccomp" or not is_enshrining(verb.head):
        return found
    return outermost((verb.head, "propose"), lex)


def _subjunctive(verb: Token) -> bool:
    """"Insisted that Russia accept the truce": a base-form verb with a subject of its own and no auxiliary asks
    for what it says (not "insisted that the children had been rescued")."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in {"NN", "NNP"} and verb.tag_ in {"VB", "VBP"}\
        and not any(c.dep_ in {"aux", "auxpass"} for c in children(verb))


def _content_clause(verb: Token) -> bool:
    """Whether a clause on a noun says what the noun asks ("the demand that Moscow hand over …"), also when the
    parser took its "that" for a relative pronoun ("the demand by Kiev that Russia first agree to a truce"): a
    subjunctive base-form verb with its own subject cannot be a relative clause."""
    that = next((c for c in children(verb) if c.lower_ == "that" and c.i == verb.left_edge.i), None)
    if that is None:
        return False
    if that.dep_ == "mark":
        return True
    base = verb if verb.tag_ in {"VB", "VBP"} else next(
        (c for c in children(verb) if c.dep_ in {"aux", "auxpass"} and c.tag_ == "VB" and c.lower_ == "be"), None)
    subject = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.i != that.i), None)
    return that.dep_ in {"dobj", "nsubj"} and base is not None and subject is not None\
        and (base.tag_ == "VB" or subject.tag_ in {"NN", "NNP"})\
        and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "MD"} for c in children(verb))


def _misparsed_control(verb: Token, lex: PositionLexicon) -> Token | None:
    """"Trump pressed Zelensky to accept…" parsed as a "pressed Zelensky" subject of "accept": the demanding
    verb hangs off the inner subject as a modifier, its own subject as a compound before it."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or not is_infinitive(verb):
        return None
    return next((c for c in children(subject) if c.dep_ == "amod" and c.pos_ == "VERB" and
                 stance_of(c, lex) == "demand" and control_subject(c) is not None), None)


def control_subject(pressed: Token) -> Token | None:
    """The subject of a demanding verb misparsed as a modifier: its own subject, or a compound before it."""
    return next((c for c in children(pressed) if c.dep_ == "nsubj"), None) or next(
        (c for c in children(pressed.head) if c.dep_ == "compound" and c.i < pressed.i), None)


def promised(hit: Span, index: ActorIndex) -> tuple[Token, str] | None:
    """"Washington would give Ukraine a guarantee", "Kyiv will hold elections": what an actor says it will do
    on an issue is a proposal (a refusal when negated)."""
    verb = next((t for t in (hit.root, *hit.root.ancestors) if t.pos_ == "VERB"), None)
    if hit.root.dep_ in {"nsubj", "nsubjpass"} and hit.root.head == verb:
        return None  # "the delegation will fly to Istanbul": the issue phrase is who acts, not what is promised
    if verb is not None and verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" for c in children(verb)):
        verb = verb.head  # "he would travel to Turkey to meet Putin": the promise is the travel's
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"}
                               for c in children(verb)):
        return None
    subject = subject_of(verb)
    if index.at(subject) is None and not (subject is not None and subject.lower_ in {"i", "we"}):
        return None  # but "“I will be waiting for Putin in Turkey,” Zelensky wrote": the speaker's own promise
    return verb, "propose"  # "will not …" is negated later, with the verb


def is_planned(hit: Span) -> bool:
    """Whether a talks phrase is what someone does or will do ("said the delegation would go to Istanbul"), not
    who acts ("the meeting will begin"), what happened ("had briefed them on the meeting") or what someone
    declined to say ("whether he might travel to Turkey")."""
    verb = next((t for t in hit.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and not (hit.root.dep_ in {"nsubj", "nsubjpass"} and hit.root.head.i == verb.i)\
        and verb.tag_ not in {"VBD", "VBN"} and not any(says_nothing(t) for t in verb.ancestors)


def as_clause(hit: Span, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"Holding an election now, as Moscow demands, would…": the stance of an "as X demands" aside covers the
    issues of the clause it is attached to."""
    for verb in tokens_of(hit.sent):
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children(verb)):
            continue
        stance = stance_of(verb, lex)
        if stance is None or subject_of(verb) is None:
            continue
        scope = verb.head
        inside = scope.left_edge.i <= hit.root.i <= scope.right_edge.i
        if inside and not verb.left_edge.i <= hit.root.i <= verb.right_edge.i:
            return verb, stance
    return None


def worked_on(hit: Span, lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """"Ready to work on a memorandum", "asked to see the memorandum first": a document the talks are about is the
    talks issue itself, with the stance of the predicate above it rather than its own noun's."""
    root = hit.root
    if hit.label_ != "talks_format" or root.lemma_.lower() not in DOCUMENT_NOUNS or root.head.i == root.i:
        return None
    return governing_stance(root.head, lex, sent)


CONDITION_MARKS = {"unless", "until", "once", "if"}
REFUSING_VERBS = {"refuse", "reject", "decline"}


def asked_in_condition(hit: Span, lex: PositionLexicon, sent: Span) -> tuple[Token, str] | None:
    """"No truce unless Ukraine pulls out of the four regions", "would not lift its veto until deliveries
    resumed": what a condition asks for, whoever sets the condition demands."""
    clause = next((t for t in (hit.root, *hit.root.ancestors) if t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children(t))), None)
    if clause is None:
        return None
    main = clause.head
    found = governing_stance(main, lex, sent) or next(
        ((g, "reject") for c in children(main) if c.dep_ in {"attr", "dobj", "nsubj"} for g in children(c)
         if g.dep_ == "det" and g.lower_ == "no"), None)
    if found is None:  # "the memorandum says a ceasefire can begin once Ukraine withdraws": the sayer's demand,
        # and "told Putin that if he refused a ceasefire, sanctions would follow": the threat's
        report = next((t for t in (main, *main.ancestors) if t.dep_ in {"ccomp", "parataxis"}), None)
        refused = clause.lemma_.lower() in REFUSING_VERBS and hit.root.head.i == clause.i
        found = (report.head, "demand") if report is not None and report.head.lemma_.lower() in REPORTING_VERBS\
            and (refused or not any(c.dep_ == "mark" and c.lower_ == "if" for c in children(clause))) else None
    return (found[0], "demand") if found is not None and not inside_condition_clause(found[0]) else None


ONLY_WHEN = {"if", "after", "once", "when", "until"}


def only_when(verb: Token) -> bool:
    """Whether a clause is said to hold only under a condition ("would be possible only after the delegations
    had done their work", "could be considered only if …")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ONLY_WHEN for m in children(c)) and (
        any(a.lower_ == "only" for a in children(c)) or any(a.lower_ == "only" for a in children(verb))
        or any(a.lower_ == "only" for m in children(c) if m.dep_ == "mark" for a in children(m)))
        for c in children(verb))


CONTINUING = {"continue", "keep", "persist"}


def goes_on(tok: Token) -> bool:
    """Whether a predicate is what a clause says goes on ("if Moscow continues to reject the truce", "should Russia
    keep refusing"): a condition that takes the stance as it stands, which the party holds."""
    for t in (tok, *tok.ancestors):
        if t.i != tok.i and t.lemma_.lower() in CONTINUING and t.pos_ in {"VERB", "AUX"}:
            return True
        if t.dep_ in {"advcl", "ccomp", "ROOT"}:
            return False  # not "keep up the pressure until Moscow agrees to a truce"
    return False


def inside_condition_clause(tok: Token) -> bool:
    """Whether a predicate only states a condition of another ("until Russia agrees to a ceasefire")."""
    for t in [tok, *tok.ancestors]:
        marks = {c.lower_ for c in children(t) if c.dep_ == "mark"}
        if t.dep_ == "advcl" and (marks & {"until", "unless", "if", "once"} or marks & {"before", "after", "when"}
                                  and t.tag_ != "VBD"):  # "after Trump urged Kyiv to …" narrates, no condition
            return True
        if t.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


KNOWING = REPORTING_VERBS | {"know", "comment", "specify"}  # verbs whose "whether" clause stays open


def in_open_question(tok: Token) -> bool:
    """Whether a predicate only tells or asks what is open ("did not say whether Putin would attend", "would know
    within weeks whether Moscow was serious"): a "whether" clause under a verb of saying or knowing is no one's
    stance, nor is the saying (not "would see whether it could supply more air defence")."""
    if tok.lemma_.lower() in KNOWING and any(_asks_whether(c) for c in children(tok)):
        return True
    for t in [tok, *tok.ancestors]:
        if _asks_whether(t) and t.head.lemma_.lower() in KNOWING:
            return True
        if t.dep_ in {"ROOT", "ccomp", "advcl", "relcl"} or any(c.dep_ == "mark" for c in children(t)):
            return False  # also "…, and that the United States would respond": a clause of its own
    return False


def _asks_whether(verb: Token) -> bool:
    return verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in children(verb))


def is_hedged(tok: Token, lex: PositionLexicon) -> bool:
    """Whether a stance is softened: "may accept", "reportedly wants", "appears ready to"."""
    governor = tok.head if tok.dep_ in {"aux", "xcomp", "acomp", "neg"} else tok
    near = [*children(tok), *children(governor), governor]
    return any(t.lower_ in lex.hedges or t.lemma_.lower() in lex.hedges for t in near if t.i != tok.i)


def _there_is_no(noun: Token) -> bool:
    """"There were no plans for …": a noun said plainly not to exist (not "there can be no plan for peace", a rule),
    with no relative clause that the "no" is about ("… for a truce that ignores Kyiv")."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in children(noun.head))\
        and not any(c.dep_ == "aux" for c in children(noun.head)) and not any(t.dep_ == "relcl" for t in subtree(noun))


def is_negated(tok: Token) -> bool:
    """Whether a predicate is negated ("not", "no longer", a noun's "no plans to travel"), also as the "or"
    conjunct of a negated one ("would not surrender territory or agree to cuts")."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() not in LACKED\
            and any(c.dep_ == "det" and c.lower_ == "no" for c in children(tok))\
            and any(c.dep_ == "acl" and any(a.lower_ == "to" for a in children(c))
                    or (tok.dep_ == "dobj" or _there_is_no(tok)) and c.dep_ == "prep" and c.lower_ in NOUN_OBJECT_PREPS
                    for c in children(tok)):
        return True  # also "had no plans for a ceasefire", "sees no need for new talks", "there were no plans for
        # troops" (not "there can be no plan for peace that ignores …", whose "no" negates something else)
    governor = tok.head if tok.dep_ in {"aux", "xcomp", "acomp"} or tok.dep_ == "prep"\
        and tok.head.lemma_ in STATIVE_VERBS else tok  # "was not on the agenda"
    if any(c.dep_ == "neg" or c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no"  # "no longer"
           for c in list(children(tok)) + list(children(governor))):
        return True
    return tok.dep_ == "conj" and any(c.lower_ in {"or", "nor"} for c in children(tok.head))\
        and not any(c.dep_ == "nsubj" for c in children(tok)) and any(c.dep_ == "neg" for c in children(tok.head))


def refused_noun(found: tuple[Token, str], lex: PositionLexicon) -> tuple[Token, str]:
    """"Would not accept … any recognition of occupied land", "rejected any ban on mobilisation": a stance noun
    that a party refuses gives way to the refusal."""
    noun = found[0]
    while noun.pos_ == "NOUN" and noun.dep_ == "conj" and any(c.dep_ == "det" for c in children(found[0])):
        noun = noun.head  # "… a cap or any recognition", not a misparsed verb: "opposes sanctions and calls for"
    verb = noun.head
    if found[0].pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return found
    stance = stance_of(verb, lex)
    if stance is None or (stance in NEGATIVE) == is_negated(verb):
        return found
    return verb, stance


def said_gap(pronoun: Token, lex: PositionLexicon) -> tuple[Token, str] | None:
    """"EU membership, which Moscow has said it does not oppose": a pronoun parsed as the object of a reporting
    verb is the missing object of the stance verb in what was said."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = next((c for c in children(verb) if c.dep_ == "ccomp" and not any(
        g.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for g in children(c))), None)
    stance = stance_of(clause, lex) if clause is not None else None
    return (clause, stance) if clause is not None and stance else None
