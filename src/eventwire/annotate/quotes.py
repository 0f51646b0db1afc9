"""Quotes and who said them: direct, indirect, mixed and headline attributions.

Passes over one parse. Quote marks are paired first, paragraph by paragraph (a quote may run
over several paragraphs, each reopened with a mark, closed only at the last; single quotes
count when they hold two words or more, so apostrophes and elisions never pair).
Speech cues (codebooks/speech_cues.tsv) are then read from the dependency parse: a cue verb
with a clausal complement, its subject as the speaker; "according to X" takes the clause it
modifies. A cue's complement that lies inside quote marks makes a direct quote, one that
holds a quoted phrase and words of its own a mixed quote, the rest indirect speech. Quoted
spans no cue claimed look for a cue in the words around the marks, then inherit the speaker
of a quote just before them ("...," he said. "..."). Transcripts ("RUIZ: ...") and reader
comments ('"..." ― Ana Ruiz') name their speaker by pattern. A headline such as "..., Minister
Says" is a `headline` quote: its wording may be the editor's, so it is kept apart from `direct`;
a headline no such pattern reads is parsed like the body.

Cues are verbs, nouns with an owner ('his claim that ...', 'raised concerns about'),
adjectives ('is confident that') or phrases ('according to X', 'in a new poll'), each of a
class that the quote carries as `cue_class`: speech, belief, intention, stance or evidence
(PolNeAR annotates all of them as attribution; `cue_class == "speech"` keeps only what was
said). A view the text gives without its holder ('is expected to', 'seems to') has a cue and
no speaker. An attribution reported inside another's content ('Ruiz said the mayor had
promised ...') is a quote of its own, with its own speaker, cue and content.

Kinds: direct | indirect | mixed | headline. A quote spoken in several pieces ("A," he said,
"B.") is one record per piece, the pieces sharing speaker and cue. Quote spans exclude the
outer quote marks; a quote running over paragraphs keeps the marks that reopen them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from eventwire.annotate.actors import code_of
from eventwire.annotate.parse_views import indices_spelled, span_at, tokens_of
from eventwire.codebooks.quotes import CueBook, headline_labels, speech_cues
from eventwire.records import Analysis, Entity, Quote, Span, Speaker

OPENING_MARKS = {"“": "double", "„": "double", "«": "double", "‘": "single", "‹": "single"}
CLOSING_MARKS = {"”": "double", "»": "double", "’": "single", "›": "single"}
EITHER_MARKS = {'"': "double", "''": "double", "``": "double", "'": "single"}
"""Straight marks point neither way: they open when nothing is open and close otherwise."""

QUOTE_MARK = re.compile(r"''|``|[\"“”„«»‘’‹›']")
PARAGRAPH = re.compile(r"[^\n]+")

CONTENT_DEPS = {"ccomp", "parataxis"}
"""Dependencies from a cue verb to what was said."""

NAMING_DEPS = {"dobj", "oprd", "ccomp", "xcomp", "prep"}
"""'called Ruiz "a liar"', 'described it as "a farce"': the object and what it is called."""

OBJECT_PREPOSITIONS = {"of", "in", "for", "against", "to", "with", "about", "over"}

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CLIMB_DEPS = {"advcl", "xcomp", "pcomp", "conj", "prep", "acl"}
"""A cue without its own subject ("..., adding that", "quoted as saying") takes its governor's."""

SPEAKER_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
"""Named-entity types that can own a cue noun as a compound ('a Harbour Times report')."""

CONCESSIVE_MARKS = {"although", "though", "whereas"}
"""'..., though Ruiz noted that ...': the writer's aside, not part of the content around it."""

SPEAKER_STOP_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj"}
PRONOUN_TAGS = {"PRP", "WP"}
SENTENCE_END = {".", "!", "?"}
WINDOW_TOKENS = 12
"""How far from a quote mark a cue may stand when the parse did not link them."""

DASH_BYLINE = re.compile(
    r"[”\"’'»]?[ \t\xa0]*(?P<cue>[―—])[ \t\xa0]*(?P<name>[A-Z][^\n;:!?―—]{1,60}?)\.?[ \t\xa0]*$",
    re.M,
)
"""'"..." ― Ana Ruiz' closing a paragraph: the reader-comment and social-media style."""

TRANSCRIPT_LABEL = re.compile(r"^[\"“]?(?P<name>[A-Z][A-Z.'’ -]*[A-Z])(?P<cue>:)[ \t]+", re.M)
"""'RUIZ: We will ...' at a paragraph start: a transcript."""

HEADLINE_LABEL = re.compile(r"(?P<name>[^:\n]{2,50}?)\s*(?P<cue>:)\s")
WORD = re.compile(r"[\w’'-]+")
NAME_PARTICLES = {"of", "the", "de", "al", "bin", "van", "von", "and"}

MIN_SINGLE_QUOTED_WORDS = 2
"""A single-quoted word is a scare quote or an elision ('n'), not speech."""

MAX_INHERITANCE_GAP = 80
"""'"A," he said. "B."': B is his when only the attribution stands between the two."""

MIN_UNATTRIBUTED_WORDS = 8
"""A quoted span with no speaker is kept only when it is a full statement, not a scare quote."""


