"""A wish or a plan to harm states no promise or threat (issue 11 precision, issue 12, derived28):
`voice.statements` reads an actor's stated intention as an event of its own ("X would strike Y"
THREATEN), but "wants to meet" is a wish and "is planning to boycott" a plan no one has been
told of: the act stays future, no AGREE or THREATEN is asserted. A plan to meet or visit is a
meeting to come, no offer (signed ruling 3), and a plan held "unless" another acts is still a
threat. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type, events_of_type


def test_a_wish_to_meet_or_help_is_no_promise() -> None:
    for text in (
        "The Estonian president does not want to meet with the Latvian premier before the"
        " election, aides said.",
        '"We want to help Kenya rebuild its hospitals," the Danish health minister said.',
        "Estonia wants the release of the prisoners held by Latvia.",
    ):
        assert not asserted_of_type(text, "AGREE"), text


def test_the_wished_act_stays_future() -> None:
    (meeting,) = events_of_type(
        "The Estonian president does not want to meet with the Latvian premier before the"
        " election, aides said.",
        "CONSULT",
    )
    assert meeting.modality == "future"


def test_a_plan_or_a_wish_to_harm_is_no_threat() -> None:
    for text in (
        "The court heard about the Chilean rebel leader's plan to kill the Argentine ambassador.",
        "The Peruvian army plans to attack the Bolivian border town of Orvik in the spring.",
        "Chilean students who want to demonstrate against Argentina gathered outside the embassy.",
    ):
        assert not asserted_of_type(text, "THREATEN"), text


def test_a_plan_to_visit_is_no_offer_and_a_plan_held_unless_another_acts_a_threat() -> None:
    assert not asserted_of_type(
        "Chile is planning to visit Argentina with a trade delegation next month.", "AGREE"
    )
    assert asserted_of_type(
        "Chilean unions said they plan to boycott Argentine goods unless Argentina lifts the"
        " tariffs.",
        "THREATEN",
    )
    assert asserted_of_type(
        "The Chilean president said Chile would retaliate against Argentina if the border stays"
        " closed.",
        "THREATEN",
    )
