"""Voice: who asserts an event (the subject of a verb of saying, "according to X", the speaker
of a quote), and the events that saying is in itself: a stated promise, threat or refusal,
and "X said Y must do Z", X's demand of Y."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.annotate.actor_members import MODIFIER_DEPENDENCIES as KIND_MODIFIERS
from eventwire.annotate.events.arguments import FIRST_PERSON, actors_of, is_pronoun, spoken_by
from eventwire.annotate.events.compare import coded
from eventwire.annotate.events.context import EventContext, FittedFrame, Mention
from eventwire.annotate.events.participants import is_institutional, names_an_actor
from eventwire.annotate.events.syntax import (
    NOUNS,
    SUBJECTS,
    clause_subject,
    first_child,
    is_obligation,
    trigger_span,
)
from eventwire.annotate.events.triggers import antecedent
from eventwire.annotate.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    anyone,
    governing_verb,
    promised_on_condition,
    read_modality,
)
from eventwire.annotate.parse_views import is_question_sentence, is_run_on, span_at
from eventwire.annotate.quotes.speakers import own_subject
from eventwire.codebooks import credit_lines
from eventwire.codebooks.events import (
    commitment_code,
    demand_code,
    event_cues,
    plover_for,
    refusal_code,
)
from eventwire.codebooks.quotes import TELLING_CLASSES
from eventwire.records import ActorRef, CodeSource, Quote, Speaker

DIRECT = "direct"
"""The kind of a quote in the speaker's own words, whose "I" and "we" are the speaker."""
INNER_QUOTE_MARKS = frozenset("'\u2018\u2019")
"""Marks that open or close a quote inside a quote (single quotes, straight or curly)."""


def voice_of(context: EventContext, verb: Token) -> list[ActorRef]:
    """The actors who say or decide what the verb's complement tells; of two subjects the parse
    gives the verb, its own, as the quotes stage reads it ('His plan aside, analysts say')."""
    subject = clause_subject(verb)
    if subject is not None and subject.head == verb:
        subject = own_subject(verb, [c for c in verb.children if c.dep_ in SUBJECTS])
    return actors_of(context, subject, verb) if subject is not None else []


def quoted_first_person(
    context: EventContext, trigger: Token, voice: list[ActorRef]
) -> list[ActorRef]:
    """A voice that is the own "I" or "we" of a direct quote's speaker ("'I will keep
    working, noting that I have not been to Kabul,' Ruiz said") is that speaker, the quote's
    coded speaker standing for it (its words as evidence). Only the innermost direct quote
    holding the pronoun counts, and an act told in words the speaker quotes from another ("I
    think voters will not be satisfied with 'We'll bomb them,'" said Ruiz) is not the
    speaker's. Any other voice stays as it is."""
    if len(voice) != 1 or voice[0].code or voice[0].text.lower() not in FIRST_PERSON:
        return voice
    (pronoun,) = voice
    around = [
        quote
        for quote in context.analysis.quotes
        if quote.kind == DIRECT and quote.start <= pronoun.start < quote.end
    ]
    if not around:
        return voice
    quote = min(around, key=lambda quote: quote.end - quote.start)
    speaker = quote.speaker
    if speaker is None or not speaker.actor:
        return voice
    text = context.analysis.article.text
    if in_inner_quote(text, quote.start, pronoun.start) or in_inner_quote(
        text, quote.start, trigger.idx
    ):
        return voice
    return [speaker_ref(speaker)]


def in_inner_quote(text: str, start: int, offset: int) -> bool:
    """Whether `offset` lies in a quote opened inside the quote that opens at `start` and not
    closed before it ("... satisfied with 'We'll bomb them'"): a mark that opens a word opens
    one, a mark that ends a word closes it; an apostrophe inside a word ("We'll") does
    neither."""
    depth = 0
    for index in range(start, offset):
        if text[index] not in INNER_QUOTE_MARKS:
            continue
        before = text[index - 1] if index > start else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if not before.isalnum() and after.isalnum():
            depth += 1
        elif before.isalnum() and not after.isalnum() and depth:
            depth -= 1
    return depth > 0


def attribution(context: EventContext, trigger: Token) -> Speaker | None:
    """'according to X' in the trigger's clause names who asserts it."""
    clause = trigger if trigger.pos_ == "VERB" else governing_verb(trigger) or trigger
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in context.cues.attribution_phrases:
            for to in child.children:
                source = first_child(to, {"pobj"}) if to.dep_ == "prep" else None
                if source is not None:
                    return speaker_of(actors_of(context, source, clause))
    return None


