"""News outlets as actors (issue 12): an outlet banned, sued or attacked is its home country's
media (`outlets.tsv` code), as the VOA gold codes it. Articles are invented for these tests."""

from __future__ import annotations

from news_events import actors_named, events_of

from eventwire.records import Event


def coded(events: list[Event], text: str) -> set[str | None]:
    return {a.code for a in actors_named(events, text)}


def test_an_outlet_named_as_the_target_is_its_countrys_media() -> None:
    events = events_of(
        "Ministry Bans Broadcaster\n"
        "The Ruritanian government banned Voice of America on Monday, a week after it expelled "
        "two reporters."
    )
    assert coded(events, "Voice of America") == {"USAMED"}


def test_an_outlets_reporter_is_its_media_but_a_world_wire_agencys_is_not() -> None:
    """A national outlet's reporter is its country's press; Reuters, AP and AFP hire reporters
    in every country, so their name gives no country."""
    events = events_of(
        "Police Detain Reporters\n"
        "Police in Caracas detained a Der Spiegel reporter on Monday. Police in Caracas detained "
        "a Reuters reporter on Tuesday."
    )
    assert coded(events, "a Der Spiegel reporter") == {"DEUMED"}
    assert "GBRMED" not in coded(events, "a Reuters reporter")


def test_an_interviewers_label_names_no_party() -> None:
    """A transcript marks each question with the outlet's name: the question's subject is the
    party, not the outlet that asks."""
    events = events_of(
        "Interview: Minister on Ties\n"
        "Taiwan's foreign minister spoke on Monday. VOA: Russia's President Vladimir Putin "
        "recently visited China after he began a new term. How concerned are you?"
    )
    assert "USAMED" not in {a.code for e in events for a in (*e.source, *e.target)}


def test_a_two_letter_credit_names_no_outlet() -> None:
    """ "AA" credits Anadolu Agency's photos, and it is also Alcoholics Anonymous."""
    events = events_of(
        "Governor Backs Treatment\nThe governor praised AA for helping veterans on Monday."
    )
    assert "TURMED" not in {a.code for e in events for a in (*e.source, *e.target)}


def test_press_freedom_groups_are_rights_groups_for_the_media() -> None:
    """Phoenix codes Reporters Without Borders and the Committee to Protect Journalists
    NGOHRIMED: the VOA gold's NGOHRI, which the role score reads as the longer code's start."""
    events = events_of(
        "Watchdog Condemns Arrest\n"
        "Reporters Without Borders condemned the arrest of journalist Oren Malik in Tegucigalpa "
        "on Monday."
    )
    assert coded(events, "Reporters Without Borders") == {"NGOHRIMED"}


def test_a_person_who_talks_to_a_foreign_outlet_stays_the_settings() -> None:
    """The setting gives a person the article names no country for the setting's country, unless
    they are seen with foreigners; the outlet they talk to is the press, not a foreign party."""
    events = events_of(
        "Lawyer Held in Harare\n"
        "HARARE - Tendai Moyo told VOA on Monday that police had beaten him in custody. Moyo said "
        "the arrest was unconstitutional. Police in Harare arrested Moyo on Friday. Zimbabwe's "
        "government denied the charges."
    )
    assert coded(events, "Moyo") == {"ZWE"}


def test_a_court_reporter_is_the_courts_not_the_press() -> None:
    """A court reporter writes the record of a hearing: the court's staff, not a journalist."""
    events = events_of(
        "Gunman Kills Judge in Atlanta\n"
        "ATLANTA - A defendant shot the judge and a court reporter in an Atlanta courtroom on "
        "Friday. Police in Atlanta arrested the man hours later."
    )
    assert coded(events, "a court reporter") == {"USAJUD"}
