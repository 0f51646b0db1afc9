"""`eventwire eval events`: event type, actors and modality against coded sentences.

A gold file of whole articles (records with `events` and `annotated_end`) is scored by
`article_events`. Otherwise the gold file has one record per sentence with one coded event
(PLOVER's gold-standard records: `text`, `event_current` or `event`, `source` and `target`
lists of `{code}`).
Only events we assert count: a hypothetical or negated reading is not a claim that the
event happened.

- PLOVER type: per sentence, a gold type we assert is a true positive; every other type
  we assert is a false positive. Printed overall and per type. The gold codes one event per
  sentence, its main one, and leaves events told in passing ("after two days of fighting")
  uncoded, so this counts those as errors; the main-event line scores only our main event
  (the asserted event whose trigger is highest in the parse) against the gold.
- CAMEO root: scored where the gold gives a `cameo` code (PLOVER's records give none).
- Actors, on matched events: whether our source (and target) countries, the first three
  letters of each code, equal the gold's. An actor we leave uncoded (a person the text
  gives no country for) or a target the text does not name counts as wrong; the last line
  scores only the actors we do code. Where the gold lists actors acting together
  (`SRC/TAR`: all under `source`, `target` empty), our source and target together are
  compared with them.
- Modality: on matched events, our modality against the gold's (`asserted` when absent).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from eventwire.codebooks.events import plover_types
from eventwire.evaluate import GoldFileError, prf, read_gold
from eventwire.evaluate.article_events import is_article_gold, run_articles
from eventwire.nlp import load_nlp
from eventwire.pipeline import analyze_parsed, to_article
from eventwire.records import Analysis, Event


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, help="score only the first N sentences or articles")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="print N errors: our wrong or unmatched events, then gold events we missed",
    )


@dataclass(frozen=True)
class GoldEvent:
    id: str
    text: str
    type: str
    cameo_root: str | None
    source: frozenset[str]
    target: frozenset[str]
    modality: str


@dataclass
class Scores:
    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    roots_scored: int = 0
    roots_correct: int = 0
    matched: int = 0
    source_correct: int = 0
    target_correct: int = 0
    both_correct: int = 0
    modality_correct: int = 0
    source_named: int = 0
    source_named_correct: int = 0
    target_named: int = 0
    target_named_correct: int = 0
    main_predicted: int = 0
    main_correct: int = 0
    errors: list[str] = field(default_factory=list)


def read_events(path: str, limit: int | None = None) -> list[GoldEvent]:
    gold = []
    for number, record in enumerate(read_gold(path), start=1):
        if limit is not None and len(gold) >= limit:
            break
        gold.append(gold_event(record, f"{path}: record {number}"))
    if not gold:
        raise GoldFileError(f"{path}: no gold records")
    return gold


def gold_event(record: dict[str, Any], where: str) -> GoldEvent:
    def countries(key: str) -> frozenset[str]:
        actors = record.get(key) or []
        if not isinstance(actors, list) or not all(isinstance(a, dict) for a in actors):
            raise GoldFileError(f"{where}: '{key}' must be a list of {{code}} objects")
        return frozenset(str(a["code"])[:3] for a in actors if a.get("code"))

    text = record.get("text")
    event_type = record.get("event_current") or record.get("event")
    if not isinstance(text, str) or not text.strip():
        raise GoldFileError(f"{where}: no 'text'")
    if not isinstance(event_type, str):
        raise GoldFileError(f"{where}: no 'event_current' or 'event' type")
    if event_type not in plover_types():
        raise GoldFileError(f"{where}: {event_type!r} is not a PLOVER event type")
    cameo = record.get("cameo")
    return GoldEvent(
        id=str(record.get("id", where)),
        text=text,
        type=event_type,
        cameo_root=str(cameo)[:2] if cameo else None,
        source=countries("source"),
        target=countries("target"),
        modality=record.get("modality", "asserted"),
    )


def score(gold: list[GoldEvent], analyses: list[tuple[Analysis, Doc]], errors: int = 0) -> Scores:
    scores = Scores()
    for item, (analysis, parse) in zip(gold, analyses, strict=True):
        asserted = [e for e in analysis.events if e.modality == "asserted" and e.plover["type"]]
        types = {e.plover["type"] for e in asserted}
        if asserted:
            scores.main_predicted += 1
            scores.main_correct += main_event(asserted, parse).plover["type"] == item.type
        scores.gold[item.type] += 1
        for predicted_type in types:
            scores.predicted[predicted_type] += 1
        if item.type not in types:
            if len(scores.errors) < errors:
                scores.errors.append(f"missed {item.type}, ours {sorted(types)}: {item.text}")
            continue
        scores.correct[item.type] += 1
        event = next(e for e in asserted if e.plover["type"] == item.type)
        scores.matched += 1
        if item.cameo_root is not None:
            scores.roots_scored += 1
            scores.roots_correct += event.cameo_root == item.cameo_root
        source_ok, target_ok = actors_agree(item, event)
        if countries_of(event.source):
            scores.source_named += 1
            scores.source_named_correct += source_ok
        if countries_of(event.target) and item.target:
            scores.target_named += 1
            scores.target_named_correct += target_ok
        scores.source_correct += source_ok
        scores.target_correct += target_ok
        scores.both_correct += source_ok and target_ok
        scores.modality_correct += event.modality == item.modality
        if not (source_ok and target_ok) and len(scores.errors) < errors:
            ours = f"{sorted(countries_of(event.source))} -> {sorted(countries_of(event.target))}"
            gold_actors = f"{sorted(item.source)} -> {sorted(item.target)}"
            scores.errors.append(f"actors gold {gold_actors}, ours {ours}: {item.text}")
    return scores


def main_event(events: list[Event], parse: Doc) -> Event:
    """The event whose trigger is highest in the dependency tree (the earliest on a tie)."""

    def depth(event: Event) -> tuple[int, int]:
        token = parse.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")[0]
        steps = 0
        while token.head.i != token.i:
            token, steps = token.head, steps + 1
        return steps, event.trigger.start

    return min(events, key=depth)


def countries_of(actors) -> frozenset[str]:
    return frozenset(a.code[:3] for a in actors if a.code)


def actors_agree(item: GoldEvent, event: Event) -> tuple[bool, bool]:
    source, target = countries_of(event.source), countries_of(event.target)
    if not item.target:
        together = source | target
        return together == item.source, together == item.source
    return source == item.source, target == item.target


def run(args: argparse.Namespace) -> int:
    records = list(islice(read_gold(args.gold), args.limit))
    if records and is_article_gold(records[0]):
        return run_articles(args.gold, records, args.errors)
    gold = read_events(args.gold, args.limit)
    started = time.perf_counter()
    articles = [to_article(item.text) for item in gold]
    parses = load_nlp().pipe(a.text for a in articles)
    analyses = [(analyze_parsed(a, p), p) for a, p in zip(articles, parses, strict=True)]
    seconds = time.perf_counter() - started
    scores = score(gold, analyses, args.errors)
    print(f"eventwire eval events: {len(gold)} sentences from {args.gold} ({seconds:.1f} s)")
    total_gold = sum(scores.gold.values())
    precision, recall, f1 = prf(
        sum(scores.correct.values()), sum(scores.predicted.values()), total_gold
    )
    print(f"{'PLOVER type':<16} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    for name in sorted(set(scores.gold) | set(scores.predicted)):
        p, r, f = prf(scores.correct[name], scores.predicted[name], scores.gold[name])
        print(
            f"  {name:<14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}"
            f"  (gold {scores.gold[name]}, ours {scores.predicted[name]},"
            f" right {scores.correct[name]})"
        )
    p, r, f = prf(scores.main_correct, scores.main_predicted, total_gold)
    print(f"{'main event type':<16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    matched = scores.matched or 1
    print(f"matched events: {scores.matched}")
    if scores.roots_scored:
        print(f"  CAMEO root: {scores.roots_correct / scores.roots_scored:.3f}")
    else:
        print("  CAMEO root: not scored (the gold gives no CAMEO codes)")
    print(f"  source countries: {scores.source_correct / matched:.3f}")
    print(f"  target countries: {scores.target_correct / matched:.3f}")
    print(f"  source and target: {scores.both_correct / matched:.3f}")
    print(
        f"  where we code a source: {scores.source_named_correct / (scores.source_named or 1):.3f}"
        f" of {scores.source_named}; where we and the gold code a target:"
        f" {scores.target_named_correct / (scores.target_named or 1):.3f} of {scores.target_named}"
    )
    print(f"  modality: {scores.modality_correct / matched:.3f}")
    for line in scores.errors:
        print(f"- {line}")
    return 0
