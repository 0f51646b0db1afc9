"""Can a learned token tagger find the VOA dev gold events our coder misses? (issue 11 recall)

    python scripts/trigger_tagger.py features OUT.jsonl [--gold FILE ...]
    python scripts/trigger_tagger.py cross-validate OUT.jsonl [--folds 5] [--c 1.0] [--vectors]
    python scripts/trigger_tagger.py curve OUT.jsonl [--folds 5] [--c 1.0] [--vectors]

`features` codes each story of the whole-story gold files (`--gold`, repeated; by default the
VOA development gold, tests/data/voa_events/dev.jsonl and dev_extra.jsonl) as a user gets it
(built-in settings) and writes one row per candidate token of the annotated part: every verb,
noun and adjective of the parse. A row holds the token's features (its lemma, part of speech,
dependency, head, its children's dependencies and entity types, a negation or modal child, its
clause role, the headline, whether our coder made an event on it and of which type and
modality), the model's context vectors of the token and its head (`--vectors` uses them) and
its label: the PLOVER type of the gold mention whose trigger span has the token as its
syntactic root, else none. Tokens inside a gold trigger that are not its root ("human rights"
in "human rights abuses") are neither: left out of training and of every count. One row per
gold event says whether our coder found it: a mention of ours of the gold's type overlaps one
of its mentions' triggers.

`cross-validate` deals the stories into `--folds` folds by sha256 of their id (deterministic),
fits a multinomial logistic regression (scikit-learn, an experiment's tool, not a runtime
dependency: `pip install -e .[eval]` brings it, with textacy) on the other folds and scores
each fold's tokens; a baseline predicts each lemma's
majority type on the training folds, and the tagger is fitted again without the features of
our coder's events (the tagger alone), and with `--vectors` once more without them but with
the context vectors. It prints, per threshold on the predicted type's
probability, the gold events the tagger finds out of fold, those our coder missed, and its
precision on the tokens our coder left alone (right: the token roots an asserted gold mention
of the predicted type), its most probable predictions there, then the same per type. `curve`
fits the tagger alone on a quarter, half, three quarters and all of each fold's training
stories, to see whether more gold would help.
docs/events.md ("A learned trigger tagger") reports a run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from judged_events import VOA_DEV_EXTRA_GOLD, VOA_DEV_GOLD, jsonl
from spacy.tokens import Doc, Token

from eventwire.annotate.events.judgement import sentence_band, syntactic_role
from eventwire.annotate.events.syntax import trigger_lemma
from eventwire.codebooks.events import noun_frames, verb_frames
from eventwire.evaluate.article_events import GoldArticle, read_articles
from eventwire.headline_case import parse_articles
from eventwire.pipeline import run_stages, staged_analysis, to_article
from eventwire.records import Analysis
from eventwire.settings import BUILT_IN

VOA_GOLD = (VOA_DEV_GOLD, VOA_DEV_EXTRA_GOLD)
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
NONE = "none"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
PER_TYPE_THRESHOLDS = (0.5, 0.8)
RANKS = (5, 10, 20, 50, 100)
CURVE_SHARES = (0.25, 0.5, 0.75, 1.0)
CODER_FEATURES = ("ours=", "ours_modality=", "lemma|ours=")
VECTOR_DECIMALS = 3


class BandContext:
    """What `sentence_band` reads of an event's context: the analysis."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis


def token_features(token: Token, analysis: Analysis, ours: tuple[str, str] | None) -> list[str]:
    """The token as the parse and our coding see it; `ours` is the (type, modality) of our
    event on it, if any."""
    lemma = trigger_lemma(token)
    head = token.head if token.head is not token else None
    head_lemma = head.lemma_.lower() if head is not None else "ROOT"
    our_type, our_modality = ours or (NONE, NONE)
    frames = verb_frames() if token.pos_ == "VERB" else noun_frames()
    features = [
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"lemma|dep={lemma}|{token.dep_}",
        f"head={head_lemma}",
        f"head_pos={head.pos_ if head is not None else 'ROOT'}",
        f"dep|head={token.dep_}|{head_lemma}",
        f"role={syntactic_role(token)}",
        f"sentence={sentence_band(BandContext(analysis), token)}",
        f"ours={our_type}",
        f"ours_modality={our_modality}",
        f"lemma|ours={lemma}|{our_type}",
        f"in_codebook={lemma in frames}",
    ]
    for child in token.children:
        features.append(f"child={child.dep_}")
        if child.ent_type_:
            features.append(f"child_entity={child.dep_}:{child.ent_type_}")
            entity = analysis.entity_at(child.idx, child.idx + len(child))
            if entity is not None and entity.actor:
                features.append(f"child_coded={child.dep_}")
        if child.dep_ == "neg":
            features.append("negated")
        if child.tag_ == "MD":
            features.append(f"modal={child.lower_}")
        if child.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
            features.append(f"child_lemma={child.dep_}:{child.lemma_.lower()}")
    return features


