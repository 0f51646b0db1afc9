"""Two readings that gave a real act the wrong type (issue 11, types30): a legal appeal to a
court is no request of a party, and a promise to press for something that names no one it is
made to is no threat. An appeal to a party, a promise to order a named party and one to veto
keep their readings. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type, events_of_type


def test_an_appeal_to_a_court_requests_nothing_and_an_appeal_to_a_party_does() -> None:
    assert not events_of_type(
        "Lawyers for the Ruritanian ministry immediately appealed to the Supreme Court.", "REQUEST"
    )
    assert not events_of_type(
        "The family said it would file a court appeal against the ruling.", "REQUEST"
    )
    (appeal,) = asserted_of_type(
        "The Ruritanian opposition appealed to the United Nations for help.", "REQUEST"
    )
    assert appeal.trigger.text == "appealed"


def test_a_promise_to_press_for_a_stance_threatens_no_one() -> None:
    assert not asserted_of_type(
        "Ruritania welcomed the verdict, saying it would keep pushing for a retrial in Lunaria.",
        "THREATEN",
    )
    assert not asserted_of_type(
        "The three candidates have said they would push for comprehensive tax reform.",
        "THREATEN",
    )


def test_a_promise_to_order_a_named_party_or_to_veto_is_still_a_threat() -> None:
    (threat,) = asserted_of_type(
        "Border officials said Friday they will order the relatives to hand the girl over.",
        "THREATEN",
    )
    assert [actor.text for actor in threat.target] == ["the relatives"]
    assert asserted_of_type(
        "The governor said he would veto the provision on water rights.", "THREATEN"
    )
