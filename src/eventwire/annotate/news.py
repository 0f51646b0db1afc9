"""Is this news about public affairs? An article earns event coding by naming the actors of
public affairs (governments, armed forces, police, courts, parties, rebels, international
bodies, a capital standing for its state) more than the words of other subjects: a match
report's "attacked", a recipe's "attack the garlic", a diary's "God help us" are no events.

A page whose subject is a game or a show (a match, a transfer, a film, a star's rehab) is no
public affairs because a court, the police or a city is named in it: there only actors of
public affairs that act (the doer of a verb: police who arrest fans, a judge who sentences a
player, an agency that bans an athlete) make it news, not a "general manager", a shot "at
half-court" or a "pinup queen".

A text the English parser cannot read (a page in German or French: its declared language is
no guide, pages often declare the wrong one) earns no coding either: read as English, its
words give events like "demandes" as a request.

The judgement is recorded on the article with its reason, so that a user can see why an
article carries no events, and code every article anyway if they choose; beside it, whether
the page reports or argues (annotate/genre.py).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from eventwire.annotate.actors import lexicon_matches
from eventwire.annotate.genre import QuotedCharacters, judge_genre
from eventwire.annotate.parse_views import first_conjunct
from eventwire.codebooks.events import event_cues
from eventwire.codebooks.genre import OPINION
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

NARRATOR_SUBJECT = "a narrator"

SOCIAL_ROLES = frozenset({"REF", "HRI"})
"""Role codes of social actors that are public affairs too: refugees, rights groups."""

SHORT_TEXT_SENTENCES = 2
"""A text this short (a wire sentence, a headline with its lede) is judged on its other
subjects alone: too short to name its actors twice."""

SENTENCES_PER_PUBLIC_ACTOR = 2
"""A story that names fewer actors of public affairs than one per this many sentences is
mostly about private people (`few_public_actors`): a meeting told there with no partner is
judged false 18 times and right 2 on the training labels (docs/events.md, history30)."""

WORD_CLASSES = ("NOUN", "PROPN", "VERB")

SHOW_TOPICS = frozenset({"sport", "culture", "games"})
"""Subjects of a game or a show (topic_words.tsv): where they are a page's subject, only
actors of public affairs that act make it news."""

SHOW_PAGE_WORDS = 3
"""Words of a game or show that make it a page's subject, when no other subject has more..."""

SENTENCES_PER_SHOW_WORD = 5
"""... and they come at least once in this many sentences: a feature on a town's history that
names its singers and celebrities is about the town."""

ENGLISH_FUNCTION_WORD_SHARE = 0.15
"""English prose has at least this share of English function words (spaCy's stop words) among
its words: 0.26 or more in every article of the VOA, ECB+, PolNeAR, TimeBank and AQUAINT sets,
below 0.09 in the German, French, Spanish, Italian, Polish and Norwegian pages of the
trafilatura sample."""

FEWEST_WORDS_FOR_LANGUAGE = 30
"""A text shorter than this (a headline, a wire sentence) is too short to judge its language:
a headline has few function words."""

DOER_DEPENDENCIES = frozenset({"nsubj", "csubj"})
"""Dependencies of the doer of a verb; a passive's doer is the object of its "by" (agent)."""


def judge_news(parse: Doc, analysis: Analysis) -> NewsJudgement:
    """Public affairs when the article names at least one actor of public affairs and they
    are not outnumbered by the words of other subjects and a first-person narrator; on a page
    about a game or show, only when one of them also acts."""
    quoted = QuotedCharacters.of(analysis)
    genre = judge_genre(parse, analysis, quoted)
    foreign = not_english(parse)
    if foreign:
        return NewsJudgement(False, foreign, *genre)
    mentions = public_actor_mentions(parse, analysis)
    topics = other_subjects(parse, quoted)
    actors = Counter(words for words, _ in mentions)
    named = sum(actors.values())
    short = len(analysis.sentences) <= SHORT_TEXT_SENTENCES
    public_affairs = (named >= 1 or short) and named >= sum(topics.values())
    if public_affairs and about_a_game_or_show(topics, len(analysis.sentences)):
        acting = Counter(words for words, span in mentions if acts(span))
        return NewsJudgement(bool(acting), show_reason(acting, topics), *genre)
    return NewsJudgement(public_affairs, reason(public_affairs, actors, topics), *genre)


def earns_event_coding(judgement: NewsJudgement) -> bool:
    """News about public affairs that reports: an opinion page argues, and its events are the
    author's case, not news."""
    return judgement.public_affairs and judgement.genre != OPINION


