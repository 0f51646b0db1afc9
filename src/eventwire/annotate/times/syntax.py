"""What the parse says about a time expression: the tense of the verb it belongs to, which
picks between the previous and the next Friday, and whether it is part of a noun's name
("the 2015 nuclear deal"), which keeps later expressions from counting from it."""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from eventwire.annotate.parse_views import FINITE_TAGS, auxiliaries_of
from eventwire.codebooks.times import time_words


def tense_of(token: Token) -> str | None:
    """The tense of the nearest verb above a token (past, future, present), if any; a new
    date after a verb of delay ("was postponed until Saturday") or a date a change takes
    effect ("effective Feb. 1") counts as future, and a date since which something holds
    ("break-ins since January 1st") as past."""
    cues = time_words()
    path: set[str] = set()
    verb = verb_at_or_above(token, path)
    if verb is None:
        return None
    token = verb
    if path & cues["forward_word"].keys() or (
        token.lemma_ in cues["delay_verb"] and path & cues["forward_preposition"].keys()
    ):
        return "future"
    if path & cues["backward_word"].keys():
        return "past"
    auxiliaries = auxiliaries_of(token)
    words = {child.lower_ for child in auxiliaries}
    if words == {"to"}:
        # a plan made now or ahead looks ahead ("will be hard to win in November");
        # "planned to leave Thursday" either way
        governing = token.head if token.head.i != token.i else None
        ahead = governing is not None and tense_of(governing) in ("present", "future")
        return "future" if ahead else None
    if token.tag_ == "VBG" and not auxiliaries and token.dep_ in PARTICIPLE_CLAUSE:
        # "has fluctuated, rising to a high in June", "has increased provocations by
        # conducting tests since May", "the minister, speaking in November, said": a bare
        # participle is at its governing verb's time
        governing = token.head if token.head.i != token.i else None
        return tense_of(governing) if governing is not None else "present"
    if token.tag_ == "VBG" and not auxiliaries and token.dep_ == "ROOT":
        # "Hegseth, also speaking in late January, called it ...", parsed with the
        # participle as the root: the finite verb joined to it tells the time
        finite = next((child for child in token.children if child.dep_ == "conj"), None)
        if finite is not None and finite.tag_ in FINITE_TAGS:
            return tense_of(finite)
    if "to" in words and words & cues["perfect_auxiliary"].keys():
        return "past"  # "claimed to have conducted a test on Wednesday": done before the claim
    if words & cues["future_auxiliary"].keys():
        return "future"
    if token.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return "past"
    perfect = bool(words & cues["perfect_auxiliary"].keys())
    if token.tag_ == "VBN" and perfect and token.lemma_ in cues["plan_verb"]:
        return "future"  # "has scheduled a news conference Thursday": the plan is ahead
    if token.tag_ == "VBN" and (perfect or not auxiliaries):
        return "past"  # "has announced", "products introduced in April"
    if token.tag_ in ("VBZ", "VBP", "VBG", "VB", "VBN"):
        return "present"
    return None


def possessive_tense(token: Token) -> str | None:
    """The direction a weekday in the possessive takes from the clause of the noun it names
    ("after Wednesday's attacks, the issue ratcheted up": past; "as he barnstorms ahead of
    Tuesday's primary": ahead). A word of waiting on the verb (`awaiting_word` rows: ahead,
    before, into, for, until) puts the noun after the clause's time, so only a present or
    future clause then dates it; without one, only a past clause does (a present one may
    tell a past noun: "Wednesday's poll has Clinton leading")."""
    verb = verb_at_or_above(token)
    if verb is None:
        return None
    tense = tense_of(token)
    if awaits(token, verb):
        return "future" if tense in ("present", "future") else None
    return "past" if tense == "past" else None


def awaits(token: Token, verb: Token) -> bool:
    """Whether a word of waiting on the way from a token to its verb hangs on the verb itself
    ("barnstorms ahead of Tuesday's primary"), not on a noun ("a share before Friday's
    purchases")."""
    waiting = time_words()["awaiting_word"]
    while token.i != verb.i and token.head.i != token.i:
        if token.lower_ in waiting and token.head.i == verb.i:
            return True
        token = token.head
    return False


def scheduled_present(token: Token) -> bool:
    """Whether the verb above a token is a simple present that tells an arrangement or a
    condition ahead: in a relative clause ("New Jersey, which holds its primary Tuesday",
    "the convention, which begins Monday") or under "if" ("if Koss wins the contest
    Tuesday")."""
    verb = verb_at_or_above(token)
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if verb.dep_ == "relcl":
        return True
    return any(child.dep_ == "mark" and child.lower_ == "if" for child in verb.children)


def verb_at_or_above(token: Token, path: set[str] | None = None) -> Token | None:
    """The nearest verb at or above a token, within eight steps; `path` collects the words
    passed on the way."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        if path is not None:
            path.add(token.lower_)
        token = token.head
    return None


def under_a_modal(token: Token) -> bool:
    """Whether the verb above a token has a modal and no perfect "have" ("would be the nominee
    in November", "could lose the November vote"; not "would have won in November")."""
    verb = verb_at_or_above(token)
    if verb is None:
        return False
    cues = time_words()
    words = {child.lower_ for child in auxiliaries_of(verb)}
    return (
        bool(words & cues["modal_auxiliary"].keys())
        and not words & cues["perfect_auxiliary"].keys()
    )


PARTICIPLE_CLAUSE = frozenset({"advcl", "pcomp", "xcomp", "acl"})
"""Dependencies of an -ing participle with no tense of its own (`acl`: "officials speaking
in February described the plan")."""


def takes_an_event(token: Token) -> bool:
    """Whether "before" or "after" is bounded by an event of its own ("the day before the
    vote", "the night before we flew out") rather than standing alone ("the year before"):
    then the unit counts from that event, not from the date the text is at."""
    return token.dep_ == "mark" or any(child.dep_ in ("pobj", "pcomp") for child in token.children)


def modifies_noun(span: TokenSpan | None) -> bool:
    """Whether a time expression modifies the noun after it ("the 2015 nuclear deal"): part
    of a name, not the time the story is at, so "a year later" does not count from it."""
    if span is None or not len(span):
        return False
    token = span[-1]
    return token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")


def hangs_on_verb(span: TokenSpan | None) -> bool:
    """Whether a time expression dates its verb directly, or through prepositions only ("is
    up for re-election in November", "ends Sept. 30"), rather than a noun or number ("a poll
    in February", "54 percent in July")."""
    if span is None or not len(span):
        return False
    token = span.root.head
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return True
        if token.pos_ != "ADP" or token.head.i == token.i:
            return False
        token = token.head
    return False
