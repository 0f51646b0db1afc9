"""Members of the US Congress (congress_legislators.tsv) are coded USALEG while in office, by
their full name or a legislator's title, never by a bare surname alone.

The articles are invented; the people are real members, since the table is about them.
"""

from __future__ import annotations

from office_holder_people import code_of, people

from eventwire.codebooks.office_holders import LEGISLATIVE_OFFICES, congress_terms
from eventwire.records import CodeSource

SPEECH = (
    "Farm Bill\nMaria Cantwell told farmers in Yakima on Tuesday that the bill would pass. "
    "Cantwell said the vote was set for March.\n"
)


def test_a_member_named_in_full_is_coded_in_the_term() -> None:
    cantwell = people(SPEECH, "2015-02-03")["Maria Cantwell"]
    assert (cantwell.actor, cantwell.code_from) == ("USALEG", CodeSource("office_holder"))
    assert "Cantwell" in [mention.text for mention in cantwell.mentions], "her surname too"


def test_out_of_the_term_a_full_name_gives_the_country_s_elite() -> None:
    before = people(SPEECH, "1989-02-07")["Maria Cantwell"]
    assert (before.actor, before.code_from) == ("USAELI", CodeSource("office_holder_country"))


def test_a_bare_surname_alone_is_no_member() -> None:
    """With 500 members a Congress a surname is no one in particular, even in the term."""
    alone = "Farm Bill\nCantwell told farmers in Yakima on Tuesday that the bill would pass.\n"
    assert code_of(alone, "2015-02-03", "Cantwell") is None
    common = "Farm Bill\nJohnson told farmers in Iowa on Tuesday that the bill would pass.\n"
    assert code_of(common, "2015-02-03", "Johnson") is None


def test_a_legislator_s_title_counts_only_the_seat() -> None:
    """ "Senator Kerry" is the senator while he sits, never the Secretary of State, and an
    American after his seat; the title and a bare surname make a member known."""
    text = "Hearing\nSenator Kerry questioned the witnesses on Monday.\n"
    assert code_of(text, "2010-05-05", "Kerry") == "USALEG"
    assert code_of(text, "2014-05-05", "Kerry") == "USA"
    titled = "Hearing\nSen. Cantwell questioned the witnesses on Monday.\n"
    assert code_of(titled, "2015-05-05", "Cantwell") == "USALEG"


def test_a_vice_president_is_the_government() -> None:
    text = "Kyiv Visit\nJoe Biden met farmers near Kyiv on Monday.\n"
    assert code_of(text, "2015-12-07", "Joe Biden") == "USAGOV"


def test_every_row_of_the_congress_table_reads() -> None:
    terms = [term for term, _ in congress_terms()]
    assert {term.code for term in terms} == {"USALEG", "USAGOV"}
    assert all(term.offices <= LEGISLATIVE_OFFICES for term in terms if term.code == "USALEG")
    assert all(term.end is not None and term.end >= "1990-01-01" for term in terms)
