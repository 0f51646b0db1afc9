"""A year-ago comparison in an earnings report (issue 17): "the year-ago period", "a year ago"
and "the 1988 period" are the quarter the story reports, a year off. That quarter is one over
by the publication day, and the one of those named that ended last unless the sentence names
its own: a quarter ahead that brokers forecast in between, or a quarter before recalled in
passing, is not what past results are compared with."""

from __future__ import annotations

import pytest
from time_texts import times_by_text

PUBLISHED = "1989-10-27"
REPORT = "Dornfeld Mills posted a 40% drop in third-quarter profit. "


def values(text: str) -> dict[str, str | None]:
    return {text: time.value for text, time in times_by_text(text, PUBLISHED).items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            REPORT + "Brokers expect losses through the second quarter of 1990. "
            "In the year-ago period, Dornfeld Mills earned $12.5 million.",
            {"the year-ago period": "1988-Q3"},
        ),
        (
            REPORT + "Brokers see weak orders in the fourth quarter. "
            "Sales were $80 million, down from $95 million a year ago.",
            {"a year ago": "1988-Q3"},
        ),
        (
            REPORT + "Brokers see weak orders in the fourth quarter. "
            "The year-earlier results were restated for a sale.",
            {"The year-earlier": "1988-Q3"},
        ),
        (
            REPORT + "Brokers see weak orders in the fourth quarter. "
            "In the 1988 period, the mill earned $12.5 million.",
            {"the 1988 period": "1988-Q3"},
        ),
        (
            "Dornfeld Mills posted a 9% gain in third-quarter profit. After a flat second "
            "quarter, the gain came from its paper arm. The year-earlier period included a "
            "charge for a closed mill.",
            {"The year-earlier period": "1988-Q3"},
        ),
    ],
)
def test_past_results_compare_with_the_quarter_reported_not_one_forecast(
    text: str, expected: dict[str, str]
) -> None:
    found = values(text)
    assert {key: found.get(key) for key in expected} == expected
