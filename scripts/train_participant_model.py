"""Measure a learned choice of participant for a side no rule fills, on the dev golds.

    python scripts/train_participant_model.py features OUT.jsonl
    python scripts/train_participant_model.py cross-validate OUT.jsonl [--l2 N] [--folds N]
        [--label overlap|scorer]

The coding rules name a source or target from the trigger's own dependents and a few
constructions beyond them; where none applies the side stays empty. This script asks whether a
logistic regression (`eventwire.learned`, as the event filter) could fill such a side from the
noun phrases of the trigger's sentence. It did not pass the rule set before the figures were
read (docs/actors.md, "A learned participant for an empty side"), so no table ships and the
events stage has no such step; the script keeps the measurement repeatable for a later try.

`features` codes the whole-story development golds (tests/data/voa_events/dev.jsonl and
dev_extra.jsonl; never the test split) as `eventwire eval events` aligns them, and for each
event aligned with a gold event of its type whose source or target no mention fills
(`missing_sides`) writes one row: the side, whether the gold names a participant there and in
the trigger's sentence, whether the scorer counts the side right as it is, and each candidate
(`side_candidates`) with its features, whether it overlaps the gold's participant and whether
the scorer would count the side right filled by it. It prints the measurement: sides missing,
those where the gold has a participant, and how often a candidate is that participant (the
candidate pool's oracle).
`cross-validate` trains on the candidates of all folds of whole stories but one and scores the
one left out: per threshold, the sides the best candidate would fill right and wrong; then the
out-of-fold sides by falling probability, and whether the ship rule (at least 8 right sides,
right:wrong at least 3:1) is met anywhere. `--label scorer` trains on "the scorer counts the
side right filled by it" instead of "overlaps the gold's participant".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from judged_events import VOA_DEV_EXTRA_GOLD, VOA_DEV_GOLD, jsonl
from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token
from train_event_filter import article_fold

from eventwire.annotate.actors import resolve_actors
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.merge import to_event
from eventwire.annotate.events.stage import placed_groups
from eventwire.annotate.modality import TIME_ENTITIES
from eventwire.codebooks.events import plover_for
from eventwire.evaluate.article_events import (
    GoldArticle,
    GoldMention,
    countries_right,
    participants_right,
    read_articles,
    scored_events,
)
from eventwire.headline_case import parse_articles
from eventwire.learned import LinearModel, fit
from eventwire.pipeline import run_stages, staged_analysis, to_article
from eventwire.records import ActorRef, Event, Span
from eventwire.settings import BUILT_IN

SIDES = ("source", "target")
NOT_ACTORS = TIME_ENTITIES | {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
"""Entity types of a phrase that names no participant ("Tuesday", "200 dollars")."""
ROLE_KINDS = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "REB": "rebel",
    "UAF": "rebel",
    "INS": "rebel",
    "OPP": "opposition",
    "CVL": "civilian",
    "BUS": "business",
    "MED": "media",
}
"""A code's role part -> the kind of actor a feature names (others: `role`)."""
PATH_LIMIT = 4
"""Longer dependency paths than this many arcs are all one feature value (`long`)."""
DISTANCE_BANDS = ((2, "1-2"), (5, "3-5"), (10, "6-10"))


@dataclass(frozen=True)
class Candidate:
    """A phrase of the trigger's sentence that might fill a side, with what the model reads."""

    actors: tuple[ActorRef, ...]
    head: Token
    features: tuple[str, ...]


def missing_sides(group: list[Mention]) -> list[str]:
    """The sides no mention of the group fills."""
    return [side for side in SIDES if not any(getattr(m, side) for m in group)]


def side_candidates(context: EventContext, group: list[Mention], side: str) -> list[Candidate]:
    """Each noun phrase of the first mention's sentence that names an actor, short of the
    trigger's own phrase and of times and amounts, with its features for `side`."""
    trigger = group[0].trigger
    candidates = []
    for phrase in trigger.sent.noun_chunks:
        if phrase.start <= trigger.i < phrase.end or phrase.root.ent_type_ in NOT_ACTORS:
            continue
        actors = phrase_actors(context, phrase)
        if actors:
            features = candidate_features(context, group, side, phrase.root, actors)
            candidates.append(Candidate(tuple(actors), phrase.root, tuple(features)))
    return candidates


