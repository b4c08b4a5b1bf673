"""Actor resolution: every mention of a party, person, body or group in a parsed text, as a contract Actor.

A mention is found by the pack's gazetteer (names, adjectives, capitals, institutions, groups, titles and
sector nouns, matched on the parsed Doc) and by spaCy's entities; the dependency parse then joins titles to
their affiliation ("Ukraine's foreign minister", "Russian troops"), tells a capital that acts from a capital
that is only a place, and carries earlier mentions to surnames, pronouns and "the minister".
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..model import Actor
from ..ontology.schema import Group, Institution, Pack, Person, State, Title
from .attribution import REPORTING_VERBS
from .geography import DOCUMENT_DAY, DOCUMENT_HEADS, dated_code, east_german, former_states
from .syntax import ONE_PERSON, Mention, hyphen_pair, is_stray_clause_subject, plural_origins
from .world_places import city_state, country_of_city

# Prepositions after which a place name is where something happens, not who does it.
LOCATION_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "into", "around", "within",
                  "over", "from", "to", "toward", "towards", "via", "through", "between", "beyond", "of"}
# What two parties have between them as parties, not as places ("talks between Moscow and Kyiv").
DEALINGS = {"talk", "talks", "negotiation", "meeting", "summit", "agreement", "deal", "exchange", "swap", "war",
            "conflict", "dialogue", "relation", "relations", "contact", "treaty", "accord", "ceasefire", "truce",
            "dispute", "rivalry", "tension", "cooperation", "trade", "call", "conversation"}
# Prepositions after which a state or capital is still an actor ("talks with Moscow", "pressure on Kyiv").
ACTOR_PREPS = {"by", "with", "against", "on", "for", "upon", "from"}
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "iobj", "appos", "dative", "conj", "ROOT", "attr"}
PRONOUNS = {"he", "she", "him", "her"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"}
# Words after which "to <capital>" is a destination, not a recipient ("flew to Moscow" vs "aid to Kyiv").
MOTION_WORDS = {"travel", "fly", "go", "come", "arrive", "head", "move", "visit", "trip", "journey", "flight",
                "relocate", "return", "way", "road", "route", "drive", "march", "advance", "push", "get", "bring"}
# Generic heads after which a named body is the actor itself ("the ELN guerrilla group").
GROUP_HEADS = {"group", "movement", "organisation", "organization", "faction", "militia", "gang", "alliance"}
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Nouns of those who act against someone, whose "of" names the victim, not their side ("the hijackers of the TWA
# airliner", "the kidnappers of two Italian aid workers").
AGENTS_AGAINST = {"hijacker", "kidnapper", "captor", "abductor", "attacker", "killer", "assassin", "murderer"}
# Verbs whose object is made by the act, so is no party to it yet ("form free trade unions").
CREATING = {"form", "create", "establish", "found", "build"}
# Verbs of judgement, whose object's "its" is another body's ("the Council condemned its rocket launch").
JUDGING = {"condemn", "denounce", "criticise", "criticize", "deplore", "decry", "welcome", "praise", "applaud",
           "hail", "protest", "slam", "blast"}
# Verbs whose "it" subject is usually no actor ("it is expected", "it seems").
EXPLETIVE_HEADS = {"be", "seem", "appear", "remain", "take", "matter", "happen", "mean", "look", "rain", "become"}
# Surnames that are also common words; they name a person only in full ("Theresa May").
NOT_SURNAMES = {"may", "march", "june", "july", "august", "rice", "young", "long", "king", "love", "little",
                "green", "white", "black", "hill", "price", "brown", "ward", "power"}
# Lower-case particles that open a surname ("de Klerk", "van Rompuy"), capitalised at a sentence's start.
SURNAME_PARTICLES = {"de", "van", "von", "der", "den", "du", "da", "di", "del", "della", "dos", "le", "la"}
# Verbs whose subject, when it is a people ("the Russians"), stands for its government.
DIPLOMATIC_VERBS = {"say", "demand", "reject", "propose", "agree", "insist", "refuse", "offer", "accept", "negotiate",
                    "want", "announce", "claim", "tell", "warn", "accuse", "sign", "insist", "deny", "meet", "call"}
# Words that make a sentence diplomatic, so that ministers in it act in their government role.
DIPLOMATIC_CONTEXT = {"delegation", "talk", "talks", "negotiation", "negotiate", "negotiator", "meet", "meeting",
                      "memorandum", "summit", "plan", "proposal", "envoy", "round", "deal", "agreement", "mediate"}
# Gazetteer entries that name a state: its name, adjective, capital or seat of government.
STATE_KINDS = {"state", "adjective", "capital", "metonym"}
BACKING = {"backed", "sponsored", "funded", "armed", "supported", "allied", "aligned", "leaning", "friendly"}
AFFILIATION_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
STREET_WORDS = {"avenue", "street", "square", "road", "boulevard", "bridge", "airport", "station", "prospekt"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "senator", "sen", "rep", "gen", "general",
              "secretary", "minister", "president", "chancellor", "premier", "pope", "cardinal", "patriarch",
              "ambassador", "envoy", "governor", "mayor", "judge", "justice", "colonel", "admiral", "marshal"}
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "los", "las", "la", "le", "van", "von", "der",
                  "den", "di", "du", "bin", "ibn", "al", "el"}
# Verbs whose object is a place entered or left, not a party dealt with ("troops entered West Beirut").
ENTRY_VERBS = {"enter", "reach", "leave", "encircle", "surround", "evacuate"}
SECOND_RANKS = {"vice", "deputy", "former", "acting", "assistant", "under"}  # "the president" names none of them
# Sector nouns that, singular and definite, name one state's body: "the government", "the army".
STATE_BODIES = {"government", "army", "military", "police", "riot police", "navy", "air force", "armed forces",
                "regime", "administration", "cabinet", "parliament", "legislature", "judiciary", "junta"}
MESSAGES = {"message", "signal", "warning", "reminder", "assurance", "promise", "pledge"}
SCORNED_BODIES = {"regime", "junta"}  # said of another's government, rarely of the speaker's own
# A republic's own civil bodies, which an adjective names as the republic's, not its union's ("Serbian authorities").
REPUBLIC_BODIES = {"government", "authority", "authorities", "parliament", "legislature", "cabinet", "leadership"}
# Verbs by which an official reports what a state does, and titles of officials of a place, not of a government.
# (Narrower than attribution.REPORTING_VERBS: only plain statements, not "warn" or "argue".)
STATEMENT_VERBS = {"say", "tell", "announce", "add", "confirm", "state", "write", "report", "claim", "insist"}
LOCAL_TITLES = {"governor", "mayor"}
# What comes from a capital that acts, not from a place ("calls from Brussels", "pressure from Washington").
MESSAGES = {"call", "pressure", "demand", "request", "warning", "criticism", "offer", "proposal", "objection",
            "protest", "message", "signal", "response", "reply", "appeal", "threat", "condemnation", "rebuke",
            "ultimatum", "invitation", "complaint"}
# Nouns of places that a state's adjective makes that state's ("the Pakistani town of Abbottabad").
PLACE_NOUNS = {"town", "city", "village", "port", "region", "province", "territory", "soil", "airspace", "waters",
               "capital", "cities", "towns", "villages", "regions", "provinces", "coast", "island"}
# Words by which a group serves a state or body ("hackers working for", "militias loyal to").
SERVING = {"work", "link", "tie", "loyal", "affiliate", "answer"}  # lemmas
# Nouns of attacks, which a weapon before them only describes ("a drone strike").
ATTACKS = {"attack", "strike", "raid", "barrage", "assault", "offensive", "bombardment", "shelling", "fire", "salvo"}
# Sectors whose unaffiliated groups belong to the place they are in ("protesters in Tehran").
LOCAL_SECTORS = {"GOV", "MIL", "LEG", "JUD", "CVL", "REB", "OPP"}
# Sectors whose unaffiliated groups belong to the place where their clause's event happens ("gunmen seized the
# parliament in Simferopol").
PLACE_BOUND_SECTORS = {"CVL", "REB"}
HOME_FORCES = {"police", "authorities"}  # bare, acting where the text is set
DESTINATION_PREPS = {"to", "toward", "towards", "into", "onto"}
# People held or exchanged, who are no more of the place where that happens than of the state that holds them.
CAPTIVES = {"hostages"}
# Plural nouns that always stand for several parties ("the delegations would meet again").
SEVERAL_PARTIES = {"sides", "parties", "delegations"}


@dataclass(frozen=True)
class Entry:
    """What a gazetteer phrase stands for."""

    kind: str  # person state adjective capital metonym institution group group_adj title sector place
    ref: object
    plural: bool = False
    exact_case: bool = False
    capitalised: bool = False  # a one-word body written with a capital ("Commission", "the West"), not the common
    # noun


def _plural(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|sh|ch|x)$", word):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Gazetteer:
    """The pack's actor vocabulary, compiled once into phrase matchers and look-up tables."""

    def __init__(self, pack: Pack, nlp: Language):
        self.pack = pack
        self.entries: dict[str, list[Entry]] = {}
        self.spellings: dict[str, set[str]] = {}  # each key's cased forms, which may tokenise apart ("F.W.")
        self.state_by_code: dict[str, State] = {s.code: s for s in pack.states}
        self.former = former_states(pack)
        self.role_index: dict[tuple[str, str | None], list[tuple[object, Person]]] = {}
        for person in pack.people:
            self._add_person(person)
            for role in person.roles:
                self.role_index.setdefault((role.role.lower(), role.org or person.code), []).append((role, person))
        for state in pack.states:
            for name in state.names:
                self._add(name, Entry("state", state))
            for adj in state.adjectives:
                self._add(adj, Entry("adjective", state))
            for dem in state.demonyms:
                self._add(dem, Entry("adjective", state, plural=True))
            for cap in state.capitals:
                self._add(cap, Entry("capital", state))
            for met in state.metonyms:
                self._add(met, Entry("metonym", state))
        for inst in pack.institutions:
            for alias in [inst.name, *inst.aliases]:
                self._add(alias, Entry("institution", inst))
        for group in pack.groups:
            for alias in [group.name, *group.aliases]:
                self._add(alias, Entry("group", group, plural=True))
        for adj, group in (("Western", "the West"), ("European", "Europe")):
            match = next((g for g in pack.groups if g.name.lower() in (group.lower(), group.lower()[4:])), None)
            if match:
                self._add(adj, Entry("group_adj", match))
        for title in pack.titles:
            for alias in [title.title, *title.aliases]:
                self._add(alias, Entry("title", title))
                self._add(_plural(alias), Entry("title", title, plural=True))
        for place in pack.places:
            for alias in [place.name, *place.aliases]:
                self._add(alias, Entry("place", place))
        self.title_words = {w for title in pack.titles for alias in [title.title, *title.aliases]
                            for w in alias.lower().split()} | HONORIFICS
        for sector, nouns in pack.sector_nouns.items():
            for noun in nouns:
                self._add(noun, Entry("sector", sector, plural=noun.endswith("s") and not noun.endswith("ss")))
                if not noun.endswith("s") and noun.islower():
                    self._add(_plural(noun), Entry("sector", sector, plural=True))
        for key, bucket in self.entries.items():  # a surname that is also a place or a body is not a person
            if any(e.kind not in {"person", "title", "sector"} for e in bucket):
                self.entries[key] = [e for e in bucket if not (e.kind == "person" and e.plural)]
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.make_doc
        for key in self.entries:
            forms = {tuple(t.text.lower() for t in make(form)) for form in {key, *self.spellings.get(key, ())}}
            self.matcher.add(key, [Doc(nlp.vocab, words=list(form)) for form in forms])
        self.person_names = {}
        for person in pack.people:
            for alias in [person.name, *person.aliases]:
                self.person_names[alias] = person
        self.person_choices = list(self.person_names)
        self.full_names = {alias.lower(): person for alias, person in self.person_names.items()}
        self.surnames: dict[str, list[Person]] = {}
        for person in pack.people:
            for alias in {person.name, *person.aliases}:
                last = alias.split()[-1]
                if len(last) > 2:
                    self.surnames.setdefault(last, []).append(person)
        self.surname_choices = list(self.surnames)

    def publisher(self, source: str | None, nlp: Language) -> str | None:
        """The one state a publisher's name speaks for ("Office of the President of Ukraine", "Kremlin press
        service"), or None where it names none or several."""
        if not source:
            return None
        words = nlp.make_doc(source)
        codes = {e.ref.code for match_id, _, _ in self.matcher(words)  # type: ignore[union-attr]
                 for e in self.entries.get(nlp.vocab.strings[match_id], [])
                 if e.kind in STATE_KINDS}
        return codes.pop() if len(codes) == 1 else None

    def _add(self, alias: str, entry: Entry) -> None:
        alias = alias.strip()
        if not alias:
            return
        exact = alias.isupper() and len(alias.replace(".", "")) <= 5
        bare = alias[4:] if alias.lower().startswith("the ") and entry.kind == "group" else alias  # "the West",
        # not "the west bank" (but "the alliance" is NATO)
        capitalised = entry.kind in {"institution", "group"} and " " not in bare and bare[:1].isupper()
        entry = Entry(entry.kind, entry.ref, entry.plural, exact, capitalised)
        bucket = self.entries.setdefault(alias.lower(), [])
        self.spellings.setdefault(alias.lower(), set()).add(alias)
        if entry not in bucket:
            bucket.append(entry)
        if alias.lower().startswith("the ") and len(alias) > 5:
            self._add(alias[4:], entry)

    def _add_person(self, person: Person) -> None:
        names = {person.name, *person.aliases}
        for name in names:
            self._add(name, Entry("person", person))
            parts = name.split()
            if len(parts) > 1 and len(parts[-1]) > 2 and parts[-1].lower() not in NOT_SURNAMES \
                    and " of " not in name:
                self._add(parts[-1], Entry("person", person, plural=True))  # plural marks a surname-only alias
                if len(parts) > 2 and parts[-2] in SURNAME_PARTICLES:
                    self._add(" ".join(parts[-2:]), Entry("person", person, plural=True))  # "De Klerk said"
                bare = parts[-1].split("-", 1)[-1]
                if parts[-1].lower().startswith(("al-", "el-")) and len(bare) > 3 and bare.lower() not in NOT_SURNAMES:
                    self._add(bare, Entry("person", person, plural=True))  # "Sharaa" of "Ahmed al-Sharaa"

    def holder(self, role: str, org: str | None, day: date | None) -> Person | None:
        """Who held ``role`` for ``org`` on ``day`` (today's holder when there is no date)."""
        for held, person in self.role_index.get((role.lower(), org), []):
            if held.held_on(day):  # type: ignore[attr-defined]
                return person
        return None

    def fuzzy_person(self, name: str) -> Person | None:
        parts = name.split()
        for choice, _, _ in process.extract(name, self.person_choices, scorer=fuzz.token_sort_ratio,
                                            score_cutoff=85, limit=5):
            other = choice.split()
            if len(parts) > 1 and len(other) > 1 and fuzz.ratio(parts[-1], other[-1]) >= 85 \
                    and fuzz.ratio(parts[0], other[0]) >= 75:
                return self.person_names[choice]
        if " " not in name and len(name) >= 6:
            best = process.extractOne(name, self.surname_choices, scorer=fuzz.ratio, score_cutoff=85)
            if best and len(self.surnames[best[0]]) == 1:
                return self.surnames[best[0]][0]
        return None


