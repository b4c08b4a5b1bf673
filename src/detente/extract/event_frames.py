"""When a cue is not an event of its own or is the same event again (the content, purpose, result or condition
of another, a rehearsal, an inference, background), and an event's date, place and evidence."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..model import Event
from .dates import resolve
from .event_cues import Lexicon, hyphenated, match_cue
from .event_parties import (
    LIGHT_VERBS,
    MEETING_PREPS,
    NAMING_VERBS,
    PLACE_PREPS,
    TARGET_PREPS,
    bidden_by,
    meeting_clause,
    names_two_sides,
    owner_token,
    parties_between,
)
from .event_syntax import (
    event_subject,
    gerund_subject,
    governing_verb,
    hyphen_agent,
    is_free_relative,
    is_gerund_object,
    is_object_participle,
    is_purpose_clause,
    is_stray_conjunct,
    is_trailing_participle,
    phase_of,
)
from .event_targets import ATTITUDES, FRONTIERS
from .syntax import (
    SUBJECTS,
    ActorIndex,
    Mention,
    agent_of,
    children,
    hyphen_pair,
    sentence_of,
    state_mention,
    subject_of,
    subtree,
    tokens_of,
)

DEMANDS = {"02", "10"}


REACTIONS = {"bow", "yield", "bend", "cave", "succumb", "react"}


def is_yielded_to(tok: Token) -> bool:
    """Whether a nominal is what someone gives way to ("bowing to street protests", "yielding to pressure")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    tok = phase_of(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in REACTIONS


def has_scoreline(tok: Token) -> bool:
    """Whether a predicate carries a match score ("beat Shakhtar 3-1", "crushed Chelsea 4 - 0")."""
    doc = tok.doc
    return any(t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in {"-", "–"} and doc[t.i + 2].like_num
               and len(t.text) <= 2 and len(doc[t.i + 2].text) <= 2 for t in subtree(tok) if t.i > tok.i)


def is_mishap(tok: Token) -> bool:
    """"The storm wrecked the harbour", "the war in Tigray killed hundreds of thousands", "a business jet went
    down …, killing all ten on board": harm done by a disaster, a war as such or a crash, not an attack by
    anyone ("Israeli jets killed 20" is one)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in DISASTERS for c in children(tok)):
        return True
    crash = tok.head
    return tok.lemma_.lower() in CASUALTIES and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > crash.i\
        and crash.lemma_.lower() in CRASHES and any(c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLES
                                                     for c in children(crash))


CASUALTIES = {"kill", "injure", "wound"}
DISASTERS = {"earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "flood", "floods", "landslide",
             "fire", "blaze", "war", "famine", "epidemic", "disease", "heatwave", "tsunami", "avalanche"}
CRASHES = {"crash", "go", "break", "sink", "capsize", "collide", "derail", "overturn", "plunge", "explode"}
VEHICLES = {"jet", "plane", "aircraft", "airliner", "helicopter", "shuttle", "bus", "train", "ferry", "boat",
            "ship", "lorry", "truck", "car"}


GOVERNED = {"dobj", "xcomp", "ccomp", "prep", "pobj", "acomp", "attr", "dative", "oprd", "pcomp", "amod",
            "compound", "nmod", "poss", "acl"}


def governed_tokens(tok: Token) -> set[int]:
    """Tokens in the object, complement and prepositional phrases of a predicate (not its conjuncts)."""
    out: set[int] = set()
    for child in children(tok):
        if (child.dep_ in GOVERNED or is_gerund_object(child)) and not after_semicolon(child):
            inside = list(subtree(child))
            out.update(t.i for t in inside)
            for stray in (t for t in inside if t.dep_ == "conj" and is_stray_conjunct(t)):
                out.difference_update(t.i for t in subtree(stray))
    return out


def in_own_clause(tok: Token, outer: Token) -> bool:
    """Whether a predicate inside another's phrase sits in a relative clause of its own between them ("accompanied
    Zelensky to the White House, where Trump said the US would help guarantee …"): that clause tells a further
    event, not what the outer predicate governs; but one that only names the outer's object ("massed troops,
    which Borrell called the largest deployment ever") describes it."""
    head = tok.head
    while head.i != outer.i and head.head.i != head.i:
        if head.dep_ == "relcl" and head.lemma_.lower() not in NAMING_VERBS\
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(head)):
            return True
        head = head.head
    return False


