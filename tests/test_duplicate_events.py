"""Duplicates by mechanism (scripts/duplicate_events.py): each event of ours that the events
scorer counts as a duplicate is set beside the record holding its gold event and counted under
the first mechanism that tells the two apart, so the next count of duplicates need not be
classed by hand."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from duplicate_events import CLASSES, HEADER, Duplicate, duplicates, mechanism, rows_of
from gold_trace import count_lines

from eventwire.evaluate.article_events import gold_article
from eventwire.records import (
    ActorRef,
    Analysis,
    Article,
    Event,
    EventDate,
    Sentence,
    Span,
    Speaker,
)

STORY = (
    "Rebels Storm Norvale Police Post\n"
    "Rebels stormed a police post in Norvale on Monday. "
    '"They stormed our post at dawn," an officer said. '
    "The rebels later looted a grain store."
)
HEADLINE_END = STORY.index("\n")


def actor(words: str, code: str | None) -> ActorRef:
    start = STORY.index(words)
    return ActorRef(words, start, start + len(words), code)


def event(
    trigger: str,
    *,
    occurrence: int = 0,
    plover: str = "ASSAULT",
    modality: str = "asserted",
    source: list[ActorRef] | None = None,
    target: list[ActorRef] | None = None,
    date: str | None = "2024-03-04",
    quoted: bool = False,
) -> Event:
    start = -1
    for _ in range(occurrence + 1):
        start = STORY.index(trigger, start + 1)
    span = Span.of(STORY, start, start + len(trigger))
    return Event(
        id=f"e{start}",
        sentence=0,
        trigger=span,
        source=[actor("Rebels", "TVAREB")] if source is None else source,
        target=[actor("police post", "TVACOP")] if target is None else target,
        cameo="190",
        cameo_root="19",
        quad_class=4,
        goldstein=-10.0,
        plover={"type": plover},
        modality=modality,
        asserted_by=Speaker("officer", "an officer", 0, 1) if quoted else None,
        mentions=[span],
        date=EventDate(date, "day", "text") if date else None,
    )


def pair(duplicate: Event, holder: Event | None = None) -> Duplicate:
    return Duplicate(duplicate, holder or event("stormed"), HEADLINE_END)


def test_the_first_mechanism_in_order_names_the_pair():
    body = "stormed"
    assert mechanism(pair(event(body, modality="future", plover="PROTEST"))) == "another modality"
    assert mechanism(pair(event(body, plover="COERCE", source=[]))) == "another type"
    assert mechanism(pair(event(body, source=[], target=[]))) == "no doer on one side"
    other = [actor("Norvale", "TVA")]
    assert mechanism(pair(event(body, target=other, date=None))) == "another party"
    assert mechanism(pair(event(body, date=None, quoted=True))) == "different dates"
    assert mechanism(pair(event(body, quoted=True))) == "other sentence kind"
    assert mechanism(pair(event("Storm"))) == "other sentence kind"
    assert mechanism(pair(event(body, occurrence=1))) == "none of these"


def test_an_uncoded_actor_is_no_party_of_its_own():
    uncoded = [actor("Rebels", "TVAREB"), actor("an officer", None)]
    assert mechanism(pair(event("stormed", occurrence=1, source=uncoded))) == "none of these"


def gold_mention(trigger: str, occurrence: int, group: str, plover: str) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = STORY.index(trigger, start + 1)
    return {
        "trigger": {"start": start, "end": start + len(trigger), "text": trigger},
        "group": group,
        "plover": plover,
        "modality": "asserted",
        "source": [],
        "target": [],
    }


def analysis_of(events: list[Event]) -> Analysis:
    article = Article("story-1", None, None, None, "2024-03-06", "en", STORY)
    ends = [HEADLINE_END, STORY.index(' "They'), STORY.index(" The rebels"), len(STORY)]
    starts = [0, *ends[:-1]]
    sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]
    return Analysis(article, sentences=sentences, events=events)


def test_the_scorer_duplicates_are_listed_beside_their_holder_and_counted():
    gold = gold_article(
        {
            "id": "story-1",
            "text": STORY,
            "annotated_end": len(STORY),
            "events": [
                gold_mention("Storm", 0, "g1", "ASSAULT"),
                gold_mention("stormed", 0, "g1", "ASSAULT"),
                gold_mention("stormed", 1, "g1", "ASSAULT"),
                gold_mention("looted", 0, "g2", "COERCE"),
            ],
        },
        "invented",
    )
    headline = event("Storm")
    lead = event("stormed", date=None)
    quote = event("stormed", occurrence=1, quoted=True)
    looted = event("looted", plover="COERCE")
    found = duplicates(gold, analysis_of([headline, lead, quote, looted]))
    assert [(d.event, d.holder) for d in found] == [(lead, headline), (quote, headline)]
    rows = rows_of("story-1", found)
    assert [row[:3] for row in rows] == [
        ["story-1", "different dates", "stormed"],
        ["story-1", "other sentence kind", "stormed"],
    ]
    assert rows[1][10:12] == ["quote", "Storm"]
    assert rows[1][-1] == "headline"
    assert count_lines(rows, HEADER.index("mechanism"), CLASSES) == [
        "    0  another modality",
        "    0  another type",
        "    0  no doer on one side",
        "    0  another party",
        "    1  different dates",
        "    1  other sentence kind",
        "    0  none of these",
    ]
