"""Pronouns: the person a he/she/his/her refers to, and the country or organisation an
it/its refers to (`coref` finds the people; these rules attach its pronouns to them)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import takewhile
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.tokens import Doc, Token

from eventwire.annotate.actors import lexicon_matches
from eventwire.annotate.binding import (
    SUBJECTS,
    governing_subject,
    is_object_of_clause,
    is_reflexive,
)
from eventwire.annotate.parse_views import indices_spelled, text_of
from eventwire.codebooks.actor_cues import coreference_cues
from eventwire.codebooks.events import event_cues

if TYPE_CHECKING:
    from eventwire.annotate.coref import Person

MIN_GENDER_VOTES = 2
"""Bound pronouns that must agree before they set a person's gender (`settle_genders`): one
alone is as often a parser's misreading ("Kelly came under fire from Trump over what he
perceived") as the person's own."""


def add_pronoun_mentions(parse: Doc, people: list[Person]) -> None:
    """he/she/him/his/her: a his/her or a "he" in an embedded clause refers to the subject of
    the clause above that holds it ("Trump announced that his administration ..."; "told Ana
    to raise her hand": Ana), and to no one where that subject is a noun for one person that
    names no one known ("The army chief said his forces ..."). Else to the last person
    mentioned before it in the same paragraph whose gender (from an honorific, the pronouns
    bound to their name, `settle_genders`, or an earlier pronoun) does not contradict it, and
    where none fits, to the person the nearest he/she of its gender before it there refers to
    (`referred_before`), and a subject last to the only person of its gender named so far
    (`only_person_of_gender`); an object never to the subject of
    its own clause ("Trump talked with him", "embolden him"; not "Ana denies the charges
    against her"), a reflexive object only to it where it names a person ("Ana defended
    herself", "he defended himself": whom the "he" refers to), a speaker never to someone
    their quote before names ("'Kim wants talks,' he added")."""
    mentions = sorted((end, index) for index, p in enumerate(people) for _, end in p.mentions)
    owners = {i: p for p in people for start, end in p.mentions for i in range(start, end)}
    ends = [end for end, _ in mentions]
    resolved: dict[int, Person] = {}
    text = text_of(parse)
    pronoun_genders = coreference_cues().pronoun_genders
    bound_to = bound_owners(parse, owners)
    settle_genders(parse, people, bound_to)
    for i in indices_spelled(parse, (LOWER,), pronoun_genders):
        token = parse[i]
        if token.pos_ != "PRON":
            continue
        gender = pronoun_genders[token.lower_]
        subject = governing_subject(token)
        bound = owners.get(subject.i) if subject is not None else None
        if subject is not None and is_reflexive(token) and is_object_of_clause(token):
            bound = bound or resolved.get(subject.i)
            if bound is not None:
                if bound.gender in (None, gender):
                    bound.gender = gender
                    bound.mentions.append((i, i + 1))
                continue
        if token.tag_ == "PRP$" or token.dep_ in SUBJECTS:
            bound = bound_to.get(i)
            if bound is not None and bound.gender in (None, gender):
                bound.gender = gender
                bound.mentions.append((i, i + 1))
                resolved[i] = bound
                continue
            unnamed = subject is not None and bound is None and names_one_person(subject)
            if unnamed and (token.dep_ in SUBJECTS or is_definite(subject)):
                continue
            bound = None
        elif not is_object_of_clause(token):
            bound = None
        quoted = quoted_before(token)
        reach = paragraph_reach(text, token)
        person = None
        for end, index in reversed(mentions[: bisect_right(ends, i)]):
            if parse[end - 1].idx < reach:
                break
            candidate = people[index]
            if (
                end - 1 not in quoted
                and candidate.gender in (None, gender)
                and candidate is not bound
            ):
                person = candidate
                break
        if person is None:
            own_subject = bound or (resolved.get(subject.i) if subject is not None else None)
            person = referred_before(token, resolved, reach, own_subject)
        if person is None and token.dep_ in SUBJECTS:
            person = only_person_of_gender(token, people, gender, owners, reach)
        if person is not None:
            person.gender = gender
            person.mentions.append((i, i + 1))
            resolved[i] = person


def settle_genders(parse: Doc, people: list[Person], bound_to: dict[int, Person]) -> None:
    """A person no honorific gives a gender takes the one most of the pronouns that the syntax
    binds to their name use ("Ana said her plan ..."), before any pronoun is read in text
    order: else the first pronoun that lands on them fixes it, and one misread "her" before
    ("a Sanders rally, a tote bag at her side") makes every later "his" of theirs skip them.
    Not where another person of the story bears the same family name: a lone "Grayson" may
    be either spouse, so the votes mix two people. Where the votes say nothing, a noun in
    apposition does ("her husband, Peter Finch"): after them, since a chain that took a
    relative's name in apposition ("Carly Fiorina ... her husband, Frank Fiorina") is still
    the person its pronouns tell."""
    pronoun_genders = coreference_cues().pronoun_genders
    votes: dict[int, Counter[str]] = {}
    for i, person in bound_to.items():
        votes.setdefault(id(person), Counter())[pronoun_genders[parse[i].lower_]] += 1
    family_names = Counter(person.family_name for person in people)
    for person in people:
        counts = votes.get(id(person))
        if person.gender is None and counts and family_names[person.family_name] == 1:
            person.gender = voted_gender(counts)
        person.gender = person.gender or person.apposed_gender