_GAZETTEERS: dict[tuple[int, int], Gazetteer] = {}


def gazetteer(pack: Pack, nlp: Language) -> Gazetteer:
    """The compiled gazetteer of ``pack`` for ``nlp``, built once per process."""
    key = (id(pack), id(nlp))
    if key not in _GAZETTEERS:
        _GAZETTEERS[key] = Gazetteer(pack, nlp)
        gc.freeze()  # the pack, the model and the gazetteer live as long as the process: the cyclic collector
        # need not walk their 180,000 containers again on every full collection
    return _GAZETTEERS[key]


def _case_ok(span: Span, entry: Entry, key: str) -> bool:
    if entry.exact_case:
        return span.text.replace(" ", "") == span.text.upper().replace(" ", "") and span.text.lower() == key
    if entry.capitalised:
        return span[-1].text[:1].isupper()
    if entry.kind in {"person", "state", "adjective", "capital", "metonym",
                                                          "group_adj", "place"}:
        return span.text[:1].isupper()
    return True


class DocResolver:
    """Resolves the mentions of one document, remembering people for later surnames and pronouns."""

    def __init__(self, gaz: Gazetteer, day: date | None, home: str | None = None, unnamed: bool = False):
        self.gaz = gaz
        self.day = day
        self.home = home  # the state an official readout speaks for: its "the President" is that state's
        self.unnamed = unnamed  # the readout never names its principal: every bare title of the office is theirs
        self.people: list[Actor] = []  # person actors in order of mention
        self.subjects: list[Actor] = []  # those of them that were grammatical subjects
        self.voices: list[Actor] = []  # those subjects not inside what another is reported to say
        self.sentence_codes: list[str] = []  # states named in the current sentence, in order
        self.last_code: str | None = None  # the last state named before it
        self.local_names: dict[str, Actor] = {}
        self.bodies: list[Actor] = []  # states and organisations in order of mention, for "it"
        self.acting: list[Actor] = []  # those of them that were grammatical subjects, for a sentence's opening "It"

    def enter_sentence(self, codes: list[str]) -> None:
        if self.sentence_codes:
            self.last_code = self.sentence_codes[-1]
        self.sentence_codes = codes

    def dated_code(self, code: str | None) -> str | None:
        """The code a state had on the document's date: RUS in 1985 is the Soviet Union (SUN)."""
        return dated_code(code, self.day, self.gaz.former)

    def dated(self, actor: Actor) -> Actor:
        """``actor`` with the code of its state on the document's date. A known person already has the code
        of the office held then (people.yaml dates each office), so only people without one are re-coded."""
        if actor.kind == "person" and actor.id is not None and self.office_org(actor) is not None:
            return actor
        code = self.dated_code(actor.code)
        if code == actor.code:
            return actor
        former = self.gaz.state_by_code.get(code or "")
        if actor.kind == "state" and former is not None:  # "Moscow" in 1985 is the Soviet Union, by name too
            return actor.model_copy(update={"id": code, "code": code, "name": former.names[0]})
        return actor.model_copy(update={"code": code})

    def office_org(self, actor: Actor) -> str | None:
        person = self.gaz.pack.people_by_id.get(actor.id or "")
        role = self.office(person) if person else None
        return role.org if role else None

    def office(self, person: Person):
        """The office ``person`` held on the document's date (the latest begun, if several)."""
        held = sorted((r for r in person.roles if r.held_on(self.day)), key=lambda r: r.start or date.min)
        return held[-1] if held else None

    def context_code(self) -> str | None:
        """The state an unaffiliated "the army" or "President X" most likely belongs to."""
        return self.sentence_codes[0] if self.sentence_codes else self.last_code

    # -- building actors -------------------------------------------------------------------------
    def person_actor(self, person: Person, text: str) -> Actor:
        """A known person, coded by the office held on the document's date: Kaja Kallas in 2022 is Estonia's
        prime minister (EST), Gorbachev in 1987 the Soviet leader (SUN); with no office, the pack's code."""
        role = self.office(person)
        code = role.org if role and role.org else self.dated_code(person.code)
        return Actor(id=person.id, code=code, sector=(role.sector if role and role.sector else person.sector),
                     kind="person", name=person.name, role=role.role if role else None, text=text)

    @staticmethod
    def state_actor(state: State, text: str, kind: str = "state") -> Actor:
        return Actor(id=state.code, code=state.code, sector="GOV", kind=kind,  # type: ignore[arg-type]
                     name=state.names[0], text=text)

    @staticmethod
    def institution_actor(inst: Institution, text: str) -> Actor:
        return Actor(id=f"{inst.code or 'X'}.{inst.sector or 'X'}.{_slug(inst.name)}", code=inst.code,
                     sector=inst.sector, kind="organization", name=inst.name, text=text)

    @staticmethod
    def group_actor(group: Group, text: str) -> Actor:
        return Actor(id=None, code=group.code, sector=group.sector, kind="group", name=group.name, text=text)

    def choose_person(self, candidates: list[Person]) -> Person:
        """Among people sharing a name, prefer one already named in the text, then the most senior in office
        ("Powell" in 2003 is the Secretary of State, not the prime minister's chief of staff)."""
        mentioned = {a.id for a in self.people}
        for person in candidates:
            if person.id in mentioned:
                return person
        levels = self.gaz.pack.levels
        rank = {level: i for i, level in enumerate(levels)}
        in_office = [min((rank.get(r.level or "", len(levels)) for r in p.roles if r.held_on(self.day)),
                         default=None) for p in candidates]
        ranked = [(r, i) for i, r in enumerate(in_office) if r is not None]
        return candidates[min(ranked)[1]] if ranked else candidates[0]

    def principal(self, title: Title) -> Actor | None:
        """Who a bare title in an official readout stands for: its own state's holder of the office, unless the
        text has named another holder and not that one ("Zelensky met Prime Minister Starmer. The Prime
        Minister …")."""
        person = self.gaz.holder(title.role, self.home, self.day) if self.home and title.role else None
        if person is None or not self.unnamed and self.recall(title, None) and not any(
                a.id == person.id for a in self.people):
            return None
        return self.person_actor(person, title.title)

    def recall(self, title: Title | None, code: str | None) -> Actor | None:
        """The latest person named so far who fits a bare title ("the minister") and affiliation, a subject before
        an object ("Zelensky spoke with the President of France. The President thanked him": Zelensky)."""
        words = set((title.role or title.title).lower().split()) if title else set()
        for actor in [*reversed(self.subjects[-12:]), *reversed(self.people[-12:])]:
            if code and actor.code != code:
                continue
            role = set(actor.role.lower().split()) if actor.role else set()
            if words and not (words & role and not (role - words) & SECOND_RANKS):
                continue  # "the president" is not the vice-president named before
            return actor
        return None

    def remember(self, actor: Actor, subject: bool = False, singular: bool = False, reported: bool = False) -> None:
        """Keep a mention for later pronouns and titles; a singular group ("the Kyiv delegation") can be "it";
        ``reported``: a subject inside what another is said to say ("Trump said Putin had gone crazy")."""
        if actor.code and (actor.kind in {"state", "organization"} or actor.kind == "group" and singular):
            self.bodies.append(actor)
            if subject:
                self.acting.append(actor)
        if actor.kind == "person" and actor.name:
            self.people.append(actor)
            if subject:
                self.subjects.append(actor)
                if not reported:
                    self.voices.append(actor)

    def antecedent(self, pronoun: Token, here: list[Mention]) -> Actor | None:
        """Who "he", "she", "him" or "her" stands for: the speaker of a reporting clause, else the latest
        other person in the sentence for an object, else the latest subject who is no one's reported subject
        ("Trump said Putin had gone crazy. Asked …, he said": Trump), else the latest person; "she" and
        "her" the latest woman the pack knows among them first, "he" and "him" never one."""
        people = [m for m in here if m.actor.kind == "person" and m.actor.name and m.end <= pronoun.i
                  and self._fits(pronoun, m.actor)]
        if pronoun.lower_ in {"he", "she"}:
            speakers = [m for m in here if m.end <= pronoun.i and self._fits(pronoun, m.actor) and (
                m.actor.kind == "person" and m.actor.name or m.actor.code
                and pronoun.doc[m.end - 1].lemma_.lower() in ONE_PERSON)]  # also "the Russian leader said he …"
            verb = pronoun.head
            while verb.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and verb.head.i != verb.i:
                verb = verb.head
                for m in speakers:
                    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in m.tokens for c in verb.children):
                        return m.actor
            topic = next((m.actor for m in reversed(people) if _topic_owner(pronoun.doc[m.end - 1])), None)
            return topic or self.latest(pronoun, self.voices) or self.latest(pronoun, self.subjects)\
                or self.latest(pronoun, self.people)
        subject = _subject_words(pronoun.head)
        others = [m.actor for m in people if not (m.tokens & subject)]
        return self.latest(pronoun, others) or self.latest(pronoun, self.people)

    def _gender(self, actor: Actor) -> str | None:
        person = self.gaz.pack.people_by_id.get(actor.id or "")
        return person.gender if person is not None else None

    def _fits(self, pronoun: Token, actor: Actor) -> bool:
        return self._gender(actor) != ("m" if pronoun.lower_ in {"she", "her"} else "f")

    def latest(self, pronoun: Token, actors: list[Actor]) -> Actor | None:
        """The latest of ``actors`` the pronoun can stand for, a woman first for "she" and "her"."""
        fitting = [a for a in actors if self._fits(pronoun, a)]
        women = [a for a in fitting if self._gender(a) == "f"] if pronoun.lower_ in {"she", "her"} else []
        return (women or fitting or [None])[-1]


