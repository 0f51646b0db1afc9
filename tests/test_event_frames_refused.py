"""Gold events whose codebook word no frame accepted (issue 11 recall, thirtieth round,
frames30): forces dispatched are deployed, as with "deploy". Sentences written for these
tests."""

from __future__ import annotations

from news_events import asserted_of_type, countries


def test_forces_dispatched_are_deployed_and_aides_are_no_force() -> None:
    text = "Officials said Kenyan troops had been dispatched to the border town on Monday."
    (event,) = asserted_of_type(text, "MOBILIZE")
    assert event.trigger.text.endswith("dispatched")
    assert countries(event.source) == {"KEN"}
    text = "The senator dispatched two aides to Ohio on Monday to meet local officials."
    assert asserted_of_type(text, "MOBILIZE") == []
