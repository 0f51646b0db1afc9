"""`eventwire eval events` on article-level gold: every event of an article's first sentences.

The gold (tests/data/voa_events/, docs/gold-events.md) lists each mention of an event in the
annotated part of an article (`annotated_end`): its trigger span, PLOVER type, CAMEO code,
source and target actors with codes, modality, date and place. Mentions of one real event share
a `group`. Our events are what a user gets: one record per event, with its mentions.

- Alignment: one of our events and a gold event (a group) align when a mention of ours overlaps
  a gold trigger, or else when a mention of ours has the type of a gold mention in the same
  sentence (coders differ on the trigger of reported speech: "said" or "accused"). Each gold
  event is used once; a second event of ours on the same gold event
  is a duplicate and counts as wrong.
- Asserted precision: of our asserted events in the annotated part, the share that align with
  an asserted gold event of the same PLOVER type (a duplicate of a right event is right here,
  and counted apart). "Events at all" loosens that to any gold event.
- Event F1 on (PLOVER type, source country, target country, modality): our event is right when
  all four equal its aligned gold event's; every event of ours and of the gold counts, whatever
  its modality. Countries are the first three letters of the codes; where the gold lists actors
  acting together (all under `source`, `target` empty) our source and target together are
  compared with them. Type F1 scores (type, modality) alone.
- Actors, on events aligned with the right type: a side is right when its countries equal the
  gold's and its participants are the gold's: every actor of ours on that side names an actor the
  gold gives that side in any mention of the event (overlapping span or same words), and ours is
  empty where the aligned gold mention's side is. Both sides right is reported too.
- Roles, on the same events: a side is right when its full codes (country and role) are the
  gold's, a code of ours counting as the gold's code that begins it (`roles_right`).
- Per type (THREATEN, REJECT, ACCUSE ...): our events of the type against gold events of the
  type, aligned as above, modality aside.
- Date and place, on events aligned with the right type: our date value equals the gold's (both
  absent counts as right; the gold has no week values, so our week counts as the month its
  Thursday falls in); our place is in the gold's country and, where the gold names it in
  the event's clause, names the same place (same name or overlapping span); or both are absent.
- The date is scored against the gold mention our record's trigger overlaps, else the aligned
  one: the gold dates each mention by its own clause (a headline's "Police Kill Gang Leader"
  by publication, the body's "killed on Friday" by Friday), and our record's date is its
  trigger's (`events.dates.merged_date`). The figure against the first aligned gold mention,
  often the headline's, is reported beside it (docs/gold-events.md, "Scoring dates").
- CAMEO code, on the same events and against the same gold mention as the date (the gold codes
  each mention): agreement at the root (2 digits), at 3 digits and on the full code, for users
  who read the CAMEO code (GDELT, ICEWS) where our figures score the PLOVER type.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.codebooks.actors import country_name_forms
from eventwire.codebooks.events import plover_types
from eventwire.evaluate import GoldFileError, prf
from eventwire.pipeline import analyze_many, to_article
from eventwire.records import ActorRef, Analysis, Event, Span

MODALITIES = ("asserted", "negated", "hypothetical", "future")


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    sentence: int
    type: str
    source: frozenset[str]
    target: frozenset[str]
    source_actors: tuple[Span, ...]
    target_actors: tuple[Span, ...]
    source_codes: frozenset[str]
    target_codes: frozenset[str]
    """The full codes the gold writes (country and role: `SDNOPP`, `IGOEU`, `USA`)."""
    modality: str
    cameo: str | None
    date: str | None
    date_start: int | None
    """Where the gold's date is written, when it is a time expression: a mention with none of
    its own takes its event's (gold rule 18), whose words may lie in another sentence."""
    place: dict[str, Any] | None


@dataclass
class GoldArticle:
    id: str
    text: str
    published: str | None
    annotated_end: int
    events: list[list[GoldMention]]
    """Gold events: the mentions of each real event (its group)."""


