"""Event coding on sentences written for these tests: triggers, actors, modality, mentions."""

from __future__ import annotations

import json

import pytest

from eventwire import analyze
from eventwire.annotate.events.compare import Telling, agree, compatible, dates_agree, same_action
from eventwire.annotate.events.triggers import names_person
from eventwire.nlp import load_nlp
from eventwire.records import ActorRef, Event, EventDate


def events_of(text: str, published: str | None = "2024-03-04") -> list[Event]:
    """Events of a one-paragraph story under a neutral headline."""
    return analyze("Regional News Roundup\n" + text, published=published).events


def asserted(events: list[Event], plover: str | None = None) -> list[Event]:
    return [
        e
        for e in events
        if e.modality == "asserted" and (plover is None or e.plover["type"] == plover)
    ]


def countries(actors) -> set[str]:
    return {a.code[:3] for a in actors if a.code}


def test_active_verb_codes_source_target_and_codebook_fields() -> None:
    events = events_of("Chilean troops shelled a Peruvian border post on Monday.")
    (event,) = asserted(events, "ASSAULT")
    assert event.cameo == "194" and event.cameo_root == "19"
    assert event.quad_class == 4 and event.goldstein < 0
    assert event.trigger.text == "shelled"
    assert countries(event.source) == {"CHL"}
    assert countries(event.target) == {"PER"}
    assert event.asserted_by is None


def test_passive_voice_agent_is_the_source() -> None:
    events = events_of("A Peruvian patrol was ambushed by Chilean soldiers near the border.")
    (event,) = asserted(events, "ASSAULT")
    assert countries(event.source) == {"CHL"}
    assert countries(event.target) == {"PER"}


def test_hidden_agent_through_authorised_by() -> None:
    text = (
        "The rebel commander Luis Ortega was killed in an air strike authorised by "
        "the Colombian government on Friday."
    )
    (event,) = asserted(events_of(text), "ASSAULT")
    assert countries(event.source) == {"COL"}
    assert event.cameo.startswith("195")
    assert {m.text for m in event.mentions} >= {"killed", "air strike"}


def test_negated_supply_is_not_asserted() -> None:
    events = events_of("Norway denied that it had supplied weapons to the rebels in Kivu.")
    assert not asserted(events, "AID")
    supplied = [e for e in events if e.trigger.text.startswith("supplied")]
    assert supplied and supplied[0].modality == "negated"


def test_conditional_threat_is_a_threat_and_the_strike_is_not_asserted() -> None:
    events = events_of(
        "Chile warned that it would strike rebel camps in Peru if the raids continued."
    )
    (threat,) = asserted(events, "THREATEN")
    assert threat.cameo_root == "13"
    assert countries(threat.source) == {"CHL"}
    assert not asserted(events, "ASSAULT")


def test_warning_about_another_country_is_a_report_not_a_threat() -> None:
    events = events_of("Peruvian officials warned that Chile could impose sanctions on Peru.")
    assert asserted(events) == []
    (sanctions,) = events
    assert sanctions.modality == "hypothetical"
    assert sanctions.asserted_by is not None
    assert sanctions.asserted_by.text == "Peruvian officials"


def test_pledge_is_an_offer_and_the_aid_is_future() -> None:
    events = events_of("Japan pledged to send food aid to Kenya.")
    (pledge,) = asserted(events, "AGREE")
    assert pledge.cameo_root == "03"
    assert countries(pledge.source) == {"JPN"}
    sent = [e for e in events if e.trigger.text.startswith("send")]
    assert sent and sent[0].modality == "future"


def test_vow_to_retaliate_with_future_tense_is_a_threat() -> None:
    events = events_of("Peruvian officials said Peru would launch missiles at Chilean bases.")
    assert [e.cameo_root for e in asserted(events, "THREATEN")] == ["13"]
    assert not asserted(events, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "plover", "trigger"),
    [
        ("The airstrikes on Aleppo killed twelve people on Sunday.", "ASSAULT", "airstrikes"),
        ("The assassination of Governor Tomas Reyes shocked Bolivia.", "ASSAULT", "assassination"),
        ("Peru and Chile held talks in Quito on Tuesday.", "CONSULT", "talks"),
        ("Canada imposed sanctions on Belarus last week.", "SANCTION", "sanctions"),
        ("Farmers staged a protest outside the parliament in Paris.", "PROTEST", "protest"),
    ],
)
def test_event_nouns(text: str, plover: str, trigger: str) -> None:
    events = asserted(events_of(text), plover)
    assert events, text
    assert trigger in {m.text for e in events for m in e.mentions}


def test_support_verb_gives_its_subject_to_the_noun() -> None:
    (event,) = asserted(events_of("Canada imposed sanctions on Belarus last week."), "SANCTION")
    assert countries(event.source) == {"CAN"}
    assert countries(event.target) == {"BLR"}


def test_compound_actors_stay_one_event() -> None:
    events = asserted(
        events_of("Hungary and Romania agreed to share border intelligence."), "AGREE"
    )
    assert len(events) == 1
    assert countries(events[0].source) == {"HUN", "ROU"}


def test_capital_stands_for_its_government() -> None:
    (event,) = asserted(events_of("Lima condemned the raid on the embassy."), "ACCUSE")
    assert event.source[0].code is not None
    assert event.source[0].code.startswith("PER")


