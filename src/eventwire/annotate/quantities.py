"""Amounts with their hedges: counts, money and percentages, as values or bounds.

"at least 109 servicemen" is no count of 109: it is a lower bound. Each quantity keeps the
value the text states exactly (`value`), else the bounds its hedge or vague word sets
(`low`, `high`, inclusive), the `hedge` as written, a `unit` (ISO 4217 code for money,
"percent", or the measure's unit) and the counted noun `of`. The words come from
`codebooks.quantities` (quantity_words.tsv, quantity_hedges.tsv, currencies.tsv).

Dates, times, ordinals and numbers that are names ("Flight 370", "Article 5") are not
quantities: the numbers inside the times stage's spans or spaCy's DATE/TIME/ORDINAL/LAW
entities are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.annotate.parse_views import entities_of, lower_words, span_at, tokens_of
from eventwire.codebooks.quantities import Vocabulary, vocabulary
from eventwire.records import Analysis, Quantity, Span

NOT_QUANTITY_ENTITIES = {"TIME", "ORDINAL", "LAW", "PRODUCT", "WORK_OF_ART", "FAC"}
DATE_ENTITY = "DATE"
"""spaCy's DATE also takes counts ("Between 10 and 20 drones"): a number in one is kept only
when it counts a noun outside it; the times stage's own spans are never quantities."""
DIGITS = re.compile(r"^(\d[\d,]*(?:\.\d+)?|\.\d+)([a-zA-Z]{1,3})?$")
MAX_PHRASE_WORDS = 4
SIGNIFICANT_DIGITS = 12
"""65.4 billion is 65400000000, not the float product 65400000000.00001."""
NOUN_MODIFIERS = {"ADJ", "NOUN", "PROPN", "NUM"}
"""Words that may stand between a number and its noun ("two US bases", "100 American troops")."""


@dataclass
class Amount:
    start: int  # token indices [start, end)
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    counted: bool  # a count of things, not money or a measure


def find_quantities(parse: Doc, analysis: Analysis) -> list[Quantity]:
    text = analysis.article.text
    blocked = blocked_tokens(parse, analysis)
    in_dates = {t.i for ent in entities_of(parse) if ent.label_ == DATE_ENTITY for t in ent}
    words = vocabulary()
    tokens = tokens_of(parse)
    found: list[Quantity] = []
    index = 0
    while index < len(tokens):
        if index in blocked:
            index += 1
            continue
        if not may_start_amount(tokens[index], words):
            index += 1
            continue
        zero = zero_count(parse, tokens[index], text, words)
        if zero is not None:
            found.append(zero)
            index += 1
            continue
        amount = amount_at(parse, index, words, blocked)
        if amount is None:
            index += 1
            continue
        quantity = to_quantity(parse, text, amount, words, in_dates)
        if quantity is not None:
            found.append(quantity)
        index = amount.end
    return found


def blocked_tokens(parse: Doc, analysis: Analysis) -> set[int]:
    """Tokens of dates, times, ordinals and names: never part of a quantity."""
    blocked = {
        t.i for ent in entities_of(parse) if ent.label_ in NOT_QUANTITY_ENTITIES for t in ent
    }
    for time in analysis.times:
        span = span_at(parse, time.start, time.end)
        if span is not None:
            blocked.update(t.i for t in span)
    return blocked


def phrase_at(parse: Doc, index: int, table: dict) -> tuple[str, int] | None:
    """The longest phrase of `table` starting at token `index`: (phrase, index after it)."""
    lowers = lower_words(parse)
    if index >= len(lowers) or lowers[index] not in vocabulary().first_words:
        return None
    for length in range(MAX_PHRASE_WORDS, 0, -1):
        end = index + length
        if end > len(lowers):
            continue
        phrase = " ".join(lowers[index:end])
        if phrase in table:
            return phrase, end
    return None


def may_start_amount(token: Token, words: Vocabulary) -> bool:
    return (
        token.lower_ in words.first_words
        or token.lower_ == "no"
        or token.text in words.currencies
        or DIGITS.match(token.text) is not None
    )


