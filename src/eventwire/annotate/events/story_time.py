"""Where in time the story is when it tells an event with no time of its own: back in a
past it has set ("The protests began in December 2018. They demanded reforms.") or at the
day's news. Used by `dates` to withhold the publication date from background."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from eventwire.annotate.modality import PRESENT_TENSES, reporting_verb_above
from eventwire.annotate.parse_views import (
    FINITE_TAGS,
    auxiliaries_of,
    first_conjunct,
    span_at,
    written_in,
)
from eventwire.annotate.times.points import Point, granularity_of
from eventwire.annotate.times.syntax import modifies_noun
from eventwire.codebooks.event_dates import date_cues
from eventwire.codebooks.events import event_cues
from eventwire.records import TimeExpr


def point_of(value: str | None) -> Point | None:
    """The calendar period a day, week, month or year value names."""
    granularity = granularity_of(value)
    if value is None or granularity not in ("day", "week", "month", "year"):
        return None
    if granularity == "week":
        year, week = value[:8].split("-W")
        return Point("week", date.fromisocalendar(int(year), int(week), 1))
    parts = [int(part) for part in value[:10].split("-")] + [1, 1]
    return Point(granularity, date(parts[0], parts[1], parts[2]))


def told_in_the_past(parse: Doc, token: Token, times: list[TimeExpr], published: date) -> bool:
    """Whether the story is back in the past where the event is told: the last time
    expression before it, in its sentence or the passage it continues (`passage_opening`),
    names a period that began over a month before publication and is over ("The protests
    began in December 2018. They demanded reforms."). Background with no time of its own:
    not news of the day."""
    before = story_times(parse, times, passage_opening(token.sent, times), token.idx, published)
    if not before:
        return False
    point = point_of(before[-1].value)
    if point is None:
        return False
    ends = point.shifted(1, PERIOD_UNIT[point.granularity])
    return (
        ends is not None
        and ends.first_day <= published
        and (published - point.first_day).days > PAST_DAYS
    )


def story_times(
    parse: Doc, times: list[TimeExpr], begin: int, end: int, published: date
) -> list[TimeExpr]:
    """The time expressions from `begin` to `end` that set when the story is
    (`tells_the_story_time`), in text order, not counting plans (`starts_after`)."""
    return sorted(
        (
            time
            for time in times
            if time.type in DATED_TYPES
            and begin <= time.start < end
            and tells_the_story_time(span_at(parse, time.start, time.end))
            and not starts_after(time.value, published)
        ),
        key=lambda time: time.start,
    )


def last_story_point(
    parse: Doc, times: list[TimeExpr], sentence: TokenSpan, end: int, published: date
) -> Point | None:
    """The calendar period of the last time before `end` in the passage of `sentence`
    (`passage_opening`) that sets when the story is (`story_times`): what a later act told
    from there counts from ("Two days later", "Since then")."""
    points = [
        point
        for time in story_times(parse, times, passage_opening(sentence, times), end, published)
        if (point := point_of(time.value)) is not None
    ]
    return points[-1] if points else None


def starts_after(value: str | None, published: date) -> bool:
    """Whether a time begins after publication: a plan or a deadline ("troops will be out by
    September 11"), not a time the story is back at."""
    point = point_of(value)
    return point is not None and point.first_day > published


def passage_opening(sentence: TokenSpan, times: list[TimeExpr]) -> int:
    """Where the passage an event is told in opens: the sentence before it, and on back
    through sentences that go on with what the one before named (a pronoun subject) at no
    time of their own, up to `PASSAGE_SENTENCES` ("... announced last month that troops would
    leave by September. That would be the anniversary. The Taliban denounced the delay")."""
    opening = sentence
    for step in range(PASSAGE_SENTENCES):
        if opening.start == 0 or (step and not continues(opening, times)):
            break
        opening = opening.doc[opening.start - 1].sent
    return opening.start_char


def continues(sentence: TokenSpan, times: list[TimeExpr]) -> bool:
    """Whether a sentence goes on with what the one before named ("She boarded a bus", "That
    would be the anniversary"): its subject is a pronoun, and it has no time of its own and
    no present tense, which brings the story back to now ("It is now rebuilding")."""
    root = sentence.root
    return (
        any(
            child.dep_ in SUBJECTS and first_conjunct(child).pos_ == "PRON"
            for child in root.children
        )
        and not any(token.tag_ in PRESENT_TENSES for token in (root, *auxiliaries_of(root)))
        and not any(time.type in DATED_TYPES and written_in(time, sentence) for time in times)
    )


def tells_the_story_time(span: TokenSpan | None) -> bool:
    """Whether a time expression sets when the story is: not one naming a thing ("the 2015
    deal", "the events of 2004"), dating a clause that describes a noun ("the season, which
    ended in November") or is no finite clause ("the rationale for founding it in 2017"),
    or starting a period that runs up to now ("since 2019"), nor one of a fact reported
    (`reported_fact`: "He said the pact was signed in 1994. Later, he said ...")."""
    if span is None or not len(span) or modifies_noun(span) or names_noun_after(span):
        return False
    if period_to_now(span):
        return False
    if any(ancestor.lower_ == SINCE for ancestor in span.root.ancestors):
        return False
    holder = next((a for a in span.root.ancestors if a.pos_ != "ADP"), None)
    while (
        holder is not None
        and first_conjunct(holder).dep_ in ("xcomp", "advcl")
        and not finite(holder)
    ):  # "began protesting late last year", "starting in May 2019, it", "citing X and announcing"
        holder = first_conjunct(holder).head
    return (
        holder is not None
        and finite(holder)
        and holder.dep_ not in NOUN_CLAUSES
        and not reported_fact(holder)
    )


def reported_fact(clause: Token) -> bool:
    """Whether a clause is told in reported speech about something other than the teller's own
    doings ("he said the pact was signed in 1994", "said it would look into the killings of
    five years ago"): its time is that fact's, while the report and the story
    stay at the day's news. A teller's own account ("Amina said she was travelling to market
    one morning in 2016") sets the story in its time: the sentences after it go on with it."""
    reporting = reporting_verb_above(clause, event_cues())
    if reporting is None:
        return False
    teller = any(child.dep_ in SUBJECTS for child in reporting.children)
    own = any(
        child.dep_ in SUBJECTS and child.lower_ in date_cues().teller_pronouns
        for child in clause.children
    )
    return not (teller and own)


def finite(verb: Token) -> bool:
    """A verb with a tense of its own ("began", "was ousted", "has said")."""
    return verb.tag_ in FINITE_TAGS or any(
        child.tag_ in FINITE_TAGS for child in auxiliaries_of(verb)
    )


PERIOD_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y"}


PAST_DAYS = 31
"""How long before publication a period must have begun, and be over, to set the story in
the past: a month, so that last week's acts told again are still the news, while last
month's ("announced last month ... The Taliban denounced the delay") are not."""


SINCE = "since"


PASSAGE_SENTENCES = 3
"""How far back a passage going on from what its first sentence named is followed."""


DATED_TYPES = ("DATE", "TIME")


def period_to_now(span: TokenSpan) -> bool:
    """Whether a time expression is a period running up to now ("in the past week", "over
    the last month"): a duration in all but form, which dates no event."""
    cues = date_cues()
    return (
        len(span) > 2
        and span[0].lower_ == "the"
        and span[1].lower_ in cues.period_words
        and span.root.head.lower_ in cues.period_prepositions
    )


def names_noun_after(span: TokenSpan) -> bool:
    """Whether a time expression of several words hangs on the noun after it ("the February
    2020 pact"), which `modifies_noun` tells by its last word only."""
    head = span.root.head
    return head.i >= span.end and head.pos_ in ("NOUN", "PROPN")


NOUN_CLAUSES = ("acl", "relcl")
"""Clauses that describe a noun ("a strike authorised by Trump in January 2020"): their time
is the time of the noun's event, so a date attached to them is passed up to the noun; the
time of the clause the noun is in is not theirs."""


SUBJECTS = ("nsubj", "nsubjpass", "expl")
