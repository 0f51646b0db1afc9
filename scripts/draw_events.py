"""A random draw of asserted events for two judges, and the label rows their verdicts make.

    python scripts/draw_events.py draw --seed N --size 100 --out DIR [--labels FILE ...]
    python scripts/draw_events.py rows --draw DIR --judge A.tsv --judge B.tsv [--settled S.tsv]
        --name drawNN

`draw` analyzes every article of the judged sets (judged_events.py; the held-out heldout-* sets
are never drawn from) as users run it (judged_precision.py's `asserted_events`: default
settings, news gate and filter on), keeps the asserted events no label has judged (article and
trigger offsets, in any set drawn from the same files; labels default to event_filter_labels.tsv
and heldout_event_labels.tsv), sorts them and draws `--size` with random.Random(seed). It writes
DIR/draw.tsv (set, id, offsets, type; the seed, commit and counts in its header comment) and
DIR/sheet.md, one numbered block per drawn event with what a judge reads: its codes, actors, date,
place and the paragraph with the trigger marked [[...]]. DIR holds article text: never in the
repository.

`rows` reads each judge's `n<TAB>verdict<TAB>note` file (a verdict the labels use: VERDICTS),
prints their counts of right, agreement and Cohen's kappa on right against false, and the split
numbers; with `--settled` (the third reading of the splits, same columns) it prints the
`# drawNN:` comment and the rows for event_filter_labels.tsv, ready to append. Where both judges
found an event false but named different verdicts, the first judge's verdict is kept.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from judged_events import HELDOUT_LABELS, LABELS, REPOSITORY, articles_of, read_labels
from judged_precision import (
    NOT_DRAWN,
    asserted_events,
    paragraph_around,
    same_article,
    users_analysis,
    write_rows,
)

from eventwire.records import ActorRef, Analysis, Event, EventDate, EventPlace

Candidate = tuple[str, str, int, int, str]
"""An asserted event as a draw lists it: set, article id, trigger start and end, PLOVER type."""

COLUMNS = ("set", "id", "start", "end", "type")
RIGHT = "right"
VERDICTS = (RIGHT, "no_event", "wrong_type", "wrong_modality")
"""The verdicts of event_filter_labels.tsv's rows."""
HELD_OUT_SETS = "heldout-"
CONTEXT_SENTENCES = 2
HEADER = (
    "# a seed-{seed} random draw (at {commit}, the filter on as users run it, default settings) "
    "of {size} of the {unjudged} asserted events no label had judged ({asserted} asserted in all)\n"
)
"""draw.tsv's first line: `rows` reads the seed, commit and counts back for the labels' comment."""
HEADER_FIELDS = re.compile(
    r"seed-(?P<seed>\d+) random draw \(at (?P<commit>\w+),.* of the (?P<unjudged>[\d,]+) "
    r"asserted events .*\((?P<asserted>[\d,]+) asserted in all\)"
)
TENS = {
    2: "twent",
    3: "thirt",
    4: "fort",
    5: "fift",
    6: "sixt",
    7: "sevent",
    8: "eight",
    9: "ninet",
}
ONES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
"""With TENS, the ordinal of the round a draw is held out in, as the labels' comments spell it."""


def judged_key(name: str, article_id: str, start: int, end: int) -> tuple:
    """One key for a trigger of an article, whichever set drawn from the same files judged it."""
    return (*same_article(name, article_id), start, end)


def judged_events(labels: list[dict[str, str]]) -> set[tuple]:
    return {
        judged_key(label["set"], label["id"], int(label["start"]), int(label["end"]))
        for label in labels
        if label["verdict"] != NOT_DRAWN
    }


def unjudged(candidates: list[Candidate], judged: set[tuple]) -> list[Candidate]:
    """The candidates no label has judged, sorted."""
    return sorted(event for event in candidates if judged_key(*event[:4]) not in judged)


def draw(candidates: list[Candidate], seed: int, size: int) -> list[Candidate]:
    """`size` events drawn from the sorted candidates: the same labels and code give the same
    draw whatever order the articles were analyzed in."""
    return random.Random(seed).sample(sorted(candidates), size)


def asserted_in_judged_articles(
    labels: list[dict[str, str]],
) -> dict[Candidate, tuple[Analysis, Event]]:
    """Every asserted event of the labelled articles, each article once (under its first set)."""
    drawn_from = [label for label in labels if not label["set"].startswith(HELD_OUT_SETS)]
    found, analysed = {}, set()
    for (name, article_id), article in sorted(articles_of(drawn_from).items()):
        article_key = same_article(name, article_id)
        if article_key in analysed:
            continue
        analysed.add(article_key)
        analysis = users_analysis(article)
        for (start, plover_type), event in sorted(asserted_events(analysis).items()):
            found[name, article_id, start, event.trigger.end, plover_type] = analysis, event
    return found


