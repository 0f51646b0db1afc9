"""Roles domestic by nature (police, courts, prosecutors, legislators, governors, mayors,
residents, protesters) named by their role alone, and the state described without an owner
("the government", "the military", "the country"), take the country of an article set in one
country, `code_from` rule "setting"; never visitors, outsiders, or where the setting or the
sentence points to two countries. Articles are invented for these tests."""

from __future__ import annotations

import pytest
from news_events import CODER_READINGS, HEADLINE, actors_named, events_of

from eventwire import analyze
from eventwire.annotate.events.setting import article_setting
from eventwire.records import ActorRef

PERU_STORY = (
    "LIMA, March 3 (VOA) - Farmers in southern Peru blocked roads near Cusco on Sunday. "
    "{} "
    "The dispute began when Peru raised fuel prices in January."
)


def coded_in_peru_story(sentence: str, actor: str) -> list[ActorRef]:
    """The mentions of `actor` in the events of a story set in Peru holding `sentence`; the
    actor must be found, or a test of its code would pass on nothing."""
    found = actors_named(events_of(PERU_STORY.format(sentence)), actor)
    assert found, f"no event names {actor!r}"
    return found


def test_lawmakers_in_a_story_set_in_one_country_are_its_lawmakers() -> None:
    events = events_of(PERU_STORY.format("Lawmakers criticized the transport minister."))
    (lawmakers,) = actors_named(events, "Lawmakers")
    assert lawmakers.code == "PERLEG"
    assert lawmakers.code_from is not None and lawmakers.code_from.rule == "setting"
    assert lawmakers.code_from.text == "LIMA"


def test_prosecutors_and_residents_take_the_settings_country_with_their_role() -> None:
    events = events_of(PERU_STORY.format("Prosecutors accused residents of burning a bus."))
    assert [a.code for a in actors_named(events, "Prosecutors")] == ["PERJUD"]
    assert {a.code for a in actors_named(events, "residents")} == {"PERCVL"}


def test_outsiders_and_visitors_take_nothing_from_the_setting() -> None:
    events = events_of(PERU_STORY.format("Foreign residents criticized the transport minister."))
    assert [a.code for a in actors_named(events, "Foreign residents")] == [None]
    events = events_of(PERU_STORY.format("Diplomats criticized the transport minister."))
    assert [a.code for a in actors_named(events, "Diplomats")] == [None]


def test_journalists_are_the_settings_own_though_visitors_to_a_place_named_beside_them() -> None:
    events = events_of(PERU_STORY.format("Journalists criticized the transport minister."))
    assert [a.code for a in actors_named(events, "Journalists")] == ["PERMED"]
    events = events_of(
        PERU_STORY.format(
            "Prosecutors charged the journalist Ana Quispe with fraud. Quispe denies the charges."
        )
    )
    assert {a.code for a in actors_named(events, "Quispe")} == {"PERMED"}


def test_a_person_the_story_follows_is_its_own_though_met_once_beside_an_organisation() -> None:
    followed = (
        "Prosecutors charged Rosa Mendoza with fraud. Mendoza denies the charges. "
        "Mendoza's lawyers wrote to the United Nations. Mendoza will appeal, the lawyers said."
    )
    events = events_of(PERU_STORY.format(followed))
    assert {a.code for a in actors_named(events, "Mendoza")} == {"PER"}
    introduced = (
        "Rosa Mendoza wrote to the United Nations. Prosecutors charged Mendoza with fraud. "
        "Mendoza denies the charges. Mendoza will appeal, the lawyers said."
    )
    events = events_of(PERU_STORY.format(introduced))
    assert {a.code for a in actors_named(events, "Mendoza")} == {None}


def test_a_local_person_is_the_settings_though_another_countrys_actor_acts_on_them() -> None:
    story = (
        "Prosecutors charged Rosa Mendoza with fraud. Mendoza denies the charges. "
        "Mendoza will appeal, the lawyers said. Chilean officials criticized Mendoza."
    )
    (criticized,) = [
        e for e in events_of(PERU_STORY.format(story)) if e.trigger.text == "criticized"
    ]
    assert [(a.text, a.code) for a in criticized.target] == [("Mendoza", "PER")]
    assert [a.code for a in criticized.source] == ["CHLGOV"]


