"""Who can take part in an event: an event is coded only where a political or social actor
takes part in it, and something that is said only where someone says it.

A frame fits words, not the world: "attack the garlic", "the slugs launched a raid", "the
purchase is deemed to violate the act" fit the frames of ASSAULT and REJECT. What they lack
is an actor: a name the codebooks resolve, a named person, group or place, a word for a kind
of actor ("troops", "protesters"), or a pronoun that stands for one. Verbal acts (statements,
demands, accusations) need such a source; commentators ("analysts praised the move") comment
on events rather than take part in them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.annotate.actors import lexicon_matches
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.parse_views import span_at
from eventwire.codebooks.events import plover_type_of
from eventwire.records import ActorRef

NAMED = ("PERSON", "ORG", "NORP", "GPE")
KIND_WORDS = ("compound", "amod", "nmod", "poss")
VERBAL_QUAD_CLASSES = (1, 3)


def takes_part(context: EventContext, actor: ActorRef) -> bool:
    """Whether an argument names an actor, rather than a thing, an animal or a commentator."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span):
        return actor.code is not None
    if any(token.lemma_.lower() in context.cues.commentator_nouns for token in span):
        return False
    if actor.code is not None:
        return True
    return names_an_actor(context, span.root)


def names_an_actor(context: EventContext, head: Token) -> bool:
    """Whether a phrase's head, or a word that says what kind of thing it is ("militant
    outfit", "Malaysian officials"), names an actor."""
    if head.pos_ == "PRON":
        return head.lower_ in context.cues.person_pronouns
    roles = lexicon_matches(context.parse).roles
    words = [head, *(child for child in head.children if child.dep_ in KIND_WORDS)]
    return any(
        word.ent_type_ in NAMED
        or word.pos_ == "PROPN"
        or word.i in roles
        or word.lemma_.lower() in context.cues.actor_nouns
        for word in words
    )


def has_participants(context: EventContext, group: list[Mention]) -> bool:
    """Whether the mentions of one event name an actor taking part, and for a verbal act, an
    actor saying it."""
    sources = [actor for mention in group for actor in mention.source]
    targets = [actor for mention in group for actor in mention.target]
    if is_verbal(group[0].code) and not is_reciprocal(context, group[0]):
        return any(takes_part(context, actor) for actor in sources)
    return any(takes_part(context, actor) for actor in sources + targets)


def is_verbal(code: str) -> bool:
    plover_type = plover_type_of(code)
    return plover_type is not None and plover_type.quad_class in VERBAL_QUAD_CLASSES


def is_reciprocal(context: EventContext, mention: Mention) -> bool:
    """Talks and meetings: those they are held with take part as much as those holding them."""
    fitted = context.matched.get(mention.trigger.i)
    return fitted is not None and fitted.frame.reciprocal
