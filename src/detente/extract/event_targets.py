"""Second thoughts on an event's target: the owner of its object, the far side of a frontier, the compatriots of a
crowd, the host of a visit; and when the named target is no party (the source's own forces, an accord's topic)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from ..model import Actor
from .event_cues import ADJUNCTS
from .event_parties import (
    ACCORDS,
    CONVENED,
    DOMESTIC,
    MEETING_NOUNS,
    PLACE_PREPS,
    REBELS,
    UNIDENTIFIED,
    coordinated_mentions,
    is_domestic,
    pick_party,
    sole_state,
    source_and_target,
    stand_in_state,
    target_candidates,
    topic_of_object,
)
from .event_syntax import SELF_PRONOUNS, gerund_subject, governing_verb, is_purpose_clause
from .geography import Geography
from .syntax import (
    PERMITTING,
    SUBJECTS,
    ActorIndex,
    Mention,
    agent_of,
    children,
    is_infinitive,
    sentence_of,
    state_mention,
    subtree,
)

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "RETREAT", "SUPPORT"}
STAND_IN_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "SANCTION", "PROTEST", "THREATEN"}
PLACE_TARGETS = STAND_IN_TYPES - {"MOBILIZE"}  # a place named stands for the target; forces sent there have a host


def _owner_by_pronoun(tiers: list[list[Token]], index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """The party an object's possessive pronoun refers to when that is not the source: "Russian forces attacked
    its positions, Ukraine said" → Ukraine, the nearest other party named before it."""
    own = {s.actor.code for s in sources}
    for candidate in (c for tier in tiers[:1] for c in tier):
        pronoun = next((c for c in children(candidate) if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if pronoun is None:
            continue
        owned = index.at(candidate)
        if owned is not None and owned.actor.code in own:
            return None  # "and Seoul put its forces on alert": the source's own forces, no other party's
        before = [m for m in index.mentions if m.end <= pronoun.i and m.actor.code and m.actor.code not in own]
        if pronoun.lower_ == "their":  # "Finland and Sweden applied to join NATO, but Turkey would block their
            before = [m for m in before if _coordinated(m, candidate.doc)] or before  # membership": both
        return before[-1] if before else None
    return None


def _coordinated(m: Mention, doc: Doc) -> bool:
    """Whether a mention heads a coordination of parties ("Finland and Sweden")."""
    return any(c.dep_ == "conj" for c in children(doc[m.start:m.end].root))


FRONTIER_PREPS = {"near", "along", "to", "toward", "towards", "on", "at", "across", "around", "off", "over", "between"}
DESTINATION_PREPS = {"to", "toward", "towards", "into", "in"}


def _destination_only(g: Token) -> bool:
    """Whether a build-up's prepositional object is where forces go, not whom they face: "sent troops to
    Russia", "toward the Taiwan Strait" (but "to its border with Pakistan" faces a frontier)."""
    return g.dep_ == "pobj" and g.head.lower_ in DESTINATION_PREPS and g.lemma_.lower() not in FRONTIERS


def _frontier(tok: Token, index: ActorIndex, sources: list[Mention], geo: Geography) -> Mention | None:
    """Whom a build-up faces: the party whose border or territory troops are massed near ("massed troops near
    Ukraine's border", "along its border with Syria", "along the Cambodian border", "fired a missile over Japan")."""
    heads = [tok, *(c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"})]
    verb = governing_verb(tok) if tok.pos_ in {"NOUN", "PROPN"} else None
    heads += [verb] if verb is not None else []  # "staged drills around Taiwan"
    heads += [c for c in children(tok) if c.dep_ in {"relcl", "acl"}] if tok.pos_ in {"NOUN", "PROPN"} else []
    # "the biggest exercises it has ever staged around Taiwan", "drills held off Norway"
    pobjs = [g for h in heads for p in children(h) if p.dep_ in {"prep", "dative"} and p.lower_ in FRONTIER_PREPS
             for g in children(p) if g.dep_ == "pobj"]
    inner = [t for g in pobjs for t in subtree(g) if t.dep_ == "pobj" and t.i != g.i]  # "to waters off Venezuela"
    pobjs = [g for g in pobjs if not _destination_only(g)]
    named = pick_party([pobjs, inner], index, sources)
    return named or next((m for g in pobjs + inner if (m := stand_in_state(g, geo, shallow=True)) is not None
                          and m.actor.code != sources[0].actor.code), None)


HUMAN_GROUPS = {"protester", "demonstrator", "supporter", "activist", "student", "crowd", "civilian", "villager",
                "resident", "worker", "journalist", "prisoner", "detainee", "opponent", "dissident", "marcher",
                "mourner", "striker", "people", "citizen", "woman", "man", "child", "girl", "boy", "pupil",
                "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "monk", "worshipper", "pilgrim", "farmer",
                "miner", "refugee", "critic", "lawyer", "politician", "voter", "teacher", "doctor", "nurse",
                "judge", "evader", "deserter", "suspect", "blogger", "writer", "priest", "leader"}
MEASURES = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "scores",
            "group", "crowd"}


def _counted(tokens: list[Token]) -> list[Token]:
    """What the measures and numbers among ``tokens`` count: "monks" in "thousands of monks"."""
    return [g for o in tokens if o.lemma_.lower() in MEASURES or o.pos_ == "NUM" for p in children(o)
            if p.dep_ == "prep" and p.lower_ == "of" for g in children(p) if g.dep_ == "pobj"]


def _same_side(tok: Token, index: ActorIndex, sources: list[Mention],
               sectors: AbstractSet[str | None] = frozenset({None, "CVL", "OPP", "MED", "NGO", "REB"}),
               warned: tuple[Token, ...] = ()) -> Mention | None:
    """"Lukashenko pardoned 18 political prisoners", "fired tear gas at opposition supporters": unnamed people a
    government frees, detains or fires on (or, of ``sectors``, talks to or warns) are, with no other place named,
    its own."""
    code = sources[0].actor.code
    objects = [c for c in children(tok) if c.dep_ in {"dative", "dobj", "nsubjpass"}]  # "granted women the vote"
    objects += warned
    groups = HUMAN_GROUPS | WARNED_PEOPLE if warned else HUMAN_GROUPS
    objects += [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in {"at", "on", "against", "with"}
                for g in children(p) if g.dep_ == "pobj"]
    objects += [g for o in objects if o.pos_ == "NOUN" for p in children(o)  # "talks with the opposition"
                if p.dep_ == "prep" and p.lower_ == "with" for g in children(p) if g.dep_ == "pobj"]
    objects += [g for o in list(objects) if o.dep_ == "dobj" for p in children(o)  # "fired tear gas at monks"
                if p.dep_ == "prep" and p.lower_ in {"at", "on", "against"} for g in children(p) if g.dep_ == "pobj"]
    objects += _counted(objects)  # "thousands of monks"
    objects += [people for o in objects if (people := gerund_subject(o)) is not None]
    for obj in objects:
        m = index.at(obj)
        opposition = any(t.lemma_.lower() in {"opposition", "dissident"} for t in subtree(obj))
        rebels = any(t.lemma_.lower() in REBELS for t in subtree(obj))
        if m is None and (obj.lemma_.lower() in groups or opposition or rebels):  # "a fourth opposition hopeful"
            sector = "OPP" if opposition else "REB" if rebels else "CVL"
            actor = Actor(id=None, code=None, sector=sector, kind="group", name=None,
                          text=obj.doc[obj.left_edge.i:obj.i + 1].text)
            m = Mention(obj.left_edge.i, obj.i + 1, actor)
        kinds = {"group", "person", "organization"} if opposition else {"group", "person"}  # "an opposition party"
        if m is None or m.actor.code is not None or m.actor.kind not in kinds\
                or m.actor.sector not in sectors or code is None or is_regional(m, tok.doc)\
                or m.actor.kind == "person" and m.actor.sector != "OPP" and not opposition:
            continue
        return Mention(m.start, m.end, m.actor.model_copy(update={"code": code}), m.tokens)
    return None


WARNED_PEOPLE = {"anyone", "anybody", "organiser", "organizer", "participant", "governor", "mayor"}


def _warned_people(tok: Token) -> tuple[Token, ...]:
    """Who a warning says will pay: the subject of its content or of its condition ("warned that organisers of
    unauthorised protests would face prosecution", "threatened to send troops if governors did not stop …")."""
    clauses = [c for c in children(tok) if c.dep_ == "ccomp"]
    clauses += [a for t in (tok, *(c for c in children(tok) if c.dep_ == "xcomp")) for a in children(t)
                if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in children(a))]
    return tuple(c for clause in clauses for c in children(clause) if c.dep_ in SUBJECTS)


def _people_eased(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """"opened its borders, allowing its citizens to travel", "withdrew the bill after thousands of people
    protested": unnamed people in a clause a government's concession governs are the compatriots it yields to."""
    code = sources[0].actor.code
    for clause in (c for c in children(tok) if c.dep_ == "advcl" and c.pos_ == "VERB"):
        m = _same_side(clause, index, sources, frozenset({None, "CVL", "OPP"}))
        if m is not None:
            return m
        subjects = [c for v in (clause, *(c for c in children(clause) if c.dep_ in {"ccomp", "xcomp"}))
                    for c in children(v) if c.dep_ == "nsubj"]  # "allowing its citizens to travel"
        subjects += _counted(subjects)  # "thousands of people"
        for subj in subjects:
            m = index.at(subj)
            if (m is None or m.actor.code in {None, code} and m.actor.kind == "group")\
                    and subj.lemma_.lower() in HUMAN_GROUPS and code is not None:
                return state_mention(code, subj, tok.doc[subj.left_edge.i:subj.i + 1].text, "CVL")
    return None


OPPOSITION = {"opposition"}  # "accusing the opposition of anti-state activities": the accuser's own
INSTITUTIONS = {"commission", "ministry", "government", "force", "police", "army", "military", "authority",
                "regime", "parliament", "court"}


def _own_institution(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """"accusing the electoral commission of rigging the result", "accused government forces of killing …": an
    unnamed state body (or the opposition) accused, with no other state named, belongs to the accuser's own
    state."""
    code = sources[0].actor.code
    for obj in (c for c in children(tok) if c.dep_ == "dobj"):
        m = index.at(obj)
        if m is not None and m.actor.code == code and obj.lemma_.lower() in INSTITUTIONS:
            return m  # "government forces", already known as the accuser's own
        if m is not None and m.actor.code is not None or obj.lemma_.lower() not in INSTITUTIONS | OPPOSITION\
                or any(c.ent_type_ in {"NORP", "GPE"} or c.dep_ == "poss" for c in children(obj)):
            continue
        sector = "OPP" if obj.lemma_.lower() in OPPOSITION else "GOV"
        return state_mention(code, obj, tok.doc[obj.left_edge.i:obj.i + 1].text, sector)
    return None


PLACE_NOUNS = {"town", "city", "village", "capital", "region", "province", "district", "school", "building",
               "camp", "headquarters", "palace", "parliament", "base", "stronghold", "airport", "port",
               "home", "house", "flat", "apartment", "residence", "office"}
SEIZED_PREPS = PLACE_PREPS | {"into", "on"}


def _home_ground(tok: Token, index: ActorIndex, geo: Geography, sources: list[Mention]) -> Mention | None:
    """"Taliban fighters overran the northern city of Kunduz", "took hostages at a school in Beslan": a place of
    no known state that a party seizes or strikes, in a sentence naming no other state, is its own country."""
    code = sources[0].actor.code
    if code is None or not is_domestic(tok, index, geo, code) or sole_state(tok, index, geo) != code:
        return None
    places = [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}]
    places += [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in SEIZED_PREPS
               for g in children(p) if g.dep_ == "pobj"]
    for place in places:
        m = index.at(place)
        if (m is None or m.actor.code is None) and (
                place.ent_type_ in {"GPE", "LOC", "FAC"} or place.lemma_.lower() in PLACE_NOUNS):
            return state_mention(code, place)
    return None


BODIES = {"party", "group", "organisation", "organization", "movement", "union", "channel", "station", "newspaper",
          "broadcaster", "outlet", "soldier", "officer", "judge", "congress", "court", "agency", "association"}


def _own_bodies(tok: Token, index: ActorIndex, geo: Geography, sources: list[Mention]) -> Mention | None:
    """"banned nearly 20 black consciousness organisations", "suspended 11 parties with ties to Russia", "detained
    3,000 soldiers": unnamed parties, groups, outlets or officers a government bans or detains, in a sentence naming
    no other state outside them, are its own."""
    code = sources[0].actor.code
    if code is None or code not in geo.states:
        return None
    objects = [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}]
    for obj in (*objects, *_counted(objects)):
        m = index.at(obj)
        if m is not None and m.actor.code is not None or obj.lemma_.lower() not in BODIES\
                or (stand_in_state(obj, geo, shallow=True) or sources[0]).actor.code != code:
            continue
        inside = range(obj.left_edge.i, obj.right_edge.i + 1)
        if sole_state(tok, index, geo) == code or all(
                n.actor.code in {None, code} or n.start in inside for n in index.mentions):
            return state_mention(code, obj, tok.doc[inside.start:inside.stop].text)
    return None


def _incidental(root: Token) -> bool:
    """Whether a target is named only in passing: as a nationality on a thing ("send Syrian refugees") or inside
    a condition ("if the Israeli advance on Syria did not stop"), not as the party an act is done to."""
    if root.dep_ == "amod":
        return True
    return any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in children(a))
               for a in root.ancestors)