def test_reported_event_names_its_speaker() -> None:
    events = events_of("Chilean officials said Peruvian troops had shelled the village of Arica.")
    (event,) = asserted(events, "ASSAULT")
    assert event.asserted_by is not None
    assert event.asserted_by.text == "Chilean officials"


def test_direct_quote_and_according_to_name_the_speaker() -> None:
    events = events_of('"We shelled the depot at dawn," the Chilean commander told reporters.')
    (event,) = asserted(events, "ASSAULT")
    assert event.asserted_by is not None
    assert event.asserted_by.text == "the Chilean commander"
    events = events_of("According to Peruvian officials, Chilean troops shelled the village.")
    (event,) = asserted(events, "ASSAULT")
    assert event.asserted_by is not None and event.asserted_by.text == "Peruvian officials"
    assert countries(event.source) == {"CHL"}


def test_planned_future_act_is_one_event_an_intent_to_cooperate() -> None:
    events = events_of("Bolivia plans to sign a trade agreement with Peru next week.")
    (intent,) = asserted(events, "AGREE")
    assert countries(intent.source) == {"BOL"}
    assert countries(intent.target) == {"PER"}
    same_words = [e for e in events if e.trigger.start == intent.trigger.start]
    assert same_words == [intent], "one trigger, one event: the signing is not a second one"


def test_expected_act_is_ahead_and_no_ones_promise() -> None:
    events = events_of("Bolivia is expected to sign a trade agreement with Peru next week.")
    assert not asserted(events)
    (signing,) = events
    assert signing.modality == "future"
    assert countries(signing.source) == {"BOL"}


def test_title_coreference_reaches_the_speaker() -> None:
    text = (
        "General Marta Quispe, the commander of the Peruvian army, spoke in Lima. "
        "The commander said that Chilean troops had attacked a Peruvian outpost."
    )
    (event,) = asserted(events_of(text), "ASSAULT")
    assert event.asserted_by is not None
    assert event.asserted_by.text == "The commander"
    assert countries(event.source) == {"CHL"}


def test_hypothetical_contexts_are_not_asserted() -> None:
    texts = [
        "If Peru invades Bolivia, the region will burn.",
        "Will Peru invade Bolivia this year?",
        "The minister proposed talks as an alternative to bombing the rebel camps.",
        "Ecuador demanded that Peru withdraw its troops from the border.",
    ]
    for text in texts:
        events = events_of(text)
        assert not [e for e in asserted(events) if e.plover["type"] in {"ASSAULT", "RETREAT"}], text


def test_headline_about_a_killing_that_did_not_happen() -> None:
    analysis = analyze(
        "Killing of Rebel Leaders Won't Bring Peace, Minister Says\nThe minister spoke in Lima.",
        published="2024-03-04",
    )
    assert not asserted(analysis.events, "ASSAULT")
    killing = [e for e in analysis.events if e.trigger.text == "Killing"]
    assert killing and killing[0].modality == "hypothetical"


def test_one_event_told_three_times_is_one_event_with_mentions() -> None:
    text = (
        "A Colombian drone strike killed the rebel commander Luis Ortega near Cali on Friday. "
        "Ortega was killed in a Colombian drone strike as he left a meeting. "
        "The killing drew protests in the city."
    )
    events = asserted(events_of(text), "ASSAULT")
    assert len(events) == 1
    assert len(events[0].mentions) >= 3
    assert events[0].trigger.text.startswith("drone strike") or events[0].trigger.text == "killed"


def test_event_noun_as_subject_is_the_same_event() -> None:
    events = asserted(events_of("A Chilean air strike killed six fighters near Tacna."), "ASSAULT")
    assert len(events) == 1
    assert countries(events[0].source) == {"CHL"}
    assert {m.text for m in events[0].mentions} == {"air strike", "killed"}


def test_vow_is_coded_by_what_is_vowed() -> None:
    (threat,) = asserted(events_of("Peruvian rebels vowed to retaliate against Chile."))
    assert threat.plover["type"] == "THREATEN" and threat.trigger.text == "vowed"
    assert asserted(events_of("The Peruvian rebels vowed to stay in the mountains.")) == []


def test_no_pattern_no_event() -> None:
    assert events_of("The minister walked to the podium and smiled at the reporters.") == []


def test_event_json_carries_evidence_spans_that_hold() -> None:
    analysis = analyze(
        "Regional News Roundup\nChilean troops shelled a Peruvian border post on Monday.",
        published="2024-03-04",
    )
    data = json.loads(analysis.to_json())
    text = data["article"]["text"]
    (event,) = data["events"]
    assert set(event) >= {
        "id", "sentence", "trigger", "source", "target", "cameo", "cameo_root", "quad_class",
        "goldstein", "plover", "modality", "asserted_by", "mentions", "date", "place",
    }  # fmt: skip
    assert set(event["plover"]) == {"type", "mode"}
    for span in [event["trigger"], *event["mentions"], *event["source"], *event["target"]]:
        assert text[span["start"] : span["end"]] == span["text"]
    assert event["sentence"] == 1


