"""Readings of news no rule was tuned on (issue 11, judged on ECB+ training articles): a
trigger needs a doer and an object that fit its sense. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Police said the earthquake killed six people in the province.",
        "A fire which destroyed the mayor's office broke out on Monday, police said.",
        "Three villagers were killed in the storm, the governor said.",
        "The quake hit the capital on Sunday, injuring five people, officials said.",
        "The town hall was destroyed by fire early on Tuesday, the mayor said.",
        "Eight fire crews fought the blaze for hours, the mayor said.",
    ],
)
def test_a_force_of_nature_is_no_attacker(text: str) -> None:
    assert asserted(events_of(text)) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two protesters were killed by Israeli fire, officials said.", "killed"),
        ("Rebels killed six soldiers near the border, the army said.", "killed"),
        ("Rebels destroyed a police station in the north, the army said.", "destroyed"),
    ],
)
def test_an_actor_doing_harm_is_still_coded(text: str, trigger: str) -> None:
    assert trigger in [t for t, _ in asserted(events_of(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Norway's energy minister said fuel prices should be lower by the spring.",
        "Chile's president said the new port should be part of a larger plan.",
    ],
)
def test_an_obligation_to_be_is_no_demand(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "REQUEST"] == []


def test_an_act_inside_an_obligation_to_be_is_asked_for() -> None:
    text = "Chile said Peru must be clear and firm in condemning the raid."
    assert "REQUEST" in [t for _, t in asserted(events_of(text))]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Peru's army was hesitant to attack the rebels.", "attack"),
        ("The president restored a requirement that ministries consult with experts.", "consult"),
    ],
)
def test_reluctance_and_requirements_state_no_act(text: str, trigger: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == trigger]
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "The senator helped bring down the president by leaking the tapes.",
        "Chile's navy helped make the port safe again.",
    ],
)
def test_helping_bring_about_is_no_aid(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "AID"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile's army helped the refugees reach the border.",
        "The United States helped Ukraine defend itself, the minister said.",
    ],
)
def test_helping_someone_act_is_aid(text: str) -> None:
    assert ("helped", "AID") in asserted(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The retired Bolivian general died at his farm in March after a heart attack.",
        "The former Peruvian minister pleaded guilty to fraud on Monday.",
        "The Chilean singer captured the imagination of a generation, the minister said.",
        "Chile's ruling party captured the presidency.",
        "A Bolivian trade envoy, who asked not to be identified, told us the deal was dead.",
    ],
)
def test_word_senses_that_are_no_event(text: str) -> None:
    assert asserted(events_of(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels staged an attack on the Chilean embassy on Monday.", ("attack", "ASSAULT")),
        ("Peru's president pleaded with the rebels to lay down arms.", ("pleaded", "REQUEST")),
        ("Rioters burned three bank employees to death, police said.", ("burned", "ASSAULT")),
        ("Rebels captured two Chilean soldiers near the border.", ("captured", "ASSAULT")),
        ("Chile asked Peru to withdraw its troops.", ("asked", "REQUEST")),
    ],
)
def test_the_same_words_in_their_event_sense(text: str, expected: tuple[str, str]) -> None:
    assert expected in asserted(events_of(text))


def test_a_thing_arriving_is_no_visit() -> None:
    text = "The Peruvian tanker is as low as when it arrived in Chile, Chile's navy said."
    assert asserted(events_of(text)) == []
    assert ("arrived", "CONSULT") in asserted(events_of("Peru's president arrived in Santiago."))


@pytest.mark.parametrize(
    "text",
    [
        "“We will help,” Orban said at one summit.",
        "In conversations at Peru's annual political meetings, a former football star spoke.",
        "“The border is closed,” Chile's envoy told a meeting of the Security Council.",
    ],
)
def test_where_words_were_spoken_is_no_meeting(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "CONSULT"] == []


def test_a_meeting_with_a_partner_where_words_were_spoken_is_news() -> None:
    text = "Chile's minister said at a meeting with Peru's president that the border would open."
    assert ("meeting", "CONSULT") in asserted(events_of(text))
    text = "“The border will open,” Chile's minister told a meeting with Peru's president."
    assert ("meeting", "CONSULT") in asserted(events_of(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Foreign influencers cooperate with the Peruvian government, the researcher said.",
            "cooperate",
        ),
        ("Despite the drought, the Peruvian army helps farmers learn how to store water.", "helps"),
    ],
)
def test_a_material_act_in_the_simple_present_is_a_habit(text: str, trigger: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == trigger]
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign influencers cooperate with the Peruvian government.\n\nThe report is new.",
        'The researcher wrote: "Foreign influencers cooperate with the Peruvian government."',
    ],
)
def test_a_habit_stays_one_at_a_paragraph_end_or_inside_closing_quotes(text: str) -> None:
    """The sentence's stop comes before its line breaks or closing quote: no headline."""
    (event,) = [e for e in events_of(text) if e.trigger.text == "cooperate"]
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Demonstrators chanted as they march in Lima on Thursday.", "march"),
        ("The United States opposes Peru's expansion, the minister said.", "opposes"),
    ],
)
def test_a_dated_act_or_a_stance_in_the_present_is_asserted(text: str, trigger: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == trigger]
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Drivers keep their discount while they stay free of fines for a year, the insurer said.",
        "Peru's ruling party has withdrawn its offer of talks with Chile.",
        "The Chilean senator withdrew his nomination.",
    ],
)
def test_free_as_an_adjective_and_a_withdrawn_offer_are_no_retreat(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "RETREAT"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chilean police freed seven hostages on Monday.", "freed"),
        ("Chilean troops withdrew on Monday.", "withdrew"),
    ],
)
def test_freeing_people_and_troops_withdrawing_are_retreats(text: str, trigger: str) -> None:
    assert (trigger, "RETREAT") in asserted(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "“We need to talk to our neighbors about the border,” the Chilean minister said.",
        "“We have to support the new government in Lima,” the Chilean minister said.",
    ],
)
def test_what_one_ought_to_do_is_no_promise(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "AGREE"] == []


