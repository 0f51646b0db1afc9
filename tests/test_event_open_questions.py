"""Acts the text leaves open (issue 11, modality class, twenty-second round, events22): named
inside an indirect question left open ("it is not clear when X will meet Y", "declined to say
when", "remains to be seen whether", "could not say why Y should leave") or under a word of
doubt ("not sure that Y will withdraw", "uncertain about withdrawing"). The answer is not
known, so the act is no one's promise, plan or demand, and nothing is asserted; the same act
told as news, and a past act whose circumstances are asked about, stay asserted. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted, events_of


def asserted_of(text: str, trigger: str) -> set[str]:
    """The PLOVER types asserted on one trigger."""
    return {event_type for found, event_type in asserted(events_of(text)) if found == trigger}


@pytest.mark.parametrize(
    ("open_question", "told", "trigger", "past_question", "past_act"),
    [
        (
            "It is not clear when Tanzanian President Amani Juma will meet Kenyan President "
            "Otieno Wekesa.",
            "Tanzanian President Amani Juma said he would meet Kenyan President Otieno Wekesa "
            "if the border reopened.",
            "meet",
            "It is unclear why Ethiopian troops shelled the Eritrean border post on Monday.",
            "shelled",
        ),
        (
            "It remains to be seen when Zambia will send troops to Mozambique.",
            "Zambian officials said Zambia would send troops to Mozambique.",
            "send troops",
            "It remains to be seen why Zambia sent troops to Mozambique.",
            "sent troops",
        ),
        (
            "Nobody knows how the Ghanaian government will help the Togolese refugees.",
            "The Ghanaian government will help the Togolese refugees, its spokesman said.",
            "help",
            "Sudanese officials did not say who attacked the Chadian convoy near Geneina.",
            "attacked",
        ),
        (
            "Zambian officials asked when Malawi will send troops to Mozambique.",
            "Malawian officials said Malawi will send troops to Mozambique.",
            "send troops",
            "Zambian officials asked why Malawi sent troops to Mozambique.",
            "sent troops",
        ),
    ],
)
def test_an_act_to_come_under_an_open_question_is_no_ones_promise(
    open_question: str, told: str, trigger: str, past_question: str, past_act: str
) -> None:
    assert not asserted_of(open_question, trigger)
    assert asserted_of(told, trigger)
    assert asserted_of(past_question, past_act)  # asks how it happened, not whether


def test_a_demand_the_speaker_could_not_give_is_not_asserted() -> None:
    assert asserted_of(
        "The Malawian minister said Zimbabwean troops should leave the border town.", "leave"
    ) == {"REQUEST"}
    assert not asserted_of(
        "The Malawian minister could not say why Zimbabwean troops should leave the border town.",
        "leave",
    )


@pytest.mark.parametrize(
    ("doubted", "told", "trigger"),
    [
        (
            "Kenyan officials are not sure that Somalia will withdraw its troops from Gedo.",
            "Somalia will withdraw its troops from Gedo, Somali officials said.",
            "withdraw its troops",
        ),
        (
            "Kenyan officials are uncertain about withdrawing troops from Somalia.",
            "Kenyan officials began withdrawing troops from Somalia.",
            "withdrawing troops",
        ),
    ],
)
def test_an_act_under_a_word_of_doubt_is_not_asserted(
    doubted: str, told: str, trigger: str
) -> None:
    assert not asserted_of(doubted, trigger)
    assert asserted_of(told, trigger)
