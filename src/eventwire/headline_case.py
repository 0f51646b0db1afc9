"""Title-case headlines parsed in sentence case: "Police Disperse Protesters Near Parliament"
is read as "Police disperse protesters near Parliament".

The model learnt capitals as names: in a title-case headline every word looks like one, the
verb becomes a proper noun and the headline a noun phrase, so its event and actors are lost.
The headline is parsed again with its common words lower-cased (names, acronyms and
demonyms kept) and that parse replaces the headline's part of the article's parse. Only
what the parser sees changes: the parse keeps the article's own characters, so every offset
and every span's text are those of the article.

A word is common when the article's body writes it in lower case; a name when the body writes
it only with a capital inside a sentence. When the body does not tell, a name when the actor
tables name a country, demonym, city or organisation or an office-holder by it; else common
when the model's lemmatizer tables (WordNet's nouns, verbs, adjectives and adverbs, with its
inflection rules) or spaCy's stop words know it. WordNet lists names too ("turkey",
"kenya"), hence the body and the tables first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from eventwire.codebooks.actors import country_names, organisation_names
from eventwire.codebooks.office_holders import office_holder_terms
from eventwire.nlp import load_nlp, parse_texts

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?:\"“”‘'(\[—–-]\s*$|^\s*$")
"""What, just before a word, lets it take a capital for being first (a sentence or quote start)."""

MAX_HEADLINE_CHARACTERS = 250
"""A first line longer than this is a paragraph, not a headline."""
MIN_CAPITALISED_CONTENT_WORDS = 2
TITLE_CASE_SHARE = 0.7
"""A headline is in title case when, after its first word, at least this share of its words
start with a capital and at least two of them are not stop words."""

SPLICED_ATTRIBUTES = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

WORD_CLASSES = ("noun", "verb", "adj", "adv")


@dataclass(frozen=True)
class CommonWords:
    """English words the model's lemmatizer tables know (all in lower case)."""

    index: dict[str, frozenset[str]]
    exceptions: dict[str, frozenset[str]]
    rules: dict[str, tuple[tuple[str, str], ...]]

    def __contains__(self, word: str) -> bool:
        if word in STOP_WORDS:
            return True
        for pos, known in self.index.items():
            if word in known or word in self.exceptions.get(pos, ()):
                return True
            for ending, replacement in self.rules.get(pos, ()):
                if word.endswith(ending) and word[: len(word) - len(ending)] + replacement in known:
                    return True
        return False


def lemmatizer_lookups(nlp: Language) -> Lookups | None:
    """The lookups of the model's rule lemmatizer, whether it runs as itself or as our table."""
    for name in ("lemma_table", "lemmatizer"):
        if name in nlp.pipe_names:
            component = nlp.get_pipe(name)
            return getattr(getattr(component, "lemmatizer", component), "lookups", None)
    return None


@lru_cache(maxsize=2)
def common_words(nlp: Language) -> CommonWords:
    lookups = lemmatizer_lookups(nlp)
    if lookups is None or not lookups.has_table("lemma_index"):
        return CommonWords({}, {}, {})
    index = lookups.get_table("lemma_index")
    exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    return CommonWords(
        index={pos: frozenset(index[pos]) for pos in WORD_CLASSES if pos in index},
        exceptions={pos: frozenset(exceptions[pos]) for pos in WORD_CLASSES if pos in exceptions},
        rules={pos: tuple(map(tuple, rules[pos])) for pos in WORD_CLASSES if pos in rules},
    )


@lru_cache(maxsize=1)
def actor_words() -> frozenset[str]:
    """One-word names of the actor tables and office-holders' surnames, lower-cased:
    "turkey", "kenyan", "hamas", "putin"."""
    names = [form for form, _ in (*country_names(), *organisation_names())]
    surnames = [form.split()[-1] for _, forms in office_holder_terms() for form in forms]
    return frozenset(form.casefold() for form in names + surnames if WORD.fullmatch(form))


def first_line_end(text: str) -> int:
    """Where the article's first line ends (its line break) when it is short enough to be a
    headline, else -1. Every stage that treats the headline apart (recasing, quotes, events)
    starts from this one notion of where it ends."""
    end = text.find("\n")
    return end if 0 < end <= MAX_HEADLINE_CHARACTERS else -1


