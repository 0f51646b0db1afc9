"""Recall on real news (issue 11, events11j): a duty laid or made heavier is a sanction
("doubled its tariffs on", "levied a 20% duty on"); raising prices, concerns or a duty roster
is none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of_type, has_sides


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Brazil doubled its tariffs on Argentine wheat on Monday.", "BRA", "ARG"),
        ("The Indian government raised import duties on Chinese solar panels.", "IND", "CHN"),
        ("Mexico slapped new tariffs on American pork last week.", "MEX", "USA"),
        ("Chile levied a 20% duty on Peruvian fruit on Monday.", "CHL", "PER"),
        ("The premier of Quebec said he was adding a 10% surcharge on power.", "CAN", None),
    ],
)
def test_a_duty_laid_or_raised_is_a_sanction(text: str, source: str, target: str | None) -> None:
    assert any(has_sides(e, source, target) for e in events_of_type(text, "SANCTION"))


@pytest.mark.parametrize(
    "text",
    [
        "The company raised prices on its phones and increased its dividend.",
        "The minister raised concerns about the harvest and doubled the subsidy for farmers.",
        "Officials increased their duty rosters at the border post.",
    ],
)
def test_raising_what_is_no_duty_is_no_sanction(text: str) -> None:
    assert events_of_type(text, "SANCTION") == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Peru removed its tariffs on Chilean copper on Monday.", "asserted"),
        ("Ghana scrapped the levy on imported rice last week.", "asserted"),
        ("The president demanded that Canada drop its tariff on dairy products.", "hypothetical"),
    ],
)
def test_a_duty_given_up_is_a_retreat(text: str, modality: str) -> None:
    assert [e.modality for e in events_of_type(text, "RETREAT")] == [modality]


def test_dropping_charges_or_removing_a_statue_gives_up_no_duty() -> None:
    text = "Prosecutors dropped the charges against the mayor, and the city removed the statue."
    assert events_of_type(text, "RETREAT") == []
