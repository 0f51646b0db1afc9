"""A criticism, charge, refusal or threat stated to come is no threat (issue 12, threaten31):
`voice.statements` reads "X will do Y" as X's word given, and commitments.tsv codes a promise to
criticise, reject or threaten as CAMEO 130; but "Estonia will oppose any move", "he will make
accusations against Peru" foretell or announce a stance, no coercive act. A lawsuit or a veto
vowed still threatens, and so does a reprisal. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type, events_of_type


def test_a_stance_to_come_is_no_threat() -> None:
    for text in (
        "Estonia will oppose any Latvian move to close the border, the Estonian foreign"
        " minister said.",
        "The Chilean president said he will make reckless accusations against Peru.",
        "Peru will threaten Bolivia with missiles within five years, the Peruvian general said.",
    ):
        assert not asserted_of_type(text, "THREATEN"), text


def test_the_stance_itself_stays_to_come() -> None:
    (opposition,) = events_of_type(
        "Estonia will oppose any Latvian move to close the border, the Estonian foreign"
        " minister said.",
        "ACCUSE",
    )
    assert opposition.modality == "future"


def test_a_lawsuit_a_veto_or_a_reprisal_vowed_still_threatens() -> None:
    for text in (
        "The Estonian government said it will sue Latvia over the pipeline.",
        "The Chilean president said he would veto the Peruvian trade bill.",
        "The Chilean defence minister said Chile would retaliate against Argentina if the"
        " border stays closed.",
    ):
        assert asserted_of_type(text, "THREATEN"), text
