"""The per-article merge: mentions join one event only where the text links their actors, and
the record's actors and date come from the mentions that support them. Sentences invented for
these tests."""

from __future__ import annotations

from test_events import asserted, countries, events_of

from eventwire import analyze
from eventwire.annotate.events.compare import agree, dates_agree, linked, same_actor, same_party
from eventwire.annotate.events.merge import names_a_country
from eventwire.records import ActorRef, CodeSource, EventDate


def test_an_uncoded_list_agrees_with_a_coded_one_only_where_the_text_links_them() -> None:
    army = ActorRef("Chilean troops", 0, 14, "CHLMIL")
    gunmen = ActorRef("Gunmen", 60, 66, None)
    assert agree([army], [gunmen]), "across articles an uncoded actor conflicts with none"
    assert not linked([army], [gunmen]), "within one, nothing makes the gunmen the troops"
    general = ActorRef("General Marco Ruiz", 0, 18, "CHLMIL", name="Marco Ruiz")
    surname = ActorRef("Ruiz", 80, 84, None, name="Marco Ruiz")
    assert linked([general], [surname]), "one coreference chain"
    assert linked([army], [ActorRef("troops", 8, 14, None)]), "the same words of the text"
    assert linked([army], [ActorRef("the Chilean army", 90, 106, "CHL")]), "codes as `agree`"
    assert not linked([army], [ActorRef("Peruvian troops", 90, 105, "PERMIL")])


def test_an_uncoded_attacker_is_not_lent_the_code_of_the_attack_before() -> None:
    text = (
        "Chilean troops killed 12 Peruvian fighters near Arica. "
        "Gunmen later killed five traders at a market."
    )
    troops, gunmen = asserted(events_of(text), "ASSAULT")
    assert [a.text for a in troops.source] == ["Chilean troops"]
    assert countries(troops.target) == {"PER"}
    assert "five traders" not in {a.text for a in troops.target}
    assert [a.text for a in gunmen.source] == ["Gunmen"]
    assert not countries(gunmen.source + gunmen.target), "no code the text does not give"


def test_the_same_attacker_killing_others_elsewhere_is_another_event() -> None:
    # force of any kind (190) is not "the same weapons": the targets must agree
    text = (
        "Chilean troops killed 12 rebels near Arica. "
        "Chilean troops also killed four smugglers near Tacna."
    )
    events = asserted(events_of(text), "ASSAULT")
    assert len(events) == 2
    assert all(len(event.target) == 1 for event in events)


def test_a_date_is_lent_only_by_mentions_that_support_the_event() -> None:
    text = (
        "Bolivian police arrested 40 Peruvian migrants in Oruro. The arrests drew protests. "
        "Officials arrested a local mayor in 2018."
    )
    migrants, mayor = asserted(events_of(text, published="2024-03-04"), "COERCE")
    assert {m.text for m in migrants.mentions} == {"arrested", "arrests"}
    assert countries(migrants.source) == {"BOL"} and countries(migrants.target) == {"PER"}
    assert migrants.date.value == "2024-03-04" and migrants.date.source == "published"
    assert mayor.date.value == "2018"
    # a mention naming no one, in another sentence, dated years before, is another act: it
    # neither joins the day's event nor dates it
    text = "Chilean troops shelled a Peruvian border post. Such shelling last happened in 2019."
    (shelling,) = asserted(events_of(text, published="2024-03-04"), "ASSAULT")
    assert [m.text for m in shelling.mentions] == ["shelled"]
    assert shelling.date.source == "published"


def test_a_headline_without_actors_keeps_the_date_of_its_lede() -> None:
    text = "Border clash\nChilean troops shelled a Peruvian border post on Monday."
    (clash,) = asserted(analyze(text, published="2024-03-06").events, "ASSAULT")
    assert {m.text for m in clash.mentions} == {"clash", "shelled"}
    assert clash.date.source == "text" and clash.date.text == "Monday"


