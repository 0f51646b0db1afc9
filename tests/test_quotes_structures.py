"""Attributions mined from PolNeAR's train split (issue 17, recall): cues the structure hid (a
cue under a verb that takes no such complement, in a subordinate clause, a raising verb with
an empty subject, a 'for ... to' clause), particle verbs, cue nouns under light verbs and
verbs closed by a colon; on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_in, speaker_text


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "Ortiz continued to question whether the pier is safe.",
            "question",
            "Ortiz",
            "whether the pier is safe",
            "stance",
        ),
        (
            "Harbour polls continue to show that the mayor leads.",
            "show",
            "Harbour polls",
            "the mayor leads",
            "evidence",
        ),
        (
            "The guild continued to defend the ferry plan.",
            "defend",
            "The guild",
            "the ferry plan",
            "stance",
        ),
    ],
)
def test_a_cue_under_a_verb_that_takes_no_infinitive_is_an_attribution_of_its_own(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert (quote.cue.text, quote.speaker.text, quote.cue_class) == (cue, speaker, cue_class)


def test_a_view_under_a_cue_that_takes_the_infinitive_stays_inside_it() -> None:
    quotes = quotes_in("Ortiz vowed to oppose the ferry plan.")
    assert [(q.cue.text, q.text) for q in quotes] == [("vowed", "to oppose the ferry plan")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("It seems that the pier will close in May.", "the pier will close in May"),
        ("It appeared the mayor had won the harbour vote.", "the mayor had won the harbour vote"),
        ("It seems like no pier will be spared.", "no pier will be spared"),
    ],
)
def test_a_raising_verb_with_an_empty_subject_holds_its_clause_for_no_one(
    sentence: str, content: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert (quote.text, quote.speaker, quote.cue_class) == (content, None, "belief")


def test_a_raising_verb_with_a_participle_holds_its_subject_and_the_participle() -> None:
    quotes = quotes_in("The harbour union appeared paralyzed.")
    assert sorted(q.text for q in quotes) == ["The harbour union", "paralyzed"]
    assert {(q.cue.text, q.speaker) for q in quotes} == {("appeared", None)}


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("Ortiz appeared to blame the crew for the delay.", "blame", "Ortiz", "the crew"),
        (
            "The harbour master seemed to dismiss the report.",
            "dismiss",
            "The harbour master",
            "the report",
        ),
        (
            "Ortiz appeared to suggest that the pier was unsafe.",
            "suggest",
            "Ortiz",
            "the pier was unsafe",
        ),
    ],
)
def test_a_raising_verb_over_a_cue_leaves_the_attribution_to_its_subject(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    quotes = quotes_in(sentence)
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [(cue, speaker)]
    assert quotes[0].text.startswith(content)


def test_a_raising_verb_over_no_cue_still_holds_its_subject_and_infinitive() -> None:
    quotes = quotes_in("The ferry plan seems to work.")
    assert sorted(q.text for q in quotes) == ["The ferry plan", "to work"]
    assert {(q.cue.text, q.speaker) for q in quotes} == {("seems", None)}


def test_a_referring_it_keeps_its_infinitive() -> None:
    quotes = quotes_in("The plan is costly, and it appeared to stall the harbour talks.")
    assert sorted(q.text for q in quotes) == ["it", "to stall the harbour talks"]
    assert {(q.cue.text, q.speaker) for q in quotes} == {("appeared", None)}


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "Ortiz's attack on the ferry plan drew cheers.",
            "attack",
            "Ortiz's",
            "the ferry plan",
            "stance",
        ),
        ("Her mention of the pier surprised the crowd.", "mention", "Her", "the pier", "speech"),
        (
            "The guild's apology for the strike came late.",
            "apology",
            "The guild's",
            "the strike",
            "speech",
        ),
        (
            "Ortiz's reference to the old pier was brief.",
            "reference",
            "Ortiz's",
            "the old pier",
            "speech",
        ),
        ("Ortiz took aim at the ferry plan.", "aim", "Ortiz", "the ferry plan", "stance"),
        ("The guild took a swipe at the mayor.", "swipe", "The guild", "the mayor", "stance"),
        ("Ortiz took credit for the new pier.", "credit", "Ortiz", "the new pier", "stance"),
        ("Ortiz made a plea for calm.", "plea", "Ortiz", "calm", "speech"),
        ("Ortiz made no secret of her anger.", "secret", "Ortiz", "her anger", "speech"),
        ("Ortiz provided details about the deal.", "details", "Ortiz", "the deal", "speech"),
        ("Ortiz made an argument for a new pier.", "argument", "Ortiz", "a new pier", "speech"),
    ],
)
def test_cue_nouns_with_an_owner(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert (quote.cue.text, quote.speaker.text, quote.cue_class) == (cue, speaker, cue_class)


def test_an_attack_no_one_owns_is_no_attribution() -> None:
    assert quotes_in("An attack on the harbour office left two guards injured.") == []


def test_a_shot_at_something_is_no_attribution() -> None:
    assert quotes_in("The harbour team has a shot at the title.") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("The guild lambasted the ferry plan.", "lambasted", "The guild", "the ferry plan"),
        ("Ortiz rebuked the harbour board.", "rebuked", "Ortiz", "the harbour board"),
        ("Ortiz alluded to the flooded pier.", "alluded", "Ortiz", "the flooded pier"),
        ("The skippers pleaded for a new ferry.", "pleaded", "The skippers", "a new ferry"),
        ("The board recommended that the pier close.", "recommended", "The board", "the pier"),
        ("Ortiz cautioned against closing the pier.", "cautioned", "Ortiz", "closing the pier"),
        ("Ortiz hinted at a run for mayor.", "hinted", "Ortiz", "a run for mayor"),
        ("The board declined the guild's offer.", "declined", "The board", "the guild's offer"),
        ("Ortiz criticized the ferry plan as a giveaway.", "criticized", "Ortiz", "a giveaway"),
        ("Ortiz remarked on the ferry delays.", "remarked", "Ortiz", "the ferry delays"),
        ("Ortiz told reporters about the pier.", "told", "Ortiz", "the pier"),
        ("Ortiz pitched herself as a friend of the guild.", "pitched", "Ortiz", "a friend"),
        ("The guild framed the strike as a fight for safety.", "framed", "The guild", "a fight"),
        ("Ortiz touched on the ferry strike.", "touched", "Ortiz", "the ferry strike"),
        ("The guild campaigned against the pier tax.", "campaigned", "The guild", "the pier tax"),
    ],
)
def test_cue_verbs_mined_from_train(sentence: str, cue: str, speaker: str, content: str) -> None:
    quote = only(quotes_in(sentence), content)
    assert (quote.cue.text, quote.speaker.text) == (cue, speaker)


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Ortiz laid out her plan for the pier.", "laid out", "her plan for the pier"),
        ("Ortiz pointed out the flaws in the plan.", "pointed out", "the flaws in the plan"),
        ("Ortiz pointed out that the pier is old.", "pointed out", "the pier is old"),
        ("The guild came out against the ferry plan.", "came out", "the ferry plan"),
        ("Ortiz played down the risk to the pier.", "played down", "the risk to the pier"),
        ("Ortiz opened up about the ferry strike.", "opened up", "the ferry strike"),
        ("The skippers lined up behind Ortiz.", "lined up", "Ortiz"),
        ("Ortiz brushed off the guild's complaints.", "brushed off", "the guild's complaints"),
    ],
)
def test_a_particle_verb_is_a_cue_of_its_own(sentence: str, cue: str, content: str) -> None:
    quote = only(quotes_in(sentence), content)
    assert (quote.cue.text, quote.text) == (cue, content)


@pytest.mark.parametrize(
    "sentence",
    ["Workers laid the pier's new foundation.", "The ferry came out of the fog at dawn."],
)
def test_the_verb_without_its_particle_is_no_cue(sentence: str) -> None:
    assert quotes_in(sentence) == []


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ('The mayor boomed: "Let us open the pier in May."', "boomed", "The mayor"),
        (
            'Asked which pier was best, Ortiz demurred: "Whichever one I am on."',
            "demurred",
            "Ortiz",
        ),
    ],
)
def test_a_verb_closed_by_a_colon_introduces_the_quote_after_it(
    body: str, cue: str, speaker: str
) -> None:
    quote = only([q for q in quotes_in(body) if q.kind == "direct"], "")
    assert (quote.cue.text, quote.speaker.text, quote.cue_class) == (cue, speaker, "speech")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ortiz called for the mayor to resign.", "the mayor to resign"),
        ("The guild called for the records to be made public.", "the records to be made public"),
    ],
)
def test_a_for_to_clause_is_the_content_of_a_cue_that_takes_for(
    sentence: str, content: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.text == content and quote.cue.text == "called"


def test_a_cue_in_a_clause_set_off_by_a_subordinator_is_an_attribution_of_its_own() -> None:
    quotes = quotes_in(
        "After the guild opposed the pier tax, Ortiz reminded voters that she backed it."
    )
    assert {(q.cue.text, q.speaker.text, q.text) for q in quotes} == {
        ("opposed", "the guild", "the pier tax"),
        ("reminded", "Ortiz", "she backed it"),
    }


def test_a_subordinate_clause_inside_what_was_said_stays_in_it() -> None:
    quotes = quotes_in(
        "Ortiz said that when the mayor criticized the guild, the skippers walked out."
    )
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("said", "Ortiz")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "As reported by the Harbour Times, the mayor was told of the leak in March.",
            "the Harbour Times",
            "the mayor was told of the leak in March",
        ),
        (
            "The council closed the pier, as first reported by the Harbour Times.",
            "the Harbour Times",
            "The council closed the pier",
        ),
        (
            "Asked by a reporter whether the pier would reopen, Ortiz smiled.",
            "a reporter",
            "the pier would reopen",
        ),
    ],
)
def test_a_passive_cue_without_a_subject_is_held_by_its_agent(
    sentence: str, speaker: str, content: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_content_that_is_only_a_day_is_no_attribution() -> None:
    quotes = quotes_in("Ortiz promised Sunday at a harbour rally to end the ferry tolls.")
    assert not any(q.text == "Sunday" for q in quotes)


def test_an_as_clause_with_an_object_of_its_own_is_no_cue_set_off() -> None:
    quotes = quotes_in(
        "As the mayor continues his tour of the harbour, the union is planning a strike."
    )
    assert not any("planning a strike" in q.text for q in quotes)
    put_it = only(quotes_in("As Ortiz put it, the pier is finished."), "the pier is finished")
    assert put_it.speaker is not None and put_it.speaker.text == "Ortiz"


def test_a_quote_in_the_next_sentence_goes_on_with_the_speaker_before() -> None:
    quotes = quotes_in(
        "“It is a grim day,” said Ana Ruiz, the harbour master of Port Vell since 2019 and a "
        "former pilot. Unless the council acts soon, “the pier will be lost to the sea.”"
    )
    later = only(quotes, "the pier will be lost")
    assert later.speaker is not None and later.speaker.text == "Ana Ruiz"


def test_a_cue_inside_quote_marks_says_nothing_past_the_closing_mark() -> None:
    quotes = quotes_in(
        "“The council’s new harbour plan is telling loyal ferry pilots that unless they accept "
        "unpaid and unsafe night shifts, they are no longer welcome on the pier,” said Ruiz. "
        "“Apparently, it is not just the pilots whom the council ignores.”"
    )
    assert not any("said Ruiz" in q.text for q in quotes)
    for opening in ("The council’s new", "Apparently"):
        quote = only([q for q in quotes if q.kind == "direct"], opening)
        assert quote.speaker is not None and quote.speaker.text == "Ruiz"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "pieces"),
    [
        (
            "The workers, Ruiz explained earlier in the hearing, were well paid.",
            "explained",
            "Ruiz",
            ["The workers", "were well paid"],
        ),
        (
            "The old pier, as one of the harbour pilots pointed out, is no longer safe.",
            "pointed out",
            "one of the harbour pilots",
            ["The old pier", "is no longer safe"],
        ),
        (
            "If the pier closes, the union warned, the boats will leave.",
            "warned",
            "the union",
            ["If the pier closes", "the boats will leave"],
        ),
        (
            "Instead, Ruiz told the Harbour Times, her plan would be to close the old pier.",
            "told",
            "Ruiz",
            ["Instead", "her plan would be to close the old pier"],
        ),
        (
            "The ferry service, the Harbour Times first reported, is losing money.",
            "reported",
            "the Harbour Times",
            ["The ferry service", "is losing money"],
        ),
        (
            "The new levy, many complain, hurts the poorest families most.",
            "complain",
            "many",
            ["The new levy", "hurts the poorest families most"],
        ),
        (
            "The pier, as the pilots have argued for months, is sinking.",
            "argued",
            "the pilots",
            ["The pier", "is sinking"],
        ),
    ],
)
def test_a_cue_set_off_inside_the_clause_it_reports_attributes_the_words_around_it(
    sentence: str, cue: str, speaker: str, pieces: list[str]
) -> None:
    said = [q for q in quotes_in(sentence) if q.cue is not None and q.cue.text == cue]
    assert [q.text for q in said] == pieces
    assert {speaker_text(q) for q in said} == {speaker}


@pytest.mark.parametrize(
    ("sentence", "cue", "outside"),
    [
        (
            '"We will not sell," Ruiz replied, adding that the guild is "not for sale."',
            "replied",
            "the guild is",
        ),
        ("The guild, which urged a vote on the pier, backed the plan on Monday.", "urged", "guild"),
        (
            "In her letter, Ruiz reminded the council of the storm, which flooded the harbour.",
            "reminded",
            "In her letter",
        ),
    ],
)
def test_a_set_off_cue_that_opens_a_clause_or_takes_a_complement_says_no_words_around_it(
    sentence: str, cue: str, outside: str
) -> None:
    said = [q.text for q in quotes_in(sentence) if q.cue is not None and q.cue.text == cue]
    assert not [text for text in said if outside in text]


def test_a_set_off_clause_with_an_object_of_its_own_is_no_aside() -> None:
    quotes = quotes_in(
        "In Portvale, the guild added 70 wardens along the quay, up from 45 in May, the Harbour"
        " Times reported."
    )
    assert [q.cue.text for q in quotes if "wardens" in q.text] == ["reported"]


def test_according_to_parsed_as_a_fragment_still_attributes_the_clause_after_its_source() -> None:
    quote = only(
        quotes_in("According to harbour pilot Ana Ruiz, the ban reeks of favouritism."), "reeks"
    )
    assert (quote.text, quote.cue.text, speaker_text(quote)) == (
        "the ban reeks of favouritism",
        "According to",
        "harbour pilot Ana Ruiz",
    )


def test_according_to_before_an_adverb_attributes_nothing() -> None:
    assert quotes_in("According to the guild, basically.") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        (
            "The new timetable notwithstanding, most harbour pilots say that the crossings "
            "are late.",
            "say",
            "most harbour pilots",
        ),
        (
            "The guild's warnings aside, the mayor believes the ferry is safe.",
            "believes",
            "the mayor",
        ),
        (  # a floating 'both' only repeats the subject
            "The two ferry captains — who had sailed together for a decade — both claimed "
            "that the channel was silted.",
            "claimed",
            "The two ferry captains",
        ),
        (  # a conjunct hung on a set-off cue shares the clause's subject
            "The pilots, as one of the harbour masters pointed out, criticized the plan twice.",
            "criticized",
            "The pilots",
        ),
    ],
)
def test_a_phrase_set_off_before_a_cues_subject_is_not_its_speaker(
    sentence: str, cue: str, speaker: str
) -> None:
    (quote,) = [q for q in quotes_in(sentence) if q.cue is not None and q.cue.text == cue]
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ruiz said that if the ferry sails, it will sink.", "if the ferry sails, it will sink"),
        (
            "Ortiz warned that unless the council acts, the pier will fall into the sea.",
            "unless the council acts, the pier will fall into the sea",
        ),
        ("The mayor asked whether the bridge was safe.", "whether the bridge was safe"),
        ("Ruiz said that the ferry will sink.", "the ferry will sink"),
        ("The guild called for the mayor to resign.", "the mayor to resign"),
    ],
)
def test_a_content_keeps_the_word_that_makes_it_a_condition_or_a_question(
    sentence: str, content: str
) -> None:
    assert [q.text for q in quotes_in(sentence)] == [content]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"Nobody on this council has ever read the ferry budget," Okafor shot back.', "Okafor"),
        (
            '"The lighthouse keepers will walk out before the winter storms," the union boomed.',
            "the union",
        ),
        (
            '"We rebuilt the harbour wall twice in one decade," recalled the old mayor.',
            "the old mayor",
        ),
    ],
)
def test_a_statement_handed_by_its_comma_to_a_subject_and_verb_is_the_subjects(
    paragraph: str, speaker: str
) -> None:
    (quote,) = quotes_in(paragraph)
    assert quote.kind == "direct"
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    ("paragraph", "verb"),
    [
        (
            '"A Quiet Night on the Northern Pier Road," which Okafor carved in 1990, was sold.',
            "carved",
        ),
        (
            '"The ferry will leave the harbour before the first storm," Okafor waited on the pier.',
            "waited",
        ),
        ('"The Long Walk Home to the Salt Marsh Islands," Okafor filmed last year.', "filmed"),
    ],
)
def test_a_clause_after_a_statement_that_says_more_than_who_spoke_gives_no_cue(
    paragraph: str, verb: str
) -> None:
    assert all(q.cue is None or q.cue.text != verb for q in quotes_in(paragraph))
