"""The office-holder table codes people the article names without a title, on its date alone.

The articles are invented; the people are real office-holders, since the table is about them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from office_holder_people import code_of, people

from eventwire import analyze
from eventwire.codebooks.office_holders import office_holders
from eventwire.pipeline import check_settings
from eventwire.records import CodeSource
from eventwire.settings import Settings, in_force

SURNAME_ONLY = "Border Talks\nTrump said on Friday that the border talks would go on.\n"


def test_a_surname_is_coded_only_within_the_term() -> None:
    during = people(SURNAME_ONLY, "2018-03-02")["Trump"]
    assert during.actor == "USAGOV"
    assert during.code_from == CodeSource("office_holder")
    assert code_of(SURNAME_ONLY, "2016-03-02", "Trump") is None, "before the first term"
    assert code_of(SURNAME_ONLY, "2022-03-02", "Trump") is None, "between the two terms"
    assert code_of(SURNAME_ONLY, "2025-03-02", "Trump") == "USAGOV", "the second term"


def test_the_term_ends_for_the_surname_too() -> None:
    text = "Budget Vote\nMerkel told parliament the budget was balanced.\n"
    assert code_of(text, "2019-05-10", "Merkel") == "DEUGOV"
    assert code_of(text, "2023-05-10", "Merkel") is None


def test_a_full_name_is_coded_in_office() -> None:
    text = (
        "Paris Meeting\nEmmanuel Macron met farmers in Lyon on Tuesday. Macron promised a new "
        "fund for the harvest.\n"
    )
    assert code_of(text, "2019-06-04", "Emmanuel Macron") == "FRAGOV"
    assert code_of(text, "2016-06-04", "Emmanuel Macron") == "FRAELI", "before the term: who he is"


def test_an_article_without_a_date_gives_a_named_person_their_country_a_title_its_role() -> None:
    """With no date no term can be placed: a bare surname stays uncoded, a full name takes the
    one country every holder of that name served, and no office; a title held when acting
    adds its own role (the words say the post, the table whose it is)."""
    assert code_of(SURNAME_ONLY, None, "Trump") is None
    full = "Harvest Fund\nRobert Mugabe promised farmers a new fund on Tuesday.\n"
    mugabe = people(full, None)["Robert Mugabe"]
    assert (mugabe.actor, mugabe.code_from) == ("ZWE", CodeSource("office_holder_country"))
    titled = "Harvest Fund\nPresident Putin promised farmers a new fund on Tuesday.\n"
    assert code_of(titled, None, "Putin") == "RUSGOV"
    general = "Harvest Fund\nGeneral Putin promised farmers a new fund on Tuesday.\n"
    assert code_of(general, None, "Putin") == "RUSMIL", "the title's role, not the table's"
    former = "Harvest Fund\nFormer President Putin promised farmers a new fund on Tuesday.\n"
    assert code_of(former, None, "Putin") == "RUS", "a past title adds no role"


def test_a_person_the_article_calls_former_is_not_in_office_but_of_the_elite() -> None:
    text = "Speech\nFormer President Obama criticised the plan in a speech on Monday.\n"
    former = people(text, "2016-05-02")["Obama"]
    assert (former.actor, former.code_from) == ("USAELI", CodeSource("office_holder_country"))
    bare = "Speech\nObama criticised the plan in a speech on Monday.\n"
    assert code_of(bare, "2019-05-02", "Obama") is None, "a bare surname out of office says less"


RALLY = (
    "Farm Rally\nRepublican presidential candidate Donald Trump promised farmers a new fund on "
    "Tuesday. Trump spoke in Des Moines.\n"
)


def test_out_of_office_a_holder_is_of_the_elite_or_a_party_s_candidate() -> None:
    """Out of every term on the article's date the person is more than their country: a former
    or future office-holder is of its elite (ELI, as the VOA gold codes "Former US official"),
    one the article calls a party's candidate is the party's (PTY), surname and all. A title
    of a post held then ("then-President") gives that title's role; a present title out of
    every term is as often a post retold as one held: the country alone."""
    assert code_of(RALLY, "2016-02-02", "Donald Trump") == "USAPTY"
    plain = RALLY.replace("Republican presidential candidate ", "")
    assert code_of(plain, "2016-02-02", "Donald Trump") == "USAELI"
    assert code_of(RALLY, "2018-02-02", "Donald Trump") == "USAGOV", "in office: the table's"
    assert code_of(RALLY, None, "Donald Trump") == "USA", "no date: the country alone"
    signing = "Bill Signing\nThen-President Barack Obama signed the bill, the senator recalled.\n"
    assert code_of(signing, "2019-05-02", "Barack Obama") == "USAGOV", "acted in the office"
    governor = "Farm Rally\nIndiana Gov. Mike Pence promised farmers a new fund on Tuesday.\n"
    assert code_of(governor, "2016-02-02", "Mike Pence") == "USA", "a present title, dated"


def test_a_person_the_words_give_only_a_country_takes_the_office_held() -> None:
    """The words say whose the person is ("his French counterpart", "Hungary's"), the table
    which post they hold on the date; out of the term the words' country stays alone."""
    talks = (
        "Summit Call\nThe Dutch prime minister spoke on Monday with his French counterpart "
        "Emmanuel Macron about the harvest fund.\n"
    )
    assert code_of(talks, "2019-06-04", "Emmanuel Macron") == "FRAGOV"
    assert code_of(talks, "2016-06-04", "Emmanuel Macron") == "FRA", "before the term"
    owned = "Harvest Fund\nHungary's Viktor Orban promised farmers a new fund on Tuesday.\n"
    assert code_of(owned, "2019-06-04", "Viktor Orban") == "HUNGOV"


