"""A candidate or nominee who withdraws from a race, a nomination or the ballot leaves a
contest: no sanction (CAMEO 16), no military retreat (0872), no threat when planned. A country
leaving a treaty or forces leaving a place are still coded. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types

NOT_A_CONTEST_ACT = {"SANCTION", "RETREAT", "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mara Velden withdrew from the governor's race on Tuesday.",
        "The mayor said Tuesday she is planning to withdraw from her reelection race.",
        "Judge Tomas Erlin withdrew from the nomination on Monday.",
        "The rebel leader withdrew from the presidential election on Monday.",
        "Mara Velden's withdrawal from the Senate race surprised her donors.",
    ],
)
def test_leaving_a_race_is_no_sanction_retreat_or_threat(text: str) -> None:
    assert not NOT_A_CONTEST_ACT & set(asserted_types(text))


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Carovia withdrew from the nuclear treaty on Monday.", "SANCTION"),
        ("Carovia withdrew its troops from Dalmor on Monday.", "RETREAT"),
        ("President Tal Ostrander's withdrawal from Lebanon began on Monday.", "RETREAT"),
        ("The withdrawal of Iraqi troops from Kuwait began on Monday.", "RETREAT"),
    ],
)
def test_a_treaty_left_or_a_place_given_up_is_still_coded(text: str, plover: str) -> None:
    assert plover in asserted_types(text)
