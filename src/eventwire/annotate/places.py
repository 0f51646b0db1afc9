"""Places: toponyms in the parse resolved against the gazetteer.

A toponym is a GPE/LOC/FAC entity, a facility our table names ("Abbey Gate"), a facility
named after its city ("Kabul airport", "Mosul air base") or the dateline ("KYIV, March 3 -").
Each distinct name is resolved once per article: evidence from the article's other places and
demonyms first, then population; a name the evidence cannot settle stays ambiguous, with its
candidates listed and no point. A country or capital standing for its state ("Tehran said",
"Washington's exit", "sanctions against Tehran") is kept with `role: "government"`: it is an
actor, not where anything happened.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from eventwire.annotate.parse_views import entities_of, first_conjunct, span_at, tokens_of
from eventwire.codebooks import credit_lines
from eventwire.codebooks.gazetteer import Entry, Match, load_gazetteer, name_key
from eventwire.codebooks.places import city_facility_pattern, facility_names, place_cues
from eventwire.records import Analysis, Place

GEOGRAPHIC_LABELS = ("GPE", "LOC", "FAC")
NAME_LABELS = ("PERSON", "ORG")
"""A "place" named like a person or organisation of the article is often spaCy's mistake
("Soleimani" tagged GPE): see `is_name_of_someone`."""

NOT_PLACE_LABELS = ("DATE", "TIME")
"""Proper nouns after "in"/"on" that name times ("in March", "on Monday"), never places."""
ACTOR_RELATIONS = ("nsubj", "dobj", "poss")
"""Where an untagged name is taken only if it is a country or capital ("Moscow accused Kyiv")."""

MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}"
    r"|(?P<lower>[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,2}))"
    r"(?:, (?P<qualifier>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    rf"(?:,? {MONTHS} \d{{1,2}}(?:, \d{{4}})?)?"
    r" ?(?:\((?P<agency>[^)\n]{1,40})\))? ?(?:[-–—_]+\s|[–—](?=[A-Z]))",
    re.MULTILINE,
)
"""A place at a paragraph start, then a dash, or the underscore of the AP's wire style, and a
space or line break (a long dash may touch the next word): "KYIV, March 3 -", "BEIRUT, Lebanon
(AP) —", "MOSCOW (AP)_ ", "NEWARK, N.J. _ ", "TEHRAN, August 8 (Xinhua) --" on a line of its
own. Read through `dateline_at` and `datelines`, which take a place not in capitals (`lower`)
only before an outlet's mark."""

DATELINE_SEARCH_CHARACTERS = 1500


def dateline_at(text: str, position: int = 0) -> re.Match[str] | None:
    """The dateline opening the line at `position`, if it has one. A place not in capitals
    counts only before the mark of an outlet in `outlets.tsv` ("Cleveland (AFP) –"), so that a
    headline or a sentence starting with a name and a dash is none."""
    match = DATELINE.match(text, position)
    if match is None or not match["lower"]:
        return match
    return match if (match["agency"] or "").casefold() in credit_lines() else None


def datelines(text: str) -> Iterator[re.Match[str]]:
    """The datelines of the article's opening paragraphs."""
    opening = text[:DATELINE_SEARCH_CHARACTERS]
    for candidate in DATELINE.finditer(opening):
        if (match := dateline_at(opening, candidate.start())) is not None:
            yield match


PARTY_LABEL = re.compile(r"\b[RDI] ?- ?$")
"""A legislator's party before the state they represent: "Sen. Ann Roe (R-Utah)", "D-N.Y."; the
state says whom they speak for, not where anything happened."""
NAME_CONTINUATION = re.compile(r"(?:-| | and )[A-Z][\w'’]*")
"""A further word of a longer name: "Guinea-Bissau", "Timor-Leste", "Trinidad and Tobago"."""
LONGEST_NAME_WORDS = 3

