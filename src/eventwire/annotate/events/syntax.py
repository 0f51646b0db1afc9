"""Questions about the dependency parse that every coding step asks (whose subject, which
phrase, is it passive), kept below the steps so none of them imports another for grammar."""

from __future__ import annotations

from collections.abc import Container, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.annotate.modality import (
    SENTENCE_STOPS,
    closing_token,
    ends_with_stop,
    governing_verb,
    is_for_complement,
    is_to_infinitive,
    of_quantity,
)
from eventwire.annotate.parse_views import auxiliaries_of, first_conjunct, heads_of
from eventwire.codebooks.events import EventCues, event_cues, noun_frames, verb_frames
from eventwire.headline_case import common_words
from eventwire.nlp import load_nlp

PLACE_NAME_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
"""Entity types of a named place: a country or city, a region, a building ("visited Kenya",
"the Paris attacks", "met at the Kremlin")."""

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
PASSIVE_MARKERS = ("auxpass", "nsubjpass", "csubjpass")
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})
"""Relative pronouns by their tags ("that", "which", "who")."""
TRAILING_LINKS = frozenset({"case", "cc", "prep"})
"""Dependencies of words that cannot end a phrase: they lead on to words after them."""
OBJECTS = {"dobj", "obj"}
CLAUSAL_COMPLEMENTS = {"xcomp", "ccomp"}
NOUNS = {"NOUN", "PROPN"}
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
NARRATED_TENSES = {"VBD", "VBG", "VBN"}
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}
"""An obligation in these forms ("had to", "are having to") tells what happened, asks nothing."""
PARTICIPLE_CLAUSES = {"acl", "advcl"}
PASSIVE_HEADS = "eventwire.events.passive_heads"
"""Key of the parse's cached set of passive verbs in `Doc.user_data`."""
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
"""Entity types of a prepositional object that cannot be a target ("on Monday")."""


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


REPEATING_PREFIX = "re"
"""The prefix of doing again ("rearrested", "reimprisoned"): the act is its stem verb's."""


def trigger_lemma(token: Token) -> str:
    """A verb's lemma as the verb lexicon spells it (`lexicon_verb`), else the lemma."""
    lemma = token.lemma_.lower()
    return (token.pos_ == "VERB" and lexicon_verb(token.lower_, lemma)) or lemma


@lru_cache(maxsize=65536)
def lexicon_verb(form: str, lemma: str) -> str | None:
    """The lexicon verb a verb form is when spaCy's rule lemmatizer only guessed its lemma:
    for a word its tables do not know it takes the first rule's reading ("rearrested" ->
    "rearreste"). Any rule reading of the form that is a lexicon verb, or is one with
    `REPEATING_PREFIX` before it ("rearrest", "reimprison"), is the verb. None where the
    lemma is a lexicon verb or a word spaCy knows ("resign", "recall": words of their own;
    "meeting", "injured": a noun's or an adjective's lemma)."""
    verbs = verb_frames()
    known = common_words(load_nlp())
    if lemma in verbs or any(lemma in words for words in known.index.values()):
        return None
    readings = [form] + [
        form[: len(form) - len(ending)] + replacement
        for ending, replacement in known.rules.get("verb", ())
        if form.endswith(ending) and len(form) > len(ending)
    ]
    for reading in readings:
        stem = reading.removeprefix(REPEATING_PREFIX)
        for verb in (reading, stem):
            if verb in verbs and (verb == reading or reading not in known.index.get("verb", ())):
                return verb
    return None


def hyphened_spellings(token: Token) -> tuple[str, ...]:
    """How a codebook may spell the noun a hyphened compound ends in when the tokenizer split
    it at the hyphen ("cease-fire" comes out "cease", "-", "fire"): with the hyphen and without
    ("ceasefire"), read on its last piece; none for a word with no hyphen joined before it."""
    if token.i < 2 or token.pos_ not in NOUNS:
        return ()
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return ()
    return (f"{first.lower_}-{lemma_of(token)}", f"{first.lower_}{lemma_of(token)}")


