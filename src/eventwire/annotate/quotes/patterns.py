"""Attributions whose speaker a pattern names, not the parse: transcripts ('RUIZ: ...'),
reader-comment bylines ('"..." ― Ana Ruiz') and headlines ('..., Minister Says'). A
headline's wording may be the editor's, so it is a `headline` quote unless quote marks hold it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.annotate.parse_views import span_at
from eventwire.annotate.quotes.attribution import Attribution
from eventwire.codebooks.quotes import headline_labels, quote_words, speech_cues
from eventwire.records import Span

DASH_BYLINE = re.compile(
    r"[”\"’'»]?[ \t\xa0]*(?P<cue>[―—])[ \t\xa0]*(?P<name>[A-Z][^\n;:!?―—]{1,60}?)\.?[ \t\xa0]*$",
    re.M,
)
"""'"..." ― Ana Ruiz' closing a paragraph: the reader-comment and social-media style."""

TRANSCRIPT_LABEL = re.compile(r"^[\"“]?(?P<name>[A-Z][A-Z.'’ -]*[A-Z]|[QA])(?P<cue>:)[ \t]+", re.M)
"""'RUIZ: We will ...' at a paragraph start: a transcript; 'Q: ...' and 'A: ...' an interview's
questions and answers."""

PERSON_LABEL = re.compile(
    r"^[\"“]?(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})(?P<cue>:)[ \t]+(?=\S)", re.M
)
"""'Ruiz: We will ...', 'Ana Ruiz: ...' at a paragraph start: a transcript when the label is a
person's name (not 'Related:', 'Update:')."""

DIGEST_LABEL = re.compile(
    r"[ \t][-–—][ \t](?P<name>[A-Z][\w.'’-]*(?:[ \t](?:[A-Z][\w.'’-]*|and))*)(?P<cue>:)[ \t\xa0]+"
    r"(?=[“\"‘])"
)
"""'Pollsters agree - Ana Ruiz: "..."': a digest's item, a heading, a dash, and the source it
quotes; the quote and the rest of its paragraph are that source's."""

HEADLINE_LABEL = re.compile(r"(?P<name>[^:\n]{2,50}?)\s*(?P<cue>:)\s")

WORD = re.compile(r"[\w’'-]+")


def attribute_transcript(parse: Doc, text: str, headline_end: int) -> list[Attribution]:
    """Interview transcripts: a paragraph opening 'SPEAKER:' is that speaker's words. In a
    dialogue (a speaker takes more than one turn) so are the unlabelled paragraphs after it until
    another speaker takes the turn, or a paragraph reads as the reporter's narration; labels
    that each name someone once head sections instead ('Ruiz: Keep it' over a paragraph about
    her campaign). A digest's 'heading - Source: "..."' gives its paragraph to the source."""
    labels = [
        match
        for match in TRANSCRIPT_LABEL.finditer(text, max(headline_end, 0))
        if match.group("name").casefold() not in headline_labels()  # 'BYLINE: Ana Ruiz'
    ]
    named = [
        match
        for match in PERSON_LABEL.finditer(text, max(headline_end, 0))
        if not TRANSCRIPT_LABEL.match(match[0])
    ]
    persons = [match for match in named if names_a_person(parse, *match.span("name"))]
    speakers = {word for match in persons for word in match.group("name").split()}
    # 'Lopez:' in a transcript with 'Luciana Lopez:' is her, whatever the parse made of the name
    labels += [match for match in named if match in persons or match.group("name") in speakers]
    labels.sort(key=lambda match: match.start())
    turns = [speaker_key(match) for match in labels]
    dialogue = len(set(turns)) < len(turns)
    found = []
    for k, match in enumerate(labels):
        end = paragraph_end(text, match)
        if dialogue and k + 1 < len(labels) and turns[k + 1] != turns[k]:
            # an answer that runs on over paragraphs until the other speaker takes the turn
            end = turn_end(parse, text, end, len(text[: labels[k + 1].start()].rstrip()))
        found.append(labelled_turn(parse, text, match, end))
    for match in DIGEST_LABEL.finditer(text, max(headline_end, 0)):
        found.append(labelled_turn(parse, text, match, paragraph_end(text, match)))
    return [attribution for attribution in found if attribution is not None]


def turn_end(parse: Doc, text: str, end: int, next_label: int) -> int:
    """Where a dialogue's answer ending its first paragraph at `end` stops: at the paragraph
    before `next_label`, the next speaker's, or before the first that reads as narration."""
    while end < next_label:
        start = len(text) - len(text[end:].lstrip())
        paragraph_stop = text.find("\n", start, next_label)
        paragraph_stop = next_label if paragraph_stop < 0 else paragraph_stop
        if reads_as_narration(parse, start, paragraph_stop):
            break
        end = paragraph_stop
    return end


