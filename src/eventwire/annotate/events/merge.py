"""Mentions: reports of one real event (same kind, compatible actors and dates, by the rules
of `compare`) merge into one event record that lists every mention."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.annotate.actors import GOVERNMENT
from eventwire.annotate.binding import SUBJECTS
from eventwire.annotate.events.agents import charge_of
from eventwire.annotate.events.arguments import FIRST_PERSON
from eventwire.annotate.events.compare import (
    CAMEO_ROOT_LENGTH,
    Telling,
    actor_key,
    coded,
    codes_agree,
    compatible,
    event_family,
    head_count,
    linked,
    linked_in_text,
    same_actor,
    same_party,
    share_linked_actors,
    specificity,
)
from eventwire.annotate.events.context import Mention
from eventwire.annotate.events.dates import apart_in_time, merged_date
from eventwire.annotate.events.headline import headline_end, join_headlines
from eventwire.annotate.events.participants import (
    COUNTRY_CODE_LENGTH,
    EVENT_PLACE,
    TARGET_PLACE,
    without_partyless_things,
    without_reflexives,
)
from eventwire.annotate.events.syntax import CLAUSAL_COMPLEMENTS, predicate_of_be
from eventwire.annotate.modality import ASSERTED, NEGATED
from eventwire.annotate.parse_views import first_conjunct
from eventwire.codebooks.events import cameo_codes, event_cues, plover_for
from eventwire.nlp import after_run_in_headings
from eventwire.records import ActorRef, Analysis, Event, Span, content_hash

PLACED_RULES = (EVENT_PLACE, TARGET_PLACE)
OWN_WORDS_RULE = "words"
"""The `code_from` rule of a code the actor's own words gave (docs/actors.md)."""
REFUSAL = "REJECT"
"""The PLOVER type of a refusal, whose code already says what it refuses (CAMEO 125: "refused
to meet")."""


def merge(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions of one real event: same PLOVER type (or CAMEO root) and compatible codes,
    the same modality, actors the text links and compatible dates (`may_join`). A mention
    without actors ("The killings") joins the latest compatible group.

    A refused act is told by its refusal (`fold_refused_acts`). The body is grouped first, so
    that the lead tells each event in its own words; the headline's groups then join the lead
    group they restate (`headline.join_headlines`), or stand alone, first. A run-in subheading
    ("Recent attacks Since the spring, ...") is a headline of the sentences after it: its
    groups join a group of theirs they restate, not the latest group before it.
    """
    mentions = fold_refused_acts(mentions)
    end = headline_end(mentions[0].trigger.doc) if mentions else -1
    headings = run_in_heading_ends(mentions[0].trigger.doc) if mentions else {}
    in_heading = {
        id(m): headings[m.trigger.sent.start]
        for m in mentions
        if m.trigger.idx > end and m.trigger.sent.start in headings
    }
    body = group_mentions([m for m in mentions if m.trigger.idx > end and id(m) not in in_heading])
    for heading_end in headings.values():
        told = [m for m in mentions if in_heading.get(id(m)) == heading_end]
        body.extend(join_headlines(group_mentions(told), body, heading_end))
    unjoined = join_headlines(group_mentions([m for m in mentions if m.trigger.idx < end]), body)
    if headings:
        body.sort(key=lambda group: group[0].trigger.i)
    return unjoined + body


def run_in_heading_ends(parse: Doc) -> dict[int, int]:
    """Each run-in subheading's first token → the character where it ends (`nlp.run_in_headings`
    starts a sentence after it)."""
    after = set(after_run_in_headings(parse))
    return {sent.start: sent.end_char for sent in parse.sents if sent.end in after}


def fold_refused_acts(mentions: list[Mention]) -> list[Mention]:
    """The refusal's record tells the act it refuses: "refusing to meet", "refused to relax
    the rules" is one act, a refusal coded by what it refuses (CAMEO 125, 124, 120), so the
    negated act in its open complement is a span of the refusal's event, not a second event
    on the words of one telling (issue 11: one span, one event). A threatened or promised act
    stays its own hypothetical or future event (docs/gold-events.md, judged rule 3)."""
    refusals = {m.trigger.i: m for m in mentions if plover_for(m.code)[0] == REFUSAL}
    kept = []
    for mention in mentions:
        trigger = mention.trigger
        refusal = refusals.get(trigger.head.i)
        if refusal is not None and trigger.dep_ == "xcomp" and mention.modality == NEGATED:
            refusal.absorbed[trigger.i] = mention.trigger_span
        else:
            kept.append(mention)
    return kept


def group_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped in text order: each joins the latest group of its family it may
    (`may_tell`, `may_join`), else starts one. Each family's groups are kept apart, latest
    mention first, instead of sorting every group for every mention."""
    groups: list[list[Mention]] = []
    open_groups: dict[str, list[tuple[int, list[Mention]]]] = {}
    """Per family, (creation order, group) ordered as the groups were searched: latest last
    mention first, earlier-created first on a tie."""
    for mention in sorted(mentions, key=lambda m: (m.trigger.i, m.code)):
        family = event_family(mention.code)
        chosen = None
        candidates = open_groups.setdefault(family, [])
        for position in search_order(candidates, mention):
            group = candidates[position][1]
            if may_tell(group, mention) and may_join(group, mention):
                chosen = candidates.pop(position)
                break
        if chosen is None:
            chosen = (len(groups), [mention])
            groups.append(chosen[1])
        else:
            chosen[1].append(mention)
        insert_latest(candidates, chosen, mention.trigger.i)
    return groups


