"""Who takes part in an event: the participants an event's words name, on sentences written for
these tests (issue 12, classes 1 and 3: the wrong participant, compound actors)."""

from __future__ import annotations

import pytest
from news_events import events_of, the_event
from spacy.tokens import Doc

from eventwire import analyze
from eventwire.annotate.events.merge import union_actors
from eventwire.annotate.events.syntax import clause_subject, is_passive, phrase_bounds
from eventwire.nlp import load_nlp
from eventwire.records import ActorRef, CodeSource


def texts(actors) -> list[str]:
    return [actor.text for actor in actors]


def test_a_clause_about_what_an_actor_did_is_not_part_of_its_words() -> None:
    text = "Peruvian police arrested students who led a protest march to the ministry on Friday."
    event = the_event(text, "COERCE", "arrested")
    assert texts(event.target) == ["students"]
    text = "The strike that killed the general at the airport was ordered by Chilean commanders."
    event = the_event(text, "ASSAULT", "killed")
    assert texts(event.target) == ["the general"]
    assert all("strike" not in actor.text for actor in event.source + event.target)


def test_a_phrase_naming_the_event_and_a_result_word_are_not_part_of_the_target() -> None:
    event = the_event("Chilean troops killed 40 rebels in airstrikes.", "ASSAULT", "killed")
    assert texts(event.target) == ["40 rebels"]
    event = the_event("Chilean soldiers shot dead three gunmen.", "ASSAULT", "shot")
    assert texts(event.target) == ["three gunmen"]


def test_the_event_noun_told_by_a_participle_is_no_target_of_it() -> None:
    text = "The deadliest attack, in 2019, killed at least 30 villagers in northern Chile."
    event = the_event(text, "ASSAULT", "attack")
    (target,) = event.target
    assert target.text.startswith("at least 30 villagers")
    assert not event.source


def test_a_bare_participle_after_the_subject_is_passive() -> None:
    text = (
        "A senior Shining Path commander is dead, killed in what Peruvian officials called a raid."
    )
    (event,) = [e for e in events_of(text) if e.trigger.text == "killed"]
    assert texts(event.target) == ["A senior Shining Path commander"]
    assert "A senior Shining Path commander" not in texts(event.source)


def test_whoever_is_arrested_or_killed_in_a_possessive_undergoes_it() -> None:
    event = the_event("Peru protested Rojas's arrest by Chilean police.", "COERCE", "arrest")
    assert texts(event.target) == ["Rojas"]
    assert countries(event.source) == {"CHL"}
    # with its own object, the owner does the act
    event = the_event("Peru condemned the army's killing of protesters.", "ASSAULT", "killing")
    assert texts(event.target) == ["protesters"]


def test_a_reflexive_target_is_the_source_again() -> None:
    text = "Two gunmen blew themselves up near the Lima airport."
    (event,) = [e for e in events_of(text) if e.plover["type"] == "ASSAULT"]
    assert texts(event.source) == ["Two gunmen"]
    assert not event.target


def test_what_a_verbal_act_is_about_is_no_target_unless_an_actor_owns_it() -> None:
    event = the_event(
        "The protesters demanded reforms and Rojas's resignation.", "REQUEST", "demanded"
    )
    assert texts(event.target) == ["Rojas"]
    (event,) = [
        e for e in events_of("The minister rejected Rojas's offer.") if e.plover["type"] == "REJECT"
    ]
    assert texts(event.target) == ["Rojas"]
    event = the_event("The Chilean junta continues to defy calls for restraint.", "REJECT", "defy")
    assert not event.target
    event = the_event("Peru and Chile supported the call.", "SUPPORT", "supported")
    assert countries(event.source) == {"PER", "CHL"}
    assert not event.target


def test_a_dateline_is_no_actor_and_the_subject_after_it_is() -> None:
    text = (
        "Border Clashes\nLIMA, March 3 - Peruvian troops attacked rebel positions near the border."
    )
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "attacked"
    ]
    assert texts(event.source) == ["Peruvian troops"]
    assert countries(event.source) == {"PER"}


