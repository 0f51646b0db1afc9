"""Money a state gives another told as a noun (issue 11 recall, twenty-seventh round, recall27):
"accepted $2 billion in Chinese funding" is economic aid (AID 071) by China. Sentences
written for these tests."""

from __future__ import annotations

from news_events import asserted_events


def test_a_countrys_funding_is_aid_it_gives() -> None:
    text = "Laos accepted $3 billion in Chinese funding for a new railway in 2019."
    found = [e for e in asserted_events(text) if "funding" in e.trigger.text]
    assert [e.plover["type"] for e in found] == ["AID"]
    assert "CHN" in {a.code[:3] for a in found[0].source if a.code}
