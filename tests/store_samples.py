"""Analyses built from `eventwire.records` for the store, query and export tests.

The events stage is built elsewhere; these records stand in for its output as real data
(stored and read back through the real store), written from our own invented sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from eventwire.records import (
    ActorRef,
    Analysis,
    Article,
    Entity,
    Event,
    EventDate,
    EventPlace,
    Place,
    Quantity,
    Quote,
    Sentence,
    Span,
    Speaker,
    TimeExpr,
    content_hash,
)
from eventwire.store import Store


class Draft:
    """An article's text, its sentences and helpers to point at phrases inside it."""

    def __init__(self, headline: str, sentences: list[str]) -> None:
        self.text = headline
        self.sentences = [Sentence(0, 0, len(headline))]
        for index, sentence in enumerate(sentences, start=1):
            self.text += "\n" if index == 1 else " "
            start = len(self.text)
            self.text += sentence
            self.sentences.append(Sentence(index, start, len(self.text)))

    def span(self, phrase: str, occurrence: int = 0) -> Span:
        start = -1
        for _ in range(occurrence + 1):
            start = self.text.index(phrase, start + 1)
        return Span.of(self.text, start, start + len(phrase))

    def actor(self, phrase: str, code: str | None, occurrence: int = 0) -> ActorRef:
        span = self.span(phrase, occurrence)
        return ActorRef(span.text, span.start, span.end, code)

    def time(self, phrase: str, value: str) -> TimeExpr:
        span = self.span(phrase)
        return TimeExpr(span.text, span.start, span.end, "DATE", value)

    def sentence_of(self, span: Span) -> int:
        return next(s.index for s in self.sentences if s.start <= span.start < s.end)

    def event(self, trigger: str, cameo: str, plover: str, modality: str, **fields) -> Event:
        span = self.span(trigger, fields.pop("occurrence", 0))
        defaults = {
            "source": [],
            "target": [],
            "quad_class": QUAD_CLASS[cameo[:2]],
            "goldstein": fields.pop("goldstein", 0.0),
            "asserted_by": None,
        }
        return Event(
            id=content_hash(self.text, trigger, cameo),
            sentence=self.sentence_of(span),
            trigger=span,
            cameo=cameo,
            cameo_root=cameo[:2],
            plover={"type": plover, "mode": fields.pop("mode", None)},
            modality=modality,
            mentions=[span],
            **(defaults | fields),
        )

    def article(self, published: str | None, outlet: str | None, url: str | None) -> Article:
        title = self.text.split("\n", 1)[0]
        return Article(content_hash(self.text), title, outlet, url, published, "en", self.text)


QUAD_CLASS = {"04": 2, "05": 2, "11": 3, "13": 3, "15": 4, "17": 4}


def tanker_seizure() -> Analysis:
    """Compound source, a threat that happened and the threatened seizure that did not."""
    draft = Draft(
        "Guards Seize Tanker Near Jask",
        [
            "Iranian naval forces seized a Liberian-flagged tanker near Jask on Monday.",
            "Washington and London condemned the seizure.",
            "Officials in Tehran threatened to seize more ships if sanctions stay.",
        ],
    )
    monday = draft.span("Monday")
    jask = draft.span("Jask", 1)
    seizure = draft.event(
        "seized",
        "171",
        "COERCE",
        "asserted",
        mode="seize",
        goldstein=-9.2,
        source=[draft.actor("Iranian naval forces", "IRNMIL")],
        target=[draft.actor("a Liberian-flagged tanker", None)],
        date=EventDate("2024-03-04", "day", "clause", monday.text, monday.start, monday.end),
        place=EventPlace(
            "Jask",
            25.64,
            57.77,
            "IRN",
            "Hormozgan",
            "city",
            "geonames:127319",
            "clause",
            jask.text,
            jask.start,
            jask.end,
        ),
    )
    condemnation = draft.event(
        "condemned",
        "111",
        "DISAPPROVE",
        "asserted",
        goldstein=-2.0,
        source=[draft.actor("Washington", "USAGOV"), draft.actor("London", "GBRGOV")],
        target=[draft.actor("Iranian naval forces", "IRNMIL")],
    )
    threat = draft.event(
        "threatened",
        "138",
        "THREATEN",
        "asserted",
        goldstein=-7.0,
        source=[draft.actor("Officials in Tehran", "IRNGOV")],
    )
    threatened_seizure = draft.event(
        "seize",
        "171",
        "COERCE",
        "hypothetical",
        goldstein=-9.2,
        occurrence=1,
        source=[draft.actor("Officials in Tehran", "IRNGOV")],
        target=[draft.actor("more ships", None)],
    )
    return Analysis(
        article=draft.article("2024-03-05", "Gulf Courier", "https://example.org/tanker"),
        sentences=draft.sentences,
        entities=[
            Entity("e-jask", "Jask", "GPE", None, [draft.span("Jask"), jask]),
            Entity("e-wash", "Washington", "GPE", "USAGOV", [draft.span("Washington")]),
            Entity("e-tehran", "Tehran", "GPE", "IRNGOV", [draft.span("Tehran")]),
        ],
        times=[draft.time("Monday", "2024-03-04")],
        places=[
            Place(
                "Jask",
                jask.text,
                jask.start,
                jask.end,
                25.64,
                57.77,
                "IRN",
                "Hormozgan",
                "city",
                "geonames:127319",
            )
        ],
        events=[seizure, condemnation, threat, threatened_seizure],
    )


