"""Broad classes of false events counted across judged-wire, judged-wire2, judged-dev and
judged-ECB (issue 11): an event only possible or still ahead ("the possibility of a meeting",
"the eve of the visit"), a shared view read as an agreement ("agree with him"), an attack on a
person in words read as an assault, a page of company dealings. Texts written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types, events_of

from eventwire import analyze


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The possibility of a meeting between the minister and rebel leaders arose.", "CONSULT"),
        ("The prospect of talks between Veloria and Ostland faded on Friday.", "CONSULT"),
        ("This is the eve of the president's visit to Ostland.", "CONSULT"),
    ],
)
def test_an_event_only_possible_or_ahead_is_not_asserted(text: str, event_type: str) -> None:
    assert event_type not in asserted_types(text)
    assert any(e.plover["type"] == event_type for e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        '"Voters agree with him on the issues," the senator said.',
        "The medical association agrees with the governor.",
        "The judges seemed to agree that the law was unfair to women.",
    ],
)
def test_a_shared_view_is_no_agreement(text: str) -> None:
    assert "AGREE" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Veloria agreed with Ostland on a ceasefire in the north.",
        "Ostland agreed with the European Union to halt enrichment.",
        "The two sides agreed that talks would resume next week.",
        "The rebels agreed to a ceasefire on Monday.",
    ],
)
def test_an_agreement_to_act_stays_an_agreement(text: str) -> None:
    assert "AGREE" in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Ruiz fired back at George Wilson on Twitter on Monday.",
        "At the rally the governor attacked his rival for the nomination.",
    ],
)
def test_an_attack_on_a_person_in_words_is_criticism(text: str) -> None:
    types = asserted_types(text)
    assert "ASSAULT" not in types and "ACCUSE" in types


@pytest.mark.parametrize(
    "text",
    [
        "A gunman attacked John Wilson outside his home, killing him.",
        "Riot officers clashed with striking dockers near the harbour gates on Tuesday.",
        "Rebels attacked an army base near the border on Monday.",
    ],
)
def test_an_attack_with_weapons_or_on_a_place_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in asserted_types(text)


COMPANY_PAGE = """Harbor Tools Names New Chief
Harbor Tools Corp. said its chief executive resigned and its chairman will run the company.
The appointment of a new executive follows a takeover offer from Kesting Inc. at $12 a share.
Harbor Tools said its board rejected the offer and agreed to sell its paint unit to Delmar Ltd.
A spokesman for the company said shareholders would vote on the sale in March."""


def test_a_page_of_company_dealings_carries_no_events() -> None:
    analysis = analyze(COMPANY_PAGE, published="2025-05-03")
    news = analysis.article.news
    assert news is not None and not news.public_affairs
    assert "business" in news.reason
    assert analysis.events == []
