"""Clustering scores: B-cubed and pairwise for documents, MUC, B-cubed and CEAF-e (and their
mean, CoNLL F1) for mention chains, as the coreference literature computes them.

A clustering is a dict item -> cluster label; both sides must cover the same items.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from itertools import combinations

Scores = tuple[float, float, float]


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def clusters(labels: dict[Hashable, Hashable]) -> list[set[Hashable]]:
    grouped: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, label in labels.items():
        grouped[label].add(item)
    return list(grouped.values())


def b_cubed(gold: dict, predicted: dict) -> Scores:
    gold_of = {item: cluster for cluster in map(frozenset, clusters(gold)) for item in cluster}
    ours_of = {item: cluster for cluster in map(frozenset, clusters(predicted)) for item in cluster}
    precision = sum(len(ours_of[i] & gold_of[i]) / len(ours_of[i]) for i in gold) / len(gold)
    recall = sum(len(ours_of[i] & gold_of[i]) / len(gold_of[i]) for i in gold) / len(gold)
    return precision, recall, _f1(precision, recall)


def pairwise(gold: dict, predicted: dict) -> Scores:
    def pairs(labels: dict) -> set[frozenset]:
        return {frozenset(p) for c in clusters(labels) for p in combinations(sorted(c, key=str), 2)}

    gold_pairs, our_pairs = pairs(gold), pairs(predicted)
    shared = len(gold_pairs & our_pairs)
    precision = shared / len(our_pairs) if our_pairs else 0.0
    recall = shared / len(gold_pairs) if gold_pairs else 0.0
    return precision, recall, _f1(precision, recall)


def muc(gold: dict, predicted: dict) -> Scores:
    def score(keys: dict, responses: dict) -> float:
        numerator = denominator = 0
        for cluster in clusters(keys):
            parts = {responses[item] for item in cluster}
            numerator += len(cluster) - len(parts)
            denominator += len(cluster) - 1
        return numerator / denominator if denominator else 0.0

    recall, precision = score(gold, predicted), score(predicted, gold)
    return precision, recall, _f1(precision, recall)


def ceaf_e(gold: dict, predicted: dict) -> Scores:
    """Entity-based CEAF: the best one-to-one alignment of chains by their similarity."""
    from scipy.optimize import linear_sum_assignment
    from scipy.sparse import coo_matrix

    gold_chains, our_chains = clusters(gold), clusters(predicted)
    our_index = {item: n for n, cluster in enumerate(our_chains) for item in cluster}
    rows, columns, values = [], [], []
    for g, cluster in enumerate(gold_chains):
        overlaps: dict[int, int] = defaultdict(int)
        for item in cluster:
            overlaps[our_index[item]] += 1
        for o, shared in overlaps.items():
            rows.append(g)
            columns.append(o)
            values.append(2 * shared / (len(cluster) + len(our_chains[o])))
    similarity = coo_matrix((values, (rows, columns)), (len(gold_chains), len(our_chains)))
    dense = similarity.toarray()
    chosen_rows, chosen_columns = linear_sum_assignment(dense, maximize=True)
    total = float(dense[chosen_rows, chosen_columns].sum())
    precision, recall = total / len(our_chains), total / len(gold_chains)
    return precision, recall, _f1(precision, recall)


def conll(gold: dict, predicted: dict) -> dict[str, Scores]:
    """MUC, B-cubed, CEAF-e and CoNLL F1 (the mean of their F1s, as P and R too)."""
    found = {
        "MUC": muc(gold, predicted),
        "B3": b_cubed(gold, predicted),
        "CEAF-e": ceaf_e(gold, predicted),
    }
    mean = sum(f1 for _, _, f1 in found.values()) / 3
    found["CoNLL"] = (mean, mean, mean)
    return found
