"""Is this news about public affairs? An article earns event coding by naming the actors of
public affairs (governments, armed forces, police, courts, parties, rebels, international
bodies, a capital standing for its state) more than the words of other subjects: a match
report's "attacked", a recipe's "attack the garlic", a diary's "God help us" are no events.

The judgement is recorded on the article with its reason, so that a user can see why an
article carries no events, and code every article anyway if they choose.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from eventwire.annotate.actors import lexicon_matches
from eventwire.codebooks.news import news_vocabulary
from eventwire.records import Analysis, NewsJudgement

PUBLIC_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "UAF", "OPP", "LEG", "JUD"})
"""Role codes of the actors of public affairs (agents.tsv): officials, troops, police, spies,
rebels, militias, the opposition, legislators, judges."""

PUBLIC_NAME_KINDS = frozenset({"igo", "state body", "group"})
"""Kinds of codebook names that are actors of public affairs by themselves (a country's name
is not: it is also where a holiday or a match happens)."""

NARRATOR = frozenset({"i", "me", "my", "mine", "myself"})
"""A narrator outside quotes: a diary, a travelogue or a review, not a report (not "we":
broadcast news and editorials speak so)."""

SOCIAL_ROLES = frozenset({"REF", "HRI"})
"""Role codes of social actors that are public affairs too: refugees, rights groups."""

SHORT_TEXT_SENTENCES = 2
"""A text this short (a wire sentence, a headline with its lede) is judged on its other
subjects alone: too short to name its actors twice."""

WORD_CLASSES = ("NOUN", "PROPN", "VERB")


def judge_news(parse: Doc, analysis: Analysis) -> NewsJudgement:
    """Public affairs when the article names at least one actor of public affairs and they
    are not outnumbered by the words of other subjects and a first-person narrator."""
    actors = public_actors(parse, analysis)
    topics = other_subjects(parse, analysis)
    named = sum(actors.values())
    short = len(analysis.sentences) <= SHORT_TEXT_SENTENCES
    public_affairs = (named >= 1 or short) and named >= sum(topics.values())
    return NewsJudgement(public_affairs, reason(public_affairs, actors, topics))


def public_actors(parse: Doc, analysis: Analysis) -> Counter:
    """Mentions of actors of public affairs, by their words."""
    matches = lexicon_matches(parse)
    found: Counter = Counter()
    for role in {(m.start, m.end): m for m in matches.roles.values()}.values():
        if role.role.code in PUBLIC_ROLES | SOCIAL_ROLES:
            found[parse[role.start : role.end].text.lower()] += 1
    for name in {(m.start, m.end): m for m in matches.names.values()}.values():
        if name.actor.kind in PUBLIC_NAME_KINDS:
            found[name.actor.name] += 1
    for place in analysis.places:
        if place.role == "government":
            found[place.text] += 1
    return found


def other_subjects(parse: Doc, analysis: Analysis) -> Counter:
    """Words of subjects that are not public affairs, and a narrator's "I" outside quotes."""
    topic_of_word = news_vocabulary().topic_of_word
    quoted = quoted_characters(analysis)
    found: Counter = Counter()
    for token in parse:
        if token.pos_ in WORD_CLASSES and token.lemma_.lower() in topic_of_word:
            found[topic_of_word[token.lemma_.lower()]] += 1
        elif token.lower_ in NARRATOR and not in_spans(token.idx, quoted):
            found["a narrator"] += 1
    return found


def quoted_characters(analysis: Analysis) -> tuple[list[int], list[int]]:
    """The quotes' spans merged where they overlap, as sorted starts and ends."""
    starts: list[int] = []
    ends: list[int] = []
    for quote in sorted(analysis.quotes, key=lambda q: q.start):
        if ends and quote.start <= ends[-1]:
            ends[-1] = max(ends[-1], quote.end)
        else:
            starts.append(quote.start)
            ends.append(quote.end)
    return starts, ends


def in_spans(offset: int, spans: tuple[list[int], list[int]]) -> bool:
    starts, ends = spans
    index = bisect_right(starts, offset) - 1
    return index >= 0 and offset < ends[index]


def reason(public_affairs: bool, actors: Counter, topics: Counter) -> str:
    mentioned = ", ".join(f"{words} ({count})" for words, count in actors.most_common(4))
    others = ", ".join(f"{topic} ({count})" for topic, count in topics.most_common(3))
    named = sum(actors.values())
    actors_part = f"{named} mentions of actors of public affairs"
    if mentioned:
        actors_part += f": {mentioned}"
    if not topics:
        if public_affairs:
            return actors_part if named else "too short to name its actors twice"
        return "no actors of public affairs named"
    verdict = "outweigh" if public_affairs else "do not outweigh"
    return f"{actors_part}; they {verdict} {sum(topics.values())} words of {others}"
