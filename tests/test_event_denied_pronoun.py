"""A denial whose object is a pronoun (issue 12, denied29): "the ministry denied it" denies the
charge or act told before it, so it is the denier's REJECT; "deny it further loans" withholds
the loans and denies no charge. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, events_of_type, has_sides


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Rebels say Chad's army shelled the market on Sunday. Chad's defence ministry "
            "denied it on Monday.",
            "TCD",
        ),
        (
            "Villagers accused Malian troops of burning their crops. The Malian government has "
            "denied this.",
            "MLI",
        ),
    ],
)
def test_a_denied_pronoun_is_the_deniers_rejection(text: str, denier: str) -> None:
    (denial,) = asserted_of_type(text, "REJECT")
    assert denial.cameo == "120"
    assert denial.trigger.text.startswith("denied")
    assert has_sides(denial, denier, None)


def test_a_pronoun_beside_a_second_object_is_who_is_denied_something() -> None:
    text = "Ghana's finance minister said the bank would deny it further loans."
    assert events_of_type(text, "REJECT") == []
