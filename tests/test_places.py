"""Places: toponyms resolved offline, ambiguity kept, government roles, the place of an event."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.annotate.events.places import place_for_event
from eventwire.annotate.places import dateline_at, find_places
from eventwire.evaluate.places import distance_km
from eventwire.nlp import load_nlp
from eventwire.records import Analysis, Article, content_hash


def read(text: str) -> tuple:
    parse = load_nlp()(text)
    analysis = Analysis(Article(content_hash(text), None, None, None, None, "en", text))
    analysis.places = find_places(parse, analysis)
    return parse, analysis


def places_named(text: str, name: str) -> list:
    _, analysis = read(text)
    found = [place for place in analysis.places if place.text == name]
    assert found, f"no place {name!r} among {[p.text for p in analysis.places]}"
    return found


def place_of_event(text: str, trigger: str):
    parse, analysis = read(text)
    index = next(word.i for word in parse if word.text == trigger)
    return place_for_event(parse, index, analysis)


def test_every_place_quotes_its_span():
    text = "Rockets hit Ain al-Asad air base in Anbar, and protesters gathered in Baghdad."
    _, analysis = read(text)
    assert {place.text for place in analysis.places} >= {"Ain al-Asad air base", "Baghdad"}
    for place in analysis.places:
        assert text[place.start : place.end] == place.text


def test_paris_alone_is_the_french_capital():
    (paris,) = places_named("Tourists crowded the cafes of Paris on Sunday.", "Paris")
    assert (paris.country, paris.precision) == ("FRA", "city")
    assert distance_km(paris.lat, paris.lon, 48.86, 2.35) < 20


def test_paris_texas_is_decided_by_its_qualifier_and_holds_for_the_article():
    text = "A rodeo opened in Paris, Texas, on Friday. Crowds in Paris cheered the riders."
    first, second = places_named(text, "Paris")
    for paris in (first, second):
        assert (paris.country, paris.admin1) == ("USA", "Texas")
        assert distance_km(paris.lat, paris.lon, 33.66, -95.56) < 20


def test_georgia_is_the_country_beside_tbilisi_and_the_state_beside_atlanta():
    (country,) = places_named("Crowds filled Tbilisi as Georgia held its election.", "Georgia")
    assert (country.country, country.precision) == ("GEO", "country")
    (state,) = places_named("Voters queued in Atlanta as polls opened across Georgia.", "Georgia")
    assert (state.country, state.precision, state.admin1) == ("USA", "admin1", "Georgia")


def test_a_name_without_evidence_stays_ambiguous_with_its_candidates():
    (place,) = places_named("Heavy rain flooded the streets of Springfield.", "Springfield")
    assert place.lat is None and place.lon is None and place.precision is None
    assert len(place.candidates) > 1
    assert all(candidate["country"] == "USA" for candidate in place.candidates)
    assert place.country == "USA"  # every reading is in the United States


def test_georgia_alone_is_not_guessed():
    (place,) = places_named("Thousands rallied in Georgia on Saturday.", "Georgia")
    assert place.lat is None
    assert {candidate["country"] for candidate in place.candidates} == {"GEO", "USA"}


def test_demonyms_decide_between_namesakes():
    (tripoli,) = places_named(
        "Gunfire echoed through Tripoli, Lebanon overnight, Lebanese officials said.", "Tripoli"
    )
    assert tripoli.country == "LBN"


def test_facilities_resolve_to_their_site_or_their_city():
    (gate,) = places_named("A blast struck the crowd at the Abbey Gate on Thursday.", "Abbey Gate")
    assert (gate.country, gate.precision, gate.admin1) == ("AFG", "facility", "Kabul")
    (airport,) = places_named(
        "Flights were halted at Mosul airport after the raid.", "Mosul airport"
    )
    (mosul,) = places_named("Officials in Mosul said the raid was over.", "Mosul")
    assert (airport.precision, airport.country) == ("facility", "IRQ")
    assert airport.gazetteer_id == mosul.gazetteer_id  # the city's point, said to be a facility


def test_capitals_and_countries_standing_for_governments():
    text = (
        "Tehran said the talks had failed. Washington's envoy left, and sanctions against "
        "Tehran were tightened amid tensions between Tehran and Washington. Reporters in "
        "Tehran watched the envoy's plane leave."
    )
    _, analysis = read(text)
    roles = [(place.text, place.role) for place in analysis.places]
    assert roles == [
        ("Tehran", "government"),
        ("Washington", "government"),
        ("Tehran", "government"),
        ("Tehran", "government"),
        ("Washington", "government"),
        ("Tehran", "place"),
    ]


def test_event_place_from_its_own_clause():
    place = place_of_event(
        "Shelling hit a market on the outskirts of Kharkiv, officials in Kyiv said.", "hit"
    )
    assert (place.name, place.source, place.precision) == ("Kharkiv", "clause", "city")


def test_event_place_from_a_locative_compound():
    place = place_of_event("Investigators studied the Kabul airport bombing for months.", "bombing")
    assert (place.country, place.precision, place.source) == ("AFG", "facility", "clause")


def test_event_without_its_own_place_takes_the_dateline():
    text = (
        "KYIV, March 3 (Reuters) - Officials in Lviv said a missile strike had killed two people."
    )
    place = place_of_event(text, "killed")
    assert (place.name, place.source, place.text) == ("Kyiv", "article", "KYIV")


@pytest.mark.parametrize(
    "dateline",
    [
        "KYIV (AP) _ ",
        "KYIV, Ukraine (AP)_ ",
        "KYIV, March 3 (Xinhua) --\n\n",
        "KYIV —\xa0",
        "Kyiv (AFP) – ",
    ],
)
def test_wire_datelines_set_an_event_without_its_own_place(dateline: str):
    """The AP's underscore, a dash before a line break or a no-break space, a city not in
    capitals before an outlet's mark: each a dateline as much as "KYIV -"."""
    text = dateline + "Officials in Lviv said a missile strike had killed two people."
    place = place_of_event(text, "killed")
    assert (place.name, place.source) == ("Kyiv", "article")


