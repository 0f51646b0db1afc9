"""Quotes and speakers, on sentences written for these tests (names and places invented)."""

from __future__ import annotations

import json
import random

import pytest
from quote_texts import only, quotes_of, speaker_text

from eventwire import analyze
from eventwire.annotate.quotes.marks import find_quoted_spans


@pytest.mark.parametrize(
    "body",
    [
        '"We will rebuild the harbour," Mayor Lena Ortiz said on Monday.',
        "“We will rebuild the harbour,” Mayor Lena Ortiz said on Monday.",
        "Mayor Lena Ortiz said on Monday: “We will rebuild the harbour.”",
        "Mayor Lena Ortiz told reporters: «We will rebuild the harbour.»",
        "“We will rebuild the harbour,” said Mayor Lena Ortiz.",
    ],
)
def test_direct_quote_in_every_mark_style(body: str) -> None:
    _, quotes = quotes_of(body)
    quote = only(quotes, "We will rebuild the harbour")
    assert quote.kind == "direct"
    assert quote.text.rstrip(".") == "We will rebuild the harbour"
    assert quote.speaker is not None and "Ortiz" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text in ("said", "told")


def test_quote_marks_are_not_part_of_the_quote() -> None:
    text, quotes = quotes_of("“The port stays shut,” Ortiz said.")
    quote = only(quotes, "port")
    assert text[quote.start - 1] == "“"
    assert text[quote.end :].startswith(",”")


def test_split_quote_gives_pieces_with_one_speaker_and_cue() -> None:
    _, quotes = quotes_of(
        "“We will rebuild the harbour,” Ortiz said, “and we will do it before winter.”"
    )
    first = only(quotes, "rebuild")
    second = only(quotes, "before winter")
    assert first.kind == second.kind == "direct"
    assert first.cue == second.cue
    assert first.speaker == second.speaker
    assert speaker_text(first) == "Ortiz"


def test_quote_over_several_paragraphs_closes_at_the_last() -> None:
    body = (
        "Ortiz spoke at length.\n"
        "“The storm took the piers and half the fleet.\n"
        "“We will rebuild all of it before the fishing season,” Ortiz said.\n"
        "The council meets again in June."
    )
    _, quotes = quotes_of(body)
    quote = only(quotes, "storm took the piers")
    assert "before the fishing season" in quote.text
    assert "council meets" not in quote.text
    assert speaker_text(quote) == "Ortiz"


def test_unattributed_sentence_after_a_quote_keeps_its_speaker() -> None:
    _, quotes = quotes_of(
        "“The piers are gone,” Ortiz said. “We start again with nothing but our hands.”"
    )
    follow = only(quotes, "nothing but our hands")
    assert speaker_text(follow) == "Ortiz"


def test_a_long_reporting_clause_between_two_quotes_keeps_the_speaker() -> None:
    _, quotes = quotes_of(
        "“The piers are gone,” said Lena Ortiz, the harbour master of Port Vell since 2019 "
        "and a former officer of the coastal guard in the northern provinces. "
        "“We start again with nothing but our hands.”"
    )
    first = only(quotes, "piers are gone")
    follow = only(quotes, "nothing but our hands")
    assert speaker_text(follow) == "Lena Ortiz"
    assert follow.cue == first.cue


@pytest.mark.parametrize(
    "body",
    [
        "The ferry will stop sailing in May, Lena Ortiz said. "
        "“We have no money left for the winter crossings.”",
        "The storm reminded her of her father, said Lena Ortiz, and of “all the sailors who "
        "never came home.”",
    ],
)
def test_reported_speech_hands_its_speaker_to_the_quote_after_it(body: str) -> None:
    _, quotes = quotes_of(body)
    follow = next(q for q in quotes if q.kind == "direct")
    assert speaker_text(follow) == "Lena Ortiz"


def test_a_quote_after_a_sentence_opening_with_its_cue_is_not_handed_on() -> None:
    _, quotes = quotes_of(
        "Lena Ortiz denied the charge. “The council never paid for the new harbour lights.”"
    )
    follow = only(quotes, "never paid")
    assert follow.speaker is None


def test_a_quote_after_other_news_does_not_inherit_the_speaker() -> None:
    _, quotes = quotes_of(
        "“The piers are gone,” said Lena Ortiz on Monday. The council then voted to close the "
        "fish market for a month, and the ferry company cancelled its winter timetable. "
        "“We start again with nothing but our hands and a borrowed boat.”"
    )
    follow = only(quotes, "nothing but our hands")
    assert follow.speaker is None


