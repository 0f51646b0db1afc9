"""Record kinds: each kind of record declared once, in `RECORD_KINDS`.

A declaration names the kind, its record type, the columns copied out of each record for
filtering, the filters its query command takes and the columns its results show. The
schema, the rows stored for an analysis, the queries, the command line and the displays are
all derived from these declarations, so a new kind is its declaration and the stage that
makes it. Records are read in their JSON form (`asdict`), as the store keeps them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from eventwire.filters import (
    OPTIONS,
    Condition,
    Filters,
    Option,
    code_prefix,
    contains,
    country_code,
    equal_unless_all,
    inside,
    one_of,
    same_text,
)
from eventwire.record_lines import (
    entity_line,
    event_line,
    place_line,
    quantity_line,
    quote_line,
    time_line,
)
from eventwire.records import Entity, Event, Place, Quantity, Quote, TimeExpr
from eventwire.words import in_sentences_holding, sentences_holding, walked_words

if TYPE_CHECKING:
    from eventwire.store.query import Found

Record = dict[str, Any]
"""A record in its JSON form."""

ID = sa.String(64)
CODE = sa.String(32)


@dataclass(frozen=True)
class Stored:
    """A column of a kind's table, copied out of each record so queries need not read JSON."""

    name: str
    type: sa.types.TypeEngine
    value: Callable[[Record], Any]
    nullable: bool = True
    key: bool = False
    """Part of the table's primary key (parts only; a record's key is its article and position)."""
    doc: str | None = None

    def column(self) -> sa.Column:
        if self.key:
            return sa.Column(
                self.name, self.type, primary_key=True, autoincrement=False, doc=self.doc
            )
        return sa.Column(self.name, self.type, nullable=self.nullable, doc=self.doc)


@dataclass(frozen=True)
class Part:
    """Things a record has several of (an event's actors), one row each, so a filter can match
    any of them. The table is `<singular>_<name>`, keyed by the record's position."""

    name: str
    items: Callable[[Record], Iterable[Record]]
    columns: tuple[Stored, ...]
    indexes: tuple[str, ...] = ()

    def rows(self, record: Record) -> list[dict[str, Any]]:
        return [{c.name: c.value(item) for c in self.columns} for item in self.items(record)]


@dataclass(frozen=True)
class Filter:
    """A filter a query command takes: the `Filters` field it reads, the condition it puts on
    the kind's table (None: it only tunes another filter), and its option if not the standard."""

    field: str
    condition: Condition | None = None
    option: Option | None = None
    seek: Condition | None = None
    """The condition again in a form an index serves from the filter's side, so a query
    can start from the few records it keeps (`store.query.lead_filter`); None: only checked."""
    kept: Callable[[sa.Table, Any, Filters], sa.Select] | None = None
    """The rows leading with `seek` reads first, from an index alone (an actor's rows, the
    sentences that hold the words): counted up to a limit, they say whether the filter
    keeps few. None: the table's own rows under `seek`."""
    in_article: Condition | None = None
    """A condition on the article that each record passing the filter's article passes (it
    has a passing part row): a walk in listing order checks it once an article, from one
    index range, before it reads the article's records (`store.query.records_statement`)."""

    @property
    def command_option(self) -> Option:
        return self.option or OPTIONS[self.field]


@dataclass(frozen=True)
class Shown:
    """A column of a query's results, as a table or CSV: header, how to read it, table width."""

    header: str
    value: Callable[[Found], Any]
    width: int = 24


@dataclass(frozen=True)
class Listing:
    """The query command of a kind: the filters it takes and the columns it shows."""

    filters: tuple[Filter, ...]
    columns: tuple[Shown, ...]
    counts: tuple[str, ...] = ()
    """Record kinds counted per result (articles only)."""

    def conditions(
        self, table: sa.Table, filters: Filters, fields: tuple[str, ...] | None = None
    ) -> list[sa.ColumnElement[bool]]:
        """The conditions the set filters (of `fields`, default all) put on `table`."""
        conditions = []
        for taken in self.filters:
            value = getattr(filters, taken.field)
            if (
                taken.condition is None
                or value in (None, "")
                or (fields and taken.field not in fields)
            ):
                continue
            condition = taken.condition(table, value, filters)
            if condition is not None:
                conditions.append(condition)
        return conditions


