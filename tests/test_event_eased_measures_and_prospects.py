"""Missed and mistyped events by mechanism (issue 11, events23r): trade measures given up are
eased, not imposed; the prospects a commentator weighs are opinion, not acts; an event noun
that brings in a new party is its own event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, events_of, has_sides


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Chile's trade minister said Santiago suspended the tariffs on Peruvian copper on "
            "Monday.",
            "suspended the tariffs",
            "CHL",
            "PER",
        ),
        (
            "Argentina lifted the duties on Brazilian steel, the ministry said.",
            "lifted the duties",
            "ARG",
            "BRA",
        ),
    ],
)
def test_tariffs_suspended_or_lifted_are_eased_not_imposed(
    text: str, trigger: str, source: str, target: str
) -> None:
    (eased,) = asserted_events(text)
    assert (eased.plover["type"], eased.trigger.text) == ("RETREAT", trigger)
    assert has_sides(eased, source, target)


def test_a_relaxation_of_sanctions_is_an_easing_weighed_not_a_sanction_in_force() -> None:
    events = events_of("The United States rejected any relaxation of the sanctions on Venezuela.")
    assert {(e.plover["type"], e.modality) for e in events} == {
        ("REJECT", "asserted"),
        ("RETREAT", "hypothetical"),
    }
    eased = events_of("The minister welcomed the easing of tensions with Peru.")
    assert not {e.plover["type"] for e in eased} & {"RETREAT", "SANCTION"}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, a political analyst at the Lima Policy Institute, said a summit between Peru "
        "and Chile could be risky for both leaders.",
        '"Peru and Chile are not talking to each other," said Ana Ruiz, an analyst in Lima.',
        "Ana Ruiz, director of the Andes program at the Lima Policy Institute, said a summit "
        "between Peru and Chile could come soon.",
    ],
)
def test_a_prospect_a_commentator_weighs_is_no_event_one_an_official_states_is(
    text: str,
) -> None:
    assert events_of(text) == []
    (summit,) = events_of(
        "Peru's foreign minister said a summit with Chile could take place in May."
    )
    assert (summit.plover["type"], summit.modality) == ("CONSULT", "hypothetical")


def test_the_arrest_of_a_new_party_is_its_own_event() -> None:
    arrests = asserted_events(
        "Police in Harare arrested the journalist Tendai Moyo on Monday. In 2020, Moyo and his "
        "colleague were arrested for filming the police during the arrest of an opposition "
        "lawmaker."
    )
    assert [e.trigger.text for e in arrests] == ["arrested", "arrested", "arrest"]
    assert [t.text for t in arrests[2].target] == ["an opposition lawmaker"]
    assert "an opposition lawmaker" not in [t.text for t in arrests[1].target]


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        # a minister once an analyst, or a fellow at an institute before taking office, speaks
        # for a side: the prospect they state is no commentator's (review23a)
        (
            "French Defence Minister Ana Ruiz, a former intelligence analyst, said France "
            "could strike rebel camps in Mali.",
            "ASSAULT",
            "FRA",
        ),
        (
            "France's foreign minister Ana Ruiz, a fellow at the Karva Institute until 2020, "
            "said France may expel Russian diplomats.",
            "SANCTION",
            "FRA",
        ),
    ],
)
def test_a_titled_speaker_once_a_commentator_states_a_sides_prospect(
    text: str, event_type: str, source: str
) -> None:
    (prospect,) = events_of(text)
    assert (prospect.plover["type"], prospect.modality) == (event_type, "hypothetical")
    assert has_sides(prospect, source, None)


def test_a_commentators_plan_for_their_own_body_is_an_act() -> None:
    planned = events_of(
        "Ana Ruiz, director of the Karva Institute, said the institute would sue the French "
        "government."
    )
    assert [(e.plover["type"], e.modality, e.trigger.text) for e in planned] == [
        ("ACCUSE", "future", "sue")
    ]
