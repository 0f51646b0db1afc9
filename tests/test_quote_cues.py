"""Attributions by cues beyond a plain speech verb: beliefs, aims, stances, cue nouns and
adjectives, and who their speaker is (sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_of, speaker_text


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
        (
            "Ortiz charged the harbour board with fraud.",
            "fraud",
            "charged",
            "stance",  # a charge, like an accusation, is a position taken on someone's act
        ),
    ],
)
def test_beliefs_aims_and_stances_are_attributions(
    body: str, content: str, cue: str, cue_class: str
) -> None:
    _, quotes = quotes_of(body)
    quote = only(quotes, content)
    assert quote.kind == "indirect"
    assert quote.text == content
    assert speaker_text(quote) == "Ortiz"
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.cue_class == cue_class


def test_evidence_cue_names_its_source() -> None:
    _, quotes = quotes_of("Two polls show Ortiz leading the harbour race.")
    quote = only(quotes, "leading the harbour race")
    assert quote.cue_class == "evidence"
    assert speaker_text(quote) == "Two polls"


def test_passive_stance_takes_its_agent_as_speaker() -> None:
    _, quotes = quotes_of("The harbour plan was backed by the fishermen's guild on Friday.")
    quote = only(quotes, "The harbour plan")
    assert quote.text == "The harbour plan"
    assert quote.cue_class == "stance"
    assert speaker_text(quote) == "the fishermen's guild"


def test_parenthetical_cue_attributes_the_clause_around_it() -> None:
    _, quotes = quotes_of("The new ferry, Captain Ruiz said, will sail twice a day.")
    assert [q.text for q in quotes] == ["The new ferry", "will sail twice a day"]
    assert all(speaker_text(q) == "Captain Ruiz" for q in quotes)
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
    assert speaker_text(claim) == "the mayor's"
    plan = only(quotes, "to sell the ferry")
    assert plan.cue_class == "intention"
    assert speaker_text(plan) == "His"


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
    assert speaker_text(quote) == "the fishermen's guild"


def test_the_speakers_own_belief_in_a_relative_clause_is_attributed() -> None:
    _, quotes = quotes_of("Ortiz, who believes the pier is unsafe, told the board to close it.")
    belief = only(quotes, "the pier is unsafe")
    assert belief.cue_class == "belief"
    assert speaker_text(belief) == "Ortiz"
    order = only(quotes, "to close it")
    assert order.cue is not None and order.cue.text == "told"


def test_speech_reported_inside_speech_is_its_own_quote() -> None:
    _, quotes = quotes_of("Ortiz said that the mayor had claimed the pier was unsafe.")
    outer = only(quotes, "the mayor had claimed")
    inner = next(q for q in quotes if q.text == "the pier was unsafe")
    assert speaker_text(outer) == "Ortiz"
    assert speaker_text(inner) == "the mayor"
    assert inner.cue is not None and inner.cue.text == "claimed"


def test_a_poll_introduced_by_in_is_the_source_of_its_clause() -> None:
    _, quotes = quotes_of("In a new harbour poll, Ortiz leads the race by four points.")
    quote = only(quotes, "Ortiz leads the race")
    assert quote.cue is not None and quote.cue.text == "In"
    assert speaker_text(quote) == "a new harbour poll"
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
        (
            "Ortiz spoke on Monday, making it clear that the pier will hold.",
            "clear",
            "Ortiz",
            "speech",
        ),
        (
            "The pilots signed a letter making it clear that the pier will hold.",
            "clear",
            "The pilots",
            "speech",
        ),
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
    assert speaker_text(quote) == "Ortiz"


def test_a_cue_verb_the_tagger_reads_as_a_noun_keeps_its_speaker() -> None:
    _, quotes = quotes_of("Ortiz claims that the pier is unsafe.")
    quote = only(quotes, "the pier is unsafe")
    assert speaker_text(quote) == "Ortiz"


def test_a_headline_no_pattern_reads_is_parsed_like_the_body() -> None:
    _, quotes = quotes_of("The vote is on Monday.", headline="Fishermen's guild endorses Ortiz")
    quote = only(quotes, "Ortiz")
    assert quote.cue is not None and quote.cue.text == "endorses"
    assert speaker_text(quote) == "Fishermen's guild"


def test_an_unquoted_paragraph_after_a_colon_is_the_cues_content() -> None:
    _, quotes = quotes_of("Ortiz added:\nThe pier is unsafe. We will close it.\n\nThe board met.")
    quote = only(quotes, "The pier is unsafe")
    assert quote.text == "The pier is unsafe. We will close it"
    assert speaker_text(quote) == "Ortiz"


def test_words_before_a_closing_reporting_clause_are_its_content() -> None:
    _, quotes = quotes_of("People like Ortiz, he said.")
    quote = only(quotes, "People like Ortiz")
    assert speaker_text(quote) == "he"


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
    assert speaker_text(quote) == "Ortiz"


def test_a_reported_clause_the_parse_took_for_an_adverbial_is_content() -> None:
    _, quotes = quotes_of("Ortiz said after the meeting he would not resign.")
    quote = only(quotes, "he would not resign")
    assert speaker_text(quote) == "Ortiz"


def test_a_stance_under_an_infinitive_that_is_no_cue_is_attributed() -> None:
    _, quotes = quotes_of("Ortiz tried to convince the board that the pier was unsafe.")
    quote = only(quotes, "the pier was unsafe")
    assert quote.cue is not None and quote.cue.text == "convince"
    assert speaker_text(quote) == "Ortiz"


def test_what_a_speaker_said_in_a_relative_clause_is_the_pronoun() -> None:
    _, quotes = quotes_of("The plan, which the board disclosed in May, failed.")
    quote = only(quotes, "which")
    assert quote.text == "which"
    assert speaker_text(quote) == "the board"


def test_a_named_compound_owns_a_cue_noun() -> None:
    _, quotes = quotes_of("Ortiz cited a Harbour Times report that the pier was unsafe.")
    report = next(q for q in quotes if q.cue is not None and q.cue.text == "report")
    assert report.text == "the pier was unsafe"
    assert speaker_text(report) == "Harbour Times"


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
    assert speaker_text(quotes[0]) == "Ortiz"


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
    assert speaker_text(follow) == "Ortiz"
    assert follow.cue == first.cue


def test_comparing_one_thing_to_another_is_a_stance() -> None:
    _, quotes = quotes_of("Ortiz compares the harbour strike to the dock riots.")
    quote = only(quotes, "harbour strike")
    assert quote.cue is not None and quote.cue.text == "compares"
    assert quote.cue_class == "stance"
    assert speaker_text(quote) == "Ortiz"


def test_a_document_that_reads_is_the_speaker() -> None:
    _, quotes = quotes_of("“We will not sell the pier to anyone,” the letter reads.")
    quote = only(quotes, "sell the pier")
    assert quote.cue is not None and quote.cue.text == "reads"
    assert speaker_text(quote) == "the letter"
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
    assert speaker_text(quote) == "Councillor Ines Varga"
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
        ("PORTVALE, Marland, March 4 -- Port workers said the ferry plan failed.", "Port workers"),
    ],
)
def test_dateline_is_never_the_speaker(body: str, speaker: str) -> None:
    _, quotes = quotes_of(body)
    quote = only(quotes, "ferry plan")
    assert speaker_text(quote) == speaker
