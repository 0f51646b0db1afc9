"""Which tokens are a cue's content: the clause, infinitive, object or prepositional object its
codebook row allows, less asides and others' reports inside it, cut into character pieces."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.annotate.modality import TIME_ENTITIES
from eventwire.annotate.parse_views import (
    FINITE_TAGS,
    is_infinitive,
    is_perfect,
    is_run_on,
    span_at,
)
from eventwire.annotate.quotes.cues import (
    CONTENT_DEPS,
    SET_OFF_MARKS,
    SUBJECT_DEPS,
    cue_lemma,
    is_cue_verb,
    is_set_off_participle,
)
from eventwire.annotate.quotes.marks import QUOTE_MARK
from eventwire.annotate.quotes.speakers import SPEAKER_ENTITY_TYPES, owner_of, speaker_range_of
from eventwire.codebooks.actors import role_word_forms
from eventwire.codebooks.quotes import quote_words, speech_cues

OBJECT_FRAMES = frozenset({"object", "thing"})
"""Rows that read a direct object: any ('denied the report'), or a thing ('recalled the visit',
where 'recalled its ambassador' is the envoy sense and 'recalled 2 million cars' goods)."""

COUNT_ENTITIES = frozenset({"CARDINAL", "QUANTITY"})
"""A recalled object the parse reads as a count: 'thousands of cars', 'dozens of vans'."""

FIGURE_ENTITIES = COUNT_ENTITIES | {"PERCENT", "MONEY"}
"""What an estimate puts a thing at: '49 percent', '$4 billion', '55,000 pages'."""

NAMING_DEPS = {"dobj", "oprd", "ccomp", "xcomp", "prep"}
"""'called Ruiz "a liar"', 'described it as "a farce"': the object and what it is called."""


def complement_tokens(verb: Token, complements: frozenset[str]) -> tuple[list[Token], bool]:
    """What the cue verb introduces, by the complements its codebook row allows, and whether
    only a naming complement ('called the meeting') supplied it."""
    said: list[Token] = []
    named: list[Token] = []
    for child in verb.children:
        if is_cue_aside(child) or ("finding" in complements and places_oneself(child)):
            continue
        if "clause" in complements and (child.dep_ in CONTENT_DEPS or is_bare_clause(child)):
            apart = report_before_quote(child, verb)
            said += [t for t in content_tokens(child) if t.i not in apart]
        elif (
            "infinitive" in complements
            and (
                child.dep_ in ("xcomp", "ccomp")
                or is_infinitive_taken_for_purpose(child, complements)
            )
            and is_infinitive(child)
        ):
            said += content_tokens(child)
            said += [  # who was urged ('urged Ruiz to'), not when ('promised Sunday to')
                t
                for c in verb.children
                if c.dep_ in ("dobj", "dative") and not is_time_object(c)
                for t in c.subtree
            ]
        elif "clause" in complements and (clause := clause_on_object(child)) is not None:
            said += content_tokens(clause)  # 'assured fishermen that the ferry would sail'
        elif "clause" in complements and (clause := clause_in_phrase(child)) is not None:
            said += content_tokens(clause)  # 'said in a statement that the pier was safe'
        elif "clause" in complements and is_answer(child):
            said.append(child)  # 'said yes', 'thinks so'
        elif "question" in complements and is_yes_no_question(child):
            said += content_tokens(child)  # 'asked if the pier was safe'
        elif "wh" in complements and is_wh_clause(child):
            said += content_tokens(child)  # 'discussed how to pay', 'denounced what he called'
        elif child.dep_ == "dobj" and "figure" in complements and (at := figure_at(verb)):
            said += content_tokens(child) + list(at.subtree)  # 'puts his worth at $4 billion'
        elif child.dep_ == "dobj" and reads_object(child, complements):
            said += content_tokens(child) + object_modifiers(verb, child)
        elif child.dep_ == "dobj" and (told_of := phrase_on_addressee(child, complements)):
            said += told_of  # 'reminded voters | of the storm', the parse hanging 'of' on 'voters'
        elif complements & OBJECT_FRAMES and child.dep_ in ("xcomp", "ccomp") and is_gerund(child):
            said += content_tokens(child)  # 'admitted using the loophole'
        elif child.dep_ == "prep" and f"prep:{child.lower_}" in complements:
            said += prepositional_object(child, complements)
        elif is_clause_after_preposition(child, complements):
            said += content_tokens(child)  # 'called for the mayor to resign'
        elif "naming" in complements and is_naming_complement(child):
            named += named_tokens(child)
    if not said and not named:  # 'what Ruiz said', 'which the bank disclosed'
        said = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")]
    if named and all(is_time_after(t, verb) for t in said):
        said = []  # 'called the levy unfair on Monday': the day is no 'call on' complement
    return (said, False) if said else (named, True)


def is_infinitive_taken_for_purpose(child: Token, complements: frozenset[str]) -> bool:
    """'looked to stop the bleeding', 'sought on Wednesday to ease worries': the parse reads the
    infinitive a cue row allows as a purpose clause ('advcl'); no comma or dash sets it off
    ('pledged, to cheers, ...' is no aim of the cue). An object is who was urged
    ('encouraging voters to turn out') unless the row reads objects as what was said: 'called
    a meeting to discuss Iran', 'offered a donation to help pay' are purposes."""
    if child.dep_ != "advcl" or child.i < child.head.i:
        return False
    if complements & {"object", "naming"} and any(
        c.dep_ in ("dobj", "dative") for c in child.head.children
    ):
        return False
    between = child.doc[child.head.i + 1 : child.left_edge.i]
    return not any(t.text in SET_OFF_MARKS for t in between)