@dataclass(frozen=True)
class Section:
    """How `analyze --format pretty` shows a kind: a title, one line per record, and the
    section's place among the others (lowest first)."""

    title: str
    line: Callable[[Any], str]
    rank: int


@dataclass(frozen=True, eq=False)
class RecordKind:
    """One kind of record: everything the store, queries and displays need to know of it."""

    name: str
    """Plural: the `Analysis` list, the JSON key, the table and the query command."""
    singular: str
    """A query result's JSON key; names the kind's part tables."""
    record_type: type
    columns: tuple[Stored, ...]
    indexes: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()
    listing: Listing | None = None
    """None: no query command (the records still go to the store and the exports)."""
    section: Section | None = None
    sentence: bool = False
    """Results carry the text of the record's sentence (its `sentence` column)."""

    @property
    def part_key(self) -> str:
        """The column of a part table that holds the record's position."""
        return f"{self.singular}_position"

    def part_table(self, part: Part) -> str:
        return f"{self.singular}_{part.name}"

    def stored_values(self, record: Record) -> dict[str, Any]:
        return {column.name: column.value(record) for column in self.columns}


RECORD_KINDS: dict[str, RecordKind] = {}
"""Every record kind by name, in the order of the `Analysis.to_dict()` keys."""


def register(kind: RecordKind) -> RecordKind:
    RECORD_KINDS[kind.name] = kind
    return kind


def value_at(*keys: str) -> Callable[[Record], Any]:
    """The value at a path of keys; None where the path stops short."""

    def value(record: Record) -> Any:
        node: Any = record
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        return node

    return value


def speaker_name(key: str) -> Callable[[Record], str | None]:
    """A speaker's canonical name, else the words that name them here."""

    def value(record: Record) -> str | None:
        speaker = record.get(key) or {}
        return speaker.get("name") or speaker.get("text")

    return value


def on_record(value: Callable[[Record], Any]) -> Callable[[Found], Any]:
    return lambda found: value(found.record)


def in_part(table_name: str, position: str, condition: Condition) -> Condition:
    """Any of the record's part rows (in `table_name`, keyed by `position`) passes."""

    def any_part(table: sa.Table, value: Any, filters: Filters) -> sa.ColumnElement[bool]:
        part = table.metadata.tables[table_name]
        return (
            sa.select(part.c.article_id)
            .where(
                part.c.article_id == table.c.article_id,
                part.c[position] == table.c.position,
                condition(part, value, filters),
            )
            .exists()
        )

    return any_part


def sentence_contains(table: sa.Table, text: str, filters: Filters) -> sa.ColumnElement[bool]:
    """The record's sentence holds the words, in this order, in any case (`eventwire.words`)."""
    sentences = table.metadata.tables["sentences"]
    return (
        sa.select(sentences.c.article_id)
        .where(
            sentences.c.article_id == table.c.article_id,
            sentences.c.position == table.c.sentence,
            walked_words(sentences.c.text, text.strip(), filters),
        )
        .correlate(table)
        .exists()
    )


def seek_sentence_words(table: sa.Table, text: str, _: Filters) -> sa.ColumnElement[bool]:
    """`sentence_contains` from the words' index: the records of the sentences that hold them."""
    return in_sentences_holding(table.c.article_id, table.c.sentence, sa.literal(text.strip()))


