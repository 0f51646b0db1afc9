"""eventwire: news articles to event data, every field tied to the characters that support it."""

from typing import Any

from eventwire.records import Analysis, Article
from eventwire.settings import Settings

__all__ = ["Analysis", "Article", "Settings", "analyze", "analyze_many"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`analyze` and `analyze_many` load the language model's library (spaCy) only when first
    used, so commands that only read a store start quickly."""
    if name in ("analyze", "analyze_many"):
        from eventwire import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
