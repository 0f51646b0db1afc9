"""A position held on an issue spoken of in general ("supports rent control", "backs stricter
zoning rules") is no dated act of support or opposition: a frame's `no_issue_object` (issue 11,
stance class, events17k). Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        (
            "The harbour mayor, a former docker, supports rent control and cheaper ferries.",
            "SUPPORT",
        ),
        ("Voters in the northern valleys largely back stricter zoning rules.", "SUPPORT"),
        ("The bishop endorses public funding for rural clinics.", "SUPPORT"),
        ("Lawmakers who support tuition waivers met students in the capital.", "SUPPORT"),
        ("The governor opposes higher fuel taxes, her aides said.", "ACCUSE"),
        ("The two mayors both back a generous river cleanup levy.", "SUPPORT"),
        ("The bishop's support for cheaper rural bus fares drew praise.", "SUPPORT"),
    ],
)
def test_a_position_on_an_issue_is_no_act(text: str, not_type: str) -> None:
    assert not_type not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Ostland's parliament backed the fishing treaty on Tuesday.", "SUPPORT"),
        ("The Freedonian president endorsed the rebels' ceasefire offer on Monday.", "SUPPORT"),
        ("Ostland supports the Freedonian opposition, its foreign minister said.", "SUPPORT"),
        ("Farmers' unions backed striking dock workers in Valparaiso on Friday.", "SUPPORT"),
        ("Ostland's cabinet opposed the new fishing quotas on Tuesday.", "ACCUSE"),
        ("The prime minister's support for the Freedonian rebels angered Ostland.", "SUPPORT"),
        ("The harbour mayor has endorsed a handful of council candidates this year.", "SUPPORT"),
        ("The governor opposed a similar fishing bill in 2009.", "ACCUSE"),
    ],
)
def test_support_for_a_party_or_a_measure_is_still_coded(text: str, plover_type: str) -> None:
    assert plover_type in asserted_types(text)
