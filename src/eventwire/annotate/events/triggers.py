"""Triggers: a verb or an event noun whose lemma has a frame that its dependents fit. No frame
fits, no event: there is no fallback code. Every trigger is found before any is coded, since
coding one looks at the others ("killed in a drone strike")."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import wraps

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS, TAG
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from eventwire.annotate.actor_members import MODIFIER_DEPENDENCIES
from eventwire.annotate.actors import PLACE_KINDS
from eventwire.annotate.events.campaign import tells_force
from eventwire.annotate.events.context import EventContext, FittedFrame
from eventwire.annotate.events.participants import is_person_noun, names_an_actor, names_press
from eventwire.annotate.events.syntax import (
    CLAUSAL_COMPLEMENTS,
    NOT_ACTORS,
    NOUNS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    PLACE_NAME_ENTITIES,
    RELATIVE_PRONOUN_TAGS,
    SUBJECTS,
    carrying_verb,
    clause_subject,
    complements_noun,
    first_child,
    for_complement_marks,
    hyphened_noun,
    hyphened_spellings,
    is_misread_base_verb,
    is_passive,
    lemma_of,
    lexicon_verb,
    listed_gerund_verb,
    misread_commitments,
    of_objects,
    passive_subject,
    relative_carrier,
    trigger_lemma,
)
from eventwire.annotate.modality import (
    PRESENT_TENSES,
    is_for_complement,
    is_to_infinitive,
    marker,
    negated_below,
    tensed,
)
from eventwire.annotate.parse_views import (
    QUOTE_TAGS,
    auxiliaries_of,
    by_agents,
    ends_with_question_mark,
    indices_spelled,
    is_question,
    is_question_sentence,
    span_at,
    tokens_of,
)
from eventwire.codebooks.actors import actor_lexicon, country_name_forms
from eventwire.codebooks.events import EventCues, Frame, noun_frames, pledged_aims
from eventwire.codebooks.places import place_cues

ACTOR_ENTITIES = ("NORP", "GPE", "ORG")
"""Entity types of a modifier that names who acts ("UK opposition", "Western criticism")."""

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP", "EVENT"})
"""Entity types no person is (`names_person`)."""

COUNTRY_PLACE_KINDS = frozenset({"country", *PLACE_KINDS})
"""Kinds of name of countries.tsv that name a place (`names_country_place`)."""

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "me"})
"""A person's pronouns (`not_person_holder`: "his rallies")."""

CAUSE_PREPOSITIONS = frozenset({"in", "by"})
"""What a passive verb's harm came in or by, when no agent is named ("killed in the quake")."""

PLACE_PREPOSITIONS = frozenset({"in", "at"})
"""Where an act is done (`places_of`: "visited him in prison")."""

RECIPROCALS = frozenset({"other", "another"})
"""The heads of "each other" and "one another", which name the parties themselves."""

PLACE_WORDS = place_cues()["area"] | place_cues()["division"]
"""Words for an area or a division of a country (`names_place`)."""


def match_triggers(context: EventContext) -> list[int]:
    """Fit a frame to every candidate (into `context.matched`), noting verbs of saying and
    triggers that are promises or threats; the indices of the triggers to code, in text order:
    not the words another trigger's frame used as its particle, object or modifier."""
    consumed: set[int] = set()
    persons = person_tokens(context)
    for token in candidates(context):
        if token.pos_ == "VERB" and token.lemma_.lower() in context.cues.reporting_verbs:
            context.reporting.append(token)
        frames = frames_for(context, token)
        if not frames:
            continue
        found = fit(token, frames, context, persons)
        if found is not None:
            context.matched[token.i] = found
            if found.frame.commits:
                context.committing.add(token.i)
            consumed.update(t.i for t in found.parts if t.i != token.i)
    return [index for index in sorted(context.matched) if index not in consumed]


def between_people(
    token: Token, frame: Frame, objects: list[Token], passive: bool, persons: frozenset[int]
) -> bool:
    """An attack told between people: a named person is its target, or does it to no one
    named ("Trump's attacks on Cruz", "attacked him", "escalated his attacks"); a named
    person's attack on club goers or a town is still one in arms."""
    if passive:
        subject = passive_subject(token)
        targets = [] if subject is None else [subject]
    else:
        targets = named_objects(token, frame, objects)
    by_person = any(
        names_person(d, persons) for d in holders(token, passive, token.pos_ in NOUNS, frozenset())
    )
    return any(
        names_person(t, persons) or (by_person and t.lower_ in PERSONAL_PRONOUNS) for t in targets
    ) or (by_person and not targets)


def names_person(token: Token, persons: frozenset[int]) -> bool:
    """A person's name, or a word the article's coreference ties to one, but no place name
    the coreference span happens to hold ("Trump Addresses Munich") nor a name modifier our
    country tables list as a country or one of its cities, which the tagger or coreference
    took for a person's: "the Benghazi attack", "Munich Attack" name where, not who."""
    if token.dep_ == "compound" and names_country_place(token):
        return False
    return token.ent_type_ == "PERSON" or (
        token.i in persons and token.ent_type_ not in PLACE_ENTITIES
    )


def names_country_place(word: Token) -> bool:
    """Whether a word is a country's name, or a capital's or a city's of countries.tsv."""
    actor = actor_lexicon().name(word.text)
    return actor is not None and actor.kind in COUNTRY_PLACE_KINDS


def person_tokens(context: EventContext) -> frozenset[int]:
    """The token indices of every mention of a person the article names: coreference gives
    "Trump" the type of "Donald J. Trump" where the parser took the bare name for a group."""
    return frozenset(
        token.i
        for entity in context.analysis.entities
        if entity.type == "PERSON"
        for mention in entity.mentions
        for token in span_at(context.parse, mention.start, mention.end) or ()
    )


def candidates(context: EventContext) -> list[Token]:
    """The tokens whose lemma or form is a trigger or a verb of saying, in text order: only
    they can be either, so the rest of the parse is never visited token by token."""
    words = context.verbs.keys() | context.nouns.keys() | context.cues.reporting_verbs
    tokens = tokens_of(context.parse)
    spelled = indices_spelled(context.parse, (LEMMA, LOWER), words)
    guessed = indices_guessed(context.parse)
    gerunds = indices_listed_gerunds(context.parse)
    hyphened = indices_hyphened(context.parse, context.nouns.keys())
    return [tokens[i] for i in sorted({*spelled, *guessed, *gerunds, *hyphened})]


def indices_hyphened(parse: Doc, nouns: Container[str]) -> list[int]:
    """Indices of the last pieces of listed nouns the tokenizer split at a hyphen
    (`syntax.hyphened_noun`), read after the hyphens only."""
    hyphens = numpy.flatnonzero(parse.to_array(ORTH) == parse.vocab.strings["-"])
    return [
        int(i) + 1
        for i in hyphens
        if i + 1 < len(parse) and hyphened_noun(parse[int(i) + 1], nouns)
    ]


def indices_listed_gerunds(parse: Doc) -> list[int]:
    """Indices of the gerunds tagged as nouns in a list of acts (`syntax.listed_gerund_verb`),
    read among the singular nouns only."""
    tags = parse.to_array(TAG)
    rows = tags == parse.vocab.strings["NN"]
    return [int(i) for i in numpy.flatnonzero(rows) if listed_gerund_verb(parse[int(i)])]


