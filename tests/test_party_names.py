"""People and bodies named by a party whose name says nothing of its country ("Democrats",
"the GOP", "Senate Republicans") take the party's country where the article is about it,
`code_from` rule "party_name"; another party's name ("Social Democrats", "Republican Guard")
or an article about another country leaves them uncoded. Articles are invented for these
tests."""

from __future__ import annotations

from news_events import actors_named, events_of

CAPITAL_STORY = (
    "WASHINGTON - President Barack Obama met Senator Ana Costa at the White House on Tuesday. "
    "{} "
    "The Treasury Department said the budget would be sent to Congress in March."
)
BERLIN_STORY = (
    "BERLIN - Chancellor Angela Merkel met German ministers on Tuesday. "
    "{} "
    "The Bundestag will vote on the budget in March."
)


def test_democrats_in_an_article_about_the_united_states_are_its_party() -> None:
    events = events_of(
        CAPITAL_STORY.format("Democrats walked out of the budget talks with the White House.")
    )
    (democrats,) = actors_named(events, "Democrats")
    assert democrats.code == "USAPTY"
    assert democrats.code_from is not None and democrats.code_from.rule == "party_name"
    assert democrats.code_from.text == "Democrats"


def test_party_members_keep_their_own_role() -> None:
    events = events_of(
        CAPITAL_STORY.format("Senate Republicans criticized the Treasury Department.")
    )
    assert [a.code for a in actors_named(events, "Senate Republicans")] == ["USALEG"]
    events = events_of(CAPITAL_STORY.format("The GOP condemned the Treasury Department."))
    assert [a.code for a in actors_named(events, "The GOP")] == ["USAPTY"]


def test_a_chamber_described_by_its_majority_is_the_legislature() -> None:
    """A chamber named with its majority ("the Republican Senate") is the chamber, LEG."""
    events = events_of(CAPITAL_STORY.format("The Republican Senate rejected the Treasury plan."))
    assert [a.code for a in actors_named(events, "The Republican Senate")] == ["USALEG"]
    events = events_of(CAPITAL_STORY.format("The Democratic Caucus condemned the Treasury plan."))
    assert [a.code for a in actors_named(events, "The Democratic Caucus")] == ["USAPTY"]


def test_another_partys_name_is_not_the_party() -> None:
    events = events_of(
        CAPITAL_STORY.format(
            "The Republican Guard attacked the White House. Democrats condemned it."
        )
    )
    assert [a.code for a in actors_named(events, "The Republican Guard")] == [None]
    assert {a.code for a in actors_named(events, "Democrats")} == {"USAPTY"}
    events = events_of(BERLIN_STORY.format("The Social Democrats criticized Merkel."))
    assert [a.code for a in actors_named(events, "The Social Democrats")] == [None]


def test_only_an_article_about_the_partys_country_gives_it_that_country() -> None:
    sentence = "Democrats criticized the plan on Wednesday."
    assert {
        a.code for a in actors_named(events_of(CAPITAL_STORY.format(sentence)), "Democrats")
    } == {"USAPTY"}
    assert [
        a.code for a in actors_named(events_of(BERLIN_STORY.format(sentence)), "Democrats")
    ] == [None]


TWO_COUNTRY_STORY = (
    "Turkey and the United States traded threats over missiles on Monday. "
    "Washington warned Ankara about the Russian deal. {} "
    "Republicans accused Ankara of betraying NATO."
)


def test_a_party_beside_its_country_in_a_story_about_two_countries_is_its_party() -> None:
    """A story about no one country: "Republicans" are the US party where their sentence or
    the one before names a US actor, and stay uncoded where neither does."""
    events = events_of(TWO_COUNTRY_STORY.format("The U.S. Senate voted to punish Turkey."))
    (republicans,) = actors_named(events, "Republicans")
    assert republicans.code == "USAPTY"
    assert republicans.code_from is not None and republicans.code_from.rule == "party_name"
    events = events_of(TWO_COUNTRY_STORY.format("Critics in Istanbul said the deal was costly."))
    assert [a.code for a in actors_named(events, "Republicans")] == [None]