def search_order(candidates: list[tuple[int, list[Mention]]], mention: Mention) -> list[int]:
    """The positions of the groups a mention is tried against: latest first, but a noun that
    points back (`refers_back`: "the attack", "the trial") tries first the groups that named
    the event by that noun, latest first. "The attack" restates the attack told before, not
    the "fighting" or "killing" told since (wrong joins of such nouns on dev and dev_extra 9 ->
    3, docs/events.md)."""
    positions = list(range(len(candidates)))
    if not refers_back(mention):
        return positions
    lemma = mention.trigger.lemma_.lower()
    return sorted(
        positions,
        key=lambda position: (
            not any(
                m.trigger.pos_ == "NOUN" and m.trigger.lemma_.lower() == lemma
                for m in candidates[position][1]
            )
        ),
    )


def listed_apart(told: Mention, mention: Mention) -> bool:
    """Whether two acts are named side by side in one list of charges under different codes:
    "accused of killing, maiming, raping and looting" charges four acts, where "bombings and
    gun assaults" may tell one campaign."""
    a, b = told.trigger, mention.trigger
    return (
        a.i != b.i
        and a.doc is b.doc
        and first_conjunct(a) == first_conjunct(b)
        and told.code != mention.code
        and charge_of(a, event_cues()) is not None
    )


def one_of_many(told: Mention, mention: Mention) -> bool:
    """Whether, of two mentions in different sentences, one counts several acts ("launched 504
    attacks", "conducted two tests") and the other tells a single act: one of the many, or
    another, never the tally ("came under attack", "a crucial test on Friday")."""
    a, b = told.trigger, mention.trigger
    return a.sent.start != b.sent.start and (
        (counts_acts(a) and tells_one_act(b)) or (counts_acts(b) and tells_one_act(a))
    )


def counts_acts(trigger: Token) -> bool:
    """Whether an event noun is counted in the plural by a number ("504 attacks")."""
    return trigger.tag_ == "NNS" and any(
        child.dep_ == "nummod" and child.lower_ != "one" for child in trigger.children
    )


def tells_one_act(trigger: Token) -> bool:
    """Whether a trigger tells one act: a verb or a singular noun."""
    return trigger.tag_.startswith("V") or trigger.tag_ in ("NN", "NNP")


def may_tell(group: list[Mention], mention: Mention) -> bool:
    """Whether a mention's modality lets it tell the group's event: the purpose of one of its
    acts of its kind (`purpose_of`) joins any group, an asserted act an asserted one, and a
    prospect one of its own modality naming one of its actors (`prospect_shares_actors`). "To
    discuss peace" is why the parties "must return to the negotiation table": one prospective
    act, whether the return is asked for or asserted."""
    if purpose_of(group, mention):
        return True
    modality = group[0].modality
    if modality == ASSERTED:
        return mention.modality == ASSERTED
    return mention.modality == modality and prospect_shares_actors(group, mention)


def prospect_shares_actors(group: list[Mention], mention: Mention) -> bool:
    """Whether an act not asserted names an actor of the group's: a prospect has no scene the
    reader can point back to, so "tariffs" that "could" come is no later word for the tariffs
    threatened before, while "Pyongyang may launch a missile" and "North Korea is expected to
    launch" tell one prospect."""
    return any(share_linked_actors(m.telling(), mention.telling()) for m in group)