def hyphened_noun(token: Token, nouns: Container[str]) -> str | None:
    """The listed noun a split hyphened compound spells (`hyphened_spellings`), if any."""
    return next((noun for noun in hyphened_spellings(token) if noun in nouns), None)


def listed_gerund_verb(token: Token) -> str | None:
    """The lexicon verb of a gerund the parser tagged a noun in a list of acts ("accused of
    killing, maiming, raping and looting": "raping" and "looting" come out NN): a singular
    noun in -ing coordinated with a gerund verb. None for any other noun ("a meeting")."""
    if token.tag_ != "NN" or not token.lower_.endswith("ing"):
        return None
    first = first_conjunct(token)
    listed = [first, *(c for c in first.subtree if c.dep_ == "conj" and first_conjunct(c) == first)]
    if token not in listed or not any(t.tag_ == "VBG" for t in listed):
        return None
    stem = token.lower_.removesuffix("ing")
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "robbing"
    return next((verb for verb in (stem + "e", stem, undoubled) if verb in verb_frames()), None)


def first_child(token: Token, deps: set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def states_content(clause: Token) -> bool:
    """Whether a clause under a word states what is said: a verb's clausal complement, or a
    noun's clause opened by "that" ("the charge that Chile lied"; not the relative clause of
    "the charge that Chile made", where "that" is the clause's object)."""
    return clause.dep_ == "ccomp" or (
        clause.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def complements_noun(clause: Token) -> bool:
    """Whether a noun's clause says what the noun is of: "that" content ("accusations that
    Chile lied") or an infinitive ("a call to end the war", "a plot to kill"); a participle
    ("accusations made by Peru", "a call made to Lima") only describes the noun."""
    return states_content(clause) or is_to_infinitive(clause)


def phrases_on(
    clauses: list[Token], preposition: str, nouns: frozenset[str]
) -> Iterator[tuple[Token, Token]]:
    """(clause, noun) for each "<preposition> <noun>" phrase on one of the clauses whose noun
    is one of `nouns` ("despite pressure", "in defiance"), in clause order."""
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ == preposition:
                noun = first_child(child, {"pobj"})
                if noun is not None and lemma_of(noun) in nouns:
                    yield clause, noun


def is_passive(verb: Token) -> bool:
    """A passive verb, or a passive participle modifying a noun ("a strike authorised by") or
    a clause ("the leader is dead, killed in a raid"), or one whose auxiliary the text leaves
    out (`is_elided_passive`)."""
    if is_bare_participle(verb):
        return is_reduced_passive(verb)
    if is_elided_passive(verb) or shares_passive(verb):
        return True
    doc = verb.doc
    passives = doc.user_data.get(PASSIVE_HEADS)
    if passives is None:  # one pass per parse instead of one per question
        passives = set(heads_of(doc, PASSIVE_MARKERS))
        doc.user_data[PASSIVE_HEADS] = passives
    return verb.i in passives


def shares_passive(verb: Token) -> bool:
    """A past participle joined to a passive act with nothing of its own before it: it shares
    that act's auxiliary and subject ("had been arrested and sentenced", "were detained and
    deported by police"). Only an act's: "was treated at a hospital and released" tells of
    care, not custody."""
    own = {child.dep_ for child in verb.children}
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not own & (SUBJECTS | OBJECTS | set(PASSIVE_MARKERS) | {"aux"})
        and lemma_of(verb.head) in verb_frames()
        and is_passive(verb.head)
    )


def is_bare_participle(verb: Token) -> bool:
    """A past participle modifying a noun or a clause with no auxiliary of its own."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in PARTICIPLE_CLAUSES
        and not any(c.dep_ in PASSIVE_MARKERS or c.dep_ == "aux" for c in verb.children)
        and not is_misread_main_verb(verb)
    )


def is_misread_main_verb(verb: Token) -> bool:
    """A past tense the parser took for a participle on its subject: "The union called Friday
    on the ministry to ..." parses "called" as a participle modifying "union", the sentence's
    root. A full sentence needs a main verb, so where the noun is the root of a sentence that
    ends with a stop (not a headline), the participle is that verb, active, the noun its
    subject; a "by" agent keeps it passive ("Four soldiers killed by a mine."), and so does a
    title-cased verb, a headline's. A past tense so hung ("Leavitt called the remarks
    'egregious.'") is that verb too, unless it has a subject of its own (a clause the parser
    hung on a headline's first word)."""
    head = verb.head
    return (
        (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and first_child(verb, SUBJECTS) is None))
        and verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in NOUNS
        and not any(c.dep_ in PASSIVE_MARKERS or c.dep_ in {"aux", "agent"} for c in verb.children)
        and ends_with_stop(verb.sent)
        and not verb.text.istitle()
    )


