"""Quotes and speakers, on sentences written for these tests (names and places invented)."""

from __future__ import annotations

import json
import random

import pytest

from eventwire import analyze
from eventwire.annotate.quotes.marks import find_quoted_spans
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
    assert first.speaker is not None and first.speaker.text == "Ortiz"


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
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_unattributed_sentence_after_a_quote_keeps_its_speaker() -> None:
    _, quotes = quotes_of(
        "“The piers are gone,” Ortiz said. “We start again with nothing but our hands.”"
    )
    follow = only(quotes, "nothing but our hands")
    assert follow.speaker is not None and follow.speaker.text == "Ortiz"


def test_a_long_reporting_clause_between_two_quotes_keeps_the_speaker() -> None:
    _, quotes = quotes_of(
        "“The piers are gone,” said Lena Ortiz, the harbour master of Port Vell since 2019 "
        "and a former officer of the coastal guard in the northern provinces. "
        "“We start again with nothing but our hands.”"
    )
    first = only(quotes, "piers are gone")
    follow = only(quotes, "nothing but our hands")
    assert follow.speaker is not None and follow.speaker.text == "Lena Ortiz"
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
    assert follow.speaker is not None and follow.speaker.text == "Lena Ortiz"


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
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"
    assert quote.cue is not None and quote.cue.text == cue


def test_denial_of_a_noun_phrase_is_reported_speech() -> None:
    _, quotes = quotes_of("The ministry denied any role in the sinking of the ferry.")
    quote = only(quotes, "any role")
    assert quote.kind == "indirect"
    assert quote.text == "any role in the sinking of the ferry"
    assert quote.speaker is not None and quote.speaker.text == "The ministry"


def test_relative_clause_speaker_is_the_antecedent() -> None:
    _, quotes = quotes_of("Ortiz, who said on Friday that the port would close, changed her mind.")
    quote = only(quotes, "the port would close")
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


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
    assert quote.speaker is not None and quote.speaker.text == "the port authority"
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
    assert quote.speaker is not None and quote.speaker.text == "Mayor"
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
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"
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
    assert quote.speaker is not None and quote.speaker.text == "the mayor"
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
    assert comment.speaker is not None and comment.speaker.text == "Marta Quell"
    transcript = only(quotes, "rebuild the piers")
    assert transcript.speaker is not None and transcript.speaker.text == "ORTIZ"
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


@pytest.mark.parametrize(
    ("body", "content", "cue", "cue_class"),
    [
        (
            "Ortiz wants to cut ferry fares by half.",
            "to cut ferry fares by half",
            "wants",
            "intention",
        ),
        (
            "Ortiz plans to open a second dock next year.",
            "to open a second dock next year",
            "plans",
            "intention",
        ),
        ("Ortiz hopes to reopen the old cannery.", "to reopen the old cannery", "hopes", "belief"),
        (
            "Ortiz believes the storm season will be short.",
            "the storm season will be short",
            "believes",
            "belief",
        ),
        (
            "Ortiz endorsed the dockworkers' pay claim.",
            "the dockworkers' pay claim",
            "endorsed",
            "stance",
        ),
        (
            "Ortiz opposes the new toll on the bridge.",
            "the new toll on the bridge",
            "opposes",
            "stance",
        ),
        ("Ortiz called the toll increase unfair.", "the toll increase unfair", "called", "speech"),
    ],
)
def test_beliefs_aims_and_stances_are_attributions(
    body: str, content: str, cue: str, cue_class: str
) -> None:
    _, quotes = quotes_of(body)
    quote = only(quotes, content)
    assert quote.kind == "indirect"
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.cue_class == cue_class


def test_evidence_cue_names_its_source() -> None:
    _, quotes = quotes_of("Two polls show Ortiz leading the harbour race.")
    quote = only(quotes, "leading the harbour race")
    assert quote.cue_class == "evidence"
    assert quote.speaker is not None and quote.speaker.text == "Two polls"


