"""A norm defied is news only from a coded or named actor (issue 12, reject27): "Russia
violated the treaty" is REJECT 128, Russia's, and "Dalgren ... violating his parole" Dalgren's;
someone unnamed breaking a rule ("if they violate the terms of their stay", "an individual has
violated the tax code") defies no party the VOA gold codes. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type, countries, events_of_type


def test_a_state_defying_a_treaty_is_an_event_and_people_breaking_their_terms_are_not() -> None:
    (defiance,) = asserted_of_type(
        "Russia violated the arms control treaty, the Estonian minister said.", "REJECT"
    )
    assert "violated" in defiance.trigger.text
    assert countries(defiance.source) == {"RUS"}
    assert not events_of_type(
        "Student visa holders can lose their status if they violate the terms of their stay.",
        "REJECT",
    )


def test_a_named_person_violating_parole_is_an_event_and_an_unnamed_individual_is_not() -> None:
    (defiance,) = events_of_type(
        "Dalgren, a known smuggler, was suspected of violating his parole.", "REJECT"
    )
    assert defiance.source and defiance.source[0].text.startswith("Dalgren")
    assert not events_of_type(
        "The agency must show that an individual has violated the tax code.", "REJECT"
    )
