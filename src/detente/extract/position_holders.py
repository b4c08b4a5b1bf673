"""Who holds a position: the speaker or subject of its stance word, the owner of a document or a noun
("Russia's memorandum", "Kyiv's demand"), the parties "both sides" stands for, the party a text speaks of
itself, and the speaker a quotation or paragraph goes on in."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Actor
from ..ontology.schema import Pack
from .attribution import (
    REPORTING_VERBS,
    is_analyst,
    is_reporter,
    is_unplaced,
    unnamed_group,
)
from .geography import Geography, geography
from .position_stances import (
    DOCUMENT_NOUNS,
    MODALS,
    NAMING_VERBS,
    NO_ALTERNATIVE,
    PROPERTY_VERBS,
    STATIVE_VERBS,
    UNMOVING,
    control_subject,
    is_negated,
    lexicon,
    named_verdict,
    only_when,
    says_nothing,
    stance_of,
)
from .syntax import (
    FINITE,
    ActorIndex,
    Mention,
    agent_of,
    children,
    group_mention,
    state_mention,
    subject_of,
    subtree,
    tokens_of,
)

DOCUMENT_PARTS = {"part", "section", "clause", "point", "first", "second", "third", "article", "paragraph",
                  "chapter", "annex", "document", "option", "provision"}
LISTING_VERBS = {"list", "spell", "enumerate", "name", "detail"}
# Stance words that say what their subject itself wants or thinks; other stance words ("keep", "lift", "must")
# in a reported clause say what the speaker wants of the clause's subject ("Europe said Ukraine should keep…").
ON_ATTITUDES = {"insist", "agree", "compromise", "budge", "focus"}  # "insisted on its demands", not "accepted
# the plan on conditions"
OWN_ATTITUDES = {"demand", "insist", "call", "urge", "press", "push", "seek", "ask", "request", "want", "wish",
                 "hope", "expect", "propose", "offer", "suggest", "table", "float", "present", "unveil", "support",
                 "back", "welcome", "endorse", "favour", "favor", "accept", "agree", "reject", "refuse", "oppose",
                 "object", "dismiss", "rule", "decline", "resist", "criticise", "criticize", "condemn", "denounce",
                 "complain", "warn", "threaten", "need", "ready", "willing", "prepared", "interested", "open",
                 "unwilling", "reluctant", "veto", "block", "spurn", "turn", "brush", "deny", "doubt", "question",
                 "commit", "pledge", "promise", "vow", "decide", "intend", "aim", "try", "resolve", "plan", "raise",
                 "avoid", "sabotage", "undermine"}

# Speech acts that only a speaker performs: coordinated with what a reporting verb reports, they are the reporter's.
SPEECH_ACTS = {"call", "urge", "demand", "appeal", "ask", "press", "plead", "implore", "invite", "thank", "praise",
               "welcome", "condemn", "criticise", "criticize", "propose", "suggest"}
RESPONDING = {"answer", "respond", "reply", "counter", "come", "arrive"}  # "Putin answered with an offer of talks"
REFUSING = {"reject", "refuse", "oppose", "dismiss", "criticise", "criticize", "condemn", "denounce", "spurn",
            "resist", "attack", "slam", "ridicule", "deride"}


def _raised_subject(verb: Token, index: ActorIndex) -> Token | None:
    """"The EU is expected to adopt …", "Russia is said to favour …": the subject of a passive verb whose
    infinitive says what that subject does, if a party (not "Russia's assets could be used to support …")."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in children(verb.head)):
        return None
    subject = next((c for c in children(verb.head) if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and subject.i in index.by_token else None


def is_opening_it(subject: Token) -> bool:
    """Whether a subject is the "It" that opens a sentence and so goes on about the previous sentence's party
    or document ("It would also lift sanctions in stages")."""
    return subject.lower_ == "it" and subject.is_sent_start  # not subject.sent: finding the sentence is slow


def is_documentary(mention: Mention | None, doc: Doc) -> bool:
    """Whether a paragraph's party is the owner of a document it stood in for ("the draft", "Russia's
    memorandum") rather than a speaker."""
    if mention is None or mention.start >= len(doc):
        return False
    token = doc[mention.start]
    return token.lemma_.lower() in DOCUMENT_NOUNS or token.dep_ in {"poss", "compound", "amod"}\
        and token.head.lemma_.lower() in DOCUMENT_NOUNS


def _owner_state(owner: Token | None, geo: Geography) -> Mention | None:
    """The state behind "the US draft" or "Kyiv's framework" when the owner word is no actor mention."""
    code = geo.government_in(owner) if owner is not None else None
    if code is None:
        return None
    return state_mention(code, owner, sector="GOV")


RECEIVING = REFUSING | {"accept", "receive", "study", "read", "see", "get", "consider", "examine", "review",
                        "welcome", "await", "expect", "want", "wait", "obtain", "discuss", "analyse", "analyze",
                        "question", "call", "describe"}  # a document acted on, or refused, by another party


def document_owners(document: Token, index: ActorIndex, geo: Geography, known: bool = True) -> list[Mention]:
    """Whose document a memorandum, plan or draft is ("Russia's memorandum", "the US draft"), or, with no owner
    named, who signed, published, showed or handed it over ("Putin signed decrees recognising…", "the draft
    handed over by Moscow"); ``known``: also the owner the pack or the text before gives a document named
    without one ("the 28-point plan", "the memorandum" after "Russia's memorandum")."""
    owners = _named_owners(document, index, geo, known)
    if not owners and document.dep_ == "dobj" and document.head.lemma_.lower() not in RECEIVING:
        owners = index.all_at(subject_of(document.head))  # not "Kyiv would not accept a memorandum"
    if not owners:  # "the memorandum handed over by the Russian delegation"
        owners = next((found for v in children(document) if v.dep_ == "acl" for a in children(v) if a.dep_ == "agent"
                       for g in children(a) if g.dep_ == "pobj" and (found := index.all_at(g))), [])
    lemma = document.lemma_.lower()
    if owners and owners[0].actor.code:
        index.documents.pop(lemma, None)  # the latest named last
        index.documents[lemma] = owners[0].actor.code
    elif not owners and _collective(document):
        return []  # "their joint statement", "the statement, endorsed by 80 countries": no earlier owner's
    elif not owners and known and lemma in index.documents:  # "the memorandum", after "Russia's memorandum"
        owners = [state_mention(index.documents[lemma], document, sector="GOV")]
    elif not owners and known and index.documents and (lemma in DOCUMENT_PARTS or _bare(document)):  # "the
        # second section", "the plan": of the latest one
        owners = [state_mention(next(reversed(index.documents.values())), document, sector="GOV")]
    return owners


def _named_owners(document: Token, index: ActorIndex, geo: Geography, known: bool = True) -> list[Mention]:
    """The owner a document's own words name ("Russia's memorandum", "the US draft", and with ``known`` "the
    28-point plan")."""
    owner = next((c for c in children(document) if c.dep_ in {"poss", "compound", "amod"}), None)
    owners = index.all_at(owner) or ([stand_in] if (stand_in := _owner_state(owner, geo)) else [])\
        or _author_of(document, index)
    code = known and not owners and geo.document_owner(document.doc[document.left_edge.i:document.i + 1].text)
    return [state_mention(code, document, sector="GOV")] if code else owners


HANDING_VERBS = {"hand", "give", "deliver", "pass", "send", "submit", "present", "transmit"}  # a paper to a side
# Verbs by which a party authors a document: handing it over (not "passed", said of laws), drafting or issuing it.
AUTHORING = HANDING_VERBS - {"pass"} | {"table", "draft", "prepare", "write", "propose", "publish", "issue", "unveil",
                                       "circulate", "put", "offer", "adopt", "release", "draw"}


def _author_of(document: Token, index: ActorIndex) -> list[Mention]:
    """"The memorandum that Russia handed over", "the draft Driscoll presented", "the text, which was drawn up by
    Witkoff": the subject or agent of a relative clause that hands over, presents or drafts the document owns it
    (not "the plan Kyiv rejected"), also when the clause is parsed on the last noun of a phrase after it ("the
    memorandum on the settlement … that Russia handed over"), or reported in it ("the paper, which Kyiv says it has
    handed to Russia")."""
    nouns = [document]
    while (tail := next((g for p in children(nouns[-1]) if p.dep_ == "prep" for g in children(p) if g.dep_ == "pobj"),
                        None)) is not None and len(nouns) < 4:
        nouns.append(tail)
    clauses = [c for n in nouns for c in children(n) if c.dep_ == "relcl"]
    clauses += [c for v in clauses if v.lemma_.lower() in REPORTING_VERBS for c in children(v) if c.dep_ == "ccomp"]
    verb = next((v for v in clauses if v.lemma_.lower() in AUTHORING or v.lemma_.lower() == "pass" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in children(v))), None)  # "passed to the Ukrainians", not a law
    if verb is None:
        return []
    author = next((c for c in children(verb) if c.dep_ == "nsubj"), None) or agent_of(verb)
    return index.all_at(author)


JOINT_TEXTS = {"communique", "communiqué", "declaration"}
ENDORSING = {"endorse", "sign", "adopt", "approve", "back", "support"}
GATHERED = {"country", "state", "nation", "delegation", "participant", "leader", "government", "member"}


def _collective(document: Token) -> bool:
    """Whether a document is the joint text of several parties: "their joint statement", "the statement, endorsed
    by about 80 countries"."""
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in children(document)) or any(
        v.dep_ == "acl" and v.lemma_.lower() in ENDORSING and g.lemma_.lower() in GATHERED and g.tag_ == "NNS"
        for v in children(document) for a in children(v) if a.dep_ == "agent" for g in children(a) if g.dep_ == "pobj")


