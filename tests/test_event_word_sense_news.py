"""Trigger senses that need a fitting frame (issue 11, classes counted on judged-wire, the
judged-ECB and judged-dev samples): a fight or attack in words, a struggle or a quarrel is no
ASSAULT; a listing is a sanction only as a terrorist entity; what a bill would do has not
happened. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted, asserted_types, events_of


@pytest.mark.parametrize(
    "text",
    [
        "The senator's aides fired off tweet attacks on the governor.",
        "The governor's campaign spent $2 million on ads attacking her rivals.",
        "Firefighters attacked the blaze from three sides before dawn.",
        "Party members have been fighting about the budget for months.",
        "The farmers are fighting to keep their land in the family.",
        "The mayor stormed out of the council meeting on Tuesday.",
        "The trade clash between Washington and Beijing hurt farmers in Iowa.",
        "The governor has long been the target of the senator's Twitter attacks.",
    ],
)
def test_a_fight_in_words_or_a_struggle_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army base near the border on Monday.",
        "Government troops are fighting to retake the town from the rebels.",
        "Border guards clashed with armed smugglers along the river late on Friday.",
        "Gunmen stormed the presidential palace in the night.",
    ],
)
def test_combat_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in asserted_types(text)


def test_attacking_a_stance_is_criticism() -> None:
    events = asserted(events_of("Opposition leader Ana Ruiz attacked the government's plan."))
    assert [t for t in events if t[1] in {"ACCUSE", "ASSAULT"}] == [("attacked", "ACCUSE")]


def test_an_attack_from_a_stage_is_criticism() -> None:
    events = asserted(
        events_of("Senator Ruiz attacked the governor from the stage of the convention.")
    )
    assert ("attacked", "ACCUSE") in events
    assert "ASSAULT" not in {event_type for _, event_type in events}


def test_backing_up_a_vehicle_supports_no_one() -> None:
    text = "The delivery van was backing up into the yard when the wall gave way."
    assert "SUPPORT" not in asserted_types(text)
    assert "SUPPORT" in asserted_types("The farmers union has backed the new plan.")


def test_seizing_on_a_remark_is_no_seizure() -> None:
    assert "COERCE" not in asserted_types("The senator's rivals seized on the video of his speech.")
    assert "COERCE" in asserted_types("Police seized the rebels' weapons on Monday.")


def test_listing_is_a_sanction_only_as_a_terrorist_entity() -> None:
    assert "SANCTION" not in asserted_types(
        "The magazine listed the senator as one of the most influential people in Ohio."
    )
    assert "SANCTION" in asserted_types(
        "The State Department listed the militia as a terrorist organization."
    )


def test_what_a_bill_would_impose_is_not_asserted() -> None:
    events = events_of("Senators introduced a bill to impose sanctions on Venezuela.")
    (sanction,) = [e for e in events if e.plover["type"] == "SANCTION"]
    assert sanction.modality != "asserted"


def test_what_was_done_to_a_bill_is_asserted() -> None:
    events = asserted(events_of("The farm bill, opposed by Senate Democrats, never became law."))
    assert ("opposed", "ACCUSE") in events


@pytest.mark.parametrize(
    "text",
    [
        "The neighbours' old dog was also killed in the attack on the farm.",
        "A stray dog wounded two goats in the village on Sunday.",
        "Hunters shot a wolf near the border post.",
        "Less than a tenth of the ministry's emails were captured by the archive.",
    ],
)
def test_animals_and_records_are_no_victims_of_an_assault(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[0] != "attack"] == []


def test_a_visit_to_a_church_or_an_office_is_no_state_visit() -> None:
    assert "CONSULT" not in asserted_types("Governor Ana Ruiz visited the church on Saturday.")
    assert "CONSULT" not in asserted_types("The president visited the Labor Department on Tuesday.")
    assert "CONSULT" in asserted_types("Prime Minister Modi visited Mauritius on Monday.")


def test_asking_which_or_what_is_a_question_not_a_request() -> None:
    assert "REQUEST" not in asserted_types(
        "The anchor then asked Senator Rubio which states he could win."
    )
    assert "REQUEST" in asserted_types("Senator Rubio asked the governor to endorse him.")


@pytest.mark.parametrize(
    "text",
    [
        "The navy warned that any incursion would be met with force.",
        "The new curfew was met with hostility in the northern towns.",
        "The minister's speech was met with jeers from the gallery.",
    ],
)
def test_being_met_with_a_reaction_is_no_meeting(text: str) -> None:
    assert not asserted_types(text) & {"CONSULT", "AGREE"}


def test_meeting_with_a_counterpart_is_still_a_meeting() -> None:
    assert "CONSULT" in asserted_types(
        "The Peruvian foreign minister met with his Chilean counterpart."
    )
