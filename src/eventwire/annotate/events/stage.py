"""The event stage: runs the coding steps over one parse, in order, and merges what they find
into event records."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.annotate.events.accusations import said_accusations
from eventwire.annotate.events.coding import code_mention, is_aim
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.dates import (
    apart_from_the_story,
    date_for_event,
    still_to_come,
    topic_bound,
)
from eventwire.annotate.events.judgement import withheld_event
from eventwire.annotate.events.merge import merge, to_event
from eventwire.annotate.events.participants import (
    armed_owners,
    has_participants,
    only_participants,
)
from eventwire.annotate.events.placement import place_victims, placed_home_bodies
from eventwire.annotate.events.places import place_for_event
from eventwire.annotate.events.referents import referred_roles
from eventwire.annotate.events.setting import (
    anyone_met,
    place_by_setting,
    sources_in_setting,
    story_country,
)
from eventwire.annotate.events.triggers import match_triggers
from eventwire.annotate.events.voice import demands, reported_defiance, statements
from eventwire.annotate.modality import ASSERTED, FUTURE, NEGATED
from eventwire.annotate.news import earns_event_coding, judge_news
from eventwire.codebooks.events import happens_on_the_ground, met_in_person
from eventwire.records import ActorRef, Analysis, CodeSource, Event
from eventwire.settings import settings_in_force


def find_events(parse: Doc, analysis: Analysis) -> list[Event]:
    """The events of one article: its mentions, dated and placed, merged; an event no actor
    takes part in is no event. Only news about public affairs that reports (no opinion page)
    earns event coding: the judgement, with its reasons, is recorded on the article. An
    asserted event a careful coder would not write (`judgement.withheld_event`) is left out
    and recorded on the article's news judgement."""
    coded = placed_groups(parse, analysis)
    if coded is None:
        return []
    _, groups = coded
    sentences = {sent.start: index for index, sent in enumerate(parse.sents)}
    return [to_event(group, sentences, analysis) for group in groups]


def placed_groups(
    parse: Doc, analysis: Analysis
) -> tuple[EventContext, list[list[Mention]]] | None:
    """The groups that become the article's events, judged and placed: what a tool reads
    before they become records (scripts/train_participant_model.py); None where the article
    earns no event coding."""
    analysis.article.news = judge_news(parse, analysis)
    if not earns_event_coding(analysis.article.news) and not settings_in_force().code_every_article:
        return None
    setting = story_country(analysis)
    context, groups = coded_groups(parse, analysis, setting)
    judged = [(group, withheld_event(context, group)) for group in groups]
    analysis.article.news.withheld = [withheld for _, withheld in judged if withheld]
    groups = [group for group, withheld in judged if withheld is None]
    for group in groups:
        place_victims(context, group)  # after the merge: a place's code links no mentions
        if setting is not None:
            place_by_setting(context, group, *setting)
    return context, groups


def coded_groups(
    parse: Doc, analysis: Analysis, setting: tuple[str, CodeSource] | None
) -> tuple[EventContext, list[list[Mention]]]:
    """The article's mentions, dated and placed, merged into the groups that make events; a
    group no actor takes part in is no event. `setting` is the story's country
    (`setting.story_country`), which lends public doers their codes (`final_doers`)."""
    context = EventContext.of(parse, analysis)
    mentions = code_mentions(context)
    for mention in mentions:
        mention.date = date_for_event(parse, mention.trigger.i, analysis, mention.modality)
        if (
            mention.modality == ASSERTED
            and not mention.stated
            and still_to_come(mention.trigger, mention.date, analysis.article.published)
        ):
            mention.modality = FUTURE
        mention.not_after = topic_bound(parse, mention.trigger.i, analysis)
        mention.told_apart = told_apart(parse, mention, analysis)
        mention.place = place_for_event(
            parse,
            mention.trigger.i,
            analysis,
            mention.source + mention.target,
            happens_on_the_ground(mention.code) and takes_the_setting(mention),
            said_by=None
            if happens_on_the_ground(mention.code) or met_in_person(mention.code)
            else mention.source,
            targets=mention.target,
        )
        mention.source = placed_home_bodies(context, mention, mention.source)
        mention.target = placed_home_bodies(context, mention, mention.target)
    return context, [
        group
        for group in merge(mentions)
        if has_participants(context, group, final_doers(context, group, setting))
    ]


