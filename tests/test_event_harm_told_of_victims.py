"""Harm told of its victims (issue 11 recall, twenty-seventh round, recall27): people "subject
to" or "subjected to" attacks, or "victims of" them, are whom the attacks hit; people
"brutalized" or "victimized" are harmed (ASSAULT); an insurgency against a state is fought
against it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Aid workers said Afghan villagers were subjected to raids by Pakistani soldiers.",
            "raids",
            "AFG",
        ),
        (
            "Many Syrian civilians became victims of attacks by the army, a monitor said.",
            "attacks",
            "SYR",
        ),
        (
            "Aid workers in Chad said Sudanese refugees are subject to attacks near the border.",
            "attacks",
            "SDN",
        ),
    ],
)
def test_those_who_suffer_the_attacks_are_its_target(text: str, trigger: str, country: str) -> None:
    found = [e for e in asserted_events(text) if trigger in e.trigger.text]
    assert [e.plover["type"] for e in found] == ["ASSAULT"]
    assert country in {a.code[:3] for a in found[0].target if a.code}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Kurdish villagers were brutalized by Turkish soldiers, the report said.",
            "brutalized",
            "TUR",
        ),
        (
            "The people of eastern Chad are being victimized by rival militias, the envoy said.",
            "victimized",
            "TCD",
        ),
    ],
)
def test_people_brutalized_or_victimized_are_harmed(text: str, trigger: str, country: str) -> None:
    found = [e for e in asserted_events(text) if trigger in e.trigger.text]
    assert [e.plover["type"] for e in found] == ["ASSAULT"]
    assert country in {a.code[:3] for a in [*found[0].source, *found[0].target] if a.code}


def test_an_insurgency_against_a_state_is_fought_against_it() -> None:
    text = "Kivu Front rebels have waged an insurgency against the Ugandan government since 2019."
    found = [e for e in asserted_events(text) if "insurgency" in e.trigger.text]
    assert [e.plover["type"] for e in found] == ["ASSAULT"]
    assert "UGA" in {a.code[:3] for a in found[0].target if a.code}