def phrase_actors(context: EventContext, phrase: TokenSpan) -> list[ActorRef]:
    key = (phrase.start, phrase.end)
    if key not in context.actor_cache:
        context.actor_cache[key] = resolve_actors(
            context.parse, phrase.start, phrase.end, context.analysis
        )
    return context.actor_cache[key]


def candidate_features(
    context: EventContext, group: list[Mention], side: str, head: Token, actors: list[ActorRef]
) -> list[str]:
    """What the model weighs of one candidate for one side; every feature names the side, as
    the two sides are told by different words."""
    first = group[0]
    trigger = first.trigger
    plover_type = plover_for(first.code)[0] or "none"
    other = [a for m in group for a in getattr(m, "target" if side == "source" else "source")]
    entity = context.analysis.entity_at(actors[0].start, actors[0].end)
    relation = head.dep_
    shape = [
        f"path={dependency_path(head, trigger)}",
        f"relation={relation}",
        f"relation={relation}|type={plover_type}",
        f"type={plover_type}",
        f"trigger={trigger.pos_}",
        f"position={'before' if head.i < trigger.i else 'after'}",
        f"distance={distance_band(abs(head.i - trigger.i))}",
        f"entity={entity.type if entity else 'none'}",
        f"code={code_kind(actors[0])}",
        f"rule={actors[0].code_from.rule if actors[0].code_from else 'none'}",
    ]
    if head.pos_ == "PRON":
        shape.append("pronoun")
    if any(quote.start <= head.idx < quote.end for quote in context.analysis.quotes):
        shape.append("quoted")
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        shape.append("passive_agent")
    if any(same_actor(actor, o) for actor in actors for o in other):
        shape.append("on_other_side")
    if subject_of_governor(head, trigger):
        shape.append("governor_subject")
    return [f"{side}|{feature}" for feature in shape]


def dependency_path(head: Token, trigger: Token) -> str:
    """The arcs from the candidate up to the lowest common ancestor, then down to the trigger
    ("nsubj^dobj": the trigger is the object of the verb whose subject the candidate is)."""
    head_chain = [head, *head.ancestors]
    trigger_chain = [trigger, *trigger.ancestors]
    trigger_indices = [token.i for token in trigger_chain]
    common = next((t for t in head_chain if t.i in trigger_indices), None)
    if common is None:
        return "none"
    up = [token.dep_ for token in head_chain[: head_chain.index(common)]]
    down = [token.dep_ for token in trigger_chain[: trigger_indices.index(common.i)]]
    if len(up) + len(down) > PATH_LIMIT:
        return "long"
    return "/".join(up) + "^" + "/".join(reversed(down))


def distance_band(tokens: int) -> str:
    return next((band for limit, band in DISTANCE_BANDS if tokens <= limit), "11+")


def code_kind(actor: ActorRef) -> str:
    """Uncoded, a state (a country's code alone), an IGO, or the kind its role part names."""
    if actor.code is None:
        return "uncoded"
    if actor.code.startswith("IGO"):
        return "igo"
    if len(actor.code) == 3:
        return "state"
    return ROLE_KINDS.get(actor.code[3:6], "role")


def same_actor(actor: ActorRef, other: ActorRef) -> bool:
    overlapping = actor.start < other.end and other.start < actor.end
    return overlapping or (actor.code is not None and actor.code == other.code)


def subject_of_governor(head: Token, trigger: Token) -> bool:
    """Whether the candidate is the subject of a verb the trigger hangs from ("X launched an
    attack", "X ordered troops to strike")."""
    return head.dep_ in ("nsubj", "nsubjpass") and any(head.head == a for a in trigger.ancestors)


GOLDS = {"voa-dev": VOA_DEV_GOLD, "voa-dev-extra": VOA_DEV_EXTRA_GOLD}
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
DEFAULT_L2 = 1.0
SHIP_RIGHT, SHIP_RATIO = 8, 3.0
"""The rule written before the figures were read: fill sides only where, out of fold, at least
`SHIP_RIGHT` sides turn right on dev and dev_extra together, `SHIP_RATIO` right per wrong."""