def test_a_sentence_placed_in_another_country_keeps_its_roles_uncoded() -> None:
    events = events_of(
        PERU_STORY.format("In Santiago, lawmakers criticized the transport minister.")
    )
    assert [a.code for a in actors_named(events, "lawmakers")] == [None]


def test_a_story_set_in_two_countries_has_no_setting() -> None:
    text = (
        "Farmers in Peru and Bolivia blocked roads near Cusco and La Paz on Sunday. "
        "Lawmakers criticized the transport minister. Peru and Bolivia raised fuel prices."
    )
    assert [a.code for a in actors_named(events_of(text), "Lawmakers")] == [None]


def test_a_dateline_that_disagrees_with_the_dominant_country_sets_nothing() -> None:
    text = (
        "SANTIAGO, March 3 (VOA) - Farmers in southern Peru blocked roads near Cusco on Sunday. "
        "Lawmakers criticized the transport minister. Peru raised fuel prices in January."
    )
    assert [a.code for a in actors_named(events_of(text), "Lawmakers")] == [None]


def test_the_setting_is_the_dateline_else_the_place_named_most_often() -> None:
    analysis = analyze(PERU_STORY.format("Police arrested ten farmers."), published="2024-03-04")
    setting = article_setting(analysis)
    assert setting is not None and (setting.country, setting.text) == ("PER", "LIMA")
    analysis = analyze(
        "Farmers blocked roads near Cusco on Sunday. Police arrested ten farmers in Cusco. "
        "Peru raised fuel prices in January.",
        published="2024-03-04",
    )
    setting = article_setting(analysis)
    assert setting is not None and (setting.country, setting.text) == ("PER", "Cusco")


def test_a_person_the_article_gives_no_country_takes_the_settings() -> None:
    events = events_of(
        PERU_STORY.format("Maria Torres, a farmer, accused the transport minister of lying.")
    )
    (farmer,) = actors_named(events, "Maria Torres, a farmer")
    assert farmer.code == "PERAGR"  # with the role her apposition gives
    assert farmer.code_from is not None and farmer.code_from.rule == "setting"


def test_an_envoy_takes_nothing_from_the_setting() -> None:
    events = events_of(
        PERU_STORY.format("Envoy Maria Torres accused the transport minister of lying.")
    )
    assert {a.code for a in actors_named(events, "Envoy Maria Torres")} == {None}


def test_a_person_seen_with_another_country_takes_nothing_from_the_setting() -> None:
    events = events_of(
        PERU_STORY.format(
            "Maria Torres accused the transport minister of lying. "
            "Torres once advised the Chilean government."
        )
    )
    assert {a.code for a in actors_named(events, "Maria Torres")} == {None}


