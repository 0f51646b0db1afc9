from __future__ import annotations

import pytest

from eventwire.annotate.actors import resolve_actor_text, resolve_actor_texts, resolve_actors
from eventwire.annotate.entities import find_entities
from eventwire.codebooks.actors import read_petrarch_actors, read_petrarch_agents
from eventwire.nlp import load_nlp
from eventwire.pipeline import analyze, check_settings, sentences_of
from eventwire.readers.text import article_from_text
from eventwire.records import Analysis
from eventwire.settings import Settings, in_force


def read(text: str, published: str | None = None) -> tuple:
    """Parse and run the entity stage, as analyze() does before events ask for actors."""
    article = article_from_text(text, published=published)
    parse = load_nlp()(article.text)
    analysis = Analysis(article=article, sentences=sentences_of(parse))
    analysis.entities = find_entities(parse, analysis)
    return parse, analysis


def actors_of(parse, analysis, phrase: str, before: str = "") -> list:
    """resolve_actors over the tokens of `phrase` where it first comes right before `before`."""
    start = analysis.article.text.index(phrase + before)
    span = parse.char_span(start, start + len(phrase), alignment_mode="expand")
    return resolve_actors(parse, span.start, span.end, analysis)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Russian forces", "RUSMIL"),
        ("the Iranian government", "IRNGOV"),
        ("Egyptian riot police", "EGYCOP"),
        ("Sudanese rebels", "SDNREB"),
        ("the Kremlin", "RUSGOV"),
        ("the Pentagon", "USAMIL"),
        ("the Revolutionary Guards", "IRNMIL"),
        ("the UN Security Council", "IGOUNO"),
        ("NATO", "IGOWSTNAT"),
        ("the president of Armenia", "ARMGOV"),
        ("two US bases in Iraq", "USAMIL"),
        ("Northern Ireland", "GBR"),  # part of the United Kingdom, not Ireland
        ("Ireland", "IRL"),
        ("members of the Kenyan parliament", "KENLEG"),  # the group is the actor
        ("thousands of Kenyans", "KEN"),
        ("Bosnian Croats", "BIH"),  # where they live, not who they are
        ("the Finnish language", None),
        ("peacekeepers in Kenya", None),  # where they are, not whose
        ("troops from Kenya", "KENMIL"),
        ("rebels in Kenya", "KENREB"),
        ("the government in Kabul", "AFGGOV"),
        ("an anti-Syria journalist", None),  # an attitude, not an affiliation
        ("post-Soviet states", None),  # a time, not an affiliation
        ("the Soviet Union", "SUN"),  # "Union" in a country's name is no trade union
        ("Soviet troops", "SUNMIL"),
        ("the Union of the Comoros", "COM"),
        ("a North Korean expert", None),  # the field studied, not the expert's country
        ("a senior Bolivia analyst", None),
        ("a Kenyan security analyst", "KEN"),  # a word between: the analyst's country
        ("Chilean researchers", "CHL"),
        ("a newspaper based in Nairobi", "KENMED"),
        ("a Bolivian navy spokesman", "BOLMIL"),  # one who speaks for a body is of its kind
        ("a Peruvian police official", "PERCOP"),
        ("a Bolivian spokesman", "BOLGOV"),
        ("the Chilean military government", "CHLGOV"),  # a government, not a representative
        ("Peruvian religious leaders", "PERREL"),  # leaders of what they lead, not the state
        ("Peruvian community leaders", "PERCVL"),
        ("Peruvian protest leaders", "PERCVL"),
        ("Peruvian leaders", "PERGOV"),
        ("a Kenyan general", "KENMIL"),
        ("the Kenyan secretary-general", "KENGOV"),  # a title ending in "general": no officer
        ("Kenya's surgeon general", "KENGOV"),
        ("a Kenyan general manager", "KENBUS"),
        ("the ruling National Congress Party", None),  # a party named with "Congress" inside
        ("Peru's Congress", "PERLEG"),  # a home-press name owned by another country
        ("the Peruvian Congress", "PERLEG"),
        ("the Pakistani Foreign Office", "PAKGOV"),
        ("Kenya's State Department", "KENGOV"),
        ("the Mexican Border Patrol", "MEXCOP"),
        ("the U.S. Congress", "USALEG"),  # the table's own country: the body itself
        ("Russia's Federal Security Service", "RUSSPY"),
        ("the Iranian Revolutionary Guard Corps", "IRNMIL"),
        ("a U.S. Senate committee", "USALEG"),  # a name the body starts is its own part
        ("the White House Situation Room", "USAGOV"),
        ("Obama's State Department", "USAGOV"),  # an owner that is no country
        ("opposition groups in Malawi", "MWIOPP"),
        ("a terror group based in Lusaka", "ZMBREB"),
        ("Kenya's National Security Council", "KENGOV"),  # no UN body inside a national one
        ("the White House National Security Council", "USAGOV"),
    ],
)
def test_country_and_role_codes_from_bare_text(phrase: str, code: str) -> None:
    assert resolve_actor_text(phrase) == code


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("New Mexico police arrested two men on Tuesday.", "New Mexico police", "USACOP"),
        ("The governor of New South Wales criticized the plan.", "The governor", "AUSGOV"),
        ("The Mexican army attacked New Mexico ranchers.", "New Mexico ranchers", "USA"),
        # the longer name lies in the country itself
        ("Mexico City police arrested two men on Tuesday.", "Mexico City police", "MEXCOP"),
    ],
)
def test_a_country_name_inside_a_foreign_place_name_is_that_place(
    text: str, words: str, code: str
) -> None:
    actors = [a for e in analyze(text, published="2024-03-05").events for a in e.source + e.target]
    assert [a.code for a in actors if a.text.startswith(words)] == [code]


