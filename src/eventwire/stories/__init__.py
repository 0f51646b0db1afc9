"""Stories: articles about one real-world happening, the events they share, and where they
disagree. See docs/stories.md.

`add_article`, `restory` (keeping a store's stories) and `find_stories`, `story` (reading
them) are loaded on first use: `eventwire.kinds` imports this package's record types, and the
store imports `kinds`.
"""

from importlib import import_module
from typing import Any

_PUBLIC = {
    "add_article": "eventwire.stories.build",
    "restory": "eventwire.stories.build",
    "find_stories": "eventwire.stories.show",
    "story": "eventwire.stories.show",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'eventwire.stories' has no attribute {name!r}")
    return getattr(import_module(_PUBLIC[name]), name)
