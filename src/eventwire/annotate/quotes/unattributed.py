"""Quoted spans the parse did not attribute: a cue beside the marks ('"...," said Ruiz.'), else
the speaker of the attribution just before ('"A," he said. "B."'), else no speaker when the
span is a full statement rather than a scare quote."""

from __future__ import annotations

import heapq
from itertools import count

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Words

from eventwire.annotate.parse_views import is_run_on, span_at
from eventwire.annotate.quotes.attribution import Attribution
from eventwire.annotate.quotes.cues import SUBJECT_DEPS, cue_lemma, cue_span, is_cue_verb
from eventwire.annotate.quotes.marks import (
    CLOSING_MARKS,
    EITHER_MARKS,
    OPENING_MARKS,
    SENTENCE_END,
    QuotedSpan,
    QuotedSpans,
)
from eventwire.annotate.quotes.patterns import DASH_BYLINE, named_attribution
from eventwire.annotate.quotes.speakers import (
    author_of_written,
    inverted_subject,
    noun_beside,
    noun_between,
    speaker_range_of,
    subject_of,
)
from eventwire.codebooks.quotes import speech_cues
from eventwire.records import Span

WINDOW_TOKENS = 12
"""How far from a quote mark a cue may stand when the parse did not link them."""

MAX_INHERITANCE_GAP = 80
"""'"A," he said. "B."': B is his when only the attribution stands between the two."""

NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
"""Entity types that name no speaker before a colon ('in December 1992:')."""

MIN_UNATTRIBUTED_WORDS = 8
"""A quoted span with no speaker is kept only when it is a full statement, not a scare quote."""


def attribute_by_window(
    parse: Doc, text: str, quoted: QuotedSpans, attributions: list[Attribution]
) -> list[Attribution]:
    """Cues next to the marks ('"...," said Ruiz.' / 'Ruiz told us: "..."'), then inheritance.
    A quote that only a cue inside its own marks claimed whole ('"... to support growth,"
    said Ruiz': 'support' is Ruiz's word) is taken from that cue when one outside is found:
    the cue's record is removed from `attributions`."""
    found: list[Attribution] = []
    previous: Attribution | None = None
    outer = [a for a in attributions if not a.nested]
    overlapping = Overlapping(outer)
    latest_before = LatestBefore(outer)
    removed: set[int] = set()
    for span in quoted:
        if span.in_headline:
            continue
        covering = overlapping.attributions(span.start, span.end, removed)
        claimed_inside = [
            a for a in covering if quoted_cue(a, span) and a.pieces == [(span.start, span.end)]
        ]
        if covering and len(claimed_inside) < len(covering):
            previous = next(a for a in covering if a not in claimed_inside)
            continue
        attribution = cue_beside(parse, text, span, quoted)
        if attribution is not None and reports_after_closed_quote(text, span, attribution, outer):
            attribution = None
        latest = latest_before.attribution(span.start, removed)
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
            removed.update(id(a) for a in claimed_inside)
        if attribution is None and span.family == "double" and is_statement(text, span):
            attribution = Attribution([(span.start, span.end)], None, None, None, "direct", None)
        if attribution is not None:
            found.append(attribution)
            latest_before.add(attribution)
            previous = attribution
    attributions[:] = [a for a in attributions if id(a) not in removed]
    return found


def reports_after_closed_quote(
    text: str, span: QuotedSpan, attribution: Attribution, outer: list[Attribution]
) -> bool:
    """'"... a danger to every family." She repeated that pledge.': a quote that ends its own
    sentence inside the marks is not introduced by a cue in the next sentence that reports a
    content of its own, not in marks, after it (the parse pass read it); the quote goes on to
    inheritance. On PolNeAR train 101-840 the gold gives such a quote an attribution apart
    from the cue's content 35 times, one with it 3 times."""
    cue = attribution.cue
    if cue is None or cue.start < span.end:
        return False
    closing = text[span.start : span.end].rstrip(" " + "".join((*CLOSING_MARKS, *EITHER_MARKS)))
    if not closing or closing[-1] not in SENTENCE_END:
        return False
    return any(
        other.cue is not None
        and (other.cue.start, other.cue.end) == (cue.start, cue.end)
        and any(start >= cue.end and not opens_at_mark(text, start) for start, _ in other.pieces)
        for other in outer
    )