def speaker_ref(speaker: Speaker) -> ActorRef:
    """A quote's speaker as an event's actor, its code (if any) from the `speaker` rule."""
    rule = CodeSource("speaker") if speaker.actor else None
    return ActorRef(speaker.text, speaker.start, speaker.end, speaker.actor, speaker.name, rule)


def quote_speaker(context: EventContext, trigger: Token) -> Speaker | None:
    """The speaker of the innermost quote the trigger is in ("Ortiz said the mayor's claim
    that rebels shelled the pier was false": the mayor tells of the shelling, not Ortiz)."""
    quote = innermost_quote(context, trigger)
    return quote.speaker if quote is not None else None


def nested_speaker(context: EventContext, trigger: Token, voice: Token) -> Speaker | None:
    """The speaker of a quote nested in another that holds the trigger, when the verb of
    saying read for the trigger is the outer quote's ("Ortiz said the mayor's claim that ...")
    rather than the nested quote's own cue or one inside it."""
    quote = innermost_quote(context, trigger)
    if quote is None or not any(
        other is not quote and other.start <= quote.start and quote.end <= other.end
        for other in context.analysis.quotes
    ):
        return None
    own_cue = quote.cue is not None and quote.cue.start <= voice.idx < quote.cue.end
    if own_cue or quote.start <= voice.idx < quote.end:
        return None
    return quote.speaker


def innermost_quote(context: EventContext, trigger: Token) -> Quote | None:
    """The narrowest quote with a speaker holding the trigger. A nested quote whose cue tells
    nothing ("the mayor wants to close the pier": an aim) leaves the telling to the quote
    around it, so that `asserted_by` names whom the quotes stage has tell the content."""
    offset = trigger.idx
    holding = sorted(
        (q for q in context.analysis.quotes if q.start <= offset < q.end and q.speaker),
        key=lambda q: q.end - q.start,
    )
    for quote in holding:
        if quote.cue_class in TELLING_CLASSES or quote is holding[-1]:
            return quote
    return None


def speaker_of(actors: list[ActorRef] | None) -> Speaker | None:
    """The speaker named by a subject phrase: its first actor (compound speakers are rare)."""
    if not actors:
        return None
    first = actors[0]
    return Speaker(first.name, first.text, first.start, first.end, first.code)


BOUND = frozenset({"det", "poss", "compound", "nummod"})
"""Dependents that make a singular noun name someone ("the spokesman", "Kenya's envoy")."""


def speaks(context: EventContext, speaker: Speaker) -> bool:
    """Whether a speaker phrase names someone who can assert something: an actor ("Kenyan
    police", "he"), or what such a one issues or runs ("the report", "a statement", "Belgrade
    radio"), not evidence or a thing ("the amount indicates", "excessive force suggests")."""
    if speaker.actor is not None:
        return True
    span = span_at(context.parse, speaker.start, speaker.end)
    if span is None or not len(span):
        return True
    head = span.root
    cues = context.cues
    if head.lemma_.lower() in cues.statement_nouns | cues.voice_nouns | cues.commentator_nouns:
        return True  # analysts are no actors, but they speak
    if head.tag_ == "NN" and not any(c.dep_ in BOUND for c in head.children):
        return False  # a bare mass noun: "excessive force suggests"
    return names_an_actor(context, head)


def found_by_poll(context: EventContext, trigger: Token) -> bool:
    """Whether the act is what a poll finds: a clause above it has a poll as its subject ("a
    poll found support for X", "a survey shows voters back Y") or those it polled ("those
    polled said they oppose Z"), not a noun that only mentions polls ("leading in polls")."""
    words = context.cues.poll_words
    for clause in trigger.ancestors:
        subject = antecedent(first_child(clause, SUBJECTS))
        if subject is not None and any(
            token.lemma_.lower() in words and (token is subject or token.tag_ == "VBN")
            for token in subject.subtree
        ):
            return True
    return False


def same_side(actors: list[ActorRef], speaker: Speaker) -> bool:
    """Whether an event's actor is the speaker themself (or unnamed, or a pronoun)."""
    if not actors:
        return True
    if all(is_pronoun(a) for a in actors):
        return True
    if speaker.actor and any(a.code and allied(a.code, speaker.actor) for a in actors):
        return True
    return any(a.text in speaker.text or speaker.text in a.text for a in actors)