def reads_as_narration(parse: Doc, start: int, end: int) -> bool:
    """A paragraph that reports in the past tense with no first- or second-person word
    ('Residents protested the plan on Thursday.') is the reporter's: a speaker answering in a
    dialogue says 'I', 'we' or 'you' ('... and we had to close the pier.')."""
    words = parse.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    if any(word.pos_ == "PRON" and {"1", "2"} & set(word.morph.get("Person")) for word in words):
        return False
    return any(word.dep_ == "ROOT" and word.tag_ == "VBD" for word in words)


def labelled_turn(parse: Doc, text: str, label: re.Match[str], end: int) -> Attribution | None:
    """The words after a label up to `end`, the label's speaker's (None when there are none)."""
    start, end = label.end(), len(text[:end].rstrip(' "”'))
    if end <= start:
        return None
    return named_attribution(parse, text, [(start, end)], label, "direct")


def paragraph_end(text: str, match: re.Match[str]) -> int:
    end = text.find("\n", match.end())
    return len(text) if end < 0 else end


def speaker_key(label: re.Match[str]) -> str:
    """Who a transcript label names: its last word ('KATE BOULDUAN' and 'BOULDUAN' are one)."""
    return label.group("name").split()[-1].casefold()


def names_a_person(parse: Doc, start: int, end: int) -> bool:
    words = span_at(parse, start, end)
    return words is not None and all(t.ent_type_ == "PERSON" for t in words)


def named_attribution(
    parse: Doc, text: str, pieces: list[tuple[int, int]], match: re.Match[str], kind: str
) -> Attribution:
    """An attribution whose speaker and cue a pattern found ('― Ana Ruiz', 'RUIZ:')."""
    name = match.span("name")
    head = span_at(parse, *name)
    cue = Span.of(text, *match.span("cue"))
    return Attribution(pieces, cue, head.root if head else None, name, kind)


def attribute_headline(parse: Doc, text: str, headline_end: int) -> Attribution | None:
    """'<claim>, <Speaker> Says', '<Speaker> Says <claim>' or '<Speaker>: <claim>' as headline."""
    if headline_end <= 0:
        return None
    forms = speech_cues().headline_forms
    headline = text[:headline_end].rstrip()
    words = list(WORD.finditer(headline))
    if len(words) < 3:
        return None
    last = words[-1]
    separator = max(headline.rfind(","), headline.rfind(":"), headline.rfind("—"))
    cue_word = next((w for w in words[1:6] if w.group().lower() in forms), None)
    label = HEADLINE_LABEL.match(headline)
    if last.group().lower() in forms and separator > 0:
        content = (0, separator)
        speaker_range = (first_word_at(headline, separator + 1), words[-2].end())
        cue = Span.of(text, last.start(), last.end())
    elif cue_word is not None and cue_word is not last and is_name(headline[: cue_word.start()]):
        speaker_range = (words[0].start(), len(headline[: cue_word.start()].rstrip()))
        content = (first_word_at(headline, cue_word.end()), len(headline))
        cue = Span.of(text, cue_word.start(), cue_word.end())
    elif (
        label is not None
        and (is_name(label.group("name")) or is_quoted(text, label.end(), len(headline)))
        and label.group("name").casefold() not in headline_labels()
    ):
        speaker_range = label.span("name")
        content = (first_word_at(headline, label.end()), len(headline))
        cue = Span.of(text, *label.span("cue"))
    else:
        return None
    if speaker_range[0] >= speaker_range[1] or content[0] >= content[1]:
        return None
    start, end = trim_marks(text, *content)
    kind = "direct" if (start, end) != content else "headline"
    head = span_at(parse, *speaker_range)
    return Attribution([(start, end)], cue, head.root if head else None, speaker_range, kind)


def is_name(words: str) -> bool:
    """A headline's speaker: a few capitalised words ('IRGC Commander', 'Poll')."""
    parts = words.split()
    return 0 < len(parts) <= 5 and all(
        p[0].isupper() or p.lower() in quote_words().name_particles for p in parts
    )


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether quote marks hold the whole of text[start:end]: after a headline's colon they make
    it a quote whatever the label before ('A lesson from Ruiz: "Keep the pier."')."""
    return trim_marks(text, start, end)[0] != start


def first_word_at(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t\"'“”‘’":
        offset += 1
    return offset


def trim_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quote marks enclosing the whole span (and the spaces inside them)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and text[start] in "\"'“‘«" and text[end - 1] in "\"'”’»":
        start, end = start + 1, end - 1
        if text[end - 1] in ",.":
            end -= 1
    return start, end
