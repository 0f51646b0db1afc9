"""Events: who did what to whom, coded in CAMEO and PLOVER, with modality and evidence.

The vocabulary lives in `codebooks/` (verbs.yaml, nouns.yaml, event_cues.yaml,
commitments.tsv); `stage.find_events` runs the steps over one parse, each a module sharing
one `context.EventContext`:

1. `triggers`: a verb or an event noun whose lemma has a frame that fits its dependents;
   no frame fits, no event (there is no fallback code);
2. `coding`: each trigger's code, source, target, modality and voice, through
   - `arguments`: the source and target phrases its dependents name, resolved to actors,
   - `implied`: targets only what the event is about names (a demand's addressee, the
     target of the act promised, a protest's aim),
   - `placement`: actors coded by where the event happens,
   - `voice`: who asserts it; a promise, threat or refusal the text reports, and "X said Y
     must", become asserted events of their own;
3. `dates` and `places`: each mention's date and place;
4. `merge`: mentions of one real event become one event listing every mention, by the
   token-free rules of `compare` (same action, compatible actors and dates); the body
   first, then `headline`: a headline joins the lead's event it restates.

`syntax` holds the questions about the parse that every step asks.
"""

from eventwire.annotate.events.stage import find_events

__all__ = ["find_events"]
