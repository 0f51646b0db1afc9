"""Misgivings told as an adjective with an intensifier (issue 12, accuse26): "Kenya is deeply
concerned about Uganda's crackdown" criticises Uganda, as "expressed concern about" does;
"more concerned about prices" compares a worry and criticises no one. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, has_sides


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya is deeply concerned about Uganda's crackdown on protesters.", "deeply concerned"),
        (
            "Kenya is deeply disappointed with Uganda's decision to close the border.",
            "deeply disappointed",
        ),
    ],
)
def test_an_intensified_misgiving_about_a_party_criticises_it(text: str, trigger: str) -> None:
    (criticism,) = asserted_of_type(text, "ACCUSE")
    assert criticism.trigger.text == trigger
    assert criticism.cameo == "111"
    assert has_sides(criticism, "KEN", "UGA")


def test_a_compared_worry_criticises_no_one() -> None:
    assert (
        asserted_of_type("Kenyan farmers are more concerned about Uganda's prices.", "ACCUSE") == []
    )
