"""A meeting planned by a thing, not promised by an actor (issue 11, twenty-sixth round,
intent26): "the trip will include meeting Y" tells the meeting to come (CONSULT, future), not
anyone's stated intent to meet (AGREE 036 asserted), as the VOA gold codes it; so, since signed
ruling 3 (thirty-first round), is the same meeting told with the actor as the subject ("X will
meet Y"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted, events_of


@pytest.mark.parametrize(
    ("planned", "scheduled", "trigger"),
    [
        (
            "Kesler's trip will include meeting Morland's President Ilse Varga, state media said.",
            "Veldra's Prime Minister Anton Kesler will meet Morland's President Ilse Varga, "
            "state media said.",
            "meeting",
        ),
        (
            "The Tarvian foreign minister's tour will include visiting Ostrava and Lindmark "
            "next week.",
            "The Tarvian foreign minister will visit Ostrava and Lindmark next week.",
            "visiting",
        ),
    ],
)
def test_a_meeting_planned_by_a_thing_or_an_actor_is_no_ones_promise(
    planned: str, scheduled: str, trigger: str
) -> None:
    events = events_of(planned)
    assert not [t for t, _ in asserted(events) if t == trigger]
    assert {(e.plover["type"], e.modality) for e in events if e.trigger.text == trigger} == {
        ("CONSULT", "future")
    }
    told = {(e.plover["type"], e.modality) for e in events_of(scheduled)}
    assert ("CONSULT", "future") in told
    assert ("AGREE", "asserted") not in told
