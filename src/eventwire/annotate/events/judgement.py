"""A learned judgement: would a careful coder write this asserted event?

Rules per trigger word ("help", "released", "strike") fix one sense at a time; the readings a
coder rejects share a shape instead: no political actor doing it, a thing as its object, the
trigger a modifier or a noun deep in a phrase. `event_features` describes an event by that
shape, read from the parse and the actors the coding found; a logistic regression over those
features (`learned.LinearModel`, trained on judged dev events by
`scripts/train_event_filter.py`, weights in `codebooks/event_filter.tsv`) gives the probability
that a coder would write the event, and asserted events below the threshold are not coded:
`Settings.event_filter_threshold`, else the codebook's, chosen where out of fold the model
drops at least two false events per right one on most judged sets (docs/events.md). Each
event left out is recorded on the article's news judgement with its probability
(`withheld_event`), so nothing is dropped unseen. `Settings.code_every_article` turns the
judgement off with the news gate.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.syntax import trigger_lemma
from eventwire.annotate.modality import ASSERTED, is_to_infinitive
from eventwire.annotate.parse_views import is_question_sentence
from eventwire.codebooks.event_filter import event_filter
from eventwire.codebooks.events import plover_for
from eventwire.records import ActorRef, Span, WithheldEvent
from eventwire.settings import settings_in_force

ROLE_OF_DEPENDENCY = {
    "ROOT": "clause_head",
    "ccomp": "clause_head",
    "advcl": "clause_head",
    "parataxis": "clause_head",
    "relcl": "relative_clause",
    "acl": "modifier",
    "amod": "modifier",
    "compound": "compound",
    "nmod": "compound",
    "poss": "compound",
    "xcomp": "infinitive",
    "pcomp": "in_phrase",
    "pobj": "in_phrase",
    "dobj": "object",
    "attr": "object",
    "nsubj": "subject",
    "nsubjpass": "subject",
    "appos": "apposition",
}
"""The trigger's dependency -> the syntactic role it plays (a conjunct plays its head's)."""

OBJECT_DEPENDENCIES = frozenset({"dobj", "pobj", "attr", "oprd", "nsubjpass"})

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
"""A narrator in the sentence: a diary or a speaker's own account, rarely an event report."""


def event_features(context: EventContext, group: list[Mention]) -> list[str]:
    """The shape of an event as a coder would weigh it: the trigger's word, type and place in
    its clause; who does it and to whom (a coded actor, a person, a body of state, nothing);
    what the trigger's object is; whether it is denied, reported, or in the headline."""
    first = group[0]
    trigger = first.trigger
    plover_type = plover_for(first.code)[0] or "none"
    role = syntactic_role(trigger)
    doer = actor_kind(context, first.source)
    done_to = actor_kind(context, first.target)
    thing = object_kind(context, trigger)
    news = context.analysis.article.news
    features = [
        f"lemma={trigger_lemma(trigger)}",
        f"lemma={trigger_lemma(trigger)}|doer={doer}",
        f"type={plover_type}",
        f"cameo_root={first.code[:2]}",
        f"tag={trigger.tag_}",
        f"role={role}",
        f"doer={doer}",
        f"target={done_to}",
        f"object={thing}",
        f"governor={trigger.head.lemma_.lower() if trigger.head is not trigger else 'none'}",
        f"voice={'reported' if first.asserted_by else 'outlet'}",
        f"sentence={sentence_band(context, trigger)}",
        f"mentions={min(len(tellings(group)), 3)}",
        f"genre={news.genre if news else 'none'}",
    ]
    features += [f"doer_{part}" for part in actor_parts(context, first.source)]
    features += [f"target_{part}" for part in actor_parts(context, first.target)]
    features += [f"doer_coded={any(a.code for a in first.source)}"]
    features += [f"target_coded={any(a.code for a in first.target)}"]
    features += [f"auxiliary={child.lower_}" for child in clause_words(trigger, {"aux", "mark"})]
    if any(child.dep_ == "neg" for child in trigger.children):
        features.append("negated")
    sentence = trigger.sent
    if any(token.lower_ in FIRST_PERSON for token in sentence):
        features.append("first_person")
    if is_question_sentence(trigger):
        features.append("question")
    if any(quote.start <= trigger.idx < quote.end for quote in context.analysis.quotes):
        features.append("quoted")
    return features


def tellings(group: list[Mention]) -> list[Mention]:
    """The mentions that tell the event: the first, and each later one but a noun or verb
    named in passing with no doer ("who once wept over the raid", `Mention.told_apart`). Such
    a mention points at an act without reporting it again, so it is no sign that the story
    tells a real one; folded into a group it would raise a false event over the threshold."""
    return [group[0], *(m for m in group[1:] if not (m.told_apart and not m.source))]