def _topic_owner(word: Token) -> bool:
    """Whether a name owns the subject of its sentence's main clause: "Putin's aim has not shifted: he wants …"."""
    return word.dep_ == "poss" and word.head.dep_ == "nsubj" and word.head.head.dep_ in {"ROOT", "ccomp"}


def _left_edge(token: Token, floor: int) -> int:
    """First token of the phrase ``token`` heads, without leading determiners and punctuation."""
    i = token.left_edge.i
    while i < token.i and (token.doc[i].pos_ in {"DET", "PUNCT", "CCONJ"} or token.doc[i].dep_ in {"det", "punct"}):
        i += 1
    return max(i, floor)


def _past_of_state(title: Span, by_token: dict[int, tuple[Span, list[Entry]]]) -> int:
    """Where a title's "of the United States" ends, or the title's own end when none follows."""
    doc, i = title.doc, title.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        found = by_token.get(i)
        if found and any(e.kind == "state" for e in found[1]):
            return found[0].end
    return title.end


def _after_of(token: Token) -> bool:
    """Whether a word follows "of" or "of the" ("the President of the United States")."""
    i = token.i - 1
    if i >= 0 and token.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and token.doc[i].lower_ == "of"


def _reporting_verb(token: Token) -> Token | None:
    """The reporting verb whose clause a token is in: the head of that clause ("Trump said Putin had gone
    crazy") or a parenthetical beside it ("If Putin did not come, he said, the talks …")."""
    verb, below = token.head, token
    while True:
        aside = next((c for c in verb.children if c.dep_ == "parataxis" and c.lemma_ in REPORTING_VERBS
                      and c.i != below.i), None)
        if aside is not None:
            return aside
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return None
        if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING_VERBS:
            return verb.head
        verb, below = verb.head, verb


def _speaker_code(noun: Token, mentions: list[Mention], res: DocResolver) -> str | None:
    """The state of who says the clause a noun is in: "Rubio said the administration wanted a ceasefire", also
    when "he" or "she" says it (pronouns are resolved after nouns)."""
    verb = _reporting_verb(noun) or _message_verb(noun)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is not None and subject.lower_ in {"he", "she"}:
        return getattr(res.antecedent(subject, mentions), "code", None)
    return next((m.actor.code for m in mentions if subject is not None and subject.i in m.tokens), None)