@dataclass
class QuotedSpan:
    """Characters between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    family: str
    in_headline: bool


@dataclass
class Attribution:
    pieces: list[tuple[int, int]]
    cue: Span | None
    speaker_head: Token | None
    speaker: tuple[int, int] | None
    kind: str
    cue_class: str | None = "speech"


def cue_lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    cues = speech_cues()
    return lemma if lemma in cues.verbs else cues.lemma_of_form.get(token.lower_, lemma)


def find_quotes(parse: Doc, analysis: Analysis) -> list[Quote]:
    text = analysis.article.text
    headline_end = text.find("\n") if analysis.article.title and "\n" in text else -1
    quoted = find_quoted_spans(text, headline_end)
    headline = attribute_headline(parse, text, headline_end)
    attributions = attribute_transcript(parse, text, headline_end)
    # a headline no headline pattern reads is parsed like the body ('Union endorses Ruiz')
    attributions += attribute_by_parse(parse, text, quoted, headline_end if headline else -1)
    attributions += attribute_by_window(parse, text, quoted, attributions)
    if headline:
        attributions.append(headline)
    quotes = [
        Quote(
            text=text[start:end],
            start=start,
            end=end,
            kind=attribution.kind,
            speaker=speaker_of(attribution, analysis, text),
            cue=attribution.cue,
            cue_class=attribution.cue_class,
        )
        for attribution in attributions
        for start, end in attribution.pieces
        if end > start
    ]
    return sorted(quotes, key=lambda q: (q.start, q.end, q.kind))


# --- quote marks -------------------------------------------------------------------------


def find_quoted_spans(text: str, headline_end: int = -1) -> list[QuotedSpan]:
    """Pair quote marks: doubles anywhere, singles in headlines or outside any double quote.

    An opening mark left open at a paragraph's end continues when the next paragraph reopens
    with a mark; otherwise the quote ends with its paragraph when it opened the paragraph (a
    forgotten closing mark) and is dropped when it did not (a stray mark). Apostrophes inside
    words never pair.
    """
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    doubles = pair_marks(text, paragraphs, "double")
    singles = [
        span
        for span in pair_marks(text, paragraphs, "single")
        if not any(d.start <= span.start and span.end <= d.end for d in doubles)
        and len(text[span.start : span.end].split()) >= MIN_SINGLE_QUOTED_WORDS
    ]
    spans = [
        QuotedSpan(*trim_inside(text, p.start, p.end), family, 0 <= p.end <= headline_end)
        for family, pairs in (("double", doubles), ("single", singles))
        for p in pairs
    ]
    return sorted(spans, key=lambda s: (s.start, s.end))


def trim_inside(text: str, start: int, end: int) -> tuple[int, int]:
    """Spaces inside the marks, and the comma that hands over to the attribution, go."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


@dataclass
class Pair:
    start: int
    end: int


def pair_marks(text: str, paragraphs: list[tuple[int, int]], family: str) -> list[Pair]:
    pairs: list[Pair] = []
    opened: int | None = None  # where the open quote's content starts
    cleanly = False  # the open mark began its paragraph or followed a colon or comma
    for index, (para_start, para_end) in enumerate(paragraphs):
        marks = [
            m
            for m in QUOTE_MARK.finditer(text, para_start, para_end)
            if fits(m, family) and role(text, m) is not None
        ]
        if opened is not None:
            first = marks[0] if marks else None
            if (
                first is not None
                and not text[para_start : first.start()].strip()
                and role(text, first) != "close"
            ):
                marks = marks[1:]  # the mark reopening a quote that runs on
            else:
                if cleanly:
                    pairs.append(Pair(opened, paragraphs[index - 1][1]))
                opened = None
        for mark in marks:
            direction = role(text, mark)
            if opened is None or (direction == "open" and mark.group() not in EITHER_MARKS):
                if direction != "close":
                    opened = mark.end()
                    cleanly = text[para_start : mark.start()].rstrip()[-1:] in ("", ":", ",")
            else:
                pairs.append(Pair(opened, mark.start()))
                opened = None
    if opened is not None and cleanly:
        pairs.append(Pair(opened, paragraphs[-1][1]))
    return [p for p in pairs if text[p.start : p.end].strip()]


def fits(mark: re.Match[str], family: str) -> bool:
    mark_text = mark.group()
    return (
        OPENING_MARKS.get(mark_text) or CLOSING_MARKS.get(mark_text) or EITHER_MARKS[mark_text]
    ) == family


def role(text: str, mark: re.Match[str]) -> str | None:
    """'open', 'close', 'either', or None for an apostrophe inside a word ("don't", "Iran's")."""
    mark_text = mark.group()
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if mark_text in OPENING_MARKS:
        return "open"
    if mark_text in ("'", "’"):
        if before.isalnum() and after.isalnum():
            return None
        if mark_text == "'" and before.isspace() and after.isdigit():
            return None  # '90s
        if before.isalnum() or before in ".,!?" or after.isspace() or after in ".,;:!?)":
            return "close" if not after.isalnum() else None
        return "open" if mark_text == "'" else "close"
    if mark_text == "”" and before.isspace() and after.isalnum():
        return "open"  # a closing mark typed where an opening one belongs
    if mark_text in CLOSING_MARKS:
        return "close"
    return "either"


# --- attribution from the dependency parse -------------------------------------------------


def attribute_by_parse(
    parse: Doc, text: str, quoted: list[QuotedSpan], headline_end: int
) -> list[Attribution]:
    """Cues read from the dependency parse: verbs, nouns, adjectives and prepositional phrases.
    Words before `headline_end` are skipped (a headline pattern has read the headline)."""
    cues = speech_cues()
    attributions = []
    tokens = tokens_of(parse)
    for token in (tokens[i] for i in indices_spelled(parse, (LEMMA, LOWER), cue_words())):
        if token.idx < headline_end:
            continue
        if is_cue_verb(token, cues.verbs):
            found = verb_attribution(token, text, quoted, cues)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in cues.nouns:
            found = noun_attribution(token, text, quoted, cues)
        elif token.pos_ == "ADJ" and token.lemma_.lower() in cues.adjectives:
            found = adjective_attribution(token, text, cues)
        else:
            found = phrase_attribution(token, text, cues)
        if found is None:
            continue
        pieces, cue, speaker, cue_class = found
        attribution = reconcile(text, pieces, quoted, cue, speaker) if pieces else None
        if attribution is not None:
            attribution.cue_class = cue_class
            attributions.append(attribution)
    return drop_nested_duplicates(attributions)


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every lemma or form that can start a cue: only tokens spelled so are read as cues."""
    cues = speech_cues()
    return frozenset().union(
        cues.verbs,
        cues.lemma_of_form,
        cues.nouns,
        cues.adjectives,
        (phrase[0] for phrase in cues.phrases),
        *cues.sources.values(),
    )


Found = tuple[list[tuple[int, int]], Span, Token | None, str]
"""What one cue attributes: content pieces, the cue, the speaker's head and the cue class."""


