"""The actors an argument names: its phrase split at coordinations, lists and examples
("Hungary and Romania", "Hungarian and Romanian officials", "partners such as Chile and Peru",
"three countries — Chile, Peru and Bolivia"), each member with its head and its words. Their
codes are for `actors.py`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.codebooks.actor_cues import actor_cues
from eventwire.codebooks.events import event_cues

EXAMPLE_PREPOSITIONS = actor_cues()["example_preposition"]

MODIFIER_DEPENDENCIES = frozenset({"amod", "compound", "nmod"})

NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})

NAMES = frozenset({"PERSON", "ORG", "GPE"})
"""Entity types of a name that is an actor of its own beside a noun ("Orban and other ...")."""


@dataclass(frozen=True)
class Conjunct:
    """One actor of an argument: tokens [start, end) around `head`.

    `role_head` is the noun whose role a fronted adjective shares ("Hungarian" in "Hungarian
    and Romanian officials" takes "officials"); otherwise it is the head itself.
    """

    head: int
    start: int
    end: int
    role_head: int


def conjuncts_of(parse: Doc, start: int, end: int) -> list[Conjunct]:
    """Split an argument at its coordinations: "Hungary and Romania", "Hungarian and Romanian
    officials" and "Tehran and world powers" each give two actors."""
    head = argument_head(parse, start, end)
    if head.lemma_.lower() in event_cues().collective_nouns:
        # "thousands of Kenyans", "members of the Kenyan parliament": the group is the actor
        group = [o for p in head.rights if p.lower_ == "of" for o in p.children if o.i < end]
        if group and group[0].dep_ == "pobj":
            return conjuncts_of(parse, group[0].left_edge.i, min(end, group[0].right_edge.i + 1))
    examples = named_examples(head, start, end)
    if examples:
        words_end = min(t.i for t in examples[0].head.subtree)
        return [
            *conjuncts_of(parse, start, trimmed_end(parse, start, words_end)),
            *(member_span(parse, example, examples, start, end) for example in examples),
        ]
    members = listed_after(head, start, end) or [
        head,
        *(c for c in head.conjuncts if start <= c.i < end),
    ]
    members += listed_in_apposition(head, start, end)
    members += joined_inside(members[1:], start, end)
    if len(members) > 1:
        return [member_span(parse, member, members, start, end) for member in sorted(members)]
    for modifier in head.lefts:
        if modifier.dep_ not in MODIFIER_DEPENDENCIES or modifier.i < start:
            continue
        joined = coordinated_name(parse, modifier, head, end)
        if joined:
            return joined
        shared = [modifier, *(c for c in modifier.conjuncts if start <= c.i < head.i)]
        if len(shared) < 2:
            continue
        shared.sort()
        parts = [member_span(parse, m, shared, start, end, role_head=head.i) for m in shared[:-1]]
        last = member_span(parse, shared[-1], shared, start, end)
        whole = Conjunct(shared[-1].i, last.start, trimmed_end(parse, last.start, end), head.i)
        return [*parts, whole]
    return [Conjunct(head.i, *trimmed(parse, start, end), head.i)]


def listed_in_apposition(head: Token, start: int, end: int) -> list[Token]:
    """The rest of a list of names the parser hung on the first as an apposition ("members
    Chile, Peru and Bolivia"), also where it joined the last name to a word inside the one
    before (`joined_inside`)."""
    if head.pos_ != "PROPN":
        return []
    for appos in head.children:
        if appos.dep_ != "appos" or appos.pos_ != "PROPN" or not start <= appos.i < end:
            continue
        listed = [c for c in appos.conjuncts if start <= c.i < end]
        if listed:
            return [appos, *listed]
        if joined_inside([appos], start, end):
            return [appos]  # and the names joined inside it, which the caller adds
    return []


def listed_after(head: Token, start: int, end: int) -> list[Token]:
    """The names a description lists after a dash, colon or comma ("its biggest trading
    partners — Chile, Bolivia and Ecuador"): they are the actors, the description only says
    what they are."""
    if head.pos_ != "NOUN":
        return []
    for appos in head.children:
        if appos.dep_ != "appos" or appos.pos_ != "PROPN" or not start <= appos.i < end:
            continue
        if not head.doc[appos.left_edge.i - 1].is_punct:
            continue  # "reporters Bob Woodward and Carl Bernstein": a title, not a list
        listed = [appos, *(c for c in appos.conjuncts if start <= c.i < end)]
        if len(listed) > 1:
            return listed
    return []


def joined_inside(members: list[Token], start: int, end: int) -> list[Token]:
    """Names the parser joined to a word inside a member of a list rather than to the list
    ("the Lima Society for Conservation and the Quito Wildlife Society": "Society" joined to
    "Conservation"): a name with its own determiner is a member of its own."""
    return [
        token
        for member in members
        for token in member.subtree
        if token.dep_ == "conj"
        and token.pos_ == "PROPN"
        and token.head not in members
        and start <= token.i < end
        and any(child.dep_ == "det" for child in token.children)
    ]


def named_examples(head: Token, start: int, end: int) -> list[Token]:
    """Names a phrase lists as its examples ("its neighbours, including Chile and Bolivia",
    "populist leaders, such as President X"): each is an actor of its own, beside the phrase."""
    for child in head.rights:
        cue = f"{child.nbor(-1).lower_} {child.lower_}" if child.i else child.lower_
        if child.dep_ != "prep" or not ({child.lower_, cue} & EXAMPLE_PREPOSITIONS):
            continue
        named = next((c for c in child.children if c.dep_ == "pobj"), None)
        if named is None or not start <= named.i < end:
            continue
        examples = [named, *(c for c in named.conjuncts if start <= c.i < end)]
        if all(e.pos_ == "PROPN" or e.ent_type_ in NAMES for e in examples):
            return examples
    return []


def coordinated_name(parse: Doc, modifier: Token, head: Token, end: int) -> list[Conjunct]:
    """A name joined by "and" to the rest of the phrase, which the parser read as a modifier
    ("Orban and other nationalist leaders"): two actors, the name and the rest."""
    joiner = next((c for c in modifier.children if c.dep_ == "cc"), None)
    if joiner is None or modifier.conjuncts or modifier.ent_type_ not in NAMES:
        return []
    named = Conjunct(modifier.i, *trimmed(parse, modifier.left_edge.i, joiner.i), modifier.i)
    rest = Conjunct(head.i, *trimmed(parse, joiner.i + 1, end), head.i)
    return [named, rest]


def argument_head(parse: Doc, start: int, end: int) -> Token:
    """The token of [start, end) that governs the most of it; on a tie the last noun, as
    English noun phrases end in their head ("Panamanian army" cut from "Panamanian army
    officers")."""
    roots = [t for t in parse[start:end] if t.head.i < start or t.head.i >= end or t.head == t]
    return max(
        roots,
        key=lambda t: (sum(start <= s.i < end for s in t.subtree), t.pos_ in NOMINALS, t.i),
    )


def member_span(
    parse: Doc,
    member: Token,
    members: list[Token],
    start: int,
    end: int,
    role_head: int | None = None,
) -> Conjunct:
    """The tokens of one conjunct: its subtree without the other conjuncts and their 'and'."""
    others = {
        t.i
        for other in members
        if other != member and not other.is_ancestor(member)
        for t in other.subtree
    }
    skip = others | {
        t.i for child in member.children if child.dep_ in ("cc", "preconj") for t in child.subtree
    }
    tokens = {t.i for t in member.subtree if start <= t.i < end and t.i not in skip}
    first = last = member.i
    while first - 1 in tokens:  # contiguous: not over another member's words to a comma
        first -= 1
    while last + 1 in tokens:
        last += 1
    while first < member.i and (parse[first].is_punct or parse[first].dep_ == "cc"):
        first += 1
    while last > member.i and (parse[last].is_punct or parse[last].dep_ == "cc"):
        last -= 1
    return Conjunct(member.i, first, last + 1, member.i if role_head is None else role_head)


def trimmed(parse: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end - 1 and (parse[start].is_punct or parse[start].is_space):
        start += 1
    return start, trimmed_end(parse, start, end)


def trimmed_end(parse: Doc, start: int, end: int) -> int:
    """The end of an actor's words, before punctuation and a dangling "and" ("Orban and")."""
    while end > start + 1 and (
        parse[end - 1].is_punct or parse[end - 1].is_space or parse[end - 1].dep_ == "cc"
    ):
        end -= 1
    return end
