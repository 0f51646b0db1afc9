"""The commonest triggers in a sense that is no event (issue 11 precision, twenty-sixth round,
wordsense26). A promise to campaign commits to canvassing for votes, no act of politics toward
anyone; declining to run for reelection is a career move and declining to use a word withholds
a word, neither refuses anything asked; defending a process or the use of something justifies
an act, no backing for an actor. The same words in their event sense stay: a promise to
withdraw troops, declining to join talks, defending another country's government. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, asserted_triggers


@pytest.mark.parametrize(
    ("no_event", "event", "event_type", "trigger"),
    [
        (
            "Senator Marla Quint promised to campaign in every county of the state.",
            "President Obrek of Varnia promised to withdraw his troops from the border region "
            "of Tessia.",
            "AGREE",
            "promised",
        ),
        (
            "Senator Marla Quint promised voters on Monday to campaign in every county of the "
            "state.",
            "Varnia's president promised new aid to Tessia on Monday.",
            "AGREE",
            "promised",
        ),
        (
            "Governor Alden Pike declined to run for reelection after the vote on the budget.",
            "Varnia declined to join the talks with Tessia on Monday.",
            "REJECT",
            "declined",
        ),
        (
            "The Varnian foreign minister declined to use the word embargo on Tuesday.",
            "Varnia declined to join the talks with Tessia on Monday.",
            "REJECT",
            "declined",
        ),
        (
            "The defense minister of Varnia defended the process in parliament on Tuesday.",
            "The Varnian envoy defended Tessia's government at the council on Tuesday.",
            "SUPPORT",
            "defended",
        ),
        (
            "Tessia's prime minister defended the use of the new tax in a speech on Friday.",
            "The Varnian envoy defended Tessia's government at the council on Tuesday.",
            "SUPPORT",
            "defended",
        ),
    ],
)
def test_a_trigger_in_a_sense_that_is_no_event_codes_nothing_and_its_event_sense_stays(
    no_event: str, event: str, event_type: str, trigger: str
) -> None:
    assert asserted_of_type(no_event, event_type) == []
    assert trigger in asserted_triggers(event, event_type)
