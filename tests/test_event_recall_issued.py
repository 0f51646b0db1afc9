"""Recall on real news (issue 11, events20r): what an issued warning, resolution or petition
says in a participle is its issuer's act, as said as the issuing is ("issued a series of
warnings demanding that ...": the issuer demands, asserted). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, has_sides


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Pyongyang issued a series of warnings demanding that Seoul halt its drills.",
            "PRK",
            "KOR",
        ),
        (
            "The Ugandan parliament passed a resolution urging Kenya to free the fishermen.",
            "UGA",
            "KEN",
        ),
        (
            "Ghanaian farmers launched a petition calling on Togo to reopen the border.",
            "GHA",
            "TGO",
        ),
    ],
)
def test_what_an_issued_appeal_says_is_its_issuers_asserted_act(
    text: str, source: str, target: str
) -> None:
    (appeal,) = [e for e in asserted_events(text) if e.plover["type"] == "REQUEST"]
    assert has_sides(appeal, source, target)


def test_a_text_not_issued_says_nothing_and_what_it_names_still_happened() -> None:
    events = asserted_events(
        "The Zambian parliament did not issue a statement condemning the raid by Kenyan police."
    )
    assert [e.plover["type"] for e in events] == ["ASSAULT"]
    assert has_sides(events[0], "KEN", None)