def may_join(group: list[Mention], mention: Mention) -> bool:
    """Whether a mention can tell the event of a group: compatible with each of its mentions,
    actors compared by what the text links (`linked`); a mention with actors joins a group with
    actors only when it shares one of them, unless it points back to it (`refers_back`). "The
    killings" still joins the latest attack, but "12 militants" is not the army of the sentence
    before, nor is its date, and a verb naming no one elsewhere tells its own act
    (`narrates_apart`). A speaker who tells the act again in its own verb tells no new one
    (`told_again_by_a_speaker`), nor do a meeting's members who "also" discussed a topic
    (`says_more_of_a_meeting`), nor an act's aim ("return to the table to discuss peace":
    `purpose_of`), compared under the act's code. The day's news is no act the text dates long
    before or after (`dates.apart_in_time`), and a request for another thing is another request
    (`asks_for_another_thing`), unless the speaker quotes its own call."""
    telling = mention.telling()
    if any(
        apart_in_time(m, mention)
        or two_speakers(m, mention)
        or listed_apart(m, mention)
        or other_partners(m, mention)
        or one_of_many(m, mention)
        for m in group
    ):
        return False
    if names_its_subject_again(group, mention):
        return True
    if told_again_by_a_speaker(group, mention):
        return all(compatible(m.telling(), telling, codes_agree) for m in group)
    if quotes_its_own_call(group, mention):
        return all(compatible(m.telling(), beside_kin(m, mention), codes_agree) for m in group)
    if any(asks_for_another_thing(m, mention) for m in group):
        return False
    if purpose_of(group, mention) or says_more_of_a_meeting(group, mention):
        return all(
            compatible(m.telling(), replace(telling, code=m.code), codes_agree) for m in group
        )
    if (
        (refers_back(mention) and not names_another_party(group, mention))
        or owned_by_its_actor(group, mention)
        or (owned_speech_act(mention) and any(one_speaker(m, mention) for m in group))
    ):
        return all(
            compatible(m.telling(), as_party(beside(m, mention), mention), codes_agree)
            for m in group
        )
    if not all(
        compatible(m.telling(), by_one_doer(m, beside(m, mention)), linked)
        or one_subject_acting(m, mention)
        for m in group
    ):
        return False
    if not mention.source + mention.target:
        return not narrates_apart(group, mention)
    if not any(m.source + m.target for m in group):
        return True
    if another_act_told(group, mention):
        return False
    return any(share_linked_actors(m.telling(), telling) for m in group)


def by_one_doer(told: Mention, telling: Telling) -> Telling:
    """A telling compared with one told before by the same doer named in words ("Gunmen
    stormed a hotel", then a witness's "gunmen stormed it"): a pronoun it acts on that the
    coreference left unresolved names no other party, so it is compared as no target. A
    doer told by a pronoun ("they shot them") names no one either, and the pronoun stays."""
    if not any(
        same_actor(a, b) and not unresolved_pronoun(a) and not unresolved_pronoun(b)
        for a in told.source
        for b in telling.source
    ):
        return telling
    return replace(telling, target=[a for a in telling.target if not unresolved_pronoun(a)])


def unresolved_pronoun(actor: ActorRef) -> bool:
    """Whether an actor is a pronoun no coreference chain names, with no code of its own."""
    return actor.code is None and actor.name is None and actor.text.lower() in event_cues().pronouns


def names_its_subject_again(group: list[Mention], mention: Mention) -> bool:
    """Whether the trigger is the predicate noun of a copula whose subject is a trigger of the
    group ("The raid on the depot was an attack on the whole town"): what the act is said to
    be, not a second act, though its "on" phrase names another party."""
    trigger = mention.trigger
    return predicate_of_be(trigger) and any(
        m.trigger.head.i == trigger.head.i and m.trigger.dep_ in SUBJECTS for m in group
    )


def other_partners(told: Mention, mention: Mention) -> bool:
    """Whether two mentions each name countries acting together and each names one the other
    does not ("Japan and China have been disputing the islands", then "The Philippines and
    China have been disputing the sea"): two pairs of parties, two acts."""
    told_countries = {actor.code[:3] for actor in told.source if actor.code}
    countries = {actor.code[:3] for actor in mention.source if actor.code}
    return (
        min(len(told_countries), len(countries)) > 1
        and not told_countries <= countries
        and not countries <= told_countries
    )


def told_again_by_a_speaker(group: list[Mention], mention: Mention) -> bool:
    """Whether a speaker retells an act in the verb it was told with ("Troops killed 40
    fighters on Monday. ... 'Our air strikes killed at least 40 fighters,' the colonel said"):
    a verb the group used, in a sentence of its own, said by someone, acting on the same people
    (`same_people_acted_on`), naming no party as added, no other count of those acted on and
    no other place than the group's mentions. A speaker names the doer in words the text does
    not link to the narration's ("Our air strikes", "Coordinated airstrikes"), so the codes,
    not those links, are compared (`may_join`); dates are still compared."""
    trigger = mention.trigger
    return (
        mention.asserted_by is not None
        and trigger.tag_.startswith("V")
        and in_a_sentence_of_its_own(group, mention)
        and any(
            m.trigger.tag_.startswith("V") and m.trigger.lemma_ == trigger.lemma_ for m in group
        )
        and (same_people_acted_on(group, mention) or told_by_their_noun(group, mention))
        and not any(
            word in event_cues().added_party_words
            for actor in mention.source + mention.target
            for word in actor.text.lower().split()
        )
        and all(counts_agree(m, mention) and places_agree(m, mention) for m in group)
    )


def quotes_its_own_call(group: list[Mention], mention: Mention) -> bool:
    """Whether a speaker's quoted first person tells the speech act the narration told of them
    ("Bennett called on the Taliban to reverse the ban", then '"I urge the Taliban to reverse
    their decision," he said'; "Washington's envoy urged Beijing", then '"I appeal to my
    Chinese colleague"'): an "I" or "we" the speaker says, in a sentence of its own, in a
    speech act of the group's kin (`speech_kin`: an appeal and a demand are both requests),
    by a speaker of the group's (`one_speaker`), to a party of the group's by its code ("my
    Chinese colleague" and "Beijing"). Another verb of a speaker in the narration most often
    tells another request (`beside`), but the quote is the narration's own words."""
    kin = speech_kin(mention.code)
    return (
        kin is not None
        and mention.asserted_by is not None
        and len(mention.source) == 1
        and mention.source[0].text.lower() in FIRST_PERSON
        and in_a_sentence_of_its_own(group, mention)
        and any(
            speech_kin(m.code) == kin
            and one_speaker(m, mention)
            and coded(m.target)
            and coded(m.target) == coded(mention.target)
            for m in group
        )
    )


