"""Story events: the event records of a story's articles that tell one real event.

The rules are the per-article merge's (`annotate.events.compare`), applied to stored records
instead of mentions: same kind of act, compatible codes and actors. Three things differ across
articles. Uncoded actors are compared by their head word ("12 soldiers" and "14 soldiers" are
both "soldiers", so the counts can disagree); dates a few days apart may be one event told
with different dates (a discrepancy, not two events); and tellings that name different coded
actors on one side but share the other may be one event told with different actors ("the
army fired" against "rebels fired"; also a discrepancy). Mentions are taken earliest article
first, so a story's members decide its events whatever order they were stored in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from eventwire.annotate.events.compare import (
    Telling,
    actor_key,
    agree,
    coded,
    compatible,
    event_family,
    share_actors,
)
from eventwire.records import ActorRef, content_hash
from eventwire.stories.records import StoryEvent, StoryMention, Support

DATE_SLACK_DAYS = 3
"""Text dates this close may be one event reported with different days; further apart, two."""
LEAD_WORDS = re.compile(
    r"^(?:the|a|an|some|several|many|dozens|hundreds|at|least|about|\d[\d,.]*)$"
)
ROLES = ("source", "target")
BREAK_WORDS = frozenset(
    {"near", "in", "of", "at", "on", "from", "for", "with", "outside", "inside"}
)


@dataclass
class StoredArticle:
    """What coreference reads of one member article: stored records, never its text."""

    article: dict[str, Any]
    events: list[dict[str, Any]]
    quantities: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    """Character range of each sentence, by index."""

    def sentence_of(self, offset: int) -> int | None:
        for index, (start, end) in enumerate(self.sentences):
            if start <= offset < end:
                return index
        return None


@dataclass
class Told:
    """One event record of one article, read for comparison."""

    article: StoredArticle
    event: dict[str, Any]
    telling: Telling

    @property
    def text_date(self) -> str | None:
        found = self.event.get("date") or {}
        return found.get("value") if found.get("source") != "published" else None


def head_word(actor: ActorRef) -> ActorRef:
    """An uncoded actor named by its head word, so counts and articles do not split it."""
    if actor.code:
        return actor
    words = []
    for word in (actor.name or actor.text).lower().split():
        if word in BREAK_WORDS and words:
            break
        if not LEAD_WORDS.match(word):
            words.append(word)
    return replace(actor, name=words[-1] if words else actor.text.lower())


def actor_ref(actor: dict[str, Any]) -> ActorRef:
    """What comparison reads of a stored actor (`from_dict` would be exact, and slow here)."""
    return ActorRef(
        actor["text"], actor["start"], actor["end"], actor.get("code"), actor.get("name")
    )


def told(article: StoredArticle, event: dict[str, Any]) -> Told:
    actors = {
        role: [head_word(actor_ref(actor)) for actor in event.get(role) or []] for role in ROLES
    }
    telling = Telling(event["cameo"], actors["source"], actors["target"], None)
    return Told(article, event, telling)


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two text dates (0 where either is missing or not a day)."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return 0


def disputed_role(a: Telling, b: Telling) -> str | None:
    """The one role ("source" or "target") on which two tellings name coded actors of which
    none refines another (outlet A: the army fired; outlet B: rebels fired), or None."""
    roles = [
        role
        for role in ROLES
        if coded(getattr(a, role))
        and coded(getattr(b, role))
        and not agree(getattr(a, role), getattr(b, role))
    ]
    return roles[0] if len(roles) == 1 else None


def fits(group: list[Told], candidate: Told) -> tuple[int, int] | None:
    """How well a mention fits a story event of its family that holds no mention of its
    article (`story_events` offers no other: one article never tells one event twice, its own
    merge already decided), or None when it cannot join (higher is better).

    A telling whose coded actors on one role conflict with a member's may still join when
    everything else fits and they share an actor on the other role: one event whose outlets
    disagree on who did it (a discrepancy). Such a fit ranks below every fit without dispute."""
    score = disputes = 0
    for member in group:
        mine, theirs = member.telling, candidate.telling
        if not compatible(mine, theirs):
            role = disputed_role(mine, theirs)
            if role is None:
                return None
            mine, theirs = replace(mine, **{role: []}), replace(theirs, **{role: []})
            if not compatible(mine, theirs) or not share_actors(mine, theirs):
                return None
            disputes += 1
        if days_apart(member.text_date, candidate.text_date) > DATE_SLACK_DAYS:
            return None
        shared = share_actors(mine, theirs)
        both_coded = coded(mine.source + mine.target) and coded(theirs.source + theirs.target)
        if both_coded and not shared:
            return None
        score += 2 * shared + (member.event["cameo"] == candidate.event["cameo"])
        score += bool(member.text_date and member.text_date == candidate.text_date)
    return -disputes, score


def story_events(
    story_id: str, articles: list[StoredArticle]
) -> list[tuple[StoryEvent, list[Told]]]:
    """The story events of a story's articles (given earliest first), each with its mentions.

    A mention is offered only to the groups of its event family that hold no mention of its
    own article yet (`fits` refuses the others), so a story of one article costs no
    comparison at all."""
    groups: list[list[Told]] = []
    by_family: dict[str, list[int]] = {}
    for article in articles:
        for event in article.events:
            candidate = told(article, event)
            family = by_family.setdefault(event_family(event["cameo"]), [])
            open_groups = [i for i in family if groups[i][-1].article is not article]
            scored = [(fits(groups[i], candidate), -i) for i in open_groups]
            best = max((pair for pair in scored if pair[0] is not None), default=None)
            if best is None:
                family.append(len(groups))
                groups.append([candidate])
            else:
                groups[-best[1]].append(candidate)
    return [(story_event(story_id, group), group) for group in groups]


def story_event(story_id: str, group: list[Told]) -> StoryEvent:
    mentions = [mention_of(member) for member in group]
    published = sorted(m.published for m in mentions if m.published)
    return StoryEvent(
        id=content_hash("story-event", group[0].event["id"], length=16),
        story_id=story_id,
        mentions=mentions,
        first_seen=published[0] if published else None,
        last_seen=published[-1] if published else None,
        outlets=sorted({m.outlet for m in mentions if m.outlet}),
        **{name: support(group, value) for name, value in FIELD_VALUES.items()},
    )


def mention_of(member: Told) -> StoryMention:
    article, trigger = member.article.article, member.event["trigger"]
    return StoryMention(
        article_id=article["id"],
        outlet=article.get("outlet"),
        published=article.get("published"),
        event_id=member.event["id"],
        sentence=member.event["sentence"],
        text=trigger["text"],
        start=trigger["start"],
        end=trigger["end"],
    )


def actor_values(role: str) -> Callable[[Told], list[str]]:
    def values(member: Told) -> list[str]:
        return sorted({actor_key(actor) for actor in getattr(member.telling, role)})

    return values


def single(read: Callable[[Told], Any]) -> Callable[[Told], list[Any]]:
    def values(member: Told) -> list[Any]:
        value = read(member)
        return [] if value is None else [value]

    return values


def attribution(member: Told) -> str:
    """Who the article says asserts the event: the outlet itself, or a named source."""
    speaker = member.event.get("asserted_by")
    return (speaker.get("name") or speaker.get("text")) if speaker else "outlet"


FIELD_VALUES: dict[str, Callable[[Told], list[Any]]] = {
    "cameo": single(lambda member: member.event["cameo"]),
    "source": actor_values("source"),
    "target": actor_values("target"),
    "date": single(lambda member: member.text_date),
    "place": single(lambda member: (member.event.get("place") or {}).get("name")),
    "modality": single(lambda member: member.event["modality"]),
    "attribution": single(attribution),
}
"""The consensus fields of a story event and the values one mention gives each."""


def support(group: list[Told], values: Callable[[Told], list[Any]]) -> list[Support]:
    """Each value with the number of mentions giving it, most supported first."""
    counts = Counter(value for member in group for value in values(member))
    return [Support(value, count) for value, count in sorted(counts.items(), key=_by_support)]


def _by_support(item: tuple[Any, int]) -> tuple[int, str]:
    return -item[1], str(item[0])
