"""Issue phrases in a parsed text and which of them a sentence takes a position on: pack cues matched on
words and lemmas, disambiguated by similarity to the sentence, without phrases that only place, date or name
something ("after the Istanbul talks", "the Minsk agreements" as a name)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..ontology.schema import Pack
from .issue_similarity import issue_similarity
from .position_holders import DOCUMENT_PARTS
from .position_stances import DOCUMENT_NOUNS, VERB_ONLY_CUES, PositionLexicon, lexicon
from .syntax import children, subtree, tokens_of

# Issues whose everyday words ("talks", "peace") also frame the specific issues of a sentence.
GENERIC_ISSUES = {"talks_format", "war_aims"}
SETTLEMENT = "war_aims"  # the deal that other issues are settled in
# Prepositions that only date or place what a sentence says ("before the talks", "agreed at the second round").
SETTING_PREPS = {"before", "after", "until", "since", "during", "following", "ahead", "prior", "at"}
AIMING_VERBS = {"aim", "target", "direct", "level"}  # "aimed at the shadow fleet" names a target, no setting
AT_OBJECT_VERBS = {"balk", "baulk", "bristle", "scoff", "sneer", "chafe", "jeer", "laugh", "hint"}  # "balked at the
# sanctions": what they balk at is their object
BODIES = {"convention", "treaty", "agreement", "deal", "pact", "accord", "organisation", "organization", "court",
          "council", "centre", "center", "programme", "program", "initiative"}
SIMILAR_ISSUES = 14  # an issue phrase counts if its issue is among the sentence's most similar (train, train2)


def names_document(hit: Span, governed: tuple[Token, str] | None, lex: PositionLexicon) -> bool:
    """"The American peace plan", "Zelensky's victory plan": a document's name is no position on war or talks
    (a "ceasefire proposal" is one on the ceasefire)."""
    if governed is None or hit.label_ not in GENERIC_ISSUES or governed[0].lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return governed[0].i == hit.root.i or hit.root.dep_ == "compound" and hit.root.head.i == governed[0].i


OUTLINE_NOUNS = {"principle", "parameter", "timing", "timeframe", "timetable", "outline"}
UNOWNED_OUTLINE_NOUNS = {"term"}  # "Russia's terms for a settlement" are its war aims
PAPER_NOUNS = {"memorandum", "draft", "document", "paper"}


def _outlined_by(hit: Span) -> Token | None:
    """The noun a settlement phrase is what of ("the principles of a settlement", "a memorandum on a treaty")."""
    root = hit.root
    while root.dep_ in {"compound", "amod"} and root.head.pos_ == "NOUN":  # "a future peace treaty"
        root = root.head
    if hit.label_ != SETTLEMENT or root.dep_ != "pobj" or root.head.lower_ not in {"on", "of", "for"}\
            or root.head.head.pos_ != "NOUN":
        return None
    return root.head.head


def is_outlined(hit: Span) -> bool:
    """"The principles of a settlement", "the terms of a durable settlement": what a paper sets out is no
    position on the settlement itself."""
    noun = _outlined_by(hit)
    lemma = noun.lemma_.lower() if noun is not None else ""
    return noun is not None and (lemma in OUTLINE_NOUNS or lemma in UNOWNED_OUTLINE_NOUNS and not any(
        c.dep_ == "poss" for c in children(noun)))


def nothing_undoes(hit: Span, governed: tuple[Token, str] | None) -> bool:
    """"No peace deal could erase them": saying that no deal or talks could undo something is no stance on them."""
    if governed is None or hit.label_ not in GENERIC_ISSUES or governed[0].head.i != hit.root.i:
        return False
    verb = hit.root.head
    return governed[0].lower_ == "no" and hit.root.dep_ == "nsubj" and any(
        c.dep_ in {"dobj", "ccomp"} for c in children(verb))


def is_step_toward(hit: Span) -> bool:
    """"An exchange of prisoners as a first step toward ending the war": a goal something leads to."""
    prep = next((t for t in hit.root.ancestors if t.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in {"toward", "towards"} and prep.head.pos_ == "NOUN"


RESULTS = {"progress", "breakthrough", "headway"}  # what a meeting achieves


def is_fruitless(hit: Span) -> bool:
    """"Made no progress toward a ceasefire in their first meeting", "the talks produced no breakthrough": what a
    meeting did not achieve is no one's stance on it or on what it was to achieve (but "no progress toward the
    ceasefire that Kyiv has demanded" says who wants it)."""
    if any(c.dep_ == "relcl" for c in children(hit.root)):
        return False
    for t in (hit.root, *hit.root.ancestors):
        if _no_outcome(t) or t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "dobj" and _no_outcome(c)
                                                                for c in children(t)):
            return True
        if t.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _no_outcome(noun: Token) -> bool:
    return noun.lemma_.lower() in RESULTS and any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun))


