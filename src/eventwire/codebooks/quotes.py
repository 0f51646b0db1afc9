"""The quotes stage's vocabularies: the speech cues that attribute what is said, the labels
that open a headline without naming a speaker, and the function words that steer attribution.
Each table is read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table

TELLING_CLASSES = frozenset({"speech", "belief", "evidence"})
"""Cue classes whose holder tells the content as so: what was said, a view held, what a poll
found. An aim (intention) or a position taken on something (stance) tells nothing."""


@dataclass(frozen=True)
class CueBook:
    """codebooks/speech_cues.tsv, read once."""

    verbs: dict[str, frozenset[str]]
    """Verb lemma, or lemma and particle ('lay out'), -> the complements it introduces."""
    nouns: dict[str, frozenset[str]]
    """Noun lemma -> the complements it introduces ('claim that', 'decision to')."""
    classes: dict[str, str]
    """Verb or noun lemma -> what it attributes: speech, belief, intention, stance, evidence."""
    phrases: tuple[tuple[str, ...], ...]
    """Prepositional cues ('according to')."""
    sources: dict[str, frozenset[str]]
    """Noun lemma -> the prepositions that make it the source of their clause ('in a poll')."""
    openings: frozenset[str]
    """Prepositions that, opening a sentence with a person or group as their object, give the
    sentence as that holder's view ('To Ruiz, the pier is a landmark')."""
    adjectives: dict[str, frozenset[str]]
    """Adjective lemma -> the complements it introduces ('is confident that', 'made it clear')."""
    holders: dict[str, frozenset[str]]
    """Noun lemma -> the complements it introduces, for a noun naming who holds a view, read
    as a predicate ('Ruiz is a critic of the plan')."""
    adverbs: frozenset[str]
    """Adverbs that attribute the clause they modify to an unnamed source ('reportedly')."""
    carriers: dict[str, str]
    """Verb lemma -> what it makes of a cue noun it governs: 'light' (its subject holds the
    view: 'raised questions about'), 'received' (the holder goes unnamed: 'faced criticism'),
    'gained' ('won the endorsement of X': read only with a noun whose 'of' object gives it)."""
    headline_forms: frozenset[str]
    """Third-person and past forms of speech cues that introduce a clause or name something,
    as headlines use them ('Says', 'Warns', 'Calls'): other cues' forms are as often nouns or
    plain acts there ('Harbour Plans Approved', 'Harbour Talks Resume', 'Ruiz Offers Deal')."""
    lemma_of_form: dict[str, str]
    """Inflected forms -> lemma, for words the tagger lemmatises wrongly ('hopes', 'hoping' ->
    'hop')."""


@loads("speech_cues.tsv")
@lru_cache(maxsize=1)
def speech_cues() -> CueBook:
    verbs, nouns, classes, phrases, forms, lemmas = {}, {}, {}, [], set(), {}
    sources, adjectives, holders, carriers, adverbs, openings = {}, {}, {}, {}, set(), set()
    # the other patterns whose cues introduce complements, classed under 'pattern:cue'
    complement_cues = {"adjective": adjectives, "holder": holders, "noun": nouns}
    # the patterns whose cues are single words with no complements, classed likewise
    word_cues = {"opening": openings, "adverb": adverbs}
    for row in read_table("speech_cues.tsv"):
        cue = row["cue"]
        if row["pattern"] == "preposition":
            phrases.append(tuple(cue.split()))
            continue
        if row["pattern"] == "source":
            sources[cue] = frozenset(c.removeprefix("prep:") for c in row["complements"].split("|"))
            classes[f"source:{cue}"] = row["class"]
            continue
        if row["pattern"] in ("light", "received", "gained"):
            carriers[cue] = row["pattern"]
            continue
        if row["pattern"] in word_cues:
            word_cues[row["pattern"]].add(cue)
            classes[f"{row['pattern']}:{cue}"] = row["class"]
            continue
        if row["pattern"] in complement_cues:
            complement_cues[row["pattern"]][cue] = frozenset(row["complements"].split("|"))
            classes[f"{row['pattern']}:{cue}"] = row["class"]
            continue
        verbs[cue] = frozenset(row["complements"].split("|"))
        classes[cue] = row["class"]
        if " " in cue:
            continue  # a particle verb ('lay out'): its verb's forms are the tagger's
        inflected = headline_forms(cue, row.get("forms") or "")
        if row["class"] == "speech" and verbs[cue] & {"clause", "naming"}:
            forms.update(inflected)  # not 'Harbour Plans Approved', 'Ruiz Offers Ferry Deal'
        participles = present_participles(cue, row.get("forms") or "")
        lemmas.update(dict.fromkeys(inflected | participles, cue))
    return CueBook(
        verbs,
        nouns,
        classes,
        tuple(phrases),
        sources,
        frozenset(openings),
        adjectives,
        holders,
        frozenset(adverbs),
        carriers,
        frozenset(forms),
        lemmas,
    )


