"""eventwire: news articles to event data, every field tied to the characters that support it."""

from eventwire.analyze import analyze, analyze_many
from eventwire.records import Analysis, Article
from eventwire.settings import Settings

__all__ = ["Analysis", "Article", "Settings", "analyze", "analyze_many"]
__version__ = "0.1.0"
