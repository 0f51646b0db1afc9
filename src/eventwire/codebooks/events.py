"""The event vocabularies: CAMEO codes, PLOVER types, trigger patterns and modality cues.

Each table is read once and cached. Verb and noun patterns are indexed by lemma, so the
event stage looks a word up in a dict instead of scanning the tables. Users add their own
pattern files with the settings (`Settings(event_patterns=...)`, or EVENTWIRE_EVENT_PATTERNS
through the CLI): YAML with `verbs:` and `nouns:` sections in the format of verbs.yaml and
nouns.yaml, whose frames are tried before ours for the same lemma.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventwire.codebooks import codebook_path, loads, read_table
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.settings import Settings, settings_in_force


class CodebookError(ValueError):
    """A codebook entry that cannot be used: names the file, the entry and the reason."""


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class PloverType:
    type: str
    quad_class: int
    modes: tuple[str, ...]
    on_the_ground: bool
    off_the_ground: frozenset[str]
    """Modes of an on-the-ground type done by a decision with no place (RETREAT "ease")."""
    met_in_person: bool
    description: str


@dataclass(frozen=True)
class Frame:
    """One trigger pattern: the conditions a word's dependents must meet, and the code it gives."""

    code: str
    particle: str | None = None
    objects: frozenset[str] | None = None
    not_objects: frozenset[str] | None = None
    """The frame does not fit when its object names one of these ("offered no evidence",
    "met with opposition", "seize the opportunity"): the verb is not the act."""
    object_kinds: frozenset[str] | None = None
    """The frame fits only when what it acts on (its direct object, the object of a target
    phrase, a passive's undergoer, a relative clause's noun) names one of these kinds (`actor`:
    a person, a group, an organisation, a government or a country; `place`): the codes of a
    relation between parties need a party there ("welcomed the minister", not "welcomed the
    rain"; "met the president", not "met resistance")."""
    not_own_objects: frozenset[str] | None = None
    """The frame does not fit when its object names one of these and a possessive pronoun
    makes it the doer's own ("defended his record"): justifying oneself supports no one."""
    not_partyless_objects: frozenset[str] | None = None
    """The frame does not fit when its object names one of these and its phrase names no party
    ("hailed strong economic growth"); "hailed the growth of its ties with Russia" praises one."""
    not_people_objects: frozenset[str] | None = None
    """The frame does not fit when what it acts on names one of these and its phrase names
    people ("lifted the quota on refugees", "its quota for women", "suspended the duties of
    the police chief", "his duties"): a duty or quota of people's, no trade measure, where
    "duties on steel", "the import quota" and "quotas on Iran" are."""
    no_issue_object: bool = False
    """The frame does not fit when its direct object is an issue spoken of in general, a bare
    common noun naming no party ("supports immigration reform", "backs tougher rules"): a
    position held, no dated act toward an actor or a measure ("backed the reform bill")."""
    not_describing: bool = False
    """The frame does not fit when the word is a present participle describing a noun that
    names an actor ("a super PAC backing the senator", "groups supporting her"): whom the
    group stands for, told as what it is, no dated act."""
    one_party_papers: frozenset[str] | None = None
    """The frame does not fit when one party alone signs a new paper that names one of these,
    a paper a party issues for itself: a singular subject, no target phrase ("with",
    "between"), and an object with "a" or "an" ("the governor signed a memorandum", "she signed
    a confidentiality agreement"). A treaty, pact or deal is an agreement even where its
    partner is told elsewhere ("Iran signed a cooperation agreement on Saturday"), as is a
    paper with a second party ("signed a memorandum with Kenya", "the two leaders signed a
    declaration") or one already told ("Kenya signed the declaration")."""
    not_particles: frozenset[str] | None = None
    intransitive: bool = False
    transitive: bool = False
    """The verb must act on something: a direct object, or the passive ("the building burned
    down" is a fire, "they burned the building" arson)."""
    sole_object: bool = False
    """The verb must have no more than one direct object: "denied it" denies what was told
    before it, where "deny it further loans" (read as two objects) withholds the loans."""
    preps: frozenset[str] | None = None
    prep_objects: frozenset[str] | None = None
    not_prep_objects: frozenset[str] | None = None
    """The frame does not fit when a phrase on one of `preps` governs one of these ("withdrew
    from the race" leaves a contest: no sanction, no retreat)."""
    not_preps: frozenset[str] | None = None
    """The frame does not fit when a phrase headed by one of these comes right after the word
    and names more than a date ("fighting about Obama" is a quarrel, "seized on the video"
    an opening; "seized on Monday" is still a seizure)."""
    not_aims: frozenset[str] | None = None
    """The frame does not fit when what the act is done for is one of these: a cause or a
    place in a contest ("fought for our rights", "a battle for first place") is no combat."""
    not_places: frozenset[str] | None = None
    """The frame does not fit when a phrase headed by "in" or "at" on the word names one of
    these: a visit "in prison" or "at home" is a private one, no meeting of actors."""
    complement: frozenset[str] | bool = False
    subjunctive: bool = False
    """The clausal complement must be in the subjunctive or carry a modal ("insisted that
    Israel withdraw"); a tensed one states a claim ("insists it is committed")."""
    asking: bool = False
    """With `subjunctive`, the modal must be one of obligation ("insists any deal must allow
    inspections"): one of the future or of possibility foretells ("insisted that change will
    come", "insist that he may yet win"), and asks nothing."""
    no_claim: bool = False
    """The frame does not fit when a tensed clausal complement states a claim: "agree that
    the law was unfair" shares a view, agrees to nothing."""
    no_clause: bool = False
    """The frame does not fit when a clause complements it, tensed or modal, or says what its
    object is of: "demonstrated that she could lead" shows something, where protesters
    demonstrate against or outside; "expressed concern that prices may rise" fears."""
    not_marks: frozenset[str] | None = None
    """The frame does not fit when one of these subordinating words introduces the word's
    clause and the clause has no subject: "as opposed to" contrasts two things, no one opposes
    anything ("as his lawyers opposed the request" tells a time)."""
    not_complements: frozenset[str] | None = None
    """The frame does not fit when its clausal complement, or the gerund its `prep` phrase
    governs, is one of these ("declined to comment" refuses nothing anyone asked for; "charged
    with overseeing the vote" gives a task, no charge)."""
    prep_gerund: bool = False
    """The `prep` phrase must govern a gerund, a reason or a means ("attacked the newspaper
    for refusing to print"), not a time ("attacked the town for the third time")."""
    verb_only: bool = False
    """Only a verb fits, not the adjective of the same lemma ("freed them"; "rabies-free",
    "free of violations" free no one)."""
    complement_needs_object: bool = False
    """With a clausal complement the frame fits only when an object names who is served
    ("helped Ukraine defend itself"): "helped bring down the president", "help support the
    rights" name an act of their own, no aid."""
    not_question: bool = False
    """The frame does not fit where the word puts a question, not an appeal: it cues a quoted
    question ("'Is it fair?' she asked") or asks for a question word ("I ask, for whom?")."""
    targets: tuple[str, ...] = ("object",)
    commits: bool = False
    needs_event: bool = False
    checkable: bool = False
    """With `commits`, the frame does not fit a promise of a goal, a value or a slogan
    (pledged_aims.tsv: "pledged to make the province proud again"): an issue stance, no act."""
    reprisal: bool = False
    """The word is a reprisal its doer states without naming the act ("would resolutely
    respond", "will take steps to defend"): the statement is itself the threat, told as the
    saying is; an asserted one ("responded firmly") tells what was done, and is none."""
    negation_vows: bool = False
    """A reprisal vowed by denying a holding back ("will not hesitate to shut the power off"):
    only a negated, intended reading fits ("did not hesitate", "do not hesitate to report"
    tell what is or was done)."""
    withheld: bool = False
    """A permission withheld is the act: the frame fits only where a negation is on the verb
    itself, tensed, with no modal, condition or question ("they are not allowed to leave": a
    restriction in force, COERCE), told as its telling is."""
    tensed: bool = False
    """The frame fits only a verb that bears tense, no modal ("the police barred the crowd"):
    "a plan to bar them", "an injunction barring him" tell no act done."""
    purposes: frozenset[str] | None = None
    """A "to" clause of purpose on the word or its object must have one of these lemmas
    ("take steps to defend their security"; "take steps to strengthen the law" threatens no one)."""
    passive: bool | None = None
    modifiers: frozenset[str] | None = None
    not_modifiers: frozenset[str] | None = None
    """The frame does not fit when a compound or adjective modifier is one of these: a "heart
    attack" is an illness."""
    not_charged: frozenset[str] | None = None
    """The frame does not fit when the word names what one of these is for ("one count of
    kidnapping", "convictions for assault", "convicted of sexual assault"): a crime named as a
    charge, whose charge or verdict is the event."""
    reciprocal: bool = False
    partner: bool = False
    """The frame fits only where the act names whom it is held with: a phrase on one of its
    target prepositions naming an actor, no press ("spoke by phone with Macron"), or two
    subjects ("Duterte and Suga spoke by phone"); "who spoke by phone" is how words came."""
    subjects: frozenset[str] | None = None
    purpose_of: frozenset[str] | None = None
    """Where `subjects` is set, the frame fits whatever the subject as the purpose of one of
    these verbs ("forces were deployed to protect civilians", "sent troops to protect the
    town"): those sent do the act, not the clause's subject."""
    not_subjects: frozenset[str] | None = None
    """The frame does not fit when its subject names one of these ("the train was travelling
    to Quetta" is no visit): the verb's sense needs an actor there."""
    doers: frozenset[str] | None = None
    """The frame fits only when what does the act names one of these ("the home was raided by
    police"): the same act by other hands is another type."""
    not_doers: frozenset[str] | None = None
    """The frame does not fit when what does the act names one of these ("a quake that killed
    six", "the store was destroyed in a fire"): a force of nature is no actor, its harm no
    attack."""
    not_posts: frozenset[str] | None = None
    """The frame does not fit when the post left names one of these, as its doer, its doer's
    title or after "as" or "from" ("Reed, the chief executive, resigned", "stepped down as CEO"):
    leaving a private post is no public act (signed ruling 6e)."""
    plural: bool | None = None
    agents: tuple[str, ...] = ()
    """Prepositions whose object does the act a noun names ("the withdrawal of Serbian
    forces"): its source when nothing else names one."""
    judged: bool = False
    """A condemning predicate ("the killings are unacceptable," the envoy said): the speaker
    criticises; what the clause is about is the target."""
    actor_modifier: bool = False
    """A noun's modifier must name an actor, the noun bare and not a subject ("amid UK
    opposition", "faced Western opposition"; not "the Syrian opposition said")."""
    named_person: bool | None = None
    """The frame fits only when (yes) a person named by name does the act or, in the active, is
    what it is done to ("Trump attacked Cruz", "attacked by Palin", "his attacks on Trump"): the
    news tells armed attacks of forces, groups and gunmen, a politician's attack of words; or
    only when (no) it is not: "her battle against Sanders" is a contest, no combat."""
    carriers: frozenset[str] | None = None
    """A noun's frame fits only when one of these verbs carries it: its support verb
    ("conducted operations", "an operation was launched"), a relative clause's ("the
    operations the army conducted") or a participle on it ("an operation conducted by the
    agency"): an act told as done, where "U.S. operations at the base" are a presence."""
    not_person_holder: frozenset[str] | None = None
    """The frame does not fit when a named person or a personal pronoun holds the act, as its
    possessor or name modifier or as the subject of one of these verbs ("a Trump rally", "his
    rallies", "Sanders held a rally"): a candidate's rally is electioneering."""
    contest: bool | None = None
    """The frame fits only where (yes), or only where not (no), the word is told as a contest
    for votes: in a story of an election campaign, in a sentence that names no force
    (`annotate.events.campaign`): "attacked his rival" in a primary is criticism, "a fierce
    battle for second place" and "a Trump rally" no violence and no protest."""
    not_determiners: frozenset[str] | None = None
    """The frame does not fit when a determiner of the word is one of these: "the deal"
    refers back to a deal told before, whose state the first telling gives."""
    public_doer: bool = False
    """An act that is news only when a public actor does it (a state, an official, a group the
    codebooks know): a private person's or a donor's gift to a charity is no aid."""
    named_doer: frozenset[str] | None = None
    """An act that is news only when a coded or named actor does it, or one of these (a firm:
    "the company was suspected of violating the embargo"): a rule broken by someone unnamed
    ("if they violate the terms of their stay", "an individual has violated the tax code")
    or by a thing ("it can violate privacy rules") defies no party."""
    institutional: bool = False
    """An act only an institution does (a charge, an indictment, a trial): the one it is done
    to takes part enough, when the text leaves the prosecutor or court unnamed ("he was
    charged with fraud", "she faces charges of bribery")."""


