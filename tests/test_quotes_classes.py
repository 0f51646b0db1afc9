"""Quote classes found on unseen news (issue 17): publishers' notes and markup hold no
attribution, page labels are no speakers, interview lines and unsourced reports are read."""

from __future__ import annotations

import pytest
from quote_texts import only, speaker_text
from quote_texts import quotes_of as quotes_of_body

from eventwire import analyze
from eventwire.annotate.quotes.clutter import clutter_spans


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    analysis = analyze(f"Harbour Talks Continue\n{body}")
    return [(q.text, q.cue.text if q.cue else None) for q in analysis.quotes]


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: Ruiz has repeatedly promised to close the harbour to all ferries.",
        "Editor’s Note – Ruiz has repeatedly promised to close the harbour to all ferries.",
        "EDITOR'S NOTE: Ruiz has repeatedly promised to close the harbour to all ferries.",
        "Editor’s note: Ruiz is a\nfierce critic who has\nrepeatedly promised to shut the pier.",
    ],
)
def test_a_publishers_note_holds_no_attribution(note: str) -> None:
    body = f"Mayor Ana Ruiz said the ferries would sail in May.\n\n{note}"
    quotes = quotes_of(body)
    assert [cue for _, cue in quotes] == ["said"]
    assert "ferries would sail in May" in quotes[0][0]


def test_the_same_words_outside_a_note_are_an_attribution() -> None:
    body = "Mayor Ana Ruiz has repeatedly promised to close the harbour to all ferries."
    assert any("close the harbour" in text for text, _ in quotes_of(body))


def test_markup_tag_words_are_no_cue_but_the_prose_around_them_is_read() -> None:
    body = (
        'Ruiz wrote on Monday that the pier was safe.\n\n<tweet pic="" author="AnaRuiz" '
        'tweet_id="12345">The pier is safe and open to all</tweet>'
    )
    quotes = quotes_of(body)
    assert all("author=" not in text and cue != "tweet" for text, cue in quotes), quotes
    assert any("the pier was safe" in text for text, _ in quotes)


@pytest.mark.parametrize(
    "body",
    [
        'Ruiz thanked the pilots. "We stand with the harbour," she said.\n\n'
        '<tweet author="AnaRuiz" tweet_id="12345">The pier is safe and open to all</tweet>',
        '<tweet author="AnaRuiz" tweet_id="12345">The pier is safe</tweet> Ruiz, voting for the '
        "levy, thanked the pilots.",
    ],
)
def test_a_markup_tags_quoted_values_are_no_quote(body: str) -> None:
    """Train 101-840: 5 extras made only of a tag's values (an author's handle, a post's id),
    which the window passes gave to the nearest cue; dev none."""
    quotes = quotes_of(body)
    assert not any(text in ("AnaRuiz", "12345") for text, _ in quotes), quotes
    assert any(cue == "thanked" for _, cue in quotes)


def test_clutter_spans_cover_the_note_paragraph_and_each_tag() -> None:
    text = 'Intro.\nEditor’s note: a note.\nOutro <b class="x">bold</b> end.'
    spans = clutter_spans(text)
    note = text.index("Editor")
    assert (note, text.index("Outro")) in spans
    assert (text.index("<b"), text.index("bold")) in spans
    assert (text.index("</b>"), text.index(" end")) in spans
    assert not any(start <= text.index("Outro") < end for start, end in spans)


@pytest.mark.parametrize(
    "body",
    [
        "That said, the ferry cannot realistically sail before May.",
        "That said, harbour officials say the ferry will sail in May.",
    ],
)
def test_that_said_is_no_attribution(body: str) -> None:
    cues = [cue for _, cue in quotes_of(body)]
    assert "said" not in cues
    assert cues == (["say"] if "officials say" in body else [])


def test_a_demonstrative_that_is_said_is_still_an_attribution() -> None:
    body = "Ruiz said this, and the harbour master said that the ferry would sail."
    assert "said" in [cue for _, cue in quotes_of(body)]


def test_interview_questions_and_answers_are_quotes_of_their_labels() -> None:
    body = (
        "Ana Ruiz spoke to us about the harbour.\n\n"
        "Q: When will the ferry sail again?\n\n"
        "A: We hope to open the pier to the ferry by the end of May."
    )
    analysis = analyze(f"Harbour Talks Continue\n{body}")
    by_text = {q.text: q for q in analysis.quotes}
    question = by_text["When will the ferry sail again?"]
    answer = by_text["We hope to open the pier to the ferry by the end of May."]
    assert (question.speaker.text, question.cue.text) == ("Q", ":")
    assert (answer.speaker.text, answer.cue.text) == ("A", ":")