def test_passive_stance_takes_its_agent_as_speaker() -> None:
    _, quotes = quotes_of("The harbour plan was backed by the fishermen's guild on Friday.")
    quote = only(quotes, "The harbour plan")
    assert quote.text == "The harbour plan"
    assert quote.cue_class == "stance"
    assert quote.speaker is not None and quote.speaker.text == "the fishermen's guild"


def test_parenthetical_cue_attributes_the_clause_around_it() -> None:
    _, quotes = quotes_of("The new ferry, Captain Ruiz said, will sail twice a day.")
    assert [q.text for q in quotes] == ["The new ferry", "will sail twice a day"]
    assert all(q.speaker is not None and q.speaker.text == "Captain Ruiz" for q in quotes)
    assert quotes[0].cue == quotes[1].cue


def test_calling_a_meeting_is_not_an_attribution() -> None:
    _, quotes = quotes_of("Ortiz called a meeting of the harbour board.")
    assert quotes == []


def test_a_view_reported_by_a_speech_cue_is_one_attribution() -> None:
    _, quotes = quotes_of("Ortiz said she plans to run for the harbour board.")
    assert len(quotes) == 1
    assert quotes[0].cue is not None and quotes[0].cue.text == "said"
    assert quotes[0].text == "she plans to run for the harbour board"


def test_headline_plans_is_not_a_speech_cue() -> None:
    _, quotes = quotes_of("The board met on Monday.", headline="Harbour Plans Approved By Board")
    assert quotes == []


def test_cue_nouns_name_their_owner_as_speaker() -> None:
    _, quotes = quotes_of(
        "Ortiz rejected the mayor's claim that the pier was unsafe. "
        "His plan to sell the ferry drew protests."
    )
    claims = [q for q in quotes if q.cue is not None and q.cue.text == "claim"]
    assert len(claims) == 1
    claim = claims[0]
    assert claim.text == "the pier was unsafe"
    assert claim.speaker is not None and claim.speaker.text == "the mayor's"
    plan = only(quotes, "to sell the ferry")
    assert plan.cue_class == "intention"
    assert plan.speaker is not None and plan.speaker.text == "His"


def test_a_cue_noun_without_an_owner_is_not_attributed() -> None:
    _, quotes = quotes_of("The claim that the pier was unsafe spread quickly.")
    assert quotes == []


@pytest.mark.parametrize(
    ("sentence", "cue", "pieces"),
    [
        ("The ferry is expected to sail in May.", "expected", ["The ferry", "to sail in May"]),
        ("The old pier seems to be sinking.", "seems", ["The old pier", "to be sinking"]),
        (
            "The harbour master was accused of selling permits.",
            "accused",
            ["The harbour master", "selling permits"],
        ),
        ("The ferry plan seemed sound.", "seemed", ["The ferry plan", "sound"]),
        (
            "The old pier seems like a ruin from another century.",
            "seems",
            ["The old pier", "a ruin from another century"],
        ),
    ],
)
def test_a_view_without_a_holder_has_no_speaker(sentence, cue, pieces) -> None:
    _, quotes = quotes_of(sentence)
    assert [q.text for q in quotes] == pieces
    assert all(q.speaker is None and q.cue is not None and q.cue.text == cue for q in quotes)


def test_a_passive_cue_with_its_agent_is_not_unattributed() -> None:
    _, quotes = quotes_of("The ferry plan is opposed by the fishermen's guild.")
    quote = only(quotes, "The ferry plan")
    assert quote.speaker is not None and quote.speaker.text == "the fishermen's guild"


def test_the_speakers_own_belief_in_a_relative_clause_is_attributed() -> None:
    _, quotes = quotes_of("Ortiz, who believes the pier is unsafe, told the board to close it.")
    belief = only(quotes, "the pier is unsafe")
    assert belief.cue_class == "belief"
    assert belief.speaker is not None and belief.speaker.text == "Ortiz"
    order = only(quotes, "to close it")
    assert order.cue is not None and order.cue.text == "told"


