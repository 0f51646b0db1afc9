"""An act told in a relative clause stays told when a noun of asking or planning stands
above the noun it describes (issue 11, twenty-seventh round, modality27): "calls for the
release of reporters who were arrested" asks for the release, not the arrest, which
happened. The terms a noun of planning names ("a plan that troops withdraw") stay open.
A negated verb of hesitating undoes itself ("did not hesitate to arrest" them: done; "will
not hesitate to arrest": vowed, open). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Activists in Kelvar renewed calls for the release of reporters who were arrested "
            "in March.",
            "arrested",
        ),
        (
            "Marot went back to prison in Varnia on the orders of a court that revoked his bail "
            "last week.",
            "revoked his bail",
        ),
    ],
)
def test_a_relative_clause_under_a_request_noun_is_told(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}


def test_the_request_noun_asks_for_its_act_and_not_for_the_clause_on_it() -> None:
    text = (
        "The Tarvian senator repeated his call for the arrest of officers who shot the protesters."
    )
    assert (readings(text, "arrest"), readings(text, "shot")) == ({"hypothetical"}, {"asserted"})


def test_an_act_one_did_not_hesitate_to_do_is_done() -> None:
    text = "Police in Varnia did not hesitate to arrest the protesters on Monday."
    assert readings(text, "arrest") == {"asserted"}


def test_an_act_one_will_not_hesitate_to_do_is_vowed_and_open() -> None:
    text = (
        "The Varnian interior minister said police will not hesitate to arrest protesters who "
        "block the road."
    )
    assert readings(text, "arrest") == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bolivia wants a plan that Peru rejected in May.", "rejected"),
        (
            "Chile wants to revive the deal that Peru signed with Bolivia in 2019.",
            "that Peru signed",
        ),
    ],
)
def test_a_past_act_in_a_clause_opened_by_that_is_told(text: str, trigger: str) -> None:
    """A "that" which fills a gap in its clause opens a relative clause, and a clause in the
    past or the perfect tells its act as done, whatever the wish or plan above it."""
    assert readings(text, trigger) == {"asserted"}