def headline_forms(lemma: str, irregular: str) -> set[str]:
    """Third-person and past forms ('says', 'said', 'warns'): base forms read as nouns."""
    if irregular:
        return {form for form in irregular.split("|") if not form.endswith("ing")} - {lemma}
    if lemma.endswith("y"):
        return {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    plural = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    return {plural, past}


def present_participles(lemma: str, irregular: str) -> set[str]:
    """'-ing' forms ('hoping', 'saying'), which the tagger may lemmatise wrongly ('hop')."""
    listed = {form for form in irregular.split("|") if form.endswith("ing")}
    if listed:
        return listed
    silent_e = lemma.endswith("e") and not lemma.endswith("ee")
    return {lemma[:-1] + "ing" if silent_e else lemma + "ing"}


@loads("headline_labels.tsv")
@lru_cache(maxsize=1)
def headline_labels() -> frozenset[str]:
    return frozenset(row["label"] for row in read_table("headline_labels.tsv"))


@loads("editorial_notes.tsv")
@lru_cache(maxsize=1)
def editorial_note_labels() -> frozenset[str]:
    """Labels opening a publisher's note on the article ("Editor's note:"), lower-cased."""
    return frozenset(row["label"] for row in read_table("editorial_notes.tsv"))


@dataclass(frozen=True)
class QuoteWords:
    """codebooks/quote_words.tsv: function words by the role they play in reading attribution."""

    concessive_marks: frozenset[str]
    object_prepositions: frozenset[str]
    future_auxiliaries: frozenset[str]
    empty_subjects: frozenset[str]
    owner_prepositions: frozenset[str]
    name_particles: frozenset[str]
    question_words: frozenset[str]
    answer_words: frozenset[str]
    report_breaks: frozenset[str]
    sent_messages: frozenset[str]
    written_things: frozenset[str]
    content_subordinators: frozenset[str]
    wh_openers: frozenset[str]
    goods: frozenset[str]
    sellers: frozenset[str]
    finders: frozenset[str]
    reflexives: frozenset[str]
    struck: frozenset[str]
    fighters: frozenset[str]
    determiners: tuple[str, ...]
    """In the table's order."""


@loads("quote_words.tsv")
@lru_cache(maxsize=1)
def quote_words() -> QuoteWords:
    words: dict[str, list[str]] = {}
    for row in read_table("quote_words.tsv"):
        words.setdefault(row["role"], []).append(row["word"])
    return QuoteWords(
        concessive_marks=frozenset(words["concessive_mark"]),
        object_prepositions=frozenset(words["object_preposition"]),
        future_auxiliaries=frozenset(words["future_auxiliary"]),
        empty_subjects=frozenset(words["empty_subject"]),
        owner_prepositions=frozenset(words["owner_preposition"]),
        name_particles=frozenset(words["name_particle"]),
        question_words=frozenset(words["question_word"]),
        answer_words=frozenset(words["answer_word"]),
        report_breaks=frozenset(words["report_break"]),
        sent_messages=frozenset(words["sent_message"]),
        written_things=frozenset(words["written_thing"]),
        content_subordinators=frozenset(words["content_subordinator"]),
        wh_openers=frozenset(words["wh_opener"]),
        goods=frozenset(words["goods"]),
        sellers=frozenset(words["seller"]),
        finders=frozenset(words["finder"]),
        reflexives=frozenset(words["reflexive"]),
        struck=frozenset(words["struck"]),
        fighters=frozenset(words["fighter"]),
        determiners=tuple(words["determiner"]),
    )
