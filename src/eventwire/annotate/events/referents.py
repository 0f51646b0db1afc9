"""Role phrases that point back: "the government", "the military", "our soldiers" name an
actor the article has already named with its country ("Sudanese authorities approved a law
... allows the government to seize" is Sudan's government). The code is the earlier actor's
country with the phrase's own role, and `code_from` points at the earlier words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from eventwire.annotate.actor_members import MODIFIER_DEPENDENCIES
from eventwire.annotate.actors import (
    GOVERNMENT,
    PLURAL_PRONOUNS,
    REPRESENTATIVES,
    code_of,
    entity_of,
    lexicon_matches,
    plural_antecedent,
    plural_pronoun_code,
    resolve_actors,
)
from eventwire.annotate.binding import governing_subject
from eventwire.annotate.events.context import EventContext
from eventwire.annotate.events.syntax import SINGULAR_NOUN_TAGS, first_child, lemma_of
from eventwire.annotate.modality import governing_verb
from eventwire.annotate.parse_views import first_conjunct, span_at
from eventwire.annotate.pronouns import names_one_person, thing_antecedent
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.codebooks.actors import ORGANISATION_PREFIXES, role_codes
from eventwire.records import ActorRef, Analysis, CodeSource, Span

REFERRING_DETERMINERS = actor_cues()["referring_determiner"]
GROUP_NOUNS = actor_cues()["group_noun"]
GROUP = "group"
"""The kind of the names of groups.tsv."""
BLOC_NOUNS = actor_cues()["bloc_noun"]
IGO = "igo"
"""The kind of the names of igos.tsv."""
BODY = "body"
"""A bloc noun only with a `body_modifier` ("the regional body"), else a corpse as often."""
BODY_MODIFIERS = actor_cues()["body_modifier"]
PARTY_MODIFIERS = actor_cues()["party_modifier"]
COUNTRY_NOUNS = actor_cues()["country_noun"]
PAIR_DETERMINERS = actor_cues()["pair_determiner"]
PAIR_NOUNS = actor_cues()["pair_noun"]
PAIR_TITLES = actor_cues()["pair_title"]
REFERRING_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "REB", "UAF", "OPP"})
"""Roles of a country's bodies and armed groups: "the government", "the army", "the rebels"
of a story are the ones it has named with their country, and an "it" after "The German
government" is that government."""

NOT_COUNTRIES = ORGANISATION_PREFIXES

ROLE_MENTIONS_KEY = "eventwire.role_mentions"


@dataclass(frozen=True)
class RoleMention:
    """Words of the article that name an actor with a role and whose it is."""

    role: str
    owner: str
    word: str
    """The lemma of the role word ("troop"); empty for a name, a person or a country that acts
    as its government ("Kenya launched")."""
    text: str
    start: int
    end: int


def referred_roles(context: EventContext, actors: list[ActorRef]) -> list[ActorRef]:
    """Uncoded definite role phrases ("the government", "our soldiers", "the rebels") take
    the country of the actors with that role the article named before them, when all of them
    are one country's, or else all of those named in the phrase's context
    (`context_start`): with two countries' armies named there, "the army" says not whose. An
    international body's force counts only where it is called by the same word ("the troops"
    after "African Union troops"): "the army" or "our soldiers" are a state's."""
    parse = context.parse
    found = []
    for actor in actors:
        pair = referred_pair(context, actor) if actor.code is None else None
        if pair is not None:
            found.extend(pair or [actor])  # two parties, never one country's
            continue
        if actor.code is None:
            known = (
                referred_body(context, actor)
                or pronoun_for_body(context, actor)
                or possessed_role(context, actor)
                or referred_named(context, actor, GROUP_NOUNS, GROUP)
                or referred_named(context, actor, BLOC_NOUNS, IGO)
                or referred_named(context, actor, modified_body(context, actor), IGO)
            )
            if known is not None:
                found.append(known)
                continue
        role = referring_role(parse, actor) if actor.code is None else None
        head = span_at(parse, actor.start, actor.end).root if role else None
        earlier = [
            mention
            for mention in role_mentions(parse, context.analysis)
            if mention.role == role
            and mention.end <= actor.start
            and (mention.owner not in NOT_COUNTRIES or mention.word == head.lemma_.lower())
        ]
        nearest = sole_antecedent(
            parse,
            actor,
            earlier,
            owner=lambda mention: mention.owner,
            start=lambda mention: mention.start,
            may_face=lambda mention: not mention.word,
            acted_on=faced_by_subject(context, actor),
        )
        if nearest is None:
            found.append(actor)
            continue
        evidence = CodeSource("antecedent", nearest.text, nearest.start, nearest.end)
        found.append(replace(actor, code=nearest.owner + role, code_from=evidence))
    return found


