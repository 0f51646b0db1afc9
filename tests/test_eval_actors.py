"""`eventwire eval actors`: how an organisation's code is compared with a gold "IGO" + sector."""

from __future__ import annotations

import pytest

from eventwire.evaluate.actors import GoldActor, Score

SENTENCE = "Blue-helmeted troops of the world body left the valley town on Sunday."


def role_agrees(gold_code: str, sector: str, ours: str) -> bool:
    score = Score()
    score.add(GoldActor("invented-1", SENTENCE, "troops", gold_code, sector), ours)
    assert score.counts["roles"] == 1
    return bool(score.counts["roles right"])


@pytest.mark.parametrize(
    ("sector", "ours"),
    [("MIL", "IGOUNOPKO"), ("REF", "IGOUNOREFHCR"), ("JUD", "IGOUNOJUDICJ"), ("COP", "IGOCOPITP")],
)
def test_an_organisation_codes_type_part_is_the_gold_sector_it_names(sector, ours) -> None:
    assert role_agrees("IGO", sector, ours)


@pytest.mark.parametrize(
    ("sector", "ours"),
    [("GOV", "IGOUNO"), ("BUS", "IGOBUSIMF"), ("REF", "IGOUNOHLHWHO"), ("MIL", "IGOWSTNAT")],
)
def test_an_organisation_code_without_that_sector_does_not_agree(sector, ours) -> None:
    assert not role_agrees("IGO", sector, ours)


def test_a_countrys_role_is_still_its_letters_four_to_six() -> None:
    assert role_agrees("FRA", "MIL", "FRAMIL")
    assert not role_agrees("FRA", "GOV", "FRAMIL")
