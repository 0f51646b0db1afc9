"""A quoted speaker's own "I" or "we" that itself says or notes something ("'I will keep
working, noting that I have not visited Sweden,' she said") is the speaker: the act it tells of
is the speaker's, coded as the speaker is; on sentences written for these tests."""

from __future__ import annotations

from eventwire import analyze
from eventwire.records import Event


def event_of(text: str, trigger: str) -> Event:
    events = analyze(text, published="2024-03-04").events
    (event,) = [e for e in events if e.trigger.text == trigger]
    return event


def test_a_noted_act_of_the_quoted_i_is_the_speakers() -> None:
    text = (
        'Norwegian Foreign Minister Ingrid Dahl spoke on Monday. "I will keep working with '
        'Chad, noting that I have not visited Sweden for over a year," she said.'
    )
    event = event_of(text, "visited")
    (source,) = event.source
    assert (source.text, source.code) == ("I", "NORGOV")
    assert source.code_from is not None and source.code_from.rule == "speaker"
    assert [actor.code for actor in event.target] == ["SWE"]


def test_the_speaker_named_after_the_quote_codes_its_i() -> None:
    text = (
        '"I will keep working with the people of Chad, noting that I have not traveled to Chad '
        'for over a year," said Ingrid Dahl, the U.N. envoy for Chad.'
    )
    (source,) = event_of(text, "traveled").source
    assert (source.text, source.code) == ("I", "IGOUNO")


def test_an_unquoted_i_takes_no_speaker() -> None:
    """Outside a quote, "I" is the writer's: no speaker lends it a code."""
    text = "Norwegian Foreign Minister Ingrid Dahl spoke on Monday. I have not visited Sweden."
    sources = [a for e in analyze(text, published="2024-03-04").events for a in e.source]
    writer = [actor for actor in sources if actor.text == "I"]
    assert writer and all(actor.code is None for actor in writer)


def test_a_quoted_we_that_does_the_act_is_the_speakers_side() -> None:
    """A quote that goes on past the sentence naming its speaker has no verb of saying of
    its own: its "we" acts for the coded speaker all the same."""
    text = (
        "Talks on the canal stalled again this week. "
        '"The envoys keep meeting," said Kenyan Foreign Minister Otieno Wambua. '
        '"But we need real talks with Cairo. It would help everybody."'
    )
    event = event_of(text, "talks")
    (source,) = event.source
    assert (source.text, source.code) == ("we", "KENGOV")
    assert source.code_from is not None and source.code_from.rule == "speaker"
