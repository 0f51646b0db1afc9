"""'Consider' with a plain object, a note sounded about something, a poll the parse hangs on a
noun, support among a group: attributions PolNeAR reads that we missed until the twenty-sixth
round (issue 17); on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import assert_attributed, quotes_in, speaker_text


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


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        (
            "Ruiz had a growing lead in the latest Harbour Times poll.",
            "the latest Harbour Times poll",
            "Ruiz had a growing lead",
        ),
        (
            "Ruiz won just 6 percent of the harbour vote in a Harbour Times poll released Sunday.",
            "a Harbour Times poll",
            "Ruiz won just 6 percent of the harbour vote",
        ),
    ],
)
def test_a_poll_the_parse_hangs_on_a_noun_still_tells_the_clause(
    sentence: str, source: str, content: str
) -> None:
    """'had a growing lead | in the poll', '6 percent of the vote | in a poll': the poll is the
    source of the whole clause, as when the parse hangs 'in' on the verb (train 101-840:
    11 misses fixed, 5 extras, most of these 'in the polls' with a qualifier)."""
    (quote,) = [q for q in quotes_in(sentence) if q.cue is not None and q.cue.text == "in"]
    assert speaker_text(quote) == source
    assert quote.text.startswith(content)
    assert quote.cue_class == "evidence"


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        ("Ruiz's support among fishermen has grown since the storm.", "Ruiz's"),
        ("Ruiz has strong support among fishermen.", "Ruiz"),
    ],
)
def test_support_among_a_group_is_that_groups_stance_on_the_candidate(
    sentence: str, candidate: str
) -> None:
    """'her support among minorities': the group holds the stance and the candidate is what it
    is about (train 101-840: 8 misses fixed, 5 extras)."""
    (quote,) = [q for q in quotes_in(sentence) if q.cue is not None and q.cue.text == "support"]
    assert speaker_text(quote) == "fishermen"
    assert quote.text == candidate
    assert quote.cue_class == "stance"
