"""Gold events on words no codebook entry had (issue 11, recall31): a law repealed, a
conviction overturned, envoys gathering; and a noun the tokenizer split at its hyphen
("cease-fire"). Each word is read in its sense and left in another. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, events_of


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "other_sense"),
    [
        (
            "Peru's Congress repealed the press law on Tuesday.",
            "repealed the press law",
            "081",
            "Peru's Congress repealed a vote on the budget timetable on Tuesday.",
        ),
        (
            "A Chilean appeals court overturned the conviction of the opposition leader.",
            "overturned the conviction",
            "081",
            "Protesters in Santiago overturned cars near the Chilean parliament.",
        ),
        (
            "Foreign ministers from Peru and Chile gathered in Lima on Friday.",
            "gathered",
            "040",
            "Hundreds of Peruvian protesters gathered outside the parliament in Lima.",
        ),
    ],
)
def test_a_word_new_to_the_codebooks_codes_its_act_in_its_sense_only(
    text: str, trigger: str, cameo: str, other_sense: str
) -> None:
    assert (trigger, cameo) in {(e.trigger.text, e.cameo) for e in asserted_events(text)}
    assert cameo not in {e.cameo for e in events_of(other_sense)}


def test_a_noun_split_at_its_hyphen_is_read_whole() -> None:
    (truce,) = asserted_events("A cease-fire between Peru and Chile took effect on Monday.")
    assert (truce.trigger.text, truce.cameo) == ("cease-fire", "0871")
    (broken,) = asserted_events("Peruvian troops broke the cease-fire with the rebels on Monday.")
    assert broken.cameo == "196"