EVIDENCE_WEIGHTS = {
    "qualifier": 10.0,  # "Paris, Texas": the text says which
    "contains": 3.0,  # another name lies inside the candidate (Tbilisi for Georgia the country)
    "in_admin1": 3.0,  # the candidate lies in a first-level division named (Texas for Paris)
    "in_country": 2.0,  # the candidate lies in a country named as a place
    "same_country": 2.0,  # another town or region of the candidate's country is named
    "actor_country": 0.5,  # the country appears as an actor ("US troops") or demonym ("Iraqi")
    "neighbour": 0.5,  # a neighbouring country is named
}
"""Score bonuses, in orders of magnitude of population (the score is log10 of population)."""

PROMINENCE_PRIORS = {
    ("country", "geonames"): 2.0,  # a country's name means the country: "Montenegro"
    ("admin1", "geonames"): 1.5,  # a US state, as well known: "Oregon" over Oregon, Ohio
    ("admin1", "iso3166-2"): -0.5,  # a division known by its ISO name only, no point
}
"""How well known a place of each kind and source is beyond its population, in the same units;
a city's is its number of names (`NAMES_WEIGHT`). Georgia the country and the US state come
out level: only the article decides between them."""
CURATED_PRIOR = 1.5
"""A name our own tables list (regions, facilities) means what they say ("Sahel" the region,
not the Burkinabe province of that name)."""
CAPITAL_PRIOR = 2.0
"""News names capitals far beyond their population ("Washington", "Vienna")."""
ALTERNATE_NAME_PRIOR = -1.0
NAMES_WEIGHT = 1.0
"""A city named in many languages is known beyond its size: Geneva (Switzerland) has some
200 names in GeoNames, Geneva (Illinois) a handful."""
DECISIVE_MARGIN = 1.0
"""The best reading must beat the next by this much (a tenfold population, or evidence)."""
MAX_CANDIDATES = 5
WELL_KNOWN_NAMES = 20
"""A city GeoNames names in this many languages or spellings is known beyond its country
(Geneva, Switzerland: some 200); a suburb of the same name is not (Bāli, India: 4)."""

MODIFIER_RELATIONS = {"compound", "nmod", "amod", "npadvmod"}


@dataclass
class Toponym:
    """A place name found in the text, before and after resolution."""

    start: int
    end: int
    text: str
    matches: tuple[Match, ...]
    facility: bool = False
    """Named as a facility of a city ("Kabul airport"): precision facility, the city's point."""
    dateline: bool = False
    qualifier: Toponym | None = None
    entry: Entry | None = None
    candidates: tuple[Entry, ...] = ()
    role: str = "place"


def find_places(parse: Doc, analysis: Analysis) -> list[Place]:
    """Every toponym of the article, resolved or left ambiguous, with its role; in text order."""
    text = analysis.article.text
    toponyms = find_toponyms(parse, text)
    evidence = Evidence.of(parse, toponyms)
    for toponym in toponyms:
        toponym.candidates = ranked_candidates(toponym, evidence)
        toponym.entry = decided(toponym.candidates, toponym, evidence)
    fall_back_to_qualifiers(toponyms)
    follow_qualified_readings(toponyms)
    for toponym in toponyms:
        toponym.role = role_of(toponym, parse)
    return [place_record(toponym) for toponym in toponyms]


def fall_back_to_qualifiers(toponyms: list[Toponym]) -> None:
    """A town the gazetteer lacks takes the state or country that qualifies it, at that
    precision: "Kenansville, N.C." is North Carolina (admin1), not nothing. In a dateline the
    qualifier also overrides namesakes elsewhere ("FAIRVIEW, W.Va." is not Fairview, Alberta);
    in running text only unknown names fall back, since "Berlin, Poland and Romania" is a
    list, not Berlin in Poland."""
    for toponym in toponyms:
        qualifier = toponym.qualifier
        if qualifier is None or qualifier.entry is None:
            continue
        if qualifier.entry.precision not in ("admin1", "country"):
            continue
        inside = toponym.entry is not None and qualifier.entry.contains(toponym.entry)
        if not toponym.matches or (toponym.dateline and not inside):
            toponym.entry, toponym.candidates = qualifier.entry, ()