def test_an_attack_the_text_points_back_to_is_the_attack_told_before() -> None:
    text = (
        "Insurgents ambushed a Chilean army convoy near Arica on Monday. "
        "The Norte Front claimed responsibility for the attack."
    )
    (ambush,) = asserted(events_of(text, published="2024-03-06"), "ASSAULT")
    assert {m.text for m in ambush.mentions} == {"ambushed", "attack"}
    assert {a.text for a in ambush.source} == {"Insurgents", "The Norte Front"}
    assert countries(ambush.target) == {"CHL"}


def test_a_superlative_attack_is_not_the_attack_told_before() -> None:
    text = (
        "Insurgents ambushed a Chilean army convoy near Arica on Monday. "
        "The deadliest attack, in 2009, killed 25 soldiers."
    )
    ambush, deadliest = asserted(events_of(text, published="2024-03-06"), "ASSAULT")
    assert {m.text for m in ambush.mentions} == {"ambushed"}
    assert "attack" in {m.text for m in deadliest.mentions}
    assert deadliest.date.value == "2009"


def test_an_arrest_owned_by_the_one_arrested_is_the_arrest_told_before() -> None:
    text = (
        "Press groups condemn detention of radio host\n"
        "Police in Lusaka detained a radio host on Monday after a phone-in show about power cuts. "
        "The arrest of John Mulenga, who presents a morning programme, drew protests from press "
        "groups. Mulenga's arrest was later condemned by the main opposition party."
    )
    (arrest,) = asserted(events_of(text, published="2024-03-06"), "COERCE")
    assert [m.text for m in arrest.mentions].count("arrest") == 2, "one arrest, however named"
    assert "John Mulenga" in {a.text for a in arrest.target}
    text = (
        "Chile's foreign minister met the Peruvian ambassador in Santiago on Monday. "
        "The Bolivian president said his meeting with Argentine officials had gone well."
    )
    meetings = events_of(text, published="2024-03-06")
    assert len([e for e in meetings if e.plover["type"] == "CONSULT"]) == 2, "another's meeting"


def test_a_verb_naming_no_one_in_another_sentence_tells_an_act_of_its_own() -> None:
    text = (
        "Peruvian police arrested 12 Chilean smugglers in Tacna in January. "
        "At a later checkpoint, several drivers were either questioned or detained."
    )
    (smugglers,) = asserted(events_of(text, published="2024-03-06"), "COERCE")
    assert {m.text for m in smugglers.mentions} == {"arrested"}, "the drivers are not smugglers"
    assert smugglers.date.value == "2024-01"


def test_a_day_of_a_week_the_text_gives_is_that_week() -> None:
    def told(value: str) -> EventDate:
        return EventDate(value=value, granularity=None, source="text")

    assert dates_agree(told("2024-W27"), told("2024-07-02")), "Tuesday of that week"
    assert dates_agree(told("2024-W27"), told("2024-07"))
    assert not dates_agree(told("2024-W27"), told("2024-07-08")), "Monday of the next"
    assert not dates_agree(told("2024-W27"), told("2024-06"))
    assert dates_agree(told("2024-W27-WE"), told("2024-W27"))


def test_the_aim_of_an_act_of_its_kind_is_that_act() -> None:
    text = "Chilean and Peruvian ministers held a meeting in Lima to discuss the border crisis."
    (meeting,) = events_of(text, published="2024-03-06")
    assert meeting.modality == "asserted"
    assert {m.text for m in meeting.mentions} == {"meeting", "discuss"}
    text = "Chilean troops attacked a Peruvian post to seize its weapons."
    attack, seizure = sorted(events_of(text, published="2024-03-06"), key=lambda e: e.trigger.start)
    assert (attack.modality, seizure.modality) == ("asserted", "future"), "another act, intended"


