"""`Analysis.from_dict` reads back what `to_json` wrote, byte for byte, on real analyses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import analyze
from eventwire.records import Analysis, Event

SEED = Path(__file__).resolve().parents[2] / "shared" / "acceptance" / "seed-soleimani.txt"

TEXTS = [
    "Harbour workers strike in Lisbon\nDock workers in Lisbon walked out on Monday, the union "
    'said. "We will not unload another ship," its leader, Ana Costa, told reporters. About 300 '
    "workers joined the strike, and police arrested at least 12 of them near the port.",
    "Ministers meet in Nairobi\nKenya's foreign minister met his Ethiopian counterpart in "
    "Nairobi on 3 March 2024 and promised to sign a trade agreement next month. Ethiopia did "
    "not threaten Kenya, officials said.",
]


def round_trip(analysis: Analysis) -> str:
    return Analysis.from_dict(json.loads(analysis.to_json())).to_json()


@pytest.mark.parametrize("text", TEXTS)
def test_analysis_comes_back_from_its_json(text: str) -> None:
    analysis = analyze(text, published="2024-03-05")
    assert round_trip(analysis) == analysis.to_json()


@pytest.mark.skipif(not SEED.is_file(), reason="../shared is not checked out")
def test_founding_article_comes_back_from_its_json() -> None:
    analysis = analyze(SEED.read_text(encoding="utf-8"), published="2022-04-13")
    again = Analysis.from_dict(json.loads(analysis.to_json()))
    assert again.to_json() == analysis.to_json()
    assert analysis.events and all(isinstance(event, Event) for event in again.events)
    assert again.events[0].trigger == analysis.events[0].trigger