def test_an_office_holder_of_another_country_takes_nothing_from_the_setting() -> None:
    """The table lists "Biden" for the United States alone: in a story set in Peru he is no
    Peruvian, whether or not the article's date places his term."""
    story = PERU_STORY.format("Biden accused the transport minister of lying.")
    for published in (None, "2019-03-04"):
        events = analyze(f"{HEADLINE}\n{story}", published=published, settings=CODER_READINGS)
        assert {a.code for a in actors_named(events.events, "Biden")} == {None}, published
    assert {a.code for a in actors_named(events_of(story), "Biden")} == {"USAGOV"}


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        ("The government banned the march of the farmers.", "The government", "PERGOV"),
        ("The military arrested ten farmers on Monday.", "The military", "PERMIL"),
        ("Government troops attacked the farmers near the border.", "Government troops", "PERMIL"),
        ("The country expelled two farmers, the police said.", "The country", "PER"),
        ("Security forces arrested ten farmers on Monday.", "Security forces", "PERMIL"),
        # another country in the sentence: the government may be that country's
        ("The government accused Chile of blocking trade.", "The government", None),
        # after a sentence about another country, "the government" points back to it
        (
            "Chile raised its tariffs last week. The government expelled two farmers, "
            "the police said.",
            "The government",
            "CHLGOV",
        ),
        # no definite description of the setting's state: a government, governments
        ("Governments criticized the transport minister.", "Governments", None),
        # the words code it first
        (
            "The Chilean government criticized the transport minister.",
            "The Chilean government",
            "CHLGOV",
        ),
    ],
)
def test_the_state_described_without_an_owner_is_the_settings(
    sentence: str, actor: str, code: str | None
) -> None:
    found = coded_in_peru_story(sentence, actor)
    assert {a.code for a in found} == {code}
    if code and code.startswith("PER"):
        assert all(a.code_from is not None and a.code_from.rule == "setting" for a in found)


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        ("The opposition accused the transport minister of fraud.", "The opposition", "PEROPP"),
        ("Opposition leaders criticized the transport minister.", "Opposition leaders", "PEROPP"),
        ("Unions demanded the transport minister's resignation.", "Unions", "PERLAB"),
        ("The media criticized the transport minister.", "The media", "PERMED"),
        ("The Supreme Court rejected the farmers' appeal.", "The Supreme Court", "PERJUD"),
        ("Senators criticized the transport minister.", "Senators", "PERLEG"),
        ("Students demanded the transport minister's resignation.", "Students", "PEREDU"),
        ("The navy seized a fishing boat near the coast.", "The navy", "PERMIL"),
        # words that make them outsiders, and bare navies that sail abroad, take nothing
        ("The exiled opposition criticized the transport minister.", "The exiled opposition", None),
        ("Foreign media criticized the transport minister.", "Foreign media", None),
        ("Navies seized a fishing boat near the coast.", "Navies", None),
    ],
)
def test_oppositions_unions_media_and_higher_courts_are_the_settings(
    sentence: str, actor: str, code: str | None
) -> None:
    found = coded_in_peru_story(sentence, actor)
    assert {a.code for a in found} == {code}


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        (
            "Law enforcement officials arrested two bus drivers.",
            "Law enforcement officials",
            "PERCOP",
        ),
        ("A law-enforcement officer shot a protester.", "A law-enforcement officer", "PERCOP"),
        (
            "Law enforcement agencies raided the union's offices.",
            "Law enforcement agencies",
            "PERCOP",
        ),
        (
            "Law enforcement authorities detained a union leader.",
            "Law enforcement authorities",
            "PERCOP",
        ),
        # a country word codes them itself, as police; so does a place they are in
        (
            "Chilean law enforcement agents arrested two bus drivers.",
            "Chilean law enforcement agents",
            "CHLCOP",
        ),
        (
            "Law enforcement officials in Bolivia arrested two bus drivers.",
            "Law enforcement officials in Bolivia",
            "BOLCOP",
        ),
    ],
)
def test_law_enforcement_named_alone_is_the_settings_police(
    sentence: str, actor: str, code: str | None
) -> None:
    found = coded_in_peru_story(sentence, actor)
    assert {a.code for a in found} == {code}


def test_rebels_are_the_settings_unless_the_article_names_a_foreign_armed_group() -> None:
    """Rebels fight at home most often, but cross borders too: an armed group or force of
    another country named anywhere in the article leaves them uncoded."""
    events = events_of(PERU_STORY.format("Rebels attacked a police post near Cusco."))
    assert {a.code for a in actors_named(events, "Rebels")} == {"PERREB"}
    events = events_of(
        PERU_STORY.format(
            "Bolivian troops crossed the border last week. "
            "Rebels attacked a police post near Cusco."
        )
    )
    assert {a.code for a in actors_named(events, "Rebels")} == {None}


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        ("The publisher accused the transport minister of censorship.", "The publisher", "PERMED"),
        (
            "The business community criticized the transport minister.",
            "The business community",
            "PERBUS",
        ),
        ("Assailants stabbed a tax inspector near Cusco.", "Assailants", "PERREB"),
        ("A suicide bomber attacked a police post near Cusco.", "A suicide bomber", "PERREB"),
        ("Gunmen stormed a hotel near Cusco.", "Gunmen", "PERREB"),
        ("A militia burned a tax office near Cusco.", "A militia", "PERUAF"),
        ("The mayor urged the population to stay calm.", "the population", "PERCVL"),
        ("Businesses criticized the transport minister.", "Businesses", "PERBUS"),
        # a community the sentence calls international is no one country's
        (
            "The international community criticized the transport minister.",
            "The international community",
            None,
        ),
    ],
)
def test_publishers_communities_businesses_and_attackers_are_the_settings(
    sentence: str, actor: str, code: str | None
) -> None:
    found = coded_in_peru_story(sentence, actor)
    assert {a.code for a in found} == {code}