def location_of(tok: Token, index: ActorIndex, places: set[str]) -> str | None:
    candidates = [c for t in (tok, tok.head) for c in children(t) if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    candidates += [c for c in tokens_of(sentence_of(tok)) if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    for prep in candidates:
        pobj = next((g for g in children(prep) if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase = " ".join(t.text for t in subtree(pobj) if t.pos_ == "PROPN")
        if pobj.ent_type_ in {"GPE", "LOC", "FAC"} or phrase.lower() in places or pobj.lower_ in places:
            m = index.at(pobj)
            if m is None or m.actor.kind in {"state", "organization"}:
                return phrase or pobj.text
    return None


def date_of(tok: Token, base: date | None) -> str | None:
    """The date the predicate's own clause names, else the clause of a predicate governing it, else the
    document's: not a date of another clause ("held talks, since Moscow invaded last Thursday")."""
    chain = (tok, *tok.ancestors)
    root = chain[-1]  # the root's clause holds every other's: one pass finds them all
    dates = [t for t in tokens_of(sentence_of(tok)) if t.ent_iob_ == "B" and t.ent_type_ == "DATE"
             and root.left_edge.i <= t.i <= root.right_edge.i and (t.i == root.i or root.is_ancestor(t))]
    for head in chain:
        for t in dates:
            if (t.i == head.i or head.is_ancestor(t)) and not _in_inner_clause(t, head):
                end = t.i + 1
                while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
                    end += 1
                found = resolve(t.doc[t.i:end].text, base)
                if found:
                    return found
    return base.isoformat() if base else None


def _in_inner_clause(t: Token, tok: Token) -> bool:
    """Whether ``t`` sits in a verb's clause below ``tok``."""
    while t.i != tok.i and t.head.i != t.i:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"advcl", "relcl", "ccomp", "pcomp", "acl", "xcomp", "conj"}:
            return True
        t = t.head
    return False


def evidence_of(tok: Token, partner: Token | None) -> str:
    ends = [tok.i, tok.i - 2 if hyphenated(tok) else tok.i]  # "sit-in", not "in"
    if partner is not None:
        ends.append(partner.i)
    start, end = min(ends), max(ends) + 1
    return tok.doc[start:end].text


def is_protest_aim(tok: Token, kinds: dict[int, str | None]) -> bool:
    """"Ukrainians marched to demand his resignation": what a protest demands is a demand of its own."""
    return kinds.get(tok.i) == "REQUEST" and tok.dep_ in {"xcomp", "advcl"} and kinds.get(tok.head.i) == "PROTEST"


def shares_subject(tok: Token) -> bool:
    """A participle or conjoined verb with no subject of its own: it acts through its head's subject."""
    return tok.pos_ == "VERB" and (tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG")\
        and not any(c.dep_ in SUBJECTS for c in children(tok))


def is_reciprocal(tok: Token) -> bool:
    """Whether a predicate's object is "each other" or "one another"."""
    objects = [c for c in children(tok) if c.dep_ in {"dobj", "dative"}]
    objects += [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                for g in children(p) if g.dep_ == "pobj"]
    pairs = {("other", "each"), ("another", "one"), ("one", "another")}
    return any((o.lower_, c.lower_) in pairs for o in objects for c in children(o))


def unrepeated_events(events: list[Event], separate: set[str] = frozenset()) -> list[Event]:
    """One event per act: two cues of a sentence coding the same act between the same parties ("launched
    exercises, with drills planned") report it once; an act done and one promised, or done on two dates, are
    two; so are the acts of ``separate`` verbs, each with its own object ("struck the site and killed the
    commanders")."""
    seen: set[tuple] = set()
    aimed: set[tuple] = set()
    out: list[Event] = []
    for e in events:
        act = (e.cameo, e.source.code, e.source.text, e.negated, e.modality, e.date)
        key = (*act, e.target and (e.target.code, e.target.text), e.evidence in separate and e.evidence)
        if key not in seen and not (e.target is None and act in aimed):  # "stormed parliament and set part of it
            seen.add(key)  # on fire": the same act again, its target unnamed
            aimed |= {act} if e.target is not None else set()
            out.append(e)
    return out


ASSISTING = {"help", "support", "assist", "lead", "bolster", "shore", "restore", "protect", "defend", "stabilise",
             "stabilize", "secure", "train", "reinforce", "fight", "police", "supervise", "monitor", "enforce"}


def separate_acts(found: list[Token]) -> set[Token]:
    """The verbs conjoined with another verb, each with its own direct object: two acts, not one told twice (but
    "killing nine people and wounding thousands" tells one attack's toll)."""
    def own_object(v: Token) -> bool:
        return v.pos_ == "VERB" and v.tag_ != "VBG" and any(c.dep_ == "dobj" for c in children(v))
    return {t for v in found if v.dep_ == "conj" and own_object(v) and own_object(v.head) for t in (v, v.head)}


def is_assisting(tok: Token) -> bool:
    """Whether forces are sent for another party's sake: a purpose clause of help, protection or fighting its war
    ("sent troops to Russia to fight in Ukraine")."""
    return any(is_purpose_clause(c) and c.lemma_.lower() in ASSISTING for c in children(tok))


REQUESTS = {"request", "invitation", "behest", "appeal", "plea", "call"}  # "at the request of Maputo", "after an
# appeal for help from Bamako"
HELP = {"help", "assistance", "aid", "support", "protection", "intervention"}


def _for_help(tok: Token) -> bool:
    """Whether a request is for help ("an appeal for help", "asked Washington for military assistance")."""
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in HELP
                                                               for g in children(p)) for p in children(tok))


def requested_by(tok: Token) -> Token | None:
    """Who asked for the forces a verb moves ("landed at the request of President Chamoun", "after an appeal for
    help from the government in Bamako"): the asker's head, or the request itself when no asker is named."""
    for prep in (c for c in children(tok) if c.dep_ == "prep" and c.lower_ in {"at", "after", "following", "on"}):
        for req in (g for g in children(prep) if g.dep_ == "pobj" and g.lemma_.lower() in REQUESTS):
            if prep.lower_ in {"after", "following"} and not _for_help(req):
                continue  # "after a call with Macron": no request for forces
            asker = next((g for p in children(req) if p.dep_ == "prep" and p.lower_ in {"of", "from", "by"}
                          for g in children(p) if g.dep_ == "pobj"), None)
            return asker or next((c for c in children(req) if c.dep_ == "poss"), req)
    return None


def assisted_party(tok: Token, index: ActorIndex, own: set[str | None]) -> Mention | None:
    """The party forces are sent to help, named in the purpose clause ("sent troops to help Russia push Ukrainian
    forces out of Kursk", "to support the Malian army"): its object, or the subject of the act it helps with."""
    for clause in (c for c in children(tok) if is_purpose_clause(c) and c.lemma_.lower() in ASSISTING):
        heads = [c for c in children(clause) if c.dep_ == "dobj"]
        heads += [g for c in children(clause) if c.dep_ in {"ccomp", "xcomp"} for g in children(c) if g.dep_ == "nsubj"]
        for head in heads:
            m = index.at(head)
            if m is not None and m.actor.code and m.actor.code not in own:
                return m
    return None


TRUCES = {"ceasefire", "cease-fire", "truce", "armistice"}
IDEAS = {"idea", "proposal", "call", "offer", "notion"}


def endorses_truce(tok: Token) -> bool:
    """Whether a party backs a truce itself ("Ukraine endorsed a 30-day ceasefire", "supported the idea of a
    truce"): agreeing to stop fighting, not praise; not "backing a plan for a ceasefire"."""
    for obj in (c for c in children(tok) if c.dep_ == "dobj"):
        if obj.lemma_.lower() in TRUCES or obj.lemma_.lower() in IDEAS and any(
                p.dep_ == "prep" and p.lower_ in {"of", "for"} and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in TRUCES for g in children(p)) for p in children(obj)):
            return True
    return False


SWAP_DEALS = {"deal", "agreement", "swap", "exchange"}


EACH = {"each", "apiece"}


def in_exchange(tok: Token) -> bool:
    """Whether an act is one side of a swap, so that both sides release or yield: done "in exchange for"
    another or "under a deal with" the other side, or by two parties "each"."""
    for p in children(tok):
        pobjs = [g for g in children(p) if g.dep_ == "pobj"] if p.dep_ == "prep" else []
        if p.lower_ == "in" and any(g.lower_ == "exchange" and any(f.dep_ == "prep" and f.lower_ == "for"
                                                                  for f in children(g)) for g in pobjs):
            return True
        if p.lower_ == "under" and any(g.lemma_.lower() in SWAP_DEALS and any(
                f.dep_ == "prep" and f.lower_ == "with" for f in children(g)) for g in pobjs):
            return True
    subject = event_subject(tok)
    objects = [c for c in children(tok) if c.dep_ == "dobj"]
    return subject is not None and any(c.lower_ == "each" for c in children(subject))\
        or any(c.lower_ in EACH and c.dep_ in {"advmod", "nsubj"} for c in children(tok))\
        or any(c.lower_ == "apiece" for o in objects for c in children(o))
    # "Kyiv and Moscow each handed back 157 soldiers", "swapped 157 prisoners apiece"


def labels_own_target(tok: Token, kinds: dict[int, str | None]) -> bool:
    """Whether a naming verb only labels what its clause's own attack or deployment is aimed at ("fired missiles at
    what it called terrorist infrastructure", "launched what it called anti-terrorist operations"): no accusation."""
    if tok.lemma_.lower() not in NAMING_VERBS or not is_free_relative(tok):
        return False
    act = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head if tok.dep_ in {
        "dobj", "ccomp"} else None
    return act is not None and kinds.get(act.i) in {"ASSAULT", "COERCE", "MOBILIZE"}


def describes_subject_act(tok: Token, kinds: dict[int, str | None]) -> bool:
    """Whether a participle describes an act that is the subject of a verb of the same kind ("a strike ordered by
    Trump killed …")."""
    act = tok.head
    return tok.dep_ == "acl" and act.dep_ == "nsubj" and kinds.get(tok.i) is not None\
        and kinds.get(act.i) == kinds[tok.i] == kinds.get(act.head.i)


def crosses_border(tok: Token) -> bool:
    """Whether a move goes into or across a country's border ("crossed the border", "poured into Kuwait")."""
    return any(c.dep_ == "prep" and c.lower_ in {"into", "across"}
               or c.dep_ == "dobj" and c.lemma_.lower() in FRONTIERS for c in children(tok))


WATERS = {"water", "sea", "ocean"}


def fired_into_sea(tok: Token) -> Token | None:
    """The waters missiles are fired into ("fired ballistic missiles into waters around Taiwan") or the country they
    are fired over ("fired a missile over northern Japan"): a show of force that hits no one."""
    into = next((g for c in children(tok) if c.dep_ == "prep" and c.lower_ == "into" for g in children(c)
                 if g.dep_ == "pobj" and g.lemma_.lower() in WATERS), None)
    if into is not None or any(c.dep_ == "prep" and c.lower_ in {"at", "on", "toward", "towards"} and any(
            g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in children(c)) for c in children(tok)):
        return into  # "fired missiles over the border at Kharkiv" aims at a target
    missiles = [t for t in children(tok) if t.dep_ == "dobj" and t.lemma_.lower() in MISSILES]
    return next((g for t in [tok, *missiles] for c in children(t) if c.dep_ == "prep" and c.lower_ == "over"
                 for g in children(c) if g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC"} or g.pos_ == "PROPN"
                                                               and g.ent_type_ != "PERSON")), None)


