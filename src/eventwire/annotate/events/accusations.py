"""Saying as accusing: a speaker whose words name a wrong done by an actor accuses that actor
("X says Y's repression of women ...", "'Y has been ripping off Z,' X said", "X said Y is a
war criminal"): CAMEO 11x, the speaker the source, the wrong's doer the target (issue 12,
point 5). The same words in the outlet's own voice accuse no one, so only a speaker's words
count; and only the speaker's own charge: not one they report, deny, admit or hedge."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Token

from eventwire.annotate.events.arguments import (
    is_pronoun,
    noun_arguments,
    owners,
    verb_arguments,
)
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.participants import COUNTRY_CODE_LENGTH, takes_part
from eventwire.annotate.events.referents import coded_referents
from eventwire.annotate.events.syntax import (
    NOUNS,
    OBJECTS,
    clause_subject,
    is_passive,
    trigger_span,
)
from eventwire.annotate.events.voice import (
    allied,
    innermost_quote,
    is_aside,
    speaker_ref,
    voice_of,
)
from eventwire.annotate.modality import ASSERTED, NEGATED, governing_verb, read_modality
from eventwire.annotate.parse_views import (
    first_conjunct,
    indices_spelled,
    is_question_sentence,
    span_at,
    tokens_of,
)
from eventwire.codebooks.accusations import AccusationWords, WordKey, accusation_words
from eventwire.codebooks.events import Frame, plover_type_of
from eventwire.records import ActorRef

PREDICATES = frozenset({"attr", "oprd", "acomp"})
"""How a word is said of something: "Y is a war criminal", "called Y liars", "Y is
responsible"."""

PARTS = {"NOUN": "noun", "PROPN": "noun", "VERB": "verb", "ADJ": "adjective"}

CONFLICT_QUAD_CLASSES = (3, 4)
"""PLOVER's quad classes of verbal and material conflict."""

NAMED_BY = frozenset({"dobj", "nsubjpass"})
"""How the one a naming verb names hangs on it: "called Y liars", "Y was called a thug"."""

HEAD_WORDS = frozenset({"compound", "amod", "prt", "dobj", "prep"})
"""How the second word of a two-word entry hangs on its head ("war crime", "rip off",
"responsible for")."""


def said_accusations(context: EventContext) -> list[Mention]:
    """One accusation per verb of saying (or quote) whose content names a wrong or a wrongdoer."""
    words = accusation_words()
    found: dict[int, Mention] = {}
    tokens = tokens_of(context.parse)
    for index in indices_spelled(context.parse, (LEMMA,), words.heads()):
        word = tokens[index]
        if word.i in context.matched:
            continue  # an event of its own ("a massacre"), told by the speaker
        charge = charged(context, word, words)
        if charge is None:
            continue
        code, doers = charge
        if not doers and not (word.pos_ == "VERB" and is_passive(word)):
            continue  # "a new history where oppression is replaced": no one charged
        if doers and all(is_pronoun(a) and not a.code for a in doers):
            continue  # "the group said it was responsible": whom, only the reader knows
        accusation = accusation_in(context, word, words)
        if accusation is None:
            continue
        trigger, accusers = accusation
        if not any(takes_side(context, a) for a in accusers):
            continue
        target = coded_referents(context, doers)
        if any(allied(t.code, a.code) for t in target for a in accusers if a.code and t.code):
            continue  # the speaker's own side: an admission, not an accusation
        held = found.get(trigger.i)
        if held is not None and (held.target or not target):
            continue
        found[trigger.i] = Mention(
            trigger=trigger,
            trigger_span=trigger_span([trigger]),
            code=code,
            source=accusers,
            target=target,
            modality=ASSERTED,
            asserted_by=None,
        )
    return list(found.values())


def charged(
    context: EventContext, word: Token, words: AccusationWords
) -> tuple[str, list[ActorRef]] | None:
    """The code a wrong or a wrongdoer gives, and who is charged with it: a wrong's doer (its
    owner or agent, or a verb's subject), or what a wrong or wrongdoer is said of ("the
    strikes were war crimes": whoever struck; "Y is responsible for the attack": Y)."""
    part = PARTS.get(word.pos_)
    if part is None or any(is_hedge(c, words) for c in word.children):
        return None
    lemma = word.lemma_.lower()
    if (code := entry(word, words.wrongs, part, lemma)) is not None:
        if part == "adjective":
            return code, judged_by(context, word, words)
        frame = Frame(code=code, agents=("by",), targets=())
        if part == "noun":
            doers, _ = noun_arguments(context, word, frame, {word.i})
        else:
            doers, _ = verb_arguments(context, word, frame, {word.i})
        return code, doers or said_of(context, word)
    if part == "noun" and (code := entry(word, words.wrongdoers, part, lemma)) is not None:
        return code, said_of(context, word)
    return None


def said_of(context: EventContext, word: Token) -> list[ActorRef]:
    """Who a predicate charges: the subject it is said of ("Y is a war criminal"), the one a
    naming verb names ("called Y liars"); for an act, whoever did it ("the strikes were war
    crimes")."""
    if word.dep_ not in PREDICATES:
        return []  # "the criminals fled": told of, not charged
    verb = word.head
    if read_modality(verb).modality != ASSERTED:
        return []  # "could be considered a criminal violation"
    named = (
        next((c for c in verb.children if c.dep_ in NAMED_BY), None)
        if word.dep_ == "oprd"
        else clause_subject(verb)
    )
    if named is None:
        return []
    if named.i in context.matched:
        fitted = context.matched[named.i]
        doers, _ = noun_arguments(context, named, fitted.frame, {p.i for p in fitted.parts})
        return doers
    return owners(context, named, verb)


