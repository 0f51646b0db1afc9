"""Logistic regression over named features: fitted offline with numpy, shipped as a table.

A learned filter (here: which asserted events a careful coder would write) describes
an item by a set of named binary features ("lemma=help", "doer=person"). Its model is one weight
per feature name and a bias, written as a tab-separated table under `codebooks/` so that a
reader can see what it learned and a diff shows what a retraining changed. Fitting starts from
zeros and runs a fixed number of full-batch steps, so the same examples give the same bytes;
scoring needs neither numpy nor the training data.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

BIAS = "(bias)"
"""The table row that holds the bias; no feature may take this name."""


@dataclass(frozen=True)
class LinearModel:
    bias: float
    weights: dict[str, float]

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that an item with these features is a positive one; features
        it never saw weigh nothing."""
        total = self.bias + sum(self.weights.get(feature, 0.0) for feature in set(features))
        return 1.0 / (1.0 + math.exp(-total)) if total > -500 else 0.0


def fit(
    examples: Sequence[Iterable[str]],
    labels: Sequence[bool],
    *,
    l2: float = 1.0,
    min_count: int = 2,
    steps: int = 2000,
) -> LinearModel:
    """Fit an L2-regularised logistic regression on binary features.

    Features seen in fewer than `min_count` examples are left out (a weight learned from one
    example is that example). `l2` is the penalty per example-weight unit: the loss is the mean
    log loss plus `l2 / len(examples)` times the squared weights (the bias is not penalised).
    """
    import numpy as np

    if len(examples) != len(labels):
        raise ValueError(f"{len(examples)} examples but {len(labels)} labels")
    if not examples:
        raise ValueError("no examples to fit")
    feature_sets = [sorted(set(features)) for features in examples]
    if any(BIAS in features for features in feature_sets):
        raise ValueError(f"{BIAS!r} is reserved for the bias")
    counts = Counter(feature for features in feature_sets for feature in features)
    names = sorted(name for name, count in counts.items() if count >= min_count)
    index = {name: position for position, name in enumerate(names, start=1)}
    columns = [[0, *(index[f] for f in features if f in index)] for features in feature_sets]
    lengths = np.array([len(row) for row in columns])
    flat = np.fromiter((c for row in columns for c in row), dtype=np.int64, count=lengths.sum())
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    target = np.asarray(labels, dtype=float)
    size, width = len(columns), len(names) + 1
    penalty = np.full(width, 2.0 * l2 / size)
    penalty[0] = 0.0
    # A diagonal bound on the log loss's curvature (by Cauchy-Schwarz, for 0/1 columns: each
    # column's count of entries weighted by its rows' lengths, over 4): steps scaled by it
    # never overshoot, so no step size or line search is tuned; Nesterov's momentum on them.
    bound = np.bincount(flat, weights=np.repeat(lengths, lengths).astype(float), minlength=width)
    curvature = bound / (4.0 * size) + penalty
    weights = previous = np.zeros(width)
    for step in range(steps):
        ahead = weights + (step / (step + 3)) * (weights - previous)
        margin = np.add.reduceat(ahead[flat], starts)
        error = 1.0 / (1.0 + np.exp(-margin)) - target
        gradient = np.bincount(flat, weights=np.repeat(error, lengths), minlength=width) / size
        previous, weights = weights, ahead - (gradient + penalty * ahead) / curvature
    return LinearModel(
        bias=round(float(weights[0]), 6),
        weights={
            name: round(float(weights[index[name]]), 6)
            for name in names
            if round(float(weights[index[name]]), 6) != 0.0
        },
    )


def write_model(model: LinearModel, path: Path, header: str) -> None:
    """Write `model` as a table: the `header` lines as comments, then the bias, then one feature
    per line by falling weight (the strongest evidence for, then against, is read first)."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += ["feature\tweight", f"{BIAS}\t{model.bias:.6f}"]
    ranked = sorted(model.weights.items(), key=lambda item: (-item[1], item[0]))
    lines += [f"{name}\t{weight:.6f}" for name, weight in ranked]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_model(path: Path) -> LinearModel:
    """Read a table written by `write_model`; a malformed line is an error naming the file and
    the line, never a silently different model."""
    bias: float | None = None
    weights: dict[str, float] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#") or line == "feature\tweight\n":
                continue
            name, separator, value = line.rstrip("\n").partition("\t")
            try:
                weight = float(value)
            except ValueError:
                weight = math.nan
            if not separator or not name or not math.isfinite(weight):
                raise ValueError(f"{path}:{number}: expected 'feature<TAB>weight', got {line!r}")
            if name == BIAS:
                bias = weight
            elif name in weights:
                raise ValueError(f"{path}:{number}: feature {name!r} is listed twice")
            else:
                weights[name] = weight
    if bias is None:
        raise ValueError(f"{path}: no {BIAS} line")
    return LinearModel(bias=bias, weights=weights)
