"""Recall on real news (issue 11, events19r): a second act told after ", then" that the parser
hangs on the first verb as `dep` keeps the first verb's subject as its doer. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, has_sides


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        (
            "The Peruvian trade minister raised fees on Chilean trucks in March, then exempted "
            "the duties on Chilean buses.",
            "085",
            "PER",
        ),
        (
            "Bolivian police detained nine Brazilian miners near the border, then released "
            "them on bail.",
            "0841",
            "BOL",
        ),
    ],
)
def test_act_after_then_shares_the_first_subject(text: str, cameo: str, source: str) -> None:
    (event,) = [e for e in asserted_events(text) if e.cameo == cameo]
    assert has_sides(event, source, None)


def test_act_after_then_with_its_own_subject_keeps_it() -> None:
    text = (
        "Bolivian police detained nine Brazilian miners near the border, then a judge "
        "released them on bail."
    )
    (event,) = [e for e in asserted_events(text) if e.cameo == "0841"]
    assert [actor.text for actor in event.source] == ["a judge"]
