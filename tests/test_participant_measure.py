"""The measurement of a learned participant for an empty side (scripts/train_participant_model.py):
an event the gold aligns with whose side no rule fills gives one row, whose candidates are the
sentence's noun phrases, each told whether the scorer would count the side right filled by it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_participant_model import outcome, story_rows

from eventwire.evaluate.article_events import read_articles

STORY = (
    "Rebels Strike in North\n"
    "Rebels attacked on Monday near Garissa, and the Kenyan army lost ten soldiers, "
    "officials said."
)


def actor(text: str, code: str) -> dict:
    start = STORY.index(text, STORY.index("\n"))
    return {"text": text, "start": start, "end": start + len(text), "code": code}


def gold_story() -> dict:
    trigger = STORY.index("attacked")
    return {
        "id": "story-1",
        "text": STORY,
        "published": "2024-03-04",
        "annotated_end": len(STORY),
        "events": [
            {
                "trigger": {"start": trigger, "end": trigger + 8, "text": "attacked"},
                "sentence": 1,
                "group": "g1",
                "plover": "ASSAULT",
                "cameo": "190",
                "modality": "asserted",
                "source": [actor("Rebels", "KENREB")],
                "target": [actor("the Kenyan army", "KENMIL")],
            }
        ],
    }


def test_an_empty_side_lists_the_sentence_phrases_and_the_one_that_fills_it_right():
    (gold,) = read_articles("story.jsonl", [gold_story()])
    (row,) = story_rows("voa-dev", gold)
    assert (row["side"], row["type"], row["gold_has"], row["right_now"]) == (
        "target",
        "ASSAULT",
        True,
        False,
    )
    by_text = {candidate["text"]: candidate for candidate in row["candidates"]}
    assert "Monday" not in by_text
    assert [text for text, c in by_text.items() if c["scorer"]] == ["the Kenyan army"]
    assert "target|code=military" in by_text["the Kenyan army"]["features"]
    assert "target|on_other_side" in by_text["Rebels"]["features"]
    assert outcome(row, by_text["the Kenyan army"]) == "right"
    assert outcome(row, by_text["officials"]) == "wrong"
