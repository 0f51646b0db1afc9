"""Story events: the event records of a story's articles that tell one real event.

The rules are the per-article merge's (`annotate.events.compare`), applied to stored records
instead of mentions, with what differs across articles. Only coded actors can contradict:
an uncoded actor is how one outlet words it ("the gunman", "a 34-year-old", "Smith"). A
mention joins a story event only on evidence against each of its mentions: the same act
word ("killed", "killing", "murdered"), or a named or coded actor in the same role with the
same CAMEO action. Uncoded actors are compared by their head word ("12 soldiers" and "14
soldiers" are both "soldiers", so the counts can disagree); dates a few days apart may be one
event told with different dates (a discrepancy, not two events); and tellings that name
different coded actors on one side but share the other may be one event told with different
actors ("the army shelled Tsorona" against "rebels shelled Tsorona"; also a discrepancy).
Mentions are taken earliest article first, so a story's members decide its events whatever
order they were stored in.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
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
from eventwire.codebooks.event_words import act_words, irregular_verbs
from eventwire.records import ActorRef, content_hash
from eventwire.stories.clustering import WINDOW_DAYS
from eventwire.stories.records import StoryEvent, StoryMention, Support

DATE_SLACK_DAYS = 3
"""Text dates this close may be one event reported with different days; further apart, two."""
EVENT_WINDOW_DAYS = 2 * WINDOW_DAYS
"""A story event takes tellings published at most this long after its first: news tells an
event over days (a retelling a week on that gives its date still joins), and the same act
weeks later is another event. It bounds what a telling is compared with, whatever the story's
length."""
LEAD_WORDS = re.compile(
    r"^(?:the|a|an|some|several|many|dozens|hundreds|at|least|about|\d[\d,.]*)$"
)
INFLECTIONS = ("ings", "ing", "ied", "ies", "ed", "es", "s")
"""Suffixes `word_stem` cuts, longest first."""
NOMINALISATIONS = (("tion", "t"), ("sion", "d"), ("ment", ""))
"""Noun endings `word_stem` turns back into their verb's ("election" is "elect", "explosion"
"explode", "settlement" "settle"): outlets name one act by its verb or by its noun."""
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
    coded_telling: Telling
    trigger_word: str
    """The act the trigger names (`act_word`)."""
    named: frozenset[tuple[str, str]]
    """(role, country) and (role, name) of the actors that have a code or a name."""

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
    trigger = event["trigger"]["text"]
    actors = {
        role: [head_word(actor_ref(actor)) for actor in event.get(role) or []] for role in ROLES
    }
    telling = Telling(event["cameo"], actors["source"], actors["target"], None)
    named = frozenset(
        (role, key)
        for role in ROLES
        for actor in event.get(role) or []
        for key in ((actor.get("code") or "")[:3], (actor.get("name") or "").lower())
        if key
    )
    return Told(article, event, telling, only_coded(telling), act_word(trigger), named)


def act_word(text: str) -> str:
    """What act a trigger names, for comparison: its `word_stem`, or the act `act_words.tsv`
    gives that stem ("murdered" and "killed" are "kill", "tremor" and "quake" "earthquake")."""
    stem = word_stem(text)
    return _acts().get(stem, stem)


@lru_cache(maxsize=1)
def _acts() -> dict[str, str]:
    return {word_stem(word): act for word, act in act_words().items()}


@lru_cache(maxsize=1)
def known_acts() -> frozenset[str]:
    """The acts `act_words.tsv` names: two of them are two acts ("killed" and "wounded"),
    whoever did them, so a shared actor does not make them one event."""
    return frozenset(_acts().values())


def word_stem(text: str) -> str:
    """A trigger's words, lower case, each with its inflection cut ("killed", "killing" and
    "kills" are "kill"; "shot" is "shoot" by `verb_forms.tsv`; "opened fire" and "opening
    fire" are "open fire"): outlets tell one act with the same verb in different forms."""
    return " ".join(_stem(word) for word in text.lower().split())


def _stem(word: str) -> str:
    word = irregular_verbs().get(word, word)
    for suffix in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
        word = word[:-1]
    for suffix, verb_ending in NOMINALISATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ssion"):
            word = word[: -len(suffix)] + verb_ending
            break
    return word.removesuffix("e")


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


def only_coded(telling: Telling) -> Telling:
    """A telling with its coded actors only: across articles, an uncoded actor is how one
    outlet words it ("the gunman", "Smith", "he"), so it cannot contradict another outlet."""
    return replace(
        telling,
        source=[actor for actor in telling.source if actor.code],
        target=[actor for actor in telling.target if actor.code],
    )


def fits(group: list[Told], candidate: Told) -> tuple[int, int] | None:
    """How well a mention fits a story event of its family that holds no mention of its
    article (`story_events` offers no other: one article never tells one event twice, its own
    merge already decided), or None when it cannot join (higher is better).

    It cannot join where its code, coded actors or text date contradict a member's, nor
    without evidence that it tells what each member tells: the same act word, or a named or
    coded actor in the same role with the same CAMEO action (three digits), and never where
    the two act words are two of the acts `act_words.tsv` names ("killed", "wounded"). A
    telling whose coded actors on one role conflict with a member's may still join when
    everything else fits and they share a coded actor or a name on the other role: one event
    whose outlets disagree on who did it (a discrepancy). Such a fit ranks below every fit
    without dispute."""
    score = disputes = 0
    for member in group:
        if not compatible(member.coded_telling, candidate.coded_telling):
            role = disputed_role(member.coded_telling, candidate.coded_telling)
            if role is None or not undisputed_fit(member, candidate, role):
                return None
            disputes += 1
        if days_apart(member.text_date, candidate.text_date) > DATE_SLACK_DAYS:
            return None
        shared = share_actors(member.telling, candidate.telling)
        named = bool(member.named & candidate.named)
        both_coded = coded(member.telling.source + member.telling.target) and coded(
            candidate.telling.source + candidate.telling.target
        )
        if both_coded and not (shared or named):
            return None
        same_word = member.trigger_word == candidate.trigger_word
        if not same_word and {member.trigger_word, candidate.trigger_word} <= known_acts():
            return None
        same_act = member.event["cameo"][:3] == candidate.event["cameo"][:3]
        if not (same_word or (same_act and named)):
            return None
        score += 2 * (shared or named) + 2 * same_word
        score += member.event["cameo"] == candidate.event["cameo"]
        score += bool(member.text_date and member.text_date == candidate.text_date)
    return -disputes, score


