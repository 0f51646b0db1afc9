"""What the coding steps share about one article: its parse and analysis, the vocabularies,
the frames fitted so far and the caches; and the mention each step adds to or reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Token

from eventwire.annotate.events.campaign import is_campaign_story
from eventwire.annotate.events.compare import Telling
from eventwire.annotate.news import few_public_actors
from eventwire.annotate.parse_views import span_at
from eventwire.codebooks.events import EventCues, Frame, event_cues, noun_frames, verb_frames
from eventwire.records import (
    ActorRef,
    Analysis,
    EventDate,
    EventPlace,
    Place,
    Speaker,
)


class FittedFrame(NamedTuple):
    """The frame a trigger fits, and the tokens it used (the trigger first)."""

    frame: Frame
    parts: list[Token]


@dataclass
class EventContext:
    """One article as the coding steps see it, built once per parse."""

    parse: Doc
    analysis: Analysis
    cues: EventCues
    verbs: dict[str, tuple[Frame, ...]]
    nouns: dict[str, tuple[Frame, ...]]
    country_places: dict[int, Place]
    """Places resolved to a country (not a capital standing for its government), by the
    character offset of each of their tokens."""
    campaign_story: bool = False
    """A story of an election campaign (`campaign.is_campaign_story`): its attacks, battles
    and rallies are a contest for votes unless their sentence names force."""
    few_public_actors: bool = False
    """A story that names few actors of public affairs (`news.few_public_actors`): a meeting
    told there with no partner is a private or past one (`judgement.private_meeting`)."""
    matched: dict[int, FittedFrame] = field(default_factory=dict)
    """Token index -> the frame it fits: every trigger of the article, found before coding."""
    reporting: list[Token] = field(default_factory=list)
    """Verbs of saying, in text order (found in the same pass as the triggers)."""
    committing: set[int] = field(default_factory=set)
    """Triggers that are promises or threats themselves ("vowed", "threatened")."""
    actor_cache: dict[tuple[int, int], list[ActorRef]] = field(default_factory=dict)
    """Token range -> the actors it names, resolved once."""

    @classmethod
    def of(cls, parse: Doc, analysis: Analysis) -> EventContext:
        return cls(
            parse=parse,
            analysis=analysis,
            cues=event_cues(),
            verbs=verb_frames(),
            nouns=noun_frames(),
            country_places={
                token.idx: place
                for place in analysis.places
                if place.country and place.role == "place"
                for token in span_at(parse, place.start, place.end) or ()
            },
            campaign_story=is_campaign_story(parse),
            few_public_actors=few_public_actors(parse, analysis),
        )


@dataclass
class Mention:
    """One trigger in the text before merging: the evidence for one telling of an event."""

    trigger: Token
    trigger_span: tuple[int, int]
    code: str
    source: list[ActorRef]
    target: list[ActorRef]
    modality: str
    asserted_by: Speaker | None
    intended: bool = False
    stated: bool = False
    """A promise, threat or refusal read from a stated intention (`voice.statements`): asserted
    now, whatever time the act it states is set for."""
    absorbed: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Event nouns told as part of this trigger ("killed in a drone strike"): token -> span."""
    date: EventDate | None = None
    not_after: EventDate | None = None
    """The time of the act that names this event as its cause or topic ("jailed in 2011 for
    the murder"): no date of the event's, but it came no later (`dates.topic_bound`)."""
    place: EventPlace | None = None
    told_apart: bool = False
    """Left undated as named in passing or told as background (`stage.told_apart`)."""

    def telling(self) -> Telling:
        return Telling(self.code, self.source, self.target, self.date)
