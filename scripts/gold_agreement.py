"""Agreement between two annotations of the same stories, scored as `eventwire eval events`
scores our events.

    python scripts/gold_agreement.py GOLD.jsonl OTHER.jsonl [--ids ID,ID] [--list]

Each event (group) of OTHER plays an event of ours: its mentions' triggers are its spans,
aligned with GOLD's mentions by overlap, else by type in the same sentence
(`article_events.aligned_mentions`), and its first mention gives its type, modality and actor
codes. Prints OTHER's asserted precision against GOLD, type F1 (type, modality) and event F1
(type, source and target countries, modality): the figures issue 11 sets for the coder, so two
annotators' agreement says how far the coder could go. `--list` prints every disagreement.
No eventwire events are run.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate import prf, read_gold
from eventwire.evaluate.article_events import (
    GoldArticle,
    gold_verdict,
    read_articles,
    safe,
    sides_right,
    taken_gold_event,
)


@dataclass
class Agreement:
    gold: int = 0
    other: int = 0
    asserted: int = 0
    asserted_right: int = 0
    matched: int = 0
    type_right: int = 0
    full_right: int = 0
    disagreements: list[str] = field(default_factory=list)

    def f1(self, right: int) -> float:
        return prf(right, self.other, self.gold)[2]

    def lines(self) -> list[str]:
        precision = safe(self.asserted_right, self.asserted)
        return [
            f"gold events {self.gold}, other events {self.other} ({self.asserted} asserted), "
            f"matched {self.matched}",
            f"asserted precision of the other against the gold: {precision:.3f}",
            f"type F1: {self.f1(self.type_right):.3f}   event F1: {self.f1(self.full_right):.3f}",
        ]


def compare(gold: GoldArticle, other: GoldArticle, agreement: Agreement) -> None:
    agreement.gold += len(gold.events)
    used: set[int] = set()
    for mentions in other.events:
        first = mentions[0]
        where = f"{gold.id} s{first.sentence}"
        words = repr(gold.text[first.start : first.end])
        agreement.other += 1
        spans = [(mention.start, mention.end) for mention in mentions]
        sentences = {mention.start: mention.sentence for mention in mentions}
        aligned, taken = taken_gold_event(gold, spans, sentences.get, first.type, used)
        asserted = first.modality == "asserted"
        agreement.asserted += asserted
        agreement.asserted_right += asserted and gold_verdict(aligned, first.type) == "right"
        if taken is None:
            duplicate = " (a further mention of a gold event)" if aligned else ""
            agreement.disagreements.append(
                f"{where} other only: {first.type} {first.modality} {words}{duplicate}"
            )
            continue
        _, mention = taken
        if mention.type != first.type:
            agreement.disagreements.append(
                f"{where} type: gold {mention.type}, other {first.type} {words}"
            )
            continue
        agreement.matched += 1
        modality_right = mention.modality == first.modality
        codes_right = all(sides_right(first.source, first.target, mention))
        agreement.type_right += modality_right
        agreement.full_right += modality_right and codes_right
        if not modality_right:
            agreement.disagreements.append(
                f"{where} modality: gold {mention.modality}, other {first.modality} {words}"
            )
        elif not codes_right:
            agreement.disagreements.append(
                f"{where} actors: gold {sorted(mention.source)}->{sorted(mention.target)}, "
                f"other {sorted(first.source)}->{sorted(first.target)} {words}"
            )
    for index, mentions in enumerate(gold.events):
        if index not in used:
            first = mentions[0]
            agreement.disagreements.append(
                f"{gold.id} s{first.sentence} gold only: {first.type} {first.modality} "
                f"{gold.text[first.start : first.end]!r}"
            )


def read(path: Path) -> dict[str, GoldArticle]:
    return {article.id: article for article in read_articles(path, list(read_gold(path)))}


def agreement_of(
    gold: dict[str, GoldArticle], other: dict[str, GoldArticle], ids: list[str]
) -> Agreement:
    agreement = Agreement()
    for story in ids:
        compare(gold[story], other[story], agreement)
    return agreement


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--ids", help="comma-separated story ids (default: those in both files)")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    arguments = parser.parse_args()
    gold, other = read(arguments.gold), read(arguments.other)
    ids = arguments.ids.split(",") if arguments.ids else sorted(set(gold) & set(other))
    missing = [story for story in ids if story not in gold or story not in other]
    if missing:
        parser.error(f"stories not in both files: {', '.join(missing)}")
    agreement = agreement_of(gold, other, ids)
    print("\n".join(agreement.lines()))
    if arguments.list:
        print("\n".join(agreement.disagreements))


if __name__ == "__main__":
    main()
