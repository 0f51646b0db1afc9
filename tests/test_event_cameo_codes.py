"""The CAMEO code under a right PLOVER type (issues 11 and 12, cameo28). Users of GDELT and
ICEWS read the code: a threat carries the threatened act's code (force 138, a trade measure
1312, as `commitments.tsv` gives a verb's), a demand the code of what it asks for (cameo29), and
`eval events` reports CAMEO agreement beside the PLOVER figures. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import eval_one_article, events_of, gold_mention, the_event


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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels in Chad demanded the release of jailed journalists on Monday.", "1053"),
        ("Niger demanded sanctions relief from Chad on Monday.", "1054"),
        ("Niger demanded talks with Chad on Monday.", "108"),
        ("Niger demanded that Chad change course on Monday.", "100"),
    ],
)
def test_a_demand_carries_the_code_of_the_act_it_asks_for(text: str, code: str) -> None:
    """CAMEO's 10 block names what is demanded: release 1053, sanctions eased 1054, talks 108;
    a demand whose act we do not code stays 100."""
    (event,) = [e for e in events_of(text) if e.plover["type"] == "REQUEST"]
    assert event.cameo == code


def test_a_bare_demand_and_the_demand_coded_by_its_act_are_one_record() -> None:
    text = (
        "Rebels in Chad demanded the release of jailed journalists on Monday. "
        "The government of Chad has not responded to the rebels' demands."
    )
    (event,) = [e for e in events_of(text) if e.plover["type"] == "REQUEST"]
    assert event.cameo == "1053"


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("France supported Niger in its dispute with Chad on Monday.", "supported", "050"),
        ("France voiced its support for Niger on Monday.", "support", "050"),
        ("France endorsed the Niger plan on Monday.", "endorsed", "051"),
    ],
)
def test_support_and_backing_are_050_and_endorsement_051(
    text: str, trigger: str, code: str
) -> None:
    """As CAMEO's own verb dictionary codes them (SUPPORT, BACK 050; ENDORSE 051)."""
    assert the_event(text, "SUPPORT", trigger).cameo == code


def test_eval_events_reports_cameo_agreement_at_root_three_digits_and_full(
    tmp_path, capsys
) -> None:
    """A rebel attack coded 190 against the gold's 193 (small arms) agrees at the root only."""
    text = "Rebels Attack Chad Village\nArmed rebels attacked a village in Chad on Monday."
    attack = gold_mention(text, "attacked", 1, "ASSAULT", cameo="193")
    out = eval_one_article(tmp_path, capsys, "chad", text, [attack])
    assert "CAMEO code (1 with a gold code): root 1.000  3 digits 0.000  full 0.000" in out
