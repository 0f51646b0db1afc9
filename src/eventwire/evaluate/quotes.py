"""`eventwire eval quotes`: quote spans and speakers against PolNeAR-style gold, beside textacy.

Gold records are `{"id", "text", "quotes": [{"quote_spans", "speaker_spans", "is_direct"}]}`
(see ../shared/dev/README.md). An attribution is one content with its speaker and cue; its
content may come in pieces ("A," he said, "B."). Our quotes sharing a cue and a speaker form
one predicted attribution. Metrics, each reported over all attributions and over the direct
ones (gold `is_direct`; our kinds direct and mixed):

- overlap: a predicted and a gold attribution match when any of their content characters
  overlap; pairs are matched one to one, the largest overlap first.
- exact: a matched pair whose content extents are identical once quote marks, punctuation,
  spaces and a leading "that" are trimmed from both ends.
- speaker accuracy: over matched pairs whose gold has a speaker, the share whose predicted
  speaker span overlaps a gold speaker span or names the same entity (coreference chain).

Nested attributions ("Ruiz said the mayor had promised ...": the mayor's promise inside Ruiz's
content) are left out of the scoring, for every system, and counted apart: PolNeAR's
attributions never overlap one another (none of the 2,192 in the dev split), so the gold has
no place for them. `--score-nested` scores them too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluate import GoldFileError, prf, read_gold

STAGES_READ = ("entities", "quotes")
"""The quotes stage reads the entities (for speakers' names); the other stages are not run."""

TRIM = " \t\n\"'“”‘’«»,.;:!?—–-()"


@dataclass
class Attribution:
    pieces: list[tuple[int, int]]
    speaker: list[tuple[int, int]]
    direct: bool
    speaker_entity: str | None = None
    cue: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    predicted_matched: int = 0
    gold_matched: int = 0
    predicted_exact: int = 0
    gold_exact: int = 0
    with_speaker: int = 0
    speaker_right: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Scores:
    systems: dict[str, dict[str, Tally]] = field(default_factory=dict)
    baseline_gave_up: int = 0
    nested: dict[str, int] = field(default_factory=dict)
    """Per system, the nested attributions left out of the scoring."""
    misses: list[str] = field(default_factory=list)
    """With --misses: our unmatched gold and predicted attributions, one line each."""

    def tally(self, system: str, subset: str) -> Tally:
        return self.systems.setdefault(system, {}).setdefault(subset, Tally())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-baseline", action="store_true", help="skip the textacy direct_quotations baseline"
    )
    parser.add_argument("--limit", type=int, help="score only the first N gold articles")
    parser.add_argument(
        "--score-nested",
        action="store_true",
        help="score nested attributions too (a cue inside another attribution's content), "
        "which the PolNeAR gold never has",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also list our errors: gold attributions we missed (MISS), predictions that "
        "match no gold (EXTRA) and matched ones with a wrong speaker (SPEAKER), each with its "
        "cue, speaker and content",
    )


def run(args: argparse.Namespace) -> int:
    records = list(read_gold(args.gold))
    if args.limit:
        records = records[: args.limit]
    for number, record in enumerate(records, start=1):
        if not isinstance(record.get("text"), str) or not isinstance(record.get("quotes"), list):
            raise GoldFileError(f"{args.gold}: record {number} needs 'text' and 'quotes'")
    baseline = None if args.no_baseline else textacy_quotations()
    if baseline is None and not args.no_baseline:
        print(
            "textacy is not installed: the baseline is skipped "
            "(pip install 'eventwire[eval]' to run it)",
            file=sys.stderr,
        )
    scores = score(records, baseline, list_misses=args.misses, score_nested=args.score_nested)
    if args.misses:
        print("\n".join(scores.misses))
    print(report(scores, len(records)))
    return 0


def textacy_quotations() -> Any:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    return direct_quotations


def score(
    records: list[dict[str, Any]],
    baseline: Any,
    list_misses: bool = False,
    score_nested: bool = False,
) -> Scores:
    from eventwire.headline_case import recase_headlines
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import STAGES
    from eventwire.records import Analysis, Article, content_hash

    scores = Scores()
    texts = ((record["text"], record) for record in records)
    nlp = load_nlp()
    for parse, record in nlp.pipe(texts, as_tuples=True, batch_size=8):
        text = record["text"]
        # the parse the pipeline reads (`parse_articles`): a title-case headline in sentence case
        recase_headlines(nlp, [text], [parse])
        article = Article(
            id=content_hash(text),
            title=record.get("title"),
            outlet=record.get("publisher"),
            url=None,
            published=record.get("dct"),
            language="en",
            text=text,
        )
        analysis = Analysis(article=article)
        for name, stage in STAGES:
            if name in STAGES_READ:
                setattr(analysis, name, stage(parse, analysis))
        gold = [gold_attribution(quote, analysis, parse) for quote in record["quotes"]]
        systems = {"eventwire": our_attributions(analysis)}
        baseline_ran = False
        if baseline is not None:
            found = baseline_attributions(baseline, parse, analysis)
            scores.baseline_gave_up += found is None
            baseline_ran = found is not None
            systems["textacy"] = found or []
        for system, predicted in systems.items():
            if not score_nested:
                kept = top_level(predicted)
                scores.nested[system] = scores.nested.get(system, 0) + len(predicted) - len(kept)
                predicted = kept
            pairs = match(predicted, gold)
            if list_misses and system == "eventwire":
                scores.misses += misses(record.get("id", "?"), text, predicted, gold, pairs)
            for subset in ("all", "direct"):
                tally = compare(predicted, gold, pairs, text, direct_only=subset == "direct")
                scores.tally(system, subset).add(tally)
                if baseline_ran:
                    scores.tally(system, f"{subset}*").add(tally)
    return scores


