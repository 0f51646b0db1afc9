"""Threats told without "threaten": a hint that the hinter's side could strike back, a warning
that its foes "will not be spared" (docs/gold-events.md rule 21: THREATEN where the warner's own
side's act is threatened; issue 12, threaten26). A hint at a plan or a forecast threatens
nothing. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type, countries


def test_a_hint_that_the_hinters_side_could_retaliate_is_its_threat_and_no_other_hint_is() -> None:
    (threat,) = asserted_of_type(
        "Brazil has hinted that it could retaliate with tariffs on Argentine wheat.", "THREATEN"
    )
    assert threat.trigger.text == "hinted"
    assert countries(threat.source) == {"BRA"}
    # a hint at a plan or at what may happen threatens nothing
    assert not asserted_of_type(
        "Officials in Lima hinted that the talks could resume next week.", "THREATEN"
    )
    assert not asserted_of_type(
        "The governor hinted at lifting the curfew before the holiday.", "THREATEN"
    )


def test_a_warning_that_the_foe_will_not_be_spared_is_a_threat() -> None:
    (threat,) = asserted_of_type(
        "The bombing changes everything, the colonel said, warning that the gunmen will not"
        " be spared.",
        "THREATEN",
    )
    assert threat.trigger.text in {"warning", "said"}
    assert "colonel" in " ".join(actor.text for actor in threat.source)


def test_a_candidates_vow_to_fight_on_is_no_threat_but_a_commanders_is() -> None:
    campaign = (
        "Senator Dana Whitfield trails her rival by nine points after three primaries. Her"
        " campaign says delegates and voters in the next primary will decide the nomination."
        " Whitfield has vowed to fight on. The candidate plans two rallies before the vote."
    )
    assert not asserted_of_type(campaign, "THREATEN")
    war = "The rebel commander vowed to fight on after the army shelled his positions."
    assert any(e.trigger.text == "vowed" for e in asserted_of_type(war, "THREATEN"))