def test_a_conditional_reprisal_is_still_a_threat() -> None:
    text = "“If Chile attacks, we will respond with force,” the Peruvian general said."
    assert "THREATEN" in [t for _, t in asserted(events_of(text))]


def test_attacking_someone_for_what_they_did_is_criticism() -> None:
    text = "Chile's president attacked Peru's leader for failing to stop the smugglers."
    assert ("attacked", "ACCUSE") in asserted(events_of(text))
    assert ("attacked", "ASSAULT") in asserted(events_of("Rebels attacked the town for hours."))


@pytest.mark.parametrize(
    "text",
    [
        "Chilean doctors say hospitals are having to turn patients away.",
        "“The border has been quiet,” said a Chilean diplomat, who requested anonymity.",
    ],
)
def test_a_forced_act_and_a_wish_for_anonymity_ask_nothing(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "REQUEST"] == []


def test_an_obligation_now_is_still_a_demand() -> None:
    assert "REQUEST" in [t for _, t in asserted(events_of("Chile said Peru has to withdraw."))]


@pytest.mark.parametrize(
    "text",
    [
        "Survivors of a strong earthquake in a mountain town that killed twelve people slept "
        "in tents, officials said.",
        "The old cinema on Elm Street burned down on Sunday night, the fire chief said.",
        "Firefighters were alerted to a blaze at the warehouse at 9 p.m., a spokesman said.",
        "A neighbour alerted the police, the sheriff said.",
        "The suspect barricaded himself in a garage, police said.",
        "He was found barricaded inside the house with his brother, police said.",
    ],
)
def test_accidents_and_sieges_are_no_political_acts(text: str) -> None:
    assert asserted(events_of(text)) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels burned the village school on Monday, the army said.", "burned"),
        ("Farmers barricaded the main highway to the capital, police said.", "barricaded"),
        ("The ministry alerted its troops along the border, the army said.", "alerted"),
    ],
)
def test_burning_blocking_and_alerting_by_actors_are_still_coded(text: str, trigger: str) -> None:
    assert any(t.startswith(trigger) for t, _ in asserted(events_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The senator hosted a dinner for local teachers on Friday, his office said.",
        "The former aide supplied information to a newspaper reporter for years.",
        "The boy has been at the centre of a custody battle between his parents since May.",
        "She won the nominating battle against the governor in June.",
        "The law has survived two Supreme Court battles since 2012.",
    ],
)
def test_gatherings_tips_and_contests_are_no_political_acts(text: str) -> None:
    assert asserted(events_of(text)) == []


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The president hosted his French counterpart in Washington on Monday.", "CONSULT"),
        ("Rebels fought a fierce battle with government troops near the border.", "ASSAULT"),
    ],
)
def test_hosting_visitors_and_battles_in_arms_are_still_coded(text: str, plover_type: str) -> None:
    assert plover_type in [t for _, t in asserted(events_of(text))]


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("He faces two counts of murder and one of kidnapping, prosecutors said.", "kidnapping"),
        ("The man has a long record, including convictions for kidnapping and assault.", "assault"),
        ("He was jailed after being convicted of sexual assault of a teenager.", "sexual assault"),
        (
            "Customs officers brought a charge of violating the arms embargo against the exporter.",
            "violating",
        ),
        ("The judge sentenced the trader to two years for violating export controls.", "violating"),
    ],
)
def test_a_crime_named_as_a_charge_is_no_event_of_its_own(text: str, crime: str) -> None:
    assert crime not in [t for t, _ in asserted(events_of(text))]