def gold_attribution(quote: dict[str, Any], analysis: Any, parse: Any) -> Attribution:
    speakers = [tuple(span) for span in quote.get("speaker_spans") or []]
    speakers += [antecedent for span in speakers if (antecedent := antecedent_of(parse, span))]
    entity = None
    for start, end in speakers:
        found = analysis.entity_at(start, end)
        if found is not None:
            entity = found.id
            break
    return Attribution(
        pieces=[tuple(span) for span in quote["quote_spans"]],
        speaker=speakers,
        direct=bool(quote.get("is_direct")),
        speaker_entity=entity,
        cue=[tuple(span) for span in quote.get("cue_spans") or []],
    )


def antecedent_of(parse: Any, span: tuple[int, int]) -> tuple[int, int] | None:
    """The noun a relative pronoun stands for ('Ortiz, who said ...'): PolNeAR marks 'who' as
    the speaker, we name the antecedent; both are one coreference chain."""
    words = parse.char_span(*span, alignment_mode="expand")
    if words is None or len(words) != 1 or words[0].tag_ not in ("WP", "WDT"):
        return None
    clause = words[0].head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    return noun.left_edge.idx, noun.idx + len(noun)


def our_attributions(analysis: Any) -> list[Attribution]:
    grouped: dict[Any, Attribution] = {}
    for quote in analysis.quotes:
        speaker = quote.speaker
        cue = (quote.cue.start, quote.cue.end) if quote.cue else None
        key = (cue, speaker.start if speaker else None) if cue else ("alone", quote.start)
        attribution = grouped.get(key)
        if attribution is None:
            entity = analysis.entity_at(speaker.start, speaker.end) if speaker else None
            attribution = grouped[key] = Attribution(
                pieces=[],
                speaker=[(speaker.start, speaker.end)] if speaker else [],
                direct=quote.kind in ("direct", "mixed"),
                speaker_entity=entity.id if entity else None,
                cue=[cue] if cue else [],
            )
        attribution.pieces.append((quote.start, quote.end))
    return list(grouped.values())


def baseline_attributions(
    direct_quotations: Any, parse: Any, analysis: Any
) -> list[Attribution] | None:
    """textacy's quotes; None where it gives up (it refuses unbalanced quotation marks)."""
    found = []
    try:
        triples = list(direct_quotations(parse))
    except ValueError:
        return None
    for triple in triples:
        speaker = [(t.idx, t.idx + len(t)) for t in triple.speaker]
        span = (min(s for s, _ in speaker), max(e for _, e in speaker)) if speaker else None
        entity = analysis.entity_at(*span) if span else None
        found.append(
            Attribution(
                pieces=[(triple.content.start_char, triple.content.end_char)],
                cue=[(t.idx, t.idx + len(t)) for t in triple.cue],
                speaker=[span] if span else [],
                direct=True,
                speaker_entity=entity.id if entity else None,
            )
        )
    return found


def misses(
    article: str,
    text: str,
    predicted: list[Attribution],
    gold: list[Attribution],
    pairs: list[tuple[int, int]],
) -> list[str]:
    """One line per unmatched attribution: 'MISS' for gold, 'EXTRA' for ours; and 'SPEAKER'
    for a matched pair whose gold speaker we got wrong (our speaker, then the gold's)."""
    matched_predicted = {p for p, _ in pairs}
    matched_gold = {g for _, g in pairs}
    lines = [
        f"SPEAKER\t{article}\t{min(s for s, _ in truth.pieces)}"
        f"\tcue={shown(text, predicted[p].cue)}\tspeaker={shown(text, predicted[p].speaker)}"
        f"\tgold={shown(text, truth.speaker)}\tcontent={shown(text, truth.pieces)[:160]}"
        for p, g in pairs
        if (truth := gold[g]).speaker and not speaker_right(predicted[p], truth)
    ]
    for label, attributions, matched in (
        ("MISS", gold, matched_gold),
        ("EXTRA", predicted, matched_predicted),
    ):
        for index, attribution in enumerate(attributions):
            if index in matched:
                continue
            start = min(s for s, _ in attribution.pieces)
            lines.append(
                f"{label}\t{article}\t{start}\tcue={shown(text, attribution.cue)}"
                f"\tspeaker={shown(text, attribution.speaker)}"
                f"\tcontent={shown(text, attribution.pieces)[:160]}"
            )
    return lines


