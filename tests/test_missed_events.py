"""Where a missed gold event is lost (scripts/missed_events.py): each gold event no event of ours
takes is counted under the last step of the events stage that held one of its triggers, so the
next count of misses by mechanism need not rebuild a tracer."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from missed_events import trace
from news_events import gold_mention

STORY = (
    "Rebels attacked a police post in the Norvale province of Tarvia on Monday. "
    "The police returned fire. "
    "The rebels also pilfered grain from farmers in Karva on Tuesday."
)


def test_each_missed_event_is_told_by_the_step_that_lost_it(tmp_path):
    record = {
        "id": "story-1",
        "text": STORY,
        "published": "2024-03-06",
        "annotated_end": len(STORY),
        "events": [
            gold_mention(STORY, "attacked", 0, "ASSAULT"),
            gold_mention(STORY, "returned", 1, "ASSAULT", group="g2"),
            gold_mention(STORY, "pilfered", 2, "COERCE", group="g3"),
        ],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    rows = {row[3]: row for row in trace(str(gold))}
    assert "attacked" not in rows
    assert rows["returned"][4] == "frame refused"
    assert rows["pilfered"][4:6] == ["no codebook word", "pilfer"]
