"""`eventwire serve` in a real browser: headless Chromium (Debian's `chromium`, driven by
Playwright) loads each page, filters, zooms the timeline, opens an article, toggles a layer
and follows a field to its characters. Screenshots of each page go to a folder under the
temporary directory, named in the test output."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest

from eventwire.records import Analysis
from eventwire.server import create_app
from eventwire.store import Store
from eventwire.store.read_only import open_read_only

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)"
)
if not CHROMIUM.exists():
    pytest.skip(
        f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)",
        allow_module_level=True,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(path: Path) -> Iterator[str]:
    """The app over the store at `path`, read-only, on a free loopback port."""
    import uvicorn

    store = open_read_only(path)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def base_url(served_db) -> Iterator[str]:
    with serving(served_db) as url:
        yield url


@pytest.fixture(scope="module")
def story_url(story_db) -> Iterator[str]:
    with serving(story_db) as url:
        yield url


@pytest.fixture(scope="module")
def withheld_url(withheld_db) -> Iterator[str]:
    with serving(withheld_db) as url:
        yield url


HIVES = (
    "Beekeepers in the upper valley accused the regional water board of poisoning their hives. "
    "Some weeks on, the board's engineers inspected the pumps at Orrin Ford."
)


def hives_words(text: str) -> dict[str, Any]:
    start = HIVES.index(text)
    return {"text": text, "start": start, "end": start + len(text)}


def hives_event(event_id: str, trigger: str, **fields: Any) -> dict[str, Any]:
    """An event of HIVES with every field the store lets be null left null."""
    return {
        "id": event_id,
        "sentence": 0,
        "trigger": hives_words(trigger),
        "source": [],
        "target": [],
        "cameo": "112",
        "cameo_root": "11",
        "quad_class": None,
        "goldstein": None,
        "plover": {"type": None, "mode": None},
        "modality": "asserted",
        "asserted_by": None,
        "mentions": [hives_words(trigger)],
        "date": None,
        "place": None,
        **fields,
    }


@pytest.fixture(scope="module")
def hives_url(tmp_path_factory) -> Iterator[str]:
    """A store of one article whose events hold nulls: uncoded actors, a date with neither
    value nor source, a place with neither name nor country."""
    path = tmp_path_factory.mktemp("hives") / "hives.db"
    article = {"id": "hives1", "title": "Hives", "outlet": None, "url": None}
    article |= {"published": None, "language": "en", "text": HIVES, "news": None}
    nowhere = dict.fromkeys(("name", "lat", "lon", "country", "admin1", "precision"))
    events = [
        hives_event(
            "h1",
            "accused",
            source=[{**hives_words("Beekeepers in the upper valley"), "code": None}],
            target=[{**hives_words("the regional water board"), "code": "GOV"}],
            date={"value": None, "granularity": None, "source": None},
        ),
        hives_event(
            "h2",
            "inspected",
            source=[{**hives_words("the board's engineers"), "code": None, "name": None}],
            place={**nowhere, "gazetteer_id": None, "source": "text", **hives_words("Orrin Ford")},
        ),
    ]
    with Store(path) as store:
        assert store.add(Analysis.from_dict({"article": article, "events": events}))
    with serving(path) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {folder}")
    return folder


def checked_page(browser, base_url: str) -> Iterator:
    """A page that fails the test on any script error, console error or dialog."""
    context = browser.new_context(viewport={"width": 1300, "height": 900}, base_url=base_url)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    yield page
    context.close()
    assert problems == []


@pytest.fixture
def page(browser, base_url):
    yield from checked_page(browser, base_url)


@pytest.fixture
def story_page(browser, story_url):
    yield from checked_page(browser, story_url)


@pytest.fixture
def withheld_page(browser, withheld_url):
    yield from checked_page(browser, withheld_url)


@pytest.fixture
def hives_page(browser, hives_url):
    yield from checked_page(browser, hives_url)


def api(base_url: str, path: str) -> dict:
    with urlopen(base_url + path) as response:
        return json.load(response)


def shown_total(page) -> int:
    return int(page.text_content("#total"))


def test_events_filter_and_permalink(page, base_url, screenshots) -> None:
    page.goto("/events")
    page.wait_for_selector(".timeline[data-ready]")
    assert shown_total(page) == api(base_url, "/events.json")["total"]
    page.screenshot(path=screenshots / "events.png", full_page=True)

    page.fill('input[name="plover"]', "assault")
    page.select_option('select[name="modality"]', "all")
    page.click('form.filters button[type="submit"]')
    page.wait_for_load_state()
    assert "plover=assault" in page.url
    expected = api(base_url, "/events.json?plover=assault&modality=all")
    assert shown_total(page) == expected["total"] > 0
    triggers = page.locator("table.events a.trigger").all_text_contents()
    assert triggers == [row["event"]["trigger"]["text"] for row in expected["rows"]]

    permalink = page.get_attribute("#permalink", "href")
    other = page.context.new_page()
    other.goto(permalink)
    assert other.locator("table.events a.trigger").all_text_contents() == triggers
    assert other.input_value('input[name="plover"]') == "assault"
    other.close()


def test_facet_click_narrows_the_table(page, base_url) -> None:
    page.goto("/events")
    link = page.locator('.facet[data-facet="outlet"] li a').first
    outlet = link.text_content()
    link.click()
    page.wait_for_load_state()
    outlets = page.locator("table.events tbody tr td:nth-child(2)").all_text_contents()
    assert outlets and set(outlets) == {outlet}
    assert page.locator('.facet[data-facet="outlet"] li.selected').count() == 1


def test_timeline_zoom_refilters_the_table(page, base_url, screenshots) -> None:
    page.goto("/timeline?modality=all")
    page.wait_for_selector(".timeline[data-ready] svg")
    page.screenshot(path=screenshots / "timeline.png", full_page=True)
    page.goto("/events?modality=all")
    chart = page.wait_for_selector(".timeline[data-ready] svg")
    box = chart.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 30, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**since=*")
    query = page.url.split("?", 1)[1]
    assert "until=" in query and "modality=all" in query
    expected = api(base_url, f"/events.json?{query}")
    assert shown_total(page) == expected["total"]
    assert expected["total"] < api(base_url, "/events.json?modality=all")["total"]


def test_article_layers_and_spans(page, base_url, screenshots) -> None:
    page.goto("/events?modality=all")
    page.click("table.events a.trigger >> nth=0")
    page.wait_for_load_state()
    article_id = page.url.split("/articles/")[1].split("#")[0]
    analysis = api(base_url, f"/articles/{article_id}.json")

    for number, event in enumerate(analysis["events"]):
        pieces = page.locator(f'#text .piece[data-marks~="event-{number}"]')
        assert "".join(pieces.all_text_contents()) == event["trigger"]["text"]

    trigger = page.locator('#text .piece.r-trigger[data-marks~="event-0"]').first
    trigger.hover()
    assert page.get_attribute("#card", "data-event") == analysis["events"][0]["id"]
    assert analysis["events"][0]["trigger"]["text"] in page.text_content("#card")
    page.screenshot(path=screenshots / "article.png", full_page=True)

    for other in ("places", "times", "quantities"):  # a name may be a place too: "Lisbon"
        page.uncheck(f'.layers input[value="{other}"]')
    entity = page.locator("#text .piece.m-entities:not(.r-trigger)").first
    shaded = entity.evaluate("node => getComputedStyle(node).backgroundColor")
    page.uncheck('.layers input[value="entities"]')
    assert "show-entities" not in page.get_attribute("body", "class")
    plain = entity.evaluate("node => getComputedStyle(node).backgroundColor")
    assert shaded != plain and plain in ("rgba(0, 0, 0, 0)", "transparent")
    page.check('.layers input[value="entities"]')
    assert entity.evaluate("node => getComputedStyle(node).backgroundColor") == shaded

    link = page.locator("table.events-records a.span-link").first
    start, end = int(link.get_attribute("data-start")), int(link.get_attribute("data-end"))
    link.click()
    page.wait_for_selector("#text .piece.flash")  # the page flashes on its hashchange event
    flashed = "".join(page.locator("#text .piece.flash").all_text_contents())
    assert flashed == analysis["article"]["text"][start:end] == link.text_content()


def hovered_card(page, number: int) -> dict[str, str]:
    """The record card of the article's `number`th event, hovered: each term and its value."""
    page.locator(f'#text .piece.r-trigger[data-marks~="event-{number}"]').first.hover()
    terms = page.locator("#card dt").all_text_contents()
    return dict(zip(terms, page.locator("#card dd").all_text_contents(), strict=True))


