"""Story events across outlets: which stored tellings of different articles are one event.

The articles are stored records written for these tests: invented outlets telling invented
events, each with its own wording of the actors."""

from __future__ import annotations

from typing import Any

from eventwire.evaluate.stories import (
    content_word,
    joined,
    mention_chains,
    nearest_stories,
    predict,
    speaker_aliases,
    speaker_of,
)
from eventwire.stories.clustering import Member
from eventwire.stories.coreference import StoredArticle, act_word, story_events, word_stem
from eventwire.stories.features import StoryFeatures


def actor(text: str, code: str | None = None, name: str | None = None) -> dict[str, Any]:
    return {"text": text, "start": 0, "end": len(text), "code": code, "name": name}


def event(
    event_id: str,
    trigger: str,
    cameo: str,
    source: list[dict[str, Any]] | None = None,
    target: list[dict[str, Any]] | None = None,
    day: str | None = None,
) -> dict[str, Any]:
    span = {"text": trigger, "start": 10, "end": 10 + len(trigger)}
    return {
        "id": event_id,
        "sentence": 0,
        "trigger": span,
        "mentions": [span],
        "cameo": cameo,
        "source": source or [],
        "target": target or [],
        "date": {"value": day, "source": "text"} if day else None,
        "place": None,
        "modality": "asserted",
        "asserted_by": None,
    }


def article(number: int, outlet: str, *events: dict[str, Any]) -> StoredArticle:
    day = f"2025-06-{number:02d}"
    return StoredArticle({"id": f"a{number}", "outlet": outlet, "published": day}, list(events))


def grouped(articles: list[StoredArticle]) -> list[list[str]]:
    """The event ids of each story event, in story order."""
    return [[told.event["id"] for told in group] for _, group in story_events("s", articles)]


def test_outlets_that_word_the_actors_differently_tell_one_shooting() -> None:
    articles = [
        article(1, "Harbour Times", event("e1", "shot", "193", [actor("the gunman")],
                                          [actor("a ferry guard")])),
        article(2, "Northern Ledger", event("e2", "shooting", "193",
                                            [actor("a 34-year-old man")], [actor("the guard")])),
        article(3, "Valley Wire", event("e3", "shoots", "193",
                                        [actor("Dale Voss", name="Dale Voss")])),
    ]  # fmt: skip
    assert grouped(articles) == [["e1", "e2", "e3"]]


def test_a_named_victim_joins_two_verbs_for_one_act() -> None:
    victim = "Ines Kalder"
    articles = [
        article(1, "Harbour Times", event("e1", "gunned down", "193",
                                          target=[actor(victim, name=victim)])),
        article(2, "Valley Wire", event("e2", "shot", "193",
                                        target=[actor("the guard", name=victim)])),
    ]  # fmt: skip
    assert grouped(articles) == [["e1", "e2"]]


def test_different_verbs_with_no_named_actor_in_common_stay_apart() -> None:
    """A shooting and the deaths it caused are both violence, and both outlets' victims are
    "people": nothing says they are one act."""
    articles = [
        article(1, "Harbour Times", event("e1", "shot", "193", target=[actor("two people")])),
        article(2, "Valley Wire", event("e2", "killed", "190", target=[actor("two people")])),
    ]
    assert grouped(articles) == [["e1"], ["e2"]]


def test_coded_actors_that_contradict_keep_one_verb_apart() -> None:
    articles = [
        article(1, "Harbour Times", event("e1", "arrested", "173", [actor("police", "FRACOP")],
                                          [actor("a smuggler")])),
        article(2, "Valley Wire", event("e2", "arrested", "173", [actor("police", "DEUCOP")],
                                        [actor("the smuggler")])),
        article(3, "Northern Ledger", event("e3", "arrests", "173",
                                            [actor("border police")])),
    ]  # fmt: skip
    (first, second) = grouped(articles)
    assert first[0] == "e1" and second == ["e2"] and "e3" in first


def test_text_dates_a_week_apart_are_two_events() -> None:
    articles = [
        article(1, "Harbour Times", event("e1", "killed", "190", day="2025-06-01")),
        article(8, "Valley Wire", event("e2", "killing", "190", day="2025-06-08")),
        article(9, "Northern Ledger", event("e3", "kills", "190", day="2025-06-02")),
    ]
    assert grouped(articles) == [["e1", "e3"], ["e2"]]


