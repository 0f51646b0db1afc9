"""Attributions on unseen news (issue 17): a cue word that is no plain speech verb, with the
complement its codebook row allows, and who speaks; on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import assert_attributed, only, quotes_in, quotes_of, speaker_text


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        ("The guild warned against closing the pier.", "warned", "The guild", "closing", "speech"),
        ("Ortiz boasted of her record on the harbour.", "boasted", "Ortiz", "her record", "speech"),
        (
            "The mayor commented on the ferry strike.",
            "commented",
            "The mayor",
            "the ferry",
            "speech",
        ),
        ("Ortiz wrote about the flooded pier.", "wrote", "Ortiz", "the flooded pier", "speech"),
        (
            "Ortiz likened the harbour tax to a toll.",
            "likened",
            "Ortiz",
            "the harbour tax",
            "speech",
        ),
        ("Ortiz described how the pier collapsed.", "described", "Ortiz", "how the pier", "speech"),
        ("Ortiz talked of a new ferry line.", "talked", "Ortiz", "a new ferry line", "speech"),
        ("The guild stated its position.", "stated", "The guild", "its position", "speech"),
        ("The guild argued the point.", "argued", "The guild", "the point", "speech"),
        ("Ortiz hoped for a quick deal.", "hoped", "Ortiz", "a quick deal", "belief"),
        (
            "Fishermen speculated that the pier would close.",
            "speculated",
            "Fishermen",
            "the pier",
            "belief",
        ),
        (
            "The guild credited Ortiz with saving the ferry.",
            "credited",
            "The guild",
            "Ortiz",
            "stance",
        ),
        ("Ortiz chided the council for its delay.", "chided", "Ortiz", "the council", "stance"),
        (
            "The skipper relished the fight with the guild.",
            "relished",
            "The skipper",
            "the fight",
            "stance",
        ),
        (
            "Ortiz distanced herself from the ferry plan.",
            "distanced",
            "Ortiz",
            "the ferry plan",
            "stance",
        ),
        (
            "The council acquiesced to the guild's demands.",
            "acquiesced",
            "The council",
            "the guild",
            "stance",
        ),
        (
            "The guild attributed the delay to the storm.",
            "attributed",
            "The guild",
            "the delay",
            "belief",
        ),
        (
            "The council is contemplating a new ferry tax.",
            "contemplating",
            "The council",
            "a new ferry tax",
            "intention",
        ),
    ],
)
def test_cue_verbs_with_a_prepositional_or_object_complement(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    assert_attributed(sentence, cue, speaker, content, cue_class)


def test_a_verb_that_is_a_cue_with_one_complement_is_none_with_another() -> None:
    """'distanced ... from' takes a position; 'distanced' with only an object tells nothing."""
    assert quotes_in("The guild distanced the two boats.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortiz won 40 pledged delegates in the harbour towns.",
        "The guild pledged its support to the ferry line.",
        "Ortiz emailed the harbour master on Monday.",
    ],
)
def test_an_object_of_pledge_or_email_is_no_content(sentence: str) -> None:
    """'pledged delegates', 'emailed the harbour master': the object is a recipient or an act
    (PolNeAR train 101-840: 3 of 10 pledge + object and 3 of 7 email + object are gold)."""
    assert quotes_in(sentence) == []


def test_a_pledge_with_a_clause_is_still_read() -> None:
    quote = only(quotes_in("Ortiz pledged that the pier would reopen."), "the pier")
    assert quote.cue is not None and quote.cue.text == "pledged"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The skippers were hopeful that the pier would reopen.",
            "hopeful",
            "The skippers",
            "the pier",
            "belief",
        ),
        ("Fishermen are wary of the new tax.", "wary", "Fishermen", "the new tax", "belief"),
        ("The guild was supportive of the plan.", "supportive", "The guild", "the plan", "stance"),
        ("Ortiz was adamant that the ferry would sail.", "adamant", "Ortiz", "the ferry", "speech"),
        (
            "The council was reluctant to close the pier.",
            "reluctant",
            "The council",
            "to close",
            "intention",
        ),
        (
            "The guild was confident in the new harbour master.",
            "confident",
            "The guild",
            "the new",
            "belief",
        ),
        ("Ortiz is proud of the new pier.", "proud", "Ortiz", "the new pier", "stance"),
        (
            "Few growers are interested in the seed subsidy.",
            "interested",
            "Few growers",
            "the seed subsidy",
            "stance",
        ),
        (
            "The beekeepers remain concerned about the spraying schedule.",
            "concerned",
            "The beekeepers",
            "the spraying",
            "belief",
        ),
    ],
)
def test_adjectives_that_hold_a_view(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    assert_attributed(sentence, cue, speaker, content, cue_class)


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The orchard owners are convinced that the frost will spare the late pears.",
            "The orchard owners",
            "the frost will spare",
        ),
        (
            "Few growers were convinced the new sprayers would pay for themselves.",
            "Few growers",
            "the new sprayers",
        ),
        (
            "The mayor was frustrated with the slow pace of the bridge repairs.",
            "The mayor",
            "the slow pace",
        ),
        (
            "The bakers were frustrated that the flour shipment came late again.",
            "The bakers",
            "the flour shipment",
        ),
    ],
)
def test_a_view_participle_after_a_copula_is_held_by_the_subject(
    sentence: str, speaker: str, content: str
) -> None:
    """The parse reads 'convinced' or 'frustrated' as a passive verb; with no 'by' agent the
    participle is the cue adjective, and its subject holds the view (not an unnamed
    convincer, nor a noun inside the clause)."""
    quote = only(quotes_in(sentence), content)
    assert quote.text.startswith(content)
    assert speaker_text(quote) == speaker


def test_a_passive_view_verb_with_an_agent_stays_the_agents() -> None:
    """'were convinced by the manager to replant': the manager did the convincing."""
    sentence = "The growers were convinced by the co-op manager to replant the hillside."
    quote = only(quotes_in(sentence), "to replant")
    assert speaker_text(quote) == "the co-op manager"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        (
            "The skippers are skeptical of the plan and not inclined to back it.",
            "inclined",
            "The skippers",
        ),
        (
            "Ortiz spent the day at the pier, confident that the ferry would sail.",
            "confident",
            "Ortiz",
        ),
        ("Fishermen, angry about the tax, blocked the pier.", "angry", "Fishermen"),
        ("The guild backs skippers willing to fish in winter.", "willing", "skippers"),
    ],
)
def test_an_adjective_without_a_subject_of_its_own_is_held_by_the_noun_or_clause_it_joins(
    sentence: str, cue: str, speaker: str
) -> None:
    """A coordinated adjective, one set off after its clause and one after its noun share
    that clause's subject or are that noun's; the noun's name stops before the adjective."""
    quote = next(q for q in quotes_in(sentence) if q.cue is not None and q.cue.text == cue)
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("Ortiz's doubts about the ferry deal grew.", "doubts", "Ortiz's", "the ferry deal"),
        (
            "The guild's embrace of the plan surprised the council.",
            "embrace",
            "The guild's",
            "the plan",
        ),
        ("Fishermen had doubts about the ferry deal.", "doubts", "Fishermen", "the ferry deal"),
        ("The skippers expressed anxiety about the storm.", "anxiety", "The skippers", "the storm"),
    ],
)
def test_cue_nouns_held_by_their_owner_or_the_subject_of_their_light_verb(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    quote = next(q for q in quotes_in(sentence) if q.cue is not None and q.cue.text == cue)
    assert quote.text == content
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("There were complaints that the pier was unsafe.", "complaints", "the pier was unsafe"),
        ('Chants of "Close the pier!" filled the square.', "Chants", "Close the pier!"),
    ],
)
def test_a_cue_noun_that_needs_no_owner_is_a_view_held_by_no_one_named(
    sentence: str, cue: str, content: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is None


def test_a_cue_noun_that_needs_an_owner_is_no_attribution_without_one() -> None:
    assert quotes_in("The doubts about the ferry deal grew.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortiz said in a statement that the pier was safe.",
        "Ortiz wrote in a letter to the council that the pier was safe.",
    ],
)
def test_a_clause_hung_on_the_noun_of_the_cues_phrase_is_its_content(sentence: str) -> None:
    """The parse hangs 'that the pier was safe' on 'statement'; it is what Ortiz said, and
    the statement, carried by the cue verb, is no attribution of its own."""
    quotes = quotes_in(sentence)
    assert len(quotes) == 1
    assert quotes[0].text == "the pier was safe"
    assert speaker_text(quotes[0]) == "Ortiz"


