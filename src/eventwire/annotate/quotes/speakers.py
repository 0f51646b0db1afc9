"""Who holds what a cue attributes: the subject, owner or agent the parse gives the cue, and
the noun phrase that names them."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwire.annotate.parse_views import auxiliaries_of, by_agents, is_infinitive
from eventwire.annotate.places import dateline_at
from eventwire.annotate.quotes.cues import (
    CONTENT_DEPS,
    SET_OFF_MARKS,
    SUBJECT_DEPS,
    is_cue_verb,
    is_set_off_participle,
)
from eventwire.annotate.quotes.marks import QuotedSpan, QuotedSpans
from eventwire.codebooks.quotes import CueBook, quote_words, speech_cues

CLIMB_DEPS = {"advcl", "xcomp", "pcomp", "conj", "prep", "acl", "oprd"}
"""A cue without its own subject ("..., adding that", "quoted as saying") takes its governor's;
a cue the parse coordinated on what a naming cue calls its object ('called it "shameful" and
called on ...') takes the naming cue's."""

PREDICATE_DEPS = {"acomp", "attr"}
"""A copula's predicate shares the copula's subject: a cue hung on it takes that subject ('Ruiz
is likely to win votes by citing ...', 'Ruiz was the first mayor to endorse ...')."""

CLIMB_STEPS = 6
"""How many heads a cue climbs for a subject: 'citing' > 'by' > 'win' > 'likely' > 'is' is
four; a conjunct or a preposition on the way adds one each."""

SPEAKER_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
"""Named-entity types that can own a cue noun as a compound ('a Harbour Times report')."""

SPEAKER_STOP_DEPS = {"relcl", "acl", "amod", "appos", "punct", "cc", "conj"}
"""What ends a speaker phrase on the right: a clause, an adjective after the noun ("voters
wary of the plan") or an appositive about the speaker is none of its name."""

DATELINE_REACH = 16
"""Tokens from a paragraph's start within which a dateline ends."""


def dateline_end(doc: Doc, index: int) -> int:
    """Where the dateline of the paragraph holding token `index` ends (a character offset);
    0 when that paragraph has none within reach."""
    start = index
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        if index - start >= DATELINE_REACH:
            return 0
        start -= 1
    opening = doc[start : start + DATELINE_REACH]
    match = dateline_at(opening.text)
    return opening.start_char + match.end() if match else 0


def past_dateline(subject: Token) -> Token | None:
    """The subject, or when the parse made the dateline the subject ('HARBOURTON -- Mayor Ortiz,
    ... said'), its appositive after the dateline; None if it has none."""
    end = dateline_end(subject.doc, subject.i)
    if subject.idx >= end:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.idx >= end), None)


