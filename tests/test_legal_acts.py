"""Charges, indictments and trials are legal accusations (PLOVER ACCUSE, CAMEO 1121) even when
the text leaves the prosecutor or court unnamed; the accused is the target. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.records import Event


def events_of(text: str) -> list[Event]:
    return analyze(text, published="2024-03-04").events


def accusations(events: list[Event]) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (e.trigger.text, e.modality, [a.text for a in e.source], [a.text for a in e.target])
        for e in events
        if e.plover["type"] == "ACCUSE"
    ]


@pytest.mark.parametrize(
    ("sentence", "trigger", "modality", "accused"),
    [
        (
            "The former transport minister was charged with bribery on Tuesday.",
            "charged",
            "asserted",
            "The former transport minister",
        ),
        (
            "Two senior customs officers were indicted last month.",
            "indicted",
            "asserted",
            "Two senior customs officers",
        ),
        (
            "The provincial governor will stand trial in June.",
            "trial",
            "future",
            "The provincial governor",
        ),
        (
            "Three bank executives face charges of fraud.",
            "charges",
            "asserted",
            "Three bank executives",
        ),
        (
            "The colonel could face charges of torture, the senator said.",
            "charges",
            "hypothetical",
            "The colonel",
        ),
        # the accused undergoes the trial or probe through a preposition
        (
            "The former mayor of Ostrava is on trial for fraud.",
            "trial",
            "asserted",
            "The former mayor of Ostrava",
        ),
        (
            "The governor of Ostrava will go on trial in June.",
            "trial",
            "future",
            "The governor of Ostrava",
        ),
        (
            "The deputy finance minister has been under investigation since May.",
            "investigation",
            "asserted",
            "The deputy finance minister",
        ),
    ],
)
def test_a_legal_accusation_needs_no_named_prosecutor(
    sentence: str, trigger: str, modality: str, accused: str
) -> None:
    found = accusations(events_of("Court Roundup\n" + sentence))
    assert (trigger, modality, [], [accused]) in found


def test_a_court_s_next_step_is_no_threat() -> None:
    events = events_of(
        "Court Roundup\nThe colonel was arrested on Sunday and will be arraigned on Monday, "
        "prosecutors said."
    )
    assert [e.plover["type"] for e in events if e.trigger.text == "arraigned"] == ["ACCUSE"]
    assert "THREATEN" not in {e.plover["type"] for e in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister in charge of energy resigned on Friday.",
        "The ambassador tried to leave the capital on Friday.",
    ],
)
def test_words_of_the_courtroom_in_other_senses_are_no_accusation(sentence: str) -> None:
    assert accusations(events_of("Capital Roundup\n" + sentence)) == []


def test_a_headline_participle_is_passive() -> None:
    """ "Mayor Charged With Bribery": the mayor is the accused, not the accuser."""
    events = events_of(
        "Port City Mayor Charged With Bribery\nThe mayor of the port city denies wrongdoing."
    )
    assert ("Charged", "asserted", [], ["Port City Mayor"]) in accusations(events)


@pytest.mark.parametrize("closing", ["’", '"', ")"])
def test_a_headline_participle_before_a_closing_quote_is_passive(closing: str) -> None:
    """A headline may end on a quote or bracket ("... calls it 'unfair'"): its "-ed" verb is
    still a passive, the named person the one detained, not the detainer."""
    opening = {"’": "‘", '"': '"', ")": "("}[closing]
    headline = f"Editor Okello detained in Gulu, family calls it {opening}unfair{closing}"
    events = events_of(headline + "\nThe editor was taken from his office on Monday.")
    (detained,) = [e for e in events if e.trigger.text == "detained"]
    assert [a.text for a in detained.source] == []
    assert [a.text for a in detained.target] == ["Editor Okello"]


def test_a_headline_in_the_present_keeps_its_subject_as_agent() -> None:
    events = events_of("Police Arrest Protesters Near Parliament\nThe protest was peaceful.")
    arrests = [e for e in events if e.trigger.text == "Arrest"]
    assert [[a.text for a in e.source] for e in arrests] == [["Police"]]


def test_a_sentence_without_a_stop_alone_is_no_headline() -> None:
    """One line with no line break after it is a sentence, not a headline: its "-ed" verb
    stays active; as a headline it is a passive ("Rebel Fighters Attacked Near Border")."""
    line = "Rebel fighters attacked near the border on Monday"
    alone = [e for e in events_of(line) if e.trigger.text == "attacked"]
    headline = [e for e in events_of(line + "\nThe army said so.") if e.trigger.text == "attacked"]
    assert [[a.text for a in e.source] for e in alone] == [["Rebel fighters"]]
    assert [([a.text for a in e.source], [a.text for a in e.target]) for e in headline] == [
        ([], ["Rebel fighters"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ostrel Front is designated as a terrorist organization by Canada.",
        "The Ostrel Front is a militia that is designated as a terrorist group by Canada.",
    ],
)
def test_a_passive_designation_keeps_its_agent_hung_on_the_label(sentence: str) -> None:
    """The parser hangs "by Canada" on the label noun, not on "designated": the designator is
    still the passive's agent, and a verbal act needs it."""
    found = accusations(events_of("Capital Roundup\n" + sentence))
    assert [(trigger, source) for trigger, _, source, _ in found] == [("designated", ["Canada"])]


@pytest.mark.parametrize(
    ("sentence", "probes"),
    [
        ("The Justice Ministry of Karvia opened an inquiry into the killings on Friday.", 1),
        ("The Karvia Justice Ministry began an inquiry on Friday.", 1),
        ("The Karvia Justice Ministry answered a Kivu Times inquiry about the contract.", 0),
        ("The Karvia Justice Ministry made inquiries with three banks on Friday.", 0),
    ],
)
def test_an_inquiry_about_something_is_a_question_not_a_probe(sentence: str, probes: int) -> None:
    """An inquiry into a matter, or one opened, is an investigation; an inquiry about
    something, or inquiries made with someone, are questions asked."""
    found = accusations(events_of("Capital Roundup\n" + sentence))
    assert len([trigger for trigger, *_ in found if trigger.startswith("inquir")]) == probes
