"""`eventwire eval times`: time expressions against TimeML gold (TimeBank, AQUAINT).

Scores spans (strict: same characters; relaxed: overlapping, one to one) and TIMEX3 values
TempEval-3 style: a value counts when a relaxed match has the gold value, over all predicted
(precision) and over all gold (recall); `mod` (START, APPROX, ...) likewise, over the
expressions that have one. The document creation time is the publication date.
The baseline, `dateparser.search.search_dates` with RELATIVE_BASE at that date and past dates
preferred, runs in the same command; its datetimes become TIMEX3 values at the granularity its
matched text names (a bare year -> `1998`, a month without a day -> `1998-02`, a clock time ->
`1998-02-13T10:30`, anything else -> the day), which is as fair as a point-returning tool allows.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from eventwire.annotate.times.stage import tag_times
from eventwire.evaluate import GoldFileError, prf, read_gold


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-baseline", action="store_true", help="skip the dateparser baseline (slow)"
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N of our errors per kind"
    )
    parser.add_argument("--limit", type=int, help="score only the first N documents")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None
    text: str = ""
    type: str | None = None
    mod: str | None = None


@dataclass
class Score:
    """Counts for one system over a gold file."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    values: int = 0
    types: int = 0
    mods: Counter[str] = field(default_factory=Counter)
    """Over all gold and all predicted expressions: `gold` and `predicted` with a mod, and
    `same` where a matched pair has the same mod."""
    seconds: float = 0.0
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, gold: list[Timex], predicted: list[Timex], text: str) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.strict += len({(t.start, t.end) for t in gold} & {(t.start, t.end) for t in predicted})
        matched = match_overlapping(gold, predicted)
        self.relaxed += len(matched)
        self.values += sum(1 for g, p in matched if g.value == p.value)
        self.types += sum(1 for g, p in matched if g.type == p.type)
        self.mods["gold"] += sum(1 for g in gold if g.mod)
        self.mods["predicted"] += sum(1 for p in predicted if p.mod)
        self.mods["same"] += sum(1 for g, p in matched if g.mod and g.mod == p.mod)
        matched_gold = {g for g, _ in matched}
        matched_predicted = {p for _, p in matched}
        for g, p in matched:
            if g.value != p.value:
                self.errors.append(
                    ("value", context(text, g), f"gold {g.value}, ours {p.text!r} {p.value}")
                )
        for g in gold:
            if g not in matched_gold:
                self.errors.append(("missed", context(text, g), str(g.value)))
        for p in predicted:
            if p not in matched_predicted:
                self.errors.append(("spurious", context(text, p), str(p.value)))

    def rows(self) -> dict[str, tuple[float, float, float]]:
        """The measures; `mod` only for a system that gives any (dateparser has none)."""
        rows = {
            "strict span": prf(self.strict, self.predicted, self.gold),
            "relaxed span": prf(self.relaxed, self.predicted, self.gold),
            "value": prf(self.values, self.predicted, self.gold),
        }
        if self.mods["predicted"]:
            rows["mod"] = prf(self.mods["same"], self.mods["predicted"], self.mods["gold"])
        return rows


def context(text: str, timex: Timex, width: int = 40) -> str:
    before = text[max(0, timex.start - width) : timex.start]
    after = text[timex.end : timex.end + width]
    return " ".join(f"{before}[{text[timex.start : timex.end]}]{after}".split())


def match_overlapping(gold: list[Timex], predicted: list[Timex]) -> list[tuple[Timex, Timex]]:
    """As many one-to-one pairs of overlapping spans as possible: each gold span, by end, takes
    the unused overlapping prediction that ends first (optimal for intervals)."""
    pairs = []
    unused = sorted(predicted, key=lambda t: (t.end, t.start))
    for g in sorted(gold, key=lambda t: (t.end, t.start)):
        for p in unused:
            if min(g.end, p.end) > max(g.start, p.start):
                pairs.append((g, p))
                unused.remove(p)
                break
    return pairs