def test_known_as_is_a_view_held_by_no_one_named() -> None:
    quotes = quotes_in("The harbour is known as a haven for smugglers.")
    assert {q.text for q in quotes} == {"The harbour", "a haven for smugglers"}
    assert all(q.cue is not None and q.cue.text == "known" and q.speaker is None for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("The guild is looking to block the deal.", "looking", "The guild", "to block the deal"),
        ("Ortiz named the harbour master as her deputy.", "named", "Ortiz", "her deputy"),
    ],
)
def test_look_to_and_name_as(sentence: str, cue: str, speaker: str, content: str) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.cue is not None and quote.cue.text == cue
    assert speaker_text(quote) == speaker


def test_a_question_left_open_is_no_view_but_a_worry_about_it_is() -> None:
    assert quotes_in("It is not clear how the pier fell.") == []
    quote = only(quotes_in("The skippers are nervous about what might happen."), "what might")
    assert quote.cue is not None and quote.cue.text == "nervous"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [("Ortiz said so.", "said", "so"), ("He doesn't think so.", "think", "so")],
)
def test_a_word_standing_for_a_clause_is_the_content(sentence: str, cue: str, content: str) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.text == content
    assert quote.cue is not None and quote.cue.text == cue


def test_so_after_a_verb_that_takes_no_clause_is_no_attribution() -> None:
    assert quotes_in("Ortiz did so on Monday.") == []


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
    assert speaker_text(quote) == speaker


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
    assert speaker_text(quote) == speaker


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
    """The time phrase the parse also hung there ('since spring') is no part of it."""
    _, quotes = quotes_of("Ortiz has been making the case since spring that the pier is not ready.")
    quote = only(quotes, "the pier is not ready")
    assert quote.text == "the pier is not ready"
    assert quote.cue is not None and quote.cue.text == "case"
    assert speaker_text(quote) == "Ortiz"


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
    assert speaker_text(outer) == outer_speaker
    assert outer.start <= nested.start and nested.end <= outer.end
    assert nested.kind == "indirect"
    assert speaker_text(nested) == inner_speaker
    assert nested.cue is not None and nested.cue.text == cue