def test_speech_reported_inside_speech_is_its_own_quote() -> None:
    _, quotes = quotes_of("Ortiz said that the mayor had claimed the pier was unsafe.")
    outer = only(quotes, "the mayor had claimed")
    inner = next(q for q in quotes if q.text == "the pier was unsafe")
    assert outer.speaker is not None and outer.speaker.text == "Ortiz"
    assert inner.speaker is not None and inner.speaker.text == "the mayor"
    assert inner.cue is not None and inner.cue.text == "claimed"


def test_a_poll_introduced_by_in_is_the_source_of_its_clause() -> None:
    _, quotes = quotes_of("In a new harbour poll, Ortiz leads the race by four points.")
    quote = only(quotes, "Ortiz leads the race")
    assert quote.cue is not None and quote.cue.text == "In"
    assert quote.speaker is not None and quote.speaker.text == "a new harbour poll"
    assert quote.cue_class == "evidence"


def test_in_a_statement_is_not_a_source() -> None:
    _, quotes = quotes_of("In a statement on Monday, the harbour board closed the pier.")
    assert quotes == []


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "cue_class"),
    [
        ("Ortiz is confident that the pier will hold.", "confident", "Ortiz", "belief"),
        ("Ortiz made it clear that the pier will hold.", "clear", "Ortiz", "speech"),
        ("Ortiz made it clear the pier will hold.", "clear", "Ortiz", "speech"),
        ("It is clear that the pier will hold.", "clear", None, "speech"),
        ("The mayor's view is that the pier will hold.", "view", "The mayor's", "belief"),
        ("The message was clear: the pier will hold.", "message", None, "speech"),
    ],
)
def test_adjectives_and_copular_frames_attribute_their_clause(
    sentence, cue, speaker, cue_class
) -> None:
    _, quotes = quotes_of(sentence)
    quote = only(quotes, "the pier will hold")
    assert quote.text == "the pier will hold"
    assert quote.cue is not None and quote.cue.text == cue
    assert (quote.speaker.text if quote.speaker else None) == speaker
    assert quote.cue_class == cue_class


def test_making_sure_is_no_attribution() -> None:
    _, quotes = quotes_of("The crew is making sure that the pier will hold.")
    assert quotes == []


def test_a_gerund_object_is_what_was_admitted() -> None:
    _, quotes = quotes_of("Ortiz admitted taking money from the guild.")
    quote = only(quotes, "taking money from the guild")
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_a_cue_verb_the_tagger_reads_as_a_noun_keeps_its_speaker() -> None:
    _, quotes = quotes_of("Ortiz claims that the pier is unsafe.")
    quote = only(quotes, "the pier is unsafe")
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_a_headline_no_pattern_reads_is_parsed_like_the_body() -> None:
    _, quotes = quotes_of("The vote is on Monday.", headline="Fishermen's guild endorses Ortiz")
    quote = only(quotes, "Ortiz")
    assert quote.cue is not None and quote.cue.text == "endorses"
    assert quote.speaker is not None and quote.speaker.text == "Fishermen's guild"