def test_ids_are_stable_content_hashes() -> None:
    text = "Chilean troops shelled a Peruvian border post on Monday."
    first, second = events_of(text), events_of(text)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        # the recipient of an act promised but not itself coded
        (
            "Chile has offered to hand over to Bolivia three smugglers held in Arica.",
            "AGREE",
            "BOL",
        ),
        (
            "The Danish minister promised to continue civilian aid to flood-hit Malawi.",
            "AGREE",
            "MWI",
        ),
        # the target of an act reached through a purpose clause
        ("Portugal is willing to send equipment to help defend Angola.", "AGREE", "AGO"),
        # the actor whose act is accepted
        (
            "The Nepalese government agreed to Swiss mediation in the border dispute.",
            "AGREE",
            "CHE",
        ),
        # the country an act refused would happen in
        ("Kenya has refused to deploy soldiers in Somalia.", "REJECT", "SOM"),
        # a recipient phrase that names its actors itself, not where they are
        ("Ecuador has agreed to Colombian observers in Peru.", "AGREE", "COL"),
        # whom the thing offered is for
        ("The Danish government has offered scholarships for Afghan students.", "AGREE", "AFG"),
    ],
)
def test_target_of_a_committed_or_refused_act(text: str, plover: str, target: str) -> None:
    events = asserted(events_of(text), plover)
    assert events, f"no asserted {plover} event in {text!r}"
    assert countries(events[0].target) == {target}


def test_committed_act_with_no_recipient_gets_no_target() -> None:
    (event,) = asserted(events_of("Peru has agreed to postpone the vote until May."), "AGREE")
    assert countries(event.source) == {"PER"}
    assert countries(event.target) == set()


def test_possessive_pronoun_on_a_carried_noun_is_the_verbs_subject() -> None:
    text = "A delegation of Chilean senators held their first meeting with Bolivian officials."
    (event,) = asserted(events_of(text), "CONSULT")
    assert countries(event.source) == {"CHL"}
    assert countries(event.target) == {"BOL"}


def test_mediation_between_parties_through_a_generic_head_noun() -> None:
    text = "The Ghanaian foreign minister undertook a mediation mission between Mali and Niger."
    (event,) = asserted(events_of(text), "CONSULT")
    assert countries(event.source) == {"GHA"}
    assert countries(event.target) == {"MLI", "NER"}


def test_recipient_phrase_on_the_object_names_the_target() -> None:
    text = "Bolivian miners boycotted all official contact with the Chilean government."
    (event,) = asserted(events_of(text), "PROTEST")
    assert countries(event.source) == {"BOL"}
    assert countries(event.target) == {"CHL"}


def test_threat_is_aimed_at_the_subject_of_its_condition() -> None:
    text = "Ecuador threatened to close its ports unless Colombia withdrew its patrol boats."
    (event,) = asserted(events_of(text), "THREATEN")
    assert countries(event.source) == {"ECU"}
    assert countries(event.target) == {"COL"}


def test_passive_subject_owned_by_a_group_gives_the_target() -> None:
    text = "A shelter for Rwandan refugees was shelled by Burundian soldiers on Sunday."
    (event,) = asserted(events_of(text), "ASSAULT")
    assert countries(event.source) == {"BDI"}
    assert countries(event.target) == {"RWA"}


def test_country_inside_a_compound_modifier_is_the_nouns_source() -> None:
    (event,) = asserted(events_of("Recent Chilean Hawk attacks have killed six smugglers."))
    assert event.plover["type"] == "ASSAULT"
    assert countries(event.source) == {"CHL"}


def test_events_counted_by_a_quantity_noun_take_the_verbs_subject() -> None:
    text = "Bolivian and Peruvian warships on Monday launched ten days of war games."
    (event,) = asserted(events_of(text), "COOPERATE")
    assert countries(event.source) == {"BOL", "PER"}


def test_staged_carries_its_event_noun() -> None:
    (event,) = asserted(events_of("Thousands of students throughout Ecuador staged protests."))
    assert event.plover["type"] == "PROTEST"
    assert countries(event.source) == {"ECU"}


def test_protest_takes_its_target_from_its_stated_aim() -> None:
    text = (
        "Chadian teachers staged a hunger strike in protest against arrests by Cameroonian police."
    )
    (event,) = asserted(events_of(text), "PROTEST")
    assert countries(event.target) == {"CMR"}
    assert {m.text for m in event.mentions} == {"hunger strike", "protest"}


def test_demand_made_by_protesting_is_the_protests_aim() -> None:
    text = "Chadian nurses launched a hunger strike to demand the dismissal of a Nigerien envoy."
    events = asserted(events_of(text))
    assert [e.plover["type"] for e in events] == ["PROTEST"]
    assert countries(events[0].target) == {"NER"}


def test_state_passive_carrier_makes_its_subject_the_actor() -> None:
    text = "Bolivian marines were engaged in ethnic cleansing along the river."
    (event,) = asserted(events_of(text), "ASSAULT")
    assert countries(event.source) == {"BOL"}


def test_participle_modifying_a_noun_takes_that_noun_as_subject() -> None:
    events = asserted(events_of("Police dispersed Kenyan farmers protesting the new tax."))
    (protest,) = [e for e in events if e.plover["type"] == "PROTEST"]
    assert countries(protest.source) == {"KEN"}


def test_stative_passive_subject_is_the_actor_not_the_target() -> None:
    text = "Peru is opposed to Chilean mediation in the river dispute."
    # opposing another's mediation refuses it (CAMEO 126), as the PLOVER gold codes it
    (event,) = asserted(events_of(text), "REJECT")
    assert countries(event.source) == {"PER"}
    assert countries(event.target) == {"CHL"}