def relays(context: EventContext, speaker: Speaker) -> bool:
    """Whether a speaker is a news medium ("Reuters reported", "the newspaper said"), which
    tells what others will do and states no intention of its own."""
    if speaker.text.casefold() in credit_lines():
        return True
    span = span_at(context.parse, speaker.start, speaker.end)
    return (
        span is not None and len(span) > 0 and span.root.lemma_.lower() in context.cues.media_nouns
    )


def other_side(actors: list[ActorRef], speaker: Speaker | None) -> bool:
    """Whether a coded speaker tells what coded actors of another side will do: a forecast
    ("protesters will riot," the mayor warned), not the actors' own stated intention."""
    if speaker is None or not speaker.actor or not actors or not all(a.code for a in actors):
        return False
    return not any(allied(a.code, speaker.actor) for a in actors if a.code)


def allied(code: str, other: str) -> bool:
    """Whether two codes can be one side: one country, and roles that are the same, unknown,
    or both of the state ("the mayor" speaks for the police, not for protesters)."""
    if code[:3] != other[:3]:
        return False
    roles = {code[3:6], other[3:6]}
    return len(roles) == 1 or "" in roles or roles <= event_cues().state_roles


STATED_CODES = {FUTURE: commitment_code, HYPOTHETICAL: commitment_code, NEGATED: refusal_code}
"""Modality of an intended act -> the code of stating it: a promise or threat, a refusal."""
INTENT_TO_MEET = "036"
"""A stated intent to meet (commitments.tsv's promise of a 04 act). Signed ruling 3
(docs/gold-events.md): a meeting told as scheduled or planned ("X will meet Y", "plans to visit
Y") is the meeting's future, CONSULT; only an offer, an invitation, a meeting sought, or a
condition or willingness stated ("would meet if", "is ready to meet") is AGREE 036."""


def statements(context: EventContext, mentions: list[Mention]) -> list[Mention]:
    """Promises, threats and refusals: an actor's stated intention to do (or not to do)
    something is itself an event that happened (AGREE, THREATEN, REJECT, asserted); the
    act stays future, hypothetical or negated. PLOVER codes "X would blockade Y" as THREATEN;
    "X will visit Y" is a scheduled visit (`INTENT_TO_MEET`)."""
    derived = []
    for mention in mentions:
        if not mention.intended or mention.trigger.head.i in context.committing:
            continue  # "threatened to strike": the threat is already the verb's own event
        if is_question_sentence(mention.trigger):
            continue  # "Do you think Taiwan should upgrade?" states nothing
        planned = mention.code.startswith(tuple(context.cues.planned_acts))
        if planned and mention.modality != NEGATED and not committed(context, mention.trigger):
            continue  # "will hold a meeting": the meeting's future, no one's promise
        if not mention.source and is_institutional(context, mention):
            continue  # "he will be arraigned on Monday": a court's next step, no one's threat
        speaker = mention.asserted_by
        if (
            speaker is not None
            and same_side(mention.source, speaker)
            and not relays(context, speaker)
        ):
            source = spoken_by(mention.source, [speaker_ref(speaker)])
        elif (
            not other_side(mention.source, speaker)  # a forecast: "protesters will riot"
            and (mention.modality != HYPOTHETICAL or promised_on_condition(mention.trigger))
            # "Y must do" said by X is X's demand; "Y will do it if ..." Y's word
            and mention.source
            and not all(is_pronoun(a) for a in mention.source)
        ):
            source = mention.source
        else:
            continue
        stated = STATED_CODES.get(mention.modality)
        code = stated(mention.code) if stated is not None else None
        if code is None or not given_word(context, mention.trigger, code):
            continue
        if code == INTENT_TO_MEET and mention.modality == FUTURE:
            continue
        if pressed_on_no_one(context, mention, code) or stance_to_come(context, mention, code):
            continue
        telling = told(mention.trigger)
        if mention.modality == FUTURE and not code.startswith("13") and ultimatum(mention.trigger):
            code = "130"  # "will withdraw its troops unless the rebels disarm": a threat
        trigger, span = threat_words(mention, code)
        derived.append(
            Mention(
                trigger=trigger,
                trigger_span=span,
                code=code,
                source=source,
                target=mention.target,
                modality=telling,
                asserted_by=None if speaker is None or same_side(source, speaker) else speaker,
                stated=True,
            )
        )
    return derived


