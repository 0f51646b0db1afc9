"""Stance cues that are also verbs of force ('attack', 'blast', 'slam', the noun 'attack'):
what they strike is no view held, so an armed attack makes no attribution, while an attack in
words keeps its speaker (issue 17, twenty-eighth round); on sentences written for these
tests."""

from __future__ import annotations

import pytest
from quote_texts import quotes_in, speaker_text

from eventwire import analyze


def cues_of(body: str) -> list[str]:
    return [q.cue.text.lower() for q in quotes_in(body) if q.cue is not None]


@pytest.mark.parametrize(
    ("struck", "criticised", "speaker"),
    [
        (
            "Soviet troops attacked the palace in the capital.",
            "Senator Ruiz attacked the harbour plan as wasteful.",
            "Senator Ruiz",
        ),
        (
            "Militants attacked a passenger train near Dorvik on Tuesday.",
            "The union attacked the ferry company for the delays.",
            "The union",
        ),
        (
            "The Tarn Brigade took credit for attacking a military vehicle near the mine.",
            "The Tarn Brigade took pride in attacking the governor at every rally.",
            "The Tarn Brigade",
        ),
        (
            "The outpost was attacked by insurgents overnight.",
            "The budget was attacked by the opposition leader.",
            "the opposition leader",
        ),
        (
            "The Pellan Front kept up its attacks on government troops in the hills.",
            "The mayor's attack on the harbour board drew criticism.",
            "The mayor's",
        ),
        (
            "Fighter jets blasted the bridge over the Marrow river.",
            "The minister blasted the opposition leader over the budget.",
            "The minister",
        ),
    ],
)
def test_an_armed_attack_is_no_attribution(struck: str, criticised: str, speaker: str) -> None:
    """A thing struck (a building, a vehicle, a place, armed units) or an armed doer makes the
    cue an act of force: on PolNeAR train 101-840 and dev none of these is a gold cue, while
    an attack in words on a person, group or plan stays a stance held by its speaker."""
    assert not [c for c in cues_of(struck) if c.startswith(("attack", "blast"))]
    (quote,) = [q for q in quotes_in(criticised) if q.cue and q.cue.text.startswith(("att", "bla"))]
    assert speaker_text(quote) == speaker


def test_an_event_struck_in_an_armed_attack_is_asserted_by_no_attacker() -> None:
    """The attackers do not vouch for what the convoy they hit was doing."""
    analysis = analyze(
        "Convoy hit\n\nRebels attacked a convoy that was delivering food to Tarvik.",
        published="2024-03-02",
    )
    assert [e for e in analysis.events if e.trigger.text == "attacked"]
    assert all(e.asserted_by is None for e in analysis.events)


def test_a_country_attacking_a_country_is_war_not_a_stance() -> None:
    """'attack' with a country doing it to a country is war; a country slamming a country, or
    a person attacking one, is criticism (PolNeAR train 101-840 and dev: no gold 'attack' of
    a country on a country)."""
    assert "attack" not in cues_of("Valdoria's attack on Ostrelia began in March.")
    assert "attacked" not in cues_of("Valdoria attacked Ostrelia in March.")
    (slammed,) = quotes_in("Valdoria slammed Ostrelia over the border visit.")
    assert speaker_text(slammed) == "Valdoria"
    (attacked,) = quotes_in("Senator Ruiz attacked Ostrelia for its tariffs.")
    assert speaker_text(attacked) == "Senator Ruiz"