def test_a_crime_told_as_done_is_still_coded() -> None:
    text = "Gunmen carried out the kidnapping of two aid workers near the border on Monday."
    assert "kidnapping" in [t for t, _ in asserted(events_of(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Japan accused a Chinese firm of violating its export rules on Sunday.",
        "Prosecutors said the company was suspected of violating the embargo.",
        "Militia fighters violated the agreement on Tuesday, the army said.",
    ],
)
def test_a_violation_alleged_or_told_as_done_is_still_coded(text: str) -> None:
    assert "violat" in " ".join(t for t, _ in asserted(events_of(text)))


def test_a_crime_a_sentence_is_for_is_still_coded() -> None:
    text = "He was sentenced to ten years in 2011 for the murder of two police officers."
    assert "murder" in [t for t, _ in asserted(events_of(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mark Holloway attacked Governor Jane Pruitt over the budget on Tuesday.",
        "Jane Pruitt's attack on Mark Holloway drew cheers from the crowd.",
        "Jane Pruitt has been pounding Mark Holloway over school funding in her ads.",
    ],
)
def test_a_named_politician_attacks_with_words(text: str) -> None:
    types = [t for _, t in asserted(events_of(text))]
    assert "ASSAULT" not in types
    assert "ACCUSE" in types


def test_forces_and_gunmen_still_attack_in_arms() -> None:
    text = "Gunmen attacked a police station in Kandahar on Tuesday, killing four officers."
    assert ("attacked", "ASSAULT") in asserted(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mark Holloway held a rally in Des Moines on Saturday.",
        "Thousands of voters packed his rallies in Iowa last week.",
    ],
)
def test_a_candidates_rally_is_no_protest(text: str) -> None:
    assert "PROTEST" not in [t for _, t in asserted(events_of(text))]


def test_a_rally_against_a_policy_is_a_protest() -> None:
    text = "Opposition leader Mark Holloway held a rally against the new fuel tax in Lagos."
    assert ("rally", "PROTEST") in asserted(events_of(text))
