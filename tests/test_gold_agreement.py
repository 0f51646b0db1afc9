"""Agreement between two annotations (scripts/gold_agreement.py): what two annotators share is
counted as the events scorer counts our events, so a figure for the coder can be set beside
how far two people agree."""

import copy
import sys
from pathlib import Path

from eventwire.evaluate.article_events import gold_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from gold_agreement import agreement_of
from news_events import gold_mention

STORY = (
    "Rebels attacked a police post in the Norvale province of Tarvia on Monday. "
    "Tarvian police arrested three men in Karva on Tuesday. "
    "President Anel Moru met the Veldan foreign minister in Karva on Wednesday."
)


def span(words: str) -> dict:
    start = STORY.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def mention(trigger: str, sentence: int, group: str, plover: str, source: tuple[str, str]) -> dict:
    doer = [{**span(source[0]), "code": source[1]}]
    return gold_mention(STORY, trigger, sentence, plover, group=group, source=doer)


RECORD = {
    "id": "story-1",
    "text": STORY,
    "published": "2024-03-06",
    "annotated_end": len(STORY),
    "events": [
        mention("attacked", 0, "g1", "ASSAULT", ("Rebels", "TRVREB")),
        mention("arrested", 1, "g2", "COERCE", ("Tarvian police", "TRVCOP")),
        mention("met", 2, "g3", "CONSULT", ("President Anel Moru", "TRVGOV")),
    ],
}


def agreement(gold: dict, other: dict):
    return agreement_of(
        {"story-1": gold_article(gold, "gold")},
        {"story-1": gold_article(other, "other")},
        ["story-1"],
    )


def test_an_annotation_agrees_fully_with_itself():
    result = agreement(RECORD, RECORD)
    assert (result.asserted_right, result.asserted, result.full_right) == (3, 3, 3)
    assert result.f1(result.full_right) == 1.0
    assert result.disagreements == []


def test_a_missed_event_and_another_type_are_told_apart():
    other = copy.deepcopy(RECORD)
    del other["events"][0]
    other["events"][0]["plover"] = "ASSAULT"
    result = agreement(RECORD, other)
    assert (result.gold, result.other, result.matched) == (3, 2, 1)
    assert result.asserted_right == 1
    assert any("gold only: ASSAULT" in line for line in result.disagreements)
    assert any("type: gold COERCE, other ASSAULT" in line for line in result.disagreements)


def test_other_actor_codes_lower_event_f1_but_not_type_f1():
    other = copy.deepcopy(RECORD)
    other["events"][2]["source"][0]["code"] = "VELGOV"
    result = agreement(RECORD, other)
    assert result.type_right == 3 and result.full_right == 2
    assert any(
        "actors: gold ['TRV']->[], other ['VEL']->[]" in line for line in result.disagreements
    )


def test_parties_acting_together_agree_with_one_acting_on_the_other_as_for_the_coder():
    gold = copy.deepcopy(RECORD)
    gold["events"][2]["source"].append({**span("Veldan foreign minister"), "code": "VELGOV"})
    other = copy.deepcopy(RECORD)
    other["events"][2]["target"] = [{**span("Veldan foreign minister"), "code": "VELGOV"}]
    result = agreement(gold, other)
    assert result.full_right == 3 and result.disagreements == []
