"""Agents named another way than as the subject, and reported claims, on sentences written
for these tests: claims of responsibility, accusations, "by" agents that are not the doer,
gatherings "of" their members, fighting "between" parties, reduced passives, patient nouns,
and "X said Y is defying Z"."""

from __future__ import annotations

import pytest
from news_events import events_of

from eventwire.records import Event


def the_event(text: str, plover: str) -> Event:
    (event,) = [e for e in events_of(text) if e.plover["type"] == plover]
    return event


def countries(actors) -> set[str]:
    return {a.code[:3] for a in actors if a.code}


def texts(actors) -> set[str]:
    return {a.text for a in actors}


def test_claim_of_responsibility_makes_the_claimant_the_source_and_speaker() -> None:
    event = the_event(
        "Al-Shabab claimed responsibility for the attack on a Kenyan police post.", "ASSAULT"
    )
    assert countries(event.source) == {"SOM"}
    assert countries(event.target) == {"KEN"}
    assert event.modality == "asserted"
    assert event.asserted_by is not None and event.asserted_by.text == "Al-Shabab"


def test_claimed_act_as_object_or_gerund() -> None:
    bombing = the_event("Al-Shabab claimed the bombing of a Kenyan police station.", "ASSAULT")
    assert countries(bombing.source) == {"SOM"}
    killing = the_event(
        "Al-Shabab claimed responsibility for killing five Kenyan soldiers.", "ASSAULT"
    )
    assert countries(killing.source) == {"SOM"} and countries(killing.target) == {"KEN"}


def test_credit_taken_for_an_act_makes_the_taker_its_source() -> None:
    """The parser hangs "for attacking" on "took", not on "credit"; the group still claims it."""
    text = (
        "A mine exploded near the depot, while the Mountain Front took credit for attacking a"
        " Kenyan army truck."
    )
    attack = the_event(text, "ASSAULT")
    assert texts(attack.source) == {"the Mountain Front"}  # not "credit"
    assert countries(attack.target) == {"KEN"}


def test_accused_of_an_act_does_it_as_the_accuser_tells() -> None:
    text = "The Kenyan government accused Somali militants of attacking a bus near Mandera."
    accusation = the_event(text, "ACCUSE")
    assert countries(accusation.source) == {"KEN"}
    assert texts(accusation.target) == {"Somali militants"}  # not "... of attacking a bus"
    attack = the_event(text, "ASSAULT")
    assert countries(attack.source) == {"SOM"}
    assert attack.modality == "asserted"
    assert attack.asserted_by is not None and attack.asserted_by.text == "The Kenyan government"


def test_blamed_for_an_event_noun() -> None:
    bombing = the_event(
        "Kenya blamed Somali militants for the bombing of a bus in Garissa.", "ASSAULT"
    )
    assert countries(bombing.source) == {"SOM"}
    assert bombing.asserted_by is not None and bombing.asserted_by.text == "Kenya"


def test_said_that_y_defies_z_is_ys_act_and_xs_accusation() -> None:
    text = 'Ethiopia said Eritrea is "flagrantly" violating the peace accord with Addis Ababa.'
    defiance = the_event(text, "REJECT")
    assert countries(defiance.source) == {"ERI"}
    assert defiance.asserted_by is not None and defiance.asserted_by.text == "Ethiopia"
    accusation = the_event(text, "ACCUSE")
    assert accusation.trigger.text == "said"
    assert countries(accusation.source) == {"ETH"} and countries(accusation.target) == {"ERI"}


def test_a_reported_attack_is_no_accusation() -> None:
    events = events_of("Kenyan police said that Somali militants attacked a bus near Mandera.")
    (attack,) = [e for e in events if e.plover["type"] == "ASSAULT"]
    assert countries(attack.source) == {"SOM"}
    assert attack.asserted_by is not None and attack.asserted_by.text == "Kenyan police"
    assert not [e for e in events if e.plover["type"] == "ACCUSE"]


def test_who_condemns_an_attack_did_not_carry_it_out() -> None:
    events = events_of(
        "The attack on the convoy, condemned by the United Nations, killed four Kenyan soldiers."
    )
    assaults = [e for e in events if e.plover["type"] == "ASSAULT"]
    assert assaults and all("IGO" not in countries(e.source) for e in assaults)


def test_the_agent_who_carried_out_an_attack_is_its_source() -> None:
    event = the_event(
        "The attack on the convoy, carried out by Somali gunmen, killed four Kenyan soldiers.",
        "ASSAULT",
    )
    assert countries(event.source) == {"SOM"}


