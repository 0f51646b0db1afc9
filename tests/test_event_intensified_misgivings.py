"""Misgivings and charges that need an adverb (issue 12, accuse26). "Kenya is deeply concerned
about Uganda's crackdown" criticises Uganda, as "expressed concern about" does, where "more
concerned about prices" compares a worry; a case a speaker says is "politically motivated"
is criticism by the speaker, where "motivated by greed" gives a motive. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, has_sides


@pytest.mark.parametrize(
    ("text", "trigger", "contrast"),
    [
        (
            "Kenya is deeply concerned about Uganda's crackdown on protesters.",
            "deeply concerned",
            "Kenyan farmers are more concerned about Uganda's prices.",
        ),
        (
            "Kenya is deeply disappointed with Uganda's decision to close the border.",
            "deeply disappointed",
            "Kenya is disappointed with Uganda's decision to close the border.",
        ),
    ],
)
def test_an_intensified_misgiving_about_a_party_criticises_it(
    text: str, trigger: str, contrast: str
) -> None:
    (criticism,) = asserted_of_type(text, "ACCUSE")
    assert criticism.trigger.text == trigger
    assert criticism.cameo == "110"  # CAMEO disapprove, not 111 criticize (cameo28)
    assert has_sides(criticism, "KEN", "UGA")
    # a worry compared, or a feeling told plainly, is no criticism voiced
    assert asserted_of_type(contrast, "ACCUSE") == []


def test_a_case_said_to_be_politically_motivated_is_criticism_by_the_speaker() -> None:
    text = "The charges against the Kenyan editor are politically motivated, Amnesty said."
    (criticism,) = asserted_of_type(text, "ACCUSE")
    assert criticism.trigger.text == "politically motivated"
    assert criticism.source[0].text == "Amnesty"
    # a motive is no charge
    motive = "The attack on the Kenyan editor was motivated by greed, Amnesty International said."
    assert asserted_of_type(motive, "ACCUSE") == []
