"""The database tables, in SQLAlchemy Core so the same schema runs on SQLite and PostgreSQL.

Each record table keeps the record's full JSON (`record`, exactly as `Analysis.to_dict()`
gives it) and its position in the article's list, so an export rebuilds the analysis
byte for byte; the other columns are copies of the fields people filter on.
"""

from __future__ import annotations

import sqlalchemy as sa

SCHEMA_VERSION = 1
"""Raise when a table or column changes, and add the step from the old version to MIGRATIONS."""

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
)

ID = sa.String(64)
CODE = sa.String(32)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Text, doc="as given: a date or a date and time"),
    sa.Column("published_date", sa.String(10), doc="YYYY-MM-DD part of `published`"),
    sa.Column("language", sa.String(16)),
    sa.Column("record", sa.Text, nullable=False),
    sa.Index("ix_articles_published_date", "published_date"),
    sa.Index("ix_articles_outlet", "outlet"),
)


def record_table(name: str, *columns: sa.Column, indexes: tuple[str, ...] = ()) -> sa.Table:
    """A table of one record kind: (article, position) is the key, `record` the full JSON."""
    return sa.Table(
        name,
        metadata,
        sa.Column(
            "article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("id", ID),
        *columns,
        sa.Column("record", sa.Text, nullable=False),
        *(sa.Index(f"ix_{name}_{column}", column) for column in indexes),
    )


sentences = sa.Table(
    "sentences",
    metadata,
    sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("char_start", sa.Integer, nullable=False),
    sa.Column("char_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

entities = record_table(
    "entities",
    sa.Column("name", sa.Text),
    sa.Column("type", sa.String(32)),
    sa.Column("actor", CODE),
    sa.Column("mention_count", sa.Integer, nullable=False),
    indexes=("actor", "name"),
)

events = record_table(
    "events",
    sa.Column("sentence", sa.Integer, nullable=False),
    sa.Column("trigger", sa.Text, nullable=False),
    sa.Column("cameo", CODE, nullable=False),
    sa.Column("cameo_root", CODE, nullable=False),
    sa.Column("quad_class", sa.Integer),
    sa.Column("goldstein", sa.Float),
    sa.Column("plover_type", CODE),
    sa.Column("plover_mode", CODE),
    sa.Column("modality", CODE, nullable=False),
    sa.Column("asserted_by", sa.Text),
    sa.Column("date_value", CODE),
    sa.Column("date_granularity", CODE),
    sa.Column("place_name", sa.Text),
    sa.Column("place_country", CODE),
    sa.Column("place_lat", sa.Float),
    sa.Column("place_lon", sa.Float),
    sa.Column("place_precision", CODE),
    indexes=("cameo", "modality", "plover_type", "place_country", "date_value"),
)

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("article_id", ID, primary_key=True),
    sa.Column("event_position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("role", sa.String(8), primary_key=True, doc="source or target"),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("code", CODE),
    sa.Column("text", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(
        ["article_id", "event_position"],
        ["events.article_id", "events.position"],
        ondelete="CASCADE",
    ),
    sa.Index("ix_event_actors_code", "code"),
)

quotes = record_table(
    "quotes",
    sa.Column("kind", CODE),
    sa.Column("speaker_name", sa.Text),
    sa.Column("speaker_actor", CODE),
    sa.Column("text", sa.Text, nullable=False),
    indexes=("speaker_actor",),
)

times = record_table(
    "times",
    sa.Column("type", CODE),
    sa.Column("value", CODE),
)

places = record_table(
    "places",
    sa.Column("name", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("country", CODE),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("precision", CODE),
    sa.Column("role", CODE),
    indexes=("country", "role"),
)

quantities = record_table(
    "quantities",
    sa.Column("value", sa.Float),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("unit", sa.Text),
)

RECORD_TABLES: dict[str, sa.Table] = {
    "entities": entities,
    "events": events,
    "quotes": quotes,
    "times": times,
    "places": places,
    "quantities": quantities,
}
"""The record lists of `Analysis.to_dict()`, in its key order, and the table holding each."""