def reads_object(obj: Token, complements: frozenset[str]) -> bool:
    """Whether the row reads this direct object as what was said: a date never is ('promised
    Sunday'); under 'thing' only an object that `is_thing`; under 'finding' only one a finder
    found ('the survey found 90 percent support')."""
    if is_time_object(obj):
        return False
    if "object" in complements:
        return True
    if "finding" in complements and found_by_finder(obj.head):
        return True
    return "thing" in complements and is_thing(obj)


def figure_at(verb: Token) -> Token | None:
    """The verb's 'at' phrase when it holds a number ('at $4 billion', 'at 49 percent'): an
    estimate, not a place ('at the door')."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ == "at"
            and any(t.like_num or t.ent_type_ in FIGURE_ENTITIES for t in c.subtree)
        ),
        None,
    )


def places_oneself(child: Token) -> bool:
    """'found himself embroiled in a fight': a reflexive (quote_words.tsv) as the object or the
    clause's subject tells where the finder ended up, not what it found."""
    reflexives = quote_words().reflexives
    return child.lower_ in reflexives or any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in reflexives for c in child.children
    )


def found_by_finder(verb: Token) -> bool:
    """'the survey found ...', 'many recent studies have found ...': the verb's subject is an
    inquiry or count (`finder` in quote_words.tsv), not a person who came upon something."""
    finders = quote_words().finders
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in finders for c in verb.children)


def is_thing(obj: Token) -> bool:
    """'the visit', 'her days as senator': no named actor or role word ('its ambassador', 'Mr.
    Rhodes', 'the governor') and no goods."""
    return not (
        obj.ent_type_ in SPEAKER_ENTITY_TYPES or obj.lower_ in role_word_forms() or is_goods(obj)
    )


def is_goods(obj: Token) -> bool:
    """A product recall, not a memory: a product word ('the baby formula'), a count of things
    ('2 million cars', 'thousands of vehicles'; 'a 2007 bill' is a year, 'one of her visits'
    no count the parse marks), or what a seller recalls ('the firm recalled the lamps')."""
    words = quote_words()
    return (
        obj.lemma_.lower() in words.goods
        or obj.ent_type_ in COUNT_ENTITIES
        or any(c.dep_ == "nummod" and c.ent_type_ not in TIME_ENTITIES for c in obj.children)
        or any(
            c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in words.sellers for c in obj.head.children
        )
    )


def is_wh_clause(child: Token) -> bool:
    """'discussed how the pier was paid for', 'denounced what he called a farce': a clausal
    complement after the cue opened by a wh-word (`wh_opener` in quote_words.tsv), an indirect
    question or a free relative the parse hangs as a clause rather than as the object ('when'
    clauses are times: not read)."""
    return (
        child.dep_ == "ccomp"
        and child.i > child.head.i
        and child.left_edge.lower_ in quote_words().wh_openers
        and child.left_edge.i > child.head.i
    )


