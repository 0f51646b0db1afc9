"""The place of an event: the place named in its own clause, else where its sentence puts its
actors, else (for what happens on the ground) the article's dateline or dominant place, each
marked as such."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from eventwire.annotate.actors import GOVERNMENT
from eventwire.annotate.events.participants import PERSON
from eventwire.annotate.events.placement import NOT_AT_HOME
from eventwire.annotate.parse_views import span_at, written_in
from eventwire.annotate.places import (
    MODIFIER_RELATIONS,
    coordinated_head,
    datelines,
    is_locative_object,
    place_cues,
)
from eventwire.codebooks.events import event_cues
from eventwire.codebooks.gazetteer import PRECISIONS
from eventwire.records import ActorRef, Analysis, EventPlace, Place, from_fields

RELATIONS_TO_CLAUSE_PLACE = {
    "prep",
    "pobj",
    "pcomp",
    "dobj",
    "agent",
    "acl",
    "appos",
    "npadvmod",
    "poss",
}
"""Dependency edges followed from an event's trigger to the places of its own clause."""
MAX_CLAUSE_DEPTH = 6
SUBJECT_RELATIONS = ("nsubj", "nsubjpass")
SUBJECT_PENALTY = 2


def place_for_event(
    parse: Doc,
    trigger: int,
    analysis: Analysis,
    actors: list[ActorRef] = (),
    on_the_ground: bool = True,
    said_by: list[ActorRef] | None = None,
    targets: list[ActorRef] = (),
) -> EventPlace | None:
    """The place of the event whose trigger is token `trigger`, in order of evidence.

    The place named in the event's own clause ("in", "at", "near", "on the outskirts of", a
    locative compound such as "Kabul airport bombing") gives `source: "clause"`; else where
    the sentence places its actors ("security forces in Somalia said they killed") gives
    `source: "sentence"`; else, for an event that happens on the ground (an attack, an arrest,
    a protest: `on_the_ground`), the article's dateline or dominant place gives `source:
    "article"`, unless the act's coded parties, among them one it is done to (of `targets`),
    are all of other countries (`parties_from_elsewhere`) or its sentence names places only in
    other countries (`told_elsewhere`); else None: a statement or a
    sanction has no place the text does not name. An act of a type done in words or on paper
    has its doers given (`said_by`): only their place stands for the act's, and a place in
    the phrase of what the act is about or is aimed at says where that thing is ("called for a
    new election in Moldova", `about_a_thing`). A place with role "government" never counts.
    A place the gazetteer left ambiguous comes back as it is: its text, no point, precision
    None. A country that is one of the event's parties through a party's preposition or as a
    modifier ("imposed tariffs on Peru", "UK opposition") is not where it happens ("talks in
    Peru" and "travel to Peru" still are).
    """
    in_words = said_by is not None
    places = [
        place
        for place in analysis.places
        if place.role == "place" and not named_as_party(parse, place, actors, in_words)
    ]
    clause_place = place_in_clause(parse, parse[trigger], places, in_words)
    if clause_place is not None:
        return event_place(clause_place, "clause")
    actors_place = place_of_actors(parse, said_by if in_words else actors, places)
    if actors_place is not None:
        return event_place(actors_place, "sentence")
    if not on_the_ground:
        return None
    article_place = story_place(analysis, places)
    if (
        article_place is None
        or parties_from_elsewhere(actors, targets, article_place.country)
        or told_elsewhere(parse[trigger], analysis.places, article_place.country)
    ):
        return None
    return event_place(article_place, "article")


def parties_from_elsewhere(
    actors: list[ActorRef], targets: list[ActorRef], country: str | None
) -> bool:
    """Whether the act is done to a party of another country than the setting's, and every
    coded party is of another country: "Russia's attack on Ukraine" asked about in an
    interview set in Taiwan, "Kenya's minister and the U.S. envoy were injured" in a story set
    in Tanzania. The setting says where the story is, not where other countries act on each
    other. Foreign troops acting on parties the text gives no country ("French troops killed
    militants" in a story set in Mali) keep it. A body with no home country (`NOT_AT_HOME`)
    says nothing."""

    def countries(parties: list[ActorRef]) -> set[str]:
        return {
            actor.code[:3] for actor in parties if actor.code and actor.code[:3] not in NOT_AT_HOME
        }

    return bool(countries(targets)) and country not in countries(actors)


