"""A later telling of an event the text dated before takes that event's date ("The rebels
shelled Koro on Monday. ... The shelling destroyed the market"): the gold dates every telling
of one act by the act (docs/gold-events.md, rule 18), while the later sentence names no time.
The merge folds most such tellings into their event (`merge.refers_back`); this step dates the
records it keeps apart, marking the date's source `inherited`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.annotate.events.context import Mention
from eventwire.annotate.events.merge import picked_out
from eventwire.annotate.events.story_time import DATED_TYPES
from eventwire.codebooks.event_dates import date_cues
from eventwire.records import Analysis, Event

INHERITED = "inherited"
"""The `date.source` of a date taken from the earlier telling of the same event."""


def inherit_told_dates(
    records: list[tuple[list[Mention], Event]], analysis: Analysis
) -> list[Event]:
    """The events, each later telling of an earlier dated one given its date (`tells_again`,
    `told_before`); the others as they are."""
    ordered = sorted(records, key=lambda record: record[0][0].trigger.i)
    dated: dict[str, Event] = {}
    for group, event in ordered:
        earlier = told_before(event, [e for g, e in ordered if before(g, group)])
        if (
            earlier is not None
            and earlier.date is not None
            and undated_telling(group, event, analysis)
        ):
            dated[event.id] = replace(event, date=replace(earlier.date, source=INHERITED))
    return [dated.get(event.id, event) for _, event in records]


def before(group: list[Mention], other: list[Mention]) -> bool:
    """Whether a group's first telling is in a sentence before the other's."""
    return group[0].trigger.sent.end <= other[0].trigger.sent.start


def undated_telling(group: list[Mention], event: Event, analysis: Analysis) -> bool:
    """Whether the record points back to an event and its sentence gives no time of its own:
    its date none or the publication fallback, its trigger a definite event noun
    (`tells_again`), no dated time expression anywhere in the sentence ("sentenced in 2011 for
    the murder": the murder was then or before, not the day the text told it first)."""
    trigger = group[0].trigger
    sentence = trigger.sent
    return (
        (event.date is None or event.date.source == "published")
        and tells_again(trigger)
        and not any(
            time.type in DATED_TYPES and sentence.start_char <= time.start < sentence.end_char
            for time in analysis.times
        )
    )


def tells_again(trigger: Token) -> bool:
    """Whether the trigger is an event noun that points back: a definite or demonstrative
    determiner or a possessive pronoun ("the attack", "this assault", "its offensive"), not
    picked out as one of several ("the first raid", `merge.picked_out`) nor as new ("the new
    round of talks", "another attack": `new_telling_words` in date_cues.yaml)."""
    if trigger.pos_ != "NOUN" or picked_out(trigger):
        return False
    children = list(trigger.children)
    if any(child.lower_ in date_cues().new_telling_words for child in children):
        return False
    return any(
        (
            child.dep_ == "det"
            and ("Def" in child.morph.get("Definite") or "Dem" in child.morph.get("PronType"))
        )
        or (child.dep_ == "poss" and child.pos_ == "PRON")
        for child in children
    )


def told_before(event: Event, earlier: list[Event]) -> Event | None:
    """The event a later telling points back to: the latest earlier record of its PLOVER type
    and modality sharing one of its coded actors, if the text dated it (a date the text gives;
    the publication fallback says nothing of when the act was). The latest, as a reader takes
    "the attack" for the last one told; that one undated, the later telling stays undated."""
    codes = actor_codes(event)
    latest = next(
        (
            other
            for other in reversed(earlier)
            if other.plover["type"] == event.plover["type"]
            and other.modality == event.modality
            and codes & actor_codes(other)
        ),
        None,
    )
    if (
        latest is None
        or latest.date is None
        or latest.date.source != "text"
        or not latest.date.value
    ):
        return None
    return latest


def actor_codes(event: Event) -> set[str]:
    """The codes of the record's actors, source and target."""
    return {actor.code for actor in event.source + event.target if actor.code}
