"""Asking a question is no appeal for an act: "'Will the port reopen?' she asked", "asked how
long the drought would last", "I ask, for what?" code no REQUEST, where "asked the port
authority to reopen the docks" does (issue 11, events16q); nor is an act a question names
asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types, readings


@pytest.mark.parametrize(
    "text",
    [
        '"Will the fishing port reopen before the winter?" asked Mayor Karin Holt of Bergen.',
        "\u201cIs the new dam safe for the valley?\u201d the Kenyan water minister asked.",
        "Asked how long the drought would last, the Somali farm minister said nobody knew.",
        "Asked what the farmers were hoping for, the Ukrainian trade envoy shrugged.",
        "Ghana's finance minister asked why the bank had raised its rates so sharply.",
        '"The mayor calls the bridge a gift," the senator said. "I ask, for what?"',
        '"Who gains from the new toll?" the Kenyan transport minister asked, repeating a charge'
        " - that the road firm was corrupt - he made on Monday.",
    ],
)
def test_a_question_asks_for_no_act(text: str) -> None:
    assert "REQUEST" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana asked Togo to reopen the border crossing at Aflao.",
        "The Kenyan water minister asked the World Bank for a loan to repair the dam.",
        "Peru asked Chile to tell its troops when to leave the border town.",
        "Norway asked Russia, if it could, to return the seized trawler.",
    ],
)
def test_an_appeal_for_an_act_is_still_a_request(text: str) -> None:
    assert "REQUEST" in asserted_types(text)


@pytest.mark.parametrize(
    "closing",
    ["''", '"', "\u201d", " \u201d"],
)
def test_an_act_a_quoted_question_names_is_not_asserted(closing: str) -> None:
    """A question ends a sentence whatever quote mark, spaced or not, closes it."""
    question = f"The organiser spoke on Friday. \u201cWho is criticizing the mayor now?{closing}"
    assert readings(f"{question}\n\nThe talks began in March.", "criticizing") == {"hypothetical"}
    assert readings("The union is criticizing the mayor again.", "criticizing") == {"asserted"}