def test_words_that_name_no_actor_get_no_code() -> None:
    assert resolve_actor_text("the rebels") is None
    assert resolve_actor_text("world powers") is None
    assert resolve_actor_text("the killing of all Dutch leaders") is None
    assert resolve_actor_text("us") is None


def test_compound_actors_stay_a_list() -> None:
    assert resolve_actor_texts("Hungary and Romania") == ("HUN", "ROU")
    parse, analysis = read("Talks\nGreek and Turkish diplomats met in Geneva on Friday.\n")
    refs = actors_of(parse, analysis, "Greek and Turkish diplomats")
    assert [(ref.text, ref.code) for ref in refs] == [
        ("Greek", "GRCGOV"),
        ("Turkish diplomats", "TURGOV"),
    ]
    text = analysis.article.text
    assert all(text[ref.start : ref.end] == ref.text for ref in refs)


def test_capital_is_its_government_unless_it_is_a_place() -> None:
    parse, analysis = read(
        "Border Row\nAnkara rejected the plan on Monday. Diplomats gathered in Ankara later.\n"
    )
    (ankara,) = actors_of(parse, analysis, "Ankara", before=" rejected")
    assert (ankara.text, ankara.code, ankara.name) == ("Ankara", "TURGOV", "Ankara")
    (place,) = actors_of(parse, analysis, "Ankara", before=" later")
    assert place.code == "TUR"


def test_unknown_actor_keeps_its_text_with_no_code() -> None:
    parse, analysis = read("Protest\nThe Blue Heron Collective condemned the decision.\n")
    (ref,) = actors_of(parse, analysis, "The Blue Heron Collective")
    assert ref.text == "The Blue Heron Collective"
    assert ref.code is None


def test_person_takes_the_code_of_their_title_and_name_after_coreference() -> None:
    parse, analysis = read(
        "Visit\nPortuguese Prime Minister Ana Costa arrived in Madrid. Costa met the king.\n"
    )
    (ref,) = actors_of(parse, analysis, "Costa", before=" met")
    assert (ref.text, ref.code, ref.name) == ("Costa", "PRTGOV", "Ana Costa")


