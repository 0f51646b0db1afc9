"""`eventwire eval places --gold FILE`: toponym finding, resolution and roles against a gold file.

Gold format, one text per line:
`{"id", "text", "places": [{"text", "start", "end", "country", "precision", "lat", "lon",
"role", "ambiguous"}]}`; `lat`/`lon` are given for points (cities, facilities), `ambiguous:
true` marks a name the text gives no way to settle (it must stay unresolved), `role` is
"place" or "government".

PLOVER's gold records (`../shared/dev/plover_gsr_cameo.jsonl`) are read too: there only the
event location is marked, by name (`event_loc: {name, country code}`), so the scores are
how many of those names we find as a place and resolve (to the given country where one is).

Scores: toponym spans (precision, recall, F1 of exact spans); resolution accuracy (a gold
toponym found with its country, and within 161 km where gold gives a point, or left
unresolved where gold says ambiguous); within 161 km (of the gold toponyms with a point);
role accuracy (of the gold toponyms found).
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from eventwire.evaluate import GoldFileError, prf, read_gold

DISTANCE_KM = 161.0
"""100 miles: the customary tolerance of toponym-resolution studies."""
EARTH_RADIUS_KM = 6371.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--errors", action="store_true", help="list every wrong toponym")


def run(args: argparse.Namespace) -> int:
    records = list(read_gold(args.gold))
    if any("places" in record for record in records) or not records:
        print(format_scores(evaluate(args.gold, show_errors=args.errors)))
    elif any("event_loc" in record for record in records):
        print(format_event_locations(evaluate_event_locations(records, args.errors)))
    else:
        raise GoldFileError(f"{args.gold}: no record has 'places' or PLOVER's 'event_loc'")
    return 0


def evaluate(path: str, show_errors: bool = False) -> dict[str, Any]:
    from eventwire.annotate.places import find_places
    from eventwire.nlp import load_nlp
    from eventwire.records import Analysis, Article, content_hash

    nlp = load_nlp()
    counts = dict.fromkeys(
        ("gold", "predicted", "found", "resolved", "points", "within", "roles"), 0
    )
    for number, record in enumerate(read_gold(path), start=1):
        text, gold_places = checked(record, path, number)
        article = Article(content_hash(text), None, None, None, None, "en", text)
        predicted = {(p.start, p.end): p for p in find_places(nlp(text), Analysis(article))}
        counts["gold"] += len(gold_places)
        counts["predicted"] += len(predicted)
        for gold in gold_places:
            place = predicted.get((gold["start"], gold["end"]))
            verdict = judge(gold, place)
            for key, passed in verdict.items():
                counts[key] += passed
            counts["points"] += "lat" in gold
            if show_errors and not (verdict["resolved"] and verdict["roles"]):
                print(f"{record.get('id', number)}: {gold['text']!r} gold {describe(gold)}")
                print(f"    got {describe(vars(place)) if place else 'nothing'}")
    return counts


def checked(record: dict[str, Any], path: str, number: int) -> tuple[str, list[dict]]:
    """The text and gold places of a record, failing with the record and reason when malformed."""
    where = f"{path}: record {number}" + (f" ({record['id']})" if "id" in record else "")
    text, places = record.get("text"), record.get("places")
    if not isinstance(text, str) or not isinstance(places, list):
        raise GoldFileError(f"{where}: needs a string 'text' and a list 'places'")
    for place in places:
        start, end = place.get("start"), place.get("end")
        if (
            not isinstance(start, int)
            or not isinstance(end, int)
            or text[start:end] != place.get("text")
        ):
            raise GoldFileError(
                f"{where}: place {place.get('text')!r} does not match text[start:end]"
            )
    return text, places


def judge(gold: dict[str, Any], place: Any) -> dict[str, bool]:
    if place is None:
        return {"found": False, "resolved": False, "within": False, "roles": False}
    within = (
        "lat" in gold
        and place.lat is not None
        and distance_km(gold["lat"], gold["lon"], place.lat, place.lon) <= DISTANCE_KM
    )
    if gold.get("ambiguous"):
        resolved = place.lat is None and place.precision is None
    else:
        resolved = (
            place.precision is not None
            and place.country == gold.get("country")
            and ("lat" not in gold or within)
        )
    return {
        "found": True,
        "resolved": resolved,
        "within": within,
        "roles": place.role == gold.get("role", "place"),
    }


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def describe(place: dict[str, Any]) -> str:
    fields = ("name", "country", "precision", "lat", "lon", "role", "ambiguous")
    return ", ".join(f"{key}={place[key]}" for key in fields if place.get(key) is not None)


def format_scores(counts: dict[str, int]) -> str:
    precision, recall, f1 = prf(counts["found"], counts["predicted"], counts["gold"])

    def share(part: int, whole: int) -> str:
        return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"

    return "\n".join(
        [
            f"toponyms   P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
            f"  (gold {counts['gold']}, predicted {counts['predicted']})",
            f"resolution accuracy  {share(counts['resolved'], counts['gold'])}",
            f"within {DISTANCE_KM:.0f} km        {share(counts['within'], counts['points'])}",
            f"role accuracy        {share(counts['roles'], counts['found'])}",
        ]
    )


def evaluate_event_locations(records: list[dict[str, Any]], show_errors: bool) -> dict[str, int]:
    """Of PLOVER records' event locations: how many are found as a place, and resolved."""
    import pycountry

    from eventwire.annotate.places import find_places
    from eventwire.codebooks.gazetteer import name_key
    from eventwire.nlp import load_nlp
    from eventwire.records import Analysis, Article, content_hash

    nlp = load_nlp()
    counts = dict.fromkeys(("locations", "found", "resolved", "with_country"), 0)
    for record in records:
        location = record.get("event_loc")
        if not location or not isinstance(record.get("text"), str):
            continue
        text, name = record["text"], name_key(location["name"])
        code = location.get("country code")
        country = pycountry.countries.get(alpha_2=code) if code else None
        article = Article(content_hash(text), None, None, None, None, "en", text)
        places = [
            place
            for place in find_places(nlp(text), Analysis(article))
            if name_key(place.text) in name or name in name_key(place.text)
        ]
        resolved = [
            place
            for place in places
            if place.precision is not None and (country is None or place.country == country.alpha_3)
        ]
        counts["locations"] += 1
        counts["with_country"] += country is not None
        counts["found"] += bool(places)
        counts["resolved"] += bool(resolved)
        if show_errors and not resolved:
            got = [describe(vars(place)) for place in places] or "nothing"
            print(f"{record.get('id')}: {location} got {got}")
    return counts


def format_event_locations(counts: dict[str, int]) -> str:
    whole = counts["locations"]
    return "\n".join(
        [
            f"event locations      {whole} ({counts['with_country']} with a country code)",
            f"found as a place     {counts['found'] / whole:.3f} ({counts['found']}/{whole})",
            f"found and resolved   {counts['resolved'] / whole:.3f} ({counts['resolved']}/{whole})",
        ]
    )