@pytest.mark.parametrize("dateline", ["San Diego (AFP) –", "New York (AFP) –"])
def test_a_wire_dateline_not_in_capitals_is_no_actor(dateline: str) -> None:
    """An agency's dateline may give its city in title case ("Cleveland (AFP) –"); the parse
    hangs it on the first name all the same."""
    text = (
        f"Ruiz attacks rival.\n\n{dateline} Vice President Ana Ruiz on Monday hit the campaign"
        " trail, trashing her rival as unqualified and accusing him of endangering troops."
    )
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "accusing"
    ]
    assert texts(event.source) == ["Vice President Ana Ruiz"]


def test_the_person_harmed_is_the_target_and_keeps_the_place_as_evidence() -> None:
    text = "Gunmen killed a judge at the courthouse in Lima on Monday."
    event = the_event(text, "ASSAULT", "killed")
    (target,) = event.target
    assert target.text == "a judge"
    assert target.code.startswith("PER")
    assert target.code_from.rule == "target_place" and target.code_from.text == "Lima"


def test_a_list_of_countries_hung_on_a_title_is_every_country() -> None:
    text = "Council members Chile, Peru and Bolivia also backed the proposal."
    (event,) = [e for e in events_of(text) if e.trigger.text == "backed"]
    assert countries(event.source) == {"CHL", "PER", "BOL"}


def test_a_name_joined_to_a_group_is_two_actors() -> None:
    text = (
        "Hungarian Prime Minister Viktor Orban spoke in Vienna on Monday. "
        "Orban and other nationalist leaders refused to attend the Brussels summit."
    )
    (event,) = [e for e in events_of(text) if e.plover["type"] == "REJECT"]
    assert texts(event.source) == ["Orban", "other nationalist leaders"]
    assert event.source[0].code == "HUNGOV"


def test_fighting_between_two_parties_has_both_as_its_source() -> None:
    text = "Thousands fled their homes after fighting between rebels and Chilean troops."
    event = the_event(text, "ASSAULT", "fighting")
    assert texts(event.source) == ["rebels", "Chilean troops"]
    assert not event.target


def test_countries_a_predicate_describes_act_in_its_relative_clause() -> None:
    text = "Peru and Bolivia are among the countries that have banned imports of Chilean wine."
    (event,) = [e for e in events_of(text) if e.plover["type"] == "SANCTION"]
    assert countries(event.source) == {"PER", "BOL"}


def countries(actors) -> set[str]:
    return {actor.code[:3] for actor in actors if actor.code}


def test_whom_a_verb_acts_on_for_what_they_did_did_it() -> None:
    text = "Morales attacked the Chilean newspaper for refusing to support his plans."
    event = the_event(text, "REJECT", "refusing")
    assert texts(event.source) == ["the Chilean newspaper"]
    assert "Morales" not in texts(event.source)


def test_a_place_is_where_a_named_target_is_not_a_party_beside_it() -> None:
    event = the_event("Gunmen torched the store in Gulu, Uganda, on Friday.", "COERCE", "torched")
    (target,) = event.target
    assert (target.text, target.code) == ("the store", "UGA")
    assert target.code_from.text == "Gulu"
    text = "The inmate was stabbed by a guard at the prison in Gulu, Uganda."
    (target,) = the_event(text, "ASSAULT", "stabbed").target
    assert (target.text, target.code) == ("The inmate", "UGA")


def test_a_thing_placed_by_its_own_in_keeps_its_words() -> None:
    text = "Gunmen attacked a passenger train in Uganda's northern Gulu district on Monday."
    (target,) = the_event(text, "ASSAULT", "attacked").target
    assert target.text.startswith("a passenger train")
    assert (target.code, target.code_from.rule) == ("UGACVL", "role_place")  # a civilian target


def test_the_place_is_the_target_only_where_no_phrase_names_one() -> None:
    (target,) = the_event(
        "Troops lifted the curfew in Gulu, Uganda.", "CONCEDE", "lifted the curfew"
    ).target
    assert (target.text, target.code) == ("Gulu", "UGA")
    # people often elsewhere take nothing from the place, which stays beside them
    event = the_event(
        "A visiting journalist was killed in a bombing in Gulu, Uganda.", "ASSAULT", "killed"
    )
    assert [(a.text, a.code) for a in event.target][-1] == ("Gulu", "UGA")