def told_elsewhere(trigger: Token, places: list[Place], country: str | None) -> bool:
    """Whether the act's sentence names places, and all of them in other countries than the
    setting's: "a bomb outside a bank in Kampala killed 9" in a story datelined Kisumu, "agents
    arrested him at an airport in Lima" in a story set in the United States. The setting says
    where the story is told from, not where each act it recounts happened. A sentence that
    also names a place in the setting's country ("traders from Nakuru and Kampala were
    attacked") keeps it; a country named only as an actor ("Uganda's soldiers shot", "Tehran
    said") names no place."""
    sentence = trigger.sent
    named = {
        place.country
        for place in places
        if place.role == "place" and place.country and written_in(place, sentence)
    }
    return bool(named) and country not in named


def named_as_party(parse: Doc, place: Place, actors: list[ActorRef], in_words: bool) -> bool:
    """Whether the place is one of the event's parties, not where it happens: a country named
    through a party's preposition or as a modifier ("imposed tariffs on Peru", "UK
    opposition"), or a capital the event's actor reads as its government, as a modifier, a
    subject or the object of an act in words ("the Washington-led war", "Paris was accused",
    "defended Pyongyang and Moscow's treaty"). After a preposition, or as the object of an act
    on the ground, a capital is still where it happens ("talks in Washington", "travel to
    Washington", "blockade Paris")."""
    if place.precision not in ("country", "city"):
        return False
    party = [
        actor
        for actor in actors
        if (actor.start, actor.end) == (place.start, place.end)
        and (actor.code_from is None or actor.code_from.rule != "place")
    ]
    span = span_at(parse, place.start, place.end)
    if not party or span is None or not len(span):
        return False
    word = coordinated_head(span.root)
    if place.precision == "city":
        governs = any(actor.code and actor.code[3:] == GOVERNMENT for actor in party)
        acted_on = word.dep_ == "dobj" and not in_words
        return governs and word.dep_ != "pobj" and not acted_on
    cues = place_cues()
    parties = cues["party_preposition"] | cues["government_preposition"]
    return word.dep_ in MODIFIER_RELATIONS or (word.dep_ == "pobj" and word.head.lower_ in parties)


def place_of_actors(parse: Doc, actors: list[ActorRef], places: list[Place]) -> Place | None:
    """A place the sentence puts one of the event's actors in: "police in Gulu", "militants
    at the border crossing", "residents of Kharkiv". A person or a government "of" a place
    ("Congressman Andy Levin of Michigan", "the government of Chad") comes from or stands for
    it, and may act anywhere; a people "of" a place lives there ("the Albanians of Serbia")."""
    place_at = places_by_token(parse, places)
    cues = place_cues()
    for actor in actors:
        span = span_at(parse, actor.start, actor.end)
        if span is None or not len(span):
            continue
        prepositions = cues["locative"]
        if not (span.root.ent_type_ == PERSON or span.root.lower_ in cues["government_head"]):
            prepositions = prepositions | {"of"}
        for preposition in span.root.children:
            if preposition.dep_ != "prep" or preposition.lower_ not in prepositions:
                continue
            for word in preposition.children:
                place = place_at.get(word.i) if word.dep_ == "pobj" else None
                if place is not None and place.precision not in (None, "region"):
                    return place
    return None


def event_place(place: Place, source: str) -> EventPlace:
    return from_fields(EventPlace, place, source=source)


# The place of an event


def place_in_clause(
    parse: Doc, trigger: Token, places: list[Place], in_words: bool = False
) -> Place | None:
    """The nearest place in the trigger's own clause, through locative prepositions ("killed
    at the airport", "bases in Iraq", "on the outskirts of Kabul") or a locative compound
    ("Kabul airport bombing", "the Vienna talks"). A noun trigger also searches from the verb
    it belongs to ("killed in a strike at the airport"). For an act in words, not through
    the phrase of what it is about (`about_a_thing`)."""
    place_at = places_by_token(parse, places)
    found: list[tuple[int, int, int, Place]] = []
    starts = [(trigger, 0)]
    if trigger.pos_ in ("NOUN", "PROPN"):
        clause_verb = verb_of(trigger)
        if clause_verb is not None:
            starts.append((clause_verb, 1))
    for start, offset in starts:
        for word, depth in clause_words(start, trigger if in_words else None):
            place = place_at.get(word.i)
            if place is not None and inside_name(word, place_at):
                continue
            place = place or town_pointed_back(word, places)
            if place is not None and is_locative(word, start, place):
                rank = PRECISIONS.index(place.precision) if place.precision else len(PRECISIONS)
                found.append((depth + offset, rank, place.start, place))
    if found:
        return min(found, key=lambda item: item[:3])[3]
    return place_of_where_clause(trigger, place_at)