@dataclass(frozen=True)
class EventCues:
    """Word lists that change how an event is read (see event_cues.yaml)."""

    support_verbs: frozenset[str]
    negation_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    intention_verbs: frozenset[str]
    intention_nouns: frozenset[str]
    aim_nouns: frozenset[str]
    request_nouns: frozenset[str]
    refusal_nouns: frozenset[str]
    possibility_nouns: frozenset[str]
    alternative_nouns: frozenset[str]
    proposal_nouns: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_verbs: frozenset[str]
    held_nouns: frozenset[str]
    seeking_verbs: frozenset[str]
    sought_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    conditional_markers: frozenset[str]
    habitual_markers: frozenset[str]
    inert_doers: frozenset[str]
    """Subjects that do no act (a text of principles, a plan, a view, a case): no verb frame
    fits them."""
    habitual_adverbs: frozenset[str]
    recurring_time_words: frozenset[str]
    position_verbs: frozenset[str]
    many_words: frozenset[str]
    ranking_words: frozenset[str]
    purpose_carriers: frozenset[str]
    hedge_adverbs: frozenset[str]
    sequence_adverbs: frozenset[str]
    infinitive_questions: frozenset[str]
    prerequisite_markers: frozenset[str]
    means_prepositions: frozenset[str]
    sequence_prepositions: frozenset[str]
    reporting_verbs: frozenset[str]
    attribution_phrases: frozenset[str]
    claim_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    accusation_prepositions: frozenset[tuple[str, str]]
    """(verb, preposition) pairs: "accused Y of", "blamed Y for"."""
    prospect_prepositions: frozenset[tuple[str, str]]
    onset_nouns: frozenset[str]
    reward_nouns: frozenset[str]
    verbal_attack_words: frozenset[str]
    verbal_attack_targets: frozenset[str]
    violence_words: frozenset[str]
    military_targets: frozenset[str]
    """What an armed force fights and destroys (`object_kind: [military]`): "destroyed the air
    force", "destroyed rebel positions" is combat, "destroyed the church" harm to property."""
    possibility_prepositions: frozenset[tuple[str, str]]
    """(noun, preposition) pairs that make the event noun they govern only possible: "the
    possibility of a meeting", "the risk of war"."""
    withholding_prepositions: frozenset[tuple[str, str]]
    """(word, preposition) pairs whose act after the preposition is not done: "refrained from
    endorsing", "are prohibited from killing", "no sign of backing down"."""
    ruling_out_words: frozenset[str]
    ruling_out_limiters: frozenset[str]
    absence_prepositions: frozenset[str]
    replacement_prepositions: frozenset[tuple[str, str]]
    """(adverb, preposition) pairs putting another act in place of the event noun after them:
    "instead of sanctions", "rather than sanctions"."""
    request_prepositions: frozenset[tuple[str, str]]
    """(verb, preposition) pairs whose act after the preposition is asked for, not done:
    "called for banning", "pushed for holding talks"."""
    warning_prepositions: frozenset[tuple[str, str]]
    """(verb, preposition) pairs whose act after the preposition is warned against: "warned
    Uganda against sending troops" (Uganda's act, not done)."""
    participation_prepositions: frozenset[tuple[str, str]]
    """(word, preposition) pairs of taking part in the event noun after the preposition:
    "participate in", "take part in", "go ahead with"."""
    scheduled_modifiers: frozenset[str]
    scheduling_verbs: frozenset[str]
    asking_passives: frozenset[str]
    demanding_verbs: frozenset[str]
    undergoing_prepositions: frozenset[tuple[str, str]]
    brokering_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    accepting_verbs: frozenset[str]
    accepting_prepositions: frozenset[tuple[str, str]]
    aside_markers: frozenset[str]
    voice_nouns: frozenset[str]
    media_nouns: frozenset[str]
    decision_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    bare_infinitive_control_verbs: frozenset[str]
    convened_nouns: frozenset[str]
    meeting_topic_verbs: frozenset[str]
    additive_adverbs: frozenset[str]
    added_party_words: frozenset[str]
    new_referent_determiners: frozenset[str]
    event_heads: frozenset[str]
    pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    recipient_prepositions: frozenset[str]
    people_phrase_prepositions: frozenset[str]
    not_people_entity_types: frozenset[str]
    quantity_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    stative_participles: frozenset[str]
    deployment_verbs: frozenset[str]
    domestic_codes: frozenset[str]
    defiance_nouns: frozenset[str]
    pressure_nouns: frozenset[str]
    death_verbs: frozenset[str]
    custody_nouns: frozenset[str]
    suffering_words: frozenset[tuple[str, str]]
    commentator_nouns: frozenset[str]
    commentator_titles: frozenset[str]
    commentator_stances: frozenset[str]
    research_bodies: frozenset[str]
    broadcast_hosts: frozenset[str]
    broadcast_words: frozenset[str]
    opinion_writings: frozenset[str]
    poll_words: frozenset[str]
    person_pronouns: frozenset[str]
    actor_nouns: frozenset[str]
    question_markers: frozenset[str]
    presupposing_question_words: frozenset[str]
    doubt_words: frozenset[str]
    questioning_words: frozenset[str]
    knowing_words: frozenset[str]
    pending_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    gathering_aims: frozenset[str]
    reprisal_verbs: frozenset[str]
    pursuit_verbs: frozenset[tuple[str, str]]
    state_roles: frozenset[str]
    belief_verbs: frozenset[str]
    planned_acts: frozenset[str]
    addressed_acts: frozenset[str]
    stance_acts: frozenset[str]
    threatening_stances: frozenset[str]
    wishing_words: frozenset[str]
    planning_words: frozenset[str]
    likelihood_words: frozenset[str]
    hesitation_verbs: frozenset[str]
    open_condition_markers: frozenset[str]
    negated_measures: frozenset[str]
    threat_words: frozenset[str]
    intent_carriers: frozenset[str]
    intent_carrier_prepositions: frozenset[str]
    owner_prepositions: frozenset[str]
    gathering_prepositions: frozenset[str]
    event_place_prepositions: frozenset[str]
    circumstance_prepositions: frozenset[str]
    given_circumstance_prepositions: frozenset[str]
    occurrence_verbs: frozenset[str]
    carrying_prepositions: frozenset[str]
    act_prepositions: frozenset[str]
    same_event_prepositions: frozenset[str]
    addressee_prepositions: frozenset[tuple[str, str]]
    obligation_modals: frozenset[str]
    obligation_verbs: frozenset[str]
    stative_verbs: frozenset[str]
    anyone_words: frozenset[str]
    judgement_words: frozenset[str]
    prospect_modifiers: frozenset[str]
    setting_prepositions: frozenset[str]
    speech_nouns: frozenset[str]
    partner_prepositions: frozenset[str]
    audience_verbs: frozenset[str]
    speech_act_kin: frozenset[tuple[str, str]]
    speech_act_codes: frozenset[str]
    aiming_participles: frozenset[tuple[str, str]]

    @cached_property
    def speech_act_of(self) -> dict[str, str]:
        """`speech_act_kin` as a mapping, code or root -> speech act, built once: the merge
        asks it of every pair of mentions it compares."""
        return dict(self.speech_act_kin)

    @cached_property
    def aiming_places_of(self) -> dict[str, tuple[str, ...]]:
        """`aiming_participles` as a mapping, participle lemma -> where it names whom the
        attack hits (in sorted order), built once: asked of every attack with no target."""
        places: dict[str, list[str]] = {}
        for lemma, place in sorted(self.aiming_participles):
            places.setdefault(lemma, []).append(place)
        return {lemma: tuple(where) for lemma, where in places.items()}


class UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice (YAML keeps the last one silently, which
    would drop a lemma's first frames)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise CodebookError(f"line {key_node.start_mark.line + 1}: {key!r} given twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str, where: str) -> Any:
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)  # a SafeLoader: no arbitrary objects
    except CodebookError as error:
        raise CodebookError(f"{where}: {error}") from None
    except yaml.YAMLError as error:
        raise CodebookError(f"{where}: not valid YAML ({error})") from None


def read_yaml(name: str) -> Any:
    return load_yaml(codebook_path(name).read_text(encoding="utf-8"), name)


@loads("cameo.tsv")
@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    return {
        row["code"]: CameoCode(
            row["code"], row["name"], float(row["goldstein"]), int(row["quad_class"])
        )
        for row in read_table("cameo.tsv")
    }


@loads("plover.tsv")
@lru_cache(maxsize=1)
def plover_types() -> dict[str, PloverType]:
    return {
        row["type"]: PloverType(
            row["type"],
            int(row["quad_class"]),
            tuple(filter(None, row["modes"].split("|"))),
            row["on_the_ground"] == "yes",
            frozenset(filter(None, row["off_the_ground"].split("|"))),
            row["met_in_person"] == "yes",
            row["description"],
        )
        for row in read_table("plover.tsv")
    }


