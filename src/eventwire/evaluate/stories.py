"""`eventwire eval stories`: article clustering and cross-document event coreference (ECB+).

Documents: all articles of a split pooled, no topic given, clustered as `eventwire.stories`
clusters stored articles (ECB+ has no dates, so the time window never applies), scored with
B-cubed and pairwise P/R/F1 against the gold `story`. Mentions: the gold event mentions of
validated sentences given, each gets a chain, scored with MUC, B-cubed, CEAF-e and CoNLL F1,
singletons included. A mention our events stage codes (one of an event's mention spans
overlaps it) takes its story event; any other mention falls back to the README's baseline
rule (same predicted story and same head word, one chain). The baselines are printed beside.

Split by topic (docs/stories.md): ECB+'s own validation topics are the held-out test split.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

from eventwire.evaluate import GoldFileError, read_gold
from eventwire.evaluate.coreference_scores import b_cubed, conll, pairwise
from eventwire.records import Article
from eventwire.stories.build import member_of
from eventwire.stories.clustering import cluster
from eventwire.stories.coreference import StoredArticle, story_events

TEST_TOPICS = frozenset({"2", "5", "12", "18", "21", "23", "34", "35"})
"""ECB+'s validation topics: held out for the test figures; tune on the others only."""
ARTICLE_FIELDS = {"id": str, "topic": str, "story": str, "text": str, "mentions": list}
MENTION_FIELDS = {"start": int, "end": int, "chain": str}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument(
        "--predictions", help="write one JSON line per document: id, story, mentions with chains"
    )


def checked(records: Iterator[dict[str, Any]], path: str) -> list[dict[str, Any]]:
    """The gold articles, or a clear error naming the record and the missing field."""
    articles = []
    for number, record in enumerate(records, start=1):
        for name, kind in ARTICLE_FIELDS.items():
            if not isinstance(record.get(name), kind):
                raise GoldFileError(f"{path}: record {number}: no {name} ({kind.__name__})")
        for mention in record["mentions"]:
            for name, kind in MENTION_FIELDS.items():
                if not isinstance(mention.get(name), kind):
                    raise GoldFileError(
                        f"{path}: record {number} ({record['id']}): a mention has no {name}"
                    )
        articles.append(record)
    return articles


def analyses_of(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from eventwire.pipeline import analyze_many

    articles = (
        Article(r["id"], r.get("title"), None, None, None, "en", r["text"]) for r in records
    )
    return [
        {**analysis.to_dict(), "sentences": [(s.start, s.end) for s in analysis.sentences]}
        for analysis in analyze_many(articles)
    ]


def predict(analyses: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, dict]]:
    """Our story per article id, and per article the story event of each of its event ids."""
    stories = cluster([member_of(analysis) for analysis in analyses])
    by_id = {analysis["article"]["id"]: analysis for analysis in analyses}
    story_of: dict[str, str] = {}
    chains: dict[str, dict[str, str]] = {}
    for story, members in stories.items():
        stored = []
        for member in members:
            analysis = by_id[member.article_id]
            story_of[member.article_id] = story
            stored.append(
                StoredArticle(
                    analysis["article"],
                    analysis["events"],
                    analysis["quantities"],
                    analysis["sentences"],
                )
            )
        for event, group in story_events(story, stored):
            for told in group:
                article_id = told.article.article["id"]
                chains.setdefault(article_id, {})[told.event["id"]] = event.id
    return story_of, chains


def head_word(text: str) -> str:
    return text.lower().split()[-1] if text.split() else text


def mention_chains(
    record: dict[str, Any], analysis: dict[str, Any], story: str, chains: dict[str, str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Each validated gold mention with our chain, and the baseline's chain."""
    ours, baseline = [], []
    for mention in record["mentions"]:
        if not mention.get("validated"):
            continue
        fallback = f"{story}:{head_word(mention.get('text') or '')}"
        chain = fallback
        for event in analysis["events"]:
            spans = [event["trigger"], *event["mentions"]]
            if any(s["start"] < mention["end"] and mention["start"] < s["end"] for s in spans):
                chain = chains.get(event["id"], fallback)
                break
        ours.append({"start": mention["start"], "end": mention["end"], "chain": chain})
        baseline.append(fallback)
    return ours, baseline


def score_split(
    name: str, records: list[dict[str, Any]], analyses: list[dict[str, Any]], out
) -> list[str]:
    story_of, chains = predict(analyses)
    by_id = {analysis["article"]["id"]: analysis for analysis in analyses}
    gold_stories = {r["id"]: r["story"] for r in records}
    gold_chains, our_chains, baseline_chains = {}, {}, {}
    coded = 0
    for record in records:
        analysis, story = by_id[record["id"]], story_of[record["id"]]
        ours, baseline = mention_chains(record, analysis, story, chains.get(record["id"], {}))
        validated = [m for m in record["mentions"] if m.get("validated")]
        for gold, mine, base in zip(validated, ours, baseline, strict=True):
            key = (record["id"], gold["start"], gold["end"])
            gold_chains[key], our_chains[key], baseline_chains[key] = (
                gold["chain"],
                mine["chain"],
                base,
            )
            coded += not mine["chain"].startswith(f"{story}:")
        if out is not None:
            out.write(json.dumps({"id": record["id"], "story": story, "mentions": ours}) + "\n")
    lines = [
        f"{name}: {len(records)} articles, {len(set(gold_stories.values()))} gold stories, "
        f"{len(set(story_of.values()))} ours; {len(gold_chains)} validated mentions, "
        f"{coded} in events we code"
    ]
    for label, scores in (
        ("B3", b_cubed(gold_stories, story_of)),
        ("pairwise", pairwise(gold_stories, story_of)),
    ):
        lines.append(
            f"  documents {label:<9} P {scores[0]:.3f}  R {scores[1]:.3f}  F1 {scores[2]:.3f}"
        )
    for label, predicted in (("ours", our_chains), ("head-word baseline", baseline_chains)):
        found = conll(gold_chains, predicted)
        lines.append(
            f"  mentions {label:<19} "
            + "  ".join(f"{metric} {f1:.3f}" for metric, (_, _, f1) in found.items())
        )
    return lines


def run(args: argparse.Namespace) -> int:
    records = checked(read_gold(args.gold), args.gold)[: args.limit]
    analyses = analyses_of(records)
    with ExitStack() as stack:
        out = (
            stack.enter_context(open(args.predictions, "w", encoding="utf-8"))
            if args.predictions
            else None
        )
        for name, test in (("dev", False), ("test", True)):
            chosen = [i for i, r in enumerate(records) if (r["topic"] in TEST_TOPICS) == test]
            if not chosen:
                continue
            lines = score_split(
                f"{name} ({'ECB+ validation' if test else 'ECB+ train'} topics)",
                [records[i] for i in chosen],
                [analyses[i] for i in chosen],
                out,
            )
            print("\n".join(lines))
    return 0