def test_a_title_with_another_role_contradicts_the_table() -> None:
    text = "Hearing\nJudge Kerry questioned the witnesses on Monday.\n"
    assert code_of(text, "2014-05-05", "Kerry") is None


def test_the_article_s_own_title_beats_the_table() -> None:
    text = "Interview\nTurkish journalist Hakan Fidan interviewed the mayor on Monday.\n"
    coded = people(text, "2024-05-06")["Hakan Fidan"]
    assert coded.actor != "TURGOV"
    assert coded.code_from is None or coded.code_from.rule == "person"


def test_a_surname_another_person_of_the_article_shares_is_theirs() -> None:
    text = (
        "Farm Fair\nMarta Trump, a cattle farmer from Iowa, won the first prize on Saturday. "
        "Trump said the fair had grown every year.\n"
    )
    found = people(text, "2018-08-04")
    assert "Trump" not in found, "the surname is Marta Trump's"
    assert found["Marta Trump"].actor != "USAGOV"
    assert "Trump" in [mention.text for mention in found["Marta Trump"].mentions]


def test_two_office_holders_with_one_surname_leave_it_uncoded(tmp_path: Path) -> None:
    table = tmp_path / "my_office_holders.tsv"
    table.write_text(
        "name\taliases\tcode\toffice\tstart\tend\tsource\n"
        "Ilse Varnak\tVarnak\tAUTGOV\tforeign_minister\t2030-01-01\t\tinvented\n"
        "Piet Varnak\tVarnak\tNLDGOV\tdefence_minister\t2030-06-01\t2031-01-01\tinvented\n",
        encoding="utf-8",
    )
    text = "Talks\nVarnak said on Friday that the talks would go on.\n"
    with in_force(Settings(actor_tables=[table])):
        assert code_of(text, "2030-03-01", "Varnak") == "AUTGOV", "one holder on that date"
        assert code_of(text, "2030-08-01", "Varnak") is None, "two holders, two countries"
        full = "Talks\nPiet Varnak said on Friday that the talks would go on.\n"
        assert code_of(full, "2030-08-01", "Piet Varnak") == "NLDGOV", "the full name says who"
    assert code_of(text, "2030-03-01", "Varnak") is None, "without the user's table"