def follow_qualified_readings(toponyms: list[Toponym]) -> None:
    """One sense per article: after "Paris, Texas", a bare "Paris" is that Paris too (when
    the article qualifies the name one way only)."""
    qualified: dict[str, set[Entry]] = {}
    for toponym in toponyms:
        if toponym.qualifier is not None and toponym.entry is not None:
            qualified.setdefault(name_key(toponym.text), set()).add(toponym.entry)
    for toponym in toponyms:
        readings = qualified.get(name_key(toponym.text), set())
        if toponym.qualifier is None and len(readings) == 1:
            toponym.entry = next(iter(readings))


# Finding toponyms


def find_toponyms(parse: Doc, text: str) -> list[Toponym]:
    """Datelines, table facilities, city facilities, then the parse's geographic entities;
    earlier finds win where spans overlap."""
    gazetteer = load_gazetteer()
    found: list[Toponym] = []

    def add(toponym: Toponym) -> None:
        if PARTY_LABEL.search(text, max(0, toponym.start - 4), toponym.start):
            return
        if all(toponym.end <= other.start or toponym.start >= other.end for other in found):
            found.append(toponym)

    def add_name(toponym: Toponym) -> None:
        """A name the tagger found, stretched to the longest name it begins; a stretched
        name replaces the shorter finds it covers ("Herzegovina" in "Bosnia and Herzegovina")."""
        longer = longest_name(text, toponym)
        if longer.end > toponym.end:
            found[:] = [o for o in found if not (longer.start <= o.start and o.end <= longer.end)]
        add(longer)

    for match in datelines(text):
        matches = gazetteer.lookup(match["place"])
        if matches:
            toponym = Toponym(match.start("place"), match.end("place"), match["place"], matches)
            toponym.dateline = True
            add(toponym)
            qualifier = gazetteer.lookup(match["qualifier"] or "")
            if qualifier:
                start, end = match.span("qualifier")
                toponym.qualifier = Toponym(start, end, match["qualifier"], qualifier)
                toponym.qualifier.dateline = True
                add(toponym.qualifier)
    for match in facility_names().finditer(text):
        add(Toponym(match.start(), match.end(), match[0], gazetteer.lookup(match[0])))
    for match in city_facility_pattern().finditer(text):
        matches = tuple(
            found_match
            for found_match in gazetteer.lookup(match["city"])
            if found_match.entry.precision in ("city", "admin1")
        )
        if matches:
            add(Toponym(match.start(), match.end(), match[0], matches, facility=True))
    entities = entities_of(parse)
    names = [
        EntityName(ent.start, ent.end, ent.label_, frozenset(word.lower_ for word in ent))
        for ent in entities
        if ent.label_ in NAME_LABELS
    ]
    for ent in entities:
        if ent.label_ not in GEOGRAPHIC_LABELS:
            continue
        for part in name_parts(ent):
            matches = lookup_name(part.text)
            if not is_name_of_someone(part, matches, names):
                add_name(Toponym(part.start_char, part.end_char, part.text, matches))
    for part in untagged_place_names(parse):
        matches = tuple(
            match
            for match in lookup_name(part.text)
            if not match.alternate and match.entry.precision != "facility"
        )
        if is_name_of_someone(part, matches, names):
            continue
        if (
            part.root.pos_ == "PROPN"
            and part.root.dep_ in ACTOR_RELATIONS
            and not any(m.entry.capital or m.entry.precision == "country" for m in matches)
        ):
            continue
        if matches:
            add_name(Toponym(part.start_char, part.end_char, part.text, matches))
    found.sort(key=lambda toponym: toponym.start)
    link_qualifiers(found, text)
    return found


