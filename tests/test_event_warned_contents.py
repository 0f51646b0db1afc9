"""What a warning or a call is about did not happen by its telling: "warned Uganda against
sending troops" is Uganda's act, warned against, and "urged Uganda not to send troops" is asked
for, not denied (docs/gold-events.md: the content of calls is hypothetical, its doer the one
addressed; issue 11, contents24). Criticism a party drew or faced is an accusation at it even
with no critic named (the gold codes it with no source). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of


def content_of(text: str, trigger: str):
    return next(e for e in events_of(text) if trigger in e.trigger.text)


@pytest.mark.parametrize(
    ("text", "trigger", "warned"),
    [
        (
            "Veloria warned Korvania against sending troops into the border region.",
            "sending",
            "Korvania",
        ),
        (
            "The minister warned the rebels against attacking the aid convoy.",
            "attacking",
            "the rebels",
        ),
        (
            "The envoy advised the rebels against attacking the aid convoy.",
            "attacking",
            "the rebels",
        ),
    ],
)
def test_an_act_warned_against_is_the_warned_partys_and_not_done(
    text: str, trigger: str, warned: str
) -> None:
    content = content_of(text, trigger)
    assert content.modality == "hypothetical"
    assert [a.text for a in content.source] == [warned]


def test_an_act_cautioned_against_with_no_one_warned_is_no_asserted_event() -> None:
    text = "Veloria cautioned against sending troops into the border region."
    assert [e for e in events_of(text) if e.modality == "asserted"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Veloria urged Korvania not to send troops to the border.", "send"),
        ("Veloria pressed Korvania not to expel the diplomats.", "expel"),
        ("Veloria asked the rebels to refrain from attacking the convoy.", "attacking"),
    ],
)
def test_an_act_asked_not_to_be_done_is_asked_for_not_denied(text: str, trigger: str) -> None:
    assert content_of(text, trigger).modality == "hypothetical"
    assert ("REQUEST", "asserted") in [(e.plover["type"], e.modality) for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "criticized"),
    [
        ("The move drew strong criticism of the Veloran government.", "the Veloran government"),
        (
            "The Veloran government faced strong criticism over the arrests.",
            "The Veloran government",
        ),
    ],
)
def test_criticism_drawn_with_no_critic_named_is_an_accusation_at_its_target(
    text: str, criticized: str
) -> None:
    accusations = [e for e in events_of(text) if e.plover["type"] == "ACCUSE"]
    assert [([a.text for a in e.source], [a.text for a in e.target]) for e in accusations] == [
        ([], [criticized])
    ]