def document_speaks(hit: Span) -> bool:
    """"The Russian memorandum's demand that …", "the memorandum calls for …", "the first section of the
    memorandum lists …": a paper that states positions is their source, not a position on the talks."""
    root = hit.root
    if hit.label_ != "talks_format" or root.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in DOCUMENT_PARTS:
        root = root.head.head
    return root.dep_ in {"poss", "nsubj"}


PEOPLES = {"country", "nation", "people", "state", "neighbour", "neighbor"}


def is_faith_of_peoples(hit: Span) -> bool:
    """"Two Orthodox countries", "Orthodox nations": the faith of peoples, no position on a church."""
    return hit.label_ == "church" and len(hit) == 1 and hit.root.dep_ in {"amod", "compound"}\
        and hit.root.head.lemma_.lower() in PEOPLES


def is_left_body(hit: Span) -> bool:
    """"Withdraw from the Ottawa convention", "withdrew from the International Centre": a cue ending in "from"
    that leaves a treaty or an organisation, not a place."""
    if hit[-1].lower_ != "from":
        return False
    left = next((c for c in children(hit[-1]) if c.dep_ == "pobj"), None)
    return left is not None and (left.ent_type_ in {"ORG", "LAW", "EVENT"} or left.lemma_.lower() in BODIES)


def is_idiom_table(hit: Span) -> bool:
    """"Membership is not on the table", "remains on the table": the idiom for being considered, not talks."""
    return hit.root.lower_ == "table" and hit.root.head.lower_ in {"on", "off"} and not any(
        c.dep_ in {"compound", "amod"} for c in children(hit.root))


def is_below(inner: Token, outer: Token) -> bool:
    """Whether a phrase head lies inside another's phrase ("talks on territory"), not beside it as a conjunct
    ("a leaders' meeting and a ceasefire")."""
    t = inner
    while t.i != outer.i:
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        t = t.head
    return True


def is_nested(a: Token, b: Token) -> bool:
    """Whether one of two phrase heads lies inside the other's phrase."""
    return a.i != b.i and (is_below(a, b) or is_below(b, a))


def before_any(hit: Span) -> bool:
    """"Abandon four regions before any truce", "ratified by Congress before any elections": a specific issue
    that something must come before sets the order a party asks for, no date (``in_setting_phrase``)."""
    if hit.label_ in GENERIC_ISSUES:
        return False
    noun = hit.root
    while noun.dep_ in {"compound", "amod", "nmod", "conj"} and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "before any Black Sea truce", "before any elections or territorial decisions"
    prep = noun.head
    if prep.lower_ == "to" and prep.head.lower_ == "prior":
        prep = prep.head
    return noun.dep_ == "pobj" and prep.lower_ in {"before", "until", "prior"} and any(
        c.dep_ == "det" and c.lower_ == "any" for c in children(noun))


OBLIGING_AUX = {"must", "should", "ought", "need"}  # "Europe must be at the table"
OBLIGING_VERBS = {"have", "need"}  # "Ukraine has to be at the table"


def is_place_demanded(prep: Token) -> bool:
    """"Ukraine must be at the table", "has to be at the table", "its place is at the table": where a party
    ought to be is a demand on who takes part, no setting."""
    be = prep.head
    if prep.lower_ != "at" or be.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == "place" for c in children(be))\
        or any(c.dep_ == "aux" and c.lower_ in OBLIGING_AUX for c in children(be))\
        or be.dep_ == "xcomp" and be.head.lemma_.lower() in OBLIGING_VERBS


SAFETY_NOUNS = {"safety", "security"}  # "safety at the Zaporizhzhia plant": the plant's safety, no mere setting
TIME_SPANS = {"hour", "day", "week", "month", "minute", "moment", "start", "beginning", "end", "eve", "first", "last"}