def beside_kin(told: Mention, mention: Mention) -> Telling:
    """A mention's telling with the code of the kin speech act it is compared with."""
    telling = mention.telling()
    return (
        replace(telling, code=told.code)
        if speech_kin(told.code) == speech_kin(mention.code)
        else telling
    )


def says_more_of_a_meeting(group: list[Mention], mention: Mention) -> bool:
    """Whether a verb of a meeting's topics with an additive adverb ("G7 ministers also
    discussed maritime security") tells more of the meeting the group told: what "also" adds
    is a topic, not a second meeting, so the meeting's code stands for it ("talks", 046;
    `may_join`). The group must be one of meetings (PLOVER CONSULT) of the same modality
    (`may_tell`); the actors' codes, date and place are still compared."""
    trigger = mention.trigger
    cues = event_cues()
    return (
        plover_for(mention.code)[0] == "CONSULT"
        and trigger.lemma_.lower() in cues.meeting_topic_verbs
        and any(
            child.dep_ == "advmod" and child.lower_ in cues.additive_adverbs
            for child in trigger.children
        )
        and in_a_sentence_of_its_own(group, mention)
        and all(plover_for(m.code)[0] == "CONSULT" and places_agree(m, mention) for m in group)
    )


def counts_agree(told: Mention, mention: Mention) -> bool:
    """Whether the people or things acted on, where both tellings count them, share a count
    ("killed 40 fighters" and "killed at least 40 militants", not "killed 3 soldiers")."""
    told_counts = {head_count(a) for a in told.target} - {None}
    counts = {head_count(a) for a in mention.target} - {None}
    return not (told_counts and counts) or bool(told_counts & counts)


def places_agree(told: Mention, mention: Mention) -> bool:
    """Whether two tellings name no different places of their own (a clause's place, not the
    article's)."""
    places = [
        m.place.name for m in (told, mention) if m.place is not None and m.place.source == "clause"
    ]
    return len(places) < 2 or places[0] == places[1]


def beside(told: Mention, mention: Mention) -> Telling:
    """A mention's telling as compared with one told before: where it says more of one
    speaker's speech act in a word of a kin code (`speech_kin`: "alleged that ..., calling it
    a crime"; "criticized Y, accusing it of ..."), or points back to it ("the appeal", "his appeal"
    after "called for"), with the earlier one's code, so that codes are no reason to call it
    another act. A speaker's calls in other sentences or clauses ("called for broader
    prevention and urged parents to ...") are most often other requests, and stay apart."""
    telling = mention.telling()
    kin = speech_kin(told.code)
    if kin is None or kin != speech_kin(mention.code) or not one_speaker(told, mention):
        return telling
    if not (refers_back(mention) or owned_speech_act(mention) or elaborates(told, mention)):
        return telling
    return replace(telling, code=told.code)


def owned_speech_act(mention: Mention) -> bool:
    """Whether the trigger is a speech act's noun owned by a possessive pronoun ("issued his
    appeal", "ignored my call for an apology"): the speaker's own act, told before, once the
    speaker is one (`one_speaker`). Other acts so owned ("his support for the bill", "its
    battle against Beijing", "his assault on Mr. Bush") were most often another act of the
    same party on the judged texts, and stay apart."""
    trigger = mention.trigger
    return (
        trigger.pos_ == "NOUN"
        and speech_kin(mention.code) is not None
        and any(
            child.dep_ == "poss" and child.lower_ in event_cues().possessive_pronouns
            for child in trigger.children
        )
        and not picked_out(trigger)
    )


ELABORATING_RELATION = "advcl"


def elaborates(told: Mention, mention: Mention) -> bool:
    """Whether a mention is a participle that says more of the act told before it ("alleged
    that ..., calling it a crime"; "attacked the governor, accusing him of ..."). One that
    names a party the act told does not is another act ("demanded a ceasefire, calling on
    Egypt to open the border": two requests)."""
    trigger = mention.trigger
    return (
        trigger.head.i == told.trigger.i
        and trigger.dep_ == ELABORATING_RELATION
        and trigger.tag_ == "VBG"
        and all(any(same_party(a, b) for a in told.target) for b in mention.target)
    )


REQUEST_KIN = "request"
ASKING_PREPOSITION = "for"


