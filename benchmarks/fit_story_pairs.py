"""Fit the story pair score (`stories.pairs`) on the ECB+ train topics and cross-validate it.

    python benchmarks/fit_story_pairs.py [--gold ../shared/dev/stories_ecbplus_dev.jsonl]
        [--analyses CACHE.jsonl] [--grid] [--write]

Only the dev (train) topics are read: ECB+'s validation topics (`TEST_TOPICS`) are held out.
The training pairs are the pairs of articles in one block (`clustering.blocks_of`: what the
score is applied to), labelled by whether the gold puts them in one story; the model is an
L2-regularised logistic regression fitted by Newton's method (numpy only). Cross-validation
leaves topics out: the topics are dealt into four folds (three shuffles), weights are fitted
on three folds and the held-out fold is clustered pooled, then scored with documents B-cubed.
`--grid` scores other story thresholds; `--write` fits on every dev topic and writes
`codebooks/story_pair_weights.yaml`. `--analyses` reads analyses saved as JSON lines (the
`eval stories` form) instead of analysing the articles again.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from itertools import combinations
from pathlib import Path

import numpy as np

from eventwire.codebooks import codebook_path
from eventwire.codebooks.stories import PairWeights
from eventwire.evaluate import read_gold
from eventwire.evaluate.coreference_scores import b_cubed
from eventwire.evaluate.stories import TEST_TOPICS, analyses_of, checked
from eventwire.stories import clustering
from eventwire.stories.build import member_of
from eventwire.stories.clustering import Member, block_stories, blocks_of, reading_order
from eventwire.stories.pairs import PAIR_FEATURES, pair_features, pair_score, terms_of

PENALTY = 1.0
"""L2 penalty on the weights (not the intercept)."""
FOLDS = 4
SHUFFLES = (0, 1, 2)


def blocks(members: list[Member]) -> list[list[Member]]:
    return list(blocks_of(sorted(members, key=reading_order)))


def training_pairs(members: list[Member], story: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    features, labels = [], []
    for block in blocks(members):
        terms = [terms_of(member.features) for member in block]
        for (a, left), (b, right) in combinations(enumerate(block), 2):
            features.append(pair_features(terms[a], terms[b]))
            labels.append(story[left.article_id] == story[right.article_id])
    return np.array(features), np.array(labels, dtype=float)


def fit(features: np.ndarray, labels: np.ndarray) -> PairWeights:
    design = np.hstack([features, np.ones((len(features), 1))])
    penalty = np.diag([PENALTY] * features.shape[1] + [0.0])
    weights = np.zeros(design.shape[1])
    for _ in range(50):
        predicted = 1.0 / (1.0 + np.exp(-design @ weights))
        gradient = design.T @ (predicted - labels) + penalty @ weights
        hessian = (design * (predicted * (1 - predicted))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-10:
            break
    names = list(PAIR_FEATURES)
    return PairWeights(
        float(weights[-1]),
        {name: float(value) for name, value in zip(names, weights[:-1], strict=True)},
    )


def predicted_stories(members: list[Member], weights: PairWeights) -> dict[str, str]:
    found = {}
    for block in blocks(members):
        for group in block_stories(block, lambda a, b: pair_score(a, b, weights)):
            for member in group:
                found[member.article_id] = group[0].article_id
    return found


def cross_validate(members: list[Member], topic: dict[str, str], story: dict[str, str]) -> None:
    topics = sorted(set(topic.values()))
    scores = []
    for shuffle in SHUFFLES:
        dealt = topics[:]
        random.Random(shuffle).shuffle(dealt)
        predicted: dict[str, str] = {}
        for fold in range(FOLDS):
            held = set(dealt[fold::FOLDS])
            train = [m for m in members if topic[m.article_id] not in held]
            weights = fit(*training_pairs(train, story))
            test = [m for m in members if topic[m.article_id] in held]
            for article, group in predicted_stories(test, weights).items():
                predicted[article] = f"{fold}:{group}"
        precision, recall, f1 = b_cubed(story, predicted)
        scores.append(f1)
        print(
            f"    shuffle {shuffle}: documents B3 P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
            f"  stories {len(set(predicted.values()))} (gold {len(set(story.values()))})"
        )
    print(f"    mean F1 {sum(scores) / len(scores):.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default="../shared/dev/stories_ecbplus_dev.jsonl")
    parser.add_argument("--analyses", help="analyses saved as JSON lines (skips analysing)")
    parser.add_argument("--grid", action="store_true", help="score other story thresholds")
    parser.add_argument("--write", action="store_true", help="write the codebook's weights")
    args = parser.parse_args(argv)
    records = [r for r in checked(read_gold(args.gold), args.gold) if r["topic"] not in TEST_TOPICS]
    topic = {r["id"]: r["topic"] for r in records}
    story = {r["id"]: r["story"] for r in records}
    if args.analyses:
        with open(args.analyses, encoding="utf-8") as handle:
            analyses = [json.loads(line) for line in handle]
        analyses = [a for a in analyses if a["article"]["id"] in topic]
    else:
        analyses = analyses_of(records)
    members = [member_of(analysis) for analysis in analyses]
    print(f"{len(members)} articles of {len(set(topic.values()))} dev topics")
    settings = [(clustering.STORY_THRESHOLD, clustering.ATTACH_THRESHOLD, clustering.SMALL_GROUP)]
    if args.grid:
        settings += [(t, a, s) for t in (0.5, 0.6) for a in (0.2, 0.3) for s in (1, 2, 3)]
    for threshold, attach, small in dict.fromkeys(settings):
        clustering.STORY_THRESHOLD, clustering.ATTACH_THRESHOLD = threshold, attach
        clustering.SMALL_GROUP = small
        print(f"  story threshold {threshold}, groups of {small} attach from {attach}")
        cross_validate(members, topic, story)
    if args.write:
        weights = fit(*training_pairs(members, story))
        write_weights(weights, len(members), sorted(set(topic.values()), key=int))


def write_weights(weights: PairWeights, articles: int, topics: list[str]) -> None:
    lines = [
        "# Weights of the story pair score (eventwire.stories.pairs): a logistic regression over",
        "# the overlaps of two articles' story index entries, written by",
        "# benchmarks/fit_story_pairs.py --write. Fitted on the pairs of articles in one block",
        f"# of the ECB+ train topics ({articles} articles; topics {' '.join(topics)}),",
        "# labelled by the gold story; ECB+'s validation topics were held out. L2 penalty",
        f"# {PENALTY}. Derived from ECB+ (Cybulska and Vossen, 2014; cltl/ECB-parser),",
        "# CC BY 3.0.",
        f"intercept: {weights.intercept:.6f}",
        "weights:",
        *(f"  {name}: {value:.6f}" for name, value in weights.weights.items()),
    ]
    path = Path(codebook_path("story_pair_weights.yaml"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