def in_setting_phrase(hit: Span) -> bool:
    """Whether an issue phrase only dates or places something ("before formal talks", "since the ceasefire",
    "ahead of any truce", "agreed at the second round", "handed over only at the table"); "only after a truce"
    sets a condition."""
    if before_any(hit):
        return False
    timed = False
    for t in hit.root.ancestors:
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in TIME_SPANS\
                and not any(c.dep_ == "nummod" for c in children(t.head)):  # not "within 100 days of lifting"
            timed = True
            continue  # "in the first hours of the pause": the setting is the phrase the span is in
        if timed and t.dep_ == "prep" and t.lower_ in {"in", "within"}:
            return True
        if t.dep_ == "prep":
            if t.lower_ in {"of", "to"} and t.head.lower_ in {"ahead", "prior"}:
                t = t.head
            limited = t.lower_ != "at" and (any(a.lower_ == "only" for a in children(t)) or (
                t.i > 0 and t.doc[t.i - 1].lower_ in {"only", "not"}))  # "only after a ceasefire", not "only at"
            return t.lower_ in SETTING_PREPS and not limited and not hit.root.like_num and not is_place_demanded(t)\
                and not (t.lower_ == "at" and t.i > 0 and t.doc[t.i - 1].lemma_.lower() in SAFETY_NOUNS)\
                and t.head.lemma_.lower() not in AIMING_VERBS | AT_OBJECT_VERBS  # "aimed at the fleet", "cap it at"
        if t.pos_ in {"VERB", "AUX"}:
            return _timing_clause(hit, t)
    return False


TIME_MARKS = {"before", "after", "since", "as", "while", "when"}
HAPPENING = {"open", "begin", "start", "end", "close", "conclude", "resume", "finish", "collapse", "stall", "wrap"}


def _timing_clause(hit: Span, verb: Token) -> bool:
    """"Hours before the talks opened", "after the summit ended": talks whose happening only dates another act."""
    return hit.label_ == "talks_format" and hit.root.dep_ == "nsubj" and hit.root.head.i == verb.i\
        and verb.lemma_.lower() in HAPPENING and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS and not (
            c.i > 0 and c.doc[c.i - 1].lower_ == "only") for c in children(verb))


TERRITORY_NOUNS = {"territory", "soil", "land"}
REGION_NOUNS = {"region", "oblast", "province"}
SITE_NOUNS = {"plant", "station", "npp", "reactor", "power"}
LOCATIVE_PREPS = {"on", "across", "through", "in", "into", "from", "over", "onto", "within"}
CURRENT = {"current", "present", "existing", "actual"}  # "the current line": where a freeze would leave it
STRETCH_NOUNS = {"section", "area", "part", "stretch", "sector", "segment", "length", "point"}
# Verbs of crossing or coming back that a territory phrase only gives the path of ("pushed across the border");
# not "withdraw" or "pull out", which are the territorial issue itself.
LEAVING_VERBS = {"withdraw", "pull", "retreat", "evacuate", "leave", "remove"}  # "pull its troops back from its
# own territory": the land given up, not where something happens
MOVING_VERBS = {"push", "cross", "return", "move", "enter", "advance", "come", "fly", "travel", "drive", "go",
                "arrive", "flee", "launch", "fire", "strike", "attack", "penetrate", "infiltrate", "smuggle"}


RULE_NOUNS = {"control", "sovereignty", "authority", "rule", "jurisdiction", "claim", "title"}


def _ruled(prep: Token) -> bool:
    """"control over any part of the Donbas", "sovereignty over parts of Zaporizhzhia": who rules the land."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return prep.lower_ == "over" and (before.lemma_.lower() in RULE_NOUNS or prep.head.lemma_.lower() in RULE_NOUNS)


def is_mere_place(hit: Span) -> bool:
    """Whether a territory phrase only locates something ("weapons moved across its territory", "troops on
    its soil", "settlements in the Kherson region", "pushed across the border", "a civilian from Kherson
    region", "the border area", "in some areas of the front line") or names the site of another issue ("the
    Zaporizhzhia plant", "Zaporizhzhia's power")."""
    if hit.label_ != "territory":
        return False
    root = hit.root
    if root.lemma_.lower() in TERRITORY_NOUNS and root.head.lower_ in LOCATIVE_PREPS and root.dep_ == "pobj"\
            and not _left(root) and any(c.dep_ == "poss" and c.pos_ == "PRON" or c.dep_ == "amod"
                                        and c.text[:1].isupper() for c in children(root)):
        return True  # "troops on its soil", "a contingent on Ukrainian territory"
    place = root.head if root.dep_ == "compound" and root.head.lemma_.lower() in REGION_NOUNS else root
    named = place.pos_ == "PROPN" or place.lemma_.lower() in REGION_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(place))
    if named and place.dep_ == "pobj" and place.head.lower_ in {"in", "near", "around", "inside"}:
        return True  # "residents of settlements in the Kherson region", "fighting near Donetsk"
    if named and place.dep_ == "pobj" and place.head.lower_ == "from" and place.head.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "a civilian from the Kherson region": where someone comes from
    if place.dep_ == "pobj" and place.head.lower_ in {"across", "into", "from", "over"}\
            and place.head.head.lemma_.lower() in MOVING_VERBS:
        return True  # "pushed across the border", "returned from territory controlled by Kyiv"
    if root.dep_ == "pobj" and root.head.lower_ == "along" and root.head.head.lemma_.lower() != "freeze"\
            and not any(t.lower_ in CURRENT for t in subtree(root)):
        return True  # "a ceasefire along the entire line of contact", not "frozen along the current line"
    if root.lemma_.lower() in {"border", "frontier"} and root.dep_ == "compound":
        return True  # "the Kursk border area"
    stretch = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if stretch is not None and stretch.lemma_.lower() in STRETCH_NOUNS and stretch.dep_ == "pobj"\
            and stretch.head.lower_ in LOCATIVE_PREPS | {"along", "at"} and not _ruled(stretch.head):
        return True  # "a truce in certain areas of the front line", not "control over any part of the Donbas"
    return root.dep_ in {"compound", "poss", "nmod"} and root.head.lemma_.lower() in SITE_NOUNS