def test_article_card_shows_what_the_record_holds(hives_page, screenshots) -> None:
    page = hives_page
    page.goto("/articles/hives1")
    accused = hovered_card(page, 0)
    assert accused == {
        "trigger": "«accused» (31–38)",
        "source": "«Beekeepers in the upper valley» —",
        "target": "«the regional water board» GOV",
        "CAMEO": "112 (root 11)",
        "PLOVER": "",
        "modality": "asserted",
        "asserted by": "",
        "date": "unresolved",
        "place": "",
        "mentions": "1",
    }
    assert HIVES[31:38] == "accused"
    assert page.locator("#card .uncoded").get_attribute("title") == "no code"
    page.screenshot(path=screenshots / "article-card.png", full_page=True)
    inspected = hovered_card(page, 1)
    assert inspected["source"] == "«the board's engineers» —"
    assert inspected["target"] == inspected["date"] == ""
    assert inspected["place"] == "Orrin Ford"
    for card in (accused, inspected):
        shown = " ".join(f"{term} {value}" for term, value in card.items())
        for placeholder in ("null", "None", "undefined", "?", "NaN"):
            assert placeholder not in shown


def test_article_withheld_layer_toggles_and_links(withheld_page, withheld_url, screenshots) -> None:
    page = withheld_page
    (row,) = api(withheld_url, "/events.json")["rows"]
    analysis = api(withheld_url, f"/api/articles/{row['article']['id']}")
    (withheld,) = analysis["article"]["news"]["withheld"]
    page.goto(f"/articles/{row['article']['id']}")
    assert "left out by the event filter" in page.text_content("#news")
    cells = page.locator("table.withheld-records tbody tr td").all_text_contents()
    assert cells == [
        "offers",
        "AGREE",
        str(withheld["probability"]),
        str(withheld["threshold"]),
        "below the threshold",
    ]

    trigger = page.locator('#text .piece[data-marks~="withheld-0"]')
    assert "".join(trigger.all_text_contents()) == withheld["trigger"]["text"]
    page.uncheck('.layers input[value="quotes"]')  # the bid's verb is a quote's cue too
    plain = trigger.first.evaluate("node => getComputedStyle(node).backgroundColor")
    page.check('.layers input[value="withheld"]')
    assert "show-withheld" in page.get_attribute("body", "class")
    shaded = trigger.first.evaluate("node => getComputedStyle(node).backgroundColor")
    assert shaded != plain and plain in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=screenshots / "article-withheld.png", full_page=True)

    page.click("table.withheld-records a.span-link")
    page.wait_for_selector("#text .piece.flash")
    flashed = "".join(page.locator("#text .piece.flash").all_text_contents())
    assert flashed == withheld["trigger"]["text"]
    page.uncheck('.layers input[value="withheld"]')
    assert "show-withheld" not in page.get_attribute("body", "class")


