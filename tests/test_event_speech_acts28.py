"""ACCUSE, REJECT and THREATEN on unseen news (issue 12, speech28): a clash between people
named by name is words, not combat, however the parser hangs it; a clash of forces stays one
in arms. Sentences written for these tests."""

from __future__ import annotations

from news_events import types_of


def test_a_clash_between_named_people_is_words() -> None:
    text = (
        "Military aid to Kyiv was halted after the clash between Donald Trump and Volodymyr "
        "Zelenskyy at the White House."
    )
    assert types_of(text, "clash") == {"ACCUSE"}


def test_a_clash_of_forces_stays_an_armed_clash() -> None:
    text = "Greek police clashed with protesters loyal to Alexis Tsipras in central Athens."
    assert types_of(text, "clash") == {"ASSAULT"}
