"""A frame that needs a public doer (aid given, doer28) reads the codes the output ends with:
an official the story's setting gives a role ("Tello, the city's mayor" in a story set in
Peru: PERGOV) does the act; a person it gives its country alone (a shopkeeper, a retired
banker) is anyone met in the story, and their gift is still no aid. Burning, destroying,
abusing and opposing need a named doer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        (
            "LIMA, Peru — Jorge Tello, the city's mayor, spoke on Monday. Tello provided food"
            " and blankets to 300 flood victims in Lima. Marco Salas, a retired banker, donated"
            " $5,000 to the Lima flood fund. Rain has flooded much of Peru's coast this month.",
            "provided food",
        ),
        (
            "GARISSA, Kenya — Halima Noor, the county governor, toured the camps on Monday. Noor"
            " provided tents to 500 families in Garissa. Abdi Warsame, a shopkeeper, donated $800"
            " to the families. Floods have hit much of Kenya's northeast since March.",
            "provided tents",
        ),
    ],
)
def test_an_official_the_setting_codes_gives_aid_and_a_local_donor_does_not(
    text: str, aid: str
) -> None:
    assert asserted_triggers(text, "AID") == [aid]


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        (
            "Two men robbed a jewelry shop on Main Street, and then they set fire to their van.",
            "COERCE",
        ),
        ("After the robbery the men set fire to the stolen van and escaped on foot.", "COERCE"),
        ("A clerk destroyed the company's tax records before the audit began.", "COERCE"),
        ("Neighbors said the man had abused his stepson for years.", "ASSAULT"),
        ("The candidates opposed a rise in the fuel tax during the debate.", "ACCUSE"),
    ],
)
def test_arson_damage_abuse_or_opposition_by_no_one_named_is_no_event(
    text: str, plover_type: str
) -> None:
    """Burning, destroying, abusing and opposing need a named doer (`named_doer`): a pronoun or
    a common noun ("the men", "a clerk", "the candidates") names no one; rioters, arsonists,
    prison guards and a governor, named by a role word, still do (tests elsewhere)."""
    assert asserted_triggers(text, plover_type) == []
