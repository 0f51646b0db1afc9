"""One run's settings: the user's own tables, the limits, the database; built at the edge.

The CLI builds them with `Settings.from_environment()`, the only place environment variables
are read; Python callers pass `settings=` to `analyze`, `analyze_many` and `ingest`, and get
`BUILT_IN` (our codebooks alone) otherwise. The pipeline puts the settings in force for the
stages it runs (`in_force`), and codebook loaders index the user's tables by the settings'
fields, so two runs with different settings in one process never see each other's tables.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

MAX_ARTICLE_BYTES = 2_000_000
"""Default limit for one article (a text or HTML file, a JSONL line, a WARC page, a feed entry).

Real news pages are well under 1 MB; a bigger "article" is almost always a dump or a
mistake, and reading it would hold the whole file in memory. No more than the parser takes
(`eventwire.nlp.MAX_CHARACTERS`): text has at most one character per byte of its input.
"""

ANALYSES_WAITING = 8
"""Default number of analyses `eventwire serve` lets wait for a turn."""

REQUESTS_WAITING_PER_WORKER = 32
"""Default number of requests `eventwire serve --workers N` lets wait for a free worker, per
worker (at tens of milliseconds a page, a second or two of waiting)."""

SERVE_LIMITS = {
    "analyses_at_once": ("a number of analyses", 1),
    "analyses_waiting": ("a number of analyses", 0),
    "requests_waiting_per_worker": ("a number of requests", 0),
}
"""The server's limits -> what each counts and its least value (None is also taken for
`analyses_at_once`: the server's default, its workers less one)."""

DEFAULT_DB = "eventwire.db"
"""The store used when no database is named: an SQLite file in the current folder."""

ENVIRONMENT = {
    "actor_tables": "EVENTWIRE_ACTOR_TABLES",
    "event_patterns": "EVENTWIRE_EVENT_PATTERNS",
    "database": "EVENTWIRE_DB",
    "api_token": "EVENTWIRE_API_TOKEN",
}
"""Setting -> the environment variable the CLI reads it from (lists of paths separated by
os.pathsep: `:` on Unix, `;` on Windows, for the tables and patterns)."""

SINGLE_VALUES = frozenset({"database", "api_token"})
"""Settings whose variable holds one value, not a list of paths."""


@dataclass(frozen=True)
class Settings:
    """What a run may change without editing our codebooks.

    `actor_tables`: the user's actor and agent tables (our TSV format or PETRARCH dictionaries,
    see docs/actors.md), which override ours; `event_patterns`: the user's trigger pattern files
    (YAML with `verbs:` and `nouns:` sections, tried before ours for the same lemma). Paths
    may be given as any list of str or Path; they are kept as a tuple of Paths, so that
    settings stay hashable and codebook indexes can be keyed by them.
    """

    actor_tables: tuple[Path, ...] = ()
    event_patterns: tuple[Path, ...] = ()
    max_article_bytes: int = MAX_ARTICLE_BYTES
    database: str = DEFAULT_DB
    code_every_article: bool = False
    """Code events in every article, not only in news about public affairs (each article's
    judgement is recorded on it either way)."""
    event_filter_threshold: float | None = None
    """Leave out asserted events the learned event filter gives a lower probability that a
    coder would write them, each recorded in `article.news.withheld` (0: none left out;
    None: the threshold of codebooks/event_filter.tsv)."""
    api_token: str | None = field(default=None, repr=False)
    """The bearer token `eventwire serve` asks of `POST /api/articles` (None: no route stores);
    kept out of `repr` so that it is never printed or logged."""
    analyses_at_once: int | None = None
    """How many analyses `eventwire serve --workers N` runs in its workers at once (1 to
    N - 1; None: N - 1, so one worker is always left to the pages). One process
    (`--workers 1`) runs one at a time in a thread of its own whatever this says."""
    analyses_waiting: int = ANALYSES_WAITING
    """Analyses that may wait for a turn while the server runs its most; past that an
    analysis is answered 503 with Retry-After."""
    requests_waiting_per_worker: int = REQUESTS_WAITING_PER_WORKER
    """Other requests that may wait for a free worker under `serve --workers N`, per worker;
    past that a request is answered 503 with Retry-After."""

    def __post_init__(self) -> None:
        for name in ("actor_tables", "event_patterns"):
            paths = getattr(self, name)
            if isinstance(paths, str | Path):
                raise TypeError(f"Settings.{name} takes a list of paths, not one path")
            object.__setattr__(self, name, as_paths(paths))
        if not isinstance(self.max_article_bytes, int) or self.max_article_bytes < 1:
            raise ValueError(
                f"Settings.max_article_bytes: expected a positive number of bytes, "
                f"not {self.max_article_bytes!r}"
            )
        threshold = self.event_filter_threshold
        if threshold is not None and not (
            isinstance(threshold, int | float) and 0.0 <= threshold < 1.0
        ):
            raise ValueError(
                f"Settings.event_filter_threshold: expected a number from 0 to below 1 or "
                f"None, not {threshold!r}"
            )
        for name, (counted, least) in SERVE_LIMITS.items():
            value = getattr(self, name)
            if value is None and name == "analyses_at_once":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                raise ValueError(
                    f"Settings.{name}: expected {counted}, {least} or more, not {value!r}"
                )
        if self.api_token is not None and not (
            isinstance(self.api_token, str) and self.api_token.strip()
        ):
            raise ValueError("Settings.api_token: expected a non-empty string or None")

    def analyses_at_once_for(self, workers: int) -> int:
        """How many analyses `eventwire serve` with `workers` processes runs at once: the
        setting, or all workers but one (one is always left to the pages; one process runs
        one analysis at a time). ValueError past that."""
        most = max(1, workers - 1)
        if self.analyses_at_once is None:
            return most
        if self.analyses_at_once > most:
            raise ValueError(
                f"analyses at once: at most {most} with {workers} worker process"
                f"{'es' if workers > 1 else ''} (one is always left to the pages), "
                f"not {self.analyses_at_once}"
            )
        return self.analyses_at_once

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from EVENTWIRE_ACTOR_TABLES, EVENTWIRE_EVENT_PATTERNS, EVENTWIRE_DB and
        EVENTWIRE_API_TOKEN (`os.environ` unless given); what is unset keeps its default."""
        environ = os.environ if environ is None else environ
        given: dict[str, object] = {}
        for name, variable in ENVIRONMENT.items():
            if value := environ.get(variable):
                given[name] = value if name in SINGLE_VALUES else value.split(os.pathsep)
        return cls(**given)  # type: ignore[arg-type]


def as_paths(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    return tuple(Path(path) for path in paths if str(path))


BUILT_IN = Settings()
"""Our codebooks alone and the default limits: what a Python caller gets without `settings=`."""

_in_force: ContextVar[Settings] = ContextVar("eventwire_settings", default=BUILT_IN)


@contextmanager
def in_force(settings: Settings) -> Iterator[Settings]:
    """Make `settings` the ones codebook loaders use while the block runs (this thread or task
    only); outside every such block they use `BUILT_IN`."""
    token = _in_force.set(settings)
    try:
        yield settings
    finally:
        _in_force.reset(token)


def settings_in_force() -> Settings:
    return _in_force.get()