def test_a_family_name_one_holder_bears_is_theirs(tmp_path: Path) -> None:
    """The table lists full names only; the family name is derived where one holder bears it
    and no holder has it as a given name, first for names that put it first."""
    table = tmp_path / "my_office_holders.tsv"
    table.write_text(
        "name\taliases\tcode\toffice\tstart\tend\tsource\n"
        "Tomas Brellik\t\tAUTGOV\tgovernment\t2030-01-01\t2032-01-01\tinvented\n"
        "Ilse Varnak\t\tAUTGOV\tforeign_minister\t2030-01-01\t\tinvented\n"
        "Piet Varnak\t\tNLDGOV\tdefence_minister\t2030-06-01\t\tinvented\n"
        "Olund Martek\t\tSWEGOV\thead_of_state\t2030-01-01\t\tinvented\n"
        "Arvo Olund\t\tFINGOV\tgovernment\t2030-01-01\t\tinvented\n"
        "Qiu Weiran\t\tCHNGOV\tforeign_minister\t2030-01-01\t\tinvented\n"
        "Hanno Kessby Jr.\t\tDNKGOV\thead_of_government\t2030-01-01\t\tinvented\n",
        encoding="utf-8",
    )
    with in_force(Settings(actor_tables=[table])):
        family = office_holders().family_names
        assert [term.name for term in family["brellik"]] == ["Tomas Brellik"]
        assert "varnak" not in family, "two holders bear it"
        assert "olund" not in family, "a given name of another holder"
        assert "qiu" in family and "weiran" not in family, "Chinese names put it first"
        assert "kessby" in family and "jr." not in family
        speech = "Talks\nMr. {} said on Friday that the talks would go on.\n"
        assert code_of(speech.format("Brellik"), "2031-03-01", "Brellik") == "AUTGOV"
        assert code_of(speech.format("Brellik"), "2033-03-01", "Brellik") == "AUTELI", "after it"
        bare = "Talks\nQiu said on Friday that the talks would go on.\n"
        assert code_of(bare, "2031-03-01", "Qiu") == "CHNGOV"
        assert code_of(bare, "2029-03-01", "Qiu") is None, "a bare surname before the term"
        titled = "Talks\nMinister Brellik said on Friday that the talks would go on.\n"
        assert code_of(titled, None, "Brellik") == "AUTGOV", "undated: the title's role"
    assert code_of(speech.format("Brellik"), "2031-03-01", "Brellik") is None, "ours alone"


