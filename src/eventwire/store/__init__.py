"""The store: analyses in a SQLite file by default, or PostgreSQL by URL, queried by filters."""

from eventwire.filters import Filters
from eventwire.store.database import DEFAULT_DB, ArticleRejected, Store, StoreError
from eventwire.store.query import Found, analyses, find

__all__ = [
    "DEFAULT_DB",
    "ArticleRejected",
    "Filters",
    "Found",
    "Store",
    "StoreError",
    "analyses",
    "find",
]
