"""An act the text dates after its publication day, told in the present or the future, has
not happened yet (issue 11 modality, precision29): "will meet with her on Thursday" under an
announcement, "will be back tomorrow to continue the negotiations" are future. A stated
intention ("she will visit them on Thursday": PLOVER's AGREE) stays asserted, its act future;
an act told in a past tense or the perfect ("I've invited him for a meeting next week") keeps
its reading, and so does an event noun named inside another noun's phrase, whose time is that
other noun's ("arguments in the lawsuits are set for Friday"). Sentences written for these
tests, published on Monday 4 March 2024."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers, readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The speaker's office announced that Speaker Halvard Ostrom will meet with"
            " Vardian President Tavi Kesler on Thursday.",
            "meet",
        ),
        (
            "The Vardian delegation will be back tomorrow to continue the negotiations with"
            " Ostland, the mediator said.",
            "negotiations",
        ),
        ("Freedonia's exit from the trade bloc takes effect next week.", "exit"),
    ],
)
def test_an_act_dated_after_publication_in_the_future_tense_is_future(
    text: str, trigger: str
) -> None:
    assert readings(text, trigger) == {"future"}


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Ostland's prime minister met with the Vardian president on Thursday.", "CONSULT"),
        ("Ostland condemned Vardia's missile test on Wednesday.", "ACCUSE"),
        (
            "“I’ve invited the Vardian president for a meeting with our ministers next"
            " week,” Ostland's prime minister said.",
            "REQUEST",
        ),
        (
            "Arguments in the lawsuits that rights groups filed against Ostland's interior"
            " ministry are set for a hearing on Friday.",
            "ACCUSE",
        ),
    ],
)
def test_an_act_told_in_the_past_or_under_another_noun_keeps_its_reading(
    text: str, plover_type: str
) -> None:
    assert asserted_triggers(text, plover_type) != []
