"""Headlines: a headline restates the lead's event in fewer words ("Militants Attack Train"
over "Militants attacked a passenger train on Tuesday"), so its mentions join the lead's event
instead of making a second record of it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.annotate.events.compare import (
    codes_agree,
    dates_agree,
    event_family,
    same_actor,
)
from eventwire.annotate.events.context import Mention
from eventwire.annotate.modality import ASSERTED
from eventwire.annotate.parse_views import text_of
from eventwire.headline_case import first_line_end

LEAD_SENTENCES = 2
"""How many sentences after the headline make the lead a headline restates."""
SIDES = ("source", "target")


def headline_end(parse: Doc) -> int:
    """Where the headline ends (its line break), or -1 where the article opens with none: a
    first line too long for a headline, or nothing after it."""
    text = text_of(parse)
    end = first_line_end(text)
    return end if end > 0 and text[end:].strip() else -1


def join_headlines(
    headline: list[list[Mention]], body: list[list[Mention]], end: int | None = None
) -> list[list[Mention]]:
    """The headline's groups joined to the lead groups they restate, in place; those that
    restate none are returned. `end` is where the heading ends: the article's headline by
    default, or a run-in subheading's (`nlp.run_in_headings`), whose lead is the sentences
    after it. A lead group restated is of the same kind, with no coded actor,
    date or modality of the headline's against it (`may_restate`), and words in common
    (`words_in_common`); a headline naming no one ("Border Clash") restates the lead's only
    act of its kind. Of several, the one with a trigger of the same word ("Train Attack": "an
    attack on a train", not "killed 30 militants"), then whose sources and targets share most
    words with the headline's ("Forces Kill 50 Militants": "killed 50 militants", not "killed
    six attackers"), then the first."""
    if not headline or not body:
        return headline
    parse = headline[0][0].trigger.doc
    end = headline_end(parse) if end is None else end
    lead = [sent.start for sent in parse.sents if sent.start_char > end][:LEAD_SENTENCES]
    unjoined = []
    for group in headline:
        candidates = [g for g in body if g[0].trigger.sent.start in lead and may_restate(group, g)]
        restated = [g for g in candidates if words_in_common(group, g)]
        if not restated and len(candidates) == 1 and not any(named(group, s) for s in SIDES):
            restated = candidates
        if restated:
            told = max(restated, key=lambda g: (same_word(g, group), shared_words(g, group)))
            told.extend(headline_words(group, told))
        else:
            unjoined.append(group)
    return unjoined


def headline_words(headline: list[Mention], lead: list[Mention]) -> list[Mention]:
    """The headline's mentions as they join the lead's group: naming no actor on a side the
    lead names, since a headline's compressed words are parsed worst ("Koldar Mine Raid" makes
    the town the raider) and the lead says who in full; where the lead names no one, the
    headline may ("Police Kill Gang Leader" over "the leader was killed on Friday")."""
    named_sides = {side for side in SIDES if named(lead, side)}
    return [
        replace(
            mention,
            source=[] if "source" in named_sides else mention.source,
            target=[] if "target" in named_sides else mention.target,
        )
        for mention in headline
    ]


def same_word(a: list[Mention], b: list[Mention]) -> bool:
    """Whether two groups have a trigger of the same lemma ("Attack" and "an attack"), the
    words a trigger tells as its own counted ("Shoot and Kill" and "was killed")."""
    return bool(trigger_lemmas(a) & trigger_lemmas(b))


def trigger_lemmas(group: list[Mention]) -> set[str]:
    parse = group[0].trigger.doc
    return {parse[index].lemma_.lower() for m in group for index in (m.trigger.i, *m.absorbed)}


def shared_words(a: list[Mention], b: list[Mention]) -> int:
    """How many content words the sources of two groups share, and their targets."""
    return sum(len(actor_words(a, side) & actor_words(b, side)) for side in SIDES)


def actor_words(group: list[Mention], side: str) -> set[str]:
    """The lemmas of the content words of a side's actors."""
    return {
        word.lemma_.lower()
        for mention in group
        for actor in getattr(mention, side)
        for word in mention.trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        or ()
        if not word.is_stop and not word.is_punct
    }


def may_restate(headline: list[Mention], lead: list[Mention]) -> bool:
    """Whether nothing tells a headline group from a lead group: the same family, no
    conflicting coded actor or date, the same modality or both unasserted (a headline's "if
    North Korea launches" over the lead's "preparing to launch")."""
    told, restating = lead[0], headline[0]
    same_modality = told.modality == restating.modality or ASSERTED not in {
        told.modality,
        restating.modality,
    }
    return (
        same_modality
        and event_family(told.code) == event_family(restating.code)
        and all(
            codes_agree(a.source, b.source)
            and codes_agree(a.target, b.target)
            and dates_agree(a.date, b.date)
            for a in headline
            for b in lead
        )
    )


def words_in_common(headline: list[Mention], lead: list[Mention]) -> bool:
    """Whether a headline group and a lead group say one thing: on a side both name, the same
    actor (`side_agrees`) on one of them; else the same trigger word, unless both name both
    sides in other words. A headline's compressed words name one side worst ("move lawyer
    calls" over "the leader of his legal team called"), but a lead's act by another doer on
    other victims ("soldiers killed 12 militants" under "Gunmen Kill Five Bus Passengers") is
    no restatement. Nor is a side the headline codes and the lead names without a code ("UK
    opposition" over "opposition from some European countries") joined: the lead's words
    would replace the headline's country (`headline_words`)."""
    both_named = [side for side in SIDES if named(headline, side) and named(lead, side)]
    if any(side_agrees(headline, lead, side) for side in both_named):
        return True
    return (
        len(both_named) < len(SIDES)
        and not any(coded(headline, side) and not coded(lead, side) for side in both_named)
        and same_word(headline, lead)
    )


def named(group: list[Mention], side: str) -> bool:
    return any(getattr(m, side) for m in group)


def coded(group: list[Mention], side: str) -> bool:
    return any(actor.code for m in group for actor in getattr(m, side))


def side_agrees(a: list[Mention], b: list[Mention], side: str) -> bool:
    """Whether two groups name one actor on a side: a content word in common ("Taliban Chief"
    and "the leader of the Taliban", "Troop Exit" and "troops") or actors the text links
    (`same_actor`: one country, one coreference chain)."""
    return bool(actor_words(a, side) & actor_words(b, side)) or any(
        same_actor(x, y) for m in a for n in b for x in getattr(m, side) for y in getattr(n, side)
    )
