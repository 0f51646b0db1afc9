"""Loader of the learned weights of the story pair score (`stories.pairs`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads
from eventwire.codebooks.events import read_yaml


@dataclass(frozen=True)
class PairWeights:
    intercept: float
    weights: dict[str, float]
    """Pair feature name (`stories.pairs.PAIR_FEATURES`) -> its weight."""


@loads("story_pair_weights.yaml")
@lru_cache(maxsize=1)
def story_pair_weights() -> PairWeights:
    data = read_yaml("story_pair_weights.yaml")
    return PairWeights(
        float(data["intercept"]), {name: float(value) for name, value in data["weights"].items()}
    )
