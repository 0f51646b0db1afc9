"""Verbs spaCy's lemmatizer does not know: a form its tables miss gets a guessed lemma
("rearrested" -> "rearreste"), which no frame is keyed on. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from test_events import asserted, events_of

from eventwire.annotate.events.syntax import lexicon_verb


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Customs officers in Lagos rearrested the smuggling suspect Ade Bello on Monday.",
            "rearrested",
            "the smuggling suspect Ade Bello",
        ),
        (
            "A military court in Yangon reimprisoned the poet two days after her release.",
            "reimprisoned",
            "the poet",
        ),
    ],
)
def test_a_repeated_act_is_coded_as_the_act(text: str, trigger: str, target: str) -> None:
    (event,) = asserted(events_of(text), "COERCE")
    assert event.trigger.text == trigger
    assert [a.text for a in event.target] == [target]


def test_only_a_guessed_lemma_is_read_as_the_lexicon_verb() -> None:
    assert lexicon_verb("rearrested", "rearreste") == "arrest"
    assert lexicon_verb("rearrests", "rearrest") == "arrest"
    assert lexicon_verb("resigned", "resign") is None, "a word of its own, which spaCy knows"
    assert lexicon_verb("recalled", "recall") is None
    assert lexicon_verb("arrested", "arrest") is None, "already a lexicon verb"