MISSILES = {"missile", "rocket"}


def is_unframed(outer: Token, unframed: bool, inner: Token) -> bool:
    """A light verb none of whose frames matched ("launched their largest exercises"), or any verb that found
    none and takes the inner one as its complement ("is set to attack"): it leaves the inner cue to code the
    event."""
    return unframed and (outer.lemma_.lower() in LIGHT_VERBS or inner.dep_ == "xcomp" and inner.head.i == outer.i)


UNREAL_DETS = {"any", "no", "every"}
BACKGROUND_NOUNS = {"anniversary", "memory", "legacy", "commemoration", "history", "lesson", "lessons"}


RESULTS = {"end", "bring", "halt"}


def is_result(tok: Token, live: set[int], etype: str) -> bool:
    """"signed a peace accord, ending three decades of fighting", "a truce took effect, halting the war": the
    outcome of another event (or of any act, when set off by a comma: "completed its withdrawal, ending 22 years of
    occupation"), told by a participle after it, is no settlement or halt of its own."""
    return etype in {"AGREE", "RETREAT"} and tok.lemma_.lower() in RESULTS and tok.tag_ == "VBG"\
        and tok.dep_ == "advcl" and tok.i > tok.head.i and (tok.head.i in live or is_trailing_participle(tok))


# Verbs whose participle set off beside a clause tells the setting, motive or outcome of that clause's act:
# "Speaking in Warsaw, …", "…, retaliating for the airlift", "…, leaving 80 percent of homes without water".
CIRCUMSTANCES = {"speak", "retaliate", "leave"}


