"""Speakers whose subject the parser hangs on an auxiliary or a copula (issue 17): a subject
under the cue's auxiliary is the cue's; a participle or infinitive on a copula's predicate
noun, or a cue under a predicate adjective, is held by the copula's subject; on sentences
written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_in, speaker_text


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Ortega is likely to win over farmers by citing the drought relief he secured.",
            "the drought relief he secured",
            "Ortega",
        ),
        (
            "Our chief engineer was openly doubting that the dam could hold.",
            "the dam could hold",
            "Our chief engineer",
        ),
        (
            "Lindqvist was the first trustee to endorse the library merger.",
            "the library merger",
            "Lindqvist",
        ),
        (
            "The harbour master was quick to act, praising the divers who reached the trawler.",
            "the divers who reached the trawler",
            "The harbour master",
        ),
    ],
)
def test_a_cue_on_a_copulas_predicate_is_held_by_its_subject(
    sentence: str, content: str, speaker: str
) -> None:
    assert speaker_text(only(quotes_in(sentence), content)) == speaker


def test_a_participle_on_a_noun_that_is_no_predicate_is_still_the_nouns() -> None:
    quote = only(quotes_in("A farmers' union backing the reservoir plan met on Tuesday."), "plan")
    assert speaker_text(quote) == "A farmers' union"


def test_a_subject_the_parser_hung_on_the_auxiliary_holds_the_view() -> None:
    quote = only(quotes_in("Hardly anyone is convinced the harvest will recover."), "harvest")
    assert speaker_text(quote) == "Hardly anyone"
