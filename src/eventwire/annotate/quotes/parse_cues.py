"""Attributions read from the dependency parse: cue verbs, cue nouns with an owner ('his claim
that ...'), cue adjectives ('is confident that') and phrases ('according to X'), each giving
its content, speaker and cue class."""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from eventwire.annotate.modality import TIME_ENTITIES
from eventwire.annotate.parse_views import (
    indices_spelled,
    is_infinitive,
    is_question_sentence,
    is_run_on,
    span_at,
    tokens_of,
)
from eventwire.annotate.quotes.attribution import Attribution, reconcile
from eventwire.annotate.quotes.content import (
    adjective_content,
    block_after_colon,
    complement_tokens,
    content_tokens,
    copular_content,
    fronted_content,
    held_without_source,
    is_clause_after_preposition,
    is_raised_cue,
    is_yes_no_question,
    noun_complement_tokens,
    prepositional_object,
    same_paragraph,
    set_off_report,
    token_pieces,
)
from eventwire.annotate.quotes.cues import (
    CONTENT_DEPS,
    SUBJECT_DEPS,
    adjective_row,
    cue_lemma,
    cue_span,
    cue_words,
    is_cue_verb,
)
from eventwire.annotate.quotes.marks import SENTENCE_END, QuotedSpans
from eventwire.annotate.quotes.speakers import (
    SPEAKER_ENTITY_TYPES,
    agent_of,
    holder_of_adjective,
    inverted_subject,
    is_passive,
    noun_beside,
    objects_of,
    owner_of,
    passive_agent,
    subject_of,
)
from eventwire.codebooks.quotes import CueBook, quote_words, speech_cues
from eventwire.headline_case import first_line_end
from eventwire.records import Span

DEMONSTRATIVES = {"that", "this"}
MIN_CLAUSE_WORDS = 3
OWN_COMPLEMENT_DEPS = {"dobj", "xcomp", "ccomp", "acomp", "attr", "oprd"}
NOUN_CLAUSE_DEPS = {"acl", "ccomp"}  # how the parse hangs a clause on a noun
OPENING_DEPS = {"cc", "advmod", "intj", "neg"}  # 'But', 'Now', 'Please', 'not' before a verb
BACKGROUND_CLASSES = frozenset({"stance"})
"""Cue classes that, in a relative clause on the speaker of a speech cue, introduce the speaker
rather than report a view ('said Ruiz, who supports the mayor'): see `describes_speaker`."""
INSTRUCTED_CLASSES = frozenset({"speech", "stance"})
"""Cue classes whose imperative tells the reader what to say or back ('Call it a farce', 'Don't
blame the mayor') and reports no one's view; a belief verb's ('Expect delays', 'Think of a
pier that floats') is the writer's own view, which PolNeAR annotates: see `tells_the_reader`."""
STRUCK_ENTITIES = frozenset({"FAC", "LOC", "PRODUCT"})
"""Named places and craft a cue of force strikes: 'attacked the Kowloon pier', 'the USS Cole'."""
HOLDER_ENTITIES = SPEAKER_ENTITY_TYPES - {"GPE"}
"""Named-entity types of a person or group that can hold a view: a speaker's, but not a place
(GPE, which `holder_opening` has always left out)."""


def attribute_by_parse(
    parse: Doc, text: str, quoted: QuotedSpans, headline_end: int
) -> list[Attribution]:
    """Cues read from the dependency parse: verbs, nouns, adjectives and prepositional phrases.
    Words before `headline_end` are skipped (a headline pattern has read the headline)."""
    cues = speech_cues()
    attributions = []
    tokens = tokens_of(parse)
    for token in (tokens[i] for i in indices_spelled(parse, (LEMMA, LOWER), cue_words())):
        if token.idx < headline_end or is_run_on(token):
            continue
        found = cue_attribution(token, text, quoted, cues)
        if found is None:
            continue
        pieces, cue, speaker, cue_class = found
        if is_only_a_time(parse, pieces):
            continue
        attribution = reconcile(text, pieces, quoted, cue, speaker) if pieces else None
        if attribution is not None:
            attribution.cue_class = cue_class
            attributions.append(attribution)
    return drop_nested_duplicates(attributions)


Found = tuple[list[tuple[int, int]], Span, Token | None, str]
"""What one cue attributes: content pieces, the cue, the speaker's head and the cue class."""