def asks_for_another_thing(told: Mention, mention: Mention) -> bool:
    """Whether two requests each say what they ask for and share none of it ("called for new
    prevention programs" and "urged parents to take part"; "called for an end to the fighting",
    then "called for the creation of a new government"): two appeals, since an appeal and a call
    share the code 020 where nothing coded is asked. A request restated asks for the same thing
    ("Trump's call for a ban", "Trump called for a ban"), one that names nothing asked ("his
    appeal") may still tell it, and one that is what the other asks ("insisted that the deal
    must allow inspections") is its content."""
    if not speech_kin(told.code) == speech_kin(mention.code) == REQUEST_KIN:
        return False
    told_asked, asked = things_asked(told.trigger), things_asked(mention.trigger)
    if told.trigger in asked or mention.trigger in told_asked:
        return False
    return bool(told_asked and asked) and not lemmas(told_asked) & lemmas(asked)


def things_asked(trigger: Token) -> list[Token]:
    """What a request asks for: its "for" phrase's heads ("a call for talks and aid") or the
    verbs of its clausal complement ("urged them to leave"), with their conjuncts."""
    heads = [
        word
        for child in trigger.children
        if child.dep_ == "prep" and child.lower_ == ASKING_PREPOSITION
        for word in child.children
        if word.dep_ in {"pobj", "pcomp"}
    ]
    heads += [child for child in trigger.children if child.dep_ in CLAUSAL_COMPLEMENTS]
    return [word for head in heads for word in (head, *head.conjuncts)]


def lemmas(words: list[Token]) -> set[str]:
    """The lowercased lemmas of words, to compare what two requests ask for."""
    return {word.lemma_.lower() for word in words}


def speech_kin(code: str) -> str | None:
    """The speech act a code tells in the table of kin codes (`speech_act_kin` in
    event_cues.yaml: a root stands for its codes, a longer code for itself), else None."""
    kin = event_cues().speech_act_of
    return kin.get(code) or kin.get(code[:CAMEO_ROOT_LENGTH])


def two_speakers(told: Mention, mention: Mention) -> bool:
    """Whether two speech acts (`speech_act_codes` in event_cues.yaml) are two speakers' words:
    each is said by a person the article names, and the two are other people ("Exantus
    described the jailbreak as deplorable", then Moise's quoted "We condemn the jailbreak":
    two officials of one government, one code, two statements); or one is said by a person
    whom the other's speakers do not name (`not_among_speakers`: "Afghan officials accused
    the Taliban", then "Ghani pointed a finger at the Taliban"; U.N. council members'
    criticism, then a U.S. congressman's). Criticising one party does not make two speakers
    one."""
    if not (spoken(told.code) and spoken(mention.code)):
        return False
    speakers = {speaking_person(told), speaking_person(mention)}
    if None not in speakers:
        return len(speakers) == 2
    return not_among_speakers(told, mention) or not_among_speakers(mention, told)


def spoken(code: str) -> bool:
    """Whether a code tells words spoken (`speech_act_codes`: the code or its root listed)."""
    codes = event_cues().speech_act_codes
    return code in codes or code[:CAMEO_ROOT_LENGTH] in codes


def not_among_speakers(said: Mention, other: Mention) -> bool:
    """Whether `said` is said by a named person (`speaking_person`) and `other` by speakers,
    each coded or named, none of whom is that person: no name or span the text links to them
    (`linked_in_text`), no pronoun (a quoted "I" or "we" may be theirs), and not the country
    whose government the person speaks for (an envoy and his country are one speaker: Britain
    and its envoy; a body and its member, a council and one country's envoy, are not). An
    uncoded description the coreference left unlinked ("the lawyer") or one of the person's
    post (`told_by_post`: "Britain's envoy") may still be the person, and is no other
    speaker."""
    if speaking_person(said) is None or not other.source:
        return False
    person = said.source[0]
    pronouns = event_cues().pronouns
    return all(
        (actor.code is not None or actor.name is not None)
        and actor.text.lower() not in pronouns
        and not linked_in_text(person, actor)
        and not speaks_for(person, actor)
        and not told_by_post(person, actor, other.trigger.doc)
        for actor in other.source
    )


SINGULAR_NOUN = "NN"


def told_by_post(person: ActorRef, actor: ActorRef, doc: Doc) -> bool:
    """Whether an actor of the person's country is told by a singular noun ("Britain's envoy",
    "the former secretary of state"): the person by their post, where "Afghan officials" are
    many, and one named ("Gov. Martin Ruiz") another person."""
    if (
        actor.name is not None
        or actor.code is None
        or person.code is None
        or actor.code[:COUNTRY_CODE_LENGTH] != person.code[:COUNTRY_CODE_LENGTH]
    ):
        return False
    words = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return words is not None and words.root.tag_ == SINGULAR_NOUN


def speaks_for(person: ActorRef, party: ActorRef) -> bool:
    """Whether a person coded as a government's official (`GOVERNMENT`) speaks for a
    party coded as that country alone ("Britain", "the U.S.")."""
    return (
        person.code is not None
        and party.code is not None
        and len(party.code) == COUNTRY_CODE_LENGTH
        and person.code == party.code + GOVERNMENT
    )