@pytest.mark.parametrize(
    ("body", "content", "cue"),
    [
        (
            "Ortiz said that the harbour would reopen in spring.",
            "the harbour would reopen in spring",
            "said",
        ),
        (
            "Ortiz told reporters the harbour would reopen in spring.",
            "the harbour would reopen in spring",
            "told",
        ),
        (
            "Ortiz stressed that the fleet must be repaired first.",
            "the fleet must be repaired first",
            "stressed",
        ),
        (
            "Ortiz warned that fishermen could lose a whole season.",
            "fishermen could lose a whole season",
            "warned",
        ),
        (
            "Ortiz denied that the council had ignored the storm warnings.",
            "the council had ignored the storm warnings",
            "denied",
        ),
        (
            "Ortiz was quoted as saying that the repairs would cost more than planned.",
            "the repairs would cost more than planned",
            "saying",
        ),
    ],
)
def test_indirect_speech(body: str, content: str, cue: str) -> None:
    _, quotes = quotes_of(body)
    quote = only(quotes, content)
    assert quote.kind == "indirect"
    assert quote.text == content
    assert speaker_text(quote) == "Ortiz"
    assert quote.cue is not None and quote.cue.text == cue


def test_denial_of_a_noun_phrase_is_reported_speech() -> None:
    _, quotes = quotes_of("The ministry denied any role in the sinking of the ferry.")
    quote = only(quotes, "any role")
    assert quote.kind == "indirect"
    assert quote.text == "any role in the sinking of the ferry"
    assert speaker_text(quote) == "The ministry"


def test_relative_clause_speaker_is_the_antecedent() -> None:
    _, quotes = quotes_of("Ortiz, who said on Friday that the port would close, changed her mind.")
    quote = only(quotes, "the port would close")
    assert speaker_text(quote) == "Ortiz"


def test_mixed_quote_keeps_the_closing_mark_of_its_phrase() -> None:
    _, quotes = quotes_of("Ortiz said the rebels were “in retreat”.")
    quote = only(quotes, "rebels")
    assert quote.text == "the rebels were “in retreat”"


def test_mixed_quote_opening_with_a_quoted_phrase_keeps_its_mark() -> None:
    _, quotes = quotes_of("Ortiz said “our port” was safe from the storm.")
    quote = only(quotes, "was safe")
    assert quote.text == "“our port” was safe from the storm"


def test_according_to_names_the_source_and_keeps_the_clause() -> None:
    _, quotes = quotes_of("According to the port authority, four ships sank in the storm.")
    quote = only(quotes, "four ships sank in the storm")
    assert quote.kind == "indirect"
    assert speaker_text(quote) == "the port authority"
    assert quote.cue is not None and quote.cue.text == "According to"
    assert "port authority" not in quote.text


def test_trailing_comment_is_not_part_of_what_was_said() -> None:
    _, quotes = quotes_of(
        "Ortiz stressed that the town must rebuild with its own means, "
        "referring to the loans the capital had refused."
    )
    quote = only(quotes, "the town must rebuild")
    assert quote.text == "the town must rebuild with its own means"


def test_mixed_quote_holds_a_quoted_phrase_in_indirect_speech() -> None:
    _, quotes = quotes_of("Ortiz said the blockade was “an act of piracy” by the northern fleet.")
    quote = only(quotes, "blockade")
    assert quote.kind == "mixed"
    assert "“an act of piracy”" in quote.text
    assert not any(q.text == "an act of piracy" for q in quotes)


def test_headline_attribution() -> None:
    _, quotes = quotes_of(
        "Mayor Lena Ortiz spoke to fishermen on Monday.",
        headline="Harbour Will Reopen Before Winter, Mayor Says",
    )
    quote = only(quotes, "Harbour Will Reopen")
    assert quote.kind == "headline"
    assert quote.text == "Harbour Will Reopen Before Winter"
    assert speaker_text(quote) == "Mayor"
    assert quote.cue is not None and quote.cue.text == "Says"


def test_a_title_speaker_is_named_by_the_title_not_by_the_body_in_it() -> None:
    _, quotes = quotes_of(
        "The Navy announced new patrols on Monday.",
        headline="Navy Chief Says Patrols Will Double",
    )
    quote = only(quotes, "Patrols Will Double")
    assert quote.speaker is not None
    assert quote.speaker.name == "Navy Chief"


def test_headline_colon_names_a_speaker_unless_it_is_a_label() -> None:
    _, quotes = quotes_of("Ortiz spoke on Monday.", headline="Ortiz: The Port Will Not Be Sold")
    quote = only(quotes, "The Port Will Not Be Sold")
    assert quote.kind == "headline"
    assert speaker_text(quote) == "Ortiz"
    _, quotes = quotes_of("Ortiz spoke on Monday.", headline="Exclusive: The Port Will Be Sold")
    assert not any("Port Will Be Sold" in q.text for q in quotes)


def test_headline_in_single_quotes_is_a_direct_quote() -> None:
    _, quotes = quotes_of(
        "Ortiz spoke to fishermen on Monday.",
        headline="‘We Will Not Sell the Port’, Mayor Says",
    )
    quote = only(quotes, "We Will Not Sell the Port")
    assert quote.kind == "direct"
    assert quote.text == "We Will Not Sell the Port"


