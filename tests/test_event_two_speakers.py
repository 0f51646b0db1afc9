"""Two speakers' words are two statements (issue 12, speakers27): a named person's criticism,
charge or refusal does not join the same act of others who do not name them ("Kenyan
officials", council members), even where both speak of one party; a person and the country
whose government they speak for, or their post ("Britain's envoy"), stay one speaker.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type


def speakers(text: str, plover: str) -> list[list[str]]:
    """The speakers of each asserted event of a type, in order."""
    return [[actor.text for actor in e.source] for e in asserted_of_type(text, plover)]


@pytest.mark.parametrize(
    ("text", "plover", "expected"),
    [
        (
            "Kenyan officials accused al-Shabab of planning attacks on schools in Garissa. "
            "Kenyan President Amos Kiprop, in a video message, accused the militants of "
            "targeting children, saying Kiprop would not bow.",
            "ACCUSE",
            [["Kenyan officials"], ["Kenyan President Amos Kiprop"]],
        ),
        (
            "Ghana's government was criticized by Security Council members, including the U.S., "
            "Britain and France, for the arrests of journalists. U.S. Congresswoman Jane Pellor "
            "slammed Ghana's government for the arrests on Twitter. Pellor is a Democrat.",
            "ACCUSE",
            [
                ["Security Council members", "the U.S.", "Britain", "France"],
                ["U.S. Congresswoman Jane Pellor"],
            ],
        ),
        (
            "Kenyan officials rejected Somalia's claim to the island. Kenyan Foreign Minister "
            "Amos Kiprop rejected Somalia's claim, Kiprop said.",
            "REJECT",
            [["Kenyan officials"], ["Kenyan Foreign Minister Amos Kiprop"]],
        ),
    ],
)
def test_a_named_persons_words_are_not_the_same_words_of_others(
    text: str, plover: str, expected: list[list[str]]
) -> None:
    assert speakers(text, plover) == expected


def test_an_envoy_told_by_name_and_by_post_and_a_joined_lawsuit_stay_one() -> None:
    # the split above must not part a person from their post, nor a lawsuit others join
    split = speakers(
        "Kenyan officials accused al-Shabab of planning attacks on schools in Garissa. "
        "Kenyan President Amos Kiprop, in a video message, accused the militants of "
        "targeting children, saying Kiprop would not bow.",
        "ACCUSE",
    )
    assert len(split) == 2
    (one,) = asserted_of_type(
        "Britain's envoy criticized North Korea for the missile test. British Ambassador "
        "John Harlow criticized Pyongyang again on Friday, Harlow said.",
        "ACCUSE",
    )
    assert len(one.mentions) == 2
    (lawsuit,) = asserted_of_type(
        "Lawyer Marc Delor filed a lawsuit against the state of Arizona on Friday. Senator "
        "Ana Ruiz of Vermont is also joining the lawsuit, her office said.",
        "ACCUSE",
    )
    assert len(lawsuit.mentions) == 2