@dataclass
class ArticleScores:
    gold: int = 0
    ours: int = 0
    asserted: int = 0
    asserted_right: int = 0
    asserted_events: int = 0
    duplicates: int = 0
    full_right: int = 0
    type_right: int = 0
    matched: int = 0
    source_right: int = 0
    target_right: int = 0
    both_right: int = 0
    source_country_right: int = 0
    target_country_right: int = 0
    source_role_right: int = 0
    target_role_right: int = 0
    date_right: int = 0
    first_mention_date_right: int = 0
    """Dates right against the first aligned gold mention, the scorer's alignment until the
    eleventh session."""
    place_right: int = 0
    cameo_scored: int = 0
    cameo_root_right: int = 0
    cameo_three_right: int = 0
    cameo_full_right: int = 0
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(PLOVER type, "gold" | "ours" | "right") -> count."""
    errors: list[str] = field(default_factory=list)

    def add(self, other: ArticleScores) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.by_type.update(other.by_type)
        self.errors.extend(other.errors)


def is_article_gold(record: dict[str, Any]) -> bool:
    return isinstance(record.get("events"), list) and "annotated_end" in record


def gold_article(record: dict[str, Any], where: str) -> GoldArticle:
    text = record.get("text")
    if not isinstance(text, str) or not text:
        raise GoldFileError(f"{where}: no 'text'")
    return GoldArticle(
        id=str(record.get("id", where)),
        text=text,
        published=record.get("published"),
        annotated_end=int(record["annotated_end"]),
        events=[
            [gold_mention(event, text, f"{where}, event {number}") for number, event in group]
            for group in event_groups(record)
        ],
    )


def event_groups(record: dict[str, Any]) -> list[list[tuple[int, dict[str, Any]]]]:
    """A gold record's mentions (numbered from 1) grouped by their `group`, in the order each
    group first appears; a mention with no group is an event of its own."""
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for number, event in enumerate(record["events"], start=1):
        groups.setdefault(str(event.get("group") or f"#{number}"), []).append((number, event))
    return list(groups.values())


def gold_mention(event: dict[str, Any], text: str, where: str) -> GoldMention:
    trigger = event.get("trigger") or {}
    start, end = trigger.get("start"), trigger.get("end")
    if (
        not isinstance(start, int)
        or not isinstance(end, int)
        or text[start:end] != trigger.get("text")
    ):
        raise GoldFileError(f"{where}: the trigger span does not match the text")
    if event.get("plover") not in plover_types():
        raise GoldFileError(f"{where}: {event.get('plover')!r} is not a PLOVER event type")
    if event.get("modality") not in MODALITIES:
        raise GoldFileError(f"{where}: modality must be one of {', '.join(MODALITIES)}")
    date = event.get("date")
    return GoldMention(
        start=start,
        end=end,
        sentence=int(event.get("sentence", -1)),
        type=event["plover"],
        source=countries(event.get("source") or []),
        target=countries(event.get("target") or []),
        source_actors=actor_spans(event.get("source") or []),
        target_actors=actor_spans(event.get("target") or []),
        source_codes=full_codes(event.get("source") or []),
        target_codes=full_codes(event.get("target") or []),
        modality=event["modality"],
        cameo=str(event["cameo"]) if event.get("cameo") else None,
        date=date.get("value") if isinstance(date, dict) else None,
        date_start=date.get("start") if isinstance(date, dict) else None,
        place=event.get("place"),
    )


def countries(actors: list[dict[str, Any]]) -> frozenset[str]:
    return frozenset(str(actor["code"])[:3] for actor in actors if actor.get("code"))


def full_codes(actors: list[dict[str, Any]]) -> frozenset[str]:
    """The gold's codes, a country's bare name read as the country alone: the founding article
    and countries.tsv code "Iran responded" `IRN` and a capital "Tehran said" `IRNGOV`, while the
    two dev halves' annotators wrote a country's name acting now alone, now `GOV`."""
    return frozenset(
        str(actor["code"])[:3] if named_country(actor) else str(actor["code"])
        for actor in actors
        if actor.get("code")
    )


def named_country(actor: dict[str, Any]) -> bool:
    """Whether a gold actor is a country's bare name coded as its government ("Iran" IRNGOV)."""
    code = str(actor["code"])
    return (
        code.endswith("GOV")
        and len(code) == 6
        and str(actor["text"]).casefold().removeprefix("the ") in country_name_forms()
    )