def gold_timexes(record: dict[str, Any], path: str) -> list[Timex]:
    try:
        return [
            Timex(t["start"], t["end"], t["value"], t["text"], t.get("type"), t.get("mod"))
            for t in record["timexes"]
        ]
    except (KeyError, TypeError) as error:
        raise GoldFileError(
            f"{path}: record {record.get('id')!r} lacks timexes with start/end/value ({error})"
        ) from None


def ours(texts: Iterable[tuple[str, str | None]]) -> Iterable[list[Timex]]:
    from eventwire.nlp import load_nlp

    for parse, published in load_nlp().pipe(texts, as_tuples=True, batch_size=16):
        yield [
            Timex(t.start, t.end, t.value, t.text, t.type, t.mod)
            for t in tag_times(parse.text, published, parse)
        ]


CLOCK = re.compile(r"\d:\d\d|\b[ap]\.?m\b", re.IGNORECASE)
BARE_YEAR = re.compile(r"\W*(?:in\s+)?\d{4}\W*", re.IGNORECASE)
MONTH_NAME = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE
)
DAY_NUMBER = re.compile(r"(?<![\d:])\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![\d:])")


def baseline_value(matched: str, moment: datetime) -> str:
    """A dateparser datetime as a TIMEX3 value at the granularity its matched text names."""
    if CLOCK.search(matched):
        return f"{moment:%Y-%m-%dT%H:%M}"
    if BARE_YEAR.fullmatch(matched):
        return f"{moment:%Y}"
    if MONTH_NAME.search(matched) and not DAY_NUMBER.search(MONTH_NAME.sub(" ", matched)):
        return f"{moment:%Y-%m}"
    return f"{moment:%Y-%m-%d}"


def baseline(text: str, published: str | None) -> list[Timex]:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published[:10])
    found = search_dates(text, languages=["en"], settings=settings) or []
    timexes, cursor = [], 0
    for matched, moment in found:
        start = text.find(matched, cursor)
        if start < 0:
            continue
        cursor = start + len(matched)
        timexes.append(Timex(start, cursor, baseline_value(matched, moment), matched))
    return timexes


def run(args: argparse.Namespace) -> int:
    records = list(read_gold(args.gold))[: args.limit]
    golds = [gold_timexes(record, args.gold) for record in records]
    texts = [(record["text"], record.get("dct")) for record in records]
    systems = {"eventwire": Score()}
    started = time.perf_counter()
    for (text, _), gold, predicted in zip(texts, golds, ours(texts), strict=True):
        systems["eventwire"].add(gold, predicted, text)
    systems["eventwire"].seconds = time.perf_counter() - started
    if not args.no_baseline:
        systems["dateparser"] = Score()
        started = time.perf_counter()
        for (text, published), gold in zip(texts, golds, strict=True):
            systems["dateparser"].add(gold, baseline(text, published), text)
        systems["dateparser"].seconds = time.perf_counter() - started
    print_report(args.gold, len(records), systems)
    if args.errors:
        print_errors(systems["eventwire"].errors, args.errors)
    return 0


def print_report(path: str, documents: int, systems: dict[str, Score]) -> None:
    first = next(iter(systems.values()))
    print(f"{path}: {documents} documents, {first.gold} gold time expressions")
    print(f"{'system':<12} {'measure':<13} {'P':>6} {'R':>6} {'F1':>6}")
    for name, score in systems.items():
        for measure, (precision, recall, f1) in score.rows().items():
            print(f"{name:<12} {measure:<13} {precision:6.3f} {recall:6.3f} {f1:6.3f}")
        accuracy = score.values / score.relaxed if score.relaxed else 0.0
        types = f"{score.types / score.relaxed:.3f}" if score.relaxed and score.types else "n/a"
        print(
            f"{name:<12} value accuracy on matched spans {accuracy:.3f}"
            f" ({score.values}/{score.relaxed}), type accuracy {types};"
            f" {score.predicted} predicted; {score.seconds:.1f} s"
        )


def print_errors(errors: list[tuple[str, str, str]], limit: int) -> None:
    kinds = Counter(kind for kind, _, _ in errors)
    for kind in ("value", "missed", "spurious"):
        print(f"\n{kind} ({kinds[kind]}):", file=sys.stdout)
        for _, where, what in [e for e in errors if e[0] == kind][:limit]:
            print(f"  {where}  ==> {what}")
