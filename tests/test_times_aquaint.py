"""Issue 17's AQUAINT round: words that look like times in news and name none, and the
ones beside them that still do (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.annotate.times.stage import tag_times
from eventwire.nlp import load_nlp


def values_of(text: str, published: str, parsed: bool = True) -> dict[str, str | None]:
    parse = load_nlp()(text) if parsed else None
    return {time.text: time.value for time in tag_times(text, published, parse)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "The rebels have held the valley since the fall of the capital.",
        "Three weeks after the fall of the old government, the markets reopened.",
        "Historians still argue over the fall of Rome.",
    ],
)
def test_the_fall_of_something_is_a_collapse_not_an_autumn(text: str, parsed: bool) -> None:
    assert not any(
        value and value.endswith("FA") for value in values_of(text, "2024-06-12", parsed).values()
    )


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The plant closed in the fall of 2019.", "the fall of 2019", "2019-FA"),
        ("Talks resumed in the fall of that year.", "the fall", "2024-FA"),
        ("The harvest failed last fall.", "last fall", "2024-FA"),
        ("The bridge opened in the spring of 2021.", "the spring of 2021", "2021-SP"),
    ],
)
def test_a_season_before_its_year_stays_a_season(
    text: str, expression: str, value: str, parsed: bool
) -> None:
    assert values_of(text, "2024-12-12", parsed)[expression] == value