def test_the_one_asked_is_not_the_speaker() -> None:
    _, quotes = quotes_of("Ortiz was asked whether the ferry would sail on Monday.")
    quote = only(quotes, "the ferry would sail")
    assert quote.cue is not None and quote.cue.text == "asked"
    assert quote.speaker is None


def test_a_passive_cue_names_its_agent_as_the_speaker() -> None:
    _, quotes = quotes_of("Ortiz was told by the harbour master that the ferry would sail.")
    quote = only(quotes, "the ferry would sail")
    assert speaker_text(quote) == "the harbour master"


def test_a_cue_coordinated_under_a_pronoun_stays_in_the_content_and_is_read_apart() -> None:
    """PolNeAR keeps a coordinated clause with a pronoun subject in the content (train
    101-840: 84 of 85 such cues); the inner cue is still an attribution of its own, nested."""
    _, quotes = quotes_of(
        "Ortiz said the worst offender on tolls is Mayor Vell, and she railed against the "
        "council for failing to cut the toll."
    )
    said = only(quotes, "the worst offender")
    assert said.cue is not None and said.cue.text == "said"
    assert "she railed against the council" in said.text
    railed = next(q for q in quotes if q.cue is not None and q.cue.text == "railed")
    assert "the council" in railed.text


def test_a_quote_after_a_paragraph_closed_by_a_colon_takes_its_cue() -> None:
    _, quotes = quotes_of(
        "In a release earlier this month, the harbour guild said about its inclusion of the "
        "ferry plan in the latest draft of its budget:\n\n"
        '"The budget goes further than any previous budget on ferry service to the islands."'
    )
    quote = only(quotes, "goes further")
    assert quote.kind == "direct"
    assert speaker_text(quote) == "the harbour guild"
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
    assert speaker_text(transcript) == "Matthews"
    assert all("toll rises again" not in q.text for q in quotes)


