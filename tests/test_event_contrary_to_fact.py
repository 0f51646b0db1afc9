"""A condition contrary to fact, told by "had" before its subject with no "if" (issue 11,
modality class, twenty-second round, events22): "it would have been cool had she congratulated
him", "Had the army attacked, many would have died". The act did not happen; the same act told
with "had" after its subject, or after "not only", did. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("condition", "told", "trigger"),
    [
        (
            "Mayor Okafor said it would have been gracious had Governor Bello congratulated him.",
            "Mayor Okafor said Governor Bello had congratulated him.",
            "congratulated",
        ),
        (
            "Many civilians would have died had the Kenyan army attacked the Somali camp.",
            "Not only had the Kenyan army attacked the Somali camp, it had also shelled the town.",
            "attacked",
        ),
    ],
)
def test_an_act_in_a_condition_contrary_to_fact_is_not_asserted(
    condition: str, told: str, trigger: str
) -> None:
    assert readings(condition, trigger) == {"hypothetical"}
    assert readings(told, trigger) == {"asserted"}