def test_article_text_with_markup_shows_as_text(page, base_url) -> None:
    articles = api(base_url, "/events.json?modality=all")["rows"]
    scripted = next(row["article"] for row in articles if "<script>" in row["article"]["title"])
    page.goto(f"/articles/{scripted['id']}")
    assert page.text_content("h1") == scripted["title"]
    assert "<script>alert(1)</script>" in page.text_content("#text")


def test_map_clusters_link_to_events(page, base_url, screenshots) -> None:
    page.goto("/map")
    page.wait_for_selector("#map[data-ready]")
    located = len(api(base_url, "/map.json")["features"])
    counts = [
        int(n)
        for n in page.locator("#map .cluster").evaluate_all(
            "groups => groups.map(group => group.dataset.count)"
        )
    ]
    assert sum(counts) == located > 0
    page.locator("#map .cluster").last.click()
    popup = page.wait_for_selector("#map .popup")
    page.screenshot(path=screenshots / "map.png")
    event_link = popup.query_selector("li a").get_attribute("href")
    assert event_link.startswith("/articles/") and "#event-" in event_link
    popup.query_selector("a:not(li a)").click()
    page.wait_for_load_state()
    assert "bbox=" in page.url and shown_total(page) > 0


def test_story_page_shows_each_outlets_telling_and_the_dispute(
    story_page, story_url, screenshots
) -> None:
    page = story_page
    page.goto("/events?modality=all")
    row = page.locator("table.events tbody tr", has_text="Coastal Herald").filter(
        has=page.locator("a.trigger", has_text="abducted")
    )
    row.locator("a.story-link").click()
    page.wait_for_load_state()
    story_id = page.url.split("/stories/")[1].split("#")[0]
    story = api(story_url, f"/api/stories/{story_id}")
    event_id = page.url.split("#mention-")[1]
    assert page.locator(f"#mention-{event_id}").evaluate("node => node.matches(':target')")
    assert page.locator(".story-event").count() == len(story["events"])
    page.screenshot(path=screenshots / "story.png", full_page=True)

    section = page.locator(".story-event", has=page.locator(f"#mention-{event_id}"))
    cards = section.locator(".mention")
    assert cards.locator("header.outlet").evaluate_all(
        "nodes => nodes.map(node => node.firstChild.textContent.trim())"
    ) == ["Ridge Post", "Coastal Herald", "Upland Courier"]
    boxes = [cards.nth(number).bounding_box() for number in range(cards.count())]
    assert len({round(box["y"]) for box in boxes}) == 1, "the tellings sit side by side"
    assert [box["x"] for box in boxes] == sorted(box["x"] for box in boxes)
    for number, claimed in enumerate(("23 miners", "27 miners", "23 miners")):
        card = cards.nth(number)
        assert card.locator(".r-trigger").first.text_content().startswith("abduct")
        assert "Gunmen" in card.locator(".r-source").all_text_contents()
        assert "Sunday" in card.locator(".r-date").all_text_contents()
        assert claimed in card.locator(".m-discrepancies").all_text_contents()
        assert card.locator(".sides .d-quantity strong").text_content() == claimed.split()[0]
    section.screenshot(path=screenshots / "story-event.png")

    badge = section.locator("h2 a.badge.d-quantity")
    assert badge.text_content() == "counts differ · miners"
    badge.click()
    row = page.locator("tr.discrepancy:target")
    assert row.get_attribute("data-field") == "quantity"
    sides = row.locator(".side").all_text_contents()
    assert len(sides) == 2
    assert "Coastal Herald «27 miners»" in next(side for side in sides if side.startswith("27"))
    assert "Ridge Post «23 miners»" in next(side for side in sides if side.startswith("23"))

    title = next(a for a in story["articles"] if a["outlet"] == "Upland Courier")["title"]
    assert title in page.locator(".story-articles").text_content()
    assert page.locator(".passage", has_text="<script>alert(3)</script>").count() == 1

    with urlopen(story_url + page.get_attribute("a[href$='.csv']", "href")) as response:
        exported = response.read().decode()
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert len(rows) == sum(len(item["mentions"]) for item in story["events"])
