"""HTML pages: trafilatura finds the article body (comments left out) and its metadata.

The publication date comes from trafilatura's own metadata pass over the parsed page
(`bare_extraction(..., with_metadata=True)`), which reads meta tags, JSON-LD and the page
structure; guessing from a raw string finds the wrong dates.
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import Document

from eventwire.readers.dates import normalize_date_or_none
from eventwire.readers.text import article_from_text
from eventwire.records import Article

_PAGE_LANGUAGE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " › ", " » ", " « ", " • ", " · ", " :: ", ": ")
"""What sites put between a headline and their own name in a page title."""

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
"""Elements that end a line when an HTML fragment is turned into text."""


def article_from_html(
    page: str,
    *,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    language: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Article:
    """An article from a whole HTML page: body text, title, site name, date, language.

    Values given (by a JSONL record, say) win over those found in the page. Raises
    ValueError when trafilatura finds no article text, so callers can report the item.
    """
    page = _XML_DECLARATION.sub("", page, count=1)
    if not page.strip():
        raise ValueError("no text")
    try:
        document = trafilatura.bare_extraction(
            page, url=url, include_comments=False, with_metadata=True
        )
    except Exception as error:  # one odd page must not stop a crawl: trafilatura fails many ways
        raise ValueError(f"HTML could not be parsed ({type(error).__name__}: {error})") from error
    if document is None or not (document.text or "").strip():
        raise ValueError("no article text found in the HTML")
    return article_from_text(
        _paragraphs(document.text),
        title=title or headline(document),
        outlet=outlet or (document.sitename or "").strip() or None,
        url=url or document.url,
        published=published or publication_date(document, page, url),
        language=language or page_language(page),
        meta=meta,
    )


def publication_date(document: Document, page: str, url: str | None) -> str | None:
    """The page's publication date as YYYY-MM-DD, or None rather than a guess.

    trafilatura's extensive date search falls back on any year it sees (a copyright line)
    and calls it 1 January of that year. A 1 January date is kept only when the page's
    metadata alone, without that fallback, gives it too.
    """
    date = normalize_date_or_none(document.date)
    if date and date.endswith("-01-01"):
        strict = trafilatura.extract_metadata(page, default_url=url, extensive=False)
        if normalize_date_or_none(strict.date) != date:
            return None
    return date


def headline(document: Document) -> str | None:
    """The page's headline: its title without the site's name around it.

    Page titles read "Headline | Site" or "Site - Headline"; a segment is dropped when it
    names the site (its site name or host). When the body opens with a line the title
    contains and that line is most of it, that line is the headline as the page shows it.
    """
    title = " ".join((document.title or "").split())
    if not title:
        return None
    site_keys = {_site_key(document.sitename or "")}
    host = (document.hostname or "").removeprefix("www.")
    site_keys |= {_site_key(host), _site_key(host.rsplit(".", 1)[0])} - {""}
    for separator in TITLE_SEPARATORS:
        parts = title.split(separator)
        if len(parts) < 2:
            continue
        if _site_key(parts[-1]) in site_keys:
            title = separator.join(parts[:-1]).strip()
        elif _site_key(parts[0]) in site_keys:
            title = separator.join(parts[1:]).strip()
    first_line = " ".join((document.text or "").split("\n", 1)[0].split())
    if 2 * len(first_line) >= len(title) and first_line.casefold() in title.casefold():
        return first_line  # not a section label ("World") that the title happens to contain
    return title


def _site_key(name: str) -> str:
    return "".join(character for character in name.casefold() if character.isalnum())


def text_of_fragment(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one line per block element."""
    if not fragment.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.LxmlError):
        return fragment
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n\n".join(line for line in lines if line)


def page_language(page: str) -> str:
    """The primary language subtag the page declares (`<html lang>`), English when it is silent."""
    match = _PAGE_LANGUAGE.search(page[:4096])
    return match.group(1).lower() if match else "en"


def _paragraphs(text: str) -> str:
    """trafilatura separates paragraphs by one newline; a blank line keeps them apart."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())