def test_a_passive_whose_auxiliary_is_left_out_has_its_subject_as_target() -> None:
    text = "Two homes were damaged and three villagers slightly injured, the governor of Gulu said."
    event = the_event(text, "ASSAULT", "injured")
    assert texts(event.target) == ["three villagers"]
    assert not event.source


def test_one_charged_with_a_crime_is_not_the_accuser() -> None:
    text = (
        "Protesters gathered outside the station where the officer charged with the boy's "
        "murder had served."
    )
    assert all(
        "the officer" not in texts(e.source)
        for e in events_of(text)
        if e.plover["type"] == "ACCUSE"
    )
    headline = analyze("Okello accused of Gulu double murder\nThe trial opens on Monday.").events
    assert all("Okello" not in texts(e.source) for e in headline)


def test_names_given_as_examples_are_actors_of_their_own() -> None:
    event = the_event(
        "Peru imposed sanctions on its neighbours, including Chile and Bolivia.",
        "SANCTION",
        "sanctions",
    )
    assert [(a.text, a.code) for a in event.target] == [
        ("its neighbours", None),
        ("Chile", "CHL"),
        ("Bolivia", "BOL"),
    ]
    text = (
        "Andean populist leaders, such as Bolivian President Luis Arce, have long railed "
        "against the pact."
    )
    event = the_event(text, "ACCUSE", "railed")
    assert texts(event.source) == ["Andean populist leaders", "Bolivian President Luis Arce"]


def test_each_member_of_a_list_of_bodies_keeps_its_own_words() -> None:
    text = (
        "The Andean Council, Society for River Conservation and the Quito Wildlife Society, which "
        "represent 9,000 scientists, sent a letter asking the Peruvian government to drop the plan."
    )
    event = the_event(text, "REQUEST", "asking")
    assert texts(event.source) == [
        "The Andean Council",
        "Society for River Conservation",
        "the Quito Wildlife Society",
    ]


def test_a_place_before_a_title_says_whose_office_it_is() -> None:
    text = "Alaska Gov. Ana Costa visited the flooded villages on Monday."
    (event,) = [e for e in events_of(text) if e.trigger.text == "visited"]
    (source,) = event.source
    assert (source.code, source.code_from.rule) == ("USAGOV", "role_place")


def test_what_happens_is_no_actor() -> None:
    """A quake or a blaze is no one: what it did is no event (PLOVER codes what actors do)."""
    assert events_of("The earthquake killed 10 people in southern Iran.") == []
    assert events_of("A blaze destroyed the store in Gulu, Uganda.") == []


def test_names_a_description_lists_after_a_dash_are_the_actors() -> None:
    text = (
        "Peru has declared a tariff war on its biggest trading partners — Chile, Bolivia and "
        "Ecuador."
    )
    event = the_event(text, "SANCTION", "tariff war")
    assert [(a.text, a.code) for a in event.target] == [
        ("Chile", "CHL"),
        ("Bolivia", "BOL"),
        ("Ecuador", "ECU"),
    ]


def test_a_verb_joined_to_another_shares_its_subject_as_the_one_acted_on() -> None:
    text = (
        "Peruvian officials said the army convoy hit a landmine and was then attacked by rebels, "
        "killing four soldiers."
    )
    event = the_event(text, "ASSAULT", "attacked")
    assert texts(event.target) == ["the army convoy"]
    assert texts(event.source) == ["rebels"]


def test_a_thing_attacked_takes_the_country_the_story_places_the_attack_in() -> None:
    text = (
        "Unrest in Uganda\nFighting flared in Gulu, Uganda, on Monday. "
        "Gunmen attacked a hotel on Tuesday."
    )
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "attacked"
    ]
    (target,) = event.target
    assert (target.text, target.code, target.code_from.rule) == ("a hotel", "UGACVL", "event_place")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Gunmen blew up tracks on Tuesday.", "blew up"),
        ("Soldiers seized data on Tuesday.", "seized"),
    ],
)
def test_a_thing_that_stands_for_no_one_is_no_target_and_lends_no_country(
    sentence: str, trigger: str
) -> None:
    """Tracks or data an act is done to stand for no party: no target, and the place the act
    happens in is not put in their stead."""
    text = f"Unrest in Uganda\nFighting flared in Gulu, Uganda, on Monday. {sentence}"
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == trigger
    ]
    assert event.target == []