Mentioned = TypeVar("Mentioned")


def sole_antecedent(
    parse: Doc,
    actor: ActorRef,
    earlier: list[Mentioned],
    owner: Callable[[Mentioned], str],
    start: Callable[[Mentioned], int],
    may_face: Callable[[Mentioned], bool] = lambda _: True,
    acted_on: frozenset[str] | set[str] = frozenset(),
) -> Mentioned | None:
    """The nearest of the earlier mentions (in text order) a phrase can mean, where those all
    have one `owner`; else None. An owner named in the subject that faces the phrase is not
    the phrase's (`facing_subject`; by mentions that `may_face`), nor one the phrase's own
    clause acts on by name (`acted_on`, `faced_by_subject`); where several owners are
    left and the phrase points back (`points_back`), only mentions that `start` in its
    context count (`context_start`). One reading, so that role and group phrases narrow
    alike."""
    facing = facing_subject(parse, actor)
    faced = {owner(m) for m in earlier if start(m) in facing and may_face(m)} | acted_on
    earlier = [m for m in earlier if owner(m) not in faced]
    if len({owner(m) for m in earlier}) != 1 and points_back(parse, actor):
        near = context_start(parse, actor.start)
        earlier = [m for m in earlier if start(m) >= near]
    return earlier[-1] if len({owner(m) for m in earlier}) == 1 else None


CONTEXT_DETERMINERS = frozenset({"the", "this", "these"})
"""Determiners of a phrase that means what its context has just told of."""
RECENT_SENTENCES = 2
"""How many sentences before a phrase that points back still count as its context."""


def context_start(parse: Doc, offset: int) -> int:
    """Where the context of a phrase that points back begins: the start of the sentence
    `RECENT_SENTENCES` before the phrase's own. An article that names several governments
    or groups has "the government" or "the group" mean the one it has just been telling of
    ("... Draghi said. ... the government has refused": Italy's, though the United States'
    was named paragraphs before)."""
    sentence = span_at(parse, offset, offset + 1)
    if sentence is None or not len(sentence):
        return offset
    first = sentence[0].sent.start
    for _ in range(RECENT_SENTENCES):
        if first == 0:
            break
        first = parse[first - 1].sent.start
    return parse[first].idx


def points_back(parse: Doc, actor: ActorRef) -> bool:
    """Whether a phrase can only mean what its context has just told of: it opens with "the",
    "this" or "these" (not a bare plural, "leaders who invited troops", nor "our", which is
    the speaker's), and no "in" or "of" with a name follows it ("the government in
    Islamabad" says whose it is)."""
    span = span_at(parse, actor.start, actor.end)
    if span is None or not len(span) or span[0].lower_ not in CONTEXT_DETERMINERS:
        return False
    after = parse[span.end : span.end + 2]
    names = lexicon_matches(parse).names
    return not (len(after) == 2 and after[0].lower_ in ("in", "of") and after[1].i in names)


def facing_subject(parse: Doc, actor: ActorRef) -> range:
    """The characters of the subject of the verb a phrase is the object of, directly or
    through a preposition ("Kenya's president accused the government", "held talks with the
    group"): the phrase is the other side of that subject's act, so not the body a subject of
    its own role names by name ("the government" Ruto or Kenya accuses is another's; the one
    the Kenyan opposition accuses is Kenya's, and so is the one "local officials in Garissa"
    urge, a role phrase that may be a lower tier's). Empty where the phrase is a subject itself
    or its verb has none."""
    span = span_at(parse, actor.start, actor.end)
    if span is None or not len(span) or span.root.dep_ in ("nsubj", "nsubjpass"):
        return range(0)
    verb = governing_verb(span.root)
    subject = first_child(verb, {"nsubj"}) if verb is not None else None
    if subject is None:
        return range(0)
    last = subject.right_edge
    return range(subject.left_edge.idx, last.idx + len(last))


FACED_DEPENDENCIES = frozenset({"dobj", "dative"})
"""Where the other side of a subject's act is named, besides its phrases and clause."""
FACED_KINDS = frozenset({"country", "capital"})
"""Kinds of name that stand for a country's government when acted on ("accused Somalia",
"demanded that Beijing ...")."""