def sentences_with_words(_: sa.Table, text: str | sa.BindParameter[str], __: Filters) -> sa.Select:
    """The sentences that hold the words (or a parameter's), from the words' index alone:
    what leading with `seek_sentence_words` reads."""
    words = sa.literal(text.strip()) if isinstance(text, str) else text
    matched = sentences_holding(words).alias("matched")
    return sa.select(sa.literal(1)).select_from(matched)


def article_has_part(table_name: str, condition: Condition) -> Condition:
    """Any part row (in `table_name`) of any of the article's records passes."""

    def any_part(articles: sa.Table, value: Any, filters: Filters) -> sa.ColumnElement[bool]:
        part = articles.metadata.tables[table_name]
        return (
            sa.select(part.c.article_id)
            .where(part.c.article_id == articles.c.id, condition(part, value, filters))
            .exists()
        )

    return any_part


def passing_parts(table_name: str, condition: Condition) -> Callable[..., sa.Select]:
    """The part rows that pass: at least one for each record `seek_part` keeps."""

    def rows(table: sa.Table, value: Any, filters: Filters) -> sa.Select:
        part = table.metadata.tables[table_name]
        return sa.select(sa.literal(1)).select_from(part).where(condition(part, value, filters))

    return rows


def seek_part(table_name: str, position: str, condition: Condition) -> Condition:
    """`in_part` from the part table's index: the records whose parts pass."""

    def parts_passing(table: sa.Table, value: Any, filters: Filters) -> sa.ColumnElement[bool]:
        part = table.metadata.tables[table_name]
        keys = sa.select(part.c.article_id, part.c[position]).where(condition(part, value, filters))
        return sa.tuple_(table.c.article_id, table.c.position).in_(keys)

    return parts_passing


def indexed(field: str, condition: Condition) -> Filter:
    """A filter whose own condition an index serves, so a query may lead with it."""
    return Filter(field, condition, seek=condition)


def part_filter(field: str, table_name: str, position: str, condition: Condition) -> Filter:
    """A filter on a record's part rows (`in_part`), which may lead a query from the part
    table's index (`seek_part`, `passing_parts`)."""
    return Filter(
        field,
        in_part(table_name, position, condition),
        seek=seek_part(table_name, position, condition),
        kept=passing_parts(table_name, condition),
        in_article=article_has_part(table_name, condition),
    )


def in_records(*kinds: str, fields: tuple[str, ...]) -> Condition:
    """The article has a record of one of `kinds` that passes that kind's filters of `fields`."""

    def any_record(articles: sa.Table, _: Any, filters: Filters) -> sa.ColumnElement[bool]:
        found = []
        for name in kinds:
            table = articles.metadata.tables[name]
            conditions = RECORD_KINDS[name].listing.conditions(table, filters, fields)
            found.append(
                sa.select(table.c.article_id)
                .where(table.c.article_id == articles.c.id, *conditions)
                .exists()
            )
        return sa.or_(*found)

    return any_record


def place_filters(country: str, lat: str, lon: str) -> tuple[Filter, ...]:
    return (
        indexed("country", country_code(country)),
        Filter("bbox", inside(lat, lon)),
    )


ARTICLE_ID = Shown("article", lambda found: found.article["id"], 20)
PUBLISHED = Shown("published", lambda found: found.article["published"], 10)

ARTICLES = Listing(
    filters=(
        Filter("actor", in_records("entities", "events", fields=("actor",))),
        Filter("code", in_records("events", fields=("code", "modalities"))),
        Filter("modalities"),
    ),
    columns=(
        Shown("id", lambda found: found.article["id"], 20),
        PUBLISHED,
        Shown("outlet", lambda found: found.article["outlet"], 20),
        Shown("entities", lambda found: found.counts["entities"], 8),
        Shown("events", lambda found: found.counts["events"], 6),
        Shown("quotes", lambda found: found.counts["quotes"], 6),
        Shown("title", lambda found: found.article["title"], 60),
        Shown("url", lambda found: found.article["url"], 40),
    ),
    counts=("entities", "events", "quotes"),
)
"""The articles command: articles naming an actor (as an entity or an event party) or
carrying an event code."""