@pytest.mark.parametrize(
    "opening",
    [
        "Kyiv (Ukraine) - Officials in Lviv said a missile strike had killed two people.",
        "Kyiv - Officials in Lviv said a missile strike had killed two people.",
    ],
)
def test_openings_that_are_no_datelines(opening: str):
    """A city not in capitals before no outlet's mark opens a headline or a sentence, not a
    dateline."""
    assert dateline_at(opening) is None


def test_a_dateline_in_another_country_than_the_story_gives_way():
    """A wire story is often filed from where the reporter sits: datelined Madrid, set in
    Kenya by what it names, an act with no place of its own is in Kenya."""
    text = (
        "MADRID - Police in Nairobi searched the market on Monday. Traders in Nairobi and"
        " Mombasa closed their stalls.\nA bomb killed two people."
    )
    place = place_of_event(text, "killed")
    assert (place.name, place.source) == ("Nairobi", "article")


def test_event_place_in_the_clause_beats_the_dateline():
    text = "KYIV, March 3 - Drones struck a depot near Odesa overnight."
    place = place_of_event(text, "struck")
    assert (place.name, place.source) == ("Odesa", "clause")


def test_event_without_any_place_evidence_has_none():
    text = "Delegates in Oslo signed an accord. Later, a ministry spokesman resigned in protest."
    assert place_of_event(text, "resigned") is None


def test_the_dominant_place_stands_in_when_named_more_than_once():
    text = (
        "Residents of Mosul described the raid. In Mosul, shops stayed shut.\n"
        "A spokesman resigned on Monday."
    )
    place = place_of_event(text, "resigned")
    assert (place.name, place.source) == ("Mosul", "article")


