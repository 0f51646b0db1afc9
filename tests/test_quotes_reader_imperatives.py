"""An imperative put to the reader ('Call it a farce.', 'Don't blame the mayor.') tells the
reader what to say or back and reports no one's view, which PolNeAR leaves out and we read as
attributions until the twenty-ninth round (issue 17); a belief verb's imperative ('Expect
delays') is the writer's view and stays, and so does a headline's; on sentences written for
these tests."""

from __future__ import annotations

import pytest
from quote_texts import cues_of


@pytest.mark.parametrize(
    ("body", "imperative"),
    [
        ("The levy paid for two ferries and a pier. Call it a harbour dividend.", "Call"),
        ("Ruiz lost the vote in May. Don't blame the pilots.", "blame"),
        ("The board says the fee is fair. Now tell us the pier will stay open!", "tell"),
        ("Few pilots back the mayor. Or support Tomas Lee, who wants a second ferry.", "support"),
    ],
)
def test_an_imperative_to_the_reader_is_no_attribution(body: str, imperative: str) -> None:
    """Train 101-840: 5 such extras, none gold (one nested report inside them surfaces); dev 2
    extras."""
    assert imperative not in cues_of(body)