def test_a_byline_in_capitals_is_no_transcript_line() -> None:
    body = "BYLINE: Ana Ruiz.\n\nThe ferry sailed on Monday, harbour officials said."
    assert [cue for _, cue in quotes_of(body)] == ["said"]


@pytest.mark.parametrize("label", ["CLARIFICATION", "CORRECTION"])
def test_a_correction_notice_is_no_transcript_line(label: str) -> None:
    """An editor's notice in capitals is page furniture, not a speaker (PolNeAR dev: the
    notice after a report was given the notice's label as its speaker)."""
    body = (
        "The ferry sailed on Monday, harbour officials said.\n\n"
        f"{label}: An earlier version of this story gave the wrong date for the vote."
    )
    assert [cue for _, cue in quotes_of(body)] == ["said"]


def test_reportedly_attributes_its_clause_to_no_named_source() -> None:
    analysis = analyze("Harbour Talks Continue\nThe council has reportedly sold the old pier.")
    told = [q for q in analysis.quotes if q.cue is not None and q.cue.text == "reportedly"]
    assert told, analysis.quotes
    assert all(q.speaker is None for q in told)
    assert "sold the old pier" in " ".join(q.text for q in told)
    assert all("reportedly" not in q.text for q in told)


def test_reportedly_inside_a_report_is_that_report() -> None:
    body = "Officials said the council had reportedly approved the new pier."
    assert [cue for _, cue in quotes_of(body)] == ["said"]


def test_eager_to_is_an_aim_of_its_subject() -> None:
    analysis = analyze("Harbour Talks Continue\nThe mayor is eager to reopen the pier in May.")
    (quote,) = analysis.quotes
    assert (quote.cue.text, quote.speaker.text, quote.cue_class) == (
        "eager",
        "The mayor",
        "intention",
    )
    assert quote.text == "to reopen the pier in May"


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        (
            "A super PAC supporting Ana Ruiz's campaign spent heavily on ads.",
            "A super PAC",
            "supporting",
        ),
        (
            "A petition calling on the council to close the pier drew 5,000 names.",
            "A petition",
            "calling",
        ),
        (
            "The harbour guild issued a statement saying the pier would close.",
            "The harbour guild",
            "saying",
        ),
        ("Ruiz released a letter calling the vote a farce.", "Ruiz", "calling"),
        (
            "The council said in a statement calling the vote a farce that it would appeal.",
            "The council",
            "calling",
        ),
        ("A statement saying the pier would close was read aloud.", "A statement", "saying"),
    ],
)
def test_a_participle_after_a_noun_is_that_nouns_stance_or_its_senders(
    body: str, speaker: str, cue: str
) -> None:
    analysis = analyze(f"Harbour Talks Continue\n{body}")
    (quote,) = [q for q in analysis.quotes if q.cue is not None and q.cue.text == cue]
    assert speaker_text(quote) == speaker


def test_an_inverted_cue_still_names_the_noun_after_it() -> None:
    analysis = analyze('Harbour Talks Continue\n"We will rebuild," said the mayor\'s spokesman.')
    (quote,) = analysis.quotes
    assert quote.speaker.text == "the mayor's spokesman"


def test_leading_in_the_polls_is_no_source() -> None:
    assert quotes_of("Ruiz still leads in the polls after the harbour vote.") == []


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("In a Harbour Times poll, Ruiz leads by ten points.", "a Harbour Times poll"),
        ("In January polls, Ruiz came in second.", "January polls"),
    ],
)
def test_a_named_poll_is_the_source_of_its_finding(body: str, source: str) -> None:
    analysis = analyze(f"Harbour Talks Continue\n{body}")
    (quote,) = analysis.quotes
    assert (quote.speaker.text, quote.cue_class) == (source, "evidence")


@pytest.mark.parametrize("cue", ["asked", "wondered"])
def test_an_if_question_is_what_was_asked(cue: str) -> None:
    analysis = analyze(f"Harbour Talks Continue\nReporters {cue} if the pier was safe.")
    (quote,) = analysis.quotes
    assert (quote.text, quote.cue.text, quote.speaker.text) == (
        "if the pier was safe",
        cue,
        "Reporters",
    )