register(
    RecordKind(
        name="entities",
        singular="entity",
        record_type=Entity,
        columns=(
            Stored("name", sa.Text, value_at("name")),
            Stored("type", sa.String(32), value_at("type")),
            Stored("actor", CODE, value_at("actor")),
            Stored(
                "mention_count", sa.Integer, lambda entity: len(entity.get("mentions") or []), False
            ),
        ),
        indexes=("actor", "name"),
        listing=Listing(
            filters=(
                Filter("actor", code_prefix("actor")),
                Filter("type", same_text("type")),
                Filter("name", contains("name")),
            ),
            columns=(
                ARTICLE_ID,
                PUBLISHED,
                Shown("name", on_record(value_at("name")), 32),
                Shown("type", on_record(value_at("type")), 8),
                Shown("actor", on_record(value_at("actor")), 10),
                Shown("mentions", lambda found: len(found.record.get("mentions") or []), 8),
            ),
        ),
        section=Section("Entities", entity_line, rank=2),
    )
)


def _party_codes(role: str) -> Callable[[Found], str]:
    """Codes of an event's parties joined with '+', quoted text where no code resolved."""

    def value(found: Found) -> str:
        actors = found.record.get(role) or []
        return "+".join(actor.get("code") or json.dumps(actor.get("text")) for actor in actors)

    return value


def _event_actors(event: Record) -> Iterator[Record]:
    for role in ("source", "target"):
        for position, actor in enumerate(event.get(role) or []):
            yield {"role": role, "position": position, **actor}


register(
    RecordKind(
        name="events",
        singular="event",
        record_type=Event,
        columns=(
            Stored("sentence", sa.Integer, value_at("sentence"), False),
            Stored("trigger", sa.Text, value_at("trigger", "text"), False),
            Stored("cameo", CODE, value_at("cameo"), False),
            Stored("cameo_root", CODE, value_at("cameo_root"), False),
            Stored("quad_class", sa.Integer, value_at("quad_class")),
            Stored("goldstein", sa.Float, value_at("goldstein")),
            Stored("plover_type", CODE, value_at("plover", "type")),
            Stored("plover_mode", CODE, value_at("plover", "mode")),
            Stored("modality", CODE, value_at("modality"), False),
            Stored("asserted_by", sa.Text, speaker_name("asserted_by")),
            Stored("date_value", CODE, value_at("date", "value")),
            Stored("date_granularity", CODE, value_at("date", "granularity")),
            Stored("place_name", sa.Text, value_at("place", "name")),
            Stored("place_country", CODE, value_at("place", "country")),
            Stored("place_lat", sa.Float, value_at("place", "lat")),
            Stored("place_lon", sa.Float, value_at("place", "lon")),
            Stored("place_precision", CODE, value_at("place", "precision")),
        ),
        indexes=("cameo", "modality", "plover_type", "place_country", "date_value"),
        parts=(
            Part(
                "actors",
                _event_actors,
                columns=(
                    Stored(
                        "role", sa.String(8), value_at("role"), key=True, doc="source or target"
                    ),
                    Stored("position", sa.Integer, value_at("position"), key=True),
                    Stored("code", CODE, value_at("code")),
                    Stored("text", sa.Text, value_at("text"), False),
                ),
                indexes=("code",),
            ),
        ),
        listing=Listing(
            filters=(
                part_filter("actor", "event_actors", "event_position", code_prefix("code")),
                indexed("code", code_prefix("cameo")),
                indexed("plover", same_text("plover_type")),
                indexed("modalities", one_of("modality")),
                *place_filters("place_country", "place_lat", "place_lon"),
                Filter(
                    "text",
                    sentence_contains,
                    seek=seek_sentence_words,
                    kept=sentences_with_words,
                ),
            ),
            columns=(
                ARTICLE_ID,
                PUBLISHED,
                Shown("source", _party_codes("source"), 20),
                Shown("cameo", on_record(value_at("cameo")), 5),
                Shown("plover", on_record(value_at("plover", "type")), 12),
                Shown("target", _party_codes("target"), 20),
                Shown("modality", on_record(value_at("modality")), 12),
                Shown("trigger", on_record(value_at("trigger", "text")), 20),
                Shown("date", on_record(value_at("date", "value")), 10),
                Shown("place", on_record(value_at("place", "name")), 20),
                Shown("sentence", lambda found: found.sentence, 60),
            ),
        ),
        section=Section("Events", event_line, rank=0),
        sentence=True,
    )
)


