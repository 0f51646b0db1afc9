"""Page clutter that extractors leave in the text (teasers, section headings, ad breaks) is
dropped before analysis, while sentences that merely start with the same words are kept."""

from __future__ import annotations

from eventwire import analyze

PAGE = """Harbour Deal Signed in Port Alvin
Top stories
The Veloria council signed the harbour deal with Dunmark on Monday.
DON'T MISS: Ten things you never knew about harbours
Also on Coast News: Ferry fares rise again
Story continues below advertisement
Dunmark's envoy said work starts in May.
Read also: A short history of the port
In other news
Don't miss the point, the envoy told reporters.
Also on Monday, the mayor welcomed the deal."""


def test_teasers_and_section_headings_are_not_article_text() -> None:
    text = analyze(PAGE).article.text
    for clutter in (
        "Top stories",
        "DON'T MISS",
        "Also on Coast News",
        "Story continues",
        "Read also",
        "In other news",
    ):
        assert clutter not in text
    assert "Don't miss the point, the envoy told reporters." in text
    assert "Also on Monday, the mayor welcomed the deal." in text