def test_a_country_named_as_an_actor_still_counts_toward_the_setting():
    """Places alone tie (Chad twice, Cameroon twice); "Chad says" tells where the story is."""
    text = (
        "Chad says rebels attacked villages\n"
        "Chad said on Tuesday that rebels attacked villages in eastern Chad. Officials in Chad"
        " said troops were sent. Villagers fled to Cameroon, and aid groups in Cameroon said the"
        " camps were full. Rebels later ambushed a convoy."
    )
    place = place_of_event(text, "ambushed")
    assert (place.country, place.source) == ("TCD", "article")


def test_a_country_named_mostly_as_a_government_does_not_set_a_story_told_elsewhere():
    """The United States is named five times, all as a government; Kabul twice as a place."""
    text = (
        "U.S. Troops Begin Leaving\n"
        "The United States said on Sunday that U.S. troops would leave by September. Washington"
        " said U.S. forces would keep a small guard. Officials in Kabul said the Taliban had"
        " warned them. In Kabul, shops stayed shut. Gunmen later ambushed a convoy."
    )
    place = place_of_event(text, "ambushed")
    assert (place.name, place.source) == ("Kabul", "article")


def test_a_city_named_as_often_as_its_country_is_the_setting():
    text = (
        "Rebels Attack Villages In Chad\n"
        "Residents of N'Djamena described the raid. In N'Djamena, shops stayed shut. Aid groups"
        " in Chad said the camps were full. Rebels later ambushed a convoy."
    )
    place = place_of_event(text, "ambushed")
    assert (place.name, place.source) == ("N'Djamena", "article")


def test_a_government_is_never_the_place_of_an_event():
    text = "Tehran condemned the raid, which killed four people."
    assert place_of_event(text, "condemned") is None


@pytest.fixture(scope="module")
def founding(shared):
    text = (shared / "acceptance" / "seed-soleimani.txt").read_text(encoding="utf-8")
    return read(text)


def event_place_at(founding, trigger: str, after: str):
    parse, analysis = founding
    start = analysis.article.text.index(after)
    index = next(word.i for word in parse if word.text == trigger and word.idx > start)
    return place_for_event(parse, index, analysis)


def test_founding_article_strike_at_baghdad_airport(founding):
    for trigger in ("strike", "killed"):
        place = event_place_at(founding, trigger, "Soleimani and senior")
        assert (place.country, place.admin1, place.precision) == ("IRQ", "Baghdad", "facility")
        assert distance_km(place.lat, place.lon, 33.26, 44.23) < 5


def test_founding_article_retaliation_in_iraq(founding):
    place = event_place_at(founding, "firing", "Iran responded")
    assert (place.name, place.precision, place.source) == ("Iraq", "country", "clause")


def test_founding_article_talks_in_vienna(founding):
    place = event_place_at(founding, "talks", "Right now")
    assert (place.name, place.country, place.source) == ("Vienna", "AUT", "clause")


def test_founding_article_tehran_and_washington_are_governments(founding):
    _, analysis = founding
    roles = {place.role for place in analysis.places if place.text in ("Tehran", "Washington")}
    assert roles == {"government"}


def test_a_noun_trigger_does_not_borrow_the_place_of_another_event():
    text = "The group swore revenge on France for the killing of its commander last year."
    assert place_of_event(text, "killing") is None
    (france,) = places_named(text, "France")
    assert france.role == "government"  # a party to the revenge, not a location


def test_a_noun_trigger_takes_the_place_of_its_own_phrase():
    text = "The group mourned the killing of its commander in a raid near Timbuktu."
    place = place_of_event(text, "killing")
    assert (place.name, place.country, place.source) == ("Timbuktu", "MLI", "clause")


def test_the_subject_phrase_places_an_event_whose_clause_names_none():
    place = place_of_event("Police in Jericho seized a cache of rifles on Friday.", "seized")
    assert (place.name, place.source) == ("Jericho", "clause")


def test_a_place_in_apposition_and_a_destination():
    place = place_of_event("Rebels set off bombs in the capital, Kabul, on Monday.", "set")
    assert (place.name, place.source) == ("Kabul", "clause")
    place = place_of_event("The suspect was extradited to Britain last week.", "extradited")
    assert (place.name, place.precision) == ("United Kingdom", "country")