def test_an_unquoted_paragraph_after_a_colon_is_the_cues_content() -> None:
    _, quotes = quotes_of("Ortiz added:\nThe pier is unsafe. We will close it.\n\nThe board met.")
    quote = only(quotes, "The pier is unsafe")
    assert quote.text == "The pier is unsafe. We will close it"
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_words_before_a_closing_reporting_clause_are_its_content() -> None:
    _, quotes = quotes_of("People like Ortiz, he said.")
    quote = only(quotes, "People like Ortiz")
    assert quote.speaker is not None and quote.speaker.text == "he"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ortiz raised concerns about the ferry contract.", "Ortiz"),
        ("The mayor came under criticism for the ferry contract.", None),
    ],
)
def test_a_cue_noun_takes_its_holder_from_the_verb_carrying_it(sentence, speaker) -> None:
    _, quotes = quotes_of(sentence)
    quote = only(quotes, "the ferry contract")
    assert (quote.speaker.text if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "As Ortiz pointed out, the pier is unsafe.",
        "The pier is unsafe, as Ortiz said on Monday.",
    ],
)
def test_an_as_clause_attributes_the_clause_it_modifies(sentence) -> None:
    _, quotes = quotes_of(sentence)
    quote = only(quotes, "pier is unsafe")
    assert quote.text.lower() == "the pier is unsafe"
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_a_reported_clause_the_parse_took_for_an_adverbial_is_content() -> None:
    _, quotes = quotes_of("Ortiz said after the meeting he would not resign.")
    quote = only(quotes, "he would not resign")
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_a_stance_under_an_infinitive_that_is_no_cue_is_attributed() -> None:
    _, quotes = quotes_of("Ortiz tried to convince the board that the pier was unsafe.")
    quote = only(quotes, "the pier was unsafe")
    assert quote.cue is not None and quote.cue.text == "convince"
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_what_a_speaker_said_in_a_relative_clause_is_the_pronoun() -> None:
    _, quotes = quotes_of("The plan, which the board disclosed in May, failed.")
    quote = only(quotes, "which")
    assert quote.text == "which"
    assert quote.speaker is not None and quote.speaker.text == "the board"


def test_a_named_compound_owns_a_cue_noun() -> None:
    _, quotes = quotes_of("Ortiz cited a Harbour Times report that the pier was unsafe.")
    report = next(q for q in quotes if q.cue is not None and q.cue.text == "report")
    assert report.text == "the pier was unsafe"
    assert report.speaker is not None and report.speaker.text == "Harbour Times"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("The council's plan would close the pier in May.", "close the pier in May", "council"),
        ("The two towns signed an agreement to share the ferry.", "share the ferry", "towns"),
        ("The Harbour campaign plans to hire Ortiz.", "to hire Ortiz", "campaign"),
    ],
)
def test_aims_in_noun_frames(sentence, content, speaker) -> None:
    _, quotes = quotes_of(sentence)
    quote = only(quotes, content)
    assert quote.cue_class == "intention"
    assert quote.speaker is not None and speaker in quote.speaker.text


def test_a_plan_without_an_owner_is_no_attribution() -> None:
    _, quotes = quotes_of("The plan would mostly help the fishermen.")
    assert quotes == []


def test_as_someone_put_it_attributes_the_clause() -> None:
    _, quotes = quotes_of("As Ortiz put it, the pier is a disgrace. Ortiz put the boxes down.")
    assert [q.text for q in quotes] == ["the pier is a disgrace"]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Ortiz"


def test_a_headline_act_is_not_a_headline_quote() -> None:
    _, quotes = quotes_of("The board met.", headline="Council Puts Pier Plan on Hold")
    assert quotes == []


def test_a_dash_byline_after_a_no_break_space_names_its_own_speaker() -> None:
    _, quotes = quotes_of(
        "“The ferry must run every day of the year.”\xa0― Ana Ruiz\xa0\n"
        "“The harbour is the heart of this town and always was.”\xa0― Tomas Vell"
    )
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Ana Ruiz", "Tomas Vell"]


