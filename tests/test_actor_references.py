"""Actors whose country comes from words the article said before them: a definite role phrase
("the government", "our soldiers") and "the Council", a "they" standing for a group or for
protesters, and the demonyms the tables know. Sentences are invented for these tests."""

from __future__ import annotations

from news_events import events_of

from eventwire import analyze
from eventwire.annotate.actors import resolve_actor_text
from eventwire.records import ActorRef, Event


def actor(events: list[Event], text: str) -> ActorRef:
    (found,) = {a for e in events for a in (*e.source, *e.target) if a.text == text}
    return found


def test_the_government_is_the_government_the_article_named_with_evidence() -> None:
    events = events_of(
        "Malawian authorities approved a new land law on Monday. The law allows the government "
        "to seize farms owned by opposition figures."
    )
    government = actor(events, "the government")
    assert government.code == "MWIGOV"
    assert government.code_from is not None
    assert government.code_from.rule == "antecedent"
    assert government.code_from.text == "Malawian authorities"


def test_our_soldiers_and_the_countrys_forces_are_those_named_before() -> None:
    events = events_of(
        "Security forces in Mali say they repelled an attack on an army base near Gao. "
        "\u201cOur brave soldiers killed ten attackers,\u201d a regional governor said. "
    )
    assert actor(events, "Our brave soldiers").code == "MLIMIL"
    events = events_of(
        "Guinean police detained two journalists in Conakry on Monday. "
        "On Tuesday the country's police arrested an opposition leader."
    )
    assert actor(events, "the country's police").code == "GINCOP"


def test_a_role_named_for_two_countries_before_stays_uncoded() -> None:
    events = events_of(
        "Chadian troops and Nigerien troops patrolled the border on Monday. "
        "The military attacked a rebel camp on Tuesday."
    )
    military = actor(events, "The military")
    assert (military.code, military.code_from) == (None, None)


def test_an_international_force_is_not_the_army_but_may_be_the_troops() -> None:
    text = (
        "Malian soldiers backed by United Nations troops retook the town of Gao on Monday. "
        "On Tuesday {} shelled a rebel position outside the town."
    )
    assert actor(events_of(text.format("the army")), "the army").code == "MLIMIL"
    troops = actor(events_of(text.format("the troops")), "the troops")
    assert troops.code is None


def test_a_role_with_no_earlier_actor_stays_uncoded() -> None:
    events = events_of("The military shelled a village near the border on Monday.")
    assert actor(events, "The military").code is None


def test_the_council_is_the_council_named_before() -> None:
    events = events_of(
        "Ghana asked the U.N. Security Council to meet on the crisis. "
        "The Council condemned the attack on Friday."
    )
    council = actor(events, "The Council")
    assert council.code == "IGOUNO"
    assert council.code_from is not None and council.code_from.rule == "antecedent"


def test_they_standing_for_protesters_takes_the_place_of_their_protest() -> None:
    events = events_of("Demonstrators sang as they marched in Lilongwe on Friday.")
    they = actor(events, "they")
    assert they.code == "MWICVL"
    assert they.code_from is not None and they.code_from.text == "Lilongwe"


def test_they_after_a_group_of_people_is_the_group() -> None:
    events = events_of(
        "Thousands of Malawians began protesting last year over fuel prices. "
        "They demanded the resignation of the finance minister."
    )
    assert actor(events, "They").code == "MWI"


def test_demonyms_the_tables_know() -> None:
    assert resolve_actor_text("Somalian President Ali Warsame") == "SOMGOV"
    assert resolve_actor_text("C.A.R. forces") == "CAFMIL"
    assert resolve_actor_text("Turks") == "TUR"
    assert resolve_actor_text("Scottish police") == "GBRCOP"


def test_police_take_the_country_of_the_place_their_act_happens_in() -> None:
    events = events_of("Police fired tear gas at striking teachers in Lilongwe on Monday.")
    police = actor(events, "Police")
    assert police.code == "MWICOP"
    assert police.code_from is not None and police.code_from.rule == "home_place"
    assert police.code_from.text == "Lilongwe"
    (shelling,) = [e for e in events_of("Troops shelled a village in Malawi on Friday.")]
    assert [a.code for a in shelling.source] == [None]


def test_courts_take_the_country_of_the_place_the_sentence_names() -> None:
    events = events_of(
        "A judge in Lusaka ordered a new trial on Monday, after another court revoked bail "
        "for the editor in Lusaka last year."
    )
    court = actor(events, "another court")
    assert court.code == "ZMBJUD"
    assert court.code_from is not None and court.code_from.rule == "home_place"
    assert court.code_from.text == "Lusaka"


def test_police_abroad_in_the_sentence_stay_uncoded() -> None:
    events = events_of("Police arrested two Malawian traders who had crossed from Zambia.")
    assert [a.code for e in events for a in e.source if a.text == "Police"] == [None]