def opens_at_mark(text: str, start: int) -> bool:
    """Whether a piece opens at a quote mark (a direct quote, not a reported content)."""
    before = text[max(0, start - 1) : start + 1]
    return any(mark in before for mark in (*OPENING_MARKS, *EITHER_MARKS))


class Overlapping:
    """The attributions with a piece overlapping a quoted span, asked in order of the spans'
    starts: pieces that end before a span can overlap none after it, so they are let go."""

    def __init__(self, attributions: list[Attribution]) -> None:
        self.order = list(attributions)
        self.pieces = sorted(
            (start, end, index)
            for index, attribution in enumerate(self.order)
            for start, end in attribution.pieces
        )
        self.taken = 0
        self.alive: list[tuple[int, int, int]] = []

    def attributions(self, start: int, end: int, removed: set[int]) -> list[Attribution]:
        while self.taken < len(self.pieces) and self.pieces[self.taken][0] < end:
            self.alive.append(self.pieces[self.taken])
            self.taken += 1
        self.alive = [piece for piece in self.alive if piece[1] > start]
        indices = sorted({index for s, _, index in self.alive if s < end})
        return [self.order[i] for i in indices if id(self.order[i]) not in removed]


class LatestBefore:
    """`last_before` over attributions given once and found ones added as they come, asked
    at offsets that never decrease: each attribution is moved once from waiting (by where
    its words end) to ready (best first), instead of all being compared at every offset."""

    def __init__(self, attributions: list[Attribution]) -> None:
        self.added = count()
        self.waiting: list[tuple[int, int, Attribution]] = []
        self.ready: list[tuple[int, int, int, Attribution]] = []
        for attribution in attributions:
            self.add(attribution)

    def add(self, attribution: Attribution) -> None:
        if attribution.pieces:
            end = max(e for _, e in attribution.pieces)
            heapq.heappush(self.waiting, (end, next(self.added), attribution))

    def attribution(self, offset: int, removed: set[int]) -> Attribution | None:
        while self.waiting and self.waiting[0][0] <= offset:
            end, order, attribution = heapq.heappop(self.waiting)
            start = min(s for s, _ in attribution.pieces)
            heapq.heappush(self.ready, (-end, start, order, attribution))
        while self.ready and id(self.ready[0][3]) in removed:
            heapq.heappop(self.ready)
        return self.ready[0][3] if self.ready else None


def quoted_cue(attribution: Attribution, span: QuotedSpan) -> bool:
    """'"We back the mayor," Ruiz said': a cue inside the marks is part of what the quote's
    speaker said, so it does not attribute the quote."""
    cue = attribution.cue
    return cue is not None and span.start <= cue.start < span.end


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
    ) or runs_into_next_sentence(parse.text, sentence, between)


def runs_into_next_sentence(text: str, sentence: Words, between: Words) -> bool:
    """'"A," said Ruiz, the harbour master. Unless the council acts, "B."': the words between
    are the reporting clause and the opening of the next sentence of the same paragraph, which
    names no one else who speaks; the quote there goes on with the same speaker."""
    following = between[-1].sent
    return (
        following.start == sentence.end
        and between[0].i >= sentence.start
        and "\n" not in text[between.start_char : between.end_char]
    )


def is_statement(text: str, span: QuotedSpan) -> bool:
    return len(text[span.start : span.end].split()) >= MIN_UNATTRIBUTED_WORDS


