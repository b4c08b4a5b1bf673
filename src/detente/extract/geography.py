"""Places and the states they belong to: event locations, and the country a target place stands for
("struck the port of Odesa" → UKR, "released American hostages" → USA); and the owners of known documents."""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date

from spacy.tokens import Token

from ..ontology.schema import Pack
from .world_places import city_state

# The date of the document being analysed, set by actor resolution for each document; a context variable, so
# documents analysed at once in several threads each read their own.
DOCUMENT_DAY: ContextVar[date | None] = ContextVar("document_day", default=None)
UNIFICATION = date(1990, 10, 3)
# Cities of the German Democratic Republic: before unification a city here stands for East Germany (DDR).
EAST_GERMAN_CITIES = {"leipzig", "dresden", "rostock", "magdeburg", "halle", "chemnitz", "karl-marx-stadt", "erfurt",
                      "potsdam", "jena", "weimar", "schwerin", "cottbus", "gera", "zwickau", "plauen", "dessau",
                      "frankfurt an der oder", "neubrandenburg", "suhl", "stralsund", "wismar", "greifswald",
                      "eisenach", "gotha", "halle an der saale", "east berlin"}


# Heads of named texts that take a place's name ("the Rome Statute", "the Budapest Memorandum"): no actor.
DOCUMENT_HEADS = {"statute", "memorandum", "treaty", "accord", "accords", "agreement", "agreements", "protocol",
                  "convention", "conventions", "declaration", "charter", "communique", "communiqué", "format"}


Former = list[tuple[str, str, date, date]]  # a present state, the former one it was part of, from, until


def _own_phrase(head: Token) -> list[Token]:
    """The words of a phrase outside its relative clauses: "a boat that was carrying drugs from Venezuela" is
    not Venezuela's."""
    inside = {t.i for w in head.subtree for c in w.children if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in head.subtree if t.i not in inside]


def former_states(pack: Pack) -> Former:
    """The pack's present states that were parts of former ones, with the dates of that union."""
    return [(part.code, state.code, part.start, part.until) for state in pack.states for part in state.parts]


def dated_code(code: str | None, day: date | None, former: Former) -> str | None:
    """The code a state had on a date: RUS in 1985 is the Soviet Union (SUN)."""
    if code is None or day is None:
        return code
    return next((was for present, was, first, last in former if present == code and first <= day < last), code)


def east_german(city: str, code: str, day: date | None) -> str:
    """A German city's state on a date: Leipzig before unification is East Germany's (DDR)."""
    if code == "DEU" and day is not None and day < UNIFICATION and city.lower() in EAST_GERMAN_CITIES:
        return "DDR"
    return code


class _DatedCodes(dict):
    """Names and the states they stand for, read on the date of the document being analysed: "Moscow" and
    "Kiev" in 1985 are the Soviet Union (SUN), "Belgrade" in 1995 Yugoslavia (YUG), as actor mentions are."""

    def __init__(self, geo: Geography, *args):
        super().__init__(*args)
        self.geo = geo

    def __getitem__(self, key):
        return self.geo.dated(super().__getitem__(key))

    def get(self, key, default=None):
        found = super().get(key)
        return default if found is None else self.geo.dated(found)


class Geography:
    def __init__(self, pack: Pack):
        self.code: dict[str, str] = _DatedCodes(self)
        self.former = former_states(pack)
        self.states: set[str] = {state.code for state in pack.states} | {f[1] for f in self.former}
        self.places: set[str] = {v.lower() for v in pack.venues}
        for state in pack.states:
            for name in [*state.names, *state.adjectives, *state.demonyms]:
                self.code.setdefault(name.lower(), state.code)
            for capital in state.capitals:
                self.code.setdefault(capital.lower(), state.code)
                self.places.add(capital.lower())
        # names, adjectives and capitals: the words that stand for a state
        self.seats = {m.lower(): state.code for state in pack.states for m in state.metonyms}  # "the Kremlin"
        self.governments = _DatedCodes(self, self.code)
        for place in pack.places:
            for name in [place.name, *place.aliases]:
                self.places.add(name.lower())
                if place.country:
                    self.code.setdefault(name.lower(), place.country)
        self.longest = max((len(k.split()) for k in self.code), default=1)
        self.documents = [(re.compile(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])"), d.owner)
                          for d in pack.documents if d.owner for name in d.names]

    def dated(self, code: str | None) -> str | None:
        """The code a state had on the date of the document being analysed."""
        return dated_code(code, DOCUMENT_DAY.get(), self.former)

    def document_owner(self, phrase: str) -> str | None:
        """The state whose known document a phrase names without its owner ("the 28-point plan" → USA)."""
        phrase = phrase.lower()
        return next((owner for name, owner in self.documents if name.search(phrase)), None)

    def code_in(self, head: Token) -> str | None:
        """The state that a phrase names or is located in, from its words (longest names first)."""
        found = self._named(head, self.code)
        if found:
            return found
        own = {t.i for t in _own_phrase(head)}
        for ent in head.doc[head.left_edge.i:head.right_edge.i + 1].ents:  # a city the pack does not know
            if ent.root.i in own and (found := city_state(ent)):
                return self.dated(east_german(ent.text, found, DOCUMENT_DAY.get()))
        return None

    def government_in(self, head: Token) -> str | None:
        """The state whose name, adjective or capital a phrase uses ("the US draft", "Kyiv's plan"), not one of
        its other cities ("the Jeddah framework")."""
        return self._named(head, self.governments)

    def _named(self, head: Token, names: dict[str, str]) -> str | None:
        tokens = _own_phrase(head)
        texts = [t.text.lower() for t in tokens]
        for n in range(min(self.longest, 4), 0, -1):
            for i in range(len(texts) - n + 1):
                found = names.get(" ".join(texts[i:i + n]))
                if found and i and texts[i - 1] == "ethnic":
                    continue  # "ethnic Albanian mayors" in Kosovo are not Albania's
                if found and (n > 1 or texts[i][:1].isalpha() and tokens[i].text[:1].isupper()):
                    return found
        return None


_CACHE: dict[int, Geography] = {}


def geography(pack: Pack) -> Geography:
    if id(pack) not in _CACHE:
        _CACHE[id(pack)] = Geography(pack)
    return _CACHE[id(pack)]
