"""Only news about public affairs earns event coding; the judgement and its reason are
recorded on the article."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

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


def test_pages_that_are_not_news_carry_fewer_than_one_event_in_ten() -> None:
    pages = Path(__file__).parent / "data" / "non_news"
    output = io.StringIO()
    with redirect_stdout(output):
        assert main(["eval", "news", "--gold", str(pages)]) == 0
    count = len(list(pages.glob("*.txt")))
    assert count >= 20
    asserted = int(output.getvalue().split("asserted events: ")[1].split(",")[0])
    assert asserted < count / 10


BASEBALL_OFFER = """Hawks Offer Menz Eight-Year Deal
The Port Alvin Hawks offered first baseman Dario Menz an eight-year deal on Thursday.
Team president Ona Reyes and general manager Ivo Sato met his agent in a police officer's old house.
The slugger, who hit 30 homers last year, refused to comment.
Two other teams, including one from the capital, have also made offers to the All-Star."""

FILM_SEQUEL = """Filmmaker Signs On to Direct Sequel
Filmmaker Tomas Greer agreed on Monday to direct the sequel to the blockbuster, the studio said.
Greer met the pinup queen of the original, who rejected the first script, at an official dinner.
The superstar had refused to be photographed by paparazzi outside a court last month.
The sequel is due in cinemas next year."""

MATCH_AMONG_DIGNITARIES = """Rovers Beat City at the Police Ground
Rovers beat City 2-0 in the league match at the Police Ground on Saturday.
Their striker, a former police officer, scored twice after a pass from an army sergeant.
Beside the club's president in the stand were the mayor, two judges, a general and a minister.
Among the crowd were soldiers, police officers and members of parliament.
The visitors attacked late, but Rovers held on to win."""

RIOT_AT_A_MATCH = """Police Arrest Forty Fans After Riot at Cup Final
Police arrested forty fans after a riot at the cup final in Port Alvin on Saturday.
Riot police fired tear gas as fans threw flares onto the pitch during the match.
The interior minister condemned the violence, and the government ordered an inquiry.
Prosecutors charged six men with assault on Sunday, the police said."""

DOPING_BAN = """Agency Bans Sprinter for Four Years
Velorian anti-doping authorities banned sprinter Lena Okafor for four years on Monday.
The government's sports ministry suspended her coach, and prosecutors charged him with fraud.
Okafor, an Olympic medal winner, denied taking the drug before the championship."""


def test_a_team_offering_a_player_a_deal_is_no_public_affairs() -> None:
    """A team's president and a police officer's house are no actors of public affairs at
    work, and its general manager none at all: the offer and the meeting are not events."""
    analysis = analyze(BASEBALL_OFFER, published="2025-05-06")
    assert not analysis.article.news.public_affairs
    assert "sport" in analysis.article.news.reason
    assert "general" not in analysis.article.news.reason  # a club's general manager is no officer
    assert analysis.events == []


def test_a_page_about_a_film_is_no_public_affairs_though_a_court_appears() -> None:
    analysis = analyze(FILM_SEQUEL, published="2025-05-06")
    assert not analysis.article.news.public_affairs
    assert "culture" in analysis.article.news.reason
    assert analysis.events == []


def test_a_match_report_is_no_public_affairs_when_its_dignitaries_only_watch() -> None:
    """Judges, generals and police outnumber the words of the match, but none of them acts."""
    news = analyze(MATCH_AMONG_DIGNITARIES, published="2025-05-06").article.news
    assert not news.public_affairs
    assert news.reason.endswith("no actor of public affairs acts in it")


def test_a_riot_at_a_match_and_a_doping_ban_stay_news_where_public_actors_act() -> None:
    for text, doers, types in (
        (RIOT_AT_A_MATCH, ("police", "interior minister"), {"COERCE", "ASSAULT"}),
        (DOPING_BAN, ("authorities", "prosecutors"), {"COERCE", "ACCUSE"}),
    ):
        analysis = analyze(text, published="2025-05-06")
        news = analysis.article.news
        assert news.public_affairs, news.reason
        assert "act in it" in news.reason and all(doer in news.reason for doer in doers)
        asserted = {e.plover["type"] for e in analysis.events if e.modality == "asserted"}
        assert asserted >= types


TAKEOVER_STORY = """Harbor Foods Rejects Takeover Bid
Harbor Foods Inc. said its board rejected a $40-a-share takeover offer from Valley Mills Corp.
The company's shareholders vote on the merger next month, and its stock rose 4% on the Nasdaq.
Valley Mills agreed to sell its bakery subsidiary to pay for the acquisition.
Investors expect higher earnings and a larger dividend this year."""

TARIFF_STORY = """Velorian Tariffs Hit Marovian Steel
Velorian President Ana Ruiz imposed tariffs on steel from Marovia on Monday, the ministry said.
Marovia's government condemned the tariffs, and its prime minister threatened retaliation.
Investors sold stocks in both countries after the announcement."""


def test_a_takeover_between_companies_is_no_public_affairs() -> None:
    """A board rejecting a bid, a sale of a subsidiary: the dealings of companies, no events."""
    analysis = analyze(TAKEOVER_STORY, published="2025-05-06")
    assert not analysis.article.news.public_affairs
    assert "business" in analysis.article.news.reason
    assert analysis.events == []


def test_a_trade_measure_moving_markets_stays_public_affairs() -> None:
    analysis = analyze(TARIFF_STORY, published="2025-05-06")
    assert analysis.article.news.public_affairs, analysis.article.news.reason
    assert "SANCTION" in {e.plover["type"] for e in analysis.events if e.modality == "asserted"}


FRENCH_REPORT = """La police arrête douze manifestants devant le parlement
La police a arrêté douze manifestants devant le parlement mardi soir, selon le ministère de
l'Intérieur. Le gouvernement a déclaré que les troupes resteraient dans la capitale jusqu'à la
fin du mois. L'opposition a accusé le président de cacher le nombre de morts et demande une
enquête indépendante sur les attaques de la police contre les manifestants."""


def test_a_report_in_another_language_earns_no_coding_and_says_why() -> None:
    analysis = analyze(FRENCH_REPORT, published="2025-05-06")
    news = analysis.article.news
    assert not news.public_affairs
    assert news.reason.startswith("not English")
    assert analysis.events == []


def test_a_short_english_text_is_not_judged_by_its_function_words() -> None:
    headline = "Police Disperse Protesters Outside Parliament in Port Alvin"
    assert analyze(headline, published="2025-05-06").article.news.public_affairs
