"""Acts named inside another party's act whose own doer the phrase names: "Moscow accepted a US proposal",
"in retaliation for Washington's decision to rearm Israel", "condemned France's resumption of nuclear testing" —
each is an event of its own, done by the owner the phrase names, not content of the outer act."""
from __future__ import annotations

from spacy.tokens import Token

from .geography import Geography
from .syntax import SUBJECTS, ActorIndex, Mention, children, state_mention

OFFERS = {"02", "03", "10"}  # appeals, offers and pledges, demands: acts another party answers
OWNERS = {"poss", "compound", "amod", "nmod"}
APPEALS = "02"  # a nationality's appeal or request is its state's ("a German request"): only a state asks as one
ULTIMATUMS = {"139"}  # a state's ultimatum another party answers ("rejected a Russian ultimatum")
DECIDING = {"decision", "move", "order", "resolution", "vote", "ruling", "decree"}  # nouns whose infinitive is an
# act taken ("the decision to rearm Israel"), not one intended ("the British plan to send troops")


def act_owner(noun: Token, index: ActorIndex, geo: Geography, national: bool = False) -> Mention | None:
    """The party a nominal act belongs to: a possessive or compound naming an actor or state ("Washington's
    decision", "a US proposal") or a "by" phrase ("a proposal by Kosovo"); a nationality adjective only when it
    names an actor ("the Russian proposal" may be anyone's in Russia) or, with ``national``, the act is one only a
    state makes ("a Russian ultimatum")."""
    owning = {"poss", "compound", "amod"} if national else {"poss", "compound"}
    named = [index.by_token.get(c.i) for c in children(noun) if c.dep_ in OWNERS]
    named += [index.by_token.get(g.i) for p in children(noun) if p.dep_ == "prep" and p.lower_ == "by"
              for g in children(p) if g.dep_ == "pobj"]
    named += [state_mention(geo.code[c.lower_], c) for c in children(noun)
              if c.dep_ in owning and c.lower_ in geo.code and c.text[:1].isupper() and c.left_edge.i == c.i]
    # not "an Anglo-French ultimatum": one nationality of several
    return next((m for m in named if m is not None and m.actor.code), None)


def carrier_of(tok: Token) -> Token | None:
    """The noun whose participle, "of" complement or (for a decision) infinitive names an act: "decision" in
    "decision to rearm Israel", "memorandum calling for a withdrawal", "resumption of nuclear testing"."""
    if tok.pos_ == "VERB" and tok.dep_ in {"acl", "xcomp"} and tok.head.pos_ == "NOUN"\
            and (tok.tag_ == "VBG" or tok.tag_ == "VB" and tok.head.lemma_.lower() in DECIDING)\
            and not any(c.dep_ in SUBJECTS for c in children(tok)):
        return tok.head
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    return None


def nested_doer(tok: Token, code: str, index: ActorIndex, geo: Geography, live: set[int]) -> Mention | None:
    """The party that did an act nested in another's phrase, when the phrase names it: the owner of an offer,
    appeal or demand another party answers ("Moscow accepted a US proposal"), or of a plain noun that carries the
    act ("Washington's decision to rearm Israel", "Moscow's memorandum calling for …"; not "Moscow's refusal to
    negotiate", where the refusal is the act and the talks its content)."""
    if tok.pos_ == "NOUN" and code in ULTIMATUMS:
        return act_owner(tok, index, geo, national=True)
    if tok.pos_ == "NOUN" and code[:2] in OFFERS:
        return act_owner(tok, index, geo, national=code[:2] == APPEALS)
    carrier = carrier_of(tok)
    if carrier is None or carrier.i in live or carrier.i in index.by_token:
        return None
    return act_owner(carrier, index, geo)