def test_outlets_that_name_one_act_with_different_words_tell_one_killing() -> None:
    articles = [
        article(1, "Harbour Times", event("e1", "killed", "190", target=[actor("a guard")])),
        article(2, "Valley Wire", event("e2", "murdered", "190", target=[actor("the guard")])),
        article(3, "Northern Ledger", event("e3", "slaying", "190")),
    ]
    assert grouped(articles) == [["e1", "e2", "e3"]]


def test_act_word_gathers_the_words_of_one_act() -> None:
    assert act_word("murdered") == act_word("killings") == act_word("slain")
    assert act_word("tremors") == act_word("quake") == act_word("earthquake")
    assert act_word("died") == act_word("death") != act_word("killed")
    assert act_word("attacked") != act_word("shot")
    assert act_word("suicide") == act_word("died") == act_word("hanged")
    assert act_word(content_word("passed away")) == act_word("succumbed") == act_word("died")
    assert act_word("fled") == act_word("escaped") == act_word("fleeing")
    assert act_word("discovered") == act_word("found")
    assert act_word("defeated") == act_word("victory") == act_word("won")
    assert act_word("told") == act_word("said") == act_word("according")
    assert act_word("heist") == act_word("robbery") != act_word("stole")
    assert act_word("severed") == act_word("cut")
    assert act_word("negotiations") == act_word("talks")
    assert act_word("razed") == act_word("destroyed") != act_word("damaged")
    assert act_word("issued") == act_word("released") != act_word("freed")
    assert act_word("placed") == act_word("put")


def test_word_stem_takes_a_noun_back_to_its_verb() -> None:
    """Outlets name one act by its verb or by its noun: "exploded" and "explosion"."""
    assert word_stem("explosion") == word_stem("exploded") == word_stem("explodes")
    assert word_stem("elections") == word_stem("elected")
    assert word_stem("negotiations") == word_stem("negotiating")
    assert word_stem("settlement") == word_stem("settled")
    assert word_stem("admission") != word_stem("admitted")  # no "admid"
    assert word_stem("nation") == "nation"  # too short a stem to be a verb's


def test_word_stem_cuts_inflection_from_every_word() -> None:
    assert {word_stem(text) for text in ("killed", "killing", "kills", "Kill")} == {"kill"}
    assert word_stem("opened fire") == word_stem("Opening fire")
    assert word_stem("shot") == word_stem("shooting") == word_stem("shoots") != word_stem("shut")
    assert word_stem("gunned down") == word_stem("gunning down") != word_stem("shot")
    assert word_stem("arrests") == word_stem("arrested") != word_stem("attacked")
    assert word_stem("pass") == word_stem("passed") == word_stem("passes")
    assert word_stem("dismiss") == word_stem("dismissed")


def gold_mention(start: int, text: str) -> dict[str, Any]:
    return {"start": start, "end": start + len(text), "text": text, "chain": "g", "validated": True}


def speech(start: int, end: int, cue_class: str = "speech", **speaker: str) -> dict[str, Any]:
    """One of our quotes whose cue spans start to end, said by `speaker` (name or text)."""
    return {"cue": {"start": start, "end": end}, "cue_class": cue_class, "speaker": speaker}


def test_eval_chains_join_story_events_words_and_speakers() -> None:
    """A story event joins its mentions' words ("slaying" and "killed"); a word joins mentions
    we code no event for ("killing"); two speakers' "said" stay two sayings."""
    first = {
        "id": "a1",
        "mentions": [gold_mention(10, "killed"), gold_mention(40, "said")],
    }
    second = {
        "id": "a2",
        "mentions": [gold_mention(10, "slaying"), gold_mention(30, "killing"),
                     gold_mention(60, "said")],
    }  # fmt: skip
    analyses = {
        "a1": {
            "events": [event("e1", "killed", "190")],
            "quotes": [speech(40, 44, name="Mara Lind")],
        },
        "a2": {
            "events": [event("e2", "slaying", "190")],
            "quotes": [speech(60, 64, text="Tomas Berg")],
        },
    }
    story_event = {"e1": "story-event", "e2": "story-event"}
    links = [
        (story_event_id, word)
        for record in (first, second)
        for story_event_id, word, _ in mention_chains(
            record, analyses[record["id"]], "s", story_event
        )
    ]
    killed, said_lind, slaying, killing, said_berg = joined(links)
    assert killed == slaying == killing
    assert len({killed, said_lind, said_berg}) == 3


