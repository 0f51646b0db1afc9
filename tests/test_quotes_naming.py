"""A naming cue ('called the timetable unworkable') and what it names: the object and what it
is called, not a time after it nor a phrase fronted before the cue (issue 17, eighteenth
round); on sentences written for these tests."""

from __future__ import annotations

from quote_texts import quotes_in, speaker_text
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.annotate.quotes.marks import QuotedSpans
from eventwire.annotate.quotes.speakers import subject_of


def test_a_day_after_the_named_object_leaves_the_naming_to_the_cue() -> None:
    """'on Thursday' is no 'call on' complement: it was read as the content, dropped as only a
    time, and the naming with it."""
    quotes = quotes_in("The headmistress called the new timetable unworkable on Thursday.")
    named = [q for q in quotes if q.cue is not None and q.cue.text == "called"]
    assert [q.text for q in named] == ["the new timetable unworkable"]
    assert speaker_text(named[0]) == "The headmistress"


def test_a_phrase_fronted_before_a_naming_cue_is_no_part_of_what_it_names() -> None:
    quotes = quotes_in(
        "At a packed meeting in the school hall, the headmistress called the timetable a "
        "“muddle” and went home."
    )
    assert not any("packed meeting" in q.text for q in quotes)
    assert any(q.text.startswith("the timetable") for q in quotes)


def test_a_place_given_its_new_name_after_a_fronted_day_is_no_naming() -> None:
    """A day before the cue stays a content read as only a time ('On Tuesday, at the old mill,
    now called ...'): the place's name is held by no one."""
    quotes = quotes_in(
        "On Tuesday, at the old mill, now called the Riverside Works, the mayor thanked the "
        "builders for their patience."
    )
    assert not any(q.cue is not None and q.cue.text == "called" for q in quotes)


def test_a_cue_coordinated_on_what_a_naming_cue_calls_its_object_shares_its_speaker() -> None:
    """The parse can hang 'and called on ...' on the predicate of 'called it "reckless"'; the
    speaker is the naming cue's subject, not the noun after the second cue."""
    words = ["Ruiz", "called", "it", "reckless", "and", "called", "on", "pilots", "to", "wait"]
    heads = [1, 1, 1, 1, 3, 3, 5, 6, 9, 5]
    deps = ["nsubj", "ROOT", "dobj", "oprd", "cc", "conj", "prep", "pobj", "aux", "xcomp"]
    tags = ["NNP", "VBD", "PRP", "JJ", "CC", "VBD", "IN", "NNS", "TO", "VB"]
    parse = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    speaker = subject_of(parse[5], QuotedSpans([]))
    assert speaker is not None and speaker.text == "Ruiz"