def verb_attribution(
    verb: Token, text: str, quoted: list[QuotedSpan], cues: CueBook
) -> Found | None:
    lemma = cue_lemma(verb)
    if cues.classes[lemma] != "speech" and is_reported_view(verb, cues.verbs):
        return None
    complements = cues.verbs[lemma]
    said, naming_only = complement_tokens(verb, complements)
    if not said and complements & {"clause", "parenthetical"} and is_parenthetical(verb):
        said = [t for t in content_tokens(verb.head) if t not in set(verb.subtree)]
        naming_only = False
    if not said and "clause" in complements:
        said = fronted_content(verb)
        naming_only = naming_only and not said
    passive = passive_agent(verb) if "object" in complements else None
    if passive is not None:
        said, naming_only = list(passive[0].subtree), False
    unsourced = held_without_source(verb, complements)
    if unsourced:
        said, naming_only = unsourced, False
    block = [] if said or "clause" not in complements else block_after_colon(text, verb)
    if not said and not block:
        return None
    naming_only = naming_only and not block
    if unsourced:
        speaker = None
    else:
        speaker = passive[1] if passive else subject_of(verb, quoted) or noun_beside(verb)
    pieces = token_pieces(verb.doc, block or same_paragraph(text, said, verb), verb, speaker)
    quoted_inside = any(starts_inside(q, piece) for q in quoted for piece in pieces)
    if naming_only and (speaker is None or not (quoted_inside or names_predicate(verb))):
        return None  # 'called the meeting' is no quote; 'called it "a farce"' is
    return pieces, cue_span(text, verb), speaker, cues.classes[lemma]


def noun_attribution(
    noun: Token, text: str, quoted: list[QuotedSpan], cues: CueBook
) -> Found | None:
    lemma = noun.lemma_.lower()
    said = noun_complement_tokens(noun, cues.nouns[lemma])
    speaker = owner_of(noun)
    carrier = carrier_of(noun)
    role = cues.carriers.get(carrier.lemma_.lower()) if carrier is not None else None
    if speaker is None and carrier is not None and role == "light":
        speaker = subject_of(carrier, quoted)
    copular = not said and copular_content(noun)
    if copular:  # 'his view is that ...', 'the message was clear: ...'
        said = copular
    elif not said or (speaker is None and role != "received"):
        return None
    pieces = token_pieces(noun.doc, same_paragraph(text, said, noun), noun, speaker)
    return pieces, cue_span(text, noun), speaker, cues.classes[f"noun:{lemma}"]


def adjective_attribution(adjective: Token, text: str, cues: CueBook) -> Found | None:
    lemma = adjective.lemma_.lower()
    said = adjective_content(adjective, cues.adjectives[lemma])
    if not said:
        return None
    speaker = holder_of_adjective(adjective, cues)
    pieces = token_pieces(adjective.doc, same_paragraph(text, said, adjective), adjective, speaker)
    return pieces, cue_span(text, adjective), speaker, cues.classes[f"adjective:{lemma}"]


def phrase_attribution(token: Token, text: str, cues: CueBook) -> Found | None:
    """'according to X, ...', 'in a new poll, ...': the clause the phrase modifies."""
    match = phrase_at(token.doc, token, cues.phrases) or source_at(token, cues)
    if match is None:
        return None
    cue_end, source = match
    clause = token.head
    if clause.i == token.i or source is None:
        return None
    excluded = set(token.subtree)
    said = [t for t in content_tokens(clause) if t not in excluded]
    pieces = token_pieces(token.doc, same_paragraph(text, said, token), None, source)
    last = token.doc[cue_end - 1]
    cue = Span.of(text, token.idx, last.idx + len(last))
    return pieces, cue, source, cues.classes.get(f"source:{source.lemma_.lower()}", "speech")


