"""A country's support told as a noun (issue 11 recall, twenty-fourth round, extra24r): "the
backing of India" and "with support from France" are SUPPORT by the country, asserted when the
plan or measure has it; support from voters is a poll, and support needed is not given.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, readings


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "The border accord also has the backing of India, which trades with both sides.",
            "backing",
            "IND",
        ),
        (
            "The tariff measure has enough votes to pass, with support from France and Poland.",
            "support",
            "FRA",
        ),
        ("The pipeline plan won the backing of Norway on Monday.", "backing", "NOR"),
    ],
)
def test_a_countrys_backing_is_support(text: str, trigger: str, country: str) -> None:
    found = [e for e in asserted_events(text) if trigger in e.trigger.text]
    assert [e.plover["type"] for e in found] == ["SUPPORT"]
    assert country in {a.code[:3] for a in found[0].source if a.code}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Vale has backing from 33 percent of voters, a survey released on Thursday found.",
        "The mayor earned the backing of three Republican lawmakers in the statehouse.",
        "The candidate drew support from Latino voters in the primary.",
    ],
)
def test_support_from_voters_and_politicians_is_no_event(text: str) -> None:
    assert not [e for e in asserted_events(text) if e.plover["type"] == "SUPPORT"]


def test_backing_needed_is_not_given() -> None:
    text = "The border accord needs the backing of India, diplomats said."
    assert readings(text, "backing of India") == {"hypothetical"}
