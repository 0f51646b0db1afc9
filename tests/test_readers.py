"""Each reader turns its format into Articles: headline first, metadata, furniture dropped."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from trafilatura.settings import Document
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.readers.dates import normalize_date
from eventwire.readers.html import headline
from eventwire.readers.sources import ReadError, read_sources
from eventwire.readers.text import article_from_text
from eventwire.records import Article, content_hash

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

PAGE = """<html><head><title>{title}</title>
<meta property="og:site_name" content="Velm Courier"></head>
<body><article><h1>{title}</h1><p>{body}</p>
<p>Officials in the valley said more details would follow later in the week.</p>
</article></body></html>"""


def read(*paths: str | Path, **overrides: str) -> list[Article | ReadError]:
    return list(read_sources([str(path) for path in paths], **overrides))


def articles(items: list[Article | ReadError]) -> list[Article]:
    assert not [item for item in items if isinstance(item, ReadError)]
    return [item for item in items if isinstance(item, Article)]


def write_warc(path: Path, pages: list[tuple[str, str]], gzipped: bool) -> bytes:
    """A WARC with a warcinfo record, then per page an HTML response and an image response."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwire tests"}))
    for url, html in pages:
        for content_type, payload in (
            ("text/html; charset=utf-8", html.encode("utf-8")),
            ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url if content_type.startswith("text") else url + ".png",
                    "response",
                    payload=io.BytesIO(payload),
                    http_headers=headers,
                )
            )
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def story_pages(count: int) -> list[tuple[str, str]]:
    return [
        (
            f"https://courier.example/story-{number}",
            PAGE.format(
                title=f"Storm closes Velm harbour for day {number}",
                body=f"A storm closed the harbour of Port Velm for the {number} day running on "
                "Monday, and ships waited offshore while the harbour master inspected the quays.",
            ),
        )
        for number in range(1, count + 1)
    ]


# plain text


def test_text_file_headline_outlet_credit_and_furniture() -> None:
    [article] = articles(read(FIXTURES / "bridge-closure.txt"))
    assert article.title == "Old Bridge in Delmar Closed After Inspection"
    assert article.text.startswith("Old Bridge in Delmar Closed After Inspection\n")
    assert article.outlet == "Reuters"
    for furniture in ("Reuters", "Share this article", "Discuss"):
        assert furniture not in article.text.split("\n")
    assert "repairs would take at least six weeks" in article.text
    assert article.id == content_hash(article.text)


@pytest.mark.parametrize(
    "furniture",
    [
        "Advertisement",
        "Share this article",
        "Read more: Dam opens in Orsk",
        "Image credit: Velm Courier",
        "Skip to content",
        "Listen to this article",
        "4 min read",
        "© 2024 Velm Media Ltd",
        "Velm Media. All rights reserved.",
        "Reporting by Ana Ruiz in Orsk; Editing by Tom Lee",
        "(Editing by Tom Lee)",
        "Tags: strike, harbour",
        "Facebook Twitter WhatsApp Email",
        "Next article: Dam opens",
        "REUTERS/Ana Ruiz",
    ],
)
def test_furniture_lines_are_dropped(furniture: str) -> None:
    body = "The harbour of Port Velm reopened on Friday."
    [article] = [article_from_text(f"Harbour reopens\n{furniture}\n{body}\n")]
    assert article.text == f"Harbour reopens\n{body}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright infringement claims rose last year, the ministry said.",
        "Reporting by the state broadcaster was banned in 2020.",
        "Writing by hand is rare now; editing by machine is common, experts say.",
        "Email is the main channel for complaints, officials said.",
        "Loading the ships took all day.",
        "Watch the skies, the forecaster said.",
        "Discussions on the budget resume on Monday.",
    ],
)
def test_article_sentences_like_furniture_are_kept(sentence: str) -> None:
    article = article_from_text(f"Harbour reopens\n{sentence}\n")
    assert article.text == f"Harbour reopens\n{sentence}"


