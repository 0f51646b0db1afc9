"""A story that names few places is still set in one country when its coded actors are of
one country (`setting.story_country`, `code_from` rule "article_country"), unless it places
something in another; and "federal" bodies in a story set in a federation are that country's.
Articles are invented for these tests."""

from __future__ import annotations

from news_events import actors_named, events_of

from eventwire import analyze
from eventwire.records import ActorRef

PERU_STORY = (
    "Peruvian President Dina Ruiz criticized the Peruvian Congress on Monday. "
    "Prosecutors accused Carlos Mena, a farmer, of burning a bus. {}"
)


def actors_in(text: str, words: str) -> list[ActorRef]:
    return actors_named(events_of(text), words)


def test_a_story_whose_actors_are_of_one_country_codes_its_roles_unless_it_names_another() -> None:
    (prosecutors,) = actors_in(PERU_STORY.format(""), "Prosecutors")
    assert prosecutors.code == "PERJUD"
    assert prosecutors.code_from is not None
    assert prosecutors.code_from.rule == "article_country"
    assert prosecutors.code_from.text == "Peruvian President Dina Ruiz"
    # the apposition's role word gives the role, the story the country
    farmer = {a.code for a in actors_in(PERU_STORY.format(""), "Carlos Mena, a farmer")}
    assert farmer == {"PERAGR"}
    # a place in another country leaves the story unset
    text = PERU_STORY.format("Ruiz flew to La Paz on Sunday.")
    assert [a.code for a in actors_in(text, "Prosecutors")] == [None]


def test_federal_bodies_are_the_federations_own() -> None:
    text = (
        "Federal agents arrested two men in Toledo, Ohio, on Tuesday. The federal government "
        "sued Ohio on Monday. The law makes it a federal crime to attack a clinic in Ohio."
    )
    actors = {
        a.text: a
        for e in analyze(text, published="2024-03-05").events
        for a in (*e.source, *e.target)
    }
    assert actors["Federal agents"].code == "USAGOV"
    assert actors["Federal agents"].code_from.rule == "setting"
    # a head that names no body of the state takes nothing (however the parse bounds it)
    assert not [a.code for words, a in actors.items() if "federal crime" in words and a.code]
    # Peru is no federation: its "federal" names no body of Peru's
    assert [
        a.code
        for a in actors_in(PERU_STORY.format("Federal agents arrested him."), "Federal agents")
    ] == [None]


def test_a_us_body_name_another_country_gives_its_own_body_is_that_countrys() -> None:
    """Bare "Congress" in a story set in Peru is Peru's; "the Department of Education" in one
    set in Manila the Philippines'; a sentence that names the US, or a story set in a country
    whose bodies are called otherwise, keeps the US body."""
    peru = (
        "LIMA, Peru — Protesters marched in Lima and Arequipa on Monday. "
        "Congress rejected the president's appeal on Tuesday."
    )
    (congress,) = actors_in(peru, "Congress")
    assert congress.code == "PERLEG"
    assert congress.code_from is not None and congress.code_from.rule == "own_body"
    manila = (
        "MANILA — The Department of Education ordered schools in Manila to close on Monday. "
        "The Department of Education criticized the U.S. aid cuts. Police in Quezon City "
        "arrested three men."
    )
    codes = [a.code for a in actors_in(manila, "The Department of Education")]
    assert codes == ["PHLGOV", "USAGOV"]
    libya = (
        "TRIPOLI, Libya — The State Department condemned the attack in Tripoli on Monday. "
        "Militias in Tripoli fired rockets at the airport in Benghazi."
    )
    assert [a.code for a in actors_in(libya, "The State Department")] == ["USAGOV"]
