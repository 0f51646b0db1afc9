"""Rule-based coreference: which words of an article refer to the same person or organisation.

No coreference package works offline, so these are rules, each a common newswire habit:
- a surname repeats a full name given elsewhere ("Pakpour" -> "Mohammad Pakpour"), also when
  the tagger missed it or called it a place ("Lieutenant General Soleimani");
- where full names share a surname, a lone one is the person the article already calls by it
  alone (with an honorific of the same gender: "Mr. Clinton", "Mrs. Clinton"); a full name
  without a middle word is the fuller one ("Donald Trump", "Donald J. Trump") unless a
  sentence names both;
- a person is introduced with a title or an apposition ("then-US President Donald Trump",
  "Mohammad Pakpour, the commander of the IRGC's ground forces"), which gives their actor code
  and the role words a later title phrase uses ("The IRGC commander" -> Pakpour, the nearest
  person before it with that role and a compatible code; the first after it in a headline);
- another word for the same office over the same body ("Navy Chief" for "the commander of the
  Turkish navy") refers to the one person introduced so, and to no one when two fit;
- a family name first ("Dr. Lai") is the one full name it begins ("Lai Ching-te");
- "the <person noun>" as a subject goes on about the subject of the sentence before, or is the
  untitled person first named as the subject of the sentence after ("The Taliban chief");
- pronouns (`pronouns.py`): a his/her or an embedded he is the subject of the clause above
  it; else he/she/him/his/her
  refer to the last person mentioned in the same paragraph whose gender (from an honorific,
  the pronouns bound to their name, or an earlier pronoun) does not contradict it;
- it/its refer to the country or organisation that is the subject of the same or the previous
  sentence of the paragraph ("Tehran declared that it would ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from eventwire.annotate.actor_members import argument_head
from eventwire.annotate.actors import (
    code_of,
    held_code,
    lexicon_matches,
    role_of,
    says_held_before,
)
from eventwire.annotate.binding import SUBJECTS
from eventwire.annotate.office_holders import (
    add_office_holder_codes,
    untagged_office_holders,
)
from eventwire.annotate.parse_views import entities_of, indices_spelled, text_of
from eventwire.annotate.places import dateline_at
from eventwire.annotate.pronouns import add_pronoun_mentions, names_one_person
from eventwire.codebooks.actor_cues import actor_cues, coreference_cues
from eventwire.codebooks.actors import USER_KINDS, NameMatch

NOT_NAME_STARTS = frozenset({"DET", "PUNCT", "ADP", "SCONJ", "CCONJ"})
"""Parts of speech no name begins with: an article, or a preposition or conjunction that
opens the sentence."""

TITLE_DEPENDENCIES = frozenset(
    {"compound", "amod", "advmod", "nmod", "npadvmod", "punct", "det", "poss", "nummod"}
)
"""Words before a name that belong to its title ("then-US President", "senior Iraqi militia
commander")."""
COUNTRY_CODE_LENGTH = 3
"""A code of a country alone, with no role ("USA", not "USAGOV")."""


@dataclass
class Person:
    """A person of the article: every mention (token ranges) and what the text says they are."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    names: list[tuple[int, int]] = field(default_factory=list)
    """The name words alone of each named mention, without titles."""
    descriptions: list[tuple[int, int, int]] = field(default_factory=list)
    """(head, start, end) token ranges of titles and appositions, in text order."""
    roles: set[str] = field(default_factory=set)
    bodies: set[str] = field(default_factory=set)
    """Role words of the body an apposition puts them at the head of ("navy" in "the commander
    of the Turkish navy")."""
    code: str | None = None
    code_rule: str = "person"
    """Which rule of docs/actors.md gave `code`: how the article introduces them, or the
    office-holder table (`office_holder`)."""
    gender: str | None = None
    """"m" or "f" once an honorific or a pronoun says so; pronouns then skip the other."""
    apposed_gender: str | None = None
    """The gender a noun in apposition says ("her husband, Peter Finch"): taken where neither
    an honorific nor the pronouns bound to the name say one (`pronouns.settle_genders`)."""

    @property
    def family_name(self) -> str:
        """The last word of their name as names are compared (`name_word_key`): "O’Neill" and
        "O'Neill" are one family."""
        return name_word_key(self.name.split()[-1])


def find_people(parse: Doc, date: str | None) -> list[Person]:
    """People named in the parse, with all their mentions, merged by the rules above."""
    known = lexicon_matches(parse).names
    named: list[tuple[Span, Token]] = []
    for ent in [*entities_of(parse), *listed_people(parse), *untagged_office_holders(parse, date)]:
        if ent.label_ != "PERSON":
            continue
        name = name_tokens(parse, ent)
        if name is not None and spelled_as_name(name) and not names_an_actor(name, known):
            named.append((name, name_head(name)))
    people: dict[tuple[str, ...], Person] = {}
    by_tail: dict[tuple[str, ...], list[Person]] = {}
    shorter_forms: dict[tuple[str, ...], Person] = {}
    sentences: dict[tuple[str, ...], set[int]] = {}
    for name, _ in named:
        sentences.setdefault(name_key(name), set()).add(name.sent.start)
    for name, _ in sorted(named, key=lambda item: -len(item[0])):
        key = name_key(name)
        if len(key) > 1 and key not in people and key not in by_tail:
            fuller = [
                other
                for other in people
                if is_shorter_form(key, other) and not sentences[key] & sentences[other]
            ]
            if len(fuller) == 1:
                shorter_forms[key] = people[fuller[0]]
                continue
            people[key] = person = Person(name.text)
            for size in range(1, len(key)):
                by_tail.setdefault(key[-size:], []).append(person)
    taken: set[int] = set()
    for name, head in named:
        key = name_key(name)
        person = (
            people.get(key)
            or shorter_forms.get(key)
            or surname_holder(parse, by_tail.get(key, []), name, head)
        )
        if person is None:
            people[key] = person = Person(name.text)
        add_name_mention(parse, person, name, head, taken)
    organisations = {i for i, match in known.items() if not match.actor.is_country}
    surnames = {tail[0] for tail in by_tail if len(tail) == 1}
    spellings = surnames | {surname.replace("'", "’") for surname in surnames}
    for i in indices_spelled(parse, (LOWER,), spellings):
        token = parse[i]
        if i in taken or i in organisations or not (token.pos_ == "PROPN" or token.is_title):
            continue
        person = surname_holder(parse, by_tail[name_key(parse[i : i + 1])], parse[i : i + 1], token)
        add_name_mention(parse, person, parse[i : i + 1], token, taken)
    found = sorted(people.values(), key=lambda p: min(p.mentions))
    for person in found:
        person.descriptions.sort()
        own_names = frozenset(i for start, end in person.names for i in range(start, end))
        person.code = next(
            (
                code
                for _, start, end in person.descriptions
                if (code := description_code(parse, start, end, date, own_names))
                and (code := held_code(code, parse[start:end]))
            ),
            None,
        ) or with_title_role(parse, person, listed_code(parse, person, date))
    add_office_holder_codes(parse, found, date)
    found = joined_family_names(parse, found)
    add_title_mentions(parse, found, taken, date)
    add_described_mentions(parse, found, taken, date)
    add_pronoun_mentions(parse, found)
    for person in found:
        person.mentions = sorted(set(person.mentions))
    return found


def joined_family_names(parse: Doc, people: list[Person]) -> list[Person]:
    """A lone name that begins the full name of one coded person of a country whose names put
    the family name first (`family_name_first` in `actor_cues.tsv`) is that person's family
    name: "Dr. Lai" after "Lai Ching-te", "Kim" after "Kim Jong Un". With two full names it
    begins ("Kim Jong Un", "Kim Yo Jong") it stays apart."""
    first_countries = {code.upper() for code in actor_cues()["family_name_first"]}
    by_family: dict[str, list[Person]] = {}
    for person in people:
        start, end = person.names[0] if person.names else (0, 0)
        if end - start > 1:
            by_family.setdefault(name_key(parse[start : start + 1])[0], []).append(person)
    kept = []
    for person in people:
        start, end = person.names[0] if person.names else (0, 0)
        holders = by_family.get(name_key(parse[start:end])[0]) if end - start == 1 else None
        holder = holders[0] if holders is not None and len(holders) == 1 else None
        if person.code is None and holder and (holder.code or "")[:3] in first_countries:
            holder.mentions.extend(person.mentions)
            holder.names.extend(person.names)
            holder.descriptions = sorted(holder.descriptions + person.descriptions)
            holder.gender = holder.gender or person.gender
            holder.apposed_gender = holder.apposed_gender or person.apposed_gender
            continue
        kept.append(person)
    return kept


def name_key(name: Span) -> tuple[str, ...]:
    """A name's words as compared (`name_word_key`)."""
    return tuple(name_word_key(token.text) for token in name)


def name_word_key(word: str) -> str:
    """A name's word as compared: case and apostrophe style do not matter ("De Blasio",
    "de Blasio"; "O’Neill", "O'Neill")."""
    return word.lower().replace("’", "'")


def name_tokens(parse: Doc, ent: Span) -> Span | None:
    """The name inside a PERSON entity: no article, possessive or leading title words, nor
    a sentence's first word the tagger took in ("Beyond Ukraine, ministers discussed")."""
    start, end = ent.start, ent.end
    while start < end and (parse[start].pos_ in NOT_NAME_STARTS or parse[start].is_space):
        start += 1
    while end > start and (parse[end - 1].tag_ == "POS" or parse[end - 1].is_punct):
        end -= 1
    roles = lexicon_matches(parse).roles
    while start < end - 1 and start in roles and roles[start].role.title:
        start = roles[start].end
    return parse[start:end] if start < end else None


def listed_people(parse: Doc) -> list[Span]:
    """Names a user's table lists as people, where the tagger did not see a person."""
    tagged = {token.i for ent in entities_of(parse) if ent.label_ == "PERSON" for token in ent}
    matches = set(lexicon_matches(parse).names.values())
    return [
        Span(parse, match.start, match.end, label="PERSON")
        for match in sorted(matches, key=lambda match: match.start)
        if match.actor.type == "PERSON" and not tagged & set(range(match.start, match.end))
    ]


def spelled_as_name(name: Span) -> bool:
    """Whether a tagged "person" has a word spelled as a name is, a capital then small letters
    ("Rubio", "McCain", "Xi"): not "anti-LGBT" or "LGBT", which would otherwise take the he and
    his of the person named before them."""
    return any(token.text[:1].isupper() and any(c.islower() for c in token.text) for token in name)


def names_an_actor(name: Span, known: dict[int, NameMatch]) -> bool:
    """A "person" our tables know as a place or organisation ("Ankara"), or made of our names
    alone ("Bosnian Serbs"); people in a user's tables (PETRARCH's office-holders) stay people."""
    matches = [known.get(token.i) for token in name]
    return all(match is not None and match.actor.kind not in USER_KINDS for match in matches)


def listed_code(parse: Doc, person: Person, date: str | None) -> str | None:
    """The code a user's table gives one of the person's names, on the article's date."""
    known = lexicon_matches(parse).names
    for start, end in person.names:
        match = known.get(start)
        if match is not None and (match.start, match.end) == (start, end):
            return match.actor.code_on(date)
    return None


def with_title_role(parse: Doc, person: Person, code: str | None) -> str | None:
    """A listed country with the role the person's title gives ("Prime Minister" + NOR)."""
    if code is None or len(code) != COUNTRY_CODE_LENGTH:
        return code
    for head, start, end in person.descriptions:
        role = role_of(parse, parse[head], start, end)
        if role:
            return code + role
    return code


def name_head(name: Span) -> Token:
    return name.root if name.root.i >= name.start else name[-1]


def is_shorter_form(name: tuple[str, ...], fuller: tuple[str, ...]) -> bool:
    """Whether a name is a fuller one without some middle words: "Donald Trump" of "Donald J.
    Trump", "Hillary Clinton" of "Hillary Rodham Clinton". `find_people` joins them unless
    another fuller name fits too or one sentence names both ("Prescott Bush, George Bush and
    George W. Bush")."""
    if len(name) >= len(fuller) or (name[0], name[-1]) != (fuller[0], fuller[-1]):
        return False
    words = iter(fuller)
    return all(word in words for word in name)


def surname_holder(parse: Doc, candidates: list[Person], name: Span, head: Token) -> Person | None:
    """The person a lone name refers to where several full names end in it: among those whose
    honorific says its gender, else those of no known gender ("Mr. Clinton" is not the one
    called "Mrs. Clinton"), the one the article, having named them in full, already calls by
    the name alone with the same honorific, as a careful writer names the others in full
    ("Hillary Clinton ... Clinton said ... her husband, Bill Clinton, ... Clinton added" is
    Hillary); else the nearest."""
    gender = honorific_gender(parse, title_start(parse, head, name.start), name.start)
    fitting = (
        [p for p in candidates if gender is not None and p.gender == gender]
        or [p for p in candidates if gender is None or p.gender is None]
        or candidates
    )
    called = [
        (first, person)
        for person in fitting
        if (first := first_lone_use(parse, person, name, gender)) is not None
    ]
    if called:
        return min(called, key=lambda item: item[0])[1]
    return nearest(fitting, head.i)


def first_lone_use(parse: Doc, person: Person, name: Span, gender: str | None) -> int | None:
    """Where the article, having named the person in full, first calls them by the name alone
    before it, with an honorific of the same gender where it has one (a headline's lone name,
    before anyone is introduced, decides nothing)."""
    introduced = min((start for start, end in person.names if end - start > 1), default=None)
    if introduced is None:
        return None
    word = name_key(name)
    return min(
        (
            start
            for start, end in person.names
            if introduced < start < name.start
            and name_key(parse[start:end]) == word
            and gender in (None, honorific_gender(parse, mention_start(person, start, end), start))
        ),
        default=None,
    )


def mention_start(person: Person, start: int, end: int) -> int:
    """Where the mention of a name begins, with its title words."""
    return min(
        (first for first, last in person.mentions if last == end and first <= start), default=start
    )


def honorific_gender(parse: Doc, start: int, end: int) -> str | None:
    """The gender an honorific among the words says ("Mrs." "f"), if any."""
    genders = coreference_cues().honorific_genders
    return next((genders[t.lower_] for t in parse[start:end] if t.lower_ in genders), None)


def nearest(candidates: list[Person], position: int) -> Person | None:
    """The candidate mentioned last before a position, else the first one mentioned at all."""
    before = [p for p in candidates if p.mentions and min(p.mentions)[0] <= position]
    if before:
        return max(before, key=lambda p: max(m for m in p.mentions if m[0] <= position))
    return candidates[0] if candidates else None


def add_name_mention(parse: Doc, person: Person, name: Span, head: Token, taken: set[int]) -> None:
    """A name with its title words in front ("Lieutenant General Soleimani"), and what the
    title and any apposition say about the person."""
    start = title_start(parse, head, name.start)
    person.gender = person.gender or honorific_gender(
        parse, honorific_start(name, start), name.start
    )
    person.mentions.append((start, name.end))
    person.names.append((name.start, name.end))
    taken.update(range(start, name.end))
    of_phrase = next(
        (
            child
            for child in head.rights
            if child.dep_ == "prep" and child.lower_ == "of" and names_whose(child)
        ),
        None,
    )
    end = of_phrase.right_edge.i + 1 if of_phrase is not None else name.end
    if start < name.start or end > name.end:
        person.descriptions.append((head.i, start, end))  # "King Hassan of Morocco"
        person.roles.update(role_words(parse, start, name.start))
    for apposition in appositions(head):
        left = left_part_start(apposition)
        person.descriptions.append((apposition.i, *description_range(apposition, head)))
        person.roles.add(apposition.lower_)
        person.apposed_gender = person.apposed_gender or apposed_gender(apposition, name, head)
        person.roles.update(role_words(parse, left, apposition.i + 1))
        person.bodies.update(role_words(parse, apposition.i + 1, apposition.right_edge.i + 1))
        if apposition.pos_ == "NOUN" and left < apposition.i:
            person.mentions.append((left, apposition.i + 1))


def honorific_start(name: Span, start: int) -> int:
    """Where the words read for a name's honorific begin: its title words, and the word right
    before the name that the parser hangs on the first name, not on the head the title words
    are read from ("Ms." in "Ms. Laura Finch"), so that the honorific still says her gender."""
    before = name.start - 1
    if before >= 0 and name.start <= name.doc[before].head.i < name.end:
        return min(start, before)
    return start


def apposed_gender(apposition: Token, name: Span, head: Token) -> str | None:
    """The gender a noun in apposition says the named person is ("her husband, Peter Finch":
    "m"). Not where the noun has a name or a list of its own ("Jack Finch, his wife, Ana,
    and ...", "Ana Finch, whose husband, Jack Finch, ...", "Ana Finch, businessman and ..."),
    nor for a lone name, which may be someone the tagger missed ("his sister, Ana Ruiz" with
    "Ana" untagged)."""
    if len(name) < 2 or any(
        child.dep_ == "conj" or (child.dep_ == "appos" and child.i != head.i)
        for child in apposition.children
    ):
        return None
    return coreference_cues().noun_genders.get(apposition.lower_)


def names_whose(of_phrase: Token) -> bool:
    """Whether an "of" after a name says where or whose the person is ("King Hassan of
    Morocco"), not what a verb charges them with: "accused Donald Trump of showing support
    for Russian President Vladimir Putin" (a gerund, naming another person) is no Russian
    title."""
    return not any(
        child.dep_ == "pcomp" or child.tag_ == "VBG" for child in of_phrase.children
    ) and not any(token.ent_type_ == "PERSON" for token in of_phrase.subtree)


def title_start(parse: Doc, head: Token, start: int) -> int:
    """Extend a name leftwards over the contiguous title words that modify it, never over the
    article's dateline: "KYIV (VOA) - Keith Kellogg" is no Ukrainian title, the parser's
    attachment notwithstanding. The dateline is read from the line's start, since a title
    may begin inside it ("AUSTIN, Tex. - Sen. Ana Ruiz" hangs "Tex." on the name)."""
    for child in reversed(list(head.lefts)):
        if child.i >= start:
            continue
        if child.dep_ not in TITLE_DEPENDENCIES or child.right_edge.i != start - 1:
            break
        if child.dep_ == "poss" and child.pos_ == "PRON":
            break
        if any(t.ent_type_ == "PERSON" for t in child.subtree):
            break
        start = child.left_edge.i
    text = text_of(parse)
    line_start = text.rfind("\n", 0, parse[start].idx) + 1
    dateline = dateline_at(text, line_start)
    while dateline is not None and start < head.i and parse[start].idx < dateline.end():
        start += 1
    while start < head.i and (parse[start].is_punct or parse[start].is_space):
        start += 1
    return start


def appositions(head: Token) -> list[Token]:
    """Singular nouns in apposition right beside a name, after it ("X, the commander of ...")
    or before it ("top Iranian general, Qasem Soleimani"), also past a title's own phrase
    ("The U.N. special representative in Haiti, Ana Ruiz"; not "his brother-in-law, X")."""
    after = [
        child
        for child in head.rights
        if child.dep_ == "appos" and child.tag_ == "NN" and child.left_edge.i - head.i <= 2
    ]
    before = head.head
    own_phrase = [c.right_edge.i for c in before.rights if c.dep_ == "prep" and c.i < head.i]
    phrase_end = max(own_phrase, default=before.i)
    beside = before.i < head.i and (
        head.left_edge.i - before.i <= 2
        or (head.left_edge.i - phrase_end <= 2 and names_one_person(before))
    )
    if head.dep_ == "appos" and beside and before.tag_ == "NN":
        return [before, *after]
    return after


def left_part_start(noun: Token) -> int:
    """Where a noun phrase begins, up to its head noun ("the commander", "top Iranian general")."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.right_edge.i != start - 1 or child.dep_ not in TITLE_DEPENDENCIES:
            break
        start = child.left_edge.i
    return start


def description_range(apposition: Token, name_head: Token) -> tuple[int, int]:
    """The apposition's own words, without the name it describes."""
    if apposition.i < name_head.i:
        return apposition.left_edge.i, min(apposition.i + 1, name_head.left_edge.i)
    return apposition.left_edge.i, apposition.right_edge.i + 1


def role_words(parse: Doc, start: int, end: int) -> set[str]:
    roles = lexicon_matches(parse).roles
    return {parse[i].lower_ for i in range(start, end) if i in roles}


def description_code(
    parse: Doc, start: int, end: int, date: str | None, own_names: frozenset[int] = frozenset()
) -> str | None:
    """The code a title or apposition gives: an organisation, or a country with a role. The
    person's own name is left out: what a dictionary lists for the name comes after what the
    text says ("Israeli Prime Minister" over a listed name's out-of-office code)."""
    return code_of(parse, argument_head(parse, start, end), start, end, date, own_names)


def add_title_mentions(parse: Doc, people: list[Person], taken: set[int], date: str | None) -> None:
    """Definite title phrases ("The IRGC commander") as mentions of the person with that role."""
    by_role: dict[str, list[Person]] = {}
    for person in people:
        for role in person.roles:
            by_role.setdefault(role, []).append(person)
    by_office = same_office_holders(people)
    roles = lexicon_matches(parse).roles
    known = lexicon_matches(parse).names
    for i in indices_spelled(parse, (LOWER,), by_role.keys() | by_office.keys()):
        token = parse[i]
        candidates = by_role.get(token.lower_, [])
        if i in taken or i not in roles or token.tag_ not in ("NN", "NNP"):
            continue
        if token.dep_ in ("compound", "amod"):
            continue
        determiners = [c.lower_ for c in token.lefts if c.dep_ == "det"]
        named_modifiers = [
            c
            for c in token.lefts
            if c.dep_ in ("compound", "poss", "nmod", "amod")
            and (c.pos_ == "PROPN" or c.i in known)
        ]
        if determiners and determiners[0] not in coreference_cues().definite_determiners:
            continue
        if not determiners and not named_modifiers:
            continue
        start = left_part_start(token)
        code = code_of(parse, token, start, token.i + 1, date)
        past = says_held_before(parse[start : token.i + 1])
        fitting = [
            p
            for p in candidates
            if compatible(code, p.code) and not (past and sitting(parse, p, token.lower_))
        ]
        person = antecedent(fitting, token.i)
        if person is None:
            holders = [
                p
                for p in by_office.get(token.lower_, [])
                if compatible(code, p.code) and not (past and sitting(parse, p, token.lower_))
            ]
            person = office_holder(parse, token, holders)
        if person is not None:
            person.mentions.append((start, token.i + 1))
            taken.update(range(start, token.i + 1))


def sitting(parse: Doc, person: Person, role: str) -> bool:
    """Whether the person holds the role on the article's date, as far as the text and the
    table tell: a mention holds the role word with no word saying the office is past
    ("President Obama", "the president"), and their code is not the country alone, which
    `add_office_holder_codes` gives one the table has out of office by the article's date.
    "The former president" names no sitting holder (another president, however the chain
    runs); "the fall of President Bashar al-Assad" ... "the former president" stays one
    person."""
    titled = any(
        any(token.lower_ == role for token in parse[start:end])
        and not says_held_before(parse[start:end])
        for start, end in person.mentions
    )
    left = person.code is not None and len(person.code) == COUNTRY_CODE_LENGTH
    return titled and not left  # the table gave the country alone: out of office by then


def add_described_mentions(
    parse: Doc, people: list[Person], taken: set[int], date: str | None
) -> None:
    """A definite phrase for one person that names no one, as the subject of its sentence
    ("The Taliban chief was referring to ..."), goes on about the person who was the subject
    of the sentence before ("'...,' said Mawlawi Hibatullah Akhundzada."): it is their
    mention, and its code is theirs where their introduction gave none. So does one before a
    sentence whose subject is a person named there first with no title ("The U.N. special
    envoy for Syria is calling for ... . Geir Pedersen said"), as news leads name people. A
    code of another country says it is someone else; after the name, a phrase with an owner
    or an "of" ("Washington's envoy", "the leader of ISIS") or inside a quote may be anyone."""
    owners = {i: p for p in people for start, end in p.mentions for i in range(start, end)}
    sentences = list(parse.sents)
    for previous, sentence in pairwise(sentences):
        before, subject = first_subject(previous.root), first_subject(sentence.root)
        found = None
        described = described_person(subject, taken, owners, sentence, after_name=True)
        if described is not None and before is not None and before.i in owners:
            found = owners[before.i], described
        described = described_person(before, taken, owners, previous, after_name=False)
        if described is not None and subject is not None and subject.i in owners:
            named = owners[subject.i]
            first = min(named.mentions)[0] >= sentence.start
            if first and named.code is None and not named.descriptions:
                found = named, described
        if found is None:
            continue
        person, (start, head) = found
        code = code_of(parse, head, start, head.i + 1, date)
        if not compatible(code, person.code):
            continue
        if code and not person.code:
            person.code, person.code_rule = code, "person"
        person.mentions.append((start, head.i + 1))
        taken.update(range(start, head.i + 1))


def described_person(
    subject: Token | None,
    taken: set[int],
    owners: dict[int, Person],
    sentence: Span,
    after_name: bool,
) -> tuple[int, Token] | None:
    """(start, head) of a subject that is a definite phrase for one person naming no one."""
    if subject is None or subject.i in taken or subject.i in owners:
        return None
    start = left_part_start(subject)
    words = subject.doc[start : subject.i + 1]
    if (
        not names_one_person(subject)
        or not (words[0].lower_ == "the" or (not after_name and owned_title(subject, words)))
        or any(token.ent_type_ == "PERSON" for token in words)
        or sentence[0].is_quote
        or (after_name and any(child.dep_ == "prep" for child in subject.rights))
    ):
        return None
    return start, subject


def owned_title(subject: Token, words: Span) -> bool:
    """Whether the phrase opens with its owner's name ("China's U.N. ambassador", "Norway's
    trade envoy"): a title a lead gives before the name, as "the" does; not "his envoy"."""
    return any(
        child.dep_ == "poss" and child.pos_ == "PROPN" and child.left_edge == words[0]
        for child in subject.lefts
    )


def first_subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in SUBJECTS), None)