def test_verb_of_pace_carries_its_event_noun() -> None:
    text = "Ecuador accelerated the withdrawal of its troops from Peru."
    (event,) = asserted(events_of(text), "RETREAT")
    assert countries(event.source) == {"ECU"}
    assert countries(event.target) == {"PER"}


def test_demand_noun_addressed_through_the_carrying_verbs_clause() -> None:
    events = events_of("Peru repeated its demand that Chile free the fishermen.")
    (demand,) = asserted(events, "REQUEST")
    assert countries(demand.source) == {"PER"}
    assert countries(demand.target) == {"CHL"}


def test_recipient_of_an_event_nouns_object_but_not_an_area() -> None:
    text = "Bolivia declared a suspension of diplomatic ties with Paraguay."
    (event,) = asserted(events_of(text))
    assert countries(event.source) == {"BOL"}
    assert countries(event.target) == {"PRY"}
    text = "Bolivian troops captured part of a rebel stronghold on the Peruvian border."
    (capture,) = asserted(events_of(text), "ASSAULT")
    assert countries(capture.target) == set()  # a border is where, not whom


def test_talks_that_would_resume_after_a_reporting_verb_are_future_with_no_source() -> None:
    events = events_of("The Latvian minister said talks with Estonia would resume next week.")
    (talks,) = [e for e in events if e.plover["type"] == "CONSULT"]
    assert talks.modality == "future"
    assert talks.source == [], "the talks are not their own source"


def test_a_demand_restated_with_words_between_keeps_the_demanded_act_hypothetical() -> None:
    events = events_of(
        "The fishermen's union reiterated its demand today that Norway ease restrictions on "
        "its boats."
    )
    assert asserted(events, "REQUEST")
    assert not asserted(events, "CONCEDE"), "easing the restrictions is only demanded"


def test_a_clause_waiting_on_a_demanded_act_is_not_asserted() -> None:
    events = events_of(
        "Rebels announced that President Lund must agree to reforms before they disarm."
    )
    assert not asserted(events, "RETREAT")
    assert not asserted(events, "AGREE")


def test_called_on_x_to_act_makes_x_the_actor_of_the_act() -> None:
    events = events_of("Norway called on Sweden to withdraw its troops from the islands.")
    (withdrawal,) = [e for e in events if e.plover["type"] == "RETREAT"]
    assert withdrawal.modality == "hypothetical"
    assert countries(withdrawal.source) == {"SWE"}


def test_a_language_is_not_an_actor() -> None:
    events = events_of(
        "The Estonian Supreme Court lifted restrictions on the use of the Finnish language."
    )
    (event,) = asserted(events, "CONCEDE")
    assert countries(event.source) == {"EST"}
    assert countries(event.target) == set()


def test_people_named_by_a_demonym_are_coded_where_the_text_says_they_live() -> None:
    events = events_of("Bosnian Serbs demanded a truce with Croat forces near Mostar.")
    (demand,) = asserted(events, "REQUEST")
    assert countries(demand.source) == {"BIH"}
    events = events_of("Ethnic Albanians in southern Serbia demonstrated against the police.")
    (protest,) = asserted(events, "PROTEST")
    assert countries(protest.source) == {"SRB"}


def test_the_place_of_a_material_act_stands_for_a_target_no_phrase_names() -> None:
    (lifted,) = asserted(
        events_of("The Kenyan government lifted a state of emergency in Mombasa on Sunday.")
    )
    assert [(a.text, a.code) for a in lifted.target] == [("Mombasa", "KEN")]
    events = events_of("Rebels blew up two power lines leading into Mombasa last week.")
    (sabotage,) = asserted(events)
    assert countries(sabotage.target) == {"KEN"}


def test_protesters_named_by_a_role_take_the_country_of_their_protest_with_its_evidence() -> None:
    (protest,) = asserted(events_of("Hundreds of people blocked streets in Nairobi on Friday."))
    (people,) = protest.source
    assert (people.text, people.code) == ("people", "KENCVL")
    assert people.code_from is not None and people.code_from.text == "Nairobi"
    assert people.code_from.rule == "protest_place"
    (shelling,) = asserted(events_of("Troops shelled a village in Kenya on Friday."))
    assert [(a.text, a.code, a.code_from) for a in shelling.source] == [("Troops", None, None)]


def test_seized_from_x_makes_x_the_target() -> None:
    (seizure,) = asserted(events_of("Ugandan police confiscated rifles from Kenyan smugglers."))
    assert countries(seizure.source) == {"UGA"}
    assert countries(seizure.target) == {"KEN"}


def test_an_ethnic_group_is_coded_where_the_event_places_it_with_its_evidence() -> None:
    events = events_of("Kenyan police shot two ethnic Somalis in a raid in northern Kenya.")
    (shooting,) = asserted(events, "ASSAULT")
    (victims,) = shooting.target
    assert victims.code[:3] == "KEN"
    assert victims.code_from is not None and victims.code_from.text == "Kenya"
    (arrest,) = asserted(events_of("Kenyan police arrested two ethnic Somalis on Friday."))
    assert countries(arrest.target) == {"SOM"}, "with no place, the demonym is all there is"


def test_a_blockade_is_placed_and_settlers_are_not_the_place_they_settle() -> None:
    (blockade,) = asserted(events_of("Rebels blocked all transport into Mombasa on Tuesday."))
    assert countries(blockade.target) == {"KEN"}
    text = "Settlers in the Kenyan town of Lamu set fire to a school on Sunday."
    events = asserted(events_of(text))
    assert events, "the arson is still coded"
    assert all(not countries(e.source) for e in events)


