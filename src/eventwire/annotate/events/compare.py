"""Whether two tellings can be one event, from their codes, actors and dates alone.

Nothing here reads a token: the same rules that merge the mentions of one article can compare
stored event records across articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from eventwire.codebooks.events import plover_for
from eventwire.records import ActorRef, EventDate

CAMEO_ROOT_LENGTH = 2
REQUEST_ROOTS = ("02", "10")
"""CAMEO roots of appeals and demands (an appeal is 02x since signed ruling 1): whom they ask
is who would act."""
UNSPECIFIED_DEMAND = "100"
"""A demand whose words say no more: what it asks for refines it through commitments.tsv
("demanded the release" 1053, "demanded talks" 108), as CAMEO's 10 block does."""
UNSPECIFIED_APPEAL = "020"
"""An appeal whose words say no more, refined the same way ("urged talks" 026)."""
REFINED_BY = {UNSPECIFIED_DEMAND: "10", UNSPECIFIED_APPEAL: "02", "050": "051"}
"""Codes "not specified below" and the codes that tell the same act more precisely: a demand
or an appeal by what it asks for; support by its form ("supported" 050, "endorsed" or
"praised" 051), not by a deal signed (057) or a defence (052), which are acts of their own."""


ISO_WEEK = re.compile(r"(\d{4})-W(\d\d)")


@dataclass(frozen=True)
class Telling:
    """What one telling of an event says, without its words: a mention, or a stored event
    (its `cameo` as `code`)."""

    code: str
    source: list[ActorRef]
    target: list[ActorRef]
    date: EventDate | None


def event_family(code: str) -> str:
    """What kind of event a code names: its PLOVER type, else its CAMEO root."""
    plover = plover_for(code)[0]
    return plover or code[:2]


def specificity(code: str) -> tuple[int, bool]:
    """Longer codes say more; at one length, a named act says more than "not specified"."""
    return len(code), not code.endswith("0")


def same_action(a: str, b: str) -> bool:
    """Codes that can name one act: one refines the other ("190" and "1952"; a demand and the
    same demand coded by what it asks for, "100" and "1053": `REFINED_BY`), or both are
    violence, which reports describe in many words (a strike, a killing, an assassination)."""
    if a.startswith(b) or b.startswith(a):
        return True
    if any(x in REFINED_BY and y.startswith(REFINED_BY[x]) for x, y in ((a, b), (b, a))):
        return True
    return plover_for(a)[0] == plover_for(b)[0] == "ASSAULT"


def actor_key(actor: ActorRef) -> str:
    """What identifies an actor across mentions: its country, else its name after coreference."""
    return actor.code[:3] if actor.code else (actor.name or actor.text).lower()


def actor_keys(actors: Iterable[ActorRef]) -> set[str]:
    return {actor_key(a) for a in actors}


def coded(actors: Iterable[ActorRef]) -> set[str]:
    """The countries of the actors that have a code."""
    return {a.code[:3] for a in actors if a.code}


def agree(left: list[ActorRef], right: list[ActorRef]) -> bool:
    """Whether two actor lists can name the same actors: codes where one refines the other
    ("IRN" and "IRNGOV"; not "IRNGOV" and "IRNMIL"); a list with no coded actor ("12
    militants") conflicts with no coded one, and with another uncoded one only by name."""
    if any(a.code for a in left) or any(b.code for b in right):
        return codes_agree(left, right)
    return bool(actor_keys(left) & actor_keys(right))


def codes_agree(left: list[ActorRef], right: list[ActorRef]) -> bool:
    """Whether no code of one list conflicts with the other's: where both have coded actors,
    one code refines another ("IRN" and "IRNGOV"); an uncoded list conflicts with nothing."""
    left_codes = [a.code for a in left if a.code]
    right_codes = [b.code for b in right if b.code]
    return not (left_codes and right_codes) or one_refines(left_codes, right_codes)


def one_refines(left: Iterable[str], right: Iterable[str]) -> bool:
    """Whether a code of one set refines (or is) a code of the other: "IRN" and "IRNGOV",
    not "IRNGOV" and "IRNMIL"."""
    return any(a.startswith(b) or b.startswith(a) for a in left for b in right)


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    """Whether the text makes two actors of one article one: the same words or country
    (`actor_key`), one coreference chain (the same `name`: a pronoun or surname resolved to
    its person), or the same span. Groups counted differently are never one ("33 BLA
    terrorists" killed in one raid, "1,250 terrorists" killed in 15 months)."""
    if linked_in_text(a, b):
        return True
    counts = head_count(a), head_count(b)
    if None not in counts and counts[0] != counts[1]:
        return False
    return actor_key(a) == actor_key(b)