def subject_of(verb: Token, quoted: QuotedSpans) -> Token | None:
    """The cue's subject, or its governor's; never a word inside a quote the cue is outside of
    ('"... Full panic mode," said Ruiz': the parse gives 'said' two subjects), nor a dateline."""
    around_verb = quoted.containing(verb.idx)
    current = verb
    conjoined = False  # a conjunct shares its clause's subject: see `own_subject`
    predicated = False  # past a copula's predicate: 'It was a chance to tout ...' names no one
    for _ in range(CLIMB_STEPS):
        subjects = [
            subject
            for c in subjects_of(current)
            if all(q in around_verb for q in quoted.containing(c.idx))
            if (subject := past_dateline(c)) is not None
        ]
        if subjects:
            subject = subjects[0] if conjoined else own_subject(verb, subjects)
            if subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return current.head
            if predicated and subject.lower_ in quote_words().empty_subjects:
                return None
            return subject
        if is_on_predicate_noun(current):
            current = current.head.head  # 'Ruiz was the first mayor to endorse ...'
            predicated = True
            continue
        if current.dep_ == "acl" and current.tag_ == "VBG" and is_noun(current.head):
            # 'a super PAC supporting Ruiz': the PAC backs her
            return sender_of(current.head) or current.head
        if is_set_off_participle(current) and is_said_clause(current.head):
            current = current.head.head  # '"It is safe," adding ...': the speaker adds
            continue
        if verb.tag_ == "VBG" and via_noun_phrase(current):
            owner = next((c for c in current.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner  # 'his policy of not attacking Ruiz': he does not attack her
            # 'took the step of criticizing', 'after months of refusing': the verb's subject
            current = current.head.head
            continue
        climbs = current.dep_ in CLIMB_DEPS or current.dep_ in PREDICATE_DEPS
        if not climbs or current.head.i == current.i:
            return None
        if current.dep_ == "conj" and current.head.dep_ in CONTENT_DEPS:
            if not is_cue_verb(current, speech_cues().verbs):
                return None
            current = current.head  # 'said it was opposed and warned ...': see reports_apart
        conjoined = conjoined or current.dep_ == "conj"
        predicated = predicated or current.dep_ in PREDICATE_DEPS
        current = current.head
    return None


def via_noun_phrase(phrase: Token) -> bool:
    """A preposition on a noun that is an object ('the step | of criticizing', 'months | of
    refusing'), so a subjectless gerund in it is done by the noun's owner or by the subject of
    the verb the noun hangs on."""
    noun = phrase.head
    return (
        phrase.dep_ == "prep" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "pobj")
    )


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, or those the parse hung on its auxiliary ('Not everyone is convinced
    that ...': 'everyone' under 'is')."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        return subjects
    auxiliaries = auxiliaries_of(verb)
    return [s for a in auxiliaries for s in a.children if s.dep_ in SUBJECT_DEPS]


def is_on_predicate_noun(clause: Token) -> bool:
    """A subjectless participle or infinitive on the noun a copula predicates of its subject
    ('Ruiz was the first mayor to endorse ...', '... the first to weigh in, tweeting ...'):
    the subject does what the clause says, not the noun."""
    noun = clause.head
    return (
        clause.dep_ in ("acl", "relcl")
        and (clause.tag_ == "VBG" or is_infinitive(clause))
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and noun.dep_ == "attr"
        and is_noun(noun)
    )


def own_subject(cue: Token, subjects: list[Token]) -> Token:
    """Of the subjects the parse gives a cue (or the governor it takes its subject from), its
    own: a cue set off inside the clause it reports gets the clause's subject too ('The pier,
    as one of the pilots pointed out, is unsafe'), a fronted phrase is taken for one ('His plan
    notwithstanding, analysts agree'); the cue's own is the noun nearest before it after a
    comma or dash, unless it only repeats the first ('The pilots -- ... -- both suggested').
    A conjunct the parse hung on a set-off cue ('Rebels, as Ruiz pointed out, attacked the
    pier') shares the clause's subject, the first."""
    before = [s for s in subjects if s.i < cue.i]
    if len(before) < 2:
        return subjects[0]
    nearest = before[-1]
    doc = cue.doc
    split = any(t.text in SET_OFF_MARKS for t in doc[before[0].i : nearest.left_edge.i])
    own = split and nearest.pos_ in ("NOUN", "PROPN", "PRON") and nearest.tag_ != "DT"
    return nearest if own else subjects[0]


def sender_of(message: Token) -> Token | None:
    """Who sent a message a cue participle hangs on: its owner ('her letter calling ...') or
    the subject of the verb that issued it ('Ruiz issued a statement saying ...', 'Ruiz said
    in a statement calling ...'); None for any other noun or where no sender is named."""
    if message.lemma_.lower() not in quote_words().sent_messages:
        return None
    owners = [c for c in message.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    issuer = message.head
    if message.dep_ == "pobj" and issuer.lower_ == "in":
        issuer = issuer.head
    elif message.dep_ != "dobj":
        return None
    subjects = [
        c for c in issuer.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WP", "WDT")
    ]
    return subjects[0] if subjects else None


def is_said_clause(clause: Token) -> bool:
    """A clause a cue verb introduces ('said | the pier is safe')."""
    return clause.dep_ in CONTENT_DEPS and is_cue_verb(clause.head, speech_cues().verbs)


def speaker_range_of(head: Token) -> tuple[int, int]:
    """The noun phrase naming the speaker, without appositives or relative clauses."""
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in SPEAKER_STOP_DEPS:
            break
        right = child.right_edge.i
    doc = head.doc
    after_dateline = dateline_end(doc, head.i)
    while left < head.i and (
        doc[left].is_punct or doc[left].is_space or doc[left].idx < after_dateline
    ):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


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
        if child.dep_ in ("prep", "agent") and child.lower_ in quote_words().owner_prepositions:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def author_of_written(verb: Token) -> Token | None:
    """'The judge held up the letter from the prisoner: "..."', 'Ortiz read out her brother's
    note: "..."': the words a colon hands on from a written thing the verb holds, reads or shows
    are its author's, where the text names one, not the holder's. The parse may hang the
    'from' phrase on the verb ('read out a note | from her brother')."""
    written = quote_words().written_things
    thing = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in written
        ),
        None,
    )  # a common noun: not the newspaper in 'told The Harbour Post: "..."'
    if thing is None:
        return None
    senders = objects_of([verb], "from")
    return owner_of(thing) or (senders[0] if senders else None)


def objects_of(hosts: Iterable[Token], preposition: str) -> list[Token]:
    """The objects of each phrase of `preposition` on the hosts, in order ("a letter from Ruiz",
    "support among fishermen", "the endorsement of the union")."""
    return [
        pobj
        for host in hosts
        for prep in host.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


SHARED_SUBJECT_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"}
"""Links from a clause without a subject of its own up to the clause whose subject it shares:
'are skeptical of X and not inclined to Y', 'yearn for X and are not confident that Y',
'spent Saturday there, confident that Y', 'confess to being nervous about Y'."""


def holder_of_adjective(adjective: Token, cues: CueBook) -> Token | None:
    """Who is confident or worried: the subject, the maker in 'X made it clear', the owner of
    a cue noun ('his message was clear'), the noun it describes ('Ruiz, wary of the plan');
    no one in 'it is clear that'. A holder noun's copula alike ('Ruiz is a critic of ...')."""
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head
    if adjective.dep_ in ("amod", "appos") and is_noun(adjective.head):
        return adjective.head
    carrier = adjective.head if adjective.dep_ in ("acomp", "attr") else adjective
    subject = shared_subject(carrier)
    if subject is not None and subject.lemma_.lower() in cues.nouns:
        return owner_of(subject)
    if subject is None or subject.lower_ in quote_words().empty_subjects:
        if adjective.dep_ in ("ccomp", "oprd") and adjective.head.lemma_ == "make":
            return maker_of(adjective.head)
        return None
    return subject


def shared_subject(clause: Token) -> Token | None:
    """The clause's subject, or that of the clause it shares its subject with."""
    subjects = subjects_of(clause)
    while not subjects and clause.dep_ in SHARED_SUBJECT_DEPS and clause.head.i != clause.i:
        clause = clause.head
        subjects = subjects_of(clause)
    return subjects[0] if subjects else None


def maker_of(make: Token) -> Token | None:
    """Who made it clear: the subject of 'make', of the clause a participle shares it with
    ('spoke on Monday, making it clear that ...'), or the sender of the message it hangs on
    ('signed a letter making it clear that ...')."""
    if make.dep_ == "acl" and make.tag_ == "VBG":
        return sender_of(make.head)
    return shared_subject(make)


def passive_agent(verb: Token) -> tuple[Token, Token] | None:
    """'Ruiz was endorsed by the union': (what the cue is about, who holds the view)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agent = agent_of(verb)
    if subjects and agent is not None and subjects[0].tag_ not in ("WP", "WDT"):
        return subjects[0], agent
    return None


def agent_of(verb: Token) -> Token | None:
    """The 'by' phrase's noun of a passive verb: the first of `by_agents`, the one speaker a
    cue takes."""
    agents = by_agents(verb)
    return agents[0] if agents else None


def is_passive(verb: Token) -> bool:
    """'Ruiz was asked whether ...': the passive subject is the one addressed, not the speaker."""
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def is_noun(token: Token) -> bool:
    """A word that can name a speaker: not 'Monday' in '..., said Monday'."""
    return token.pos_ in ("PROPN", "NOUN", "PRON") and token.ent_type_ not in ("DATE", "TIME")


def noun_beside(cue: Token) -> Token | None:
    """'..., said the minister': the noun right after an inverted cue."""
    for token in cue.doc[cue.i + 1 : cue.i + 6]:
        phrase = token.head if token.dep_ == "compound" else token
        if (
            phrase.dep_ == "poss"
            and phrase.head.dep_ in ("dobj", "dative")
            and phrase.pos_ != "PRON"
        ):
            break  # 'supporting Ruiz's campaign': the object's owner ('touting his record': his)
        if is_noun(token) and phrase.dep_ not in ("dobj", "dative"):
            return phrase  # not 'North Korea' in 'warned North Korea to ...'

        if token.is_punct:
            break
    return None


def inverted_subject(verb: Token) -> Token | None:
    """'"...," recalled the old mayor.': right after a quote's comma, the parse takes a subject
    after its verb for the object; a name or a determined noun closing the sentence there is
    the speaker ('"...," told reporters' names none), though not after an -ing verb ('"...,"
    referencing the flood' goes on with the quote's speaker)."""
    if verb.tag_ == "VBG":
        return None
    doc = verb.doc
    before = [t for t in doc[max(0, verb.i - 3) : verb.i] if not t.is_space]
    if len(before) < 2 or not before[-1].is_quote or before[-2].text != ",":
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if noun is None or noun.left_edge.i > verb.i + 2:
        return None
    end = noun.right_edge.i + 1
    if end >= len(doc) or doc[end].text not in (".", "!", "?"):
        return None
    named = noun.pos_ == "PROPN" or any(c.dep_ == "det" for c in noun.children)
    return noun if named else None


def noun_between(parse: Doc, span: QuotedSpan, cue: Token) -> Token | None:
    """'"...," Flynn, a top adviser, said': the first noun between the closing mark and the cue."""
    first = cue.i
    while first > 0 and parse[first - 1].idx > span.end:
        first -= 1
    for token in parse[first : cue.i]:
        if is_noun(token):
            return token.head if token.dep_ == "compound" else token
    return None