def actors(refs: list[ActorRef]) -> str:
    return "; ".join(f'"{actor.text}" {actor.code or "uncoded"}' for actor in refs) or "none"


def date(event_date: EventDate | None) -> str:
    if event_date is None:
        return "none"
    told = f' from "{event_date.text}"' if event_date.text else f" ({event_date.source})"
    return f"{event_date.value}{told}"


def place(event_place: EventPlace | None) -> str:
    if event_place is None:
        return "none"
    told = f' from "{event_place.text}"' if event_place.text else ""
    return f"{event_place.name or '-'}, {event_place.country or '-'}{told} ({event_place.source})"


def marked_context(analysis: Analysis, start: int, end: int) -> str:
    """The trigger's paragraph, cut to two sentences either side of the trigger's (many
    stories are one line), with the trigger marked [[...]]."""
    text = analysis.article.text
    first, last = paragraph_around(text, start, end)
    index = analysis.sentence_at(start)
    if index is not None:
        near = analysis.sentences[max(index - CONTEXT_SENTENCES, 0) : index + CONTEXT_SENTENCES + 1]
        first, last = max(first, near[0].start), min(last, near[-1].end)
    marked = f"{text[first:start]}[[{text[start:end]}]]{text[end:last]}"
    return " ".join(marked.split())


def sheet_block(number: int, candidate: Candidate, analysis: Analysis, event: Event) -> str:
    name, article_id, start, end, plover_type = candidate
    return "\n".join(
        [
            f"## {number}. {name} {article_id} {start}-{end}",
            "",
            f"- type: {plover_type}, CAMEO {event.cameo}, modality {event.modality}",
            f"- source: {actors(event.source)}",
            f"- target: {actors(event.target)}",
            f"- date: {date(event.date)}",
            f"- place: {place(event.place)}",
            "",
            marked_context(analysis, start, end),
            "",
        ]
    )