def linked_in_text(a: ActorRef, b: ActorRef) -> bool:
    """One coreference chain (the same `name`) or the same span."""
    return (a.name is not None and a.name == b.name) or (a.start < b.end and b.start < a.end)


HEAD_COUNT = re.compile(r"(?:\w+ ){0,2}?(\d[\d,]*)(?: (?!-|year)|$)")
"""A number at the head of a group's words, after at most two words ("33 BLA terrorists",
"at least 36 hospitals", "nearly 200 detainees"); not an age ("a 31-year-old")."""


def head_count(actor: ActorRef) -> int | None:
    """The number a counted group of people or things is told by; None when it is not."""
    found = HEAD_COUNT.match(actor.text)
    return int(found[1].replace(",", "")) if found else None


def linked(left: list[ActorRef], right: list[ActorRef]) -> bool:
    """Whether two actor lists of one article can name the same actors: coded lists as
    `agree`; a list with no coded actor only where the text links one of its actors to one
    of the other's (`same_actor`). Unlike `agree`, "12 militants" is not free to be "Somali
    forces" two sentences on: a merge that lent it their code would invent an actor."""
    if any(a.code for a in left) and any(b.code for b in right):
        return agree(left, right)
    return any(same_actor(a, b) for a in left for b in right)


def share_linked_actors(a: Telling, b: Telling) -> bool:
    """Whether the text makes one of two tellings' sources one actor (`same_actor`), or one of
    their targets one party (`same_party`)."""
    return any(same_actor(x, y) for x in a.source for y in b.source) or any(
        same_party(x, y) for x in a.target for y in b.target
    )


def same_party(a: ActorRef, b: ActorRef) -> bool:
    """Whether two targets are one party. Those harmed or acted on in one country share its
    code without being one party ("security forces" and "a train in Pakistan", "Somalia" and
    "al-Shabab"): where the text does not link them (one coreference chain, the same span),
    their codes must be the same, not one refining the other, or one act's victims become
    another's."""
    if linked_in_text(a, b):
        return True
    if a.code and b.code and a.code != b.code:
        return False
    return same_actor(a, b)


def dates_agree(a: EventDate | None, b: EventDate | None) -> bool:
    """Whether two dates can be one day: the text gives at most one of them, or one is the
    other at a coarser granularity ("2024-03" and "2024-03-04"; "this week", "2024-W27", and
    the Tuesday in it). The publication date, a fallback, says nothing."""
    dates = [d.value for d in (a, b) if d is not None and d.value and d.source != "published"]
    if len(dates) < 2:
        return True
    return any(
        left.startswith(right) or right.startswith(left)
        for left in {dates[0], *days_of_week(dates[0])}
        for right in {dates[1], *days_of_week(dates[1])}
    )


def days_of_week(value: str) -> list[str]:
    """The seven days of an ISO week value ("2024-W27" -> "2024-07-01" ... "2024-07-07"),
    which a day, month or year may name; none for any other value."""
    week = ISO_WEEK.fullmatch(value)
    if week is None:
        return []
    year, number = int(week[1]), int(week[2])
    try:
        return [date.fromisocalendar(year, number, day).isoformat() for day in range(1, 8)]
    except ValueError:
        return []


def compatible(
    a: Telling, b: Telling, actors_agree: Callable[[list[ActorRef], list[ActorRef]], bool] = agree
) -> bool:
    """Whether two tellings can be of one event: compatible codes, no conflicting actors or
    dates. The same attacker using the same named weapons (a code that says which: "195" air
    strikes, not "190" force of any kind) may name its target differently ("US bases in
    Iraq", "Iraqi bases housing US troops"). `actors_agree` compares a side's lists:
    `agree` for stored records, `linked` for the mentions of one article, whose words say
    more."""
    if not same_action(a.code, b.code):
        return False
    same_act = (
        a.code[:3] == b.code[:3]
        and not a.code[:3].endswith("0")
        and plover_for(a.code)[0] == "ASSAULT"
        and coded(a.source) & coded(b.source)
    )
    if a.source and b.source and not actors_agree(a.source, b.source):
        return False
    if a.target and b.target and not actors_agree(a.target, b.target) and not same_act:
        return False
    return dates_agree(a.date, b.date)


def share_actors(a: Telling, b: Telling) -> bool:
    """Whether two tellings name one of the same sources or one of the same targets."""
    return bool(
        actor_keys(a.source) & actor_keys(b.source) or actor_keys(a.target) & actor_keys(b.target)
    )
