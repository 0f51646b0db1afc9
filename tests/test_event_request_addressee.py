"""A request or an order asks someone: "asked to use the phone", "ordered to open a field hospital"
name no one asked (issue 11, private persons and procedure, events16p). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    "text",
    [
        "The health minister ordered to open a field hospital near the stadium.",
        "The interior minister asked to see the new border fence on Monday.",
    ],
)
def test_a_request_of_no_one_is_no_event(text: str) -> None:
    assert "REQUEST" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya asked Uganda to hand over the suspects.",
        "Kenya's president ordered the army to leave the capital.",
        "The governor ordered that the roads be closed.",
        "The opposition asked that the election be postponed.",
    ],
)
def test_a_request_with_an_addressee_or_its_own_subject_is_coded(text: str) -> None:
    assert "REQUEST" in asserted_types(text)