@loads("cameo_plover.tsv")
@lru_cache(maxsize=1)
def _cameo_to_plover() -> dict[str, tuple[str, str | None]]:
    return {
        row["cameo"]: (row["plover"], row["mode"] or None) for row in read_table("cameo_plover.tsv")
    }


def plover_type_of(code: str) -> PloverType | None:
    """The PLOVER type a CAMEO code falls in, with what the type says (quad class, whether it
    happens on the ground); None for a code PLOVER does not type."""
    name = plover_for(code)[0]
    return plover_types()[name] if name is not None else None


def happens_on_the_ground(code: str) -> bool:
    """Whether an act of this CAMEO code happens at a place (an attack, an arrest), not in
    words or on paper."""
    plover_type = plover_type_of(code)
    return (
        plover_type is not None
        and plover_type.on_the_ground
        and plover_for(code)[1] not in plover_type.off_the_ground
    )


def met_in_person(code: str) -> bool:
    """Whether the parties of an act of this CAMEO code meet at a place (talks, a visit; not
    a call), so that a place phrase on either party is where it happened."""
    plover_type = plover_type_of(code)
    return (
        plover_type is not None
        and plover_type.met_in_person
        and plover_for(code)[1] not in plover_type.off_the_ground
    )


def plover_for(code: str) -> tuple[str | None, str | None]:
    """PLOVER type and mode of a CAMEO code, from its own row or its nearest parent's."""
    table = _cameo_to_plover()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None, None