def committed(context: EventContext, act: Token) -> bool:
    """Whether a planned act is told as an actor's own commitment: a verb whose clause subject
    (through "to" and "-ing" complements) is an actor ("Kesler will meet Y"), not a noun
    ("will hold a meeting") nor a verb whose subject is a thing ("Kesler's trip will include
    meeting Y"): the VOA gold codes both as the meeting's future, no one's intent to meet."""
    if act.pos_ in NOUNS:
        return False
    verb = act
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.pos_ not in NOUNS or names_an_actor(context, subject, KIND_MODIFIERS)
        if verb.dep_ != "xcomp" or verb.head is verb:
            return True
        verb = verb.head


INTENDED_COMPLEMENTS = frozenset({"xcomp", "acl", "dobj"})
"""How an act hangs from the word that intends it: "plans to boycott", "a plan to kill",
"wants the release"."""


def intending_word(context: EventContext, act: Token) -> Token | None:
    """The verb or noun of intending the act is the complement of, through "to" complements
    ("is planning to boycott", "Amir's plan to kill", "wants to meet"); None where a verb on
    the way carries its own auxiliary ("wants to say it will retaliate", "will boycott")."""
    cues = context.cues
    auxiliaries = cues.future_auxiliaries | cues.hypothetical_auxiliaries
    intending = cues.intention_verbs | cues.intention_nouns
    node = act
    while node.dep_ in INTENDED_COMPLEMENTS and node.head.i != node.i:
        if any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in node.children):
            return None
        node = node.head
        if node.lemma_.lower() in intending:
            return node
    return None


def given_word(context: EventContext, act: Token, code: str) -> bool:
    """Whether stating the intended act gives one's word (a promise, threat or refusal): not a
    wish ("does not want to meet Kim", "wants the release of the prisoners"), nor a plan to harm
    ("is planning to boycott the speech": a plan to visit is an offer, "plans to meet Y" stays
    AGREE); a plan that holds "unless" another acts is a threat all the same."""
    intending = intending_word(context, act)
    if intending is None or ultimatum(act):
        return True
    lemma = intending.lemma_.lower()
    if lemma in context.cues.wishing_words:
        return False
    return not (code.startswith("13") and lemma in context.cues.planning_words)


def pressed_on_no_one(context: EventContext, act: Mention, code: str) -> bool:
    """Whether a threat would be read from a promise to demand that names no one it is made
    to ("said it would press anew for a trial", "would push for tax reform"): a stance
    pressed, no threat to a party; "will order the relatives to hand the boy over" threatens
    them."""
    return (
        code.startswith("13")
        and act.code.startswith(tuple(context.cues.addressed_acts))
        and not act.target
    )


def stance_to_come(context: EventContext, act: Mention, code: str) -> bool:
    """Whether a threat would be read from a criticism, charge, refusal or threat stated to
    come ("Russia will oppose any move", "he will make reckless accusations"): a stance
    foretold or announced, no coercive act; a lawsuit or a veto vowed still threatens."""
    cues = context.cues
    return (
        code.startswith("13")
        and act.code.startswith(tuple(cues.stance_acts))
        and not act.code.startswith(tuple(cues.threatening_stances))
    )


def threat_words(act: Mention, code: str) -> tuple[Token, tuple[int, int]]:
    """Where a threat is told: the verb of warning or saying that tells it ("warned that it
    would execute the hostages", "I will raise the tariffs," he declared), the threatened act
    keeping its own word. With no such verb, or a doer named only as "they" or "she", whom
    the speaker may be forecasting, the act's word; a promise stays on the act's word too
    ("said he would meet Kim")."""
    voice = read_modality(act.trigger).voice
    unnamed = all(is_pronoun(a) and a.text.lower() not in FIRST_PERSON for a in act.source)
    if voice is None or unnamed or not code.startswith("13"):
        return act.trigger, act.trigger_span
    return voice, (voice.idx, voice.idx + len(voice.text))


def told(act: Token) -> str:
    """Whether the saying that states an intention happened: a promise or refusal is as real
    as the verb that tells it ("considering announcing that he will not endorse Y", "if he
    announced he would not back Y": no refusal was made); with no verb of saying, asserted."""
    voice = read_modality(act).voice
    return ASSERTED if voice is None else read_modality(voice).modality


DEFIANCE = "REJECT"
"""The PLOVER type of an act that, told by another actor, accuses its doer ("X said Y is
defying Z": X accuses Y)."""


