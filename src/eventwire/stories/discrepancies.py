"""Discrepancies: where the mentions of one story event disagree, with the spans on each side.

A field disagrees when mentions from different articles give different values for it: the
coded actors on a side (who did it, to whom; one code refining the other is agreement), the
date, the place, the modality (asserted, negated, hypothetical, future), the attribution (the
outlet's own voice against a named source) and the counts in the mention's sentence (the
quantities records, compared by what they count: "12 soldiers" against "14 soldiers").
Mentions that give no value for a field take no side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from eventwire.annotate.events.compare import one_refines
from eventwire.records import ActorRef, content_hash
from eventwire.stories.coreference import ROLES, Told, head_word
from eventwire.stories.records import Discrepancy, DiscrepancySide, Evidence, StoryEvent

Side = tuple[Any, Evidence]
"""A value one mention gives and the words that give it."""


def evidence(member: Told, span: dict[str, Any] | None) -> Evidence:
    article = member.article.article
    span = span or {}
    return Evidence(
        article["id"], article.get("outlet"), span.get("text"), span.get("start"), span.get("end")
    )


def date_sides(member: Told) -> Iterator[tuple[str | None, Side]]:
    if member.text_date:
        yield None, (member.text_date, evidence(member, member.event["date"]))


def place_sides(member: Told) -> Iterator[tuple[str | None, Side]]:
    place = member.event.get("place") or {}
    if place.get("name") and place.get("source") == "clause":
        yield None, (place["name"], evidence(member, place))


def modality_sides(member: Told) -> Iterator[tuple[str | None, Side]]:
    yield None, (member.event["modality"], evidence(member, member.event["trigger"]))


def attribution_sides(member: Told) -> Iterator[tuple[str | None, Side]]:
    """Stated as fact, or attributed (the evidence is the source's words); two outlets
    quoting different sources do not disagree."""
    speaker = member.event.get("asserted_by")
    if speaker:
        yield None, ("attributed", evidence(member, speaker))
    else:
        yield None, ("stated", evidence(member, member.event["trigger"]))


def actor_sides(member: Told) -> Iterator[tuple[str | None, Side]]:
    """Per role, the coded actors the mention names (their codes joined by "+"), its evidence
    the first of them; uncoded actors take no side: absence is not disagreement."""
    for role in ROLES:
        actors = sorted(
            (actor for actor in member.event.get(role) or [] if actor.get("code")),
            key=lambda actor: actor["start"],
        )
        if actors:
            codes = "+".join(sorted({actor["code"] for actor in actors}))
            yield role, (codes, evidence(member, actors[0]))


def refines(left: str, right: str) -> bool:
    """Whether two actor values can name the same actors: a code of one refines a code of
    the other ("IRN" and "IRNMIL"; not "IRNGOV" and "IRNMIL")."""
    return one_refines(left.split("+"), right.split("+"))


def quantity_sides(member: Told) -> Iterator[tuple[str | None, Side]]:
    """The counts in the mention's sentence that no other event of its article is nearer to."""
    article = member.article
    for quantity in article.quantities:
        if (
            not quantity.get("of")
            or article.sentence_of(quantity["start"]) != member.event["sentence"]
        ):
            continue
        nearest = min(
            (e for e in article.events if e["sentence"] == member.event["sentence"]),
            key=lambda e: (abs(e["trigger"]["start"] - quantity["start"]), e["trigger"]["start"]),
        )
        if nearest is not member.event:
            continue
        counted = head_word(ActorRef(quantity["of"]["text"], 0, 0, None)).name
        yield counted, (amount(quantity), evidence(member, quantity))


def amount(quantity: dict[str, Any]) -> str:
    """A count as compared: its value ("12"), else its bounds ("110..", "..50", "10..20")."""
    if quantity.get("value") is not None:
        return f"{quantity['value']:g}"
    low, high = quantity.get("low"), quantity.get("high")
    return f"{'' if low is None else f'{low:g}'}..{'' if high is None else f'{high:g}'}"


FIELD_SIDES: dict[str, Callable[[Told], Iterator[tuple[str | None, Side]]]] = {
    "quantity": quantity_sides,
    "date": date_sides,
    "place": place_sides,
    "modality": modality_sides,
    "attribution": attribution_sides,
    "actor": actor_sides,
}
"""Each field a discrepancy can be about, and the values (by what they concern) one mention
gives it."""
SAME_SIDE: dict[str, Callable[[str, str], bool]] = {"actor": refines}
"""Fields whose different values can still agree, and how: such values make one side."""


def discrepancies(story_event: StoryEvent, group: list[Told]) -> list[Discrepancy]:
    """The fields on which mentions of this story event from different articles disagree."""
    found = []
    for name, sides_of in FIELD_SIDES.items():
        by_about: dict[str | None, dict[str, DiscrepancySide]] = {}
        for member in group:
            for about, (value, where) in sides_of(member):
                sides = by_about.setdefault(about, {})
                key = repr(value)
                sides.setdefault(key, DiscrepancySide(value, [])).evidence.append(where)
        for about, sides in sorted(by_about.items(), key=lambda item: str(item[0])):
            ordered = sorted(
                sides.values(), key=lambda side: (-len(side.evidence), repr(side.value))
            )
            if name in SAME_SIDE:
                ordered = joined(ordered, SAME_SIDE[name])
            articles = {e.article_id for side in ordered for e in side.evidence}
            if len(ordered) < 2 or len(articles) < 2:
                continue
            found.append(
                Discrepancy(
                    id=content_hash(story_event.id, name, str(about), length=16),
                    story_id=story_event.story_id,
                    story_event_id=story_event.id,
                    field=name,
                    about=about,
                    sides=ordered,
                )
            )
    return found


def joined(sides: list[DiscrepancySide], same: Callable[[str, str], bool]) -> list[DiscrepancySide]:
    """Sides (best supported first) with each one joined to the first earlier side it agrees
    with, that side keeping its value; the result best supported first again."""
    kept: list[DiscrepancySide] = []
    for side in sides:
        match = next((k for k in kept if same(k.value, side.value)), None)
        if match is None:
            kept.append(DiscrepancySide(side.value, list(side.evidence)))
        else:
            match.evidence.extend(side.evidence)
    return sorted(kept, key=lambda side: (-len(side.evidence), repr(side.value)))