def test_apostrophes_inside_quotes_do_not_cut_them() -> None:
    _, quotes = quotes_of(
        "“We don't accept Varnia's terms, and the fishermen's union won't either,” Ortiz said."
    )
    quote = only(quotes, "We don't accept")
    assert quote.text == "We don't accept Varnia's terms, and the fishermen's union won't either"


def test_british_single_quotes_and_elisions() -> None:
    _, quotes = quotes_of(
        "'We will not sell the port,' the mayor said. Rock 'n' roll fans in the '90s sang."
    )
    quote = only(quotes, "sell the port")
    assert quote.kind == "direct"
    assert speaker_text(quote) == "the mayor"
    assert len(quotes) == 1


def test_single_quotes_nested_in_double_quotes_stay_inside() -> None:
    _, quotes = quotes_of("“They called our offer ‘a joke’ and walked out,” Ortiz said.")
    quote = only(quotes, "walked out")
    assert quote.text == "They called our offer ‘a joke’ and walked out"
    assert not any(q.text == "a joke" for q in quotes)


def test_unbalanced_mark_does_not_swallow_the_next_paragraph() -> None:
    body = (
        "Ortiz said: “we will fight on for the harbour and for every family in it.\n"
        "Rain is expected across the coast on Tuesday, with winds from the north.\n"
        "The council said the budget would be published next week."
    )
    _, quotes = quotes_of(body)
    assert not any("Rain is expected" in q.text for q in quotes)
    assert any("budget would be published" in q.text for q in quotes)


def test_stray_marks_never_crash_and_spans_hold() -> None:
    body = 'He said " and then ” stopped.\n“Unclosed at the end of the article, Ortiz said'
    quotes_of(body)
    spans = find_quoted_spans('“ ” " \' ’ ‘ « »\n“The pier is shut,\n‘Stay home’ he said »"')
    assert spans
    assert all(span.start <= span.end for span in spans)


def test_mark_soup_never_crashes_and_every_span_holds() -> None:
    parts = [
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "''",
        "―",
        ":",
        ",",
        ".",
        "\n",
        " said ",
        " he said",
        "Ortiz",
        " told reporters ",
        "We will",
        " win",
        " According to",
        " that",
    ]
    chooser = random.Random(4)
    found = 0
    for _ in range(20):
        body = "".join(chooser.choice(parts) for _ in range(chooser.randint(1, 40)))
        found += len(quotes_of(body)[1])  # asserts that each quote, speaker and cue span holds
    assert found


def test_speaker_name_comes_from_coreference() -> None:
    body = (
        "Mayor Lena Ortiz visited the harbour on Monday.\n"
        "“The piers will be rebuilt,” Ortiz told reporters."
    )
    _, quotes = quotes_of(body)
    quote = only(quotes, "piers will be rebuilt")
    assert quote.speaker is not None
    assert quote.speaker.text == "Ortiz"
    assert quote.speaker.name == "Lena Ortiz"


def test_dash_byline_and_transcript_label() -> None:
    body = (
        "Readers wrote in.\n"
        "“The harbour is the heart of this town.” ― Marta Quell\n"
        "ORTIZ: We will rebuild the piers before the season opens."
    )
    _, quotes = quotes_of(body)
    comment = only(quotes, "heart of this town")
    assert speaker_text(comment) == "Marta Quell"
    transcript = only(quotes, "rebuild the piers")
    assert speaker_text(transcript) == "ORTIZ"
    assert transcript.text.startswith("We will rebuild")


def test_scare_quotes_alone_are_not_quotes() -> None:
    _, quotes = quotes_of("The so-called “reform” passed without debate in the council.")
    assert quotes == []


def test_founding_article_quotes(shared) -> None:
    expect = json.loads((shared / "acceptance/seed-soleimani.expect.json").read_text())
    text = (shared / "acceptance/seed-soleimani.txt").read_text(encoding="utf-8")
    quotes = analyze(text, published="2022-04-13").quotes
    assert expect["quotes"]
    for wanted in expect["quotes"]:
        matches = [q for q in quotes if q.text.strip(" .,") == wanted["text"]]
        assert matches, wanted["text"]
        quote = matches[0]
        assert quote.kind == wanted["kind"]
        assert quote.speaker is not None
        assert quote.speaker.name == wanted["speaker"], (wanted, quote.speaker)


def test_headline_colon_before_a_quote_in_marks_is_a_quote_whatever_the_label() -> None:
    _, quotes = quotes_of(
        "Ortiz spoke to fishermen on Monday.",
        headline="A lesson from Mayor Ortiz: ‘Never sell the harbour.’",
    )
    assert "Ortiz" in speaker_text(only(quotes, "Never sell the harbour"))
    _, quotes = quotes_of(
        "Ortiz spoke to fishermen on Monday.",
        headline="Storms over the harbour: the pier will close for winter",
    )
    assert not any("pier will close" in q.text for q in quotes)