def test_a_direction_word_keeps_the_place_and_says_its_precision():
    (place,) = places_named("Troops retook villages in Western Cambodia.", "Western Cambodia")
    assert (place.name, place.precision, place.country) == ("Cambodia", "country", "KHM")


def test_a_country_name_beats_a_foreign_town_of_that_name():
    (place,) = places_named("Unrest spread across Montenegro this week.", "Montenegro")
    assert (place.country, place.precision) == ("MNE", "country")


def test_well_known_readings_win_without_context():
    (washington,) = places_named("Thousands marched in Washington on Saturday.", "Washington")
    assert (washington.admin1, washington.precision) == ("District of Columbia", "city")
    (oregon,) = places_named("Wildfires spread across Oregon overnight.", "Oregon")
    assert (oregon.precision, oregon.admin1) == ("admin1", "Oregon")


def test_a_dateline_with_an_ap_state_abbreviation():
    text = "FLINT, Mich. (AP) - Residents lined up for bottled water on Tuesday."
    _, analysis = read(text)
    flint, state = analysis.places[:2]
    assert (flint.text, flint.country, flint.admin1) == ("FLINT", "USA", "Michigan")
    assert (state.text, state.name) == ("Mich.", "Michigan")


def test_names_of_people_are_not_places():
    text = "Barack Obama spoke in Chicago. Later Obama met donors, and Jr. left."
    _, analysis = read(text)
    assert [place.text for place in analysis.places] == ["Chicago"]


def test_a_person_the_article_names_is_no_place_after_on():
    text = (
        "Carla Mendes said the police had arrested Daniel Lopez. He was charged with an assault"
        " on Mendes, and the commissioner commented on Lopez after a visit to Obama in Japan."
    )
    _, analysis = read(text)
    assert [place.text for place in analysis.places] == ["Obama", "Japan"]


def test_the_same_text_gives_the_same_places():
    text = "Protests spread from Tehran to Isfahan and Shiraz after the fuel price rise."
    assert read(text)[1].places == read(text)[1].places


def test_a_town_outside_the_gazetteer_takes_its_qualifier_at_that_precision():
    text = "FAIRVIEW, W.Va. - Miners met in Kenansville, N.C., and in Berlin, Poland and Romania."
    _, analysis = read(text)
    by_text = {place.text: place for place in analysis.places}
    assert (by_text["FAIRVIEW"].name, by_text["FAIRVIEW"].precision) == ("West Virginia", "admin1")
    assert (by_text["Kenansville"].name, by_text["Kenansville"].precision) == (
        "North Carolina",
        "admin1",
    )
    assert (by_text["Berlin"].country, by_text["Berlin"].precision) == ("DEU", "city")  # a list


def test_an_event_named_in_passing_takes_no_place_from_the_setting():
    """The story is set in Mosul; the arrests the minister wept over were not told as there."""
    text = (
        "Police Raid Homes In Mosul\n"
        "Police raided homes in Mosul on Monday. In Mosul, shops stayed shut. The minister, who"
        " once wept over the arrests of opposition leaders, defended the raids on Tuesday."
    )
    events = analyze(text, published="2024-03-06").events
    places = {event.trigger.text: event.place for event in events}
    assert places["arrests"] is None
    assert places["raided"].name == "Mosul"


def test_easing_a_tariff_takes_no_place_from_the_setting():
    """Lifting or delaying a tariff is a decision with no place; troops pulling back have one."""
    text = (
        "Ottawa Eases Trade Row\n"
        "Officials in Ottawa met on Monday. In Ottawa, markets rose. Canada delayed its tariffs on"
        " U.S. dairy products on Tuesday, and Canadian troops withdrew from a border post."
    )
    events = analyze(text, published="2024-03-06").events
    places = {event.trigger.text.split()[0]: event.place for event in events}
    assert places["delayed"] is None
    assert places["withdrew"].name == "Ottawa"


