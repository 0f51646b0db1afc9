"""The learned-model helper: fitting finds the evidence, tables round-trip, bad ones fail."""

from pathlib import Path

import pytest

from eventwire.learned import LinearModel, fit, read_model, write_model


def examples() -> tuple[list[list[str]], list[bool]]:
    """Items whose doer decides the label; the trigger word is noise shared by both classes."""
    items, labels = [], []
    for number in range(300):
        doer = "doer=person" if number % 3 else "doer=thing"
        items.append([doer, f"lemma={('help', 'offer', 'visit')[number % 5 % 3]}"])
        labels.append(doer == "doer=person")
    return items, labels


def test_fit_weighs_the_feature_that_decides() -> None:
    model = fit(*examples())
    assert model.weights["doer=person"] > 1.0 > -1.0 > model.weights["doer=thing"]
    assert model.probability(["doer=person", "lemma=help"]) > 0.9
    assert model.probability(["doer=thing", "lemma=help"]) < 0.1
    assert model.probability(["never seen"]) == pytest.approx(1 / (1 + 2.718281828**-model.bias))


def test_rare_features_are_left_out() -> None:
    items, labels = examples()
    items[0] = [*items[0], "only once"]
    assert "only once" not in fit(items, labels, min_count=2).weights


def test_same_examples_give_the_same_table(tmp_path: Path) -> None:
    first, second = tmp_path / "first.tsv", tmp_path / "second.tsv"
    write_model(fit(*examples()), first, "a test model")
    write_model(fit(*examples()), second, "a test model")
    assert first.read_bytes() == second.read_bytes()
    assert read_model(first) == fit(*examples())
    assert first.read_text().startswith("# a test model\nfeature\tweight\n(bias)\t")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("feature\tweight\n(bias)\t0.5\nlemma=help\tmany\n", "weights.tsv:3"),
        ("feature\tweight\n(bias)\t0.5\nlemma=help\n", "weights.tsv:3"),
        ("feature\tweight\nlemma=help\t1.0\n", r"no \(bias\) line"),
        ("(bias)\t0.5\nlemma=help\t1.0\nlemma=help\t2.0\n", "listed twice"),
    ],
)
def test_a_malformed_table_names_the_file_and_line(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "weights.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=reason):
        read_model(path)


def test_fit_refuses_labels_that_do_not_match() -> None:
    with pytest.raises(ValueError, match="3 examples but 2 labels"):
        fit([["a"], ["b"], ["c"]], [True, False])
    assert LinearModel(bias=0.0, weights={}).probability([]) == 0.5
