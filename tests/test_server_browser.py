"""`eventwire serve` in a real browser: headless Chromium (Debian's `chromium`, driven by
Playwright) loads each page, filters, zooms the timeline, opens an article, toggles a layer
and follows a field to its characters. Screenshots of each page go to a folder under the
temporary directory, named in the test output."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest

from eventwire.server import create_app
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


@pytest.fixture(scope="module")
def base_url(served_db) -> Iterator[str]:
    import uvicorn

    store = open_read_only(served_db)
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


@pytest.fixture
def page(browser, base_url):
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

    only_entity = ":not(.m-places):not(.m-times):not(.m-quantities):not(.r-trigger)"
    entity = page.locator(f"#text .piece.m-entities{only_entity}").first
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
    flashed = "".join(page.locator("#text .piece.flash").all_text_contents())
    assert flashed == analysis["article"]["text"][start:end] == link.text_content()


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


def test_story_page(page, base_url, screenshots) -> None:
    row = api(base_url, "/events.json")["rows"][0]
    page.goto(f"/articles/{row['article']['id']}/story")
    story = api(base_url, f"/articles/{row['article']['id']}/story.json")
    assert page.locator(".story-event").count() == len(story["events"])
    assert (
        page.locator(".mention mark").first.text_content()
        == story["events"][0]["mentions"][0]["text"]
    )
    page.screenshot(path=screenshots / "story.png", full_page=True)
