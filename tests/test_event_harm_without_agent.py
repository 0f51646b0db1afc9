"""Harm that no actor did is no event (issue 11 word sense, nineteenth round): PLOVER codes the
deliberate acts of actors, and a road or rail accident, a capsized boat, a collapsed building or
an epidemic is none. A deliberate attack with a vehicle, a shooting or an arson stays an
assault. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    "text",
    [
        "A hit-and-run driver killed a retired postman near the market in Ghent, police said.",
        "A delivery lorry slammed into a tram stop in Porto, injuring six commuters, police said.",
        "A schoolgirl was killed by a speeding taxi in Nairobi on Friday, police said.",
        "A drunk motorist struck a traffic warden outside the stadium in Leeds on Saturday.",
    ],
)
def test_harm_done_by_a_vehicle_is_no_assault(text: str) -> None:
    assert asserted_triggers(text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nine fishermen were killed when their trawler capsized off Sulawesi, officials said.",
        "An old footbridge collapsed in Jaipur on Monday, injuring 14 pilgrims, officials said.",
        "A cargo plane crashed near the runway in Kinshasa, killing its four crew, officials said.",
    ],
)
def test_harm_told_by_a_mishap_is_no_assault(text: str) -> None:
    assert asserted_triggers(text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Cholera has killed 80 people in the coastal district since March, the ministry said.",
        "A gas leak at a paint factory injured 25 workers in Gujarat on Tuesday, police said.",
    ],
)
def test_harm_done_by_an_illness_or_a_leak_is_no_assault(text: str) -> None:
    assert asserted_triggers(text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "A man drove a van into a market crowd in Berlin, killing nine people, police said.",
            "killing",
        ),
        ("Insurgents killed four soldiers when their convoy came under fire near Gao.", "killed"),
        ("Militants ambushed a bus carrying police recruits near Quetta on Monday.", "ambushed"),
    ],
)
def test_a_deliberate_attack_stays_an_assault(text: str, trigger: str) -> None:
    assert trigger in asserted_triggers(text, "ASSAULT")


def test_a_vehicle_slammed_into_something_criticised_no_one() -> None:
    text = "A grain truck slammed into a toll booth near Rosario on Sunday, police said."
    assert asserted_triggers(text, "ACCUSE") == []


def test_slamming_a_party_stays_criticism() -> None:
    text = "The union leader slammed the transport minister over the fare rise on Monday."
    assert asserted_triggers(text, "ACCUSE") == ["slammed"]


def test_firefighters_attacking_a_fire_is_no_assault() -> None:
    text = "The warehouse blaze spread overnight; at dawn fire crews attacked it from the river."
    assert asserted_triggers(text, "ASSAULT") == []
