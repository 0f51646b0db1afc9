"""Stories of an election campaign: where candidates compete for votes, "attacked his
rival", "a fierce battle for second place", "clashed with the governor", "dealt a blow to
Sanders" and "a Trump rally" are words and electioneering, no violence and no protest. A word
list cannot part them ("attack" is judged false 26 times and right 41), the story can: a story
that names the campaign's words often (campaign_words.tsv) reads these words as a contest,
unless the sentence names force (a weapon, a casualty, an armed or police actor, violence) or
the word a place ("the Paris attacks", "the attack in Orlando"): a shooting at a rally stays
an attack."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.annotate.actor_members import MODIFIER_DEPENDENCIES
from eventwire.annotate.events.syntax import PLACE_NAME_ENTITIES, lemma_of
from eventwire.codebooks.news import campaign_words

CAMPAIGN_STORY_WORDS = 5
"""Words of a campaign that make a story one of a campaign, when they come ..."""

SENTENCES_PER_CAMPAIGN_WORD = 8
"""... at least once in this many sentences: a war story that names next year's candidates
once or twice is not about the race."""

PLACING_PREPOSITIONS = frozenset({"in", "at"})
"""Prepositions whose object places an attack ("the attack in Orlando", "attacks at a mall")."""


def is_listed(token: Token, words: frozenset[str]) -> bool:
    """Whether a word is one of `words`, by its lemma or as written."""
    return lemma_of(token) in words or token.lower_ in words


def is_campaign_story(parse: Doc) -> bool:
    """Whether the story is about an election campaign (`CAMPAIGN_STORY_WORDS`,
    `SENTENCES_PER_CAMPAIGN_WORD`)."""
    words = campaign_words().campaign
    found = sum(is_listed(token, words) for token in parse)
    sentences = sum(1 for _ in parse.sents)
    return found >= CAMPAIGN_STORY_WORDS and found * SENTENCES_PER_CAMPAIGN_WORD >= sentences


def tells_force(word: Token) -> bool:
    """Whether the word's sentence names force, or the word is placed by a place's name (its
    modifier, or the object of its "in" or "at")."""
    force = campaign_words().force
    if any(is_listed(token, force) for token in word.sent):
        return True
    placed = [child for child in word.children if child.dep_ in MODIFIER_DEPENDENCIES]
    placed += [
        grandchild
        for child in word.children
        if child.dep_ == "prep" and child.lower_ in PLACING_PREPOSITIONS
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ]
    return any(token.ent_type_ in PLACE_NAME_ENTITIES for token in placed)