def test_agency_photo_credit_is_dropped_without_setting_outlet(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Quarry blast shakes Orsk\nGetty Images\nA blast at a quarry shook Orsk.\n")
    [article] = articles(read(path))
    assert article.outlet is None
    assert "Getty" not in article.text


def test_same_text_gives_same_id_whatever_the_line_endings(tmp_path: Path) -> None:
    unix, windows = tmp_path / "unix.txt", tmp_path / "windows.txt"
    unix.write_bytes(b"Ferry sinks\nA ferry sank off Orsk.\n")
    windows.write_bytes(b"\xef\xbb\xbfFerry sinks\r\nA ferry sank off Orsk.\r\n")
    [first], [second] = articles(read(unix)), articles(read(windows))
    assert first.id == second.id and first.text == second.text


def test_decomposed_accents_are_composed(tmp_path: Path) -> None:
    composed, decomposed = tmp_path / "composed.txt", tmp_path / "decomposed.txt"
    composed.write_text("Brücke in Zürich gesperrt\nDie Brücke bleibt zu.\n")
    decomposed.write_text("Bru\u0308cke in Zu\u0308rich gesperrt\nDie Bru\u0308cke bleibt zu.\n")
    [first], [second] = articles(read(composed)), articles(read(decomposed))
    assert second.title == "Brücke in Zürich gesperrt"
    assert first.id == second.id


# HTML


def test_html_page_body_title_site_name_date_and_no_comments() -> None:
    [article] = articles(read(FIXTURES / "harbour-strike.html"))
    assert article.title == "Dock workers strike in Port Velm"
    assert article.text.startswith("Dock workers strike in Port Velm\n")
    assert article.outlet == "The Velm Courier"
    assert article.published == "2024-03-11"  # the publisher's own day, not shifted to UTC
    assert article.language == "en"
    assert "restored the night-shift bonus" in article.text
    assert "Reader comment" not in article.text
    assert "Advertisement" not in article.text
    assert "Home" not in article.text.split()


FOOTBRIDGE = (
    "<html><head><title>Orsk votes for footbridge - Orsk Herald</title>{meta}</head><body>"
    "<article><h1>Orsk votes for footbridge</h1><p>The council of Orsk voted on Monday to "
    "build a new footbridge over the Velm river, the mayor said after the meeting.</p>"
    "<p>Work will start in the spring and take about a year, city engineers said.</p>"
    "</article><footer><p>© 2019 Orsk Herald. All rights reserved.</p></footer></body></html>"
)


def test_copyright_year_is_not_taken_for_a_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "footbridge.html"
    path.write_text(FOOTBRIDGE.format(meta=""))
    [article] = articles(read(path))
    assert article.published is None  # not 2019-01-01 guessed from the copyright line


def test_a_real_new_year_date_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "footbridge.html"
    meta = '<meta property="article:published_time" content="2019-01-01T09:00:00Z">'
    path.write_text(FOOTBRIDGE.format(meta=meta))
    [article] = articles(read(path))
    assert article.published == "2019-01-01"


def test_site_name_is_cut_from_the_page_title(tmp_path: Path) -> None:
    path = tmp_path / "footbridge.html"
    path.write_text(FOOTBRIDGE.format(meta='<meta property="og:site_name" content="Orsk Herald">'))
    [article] = articles(read(path))
    assert article.title == "Orsk votes for footbridge"
    assert article.outlet == "Orsk Herald"
    assert article.text.count("Orsk votes for footbridge") == 1


@pytest.mark.parametrize(
    ("title", "sitename", "first_line", "expected"),
    [
        ("Bridge vote delayed | Orsk Herald", "Orsk Herald", "", "Bridge vote delayed"),
        ("orskherald.example - Bridge vote delayed", None, "", "Bridge vote delayed"),
        ("Bridge vote delayed - a setback", "Orsk Herald", "", "Bridge vote delayed - a setback"),
        (
            "World leaders meet in Orsk | Orsk Herald",
            "Orsk Herald",
            "World",
            "World leaders meet in Orsk",
        ),
        (
            "Live: Bridge vote delayed again",
            None,
            "Bridge vote delayed again",
            "Bridge vote delayed again",
        ),
    ],
)
def test_headline_from_page_title(
    title: str, sitename: str | None, first_line: str, expected: str
) -> None:
    document = Document()
    document.title, document.sitename, document.hostname = title, sitename, "www.orskherald.example"
    document.text = f"{first_line}\nThe council met on Monday."
    assert headline(document) == expected


def test_html_declared_in_a_central_european_charset(tmp_path: Path) -> None:
    body = "Starosta města Łódź oznámil, že most přes řeku bude uzavřen kvůli opravám až do léta."
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-2">').format(
        title="Most v Łódźi uzavřen", body=body
    )
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("iso-8859-2"))
    [article] = articles(read(path))
    assert body in article.text
    assert article.meta["encoding"] == "iso8859-2"


