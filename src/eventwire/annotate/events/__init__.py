"""Events: who did what to whom, coded in CAMEO and PLOVER, with modality and evidence."""

from eventwire.annotate.events.coder import find_events

__all__ = ["find_events"]