def side_right(
    event: Event, gold_event: list[GoldMention], mention: GoldMention, side: str
) -> bool:
    """Whether the scorer counts this side of `event` right against the aligned `mention`."""
    position = SIDES.index(side)
    country = countries_right(event, mention)[position]
    return country and participants_right(event, mention, gold_event)[position]


def overlaps_any(actors: tuple[ActorRef, ...], spans: list[Span]) -> bool:
    """Whether an actor overlaps one of the gold's participants or has its words, as the
    scorer's `same_participants` asks."""
    names = {span.text.casefold() for span in spans}
    return any(
        actor.text.casefold() in names
        or any(actor.start < span.end and span.start < actor.end for span in spans)
        for actor in actors
    )


def story_rows(set_name: str, gold: GoldArticle) -> list[dict]:
    """One row per missing side of each event aligned with a gold event of its type."""
    article = to_article(gold.text, gold.published)
    (parse,) = parse_articles([article.text])
    rows = []
    with staged_analysis(article, parse, BUILT_IN) as analysis:
        run_stages(parse, analysis, until="events")
        coded = placed_groups(parse, analysis)
        if coded is None:
            return []
        context, groups = coded
        sentences = {sent.start: index for index, sent in enumerate(parse.sents)}
        analysis.events = [to_event(group, sentences, analysis) for group in groups]
        group_of = {id(event): group for event, group in zip(analysis.events, groups, strict=True)}
        for event, _, taken in scored_events(gold, analysis, set()):
            if taken is None or taken[1].type != event.plover["type"]:
                continue
            index, mention = taken
            group = group_of[id(event)]
            for side in missing_sides(group):
                rows.append(
                    side_row(set_name, gold, event, group, gold.events[index], mention, side)
                )
                rows[-1]["candidates"] = [
                    candidate_row(candidate, event, gold.events[index], mention, side)
                    for candidate in side_candidates(context, group, side)
                ]
    return rows


def side_row(
    set_name: str,
    gold: GoldArticle,
    event: Event,
    group: list[Mention],
    gold_event: list[GoldMention],
    mention: GoldMention,
    side: str,
) -> dict:
    sentence = group[0].trigger.sent
    spans = [actor for m in gold_event for actor in getattr(m, f"{side}_actors")]
    return {
        "set": set_name,
        "id": gold.id,
        "start": event.trigger.start,
        "type": event.plover["type"],
        "side": side,
        "gold_has": bool(getattr(mention, f"{side}_actors")),
        "gold_in_sentence": any(sentence.start_char <= s.start < sentence.end_char for s in spans),
        "right_now": side_right(event, gold_event, mention, side),
    }


def candidate_row(
    candidate: Candidate,
    event: Event,
    gold_event: list[GoldMention],
    mention: GoldMention,
    side: str,
) -> dict:
    spans = [actor for m in gold_event for actor in getattr(m, f"{side}_actors")]
    filled = replace(event, **{side: list(candidate.actors)})
    return {
        "text": " | ".join(actor.text for actor in candidate.actors),
        "codes": [actor.code for actor in candidate.actors],
        "overlap": overlaps_any(candidate.actors, spans),
        "scorer": side_right(filled, gold_event, mention, side),
        "features": list(candidate.features),
    }


def write_features(out: Path) -> None:
    counts = Counter()
    with out.open("w", encoding="utf-8") as handle:
        for set_name, path in GOLDS.items():
            for gold in read_articles(path, list(jsonl(path))):
                for row in story_rows(set_name, gold):
                    handle.write(json.dumps(row) + "\n")
                    counts.update(measure(row))
    for key in sorted(counts):
        print(f"{counts[key]:5}  {key}", file=sys.stderr)