def test_a_thing_named_beside_a_party_leaves_the_party_alone_as_target() -> None:
    event = the_event(
        "U.N. forces have been deployed to protect civilians and their goods.",
        "MOBILIZE",
        "forces have been deployed",
    )
    assert texts(event.target) == ["civilians"]


def test_a_thing_keeps_two_acts_of_one_actor_apart_before_it_leaves_the_target() -> None:
    """The thing leaves the target only after mentions are merged: "also imposed restrictions
    on printing books" stays an act of its own beside the curbs on women told before."""
    events = events_of(
        "The Taliban imposed strict curbs on women in Herat in March. Publishers said the "
        "rules were unclear. The Taliban also imposed restrictions on printing books."
    )
    coerced = [e for e in events if e.plover["type"] == "COERCE"]
    assert len(coerced) == 2
    assert coerced[1].target == []


def test_a_noun_carried_by_giving_takes_its_target_from_the_giving_verb() -> None:
    """ "Provides military support to Somalia": the phrase hangs from the carrying verb, and
    it is the support noun's own target preposition."""
    event = the_event("Kenya provides military support to Somalia.", "AID", "military support")
    assert texts(event.target) == ["Somalia"]
    assert [a.code for a in event.target] == ["SOM"]


def test_an_actor_s_words_stop_before_its_time() -> None:
    text = "Court News\nA judge on Saturday sentenced the Peruvian general to life in prison."
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "sentenced"
    ]
    assert texts(event.source) == ["A judge"]


def test_an_actor_s_words_are_unbroken_by_the_verb_of_its_clause() -> None:
    # the parser hangs "BST" on the name, across "is accused of setting fire"
    text = (
        "Court News\nAna Costa, 24, is charged with setting fire to a bakery in Gulu just "
        "before 22: 00 BST."
    )
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "setting fire"
    ]
    assert texts(event.source) == ["Ana Costa, 24"]


def test_two_people_of_one_country_in_one_mention_stay_two() -> None:
    text = (
        "Prison News\nShe was found guilty of stabbing her brother and another man in 2004 in "
        "Jinja, Uganda."
    )
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "stabbing"
    ]
    assert [(a.text, a.code) for a in event.target] == [
        ("her brother", "UGA"),
        ("another man", "UGA"),
    ]


def test_parties_placed_by_the_event_s_place_are_not_one_actor_across_mentions() -> None:
    placed = CodeSource("event_place", "Gulu", 0, 4)
    people = ActorRef("four people", 10, 21, "UGACVL", None, placed)
    officer = ActorRef("an off-duty police officer", 60, 86, "UGACOP", None, placed)
    uganda = ActorRef("Uganda", 90, 96, "UGA", None, CodeSource("words"))
    kampala = ActorRef("Kampala", 120, 127, "UGAGOV", None, CodeSource("words"))
    assert union_actors([[people], [officer]]) == [people, officer]
    # a country named in its own words is one actor however often it is told
    assert union_actors([[uganda], [kampala]]) == [uganda]


def test_goods_are_no_target_of_an_act_on_relations() -> None:
    text = "Trade News\nPeru imposed new tariffs on steel and copper imports on Monday."
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "tariffs"
    ]
    assert texts(event.source) == ["Peru"]
    assert not event.target
    text = "Trade News\nPeru imposed new tariffs on Chilean wine on Monday."
    (event,) = [
        e for e in analyze(text, published="2024-03-04").events if e.trigger.text == "tariffs"
    ]
    assert [a.code for a in event.target] == ["CHL"]


def test_verbs_joined_before_one_object_share_it() -> None:
    text = "Chilean police killed and injured 30 Peruvian protesters."
    event = the_event(text, "ASSAULT", "killed")
    assert texts(event.target) == ["30 Peruvian protesters"]
    # a verb with an object of its own keeps it
    text = "Chilean troops shelled the post and killed two guards."
    event = the_event(text, "ASSAULT", "shelled")
    assert texts(event.target) == ["the post"]