def is_cue_verb(token: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """A speech verb used as a verb: not the adjective in 'so-called' or 'the said agreement'."""
    return (
        token.pos_ in ("VERB", "AUX")
        and cue_lemma(token) in verbs
        and token.dep_ not in ("amod", "compound")
    )


def is_reported_view(verb: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """A belief, aim or stance inside another cue's content ('Ruiz said she plans to run',
    'pledged to support him'): the outer cue is the attribution. Under a word that is no cue
    ('was able to tout', 'tried to convince') it is an attribution of its own."""
    current = verb
    while current.head.i != current.i:
        if current.dep_ in SUBJECT_DEPS:
            return False  # 'Ruiz, who believes ..., said': the belief is the speaker's own
        coordinate = current.dep_ == "conj"  # 'urged ... and criticised': a second cue
        current = current.head
        if not coordinate and is_cue_verb(current, verbs):
            return True
    return False


def noun_complement_tokens(noun: Token, complements: frozenset[str]) -> list[Token]:
    """What a cue noun introduces: 'claim | that ...', 'decision | to ...', 'support | for ...'
    (a relative clause, 'the claim that he made', is no content)."""
    said: list[Token] = []
    for child in noun.children:
        marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
        if child.dep_ in ("acl", "ccomp", "appos", "xcomp") and (
            ("clause" in complements and "that" in marks)
            or ("infinitive" in complements and "to" in marks)
        ):
            said += content_tokens(child)
        else:
            said += prepositional_object(child, complements)
    return said


def carrier_of(noun: Token) -> Token | None:
    """The verb a cue noun is the object of: 'raised | questions', 'came under | criticism'."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def copular_content(noun: Token) -> list[Token]:
    """'His view is that ...', 'the implication is clear: ...': a cue noun as the subject of
    'be', whose clause (or the sentence after its colon) is the content."""
    verb = noun.head
    if noun.dep_ != "nsubj":
        return []
    if verb.lemma_ != "be":  # 'her plan would cap the tax': what the plan would do
        modal = any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "’d") for c in verb.children
        )
        own = set(noun.subtree)
        if not modal or owner_of(noun) is None:
            return []
        return [t for t in content_tokens(verb) if t not in own]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
    if clauses:
        return content_tokens(clauses[0])
    return after_colon(verb)


def after_colon(clause: Token) -> list[Token]:
    """'The message was clear: the pier is unsafe': the parse hangs the first clause on the
    second; the second, after the colon, is the content."""
    doc = clause.doc
    end = clause.right_edge.i + 1
    if clause.dep_ != "ccomp" or clause.head.i < end or end >= len(doc) or doc[end].text != ":":
        return []
    own = set(clause.subtree)
    return [t for t in content_tokens(clause.head) if t not in own]


def adjective_content(adjective: Token, complements: frozenset[str]) -> list[Token]:
    """'confident that ...', 'worried about ...', 'made it clear that ...', 'it is clear that
    ...', 'the message was clear: ...'."""
    copula = adjective.head if adjective.dep_ == "acomp" else None
    for owner in (adjective, copula):
        if owner is None:
            continue
        said = [
            t
            for child in owner.children
            for t in (
                content_tokens(child)
                if introduces_clause(child, complements)
                else prepositional_object(child, complements)
            )
        ]
        if said:
            return said
    if copula is not None and "clause" in complements:
        return after_colon(copula)
    return []


def introduces_clause(child: Token, complements: frozenset[str]) -> bool:
    """A 'that' clause or a 'to' infinitive that the complements allow."""
    marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
    if "clause" in complements and (
        child.dep_ == "ccomp"
        or (child.dep_ == "advcl" and ("that" in marks or is_bare_clause(child)))
    ):
        return True
    return "infinitive" in complements and child.dep_ == "xcomp" and "to" in marks


def prepositional_object(child: Token, complements: frozenset[str]) -> list[Token]:
    """'worried | about the pier': the object of a preposition the complements allow."""
    if child.dep_ != "prep" or f"prep:{child.lower_}" not in complements:
        return []
    return [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]


def holder_of_adjective(adjective: Token, cues: CueBook) -> Token | None:
    """Who is confident or worried: the subject, the maker in 'X made it clear', the owner of
    a cue noun ('his message was clear'); no one in 'it is clear that'."""
    carrier = adjective.head if adjective.dep_ == "acomp" else adjective
    subjects = [c for c in carrier.children if c.dep_ in SUBJECT_DEPS]
    subject = subjects[0] if subjects else None
    if subject is not None and subject.lemma_.lower() in cues.nouns:
        return owner_of(subject)
    if subject is None or subject.lower_ in ("it", "there", "this", "that"):
        if adjective.dep_ in ("ccomp", "oprd") and adjective.head.lemma_ == "make":
            return next((c for c in adjective.head.children if c.dep_ in SUBJECT_DEPS), None)
        return None
    return subject


def owner_of(noun: Token) -> Token | None:
    """Whose claim or decision it is: 'his claim', 'the council's decision', 'support from X',
    'a decision by X', 'a Harbour Times report'; in 'Ruiz claims that ...' read as a noun
    phrase, the name before it."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and (
            noun.dep_ == "ROOT"  # 'The council plans to ...' read as a noun phrase
            or (child.pos_ == "PROPN" and child.ent_type_ in SPEAKER_ENTITY_TYPES)
        ):
            return child  # 'a New York Times report that ...'
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def passive_agent(verb: Token) -> tuple[Token, Token] | None:
    """'Ruiz was endorsed by the union': (what the cue is about, who holds the view)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if subjects and agents and subjects[0].tag_ not in ("WP", "WDT"):
        return subjects[0], agents[0]
    return None


def fronted_content(verb: Token) -> list[Token]:
    """'People like Ruiz, he said.': words before the comma that opens a closing reporting
    clause, which the parse left unattached as a clause ('dep', a second subject)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ != "ROOT" or not subjects:
        return []
    doc = verb.doc
    comma = subjects[-1].left_edge.i - 1
    if comma < verb.sent.start or comma <= 0 or doc[comma].text != ",":
        return []
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : verb.sent.end]):
        return []
    if comma == verb.sent.start:  # the parse ended a sentence before the comma
        return list(doc[doc[comma - 1].sent.start : comma])
    return [t for c in verb.lefts if c.i < comma for t in c.subtree]


def block_after_colon(text: str, verb: Token) -> list[Token]:
    """'The governor added:' closing a paragraph, the next paragraph unquoted: a block quote
    (a quoted next paragraph is paired by its marks instead)."""
    colon = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if colon is None or colon.text != ":" or text[colon.idx + 1 : colon.idx + 2] not in ("\n", ""):
        return []
    start = len(text) - len(text[colon.idx + 1 :].lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start >= end or QUOTE_MARK.match(text, start):
        return []
    block = span_at(verb.doc, start, end)
    return list(block) if block is not None else []


def held_without_source(verb: Token, complements: frozenset[str]) -> list[Token]:
    """'Ruiz is expected to win', 'Ruiz was accused of fraud', 'the plan seems to work': a view
    whose holder goes unnamed (a passive cue without its agent, or a raising verb): the
    subject and its complement are what is held."""
    subject_deps = {"nsubjpass", "nsubj"} if "raising" in complements else {"nsubjpass"}
    subjects = [c for c in verb.children if c.dep_ in subject_deps]
    if not subjects or subjects[0].tag_ in ("WP", "WDT") or is_agentive(verb):
        return []
    held = [t for c in verb.children if c.dep_ == "xcomp" and is_infinitive(c) for t in c.subtree]
    held += [t for c in verb.children for t in prepositional_object(c, complements)]
    return list(subjects[0].subtree) + held if held else []


def is_agentive(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def is_parenthetical(verb: Token) -> bool:
    """'The bridge, the mayor said, will open', 'as the mayor noted': a cue set off inside
    what was said, which the parse hangs on that clause's verb."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True  # 'As Ruiz noted, the bridge will open'
    return (
        verb.dep_ == "parataxis"
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and edge_mark(verb.doc, verb.left_edge.i, -1) == ","
        and edge_mark(verb.doc, verb.right_edge.i, 1) in (",", *SENTENCE_END)
    )


def edge_mark(doc: Doc, index: int, step: int) -> str:
    """The punctuation closing a phrase at `index`, or the word just outside it."""
    if doc[index].is_punct:
        return doc[index].text
    index += step
    return doc[index].text if 0 <= index < len(doc) else "."


def names_predicate(verb: Token) -> bool:
    """'called the charges baseless', 'described it as a farce': the cue says what its object
    is, which is a view held, not the meeting in 'called a meeting'."""
    return any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and any(c.children))
        for c in verb.children
    )