def amount_at(parse: Doc, index: int, words: Vocabulary, blocked: set[int]) -> Amount | None:
    """A number, money amount, percentage or vague amount starting at token `index`."""
    unit = None
    start = index
    currency = words.currencies.get(parse[index].text)
    if currency is not None and index + 1 < len(parse) and not parse[index].is_alpha:
        unit, index = currency, index + 1
    vague = phrase_at(parse, index, words.vague)
    if vague is not None and unit is None:
        low, high = words.vague[vague[0]]
        return Amount(start, vague[1], None, low, high, None, counted=True)
    number = number_at(parse, index, words)
    if number is None:
        return None
    value, end = number
    if any(i in blocked for i in range(index, end)):
        return None
    if compound_adjective(parse, end, words):
        return None  # 'two-thirds', 'three-day', 'a 10-mile convoy': not a count
    high_value = None
    if end + 1 < len(parse) and parse[end].lower_ in words.range_words:
        second_start = end + 1
        if unit is not None and words.currencies.get(parse[second_start].text) == unit:
            second_start += 1  # '$35,000 to $60,000'
        second = number_at(parse, second_start, words)
        if second is not None and second[0] > value:
            high_value, end = second
    if unit is None:
        unit_phrase = phrase_at(parse, end, words.units) or phrase_at(parse, end, words.currencies)
        if unit_phrase is not None:
            unit = words.units.get(unit_phrase[0]) or words.currencies[unit_phrase[0]]
            end = unit_phrase[1]
    if high_value is not None:
        return Amount(start, end, None, value, high_value, unit, counted=unit is None)
    return Amount(start, end, value, value, value, unit, counted=unit is None)


def compound_adjective(parse: Doc, end: int, words: Vocabulary) -> bool:
    hyphen = end + 1 < len(parse) and parse[end].text == "-" and parse[end + 1].is_alpha
    return hyphen and phrase_at(parse, end + 1, words.numbers) is None


def number_at(parse: Doc, index: int, words: Vocabulary) -> tuple[float, int] | None:
    """A written number at `index`: '1,200', '3.5 million', '40bn', 'twenty-five', 'a dozen'."""
    named = phrase_at(parse, index, words.numbers)
    token = parse[index] if index < len(parse) else None
    if named is not None and token.pos_ == "PROPN":
        return None  # 'Zero Hedge', 'Seven Seas': a name
    if named is not None:
        value, end = words.numbers[named[0]], named[1]
        if end + 1 < len(parse) and parse[end].text in ("-", "–") and value >= 20:
            unit_word = phrase_at(parse, end + 1, words.numbers)
            if unit_word is not None and words.numbers[unit_word[0]] < 10:
                value, end = value + words.numbers[unit_word[0]], unit_word[1]
    elif token is not None and (match := DIGITS.match(token.text)):
        value, end = float(match.group(1).replace(",", "")), index + 1
        suffix = (match.group(2) or "").lower()
        if suffix:
            if suffix not in words.multipliers:
                return None
            value *= words.multipliers[suffix]
    elif token is not None and token.lower_ == "a" and index + 1 < len(parse):
        multiplier = words.multipliers.get(parse[index + 1].lower_)
        if multiplier is None or not parse[index + 1].is_alpha:
            return None
        return multiplier, index + 2
    else:
        return None
    while end < len(parse) and parse[end].is_alpha and parse[end].lower_ in words.multipliers:
        if len(parse[end].text) < 3 and parse[end].whitespace_ == "" and end == index:
            break
        value *= words.multipliers[parse[end].lower_]
        end += 1
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}"), end


