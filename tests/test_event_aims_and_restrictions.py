"""A stated aim and a leave withheld (issue 11, thirtieth round, intent30). An act a copula
names as an aim ("the goal of the talks is to forge a ceasefire") is aimed at: future, and no
promise of the aim's owner. A permission withheld in the passive ("residents are not allowed to
leave") and a tensed "barred ... from" are restrictions imposed (COERCE 172, asserted); the
same words under a modal, a plan or a noun tell none. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, asserted_triggers, events_of, readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Dorvan said the purpose of the visit was to cooperate with Russia on energy.",
            "cooperate",
        ),
        (
            "If the French goal actually is to destroy the Russian army, the war will go on.",
            "destroy",
        ),
    ],
)
def test_an_act_named_as_an_aim_is_aimed_at(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"future"}


def test_an_aim_is_no_promise_of_its_owner() -> None:
    text = "The objective of the Russian army was to capture Kharkiv from Ukraine."
    assert not asserted_of_type(text, "THREATEN")
    assert readings(text, "capture") == {"future"}


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Residents of Gaza are not allowed to leave the city, Israeli police said.",
            "allowed",
            "Residents of Gaza",
        ),
        (
            "The Russian reporter is not allowed to leave the country, his lawyer said.",
            "allowed",
            "The Russian reporter",
        ),
        ("The Taliban have barred girls from attending school in Afghanistan.", "barred", "girls"),
    ],
)
def test_a_leave_withheld_is_a_restriction_imposed(text: str, trigger: str, target: str) -> None:
    (event,) = [e for e in asserted_of_type(text, "COERCE") if e.trigger.text == trigger]
    assert event.cameo == "172"
    assert [a.text for a in event.target] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Palestinians should not be allowed to leave Gaza, the Israeli minister said.",
        "The Taliban plan to bar girls from attending school in Afghanistan.",
        "The lawyer seeks an injunction barring the minister from leaving Brazil.",
        "Israel defended its policy of not allowing Palestinians to leave Gaza.",
    ],
)
def test_a_restriction_only_planned_or_argued_is_none_imposed(text: str) -> None:
    assert not asserted_triggers(text, "COERCE")


def test_a_leave_given_stays_a_concession() -> None:
    text = "Israel allowed Palestinians to leave Gaza on Monday."
    assert [e.plover["type"] for e in events_of(text) if e.trigger.text == "allowed"] == ["CONCEDE"]
