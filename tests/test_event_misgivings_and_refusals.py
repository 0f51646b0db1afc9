"""Disapproval voiced, blame laid, wrongs tried, threats by a stray agent, and refusals told as
a noun (issue 12, accuse25): "expressed concern about Y's crackdown" criticises Y (a concern
that something may happen only fears it); "placed the blame on Y" accuses Y; a speaker who
says Y "tried to sabotage" the talks accuses Y; "was threatened with sanctions by Y" is Y's
threat; "Y's refusal to reopen the border" is Y's refusal, and what Y refused did not happen.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, events_of_type, has_sides, readings


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target", "contrast"),
    [
        (
            "Kenya's foreign minister expressed concern about Uganda's crackdown on protesters.",
            "expressed concern",
            "KEN",
            "UGA",
            "Kenya's foreign minister expressed concern that prices may rise after the harvest.",
        ),
        (
            "Kenya's president voiced dismay over Uganda's decision to close the border.",
            "voiced dismay",
            "KEN",
            "UGA",
            "Kenya's president voiced hope for a good harvest.",
        ),
        (
            "Chile and Peru shared concerns over Bolivia's new mining law.",
            "shared concerns",
            "CHL",
            "BOL",
            "Chile shared intelligence with Peru about the smuggling routes.",
        ),
    ],
)
def test_misgivings_voiced_about_an_act_criticise_its_doer(
    text: str, trigger: str, source: str, target: str, contrast: str
) -> None:
    (criticism,) = asserted_of_type(text, "ACCUSE")
    assert criticism.trigger.text == trigger
    assert criticism.cameo == "110"  # CAMEO disapprove, not 111 criticize (cameo28)
    assert has_sides(criticism, source, target)
    # a fear of what may come, or a thing shared, criticises no one
    assert asserted_of_type(contrast, "ACCUSE") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government placed the blame on Uganda for the collapse of the talks.",
        "Kenya's foreign minister put the blame squarely on Uganda.",
    ],
)
def test_blame_laid_on_a_party_accuses_it(text: str) -> None:
    (accusation,) = asserted_of_type(text, "ACCUSE")
    assert accusation.cameo == "112"
    assert has_sides(accusation, "KEN", "UGA")


def test_a_wrong_a_speaker_says_was_tried_accuses_its_doer() -> None:
    text = (
        "\u201cThe Ugandan government has repeatedly tried to sabotage the peace process,\u201d "
        "Kenya's foreign minister said."
    )
    (accusation,) = asserted_of_type(text, "ACCUSE")
    assert accusation.trigger.text == "said"
    assert has_sides(accusation, "KEN", "UGA")
    # a wrong only foreseen is no charge
    foreseen = "Kenya's foreign minister said the Ugandan army might try to intimidate voters."
    assert asserted_of_type(foreseen, "ACCUSE") == []


def test_a_threat_whose_agent_follows_its_with_phrase_is_the_agents() -> None:
    (threat,) = asserted_of_type("Uganda has been threatened with sanctions by Kenya.", "THREATEN")
    assert has_sides(threat, "KEN", "UGA")


def test_the_agent_of_an_act_someone_is_charged_with_is_no_accuser() -> None:
    (charge,) = asserted_of_type(
        "The Ugandan officer was charged with attacks by Kenyan rebels.", "ACCUSE"
    )
    assert not any("rebels" in actor.text for actor in charge.source)


def test_a_refusal_told_as_a_noun_is_its_owners_and_what_it_refused_did_not_happen() -> None:
    (refusal,) = asserted_of_type("Uganda's refusal to reopen the border angered Kenya.", "REJECT")
    assert refusal.trigger.text == "refusal"
    assert has_sides(refusal, "UGA", None)
    text = "Kenya condemned Uganda's refusal to cave to its demands."
    assert [e.cameo for e in asserted_of_type(text, "REJECT")] == ["124"]
    assert readings(text, "cave") == {"negated"}
    # declining to comment refuses nothing a party asked for
    silent = "Uganda's refusal to comment on the report surprised Kenya."
    assert events_of_type(silent, "REJECT") == []