def is_circumstance(tok: Token) -> bool:
    """Whether a cue is a participle of a circumstance verb opening its sentence or set off by a comma, with no
    subject or marker of its own (not "held off retaliating", "ships leaving Ukrainian ports")."""
    if tok.lemma_.lower() not in CIRCUMSTANCES or tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "acl"}:
        return False
    set_off = tok.i == tok.sent.start or tok.doc[tok.i - 1].text == ","
    return set_off and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in children(tok))


RANKS = {"first", "last", "only", "most", "second", "third"}


def is_rank_description(tok: Token, kinds: dict[int, str | None]) -> bool:
    """"held talks with Putin, the first Western leader to meet him since the invasion", "will hand jets to Kyiv,
    making it the first NATO member to promise warplanes": an infinitive ranking a noun by the act repeats an act
    of the same kind the sentence reports (alone, "became the first country to recognise" reports it)."""
    if tok.dep_ not in {"acl", "relcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return False
    if not any(c.lower_ in RANKS or c.tag_ == "JJS" for c in children(tok.head) if c.dep_ in {"amod", "advmod"})\
            and not any(g.lower_ in RANKS for c in children(tok.head) if c.dep_ == "amod" for g in children(c)):
        return False
    return kinds[tok.i] is not None and any(i != tok.i and kind == kinds[tok.i] for i, kind in kinds.items())


def is_description(tok: Token) -> bool:
    """"Oleg Sentsov, a filmmaker jailed in Russia, …": a participle in an apposition describes who someone
    is, not what the sentence reports."""
    if tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return tok.lemma_.lower() not in BROKERING  # "a UN-patrolled buffer zone", "the CIA-trained brigade": a
        # standing trait; "a US-brokered deal" reports the mediation
    return tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "appos"


BROKERING = {"broker", "mediate"}


def is_to_blame(tok: Token) -> bool:
    """"Moscow was to blame for the attack": the subject is the one blamed, not one who blames; who blames it is
    the one who says so."""
    return tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(tok))


def is_stance(tok: Token, etype: str) -> bool:
    """"Truckers opposed to vaccine mandates blocked the bridge": a participle with no agent that describes a noun
    by what it opposes names no act of rejection ("the plan rejected by Kyiv" does), also when the parse makes it
    the main verb and the real one its complement ("Farmers opposed to the deal drove tractors …")."""
    if etype != "REJECT" or tok.tag_ not in {"VBN", "VBD"} or agent_of(tok) is not None:
        return False
    if tok.dep_ in {"acl", "amod"}:
        return True
    stance = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to" and not any(
        c.dep_ in {"aux", "auxpass", "cc"} for c in children(tok))
    return stance and any(c.dep_ in {"conj", "ccomp"} and c.pos_ == "VERB" for c in children(tok))


def is_purpose(tok: Token, live: set[int]) -> bool:
    """"sent troops to Russia to fight in Ukraine": a purpose clause of another event is its aim, not an
    event that has happened (the caller keeps a demand: "declared a hunger strike to demand treatment" demands)."""
    if tok.dep_ != "advcl" or tok.head.i not in live:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)) and\
        not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children(tok))


def is_counterfactual(tok: Token) -> bool:
    """"a resolution that would have demanded a ceasefire", "a deal that could have ended the war": a perfect
    conditional says what did not happen."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "aux" for c in children(verb)):
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in children(verb) if c.dep_ == "aux"}
    return "have" in aux and bool(aux & {"would", "could", "might", "'d"})


def is_unreal_nominal(tok: Token) -> bool:
    """A nominal that names no actual event: "any new EU sanctions", "ahead of the G20 summit", "the Kremlin's
    demands, analysts note, have barely shifted" (a standing stance, the subject of a non-event)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "det" and c.lower_ in UNREAL_DETS for c in children(tok)):
        return True
    if tok.dep_ == "pobj" and (tok.head.lower_ == "before" or tok.head.lower_ == "of"
                               and tok.head.head.lower_ == "ahead"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "for"
                                                               for c in children(tok)):
        return True  # "in exchange for", "in return for": a condition of another act
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in BACKGROUND_NOUNS:
        return True  # "the anniversary of the Tiananmen crackdown"
    years = [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in {"of", "in"} for g in children(p)]
    if any((c.ent_type_ == "DATE" or c.text.isdigit()) and c.like_num and len(c.text) == 4 for c in children(tok)
           if c.dep_ in {"nummod", "compound", "amod", "nmod", "npadvmod"}) or any(
            g.dep_ == "pobj" and g.like_num and len(g.text) == 4 and g.ent_type_ == "DATE" for g in years):
        return True  # "regret for the 1919 Amritsar massacre", "since the Istanbul talks of 2022": history
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return True  # "have hardly changed since the talks": a point in time
    if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and not any(
            c.dep_ in {"prep", "acl", "relcl", "xcomp"} or c.dep_ == "compound" and hyphen_pair(c)
            for c in children(tok)):  # but "Russia-Ukraine talks resumed" names who talk
        return True
    return False


