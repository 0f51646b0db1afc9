"""Properties over generated input: readers raise nothing but our input errors, every span of
every record is exact, the same input gives the same bytes, and work grows linearly on long,
nested and repetitive text.

CI runs the small profile; the long one is run by hand (docs/reliability.md has the command):

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest -q tests/test_properties.py
"""

from __future__ import annotations

import cProfile
import gzip
import io
import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import analyze
from eventwire.readers.sources import ReadError, read_stream
from eventwire.records import Article

settings.register_profile(
    "ci", max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FORMAT_STARTS = [b"", b"{", b"[", b"<rss><channel><item>", b"<html><body><p>", b"WARC/1.0\r\n"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
article_records = st.fixed_dictionaries(
    {"text": st.text(min_size=1, max_size=200)},
    optional={
        "title": st.text(max_size=20) | st.integers() | st.none(),
        "published": st.text(max_size=12),
        "html": st.text(max_size=100),
        "extra": json_values,
    },
)

WORDS = [
    "The", "minister", "army", "Ruiz", "Delmar", "said", "told", "reporters", "on", "Monday",
    "in", "Paris", "attacked", "talks", "would", "resume", "not", "he", "she", "it", "2019",
    "12", "protesters", "police", "arrested", "agreed", "to", "and", ",", ".", ":", "?", "--",
    '"', "“", "”", "'", "‘", "’", "«", "»", "(", ")", "\n", "\n\n", "  ", "\t", "U.S.", "Iran",
]  # fmt: skip
"""Words and marks news is made of, so that generated text reaches the quote, event, time
and place passes (letters at random rarely do)."""

news_like_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join)


def items_of(data: bytes, name: str = "input") -> list[Article | ReadError]:
    return list(read_stream(io.BytesIO(data), name, max_bytes=100_000))


def assert_only_articles_and_read_errors(items: list[Any]) -> None:
    assert all(isinstance(item, Article | ReadError) for item in items), items


@given(st.sampled_from(FORMAT_STARTS), st.binary(max_size=600), st.booleans())
def test_readers_raise_nothing_on_any_bytes(start: bytes, rest: bytes, gzipped: bool) -> None:
    data = start + rest
    assert_only_articles_and_read_errors(items_of(gzip.compress(data) if gzipped else data))


@given(st.lists(article_records | json_values, max_size=5), st.booleans())
def test_json_readers_give_an_article_or_an_error_per_record(records: list, as_array: bool) -> None:
    if as_array:
        data = json.dumps(records).encode()
    else:
        data = "\n".join(json.dumps(record) for record in records).encode() + b"\n"
    items = items_of(data)
    assert_only_articles_and_read_errors(items)
    if not as_array and all(isinstance(record, dict) for record in records):
        assert len(items) <= max(len(records), 1)  # an empty file is one error


def spans_in(value: Any) -> list[dict]:
    """Every dict in a record tree that is a span: text with its start and end offsets (an
    event's date or an actor's code source without words of its own has none)."""
    if isinstance(value, list):
        return [span for item in value for span in spans_in(item)]
    if not isinstance(value, dict):
        return []
    keys = {"text", "start", "end"}
    own = [value] if keys <= value.keys() and value["start"] is not None else []
    return own + [span for item in value.values() for span in spans_in(item)]


@given(st.text(max_size=30).filter(lambda s: "\n" not in s), news_like_text)
def test_every_span_is_exact_and_analysis_is_deterministic(headline: str, body: str) -> None:
    text = f"{headline}\n{body}"
    if not text.strip():
        return
    try:
        analysis = analyze(text)
    except ValueError:  # our input errors (no text, unreadable date) are allowed, nothing else
        return
    article_text = analysis.article.text
    records = analysis.to_dict()
    del records["article"]
    for span in spans_in(records):
        assert article_text[span["start"] : span["end"]] == span["text"], span
    assert analyze(text).to_json() == analysis.to_json()


def python_calls(text: str) -> int:
    """Python function calls made analyzing `text`: a count of work that, unlike time, does not
    depend on the machine or its load."""
    profile = cProfile.Profile()
    profile.runcall(analyze, text, time_budget=None)
    return sum(entry.callcount for entry in profile.getstats())


GROWING = {
    "quote marks after a cue": 'He said "',
    "nested brackets": "( [ “",
    "one sentence repeated": "The army said on Monday that talks in Paris would resume. ",
    "one-word lines": "Ruiz\n",
}


@pytest.mark.parametrize("unit", GROWING.values(), ids=GROWING.keys())
def test_work_grows_linearly_with_repetition(unit: str) -> None:
    analyze("Warm-up\nThe minister said on Monday that talks would resume in Paris.")
    small, large = (f"Headline\n{unit * (size // len(unit))}" for size in (1_500, 6_000))
    assert python_calls(large) <= 6 * python_calls(small)  # linear: 4 times; quadratic: 16
