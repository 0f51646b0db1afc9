"""An event noun the text rules out is not asserted (issue 11, twenty-eighth round,
modality28): under "not" ("we want bread not tariffs"), set against another noun by one ("a
trade war, not a military attack"), after "without" ("annexed the island without talks") or in
place of nothing ("talks instead of sanctions"). A "not" that adds ("not only sanctions but
also tariffs") rules nothing out. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_triggers, readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Varnia chose talks instead of sanctions against Kelvar.", "sanctions"),
        ("Kelvar launched a trade war, not a military attack, against Varnia.", "attack"),
        ("Varnia annexed the island without talks with Kelvar.", "talks"),
        ("Varnia signed the accord with Kelvar without negotiations.", "negotiations"),
    ],
)
def test_a_ruled_out_event_noun_is_negated(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"negated"}


def test_a_wish_against_an_act_is_no_threat_of_it() -> None:
    text = (
        "The Kelvar trade minister urged an end to the dispute over grain with Varnia, saying, "
        '"We want bread not tariffs."'
    )
    assert [e.plover["type"] for e in asserted_events(text)] == ["REQUEST"]


def test_the_act_put_in_place_of_it_stays_asserted() -> None:
    text = "Varnia chose talks instead of sanctions against Kelvar."
    assert (readings(text, "talks"), readings(text, "sanctions")) == ({"asserted"}, {"negated"})


def test_not_only_adds_an_act_and_rules_none_out() -> None:
    # guard: passes at the start too; "not only" must not fall under the new rule
    text = "Varnia imposed not only sanctions but also tariffs on Kelvar."
    assert asserted_triggers(text, "SANCTION") == ["sanctions"]
