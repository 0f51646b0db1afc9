"""Quotes of a text written for a test, read as the body of an article under a headline, with
every span checked against the characters it claims."""

from __future__ import annotations

from eventwire import analyze
from eventwire.records import Quote


def quotes_of(body: str, headline: str = "Harbour Talks Continue") -> tuple[str, list[Quote]]:
    analysis = analyze(f"{headline}\n{body}")
    text = analysis.article.text
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        if quote.cue is not None:
            assert text[quote.cue.start : quote.cue.end] == quote.cue.text
    return text, analysis.quotes


def only(quotes: list[Quote], containing: str) -> Quote:
    found = [q for q in quotes if containing in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def quotes_in(body: str) -> list[Quote]:
    return quotes_of(body)[1]


def cues_of(body: str) -> list[str]:
    """The words of each cue the quotes of `body` are told by."""
    return [q.cue.text for q in quotes_in(body) if q.cue is not None]


def speaker_text(quote: Quote) -> str | None:
    """The words of the quote's speaker as the text gives them, None where it names none."""
    return quote.speaker.text if quote.speaker is not None else None


def assert_attributed(sentence: str, cue: str, speaker: str, content: str, cue_class: str) -> None:
    """The sentence holds one quote that starts with `content`, told by `speaker` through `cue`,
    a cue of `cue_class`."""
    quote = only(quotes_in(sentence), content)
    assert quote.text.startswith(content)
    assert quote.cue is not None and quote.cue.text == cue
    assert speaker_text(quote) == speaker
    assert quote.cue_class == cue_class