def longest_name(text: str, toponym: Toponym) -> Toponym:
    """The toponym stretched over the words after it while they make a longer name the
    gazetteer knows by its main name: the tagger cuts "Guinea-Bissau" to "Guinea"."""
    gazetteer = load_gazetteer()
    position = toponym.end
    for _ in range(LONGEST_NAME_WORDS):
        continuation = NAME_CONTINUATION.match(text, position)
        if continuation is None:
            break
        position = continuation.end()
        name = text[toponym.start : position]
        matches = gazetteer.lookup(name)
        if any(not match.alternate for match in matches):
            toponym = replace(toponym, end=position, text=name, matches=matches)
    return toponym


class EntityName(NamedTuple):
    """A PERSON or ORG entity's token range and lower-cased words, computed once per article."""

    start: int
    end: int
    label: str
    words: frozenset[str]


def is_name_of_someone(part: Span, matches: tuple[Match, ...], names: list[EntityName]) -> bool:
    """Whether a would-be toponym is a person's or organisation's name, or no place name at all.

    "n't", "Jr.", "God", "Ukrainian" are no places; "Obama" and "Machado" are towns in the
    gazetteer but, where another of the article's entities (`names`: PERSON and ORG) names a
    person so and the word is not after "in"/"near" (`is_place_of_a_name`), the person. A
    country or capital stays a place ("Jordan", "Washington" beside George Washington); a name
    that the gazetteer does not know is dropped when it is a person's or organisation's word too.
    """
    words = [word.lower_ for word in part]
    if not part.text[:1].isupper() or " ".join(words) in place_cues()["not_a_place"]:
        return True
    if load_gazetteer().demonym_country(part.text):
        return True  # "Ukrainian" tagged GPE
    if any(m.entry.precision == "country" or m.entry.capital for m in matches):
        return False
    elsewhere = [name for name in names if name.end <= part.start or name.start >= part.end]
    people = set().union(*(name.words for name in elsewhere if name.label == "PERSON"))
    if all(word in people for word in words) and not is_place_of_a_name(part.root):
        return True
    named = set().union(*(name.words for name in elsewhere))
    return not matches and all(word in named for word in words)


def lookup_name(name: str) -> tuple[Match, ...]:
    """Gazetteer matches for a name; "Ituri province", "Lagos State": the division itself when
    the gazetteer lacks the full name (its first-level divisions, else whatever the name is);
    "western Cambodia", "southern Lebanon": the place itself, its precision saying so."""
    gazetteer = load_gazetteer()
    matches = gazetteer.lookup(name)
    words = name.split()
    if matches or len(words) < 2:
        return matches
    cues = place_cues()
    if words[0].lower() in cues["direction"]:  # "western Cambodia": the point is Cambodia's
        return lookup_name(" ".join(words[1:]))
    if words[-1].lower() not in cues["division"]:
        return matches
    matches = gazetteer.lookup(" ".join(words[:-1]))
    return tuple(m for m in matches if m.entry.precision == "admin1") or matches


def untagged_place_names(parse: Doc) -> list[Span]:
    """Proper nouns the entity tagger missed or mislabelled where a place is expected: after a
    preposition ("officials in Kyiv" tagged ORG, "the outskirts of Kharkiv" PERSON, "near
    Odesa" LANGUAGE, "spread to Mombasa"), before a division word ("Herat province"), or as the
    subject or object of a verb (kept only for a country or capital: "Moscow accused Kyiv").
    A several-word person stays a person."""
    cues = place_cues()
    found = []
    for word in tokens_of(parse):
        if word.pos != PROPN or word.ent_type_ in GEOGRAPHIC_LABELS + NOT_PLACE_LABELS:
            continue
        division = word.dep_ == "compound" and word.head.lower_ in cues["division"]
        if word.dep_ == "compound" and not division:
            continue
        if not (division or word.dep_ in ACTOR_RELATIONS or is_place_object(word)):
            continue
        first = min([word, *(child for child in word.lefts if child.dep_ == "compound")])
        last = word.head if division and word.head.i > word.i else word
        chunk = parse[first.i : last.i + 1]
        if word.ent_type_ == "PERSON" and (len(chunk) > 1 or word.dep_ in ACTOR_RELATIONS):
            continue
        found.append(chunk)
    return found


