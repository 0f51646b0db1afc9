"""The pipeline: parse once, run the stages in a fixed order over that parse, return an Analysis."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

from spacy.tokens import Doc

from eventwire.annotate.entities import find_entities
from eventwire.annotate.events import find_events
from eventwire.annotate.parse_views import release_views, start_views
from eventwire.annotate.places import find_places
from eventwire.annotate.quantities import find_quantities
from eventwire.annotate.quotes import find_quotes
from eventwire.annotate.times import find_times
from eventwire.budget import DEFAULT_TIME_BUDGET, check_budget, time_limit
from eventwire.codebooks.actors import user_tables
from eventwire.codebooks.events import noun_frames, verb_frames
from eventwire.codebooks.office_holders import office_holders
from eventwire.headline_case import parse_articles
from eventwire.nlp import check_length
from eventwire.readers.dates import normalize_date
from eventwire.readers.text import article_from_text
from eventwire.records import Analysis, Article, Sentence
from eventwire.settings import Settings, in_force, settings_in_force
from eventwire.workers import analyze_batches, batches_of, check_workers

Stage = Callable[[Doc, Analysis], list[Any]]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("entities", find_entities),
    ("times", find_times),
    ("places", find_places),
    ("quotes", find_quotes),
    ("events", find_events),
    ("quantities", find_quantities),
)
"""Order matters: each stage may read the records of the stages before it, never edit them."""

BATCH_SIZE = 16
"""Articles per `nlp.pipe` batch: larger batches use more memory and are no faster."""


def to_article(
    source: str | Article,
    published: str | None = None,
    outlet: str | None = None,
) -> Article:
    """An Article as given, or one read from plain text (first line the headline); either way
    its publication date normalised, so records do not depend on how the date was written.

    Raises ValueError when the date cannot be read.
    """
    if isinstance(source, Article):
        source.published = normalize_date(published or source.published)
        if outlet:
            source.outlet = outlet
        return source
    if not isinstance(source, str):
        raise TypeError(f"analyze() takes a str or an Article, not {type(source).__name__}")
    return article_from_text(source, published=published, outlet=outlet)


def analyze(
    source: str | Article,
    published: str | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> Analysis:
    """Analyze one article given as text (headline on the first line) or as an Article.

    `settings` default to those in force: `BUILT_IN` (our codebooks alone) unless the call
    is inside `with eventwire.settings.in_force(...)`. Raises AnalysisTimeout when the parse
    and the stages take more than `time_budget` CPU seconds (None: no limit), ValueError
    when the text is longer than the parser takes."""
    check_budget(time_budget)
    article = to_article(source, published, outlet)
    check_length(article.text)
    with time_limit(time_budget):
        (parse,) = parse_articles([article.text])
        return analyze_parsed(article, parse, settings)


def analyze_many(
    sources: Iterable[str | Article],
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    settings: Settings | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    memory_budget: int | None = None,
) -> Iterator[Analysis]:
    """Stream analyses in input order, parsing in batches; memory stays flat however many
    articles come. With `workers` > 1, batches are analyzed in that many processes, the
    settings (default: those in force at this call) sent with every batch; with a
    `memory_budget` (bytes an article may add to a worker's memory) in one at least. The first
    article that fails raises its error; `analyze_results` goes on past it."""
    results = analyze_results(
        sources,
        batch_size,
        workers,
        settings,
        time_budget,
        isolate=False,
        memory_budget=memory_budget,
    )
    for _, result in results:
        if isinstance(result, Exception):
            raise result
        yield result


def analyze_results(
    sources: Iterable[str | Article],
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    settings: Settings | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    isolate: bool = True,
    memory_budget: int | None = None,
) -> Iterator[tuple[Article, Analysis | Exception]]:
    """Each article with its analysis, or with the exception that stopped it (a parse error,
    the time budget spent, more memory than `memory_budget` bytes, its worker process
    killed under it twice, any bug): one bad article costs only itself, and the rest of the
    batch is still analyzed. `isolate=False` lets the first error escape instead."""
    check_budget(time_budget)
    check_workers(workers, force=True)
    settings = settings or settings_in_force()
    articles = (to_article(source) for source in sources)
    analyze_one_batch = partial(
        analyze_each if isolate else analyze_batch, settings=settings, time_budget=time_budget
    )
    batches = batches_of(articles, batch_size)
    for batch, results in analyze_batches(batches, workers, analyze_one_batch, memory_budget):
        yield from zip(batch, results, strict=True)


def analyze_each(
    batch: list[Article],
    settings: Settings | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> list[Analysis | Exception]:
    """Analyses of a batch parsed together; if that fails, of each article alone, so that a
    bad article costs only itself (its place holds the exception)."""
    try:
        return analyze_batch(batch, settings, time_budget)
    except Exception:
        results: list[Analysis | Exception] = []
        for article in batch:
            try:
                results.append(analyze(article, settings=settings, time_budget=time_budget))
            except Exception as error:  # one article's failure must not stop the others
                results.append(error)
        return results


def analyze_batch(
    batch: list[Article],
    settings: Settings | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> list[Analysis]:
    """A batch parsed together (the budget of all its articles for the parse), then each
    article's stages within its own budget."""
    for article in batch:
        check_length(article.text)
    with time_limit(None if time_budget is None else time_budget * len(batch)):
        parses = parse_articles([a.text for a in batch])
    results = []
    for article, parse in zip(batch, parses, strict=True):
        with time_limit(time_budget):
            results.append(analyze_parsed(article, parse, settings))
    return results


def analyze_parsed(article: Article, parse: Doc, settings: Settings | None = None) -> Analysis:
    """Run every stage over an existing parse of `article.text`, with `settings` (default:
    those in force) in force."""
    with staged_analysis(article, parse, settings) as analysis:
        run_stages(parse, analysis)
    return analysis


def run_stages(parse: Doc, analysis: Analysis, until: str | None = None) -> None:
    """Fill `analysis` stage by stage, in `STAGES` order, stopping before the stage named
    `until` (None: every stage): tools that read inside a stage (scripts/train_event_filter.py)
    run the ones before it."""
    for name, stage in STAGES:
        if name == until:
            return
        setattr(analysis, name, stage(parse, analysis))


@contextmanager
def staged_analysis(
    article: Article, parse: Doc, settings: Settings | None = None
) -> Iterator[Analysis]:
    """An empty analysis of `article` for stages to fill, over its parse with the parse's
    views seeded and `settings` (default: those in force) in force; the views are released on
    leaving. For `analyze_parsed`, and for tools that run some stages and read what a stage
    holds inside (scripts/train_event_filter.py)."""
    analysis = Analysis(article=article, sentences=sentences_of(parse))
    start_views(parse, article.text)
    try:
        with in_force(settings or settings_in_force()):
            yield analysis
    finally:
        release_views(parse)


def check_settings(settings: Settings) -> None:
    """Read the user's tables and pattern files the settings name, so that a bad one stops a
    run before its first article, with an error naming the file (and the row)."""
    user_tables(settings.actor_tables)
    office_holders(settings)
    verb_frames(settings)
    noun_frames(settings)


def sentences_of(parse: Doc) -> list[Sentence]:
    return [
        Sentence(index=i, start=sent.start_char, end=sent.end_char)
        for i, sent in enumerate(parse.sents)
    ]
