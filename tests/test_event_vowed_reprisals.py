"""Reprisals vowed without their act: "would resolutely respond", "will take steps to defend"
(docs/gold-events.md: a warning of one's own side's response is THREATEN, asserted, on the
words that vow it; issue 12, threaten27). A response told as done, a quick reply, and steps
taken for any other end threaten no one. Sentences written for these tests."""

from __future__ import annotations

from news_events import asserted_of_type, countries


def test_a_vow_to_respond_resolutely_is_a_threat_and_a_response_told_as_done_is_not() -> None:
    (threat,) = asserted_of_type(
        "Minister Talvik said Estonia would resolutely respond to any provocation on its border.",
        "THREATEN",
    )
    assert "respond" in threat.trigger.text
    assert countries(threat.source) == {"EST"}
    assert not asserted_of_type(
        "The Estonian government responded firmly to the strike by dock workers.", "THREATEN"
    )
    assert not asserted_of_type(
        "Estonia will respond quickly to the floods in the south, the minister said.", "THREATEN"
    )


def test_steps_vowed_to_defend_are_a_threat_and_steps_for_other_ends_are_not() -> None:
    (threat,) = asserted_of_type(
        "Finland will take steps to defend its security against Moscow.", "THREATEN"
    )
    assert "take" in threat.trigger.text
    assert countries(threat.source) == {"FIN"}
    assert not asserted_of_type(
        "Finland will take steps to strengthen the rule of law in its courts.", "THREATEN"
    )


def test_steps_ones_own_side_must_take_are_vowed_and_steps_asked_of_another_are_not() -> None:
    (threat,) = asserted_of_type(
        '"We will have to take steps to defend our security," the Finnish envoy said.',
        "THREATEN",
    )
    assert countries(threat.source) == {"FIN"}
    assert not asserted_of_type(
        "Japan must take steps to defend its security, the American envoy said.", "THREATEN"
    )


def test_vowing_not_to_hesitate_is_a_threat_and_not_hesitating_is_not() -> None:
    (threat,) = asserted_of_type(
        "If Lisbon escalates, I will not hesitate to cut the gas supply, the Spanish minister"
        " said.",
        "THREATEN",
    )
    assert "hesitate" in threat.trigger.text
    assert not asserted_of_type("The Spanish minister did not hesitate to answer.", "THREATEN")
    assert not asserted_of_type(
        "Spanish officials do not hesitate to report every fire in the north.", "THREATEN"
    )
