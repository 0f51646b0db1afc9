"""Quantities with hedges, money and percentages, on sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from eventwire import analyze
from eventwire.records import Quantity


def quantities_of(body: str) -> list[Quantity]:
    analysis = analyze(f"Coastal Report\n{body}")
    text = analysis.article.text
    for quantity in analysis.quantities:
        assert text[quantity.start : quantity.end] == quantity.text
        if quantity.of is not None:
            assert text[quantity.of.start : quantity.of.end] == quantity.of.text
    return analysis.quantities


def only(quantities: list[Quantity], text: str) -> Quantity:
    found = [q for q in quantities if q.text == text]
    assert len(found) == 1, [q.text for q in quantities]
    return found[0]


@pytest.mark.parametrize(
    ("body", "text", "value", "low", "high", "of"),
    [
        ("Rebels fired over a dozen rockets.", "over a dozen rockets", None, 13, None, "rockets"),
        ("At least 109 sailors were hurt.", "At least 109 sailors", None, 109, None, "sailors"),
        ("More than 40 boats sank.", "More than 40 boats", None, 41, None, "boats"),
        ("Nearly 500 families fled.", "Nearly 500 families", None, None, 499, "families"),
        ("Fewer than 10 reporters came.", "Fewer than 10 reporters", None, None, 9, "reporters"),
        ("Up to 30 villages lost power.", "Up to 30 villages", None, None, 30, "villages"),
        ("About 70 guards were on duty.", "About 70 guards", 70, None, None, "guards"),
        ("The army moved two armoured brigades.", "two armoured brigades", 2, 2, 2, "brigades"),
        ("Twenty-five trawlers docked.", "Twenty-five trawlers", 25, 25, 25, "trawlers"),
        ("Police held 1,200 protesters.", "1,200 protesters", 1200, 1200, 1200, "protesters"),
        ("Dozens of houses burned.", "Dozens of houses", None, 24, 99, "houses"),
        ("Hundreds of fishermen marched.", "Hundreds of fishermen", None, 200, 999, "fishermen"),
        ("Between 10 and 20 drones flew.", "Between 10 and 20 drones", None, 10, 20, "drones"),
        ("The floods caused no deaths.", "no deaths", 0, 0, 0, "deaths"),
    ],
)
def test_counts_and_their_bounds(body, text, value, low, high, of) -> None:
    quantity = only(quantities_of(body), text)
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)
    assert quantity.unit is None
    assert quantity.of is not None and quantity.of.text == of


def test_hedge_is_recorded_as_written() -> None:
    quantity = only(quantities_of("At least 109 sailors were hurt."), "At least 109 sailors")
    assert quantity.hedge == "At least"


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("The port cost $3 million to build.", "$3 million", 3_000_000, "USD"),
        ("Brussels pledged €40bn for the coast.", "€40bn", 40_000_000_000, "EUR"),
        ("The town owes £2.5m in repairs.", "£2.5m", 2_500_000, "GBP"),
        ("Turnout rose to 64% this year.", "64%", 64, "percent"),
        ("Prices rose 3.5 per cent in a month.", "3.5 per cent", 3.5, "percent"),
        ("The convoy stopped 5 km from the port.", "5 km", 5, "km"),
    ],
)
def test_money_percentages_and_measures(body, text, value, unit) -> None:
    quantity = only(quantities_of(body), text)
    assert quantity.value == value
    assert quantity.unit == unit
    assert quantity.of is None


def test_money_range_and_exact_large_amounts() -> None:
    quantities = quantities_of("Wages ran from $35,000 to $60,000; the port owes $65.4 billion.")
    wages = only(quantities, "from $35,000 to $60,000")
    assert (wages.value, wages.low, wages.high, wages.unit) == (None, 35_000, 60_000, "USD")
    assert only(quantities, "$65.4 billion").value == 65_400_000_000


def test_hedged_money_keeps_the_stated_figure_as_bound() -> None:
    quantity = only(quantities_of("Damage ran to more than $2 million."), "more than $2 million")
    assert quantity.low == 2_000_000
    assert quantity.value is None


@pytest.mark.parametrize(
    "body",
    [
        "On 3 March 2021 the council met again.",
        "The harbour reopened in 1999 after the war.",
        "The vote ended at 5:45 p.m. on Tuesday.",
        "The third convoy left first.",
        "One of the ferries was late.",
        "Two-thirds of the fleet stayed in port.",
        "Flight 370 and Article 5 were discussed.",
        "The blog Zero Hedge ran the story.",
    ],
)
def test_dates_times_ordinals_and_names_are_not_quantities(body: str) -> None:
    assert quantities_of(body) == []


def test_founding_article_quantities(shared) -> None:
    expect = json.loads((shared / "acceptance/seed-soleimani.expect.json").read_text())
    text = (shared / "acceptance/seed-soleimani.txt").read_text(encoding="utf-8")
    quantities = analyze(text, published="2022-04-13").quantities
    by_text = {q.text: q for q in quantities}
    assert expect["quantities"] and quantities
    for wanted in expect["quantities"]:
        quantity = by_text[wanted["text"]]
        if "at_least" in wanted:
            assert quantity.low == wanted["at_least"]
            assert quantity.value is None
        else:
            assert quantity.value == wanted["value"]
        assert quantity.of is not None
        assert wanted["of"].startswith(quantity.of.text)
    assert not any(q.text.startswith("2015") for q in quantities)