def phrase_at(
    parse: Doc, token: Token, phrases: tuple[tuple[str, ...], ...]
) -> tuple[int, Token | None] | None:
    """A prepositional cue starting at `token`: (index after the phrase, the source's head)."""
    for phrase in phrases:
        if token.lower_ != phrase[0]:
            continue
        end = token.i + len(phrase)
        if end > len(parse):
            continue
        if tuple(t.lower_ for t in parse[token.i : end]) != phrase:
            continue
        objects = [t for t in parse[end - 1].children if t.dep_ == "pobj"]
        return end, objects[0] if objects else None
    return None


def source_at(token: Token, cues: CueBook) -> tuple[int, Token] | None:
    """'In a new poll, Ruiz leads': a preposition whose object is a source noun, on a clause
    that no cue verb of its own attributes: (index after the preposition, the source)."""
    if token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    if is_cue_verb(token.head, cues.verbs):
        return None
    for child in token.children:
        if child.dep_ == "pobj" and token.lower_ in cues.sources.get(child.lemma_.lower(), ()):
            return token.i + 1, child
    return None


def complement_tokens(verb: Token, complements: frozenset[str]) -> tuple[list[Token], bool]:
    """What the cue verb introduces, by the complements its codebook row allows, and whether
    only a naming complement ('called the meeting') supplied it."""
    said: list[Token] = []
    named: list[Token] = []
    for child in verb.children:
        if "clause" in complements and (child.dep_ in CONTENT_DEPS or is_bare_clause(child)):
            said += content_tokens(child)
        elif (
            "infinitive" in complements
            and child.dep_ in ("xcomp", "ccomp")
            and is_infinitive(child)
        ):
            said += content_tokens(child)
            said += [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
        elif "object" in complements and child.dep_ == "dobj" and child.pos_ != "PRON":
            said += content_tokens(child) + object_modifiers(verb, child)
        elif "object" in complements and child.dep_ in ("xcomp", "ccomp") and is_gerund(child):
            said += content_tokens(child)  # 'admitted using the loophole'
        elif child.dep_ == "prep" and f"prep:{child.lower_}" in complements:
            said += prepositional_object(child, complements)
        elif "naming" in complements and child.dep_ in NAMING_DEPS:
            named += list(child.subtree)
    if not said and not named:  # 'what Ruiz said', 'which the bank disclosed'
        said = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")]
    return (said, False) if said else (named, True)


def object_modifiers(verb: Token, obj: Token) -> list[Token]:
    """Phrases the parse hung on the verb that belong to its object ('denied any role | in the
    sinking', 'accused Ruiz | of fraud'), up to the first time or place expression."""
    found: list[Token] = []
    end = obj.right_edge.i
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.i != end + 1 or child.dep_ != "prep" or child.lower_ not in OBJECT_PREPOSITIONS:
            break
        if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in child.subtree):
            break
        found += list(child.subtree)
        end = child.right_edge.i
    return found


def is_bare_clause(token: Token) -> bool:
    """'said after the meeting he would resign': a clause with its own subject and no
    subordinator, which the parse took for an adverbial clause."""
    return (
        token.dep_ == "advcl"
        and token.i > token.head.i
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and not any(c.dep_ in ("mark", "advmod") and c.i < token.i for c in token.children)
    )


def is_gerund(token: Token) -> bool:
    """'denied taking the money': a subjectless -ing clause standing as the object."""
    return token.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


def is_infinitive(token: Token) -> bool:
    return any(c.tag_ == "TO" and c.i < token.i for c in token.children)


