"""A day said of a day (issue 17): "it was a great day for Tarvia" names the day the clause is
at, as AQUAINT tags it, and "Thursday was a bad day" that Thursday; a day said of no day
("every day he speaks is a good day") and "a day" that counts ("a day later") stay as they were."""

from __future__ import annotations

import pytest
from time_texts import times_by_text

PUBLISHED = "2024-05-08"


def values(text: str) -> dict[str, tuple[str, str | None]]:
    return {text: (time.type, time.value) for text, time in times_by_text(text, PUBLISHED).items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The minister called it historic: it was "a great day for Tarvia and its farmers."',
            {"day": ("DATE", "2024-05-08")},
        ),
        (
            "This is a sad day in Orlen, its mayor told reporters on the quay.",
            {"day": ("DATE", "2024-05-08")},
        ),
        (
            "The council voted on Monday. Monday was a very good day for the new mayor.",
            {"Monday": ("DATE", "2024-05-06"), "day": ("DATE", "2024-05-06")},
        ),
        (
            "Tomorrow is a big day for the harbour workers of Selm.",
            {"Tomorrow": ("DATE", "2024-05-09"), "day": ("DATE", "2024-05-09")},
        ),
        # a day said of no day, and "a day" that counts, are not dated
        (
            "Every day she campaigns is a good day for the party of Brask.",
            {"Every day": ("SET", "P1D")},
        ),
        (
            "It was a day later that the relief column reached Dunmore.",
            {"a day later": ("DURATION", "P1D")},
        ),
        ("That will be a horrible day for the dock workers.", {}),
        (
            "The organiser spoke to us in March. It was a good day for the Kesh farmers, she said.",
            {"March": ("DATE", "2024-03")},
        ),
        ("It is a day's drive from the capital to Vessa.", {"a day": ("DURATION", "P1D")}),
    ],
)
def test_a_day_is_dated_only_when_said_of_a_day(
    text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert values(text) == expected