def town_pointed_back(word: Token, places: list[Place]) -> Place | None:
    """The town a bare "the city" or "the town" points back to: the last city named before it
    ("gunmen attacked a bus in Eldoret. Later, a blast wounded four traders in the city").
    Left alone, the phrase names nothing and the article's setting, often another town,
    stood in. Not where the noun has a name or a modifier of its own ("the city of Eldoret",
    "the northern town"), which the tagger reads or leaves as it is."""
    if word.lower_ not in place_cues()["place_anaphor"]:
        return None
    children = {child.dep_: child.lower_ for child in word.children}
    if children.pop("det", None) != "the" or children:
        return None
    before = [place for place in places if place.precision == "city" and place.end <= word.idx]
    return max(before, key=lambda place: place.start, default=None)


def inside_name(word: Token, place_at: dict[int, Place]) -> bool:
    """Whether a word hangs on another word of its own place name ("Punjab" in "the Punjab
    province", "Middle" in "the Middle East"): the name's head says how the place is attached
    ("workers from the Punjab province" is not where an attack happened), not its inner word,
    which would otherwise read as a locative compound."""
    return word.head.i != word.i and place_at.get(word.head.i) is place_at.get(word.i)


def place_of_where_clause(trigger: Token, place_at: dict[int, Place]) -> Place | None:
    """The place a "where" clause the event is told in describes ("talks in Jeddah, where
    Ukraine said it was ready to accept a truce"): the clause says the event happened there."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            where = any(
                child.dep_ == "advmod" and child.lower_ == "where" for child in token.children
            )
            return place_of_antecedent(token.head, place_at) if where else None
        token = token.head
    return None


def place_of_antecedent(noun: Token, place_at: dict[int, Place]) -> Place | None:
    """The finest place a "where" clause may describe: the word it hangs on or the name that
    word stands in apposition to ("in Jeddah, Saudi Arabia, where": Jeddah)."""
    words = [noun, noun.head] if noun.dep_ == "appos" else [noun]
    places = [place_at[word.i] for word in words if word.i in place_at]
    return max(places, key=finer, default=None)


PLACES_BY_TOKEN_KEY = "eventwire.places_by_token"


def places_by_token(parse: Doc, places: list[Place]) -> dict[int, Place]:
    """Token index to the place it is part of; built once per parse and list of places, since
    every event of the article asks."""
    remembered = parse.user_data.get(PLACES_BY_TOKEN_KEY)
    if remembered is not None and remembered[0] == places:
        return remembered[1]
    place_at = {}
    for place in places:
        span = span_at(parse, place.start, place.end)
        if span is not None:
            for word in span:
                place_at[word.i] = place
    parse.user_data[PLACES_BY_TOKEN_KEY] = (places, place_at)
    return place_at


def verb_of(noun: Token) -> Token | None:
    """The verb of the clause a noun trigger tells the same event in: its subject or object
    ("the strike hit", "launched a strike"), or the object of a preposition of manner or
    circumstance ("killed in a strike", "killed by a drone"). Not across another noun: "revenge
    on America for the assassination" places the revenge, not the assassination."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.lower_ in place_cues()["same_event_preposition"]:
        verb = head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def clause_words(start: Token, said: Token | None = None) -> list[tuple[Token, int]]:
    """Words reachable from `start` without entering another clause or an event the act is
    timed by ("a week after a raid in X" names the raid's place), with their depth. From a
    verb, its subject's phrase too ("police in Jericho seized ..."), ranked behind the rest.
    Where `said` is the trigger of an act in words, not into the phrase of a thing it is about
    (`about_a_thing`)."""
    circumstances = event_cues().circumstance_prepositions
    reached = [(start, 0)]
    frontier = [(start, 0)]
    for _ in range(MAX_CLAUSE_DEPTH):
        step = []
        for word, depth in frontier:
            if said is not None and word not in (start, said) and about_a_thing(word, said):
                continue
            for child in word.children:
                if said is not None and child.dep_ == "acl" and word.dep_ in SUBJECT_RELATIONS:
                    continue
                if child.dep_ == "prep" and child.lower_ in circumstances:
                    continue
                if child.dep_ in RELATIONS_TO_CLAUSE_PLACE | MODIFIER_RELATIONS:
                    step.append((child, depth + 1))
                elif child.dep_ in SUBJECT_RELATIONS and word == start and word.pos_ == "VERB":
                    step.append((child, depth + 1 + SUBJECT_PENALTY))
        reached.extend(step)
        frontier = step
    return reached