def cue_beside(parse: Doc, text: str, span: QuotedSpan, quoted: QuotedSpans) -> Attribution | None:
    verbs = speech_cues().verbs
    byline = DASH_BYLINE.match(text, span.end)
    if byline is not None:
        return named_attribution(parse, text, [(span.start, span.end)], byline, "direct")
    after = span_at(parse, span.end, len(text))
    before = span_at(parse, 0, span.start)
    candidates: list[Token] = []
    if after is not None:
        for token in after[1 : 1 + WINDOW_TOKENS]:
            if token.text in SENTENCE_END or "\n" in token.text:
                break
            if token.text in OPENING_MARKS and not closes_span(text, span, token):
                break
            candidates.append(token)
    cue = next((t for t in candidates if is_cue_verb(t, verbs)), None)
    handover = text[span.end : span.end + 1] == ","
    if cue is None and handover and is_statement(text, span):
        cue = verb_closing_handover(candidates)
    after_colon = False
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
            after_colon = tail[0].text == ":"
            cue = verb_before_colon(tail) if tail[0].text == ":" else None
            cue = cue or next((t for t in tail if is_cue_verb(t, verbs)), None)
            if cue is None and tail[0].text == ":":
                cue = cue_closed_by_colon(tail[0], verbs)
            if cue is None and tail[0].text == ":":
                return name_before_colon(text, span, tail)
        else:  # 'Ruiz said Monday "..."'
            near = [t for t in tail[:4] if is_cue_verb(t, verbs)]
            cue = near[0] if near else None
    if cue is None or is_run_on(cue):
        return None
    speaker = (
        (author_of_written(cue) if after_colon else None)
        or subject_of(cue, quoted)
        or noun_beside(cue)
        or inverted_subject(cue)
        or noun_between(parse, span, cue)
    )
    speaker_range = speaker_range_of(speaker) if speaker is not None else None
    if speaker_range and span.start <= speaker_range[0] < span.end:
        return None
    cue_class = speech_cues().classes.get(cue_lemma(cue), "speech")
    return Attribution(
        [(span.start, span.end)], cue_span(text, cue), speaker, speaker_range, "direct", cue_class
    )


def closes_span(text: str, span: QuotedSpan, mark: Token) -> bool:
    """'"No,“ he said': an opening mark typed where the closing one belongs ends the span
    (only its handover comma stands between), so the cue after it is still beside the quote."""
    return not text[span.end : mark.idx].strip(",")


HANDOVER_TAIL_DEPS = frozenset({"prt", "advmod", "punct"})
"""What may follow the verb of a short clause after a quote's comma ('shot back', 'said again')."""


def verb_closing_handover(after: list[Token]) -> Token | None:
    """'"...," Ruiz shot back.', '"...," recalled the mayor.': a statement whose comma hands over
    to a short clause, a verb and its subject with nothing after them, is that subject's
    words, whether or not the cue book lists the verb (as a colon does in `verb_before_colon`)."""
    verb = next((t for t in after if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    subject = next(
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c in after), None
    ) or inverted_subject(verb)
    if subject is None:
        return None
    first = min(subject.left_edge.i, verb.i)
    last = max(subject.right_edge.i, verb.i)
    if any(t.i < first and not t.is_punct for t in after) or any(
        t.i > last and t.dep_ not in HANDOVER_TAIL_DEPS for t in after
    ):
        return None  # '"...," which Ruiz hosted for years': more than a subject and its verb
    return verb


def verb_before_colon(tail: list[Token]) -> Token | None:
    """'Ruiz boomed: "..."', 'Vell demurred: "..."': a verb (or its particle) with a subject
    that a colon closes introduces the quote after it, whether or not the cue book lists it."""
    if len(tail) < 2:
        return None
    verb = tail[1].head if tail[1].dep_ == "prt" else tail[1]
    if verb.pos_ != "VERB" or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return verb


def cue_closed_by_colon(colon: Token, verbs: dict[str, frozenset[str]]) -> Token | None:
    """'The committee said in a release about the draft of its platform: "..."', 'Ruiz played
    up her record on the harbour: "..."': however far from the quote, the verb that heads the
    sentence a colon closes introduces it, if the cue book lists it or it has a subject."""
    root = colon.sent.root
    if root.i > colon.i:
        return None
    return root if is_cue_verb(root, verbs) or verb_before_colon([colon, root]) else None


def name_before_colon(text: str, span: QuotedSpan, tail: list[Token]) -> Attribution | None:
    """'Ana Ruiz and Tom Vell: "..."', 'More from Ruiz: "..."': a quote after a colon that
    closes a name is that name's words, the colon its cue (a label, a column's lead-in)."""
    names = []
    for token in tail[1:]:
        if token.pos_ != "PROPN" or token.ent_type_ in NOT_SPEAKERS:
            break
        names.append(token)
    if not names:
        return None
    speaker_range = (names[-1].idx, names[0].idx + len(names[0]))
    colon = tail[0]
    return Attribution(
        [(span.start, span.end)],
        Span.of(text, colon.idx, colon.idx + 1),
        names[0],
        speaker_range,
        "direct",
        "speech",
    )
