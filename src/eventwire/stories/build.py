"""Keep a store's stories: add one stored article to them, or rebuild them all.

Both paths give the same stories: an article's story index entry depends on its analysis
alone, a link on two entries alone (`clustering`), and a story's events and discrepancies on
its member articles alone, taken earliest first.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from eventwire.store import stories as tables
from eventwire.store.database import Store, StoreError
from eventwire.store.schema import Schema
from eventwire.stories.clustering import Member, linked, stories_of, story_id
from eventwire.stories.coreference import StoredArticle, story_events
from eventwire.stories.discrepancies import discrepancies
from eventwire.stories.features import story_features
from eventwire.stories.records import Story

REBUILD_BATCH = 100
"""Articles a rebuild reads, and whose stories it writes, together: fewer statements against
the records of fewer articles held at once (each holds some 100 KB decoded)."""


def member_of(analysis: dict[str, Any]) -> Member:
    article = analysis["article"]
    published = article.get("published")
    return Member(article["id"], published[:10] if published else None, story_features(analysis))


def add_article(store: Store, analysis: dict[str, Any]) -> str:
    """Put a just-stored article (its analysis in JSON form) in its story: it joins every
    story it links to, merging them, or starts one. Returns the story id."""
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
    others = [
        m
        for m in tables.candidates(connection, schema, new.published)
        if m.article_id != new.article_id
    ]
    joined = tables.story_ids_of(
        connection, schema, (m.article_id for m in others if linked(new, m))
    )
    members = [*tables.members_of(connection, schema, joined), new] if joined else [new]
    tables.delete_stories(connection, schema, joined)
    members.sort(key=lambda member: member.order)
    story = story_id(members)
    tables.move_articles(connection, schema, joined, story)
    tables.write_index(connection, schema, [(story, [new])])
    write_stories(connection, schema, [(story, members)])
    return story


def write_stories(
    connection: sa.Connection, schema: Schema, stories: list[tuple[str, list[Member]]]
) -> None:
    """Build and store the records of stories from their members' stored records."""
    ids = [member.article_id for _, members in stories for member in members]
    stored = {a.article["id"]: a for a in tables.stored_articles(connection, schema, ids)}
    tables.write_stories(
        connection,
        schema,
        (
            story_records(story, [stored[m.article_id] for m in members])
            for story, members in stories
        ),
    )


def story_records(story: str, articles: list[StoredArticle]) -> dict[str, list[Any]]:
    """The story, its story events and their discrepancies, from its articles (earliest first)."""
    built = story_events(story, articles)
    found = [d for event, group in built for d in discrepancies(event, group)]
    published = [a.article["published"] for a in articles if a.article.get("published")]
    record = Story(
        id=story,
        title=articles[0].article.get("title"),
        articles=[a.article["id"] for a in articles],
        outlets=sorted({a.article["outlet"] for a in articles if a.article.get("outlet")}),
        first_published=min(published, default=None),
        last_published=max(published, default=None),
        events=len(built),
        discrepancies=len(found),
    )
    return {
        "stories": [record],
        "story_events": [event for event, _ in built],
        "discrepancies": found,
    }


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
        count, size = count + 1, size + len(story[1])
        if size >= REBUILD_BATCH:
            write_batch(connection, schema, batch)
            batch, size = [], 0
    write_batch(connection, schema, batch)
    return count


def write_batch(
    connection: sa.Connection, schema: Schema, stories: list[tuple[str, list[Member]]]
) -> None:
    tables.write_index(connection, schema, stories)
    write_stories(connection, schema, stories)


def restory(store: Store) -> int:
    """`eventwire restory`: rebuild all stories of a store in one transaction."""
    with store.engine.begin() as connection:
        return rebuild(connection, store.schema)
