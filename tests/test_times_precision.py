"""Words that look like times and name none (issue 17, AQUAINT precision): "today's" or
"of tomorrow" before or after a noun of an age ("in today's world", "the leaders of
tomorrow") name the present or the future age, not a day; "today's vote" stays dated."""

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
        "Privacy is hard to keep in today's world, the author argued.",
        "The festival offers little for today's young people, critics said.",
        "She said the school must train the engineers and leaders of tomorrow.",
        "By yesterday's standards the new rules look mild.",
    ],
)
def test_a_noun_of_an_age_takes_no_date(text: str, parsed: bool) -> None:
    assert values_of(text, "2024-05-14", parsed) == {}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Today's vote in the senate was close.", "Today", "2024-05-14"),
        ("The offer ran in today's editions of the paper.", "today", "2024-05-14"),
        ("Delegates prepared for tomorrow's session of the assembly.", "tomorrow", "2024-05-15"),
        ("The minister of tomorrow's cabinet was named.", "tomorrow", "2024-05-15"),
    ],
)
def test_a_day_word_before_a_dated_noun_keeps_its_day(
    text: str, expression: str, value: str, parsed: bool
) -> None:
    assert values_of(text, "2024-05-14", parsed)[expression] == value
