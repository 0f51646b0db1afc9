"""Findings and estimates an inquiry or count reports ('the survey found 90 percent support',
'Forbes puts his worth at $4 billion'), a 'find' that tells where someone ended up ('found
himself in a fight'), and who does what a subjectless gerund says ('his policy of not
attacking ...'): read so since the twenty-eighth round (issue 17); on sentences written for
these tests."""

from __future__ import annotations

import pytest
from quote_texts import cues_of, only, quotes_in, speaker_text


@pytest.mark.parametrize(
    ("body", "finder", "finding"),
    [
        ("A recent harbour survey found 90 percent support for the pier.", "survey", "90 percent"),
        ("The inquiry found little evidence of fraud at the ferry office.", "inquiry", "evidence"),
        (
            "Two recent studies have found improvements in the water of the bay.",
            "studies",
            "improvements",
        ),
    ],
)
def test_what_an_inquiry_found_is_attributed_to_it(body: str, finder: str, finding: str) -> None:
    """'find' under a finder subject reads its object (train 101-840: 48 of 49 such uses are
    gold; 10 were missed), while a person finding a thing tells no finding."""
    quote = only(quotes_in(body), finding)
    assert quote.cue is not None and quote.cue.text == "found"
    assert finder in (speaker_text(quote) or "")
    assert "found" not in cues_of("The divers found a wreck near the old pier.")


@pytest.mark.parametrize(
    "body",
    [
        "The mayor found himself embroiled in a fight over the pier.",
        "The ferry company now finds itself playing host to the fishermen every night.",
    ],
)
def test_finding_oneself_somewhere_is_no_finding(body: str) -> None:
    """A reflexive under 'find' tells where its subject ended up (train 101-840: 2 gold of 21)."""
    assert not [c for c in cues_of(body) if c in ("found", "finds")]


def test_an_estimate_put_at_a_figure_is_attributed() -> None:
    """'put X at <number>' gives the estimate to the subject; 'put X at the door' is no cue."""
    quote = only(
        quotes_in("The Harbour Ledger put the mayor's fortune at 40 million dollars."), "fortune"
    )
    assert quote.cue is not None and quote.cue.text == "put"
    assert "40 million" in quote.text
    assert speaker_text(quote) == "The Harbour Ledger"
    assert "put" not in cues_of("The crew put the crates at the door of the ferry office.")


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "The harbour board took the rare step of openly criticizing the mayor.",
            "criticizing",
            "The harbour board",
        ),
        (
            "After months of refusing to apologize, Ana Ruiz said the pier would reopen.",
            "refusing",
            "Ana Ruiz",
        ),
        ("But Ruiz broke briefly from her policy of not attacking the mayor.", "attacking", "her"),
    ],
)
def test_a_subjectless_gerund_is_done_by_the_noun_owner_or_the_clause_subject(
    body: str, cue: str, speaker: str
) -> None:
    """'the step of criticizing X': the gerund's doer is the owner of the noun it hangs on or
    the subject of the verb that takes that noun (train 101-840: 15 speakers fixed, dev 4)."""
    quote = next(q for q in quotes_in(body) if q.cue is not None and q.cue.text == cue)
    assert speaker_text(quote) == speaker


def test_an_as_phrase_the_parse_hangs_on_the_object_names_it() -> None:
    """'see police violence | as a problem': the parse hangs 'as' on the object, and the view
    is still read (train 101-840: 5 such misses, dev 1); 'such as' lists and names nothing."""
    quote = only(quotes_in("Most dockworkers see the port authority's plan as a threat."), "plan")
    assert quote.cue is not None and quote.cue.text == "see"
    assert speaker_text(quote) == "Most dockworkers"
    assert "called" not in cues_of("The mayor called several measures such as a ferry levy.")