@loads("pledged_aims.tsv")
@lru_cache(maxsize=1)
def pledged_aims() -> dict[str, frozenset[str]]:
    """Promised verbs that name a goal rather than an act: lemma -> the words that must stand
    on it (empty: any use of the verb)."""
    aims: dict[str, set[str]] = {}
    for row in read_table("pledged_aims.tsv"):
        aims.setdefault(row["act"], set()).update([row["word"]] if row["word"] else [])
    return {act: frozenset(words) for act, words in aims.items()}


@loads("commitments.tsv")
@lru_cache(maxsize=1)
def _commitments() -> dict[str, dict[str, str]]:
    return {row["committed"]: row for row in read_table("commitments.tsv")}


def _commitment_row(committed: str) -> dict[str, str] | None:
    table = _commitments()
    for length in range(len(committed), 1, -1):
        row = table.get(committed[:length])
        if row is not None:
            return row
    return None


def _commitment(committed: str, kind: str) -> str | None:
    row = _commitment_row(committed)
    return (row[kind] or None) if row is not None else None


def commitment_code(committed: str) -> str | None:
    """The code of a promise or threat to carry out the act coded `committed`; None where
    saying so is neither ("plans to urge" is a future appeal, no promise)."""
    row = _commitment_row(committed)
    return "030" if row is None else row["promised"] or None