def commit() -> str:
    command = ["git", "-C", str(REPOSITORY), "rev-parse", "--short", "HEAD"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def write_draw(args: argparse.Namespace) -> None:
    out = args.out.resolve()
    if out.is_relative_to(REPOSITORY.resolve()):
        raise SystemExit(f"{out}: the sheet holds article text; write it outside the repository")
    started = time.monotonic()
    labels = [label for path in args.labels for label in read_labels(path)]
    asserted = asserted_in_judged_articles(labels)
    candidates = unjudged(list(asserted), judged_events(labels))
    drawn = draw(candidates, args.seed, args.size)
    out.mkdir(parents=True, exist_ok=True)
    header = HEADER.format(
        seed=args.seed,
        commit=commit(),
        size=args.size,
        unjudged=f"{len(candidates):,}",
        asserted=f"{len(asserted):,}",
    )
    write_rows(out / "draw.tsv", COLUMNS, drawn, header)
    blocks = [sheet_block(n, event, *asserted[event]) for n, event in enumerate(drawn, start=1)]
    (out / "sheet.md").write_text("\n".join(blocks), encoding="utf-8")
    print(
        f"{len(drawn)} of {len(candidates)} unjudged asserted events ({len(asserted)} asserted) "
        f"drawn into {out} in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )


def read_verdicts(path: Path) -> dict[int, str]:
    """A judge's `n<TAB>verdict<TAB>note` lines (a header or '#' lines are skipped)."""
    verdicts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        number, verdict = [*line.split("\t"), ""][:2]
        if not number.strip().isdigit():
            continue
        if verdict not in VERDICTS:
            raise SystemExit(f"{path}: event {number}: {verdict!r} is none of {VERDICTS}")
        verdicts[int(number)] = verdict
    return verdicts


def rights(verdicts: dict[int, str]) -> int:
    return sum(verdict == RIGHT for verdict in verdicts.values())


def splits(first: dict[int, str], second: dict[int, str]) -> list[int]:
    """The events one judge found right and the other false."""
    return [n for n in sorted(first) if (first[n] == RIGHT) != (second[n] == RIGHT)]


def kappa(first: dict[int, str], second: dict[int, str]) -> float:
    """Cohen's kappa of two judges' right-or-false verdicts on the same events."""
    count = len(first)
    agreed = 1 - len(splits(first, second)) / count
    right_first = rights(first) / count
    right_second = rights(second) / count
    chance = right_first * right_second + (1 - right_first) * (1 - right_second)
    return (agreed - chance) / (1 - chance) if chance < 1 else 1.0


def settled_verdicts(
    first: dict[int, str], second: dict[int, str], settled: dict[int, str]
) -> dict[int, str]:
    """Each event's verdict: the judges' where they agree right or false (the first judge's
    where both found it false), the third reading's where they split."""
    split = splits(first, second)
    open_splits = [n for n in split if n not in settled]
    if open_splits:
        raise SystemExit(f"splits the third reading does not settle: {open_splits}")
    return {n: settled[n] if n in split else first[n] for n in sorted(first)}


def ordinal(number: int) -> str:
    """'twenty-ninth' for 29: the round a draw is held out in, as the labels' comments say."""
    tens, ones = divmod(number, 10)
    if tens not in TENS:
        raise SystemExit(f"no ordinal for round {number}")
    return f"{TENS[tens]}y-{ONES[ones]}" if ones else f"{TENS[tens]}ieth"


def draw_comment(
    name: str,
    header: str,
    first: dict[int, str],
    second: dict[int, str],
    verdicts: dict[int, str],
) -> str:
    """The `# drawNN:` comment in the labels' wording, from the draw's header and the verdicts."""
    fields = HEADER_FIELDS.search(header)
    if fields is None:
        raise SystemExit(f"not a draw's header: {header!r}")
    count = len(verdicts)
    right = rights(verdicts)
    split = len(splits(first, second))
    text = (
        f"{name}: a seed-{fields['seed']} random draw (at {fields['commit']}, the filter on as "
        f"users run it, default settings) of {count} of the {fields['unjudged']} asserted events "
        "of these articles that no label here or in heldout_event_labels.tsv had judged (article "
        f"id and trigger offsets; {fields['asserted']} asserted in all), judged twice, blind, by "
        'docs/gold-events.md "Judging a random draw" and its settled readings: '
        f"{rights(first)} and {rights(second)} "
        f"right, agreeing on {count - split} (kappa {kappa(first, second):.2f}); the {split} split "
        f"verdicts settled by a third reading: {right} right ({right / count:.2f}); where both "
        "judges found an event false but named different kinds, the first judge's kind. Held out "
        f"in the {ordinal(int(name.removeprefix('draw')) + 1)} round (never tune on these rows "
        "or read their errors)."
    )
    return "".join(f"# {line}\n" for line in textwrap.wrap(text, width=98, break_on_hyphens=False))


def print_rows(args: argparse.Namespace) -> None:
    draw_file = args.draw / "draw.tsv"
    header = draw_file.read_text(encoding="utf-8").partition("\n")[0]
    drawn = read_labels(draw_file)
    first, second = (read_verdicts(path) for path in args.judge)
    numbers = set(range(1, len(drawn) + 1))
    for path, verdicts in zip(args.judge, (first, second), strict=True):
        if set(verdicts) != numbers:
            raise SystemExit(f"{path}: verdicts for {sorted(set(verdicts) ^ numbers)} are wrong")
    for path, verdicts in zip(args.judge, (first, second), strict=True):
        print(f"{path}: {rights(verdicts)} right of {len(verdicts)}")
    split = splits(first, second)
    print(
        f"agreeing on {len(drawn) - len(split)} of {len(drawn)}, kappa {kappa(first, second):.2f}"
    )
    print(f"splits: {' '.join(map(str, split)) or 'none'}")
    if args.settled is None:
        return
    verdicts = settled_verdicts(first, second, read_verdicts(args.settled))
    print(draw_comment(args.name, header, first, second, verdicts), end="")
    for number, event in enumerate(drawn, start=1):
        print("\t".join([*(event[column] for column in COLUMNS), verdicts[number]]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="draw unjudged asserted events for judging")
    drawing.add_argument("--seed", type=int, required=True)
    drawing.add_argument("--size", type=int, default=100)
    drawing.add_argument("--out", type=Path, required=True, metavar="DIR")
    drawing.add_argument("--labels", type=Path, nargs="+", default=[LABELS, HELDOUT_LABELS])
    rows = commands.add_parser("rows", help="agreement and label rows from two judges")
    rows.add_argument("--draw", type=Path, required=True, metavar="DIR")
    rows.add_argument("--judge", type=Path, action="append", required=True, metavar="TSV")
    rows.add_argument("--settled", type=Path, metavar="TSV")
    rows.add_argument("--name", required=True, metavar="drawNN")
    args = parser.parse_args()
    if args.command == "draw":
        write_draw(args)
    elif len(args.judge) != 2:
        parser.error("rows takes two --judge files")
    else:
        print_rows(args)


if __name__ == "__main__":
    main()
