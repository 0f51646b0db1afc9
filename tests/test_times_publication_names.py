"""A frequency word that ends a publication's name (issue 17, spurious sets): capitalized after
a name ("The Selm Daily", "Orlen's Weekly") it is part of the name, not how often; a frequency
word that opens a sentence ("Daily flights resumed") or is written small stays a SET."""

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
