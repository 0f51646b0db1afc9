"""Cue nouns, light verbs carrying them, and an opening 'To X,' that PolNeAR reads as
attribution and the codebook lacked until the twenty-fifth round (issue 17); on sentences
written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import assert_attributed, only, quotes_in, speaker_text


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The mayor's decision to close the pier angered the fishermen.",
            "decision",
            "The mayor's",
            "to close the pier",
            "intention",
        ),
        (
            "Voters' views of the harbour board have soured.",
            "views",
            "Voters",
            "the harbour board",
            "belief",
        ),
        (
            "Ortiz's claim to be the pier's only defender drew laughs.",
            "claim",
            "Ortiz's",
            "to be the pier's only defender",
            "speech",
        ),
        (
            "The guild's disagreement with the council over fees dragged on.",
            "disagreement",
            "The guild's",
            "the council over fees",
            "stance",
        ),
    ],
)
def test_a_cue_noun_new_to_the_codebook_is_its_owners_view(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    assert_attributed(sentence, cue, speaker, content, cue_class)


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "Ortiz made the point that the ferry costs too much.",
            "point",
            "Ortiz",
            "the ferry costs too much",
            "speech",
        ),
        (
            "The guild had misgivings about the new ferry schedule.",
            "misgivings",
            "The guild",
            "the new ferry schedule",
            "belief",
        ),
        (
            "Ortiz delivered a sharp critique of the harbour budget.",
            "critique",
            "Ortiz",
            "the harbour budget",
            "stance",
        ),
        (
            "The fishermen filed a lawsuit against the harbour board.",
            "lawsuit",
            "The fishermen",
            "the harbour board",
            "stance",
        ),
        (
            "Ortiz has not taken a position on the pier.",
            "position",
            "Ortiz",
            "the pier",
            "stance",
        ),
        (
            "The mayor made a prediction that the pier would reopen by May.",
            "prediction",
            "The mayor",
            "the pier would reopen by May",
            "belief",
        ),
        (
            "The council has not made a decision on the ferry.",
            "decision",
            "The council",
            "the ferry",
            "intention",
        ),
    ],
)
def test_a_light_verbs_subject_holds_the_cue_noun_it_carries(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    """'made the point that', 'had misgivings about', 'delivered a critique of', 'filed a
    lawsuit against', 'taken a position on': the noun is the cue, the verb's subject its holder."""
    assert_attributed(sentence, cue, speaker, content, cue_class)


def test_support_thrown_behind_someone_is_the_throwers_stance() -> None:
    quote = only(quotes_in("Rosa Ortiz threw her support behind the ferry plan."), "ferry")
    assert quote.cue is not None and quote.cue.text == "support"
    assert quote.text == "the ferry plan"
    assert quote.speaker is not None and quote.speaker.name == "Rosa Ortiz"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Support for the new pier has grown in Halvik.", "Support", "the new pier"),
        (
            "Allegations that the harbour master took bribes have shaken the town.",
            "Allegations",
            "the harbour master took bribes",
        ),
        ("Opposition to the new ferry fee has grown in Halvik.", "Opposition", "the new ferry fee"),
        (
            "The criticism of the harbour budget came from every side.",
            "criticism",
            "the harbour budget",
        ),
        (
            "Nobody has settled the question of whether the pier can be saved.",
            "question",
            "whether the pier can be saved",
        ),
    ],
)
def test_a_cue_noun_with_no_owner_attributes_its_complement_to_no_one_named(
    sentence: str, cue: str, content: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.text == content
    assert speaker_text(quote) is None


def test_ripping_someone_is_a_stance_on_them() -> None:
    assert_attributed(
        "Ortiz ripped the council over the delay.",
        "ripped",
        "Ortiz",
        "the council over the delay",
        "stance",
    )


def test_a_sentence_opening_to_a_person_is_that_persons_view_and_no_other_opening_is() -> None:
    """'To Ortiz, ...' is Ortiz's view; 'To date', 'To Halvik' (a place) and 'For Ortiz' are
    no opening cue."""
    assert_attributed(
        "To Ortiz, the pier is a landmark worth saving.",
        "To",
        "Ortiz",
        "the pier is a landmark worth saving",
        "belief",
    )
    for sentence in (
        "To date, the council has spent three million kroner on the pier.",
        "To Halvik, the storm brought ruin.",
        "For Ortiz, the vote was a triumph.",
    ):
        cues = [q.cue.text for q in quotes_in(sentence) if q.cue is not None]
        assert "To" not in cues and "For" not in cues