def test_an_act_not_yet_done_takes_no_place_from_the_setting():
    """Set in Kisumu: an arrest that will happen, or did not, has no place of its own there;
    a threat's act stays the story's, and so does the arrest that was made."""
    text = (
        "Police Arrest Miners In Kisumu\n"
        "Police arrested 12 miners in Kisumu on Monday. In Kisumu, shops stayed shut. The army"
        " will arrest the smugglers next week, the governor said. Police did not detain the"
        " strike leaders."
    )
    events = analyze(text, published="2024-03-06").events
    places = {event.trigger.text.split()[0]: event.place for event in events}
    assert places["arrested"].name == "Kisumu"
    assert places["arrest"] is None
    assert places["detain"] is None


def test_the_city_points_back_to_the_town_last_named():
    """Set in Kisumu by its dateline: "in the city" is Eldoret, named just before, not the
    setting."""
    text = (
        "KISUMU, Kenya — Gunmen attacked a bus in Eldoret on Monday and killed 9 passengers."
        " Days later, a bomb blast wounded 4 traders in the city, police said."
    )
    events = analyze(text, published="2024-03-06").events
    places = {event.trigger.text: event.place for event in events}
    assert places["attacked"].name == "Eldoret"
    assert places["wounded"].name == "Eldoret"
    assert places["wounded"].source == "clause"


def test_a_capital_standing_for_its_government_is_no_place():
    """A capital read as its state is a party to the act, not where it happened; after a
    locative preposition it is still a place."""
    text = (
        "Uganda's envoy defended Nairobi and Kampala's border pact on Friday. Kenyan and Ugandan"
        " officials held talks in Nairobi on Monday."
    )
    events = analyze(text, published="2024-03-06").events
    places = {event.trigger.text: event.place for event in events}
    assert places["defended"] is None
    assert places["talks"].name == "Nairobi"


def test_an_act_told_without_a_day_takes_no_place_from_the_setting():
    """Set in Kisumu: burnings told in the present perfect and a persecution in the present
    have no day, and no place of their own; the arrest told on its day keeps the setting."""
    text = (
        "Police Arrest Miners In Kisumu\n"
        "Police arrested 12 miners in Kisumu on Monday. In Kisumu, shops stayed shut. Army units"
        " have burned dozens of farms, officials said. Farmers say they are being persecuted by"
        " the army."
    )
    events = analyze(text, published="2024-03-06").events
    places = {event.trigger.text: event.place for event in events}
    assert places["arrested"].name == "Kisumu"
    assert places["burned"] is None
    assert places["persecuted"] is None


def test_an_act_of_other_countries_on_each_other_takes_no_place_from_the_setting():
    """Set in Kisumu: Tanzanian troops acting on Ugandan smugglers say nothing of Kenya; acting
    on smugglers the text gives no country, or by Kenyan police, the setting stands."""
    text = (
        "KISUMU, Kenya — Police arrested 12 miners in Kisumu on Monday. Tanzanian troops killed 9"
        " Ugandan smugglers on Tuesday. Tanzanian troops detained 5 smugglers on Wednesday."
        " Kenyan police shot 3 Ugandan smugglers on Thursday."
    )
    events = analyze(text, published="2024-03-08").events
    places = {event.trigger.text: event.place for event in events}
    assert places["killed"] is None
    assert places["detained"].name == "Kisumu"
    assert places["shot"].name == "Kisumu"


def test_an_act_whose_sentence_names_only_places_abroad_takes_no_place_from_the_setting():
    """Datelined Kisumu: a blast its sentence puts in Kampala did not happen in Kisumu; where
    the sentence also names a Kenyan place, or names Uganda only as an actor, the setting
    stands."""
    text = (
        "KISUMU, Kenya — Police arrested 12 miners in Kisumu on Monday. A bomb that went off"
        " outside a bank in Kampala on Tuesday killed 9 people, officials said. Gunmen attacked"
        " traders from Nakuru and Kampala on Wednesday. Uganda's soldiers shot 3 smugglers on"
        " Thursday."
    )
    events = analyze(text, published="2024-03-08").events
    places = {event.trigger.text: event.place for event in events}
    assert places["killed"] is None
    assert places["attacked"].name == "Kisumu"
    assert places["shot"].name == "Kisumu"


