"""Irregular verb forms: what a suffix rule cannot undo ("shot", "struck", "fled")."""

from __future__ import annotations

from functools import lru_cache

from eventwire.codebooks import loads, read_table


@loads("verb_forms.tsv")
@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, str]:
    """Irregular past form or participle -> its verb."""
    return {row["form"]: row["verb"] for row in read_table("verb_forms.tsv")}
