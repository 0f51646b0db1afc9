"""Five readings of issue 11's false classes on the whole-story VOA dev, twenty-second round
(events22w): a terrorist designation whose adjective carries the charge ("as a terrorist
group") accuses; troops sent somewhere are deployed, not given as aid; an emergency declared
at a hospital is no state of emergency; power or a country seized is a coup, no confiscation;
airspace or sovereignty violated is an incursion, no norm defied. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types, events_of, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Karvia and Lunaria have both designated the Ostrel Front as a terrorist group.",
        "Karvia designated the Ostrel Front as a foreign terrorist organization in May.",
        "Karvia designated the Ostrel Front as terrorists on Monday.",
    ],
)
def test_a_terrorist_designation_accuses(text: str) -> None:
    assert types_of(text, "designated") == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "President Ruiz sent 10,000 troops to Karvia's northern border on Monday.",
        "Karvia sent soldiers into the Ostrel valley in 2011 to fight the rebels.",
    ],
)
def test_troops_sent_somewhere_are_deployed(text: str) -> None:
    assert types_of(text, "sent") == {"MOBILIZE"}


def test_arms_sent_stay_military_aid() -> None:
    text = "Karvia sent tanks and rifles to Lunaria's army on Monday."
    assert types_of(text, "sent") == {"AID"}


def test_troops_sent_to_the_country_stay_military_aid() -> None:
    """Troops sent to "the country" go to another country, no position at home, even where the
    parse hangs "to" as a dative."""
    text = "Lunaria first sent troops to the country in 2021."
    assert types_of(text, "sent") == {"AID"}


@pytest.mark.parametrize(
    "text",
    [
        "Officials declared an emergency at the district hospital in Ostrel after the blast.",
        "Karvian officials declared an emergency at the main hospital to receive the injured.",
    ],
)
def test_an_emergency_at_a_hospital_is_no_state_of_emergency(text: str) -> None:
    assert "COERCE" not in asserted_types(text)


def test_a_state_of_emergency_in_a_province_stays() -> None:
    text = "Karvia's government declared a state of emergency in the Ostrel province on Monday."
    assert types_of(text, "declared") == {"COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ostrel Front rebels seized power in Karvia in 2013.",
        "The rebels seized control of Mali in 2012.",
        "The rebels seized control of the Democratic Republic of Congo in 1997.",
        "The army seized control of the country in 2021.",
    ],
)
def test_power_or_a_country_seized_is_no_confiscation(text: str) -> None:
    """A coup, which the gold leaves uncoded: neither a confiscation nor ground taken."""
    assert types_of(text, "seized") == set()


def test_a_town_seized_is_ground_taken_and_goods_seized_are_confiscated() -> None:
    assert types_of("Rebels seized control of the town of Ostrel on Monday.", "seized") == {
        "ASSAULT"
    }
    assert types_of("The rebels seized control of Goma on Monday.", "seized") == {"ASSAULT"}
    assert types_of("Karvian police seized weapons from the rebels on Monday.", "seized") == {
        "COERCE"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Karvian jets violated Lunarian airspace on Monday.",
        "Karvia has violated the sovereignty of Lunaria.",
        "Two Karvian ships violated Lunaria's territorial waters.",
    ],
)
def test_airspace_or_sovereignty_violated_defies_no_norm(text: str) -> None:
    assert "REJECT" not in asserted_types(text)


def test_an_agreement_violated_still_defies_it() -> None:
    assert types_of("Lunaria said Karvia violated the trade agreement.", "violated") == {"REJECT"}


def triggers_of(text: str, plover_type: str) -> set[str]:
    """The trigger words of the events of one PLOVER type, asserted or not."""
    return {e.trigger.text for e in events_of(text) if e.plover["type"] == plover_type}


@pytest.mark.parametrize(
    ("text", "warning", "act_type", "act"),
    [
        (
            "The Ostrel Front warned on Tuesday that it would execute the hostages if Karvia"
            " did not free its fighters.",
            "warned",
            "ASSAULT",
            "execute",
        ),
        (
            '"If Lunaria keeps its duties, I will raise the tariffs on its cars," President Ruiz'
            " declared on Friday.",
            "declared",
            "SANCTION",
            "raise",
        ),
    ],
)
def test_a_threat_is_told_by_its_warning_and_the_act_keeps_its_word(
    text: str, warning: str, act_type: str, act: str
) -> None:
    assert triggers_of(text, "THREATEN") == {warning}
    assert act in " ".join(triggers_of(text, act_type))


def test_a_said_future_meeting_stays_on_the_act_word() -> None:
    text = "Karvia's president said he would meet Lunaria's leader in the capital next month."
    assert triggers_of(text, "CONSULT") == {"meet"}
    assert triggers_of(text, "AGREE") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Last year the Karvian base held nearly 300 detainees in its two camps.",
        "The Ostrel prison held several well-known detainees last year.",
    ],
)
def test_a_place_holding_detainees_detains_no_one(text: str) -> None:
    assert "COERCE" not in asserted_types(text)


def test_police_holding_prisoners_detain_them() -> None:
    text = "Karvian police held 20 prisoners at the airbase on Monday."
    assert types_of(text, "held") == {"COERCE"}
