"""The event filter's training labels from an article-level gold (scripts/train_event_filter.py
`features --voa-gold`): each asserted event of ours takes the verdict `eventwire eval events`
gives it, in the judged labels' words, so the gold labels the events nobody judged by hand."""

import sys
from pathlib import Path

from eventwire.evaluate.article_events import gold_article
from eventwire.pipeline import to_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_event_filter import asserted_features

STORY = (
    "Rebels attacked a police post in the Norvale province of Tarvia on Monday, officials said. "
    "Tarvian police arrested three men in Karva on Tuesday. "
    "The Tarvian interior minister accused the rebels of killing two guards. "
    "President Anel Moru met the Veldan foreign minister in Karva on Wednesday."
)


def mention(trigger: str, sentence: int, plover: str, modality: str = "asserted") -> dict:
    start = STORY.index(trigger)
    span = {"start": start, "end": start + len(trigger), "text": trigger}
    return {"trigger": span, "sentence": sentence, "plover": plover, "modality": modality}


GOLD = {
    "id": "story-1",
    "text": STORY,
    "published": "2024-03-06",
    "annotated_end": len(STORY),
    "events": [
        mention("attacked", 0, "ASSAULT"),
        mention("arrested", 1, "COERCE", modality="hypothetical"),
        mention("accused", 2, "REJECT"),
        mention("met", 3, "CONSULT"),
    ],
}


def test_each_asserted_event_takes_the_gold_verdict() -> None:
    gold = gold_article(GOLD, "test gold")
    article = to_article(STORY, GOLD["published"])
    verdicts = {
        (STORY[start:].split()[0], plover_type): verdict
        for start, plover_type, _, _, verdict in asserted_features(article, gold)
    }
    assert verdicts == {
        ("attacked", "ASSAULT"): "right",
        ("arrested", "COERCE"): "wrong_modality",
        ("accused", "ACCUSE"): "wrong_type",
        ("killing", "ASSAULT"): "no_event",
        ("met", "CONSULT"): "right",
    }


def test_without_a_gold_no_event_is_labelled() -> None:
    article = to_article(STORY, GOLD["published"])
    assert {verdict for *_, verdict in asserted_features(article)} == {None}