def shown(text: str, spans: list[tuple[int, int]]) -> str:
    return " … ".join(" ".join(text[s:e].split()) for s, e in sorted(spans)) or "-"


def top_level(attributions: list[Attribution]) -> list[Attribution]:
    """The attributions whose cue lies inside no other attribution's content."""
    return [
        attribution
        for attribution in attributions
        if not any(
            other is not attribution and overlap(attribution.cue, other.pieces)
            for other in attributions
        )
    ]


def overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    b = list(b)
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def extent(text: str, pieces: list[tuple[int, int]]) -> str:
    content = text[min(s for s, _ in pieces) : max(e for _, e in pieces)].strip(TRIM)
    if content[:5].lower() == "that ":
        content = content[5:].strip(TRIM)
    return content


def match(predicted: list[Attribution], gold: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one pairs of (predicted, gold) indices, the largest character overlap first."""
    candidates = sorted(
        (
            (size, p, g)
            for p, prediction in enumerate(predicted)
            for g, truth in enumerate(gold)
            if (size := overlap(prediction.pieces, truth.pieces)) > 0
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_predicted, used_gold, pairs = set(), set(), []
    for _, p, g in candidates:
        if p not in used_predicted and g not in used_gold:
            used_predicted.add(p)
            used_gold.add(g)
            pairs.append((p, g))
    return pairs


def compare(
    predicted: list[Attribution],
    gold: list[Attribution],
    pairs: list[tuple[int, int]],
    text: str,
    direct_only: bool,
) -> Tally:
    """Counts for one article; with `direct_only`, precision is over our direct quotes and
    recall over the gold's, both matched against every attribution."""
    tally = Tally(
        predicted=sum(1 for p in predicted if p.direct or not direct_only),
        gold=sum(1 for g in gold if g.direct or not direct_only),
    )
    for p, g in pairs:
        prediction, truth = predicted[p], gold[g]
        exact = extent(text, prediction.pieces) == extent(text, truth.pieces)
        if prediction.direct or not direct_only:
            tally.predicted_matched += 1
            tally.predicted_exact += exact
        if not (truth.direct or not direct_only):
            continue
        tally.gold_matched += 1
        tally.gold_exact += exact
        if truth.speaker:
            tally.with_speaker += 1
            tally.speaker_right += speaker_right(prediction, truth)
    return tally


def speaker_right(prediction: Attribution, truth: Attribution) -> bool:
    """Our speaker overlaps a gold speaker span or names the same entity."""
    same_chain = (
        truth.speaker_entity is not None and truth.speaker_entity == prediction.speaker_entity
    )
    return bool(overlap(prediction.speaker, truth.speaker) or same_chain)


def scores_of(right_predicted: int, right_gold: int, t: Tally) -> tuple[float, float, float]:
    precision = prf(right_predicted, t.predicted, t.gold)[0]
    recall = prf(right_gold, t.predicted, t.gold)[1]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def report(scores: Scores, articles: int) -> str:
    lines = [
        f"quotes: {articles} articles",
        f"{'system':<10} {'subset':<7} {'pred':>5} {'gold':>5}  "
        f"{'overlap P/R/F1':<20} {'exact P/R/F1':<20} speaker acc",
    ]
    for system, subsets in scores.systems.items():
        for subset, t in subsets.items():
            loose = scores_of(t.predicted_matched, t.gold_matched, t)
            exact = scores_of(t.predicted_exact, t.gold_exact, t)
            accuracy = t.speaker_right / t.with_speaker if t.with_speaker else 0.0
            lines.append(
                f"{system:<10} {subset:<7} {t.predicted:>5} {t.gold:>5}  "
                f"{'/'.join(f'{v:.3f}' for v in loose):<20} "
                f"{'/'.join(f'{v:.3f}' for v in exact):<20} "
                f"{accuracy:.3f} ({t.speaker_right}/{t.with_speaker})"
            )
    for system, count in scores.nested.items():
        if count:
            lines.append(
                f"{system}: {count} nested attribution{'s' if count != 1 else ''} (a cue inside "
                "another's content) left unscored, as the gold has none; --score-nested scores "
                "them"
            )
    if scores.baseline_gave_up:
        lines.append(
            f"textacy gave up on {scores.baseline_gave_up} articles (unbalanced quotation "
            "marks) and counts as finding nothing there; subsets marked * leave those out"
        )
    return "\n".join(lines)
