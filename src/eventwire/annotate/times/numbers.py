"""Counts, years and durations written in digits or words: "twenty-five", "2 1/2",
"nineteen ninety-six", and the TIMEX3 durations they make (P2Y6M, PXY)."""

from __future__ import annotations

from functools import lru_cache

from eventwire.codebooks.times import time_words, word_value

NUMBER_KINDS = ("digit", "teen", "tens", "number")
"""The kinds of `time_words.tsv` that are counts."""


@lru_cache(maxsize=1)
def number_words() -> dict[str, str]:
    """Every count word -> its value ("X" when vague)."""
    return {word: value for kind in NUMBER_KINDS for word, value in time_words()[kind].items()}


def number_value(text: str | None) -> float | None:
    """A count from digits or words; None for vague counts ("several", "a few")."""
    if text is None:
        return None
    text = " ".join(text.casefold().replace("-", " ").split())
    if text.endswith(("1/2", "½")):
        whole = number_value(text.removesuffix("1/2").removesuffix("½") or "0")
        return None if whole is None else whole + 0.5
    try:
        return float(text)
    except ValueError:
        pass
    numbers = number_words()
    if text in numbers:
        value = numbers[text]
        return None if value == "X" else float(value)
    total = 0.0
    multipliers = time_words()["multiplier"]
    for word in text.split():
        if word in multipliers:
            total = (total or 1.0) * float(multipliers[word])
            continue
        if word == "and" and total:
            continue  # "three hundred and fifty"
        value = numbers.get(word)
        if value is None or value == "X":
            return None
        total += float(value)
    return total


def format_amount(amount: float) -> str:
    """2 rather than 2.0, 1.5 as written."""
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P2Y, PT4H, P20Y for two decades, PXY when the count is vague."""
    if unit in ("DE", "CE", "ML"):
        if amount is None:
            return {"DE": "PXE", "CE": "PXC", "ML": "PXL"}[unit]
        amount, unit = amount * {"DE": 10, "CE": 100, "ML": 1000}[unit], "Y"
    if unit == "WE":
        unit, amount = "D", (None if amount is None else amount * 2)
    if amount is not None and amount != int(amount) and unit in SMALLER_UNIT:
        whole, (smaller, per) = int(amount), SMALLER_UNIT[unit]
        rest = format_amount((amount - whole) * per)
        if whole == 0:
            return duration_value((amount - whole) * per, smaller)
        time = unit.startswith("T")
        return f"P{'T' if time else ''}{whole}{unit.lstrip('T')}{rest}{smaller.lstrip('T')}"
    time = unit.startswith("T")
    letter = unit[1:] if time else unit
    count = "X" if amount is None else format_amount(amount)
    return f"P{'T' if time else ''}{count}{letter}"


SMALLER_UNIT = {"Y": ("M", 12), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
"""Where a fraction of a unit goes: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S."""


def year_number(text: str) -> int:
    """A year from digits or words ("nineteen ninety-six", "two thousand and one")."""
    if text.isdigit():
        return int(text)
    words = text.casefold().replace("-", " ").split()
    for phrase, thousands in time_words()["year_thousands"].items():
        length = len(phrase.split())
        if words[:length] == phrase.split():
            rest = " ".join(w for w in words[length:] if w != "and") or "0"
            return int(thousands) + int(number_value(rest) or 0)
    century = int(word_value("year_hundreds", words[0]))
    rest = [w for w in words[1:] if w != "oh"]
    return century * 100 + int(number_value(" ".join(rest)) or 0)


def shift_value(text: str | None) -> int | None:
    """-1, 0 or +1 for "last", "this", "next" and their synonyms; None when there is none."""
    return None if text is None else int(word_value("shift", text))
