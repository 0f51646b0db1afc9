"""Keep a store's stories: add one stored article to them, or rebuild them all.

Both paths give the same stories: an article's story index entry depends on its analysis
alone, a link on two entries alone, so blocks are the same connected groups either way; a
block's stories depend on its members alone (`clustering`), and a story's events and
discrepancies on its member articles alone, taken earliest first.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any

import sqlalchemy as sa

from eventwire.store import stories as tables
from eventwire.store.database import Store, StoreError
from eventwire.store.schema import Schema
from eventwire.stories.clustering import (
    BLOCK_LIMIT,
    STORY_THRESHOLD,
    Member,
    block_id,
    block_stories,
    linked,
    stories_of,
    story_id,
    strong_stories,
)
from eventwire.stories.coreference import StoredArticle, story_events
from eventwire.stories.discrepancies import discrepancies
from eventwire.stories.features import story_features
from eventwire.stories.pairs import pair_score, terms_of
from eventwire.stories.records import Story
from eventwire.workers import batches_of

log = logging.getLogger(__name__)

PROGRESS_EVERY = 10_000
"""A rebuild says how far it has read every this many articles (it runs for minutes at
100,000, in `restory` and in the migrations that rebuild stories)."""

REBUILD_BATCH = 100
"""Articles a rebuild reads, and whose stories it writes, together: fewer statements against
the records of fewer articles held at once (each holds some 100 KB decoded)."""


def member_of(analysis: dict[str, Any]) -> Member:
    article = analysis["article"]
    published = article.get("published")
    return Member(article["id"], published[:10] if published else None, story_features(analysis))


def add_article(store: Store, analysis: dict[str, Any]) -> str:
    """Put a just-stored article (its analysis in JSON form) in its story: it joins the
    blocks it links to, merging them, and that block's stories are decided again (they may
    merge or split). Returns the article's story id."""
    member = member_of(analysis)
    try:
        with store.engine.begin() as connection:
            return add_member(connection, store.schema, member)
    except sa.exc.DBAPIError as error:
        raise StoreError(
            f"{store.location}: article {member.article_id} stored, its story not updated "
            f"(eventwire restory rebuilds stories): {' '.join(str(error.orig).split())}"
        ) from None


def add_member(connection: sa.Connection, schema: Schema, new: Member) -> str:
    """Put a new article in its block and decide that block's stories again; only the
    stories whose members changed are rebuilt (deleted under their old ids, written under
    their new ones). Returns the article's story id.

    A block of at most `BLOCK_LIMIT` articles is re-clustered whole (average link). A block
    over it keeps the stories `strong_stories` gives, which only merge: its blocks already
    over the limit are not read, only the stories the new article joins and the smaller
    blocks it brings in, so an ingest never reads more than those."""
    others = [
        m
        for m in tables.candidates(connection, schema, new.published)
        if m.article_id != new.article_id
    ]
    links = [m for m in others if linked(new, m)]
    blocks = tables.ids_of(connection, schema, "block_id", (m.article_id for m in links))
    sizes = tables.block_sizes(connection, schema, blocks.values())
    small = {block for block, size in sizes.items() if size <= BLOCK_LIMIT}
    held = tables.block_members(connection, schema, small) if small else []
    if 1 + sum(sizes.values()) <= BLOCK_LIMIT:
        stories = block_stories([member for member, _ in held] + [new])
    else:
        stories, joined = joined_strong_stories(connection, schema, new, held, links)
        held += joined
    before: dict[str, set[str]] = {}
    for member, story in held:
        before.setdefault(story, set()).add(member.article_id)
    named = [(story_id(group), group) for group in stories]
    changed = [
        (story, group)
        for story, group in named
        if before.get(story) != {member.article_id for member in group}
    ]
    unchanged = {story for story, _ in named} - {story for story, _ in changed}
    tables.delete_stories(connection, schema, set(before) - unchanged)
    firsts = tables.earliest_members(connection, schema, set(sizes) - small)
    key = block_id([new, *(member for member, _ in held), *firsts])
    tables.delete_index(connection, schema, (member.article_id for member, _ in held))
    tables.move_blocks(connection, schema, set(sizes) - small, key)
    tables.write_index(connection, schema, [(key, story, group) for story, group in named])
    write_stories(connection, schema, changed)
    return next(story for story, group in named if new in group)


