"""Readings that news often gives and a careful coder would not write as asserted events
(issue 11, judged-dev classes), on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_events import asserted, events_of

from eventwire import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Chile says the new border should lie along the river.",
        "Peru's president said negotiations with Bolivia must continue.",
        "Chile said Peruvian lawmakers must understand that pressure will not work.",
    ],
)
def test_an_obligation_to_know_or_go_on_is_no_demand(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "REQUEST"] == []


def test_an_obligation_to_act_is_a_demand() -> None:
    events = events_of("Chile said Peru must withdraw its troops from the border.")
    assert ("withdraw", "REQUEST") in asserted(events)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Peru's president said his government was working on a new summit with Chile.",
            "summit",
            "future",
        ),
        (
            "Officials in Lima said the president's expected visit to Chile is aimed at trade.",
            "visit",
            "future",
        ),
        (
            "The Chilean envoy spoke to reporters ahead of a meeting with Peru's foreign minister.",
            "meeting",
            "future",
        ),
        ("Peru's army is preparing an offensive against the rebels.", "offensive", "future"),
        (
            "Chile warned of a possible attack by the rebels on the border town.",
            "attack",
            "hypothetical",
        ),
    ],
)
def test_events_still_to_come_are_not_asserted(text: str, trigger: str, modality: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == trigger]
    assert event.modality == modality


def test_a_meeting_named_as_past_stays_asserted() -> None:
    events = events_of("Peru's president spoke to reporters after a meeting with Chile's envoy.")
    (event,) = [e for e in events if e.trigger.text == "meeting"]
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The new border law helped Chilean exporters last year.",
        "The treaty provided Peru with funding for the new port.",
        "The transfer of rifles to Peru, which helped the Peruvian army, ended in May.",
    ],
)
def test_a_thing_does_not_help_or_support(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] in {"AID", "SUPPORT"}] == []


def test_an_actor_still_helps() -> None:
    events = events_of("Chile provided Peru with funding for the new port.")
    assert ("provided", "AID") in asserted(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean lawmakers welcomed Peru's agreement to a 30-day ceasefire.",
        "Peru said it was ready for a ceasefire with the rebels.",
        "Peru's army does not have a good record of living up to ceasefires.",
        "“Ceasefire, they cannot come with conditions,” the Chilean minister said.",
    ],
)
def test_a_truce_agreed_to_wished_for_or_in_general_is_not_asserted(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "RETREAT"] == []


def test_a_truce_in_force_is_asserted() -> None:
    events = events_of("The ceasefire between Peru and the rebels took effect on Monday.")
    assert ("ceasefire", "RETREAT") in asserted(events)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's interior ministry declined to comment on the arrests.",
        "A Chilean spokesperson told reporters the claims were false, declining to be named.",
        "Peru's foreign ministry refused to respond to questions about the detainees.",
    ],
)
def test_declining_to_comment_rejects_nothing(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "REJECT"] == []


def test_declining_to_act_is_a_rejection() -> None:
    assert ("declined", "REJECT") in asserted(events_of("Peru declined to join the alliance."))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("“It is necessary for Chile to help them rebuild the port,” the minister said.", "help"),
        ("Chile's minister said it was a mistake to support the rebels.", "support"),
        ("Peru's president said he was inclined to support the deal.", "support"),
    ],
)
def test_an_act_judged_needful_wrong_or_leaned_to_is_not_asserted(text: str, trigger: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == trigger]
    assert event.modality != "asserted"


def test_a_guess_at_what_someone_must_have_done_is_no_demand() -> None:
    events = events_of("The envoy suggested Peruvian officials must have given the orders.")
    assert asserted(events) == []


def test_what_a_purpose_clause_leads_to_is_an_aim() -> None:
    events = events_of(
        "A Peruvian military plane used to help troops share intelligence on the border crashed."
    )
    assert [t for t in asserted(events) if t[1] == "COOPERATE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile's leadership insists it is committed to peace.",
        "A Chilean judge requested more time to examine the case.",
    ],
)
def test_claims_and_procedure_are_no_requests_or_promises(text: str) -> None:
    assert asserted(events_of(text)) == []


def test_insisting_that_another_act_is_a_demand_of_what_has_not_happened() -> None:
    events = events_of("Chile insisted that Peru withdraw its troops.")
    assert ("insisted", "REQUEST") in asserted(events)
    (withdrawal,) = [e for e in events if e.plover["type"] == "RETREAT"]
    assert withdrawal.modality == "hypothetical"


def test_agreeing_with_concerns_is_no_agreement() -> None:
    events = events_of("Peru's foreign minister said she agreed with Chilean officials' concerns.")
    assert [t for t in asserted(events) if t[1] == "AGREE"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Chilean police said no protesters were arrested during the march.",
            "arrested",
            "negated",
        ),
        ("Chilean police arrested no one.", "arrested", "negated"),
        (
            "The rebel leader is the one who can end the war by withdrawing his troops.",
            "withdrawing his troops",
            "hypothetical",
        ),
    ],
)
def test_negation_and_modals_reach_the_act(text: str, trigger: str, modality: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == trigger]
    assert event.modality == modality


def test_no_longer_recognizing_is_no_recognition() -> None:
    events = events_of("Peru's opposition said it will no longer recognize the president.")
    assert [t for t in asserted(events) if t[1] in {"AGREE", "SUPPORT"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "Chilean firefighters battled blazes in Peru last year.",
        "The first batch of vaccines purchased by the Peruvian government arrived in Lima.",
        "Peru's president personally welcomed the vaccines.",
        "The internet provides Chilean teenagers with a rare space for privacy.",
        "The declaration oversteps its role by designating Catholicism as the state religion.",
    ],
)
def test_things_as_objects_or_subjects_make_no_event(text: str) -> None:
    assert asserted(events_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "“Holding a summit with Peru in June would not be a provocative step,” the minister said.",
        "“We will have to see whether another summit with Peru is appropriate,” the minister said.",
    ],
)
def test_an_event_in_a_subject_clause_or_question_is_not_asserted(text: str) -> None:
    (event,) = [e for e in events_of(text) if e.trigger.text == "summit"]
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "“I believe people should allow the courts to decide,” the Chilean minister said.",
        "The Chilean minister said every student has to attend classes on Saturday.",
    ],
)
def test_a_norm_for_anyone_is_no_demand(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "REQUEST"] == []


def test_a_demand_of_named_parties_stays() -> None:
    events = events_of("Chile said all parties must stop the fighting.")
    assert [t for t in asserted(events) if t[1] == "REQUEST"] != []


def test_an_infinitive_as_subject_is_no_act() -> None:
    events = events_of(
        "“To collaborate with a terrorist is to become one,” the Peruvian general said."
    )
    assert [t for t in asserted(events) if t[1] == "COOPERATE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Lima expect Chile to impose tariffs on Peruvian copper.",
        "Voters in Bolivia want their government to step up opposition to Chile.",
        "Analysts expect Peru to launch a new offensive against the rebels.",
    ],
)
def test_what_one_expects_or_wants_of_another_is_no_one_s_threat(text: str) -> None:
    assert asserted(events_of(text)) == []


def test_an_intention_of_one_s_own_stays_a_threat() -> None:
    assert asserted(events_of("Chile aims to expel the Peruvian diplomats next month.")) == [
        ("expel the Peruvian diplomats", "THREATEN")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers in Peru lose their subsidies when they are convicted of fraud.",
        "The process starts when the Chilean government determines that a firm has violated "
        "the embargo.",
    ],
)
def test_what_happens_as_a_rule_when_something_happens_is_no_event(text: str) -> None:
    assert asserted(events_of(text)) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police in Lima arrested the mayor when he arrived on Monday.", "arrested"),
        ("Voters were angry when a court in Lima convicted the mayor.", "convicted"),
    ],
)
def test_a_when_clause_in_the_past_keeps_its_events(text: str, trigger: str) -> None:
    assert trigger in [t for t, _ in asserted(events_of(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister plans to urge Peru to reopen the border.",
        "Chile's president said he would ask Bolivia to return the trucks.",
    ],
)
def test_saying_one_will_appeal_is_a_future_appeal_not_a_promise(text: str) -> None:
    events = events_of(text)
    assert asserted(events) == []
    assert [(e.plover["type"], e.modality) for e in events] == [("REQUEST", "future")]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported that Peru expected Andean states to abstain from voting on the tariffs.",
        "The newspaper said that a vote on the tariffs would come next week.",
    ],
)
def test_a_news_medium_relays_and_threatens_nothing(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "THREATEN"] == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The rights envoy called for the junta to free the jailed reporters.", "the junta"),
        (
            "Farmers' unions called for the agriculture minister to resign.",
            "the agriculture minister",
        ),
    ],
)
def test_a_call_for_someone_to_act_is_a_demand_of_them(text: str, asked: str) -> None:
    """ "called for X to do": the demand is made of X; what X is to do is not done."""
    events = events_of(text)
    demands = [e for e in events if e.plover["type"] == "REQUEST" and e.modality == "asserted"]
    assert [[a.text for a in e.target] for e in demands] == [[asked]]
    assert all(e.modality != "asserted" for e in events if e.trigger.start > demands[0].trigger.end)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("There was no need for the ministry to consult the provinces.", "hypothetical"),
        ("It took six more years for the rebels to surrender.", "asserted"),
    ],
)
def test_a_clause_with_for_and_its_own_subject_is_no_purpose(text: str, modality: str) -> None:
    events = events_of(text)
    assert [e.modality for e in events] == [modality]


def test_a_headline_noun_parsed_as_a_verb_has_no_agent() -> None:
    """The README's example ends its headline "... After Aegean Harbour Clash"; the parser
    reads "Harbour" as the subject of a verb "Clash", but a base-form verb with a subject
    after "after" is no English clause, so no one is its agent."""
    text = (Path(__file__).parents[1] / "examples" / "harbour-clash.txt").read_text()
    events = analyze(text, published="2025-03-10").events
    assert [e for e in events if e.trigger.text == "Clash"] == []
    assert {e.trigger.text for e in events} >= {"detained", "condemned"}


def test_a_subjunctive_after_that_keeps_its_subject() -> None:
    events = events_of("The opposition demanded that the interior minister resign.")
    assert [(e.trigger.text, e.plover["type"]) for e in events] == [("demanded", "REQUEST")]


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister described the raid on the newspaper as deplorable.",
        "The interior minister called the arrests of the reporters unacceptable.",
        "The interior ministry labeled the new tariffs illegal.",
    ],
)
def test_naming_an_act_a_wrong_criticises_it(text: str) -> None:
    """The critic names the act; the critic did not do it ("called the arrests unacceptable"
    is no arrest by the minister)."""
    by_critic = [
        e.plover["type"]
        for e in events_of(text)
        if any(a.text.startswith("The interior") for a in e.source)
    ]
    assert by_critic == ["ACCUSE"]


def critic_types(text: str) -> list[str]:
    """The types of the events the interior minister is the source of."""
    return [
        e.plover["type"]
        for e in events_of(text)
        if any(a.text.startswith("The interior") for a in e.source)
    ]


@pytest.mark.parametrize(
    ("charged", "neutral"),
    [
        (
            "The interior minister called the verdict a shameful decision.",
            "The interior minister called the verdict a final decision.",
        ),
        (
            "The interior minister called the new tariffs clumsy and unfair.",
            "The interior minister called the new tariffs clumsy and late.",
        ),
        (
            "The interior minister called the opposition leader a traitor.",
            "The interior minister called the opposition leader a rival.",
        ),
        (
            "The interior minister called the mayor a delusional man.",
            "The interior minister called the mayor a busy man.",
        ),
        (
            "The interior minister called the border town a haven for terrorists.",
            "The interior minister called the border town a haven for tourists.",
        ),
    ],
)
def test_a_label_that_charges_is_criticism(charged: str, neutral: str) -> None:
    """A predicate is a charge by its adjectives, conjuncts and what it is for too ("a shameful
    decision", "clumsy and unfair", "a haven for terrorists") and by labels of wrongdoing ("a
    traitor", "delusional"); a label that charges nothing ("a final decision") criticises no
    one."""
    assert critic_types(charged) == ["ACCUSE"]
    assert "ACCUSE" not in critic_types(neutral)


@pytest.mark.parametrize(
    "text",
    [
        "The former senator battled cancer for years before she returned to politics.",
        "The health minister said the country fought the epidemic with vaccines.",
    ],
)
def test_fighting_what_happens_is_no_battle(text: str) -> None:
    """An illness, an epidemic or a blaze is no one to fight (the `$happenings` that are no
    actors, shared with actor_cues.tsv)."""
    assert [e for e in events_of(text) if e.plover["type"] == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile's minister said Peruvian farmers will have to sell their crops abroad.",
        "Chile's minister said Peru would have to withdraw its troops to win the vote.",
        "Chile's minister said Peruvian farmers should not have to sell their crops abroad.",
        "Chile's minister said Peru's navy has the authority to seize the ships.",
    ],
)
def test_a_forecast_duty_a_duty_denied_and_a_power_held_are_no_demands(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "REQUEST"] == []


def test_a_duty_laid_now_is_still_a_demand_with_the_modal() -> None:
    events = events_of("Chile's minister said Peru should have to withdraw its troops.")
    assert "REQUEST" in [t for _, t in asserted(events)]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president defended his decision to close the border with Peru.",
        "Peru's foreign minister on Monday defended her call for new elections in Bolivia.",
        "The Chilean government defended its austerity plans before the Senate.",
    ],
)
def test_defending_ones_own_record_supports_no_one(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "SUPPORT"] == []


def test_defending_another_or_anothers_decision_is_support() -> None:
    for text in (
        "Chile's president defended Peru's decision to close the border.",
        "Chile's president defended the Peruvian leader against the charges.",
    ):
        assert [t for t in asserted(events_of(text)) if t[1] == "SUPPORT"] == [
            ("defended", "SUPPORT")
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president offered a spirited defence of the border bill in the Senate.",
        "Peruvian police offered a $10,000 reward for information about the smugglers.",
        "The Bolivian minister offered a show of goodwill before the vote.",
        "That was the highest reward Ecuador's interior ministry had offered in a decade.",
    ],
)
def test_a_performance_or_a_reward_offered_is_no_offer_to_a_party(text: str) -> None:
    assert "AGREE" not in {t for _, t in asserted(events_of(text))}


def test_an_offer_of_talks_or_aid_stays() -> None:
    for text in (
        "Chile offered Peru new talks on the border on Monday.",
        "Chile offered to send food and medicine to Peru.",
    ):
        assert "AGREE" in {t for _, t in asserted(events_of(text))}
