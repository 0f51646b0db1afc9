"""The article page shows the news judgement and the events the learned event filter left
out (`article.news.withheld`): each trigger linked to its characters and marked in the text
on a layer of its own, with its PLOVER type, probability and threshold."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.server.app import templates
from eventwire.server.layers import LAYERS, marked_text
from eventwire.server.views import QUAD_CLASSES
from eventwire.store.read_only import open_read_only


@pytest.fixture(scope="module")
def client(withheld_db) -> TestClient:
    with open_read_only(withheld_db) as store:
        yield TestClient(create_app(store))


@pytest.fixture(scope="module")
def article(client) -> dict:
    (row,) = client.get("/events.json").json()["rows"]
    return client.get(f"/api/articles/{row['article']['id']}").json()


def test_the_api_carries_the_withheld_event(article) -> None:
    (withheld,) = article["article"]["news"]["withheld"]
    text = article["article"]["text"]
    assert text[withheld["trigger"]["start"] : withheld["trigger"]["end"]] == "offers"
    assert withheld["plover_type"] == "AGREE"
    assert 0 <= withheld["probability"] < withheld["threshold"]
    assert [event["trigger"]["text"] for event in article["events"]] == ["attacked"]


def test_the_article_page_lists_the_withheld_event_beside_the_news_judgement(
    client, article
) -> None:
    html = client.get(f"/articles/{article['article']['id']}").text
    news = article["article"]["news"]
    (withheld,) = news["withheld"]
    judgement = html[html.index('<section id="news"') : html.index("</section>")]
    assert "news about public affairs" in judgement
    assert unescape(re.sub(r"\s+", " ", judgement)).count(news["reason"]) == 1
    assert news["genre"] in judgement and "left out by the event filter" in judgement
    assert "--every-article</code> codes them" in judgement
    (row,) = re.findall(r'<tr id="withheld-0">(.*?)</tr>', judgement)
    start, end = withheld["trigger"]["start"], withheld["trigger"]["end"]
    assert f'href="#chars-{start}-{end}"' in row and ">offers</a>" in row
    cells = re.findall(r"<td>(.*?)</td>", row)[1:]
    assert cells == [
        "AGREE",
        str(withheld["probability"]),
        str(withheld["threshold"]),
        "below the threshold",
    ]


def test_the_withheld_trigger_is_marked_on_its_own_layer(client, article) -> None:
    html = client.get(f"/articles/{article['article']['id']}").text
    pieces = re.findall(
        r'class="piece ([^"]*)" data-start="(\d+)" data-end="(\d+)" data-marks="([^"]*)"',
        html,
    )
    marked = [piece for piece in pieces if "withheld-0" in piece[3].split()]
    assert all("m-withheld" in piece[0].split() for piece in marked)
    (withheld,) = article["article"]["news"]["withheld"]
    trigger = withheld["trigger"]
    assert (int(marked[0][1]), int(marked[-1][2])) == (trigger["start"], trigger["end"])
    switch = re.search(r'value="withheld"\s*>\s*withheld <span class="count">(\d+)</span>', html)
    assert switch and switch.group(1) == "1"


def test_a_record_without_a_news_judgement_says_so(article) -> None:
    stored = {**article, "article": {**article["article"], "news": None}}
    html = templates.get_template("article.html").render(
        data=stored, text=marked_text(stored), layers=LAYERS, quad_classes=QUAD_CLASSES
    )
    assert "No news judgement" in html and 'data-marks="withheld-0"' not in html