def is_attitude(tok: Token, sources: list[Mention], etype: str) -> bool:
    """"Most Ukrainians oppose territorial concessions": what a public holds, in the present tense, is an
    opinion, not an act of rejection or support."""
    return etype in ATTITUDES and tok.tag_ in {"VBP", "VBZ"} and all(s.actor.sector == "CVL" for s in sources)


def is_own_event(tok: Token, index: ActorIndex, outer: list[str], code: str) -> bool:
    """Whether a predicate inside another cue's phrase is an event of its own rather than the content that
    codes the outer one: it has its own subject ("demanded that Ukraine withdraw" is decided by _content_of)
    or a passive agent that names an actor ("a swap mediated by the UAE"); a nominal has its own owner ("rejected
    the AU's offer to mediate", "a proposal by Kosovo"), is a meeting or event the outer one happened at or after
    ("agreed in a call with Trump", "hours after Trump held talks with Zelensky"), or is a second, different kind of act
    conjoined with the outer one's object ("declared martial law and a general mobilisation")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)):
        return True
    if tok.dep_ == "acomp" and any(c.dep_ == "nsubj" for c in children(tok.head)):
        return True  # "told Putin by phone that Turkey was ready to host talks": the copula's subject is its own
    if (tok.dep_ == "acl" and tok.tag_ == "VBG" or gerund_subject(tok) is not None) and code[:2] == "14":
        return True  # "opened fire on schoolchildren marching in Soweto": the people it describes protest
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and code[:2] == "14" and tok.head.ent_type_ == "CARDINAL"\
            and agent_of(tok) is None:
        return True  # "detained 3,000 people as tens of thousands protested in Minsk", the verb parsed as a
        # participle on the crowd
    if code[:2] == "04" and meeting_clause(tok) is not None:
        return True  # "freed 14 prisoners after meeting US envoy Keith Kellogg": a meeting of its own
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and all(c[:2] == "01" for c in outer):
        return True  # "retaliated by banning purchases of Rhodesian tobacco": the means of no event is the act done
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in PRIOR_PREPS\
            and not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in children(tok)):
        return True  # "declared the talks dead, two days after calling off a meeting": the subject's own earlier
        # act (not "lifted the emergency, six weeks after imposing it", the history of the act reported)
    if tok.pos_ == "VERB":
        agent = agent_of(tok)
        hyphen = hyphen_agent(tok)  # "under a Russian-brokered deal": a nationality names its state
        return agent is not None and agent.i in index.by_token or hyphen is not None and (
            hyphen.i in index.by_token or hyphen.ent_type_ == "NORP") or is_trailing_participle(tok)
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if bidden_by(tok) is not None:
        return True  # "deployed troops at the request of the government": the request is the government's own
    by = next((g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "by" for g in children(p)
               if g.dep_ == "pobj" and g.i in index.by_token), None)
    if code[:2] == "03" and (owner_token(tok, index) is not None or by is not None):
        return True  # "dismissed a proposal by Kosovo's prime minister": the proposal is the proposer's act
    if code[:2] == "04" and all(o[:2] == "04" for o in outer) and names_two_sides(parties_between(tok, index), tok.doc):
        return True  # "brokered talks between Serbia and Kosovo": the talks are the two parties' own
    if tok.dep_ == "dobj" and any(o[:2] in DEMANDS for o in outer):
        return False  # "demand Yanukovych's resignation": what is demanded, not an act of its own
    if is_prior_act(tok):  # "scrapped the project after weeks of protests by environmentalists": the protests are
        owner = owner_token(tok, index)  # theirs; "expelled two diplomats in response to Estonia's expulsion of …"
        agent = owner is not None or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in children(tok)) or any(
            p.dep_ == "prep" and p.lower_ == "by" and any(g.dep_ == "pobj" for g in children(p))
            for p in children(tok))\
            or pronoun_owned(tok)  # "sanctions on North Korea over its nuclear test": the party answered did it
        if agent and (all(o[:2] != code[:2] for o in outer) or owner is not None and owner.pos_ == "PROPN"):
            return True
    if is_condemned_act(tok, outer, code):
        return True
    if owner_token(tok, index) is not None:  # "attended an Arab League summit" restates the attending
        return all(o[:2] != code[:2] for o in outer)
    phase = phase_of(tok)  # "after 13 days of secret negotiations"
    if phase.dep_ == "pobj" and phase.head.lower_ in MEETING_PREPS and code[:2] == "04":
        return True
    if tok.dep_ == "conj" and all(o[:2] != code[:2] for o in outer):
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ in {"dobj", "pobj", "attr"}
    return False


SPANS = {"week", "day", "month", "year", "hour"}
PRIOR_PREPS = {"after", "following", "amid", "amidst"}
CAUSE_PREPS = {"over"}  # "boycotted the Olympics over the Soviet invasion of Afghanistan": the act it answers
REASONS = {"protest", "retaliation", "response", "reprisal", "revenge"}


CONDEMNATIONS = {"111"}  # criticising, condemning, denouncing: what is condemned was done
FORCEFUL = {"15", "17", "18", "19", "20"}  # force posture, coercion and violence


def is_condemned_act(tok: Token, outer: list[str], code: str) -> bool:
    """Whether a nominal act of force another party condemns names its doer by a nationality or a "by" phrase
    ("denounced the Soviet downing of the airliner", "condemned the shelling of a hospital by Russian forces"): it
    is reported as done."""
    return tok.pos_ == "NOUN" and code[:2] in FORCEFUL and bool(outer) and all(o[:3] in CONDEMNATIONS for o in outer)\
        and (nationality_of(tok) is not None or any(c.dep_ == "prep" and c.lower_ == "by" for c in children(tok)))


def nationality_of(tok: Token) -> Token | None:
    """The nationality adjective a nominal act is owned by, when no actor names its owner: "the Soviet invasion"."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next((c for c in children(tok) if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.text[:1].isupper()), None)