def joint_text(document: Token) -> list[Mention]:
    """"The communiqué says …", "the declaration calls for …", "their joint statement": a joint text no party is
    named for speaks for the gathering that adopted it, a holder with no state."""
    if document.tag_ == "NNS" or not _collective(document) and (
            document.lemma_.lower() not in JOINT_TEXTS or any(c.dep_ == "poss" for c in children(document))):
        return []
    text = document.doc[document.left_edge.i:document.i + 1].text
    return [group_mention(document.i, document.i + 1, text)]


def register_documents(sent: Span, index: ActorIndex, geo: Geography) -> None:
    """Note whose documents a sentence names ("the 28-point draft that Driscoll presented …"), so that "the
    draft" in a later sentence is that party's."""
    for noun in tokens_of(sent):
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in DOCUMENT_NOUNS\
                and (owners := _named_owners(noun, index, geo)) and owners[0].actor.code:
            index.documents.pop(noun.lemma_.lower(), None)
            index.documents[noun.lemma_.lower()] = owners[0].actor.code


def _bare(noun: Token) -> bool:
    """Whether a noun is only "the" noun ("the plan", "the text"), which names the latest document again."""
    return [c.lower_ for c in children(noun) if c.dep_ in {"det", "poss", "compound", "amod", "nummod"}] == ["the"]


