"""A speaker's charge told with "said" (issue 12, accuse23): a condemning adjective after a
copula in what a speaker says ("said the decree was unconstitutional", "the claims are absurd,"
the minister said) criticises whoever's act it judges; a neutral report beside it ("said the
talks were useful", "said the army had withdrawn"), the same word as a mere modifier, or a
judgement only urged on someone accuses no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_types, has_sides


@pytest.mark.parametrize(
    ("charge", "source", "target", "neutral"),
    [
        (
            "Kenya's foreign minister said on Monday that Uganda's new border decree was "
            "unconstitutional.",
            "KEN",
            "UGA",
            "The Kenyan minister said the talks with Uganda were useful.",
        ),
        (
            "The Chilean senator said the Bolivian government's report was misleading.",
            "CHL",
            "BOL",
            "The Chilean senator urged the cabinet to say that the Bolivian report was misleading.",
        ),
        (
            '"The Bolivian claims are absurd and insulting," the Chilean foreign minister said.',
            "CHL",
            "BOL",
            "The Ugandan spokesman said the Kenyan army had withdrawn from the border.",
        ),
        (
            "The Malian opposition said the Malian junta's decree was unconstitutional.",
            "MLI",
            "MLI",
            "Mali's junta repealed the unconstitutional decree on Monday.",
        ),
    ],
)
def test_a_condemning_predicate_in_a_speakers_words_is_criticism(
    charge: str, source: str, target: str, neutral: str
) -> None:
    (accusation,) = [e for e in asserted_events(charge) if e.plover["type"] == "ACCUSE"]
    assert accusation.cameo == "111"
    assert has_sides(accusation, source, target)
    assert "ACCUSE" not in asserted_types(neutral)