def test_a_series_of_verbs_shares_the_last_verb_s_object() -> None:
    text = "Gunmen killed, maimed and robbed farmers near the Andean town of Sorata."
    event = the_event(text, "ASSAULT", "killed")
    assert texts(event.target) == ["farmers"]


def test_gerunds_of_a_series_the_parser_reads_as_nouns_share_its_object() -> None:
    text = (
        "The Peruvian army accuses the militia of killing, maiming, raping, looting, and"
        " regularly displacing villagers from the valley."
    )
    events = {e.trigger.text: e for e in events_of(text)}
    for trigger in ("killing", "maiming", "raping", "looting"):
        assert texts(events[trigger].target) == ["villagers"], trigger


def test_they_in_one_person_s_words_is_not_that_person() -> None:
    text = '"They shot the guards at dawn," Maria Lopez said of the Shining Path rebels.'
    event = the_event(text, "ASSAULT", "shot")
    assert texts(event.source) == ["They"]
    # a plural speaker's "they" is the speaker
    text = "Peruvian officials said they arrested 12 smugglers near the border."
    event = the_event(text, "COERCE", "arrested")
    assert texts(event.source) == ["Peruvian officials"]


def test_whom_a_demand_is_about_is_no_participant_of_what_is_demanded() -> None:
    text = "The Peruvian president called for a total war against the Shining Path rebels."
    event = the_event(text, "REQUEST", "called")
    assert not event.target
    text = "The Chilean foreign minister called for an end to the violence in Bolivia."
    event = the_event(text, "REQUEST", "called")
    assert not event.target
    # whom it is asked of, the other side of talks and whose ouster is asked are parties
    event = the_event("Peru demanded an apology from Chile.", "REQUEST", "demanded")
    assert texts(event.target) == ["Chile"]
    text = "Bolivia requested talks with Chile over the tariffs."
    event = the_event(text, "REQUEST", "requested")
    assert texts(event.target) == ["Chile"]
    text = "The rebels demanded the ouster of Peruvian President Ana Ruiz."
    event = the_event(text, "REQUEST", "demanded")
    assert [a.code for a in event.target] == ["PERGOV"]
    # an accusation is aimed at whom the act it tells of names
    text = "Lima has blamed several recent attacks on militants based in Bolivia."
    event = the_event(text, "ACCUSE", "blamed")
    assert texts(event.target) == ["militants based in Bolivia"]


def test_who_leads_an_act_named_by_a_hyphened_participle_does_it() -> None:
    text = "The Chile-led offensive against the Shining Path rebels continued in Peru."
    event = the_event(text, "ASSAULT", "offensive")
    assert texts(event.source) == ["Chile"]
    assert texts(event.target) == ["the Shining Path rebels"]
    # who backs an act does not do it
    text = "The Chile-backed offensive against the Shining Path rebels continued in Peru."
    event = the_event(text, "ASSAULT", "offensive")
    assert not event.source


def test_the_kind_of_actor_before_an_act_on_the_ground_does_it() -> None:
    text = "Three farmers died in a police raid on a camp near Cusco on Monday."
    assert texts(the_event(text, "ASSAULT", "raid").source) == ["police"]
    text = "The army offensive against the rebels began in the Andes on Monday."
    event = the_event(text, "ASSAULT", "offensive")
    assert texts(event.source) == ["army"]
    assert texts(event.target) == ["the rebels"]
    # a thing before the noun did nothing, a label says what the act was, not who did it;
    # people arrested undergo the arrests
    text = "A bomb attack on the market in Cusco killed five traders."
    assert all(not e.source for e in events_of(text))
    text = "The senator recalled the terrorist attacks on the embassy in Lima."
    assert not the_event(text, "ASSAULT", "terrorist attacks").source
    text = "Police reported a wave of student arrests in Cusco on Friday."
    assert all(texts(e.source) != ["student"] for e in events_of(text))