def pronoun_owned(noun: Token) -> bool:
    """Whether a nominal act is owned by "its" or "their" ("over its nuclear test")."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(noun))


def is_prior_act(tok: Token) -> bool:
    """Whether a nominal names an act another one came after, amid or in answer to ("after weeks of protests by
    farmers", "following a Russian offensive", "over the Soviet invasion"), through a span of time it lasted."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPANS:
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ in PRIOR_PREPS | CAUSE_PREPS:
        return True
    reason = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "against", "for", "to"} else None
    return reason is not None and reason.lemma_.lower() in REASONS and reason.dep_ == "pobj" \
        and reason.head.lower_ == "in"  # "in protest at the Soviet invasion", "in retaliation for Iraq's attack"


FALLS = {"0831": {"nsubj"}, "171": {"nsubjpass", "dobj"}}  # leaving office (its subject), being ousted (its object)


def fallen_ruler(tok: Token, codes: dict[int, str], index: ActorIndex) -> Mention | None:
    """The ruler who resigned or was ousted after a protest no one is named to hold ("resigned after weeks of
    street protests", "was toppled after months of protests", "resigned … and fled, after weeks of protests"):
    the protest was his own people's, against him."""
    if tok.pos_ != "NOUN" or owner_token(tok, index) is not None or any(
            c.dep_ == "prep" and c.lower_ == "by" for c in children(tok)):
        return None
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPANS:
        tok = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in PRIOR_PREPS:
        return None
    verb = tok.head.head
    while verb.dep_ == "conj" and codes.get(verb.i) not in FALLS:
        verb = verb.head
    deps = FALLS.get(codes.get(verb.i, ""))
    ruler = next((m for c in children(verb) if deps and c.dep_ in deps and (m := index.at(c)) is not None), None)
    return ruler if ruler is not None and ruler.actor.kind == "person" and ruler.actor.code else None


INSTRUMENTS = {"treaty", "decree", "law", "bill", "ceremony", "order", "communique", "communiqué", "memorandum",
               "ordinance", "edict"}
SIGNED_KINDS = {"SUPPORT", "COOPERATE", "AGREE", "REQUEST", None}  # what signing an accord is, what a law requires
DECREES = {"decree", "edict", "ordinance"}


def instrument_act(tok: Token, kinds: dict[int, str | None]) -> Token | None:
    """The verb whose subject acts through an instrument when a participle on its object names a one-sided act:
    "signed a treaty absorbing Crimea into Russia", "staged a ceremony annexing four regions", "signed a decree
    declaring talks impossible" — the signer annexes or refuses (not "signed an agreement setting up a fund")."""
    relative = tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in children(tok))
    if not relative and (tok.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in children(tok))):
        return None  # a participle, or a relative clause with "that"/"which": "a treaty that incorporates Crimea"
    noun = tok.head if tok.dep_ in {"acl", "relcl"} else next(
        (c for c in children(tok.head) if c.dep_ == "dobj" and c.i < tok.i), None) if tok.dep_ == "advcl" else None
    # "signed a treaty on Tuesday absorbing Crimea", parsed with the participle on the verb
    if noun is None or noun.dep_ != "dobj" or noun.lemma_.lower() not in INSTRUMENTS\
            or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    if kinds.get(tok.i) in SIGNED_KINDS and not (noun.lemma_.lower() in DECREES and kinds.get(tok.i) == "SUPPORT"):
        return None  # "signed decrees recognising the republics": a decree's recognition is the signer's
    signer = event_subject(noun.head)
    if signer is None or signer.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subtree(signer)
                                                                if c.i < signer.i or c.head.i == signer.i):
        return None  # "the foreign ministers of three powers signed a treaty banning nuclear tests", "Obama and
        # Medvedev signed a treaty cutting their warheads" (parsed with "Obama" on "Medvedev"): an accord
    return noun.head


SIGNINGS = {"sign", "initial", "ink", "conclude"}
ACCORDS = {"deal", "agreement", "pact", "accord", "treaty", "declaration", "act", "protocol", "memorandum", "charter",
           "communique", "communiqué", "document", "convention"}
CONTENT_STEPS = {"conj", "xcomp", "pcomp", "prep"}


def is_accord_content(tok: Token) -> bool:
    """Whether a predicate says what a signed accord contains: "signed a deal under which Moscow will buy grain",
    "signed a peace agreement, aimed at ending years of conflict" — the signing is the event; the promises inside
    the accord are not each a promise of their own (but "signed a pact, pledging to help each other" is one)."""
    t = tok
    for _ in range(4):
        if t.dep_ in {"relcl", "acl"} and t.head.lemma_.lower() in ACCORDS and t.head.dep_ == "dobj"\
                and t.head.head.lemma_.lower() in SIGNINGS:
            return True
        if t.dep_ == "advcl" and t.tag_ == "VBN" and t.head.lemma_.lower() in SIGNINGS\
                and any(c.dep_ == "dobj" and c.lemma_.lower() in ACCORDS for c in children(t.head)):
            return True
        if t.dep_ not in CONTENT_STEPS or t.head.i == t.i:
            return False
        t = t.head
    return False


