"""The clustering scores give the textbook figures on small hand-worked clusterings."""

from __future__ import annotations

import pytest

from eventwire.evaluate.coreference_scores import b_cubed, ceaf_e, conll, muc, pairwise

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
MERGED = {"a": 1, "b": 1, "c": 1, "d": 1, "e": 1}


def test_perfect_clustering_scores_one() -> None:
    for score in (b_cubed, pairwise, muc, ceaf_e):
        assert score(GOLD, GOLD) == pytest.approx((1.0, 1.0, 1.0))


def test_merging_two_chains_costs_precision_only() -> None:
    assert b_cubed(GOLD, MERGED) == pytest.approx((13 / 25, 1.0, 2 * 13 / 25 / (1 + 13 / 25)))
    assert pairwise(GOLD, MERGED)[:2] == pytest.approx((4 / 10, 1.0))
    assert muc(GOLD, MERGED)[:2] == pytest.approx((3 / 4, 1.0))
    # the one predicted chain aligns with the gold chain of three: 2*3/(3+5)
    assert ceaf_e(GOLD, MERGED)[:2] == pytest.approx((0.75, 0.375))
    assert conll(GOLD, MERGED)["CoNLL"][2] == pytest.approx(
        (muc(GOLD, MERGED)[2] + b_cubed(GOLD, MERGED)[2] + ceaf_e(GOLD, MERGED)[2]) / 3
    )