def voted_gender(counts: Counter[str]) -> str | None:
    """The gender most bound pronouns use, if enough do and few say the other."""
    (gender, most), *rest = counts.most_common()
    if most >= MIN_GENDER_VOTES and most > 2 * sum(count for _, count in rest):
        return gender
    return None


def bound_owners(parse: Doc, owners: dict[int, Person]) -> dict[int, Person]:
    """Each he/she/him/his/her's index to the named person the syntax binds it to
    (`bound_owner`), where there is one: asked once for the gender votes (`settle_genders`)
    and the text-order pass (`add_pronoun_mentions`)."""
    pronoun_genders = coreference_cues().pronoun_genders
    bound_to = {}
    for i in indices_spelled(parse, (LOWER,), pronoun_genders):
        token = parse[i]
        if token.pos_ == "PRON" and (person := bound_owner(token, owners)) is not None:
            bound_to[i] = person
    return bound_to


def bound_owner(token: Token, owners: dict[int, Person]) -> Person | None:
    """The named person the syntax binds a pronoun to: the subject of the clause above its own
    for a possessive or a subject ("Ana said her plan ..."), the subject of its clause for a
    reflexive object, the name a possessive's phrase is joined to ("Teixeira and his agent")."""
    subject = governing_subject(token)
    reflexive_object = is_reflexive(token) and is_object_of_clause(token)
    if not reflexive_object and token.tag_ != "PRP$" and token.dep_ not in SUBJECTS:
        return None
    if not reflexive_object and (sibling := conjoined_owner(token)) is not None:
        return owners.get(sibling.i)
    return owners.get(subject.i) if subject is not None else None


def only_person_of_gender(
    token: Token, people: list[Person], gender: str, owners: dict[int, Person], reach: int
) -> Person | None:
    """The one person named before a subject he/she that no rule above resolves, where their
    gender is already known to be the pronoun's and everyone else named so far is known to be
    of the other: a speaker after a quote or an opening phrase whose name is paragraphs back
    ("'...,' she said"; "In 2008, he complained"), the breaks between often lost. Someone of
    unknown gender named before may be the one meant, and so may a person its own paragraph
    tells of whom we do not know ("Her lawyer, Ana Soto, spoke. Later, she left"): then no
    one."""
    fitting = [
        person
        for person in people
        if person.names and min(person.names)[0] < token.i and person.gender in (None, gender)
    ]
    if len(fitting) != 1 or fitting[0].gender != gender:
        return None
    paragraph = takewhile(lambda word: word.idx >= reach, reversed(token.doc[: token.i]))
    unknown = any(
        word.i not in owners and (word.ent_type_ == "PERSON" or names_one_person(word))
        for word in paragraph
    )
    return None if unknown else fitting[0]


def referred_before(
    token: Token, resolved: dict[int, Person], reach: int, own_subject: Person | None
) -> Person | None:
    """The person the nearest he/she of the same gender before a pronoun refers to, in its
    reach, where no name there fits: a paragraph that names its person once, or only in the
    paragraph before, goes on with pronouns ("He denied the report. ... but he said he would
    resign": the second "he" is the first's). An object never takes its own clause's subject
    ("He told him")."""
    genders = coreference_cues().pronoun_genders
    gender = genders[token.lower_]
    quoted = quoted_before(token)
    for j in sorted(resolved, reverse=True):
        earlier = token.doc[j]
        if j >= token.i or j in quoted:
            continue
        if earlier.idx < reach:
            return None
        person = resolved[j]
        if genders[earlier.lower_] != gender:
            continue
        own = is_object_of_clause(token) and person is own_subject
        return None if own else person
    return None


def paragraph_reach(text: str, token: Token) -> int:
    """Where the people a he/she may refer to begin: its paragraph, or the paragraph before
    too where a subject pronoun opens its paragraph ("... Grayson filed against him.\n\nHe
    denied the charges"): news paragraphs go on about the person the last one told of."""
    start = text.rfind("\n", 0, token.idx) + 1
    if text[start : token.idx].strip() or token.dep_ not in SUBJECTS or not start:
        return start
    return text.rfind("\n", 0, len(text[:start].rstrip())) + 1