def _signed_content(t: Token) -> bool:
    """Whether a participle hung on a signing verb, with no comma before it, says what the accord signed does:
    "signed a treaty in Moscow on Monday banning nuclear tests" (but not "signed a pact, pledging to help each
    other", a promise of its own)."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.lemma_.lower() in SIGNINGS and t.i > 0\
        and not t.doc[t.i - 1].is_punct and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(t))\
        and any(c.dep_ == "dobj" and c.i < t.i and c.lemma_.lower() in ACCORDS for c in children(t.head))


def is_content(tok: Token, live: set[int], reporting: set[str]) -> bool:
    """Whether a predicate is the content of another event ("demanded that NATO halt its expansion",
    "warned that Russia would take Donbas", "proposed that Russia and Ukraine resume talks"): the outer cue
    codes it, unless the outer verb only reports it ("announced that Russia was suspending …")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ in {"dobj", "nsubjpass"}:
        return t.head.head.i in live  # "signed an agreement setting up a joint fund": what was signed
    if _signed_content(t):
        return t.head.i in live  # "signed a treaty in Moscow on Monday banning nuclear tests", parsed on the verb
    if t.dep_ != "ccomp" or is_object_participle(t) or after_semicolon(t) or before_filled_head(t):
        return False
    head = t.head
    return head.i in live and head.lemma_.lower() not in reporting


def before_filled_head(clause: Token) -> bool:
    """"Washington blacklisted Rosneft, on the day Trump called off a summit", parsed with the first clause as
    the complement of the second: a verb whose object (a thing, not an addressee) follows it has no room for a
    clause before it."""
    head = clause.head
    return clause.i < head.i and any(c.dep_ == "dobj" and c.i > head.i and c.pos_ == "NOUN" and not c.ent_type_
                                     for c in children(head))


def after_semicolon(clause: Token) -> bool:
    """"Saudi Arabia hosted talks …; Russia was not invited", parsed with the first clause as the second's
    complement: a clause ended by a semicolon before its head is a sentence of its own."""
    head = clause.head
    return clause.i < head.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1:head.i + 1])


def reports_clause(tok: Token, live: set[int], reporting: set[str]) -> bool:
    """Whether a reporting verb that is also a cue ("announced") only introduces an event clause; not one said on
    the phone ("told Putin by telephone that …" is a call)."""
    if tok.lemma_.lower() not in reporting or any(p.dep_ == "prep" and p.lower_ in {"by", "over"} and any(
            g.lemma_.lower() in PHONES for g in children(p)) for p in children(tok)):
        return False
    return any(c.dep_ == "ccomp" and any(t.i in live for t in subtree(c)) for c in children(tok))


PHONES = {"phone", "telephone"}
REHEARSALS = {"practise", "practice", "rehearse", "simulate"}


def is_rehearsed(tok: Token) -> bool:
    """Whether a predicate names an act that drills rehearse ("practising blockades and strikes", "simulated
    an attack on the island")."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in {"dobj", "xcomp"} and head.head.lemma_.lower() in REHEARSALS


CONDITIONS = {"if", "unless"}


def condition_of(tok: Token, chain: list[Token]) -> tuple[Token, str] | None:
    """The clause a predicate's act hangs on ("… if Russia invaded Ukraine", "… unless Belgrade pulled back"),
    with its marker."""
    heads = (tok.head,) if tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"} else ()
    for verb in (tok, *chain, *heads):
        for c in children(verb):
            mark = next((m.lower_ for m in children(c) if m.dep_ == "mark" and m.lower_ in CONDITIONS), None)
            if c.dep_ == "advcl" and mark:
                return c, mark
    return None


def is_faced(tok: Token) -> bool:
    """"Russia faces new sanctions", "accept the plan or face air strikes": a penalty someone faces."""
    verb = governing_verb(tok) if tok.pos_ in {"NOUN", "PROPN"} else None
    return verb is not None and verb.lemma_.lower() == "face" and tok.dep_ == "dobj"


SEATS = {"parliament", "residence", "palace", "building", "buildings", "ministry", "ministries", "office", "offices",
         "headquarters", "legislature", "congress", "assembly", "capitol", "senate", "compound", "court", "council",
         "chamber"}


def seat_stormed(tok: Token, code: str) -> Mention | None:
    """"protesters stormed the presidential residence": a crowd seizing a seat of power acts against its own
    state."""
    seat = next((c for c in (*children(tok), *(g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "into"
                                           for g in children(p))) if c.dep_ in {"dobj", "pobj"}
                 and c.lemma_.lower() in SEATS), None)  # "stormed the parliament", "forced their way into it"
    return state_mention(code, seat) if seat is not None else None


def is_anchored_noun(tok: Token, index: ActorIndex) -> bool:
    """Whether a nominal trigger reports an event: it has an owner or agent ("Moscow's refusal", "talks
    between X and Y", "attack by X") or is the object of a verb with a subject ("held talks")."""
    for child in children(tok):
        if child.dep_ in {"poss", "compound", "amod"} and index.at(child) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ in {"by", "between", "with", "from", "among"}:
            return True
    if nationality_of(tok) is not None and is_prior_act(tok):
        return True  # "in protest at the Soviet invasion of Afghanistan": the act answered, a nationality its owner
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    tok = phase_of(tok)
    if tok.dep_ in {"dobj", "attr", "nsubjpass"} or tok.dep_ == "pobj" and tok.head.dep_ == "prep"\
            and tok.head.head.pos_ == "VERB":
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        return subject_of(verb) is not None
    return tok.dep_ in {"nsubj", "ROOT", "appos"} and any(c.dep_ == "prep" for c in children(tok))


def repeats_head(tok: Token, kinds: dict[int, str | None]) -> bool:
    """"met … and talked privately", "began the largest prisoner exchange, swapping 390 people": a conjoined or
    participle predicate of the same kind as its head (or its head's object) without its own subject is the
    same event."""
    if tok.dep_ == "nsubjpass" and kinds.get(tok.head.i) == kinds[tok.i]:
        return True  # "talks were held by X with Y": the verb codes the talks
    if tok.dep_ == "relcl" and kinds[tok.i] is not None and kinds.get(tok.head.i) == kinds[tok.i]\
            and not any(c.dep_ in {"dobj", "nsubjpass"} or c.lower_ in {"that", "which", "who"} for c in children(tok)):
        return True  # "the biggest exercises it has ever staged": the noun the clause describes codes them
    if tok.dep_ not in {"conj", "advcl"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok))\
            or agent_of(tok) is not None:  # "hosted by Macron and attended by Merkel": each its own actor
        return False
    if tok.dep_ == "advcl" and tok.tag_ != "VBG" or _new_object(tok):
        return False
    kind = kinds[tok.i]
    same = [tok.head, *(c for c in children(tok.head) if c.dep_ in {"dobj", "attr"})]
    return kind is not None and any(kinds.get(t.i) == kind for t in same)