def is_misread_sequel(verb: Token) -> bool:
    """A finite verb led by an adverb of sequence (its own or, as the parser often hangs it, the
    first verb's) that the parser hangs on the verb before it as `dep`, not `conj` ("the
    minister imposed duties on steel, then exempted the grain"): the same subject's next act."""
    return (
        verb.dep_ == "dep"
        and verb.tag_ in FINITE_VERB_TAGS
        and verb.head.pos_ == "VERB"
        and any(
            word.lower_ in event_cues().sequence_adverbs
            for word in (*verb.doc[max(verb.i - 1, 0) : verb.i], *verb.lefts)
        )
    )


def is_reduced_passive(participle: Token) -> bool:
    """Whether a bare past participle is passive: not where it has an object, which makes it
    a misread finite verb ("The raid, in 2019, killed 30 villagers"), nor where it has a
    subject of its own ("a move that the lawyer called inhumane" is a relative clause)."""
    own = {child.dep_ for child in participle.children}
    return not own & OBJECTS and not own & SUBJECTS


SUBJUNCTIVE_MARKS = {"that", "lest"}


def is_misread_base_verb(verb: Token) -> bool:
    """A base-form verb with a subject of its own, no auxiliary and a subordinating word
    before it ("will not retaliate after Aegean harbour clash"): English makes no such clause
    except a subjunctive after "that" ("demanded that he resign"), so the word is a noun the
    parser took for a verb."""
    own = {child.dep_ for child in verb.children}
    marks = {child.lower_ for child in verb.children if child.dep_ == "mark"}
    return (
        verb.tag_ == "VB"
        and "nsubj" in own
        and not own & {"aux", "auxpass"}
        and bool(marks)
        and not marks & SUBJUNCTIVE_MARKS
    )


HEADLINE_PARTICIPLE_TAGS = {"VBD", "VBN"}
CLOSING_MARKS = "\"'’”)]»"
"""Marks that may close a headline after its last word, before the line break."""


def is_headline_participle(verb: Token) -> bool:
    """A bare "-ed" form with a subject and no object in the article's headline (its first
    line, with no closing stop): headlines tell past acts in the present ("Police Arrest
    Protesters"), so "Man Charged With Arson" and "Army Chief Sacked" are passives with
    their auxiliary left out."""
    sentence = verb.sent
    last = closing_token(sentence)
    if sentence.start != 0 or last is None or last.text in SENTENCE_STOPS:
        return False
    # the line break may follow a closing quote or bracket ("... calls 'inhumane'")
    after = verb.doc.text[last.idx + len(last) : last.idx + len(last) + 8].lstrip(CLOSING_MARKS)
    own = {child.dep_ for child in verb.children}
    return (
        "\n" in after[: len(after) - len(after.lstrip())]
        and verb.tag_ in HEADLINE_PARTICIPLE_TAGS
        and bool(own & SUBJECTS)
        and not own & (OBJECTS | {"aux", "auxpass"})
    )


