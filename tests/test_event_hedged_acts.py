"""Acts the text only guesses at, or names without saying they happened (issue 11, modality
class, twentieth round, events20m): an adverb of doubt on the act ("had probably killed"), an
act a clause names on a noun under "any" or "no" ("any decision to expel"), an act offered as
one side of a choice ("the choice of withdrawing or launching new attacks"), an event noun as
the means of a modal act ("could end the standoff through talks"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Sudanese troops had probably killed the villagers before they left, the UN team "
            "concluded.",
            "killed",
        ),
        ("Chadian rebels possibly attacked the convoy near Abeche on Monday.", "attacked"),
        (
            "Any decision to expel the Turkish ambassador must be approved by the Greek "
            "parliament.",
            "expel the Turkish ambassador",
        ),
        (
            "The embargo has left Syria with only the choice of withdrawing from Lebanon or "
            "launching new attacks on Israel.",
            "attacks",
        ),
        ("Turkey could end the standoff through talks with Greece.", "talks"),
    ],
)
def test_an_act_only_guessed_at_or_named_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chadian rebels reportedly attacked the convoy near Abeche on Monday.", "attacked"),
        ("Chadian rebels allegedly attacked the convoy near Abeche on Monday.", "attacked"),
        ("Turkey ended the standoff through talks with Greece.", "talks"),
        (
            "The decision to expel the Turkish ambassador was approved by the Greek parliament.",
            "expel the Turkish ambassador",
        ),
    ],
)
def test_an_act_told_as_news_stays_asserted(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}