def same_office_holders(people: list[Person]) -> dict[str, list[Person]]:
    """Title word -> people introduced at the head of a body with another word for the same
    office ("chief" -> the person introduced as "the commander of the navy")."""
    holders: dict[str, list[Person]] = {}
    for office in coreference_cues().same_offices:
        for person in people:
            own = person.roles & office
            if own and person.bodies:
                for word in office - own:
                    holders.setdefault(word, []).append(person)
    return holders


def office_holder(parse: Doc, title: Token, holders: list[Person]) -> Person | None:
    """The one person whose body the title's modifiers name ("Navy Chief"), if only one."""
    body = role_words(parse, title.left_edge.i, title.i)
    fitting = [person for person in holders if body and body <= person.bodies]
    return fitting[0] if len(fitting) == 1 else None


def compatible(code: str | None, other: str | None) -> bool:
    return code is None or other is None or code[:3] == other[:3]


def antecedent(candidates: list[Person], position: int) -> Person | None:
    """The candidate introduced last before the position, else the first introduced after it."""
    before = [p for p in candidates if p.descriptions and p.descriptions[0][1] < position]
    if before:
        return max(before, key=lambda p: p.descriptions[0][1])
    after = [p for p in candidates if p.descriptions]
    return min(after, key=lambda p: p.descriptions[0][1]) if after else None
