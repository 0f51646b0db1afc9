"""The people an invented article names, with the codes the office-holder tables give them."""

from __future__ import annotations

from eventwire.annotate.entities import find_entities
from eventwire.nlp import load_nlp
from eventwire.pipeline import sentences_of
from eventwire.readers.text import article_from_text
from eventwire.records import Analysis, Entity


def people(text: str, published: str | None) -> dict[str, Entity]:
    article = article_from_text(text, published=published)
    parse = load_nlp()(article.text)
    analysis = Analysis(article=article, sentences=sentences_of(parse))
    return {e.name: e for e in find_entities(parse, analysis) if e.type == "PERSON"}


def code_of(text: str, published: str | None, name: str) -> str | None:
    found = people(text, published).get(name)
    return found.actor if found else None