def speaking_person(mention: Mention) -> str | None:
    """The name of the one person a mention's source is (a name, a pronoun or a quoted "we"
    resolved to them), else None."""
    if len(mention.source) != 1 or mention.source[0].name is None:
        return None
    name = mention.source[0].name
    people = {ent.text for ent in mention.trigger.doc.ents if ent.label_ == "PERSON"}
    return name if name in people else None


def one_speaker(told: Mention, mention: Mention) -> bool:
    """Whether the two mentions' sources name one speaker: one the text links (one
    coreference chain, the same span), or the same code with a role ("IGOUNO": the envoy and
    "I" in his quote). One country is not enough: a prime minister's call and a professor's
    "calling" for it, Clinton's and Trump's (both `USA`) words, are two speakers' acts."""
    return any(
        linked_in_text(a, b)
        or (a.code is not None and len(a.code) > COUNTRY_CODE_LENGTH and a.code == b.code)
        for a in told.source
        for b in mention.source
    )


PURPOSE_RELATIONS = frozenset({"advcl", "acl", "relcl", "xcomp"})


def purpose_of(group: list[Mention], mention: Mention) -> bool:
    """Whether a mention is the purpose of one of the group's triggers ("troops were deployed
    to protect civilians", "a meeting to discuss the crisis", or of the verb that holds it:
    "held a meeting to discuss"): the act of the same kind told with its aim, not a second,
    future one."""
    trigger = mention.trigger
    acts = {m.trigger.i for m in group} | {
        m.trigger.head.i for m in group if m.trigger.dep_ == "dobj"
    }
    return (
        trigger.dep_ in PURPOSE_RELATIONS
        and any(child.dep_ == "aux" and child.tag_ == "TO" for child in trigger.children)
        and trigger.head.i in acts
    )


def refers_back(mention: Mention) -> bool:
    """Whether the trigger is an event noun the text points back with ("claimed responsibility
    for the attack", "this assault"): the article has told that event, so the mention joins the
    latest compatible one whose actors' codes do not conflict, the claimant of "the attack"
    being no reason to call it another. A superlative or ordinal picks one out instead ("the
    single biggest attack, in 2009", "the first raid")."""
    trigger = mention.trigger
    children = list(trigger.children)
    return (
        trigger.pos_ == "NOUN"
        and any(
            child.dep_ == "det"
            and ("Def" in child.morph.get("Definite") or "Dem" in child.morph.get("PronType"))
            for child in children
        )
        and not picked_out(trigger)
    )


def as_party(telling: Telling, mention: Mention) -> Telling:
    """A telling compared as told by one of its parties, where the noun is what its source
    takes part in ("Iran's envoy participated in the meeting" of the Security Council called
    before): a party among others, not the one who held it, so its code is no reason to call
    it another event (`takes_part_in`)."""
    return replace(telling, source=[]) if takes_part_in(mention) else telling


def takes_part_in(mention: Mention) -> bool:
    """Whether the trigger is the event noun its clause's subject takes part in: after a
    preposition of taking part on its head ("participated in", "took part in";
    `participation_prepositions` in event_cues.yaml)."""
    trigger = mention.trigger
    preposition = trigger.head
    return (
        trigger.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and (preposition.head.lemma_.lower(), preposition.lower_)
        in event_cues().participation_prepositions
    )


def names_another_party(group: list[Mention], mention: Mention) -> bool:
    """Whether an event noun names in its "of" phrase a party brought in there, that none of
    the group's mentions names ("the arrest of an opposition lawmaker" after "the journalists
    were arrested", "led to the arrest of another five people"): "the" belongs to the phrase
    that says whose event it is, not a word pointing back to one told before. A party named
    by name or as known ("the arrest of Moyo", "the killing of the demonstrators") may be
    one the group told in other words, and the noun still points back."""
    named = [
        actor
        for actor in mention.source + mention.target
        for phrase in mention.trigger.children
        if phrase.dep_ == "prep" and phrase.lower_ == "of"
        for held in phrase.children
        if held.dep_ == "pobj"
        and actor.start <= held.idx < actor.end
        and any(
            child.dep_ == "det" and child.lower_ in event_cues().new_referent_determiners
            for child in held.children
        )
        and not describes_a_party_told(group, held)
    ]
    return bool(named) and not any(
        same_party(actor, other)
        for actor in named
        for told in group
        for other in told.source + told.target
    )


SET_APART_MODIFIERS = frozenset({"another", "other", "second", "third", "fourth", "further"})
"""Words that make an indefinite party one more than those told ("a second journalist")."""


def describes_a_party_told(group: list[Mention], held: Token) -> bool:
    """Whether a party brought in by "a" or "an" is called by a word the group's mentions
    already call one of their parties by ("police arrested Tendai Moyo, a journalist" ... "the
    arrest of a journalist"; "the journalist Tendai Moyo"): the same person, told by what they
    are, unless a number or a word sets them apart ("another journalist", "a second
    journalist"). The dev cases of a new party name another kind ("an opposition lawmaker"
    after "the journalists"); where the text never says what the named person is, an
    indefinite noun is told apart."""
    if any(
        child.lower_ in SET_APART_MODIFIERS or child.dep_ == "nummod" for child in held.children
    ):
        return False
    doc = held.doc
    kind = held.lemma_.lower()
    for told in group:
        for actor in told.source + told.target:
            words = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if words is not None and any(
                token.pos_ == "NOUN" and token.lemma_.lower() == kind
                for token in words.root.subtree
            ):
                return True
    return False


