"""What a query can keep: the filter values, how each is read from text, and its option.

A record kind says which of these filters it takes and what condition each one puts on its
table (`eventwire.kinds`); the command line offers each as the option declared here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

MODALITIES = ("asserted", "negated", "hypothetical", "future")
"""The modalities an event can have (issue 3); a typo must not silently match nothing."""

DEFAULT_MODALITIES = ("asserted",)
"""What the text says happened; other modalities are shown only when asked for."""

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class BoundingBox:
    """West, south, east, north in degrees; west > east means it crosses the antimeridian."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class Filters:
    """What to keep. Each filter applies to the kinds that take it; None keeps all."""

    since: str | None = None
    until: str | None = None
    outlets: tuple[str, ...] = ()
    actor: str | None = None
    code: str | None = None
    modalities: tuple[str, ...] | None = DEFAULT_MODALITIES
    country: str | None = None
    bbox: BoundingBox | None = None
    type: str | None = None
    name: str | None = None
    role: str | None = None
    """"place", "government", or None (or "all") for both."""
    plover: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0
    """Rows to skip before the first one given (paging through results)."""


def filters_from(values: Mapping[str, Any]) -> Filters:
    """Filters from parsed options named as the fields are; other names are ignored."""
    names = {f.name for f in fields(Filters)}
    chosen = {name: value for name, value in values.items() if name in names}
    if "outlets" in chosen:
        chosen["outlets"] = tuple(chosen["outlets"])
    return Filters(**chosen)


def since_date(text: str) -> str:
    """First day of YYYY, YYYY-MM or YYYY-MM-DD."""
    year, month, day = _date_parts(text)
    return f"{year}-{month or '01'}-{day or '01'}"


def until_date(text: str) -> str:
    """Last day of YYYY, YYYY-MM or YYYY-MM-DD."""
    year, month, day = _date_parts(text)
    month = month or "12"
    day = day or f"{calendar.monthrange(int(year), int(month))[1]:02d}"
    return f"{year}-{month}-{day}"


def _date_parts(text: str) -> tuple[str, str | None, str | None]:
    match = _DATE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"{text!r}: no month {month}")
    if day and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        raise ValueError(f"{text!r}: no day {day} in that month")
    return year, month, day


def modalities(text: str) -> tuple[str, ...] | None:
    """'all' -> None (no filter); 'asserted,future' -> ('asserted', 'future')."""
    values = tuple(sorted({value.strip().lower() for value in text.split(",") if value.strip()}))
    unknown = [value for value in values if value not in (*MODALITIES, "all")]
    if unknown or not values:
        named = f"no modality {', '.join(map(repr, unknown))}; " if unknown else ""
        raise ValueError(f"{named}use {', '.join(MODALITIES)}, a comma-separated list, or all")
    return None if "all" in values else values


