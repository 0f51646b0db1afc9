"""A deterministic corpus of news-like articles for benchmarks, written from our own templates.

Articles mix event sentences (clashes, talks, sanctions, statements, quotes, dates, places,
numbers) with background sentences that carry none, in proportions like wire copy.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

COUNTRIES = [
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Iran", "Iranian", "Tehran"),
    ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Turkey", "Turkish", "Ankara"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("India", "Indian", "New Delhi"),
    ("Japan", "Japanese", "Tokyo"),
    ("Mexico", "Mexican", "Mexico City"),
]
PEOPLE = ["Lena Morrow", "Tomas Varga", "Aisha Delane", "Piotr Halvik", "Mara Quinn", "Jon Estrada"]
TITLES = [
    "foreign minister",
    "defence minister",
    "army chief",
    "prime minister",
    "police spokesman",
]
EVENT_SENTENCES = [
    "{d1} forces shelled positions near {c2} on {day}, killing at least {n} people.",
    "{p}, the {d1} {title}, said on {day} that {c1} would not accept the proposal.",
    '"We will respond to any attack," {p} told reporters in {cap1}.',
    "{c1} and {c2} agreed to resume talks in {cap2} next week.",
    "The government of {c1} imposed sanctions on {n} {d2} companies last month.",
    "Police in {cap1} arrested {n} protesters who had gathered outside parliament.",
    "{c1} denied that it had supplied weapons to rebels in {c2}.",
    "{d1} officials warned they would strike if {d2} troops crossed the border.",
    "Hundreds of people marched through {cap2} on {day} to demand new elections.",
    "{c2} recalled its ambassador from {cap1} after the incident.",
    "The {d1} army said over a dozen drones were shot down overnight.",
    "{p} accused {c2} of violating the ceasefire three times since {month}.",
]
BACKGROUND_SENTENCES = [
    "The region has a long history of disputes over water and grazing land.",
    "Temperatures are expected to stay mild for the rest of the season.",
    "Analysts have long described the relationship as complicated.",
    "The city is known for its markets, its river and its old university.",
    "Trade between the two countries has grown steadily over the past decade.",
    "Local newspapers devoted several pages to the story.",
    "The museum reopened after a lengthy renovation of its main hall.",
    "Many residents rely on farming and small businesses for their income.",
    "The report runs to more than two hundred pages with many tables.",
    "Economists disagree about what the figures mean for ordinary households.",
    "The capital's airport handles several million passengers every year.",
    "Schools in the area follow a national curriculum set by the ministry.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def news_articles(count: int, seed: int = 7) -> Iterator[str]:
    """`count` articles of 300-1,000 words, headline on the first line; the same for a seed."""
    rng = random.Random(seed)
    for number in range(count):
        target_words = rng.randint(300, 1000)
        (c1, d1, cap1), (c2, d2, cap2) = rng.sample(COUNTRIES, 2)
        paragraphs: list[str] = []
        words = 0
        while words < target_words:
            sentences = []
            for _ in range(rng.randint(2, 4)):
                pool = EVENT_SENTENCES if rng.random() < 0.4 else BACKGROUND_SENTENCES
                sentence = rng.choice(pool).format(
                    c1=c1,
                    c2=c2,
                    d1=d1,
                    d2=d2,
                    cap1=cap1,
                    cap2=cap2,
                    p=rng.choice(PEOPLE),
                    title=rng.choice(TITLES),
                    day=rng.choice(DAYS),
                    month=rng.choice(MONTHS),
                    n=rng.randint(2, 300),
                )
                sentences.append(sentence)
                words += len(sentence.split())
            paragraphs.append(" ".join(sentences))
        headline = f"{c1} and {c2} Trade Accusations as Tensions Rise ({number})"
        yield headline + "\n\n" + "\n\n".join(paragraphs)