def headline_of(text: str) -> str | None:
    """The article's first line when it is a headline in title case, else None."""
    end = first_line_end(text)
    if end < 0:
        return None
    headline = text[:end]
    words = [match.group() for match in WORD.finditer(headline)][1:]
    if not words or not any(word != word.upper() for word in words):
        return None
    capitalised = [word for word in words if word[0].isupper()]
    content = [word for word in capitalised if word.lower() not in STOP_WORDS]
    if len(capitalised) < TITLE_CASE_SHARE * len(words):
        return None
    return headline if len(content) >= MIN_CAPITALISED_CONTENT_WORDS else None


def body_usage(word: str, body: str) -> bool | None:
    """True when the body writes the word in lower case, False when only with a capital
    inside a sentence (a name), None when the body does not tell."""
    capital_inside = False
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", body, re.IGNORECASE):
        found = match.group()
        if found == found.lower():
            return True
        if not SENTENCE_BREAK.search(body[max(match.start() - 3, 0) : match.start()]):
            capital_inside = True
    return False if capital_inside else None


def is_common(word: str, body: str, known: CommonWords) -> bool:
    """Whether a capitalised headline word is a common word, to be read in lower case."""
    if word[1:] != word[1:].lower() or len(word.lower()) != len(word):
        return False
    stem = POSSESSIVE.sub("", word).lower()
    used = body_usage(stem, body)
    if used is not None:
        return used
    if stem in STOP_WORDS:
        return True
    return stem not in actor_words() and stem in known


def sentence_cased(headline: str, body: str, known: CommonWords) -> str:
    """The headline with its common words lower-cased, its first word and names kept; the
    same length as the headline, character for character."""
    characters = list(headline)
    for number, match in enumerate(WORD.finditer(headline)):
        word = match.group()
        if number and word[0].isupper() and is_common(word, body, known):
            characters[match.start() : match.end()] = word.lower()
    return "".join(characters)


def parse_articles(texts: list[str]) -> list[Doc]:
    """`parse_texts` of article texts (headline on the first line), title-case headlines
    parsed in sentence case."""
    return recase_headlines(load_nlp(), texts, parse_texts(texts))


def recase_headlines(nlp: Language, texts: list[str], parses: list[Doc]) -> list[Doc]:
    """The parses, each whose text opens with a title-case headline given that headline's
    parse in sentence case (one short extra parse per such article, all in one batch). The
    headline is parsed with the whitespace after it, so that its tokens are the article's."""
    known = common_words(nlp)
    todo = []
    for number, text in enumerate(texts):
        headline = headline_of(text)
        if headline is not None:
            body = text[len(headline) :]
            cased = sentence_cased(headline, body, known)
            if cased != headline:
                todo.append((number, cased + body[: len(body) - len(body.lstrip())]))
    cased_parses = nlp.pipe([cased for _, cased in todo], batch_size=max(len(todo), 1))
    for (number, _), cased_parse in zip(todo, cased_parses, strict=True):
        splice_headline(parses[number], cased_parse)
    return parses


def splice_headline(parse: Doc, headline_parse: Doc) -> None:
    """Give `parse` the tags, lemmas, tree and entities of `headline_parse` over the tokens
    they share; left as it was when the two do not split the headline into the same tokens
    or the article's parse does not end a sentence with the headline."""
    size = len(headline_parse)
    if size >= len(parse) or not parse[size].is_sent_start:
        return
    if [(t.idx, len(t)) for t in parse[:size]] != [(t.idx, len(t)) for t in headline_parse]:
        return
    values = parse.to_array(SPLICED_ATTRIBUTES)
    values[:size] = headline_parse.to_array(SPLICED_ATTRIBUTES)
    entities = [
        parse.char_span(entity.start_char, entity.end_char, label=entity.label)
        for entity in headline_parse.ents
    ]
    kept = [entity for entity in parse.ents if entity.start >= size]
    parse.from_array(SPLICED_ATTRIBUTES, values)
    parse.set_ents([entity for entity in entities if entity is not None] + kept, default="outside")