def is_place_object(word: Token) -> bool:
    """The object of a preposition that takes places, directly or as a conjunct."""
    word = coordinated_head(word)
    if word.dep_ != "pobj":
        return False
    cues = place_cues()
    return word.head.lower_ in cues["locative"] | cues["mention_preposition"]


def name_parts(ent: Span) -> list[Span]:
    """The entity without a leading "the" or trailing possessive, split at commas
    ("Paris, Texas" is two names, the second qualifying the first)."""
    words = [word for word in ent if not (word.dep_ == "det" or word.tag_ == "POS")]
    parts: list[list[Token]] = [[]]
    for word in words:
        if word.text == ",":
            parts.append([])
        else:
            parts[-1].append(word)
    doc = ent.doc
    return [doc[part[0].i : part[-1].i + 1] for part in parts if part]


def link_qualifiers(toponyms: list[Toponym], text: str) -> None:
    """ "Paris, Texas", "Georgia, US": a name right after a comma qualifies the one before."""
    for before, after in itertools.pairwise(toponyms):
        if before.qualifier is None and text[before.end : after.start] in (", ", ","):
            before.qualifier = after


# Resolving toponyms


@dataclass
class Evidence:
    """What the article says about where it is: the places that population alone settles,
    and the countries its demonyms and actor-like country names point to."""

    anchors: list[tuple[str, Entry, str]]
    """Each (name, place, role) once: a place named again adds no evidence, and scoring every
    candidate against every mention would cost the square of the article's length."""
    actor_countries: frozenset[str]
    story_countries: frozenset[str] = frozenset()
    """The countries the article names as countries, as places or as governments."""

    @classmethod
    def of(cls, parse: Doc, toponyms: list[Toponym]) -> Evidence:
        gazetteer = load_gazetteer()
        anchors: dict[tuple[str, str, str], tuple[str, Entry, str]] = {}
        actor_countries = set()
        settled = cls([], frozenset())
        for toponym in toponyms:
            entry = decided(ranked_candidates(toponym, settled), toponym, settled)
            if entry is None:
                continue
            role = role_of(replace(toponym, entry=entry), parse)
            key = name_key(toponym.text)
            anchors.setdefault((key, entry.id, role), (key, entry, role))
            if role == "government" and entry.country:
                actor_countries.add(entry.country)
        for ent in entities_of(parse):
            if ent.label_ == "NORP":
                country = gazetteer.demonym_country(ent.text)
                if country:
                    actor_countries.add(country)
        story_countries = frozenset(
            entry.country for _, entry, _ in anchors.values() if entry.precision == "country"
        )
        return cls(list(anchors.values()), frozenset(actor_countries), story_countries)

    def bonus(self, candidate: Entry, toponym: Toponym) -> float:
        key = name_key(toponym.text)
        found = [0.0]
        if toponym.qualifier is not None and any(
            match.entry.contains(candidate) or match.entry.id == candidate.id
            for match in toponym.qualifier.matches
        ):
            found.append(EVIDENCE_WEIGHTS["qualifier"])
        if candidate.country in self.actor_countries:
            found.append(EVIDENCE_WEIGHTS["actor_country"])
        for anchor_key, anchor, role in self.anchors:
            if anchor_key == key or role != "place":
                continue
            if candidate.contains(anchor):
                found.append(EVIDENCE_WEIGHTS["contains"])
            elif anchor.contains(candidate):
                kind = "in_admin1" if anchor.precision == "admin1" else "in_country"
                found.append(EVIDENCE_WEIGHTS[kind])
            elif (
                anchor.country == candidate.country
                and anchor.precision != "country"
                and candidate.precision != "country"
            ):
                found.append(EVIDENCE_WEIGHTS["same_country"])
            elif candidate.precision == "country" and anchor.country in candidate.neighbours:
                found.append(EVIDENCE_WEIGHTS["neighbour"])
        return max(found)