def not_english(parse: Doc) -> str | None:
    """Why the text is not English, or None: too few English function words among its words."""
    words = [token for token in parse if token.is_alpha]
    if len(words) < FEWEST_WORDS_FOR_LANGUAGE:
        return None
    share = sum(token.is_stop for token in words) / len(words)
    if share >= ENGLISH_FUNCTION_WORD_SHARE:
        return None
    return (
        f"not English: {share:.0%} of its {len(words)} words are English function words "
        f"(English prose has {ENGLISH_FUNCTION_WORD_SHARE:.0%} or more)"
    )


PUBLIC_ACTORS_KEY = "eventwire.public_actor_mentions"


def public_actor_mentions(parse: Doc, analysis: Analysis) -> list[tuple[str, Span]]:
    """Mentions of actors of public affairs: their words and their span; found once per parse
    and list of places, since the news gate (`judge_news`) and the events' context
    (`few_public_actors`) both count them."""
    remembered = parse.user_data.get(PUBLIC_ACTORS_KEY)
    if remembered is not None and remembered[0] == analysis.places:
        return remembered[1]
    found = _public_actor_mentions(parse, analysis)
    parse.user_data[PUBLIC_ACTORS_KEY] = (analysis.places, found)
    return found


def _public_actor_mentions(parse: Doc, analysis: Analysis) -> list[tuple[str, Span]]:
    matches = lexicon_matches(parse)
    found: list[tuple[str, Span]] = []
    for role in {(m.start, m.end): m for m in matches.roles.values()}.values():
        if role.role.code in PUBLIC_ROLES | SOCIAL_ROLES:
            span = parse[role.start : role.end]
            found.append((span.text.lower(), span))
    for name in {(m.start, m.end): m for m in matches.names.values()}.values():
        if name.actor.kind in PUBLIC_NAME_KINDS:
            found.append((name.actor.name, parse[name.start : name.end]))
    for place in analysis.places:
        span = parse.char_span(place.start, place.end, alignment_mode="expand")
        if place.role == "government" and span is not None:
            found.append((place.text, span))
    return found


def few_public_actors(parse: Doc, analysis: Analysis) -> bool:
    """Whether the story names fewer actors of public affairs than one per
    `SENTENCES_PER_PUBLIC_ACTOR` sentences: it passed the news gate, but is mostly about private
    people (a crime, a family, an obituary's past). A text of `SHORT_TEXT_SENTENCES` or fewer
    is too short to tell."""
    sentences = len(analysis.sentences)
    if sentences <= SHORT_TEXT_SENTENCES:
        return False
    return len(public_actor_mentions(parse, analysis)) * SENTENCES_PER_PUBLIC_ACTOR < sentences


def about_a_game_or_show(topics: Counter, sentences: int) -> bool:
    """A page whose words of a game or show are many, dense, and outnumber those of any
    other subject (a narrator's "I" aside)."""
    show = sum(count for topic, count in topics.items() if topic in SHOW_TOPICS)
    others = [
        count for topic, count in topics.items() if topic not in SHOW_TOPICS | {NARRATOR_SUBJECT}
    ]
    return (
        show >= SHOW_PAGE_WORDS
        and show * SENTENCES_PER_SHOW_WORD >= sentences
        and show >= max(others, default=0)
    )


def acts(span: Span) -> bool:
    """The mention is the doer of an act: the subject of a verb, the "by" of a passive, or a
    conjunct of either ("police and prosecutors arrested"); not a modifier ("general manager"),
    an object, a place ("at half-court"), nor one who only speaks ("a spokesman said")."""
    token = first_conjunct(span.root)
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    elif token.dep_ in DOER_DEPENDENCIES:
        verb = token.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in event_cues().reporting_verbs


def other_subjects(parse: Doc, quoted: QuotedCharacters) -> Counter:
    """Words of subjects that are not public affairs, and a narrator's "I" outside quotes."""
    topic_of_word = news_vocabulary().topic_of_word
    found: Counter = Counter()
    for token in parse:
        if token.pos_ in WORD_CLASSES and token.lemma_.lower() in topic_of_word:
            found[topic_of_word[token.lemma_.lower()]] += 1
        elif token.lower_ in NARRATOR and not quoted.holds(token.idx):
            found[NARRATOR_SUBJECT] += 1
    return found


def most_common_text(counter: Counter, size: int) -> str:
    """The `size` most common items with their counts: "police (2), court (1)"."""
    return ", ".join(f"{item} ({count})" for item, count in counter.most_common(size))


def reason(public_affairs: bool, actors: Counter, topics: Counter) -> str:
    mentioned = most_common_text(actors, 4)
    others = most_common_text(topics, 3)
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


def show_reason(acting: Counter, topics: Counter) -> str:
    subject = f"a page about a game or show: {sum(topics.values())} words of "
    subject += most_common_text(topics, 3)
    if not acting:
        return f"{subject}; no actor of public affairs acts in it"
    return f"{subject}; actors of public affairs act in it: {most_common_text(acting, 4)}"
