"""A title says which office: it decides a surname that namesakes in other offices or
countries leave ambiguous. The articles are invented; so are the Varnaks of the user's table."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.annotate.entities import find_entities
from eventwire.nlp import load_nlp
from eventwire.pipeline import sentences_of
from eventwire.readers.text import article_from_text
from eventwire.records import Analysis, CodeSource, Entity
from eventwire.settings import Settings, in_force

NAMESAKES = (
    "name\taliases\tcode\toffice\tstart\tend\tsource\n"
    "Ilse Varnak\tVarnak\tAUTGOV\thead_of_state\t2030-01-01\t\tinvented\n"
    "Piet Varnak\tVarnak\tNLDGOV\tforeign_minister\t2030-01-01\t\tinvented\n"
)


def person(text: str, published: str | None, name: str) -> Entity | None:
    article = article_from_text(text, published=published)
    parse = load_nlp()(article.text)
    analysis = Analysis(article=article, sentences=sentences_of(parse))
    found = {e.name: e for e in find_entities(parse, analysis) if e.type == "PERSON"}
    return found.get(name)


def code_of(text: str, published: str | None, name: str) -> str | None:
    found = person(text, published, name)
    return found.actor if found else None


@pytest.fixture
def namesakes(tmp_path: Path):
    table = tmp_path / "namesakes.tsv"
    table.write_text(NAMESAKES, encoding="utf-8")
    with in_force(Settings(actor_tables=[table])):
        yield


def said(title: str) -> str:
    return f"Border Talks\n{title} Varnak said on Friday that the border talks would go on.\n"


@pytest.mark.usefixtures("namesakes")
def test_the_title_picks_the_namesake_of_its_office() -> None:
    president = person(said("President"), "2030-05-01", "Varnak")
    assert president is not None
    assert (president.actor, president.code_from) == ("AUTGOV", CodeSource("office_holder"))
    assert code_of(said("Foreign Minister"), "2030-05-01", "Varnak") == "NLDGOV"


@pytest.mark.usefixtures("namesakes")
def test_a_surname_without_a_title_stays_ambiguous() -> None:
    text = "Border Talks\nVarnak said on Friday that the border talks would go on.\n"
    assert code_of(text, "2030-05-01", "Varnak") is None


@pytest.mark.usefixtures("namesakes")
def test_a_title_no_namesake_holds_codes_no_one() -> None:
    assert code_of(said("Prime Minister"), "2030-05-01", "Varnak") is None
    assert code_of(said("Vice President"), "2030-05-01", "Varnak") is None, "another post"


@pytest.mark.usefixtures("namesakes")
def test_an_undated_title_gives_the_office_s_country_and_the_title_s_role() -> None:
    assert code_of(said("President"), None, "Varnak") == "AUTGOV"


@pytest.mark.usefixtures("namesakes")
def test_a_former_office_still_contradicts_the_title() -> None:
    assert code_of(said("former President"), "2030-05-01", "Varnak") is None


def test_a_surname_the_table_lists_for_no_one_is_found_by_its_title() -> None:
    """Our table lists "Bush" alone for no one (a Cayman Islands minister bears it too): the
    title's office finds the president among the full names."""
    bush = "Trade Row\n{} Bush said on Friday that the tariffs would stay.\n"
    assert code_of(bush.format("President"), "2005-03-04", "Bush") == "USAGOV"
    assert code_of(bush.format("President"), None, "Bush") == "USAGOV"
    assert code_of(bush.format("Defence Minister"), "2005-03-04", "Bush") is None
    assert code_of(bush.format("President"), "2012-03-04", "Bush") == "USA", "out of the term"
    assert (
        code_of(
            "Trade Row\nBush said on Friday that the tariffs would stay.\n", "2005-03-04", "Bush"
        )
        is None
    )
