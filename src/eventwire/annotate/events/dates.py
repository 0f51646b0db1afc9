"""The date of an event: the time expression of its own clause or noun phrase, or the
publication date, marked as such; none where the text places the event at no time of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.annotate.modality import ASSERTED, FUTURE, HYPOTHETICAL
from eventwire.annotate.parse_views import span_at
from eventwire.annotate.times.points import RANK, granularity_of
from eventwire.annotate.times.stage import parse_published
from eventwire.annotate.times.syntax import modifies_noun
from eventwire.codebooks.events import event_cues
from eventwire.records import Analysis, EventDate, TimeExpr


def date_for_event(
    parse: Doc, trigger: int, analysis: Analysis, modality: str = ASSERTED
) -> EventDate | None:
    """The date of the event whose trigger is token `trigger`.

    In order: the time expression of the event noun's own phrase ("the January attack"), or
    the one attached to the trigger's clause, or to the nearest clause above it ("Tehran
    declared [that it would start scaling down]"), or the one a "when" clause modifies
    ("since 8 May 2018, when Trump announced..."); else the publication date, marked
    `source: published`; None without one, for an event named in passing, for one told in
    the present perfect ("has designated"), which places it at no time of its own, and for
    one that has not happened (future, hypothetical): it happens on no day yet. A date
    from another sentence is not the event's: news prose moves between times without saying
    so, and a wrong date that claims the text's authority misleads more than the marked
    fallback.
    """
    token = parse[trigger]
    attached = attached_time(parse, token, analysis.times)
    if attached is not None:
        return event_date(attached, analysis.article.published)
    published = parse_published(analysis.article.published)
    if published is None or modality in UNREALISED or in_passing(token) or indefinite_past(token):
        return None
    return EventDate(value=published.isoformat(), granularity="day", source="published")


def in_passing(token: Token) -> bool:
    """An event named in passing, as the circumstance of another ("angry with the offensive",
    "angry with the shift and the offensive", "since the invasion", "the war's toll"): no news
    of the day, so not dated by publication."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    preposition = token.head
    if token.dep_ == "pobj" and (
        (preposition.head.lemma_.lower(), preposition.lower_)
        in event_cues().undergoing_prepositions
    ):
        return False  # "came under attack", "met with opposition": the clause's own event
    return token.dep_ in PASSING_RELATIONS


def indefinite_past(token: Token) -> bool:
    """Whether the event is told in the present perfect ("Turkey has designated the group",
    "the city has suffered attacks"): some time before now, not news of the day."""
    verb = token.head if token.dep_ == "dobj" else token
    return (
        verb.tag_ == "VBN"
        and any(
            child.dep_ == "aux" and child.lower_ in PRESENT_PERFECT_AUXILIARIES
            for child in verb.children
        )
        and not any(child.dep_ == "auxpass" for child in verb.children)
    )


DATED_TYPES = ("DATE", "TIME")
UNREALISED = (FUTURE, HYPOTHETICAL)
PASSING_RELATIONS = ("pobj", "poss", "compound", "npadvmod")
PRESENT_PERFECT_AUXILIARIES = ("has", "have", "'ve")


def attached_time(parse: Doc, token: Token, times: list[TimeExpr]) -> TimeExpr | None:
    """The time expression of the nearest clause on the way from `token` up to the root, or
    up to the noun a relative clause describes: "sent back to prison this week in a move
    his lawyer called inhumane" does not say when the lawyer spoke."""
    sentence = token.sent
    chain = clause_chain(token)
    level_of = {ancestor.i: level for level, ancestor in enumerate(chain)}
    best: tuple[int, bool, int, int] | None = None
    chosen = None
    for time in times:
        if (
            time.type not in DATED_TYPES
            or not sentence.start_char <= time.start < sentence.end_char
        ):
            continue
        span = span_at(parse, time.start, time.end)
        if span is None or not len(span):
            continue
        inside = [level_of[t.i] for t in span if t.i in level_of]
        if inside:  # the event's clause modifies this date ("8 May 2018, when ...")
            level, relayed = min(inside), False
        elif span.root.head.i == token.i:  # the event noun's own time: "the January attack"
            level, relayed = 0, False
        elif modifies_noun(span):  # "the 2015 nuclear deal" names a thing, not the event's time
            continue
        else:
            attachment = attachment_level(span.root, level_of)
            if attachment is None:
                continue
            level, relayed = attachment
            if relayed and RANK.get(granularity_of(time.value) or "century", 9) >= RANK["year"]:
                continue  # "the group, founded in 1998, claimed...": the group's year
        rank = (level, relayed, abs(span.root.i - token.i), time.start)
        if best is None or rank < best:
            best, chosen = rank, time
    return chosen


NOUN_CLAUSES = ("acl", "relcl")
"""Clauses that describe a noun ("a strike authorised by Trump in January 2020"): their time
is the time of the noun's event, so a date attached to them is passed up to the noun; the
time of the clause the noun is in is not theirs."""


def clause_chain(token: Token) -> list[Token]:
    """The token and its heads up to the root, stopping at the noun a clause on the way
    describes (kept: "since 8 May 2018, when Trump announced" is dated by its noun)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        node = chain[-1]
        chain.append(node.head)
        if node.dep_ in NOUN_CLAUSES:
            break
    return chain


def attachment_level(root: Token, level_of: dict[int, int]) -> tuple[int, bool] | None:
    """Where a time expression hangs on the trigger's chain: climbing from its root, the level
    of the first chain token reached, and whether it came through a noun's clause; None when a
    verb of another clause comes first."""
    token, relayed = root, False
    while token.head.i != token.i:
        token = token.head
        if token.i in level_of:
            return level_of[token.i], relayed
        if token.pos_ in ("VERB", "AUX"):
            if token.dep_ not in NOUN_CLAUSES:
                return None
            relayed = True
    return None


def event_date(time: TimeExpr, published: str | None) -> EventDate:
    """An event date from a time expression; "now" is the publication day when known. What
    names no calendar date ("recently": PAST_REF, a century, a duration) keeps its words and
    no value: the event is dated by the text, which does not say when."""
    value, granularity = time.value, granularity_of(time.value)
    if value == "PRESENT_REF" and published:
        value, granularity = published[:10], "day"
    if granularity is None or granularity == "century":
        value, granularity = None, None
    return EventDate(value, granularity, "text", time.text, time.start, time.end)