def cue_attribution(token: Token, text: str, quoted: QuotedSpans, cues: CueBook) -> Found | None:
    """What the cue word `token` attributes, read by its part of speech. A participle that no
    adjective frame reads ('was convinced to run') is still read as the verb."""
    adjective = adjective_row(token, cues.adjectives)
    if adjective is not None:
        row = f"adjective:{adjective}"
        found = predicate_attribution(token, text, cues.adjectives[adjective], row, cues)
        if found is not None or token.pos_ == "ADJ":
            return found
    if is_cue_verb(token, cues.verbs):
        return verb_attribution(token, text, quoted, cues)
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in cues.nouns:
        return noun_attribution(token, text, quoted, cues)
    if token.pos_ == "NOUN" and token.dep_ == "attr" and lemma in cues.holders:
        return predicate_attribution(token, text, cues.holders[lemma], f"holder:{lemma}", cues)
    if token.pos_ == "ADV" and token.lower_ in cues.adverbs:
        return adverb_attribution(token, text, cues)
    return phrase_attribution(token, text, cues)


def is_only_a_time(parse: Doc, pieces: list[tuple[int, int]]) -> bool:
    """'promised Sunday to ...', 'called Oct. 23': a content that is only a date or a time is
    the parse taking the time for the cue's object; no view is held about a day."""
    words = [
        t for start, end in pieces for t in (span_at(parse, start, end) or ()) if not t.is_punct
    ]
    return bool(words) and all(t.ent_type_ in TIME_ENTITIES for t in words)


