"""Recall on accusations and threats the codebooks lacked (issue 12, accuse22): naming an act
a wrong with "characterize as", pointing a finger at someone, taking someone to court and
pointing a gun at someone. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_events, asserted_types, has_sides


def only(text: str, plover_type: str):
    """The one asserted event of a type in the text."""
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == plover_type]
    return event


def test_an_act_characterized_as_inhumane_is_condemned() -> None:
    charge = only(
        "The Danish minister characterized the Russian treatment of prisoners as inhumane.",
        "ACCUSE",
    )
    assert has_sides(charge, "DNK", None)
    assert "ACCUSE" not in asserted_types("The Danish minister characterized his visit as long.")


def test_pointing_a_finger_at_someone_blames_them() -> None:
    charge = only("The Afghan president pointed a finger at the Taliban again.", "ACCUSE")
    assert has_sides(charge, "AFG", "AFG")
    assert asserted_types("The Afghan president pointed to the map.") == set()
    assert "ACCUSE" not in asserted_types(
        '"People point the finger at the Kenyan police," the Ugandan farmer said.'
    )


def test_taking_someone_to_court_sues_them_escorting_a_suspect_does_not() -> None:
    suit = only("The Kenyan opposition took the Ugandan government to court.", "ACCUSE")
    assert suit.cameo == "115"
    assert has_sides(suit, "KEN", "UGA")
    assert "ACCUSE" not in asserted_types(
        "Kenyan police took the Ugandan suspects to court on Monday."
    )


def test_pointing_a_gun_at_someone_threatens_them() -> None:
    threat = only("A Ugandan soldier pointed his rifle at the Kenyan police officers.", "THREATEN")
    assert has_sides(threat, "UGA", "KEN")