def faced_by_subject(context: EventContext, actor: ActorRef) -> set[str]:
    """The countries a subject phrase acts on by name (`facing_subject` the other way round):
    a country, or a capital standing for its government, named as its verb's object, dative
    or prepositional object, or as the subject of its clause ("the government demanded that
    Beijing remove them" is not China's, though China is what the last sentences told of).
    Not a person, who may be a third country's guest ("the monarch will meet Bush"), nor a
    place named as where ("imposed a curfew on towns in Somalia"): each object is read by
    its words up to its head."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span) or span.root.dep_ != "nsubj":
        return set()
    heads = []
    for child in span.root.head.children:
        if child.dep_ in FACED_DEPENDENCIES:
            heads.append(child)
        elif child.dep_ == "prep":
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "ccomp":
            heads.extend(c for c in child.children if c.dep_ == "nsubj")
    names = lexicon_matches(context.parse).names
    published = context.analysis.article.published
    faced = set()
    for head in heads:
        for part in (head, *head.conjuncts):
            match = names.get(part.i)
            if (
                match is not None
                and match.actor.kind in FACED_KINDS
                and part.idx not in context.country_places
                and (code := match.actor.code_on(published))
            ):
                faced.add(code[:3])
    return faced


def coded_referents(context: EventContext, actors: list[ActorRef]) -> list[ActorRef]:
    """The actors that have a code once a phrase that points back has the code of the actor
    it names (`referred_roles`): where a party is kept only when coded ("alleges the
    insurgent group has not lived up to", after "the Taliban"), "the group" or "the
    government" count as much as the names they stand for."""
    return [a for a in referred_roles(context, actors) if a.code]


def referred_pair(context: EventContext, actor: ActorRef) -> list[ActorRef] | None:
    """ "Both countries", "the two leaders", "the prime ministers" (`pair_noun`, `pair_title`)
    stand for the two countries the article named just before them, in their sentence or the
    one before, when exactly two are named there ("Egypt and Turkey are allies. ... both
    countries withdrew their ambassadors": EGY and TUR): one actor on the same words per
    country, each with its role (leaders GOV) and the nearest naming as evidence; none when
    another number of countries is named. None for other phrases."""
    parse = context.parse
    span = span_at(parse, actor.start, actor.end)
    if span is None or len(span) < 2:
        return None
    first, words = span[0].lower_, " ".join(t.lower_ for t in span[1:])
    if first == "the" and span[1].lower_ in PAIR_DETERMINERS:
        first, words = span[1].lower_, " ".join(t.lower_ for t in span[2:])
    if not (
        (first in PAIR_DETERMINERS and words in PAIR_NOUNS)
        or (first == "the" and words in PAIR_TITLES)
    ):
        return None
    sentence = span.sent
    start = parse[sentence.start - 1].sent.start if sentence.start else sentence.start
    window_start, window_end = parse[start].idx, actor.start
    nearest: dict[str, Span] = {}
    for entity in context.analysis.entities:
        country = (entity.actor or "")[:3]
        if not country or country in NOT_COUNTRIES:
            continue
        for mention in entity.mentions:
            if window_start <= mention.start and mention.end <= window_end:
                held = nearest.get(country)
                if held is None or held.start < mention.start:
                    nearest[country] = mention
    if len(nearest) != 2:
        return []
    match = lexicon_matches(parse).roles.get(span.root.i)
    role = match.role.code if match is not None and match.role.code else ""
    return [
        replace(
            actor, code=country + role, code_from=CodeSource("antecedent", m.text, m.start, m.end)
        )
        for country, m in sorted(nearest.items(), key=lambda item: item[1].start)
    ]


def accused_it(context: EventContext, actor: ActorRef) -> ActorRef | None:
    """ "Blamed archrival India, accusing it of providing support": an "it" charged with an
    act of its own is a party, not a thing; it takes the nearest coded actor its sentence
    named before it, outside the accusers' words, with those words as evidence."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or len(span) != 1 or span[0].lower_ != "it" or span[0].dep_ != "dobj":
        return None
    pronoun = span[0]
    verb = pronoun.head
    charged = any(
        child.dep_ == "prep"
        and (lemma_of(verb), child.lower_) in context.cues.accusation_prepositions
        and any(act.tag_ == "VBG" for act in child.children)
        for child in (*verb.children, *pronoun.children)
    )
    if not charged:
        return None
    accusers = [
        range(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        for clause in (verb, *verb.ancestors)
        for subject in clause.children
        if subject.dep_ in ("nsubj", "nsubjpass")
    ]
    earlier = [
        (entity, mention)
        for entity in context.analysis.entities
        if entity.actor
        for mention in entity.mentions
        if pronoun.sent.start_char <= mention.start
        and mention.end <= pronoun.idx
        and not any(mention.start in words for words in accusers)
    ]
    if not earlier:
        return None
    entity, mention = max(earlier, key=lambda found: found[1].start)
    evidence = CodeSource("antecedent", mention.text, mention.start, mention.end)
    return replace(actor, code=entity.actor, name=entity.name, code_from=evidence)


def referred_body(context: EventContext, actor: ActorRef) -> ActorRef | None:
    """ "The Council" after "the U.N. Security Council", "the agency" after "the International
    Energy Agency": a definite phrase of one noun that ends the name of one organisation the
    article named before it takes its code, unless the noun is used for something else since
    (`word_used_since`)."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or [t.lower_ for t in span][:1] != ["the"] or len(span) != 2:
        return None
    word = span[-1].lower_
    earlier = [
        (entity.actor, mention)
        for entity in context.analysis.entities
        if entity.type == "ORG" and entity.actor
        for mention in entity.mentions
        if mention.end <= actor.start
        and len(mention.text.split()) > 1
        and mention.text.split()[-1].lower() == word
    ]
    if len({code for code, _ in earlier}) != 1:
        return None
    code, mention = max(earlier, key=lambda found: found[1].start)
    if word_used_since(context.parse, span, mention.end):
        return None
    evidence = CodeSource("antecedent", mention.text, mention.start, mention.end)
    return replace(actor, code=code, code_from=evidence)


def word_used_since(parse: Doc, phrase: TokenSpan, since: int) -> bool:
    """Whether the head word of a phrase "the <word>" is used between character `since` and
    the phrase, other than after determiners alone, which point back too ("both the council"):
    "the European Commission ... Norland's fisheries commission ... the commission" may mean
    the second."""
    word = phrase[-1].lower_
    pointing = REFERRING_DETERMINERS | PAIR_DETERMINERS
    return any(
        token.lower_ == word and not all(t.lower_ in pointing for t in token.lefts)
        for token in parse[: phrase.start]
        if token.idx >= since
    )


def referred_named(
    context: EventContext, actor: ActorRef, nouns: frozenset[str], kind: str
) -> ActorRef | None:
    """ "The group" or "the banned militant outfit" after "the Baloch Liberation Army", "the
    alliance" after "NATO": a definite phrase whose head is a word for such a body (`nouns`:
    `group_noun`, `bloc_noun`), naming nothing, takes the code of the names of that `kind`
    (groups.tsv: armed groups and movements; igos.tsv: international organisations) the
    article named before it, when all of them have one code, or else all of those named in
    its context (`context_start`). A word for a country's own
    parties (`party_modifier`: "the opposition alliance", "the ruling bloc") names another
    body."""
    parse = context.parse
    span = span_at(parse, actor.start, actor.end)
    if span is None or not len(span) or span[0].lower_ != "the":
        return None
    head = span.root
    names = lexicon_matches(parse).names
    if head.lemma_.lower() not in nouns or any(
        t.pos_ == "PROPN" or t.i in names or t.lower_ in PARTY_MODIFIERS for t in span
    ):
        return None
    earlier = sorted(
        {m for m in names.values() if m.actor.kind == kind and m.end <= span.start},
        key=lambda match: match.start,
    )
    match = sole_antecedent(
        parse,
        actor,
        earlier,
        owner=lambda name: name.actor.code,
        start=lambda name: parse[name.start].idx,
    )
    if match is None:
        return None
    nearest = parse[match.start : match.end]
    evidence = CodeSource("antecedent", nearest.text, nearest.start_char, nearest.end_char)
    return replace(actor, code=match.actor.code, code_from=evidence)


def modified_body(context: EventContext, actor: ActorRef) -> frozenset[str]:
    """{"body"} where a `body_modifier` before the actor's head "body" makes it an
    organisation ("the regional body", "the 15-member body"), else no noun."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span) or span.root.lower_ != BODY:
        return frozenset()
    modified = any(t.lower_ in BODY_MODIFIERS for t in span if t.i < span.root.i)
    return frozenset({BODY}) if modified else frozenset()


def possessed_role(context: EventContext, actor: ActorRef) -> ActorRef | None:
    """A role word owned by a pronoun is the owner's: "Russia said its forces withdrew" is
    RUSMIL, "Bosnian Serbs said their forces" BIHMIL, "President Lee and his government" the
    president's country's government; `code_from` points at the owner's words. A spokesman or
    leader keeps the owner's own role ("protesters ... their leaders" are civilians)."""
    parse = context.parse
    span = span_at(parse, actor.start, actor.end)
    head = span.root if span is not None and len(span) else None
    match = lexicon_matches(parse).roles.get(head.i) if head is not None else None
    if match is None or match.role.code is None:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None:
        return None
    date = context.analysis.article.published
    if owner.lower_ in PLURAL_PRONOUNS:
        antecedent = plural_antecedent(parse, owner)
        code = plural_pronoun_code(parse, owner, context.analysis.entities, date)
        words = parse[antecedent.left_edge.i : antecedent.right_edge.i + 1] if code else None
        evidence = Span.of(parse.text, words.start_char, words.end_char) if words else None
    else:
        entity = entity_of(owner, context.analysis.entities)
        code = entity.actor if entity is not None and entity.type != "NORP" else None
        earlier = [m for m in entity.mentions if m.end <= owner.idx] if code else []
        evidence = max(earlier, key=lambda mention: mention.start) if earlier else None
        if entity is None:
            code, evidence = described_owner(parse, owner, date)
            if code is None:
                code, evidence = described_body(context, owner)
    if not code or evidence is None:
        return None
    role = match.role.code
    if code[:3] in NOT_COUNTRIES:
        full = code
    elif head.lemma_.lower() in REPRESENTATIVES and code[3:6] in role_codes():
        full = code[:6]
    else:
        full = code[:3] + role
    source = CodeSource("antecedent", evidence.text, evidence.start, evidence.end)
    return replace(actor, code=full, code_from=source)


def described_owner(parse: Doc, owner: Token, date: str | None) -> tuple[str | None, Span | None]:
    """The code of the one person a his/her stands for when the clause above names them by a
    description alone ("The Afghan army chief said his forces ..." : AFGMIL), with its words."""
    subject = governing_subject(owner)
    if subject is None or not names_one_person(subject):
        return None, None
    start = subject.left_edge.i
    code = code_of(parse, subject, start, subject.i + 1, date)
    if not code:
        return None, None
    words = parse[start : subject.i + 1]
    return code, Span.of(parse.text, words.start_char, words.end_char)


def pronoun_for_body(context: EventContext, actor: ActorRef) -> ActorRef | None:
    """An "it" no name takes that stands for a body named before it ("The German government
    criticized the army. It accused ..." : DEUGOV), with the words that give the code as
    evidence (`described_body`)."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or len(span) != 1 or entity_of(span[0], context.analysis.entities):
        return None
    code, words = described_body(context, span[0])
    if not code or words is None:
        return None
    return replace(
        actor, code=code, code_from=CodeSource("antecedent", words.text, words.start, words.end)
    )


def described_body(context: EventContext, pronoun: Token) -> tuple[str | None, Span | None]:
    """The code of the body an it/its stands for when its antecedent (`thing_antecedent`) is
    a singular phrase whose head names a country's body or armed group by its role
    (`REFERRING_ROLES`: "The German government", "the Pakistan military") or a group or bloc
    ("the insurgent group"), with the words that give it: the phrase's own, or the earlier
    name the phrase itself points back to (`referred_roles`: "the group" after "al-Shabab").
    None for a thing ("the law") or a person ("Russia's envoy", `names_one_person`)."""
    parse = context.parse
    subject = thing_antecedent(pronoun)
    if (
        subject is None
        or subject.tag_ not in SINGULAR_NOUN_TAGS
        or names_one_person(subject)
        or not names_a_body(subject)
    ):
        return None, None
    words = parse[subject.left_edge.i : subject.i + 1]
    refs = resolve_actors(parse, words.start, words.end, context.analysis)
    if len(refs) != 1:
        return None, None
    (found,) = referred_roles(context, refs)
    evidence = found.code_from
    if not found.code:
        return None, None
    if evidence is not None and evidence.rule == "antecedent" and evidence.text:
        return found.code, Span(evidence.text, evidence.start or 0, evidence.end or 0)
    return found.code, Span.of(parse.text, words.start_char, words.end_char)


def names_a_body(head: Token) -> bool:
    """Whether a noun names a country's body or armed group by its role, or a group or bloc."""
    match = lexicon_matches(head.doc).roles.get(head.i)
    if match is not None and match.role.code in REFERRING_ROLES:
        return True
    return head.lemma_.lower() in GROUP_NOUNS | BLOC_NOUNS


def referring_role(parse: Doc, actor: ActorRef) -> str | None:
    """The role of a phrase made of a definite determiner and role words alone ("the
    government", "our brave soldiers", "the country's security forces"), else None."""
    span = span_at(parse, actor.start, actor.end)
    if span is None or not len(span):
        return None
    head = span.root
    match = lexicon_matches(parse).roles.get(head.i)
    if match is None or match.role.code not in REFERRING_ROLES:
        return None
    if not (any(refers(c) for c in head.lefts if c.dep_ in ("det", "poss")) or bare(span, head)):
        return None
    names = lexicon_matches(parse).names
    if any(t.pos_ == "PROPN" and t.i not in match_range(parse, head) for t in span):
        return None  # a name the tables do not know ("the Azadliq coalition")
    if any(t.i in names for t in span):
        return None
    return match.role.code


def bare(span: TokenSpan, head: Token) -> bool:
    """A phrase of role words alone ("Police said", "security forces clashed"): news names a
    known body so, as "the police" does. Not with any other word ("Central European
    leaders", "two soldiers")."""
    return all(token.i in match_range(span.doc, head) for token in span)


def refers(word: Token) -> bool:
    """A determiner or possessor that points back: "the", "our", "the country's"."""
    if word.lower_ in REFERRING_DETERMINERS:
        return True
    definite = any(c.lower_ in REFERRING_DETERMINERS for c in word.children if c.dep_ == "det")
    return word.lemma_.lower() in COUNTRY_NOUNS and definite


def match_range(parse: Doc, head: Token) -> range:
    match = lexicon_matches(parse).roles[head.i]
    return range(match.start, match.end)


def role_mentions(parse: Doc, analysis: Analysis) -> list[RoleMention]:
    """Every coded actor of the article with one of `REFERRING_ROLES`, in text order: people
    and bodies by their code ("IRGC" IRNMIL), role phrases by their words ("Sudanese authorities",
    "security forces in Somalia", "African Union troops", whose owner is IGO), and a country
    that acts, as its government ("Kenya launched an operation")."""
    cached = parse.user_data.get(ROLE_MENTIONS_KEY)
    if cached is not None and cached[0] is analysis:
        return cached[1]
    mentions = []
    for entity in analysis.entities:
        code = entity.actor or ""
        if code[3:6] in REFERRING_ROLES and code[3:6] in role_codes():
            mentions.extend(
                RoleMention(code[3:6], code[:3], "", m.text, m.start, m.end)
                for m in entity.mentions
            )
    for match in sorted(set(lexicon_matches(parse).names.values()), key=lambda m: m.start):
        subject = first_conjunct(parse[match.end - 1])  # "Chile, Peru and Bolivia held talks"
        if match.actor.kind == "country" and subject.dep_ in ("nsubj", "nsubjpass"):
            code = match.actor.code_on(analysis.article.published) or ""
            words = parse[match.start : match.end]
            mentions.append(
                RoleMention(GOVERNMENT, code[:3], "", words.text, words.start_char, words.end_char)
            )
    roles = lexicon_matches(parse).roles
    for index in sorted({match.end - 1 for match in roles.values()}):
        head = parse[index]
        role = roles[index].role.code
        if role not in REFERRING_ROLES or head.dep_ in MODIFIER_DEPENDENCIES:
            continue
        start, end = head.left_edge.i, head.right_edge.i + 1
        for ref in resolve_actors(parse, start, end, analysis):
            if ref.code and ref.start <= head.idx < ref.end:
                # the code's own role first: "an al-Shabab leader" is SOMREB, not a government
                own = ref.code[3:6] if ref.code[3:6] in role_codes() else role
                owner, word = ref.code[:3], head.lemma_.lower()
                mentions.append(RoleMention(own, owner, word, ref.text, ref.start, ref.end))
    mentions.sort(key=lambda mention: (mention.start, mention.end))
    parse.user_data[ROLE_MENTIONS_KEY] = (analysis, mentions)
    return mentions