def collapsed(matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """One reading where a name names nested places, and main names before alternate ones.

    A country over its city of the same name ("Kuwait", "Singapore"); a city over its state or
    province of the same main name ("Baghdad"; not "Oklahoma", Oklahoma City's other name);
    alternate names only where no main name matches
    ("Kiev"; not Arak, whose alternate names include "Iraq").
    """
    kept = []
    for match in matches:
        entry = match.entry
        shadowed = any(
            other.entry.contains(entry)
            if other.entry.precision == "country"
            else entry.precision == "admin1" and not other.alternate and entry.contains(other.entry)
            for other in matches
            if other is not match
        )
        if not shadowed:
            kept.append(match)
    main = [match for match in kept if not match.alternate]
    return tuple(main or kept)


def ranked_candidates(toponym: Toponym, evidence: Evidence) -> tuple[Entry, ...]:
    readings = collapsed(toponym.matches)
    scored = sorted(
        (-score(match, toponym, evidence), match.entry.id, match.entry) for match in readings
    )
    return tuple(entry for _, _, entry in scored)


def score(match: Match, toponym: Toponym, evidence: Evidence) -> float:
    entry = match.entry
    source = entry.id.split(":")[0]
    value = math.log10(max(entry.population, 1000))
    value += PROMINENCE_PRIORS.get((entry.precision, source), 0.0)
    if entry.capital:
        value += CAPITAL_PRIOR
    if source == "eventwire":
        value += CURATED_PRIOR
    if match.alternate:
        value += ALTERNATE_NAME_PRIOR
    value += NAMES_WEIGHT * math.log10(1 + entry.names)
    return value + evidence.bonus(entry, toponym)


def decided(candidates: tuple[Entry, ...], toponym: Toponym, evidence: Evidence) -> Entry | None:
    """The best candidate when it wins by a decisive margin; None leaves the name ambiguous.

    A little-known town outside every country the article names yields to a reading inside
    one: "Bali" in a story about Indonesia is its province, not a suburb in India.
    """
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) < 2:
        return None
    best = candidates[0]
    story = evidence.story_countries
    if story and best.country is not None and best.country not in story:
        inside = [c for c in candidates if c.country in story]
        if inside and not is_well_known(best):
            return inside[0]
    by_id = {match.entry.id: match for match in toponym.matches}
    first, second = (score(by_id[entry.id], toponym, evidence) for entry in candidates[:2])
    return candidates[0] if first - second >= DECISIVE_MARGIN else None


def is_well_known(entry: Entry) -> bool:
    """A capital, a country, a US state, a region of ours or a city named in many languages:
    known abroad."""
    if entry.capital or entry.precision in ("country", "region"):
        return True
    if entry.precision == "admin1":
        return entry.id.startswith("geonames:")
    return entry.names >= WELL_KNOWN_NAMES


# Place names standing for governments