def judged_by(context: EventContext, word: Token, words: AccusationWords) -> list[ActorRef]:
    """Who an adjective of wrong charges: what it is said of ("the annexation was illegal",
    "Y is responsible for the attack"), or what the noun it qualifies is said of ("Y is one of
    the most abusive authorities"); only a harm makes one responsible ("responsible for the
    deaths", not "for the talks")."""
    if any(c.dep_ == "prep" for c in word.children) and not blames_harm(context, word, words):
        return []
    word = first_conjunct(word)  # "hostile and abusive": where the first stands
    if word.dep_ != "amod":
        return said_of(context, word)
    qualified = word.head
    if qualified.dep_ == "pobj" and qualified.head.lower_ == "of":
        qualified = qualified.head.head  # "one of the most abusive authorities"
    return said_of(context, qualified)


def blames_harm(context: EventContext, word: Token, words: AccusationWords) -> bool:
    """Whether what an adjective of blame ("responsible for") holds someone to is a harm: an
    act of conflict, a wrong or a word of harm ("the attack", "the deaths")."""
    for preposition in word.children:
        if preposition.dep_ != "prep":
            continue
        for held in preposition.children:
            for thing in [held, *held.conjuncts]:
                fitted = context.matched.get(thing.i)
                kind = plover_type_of(fitted.frame.code) if fitted is not None else None
                if kind is not None and kind.quad_class in CONFLICT_QUAD_CLASSES:
                    return True
                if thing.lemma_.lower() in words.harms | words.heads():
                    return True
    return False


def entry(word: Token, table: dict[WordKey, str], part: str, lemma: str) -> str | None:
    """The code of the word's two-word entry (with its particle, object or modifier), else of
    the word alone; None if the table has neither."""
    for child in word.children:
        if child.dep_ in HEAD_WORDS:
            code = table.get((part, lemma, child.lemma_.lower()))
            if code is not None:
                return code
    return table.get((part, lemma, None))


def is_hedge(child: Token, words: AccusationWords) -> bool:
    """'alleged abuses', 'suspected meddling': another's charge, not the speaker's."""
    return child.dep_ in {"amod", "advmod"} and child.lemma_.lower() in words.hedges


def accusation_in(
    context: EventContext, word: Token, words: AccusationWords
) -> tuple[Token, list[ActorRef]] | None:
    """The verb of saying (or the quoted word) that makes the wrong a charge, and the coded
    actors who make it: the speaker of what the word is asserted in, by one of the verbs of
    `speech_verbs`, or of the quote a sentence with no speaker of its own stands in."""
    # an adjective is as real as its clause, a wrong tried as the trying
    clause = governing_verb(word) if word.pos_ == "ADJ" else trying_verb(word, words)
    reading = read_modality(clause or word)
    if reading.modality != ASSERTED and not (owned(word) and reading.modality != NEGATED):
        return None  # "said it would be a violation"; but "Y's repression must end"
    verb = reading.voice if reading.reported else None
    if verb is None:
        verb = naming_verb(word, words)
    if verb is not None:
        if (
            verb.lemma_.lower() not in words.speech_verbs
            or verb.i in context.matched
            or is_question_sentence(verb)
            or is_aside(context, word, verb)
            or claimed(word, verb, context)
        ):
            return None
        return verb, voice_of(context, verb)
    quote = innermost_quote(context, word)
    opening = next((t for t in word.sent if not t.is_punct), word)
    if quote is None or is_question_sentence(word) or not quote.start <= opening.idx < quote.end:
        return None  # a quote within a sentence that tells who speaks: read its verb instead
    return word, [speaker_ref(quote.speaker)]


def trying_verb(word: Token, words: AccusationWords) -> Token | None:
    """The verb of trying a wrong is the infinitive of ("has tried to sabotage the talks"):
    the charge is that it was tried, as real as the trying."""
    if word.dep_ == "xcomp" and word.head.lemma_.lower() in words.attempts:
        return word.head
    return None


def takes_side(context: EventContext, accuser: ActorRef) -> bool:
    """Whether an accuser is a party to politics: a state, a body or a group, or a person
    coded with a role ("the French minister"); a person known only by a country ("Mareike
    Ohlberg, a senior fellow at the German Marshall Fund") is a commentator, whose views are
    no event."""
    if not accuser.code or not takes_part(context, accuser):
        return False
    if len(accuser.code) > COUNTRY_CODE_LENGTH:
        return True
    span = span_at(context.parse, accuser.start, accuser.end)
    return span is not None and not any(
        t.ent_type_ == "PERSON" or t.lower_ in context.cues.person_pronouns for t in span
    )


def owned(word: Token) -> bool:
    """Whether a wrong is someone's, and so there whatever is said of it ("Y's repression
    must end")."""
    return word.pos_ in NOUNS and any(c.dep_ == "poss" for c in word.children)


def naming_verb(word: Token, words: AccusationWords) -> Token | None:
    """The verb of saying whose object names the wrong ("highlighted the regime's violation of
    human rights"), through the nouns and prepositions of its object phrase."""
    node = word
    while node.dep_ not in OBJECTS and node.head.pos_ in NOUNS | {"ADP"} and node.head.i != node.i:
        node = node.head
    if node.dep_ in OBJECTS and node.head.pos_ == "VERB":
        return node.head
    return None


def claimed(word: Token, verb: Token, context: EventContext) -> bool:
    """Whether the wrong is what a claim or report names ("said the allegations of abuse were
    false", "cited reports of meddling"): someone else's charge."""
    node = word.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in NOUNS and node.lemma_.lower() in context.cues.claim_nouns:
            return True
        node = node.head
    return False
