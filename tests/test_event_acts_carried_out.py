"""Operations and tests told as carried out (issue 11 recall, twenty-eighth round, recall28):
"the police have conducted 900 operations", "an operation conducted by the intelligence agency"
are attacks by those who conduct them, a rescue operation none; a test a state conducts is a
show of force, a DNA test none. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type


def test_operations_a_force_conducts_are_attacks_by_it() -> None:
    text = (
        "Polish soldiers have conducted 900 intelligence-based operations across the country "
        "this year, the army said."
    )
    found = [e for e in asserted_of_type(text, "ASSAULT") if "operations" in e.trigger.text]
    assert len(found) == 1
    assert "POL" in {a.code[:3] for a in found[0].source if a.code}


def test_an_operation_conducted_by_an_agency_is_its_attack() -> None:
    text = "The rebels fled the town after an operation conducted by Poland's intelligence agency."
    found = [e for e in asserted_of_type(text, "ASSAULT") if "operation" in e.trigger.text]
    assert len(found) == 1
    assert "POL" in {a.code[:3] for a in found[0].source if a.code}


def test_a_rescue_or_the_way_one_went_is_no_further_attack() -> None:
    text = (
        "Polish police conducted 40 operations in border towns in May. In June they launched a "
        "rescue operation after the floods, and the operation was conducted with great care."
    )
    found = asserted_of_type(text, "ASSAULT")
    assert [e.trigger.text for e in found if "operation" in e.trigger.text] == ["operations"]


def test_a_test_a_state_conducts_is_a_show_of_force() -> None:
    text = "Iran conducted two tests within a week, the Pentagon said on Monday."
    found = [e for e in asserted_of_type(text, "MOBILIZE") if "tests" in e.trigger.text]
    assert len(found) == 1
    assert "IRN" in {a.code[:3] for a in found[0].source if a.code}


def test_a_check_the_police_conduct_is_no_show_of_force() -> None:
    text = "Iran conducted two tests last week. Polish police conducted a DNA test on Monday."
    found = asserted_of_type(text, "MOBILIZE")
    assert [e.trigger.text for e in found] == ["tests"]
