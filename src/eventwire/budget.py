"""The per-article budgets: an analysis that runs past its time stops with `AnalysisTimeout`;
one that needs more memory than its budget fails with MemoryError.

A hostile or malformed article (a dump, a run-on parse) must not stall a batch. The budget is
in CPU seconds of the analyzing process, so that a busy machine does not fail articles that
would pass on an idle one. It is kept by a timer signal (SIGVTALRM), which interrupts any
loop, ours or spaCy's, at its next Python step; the analysis is then dropped whole, so no
half record is ever returned. Signals reach only the main thread: elsewhere (a caller's
thread) no timer is set and no limit holds.

The memory budget caps how far a process's address space may grow (`RLIMIT_AS`), so that
an allocation past it fails with MemoryError where the kernel would otherwise kill the
process once the machine runs out. The cap is the whole process's, so worker processes keep
it (`eventwire.workers`), for one batch at a time.
"""

from __future__ import annotations

import os
import resource
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

    def __reduce__(self) -> tuple[type, tuple[float]]:
        return type(self), (self.seconds,)


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


class MemoryBudgetSpent(MemoryError):
    """An analysis needed more memory than its budget."""

    def __init__(self, budget: int) -> None:
        super().__init__(
            f"it needs more than {budget / 2**20:,.0f} MB of memory beyond the loaded model, "
            "the memory budget (raise it with --memory-budget or memory_budget=)"
        )
        self.budget = budget

    def __reduce__(self) -> tuple[type, tuple[int]]:
        return type(self), (self.budget,)


def check_memory_budget(budget: int | None) -> None:
    """Refuse a budget that is not a whole number of bytes above 0 (None: no budget), and any
    budget where this system cannot tell a process's address space."""
    if budget is None:
        return
    if not isinstance(budget, int) or isinstance(budget, bool) or budget < 1:
        raise ValueError(
            f"memory budget must be a whole number of bytes, 1 or more, not {budget!r}"
        )
    if address_space() is None:
        raise ValueError("a memory budget needs /proc/self/statm (Linux) to measure memory")


def address_space() -> int | None:
    """Bytes of address space this process holds, the figure `RLIMIT_AS` caps (None where
    /proc is missing)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return None


@contextmanager
def memory_limit(budget: int | None) -> Iterator[None]:
    """Let the block grow this process's address space by at most `budget` bytes (None: no
    limit); an allocation past it raises MemoryError. The cap is the whole process's
    (`RLIMIT_AS`), so worker processes use it, one batch at a time; the limit before is put
    back afterwards."""
    if budget is None:
        yield
        return
    previous = resource.getrlimit(resource.RLIMIT_AS)
    cap = address_space() + budget
    if previous[0] != resource.RLIM_INFINITY:
        cap = min(cap, previous[0])  # a limit the user set stays in force
    resource.setrlimit(resource.RLIMIT_AS, (cap, previous[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, previous)