def is_time_object(obj: Token) -> bool:
    """'promised Sunday to end the tolls': an object that is only a date is the parse taking the
    day for what was promised or for who was urged ('her years as senator' is more)."""
    return all(t.ent_type_ in TIME_ENTITIES or t.is_punct for t in obj.subtree)


def is_time_after(token: Token, verb: Token) -> bool:
    return token.i > verb.i and (token.ent_type_ in TIME_ENTITIES or token.is_punct)


def named_tokens(child: Token) -> list[Token]:
    """The object or what it is called, less the speaker's next act coordinated on it or set
    off after it ('called it "shameful" and called on ...', 'called him a "hypocrite,"
    linking to ...'), which the parse hung inside the naming."""
    dropped: set[int] = set()
    for token in child.subtree:
        if token.i in dropped or token.i == child.i or not is_next_act(token):
            continue
        dropped.update(t.i for t in token.subtree)
        dropped.update(c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i)
    return [t for t in child.subtree if t.i not in dropped]


def is_next_act(token: Token) -> bool:
    """A finite verb coordinated inside a naming, or an -ing clause set off by a comma."""
    if token.dep_ == "conj" and token.tag_ in FINITE_VERB_TAGS:
        return True
    if token.tag_ != "VBG" or token.dep_ not in ("acl", "advcl", "conj"):
        return False
    doc = token.doc
    before = token.left_edge.i - 1
    while before > token.head.i and doc[before].is_quote:
        before -= 1
    return before > token.head.i and doc[before].text in SET_OFF_MARKS


def is_naming_complement(child: Token) -> bool:
    """The object and what it is called, after the cue; a phrase before it ('In a speech,
    Ruiz called the levy unfair') is when or where it was said."""
    return child.dep_ in NAMING_DEPS and (child.dep_ != "prep" or child.i > child.head.i)


def is_clause_after_preposition(child: Token, complements: frozenset[str]) -> bool:
    """'called for the mayor to resign', 'pushed for the records to be released': a clause
    opened by the preposition the cue takes, which the parse hangs as an adverbial clause."""
    return (
        child.dep_ == "advcl"
        and is_infinitive(child)
        and any(
            c.dep_ == "mark" and c.i < child.i and f"prep:{c.lower_}" in complements
            for c in child.children
        )
    )


def is_yes_no_question(child: Token) -> bool:
    """'asked if the pier was safe': an 'if' clause the parse hangs as a condition."""
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children
    )


def phrase_on_addressee(obj: Token, complements: frozenset[str]) -> list[Token]:
    """'reminded voters of the storm': the cue's prepositional complement, which the parse hung
    on its object, the addressee, rather than on the cue (rows marked 'addressee'; 'knows
    anything about', 'speak a word of' have no addressee and are not read so). Where the cue
    also takes a clause ('reminded members of the committee that the vote was due') the clause
    is what was said and the phrase is the addressee's own."""
    if "addressee" not in complements or any(
        c.dep_ in CONTENT_DEPS | {"xcomp"} for c in obj.head.children
    ):
        return []
    return [t for child in obj.rights for t in prepositional_object(child, complements)]


def clause_on_object(child: Token) -> Token | None:
    """'told fishermen that the ferry would sail': a 'that' clause with its own subject, which
    the parse hung on the cue's object as if it were a relative clause."""
    if child.dep_ not in ("dobj", "dative"):
        return None
    return that_clause_after(child)


def is_answer(child: Token) -> bool:
    """'said yes', 'does not think so': a word after the cue that stands for a clause."""
    return (
        child.dep_ in ("intj", "advmod")
        and child.i > child.head.i
        and child.lower_ in quote_words().answer_words
        and not any(child.children)
    )


def clause_in_phrase(child: Token) -> Token | None:
    """'said in a statement that the pier was safe': a 'that' clause with its own subject,
    which the parse hung on the noun of the cue's prepositional phrase."""
    if child.dep_ != "prep":
        return None
    for noun in child.children:
        if noun.dep_ == "pobj":
            return that_clause_after(noun)
    return None


def that_clause_after(noun: Token) -> Token | None:
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl", "ccomp") and clause.i > noun.i:
            children = list(clause.children)
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and any(
                c.dep_ in SUBJECT_DEPS for c in children
            ):
                return clause
    return None