def test_a_meeting_of_a_body_is_the_bodys_not_the_callers() -> None:
    event = the_event("The Kenyan president called a meeting of the African Union.", "CONSULT")
    assert countries(event.source) == {"IGO"}


def test_fighting_between_parties_names_both_as_source() -> None:
    event = the_event(
        "Thousands were displaced by fighting between Sudanese rebels and Chadian forces.",
        "ASSAULT",
    )
    assert countries(event.source) == {"SDN", "TCD"}


def test_reduced_passive_takes_the_main_subject_as_victim() -> None:
    event = the_event(
        "The rebel commander is dead, killed in a Kenyan airstrike on Monday.", "ASSAULT"
    )
    assert countries(event.source) == {"KEN"}
    assert texts(event.target) == {"The rebel commander"}


def test_possessor_of_a_killing_is_its_victim() -> None:
    event = the_event("Kenya condemned the Somali journalist's killing.", "ASSAULT")
    assert texts(event.target) == {"the Somali journalist"}
    assert not event.source


def test_who_names_an_act_asserts_it() -> None:
    events = events_of(
        "A Kenyan commander was killed in what Kenyan officials described as a Somali ambush."
    )
    killed = next(e for e in events if e.trigger.text == "killed")
    assert killed.asserted_by is not None and killed.asserted_by.text == "Kenyan officials"
    assert not killed.source


def test_criticism_from_x_is_xs_accusation_of_whoever_draws_it() -> None:
    event = the_event("Kenya faced strong criticism from the African Union.", "ACCUSE")
    assert countries(event.source) == {"IGO"}
    assert countries(event.target) == {"KEN"}
    drawn = the_event("Russia's invasion of Ukraine drew criticism from Beijing.", "ACCUSE")
    assert countries(drawn.source) == {"CHN"} and countries(drawn.target) == {"RUS"}


def test_opposition_is_an_act_only_with_whose_or_to_what() -> None:
    event = the_event(
        "The Kenyan plan met with opposition from China's foreign ministry.", "ACCUSE"
    )
    assert countries(event.source) == {"CHN"}
    assert not [e for e in events_of("The opposition won the vote in Nairobi.") if e.plover["type"]]


def test_an_as_clause_beside_a_statement_is_not_the_speakers() -> None:
    events = events_of(
        "The United States warned on Wednesday that it will keep up pressure on Iran, "
        "as Tehran rejected its offer of new talks."
    )
    (rejection,) = [e for e in events if e.plover["type"] == "REJECT"]
    assert countries(rejection.source) == {"IRN"}
    assert rejection.asserted_by is None
    assert not [e for e in events if e.plover["type"] == "ACCUSE"]


def test_naming_the_reason_for_an_act_does_not_assert_the_act() -> None:
    events = events_of(
        "Geza was expelled from the Kenyan party for what the party described as violating "
        "its rules."
    )
    (expulsion,) = [e for e in events if e.plover["type"] == "COERCE"]
    assert expulsion.asserted_by is None
    assert all(texts(e.source) != {"the party"} for e in events)


def test_an_act_described_as_joint_is_the_describers() -> None:
    event = the_event(
        "A rebel commander was killed in what Kenyan and Somali officials described as a "
        "joint operation.",
        "ASSAULT",
    )
    assert countries(event.source) == {"KEN", "SOM"}
    assert texts(event.target) == {"A rebel commander"}


def test_a_meeting_of_a_body_hung_on_the_calling_verb() -> None:
    (meeting,) = [
        e
        for e in events_of(
            "The Kenyan president called a meeting Wednesday of the African Union to discuss "
            "Somalia."
        )
        if e.trigger.text == "meeting"
    ]
    assert countries(meeting.source) == {"IGO"}