def is_elided_passive(verb: Token) -> bool:
    """A verb with a subject but no object and no auxiliary, that is passive all the same:
    a past participle whose "is" or "were" the text leaves out, in a headline ("Jenkin
    accused of murder") or after a conjunction ("homes were damaged and three villagers
    injured"); a verb of accusation with its own preposition and no one it accuses ("the
    officer charged with the murder was based there", whatever its tag). A participle told as
    a past tense (`is_told_past`) is active unless a "by" agent or that preposition says not."""
    own = {child.dep_ for child in verb.children}
    if own & OBJECTS or own & set(PASSIVE_MARKERS) or "aux" in own or not own & SUBJECTS:
        return False
    if verb.tag_ == "VBN" and ("agent" in own or not is_told_past(verb)):
        return True
    pairs = event_cues().accusation_prepositions
    return any(
        child.dep_ == "prep" and (lemma_of(verb), child.lower_) in pairs for child in verb.children
    )


def is_told_past(verb: Token) -> bool:
    """Whether a past participle with a subject of its own and no auxiliary tells its clause's
    act in the past tense, mistagged: as the main verb, a relative clause's or a reported
    clause's verb, or a conjunct of an active verb ("Nine groups this week called for his
    release"), in a sentence that ends with a stop and is not a title-cased headline ("Man
    Convicted Of Murder In Leeds."). A conjunct of a passive shares its auxiliary ("homes were
    damaged and three villagers injured"); a small clause keeps the participle's sense
    ("leaving the shop destroyed")."""
    if not ends_with_stop(verb.sent) or (verb.text.istitle() and verb.i != verb.sent.start):
        return False
    if any(first_child(child, {"expl"}) is not None for child in verb.children):
        return False  # "there's three people shot": a participle on an existential's noun
    if verb.dep_ in {"ROOT", "relcl"}:
        return True
    if verb.dep_ == "conj":
        return not is_passive(verb.head)
    return verb.dep_ == "ccomp" and lemma_of(verb.head) in event_cues().reporting_verbs


def passive_subject(verb: Token) -> Token | None:
    subject = first_child(verb, PASSIVE_SUBJECTS)
    if subject is not None:
        return subject
    if is_elided_passive(verb) or is_headline_participle(verb):
        return first_child(verb, SUBJECTS)
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    if verb.dep_ == "advcl" and is_bare_participle(verb):
        # "rebels try to cross when attacked by troops": the subject the clause inherits
        return first_child(verb.head, SUBJECTS | PASSIVE_SUBJECTS) or clause_subject(verb.head)
    if verb.dep_ == "conj":
        # "the convoy hit a mine and was then attacked": a subject the two verbs share
        shared = first_child(verb.head, SUBJECTS) if first_child(verb, SUBJECTS) is None else None
        if shared is not None and shared.tag_ in RELATIVE_PRONOUN_TAGS:
            shared = None  # a misparse joins the clause to a relative one more often than not
        return passive_subject(verb.head) or shared
    return None


