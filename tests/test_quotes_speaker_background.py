"""Words that describe a speaker or ask the reader, not views anyone reports: a stance in a
relative clause on the speaker of a speech cue ('said Ruiz, who backs the mayor') and a
question put to the reader ('Do you support the ferry fee?'), which PolNeAR leaves out and we
read as attributions until the twenty-seventh round (issue 17); on sentences written for
these tests."""

from __future__ import annotations

import pytest
from quote_texts import cues_of, quotes_in


@pytest.mark.parametrize(
    ("body", "background"),
    [
        (
            '"The harbour is full," said Ana Ruiz, a ferry pilot who supports the mayor.',
            "supports",
        ),
        (
            "Tomas Lee, who has endorsed Ruiz, told reporters that the pier would close.",
            "endorsed",
        ),
        (
            "Mara Quint, a dock owner who has backed the levy, said the dredging must start.",
            "backed",
        ),
    ],
)
def test_a_stance_that_describes_the_speaker_is_no_attribution(body: str, background: str) -> None:
    """The relative clause tells who the speaker is; the speech is the attribution (train
    101-840: 33 such extras, 9 gold)."""
    cues = cues_of(body)
    assert background not in cues
    assert cues  # the speech itself is still read


@pytest.mark.parametrize(
    "body",
    [
        "Ruiz wants a second ferry. Do you support the ferry levy? Write to the harbour board.",
        "The pier closed in May. What do you think of the harbour plan? Tell us below.",
        "Or would you oppose a levy on the ferries? Few in Port Alva would.",
    ],
)
def test_a_question_to_the_reader_reports_no_view(body: str) -> None:
    """'Do you support X?': the auxiliary before 'you' asks the reader (train 101-840: 13
    extras, no gold; dev 3 extras, 1 gold)."""
    assert not [q for q in quotes_in(body) if q.speaker is not None and q.speaker.text == "you"]
