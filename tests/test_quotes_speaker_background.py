"""Words that describe a speaker or ask the reader, not views anyone reports: a stance in a
relative clause on the speaker of a speech cue ('said Ruiz, who backs the mayor') and a
question put to the reader ('Do you support the ferry fee?'), which PolNeAR leaves out and we
read as attributions until the twenty-seventh round (issue 17); on sentences written for
these tests."""

from __future__ import annotations

import pytest
from quote_texts import quotes_in


def cues_of(body: str) -> list[str]:
    return [q.cue.text for q in quotes_in(body) if q.cue is not None]


@pytest.mark.parametrize(
    ("body", "background"),
    [
        (
            '"The harbour is full," said Ana Ruiz, a ferry pilot who supports the mayor.',
            "supports",
        ),
        (
            "Tomas Lee, who endorsed Ruiz last spring, told reporters the pier would close.",
            "endorsed",
        ),
        (
            "Mara Quint, a dock owner who has backed the levy, said the dredging must start.",
            "backed",
        ),
    ],
)
def test_a_stance_that_describes_the_speaker_is_no_attribution(
    body: str, background: str
) -> None:
    """The relative clause tells who the speaker is; the speech is the attribution (train
    101-840: 33 such extras, 9 gold)."""
    cues = cues_of(body)
    assert background not in cues
    assert cues  # the speech itself is still read


def test_a_stance_in_a_relative_clause_off_the_speakers_clause_is_kept() -> None:
    """'Economists who favor the tax expect ...': 'expect' is a belief, no speech cue, so the
    clause is the economists' stance of its own."""
    assert "favor" in cues_of("Economists who favor the ferry tax expect that it will pass.")
