"""Parse helpers of the event coder: a predicate's subject and passive agent, the verb that governs it, and
the clauses around it."""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import REPORTING_VERBS
from .syntax import SUBJECTS, agent_of, children, sentence_of, subject_of, subtree

EXPECT_WORDS = {"expect", "likely", "set", "due", "poised", "slate", "scheduled", "schedule"}
READY = {"ready", "willing", "prepared", "open", "eager"}
LEADERS = {"lead", "head", "chair", "headed"}
RAISING = EXPECT_WORDS | {"say", "report", "believe", "think", "know", "understand"}
# What a speaker does as well as report: "said Russia was responsible and vowed to retaliate" (the speaker vows)
SPEAKERS_ACTS = REPORTING_VERBS | {"vow", "pledge", "promise", "threaten", "urge", "press", "accuse", "call", "demand",
                                   "deride", "condemn", "denounce", "blame", "appeal", "offer", "ask", "reject",
                                   "dismiss", "welcome", "praise", "criticise", "criticize", "refuse", "order"}


def is_gerund_object(clause: Token) -> bool:
    """"ruled out ceding land", parsed as an adverbial clause: a gerund right after its verb (and particle),
    without a subject or a marker of its own, is the verb's object."""
    head = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < head.i\
            or any(g.dep_ in SUBJECTS or g.dep_ == "mark" for g in children(clause)):
        return False
    between = clause.doc[head.i + 1:clause.i]
    return all(t.head.i == head.i and t.dep_ in {"prt", "advmod", "neg"} for t in between)


def is_object_participle(clause: Token) -> bool:
    """"beat students marching through Prague", parsed as a clause: a participle with a bare noun subject, no
    auxiliary and no marker, under a verb that reports nothing, describes that verb's object."""
    return clause.dep_ == "ccomp" and clause.tag_ == "VBG" and clause.head.lemma_.lower() not in REPORTING_VERBS\
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children(clause))\
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in children(clause))


def is_stray_conjunct(verb: Token) -> bool:
    """"ordered troops to observe a ceasefire and called on the rebels to disarm", parsed with "called" conjoined
    with "observe": a finite verb conjoined with a bare infinitive is misplaced; so is a gerund conjoined with the
    infinitive a gerund governs ("threatening to use force and imposing sanctions": imposing, not using)."""
    if verb.dep_ != "conj" or verb.head.tag_ != "VB":
        return False
    return verb.tag_ in {"VBD", "VBZ"} or verb.tag_ == "VBG" and verb.head.dep_ == "xcomp"\
        and verb.head.head.tag_ == "VBG"


def stray_partner(verb: Token) -> Token | None:
    """The verb a misplaced finite conjunct goes with: the nearest finite verb of its tense before it ("ordered
    … and called on", "as soon as Ukraine began withdrawing … and renounced")."""
    return next((t for t in reversed(verb.doc[sentence_of(verb).start:verb.i])
                 if t.tag_ == verb.tag_ and t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux"), None)\
        if is_stray_conjunct(verb) else None


def reporter_of_conjunct(verb: Token) -> Token | None:
    """"Ukraine said Russia was responsible and vowed to retaliate", parsed with "vowed" conjoined with the
    reported "was": a bare finite act of speech in the reporting verb's tense, conjoined after the reported
    clause (which has its own subject), is the reporter's; the reporting verb is returned."""
    conj = verb
    while conj.dep_ == "xcomp" and conj.head.i != conj.i and not any(c.dep_ in SUBJECTS for c in children(conj)):
        conj = conj.head
    clause, say = conj.head, conj.head.head
    if conj.dep_ != "conj" or conj.lemma_.lower() not in SPEAKERS_ACTS or conj.tag_ not in {"VBD", "VBZ"}\
            or any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in children(conj)):
        return None
    if clause.dep_ != "ccomp" or say.i > clause.i or say.lemma_.lower() not in REPORTING_VERBS\
            or say.tag_ != conj.tag_ or not any(c.dep_ in SUBJECTS for c in children(clause)):
        return None
    return say


def is_purpose_clause(clause: Token) -> bool:
    """"to help Nepal rebuild": an infinitive adverbial clause without its own subject, the aim of an act."""
    return clause.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(clause))\
        and not any(g.dep_ in SUBJECTS or g.dep_ == "mark" for g in children(clause))


