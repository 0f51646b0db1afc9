"""A region's adjective ("European") codes the region (EUR) where the phrase names its states
or people, and nothing where it only modifies a thing: the European Union's trade is the
Union's (signed ruling 5b), which the adjective does not name. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import events_of_type

from eventwire.annotate.actors import resolve_actor_text


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("European leaders", "EUR"),
        ("several European capitals", "EUR"),
        ("other European nations", "EUR"),
        ("Europeans", "EUR"),
        ("the European Union", "IGOEUREEC"),
        ("the European Commission", "IGOEUREEC"),
        ("the European Parliament", "IGOEUREEC"),
        ("European cars", None),
        ("European unity", None),
        ("the European side", None),
    ],
)
def test_a_region_adjective_codes_only_the_regions_states_or_people(
    phrase: str, code: str | None
) -> None:
    assert resolve_actor_text(phrase) == code


def test_european_leaders_act_as_europe() -> None:
    (criticism,) = events_of_type(
        "European leaders condemned the blockade of the Ostland ports on Monday.", "ACCUSE"
    )
    assert [a.code for a in criticism.source] == ["EUR"]


def test_tariffs_on_european_goods_do_not_target_europe() -> None:
    """The Union sets trade policy: the goods' adjective gives no target EUR."""
    (threat,) = events_of_type(
        "The Ostland president threatened on Monday to put new tariffs on European bicycles.",
        "THREATEN",
    )
    assert "EUR" not in [a.code for a in threat.target]
