"""Acts news tells in words the coder once missed (issue 11, recall, events11c): violent acts
named by a noun with their victim ("the murder of two officers"), hostage-taking, human
shields, fighters "neutralized"; each beside readings of the same words that name no act."""

from __future__ import annotations

import pytest
from news_events import asserted_events, countries, events_of, has_sides


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Malian rebels took 30 villagers hostage near Gao on Sunday.", "181", "MLI", None),
        ("Gunmen took hostages at a bank in Lagos, Nigerian police said.", "181", None, None),
        (
            "The UN condemned the brutality of the Myanmar army against protesters.",
            "180",
            "MMR",
            None,
        ),
        (
            "Chadian police said the murder of two Chadian officers shocked the town.",
            "1823",
            None,
            "TCD",
        ),
        ("Colombian rebels used villagers as human shields during the raid.", "184", "COL", None),
        ("Several rebels were neutralized by Malian troops on Friday.", "190", "MLI", None),
    ],
)
def test_violent_acts_in_words_once_missed(
    text: str, cameo: str, source: str | None, target: str | None
) -> None:
    (event,) = [e for e in asserted_events(text) if e.cameo == cameo]
    assert event.plover["type"] == "ASSAULT"
    assert has_sides(event, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The Chadian officer was charged with murder on Monday.",
        "Kenyan army experts neutralized the bomb near the market.",
        "The Kenyan minister took questions from reporters in Nairobi.",
        "The Malian government used the funds as a reserve.",
    ],
)
def test_the_same_words_naming_no_act_code_no_assault(text: str) -> None:
    assert not [e for e in asserted_events(text) if e.plover["type"] == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Two Kenyan activists were arrested and charged with fraud on Monday.", "1121"),
        ("Three Kenyan journalists were detained and deported by Ugandan police.", "174"),
        ("A Kenyan activist had been arrested and sentenced to six years in prison.", "116"),
    ],
)
def test_a_participle_joined_to_a_passive_act_shares_its_subject(text: str, cameo: str) -> None:
    (event,) = [e for e in asserted_events(text) if e.cameo == cameo]
    assert countries(event.target) == {"KEN"}


def test_care_told_with_a_participle_releases_no_one() -> None:
    text = "A Kenyan nurse was treated for smoke inhalation and released, firefighters said."
    assert not [e for e in asserted_events(text) if e.plover["type"] == "RETREAT"]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Ugandan troops provided logistical support to the Somali army.", "AID", "UGA", None),
        (
            "Chinese support for Russia has grown, the Ukrainian ministry said.",
            "SUPPORT",
            "CHN",
            "RUS",
        ),
        ("Uganda ordered the release of two Kenyan activists on Monday.", "RETREAT", "UGA", "KEN"),
    ],
)
def test_support_and_release_named_by_a_noun(
    text: str, plover: str, source: str, target: str | None
) -> None:
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == plover]
    assert source in countries(event.source)
    if target:
        assert target in countries(event.target)


@pytest.mark.parametrize(
    "text",
    [
        "The release of the Kenyan report was delayed.",
        "Support for the Kenyan president fell in the poll.",
    ],
)
def test_a_report_released_or_support_in_a_poll_is_no_event(text: str) -> None:
    assert not asserted_events(text)


@pytest.mark.parametrize(
    ("text", "act", "modality"),
    [
        (
            "Threatening to kill the hostages, Malian rebels demanded money.",
            "ASSAULT",
            "hypothetical",
        ),
        ("Peru warned it would retaliate against Chile.", "ASSAULT", "hypothetical"),
        ("Chile pledged to send aid to Peru.", "AID", "future"),
    ],
)
def test_a_threatened_act_hangs_on_the_other_side_a_promised_one_is_to_come(
    text: str, act: str, modality: str
) -> None:
    events = events_of(text)
    (event,) = [e for e in events if e.plover["type"] == act]
    assert event.modality == modality
    assert [
        e for e in events if e.modality == "asserted" and e.plover["type"] in {"THREATEN", "AGREE"}
    ]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Egyptian government's crackdown on the opposition deepened on Monday.", "COERCE"),
        ("A Kenyan police crackdown on protesters left three dead on Monday.", "ASSAULT"),
    ],
)
def test_a_crackdown_coerces_a_police_one_represses(text: str, plover: str) -> None:
    (event,) = [e for e in asserted_events(text) if "crackdown" in e.trigger.text]
    assert event.plover["type"] == plover