def actor_spans(actors: list[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span(str(actor["text"]), actor["start"], actor["end"]) for actor in actors)


def our_countries(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    def codes(actors) -> frozenset[str]:
        return frozenset(actor.code[:3] for actor in actors if actor.code)

    return codes(event.source), codes(event.target)


def acting_together(gold: GoldMention) -> bool:
    """Whether the gold lists actors acting together: all in `source`, `target` empty."""
    return not gold.target and len(gold.source) > 1


def countries_right(event: Event, gold: GoldMention) -> tuple[bool, bool]:
    return sides_right(*our_countries(event), gold)


def sides_right(
    source: frozenset[str], target: frozenset[str], gold: GoldMention
) -> tuple[bool, bool]:
    """Whether the source and target countries are the gold's (`matching_sides`)."""
    return matching_sides((source, target), (gold.source, gold.target), acting_together(gold))


def matching_sides(
    ours: tuple[frozenset[str], frozenset[str]],
    golds: tuple[frozenset[str], frozenset[str]],
    together: bool,
) -> tuple[bool, bool]:
    """Whether our source and target are the gold's, for countries and full codes alike; where
    the gold lists parties acting `together`, whether both sides together are its source."""
    (source, target), (gold_source, gold_target) = ours, golds
    if together:
        both = source | target
        return both == gold_source, both == gold_source
    return source == gold_source, target == gold_target


def roles_right(event: Event, gold: GoldMention) -> tuple[bool, bool]:
    """Whether each side's full codes (country and role) are the gold's, sides compared as
    `sides_right` compares countries. A code of ours counts as the gold's code that begins it
    (the longest such): CAMEO codes refine left to right, so `IGOEUREEC` is the gold's `IGOEU`
    and `USAGOV` is a `USA` the gold gave no role; `USA` against the gold's `USAGOV` is wrong."""
    golds = gold.source_codes | gold.target_codes

    def as_gold(actors: list[ActorRef]) -> frozenset[str]:
        return frozenset(
            max((g for g in golds if actor.code.startswith(g)), key=len, default=actor.code)
            for actor in actors
            if actor.code
        )

    ours = as_gold(event.source), as_gold(event.target)
    return matching_sides(ours, (gold.source_codes, gold.target_codes), acting_together(gold))


def participants_right(
    event: Event, gold: GoldMention, group: list[GoldMention]
) -> tuple[bool, bool]:
    """Whether each side of ours names the gold's participants (see the module docstring)."""
    if acting_together(gold):
        together = same_participants(
            [*event.source, *event.target],
            gold.source_actors,
            [a for m in group for a in (*m.source_actors, *m.target_actors)],
        )
        return together, together
    return (
        same_participants(
            event.source, gold.source_actors, [a for m in group for a in m.source_actors]
        ),
        same_participants(
            event.target, gold.target_actors, [a for m in group for a in m.target_actors]
        ),
    )


def same_participants(ours: list[ActorRef], aligned: tuple[Span, ...], group: list[Span]) -> bool:
    if not aligned:
        return not ours
    names = {actor.text.casefold() for actor in group}
    return bool(ours) and all(
        actor.text.casefold() in names
        or any(actor.start < span.end and span.start < actor.end for span in group)
        for actor in ours
    )


def overlaps(start: int, end: int, mention: GoldMention) -> bool:
    return start < mention.end and mention.start < end


def same_date(ours: str | None, gold: str | None) -> bool:
    """Equal values; a week of ours is right where the gold, which has no week values, gives
    the month it falls in."""
    if ours == gold:
        return True
    if ours is None or gold is None or "-W" not in ours or len(gold) != 7:
        return False
    year, week = ours.split("-W")
    try:
        thursday = date.fromisocalendar(int(year), int(week[:2]), 4)
    except ValueError:
        return False
    return thursday.isoformat()[:7] == gold


def place_right(event: Event, gold: GoldMention) -> bool:
    place = event.place
    if not gold.place:
        return place is None
    if place is None or place.country != gold.place.get("country"):
        return False
    names = {str(gold.place.get(key) or "").casefold() for key in ("name", "text")} - {""}
    same_name = bool({(place.name or "").casefold(), (place.text or "").casefold()} & names)
    span = (gold.place.get("start"), gold.place.get("end"))
    same_span = (
        place.start is not None
        and isinstance(span[0], int)
        and place.start < span[1]
        and span[0] < (place.end or 0)
    )
    return same_name or same_span or gold.place.get("source") != "clause"


def aligned_mentions(
    gold: GoldArticle,
    spans: list[tuple[int, int]],
    sentence_at: Callable[[int], int | None],
    plover_type: str,
) -> list[tuple[int, GoldMention]]:
    """(gold event index, mention) of each gold mention an event of ours aligns with: those its
    mention `spans` overlap, or else those of its type in the sentences of its spans
    (`sentence_at` a span's start, asked only then). A gold mention's sentence is where our
    sentences put its start, not the index the gold file stores: that index was counted with
    the segmenter of its day, and a sentence split since (a run-in subheading) would shift every
    later sentence against it."""
    aligned = [
        (index, mention)
        for index, mentions in enumerate(gold.events)
        for mention in mentions
        if any(overlaps(start, end, mention) for start, end in spans)
    ]
    if aligned:
        return aligned
    sentences = {sentence_at(start) for start, _ in spans}
    return [
        (index, mention)
        for index, mentions in enumerate(gold.events)
        for mention in mentions
        if mention.type == plover_type and sentence_at(mention.start) in sentences
    ]


def taken_gold_event(
    gold: GoldArticle,
    spans: list[tuple[int, int]],
    sentence_at: Callable[[int], int | None],
    plover_type: str,
    used: set[int],
) -> tuple[list[tuple[int, GoldMention]], tuple[int, GoldMention] | None]:
    """The gold mentions an event aligns with (`aligned_mentions`), and the gold event it takes:
    the first aligned one no earlier event took, one of its type first, added to `used`; None
    where every aligned gold event is taken (a duplicate) or none aligns."""
    aligned = aligned_mentions(gold, spans, sentence_at, plover_type)
    free = [(index, mention) for index, mention in aligned if index not in used]
    if not free:
        return aligned, None
    taken = ([pair for pair in free if pair[1].type == plover_type] or free)[0]
    used.add(taken[0])
    return aligned, taken


def scored_spans(event: Event, region: int) -> list[tuple[int, int]]:
    """The spans an event of ours is aligned by: its mentions that start before `region` (the
    gold's `annotated_end`), else its trigger there; none where it lies wholly after."""
    spans = [(m.start, m.end) for m in event.mentions if m.start < region]
    if spans or event.trigger.start >= region:
        return spans
    return [(event.trigger.start, event.trigger.end)]


def scored_events(
    gold: GoldArticle, analysis: Analysis, used: set[int]
) -> Iterator[tuple[Event, list[tuple[int, GoldMention]], tuple[int, GoldMention] | None]]:
    """Each event of ours the scorer counts (one in the annotated part), in record order, with
    the gold mentions it aligns with and the gold event it takes (`taken_gold_event`; None for
    a duplicate or an event no gold aligns with), `used` filled as it goes."""
    for event in analysis.events:
        spans = scored_spans(event, gold.annotated_end)
        if spans:
            aligned, taken = taken_gold_event(
                gold, spans, analysis.sentence_at, event.plover["type"], used
            )
            yield event, aligned, taken


def holder_of(aligned: list[tuple[int, GoldMention]], holders: dict[int, Event]) -> Event | None:
    """The event of ours that took one of these aligned gold events first: the record a
    duplicate repeats (`holders`: gold event index -> the event that took it)."""
    return next((holders[index] for index, _ in aligned if index in holders), None)


def gold_verdict(aligned: list[tuple[int, GoldMention]], plover_type: str) -> str:
    """What the gold says of an asserted event of ours of `plover_type` with these aligned
    mentions, in the judged labels' words: `right` (an asserted gold mention of its type, as
    asserted precision counts), `wrong_modality` (of its type, told otherwise), `wrong_type`
    (another type only) or `no_event` (nothing aligned)."""
    same_type = [mention for _, mention in aligned if mention.type == plover_type]
    if any(mention.modality == "asserted" for mention in same_type):
        return "right"
    if same_type:
        return "wrong_modality"
    return "wrong_type" if aligned else "no_event"


def score_article(gold: GoldArticle, analysis: Analysis, errors: int = 0) -> ArticleScores:
    scores = ArticleScores(gold=len(gold.events))
    scores.by_type.update((mentions[0].type, "gold") for mentions in gold.events)
    used: set[int] = set()
    holders: dict[int, Event] = {}
    for event, aligned, taken in scored_events(gold, analysis, used):
        scores.ours += 1
        scores.by_type[event.plover["type"], "ours"] += 1
        asserted = event.modality == "asserted"
        scores.asserted += asserted
        if asserted and aligned:
            scores.asserted_events += 1
        if asserted and gold_verdict(aligned, event.plover["type"]) == "right":
            scores.asserted_right += 1
        if taken is None:
            scores.duplicates += bool(aligned)
            note = duplicate_note(event, aligned, holders, analysis) if aligned else "no gold event"
            log(scores, errors, gold, event, note)
            continue
        index, mention = taken
        holders[index] = event
        if mention.type != event.plover["type"]:
            log(scores, errors, gold, event, f"gold type {mention.type}")
            continue
        scores.matched += 1
        scores.by_type[mention.type, "right"] += 1
        source_ok, target_ok = countries_right(event, mention)
        source_named, target_named = participants_right(event, mention, gold.events[index])
        modality_ok = event.modality == mention.modality
        scores.source_country_right += source_ok
        scores.target_country_right += target_ok
        source_role_ok, target_role_ok = roles_right(event, mention)
        scores.source_role_right += source_role_ok
        scores.target_role_right += target_role_ok
        scores.source_right += source_ok and source_named
        scores.target_right += target_ok and target_named
        scores.both_right += source_ok and source_named and target_ok and target_named
        scores.type_right += modality_ok
        scores.full_right += source_ok and target_ok and modality_ok
        dated = next(
            (m for m in gold.events[index] if overlaps(event.trigger.start, event.trigger.end, m)),
            mention,
        )
        if dated.cameo:
            scores.cameo_scored += 1
            scores.cameo_root_right += event.cameo[:2] == dated.cameo[:2]
            scores.cameo_three_right += event.cameo[:3] == dated.cameo[:3]
            scores.cameo_full_right += event.cameo == dated.cameo
        our_date = event.date.value if event.date else None
        date_ok = same_date(our_date, dated.date)
        scores.date_right += date_ok
        scores.first_mention_date_right += same_date(our_date, mention.date)
        place_ok = place_right(event, mention)
        scores.place_right += place_ok
        if not date_ok:
            source = event.date.source if event.date else "none"
            lent = lent_from(dated, analysis)
            note = f"date: gold {dated.date}{lent}, ours {our_date} ({source})"
            log(scores, errors, gold, event, note)
        if not place_ok:
            log(
                scores,
                errors,
                gold,
                event,
                f"place: gold {place_note(mention.place)}, ours "
                f"{place_note(event.place and vars(event.place))}",
            )
        if not (source_ok and target_ok and source_named and target_named and modality_ok):
            ours = f"{sides(event.source)}->{sides(event.target)} {event.modality}"
            wanted = (
                f"{sides(mention.source_actors, mention.source)}"
                f"->{sides(mention.target_actors, mention.target)} {mention.modality}"
            )
            log(scores, errors, gold, event, f"gold {wanted}, ours {ours}")
    for index, mentions in enumerate(gold.events):
        if index not in used and len(scores.errors) < errors:
            first = mentions[0]
            wanted = (
                f"{sides(first.source_actors, first.source)}"
                f"->{sides(first.target_actors, first.target)}"
            )
            scores.errors.append(
                f"{gold.id} {first.type} {first.modality} "
                f"'{gold.text[first.start : first.end]}' (missed, gold {wanted}): "
                f"...{' '.join(gold.text[max(0, first.start - 60) : first.end + 40].split())}..."
            )
    return scores


def sides(actors, codes: frozenset[str] | None = None) -> str:
    """Actors as `[text:CODE, ...]` for an error line."""
    if codes is not None:
        return f"[{', '.join(a.text for a in actors)}]{sorted(codes)}"
    return "[" + ", ".join(f"{a.text}:{a.code}" for a in actors) + "]"


def place_note(place: dict[str, Any] | None) -> str:
    """A place as `name/COUNTRY (source)` for an error line."""
    if not place:
        return "none"
    return (
        f"{place.get('name') or place.get('text')}/{place.get('country')} ({place.get('source')})"
    )


def lent_from(mention: GoldMention, analysis: Analysis) -> str:
    """The note 'from sentence N' where the gold's date is written in another sentence than
    the mention, which takes its event's date (gold rule 18): an error of that class asks for
    the link to the mention that dates the event, not for a better reading of the clause."""
    if mention.date_start is None:
        return ""
    sentence = analysis.sentence_at(mention.date_start)
    return "" if sentence == analysis.sentence_at(mention.start) else f" from sentence {sentence}"


def duplicate_note(
    event: Event,
    aligned: list[tuple[int, GoldMention]],
    holders: dict[int, Event],
    analysis: Analysis,
) -> str:
    """The error note of a duplicate: which of our events holds its gold event (trigger,
    modality, sentence) and how the two differ, another modality or another type being the
    stages that kept them apart, so that duplicates can be classed from `--errors` alone."""
    held = holder_of(aligned, holders)
    if held is None:
        return "duplicate of a gold event"
    if held.plover["type"] != event.plover["type"]:
        difference = f"another type, {held.plover['type']}"
    elif held.modality != event.modality:
        difference = "another modality"
    else:
        difference = "same type and modality"
    sentence = analysis.sentence_at(held.trigger.start)
    return (
        f"duplicate of a gold event held by '{held.trigger.text}' "
        f"({held.modality}, sentence {sentence}; {difference})"
    )


def log(scores: ArticleScores, limit: int, gold: GoldArticle, event: Event, note: str) -> None:
    if len(scores.errors) < limit:
        sentence = gold.text[max(0, event.trigger.start - 60) : event.trigger.end + 40]
        scores.errors.append(
            f"{gold.id} {event.plover['type']} {event.modality} '{event.trigger.text}' "
            f"({note}): ...{' '.join(sentence.split())}..."
        )


def report(scores: ArticleScores, articles: int) -> list[str]:
    """The figures, one per line, in the order docs/accuracy.md reports them."""
    matched = scores.matched or 1
    _, _, type_f1 = prf(scores.type_right, scores.ours, scores.gold)
    p, r, f1 = prf(scores.full_right, scores.ours, scores.gold)
    return [
        f"articles {articles}, gold events {scores.gold}, ours {scores.ours}"
        f" ({scores.asserted} asserted, {scores.duplicates} duplicates)",
        f"asserted precision (same type): {safe(scores.asserted_right, scores.asserted):.3f}"
        f"   events at all: {safe(scores.asserted_events, scores.asserted):.3f}",
        f"event F1 (type, source, target, modality): P {p:.3f}  R {r:.3f}  F1 {f1:.3f}",
        f"type F1 (type, modality): {type_f1:.3f}",
        f"matched events {scores.matched}: source {scores.source_right / matched:.3f}"
        f"  target {scores.target_right / matched:.3f}  both {scores.both_right / matched:.3f}"
        f"  date {scores.date_right / matched:.3f}"
        f" (first gold mention {scores.first_mention_date_right / matched:.3f})"
        f"  place {scores.place_right / matched:.3f}",
        f"  countries alone: source {scores.source_country_right / matched:.3f}"
        f"  target {scores.target_country_right / matched:.3f}",
        f"  roles (country and role, as the gold codes them):"
        f" source {scores.source_role_right / matched:.3f}"
        f"  target {scores.target_role_right / matched:.3f}",
        f"  CAMEO code ({scores.cameo_scored} with a gold code):"
        f" root {safe(scores.cameo_root_right, scores.cameo_scored):.3f}"
        f"  3 digits {safe(scores.cameo_three_right, scores.cameo_scored):.3f}"
        f"  full {safe(scores.cameo_full_right, scores.cameo_scored):.3f}",
        *type_lines(scores.by_type),
    ]


def type_lines(by_type: Counter[tuple[str, str]]) -> list[str]:
    lines = []
    for name in sorted({name for name, _ in by_type}):
        right, ours, gold = (by_type[name, key] for key in ("right", "ours", "gold"))
        p, r, f1 = prf(right, ours, gold)
        counts = f"(gold {gold}, ours {ours}, right {right})"
        lines.append(f"  {name:<10} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  {counts}")
    return lines


def safe(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def read_articles(path: str | Path, records: list[dict[str, Any]]) -> list[GoldArticle]:
    return [
        gold_article(record, f"{path}: record {number}")
        for number, record in enumerate(records, start=1)
    ]


def run_articles(path: str, records: list[dict[str, Any]], errors: int = 0) -> int:
    """Analyze each gold article (its text and publication date) and print the figures."""
    gold = read_articles(path, records)
    started = time.perf_counter()
    analyses = analyze_many(to_article(article.text, article.published) for article in gold)
    total = ArticleScores()
    for article, analysis in zip(gold, analyses, strict=True):
        total.add(score_article(article, analysis, errors - len(total.errors)))
    seconds = time.perf_counter() - started
    print(f"eventwire eval events: {len(gold)} articles from {path} ({seconds:.1f} s)")
    for line in [*report(total, len(gold)), *(f"- {error}" for error in total.errors)]:
        print(line)
    return 0