def about_a_thing(word: Token, said: Token) -> bool:
    """Whether a noun names what an act in words (trigger `said`) is about or done to: an
    object, or the object of a preposition that is not of place or company ("called for a
    meeting in Geneva", "agreed as a step toward peace in Europe", "opposes investment in the
    province", "criticism of the war in Gaza", "aid to rebels in the north": a recipient is no
    destination). Its place phrase says where that thing is; the statement, demand or sanction
    was made elsewhere. A party met "with" ("talks with the insurgents in Doha") and a place
    reached through place words ("at a hotel in Beledweyne", "on the sidelines of the summit in
    Madrid") still place the act."""
    if word.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if word.dep_ == "dobj":
        return True
    if word.dep_ != "pobj":
        return False
    preposition = word.head
    cues = place_cues()
    of_a_place_word = (
        preposition.lower_ == "of" and preposition.head != said and preposition.head.dep_ == "pobj"
    )
    return not (
        of_a_place_word or preposition.lower_ in cues["locative"] | cues["company_preposition"]
    )


def is_locative(word: Token, start: Token, place: Place) -> bool:
    """Whether a place word reached from the trigger says where the event happened: a locative
    object, a locative compound, or a town or site the trigger verb acts on ("struck Kharkiv";
    a country as object is a party: "sanctioned Iran")."""
    word = coordinated_head(word)
    if word.dep_ in MODIFIER_RELATIONS:
        return place.precision not in ("country", None) or word.head == start
    if word.dep_ == "dobj" and word.head == start:
        return place.precision in ("facility", "city", "admin1", "region")
    preposition = word.head
    if (
        word.dep_ == "pobj"
        and preposition.lower_ in place_cues()["destination_preposition"]
        and preposition.head == start
    ):
        return True  # "extradited to Britain", "troops were sent into Bosnia"
    return is_locative_object(word)


def story_place(analysis: Analysis, places: list[Place]) -> Place | None:
    """Where the story is: its dateline, unless the place it names most is in another country
    ("JOHANNESBURG (Xinhua) --" on bombings in Kenya and Tanzania, "JERUSALEM (AP)_" on
    fighting in Lebanon): a wire story is often filed from where the reporter sits."""
    dateline = dateline_place(places, analysis.article.text)
    dominant = dominant_place(analysis.places)
    if dateline is None or (dominant is not None and dominant.country != dateline.country):
        return dominant
    return dateline


def dateline_place(places: list[Place], text: str) -> Place | None:
    for match in datelines(text):
        for place in places:
            if place.start == match.start("place") and place.lat is not None:
                return place
    return None


def dominant_place(places: list[Place]) -> Place | None:
    """The story's setting: the country named most often, if named more than once and more
    than any other, counting every mention, since a country named as an actor ("Kenya
    launched", "Iraq says") still tells where the story is; given as its place named most
    often there (the finer of two named as often), else the country itself."""
    located = [place for place in places if place.lat is not None and place.country]
    ranked = Counter(place.country for place in located).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    country = where_the_story_is(located, ranked[0][0])
    in_country = [place for place in located if place.country == country]
    named = [place for place in in_country if place.role == "place"] or in_country
    counts = Counter(place.gazetteer_id for place in named)
    return max(named, key=lambda place: (counts[place.gazetteer_id], finer(place)))


def where_the_story_is(located: list[Place], country: str) -> str:
    """The country named most often, unless it is named as a place (not as a government: "U.S.
    troops", "Washington said") fewer than `PLACE_MENTIONS` times while another is named as a
    place that often: a story of foreign troops leaving Afghanistan names the United States
    more often and is set in Kabul."""
    as_place = Counter(place.country for place in located if place.role == "place")
    if as_place[country] >= PLACE_MENTIONS:
        return country
    other, count = max(as_place.items(), key=lambda item: item[1], default=(country, 0))
    return other if count >= PLACE_MENTIONS else country


PLACE_MENTIONS = 2
"""How often a country must be named as a place to set a story it is not named most in."""


def finer(place: Place) -> int:
    """How fine a place is, for a tie: "Khartoum" named as often as "Sudan" says where in it."""
    return -PRECISIONS.index(place.precision) if place.precision in PRECISIONS else -len(PRECISIONS)
