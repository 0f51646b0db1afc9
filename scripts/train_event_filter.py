"""Train the learned event filter (codebooks/event_filter.tsv) on judged dev events.

    python scripts/train_event_filter.py features OUT.jsonl [--labels TSV] [--voa-gold]
    python scripts/train_event_filter.py cross-validate OUT.jsonl [--l2 N] [--partitions N]
    python scripts/train_event_filter.py train OUT.jsonl --threshold P [--l2 N] [--labels TSV]

`event_filter_labels.tsv` (beside this script) lists judged asserted events by set, article
id, trigger offsets, type and verdict, never their text: `features` rebuilds the articles
(judged_events.py: the VOA corpus, ECB+ dev stories, TimeBank/AQUAINT, PolNeAR train lines 101
on, the trafilatura sample's web pages, tests/data/voa_events/dev.jsonl), codes them with the
filter off, and writes the features of each labelled event (an event whose type changed
since it was judged is left out); `--labels` reads another labels file (one without a held-out
draw). `--voa-gold` adds every other asserted event of the whole-story development golds,
labelled by the gold as `eventwire eval events` counts asserted precision: set `voa-gold` from
tests/data/voa_events/dev.jsonl, `voa-gold-extra` from dev_extra.jsonl (`GOLD_SETS`); derived
when the features are built, never stored, so that they follow the gold as it is reviewed and
the code as its types change; an event a hand label judges (any row of the story's hand set,
`voa-dev` or `judged-dev`, in the labels file here, held-out draws included) keeps the hand
label alone.
`cross-validate` trains on all sets but one and scores the one left out, for each set, and
prints per threshold the false events removed and right events lost; then the same for each
random draw (trained on every other label), with the precision of the events it keeps; under
each fold the shipped table's counts on the same rows.
`train` fits on every set and writes the table with the threshold chosen from that print; given
the `--labels` the rows were built from (the repository's labels file or a prefix of it: a
held-out draw cut off), it refuses a hand-labelled row those labels do not give, and the table's
header names the prefix and its sha256, so that a test can tell the shipped table was trained
from the labels in the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from judged_events import (
    LABELS,
    VOA_DEV_EXTRA_GOLD,
    VOA_DEV_GOLD,
    articles_of,
    jsonl,
    read_labels,
)

from eventwire.annotate.events.judgement import event_features
from eventwire.annotate.events.setting import story_country
from eventwire.annotate.events.stage import coded_groups
from eventwire.annotate.modality import ASSERTED
from eventwire.annotate.news import earns_event_coding, judge_news
from eventwire.codebooks import codebook_path
from eventwire.codebooks.event_filter import event_filter
from eventwire.codebooks.events import plover_for
from eventwire.evaluate.article_events import (
    GoldArticle,
    aligned_mentions,
    gold_verdict,
    read_articles,
)
from eventwire.headline_case import parse_articles
from eventwire.learned import fit, write_model
from eventwire.pipeline import run_stages, staged_analysis, to_article
from eventwire.records import Article
from eventwire.settings import BUILT_IN

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
DEFAULT_L2 = 3.0
GOLD_SETS = {
    "voa-gold": (VOA_DEV_GOLD, "voa-dev"),
    "voa-gold-extra": (VOA_DEV_EXTRA_GOLD, "judged-dev"),
}
"""The whole-story development golds that label our asserted events (`--voa-gold`): set ->
(gold file, the hand-labelled set whose articles its stories are: dev_extra's 23 stories are
judged-dev's corpus stories, character for character)."""
ARTICLE_SET = {name: hand_set for name, (_, hand_set) in GOLD_SETS.items()}
"""Sets labelled from another set's articles: the set whose articles they are."""


def asserted_features(
    article: Article, gold: GoldArticle | None = None
) -> Iterator[tuple[int, str, bool, list[str], str | None]]:
    """(trigger start, PLOVER type, coded, features, gold verdict) of each asserted event, the
    filter off; `coded` is False where the article earns no event coding (the news gate drops
    its events before the filter would see them); the verdict is the `gold` article's, aligned
    as `eventwire eval events` aligns (None without a gold)."""
    (parse,) = parse_articles([article.text])
    with staged_analysis(article, parse, BUILT_IN) as analysis:
        run_stages(parse, analysis, until="events")
        article.news = judge_news(parse, analysis)
        coded = earns_event_coding(article.news)
        context, groups = coded_groups(parse, analysis, story_country(analysis))
        for group in groups:
            if group[0].modality == ASSERTED:
                plover_type = plover_for(group[0].code)[0]
                verdict = None
                if gold is not None:
                    spans = [mention.trigger_span for mention in group]
                    aligned = aligned_mentions(gold, spans, analysis.sentence_at, plover_type)
                    verdict = gold_verdict(aligned, plover_type)
                features = event_features(context, group)
                yield group[0].trigger_span[0], plover_type, coded, features, verdict


def write_features(out: Path, labels_path: Path = LABELS, with_gold: bool = False) -> None:
    """Each labelled event's features; `with_gold`: also every asserted event of the whole-story
    development golds (`GOLD_SETS`) that no hand label judges, with the gold's verdict."""
    labels = read_labels(labels_path)
    articles = articles_of(labels)
    by_article = defaultdict(dict)
    for label in labels:
        by_article[label["set"], label["id"]][int(label["start"]), label["type"]] = label
    gold = {}
    for gold_set, (path, hand_set) in GOLD_SETS.items() if with_gold else ():
        for story in read_articles(path, list(jsonl(path))):
            gold[hand_set, story.id] = gold_set, story
            articles[hand_set, story.id] = to_article(story.text, story.published)
    hand_judged = {
        (label["set"], label["id"], int(label["start"]))
        for label in [*read_labels(), *labels]
        if label["set"] in ARTICLE_SET.values()
    }
    kept = Counter()
    with out.open("w", encoding="utf-8") as handle:
        for key, article in sorted(articles.items()):
            gold_set, story_gold = gold.get(key, (None, None))
            for start, plover_type, coded, features, verdict in asserted_features(
                article, story_gold
            ):
                label = by_article[key].get((start, plover_type))
                if label is not None:
                    kept["hand"] += 1
                    row = {"set": key[0], "id": key[1], "start": start, "type": plover_type}
                    row |= {"draw": label["draw"], "coded": coded, "verdict": label["verdict"]}
                elif verdict is not None and (*key, start) not in hand_judged:
                    kept[gold_set] += 1
                    row = {"set": gold_set, "id": key[1], "start": start, "type": plover_type}
                    row |= {"draw": "", "coded": coded, "verdict": verdict}
                else:
                    continue
                row["features"] = features
                handle.write(json.dumps(row) + "\n")
    print(
        f"{kept['hand']} of {len(labels)} labelled events found and described in {out}",
        file=sys.stderr,
    )
    for gold_set in GOLD_SETS if with_gold else ():
        print(f"{kept[gold_set]} more labelled by the gold ({gold_set})", file=sys.stderr)


def examples(path: Path) -> list[dict]:
    return list(jsonl(path))


def is_right(row: dict) -> bool:
    """Right: a careful coder writes this event, of this type, as asserted; anything else
    (no event, another type, a prospect told as done) is an event the filter should drop."""
    return row["verdict"] == "right"


def article_fold(row: dict, folds: int = 5, partition: int = 0) -> str:
    """One of `folds` folds of whole articles; each `partition` deals the articles anew (0:
    the first deal, as before partitions existed). A `voa-gold` row deals with its story's
    hand labels (`voa-dev`), so that no story is split between training and test."""
    key = f"{ARTICLE_SET.get(row['set'], row['set'])}/{row['id']}"
    digest = hashlib.sha256((f"{partition}/{key}" if partition else key).encode()).hexdigest()
    return f"articles {int(digest, 16) % folds + 1}"


def draw_fold(row: dict) -> str:
    """A random draw against everything else: its rows are the only sample of the asserted
    events a user meets, so its out-of-fold counts predict the user's precision."""
    return row.get("draw") or "other labels"


def fold_cells(
    scores: list[tuple[float, bool]], total: dict[float, list[int]]
) -> tuple[list[str], list[str]]:
    """Per threshold, `removed/lost` (false events below it, right events below it) and the
    precision of the events kept; adds the counts to `total`."""
    cells, kept_precision = [], []
    for threshold in THRESHOLDS:
        removed = sum(1 for p, right in scores if p < threshold and not right)
        lost = sum(1 for p, right in scores if p < threshold and right)
        total[threshold][0] += removed
        total[threshold][1] += lost
        cells.append(f"{removed:>3}/{lost:<3}")
        kept = [right for p, right in scores if p >= threshold]
        kept_precision.append(f"{sum(kept) / max(len(kept), 1):7.3f}")
    return cells, kept_precision


def cross_validate(path: Path, l2: float, partitions: int = 1) -> None:
    """Out-of-fold counts, per threshold, of false events removed / right events lost: each
    set scored by a model trained on the others, each random draw (`# drawNN` in the labels)
    scored by one trained on every other label, then five folds of whole articles, dealt
    `partitions` times: how much the counts move from one partition to the next is the noise a
    change of recipe must beat. A model learns from every judged event; it is scored on those
    the news gate lets through. Under each fold the shipped table (`codebooks/event_filter.tsv`)
    is scored on the same rows, the comparison that decides whether a retrained table ships:
    out of sample only where it was trained without the fold (a draw judged after it)."""
    rows = examples(path)
    shipped = event_filter().model
    folds = [
        ("leave one set out", lambda r: r["set"], None),
        ("each random draw held out", draw_fold, "other labels"),
    ]
    folds += [
        (f"by article, partition {p}", partial(article_fold, partition=p), None)
        for p in range(partitions)
    ]
    for title, fold_of, unscored in folds:
        print(f"{title}, l2 {l2}: false removed / right lost per threshold")
        print("held out        right false  " + "  ".join(f"{t:>7}" for t in THRESHOLDS))
        totals = {name: defaultdict(lambda: [0, 0]) for name in ("retrained", "shipped")}
        for held in sorted({fold_of(row) for row in rows} - {unscored}):
            train = [row for row in rows if fold_of(row) != held]
            model = fit([r["features"] for r in train], [is_right(r) for r in train], l2=l2)
            test = [row for row in rows if fold_of(row) == held and row["coded"]]
            right = sum(is_right(r) for r in test)
            for name, scorer in (("retrained", model), ("shipped", shipped)):
                scores = [(scorer.probability(r["features"]), is_right(r)) for r in test]
                cells, kept_precision = fold_cells(scores, totals[name])
                label = held if name == "retrained" else "  shipped"
                print(f"{label:14} {right:5} {len(test) - right:5}  " + "  ".join(cells))
                if unscored:
                    print(
                        f"{'  precision':14} {right / max(len(test), 1):11.3f}  "
                        + "  ".join(kept_precision)
                    )
        for name, total in totals.items():
            print(f"{name:28}" + "  ".join(f"{r:>3}/{lost:<3}" for r, lost in total.values()))


def labels_prefix(labels_path: Path) -> tuple[int, str]:
    """(lines, sha256) of `labels_path` as the first lines of the repository's labels file; a
    file that is not such a prefix is refused: the shipped table learns from the labels here."""
    text = labels_path.read_text(encoding="utf-8")
    if not LABELS.read_text(encoding="utf-8").startswith(text) or not text.endswith("\n"):
        raise ValueError(f"{labels_path} is not the first lines of {LABELS}")
    return text.count("\n"), hashlib.sha256(text.encode()).hexdigest()


def check_rows_labelled(rows: list[dict], labels: list[dict[str, str]]) -> None:
    """Refuse a hand-labelled row (any set but the gold-labelled `GOLD_SETS`) whose event,
    verdict and draw no row of `labels` gives: the rows were built from other labels."""
    given = {
        (label["set"], label["id"], int(label["start"]), label["type"]): label for label in labels
    }
    for row in rows:
        if row["set"] in GOLD_SETS:
            continue
        label = given.get((row["set"], row["id"], row["start"], row["type"]))
        if label is None or (label["verdict"], label["draw"]) != (row["verdict"], row["draw"]):
            raise ValueError(
                f"row {row['set']}/{row['id']}/{row['start']} {row['type']} "
                f"({row['verdict']}, {row['draw'] or 'no draw'}) is not in the labels"
            )


def train(path: Path, l2: float, threshold: float, labels_path: Path = LABELS) -> None:
    rows = examples(path)
    lines, digest = labels_prefix(labels_path)
    check_rows_labelled(rows, read_labels(labels_path))
    model = fit([r["features"] for r in rows], [is_right(r) for r in rows], l2=l2)
    sets = ", ".join(sorted({row["set"] for row in rows}))
    draws = ", ".join(sorted({row["draw"] for row in rows} - {""})) or "none"
    header = (
        "The learned event filter (annotate/events/judgement.py): would a careful coder write\n"
        f"this asserted event? Trained by scripts/train_event_filter.py on {len(rows)} judged\n"
        f"events ({sets}),\n"
        f"random draws among them: {draws} (any later draw of the labels file held out);\n"
        f"labels: the first {lines} lines of scripts/event_filter_labels.tsv, sha256 {digest};\n"
        "`features F.jsonl --labels LABELS --voa-gold` builds the rows (voa-gold sets: labelled\n"
        "by the development golds), `train F.jsonl --labels LABELS --threshold "
        f"{threshold} --l2 {l2}` fits them;\n"
        "the threshold comes from the out-of-fold counts (docs/events.md).\n"
        f"threshold: {threshold}"
    )
    write_model(model, codebook_path("event_filter.tsv"), header)
    print(f"{len(model.weights)} weights written to {codebook_path('event_filter.tsv')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("features", "cross-validate", "train"))
    parser.add_argument("features_file", type=Path)
    parser.add_argument("--l2", type=float, default=DEFAULT_L2)
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument(
        "--partitions", type=int, default=1, help="by-article partitions (cross-validate)"
    )
    parser.add_argument(
        "--labels", type=Path, default=LABELS, help="labels file (features; train: checked)"
    )
    parser.add_argument(
        "--voa-gold",
        action="store_true",
        help="features: label the development golds' unjudged asserted events by the gold",
    )
    args = parser.parse_args()
    if args.command == "features":
        write_features(args.features_file, args.labels, args.voa_gold)
    elif args.command == "cross-validate":
        cross_validate(args.features_file, args.l2, args.partitions)
    else:
        train(args.features_file, args.l2, args.threshold, args.labels)


if __name__ == "__main__":
    main()