def test_attackers_are_the_settings_unless_the_article_names_a_foreign_armed_group() -> None:
    attack = "Attackers set fire to a police post near Cusco."
    assert {a.code for a in coded_in_peru_story(attack, "Attackers")} == {"PERREB"}
    foreign_troops = "Bolivian troops crossed the border last week. " + attack
    assert {a.code for a in coded_in_peru_story(foreign_troops, "Attackers")} == {None}


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        ("The country's army detained two union leaders.", "The country's army", "PERMIL"),
        (
            "The nation's interior minister banned the march.",
            "The nation's interior minister",
            "PERGOV",
        ),
        # an owner of another country, or an owner that is no description of the state
        (
            "Bolivian diplomats said the country's army detained two union leaders.",
            "the country's army",
            None,
        ),
        ("The company's guards detained two union leaders.", "The company's guards", None),
    ],
)
def test_actors_owned_by_the_state_described_are_the_settings(
    sentence: str, actor: str, code: str | None
) -> None:
    found = coded_in_peru_story(sentence, actor)
    assert {a.code for a in found} == {code}


def test_foreign_troops_beside_the_countrys_own_leave_its_rebels_its_own() -> None:
    """Another country's troops told beside the setting's own forces fight with or against
    its state: the rebels are still the country's. Bare foreign troops, or a foreign armed
    group, still leave them uncoded (the test above)."""
    allied = (
        "Peruvian soldiers backed by Bolivian troops patrolled the border last week. "
        "Rebels attacked a police post near Cusco."
    )
    assert {a.code for a in coded_in_peru_story(allied, "Rebels")} == {"PERREB"}
    foreign_group = (
        "Peruvian soldiers clashed with Bolivian rebels last week. "
        "Rebels attacked a police post near Cusco."
    )
    assert "PERREB" not in {a.code for a in coded_in_peru_story(foreign_group, "Rebels")}


def test_a_foreign_armed_group_beside_the_countrys_own_leaves_its_bombers_its_own() -> None:
    """A story that names the country's own insurgents is about them: militants it places
    across the border do not make its suicide bomber foreign."""
    own_and_foreign = (
        "Peruvian rebels have stepped up raids this year, and Lima blamed others on Bolivian "
        "militants. A suicide bomber attacked a police post near Cusco."
    )
    found = coded_in_peru_story(own_and_foreign, "A suicide bomber")
    assert {a.code for a in found} == {"PERREB"}


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The mayor urged people to stay indoors.", "people"),
        ("The mayor urged motorists to avoid the northern highway.", "motorists"),
        ("The mayor urged citizens to report the bandits.", "citizens"),
    ],
)
def test_people_citizens_and_motorists_named_alone_are_the_settings(
    sentence: str, actor: str
) -> None:
    found = coded_in_peru_story(sentence, actor)
    assert {a.code for a in found} == {"PERCVL"}


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The rebels accused the army of abusing women and girls.", "women"),
        ("The mayor urged girls to stay in school.", "girls"),
        ("The mayor urged children to stay indoors.", "children"),
    ],
)
def test_women_girls_and_children_named_alone_are_the_settings(sentence: str, actor: str) -> None:
    found = coded_in_peru_story(sentence, actor)
    assert {a.code for a in found} == {"PERCVL"}