def test_html_from_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    html = (FIXTURES / "harbour-strike.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    [article] = articles(read("-"))
    assert article.title == "Dock workers strike in Port Velm"
    assert article.outlet == "The Velm Courier"


def test_text_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rain delays harvest\nHeavy rain delayed the harvest across Karvonia.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    [article] = articles(read("-", published="2024-03-15"))
    assert article.title == "Rain delays harvest"
    assert article.published == "2024-03-15"


# JSON Lines


def test_jsonl_text_and_html_records_with_meta() -> None:
    grain, ministers, budget = articles(read(FIXTURES / "wire-dump.jsonl"))
    assert grain.title == "Grain prices rise in Karvonia"
    assert grain.outlet == "Karvonia Wire"
    assert grain.url == "https://wire.example/grain"
    assert grain.published == "2024-03-11"
    assert grain.meta["desk"] == "markets" and grain.meta["tags"] == ["grain", "strike"]
    assert grain.meta["read_from"].endswith("wire-dump.jsonl:1")
    assert ministers.title == "Ministers meet in Orsk"
    assert ministers.outlet == "Orsk Daily"
    assert ministers.published == "2024-03-12"
    assert "joint commission on water rights" in ministers.text
    assert budget.published is None  # "sometime in March" stays unresolved
    assert budget.meta["published_raw"] == "sometime in March"


def test_json_array_single_object_and_misnamed_json_lines(tmp_path: Path) -> None:
    records = [
        json.loads(line) for line in (FIXTURES / "wire-dump.jsonl").read_text().split("\n") if line
    ]
    array, single, lines = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    array.write_text(json.dumps(records, indent=2))
    single.write_text(json.dumps(records[0], indent=2))
    lines.write_text((FIXTURES / "wire-dump.jsonl").read_text())
    titles = [article.title for article in articles(read(array, single, lines))]
    three = [
        "Grain prices rise in Karvonia",
        "Ministers meet in Orsk",
        "Delmar council passes budget",
    ]
    assert titles == [*three, three[0], *three]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress((FIXTURES / "wire-dump.jsonl").read_bytes()))
    assert [article.title for article in articles(read(path))] == [
        "Grain prices rise in Karvonia",
        "Ministers meet in Orsk",
        "Delmar council passes budget",
    ]


# WARC


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_html_responses_become_articles(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, story_pages(3), gzipped)
    found = articles(read(path))
    assert [article.url for article in found] == [
        "https://courier.example/story-1",
        "https://courier.example/story-2",
        "https://courier.example/story-3",
    ]
    assert found[0].title == "Storm closes Velm harbour for day 1"
    assert found[0].outlet == "Velm Courier"
    assert "harbour master inspected the quays" in found[0].text
    assert found[0].meta["crawled"]


# RSS and Atom


def test_rss_entries_with_full_content() -> None:
    dam, mayor = articles(read(FIXTURES / "valley-wire.rss"))
    assert dam.title == "Flood gates opened at Orsk dam"
    assert dam.url == "https://valleywire.example/orsk-dam"
    assert dam.outlet == "Valley Wire"
    assert dam.published == "2024-03-12"
    assert "move livestock to higher ground" in dam.text  # content:encoded, not the summary
    assert "Read more" not in dam.text
    assert mayor.text == (
        "Mayor of Delmar resigns\n\nThe mayor of Delmar, Tomas Ferrin, resigned on Wednesday "
        "after a row over the city budget."
    )


def test_atom_entry() -> None:
    [ferry] = articles(read(FIXTURES / "harbour-times.atom"))
    assert ferry.title == "Ferry strike ends after two days"
    assert ferry.url == "https://harbourtimes.example/ferry-strike-ends"
    assert ferry.outlet == "Harbour Times"
    assert ferry.published == "2024-03-14"
    assert "Services to the islands resume at noon." in ferry.text