def joined_strong_stories(
    connection: sa.Connection,
    schema: Schema,
    new: Member,
    held: list[tuple[Member, str]],
    links: list[Member],
) -> tuple[list[list[Member]], list[tuple[Member, str]]]:
    """The stories of a block over `BLOCK_LIMIT` that a new article changes: those of its
    smaller blocks (`held`, read whole) as `strong_stories` cuts them, and the one the new
    article makes, joining every story it has a strong link to, read from the index where it
    lies in a block already over the limit. Returns those stories and the members read from
    such joined stories (with their old story ids)."""
    groups = strong_stories([member for member, _ in held])
    group_of = {member.article_id: index for index, group in enumerate(groups) for member in group}
    terms = terms_of(new.features)
    strong = [
        m.article_id for m in links if pair_score(terms, terms_of(m.features)) >= STORY_THRESHOLD
    ]
    touched = {group_of[article] for article in strong if article in group_of}
    large = tables.ids_of(connection, schema, "story_id", (a for a in strong if a not in group_of))
    joined = tables.story_members(connection, schema, set(large.values())) if large else []
    merged = [new, *(m for index in touched for m in groups[index]), *(m for m, _ in joined)]
    kept = [group for index, group in enumerate(groups) if index not in touched]
    return [*kept, sorted(merged, key=lambda member: member.order)], joined


def write_stories(
    connection: sa.Connection, schema: Schema, stories: list[tuple[str, list[Member]]]
) -> None:
    """Build and store the records of stories from their members' stored records, reading
    the members `REBUILD_BATCH` at a time and writing records as their story events close, so
    a story of thousands of articles is never held whole."""
    tables.write_stories(
        connection,
        schema,
        (
            record
            for (story, members), articles in zip(
                stories, stored_stories(connection, schema, stories), strict=True
            )
            for record in story_records(
                story, articles, with_undated=any(m.published is None for m in members)
            )
        ),
    )


def stored_stories(
    connection: sa.Connection, schema: Schema, stories: list[tuple[str, list[Member]]]
) -> Iterator[Iterator[StoredArticle]]:
    """Each story's stored articles, in its members' order; one story's must be read before
    the next's (they come from one stream of chunks)."""
    pairs = ((story, member.article_id) for story, members in stories for member in members)
    loaded = (
        (story, article)
        for chunk in batches_of(pairs, REBUILD_BATCH)
        for story, article in zip(
            (story for story, _ in chunk),
            tables.stored_articles(connection, schema, [article_id for _, article_id in chunk]),
            strict=True,
        )
    )
    for _, articles in groupby(loaded, key=lambda pair: pair[0]):
        yield (article for _, article in articles)


def story_records(
    story: str, articles: Iterable[StoredArticle], *, with_undated: bool | None = None
) -> Iterator[tuple[str, int, Any]]:
    """The story's story events and their discrepancies as they close, then the story itself,
    each as (story kind, position in the story, record), from its articles (earliest first).
    `with_undated`: whether an article of the story is undated (`story_events`)."""
    record = Story(story, None, [], [], None, None)
    outlets: set[str] = set()

    def read(article: StoredArticle) -> StoredArticle:
        found = article.article
        if not record.articles:
            record.title = found.get("title")
        record.articles.append(found["id"])
        outlets.update([found["outlet"]] if found.get("outlet") else [])
        if day := found.get("published"):
            record.first_published = min(record.first_published or day, day)
            record.last_published = max(record.last_published or day, day)
        return article

    built = story_events(story, map(read, articles), with_undated=with_undated)
    for record.events, (event, group) in enumerate(built, start=1):
        yield "story_events", record.events - 1, event
        for discrepancy in discrepancies(event, group):
            yield "discrepancies", record.discrepancies, discrepancy
            record.discrepancies += 1
    record.outlets = sorted(outlets)
    yield "stories", 0, record


def rebuild(connection: sa.Connection, schema: Schema) -> int:
    """Forget every story and cluster all stored articles afresh; returns the story count.

    Articles are read undated first, then by day, and each story is written as soon as no
    later article can join it (`clustering.stories_of`): memory holds the articles of one
    window, whatever the size of the store."""
    tables.clear(connection, schema)
    inputs = tables.indexing_inputs(connection, schema, REBUILD_BATCH)
    count, batch, size = 0, [], 0
    for story in stories_of(members_of(inputs)):
        batch.append(story)
        count, size = count + 1, size + len(story[2])
        if size >= REBUILD_BATCH:
            write_batch(connection, schema, batch)
            batch, size = [], 0
    write_batch(connection, schema, batch)
    return count


def members_of(analyses: Iterable[dict[str, Any]]) -> Iterator[Member]:
    for read, analysis in enumerate(analyses, 1):
        if read % PROGRESS_EVERY == 0:
            log.info("stories: %d articles read", read)
        yield member_of(analysis)


def write_batch(
    connection: sa.Connection, schema: Schema, stories: list[tuple[str, str, list[Member]]]
) -> None:
    """Index and build stories given as (block id, story id, members)."""
    tables.write_index(connection, schema, stories)
    write_stories(connection, schema, [(story, members) for _, story, members in stories])


def restory(store: Store) -> int:
    """`eventwire restory`: rebuild all stories of a store in one transaction."""
    with store.engine.begin() as connection:
        return rebuild(connection, store.schema)