def indices_guessed(parse: Doc) -> list[int]:
    """Indices of the verbs whose lemma spaCy guessed and whose form is a lexicon verb
    (`syntax.lexicon_verb`): one lookup per distinct form and lemma, not per token."""
    values = parse.to_array([LOWER, LEMMA, POS]).reshape(len(parse), 3)
    strings = parse.vocab.strings
    guessed = [
        row
        for row in numpy.unique(values[values[:, 2] == VERB], axis=0).tolist()
        if lexicon_verb(strings[row[0]], strings[row[1]].lower())
    ]
    if not guessed:
        return []
    rows = (values[:, None, :] == numpy.array(guessed)[None, :, :]).all(axis=2).any(axis=1)
    return numpy.flatnonzero(rows).tolist()


def frames_for(context: EventContext, token: Token) -> tuple[Frame, ...]:
    """The frames of the token's lemma, as a verb or as a noun; none for a modifier."""
    lemma = trigger_lemma(token)
    if token.dep_ == "amod" or (
        token.dep_ == "compound" and token.head.lemma_.lower() not in context.cues.event_heads
    ):
        return ()  # "the besieged town", "invasion forces"; but "a mediation mission"
    if token.dep_ == "npadvmod" and token.pos_ in NOUNS:
        return ()  # a topic set before the clause: "Ceasefire, they cannot come with conditions"
    if token.pos_ == "VERB" and is_misread_base_verb(token):
        return ()  # a noun in the parse's clothes: its "subject" is no agent
    if token.pos_ in NOUNS and is_speech_setting(token, context.cues):
        return ()  # "said at one summit": where words were spoken
    if token.pos_ == "VERB" or (token.pos_ == "ADJ" and lemma in context.verbs):
        return context.verbs.get(lemma, ())
    if token.pos_ in NOUNS:
        return (
            context.nouns.get(hyphened_noun(token, context.nouns) or "", ())
            or context.nouns.get(lemma, ())
            or context.nouns.get(token.text.lower(), ())
            or context.verbs.get(listed_gerund_verb(token) or "", ())
        )
    return ()


def is_speech_setting(noun: Token, cues: EventCues) -> bool:
    """Whether an event noun names where or to whom something was said ("Orban said at one
    summit", "in conversations at the annual meetings", "told a meeting of the Council"), and
    no more: it names no partner."""
    if any(c.dep_ == "prep" and c.lower_ in cues.partner_prepositions for c in noun.children):
        return False  # "said at a meeting with Peru's president": the meeting is news too
    if noun.dep_ in OBJECTS and noun.head.lemma_.lower() in cues.audience_verbs:
        return True
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in cues.setting_prepositions:
        return False
    speech = preposition.head
    lemma = speech.lemma_.lower()
    if speech.pos_ == "VERB":
        return lemma in cues.reporting_verbs
    return lemma in cues.speech_nouns or lemma in cues.statement_nouns


def antecedent(subject: Token | None) -> Token | None:
    """What a relative pronoun stands for ("a transfer of arms, which is helping": the
    transfer; "voters who backed him": the voters), so that a frame can tell a thing from an
    actor, or one kind of actor from another."""
    if subject is None or subject.lower_ not in {"which", "that", "who"}:
        return subject
    clause = subject.head
    return clause.head if clause.dep_ == "relcl" else subject


@dataclass(frozen=True)
class Candidate:
    """A candidate trigger and what the frame checks read of its parse, found once for all
    the frames of its lemma."""

    token: Token
    children: list[Token]
    objects: list[Token]
    particles: list[Token]
    passive: bool
    is_noun: bool
    context: EventContext
    persons: frozenset[int]
    """The token indices that name a person (`person_tokens`)."""

    @classmethod
    def of(cls, token: Token, context: EventContext, persons: frozenset[int]) -> Candidate:
        children = list(token.children)
        return cls(
            token=token,
            children=children,
            objects=[c for c in children if c.dep_ in OBJECTS],
            particles=[c for c in children if is_particle(token, c)],
            passive=is_passive(token),
            is_noun=token.pos_ in NOUNS,
            context=context,
            persons=persons,
        )


FrameCheck = Callable[[Frame, Candidate], list[Token] | None]
"""One frame key's (or one group of keys') condition: None where the frame does not fit, else
the tokens besides the trigger it used (its particle, object, preposition's object, modifier)."""


def condition(fits: Callable[[Frame, Candidate], bool]) -> FrameCheck:
    """A check that uses no token of its own: whether the frame fits, as a `FrameCheck`."""

    @wraps(fits)
    def check(frame: Frame, candidate: Candidate) -> list[Token] | None:
        return [] if fits(frame, candidate) else None

    return check


@condition
def passive_fits(frame: Frame, candidate: Candidate) -> bool:
    """`passive`: the frame is for the passive, or for the active."""
    return frame.passive is None or frame.passive == candidate.passive


@condition
def verb_only_fits(frame: Frame, candidate: Candidate) -> bool:
    """`verb_only`: an adjective of the lemma does not fit."""
    return not frame.verb_only or candidate.token.pos_ == "VERB"


@condition
def plural_fits(frame: Frame, candidate: Candidate) -> bool:
    """`plural`: the noun must be plural, or singular."""
    return frame.plural is None or frame.plural == (candidate.token.tag_ in {"NNS", "NNPS"})


@condition
def subjects_fit(frame: Frame, candidate: Candidate) -> bool:
    """`subjects`, `not_subjects`: the clause's subject (a passive's, a relative pronoun's
    antecedent) must, or must not, be one of these lemmas (or `@TYPE`s: "@LAW", a named act
    whose terms "required" or "provided" something, is no actor)."""
    if frame.subjects is None and frame.not_subjects is None:
        return True
    token = candidate.token
    subject = antecedent(passive_subject(token) if candidate.passive else clause_subject(token))
    if (
        frame.subjects is not None
        and not is_purpose_of(token, frame.purpose_of)
        and (
            subject is None
            or (
                lemma_of(subject) not in frame.subjects
                and f"@{subject.ent_type_}" not in frame.subjects
            )
        )
    ):
        return False
    return (
        frame.not_subjects is None
        or subject is None
        or (
            lemma_of(subject) not in frame.not_subjects
            and f"@{subject.ent_type_}" not in frame.not_subjects
        )
    )


def is_purpose_of(verb: Token, verbs: frozenset[str] | None) -> bool:
    """Whether the verb is an infinitive of purpose under one of `verbs` ("deployed to
    protect civilians")."""
    return (
        verbs is not None
        and verb.dep_ in {"advcl", "xcomp"}
        and lemma_of(verb.head) in verbs
        and is_to_infinitive(verb)
    )


@condition
def doers_fit(frame: Frame, candidate: Candidate) -> bool:
    """`doers`: what does the act (an active verb's subject, a passive's agent) names one of
    these ("raided by police" is a police search, not a raid in war)."""
    if frame.doers is None:
        return True
    return any(lemma_of(doer) in frame.doers for doer in doers(candidate.token, candidate.passive))


@condition
def not_doers_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_doers`: none of these does the act (a force of nature, a vehicle, a mishap; voters
    backing a candidate): not what does it, nor the verb of a clause that tells how the harm
    came ("killed when a helicopter crashed")."""
    if frame.not_doers is None:
        return True
    token = candidate.token
    return not any(
        names_force(held, frame.not_doers)
        for doer in doers(token, candidate.passive) + happened_in(token)
        for held in phrase_holders(doer)
    ) and not any(lemma_of(verb) in frame.not_doers for verb in telling_clauses(token))


POST_PREPOSITIONS = frozenset({"as", "from"})
"""What names the post left after a verb of leaving one: "resigned as chief executive",
"stepped down from the board"."""


@condition
def not_posts_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_posts`: the post left is none of these, whether told after "as" or "from", as the
    doer's title ("Lee, chairman and chief executive, resigned") or as the doer ("the bank's
    chief executive resigned")."""
    if frame.not_posts is None:
        return True
    token = candidate.token
    posts = [
        child
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in POST_PREPOSITIONS
        for child in prep.children
        if child.dep_ == "pobj"
    ] + [
        title
        for doer in doers(token, candidate.passive)
        for title in doer.children
        if title.dep_ == "appos"
    ]
    words = doers(token, candidate.passive) + [word for post in posts for word in post.subtree]
    return not any(lemma_of(word) in frame.not_posts for word in words)


