"""Denials and refusals whose clause the parser breaks (issue 12, said26): "— which Sudan
denied" after a report's findings (a "which" that stands for the clause before it, or that the
parser hangs on a noun no list knows) is Sudan's denial; "Kenya was the first to reject the
charter" is Kenya's refusal, though the parser hangs "to reject" on "the first"; "X accused Y
of it, a charge Y denies" (denies29) is Y's denial of X's charge, and the charge stays made,
though the parser may make the denial the sentence's root. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, has_sides, the_event


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Inspectors detailed banned shipments of rifles and mortars from Uganda to Sudan "
            "in a report in May \u2014 which Sudan denied.",
            "SDN",
        ),
    ],
)
def test_what_a_report_told_denied_in_a_which_clause_is_a_denial(text: str, denier: str) -> None:
    (denial,) = asserted_of_type(text, "REJECT")
    assert denial.cameo == "120"
    assert has_sides(denial, denier, None)


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        ("Kenya's ruling party was the first to reject the new constitution.", "REJECT", "KEN"),
        ("Ghana was the only country to reject the proposal.", "REJECT", "GHA"),
        ("Kenya was the first country to sign the charter.", "SUPPORT", "KEN"),
    ],
)
def test_the_first_or_only_one_to_act_is_the_subject_it_is_said_of(
    text: str, plover: str, doer: str
) -> None:
    (event,) = asserted_of_type(text, plover)
    assert has_sides(event, doer, None)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya accused Uganda of shelling border villages, a charge Uganda denies.",
        "Kenya accused Uganda of shelling border villages, a charge Uganda quickly denied.",
        "Kenya accused Uganda of shelling border villages, an accusation Uganda has rejected.",
        "Kenya accused Uganda of shelling border villages, an allegation which Uganda denied "
        "on Friday.",
    ],
)
def test_a_charge_denied_in_a_clause_on_its_noun_is_made_and_denied(text: str) -> None:
    charge = the_event(text, "ACCUSE", "accused")
    assert charge.modality == "asserted"
    assert has_sides(charge, "KEN", "UGA")
    (denial,) = asserted_of_type(text, "REJECT")
    assert has_sides(denial, "UGA", "KEN")