def test_the_aim_of_a_prospective_act_is_that_prospect() -> None:
    text = "Colombian rebels could return to the negotiating table to discuss prisoner exchanges."
    talks = [e for e in events_of(text, published="2024-03-06") if e.plover["type"] == "CONSULT"]
    assert len(talks) == 1, "the aim of a return to talks is no second meeting"
    assert talks[0].modality == "hypothetical"
    assert {m.text for m in talks[0].mentions} == {"return", "discuss"}


def test_victims_of_one_country_are_one_party_only_by_the_same_code_or_words() -> None:
    train = ActorRef("a Peruvian train", 0, 16, "PER")
    police = ActorRef("Peruvian police officers", 60, 84, "PERCOP")
    assert same_actor(train, police), "as an actor, one country's"
    assert not same_party(train, police), "as victims, two parties"
    assert same_party(police, ActorRef("police officers", 120, 135, "PERCOP"))
    surname = ActorRef("Soto", 140, 144, None, name="Juan Soto")
    assert same_party(ActorRef("the mayor", 0, 9, "PERGOV", name="Juan Soto"), surname)


def test_groups_counted_differently_are_never_one_actor() -> None:
    raid = ActorRef("33 rebels", 0, 9, "PERREB")
    assert not same_actor(raid, ActorRef("1,250 rebels from various groups", 90, 122, "PERREB"))
    assert same_actor(raid, ActorRef("the 33 rebels", 150, 163, "PERREB"))
    assert same_actor(raid, ActorRef("a 31-year-old rebel", 170, 189, "PERREB")), "an age"


def test_attacks_on_others_of_the_country_are_not_the_attack_told_before() -> None:
    text = (
        "Rebels attacked a Peruvian train near Puno, officials said. "
        "Attacks on Peruvian police officers, miners and farmers have risen, officials said."
    )
    train = next(e for e in asserted(events_of(text), "ASSAULT") if e.trigger.text == "attacked")
    assert [a.text for a in train.target] == ["a Peruvian train"]


def test_a_toll_over_months_is_not_the_raid_told_before() -> None:
    text = (
        "The Peruvian army said it killed 33 Peruvian rebels near Ayacucho. "
        "In all, 1,250 Peruvian rebels have been killed, along with 563 police officers, "
        "the general said."
    )
    raid = next(e for e in asserted(events_of(text), "ASSAULT") if e.source)
    assert [a.text for a in raid.target] == ["33 Peruvian rebels"]
    assert len(raid.mentions) == 1, "the toll is not told as the raid"


def test_an_actor_acting_again_in_other_words_is_another_event() -> None:
    # a verb of another sentence, none of the event's verbs, tells a new act of the same actor
    text = (
        "Kenya accused Uganda of arming rebels on Monday. "
        "Kenya also blamed Uganda for a border shooting."
    )
    accusations = asserted(events_of(text, published="2024-03-06"), "ACCUSE")
    assert sorted(m.text for e in accusations for m in e.mentions) == ["accused", "blamed"]
    assert len(accusations) == 2


def test_the_same_counted_people_acted_on_in_other_words_are_one_event() -> None:
    text = (
        "Chilean police arrested 14 Bolivian smugglers near the border on Monday. "
        "The police detained 14 Bolivian smugglers in a raid, a spokesman said."
    )
    (arrest,) = asserted(events_of(text, published="2024-03-06"), "COERCE")
    assert {m.text for m in arrest.mentions} == {"arrested", "detained"}


def test_a_named_victim_acted_on_again_in_other_words_is_one_event() -> None:
    text = (
        "The gunmen shot Judge Elena Varga outside her home in Szeged on Monday. "
        "Police said the gunmen killed Varga before fleeing."
    )
    (attack,) = asserted(events_of(text, published="2024-03-06"), "ASSAULT")
    assert {m.text for m in attack.mentions} == {"shot", "killed"}


