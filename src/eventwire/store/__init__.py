"""The store: analyses in a SQLite file by default, or PostgreSQL by URL, queried by filters."""

from eventwire.store.database import DEFAULT_DB, ArticleRejected, Store, StoreError
from eventwire.store.query import Filters, Found, analyses, find

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
