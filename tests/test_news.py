"""Only news about public affairs earns event coding; the judgement and its reason are
recorded on the article."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from eventwire import Settings, analyze
from eventwire.cli import main

MATCH_REPORT = """Harbour City Beat Valley Rovers in the Cup Final
Harbour City beat Valley Rovers 3-1 in the cup final on Saturday.
Rovers attacked from the kick-off and their striker hit the post twice.
City's goalkeeper held firm, and the league's top scorer struck twice after halftime.
"We fought for every ball," the coach said, as fans stormed the pitch to celebrate.
The two clubs meet again next season in the league."""

CLASH_REPORT = """Troops Clash With Rebels Near Port Alvin
Velorian troops attacked rebel positions near Port Alvin on Tuesday, the defence ministry said.
Police arrested twelve protesters outside parliament later that day.
The opposition accused the government of hiding the number of dead."""


def test_a_match_report_is_not_public_affairs_and_carries_no_events() -> None:
    analysis = analyze(MATCH_REPORT, published="2025-05-03")
    news = analysis.article.news
    assert news is not None and not news.public_affairs
    assert "sport" in news.reason
    assert analysis.events == []


def test_a_report_of_troops_police_and_opposition_is_public_affairs() -> None:
    analysis = analyze(CLASH_REPORT, published="2025-05-06")
    news = analysis.article.news
    assert news is not None and news.public_affairs
    assert "troops" in news.reason
    assert {e.plover["type"] for e in analysis.events} >= {"ASSAULT", "COERCE"}


def test_the_judgement_travels_with_the_article_json() -> None:
    article = analyze(MATCH_REPORT).to_dict()["article"]
    assert article["news"]["public_affairs"] is False
    assert article["news"]["reason"]


def test_every_article_is_coded_when_asked() -> None:
    analysis = analyze(MATCH_REPORT, settings=Settings(code_every_article=True))
    assert not analysis.article.news.public_affairs
    assert analysis.events, "the match report's attacks are coded when the user asks for all"


def test_the_cli_codes_every_article_when_asked(tmp_path) -> None:
    page = tmp_path / "match.txt"
    page.write_text(MATCH_REPORT, encoding="utf-8")
    for flags, coded in (([], False), (["--every-article"], True)):
        output = io.StringIO()
        with redirect_stdout(output):
            assert main(["analyze", str(page), "--format", "json", *flags]) == 0
        assert bool(json.loads(output.getvalue())["events"]) is coded