def test_user_tables_add_actors_and_roles(tmp_path) -> None:
    actors = tmp_path / "actors.tsv"
    actors.write_text("code\tname\taliases\nNORREB\tBlue Heron Collective\tBHC\n")
    agents = tmp_path / "agents.tsv"
    agents.write_text("phrase\tcode\tplural\ttitle\nharbour pilot\tBUS\t\t\n")
    assert resolve_actor_text("the Blue Heron Collective") is None
    with in_force(Settings(actor_tables=[actors, agents])):
        assert resolve_actor_text("the Blue Heron Collective") == "NORREB"
        assert resolve_actor_text("the BHC") == "NORREB"
        assert resolve_actor_text("Danish harbour pilots") == "DNKBUS"
    assert resolve_actor_text("the Blue Heron Collective") is None


def test_people_in_user_tables_keep_their_listed_code(tmp_path) -> None:
    table = tmp_path / "people.tsv"
    table.write_text("code\tname\taliases\ttype\nPRTGOV\tAna Costa\t\tPERSON\n")
    with in_force(Settings(actor_tables=[table])):
        _, analysis = read("Visit\nAna Costa arrived in Madrid. Costa met the king.\n")
    (person,) = [e for e in analysis.entities if e.name == "Ana Costa"]
    assert person.type == "PERSON"
    assert person.actor == "PRTGOV"
    assert [m.text for m in person.mentions] == ["Ana Costa", "Costa"]


def test_bad_user_tables_say_which_and_why(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match=r"actor table .*nowhere\.tsv: no such file"):
        check_settings(Settings(actor_tables=[tmp_path / "nowhere.tsv"]))
    broken = tmp_path / "broken.tsv"
    broken.write_text("code\tname\taliases\n\tNameless Front\t\n")
    with pytest.raises(ValueError, match=r"broken\.tsv, row 2: needs a code"):
        check_settings(Settings(actor_tables=[broken]))
    with pytest.raises(ValueError, match=r"broken\.tsv, row 2: needs a code"):
        analyze("Protest\nThe Nameless Front marched.\n", settings=Settings(actor_tables=[broken]))


def test_petrarch_dictionaries_load(shared) -> None:
    folder = shared / "reference/petrarch"
    actors = dict(read_petrarch_actors(folder / "Phoenix.International.actors.txt"))
    annan = actors["Kofi Annan"]
    assert annan.code_on("2000-06-01") == "IGOUNO"
    assert annan.code_on("2010-06-01") is None, "a bare [ELI] says what, not whose"
    agents = dict(read_petrarch_agents(folder / "Phoenix.agents.txt"))
    assert agents["farmer"].code == agents["farmers"].code == "AGR"
    assert agents["cattleman"].code == "AGR"
    with in_force(Settings(actor_tables=[folder / "Phoenix.MilNonState.actors.txt"])):
        assert resolve_actor_text("the Friendship Society") == "GRCREB"


def test_they_takes_the_plural_subject_before_it() -> None:
    parse, analysis = read("Front\nRussian troops crossed the river. They shelled the village.\n")
    (ref,) = actors_of(parse, analysis, "They")
    assert (ref.text, ref.code) == ("They", "RUSMIL")


def test_them_is_never_its_own_clauses_subject() -> None:
    for text in (
        "Harbour\nNigerian customs officers seized two trawlers at dawn, then released them.\n",
        "Ferry\nGreek coastguards stopped the smugglers and decided to question them.\n",
        "Hills\nSomali gunmen stopped the bus. They picked out two teachers and shot them.\n",
    ):
        parse, analysis = read(text)
        (ref,) = actors_of(parse, analysis, "them")
        assert ref.code is None, text