def _left(place: Token) -> bool:
    """Whether troops are taken out of a place: "pull its troops back from its own territory"."""
    if place.head.lower_ != "from":
        return False
    verb = place.head.head
    if verb.dep_ in {"advmod", "prt"} and verb.lower_ in {"back", "out", "away"}:
        verb = verb.head
    return verb.lemma_.lower() in LEAVING_VERBS


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
    return sorted((s for s in spans.values() if (s.start, s.end) in kept and not names_alliance(s)
                   and not is_public_relations(s) and not is_other_exchange(s)),
                  key=lambda s: (s.start, s.label_))


# What an "exchange" of something other than people or the dead trades: "an exchange of views", "of fire".
NOT_SWAPPED = {"view", "opinion", "idea", "information", "document", "memorandum", "memoranda", "letter", "message",
               "note", "greeting", "fire", "blow", "strike", "accusation", "insult", "visit", "delegation",
               "experience", "data", "territory", "land", "proposal", "position"}


def is_other_exchange(hit: Span) -> bool:
    """A bare "exchange" that trades something other than captives: "a frank exchange of views"."""
    if len(hit) != 1 or hit.label_ != "prisoners_children" or hit.root.lemma_.lower() != "exchange":
        return False
    return any(c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in NOT_SWAPPED for o in children(c))
               for c in children(hit.root))


def is_public_relations(hit: Span) -> bool:
    """"Another public relations show", "a PR exercise": publicity, not relations between states."""
    return hit.root.lemma_.lower() == "relation" and hit.start > 0 and hit.doc[hit.start - 1].lower_ == "public"


ALLIANCE_WORDS = {"nato", "alliance"}
# Nouns that "NATO" before them makes an actor or a place ("NATO leaders", "the alliance's security").
ALLIANCE_MEMBERS = {"country", "state", "member", "ally", "leader", "summit", "official", "chief", "secretary",
                    "minister", "airspace", "capital", "government", "partner", "headquarters", "spokesman",
                    "spokesperson", "ambassador", "envoy", "security", "spending", "budget", "drill", "exercise",
                    "jet", "aircraft"}


def names_alliance(hit: Span) -> bool:
    """"NATO leaders agreed", "the alliance's security", "NATO countries should …", "entered NATO airspace":
    the alliance as an actor or a place, no position on Ukraine's alliance status (but "troops from NATO
    countries" is)."""
    root = hit.root
    if hit.label_ != "alliance_neutrality" or len(hit) != 1 or root.lemma_.lower() not in ALLIANCE_WORDS:
        return False
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if root.dep_ not in {"compound", "poss", "amod"} or root.head.lemma_.lower() not in ALLIANCE_MEMBERS:
        return False
    owner = root.head  # "troops from NATO countries": where troops come from
    return not (owner.dep_ == "pobj" and owner.head.lower_ == "from")


ANNEXING = {"annex", "annexation"}


def crimea_annexations(hits: list[Span]) -> list[Span]:
    """"Russia seized Crimea. … The EU will never recognise the annexation": an annexation whose sentence names
    no mainland region is that of the peninsula when Crimea is the place the text last named."""
    out, last = [], None
    for h in hits:
        if h.label_ == "crimea" or _names_region(h):
            last = h
        annexes = h.label_ == "territory" and any(t.lemma_.lower() in ANNEXING for t in h)
        if annexes and last is not None and last.label_ == "crimea" and not any(
                _names_region(o) and o.sent.start == h.sent.start for o in hits):
            h = Span(h.doc, h.start, h.end, label="crimea")
        out.append(h)
    return out