def trigger_roots(gold: GoldArticle, parse: Doc) -> dict[int, tuple[int, str, bool]]:
    """Token index -> (gold event index, type, asserted) for the root of each gold trigger
    span; a token inside a trigger that is not its root maps to (-1, "", False)."""
    roots: dict[int, tuple[int, str, bool]] = {}
    for index, mentions in enumerate(gold.events):
        for mention in mentions:
            span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            for token in span:
                roots.setdefault(token.i, (-1, "", False))
            roots[span.root.i] = (index, mention.type, mention.modality == "asserted")
    return roots


def our_mentions(analysis: Analysis) -> list[tuple[int, int, str, str]]:
    return [
        (mention.start, mention.end, event.plover["type"], event.modality)
        for event in analysis.events
        for mention in event.mentions
    ]


def context_vector(token: Token) -> list[float]:
    """The model's own vector of the token in its context (the tok2vec output: the model has
    no static word vectors) and of its head, rounded so that a rerun writes the same bytes."""
    head = token.head
    return [round(float(value), VECTOR_DECIMALS) for value in (*token.vector, *head.vector)]


def article_rows(gold: GoldArticle) -> Iterator[dict]:
    article = to_article(gold.text, gold.published)
    (parse,) = parse_articles([article.text])
    with staged_analysis(article, parse, BUILT_IN) as analysis:
        run_stages(parse, analysis)
        ours = our_mentions(analysis)
        for index, mentions in enumerate(gold.events):
            found = any(
                start < m.end and m.start < end and kind == m.type
                for m in mentions
                for start, end, kind, _ in ours
            )
            yield {
                "kind": "gold",
                "id": gold.id,
                "event": index,
                "type": mentions[0].type,
                "mentions": len(mentions),
                "coder_found": found,
            }
        roots = trigger_roots(gold, parse)
        for token in parse:
            if token.pos_ not in CANDIDATE_POS or token.idx >= gold.annotated_end:
                continue
            event, label, asserted = roots.get(token.i, (None, NONE, False))
            if event == -1:
                continue
            end = token.idx + len(token)
            on_token = [(k, m) for start, stop, k, m in ours if start < end and token.idx < stop]
            yield {
                "kind": "token",
                "id": gold.id,
                "start": token.idx,
                "text": token.text,
                "label": label,
                "event": event,
                "asserted": asserted,
                "ours": on_token[0][0] if on_token else None,
                "features": token_features(token, analysis, on_token[0] if on_token else None),
                "vector": context_vector(token),
            }


def gold_articles(paths: list[Path]) -> list[GoldArticle]:
    """The stories of every gold file, in order; a story in two files is an error, since its
    folds would then share it."""
    articles = [article for path in paths for article in read_articles(path, list(jsonl(path)))]
    twice = sorted(story for story, n in Counter(a.id for a in articles).items() if n > 1)
    if twice:
        raise ValueError(f"stories in more than one gold file: {', '.join(twice)}")
    return articles


def write_features(out: Path, paths: list[Path]) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for gold in gold_articles(paths):
            for row in article_rows(gold):
                handle.write(json.dumps(row, sort_keys=True) + "\n")


def fold_of(story: str, folds: int) -> int:
    return int(hashlib.sha256(story.encode()).hexdigest(), 16) % folds


def training_stories(tokens: list[dict], fold: int, folds: int, share: float) -> set[str]:
    """The first `share` of the stories outside `fold`, in a fixed order of their own (sha256
    of "curve/" and the id), so that a smaller share is part of a larger one."""
    stories = sorted(
        {row["id"] for row in tokens if fold_of(row["id"], folds) != fold},
        key=lambda story: hashlib.sha256(f"curve/{story}".encode()).hexdigest(),
    )
    return set(stories[: max(1, round(len(stories) * share))])


def encoded(row: dict, vectors: bool) -> dict[str, float]:
    """A token's features for the learner: each feature present, and with `vectors` the
    model's context vectors of the token and its head, one number each."""
    features: dict[str, float] = {feature: 1 for feature in row["features"]}
    if vectors:
        features |= {f"vector{i}": value for i, value in enumerate(row["vector"])}
    return features


