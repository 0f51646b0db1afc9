"""Time expressions: every temporal phrase with its TIMEX3 type and value.

Our own rules, because spaCy's DATE/TIME spans have loose boundaries and no values, and
dateparser fills a missing day from the base date and returns points, not granularities
("January 2020" is a month, not 2020-01-13). One grammar (`grammar`), built from the words
in `codebooks/time_words.tsv`, is tried wherever an anchor word is near; the rule that
matches hands its groups to its reader (`calendar_dates`, `relative`, `durations`), which
returns a value (`points`). Deictic words ("Friday", "last week") are read against the
publication date, with the tense of the governing verb (`syntax`) choosing between the
previous and the next Friday (`nearest`); anaphoric ones ("a year later") against the latest
date of fine enough granularity before them (`scan`). With no publication date a deictic
expression stays unresolved, with the reason, rather than being guessed from the clock.
"""

from eventwire.annotate.times.stage import find_times

__all__ = ["find_times"]