def refusal_code(committed: str) -> str | None:
    """The code of saying one will not carry out the act (None: refusing it is no rejection)."""
    return _commitment(committed, "refused")


def demand_code(committed: str | None) -> str:
    """The code of demanding that another actor carry out the act."""
    return (_commitment(committed, "demanded") if committed else None) or "100"


def appeal_code(committed: str | None) -> str:
    """The code of appealing to another actor to carry out the act: CAMEO's 02 row parallel to
    the demand's ("urged the release" 0253 beside "demanded the release" 1053)."""
    return (_commitment(committed, "appealed") if committed else None) or "020"


@loads("event_cues.yaml")
@lru_cache(maxsize=1)
def event_cues() -> EventCues:
    data = read_yaml("event_cues.yaml")
    return EventCues(
        **{
            name: frozenset(pairs(data[name]) if isinstance(data[name], dict) else data[name])
            for name in EventCues.__dataclass_fields__
        }
    )


def pairs(table: dict[str, str | list[str]]) -> list[tuple[str, str]]:
    """(word, preposition) pairs of a table whose word takes one preposition or a list."""
    return [
        (word, preposition)
        for word, value in table.items()
        for preposition in (value if isinstance(value, list) else [value])
    ]


PATTERN_SETS_KEPT = 4
"""Sets of user pattern files whose index a process keeps."""


@loads("verbs.yaml")
def verb_frames(settings: Settings | None = None) -> dict[str, tuple[Frame, ...]]:
    """Verb lemma -> its frames, most specific first (those of the pattern files of `settings`,
    default the settings in force, first)."""
    return _verb_frames((settings or settings_in_force()).event_patterns)


