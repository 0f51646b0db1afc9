"""A half or an end of a period that is not a year (issue 17, `mod`): "the second half of the
1990s" is the decade with END, as TimeML and TimeBank tag "the last half of the '80s"; it is not
the current year's second half. A half of a year keeps its own value (`1990-H1`, no mod), and a
half of no time ("of the match") is no time expression."""

from __future__ import annotations

import pytest
from time_texts import times_by_text

PUBLISHED = "2024-05-08"


def readings(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {text: (time.value, time.mod) for text, time in times_by_text(text, PUBLISHED).items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports from Varnholm doubled in the second half of the 1990s.",
            {"the second half of the 1990s": ("199", "END")},
        ),
        (
            "The mill town of Oskary grew fast in the latter half of the nineteenth century.",
            {"the latter half of the nineteenth century": ("18", "END")},
        ),
        (
            "Grain prices in Tellwick fell during the first half of the '70s.",
            {"the first half of the '70s": ("197", "START")},
        ),
        (
            "The Brenna dam was finished at the end of the 20th century.",
            {"the end of the 20th century": ("19", "END")},
        ),
        (
            "Most farms around Kellan were fenced in the early 20th century.",
            {"the early 20th century": ("19", "START")},
        ),
        (
            "The Harrow council meets again in the first half of next week.",
            {"the first half of next week": ("2024-W20", "START")},
        ),
        (
            "Rain flooded the Ostrand valley in the second half of March.",
            {"the second half of March": ("2024-03", "END")},
        ),
    ],
)
def test_a_part_of_a_longer_period_is_that_period_with_its_mod(
    text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    assert readings(text) == expected


def test_a_half_of_a_year_keeps_its_value_beside_a_half_of_a_decade() -> None:
    text = "Output at Dunmore rose in the first half of 1990, as in the second half of the 1980s."
    assert readings(text) == {
        "the first half of 1990": ("1990-H1", None),
        "the second half of the 1980s": ("198", "END"),
    }


def test_a_hedge_before_the_decade_is_a_preposition_not_a_mod() -> None:
    text = "Fans who talk about the '60s forget the end of the 1950s, Marra wrote."
    assert readings(text) == {"the '60s": ("196", None), "the end of the 1950s": ("195", "END")}


def test_a_half_of_a_match_is_no_time() -> None:
    assert readings("Ferro scored twice in the second half of the match against Lindqvist.") == {}
