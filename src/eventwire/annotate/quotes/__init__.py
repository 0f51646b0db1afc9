"""Quotes and who said them: direct, indirect, mixed and headline attributions.

Passes over one parse, run by `stage.find_quotes`, each in its own module:

- `marks`: quote marks paired into quoted spans, paragraph by paragraph.
- `patterns`: transcripts ('RUIZ: ...'), reader comments ('"..." ― Ana Ruiz') and headlines
  ('..., Minister Says') name their speaker by pattern.
- `parse_cues`: speech cues (codebooks/speech_cues.tsv) read from the dependency parse: a cue
  verb and its subject, a cue noun and its owner ('his claim that ...'), a cue adjective ('is
  confident that') or phrase ('according to X'); `content` says which tokens each introduces,
  `speakers` who holds it, `attribution` whether it is direct, mixed or indirect.
- `unattributed`: quoted spans no cue claimed take a cue beside their marks, else the speaker
  of the attribution just before ('"A," he said. "B."').
- `stage`: the passes in order, and the `Quote` records with their speakers.
- `cues`: the cue words and dependency labels every pass shares.

A cue's complement inside quote marks makes a direct quote, one that holds a quoted phrase and
words of its own a mixed quote, the rest indirect speech. A headline's wording may be the
editor's, so it is a `headline` quote, kept apart from `direct`; a headline no pattern reads is
parsed like the body.

Each cue has a class that the quote carries as `cue_class`: speech, belief, intention, stance
or evidence (PolNeAR annotates all of them as attribution; `cue_class == "speech"` keeps only
what was said). A view the text gives without its holder ('is expected to', 'seems to') has a
cue and no speaker. An attribution reported inside another's content ('Ruiz said the mayor had
promised ...') is a quote of its own, with its own speaker, cue and content.

A quote spoken in several pieces ("A," he said, "B.") is one record per piece, the pieces
sharing speaker and cue. Quote spans exclude the outer quote marks; a quote running over
paragraphs keeps the marks that reopen them.
"""

from eventwire.annotate.quotes.stage import find_quotes

__all__ = ["find_quotes"]