def noun_owners(noun: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """Whose demand or refusal a noun is: "Russia's insistence", "the US proposal", "the European demand" (a
    bloc of no single state), "the Kremlin's list of conditions", and "its demands" for the subject of the
    clause around it."""
    for t in (noun, noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None):
        if t is None:
            continue
        modifiers = _modifiers(t)
        owner = next((c for c in modifiers if index.at(c)), None)
        if owner is not None:
            return national_list(t, index.all_at(owner), geo)
        stand_in = next((m for c in modifiers if c.pos_ in {"PROPN", "ADJ"} and (m := _owner_state(c, geo))), None)
        if stand_in is not None:
            return [stand_in]
        bloc = next((c for c in modifiers if c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper()), None)
        if bloc is not None:  # "the European demand", "Western proposals": a bloc of no single state
            return [group_mention(bloc.i, bloc.i + 1, bloc.text, name=bloc.text)]
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(t)):
            if thanked := _thanked_for(t, index):
                return thanked
            verb = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            return index.all_at(subject_of(verb)) if verb is not None else []
        by = next((g for p in children(t) if p.dep_ == "prep" and p.lower_ == "by" for g in children(p)
                   if g.dep_ == "pobj" and index.at(g)), None)
        if by is not None:  # "demands by several European leaders"
            return index.all_at(by)
        of = next((g for p in children(t) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
                   if g.dep_ == "pobj" and index.at(g)), None) if t.lemma_.lower() in WILLING_NOUNS else None
        if of is not None:  # "the decision of the European Union to adopt …"
            return index.all_at(of)
        if t.lemma_.lower() in DEMAND_NOUNS and (bloc := _bloc_of(t)) is not None:
            return [bloc]  # "the demands of a number of European states", "calls from European capitals"
    return []


DEMAND_NOUNS = {"demand", "call", "ultimatum", "request", "insistence", "proposal", "offer", "plan"}


def _bloc_of(noun: Token) -> Mention | None:
    """The bloc of no single state that a demand is "by", "of" or "from" ("European capitals", "a number of
    Western states"), read from the national adjective of the noun after the preposition."""
    for prep in (c for c in children(noun) if c.dep_ == "prep" and c.lower_ in {"by", "of", "from"}):
        for g in (g for g in children(prep) if g.dep_ == "pobj"):
            if g.lemma_.lower() in {"number", "group", "couple"}:  # "a number of European states"
                g = next((x for p in children(g) if p.lower_ == "of" for x in children(p) if x.dep_ == "pobj"), g)
            adjective = next((c for c in children(g) if c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper()),
                             None)
            if adjective is not None and g.pos_ == "NOUN":
                return group_mention(adjective.i, adjective.i + 1, adjective.text, name=adjective.text)
    return None


def _modifiers(noun: Token) -> list[Token]:
    """A noun's owner-like modifiers, also those of a compound before it ("the US ceasefire proposal" parsed with
    "US" on "ceasefire")."""
    own = [c for c in children(noun) if c.dep_ in {"poss", "compound", "amod"}]
    return own + [g for c in own if c.dep_ == "compound" for g in children(c) if g.dep_ in {"poss", "compound", "amod"}]


SAYING_NOUNS = {"declaration", "statement", "claim", "remark", "assertion", "warning", "argument", "view",
                "assessment", "words", "suggestion", "insistence", "assurance", "promise", "pledge", "position",
                "stance", "belief"}


def _said_of_itself(subject: Token | None, index: ActorIndex, geo: Geography) -> list[Mention]:
    """"Ukraine turned down the offer, saying it needed a ceasefire", "Kyiv's proposals showed it was ready",
    "Zelensky's office said he would…", "Zelensky's statement that he would wait for Putin": "it", "he" or "she"
    in what a party says or shows is that party."""
    if subject is None or subject.lower_ not in {"it", "he", "she"}:
        return []
    said = subject.head
    if said.dep_ == "acl" and said.head.pos_ == "NOUN" and said.head.lemma_.lower() in SAYING_NOUNS\
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(said)):
        return noun_owners(said.head, index, geo)
    if said.dep_ != "ccomp":
        return []
    outer = subject_of(subject.head.head)
    if outer is None:
        return []
    found = index.all_at(outer)
    return found or (document_owners(outer, index, geo) if outer.lemma_.lower() in DOCUMENT_NOUNS else [])


CREDITING_VERBS = {"thank", "praise", "commend", "congratulate", "applaud", "criticise", "criticize", "blame",
                   "fault", "condemn", "accuse"}


GRATEFUL = {"grateful", "thankful", "indebted"}  # "grateful to Washington for its help": the thanked is after "to"


def _thanked(head: Token) -> Token | None:
    """Who a crediting verb or a grateful speaker credits ("thanked Trump", "grateful to Washington")."""
    if head.lemma_.lower() in CREDITING_VERBS:
        return next((c for c in children(head) if c.dep_ == "dobj"), None)
    head = next((c for c in children(head) if c.dep_ == "acomp" and c.lemma_.lower() in GRATEFUL), head)  # "remains
    if head.lemma_.lower() in GRATEFUL:  # grateful to Washington for …", the "for" parsed on the verb
        return next((g for p in children(head) if p.dep_ == "prep" and p.lower_ == "to" for g in children(p)
                     if g.dep_ == "pobj"), None)
    return None


def _thanked_for(noun: Token, index: ActorIndex) -> list[Mention]:
    """"Thanked Türkiye for its readiness to host the talks", "… and for its support of …", "grateful to
    Washington for its efforts": whose readiness or support a thanked or blamed party's "its" is."""
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    return index.all_at(_thanked(prep.head))


ACCUSING = {"accuse", "blame", "suspect", "charge"}  # "accused Kyiv of seeking a pretext": Kyiv's doing


def accused_of(doing: Token) -> Token | None:
    """Who is accused of a doing ("accused Moscow of demanding …", "of trying to wreck …"), also when the parse
    hangs the "of" on the accused noun ("accused European capitals of obstructing …")."""
    while doing.dep_ == "xcomp" and doing.head.pos_ == "VERB":
        doing = doing.head
    prep = doing.head
    if doing.dep_ != "pcomp" or prep.lower_ != "of":
        return None
    if prep.head.lemma_.lower() in ACCUSING:
        return next((c for c in children(prep.head) if c.dep_ == "dobj"), None)
    return prep.head if prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in ACCUSING else None


