"""Aid provided and visitors welcomed are news only when a public actor does them (issue 11
word sense, lemmas27): the frames of `provide` and `welcome` (a reception) need a coded doer,
as `give` and `donate` do. Police arriving at a scene visit no one, and a brochure released
frees no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        (
            "The scandal provided fresh ammunition for the Labour Party's campaign"
            " against the mayor.",
            "AID",
        ),
        (
            "The Orlov family, which provided the Green Party's early funding,"
            " declined to comment.",
            "AID",
        ),
        ("'As a neighbor, I welcome him and wish him well,' said Mira Tolan, a baker.", "CONSULT"),
        (
            "Two police officers arrived at the Pine Street pharmacy after a call about a bag.",
            "CONSULT",
        ),
        (
            "The Citizens Alliance printed and released a new brochure listing its candidates.",
            "RETREAT",
        ),
    ],
)
def test_an_act_with_no_public_doer_is_no_event(text: str, plover_type: str) -> None:
    assert asserted_triggers(text, plover_type) == []


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The United Nations provided food aid to 2 million people in Yemen on Monday.", "AID"),
        ("Germany provided Ukraine with air defense systems last year.", "AID"),
        (
            "Kenya's president welcomed the Chilean foreign minister to Nairobi on Friday.",
            "CONSULT",
        ),
        ("Kenya's foreign minister arrived in Beijing on Tuesday for talks.", "CONSULT"),
    ],
)
def test_a_public_actor_doing_it_is_an_event(text: str, plover_type: str) -> None:
    assert asserted_triggers(text, plover_type) != []