def measure(row: dict) -> list[str]:
    """The row's counts for the measurement: missing sides, whether the gold has a participant
    there, in the trigger's sentence, and whether a candidate overlaps it or fills it right."""
    prefix = f"{row['set']} {row['side']} missing"
    keys = [prefix]
    if row["gold_has"]:
        keys.append(f"{prefix}, gold has one")
        if row["gold_in_sentence"]:
            keys.append(f"{prefix}, gold has one in the sentence")
        if any(c["overlap"] for c in row["candidates"]):
            keys.append(f"{prefix}, a candidate overlaps the gold's")
        if any(c["scorer"] for c in row["candidates"]):
            keys.append(f"{prefix}, a candidate fills it right (oracle)")
    return keys


def train_model(rows: list[dict], l2: float, label: str) -> LinearModel:
    candidates = [c for row in rows for c in row["candidates"]]
    return fit([c["features"] for c in candidates], [c[label] for c in candidates], l2=l2)


def best_candidate(model: LinearModel, row: dict) -> tuple[float, dict | None]:
    scored = [(model.probability(c["features"]), c) for c in row["candidates"]]
    return max(scored, key=lambda pair: pair[0], default=(0.0, None))


def outcome(row: dict, candidate: dict) -> str:
    """What filling the side with the candidate does to the scorer's count: `right` (a wrong
    side turns right), `wrong` (the side is wrong after; `broken` where it was right), or
    `same` (right before and after: parties acting together, already counted)."""
    if candidate["scorer"]:
        return "same" if row["right_now"] else "right"
    return "broken" if row["right_now"] else "wrong"


def cross_validate(path: Path, l2: float, folds: int, label: str) -> None:
    """Out of fold, per threshold, set and side: sides filled right / wrong (of which broken:
    the gold leaves the side empty and the scorer counted it right); then every side by its
    best candidate's falling probability, and whether any cut meets the ship rule."""
    rows = list(jsonl(path))
    outcomes = []
    for held in sorted({article_fold(row, folds) for row in rows}):
        model = train_model([r for r in rows if article_fold(r, folds) != held], l2, label)
        for row in rows:
            if article_fold(row, folds) == held:
                probability, candidate = best_candidate(model, row)
                if candidate is not None:
                    outcomes.append((probability, row, outcome(row, candidate)))
    print(f"{folds} folds of stories, l2 {l2}, label {label}: right / wrong (broken) sides filled")
    print("set            side    " + "  ".join(f"{t:>11}" for t in THRESHOLDS))
    for set_name in [*GOLDS, "all"]:
        for side in [*SIDES, "both"]:
            cells = []
            for threshold in THRESHOLDS:
                kept = Counter(
                    result
                    for probability, row, result in outcomes
                    if probability >= threshold
                    and set_name in (row["set"], "all")
                    and side in (row["side"], "both")
                )
                wrong = kept["wrong"] + kept["broken"]
                cells.append(f"{kept['right']:>3}/{wrong:<3}({kept['broken']:>2})")
            print(f"{set_name:14} {side:7} " + "  ".join(cells))
    ranked(sorted(outcomes, key=lambda item: -item[0]))


def ranked(outcomes: list[tuple[float, dict, str]]) -> None:
    """Right and wrong sides filled as the cut falls past each right one; the ship rule met?"""
    counts = Counter()
    met = False
    print("cut at the k-th right side: probability, right / wrong")
    for probability, _, result in outcomes:
        counts["wrong" if result == "broken" else result] += 1
        if result == "right":
            print(f"  {probability:.3f}  {counts['right']:>3} / {counts['wrong']}")
            met |= counts["right"] >= SHIP_RIGHT and counts["right"] >= SHIP_RATIO * counts["wrong"]
    print(f"ship rule ({SHIP_RIGHT} right, {SHIP_RATIO:g}:1) met: {'yes' if met else 'no'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("features", "cross-validate"))
    parser.add_argument("features_file", type=Path)
    parser.add_argument("--l2", type=float, default=DEFAULT_L2)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--label", choices=("overlap", "scorer"), default="overlap")
    args = parser.parse_args()
    if args.command == "features":
        write_features(args.features_file)
    else:
        cross_validate(args.features_file, args.l2, args.folds, args.label)


if __name__ == "__main__":
    main()