@condition
def active_doer_fits(frame: Frame, candidate: Candidate) -> bool:
    """Any verb frame: what does the act is no text of principles, plan, view or case
    (`inert_doers` in event_cues.yaml: "the party's platform recognizes", "whose views
    clashed"), whatever the verb; a frame that lists its `doers` names them itself. A
    passive's doer is its "by" agent only: "arrested in serious cases" names no doer."""
    if candidate.is_noun or frame.doers is not None:
        return True
    inert = candidate.context.cues.inert_doers
    token = candidate.token
    found = by_agents(token) if candidate.passive else doers(token, passive=False)
    return not any(lemma_of(doer) in inert for doer in found)


@condition
def named_person_fits(frame: Frame, candidate: Candidate) -> bool:
    """`named_person`: the act is, or is not, told between people (`between_people`)."""
    return frame.named_person is None or frame.named_person == between_people(
        candidate.token, frame, candidate.objects, candidate.passive, candidate.persons
    )


@condition
def contest_fits(frame: Frame, candidate: Candidate) -> bool:
    """`contest`: the word is, or is not, told as a contest for votes: in a campaign story, in
    a sentence that names no force (`campaign.tells_force`)."""
    if frame.contest is None:
        return True
    context = candidate.context
    return frame.contest == (context.campaign_story and not tells_force(candidate.token))


@condition
def not_person_holder_fits(frame: Frame, candidate: Candidate) -> bool:
    """`not_person_holder`: no named person or personal pronoun holds the act."""
    return frame.not_person_holder is None or not any(
        names_person(holder, candidate.persons) or holder.lower_ in PERSONAL_PRONOUNS
        for holder in holders(
            candidate.token, candidate.passive, candidate.is_noun, frame.not_person_holder
        )
    )


@condition
def complement_fits(frame: Frame, candidate: Candidate) -> bool:
    """`complement`, `subjunctive`, `asking`: a clausal complement that is no indirect question
    (one of these lemmas, untensed, with no modal but one of obligation) must be there; a
    noun's is its "that" or infinitive clause, not a participle that describes it."""
    if not frame.complement:
        return True
    kinds = CLAUSAL_COMPLEMENTS | ({"acl"} if candidate.is_noun else {"oprd"})
    complement = [
        c
        for c in candidate.children
        if c.dep_ in kinds
        and not is_question(c, candidate.context.cues.question_markers)
        and (c.dep_ != "acl" or complements_noun(c))
    ]
    if frame.commits and not candidate.is_noun:
        complement += misread_commitments(candidate.token)
    if isinstance(frame.complement, frozenset):
        complement = [
            c
            for c in complement
            if any(w.lemma_.lower() in frame.complement for w in predicate_words(c))
        ]
    if frame.subjunctive:
        complement = [c for c in complement if not tensed(c)]
    if frame.asking:
        obligations = candidate.context.cues.obligation_modals
        complement = [
            c
            for c in complement
            if all(
                a.lower_ in obligations for a in c.children if a.dep_ == "aux" and a.tag_ == "MD"
            )
        ]
    return bool(complement)


@condition
def no_claim_fits(frame: Frame, candidate: Candidate) -> bool:
    """`no_claim`: no tensed clausal complement states a claim."""
    return not frame.no_claim or not any(
        c.dep_ in CLAUSAL_COMPLEMENTS and tensed(c) for c in candidate.children
    )


@condition
def no_clause_fits(frame: Frame, candidate: Candidate) -> bool:
    """`no_clause`: no clause complements the word or says what its object is of ("expressed
    concern that prices may rise" fears a prospect, where "concern about the raids" faults)."""
    return not frame.no_clause or not (
        any(c.dep_ == "ccomp" for c in candidate.children)
        or any(
            c.dep_ == "acl" and complements_noun(c) for o in candidate.objects for c in o.children
        )
    )


