"""Requests told as a noun (issue 11 recall, twenty-sixth round, recall26). A public actor's
request is an appeal (PLOVER REQUEST, CAMEO 020) whether a verb or a noun tells it: "Ghana
filed two requests", "Peru's request for the extradition". A reporter's request for comment,
records requests and requests for an interview ask no actor for an act, and no public actor
makes them. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, countries, the_event


@pytest.mark.parametrize(
    ("text", "trigger", "asker"),
    [
        (
            "Over the winter, Ghana filed two requests for the arbitration hearing to be delayed.",
            "requests",
            "GHA",
        ),
        (
            "Peru's request for the extradition of the fugitive banker reached Madrid on Monday.",
            "request",
            "PER",
        ),
        ("A Chilean request to the tribunal for more time was sent in March.", "request", "CHL"),
    ],
)
def test_a_public_actors_request_told_as_a_noun_is_an_appeal(
    text: str, trigger: str, asker: str
) -> None:
    event = the_event(text, "REQUEST", trigger)
    assert event.cameo == "020"
    assert event.modality == "asserted"
    assert asker in countries(event.source)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not respond to a request for comment on the border closure.",
        "Local reporters filed records requests with the port authority in June.",
        "The mayor's office referred requests for an interview to the police.",
    ],
)
def test_a_request_for_comment_or_records_is_no_appeal(text: str) -> None:
    assert asserted_of_type(text, "REQUEST") == []