def content_tokens(root: Token) -> list[Token]:
    """What a cue introduces: the clause, less a trailing ", referring to ..." comment and
    less what others are reported to say in it (see `reports_apart`)."""
    dropped: set[int] = set()
    verbs = speech_cues().verbs
    for token in root.subtree:
        if token.i in dropped or token.i == root.i:
            continue
        if reports_apart(token, root, verbs):
            dropped.update(t.i for t in token.subtree)
            continue
        if token.tag_ != "VBG":
            continue
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        after_comma = before is not None and before.text == ","
        if token.dep_ in ("advcl", "conj") and after_comma and token.head.tag_ != "VBG":
            dropped.update(t.i for t in token.subtree)
    return [t for t in root.subtree if t.i not in dropped]


def reports_apart(token: Token, root: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """A relative clause with a cue of its own ('the union, which said ...', 'Ruiz, who says
    she is honoured'), a concessive clause with one ('though she noted ...'), or a cue verb
    coordinated with the content's verb and no subject of its own ('refuses to release the
    files or explain ...', 'said it was opposed and warned ...'): an attribution apart, so it
    is no part of the content around it."""
    if not is_cue_verb(token, verbs):
        return False
    if token.dep_ == "relcl":
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else token
        return before.text in (",", "--", "—", "–")
    if token.dep_ == "advcl":  # 'was smart, although he refused to pledge ...'
        return any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in token.children)
    return (
        token.dep_ == "conj"
        and token.head.i == root.i
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def same_paragraph(text: str, tokens: list[Token], anchor: Token) -> list[Token]:
    """Tokens on the anchor's line: a parse linking across paragraphs is a parse error."""
    start = text.rfind("\n", 0, anchor.idx) + 1
    end = text.find("\n", anchor.idx)
    end = len(text) if end < 0 else end
    return [t for t in tokens if start <= t.idx < end]


def subject_of(verb: Token, quoted: list[QuotedSpan]) -> Token | None:
    """The cue's subject, or its governor's; never a word inside a quote the cue is outside of
    ('"... Full panic mode," said Ruiz': the parse gives 'said' two subjects)."""
    around_verb = [q for q in quoted if q.start <= verb.idx < q.end]
    outside = [q for q in quoted if q not in around_verb]
    current = verb
    for _ in range(4):
        subjects = [
            c
            for c in current.children
            if c.dep_ in SUBJECT_DEPS and not any(q.start <= c.idx < q.end for q in outside)
        ]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "conj" and current.head.dep_ in CONTENT_DEPS:
            if not is_cue_verb(current, speech_cues().verbs):
                return None
            current = current.head  # 'said it was opposed and warned ...': see reports_apart
        current = current.head
    return None


def cue_span(text: str, verb: Token) -> Span:
    parts = [verb, *(c for c in verb.children if c.dep_ == "prt")]
    start = min(t.idx for t in parts)
    end = max(t.idx + len(t) for t in parts)
    return Span.of(text, start, end)


def token_pieces(
    parse: Doc, tokens: list[Token], cue: Token | None, speaker: Token | None
) -> list[tuple[int, int]]:
    """Contiguous character ranges of `tokens`, leaving out the cue, the speaker and edge marks."""
    excluded = {cue.i} if cue is not None else set()
    if speaker is not None:
        start, end = speaker_range_of(speaker)
        excluded.update(t.i for t in speaker.subtree if start <= t.idx < end)
    indices = sorted({t.i for t in tokens} - excluded)
    runs: list[list[int]] = []
    for index in indices:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    pieces = []
    for run in runs:
        while run and (is_edge_token(parse[run[0]]) or parse[run[0]].dep_ == "mark"):
            run = run[1:]
        while run and is_edge_token(parse[run[-1]]):
            run = run[:-1]
        if run:
            pieces.append((parse[run[0]].idx, parse[run[-1]].idx + len(parse[run[-1]])))
    return pieces


def is_edge_token(token: Token) -> bool:
    return token.is_punct or token.is_space or token.dep_ == "cc"


def reconcile(
    text: str,
    pieces: list[tuple[int, int]],
    quoted: list[QuotedSpan],
    cue: Span | None,
    speaker: Token | None,
) -> Attribution | None:
    """Direct when the content lies inside quote marks, mixed when it holds a quoted phrase."""
    direct, own = [], []
    for start, end in pieces:
        holder = next((q for q in quoted if q.start <= start + 1 and end - 1 <= q.end), None)
        if holder is not None:
            if (holder.start, holder.end) not in direct:
                direct.append((holder.start, holder.end))
        else:
            own.append((start, end))
    if direct and not own:
        kind = "direct"
        pieces = direct
    elif direct:
        kind = "mixed"
        pieces = merge_adjacent(text, sorted(own + direct))
    else:
        inner = [q for q in quoted if any(starts_inside(q, piece) for piece in own)]
        kind = "mixed" if inner else "indirect"
        pieces = [close_inner_quotes(text, piece, inner) for piece in own]
    speaker_range = speaker_range_of(speaker) if speaker is not None else None
    if speaker_range and any(s <= speaker_range[0] < e for s, e in pieces):
        return None
    return Attribution(pieces, cue, speaker, speaker_range, kind)


def close_inner_quotes(
    text: str, piece: tuple[int, int], inner: list[QuotedSpan]
) -> tuple[int, int]:
    """Extend a piece that starts or stops at a quoted phrase's words to the phrase's marks."""
    start, end = piece
    for span in inner:
        if start <= span.start < end < span.end + 1:
            mark = QUOTE_MARK.match(text, span.end)
            end = mark.end() if mark else span.end
        if span.start == start:
            for width in (2, 1):
                if QUOTE_MARK.fullmatch(text, max(0, start - width), start):
                    start -= width
                    break
    return start, end


def starts_inside(span: QuotedSpan, piece: tuple[int, int]) -> bool:
    """A quoted phrase within a piece (whose edge punctuation may stop short of the mark)."""
    return piece[0] <= span.start < piece[1]


def merge_adjacent(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces separated only by quote marks, spaces or commas into one span."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if merged and not text[merged[-1][1] : start].strip(" \"'“”‘’«»,"):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def drop_nested_duplicates(attributions: list[Attribution]) -> list[Attribution]:
    """One record per (cue, piece): a conjoined cue can repeat its head's content."""
    seen: set[tuple[tuple[int, int], ...]] = set()
    kept = []
    for attribution in attributions:
        key = tuple(attribution.pieces)
        if key in seen:
            continue
        seen.add(key)
        kept.append(attribution)
    return kept


def speaker_range_of(head: Token) -> tuple[int, int]:
    """The noun phrase naming the speaker, without appositives or relative clauses."""
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in SPEAKER_STOP_DEPS:
            break
        right = child.right_edge.i
    doc = head.doc
    while left < head.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


# --- quoted spans the parse did not attribute ----------------------------------------------


def attribute_by_window(
    parse: Doc, text: str, quoted: list[QuotedSpan], attributions: list[Attribution]
) -> list[Attribution]:
    """Cues next to the marks ('"...," said Ruiz.' / 'Ruiz told us: "..."'), then inheritance.
    A quote that only a cue inside its own marks claimed whole ('"... to support growth,"
    said Ruiz': 'support' is Ruiz's word) is taken from that cue when one outside is found:
    the cue's record is removed from `attributions`."""
    found: list[Attribution] = []
    previous: Attribution | None = None
    for span in quoted:
        if span.in_headline:
            continue
        covering = [
            a for a in attributions if any(span.start < e and s < span.end for s, e in a.pieces)
        ]
        claimed_inside = [
            a for a in covering if quoted_cue(a, span) and a.pieces == [(span.start, span.end)]
        ]
        if covering and len(claimed_inside) < len(covering):
            previous = next(a for a in covering if a not in claimed_inside)
            continue
        attribution = cue_beside(parse, text, span, quoted)
        latest = last_before([*attributions, *found], span.start)
        if latest is not None and latest is not previous and hands_on(text, latest, span):
            previous = latest
        if attribution is None and previous is not None and previous.speaker is not None:
            gap_start = max(end for _, end in previous.pieces)
            gap = text[gap_start : span.start]
            if gap.count("\n") <= 2 and (
                len(gap) < MAX_INHERITANCE_GAP
                or only_reporting_clause(parse, previous, gap_start, span.start)
            ):
                attribution = Attribution(
                    [(span.start, span.end)],
                    previous.cue,
                    previous.speaker_head,
                    previous.speaker,
                    "direct",
                    previous.cue_class,
                )
        if claimed_inside:
            if attribution is None:
                previous = claimed_inside[0]
                continue
            attributions[:] = [a for a in attributions if a not in claimed_inside]
        if attribution is None and span.family == "double" and is_statement(text, span):
            attribution = Attribution([(span.start, span.end)], None, None, None, "direct", None)
        if attribution is not None:
            found.append(attribution)
            previous = attribution
    return found


def quoted_cue(attribution: Attribution, span: QuotedSpan) -> bool:
    """'"We back the mayor," Ruiz said': a cue inside the marks is part of what the quote's
    speaker said, so it does not attribute the quote."""
    cue = attribution.cue
    return cue is not None and span.start <= cue.start < span.end


def last_before(attributions: list[Attribution], offset: int) -> Attribution | None:
    """The attribution whose words end last before `offset` (the outer one of a nested pair):
    'The ferry will stop, Ruiz said. "B."' hands Ruiz to B, though no quote mark came before."""
    return max(
        (a for a in attributions if a.pieces and max(e for _, e in a.pieces) <= offset),
        key=lambda a: (max(e for _, e in a.pieces), -min(s for s, _ in a.pieces)),
        default=None,
    )


def hands_on(text: str, attribution: Attribution, span: QuotedSpan) -> bool:
    """Reported speech hands its speaker to the quote after it when the quote goes on with the
    same sentence ('the storm took her boat, and "all the nets we had"') or follows a closing
    reporting clause ('The ferry will stop, Ruiz said. "B."'); a quote after a sentence that
    opens with its cue ('Ruiz denied the charge. "B."') is as often someone else's."""
    end = max(e for _, e in attribution.pieces)
    gap = text[end : span.start]
    if "\n" in gap:
        return False
    if not any(mark in gap for mark in SENTENCE_END):
        return True
    return attribution.cue is not None and end <= attribution.cue.start


def only_reporting_clause(parse: Doc, previous: Attribution, start: int, end: int) -> bool:
    """'"A," said Ruiz, the harbour master of Port Vell since 2019. "B."': however long, the
    words between two quotes are only the first one's reporting clause (they hold its cue and
    stay in its sentence), so nothing else was said in between."""
    cue = previous.cue
    if cue is None or not (start <= cue.start and cue.end <= end):
        return False
    cue_words = span_at(parse, cue.start, cue.end)
    between = span_at(parse, start, end)
    if cue_words is None or between is None:
        return False
    sentence = cue_words[0].sent
    return all(
        sentence.start <= token.i < sentence.end
        for token in between
        if not (token.is_punct or token.is_space)
    )


def is_statement(text: str, span: QuotedSpan) -> bool:
    return len(text[span.start : span.end].split()) >= MIN_UNATTRIBUTED_WORDS


def cue_beside(
    parse: Doc, text: str, span: QuotedSpan, quoted: list[QuotedSpan]
) -> Attribution | None:
    verbs = speech_cues().verbs
    byline = DASH_BYLINE.match(text, span.end)
    if byline is not None:
        return named_attribution(parse, text, [(span.start, span.end)], byline, "direct")
    after = span_at(parse, span.end, len(text))
    before = span_at(parse, 0, span.start)
    candidates: list[Token] = []
    if after is not None:
        for token in after[1 : 1 + WINDOW_TOKENS]:
            if token.text in SENTENCE_END or token.text in OPENING_MARKS or "\n" in token.text:
                break
            candidates.append(token)
    cue = next((t for t in candidates if is_cue_verb(t, verbs)), None)
    if cue is None and before is not None:
        window = list(before[max(0, len(before) - WINDOW_TOKENS) : len(before) - 1])
        tail: list[Token] = []
        for token in reversed(window):
            if token.is_space and not tail:
                continue  # 'He said:' closing one paragraph, the quote opening the next
            if token.text in SENTENCE_END or "\n" in token.text or token.text in CLOSING_MARKS:
                break
            tail.append(token)
        if tail and tail[0].text in (":", ","):
            cue = next((t for t in tail if is_cue_verb(t, verbs)), None)
        else:  # 'Ruiz said Monday "..."'
            near = [t for t in tail[:4] if is_cue_verb(t, verbs)]
            cue = near[0] if near else None
    if cue is None:
        return None
    speaker = subject_of(cue, quoted) or noun_beside(cue) or noun_between(parse, span, cue)
    speaker_range = speaker_range_of(speaker) if speaker is not None else None
    if speaker_range and span.start <= speaker_range[0] < span.end:
        return None
    cue_class = speech_cues().classes[cue_lemma(cue)]
    return Attribution(
        [(span.start, span.end)], cue_span(text, cue), speaker, speaker_range, "direct", cue_class
    )


def named_attribution(
    parse: Doc, text: str, pieces: list[tuple[int, int]], match: re.Match[str], kind: str
) -> Attribution:
    """An attribution whose speaker and cue a pattern found ('― Ana Ruiz', 'RUIZ:')."""
    name = match.span("name")
    head = span_at(parse, *name)
    cue = Span.of(text, *match.span("cue"))
    return Attribution(pieces, cue, head.root if head else None, name, kind)


def attribute_transcript(parse: Doc, text: str, headline_end: int) -> list[Attribution]:
    """Interview transcripts: a paragraph opening 'SPEAKER:' is that speaker's words."""
    found = []
    for match in TRANSCRIPT_LABEL.finditer(text, max(headline_end, 0)):
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        start, end = match.end(), len(text[:end].rstrip(' "”'))
        if end > start:
            found.append(named_attribution(parse, text, [(start, end)], match, "direct"))
    return found


def is_noun(token: Token) -> bool:
    """A word that can name a speaker: not 'Monday' in '..., said Monday'."""
    return token.pos_ in ("PROPN", "NOUN", "PRON") and token.ent_type_ not in ("DATE", "TIME")


def noun_between(parse: Doc, span: QuotedSpan, cue: Token) -> Token | None:
    """'"...," Flynn, a top adviser, said': the first noun between the closing mark and the cue."""
    first = cue.i
    while first > 0 and parse[first - 1].idx > span.end:
        first -= 1
    for token in parse[first : cue.i]:
        if is_noun(token):
            return token.head if token.dep_ == "compound" else token
    return None


def noun_beside(cue: Token) -> Token | None:
    """'..., said the minister': the noun right after an inverted cue."""
    for token in cue.doc[cue.i + 1 : cue.i + 6]:
        phrase = token.head if token.dep_ == "compound" else token
        if is_noun(token) and phrase.dep_ not in ("dobj", "dative"):
            return phrase  # not 'North Korea' in 'warned North Korea to ...'

        if token.is_punct:
            break
    return None


# --- headlines ---------------------------------------------------------------------------


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
        and is_name(label.group("name"))
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
    return 0 < len(parts) <= 5 and all(p[0].isupper() or p.lower() in NAME_PARTICLES for p in parts)


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


# --- speakers ----------------------------------------------------------------------------


def speaker_of(attribution: Attribution, analysis: Analysis, text: str) -> Speaker | None:
    """The span naming the speaker, and the canonical name and actor the entity stage gave it."""
    if attribution.speaker is None:
        return None
    start, end = attribution.speaker
    head = attribution.speaker_head
    entity = None
    if head is not None:
        name_tokens = [head]
        if head.pos_ == "PROPN":
            name_tokens += [c for c in head.children if c.dep_ in ("compound", "flat")]
        entity = analysis.entity_at(
            min(t.idx for t in name_tokens), max(t.idx + len(t) for t in name_tokens)
        )
    span_text = text[start:end]
    if entity is not None and head is not None and not names_word(entity, head):
        name, actor = strip_determiner(span_text), entity.actor  # 'White House spokesman'
    elif entity is not None:
        name, actor = entity.name, entity.actor
    elif head is not None and head.tag_ in PRONOUN_TAGS:
        name, actor = None, None
    else:
        name, actor = strip_determiner(span_text), role_phrase_code(head, start, end, analysis)
    return Speaker(name=name, text=span_text, start=start, end=end, actor=actor)


def role_phrase_code(head: Token | None, start: int, end: int, analysis: Analysis) -> str | None:
    """The actor code of a speaker named by a role, not a name ("the Turkish navy spokesman"),
    as event arguments are coded."""
    if head is None:
        return None
    words = span_at(head.doc, start, end)
    if words is None:
        return None
    return code_of(head.doc, head, words.start, words.end, analysis.article.published)


def names_word(entity: Entity, word: Token) -> bool:
    """Whether a mention of the entity holds the word: a title's head ('Chief' in 'Navy
    Chief') is someone of that body, not the body."""
    return any(m.start <= word.idx < m.end for m in entity.mentions)


def strip_determiner(name: str) -> str:
    for prefix in ("the ", "The ", "a ", "A ", "an ", "An "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name