def test_recalling_an_envoy_is_no_speech_but_recalling_that_is() -> None:
    _, quotes = quotes_of(
        "Peru recalled its ambassador from Chile on Monday. "
        "Rojas recalled that the talks had failed in 2019."
    )
    assert [(q.speaker.text, q.text) for q in quotes] == [("Rojas", "the talks had failed in 2019")]


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("Ortiz is a staunch supporter of the ferry line.", "supporter", "Ortiz", "the ferry"),
        ("The guild has been a vocal critic of the pier tax.", "critic", "The guild", "the pier"),
        ("Ortiz remains a proponent of a harbour wall.", "proponent", "Ortiz", "a harbour"),
    ],
)
def test_a_noun_naming_who_holds_a_view_is_read_as_a_predicate(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.cue is not None and quote.cue.text == cue
    assert speaker_text(quote) == speaker
    assert quote.cue_class == "stance"


def test_a_holder_noun_in_apposition_is_no_attribution() -> None:
    """'Ortiz, a supporter of the ferry line, ...': PolNeAR marks the predicate use, rarely the
    apposition (train 101-840: 1 of 6 appositions read so was gold)."""
    assert quotes_in("Ortiz, a supporter of the ferry line, visited the pier.") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The school board urged a full review of the bus contract.",
            "urged",
            "The school board",
            "a full review",
            "speech",
        ),
        (
            "The water authority issued new limits on garden sprinklers.",
            "issued",
            "The water authority",
            "new limits",
            "speech",
        ),
        (
            "The principal clarified the timetable for the spring exams.",
            "clarified",
            "The principal",
            "the timetable",
            "speech",
        ),
        (
            "The inspector singled out the bakery on Elm Street.",
            "singled out",
            "The inspector",
            "the bakery",
            "stance",
        ),
        (
            "The union cast the new rota as a victory for night nurses.",
            "cast",
            "The union",
            "a victory",
            "speech",
        ),
    ],
)
def test_cue_verbs_mined_in_the_seventeenth_round(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    """Rows whose frame is a gold cue at least half the times it occurs in PolNeAR train
    101-840 (urge + object 7/7, issue + object 22/42, clarify 3/5, single out 3/5, cast as
    11/20)."""
    assert_attributed(sentence, cue, speaker, content, cue_class)


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The harbour board would like to extend the ferry timetable.",
            "like",
            "The harbour board",
            "to extend",
            "intention",
        ),
        (
            "Few growers expected a frost so late in April.",
            "expected",
            "Few growers",
            "a frost",
            "belief",
        ),
        (
            "The new librarian knows how to run a reading club.",
            "knows",
            "The new librarian",
            "how to run",
            "belief",
        ),
        (
            "The retired teacher campaigned for a new library.",
            "campaigned",
            "The retired teacher",
            "a new library",
            "stance",
        ),
        (
            "The harbour master disagreed with the pilots about the tides.",
            "disagreed",
            "The harbour master",
            "the pilots",
            "stance",
        ),
        (
            "The coach is thinking about a new training ground.",
            "thinking",
            "The coach",
            "a new training ground",
            "belief",
        ),
        (
            "The skipper thanked the volunteers for their help.",
            "thanked",
            "The skipper",
            "the volunteers",
            "speech",
        ),
        (
            "Older fishermen still remember the great storm of 1987.",
            "remember",
            "Older fishermen",
            "the great storm",
            "belief",
        ),
        (
            "The council did not rule out a second ferry line.",
            "rule out",
            "The council",
            "a second ferry line",
            "intention",
        ),
        (
            "Most growers hate the new water levy.",
            "hate",
            "Most growers",
            "the new water levy",
            "stance",
        ),
        (
            "The candidate quickly disavowed the leaflet about the harbour.",
            "disavowed",
            "The candidate",
            "the leaflet",
            "stance",
        ),
        (
            "The inspector noticed that the pier was sinking.",
            "noticed",
            "The inspector",
            "the pier",
            "belief",
        ),
        (
            "The guild asserted its claim to the old quay.",
            "asserted",
            "The guild",
            "its claim",
            "speech",
        ),
    ],
)
def test_cue_verbs_mined_in_the_twentieth_round(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    """Frames that are a gold cue in most of their unread uses in PolNeAR train 101-840 and
    dev (like + infinitive 10/12, dev 2/2; expect + object 5/7, 1/1; know + infinitive 3/3,
    1/1; campaign for 5/6, 1/2; disagree with/on/over 5/6, 1/1;
    rule out 4/4, 1/1; with no dev use: think about 7/8, thank + object 9/10, remember + object
    4/4, hate + object 3/4, disavow 3/4, notice + clause 3/3, assert + object 3/4)."""
    assert_attributed(sentence, cue, speaker, content, cue_class)


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("Mayor Ortiz reminded the council of the storm.", "reminded", "Mayor Ortiz", "the storm"),
        (
            "Lena Ortiz repeatedly reminded voters of her record on the harbour.",
            "reminded",
            "Lena Ortiz",
            "her record on the harbour",
        ),
        (
            "The guild warned fishermen of the coming gale.",
            "warned",
            "The guild",
            "the coming gale",
        ),
        (
            "The ferry company informed passengers of the delay.",
            "informed",
            "The ferry company",
            "the delay",
        ),
    ],
)
def test_what_an_addressee_was_told_of_is_the_content(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    """'reminded voters | of X': the parse hangs the cue's 'of' on its object, the addressee;
    what they were told of is what was said, and the addressee is none of it (PolNeAR train
    101-840: 11 gold attributions of remind, tell and ask read so, none added in error)."""
    quote = only(quotes_in(sentence), content)
    assert quote.text == content
    assert quote.cue is not None and quote.cue.text == cue
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            'Mayor Ortiz also played up her record on the harbour: "Who rebuilt the ferry dock? '
            'We did."',
            "Mayor Ortiz",
            "Who rebuilt the ferry dock? We did.",
        ),
        (
            'The first three callers ranged from puzzled to angry: "Why is the pier still closed?"',
            "The first three callers",
            "Why is the pier still closed?",
        ),
        (
            "The dock workers' union struck a defiant tone on Monday: \"We will not unload a "
            'single ship."',
            "The dock workers' union",
            "We will not unload a single ship.",
        ),
    ],
)
def test_a_quote_after_a_sentence_closed_by_a_colon_is_its_subjects(
    sentence: str, speaker: str, content: str
) -> None:
    """A sentence with a subject that a colon closes introduces the quote after it, whatever
    its verb and however far the verb stands from the colon (PolNeAR train 101-840: 4 misses,
    3 extras and 5 wrong speakers fixed, 1 wrong speaker added; dev 2 misses fixed)."""
    quote = only(quotes_in(sentence), content)
    assert quote.kind == "direct"
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The harbour board voted to raise the mooring fees.",
            "The harbour board",
            "to raise the mooring fees",
        ),
        ("The council voted to close the old pier.", "The council", "to close the old pier"),
    ],
)
def test_voting_to_do_something_is_a_stance(sentence: str, speaker: str, content: str) -> None:
    """'voted to end the filibuster': vote + infinitive is a gold cue in all 5 of its unread
    uses in PolNeAR train 101-840 (none on dev)."""
    quote = only(quotes_in(sentence), content)
    assert quote.text == content
    assert quote.cue is not None and quote.cue.text == "voted"
    assert speaker_text(quote) == speaker
    assert quote.cue_class == "stance"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        (
            "The harbour board looked to cut the mooring fees.",
            "looked",
            "The harbour board",
            "to cut the mooring fees",
        ),
        (
            "Mayor Ortiz sought on Monday to calm the angry fishermen.",
            "sought",
            "Mayor Ortiz",
            "to calm the angry fishermen",
        ),
    ],
)
def test_an_infinitive_the_parse_takes_for_a_purpose_is_the_aim(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    """'looked to stop the bleeding', 'sought on Wednesday to ease worries': the parse hangs the
    infinitive a cue row allows as a purpose clause; it is what the cue introduces (PolNeAR
    train 101-840: 9 misses fixed, no extra net; dev: 3 misses fixed)."""
    quote = only(quotes_in(sentence), content)
    assert quote.text == content
    assert quote.cue is not None and quote.cue.text == cue
    assert speaker_text(quote) == speaker
    assert quote.cue_class == "intention"


def test_the_addressees_own_phrase_is_not_what_a_clause_told_them() -> None:
    """'reminded members of the council that ...': with a clause to say, the 'of' phrase
    names who the addressees are, not what they were reminded of."""
    quote = only(
        quotes_in("Mayor Ortiz reminded members of the harbour board that the vote was due."),
        "the vote was due",
    )
    assert quote.text == "the vote was due"
    assert speaker_text(quote) == "Mayor Ortiz"


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("Rojas recalled the storm that flooded the harbour.", "Rojas", "the storm"),
        ("Ortiz recalled a visit to the pier by her father.", "Ortiz", "a visit to the pier"),
    ],
)
def test_a_recalled_thing_is_what_was_told_but_a_recalled_envoy_is_not(
    sentence: str, speaker: str, content: str
) -> None:
    """'recalled a visit to his church': memories told (PolNeAR train 101-840: 20 of 27 such
    objects gold); 'Peru recalled its ambassador' names an envoy and 'recalled 2 million cars'
    goods: no speech."""
    assert_attributed(sentence, "recalled", speaker, content, "speech")
    assert quotes_in("Peru recalled its ambassador and two envoys from Chile.") == []
    assert quotes_in("The Harbour Motor Company recalled 40,000 vans on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightmoor recalled the infant formula after two babies fell ill.",
        "The carmaker recalled thousands of vans over a brake fault.",
        "The firm recalled the faulty lamps on Tuesday.",
    ],
)
def test_a_product_recall_is_no_speech(sentence: str) -> None:
    """Goods a maker takes back are no memory told: a product word ('the infant formula'), a
    count of things ('thousands of vans') or a seller as subject ('the firm recalled the faulty
    lamps')."""
    assert quotes_in(sentence) == []


