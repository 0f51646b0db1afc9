"""Does the page report or argue? A report attributes most of what it tells to its sources; a
column, an op-ed, an editorial or a letter asserts it in its author's own voice: "I" and
"you" outside quotes, questions and exclamations put to the reader. What a columnist
asserts ("the bill will destroy the economy", "I stand with the senator") is argument, not
news, and an opinion page earns no event coding; nor do the speakers it quotes, whom a column
picks to argue with (measured: the events left on opinion pages were nearly all false).

A page's own label decides first: "Opinion: ...", "LETTERS", "Q&A: ...", "Reporter's
Notebook: ..." (an interview or a notebook speaks in the first person, and reports). Without
one, the judgement is the author's voice per sentence against the share of sentences that are
attributed; a short page, or a broadcast transcript (its "ah" and "um"), stays a report, so
that a report wrongly called opinion, which loses its events, stays rare.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.codebooks.genre import OPINION, REPORT, genre_cues
from eventwire.records import Analysis

LEAST_SENTENCES = 20
"""A page shorter than this is judged by its label alone: a column argues at length, while a
short item around a tweet, a podcast's blurb or a broadcast segment is too short to tell."""

LEAST_FILLERS = 2
"""Fillers of transcribed speech ("ah", "um") outside quotes that make a page a transcript:
its "I" and "you" are the speakers'."""

VOICE_PER_SENTENCE = 0.2
"""Cues of the author's own voice per sentence that make a page opinion (PolNeAR train pages:
columns, op-eds and letters have 0.2 to 1.1; reports seldom over 0.1) ..."""

MOST_ATTRIBUTED_SHARE = 0.35
"""... when no more than this share of its sentences is attributed (mostly inside quotes): an
interview's "I" and "you" are its speakers', not the author's."""

LABEL_PARAGRAPHS = 4
"""A label paragraph ("LETTERS") comes within the first paragraphs, headline included."""

HEADLINE_PREFIX = re.compile(r"\s*([^:\n]{2,40}):\s")

PUNCTUATION_CUES = {"?": "questions", "!": "exclamations"}


@dataclass(frozen=True)
class QuotedCharacters:
    """The characters an article's quotes cover, merged where they overlap, as sorted starts
    and ends: what its speakers say, not its author."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, analysis: Analysis) -> QuotedCharacters:
        starts: list[int] = []
        ends: list[int] = []
        for quote in sorted(analysis.quotes, key=lambda q: q.start):
            if ends and quote.start <= ends[-1]:
                ends[-1] = max(ends[-1], quote.end)
            else:
                starts.append(quote.start)
                ends.append(quote.end)
        return cls(starts, ends)

    def holds(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]

    def inside(self, start: int, end: int) -> int:
        """How many characters of [start, end) the quotes cover."""
        return sum(
            max(0, min(quoted_end, end) - max(quoted_start, start))
            for quoted_start, quoted_end in zip(self.starts, self.ends, strict=True)
        )


def judge_genre(parse: Doc, analysis: Analysis, quoted: QuotedCharacters) -> tuple[str, str]:
    """The page's genre (`report` or `opinion`) and the reason for it."""
    label = page_label(analysis.article.text)
    if label is not None:
        return genre_cues().genre_of_label[label], f'labelled "{label}"'
    fillers = spoken_fillers(parse, quoted)
    if fillers >= LEAST_FILLERS:
        return REPORT, f"speech transcribed as spoken: {fillers} fillers (ah, um) outside quotes"
    voice = author_voice(parse, analysis, quoted)
    sentences = len(analysis.sentences)
    attributed = attributed_sentences(analysis, quoted)
    opinion = (
        sentences >= LEAST_SENTENCES
        and sum(voice.values()) >= VOICE_PER_SENTENCE * sentences
        and attributed <= MOST_ATTRIBUTED_SHARE * sentences
    )
    cues = ", ".join(f"{cue} {count}" for cue, count in voice.most_common())
    reason = (
        f"the author's own voice {sum(voice.values())} times in {sentences} sentences"
        f"{f' ({cues})' if cues else ''}; {attributed} of them attributed"
    )
    return (OPINION if opinion else REPORT), reason


def page_label(text: str) -> str | None:
    """The label the page gives itself: the headline's prefix before a colon, or a short
    paragraph of its own near the top ("LETTERS."), when the codebook knows it."""
    known = genre_cues().genre_of_label
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    prefix = HEADLINE_PREFIX.match(paragraphs[0]) if paragraphs else None
    candidates = [prefix.group(1)] if prefix else []
    candidates += paragraphs[1:LABEL_PARAGRAPHS]
    for candidate in candidates:
        label = candidate.strip().rstrip(".:").casefold()
        if label in known:
            return label
    return None


def author_voice(parse: Doc, analysis: Analysis, quoted: QuotedCharacters) -> Counter:
    """Cues of the author's own voice outside quotes: first- and second-person words, and
    sentences after the headline that end in a question or an exclamation."""
    voice = genre_cues().voice
    found: Counter = Counter()
    for token in parse:
        if token.lower_ in voice and not quoted.holds(token.idx):
            found[token.lower_] += 1
    text = analysis.article.text
    for sentence in analysis.sentences[1:]:
        ending = text[sentence.start : sentence.end].rstrip()
        last = sentence.start + len(ending) - 1
        if ending and ending[-1] in PUNCTUATION_CUES and not quoted.holds(last):
            found[PUNCTUATION_CUES[ending[-1]]] += 1
    return found


def spoken_fillers(parse: Doc, quoted: QuotedCharacters) -> int:
    """Fillers of transcribed speech ("ah", "um") outside quotes."""
    fillers = genre_cues().fillers
    return sum(1 for t in parse if t.lower_ in fillers and not quoted.holds(t.idx))


def attributed_sentences(analysis: Analysis, quoted: QuotedCharacters) -> int:
    """Sentences more than half of whose characters lie inside quotes."""
    return sum(
        2 * quoted.inside(sentence.start, sentence.end) > sentence.end - sentence.start
        for sentence in analysis.sentences
    )
