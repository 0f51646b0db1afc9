"""Speech acts that are events (threats, denials, criticism, prisoner swaps) and how modality
holds across clauses, on sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of

from eventwire import analyze
from eventwire.records import Event


def types(events: list[Event], modality: str = "asserted") -> list[str]:
    return [e.plover["type"] for e in events if e.modality == modality]


def only(events: list[Event], plover: str) -> Event:
    (event,) = [e for e in events if e.plover["type"] == plover]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean army warned of an overwhelming response to any incursion by Peru.",
        "Chile's defence minister vowed to respond to the shelling of the border post.",
        "Peruvian rebels swore to fight on until the government in Lima falls.",
        "Chile is ready to respond with force if Peruvian ships enter its waters.",
        "Chilean police warned that they will not tolerate further rallies in Santiago.",
    ],
)
def test_threats_without_a_listed_act_are_asserted_threats(text: str) -> None:
    threat = only(events_of(text), "THREATEN")
    assert threat.modality == "asserted"
    assert threat.asserted_by is None


def test_a_warning_about_what_no_actor_does_is_no_threat() -> None:
    events = events_of("Chile's weather agency warned that the drought will continue in May.")
    assert "THREATEN" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's defence ministry denied that its troops had crossed into Chile.",
        "The Peruvian rebel group denied any role in the bombing in Lima.",
    ],
)
def test_denials_are_rejections(text: str) -> None:
    rejection = only(events_of(text), "REJECT")
    assert rejection.modality == "asserted"
    assert rejection.cameo == "120"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Chile's foreign minister sharply criticised Peru over the fishing dispute.",
            "criticised",
        ),
        ("Peruvian lawmakers have long railed against Chile's mining companies.", "railed"),
        ("Chilean farmers are angry with Peru over the new import rules.", "angry"),
        ("The Peruvian lawyer called the Chilean court's verdict inhumane.", "called"),
        ("Peruvian exports of copper doubled last year amid Chilean opposition.", "opposition"),
    ],
)
def test_criticism_is_an_accusation(text: str, trigger: str) -> None:
    criticism = only(events_of(text), "ACCUSE")
    assert criticism.modality == "asserted"
    assert criticism.trigger.text.startswith(trigger)


def test_the_opposition_as_an_actor_is_no_criticism() -> None:
    events = events_of("The Peruvian opposition said on Monday that the election was fair.")
    assert "ACCUSE" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru swapped 40 prisoners at the border on Sunday.",
        "A prisoner exchange between Chile and Peru took place on Friday.",
    ],
)
def test_prisoner_swaps_are_releases(text: str) -> None:
    swap = only(events_of(text), "RETREAT")
    assert swap.cameo == "0841"
    assert swap.modality == "asserted"


def test_scuttled_talks_are_no_meeting() -> None:
    events = events_of("Peru's president scuttled the talks with Chile on Tuesday.")
    assert "CONSULT" not in types(events)


def test_a_denial_does_not_negate_its_sibling_rejection_or_the_accusation() -> None:
    text = (
        "Peru's defence ministry denied it had supplied arms to the rebels, "
        "rejecting accusations by Chile."
    )
    events = events_of(text)
    assert only(events, "AID").modality == "negated"
    accusation = only(events, "ACCUSE")
    assert accusation.modality == "asserted"
    assert {a.code[:3] for a in accusation.source if a.code} == {"CHL"}


def test_gathering_to_protest_is_a_protest() -> None:
    protest = only(
        events_of("Chilean farmers gathered outside parliament to protest the tax."), "PROTEST"
    )
    assert protest.modality == "asserted"


def test_a_riot_predicted_in_a_quote_is_not_asserted() -> None:
    events = events_of('"There will be riots in the streets of Lima," the Peruvian mayor warned.')
    assert "PROTEST" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Why did the Chilean army shell the Peruvian village on Tuesday?",
        "Did the Chilean army not shell the Peruvian village on Tuesday?",
    ],
)
def test_facts_inside_rhetorical_questions_are_asserted(text: str) -> None:
    assert only(events_of(text), "ASSAULT").modality == "asserted"


def test_a_plain_question_stays_hypothetical() -> None:
    events = events_of("Will the Chilean army shell the Peruvian village on Tuesday?")
    assert "ASSAULT" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        '"The arrests of Chilean journalists are utterly unacceptable," Peru\'s envoy said.',
        "Peru's foreign minister said the Chilean blockade was unfair and inhumane.",
    ],
)
def test_a_condemning_predicate_is_criticism_by_its_speaker(text: str) -> None:
    criticism = only(events_of(text), "ACCUSE")
    assert criticism.modality == "asserted"
    assert criticism.asserted_by is None
    assert {a.code[:3] for a in criticism.source if a.code} == {"PER"}


def test_a_condemning_word_said_by_no_one_is_no_event() -> None:
    events = events_of("The delay at the Chilean border is unacceptable for Peruvian farmers.")
    assert "ACCUSE" not in types(events)


def test_the_blockader_is_the_target_of_criticism_of_the_blockade() -> None:
    text = "Peru's foreign minister said the Chilean blockade was unacceptable."
    criticism = only(events_of(text), "ACCUSE")
    assert {a.code[:3] for a in criticism.target if a.code} == {"CHL"}


@pytest.mark.parametrize(
    "text",
    [
        '"No, I am not going to bend at all," the Chilean president said of the Peruvian demands.',
        "Chile will not back down in its dispute with Peru, the foreign minister said.",
        "Peru refused to back down over the fishing rights claimed by Chile.",
    ],
)
def test_refusing_to_yield_is_a_rejection(text: str) -> None:
    rejections = [e for e in events_of(text) if e.plover["type"] == "REJECT"]
    assert [e.cameo for e in rejections] == ["124"]
    assert rejections[0].modality == "asserted"


def test_backing_down_is_a_concession() -> None:
    events = events_of("Chile backed down in its fishing dispute with Peru on Monday.")
    concession = only(events, "CONCEDE")
    assert concession.trigger.text == "backed down"
    assert concession.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean rebels vowed revenge for the killing of their commander.",
        "Chile's president promised a harsh response to any Peruvian incursion.",
        "Chile said it will withdraw its ambassador from Peru unless Lima frees the sailors.",
    ],
)
def test_vows_of_revenge_and_ultimatums_are_threats(text: str) -> None:
    events = events_of(text)
    threat = only(events, "THREATEN")
    assert threat.modality == "asserted"
    assert "AGREE" not in types(events)


def test_an_act_under_any_is_not_asserted() -> None:
    events = events_of("Chile's president promised a harsh response to any Peruvian incursion.")
    assert "ASSAULT" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's opposition leader lashed out at the government in Santiago over the closure.",
        "Peru's president hit out at Chile over the new tariffs on copper.",
    ],
)
def test_lashing_out_is_criticism(text: str) -> None:
    assert only(events_of(text), "ACCUSE").modality == "asserted"


def test_a_riot_foretold_by_an_official_is_no_threat_and_not_asserted() -> None:
    text = '"Protesters will riot in Lima if the tax passes," the Peruvian mayor warned.'
    events = events_of(text)
    assert "THREATEN" not in types(events)
    assert "PROTEST" not in types(events)


def test_an_official_stating_their_own_side_will_strike_is_a_threat() -> None:
    text = "Peru's army will strike back at Chile, the Peruvian defence minister said."
    threat = only(events_of(text), "THREATEN")
    assert {a.code[:3] for a in threat.source if a.code} == {"PER"}


def test_charges_brought_against_someone_are_an_accusation() -> None:
    text = "Chilean prosecutors brought charges against the former Peruvian minister."
    accusation = only(events_of(text), "ACCUSE")
    assert {a.code[:3] for a in accusation.source if a.code} == {"CHL"}
    assert accusation.target and accusation.target[0].text == "the former Peruvian minister"


def test_an_officer_in_charge_is_no_accusation() -> None:
    events = events_of("The Chilean officer in charge of the border post resigned on Monday.")
    assert "ACCUSE" not in types(events)


@pytest.mark.parametrize(
    ("text", "plover", "speaker"),
    [
        (  # a spokesman quoting a general who threatens
            '"General Okafor warned that his forces will attack the rebel camp," the army '
            "spokesman said.",
            "ASSAULT",
            "General Okafor",
        ),
        (  # an indirect report inside a direct quote
            '"Our minister said the police arrested forty protesters in the capital," the party '
            "spokeswoman told reporters.",
            "COERCE",
            "Our minister",
        ),
        (  # a claim nested in indirect speech
            "The envoy said Kenya's accusation that Somali militants shelled the border post "
            "was baseless.",
            "ASSAULT",
            "Kenya",
        ),
        (
            "The mayor said the governor had claimed that rebels attacked a convoy near Kisumu.",
            "ASSAULT",
            "the governor",
        ),
    ],
)
def test_an_event_in_a_nested_quote_names_the_innermost_speaker(
    text: str, plover: str, speaker: str
) -> None:
    analysis = analyze("Regional News Roundup\n" + text, published="2024-03-04")
    (event,) = [e for e in analysis.events if e.plover["type"] == plover]
    assert event.asserted_by is not None and event.asserted_by.text.startswith(speaker)
    holding = [
        q
        for q in analysis.quotes
        if q.start <= event.trigger.start < q.end and q.speaker is not None
    ]
    innermost = min(holding, key=lambda q: q.end - q.start)
    assert len(holding) == 2
    assert innermost.speaker is not None and innermost.speaker.start == event.asserted_by.start
    assert innermost.cue_class == "speech"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kenyan police, the interior ministry said on Monday, arrested 40 protesters.",
            "the interior ministry",
        ),
        (
            "The government's warnings aside, the opposition believes the police arrested "
            "protesters.",
            "the opposition",
        ),
    ],
)
def test_an_event_told_by_a_cue_with_a_phrase_set_off_before_it_names_the_cues_speaker(
    text: str, speaker: str
) -> None:
    analysis = analyze("Regional News Roundup\n" + text, published="2024-03-04")
    (event,) = analysis.events
    assert event.asserted_by is not None and event.asserted_by.text == speaker
    assert {q.speaker.text for q in analysis.quotes if q.speaker is not None} == {speaker}


def test_an_aim_nested_in_speech_leaves_the_telling_to_the_outer_speaker() -> None:
    (event,) = events_of("Ortiz said that the mayor wants the police to arrest the strikers.")
    assert event.asserted_by is not None and event.asserted_by.text == "Ortiz"