def test_one_backing_of_a_person_named_alone_told_again_in_other_words_is_one_event() -> None:
    text = (
        "Nigerian novelist Chidi Okafor is running for the Senate in Lagos. "
        "Governor Amaka Eze endorsed Okafor on Friday. "
        "Speaking to reporters in Abuja, Eze said she was backing Okafor because of his record."
    )
    (backing,) = asserted(events_of(text, published="2024-03-06"), "SUPPORT")
    assert {m.text for m in backing.mentions} == {"endorsed", "backing"}


def test_only_a_country_named_by_its_own_words_is_no_victim_told_again() -> None:
    country = ActorRef("Uganda", 0, 6, "UGA", code_from=CodeSource("words"))
    person = ActorRef("Okafor", 40, 46, "NGA", name="Chidi Okafor", code_from=CodeSource("person"))
    assert names_a_country(country), "'accused Uganda', 'blamed Uganda': two acts"
    assert not names_a_country(person), "a person the text names again is one victim"


def test_a_refusal_and_the_act_it_refuses_are_one_event() -> None:
    # the refusal's code says what it refuses (CAMEO 125: refuse to meet); the negated
    # meeting is a span of its record, not a second event on the words of one telling
    text = (
        "Ruritania refused on Tuesday to meet Borduria's envoys in Vienna, its foreign "
        "ministry said."
    )
    (refusal,) = events_of(text, published="2024-03-06")
    assert (refusal.plover["type"], refusal.cameo, refusal.modality) == (
        "REJECT",
        "125",
        "asserted",
    )
    assert [m.text for m in refusal.mentions] == ["refused", "meet"]
    threat = "Ruritania threatened on Tuesday to expel Borduria's envoys from Vienna."
    events = events_of(threat, published="2024-03-06")
    assert len(events) == 2, "a threatened act stays its own hypothetical item beside the threat"


def test_a_speech_act_told_again_in_a_kin_code_is_one_event() -> None:
    # CAMEO codes criticism 111 and accusation 112; PLOVER's ACCUSE is one act told in both
    text = (
        "Foreign Minister Ana Ruiz criticized Borduria on Monday, accusing it of shelling a "
        "border village."
    )
    (accusation,) = asserted(events_of(text, published="2024-03-06"), "ACCUSE")
    assert [m.text for m in accusation.mentions] == ["criticized", "accusing"]
    told_again = (
        "U.N. envoy Lena Varga called for the Ruritanian army to free the jailed mayors. "
        "Varga made the appeal in Geneva, a day after the mayors were jailed."
    )
    (request,) = asserted(events_of(told_again, published="2024-03-06"), "REQUEST")
    assert [m.text for m in request.mentions] == ["called", "appeal"], "an appeal (02) points back"
    other = "Varga called for new talks in Geneva and urged the Ruritanian army to free the mayors."
    requests = asserted(events_of(other, published="2024-03-06"), "REQUEST")
    assert len(requests) == 2, "two calls of other content joined by 'and' are two requests"
    demand = "The Ostrel Front demanded a ceasefire, calling on Lunaria to open the border."
    requests = asserted(events_of(demand, published="2024-03-06"), "REQUEST")
    assert len(requests) == 2, "a participle that calls on another party is another request"


def test_two_officials_of_one_government_accusing_are_two_events() -> None:
    """One code, two people: each one's words are an act of their own."""
    text = (
        "Coalition Rift\nKenyan President William Ruto accused the opposition of stirring "
        "unrest on Monday. Farmers blocked roads near Nakuru. Kenyan Foreign Minister Musalia "
        "Mudavadi accused the opposition of lying about the budget on Tuesday."
    )
    accusations = [e for e in analyze(text, published="2024-03-04").events if e.cameo_root == "11"]
    speakers = sorted(actor.text for e in accusations for actor in e.source)
    assert speakers == [
        "Kenyan Foreign Minister Musalia Mudavadi",
        "Kenyan President William Ruto",
    ]