def quoted_before(token: Token) -> range:
    """The words a subject pronoun is the speaker of, when they come before it: the
    complement of its verb ("'Kim wants talks,' he added")."""
    if token.dep_ not in SUBJECTS:
        return range(0)
    said = [c for c in token.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < token.i]
    if not said or not any(t.is_quote for t in token.doc[said[0].right_edge.i : token.i]):
        return range(0)  # not "Woodward was shocked; he had guarded the secret"
    return range(said[0].left_edge.i, said[0].right_edge.i + 1)


def conjoined_owner(token: Token) -> Token | None:
    """The person a possessive's phrase is joined to: "Teixeira and his agent"."""
    phrase = token.head
    if token.tag_ != "PRP$" or phrase.dep_ != "conj":
        return None
    first = phrase.head
    return first if first.ent_type_ == "PERSON" else None


def is_definite(word: Token) -> bool:
    """A noun with a definite determiner or a possessor: "the army chief", "Iran's envoy"."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "det" and c.lower_ in coreference_cues().definite_determiners)
        for c in word.children
    )


def names_one_person(word: Token) -> bool:
    """A singular noun for one person ("the army chief", "the spokesman")."""
    if word.tag_ != "NN":
        return False
    role = lexicon_matches(word.doc).roles.get(word.i)
    titled = role is not None and role.role.title
    return titled or word.lemma_.lower() in coreference_cues().role_nouns


def thing_pronouns(parse: Doc, subjects: dict[int, object]) -> list[tuple[int, object]]:
    """it/its with the country or organisation it refers to: the subject of the same sentence
    before it, else of the previous sentence in the paragraph. `subjects` maps the token index
    of each country or organisation mention's head to what it names."""
    sentence_starts = numpy.flatnonzero(parse.to_array(SENT_START) == 1).tolist()
    subject_positions = sorted(i for i in subjects if parse[i].dep_ in SUBJECTS)
    found = []
    text = text_of(parse)
    for i in indices_spelled(parse, (LOWER,), coreference_cues().thing_pronouns):
        token = parse[i]
        if not stands_for_an_actor(token):
            continue
        position = bisect_right(subject_positions, i - 1)
        if not position:
            continue
        subject = subject_positions[position - 1]
        sentence = bisect_right(sentence_starts, i)
        subject_sentence = bisect_right(sentence_starts, subject)
        if sentence - subject_sentence > 1:
            continue
        if "\n" in text[parse[subject].idx : token.idx] and sentence != subject_sentence:
            continue
        found.append((i, subjects[subject]))
    return found


def stands_for_an_actor(pronoun: Token) -> bool:
    """Whether an it/its is a subject or a possessive, where it may stand for a country or
    organisation named before it, and not the "it" of "it is"."""
    return (
        pronoun.pos_ == "PRON"
        and (pronoun.dep_ in SUBJECTS or pronoun.tag_ == "PRP$")
        and not (pronoun.head.lemma_ == "be" and pronoun.dep_ == "nsubj")
    )


def thing_antecedent(pronoun: Token) -> Token | None:
    """The subject nearest before an it/its that no name takes (`thing_pronouns`), in its
    sentence or the sentence before in its paragraph, where the pronoun stands for an actor: a
    subject or possessive "it"/"its", not the "it" of "it is" ("The German government
    criticized the army. It accused ..." : the government). An it/its subject in between passes
    its own antecedent on ("the group said it had killed ... It also accused")."""
    if pronoun.lower_ not in coreference_cues().thing_pronouns or not stands_for_an_actor(pronoun):
        return None
    parse = pronoun.doc
    sentence = pronoun.sent
    first = parse[sentence.start - 1].sent.start if sentence.start else sentence.start
    if "\n" in parse.text[parse[first].idx : sentence.start_char]:
        first = sentence.start
    for token in reversed(parse[first : pronoun.i]):
        if token.dep_ in SUBJECTS:
            if token.sent.start != sentence.start:
                token = reporter_of(token) or token
            return token if token.pos_ != "PRON" else thing_antecedent(token)
    return None


def reporter_of(subject: Token) -> Token | None:
    """The subject of the verb of saying or belief whose reported clause a subject sits in,
    where that one is not a person ("The German government said the army had killed five
    rebels": the government; not "the secretary said she was"). An it/its in a later sentence
    means the reporter: 8 to 0 on the training texts; inside the reported clause's sentence it
    means the clause's own subject, 10 to 2."""
    verb = subject.head
    while verb.dep_ == "conj":
        verb = verb.head
    cues = event_cues()
    telling = cues.reporting_verbs | cues.belief_verbs
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in telling:
        return None
    reporter = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if reporter is None or reporter.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if reporter.ent_type_ == "PERSON" or names_one_person(reporter):
        return None
    if subject.lower_ in coreference_cues().pronoun_genders:
        return None  # "the secretary said she was ...": one who says "she" of herself
    if reporter.pos_ == "PRON" and reporter.lower_ not in coreference_cues().thing_pronouns:
        return None
    return reporter
