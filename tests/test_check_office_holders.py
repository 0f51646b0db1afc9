"""The check of office-holder rows against the CIA World Factbook (scripts/check_office_holders.py):
how it reads a Factbook field and classes a row. The Factbook lines are written here in its
style; the people are invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from check_office_holders import Sighting, classify, first_holder, office_spells


def test_a_field_gives_the_first_holder_with_the_day_they_took_office() -> None:
    family, given, since, _ = first_holder(
        "President Maria Luisa OKONKWO-BRANDT (since 3 March 2019); Vice President Tomas REY "
        "(since 3 March 2019)"
    )
    assert (family, given, since) == (
        frozenset({"okonkwo", "brandt"}),
        frozenset({"maria", "luisa"}),
        "2019-03-03",
    )
    sworn = first_holder("President Ana VELDE (elected 2 May, sworn in 20 May 2021)")
    assert sworn is not None and sworn[2] == "2021-05-20"
    assert first_holder("President (vacant)") is None


def sighting(person: str, since: str, seen: str) -> Sighting:
    family, given, day, text = first_holder(f"Prime Minister {person} (since {since})")
    return Sighting("XXX", "head_of_government", family, given, day, seen, text)


SPELLS = office_spells(
    [
        sighting("Ana VELDE", "2 March 2021", "2021-03-10"),
        sighting("Ana VELDE", "2 March 2021", "2021-05-30"),
        sighting("Jon ARKO", "4 June 2021", "2021-06-10"),
    ]
)


def row(name: str, start: str, end: str = "") -> dict[str, str]:
    return {"name": name, "aliases": "", "start": start, "end": end}


def test_a_row_is_confirmed_or_off_by_its_dates() -> None:
    assert classify(row("Ana Velde", "2021-03-02", "2021-06-04"), SPELLS)[0] == "confirmed"
    assert classify(row("Ana Velde", "2021-03-20", "2021-06-04"), SPELLS)[0] == "off_31"
    verdict, differs, _ = classify(row("Ana Velde", "2021-03-02"), SPELLS)
    assert (verdict, differs) == ("off_more", "open, ended 2021-06-04")


def test_a_row_the_factbook_does_not_name_is_not_covered_or_another_holder_s() -> None:
    assert classify(row("Ivo Brandt", "2019-01-05", "2020-01-05"), SPELLS)[0] == "not_covered"
    assert classify(row("Ivo Brandt", "2020-01-05", "2022-01-05"), SPELLS)[0] == "wrong_person"