def out_of_fold(
    tokens: list[dict], folds: int, c: float, share: float = 1.0, vectors: bool = False
) -> tuple[list[dict], list[dict]]:
    """Per token, {type: probability} from the tagger and from the lemma baseline, each
    trained on (a share of) the other folds' stories. The lemma is a token's first feature."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    tagger: list[dict] = [{} for _ in tokens]
    baseline: list[dict] = [{} for _ in tokens]
    for fold in range(folds):
        stories = training_stories(tokens, fold, folds, share)
        train = [row for row in tokens if row["id"] in stories]
        test = [i for i, row in enumerate(tokens) if fold_of(row["id"], folds) == fold]
        vectorizer = DictVectorizer()
        x_train = vectorizer.fit_transform(encoded(row, vectors) for row in train)
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(x_train, [row["label"] for row in train])
        x_test = vectorizer.transform(encoded(tokens[i], vectors) for i in test)
        for i, probabilities in zip(test, model.predict_proba(x_test), strict=True):
            tagger[i] = dict(zip(model.classes_, probabilities, strict=True))
        by_lemma: dict[str, Counter[str]] = defaultdict(Counter)
        for row in train:
            by_lemma[row["features"][0]][row["label"]] += 1
        for i in test:
            counts = by_lemma.get(tokens[i]["features"][0], Counter())
            total = sum(counts.values()) or 1
            baseline[i] = {label: count / total for label, count in counts.items()}
    return tagger, baseline


def without_coder(tokens: list[dict]) -> list[dict]:
    """The tokens without the features of our coder's events: the tagger alone."""
    return [
        row | {"features": [f for f in row["features"] if not f.startswith(CODER_FEATURES)]}
        for row in tokens
    ]


def predicted(probabilities: dict) -> tuple[str, float]:
    """The most probable event type and its probability (none is never predicted)."""
    types = [(p, t) for t, p in probabilities.items() if t != NONE]
    return (max(types)[1], max(types)[0]) if types else (NONE, 0.0)