def test_people_a_participle_tells_an_act_of_are_not_its_doer() -> None:
    text = "The government soldiers backed by Chilean troops shelled the rebel camp."
    (event,) = [e for e in events_of(text) if e.plover["type"] == "COOPERATE"]
    assert texts(event.source) == ["Chilean troops"]
    assert texts(event.target) == ["The government soldiers"]
    text = "The journalist detained by Chilean police was released on Friday."
    event = the_event(text, "RETREAT", "released")
    assert texts(event.target) == ["The journalist"]


def test_people_a_verbal_act_is_addressed_to_are_its_target() -> None:
    text = "The Shining Path militants then asked the passengers to come forward, Ana Ruiz said."
    event = the_event(text, "REQUEST", "asked")
    assert texts(event.target) == ["the passengers"]
    # a thing asked for is still no party
    event = the_event("The Peruvian miners demanded higher wages.", "REQUEST", "demanded")
    assert not event.target


def test_whom_a_threat_or_refusal_acts_on_is_its_target() -> None:
    """actors12h: the people the act refused, threatened or vowed is done to, named as its
    object or through a recipient phrase on its object, coded or not."""
    text = "The rebels threatened to break their truce with the tribal militias."
    assert texts(the_event(text, "THREATEN", "threatened").target) == ["the tribal militias"]
    text = "The Education Ministry refused to enroll her daughter."
    assert texts(the_event(text, "REJECT", "refused").target) == ["her daughter"]


def test_a_refused_act_names_no_target_where_its_object_is_no_one() -> None:
    """An area is no one, nor a thing named after a person; another's act ("agreed that X
    stay") says nothing of whom the speaker acts on."""
    cases = [
        ("The rebels refused to hand the village to the army.", "REJECT", "refused", ["the army"]),
        (  # the college is told to act (actors12l); the one it gives to is not the target
            "The court ordered the college to give Maria Soto extra classes.",
            "REQUEST",
            "ordered",
            ["the college"],
        ),
        ("The judge agreed that the singer should remain at Hillcrest.", "AGREE", "agreed", []),
    ]
    for text, plover, trigger, target in cases:
        event = the_event(text, plover, trigger)
        assert texts(event.target) == target, text


def test_what_a_request_asks_to_be_done_in_the_passive_is_not_whom_it_asks() -> None:
    text = "The ministers strongly urge that all parts of the Lima agreement be implemented."
    assert not the_event(text, "REQUEST", "urge").target
    text = "Lawyers for the reporter had requested that he be released on bail."
    assert not the_event(text, "REQUEST", "requested").target
    text = "Chile demanded that Bolivia's forces be withdrawn."
    assert texts(the_event(text, "REQUEST", "demanded").target) == ["Bolivia's forces"]
    text = "The protesters demanded that control of the Peruvian Interior Ministry be taken away."
    (target,) = the_event(text, "REQUEST", "demanded").target
    assert target.text == "the Peruvian Interior Ministry" and target.code == "PERCOP"
    text = "The mayor demanded that the army free the prisoners."
    assert texts(the_event(text, "REQUEST", "demanded").target) == ["the army"]


def test_a_place_people_are_sent_to_or_kept_from_does_not_code_them() -> None:
    event = the_event("Peruvian police deported him to Chile.", "COERCE", "deported")
    assert [(a.text, a.code) for a in event.target] == [("him", None)]
    text = "Soldiers deported 40 detainees to Chile, Peru or other countries."
    event = the_event(text, "COERCE", "deported")
    assert [(a.text, a.code) for a in event.target] == [("40 detainees", None)]
    event = the_event("The junta refused the envoy access to Peru.", "REJECT", "refused")
    assert not [a for a in event.target if a.code]
    event = the_event("Peruvian police arrested him in Lima.", "COERCE", "arrested")
    assert [(a.text, a.code) for a in event.target] == [("him", "PER")]


def codes(actors) -> list[str | None]:
    return [actor.code for actor in actors]


def test_a_city_before_an_attack_is_where_it_happened_not_who_did_it() -> None:
    text = "A Lima car bombing wounded 20 people on Sunday."
    bombing = next(e for e in events_of(text) if e.plover["type"] == "ASSAULT")
    assert bombing.source == []
    text = "Chilean airstrikes killed 12 rebels near Arica on Tuesday."
    strikes = next(e for e in events_of(text) if e.plover["type"] == "ASSAULT")
    assert codes(strikes.source) == ["CHL"]


