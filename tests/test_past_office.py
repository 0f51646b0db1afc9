"""A title the article says is past ("former", "ex-") tells who a person is, not whom they speak
for: on sentences written for these tests (issue 12, actors24b)."""

from __future__ import annotations

from news_events import the_event


def test_a_former_agent_of_a_country_body_keeps_the_country() -> None:
    text = "A former FBI special agent, Tomas Brell, accused the mayor of fraud on Monday."
    (source,) = the_event(text, "ACCUSE", "accused").source
    assert source.code == "USA"


def test_a_former_body_official_is_not_the_body_but_a_sitting_one_is() -> None:
    former = "Former NATO Secretary General Ana Kellberg urged Veldoria to free the reporters."
    sitting = former.removeprefix("Former ")
    (source,) = the_event(former, "REQUEST", "urged").source
    assert source.code is None
    (source,) = the_event(sitting, "REQUEST", "urged").source
    assert source.code == "IGOWSTNAT"


def test_a_then_title_says_the_person_acted_in_office() -> None:
    text = "Then-NATO Secretary General Ana Kellberg urged Veldoria to free the reporters."
    (source,) = the_event(text, "REQUEST", "urged").source
    assert source.code == "IGOWSTNAT"