register(
    RecordKind(
        name="quotes",
        singular="quote",
        record_type=Quote,
        columns=(
            Stored("kind", CODE, value_at("kind")),
            Stored("speaker_name", sa.Text, speaker_name("speaker")),
            Stored("speaker_actor", CODE, value_at("speaker", "actor")),
            Stored("text", sa.Text, value_at("text"), False),
        ),
        indexes=("speaker_actor",),
        listing=Listing(
            filters=(
                Filter("actor", code_prefix("speaker_actor")),
                Filter(
                    "name",
                    contains("speaker_name"),
                    Option("--speaker", "part of the speaker's name"),
                ),
            ),
            columns=(
                ARTICLE_ID,
                PUBLISHED,
                Shown("speaker", on_record(speaker_name("speaker")), 24),
                Shown("actor", on_record(value_at("speaker", "actor")), 10),
                Shown("kind", on_record(value_at("kind")), 8),
                Shown("text", on_record(value_at("text")), 70),
            ),
        ),
        section=Section("Quotes", quote_line, rank=1),
    )
)


register(
    RecordKind(
        name="times",
        singular="time",
        record_type=TimeExpr,
        columns=(
            Stored("type", CODE, value_at("type")),
            Stored("value", CODE, value_at("value")),
        ),
        section=Section("Times", time_line, rank=3),
    )
)


register(
    RecordKind(
        name="places",
        singular="place",
        record_type=Place,
        columns=(
            Stored("name", sa.Text, value_at("name")),
            Stored("text", sa.Text, value_at("text"), False),
            Stored("country", CODE, value_at("country")),
            Stored("admin1", sa.Text, value_at("admin1")),
            Stored("lat", sa.Float, value_at("lat")),
            Stored("lon", sa.Float, value_at("lon")),
            Stored("precision", CODE, value_at("precision")),
            Stored("role", CODE, value_at("role")),
        ),
        indexes=("country", "role"),
        listing=Listing(
            filters=(
                *place_filters("country", "lat", "lon"),
                Filter("role", equal_unless_all("role")),
            ),
            columns=(
                ARTICLE_ID,
                PUBLISHED,
                Shown("text", on_record(value_at("text")), 24),
                Shown("name", on_record(value_at("name")), 24),
                Shown("country", on_record(value_at("country")), 7),
                Shown("lat", on_record(value_at("lat")), 9),
                Shown("lon", on_record(value_at("lon")), 9),
                Shown("precision", on_record(value_at("precision")), 9),
                Shown("role", on_record(value_at("role")), 10),
            ),
        ),
        section=Section("Places", place_line, rank=4),
    )
)


register(
    RecordKind(
        name="quantities",
        singular="quantity",
        record_type=Quantity,
        columns=(
            Stored("value", sa.Float, value_at("value")),
            Stored("low", sa.Float, value_at("low")),
            Stored("high", sa.Float, value_at("high")),
            Stored("unit", sa.Text, value_at("unit")),
        ),
        section=Section("Quantities", quantity_line, rank=5),
    )
)


def listings() -> dict[str, Listing]:
    """Every query command: articles, then each kind that has one, in registry order."""
    return {
        "articles": ARTICLES,
        **{kind.name: kind.listing for kind in RECORD_KINDS.values() if kind.listing},
    }