def test_a_legislators_party_and_state_label_is_no_place():
    text = "Sen. Dana Holt (R-Utah) and Rep. Lee Park (D-N.Y.) met voters in Boise on Monday."
    _, analysis = read(text)
    assert [place.text for place in analysis.places] == ["Boise"]


def test_an_english_phrase_is_not_read_as_a_citys_translated_name():
    text = "The prime minister was received at the White House on Tuesday."
    _, analysis = read(text)
    assert all(place.country != "MAR" for place in analysis.places)


def test_the_white_house_is_a_place_in_washington_and_a_government_when_it_acts():
    """Where a meeting is held it places the event; where it speaks it is the US government."""
    assert place_of_event("Biden met Kishida at the White House on Friday.", "met").country == (
        "USA"
    )
    assert place_of_event("The White House condemned the raid on Friday.", "condemned") is None
    assert analyze("The White House condemned the raid on Friday.").events[0].source[0].code == (
        "USAGOV"
    )


def test_a_hyphenated_or_joined_country_name_is_taken_whole():
    text = "Aid flights landed in Guinea-Bissau, Timor-Leste and Trinidad and Tobago this week."
    _, analysis = read(text)
    found = {place.text: place.country for place in analysis.places}
    assert found == {"Guinea-Bissau": "GNB", "Timor-Leste": "TLS", "Trinidad and Tobago": "TTO"}


def test_a_small_town_abroad_yields_to_a_reading_in_the_storys_country():
    text = "Indonesia said the tourists returned to Bali after the volcano calmed down."
    (bali,) = places_named(text, "Bali")
    assert (bali.country, bali.precision) == ("IDN", "admin1")


def placed_events(text: str) -> dict[str, tuple | None]:
    """Trigger's first word → (place name, source) of each event, as a user reads them."""
    return {
        event.trigger.text.split()[0]: event.place and (event.place.name, event.place.source)
        for event in analyze(text, published="2024-03-06").events
    }


def test_an_act_in_words_is_placed_where_it_was_done_not_where_its_topic_is():
    """A demand, a criticism or a sanction is made where its doer is: the place of the thing it
    is about ("a new election in Moldova", "investment in Sindh province") or of a participant
    ("an institute headquartered in Copenhagen") is not where it was said or decided. Talks
    with a party somewhere, a meeting at a site in a town, and an attack on a thing in a place
    are still placed there."""
    assert placed_events("The senator on Monday called for a new election in Moldova.") == {
        "called": None
    }
    assert placed_events("The governor opposes foreign investment in Sindh province.") == {
        "opposes": None
    }
    sanctioned = "The Harbor Institute, headquartered in Copenhagen, was sanctioned by Beijing."
    assert placed_events(sanctioned) == {"sanctioned": None}
    talks = "The envoy held talks with rebel leaders in Nairobi on Monday."
    assert placed_events(talks) == {"talks": ("Nairobi", "clause")}
    met = "Ministers from both countries met at a hotel in Mombasa on Tuesday."
    assert placed_events(met) == {"met": ("Mombasa", "clause")}
    hosted = "The Kenyan president hosted the Ugandan president in Nairobi on Monday."
    assert placed_events(hosted)["hosted"][0] == "Nairobi"  # a visit: where they met
    attacked = "Gunmen attacked a police convoy in Kandahar on Sunday."
    assert placed_events(attacked)["attacked"][1] == "clause"


@pytest.mark.parametrize("name", ["Puntland", "Jubaland", "Hirshabelle", "Galmudug", "Somaliland"])
def test_the_member_states_of_somalia_are_in_somalia(name: str) -> None:
    (state,) = places_named(f"Clan elders in {name} met on Monday to discuss the drought.", name)
    assert (state.country, state.precision) == ("SOM", "admin1")
