"""A month under a modal (issue 17): "would", "could", "might", "may", "should" without a
perfect "have" look ahead like "will", within the reach a future tense has; "would have won"
stays in the past. A to-infinitive under a future verb looks ahead as under a present one."""

from __future__ import annotations

import pytest
from time_texts import times_by_text as times_of


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            "Most Tarvian voters would be content with Ana Brel as the nominee in November.",
            "2024-03-16",
            "November",
            "2024-11",
        ),
        (
            "The senator from Orlen could lose the November vote.",
            "2024-04-02",
            "November",
            "2024-11",
        ),
        (
            "The Selm council might put the levy on the October ballot.",
            "2024-02-20",
            "October",
            "2024-10",
        ),
        # the perfect keeps a modal in the past; a month too far ahead stays the nearest
        ("Brel would have won the Orlen primary in November.", "2024-03-16", "November", "2023-11"),
        ("Brel said in January that she would resign in March.", "2024-04-10", "March", "2024-03"),
    ],
)
def test_a_modal_looks_ahead(text: str, published: str, expression: str, value: str) -> None:
    assert times_of(text, published)[expression].value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("It will be very hard for Brel to win in November.", "2024-05-12", "November", "2024-11"),
        (
            "We will be able to reach a deal by Saturday afternoon, the Orlen envoy said.",
            "2024-06-19",
            "Saturday afternoon",
            "2024-06-22TAF",
        ),
    ],
)
def test_an_infinitive_under_a_future_looks_ahead(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value