def verb_attribution(verb: Token, text: str, quoted: QuotedSpans, cues: CueBook) -> Found | None:
    lemma = cue_lemma(verb)
    if cues.classes[lemma] != "speech" and is_reported_view(verb, cues.verbs):
        return None
    if cues.classes[lemma] in BACKGROUND_CLASSES and describes_speaker(verb, cues):
        return None
    if asks_the_reader(verb):
        return None
    if cues.classes[lemma] in INSTRUCTED_CLASSES and tells_the_reader(verb):
        return None
    if is_discourse_marker(verb):
        return None
    complements = cues.verbs[lemma]
    if "force" in complements and is_act_of_force(
        [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")],
        [subject_of(verb, quoted), agent_of(verb)],
        complements,
    ):
        return None
    said, naming_only = complement_tokens(verb, complements)
    if not said and complements & {"clause", "parenthetical"} and is_parenthetical(verb):
        said = [t for t in content_tokens(verb.head) if t not in set(verb.subtree)]
        naming_only = False
    if not said and "clause" in complements:
        said = fronted_content(verb)
        naming_only = naming_only and not said
    timed = bool(said) and all(t.ent_type_ in TIME_ENTITIES or t.is_punct for t in said)
    set_off = (  # 'The pier, as the pilots have argued for months, is sinking': not a time
        None
        if (said and not timed) or "clause" not in complements
        else set_off_report(verb, complements)
    )
    if set_off is not None:
        said, naming_only = set_off[0], False
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
    elif set_off is not None:
        speaker = set_off[1]
    elif passive:
        speaker = passive[1]
    elif (is_passive(verb) or agent_of(verb) is not None) and not naming_only:
        speaker = agent_of(verb)  # 'Ruiz was asked whether ...': the asker goes unnamed
    else:
        speaker = subject_of(verb, quoted) or noun_beside(verb) or inverted_subject(verb)
    pieces = token_pieces(verb.doc, block or same_paragraph(text, said, verb), verb, speaker)
    quoted_inside = any(quoted.starting_in(*piece) for piece in pieces)
    if naming_only and (speaker is None or not (quoted_inside or names_predicate(verb))):
        return None  # 'called the meeting' is no quote; 'called it "a farce"' is
    return pieces, cue_span(text, verb), speaker, cues.classes[lemma]


def noun_attribution(noun: Token, text: str, quoted: QuotedSpans, cues: CueBook) -> Found | None:
    lemma = noun.lemma_.lower()
    complements = cues.nouns[lemma]
    said = noun_complement_tokens(noun, complements)
    speaker = owner_of(noun)
    if "force" in complements and is_act_of_force(
        [
            g
            for c in noun.children
            if c.dep_ == "prep" and f"prep:{c.lower_}" in complements
            for g in c.children
            if g.dep_ == "pobj"
        ],
        [speaker, *(c for c in noun.children if c.dep_ == "compound")],
        complements,
    ):
        return None
    carrier = carrier_of(noun)
    role = cues.carriers.get(carrier.lemma_.lower()) if carrier is not None else None
    if speaker is None and carrier is not None and role == "light":
        speaker = subject_of(carrier, quoted)
    if not said and role == "light":
        said = complement_on_carrier(noun, carrier, complements)
    given = given_stance(noun, carrier, role, complements, (speaker, said), quoted)
    if given is None:
        given = held_among(noun, carrier, complements, quoted)
    if given is not None:
        speaker, said = given
    takes_clause = bool(complements & {"clause", "infinitive"})
    copular = not said and takes_clause and copular_content(noun)
    if copular:  # 'his view is that ...', 'her plan would ...'; not 'the question is'
        said = copular
    elif not said or (speaker is None and role != "received" and not unowned(noun, carrier, cues)):
        return None
    pieces = token_pieces(noun.doc, same_paragraph(text, said, noun), noun, speaker)
    return pieces, cue_span(text, noun), speaker, cues.classes[f"noun:{lemma}"]


def is_act_of_force(
    targets: list[Token], doers: list[Token | None], complements: frozenset[str]
) -> bool:
    """'militants attacked the train', 'an attack on the base', 'attacked by gunmen': a cue that
    is also a verb of force (a `force` row) strikes when what it hits names a thing struck (a
    place entity, or `struck` in quote_words.tsv) or its doer names a fighter (`fighter`), and
    on a `war` row when a country hits a country ('the Russia attack on Ukraine'), where
    'Ruiz attacked the plan' and 'slammed the mayor' take a stance."""
    words = quote_words()
    named_doers = [d for d in doers if d is not None]
    return (
        any(t.ent_type_ in STRUCK_ENTITIES or t.lemma_.lower() in words.struck for t in targets)
        or any(d.lemma_.lower() in words.fighters for d in named_doers)
        or (
            "war" in complements
            and any(t.ent_type_ == "GPE" for t in targets)
            and any(d.ent_type_ == "GPE" for d in named_doers)
        )
    )


def held_among(
    noun: Token, carrier: Token | None, complements: frozenset[str], quoted: QuotedSpans
) -> tuple[Token, list[Token]] | None:
    """'Ruiz's support among fishermen', 'Ruiz has strong support among fishermen': a
    holder:among noun's 'among' object holds the stance, and its owner (else the subject of
    the verb carrying it) is what the stance is about, as PolNeAR reads a candidate's support
    among a group of voters."""
    if "holder:among" not in complements:
        return None
    hosts = [noun] if carrier is None else [noun, carrier]
    holders = objects_of(hosts, "among")
    if not holders:
        return None
    about = next((c for c in noun.children if c.dep_ == "poss"), None)
    if about is None and carrier is not None:
        about = subject_of(carrier, quoted)
    return (holders[0], list(about.subtree)) if about is not None else None


def given_stance(
    noun: Token,
    carrier: Token | None,
    role: str | None,
    complements: frozenset[str],
    found: tuple[Token | None, list[Token]],
    quoted: QuotedSpans,
) -> tuple[Token, list[Token]] | None:
    """'Ruiz won the endorsement of the union', 'the plan drew criticism from Ruiz': under a
    verb of getting or receiving, the verb's subject is what the stance is about; a giver:of
    noun's 'of' object holds it, a given noun with nothing of its own its owner (`found`: the
    owner and content read so far). On PolNeAR train 101-840 the gold reads 'the endorsement
    of X' so 9 times of 9 under these verbs, a 'criticism' or 'opposition' with an owner and
    nothing of its own 3 times of 5."""
    owner, said = found
    if carrier is None or role not in ("received", "gained"):
        return None
    givers = objects_of([noun], "of")
    if owner is None and givers and "giver:of" in complements:
        owner = givers[0]
    elif said or "given" not in complements:
        return None
    elif owner is None:
        owner = owner_of(carrier)  # 'drew criticism | from X': the parse hung it on the verb
    elif any(c.dep_ in NOUN_CLAUSE_DEPS for c in noun.children):
        return None  # 'faced criticism from rivals that ...': a clause the row leaves unread
    subject = subject_of(carrier, quoted)
    if owner is None or subject is None:
        return None
    return owner, list(subject.subtree)


def unowned(noun: Token, carrier: Token | None, cues: CueBook) -> bool:
    """'complaints that the pier is unsafe', 'chants of "Close the pier!"': a cue noun whose
    row allows no owner attributes its complement to no one named, unless a cue verb carries
    it ('said in a statement that ...': the verb's attribution)."""
    if "unowned" not in cues.nouns[noun.lemma_.lower()]:
        return False
    return carrier is None or not is_cue_verb(carrier, cues.verbs)


def predicate_attribution(
    predicate: Token, text: str, complements: frozenset[str], row: str, cues: CueBook
) -> Found | None:
    """A cue adjective ('is confident that') or a noun naming who holds a view ('is a critic
    of'): the copula's subject, or the noun the adjective describes, holds its complement."""
    said = adjective_content(predicate, complements)
    if not said or asks(said):
        return None
    speaker = holder_of_adjective(predicate, cues)
    pieces = token_pieces(predicate.doc, same_paragraph(text, said, predicate), predicate, speaker)
    return pieces, cue_span(text, predicate), speaker, cues.classes[row]


def asks(said: list[Token]) -> bool:
    """'It is not clear how the pier fell': a clause that asks a question left open is no
    view held (on PolNeAR train 101-840, 1 of 10 'clear' + question clauses is an
    attribution); what a preposition governs is ('worried about how the pier fell')."""
    first = min(said, key=lambda t: t.i)
    inside = {t.i for t in said}
    root = first
    while root.head.i in inside and root.head.i != root.i:
        root = root.head
    return first.lower_ in quote_words().question_words and root.dep_ not in ("pcomp", "pobj")


def adverb_attribution(adverb: Token, text: str, cues: CueBook) -> Found | None:
    """'The council has reportedly sold the pier': the clause the adverb modifies, told
    by no one the text names. A cue verb it modifies ('reportedly told aides') is the cue."""
    clause = adverb.head
    if adverb.dep_ != "advmod" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if is_cue_verb(clause, cues.verbs) or is_reported_view(clause, cues.verbs):
        return None  # 'Ruiz said the council had reportedly sold it' is Ruiz's report
    said = content_tokens(clause)
    pieces = token_pieces(adverb.doc, same_paragraph(text, said, adverb), adverb, None)
    return pieces, cue_span(text, adverb), None, cues.classes[f"adverb:{adverb.lower_}"]


def phrase_attribution(token: Token, text: str, cues: CueBook) -> Found | None:
    """'according to X, ...', 'in a new poll, ...': the clause the phrase modifies."""
    phrase = phrase_at(token.doc, token, cues.phrases)
    source_verb = None if phrase else source_clause(token)
    in_source = None if source_verb is None else source_at(token, source_verb, cues)
    match = phrase or in_source or holder_opening(token, cues)
    if match is None:
        return None
    cue_end, source = match
    clause = source_verb if in_source else token.head
    if clause is None:
        return None
    if source is not None and clause.i == token.i:
        said = clause_after_source(source)
    elif token.i <= clause.i < cue_end or source is None:
        return None  # 'As reported by X, ...' parsed as a clause: the cue verb reads it
    else:
        excluded = set(token.subtree)
        said = [t for t in content_tokens(clause) if t not in excluded]
    pieces = token_pieces(token.doc, same_paragraph(text, said, token), None, source)
    last = token.doc[cue_end - 1]
    cue = Span.of(text, token.idx, last.idx + len(last))
    source_class = cues.classes.get(f"source:{source.lemma_.lower()}")
    opening_class = cues.classes.get(f"opening:{token.lower_}", "speech")
    return pieces, cue, source, source_class or opening_class


def clause_after_source(source: Token) -> list[Token]:
    """'According to Ruiz, the pier is unsafe.' parsed as a fragment, the phrase its root and
    the clause an appositive of the source (its verb often tagged a noun: 'the move reeks of
    panic'): the words after the comma that closes the source's name, when they are more than
    an adverb or two ('According to Ruiz, basically.')."""
    sentence = source.sent
    comma = next((t.i for t in sentence if t.i > source.i and t.text == ","), None)
    if comma is None:
        return []
    rest = list(source.doc[comma + 1 : sentence.end])
    return rest if len([t for t in rest if not t.is_punct]) >= MIN_CLAUSE_WORDS else []


def is_reported_view(verb: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """A belief, aim or stance inside another cue's content ('Ruiz said she plans to run',
    'pledged to support him'): the outer cue is the attribution. Under a word that is no cue
    ('was able to tout', 'tried to convince') it is an attribution of its own."""
    if verb.dep_ == "conj" and any(
        c.tag_ == "PRP" and c.dep_ in SUBJECT_DEPS for c in verb.children
    ):
        return False  # 'said it is X, and he railed against Y': see `reports_apart`
    current = verb
    while current.head.i != current.i:
        if current.dep_ in SUBJECT_DEPS:
            return False  # 'Ruiz, who believes ..., said': the belief is the speaker's own
        coordinate = current.dep_ == "conj"  # 'urged ... and criticised': a second cue
        through = current
        current = current.head
        if not coordinate and is_cue_verb(current, verbs) and takes(current, through, verbs):
            return True
    return False


def describes_speaker(verb: Token, cues: CueBook) -> bool:
    """'said Ruiz, a pilot who backs the mayor', 'Ruiz, who endorsed Lee, told reporters': a
    relative clause on the subject of a speech cue, or on a noun set beside that subject,
    tells who the speaker is; PolNeAR annotates the speech, not the speaker's allegiance."""
    if verb.dep_ != "relcl":
        return False
    antecedent = verb.head
    if antecedent.dep_ == "appos":
        antecedent = antecedent.head
    speech = antecedent.head
    return (
        antecedent.dep_ in SUBJECT_DEPS
        and is_cue_verb(speech, cues.verbs)
        and cues.classes[cue_lemma(speech)] == "speech"
    )


def asks_the_reader(verb: Token) -> bool:
    """'Do you support the levy?', 'What do you think of the plan?': a question put to the
    reader, its auxiliary before 'you', asks for a view and reports none."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        subject is not None
        and subject.lower_ == "you"
        and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
        and is_question_sentence(verb)
    )


def tells_the_reader(verb: Token) -> bool:
    """'Call it a farce.', 'Now tell us this is fair!', 'Don't blame the mayor.': a sentence
    opening with the bare verb and no subject is an imperative put to the reader. A headline's
    ('Call the mayor's bluff') is the writer's own call, which PolNeAR annotates."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" or verb.idx < first_line_end(verb.doc.text):
        return False
    if any(c.dep_ in SUBJECT_DEPS | {"expl", "csubj"} for c in verb.children):
        return False
    return all(
        t.head == verb and (t.dep_ in OPENING_DEPS or (t.dep_ == "aux" and t.lemma_ == "do"))
        for t in verb.sent
        if t.i < verb.i and not t.is_punct
    )


def takes(cue: Token, child: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """Whether `child` can be what `cue` introduces: an infinitive only under a cue that
    takes one ('Ruiz continued to question the plan': 'continue' takes a clause, so the
    questioning is an attribution of its own; 'Ruiz vowed to oppose it' is one vow); never
    a clause set off by a subordinator ('After the guild opposed the tax, Ruiz said ...'), nor
    a prepositional phrase the cue's row does not read ('campaigned with | a mayor who had
    endorsed the plan': the endorsement is the mayor's own)."""
    complements = verbs[cue_lemma(cue)]
    if child.dep_ == "xcomp" and is_infinitive(child):
        if "raising" in complements and is_raised_cue(child):
            return False  # 'Ruiz seemed to dismiss the report': Ruiz dismissed it
        return bool(complements & {"infinitive", "raising"})
    if child.dep_ == "advcl" and is_subordinate(child):
        return is_yes_no_question(child) or is_clause_after_preposition(child, complements)
    if child.dep_ == "prep":
        return f"prep:{child.lower_}" in complements
    return True


def is_subordinate(clause: Token) -> bool:
    """An adverbial clause opened by a subordinator ('after', 'while', 'when', 'if')."""
    return any(
        c.i < clause.i and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"))
        for c in clause.children
    )


def is_discourse_marker(verb: Token) -> bool:
    """'That said, the ferry will sail': a sentence opening 'That said,' or 'This said,'
    concedes a point; no one says what follows."""
    if verb.i < 1 or verb.i + 1 >= len(verb.doc):
        return False
    subject, after = verb.doc[verb.i - 1], verb.doc[verb.i + 1]
    return (
        subject.is_sent_start
        and subject.lower_ in DEMONSTRATIVES
        and subject.head.i == verb.i
        and after.text == ","
    )


def carrier_of(noun: Token) -> Token | None:
    """The verb a cue noun is the object of: 'raised | questions', 'came under | criticism'."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def complement_on_carrier(noun: Token, carrier: Token, complements: frozenset[str]) -> list[Token]:
    """'has been making the case for weeks that the pier is unsafe', 'took issue with the
    plan': the noun's clause or preposition, which the parse hung on the light verb carrying
    the noun."""
    said = []
    for child in carrier.rights:
        if child.i < noun.i:
            continue
        if "clause" in complements and child.dep_ in CONTENT_DEPS:
            said += content_tokens(child)
        if not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            said += prepositional_object(child, complements)  # not 'for weeks'
    return said


def is_parenthetical(verb: Token) -> bool:
    """'The bridge, the mayor said, will open', 'as the mayor noted': a cue set off inside
    what was said, which the parse hangs on that clause's verb."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return not has_own_complement(verb)  # 'As Ruiz noted, the bridge will open'
    return (
        verb.dep_ == "parataxis"
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and edge_mark(verb.doc, verb.left_edge.i, -1) == ","
        and edge_mark(verb.doc, verb.right_edge.i, 1) in (",", *SENTENCE_END)
    )


def has_own_complement(verb: Token) -> bool:
    """'as the campaign continues its tour', 'as voters continue to arrive': an 'as' clause
    whose verb says something of its own is a time or a reason, not a cue set off ('as Ruiz
    put it' holds only a pronoun)."""
    return any(
        c.dep_ in OWN_COMPLEMENT_DEPS and c.lower_ not in DEMONSTRATIVES | {"it"}
        for c in verb.children
    )


def edge_mark(doc: Doc, index: int, step: int) -> str:
    """The punctuation closing a phrase at `index`, or the word just outside it."""
    if doc[index].is_punct:
        return doc[index].text
    index += step
    return doc[index].text if 0 <= index < len(doc) else "."


def names_predicate(verb: Token) -> bool:
    """'called the charges baseless', 'described it as a farce': the cue says what its object
    is, which is a view held, not the meeting in 'called a meeting'. The parse may hang the
    'as' phrase on the object ('see police violence | as a problem')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    on_objects = [c for o in objects for c in o.children if not is_set_phrase_as(c)]
    return any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and any(c.children))
        for c in [*verb.children, *on_objects]
    )


def is_set_phrase_as(token: Token) -> bool:
    """'such as', 'as well as', 'as of yet': an 'as' that lists more things or tells a time,
    not what the object is called."""
    doc = token.doc
    return token.lower_ == "as" and (
        (token.i > 0 and doc[token.i - 1].lower_ in ("such", "well"))
        or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of")
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


def source_at(token: Token, clause: Token, cues: CueBook) -> tuple[int, Token] | None:
    """'In a new poll, Ruiz leads': a preposition whose object is a source noun, on a clause
    (its `source_clause`) that no cue verb of its own attributes: (index after the preposition,
    the source)."""
    if token.dep_ != "prep" or is_cue_verb(clause, cues.verbs):
        return None
    for child in token.children:
        if child.dep_ == "pobj" and token.lower_ in cues.sources.get(child.lemma_.lower(), ()):
            return None if is_standing(child) else (token.i + 1, child)
    return None


def source_clause(preposition: Token) -> Token | None:
    """The verb of the clause a source phrase gives: its head, or the verb above the nouns the
    parse hung it on ('had a lead among fishermen | in a new poll', 'the mayor's rating | in
    the latest poll is 53 percent'): the poll tells the whole clause either way."""
    head = preposition.head
    while head.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADP") and head.dep_ != "ROOT":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def holder_opening(token: Token, cues: CueBook) -> tuple[int, Token] | None:
    """'To Ruiz, the pier is a landmark': an opening preposition whose object, a person or
    group set off by a comma, holds the view its sentence gives: (index after the preposition,
    the holder). On PolNeAR train 101-840 a sentence opening 'To' + such a holder + comma is an
    attribution 7 times of 8; 'For' so is 5 of 29 ('For Ruiz, the vote was a triumph' tells
    what it meant to Ruiz, rarely Ruiz's view), so it is no opening."""
    if not token.is_sent_start or token.lower_ not in cues.openings or token.dep_ != "prep":
        return None
    holder = next((c for c in token.children if c.dep_ == "pobj"), None)
    if holder is None or not (holder.ent_type_ in HOLDER_ENTITIES or holder.pos_ == "PRON"):
        return None
    after = holder.right_edge.i + 1
    set_off = after < len(token.doc) and token.doc[after].text == ","
    return (token.i + 1, holder) if set_off else None


def is_standing(source: Token) -> bool:
    """'Ruiz leads in the polls', 'rose in national polls': polls in general, where someone
    stands, not one poll that found something ('in a Harbour Times poll', 'in January
    polls'). On PolNeAR train 101-840, 'in the polls' is attribution in 3 of 47 uses."""
    return source.tag_ == "NNS" and not any(
        c.dep_ in ("compound", "poss", "nmod", "nummod", "prep", "acl", "relcl")
        for c in source.children
    )


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
