"""Cities the packs do not list, and their states: the GeoNames cities of 15,000 people or more in
``ontology/world/cities.tsv`` (rebuilt by ``tools/build_world_cities.py``). Used only for names that spaCy
reads as places and the pack does not know ("students marched through Rangoon", "workers in Zhengzhou"), so
the pack always wins."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span

CITIES = Path(__file__).resolve().parents[1] / "ontology" / "world" / "cities.tsv"


@cache
def _index() -> dict[str, str]:
    with CITIES.open(encoding="utf-8") as lines:
        return dict(line.rstrip("\n").split("\t") for line in lines if not line.startswith("#"))


def country_of_city(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of the state a city of this name lies in (the most populous such city)."""
    return _index().get(name.lower())


def city_state(ent: Span) -> str | None:
    """The state of a place entity spaCy found that names a city ("Rangoon", "the Hague"), if it is one."""
    if ent.label_ != "GPE" or not ent.text[:1].isupper():
        return None
    return country_of_city(ent.text.removeprefix("the ").removeprefix("The "))
