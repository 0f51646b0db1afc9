"""Where each gold event the coder misses is lost: the last step of the events stage that held it.

    python scripts/missed_events.py GOLD.jsonl [--rows ROWS.tsv]

A gold event is missed when no event of ours takes it (`eventwire eval events --errors`, the
`(missed` lines). Each trigger token of each of its mentions is followed through the events
stage, and the event is counted under the furthest step any of them reached:

    no codebook word         the lemma is no verb or noun of the codebooks
    no frame for its role    a codebook lemma the stage does not try in this part of speech or
                             role (a modifier, a noun as compound, a misread verb)
    frame refused            the lemma's frames were tried and none fits
    fitted, not coded        a frame fits, but another trigger's frame used the word or coding
                             left it out
    no participant           coded, but its group names no actor taking part (`has_participants`)
    withheld                 the learned filter withheld its group
    kept elsewhere           kept, in a record that another gold event took (a merge)

Prints the counts by step and writes, with `--rows`, one row per missed event under a header
(`COLUMNS`; until round 30 the file had none): article id, gold type and modality, trigger
text, step, what the step found (lemma, part of speech and role; or the code and modality of
our mention), mentions of the gold event, its context.
Rounds 27 and 28 traced their misses with scripts outside the repository, since lost; this one
stays for the next count (docs/events.md, recall29).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from gold_trace import trace_main
from spacy.tokens import Doc, Token

from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.judgement import withheld_event
from eventwire.annotate.events.setting import story_country
from eventwire.annotate.events.stage import code_mentions, coded_groups
from eventwire.annotate.events.syntax import trigger_lemma
from eventwire.annotate.events.triggers import frames_for, match_triggers
from eventwire.codebooks.events import plover_for
from eventwire.evaluate import read_gold
from eventwire.evaluate.article_events import (
    GoldArticle,
    GoldMention,
    read_articles,
    scored_events,
)
from eventwire.headline_case import parse_articles
from eventwire.pipeline import run_stages, staged_analysis, to_article
from eventwire.records import Analysis

STEPS = (
    "no codebook word",
    "no frame for its role",
    "frame refused",
    "fitted, not coded",
    "no participant",
    "withheld",
    "kept elsewhere",
)
COLUMNS = ("article", "type", "modality", "trigger", "step", "found", "mentions", "context")
"""The columns of a row (`--rows`, under this header)."""


@dataclass(frozen=True)
class Reached:
    """The furthest step of `STEPS` a gold event reached, and what it was found as there."""

    step: int
    found: str


@dataclass
class Stage:
    """What the events stage held for one article, step by step."""

    context: EventContext
    mentions: list[Mention]
    groups: list[list[Mention]]
    kept: list[list[Mention]]

    @classmethod
    def of(cls, parse: Doc, analysis: Analysis) -> Stage:
        context = EventContext.of(parse, analysis)
        match_triggers(context)
        mentions = code_mentions(EventContext.of(parse, analysis))
        judging, groups = coded_groups(parse, analysis, story_country(analysis))
        kept = [group for group in groups if withheld_event(judging, group) is None]
        return cls(context, mentions, groups, kept)


def missed_events(gold: GoldArticle, analysis: Analysis) -> list[int]:
    """The indices of the gold events no event of ours takes, as the events scorer aligns."""
    events = scored_events(gold, analysis, set())
    taken = {gold_event[0] for _, _, gold_event in events if gold_event is not None}
    return [index for index in range(len(gold.events)) if index not in taken]


def described(mention: Mention) -> str:
    """A mention as a row shows it: its trigger's lemma, PLOVER type and modality."""
    return f"{trigger_lemma(mention.trigger)} {plover_for(mention.code)[0]} {mention.modality}"


def holding(groups: list[list[Mention]], token: Token) -> Mention | None:
    """The mention of these groups whose trigger is the token, if any."""
    return next((m for group in groups for m in group if m.trigger.i == token.i), None)


def reached(stage: Stage, token: Token) -> Reached:
    """The furthest step of the events stage the token reached as a trigger."""
    context = stage.context
    lemma = trigger_lemma(token)
    role = f"{lemma}/{token.pos_}/{token.dep_}"
    if (kept := holding(stage.kept, token)) is not None:
        return Reached(6, described(kept))
    if (grouped := holding(stage.groups, token)) is not None:
        return Reached(5, described(grouped))
    if (coded := holding([stage.mentions], token)) is not None:
        return Reached(4, described(coded))
    if token.i in context.matched:
        return Reached(3, lemma)
    if frames_for(context, token):
        return Reached(2, role)
    if lemma in context.verbs or lemma in context.nouns or token.lower_ in context.nouns:
        return Reached(1, role)
    return Reached(0, lemma)


def event_reached(stage: Stage, parse: Doc, mentions: list[GoldMention]) -> Reached:
    """The furthest step any token of the gold event's mentions reached."""
    tokens = [
        token
        for mention in mentions
        for token in parse
        if token.idx < mention.end and token.idx + len(token) > mention.start
    ]
    return max((reached(stage, token) for token in tokens), key=lambda r: r.step)


def trace(path: str) -> list[list[str]]:
    """One row per gold event of the file that the coder misses."""
    rows = []
    for gold in read_articles(path, list(read_gold(path))):
        article = to_article(gold.text, gold.published)
        (parse,) = parse_articles([article.text])
        with staged_analysis(article, parse) as analysis:
            run_stages(parse, analysis)
            missed = missed_events(gold, analysis)
            if not missed:
                continue
            stage = Stage.of(parse, analysis)
            for index in missed:
                mentions = gold.events[index]
                where = event_reached(stage, parse, mentions)
                first = mentions[0]
                context = gold.text[max(0, first.start - 70) : first.end + 40]
                rows.append(
                    [
                        gold.id,
                        first.type,
                        first.modality,
                        gold.text[first.start : first.end],
                        STEPS[where.step],
                        where.found,
                        str(len(mentions)),
                        " ".join(context.split()),
                    ]
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    return trace_main(
        argv,
        doc=__doc__,
        trace=trace,
        columns=COLUMNS,
        class_column="step",
        classes=STEPS,
        found="gold events missed",
        row="missed event",
    )


if __name__ == "__main__":
    sys.exit(main())
