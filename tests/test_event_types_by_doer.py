"""The right trigger, the right type (issue 11, types26): who does an act, and where it is
aimed, can change its type. A raid by police is a search or round-up (COERCE), a raid by
fighters an attack; a rocket launched into space is a test (MOBILIZE), not an attack; forces
supported by other forces fight together (COOPERATE), not a stance of support. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Last month the flat of a Varsk teacher was raided by police, who took his laptop.",
        "Federal agents raided the offices of the Marova Courier on Monday.",
        "Lawmakers condemned the government's deportation raids on Monday.",
        "The interior ministry's immigration raids on farms in Tarsk drew protests.",
    ],
)
def test_a_raid_by_law_enforcement_coerces_and_one_by_fighters_attacks(text: str) -> None:
    assert types_of(text, "raid") == {"COERCE"}
    assert types_of("Rebels raided a village near Tarsk on Monday.", "raid") == {"ASSAULT"}


def test_a_rocket_launched_into_space_is_a_show_of_force() -> None:
    (launch,) = asserted_events(
        "Eastland launched a heavy rocket into orbit from its northern coast."
    )
    assert launch.plover["type"] == "MOBILIZE"
    assert not launch.target


@pytest.mark.parametrize(
    ("text", "supporters"),
    [
        (
            "Eastland soldiers, supported by local militias and the Westland military, held Tarsk.",
            {"local militias", "the Westland military"},
        ),
        (
            "Eastland troops were supported by allied soldiers during the siege.",
            {"allied soldiers"},
        ),
    ],
)
def test_forces_supported_by_forces_cooperate_and_a_backed_candidate_is_support(
    text: str, supporters: set[str]
) -> None:
    (together,) = [e for e in asserted_events(text) if "support" in e.trigger.text]
    assert together.plover["type"] == "COOPERATE"
    assert {actor.text for actor in together.source} == supporters
    backed = "Senator Alan Brook was supported by the military in the last election."
    assert types_of(backed, "support") == {"SUPPORT"}
