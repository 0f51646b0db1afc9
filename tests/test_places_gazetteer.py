"""The offline gazetteer: names normalised, aliases and tables indexed, lookups by dict."""

from __future__ import annotations

from eventwire.codebooks.gazetteer import PRECISIONS, load_gazetteer, name_key


def entries(name: str) -> list:
    return [match.entry for match in load_gazetteer().lookup(name)]


def test_names_are_normalised_for_lookup():
    assert name_key("U.S.") == "us"
    assert name_key("Ain al-Asad") == "ain al asad"
    assert name_key("the Netherlands") == "netherlands"
    assert name_key("Al Anbār") == "anbar"
    assert name_key("Sana’a") == name_key("Sanaa")


def test_lookup_ignores_case_accents_and_punctuation():
    assert [e.id for e in entries("KYIV")] == [e.id for e in entries("Kyiv")]
    assert entries("Tikrit") and entries("Tikrit")[0].name == "Tikrīt"


def test_exonyms_of_large_cities_are_alternate_names():
    (kyiv,) = load_gazetteer().lookup("Kiev")
    assert (kyiv.entry.name, kyiv.entry.country, kyiv.alternate) == ("Kyiv", "UKR", True)


def test_countries_by_common_names_iso_names_and_our_aliases():
    for name in ("United States", "US", "America", "United States of America"):
        assert [e.country for e in entries(name) if e.precision == "country"] == ["USA"], name
    assert [e.country for e in entries("Russian Federation")] == ["RUS"]
    assert [e.country for e in entries("Britain")] == ["GBR"]


def test_every_country_has_a_point_inside_it():
    gazetteer = load_gazetteer()
    towns = {
        (match.entry.country, match.entry.lat, match.entry.lon)
        for matches in gazetteer.index.values()
        for match in matches
        if match.entry.precision == "city"
    }
    for country in gazetteer.countries.values():
        if country.lat is not None:  # a town of its own, so never in the sea or next door
            assert (country.country, country.lat, country.lon) in towns, country.name
    iraq = gazetteer.countries["IRQ"]
    assert 29 < iraq.lat < 37.5 and 38.5 < iraq.lon < 48.5


def test_facilities_and_regions_come_from_our_tables():
    (airport,) = entries("Baghdad International Airport")
    assert (airport.precision, airport.country, airport.admin1) == ("facility", "IRQ", "Baghdad")
    assert airport.id.startswith("eventwire:facility:")
    (gaza_strip,) = entries("Gaza Strip")
    assert (gaza_strip.precision, gaza_strip.country) == ("region", "PSE")
    (middle_east,) = entries("Middle East")
    assert middle_east.country is None and middle_east.lat is not None


def test_us_states_are_first_level_divisions_with_postal_codes():
    (texas,) = entries("Texas")
    assert (texas.precision, texas.country, texas.admin1_code) == ("admin1", "USA", "US.TX")
    assert [e.id for e in entries("TX")] == [texas.id]


def test_containment_by_country_and_division():
    (texas,) = entries("Texas")
    paris_texas = next(e for e in entries("Paris") if e.country == "USA")
    paris_france = next(e for e in entries("Paris") if e.country == "FRA")
    assert texas.contains(paris_texas) and not texas.contains(paris_france)
    assert load_gazetteer().countries["FRA"].contains(paris_france)


def test_demonyms_point_to_countries():
    gazetteer = load_gazetteer()
    assert gazetteer.demonym_country("Iraqi") == "IRQ"
    assert gazetteer.demonym_country("Iraqis") == "IRQ"
    assert gazetteer.demonym_country("Paris") is None


def test_every_entry_says_what_its_point_stands_for():
    for matches in load_gazetteer().index.values():
        for match in matches:
            assert match.entry.precision in PRECISIONS