def role_of(toponym: Toponym, parse: Doc) -> str:
    """ "government" where a country, capital or seat of government stands for its state, else
    "place".

    By the dependency parse: the subject of an action ("Tehran declared"), a possessor
    ("Washington's exit"), the object of "against"/"between" ("tensions between Tehran and
    Washington") or of a verb addressing a party ("accused Washington"), a country after a
    noun and "on" ("sanctions on Iran", "revenge on America"), a country modifying
    a noun ("US troops", "Iran nuclear deal") or a capital modifying a government noun
    ("Tehran officials").
    """
    entry = toponym.entry
    if toponym.dateline or toponym.facility or entry is None:
        return "place"
    cues = place_cues()
    seat = name_key(entry.name) in cues["seat_of_government"]
    if entry.precision != "country" and not entry.capital and not seat:
        return "place"
    span = span_at(parse, toponym.start, toponym.end)
    if span is None:
        return "place"
    word = first_conjunct(span.root)
    head = word.head
    head_words = {head.lower_, head.lemma_.lower()}
    if word.dep_ == "nsubj" and head.lemma_.lower() not in cues["place_subject_verb"]:
        return "government"
    if word.dep_ == "poss" and not head_words & (cues["area"] | cues["facility"]):
        return "government"
    if word.dep_ == "pobj" and head.lower_ in cues["government_preposition"]:
        return "government"
    if (
        entry.precision == "country"
        and word.dep_ == "pobj"
        and head.lower_ in cues["party_preposition"]
        and head.head.pos_ in ("NOUN", "PROPN")
    ):
        return "government"
    if word.dep_ == "dobj" and head.lemma_.lower() in cues["party_verb"]:
        return "government"
    if word.dep_ in MODIFIER_RELATIONS and (
        entry.precision == "country" or head_words & cues["government_head"]
    ):
        return "government"
    return "place"


# Records


def place_record(toponym: Toponym) -> Place:
    entry = toponym.entry
    candidates = [] if entry is not None else [candidate_record(e) for e in toponym.candidates]
    if entry is None:
        countries = {candidate.country for candidate in toponym.candidates}
        return Place(
            name=None,
            text=toponym.text,
            start=toponym.start,
            end=toponym.end,
            lat=None,
            lon=None,
            country=countries.pop() if len(countries) == 1 else None,
            admin1=None,
            precision=None,
            gazetteer_id=None,
            candidates=candidates[:MAX_CANDIDATES],
            role=toponym.role,
        )
    return Place(
        name=toponym.text if toponym.facility else entry.name,
        text=toponym.text,
        start=toponym.start,
        end=toponym.end,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=entry.admin1,
        precision="facility" if toponym.facility else entry.precision,
        gazetteer_id=entry.id,
        candidates=[],
        role=toponym.role,
    )


def candidate_record(entry: Entry) -> dict[str, object]:
    return {
        "name": entry.name,
        "gazetteer_id": entry.id,
        "precision": entry.precision,
        "country": entry.country,
        "admin1": entry.admin1,
        "lat": entry.lat,
        "lon": entry.lon,
        "population": entry.population,
    }


def coordinated_head(word: Token) -> Token:
    """The word a conjunct or apposition stands with ("Aleppo and Homs", "the capital, Kabul")."""
    while word.dep_ in ("conj", "appos") and word.head.i != word.i:
        word = word.head
    return word


def is_place_of_a_name(word: Token) -> bool:
    """Whether a word the article also uses in a person's name is a place by its preposition:
    "in Obama", not "an assault on Mendes" (`person_preposition`: a person is acted on)."""
    preposition = coordinated_head(word).head
    return is_locative_object(word) and preposition.lower_ not in place_cues()["person_preposition"]


def is_locative_object(word: Token) -> bool:
    """The object of a locative preposition ("in Kabul"), or of "of" after an area noun
    ("on the outskirts of Kabul", "north of Mosul"), or the owner of such a noun that is one
    ("in Somalia's Puntland region", "on Kabul's outskirts"), directly or as a conjunct."""
    cues = place_cues()
    word = coordinated_head(word)
    if word.dep_ == "poss" and word.head.lower_ in cues["area"]:
        return is_locative_object(word.head)
    if word.dep_ != "pobj":
        return False
    preposition = word.head
    if preposition.lower_ in cues["locative"]:
        return True
    return preposition.lower_ == "of" and preposition.head.lower_ in cues["area"]
