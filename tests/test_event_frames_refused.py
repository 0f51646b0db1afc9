"""Gold events whose codebook word no frame accepted (issue 11 recall, thirtieth round,
frames30): forces dispatched are deployed, as with "deploy"; a word the tokenizer splits at its
hyphen ("cease-fire") reads as the codebooks spell it. Sentences written for these
tests."""

from __future__ import annotations

from news_events import asserted_of_type, countries, events_of, events_of_type


def test_forces_dispatched_are_deployed_and_aides_are_no_force() -> None:
    text = "Officials said Kenyan troops had been dispatched to the border town on Monday."
    (event,) = asserted_of_type(text, "MOBILIZE")
    assert event.trigger.text.endswith("dispatched")
    assert countries(event.source) == {"KEN"}
    text = "The senator dispatched two aides to Ohio on Monday to meet local officials."
    assert asserted_of_type(text, "MOBILIZE") == []


def test_a_hyphenated_cease_fire_is_the_codebooks_word() -> None:
    text = "The rebels threatened on Monday to break their cease-fire with Nigerian troops."
    (event,) = events_of_type(text, "ASSAULT")
    assert (event.trigger.text, event.cameo) == ("break", "196")
    assert event.modality != "asserted"


def test_a_hyphenated_cease_fire_codes_as_the_closed_spelling() -> None:
    def coded(spelling: str) -> list[tuple[str, str, list[str]]]:
        text = f"The army declared a {spelling} with the rebels on Monday."
        return [(e.plover["type"], e.cameo, [a.text for a in e.target]) for e in events_of(text)]

    assert coded("cease-fire") == coded("ceasefire") == [("RETREAT", "0871", ["the rebels"])]
