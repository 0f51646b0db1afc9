"""A candidate or nominee who withdraws from a race, a nomination or the ballot leaves a
contest: no sanction (CAMEO 16), no military retreat (0872), no threat when planned. Each beside
a treaty left or a place given up, which stay coded. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types

NOT_A_CONTEST_ACT = {"SANCTION", "RETREAT", "THREATEN"}


@pytest.mark.parametrize(
    ("race", "kept", "plover"),
    [
        (
            "Senator Mara Velden withdrew from the governor's race on Tuesday.",
            "Carovia withdrew from the nuclear treaty on Monday.",
            "SANCTION",
        ),
        (
            "The mayor said Tuesday she is planning to withdraw from her reelection race.",
            "Carovia withdrew its troops from Dalmor on Monday.",
            "RETREAT",
        ),
        (
            "Judge Tomas Erlin withdrew from the nomination on Monday.",
            "Carovia withdrew from the regional bloc on Monday.",
            "SANCTION",
        ),
        (
            "The rebel leader withdrew from the presidential election on Monday.",
            "The rebels withdrew from the town of Ostrava on Monday.",
            "RETREAT",
        ),
        (
            "Mara Velden's withdrawal from the Senate race surprised her donors.",
            "President Tal Ostrander's withdrawal from Lebanon began on Monday.",
            "RETREAT",
        ),
    ],
)
def test_leaving_a_race_is_no_sanction_retreat_or_threat(race: str, kept: str, plover: str) -> None:
    assert not NOT_A_CONTEST_ACT & asserted_types(race)
    assert plover in asserted_types(kept)