def object_modifiers(verb: Token, obj: Token) -> list[Token]:
    """Phrases the parse hung on the verb that belong to its object ('denied any role | in the
    sinking', 'accused Ruiz | of fraud'), up to the first time or place expression."""
    found: list[Token] = []
    end = obj.right_edge.i
    for child in verb.rights:
        if child.i <= end:
            continue
        if (
            child.i != end + 1
            or child.dep_ != "prep"
            or child.lower_ not in quote_words().object_prepositions
        ):
            break
        if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in child.subtree):
            break
        found += content_tokens(child)  # less 'to the AP, which first reported ...'
        end = child.right_edge.i
    return found


def is_cue_aside(token: Token) -> bool:
    """'At one point, she said, she was considering ...': a cue set off with its own subject
    inside another cue's clause attributes that clause; it is none of what the clause says."""
    return (
        token.dep_ == "parataxis"
        and is_cue_verb(token, speech_cues().verbs)
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def report_before_quote(clause: Token, verb: Token) -> set[int]:
    """'Ruiz declared victory: "We won," she said': a report of its own (a cue verb with its
    subject) set off by a colon or a dash from the quote that a closing cue's clause holds is
    an attribution apart; the closing cue says only what follows the break. The indices of
    the words up to the break."""
    if clause.i > verb.i:
        return set()
    doc = clause.doc
    breaks = quote_words().report_breaks
    start = clause.left_edge.i
    for token in doc[start : verb.i - 1]:
        if token.text in breaks and doc[token.i + 1].is_quote:
            return set(range(start, token.i + 1)) if holds_report(doc[start : token.i]) else set()
    return set()


def holds_report(words: Span) -> bool:
    """Whether the words' top clause is a cue verb with a subject of its own."""
    verbs = speech_cues().verbs
    return any(
        is_cue_verb(t, verbs)
        and not words.start <= t.head.i < words.end
        and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for t in words
    )


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


def content_tokens(root: Token) -> list[Token]:
    """What a cue introduces: the clause, less a trailing ", referring to ..." comment and
    less what others are reported to say in it (see `reports_apart`); nothing for a clause
    over `MAX_PHRASE_TOKENS`."""
    if is_run_on(root):
        return []
    dropped: set[int] = set()
    verbs = speech_cues().verbs
    for token in root.subtree:
        if token.i in dropped or token.i == root.i:
            continue
        if reports_apart(token, root, verbs):
            dropped.update(t.i for t in token.subtree)
            continue
        if is_set_off_participle(token):
            dropped.update(t.i for t in token.subtree)
    return [t for t in root.subtree if t.i not in dropped]


def reports_apart(token: Token, root: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """A relative clause with a cue of its own ('the union, which said ...', 'Ruiz, who says
    she is honoured'), a concessive clause with one ('though she noted ...'), or a cue verb
    coordinated with the content's verb ('refuses to release the files or explain ...', 'said
    it was opposed and warned ...', 'said the talks failed, and experts say ...'): an
    attribution apart, so it is no part of the content around it. A coordinated cue under a
    pronoun or opened by 'that' ('said A, and she knows B', 'said A and that she wanted B')
    goes on what was said: PolNeAR keeps it in the content (train 101-840: 104 of 105)."""
    if not is_cue_verb(token, verbs):
        return False
    if token.dep_ == "relcl":
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else token
        return before.text in (",", "--", "—", "–")
    if token.dep_ == "advcl":  # 'was smart, although he refused to pledge ...'
        return any(
            c.dep_ == "mark" and c.lower_ in quote_words().concessive_marks for c in token.children
        )
    if token.dep_ != "conj" or token.head.i != root.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    return not (subjects and subjects[0].tag_ == "PRP")


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


def copular_content(noun: Token) -> list[Token]:
    """'His view is that ...', 'the implication is clear: ...': a cue noun as the subject of
    'be', whose clause (or the sentence after its colon) is the content."""
    verb = noun.head
    if noun.dep_ != "nsubj":
        return []
    if verb.lemma_ != "be":  # 'her plan would cap the tax': what the plan would do
        modal = any(
            c.dep_ == "aux" and c.lower_ in quote_words().future_auxiliaries for c in verb.children
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
    ...', 'the message was clear: ...'; a holder noun's 'is a critic of ...' alike."""
    copula = adjective.head if adjective.dep_ in ("acomp", "attr") else None
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


def is_time(preposition: Token) -> bool:
    """'argued for months', 'warned for an hour': a preposition whose object is a time says how
    long, not what about (a set-off cue with one still takes nothing)."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTITIES for c in preposition.children)


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


FINITE_VERB_TAGS = FINITE_TAGS - {"MD"}
"""A finite verb that can be a cue or a coordinated act: a modal is neither."""
SUBJECT_WORDS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADP", "CCONJ", "PUNCT"}
RELATIVE_TAGS = {"WDT", "WP", "WP$"}
ADJUNCT_WORDS = {"ADV", "ADP", "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ", "PART", "PUNCT"}


def set_off_report(verb: Token, complements: frozenset[str]) -> tuple[list[Token], Token] | None:
    """'The ferry, Ruiz said on Monday, will not sail', 'Hawaii, as one adviser pointed out,
    rarely gets two storms': a cue and its subject set off by commas or dashes inside the
    clause they report, which the parse misreads (the clause's subject taken for the cue's,
    its verb for a conjunct). The sentence's words outside the marks are the content, the
    subject inside them the speaker. Only a finite cue with nothing it takes between the marks
    (no object, clause or complement preposition: 'reminded Ruiz of'), no quote mark at them,
    no relative pronoun ('the guild, which urged a vote, backed it'), no finite cue before
    them ('Ruiz said it was X, attacks that, Vell noted, ...'), and a clause going on after
    them straight to its finite verb (not 'Ruiz replied, adding that ...')."""
    sentence = verb.sent
    if not is_finite(verb):
        return None
    opening = next(
        (t.i for t in reversed(sentence[: verb.i - sentence.start]) if t.text in SET_OFF_MARKS),
        None,
    )
    closing = next(
        (t.i for t in sentence[verb.i - sentence.start :] if t.text in SET_OFF_MARKS), None
    )
    if opening is None or closing is None or opening == sentence.start:
        return None
    doc = verb.doc
    before = [t for t in doc[opening + 1 : verb.i] if not (t.i == opening + 1 and t.lower_ == "as")]
    subjects = [t for t in before if t.pos_ in ("NOUN", "PROPN", "PRON") or is_quantifier(t, verb)]
    if not subjects or any(
        t.is_quote or t.tag_ in RELATIVE_TAGS or not (t.pos_ in SUBJECT_WORDS or hedges(t, verb))
        for t in before
    ):
        return None
    if any(takes_between(t, verb, complements) for t in doc[verb.i + 1 : closing]):
        return None
    leading = doc[sentence.start : opening]
    rest = doc[closing + 1 : sentence.end]
    verbs = speech_cues().verbs
    if doc[opening - 1].is_quote or any(
        t.tag_ in FINITE_VERB_TAGS and is_cue_verb(t, verbs) for t in leading
    ):
        return None
    for token in rest:
        if token.tag_ in FINITE_TAGS:
            inside = {t.i for t in before}
            speaker = next(
                (t for t in before if t.head.i not in inside and not t.is_punct), subjects[-1]
            )
            return list(leading) + list(rest), speaker
        if token.is_quote or token.pos_ in ("VERB", "AUX") or token.tag_ in RELATIVE_TAGS:
            return None
        if token.text in SET_OFF_MARKS:
            return None
    return None


def is_finite(verb: Token) -> bool:
    """'Ruiz said', 'Ruiz has argued', 'as Ruiz would put it': a verb with a tense of its own."""
    return verb.tag_ in FINITE_VERB_TAGS or any(
        c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children
    )


def is_quantifier(token: Token, verb: Token) -> bool:
    """'The plan, many argue, ...', 'The pier, some say, ...': a quantifier standing alone as
    the set-off cue's subject (the parse hangs it on the cue as a subject or a modifier)."""
    return token.tag_ in ("JJ", "DT") and token.head == verb and token.dep_ in ("nsubj", "amod")


def hedges(token: Token, verb: Token) -> bool:
    """An auxiliary or adverb of the set-off cue or inside its subject: 'Ruiz has noted', 'the
    Harbour Times first reported', 'the newly released minutes show'."""
    return token.dep_ == "aux" or (
        token.pos_ == "ADV" and (token.head == verb or token.head.i < verb.i)
    )


def takes_between(token: Token, verb: Token, complements: frozenset[str]) -> bool:
    """A word after a set-off cue that makes it say something of its own: a verb, a clause's
    mark, a quote mark, an object the cue takes, or a preposition it takes ('reminded Ruiz
    of'); 'said on Monday', 'told the Harbour Times', 'wrote in a letter', 'argued for months'
    take nothing."""
    return (
        token.pos_ not in ADJUNCT_WORDS
        or token.lower_ == "that"
        or token.is_quote
        or (token.pos_ == "ADP" and f"prep:{token.lower_}" in complements and not is_time(token))
        or (complements & OBJECT_FRAMES and token.dep_ == "dobj" and token.head == verb)
    )


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
    """'Ruiz is expected to win', 'Ruiz was accused of fraud', 'the plan seems to work', 'the
    plan seems sound': a view whose holder goes unnamed (a passive cue without its agent, or a
    raising verb with an infinitive, adjective or 'like' complement): the subject and its
    complement are what is held."""
    raising = "raising" in complements
    subject_deps = {"nsubjpass", "nsubj"} if raising else {"nsubjpass"}
    subjects = [c for c in verb.children if c.dep_ in subject_deps]
    if not subjects or subjects[0].tag_ in ("WP", "WDT") or is_agentive(verb):
        return []
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and is_infinitive(c)]
    if raising and any(is_raised_cue(c) for c in infinitives):
        return []  # 'Ruiz appeared to blame the crew': Ruiz's blame, read at 'blame'
    held = [t for c in infinitives for t in c.subtree]
    held += [t for c in verb.children for t in prepositional_object(c, complements)]
    if raising:  # 'the plan seems sound', 'Ruiz appeared unfazed', 'the union appeared paralyzed'
        held += [t for c in verb.children if is_raised_predicate(c) for t in c.subtree]
    if raising and not held and subjects[0].lower_ in quote_words().empty_subjects:
        return [t for c in verb.children if is_raised_clause(c) for t in c.subtree]
    return list(subjects[0].subtree) + held if held else []


def is_raised_cue(infinitive: Token) -> bool:
    """'appeared to blame the crew', 'seemed to suggest that ...': a cue verb with a complement
    it takes is its subject's act, the raising verb only hedges it; not a perfect ('appears to
    have declined 3 percent', a state the writer reports) nor a cue with nothing it takes
    ('investors seem to agree')."""
    verbs = speech_cues().verbs
    if not is_cue_verb(infinitive, verbs) or is_perfect(infinitive):
        return False
    return bool(complement_tokens(infinitive, verbs[cue_lemma(infinitive)])[0])


def is_raised_clause(child: Token) -> bool:
    """'it seems (that) the pier will close', 'it seems like no pier is safe': a clause with
    a subject of its own after a raising verb whose subject is empty."""
    return child.dep_ == "ccomp" or (
        child.dep_ in ("xcomp", "advcl") and any(c.dep_ in SUBJECT_DEPS for c in child.children)
    )


def is_raised_predicate(child: Token) -> bool:
    """'seems sound', 'appeared paralyzed': an adjective or participle the subject is held to be."""
    return child.dep_ in ("acomp", "oprd") or (child.dep_ == "xcomp" and child.tag_ == "VBN")


def is_agentive(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def same_paragraph(text: str, tokens: list[Token], anchor: Token) -> list[Token]:
    """Tokens on the anchor's line: a parse linking across paragraphs is a parse error."""
    start = text.rfind("\n", 0, anchor.idx) + 1
    end = text.find("\n", anchor.idx)
    end = len(text) if end < 0 else end
    return [t for t in tokens if start <= t.idx < end]


def token_pieces(
    parse: Doc, tokens: list[Token], cue: Token | None, speaker: Token | None
) -> list[tuple[int, int]]:
    """Contiguous character ranges of `tokens`, leaving out the cue, the speaker, edge marks
    and a leading 'that' (`content_subordinators`); a leading 'if' stays: 'said that if the
    pier closes, the boats will leave' is a condition, not the statement 'the pier closes'."""
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
    subordinators = quote_words().content_subordinators
    for run in runs:
        while run and (
            is_edge_token(parse[run[0]])
            or (parse[run[0]].dep_ == "mark" and parse[run[0]].lower_ in subordinators)
        ):
            run = run[1:]
        while run and is_edge_token(parse[run[-1]]):
            run = run[:-1]
        if run:
            pieces.append((parse[run[0]].idx, parse[run[-1]].idx + len(parse[run[-1]])))
    return pieces


def is_edge_token(token: Token) -> bool:
    return token.is_punct or token.is_space or token.dep_ == "cc"