def agreement_nouns(settings: Settings | None = None) -> frozenset[str]:
    """The `$agreement` class of the verb patterns (treaty, deal, accord ...; a user's pattern
    file that redefines it, as for the frames): documents and deals, things that last after
    the day they were made."""
    return _verb_classes((settings or settings_in_force()).event_patterns)["agreement"]


@loads("nouns.yaml")
def noun_frames(settings: Settings | None = None) -> dict[str, tuple[Frame, ...]]:
    """Event-noun lemma -> its frames, most specific first (the user's own first)."""
    return _noun_frames((settings or settings_in_force()).event_patterns)


@lru_cache(maxsize=PATTERN_SETS_KEPT)
def _verb_frames(pattern_files: tuple[Path, ...]) -> dict[str, tuple[Frame, ...]]:
    return _frames("verbs", read_yaml("verbs.yaml"), pattern_files, default_targets=("object",))


@lru_cache(maxsize=PATTERN_SETS_KEPT)
def _verb_classes(pattern_files: tuple[Path, ...]) -> dict[str, frozenset[str]]:
    return _word_classes(_pattern_sources("verbs", read_yaml("verbs.yaml"), pattern_files))


@lru_cache(maxsize=PATTERN_SETS_KEPT)
def _noun_frames(pattern_files: tuple[Path, ...]) -> dict[str, tuple[Frame, ...]]:
    return _frames(
        "nouns",
        read_yaml("nouns.yaml"),
        pattern_files,
        default_targets=("against", "on", "at", "of"),
    )