def picked_out(trigger: Token) -> bool:
    """Whether a superlative or ordinal picks one event out ("the single biggest attack", "the
    first raid")."""
    return any(
        "Sup" in child.morph.get("Degree") or child.ent_type_ == "ORDINAL"
        for child in trigger.children
    )


def owned_by_its_actor(group: list[Mention], mention: Mention) -> bool:
    """Whether the trigger is an event noun owned by one of the group's actors ("Mhlanga's
    arrest", "his arrest" of the man arrested before): like "the arrest", the article's word
    for an event it has told, though an earlier mention named its actor in other words ("a
    journalist"). Owned by someone the group does not name ("his meeting", of another
    leader), or by a day ("Friday's attack"), it is no such word."""
    trigger = mention.trigger
    actors = mention.source + mention.target
    return (
        trigger.pos_ == "NOUN"
        and any(
            child.dep_ == "poss" and any(a.start <= child.idx < a.end for a in actors)
            for child in trigger.children
        )
        and not picked_out(trigger)
        and any(share_linked_actors(m.telling(), mention.telling()) for m in group)
    )


def another_act_told(group: list[Mention], mention: Mention) -> bool:
    """Whether a verb tells another act of the group's actors: a clause in a sentence none of
    the group's mentions is in, by a verb none of its verbs uses ("Iran denied ... It stopped
    implementing", "Trump demanded ... Trump is pressuring Canada"). An actor acting again in
    other words most often acts anew; an act told again takes its verb again ("banned",
    then "was banned"), was named by a noun ("the strike", "a trade war") that a later
    verb may narrate in any words ("was killed", "boosting tariffs"), or acts on the same
    people (`same_people_acted_on`)."""
    trigger = mention.trigger
    return (
        trigger.tag_.startswith("V")
        and in_a_sentence_of_its_own(group, mention)
        and all(m.trigger.tag_.startswith("V") for m in group)
        and all(m.trigger.lemma_ != trigger.lemma_ for m in group)
        and not same_people_acted_on(group, mention)
    )


def in_a_sentence_of_its_own(group: list[Mention], mention: Mention) -> bool:
    """Whether the mention is in a sentence none of the group's mentions is in."""
    return mention.trigger.sent.start not in {m.trigger.sent.start for m in group}


def same_people_acted_on(group: list[Mention], mention: Mention) -> bool:
    """Whether the mention acts on the people one of the group's mentions acts on: counted the
    same ("arrested 14 smugglers", then "detained 14 smugglers"), or one person the text links
    ("gunning down Deputy Ortiz", then "Ortiz was killed"), or told in the same words ("charged
    the officer", then "accused the officer"). Victims told again are the act told again; a
    country ("accused Uganda", "blamed Uganda") or a pronoun not linked by the coreference
    ("shot them", "killed them") is no such victim."""
    return any(
        (head_count(a) is not None and head_count(a) == head_count(b) and same_party(a, b))
        or ((linked_in_text(a, b) or same_words_not_pronoun(a, b)) and not names_a_country(a))
        for m in group
        for a in m.target
        for b in mention.target
    )


def told_by_their_noun(group: list[Mention], mention: Mention) -> bool:
    """Whether the mention acts on people a mention of the group named by the same noun
    ("rescued 190 passengers", then a speaker's "rescued all the passengers"): the speaker's
    words for those the narration counted (two counts must still agree: `counts_agree`). A
    word for anyone ("people": "blasts which killed scores of people", then one blast
    "killing 40 people") is no such noun."""
    return any(
        head_noun(a, mention) == head_noun(b, mention) is not None
        for m in group
        for a in m.target
        for b in mention.target
    )


def head_noun(actor: ActorRef, mention: Mention) -> str | None:
    """The lemma of the common noun that heads an actor's words; None for a pronoun, a name
    (a country's, a person's) or a word for anyone."""
    words = mention.trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if words is None or words.root.pos_ != "NOUN":
        return None
    lemma = words.root.lemma_.lower()
    return None if lemma in event_cues().anyone_words else lemma


def same_words_not_pronoun(actor: ActorRef, other: ActorRef) -> bool:
    """Whether two actors are told in the same words, not a pronoun's ("them" is whoever the
    sentence is about)."""
    words = actor.text.lower()
    return words == other.text.lower() and words not in event_cues().pronouns


def names_a_country(actor: ActorRef) -> bool:
    """Whether an actor is a country by its name alone ("Uganda"), coded as the country by its
    own words: a person named alone ("Trump") whom another rule gives the country's code is
    one person, the same victim when told in the same words."""
    return (
        actor.code is not None
        and len(actor.code) == COUNTRY_CODE_LENGTH
        and len(actor.text.split()) == 1
        and actor.code_from is not None
        and actor.code_from.rule == OWN_WORDS_RULE
    )


