"""Words of events, read by story coreference: irregular verb forms ("shot", "struck") and
the words that name one act ("killed", "murdered")."""

from __future__ import annotations

from functools import lru_cache

from eventwire.codebooks import loads, read_table


@loads("verb_forms.tsv")
@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, str]:
    """Irregular past form or participle -> its verb."""
    return {row["form"]: row["verb"] for row in read_table("verb_forms.tsv")}


@loads("act_words.tsv")
@lru_cache(maxsize=1)
def act_words() -> dict[str, str]:
    """Word -> the act it names, for words that name one act in news ("quake", "tremor")."""
    return {row["word"]: row["act"] for row in read_table("act_words.tsv")}
