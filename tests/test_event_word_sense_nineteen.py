"""Word senses that read an admission or a feeling as an act (issue 11 word sense, nineteenth
round, events19v): "conceded that" a fact admits it and yields nothing; suppressing one's own
instincts or anger represses no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("The mayor conceded that the inspectors had found mold in three schools.", "CONCEDE"),
        ("The coach conceded the budget was short by two million dollars.", "CONCEDE"),
        (
            "The colonel said his officers were struggling to suppress their anger at the order.",
            "ASSAULT",
        ),
    ],
)
def test_an_admission_or_a_feeling_is_no_act(text: str, not_type: str) -> None:
    assert not_type not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The mayor conceded defeat to her rival on Tuesday.", "CONCEDE"),
        ("Riot police suppressed the march in the capital on Monday.", "ASSAULT"),
    ],
)
def test_yielding_and_repression_are_still_coded(text: str, plover_type: str) -> None:
    assert plover_type in asserted_types(text)