def test_feed_date_forms_only_feedparser_reads_use_its_day(tmp_path: Path) -> None:
    path = tmp_path / "compact.rss"
    path.write_text(
        "<rss><channel><title>Orsk Herald</title><item><title>Bridge vote</title>"
        "<pubDate>20240312T101500Z</pubDate><description>The council voted for the "
        "footbridge.</description></item></channel></rss>"
    )
    [article] = articles(read(path))
    assert article.published == "2024-03-12"


# folders, globs, sniffing, overrides


def test_folder_is_read_recursively_in_stable_order(tmp_path: Path) -> None:
    nested = tmp_path / "saved" / "deeper"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "harbour-strike.html", nested / "strike.html")
    shutil.copy(FIXTURES / "bridge-closure.txt", tmp_path / "saved" / "bridge.txt")
    (nested / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    (tmp_path / "saved" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    titles = [article.title for article in articles(read(tmp_path))]
    assert titles == [
        "Old Bridge in Delmar Closed After Inspection",
        "Dock workers strike in Port Velm",
    ]


def test_glob_pattern(tmp_path: Path) -> None:
    for name in ("valley-wire.rss", "harbour-times.atom", "bridge-closure.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    found = articles(read(tmp_path / "*.[ra]*"))
    assert {article.outlet for article in found} == {"Valley Wire", "Harbour Times"}


@pytest.mark.parametrize(
    ("fixture", "expected_title"),
    [
        ("harbour-strike.html", "Dock workers strike in Port Velm"),
        ("valley-wire.rss", "Flood gates opened at Orsk dam"),
        ("wire-dump.jsonl", "Grain prices rise in Karvonia"),
        ("bridge-closure.txt", "Old Bridge in Delmar Closed After Inspection"),
    ],
)
def test_format_is_sniffed_without_an_extension(
    tmp_path: Path, fixture: str, expected_title: str
) -> None:
    path = tmp_path / "download"
    shutil.copy(FIXTURES / fixture, path)
    assert articles(read(path))[0].title == expected_title


def test_warc_is_sniffed_without_an_extension(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"
    write_warc(path, story_pages(1), gzipped=True)
    assert articles(read(path))[0].url == "https://courier.example/story-1"


def test_overrides_apply_to_every_article() -> None:
    found = articles(
        read(
            FIXTURES / "valley-wire.rss",
            FIXTURES / "bridge-closure.txt",
            published="2024-04-01T08:00:00Z",
            outlet="Override Post",
            url="https://override.example/",
        )
    )
    assert len(found) == 3
    for article in found:
        assert (article.published, article.outlet, article.url) == (
            "2024-04-01",
            "Override Post",
            "https://override.example/",
        )


def test_reading_twice_gives_identical_records() -> None:
    paths = [FIXTURES]
    first = [json.dumps(asdict(item), sort_keys=True) for item in articles(read(*paths))]
    second = [json.dumps(asdict(item), sort_keys=True) for item in articles(read(*paths))]
    assert first == second and len(first) == 8


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024-03-11", "2024-03-11"),
        ("2024-03-11T23:30:00-05:00", "2024-03-11"),
        ("2024-03-11T10:00:00Z", "2024-03-11"),
        ("Mon, 11 Mar 2024 23:30:00 -0500", "2024-03-11"),
        ("March 11, 2024", "2024-03-11"),
        ("11 March 2024", "2024-03-11"),
        ("2024/03/11", "2024-03-11"),
        ("", None),
        (None, None),
    ],
)
def test_published_dates_normalise_to_iso_days(written: str | None, expected: str | None) -> None:
    assert normalize_date(written) == expected


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("March 2024", "not a complete date in a known form"),
        ("yesterday", "not a complete date in a known form"),
        ("2024-02-30", "day is out of range for month"),
    ],
)
def test_unreadable_date_is_an_error_naming_value_and_reason(written: str, reason: str) -> None:
    with pytest.raises(ValueError) as raised:
        normalize_date(written)
    assert str(raised.value).startswith(f"publication date {written!r} cannot be read: {reason}")