def is_sent_to_act(clause: Token, verb: Token, cues: EventCues) -> bool:
    """Whether a clause is the purpose forces are sent for ("troops were deployed to the
    villages to push back the rebels": the troops push them back, not the unnamed sender)."""
    return (
        clause.dep_ == "advcl"
        and is_to_infinitive(clause)
        and verb.lemma_.lower() in cues.deployment_verbs
    )


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through control, coordination and participles."""
    cues = event_cues()
    node = verb
    for _ in range(8):
        subject = first_child(node, SUBJECTS) or auxiliary_subject(node)
        if subject is not None:
            return subject
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "ccomp" and head.lemma_.lower() in cues.reporting_verbs:
            return None  # "X said Y is defying Z": what is said is not X's own act
        addressed = (
            addressee(head, cues) if head.lemma_.lower() in cues.object_control_verbs else None
        )
        if node.dep_ == "advcl" and is_to_infinitive(node) and addressed is not None:
            return addressed  # "called Friday on Arabs to unite", the infinitive parsed apart
        if node.dep_ == "xcomp":
            obj = first_child(head, OBJECTS) or addressed
            if obj is not None and head.lemma_.lower() in cues.object_control_verbs:
                return obj
            raised = first_child(head, PASSIVE_SUBJECTS)  # "Bolivia is expected to sign"
            if raised is not None:
                return raised
            node = head
        elif node.dep_ in {"conj", "advcl", "ccomp"} or is_misread_sequel(node):
            if is_passive(head) and is_sent_to_act(node, head, cues):
                return first_child(head, PASSIVE_SUBJECTS)
            if is_passive(head):
                return None
            node = head
        elif node.dep_ == "acomp":  # "France is ready to ..."
            node = head
        elif node.dep_ == "pcomp" and head.pos_ == "ADP":
            above = governing_verb(head)
            if above is None or (head.lower_ == "by" and is_passive(above)):
                return None  # "displaced by fighting": the fighting is the agent
            if head.lower_ == "as" and above.lemma_.lower() in cues.naming_verbs:
                return None  # "what the party described as violating": it only names the act
            reason = reason_giver(node, head, above)
            if reason is not None:
                return reason
            if head.head == above and (above.lemma_.lower(), head.lower_) in (
                cues.warning_prepositions
            ):
                return first_child(above, OBJECTS)  # "warned Uganda against sending": Uganda's
            node = above
        elif node.dep_ == "acl" and node.tag_ == "VBG":
            issued = head.lemma_.lower() in cues.statement_nouns
            counted = of_quantity(head, cues)  # "issued a series of warnings demanding"
            if issued and counted.dep_ in OBJECTS and counted.head.pos_ == "VERB":
                node = counted.head  # "issued a declaration demanding ...": the issuer demands
                continue
            return head  # "demonstrators protesting the results"
        elif is_misread_main_verb(node):
            return head  # "The union called Friday on the ministry": the union calls
        elif node.dep_ in {"acl", "relcl"}:
            if is_to_infinitive(node) and singled_out(head):
                return first_child(head.head, {"nsubj"})  # "Kenya was the first to reject"
            possessor = first_child(head, {"poss"})
            return possessor
        else:
            return None
    return None


def predicate_of_be(word: Token) -> bool:
    """Whether a word is what "be" says its subject is ("the raid was an attack", "was the
    first to reject")."""
    return word.dep_ == "attr" and word.head.lemma_ == "be"


def singled_out(predicate: Token) -> bool:
    """Whether a predicate of "be" picks its subject out by rank ("was the first to reject",
    "is the only country to recognize"): the infinitive on it is the subject's own act. Not a
    superlative: "the hardest country to sanction" is the infinitive's object."""
    if not predicate_of_be(predicate):
        return False
    return any(
        word.ent_type_ == "ORDINAL" or word.lower_ in event_cues().ranking_words
        for word in [predicate, *predicate.children]
    )


def addressee(verb: Token, cues: EventCues) -> Token | None:
    """The object of a verb's addressee preposition ("called on Sweden")."""
    lemma = verb.lemma_.lower()
    on = next((c for c in verb.children if (lemma, c.lower_) in cues.addressee_prepositions), None)
    return first_child(on, {"pobj"}) if on is not None else None


def receiving_verb(noun: Token, cues: EventCues) -> Token | None:
    """The verb through which its subject faces, draws or meets the noun ("Kenya faced
    criticism", "the move drew criticism", "the plan met with opposition"), or undergoes it
    through a preposition ("Topuz is on trial", "came under investigation"), if the noun is
    taken so."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        if (lemma_of(verb.head), verb.lower_) in cues.undergoing_prepositions:
            return verb.head
        verb = verb.head
    elif noun.dep_ not in OBJECTS:
        return None
    return verb if lemma_of(verb) in cues.receiving_verbs else None


def auxiliary_subject(verb: Token) -> Token | None:
    """A subject the parser hangs on the verb's auxiliary ("Iran is 'flagrantly' defying")."""
    for auxiliary in auxiliaries_of(verb):
        subject = first_child(auxiliary, SUBJECTS)
        if subject is not None:
            return subject
    return None


def reason_giver(gerund: Token, preposition: Token, verb: Token) -> Token | None:
    """The object of a verb that acts on someone for what they did: "attacked the paper for
    refusing to back him" (the paper refused), "praised Chile for joining"."""
    if gerund.tag_ != "VBG" or preposition.lower_ != "for" or preposition.head != verb:
        return None
    return first_child(verb, OBJECTS)


def is_circumstance(noun: Token) -> bool:
    """Whether the noun (or the first of a coordination it ends) is the object of a time or
    circumstance preposition ("after the clashes", "amid fighting and looting")."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in event_cues().circumstance_prepositions


def carrying_verb(noun: Token, cues: EventCues) -> Token | None:
    """The support verb whose object the noun is ("launched airstrikes", "engaged in ethnic
    cleansing"); a noun compounded into a generic head carries through it ("a mediation
    mission")."""
    node = noun
    while node.dep_ in {"conj", "compound"} and (
        node.dep_ == "conj" or node.head.lemma_.lower() in cues.event_heads
    ):
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in cues.carrying_prepositions:
        node = node.head
    else:
        node = of_quantity(node, cues)  # "launched a wave of airstrikes"
    if (
        node.dep_ in OBJECTS | PASSIVE_SUBJECTS | {"prep"}
        and node.head.lemma_.lower() in cues.support_verbs
        and not any(child.dep_ == "oprd" for child in node.head.children)
    ):
        return node.head  # but "called the arrests unacceptable" names them, does not call them
    return None


def relative_carrier(noun: Token, cues: EventCues) -> Token | None:
    """The support verb of a relative clause on the noun whose object the noun is ("the
    sanctions Washington has imposed on Moscow", "the raids that the army conducted"): it
    carries the noun as `carrying_verb` does; not one the noun is the subject of ("the talks
    that began"), nor a passive ("the sanctions imposed by X": an agent); nor one on a noun
    counted ("the number of attacks it had carried out": a tally, no one event)."""
    if of_quantity(noun, cues).i != noun.i:
        return None
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in cues.support_verbs:
            continue
        subject = first_child(clause, SUBJECTS)
        if subject is not None and subject.tag_ not in RELATIVE_PRONOUN_TAGS:
            return clause
    return None


def up_to_objects(verb: Token) -> list[Token]:
    """The object of a verb the parser split at "up to" ("kidnapped up to 16 advisers": "up" a
    particle, "to 16 advisers" a phrase)."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    for particle in verb.children:
        for to in particle.children if particle.lower_ == "up" else []:
            counted = first_child(to, {"pobj"}) if to.lower_ == "to" else None
            if counted is not None and any(c.dep_ == "nummod" for c in counted.children):
                return [counted]
    return []


def shifted_objects(verb: Token) -> list[Token]:
    """An object moved after an "as" phrase, which the parser reads as in apposition to it
    ("denounced as an ugly crime Ruritania's crackdown on ...")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return [c for c in pobj.children if c.dep_ == "appos"][:1]
    return []


def controlled_subjects(verb: Token, cues: EventCues) -> list[Token]:
    """The object of a verb of ordering or allowing that the parser reads as the subject of
    the infinitive after it ("allowed United Nations planes to land", "helped Peru build")."""
    lemma = verb.lemma_.lower()
    bare = lemma in cues.bare_infinitive_control_verbs
    if lemma not in cues.object_control_verbs and not bare:
        return []
    for clause in verb.children:
        if clause.dep_ == "ccomp" and is_to_infinitive(clause):
            return [c for c in clause.children if c.dep_ in SUBJECTS][:1]
        if bare and clause.dep_ in {"ccomp", "xcomp"} and clause.tag_ == "VB":
            return [c for c in clause.children if c.dep_ in SUBJECTS][:1]
    return []


def is_purpose(clause: Token) -> bool:
    """An infinitive of purpose ("sent arms to help defend Kuwait", "began a strike to
    demand")."""
    if clause.dep_ == "xcomp" and not any(c.dep_ in OBJECTS for c in clause.head.children):
        return False  # "agreed to talk": the complement, not a purpose
    if is_for_complement(clause):
        return False  # "called for the army to withdraw"
    return clause.dep_ in {"advcl", "xcomp"} and is_to_infinitive(clause)


def misread_commitments(verb: Token) -> list[Token]:
    """The to-infinitive a verb of promise or threat commits to where the parser hangs it as
    an adverbial clause, a purpose ("have sworn to fight until they gain control"): with no
    object or particle on the verb there is nothing for a purpose to serve, so the clause is
    what is sworn ("offered its troops to help him", "was sworn in to tell the truth" keep
    their purpose)."""
    if any(c.dep_ in OBJECTS or c.dep_ == "prt" for c in verb.children):
        return []
    return [
        clause
        for clause in verb.children
        if clause.dep_ == "advcl"
        and is_to_infinitive(clause)
        and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in clause.children)
    ]


def for_complement_marks(verb: Token) -> list[Token]:
    """The "for" of a clause the verb asks or waits for ("called for the army to withdraw"),
    which stands where a prepositional phrase would ("called for a withdrawal")."""
    return [
        mark
        for clause in verb.children
        if is_for_complement(clause)
        for mark in clause.children
        if mark.dep_ == "mark"
    ]


def is_obligation(clause: Token, cues: EventCues) -> bool:
    """'must do', 'should do', 'has to do', 'needs to do'; not 'must have done', a guess, nor
    'had to do', 'are having to pay', what circumstances forced, which asks nothing of anyone;
    nor 'will have to do', 'would need to', a forecast, 'should not have to', a duty denied,
    or 'has the authority to', a power held."""
    auxiliaries = [c for c in clause.children if c.dep_ == "aux"]
    if clause.lemma_.lower() in cues.obligation_verbs and any(
        c.dep_ == "neg" or (c.tag_ == "MD" and c.lower_ not in cues.obligation_modals)
        for c in clause.children
    ):
        return False
    if any(c.lower_ in cues.obligation_modals for c in auxiliaries):
        return not (any(c.lower_ == "have" for c in auxiliaries) and clause.tag_ == "VBN")
    return (
        clause.lemma_.lower() in cues.obligation_verbs
        and clause.tag_ not in NARRATED_TENSES
        and any(c.dep_ == "xcomp" for c in clause.children)
        and not any(c.dep_ in OBJECTS for c in clause.children)
    )


def phrase_bounds(head: Token, governor: Token) -> tuple[int, int]:
    """Token range of the phrase headed by `head`, trimmed of punctuation and line breaks (a
    headline's own, which the parser may hang on its last word), never the governor."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    if start <= governor.i < end:
        start, end = (governor.i + 1, end) if governor.i < head.i else (start, governor.i)
    inside = {token.i for token in head.subtree}
    first, last = head.i, head.i + 1
    while first > start and first - 1 in inside:  # the head's own words, unbroken: not a
        first -= 1  # clause's verb between it and a word misattached to it
    while last < end and last in inside:
        last += 1
    start, end = first, last
    doc = head.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ in {"cc", "prep"}):
        start += 1
    return start, trimmed_end(doc, start, end)


def of_objects(noun: Token) -> list[Token]:
    """The objects of the "of" phrases on a word ("some of the claimants", "leaders of the
    party")."""
    return [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def trimmed_end(doc: Doc, start: int, end: int) -> int:
    """The end of a phrase short of the words that only lead on to what was cut off after it:
    punctuation, a possessive's "'s", a conjunction or a preposition whose object is not in it
    ("ECOWAS, for activating", "the president at first imposed")."""
    while end - 1 > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ in TRAILING_LINKS
    ):
        end -= 1
    return end


def trigger_span(parts: list[Token]) -> tuple[int, int]:
    """Characters of the trigger word (a listed noun split at its hyphen whole: "cease-fire"),
    stretched over its particle or object when adjacent."""
    head = parts[0]
    start, end = head.idx, head.idx + len(head.text)
    if hyphened_noun(head, noun_frames()):
        start = head.doc[head.i - 2].idx
    for part in parts[1:]:
        if abs(part.i - head.i) <= 3:
            start = min(start, part.idx)
            end = max(end, part.idx + len(part.text))
    return start, end