def test_a_declaration_demanding_something_is_its_issuers_demand() -> None:
    events = events_of(
        "Kenyan opposition parties issued a declaration demanding that the government free "
        "their leader."
    )
    (demand,) = asserted(events, "REQUEST")
    assert countries(demand.source) == {"KEN"}
    assert demand.source[0].text.endswith("opposition parties")


def test_a_place_named_on_through_of_is_still_the_event_place() -> None:
    events = events_of("A journalist was killed in a car bomb blast in a district of Nairobi.")
    (killing,) = asserted(events, "ASSAULT")
    assert ("Nairobi", "KEN") in [(a.text, a.code) for a in killing.target]


def test_people_a_countrys_police_act_on_are_in_that_country_with_the_evidence() -> None:
    events = events_of("Kenyan police fired rubber bullets at demonstrators on Friday.")
    targets = [a for e in events for a in e.target if a.text == "demonstrators"]
    assert targets and all(a.code == "KENCVL" for a in targets)
    assert all(a.code_from is not None and a.code_from.text == "Kenyan police" for a in targets)
    assert {a.code_from.rule for a in targets} == {"police_target"}
    (arrest,) = asserted(events_of("Kenyan troops arrested two students on Monday."))
    assert countries(arrest.target) == set(), "troops act abroad too: nothing to infer"


def test_people_who_converge_for_a_rally_hold_it() -> None:
    events = events_of("Thousands of Kenyans converged on Thursday for a rally in Mombasa.")
    (rally,) = asserted(events, "PROTEST")
    assert countries(rally.source) == {"KEN"}
    events = events_of(
        "Hundreds of opposition supporters blocked highways in the port city of Mombasa."
    )
    (blockade,) = asserted(events, "PROTEST")
    assert [a.code for a in blockade.source] == ["KENCVL"]
    assert [(a.text, a.code) for a in blockade.target] == [("Mombasa", "KEN")]


def test_up_to_a_number_is_the_object_not_a_phrase() -> None:
    events = events_of("Somali rebels kidnapped up to 16 Kenyan teachers from a market.")
    (kidnapping,) = asserted(events, "ASSAULT")
    assert countries(kidnapping.target) == {"KEN"}


def test_whom_a_verb_of_allowing_lets_act_is_the_refusals_target() -> None:
    events = events_of("The junta refused to allow Kenyan aid convoys to cross the border.")
    (event,) = asserted(events, "REJECT")
    assert countries(event.target) == {"KEN"}


def test_an_object_moved_after_an_as_phrase_is_still_the_target() -> None:
    text = "Chile denounced as a grave violation Peru's expulsion of Chilean fishermen."
    (event,) = asserted(events_of(text), "ACCUSE")
    assert countries(event.source) == {"CHL"}
    assert countries(event.target) == {"PER"}


def test_a_meeting_between_two_parties_is_theirs() -> None:
    text = (
        "Norway said it would be ready to host talks between a Colombian rebel group and "
        "the Peruvian government."
    )
    (event,) = asserted(events_of(text), "AGREE")
    assert countries(event.target) == {"COL", "PER"}


def test_an_inquiry_into_a_complaint_by_someone_targets_them() -> None:
    text = "A Kenyan commission has completed its inquiry into a complaint by the Ugandan army."
    (event,) = asserted(events_of(text), "ACCUSE")
    assert countries(event.target) == {"UGA"}


def test_a_demand_on_what_belongs_to_someone_is_made_of_them() -> None:
    text = (
        "Student leaders demanded that control of the Chilean Education Ministry be handed "
        "to an independent board."
    )
    (event,) = asserted(events_of(text), "REQUEST")
    assert countries(event.target) == {"CHL"}


def test_demanding_a_withdrawal_asks_those_who_would_withdraw() -> None:
    events = events_of("The African Union demanded the withdrawal of Ugandan troops from Congo.")
    (demand,) = asserted(events, "REQUEST")
    assert [a.code for a in demand.target] == ["UGAMIL"]
    (withdrawal,) = [e for e in events if e.plover["type"] == "RETREAT"]
    assert [a.code for a in withdrawal.source] == ["UGAMIL"]
    assert countries(withdrawal.target) == {"COG"}


def test_demanding_a_meeting_of_a_body_is_asked_of_the_body_not_the_demander() -> None:
    events = events_of("Chile demanded a meeting of the UN Security Council to discuss the crisis.")
    (demand,) = asserted(events, "REQUEST")
    assert countries(demand.target) == {"IGO"}


def test_martial_law_and_curfews_target_the_imposers_own_country_with_evidence() -> None:
    events = events_of("The Thai government warned it stands ready to impose martial law.")
    (threat,) = asserted(events, "THREATEN")
    (target,) = threat.target
    assert target.code == "THA"
    assert target.code_from is not None and target.code_from.text == "The Thai government"
    (curfew,) = asserted(events_of("Bolivia imposed a curfew on Monday."), "COERCE")
    assert [a.code for a in curfew.target] == ["BOL"]
    # talks are not done at home: no country is inferred for them
    (talks,) = asserted(events_of("Bolivia held talks on Monday."), "CONSULT")
    assert not countries(talks.target)