def _credited(stance_tok: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """"Thanked Trump for supporting the talks", "blamed Kyiv for rejecting the plan", "accused Moscow of demanding
    its surrender", "grateful to the United States for helping to start the talks": the one thanked, blamed or
    accused for doing something holds the stance of that doing, also a state's office-holder named by nationality
    ("his American counterpart"); also through the means of that doing ("accused Zelensky of prolonging the
    killing by refusing to give up Crimea")."""
    while stance_tok.dep_ == "pcomp" and stance_tok.head.lower_ == "by" and stance_tok.head.head.dep_ == "pcomp":
        stance_tok = stance_tok.head.head
    prep = stance_tok.head
    accused = accused_of(stance_tok)  # "accused Moscow of demanding …"
    if accused is None and (stance_tok.dep_ != "pcomp" or prep.lower_ != "for"):
        return []
    thanked = accused if accused is not None else _thanked(prep.head)
    stand_in = next((m for c in (children(thanked) if thanked is not None else ()) if c.dep_ == "amod"
                     and (m := _owner_state(c, geo))), None)
    return index.all_at(thanked) or ([stand_in] if stand_in else [])


def on_behalf(holder: Mention, doc: Doc, index: ActorIndex) -> Mention:
    """"A spokesman for Chancellor Merz", "an aide to Zelensky": staff named without an affiliation speak for
    the party they serve."""
    if holder.actor.code is not None or holder.actor.kind != "person":
        return holder
    served = next((found for p in children(doc[holder.end - 1]) if p.dep_ == "prep" and p.lower_ in
                   {"for", "to", "of"} for g in children(p) if g.dep_ == "pobj" and (found := index.at(g))
                   and found.actor.code), None)
    if served is None:
        return holder
    return Mention(holder.start, holder.end, holder.actor.model_copy(update={"code": served.actor.code,
                                                                              "sector": served.actor.sector}),
                   holder.tokens)


def holders_of(stance_tok: Token, hit: Span, index: ActorIndex, speaker: Mention | None,
             geo: Geography, reported: bool = False) -> list[Mention]:
    """Who holds the position: the predicate's subject (or its owner: "Russia's memorandum"), else the speaker,
    also when the subject is the issue judged ("European troops in Ukraine remained unacceptable"); a speaker
    who reports on a document named without its owner ("Peskov said the 28-point plan was a basis") judges it."""
    if stance_tok.dep_ in {"aux", "det", "neg", "advmod"}:
        if stance_tok.lower_ in MODALS or stance_tok.lemma_.lower() in MODALS:
            return [speaker] if speaker else []
        stance_tok = stance_tok.head
    if stance_tok.lower_ == "against" and stance_tok.dep_ == "prep":  # "stood together against sanctions": who stands
        stance_tok = stance_tok.head
    if stance_tok.lemma_ == "have" and any(c.dep_ == "xcomp" for c in children(stance_tok)):
        return [speaker] if speaker else []  # "both sides will have to make concessions, Rubio said"
    if speaker is None and stance_tok.pos_ in {"VERB", "AUX"} and is_obliged(stance_tok):
        return terms_before_colon(stance_tok, index, geo)  # "Europe should now adopt sanctions": the writer's
        # advice, not Europe's position
    if stance_tok.lemma_.lower() in DOCUMENT_PARTS and stance_tok.head.lower_ == "under":
        return document_owners(stance_tok, index, geo)  # "under the second", parsed as a numeral or adjective
    if stance_tok.pos_ in {"NOUN", "PROPN"}:
        if stance_tok.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS and (stance_tok.head.lower_ == "under" or
                                                                            stance_tok.dep_ == "poss"):
            return document_owners(stance_tok, index, geo)
        owners = noun_owners(stance_tok, index, geo)
        if owners:
            return owners
        while stance_tok.dep_ == "conj" and stance_tok.head.pos_ in {"NOUN", "PROPN"}:  # "… but a list of demands"
            stance_tok = stance_tok.head
        while stance_tok.dep_ == "pobj" and stance_tok.head.lower_ == "of" and stance_tok.head.head.pos_ == "NOUN":
            stance_tok = stance_tok.head.head  # "the memorandum is a set of demands"
        if stance_tok.dep_ == "dobj" and stance_tok.head.lemma_.lower() in REFUSING:
            return []  # "Lavrov criticised the plans of the coalition": the critic's is not the plan
        if stance_tok.dep_ == "attr" and stance_tok.lemma_.lower() in NO_ALTERNATIVE:
            return [speaker] if speaker else []  # "Putin's offer of talks was no substitute for a truce, Lammy said"
        if stance_tok.dep_ in {"dobj", "attr"}:
            stance_tok = stance_tok.head
        elif stance_tok.dep_ == "pobj" and stance_tok.head.head.pos_ in {"VERB", "AUX"} and (
                stance_tok.head.lower_ in {"in", "as", "for", "including"} or stance_tok.head.lower_ == "with"
                and stance_tok.head.head.lemma_.lower() in RESPONDING or stance_tok.head.lower_ == "on"
                and stance_tok.head.head.lemma_.lower() in ON_ATTITUDES):
            stance_tok = stance_tok.head.head  # "Trump spoke in favour of a ceasefire", "saw it as a continuation",
            # "the document provides for a ban on …", "answered with an offer of talks", "insisted on its demands",
            # "tabled non-starters, including a demand that …"
    credited = _credited(stance_tok, index, geo)
    if credited:
        return credited  # "Putin thanked Trump for supporting the talks"
    participle = stance_tok.dep_ == "acl" or stance_tok.dep_ == "conj" and stance_tok.head.dep_ == "acl"
    subject = (agent_of(stance_tok) if participle else None) or subject_of(_reporters_act(stance_tok, index))\
        or _raised_subject(stance_tok, index) or (control_subject(stance_tok) if stance_tok.dep_ == "amod" else None)\
        or _experiencer(stance_tok, hit)
    if subject is None and stance_tok.pos_ == "ADJ":  # "is ready", "regards it as unacceptable"
        # "described as unacceptable the demand …": the adjective parsed on the noun, one step further
        reach = 3 if stance_tok.dep_ == "amod" and stance_tok.head.head.lower_ == "as" else 2
        verb = next((t for t in list(stance_tok.ancestors)[:reach] if t.pos_ in {"VERB", "AUX"}), stance_tok.head)
        subject = subject_of(verb)
    if subject is not None and speaker is not None and (is_opening_it(subject) or subject.lower_ == "it"
                                                        and is_documentary(speaker, subject.doc)):
        return [speaker]  # "It would also lift sanctions", "on the economic side it calls for …" of the plan
    subject = _willing_party(subject, index) or _misparsed_time(subject, index) or subject
    aimed = _aimed_at(subject, index)
    found = _source_document(stance_tok, index, geo) or _said_of_itself(subject, index, geo)\
        or ([] if aimed else national_list(subject, index.all_at(subject), geo))\
        or ([group] if (group := unnamed_group(subject)) else [])
    documentary = subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS | DOCUMENT_PARTS
    if documentary and not found:
        whole = next((g for p in children(subject) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
                      if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS), None) or next(
            (c for c in children(subject) if c.dep_ == "poss" and c.lemma_.lower() in DOCUMENT_NOUNS), subject)
        found = document_owners(whole, index, geo, known=not reported)\
            or joint_text(whole)  # "the first section of the Russian …", "the communiqué calls for …"
    judged = subject is not None\
        and (stance_tok.pos_ == "ADJ" or stance_tok.lemma_ in {"be", "have", "lead"} or only_when(stance_tok)
             or stance_tok.lemma_.lower() in UNMOVING and is_negated(stance_tok)
             or stance_tok.lemma_ in PROCEEDING and subject.i == hit.root.i and hit.label_ == "talks_format"
             or stance_tok.pos_ in {"VERB", "AUX"} and index.at(subject) is None)\
        and subject.left_edge.i <= hit.root.i <= subject.right_edge.i\
        and not subject.left_edge.i <= stance_tok.i <= subject.right_edge.i
    verdict = reported and speaker is not None and bool(found) and _denied(stance_tok, hit)\
        and all(f.actor.code != speaker.actor.code for f in found)
    home = not found and speaker is not None and subject is not None and subject.pos_ == "PROPN"\
        and speaker.actor.code is not None and geo.code_in(subject) == speaker.actor.code  # "… Istanbul stood ready"
    framed = subject is not None and index.at(subject) is None and any(  # "any ceasefire would require …"
        c.dep_ == "det" and c.lower_ == "any" for c in children(subject))
    first_person = subject is not None and subject.lower_ in {"i", "we"}  # "“We are ready for talks,” he said"
    if speaker is not None and (judged or verdict or home or not found and (subject is None or documentary
                                                                            or framed or first_person or aimed)
                                or speaker.actor.code and len(found) == 1 and is_unplaced(found[0], stance_tok.doc)):
        return [speaker]  # "… must be lifted", "the first part lists …" in the voice of the paragraph
    return found


def national_list(noun: Token | None, found: list[Mention], geo: Geography) -> list[Mention]:
    """"The French, German, British and Polish leaders", "the joint European and Ukrainian demand": a noun with a
    list of national adjectives, read as one mention, stands for each of those states (and for a bloc of no
    single state, "European")."""
    if noun is None or not found or noun.pos_ != "NOUN":
        return found
    adjectives = [c for c in children(noun) if c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"}]
    adjectives += [g for a in adjectives for g in subtree(a) if g.dep_ == "conj" and g.pos_ in {"ADJ", "PROPN"}]
    members: dict[str | None, Mention] = {}
    for a in sorted(adjectives, key=lambda t: t.i):
        code = geo.governments.get(a.lower_)
        if code is None and a.pos_ == "ADJ" and a.text[:1].isupper() and a.ent_type_ == "NORP" and a.lower_ in BLOCS:
            members.setdefault(a.text, group_mention(a.i, a.i + 1, a.text, name=a.text))
        elif code is not None:
            members.setdefault(code, next((f for f in found if f.actor.code == code), None)
                               or state_mention(code, noun, found[0].actor.text, "GOV"))
    if len(members) <= len(found) or any(f.actor.code not in members for f in found):
        return found
    return list(members.values())


BLOCS = {"european", "western"}


WILLING_NOUNS = {"decision", "intention", "readiness", "willingness", "determination", "resolve", "desire", "wish",
                 "bid", "move", "effort", "attempt", "plan", "refusal", "reluctance", "unwillingness"}


def _willing_party(subject: Token | None, index: ActorIndex) -> Token | None:
    """"The decision of the European Union to adopt …", "the readiness of Turkey to host …": whose will a noun
    parsed as the infinitive's subject is, the party after its "of"."""
    if subject is None or subject.lemma_.lower() not in WILLING_NOUNS or subject.i in index.by_token:
        return None
    return next((g for p in children(subject) if p.dep_ == "prep" and p.lower_ == "of" for g in children(p)
                 if g.dep_ == "pobj" and g.i in index.by_token), None)


ATTITUDES = {"opposed", "committed", "prepared", "determined", "interested", "inclined", "disposed"}  # "is opposed to"


def _experiencer(verb: Token, hit: Span) -> Token | None:
    """"Poland is opposed to a truce", "Kyiv is committed to the talks": an attitude participle parsed as a passive
    without agent is held by its passive subject (or a subject the parser hung on its "is"), when the issue phrase
    is under its preposition."""
    if verb.lower_ not in ATTITUDES or not any(
            p.dep_ == "prep" and p.left_edge.i <= hit.root.i <= p.right_edge.i for p in children(verb)):
        return None
    return next((c for c in children(verb) if c.dep_ == "nsubjpass"), None) or next(
        (c for a in children(verb) if a.dep_ == "auxpass" for c in children(a) if c.dep_ == "nsubj"), None)


TIME_MARKS = {"after", "before", "following"}


def _misparsed_time(subject: Token | None, index: ActorIndex) -> Token | None:
    """"Macron and Merz travelled to Kyiv and, after a call with Trump, called for a ceasefire": a time phrase
    parsed as a clause whose subject is the event ("a call with Trump") leaves the verb to the main clause's
    subject."""
    if subject is None or subject.pos_ != "NOUN" or subject.i in index.by_token or subject.dep_ != "nsubj":
        return None
    verb = subject.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS and c.i < subject.i
                                       for c in children(verb)):
        return None
    return subject_of(verb.head)


def _denied(predicate: Token, hit: Span) -> bool:
    """Whether a predicate is a verdict another party's words pass on its subject ("Zelensky is illegitimate",
    "the Kiev regime has no legitimate authority to sign"): the issue phrase is the subject's adjective, or what
    it is said to have none of; not an attitude of its own ("Moscow is not interested in peace")."""
    if predicate.pos_ == "ADJ":
        return predicate.dep_ == "acomp" and hit.root.i == predicate.i\
            and predicate.lemma_.lower() not in OWN_ATTITUDES
    return predicate.lemma_ == "have" and hit.root.dep_ == "dobj" and hit.root.head.i == predicate.i\
        and any(c.dep_ == "det" and c.lower_ == "no" for c in children(hit.root))


AIMED_PREPS = {"on", "against", "to", "toward", "towards", "for", "over", "into", "at", "about", "upon"}


def _aimed_at(subject: Token | None, index: ActorIndex) -> bool:
    """Whether the only party a subject names is what it is aimed at or dealt with ("pressure on Russia must
    continue", "sanctions against Moscow"), not who holds it ("the head of the Russian delegation", "the deal with
    the United States")."""
    if subject is None or subject.i in index.by_token or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    found = index.at(subject)
    if found is None:
        return False
    t = subject.doc[found.start]
    while t.i != subject.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in AIMED_PREPS:
            return True
        t = t.head
    return False


def _reporters_act(verb: Token, index: ActorIndex) -> Token:
    """"Sybiha said Russia was dragging out the talks and called for sanctions": a speech act with no subject of
    its own, parsed as a conjunct of the reported clause, is the reporting party's (not an analyst's: "Stanovaya
    writes that the Kremlin … will press for …"); its reporting verb stands for it. So is a stance of one's own
    conjoined with a clause about a thing ("said Russia's position was unacceptable and agreed to coordinate
    sanctions"): a position or document does not agree. The reporter may be a group named by no state
    ("European leaders")."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb)):
        return verb
    t, reporting = verb, None
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    thing = (subject := subject_of(t)) is not None and subject.pos_ == "NOUN" and subject.i not in index.by_token
    if verb.lemma_.lower() not in SPEECH_ACTS and not (thing and verb.lemma_.lower() in OWN_ATTITUDES):
        return verb
    while t.dep_ == "ccomp" and t.head.i != t.i:
        t = t.head
        speaker = index.at(subject_of(t)) if t.lemma_.lower() in REPORTING_VERBS else None
        reporting = t if speaker is not None and (speaker.actor.code or speaker.actor.kind == "group")\
            and not is_reporter(speaker.actor) and not is_analyst(speaker.actor, t) else reporting
    return reporting or verb


def _source_document(verb: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """"The settlement, according to the document, must include …", "according to the text, … would be recognised
    …, and Ukrainian forces would leave …": what a document is cited for, its owner holds."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "prep" and c.lower_ == "according"
                                                                     for c in children(verb)):
        verb = verb.head
    source = next((g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "according" for p in children(c)
                   for g in children(p) if g.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in DOCUMENT_NOUNS | DOCUMENT_PARTS:
        return []
    return document_owners(source, index, geo)


def speaker_of(sent: Span, index: ActorIndex, pack: Pack, nlp: Language) -> Mention | None:
    """The party a sentence reports ("Putin listed what an agreement must contain", "Peskov said…") or whose
    document it describes ("Russia's memorandum has three parts"): the subject of a saying or stance verb at
    its root, if that is an actor other than a medium or analyst, or the owner of a document as subject. The
    paragraph's next sentences may go on in its voice."""
    root = sent.root
    subject = subject_of(root)
    document = subject or next((c for c in children(root) if c.dep_ == "nsubjpass"), None)  # "the plan was leaked"
    if document is not None and document.lemma_.lower() in DOCUMENT_NOUNS:
        owners = document_owners(document, index, geography(pack))
        return owners[0] if owners else None
    lemma = root.lemma_.lower()
    if lemma not in REPORTING_VERBS and lemma not in LISTING_VERBS and stance_of(root, lexicon(pack, nlp)) is None:
        return None
    if lemma in MODALS or any(c.dep_ == "aux" and c.lower_ in MODALS for c in children(root)):
        return None  # "Kyiv would have to halt mobilisation": the subject is who is asked, not who speaks
    found = index.at(subject)
    return found if found is not None and not is_reporter(found.actor) and not is_unplaced(found, sent.doc) else None


def quotation_speakers(texts: list[str], speakers: list[Mention | None]) -> dict[int, Mention]:
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


SIDES = {"side", "delegation", "team", "party", "negotiator"}
LEADERS = {"leader", "president"}


def pairing(sent: Span, index: ActorIndex) -> list[str]:
    """The states a sentence names together, as one phrase ("The United States and Russia agreed", "the
    delegations of Ukraine and the United States"), whom a later "the two sides" stands for."""
    for m in index.mentions:
        head = sent.doc[m.start:m.end].root
        codes = list(dict.fromkeys(j.actor.code for j in index.all_at(head)
                                   if j.actor.code and j.actor.sector != "IGO"))
        if len(codes) == 2 and head.dep_ != "conj":  # not the last two of "Russia, the United States and Ukraine"
            return codes
    return _met(sent, index)


VISITS = {"visit", "trip", "call", "meeting", "talk", "summit", "conversation"}


def _met(sent: Span, index: ActorIndex) -> list[str]:
    """"Putin had a telephone conversation with Erdogan", "the Prime Minister spoke to President Zelensky": the
    states of a main clause's subject and of the one it met or spoke with; for a visit or call as subject, of its
    owner and of the one visited, called or given something ("Xi's state visit to Moscow gave Putin …")."""
    subject = subject_of(sent.root)
    first = index.at(subject)
    others = [g for c in children(sent.root) if c.dep_ in {"dobj", "prep", "dative"}
              for g in ([c] if c.dep_ in {"dobj", "dative"} else children(c)) if g.dep_ in {"dobj", "pobj", "dative"}]
    if first is None and subject is not None and subject.lemma_.lower() in VISITS:
        first = next((m for c in children(subject) if c.dep_ == "poss" and (m := index.at(c)) is not None), None)
        others += [g for p in children(subject) if p.dep_ == "prep" and p.lower_ in {"to", "with"}
                   for g in children(p) if g.dep_ == "pobj"]
    others += [g for o in others if o.dep_ == "dobj" for p in children(o) if p.dep_ == "prep" and p.lower_ == "with"
               for g in children(p) if g.dep_ == "pobj"]  # "had a conversation with …"
    second = next((m for o in others if (m := index.at(o)) is not None and m.actor.code and m.actor.sector != "IGO"),
                  None)
    if first is None or second is None or not first.actor.code or first.actor.sector == "IGO"\
            or first.actor.code == second.actor.code:
        return []
    return [first.actor.code, second.actor.code]


def party_group(sent: Span, index: ActorIndex) -> list[str]:
    """The states a sentence with a named main subject names as people, subjects or their conjuncts ("The Prime
    Minister arrived alongside Tusk and Macron for talks with Zelensky"), whom a later "they" stands for."""
    if not index.all_at(subject_of(sent.root)):
        return []
    found = [m for m in index.mentions if (root := sent.doc[m.start:m.end].root).ent_type_ == "PERSON"
             or root.dep_ in {"nsubj", "conj"}]
    return list(dict.fromkeys(m.actor.code for m in found if m.actor.code and m.actor.sector != "IGO"))


def both_sides(stance_tok: Token, index: ActorIndex, speaker: Mention | None, parties: list[str],
               paired: list[str] | None = None) -> list[Mention]:
    """"Both delegations agreed …", "the two sides will meet": the two states the sentence and its speaker name,
    the speaker's side and the party the text last named together with it (``paired``, from ``pairing``), else
    its opponent when the speaker is one of the pack's two main parties, or those two parties when a third party's
    speaker names no side."""
    verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg", "advmod"} else stance_tok
    if verb.dep_ == "pobj" and verb.head.lower_ == "in" and verb.head.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head.head  # "the two presidents had spoken in favour of …"
    if verb.dep_ in {"amod", "pobj", "acomp"} and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB"\
            or verb.dep_ in {"oprd", "ccomp"} and verb.pos_ == "ADJ" and verb.head.pos_ == "VERB":
        verb = verb.head.head if verb.head.lower_ == "as" else verb.head  # "both sides described the talks as
        # useful", "the two sides called the meeting constructive"
    subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX", "ADJ"} else None
    named = index.at(subject)
    if subject is None or subject.lemma_.lower() not in SIDES | LEADERS or subject.tag_ != "NNS"\
            or named is not None and named.actor.code is not None:
        return []
    if not any(c.lower_ in {"both", "two", "the"} for c in children(subject)):
        return []
    if subject.lemma_.lower() in LEADERS:  # "the two leaders", "both presidents": the pair last named, if any
        if not paired or not any(c.lower_ in {"both", "two"} for c in children(subject)):
            return []
        text = subject.doc[subject.left_edge.i:subject.i + 1].text
        return [state_mention(c, subject, text, "GOV") for c in paired]
    mediator = speaker.actor.code if speaker is not None and speaker.actor.code in parties[2:] else None
    codes: list[str] = []
    for m in [*([speaker] if speaker else []), *index.mentions]:  # the pack's go-betweens are no side
        if m.actor.code and m.actor.code not in codes and m.actor.sector != "IGO" and m.actor.code != mediator:
            codes.append(m.actor.code)
    if len(codes) == 1 and paired and codes[0] in paired:  # "the delegations of Ukraine and the United States
        codes = list(paired)  # met …; Umerov said both delegations …": his side and the one it was paired with
    elif len(codes) == 1 and codes[0] in parties[:2]:  # "Umerov said both delegations …": his side and the other
        codes.append(next(p for p in parties[:2] if p != codes[0]))
    hosts = len(codes) == 1 and codes[0] in parties[2:] and (speaker is None or speaker.actor.code != codes[0])\
        and all(subject.doc[m.end - 1].dep_ == "pobj" for m in index.mentions
                if m.actor.code == codes[0] and m.actor.name)  # named only after a preposition: a host
    if not codes and paired:  # "Russia and the United States met in Moscow. Both sides described the
        codes = list(paired)  # talks as useful": the pair last named together
    if not codes or hosts:  # "the parties agreed …", "Fidan said the delegations agreed …",
        codes = list(parties[:2])  # "after talks hosted by Turkey, the sides swapped …": the two main parties
    if len(codes) != 2:
        return []
    text = subject.doc[subject.left_edge.i:subject.i + 1].text
    return [state_mention(c, subject, text, "GOV") for c in codes]


def terms_before_colon(verb: Token, index: ActorIndex, geo: Geography) -> list[Mention]:
    """"Putin's terms have not changed: Ukraine must surrender four regions", "Russia's position is well known:
    Kyiv must …": a main clause after a colon spells out the terms, demands or position the clause before it is
    about; their owner holds it."""
    clause = next((c for c in children(verb) if c.dep_ == "ccomp" and c.i < verb.i), None)
    asked = subject_of(verb) if clause is not None else None
    if asked is None or not any(t.text == ":" for t in verb.doc[clause.i:asked.left_edge.i]):
        return []
    subject = subject_of(clause) or next((c for c in children(clause) if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in DOCUMENT_NOUNS\
            and subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    return noun_owners(subject, index, geo) or _named_owners(subject, index, geo, known=False)


def is_obliged(verb: Token) -> bool:
    """Whether a predicate says what its subject should or must do ("Moscow should accept")."""
    return any(c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in children(verb))


def says_of_another(stance_tok: Token, holders: list[Mention], speaker: Mention | None, index: ActorIndex) -> bool:
    """Whether a speaker says what another party should do or would do ("European leaders said Ukraine should
    keep an army of 800,000"): the clause's subject is only the addressee when its predicate is no stance of
    its own (OWN_ATTITUDES)."""
    never = stance_tok.dep_ in {"neg", "advmod"} and stance_tok.lower_ in {"not", "never", "n't"}  # "said Ukraine
    # would never be a victory for Russia": the predicate denied
    if speaker is None or speaker.actor.code is None and speaker.actor.kind == "person"\
            or stance_tok.pos_ not in {"VERB", "AUX"} and not (never and stance_tok.head.pos_ in {"VERB", "AUX"}):
        return False
    verb = stance_tok.head if stance_tok.dep_ in {"aux", "neg"} or never else stance_tok
    if (verb.lemma_.lower() in OWN_ATTITUDES or stance_tok.lemma_.lower() in OWN_ATTITUDES) and not is_obliged(verb):
        return False
    if _done(verb) or _reported_act(verb):
        return False  # "officials said Trump had dropped the demand": what another party did is its own
    controller = verb.head if verb.dep_ == "xcomp" else None  # "the Vatican had offered to host the talks"
    if controller is not None and (controller.lemma_.lower() in OWN_ATTITUDES and not is_obliged(controller)
                                   or _done(controller)):
        return False
    subject = subject_of(verb)
    if _willing_party(subject, index) is not None:
        return False  # "Zakharova said the decision of the EU to adopt sanctions …": the EU's own will
    named = index.at(subject) if subject is not None and subject.pos_ != "PRON" else None
    return named is not None and named in holders and all(h.actor.code != speaker.actor.code for h in holders)


def _reported_act(verb: Token) -> bool:
    """Whether a reported clause states what its subject does ("Sybiha said Moscow was looking for pretexts to
    drag out the war"), not what it is or has ("said Kyiv lacked legitimacy"), both the speaker's verdict."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS and is_asserted(verb)\
        and verb.lemma_.lower() not in STATIVE_VERBS | PROPERTY_VERBS


def is_asserted(verb: Token) -> bool:
    """Whether a clause states as a fact what its subject does, did or is doing (a finite verb without a modal:
    "Kyiv broke off the talks", "Moscow keeps stalling", "is trying to derail"), climbing from an infinitive
    of purpose or control to the verb that governs it; a modal ("would", "must") makes it the speaker's view."""
    while verb.dep_ in {"xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}\
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        verb = verb.head
    auxes = [c for c in children(verb) if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in auxes) or any(c.dep_ == "mark" and c.lower_ != "that" for c in children(verb)):
        return False  # "would", "must"; "as long as Moscow continues", "in case Moscow refuses"
    return verb.tag_ in FINITE or any(c.tag_ in FINITE for c in auxes)


def _done(verb: Token) -> bool:
    """Whether a predicate reports what its subject did ("had dropped", "were broken off by Kyiv", "the talks
    that Kyiv broke off", but not "an operation that officials said …")."""
    if verb.dep_ == "relcl" and verb.tag_ == "VBD":
        return verb.lemma_.lower() not in REPORTING_VERBS
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" or c.dep_ == "agent"
                                      for c in children(verb))


PROCEEDING = {"continue", "resume", "follow", "proceed", "progress", "go", "move", "take"}  # "the talks went well"
MOTION_VERBS = {"fly", "travel", "arrive", "go", "come", "leave", "head", "return", "land", "depart"}
COURTESY_VERBS = {"greet"}  # "the minister greeted the hosts of the talks"


WEAPONS = {"missile", "drone", "rocket", "shell", "bomb", "munition", "weapon", "warhead", "interceptor"}  # no holders


def main_parties(sent: Span, index: ActorIndex, geo: Geography) -> tuple[Actor, ...]:
    """The parties a sentence's main clause is about, as holders for a position stated without a stance word:
    the state-coded subject of the main verb and the subjects joined to it ("Russia and Ukraine each freed 185
    prisoners"), not media or analysts, and none for a verb of travel ("the delegation will fly to Istanbul"), of
    courtesy ("greeted the hosts of the talks") or a refusal to comment ("Peskov declined to say whether …")."""
    lemma = sent.root.lemma_.lower()
    if lemma in MOTION_VERBS or lemma in COURTESY_VERBS or says_nothing(sent.root):
        return ()
    subject = subject_of(sent.root)
    mention = index.at(subject)
    if (terms := terms_before_colon(sent.root, index, geo)) and terms[0].actor.code:
        return (terms[0].actor,)  # "Putin's terms are unchanged: Ukraine must surrender four regions"
    if mention is None or not mention.actor.code or is_reporter(mention.actor) or subject.lemma_.lower() in WEAPONS:
        return ()
    joined = [index.at(c) for c in subject.conjuncts] if subject is not None else []
    joined += national_list(subject, [mention], geo)  # "Ukrainian and US delegations met …"
    parties = {mention.actor.code: mention.actor}
    for m in joined:
        if m is not None and m.actor.code and not is_reporter(m.actor):
            parties.setdefault(m.actor.code, m.actor)
    return tuple(parties.values())


def refuses(verb: Token) -> bool:
    """Whether a main verb denies what its sentence is about: negated ("Kyiv will not give up its land"), a verb
    of refusal ("Kyiv has refused, saying …", "declined to issue an invitation"), one that stops short ("stopped
    short of endorsing a truce") or one that names it badly ("called the attacks on tankers piracy", "described the
    threats as illegitimate")."""
    return is_negated(verb) or verb.lemma_.lower() in REFUSING | {"decline"}\
        or verb.lemma_.lower() in {"stop", "fall"} and any(c.lower_ == "short" for c in children(verb))\
        or verb.lemma_.lower() in NAMING_VERBS and any(named_verdict(t) == "oppose" for right in verb.rights
                                                         for t in subtree(right))
