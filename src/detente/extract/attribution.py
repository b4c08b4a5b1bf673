"""Who says what: the speaker of a reported statement and the outlet or analyst the text credits.

"Peskov said Moscow would respond" has the speaker Peskov; "ISW assessed that Russia is not interested in
peace" has the reporter ISW; "according to TASS, ..." credits TASS. A speaker is an actor who holds the
content; a reporter (media, analysts, unnamed sources) only passes it on.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Actor
from .syntax import ActorIndex, Mention, children, group_mention, sentence_of, subject_of, tokens_of

REPORTER_SECTORS = {"MED", "THINK"}
REPORTING_VERBS = {"say", "tell", "report", "assess", "claim", "announce", "state", "insist", "write", "add",
                   "note", "argue", "suggest", "conclude", "estimate", "believe", "indicate", "quote", "cite",
                   "reiterate", "stress", "emphasise", "emphasize", "declare", "explain", "confirm", "deny",
                   "acknowledge", "assert", "maintain", "warn", "predict", "observe", "describe", "publish",
                   "broadcast", "reveal", "disclose", "allege", "contend", "tweet", "post", "remark"}

CLARITY = {"clear", "plain"}


def makes_clear(verb: Token) -> bool:
    """"Washington has made clear it will not pay", "Moscow made it plain that …": a statement, said as firmly as
    with "said"."""
    return verb.lemma_.lower() == "make" and any(c.lower_ in CLARITY and c.dep_ in {"acomp", "ccomp", "oprd", "dobj",
                                                                                   "advmod", "xcomp"}
                                                 for c in children(verb))


# Verbs by which a party states a view it holds ("the leaders reaffirmed that …", "both delegations agreed that …",
# "Trump responded that Putin should end the war"): for positions, their subject speaks the clause as a reporting
# verb's would.
AFFIRMING_VERBS = {"reaffirm", "affirm", "agree", "underline", "underscore", "recall", "respond", "reply", "answer",
                   "retort", "counter"}

# Plural nouns for a gathering of parties no state names ("the participants", "the leaders", "the signatories").
GROUP_NOUNS = {"participant", "leader", "member", "minister", "signatory", "delegation", "coalition",
               "government", "partner", "negotiator", "side", "party", "attendee", "delegate"}


def unnamed_group(subject: Token | None) -> Mention | None:
    """"The participants agreed …", "The coalition said …": a group of parties named by no actor mention (nor
    owned: not "its members") speaks as one holder with no state."""
    if subject is None or subject.lemma_.lower() not in GROUP_NOUNS\
            or subject.tag_ != "NNS" and subject.lemma_.lower() != "coalition"\
            or any(c.dep_ == "poss" for c in children(subject)):  # "its members": the owner's, found otherwise
        return None
    start = subject.left_edge.i
    text = subject.doc[start:subject.i + 1].text
    return group_mention(start, subject.i + 1, text)


ENSHRINING_VERBS = {"write", "enshrine", "amend", "codify", "inscribe", "put", "fix", "include"}
LAWS = {"constitution", "law", "legislation", "statute", "charter", "treaty", "code"}


def is_enshrining(verb: Token) -> bool:
    """"Write into its constitution that …", "enshrine in law that …": a verb that puts its clause into a law is
    no reporting verb; the clause is what the law would say."""
    return verb.lemma_.lower() in ENSHRINING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in {"in", "into"} and any(g.lemma_.lower() in LAWS for g in children(c))
        for c in children(verb))


ANALYSIS_VERBS = {"argue", "write", "note", "observe", "assess", "contend", "estimate", "conclude", "judge",
                  "calculate", "point"}


@dataclass
class Attribution:
    speaker: Mention | None = None  # the actor whose statement this is, if a reporting verb governs it
    reported_by: Actor | None = None  # the outlet or analyst credited for it
    verb: Token | None = None


def is_reporter(actor: Actor | None) -> bool:
    return actor is not None and actor.sector in REPORTER_SECTORS


def is_analyst(actor: Actor, verb: Token) -> bool:
    """Whether an unknown person with no state who argues, writes or notes is an analyst: "Tatiana Stanovaya
    writes that the Kremlin …" reports the Kremlin's position."""
    return actor.kind in {"person", "organization"} and actor.code is None and actor.id is None and \
        verb.lemma_.lower() in ANALYSIS_VERBS