def test_bare_police_refer_back_to_the_police_named_before() -> None:
    events = events_of(
        "Zambian police arrested six miners in a copper town on Monday. "
        "Police later fired tear gas at their relatives."
    )
    police = actor(events, "Police")
    assert police.code == "ZMBCOP"
    assert police.code_from is not None and police.code_from.text == "Zambian police"
    events = events_of(
        "Zambian troops and Malawian troops patrolled the border. Troops fired at smugglers."
    )
    assert [a.code for e in events for a in e.source if a.text == "Troops"] in ([], [None])


def test_a_speakers_own_we_keeps_its_words_and_takes_the_speakers_code() -> None:
    events = events_of(
        '"We are ready to reopen the border," Malawian Foreign Minister Ana Banda said on Monday.'
    )
    (we,) = {a for e in events for a in e.source}
    assert (we.text, we.code, we.name) == ("We", "MWIGOV", "Ana Banda")
    assert we.code_from is not None and we.code_from.rule == "speaker"
    assert we.code_from.text == "Malawian Foreign Minister Ana Banda"
    events = events_of("Zambia said on Monday that it would close the border with Malawi.")
    assert "Zambia" in {a.text for e in events for a in e.source}


def test_a_role_owned_by_a_pronoun_is_the_owners() -> None:
    events = events_of("Malawi said on Tuesday its forces had withdrawn from the border town.")
    forces = actor(events, "its forces")
    assert forces.code == "MWIMIL"
    assert forces.code_from is not None and forces.code_from.text == "Malawi"
    events = events_of("Zambian farmers said their leaders had been arrested by police.")
    assert actor(events, "their leaders").code == "ZMBAGR"


def test_a_country_that_acts_is_a_government_the_government_may_refer_to() -> None:
    text = "Zambia closed its border on Monday. {}On Tuesday the government expelled two traders."
    government = actor(events_of(text.format("")), "the government")
    assert government.code == "ZMBGOV"
    assert government.code_from is not None and government.code_from.text == "Zambia"
    other = "Malawian officials protested the closure. "
    assert actor(events_of(text.format(other)), "the government").code is None


def test_the_rebels_are_the_rebels_named_before() -> None:
    events = events_of(
        "Malian rebels seized a border post on Monday. On Tuesday the rebels attacked a convoy."
    )
    assert actor(events, "the rebels").code == "MLIREB"


def test_a_sentences_opening_preposition_is_no_part_of_a_name() -> None:
    analysis = analyze(
        "Beyond Ukraine, the envoys also talked about fishing rights. Ukraine rejected "
        "the Russian proposal on Monday.",
        published="2024-03-04",
    )
    people = [entity.name for entity in analysis.entities if entity.type == "PERSON"]
    assert not any(name.startswith("Beyond") for name in people)
    assert actor(analysis.events, "Ukraine").code == "UKR"


def test_a_role_owned_by_a_described_person_takes_the_descriptions_code() -> None:
    events = events_of(
        "Colonel Pablo Reyes of Chile visited the border on Monday. The Bolivian army chief "
        "said on Tuesday that his forces had killed 40 smugglers near Oruro."
    )
    forces = actor(events, "his forces")
    assert forces.code == "BOLMIL"
    assert forces.code_from is not None
    assert forces.code_from.text == "The Bolivian army chief"


def test_both_countries_are_the_two_countries_named_just_before() -> None:
    events = events_of(
        "Chile and Bolivia were close partners for years. Relations froze in 2019, when both "
        "countries withdrew their ambassadors."
    )
    pair = [a for e in events for a in e.source if a.text == "both countries"]
    assert sorted(a.code for a in pair) == ["BOL", "CHL"]
    assert {a.code_from.text for a in pair if a.code_from} == {"Chile", "Bolivia"}


def test_the_leaders_stay_uncoded_where_three_countries_were_named() -> None:
    events = events_of(
        "Chile, Peru and Bolivia held a summit in Lima on Monday. The two leaders signed a "
        "border agreement on Tuesday."
    )
    assert {a.code for e in events for a in e.source if a.text == "The two leaders"} <= {None}


def test_the_government_is_the_one_its_recent_sentences_name() -> None:
    """Two countries' governments in the article: "the government" is the one its own and
    the two sentences before it tell of, not one named paragraphs earlier."""
    events = events_of(
        "Washington lifted its travel ban in May, U.S. officials said. "
        "Tourism fell across Europe this spring. Hotels on the coast stayed empty. "
        "Italian authorities extended the lockdown in six regions on Friday. "
        "The government refused to reopen the borders to visitors."
    )
    government = actor(events, "The government")
    assert government.code == "ITAGOV"
    assert government.code_from is not None
    assert government.code_from.text == "Italian authorities"


def test_they_stands_for_a_name_whose_verb_is_plural() -> None:
    """A name the tagger reads as singular ("the Taliban are") is plural by its verb."""
    events = events_of(
        "Ministers met in Kabul on Sunday. \u201cIf the Taliban are serious about peace, then "
        "they must stop attacking schools,\u201d Ahmad Wali told reporters."
    )
    they = actor(events, "they")
    assert they.code == "AFGGOV", "the Taliban rule Afghanistan on the article's date"


