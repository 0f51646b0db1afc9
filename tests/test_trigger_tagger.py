"""The learned trigger tagger's experiment (scripts/trigger_tagger.py) reads several
whole-story gold files as one development set, folded by story: a story in two files would sit
in a training fold and a test fold at once, so it is refused. Texts written for these tests."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from news_events import gold_mention
from trigger_tagger import fold_of, gold_articles, training_stories


def story(story_id: str, text: str, trigger: str, plover: str) -> dict:
    event = gold_mention(text, trigger, 0, plover)
    return {"id": story_id, "text": text, "annotated_end": len(text), "events": [event]}


def write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


FIRST = story("a-1", "Tarvian police arrested three men in Karva.", "arrested", "COERCE")
SECOND = story("b-1", "Veldan troops shelled a border post on Monday.", "shelled", "ASSAULT")
THIRD = story("b-2", "The Karva council met the Veldan envoy.", "met", "CONSULT")


def test_several_gold_files_are_read_as_one_set_in_order(tmp_path: Path) -> None:
    dev = write(tmp_path / "dev.jsonl", [FIRST])
    extra = write(tmp_path / "dev_extra.jsonl", [SECOND, THIRD])
    articles = gold_articles([dev, extra])
    assert [article.id for article in articles] == ["a-1", "b-1", "b-2"]
    assert [article.events[0][0].type for article in articles] == ["COERCE", "ASSAULT", "CONSULT"]


def test_a_story_in_two_gold_files_is_refused(tmp_path: Path) -> None:
    dev = write(tmp_path / "dev.jsonl", [FIRST, SECOND])
    extra = write(tmp_path / "dev_extra.jsonl", [SECOND])
    with pytest.raises(ValueError, match="b-1"):
        gold_articles([dev, extra])


def test_a_share_of_the_training_stories_grows_with_the_share_and_leaves_the_fold_out() -> None:
    tokens = [{"id": f"story-{n}"} for n in range(40)]
    for fold in range(5):
        shares = [training_stories(tokens, fold, 5, share) for share in (0.25, 0.5, 1.0)]
        assert shares[0] < shares[1] < shares[2]
        assert not any(fold_of(story_id, 5) == fold for story_id in shares[2])
        assert len(shares[2]) == sum(fold_of(row["id"], 5) != fold for row in tokens)
