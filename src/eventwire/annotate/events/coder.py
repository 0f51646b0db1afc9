"""Events: who did what to whom, coded in CAMEO and PLOVER, with modality and evidence.

The whole event-coding logic lives here; the vocabulary lives in `codebooks/` (verbs.yaml,
nouns.yaml, event_cues.yaml, commitments.tsv). The stage works in four steps:

1. triggers: a verb or an event noun whose lemma has a frame that fits its dependents;
   no frame fits, no event (there is no fallback code);
2. arguments: source and target phrases from the dependency parse (passive agents,
   "authorised by X", a noun's possessor or name modifier, the verb carrying a noun),
   resolved to actors by `resolve_actors`;
3. modality: negation, conditions, questions, intentions and modals on the trigger or on
   the clauses above it, and who asserts the event when it is only reported speech;
   a promise or threat the text reports becomes an asserted AGREE or THREATEN event;
4. mentions: reports of one real event (same PLOVER type, compatible actors and dates)
   merge into one event that lists every mention.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from eventwire.annotate.actors import (
    LANGUAGE_NOUNS,
    WHEREABOUTS,
    is_ethnic,
    is_visiting,
    lexicon_matches,
    residence_words,
    resolve_actors,
)
from eventwire.annotate.events.dates import date_for_event
from eventwire.annotate.events.places import place_for_event
from eventwire.annotate.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    governing_verb,
    read_modality,
)
from eventwire.annotate.parse_views import heads_of, indices_spelled, span_at, tokens_of
from eventwire.annotate.places import place_cues
from eventwire.codebooks.events import (
    EventCues,
    Frame,
    cameo_codes,
    commitment_code,
    demand_code,
    event_cues,
    noun_frames,
    plover_for,
    refusal_code,
    verb_frames,
)
from eventwire.records import (
    ActorRef,
    Analysis,
    Event,
    EventDate,
    EventPlace,
    Place,
    Span,
    Speaker,
    content_hash,
)

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
PASSIVE_MARKERS = ("auxpass", "nsubjpass", "csubjpass")
OBJECTS = {"dobj", "obj"}
CLAUSAL_COMPLEMENTS = {"xcomp", "ccomp"}
PASSIVE_HEADS = "eventwire.events.passive_heads"
"""Key of the parse's cached set of passive verbs in `Doc.user_data`."""
OWNER_PREPOSITIONS = {"by", "from", "of", "in", "throughout", "across", "for", "between"}
"""Prepositions that tie a group or a thing to the actor it belongs to ("a meeting between X
and Y" is theirs)."""
POLICE = "COP"

GATHERING_PREPOSITIONS = {"for", "in", "at", "to", "into"}
"""How an event noun hangs from a verb of coming together ("converged for a rally")."""

EVENT_PLACE_PREPOSITIONS = {"in", "into", "inside", "across", "throughout", "within"}
"""Prepositions whose object is where an event happens."""

CIRCUMSTANCE_PREPOSITIONS = {"after", "before", "since", "following", "amid", "despite", "until"}
"""Prepositions that set an event noun as the time or circumstance of a clause ("will not
retaliate after the clash"): the clause's subject need not take part in it."""

NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
"""Entity types of a prepositional object that cannot be a target ("on Monday")."""