@pytest.mark.parametrize(
    ("sentence", "outer_cue", "outer", "inner_cue", "inner", "speaker"),
    [
        (
            "Ruiz refuses to release the harbour accounts or explain how the money was spent.",
            "refuses",
            "to release the harbour accounts",
            "explain",
            "how the money was spent",
            "Ruiz",
        ),
        (
            "The harbour board said it was opposed to the sale and warned the council to wait.",
            "said",
            "it was opposed to the sale",
            "warned",
            "the council to wait",
            "The harbour board",
        ),
        (
            "Ortiz said the plan came from the harbour board, which argued that the piers were "
            "unsafe.",
            "said",
            "the plan came from the harbour board",
            "argued",
            "the piers were unsafe",
            "the harbour board",
        ),
        (
            "Ortiz said the repairs would be finished by May, though she noted that the divers "
            "are still missing.",
            "said",
            "the repairs would be finished by May",
            "noted",
            "the divers are still missing",
            "she",
        ),
        (
            "The fishermen's union endorses Ortiz, who says she is honoured by the support.",
            "endorses",
            "Ortiz",
            "says",
            "she is honoured by the support",
            "Ortiz",
        ),
    ],
)
def test_a_content_stops_where_another_attribution_begins(
    sentence, outer_cue, outer, inner_cue, inner, speaker
) -> None:
    _, quotes = quotes_of(sentence)
    by_cue = {q.cue.text: q for q in quotes if q.cue is not None}
    assert by_cue[outer_cue].text == outer
    assert by_cue[inner_cue].text == inner
    assert by_cue[inner_cue].speaker is not None
    assert by_cue[inner_cue].speaker.text == speaker


def test_a_cue_inside_the_marks_does_not_take_the_quote_from_its_speaker() -> None:
    _, quotes = quotes_of(
        "“The harbour has stood still,” Ortiz said. "
        "“Without a plan to support the fleet, slow growth risks feeding itself.”"
    )
    first = only(quotes, "stood still")
    follow = only(quotes, "slow growth")
    assert follow.kind == "direct"
    assert follow.speaker is not None and follow.speaker.text == "Ortiz"
    assert follow.cue == first.cue


def test_comparing_one_thing_to_another_is_a_stance() -> None:
    _, quotes = quotes_of("Ortiz compares the harbour strike to the dock riots.")
    quote = only(quotes, "harbour strike")
    assert quote.cue is not None and quote.cue.text == "compares"
    assert quote.cue_class == "stance"
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


def test_a_document_that_reads_is_the_speaker() -> None:
    _, quotes = quotes_of("“We will not sell the pier to anyone,” the letter reads.")
    quote = only(quotes, "sell the pier")
    assert quote.cue is not None and quote.cue.text == "reads"
    assert quote.speaker is not None and quote.speaker.text == "the letter"
    _, quotes = quotes_of("Ortiz reads the newspaper every morning.")
    assert quotes == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("The Bolivian navy spokesman said the patrol boats had returned to port.", "BOLMIL"),
        ('"The road is open," a Peruvian police official told reporters.', "PERCOP"),
        ("A Chilean government spokeswoman said the talks would go on.", "CHLGOV"),
    ],
)
def test_speaker_named_by_a_role_phrase_gets_its_actor_code(body: str, code: str) -> None:
    _, quotes = quotes_of(body)
    (quote,) = quotes
    assert quote.speaker is not None and quote.speaker.actor == code