def positive_int(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise ValueError(f"{text!r}: expected a number of rows, 1 or more")
    return int(text)


def bounding_box(text: str) -> BoundingBox:
    """'WEST,SOUTH,EAST,NORTH' in degrees (the GeoJSON order)."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise ValueError(f"{text!r} is not WEST,SOUTH,EAST,NORTH in degrees") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ValueError(f"{text!r}: longitudes run -180..180, latitudes -90..90, south <= north")
    return BoundingBox(west, south, east, north)


@dataclass(frozen=True)
class Option:
    """The command-line option of a filter: its flag and what argparse needs to read it.

    `parse` raises ValueError on bad text; the option's value lands in the filter's field.
    """

    flag: str
    help: str
    parse: Callable[[str], Any] | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    """Further argparse settings: default, choices, metavar."""


OPTIONS: dict[str, Option] = {
    "actor": Option("--actor", "actor code prefix: IRN matches IRN and IRNMIL"),
    "code": Option("--code", "CAMEO code prefix: 19 matches 190-196"),
    "modalities": Option(
        "--modality",
        "asserted (default), negated, hypothetical, future, a comma list, or all",
        modalities,
        {"default": DEFAULT_MODALITIES, "metavar": "MODALITY"},
    ),
    "country": Option("--country", "ISO 3166 alpha-3 code of the place"),
    "bbox": Option(
        "--bbox",
        "WEST,SOUTH,EAST,NORTH in degrees; write --bbox=-10,... when WEST is negative",
        bounding_box,
    ),
    "role": Option(
        "--role",
        "place (default): where things are; government: a capital or country "
        "standing for its state ('Tehran said'); all: both",
        settings={"choices": ("place", "government", "all"), "default": "place"},
    ),
    "type": Option("--type", "entity type, e.g. PERSON, ORG, GPE"),
    "name": Option("--name", "part of the entity's name (any case)"),
    "plover": Option("--plover", "PLOVER event type, e.g. PROTEST (any case)"),
    "text": Option("--text", "words in the event's sentence: whole words, in order, any case"),
}
"""The standard option of each filter; a kind may offer a filter under its own option."""

Condition = Callable[[sa.Table, Any, Filters], sa.ColumnElement[bool] | None]
"""A filter's condition on a kind's table, given the filter's value (and all the filters,
for a condition that another filter tunes); None when the value keeps every row."""


def code_prefix(column: str) -> Condition:
    """The column's code starts with the value: IRN matches IRNMIL."""
    return lambda table, code, _: code_starts(table.c[column], code)


def code_starts(column: sa.ColumnElement[Any], code: str) -> sa.ColumnElement[bool]:
    prefix = code.strip().upper()
    like = prefix.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"
    return starts_with(column, sa.literal(like), sa.literal(prefix.translate(GLOB_SPECIAL) + "*"))


GLOB_SPECIAL = str.maketrans({"*": "[*]", "?": "[?]", "[": "[[]"})


class starts_with(FunctionElement):
    """starts_with(column, LIKE pattern, GLOB pattern) of one prefix: the column's text begins
    with it, in this case. On SQLite a GLOB, which (unlike its case-blind LIKE) the column's
    index serves; elsewhere a LIKE."""

    type = sa.types.NullType()
    inherit_cache = True
    name = "starts_with"


@compiles(starts_with, "sqlite")
def _glob(element: starts_with, compiler: Any, **options: Any) -> str:
    column, _, glob = element.clauses
    return f"{compiler.process(column, **options)} GLOB {compiler.process(glob, **options)}"


@compiles(starts_with)
def _like(element: starts_with, compiler: Any, **options: Any) -> str:
    column, like, _ = element.clauses
    return compiler.process(column.like(like, escape="/"), **options)


def contains(column: str) -> Condition:
    """The column holds the value, in any case."""
    return lambda table, text, _: table.c[column].icontains(text, autoescape=True)


def same_text(column: str) -> Condition:
    """The column equals the value, in any case."""
    return lambda table, text, _: sa.func.lower(table.c[column]) == text.strip().lower()


def one_of(column: str) -> Condition:
    """The column is one of the values."""
    return lambda table, values, _: table.c[column].in_(values)


def equal_unless_all(column: str) -> Condition:
    """The column equals the value; "all" keeps every row."""
    return lambda table, value, _: None if value == "all" else table.c[column] == value


def country_code(column: str) -> Condition:
    return lambda table, code, _: table.c[column] == code.strip().upper()


def inside(lat: str, lon: str) -> Condition:
    """The point lies in the bounding box (which may cross the antimeridian)."""

    def condition(table: sa.Table, box: BoundingBox, _: Filters) -> sa.ColumnElement[bool]:
        latitude = table.c[lat].between(box.south, box.north)
        if box.west <= box.east:
            return sa.and_(latitude, table.c[lon].between(box.west, box.east))
        return sa.and_(latitude, sa.or_(table.c[lon] >= box.west, table.c[lon] <= box.east))

    return condition
