"""A label after "called" (issue 12, legal26): a past tense the parser hangs on its subject as
a participle is still the main verb, naming an act disappointing or troubling (or a person
a liar) criticises it, and the party whose act is so named is the target. Sentences written
for these tests."""

from __future__ import annotations

from news_events import asserted_events, asserted_types, has_sides


def accusations(text: str) -> list:
    """The asserted ACCUSE events of the text."""
    return [e for e in asserted_events(text) if e.plover["type"] == "ACCUSE"]


def test_a_speaker_parsed_as_the_root_still_calls_the_remarks_outrageous() -> None:
    (charge,) = accusations("Tillman called Ruto’s remarks “outrageous and insulting.”")
    assert charge.trigger.text == "called"
    assert [a.text for a in charge.source] == ["Tillman"]


def test_an_act_called_disappointing_or_a_person_a_liar_is_criticised() -> None:
    (charge,) = accusations(
        "The Kenyan trade minister called the Ugandan tariffs “deeply disappointing.”"
    )
    assert charge.cameo == "111"
    assert has_sides(charge, "KEN", "UGA")
    (charge,) = accusations("The Kenyan minister called the Ugandan decision “troubling.”")
    assert has_sides(charge, "KEN", "UGA")
    (charge,) = accusations("The Kenyan president called the Ugandan minister a liar.")
    assert has_sides(charge, "KEN", "UGA")
    assert "ACCUSE" not in asserted_types("The Kenyan coach called the result disappointing.")


def test_a_person_called_unfit_or_a_practice_called_fraudulent_is_criticised() -> None:
    (charge,) = accusations("The Kenyan president called the Ugandan minister “unfit to serve.”")
    assert has_sides(charge, "KEN", "UGA")
    (charge,) = accusations(
        "The Kenyan opposition leader labeled the Ugandan election “fraudulent and divisive.”"
    )
    assert charge.cameo == "111"
    (charge,) = accusations("The Kenyan minister called the Ugandan envoy a bigot.")
    assert has_sides(charge, "KEN", "UGA")
    (charge,) = accusations(
        "The Kenyan minister called the Ugandan ban “a blatant act of censorship.”"
    )
    assert "ACCUSE" not in asserted_types("The Kenyan coach called the team's defending fragile.")


def test_a_speaker_saying_a_leader_is_unfit_or_dishonest_criticises_the_leader() -> None:
    (charge,) = accusations(
        "The Kenyan opposition leader said the Ugandan president is unfit to serve."
    )
    assert has_sides(charge, "KEN", "UGA")
    (charge,) = accusations(
        "“The Ugandan minister is dishonest and incompetent,” the Kenyan president said."
    )
    assert has_sides(charge, "KEN", "UGA")
    assert "ACCUSE" not in asserted_types("The Kenyan coach said the striker was unfit to play.")
