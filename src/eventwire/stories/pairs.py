"""How likely two articles are to tell one happening: a learned score over what they share.

The words, names, numbers and lead terms of two index entries are each compared by
`smoothed_overlap`, and a year conflict (both name years, none shared: two happenings of one
kind, years apart) is one more feature; a logistic regression over them gives the pair's
score, 0 to 1. The weights are data (`codebooks/story_pair_weights.yaml`, fitted by
`benchmarks/fit_story_pairs.py` on the ECB+ train topics), so refitting them never touches
code. A score depends on the two entries alone.

Chosen by leave-topics-out cross-validation on the ECB+ train topics and a look at the 89 VOA
articles (docs/stories.md): places, people, actor codes, event kinds and dates as features
scored no better on ECB+ and joined articles on one theme in the VOA feed (one president's
tariff moves, talks and a summit on one war), which share those more than they share words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from eventwire.codebooks.stories import PairWeights, story_pair_weights
from eventwire.stories.features import StoryFeatures

YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True)
class Terms:
    """An index entry as sets, built once per article for the many pairs it takes part in."""

    words: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    years: frozenset[str]
    lead: frozenset[str]


def terms_of(features: StoryFeatures) -> Terms:
    return Terms(
        words=frozenset(features.words),
        names=frozenset(features.names),
        numbers=frozenset(features.numbers),
        years=frozenset(number for number in features.numbers if YEAR.match(number)),
        lead=frozenset(features.lead),
    )


def overlap(left: Iterable[str], right: Iterable[str]) -> float:
    """Shared items over the geometric mean of the two set sizes (cosine of two sets)."""
    left = left if isinstance(left, frozenset | set) else set(left)
    right = right if isinstance(right, frozenset | set) else set(right)
    if not left or not right:
        return 0.0
    return len(left & right) / (len(left) * len(right)) ** 0.5


SMOOTHING = 2
"""Items added to each set's size when a pair is scored: two articles that each give one
number, the same ("30"), share little evidence, not all of it."""


def smoothed_overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """`overlap` with `SMOOTHING` items added to each set's size: few items are weak evidence."""
    if not left or not right:
        return 0.0
    return len(left & right) / ((len(left) + SMOOTHING) * (len(right) + SMOOTHING)) ** 0.5


def _overlap_of(part: str) -> Callable[[Terms, Terms], float]:
    return lambda a, b: smoothed_overlap(getattr(a, part), getattr(b, part))


def _year_conflict(a: Terms, b: Terms) -> float:
    """Both articles name years and share none: two happenings of one kind, years apart."""
    return float(bool(a.years and b.years and not a.years & b.years))


PAIR_FEATURES: dict[str, Callable[[Terms, Terms], float]] = {
    **{part: _overlap_of(part) for part in ("words", "names", "numbers", "lead")},
    "year_conflict": _year_conflict,
}
"""Feature name -> its value for a pair; the weights table names the same features."""


def pair_features(a: Terms, b: Terms) -> list[float]:
    """The pair's feature values, in `PAIR_FEATURES` order."""
    return [feature(a, b) for feature in PAIR_FEATURES.values()]


def pair_score(a: Terms, b: Terms, weights: PairWeights | None = None) -> float:
    """The learned probability that the two articles tell one happening (with the shipped
    weights, or others being fitted)."""
    weights = weights or story_pair_weights()
    logit = weights.intercept + math.fsum(
        weights.weights[name] * feature(a, b) for name, feature in PAIR_FEATURES.items()
    )
    return 1.0 / (1.0 + math.exp(-logit))
