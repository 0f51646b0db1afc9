"""The date of an event: the time expression of its own clause or noun phrase, or the
publication date, marked as such; none where the text places the event at no time of its own."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from eventwire.annotate.events.agents import charge_of
from eventwire.annotate.events.context import Mention
from eventwire.annotate.events.headline import headline_end
from eventwire.annotate.events.story_time import (
    DATED_TYPES,
    NOUN_CLAUSES,
    PAST_DAYS,
    PERIOD_UNIT,
    SUBJECTS,
    finite,
    last_story_point,
    names_noun_after,
    period_to_now,
    point_of,
    starts_after,
    told_in_the_past,
)
from eventwire.annotate.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    PRESENT_TENSES,
    as_a_rule,
    governing_verb,
    in_reported_speech,
    is_to_infinitive,
    told_as_to_come,
)
from eventwire.annotate.parse_views import auxiliaries_of, first_conjunct, span_at, written_in
from eventwire.annotate.times.points import RANK, UNIT_GRANULARITY, Point, granularity_of
from eventwire.annotate.times.stage import parse_published
from eventwire.annotate.times.syntax import modifies_noun
from eventwire.codebooks.event_dates import date_cues
from eventwire.codebooks.events import agreement_nouns, event_cues, noun_frames
from eventwire.codebooks.times import time_words
from eventwire.records import Analysis, EventDate, TimeExpr


def date_for_event(
    parse: Doc, trigger: int, analysis: Analysis, modality: str = ASSERTED
) -> EventDate | None:
    """The date of the event whose trigger is token `trigger`.

    In order: a stated span from its clause's time ("a day after the attack"); the time
    expression of the event noun's own phrase ("the January attack"), or the one attached
    to the trigger's clause, or to the nearest clause above it ("Tehran declared [that it
    would start scaling down]"), or the one a "when" clause modifies ("since 8 May 2018,
    when Trump announced..."); else the publication date, marked `source: published`.
    An act that has not happened (future, hypothetical) takes only its own clause's time:
    the day a clause above tells of it is not its day; one told in the past perfect ("said
    on Saturday they had killed") came before the time of the clauses above it. None,
    rather than the publication date, for an event named in passing or reacted to ("condemned
    the bombing"), an act a charge names ("accused the group of killing"), one told in the
    present perfect ("has designated", "the sanctions Washington has imposed") or its
    progressive ("have been disputing the islands for years"), as done as a rule ("routinely
    deny") or as a standing state ("are sanctioned", "was accused of aiding rebels"), an
    unrealised one or one kept from happening ("moved to halt the expulsion"), and background
    told just after a time long past or in a past perfect relative clause ("the treaty he had
    rejected"). A date from another sentence is never the
    event's: news prose moves between times without saying so, and a wrong date that claims
    the text's authority misleads more than the marked fallback.
    """
    token = parse[trigger]
    offset = offset_date(parse, token, analysis)
    if offset is not None:
        return offset
    unrealised = modality in UNREALISED or told_as_prevented(token, modality)
    highest = (
        purpose_level(token)
        if unrealised
        else own_clause_level(token)
        if past_perfect(token)
        else 0
        if named_as_topic(token)
        else None
    )
    attached = attached_time(parse, token, analysis.times, highest, RELATIVE_TYPES, unrealised)
    if attached is not None and counts_from_story_time(attached):
        moved = moved_story_time(parse, attached, analysis)
        if moved is not None:
            return moved
        attached = attached_time(parse, token, analysis.times, highest, unrealised=unrealised)
    elif attached is not None and attached.type not in DATED_TYPES:
        attached = attached_time(parse, token, analysis.times, highest, unrealised=unrealised)
    if attached is not None:
        return event_date(attached, analysis.article.published)
    since = time_told_before(parse, token, analysis) if not unrealised else None
    if since is not None:
        return since
    published = parse_published(analysis.article.published)
    if (
        published is None
        or unrealised
        or any(told_without_a_day(verb, analysis.times) for verb in tense_bearers(token))
        or standing_state(token)
        or reacted_to(token)
        or apart_from_the_story(parse, token, analysis)
    ):
        return None
    return EventDate(value=published.isoformat(), granularity="day", source="published")


def offset_date(parse: Doc, token: Token, analysis: Analysis) -> EventDate | None:
    """The date of an event placed a stated span from its clause's time ("a day after an
    attack", "two years after troops attacked"): that time moved by the span, as coarse as
    the span's unit. None where the span or the clause's date is not a calendar one."""
    placing = offset_of(token)
    if placing is None:
        return None
    marker, measure, anchor = placing
    span = next(
        (
            time
            for time in analysis.times
            if time.type == "DURATION" and time.start <= measure.idx < time.end
        ),
        None,
    )
    amount = SPAN_VALUE.fullmatch(span.value or "") if span is not None else None
    if span is None or amount is None:
        return None
    anchor_date = date_for_event(parse, anchor.i, analysis)
    point = point_of(anchor_date.value) if anchor_date is not None else None
    sign = date_cues().offset_prepositions[marker.lower_]
    moved = point.shifted(sign * int(amount[1]), amount[2]) if point is not None else None
    if moved is None:
        return None
    moved = moved.coarsened(UNIT_GRANULARITY[amount[2]])
    start, end = span.start, marker.idx + len(marker)
    return EventDate(moved.value, moved.granularity, "text", parse.text[start:end], start, end)


def offset_of(token: Token) -> tuple[Token, Token, Token] | None:
    """The word placing the event ("after", "before"), the head of the span it is placed by
    and the word whose clause it is placed from: "[a day] after an attack", "[14 years]
    after the protests", "[two years] after troops attacked"."""
    offsets = date_cues().offset_prepositions
    if token.dep_ == "pobj" and token.head.lower_ in offsets and token.head.dep_ == "prep":
        marker = token.head
        anchor = marker.head
        measure = next((c for c in marker.children if c.dep_ == "npadvmod"), None)
        if measure is None and anchor.dep_ == "npadvmod":  # "[a day] after": the span heads it
            measure, anchor = anchor, anchor.head
        return (marker, measure, anchor) if measure is not None else None
    marker = next((c for c in token.children if c.dep_ == "mark"), None)
    if token.dep_ != "advcl" or marker is None or marker.lower_ not in offsets:
        return None
    measure = next((c for c in [*token.children, *marker.children] if c.dep_ == "npadvmod"), None)
    return (marker, measure, token.head) if measure is not None else None


SPAN_VALUE = re.compile(r"P(\d+)([DWMY])")
"""A span of whole days, weeks, months or years ("a day" P1D, "14 years" P14Y)."""


def counts_from_story_time(time: TimeExpr) -> bool:
    """Whether a time expression is a span later or earlier than the time the story is at
    with no calendar value of its own ("Two days later", "a day earlier", "Days later",
    "Several months later"): the times stage tags it as a duration, or a date it could not
    place. Not one it placed ("Three years later": 2022), nor a comparison ("rose from a
    month earlier"), whose span hangs on a preposition."""
    words = time.text.split()
    return (
        len(words) > 1
        and words[-1].casefold() in date_cues().relative_directions
        and (time.type == "DURATION" or time.value is None)
    )


def moved_story_time(parse: Doc, time: TimeExpr, analysis: Analysis) -> EventDate | None:
    """The date a span later or earlier than the story's time reaches (`counts_from_story_time`):
    the last time before it in its passage (`story_time.passage_opening`: its sentence, the one
    before, and on back through sentences going on with it) that sets when the story is
    (`story_time.story_times`), moved by the span and as coarse as its unit ("Rebels attacked
    on March 3. Two days later, soldiers arrested ..." is March 5). A span with no number
    ("Days later", "Several months later") or of hours gives the smallest period one unit up
    or coarser that holds every day it may reach (`VAGUE_OFFSET_DAYS`): "Days later" after
    Feb. 12 is February, "a few days earlier" than Dec. 1 only the year. None where the span
    hangs on a preposition ("from a month earlier": a comparison), no story time comes before
    it in the passage, no period up to a year holds it, or the day reached is after
    publication."""
    published = parse_published(analysis.article.published)
    span = span_at(parse, time.start, time.end)
    if published is None or span is None or not len(span) or span.root.head.pos_ == "ADP":
        return None
    words = time.text.split()
    sign = date_cues().relative_directions[words[-1].casefold()]
    amount = OFFSET_VALUE.fullmatch(time.value or "")
    unit = (
        amount[1] + amount[3]
        if amount is not None
        else time_words()["unit"].get(words[-2].casefold())
    )
    anchor = last_story_point(parse, analysis.times, span.sent, time.start, published)
    if unit not in VAGUE_OFFSET_DAYS or anchor is None:
        return None
    if amount is not None and amount[2] != "X" and unit != "TH":
        moved = anchor.shifted(sign * int(amount[2]), unit)
        reached = moved.coarsened(UNIT_GRANULARITY[unit]) if moved is not None else None
    else:
        reached = within_the_story_period(anchor, unit) or period_holding(
            anchor, sign * VAGUE_OFFSET_DAYS[unit], UNIT_GRANULARITY[unit]
        )
    if reached is None or reached.first_day > published:
        return None  # counted from a time the text names only inside a noun
    return EventDate(reached.value, reached.granularity, "text", time.text, time.start, time.end)


def within_the_story_period(anchor: Point, unit: str) -> Point | None:
    """The story's period itself, for a span with no number that reaches less far than the
    period lasts ("Last month, rebels ambushed a bus. Days later, a bomb killed ...": last
    month; "war broke out in 1950. Several months later, troops invaded": 1950): the text tells
    the act inside the period it is in, and the gold dates it so. None for a span that may
    reach past it ("Weeks later" after a month) and for a day, which a span always leaves."""
    following = anchor.shifted(1, PERIOD_UNIT[anchor.granularity])
    if (
        following is None
        or VAGUE_OFFSET_DAYS[unit] >= (following.first_day - anchor.first_day).days
    ):
        return None
    return anchor


def period_holding(anchor: Point, days: int, unit_granularity: str) -> Point | None:
    """The smallest period coarser than `unit_granularity`, up to a year, that holds every day
    from the anchor's period to `days` beyond it (back where `days` is negative)."""
    last = anchor.shifted(1, PERIOD_UNIT[anchor.granularity])
    if last is None:
        return None
    first_day, last_day = anchor.first_day, last.first_day - timedelta(days=1)
    ends = (
        (first_day, last_day + timedelta(days=days))
        if days > 0
        else (
            first_day + timedelta(days=days),
            last_day,
        )
    )
    for granularity in ("day", "month", "year"):
        if RANK[granularity] <= RANK[unit_granularity]:
            continue
        periods = {Point("day", day).coarsened(granularity) for day in ends}
        if len(periods) == 1:
            return periods.pop()
    return None


def time_told_before(parse: Doc, token: Token, analysis: Analysis) -> EventDate | None:
    """The date of an act told as going on since, or done at, a time the text gave before.
    "Since then" ("The protests began in April. Since then, protesters have demanded ..."):
    the last time in the passage that sets when the story is (`story_time.story_times`), the
    start, as the guidelines date "since August 2022" (rule 15). "At the time" or an opening
    "There," (`at_that_time`): the last time written before it, in its sentence or the one
    before, whatever that time dates ("talks failed at the summit held in February. There,
    Kim asked ...": the summit's time is its place's). None without one."""
    published = parse_published(analysis.article.published)
    verb = auxiliary_bearer(telling_verb(token))
    phrase = next(
        (child for child in verb.children if since_then(child) or at_that_time(child)), None
    )
    if phrase is None or published is None:
        return None
    words = list(phrase.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    anchor = (
        last_story_point(parse, analysis.times, token.sent, start, published)
        if since_then(phrase)
        else last_time_written(analysis.times, token.sent, start, published)
    )
    if anchor is None:
        return None
    return EventDate(anchor.value, anchor.granularity, "text", parse.text[start:end], start, end)


def phrase_words(phrase: Token) -> str:
    return " ".join(word.lower_ for word in phrase.subtree)


def since_then(phrase: Token) -> bool:
    """Whether a phrase on a verb tells an act going on since a time told before."""
    return phrase_words(phrase) in date_cues().since_a_time_told


def at_that_time(phrase: Token) -> bool:
    """Whether a phrase on a verb places its act at a time told before: "at the time", or an
    adverb of place opening its sentence, set off by a comma ("There, Kim asked"), whose place
    is the occasion told last. Not "there" within the clause ("troops stationed there"), any
    place at any time."""
    cues = date_cues()
    words = phrase_words(phrase)
    return words in cues.at_a_time_told or (
        words in cues.place_told_before
        and phrase.dep_ == "advmod"
        and phrase.i == phrase.sent.start
        and phrase.i + 1 < len(phrase.doc)
        and phrase.doc[phrase.i + 1].text == ","
    )


def last_time_written(
    times: list[TimeExpr], sentence: TokenSpan, end: int, published: date
) -> Point | None:
    """The calendar period of the last time written in the sentence before `sentence`, or in
    it before `end`, not a plan (`starts_after`): what "at the time" points back to."""
    doc = sentence.doc
    begin = doc[sentence.start - 1].sent.start_char if sentence.start else sentence.start_char
    points = [
        point
        for time in sorted(times, key=lambda time: time.start)
        if time.type in DATED_TYPES
        and begin <= time.start < end
        and not starts_after(time.value, published)
        and (point := point_of(time.value)) is not None
    ]
    return points[-1] if points else None


OFFSET_VALUE = re.compile(r"P(T?)(\d+|X)([HDWMY])")
"""A duration's count and unit ("Two days later" P2D, "Several months later" PXM, "Hours
later" PTXH)."""

VAGUE_OFFSET_DAYS = {"TH": 1, "D": 9, "W": 42, "M": 335}
"""How far a span with no number may reach, in days: "hours" into the next day, "days" or "a
few days" up to nine, "weeks" up to six, "months" up to eleven."""


def in_passing(token: Token) -> bool:
    """An event named in passing, as the circumstance of another ("angry with the offensive",
    "angry with the shift and the offensive", "since the invasion", "the war's toll"): no news
    of the day, so not dated by publication. Not the noun a verb carries ("came under
    attack"), names ("what officials describe as an operation") or sets beside its own act
    ("following talks", "amid opposition"): that is the clause's own event, or one of its
    time. Nor any event noun of the headline ("rescues passengers after train attack", "death
    toll in train hijacking rises"), which names the day's news."""
    if token.pos_ not in ("NOUN", "PROPN") or token.idx < headline_end(token.doc):
        return False
    token = first_conjunct(token)
    preposition = token.head
    if token.dep_ == "pobj" and (
        (preposition.head.lemma_.lower(), preposition.lower_)
        in event_cues().undergoing_prepositions | date_cues().naming_prepositions
        or preposition.lower_ in date_cues().concurrent_prepositions
    ):
        return False
    return token.dep_ in PASSING_RELATIONS


def apart_from_the_story(parse: Doc, token: Token, analysis: Analysis) -> bool:
    """Whether the event is named in passing, told as a charge someone stands under
    (`charge_held`) or told as background before the story's time (the reasons
    `date_for_event` gives no date that are not a present perfect or a standing state):
    the story's own day, and its setting, say nothing of it. A verb in the simple present is
    not back in a past the passage has set ("The fighting began in April 2023 ..., and the
    United Nations says both sides have committed abuses"): its tense tells it now."""
    published = parse_published(analysis.article.published)
    return (
        in_passing(token)
        or act_named_as_topic(token)
        or charge_held(token)
        or told_as_before(token)
        or told_before_the_story(token)
        or (
            published is not None
            and not told_in_the_present(token)
            and told_in_the_past(parse, token, analysis.times, published)
        )
    )


def told_as_prevented(token: Token, modality: str) -> bool:
    """Whether the act is told as one a verb of stopping, refusing or denying keeps from
    happening ("moved to halt the expulsion", "must stop arresting fishermen", "denied that it
    had armed the rebels"): not done on the day, or a course of acts someone wants ended, so
    it is dated as an unrealised act is, by its own clause only. An act negated by "not"
    alone ("did not expel the envoy") is a refusal of the day and keeps the publication
    date."""
    negation_verbs = event_cues().negation_verbs
    return modality == NEGATED and any(
        verb.lemma_.lower() in negation_verbs for verb in clause_chain(token)[1:]
    )


def told_in_the_present(token: Token) -> bool:
    """Whether the trigger is a verb in the simple present ("says", "accuse")."""
    return token.pos_ in CLAUSE_POS and token.tag_ in PRESENT_TENSES


SHARED_CLAUSE_PARTS = ("aux", "auxpass", "nsubj", "nsubjpass")
"""What a conjoined participle with its own auxiliary or subject does not share."""


def telling_verb(token: Token) -> Token:
    """The verb whose tense and adverbs tell an event's time: the trigger, or the verb that
    has an event noun as its object ("have been holding talks", "routinely deny access")."""
    return token.head if token.dep_ == "dobj" else token


def indefinite_past(token: Token) -> bool:
    """Whether the event is told in the present perfect ("Turkey has designated the group",
    "the city has suffered attacks"): some time before now, not news of the day. A participle
    joined to one with no auxiliary or subject of its own shares its "has" ("officials have
    blamed the group and called for talks")."""
    verb = telling_verb(token)
    bearer = auxiliary_bearer(verb)
    return (
        # a conjunct's "-ed" the tagger may read as a simple past ("and called")
        (verb.tag_ == "VBN" or (bearer != verb and verb.tag_ == "VBD"))
        and any(
            child.dep_ == "aux" and child.lower_ in PRESENT_PERFECT_AUXILIARIES
            for child in bearer.children
        )
        and not any(child.dep_ == "auxpass" for child in (*verb.children, *bearer.children))
    )


def told_without_a_day(token: Token, times: list[TimeExpr]) -> bool:
    """Whether the tense or a frequency adverb tells the event as no news of the day: the
    present perfect, its progressive with no time of its own, or an act done as a rule."""
    return indefinite_past(token) or running_up_to_now(token, times) or done_as_a_rule(token)


def tense_bearers(token: Token) -> tuple[Token, ...]:
    """The trigger, and for a participle or adjective clause with no subject or auxiliary of
    its own the verb it hangs on, whose tense tells its time too ("have repeatedly denied the
    allegations while criticizing the groups", "has been fighting an insurgency, accusing the
    government", "while critical of the government, he has warned"): the clause tells the
    same course of acts, not the day's news. For an event noun, also the relative clause that
    tells it ("the sanctions Washington has imposed on Moscow", "the embargo which has kept
    Cuba in a box"): its tense is the act's."""
    verb = telling_verb(token)
    told = (
        tuple(child for child in token.children if child.dep_ == "relcl")
        if token.pos_ in ("NOUN", "PROPN")
        else ()
    )
    if (
        (verb.tag_ == "VBG" or verb.pos_ == "ADJ")
        and verb.dep_ in PARTICIPLE_CLAUSE_RELATIONS
        and verb.head.pos_ in CLAUSE_POS
        and not any(child.dep_ in (*SUBJECTS, "aux", "auxpass") for child in verb.children)
    ):
        return token, verb.head, *told
    return token, *told


PARTICIPLE_CLAUSE_RELATIONS = ("advcl", "conj")
"""How a participle clause that shares its verb's time hangs on it (not "xcomp": "has begun
relaxing" is the act the phase verb begins)."""


def running_up_to_now(token: Token, times: list[TimeExpr]) -> bool:
    """Whether the event is told in the present perfect progressive with no time of its own
    ("have been disputing the islands for years", "has been fighting an insurgency"): a
    course of acts running up to now, begun at no day the clause tells, not news of the day.
    Not one its sentence puts in a recent period up to now ("in the past month, he has been
    waging a tariff fight"): that is the day's news, dated by publication."""
    verb = telling_verb(token)
    auxiliaries = [child.lower_ for child in verb.children if child.dep_ == "aux"]
    sentence = token.sent
    spans = [
        span_at(token.doc, time.start, time.end) for time in times if written_in(time, sentence)
    ]
    return (
        verb.tag_ == "VBG"
        and "been" in auxiliaries
        and any(word in PRESENT_PERFECT_AUXILIARIES for word in auxiliaries)
        and not any(span is not None and period_to_now(span) for span in spans)
    )


def done_as_a_rule(token: Token) -> bool:
    """Whether an adverb of frequency tells the act as one done as a rule ("the Taliban
    routinely deny sheltering fighters", "police often detained reporters"): a habit has no
    day of its own."""
    return as_a_rule(telling_verb(token))


def auxiliary_bearer(verb: Token) -> Token:
    """The verb whose auxiliaries a participle shares: itself, or, for a conjunct with no
    auxiliary or subject of its own, the participle it is joined to ("have blamed ... and
    called")."""
    while (
        verb.dep_ == "conj"
        and verb.head.tag_ == "VBN"
        and not any(child.dep_ in SHARED_CLAUSE_PARTS for child in verb.children)
    ):
        verb = verb.head
    return verb


def named_as_topic(token: Token) -> bool:
    """Whether an event noun, or an act told by a gerund, is named as the cause or topic of
    another act ("jailed in 2011 for the murder", "protested on Monday over the killings",
    "condemned the bombing") or as the wrong a charge names ("charged on Tuesday with robbing
    trucks", "accused the rebels of killing and looting", `charge_of`): the time of the clause
    above is that act's, not the named one's."""
    gerund = token.tag_ == "VBG" and token.pos_ in CLAUSE_POS
    if token.pos_ not in ("NOUN", "PROPN") and not gerund:
        return False
    if charge_of(token, event_cues()) is not None:
        return True
    act = first_conjunct(token)
    return (
        act.dep_ in ("pobj", "pcomp") and act.head.lower_ in date_cues().topic_prepositions
    ) or reacted_to(token)


def act_named_as_topic(token: Token) -> bool:
    """Whether a gerund outside the headline names an act as a charge's wrong or the cause or
    topic of another act (`named_as_topic`: "the rebels are accused of killing and looting"):
    done before that act, at no day the clause above tells, as an event noun in the same place
    is (`in_passing`), so not the day's news. A headline names the day's news."""
    return (
        token.pos_ in CLAUSE_POS and token.idx >= headline_end(token.doc) and named_as_topic(token)
    )


def reacted_to(token: Token) -> bool:
    """Whether an event noun outside the headline is the object of a reaction to it ("Iran on
    Saturday condemned the bombing", "in 2019 praised his first summit") or names what it left
    behind ("paid tribute Tuesday to bombing victims", "the anniversary of his abduction"): an
    act done before, at no day the clause tells, unless described as going on ("condemned the
    continuing brutality"). A headline's reaction names the day's news ("UN condemns attack")."""
    cues = date_cues()
    token = first_conjunct(token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.idx >= headline_end(token.doc)
        and (
            (token.dep_ == "dobj" and head.lemma_.lower() in cues.reaction_verbs)
            or (
                token.dep_ in ("compound", "pobj")
                and head.pos_ == "NOUN"
                and head.lemma_.lower() in cues.aftermath_nouns
            )
        )
        and not any(child.lower_ in cues.ongoing_modifiers for child in token.children)
    )


def topic_bound(parse: Doc, trigger: int, analysis: Analysis) -> EventDate | None:
    """The time of the act that names the event as its cause or topic ("jailed in 2011 for
    the murder"): not the event's date, but it came no later, so the merge keeps it apart
    from the day's news (`apart_in_time`)."""
    token = parse[trigger]
    if not named_as_topic(token):
        return None
    attached = attached_time(parse, token, analysis.times)
    return event_date(attached, analysis.article.published) if attached is not None else None


def told_before_the_story(token: Token) -> bool:
    """Whether the sentence's own clause, or a relative clause ("the treaty he had rejected",
    "protesters who had blocked the entrance"), tells the act in the past perfect with no time
    of its own ("Lawyers had requested bail, but the judge asked for more time"): before the
    time of the story, at no stated day. Under a reporting verb ("said they had killed") the
    past perfect is the reporter's and the act is most often the day's news."""
    verb = telling_verb(token)
    verb = first_conjunct(verb)
    return (
        (verb.dep_ in ("ROOT", "relcl") and past_perfect(token))
        or described_before_now(verb)
        or described_by_participle(verb)
    )


def described_by_participle(verb: Token) -> bool:
    """Whether a bare past participle describes a noun of the body by what was done to it
    ("the case of a reporter arrested over his articles", "to free soldiers captured in the
    border war"): an act before the story, at no stated day. Not one whose doer is named
    ("militias backed by foreign troops"), which most often tells what is going on, nor one
    with a subject or an auxiliary of its own (a relative clause the parser read so), on a
    subject or in a sentence with no finite main verb (most often the main verb misread: "riot
    police deployed in the capital", "dozens affiliated with the union marched outside"), nor
    a headline's ("Reporter arrested over articles"), which is the day's news."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.dep_ not in SUBJECTS
        and finite(verb.sent.root)
        and verb.idx >= headline_end(verb.doc)
        and not any(child.dep_ in PARTICIPLE_CLAUSE_PARTS for child in verb.children)
    )


PARTICIPLE_CLAUSE_PARTS = ("nsubj", "nsubjpass", "aux", "auxpass", "agent")
"""What a bare participle describing a noun has none of."""


def described_before_now(verb: Token) -> bool:
    """Whether a relative clause in the simple past, with no time of its own, describes a noun
    of a clause told in the present ("the countries that initially agreed to send troops are no
    longer members", "groups that opposed the war now show signs of ..."): what the noun did
    before now, not the day's news. Not under a reporting verb ("police say gunmen who stormed
    the hotel killed five"), where the past is the report's, unless it describes the speaker
    ("Vosk, who led the talks, says"): that is who the speaker is, told before now."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    clause = governing_verb(verb.head)
    if clause is None:
        return False
    cues = event_cues()
    present = any(word.tag_ in PRESENT_TENSES for word in (clause, *auxiliaries_of(clause)))
    speaker = first_conjunct(verb.head)
    return (
        present
        and (
            (speaker.dep_ in SUBJECTS and speaker.head.i == clause.i)
            or clause.lemma_.lower() not in cues.reporting_verbs
        )
        and not in_reported_speech(clause, cues)
    )


def told_as_before(token: Token) -> bool:
    """Whether an adverb puts the act before the story's time at no stated day ("I had met
    him before", "troops previously shelled the town")."""
    verb = telling_verb(token)
    return any(
        child.dep_ == "advmod" and child.lower_ in date_cues().anterior_adverbs
        for child in verb.children
    )


def standing_state(token: Token) -> bool:
    """Whether the body of the story tells the event as a standing state or topic in the
    present: a present passive, simple or progressive ("the ships are sanctioned by the
    Treasury", "the defendants are being tried in absentia") or an event noun
    that is the subject of a present-tense verb ("sanctions enjoy wide support", "his arrest
    has had a chilling effect"). Either holds now, not on the day of the news. A headline
    tells the day's acts in the present, so it is never read so."""
    if token.sent.start == 0:
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        verb = token.head
        return (
            token.dep_ in SUBJECTS
            and verb.lemma_ not in date_cues().phase_verbs
            and (
                verb.tag_ in PRESENT_TENSES
                or any(
                    child.dep_ == "aux" and child.lower_ in PRESENT_PERFECT_AUXILIARIES
                    for child in verb.children
                )
            )
        )
    auxiliaries = auxiliaries_of(token)
    return (
        token.tag_ == "VBN"
        and bool(auxiliaries)
        and auxiliaries[0].tag_ in PRESENT_TENSES
        and [(child.dep_, child.lower_) for child in auxiliaries[1:]] in PRESENT_PASSIVE_TAILS
        and auxiliaries[-1].dep_ == "auxpass"
    )


def charge_held(token: Token) -> bool:
    """Whether a charge verb tells, in the passive and naming no accuser, the charge someone
    stands under ("was accused of aiding rebels", "have confessed to or been charged with
    murder", "stand accused of the bombing"): the accused's standing, at no day the clause
    tells, not the day's news. Not one that names its accuser ("was accused by rights groups
    of"), which tells an accusation made, nor a headline's, which is the day's news."""
    cues = date_cues()
    held = any(child.dep_ == "auxpass" for child in token.children) or (
        token.dep_ in HELD_RELATIONS and token.head.lemma_.lower() in cues.standing_verbs
    )
    return (
        held
        and token.tag_ == "VBN"
        and token.lemma_.lower() in cues.charge_verbs
        and token.idx >= headline_end(token.doc)
        and not any(child.dep_ == "agent" for child in token.children)
    )


HELD_RELATIONS = ("acomp", "advcl", "oprd", "xcomp")
"""How the parser hangs a participle on the verb holding it ("stand accused", "remain
charged")."""


PRESENT_PASSIVE_TAILS = ([], [("auxpass", "being")])
"""What follows the present auxiliary of a present passive: nothing ("are sanctioned") or the
progressive's "being" ("are being tried in absentia", "are being persecuted"): a course of
acts going on now, with no day of its own."""


def past_perfect(token: Token) -> bool:
    """Whether the event is told in the past perfect ("had banned", "had been arrested"):
    before the time of the clause that tells of it."""
    verb = telling_verb(token)
    return verb.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ in PAST_PERFECT_AUXILIARIES for child in verb.children
    )


def purpose_level(token: Token) -> int:
    """How far up the chain an unrealised act is dated: its own clause (for an event noun
    that is the subject of its own onset, "the tariffs will take effect Wednesday", or the
    object of a verb that holds it, "will convene a meeting on Friday" (`holding_verbs`),
    that verb's), and through a purpose clause ("gathered bloggers in July to visit cities")
    the act it is the purpose of, which sets its time."""
    level = 0
    if token.pos_ in ("NOUN", "PROPN") and (
        (token.dep_ == "dobj" and token.head.lemma_.lower() in date_cues().holding_verbs)
        or (token.dep_ in SUBJECTS and tells_onset(token.head))
    ):
        token, level = token.head, 1
    while token.dep_ == "conj" or (token.dep_ == "advcl" and is_to_infinitive(token)):
        token, level = token.head, level + 1
    return level


def tells_onset(verb: Token) -> bool:
    """Whether a verb tells its subject event coming about ("take effect", "take place",
    "begin", "come into force")."""
    cues = date_cues()
    lemma = verb.lemma_.lower()
    words = [child.lower_ for child in verb.children] + [
        grandchild.lower_ for child in verb.children for grandchild in child.children
    ]
    return lemma in cues.phase_verbs or any((lemma, word) in cues.onset_phrases for word in words)


def own_clause_level(token: Token) -> int:
    """The level of the verb whose clause is the event's own on the chain from the trigger:
    the trigger, or the verb whose object it is ("had launched an attack")."""
    return 1 if token.dep_ == "dobj" else 0


CLAUSE_POS = ("VERB", "AUX")
UNREALISED = (FUTURE, HYPOTHETICAL)
RELATIVE_TYPES = (*DATED_TYPES, "DURATION")
PASSING_RELATIONS = ("pobj", "poss", "compound", "npadvmod")
PRESENT_PERFECT_AUXILIARIES = ("has", "have", "'ve")
SIMPLE_PAST_TAGS = ("VBD", "VBN")
"""A simple past verb, as the tagger may read it: with no auxiliary, a "-ed" it tags as a
participle is the past tense ("the Friday explosions killed")."""
PAST_PERFECT_AUXILIARIES = ("had", "'d")


def attached_time(
    parse: Doc,
    token: Token,
    times: list[TimeExpr],
    highest: int | None = None,
    types: tuple[str, ...] = DATED_TYPES,
    unrealised: bool = False,
) -> TimeExpr | None:
    """The time expression of the nearest clause on the way from `token` up to the root, or
    up to the noun a relative clause describes: "sent back to prison this week in a move
    his lawyer called inhumane" does not say when the lawyer spoke. With `highest`, no
    clause above that level of the chain counts; only `types` of time count. An `unrealised`
    act takes no time of a clause describing another noun (`describes_another_noun`)."""
    sentence = token.sent
    chain = clause_chain(token)
    level_of = {ancestor.i: level for level, ancestor in enumerate(chain)}
    best: tuple[int, bool, bool, int, int] | None = None
    chosen = None
    for time in times:
        if time.type not in types or not written_in(time, sentence):
            continue
        span = span_at(parse, time.start, time.end)
        if span is None or not len(span) or period_to_now(span):
            continue
        inside = [level_of[t.i] for t in span if t.i in level_of]
        shared = relayed = False
        if inside:  # the event's clause modifies this date ("8 May 2018, when ...")
            level = min(inside)
        elif span.root.head.i == token.i:  # the event noun's own time: "the January attack"
            level = 0
        elif (described := described_noun_level(span, chain)) is not None:
            level = described  # "the 2004 bombing that killed ten soldiers"
        elif subject_event_time(span, token):  # "the Friday explosions killed 110 people"
            level = 0
        elif (modifies_noun(span) or names_noun_after(span)) and not occasion(span):
            continue  # "the 2015 nuclear deal" names a thing, not the event's time
        else:
            attachment = attachment_level(span.root, level_of, chain[0], unrealised)
            if attachment is None:
                continue
            level, shared, relayed = attachment
            if relayed and RANK.get(granularity_of(time.value) or "century", 9) >= RANK["year"]:
                continue  # "the group, founded in 1998, claimed...": the group's year
        if highest is not None and level > highest:
            continue
        rank = (level, shared, relayed, abs(span.root.i - token.i), time.start)
        if best is None or rank < best:
            best, chosen = rank, time
    return chosen


def described_noun_level(span: TokenSpan, chain: list[Token]) -> int | None:
    """The chain level of the event noun a clause on the chain describes, where a time
    expression is that noun's own time, through a relative clause or a participle ("the 2004
    bombing that killed ten soldiers", "last year's raid in which two men died", "the Feb. 23
    accord signed by both leaders", "a March speech denouncing him"), or on the noun's "of"
    phrase, where the parser often hangs it ("the 1995 shooting of a doctor, who was
    wounded"): the clause tells of that event, so it has that time. None for a clause that is
    a noun's content ("Tuesday's announcement that it had agreed"): that is said then, not
    done then."""
    noun = span.root.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in (t.i for t in span):
        return None
    return next(
        (
            level
            for level in range(1, len(chain))
            if chain[level - 1].dep_ in NOUN_CLAUSES and describes_event(chain[level], noun)
        ),
        None,
    )


def subject_event_time(span: TokenSpan, verb: Token) -> bool:
    """Whether a time expression is the own time of an event noun that is the subject of the
    trigger verb told in the simple past ("The Friday explosions killed 110 people",
    "the January airstrike wounded three farmers"): what the event did, it did then. Not a verb in
    another tense ("the 2015 deal limits enrichment": a standing effect), nor a noun that names
    no event (`noun_frames`: "the 2015 law banned ...") or a deal or document that lasts past
    its day (`agreement_nouns`: "the 2015 treaty angered the rebels")."""
    noun = span.root.head
    return (
        noun.dep_ == "nsubj"
        and noun.head.i == verb.i
        and verb.tag_ in SIMPLE_PAST_TAGS
        and not auxiliaries_of(verb)
        and noun.lemma_.lower() in noun_frames()
        and noun.lemma_.lower() not in agreement_nouns()
        and noun.i not in (t.i for t in span)
    )


def occasion(span: TokenSpan) -> bool:
    """Whether a time expression dates an occasion or a medium the clause's act takes place
    in ("dismissed the accusations at Friday's meeting", "protested in an Oct. 2 letter")."""
    return names_occasion(span.root.head)


def names_occasion(noun: Token) -> bool:
    """Whether a noun names an occasion or a medium an act takes place in ("at Friday's
    meeting", "in an Oct. 2 letter", "during a debate hosted on Thursday")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in date_cues().occasion_prepositions


def clause_chain(token: Token) -> list[Token]:
    """The token and its heads up to the root, stopping at the noun a clause on the way
    describes (kept: "since 8 May 2018, when Trump announced" is dated by its noun), unless a
    bare present participle describes it (`simultaneous_participle`)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        node = chain[-1]
        chain.append(node.head)
        if node.dep_ in NOUN_CLAUSES and not simultaneous_participle(node):
            break
    return chain


def simultaneous_participle(verb: Token) -> bool:
    """Whether a bare present participle describes a noun by what it does while the clause
    the noun is in takes place ("in the 1980s planted articles alleging a plot", "issued a
    statement on Friday accusing the army", "approved on Wednesday a resolution condemning"):
    the words act at that clause's time, so its time is the participle's. Not one with a
    subject or an auxiliary of its own (a relative clause the parser read so), nor a past
    participle ("a reporter arrested over his articles"), which tells what was done before."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and not any(child.dep_ in PARTICIPLE_CLAUSE_PARTS for child in verb.children)
    )


def attachment_level(
    root: Token, level_of: dict[int, int], trigger: Token, unrealised: bool = False
) -> tuple[int, bool, bool] | None:
    """Where a time expression hangs on the trigger's chain: climbing from its root, the level
    of the first chain token reached, whether it came from a verb joined to the trigger
    ("arrested and sentenced in 2011" dates the arrest as well), and whether it came through
    a clause describing another noun; None when a verb of another clause comes first, or an
    appositive, which describes its noun (the time is the noun's, not the act's). A
    relative clause describes the trigger's own noun ("talks that failed last year") or
    another's, whose time it is ("the season, which ended in November"); for an `unrealised`
    act, so does a participle describing another noun (`describes_another_noun`)."""
    token, relayed = root, False
    while token.head.i != token.i:
        if token.dep_ == "appos":
            return None  # "Eritrea, an Italian colony until 1941, was annexed": the noun's time
        token = token.head
        if token.i in level_of:
            level = level_of[token.i]
            return level, False, relayed and level > 0
        if token.pos_ in ("VERB", "AUX"):
            if shares_time_with(token, trigger, root):
                return 0, True, False
            if attendant_participle(token):
                continue
            if token.dep_ not in NOUN_CLAUSES:
                return None
            if token.dep_ == "relcl" and not describes_event(token.head, trigger):
                return None
            if unrealised and describes_another_noun(token, trigger):
                return None
            relayed = True
    return None


def describes_another_noun(verb: Token, trigger: Token) -> bool:
    """Whether a participle or clause describes a noun that is not the event by what was done
    to or by it ("will resume talks over the deal signed in January", "urged them to reject
    the deal reached last week"): its time is that noun's, which an act not yet done cannot
    share. Not a bare present participle (`simultaneous_participle`: "will issue a statement
    accusing the army on Friday"), nor one on an occasion (`names_occasion`: "a chance to
    appeal to voters during a debate hosted on Thursday"), whose time is the act's."""
    return (
        verb.dep_ == "acl"
        and not describes_event(verb.head, trigger)
        and not simultaneous_participle(verb)
        and not names_occasion(verb.head)
    )


def attendant_participle(verb: Token) -> bool:
    """Whether a verb is a bare present participle set before its clause's act ("starting in
    June 2018, the ministry stopped ...", "speaking on Friday, the minister said"): it tells
    the act's circumstance, so its time is the act's. One after the act most often tells what
    the act set out ("giving the rebels a week to leave, starting at noon Monday")."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and verb.tag_ == "VBG"
        and not any(child.dep_ in (*SUBJECTS, "mark", "aux") for child in verb.children)
    )


def describes_event(noun: Token, trigger: Token) -> bool:
    """Whether a relative clause on `noun` describes the event: it is the trigger, or the
    trigger's "of" phrase, where the parser often hangs it ("the murder of the deputy, which
    took place in May")."""
    return noun.i == trigger.i or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == trigger.i
    )


def shares_time_with(verb: Token, trigger: Token, time_root: Token) -> bool:
    """Whether `verb` is joined to a trigger verb that ends its own clause ("had been
    arrested and sentenced to prison in 2011", "shot and killed on Saturday"), with no
    subject of its own, and the time comes after both: the conjuncts share it. A trigger
    with words of its own before the conjunct ("became famous in a film and had a show in
    2005") is dated by them alone."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == trigger.i
        and trigger.pos_ in ("VERB", "AUX")
        and time_root.i > verb.i
        and not any(child.dep_ in SUBJECTS for child in verb.children)
        and all(child.dep_ in COORDINATION for child in trigger.rights if child.i < verb.i)
    )


COORDINATION = ("cc", "punct", "advmod", "neg", "prt")


def event_date(time: TimeExpr, published: str | None) -> EventDate:
    """An event date from a time expression; "now" is the publication day when known, and a
    part of a day ("Friday morning") is the day. What names no calendar date ("recently":
    PAST_REF, a century, a duration) keeps its words and no value: the event is dated by the
    text, which does not say when."""
    value, granularity = time.value, granularity_of(time.value)
    if value == "PRESENT_REF" and published:
        value, granularity = published[:10], "day"
    if granularity == "day" and value is not None:
        value = value[:10]  # "Friday morning" (2021-02-26TMO): the event's date is the day
    if granularity is None or granularity == "century":
        value, granularity = None, None
    return EventDate(value, granularity, "text", time.text, time.start, time.end)


def apart_in_time(told: Mention, other: Mention) -> bool:
    """Whether two mentions' dates keep them apart: one is a clause dated by the publication
    fallback, an act told as the day's news, and the other dated by the text in a period
    over more than a month before publication ("the 2011 murder" beside "the gang leader who
    was killed", "accusations last September" beside what a leader "alleged" in today's
    statement), or named as the topic of an act that was ("jailed in 2011 for the murder":
    `Mention.not_after`). An event noun's fallback says nothing: a noun names an event it may
    point back to ("condemning Iraq's invasion", "linking the killings"), whenever that was."""
    for fallback, stated in ((told, other), (other, told)):
        stated_date = stated.date or stated.not_after
        if (
            fallback.date is not None
            and fallback.date.source == "published"
            and fallback.trigger.pos_ in CLAUSE_POS
            and stated_date is not None
            and stated_date.source != "published"
            and over_before(stated_date.value, fallback.date.value)
        ):
            return True
    return False


def still_to_come(token: Token, dated: EventDate | None, published: str | None) -> bool:
    """Whether an act the text dates after its publication day is told in the present or the
    future ("will meet with her on Thursday", "are defending seats in 2018"): it has not
    happened yet, whatever else reads it as done. A past telling ("condemned the test on
    Wednesday", a weekday the times stage placed ahead) is left to the date."""
    point = point_of(dated.value) if dated is not None and dated.source != "published" else None
    return (
        point is not None
        and bool(published)
        and point.first_day > date.fromisoformat(published[:10])
        and told_as_to_come(token, event_cues())
    )


def over_before(value: str | None, published: str | None) -> bool:
    """Whether a date's period was over more than a month before the publication day."""
    point = point_of(value)
    ends = point.shifted(1, PERIOD_UNIT[point.granularity]) if point is not None else None
    if ends is None or not published:
        return False
    return (date.fromisoformat(published[:10]) - ends.first_day).days > PAST_DAYS


def merged_date(group: list[Mention]) -> EventDate | None:
    """The date of an event told by several mentions. Where the first mention, the record's
    trigger, is a verb, its sentence dates the event (a date its text gives beats the
    publication date): the verb tells an act in its own clause, and the gold dates each
    mention by its own clause, while a later mention's date is most often another act's
    ("Trudeau retaliated" is not the tariffs threatened "on April 2nd", nor "militants who
    attacked a hotel" the attack claimed "on Tuesday"). Otherwise, or where that sentence
    dates nothing, the best date of the mentions that support the record
    (`may_lend_date`): an event noun may point back to an act another mention dates ("linking
    the killings", "nine women killed last year"). A verb or adjective the date step left
    undated as background or named in passing (`Mention.told_apart`: "detainees held for weeks
    before being deported", beside "last month, officials deported 40") or a hypothetical act
    borrows nothing (`borrows_no_date`): another mention's date is most often another act's.
    Where another mention gives the chosen day in words, the date is marked as the text's."""
    sentence = group[0].trigger.sent.start
    supporting = [m.date for m in group if m.date is not None and may_lend_date(m, sentence)]
    own = [m.date for m in group if m.date is not None and m.trigger.sent.start == sentence]
    if not own and borrows_no_date(group[0]):
        return None
    told = own if group[0].trigger.pos_ in CLAUSE_POS else []
    chosen = min(told or supporting, key=lambda d: d.source == "published", default=None)
    if chosen is None or chosen.source != "published":
        return chosen
    return next(
        (d for d in supporting if d.value == chosen.value and d.source != "published"), chosen
    )


def borrows_no_date(mention: Mention) -> bool:
    """Whether a first mention whose sentence dates nothing takes no other mention's date: a
    verb or adjective told apart (`Mention.told_apart`), or a hypothetical act ("urged them to
    resume talks", beside "should resume talks over the deal signed in January"): what may
    never happen has no day, and the other mention's day is most often another act's."""
    return mention.modality == HYPOTHETICAL or (
        mention.told_apart and mention.trigger.pos_ in (*CLAUSE_POS, "ADJ")
    )


def may_lend_date(mention: Mention, sentence: int) -> bool:
    """Whether a mention may lend its date to the record: one naming actors (joined by
    sharing one, `merge.may_join`) or one in the first mention's sentence. A mention without
    actors in another sentence joined for want of a conflict ("Such shelling last happened
    in 2019") lends none."""
    return bool(mention.source or mention.target) or mention.trigger.sent.start == sentence
