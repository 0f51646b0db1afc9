"""Which reader an input needs: by its file extension, and failing that by its first bytes."""

from __future__ import annotations

import re
from pathlib import Path

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
}
"""Extensions that name a format outright (a trailing .gz is looked through)."""

NOT_ARTICLES = frozenset(
    {
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".svg",
        ".ico",
        ".bmp",
        ".tif",
        ".tiff",
        ".css",
        ".js",
        ".mjs",
        ".map",
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".eot",
        ".mp3",
        ".mp4",
        ".webm",
        ".ogg",
        ".wav",
        ".avi",
        ".mov",
        ".pdf",
        ".zip",
        ".exe",
        ".so",
        ".dll",
        ".pyc",
    }
)
"""Files a folder of saved pages holds beside them; skipped when a folder or glob is expanded."""

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(
    rb"<(!doctype\s+html|html|head|body|meta|title|article|div|p|h1|h2|table|section|span)\b",
    re.IGNORECASE,
)
_XML_PREAMBLE = re.compile(rb"^(<\?xml[^>]*\?>|<!--.*?-->|<\?[^>]*\?>|\s)*", re.DOTALL)


def format_by_suffix(path: Path) -> str | None:
    """The format an extension names (`page.html`, `crawl.warc.gz`); None when it names none."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return FORMAT_BY_SUFFIX.get(suffixes[-1]) if suffixes else None


def is_not_article(path: Path) -> bool:
    return path.suffix.lower() in NOT_ARTICLES


def sniff_format(head: bytes) -> str:
    """The format the first bytes of an (uncompressed) input look like; plain text by default."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    body = _XML_PREAMBLE.sub(b"", start[:4096], count=1)
    if _FEED_ROOT.match(body):
        return "feed"
    if _HTML_START.match(body):
        return "html"
    return "text"