def test_a_bad_user_row_is_named_before_the_first_article(tmp_path: Path) -> None:
    table = tmp_path / "broken_office_holders.tsv"
    table.write_text(
        "name\taliases\tcode\toffice\tstart\tend\tsource\n"
        "Ilse Varnak\t\tAUTGOV\tforeign_minister\t2030-01-01\t2029-01-01\tinvented\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"broken_office_holders.tsv, row 2: ends"):
        check_settings(Settings(actor_tables=[table]))


def test_an_event_actor_records_the_table_as_its_rule() -> None:
    text = (
        "Minister Accuses Rebels\nLavrov accused the rebels of attacking a convoy near the "
        "border on Monday.\n"
    )
    analysis = analyze(text, published="2019-09-02")
    sources = [actor for event in analysis.events for actor in event.source]
    lavrov = [actor for actor in sources if actor.text == "Lavrov"]
    assert lavrov, "Lavrov is the source of an event"
    assert all(actor.code == "RUSGOV" for actor in lavrov)
    assert all(actor.code_from == CodeSource("office_holder") for actor in lavrov)


def test_every_row_of_our_table_reads() -> None:
    index = office_holders(Settings())
    terms = [term for terms in index.full_names.values() for term in terms]
    assert all(term.end is None or term.start[:7] <= term.end for term in terms)
    assert {term.code[:3] for term in terms} >= {"USA", "RUS", "CHN", "UKR", "ISR", "IRN"}


def test_a_titled_family_name_of_several_words_is_the_holder_s() -> None:
    text = "Budget Summit\nPrime Minister Van Rompuy opened the budget summit on Thursday.\n"
    assert code_of(text, "2009-03-05", "Van Rompuy") == "BELGOV"
    assert code_of(text, None, "Van Rompuy") == "BELGOV", "no date: the title's role"


def test_a_titled_name_spelt_a_letter_or_two_off_is_the_holder_s() -> None:
    """News misspells names; with a title, a long name a letter or two from one holder's is
    theirs, recorded as such. A short name lies too near other people's to say."""
    text = "Dam Opening\nPresident Abdelaziz Boutefflika opened a dam near Oran on Tuesday.\n"
    spelt = people(text, "2005-04-12")["Abdelaziz Boutefflika"]
    assert (spelt.actor, spelt.code_from) == ("DZAGOV", CodeSource("office_holder_spelling"))
    assert code_of(text, None, "Abdelaziz Boutefflika") == "DZAGOV"
    short = "Dam Opening\nPresident Macrn opened a dam near Lyon on Tuesday.\n"
    assert code_of(short, "2019-04-12", "Macrn") is None
    untitled = "Dam Opening\nAbdelaziz Boutefflika opened a dam near Oran on Tuesday.\n"
    assert code_of(untitled, "2005-04-12", "Abdelaziz Boutefflika") is None


def test_a_surname_of_a_head_of_state_since_2014_is_coded_within_the_term() -> None:
    """Phoenix stops early in 2014; the heads written since then code a bare surname in the
    term only (Haiti's president 2017-2021)."""
    text = "Port Talks\nMoise said on Monday that the port would reopen within a week.\n"
    assert code_of(text, "2019-03-04", "Moise") == "HTIGOV"
    assert code_of(text, "2015-03-04", "Moise") is None, "before the term"
    assert code_of(text, "2022-03-04", "Moise") is None, "after the term"


def test_a_later_term_of_an_earlier_head_of_government_is_coded() -> None:
    text = "Rubber Prices\nMahathir said on Tuesday that rubber prices would recover.\n"
    assert code_of(text, "2019-05-07", "Mahathir") == "MYSGOV", "his 2018-2020 term"
    assert code_of(text, "2016-05-07", "Mahathir") is None, "between his terms"
    assert code_of(text, "2021-05-07", "Mahathir") is None, "after the second term"


def test_a_g20_foreign_minister_is_coded_within_the_term() -> None:
    text = "Trade Talks\nPandor told reporters on Friday that the trade talks would resume.\n"
    assert code_of(text, "2021-06-04", "Pandor") == "ZAFGOV"
    assert code_of(text, "2025-06-04", "Pandor") is None, "after the term"


def test_a_head_replaced_after_2025_is_out_of_office_and_the_successor_in() -> None:
    """The Factbook names Venezuela's interim president from 5 January 2026; the table had
    left Maduro's term open."""
    text = (
        "Oil Exports\nMaduro said on Monday that oil exports would rise. Delcy Rodríguez met "
        "the oil minister in Caracas.\n"
    )
    assert code_of(text, "2025-06-02", "Maduro") == "VENGOV"
    assert code_of(text, "2026-03-02", "Maduro") is None, "after the term"
    assert code_of(text, "2026-03-02", "Delcy Rodríguez") == "VENGOV"


def test_a_caretaker_between_two_terms_holds_the_office_alone() -> None:
    """Greece's caretaker prime minister (25 May to 26 June 2023) parts Mitsotakis's terms."""
    text = "Election Day\nSarmas said on Sunday that the vote had gone smoothly.\n"
    assert code_of(text, "2023-06-11", "Sarmas") == "GRCGOV"
    assert code_of(text, "2023-08-11", "Sarmas") is None, "after the caretaker term"
    other = "Ferry Strike\nMitsotakis said on Sunday that the ferries would sail.\n"
    assert code_of(other, "2023-06-11", "Mitsotakis") is None, "between his terms"
    assert code_of(other, "2023-08-11", "Mitsotakis") == "GRCGOV", "his second term"


def test_a_gap_of_heads_of_government_is_filled() -> None:
    """Bulgaria's prime ministers since 2021 were left out; the Factbook names them."""
    text = "Grid Repairs\nDenkov said on Thursday that the grid would be repaired.\n"
    assert code_of(text, "2023-10-05", "Denkov") == "BGRGOV"
    assert code_of(text, "2025-10-05", "Denkov") is None, "after the term"