@dataclass
class Mention:
    """One trigger in the text before merging: the evidence for one telling of an event."""

    trigger: Token
    trigger_span: tuple[int, int]
    code: str
    source: list[ActorRef]
    target: list[ActorRef]
    modality: str
    asserted_by: Speaker | None
    intended: bool = False
    absorbed: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Event nouns told as part of this trigger ("killed in a drone strike"): token -> span."""
    date: EventDate | None = None
    place: EventPlace | None = None


def find_events(parse: Doc, analysis: Analysis) -> list[Event]:
    mentions = Coder(parse, analysis).mentions()
    for mention in mentions:
        mention.date = date_for_event(parse, mention.trigger.i, analysis)
        mention.place = place_for_event(parse, mention.trigger.i, analysis)
    sentences = {sent.start: index for index, sent in enumerate(parse.sents)}
    return [to_event(group, sentences, analysis) for group in merge(mentions)]


class Coder:
    """Finds and codes the event mentions of one parse."""

    def __init__(self, parse: Doc, analysis: Analysis) -> None:
        self.parse = parse
        self.analysis = analysis
        self.cues: EventCues = event_cues()
        self.verbs = verb_frames()
        self.nouns = noun_frames()
        self.actor_cache: dict[tuple[int, int], list[ActorRef]] = {}
        self.places: dict[int, Place] = {
            token.idx: place
            for place in analysis.places
            if place.country and place.role == "place"
            for token in span_at(parse, place.start, place.end) or ()
        }
        """Places resolved to a country (not a capital standing for its government), by the
        character offset of each of their tokens."""
        self.reporting: list[Token] = []
        """Verbs of saying, in text order (found in the one pass over the parse)."""
        self.committing: set[int] = set()
        """Triggers that are promises or threats themselves ("vowed", "threatened")."""

    # --- triggers -------------------------------------------------------------------------

    def mentions(self) -> list[Mention]:
        matched: dict[int, tuple[Frame, list[Token]]] = {}
        consumed: set[int] = set()
        for token in self._candidates():
            if token.pos_ == "VERB" and token.lemma_.lower() in self.cues.reporting_verbs:
                self.reporting.append(token)
            frames = self._frames_for(token)
            if not frames:
                continue
            found = self._fit(token, frames)
            if found is not None:
                matched[token.i] = found
                if found[0].commits:
                    self.committing.add(token.i)
                consumed.update(t.i for t in found[1] if t.i != token.i)
        mentions: list[Mention] = []
        absorbed: set[int] = set()
        for index in sorted(matched):
            if index in consumed or index in absorbed:
                continue
            token = self.parse[index]
            frame, parts = matched[index]
            mention = self._code(token, frame, parts, matched)
            if mention is None:
                continue
            absorbed.update(mention.absorbed)
            mentions.append(mention)
        mentions = [m for m in mentions if m.trigger.i not in absorbed and not is_aim(m, matched)]
        mentions.extend(self._statements(mentions))
        mentions.extend(self._demands(matched))
        return mentions

    def _candidates(self) -> list[Token]:
        """The tokens whose lemma or form is a trigger or a verb of saying, in text order: only
        they can be either, so the rest of the parse is never visited token by token."""
        words = self.verbs.keys() | self.nouns.keys() | self.cues.reporting_verbs
        tokens = tokens_of(self.parse)
        return [tokens[i] for i in indices_spelled(self.parse, (LEMMA, LOWER), words)]

    def _frames_for(self, token: Token) -> tuple[Frame, ...]:
        lemma = token.lemma_.lower()
        if token.dep_ == "amod" or (
            token.dep_ == "compound" and token.head.lemma_.lower() not in self.cues.event_heads
        ):
            return ()  # "the besieged town", "invasion forces"; but "a mediation mission"
        if token.pos_ == "VERB" or (token.pos_ == "ADJ" and lemma in self.verbs):
            return self.verbs.get(lemma, ())
        if token.pos_ in {"NOUN", "PROPN"}:
            return self.nouns.get(lemma, ()) or self.nouns.get(token.text.lower(), ())
        return ()

    def _fit(self, token: Token, frames: tuple[Frame, ...]) -> tuple[Frame, list[Token]] | None:
        """The first frame whose conditions the token's dependents meet, and the tokens it used."""
        is_noun = token.pos_ in {"NOUN", "PROPN"}
        children = list(token.children)
        objects = [c for c in children if c.dep_ in OBJECTS]
        passive = is_passive(token)
        for frame in frames:
            parts = [token]
            if frame.passive is not None and frame.passive != passive:
                continue
            if frame.plural is not None and frame.plural != (token.tag_ in {"NNS", "NNPS"}):
                continue
            if frame.subjects is not None:
                subject = passive_subject(token) if passive else clause_subject(token)
                if subject is None or lemma_of(subject) not in frame.subjects:
                    continue
            if frame.complement:
                kinds = CLAUSAL_COMPLEMENTS | ({"acl"} if is_noun else set())
                complement = [c for c in children if c.dep_ in kinds]
                if isinstance(frame.complement, frozenset):
                    complement = [c for c in complement if c.lemma_.lower() in frame.complement]
                if not complement:
                    continue
            if frame.particle is not None:
                particle = [c for c in children if c.dep_ == "prt" and c.lower_ == frame.particle]
                if not particle:
                    continue
                parts.extend(particle)
            if frame.intransitive and objects:
                continue
            if frame.objects is not None:
                fitting = [o for o in objects if frame.objects & object_words(o)]
                if passive and not objects:
                    fitting = [
                        c
                        for c in children
                        if c.dep_ in PASSIVE_SUBJECTS and frame.objects & object_words(c)
                    ]
                if not fitting:
                    continue
                parts.append(fitting[0])
            if frame.preps is not None:
                attached = children + [g for o in objects for g in o.children]
                preps = [
                    c
                    for c in attached
                    if c.dep_ in {"prep", "agent", "dative"} and c.lower_ in frame.preps
                ]
                preps = [p for p in preps if not all(o.ent_type_ in NOT_ACTORS for o in p.children)]
                if frame.prep_objects is not None:
                    preps = [
                        p
                        for p in preps
                        if any(
                            lemma_of(o) in frame.prep_objects
                            for o in p.children
                            if o.dep_ == "pobj"
                        )
                    ]
                if not preps:
                    continue
                if frame.prep_objects is not None:
                    parts.extend(o for o in preps[0].children if o.dep_ == "pobj")
            if frame.modifiers is not None:
                modifiers = [
                    c
                    for c in children
                    if c.dep_ in {"compound", "amod", "nmod"}
                    and (lemma_of(c) in frame.modifiers or c.lower_ in frame.modifiers)
                ]
                if not modifiers:
                    continue
                parts.extend(modifiers)
            return frame, parts
        return None

    # --- arguments and codes -----------------------------------------------------------------

    def _code(
        self, token: Token, frame: Frame, parts: list[Token], matched: dict
    ) -> Mention | None:
        is_noun = token.pos_ in {"NOUN", "PROPN"}
        used = {p.i for p in parts}
        if is_noun:
            source, target = self._noun_arguments(token, frame, used)
            if not target and plover_for(frame.code)[0] == "ASSAULT":
                held_by, harmed = self._harmed(token)
                source, target = source or held_by, harmed
        else:
            source, target = self._verb_arguments(token, frame, used)
        code = frame.code
        absorbed: dict[int, tuple[int, int]] = {}
        if not is_noun:
            for noun in self._same_event_nouns(token, code, matched):
                noun_frame, noun_parts = matched[noun.i]
                absorbed[noun.i] = trigger_span(noun_parts)
                noun_source, _ = self._noun_arguments(noun, noun_frame, {p.i for p in noun_parts})
                # "a bomb attack killed six": the source is the attack's, not the attack
                if noun.dep_ in SUBJECTS or not source:
                    source = noun_source
                if specificity(noun_frame.code) > specificity(code):
                    code = noun_frame.code
                for other in self._restatements(noun, matched):
                    absorbed[other.i] = trigger_span(matched[other.i][1])
        if not target or self._asks_for_act(token, code, matched):
            target = self._implied_target(token, code, matched, source) or target
        if not coded(target):
            target = self._coded_recipient(token, used) or target
        if code.startswith("13") and not coded(target):
            target = self._condition_addressee(token, source) or target
        if plover_for(code)[0] == "REJECT" and not coded(target):
            target = self._pressed_by(token) or target
        if plover_for(code)[0] == "PROTEST":
            # "in defiance of Chinese authorities" says whom, more than where it happens
            target = self._defied(token) or target
        if plover_for(code)[0] == "PROTEST" and not coded(target):
            target = self._aim_target(token, matched, source, absorbed) or target
        if not any(a.code for a in target) and located(code):
            target = target + self._location_target(token)
        if plover_for(code)[0] == "PROTEST" and source and not coded(source):
            source = self._placed_protesters(token, source)
        source = self._ethnic_residents(token, source)
        target = self._ethnic_residents(token, target)
        target = self._policed(source, target)
        if frame.commits and not is_noun:
            if self._reports_another(token, source):
                return None  # "officials warned that Russia could impose sanctions": a report
            committed = self._committed_code(token, matched)
            if committed is None and frame.needs_event:
                return None
            # a threat to do something cooperative stays a bare threat
            if committed is not None and not (code.startswith("13") and committed < "13"):
                code = committed
        reading = read_modality(token)
        voice = self._voice(reading.voice) if reading.voice is not None else []
        if reading.voice is None:
            speaker = self._attribution(token) or self._quote_speaker(token)
        else:
            speaker = speaker_of(voice) if reading.reported else None
        if voice and source and all(is_pronoun(a) for a in source):
            source = voice  # "Tehran declared that it would ...": it is Tehran
        if not coded(target) and self._done_at_home(token, code, matched):
            target = target + home_country(source)
        return Mention(
            trigger=token,
            trigger_span=trigger_span(parts),
            code=code,
            source=source,
            target=target,
            modality=reading.modality,
            asserted_by=speaker,
            intended=reading.intended,
            absorbed=absorbed,
        )

    def _implied_target(
        self, trigger: Token, code: str, matched: dict, source: list[ActorRef], depth: int = 2
    ) -> list[ActorRef]:
        """A target the text gives only through what the event is about: the addressee of a
        demand ("demanded that the US cancel", "demanded the withdrawal of Serbian forces"),
        the target of the act promised, threatened or refused ("agreed to provide aid for
        Romania", "offered to hand over to Britain", "willing to send arms to help defend
        Kuwait"), or the actor whose act is accepted ("agreed to Swiss mediation")."""
        request = code[:2] in {"02", "10"}
        # a noun's clause says what is asked or offered ("its demand that Israel ease ...")
        clauses = CLAUSAL_COMPLEMENTS | ({"acl"} if trigger.pos_ in {"NOUN", "PROPN"} else set())
        embedded = []
        if clauses != CLAUSAL_COMPLEMENTS and (carrier := carrying_verb(trigger, self.cues)):
            # "reiterated its demand that Israel ease ...": the clause hangs from the carrier
            embedded.extend(c for c in carrier.children if c.dep_ == "ccomp")
        for child in trigger.children:
            if child.dep_ in clauses | OBJECTS or is_purpose(child):
                embedded.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"to", "for", "on"}:
                embedded.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
        for head in embedded:
            if request and head.dep_ in {"ccomp", "acl"}:
                addressee = first_child(head, SUBJECTS | PASSIVE_SUBJECTS)
                if addressee is not None:
                    # "demanded that control of the Interior Ministry be taken away": the
                    # ministry's
                    return self._owners(addressee, head)
            found = self._act_target(head, code, matched, source, depth)
            if found:
                return found
        return []

    def _act_target(
        self, head: Token, code: str, matched: dict, source: list[ActorRef], depth: int
    ) -> list[ActorRef]:
        """The target of an act another event is about (`_implied_target`)."""
        if head.i not in matched:
            return self._recipient(head, code, matched, source, depth)
        frame, parts = matched[head.i]
        used = {p.i for p in parts}
        is_noun = head.pos_ in {"NOUN", "PROPN"}
        if is_noun:
            act_source, target = self._noun_arguments(head, frame, used, carried=False)
        else:
            act_source, target = self._verb_arguments(head, frame, used)
        if code[:2] in {"02", "10"} and is_noun:
            if coded(act_source) & coded(source):
                return target  # "Serbia demanded a meeting of the Security Council"
            return act_source or target
        if not target and not is_noun and depth > 0:
            target = self._implied_target(head, frame.code, matched, source, depth - 1)
        if target:
            return target
        if is_noun and coded(act_source) and not coded(act_source) & coded(source):
            return act_source  # "accepted US mediation": the mediator
        return []

    def _asks_for_act(self, trigger: Token, code: str, matched: dict) -> bool:
        """Whether a request's object is an event noun ("demanded the withdrawal of Serbian
        forces from X"): whom it asks is who would act, not the place the act names."""
        return code[:2] in {"02", "10"} and any(
            c.dep_ in OBJECTS and c.i in matched and c.pos_ in {"NOUN", "PROPN"}
            for c in trigger.children
        )

    def _done_at_home(self, trigger: Token, code: str, matched: dict) -> bool:
        """Whether the act, or the act a threat or promise names ("prepared to impose martial
        law"), is one a government does only at home (`domestic_codes`)."""
        if code in self.cues.domestic_codes:
            return True
        return any(
            c.dep_ in CLAUSAL_COMPLEMENTS
            and matched.get(c.i, (Frame(code=""),))[0].code in self.cues.domestic_codes
            for c in trigger.children
        )

    def _harmed(self, harm: Token) -> tuple[list[ActorRef], list[ActorRef]]:
        """Who suffered a harm the text names only as the cause of a death ("a prisoner died as
        a result of torture", "died from torture"): the target; and, when they died in custody,
        whoever held them ("in Ruritanian police custody"): the source."""
        node = harm
        for _ in range(3):  # up through "as a result of", "from", "after"
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                break
            node = node.head.head
            if node.pos_ == "VERB":
                break
        if node.pos_ != "VERB" or lemma_of(node) not in self.cues.death_verbs:
            return [], []
        subject = first_child(node, SUBJECTS)
        harmed = self._owners(subject, node) if subject is not None else []
        held_by: list[ActorRef] = []
        for prep in (*node.children, *harm.children):
            held = first_child(prep, {"pobj"}) if prep.lower_ == "in" else None
            if held is not None and lemma_of(held) in self.cues.custody_nouns:
                held_by = [a for a in self._owners(held, node) if a.code]
        return held_by, harmed

    def _pressed_by(self, refusal: Token) -> list[ActorRef]:
        """Whom a refusal answers when only "despite" says so ("refused to resign despite
        pressure from X"): the coded owners of the pressure, on the refusal or on the act
        refused."""
        clauses = [refusal, *(c for c in refusal.children if c.dep_ in CLAUSAL_COMPLEMENTS)]
        for clause, pressure in phrases_on(clauses, "despite", self.cues.pressure_nouns):
            found = [a for a in self._owners(pressure, clause) if a.code]
            if found:
                return found
        return []

    def _defied(self, protest: Token) -> list[ActorRef]:
        """Whom a protest defies: "in defiance of X" on the protest or on the verb carrying it."""
        clauses = [protest]
        carrier = carrying_verb(protest, self.cues) if protest.pos_ in {"NOUN", "PROPN"} else None
        if carrier is not None:
            clauses.append(carrier)
        for _, stance in phrases_on(clauses, "in", self.cues.defiance_nouns):
            defied = [a for a in self._targets(stance, ("of", "against"), set()) if a.code]
            if defied:
                return defied
        return []

    def _aim_target(
        self, protest: Token, matched: dict, source: list[ActorRef], absorbed: dict
    ) -> list[ActorRef]:
        """Whom a protest is against when only its aim says so ("a hunger strike in protest
        against arrests by Chadian police", "marched to demand the Chadian president's
        resignation"). A protest noun that only tells the aim ("in protest") is the same
        event: it joins `absorbed`."""
        clauses = [protest]
        carrier = carrying_verb(protest, self.cues) if protest.pos_ in {"NOUN", "PROPN"} else None
        if carrier is not None:
            clauses.append(carrier)
        for clause in clauses:
            for child in clause.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    aim = first_child(child, {"pobj"})
                    if aim is None or aim.i not in matched:
                        continue
                    frame, parts = matched[aim.i]
                    if plover_for(frame.code)[0] != "PROTEST":
                        continue
                    used = {p.i for p in parts}
                    _, target = self._noun_arguments(aim, frame, used, carried=False)
                    absorbed[aim.i] = trigger_span(parts)
                    if coded(target):
                        return [a for a in target if a.code]
                elif child.dep_ in {"advcl", "xcomp"} and (
                    is_purpose(child) or child.tag_ == "VBG"
                ):
                    target = self._act_target(child, "140", matched, source, 1)
                    if coded(target):
                        return [a for a in target if a.code]
        return []

    def _recipient(
        self, act: Token, code: str, matched: dict, source: list[ActorRef], depth: int
    ) -> list[ActorRef]:
        """Whom an act we do not code is for, when a coded event commits to it or refuses it:
        the coded actor of its dative or recipient phrase ("hand over to Britain", "aid to
        Malawi"), of the country it happens in, of its object ("ban opposition parties in
        Chad"), or of an act it embeds in turn. A phrase that names actors itself ("agreed to
        help Albanian refugees in Chad") is its own recipient."""
        if act.pos_ in {"NOUN", "PROPN"} and act.dep_ == "pobj":
            named = [a for a in self._owners(act, act.head) if a.code]
            if named:
                return named
        found = self._coded_recipient(act, {act.i}, ("object",))
        if found:
            return found
        located = self._location_target(act)
        if located:
            return located
        if depth > 0 and (
            act.pos_ in {"VERB", "AUX", "ADJ"} or lemma_of(act) in self.cues.request_nouns
        ):
            # "rejected an invitation to attend a meeting of X": the act invited to
            return self._implied_target(act, code, matched, source, depth - 1)
        return []

    def _coded_recipient(
        self, act: Token, used: set[int], also: tuple[str, ...] = ()
    ) -> list[ActorRef]:
        """The coded actors of the act's dative or recipient phrase, on the act or on its
        object ("halted aid to Serbia", "boycott contact with Chile"), then of places `also`."""
        where = ("dative", *sorted(self.cues.recipient_prepositions), *also)
        for actors in self._target_phrases(act, where, used, is_passive(act), areas=False):
            if coded(actors):
                return [a for a in actors if a.code]
        return []

    def _condition_addressee(self, threat: Token, source: list[ActorRef]) -> list[ActorRef]:
        """Whom a threat is aimed at when only its condition names them: the subject of "if"
        or "unless" on the threat or on the act threatened ("threatened to strike unless Lima
        withdrew")."""
        clauses = [threat, *(c for c in threat.children if c.dep_ in CLAUSAL_COMPLEMENTS)]
        for clause in clauses:
            for condition in clause.children:
                if condition.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in self.cues.conditional_markers
                    for c in condition.children
                ):
                    continue
                subject = first_child(condition, SUBJECTS | PASSIVE_SUBJECTS)
                if subject is None or subject.pos_ == "PRON":
                    continue
                actors = [a for a in self._owners(subject, condition) if a.code]
                if actors and not coded(actors) & coded(source):
                    return actors
        return []

    def _same_event_nouns(self, verb: Token, code: str, matched: dict) -> list[Token]:
        """Event nouns that tell the verb's own event: "killed in a drone strike", "wounded
        in a bomb attack", "a car bomb killed six"."""
        family = plover_for(code)[0]
        nouns = [c for c in verb.children if c.dep_ in SUBJECTS]
        for prep in verb.children:
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"in", "by", "during"}:
                nouns.extend(c for c in prep.children if c.dep_ == "pobj")
        return [
            noun
            for noun in nouns
            if noun.i in matched
            and noun.pos_ in {"NOUN", "PROPN"}
            and plover_for(matched[noun.i][0].code)[0] == family
        ]

    def _restatements(self, noun: Token, matched: dict) -> list[Token]:
        """Event nouns that restate `noun` in the same clause ("in a strike ..., in an attack")."""
        head = noun.head.head
        return [
            other
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for other in prep.children
            if other.dep_ == "pobj"
            and other.i in matched
            and other.i != noun.i
            and plover_for(matched[other.i][0].code)[0] == plover_for(matched[noun.i][0].code)[0]
        ]

    def _reports_another(self, verb: Token, source: list[ActorRef]) -> bool:
        """Whether a verb of promising or warning only reports what another country's actors
        may do ("officials in Lima warned that Chile could ...")."""
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            subject = first_child(clause, SUBJECTS | PASSIVE_SUBJECTS)
            if subject is None or subject.pos_ == "PRON":
                return False
            other = coded(self._owners(subject, clause))
            return bool(other) and bool(coded(source)) and not other & coded(source)
        return False

    def _committed_code(self, token: Token, matched: dict) -> str | None:
        """For a promise or threat: the code of what it commits to, through commitments.tsv."""
        for child in token.children:
            candidates = [child]
            if child.dep_ in {"prep", "dative"}:
                candidates = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            for candidate in candidates:
                if candidate.dep_ not in CLAUSAL_COMPLEMENTS | OBJECTS | {"pobj", "pcomp"}:
                    continue
                found = self._event_code_below(candidate, matched)
                if found is not None:
                    return commitment_code(found)
        return None

    def _event_code_below(self, token: Token, matched: dict) -> str | None:
        """The code of the event a complement names: itself, or the event noun a support verb
        carries ("pledged to launch strikes")."""
        if token.i in matched:
            return matched[token.i][0].code
        if token.lemma_.lower() not in self.cues.support_verbs:
            return None
        for child in token.children:
            if child.dep_ in OBJECTS and child.i in matched:
                return matched[child.i][0].code
        return None

    def _verb_arguments(
        self, verb: Token, frame: Frame, used: set[int]
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        passive = is_passive(verb)
        source_head: Token | None
        agent = [c for c in verb.children if c.dep_ == "agent"]
        stative = passive and not agent and lemma_of(verb) in self.cues.stative_participles
        subject = passive_subject(verb) if stative else None
        if subject is not None and subject.i not in used:
            # "Peru is opposed to ...", "forces were engaged in ...": a state of the subject
            source_head, target_head, passive = subject, None, False
        elif passive:
            source_head = first_child(agent[0], {"pobj"}) if agent else None
            target_head = passive_subject(verb)
        else:
            source_head = clause_subject(verb)
            target_head = None
        source = self._owners(source_head, verb) if source_head is not None else []
        target: list[ActorRef] = []
        if target_head is not None and target_head.i not in used:
            target = self._owners(target_head, verb)  # "a camp for Ugandan refugees was shelled"
        if not target:
            target = self._targets(verb, frame.targets, used, passive)
        if not source and not target and verb.tag_ == "VBG":
            # a gerund read as a noun: "killing of all US leaders"
            target = self._targets(verb, ("of",), used, passive)
        return source, target

    def _targets(
        self, head: Token, where: tuple[str, ...], used: set[int], passive: bool = False
    ) -> list[ActorRef]:
        """The target named in the first of the places `where` that names a coded actor;
        else the first uncoded phrase ("lifted embargoes on sales to Iran": Iran)."""
        uncoded: list[ActorRef] = []
        for actors in self._target_phrases(head, where, used, passive):
            if any(a.code for a in actors):
                return actors
            uncoded = uncoded or actors
        return uncoded

    def _target_phrases(
        self, head: Token, where: tuple[str, ...], used: set[int], passive: bool, areas: bool = True
    ) -> Iterator[list[ActorRef]]:
        """Actors of the phrases in the places `where`, in order; with `areas` false, not a
        prepositional object that is an area ("on the Thai border": where, not whom)."""
        skipped = set() if areas else place_cues()["area"]
        objects = (
            [c for c in head.children if c.dep_ in OBJECTS]
            or up_to_objects(head)
            or shifted_objects(head)
            or controlled_subjects(head, self.cues)
        )
        # a phrase may hang from the verb or, by a common misattachment, from its object (or
        # the object's last conjunct: "launched mortar and rocket fire against X"); from a
        # noun's "of" object ("a suspension of air links with Serbia")
        carried = objects
        if head.pos_ in {"NOUN", "PROPN"}:
            carried = [o for p in head.children if p.lower_ == "of" for o in p.children]
        attached = [
            *head.children,
            *(g for o in carried for part in (o, *o.conjuncts) for g in part.children),
        ]
        for place in where:
            if place == "object":
                if passive:
                    continue
                for child in objects:
                    actors = self._owners(child, head, exclude=used)
                    if child.i not in used or any(a.code for a in actors):
                        yield actors
                        break
            elif place == "dative":
                for child in head.children:
                    if child.dep_ == "dative" and child.pos_ != "ADP":
                        yield self._owners(child, head)
                        break
            else:
                for child in attached:
                    if child.dep_ in {"prep", "dative"} and child.lower_ == place:
                        found = [
                            c
                            for c in child.children
                            if c.dep_ == "pobj"
                            and c.i not in used
                            and c.ent_type_ not in NOT_ACTORS
                            and lemma_of(c) not in skipped
                        ]
                        if found:
                            yield self._owners(found[0], head)

    def _owners(
        self, head: Token, governor: Token, depth: int = 2, exclude: set[int] = frozenset()
    ) -> list[ActorRef]:
        """The actors a phrase names; for a thing or a group that the codebooks do not know
        ("a U.S. request", "calls by Belarus's rulers", "thousands of Nigerians", "opposition
        groups in Zimbabwe"), the coded actors it belongs to."""
        actors = self._actors_of(head, governor, exclude=exclude)
        if any(a.code for a in actors) or depth == 0 or head.lower_ in LANGUAGE_NOUNS:
            return actors
        for child in head.children:
            owner = None
            if (child.dep_ == "poss" and child.tag_ != "PRP$") or (
                child.dep_ in {"compound", "amod", "nmod"}
                and child.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}
            ):
                owner = child  # not "its commitments": a possessive pronoun is the actor itself
            elif child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
                if child.lower_ in WHEREABOUTS and is_visiting(head):
                    continue  # "peacekeepers in Kenya" are not Kenya's
                owner = first_child(child, {"pobj"})
            elif child.dep_ == "acl":  # "crimes committed by Croat forces"
                agent = first_child(child, {"agent"})
                owner = first_child(agent, {"pobj"}) if agent is not None else None
            if owner is not None:
                found = [a for a in self._owners(owner, head, depth - 1) if a.code]
                if found:
                    return found
        return actors

    def _location_target(self, trigger: Token) -> list[ActorRef]:
        """The country an event happens in, as PLOVER codes a target no phrase names ("lifted
        the curfew in Montenegro", "strengthened its forces in Lebanon", "lifted a state of
        emergency in West Darfur", "cut power lines leading into Kabul"). The target is the
        place's own words, coded with the country the places stage resolved it to."""
        for place in self._event_places(trigger):
            resolved = self.places.get(place.idx)
            if resolved is not None:
                text = self.analysis.article.text[resolved.start : resolved.end]
                return [ActorRef(text, resolved.start, resolved.end, resolved.country, None)]
            actors = [
                replace(a, code=a.code[:3]) for a in self._actors_of(place, trigger) if a.code
            ]
            if actors:
                return actors  # a place: its country, not a capital's government
        return []

    def _placed_protesters(self, trigger: Token, source: list[ActorRef]) -> list[ActorRef]:
        """Protesters named by a role alone ("people", "demonstrators", "prisoners") take the
        country of the place their protest happens in, and `code_from` points at it: "people
        blocked streets in Hong Kong" is HKGCVL from "Hong Kong". Protest is local by nature;
        no other kind of event is coded this way ("troops shelled a village in X" says
        nothing of whose troops)."""
        roles = lexicon_matches(self.parse).roles
        coded_roles = []
        for actor in source:
            span = span_at(self.parse, actor.start, actor.end)
            role = roles.get(span.root.i) if span is not None else None
            if role is None or role.role.code is None:
                return source
            coded_roles.append(role.role.code)
        place = next(iter(self._location_target(trigger)), None)
        if place is None or not place.code:
            return source
        evidence = Span(place.text, place.start, place.end)
        return [
            replace(actor, code=place.code[:3] + role, code_from=evidence)
            for actor, role in zip(source, coded_roles, strict=True)
        ]

    def _ethnic_residents(self, trigger: Token, actors: list[ActorRef]) -> list[ActorRef]:
        """An ethnic group whose own words say no more ("ethnic Albanians") is coded by the
        country the event happens in, and `code_from` points at it: "killed three ethnic
        Albanians in southern Serbia" is SRBCVL from "Serbia". The demonym says who they are,
        not whose: "Albanians" alone would be Albania's."""
        ethnic = []
        for actor in actors:
            span = span_at(self.parse, actor.start, actor.end)
            head = span.root if span is not None else None
            if head is not None and is_ethnic(self.parse, head, span.start):
                ethnic.append(not residence_words(self.parse, head, span.start, span.end))
            else:
                ethnic.append(False)
        if not any(ethnic):
            return actors
        place = next(iter(self._location_target(trigger)), None)
        if place is None or not place.code:
            return actors
        evidence = Span(place.text, place.start, place.end)
        return [
            replace(actor, code=place.code[:3] + (actor.code or "")[3:], code_from=evidence)
            if placed
            else actor
            for actor, placed in zip(actors, ethnic, strict=True)
        ]

    def _policed(self, source: list[ActorRef], target: list[ActorRef]) -> list[ActorRef]:
        """People named by a role alone ("demonstrators", "students") whom a country's police
        act on are in that country: police work where they belong. `code_from` points at the
        police's words: "Egyptian police dispersed demonstrators" -> EGYCVL from "Egyptian
        police". Only police: troops and officials act abroad too."""
        police = next((a for a in source if a.code and a.code[3:6] == POLICE), None)
        if police is None or coded(target):
            return target
        roles = lexicon_matches(self.parse).roles
        placed: list[str | None] = []
        for actor in target:
            span = span_at(self.parse, actor.start, actor.end)
            role = roles.get(span.root.i) if span is not None else None
            local = role is not None and role.role.code is not None and not is_visiting(span.root)
            if local:
                placed.append(role.role.code)
            elif span is not None and len(span) == 1 and span.root.pos_ == "NUM":
                placed.append("")  # "arresting 12": people, whose role the words do not say
            else:
                placed.append(None)
        if all(role is None for role in placed):
            return target
        evidence = Span(police.text, police.start, police.end)
        return [
            replace(actor, code=police.code[:3] + role, code_from=evidence)
            if role is not None
            else actor
            for actor, role in zip(target, placed, strict=True)
        ]

    def _event_places(self, trigger: Token) -> Iterator[Token]:
        """Objects of "in", "into", "across" ... on the trigger, on its objects and down their
        noun phrases (through "of" and participles: "a state of emergency in X", "lines
        leading into X", "the rally staged by students at a university in X"); once in a
        place, "of" goes on naming it ("in a district of X"). Never inside another clause."""
        objects = [c for c in trigger.children if c.dep_ in OBJECTS]
        frontier = [
            (c, False) for c in (*trigger.children, *(g for o in objects for g in o.children))
        ]
        for _ in range(4):
            deeper = []
            for child, placed in frontier:
                if child.dep_ in ("prep", "agent"):
                    locative = child.lower_ in EVENT_PLACE_PREPOSITIONS
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        named = [pobj, *(c for c in pobj.children if c.dep_ == "appos")]
                        for place in named:  # "in the capital Kabul"
                            if (locative or (placed and child.lower_ == "of")) and (
                                place.ent_type_ == "GPE" or place.idx in self.places
                            ):
                                yield place
                        deeper.extend((c, placed or locative) for c in pobj.children)
                elif child.dep_ == "acl" and child.tag_ in ("VBG", "VBN"):
                    deeper.extend((c, placed) for c in child.children)
            frontier = deeper

    def _noun_arguments(
        self, noun: Token, frame: Frame, used: set[int], carried: bool = True
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        source: list[ActorRef] = []
        target: list[ActorRef] = []
        for child in noun.children:
            if child.i in used:
                continue
            if child.dep_ == "poss" or (
                child.dep_ in {"compound", "amod", "nmod"}
                and child.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}
                and not (frame.reciprocal and child.ent_type_ in {"GPE", "FAC", "LOC"})
            ):
                source = source or self._actors_of(child, noun, whole=child.dep_ == "poss")
            if child.dep_ == "compound" and not frame.reciprocal and not coded(source):
                # "US Predator attacks": a coded name inside the compound
                source = [a for a in self._actors_of(child, noun) if a.code] or source
        if not source:
            source = self._agent_of_noun(noun)
        if frame.reciprocal:
            between = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
            if between and (members := first_child(between[0], {"pobj"})) is not None:
                source = source + self._actors_of(members, noun)
        carrier = carrying_verb(noun, self.cues) if carried else None
        if carrier is not None and all(is_pronoun(a) for a in source):
            # "held their first meeting": whose it is, the carrying verb's subject says
            carried_source, carried_target = self._verb_arguments(carrier, Frame(code=""), {noun.i})
            source = carried_source or source
            target = carried_target if not is_passive(carrier) else []
        if not source and noun.dep_ == "pobj" and noun.head.lower_ in GATHERING_PREPOSITIONS:
            verb = noun.head.head  # "thousands converged for a rally": they rally
            if lemma_of(verb) in self.cues.gathering_verbs:
                subject = clause_subject(verb)
                source = self._actors_of(subject, verb) if subject is not None else []
        if not source and frame.reciprocal and not is_circumstance(noun):
            clause = governing_verb(noun)
            subject = clause_subject(clause) if clause is not None else None
            if subject is not None and noun not in subject.subtree:  # not "talks would resume"
                source = self._actors_of(subject, clause)
        if not source and frame.agents:
            # "the withdrawal of Serbian forces"; after the carrier: "the US speeded up the
            # withdrawal of some forces" is the US's
            source = self._targets(noun, frame.agents, used)
        found = self._targets(noun, frame.targets, used)
        if not found and noun.dep_ == "compound" and lemma_of(noun.head) in self.cues.event_heads:
            # "a mediation mission between Syria and Jordan"
            found = self._targets(noun.head, frame.targets, used | {noun.i})
        if found:
            target = found
        elif carrier is not None and not target:
            # "completed its investigation into X": the phrase hangs from the carrier
            target = self._targets(
                carrier, ("against", "on", "at", "with", "into"), used | {noun.i}
            )
        return source, target

    def _agent_of_noun(self, noun: Token) -> list[ActorRef]:
        """'a strike authorised by X', 'an attack that was carried out by X', 'attacks by X'."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agent = first_child(child, {"pobj"})
                if agent is not None:
                    return self._actors_of(agent, noun)
            if child.dep_ in {"acl", "relcl"}:
                for grandchild in child.children:
                    if grandchild.dep_ == "agent":
                        agent = first_child(grandchild, {"pobj"})
                        if agent is not None:
                            return self._actors_of(agent, child)
        return []

    def _actors_of(
        self, head: Token, governor: Token, whole: bool = True, exclude: set[int] = frozenset()
    ) -> list[ActorRef]:
        """Actors named by the phrase headed by `head` (a relative pronoun stands for its noun),
        short of the words in `exclude` (the trigger's own: "kept X on the list")."""
        if head.tag_ in {"WDT", "WP"} and head.head.dep_ == "relcl":
            head = head.head.head
        start, end = phrase_bounds(head, governor) if whole else (head.i, head.i + 1)
        for word in sorted(exclude):
            if head.i < word < end:
                token = self.parse[word]
                cut = token.head.i if token.head.dep_ == "prep" else token.left_edge.i
                end = max(head.i + 1, min(end, cut))
        key = (start, end)
        if key not in self.actor_cache:
            self.actor_cache[key] = resolve_actors(self.parse, start, end, self.analysis)
        return self.actor_cache[key]

    # --- voice ---------------------------------------------------------------------------------

    def _voice(self, verb: Token) -> list[ActorRef]:
        """The actors who say or decide what the verb's complement tells."""
        subject = clause_subject(verb)
        return self._actors_of(subject, verb) if subject is not None else []

    def _attribution(self, trigger: Token) -> Speaker | None:
        """'according to X' in the trigger's clause names who asserts it."""
        clause = trigger if trigger.pos_ == "VERB" else governing_verb(trigger) or trigger
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ in self.cues.attribution_phrases:
                for to in child.children:
                    source = first_child(to, {"pobj"}) if to.dep_ == "prep" else None
                    if source is not None:
                        return speaker_of(self._actors_of(source, clause))
        return None

    def _quote_speaker(self, trigger: Token) -> Speaker | None:
        offset = trigger.idx
        for quote in self.analysis.quotes:
            if quote.start <= offset < quote.end and quote.speaker is not None:
                return quote.speaker
        return None

    # --- what saying an act happened or will happen is in itself -------------------------------

    def _statements(self, mentions: list[Mention]) -> list[Mention]:
        """Promises, threats and refusals: an actor's stated intention to do (or not to do)
        something is itself an event that happened (AGREE, THREATEN, REJECT, asserted); the
        act stays future, hypothetical or negated. PLOVER codes "X will visit Y" as AGREE and
        "X would blockade Y" as THREATEN."""
        derived = []
        for mention in mentions:
            if not mention.intended or mention.trigger.head.i in self.committing:
                continue  # "threatened to strike": the threat is already the verb's own event
            speaker = mention.asserted_by
            if speaker is not None and same_side(mention.source, speaker):
                source = [
                    ActorRef(speaker.text, speaker.start, speaker.end, speaker.actor, speaker.name)
                ]
            elif (
                mention.modality != HYPOTHETICAL  # "Y must do" said by X is X's demand
                and mention.source
                and not all(is_pronoun(a) for a in mention.source)
            ):
                source = mention.source
            else:
                continue
            if mention.modality in {FUTURE, HYPOTHETICAL}:
                code = commitment_code(mention.code)
            elif mention.modality == NEGATED:
                code = refusal_code(mention.code)
            else:
                code = None
            if code is None:
                continue
            derived.append(
                Mention(
                    trigger=mention.trigger,
                    trigger_span=mention.trigger_span,
                    code=code,
                    source=source,
                    target=mention.target,
                    modality=ASSERTED,
                    asserted_by=None if speaker is None or same_side(source, speaker) else speaker,
                )
            )
        return derived

    def _demands(self, matched: dict) -> list[Mention]:
        """ "X said (that) Y must do Z": X demands Z of Y (CAMEO 10) when Y is not X's side."""
        demands = []
        for token in self.reporting:
            speaker_head = clause_subject(token)
            if speaker_head is None:
                continue
            for clause in token.children:
                if clause.dep_ != "ccomp" or not is_obligation(clause, self.cues):
                    continue
                addressee = first_child(clause, SUBJECTS)
                if addressee is None or addressee.pos_ == "PRON":
                    continue
                speaker = self._actors_of(speaker_head, token)
                target = self._actors_of(addressee, clause)
                if not speaker or not target or same_side(target, speaker_of(speaker)):
                    continue
                act = matched.get(clause.i) or next(
                    (matched[c.i] for c in clause.children if c.dep_ == "xcomp" and c.i in matched),
                    None,
                )
                demands.append(
                    Mention(
                        trigger=clause,
                        trigger_span=trigger_span([clause]),
                        code=demand_code(act[0].code if act else None),
                        source=speaker,
                        target=target,
                        modality=ASSERTED,
                        asserted_by=None,
                    )
                )
        return demands


# --- merging -----------------------------------------------------------------------------------


def merge(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions of one real event: same PLOVER type (or CAMEO root) and compatible codes,
    the same modality, compatible actors and dates. A mention without actors ("The killings")
    joins the latest compatible group."""
    groups: list[list[Mention]] = []
    for mention in sorted(mentions, key=lambda m: (m.trigger.i, m.code)):
        family = event_family(mention.code)
        chosen = None
        for group in sorted(groups, key=lambda g: -g[-1].trigger.i):
            head = group[0]
            if event_family(head.code) != family or head.modality != mention.modality:
                continue
            if mention.modality != ASSERTED:
                continue
            if not all(compatible(m, mention) for m in group):
                continue
            actors_known = coded(mention.source + mention.target) and any(
                coded(m.source + m.target) for m in group
            )
            if actors_known and not any(overlaps(m, mention) for m in group):
                continue
            chosen = group
            break
        if chosen is None:
            groups.append([mention])
        else:
            chosen.append(mention)
    return groups


def event_family(code: str) -> str:
    plover = plover_for(code)[0]
    return plover or code[:2]


def actor_key(actor: ActorRef) -> str:
    """What identifies an actor across mentions: its country, else its name after coreference."""
    return actor.code[:3] if actor.code else (actor.name or actor.text).lower()


def actor_keys(actors: list[ActorRef]) -> set[str]:
    return {actor_key(a) for a in actors}


def compatible(a: Mention, b: Mention) -> bool:
    """Whether two mentions can tell one event: compatible codes, no conflicting actors or
    dates (a date the text gives; the publication date as a fallback says nothing). The same
    attacker using the same weapons may name its target differently ("US bases in Iraq",
    "Iraqi bases housing US troops")."""
    if not same_action(a.code, b.code):
        return False
    same_act = (
        a.code[:3] == b.code[:3]
        and plover_for(a.code)[0] == "ASSAULT"
        and coded(a.source) & coded(b.source)
    )
    if a.source and b.source and not agree(a.source, b.source):
        return False
    if a.target and b.target and not agree(a.target, b.target) and not same_act:
        return False
    dates = [
        d.value for d in (a.date, b.date) if d is not None and d.value and d.source != "published"
    ]
    return len(dates) < 2 or dates[0].startswith(dates[1]) or dates[1].startswith(dates[0])


def coded(actors: list[ActorRef]) -> set[str]:
    return {a.code[:3] for a in actors if a.code}


def specificity(code: str) -> tuple[int, bool]:
    """Longer codes say more; at one length, a named act says more than "not specified"."""
    return len(code), not code.endswith("0")


def same_action(a: str, b: str) -> bool:
    """Codes that can name one act: one refines the other ("190" and "1952"), or both are
    violence, which reports describe in many words (a strike, a killing, an assassination)."""
    if a.startswith(b) or b.startswith(a):
        return True
    return plover_for(a)[0] == plover_for(b)[0] == "ASSAULT"


def agree(left: list[ActorRef], right: list[ActorRef]) -> bool:
    """Whether two actor lists can name the same actors: codes where one refines the other
    ("IRN" and "IRNGOV"; not "IRNGOV" and "IRNMIL"); a list with no coded actor ("12
    militants") conflicts with no coded one, and with another uncoded one only by name."""
    left_codes = [a.code for a in left if a.code]
    right_codes = [b.code for b in right if b.code]
    if left_codes and right_codes:
        return any(a.startswith(b) or b.startswith(a) for a in left_codes for b in right_codes)
    if left_codes or right_codes:
        return True
    return bool(actor_keys(left) & actor_keys(right))


def overlaps(a: Mention, b: Mention) -> bool:
    return bool(
        actor_keys(a.source) & actor_keys(b.source) or actor_keys(a.target) & actor_keys(b.target)
    )


def to_event(group: list[Mention], sentences: dict[int, int], analysis: Analysis) -> Event:
    text = analysis.article.text
    first = group[0]
    code = max((m.code for m in group), key=specificity)
    source = union_actors(m.source for m in group)
    target = union_actors(m.target for m in group)
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
        source=source,
        target=target,
        cameo=code,
        cameo_root=code[:2],
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        plover={"type": plover_type, "mode": plover_mode},
        modality=first.modality,
        asserted_by=None if outlet_voice else first.asserted_by,
        mentions=mention_spans,
        date=min(
            (m.date for m in group if m.date is not None),
            key=lambda d: d.source == "published",  # a date the text gives beats the fallback
            default=None,
        ),
        place=min(
            (m.place for m in group if m.place is not None),
            key=lambda p: p.source != "clause",  # a place the clause names beats the article's
            default=None,
        ),
    )


def union_actors(lists) -> list[ActorRef]:
    seen: set[str] = set()
    merged: list[ActorRef] = []
    for actors in lists:
        for actor in actors:
            key = actor_key(actor)
            if key in seen:
                continue
            seen.add(key)
            merged.append(actor)
    return merged


# --- dependency helpers ----------------------------------------------------------------------


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def phrases_on(
    clauses: list[Token], preposition: str, nouns: frozenset[str]
) -> Iterator[tuple[Token, Token]]:
    """(clause, noun) for each "<preposition> <noun>" phrase on one of the clauses whose noun
    is one of `nouns` ("despite pressure", "in defiance"), in clause order."""
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ == preposition:
                noun = first_child(child, {"pobj"})
                if noun is not None and lemma_of(noun) in nouns:
                    yield clause, noun


def first_child(token: Token, deps: set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def is_passive(verb: Token) -> bool:
    """A passive verb, or a passive participle modifying a noun ("a strike authorised by")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    doc = verb.doc
    passives = doc.user_data.get(PASSIVE_HEADS)
    if passives is None:  # one pass per parse instead of one per question
        passives = set(heads_of(doc, PASSIVE_MARKERS))
        doc.user_data[PASSIVE_HEADS] = passives
    return verb.i in passives


def passive_subject(verb: Token) -> Token | None:
    subject = first_child(verb, PASSIVE_SUBJECTS)
    if subject is not None:
        return subject
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    if verb.dep_ == "conj":
        return passive_subject(verb.head)
    return None


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through control, coordination and participles."""
    node = verb
    for _ in range(8):
        subject = first_child(node, SUBJECTS)
        if subject is not None:
            return subject
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "xcomp":
            if head.lemma_.lower() in event_cues().object_control_verbs:
                obj = first_child(head, OBJECTS)
                on = next((c for c in head.children if c.lower_ in ("on", "upon")), None)
                if obj is None and on is not None:
                    obj = first_child(on, {"pobj"})  # "called on Sweden to withdraw"
                if obj is not None:
                    return obj
            raised = first_child(head, PASSIVE_SUBJECTS)  # "Bolivia is expected to sign"
            if raised is not None:
                return raised
            node = head
        elif node.dep_ in {"conj", "advcl", "ccomp"}:
            if is_passive(head):
                return None
            node = head
        elif node.dep_ == "acomp":  # "France is ready to ..."
            node = head
        elif node.dep_ == "pcomp" and head.pos_ == "ADP":
            above = governing_verb(head)
            if above is None:
                return None
            node = above
        elif node.dep_ == "acl" and node.tag_ == "VBG":
            issued = head.lemma_.lower() in event_cues().statement_nouns
            if issued and head.dep_ in OBJECTS and head.head.pos_ == "VERB":
                node = head.head  # "issued a declaration demanding ...": the issuer demands
                continue
            return head  # "demonstrators protesting the results"
        elif node.dep_ in {"acl", "relcl"}:
            possessor = first_child(head, {"poss"})
            return possessor
        else:
            return None
    return None


def is_circumstance(noun: Token) -> bool:
    """Whether the noun (or the first of a coordination it ends) is the object of a time or
    circumstance preposition ("after the clashes", "amid fighting and looting")."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPOSITIONS


def carrying_verb(noun: Token, cues: EventCues) -> Token | None:
    """The support verb whose object the noun is ("launched airstrikes", "engaged in ethnic
    cleansing"); a noun compounded into a generic head carries through it ("a mediation
    mission")."""
    node = noun
    while node.dep_ in {"conj", "compound"} and (
        node.dep_ == "conj" or node.head.lemma_.lower() in cues.event_heads
    ):
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in {"in", "into"}:
        node = node.head
    elif (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and node.head.head.lemma_.lower() in cues.quantity_nouns
    ):
        node = node.head.head  # "launched a wave of airstrikes"
    if (
        node.dep_ in OBJECTS | PASSIVE_SUBJECTS | {"prep"}
        and node.head.lemma_.lower() in cues.support_verbs
    ):
        return node.head
    return None


def up_to_objects(verb: Token) -> list[Token]:
    """The object of a verb the parser split at "up to" ("kidnapped up to 16 advisers": "up" a
    particle, "to 16 advisers" a phrase)."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    for particle in verb.children:
        for to in particle.children if particle.lower_ == "up" else []:
            counted = first_child(to, {"pobj"}) if to.lower_ == "to" else None
            if counted is not None and any(c.dep_ == "nummod" for c in counted.children):
                return [counted]
    return []


def shifted_objects(verb: Token) -> list[Token]:
    """An object moved after an "as" phrase, which the parser reads as in apposition to it
    ("denounced as an ugly crime Ruritania's crackdown on ...")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return [c for c in pobj.children if c.dep_ == "appos"][:1]
    return []


def controlled_subjects(verb: Token, cues: EventCues) -> list[Token]:
    """The object of a verb of ordering or allowing that the parser reads as the subject of
    the infinitive after it ("allowed United Nations planes to land")."""
    if verb.lemma_.lower() not in cues.object_control_verbs:
        return []
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            return [c for c in clause.children if c.dep_ in SUBJECTS][:1]
    return []


def home_country(actors: list[ActorRef]) -> list[ActorRef]:
    """The country of the coded actors that do an act only done at home (martial law, a
    curfew): the target, named by their words, which `code_from` points at."""
    return [
        replace(a, code=a.code[:3], code_from=Span(a.text, a.start, a.end))
        for a in actors
        if a.code and a.code[:3] not in {"IGO", "NGO", "IMG"}
    ][:1]


def object_words(token: Token) -> set[str]:
    """What an object names: its lemma, its compounds' ("aid deliveries"), and, for a measure
    or a part, what it measures ("700 kg of medicine", "part of a military aid program")."""
    words = {lemma_of(token)} | {lemma_of(c) for c in token.children if c.dep_ == "compound"}
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for inner in prep.children:
                if inner.dep_ == "pobj":
                    words |= {lemma_of(inner)}
                    words |= {lemma_of(c) for c in inner.children if c.dep_ == "compound"}
    return words


def phrase_bounds(head: Token, governor: Token) -> tuple[int, int]:
    """Token range of the phrase headed by `head`, trimmed of punctuation, never the governor."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    if start <= governor.i < end:
        start, end = (governor.i + 1, end) if governor.i < head.i else (start, governor.i)
    doc = head.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ in {"cc", "prep"}):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "case"):
        end -= 1
    return start, end


def trigger_span(parts: list[Token]) -> tuple[int, int]:
    """Characters of the trigger word, stretched over its particle or object when adjacent."""
    head = parts[0]
    start, end = head.idx, head.idx + len(head.text)
    for part in parts[1:]:
        if abs(part.i - head.i) <= 3:
            start = min(start, part.idx)
            end = max(end, part.idx + len(part.text))
    return start, end


def is_aim(mention: Mention, matched: dict) -> bool:
    """A demand made by protesting ("rallied demanding reforms", "struck to demand pay") is
    the protest's aim, coded with the protest, not a second event."""
    if plover_for(mention.code)[0] != "REQUEST":
        return False
    head = mention.trigger.head
    while head.dep_ == "conj" or head.pos_ == "ADP":
        head = head.head
    if mention.trigger.dep_ not in {"advcl", "xcomp", "acl", "pcomp", "conj"}:
        return False
    # the protest is the verb, or the noun it carries ("began a hunger strike to demand")
    protests = [head, *(c for c in head.children if c.dep_ in OBJECTS)]
    return any(
        p.i in matched and plover_for(matched[p.i][0].code)[0] == "PROTEST" for p in protests
    )


def is_purpose(clause: Token) -> bool:
    """An infinitive of purpose ("sent arms to help defend Kuwait", "began a strike to
    demand")."""
    if clause.dep_ == "xcomp" and not any(c.dep_ in OBJECTS for c in clause.head.children):
        return False  # "agreed to talk": the complement, not a purpose
    return clause.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def is_obligation(clause: Token, cues) -> bool:
    """'must do', 'should do', 'has to do', 'needs to do'."""
    if any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"} for c in clause.children):
        return True
    return clause.lemma_.lower() in {"have", "need"} and any(
        c.dep_ == "xcomp" for c in clause.children
    )


def located(code: str) -> bool:
    """Whether an event's place stands in for an unnamed target, as PLOVER codes it: material
    acts ("arrested 40 protesters in Addis Ababa"), visits and blockades ("blocked transport
    into Abidjan"), not talks held somewhere."""
    return cameo_codes()[code[:2]].quad_class in {2, 4} or code in {"042", "043", "144"}


def is_pronoun(actor: ActorRef) -> bool:
    """An actor named only by a pronoun ("it", "they"): its phrase is one word, a pronoun."""
    return actor.text.lower() in event_cues().pronouns


def speaker_of(actors: list[ActorRef] | None) -> Speaker | None:
    """The speaker named by a subject phrase: its first actor (compound speakers are rare)."""
    if not actors:
        return None
    first = actors[0]
    return Speaker(first.name, first.text, first.start, first.end, first.code)


def same_side(actors: list[ActorRef], speaker: Speaker) -> bool:
    """Whether an event's actor is the speaker themself (or unnamed, or a pronoun)."""
    if not actors:
        return True
    if all(is_pronoun(a) for a in actors):
        return True
    if speaker.actor and any(a.code and a.code[:3] == speaker.actor[:3] for a in actors):
        return True
    return any(a.text in speaker.text or speaker.text in a.text for a in actors)