def _names_region(hit: Span) -> bool:
    """Whether a territory phrase names a mainland region ("Donetsk", "the four regions")."""
    return hit.label_ == "territory" and (hit.root.pos_ == "PROPN" or hit.root.lemma_.lower() in REGION_NOUNS)


NEGOTIATING = {"discuss", "negotiate"}


def as_process(hit: Span) -> Span:
    """"Would discuss a settlement", "to negotiate an end to the war", "a memorandum on a future peace treaty": a
    settlement the parties only negotiate or write a paper on is a position on the talks, not on the settlement's
    terms."""
    verb = next((t for t in hit.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    paper = _outlined_by(hit)
    if paper is not None and paper.lemma_.lower() in PAPER_NOUNS:
        return Span(hit.doc, hit.start, hit.end, label="talks_format")
    if hit.label_ != SETTLEMENT or verb is None or verb.lemma_.lower() not in NEGOTIATING:
        return hit
    return Span(hit.doc, hit.start, hit.end, label="talks_format")


def qualifies(word: Token, other: Span, lex: PositionLexicon) -> bool:
    """Whether a word only qualifies another issue phrase's head, itself or as a conjunct, in the way that issue's
    own cues do ("a full and unconditional 30-day ceasefire", as in the cue "unconditional ceasefire")."""
    lower = word.lower_
    while word.dep_ == "conj" and word.head.i != other.root.i:
        word = word.head
    return word.dep_ in {"amod", "compound"} and word.head.i == other.root.i\
        and lower in lex.qualifiers.get(other.label_, ())


def back_referenced(sent: Span, hits: list[Span]) -> list[tuple[Token, Span]]:
    """"Kyiv dismissed the truce and Moscow welcomed it", "the demand for Donbas, which Kyiv rejected", "the talks,
    which were broken off by Kyiv": an object pronoun, or a relative one acted on by a named agent, stands for the
    nearest issue phrase before it in the sentence."""
    out = []
    for t in tokens_of(sent):
        if t.lower_ in {"it", "which"} and t.dep_ in {"dobj", "pobj"} and not _setting_relative(t)\
                or _passive_relative(t):
            antecedent = next((h for h in reversed(hits) if h.end <= t.i), None)
            if antecedent is not None:
                out.append((t, antecedent))
    return out


def _setting_relative(t: Token) -> bool:
    """Whether a "which" only places or dates a relative clause ("the talks, at which the sides agreed to a swap",
    "the meeting during which …"): what the clause says is done there, not to the talks."""
    return t.lower_ == "which" and t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS | {"in"}


def _passive_relative(t: Token) -> bool:
    """Whether a word is the "which" or "that" of a passive relative clause with an agent ("which had been
    broken off by the Ukrainian side")."""
    return t.lower_ in {"which", "that"} and t.dep_ == "nsubjpass" and t.head.dep_ == "relcl"\
        and any(c.dep_ == "agent" for c in children(t.head))


def sentence_likeness(texts: list[str], pack: Pack) -> list[dict[str, float]]:
    """Each sentence's WordLlama similarity to every issue, one batch for a whole text."""
    similarity = issue_similarity(pack)
    return [dict(zip(similarity.issues, row.tolist())) for row in similarity.scores(texts)] if texts else []


def disambiguated(hits: list[Span], row: dict[str, float]) -> list[Span]:
    """Issue phrases the sentence is about, by ``row``, the WordLlama similarity of the sentence to the issues'
    cues and scale anchors (``sentence_likeness``): a phrase that is a cue of several issues ("demilitarisation")
    keeps the most similar specific one (talks and war aims only when no other is possible), and a one-word phrase
    whose issue is far down the sentence's ranking is a passing mention ("… said after the summit"); a phrase of
    several words ("Tomahawk cruise missiles", "local pauses") is specific enough to count wherever it ranks."""
    if not hits:
        return hits
    likely = set(sorted(row, key=lambda issue: -row[issue])[:SIMILAR_ISSUES])
    shared: dict[tuple[int, int], list[Span]] = {}
    for h in hits:
        shared.setdefault((h.start, h.end), []).append(h)
    best = {key: max(group, key=lambda h: (h.label_ not in GENERIC_ISSUES, row.get(h.label_, -1.0)))
            for key, group in shared.items()}
    return [h for h in hits if best[(h.start, h.end)] is h and (h.label_ in likely or len(h) > 1)]