def conditioned(tok: Token, index: ActorIndex, sources: list[Mention], geo: Geography | None = None) -> Mention | None:
    """Whom a threat is aimed at: the subject of its condition ("threatened to cut off gas if the EU imposed
    sanctions" → the EU; "if it attacked Iraq" → the party "it" stands for)."""
    own = {s.actor.code for s in sources}
    said = [c for c in children(tok) if c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and is_infinitive(c)]
    said += [c for v in said for c in children(v) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]  # "threatened
    # on Thursday to open …", parsed as an adverbial clause; "… to open the borders and send refugees into Europe if
    # the EU …": the condition on the second act
    for t in (tok, *said):
        for clause in children(t):
            if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                                                 for c in children(clause)):
                continue
            subject = next((c for c in children(clause) if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            m = index.at(subject)
            if (m is None or not m.start <= subject.i < m.end) and geo is not None and subject.pos_ == "NOUN":
                m = next((state_mention(geo.code[c.lower_], c) for c in children(subject) if c.dep_ in {"amod", "poss"}
                          and c.lower_ in geo.code and c.text[:1].isupper()), m)  # "if the Israeli advance on
                # Syria did not stop": the state named on the subject, not a place inside its phrase
            if m is None and subject.pos_ == "PRON":
                before = [m for m in index.mentions if m.end <= subject.i and m.actor.code and m.actor.code not in own]
                m = before[-1] if before else None
            if m is not None and (m.actor.code not in own or m.actor.code and subject.pos_ != "PRON"):
                return m  # "warned of civil war if Prime Minister Henry did not step down": its own leader
    return None


BORNE_BY = {"for", "against", "on", "to"}


def warned_for(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Who would bear what a warning is of: "warned of grave consequences for Kyiv", "of serious consequences for
    relations with Ankara"."""
    warned = [g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of"
              for g in children(p) if g.dep_ == "pobj"]
    borne = [g for w in warned for p in children(w) if p.dep_ == "prep" and p.lower_ in BORNE_BY
             for g in children(p) if g.dep_ == "pobj"]
    ties = [g for b in borne for p in children(b) if p.dep_ == "prep" and p.lower_ in {"with", "between"}
            for g in children(p) if g.dep_ == "pobj"]
    found = pick_party([borne, ties], index, sources)
    return found if found is not None and found.actor.code not in {None, *(s.actor.code for s in sources)} else None


AUDIENCES = {"world", "west", "community", "partner"}  # not "allies": "asked its allies for consultations" asks NATO


def asked_audience(tok: Token, index: ActorIndex) -> Mention | None:
    """The nameless audience an appeal is addressed to ("begged the West for help", "called on the world",
    "demanded a tough response from the world", "urged Western partners to …"): no state is asked."""
    heads = [tok, *(g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "for"
                    for g in children(p) if g.dep_ == "pobj")]  # "appealed for help from the West"
    asked = [c for c in children(tok) if c.dep_ in {"dobj", "dative"}]
    asked += [g for h in (*heads, *asked) for p in children(h) if p.dep_ == "prep"
              and p.lower_ in ({"on", "to", "from"} if h.i == tok.i else {"from"})
              for g in children(p) if g.dep_ == "pobj"]
    for t in asked:
        m = index.at(t)
        if t.lemma_.lower() in AUDIENCES and (m is None or m.actor.code is None):
            actor = Actor(id=AUDIENCE, code=None, sector=None, kind="group", name=None,
                          text=t.doc[t.left_edge.i:t.i + 1].text)
            return Mention(t.left_edge.i, t.i + 1, actor)
    return None


AUDIENCE = "audience"  # the id of a nameless audience asked, which no later guess replaces


def is_audience(actor: Actor | None) -> bool:
    """Whether a target is the nameless audience of an appeal."""
    return actor is not None and actor.code is None and actor.id == AUDIENCE


DEPARTURES = {"leave", "sail", "quit", "abandon", "vacate", "exit", "depart"}
FRONTIERS = {"border", "frontier", "line", "river"}
ATTITUDES = {"REJECT", "SUPPORT", "ACCUSE"}


BORDERS = {"border", "frontier", "crossing", "boundary"}
FACING = {"MOBILIZE", "ASSAULT"}  # forces massed at or firing across a border face the far side


def _beyond_border(tok: Token, t: Token) -> bool:
    """Whether ``t`` is named only as the far side of a border that ``tok`` acts on ("sealed its border with
    Serbia", "reopened the border crossing with Chad")."""
    closed = any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in BORDERS for c in children(tok))
    while t.i != tok.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in {"with", "between"} and (
                t.head.head.lemma_.lower() in BORDERS and t.head.head.head.i == tok.i
                or t.head.head.i == tok.i and closed):  # parsed with "with Serbia" on the verb
            return True
        t = t.head
    return False


def _body_of_resolution(root: Token, etype: str) -> bool:
    """Whether a party is named only as the body whose resolution is yet to come ("would veto any new UN
    resolution") or under whose resolution forces act ("the first military action under the UN resolution")."""
    resolution = root.head
    return root.dep_ in {"compound", "nmod", "amod", "poss"} and resolution.lemma_.lower() == "resolution" and (
        etype in FACING
        or etype == "REJECT" and any(c.dep_ == "det" and c.lower_ in UNREAL for c in children(resolution)))


UNREAL = {"any", "no", "every"}


def _in_place_phrase(tok: Token) -> bool:
    """Whether a word is in the phrase of a place something happens in or at ("in Berlin", "at Istanbul's
    Dolmabahce Palace")."""
    return any(t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and t.lemma_.lower() not in MEETING_NOUNS
               for t in (tok, *tok.ancestors))  # not "agreed in a call with Trump"


def objectless_attack(tok: Token) -> bool:
    """An attack told by a verb with no object ("Egyptian and Syrian forces attacked on Yom Kippur"): its victim
    is the one other state the sentence names."""
    deps = {c.dep_ for c in children(tok)}
    return tok.pos_ == "VERB" and "nsubj" in deps and not deps & {"dobj", "nsubjpass", "auxpass", "dative"}


ANSWERS = {"REJECT", "AGREE", "CONCEDE"}
PROPOSING = {"seek", "propose", "offer", "demand", "request", "want", "submit", "table", "suggest", "present",
             "ask", "put", "draft", "urge"}


def _proposer(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Who put forward what a party accepts or rejects, named in a relative clause on its object ("rejected the
    ceasefire Washington had sought", "accepted the plan that Turkey proposed")."""
    for obj in (c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}):
        for clause in (c for c in children(obj) if c.dep_ == "relcl" and c.lemma_.lower() in PROPOSING):
            proposer = next((index.at(g) for g in children(clause) if g.dep_ in SUBJECTS), None)
            if proposer is not None and proposer.actor.code not in {None, *(s.actor.code for s in sources)}:
                return proposer
    return None


def _party_not_let(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Whom a refusal keeps from acting: the party a refused "let" or "allow" would have let ("refused to let
    Germany re-export the ammunition to Ukraine" → Germany, "refusal to let UN investigators into Kosovo" → the
    UN), not where it would have gone."""
    for verb in (c for c in children(tok) if c.dep_ in {"xcomp", "acl"} and c.lemma_.lower() in PERMITTING):
        let = [t for t in subtree(verb) if t.i > verb.i and t.dep_ in {"dobj", "nsubj", "nsubjpass"}
               and (t.head.i == verb.i or t.head.head.i == verb.i)]
        found = pick_party([let[:1], _premodifiers(let[0])] if let else [], index, sources)
        if found is not None and found.actor.code is not None:
            return found
    return None


def _premodifiers(t: Token) -> list[Token]:
    """The nouns and adjectives right before a noun, however parsed ("UN war crimes investigators")."""
    words = []
    for w in reversed(t.doc[sentence_of(t).start:t.i]):
        if w.pos_ not in {"PROPN", "NOUN", "ADJ"}:
            break
        words.append(w)
    return words


PRESSING = {"pressure", "call", "demand", "appeal", "ultimatum", "order", "request", "plea"}


def _presser(tok: Token, index: ActorIndex, sources: list[Mention], geo: Geography) -> Mention | None:
    """Who pressed for what a party defies or rejects, named on the pressing noun ("defying months of Russian
    pressure" → Russia, "rejected calls from Washington" → the US)."""
    nouns = [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}]
    nouns += _counted(nouns) + [g for o in nouns if o.lemma_.lower() in {"month", "week", "year", "day"}
                                for p in children(o) if p.dep_ == "prep" and p.lower_ == "of"
                                for g in children(p) if g.dep_ == "pobj"]  # "months of Russian pressure"
    own = {s.actor.code for s in sources}
    for noun in (n for n in nouns if n.lemma_.lower() in PRESSING):
        owners = [c for c in children(noun) if c.dep_ == "poss"]
        owners += [g for p in children(noun) if p.dep_ == "prep" and p.lower_ in {"from", "by"}
                   for g in children(p) if g.dep_ == "pobj"]
        found = pick_party([owners], index, sources)
        if found is not None and found.actor.code not in own | {None}:
            return found
        m = stand_in_state(noun, geo, shallow=True)
        if m is not None and m.actor.code not in own:
            return m
    return None


PROPOSALS = {"idea", "proposal", "plan", "offer", "suggestion", "initiative", "proposition", "formula"}


def _appositive_proposer(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Who made a proposal that a relative clause in apposition answers: "Putin suggested that …, an idea Kyiv
    quickly dismissed" → Putin."""
    noun = tok.head
    if tok.dep_ != "relcl" or noun.lemma_.lower() not in PROPOSALS or noun.dep_ not in {"npadvmod", "appos"}:
        return None
    own = {s.actor.code for s in sources}
    for verb in (v for v in noun.ancestors if v.pos_ in {"VERB", "AUX"}):  # the appositive may hang on any word
        subject = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)  # of the proposal
        proposer = index.at(subject) if subject is not None else None
        if proposer is not None and proposer.actor.code not in own | {None}:
            return proposer
    return None


def _object_nationality(tok: Token, target: Mention, sources: list[Mention], geo: Geography) -> Mention | None:
    """The state an object's own nationality word names, over a party found only in the place phrase below it:
    "froze all Iranian government assets in US banks" → Iran, not the US."""
    own = {s.actor.code for s in sources}
    root = tok.doc[target.start:target.end].root
    for obj in (c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}):
        t, placed = root, False
        while t.i != obj.i and t.head.i != t.i:
            placed = placed or t.dep_ == "prep" and t.lower_ in PLACE_PREPS
            t = t.head
        if t.i != obj.i or not placed:
            continue
        m = stand_in_state(obj, geo, shallow=True)
        if m is not None and m.actor.code not in own | {target.actor.code}:
            return m
    return None


def _judged_act_nation(tok: Token, sources: list[Mention], geo: Geography, live: set[int]) -> Mention | None:
    """The state whose nationality word owns the act a judgement is about: "denounced the Soviet downing of a
    Korean airliner" → the Soviet Union, not the airline."""
    own = {s.actor.code for s in sources}
    for act in (c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"} and c.i in live and c.pos_ == "NOUN"):
        m = stand_in_state(act, geo, shallow=True)
        word = next((c for c in children(act) if c.i < act.i and m is not None
                     and geo.code.get(c.lower_) == m.actor.code), None)
        if m is not None and word is not None and m.actor.code not in own:
            return state_mention(m.actor.code, word)  # at the word, not the act, whose phrase names others
    return None


ACT_OBJECT_PREPS = {"of", "on", "against", "into", "in"}
DONE_TO = {"ASSAULT", "COERCE", "SANCTION"}  # acts whose target is what they are done to, not whom they are put to


def _outside_owned_act(tok: Token, target: Mention) -> bool:
    """Whether a noun act owned by a possessive ("Iraq's invasion of Kuwait") was given a target from outside its
    own phrase, such as the subject of the verb it is the object of."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in children(tok))\
        and not tok.left_edge.i <= target.start <= tok.right_edge.i


def _act_object(tok: Token, index: ActorIndex, geo: Geography, sources: list[Mention]) -> Mention | None:
    """The party a noun act is done to, named in its own phrase: "invasion of Kuwait", "strikes on Gaza"."""
    own = {s.actor.code for s in sources}
    return next((m for p in children(tok) if p.dep_ == "prep" and p.lower_ in ACT_OBJECT_PREPS
                 for g in children(p) if g.dep_ == "pobj"
                 if (m := index.at(g) or stand_in_state(g, geo)) is not None and m.actor.code not in own), None)


CRIME_INQUIRY = "091"


def refine_target(tok: Token, code: str, etype: str, mode: str | None, target: Mention | None,
                   sources: list[Mention], index: ActorIndex, geo: Geography, live: set[int]) -> Mention | None:
    """The target once the kind of event is known: a state standing for an unnamed place or people ("hit
    grain terminals in Odesa"), the party a build-up faces, whom a threat is aimed at, the recipient a
    participle shares with its head, a government's own people or unaffiliated opponents in a domestic conflict,
    none for a place withdrawn from or for the party's own forces it moves."""
    if target is not None:
        target = _object_nationality(tok, target, sources, geo) or target  # "froze Iranian assets in US banks"
    if target is not None and etype in DONE_TO and _outside_owned_act(tok, target):
        target = _act_object(tok, index, geo, sources)  # "condemned Iraq's invasion of Kuwait": not the condemner
    if etype == "ACCUSE":
        target = _judged_act_nation(tok, sources, geo, live) or target  # "denounced the Soviet downing of a Korean jet"
    if target is not None and _own_forces_moved(tok, etype, target, sources):
        target = None  # "deployed the army", "will withdraw all US troops": what moves, not whom it faces
    if target is not None and target.actor.kind == "organization" and _body_of_resolution(
            tok.doc[target.start:target.end].root, etype):
        return None  # "would veto any new UN resolution", "fired on Libyan armour, the first action under the UN
        # resolution": the body that would pass a resolution is no party to vetoing it, nor the victim of acts under it
    if target is not None and etype not in FACING and _beyond_border(tok, tok.doc[target.start:target.end].root):
        target = None  # "sealed its border with Serbia": the neighbour across a border closed or opened is no party
    if target is not None and etype == "REJECT" and topic_of_object(tok, target):
        return None  # "refused to sign the accord on Kosovo": what the rejected text is about is no party to it
    venue = etype == "CONSULT" and code[:3] not in VISITS  # where parties meet is no party to the meeting
    if target is not None and venue and _in_place_phrase(tok.doc[target.start:target.end].root):
        target = None  # "held talks with Zelensky in Berlin", "talks at the Emirates Palace in Abu Dhabi"
    if target is not None and _self_pronoun(target, sources):
        target = None  # "China warned that it would retaliate against US tariffs": "it" is the source itself
    if etype in TRANSFERS and (target is None or target.actor.code in {None, *(s.actor.code for s in sources)}):
        target = destination(tok, geo, sources) or target  # "handed the fugitive over to Chisinau"
    if (target is None or target.actor.code is None) and not (etype == "RETREAT" and mode == "withdraw"):
        # a place withdrawn from stands for no party ("ending a military presence in Mali")
        shallow = etype not in PLACE_TARGETS and code[:3] not in VISITS
        tiers = target_candidates(tok)
        if etype in {"ASSAULT", "COERCE", "AID"}:  # "drones hit grain terminals in Odesa", "deposited $3bn in
            # Pakistan's central bank"
            tiers.insert(1, [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                             for g in children(p) if g.dep_ == "pobj"])
        if code[:3] in VISITS:  # "arrived in Moscow": the place visited stands for the host
            tiers.insert(1, [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in PLACE_PREPS | {"in"}
                             for g in children(p) if g.dep_ == "pobj"])
        heads = [tok.doc[target.start:target.end].root, *tiers[0]] if target is not None else\
            [c for tier in tiers for c in tier]  # "condemned the British plan to send troops": the object's
        # nationality, before a nameless party further down
        if etype == "MOBILIZE":
            heads = [c for c in heads if not _destination_only(c)]
        if etype not in FACING:  # "sealed the border between East and West Berlin": no one's but the source's
            heads = [c for c in heads if c.lemma_.lower() not in BORDERS and not _beyond_border(tok, c)]
        if target is not None and is_regional(target, tok.doc):
            heads = []  # "warned that any Western troops deployed to Ukraine would be targets": of no one state
        if venue:
            heads = [c for c in heads if not _in_place_phrase(c)]
        if target is not None and etype in {"ASSAULT", "COERCE"}:  # "killed eleven soldiers near the Malian
            heads += [g for p in children(tok) if p.dep_ == "prep" and p.lower_ in PLACE_PREPS  # town of Gao"
                      for g in children(p) if g.dep_ == "pobj"]
        stand_in = next((m for m in (stand_in_state(c, geo, shallow) for c in heads)
                         if m and m.actor.code != sources[0].actor.code), None)
        if stand_in is not None and target is not None:
            stand_in = Mention(target.start, target.end,
                               target.actor.model_copy(update={"code": stand_in.actor.code}))
        target = stand_in or target
        if target is None and etype in STAND_IN_TYPES | {"REJECT"}:
            target = _owner_by_pronoun(tiers, index, sources)
    if (target is None or target.actor.code is None) and etype in PLACE_TARGETS:
        place = _where_antecedent(tok)  # "arrived in Mali, where French troops seized the airport"
        host = stand_in_state(place, geo) if place is not None else None
        target = host if host is not None and host.actor.code != sources[0].actor.code else target
    if target is not None and etype in UNAIMED and code[:3] not in VISITS\
            and _through_purpose(tok, tok.doc[target.start:target.end].root):
        target = None  # "mobilised volunteers to defend Baghdad", "met to discuss Ukraine's peace formula"
    if etype in ANSWERS and (target is None or target.actor.code in {None, sources[0].actor.code}):
        target = _proposer(tok, index, sources) or _appositive_proposer(tok, index, sources) or target  # "rejected
        # the truce the US president had sought", "Putin suggested …, an idea Kyiv dismissed"
    if etype == "REJECT":
        target = _party_not_let(tok, index, sources) or target  # "refused to let Germany re-export … to Ukraine"
        if target is None or target.actor.code in {None, sources[0].actor.code}:
            target = _presser(tok, index, sources, geo) or target  # "defying months of Russian pressure"
    if etype == "PROTEST" and target is None:  # "took to the streets in a day of rage against Mubarak"
        target = protest_target(tok, index)
    if target is None or target.actor.code in {s.actor.code for s in sources}:
        target = _post_host(tok, target, geo, sources) or target  # "its embassy in Tehran would be closed"
    if etype in SEIZURES and (target is None or target.actor.code in {None, sources[0].actor.code}):
        target = _owner_of_object(tok, index, sources) or target  # "froze the EU assets of Vladimir Putin"
    if etype == "MOBILIZE" and target is not None and _destination_only(tok.doc[target.start:target.end].root):
        target = None  # "sent troops to Russia", "will station a brigade in Lithuania": a host, not a foe
    if etype == "MOBILIZE" and (target is None or target.actor.code is None):
        target = _frontier(tok, index, sources, geo) or target
    if etype == "THREATEN" and (target is None or target.actor.code in {None, sources[0].actor.code}
                                or _incidental(tok.doc[target.start:target.end].root)):
        target = conditioned(tok, index, sources, geo) or warned_for(tok, index, sources) or target  # "threatened
        # to send refugees into Europe if the EU …", "warned it would take steps if the Israeli advance on Syria did
        # not stop": whom the condition names, not a party it names in passing; but "could cut ties with Israel
        # if …" keeps Israel; "warned of grave consequences for Kyiv": who would bear them
    referring = any(c.dep_ == "dobj" and c.lower_ in PERSONAL_OBJECTS for c in children(tok))
    if (target is None or referring) and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB"\
            and tok.i > tok.head.i and not any(c.dep_ in SUBJECTS for c in children(tok)):
        target = source_and_target(tok.head, index, live)[1] or target  # "delivered replies to Moscow, offering
        # talks", "called off talks with the rebels, accusing them of …"
        if referring and (target is None or target.actor.code is None):
            target = _referent_state(tok.head, geo, sources) or target
    state = sources[0].actor.sector in {"GOV", "JUD", "MIL"} or etype == "ASSAULT"\
        and sources[0].actor.sector is None and sources[0].actor.code is not None  # "Iraqi aircraft bombed …"
    if (target is None or target.actor.code is None) and (
            etype in DOMESTIC or etype == "ASSAULT" and (state or sources[0].actor.sector == "REB")
            or code == CRIME_INQUIRY and state):  # "investigators searched his home in Kyiv": a domestic inquiry
        target = _same_side(tok, index, sources) or target  # "police arrested opposition activists"
        if (target is None or target.actor.code is None) and (etype in {"ASSAULT", "COERCE"} or code == CRIME_INQUIRY):
            target = _home_ground(tok, index, geo, sources) or target
        if (target is None or target.actor.code is None) and etype == "COERCE":
            target = _own_bodies(tok, index, geo, sources) or target  # "outlawed five militant groups"
        if (target is None or target.actor.code is None) and etype == "CONCEDE" and state:
            target = _people_eased(tok, index, sources) or target  # "opened its borders, allowing its citizens
            # to travel"
    elif (target is None or target.actor.code is None) and etype in COUNTERPART_TYPES and state\
            and is_domestic(tok, index, geo, sources[0].actor.code):
        target = _same_side(tok, index, sources, COUNTERPARTS) or target  # "suspended talks with the ELN"
        if (target is None or target.actor.code is None) and etype == "THREATEN":
            target = _same_side(tok, index, sources, COUNTERPARTS | {"GOV"}, _warned_people(tok)) or target  # "warned
            # that anyone taking part in an unauthorised march would be arrested", "if governors did not stop the
            # protests": its own people, its own officials
    if (target is None or target.actor.code is None) and etype == "ACCUSE" and sources[0].actor.code\
            and is_domestic(tok, index, geo, sources[0].actor.code):
        target = _own_institution(tok, index, sources) or target  # "accusing the electoral commission of rigging"
    if target is not None and mode == "withdraw" and etype == "RETREAT"\
            and (tok.doc[target.start:target.end].root.head.lower_ in {"from", "in"}
                 or tok.lemma_.lower() in DEPARTURES and tok.doc[target.start:target.end].root.dep_ == "dobj"):
        target = None  # "withdrew from Kherson", "ended its presence in Mali": the place left, not a party
    if target is not None and is_counterpart(target, etype, tok.doc) and sources[0].actor.code\
            and is_domestic(tok, index, geo, sources[0].actor.code):
        target = compatriot(target, sources[0].actor.code)
    if etype in ATTITUDES | {"AGREE"} and target is not None and _topic_of_accord(tok, target, geo):
        target = None  # "endorsed the Iran nuclear deal", "rejected a peace plan for Kosovo": what it is about
    if code in EMERGENCY_RULE:
        return None  # "imposed martial law in Poland", "a curfew in regions bordering Russia": a rule over its own
        # land, aimed at no party
    if etype == "MOBILIZE" and target is not None and target.actor.code in {s.actor.code for s in sources}:
        target = None  # "flew police into Papua", "a mobilisation of Russian reservists": its own forces or land
    if etype == "AGREE" and target is not None and target.actor.code == sources[0].actor.code\
            and _own_holding(tok.doc[target.start:target.end].root, target):
        target = None  # "was prepared to reopen its embassy", "offered the Vatican as a venue": what a party
        # offers of its own is no party to the offer
    code_ = sources[0].actor.code
    if target is None and code in REGIME_CHANGE and code_ and is_domestic(tok, index, geo, code_):
        objects = [t for t in subtree(tok) if t.i > tok.i and t.dep_ in {"dobj", "pobj"}] or [tok]
        ruled = objects[-1]  # "Cubans called for an end to the dictatorship": their own rulers
        target = state_mention(code_, ruled, tok.doc[ruled.left_edge.i:ruled.i + 1].text)
    if target is not None and etype in BROKERED and _talks_of_others(tok, target, sources, index):
        target = None  # "offered to host talks between Russia and Ukraine": a third party's offer is made to neither
    return target


def _where_antecedent(tok: Token) -> Token | None:
    """The place a "where" clause hangs on: "in Mali, where French troops seized the airport" → Mali."""
    where = tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children(tok))
    return tok.head if where else None


POSTS = {"embassy", "consulate", "legation"}


def _post_host(tok: Token, target: Mention | None, geo: Geography, sources: list[Mention]) -> Mention | None:
    """The state hosting a party's own embassy that it closes or reopens: "reopened its embassy in Tripoli"
    → Libya; not "stormed the US embassy in Tehran", where the embassy is the other party's."""
    posts = [tok.doc[target.start:target.end].root] if target is not None else []
    posts += [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}]
    own = {s.actor.code for s in sources}
    for post in (p for p in posts if p.lemma_.lower() in POSTS):
        owner = next((c for c in children(post) if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in {"its", "their"}:
            continue
        host = next((m for p in children(post) if p.dep_ == "prep" and p.lower_ == "in" for g in children(p)
                     if g.dep_ == "pobj" and (m := stand_in_state(g, geo)) is not None), None)
        if host is not None and host.actor.code not in own:
            return host
    return None


def _referent_state(head: Token, geo: Geography, sources: list[Mention]) -> Mention | None:
    """The state named in the object phrases of the predicate a participle's pronoun refers back to: "gave Asians
    holding British passports 90 days, accusing them of sabotage" → Britain."""
    own = {s.actor.code for s in sources}
    return next((m for tier in target_candidates(head) for c in tier
                 if (m := stand_in_state(c, geo)) is not None and m.actor.code not in own), None)


BROKERED = {"AGREE", "REQUEST"}


def _talks_of_others(tok: Token, target: Mention, sources: list[Mention], index: ActorIndex) -> bool:
    """Whether a target is named only as a side of talks "between" parties other than the source ("pressed for
    negotiations between Russia and Ukraine"), not of talks the source itself would join."""
    t = tok.doc[target.start:target.end].root
    while t.dep_ in {"conj", "nmod", "compound", "amod", "appos"} and t.head.i != t.i:
        t = t.head  # "between the Colombian government and ELN rebels"
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in {"between", "among"} or prep.head.i == tok.i\
            or prep.head.lemma_.lower() not in CONVENED:
        return False
    sides = {m.actor.code for m in coordinated_mentions(t, index)}
    return not sides & {s.actor.code for s in sources}


def _own_holding(root: Token, target: Mention) -> bool:
    """Whether a target is the source's own state or something its pronoun owns ("its embassy", "its own
    troops", "the Vatican" offered by the Pope)."""
    return target.actor.kind == "state" and root.dep_ == "dobj" and not any(c.dep_ == "conj" for c in children(root))\
        or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children(root))


PERSONAL_OBJECTS = {"him", "her", "them"}
TRANSFERS = {"AID", "COOPERATE"}


def destination(tok: Token, geo: Geography, sources: list[Mention]) -> Mention | None:
    """The state a transfer goes to, named by a place ("flew the warlords to the United States"): the recipient
    when the object is only what is handed over."""
    own = {s.actor.code for s in sources}
    places = [g for p in children(tok) if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "into"}
              for g in children(p) if g.dep_ == "pobj"]
    return next((m for g in places if (m := stand_in_state(g, geo)) is not None and m.actor.code not in own), None)


GRIEVANCES = {"over", "at"}  # "over the National Coal Board's plan", "in protest at changes sought by Gnassingbe"
AUTHORITIES = {"GOV", "LEG", "MIL", "JUD"}
DEMANDING = {"demand", "call", "urge"}
CLAUSES = {"conj", "ccomp", "parataxis"}  # clauses of their own, not the protest's phrases


def protest_target(tok: Token, index: ActorIndex) -> Mention | None:
    """Whom a protest is against: "against Mubarak", "against the government's plans" (the plan's owner); the
    authority whose act a protest is over ("over the Coal Board's plan to shut pits") or whose fall it demands
    ("marched, demanding Orban's resignation")."""
    verb = governing_verb(tok) if tok.pos_ == "NOUN" else None
    tok_and_verb = [tok] if verb is None else [tok, verb]  # "went on strike against Meloni's budget"
    against = [g for t in tok_and_verb for g in _protest_objects(t, {"against"})]
    owners = [c for g in against for c in children(g) if c.dep_ == "poss"]
    owners += [o for g in against for p in children(g) if p.dep_ == "prep" and p.lower_ == "of"
               for o in children(p) if o.dep_ == "pobj"]  # "against the re-election of Ahmadinejad"
    found = pick_party([against, owners], index, [])
    if found is not None:
        return found
    grievances = [g for t in tok_and_verb for g in _protest_objects(t, GRIEVANCES)]
    doers = [c for g in grievances for c in children(g) if c.dep_ == "poss"]
    doers += [a for g in grievances for c in children(g) if c.dep_ == "acl" and (a := agent_of(c)) is not None]
    doers += [t for c in children(tok) if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG"
              and c.lemma_.lower() in DEMANDING for t in subtree(c) if t.dep_ == "poss"]
    return next((m for d in doers if (m := index.at(d)) is not None and m.actor.code
                 and m.actor.sector in AUTHORITIES), None)


RULERS = {"government", "regime", "junta"}


def own_rulers_protested(tok: Token, code: str | None) -> Mention | None:
    """The protesters' own government when what a protest is against or obstructs is the government's ("against a
    government decree", "blockaded government buildings"): a phrase no actor mention covers."""
    verb = governing_verb(tok) if tok.pos_ == "NOUN" else None
    objects = [g for t in ([tok] if verb is None else [tok, verb]) for g in _protest_objects(t, {"against"})]
    objects += [c for c in children(tok) if c.dep_ == "dobj"]
    ruler = next((c for g in objects for c in children(g) if c.dep_ == "compound" and c.lower_ in RULERS), None)
    return state_mention(code, ruler, sector="GOV") if code and ruler is not None else None


def _protest_objects(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of ``preps`` in a protest's phrases but its subject, adjuncts and clauses of their own ("at" only
    after "protest")."""
    return [g for c in children(tok) if c.dep_ not in SUBJECTS | ADJUNCTS | CLAUSES for t in subtree(c)
            if t.dep_ == "prep" and t.lower_ in preps and (t.lower_ != "at" or t.head.lemma_.lower() == "protest")
            for g in children(t) if g.dep_ == "pobj"]


EMERGENCY_RULE = {"1723", "1724"}  # a curfew, martial law or a state of emergency


def _topic_of_accord(tok: Token, target: Mention, geo: Geography) -> bool:
    """Whether a target is named only inside an accord or plan a predicate acts on ("the Iran nuclear deal", "a
    peace plan for Kosovo"), not as its owner ("Moscow's plan", "the British plan") or a party to it ("an
    agreement with Kosovo")."""
    root = tok.doc[target.start:target.end].root
    accords = [tok] if tok.pos_ == "NOUN" and tok.lemma_.lower() in PROPOSALS else []  # "Stalin's proposal for
    accords += [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ACCORDS]  # a
    accord = next((c for c in accords if root.i != c.i and root.i in {t.i for t in subtree(c)}), None)  # neutral
    # Germany" is about Germany, not made to it
    if accord is None or root.dep_ == "poss" and root.head.i == accord.i:
        return False  # "Putin's plan": its owner
    owners = {geo.code.get(c.lower_) for c in children(accord) if c.dep_ in {"poss", "amod"} or c.text.isupper()}
    if target.actor.code in owners:
        return False  # "the British plan", "the US plan"
    if root.head.i == accord.i and root.dep_ in {"compound", "nmod"} and target.actor.kind == "organization"\
            and accord.lemma_.lower() in PROPOSALS:
        return False  # "a UN plan", "the EU proposal": a body named on a plan drafted it; not "an EU aid package"
    t = root
    while t.i != accord.i:
        if t.dep_ == "prep" and t.lower_ in {"with", "between", "by", "from", "among"}\
                or t.dep_ in {"dobj", "dative"} and t.head.pos_ == "VERB":
            return False  # "an agreement with Kosovo", "a deal to repay Britain": a party to it
        t = t.head
    return True


REGIME_CHANGE = {"0244", "1044"}  # appeals and demands for an end to a regime


OWN_PRONOUNS = SELF_PRONOUNS | {"he", "she", "him", "her"}  # "called on the world to respond to what he called …"


def _self_pronoun(target: Mention, sources: list[Mention]) -> bool:
    """Whether a target is a pronoun standing for the source's own side."""
    return target.end - target.start == 1 and target.actor.code is not None\
        and target.actor.code in {s.actor.code for s in sources} and target.actor.text.lower() in OWN_PRONOUNS


MOVED_FORCES = {"MIL", "GOV"}
SEIZURES = {"COERCE", "SANCTION"}


def _owner_of_object(tok: Token, index: ActorIndex, sources: list[Mention]) -> Mention | None:
    """Whose property an act seizes or freezes: "placed the subsidiaries of Danone and Carlsberg under state
    management" → Danone."""
    owners = [g for o in children(tok) if o.dep_ in {"dobj", "nsubjpass"} for p in children(o)
              if p.dep_ == "prep" and p.lower_ == "of" for g in children(p) if g.dep_ == "pobj"]
    return pick_party([owners], index, sources)


UNAIMED = {"MOBILIZE", "PROTEST", "CONSULT"}  # whom their aim concerns is no party to them (but a visit's host)
VISITS = {"042", "043"}


def _through_purpose(tok: Token, t: Token) -> bool:
    """Whether ``t`` sits in a purpose clause of ``tok`` ("sent doctors to help Italy")."""
    while t.i != tok.i and t.head.i != t.i:
        if is_purpose_clause(t) and t.head.i == tok.i:
            return True
        t = t.head
    return False


def _own_forces_moved(tok: Token, etype: str, target: Mention, sources: list[Mention]) -> bool:
    """Whether a build-up's or pull-out's object is the source's own forces ("deployed riot police")."""
    root = tok.doc[target.start:target.end].root
    return etype in {"MOBILIZE", "RETREAT"} and target.actor.sector in MOVED_FORCES and root.dep_ == "dobj"\
        and root.head.i == tok.i and target.actor.code in {s.actor.code for s in sources}


COUNTERPARTS = {"REB", "OPP", "CVL"}  # not MIL: "demanded the withdrawal of foreign troops" names no compatriots
COUNTERPART_TYPES = {"ASSAULT", "COERCE", "CONSULT", "SUPPORT", "AGREE", "COOPERATE", "SANCTION", "THREATEN",
                     "RETREAT", "REQUEST", "REJECT"}  # not PROTEST, ACCUSE: "charged 11 people" names no party


REGIONS = {"european", "western", "arab", "african", "asian", "nordic", "scandinavian", "latin", "g7", "allied"}


def is_regional(m: Mention, doc: Doc) -> bool:
    """Whether an unaffiliated party is named by a region or bloc ("European leaders", "Western diplomats"): of
    no one state, neither the source's compatriot nor of the place it acts in."""
    return m.actor.code is None and any(t.lower_ in REGIONS for t in doc[m.start:m.end])


def _named(m: Mention, doc: Doc) -> bool:
    """Whether a mention names a person, not only a title ("King Gyanendra", not "the Prime Minister")."""
    return any(t.ent_type_ == "PERSON" for t in doc[m.start:m.end])


def is_counterpart(target: Mention, etype: str, doc: Doc) -> bool:
    """An unaffiliated rebel or opposition group or crowd, a person the pack does not know named in full
    ("King Gyanendra"), or a movement signing with a government: a party of a domestic conflict."""
    actor = target.actor
    return actor.code is None and actor.id != UNIDENTIFIED and etype in COUNTERPART_TYPES and not is_regional(
        target, doc) and (
        actor.kind == "group" and actor.sector in COUNTERPARTS or actor.kind == "person" and actor.id is None
        and target.end - target.start > 1 and _named(target, doc)
        or actor.kind == "organization" and etype in SYMMETRIC)


def compatriot(m: Mention, code: str) -> Mention:
    """An unaffiliated party given the state of the domestic conflict it acts in ("students demanded the
    resignation of Serbia's government")."""
    return Mention(m.start, m.end, m.actor.model_copy(update={"code": code}), m.tokens)
