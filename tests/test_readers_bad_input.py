"""Bad input: one clear error naming the item and the reason, and every good item still read."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
import sys
import time
from pathlib import Path

import pytest
from test_readers import FIXTURES, story_pages, write_warc

from eventwire.readers.sources import MAX_ARTICLE_BYTES, ReadError, read_sources
from eventwire.records import Article

GOOD = "Bridge reopens in Delmar\nThe Old Bridge in Delmar reopened on Monday after repairs.\n"


def read(*paths: str | Path, **options) -> list[Article | ReadError]:
    return list(read_sources([str(path) for path in paths], **options))


def split(items: list[Article | ReadError]) -> tuple[list[Article], list[ReadError]]:
    return (
        [item for item in items if isinstance(item, Article)],
        [item for item in items if isinstance(item, ReadError)],
    )


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def only_error(items: list[Article | ReadError], good_titles: list[str]) -> ReadError:
    found, errors = split(items)
    assert [article.title for article in found] == good_titles
    assert len(errors) == 1, errors
    return errors[0]


def test_missing_path(tmp_path: Path, good_file: Path) -> None:
    error = only_error(read(tmp_path / "gone.txt", good_file), ["Bridge reopens in Delmar"])
    assert error.item == str(tmp_path / "gone.txt")
    assert error.reason == "no such file or directory"


def test_glob_matching_nothing(tmp_path: Path, good_file: Path) -> None:
    error = only_error(read(tmp_path / "*.html", good_file), ["Bridge reopens in Delmar"])
    assert error.item == str(tmp_path / "*.html")
    assert error.reason == "no files match this pattern"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_file(tmp_path: Path, good_file: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    error = only_error(read(path, good_file), ["Bridge reopens in Delmar"])
    assert error.item == str(path)
    assert error.reason in ("empty file", "holds only whitespace, no text")


def test_file_of_furniture_only(tmp_path: Path) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text("Advertisement\nShare this article\nDiscuss\n")
    error = only_error(read(path), [])
    assert error.reason == "only page furniture, no article text"


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "PNG image"),
        ("notes.txt", b"Header\x00\x00\x01\x02" * 50, "NUL bytes"),
        ("page.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
    ],
)
def test_binary_file(tmp_path: Path, good_file: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = only_error(read(path, good_file), ["Bridge reopens in Delmar"])
    assert error.item == str(path)
    assert error.reason.startswith("binary file") and kind in error.reason


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        ("\ufeffCafé owners protest in Orsk\nCafé owners marched on Monday.".encode(), "utf-8"),
        ("Café owners protest in Orsk\nOwners said “enough” on Monday.".encode("cp1252"), "cp1252"),
        ("Café owners protest in Orsk\nOwners marched in Łódź’s twin town.".encode(), "utf-8"),
        (
            "Café owners protest in Orsk\nThe owners marched past the Ørsted hall.".encode(
                "latin-1"
            ),
            "latin",
        ),
    ],
)
def test_encodings_decode_to_the_same_characters(
    tmp_path: Path, encoded: bytes, encoding: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(encoded)
    [article] = split(read(path))[0]
    assert article.title == "Café owners protest in Orsk"
    assert "\ufeff" not in article.text and "Ã" not in article.text
    assert (
        article.text.split("\n")[-1]
        == encoded.decode("utf-8-sig" if encoding == "utf-8" else encoding).split("\n")[-1]
    )


@pytest.mark.parametrize(
    ("declared", "saved_as"), [("utf-8", "cp1252"), ("iso-8859-1", "utf-8"), ("utf-8", "latin-1")]
)
def test_html_saved_in_another_encoding_than_it_declares(
    tmp_path: Path, declared: str, saved_as: str
) -> None:
    sentence = "The café owners of Orsk marched to the town hall on Monday, the police said."
    page = (
        f'<html><head><meta charset="{declared}"><title>Café owners march</title></head>'
        f"<body><article><h1>Café owners march</h1><p>{sentence}</p><p>{sentence}</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(saved_as))
    [article] = split(read(path))[0]
    assert article.title == "Café owners march"
    assert sentence in article.text


def test_mixed_encodings_by_line_stay_readable(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Strike at the Ørsk café\n".encode()
        + "Workers said the “café” would stay shut.\n".encode("cp1252")
        + "The mayor of Łódź sent greetings.\n".encode()
        + "Señor Ruiz, the owner, was not reached.\n".encode("latin-1")
    )
    [article] = split(read(path))[0]
    assert article.text == (
        "Strike at the Ørsk café\nWorkers said the “café” would stay shut.\n"
        "The mayor of Łódź sent greetings.\nSeñor Ruiz, the owner, was not reached."
    )
    assert article.meta["encoding"] == "mixed"


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    [article] = split(read(path))[0]
    assert article.title == "Bridge reopens in Delmar"


def test_50_megabyte_file_is_refused_by_size_before_reading(
    tmp_path: Path, good_file: Path
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: only the first line is written to disk
        handle.write(b"A huge headline\n")
        handle.truncate(50 * 1000 * 1000)
    started = time.perf_counter()
    error = only_error(read(path, good_file), ["Bridge reopens in Delmar"])
    assert time.perf_counter() - started < 2
    assert error.item == str(path)
    assert error.reason == "file is 50.0 MB, over the 2 MB limit for one article"


def test_size_limit_is_configurable(tmp_path: Path, good_file: Path) -> None:
    items = read(good_file, max_bytes=40)
    assert split(items)[1][0].reason.startswith("file is ")
    assert split(read(good_file, max_bytes=MAX_ARTICLE_BYTES))[0]


def test_oversized_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Long story\n" + b"x" * 500)))
    error = only_error(read("-", max_bytes=100), [])
    assert (error.item, error.reason) == (
        "stdin",
        "input is over the 100-byte limit for one article",
    )


def test_malformed_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"text": "Ferry sinks off Orsk\nA ferry sank off Orsk on Monday."}),
        '{"text": "Broken record", "title": ',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "No body", "url": "https://x.example/"}),
        json.dumps({"text": "x" * 300}),
        "",
        json.dumps({"html": "<p>Too short to be an article.</p>"}).replace("<p>", "<p >"),
        json.dumps({"text": "Harbour reopens\nThe harbour of Port Velm reopened on Friday."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found, errors = split(read(path, max_bytes=200))
    assert [article.title for article in found] == ["Ferry sinks off Orsk", "Harbour reopens"]
    assert [(error.item, error.reason) for error in errors[:4]] == [
        (f"{path}:2", "not valid JSON (Expecting value at column 35)"),
        (f"{path}:3", "a record must be a JSON object, not list"),
        (f"{path}:4", "no 'text' or 'html' field with content"),
        (f"{path}:5", "record is over the 200-byte limit for one article"),
    ]
    assert errors[4].item == f"{path}:7"
    assert len(errors) == 5


def test_json_array_with_a_bad_record_and_a_broken_json_file(tmp_path: Path) -> None:
    array, broken = tmp_path / "dump.json", tmp_path / "broken.json"
    array.write_text(json.dumps([{"text": "Dam holds\nThe Orsk dam held."}, {"title": "No body"}]))
    broken.write_text('[{"text": "Dam holds"},\n {"text": ]')
    found, errors = split(read(array, broken))
    assert [article.title for article in found] == ["Dam holds"]
    assert [(error.item, error.reason) for error in errors] == [
        (f"{array} [2]", "no 'text' or 'html' field with content"),
        (str(broken), "not valid JSON (Expecting value at line 2 column 11)"),
    ]


def test_jsonl_field_of_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": "Story\nBody.", "title": ["a", "list"]}) + "\n")
    error = only_error(read(path), [])
    assert (error.item, error.reason) == (f"{path}:1", "field 'title' must be a string, not list")


@pytest.mark.parametrize("gzipped", [False, True])
def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path: Path, gzipped: bool) -> None:
    whole = write_warc(tmp_path / "whole.warc", story_pages(3), gzipped)
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    path.write_bytes(whole[: int(len(whole) * 0.8)])
    found, errors = split(read(path))
    assert [article.url for article in found] == [
        "https://courier.example/story-1",
        "https://courier.example/story-2",
    ]
    [error] = errors
    assert error.item.startswith(f"{path} record ")
    assert "WARC is truncated or damaged" in error.reason
    assert "2 page(s) before it were read" in error.reason


def test_every_cut_of_a_warc_gives_good_pages_then_at_most_one_error(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc", story_pages(2), gzipped=False)
    path = tmp_path / "cut.warc"
    titles = [article.title for article in split(read(tmp_path / "whole.warc"))[0]]
    for cut in range(1, len(whole), 37):
        path.write_bytes(whole[:cut])
        found, errors = split(read(path))
        assert [article.title for article in found] == titles[: len(found)]
        assert len(errors) == 1, (cut, errors)


def test_warc_without_html_pages(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "only-info.warc", [], gzipped=False)
    assert whole
    error = only_error(read(tmp_path / "only-info.warc"), [])
    assert error.reason == "no HTML page records among its 1 WARC record(s)"


def test_cut_off_feed_keeps_its_whole_entries(tmp_path: Path) -> None:
    feed = (FIXTURES / "valley-wire.rss").read_text()
    path = tmp_path / "cut.rss"
    path.write_text(feed[: feed.index("<title>Mayor of Delmar")])
    found, errors = split(read(path))
    assert [article.title for article in found] == ["Flood gates opened at Orsk dam"]
    assert len(errors) >= 1
    assert errors[-1].item == str(path) and "malformed or cut off" in errors[-1].reason


def test_feed_without_entries(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text("<rss version='2.0'><channel><title>Quiet Wire</title></channel></rss>")
    error = only_error(read(path), [])
    assert error.reason == "the feed has no entries"


def test_cut_off_gzip_keeps_the_lines_before_the_cut(tmp_path: Path, good_file: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    lines = [  # hex digests do not compress, so half the file holds about half the lines
        json.dumps({"text": f"Report {number}\nCode {hashlib.sha256(bytes(number)).hexdigest()}"})
        for number in range(200)
    ]
    whole = gzip.compress("\n".join(lines).encode())
    path.write_bytes(whole[: len(whole) // 2])
    found, errors = split(read(path, good_file))
    titles = [article.title for article in found]
    assert titles[-1] == "Bridge reopens in Delmar"
    assert 60 < len(titles) < 140
    assert titles[:-1] == [f"Report {number}" for number in range(len(titles) - 1)]
    *half_line, cut_off = errors  # the line the cut went through may fail as JSON too
    assert [error.item for error in half_line] in ([], [f"{path}:{len(titles)}"])
    assert (cut_off.item, cut_off.reason) == (
        str(path),
        "compressed file is cut off before its end",
    )


def test_bad_published_override_is_one_clear_error(good_file: Path) -> None:
    error = only_error(read(good_file, published="last Tuesday"), [])
    assert (error.item, error.reason) == (
        "--published",
        "publication date 'last Tuesday' cannot be read: not a complete date in a known form "
        "(such as 2025-03-10; 10 March 2025; March 10, 2025; an RFC 2822 timestamp)",
    )


def test_folder_with_good_and_bad_files(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "bridge-closure.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.html").write_bytes(b"\x00\x01binary")
    (tmp_path / "d.jsonl").write_text('{"text": "Dam holds\\nThe Orsk dam held."}\n{oops\n')
    found, errors = split(read(tmp_path))
    assert [article.title for article in found] == [
        "Old Bridge in Delmar Closed After Inspection",
        "Dam holds",
    ]
    assert [error.item for error in errors] == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "c.html"),
        f"{tmp_path / 'd.jsonl'}:2",
    ]
