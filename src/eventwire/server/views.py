"""What each page shows, as plain data: a query through the store's one query layer, shaped
for its template. The same data, as JSON, is the page's twin (`/events` and `/events.json`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from eventwire.filters import Filters
from eventwire.server.params import (
    AFTER,
    COUNT,
    MAX_SIZE,
    PARAMETER_BY_FIELD,
    SIZE,
    BadParameter,
    paging_value,
    query_string,
    read_filters,
)
from eventwire.store import Store, find
from eventwire.store.cache import cached, cached_json, cached_with_text
from eventwire.store.database import to_json
from eventwire.store.facets import (
    EVENT_FACETS,
    TIMELINE_SERIES,
    FacetCount,
    Walked,
    day_counts,
    event_places,
    kept_counts,
    walked_as_words_found,
    walked_in_listing_order,
    words_walked_in_listing_order,
)
from eventwire.store.query import NoSuchRecord, first_page, found_by_keys, leading

PAGE_SIZE = 50
COUNT_LIMIT = 10_000
"""Most events the events page counts: past it, the total shows as "more than 10,000"."""
FACET_SAMPLE = 2_000
"""Most events its facets count, the first in listing order: past it, each count shows as a
lower bound ("≥ n"), so a page costs the same however many events pass. Both limits hold
where the store keeps no counts for the filters (`store.rollup`: two filters or more,
words, a bounding box); with one filter, the total and facets are exact, however many."""
WORDS_COUNT_LIMIT = 1_000
"""With words (`text=`) and `count=yes`, the events counted: unless another filter leads,
the first found through the words' index (in the order it keeps their sentences, not in
listing order: `facets.walked_as_words_found`), so a page reads about as many sentences as it
counts; the page's rows are still the first in listing order."""
WORDS_FACET_SAMPLE = 250
"""With words, the events whose facets are counted: all of them where at most this many
pass (exact), else the first 250 (lower bounds, "in the first 250 events"). Without
`count=yes` the page counts no further ("more than 250 events", and a link that counts up
to `WORDS_COUNT_LIMIT`): counting 1,001 events of a common word took 7-10 ms of a cold
words page's 27-42 (100,000 articles, one thread), the facets of 1,000 another 8-10."""
MAP_LIMIT = 5000
"""Most events a map shows: the first in listing order (narrow the filters to see others)."""
QUAD_CLASSES = {
    "1": "verbal cooperation",
    "2": "material cooperation",
    "3": "verbal conflict",
    "4": "material conflict",
}
"""CAMEO's quad classes, for the timeline legend."""

Query = list[tuple[str, str]]


def filter_links(given: dict[str, list[str]]) -> dict[str, str]:
    """The same filters on every page that takes them, and as JSON and CSV."""
    links = {name: f"/{name}{query_string(given)}" for name in ("events", "timeline", "map")}
    links["json"] = f"/events.json{query_string(given)}"
    links["csv"] = f"/events.csv{query_string(given)}"
    links["parquet"] = f"/events.parquet{query_string(given)}"
    links["timeline_data"] = f"/timeline.json{query_string(given)}"
    return links


