"""The thirty-first round's rulings in the coder (rulingscoder31b, issue 11): a promise of a
goal, a value or a slogan is an issue stance, no AGREE, while a promise of a checkable act stays
AGREE (ruling 31-1); prosecutors or a court dropping, withdrawing or dismissing charges, and an
acquittal, ease a prosecution: CONCEDE 081 from them to the defendant, no RETREAT and no denial
(ruling 31-3). Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_types, events_of, events_of_type


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tal Brenner pledged on Tuesday to make the province proud again.",
        "Senator Ana Ruiz promised on Tuesday to fight for working families.",
        "The Karvian premier pledged to ensure stability after the riots in Tarno.",
        "Senator Ana Ruiz promised to be a strong voice for the farmers of Karvia.",
        "Senator Ana Ruiz has pledged to stay in the primary through the summer.",
    ],
)
def test_a_promised_goal_or_slogan_is_no_agreement(text: str) -> None:
    assert "AGREE" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tal Brenner pledged on Tuesday to cut the fuel levy to 5 percent.",
        "Senator Ana Ruiz promised to make the grazing rules public by May.",
        "The Karvian premier pledged to work on a new grazing law with the farmers' union.",
    ],
)
def test_a_promised_checkable_act_is_still_an_agreement(text: str) -> None:
    assert "AGREE" in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Prosecutors in Tarno dropped all charges against the two students on Friday.",
            "dropped all charges",
        ),
        (
            "The Karvian attorney general withdrew the indictment against the former minister.",
            "withdrew the indictment",
        ),
        (
            "A judge in Tarno dismissed the charges against the three farmers on Friday.",
            "dismissed the charges",
        ),
        ("A Karvian court acquitted the former minister on Friday.", "acquitted"),
    ],
)
def test_charges_dropped_or_an_acquittal_ease_the_prosecution(text: str, trigger: str) -> None:
    (eased,) = asserted_events(text)
    assert (eased.plover["type"], eased.cameo, eased.trigger.text) == ("CONCEDE", "081", trigger)
    assert eased.target


def test_charges_dismissed_by_the_accused_are_a_denial_not_an_easing() -> None:
    text = "The former minister dismissed the charges against him as a plot."
    assert "CONCEDE" not in asserted_types(text)
    assert events_of_type(text, "REJECT")


def test_a_case_dropped_needs_someone_it_is_against() -> None:
    text = "The new rule lets judges in Karvia dismiss cases over unpaid rent quickly."
    assert "CONCEDE" not in {e.plover["type"] for e in events_of(text)}


def test_a_quoted_call_to_drop_charges_asks_for_the_easing() -> None:
    text = (
        'The union welcomed the verdict and repeated "its call to the ministry to drop all '
        "charges against the two students.\u201d"
    )
    (asked,) = events_of_type(text, "CONCEDE")
    assert (asked.cameo, asked.modality) == ("081", "hypothetical")