def is_for_clause(clause: Token) -> bool:
    """"calling for President Park to resign": an infinitive clause whose subject "for" brings in."""
    return clause.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in children(clause))\
        and any(g.dep_ == "nsubj" for g in children(clause))


def governors(tok: Token) -> list[Token]:
    """The predicate and the verbs it is the complement of ("continues to demand" → demand, continue)."""
    chain = [tok]
    while chain[-1].dep_ in {"xcomp", "acomp"} and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


NAMED_ENTITIES = {"NORP", "GPE", "ORG"}


def hyphen_agent(verb: Token) -> Token | None:
    """The actor a hyphenated participle names before the hyphen: "US-brokered talks" → US."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 1].whitespace_:
        return None
    first = doc[verb.i - 2]
    named = first.pos_ == "PROPN" or first.ent_type_ in NAMED_ENTITIES  # "UN-brokered" is tagged an adjective
    return first if first.head.i == verb.i and named and not first.whitespace_ else None


def _stray_agent(verb: Token) -> Token | None:
    """The agent of a passive verb that the parse hung on a noun of its object: "was granted access to the plant
    by Russian forces" (a named party or people of a nationality, not "by phone" or "by Friday")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in children(verb)):
        return None
    for p in (t for c in children(verb) if c.dep_ in {"dobj", "prep"} for t in subtree(c)):
        if p.dep_ == "prep" and p.lower_ == "by" and p.head.pos_ in {"NOUN", "PROPN"}:
            g = next((g for g in children(p) if g.dep_ == "pobj"), None)
            if g is not None and (g.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} or any(
                    c.ent_type_ in {"NORP", "GPE", "ORG"}
                    for c in subtree(g) if c.i < g.i)):  # "by US Navy helicopters"
                return g
    return None


