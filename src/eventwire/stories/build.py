"""Keep a store's stories: add one stored article to them, or rebuild them all.

Both paths give the same stories: an article's story index entry depends on its analysis
alone, a link on two entries alone, so blocks are the same connected groups either way; a
block's stories depend on its members alone (`clustering`), and a story's events and
discrepancies on its member articles alone, taken earliest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any

import sqlalchemy as sa

from eventwire.store import stories as tables
from eventwire.store.database import Store, StoreError
from eventwire.store.schema import Schema
from eventwire.stories.clustering import (
    Member,
    block_id,
    block_stories,
    linked,
    stories_of,
    story_id,
)
from eventwire.stories.coreference import StoredArticle, story_events
from eventwire.stories.discrepancies import discrepancies
from eventwire.stories.features import story_features
from eventwire.stories.records import Story
from eventwire.workers import batches_of

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
    """Re-cluster the block a new article makes: only the stories whose members changed are
    rebuilt (deleted under their old ids, written under their new ones)."""
    others = [
        m
        for m in tables.candidates(connection, schema, new.published)
        if m.article_id != new.article_id
    ]
    joined = tables.block_ids_of(
        connection, schema, (m.article_id for m in others if linked(new, m))
    )
    held = tables.block_members(connection, schema, joined) if joined else []
    before: dict[str, set[str]] = {}
    for member, story in held:
        before.setdefault(story, set()).add(member.article_id)
    members = [member for member, _ in held] + [new]
    block = block_id(members)
    stories = [(story_id(group), group) for group in block_stories(members)]
    changed = [
        (story, group)
        for story, group in stories
        if before.get(story) != {member.article_id for member in group}
    ]
    unchanged = {story for story, _ in stories} - {story for story, _ in changed}
    tables.delete_stories(connection, schema, set(before) - unchanged)
    tables.delete_blocks(connection, schema, joined)
    tables.write_index(connection, schema, [(block, story, group) for story, group in stories])
    write_stories(connection, schema, changed)
    return next(story for story, group in stories if new in group)


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
    for story in stories_of(member_of(analysis) for analysis in inputs):
        batch.append(story)
        count, size = count + 1, size + len(story[2])
        if size >= REBUILD_BATCH:
            write_batch(connection, schema, batch)
            batch, size = [], 0
    write_batch(connection, schema, batch)
    return count


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
