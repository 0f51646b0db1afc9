"""`eventwire eval stories`: article clustering and cross-document event coreference (ECB+).

Documents: all articles of a split pooled, no topic given, clustered as `eventwire.stories`
clusters stored articles (ECB+ has no dates, so the time window never applies), scored with
B-cubed and pairwise P/R/F1 against the gold `story`. Mentions: the gold event mentions of
validated sentences given, each gets a chain, scored with MUC, B-cubed, CEAF-e and CoNLL F1,
singletons included. A mention that overlaps the trigger of one of our events takes its
story event; every mention takes the word chain of its predicted story (for an article our
clustering left alone, the story of its block it is most like) and the act its last content
word names (and its speaker, where it is the cue of one of our quotes of speech, a role word
taken to the one name the story gives it); a story event and a word chain that share a
mention are one chain. Printed beside: the word chains without story events, and the
README's head-word baseline (same predicted story, same head word).
With `--gold-stories` the mentions are chained within the gold stories instead of ours, so a
change to the chains is measured apart from the clustering.

Split by topic (docs/stories.md): ECB+'s own validation topics are the held-out test split.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.evaluate import GoldFileError, read_gold
from eventwire.evaluate.coreference_scores import b_cubed, conll, pairwise
from eventwire.records import ActorRef, Article
from eventwire.stories import coreference
from eventwire.stories.build import member_of
from eventwire.stories.clustering import Member, cluster, reading_order, stories_of
from eventwire.stories.coreference import StoredArticle, act_word, story_events
from eventwire.stories.pairs import pair_score, terms_of

TEST_TOPICS = frozenset({"2", "5", "12", "18", "21", "23", "34", "35"})
"""ECB+'s validation topics: held out for the test figures; tune on the others only."""
ARTICLE_FIELDS = {"id": str, "topic": str, "story": str, "text": str, "mentions": list}
MENTION_FIELDS = {"start": int, "end": int, "chain": str}
PUNCTUATION = "\"'`“”‘’.,;:!?()[]-–—"
PARTICLES = frozenset({"out", "off", "away", "over", "down", "up", "back"})
"""Particles that make a verb name another act ("check out", "break out", "pass away")."""
POSSESSIVES = ("'s", "’s", "'", "’")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument(
        "--predictions", help="write one JSON line per document: id, story, mentions with chains"
    )
    parser.add_argument(
        "--gold-stories",
        action="store_true",
        help="chain mentions within the gold stories instead of ours (documents score 1.0), "
        "to measure mention chains apart from clustering",
    )


def checked(records: Iterator[dict[str, Any]], path: str) -> list[dict[str, Any]]:
    """The gold articles, or a clear error naming the record and the missing field."""
    articles = []
    for number, record in enumerate(records, start=1):
        for name, kind in ARTICLE_FIELDS.items():
            if not isinstance(record.get(name), kind):
                raise GoldFileError(f"{path}: record {number}: no {name} ({kind.__name__})")
        for mention in record["mentions"]:
            for name, kind in MENTION_FIELDS.items():
                if not isinstance(mention.get(name), kind):
                    raise GoldFileError(
                        f"{path}: record {number} ({record['id']}): a mention has no {name}"
                    )
        articles.append(record)
    return articles


