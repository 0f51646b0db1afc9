"""Mends of events23r's rules after review23a (issue 11, mend23): a rights group's researcher
speaks for the group, a quota or duty of people's is no trade measure, and the arrest of "a
journalist" after a named journalist's arrest tells the same arrest, and "the former
president" is no sitting president's mention. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, events_of

from eventwire import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, a researcher at Human Rights Watch, said troops may have killed 30 "
        "civilians in Korvo.",
        "A researcher at Amnesty International said the army could attack the village of Korvo.",
    ],
)
def test_a_rights_groups_researcher_speaks_for_the_group_not_as_a_commentator(
    text: str,
) -> None:
    (prospect,) = events_of(text)
    assert (prospect.plover["type"], prospect.modality) == ("ASSAULT", "hypothetical")
    # a fellow at a research body is still a commentator: the prospect is no event
    assert (
        events_of(
            "Ana Ruiz, a fellow at the Karva Institute, said the army could attack the village "
            "of Korvo."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tarvia lifted the quota on refugees.",
        "Tarvia lifted its quota for women in parliament.",
        "The council suspended the duties of the police chief.",
        "Tarvia scrapped the quota for foreign workers.",
    ],
)
def test_a_quota_or_duty_of_peoples_is_no_trade_measure_eased(text: str) -> None:
    assert "RETREAT" not in {e.plover["type"] for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tarvia lifted the import quota on rice.", "lifted the import quota"),
        ("Tarvia suspended the duties on steel from Korvo.", "suspended the duties"),
        ("Tarvia lifted the duties on China last week.", "lifted the duties"),
        ("Tarvia announced the lifting of the quota on Chinese imports.", "lifting of the quota"),
    ],
)
def test_a_quota_or_duty_on_goods_lifted_is_still_eased(text: str, trigger: str) -> None:
    assert [(e.plover["type"], e.trigger.text) for e in events_of(text)] == [("RETREAT", trigger)]


def test_the_arrest_of_a_journalist_after_a_named_journalists_arrest_is_the_same_event() -> None:
    (arrest,) = asserted_events(
        "Police arrested Tendai Moyo, a journalist, on Monday. The arrest of a journalist drew "
        "protests from rights groups."
    )
    assert [m.text for m in arrest.mentions] == ["arrested", "arrest"]
    # another, or a second, journalist, or a lawmaker, is one more arrested: its own event
    for more in ("another journalist", "a second journalist", "an opposition lawmaker"):
        arrests = asserted_events(
            f"Police arrested Tendai Moyo, a journalist, on Monday. The arrest of {more} drew "
            "protests from rights groups."
        )
        assert [e.trigger.text for e in arrests] == ["arrested", "arrest"]


def mentions_of(text: str, name: str, published: str) -> list[str]:
    """The words of each mention of the person the article names `name`."""
    (person,) = [e for e in analyze(text, published=published).entities if e.name == name]
    return [text[m.start : m.end] for m in person.mentions]


def test_the_former_president_is_not_the_sitting_president() -> None:
    sitting = (
        "President Barack Obama signed the trade bill on Monday. Senator Ana Ruiz criticized "
        "the president for the bill. A moderator asked Ruiz why she had criticized the former "
        "president's past conduct."
    )
    assert mentions_of(sitting, "Barack Obama", "2015-06-01") == [
        "President Barack Obama",
        "the president",
    ]
    # one out of office by the table's dates, or called former, is still "the former president"
    ousted = (
        "Rebels ended the rule of President Bashar al-Assad in December. Fighters loyal to the "
        "former president attacked a police post on Monday."
    )
    assert "the former president" in mentions_of(ousted, "Bashar al-Assad", "2025-03-10")
    former = (
        "Former President Tom Vale of Tarvia spoke on Monday. Senator Ana Ruiz criticized the "
        "former president for his remarks."
    )
    assert "the former president" in mentions_of(former, "Tom Vale", "2024-03-04")