def final_doers(
    context: EventContext, group: list[Mention], setting: tuple[str, CodeSource] | None
) -> list[ActorRef]:
    """The sources of a group's mentions with the codes the output gives them, for a frame
    that needs a public doer: in a story set in one country the setting lends its country to
    roles once the event is placed (`setting.place_by_setting`, after the learned judgement,
    which reads the codes found before it): "prosecutors" in a story set in Peru are PERJUD.
    A person it lends the country alone is anyone met in the story (`setting.anyone_met`)
    and keeps the code found before."""
    if setting is None:
        return [actor for mention in group for actor in mention.source]
    return [
        actor if anyone_met(context, placed) else placed
        for mention in group
        for actor, placed in zip(
            mention.source, sources_in_setting(context, mention, *setting)[0], strict=True
        )
    ]


NOT_YET_DONE = frozenset({FUTURE, NEGATED})
"""Modalities of an act that has not happened anywhere: it has no place the text does not name."""


def takes_the_setting(mention: Mention) -> bool:
    """Whether the article's setting may stand for where the mention's act happens: not for an
    asserted act the date stage leaves undated, whether named in passing, told as background
    (`told_apart`) or told without a day ("has provided training", "have imposed a ban", "are
    being persecuted", "followed another crackdown"): the setting is where the story is on its
    day, and the gold leaves such acts unplaced unless their clause names a place (on dev and
    dev_extra, the 4 not told apart that the setting placed were all wrong). Nor for one that
    has not happened ("will hold migrants", "must stop killing", "halted his deportation"; 4
    placed, none right). A hypothetical act keeps it: a law that "allows the government to
    seize" assets, a threat "to kill the hostages", is the story's."""
    undated = mention.modality == ASSERTED and mention.date is None
    return not undated and mention.modality not in NOT_YET_DONE


def told_apart(parse: Doc, mention: Mention, analysis: Analysis) -> bool:
    """Whether an asserted mention is left undated as named in passing ("wept over the
    crackdown") or told as background ("had banned her book"; `dates.apart_from_the_story`):
    it may have happened at any time, so another mention's date does not stand for its own
    (like every undated asserted act, it takes no place from the setting either:
    `takes_the_setting`). An unrealised act is not, nor one told in the present perfect: aid
    that "has" gone on is most often of the story's time."""
    return (
        mention.modality == ASSERTED
        and mention.date is None
        and apart_from_the_story(parse, mention.trigger, analysis)
    )


def code_mentions(context: EventContext) -> list[Mention]:
    """Every mention of the article: each trigger coded, less the event nouns another trigger
    told as its own and the demands that are a protest's aim, plus what saying is in itself
    (promises, threats, refusals, demands); role phrases that point back take their code."""
    mentions: list[Mention] = []
    absorbed: set[int] = set()
    for index in match_triggers(context):
        if index in absorbed:
            continue
        mention = code_mention(context, context.parse[index])
        if mention is None:
            continue
        absorbed.update(mention.absorbed)
        mentions.append(mention)
    mentions = [m for m in mentions if m.trigger.i not in absorbed and not is_aim(context, m)]
    mentions.extend(statements(context, mentions))
    mentions.extend(demands(context))
    mentions.extend(reported_defiance(context, mentions))
    mentions.extend(said_accusations(context))
    for mention in mentions:
        mention.source = armed_owners(
            context, mention.trigger, referred_roles(context, mention.source)
        )
        mention.target = referred_roles(context, mention.target)
    return [only_participants(context, m) for m in one_reading_per_trigger(mentions)]


def one_reading_per_trigger(mentions: list[Mention]) -> list[Mention]:
    """One event per trigger: where saying something is itself an event ("we will retaliate"
    is a threat, "Y must withdraw" a demand) the asserted reading stands for the trigger, and
    the act it states (future, hypothetical) is not a second event on the same words."""
    chosen: dict[int, Mention] = {}
    for mention in mentions:
        held = chosen.get(mention.trigger.i)
        if held is None or (held.modality != ASSERTED and mention.modality == ASSERTED):
            chosen[mention.trigger.i] = mention
    return [m for m in mentions if chosen[m.trigger.i] is m]
