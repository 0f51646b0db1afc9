"""What a law or rule lays down is its terms, not an act (issue 11 precision, twenty-seventh
round, history27): "the Coastal Waters Act, which required agencies to consult", "the rule
prohibited consultations" tell what a text said, named as background to the news; a law has
no will to require, provide or prohibit. The same verbs with a government, a body or the police
as subject stay acts. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    ("text", "plover", "trigger"),
    [
        (
            "On Thursday the ministry announced a change to Article 4 of the Coastal Waters Act, "
            "which required state agencies to consult fishermen before approving new ports.",
            "REQUEST",
            "required",
        ),
        (
            "The Halvard rule prohibited consultations with independent scientists on new dams.",
            "COERCE",
            "prohibited",
        ),
        (
            "Lawmakers in Norvia praised the Farm Relief Act, which provided farmers with loans "
            "after the floods.",
            "AID",
            "provided",
        ),
    ],
)
def test_the_terms_of_a_law_or_rule_are_no_act(text: str, plover: str, trigger: str) -> None:
    assert trigger not in asserted_triggers(text, plover)


@pytest.mark.parametrize(
    ("text", "plover", "trigger"),
    [
        ("Norway provided Chad with food aid on Monday.", "AID", "provided"),
        (
            "The ministry required companies to consult fishermen, officials said Monday.",
            "REQUEST",
            "required",
        ),
        ("Police prohibited the march in the capital on Sunday.", "COERCE", "prohibited"),
        (
            "The Norvian parliament, which required the ministry to publish the audit, met on "
            "Monday.",
            "REQUEST",
            "required",
        ),
    ],
)
def test_the_same_verbs_done_by_actors_stay_acts(text: str, plover: str, trigger: str) -> None:
    assert trigger in asserted_triggers(text, plover)