def ministers_meet() -> Analysis:
    """A meeting (with its place), a pledge reported by a speaker, and a denial."""
    draft = Draft(
        "Ministers Meet in Valmora",
        [
            "Foreign Minister Ana Costa met her Turkish counterpart in Valmora on Friday.",
            'Costa said: "We will sign a trade pact next month."',
            "Turkey denied sending troops to the border.",
        ],
    )
    valmora = draft.span("Valmora", 1)
    costa = draft.span("Costa", 1)
    speaker = Speaker("Ana Costa", costa.text, costa.start, costa.end, "PRTGOV")
    quote = draft.span("We will sign a trade pact next month.")
    return Analysis(
        article=draft.article("2024-04-20", "Harbour Gazette", None),
        sentences=draft.sentences,
        entities=[
            Entity("e-costa", "Ana Costa", "PERSON", "PRTGOV", [draft.span("Ana Costa"), costa]),
            Entity("e-turkey", "Turkey", "GPE", "TUR", [draft.span("Turkey")]),
            Entity("e-valmora", "Valmora", "GPE", None, [draft.span("Valmora"), valmora]),
        ],
        times=[
            draft.time("Friday", "2024-04-19"),
            draft.time("next month", "2024-05"),
        ],
        places=[
            Place(
                "Valmora",
                valmora.text,
                valmora.start,
                valmora.end,
                38.72,
                -9.14,
                "PRT",
                None,
                "city",
                None,
            )
        ],
        quotes=[
            Quote(quote.text, quote.start, quote.end, "direct", speaker, draft.span("said")),
        ],
        events=[
            draft.event(
                "met",
                "040",
                "CONSULT",
                "asserted",
                goldstein=1.0,
                source=[draft.actor("Foreign Minister Ana Costa", "PRTGOV")],
                target=[draft.actor("her Turkish counterpart", "TURGOV")],
                place=EventPlace(
                    "Valmora",
                    38.72,
                    -9.14,
                    "PRT",
                    None,
                    "city",
                    None,
                    "clause",
                    valmora.text,
                    valmora.start,
                    valmora.end,
                ),
            ),
            draft.event(
                "sign",
                "057",
                "AGREE",
                "future",
                goldstein=8.0,
                source=[draft.actor("We", "PRTGOV")],
                asserted_by=speaker,
            ),
            draft.event(
                "sending troops",
                "150",
                "MOBILIZE",
                "negated",
                goldstein=-7.2,
                source=[draft.actor("Turkey", "TUR")],
            ),
        ],
    )


def undated_flood() -> Analysis:
    """No date, no outlet, no events: it sorts last and drops out of date filters."""
    draft = Draft("Flood in Norhaven", ["The river rose two metres overnight."])
    metres = draft.span("two metres")
    return Analysis(
        article=draft.article(None, None, None),
        sentences=draft.sentences,
        entities=[Entity("e-norhaven", "Norhaven", "GPE", None, [draft.span("Norhaven")])],
        quantities=[Quantity(metres.text, metres.start, metres.end, 2.0, None, None, "metre")],
    )


def samples() -> list[Analysis]:
    return [tanker_seizure(), ministers_meet(), undated_flood()]


def stored_samples(folder: Path, analyses: Iterable[Analysis] | None = None) -> str:
    """The path of a SQLite store in `folder` holding the analyses (default: `samples()`), as
    the commands' `--db` takes it."""
    path = folder / "events.db"
    with Store(path) as store:
        for analysis in samples() if analyses is None else analyses:
            store.add(analysis)
    return str(path)
