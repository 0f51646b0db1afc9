"""Time words inside names (issue 17, spurious times): a frequency word that ends a publication's
name, capitalized after a name ("The Selm Daily", "Orlen's Weekly"), is not how often, while one
that opens a sentence ("Daily flights resumed") or is written small stays a SET; a month that
names a march ("the March on Orlen", "the 1988 March on Selm") is no month."""

from __future__ import annotations

import pytest
from time_texts import times_by_text

PUBLISHED = "2024-05-08"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told The Selm Daily that the port would reopen.",
        "According to Orlen's Weekly, the mayor resigned on Monday.",
        "She is a contributing writer at Tarvia Monthly.",
    ],
)
def test_a_frequency_word_ending_a_name_is_no_time(text: str) -> None:
    found = times_by_text(text, PUBLISHED)
    assert not [time for time in found.values() if time.type == "SET"], found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Daily flights to Selm resumed on Monday.", "Daily", "P1D"),
        ("The ferry to Orlen now runs daily.", "daily", "P1D"),
        ("The Selm Daily said ferries to Orlen run weekly.", "weekly", "P1W"),
    ],
)
def test_a_frequency_word_outside_a_name_is_a_set(text: str, expression: str, value: str) -> None:
    found = times_by_text(text, PUBLISHED)
    assert (found[expression].type, found[expression].value) == ("SET", value)


@pytest.mark.parametrize(
    "text",
    [
        "Her father was at the March on Orlen in 1988.",
        "He took part in the 1988 March on Selm as a student.",
    ],
)
def test_a_month_naming_a_march_is_no_month(text: str) -> None:
    assert "March" not in times_by_text(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    ["The talks resumed in March on a smaller scale.", "He testified in March on Selm's budget."],
)
def test_a_month_before_on_is_still_a_month(text: str) -> None:
    assert times_by_text(text, PUBLISHED)["March"].value == "2024-03"