def test_the_government_a_head_of_state_accuses_is_another_countrys() -> None:
    """Kenya's president accusing "the government" accuses another country's: the phrase is
    the object of his act, so it takes the country named before that is not his."""
    events = events_of(
        "Uganda arrested three Kenyan traders on Monday. The traders were held in Kampala. "
        "Their families were not told. Kenya protested the arrests on Tuesday. "
        "Kenyan President William Ruto accused the government of harassing traders."
    )
    government = actor(events, "the government")
    assert government.code == "UGAGOV"
    assert government.code_from is not None
    assert government.code_from.text == "Uganda"
    local = events_of(
        "Somalia accused Kenya of violating its airspace on Monday. "
        "Local officials in Garissa urged the government to send more troops."
    )
    assert actor(local, "the government").code != "SOMGOV", "a lower tier urges its own"


def test_the_government_that_acts_on_a_named_country_is_not_that_countrys() -> None:
    """Two governments in the recent sentences: "the government" that accuses Somalia or
    demands something of Mogadishu is the other one, named before it."""
    events = events_of(
        "Kenya deployed troops to the border on Monday. Kenyan police said Somalia sheltered "
        "militants. The government accused Somalia of harboring militants."
    )
    government = actor(events, "The government")
    assert government.code == "KENGOV"
    assert government.code_from is not None
    assert government.code_from.text == "Kenya"
    demanded = events_of(
        "Kenya deployed troops to the border on Monday. Kenyan police said Somalia sheltered "
        "militants. The government demanded that Mogadishu close the camps."
    )
    assert actor(demanded, "The government").code == "KENGOV"
    placed = events_of(
        "Kenya deployed troops to the border on Monday. Somalia accused Kenya of shelling a "
        "village. The government imposed a curfew on two towns in Somalia."
    )
    assert actor(placed, "The government").code != "KENGOV", "a place says where, not whom"


def test_it_stands_for_a_countrys_body_its_subject_named_before() -> None:
    """An "it" no name takes refers back to the subject that names a country's body by its
    role ("The Chilean government"), as "Chile ... It" does; a thing before it is no actor."""
    events = events_of(
        "The Chilean government condemned the Peruvian navy on Monday. "
        "It accused Peru of entering Chilean waters."
    )
    accused = [e for e in events if e.trigger.text == "accused"]
    assert [a.code for e in accused for a in e.source] == ["CHLGOV"]
    evidence = accused[0].source[0].code_from
    assert evidence is not None
    assert (evidence.rule, evidence.text) == ("antecedent", "The Chilean government")
    thing = events_of(
        "The Chilean report angered the Peruvian navy on Monday. "
        "It accused Peru of entering Chilean waters."
    )
    assert not [a.code for e in thing for a in e.source if a.text == "It" and a.code]


def test_its_forces_are_those_of_the_body_its_subject_named() -> None:
    events = events_of(
        "The Ghanaian army said on Friday that its soldiers had arrested twelve smugglers "
        "near the border with Togo."
    )
    assert actor(events, "its soldiers").code == "GHAMIL"


def test_it_after_the_group_is_the_group_the_phrase_points_back_to() -> None:
    """ "the group said it ... It also accused": the group's "it" passes on, and the group is
    the armed group named before."""
    events = events_of(
        "Al-Shabab fighters attacked an army base in Somalia on Monday. In a statement, the group "
        "said it had killed ten soldiers. It also accused Kenya of bombing villages."
    )
    accused = [e for e in events if e.trigger.text == "accused"]
    assert [a.code for e in accused for a in e.source] == ["SOMREB"]


def test_it_after_a_report_is_the_reporter_not_the_reported_subject() -> None:
    """ "The Chilean government said the navy had ... It accused": the sentence after a report
    goes on about the body that reported, not the subject of what it said; inside the report
    its own subject stays the antecedent, and a person who reports is no "it"."""
    events = events_of(
        "The Chilean government said the navy had detained four fishermen. "
        "It accused Peru of entering Chilean waters."
    )
    accused = [e for e in events if e.trigger.text == "accused"]
    assert [a.code for e in accused for a in e.source] == ["CHLGOV"]
    evidence = accused[0].source[0].code_from
    assert evidence is not None
    assert (evidence.rule, evidence.text) == ("antecedent", "The Chilean government")
    inside = events_of(
        "The Chilean government said the Peruvian army had attacked a fishing village and its "
        "soldiers had arrested four fishermen."
    )
    assert actor(inside, "its soldiers").code == "PERMIL"
    by_a_person = events_of(
        "The Chilean minister said the Peruvian army had arrested four fishermen. "
        "It accused them of smuggling."
    )
    accused = [e for e in by_a_person if e.trigger.text == "accused"]
    assert [a.code for e in accused for a in e.source] == ["PERMIL"]
