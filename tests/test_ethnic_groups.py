"""Ethnic and sectarian groups named with no country of their own ("Shona rebels"): coded by
the one homeland of theirs that the sentence names, else left uncoded."""

from __future__ import annotations

import pytest

from eventwire.pipeline import analyze


def actor_named(text: str, words: str):
    """The event actor whose text starts with `words`."""
    analysis = analyze(text, published="2024-03-05")
    actors = [a for e in analysis.events for a in [*e.source, *e.target]]
    return next(actor for actor in actors if actor.text.startswith(words))


@pytest.mark.parametrize(
    ("text", "words", "code", "evidence"),
    [
        ("Zimbabwe's army attacked Shona rebels.", "Shona rebels", "ZWEREB", "Zimbabwe"),
        ("Sri Lankan troops shelled Tamil rebels.", "Tamil rebels", "LKAREB", "Sri Lankan"),
        (
            "Burmese soldiers captured Karen guerrillas on Monday.",
            "Karen guerrillas",
            "MMRREB",
            "Burmese",
        ),
    ],
)
def test_a_group_takes_the_one_homeland_its_sentence_names(
    text: str, words: str, code: str, evidence: str
) -> None:
    actor = actor_named(text, words)
    assert actor.code == code
    assert actor.code_from.rule == "ethnic_home"
    assert actor.code_from.text == evidence


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no homeland named: the group lives in more than one country
        ("Kurdish fighters attacked a convoy on Monday.", "Kurdish fighters"),
        # two homelands named: which one is theirs is not said
        ("Kurdish fighters clashed with Turkish troops near the Iraqi border.", "Kurdish fighters"),
        # a country of refugees' hosts is not theirs
        ("Bangladesh police arrested Rohingya refugees on Friday.", "Rohingya refugees"),
    ],
)
def test_a_group_without_one_homeland_named_stays_uncoded(text: str, words: str) -> None:
    assert actor_named(text, words).code is None


def test_a_group_placed_by_its_own_words_in_another_country_is_not_given_a_homeland() -> None:
    actor = actor_named("Kurdish protesters in Germany denounced Turkey.", "Kurdish protesters")
    assert actor.code == "DEUCVL"  # where they protest, as for any protesters; not TUR


def test_a_person_with_a_group_s_name_is_no_group() -> None:
    actor = actor_named("Karen Ndlovu criticised Myanmar's army on Monday.", "Karen")
    assert actor.code_from is None or actor.code_from.rule != "ethnic_home"


def test_a_group_in_a_story_set_in_one_of_its_homelands_takes_that_country() -> None:
    text = (
        "QUETTA, Pakistan\n"
        "Gunmen stopped a bus near Quetta on Tuesday. "
        "The gunmen then asked passengers of Punjabi ethnicity to step off the bus. "
        "Police in Quetta said the attack was the third this month in Pakistan."
    )
    actor = actor_named(text, "passengers of Punjabi ethnicity")
    assert actor.code == "PAK"
    assert actor.code_from.rule == "setting"


def test_a_group_in_a_story_set_where_it_is_hosted_stays_uncoded() -> None:
    text = (
        "DHAKA, Bangladesh\n"
        "Police detained Rohingya refugees near Dhaka on Tuesday. "
        "Officials in Dhaka said the camps in Bangladesh were full."
    )
    assert actor_named(text, "Rohingya refugees").code is None