def test_a_verbal_act_on_another_partys_act_is_aimed_at_its_doer() -> None:
    # issue 12 class (b): the party of an act noun nested in what a verbal act is about
    text = "The Lima police chief warned that officers would not tolerate rallies by students."
    event = the_event(text, "THREATEN", "warned")
    assert texts(event.target) == ["students"]
    text = "The junta continues to defy calls, including by the Security Council, to free them."
    event = the_event(text, "REJECT", "defy")
    assert texts(event.target) == ["the Security Council"]
    text = "Chile refused to meet demands from the Peruvian government."
    event = the_event(text, "REJECT", "refused")
    assert texts(event.target) == ["the Peruvian government"]


def test_a_verbal_act_on_its_own_act_takes_no_target_from_it() -> None:
    text = "Peru vowed to continue the talks with Chile."
    assert all("Peru" not in actor.text for e in events_of(text) for actor in e.target)
    text = "The minister refused to discuss the weather."
    assert all(not e.target for e in events_of(text) if e.trigger.text == "refused")


def test_a_protest_is_aimed_at_whoever_does_the_act_it_protests() -> None:
    text = "Fishermen in Valparaiso protested the arrests by Peruvian coast guards."
    event = the_event(text, "PROTEST", "protested")
    assert countries(event.target) == {"PER"}
    text = (
        "Miners in Oruro blocked a railway line to protest the killings by Chilean border guards."
    )
    (event,) = [e for e in events_of(text) if e.modality == "asserted"]
    assert event.plover["type"] == "PROTEST"
    assert countries(event.target) == {"CHL"}


def test_a_past_tense_the_parser_hangs_on_its_subject_is_active() -> None:
    # the parser hangs "called" on "union" as a participle, the noun the sentence's root
    event = the_event(
        "The farmers' union called Friday on the agriculture ministry to cut the levy.",
        "REQUEST",
        "called",
    )
    assert texts(event.source) == ["The farmers' union"]
    assert texts(event.target) == ["the agriculture ministry"]


def parsed(words: str, tags: str, deps: str, heads: list[int]) -> Doc:
    """A parse given by hand: the parser's mistags vary with the model and the words."""
    tag_list = tags.split()
    return Doc(
        load_nlp().vocab,
        words=words.split(),
        tags=tag_list,
        pos=[POS_OF_TAG.get(tag[:2], "X") for tag in tag_list],
        deps=deps.split(),
        heads=heads,
    )


POS_OF_TAG = {"NN": "NOUN", "VB": "VERB"}


def test_a_participle_with_a_subject_and_no_auxiliary_is_a_past_tense_in_a_sentence() -> None:
    called = parsed(
        "Nine groups called for his release .",
        "CD NNS VBN IN PRP$ NN .",
        "nummod nsubj ROOT prep poss pobj punct",
        [1, 2, 2, 2, 5, 3, 2],
    )[2]
    assert not is_passive(called)
    assert clause_subject(called).text == "groups"
    injured = parsed(
        "Two homes were damaged and three villagers injured .",
        "CD NNS VBD VBN CC CD NNS VBN .",
        "nummod nsubjpass auxpass ROOT cc nummod nsubj conj punct",
        [1, 3, 3, 3, 3, 6, 7, 3, 3],
    )[7]
    assert is_passive(injured)  # it shares "were"
    headline = parsed(
        "Man Convicted Of Arson .", "NN VBN IN NN .", "nsubj ROOT prep pobj punct", [1, 1, 1, 2, 1]
    )[1]
    assert is_passive(headline)
    killed = parsed(
        "Four soldiers killed by a mine .",
        "CD NNS VBN IN DT NN .",
        "nummod ROOT acl agent det pobj punct",
        [1, 1, 1, 2, 5, 3, 1],
    )[2]
    assert is_passive(killed)
    hurt = parsed(
        "There 's two men hurt .",
        "EX VBZ CD NNS VBN .",
        "expl ccomp nummod nsubj ROOT punct",
        [1, 4, 3, 4, 4, 4],
    )[4]
    assert is_passive(hurt)  # a participle on an existential's noun