def test_themselves_is_its_own_clauses_subject() -> None:
    parse, analysis = read("Strike\nBrazilian dockers said the crew had armed themselves.\n")
    (ref,) = actors_of(parse, analysis, "themselves")
    assert ref.code is None, "the crew, whom no table codes; not the dockers"


PETRARCH_DICTIONARY = """\
# an invented PETRARCH-format dictionary
NORWAY_ [NOR]
+OSLO_
FREDERIK_LUND_ [ELI]
\t[SWEGOV 980101-031231]
ANDERS_HOLM_ [ELI]
\t[SWEGOV 980101-031231]
KARI_MOEN_
\t[NORGOV 990101-051231]
\t[NORELI 060101-101231]
"""


@pytest.fixture
def petrarch_dictionary(tmp_path):
    path = tmp_path / "Invented.actors.txt"
    path.write_text(PETRARCH_DICTIONARY, encoding="utf-8")
    with in_force(Settings(actor_tables=[path])):
        yield path


def test_dictionary_office_holder_takes_the_code_of_the_article_date(petrarch_dictionary) -> None:
    _, analysis = read("Visit\nKari Moen arrived in Bergen.\n", published="2001-05-04")
    assert {e.name: e.actor for e in analysis.entities}["Kari Moen"] == "NORGOV"
    _, analysis = read("Visit\nKari Moen arrived in Bergen.\n", published="2012-05-04")
    assert {e.name: e.actor for e in analysis.entities}["Kari Moen"] is None


def test_dictionary_office_holder_without_a_date_keeps_the_country(petrarch_dictionary) -> None:
    _, analysis = read("Visit\nKari Moen arrived in Bergen.\n")
    assert {e.name: e.actor for e in analysis.entities}["Kari Moen"] == "NOR"


def test_the_text_outranks_a_dictionary_and_ours_keep_their_kind(petrarch_dictionary) -> None:
    parse, analysis = read(
        "Talks\nKing Frederik Lund of Denmark met Prime Minister Kari Moen in Bergen."
        " Oslo rejected the plan.\n"
    )
    people = {e.name: e.actor for e in analysis.entities}
    assert people["Frederik Lund"][:3] == "DNK", "the text says Denmark, the dictionary Sweden"
    assert people["Kari Moen"] == "NORGOV", "the title gives the role, the dictionary the country"
    (oslo,) = actors_of(parse, analysis, "Oslo")
    assert oslo.code == "NORGOV", "our capital stands for its government"
    parse, analysis = read("Talks\nKing Anders Holm of Denmark met Prime Minister Kari Moen.\n")
    (king,) = actors_of(parse, analysis, "King Anders Holm of Denmark")
    assert king.code == "DNKGOV", "a listed name the tagger calls an organisation, too"


def test_a_role_placed_in_a_resolved_place_takes_its_country() -> None:
    analysis = analyze("Arrests\nPolice in Mombasa arrested twelve students.\n")
    (event,) = [e for e in analysis.events if e.plover["type"] == "COERCE"]
    (police,) = event.source
    assert (police.text, police.code) == ("Police in Mombasa", "KENCOP")
    analysis = analyze("Visit\nDiplomats in Mombasa criticised the vote.\n")
    (diplomats,) = [actor for event in analysis.events for actor in event.source]
    assert (diplomats.text, diplomats.code) == ("Diplomats in Mombasa", None)


@pytest.mark.parametrize(
    ("text", "actor", "code", "rule"),
    [
        (
            "Execution\nThe governor of Georgia signed the order in Atlanta, and Georgia sued"
            " the federal government on Tuesday.\n",
            "Georgia",
            "USA",
            "division",
        ),
        # the places stage reads Georgia as the country beside Tbilisi, or as nothing alone
        (
            "Strikes\nGeorgia accused Russia on Friday of bombing villages near Gori, a"
            " spokesman said in Tbilisi.\n",
            "Georgia",
            "GEO",
            "words",
        ),
        (
            "Trade\nGeorgia signed a trade agreement with Armenia on Tuesday.\n",
            "Georgia",
            "GEO",
            "words",
        ),
    ],
)
def test_a_country_name_read_as_another_country_division_takes_that_country(
    text: str, actor: str, code: str, rule: str
) -> None:
    actors = [a for e in analyze(text, published="2024-03-05").events for a in e.source]
    (found,) = [a for a in actors if a.text == actor]
    assert (found.code, found.code_from.rule) == (code, rule)


