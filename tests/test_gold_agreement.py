"""Agreement between two annotations (scripts/gold_agreement.py): the second annotation's events
are scored by the events scorer itself, so every figure for the coder (actors, dates, places,
CAMEO codes on matched events) can be set beside how far two people agree."""

import copy
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import gold_agreement
from news_events import gold_mention

STORY = (
    "Rebels attacked a police post in the Norvale province of Tarvia on Monday. "
    "Tarvian police arrested three men in Karva on Tuesday. "
    "President Anel Moru met the Veldan foreign minister in Karva on Wednesday."
)


def span(words: str) -> dict:
    start = STORY.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def mention(
    trigger: str, sentence: int, group: str, plover: str, cameo: str, source: tuple[str, str]
) -> dict:
    day = {"Monday": "2024-03-04", "Tuesday": "2024-03-05", "Wednesday": "2024-03-06"}
    when = next(word for word in day if word in STORY.split(". ")[sentence])
    doer = [{**span(source[0]), "code": source[1]}]
    place = {**span("Karva"), "name": "Karva", "country": "TRV", "source": "clause"}
    return gold_mention(
        STORY,
        trigger,
        sentence,
        plover,
        group=group,
        cameo=cameo,
        source=doer,
        date={"value": day[when], "source": "text", **span(when)},
        place=place if sentence else None,
    )


RECORD = {
    "id": "story-1",
    "text": STORY,
    "published": "2024-03-06",
    "annotated_end": len(STORY),
    "events": [
        mention("attacked", 0, "g1", "ASSAULT", "190", ("Rebels", "TRVREB")),
        mention("arrested", 1, "g2", "COERCE", "173", ("Tarvian police", "TRVCOP")),
        mention("met", 2, "g3", "CONSULT", "040", ("President Anel Moru", "TRVGOV")),
    ],
}


def agreement(gold: dict, other: dict, errors: int = 20):
    return gold_agreement.agreement_of(
        {"story-1": gold}, {"story-1": other}, ["story-1"], errors=errors
    )


def test_an_annotation_agrees_fully_with_itself():
    result = agreement(RECORD, RECORD)
    assert (result.asserted_right, result.asserted, result.full_right) == (3, 3, 3)
    assert (result.matched, result.both_right, result.date_right, result.place_right) == (
        3,
        3,
        3,
        3,
    )
    assert (result.cameo_scored, result.cameo_full_right) == (3, 3)
    assert result.errors == []


def test_a_missed_event_and_another_type_are_told_apart():
    other = copy.deepcopy(RECORD)
    del other["events"][0]
    other["events"][0]["plover"] = "ASSAULT"
    result = agreement(RECORD, other)
    assert (result.gold, result.ours, result.matched) == (3, 2, 1)
    assert result.asserted_right == 1
    assert any("'attacked' (missed" in line for line in result.errors)
    assert any("ASSAULT asserted 'arrested' (gold type COERCE)" in line for line in result.errors)


def test_other_actor_codes_lower_event_f1_and_the_side_but_not_type_f1():
    other = copy.deepcopy(RECORD)
    other["events"][2]["source"][0]["code"] = "VELGOV"
    result = agreement(RECORD, other)
    assert result.type_right == 3 and result.full_right == 2
    assert (result.source_right, result.target_right, result.both_right) == (2, 3, 2)
    assert result.source_country_right == 2


def test_another_actor_of_the_same_country_is_a_wrong_side_with_the_right_country():
    other = copy.deepcopy(RECORD)
    other["events"][1]["source"] = [{**span("three men"), "code": "TRVCOP"}]
    result = agreement(RECORD, other)
    assert (result.source_country_right, result.source_right, result.full_right) == (3, 2, 3)


def test_date_place_and_cameo_are_scored_on_matched_events():
    other = copy.deepcopy(RECORD)
    other["events"][1]["date"] = {"value": "2024-03-06", "source": "published"}
    other["events"][2]["place"] = {"name": "Tarvia", "country": "TRV", "source": "article"}
    other["events"][2]["cameo"] = "042"
    result = agreement(RECORD, other)
    assert (result.date_right, result.place_right, result.full_right) == (2, 2, 3)
    assert (result.cameo_root_right, result.cameo_three_right, result.cameo_full_right) == (
        3,
        2,
        2,
    )


def test_another_trigger_of_the_same_type_in_the_same_sentence_is_the_same_event():
    other = copy.deepcopy(RECORD)
    other["events"][1]["trigger"] = span("three men")
    result = agreement(RECORD, other)
    assert (result.matched, result.full_right, result.duplicates) == (3, 3, 0)


def test_the_script_prints_the_eval_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    other = copy.deepcopy(RECORD)
    other["events"][2]["cameo"] = "042"
    paths = []
    for name, record in (("gold", RECORD), ("other", other)):
        paths.append(tmp_path / f"{name}.jsonl")
        paths[-1].write_text(json.dumps(record) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["gold_agreement.py", *map(str, paths)])
    gold_agreement.main()
    printed = capsys.readouterr().out
    assert "matched events 3: source 1.000  target 1.000  both 1.000  date 1.000" in printed
    assert "CAMEO code (3 with a gold code): root 1.000  3 digits 0.667  full 0.667" in printed


def test_parties_acting_together_agree_with_one_acting_on_the_other_as_for_the_coder():
    gold = copy.deepcopy(RECORD)
    gold["events"][2]["source"].append({**span("Veldan foreign minister"), "code": "VELGOV"})
    other = copy.deepcopy(RECORD)
    other["events"][2]["target"] = [{**span("Veldan foreign minister"), "code": "VELGOV"}]
    result = agreement(gold, other)
    assert result.full_right == 3 and result.errors == []