def test_a_recalled_memory_is_still_told_beside_a_product_recall() -> None:
    """'recalled one of her visits' counts no goods and a person recalls it: the memory stays
    the one quote."""
    quotes = quotes_in(
        "Ortiz recalled one of her visits to the pier. The firm recalled the faulty lamps."
    )
    assert [(speaker_text(q), q.text) for q in quotes] == [
        ("Ortiz", "one of her visits to the pier")
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The guild discussed how the ferry could be saved.",
            "discussed",
            "The guild",
            "how the ferry could be saved",
            "speech",
        ),
        (
            "Ortiz outlined how she would pay for the pier.",
            "outlined",
            "Ortiz",
            "how she would pay for the pier",
            "speech",
        ),
        (
            "The guild denounced what it called a reckless toll.",
            "denounced",
            "The guild",
            "what it called a reckless toll",
            "stance",
        ),
    ],
)
def test_a_wh_clause_is_what_a_speech_or_stance_verb_takes(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    """'discussed how to escalate', 'denounced what he called a breach': an indirect question or
    a free relative the parse hangs as a clause is the object of a verb of speech or stance
    (PolNeAR train 101-840 and dev: 16 of 22 such clauses gold); under a verb of memory or
    wanting it is not ('remember how far we have come': 4 of 16)."""
    assert_attributed(sentence, cue, speaker, content, cue_class)
    assert quotes_in("Ortiz remembered how the old pier looked.") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The harbour board identified the missing trawler as the Santa Lucia.",
            "identified",
            "The harbour board",
            "the missing trawler",
            "speech",
        ),
        (
            "Mayor Ortiz requested a recount of the ferry vote.",
            "requested",
            "Mayor Ortiz",
            "a recount of the ferry vote",
            "speech",
        ),
        (
            "Most of the fishermen viewed the toll favourably.",
            "viewed",
            "Most of the fishermen",
            "the toll",
            "belief",
        ),
    ],
)
def test_an_object_is_what_identify_request_and_view_take(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    """'identified the judge as ...', 'requested a recount', 'viewing him favourably': on PolNeAR
    train 101-840 the gold reads these objects 23 times in 39 uses outside another report's
    content (inside one the gold never nests an attribution, so those uses do not count)."""
    assert_attributed(sentence, cue, speaker, content, cue_class)


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "Ana Ruiz campaigned with a popular mayor who had endorsed the pier plan.",
            "endorsed",
            "a popular mayor",
            "the pier plan",
            "stance",
        ),
        (
            "In a statement defending the harbour master, the guild asked for calm.",
            "defending",
            "the guild",
            "the harbour master",
            "stance",
        ),
    ],
)
def test_a_view_under_a_phrase_the_cue_does_not_read_is_its_own(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    """A stance inside a prepositional phrase of a cue that reads no such phrase ('campaigned
    with | a mayor who endorsed X': campaign reads 'for' and 'against') is no part of what that
    cue says, so it is an attribution of its own; one inside a phrase the cue reads stays
    inside it ('Ortiz said she plans to run')."""
    assert_attributed(sentence, cue, speaker, content, cue_class)
    quote = only(quotes_in("Ortiz argued for a toll that would fund the pier."), "a toll")
    assert quote.cue is not None and quote.cue.text == "argued"