def _conjunct_agent(verb: Token) -> Token | None:
    """The agent a passive shares with the passive conjoined after it: "were fired on and captured by Russian
    border guards" → the guards fired too."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in children(verb)):
        return None
    return next((a for c in children(verb) if c.dep_ == "conj" and c.tag_ == "VBN"
                 and not any(g.dep_ in SUBJECTS for g in children(c)) and (a := agent_of(c)) is not None), None)


SHORT_OF = {"short"}  # "stopped short of demanding a halt": who stops short names the act


def _held_back_from(verb: Token) -> Token | None:
    """The verb whose subject does the gerund "stopped short of" brings in ("but stopped short of condemning
    Russia"), however the parse hangs "short"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "of"\
            or prep.head.lower_ not in SHORT_OF or any(c.dep_ in SUBJECTS for c in children(verb)):
        return None
    head = prep.head.head
    return head if head.pos_ in {"VERB", "AUX"} and head.i != prep.head.i else None


CAUSATIVES = {"prompt", "force", "lead", "cause", "compel", "push", "press", "ask", "urge", "persuade", "convince",
              "encourage", "invite", "pressure", "spur"}  # not "drove tractors to Delhi to protest"


def event_subject(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject (through conjunctions, control verbs and relative clauses),
    the agent of a passive participle, the object of an object-control verb ("prompted Trump to urge" →
    Trump), the leader of a group ("a delegation led by X" → X). A clause is never a subject."""
    partner = stray_partner(verb)
    if partner is not None:
        return event_subject(partner)
    reporter = reporter_of_conjunct(verb)
    if reporter is not None:
        return event_subject(reporter)
    if verb.pos_ in {"VERB", "AUX"}:
        agent = agent_of(verb) or _stray_agent(verb) or hyphen_agent(verb) or _conjunct_agent(verb)
        if agent is not None:
            return agent
        held_back = _held_back_from(verb)
        if held_back is not None:
            return event_subject(held_back)
        if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in children(verb)):
            obj = next((c for c in children(verb.head) if c.dep_ == "dobj"), None)
            if obj is not None and verb.head.pos_ == "VERB":
                return obj
        if verb.dep_ == "advcl" and verb.head.lemma_.lower() in CAUSATIVES and not any(
                c.dep_ in SUBJECTS for c in children(verb)) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
            obj = next((c for c in children(verb.head) if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None:  # "prompting neighbouring Poland to scramble jets", the complement parsed as a
                return obj  # purpose clause
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children(verb))\
            and verb.head.lemma_.lower() not in RAISING:
        return None  # "civilians waited to be evacuated": who waits is what the act is done to, not its actor
    if is_trailing_participle(verb) and verb.head.dep_ == "advcl" and verb.head.head.pos_ in {"VERB", "AUX"}\
            and any(c.dep_ == "mark" for c in children(verb.head)):
        return event_subject(verb.head.head)  # "halted deliveries after talks collapsed, demanding …": who halted
    if is_trailing_participle(verb) and verb.head.dep_ == "ccomp" and verb.head.i > verb.head.head.i:
        top = verb.head  # "warned Finland that it would respond, accusing Helsinki …": the warner accuses (not
        # "a missile hit Dnipro, killing 20, officials said": the report comes after)
        while top.dep_ in {"ccomp", "conj"} and top.head.i != top.i:
            top = top.head
        return event_subject(top)
    raised = next((c for c in children(verb.head) if c.dep_ == "nsubjpass"), None)\
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RAISING else None
    subject = raised or gerund_subject(verb) or subject_of(verb)  # "Russia is set to attack Kharkiv", "Russia is
    # said to have struck"
    if subject is None and verb.dep_ == "ROOT":  # "Turkey massed troops" parsed with "Turkey" as a modifier
        subject = next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"), None)
    if subject is not None and subject.dep_ == "csubj" and subject.tag_ == "VBG":  # "Four leaders visiting Kyiv
        subject = next((c for c in children(subject) if c.dep_ == "nsubj"), None)  # demanded …" parsed as a clause
    if subject is None or subject.dep_ == "csubj":
        return None
    members = [g for p in children(subject) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
               if g.dep_ == "pobj"]  # "a delegation of African leaders led by Ramaphosa"
    for child in (c for holder in (subject, *members) for c in children(holder)):
        if child.dep_ == "acl" and child.lemma_.lower() in LEADERS:
            leader = agent_of(child)
            if leader is not None:
                return leader
    return subject


def gerund_subject(verb: Token) -> Token | None:
    """Who does what a gerund says when the parse hangs its subject elsewhere: a name right before it after "of"
    ("within hours of Libya handing …"); the people a participle after a noun describes: "fired on thousands of
    schoolchildren marching in Soweto" parsed with "schoolchildren" as a compound of "marching"; "clashes between
    police and students protesting" parsed with "protesting" on "police" or "clashes" (the nearest conjunct
    protests)."""
    if verb.tag_ != "VBG":
        return None
    before = verb.doc[verb.i - 1] if verb.i else verb
    if before.dep_ == "pobj" and before.head.lower_ == "of" and before.pos_ == "PROPN"\
            and verb.dep_ in {"advcl", "pcomp", "acl"} and not any(c.dep_ in SUBJECTS for c in children(verb)):
        return before
    if verb.dep_ == "acl":
        before = verb.doc[verb.i - 1]
        return before if before.dep_ == "conj" and before.tag_ in {"NNS", "NNPS"} and before.i != verb.head.i\
            else None
    if verb.dep_ not in {"pobj", "dobj"}:
        return None
    return next((c for c in children(verb) if c.dep_ == "compound" and c.tag_ in {"NNS", "NNPS"}), None)


SELF_PRONOUNS = {"it", "they", "we"}
SELF_NOUNS = {"country", "government", "nation"}
SELF_DETERMINERS = {"the", "his", "her", "its", "their", "our"}  # "Petro said his country would break off ties"


def speaker_of_pronoun(verb: Token, subject: Token | None) -> Token | None:
    """Who "it" or "the country" is in a reported clause: "Thailand's army said it had reinforced its units" →
    the army."""
    if subject is None or subject.lower_ not in SELF_PRONOUNS and not (
            subject.lemma_.lower() in SELF_NOUNS and any(c.lower_ in SELF_DETERMINERS for c in children(subject))):
        return None
    relative = verb.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ == "had" for c in children(verb))
    if subject.lower_ in SELF_PRONOUNS and (relative or is_free_relative(verb)):  # not "the only city they had
        return _free_relative_speaker(verb)  # captured": background; "officials whom they blame for stoking …"
    chain = governors(verb)  # "said it was ready to accept": up to the reported clause, not "it was too early"
    clause = chain[-1] if all(t.pos_ != "ADJ" or t.lemma_.lower() in READY for t in chain) else verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return event_subject(clause.head)


def is_free_relative(verb: Token) -> bool:
    """"what it called provocative statements", "what it said was Moscow's role": a clause led by "what"."""
    return any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj", "attr"} for c in children(verb)) or any(
        g.lower_ == "what" and g.dep_ == "nsubj" for c in children(verb) if c.dep_ == "ccomp" for g in children(c))


def _free_relative_speaker(verb: Token) -> Token | None:
    """Who "it" is in a free relative hung on a phrase of another clause ("held drills in response to what it
    called provocative statements", "over what they said was Doha's support for terrorism"): the subject of the
    clause the phrase belongs to, or the speaker that subject stands for; for "they", the nearest such subject that
    is no single named person ("marched …, demanding that Lukashenko step down after an election they say was
    rigged": the marchers)."""
    own = event_subject(verb)
    plural = own is not None and own.lower_ == "they"
    head, steps = verb.head, 0
    while head.i != verb.i and steps < 5:
        if head.pos_ in {"VERB", "AUX"}:
            subject = event_subject(head)
            if subject is None:
                return None
            if not (plural and subject.tag_ == "NNP" and subject.ent_type_ not in {"GPE", "NORP"}
                    and not any(c.dep_ == "conj" for c in children(subject))):  # not one named person for "they"
                return speaker_of_pronoun(head, subject) or subject if subject.lower_ in SELF_PRONOUNS else subject
        if head.head.i == head.i:
            return None
        head, steps = head.head, steps + 1
    return None


def governing_verb(tok: Token) -> Token | None:
    """The verb a nominal is the object of, through conjoined objects and one preposition."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    tok = phase_of(tok)
    if tok.dep_ == "pobj":
        tok = tok.head
    head = tok.head
    return head if head.i != tok.i and head.pos_ in {"VERB", "AUX"} else None


PHASES = {"stage", "round", "phase", "part", "wave", "series", "hour", "day", "week", "month", "year", "session"}


def phase_of(tok: Token) -> Token:
    """The phase a nominal event is named through: "began the first stage of nuclear drills", "at the second
    round of talks" → stage, round (what the verb governs); else the nominal itself."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PHASES and prep.head.i != prep.i:
        return prep.head
    return tok


def is_trailing_participle(tok: Token) -> bool:
    """"warned Greece that Turkey may come one night, accusing Athens of …": a participle set off by a comma
    at the end of a clause is a further act of the sentence's subject, wherever the parse hangs it."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 1 and tok.doc[tok.i - 1].text == ","\
        and tok.i > tok.head.i and not any(c.dep_ in SUBJECTS for c in children(tok))


RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "what"}


def relative_object(tok: Token) -> Token | None:
    """The noun an object relative clause describes ("the plan that Kyiv rejected", "a move Moscow dismissed as
    theatrics"): the clause has a subject of its own and no object, so the noun is what its verb acts on."""
    if tok.dep_ != "relcl" or tok.pos_ != "VERB" or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    subjects = [c for c in children(tok) if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects)\
            or any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.lower_ not in RELATIVE_PRONOUNS for c in children(tok)):
        return None
    return tok.head