def events_view(store: Store, query: Query) -> dict[str, Any]:
    """One page of events that pass the filters, their total and facet counts."""
    filters, given = read_filters(query)
    page = paging_value(query) or 1
    size = paging_value(query, SIZE)
    after = paging_value(query, AFTER)
    if size is not None:
        if size > MAX_SIZE:
            raise BadParameter(f"size: at most {MAX_SIZE} rows a page")
        given = {**given, SIZE.name: [str(size)]}
    size = size or PAGE_SIZE
    counting = paging_value(query, COUNT)
    if counting:
        given = {**given, COUNT.name: ["yes"]}
    limit, sample, past_limit = COUNT_LIMIT, FACET_SAMPLE, None
    if filters.text:
        limit = WORDS_COUNT_LIMIT if counting else WORDS_FACET_SAMPLE
        sample, past_limit = limit, WORDS_FACET_SAMPLE
    kept = cached(store, ("kept counts", filters), lambda: kept_counts(store, filters))
    walked = None
    if kept is not None:
        counted, facets = kept
    else:
        walked = cached(
            store,
            ("walked counts", filters, limit, sample, past_limit),
            lambda: counting_walk(store, filters)(
                store, filters, limit, sample, sample_past_limit=past_limit
            ),
        )
        counted, facets = walked.passing, walked.facets
    total = counted if kept is not None or counted <= limit else None
    sampled = walked.sampled if walked is not None and counted > walked.sampled else None
    by_words = walked is not None and not walked.listed
    offset = (page - 1) * size
    if after is not None:
        offset, after = _after_walked(walked if not by_words else None, after)
    paged = replace(filters, limit=size + 1, offset=offset)
    end = paged.offset + paged.limit
    if after or by_words or (walked and not (end <= walked.sampled or walked.sampled == counted)):
        walked = None
    found = cached_with_text(
        store, ("find", paged, after), lambda: _page_rows(store, paged, walked, after)
    )
    rows = found["rows"][:size]
    following = query_string(given, page=str(page + 1), after=found["last"])
    link = {
        "self": f"/events{query_string(given, page=str(page) if page > 1 else None)}",
        "previous": f"/events{query_string(given, page=str(page - 1))}" if page > 1 else None,
        "next": f"/events{following}" if found["last"] else None,
        "count": f"/events{query_string(given, count='yes')}"
        if total is None and filters.text and not counting
        else None,
        **filter_links(given),
    }
    return {
        "filters": given,
        "total": total,
        "more_than": None if total is not None else limit,
        "page": page,
        "pages": max(1, -(-total // size)) if total is not None else None,
        "page_size": size,
        "rows": rows,
        "facets": _facets(facets, given, sampled, by_words),
        "links": link,
    }


def counting_walk(store: Store, filters: Filters) -> Callable[..., Walked]:
    """How a page the store keeps no counts for counts its events: in listing order; with
    words no filter leads its first page, as the words' index finds them; with words that
    lead on SQLite, in listing order with their part facets' values (every event counted is
    sampled: a words page's limit is its sample)."""
    if not filters.text:
        return walked_in_listing_order
    with store.connect() as connection:
        if leading(store, connection, "events", first_page(filters)) is None:
            return walked_as_words_found
        lead = leading(store, connection, "events", filters)
    if lead == "text" and store.engine.dialect.name == "sqlite":
        return words_walked_in_listing_order
    return walked_in_listing_order


def _after_walked(
    walked: Walked | None, after: tuple[str, int]
) -> tuple[int, tuple[str, int] | None]:
    """A page after a key as an offset among the keys a walk found in listing order,
    where it found that key (the page is then read by its keys); else (0, the key)."""
    keys = walked.first_keys() if walked is not None else []
    try:
        return keys.index(after) + 1, None
    except ValueError:
        return 0, after


def _page_rows(
    store: Store, paged: Filters, walked: Walked | None, after: tuple[str, int] | None
) -> tuple[dict[str, Any], str]:
    """A page's rows (and one more, if there is one), and the key of its last row
    (`after=` of the next page; None on the last page): read by their keys where a walk
    found them in order (`walked`, with the keys of every event up to the page's end),
    else found afresh, from the key of the page before's last row where given. With them
    their JSON text, the stored records spliced in (`cached_with_text`)."""
    if walked is not None:
        keys = walked.first_keys()[paged.offset : paged.offset + paged.limit]
        results = found_by_keys(store, "events", keys)
    else:
        try:
            results = list(find(store, "events", paged, after))
        except NoSuchRecord as error:
            raise BadParameter(f"{AFTER.name}: {error}") from None
    last = results[-2] if paged.limit is not None and len(results) == paged.limit else None
    key = f"{last.article['id']}.{last.position}" if last else None
    rows = [
        {"article": result.article, "event": result.record, "sentence": result.sentence}
        for result in results
    ]
    articles: dict[Any, str] = {}
    sentences: dict[str | None, str] = {}
    rows_text = ", ".join(
        f'{{"article": {_written(articles, result.article["id"], result.article)}, '
        f'"event": {result.record_text}, '
        f'"sentence": {_written(sentences, result.sentence, result.sentence)}}}'
        for result in results
    )
    return {"rows": rows, "last": key}, f'{{"rows": [{rows_text}], "last": {to_json(key)}}}'


def _written(written: dict[Any, str], key: Any, value: Any) -> str:
    """`to_json(value)`, written once per `key` of a page: a page's 51 events come from a
    few articles, and their sentences often hold two or more."""
    text = written.get(key)
    if text is None:
        text = written[key] = to_json(value)
    return text


def _facets(
    counted: dict[str, list[FacetCount]],
    given: dict[str, list[str]],
    sample: int | None,
    by_words: bool = False,
) -> list[dict[str, Any]]:
    """The facet counts, linked to the page narrowed to each value: exact (`sample` None),
    or counts of the first `sample` events in listing order (lower bounds), or with
    `by_words` the first the words' index finds (`facets.walked_as_words_found`)."""
    shown = []
    for facet in EVENT_FACETS:
        parameter = PARAMETER_BY_FIELD[facet.filter].name
        chosen = {value.lower() for value in given.get(parameter, [])}
        without = query_string(given, **{parameter: None})
        values = []
        for item in counted[facet.name]:
            value = str(item.value)
            selected = value.lower() in chosen
            narrowed = without if selected else _narrowed(given, parameter, value, without)
            values.append(
                {
                    "value": item.value,
                    "count": item.count,
                    "selected": selected,
                    "url": f"/events{narrowed}",
                }
            )
        shown.append(
            {
                "name": facet.name,
                "parameter": parameter,
                "exact": sample is None,
                "counted_events": sample,
                **({"found_by_words": True} if sample is not None and by_words else {}),
                "values": values,
            }
        )
    return shown


def _narrowed(given: dict[str, list[str]], parameter: str, value: str, without: str) -> str:
    """`query_string(given, parameter=value)`, from the query string `without` the
    parameter where it is not given (a new parameter comes last): a page links 60 facet
    values, and encoding every filter again for each was a millisecond of a cold page."""
    if parameter in given:
        return query_string(given, **{parameter: value})
    return f"{without}{'&' if without else '?'}{_encoded(parameter, value)}"


@lru_cache(maxsize=4096)
def _encoded(parameter: str, value: str) -> str:
    """`parameter=value` URL-encoded, kept: the same facet values are linked on page after
    page (a cold page encoded its 60 again)."""
    return urlencode([(parameter, value)])


def events_rows(store: Store, query: Query) -> Iterable:
    """Every event that passes the filters (no paging), for the CSV and Parquet twins."""
    filters, _ = read_filters(query)
    return find(store, "events", filters)


def timeline_view(store: Store, query: Query) -> dict[str, Any]:
    """Events per publication day, split by quad class or PLOVER type (`by=`)."""
    filters, given = read_filters(query)
    by = next((value for name, value in query if name == "by" and value), "quad_class")
    if by not in TIMELINE_SERIES:
        raise BadParameter(f"by: no timeline series {by!r}; use {' or '.join(TIMELINE_SERIES)}")
    days = cached_json(store, ("days", filters, by), lambda: day_counts(store, filters, by))
    series = sorted({key for day in days for key in day["counts"]})
    labels = {key: QUAD_CLASSES.get(key, key) if by == "quad_class" else key for key in series}
    return {
        "filters": given,
        "by": by,
        "series": [
            {"key": key, "label": labels[key], "colour": _colour(by, key, position)}
            for position, key in enumerate(series)
        ],
        "days": days,
        "total": sum(sum(day["counts"].values()) for day in days),
        "links": {
            **filter_links(given),
            "self": f"/timeline{query_string(given, by=by)}",
            "data": f"/timeline.json{query_string(given, by=by)}",
            "by": {name: f"/timeline{query_string(given, by=name)}" for name in TIMELINE_SERIES},
        },
    }


def _colour(by: str, key: str, position: int) -> int:
    """A series' palette index: fixed for quad classes, so a class keeps its colour."""
    return int(key) - 1 if by == "quad_class" and key in QUAD_CLASSES else position


def map_view(store: Store, query: Query) -> dict[str, Any]:
    """The events that pass and have a located place, as a GeoJSON FeatureCollection."""
    filters, given = read_filters(query)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row["place_lon"], row["place_lat"]]},
            "properties": {
                **{name: row[name] for name in ("trigger", "cameo", "plover_type", "published")},
                "place": row["place_name"],
                "country": row["place_country"],
                "precision": row["place_precision"],
                "title": row["title"],
                "url": f"/articles/{row['article_id']}#event-{row['id']}",
            },
        }
        for row in cached_json(
            store, ("places", filters, MAP_LIMIT), lambda: event_places(store, filters, MAP_LIMIT)
        )
    ]
    return {
        "type": "FeatureCollection",
        "filters": given,
        "features": features,
        "limited": len(features) == MAP_LIMIT,
        "links": {**filter_links(given), "data": f"/map.json{query_string(given)}"},
    }