def to_quantity(
    parse: Doc, text: str, amount: Amount, words: Vocabulary, in_dates: set[int]
) -> Quantity | None:
    first = parse[amount.start]
    if first.lower_ == "one" and amount.end - amount.start == 1 and not modifies_noun(first):
        return None  # "one of the issues", "no one"
    noun = counted_noun(parse, amount) if amount.counted else None
    if amount.counted and noun is None and is_name_number(parse, amount):
        return None
    dated = any(i in in_dates for i in range(amount.start, amount.end))
    if dated and (noun is None or noun.i in in_dates):
        return None
    hedge = hedge_before(parse, amount.start, words)
    start_token = hedge[1] if hedge else amount.start
    value, low, high = amount.value, amount.low, amount.high
    if hedge is not None:
        value, low, high = bounds(hedge[2], amount, integral=amount.counted)
    end_token = noun.i + 1 if noun is not None else amount.end
    start = parse[start_token].idx
    end = parse[end_token - 1].idx + len(parse[end_token - 1])
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        value=whole(value),
        low=whole(low),
        high=whole(high),
        unit=amount.unit,
        of=Span.of(text, noun.idx, noun.idx + len(noun)) if noun is not None else None,
        hedge=text[parse[hedge[1]].idx : first.idx].strip() if hedge else None,
    )


def zero_count(parse: Doc, token: Token, text: str, words: Vocabulary) -> Quantity | None:
    """'no deaths', 'no serious injuries': a count of zero of a countable noun."""
    noun = token.head
    if token.lower_ != "no" or token.dep_ != "det" or noun.lower_ not in words.zero_nouns:
        return None
    if not 0 < noun.i - token.i <= 3:
        return None
    end = noun.idx + len(noun)
    return Quantity(
        text=text[token.idx : end],
        start=token.idx,
        end=end,
        value=0,
        low=0,
        high=0,
        unit=None,
        of=Span.of(text, noun.idx, end),
    )


def bounds(
    bound: str, amount: Amount, integral: bool
) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) under a hedge; strict bounds on counts move by one."""
    figure = amount.value if amount.value is not None else amount.low
    step = 1 if integral and figure is not None and figure == int(figure) else 0
    if figure is None:
        return amount.value, amount.low, amount.high
    if bound == "at_least":
        return None, figure, None
    if bound == "more_than":
        return None, figure + step, None
    if bound == "at_most":
        return None, None, amount.high if amount.high is not None else figure
    if bound == "less_than":
        return None, None, figure - step
    if bound == "approximately":
        return figure, None, None
    return amount.value, amount.low, amount.high


def hedge_before(parse: Doc, index: int, words: Vocabulary) -> tuple[str, int, str] | None:
    """The hedge ending right before token `index`: (phrase, first token, bound)."""
    for length in range(MAX_PHRASE_WORDS, 0, -1):
        start = index - length
        if start < 0:
            continue
        phrase = " ".join(lower_words(parse)[start:index])
        if phrase in words.hedges:
            return phrase, start, words.hedges[phrase]
    return None


def counted_noun(parse: Doc, amount: Amount) -> Token | None:
    """The noun a count is of: its head ('two US bases') or the object of 'of' ('dozens of X')."""
    last = parse[amount.end - 1]
    if amount.end < len(parse) and parse[amount.end].lower_ == "of":
        objects = [c for c in parse[amount.end].children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return objects[0]
    head = last.head
    while (
        head.i < amount.end
        and head.dep_ in ("compound", "nummod", "quantmod")
        and head != head.head
    ):
        head = head.head
    if head.i < amount.end or head.pos_ not in ("NOUN", "PROPN") or head.i - amount.end > 3:
        return None
    between = parse[amount.end : head.i]
    if any(t.pos_ not in NOUN_MODIFIERS for t in between):
        return None
    return head


def modifies_noun(token: Token) -> bool:
    return token.dep_ == "nummod" and token.head.i > token.i


def is_name_number(parse: Doc, amount: Amount) -> bool:
    """'Flight 370', 'Article 5', 'G7': a number right after a capitalised word, no noun after."""
    if amount.start == 0:
        return False
    before = parse[amount.start - 1]
    return before.pos_ == "PROPN" or (before.is_title and before.pos_ == "NOUN")


def whole(number: float | None) -> float | None:
    """13 rather than 13.0 where the number is whole, so JSON reads as people write it."""
    if number is not None and number == int(number):
        return int(number)
    return number
