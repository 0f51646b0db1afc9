"""The record types: the contract every stage, store and export shares.

Every span is a `Span` (or carries `text`, `start`, `end`) with
`article.text[start:end] == text`. Records are plain dataclasses so that
`to_dict()` gives the JSON output contract and equal inputs give equal bytes.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from bisect import bisect_left
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, TypeVar

RecordType = TypeVar("RecordType")


def content_hash(*parts: str, length: int = 20) -> str:
    """A stable id: the hex SHA-256 of the parts, so ids agree across runs and machines."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Span:
    """Characters of the article text that support a field."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(text[start:end], start, end)


@dataclass
class Article:
    """One news item: clean text (headline first) and what we know about where it came from."""

    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    news: NewsJudgement | None = None
    """Whether the article is news about public affairs, the judgement that earns it event
    coding; None until analyzed."""


@dataclass
class NewsJudgement:
    """Whether an article is news about public affairs, and why: the actors of public affairs
    it names against the words of other subjects (sport, reviews, recipes, science, diaries);
    and whether it reports or argues, and why."""

    public_affairs: bool
    reason: str
    genre: str | None = None
    """`report`, or `opinion` where the author argues in their own voice (a column, an op-ed,
    an editorial, letters), which earns no event coding. None in records made before the
    genre was judged."""
    genre_reason: str | None = None
    withheld: list[WithheldEvent] = field(default_factory=list)
    """Asserted events the learned event filter did not code, each with its probability: a
    user sees what was left out and why, and codes it with `--every-article` or a lower
    `Settings.event_filter_threshold`."""


@dataclass
class WithheldEvent:
    """An asserted event judged one a careful coder would not write: its trigger, the PLOVER
    type it would have had, and the filter's probability beside its threshold (below it, unless
    a rule withheld the event: then `reason` says which)."""

    trigger: Span
    plover_type: str | None
    probability: float
    threshold: float
    reason: str | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass
class Entity:
    """A named thing with every mention of it in the article (after coreference)."""

    id: str
    name: str
    type: str
    actor: str | None
    mentions: list[Span]
    code_from: CodeSource | None = None
    """Which rule gave `actor` (None when there is none): `words`, `person`, `office_holder`."""


@dataclass(frozen=True)
class ActorRef:
    """One argument of an event: the text, and its code when the codebooks resolve it."""

    text: str
    start: int
    end: int
    code: str | None
    name: str | None = None
    code_from: CodeSource | None = None
    """Which rule gave the code (None when there is none)."""


@dataclass(frozen=True)
class CodeSource:
    """Which rule gave an actor its code (docs/actors.md lists them: `words`, `person`,
    `pronoun`, `protest_place` ...), and the words it read when they are not the actor's own:
    the place a protest happens in ("people blocked streets in Hong Kong")."""

    rule: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Speaker:
    """Who says something: canonical `name` after coreference, and the span that names them here."""

    name: str | None
    text: str
    start: int
    end: int
    actor: str | None = None


@dataclass
class TimeExpr:
    """A temporal expression with its TIMEX3 value; `value` None with a `reason` when unresolved.
    `mod` is TIMEX3's modifier, kept beside the value: "early 1990" is `1990` with START,
    "nearly two years" `P2Y` with LESS_THAN."""

    text: str
    start: int
    end: int
    type: str
    value: str | None
    reason: str | None = None
    mod: str | None = None


@dataclass
class Place:
    """A toponym resolved against the gazetteer; `precision` says what the point stands for."""

    name: str | None
    text: str
    start: int
    end: int
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: str | None
    gazetteer_id: str | None
    candidates: list[dict[str, Any]] = field(default_factory=list)
    role: str = "place"
    """"place", or "government" where the name stands for a state ("Tehran said")."""


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: Span | None
    cue_class: str | None = None
    """What the cue attributes: speech, belief, intention, stance or evidence (None: no cue)."""


@dataclass
class EventDate:
    value: str | None
    granularity: str | None
    source: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class EventPlace:
    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: str | None
    gazetteer_id: str | None
    source: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    """Who did what to whom, with the evidence for each field."""

    id: str
    sentence: int
    trigger: Span
    source: list[ActorRef]
    target: list[ActorRef]
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: dict[str, str | None]
    modality: str
    asserted_by: Speaker | None
    mentions: list[Span]
    date: EventDate | None = None
    place: EventPlace | None = None


@dataclass
class Quantity:
    """An amount with the bounds its hedge sets; `of` is the counted noun ("missiles")."""

    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    of: Span | None = None
    hedge: str | None = None


@dataclass
class Analysis:
    """Everything eventwire read in one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    """The record lists after `sentences` are the JSON contract's, in its key order; a new
    record kind adds its list here (or in a subclass), and `to_dict` and the store follow."""

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding a character offset."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.index
        return None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end), the longest overlap first (on a
        tie, the first entity's). Mentions are looked up in an index by start, built once per
        entity list, so that asking for every quote's speaker stays linear."""
        starts, mentions, longest = self._mention_index()
        best, best_rank = None, (0, 0)
        for index in range(bisect_left(starts, start - longest), bisect_left(starts, end)):
            mention_start, mention_end, order, entity = mentions[index]
            overlap = min(end, mention_end) - max(start, mention_start)
            if overlap > 0 and (overlap, -order) > best_rank:
                best, best_rank = entity, (overlap, -order)
        return best

    def _mention_index(self) -> tuple[list[int], list[tuple[int, int, int, Entity]], int]:
        key = (id(self.entities), len(self.entities))
        cached = self.__dict__.get("_mention_index_cache")
        if cached is None or cached[0] != key:
            mentions = sorted(
                (mention.start, mention.end, order, entity)
                for order, (entity, mention) in enumerate(
                    (entity, mention) for entity in self.entities for mention in entity.mentions
                )
            )
            longest = max((end - start for start, end, _, _ in mentions), default=0)
            cached = (key, ([m[0] for m in mentions], mentions, longest))
            self.__dict__["_mention_index_cache"] = cached
        return cached[1]

    @classmethod
    def record_lists(cls) -> tuple[str, ...]:
        """The names of the record lists, in the JSON contract's order (sentences are not in it)."""
        return tuple(f.name for f in fields(cls) if f.name not in ("article", "sentences"))

    def to_dict(self) -> dict[str, Any]:
        article = asdict(self.article)
        if not article["meta"]:
            del article["meta"]
        return {
            "article": article,
            **{
                name: [asdict(record) for record in getattr(self, name)]
                for name in self.record_lists()
            },
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """The analysis `to_dict()` gave (sentences aside: the JSON does not carry them)."""
        return from_dict(cls, data)


def from_dict(record_type: type[RecordType], data: dict[str, Any]) -> RecordType:
    """A record (dataclass) from its `asdict()` form, nested records and lists included.

    Values are taken as they are, never converted, so that a record read back writes the same
    JSON bytes it was read from.
    """
    hints = typing.get_type_hints(record_type)
    return record_type(
        **{
            f.name: _from_json(hints[f.name], data[f.name])
            for f in fields(record_type)
            if f.name in data
        }
    )


def from_fields(record_type: type[RecordType], origin: object, /, **given: Any) -> RecordType:
    """A record (dataclass or named tuple) holding `origin`'s values of the fields the two
    share by name, and the `given` ones; any other field keeps its default. One place copied
    into another kind (a `Place` into an event's `EventPlace`, a curated place into a
    gazetteer entry) without naming each field twice."""
    if is_dataclass(record_type):
        names = tuple(f.name for f in fields(record_type))
    else:
        names = record_type._fields  # type: ignore[attr-defined]
    shared = {name: getattr(origin, name) for name in names if hasattr(origin, name)}
    return record_type(**(shared | given))


def _from_json(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if is_dataclass(hint):
        return from_dict(hint, value)
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_from_json(item, element) for element in value]
    if origin in (typing.Union, types.UnionType):
        records = [arg for arg in typing.get_args(hint) if is_dataclass(arg)]
        return from_dict(records[0], value) if records else value
    return value
