"""Two readings of issue 11's false classes, twentieth round (events20w): a course of action in
general backed or opposed ("supports raising the wage") is a position held, no act; one party
signing a new paper of its own ("the governor signed a memorandum") is no agreement. Texts
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("Senator Ana Ruiz supports raising the ferry toll for tourists.", "SUPPORT"),
        ("The mayor has supported increasing the number of work visas.", "SUPPORT"),
        ("Voters dislike her support for keeping the fuel levy.", "SUPPORT"),
        (
            "As a senator, Ruiz has opposed defunding the clinics and restrictions on gambling.",
            "ACCUSE",
        ),
        ("Senator Ruiz opposed sending troops to Karvia.", "ACCUSE"),
    ],
)
def test_a_course_of_action_backed_in_general_is_no_act(text: str, not_type: str) -> None:
    assert not_type not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Karvia's government opposes the dam project.", "ACCUSE"),
        ("The governor backed Ruiz in the primary.", "SUPPORT"),
        ("Karvia has opposed Lunaria's plan to build a dam.", "REJECT"),
    ],
)
def test_a_measure_or_a_party_backed_is_still_coded(text: str, plover_type: str) -> None:
    assert plover_type in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Interim President Ana Ruiz signed a constitutional declaration on Thursday.",
        "The governor signed a memorandum that suspends a rule on fishing permits.",
        "The new minister signed a confidentiality agreement on her first day.",
    ],
)
def test_one_party_signing_its_own_paper_is_no_agreement(text: str) -> None:
    assert "SUPPORT" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karvia signed an agreement with Lunaria to build a pipeline.",
        "Karvian and Lunarian leaders signed a treaty on trade.",
        "The general and protest leaders signed a power-sharing agreement in August.",
        "Karvia signed the accord on Friday.",
        "Officials from Karvia and Lunaria met in the capital and signed an agreement.",
        "The prime ministers signed eight pacts to boost cooperation.",
        "Karvia signed a 20-year cooperation agreement on Saturday, state radio said.",
        "President Oduya signed a trade deal during a visit to Lunaria on Monday.",
        "The rebel commander signed a peace agreement in the capital on Friday.",
    ],
)
def test_an_agreement_between_parties_is_still_signed(text: str) -> None:
    assert "SUPPORT" in asserted_types(text)
