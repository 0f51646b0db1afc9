"""How far a negation, a modal or a verb of wanting reaches (issue 11, twenty-fifth round,
modality25): a clause joined by "but" with a subject of its own is not under the first
clause's negation; an event noun after its doer ("the army's raid") is told as one that is,
whatever the clause it is the subject of says of it; an event noun under "despite" or "after"
is no object of the verb it hangs from. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Varnian officials did not immediately respond to questions, but they have "
            "repeatedly denied the allegations.",
            "denied the allegations",
        ),
        (
            "The Tarvian ministry would not comment on the report, but its spokesman condemned "
            "the raid on Monday.",
            "condemned",
        ),
    ],
)
def test_a_clause_of_its_own_after_but_is_not_negated(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}


def test_the_negation_reaches_a_verb_sharing_its_subject_only() -> None:
    text = (
        "Kelvar did not attack the camp or arrest the rebels, but its army shelled the border town."
    )
    assert readings(text, "arrest") == {"negated"}
    assert readings(text, "shelled") == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Officials in Kelvar said Marot's arrest was not a reflection of press freedom in "
            "the country.",
            "arrest",
        ),
        (
            "The minister rebuffed fears that Tarvia's new tariffs would cause a recession in "
            "Varnia.",
            "tariffs",
        ),
    ],
)
def test_an_event_after_its_doer_is_told_as_one_that_is(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}


def test_an_event_subject_without_its_doer_stays_open() -> None:
    text = (
        "A new raid on the camp would not be enough, the minister said. Tarvia's blockade has "
        "not stopped the rebels either."
    )
    assert "asserted" not in readings(text, "raid")
    assert readings(text, "blockade") == {"asserted"}


def test_an_event_under_despite_is_no_object_of_a_refusal() -> None:
    text = (
        "Despite protests by shop owners in Kelvar, the Varnian government has refused to "
        "lift the curfew."
    )
    assert readings(text, "protests") == {"asserted"}


def test_an_event_under_until_stays_under_the_refusal() -> None:
    text = (
        "Despite protests by shop owners, the Varnian rebels refused talks until a ceasefire, "
        "their leader said."
    )
    assert readings(text, "protests") == {"asserted"}
    assert "asserted" not in readings(text, "ceasefire")


def test_talks_one_had_were_held_and_talks_one_has_to_hold_are_asked() -> None:
    held = "The Varnian and Tarvian ministers had talks in Kelvar on Monday."
    asked = "The Varnian and Tarvian ministers have to hold talks in Kelvar soon."
    assert readings(held, "talks") == {"asserted"}
    assert readings(asked, "talks") == {"hypothetical"}


def test_an_event_after_its_doer_may_still_not_happen() -> None:
    text = (
        "Marot's arrest was not a reflection of press freedom, the minister said, but Tarvia's "
        "raid on the camp will not take place."
    )
    assert readings(text, "arrest") == {"asserted"}
    assert "asserted" not in readings(text, "raid")
