"""How the text holds an event: asserted, negated, hypothetical or future, and in whose voice.

The reading walks from the trigger up the dependency tree. Cues on the trigger itself come
first (a negation, a modal or future auxiliary, an "if" clause, a question); then the
clauses above it: a verb of saying hands the event to its subject's voice, a verb of
intention makes it future, a verb of denial negates it, a verb of wanting or demanding
makes it hypothetical. What relative clauses and definite adjunct nouns tell is presupposed:
only a condition or question above them changes it. The cue words are data
(`codebooks/event_cues.yaml`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.annotate.parse_views import (
    auxiliaries_of,
    first_conjunct,
    is_perfect,
    is_question,
    is_question_sentence,
)
from eventwire.codebooks.events import EventCues, event_cues
from eventwire.nlp import SENTENCE_STOPS

ASSERTED, NEGATED, HYPOTHETICAL, FUTURE = "asserted", "negated", "hypothetical", "future"

SUBJECTS = {"nsubj", "csubj", "nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj"}
CLAUSAL_COMPLEMENTS = {"xcomp", "ccomp"}
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
GAP_RELATIONS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Relations of a "that" that fills a gap in its clause ("the deal that France withdrew from"),
so a relative pronoun, not the "that" opening a complement ("a deal that troops withdraw")."""
TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""Entity types of a time: a word of them dates, it names no actor."""


@dataclass(frozen=True)
class Reading:
    """The modality of one event mention and the voice it is told in.

    `intended`: the event is its actor's own stated intention (a promise, plan or threat).
    `voice`: the verb of saying or deciding that governs the event, if any (its subject is
    the speaker); `reported`: True when that verb is one of saying (the event is the
    speaker's claim), False when it is one of deciding ("announced it would suspend links":
    the decision is the event, in the outlet's voice).
    """

    modality: str
    intended: bool = False
    voice: Token | None = None
    reported: bool = False


@dataclass
class Local:
    """Cues found on one verb: modality, intention, whether a future auxiliary marked it."""

    modality: str | None = None
    intended: bool = False
    future_auxiliary: bool = False
    conditional: bool = False


def read_modality(trigger: Token) -> Reading:
    cues = event_cues()
    if rewarded(trigger, cues):
        return Reading(HYPOTHETICAL)  # "a reward for information leading to the arrest"
    presupposed = False
    if trigger.pos_ in {"NOUN", "PROPN"}:
        local = noun_cues(trigger, cues)
        if local.modality is None and asked_for_by_noun(trigger, cues):
            local = Local(HYPOTHETICAL)  # "its offer of new talks", "calls for a ceasefire"
        elif local.modality is None and (intention := agreed_to_by_noun(trigger, cues)):
            local = Local(intended_modality(intention, cues))  # "a plan for talks"
        verb = governing_verb(trigger)
        if local.modality is None and verb is not None:
            if trigger.lemma_.lower() in cues.claim_nouns and verb.lemma_.lower() in (
                cues.negation_verbs
            ):
                presupposed = True  # "rejecting accusations by Y": the accusation was made
            elif carries(trigger, verb, cues) and trigger.dep_ not in SUBJECTS:
                local = object_cues(verb, cues, direct=trigger.dep_ in OBJECTS, noun=trigger)
            elif indefinite(trigger) and trigger.dep_ in OBJECTS:
                local = verb_cues(verb, cues)  # "ready to host a meeting": as real as the hosting
            elif taken_part_in(trigger, cues):
                local = verb_cues(verb, cues)  # "plan to take part in the protest": not yet
            else:
                presupposed = True  # "in the Vienna talks", "end the fighting"
        node = verb or trigger
    else:
        local = verb_cues(trigger, cues)
        if local.modality is None and trigger.dep_ in SUBJECTS and trigger.tag_ == "VBG":
            local = subject_cues(trigger, cues)
        if (
            local.modality is None
            and trigger.dep_ in {"csubj", "csubjpass"}
            and is_to_infinitive(trigger)
        ):
            local = Local(HYPOTHETICAL)  # "to collaborate with a terrorist is ...": any act
        if local.modality is None and is_purpose(trigger) and not gathered_for(trigger, cues):
            local = Local(FUTURE)  # an aim, not a commitment
        node = trigger
    modality, intended = local.modality, local.intended
    conditional = local.conditional
    described = False  # a relative clause crossed: "Iran, which had condemned the invasion"
    told = False  # a tensed one crossed: it tells its act in its own tense
    for _ in range(16):
        head, dep = node.head, node.dep_
        if head.i == node.i:
            break
        described = described or dep in {"relcl", "acl"}
        told = told or (dep == "relcl" and tensed(node))
        if (
            not (described or presupposed)
            and left_open(node, cues)
            and not told_as_given(node, modality, cues)
        ):
            # "unclear when they will meet": no one's plan; but "unclear whether voters will
            # back a man who has called for it" (he called), "asked whether he might back off
            # his threats" (he made them)
            return Reading(HYPOTHETICAL)
        if head.pos_ == "ADP":
            if modality is None and not presupposed and withheld_after(head, node, cues):
                modality = NEGATED  # "refrained from endorsing", "no sign of backing down"
            node = head
            continue
        lemma = head.lemma_.lower()
        if head.pos_ in {"NOUN", "PROPN"}:
            if (
                modality is None
                and dep == "relcl"
                and no_one_named(head, cues)
                and rule_tense(node)
            ):
                modality = HYPOTHETICAL  # "fines for people who refuse to pay": a rule
            elif (
                modality is None
                and not presupposed
                and (determined := quantified_clause(node, head))
            ):
                modality = determined  # "any decision to expel them must be agreed"
            elif modality is None and describes(node):
                presupposed = True  # "the accord, which Y pulled out of": no accord to do it
            elif node == trigger and is_issued_saying(node, lemma, cues):
                # "issued a warning demanding", "did not pass a resolution urging": the text
                # says it as its issuer issues it, not as a request noun asks for it
                issued = of_quantity(head, cues)
                if modality is None and issued.dep_ in OBJECTS and issued.head.pos_ == "VERB":
                    above = verb_cues(issued.head, cues)
                    modality, intended = above.modality, above.intended
            elif modality is None and not (presupposed and (told or dep in {"acl", "relcl"})):
                # a noun of asking or planning above a tensed relative clause leaves what the
                # clause tells as told: "on the orders of a judge whose decision came after a
                # court revoked bail" (it did); "a deal that troops withdraw" names its terms;
                # an untensed clause is read with the noun it is on ("a proposal for a
                # solution linking X with Y": the linking is proposed)
                if lemma in cues.alternative_nouns | cues.possibility_nouns | cues.request_nouns:
                    modality = HYPOTHETICAL
                elif lemma in cues.refusal_nouns and is_to_infinitive(node):
                    modality = NEGATED  # "their refusal to cave": they did not
                elif lemma in cues.intention_nouns:
                    modality, intended = intended_modality(lemma, cues), True
                elif judged_infinitive(node, head, cues):
                    modality = HYPOTHETICAL  # "it was a mistake to support them"
                elif is_for_complement(node) and head.ent_type_ not in TIME_ENTITIES:
                    modality = HYPOTHETICAL  # "no need for agencies to consult": not done;
                    # but "it took six years for him to concede"
                elif dep in {"acl", "relcl"}:
                    presupposed = True  # "nationals suspected of blowing up a plane"
            node = head
            continue
        if head.pos_ not in {"VERB", "AUX", "ADJ"}:
            node = head
            continue
        if sibling_of_denied(node, cues) or claim_denied_after(node, cues):
            node = head.head  # "denied it had armed them, rejecting the claims": not denied
            continue
        if (
            modality is None
            and not described
            and dep == "prep"
            and (lemma, node.lower_) in cues.prospect_prepositions
        ):
            modality = FUTURE  # "look forward to discussing", "interested in talking"
        if (
            modality is None
            and not presupposed
            and dep == "prep"
            and (
                (lemma, node.lower_) in cues.request_prepositions
                or (lemma, node.lower_) in cues.warning_prepositions
            )
        ):
            modality = HYPOTHETICAL  # "called for banning the group", "warned X against sending"
        if (
            modality is None
            and not presupposed
            and node.i != trigger.i
            and is_purpose(node)
            and not gathered_for(node, cues)
        ):
            modality = FUTURE  # "a plane used to help troops share intelligence": an aim
        if modality is None and dep == "prep" and node.lower_ in cues.means_prepositions:
            above = verb_cues(head, cues)  # "can end it by withdrawing": the means, as the end
            modality, intended = above.modality, above.intended
        elif (
            modality is None
            and not presupposed
            and dep == "prep"
            and node.lower_ in cues.sequence_prepositions
            and verb_cues(head, cues).modality == FUTURE
        ):
            # "will withdraw after meeting them": not yet either; but a hedge doubts only the
            # act it is on ("had probably been killed soon after being captured")
            modality = FUTURE
        if modality is None and not presupposed and judged_infinitive(node, head, cues):
            modality = HYPOTHETICAL  # "it is necessary for India to help", "a mistake to back"
        if modality is None and dep in {"csubj", "csubjpass"}:
            above = subject_cues(node, cues)  # "holding a summit would not be provocative"
            modality = above.modality
        if dep == "relcl" or dep == "acl":
            presupposed = True
        elif dep == "advcl" and habitual(node, head, cues):
            if modality is None or presupposed:
                modality = HYPOTHETICAL  # "lose their cards when they are convicted": a rule
        elif dep == "advcl" and marker(node) in cues.conditional_markers:
            conditional = True
            if modality is None or presupposed:
                modality = HYPOTHETICAL
        elif dep == "advcl" and marker(node) in cues.prerequisite_markers and modality is None:
            above = verb_cues(head, cues)
            if above.modality in (HYPOTHETICAL, FUTURE):
                modality = above.modality  # "must agree before they disarm"
        elif dep == "advcl" and modality is None and not presupposed and elaborates(node):
            above = verb_cues(head, cues)
            if above.modality in (HYPOTHETICAL, FUTURE):
                modality = above.modality  # "may impose sanctions, cutting aid": as open
        elif (
            dep in CLAUSAL_COMPLEMENTS | {"parataxis"}
            or (dep == "advcl" and lemma in cues.reporting_verbs and not marker(node))
            or is_for_complement(node)
        ):
            if modality is None and dep == "ccomp" and demanded_of(head, cues):
                modality = HYPOTHETICAL  # "reiterated its demand today that Israel ease"
            if modality is None and dep == "ccomp" and asked_by_subject(node, cues):
                modality = HYPOTHETICAL  # "reiterated 'its call to them to drop the charges'"
            if dep == "ccomp" and tensed(node) and asks_about_circumstances(node, cues):
                presupposed = True  # "can't figure out why the book was banned": it was
            if (
                lemma in cues.decision_verbs
                and not conditional
                and ((modality == FUTURE and local.future_auxiliary) or dep == "xcomp")
            ):
                # "decided to expel": the decision is the act; "decided not to expel",
                # "decided to refrain from expelling": a negation below it negates the act;
                # "decided to invite them to resume talks": the talks are only asked for
                decided = modality if modality in (NEGATED, HYPOTHETICAL) else ASSERTED
                if not undecided(head, cues):
                    return Reading(decided, voice=head, reported=False)
                # "may decide to expel", "if they decide to launch attacks": open, and no
                # intent told; the clauses above may still report it
                modality, intended = decided if decided != ASSERTED else HYPOTHETICAL, False
                node = head
                continue
            if lemma in cues.belief_verbs and head.pos_ == "VERB":
                # "believes the attack was deliberate": the belief is about an attack given;
                # what a relative clause under the belief tells stays believed
                given = presupposed and not described and modality is None
                believed = ASSERTED if given else HYPOTHETICAL
                return Reading(believed, intended, head, reported=True)
            if lemma in cues.reporting_verbs and head.pos_ == "VERB":
                if (
                    modality in (None, NEGATED)
                    and (
                        lemma in cues.hypothetical_verbs
                        or (told_to(node, head) and not presupposed)
                    )
                    and not tensed(node)
                ):
                    # "insisted that Peru withdraw", "urged Uganda not to send troops": what
                    # was asked, done or not, is no fact
                    modality = HYPOTHETICAL
                if modality == FUTURE and lemma in cues.threat_words:
                    modality = HYPOTHETICAL  # "warned it would retaliate": a threatened act
                return Reading(modality or ASSERTED, intended, head, reported=True)
            if modality == NEGATED and lemma in cues.hypothetical_verbs and told_to(node, head):
                modality = HYPOTHETICAL  # "urged Uganda not to send troops": asked, not done
            if modality is None and not presupposed:
                if lemma in cues.negation_verbs:
                    modality = NEGATED
                elif lemma in cues.likelihood_words:
                    modality = FUTURE
                elif lemma in cues.intention_verbs:
                    modality, intended = intended_modality(lemma, cues), not another_doer(node)
                elif lemma in cues.hypothetical_verbs:
                    modality = HYPOTHETICAL  # "we have to support", "need to talk": no promise
                elif lemma in cues.hesitation_verbs and verb_cues(head, cues).modality == NEGATED:
                    # "will not hesitate to shut it": vowed, open; "did not hesitate to": done
                    modality = HYPOTHETICAL if verb_cues(head, cues).intended else None
                else:  # "would start scaling down": the verb above carries the cue
                    above = verb_cues(head, cues)
                    modality, intended = above.modality, above.intended
                    local = above if above.future_auxiliary else local
        elif dep == "conj" and modality is None and not presupposed:
            above = Local() if own_clause(node, head) else verb_cues(head, cues)
            if above.modality == NEGATED and is_to_infinitive(node) and contrasted(head):
                above = Local()  # "decided not to meet them but to condemn them": condemned
            if above.modality is None and is_purpose(head):
                above = Local(FUTURE)  # "deployed to push back the rebels and protect civilians"
            modality, intended = above.modality, above.intended
        node = head
    return Reading(modality or ASSERTED, intended)


def undecided(decision: Token, cues: EventCues) -> bool:
    """A decision not (yet) taken: under a modal, a future, a negation or a condition of its
    own ("may decide to expel", "if the council decides to expel"), so the act it would take
    is not the act done."""
    if verb_cues(decision, cues).modality is not None:
        return True
    return decision.dep_ == "advcl" and marker(decision) in cues.conditional_markers


def rewarded(trigger: Token, cues: EventCues) -> bool:
    """Whether the event is what a reward or bounty is offered for ("a reward for information
    leading to the arrest of the bombers", "a bounty for his capture"; the parser may hang the
    "for" on the verb that takes the reward): it has not happened, unless a verb in the past on
    the way up says it has ("information that led to the arrest"). A clause on a name on the
    way tells what is known of its bearer ("the arrest of Y, indicted for the bombings"), no
    act the reward is for."""
    below = trigger
    for node in trigger.ancestors:
        if below.dep_ in {"acl", "relcl"} and not is_information(node):
            return False
        if node.pos_ == "NOUN" and node.lemma_.lower() in cues.reward_nouns:
            return True
        if below.lower_ == "for" and any(
            c.dep_ in OBJECTS and c.lemma_.lower() in cues.reward_nouns for c in node.children
        ):
            return True
        if node.tag_ == "VBD":
            return False
        below = node
    return False


def withheld_after(preposition: Token, act: Token, cues: EventCues) -> bool:
    """An act told by a verb after a preposition of holding back ("refrained from endorsing",
    "are prohibited from killing", "stopped short of calling for"), or of a noun under "no"
    ("showed no sign of backing down"): not done. An event noun there is no act held back
    ("barred from the talks")."""
    if act.dep_ != "pcomp" or act.pos_ != "VERB":
        return False
    governor = preposition.head
    # the parser hangs "of" on "short" in "but stopped short of calling": the verb's word
    particle = governor.dep_ in {"prt", "advmod"} and governor.head.pos_ == "VERB"
    forms = (
        [f"{governor.head.lemma_.lower()} {governor.lower_}"]
        if particle
        else phrasal_forms(governor)
    )
    if not any((form, preposition.lower_) in cues.withholding_prepositions for form in forms):
        return False
    if particle or governor.pos_ in {"VERB", "ADJ"}:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in governor.children)


def phrasal_forms(verb: Token) -> list[str]:
    """A verb's lemma alone and with each particle or adverb it takes ("hold off", "stop
    short"), the forms a table of phrasal words is looked up by."""
    lemma = verb.lemma_.lower()
    return [lemma] + [
        f"{lemma} {child.lower_}" for child in verb.children if child.dep_ in {"prt", "advmod"}
    ]


def own_clause(conjunct: Token, verb: Token) -> bool:
    """A conjoined verb with a subject of its own ("did not respond, but they have denied
    it"): a clause of its own, which the first one's negation or auxiliary does not reach; a
    question still asks it all."""
    return any(c.dep_ in SUBJECTS for c in conjunct.children) and not (
        verb.dep_ == "ROOT" and is_question_sentence(verb)
    )


def contrasted(verb: Token) -> bool:
    """A verb joined to the next by "but": a negation on it does not reach across to a
    conjoined infinitive ("decided not to meet them but to condemn them")."""
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


def headline_infinitive(verb: Token) -> bool:
    """A headline's "X to do Y" ("Democrats to sue Arizona"): an infinitive heading its
    sentence, its "to" right after its subject. Not a clause the parser left headless ("riot
    police deployed in Lagos, to break up a rally"), where a comma comes before the "to"."""
    if verb.dep_ != "ROOT":
        return False
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if to is None or subject is None or to.i == 0:
        return False
    before = verb.doc[to.i - 1]
    return not before.is_punct and subject.left_edge.i <= before.i <= subject.right_edge.i


def is_information(noun: Token) -> bool:
    """The noun a reward is offered for, that a clause leads from to the act ("information
    leading to the arrest"): the object of the reward's "for"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for"


def elaborates(clause: Token) -> bool:
    """A participle clause after its verb, with no subject or marker of its own, that tells
    how the verb's act is done ("may impose sanctions, cutting aid and tightening the
    embargo"): no act apart from it, so as open as that act; a negation above does not reach
    it ("did not attend, citing threats" cites them). Not one before its verb, which tells its
    own circumstance ("Denying he was a spy, he would walk the streets": a habit's "would"),
    nor one the parser hangs on a quoted verb across the quote's end ("'They should go,' he
    added, describing it as ...": the narrator's describing)."""
    verb = clause.head
    between = clause.doc[verb.i + 1 : clause.i]
    return (
        clause.tag_ == "VBG"
        and clause.i > verb.i
        and marker(clause) is None
        and not any(c.dep_ in SUBJECTS for c in clause.children)
        and not any(token.is_quote for token in between)
    )


def is_to_infinitive(verb: Token) -> bool:
    """A verb with its "to" ("to help", "to be released")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_for_complement(verb: Token) -> bool:
    """An infinitive with its own subject after "for" ("called for the army to withdraw",
    "waited for talks to resume"): what the verb asks or waits for, not its purpose."""
    return verb.dep_ == "advcl" and marker(verb) == "for" and is_to_infinitive(verb)


def told_to(infinitive: Token, verb: Token) -> bool:
    """An infinitive under a verb of saying with an object ("told the council to draft rules",
    "warned the troops to hold fire"): what the object is told to do, not what it did; not
    a perfect ("told reporters to have seen it" is rare, "is said to have fled" has no
    object)."""
    return (
        infinitive.dep_ == "xcomp"
        and is_to_infinitive(infinitive)
        and any(c.dep_ in OBJECTS for c in verb.children)
        and not is_perfect(infinitive)
    )


def another_doer(infinitive: Token) -> bool:
    """Whether an infinitive under a verb of intention names its own doer ("officials expect
    China to impose tariffs", "Washington wants Beijing to act"): what one expects or wants
    of another is no intention of either, and no promise or threat."""
    return is_to_infinitive(infinitive) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in infinitive.children
    )


PRESENT_TENSES = frozenset({"VBZ", "VBP"})
"""The tagger's tags of a verb in the present tense ("says", "accuse")."""


def simple_present(verb: Token) -> bool:
    """A verb in the simple present; a base form with a subject and no auxiliary counts too
    (the tagger gives "lose" as VB after a subject it takes for a name)."""
    if verb.tag_ in PRESENT_TENSES:
        return True
    children = [c.dep_ for c in verb.children]
    return verb.tag_ == "VB" and "nsubj" in children and "aux" not in children


TELLING_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
"""Where an event noun is told by its verb ("will continue the talks", "the summit is"), not
named inside another noun's phrase ("arguments in the lawsuits are set for Friday")."""
UNTENSED_LINKS = frozenset({"xcomp", "advcl"})
"""How an untensed verb hangs on the verb that carries its tense ("will begin withdrawing",
"we'll be back to continue")."""


def told_as_to_come(trigger: Token, cues: EventCues) -> bool:
    """Whether the clause an act is told in is in the present or the future ("will meet",
    "are defending", "arrives"), not in a past ("met", "has scheduled"): with a time after
    the publication day, such an act is still to come."""
    is_noun = trigger.pos_ in {"NOUN", "PROPN"}
    if is_noun and trigger.dep_ not in TELLING_ROLES:
        return False
    node = trigger.head if is_noun else trigger
    for _ in range(3):
        auxiliaries = auxiliaries_of(node)
        if any(a.lower_ in cues.future_auxiliaries for a in auxiliaries):
            return True
        if node.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) or active_perfect(node):
            return False
        if node.tag_ in PRESENT_TENSES or any(a.tag_ in PRESENT_TENSES for a in auxiliaries):
            return True
        if node.tag_ not in {"VB", "VBG"} or node.dep_ not in UNTENSED_LINKS:
            return False
        node = node.head
    return False


def active_perfect(verb: Token) -> bool:
    """A verb in the perfect, active: "has invited", "I’ve invited" (whose contracted
    auxiliary the tagger may not lemmatise as "have")."""
    return is_perfect(verb) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def habitual(clause: Token, main: Token, cues: EventCues) -> bool:
    """Whether a "when" clause tells what happens as a rule: its main clause is in the simple
    present ("people lose their cards when they are convicted", "fighters escape when
    attacked") and it has no past tense of its own. Not in a headline (no closing stop), whose
    present tells the past."""
    opener = next((c for c in clause.children if c.dep_ in ("mark", "advmod")), None)
    if opener is None or opener.lower_ not in cues.habitual_markers:
        return False
    if not simple_present(main):
        return False
    verbs = [clause, *auxiliaries_of(clause)]
    if any(verb.tag_ == "VBD" or verb.lower_ in ("has", "have") for verb in verbs):
        return False
    return ends_with_stop(main.sent)


def as_a_rule(verb: Token) -> bool:
    """Whether an adverb of frequency makes the clause tell what is done as a rule ("suspects
    are usually questioned", "the guards often search visitors"); not in the perfect ("has
    often shelled the town" tells past acts)."""
    adverbs = event_cues().habitual_adverbs
    return any(
        c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children
    ) and not is_perfect(verb)


def asked_how(verb: Token, cues: EventCues) -> bool:
    """An infinitive after a question word ("taught her how to shoot", "debated what to
    ban"): a skill or a question, no act."""
    return is_to_infinitive(verb) and any(
        c.lower_ in cues.infinitive_questions and c.i < verb.i for c in verb.children
    )


def anyone(noun: Token, cues: EventCues) -> bool:
    """Whether a noun names no one in particular ("people", "everyone", "every kid")."""
    return noun.lemma_.lower() in cues.anyone_words or any(
        c.dep_ == "det" and c.lower_ in cues.anyone_words for c in noun.children
    )


BOUND_DEPENDENTS = frozenset({"det", "nummod", "poss"})
"""Dependents that make a noun name some ("these people", "40 people", "his people")."""


def no_one_named(noun: Token, cues: EventCues) -> bool:
    """A word for no one in particular, bound by nothing else ("people", "anyone", "every
    driver"; not "the people", "40 people")."""
    return anyone(noun, cues) and not any(
        c.dep_ in BOUND_DEPENDENTS and c.lower_ not in cues.anyone_words for c in noun.children
    )


def rule_tense(clause: Token) -> bool:
    """A clause in the simple present, active or passive ("who refuse", "who are convicted"):
    on no one in particular, it tells a rule; not the perfect or progressive ("people who
    have fled", "people who are fleeing" are some people)."""
    if simple_present(clause):
        return True
    return clause.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in PRESENT_TENSES for c in clause.children
    )


def generic_present(verb: Token) -> bool:
    """Whether a verb tells what is done as a rule, not what happened: the simple present in
    a sentence that is no headline (it ends with a stop), with no time of its own and not in
    a clause of time or cause ("influencers cooperate with the government", "the citizens
    they protect"; but "as they march in Khartoum Thursday"). A recurring time is none of its
    own ("bans fishing there in the middle of each year": a rule), nor is the time of a
    conjoined clause with its own subject ("..., and in January it approved a law")."""
    if verb.pos_ != "VERB" or verb.tag_ not in PRESENT_TENSES:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    recurring = event_cues().recurring_time_words
    apart = {
        t.i for c in verb.children if c.dep_ == "conj" and own_clause(c, verb) for t in c.subtree
    }
    times = [t for t in verb.subtree if t.ent_type_ in TIME_ENTITIES and t.i not in apart]
    if any(not recurring_time(t, recurring) for t in times):
        return False
    return ends_with_stop(verb.sent)


def position_of_many(verb: Token, cues: EventCues) -> bool:
    """Whether a verb of a position held, in the simple present, describes a group in general
    ("most Democrats agree", "all of the candidates oppose the plan", "a candidate who many
    members oppose", "the community, which largely supports reform"): a relative clause or a
    subject of many or of no one named. "The group opposes the plan" is one side's stance."""
    if verb.lemma_.lower() not in cues.position_verbs or not generic_present(verb):
        return False
    if verb.dep_ == "relcl":
        return True
    return any(c.dep_ == "nsubj" and many_or_no_one(c, cues) for c in verb.children)


def many_or_no_one(subject: Token, cues: EventCues) -> bool:
    """A subject that is many or no one in particular: "most", "many members", "all of the
    candidates", "people". A word of many anywhere before the noun in its phrase counts (the
    parser hangs "Most" of "Most Norland lawmakers" on the name)."""
    before = subject.doc[subject.left_edge.i : subject.i + 1]
    return any(t.lower_ in cues.many_words for t in before) or no_one_named(subject, cues)


def recurring_time(token: Token, recurring: frozenset[str]) -> bool:
    """Whether a token of a time entity is part of one that recurs ("each year", "every
    June", "annually")."""
    entity = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    return any(w.lower_ in recurring for w in (entity if entity is not None else [token]))


def generic_passive(verb: Token) -> bool:
    """Whether a passive in the plural present tells what is done to people in general ("people
    are being killed", "children are beaten", "women are prohibited from working"): no agent,
    no time of its own, and a bare noun as its subject. With an agent or a time it is news
    ("civilians are being rounded up by troops"), and "the protesters", "40 people" or a
    singular ("one man is killed") are some people told of, so those stay asserted."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.tag_ == "VBN":
        clause = clause.head  # "killed or maimed": the first verb holds the auxiliaries
    if verb.tag_ != "VBN" or clause.tag_ != "VBN":
        return False
    auxiliaries = auxiliaries_of(clause)
    if not any(a.tag_ == "VBP" and a.lemma_ == "be" for a in auxiliaries):
        return False
    if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxiliaries):
        return False
    if any(c.dep_ in ("agent", "mark") for c in (*clause.children, *verb.children)):
        return False
    if any(t.ent_type_ in TIME_ENTITIES for t in clause.subtree):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
    if not subjects or any(
        s.pos_ != "NOUN" or any(c.dep_ in BOUND_DEPENDENTS for c in s.children) for s in subjects
    ):
        return False
    return ends_with_stop(clause.sent)


def closing_token(sentence: Span) -> Token | None:
    """A sentence's last token before the line breaks, closing quotes and brackets that may
    follow its stop ('... the roads."' then a new paragraph), or None when it has none."""
    return next(
        (t for t in reversed(sentence) if not (t.is_space or t.is_quote or t.is_right_punct)),
        None,
    )


def ends_with_stop(sentence: Span) -> bool:
    """Whether a sentence ends with a full stop, question or exclamation mark (before any
    closing quote or line break): a headline has none, and its present tells the past."""
    last = closing_token(sentence)
    return last is not None and last.is_punct and last.text in SENTENCE_STOPS


def describes(clause: Token) -> bool:
    """A relative clause with a relative pronoun ("which", "who"; "that" may open a complement
    clause the parser takes for one, so only a "that" filling a gap in a clause in the past or
    the perfect counts: "wants a plan that Peru rejected") or a past participle ("the bill,
    opposed by Republicans"): it tells what happened to or by the noun, not the act a plan or
    deal names ("the plan to strike", "a deal that troops withdraw")."""
    if clause.dep_ == "acl" and clause.tag_ == "VBN":
        return True
    if clause.dep_ not in {"relcl", "acl"}:
        return False
    if clause.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return True
    return told_done(clause) and any(
        word.lower_ == "that" and word.dep_ in GAP_RELATIONS and word.i < clause.i
        for word in clause.subtree
    )


def told_done(clause: Token) -> bool:
    """A clause in the past or the perfect ("that Peru rejected", "that it has signed"): it
    tells its act as done, whatever the noun it is on plans or asks."""
    auxiliaries = auxiliaries_of(clause)
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if clause.tag_ == "VBD" and not auxiliaries:
        return True
    return any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxiliaries)


def asked_for_by_noun(noun: Token, cues: EventCues) -> bool:
    """Whether the event noun is what another noun asks for or offers, through prepositions:
    "an offer of new talks", "calls for a ceasefire", "a proposal for a summit"."""
    node = noun
    while node.head.i != node.i and node.head.pos_ in {"ADP", "NOUN", "PROPN"}:
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in cues.request_nouns:
            return True
    return False


TENSES = {"VBZ", "VBD", "VBP"}


def tensed(clause: Token) -> bool:
    """A clause whose verb or auxiliary bears tense ("it is committed", "they withdrew"), not
    a subjunctive or modal one ("that Israel withdraw", "that talks be held", "should go")."""
    auxiliaries = auxiliaries_of(clause)
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return clause.tag_ in TENSES or any(a.tag_ in TENSES for a in auxiliaries)


def judged_infinitive(node: Token, head: Token, cues: EventCues) -> bool:
    """An infinitive that a judgement is passed on ("it is necessary for X to help", "it
    was a mistake to support Y"): what is judged needful or wrong need not have happened."""
    if node.dep_ not in {"advcl", "xcomp", "ccomp", "csubj", "acl"}:
        return False
    if not is_to_infinitive(node):
        return False
    judges = [head] + [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    judges += [c for c in node.children if c.dep_ == "nsubj"]  # "a crime to attack", as parsed
    return any(word.lemma_.lower() in cues.judgement_words for word in judges)


def agreed_to_by_noun(noun: Token, cues: EventCues) -> str | None:
    """The noun that agrees to, plans, commits to or threatens the event noun through
    prepositions ("Ukraine's agreement to a ceasefire", "a plan for talks", "the threat of
    sanctions"): its lemma, or None."""
    node = noun
    while node.head.i != node.i and node.head.pos_ == "ADP":
        node = node.head.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in cues.intention_nouns:
            return node.lemma_.lower()
    return None


def is_issued_saying(participle: Token, noun_lemma: str, cues: EventCues) -> bool:
    """Whether a present participle says what an issued text says ("a resolution urging")."""
    return (
        participle.dep_ == "acl" and participle.tag_ == "VBG" and noun_lemma in cues.statement_nouns
    )


def of_quantity(noun: Token, cues: EventCues) -> Token:
    """The quantity noun that counts the noun ("a wave of airstrikes", "a series of
    warnings"), which stands in the clause where the noun would; else the noun itself."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in cues.quantity_nouns
    ):
        return noun.head.head
    return noun


def verb_cues(verb: Token, cues: EventCues) -> Local:
    children = list(verb.children)
    conditional = any(c.dep_ == "advcl" and marker(c) in cues.conditional_markers for c in children)
    future = any(
        c.dep_ == "aux"
        and (
            c.lower_ in cues.future_auxiliaries
            or (c.lower_ == "would" and in_reported_speech(verb, cues))
        )
        for c in children
    )
    future = future or (verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in children))
    question = verb.dep_ == "ROOT" and is_question_sentence(verb)
    if question and rhetorical(verb):
        return Local()
    if negated_below(children, cues):
        return Local(NEGATED, intended=future, future_auxiliary=future, conditional=conditional)
    if marker(verb) in cues.conditional_markers or contrary_to_fact(verb):
        return Local(HYPOTHETICAL, conditional=True)
    if question and not asks_about_circumstances(verb, cues):
        return Local(HYPOTHETICAL)
    if headline_infinitive(verb):
        return Local(FUTURE)  # "Democrats to sue Arizona": still to come
    if asked_how(verb, cues):
        return Local(HYPOTHETICAL)  # "taught her how to shoot": a skill, no act
    if future:
        # "if they attack us, we will retaliate": the act hangs on the condition (the gold's
        # hypothetical); the word given stays a promise or threat (`voice.statements`)
        told = HYPOTHETICAL if on_condition(verb, cues) else FUTURE
        return Local(told, intended=True, future_auxiliary=True, conditional=conditional)
    for child in children:
        if child.dep_ != "aux":
            continue
        if child.lower_ in cues.hypothetical_auxiliaries:
            # "may halt mediation if ...": a conditional threat; "we must talk to our
            # neighbours" says what ought to be done, and promises nothing
            return Local(HYPOTHETICAL, intended=conditional, conditional=conditional)
        if (
            child.lower_ == "to"
            and verb.dep_ == "xcomp"
            and verb.head.lemma_ == "be"
            and not any(c.dep_ in {"attr", "acomp"} for c in verb.head.children)
        ):
            # "is to visit"; not "was a mistake to back"; "the goal is to forge a ceasefire"
            # tells an aim, no one's word given
            return Local(FUTURE, intended=not stated_aim(verb.head, cues))
    if any(
        c.dep_ == "advmod" and c.lower_ in cues.hedge_adverbs and c.i < verb.i for c in children
    ):
        return Local(HYPOTHETICAL, conditional=conditional)  # "had probably been killed"
    return Local(conditional=conditional)


def stated_aim(copula: Token, cues: EventCues) -> bool:
    """Whether the copula's subject is an aim ("the goal of the talks is to forge a ceasefire",
    "their objective was to capture the town"): the act after it is aimed at, not promised."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in cues.aim_nouns for c in copula.children)


def on_condition(verb: Token, cues: EventCues) -> bool:
    """Whether a verb's own clause of condition opens it ("if they attack", "provided the
    talks succeed"); "unless" makes an ultimatum, which stays future (`voice.ultimatum`)."""
    return any(
        c.dep_ == "advcl" and marker(c) in cues.open_condition_markers for c in verb.children
    )


def promised_on_condition(verb: Token) -> bool:
    """An act its doer will do on a condition ("would meet Kim if there is a prospect of a
    deal"): hypothetical, but its doer's word is given all the same."""
    cues = event_cues()
    return verb_cues(verb, cues).future_auxiliary and on_condition(verb, cues)


def contrary_to_fact(verb: Token) -> bool:
    """A condition told by "had" before its subject, with no "if" ("it would have been cool
    had she congratulated him", "Had the army attacked, many would have died"): it did not
    happen. Not after an adverb, whose inversion tells a fact ("not only had they attacked",
    "never had they attacked")."""
    if marker(verb) is not None:
        return False
    had = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if had is None or subject is None or had.i > subject.left_edge.i:
        return False
    return had.i == 0 or verb.doc[had.i - 1].pos_ != "ADV"


def negated_below(children: list[Token], cues: EventCues) -> bool:
    """A verb or word negated by a word below it: "not", "never", or a word of denial
    (`denied_by_word`); not a "not" that measures a time or a distance (`measures`)."""
    return any(
        (c.dep_ == "neg" and not measures(c, cues)) or c.lower_ == "never" for c in children
    ) or denied_by_word(children, cues)


def denied_by_word(children: list[Token], cues: EventCues) -> bool:
    """A verb negated by a word below it other than "not": "no passengers were killed",
    "nobody was hurt", "arrested no one", "will no longer recognize"."""
    for child in children:
        below = list(child.children)
        if child.dep_ in SUBJECTS | OBJECTS and (
            child.lower_ in {"nobody", "none"}
            or any(d.dep_ in {"det", "neg"} and d.lower_ == "no" for d in below)
        ):
            return True
        if child.dep_ == "advmod" and any(d.dep_ == "neg" and not measures(d, cues) for d in below):
            return True  # "no longer"
    return False


def measures(negation: Token, cues: EventCues) -> bool:
    """A "not" on a measure of time or distance (`negated_measures`), right after it or after
    a degree word ("not long ago", "not so long ago", "not until Friday", "not far from the
    border"): it says when or where, and the act it hangs on took place ("It was not long ago
    that the two leaders traded barbs", "attacked a village not far from the border")."""
    if negation.i + 1 >= len(negation.doc):
        return False
    following = negation.nbor(1)
    candidates = [following] + ([following.head] if following.head.i > following.i else [])
    return any(measure_phrase(word) in cues.negated_measures for word in candidates) or (
        following.lower_ in cues.negated_measures
    )


def measure_phrase(word: Token) -> str:
    """The word with the one after it ("long ago", "far from")."""
    if word.i + 1 >= len(word.doc):
        return word.lower_
    return f"{word.lower_} {word.nbor(1).lower_}"


def rhetorical(verb: Token) -> bool:
    """A negated yes-no question ("Did the army not shell the village?", "Isn't it true they
    fired?") asserts what it asks about."""
    first = verb.sent[0]
    inverted = first.head.i == verb.i and first.dep_ == "aux"
    return inverted and any(c.dep_ == "neg" for c in verb.children)


def asks_about_circumstances(verb: Token, cues: EventCues) -> bool:
    """A question on why, how, when or where an event happened takes the event as given."""
    return any(
        c.lower_ in cues.presupposing_question_words and c.dep_ == "advmod" and c.i < verb.i
        for c in verb.children
    )


DOUBTED_CLAUSES = frozenset({"ccomp", "pcomp", "advcl", "csubj", "acl"})
"""How a clause hangs on the word that doubts it or asks it ("unclear when", "questions
about whether", "uncertain about withdrawing", "when they meet is unknown"); not a relative
clause ("the man who fired")."""


def left_open(clause: Token, cues: EventCues) -> bool:
    """Whether the text leaves a clause's act open: a word of doubt governs it ("unsure that Y
    will withdraw", "it is unclear when they will meet"), directly or through a preposition
    ("uncertain about withdrawing"); or it is an indirect question that a word of asking or a
    word of knowing negated or pending governs ("asked when Y will send troops", "could not
    say why", "declined to say when", "no word on when", "remains to be seen whether")."""
    if clause.dep_ not in DOUBTED_CLAUSES:
        return False
    predicate = clause.head.head if clause.head.pos_ == "ADP" else clause.head
    words = [predicate, *(c for c in predicate.children if c.dep_ in {"acomp", "attr"})]
    lemmas = {word.lemma_.lower() for word in words}
    holder = predicate.head if predicate.dep_ in {"acomp", "attr"} else predicate
    unknown = bool(lemmas & cues.knowing_words) and (
        left_unknown(predicate, cues) or left_unknown(holder, cues)
    )
    doubted = lemmas & cues.doubt_words or (
        unknown and any(w.pos_ == "ADJ" and w.lemma_.lower() in cues.knowing_words for w in words)
    )
    if doubted:
        return True
    asked = unknown or bool(lemmas & cues.questioning_words)
    return asked and is_question(clause, cues.question_markers)


def left_unknown(word: Token, cues: EventCues) -> bool:
    """A word of knowing negated ("not clear", "could not say", "no one knows", "no word"),
    under a verb that refuses it ("declined to say") or left pending ("remains to be seen")."""
    children = list(word.children)
    if negated_below(children, cues):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children):
        return True
    governor = word.head.lemma_.lower()
    return word.dep_ == "xcomp" and governor in cues.negation_verbs | cues.pending_verbs


def told_as_given(clause: Token, modality: str | None, cues: EventCues) -> bool:
    """Whether a clause left open still tells its act as a fact: a question of a past or
    present act's circumstances or doer ("unclear why the army shelled the town", "did not
    say who fired") asks how, not whether, it happened. A clause in the future or with a
    modal ("unclear when they will meet"), a "whether" ("unsure whether they withdrew") and
    a plain clause of doubt ("unsure that they withdrew") do not."""
    if modality in (FUTURE, HYPOTHETICAL) or not is_question(clause, cues.question_markers):
        return False
    return verb_cues(clause, cues).modality not in (FUTURE, HYPOTHETICAL)


def sibling_of_denied(node: Token, cues: EventCues) -> bool:
    """A participle the parser hangs on a denied clause is the denier's own act, a sibling of
    the denial: in "X denied it had supplied arms, rejecting accusations by Y" X rejected."""
    head = node.head
    return (
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and marker(node) is None
        and not any(c.dep_ in SUBJECTS for c in node.children)
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in cues.negation_verbs
    )


def claim_denied_after(node: Token, cues: EventCues) -> bool:
    """A clause the parser hangs on a denial after it whose object (or, misread, subject) is a
    claim noun between the two: in "X accused Y of arming rebels, a charge Y denied" the noun
    restates the clause, the denial is of the charge, and the charge was made."""
    head = node.head
    return (
        node.dep_ == "ccomp"
        and head.lemma_.lower() in cues.negation_verbs
        and node.i < head.i
        and any(
            c.dep_ in OBJECTS | SUBJECTS
            and c.lemma_.lower() in cues.claim_nouns
            and node.i < c.i < head.i
            for c in head.children
        )
    )


def gathered_for(verb: Token, cues: EventCues) -> bool:
    """Whether an infinitive of purpose is what a gathering does by gathering ("farmers
    gathered outside parliament to protest the tax": the gathering is the protest)."""
    return (
        verb.lemma_.lower() in cues.gathering_aims
        and verb.head.lemma_.lower() in cues.gathering_verbs
    )


def demanded_of(verb: Token, cues: EventCues) -> bool:
    """The verb's object is a request noun, so a "that" clause beside it is what was asked
    (the parser hangs it on the verb when words come between)."""
    return any(c.dep_ in OBJECTS and c.lemma_.lower() in cues.request_nouns for c in verb.children)


def asked_by_subject(clause: Token, cues: EventCues) -> bool:
    """A to-infinitive whose subject the parser took to be a request noun ("reiterated 'its
    call to the authorities to drop the charges'", "says Trump's call to ban them cost him"):
    the noun asks for the act, which is not told as done."""
    return is_to_infinitive(clause) and any(
        c.dep_ in SUBJECTS and c.lemma_.lower() in cues.request_nouns for c in clause.children
    )


def intended_modality(word: str, cues: EventCues) -> str:
    """What an intention makes of its act: a plan or promise puts it in the future; a threat
    makes it hypothetical, since it hangs on what the other side does."""
    return HYPOTHETICAL if word in cues.threat_words else FUTURE


def object_cues(verb: Token, cues: EventCues, direct: bool, noun: Token) -> Local:
    """What a verb does to the event noun it takes as object: "denied the attack",
    "threatened an offensive", "called for sanctions"; a verb that carries events keeps its
    own reading for its direct object ("ordered airstrikes", "called a strike"), and so does
    one that holds an event ("had talks", "has the backing of India"); a support sought ("sought
    the backing of India") is the giver's, hypothetical, no intent of the seeker."""
    own = verb_cues(verb, cues)
    lemma = verb.lemma_.lower()
    if own.modality in (FUTURE, HYPOTHETICAL) and asked_for(verb, noun, cues):
        return Local(HYPOTHETICAL)  # "will call for a ceasefire": another's act, no promise
    if own.modality is not None or (direct and lemma in cues.support_verbs):
        return own
    if lemma in cues.holding_verbs and (direct or noun.lemma_.lower() in cues.held_nouns):
        return own  # "had talks on Monday": held; only "have to" asks
    if lemma in cues.seeking_verbs and noun.lemma_.lower() in cues.sought_nouns:
        return Local(HYPOTHETICAL)  # "sought the backing of France": France's, and not given
    if lemma in cues.negation_verbs:
        return Local(NEGATED)
    if lemma in cues.intention_verbs:
        return Local(intended_modality(lemma, cues), intended=True)
    if lemma in cues.likelihood_words:
        return Local(FUTURE)  # "awaited deportation", "preparing an offensive"
    if lemma in cues.hypothetical_verbs:
        return Local(HYPOTHETICAL)
    return own


def asked_for(verb: Token, noun: Token, cues: EventCues) -> bool:
    """Whether the event noun is what the verb asks of another: its object after a request
    preposition ("call for a ceasefire", "ask for deportation") or the direct object of a
    demand ("demand the release"). Asked, it is no act the asker commits to."""
    node = first_conjunct(noun)
    lemma = verb.lemma_.lower()
    if node.dep_ == "pobj" and node.head.head.i == verb.i:
        return (lemma, node.head.lower_) in cues.request_prepositions
    return node.dep_ in OBJECTS and node.head.i == verb.i and lemma in cues.demanding_verbs


def quantified(noun: Token) -> str | None:
    """What "no" or "any" on a noun makes of it and of the act a clause on it names: "no
    attack", "no decision to expel them" did not happen; "any incursion", "any decision to
    expel them" has not happened yet."""
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "no" in determiners:
        return NEGATED
    if "any" in determiners:
        return HYPOTHETICAL
    return None


def quantified_clause(clause: Token, noun: Token) -> str | None:
    """What "any" or "no" on a noun makes of the act a clause on it names: "any decision to
    expel them", "any soldier who fired" tells of no act yet, "no decision to expel them" of
    none; but "no country that invaded" tells of countries that did."""
    if clause.dep_ not in {"acl", "relcl"}:
        return None
    determined = quantified(noun)
    if determined == NEGATED and not is_to_infinitive(clause):
        return None
    return determined


def noun_cues(noun: Token, cues: EventCues) -> Local:
    if determined := quantified(noun):
        return Local(determined)
    if ruled_out(noun, cues):
        return Local(NEGATED)  # "toasts, not tariffs": no act, and no one's refusal of it
    if prospect := looked_ahead_to(noun, cues):
        return Local(prospect)
    if noun.dep_ in SUBJECTS:
        return subject_cues(noun, cues)
    verb = governing_verb(noun)
    if verb is not None:
        # "referring to attacks as alternatives": a proposal, the speaker's own option
        for prep in verb.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "as"
                and any(o.lemma_.lower() in cues.proposal_nouns for o in prep.children)
            ):
                return Local(HYPOTHETICAL, intended=True)
    return Local()


def ruled_out(noun: Token, cues: EventCues) -> bool:
    """An event noun the text rules out: under "not" or "never" ("we want toasts not
    tariffs"), set against another noun by one ("they want talks, not sanctions": the parser
    hangs the "not" on the first noun), after "without" ("jailed without trial") or set aside
    for another act ("talks instead of sanctions", "dialogue rather than sanctions"). The act
    is not done, as "no sanctions" is not; "not only sanctions" and "not without a fight" tell
    it is."""
    ruler = next((c for c in noun.children if c.lower_ in cues.ruling_out_words), None)
    if ruler is not None and ruler.i < noun.i:
        return rules_out(ruler, noun, cues)
    head = noun.head
    if noun.dep_ in {"appos", "conj"} and head.i < noun.i:
        return any(
            c.lower_ in cues.ruling_out_words
            and head.i < c.i < noun.left_edge.i
            and rules_out(c, noun, cues)
            for c in head.children
        )
    if noun.dep_ != "pobj":
        return False
    if head.lower_ in cues.absence_prepositions:
        return head.i == 0 or head.doc[head.i - 1].lower_ not in cues.ruling_out_words
    return any((c.lower_, head.lower_) in cues.replacement_prepositions for c in head.children)


def rules_out(ruler: Token, noun: Token, cues: EventCues) -> bool:
    """Whether "not" before an event noun rules it out: it heads the noun's phrase ("not a
    trade war", "not tariffs"), no limiter after it ("not only", "not all", "not too")."""
    following = ruler.doc[ruler.i + 1]
    if following.lower_ in cues.ruling_out_limiters:
        return False
    return all(noun.left_edge.i <= t.i for t in ruler.doc[ruler.i + 1 : noun.i])


def looked_ahead_to(noun: Token, cues: EventCues) -> str | None:
    """An event noun not (yet) happened: "a possible war against Iraq", "the possibility of a
    meeting" (not held), "the expected visit", "a meeting scheduled for next week", "the eve
    of the visit", "spoke ahead of a meeting", "working on a second summit", "migrants slated
    for deportation" (still to come); through a noun of its start or return, "on the eve of
    the return to peace talks"."""
    for child in noun.children:
        if child.dep_ in {"amod", "compound"}:
            if child.lower_ in cues.prospect_modifiers:
                return HYPOTHETICAL
            if child.lower_ in cues.scheduled_modifiers:
                return FUTURE
        if child.dep_ == "acl" and child.lemma_.lower() in cues.scheduling_verbs:
            return FUTURE
    node = first_conjunct(noun)
    while node.dep_ == "pobj" and node.head.head.i != node.head.i:
        preposition = node.head
        governor = preposition.head.lemma_.lower()
        if (governor, preposition.lower_) in cues.prospect_prepositions:
            return FUTURE
        if (governor, preposition.lower_) in cues.possibility_prepositions:
            return HYPOTHETICAL
        if governor not in cues.onset_nouns or preposition.head.pos_ != "NOUN":
            break
        node = first_conjunct(preposition.head)  # "the eve of the return to talks"
    return None


def subject_cues(subject: Token, cues: EventCues) -> Local:
    """An event named as the subject of a modal or negated clause is not asserted
    ("Killing them won't avenge him", "the killing would not be enough"); with a future
    auxiliary it is to come ("talks will resume", "said talks would resume"). One after its
    doer is told as one that is ("Mhlanga's arrest was not a reflection of"), unless the
    clause tells whether it happens ("his visit will not take place")."""
    verb = subject.head
    given = possessed(subject) and verb.lemma_.lower() not in cues.occurrence_verbs
    if any(child.dep_ == "neg" for child in verb.children) and not given:
        return Local(HYPOTHETICAL)
    if subject.dep_ == "nsubjpass" and verb.lemma_.lower() in cues.scheduling_verbs:
        return Local(FUTURE)  # "the meeting was scheduled two weeks ago": still to come
    if subject.dep_ == "nsubjpass" and verb.lemma_.lower() in cues.asking_passives:
        return Local(HYPOTHETICAL)  # "more airstrikes are needed": asked for
    if marker(verb) in cues.conditional_markers:
        return Local(HYPOTHETICAL)  # "whether another summit is appropriate"
    above = verb_cues(verb, cues)
    if above.future_auxiliary and above.modality == HYPOTHETICAL:
        return Local(HYPOTHETICAL)  # "talks will resume if the shelling stops"
    if above.modality == FUTURE or (given and above.future_auxiliary):
        return Local(FUTURE)
    if given:
        return Local()
    for child in verb.children:
        if child.lower_ in cues.hypothetical_auxiliaries | cues.future_auxiliaries:
            return Local(HYPOTHETICAL)
    return Local()


def possessed(noun: Token) -> bool:
    """An event noun with its doer before it ("Washington's call", "its tariffs"): told as
    one that is, whatever the clause it is the subject of says of it."""
    return any(c.dep_ == "poss" for c in noun.children)


def carries(noun: Token, verb: Token, cues: EventCues) -> bool:
    """Whether the noun's truth hangs on the verb: it is the verb's object or subject (or
    the object of its preposition) and the verb carries events ("launched strikes"), takes
    them as their target ("will face charges", "could draw criticism", "will go on trial") or
    governs them ("threatened an offensive", "called for sanctions", "denied the attack")."""
    node = first_conjunct(noun)
    if node.dep_ == "pobj" and node.head.head.i == verb.i:
        if node.head.lower_ in cues.given_circumstance_prepositions:
            return False  # "refused despite protests", "urges an end after the protests"
        node = node.head
    if node.head.i != verb.i or node.dep_ not in OBJECTS | SUBJECTS | {"prep", "attr", "dative"}:
        return False
    lemma = verb.lemma_.lower()
    if node.dep_ == "prep" and (lemma, node.lower_) in cues.undergoing_prepositions:
        return True  # "will go on trial", "could come under investigation"
    return lemma in (
        cues.support_verbs
        | cues.receiving_verbs
        | cues.intention_verbs
        | cues.negation_verbs
        | cues.hypothetical_verbs
        | cues.likelihood_words
    )


def taken_part_in(noun: Token, cues: EventCues) -> bool:
    """Whether the noun is what its clause's subject takes part in ("participate in the
    protest", "take part in the talks", "go ahead with the meeting"): that it happens for the
    subject is the verb's to tell, not given."""
    node = first_conjunct(noun)
    if node.dep_ != "pobj":
        return False
    preposition, head = node.head.lower_, node.head.head
    return any(
        (word.lemma_.lower(), preposition) in cues.participation_prepositions
        for word in (head, *head.children)
    )


def indefinite(noun: Token) -> bool:
    """A noun with an indefinite article ("a meeting"): unlike "the meeting", it does not
    presuppose that the event took place."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "any", "some"} for c in noun.children)


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose ("staged rallies to demand reforms"): an aim, not a fact."""
    if verb.dep_ not in {"advcl", "xcomp"} or verb.head.pos_ not in {"VERB", "NOUN"}:
        return False
    if is_for_complement(verb):
        return False
    to = is_to_infinitive(verb)
    if verb.dep_ == "xcomp":
        return to and verb.head.lemma_.lower() in event_cues().purpose_carriers
    return to or marker(verb) in {"so", "in"}


def in_reported_speech(verb: Token, cues: EventCues) -> bool:
    return reporting_verb_above(verb, cues) is not None


def reporting_verb_above(verb: Token, cues: EventCues) -> Token | None:
    """The verb of saying or deciding whose complement `verb` is told in, if any."""
    node = verb
    while node.dep_ in CLAUSAL_COMPLEMENTS | {"conj"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in cues.reporting_verbs | cues.decision_verbs:
            return node
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token, through prepositions, nouns and coordination."""
    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            return head
        node = head
    return None


def marker(verb: Token) -> str | None:
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    return mark.lower_ if mark is not None else None
