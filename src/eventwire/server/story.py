"""The story view: each real-world event with every passage that reports it, side by side.

Until stories across articles are stored, a story is one article's merged events: each
event with its mentions in that article. A story from the store slots in by giving the
same shape, mentions from many articles.
"""

from __future__ import annotations

from typing import Any

CONTEXT_CHARACTERS = 160
"""Characters of text shown on each side of a mention when its sentence is not known."""


def article_story(analysis: dict[str, Any]) -> dict[str, Any]:
    """{article, events: [{event, mentions: [{article_id, title, outlet, published,
    before, text, after, start, end}]}]} for one article's merged events."""
    article, text = analysis["article"], analysis["article"]["text"]
    sentences = analysis.get("sentences") or []
    events = []
    for event in analysis.get("events") or []:
        spans = event.get("mentions") or [event["trigger"]]
        mentions = []
        for span in spans:
            start, end = _around(sentences, span["start"], span["end"], len(text))
            mentions.append(
                {
                    "article_id": article["id"],
                    "title": article.get("title"),
                    "outlet": article.get("outlet"),
                    "published": article.get("published"),
                    "before": text[start : span["start"]],
                    "text": text[span["start"] : span["end"]],
                    "after": text[span["end"] : end],
                    "start": span["start"],
                    "end": span["end"],
                }
            )
        events.append({"event": event, "mentions": mentions})
    return {"article": {k: v for k, v in article.items() if k != "text"}, "events": events}


def _around(sentences: list[dict[str, int]], start: int, end: int, length: int) -> tuple[int, int]:
    """The sentence holding the span, else a window of context around it."""
    for sentence in sentences:
        if sentence["start"] <= start and end <= sentence["end"]:
            return sentence["start"], sentence["end"]
    return max(0, start - CONTEXT_CHARACTERS), min(length, end + CONTEXT_CHARACTERS)
