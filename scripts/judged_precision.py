"""Asserted precision on the judged samples, with the code as it is now.

    python scripts/judged_precision.py [--labels FILE] [--set NAME ...] [--new OUT.tsv]

Analyzes every labelled article as a user would (news gate and learned filter on) and prints,
per set, the judged events still asserted (right of judged: the precision a user meets), the
judged events no longer asserted (right ones lost, false ones gone) and the asserted events
nobody has judged (not drawn, where a set drew one event per article, or new since the draw;
`--new` writes their set, id, offsets and type, to be judged before they count; `--wrong`
writes the judged-false events still asserted, with their verdict and paragraph, to group them
by class: for development labels only, never for a held-out file). Labels default to
`event_filter_labels.tsv`; a held-out file in the same columns is scored the same way, figures
only. A random draw's rows (`# drawNN` in the labels) are also printed apart under the draw's
name: the precision users meet. Where labels give the actors as judged (`source`, `target`:
offsets and codes; `source_ok`, `target_ok`), the right events' actors are scored too.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from judged_events import LABELS, SOURCES, articles_of, read_labels

from eventwire.annotate.modality import ASSERTED
from eventwire.pipeline import analyze
from eventwire.records import ActorRef, Analysis, Article, Event

NOT_DRAWN = "not_drawn"
"""The verdict of an event asserted at the draw that was not drawn for judging (a sample of
one event per article lists the others, so that only events new since count as new)."""


def users_analysis(article: Article) -> Analysis:
    """The article analyzed as users run it: default settings, news gate and filter on."""
    return analyze(article, time_budget=None)


def asserted_events(analysis: Analysis) -> dict[tuple[int, str], Event]:
    """(trigger start, PLOVER type) → each asserted event."""
    return {
        (event.trigger.start, event.plover["type"]): event
        for event in analysis.events
        if event.modality == ASSERTED
    }


def same_article(name: str, article_id: str) -> tuple[str, ...]:
    """One key for an article drawn into several sets from the same files (ECB+ dev in
    judged-ecb and judged-ecb2, wire stories in judged-wire2 and judged-wire5): its events
    judged in any of them are not new, and its unjudged events count once, under its first
    set."""
    *files, _ = SOURCES[name]
    return (*(str(path) for path, _ in files), article_id)


def actors_key(refs: list[ActorRef]) -> str:
    """An event side's actors as judged: `start-end:CODE;...` (offsets and codes, no text)."""
    return ";".join(f"{actor.start}-{actor.end}:{actor.code or '-'}" for actor in refs)


def count_actors(label: dict[str, str], event: Event, count: Counter) -> None:
    """A right event's side is still right where its actors are those judged right; a side
    whose actors changed since is counted apart, to be judged again."""
    sides = {}
    for side, refs in (("source", event.source), ("target", event.target)):
        same = actors_key(refs) == label[side]
        sides[side] = same and label[f"{side}_ok"] != "no"
        count[f"{side} right"] += sides[side]
        count[f"{side} changed"] += not same
    count["actors judged"] += 1
    count["both right"] += sides["source"] and sides["target"]


def score(
    labels: list[dict[str, str]], new_out: Path | None, wrong_out: Path | None = None
) -> None:
    articles = articles_of(labels)
    judged = defaultdict(dict)
    judged_in_any_set = defaultdict(set)
    for label in labels:
        key = int(label["start"]), label["type"]
        judged[label["set"], label["id"]][key] = label
        judged_in_any_set[same_article(label["set"], label["id"])].add(key)
    counts: dict[str, Counter] = defaultdict(Counter)
    drawn: dict[str, Counter] = defaultdict(Counter)
    new_rows = []
    wrong_rows = []
    analysed: dict[tuple, dict[tuple[int, str], Event]] = {}
    for (name, article_id), article in sorted(articles.items()):
        article_key = same_article(name, article_id)
        listed_before = article_key in analysed
        if not listed_before:
            analysed[article_key] = asserted_events(users_analysis(article))
        asserted = analysed[article_key]
        for key, label in judged[name, article_id].items():
            if label["verdict"] == NOT_DRAWN:
                continue
            right = label["verdict"] == "right"
            event = asserted.get(key)
            if event is None:
                outcome = "right lost" if right else "false gone"
            else:
                outcome = "right" if right else "false"
            counts[name][outcome] += 1
            if label["draw"]:
                drawn[label["draw"]][outcome] += 1
            if event is None:
                continue
            if not right:
                wrong_rows.append(wrong_row(name, article, label, event))
            if right and label.get("source") is not None:
                count_actors(label, event, counts[name])
        if listed_before:
            continue
        for (start, plover_type), event in sorted(asserted.items()):
            if (start, plover_type) not in judged_in_any_set[article_key]:
                counts[name]["new"] += 1
                new_rows.append((name, article_id, start, event.trigger.end, plover_type))
    print(
        f"{'set':14} {'precision':>9} {'right/judged':>13} {'right lost':>10} "
        f"{'false gone':>10} {'new':>5}"
    )
    rows = sorted(counts.items())
    if len(rows) > 1:
        rows.append(("all", sum(counts.values(), Counter())))
    for name, count in [*rows, *sorted(drawn.items())]:
        print_row(name, count)
    for name, count in rows:
        if count["actors judged"]:
            print(
                f"{name}: actors of the right events still asserted: source "
                f"{count['source right']}, target {count['target right']}, both "
                f"{count['both right']} of {count['actors judged']} (changed since judged: "
                f"source {count['source changed']}, target {count['target changed']})"
            )
    if new_out is not None:
        write_rows(new_out, ("set", "id", "start", "end", "type"), new_rows)
        print(f"{len(new_rows)} unjudged asserted events written to {new_out}", file=sys.stderr)
    if wrong_out is not None:
        columns = ("set", "id", "start", "end", "type", "verdict", "trigger", "paragraph")
        write_rows(wrong_out, columns, wrong_rows)
        print(f"{len(wrong_rows)} judged-false events written to {wrong_out}", file=sys.stderr)


def wrong_row(name: str, article: Article, label: dict[str, str], event: Event) -> tuple:
    """A judged-false event still asserted: where, its verdict, its trigger and paragraph."""
    text = article.text
    start, end = paragraph_around(text, event.trigger.start, event.trigger.end)
    paragraph = " ".join(text[start:end].split())
    trigger = text[event.trigger.start : event.trigger.end]
    return (
        name,
        label["id"],
        label["start"],
        event.trigger.end,
        label["type"],
        label["verdict"],
        trigger,
        paragraph,
    )


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line (paragraph) that holds text[start:end]: what a judge reads."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


def write_rows(
    path: Path, columns: tuple[str, ...], rows: Sequence[Sequence[object]], comment: str = ""
) -> None:
    """A TSV of `columns` and `rows`, after `comment` (lines starting with '#') if given."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(comment)
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


def print_row(name: str, count: Counter) -> None:
    still = count["right"] + count["false"]
    precision = f"{count['right'] / still:.3f}" if still else "-"
    print(
        f"{name:14} {precision:>9} {count['right']:>6}/{still:<6} {count['right lost']:>10} "
        f"{count['false gone']:>10} {count['new']:>5}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--set", action="append", dest="sets", metavar="NAME")
    parser.add_argument("--new", type=Path, metavar="OUT.tsv")
    parser.add_argument("--wrong", type=Path, metavar="OUT.tsv")
    args = parser.parse_args()
    labels = read_labels(args.labels)
    if args.sets:
        labels = [label for label in labels if label["set"] in args.sets]
    score(labels, args.new, args.wrong)


if __name__ == "__main__":
    main()
