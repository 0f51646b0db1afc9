"""`eventwire eval quotes` on a small gold file written for this test."""

from __future__ import annotations

import json
import sys

from eventwire.cli import main
from eventwire.evaluate.quotes import Attribution, compare, match

TEXT = (
    "Harbour Talks\n\n"
    "“We will rebuild the piers,” Mayor Lena Ortiz said on Monday.\n\n"
    "The council said the budget would be published next week."
)


def span_of(part: str) -> list[int]:
    start = TEXT.index(part)
    return [start, start + len(part)]


def gold_record() -> dict:
    direct = span_of("“We will rebuild the piers,”")
    indirect = span_of("the budget would be published next week")
    return {
        "id": "harbour",
        "text": TEXT,
        "quotes": [
            {
                "quote_spans": [direct],
                "speaker_spans": [span_of("Mayor Lena Ortiz")],
                "is_direct": True,
            },
            {
                "quote_spans": [indirect],
                "speaker_spans": [span_of("The council")],
                "is_direct": False,
            },
        ],
    }


def test_eval_quotes_scores_a_gold_file(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_record()) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--gold", str(gold), "--no-baseline"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("eventwire  all "))
    assert "1.000/1.000/1.000" in row  # both attributions found, both speakers right
    assert "(2/2)" in row


def test_eval_quotes_names_a_bad_gold_record(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "no quotes key"}\n', encoding="utf-8")
    assert main(["eval", "quotes", "--gold", str(gold), "--no-baseline"]) == 2
    assert "record 1" in capsys.readouterr().err


def test_matching_is_one_to_one_and_pieces_count_together() -> None:
    text = "a" * 100
    gold = [Attribution([(10, 20), (30, 40)], [(0, 5)], direct=True)]
    two_pieces = [Attribution([(10, 20), (30, 40)], [(0, 5)], direct=True)]
    duplicate = [*two_pieces, Attribution([(12, 18)], [], direct=True)]
    tally = compare(duplicate, gold, match(duplicate, gold), text, direct_only=False)
    assert (tally.predicted, tally.predicted_matched, tally.gold_matched) == (2, 1, 1)
    assert tally.speaker_right == 1
    assert tally.gold_exact == 1


def test_missing_textacy_is_said_not_raised(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)  # import fails
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_record()) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--gold", str(gold)]) == 0
    captured = capsys.readouterr()
    assert "textacy is not installed" in captured.err
    assert "eventwire  all " in captured.out


def test_misses_lists_what_we_missed_and_what_we_added(tmp_path, capsys) -> None:
    record = gold_record()
    record["quotes"][1] = {  # the council's words are left out of the gold: an extra of ours
        "quote_spans": [span_of("Harbour Talks")],
        "speaker_spans": [],
        "is_direct": False,
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--gold", str(gold), "--no-baseline", "--misses"]) == 0
    lines = capsys.readouterr().out.splitlines()
    missed = [line for line in lines if line.startswith("MISS\t")]
    extra = [line for line in lines if line.startswith("EXTRA\t")]
    assert len(missed) == 1 and "content=Harbour Talks" in missed[0]
    assert len(extra) == 1 and "cue=said" in extra[0] and "speaker=The council" in extra[0]


def test_misses_lists_a_wrong_speaker(tmp_path, capsys) -> None:
    record = gold_record()
    record["quotes"][0]["speaker_spans"] = [span_of("Monday")]  # a gold speaker we do not give
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--gold", str(gold), "--no-baseline", "--misses"]) == 0
    lines = capsys.readouterr().out.splitlines()
    wrong = [line for line in lines if line.startswith("SPEAKER\t")]
    assert len(wrong) == 1
    assert "speaker=Mayor Lena Ortiz" in wrong[0] and "gold=Monday" in wrong[0]


def test_nested_attributions_are_counted_apart_unless_asked_for(tmp_path, capsys) -> None:
    text = "Harbour Talks\n\nOrtiz said the mayor had promised to rebuild the piers."
    outer = "the mayor had promised to rebuild the piers"
    start = text.index(outer)
    record = {
        "id": "nested",
        "text": text,
        "quotes": [
            {
                "quote_spans": [[start, start + len(outer)]],
                "speaker_spans": [[text.index("Ortiz"), text.index("Ortiz") + 5]],
                "is_direct": False,
            }
        ],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")

    def all_row(*extra: str) -> str:
        assert main(["eval", "quotes", "--gold", str(gold), "--no-baseline", *extra]) == 0
        out = capsys.readouterr().out
        return next(line for line in out.splitlines() if line.startswith("eventwire  all "))

    assert all_row().split()[2:5] == ["1", "1", "1.000/1.000/1.000"]
    assert all_row("--score-nested").split()[2:5] == ["2", "1", "0.500/1.000/0.667"]