def test_a_protest_in_defiance_of_someone_is_against_them_not_the_place() -> None:
    events = events_of("Workers rallied in Macau in defiance of Chinese officials.")
    (event,) = asserted(events, "PROTEST")
    assert countries(event.target) == {"CHN"}


def test_weapon_fire_is_an_attack_on_whom_it_is_against_and_a_fire_is_not() -> None:
    text = "Chilean troops launched mortar and artillery fire against Peruvian positions."
    (event,) = asserted(events_of(text), "ASSAULT")
    assert countries(event.source) == {"CHL"}
    assert countries(event.target) == {"PER"}
    assert not events_of("A fire broke out at the Chilean embassy on Monday.")


def test_a_refusal_despite_pressure_answers_those_who_press() -> None:
    text = (
        "The Chilean minister refused to resign despite mounting pressure from Peruvian diplomats."
    )
    (event,) = asserted(events_of(text), "REJECT")
    assert countries(event.target) == {"PER"}
    # what is not pressure names no one the refusal answers
    text = "The Chilean minister refused to resign despite the storm in Lima."
    (event,) = asserted(events_of(text), "REJECT")
    assert not countries(event.target)


def test_people_a_police_force_arrests_by_number_are_in_its_country() -> None:
    text = "Chilean police broke up the rally, arresting 14."
    (event,) = [e for e in asserted(events_of(text), "COERCE") if e.trigger.text == "arresting"]
    (target,) = event.target
    assert target.code == "CHL" and target.code_from.text == "Chilean police"


def test_a_harm_named_as_the_cause_of_a_death_harmed_the_dead_and_custody_names_the_holder() -> (
    None
):
    text = "A Kenyan student died from torture in Ugandan police custody."
    (event,) = asserted(events_of(text), "ASSAULT")
    assert [a.code for a in event.source] == ["UGACOP"]
    assert countries(event.target) == {"KEN"}
    text = "A Kenyan student died after an attack by Ugandan soldiers."
    (event,) = asserted(events_of(text), "ASSAULT")
    assert countries(event.source) == {"UGA"}
    assert countries(event.target) == {"KEN"}
    # a harm that caused no death here keeps its own arguments only
    text = "A Kenyan student spoke about torture in Ugandan police custody."
    assert not any(countries(e.target) == {"KEN"} for e in asserted(events_of(text), "ASSAULT"))


def test_refusing_an_invitation_targets_those_the_invited_act_involves() -> None:
    text = (
        "The Bolivian rebels rejected an invitation to attend talks with the Peruvian government."
    )
    (event,) = asserted(events_of(text), "REJECT")
    assert countries(event.source) == {"BOL"}
    assert countries(event.target) == {"PER"}


def test_noun_event_in_a_time_phrase_does_not_borrow_the_clause_subject() -> None:
    # the farmers return after the clashes; who clashed with the troops the text does not say
    text = "Chilean farmers returned to their fields after clashes with Bolivian troops."
    (event,) = asserted(events_of(text), "ASSAULT")
    assert event.trigger.text == "clashes"
    assert event.source == []
    assert countries(event.target) == {"BOL"}
    # not in a time phrase, the subject does take part
    (event,) = asserted(events_of("Chilean troops took part in fierce fighting near Arica."))
    assert countries(event.source) == {"CHL"}


def test_stored_events_compare_by_their_records_alone() -> None:
    (shelling,) = asserted(events_of("Chilean troops shelled a Peruvian border post on Monday."))
    stored = Telling(shelling.cameo, shelling.source, shelling.target, shelling.date)
    iran_army = ActorRef("the Iranian army", 0, 16, "IRNMIL")
    other = Telling("1952", [iran_army], shelling.target, None)
    assert compatible(stored, stored)
    assert not compatible(stored, other), "another attacker is another attack"
    assert same_action("190", "1952") and not same_action("190", "040")
    assert not agree([ActorRef("Tehran", 0, 6, "IRNGOV")], [iran_army])
    assert agree([ActorRef("Iran", 0, 4, "IRN")], [iran_army])
    month, day = EventDate("2024-03", "month", "text"), EventDate("2024-03-04", "day", "text")
    assert dates_agree(month, day) and not dates_agree(day, EventDate("2024-03-05", "day", "text"))
    assert dates_agree(day, EventDate("2024-03-05", "day", "published"))


def test_a_time_is_never_an_actor() -> None:
    events = events_of(
        "Police in Velora said Thursday's bombing of the central market killed six people."
    )
    (killing,) = asserted(events, "ASSAULT")
    assert killing.target, "the six killed are still its target"
    assert all("Thursday" not in actor.text for actor in killing.source + killing.target)


def test_an_event_named_in_passing_is_not_dated_by_publication() -> None:
    text = "Velorian lawmakers criticised Dunmark after its offensive against rebels in the north."
    analysis = analyze(f"Headline\n{text}", published="2025-03-10")
    criticism = [e for e in analysis.events if e.trigger.text == "criticised"]
    offensive = [e for e in analysis.events if e.trigger.text == "offensive"]
    assert criticism and criticism[0].date.source == "published"
    assert offensive, "the offensive is still an event"
    assert offensive[0].date is None, "no news of the day: the text does not say when"


def test_outcomes_joined_to_one_attack_are_one_event() -> None:
    text = "Rebels attacked a convoy near Port Alvin, killed nine soldiers and wounded twelve more."
    (attack,) = asserted(events_of(text), "ASSAULT")
    assert {m.text for m in attack.mentions} == {"attacked", "killed", "wounded"}


