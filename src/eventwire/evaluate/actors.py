"""`eventwire eval actors`: actor codes against gold actors (PLOVER's gold-standard records).

Each gold actor is a phrase of its sentence with a country code (ISO alpha-3, or "IGO"/"NGO")
and often a CAMEO role ("GOV", "MIL" ...). Two readings are scored:
- bare: the phrase alone through `resolve_actor_text`, as a user codes a list of names;
- in context: the whole sentence analysed (entities, coreference), then `resolve_actors` on the
  phrase where it stands, as the event coder does.
A code counts as right when its first three letters are the gold country; precision is over the
phrases we coded, recall over all gold phrases (an uncoded phrase is a miss, never a guess).
A role agrees when our code's role part is the gold sector: letters 4-6 of a country's code; for
an organisation's code ("IGOUNOPKO"), the sector igo_sectors.tsv gives one of its type parts (a
scoring convention between two schemes, docs/actors.md "GSR actors: IGO codes and sectors").
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

from eventwire.annotate.actors import resolve_actor_text, resolve_actors
from eventwire.annotate.entities import find_entities
from eventwire.codebooks.actors import ORGANISATION_PREFIXES, organisation_sectors
from eventwire.evaluate import GoldFileError, prf, read_gold
from eventwire.nlp import load_nlp
from eventwire.pipeline import sentences_of
from eventwire.records import Analysis, Article, content_hash

ROLES = frozenset({"GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "CVL", "REF", "SPY", "BUS"})
"""Gold sectors that are plain CAMEO roles, for the role agreement figure."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors")


@dataclass(frozen=True)
class GoldActor:
    record: str
    sentence: str
    text: str
    code: str
    sector: str | None


def gold_actors(record: dict, path: str) -> list[GoldActor]:
    identifier = record.get("id", "?")
    if not isinstance(record.get("text"), str):
        raise GoldFileError(f"{path}: record {identifier} has no text")
    actors = []
    for side in ("source", "target"):
        entries = record.get(side, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise GoldFileError(f"{path}: record {identifier}: {side} must be a list of objects")
        for entry in entries:
            if entry.get("text") and entry.get("code"):
                text = " ".join(entry["text"].split())
                actors.append(
                    GoldActor(identifier, record["text"], text, entry["code"], entry.get("sector"))
                )
    return actors


def role_part(code: str) -> str:
    """Our code's role in the gold's terms. After an organisation prefix the 3-letter parts are
    CAMEO types and names, not a role at letters 4-6 ("IGOUNOPKO": UN, peacekeepers), so the
    sector is the first part's that igo_sectors.tsv lists, or none ("IGOUNO": the UN as a whole)."""
    if code[:3] not in ORGANISATION_PREFIXES:
        return code[3:6]
    sectors = organisation_sectors()
    parts = (code[start : start + 3] for start in range(3, len(code), 3))
    return next((sectors[part] for part in parts if part in sectors), "")


class Score:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.errors: list[tuple[str, str, str | None]] = []

    def add(self, gold: GoldActor, code: str | None) -> None:
        self.counts["gold"] += 1
        if code is None:
            self.errors.append((gold.text, gold.code, None))
            return
        self.counts["coded"] += 1
        if code[:3] != gold.code:
            self.errors.append((gold.text, gold.code, code))
            return
        self.counts["right"] += 1
        if gold.sector in ROLES:
            self.counts["roles"] += 1
            self.counts["roles right"] += role_part(code) == gold.sector

    def report(self, name: str) -> str:
        precision, recall, f1 = prf(self.counts["right"], self.counts["coded"], self.counts["gold"])
        roles = self.counts["roles"]
        role_share = self.counts["roles right"] / roles if roles else 0.0
        return (
            f"{name:<10} country P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
            f"(coded {self.counts['coded']}/{self.counts['gold']}); "
            f"role agrees {role_share:.3f} of {roles} right-country actors with a gold role"
        )


NOT_IN_SENTENCE = "not in sentence"
"""Gold phrases that are not a stretch of their sentence ("French ... warships")."""


def in_context(gold: list[GoldActor]) -> list[str | None]:
    """Codes for each gold phrase where it stands in its analysed sentence."""
    codes = []
    sentence, parse, analysis = None, None, None
    for actor in gold:
        if actor.sentence != sentence:
            sentence = actor.sentence
            article = Article(content_hash(sentence), None, None, None, None, "en", sentence)
            parse = load_nlp()(sentence)
            analysis = Analysis(article=article, sentences=sentences_of(parse))
            analysis.entities = find_entities(parse, analysis)
        start = sentence.find(actor.text)
        span = parse.char_span(start, start + len(actor.text), alignment_mode="expand")
        if start < 0 or span is None:
            codes.append(NOT_IN_SENTENCE)
            continue
        refs = resolve_actors(parse, span.start, span.end, analysis)
        codes.append(next((ref.code for ref in refs if ref.code), None))
    return codes


def run(args: argparse.Namespace) -> int:
    gold = [actor for record in read_gold(args.gold) for actor in gold_actors(record, args.gold)]
    bare, bare_found, context = Score(), Score(), Score()
    for actor, code in zip(gold, in_context(gold), strict=True):
        bare_code = resolve_actor_text(actor.text)
        bare.add(actor, bare_code)
        if code != NOT_IN_SENTENCE:
            bare_found.add(actor, bare_code)
            context.add(actor, code)
    print(f"{len(gold)} gold actors from {args.gold}")
    print(bare.report("bare, all"))
    print(f"{context.counts['gold']} of them are a stretch of their sentence:")
    print(bare_found.report("bare"))
    print(context.report("in context"))
    for text, wanted, got in context.errors[: args.errors]:
        print(f"  {text!r}: gold {wanted}, ours {got}")
    return 0
