"""Asserted precision on the judged samples, with the code as it is now.

    python scripts/judged_precision.py [--labels FILE] [--set NAME ...] [--new OUT.tsv]

Analyzes every labelled article as a user would (news gate and learned filter on) and prints,
per set, the judged events still asserted (right of judged: the precision a user meets), the
judged events no longer asserted (right ones lost, false ones gone) and the asserted events
nobody has judged (not drawn, where a set drew one event per article, or new since the draw;
`--new` writes their set, id, offsets and type, to be judged before they count). Labels
default to `event_filter_labels.tsv`; a held-out file in the same columns is scored the same
way, figures only.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from judged_events import LABELS, articles_of, read_labels

from eventwire.annotate.modality import ASSERTED
from eventwire.pipeline import analyze
from eventwire.records import Article


def asserted_events(article: Article) -> dict[tuple[int, str], int]:
    """(trigger start, PLOVER type) → trigger end of each asserted event."""
    return {
        (event.trigger.start, event.plover["type"]): event.trigger.end
        for event in analyze(article, time_budget=None).events
        if event.modality == ASSERTED
    }


def score(labels: list[dict[str, str]], new_out: Path | None) -> None:
    articles = articles_of(labels)
    judged = defaultdict(dict)
    for label in labels:
        judged[label["set"], label["id"]][int(label["start"]), label["type"]] = label["verdict"]
    counts: dict[str, Counter] = defaultdict(Counter)
    new_rows = []
    for (name, article_id), article in sorted(articles.items()):
        asserted = asserted_events(article)
        for key, verdict in judged[name, article_id].items():
            right = verdict == "right"
            if key in asserted:
                counts[name]["right" if right else "false"] += 1
            else:
                counts[name]["right lost" if right else "false gone"] += 1
        for (start, plover_type), end in sorted(asserted.items()):
            if (start, plover_type) not in judged[name, article_id]:
                counts[name]["new"] += 1
                new_rows.append((name, article_id, start, end, plover_type))
    print(
        f"{'set':14} {'precision':>9} {'right/judged':>13} {'right lost':>10} "
        f"{'false gone':>10} {'new':>5}"
    )
    total = Counter()
    for name in sorted(counts):
        total.update(counts[name])
        print_row(name, counts[name])
    if len(counts) > 1:
        print_row("all", total)
    if new_out is not None:
        with new_out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(("set", "id", "start", "end", "type"))
            writer.writerows(new_rows)
        print(f"{len(new_rows)} unjudged asserted events written to {new_out}", file=sys.stderr)


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
    args = parser.parse_args()
    labels = read_labels(args.labels)
    if args.sets:
        labels = [label for label in labels if label["set"] in args.sets]
    score(labels, args.new)


if __name__ == "__main__":
    main()