def _new_object(tok: Token) -> bool:
    """"closed its airspace … and suspended all trade": a conjoined verb acting on an object of its own (not a
    cue's nominal, which codes itself) is a second act."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return False
    obj = next((c for c in children(tok) if c.dep_ == "dobj"), None)
    first = next((c for c in children(tok.head) if c.dep_ == "dobj"), None)
    return obj is not None and first is not None and obj.lemma_ != first.lemma_


INFERENCE_VERBS = {"show", "prove", "suggest", "mean", "indicate", "demonstrate", "illustrate", "imply", "signal"}


def is_inferred(chain: list[Token]) -> bool:
    """"Moscow's refusal shows the Kremlin is not interested in peace": what a fact is taken to show is an
    inference, not a reported event."""
    top = chain[-1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in INFERENCE_VERBS and not any(
        c.dep_ == "nsubj" and c.pos_ in {"PROPN", "PRON"} for c in children(top.head))


def is_purpose_of_same(tok: Token, codes: dict[int, str]) -> bool:
    """"met … to discuss": a purpose clause restating the governing event's kind is part of that event."""
    head = codes.get(tok.head.i)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok))
    return tok.dep_ in {"advcl", "xcomp"} and head is not None and head[:2] == codes[tok.i][:2] and not own_subject


def in_condition_clause(tok: Token) -> bool:
    """Whether a predicate sits in an "if/unless/until" clause ("threatened … if the EU imposed sanctions"):
    it is the condition of what the sentence reports, not an event itself."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "until"} for c in children(t)):
            return True
    return False


def coded_above(chain: list[Token], lex: Lexicon, unframed: set[int]) -> bool:
    """Whether a governing predicate that is a cue itself (not a mere control verb, nor a polysemous verb that
    found no frame: "is set to attack") codes this one."""
    return any(lex.pack.control_verbs.get(t.lemma_.lower(), "cue") == "cue" and match_cue(t, lex) is not None
               and t.i not in unframed for t in chain[1:])


SHARES = {"majority", "minority", "half", "third", "quarter", "percent", "share", "proportion", "most", "plurality"}


def is_polled(tok: Token, chain: list[Token]) -> bool:
    """"A majority of Ukrainians would reject a settlement", "just over half of Ukrainians say they would …": what
    a share of a people thinks or would do is a poll's finding, not an event."""
    top = chain[-1]
    for verb in (tok, top, top.head if top.dep_ == "ccomp" else top):
        for subject in (c for c in children(verb) if c.dep_ in SUBJECTS and c.lemma_.lower() in SHARES):
            if any(g.tag_ in {"NNS", "NNPS"} or g.ent_type_ == "NORP" for p in children(subject)
                   if p.dep_ == "prep" and p.lower_ == "of" for g in children(p) if g.dep_ == "pobj"):
                return True
    return False


def is_reason_phrase(tok: Token) -> bool:
    """"went on hunger strike in protest at being denied care", "recalled its ambassador in protest": an act's
    stated reason is what the act is, no second event."""
    return tok.lemma_.lower() in REASONS and tok.dep_ == "pobj" and tok.head.lower_ == "in"\
        and tok.head.head.pos_ in {"VERB", "AUX"}


WARNED_PENALTIES = {"SANCTION": "1312", "ASSAULT": "138", "COERCE": "138", "MOBILIZE": "138"}  # the threat each
# kind of act a warning foretells makes
FORETELLING = {"would", "will", "could", "might", "may", "'d", "'ll", "wo"}


def warned_penalty(warn: Token, kinds: dict[int, str | None], index: ActorIndex) -> tuple[str, Token] | None:
    """The threat a warning makes, and the act it foretells, when its clause foretells a penalty by the warner's
    own side ("Medvedev warned that European airlines could be barred", "warned that they would shut their border
    crossings"); None for a forecast about another party ("warned that Russia could attack") or no penalty."""
    clause = next((c for c in children(warn) if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ in FORETELLING for c in children(clause)):
        return None
    subject = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.dep_ != "nsubjpass" and subject.pos_ != "PRON":
        own, warner = index.at(subject), index.at(event_subject(warn))
        if own is None or warner is None or not own.actor.code or own.actor.code != warner.actor.code:
            return None
    acts = [clause, *(c for c in children(clause) if c.dep_ in {"xcomp", "conj"})]
    acts += [c for a in acts[1:] for c in children(a) if c.dep_ == "xcomp"]
    return next(((WARNED_PENALTIES[kind], a) for a in acts if (kind := kinds.get(a.i)) in WARNED_PENALTIES), None)