def _message_verb(noun: Token) -> Token | None:
    """The verb of who sends a message that a clause spells out: "Bessent described the deal as a message to
    Moscow that the administration wants …" (the clause of a message noun, not a reporting verb's)."""
    clause = next((t for t in noun.ancestors if t.dep_ in {"acl", "ccomp"} and t.head.pos_ == "NOUN"), None)
    if clause is None or clause.head.lemma_.lower() not in MESSAGES:
        return None
    return next((t for t in clause.head.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _their_person(noun: Token, res: DocResolver) -> Actor | None:
    """Whose "his" or "her" a title is ("Putin met Erdogan. His spokesman said …"): the latest subject named, a
    woman for "her", never one for "his"."""
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if pronoun is None:
        return None
    return res.latest(pronoun, res.subjects) or res.latest(pronoun, res.people)


def _standing_alone(token: Token) -> bool:
    """Whether a capitalised word the tagger read as a common noun acts on its own as a subject or object
    ("Trump met Putin"), not as a modifier of another noun ("Trump card", "Bush fires")."""
    return token.text[:1].isupper() and token.pos_ == "NOUN" and token.dep_ in ARGUMENT_DEPS


def _beside_a_name(token: Token) -> bool:
    """Whether a capitalised word the tagger did not read as a name is conjoined with one ("Bessent and
    Svyrydenko signed")."""
    return token.text[:1].isupper() and any(c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in token.conjuncts)


def _named_head(token: Token) -> Token:
    """The noun a run of names modifies ("talks" for "Russia" in "Russia-Ukraine talks")."""
    head = token.head
    while head.dep_ in {"compound", "amod"} and head.pos_ == "PROPN" and head.head.i != head.i:
        head = head.head
    return head


def _is_place(token: Token, entry: Entry) -> bool:
    """Whether a state or capital name stands for a place here rather than for an acting government."""
    if token.dep_ in {"compound", "amod"} and hyphen_pair(token) and _named_head(token).lemma_.lower() in DEALINGS:
        return False  # "Russia-Ukraine talks", "US-Russia relations": the two parties of the dealings
    if token.dep_ == "compound" or token.dep_ == "amod":
        return True
    if token.dep_ == "dobj" and entry.kind == "capital" and token.head.lemma_ in ENTRY_VERBS:
        return True
    if token.dep_ == "pobj":
        prep, governor = token.head.lower_, token.head.head
        if is_stray_clause_subject(token):
            return False  # "as Riyadh broke relations": the subject of a clause the parse misread
        if prep == "to":
            return governor.lemma_ in MOTION_WORDS
        if prep == "between" and governor.lemma_.lower() in DEALINGS:
            return False  # "talks between Russia and Ukraine", not "the border between" them
        if entry.kind in {"capital"}:
            if prep == "from" and governor.lemma_.lower() in MESSAGES:
                return False  # "calls from Brussels", "pressure from Washington"
            return prep not in ACTOR_PREPS - {"from"}
        return prep in LOCATION_PREPS and prep != "from" or prep == "from" and governor.pos_ == "VERB"
    if entry.kind == "capital" and token.dep_ not in ACTOR_DEPS:
        return True
    return False


def _match_spans(gaz: Gazetteer, doc: Doc) -> dict[tuple[int, int], list[Entry]]:
    found = {}
    for match_id, start, end in gaz.matcher(doc):
        key = doc.vocab.strings[match_id]
        span = doc[start:end]
        entries = [e for e in gaz.entries.get(key, []) if _case_ok(span, e, key)]
        if entries:
            found[(start, end)] = entries
    for (start, end), entries in list(found.items()):  # "North and South Korea", "East and West Germany"
        if start >= 2 and end - start >= 2 and doc[start - 1].lower_ in {"and", "or"} and \
                doc[start - 2].text[:1].isupper() and any(e.kind == "state" for e in entries) and \
                not any(s <= start - 2 < e for s, e in found):
            twin = [e for e in gaz.entries.get(f"{doc[start - 2].lower_} {doc[start + 1:end].text.lower()}", [])
                    if e.kind == "state"]
            if twin:
                found[(start - 2, start - 1)] = twin
    return _joined_names(found)


def _joined_names(found: dict[tuple[int, int], list[Entry]]) -> dict[tuple[int, int], list[Entry]]:
    """Overlapping names of one person read as one: "President Xi" and "Xi Jinping" in "President Xi Jinping"."""
    by_start: dict[int, list[tuple[int, int]]] = {}
    for key in found:
        by_start.setdefault(key[0], []).append(key)
    for (start, end), entries in list(found.items()):
        people = {id(e.ref) for e in entries if e.kind == "person"}
        for later in (k for i in range(start + 1, end) for k in by_start.get(i, []) if k[1] > end):
            shared = [e for e in found[later] if e.kind == "person" and id(e.ref) in people and not e.plural]
            if shared:
                found.setdefault((start, later[1]), shared)
    return found


def resolve_doc(doc: Doc, gaz: Gazetteer, resolver: DocResolver) -> list[tuple[int, int, Actor]]:
    """Every actor mention in ``doc`` as (start token, end token, Actor), in text order."""
    DOCUMENT_DAY.set(resolver.day)  # place look-ups of this document are read on its date
    matches = _match_spans(gaz, doc)
    out: list[Mention] = []
    for sent in doc.sents:
        out.extend(_resolve_sentence(doc, sent, matches, gaz, resolver))
    return [(m.start, m.end, m.actor) for m in sorted(out, key=lambda m: m.start)]


AFFILIATION_KINDS = ("state", "adjective", "capital", "metonym", "group_adj", "group", "institution")


def _affiliations(noun: Token, span: Span, found: dict[int, list[Entry]]) -> list[tuple[Token, Entry]]:
    """The states, groups or bodies a title or sector noun belongs to: "Russian", "Ukraine's", "of Turkey"."""
    result = []
    candidates = [t for t in span if t.i < noun.i and t.i in found]
    candidates += [c for c in noun.children if c.dep_ in AFFILIATION_DEPS]
    # "Ukrainian officials and advisers from Britain": a phrase after the second of two nouns goes with it,
    # though the parser hangs it on the first; the first keeps it only when it has no affiliation of its own
    conj = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}), None)
    own = any(c.i in found for c in candidates)
    preps = [c for c in noun.children if c.dep_ == "prep" and not (conj is not None and own and c.i > conj.i)]
    if noun.dep_ == "conj" and noun.head.i < noun.i:
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    for prep in (c for c in preps if c.lower_ in {"of", "from", "for"}
                 and not (c.lower_ == "of" and noun.lemma_.lower() in AGENTS_AGAINST)):
        candidates += [c for c in prep.children if c.dep_ == "pobj"]
    for link in (c for c in noun.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in SERVING):
        # "hackers working for North Korea's government", "militias loyal to Moscow"
        candidates += [o for p in link.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # "judges at the ICC", "diplomats at the UN": a body where they work, but not a place where they are
    at_body = [c for prep in preps if prep.lower_ == "at" for c in prep.children if c.dep_ == "pobj"
               and any(e.kind == "institution" for e in found.get(c.i, []))]
    candidates += at_body
    if noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.tag_ not in {"NNS", "NNPS"} and any(
            e.kind == "adjective" and not e.plural for e in found.get(noun.head.i, [])):
        candidates.append(noun.head)  # "Angolan and South African negotiators", misread as "Angolan" and the rest
    for cand in list(candidates):
        candidates += [c for c in cand.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < cand.i
                       or c.dep_ == "npadvmod" and cand.lower_ == "led"]  # "US-led forces" are US forces
    for cand in candidates:  # "Russian, Ukrainian and US delegations": each conjunct, however deep
        candidates += [c for c in cand.children if c.dep_ == "conj" and c not in candidates]
    seen = set()
    for cand in (c for c in candidates if not _aligned(c)):
        for kind in ("institution",) if cand in at_body else AFFILIATION_KINDS:
            entry = next((e for e in found.get(cand.i, []) if e.kind == kind), None)
            if entry is not None and cand.i not in seen and not any(e.ref is entry.ref for _, e in result):
                seen.add(cand.i)  # one affiliation per party: "East" and "Germany" in "East Germany's" are one
                result.append((cand, entry))
                break
    # "Bosnian Serb forces", "Kosovo Albanian negotiators": the second word names the people, the first the state
    # they belong to; "ethnic Armenian forces" are Armenians by descent, not Armenia's
    kept: list[tuple[Token, Entry]] = []
    for cand, entry in result:
        if entry.kind == "adjective" and cand.i > 0 and cand.nbor(-1).lower_ == "ethnic":
            continue
        before = next((e for e in found.get(cand.i - 1, []) if e.kind in STATE_KINDS), None) \
            if entry.kind == "adjective" and cand.i > 0 and not cand.is_sent_start else None
        if before is not None:
            cand, entry = cand.nbor(-1), before
        if not any(e.ref is entry.ref for _, e in kept):
            kept.append((cand, entry))
    return sorted(kept, key=lambda pair: pair[0].i)  # in text order: the last one names the whole phrase


def _aligned(tok: Token) -> bool:
    """Whether a state word only says whom a group sides with or against: "pro-Russian", "anti-Western",
    "Russian-backed"."""
    return tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ in {"pro", "anti"} or \
        tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and tok.nbor(2).lower_ in BACKING


def _affiliation_index(matches: dict[tuple[int, int], list[Entry]]) -> dict[int, list[Entry]]:
    """Every token inside a gazetteer match that can give an affiliation, with those entries."""
    index: dict[int, list[Entry]] = {}
    for (start, end), entries in sorted(matches.items(), key=lambda kv: kv[0][0] - kv[0][1]):  # longest first
        useful = [e for e in entries if e.kind in AFFILIATION_KINDS]
        for i in range(start, end):
            if index.get(i):
                continue  # "Warsaw" in "Warsaw Pact" is the pact's, not Poland's
            index.setdefault(i, []).extend(e for e in useful if e not in index.get(i, []))
    return index


def _resolve_sentence(doc: Doc, sent: Span, matches, gaz: Gazetteer, res: DocResolver) -> list[Mention]:
    spans = filter_spans([doc[s:e] for (s, e) in matches if sent.start <= s and e <= sent.end])
    by_token: dict[int, tuple[Span, list[Entry]]] = {}
    for span in spans:
        for tok in span:
            by_token[tok.i] = (span, matches[(span.start, span.end)])
    aff_index = _affiliation_index({k: v for k, v in matches.items() if sent.start <= k[0] and k[1] <= sent.end})
    res.enter_sentence([e.ref.code for i in sorted(aff_index) for e in aff_index[i][:1]  # type: ignore[union-attr]
                        if e.kind in STATE_KINDS and not _aligned(doc[i])])
    covered: set[int] = set()
    mentions: list[Mention] = []
    ents = list(sent.ents)  # read once: each ``sent.ents`` walks the whole document's entities
    places = _places(spans, matches, ents, res.day)
    bodies_before, acting_before = len(res.bodies), len(res.acting)

    def add(start: int, end: int, actor: Actor, extra: set[int] | None = None, own: bool = False) -> None:
        toks = set(range(start, end)) | (extra or set())
        covered.update(toks)
        actor = actor if own else res.dated(actor)
        mentions.append(Mention(start, end, actor, toks))
        head = doc[start:end].root
        subject = head if head.dep_ in {"nsubj", "nsubjpass"} else head.head
        res.remember(actor, head.dep_ in {"nsubj", "nsubjpass"} or head.head.dep_ in {"nsubj", "nsubjpass"}
                     and (head.dep_ in {"compound", "appos"} or _owns_paper(head)), head.tag_ in {"NN", "NNP"},
                     _reporting_verb(subject) is not None)

    # 1. People: gazetteer names, then spaCy PERSON entities, each with its titles and epithets.
    person_spans: list[tuple[Span, Person | None]] = []
    for span in spans:
        entries = matches[(span.start, span.end)]
        people = [e.ref for e in entries if e.kind == "person"]
        if len(span) == 1 and not (span[0].pos_ == "PROPN" or span[0].ent_type_ in NAME_ENTITIES
                                   or _beside_a_name(span[0]) or _standing_alone(span[0]))\
                or span[0].ent_type_ in {"DATE", "TIME"}:
            people = []
        before = doc[span.start - 1] if span.start > sent.start else None
        if people and before is not None and before.lower_ in NAME_PARTICLES and before.i > sent.start \
                and all(e.plural for e in entries if e.kind == "person"):
            first = before.i
            while first > sent.start and doc[first - 1].lower_ in NAME_PARTICLES:
                first -= 1
            if first > sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
                people = []  # "Epifanio de los Santos" is not a Santos of the pack
        if people and before is not None and before.pos_ == "PROPN" and before.i not in by_token \
                and before.text[:1].isupper() and before.lower_.rstrip(".") not in gaz.title_words \
                and before.ent_type_ not in {"DATE", "TIME"}:
            # "Mehmet Yilmaz" is not Mesut Yilmaz: a surname after another given name is someone else
            people = [p for p in people if any(f"{before.text} {span.text}".lower() == a.lower()
                                               for a in [p.name, *p.aliases])]
        if people and all(e.plural for e in entries if e.kind == "person") and (
                _given_name(span, sent, by_token) or _word_of_other_name(span, people, by_token, res.day, ents)):
            people = []
        if people and not any(e.kind in {"state", "institution", "place"} for e in entries):
            local = res.local_names.get(span.text)
            person_spans.append((span, None if local else res.choose_person(people)))  # type: ignore[arg-type]
    person_spans[:0] = _nicknamed(sent, gaz)
    taken = {t.i for s, _ in person_spans for t in s}
    taken |= {i for i, (_, entries) in by_token.items()
              if any(e.kind in {"state", "capital", "metonym", "institution", "group", "adjective", "place"}
                     for e in entries)}
    inside_nouns = {i for span in spans if any(e.kind == "sector" for e in matches[(span.start, span.end)])
                    for i in range(span.start, span.end)}
    for ent in ents:
        if ent.label_ == "PERSON" and not any(t.i in taken for t in ent) and ent[-1].lower_ not in STREET_WORDS \
                and not all(t.i in inside_nouns for t in ent):  # "Riot" in "Riot police" is no one
            person_spans.append((ent, None))
    for span, person in sorted(person_spans, key=lambda p: p[0].start):
        if any(t.i in covered for t in span):
            continue
        head = span.root
        start = min(span.start, _left_edge(head, sent.start))
        for i in range(span.start - 1, start - 1, -1):  # a misparse must not fold "Trump hosted" into Zelensky
            if i in covered or doc[i].pos_ in {"VERB", "AUX"} or doc[i].ent_type_ in {"DATE", "TIME"}:
                start = i + 1  # nor "on Saturday" into "Saturday Vladimir Putin"
                break
        if start < span.start and doc[start].i in by_token and _after_of(doc[start]):
            start = span.start  # "President of France Emmanuel Macron": France belongs to the title
        text = doc[start:span.end].text
        if person is not None:
            actor = res.person_actor(person, text)
        elif span.text in res.local_names:
            actor = res.local_names[span.text].model_copy(update={"text": text})
        else:
            known = gaz.fuzzy_person(span.text)
            if known:
                actor = res.person_actor(known, text)
            else:
                actor = _unknown_person(span, doc[start:span.start], by_token, res)
                res.local_names[span.text] = actor
                res.local_names[span[-1].text] = actor
        add(start, span.end, actor)
    # 2. Titles and sector nouns with their affiliation: "Ukraine's foreign minister", "Russian troops".
    for span in spans:
        if any(t.i in covered for t in span):
            continue
        entries = matches[(span.start, span.end)]
        role_entry = next((e for e in entries if e.kind in {"title", "sector"}), None)
        if role_entry is None:
            continue
        noun = span.root
        named_at = _past_of_state(span, by_token)  # "President of the United States Donald Trump"
        following = next((m for m in mentions if m.start == named_at and m.actor.kind == "person"), None)
        if following is not None and role_entry.kind == "title":
            following.start = span.start
            following.actor = following.actor.model_copy(update={"text": doc[span.start:following.end].text})
            covered.update(range(span.start, named_at))
            continue
        if _describes_person(span, mentions):
            continue
        if role_entry.kind == "title" and len(span) == 1 and span[0].pos_ == "ADJ" and span[0].dep_ == "amod":
            continue  # "a general strike" names no general
        affs = _affiliations(noun, span, aff_index)
        first_word = doc[_left_edge(noun, sent.start)].lower_
        definite = doc[max(_left_edge(noun, sent.start) - 1, sent.start)].lower_ == "the" or \
            doc[_left_edge(noun, sent.start)].lower_ == "the"
        # "the government", "the army": a state's body, in the country the sentence is about
        body = role_entry.kind == "sector" and definite and noun.tag_ not in {"NNS", "NNPS"} \
            and span.text.lower() in STATE_BODIES and noun.dep_ not in {"compound", "amod"}
        if not affs and role_entry.kind == "sector" and not body and (noun.dep_ in {"compound", "amod"} or not (
                noun.tag_ in {"NNS", "NNPS"} or first_word in {"both", "two", "the", "its", "their"}
                or noun.lower_ in HOME_FORCES)):  # "Police" opening a sentence, parsed as a name
            continue
        if role_entry.kind == "sector" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in CREATING:
            continue  # "the right to form free trade unions": a body yet to be made is no party
        if role_entry.ref == "MIL" and _weapon_modifier(noun):
            continue  # "a US drone strike", "a Russian missile and drone attack": the attack is the thing
        if role_entry.kind == "sector" and noun.dep_ == "compound" and noun.head.i >= span.end and any(
                e.kind == "sector" for e in by_token.get(noun.head.i, (None, []))[1]):
            continue  # "US Navy helicopters" are one group, named by its last noun
        title = role_entry.ref if role_entry.kind == "title" else None
        base_sector = title.sector if title else role_entry.ref  # type: ignore[union-attr]
        plural = role_entry.kind == "sector" or role_entry.plural or noun.tag_ in {"NNS", "NNPS"}
        targets = affs or [(None, None)]
        owned = next((m for c in noun.children if c.dep_ in {"poss", "compound"} for m in mentions
                      if c.i in m.tokens and m.actor.kind == "person"), None)
        owner = owned.actor if owned else _their_person(noun, res)
        if owned is not None and doc[owned.end - 1].dep_ == "compound" and body:
            mentions.remove(owned)  # "the Reagan administration" is one actor, not Reagan and his staff
        for aff_tok, aff in targets:
            code, group = _code_of(aff)
            fixed = aff is None and title is not None and title.org is not None
            if fixed:  # "the pope" is the Vatican's, wherever he speaks
                code = title.org  # type: ignore[union-attr]
            elif aff is None and owner is not None:  # "Putin's top officials", "the Reagan administration"
                code = owner.code
            elif aff is None and role_entry.kind == "sector" and (body or first_word in {"its", "their"}):
                code = first_word in {"its", "their"} and _clause_subject_code(noun, by_token) or \
                    body and (_placed_in(noun, places) or span.text.lower() not in SCORNED_BODIES
                             and _speaker_code(noun, mentions, res)) or res.context_code()
                # "the government in Luanda", "Rubio said the administration …"
            elif aff is None and role_entry.kind == "sector" and not _from_many(noun):
                code = _local_code(noun, base_sector, places, res)
            igo = aff is not None and aff.kind == "institution" and aff.ref.sector == "IGO"  # type: ignore[union-attr]
            armed = aff is not None and aff.kind == "institution" and aff.ref.sector == "REB"  # type: ignore[union-attr]
            sector = "IGO" if igo else "REB" if armed and base_sector == "MIL" else base_sector  # "Taliban fighters"
            if aff_tok is not None and aff_tok.i < span.start and len(targets) > 1 and aff_tok.i != targets[-1][0].i:
                start, end = aff_tok.i, aff_tok.i + 1  # "Russian" in "Russian and Ukrainian negotiators"
            else:
                start = _left_edge(noun, sent.start)
                if aff_tok is not None and aff_tok.i < span.start:
                    start = min(start, aff_tok.i)
                named = {i for m in mentions if m.actor.kind == "person" for i in m.tokens}
                for i in range(span.start - 1, start - 1, -1):  # not over a person named before it
                    if i in named:
                        start = i + 1
                        while start < span.start and doc[start].pos_ in {"CCONJ", "PUNCT", "DET"}:
                            start += 1
                        break
                end = max(span.end, aff_tok.i + 1) if aff_tok is not None else span.end
            text = doc[start:end].text
            actor = None
            if title and not plural:
                by_state = aff is not None and (aff.kind in STATE_KINDS or igo)
                holder = gaz.holder(title.role, code, res.day) if title.role and code and (by_state or fixed) else None
                principal = res.principal(title) if aff is None and definite and not holder else None
                recalled = None if holder or principal else res.recall(title, code)
                if holder:
                    actor = res.person_actor(holder, text)
                elif principal:
                    actor = principal.model_copy(update={"text": text})
                elif recalled and (code or definite):  # "the president", after "Vladimir Putin"
                    actor = recalled.model_copy(update={"text": text})
            if actor is None and title and not plural and definite and code is None and owner is None:
                code = _speaker_state(noun, title, by_token, places)  # "…, the defence minister said"
            if actor is None:
                kind = "organization" if body else "group" if plural else "person"
                actor = Actor(id=None, code=code, sector=sector, kind=kind,  # type: ignore[arg-type]
                              name=group.name if group is not None and plural else None,
                              role=None if plural or title is None else (title.role or title.title), text=text)
            # "the presidents of Bosnia, Serbia and Croatia" (1995), "the leaders of Russia, Ukraine and Belarus"
            # (December 1991), "Serbia's government", "Serbian authorities" (2001): a republic named for its own
            # offices and bodies is itself, though "Serbian negotiators" and "Serb forces" were Yugoslavia's
            own = aff is not None and sector in {"GOV", "LEG"} and actor.id is None and (
                aff.kind == "state" or aff.kind == "adjective" and noun.lemma_.lower() in REPUBLIC_BODIES)
            add(start, end, actor, {aff_tok.i} if aff_tok is not None else None, own)
    # 3. Institutions, states, capitals and groups that act.
    for span in spans:
        if any(t.i in covered for t in span):
            continue
        entries = matches[(span.start, span.end)]
        # of two bodies of one name, the one of a state the sentence names ("Islamic Jihad" in Beirut is Lebanese)
        here = set(res.sentence_codes) | {code for _, code in places}
        entry = next((e for kind in ("institution", "group", "metonym", "state", "capital") for e in
                      sorted(entries, key=lambda e: getattr(e.ref, "code", None) not in here) if e.kind == kind), None)
        if entry is None:
            continue
        root = span.root
        city = next((e for e in entries if e.kind == "capital"), None)
        if entry.kind in {"state", "capital", "metonym"} and _is_place(root, entry) or city and _is_place(root, city):
            continue
        if entry.kind == "institution" and root.dep_ == "compound" and root.head.i >= span.end \
                and root.head.lemma_.lower() not in GROUP_HEADS:
            continue  # "the EU proposal", but "the ELN guerrilla group" is the ELN
        after = doc[span.end] if span.end < sent.end else None
        if entry.kind == "group" and after is not None and after.text[:1].isupper() and (
                after.pos_ in {"PROPN", "NOUN"} and after.ent_iob_ == "I" or root.head.i == after.i and
                root.dep_ == "compound" and after.pos_ == "PROPN"):
            continue  # "West" in "West Beirut" or "the West Bank" is part of a place name
        if entry.kind == "institution" and _inside_longer_name(span, by_token):
            continue  # "Congress" in "the Indian National Congress" is another body
        start = _left_edge(root, sent.start) if entry.kind in {"institution", "group"} else span.start
        start = max(min(start, span.start), sent.start)
        text = doc[start:span.end].text
        if entry.kind == "institution":
            actor = res.institution_actor(entry.ref, text)  # type: ignore[arg-type]
            if entry.capitalised and (earlier := _named_before(span.text, res.bodies)) is not None:
                actor = earlier.model_copy(update={"text": text})  # "the Council", after "the Security Council"
            if (state := _state_of_body(root, span, aff_index)) and state.code != actor.code:
                actor = actor.model_copy(update={"id": None, "code": state.code,
                                                 "sector": "GOV" if actor.sector == "IGO" else actor.sector})
        elif entry.kind == "group":
            actor = res.group_actor(entry.ref, text)  # type: ignore[arg-type]
        elif entry.kind == "metonym":
            actor = res.state_actor(entry.ref, text, "organization")  # type: ignore[arg-type]
        else:
            actor = res.state_actor(entry.ref, text)  # type: ignore[arg-type]
        # "Serbia handed Milosevic over" (2001): a republic that acts under its own name is itself, though its
        # capital ("Belgrade") and the places in it stand for the union it was part of
        add(start, span.end, actor, own=entry.kind == "state" and root.dep_ in {"nsubj", "nsubjpass"})
    # 4. Demonyms standing alone ("the Russians rejected..."), pronouns, and unknown organisations.
    for span in spans:
        if any(t.i in covered for t in span):
            continue
        entry = next((e for e in matches[(span.start, span.end)] if e.kind == "adjective" and e.plural), None)
        if entry and span.root.dep_ in ACTOR_DEPS | {"pobj"}:
            state: State = entry.ref  # type: ignore[assignment]
            official = span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.lemma_ in DIPLOMATIC_VERBS or \
                span.root.dep_ == "pobj" and span.root.head.lower_ == "with" and \
                span.root.head.head.lemma_.lower() in DIPLOMATIC_VERBS | DEALINGS  # "sign anything with the Russians"
            start = _left_edge(span.root, sent.start)
            ethnic = span.start > sent.start and doc[span.start - 1].lower_ == "ethnic"  # "ethnic Turks" in Bulgaria
            code = _local_code(span.root, "CVL", places, res) if ethnic else state.code
            add(start, span.end, Actor(id=None, code=code, sector="GOV" if official else "CVL", kind="group",
                                       name=None if ethnic else state.names[0], text=doc[start:span.end].text),
                own=ethnic)
    for tok in sent:
        if tok.lower_ in PRONOUNS and tok.i not in covered and tok.pos_ == "PRON":
            recalled = res.antecedent(tok, mentions)
            if recalled:
                add(tok.i, tok.i + 1, recalled.model_copy(update={"text": tok.text}))
    for tok in sent:
        if tok.lower_ == "it" and tok.dep_ in {"nsubj", "dobj", "pobj"} and tok.i not in covered and res.bodies \
                and tok.head.lemma_ not in EXPLETIVE_HEADS and not any(c.dep_ in {"ccomp", "xcomp"} and
                                                                       c.i > tok.head.i for c in tok.head.children
                                                                       if tok.head.lemma_ == "be"):
            here = _bodies_before(tok, mentions)
            if tok.dep_ == "dobj":  # "Washington urged it to stay out": an object is not its own verb's subject
                doer = _subject_words(tok.head)
                here = [m for m in here if not m.tokens & doer]
            saying = tok.dep_ == "nsubj" and tok.head.lemma_ in REPORTING_VERBS
            if saying:  # "Sanctions could be lifted if Moscow breaks its commitments, it says": not Moscow
                here = [m for m in here if getattr(_reporting_verb(doc[m.start:m.end].root), "i", None) != tok.head.i]
            # "Russia's Defence Ministry said it …": the body that reports, else the latest named before it
            speaker = _speaking_body(tok, here)
            before = res.acting[:acting_before] if (tok.is_sent_start or saying) and acting_before \
                else res.bodies[:bodies_before]
            body = speaker or (here[-1].actor if here else next((b for b in reversed(before)), None))
            if body is not None:
                add(tok.i, tok.i + 1, body.model_copy(update={"text": tok.text}))
    for tok in sent:
        if tok.lower_ == "its" and tok.dep_ == "poss" and tok.i not in covered and _judged(tok.head):
            body = _judged_body(tok, _bodies_before(tok, mentions), res.bodies[:bodies_before])
            if body is not None:
                add(tok.i, tok.i + 1, body.model_copy(update={"text": tok.text}))
    for ent in ents:
        if ent.label_ == "ORG" and not any(t.i in covered for t in ent) and not _place_phrase(ent, by_token) \
                and not _one_member(ent) and ent.root.lower_ not in DOCUMENT_HEADS:
            code, sector = _code_in(ent, by_token)
            if code is None and (owner := _owner(ent.root, mentions)) is not None:
                code = owner.code  # "the Soviet Communist Party's Central Committee"
            code = code or _based_in(ent.root, places)
            add(ent.start, ent.end, Actor(id=None, code=code, sector=sector, kind="organization",
                                          name=ent.text, text=ent.text))
    acted = {id(m.actor): m for m in mentions}  # a sentence's opening "It" recalls its outermost subject first
    res.acting[acting_before:] = sorted(res.acting[acting_before:], key=lambda a: _rank(acted.get(id(a)), doc))
    if DIPLOMATIC_CONTEXT & {t.lemma_.lower() for t in sent}:
        for m in mentions:  # a defence minister at the table acts for the government (actors.md, sector by role)
            role = m.actor.role or ""
            if m.actor.sector == "MIL" and m.actor.kind == "person" and ("minister" in role or "secretary" in role):
                m.actor = m.actor.model_copy(update={"sector": "GOV"})
    return mentions


def _depth(token: Token) -> int:
    """How many clauses deep a subject's verb is, conjuncts counting as one clause."""
    verb = token.head
    return sum(1 for t in (verb, *verb.ancestors) if t.head.i != t.i and t.dep_ != "conj")


PAPERS = DOCUMENT_HEADS | {"document", "plan", "roadmap", "draft", "paper", "proposal", "proposals", "blueprint",
                           "framework", "letter", "note", "text"}


def _owns_paper(owner: Token) -> bool:
    """"Ukraine's document lays out a roadmap. It says …": the owner of a paper that is a subject acts through it,
    so a next sentence's "It" recalls the owner."""
    return owner.dep_ == "poss" and owner.head.lower_ in PAPERS


def _rank(mention: Mention | None, doc: Doc) -> tuple[int, int]:
    """The order in which a subject is recalled: the deeper first, then the earlier, so the last is the one of
    the outermost clause ("Ukraine has done what Washington asked. It accepted …": Ukraine)."""
    if mention is None:
        return (0, 0)
    return (-_depth(doc[mention.start:mention.end].root), mention.start)


def _capital_name(tok: Token, gaz: Gazetteer) -> bool:
    """Whether a word can be part of a person's name: capitalised, and no title, state or place."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_.rstrip(".") not in gaz.title_words \
        and all(e.kind == "person" for e in gaz.entries.get(tok.lower_, []))


def _nicknamed(sent: Span, gaz: Gazetteer) -> list[tuple[Span, Person | None]]:
    """Names with a quoted nickname inside, read as one: "Ernesto 'Che' Guevara" (the pack's, under any two of
    its parts), "Joaquín 'El Chapo' Guzmán" (someone the pack does not know, not its other Guzmán)."""
    found = []
    doc = sent.doc
    for tok in sent:
        if not tok.is_quote or tok.i == sent.start or not _capital_name(doc[tok.i - 1], gaz):
            continue
        close = next((t for t in doc[tok.i + 1:min(tok.i + 5, sent.end)] if t.is_quote), None)
        if close is None or close.i == tok.i + 1 or close.i + 1 >= sent.end or not _capital_name(close.nbor(), gaz) \
                or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[tok.i + 1:close.i]):
            continue
        start, end = tok.i - 1, close.i + 1
        while start > sent.start and _capital_name(doc[start - 1], gaz):
            start -= 1
        while end < sent.end and _capital_name(doc[end], gaz):
            end += 1
        given, nick, surname = doc[start:tok.i].text, doc[tok.i + 1:close.i].text, doc[close.i + 1:end].text
        person = next((gaz.full_names[n.lower()] for n in (f"{given} {nick} {surname}", f"{given} {surname}",
                                                           f"{nick} {surname}") if n.lower() in gaz.full_names), None)
        found.append((doc[start:end], person))
    return found


def _misread_city(ent: Span) -> str | None:
    """The state of a city that spaCy read as a person or an organisation where the phrase makes it a place
    ("seized much of Goma", "near the Malian town of Gao", "its second city, Ganja", "marched through Poznan")."""
    root = ent.root
    if ent.label_ not in {"PERSON", "ORG"} or root.dep_ not in {"pobj", "appos"}:
        return None
    head = root.head
    if not (root.dep_ == "pobj" and (head.lower_ in LOCATION_PREPS - {"of", "from", "to"} or head.lower_ == "of"
                                     and head.head.lower_ in PLACE_NOUNS | {"much", "most", "part", "outskirts"})
            or root.dep_ == "appos" and head.lower_ in PLACE_NOUNS | {"city"}):
        return None
    return country_of_city(ent.text)


def _subject_words(verb: Token) -> set[int]:
    """The token indices of a verb's subjects, active or passive."""
    return {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}


def _bodies_before(pronoun: Token, mentions: list[Mention]) -> list[Mention]:
    """The mentions before a pronoun that can be "it" or "its", in order of their ends: a state, an organisation,
    or a group named in the singular ("the ministry")."""
    doc = pronoun.doc
    return sorted((m for m in mentions if m.end <= pronoun.i and m.actor.code and (
        m.actor.kind in {"state", "organization"} or m.actor.kind == "group"
        and doc[m.start:m.end].root.tag_ in {"NN", "NNP"})), key=lambda m: m.end)


def _speaking_body(pronoun: Token, bodies: list[Mention]) -> Actor | None:
    """The body that is the subject of the clause governing an "it" clause: "Gazprom said it would …"."""
    verb = pronoun.head
    if verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or verb.head.i == verb.i:
        return None
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return next((m.actor for m in bodies if subject is not None and subject.i in m.tokens), None)


def _judged(noun: Token) -> bool:
    """Whether a noun is the object of a verb of judgement ("condemned its rocket launch")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in JUDGING


def _judged_body(pronoun: Token, here: list[Mention], before: list[Actor]) -> Actor | None:
    """Whose act "its" is under a verb of judgement: a body other than the one that judges, for none condemns
    its own act ("the Security Council condemned its rocket launch")."""
    verb = pronoun.head.head
    judge = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    codes = {m.actor.code for m in here if m.tokens & judge}
    others = [m.actor for m in here if not m.tokens & judge and m.actor.code not in codes]
    return (others or [b for b in before if b.code not in codes] or [None])[-1]


def _places(spans: list[Span], matches, ents: list[Span], day: date | None) -> list[tuple[Token, str]]:
    """The places a sentence puts things in ("in Tehran", "the centre of Sumy", "in Russian cities"), with their
    states; cities the pack does not know come from the world list ("through Rangoon"), on the document's date
    ("Leipzig" in 1989 is East Germany's)."""
    found = []
    for span in spans:
        for entry in matches[(span.start, span.end)]:
            if entry.kind == "place" and entry.ref.country:
                found.append((span.root, entry.ref.country))
                break
            if entry.kind in {"state", "capital"} and span.root.dep_ == "pobj" and _is_place(span.root, entry):
                found.append((span.root, entry.ref.code))
                break
            if entry.kind == "adjective" and not entry.plural and span.root.dep_ == "amod" \
                    and span.root.head.lower_ in PLACE_NOUNS:
                found.append((span.root.head, entry.ref.code))  # "the Malian town of Gao", "in Russian cities"
                break
    known = {t.i for span in spans for t in span}
    for ent in ents:  # a city only: "marched in the Andes" or "in Asia" names no state
        if not any(t.i in known for t in ent) and (code := city_state(ent) or _misread_city(ent)):
            found.append((ent.root, east_german(ent.text, code, day)))
    return sorted(found, key=lambda p: p[0].i)


MANY_STATES = {"country", "nation", "state", "government", "capital"}


def _from_many(noun: Token) -> bool:
    """Whether a group belongs to several states, wherever it meets: "the two sides", "both delegations",
    "officials from about 40 countries", "the sides" (of a talk or a swap)."""
    return any(c.lower_ in {"both", "two"} for c in noun.children) or bool(plural_origins(noun, MANY_STATES)) \
        or noun.lower_ in SEVERAL_PARTIES


def _local_code(noun: Token, sector: str | None, places: list[tuple[Token, str]], res: DocResolver) -> str | None:
    """The state of people named only by what they are ("protesters", "rebels", "riot police"): the place
    they are said to be in ("protesters in Tehran"); for civilians and rebels, else the place where their clause's
    event happens ("gunmen seized ... in Simferopol"; for civilians, the sentence's: "killing 35 people" in Sumy);
    for those who act, else the state the sentence is about. Media, analysts and aid workers are not coded by
    where they are."""
    if sector not in LOCAL_SECTORS or noun.lower_ in CAPTIVES:
        return None
    if code := _placed_in(noun, places):
        return code
    if sector in PLACE_BOUND_SECTORS and places:
        clause = {t.i for t in _clause_verb(noun).subtree}  # "protesters stormed his residence in Colombo", not
        # the Singapore of another clause
        here = next((code for place, code in places if place.i in clause), None)
        if here or sector == "CVL":
            return here or places[0][1]
    where = {code for place, code in places if not _destination(place) and place.head.lower_ != "from"}
    if len(where) == 1 and set(res.sentence_codes) <= where:  # "soldiers fired on monks marching in Rangoon"
        return where.pop()
    if sector in {"CVL", "REB"} and noun.dep_ in {"nsubj", "nsubjpass"} or sector == "REB" and noun.dep_ == "pobj":
        return res.context_code()
    if noun.lower_ in HOME_FORCES and noun.dep_ == "nsubj" and not res.sentence_codes:
        return res.context_code()  # "COLOMBO (Reuters) - Police arrested …": the state the report comes from
    if noun.dep_ == "conj" and res.sentence_codes and any(c.dep_ in {"det", "amod", "compound"} and c.pos_ != "NOUN"
                                                          for c in noun.children):  # not "fighter" of "fighter jets"
        # "Nepal's government and Maoist rebels", not the shared "Russian" of "Russian missiles and drones"
        return res.context_code()
    return None


def _speaker_state(noun: Token, title: Title, by_token, places: list[tuple[Token, str]]) -> str | None:
    """The state of an official named only by a title who reports a state's act: "Poland will send troops, the
    defence minister said" (Poland's); a governor or mayor is of the one state the sentence's places are in
    ("Drones struck a refinery in the Russian city of Ryazan, the regional governor said")."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ not in STATEMENT_VERBS:
        return None
    if title.title in LOCAL_TITLES:
        where = {code for place, code in places if not _destination(place)}
        return where.pop() if len(where) == 1 else None
    said = next((c for c in noun.head.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if said is not None else None
    hit = by_token.get(subject.i) if subject is not None else None
    state = next((e for e in hit[1] if e.kind in {"state", "capital", "metonym"}), None) if hit else None
    return state.ref.code if state is not None else None  # type: ignore[union-attr]


def _placed_in(noun: Token, places: list[tuple[Token, str]]) -> str | None:
    """The state of the place a noun is said to be in or of ("protesters in Tehran", "the government in Luanda"),
    not one it is sent or heads to ("ordered fighter jets to Saudi Arabia")."""
    for place, code in places:
        if _destination(place):
            continue
        tok, steps = place, 0
        while tok.dep_ in {"pobj", "prep", "poss", "compound", "appos", "amod"} and tok.head.i != tok.i and steps < 5:
            tok, steps = tok.head, steps + 1
            if tok.i == noun.i:
                return code
    return None


def _state_of_body(root: Token, span: Span, found: dict[int, list[Entry]]) -> State | None:
    """The state a body's name is given to by a word before it: "the Philippine Senate" (not the US one the bare
    name stands for), "Russia's Security Council", "the Soviet Communist Party"."""
    for child in root.children:
        if child.i < span.start and child.dep_ in {"amod", "compound", "poss"} and not _aligned(child):
            entry = next((e for e in found.get(child.i, []) if e.kind in STATE_KINDS), None)
            if entry is not None:
                return entry.ref  # type: ignore[return-value]
    return None


def _owner(root: Token, mentions: list[Mention]) -> Actor | None:
    """The body or state a name's possessor or modifier stands for, if one was found."""
    for child in root.children:
        if child.dep_ in {"poss", "compound"}:
            owner = next((m.actor for m in mentions if child.i in m.tokens and m.actor.code), None)
            if owner is not None and owner.kind != "person":
                return owner
    return None


def _weapon_modifier(noun: Token) -> bool:
    """Whether a singular military noun only says what an attack was made with: "a US drone strike", "a missile
    and drone attack" (which the parser reads as "missile" and "drone attack")."""
    if noun.tag_ != "NN":
        return False
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in ATTACKS:
        return True
    return any(c.dep_ == "conj" and c.lemma_.lower() in ATTACKS and any(g.dep_ == "compound" for g in c.children)
               for c in noun.children)


def _based_in(root: Token, places: list[tuple[Token, str]]) -> str | None:
    """The state of the place a body is said to be based in: "the Dubai-based exchange Bybit"."""
    based = next((t for t in root.doc[root.left_edge.i:root.i] if t.lower_ == "based" and t.dep_ == "amod"), None)
    return next((code for place, code in places if based is not None and place.head.i == based.i), None)


def _destination(place: Token) -> bool:
    """Whether a place is where something is sent or heads ("to Saudi Arabia"), not where it is."""
    return place.dep_ == "pobj" and place.head.lower_ in DESTINATION_PREPS


def _one_member(ent: Span) -> bool:
    """Whether an organisation's name only says which body one unnamed state belongs to: "a NATO member",
    "another EU member state", "one OPEC country"."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.i == ent.end and head.tag_ == "NN" \
        and head.lemma_.lower() in {"member", "ally", "state", "country", "nation"} \
        and any(c.lower_ in {"a", "an", "another", "one", "each", "every", "any"} for c in head.children)


def _place_phrase(ent: Span, by_token) -> bool:
    """Whether an ORG entity is a misread place phrase: "Sumy on Palm (Sunday)", or a place the pack knows
    ("shelled Mariupol")."""
    hit = by_token.get(ent.start)
    end = ent.end - (ent[-1].tag_ == "POS")  # "Kharkiv's" (Freedom Square)
    return bool(hit and any(e.kind == "place" for e in hit[1])
                and (any(t.pos_ == "ADP" and t.lower_ != "of" for t in ent) or hit[0].end >= end))


def _given_name(span: Span, sent: Span, by_token) -> bool:
    """Whether a surname of the pack is the given name of someone else: "Terry" in "journalist Terry Anderson"
    (not Belaúnde Terry), a name spaCy reads as one person."""
    after = span.doc[span.end] if span.end < sent.end else None
    return after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and after.i not in by_token \
        and span[0].ent_type_ == "PERSON" and after.ent_type_ == "PERSON" and after.ent_iob_ == "I"


def _in_office_near(person: Person, day: date | None, years: int = 5) -> bool:
    if day is None:
        return True
    margin = timedelta(days=365 * years)
    return any((role.start is None or role.start - margin <= day) and (role.until is None or day <= role.until + margin)
               for role in person.roles)


def _word_of_other_name(span: Span, people: list[Person], by_token, day: date | None, ents: list[Span]) -> bool:
    """Whether a surname alone is a word of another name, for people in no office for years around the text's
    date: "Moro" opening "Moro Islamic Liberation Front" (a name spaCy reads as an organisation and the pack does
    not know), or "Moro" modifying a group noun ("Moro rebels")."""
    tok = span[0]
    if len(span) != 1 or tok.ent_type_ == "PERSON" or any(_in_office_near(p, day) for p in people):
        return False
    ent = next((e for e in ents if e.start <= span.start < e.end), None)
    if ent is not None and ent.label_ in {"ORG", "NORP", "FAC", "LOC", "GPE"} and ent.start == span.start \
            and ent.end > span.end and not any(t.i in by_token for t in ent[1:]):
        return True
    head = tok.head
    return tok.dep_ in {"compound", "amod"} and head.i == span.end and head.tag_ in {"NNS", "NNPS"} \
        and head.i in by_token and any(e.kind == "sector" for e in by_token[head.i][1])


def _named_before(word: str, bodies: list[Actor]) -> Actor | None:
    """The latest body named before whose name ends in a one-word name ("the Security Council" for a later "the
    Council"), which that word stands for rather than the pack's body of that short name."""
    return next((b for b in reversed(bodies) if b.kind == "organization" and b.name and b.name != word
                 and b.name.split()[-1] == word), None)


def _inside_longer_name(span: Span, by_token) -> bool:
    """Whether a one-word name is the end of a longer proper name that the gazetteer does not know."""
    if len(span) != 1 or span[0].is_sent_start or span[0].ent_iob_ != "I":
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.i not in by_token \
        and before.ent_type_ == span[0].ent_type_


def _describes_person(span: Span, mentions: list[Mention]) -> bool:
    """Whether a title is in apposition to, or a modifier of, a person already found ("Medinsky, the aide")."""
    people = {i for m in mentions if m.actor.kind == "person" for i in m.tokens}
    for tok in span:
        if tok.dep_ in {"appos", "compound"} and tok.head.i in people:
            return True
        if any(c.dep_ == "appos" and c.i in people for c in tok.children):
            return True
    return False


def _code_of(entry: Entry | None) -> tuple[str | None, Group | None]:
    if entry is None:
        return None, None
    if entry.kind in {"group", "group_adj"}:
        return entry.ref.code, entry.ref  # type: ignore[union-attr]
    if entry.kind == "institution":
        return entry.ref.code, None  # type: ignore[union-attr]
    return entry.ref.code, None  # type: ignore[union-attr]


def _clause_verb(noun: Token) -> Token:
    """The verb of the clause a noun sits in (the root when there is none)."""
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _clause_subject_code(noun: Token, by_token) -> str | None:
    """The state of the subject of the clause a noun sits in: "Russia demands that Kiev withdraw its troops"
    gives Kiev's troops."""
    verb = _clause_verb(noun)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.i == noun.i and verb.dep_ in {"ccomp", "xcomp", "conj", "advcl"}:
        outer = verb.head  # "Ukraine said its forces had captured ...": Ukraine's forces
        subject = next((c for c in outer.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    elif subject is not None and subject.i == noun.i:
        return None
    return _code_in(subject.doc[subject.left_edge.i:subject.i + 1], by_token)[0] if subject is not None else None


def _code_in(span: Span, by_token) -> tuple[str | None, str | None]:
    """The affiliation code and sector that gazetteer words inside ``span`` give."""
    code = sector = None
    for tok in span:
        hit = by_token.get(tok.i)
        if not hit:
            continue
        for entry in hit[1]:
            if code is None and entry.kind in {"state", "adjective", "capital", "metonym", "institution"}:
                code = entry.ref.code
                if entry.kind == "institution":
                    sector = sector or entry.ref.sector
            if sector is None and entry.kind == "title":
                sector = entry.ref.sector
            if sector is None and entry.kind == "sector":
                sector = entry.ref
    return code, sector


def _unknown_person(span: Span, prefix: Span, by_token, res: DocResolver) -> Actor:
    """A person not in the pack, with the affiliation the text gives ("X, a spokesman for the Turkish MFA")."""
    doc = span.doc
    code, sector = _code_in(prefix, by_token)
    head = span.root
    for appos in [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else []):
        sub = doc[appos.left_edge.i:appos.right_edge.i + 1]
        c2, s2 = _code_in(sub, by_token)
        code, sector = code or c2, sector or s2
    role = None
    for tok in prefix:
        hit = by_token.get(tok.i)
        if hit and any(e.kind == "title" for e in hit[1]):
            role = hit[0].text.lower()
    if code is None and role:
        code = res.context_code()
    first = span.end - 1
    while first > span.start and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].is_quote):  # "'El Chapo'"
        first -= 1
    while first > prefix.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].i not in by_token:
        first -= 1
    return Actor(id=None, code=code, sector=sector or ("GOV" if code and role else None), kind="person",
                 name=doc[first:span.end].text, role=role,
                 text=doc[prefix.start:span.end].text if len(prefix) else span.text)