@condition
def not_marks_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_marks`: no such subordinating word introduces the word's clause where the clause
    has no subject of its own ("as opposed to"; "as his lawyers opposed it" tells a time)."""
    return (
        frame.not_marks is None
        or first_child(candidate.token, SUBJECTS) is not None
        or not any(c.dep_ == "mark" and c.lower_ in frame.not_marks for c in candidate.children)
    )


@condition
def complement_needs_object_fits(frame: Frame, candidate: Candidate) -> bool:
    """`complement_needs_object`: a complement with no subject of its own (active or passive:
    "ordered that the roads be closed" has one) comes with an object that names who is served
    or addressed."""
    return (
        not frame.complement_needs_object
        or bool(candidate.objects)
        or not any(
            c.dep_ in CLAUSAL_COMPLEMENTS and first_child(c, SUBJECTS | PASSIVE_SUBJECTS) is None
            for c in candidate.children
        )
    )


@condition
def withheld_fits(frame: Frame, candidate: Candidate) -> bool:
    """`withheld`: a negation on the word itself, in a tensed clause with no modal, no
    condition of its own and no question ("are not allowed to leave"; not "should not be
    allowed to", "if they are not allowed to", "Am I not allowed to respond?", "his position of
    not allowing them to enter")."""
    if not frame.withheld:
        return True
    token, cues = candidate.token, candidate.context.cues
    return (
        negated_below(candidate.children, cues)
        and tensed(token)
        and marker(token) not in cues.conditional_markers
        and not is_question_sentence(token)
    )


@condition
def tensed_fits(frame: Frame, candidate: Candidate) -> bool:
    """`tensed`: the verb bears tense, no modal ("the police barred the crowd"; not "a plan to
    bar them", "an injunction barring him", "would bar them")."""
    return not frame.tensed or tensed(candidate.token)


@condition
def not_question_fits(frame: Frame, candidate: Candidate) -> bool:
    """`not_question`: the word neither cues a quoted question that ends right before it or
    its subject ("'Is it fair?' she asked", "'Is it fair?' asked the judge"; where the parser
    ends the sentence at the quote, only with no one asked) nor asks for a question word ("I
    ask, for whom?")."""
    if not frame.not_question:
        return True
    token = candidate.token
    subject = first_child(token, SUBJECTS)
    start = subject.left_edge.i if subject is not None and subject.i < token.i else token.i
    quoted = (
        start > 0
        and token.doc[start - 1].tag_ in QUOTE_TAGS
        and (start > token.sent.start or not candidate.objects)
    )
    if quoted and ends_with_question_mark(token.doc[start - 1]):
        return False
    markers = candidate.context.cues.question_markers
    return not any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in markers for o in c.children)
        for c in candidate.children
    )


@condition
def not_complements_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_complements`: no clausal complement, nor an infinitive of purpose ("sent troops
    into Mozambique to help"), nor a gerund that a phrase on one of `preps` governs ("charged
    the inspectors with verifying"), nor a noun's infinitive ("refusal to comment"), is one of
    these lemmas."""
    if frame.not_complements is None:
        return True
    clauses = [
        c
        for c in candidate.children
        if c.dep_ in CLAUSAL_COMPLEMENTS
        or (candidate.is_noun and c.dep_ == "acl" and complements_noun(c))
        or (c.dep_ == "advcl" and is_to_infinitive(c) and not is_for_complement(c))
    ]
    if frame.preps is not None:
        clauses += prepositional_clauses([candidate.token, *candidate.objects], frame.preps)
    return not any(c.lemma_.lower() in frame.not_complements for c in clauses)


@condition
def checkable_fits(frame: Frame, candidate: Candidate) -> bool:
    """`checkable`: the clausal complement promises an act, not a goal, a value or a slogan
    (pledged_aims.tsv): "will make the province proud again" is a stance, "will cut the levy"
    an act (ruling 31-1)."""
    if not frame.checkable:
        return True
    aims = pledged_aims()
    promised = [c for c in candidate.children if c.dep_ in CLAUSAL_COMPLEMENTS]
    return not any(
        c.lemma_.lower() in aims and names_aim(c, aims[c.lemma_.lower()])
        for c in promised + misread_commitments(candidate.token)
    )


def names_aim(act: Token, words: frozenset[str]) -> bool:
    """Whether the promised verb's own words (its dependents and theirs: "make America great
    again") hold one of `words`; every use of it when `words` is empty."""
    if not words:
        return True
    near = [part for child in act.children for part in (child, *child.children)]
    return any(part.lemma_.lower() in words for part in near)


def prepositional_clauses(heads: list[Token], prepositions: frozenset[str]) -> list[Token]:
    """The clauses ('pcomp') that phrases on `prepositions` on the heads govern: "with
    verifying", "for keeping the levy"."""
    return [
        clause
        for head in heads
        for phrase in head.children
        if phrase.dep_ == "prep" and phrase.lower_ in prepositions
        for clause in phrase.children
        if clause.dep_ == "pcomp"
    ]


def particle_parts(frame: Frame, candidate: Candidate) -> list[Token] | None:
    """`particle`: the verb's particle, which the trigger uses."""
    if frame.particle is None:
        return []
    return [c for c in candidate.particles if c.lower_ == frame.particle] or None


@condition
def not_particles_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_particles`: no particle is one of these."""
    return frame.not_particles is None or not any(
        c.lower_ in frame.not_particles for c in candidate.particles
    )


@condition
def transitivity_fits(frame: Frame, candidate: Candidate) -> bool:
    """`intransitive`: no direct object; `transitive`: one, or the passive; `sole_object`: no
    more than one."""
    if frame.intransitive and candidate.objects:
        return False
    if frame.sole_object and len(candidate.objects) > 1:
        return False
    return not frame.transitive or bool(candidate.objects) or candidate.passive


@condition
def not_preps_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_preps`: the word is not followed by a phrase on one of these that names more
    than a date, nor by one of these the parser took for a particle because a clause follows
    ("battled over who had the better plan")."""
    token = candidate.token
    return frame.not_preps is None or not any(
        c.dep_ in {"prep", "prt"}
        and c.i == token.i + 1
        and c.lower_ in frame.not_preps
        and not names_no_actor(c)
        for c in candidate.children
    )


@condition
def not_prep_objects_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_prep_objects`: no phrase on one of `preps`, on the word or its particle, governs
    one of these; where `prep_objects` is set, no phrase of those it reads (`phrases_on`:
    "seized control | of the country", "sent troops | to the country", a dative)."""
    if frame.not_prep_objects is None:
        return True
    if frame.prep_objects is not None:
        phrases = phrases_on(candidate)
    else:
        # the word's own phrases only, not `phrases_on`'s: a phrase on its object tells a topic
        # ("discussed the safety of journalists with the minister" is still a meeting)
        attached = candidate.children + [g for p in candidate.particles for g in p.children]
        phrases = [c for c in attached if c.dep_ == "prep"]
    return not any(
        (frame.preps is None or c.lower_ in frame.preps)
        and any(names_one_of(o, frame.not_prep_objects) for o in prepositional_objects(c))
        for c in phrases
    )


@condition
def not_aims_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_aims`: the act is not done for one of these."""
    return frame.not_aims is None or not any(
        frame.not_aims & object_words(aim) for aim in aims(candidate.token, candidate.objects)
    )


@condition
def not_places_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_places`: the act is not done in or at one of these, as a phrase on the word or on
    its object says ("declared an emergency at the hospital")."""
    if frame.not_places is None:
        return True
    places = [p for word in [candidate.token, *candidate.objects] for p in places_of(word)]
    return not any(frame.not_places & object_words(place) for place in places)


def names_party(context: EventContext, word: Token) -> bool:
    """Whether a word names a party to a relation: a person, a group, an organisation, a
    government or a country, by name, by a word for a kind of actor or by a pronoun for one
    (`names_an_actor`, the word itself and not what its modifiers say: "the Chilean decision"
    names no party), or people spoken of ("the passengers": `is_person_noun`)."""
    word = counted(relative_noun(word))
    return (
        is_person_noun(word)
        or names_an_actor(context, word, frozenset())
        or (word.lower_ in RECIPROCALS and any(c.lower_ in {"each", "one"} for c in word.children))
    )


def counted(word: Token) -> Token:
    """What a pronoun or a number picks out of ("some of the claimants", "two of the
    envoys"); any other word itself."""
    if word.pos_ not in {"PRON", "NUM", "DET"}:
        return word
    inner = of_objects(word)
    return inner[0] if inner else word


def names_place(context: EventContext, word: Token) -> bool:
    """Whether a word names a place: a place name, or a word for an area or a division ("the
    region", "the provinces")."""
    word = relative_noun(word)
    return word.ent_type_ in PLACE_NAME_ENTITIES or lemma_of(word) in PLACE_WORDS


def names_military_target(context: EventContext, word: Token) -> bool:
    """Whether a word names what armed forces fight: a force, its arms or its positions, by
    its head or a compound on it (`military_targets`: "the air force", "rebel positions")."""
    return bool(object_words(relative_noun(word)) & context.cues.military_targets)


OBJECT_KIND_TESTS: dict[str, Callable[[EventContext, Token], bool]] = {
    "actor": names_party,
    "place": names_place,
    "military": names_military_target,
}
"""How each kind a frame's `object_kind` asks for is told (`codebooks.events.OBJECT_KINDS`)."""


def is_setting(noun: Token, verb: Token) -> bool:
    """Whether a noun is the one a relative clause opened by "where" or "when" describes, the
    verb inside it ("the villa where the ministers were meeting"): where or when the act is
    done, not what it is done to."""
    clause = verb
    while clause.dep_ in {"xcomp", "ccomp", "advcl"} and clause.head is not clause:
        clause = clause.head
    return (
        clause.dep_ == "relcl"
        and clause.head == noun
        and any(c.tag_ == "WRB" and c.i < clause.i for c in clause.children)
    )


def acted_on(frame: Frame, candidate: Candidate) -> list[Token]:
    """What the act is done to: its objects and target phrases, a passive verb's or a
    participle's undergoer (and the nouns whose phrase it ends), a relative clause's noun."""
    token = candidate.token
    return (
        named_objects(token, frame, candidate.objects)
        + [held for o in undergoers(token) for held in phrase_holders(o)]
        + relative_antecedents(token, candidate.objects)
    )


@condition
def not_objects_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_objects`: no object, target phrase, undergoer or relative antecedent names one of
    these; a reflexive one coordinated with others blocks nothing ("killed himself and 12
    soldiers" is an attack on the soldiers; "with advisers and family" still is one's circle)."""
    if frame.not_objects is None:
        return True
    return not any(
        frame.not_objects & object_words(o)
        and not (
            o.morph.get("Reflex") == ["Yes"]
            and any(not frame.not_objects & object_words(c) for c in o.conjuncts)
        )
        for o in acted_on(frame, candidate)
    )


@condition
def not_partyless_objects_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_partyless_objects`: nothing it is done to names one of these unless its phrase
    names a party (`phrase_names_party`)."""
    if frame.not_partyless_objects is None:
        return True
    return not any(
        frame.not_partyless_objects & object_words(o)
        and not phrase_names_party(candidate.context, o)
        for o in acted_on(frame, candidate)
    )


@condition
def not_people_objects_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_people_objects`: nothing it acts on (an object, or for a noun the object of its
    `preps` phrase: "the removal of the duties of the mayor") is one of these whose phrase
    names people (`phrase_names_people`)."""
    if frame.not_people_objects is None:
        return True
    acted = with_conjuncts(candidate.objects) + [
        o for p in phrases_on_preps(frame, candidate) for o in prepositional_objects(p)
    ]
    return not any(
        frame.not_people_objects & object_words(o) and phrase_names_people(candidate.context, o)
        for o in acted
    )


def phrase_names_people(context: EventContext, noun: Token) -> bool:
    """Whether a noun's possessor is a person ("his duties", "Ruiz's duties"), or the object
    of a phrase on it on one of `people_phrase_prepositions` names people (a party,
    `names_party`, of none of `not_people_entity_types`); for an object, the parser may hang
    the phrase on its verb after it ("lifted the quota on refugees")."""
    cues = context.cues
    after = [c for c in noun.head.children if c.i > noun.i] if noun.dep_ in OBJECTS else []
    for child in [*noun.children, *after]:
        if child.dep_ == "poss" and (
            child.ent_type_ == "PERSON" or set(child.morph.get("Gender")) & {"Masc", "Fem"}
        ):
            return True
        if child.dep_ in {"prep", "dative"} and child.lower_ in cues.people_phrase_prepositions:
            for inner in child.children:
                if (
                    inner.dep_ == "pobj"
                    and inner.ent_type_ not in cues.not_people_entity_types
                    and names_party(context, inner)
                ):
                    return True
    return False


PARTY_PHRASE_PREPOSITIONS = frozenset({"of", "with", "in", "between"})
"""Prepositions whose object names whose a tally is ("the growth of its ties with Russia",
"the poll in Ghana")."""


def phrase_names_party(context: EventContext, noun: Token) -> bool:
    """Whether a noun's possessor, or the object of a `PARTY_PHRASE_PREPOSITIONS` phrase on it
    or on a noun of such a phrase, names a party: a tally of a party's is news of that party."""
    for child in noun.children:
        if child.dep_ == "poss" and names_party(context, child):
            return True
        if child.dep_ == "prep" and child.lower_ in PARTY_PHRASE_PREPOSITIONS:
            for inner in child.children:
                if inner.dep_ == "pobj" and (
                    names_party(context, inner) or phrase_names_party(context, inner)
                ):
                    return True
    return False


@condition
def object_kinds_fit(frame: Frame, candidate: Candidate) -> bool:
    """`object_kind`: something the act is done to (`acted_on`) names one of these kinds; an
    act told with nothing it is done to but a number or a date ("the two leaders met", "met
    one-on-one") still fits."""
    if frame.object_kinds is None:
        return True
    token = candidate.token
    done_to = [
        o
        for o in acted_on(frame, candidate)
        if o.ent_type_ not in NOT_ACTORS and not is_setting(o, token)
    ]
    return not done_to or any(
        OBJECT_KIND_TESTS[kind](candidate.context, o)
        for o in done_to
        for kind in frame.object_kinds
    )


@condition
def not_own_objects_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_own_objects`: no object is one of these held by the doer."""
    return frame.not_own_objects is None or not any(
        frame.not_own_objects & object_words(o) and held_by_doer(o)
        for o in named_objects(candidate.token, frame, candidate.objects)
    )


SPECIFIERS = frozenset({"det", "poss", "nummod", "predet"})
"""Dependents that make a noun pick out a thing of its own ("the reform", "her plan", "two
bills") rather than speak of its kind in general."""

INDEFINITE_ARTICLES = frozenset({"a", "an"})
"""Determiners that speak of a kind where a verb in the present tells a position held ("both
back a strong ethanol mandate"); in the past they may tell a dated act ("had opposed a similar
effort in 2007")."""


def has_indefinite_article(noun: Token) -> bool:
    """Whether a noun takes "a" or "an": a new one of its kind, not one already told."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children)


def is_issue(context: EventContext, noun: Token, indefinite: bool = False) -> bool:
    """Whether a noun speaks of an issue in general: a common noun with no specifier (but,
    where `indefinite`, an indefinite article) and no name in its phrase, that names no party
    and no party in its "of" phrase ("immigration reform", "tougher rules on guns"; not "a
    handful of candidates")."""
    return (
        noun.pos_ == "NOUN"
        and noun.is_alpha
        and not noun.ent_type_
        and not any(
            c.dep_ in SPECIFIERS and not (indefinite and c.lower_ in INDEFINITE_ARTICLES)
            for c in noun.children
        )
        and not any(t.ent_type_ or t.pos_ == "PROPN" for t in noun.subtree if t is not noun)
        and not names_party(context, noun)
        and not any(names_party(context, o) for o in of_objects(noun))
    )


GERUND_STANCE_PREPOSITIONS = frozenset({"to", "for"})
"""Prepositions whose gerund tells what a stance is for or against ("opposed to uniting the
islands", "support for keeping the levy")."""


def bare_gerunds(token: Token) -> list[Token]:
    """Gerunds with no subject of their own that tell what the word is for or against
    ("supports raising the wage", "opposed to uniting the islands", "support for keeping the
    levy"): a course of action in general, whoever would take it ("opposed his return" and
    "support Elian's being kept" name whose act it is)."""
    clauses = [c for c in token.children if c.dep_ in CLAUSAL_COMPLEMENTS]
    clauses += prepositional_clauses([token], GERUND_STANCE_PREPOSITIONS)
    return [
        c
        for c in clauses
        if c.tag_ == "VBG"
        and not any(g.dep_ in SUBJECTS | PASSIVE_SUBJECTS or g.dep_ == "poss" for g in c.children)
    ]


@condition
def no_issue_object_fits(frame: Frame, candidate: Candidate) -> bool:
    """`no_issue_object`: the direct object (a noun's target phrase: "support for free-trade
    agreements") is no issue spoken of in general (where the parser splits one object into
    several, "the state's anti-union law", each must be); with no object, no bare gerund tells
    a course of action in general ("supports raising the ferry toll")."""
    if not frame.no_issue_object:
        return True
    objects = candidate.objects
    if candidate.is_noun:
        objects = named_objects(candidate.token, frame, objects)
    if not objects:
        return not bare_gerunds(candidate.token)
    indefinite = candidate.token.tag_ in PRESENT_TENSES
    return not all(is_issue(candidate.context, o, indefinite) for o in objects)


def described_actor(token: Token) -> Token | None:
    """The actor noun a present participle describes: its head ("a committee supporting the
    governor"), or a subject with "a"/"an" where the parser makes the participle a clause of
    its own, though it has no auxiliary ("is a super PAC supporting her", "gave to a PAC
    backing him"): no clause tells an act with a bare participle."""
    if token.tag_ != "VBG":
        return None
    if token.dep_ == "acl":
        return token.head
    if auxiliaries_of(token):
        return None
    subject = first_child(token, SUBJECTS)
    return subject if subject is not None and has_indefinite_article(subject) else None


@condition
def not_describing_fits(frame: Frame, candidate: Candidate) -> bool:
    """`not_describing`: the word is no present participle describing an actor noun."""
    if not frame.not_describing:
        return True
    described = described_actor(candidate.token)
    return described is None or not names_an_actor(candidate.context, described)


PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
"""Penn tags of plural nouns: a plural subject ("the two leaders") is more than one party."""


@condition
def one_party_paper_fits(frame: Frame, candidate: Candidate) -> bool:
    """`one_party_papers`: no single party alone signs a paper of its own ("the governor
    signed a memorandum"): the object is no such paper ("signed a trade agreement"), the
    subject is plural or coordinated, the frame's target phrase names a partner ("signed a
    memorandum with Kenya"), or the object is no new one ("signed the declaration")."""
    if frame.one_party_papers is None or candidate.passive or candidate.is_noun:
        return True
    if not any(frame.one_party_papers & object_words(o) for o in candidate.objects):
        return True
    token = candidate.token
    subject = antecedent(clause_subject(token))
    if subject is None or subject.tag_ in PLURAL_NOUN_TAGS or "Plur" in subject.morph.get("Number"):
        return True  # "the two leaders signed", "we signed"
    if any(t.dep_ == "conj" for t in subject.subtree):
        # "the general who ousted him and protest leaders signed": the parser may hang the
        # second party inside the first one's clause
        return True
    phrases = [c for o in [token, *candidate.objects] for c in o.children if c.dep_ == "prep"]
    if any(p.lower_ in frame.targets for p in phrases):
        return True
    return not any(has_indefinite_article(o) for o in candidate.objects)


def object_parts(frame: Frame, candidate: Candidate) -> list[Token] | None:
    """`objects`: the first object (a passive's undergoer) that is one of these; a relative
    pronoun fits as the noun it stands for or as itself ("which Moscow denied"), and a relative
    clause with no object takes the noun it is on ("a charge the rebels deny")."""
    if frame.objects is None:
        return []
    objects = candidate.objects or relative_antecedents(candidate.token, candidate.objects)
    fitting = [
        o
        for o in with_conjuncts(objects)
        if frame.objects & (object_words(relative_noun(o)) | {lemma_of(o)})
    ]
    if candidate.passive and not candidate.objects:
        # "the report was released"; "were held hostage": what the act made of them
        said_to_be = [c for c in candidate.children if c.dep_ == "oprd"]
        fitting = [
            o
            for o in [*undergoers(candidate.token), *said_to_be]
            if frame.objects & object_words(o)
        ]
    return fitting[:1] or None


def phrases_on(candidate: Candidate) -> list[Token]:
    """The prepositional phrases `prep_parts` reads: on the word, its objects or particles, and,
    for a noun that is an object, after it on its verb ("drew criticism from Beijing": the
    parser hangs the phrase on the verb)."""
    token = candidate.token
    attached = candidate.children + [
        g for o in [*candidate.objects, *candidate.particles] for g in o.children
    ]
    if candidate.is_noun and token.dep_ in OBJECTS:
        attached += [c for c in token.head.children if c.i > token.i]
    return [c for c in attached if c.dep_ in {"prep", "agent", "dative"}]


def phrases_on_preps(frame: Frame, candidate: Candidate) -> list[Token]:
    """The phrases of `phrases_on` on one of the frame's `preps` (none where it names none):
    those `preps` and `not_people_objects` read."""
    if frame.preps is None:
        return []
    return [p for p in phrases_on(candidate) if p.lower_ in frame.preps]


def prep_parts(frame: Frame, candidate: Candidate) -> list[Token] | None:
    """`preps`, `prep_gerund`, `prep_objects`: a phrase on one of these prepositions (governing
    a gerund; whose object is one of these, which the trigger uses) that names more than a
    date."""
    if frame.preps is None:
        return []
    preps = phrases_on_preps(frame, candidate) + [
        m for m in for_complement_marks(candidate.token) if m.lower_ in frame.preps
    ]
    preps = [p for p in preps if not names_no_actor(p)]
    if frame.prep_gerund:
        preps = [p for p in preps if any(c.dep_ == "pcomp" for c in p.children)]
    if frame.prep_objects is None:
        return [] if preps else None
    preps = [
        p
        for p in preps
        if any(described_as_one_of(p, o, frame.prep_objects) for o in prepositional_objects(p))
    ]
    return prepositional_objects(preps[0]) if preps else None


@condition
def partner_fits(frame: Frame, candidate: Candidate) -> bool:
    """`partner`: the act names whom it is held with, on a target preposition or as a second
    subject; the press is no partner ("spoke to reporters by phone")."""
    if not frame.partner:
        return True
    phrases = [c for c in candidate.children if c.dep_ == "prep" and c.lower_ in frame.targets]
    partners = [o for p in phrases for o in prepositional_objects(p)]
    subject = None if candidate.is_noun else clause_subject(candidate.token)
    return any(names_an_actor(candidate.context, o) and not names_press(o) for o in partners) or (
        subject is not None and any(c.dep_ == "conj" for c in subject.children)
    )


@condition
def actor_modifier_fits(frame: Frame, candidate: Candidate) -> bool:
    """`actor_modifier`: a bare noun a name modifier makes an actor's."""
    return not frame.actor_modifier or modified_by_actor(candidate.token)


@condition
def not_modifiers_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_modifiers`: no compound or adjective modifier is one of these."""
    return frame.not_modifiers is None or not any(
        c.dep_ in MODIFIER_DEPENDENCIES and lemma_of(c) in frame.not_modifiers
        for c in candidate.children
    )


@condition
def carriers_fit(frame: Frame, candidate: Candidate) -> bool:
    """`carriers`: one of these verbs carries the noun: its support verb in the active, a
    relative clause's, or a participle on it ("conducted operations", "an operation conducted
    by the agency"); a passive support verb tells how it went ("the operation was conducted
    with skill"), not who did it."""
    if frame.carriers is None:
        return True
    token, cues = candidate.token, candidate.context.cues
    support = carrying_verb(token, cues)
    verbs = [relative_carrier(token, cues), None if support and is_passive(support) else support]
    verbs += [c for c in candidate.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return any(verb is not None and lemma_of(verb) in frame.carriers for verb in verbs)


@condition
def not_determiners_fit(frame: Frame, candidate: Candidate) -> bool:
    """`not_determiners`: no determiner of the word is one of these ("the deal" told before)."""
    return frame.not_determiners is None or not any(
        c.dep_ == "det" and c.lower_ in frame.not_determiners for c in candidate.children
    )


@condition
def not_charged_fits(frame: Frame, candidate: Candidate) -> bool:
    """`not_charged`: the word does not name what one of these is for."""
    return (
        frame.not_charged is None or lemma_of(charged_by(candidate.token)) not in frame.not_charged
    )


PURPOSE_DEPTH = 3
"""How far below the word a clause of purpose may hang: on the verb ("take steps to defend":
advcl), its object ("measures to protect": relcl) or the object's adjective ("measures
necessary to prevent": xcomp)."""


@condition
def purposes_fit(frame: Frame, candidate: Candidate) -> bool:
    """`purpose`: a "to" clause of purpose within reach of the word has one of these lemmas."""
    if frame.purposes is None:
        return True
    word = candidate.token
    for token in word.subtree:
        if token.pos_ != "VERB" or token.lemma_.lower() not in frame.purposes:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        head, depth = token, 0
        while head.i != word.i and head.head.i != head.i and depth < PURPOSE_DEPTH:
            head, depth = head.head, depth + 1
        if head.i == word.i:
            return True
    return False


FRAME_MODIFIER_DEPENDENCIES = MODIFIER_DEPENDENCIES | {"advmod"}
"""How a frame's `modifiers` hang on its word: a noun's compounds and adjectives, an
adjective's adverbs ("deeply concerned")."""


def modifier_parts(frame: Frame, candidate: Candidate) -> list[Token] | None:
    """`modifiers`: the compound, adjective or adverb modifiers that are one of these."""
    if frame.modifiers is None:
        return []
    return [
        c
        for c in candidate.children
        if c.dep_ in FRAME_MODIFIER_DEPENDENCIES
        and (lemma_of(c) in frame.modifiers or c.lower_ in frame.modifiers)
    ] or None


FRAME_CHECKS: tuple[FrameCheck, ...] = (
    passive_fits,
    verb_only_fits,
    plural_fits,
    subjects_fit,
    doers_fit,
    not_doers_fit,
    not_posts_fit,
    active_doer_fits,
    named_person_fits,
    contest_fits,
    not_person_holder_fits,
    complement_fits,
    no_claim_fits,
    no_clause_fits,
    not_marks_fit,
    complement_needs_object_fits,
    not_question_fits,
    withheld_fits,
    tensed_fits,
    not_complements_fit,
    checkable_fits,
    particle_parts,
    not_particles_fit,
    transitivity_fits,
    not_preps_fit,
    not_prep_objects_fit,
    not_aims_fit,
    not_places_fit,
    not_objects_fit,
    not_partyless_objects_fit,
    not_people_objects_fit,
    object_kinds_fit,
    not_own_objects_fit,
    no_issue_object_fits,
    not_describing_fits,
    one_party_paper_fits,
    object_parts,
    prep_parts,
    partner_fits,
    actor_modifier_fits,
    not_modifiers_fit,
    carriers_fit,
    not_determiners_fit,
    not_charged_fits,
    purposes_fit,
    modifier_parts,
)
"""Every frame key's check, walked in this order until one fails: a frame has some 30 keys
that set conditions, most of them unset, and a table keeps each a small function of its own,
read and changed apart, where one long function mixed them all. The checks of the word itself
come first; the parts a frame uses come out in the order particle, object, preposition's
object, modifier."""


def fit(
    token: Token,
    frames: tuple[Frame, ...],
    context: EventContext,
    persons: frozenset[int],
) -> FittedFrame | None:
    """The first frame whose conditions (`FRAME_CHECKS`) the token's dependents meet, and the
    tokens it used; `persons`: the token indices that name a person (`person_tokens`)."""
    candidate = Candidate.of(token, context, persons)
    for frame in frames:
        parts = [token]
        for check in FRAME_CHECKS:
            used = check(frame, candidate)
            if used is None:
                break
            parts.extend(used)
        else:
            return FittedFrame(frame, parts)
    return None


def doers(verb: Token, passive: bool) -> list[Token]:
    """What does the act: an active verb's subject (a relative pronoun read as the noun it
    stands for, "a fire which destroyed") or the noun its participle describes ("ads
    attacking his rivals"), a passive's agent ("destroyed by fire") or what it happened in
    ("killed in the earthquake")."""
    if not passive:
        subject = antecedent(clause_subject(verb))
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subject = verb.head
        return [] if subject is None else [subject]
    return by_agents(verb, CAUSE_PREPOSITIONS)


def happened_in(verb: Token) -> list[Token]:
    """What an act happened in, on the verb or a verb it is coordinated with, in the active
    voice too ("shot and killed his cousin in a hunting accident")."""
    return [
        inner
        for word in (verb, *(c for c in verb.conjuncts if c.pos_ == "VERB"))
        for child in word.children
        if child.dep_ == "prep" and child.lower_ == "in"
        for inner in child.children
        if inner.dep_ == "pobj"
    ]


def telling_clauses(verb: Token) -> list[Token]:
    """The verbs of the clauses that tell how an act came about: an adverbial clause on it
    ("killed when a ferry capsized") or the verb it hangs on as a participle or a conjunct
    ("the bus overturned, killing nine"; "the plane crashed, resulting in all on board
    killed")."""
    found = [child for child in verb.children if child.dep_ == "advcl"]
    if verb.dep_ in {"advcl", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        found.append(verb.head)
    return found


def holders(token: Token, passive: bool, is_noun: bool, holding: frozenset[str]) -> list[Token]:
    """Who does or holds the act: a verb's doers; a noun's possessor, name modifier or "by"
    phrase, or the subject of a `holding` verb whose object it is ("Sanders held a rally")."""
    if not is_noun:
        return doers(token, passive)
    found = [c for c in token.children if c.dep_ in {"poss", "compound"}]
    found += [
        inner
        for child in token.children
        if child.dep_ == "prep" and child.lower_ == "by"
        for inner in child.children
        if inner.dep_ == "pobj"
    ]
    if token.dep_ in OBJECTS and lemma_of(token.head) in holding:
        subject = clause_subject(token.head)
        found += [] if subject is None else [subject]
    return found


def places_of(token: Token) -> list[Token]:
    """Where an act is done, as phrases on the word say it ("visited him in prison")."""
    return [
        place
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS
        for place in child.children
        if place.dep_ == "pobj"
    ]


def names_force(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun is one of `words` with no actor behind it: "Israeli fire", "fire from
    the troops" are someone's."""
    return lemma_of(noun) in words and not any(
        child.ent_type_ in ACTOR_ENTITIES or (child.dep_ == "prep" and child.lower_ == "from")
        for child in noun.children
    )


def names_no_actor(preposition: Token) -> bool:
    """Whether a phrase names only a date, a sum or the like ("on Monday"); a preposition left
    without its object by a relative clause may still name one."""
    objects = list(preposition.children)
    return bool(objects) and all(o.ent_type_ in NOT_ACTORS for o in objects)


def is_particle(verb: Token, child: Token) -> bool:
    """A verb's particle, or the word right after it the parser takes for a preposition or
    an adverb ("pulled out of the treaty", "pulled back from the city")."""
    return child.dep_ == "prt" or (
        child.dep_ in {"prep", "advmod"} and child.i == verb.i + 1 and verb.pos_ == "VERB"
    )


def prepositional_objects(preposition: Token) -> list[Token]:
    """A preposition's object (an adjective after "as"), or the object of the gerund it
    governs ("retaliated by imposing tariffs")."""
    found = []
    for child in preposition.children:
        if child.dep_ == "pobj" or (preposition.lower_ == "as" and child.dep_ in {"amod", "acomp"}):
            found.append(child)  # "described it as deplorable"
        elif child.dep_ == "pcomp":
            found.extend(c for c in child.children if c.dep_ == "dobj")
    return found or stranded_object(preposition)


def stranded_object(preposition: Token) -> list[Token]:
    """The object of a preposition left at the end of a relative clause: the noun the
    clause describes ("the treaty which Veloria pulled out of")."""
    node = preposition
    while node.pos_ == "ADP" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "relcl" and not list(preposition.children):
        return [node.head]
    return []


def names_one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether a word's lemma, or a compound's on it ("member states"), is listed, or its
    entity type as `@TYPE` ("@GPE": a place name), or, for `@COUNTRY`, whether it names a
    country ("seized control of Mali" is a coup, "of Goma" ground taken: the parser's entity
    types do not tell a country from a town)."""
    compounds = {lemma_of(c) for c in token.children if c.dep_ == "compound"}
    return (
        bool(({lemma_of(token)} | compounds) & words)
        or f"@{token.ent_type_}" in words
        or ("@COUNTRY" in words and name_at(token) in country_name_forms())
    )


def name_at(token: Token) -> str:
    """The name a word stands in, casefolded, without its article: the named entity holding it
    ("the Democratic Republic of Congo", whose head the parser makes "Republic"), else the
    word with the compounds before it ("South Sudan")."""
    entity = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    if entity is None:
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    else:
        words = [w for w in entity if w.dep_ != "det"]
    return " ".join(w.text for w in words).casefold()


PREDICATE_KIN_PREPOSITIONS = frozenset({"of", "for"})
"""What a predicate noun is "of" or "for" is what the label says of its object ("a haven for
terrorists", "a case of corruption")."""


def predicate_words(complement: Token) -> list[Token]:
    """The words a complement says of its object: a clause's verb alone, but a predicate
    noun or adjective with its conjuncts, what they are "of" or "for", and the adjectives of
    these, since "called it a corrupt process", "called him weak and delusional" and "called
    it a haven for terrorists" charge as "called it corrupt" does."""
    if complement.pos_ in {"VERB", "AUX"}:
        return [complement]
    said = [complement, *complement.conjuncts]
    said += [
        o
        for w in said
        for p in w.children
        if p.dep_ == "prep" and p.lower_ in PREDICATE_KIN_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return said + [a for w in said for a in w.children if a.dep_ == "amod"]


def described_as_one_of(preposition: Token, noun: Token, words: frozenset[str]) -> bool:
    """Whether a prepositional object names one of the words; after "as" an adjective on it
    counts too, since it is what the description says: "designated as a terrorist group" is
    "designated as terrorists", "described it as a deplorable act" "as deplorable"."""
    described = preposition.lower_ == "as"
    adjectives = [c for c in noun.children if described and c.dep_ == "amod"]
    return any(names_one_of(word, words) for word in [noun, *adjectives])


def modified_by_actor(noun: Token) -> bool:
    """A bare noun, not a subject, with a name modifier ("amid UK opposition")."""
    children = list(noun.children)
    return (
        noun.dep_ not in SUBJECTS
        and not any(c.dep_ in {"det", "poss"} for c in children)
        and any(c.dep_ in {"compound", "amod"} and c.ent_type_ in ACTOR_ENTITIES for c in children)
    )


def held_by_doer(noun: Token) -> bool:
    """Whether a possessive pronoun makes the noun the doer's own ("his record", "its
    decision"); "the nominee's remarks" are another's."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def undergoers(verb: Token) -> list[Token]:
    """What a passive verb or a participle acts on ("the report was released", "a report
    released on Monday", "a report to be released", "a report that was released"): the
    object a frame's `not_object` looks at when there is none."""
    found = [
        c
        for c in verb.children
        if c.dep_ in PASSIVE_SUBJECTS and c.tag_ not in RELATIVE_PRONOUN_TAGS
    ]
    passive_clause = verb.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in verb.children)
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or passive_clause):
        found.append(verb.head)
    return found


def charged_by(noun: Token) -> Token:
    """The word a bare noun's or gerund's phrase names the content of, through coordination:
    "count" in "two counts of murder and one of kidnapping", "convicted" in "convicted of
    assault", "charge" in "a charge of violating the act"; the word itself when it ends no such
    phrase or has a determiner ("sentenced for the murder of six policemen" tells of the
    murder)."""
    if any(c.dep_ in {"det", "poss"} for c in noun.children):
        return noun
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ in {"pobj", "pcomp"} and noun.head.lower_ in {"of", "for", "with"}:
        return noun.head.head
    return noun


def phrase_holders(noun: Token) -> list[Token]:
    """A noun and the nouns whose phrase it ends: the parser hangs a participle on the last
    noun of "a letter to colleagues released Monday", which describes the letter. Not through
    "of": in "a list of prisoners released" the prisoners may be the ones released."""
    found = [noun]
    while (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ != "of"
        and noun.head.head.pos_ in NOUNS
    ):
        noun = noun.head.head
        found.append(noun)
    return found


def aims(word: Token, objects: list[Token]) -> list[Token]:
    """What an act is done for: the objects of its "for" phrases ("fought for our rights and
    liberties"), or the noun a relative clause describes when the "for" is left at its end
    ("the law he spent years fighting for"). The parser hangs the phrase of an act told by a
    verb and its object on either word ("waged a battle for the last seat", "fought a battle
    for the mayoralty"): a noun object reads its verb's phrases after it, a verb its objects'."""
    found: list[Token] = []
    holders = [(word, None), *((o, None) for o in with_conjuncts(objects))]
    if word.pos_ in NOUNS and word.dep_ in OBJECTS:
        holders.append((word.head, word.i))
    for holder, after in holders:
        for prep in holder.children:
            if (
                prep.dep_ != "prep"
                or prep.lower_ != "for"
                or (after is not None and prep.i < after)
            ):
                continue
            inner = [c for c in prep.children if c.dep_ == "pobj"]
            if inner:
                found += with_conjuncts(inner)
            elif holder is word:
                found += relative_antecedents(word, objects)
    return found


def relative_antecedents(verb: Token, objects: list[Token]) -> list[Token]:
    """What a verb with no object of its own acts on inside a relative clause whose pronoun is
    no subject ("transcripts that he plans to release"), or that has no pronoun and a subject
    of its own ("the largest reward the government has offered"): the noun the clause
    describes, for a frame's `not_object` (the parser hangs the pronoun on any verb of the
    clause, and tags "that" now a pronoun, now a conjunction)."""
    if objects:
        return []
    clause = verb
    while clause.dep_ in {"xcomp", "ccomp", "advcl"} and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    pronouns = [
        t
        for t in clause.subtree
        if t.i < verb.i and (t.tag_ in RELATIVE_PRONOUN_TAGS or t.lower_ == "that")
    ]
    if any(t.dep_ not in SUBJECTS for t in pronouns):
        return [clause.head]
    return [clause.head] if not pronouns and first_child(clause, SUBJECTS) else []


def relative_noun(word: Token) -> Token:
    """The noun a relative pronoun stands for ("the charges which Washington dismissed":
    charges); any other word itself. A noun left as the root is a parse gone wrong."""
    clause = word.head
    if word.tag_ in RELATIVE_PRONOUN_TAGS and clause.dep_ == "relcl" and clause.head.dep_ != "ROOT":
        return clause.head
    return word


def with_conjuncts(objects: list[Token]) -> list[Token]:
    """Objects and the nouns coordinated with them: "provided photographs and intelligence"
    fits a frame for intelligence."""
    return objects + [c for o in objects for c in o.conjuncts if c.pos_ in NOUNS]


def named_objects(token: Token, frame: Frame, objects: list[Token]) -> list[Token]:
    """The direct objects, and the objects of the prepositions the frame reads a target from:
    on the verb or, as `target_phrases` reads them, hung by the parser on an object that takes
    no such phrase of its own ("discussed the next steps with her advisers", not "discussed
    the talks with Iran")."""
    phrases = list(token.children)
    for noun in objects:
        own = noun_targets(noun)
        phrases += [p for p in noun.children if p.lower_ not in own]
    return objects + [
        inner
        for prep in phrases
        if prep.dep_ == "prep" and prep.lower_ in frame.targets
        for inner in prep.children
        if inner.dep_ == "pobj"
    ]


def noun_targets(noun: Token) -> set[str]:
    """The prepositions an event noun reads its own target from ("talks with Iran")."""
    return {place for frame in noun_frames().get(lemma_of(noun), ()) for place in frame.targets}


def object_words(token: Token) -> set[str]:
    """What an object names: its lemma, its compounds' ("aid deliveries"), and, for a measure
    or a part, what it measures ("700 kg of medicine", "part of a military aid program")."""
    words = {lemma_of(token), *hyphened_spellings(token)}
    words |= {lemma_of(c) for c in token.children if c.dep_ == "compound"}
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for inner in prep.children:
                if inner.dep_ == "pobj":
                    words |= {lemma_of(inner)}
                    words |= {lemma_of(c) for c in inner.children if c.dep_ == "compound"}
    return words
