"""Classes of events judged false on the judged samples (issue 11, sixteenth round): a position
held on a question of conscience, or a contrast told with "as opposed to", opposes no one; a
person leaving a race or a post is no retreat and no exit from a treaty. Texts written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    "text",
    [
        "The new mayor of Tarnow, who opposes euthanasia, opened a clinic on Friday.",
        "Unlike her rivals, the candidate from Leeds opposes church marriage for minors.",
        "Farmers want cheaper fuel, as opposed to new subsidies, the minister said.",
        "Critics cited the mayor's long opposition to the casino.",
    ],
)
def test_a_position_held_or_a_contrast_opposes_no_one(text: str) -> None:
    assert "ACCUSE" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ostland's parliament opposed the new fishing quotas on Tuesday.",
        "Freedonia's opposition to the water tax hardened on Monday.",
        "The audit was published on Friday as Ostland's ministers opposed the new fishing quotas.",
    ],
)
def test_opposing_a_measure_is_still_coded(text: str) -> None:
    assert "ACCUSE" in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Lena Brandt ended her campaign in May. After the Brandt withdrawal, "
        "the party chose a new candidate.",
        "Senator Carlos Mendes's exit left the committee without a chair.",
        "Brewery shares slide after Carlos Mendes exit",
        "Councillor Omar Farid surrendered the race to his younger rival on Sunday.",
    ],
)
def test_a_person_leaving_a_race_or_a_post_is_no_retreat(text: str) -> None:
    assert not {"RETREAT", "SANCTION"} & asserted_types(text)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The withdrawal of Ostland's troops from the border town began on Monday.", "RETREAT"),
        ("Freedonia's exit from the trade bloc took effect last week.", "SANCTION"),
        ("About 300 rebels surrendered to the army near the river.", "RETREAT"),
    ],
)
def test_forces_and_states_still_withdraw_and_surrender(text: str, plover_type: str) -> None:
    assert plover_type in asserted_types(text)