def test_every_coded_actor_says_which_rule_gave_its_code() -> None:
    events = events_of(
        "French Foreign Minister Claire Duvant met Malian rebels in Kidal on Monday. "
        "Duvant later criticised the Malian army. Russian troops crossed the river on Tuesday. "
        "They shelled the village of Oro."
    )
    rules = {
        (actor.text, actor.code, actor.code_from.rule if actor.code_from else None)
        for event in asserted(events)
        for actor in (*event.source, *event.target)
    }
    assert ("Duvant", "FRAGOV", "person") in rules
    assert ("Malian rebels", "MLIREB", "words") in rules
    assert ("They", "RUSMIL", "pronoun") in rules
    assert ("the village of Oro", None, None) in rules


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Dunmark's troops withdrew from the town of Ostrava on Monday.", "RETREAT"),
        ("The Dunmark army withdrew from Pellham.", "RETREAT"),
        ("Veloria withdrew from the regional trade alliance on Monday.", "SANCTION"),
        ("Veloria withdrew from the 2019 arms treaty.", "SANCTION"),
        ("The Velorian leader announced the troop exit from Dunmark.", "RETREAT"),
        ("Veloria announced its withdrawal from NATO.", "SANCTION"),
        ("The withdrawal of Velorian troops from Dunmark began on Monday.", "RETREAT"),
        ("The Dunmark president welcomed the troop exit from Veloria.", "RETREAT"),
        ("The Velorian premier retaliated by announcing tariffs on Dunmark steel.", "SANCTION"),
        ("Velorian forces retaliated against the rebels on Monday.", "ASSAULT"),
        ("Veloria deployed peacekeepers to Dunmark.", "AID"),
        ("Veloria deployed troops to the Dunmark border.", "MOBILIZE"),
        ("Velorian troops began military exercises near the Dunmark border.", "MOBILIZE"),
        ("Veloria held joint military exercises with Dunmark.", "COOPERATE"),
    ],
)
def test_withdrawing_from_a_place_is_a_retreat_from_a_body_a_sanction(text, plover) -> None:
    """And retaliating by tariffs is a sanction, by force an attack; peacekeepers deployed are
    aid, troops a mobilisation; exercises alone a show of force, joint ones cooperation: the
    argument decides."""
    assert [e.plover["type"] for e in asserted(events_of(text))] == [plover]


@pytest.mark.parametrize(
    "text",
    [
        "Velorian officials said the Northern Express was travelling to Port Alvin.",
        "The Velorian president agreed with the minister's remarks about the economy.",
        "The Velorian finance minister rebuffed fears that the tariffs would hurt growth.",
        "The first Velorian detainees began arriving at the Dunmark base on Monday.",
        "Veloria conferred its highest civilian honor on the Dunmark president.",
        "Creating the council would demonstrate Velorian resolve, the minister said.",
        "Bushfires continue to burn across southern Veloria.",
        "The Velorian government released a report on Dunmark's economy on Monday.",
        "The report was released by Velorian officials on Monday.",
        "Velorian rebels released a video of their leader.",
        "Veloria released its new defence strategy on Monday.",
        "According to the Dunmark Peace Index released last week, violence fell.",
        "A Velorian report to be released next month says the talks failed.",
        "The report that was released by Dunmark on Monday says the talks failed.",
        "Velorian bases hosting Dunmark troops were put on alert.",
    ],
)
def test_a_frame_whose_argument_does_not_fit_codes_nothing(text) -> None:
    """A train or a detainee does not visit, agreeing with remarks is an opinion, rebuffing a
    fear rejects no actor, an honour conferred is no consultation, resolve demonstrated is no
    protest, a fire burning no destruction by anyone, a report released frees no one, a base
    hosting troops receives no visit: the lemma fits, the argument frame does not."""
    assert asserted(events_of(text)) == []


def test_the_same_verbs_with_fitting_arguments_are_events() -> None:
    found = {
        e.plover["type"]
        for text in (
            "The Velorian president travelled to Port Alvin.",
            "The Velorian president agreed with Dunmark to cut tariffs.",
            "The Velorian finance minister rebuffed the Dunmark envoy.",
            "The Velorian president conferred with the Dunmark envoy.",
            "Hundreds of Velorian students demonstrated outside the Dunmark embassy.",
            "Rioters burned the Dunmark embassy in Veloria.",
            "Dunmark released 20 Velorian prisoners on Monday.",
            "The Velorian prisoners who were released by Dunmark on Monday returned home.",
            "The Velorian president hosted the Dunmark prime minister on Monday.",
        )
        for e in asserted(events_of(text))
    }
    assert found == {"CONSULT", "AGREE", "REJECT", "PROTEST", "COERCE", "RETREAT"}


@pytest.mark.parametrize(
    "text",
    [
        "The Velorian minister said she looks forward to discussing the treaty with Dunmark.",
        "Dunmark is interested in talking to Veloria, the minister said.",
        "Veloria is preparing to launch a long-range missile, the Dunmark army said.",
    ],
)
def test_an_act_looked_forward_to_or_prepared_is_not_asserted(text) -> None:
    """Neither names an act done, nor does preparing state a threat: it is seen, not said."""
    assert asserted(events_of(text)) == []