def clause_words(trigger: Token, dependencies: set[str]) -> list[Token]:
    """The auxiliaries and markers of the trigger's clause, or of the verb it complements
    ("plans to visit": the plan's)."""
    token = trigger
    words = [child for child in token.children if child.dep_ in dependencies]
    while token.dep_ in ("xcomp", "conj") and token.head is not token:
        token = token.head
        words += [child for child in token.children if child.dep_ in dependencies]
    return words


def syntactic_role(trigger: Token) -> str:
    """Clause head, infinitive, noun in a phrase, modifier ... (`ROLE_OF_DEPENDENCY`)."""
    token = trigger
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.pos_ in ("VERB", "AUX") and is_to_infinitive(token):
        return "infinitive"
    return ROLE_OF_DEPENDENCY.get(token.dep_, "other")


def actor_kind(context: EventContext, actors: list[ActorRef]) -> str:
    """What the first actor is: nothing, a body of state or other role (its code's role part),
    a country, a coded person, or an uncoded entity or noun."""
    if not actors:
        return "none"
    actor = actors[0]
    if actor.code is None:
        entity = context.analysis.entity_at(actor.start, actor.end)
        return f"uncoded_{entity.type if entity else 'noun'}"
    if len(actor.code) == 3:
        return "country"
    return actor.code[3:6] or "coded"


def actor_parts(context: EventContext, actors: list[ActorRef]) -> list[str]:
    """Each side's actors by entity type and by the rule that coded them."""
    parts = set()
    for actor in actors[:3]:
        entity = context.analysis.entity_at(actor.start, actor.end)
        parts.add(f"entity={entity.type if entity else 'none'}")
        parts.add(f"rule={actor.code_from.rule if actor.code_from else 'none'}")
    return sorted(parts)


def object_kind(context: EventContext, trigger: Token) -> str:
    """The trigger's object (or a noun trigger's prepositional object): its entity type, a
    pronoun, or the noun itself, lower-cased; 'none' without one."""
    objects = [child for child in trigger.children if child.dep_ in OBJECT_DEPENDENCIES]
    if not objects:
        objects = [
            grandchild
            for child in trigger.children
            if child.dep_ == "prep"
            for grandchild in child.children
            if grandchild.dep_ == "pobj"
        ]
    if not objects:
        return "none"
    head = objects[0]
    if head.pos_ == "PRON":
        return "pronoun"
    entity = context.analysis.entity_at(head.idx, head.idx + len(head))
    return f"entity_{entity.type}" if entity else head.lemma_.lower()


def sentence_band(context: EventContext, trigger: Token) -> str:
    number = context.analysis.sentence_at(trigger.idx)
    if number is None:
        return "none"
    return ("headline", "lead", "early", "early", "early")[number] if number < 5 else "body"


def coder_probability(context: EventContext, group: list[Mention]) -> float:
    """The learned model's probability that a careful coder writes this event."""
    return event_filter().model.probability(event_features(context, group))


def withheld_event(context: EventContext, group: list[Mention]) -> WithheldEvent | None:
    """The record of an asserted event the filter does not code, or that a private meeting
    (`private_meeting`) is, None for one it keeps: prospects and denials are not judged here
    (the model learned asserted events only), nor anything when every article is coded or the
    threshold is 0."""
    settings = settings_in_force()
    threshold = settings.event_filter_threshold
    if threshold is None:
        threshold = event_filter().threshold
    first = group[0]
    if first.modality != ASSERTED or settings.code_every_article or threshold <= 0:
        return None
    probability = coder_probability(context, group)
    reason = PRIVATE_MEETING if private_meeting(context, group) else None
    if probability >= threshold and reason is None:
        return None
    return WithheldEvent(
        trigger=Span.of(context.analysis.article.text, *first.trigger_span),
        plover_type=plover_for(first.code)[0],
        probability=round(probability, 3),
        threshold=threshold,
        reason=reason,
    )


PRIVATE_MEETING = "a meeting with no partner named, in a story with few actors of public affairs"


def private_meeting(context: EventContext, group: list[Mention]) -> bool:
    """A meeting, talk or visit (CONSULT) that names no partner, in a story that names few
    actors of public affairs (`EventContext.few_public_actors`): a family's or a firm's
    meeting, a gang's, a meeting an obituary recalls, a candidate's own committee; a coder of
    public events writes none of them, and the learned filter, which reads one event at a
    time, cannot see the story around it."""
    return (
        context.few_public_actors
        and plover_for(group[0].code)[0] == "CONSULT"
        and not any(mention.target for mention in group)
    )