def analyses_of(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from eventwire.pipeline import analyze_many

    articles = (
        Article(r["id"], r.get("title"), None, None, None, "en", r["text"]) for r in records
    )
    return [
        {**analysis.to_dict(), "sentences": [(s.start, s.end) for s in analysis.sentences]}
        for analysis in analyze_many(articles)
    ]


def predict(
    analyses: list[dict[str, Any]], given: dict[str, str] | None = None
) -> tuple[dict[str, str], dict[str, dict]]:
    """Our story per article id (or the `given` one), and per article the story event of
    each of its event ids."""
    members = [member_of(analysis) for analysis in analyses]
    if given is None:
        stories = cluster(members)
    else:
        stories = {}
        for member in members:
            stories.setdefault(given[member.article_id], []).append(member)
    by_id = {analysis["article"]["id"]: analysis for analysis in analyses}
    story_of: dict[str, str] = {}
    chains: dict[str, dict[str, str]] = {}
    for story, members in stories.items():
        stored = []
        for member in members:
            analysis = by_id[member.article_id]
            story_of[member.article_id] = story
            stored.append(
                StoredArticle(
                    analysis["article"],
                    analysis["events"],
                    analysis["quantities"],
                    analysis["sentences"],
                )
            )
        for event, group in story_events(story, stored):
            for told in group:
                article_id = told.article.article["id"]
                chains.setdefault(article_id, {})[told.event["id"]] = event.id
    return story_of, chains


def chain_scopes(members: list[Member]) -> dict[str, str]:
    """Per article id, the story of ours whose mentions its mentions are chained with: its
    own, or, for an article our clustering left alone, the story of its block (the articles
    linked to it) that `nearest_stories` finds. Clustering keeps a story only where its
    articles agree as a whole; a lone article of a block mostly tells one of the block's
    stories, and an act its words share with that story is that story's act."""
    blocks: dict[str, list[tuple[str, list[Member]]]] = {}
    for block, story, group in stories_of(sorted(members, key=reading_order)):
        blocks.setdefault(block, []).append((story, group))
    scope: dict[str, str] = {}
    for stories in blocks.values():
        scope.update(nearest_stories(stories))
    return scope


def nearest_stories(stories: list[tuple[str, list[Member]]]) -> dict[str, str]:
    """Per article of one block's stories (given earliest first), its story, or for a story
    of one article the story of several it is most like by the mean of the clustering's pair
    scores (ties to the earliest); its own where the block has none."""
    several = [(story, group) for story, group in stories if len(group) > 1]
    scope = {}
    for story, group in stories:
        nearest = story
        if len(group) == 1 and several:
            nearest = max(several, key=lambda other: mean_score(group[0], other[1]))[0]
        scope.update(dict.fromkeys((member.article_id for member in group), nearest))
    return scope


def mean_score(member: Member, group: list[Member]) -> float:
    terms = terms_of(member.features)
    return sum(pair_score(terms, terms_of(other.features)) for other in group) / len(group)


def head_word(text: str) -> str:
    return text.lower().split()[-1] if text.split() else text


def content_word(text: str) -> str:
    """A mention's last word that is not a function word ("checked into" is "checked"),
    without quotes or punctuation, and with the particle that follows it where that makes
    another act ("checked out" is not "checked", "broke out" not "broke"), and without
    hyphens, which outlets put in a compound or leave out ("play-off", "playoff")."""
    words = [
        word
        for word in (w.strip(PUNCTUATION).replace("-", "") for w in text.lower().split())
        if word
    ]
    content = [n for n, word in enumerate(words) if word not in STOP_WORDS]
    if not content:
        return words[-1] if words else ""
    last = content[-1]
    following = words[last + 1] if last + 1 < len(words) else None
    if following in PARTICLES:
        return f"{words[last]} {following}"
    if words[last] in PARTICLES and last > 0:
        return f"{words[last - 1]} {words[last]}"
    return words[last]


def mention_chains(
    record: dict[str, Any],
    analysis: dict[str, Any],
    story: str,
    chains: dict[str, str],
    scope: str | None = None,
    aliases: dict[str, str] | None = None,
) -> list[tuple[str | None, str, str]]:
    """Each validated gold mention as (the story event of the event whose trigger it
    overlaps, or None; its word chain: same `scope` (the story, unless `chain_scopes` gives
    another), same `act_word` of its `content_word`, and the same speaker for a verb of
    saying (a role word taken to the name it stands for in `aliases`); the baseline's chain:
    same story, same head word)."""
    found = []
    for mention in record["mentions"]:
        if not mention.get("validated"):
            continue
        head = head_word(mention.get("text") or "")
        story_event = None
        for event in analysis["events"]:
            trigger = event["trigger"]
            if trigger["start"] < mention["end"] and mention["start"] < trigger["end"]:
                story_event = chains.get(event["id"])
                break
        word = f"{scope or story}:{act_word(content_word(mention.get('text') or ''))}"
        speaker = speaker_of(analysis, mention)
        if speaker is not None:
            word = f"{word}@{(aliases or {}).get(speaker, speaker)}"
        found.append((story_event, word, f"{story}:{head}"))
    return found


def speaker_of(analysis: dict[str, Any], mention: dict[str, Any]) -> str | None:
    """Who speaks where a mention is the cue of one of our quotes of speech ("said",
    "told"): the head word of the speaker's name or words, as story coreference compares
    uncoded actors ("Coroner Gary Hargrove" and "Gary Hargrove" are "hargrove", "police in
    Palermo" and "Italian police" "police"), "" when the quote names no one, else None: a
    saying is told apart by its speaker, not by its verb, which every speaker shares. A cue
    of another class (a finding, a belief, an intention, a stance: "found", "decided",
    "accused") names an act of its own, which outlets credit to different holders."""
    for quote in analysis.get("quotes") or []:
        cue = quote.get("cue")
        if cue and cue["start"] < mention["end"] and mention["start"] < cue["end"]:
            if quote.get("cue_class") != "speech":
                return None
            speaker = quote.get("speaker") or {}
            return speaker_head(speaker.get("name") or speaker.get("text") or "")
    return None


def speaker_head(said_by: str) -> str:
    if not said_by:
        return ""
    return coreference.head_word(ActorRef(said_by, 0, len(said_by), None)).name


def speaker_aliases(analyses: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Role word -> the head of the one name it stands for among these articles' speakers
    (one story's): outlets credit one saying to "her rep", "her publicist" or "Jack
    Ketsoyan", and the story's own words tie them ("the actress's rep Jack Ketsoyan"). A
    role given to two names stands for neither."""
    found: dict[str, set[str]] = {}
    for analysis in analyses:
        for quote in analysis.get("quotes") or []:
            if quote.get("cue_class") == "speech":
                for role, name in roles_named(quote.get("speaker") or {}):
                    found.setdefault(role, set()).add(name)
    return {role: names.pop() for role, names in found.items() if len(names) == 1}


def roles_named(speaker: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The role words of a named speaker, each with the head word of the name: the head of
    the words where it is another ("her publicist", which our quotes named "Jack
    Ketsoyan"), and the lower-case words before the name ("rep" in "the actress's rep Jack
    Ketsoyan", not "actress's": a possessor is someone else)."""
    name, words = speaker.get("name"), speaker.get("text")
    if not (name and words and any(letter.isupper() for letter in name)):
        return
    named = speaker_head(name)
    roles = {speaker_head(words)} | {
        word.lower().strip(".,")
        for word in words.split()
        if word[:1].islower()
        and word.lower().strip(".,") not in STOP_WORDS
        and not word.endswith(POSSESSIVES)
    }
    for role in sorted(roles - {named}):
        yield role, named


def joined(links: list[tuple[str | None, str]]) -> list[str]:
    """Our chain of each mention: story events and word chains are one chain wherever a
    mention belongs to both (a story event gathers its mentions' words; a word gathers the
    mentions we code no event for). Each chain is named by its smallest label."""
    parent: dict[str, str] = {}

    def root(label: str) -> str:
        while parent.setdefault(label, label) != label:
            label = parent[label]
        return label

    for story_event, word in links:
        if story_event is not None:
            first, second = sorted((root(story_event), root(word)))
            parent[second] = first
    return [root(word if story_event is None else story_event) for story_event, word in links]


def score_split(
    name: str,
    records: list[dict[str, Any]],
    analyses: list[dict[str, Any]],
    out,
    gold_stories_given: bool = False,
) -> list[str]:
    gold_stories = {r["id"]: r["story"] for r in records}
    story_of, chains = predict(analyses, gold_stories if gold_stories_given else None)
    scopes = story_of if gold_stories_given else chain_scopes(list(map(member_of, analyses)))
    by_id = {analysis["article"]["id"]: analysis for analysis in analyses}
    in_scope: dict[str, list[dict[str, Any]]] = {}
    for analysis in analyses:
        in_scope.setdefault(scopes[analysis["article"]["id"]], []).append(analysis)
    aliases = {scope: speaker_aliases(group) for scope, group in in_scope.items()}
    keys, gold, links, baseline = [], [], [], []
    for record in records:
        analysis, story, scope = by_id[record["id"]], story_of[record["id"]], scopes[record["id"]]
        found = mention_chains(
            record, analysis, story, chains.get(record["id"], {}), scope, aliases[scope]
        )
        validated = [m for m in record["mentions"] if m.get("validated")]
        for mention, (story_event, word, head) in zip(validated, found, strict=True):
            keys.append((record["id"], mention["start"], mention["end"]))
            gold.append(mention["chain"])
            links.append((story_event, word))
            baseline.append(head)
    ours = joined(links)
    if out is not None:
        mentions: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in records}
        for (article, start, end), chain in zip(keys, ours, strict=True):
            mentions[article].append({"start": start, "end": end, "chain": chain})
        for record in records:
            line = {"id": record["id"], "story": story_of[record["id"]]}
            out.write(json.dumps({**line, "mentions": mentions[record["id"]]}) + "\n")
    coded = sum(story_event is not None for story_event, _ in links)
    lines = [
        f"{name}: {len(records)} articles, {len(set(gold_stories.values()))} gold stories, "
        f"{len(set(story_of.values()))} ours; {len(keys)} validated mentions, "
        f"{coded} in events we code"
    ]
    for label, scores in (
        ("B3", b_cubed(gold_stories, story_of)),
        ("pairwise", pairwise(gold_stories, story_of)),
    ):
        lines.append(
            f"  documents {label:<9} P {scores[0]:.3f}  R {scores[1]:.3f}  F1 {scores[2]:.3f}"
        )
    gold_chains = dict(zip(keys, gold, strict=True))
    for label, predicted in (
        ("ours", ours),
        ("without story events", [word for _, word in links]),
        ("head-word baseline", baseline),
    ):
        found = conll(gold_chains, dict(zip(keys, predicted, strict=True)))
        lines.append(
            f"  mentions {label:<20} "
            + "  ".join(f"{metric} {f1:.3f}" for metric, (_, _, f1) in found.items())
        )
    return lines


def run(args: argparse.Namespace) -> int:
    records = checked(read_gold(args.gold), args.gold)[: args.limit]
    analyses = analyses_of(records)
    with ExitStack() as stack:
        out = (
            stack.enter_context(open(args.predictions, "w", encoding="utf-8"))
            if args.predictions
            else None
        )
        for name, test in (("dev", False), ("test", True)):
            chosen = [i for i, r in enumerate(records) if (r["topic"] in TEST_TOPICS) == test]
            if not chosen:
                continue
            lines = score_split(
                f"{name} ({'ECB+ validation' if test else 'ECB+ train'} topics)",
                [records[i] for i in chosen],
                [analyses[i] for i in chosen],
                out,
                args.gold_stories,
            )
            print("\n".join(lines))
    return 0