NARRATING_TAGS = frozenset({"VBD", "VBN", "VBP", "VBZ"})
"""Finite verbs and past participles: a clause that tells an act, where a noun names one."""


def narrates_apart(group: list[Mention], mention: Mention) -> bool:
    """Whether a mention naming no actors tells an act of its own: a verb in a sentence none of
    the group's mentions is in, with no date of its own ("Police arrested 12 smugglers in
    January. At a later checkpoint, several drivers were questioned or detained."). Nothing
    links it to the group but its kind, and the publication date it falls back on says
    nothing of when it happened."""
    dated = mention.date is not None and mention.date.source != "published"
    return (
        mention.trigger.tag_ in NARRATING_TAGS
        and in_a_sentence_of_its_own(group, mention)
        and not dated
    )


def one_subject_acting(told: Mention, mention: Mention) -> bool:
    """Two triggers of one sentence with the very same subject ("troops launched mortar and
    artillery fire against ...") tell one act even where a parse gives them different targets;
    codes and dates must still be compatible."""
    same_subject = any(
        (a.start, a.end) == (b.start, b.end) for a in told.source for b in mention.source
    )
    return (
        same_subject
        and told.trigger.sent.start == mention.trigger.sent.start
        and compatible(replace(told.telling(), target=[]), mention.telling(), linked)
    )


def insert_latest(
    candidates: list[tuple[int, list[Mention]]], entry: tuple[int, list[Mention]], trigger: int
) -> None:
    """Put a group whose last mention is now the latest ahead of the others, behind those
    ending on the same trigger that were created before it."""
    position = 0
    while (
        position < len(candidates)
        and candidates[position][1][-1].trigger.i == trigger
        and candidates[position][0] < entry[0]
    ):
        position += 1
    candidates.insert(position, entry)


def to_event(group: list[Mention], sentences: dict[int, int], analysis: Analysis) -> Event:
    """The event record of a group of mentions: the most specific code, every actor once, the
    first mention's trigger, modality and voice, the best date and place."""
    text = analysis.article.text
    first = group[0]
    code = max((m.code for m in group), key=specificity)
    cameo = cameo_codes()[code]
    plover_type, plover_mode = plover_for(code)
    outlet_voice = any(m.asserted_by is None for m in group)
    start, end = first.trigger_span
    mention_spans = sorted(
        {Span.of(text, *m.trigger_span) for m in group}
        | {Span.of(text, *span) for m in group for span in m.absorbed.values()},
        key=lambda s: (s.start, s.end),
    )
    return Event(
        id=content_hash(analysis.article.id, str(start), str(end), code),
        sentence=sentences[first.trigger.sent.start],
        trigger=Span.of(text, start, end),
        source=union_actors(m.source for m in group),
        target=without_partyless_things(
            first.trigger.doc, without_reflexives(union_actors(m.target for m in group))
        ),
        cameo=code,
        cameo_root=code[:2],
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        plover={"type": plover_type, "mode": plover_mode},
        modality=first.modality,
        asserted_by=None if outlet_voice else first.asserted_by,
        mentions=mention_spans,
        date=merged_date(group),
        place=min(
            (m.place for m in group if m.place is not None),
            key=lambda p: p.source != "clause",  # a place the clause names beats the article's
            default=None,
        ),
    )


def union_actors(lists: Iterable[list[ActorRef]]) -> list[ActorRef]:
    """The actors of all the lists, each (by `actor_key`, or `same_words`) once, in order of
    first mention; within one list every actor, since one mention names each once ("stabbed
    his wife and another person" in Gulu: two people of one country)."""
    seen: set[str] = set()
    merged: list[ActorRef] = []
    for actors in lists:
        keys = set()
        earlier = list(merged)
        for actor in actors:
            key = union_key(actor)
            if key in seen or actor in merged or any(same_words(actor, a) for a in earlier):
                continue
            keys.add(key)
            merged.append(actor)
        seen |= keys
    return merged


ARTICLES = frozenset({"a", "an", "the"})


def same_words(actor: ActorRef, other: ActorRef) -> bool:
    """Whether two uncoded actors of different mentions name one party, the words of one being
    all among the other's ("23 miners" and "23 miners near Koldar", "the border village" and
    "border village"): a headline and its lead say the same thing in different lengths."""
    if actor.code or other.code:
        return False
    words, others = (set(a.text.lower().split()) - ARTICLES for a in (actor, other))
    return bool(words) and bool(others) and (words <= others or others <= words)


def union_key(actor: ActorRef) -> str:
    """`actor_key`, but an actor whose country came from where the event happens ("four people"
    and "the off-duty agent" killed in one town) is known by its own words."""
    if actor.code_from is not None and actor.code_from.rule in PLACED_RULES:
        return (actor.name or actor.text).lower()
    return actor_key(actor)
