"""The random draw of asserted events for judging (scripts/draw_events.py): the same labels give
the same draw, events a label judged are never drawn again, and the judges' verdicts become the
agreement figures and label rows the labels file records."""

import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from draw_events import (
    COLUMNS,
    HEADER,
    VERDICTS,
    draw,
    judged_events,
    kappa,
    print_rows,
    read_verdicts,
    splits,
    unjudged,
    write_draw,
)
from judged_events import REPOSITORY, read_labels
from judged_precision import write_rows

CANDIDATES = [
    ("judged-wire2", "story-1", 10, 18, "ASSAULT"),
    ("judged-wire2", "story-1", 40, 45, "CONSULT"),
    ("judged-wire2", "story-2", 7, 12, "ACCUSE"),
    ("judged-ecb", "story-3", 100, 108, "REQUEST"),
    ("judged-ecb", "story-3", 120, 126, "AID"),
    ("judged-ecb", "story-4", 5, 9, "COERCE"),
]


def label(name: str, article_id: str, start: int, end: int, verdict: str = "right") -> dict:
    return {"set": name, "id": article_id, "start": str(start), "end": str(end)} | {
        "type": "ASSAULT",
        "verdict": verdict,
    }


def test_an_event_judged_in_any_set_of_the_same_files_is_not_drawn_again() -> None:
    judged = judged_events(
        [
            label("judged-wire5", "story-1", 10, 18),
            label("judged-ecb2", "story-3", 100, 108, "no_event"),
            label("judged-ecb", "story-4", 5, 9, "not_drawn"),
        ]
    )
    assert unjudged(CANDIDATES, judged) == sorted(
        set(CANDIDATES)
        - {
            ("judged-wire2", "story-1", 10, 18, "ASSAULT"),
            ("judged-ecb", "story-3", 100, 108, "REQUEST"),
        }
    )


def test_the_same_seed_draws_the_same_events_whatever_the_order_listed() -> None:
    first = draw(CANDIDATES, seed=7, size=3)
    assert draw(list(reversed(CANDIDATES)), seed=7, size=3) == first
    assert len(set(first)) == 3 and set(first) <= set(CANDIDATES)
    assert any(draw(CANDIDATES, seed, size=3) != first for seed in range(8, 12))


def verdicts(right: range, total: int = 100) -> dict[int, str]:
    return {n: "right" if n in right else "no_event" for n in range(1, total + 1)}


def test_agreement_and_kappa_are_on_right_against_false() -> None:
    first = {1: "right", 2: "right", 3: "no_event", 4: "wrong_type"}
    second = {1: "right", 2: "no_event", 3: "wrong_type", 4: "wrong_type"}
    assert splits(first, second) == [2]
    assert kappa(first, second) == pytest.approx(0.5)
    # 36 and 48 right, agreeing on 86 of 100: the labels' comment gives kappa 0.72.
    assert round(kappa(verdicts(range(1, 37)), verdicts(range(2, 50))), 2) == 0.72


def test_a_verdict_the_labels_do_not_use_is_refused(tmp_path: Path) -> None:
    assert set(VERDICTS) == {row["verdict"] for row in read_labels()}
    judge = tmp_path / "judge.tsv"
    judge.write_text("n\tverdict\tnote\n1\tright\t\n2\tfalse\tmade up\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="event 2"):
        read_verdicts(judge)


def write_judge(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(f"{line}\tan invented note\n" for line in lines), encoding="utf-8")
    return path


def rows_args(tmp_path: Path, settled: Path | None) -> argparse.Namespace:
    header = HEADER.format(seed=2041, commit="abc1234", size=4, unjudged="812", asserted="2,650")
    drawn = [
        ("judged-wire", "story-1", 10, 18, "ASSAULT"),
        ("judged-ecb", "story-3", 100, 108, "REQUEST"),
        ("voa-dev", "story-5", 30, 36, "ACCUSE"),
        ("judged-web", "page-2", 60, 66, "CONSULT"),
    ]
    write_rows(tmp_path / "draw.tsv", COLUMNS, drawn, header)
    first = write_judge(tmp_path / "a.tsv", ["1\tright", "2\tno_event", "3\tright", "4\tright"])
    second = write_judge(
        tmp_path / "b.tsv", ["1\tright", "2\twrong_type", "3\tno_event", "4\tright"]
    )
    return argparse.Namespace(draw=tmp_path, judge=[first, second], settled=settled, name="draw31")


def test_the_settled_draw_prints_its_comment_and_rows(tmp_path: Path, capsys) -> None:
    settled = write_judge(tmp_path / "s.tsv", ["3\twrong_modality"])
    print_rows(rows_args(tmp_path, settled))
    printed = capsys.readouterr().out
    assert "a.tsv: 3 right of 4" in printed and "b.tsv: 2 right of 4" in printed
    assert "agreeing on 3 of 4, kappa 0.50" in printed and "splits: 3" in printed
    comment = "".join(line[2:] for line in printed.splitlines(keepends=True) if line[0] == "#")
    assert comment.startswith("draw31: a seed-2041 random draw (at abc1234, the filter on")
    assert "of 4 of the 812 asserted events" in " ".join(comment.split())
    assert "3 and 2 right, agreeing on 3 (kappa 0.50); the 1 split" in " ".join(comment.split())
    assert "2 right (0.50)" in comment and "thirty-second round" in " ".join(comment.split())
    assert all(len(line) <= 100 for line in printed.splitlines())
    rows = [line.split("\t") for line in printed.splitlines() if line.count("\t") == 5]
    assert rows == [
        ["judged-wire", "story-1", "10", "18", "ASSAULT", "right"],
        ["judged-ecb", "story-3", "100", "108", "REQUEST", "no_event"],
        ["voa-dev", "story-5", "30", "36", "ACCUSE", "wrong_modality"],
        ["judged-web", "page-2", "60", "66", "CONSULT", "right"],
    ]


def test_rows_wait_for_every_split_to_be_settled(tmp_path: Path, capsys) -> None:
    print_rows(rows_args(tmp_path, None))
    assert "\t" not in capsys.readouterr().out
    with pytest.raises(SystemExit, match=r"\[3\]"):
        print_rows(rows_args(tmp_path, write_judge(tmp_path / "s.tsv", ["2\tright"])))


def test_the_sheet_is_never_written_into_the_repository() -> None:
    args = argparse.Namespace(out=REPOSITORY / "draws", labels=[], seed=1, size=1)
    with pytest.raises(SystemExit, match="outside the repository"):
        write_draw(args)