def test_what_an_act_is_deemed_to_be_is_not_asserted() -> None:
    text = (
        "Lawmakers are angry over the purchase of Dunmark's S-9 missile system, which is deemed"
        " to violate the Velorian Arms Act."
    )
    violation = [e for e in events_of(text) if e.trigger.text == "violate"]
    assert violation and violation[0].modality == "hypothetical"


def test_an_act_that_has_not_happened_is_not_dated_by_publication() -> None:
    events = events_of("The Velorian council urged Dunmark to release the jailed activists.")
    dates = {e.plover["type"]: (e.modality, e.date) for e in events}
    assert dates["REQUEST"][0] == "asserted" and dates["REQUEST"][1].source == "published"
    assert dates["RETREAT"] == ("hypothetical", None), "the release happens on no day yet"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chile imposed tariffs on Peru.", None),
        ("Chile kept new tariffs in place on Peru and Bolivia.", None),
        ("Peru's president will travel to Chile on Tuesday.", "Chile"),
        ("Peru and Bolivia held talks in Chile on Monday.", "Chile"),
        ("Rebels attacked Arica on Monday.", "Arica"),
    ],
)
def test_a_country_named_as_a_party_is_not_where_the_event_happens(text, place) -> None:
    (event,) = events_of(text)
    assert (event.place.name if event.place else None) == place


def test_a_city_named_before_an_attack_is_no_person_even_where_coreference_says_so() -> None:
    """ "the Benghazi attack": a city the tagger or coreference takes for a person makes no
    attack of words (a named person's); a person's name before it still does."""
    parse = load_nlp()("Senators asked about the Benghazi attack and the Hale attack.")
    city, person = (t for t in parse if t.text in {"Benghazi", "Hale"})
    mentions = frozenset({city.i, person.i})
    assert not names_person(city, mentions)
    assert names_person(person, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Shop owners in Dayton said they welcome the influx of summer tourists.",
        "The governor said he would welcome Senator Ross's entry into the race.",
    ],
)
def test_welcoming_a_turn_of_events_receives_no_one(text: str) -> None:
    assert not asserted(events_of(text), "CONSULT")


def test_welcoming_a_leader_is_a_reception() -> None:
    events = asserted(events_of("France welcomed the Kenyan president in Paris on Monday."))
    assert [e.cameo for e in events] == ["043"]


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton's battle against Senator Bernie Sanders continued in Kentucky on Monday.",
        "Senator Ross and Governor Blake battled over who would lower taxes faster.",
    ],
)
def test_a_battle_between_candidates_is_a_contest_not_combat(text: str) -> None:
    assert not asserted(events_of(text), "ASSAULT")


def test_troops_battling_rebels_is_combat() -> None:
    events = asserted(events_of("Syrian troops battled rebels near Aleppo on Monday."), "ASSAULT")
    assert [e.cameo for e in events] == ["190"]


def test_rebels_fighting_a_named_president_is_combat() -> None:
    text = "Aid groups said rebels fighting President Jean Mballa had taken two towns."
    events = asserted(events_of(text), "ASSAULT")
    assert [e.trigger.text for e in events] == ["fighting"]


def test_an_act_told_in_a_where_clause_happens_at_the_place_it_describes() -> None:
    (accusation,) = asserted(
        events_of(
            "Baltic defence ministers gathered on Monday in Tallinn, Estonia, where Latvia's"
            " minister accused Moscow of jamming flights over the region."
        ),
        "ACCUSE",
    )
    assert accusation.place is not None and accusation.place.name == "Tallinn"
    assert accusation.place.source == "clause"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the inner word of a name is no locative compound: "from the Gaza Strip" is
        # where the workers come from, not where they were attacked
        ("Militants attacked buses carrying laborers from the Gaza Strip.", None),
        ("Velorian police detained dozens of migrants, mostly from the Middle East.", None),
        # a place owning a locative area noun: "in Brazil's Velora region" is in Brazil
        ("Forces in Brazil's Velora region launched an offensive against the gangs.", "Brazil"),
        ("Forces in Brazil's Bahia region launched an offensive against the gangs.", "Bahia"),
        ("Rebels attacked a convoy in Peru's Loreto province on Monday.", "Loreto"),
    ],
)
def test_a_place_name_is_placed_by_how_the_whole_name_attaches(
    text: str, place: str | None
) -> None:
    (event,) = asserted(events_of(text))
    assert (event.place.name if event.place else None) == place


@pytest.mark.parametrize(
    "text",
    [
        "Congressman Andy Larkin of Ohio criticized Governor Blake for the jailbreak on Twitter.",
        "The government of Chad ordered its army to seal the border with Sudan.",
    ],
)
def test_a_name_or_government_of_a_place_does_not_act_there(text: str) -> None:
    events = asserted(events_of(text))
    assert events and all(event.place is None for event in events)


def test_an_act_joined_to_a_present_perfect_shares_its_time() -> None:
    """ "have blamed ... and called": the second participle shares "have", so it is some time
    before now, not the day's news, as the first is."""
    text = (
        "Velorian officials have blamed the Dunmark rebels for the violence and called on all"
        " parties to resume talks."
    )
    events = {e.trigger.text: e for e in asserted(events_of(text))}
    assert events["blamed"].date is None
    assert events["called"].date is None
    (today,) = asserted(events_of(text.replace("have blamed", "blamed")), "REQUEST")
    assert today.date is not None and today.date.source == "published"