def is_unplaced(speaker: Mention, doc: Doc) -> bool:
    """Whether a speaker is a person named only by a definite role no state is known for ("the diplomat added",
    "the spokeswoman said", "the President"): the one the paragraph has been quoting, whose voice it goes on in
    (not "a European official")."""
    head = doc[speaker.end - 1]
    return speaker.actor.kind == "person" and speaker.actor.code is None and speaker.actor.id is None\
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children(head))\
        and not any(t.ent_type_ == "PERSON" for t in doc[speaker.start:speaker.end])


def according_to(sent: Span, index: ActorIndex) -> Actor | None:
    """The source credited with "according to X", "citing X" or "X reported" in the sentence."""
    for tok in tokens_of(sent):
        if (pobj := according_object(tok)) is not None and (m := index.at(pobj)) is not None:
            return m.actor
        if tok.lemma_ == "cite" and tok.dep_ in {"advcl", "xcomp", "acl"}:
            m = index.at(next((c for c in children(tok) if c.dep_ == "dobj"), None))
            if m is not None and is_reporter(m.actor):
                return m.actor
    return None


def according_object(tok: Token) -> Token | None:
    """Who "according to X" credits, when ``tok`` is its "according"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return None
    return next((c for c in children(tok.nbor(1)) if c.dep_ == "pobj"), None)


def _set_off(tail: Token) -> bool:
    """Whether a reporting verb after its statement reports it ("…, Peskov said"), not being a verb with an
    object in the sentence's complement ("the ministry said it was observing the truce")."""
    edge = tail.left_edge
    return edge.i == 0 or edge.nbor(-1).is_punct or not any(c.dep_ == "dobj" for c in children(tail))


VIEW_NOUNS = {"view", "word", "opinion", "assessment", "estimation"}


def attribute(token: Token, index: ActorIndex, reporting: set[str] | None = None,
              groups: bool = False) -> Attribution:
    """The speaker and reporter of the clause ``token`` is in, walking up through reporting verbs; with ``groups``
    also through the "that"-clause of an affirming verb (AFFIRMING_VERBS) and to a group no actor mention names
    (``unnamed_group``)."""
    verbs = reporting or REPORTING_VERBS
    found = Attribution()
    t = token
    steps = 0
    while t.head.i != t.i and steps < 10:
        steps += 1
        child, t = t, t.head
        if ((t.lemma_.lower() in verbs or makes_clear(t))
                and child.dep_ in {"ccomp", "xcomp", "advcl", "conj", "parataxis", "dobj"}
                or groups and t.lemma_.lower() in AFFIRMING_VERBS and child.dep_ == "ccomp")\
                and t.pos_ in {"VERB", "AUX"} and not is_enshrining(t):
            subject = index.at(subject_of(t)) or (unnamed_group(subject_of(t)) if groups else None)
            if subject is None:
                continue
            if is_reporter(subject.actor) or is_analyst(subject.actor, t):
                found.reported_by = found.reported_by or subject.actor
            elif found.speaker is None and not is_unplaced(subject, t.doc):
                found.speaker, found.verb = subject, t
    root = sentence_of(token).root
    for tail in children(root):  # "Moscow will respond, Peskov said." puts the reporting verb under the root,
        aside = tail.dep_ == "parataxis" and tail.left_edge.text == tail.right_edge.text == ","  # as "X, he said, …"
        if tail.dep_ in {"parataxis", "ccomp"} and tail.lemma_.lower() in verbs and (tail.i > token.i or aside)\
                and _set_off(tail):
            subject = index.at(subject_of(tail))
            if subject is not None and is_reporter(subject.actor):
                found.reported_by = found.reported_by or subject.actor
            elif subject is not None and found.speaker is None and not is_unplaced(subject, tail.doc):
                found.speaker, found.verb = subject, tail
    if found.speaker is None:  # "In her words, a ceasefire must …", "a truce, in his view, would …"
        found.speaker = next((m for c in tokens_of(sentence_of(token)) if c.dep_ == "prep" and c.lower_ == "in"
                              for g in children(c) if g.dep_ == "pobj" and g.lemma_.lower() in VIEW_NOUNS
                              for o in children(g)
                              if o.dep_ == "poss" and (m := index.at(o)) is not None and not is_reporter(m.actor)),
                             None)
    if found.reported_by is None:
        found.reported_by = according_to(sentence_of(token), index)
    return found