def test_a_condition_on_a_passive_ask_is_no_question() -> None:
    assert quotes_of("Ruiz will resign if she is asked.") == []


def test_a_pronoun_owning_the_object_of_a_subjectless_cue_is_its_speaker() -> None:
    body = "It was a chance to tout his record, and Ruiz took it."
    analysis = analyze(f"Harbour Talks Continue\n{body}")
    (quote,) = [q for q in analysis.quotes if q.cue is not None and q.cue.text == "tout"]
    assert speaker_text(quote) == "his"


def test_an_answer_runs_on_over_its_paragraphs_until_the_next_turn() -> None:
    """A dialogue's answer may take several paragraphs; the unlabelled ones are still the
    answerer's, and so are the events told in them (PolNeAR gold reads the turn to the next)."""
    body = (
        "Ana Ruiz spoke to us about the harbour.\n\n"
        "Q: When will the ferry sail again?\n\n"
        "A: We hope to open the pier to the ferry by the end of May.\n\n"
        "The police arrested two protesters in Portvale in March, and we had to close the pier.\n\n"
        "Q: And the fishermen?\n\n"
        "A: They will sail first."
    )
    analysis = analyze(f"Harbour Talks Continue\n{body}")
    answer = only(analysis.quotes, "We hope to open the pier")
    assert speaker_text(answer) == "A"
    assert "The police arrested two protesters" in answer.text
    assert "And the fishermen" not in answer.text
    arrests = [e for e in analysis.events if e.trigger.text == "arrested"]
    assert arrests and all(e.asserted_by and e.asserted_by.text == "A" for e in arrests)
    # labels that each name someone once head sections: the paragraph after is the outlet's
    sections = (
        "The candidates need different things this week.\n\n"
        "KELLER: Hold the coast.\n\n"
        "Keller won the coastal towns last year and leads the polls there.\n\n"
        "MARLOWE: Win the north."
    )
    _, quotes = quotes_of_body(sections)
    assert only(quotes, "Hold the coast").text == "Hold the coast."


def test_a_turn_stops_at_the_reporters_narration() -> None:
    """The reporter's narration between two turns is not the speaker's answer, nor are the
    events it tells; the answer's own paragraph after its label still runs on."""
    body = (
        "The two candidates met in Brenmoor on Wednesday.\n\n"
        "KELLER: The harbour plan will pay for itself.\n\n"
        "MARLOWE: It will empty the old town.\n\n"
        "KELLER: The levy covers it.\n\n"
        "And you will see the new quay open by spring, I promise.\n\n"
        "Police arrested two protesters in Brenmoor on Thursday.\n\n"
        "MARLOWE: Nobody asked them."
    )
    analysis = analyze(f"Harbour Talks Continue\n{body}")
    answer = only(analysis.quotes, "The levy covers it")
    assert speaker_text(answer) == "KELLER"
    assert "new quay open by spring" in answer.text
    assert "Police arrested" not in answer.text
    arrests = [e for e in analysis.events if e.trigger.text == "arrested"]
    assert arrests and all(e.asserted_by is None or e.asserted_by.text != "KELLER" for e in arrests)


def test_a_surname_label_after_the_full_name_is_the_same_speaker() -> None:
    """The parse may not take a lone surname for a person; the full name's turn says it is one."""
    body = (
        "A panel argued about the harbour toll.\n\n"
        "Marta Lopes: The toll will hurt the small boats first.\n\n"
        "Osric Vantablen: Nobody here will pay it.\n\n"
        "Lopes: Well, no one is like, the harbour will lose its whole fleet by winter."
    )
    _, quotes = quotes_of_body(body)
    turn = only(quotes, "lose its whole fleet")
    assert (speaker_text(turn), turn.cue.text) == ("Lopes", ":")


def test_a_digest_item_gives_its_quote_to_the_source_after_the_dash() -> None:
    """'Heading - Source: "..."': the heading's subject is no speaker; the source named after the
    dash is (PolNeAR train: polling digests quoting analysts by name)."""
    body = (
        "Here is the week in harbour polling.\n\n"
        "Pollsters agree on the toll - Marta Lopes: “The toll is losing support in every town we "
        "sampled, and faster among fishermen.” Her firm polled 800 residents."
    )
    _, quotes = quotes_of_body(body)
    quote = only(quotes, "losing support in every town")
    assert (speaker_text(quote), quote.cue.text) == ("Marta Lopes", ":")