def test_reduced_passives_stay_passive() -> None:
    detained = the_event(
        "The fishermen detained by Kenyan police were released on Friday.", "COERCE", "detained"
    )
    assert texts(detained.source) == ["Kenyan police"]
    (headline,) = analyze("Farmers detained in Nairobi\nThe trial opens on Monday.").events
    assert texts(headline.target) == ["Farmers"] and not headline.source


def test_an_actor_phrase_stops_before_a_clause_on_any_of_its_nouns() -> None:
    event = the_event(
        "Colombian troops arrested the cousin of a senator who had hidden weapons in his farm.",
        "COERCE",
        "arrested",
    )
    assert texts(event.target) == ["the cousin of a senator"]
    event = the_event(
        "Chilean officials rejected Bolivia's demand to reopen the border crossing.",
        "REJECT",
        "rejected Bolivia's demand",
    )
    assert [(a.text, a.code) for a in event.target] == [("Bolivia's demand", "BOL")]


def test_an_actor_phrase_does_not_end_in_a_preposition_left_without_its_object() -> None:
    mayor = parsed(
        "The Peruvian mayor at first banned rallies .",
        "DT JJ NN IN RB VBD NNS .",
        "det amod nsubj prep advmod ROOT dobj punct",
        [2, 2, 5, 2, 5, 5, 5, 5],
    )
    assert phrase_bounds(mayor[2], mayor[5]) == (0, 3)  # "The Peruvian mayor", not "... at"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "The rebels have intensified attacks since March, inflicting heavy casualties on "
            "government forces in Dowa.",
            ["government forces"],
        ),
        (
            "The militia stepped up attacks on Friday, targeting a police post near Dowa.",
            ["a police post"],
        ),
    ],
)
def test_a_participle_after_an_attack_names_whom_it_hits(sentence: str, target: list[str]) -> None:
    event = the_event(sentence, "ASSAULT", "attacks")
    assert texts(event.target) == target


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # a name the talks are about is no one they are held with
        ("Chile and Bolivia held talks on Peru on Monday.", ["Chile", "Bolivia"], []),
        ("Ministers met in Quito for talks on Peru.", ["Ministers"], []),
        # the other side still, in the frame's own phrase or on the carrying verb
        ("Chile held talks with Peru on Monday.", ["Chile"], ["Peru"]),
        ("Chile held talks on Monday with Peru.", ["Chile"], ["Peru"]),
        # a meeting "for" two leaders is theirs: not a topic
        (
            "It was the last meeting for Chilean President Ana Costa and Bolivian President "
            "Luis Rojas before the vote.",
            ["It"],
            ["Chilean President Ana Costa", "Bolivian President Luis Rojas"],
        ),
    ],
)
def test_a_name_talks_are_about_is_not_whom_they_are_held_with(
    sentence: str, source: list[str], target: list[str]
) -> None:
    trigger = "meeting" if "meeting" in sentence else "talks"
    event = the_event(sentence, "CONSULT", trigger)
    assert texts(event.source) == source
    assert texts(event.target) == target


def test_the_subject_held_the_talks_a_time_phrase_names_with_a_partner() -> None:
    text = "After talks with Peru's foreign minister, the Chilean envoy said ties were strong."
    event = the_event(text, "CONSULT", "talks")
    assert texts(event.source) == ["the Chilean envoy"]
    text = "Bolivian President Luis Arce, after a meeting with Chilean leaders, signed the accord."
    event = the_event(text, "CONSULT", "meeting")
    assert texts(event.source) == ["Bolivian President Luis Arce"]
    # an act on the ground in a time phrase is not the clause subject's
    text = "After clashes with police in Lima, the United Nations urged calm."
    event = the_event(text, "ASSAULT", "clashes")
    assert not event.source


def test_who_spearheads_or_ceases_an_act_named_by_its_object_does_it() -> None:
    text = "The rebel alliance that spearheaded the offensive in May signed the accord."
    event = the_event(text, "ASSAULT", "offensive")
    assert texts(event.source) == ["The rebel alliance"]
    text = "Western governments called on Peru to cease its support for the Chilean militia."
    event = the_event(text, "SUPPORT", "support")
    assert countries(event.source) == {"PER"}