def test_eval_mention_word_keeps_a_particle_that_makes_another_act() -> None:
    """ "checked out" leaves where "checked into" enters; quotes and a split hyphen are no
    part of a word."""
    checked_in = {act_word(content_word(text)) for text in ("checked into", "checks in")}
    assert len(checked_in) == 1
    assert act_word(content_word("checked out")) not in checked_in
    assert act_word(content_word("broke out")) != act_word(content_word("broke"))
    assert content_word('"murder"') == "murder"
    assert content_word("checked - in") == "checked"
    assert content_word("play-offs") == content_word("playoffs")
    assert content_word("the") == "the"


def test_eval_speaker_is_the_head_word_of_who_speaks() -> None:
    """Outlets word one speaker differently ("Coroner Ada Venn", "Ada Venn"); the saying is
    the same where the speaker's head word is."""

    def said_by(**speaker: str) -> str | None:
        return speaker_of({"quotes": [speech(0, 4, **speaker)]}, gold_mention(0, "said"))

    assert said_by(text="Coroner Ada Venn") == said_by(name="Ada Venn") == "venn"
    assert said_by(text="police in Orsk") == said_by(text="the Orsk police") == "police"
    assert said_by(text="Tomas Berg") != said_by(text="Ada Venn")
    assert said_by() == ""


def test_eval_a_role_stands_for_the_one_name_the_story_gives_it() -> None:
    """Outlets credit one saying to "the spokeswoman" or to "Ada Venn"; the story's own
    words tie the two ("the mayor's spokeswoman Ada Venn"). A role two names share ("aide")
    stands for neither, and a cue that is no saying ties nothing."""
    analyses = [
        {"quotes": [speech(0, 4, name="Ada Venn", text="the mayor's spokeswoman Ada Venn")]},
        {"quotes": [speech(0, 4, name="Ada Venn", text="an aide")]},
        {"quotes": [speech(0, 4, name="Tomas Berg", text="aide Tomas Berg")]},
        {"quotes": [speech(0, 4, "belief", name="Mara Lind", text="the clerk Mara Lind")]},
    ]
    aliases = speaker_aliases(analyses)
    assert aliases == {"spokeswoman": "venn"}
    record = {"id": "a9", "mentions": [gold_mention(0, "said"), gold_mention(20, "said")]}
    analysis = {
        "events": [],
        "quotes": [speech(0, 4, text="the spokeswoman"), speech(20, 24, name="Ada Venn")],
    }
    (_, by_role, _), (_, by_name, _) = mention_chains(record, analysis, "s", {}, None, aliases)
    assert by_role == by_name
    (_, by_role, _), (_, by_name, _) = mention_chains(record, analysis, "s", {})
    assert by_role != by_name


def test_eval_only_a_saying_is_told_apart_by_its_speaker() -> None:
    """Two outlets' "found" (the finding of a court, credited to "the jury" by one and to
    "the judge" by the other) are one finding; a cue of belief, intention or stance is an act
    of its own, not a saying, so its holder does not split its word."""

    def found_by(cue_class: str, text: str) -> str | None:
        quote = speech(0, 5, cue_class, text=text)
        return speaker_of({"quotes": [quote]}, gold_mention(0, "found"))

    for cue_class in ("evidence", "belief", "intention", "stance"):
        assert found_by(cue_class, "the jury") is None
    assert found_by("speech", "the jury") == "jury" != found_by("speech", "the judge")


def test_eval_with_given_stories_chains_within_them() -> None:
    """`--gold-stories`: mentions are chained within the stories given, not ours, so a change
    to the word chains is measured apart from the clustering."""
    analyses = [
        {
            "article": {"id": name, "title": None, "text": text, "published": None},
            "events": [],
            "quantities": [],
            "sentences": [(0, len(text))],
        }
        for name, text in (
            ("a1", "Fire guts the Orsk mill; crews fought the blaze all night."),
            ("a2", "Voters in Lenk chose a new mayor on Sunday."),
            ("a3", "A blaze destroyed the old mill in Orsk overnight."),
        )
    ]
    given = {"a1": "mill", "a2": "mill", "a3": "vote"}
    story_of, _ = predict(analyses, given)
    assert story_of == given


