"""The CAMEO code under a right PLOVER type (issues 11 and 12, cameo28). Users of GDELT and
ICEWS read the code: a threat carries the threatened act's code (force 138, a trade measure
1312, as `commitments.tsv` gives a verb's), and `eval events` reports CAMEO agreement beside
the PLOVER figures. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from news_events import the_event

from eventwire.cli import main


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Chad renewed its threats of attack against Niger on Monday.", "threats of attack", "138"),
        ("Chad issued a threat of sanctions against Niger.", "threat of sanctions", "1312"),
    ],
)
def test_a_threat_of_an_act_carries_the_acts_threat_code(
    text: str, trigger: str, code: str
) -> None:
    assert the_event(text, "THREATEN", trigger).cameo == code
    # a reprisal names no act: the threat stays unspecified
    reprisal = "Chad made threats of retaliation against Niger."
    assert the_event(reprisal, "THREATEN", "threats of retaliation").cameo == "130"


def test_eval_events_reports_cameo_agreement_at_root_three_digits_and_full(
    tmp_path, capsys
) -> None:
    """A rebel attack coded 190 against the gold's 193 (small arms) agrees at the root only."""
    text = "Rebels Attack Chad Village\nArmed rebels attacked a village in Chad on Monday."
    start = text.index("attacked")
    record = {
        "id": "chad",
        "published": "2025-03-12",
        "annotated_end": len(text),
        "text": text,
        "events": [
            {
                "trigger": {"text": "attacked", "start": start, "end": start + len("attacked")},
                "sentence": 1,
                "group": "g1",
                "plover": "ASSAULT",
                "cameo": "193",
                "source": [],
                "target": [],
                "modality": "asserted",
            }
        ],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["eval", "events", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "CAMEO code (1 with a gold code): root 1.000  3 digits 0.000  full 0.000" in out