def undisputed_fit(member: Told, candidate: Told, role: str) -> bool:
    """Whether two tellings fit once the role they dispute is set aside: compatible coded
    actors otherwise, and a named or coded actor shared on the other role (French and German
    police each arresting "a smuggler" are two arrests; two armies blamed for shelling one
    named village are one shelling told two ways)."""
    mine, theirs = (replace(told.coded_telling, **{role: []}) for told in (member, candidate))
    if not compatible(mine, theirs):
        return False
    other = next(other for other in ROLES if other != role)
    shared_keys = {
        key for shared_role, key in member.named & candidate.named if shared_role == other
    }
    return bool(shared_keys or names_in(member, other) & names_in(candidate, other))


def names_in(told: Told, role: str) -> set[str]:
    """The capitalised words inside a role's actors, past their first word ("Tsorona" in "the
    border village of Tsorona"): a name outlets do not word differently."""
    return {
        word.strip(".,'’")
        for actor in told.event.get(role) or []
        for word in (actor.get("text") or "").split()[1:]
        if word[:1].isupper()
    }


def story_events(
    story_id: str, articles: Iterable[StoredArticle], *, with_undated: bool | None = None
) -> Iterator[tuple[StoryEvent, list[Told]]]:
    """The story events of a story's articles (given earliest first), each with its mentions,
    in the order they were started.

    A mention is offered only to the story events it could fit (`fits`), found by an index
    instead of a scan: those of its event family whose first mention has its act word or its
    CAMEO action, that hold no mention of its own article, and whose first mention was
    published at most `EVENT_WINDOW_DAYS` before its own. A story event is given out as soon
    as the articles being read are past its window, so cost and memory follow the tellings of
    a few weeks, not the story's size. An undated article is within every window (as in
    clustering): in a story that has one (`with_undated`, found from `articles` when not
    given), no story event closes before the end."""
    if with_undated is None:
        articles = list(articles)
        with_undated = any(not article.article.get("published") for article in articles)
    open_events = OpenEvents(story_id, closes=not with_undated)
    for article in articles:
        day = (article.article.get("published") or "")[:10] or None
        yield from open_events.close_before(day)
        for event in article.events:
            open_events.add(told(article, event), day)
    yield from open_events.close_before(None, everything=True)


class OpenEvents:
    """The story events that a later telling may still join, indexed by what a telling must
    share with a story event's first mention to fit it (`fits`): its family and act word, or
    its family and CAMEO action."""

    def __init__(self, story_id: str, closes: bool) -> None:
        self.story_id, self.closes = story_id, closes
        self.groups: dict[int, list[Told]] = {}
        self.first_days: dict[int, str | None] = {}
        self.index: dict[tuple[str, ...], deque[int]] = {}
        self.started = 0

    def add(self, candidate: Told, day: str | None) -> None:
        """Join the story event the telling fits best (ties to the earliest), or start one."""
        found = sorted(
            {number for key in index_keys(candidate) for number in self.index.get(key, ())}
        )
        scored = [
            (fit, -number)
            for number in found
            if self.groups[number][-1].article is not candidate.article
            and within_event_window(self.first_days[number], day)
            and (fit := fits(self.groups[number], candidate)) is not None
        ]
        if scored:
            self.groups[-max(scored)[1]].append(candidate)
            return
        number, self.started = self.started, self.started + 1
        self.groups[number], self.first_days[number] = [candidate], day
        for key in index_keys(candidate):
            self.index.setdefault(key, deque()).append(number)

    def close_before(
        self, day: str | None, everything: bool = False
    ) -> Iterator[tuple[StoryEvent, list[Told]]]:
        """Give out, in the order they were started, the story events no telling published
        on `day` or later can join (all that remain with `everything`)."""
        if not (everything or (self.closes and day)):
            return
        while self.groups:
            number = next(iter(self.groups))
            if not everything and within_event_window(self.first_days[number], day):
                return
            group = self.groups.pop(number)
            del self.first_days[number]
            for key in index_keys(group[0]):
                self.index[key].popleft()
                if not self.index[key]:
                    del self.index[key]
            yield story_event(self.story_id, group), group


def index_keys(first: Told) -> tuple[tuple[str, ...], tuple[str, ...]]:
    family = event_family(first.event["cameo"])
    return (family, "act word", first.trigger_word), (family, "action", first.event["cameo"][:3])


def within_event_window(first_day: str | None, day: str | None) -> bool:
    """Whether a telling published on `day` may join a story event first told on
    `first_day`: an event is told over days, not months (undated tellings fit any window)."""
    return days_apart(first_day, day) <= EVENT_WINDOW_DAYS


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