def tally(tokens: list[dict], golds: list[dict], scores: list[dict], threshold: float) -> dict:
    """Per type (and "all"): gold events, found by our coder, by the tagger, by the tagger
    alone; the tagger's predictions on tokens our coder left alone and how many are right."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    coder = {(g["id"], g["event"]) for g in golds if g["coder_found"]}
    tagged: set[tuple[str, int]] = set()
    for row, probabilities in zip(tokens, scores, strict=True):
        kind, p = predicted(probabilities)
        if p < threshold:
            continue
        if row["label"] == kind:
            tagged.add((row["id"], row["event"]))
        if row["ours"] is None:
            right = row["label"] == kind and row["asserted"]
            new = right and (row["id"], row["event"]) not in coder
            for key in (kind, "all"):
                counts[key]["predicted"] += 1
                counts[key]["right"] += right
                counts[key]["type_right"] += row["label"] == kind
                counts[key]["new_right"] += new
    for g in golds:
        key = (g["id"], g["event"])
        for name in (g["type"], "all"):
            counts[name]["gold"] += 1
            counts[name]["mentions"] += g["mentions"]
            counts[name]["coder"] += key in coder
            counts[name]["tagger"] += key in tagged
            counts[name]["tagger_only"] += key in tagged and key not in coder
    return counts


def ranked(tokens: list[dict], scores: list[dict]) -> str:
    """Right (asserted, type right) among the k most probable predictions on tokens our
    coder left alone, for each k of `RANKS`, with the k-th probability."""
    alone = sorted(
        (
            (predicted(p)[1], row["label"] == predicted(p)[0] and row["asserted"])
            for row, p in zip(tokens, scores, strict=True)
            if row["ours"] is None
        ),
        key=lambda item: -item[0],
    )
    return "; ".join(
        f"top {k}: {sum(right for _, right in alone[:k])} (p >= {alone[k - 1][0]:.2f})"
        for k in RANKS
        if k <= len(alone)
    )


def rate(right: int, total: int) -> str:
    return f"{right / total:.3f}" if total else "-"


def read_features(path: Path) -> tuple[list[dict], list[dict]]:
    """The token rows and the gold event rows of a features file."""
    rows = list(jsonl(path))
    return [r for r in rows if r["kind"] == "token"], [r for r in rows if r["kind"] == "gold"]


def cross_validate(path: Path, folds: int, c: float, vectors: bool) -> None:
    tokens, golds = read_features(path)
    rows = tokens + golds
    labelled = [row for row in tokens if row["label"] != NONE]
    print(
        f"{len({r['id'] for r in rows})} stories, {len(golds)} gold events, "
        f"{sum(g['mentions'] for g in golds)} mentions; {len(tokens)} candidate tokens "
        f"({', '.join(sorted(CANDIDATE_POS))}), {len(labelled)} labelled; gold events with a "
        f"labelled candidate token: {len({(r['id'], r['event']) for r in labelled})}; "
        f"{folds} folds by story, C={c}"
    )
    tagger, baseline = out_of_fold(tokens, folds, c)
    alone, _ = out_of_fold(without_coder(tokens), folds, c)
    runs = (("tagger", tagger), ("tagger without our coder's features", alone))
    runs += (("lemma baseline", baseline),)
    if vectors:
        with_vectors, _ = out_of_fold(without_coder(tokens), folds, c, vectors=True)
        runs += (("tagger without our coder's features, with context vectors", with_vectors),)
    header = (
        "found / not by our coder; on tokens our coder left alone: predicted, right "
        "(asserted), type right (any modality), new events, P"
    )
    for name, scores in runs:
        print(f"\n{name}, all types, by threshold: {header}")
        for threshold in THRESHOLDS:
            a = tally(tokens, golds, scores, threshold)["all"]
            print(
                f"  {threshold:.1f}: {a['tagger']} / {a['tagger_only']}; {a['predicted']}, "
                f"{a['right']}, {a['type_right']}, {a['new_right']}, "
                f"{rate(a['right'], a['predicted'])}"
            )
        print(f"  tokens left alone, most probable first: {ranked(tokens, scores)}")
    for threshold in PER_TYPE_THRESHOLDS:
        print(
            f"\nper type at {threshold}: gold events (mentions), coder found; then the tagger "
            "without our coder's features | the baseline: "
            "found, found and not by our coder, left alone predicted/right, P"
        )
        if vectors:
            print("  (a third group: the tagger without our coder's features, with vectors)")
        tallies = [tally(tokens, golds, scores, threshold) for _, scores in runs[1:]]
        for kind in sorted(set().union(*tallies), key=lambda k: (k == "all", k)):
            t = tallies[0][kind]
            print(
                f"  {kind:<10} {t['gold']:>4} ({t['mentions']:>4}) {t['coder']:>4}"
                + "".join(
                    f" | {u[kind]['tagger']:>4} {u[kind]['tagger_only']:>4} "
                    f"{u[kind]['predicted']:>4}/{u[kind]['right']:<4} "
                    f"{rate(u[kind]['right'], u[kind]['predicted']):>5}"
                    for u in tallies
                )
            )


def learning_curve(path: Path, folds: int, c: float, vectors: bool) -> None:
    """The tagger without our coder's features trained on a share of each fold's training
    stories: on the tokens our coder left alone, out of fold, the AUC of any gold root against
    none, the right among the most probable, and the counts at 0.5."""
    from sklearn.metrics import roc_auc_score

    tokens, golds = read_features(path)
    tokens = without_coder(tokens)
    stories = len({row["id"] for row in tokens})
    for share in CURVE_SHARES:
        scores, _ = out_of_fold(tokens, folds, c, share, vectors)
        alone = [(row, predicted(p)) for row, p in zip(tokens, scores, strict=True)]
        alone = [(row, kind, p) for row, (kind, p) in alone if row["ours"] is None]
        auc = roc_auc_score([row["label"] != NONE for row, _, _ in alone], [p for *_, p in alone])
        a = tally(tokens, golds, scores, 0.5)["all"]
        print(
            f"share {share:.2f} (about {round(stories * (folds - 1) / folds * share)} training "
            f"stories): AUC {auc:.3f}; {ranked(tokens, scores)}; at 0.5: found {a['tagger']} / "
            f"{a['tagger_only']}; {a['predicted']} predicted, {a['right']} right, "
            f"{a['new_right']} new, P {rate(a['right'], a['predicted'])}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    features = commands.add_parser("features", help="write one row per candidate token")
    features.add_argument("out", type=Path)
    features.add_argument(
        "--gold",
        type=Path,
        action="append",
        help="a whole-story gold file (repeat for several); default: VOA dev and dev_extra",
    )
    validate = commands.add_parser("cross-validate", help="out-of-fold counts by threshold")
    curve = commands.add_parser("curve", help="the tagger alone on shares of the training")
    for command in (validate, curve):
        command.add_argument("features", type=Path)
        command.add_argument("--folds", type=int, default=5)
        command.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
        command.add_argument(
            "--vectors", action="store_true", help="add the model's context vectors"
        )
    arguments = parser.parse_args()
    if arguments.command == "features":
        write_features(arguments.out, arguments.gold or list(VOA_GOLD))
    elif arguments.command == "curve":
        learning_curve(arguments.features, arguments.folds, arguments.c, arguments.vectors)
    else:
        cross_validate(arguments.features, arguments.folds, arguments.c, arguments.vectors)


if __name__ == "__main__":
    main()
