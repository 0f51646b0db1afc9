"""Talking to the press is a statement, not a consultation (issue 11, class `statement`):
"talks to the press", "met with reporters" code no CONSULT; talks and meetings between
political actors still do. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    "text",
    [
        "The governor talks to the press after every cabinet session, her aides said.",
        "Senator Ruth Calder met with local reporters in Springfield on Tuesday.",
        "The interior minister talked with journalists outside parliament on Monday.",
    ],
)
def test_talking_to_the_press_is_no_consultation(text: str) -> None:
    assert asserted_triggers(text, "CONSULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "The governor talked with union leaders about the strike on Tuesday.",
        "Senator Ruth Calder met with Mexico's foreign minister in Springfield on Tuesday.",
        "The interior minister talks to the rebel commanders every week, officials said.",
    ],
)
def test_talks_between_political_actors_are_consultations(text: str) -> None:
    assert asserted_triggers(text, "CONSULT") != []
