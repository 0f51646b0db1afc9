"""A group's code follows the article's date where its role changed: the Taliban are rebels
before they take power and the government of Afghanistan while they rule (groups.tsv's `dated`
column). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.codebooks.actors import dated_codes, read_actor_table
from eventwire.settings import Settings

TEXT = "Regional News Roundup\nThe Taliban detained two aid workers near Kandahar on Tuesday."


def doer_codes(published: str | None) -> list[str | None]:
    analysis = analyze(TEXT, published=published, settings=Settings(event_filter_threshold=0))
    return [actor.code for event in analysis.events for actor in event.source]


@pytest.mark.parametrize(
    ("published", "code"),
    [
        ("2019-05-02", "AFGREB"),
        ("2024-05-02", "AFGGOV"),
        ("1999-03-03", "AFGGOV"),
        ("2008-07-01", "AFGREB"),
        (None, "AFGREB"),
    ],
)
def test_the_taliban_are_the_government_only_while_they_rule(published, code):
    assert doer_codes(published) == [code]


def test_a_dated_code_needs_a_period(tmp_path):
    table = tmp_path / "groups.tsv"
    table.write_text("code\tname\taliases\tdated\nXYZREB\tRiver Front\t\tXYZGOV 2020-01-01\n")
    with pytest.raises(ValueError, match=r"row 2: dated code 'XYZGOV 2020-01-01'"):
        read_actor_table(table, "group")


def test_a_period_may_be_open_at_either_end():
    codes = dated_codes("XYZGOV ..2001-11-13|XYZGOV 2021-08-15..", "here")
    assert [(code.start, code.end) for code in codes] == [
        (None, "2001-11-13"),
        ("2021-08-15", None),
    ]
