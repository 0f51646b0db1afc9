"""The per-article time budget: an analysis that runs past it stops with `AnalysisTimeout`.

A hostile or malformed article (a dump, a run-on parse) must not stall a batch. The budget is
in CPU seconds of the analyzing process, so that a busy machine does not fail articles that
would pass on an idle one. It is kept by a timer signal (SIGVTALRM), which interrupts any
loop, ours or spaCy's, at its next Python step; the analysis is then dropped whole, so no
half record is ever returned. Signals reach only the main thread: elsewhere (a caller's
thread) no timer is set and no limit holds.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_TIME_BUDGET = 60.0
"""CPU seconds for one article: a 100 KB article takes about 3.5 (docs/performance.md), and
news is far shorter."""


class AnalysisTimeout(Exception):
    """An article's analysis ran past its time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"stopped after {seconds:g} CPU seconds, the time budget for one article "
            "(raise it with --time-budget or time_budget=)"
        )
        self.seconds = seconds


def check_budget(seconds: float | None) -> None:
    """Refuse a budget that is not a positive number of seconds (None: no budget)."""
    if seconds is not None and not (isinstance(seconds, int | float) and seconds > 0):
        raise ValueError(f"time budget must be a positive number of seconds, not {seconds!r}")


def can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise AnalysisTimeout in the block once it has used `seconds` of CPU time (None: never).

    Code that cannot pass an exception on (a C extension's callback) may swallow the one the
    timer raises, so the block also fails on leaving it once the timer has fired. Whatever
    timer and handler were set before are put back afterwards."""
    if seconds is None or not can_time():
        yield
        return
    expired = False

    def expire(signum: int, frame: object) -> None:
        nonlocal expired
        expired = True
        raise AnalysisTimeout(seconds)

    previous_handler = signal.signal(signal.SIGVTALRM, expire)
    previous_timer = signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous_handler)
        if previous_timer[0] > 0:
            signal.setitimer(signal.ITIMER_VIRTUAL, *previous_timer)
    if expired:
        raise AnalysisTimeout(seconds)