def reported_defiance(context: EventContext, mentions: list[Mention]) -> list[Mention]:
    """ "X said Y is defying Z": X accuses Y (CAMEO 112) on the verb of saying, when X and Y
    are coded and not the same side; Y's defiance stays Y's, asserted by X."""
    found = []
    for mention in mentions:
        speaker = mention.asserted_by
        if speaker is None or speaker.actor is None or mention.modality != ASSERTED:
            continue
        if plover_for(mention.code)[0] != DEFIANCE or not coded(mention.source):
            continue
        if same_side(mention.source, speaker):
            continue
        verb = read_modality(mention.trigger).voice
        if verb is None or verb.i in context.matched or is_question_sentence(verb):
            continue
        if not said_outright(mention.trigger, verb):
            continue
        accuser = voice_of(context, verb)
        if not coded(accuser):
            continue
        found.append(
            Mention(
                trigger=verb,
                trigger_span=trigger_span([verb]),
                code="112",
                source=accuser,
                target=[a for a in mention.source if a.code],
                modality=ASSERTED,
                asserted_by=None,
            )
        )
    return found


def said_outright(trigger: Token, verb: Token) -> bool:
    """Whether the act is what the verb of saying says, not a circumstance hung on it ("warned
    that it will continue ..., as Tehran rejected its offer")."""
    node = trigger
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "advcl":
            return False
        node = node.head
    return node.i == verb.i


def is_aside(context: EventContext, trigger: Token, verb: Token) -> bool:
    """Whether the act sits in an "as" or "while" clause hung on what the verb of saying says
    ("warned that it will keep up pressure, as Tehran rejected its offer"): the outlet sets
    it beside the statement; the speaker does not assert it."""
    node = trigger
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in context.cues.aside_markers for c in node.children
        ):
            return True
        node = node.head
    return False


def ultimatum(trigger: Token) -> bool:
    """Whether a stated intention holds "unless" another acts: a threat, whatever the act."""
    return any(
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "unless" for c in clause.children)
        for clause in trigger.children
    )


def demands(context: EventContext) -> list[Mention]:
    """ "X said (that) Y must do Z": X demands Z of Y (CAMEO 10) when Y is not X's side and
    Z is an act; an obligation to know or go on (`stative_verbs`) is no demand. The demand is
    as real as its saying ("could not say why Y should leave" demands nothing)."""
    found = []
    for token in context.reporting:
        speaker_head = clause_subject(token)
        if speaker_head is None:
            continue
        if is_question_sentence(token) or is_run_on(token):
            continue
        if token.lemma_.lower() in context.cues.belief_verbs:
            continue  # "I think any candidate should speak out": an opinion, asks no one
        for clause in token.children:
            if clause.dep_ != "ccomp" or not is_obligation(clause, context.cues):
                continue
            addressee = first_child(clause, SUBJECTS)
            if addressee is None or addressee.pos_ == "PRON" or anyone(addressee, context.cues):
                continue  # "people should allow", "every kid has to attend": a norm
            speaker = actors_of(context, speaker_head, token)
            target = actors_of(context, addressee, clause)
            if not speaker or not target or same_side(target, speaker_of(speaker)):
                continue
            act = context.matched.get(clause.i) or next(
                (
                    context.matched[c.i]
                    for c in clause.children
                    if c.dep_ == "xcomp" and c.i in context.matched
                ),
                None,
            )
            if act is None and obliged_verb(clause).lemma_.lower() in context.cues.stative_verbs:
                act = act_within(clause, context)
                if act is None:
                    continue  # "talks must continue", "it should be normal": no act asked for
            found.append(
                Mention(
                    trigger=clause,
                    trigger_span=trigger_span([clause]),
                    code=demand_code(act.frame.code if act else None),
                    source=speaker,
                    target=target,
                    modality=read_modality(token).modality,  # "could not say why Y should"
                    asserted_by=None,
                )
            )
    return found


NOT_ASKED = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl", "acl"})
"""Where an act inside an obligation is not what is asked for: its subject ("talks must
continue"), a clause with a subject or time of its own."""


def act_within(clause: Token, context: EventContext) -> FittedFrame | None:
    """An act named inside a stative obligation ("the Council must be united in condemning
    this"): what is asked for."""
    for token in clause.subtree:
        if token.i == clause.i or token.i not in context.matched:
            continue
        node = token
        while node.i != clause.i and node.dep_ not in NOT_ASKED:
            node = node.head
        if node.i == clause.i:
            return context.matched[token.i]
    return None


def obliged_verb(clause: Token) -> Token:
    """The verb an obligation is about: "has to keep" is about keeping, "must keep" too."""
    return next((c for c in clause.children if c.dep_ == "xcomp"), clause)