RETOLD = (
    "Chadian troops killed 40 Boko Haram fighters {first}, officials said. Roads in the area "
    "were closed for hours. “Our air strikes killed {again},” Colonel Ivo Brandt said."
)


def test_a_speaker_retelling_an_act_in_its_verb_tells_the_event_told_before_only() -> None:
    # the speaker's "Our" is linked to no one, but the verb and the 40 fighters are the act's
    text = RETOLD.format(first="near the border", again="at least 40 Boko Haram fighters")
    (attack,) = asserted(events_of(text, published="2024-03-06"), "ASSAULT")
    assert [m.text for m in attack.mentions] == ["killed", "air strikes", "killed"]
    others = [  # another count, added victims, another day, another place: another act
        ("near the border", "12 Boko Haram fighters"),
        ("near the border", "another 40 Boko Haram fighters"),
        ("on Monday", "40 Boko Haram fighters on Wednesday"),
        ("in Bol", "40 Boko Haram fighters in Mongo"),
    ]
    for first, again in others:
        text = RETOLD.format(first=first, again=again)
        attacks = asserted(events_of(text, published="2024-03-06"), "ASSAULT")
        assert len(attacks) == 2, again


def test_the_meeting_a_party_takes_part_in_is_the_meeting_told_before() -> None:
    text = (
        "The U.N. Security Council met on Tuesday to discuss the border dispute. Ethiopia's "
        "ambassador participated in the meeting, but later criticized it."
    )
    (meeting,) = asserted(events_of(text, published="2024-03-06"), "CONSULT")
    assert [m.text for m in meeting.mentions] == ["met", "discuss", "meeting"]
    assert countries(meeting.source) == {"IGO", "ETH"}, "the ambassador is one of its parties"
    other = text.replace("in the meeting, but later criticized it", "in a meeting of the AU")
    assert len(asserted(events_of(other, published="2024-03-06"), "CONSULT")) == 2


def test_an_appeal_owned_by_its_speakers_pronoun_points_back_to_the_call() -> None:
    text = (
        "U.N. envoy Lena Varga is calling for the release of the jailed mayors of Tarvel. "
        "Varga issued her appeal on Friday."
    )
    (request,) = asserted(events_of(text, published="2024-03-06"), "REQUEST")
    assert [m.text for m in request.mentions] == ["calling", "appeal"]
    other = text.replace("Varga issued her", "Foreign Minister Paul Okoro issued his")
    assert len(asserted(events_of(other, published="2024-03-06"), "REQUEST")) == 2


def test_ministers_who_also_discussed_a_topic_tell_more_of_their_meeting() -> None:
    text = (
        "Foreign ministers of the Nordic Council met in Oslo on Thursday. The ministers also "
        "{act}, officials said."
    )
    (meeting,) = asserted(events_of(text.format(act="discussed fishing quotas")), "CONSULT")
    assert [m.text for m in meeting.mentions] == ["met", "discussed"]
    for act in ("met Canada's envoy", "discussed fishing quotas in Ottawa"):
        meetings = asserted(events_of(text.format(act=act)), "CONSULT")
        assert len(meetings) == 2, "another meeting, or the topic discussed somewhere else"


def test_two_pairs_of_countries_at_odds_are_two_disputes() -> None:
    text = (
        "Peru and Chile have been disputing the Morro islands for years. "
        "Bolivia and Chile have been disputing fishing rights in the lake for years."
    )
    disputes = asserted(events_of(text), "ACCUSE")
    assert [sorted(countries(d.source)) for d in disputes] == [["CHL", "PER"], ["BOL", "CHL"]]
    again = text.replace("Bolivia and Chile", "Peru and Chile")
    (dispute,) = asserted(events_of(again), "ACCUSE")
    assert len(dispute.mentions) == 2, "the same pair told again is the same dispute"