def _user_patterns(kind: str, pattern_files: tuple[Path, ...]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in pattern_files:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise CodebookError(f"{path}: cannot read event patterns ({error})") from None
        data = load_yaml(text, str(path))
        if not isinstance(data, dict):
            raise CodebookError(f"{path}: expected a mapping with 'verbs' and/or 'nouns'")
        section = dict(data.get(kind) or {})
        section["classes"] = data.get("classes") or {}
        found.append((str(path), section))
    return found


def shared_word_classes() -> dict[str, frozenset[str]]:
    """Word classes the frames share with another codebook: `$happenings`, what happens
    rather than who acts (the `happening_noun` rows of actor_cues.tsv, which also keep those
    words out of actor slots), and `$press` (`press_noun`: the press, no party to a meeting)."""
    cues = actor_cues()
    return {"happenings": cues["happening_noun"], "press": cues["press_noun"]}


def _pattern_sources(
    kind: str, ours: dict[str, Any], pattern_files: tuple[Path, ...]
) -> list[tuple[str, dict[str, Any]]]:
    """The user's `kind` patterns, file by file, then ours (verbs.yaml or nouns.yaml)."""
    return [*_user_patterns(kind, pattern_files), (f"{kind}.yaml", ours)]


def _word_classes(sources: list[tuple[str, dict[str, Any]]]) -> dict[str, frozenset[str]]:
    """The `$` word classes the sources' frames may name: the shared ones, ours, and the
    user's, a user's class of the same name replacing ours."""
    classes = shared_word_classes()
    for _, data in reversed(sources):
        classes.update({key: frozenset(words) for key, words in data.get("classes", {}).items()})
    return classes


def _frames(
    kind: str,
    ours: dict[str, Any],
    pattern_files: tuple[Path, ...],
    default_targets: tuple[str, ...],
) -> dict[str, tuple[Frame, ...]]:
    """Index our `kind` patterns (verbs.yaml or nouns.yaml, read by their loader) and those of
    the user's pattern files by lemma."""
    sources = _pattern_sources(kind, ours, pattern_files)
    classes = _word_classes(sources)
    known = cameo_codes()
    index: dict[str, tuple[Frame, ...]] = {}
    for label, data in sources:
        for lemma, entries in data.items():
            if lemma == "classes":
                continue
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                raise CodebookError(f"{label}: {lemma}: expected a list of frames")
            frames = tuple(
                _frame(entry, f"{label}: {lemma}", classes, known, default_targets)
                for entry in entries
            )
            index[str(lemma)] = index.get(str(lemma), ()) + frames
    return index


OBJECT_KINDS = frozenset({"actor", "place", "military"})
"""The kinds of what a frame acts on that `object_kind` may ask for (`Frame.object_kinds`)."""


def object_kinds(listed: list[str] | None, where: str) -> frozenset[str] | None:
    """A frame's `object_kind` list, each a kind of `OBJECT_KINDS`."""
    if listed is None:
        return None
    unknown = set(map(str, listed)) - OBJECT_KINDS
    if unknown:
        raise CodebookError(f"{where}: unknown object_kind {sorted(unknown)}")
    return frozenset(map(str, listed))


def _frame(
    entry: dict[str, Any],
    where: str,
    classes: dict[str, frozenset[str]],
    known: dict[str, CameoCode],
    default_targets: tuple[str, ...],
) -> Frame:
    def words(listed: list[str] | None) -> frozenset[str] | None:
        if listed is None:
            return None
        expanded: set[str] = set()
        for word in listed:
            word = str(word)
            if word.startswith("$"):
                if word[1:] not in classes:
                    raise CodebookError(f"{where}: unknown word class {word}")
                expanded |= classes[word[1:]]
            else:
                expanded.add(word)
        return frozenset(expanded)

    code = str(entry.get("code"))
    if code not in known:
        raise CodebookError(f"{where}: {code} is not a CAMEO code")
    complement = entry.get("complement", False)
    return Frame(
        code=code,
        particle=entry.get("particle"),
        objects=words(entry.get("object")),
        not_objects=words(entry.get("not_object")),
        object_kinds=object_kinds(entry.get("object_kind"), where),
        not_own_objects=words(entry.get("not_own_object")),
        not_partyless_objects=words(entry.get("not_partyless_object")),
        not_people_objects=words(entry.get("not_people_object")),
        no_issue_object=entry.get("no_issue_object", False),
        not_describing=entry.get("not_describing", False),
        one_party_papers=words(entry.get("one_party_paper")),
        not_particles=words(entry.get("not_particle")),
        intransitive=entry.get("intransitive", False),
        transitive=entry.get("transitive", False),
        sole_object=entry.get("sole_object", False),
        preps=words(entry.get("prep")),
        prep_objects=words(entry.get("prep_object")),
        not_prep_objects=words(entry.get("not_prep_object")),
        not_preps=words(entry.get("not_prep")),
        not_aims=words(entry.get("not_aim")),
        not_places=words(entry.get("not_place")),
        complement=words(complement) if isinstance(complement, list) else complement,
        not_complements=words(entry.get("not_complement")),
        subjunctive=entry.get("subjunctive", False),
        asking=entry.get("asking", False),
        no_claim=entry.get("no_claim", False),
        no_clause=entry.get("no_clause", False),
        not_marks=words(entry.get("not_mark")),
        complement_needs_object=entry.get("complement_needs_object", False),
        not_question=entry.get("not_question", False),
        verb_only=entry.get("verb_only", False),
        prep_gerund=entry.get("prep_gerund", False),
        targets=tuple(entry.get("target", default_targets)),
        commits=entry.get("commits", False),
        needs_event=entry.get("needs_event", False),
        checkable=entry.get("checkable", False),
        reprisal=entry.get("reprisal", False),
        negation_vows=entry.get("negation_vows", False),
        withheld=entry.get("withheld", False),
        tensed=entry.get("tensed", False),
        purposes=words(entry.get("purpose")),
        passive=entry.get("passive"),
        modifiers=words(entry.get("modifier")),
        not_modifiers=words(entry.get("not_modifier")),
        not_charged=words(entry.get("not_charged")),
        reciprocal=entry.get("reciprocal", False),
        partner=entry.get("partner", False),
        subjects=words(entry.get("subject")),
        purpose_of=words(entry.get("purpose_of")),
        not_subjects=words(entry.get("not_subject")),
        doers=words(entry.get("doer")),
        not_doers=words(entry.get("not_doer")),
        not_posts=words(entry.get("not_post")),
        plural=entry.get("plural"),
        agents=tuple(entry.get("agent", ())),
        actor_modifier=entry.get("actor_modifier", False),
        judged=entry.get("judged", False),
        institutional=entry.get("institutional", False),
        not_determiners=words(entry.get("not_determiner")),
        public_doer=entry.get("public_doer", False),
        named_doer=words(entry.get("named_doer")),
        named_person=entry.get("named_person"),
        contest=entry.get("contest"),
        not_person_holder=words(entry.get("not_person_holder")),
        carriers=words(entry.get("carrier")),
    )
