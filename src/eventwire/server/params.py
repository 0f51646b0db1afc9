"""The query string of a page: which filters it sets, read into `Filters`, and written back
as the page's permalink.

Parameters are named after the command-line options (`--actor` is `actor=`), read by the same
parsers, so a page and an `eventwire events` command with the same filters give the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from eventwire.filters import Filters, positive_int, since_date, until_date
from eventwire.kinds import listings


@dataclass(frozen=True)
class Parameter:
    """A query-string parameter: its name, the `Filters` field it sets, and its parser."""

    name: str
    field: str
    parse: Callable[[str], Any] | None = None
    repeated: bool = False


ARTICLE_PARAMETERS = (
    Parameter("since", "since", since_date),
    Parameter("until", "until", until_date),
    Parameter("outlet", "outlets", repeated=True),
)

EVENT_PARAMETERS: tuple[Parameter, ...] = (
    *ARTICLE_PARAMETERS,
    *(
        Parameter(
            taken.command_option.flag.removeprefix("--"), taken.field, taken.command_option.parse
        )
        for taken in listings()["events"].filters
        if taken.condition is not None
    ),
)
"""The filters of the events listing (`eventwire.kinds`), plus dates and outlets."""

PAGE = Parameter("page", "page", positive_int)
SIZE = Parameter("size", "size", positive_int)
"""Rows per page; kept in the permalink like a filter."""
MAX_SIZE = 1000


def listing_key(text: str) -> tuple[str, int]:
    """A record's key as `after=` writes it, `ARTICLE.POSITION`: its article's id and its
    position in the article (`store.query.listed_after`)."""
    article_id, dot, position = text.rpartition(".")
    if not (dot and article_id and position.isdigit()):
        raise ValueError(f"{text!r} is not an article id and a position (ARTICLE.POSITION)")
    return article_id, int(position)


AFTER = Parameter("after", "after", listing_key)
"""The key of the last row of the page before: the next page is read from there (keyset
paging), not counted from the first row; `page` still numbers it."""


def counting_asked(text: str) -> bool:
    if text != "yes":
        raise ValueError(f"{text!r}: yes, or leave it out")
    return True


COUNT = Parameter("count", "count", counting_asked)
"""`count=yes`: a words page counts its events up to `views.WORDS_COUNT_LIMIT`; without
it, only as far as its facets count them (`views.WORDS_FACET_SAMPLE`). Kept in the
permalink like a filter."""

PARAMETER_BY_FIELD = {parameter.field: parameter for parameter in EVENT_PARAMETERS}


class BadParameter(ValueError):
    """A parameter's value cannot be read: names the parameter and says why."""


def read_filters(query: Iterable[tuple[str, str]]) -> tuple[Filters, dict[str, list[str]]]:
    """Filters from a query string's (name, value) pairs, and the set parameters as given
    (empty values dropped), in the fixed parameter order, for permalinks."""
    given: dict[str, list[str]] = {}
    for name, value in query:
        if value.strip():
            given.setdefault(name, []).append(value.strip())
    values: dict[str, Any] = {}
    for parameter in EVENT_PARAMETERS:
        texts = given.get(parameter.name, [])
        if not texts:
            continue
        try:
            parsed = [parameter.parse(text) if parameter.parse else text for text in texts]
        except ValueError as error:
            raise BadParameter(f"{parameter.name}: {error}") from None
        values[parameter.field] = tuple(parsed) if parameter.repeated else parsed[-1]
    kept = {
        parameter.name: given[parameter.name]
        for parameter in EVENT_PARAMETERS
        if parameter.name in given
    }
    return Filters(**values), kept


def paging_value(query: Iterable[tuple[str, str]], parameter: Parameter = PAGE) -> Any:
    """The value of a paging parameter (`page`, `size`, `after`), None when not given."""
    texts = [value for name, value in query if name == parameter.name and value.strip()]
    if not texts:
        return None
    try:
        return parameter.parse(texts[-1])
    except ValueError as error:
        raise BadParameter(f"{parameter.name}: {error}") from None


def query_string(given: dict[str, list[str]], **changes: str | None) -> str:
    """The query string of `given` with parameters set (a value) or removed (None)."""
    merged = {name: list(values) for name, values in given.items()}
    for name, value in changes.items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = [value]
    pairs = [(name, value) for name, values in merged.items() for value in values]
    return "?" + urlencode(pairs) if pairs else ""
