"""Acts the text only guesses at, or names without saying they happened (issue 11, modality
class, twentieth round, events20m): an adverb of doubt before the act ("had probably been
killed"), an act a clause names on a noun under "any" or "no" ("any decision to expel"), an
act offered as one side of a choice ("the choice of withdrawing or launching new attacks").
Each is set beside the same act told as news, which stays asserted. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("guessed", "guessed_act", "told", "told_act"),
    [
        (
            "Sudanese troops had probably killed the villagers before they left, the UN team "
            "concluded.",
            "killed",
            "Sudanese troops had killed the villagers before they left, the UN team concluded.",
            "killed",
        ),
        (
            "Chadian rebels possibly attacked the convoy near Abeche on Monday.",
            "attacked",
            "Chadian rebels reportedly attacked the convoy near Abeche on Monday.",
            "attacked",
        ),
        (
            "Any decision to expel the Turkish ambassador must be approved by the Greek "
            "parliament.",
            "expel the Turkish ambassador",
            "The decision to expel the Turkish ambassador was approved by the Greek parliament.",
            "expel the Turkish ambassador",
        ),
        (
            # a clause under "any" still presupposes what it names: the killings happened
            "Any decision to expel the Turkish ambassador must be approved by the Greek "
            "parliament.",
            "expel the Turkish ambassador",
            "Detectives in Mombasa are still searching for any clue connecting the killings of "
            "the four Ugandan traders.",
            "killings",
        ),
        (
            # "no" on a noun whose clause tells what some did: they did it
            "There was no decision to expel the Turkish ambassador, the Greek parliament said.",
            "expel the Turkish ambassador",
            "No country that invaded Kuwait escaped sanctions from the United Nations.",
            "invaded",
        ),
        (
            "The embargo has left Syria with only the choice of withdrawing from Lebanon or "
            "launching new attacks on Israel.",
            "attacks",
            "The embargo has not stopped Syria from launching new attacks on Israel.",
            "attacks",
        ),
    ],
)
def test_an_act_only_guessed_at_or_named_is_not_asserted(
    guessed: str, guessed_act: str, told: str, told_act: str
) -> None:
    found = readings(guessed, guessed_act)
    assert found
    assert "asserted" not in found
    assert readings(told, told_act) == {"asserted"}
