"""One real event, one record (issue 11, class 3: duplicates): a question on why, how, when or
where an act happened takes the act as given, though the verb that asks it is negated ("cannot
understand why the ministry banned it"), so a later telling of an act told before joins its
event instead of standing apart as a denial of it. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of, readings


@pytest.mark.parametrize(
    ("asked", "denied", "trigger", "modality"),
    [
        (
            "The Kenyan editor said she cannot understand why the ministry banned her paper.",
            "The Kenyan editor said the ministry has not banned her paper.",
            "banned",
            "negated",
        ),
        (
            "Residents of Arica still do not know why Chilean police arrested the mayor.",
            "Residents of Arica do not know whether Chilean police arrested the mayor.",
            "arrested",
            "hypothetical",
        ),
    ],
)
def test_an_act_asked_about_under_a_negated_verb_is_asserted(
    asked: str, denied: str, trigger: str, modality: str
) -> None:
    assert readings(asked, trigger) == {"asserted"}
    assert readings(denied, trigger) == {modality}, "denied or only wondered about: not asserted"


def test_an_arrest_told_again_in_a_question_of_why_is_one_event() -> None:
    (arrest,) = events_of(
        "Chilean police arrested the mayor of Arica on Friday. "
        "Residents still do not know why Chilean police arrested the mayor."
    )
    assert arrest.modality == "asserted"
    assert [m.text for m in arrest.mentions] == ["arrested", "arrested"]
