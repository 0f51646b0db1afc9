"""The event filter's training labels from an article-level gold (scripts/train_event_filter.py
`features --voa-gold`): each asserted event of ours takes the verdict `eventwire eval events`
gives it, in the judged labels' words, so the gold labels the events nobody judged by hand;
each development gold (dev and dev_extra) labels its own stories, kept in their story's folds."""

import json
import sys
from pathlib import Path

import pytest

from eventwire.evaluate.article_events import gold_article
from eventwire.pipeline import to_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_event_filter
from train_event_filter import article_fold, asserted_features, write_features

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


def test_each_development_gold_labels_its_own_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    golds = {}
    for gold_set, hand_set, story_id in [
        ("voa-gold", "voa-dev", "story-1"),
        ("voa-gold-extra", "judged-dev", "story-2"),
    ]:
        path = tmp_path / f"{gold_set}.jsonl"
        path.write_text(json.dumps(GOLD | {"id": story_id}) + "\n", encoding="utf-8")
        golds[gold_set] = path, hand_set
    monkeypatch.setattr(train_event_filter, "GOLD_SETS", golds)
    labels = tmp_path / "labels.tsv"
    labels.write_text("set\tid\tstart\tend\ttype\tverdict\n", encoding="utf-8")
    out = tmp_path / "features.jsonl"
    write_features(out, labels, with_gold=True)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    verdicts = {(row["set"], row["id"], row["type"], row["verdict"]) for row in rows}
    assert ("voa-gold", "story-1", "ASSAULT", "right") in verdicts
    assert ("voa-gold-extra", "story-2", "ASSAULT", "right") in verdicts
    assert ("voa-gold-extra", "story-2", "COERCE", "wrong_modality") in verdicts
    assert {row["set"] for row in rows} == {"voa-gold", "voa-gold-extra"}


@pytest.mark.parametrize("partition", range(5))
def test_a_dev_extra_gold_row_is_dealt_with_its_story(partition: int) -> None:
    for story_id in ("6180790", "8011117", "story-2"):
        hand = {"set": "judged-dev", "id": story_id}
        derived = {"set": "voa-gold-extra", "id": story_id}
        assert article_fold(derived, partition=partition) == article_fold(hand, partition=partition)