def member(article_id: str, *words: str) -> Member:
    return Member(article_id, None, StoryFeatures((), (), (), (), (), tuple(sorted(words))))


def test_eval_a_lone_article_is_chained_with_the_story_of_its_block_it_is_most_like() -> None:
    """An article the clustering left alone in a block takes the mention chains of the
    block's story it is most like; a story of several keeps its own, and a lone article
    with no story of several beside it keeps its own."""
    mill = [member("a1", "fire", "mill", "orsk", "crews"), member("a2", "fire", "mill", "orsk")]
    vote = [member("b1", "vote", "mayor", "lenk"), member("b2", "vote", "mayor", "sunday")]
    lone = member("c1", "fire", "mill", "orsk", "night", "mayor")
    scope = nearest_stories([("mill", mill), ("vote", vote), ("lone", [lone])])
    assert scope == {"a1": "mill", "a2": "mill", "b1": "vote", "b2": "vote", "c1": "mill"}
    alone = nearest_stories([("lone", [lone]), ("other", [member("d1", "vote")])])
    assert alone == {"c1": "lone", "d1": "other"}


def test_a_killing_and_a_wounding_by_one_named_gunman_stay_two_story_events() -> None:
    """ "killed two guards" and "wounded a third" share the gunman and the CAMEO action, but
    `act_words.tsv` names them two acts: one event would make their counts a discrepancy."""
    gunman = actor("Dale Voss", name="Dale Voss")
    articles = [
        article(1, "Harbour Times", event("e1", "killed", "190", [gunman], [actor("guards")])),
        article(2, "Valley Wire", event("e2", "wounded", "190", [gunman], [actor("a guard")])),
        article(3, "Northern Ledger", event("e3", "slaying", "190", [gunman])),
    ]  # fmt: skip
    assert grouped(articles) == [["e1", "e3"], ["e2"]]


def test_a_story_event_gathers_no_act_through_a_third_mention() -> None:
    """The attack on a named guard and her killing are one story event by her name; a killing
    of "two people" shares the word "killed" with one of its mentions, nothing with the other."""
    guard = "Ines Kalder"
    articles = [
        article(1, "Harbour Times", event("e1", "attacked", "190",
                                          target=[actor(guard, name=guard)])),
        article(2, "Valley Wire", event("e2", "killed", "190",
                                        target=[actor("the guard", name=guard)])),
        article(3, "Northern Ledger", event("e3", "killed", "190",
                                            target=[actor("two people")])),
    ]  # fmt: skip
    assert grouped(articles) == [["e1", "e2"], ["e3"]]


def shelling(event_id: str) -> dict[str, Any]:
    return event(event_id, "shelled", "195", target=[actor("Tsorona", name="Tsorona")])


def test_the_same_act_weeks_apart_in_one_long_story_is_two_story_events() -> None:
    """A long story (a border war) tells the shelling of one village on June 1 and again on
    June 24: one act word, one named target, no dates in the text, but three weeks apart."""
    articles = [
        article(1, "Harbour Times", shelling("e1")),
        article(3, "Valley Wire", shelling("e3")),
        article(24, "Northern Ledger", shelling("e24")),
        article(25, "Harbour Times", shelling("e25")),
    ]
    assert grouped(articles) == [["e1", "e3"], ["e24", "e25"]]


def test_a_story_event_takes_tellings_within_two_weeks_of_its_first_not_of_its_last() -> None:
    """Tellings five days apart never chain one story event on for good: its window is
    measured from its first telling."""
    outlets = ["Harbour Times", "Valley Wire"]
    articles = [article(day, outlets[day % 2], shelling(f"e{day}")) for day in (1, 6, 11, 16, 21)]
    assert grouped(articles) == [["e1", "e6", "e11"], ["e16", "e21"]]


def test_an_undated_telling_is_within_every_window() -> None:
    undated = {"id": "u", "outlet": "Orsk Daily", "published": None}
    articles = [
        article(1, "Harbour Times", shelling("e1")),
        article(24, "Valley Wire", shelling("e24")),
        StoredArticle(undated, [shelling("u1")]),
    ]
    assert grouped(articles) == [["e1", "u1"], ["e24"]]
    events = [event.id for event, _ in story_events("s", iter(articles), with_undated=True)]
    assert events == [event.id for event, _ in story_events("s", articles)]