def test_a_witness_who_says_the_same_doer_stormed_it_tells_the_raid_told_before() -> None:
    text = (
        "Chilean soldiers stormed a hotel in Arica on Tuesday, police said. "
        '"At dawn Chilean soldiers stormed it with rifles and grenades," the hotel manager '
        "Ilse Moor said."
    )
    (raid,) = asserted(events_of(text, published="2025-03-11"), "ASSAULT")
    assert [m.text for m in raid.mentions] == ["stormed", "stormed"]
    assert countries(raid.target) == {"CHL"}
    pronouns = (
        "Gunmen shot five guards at a depot in Dalvik on Monday, police said. "
        '"Later they shot them in the yard," a driver said.'
    )
    shootings = asserted(events_of(pronouns, published="2025-03-11"), "ASSAULT")
    assert len(shootings) == 2, "a doer told by a pronoun alone names no one to compare"


def test_what_an_act_is_said_to_be_is_no_second_act() -> None:
    text = (
        "Rebels shelled a grain depot on Monday. "
        '"The shelling of the depot was an attack on the farmers of the valley," the mayor '
        "Ilse Moor said."
    )
    (shelling,) = asserted(events_of(text, published="2025-03-11"), "ASSAULT")
    assert [m.text for m in shelling.mentions] == ["shelled", "shelling", "attack"]


def test_the_attack_told_again_joins_the_attack_not_the_latest_killing() -> None:
    text = (
        "Rebels launched an attack on an army convoy near Kibali on Monday, the army said. "
        "On Tuesday soldiers killed three rebels near the river. "
        "Villagers said the attack had left four drivers dead."
    )
    attack, killing = asserted(events_of(text, published="2025-05-07"), "ASSAULT")
    assert [a.text for a in attack.source] == ["Rebels"]
    assert [m.text for m in attack.mentions] == ["attack", "attack"], "the noun restates it"
    assert [m.text for m in killing.mentions] == ["killed"]


def test_a_single_act_does_not_join_a_count_of_many_told_in_another_sentence() -> None:
    text = (
        "The Andean Front launched 230 attacks in 2023, a report said. "
        "Days later, the Andean Front attacked a police convoy near the border."
    )
    tally, convoy = asserted(events_of(text), "ASSAULT")
    assert tally.trigger.text == "attacks" and not tally.target
    assert convoy.trigger.text == "attacked"
    assert [a.text for a in convoy.target] == ["a police convoy"]


def test_a_speaker_naming_the_counted_victims_by_their_noun_tells_the_act_told_before() -> None:
    # "all the fighters" are the narration's 40 fighters in the speaker's words
    text = RETOLD.format(first="near the border", again="all the Boko Haram fighters")
    (attack,) = asserted(events_of(text, published="2024-03-06"), "ASSAULT")
    assert [m.text for m in attack.mentions] == ["killed", "air strikes", "killed"]
    others = [  # people of another kind, or counted otherwise: another act
        ("near the border", "all the smugglers"),
        ("near the border", "12 Boko Haram fighters"),
    ]
    for first, again in others:
        text = RETOLD.format(first=first, again=again)
        attacks = asserted(events_of(text, published="2024-03-06"), "ASSAULT")
        assert len(attacks) == 2, again


def test_one_speakers_calls_for_different_things_are_two_requests() -> None:
    # an appeal and a call both code 020 when nothing coded is asked: what is asked tells them apart
    text = (
        "Ruritanian envoy Lena Varga called for an end to the shelling of Tarvel on Monday. "
        "Varga called for the creation of a new border commission."
    )
    requests = asserted(events_of(text, published="2024-03-06"), "REQUEST")
    assert [[m.text for m in r.mentions] for r in requests] == [["called"], ["called"]]
    restated = (
        "Ruritanian envoy Lena Varga called for a ban on river traffic on Monday. "
        "Speaking in Tarvel, Varga called for a ban on the river traffic."
    )
    (request,) = asserted(events_of(restated, published="2024-03-06"), "REQUEST")
    assert [m.text for m in request.mentions] == ["called", "called"], "the same thing asked"