@pytest.mark.parametrize(
    "cue", ["interjected", "fumed", "blurted out", "snapped", "scoffed", "mused", "exclaimed"]
)
def test_direct_quote_after_an_unusual_speech_verb(cue: str) -> None:
    _, quotes = quotes_of(f"“The ferry plan is dead,” Councillor Ines Varga {cue}.")
    quote = only(quotes, "ferry plan")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Councillor Ines Varga"
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("HARBOURTON — The ferry plan is dead, officials said on Monday.", "officials"),
        ("HARBOURTON, Marland (AP) — “The ferry plan is dead,” the governor said.", "the governor"),
        ("HARBOURTON - Port workers said the ferry plan was dead.", "Port workers"),
        (
            "HARBOURTON -- Mayor Lena Ortiz, opening a pier on Saturday, said the ferry plan was"
            " dead.",
            "Mayor Lena Ortiz",
        ),
    ],
)
def test_dateline_is_never_the_speaker(body: str, speaker: str) -> None:
    _, quotes = quotes_of(body)
    quote = only(quotes, "ferry plan")
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        (
            "Mayor Ortiz reminded the council that the piers were unsafe.",
            "reminded",
            "Mayor Ortiz",
            "the piers were unsafe",
        ),
        (
            "The harbour master assured fishermen that the ferry would sail.",
            "assured",
            "The harbour master",
            "the ferry would sail",
        ),
        ("Ortiz railed against the new harbour tax.", "railed", "Ortiz", "the new harbour tax"),
        ("The guild sided with the ferry workers.", "sided", "The guild", "the ferry workers"),
        (
            "Ortiz portrayed the harbour board as reckless.",
            "portrayed",
            "Ortiz",
            "the harbour board",
        ),
        ("Ortiz tweeted a photo of the flooded pier.", "tweeted", "Ortiz", "a photo of the"),
        ("The mayor insisted on rebuilding the piers.", "insisted", "The mayor", "rebuilding"),
        ("The guild argued against the harbour tax.", "argued", "The guild", "the harbour tax"),
        ("Ortiz raised questions about the ferry deal.", "questions", "Ortiz", "the ferry deal"),
        ("Ortiz took issue with the ferry plan.", "issue", "Ortiz", "the ferry plan"),
        ("The guild listed three reasons to close the pier.", "listed", "The guild", "three"),
        (
            "The guild's endorsement of Ortiz surprised the council.",
            "endorsement",
            "The guild's",
            "Ortiz",
        ),
        ("Ortiz rebutted the harbour board's charges.", "rebutted", "Ortiz", "the harbour"),
        ("The guild balked at the new harbour tax.", "balked", "The guild", "the new harbour"),
        ("Ortiz shrugged off the ferry strike.", "shrugged off", "Ortiz", "the ferry strike"),
        ("The mayor envisioned a new ferry terminal.", "envisioned", "The mayor", "a new ferry"),
        ("The guild strongly supported him.", "supported", "The guild", "him"),
    ],
)
def test_cues_beyond_speech_verbs(sentence, cue, speaker, content) -> None:
    _, quotes = quotes_of(sentence)
    quote = only(quotes, content)
    assert quote.text.startswith(content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_present_participles_map_to_their_cue() -> None:
    """The tagger may lemmatise 'hoping' as 'hop': the codebook's forms say which cue it is."""
    from eventwire.codebooks.quotes import speech_cues

    forms = speech_cues().lemma_of_form
    assert forms["hoping"] == "hope"
    assert forms["saying"] == "say"
    assert forms["warning"] == "warn"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The harbour debate went on. More from Tom Vell: “The ferry will not sail before "
            "the piers are rebuilt, and nobody should expect it to.”",
            "Tom Vell",
        ),
        (
            "THE FERRY QUESTION - Ana Ruiz: “The ferry will not sail before the piers are "
            "rebuilt, and nobody should expect it to.”",
            "Ana Ruiz",
        ),
    ],
)
def test_a_name_closed_by_a_colon_speaks_the_quote_after_it(body, speaker) -> None:
    _, quotes = quotes_of(body)
    quote = only(quotes, "The ferry will not sail")
    assert quote.kind == "direct"
    assert quote.cue is not None and quote.cue.text == ":"
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_date_closed_by_a_colon_is_no_speaker() -> None:
    _, quotes = quotes_of(
        "Here is the mayor in December 1992: “The ferry will not sail before the piers are "
        "rebuilt, and nobody should expect it to.”"
    )
    quote = only(quotes, "The ferry will not sail")
    assert quote.speaker is None or quote.speaker.text != "December 1992"


def test_allegations_faced_have_no_named_holder() -> None:
    _, quotes = quotes_of("The harbour master faced allegations of bribery.")
    quote = only(quotes, "bribery")
    assert quote.speaker is None
    assert quote.cue is not None and quote.cue.text == "allegations"


def test_a_cue_nouns_clause_hung_on_its_light_verb_is_its_content() -> None:
    """The time phrase the parse also hung there ('for weeks') is no part of it."""
    _, quotes = quotes_of("Ortiz has been making the case for weeks that the pier is not ready.")
    quote = only(quotes, "the pier is not ready")
    assert quote.text == "the pier is not ready"
    assert quote.cue is not None and quote.cue.text == "case"
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