def test_a_country_post_at_an_organisation_is_the_country() -> None:
    assert resolve_actor_text("Chile's U.N. mission")[:3] == "CHL"
    assert resolve_actor_text("Peru's NATO envoy") == "PERGOV"
    assert resolve_actor_text("Kenya's African Union delegation")[:3] == "KEN"
    # the organisation's own people and posts stay the organisation's
    assert resolve_actor_text("the U.N. envoy") == "IGOUNO"
    assert resolve_actor_text("Germany's EU commissioner").startswith("IGO")
    assert resolve_actor_text("Kenya's army delegation") == "KENMIL"


def test_state_bodies_inside_other_names_and_owned_by_other_countries_in_an_article() -> None:
    text = (
        "Vote\nThe National Congress Party rejected the ruling. Peru's Congress voted on "
        "Monday, and Congress in Washington debated the bill.\n"
    )
    _, analysis = read(text)
    codes = {entity.name: entity.actor for entity in analysis.entities if entity.type == "ORG"}
    assert codes["National Congress Party"] is None
    assert codes["Peru's Congress"] == "PERLEG"
    assert codes["Congress"] == "USALEG"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("FEMA criticized the governor of Arden on Friday.", ("FEMA", "USAGOV")),
        ("ICE agents arrested 40 workers at a farm on Tuesday.", ("ICE agents", "USAGOV")),
        (
            "The Fish and Wildlife Service sued the Harlow Timber company on Monday.",
            ("Fish and Wildlife Service", "USAGOV"),
        ),
    ],
)
def test_us_federal_agencies_named_without_their_country_are_american(
    text: str, source: tuple[str, str]
) -> None:
    [event] = analyze(text, published="2024-03-05").events
    assert [(actor.text, actor.code) for actor in event.source] == [source]


def test_a_name_with_and_inside_it_is_one_actor() -> None:
    [event] = analyze("Bosnia and Herzegovina condemned Serbia on Friday.").events
    assert [(actor.text, actor.code) for actor in event.source] == [
        ("Bosnia and Herzegovina", "BIH")
    ]
    [event] = analyze("Chile and Peru condemned Bolivia on Friday.").events
    assert [actor.code for actor in event.source] == ["CHL", "PER"]


def test_a_table_name_after_a_persons_possessive_keeps_its_code() -> None:
    """The tagger may run a person's name over a possessive and the group after it ("Nasser’s
    HTS", curly apostrophe): the group is still the table's."""
    parse, analysis = read(
        "Interim Rule\nAhmed Nasser leads the new government. Nasser’s HTS is designated "
        "as a terrorist organization by the United States.\n"
    )
    (actor,) = actors_of(parse, analysis, "Nasser’s HTS")
    assert actor.code == "SYRREB"


def test_an_organisation_the_tables_lacked_is_coded_by_its_name() -> None:
    """A foundation based in one country is no body of that country ("headquartered in
    Copenhagen" made it DNK), and a state's intelligence agency named by its acronym alone is
    that state's."""
    [event] = analyze(
        "Summit Row\nThe Alliance of Democracies, headquartered in Copenhagen, criticized "
        "Norland on Monday.",
        published="2024-03-05",
    ).events
    assert [actor.code for actor in event.source] == ["NGO"]
    events = analyze(
        "Raid in Baidoa\nNISA arrested five al-Shabab suspects in Baidoa on Monday.",
        published="2024-03-05",
    ).events
    assert [actor.code for e in events for actor in e.source] == ["SOMSPY"]
