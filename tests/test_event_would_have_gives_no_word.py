"""A modal with the perfect tells what would have been, not a later act (issue 12, threaten31):
"said Chile would have retaliated" is no threat, and the retaliation stays hypothetical; the
"would" of a report stays a future where no "have" follows ("said Chile would retaliate if
..." is Chile's threat). Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type, events_of_type


def test_what_would_have_been_done_is_no_threat_or_promise() -> None:
    for text in (
        "The Chilean defence minister said Chile would have retaliated against Argentina.",
        "A Peruvian senator said the rebels would have killed the Bolivian hostages if the"
        " talks had failed.",
    ):
        assert not asserted_of_type(text, "THREATEN"), text
    assert not asserted_of_type(
        "An Estonian senator said the president would have vetoed the Latvian trade bill.",
        "REJECT",
    )


def test_the_act_that_would_have_been_is_hypothetical() -> None:
    (retaliation,) = events_of_type(
        "The Chilean defence minister said Chile would have retaliated against Argentina.",
        "ASSAULT",
    )
    assert retaliation.modality == "hypothetical"


def test_a_reported_would_without_have_still_threatens() -> None:
    assert asserted_of_type(
        "The Chilean defence minister said Chile would retaliate against Argentina if the"
        " border stays closed.",
        "THREATEN",
    )