def test_evidence_or_a_thing_is_no_speaker() -> None:
    for text in (
        "Excessive force suggests that Kenyan police attacked the protesters.",
        "The amount indicates that Ethiopia violated the accord.",
    ):
        events = [e for e in events_of(text) if e.plover["type"] in {"ASSAULT", "REJECT"}]
        assert events and all(e.asserted_by is None for e in events)
    (attack,) = [
        e
        for e in events_of("The spokesman said gunmen attacked a Kenyan police post.")
        if e.plover["type"] == "ASSAULT"
    ]
    assert attack.asserted_by is not None and attack.asserted_by.text == "The spokesman"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Peruvian police said Juan Soto was arrested for the murder of two farmers.", "murder"),
        (
            "Peruvian police arrested Juan Soto over the killing of two farmers, officials said.",
            "killing",
        ),
        (
            "Juan Soto had been arrested and sentenced to six years in prison for the killing "
            "of a Peruvian police officer, the court said.",
            "killing",
        ),
        (
            "Prosecutors said Juan Soto was convicted on killing a Peruvian police officer.",
            "killing",
        ),
        (
            "A Peruvian court jailed Juan Soto for the bombing of a police station in Lima.",
            "bombing",
        ),
    ],
)
def test_who_is_arrested_sentenced_or_convicted_for_an_act_did_it(text: str, act: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == act]
    assert texts(event.source) == {"Juan Soto"}


def test_where_or_how_someone_is_arrested_or_convicted_is_no_act_of_theirs() -> None:
    events = events_of("Five men were arrested in a police raid on a farm near Cusco, Peru.")
    assert not any("Five men" in texts(e.source) for e in events)
    events = events_of("Juan Soto was convicted in a trial of fraud, Peruvian prosecutors said.")
    assert not any("Juan Soto" in texts(e.source) for e in events)


@pytest.mark.parametrize(
    ("text", "act", "source"),
    [
        # a support verb spaCy lemmatizes oddly ("waged" -> "wag") or with a particle
        (
            "Peru's president has waged a trade war with Chile since January.",
            "trade war",
            "Peru's president",
        ),
        (
            "Peru's president ramped up his trade war with Chile on Tuesday.",
            "trade war",
            "Peru's president",
        ),
        # an act named as what someone threatens or prepares is theirs, still a prospect
        (
            "Peru's president threatened new tariffs on Chilean wine on Monday.",
            "tariffs",
            "Peru's president",
        ),
        (
            "Bolivian troops are preparing a major offensive against the rebels, officials said.",
            "offensive",
            "Bolivian troops",
        ),
    ],
)
def test_the_subject_of_a_verb_carrying_or_threatening_an_act_is_its_source(
    text: str, act: str, source: str
) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == act]
    assert texts(event.source) == {source}


def test_forces_deployed_with_no_one_named_as_sending_them_are_the_actor() -> None:
    (deployment,) = [
        e
        for e in events_of("Officials said several hundred Peruvian troops were deployed to Puno.")
        if e.trigger.text.endswith("deployed")
    ]
    assert texts(deployment.source) == {"several hundred Peruvian troops"}
    assert countries(deployment.source) == {"PER"}
    (sent,) = [
        e
        for e in events_of("Peruvian troops were deployed by the government to the border.")
        if e.trigger.text.endswith("deployed")
    ]
    assert texts(sent.source) == {"the government"}


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Fishermen in Ghana appealed to the navy to arrest the foreign trawlers.",
            "COERCE",
            "the navy",
        ),
        (
            "The Colombian army warned the rebels to withdraw from the town.",
            "RETREAT",
            "the rebels",
        ),
        (
            "The minister authorized the navy to seize foreign trawlers.",
            "COERCE",
            "the navy",
        ),
        (
            "The senators called upon Ghana to expel the foreign trawlers.",
            "COERCE",
            "Ghana",
        ),
    ],
)
def test_the_one_asked_or_told_to_act_does_the_act(text: str, plover: str, doer: str) -> None:
    """Under "appeal to / warn / authorize / call upon X to ...", X would act, not the asker."""
    assert texts(the_event(text, plover).source) == {doer}


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Ghana's complaint prompted Peru to recall its ambassador from Accra.",
            "SANCTION",
            "Peru",
        ),
        (
            "The new treaty requires the Chilean army to withdraw from the border towns.",
            "RETREAT",
            "the Chilean army",
        ),
    ],
)
def test_the_one_made_to_act_does_the_act(text: str, plover: str, doer: str) -> None:
    """Under "prompt / require / enable X to ...", X acts, not the cause named first."""
    assert texts(the_event(text, plover).source) == {doer}


def test_who_promises_an_act_would_do_it() -> None:
    event = the_event("Peru promised to withdraw its ships from the disputed waters.", "RETREAT")
    assert countries(event.source) == {"PER"}


def test_a_meeting_called_to_do_an_act_does_it() -> None:
    """ "called a session of X to discuss": X discusses, not the caller."""
    event = the_event(
        "Peru called an emergency session of the Andean Community on Friday to discuss the"
        " drought.",
        "CONSULT",
    )
    assert texts(event.source) == {"the Andean Community"}