@pytest.mark.parametrize(
    ("body", "outer_speaker", "inner", "inner_speaker", "cue"),
    [
        (
            '"General Okafor warned that his forces will attack the rebel camp," the army '
            "spokesman said.",
            "the army spokesman",
            "his forces will attack the rebel camp",
            "General Okafor",
            "warned",
        ),
        (
            "The army spokesman said: \"General Okafor told the troops, 'We will attack the "
            "rebel camp at dawn.'\"",
            "The army spokesman",
            "We will attack the rebel camp at dawn",
            "General Okafor",
            "told",
        ),
    ],
)
def test_speech_reported_inside_a_direct_quote_is_its_own_quote(
    body: str, outer_speaker: str, inner: str, inner_speaker: str, cue: str
) -> None:
    _, quotes = quotes_of(body)
    outer = next(q for q in quotes if q.kind == "direct")
    nested = next(q for q in quotes if q.text == inner)
    assert outer.speaker is not None and outer.speaker.text == outer_speaker
    assert outer.start <= nested.start and nested.end <= outer.end
    assert nested.kind == "indirect"
    assert nested.speaker is not None and nested.speaker.text == inner_speaker
    assert nested.cue is not None and nested.cue.text == cue


def test_the_one_asked_is_not_the_speaker() -> None:
    _, quotes = quotes_of("Ortiz was asked whether the ferry would sail on Monday.")
    quote = only(quotes, "the ferry would sail")
    assert quote.cue is not None and quote.cue.text == "asked"
    assert quote.speaker is None


def test_a_passive_cue_names_its_agent_as_the_speaker() -> None:
    _, quotes = quotes_of("Ortiz was told by the harbour master that the ferry would sail.")
    quote = only(quotes, "the ferry would sail")
    assert quote.speaker is not None and quote.speaker.text == "the harbour master"


def test_a_cue_coordinated_under_a_pronoun_is_no_part_of_the_content() -> None:
    _, quotes = quotes_of(
        "Ortiz said the worst offender on tolls is Mayor Vell, and she railed against the "
        "council for failing to cut the toll."
    )
    said = only(quotes, "the worst offender")
    assert "railed" not in said.text
    railed = only(quotes, "the council")
    assert railed.cue is not None and railed.cue.text == "railed"


def test_a_quote_after_a_paragraph_closed_by_a_colon_takes_its_cue() -> None:
    _, quotes = quotes_of(
        "In a release earlier this month, the harbour guild said about its inclusion of the "
        "ferry plan in the latest draft of its budget:\n\n"
        '"The budget goes further than any previous budget on ferry service to the islands."'
    )
    quote = only(quotes, "goes further")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "the harbour guild"
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_cue_set_off_inside_a_clause_is_none_of_its_content() -> None:
    _, quotes = quotes_of("At one point, Ortiz said, she was considering a run for mayor.")
    assert all("Ortiz said" not in q.text for q in quotes)
    pieces = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert {q.text for q in pieces} == {"At one point", "she was considering a run for mayor"}


def test_a_paragraph_opening_with_a_persons_name_and_a_colon_is_a_transcript() -> None:
    body = (
        "The panel argued about the toll.\n"
        "Matthews: Well, the toll is bad for the harbour and worse for the fleet.\n"
        "Related: Harbour toll rises again for the third year."
    )
    _, quotes = quotes_of(body)
    transcript = only(quotes, "the toll is bad")
    assert transcript.kind == "direct"
    assert transcript.speaker is not None and transcript.speaker.text == "Matthews"
    assert all("toll rises again" not in q.text for q in quotes)


def test_recalling_an_envoy_is_no_speech_but_recalling_that_is() -> None:
    _, quotes = quotes_of(
        "Peru recalled its ambassador from Chile on Monday. "
        "Rojas recalled that the talks had failed in 2019."
    )
    assert [(q.speaker.text, q.text) for q in quotes] == [("Rojas", "the talks had failed in 2019")]
