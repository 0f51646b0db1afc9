"""'Consider' with a plain object and a note sounded about something: attributions PolNeAR
reads that the codebook lacked until the twenty-sixth round (issue 17); on sentences written
for these tests."""

from __future__ import annotations

import pytest
from quote_texts import assert_attributed


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        (
            "The harbour board is considering a new ferry fee.",
            "considering",
            "The harbour board",
            "a new ferry fee",
        ),
        (
            "Rosa Ortiz considered a run for mayor last spring.",
            "considered",
            "Rosa Ortiz",
            "a run for mayor",
        ),
    ],
)
def test_what_someone_considers_is_their_view(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    """'is considering a new fee': the object is what the subject weighs, as the gold reads it
    (train 101-840: 10 misses fixed, 6 extras, most of them an imperative 'Consider the case')."""
    assert_attributed(sentence, cue, speaker, content, "belief")


def test_a_note_sounded_about_something_is_the_speakers_view() -> None:
    """'sounded a cautious note about X': 'sound' carries the noun as a light verb, and the
    note's 'about' object is what the subject holds a view on."""
    assert_attributed(
        "Rosa Ortiz sounded a cautious note about the ferry budget.",
        "note",
        "Rosa Ortiz",
        "the ferry budget",
        "belief",
    )
