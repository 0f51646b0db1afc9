"""Event codebooks, the `eval events` command, and the founding article's events."""

from __future__ import annotations

import json

import pytest
from news_events import eval_one_article, gold_mention

from eventwire import analyze
from eventwire.cli import main
from eventwire.codebooks.events import (
    CodebookError,
    agreement_nouns,
    cameo_codes,
    commitment_code,
    noun_frames,
    plover_for,
    plover_types,
    verb_frames,
)
from eventwire.evaluate.article_events import full_codes
from eventwire.settings import Settings


def test_codebooks_are_consistent() -> None:
    codes = cameo_codes()
    assert codes["010"].name.startswith("Make statement")
    assert codes["190"].quad_class == 4 and codes["190"].goldstein == -10.0
    assert len(plover_types()) == 16
    for lemma, frames in {**verb_frames(), **noun_frames()}.items():
        for frame in frames:
            assert frame.code in codes, lemma
    assert plover_for("1952") == ("ASSAULT", "drone")
    assert plover_for("0871")[0] == "RETREAT"
    assert plover_for("010") == (None, None)  # statements have no PLOVER type
    assert commitment_code("190")[:2] == "13"  # a promise to attack is a threat
    assert commitment_code("073")[:2] == "03"  # a promise of aid is an offer


def write_gold(path, records) -> str:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(path)


def test_eval_events_scores_types_actors_and_modality(tmp_path, capsys) -> None:
    gold = write_gold(
        tmp_path / "gold.jsonl",
        [
            {
                "text": "Chilean troops shelled a Peruvian border post on Monday.",
                "event_current": "ASSAULT",
                "source": [{"code": "CHL"}],
                "target": [{"code": "PER"}],
            },
            {
                "text": "Japan pledged to send food aid to Kenya.",
                "event_current": "AGREE",
                "source": [{"code": "JPN"}],
                "target": [{"code": "KEN"}],
            },
            {
                "text": "Farmers in Paris ate lunch together.",
                "event_current": "PROTEST",
                "source": [{"code": "FRA"}],
                "target": [],
            },
        ],
    )
    assert main(["eval", "events", "--gold", gold]) == 0
    out = capsys.readouterr().out
    assert "PLOVER type      P 1.000  R 0.667  F1 0.800" in out
    assert "  PROTEST        P 0.000  R 0.000" in out
    assert "matched events: 2" in out
    assert "source countries: 1.000" in out
    assert "modality: 1.000" in out


LORA_TEXT = (
    "Rebels Attack Village\nArmed rebels attacked the village of Lora in Chad on Monday. "
    "On Tuesday the Chadian army arrested three men."
)


def lora_actor(words: str, code: str | None) -> dict:
    start = LORA_TEXT.index(words)
    return {"text": words, "start": start, "end": start + len(words), "code": code}


def eval_lora(tmp_path, capsys, rebels_code: str, arrested: str) -> str:
    """`eval events` on a gold story of a rebel attack and an arrest: the rebels coded
    `rebels_code`, the arrest's target the uncoded words `arrested`."""
    return eval_one_article(
        tmp_path,
        capsys,
        "lora",
        LORA_TEXT,
        [
            gold_mention(
                LORA_TEXT,
                "attacked",
                1,
                "ASSAULT",
                group="attacked",
                source=[lora_actor("Armed rebels", rebels_code)],
                target=[lora_actor("Lora", "TCD")],
            ),
            gold_mention(
                LORA_TEXT,
                "arrested",
                2,
                "COERCE",
                group="arrested",
                source=[lora_actor("Chadian army", "TCDMIL")],
                target=[lora_actor(arrested, None)],
            ),
        ],
    )


def test_eval_events_on_article_gold_scores_participants_not_only_countries(
    tmp_path, capsys
) -> None:
    """An actor with the right (empty) country but the wrong words is a wrong participant."""
    out = eval_lora(tmp_path, capsys, "TCDREB", arrested="Lora")
    assert "matched events 2: source 1.000  target 0.500  both 0.500" in out
    assert "countries alone: source 1.000  target 1.000" in out
    assert "  COERCE     P 1.000  R 1.000  F1 1.000  (gold 1, ours 1, right 1)" in out


@pytest.mark.parametrize(
    ("rebels_code", "roles_line"),
    [
        # a rebel coded as the government: the country is right, the role is not
        ("TCDGOV", "roles (country and role, as the gold codes them): source 0.500  target 1.000"),
        # the gold gives the country alone: our role refines it and counts as right
        ("TCD", "roles (country and role, as the gold codes them): source 1.000  target 1.000"),
    ],
)
def test_eval_events_on_article_gold_scores_roles_beside_countries(
    tmp_path, capsys, rebels_code: str, roles_line: str
) -> None:
    """Researchers keep rebels apart from governments: a role the gold writes is scored too."""
    out = eval_lora(tmp_path, capsys, rebels_code, arrested="three men")
    assert "countries alone: source 1.000  target 1.000" in out
    assert roles_line in out


def test_eval_events_scores_a_date_against_the_gold_mention_of_our_trigger(
    tmp_path, capsys
) -> None:
    """The gold dates each mention by its own clause: the headline's by publication, the
    body's by its "Monday". Our record, triggered in the body, is dated Monday, which is right
    against its own mention and wrong against the headline's, reported beside it."""
    text = (
        "Rebels Attack Chad Village\n"
        "Armed rebels attacked the village of Lora in Chad on Monday, killing four farmers."
    )
    monday = text.index("Monday")
    monday_date = {
        "value": "2025-03-10",
        "source": "text",
        "text": "Monday",
        "start": monday,
        "end": monday + len("Monday"),
    }
    published_date = {"value": "2025-03-12", "source": "published"}
    out = eval_one_article(
        tmp_path,
        capsys,
        "lora",
        text,
        [
            gold_mention(text, "Attack", 0, "ASSAULT", date=published_date),
            gold_mention(text, "attacked", 1, "ASSAULT", date=monday_date),
        ],
    )
    assert "matched events 1:" in out
    assert "date 1.000 (first gold mention 0.000)" in out


def test_eval_events_errors_list_a_wrong_date_and_place(tmp_path, capsys) -> None:
    """`--errors` names the date and place a matched event got wrong, beside the gold's, so
    that date and place mistakes can be classed like type and actor ones."""
    text = "Rebels Attack Chad Village\nArmed rebels attacked a village in Chad on Monday."
    attack = gold_mention(
        text,
        "attacked",
        1,
        "ASSAULT",
        date={"value": "2025-03-03", "source": "text"},
        place={"name": "Niger", "country": "NER", "source": "article"},
    )
    out = eval_one_article(tmp_path, capsys, "chad", text, [attack], "--errors", "5")
    assert "(date: gold 2025-03-03, ours 2025-03-10 (text))" in out
    assert "(place: gold Niger/NER (article), ours Chad/TCD (clause))" in out


def test_eval_events_errors_name_the_event_a_duplicate_repeats(tmp_path, capsys) -> None:
    """A duplicate's error line names our event that already holds its gold event and how
    the two differ (here the modality: a prospect, then the act done), so that duplicates can
    be classed by the stage that kept them apart from `--errors` alone."""
    text = (
        "Farms Taken in Zanbar\nThe Zanbar government could seize the farms of Dorvan, "
        "officials said. On Tuesday the government seized the farms of Dorvan."
    )
    seizures = [
        gold_mention(text, "seize", 1, "COERCE", modality="hypothetical"),
        gold_mention(text, "seized", 2, "COERCE"),
    ]
    out = eval_one_article(tmp_path, capsys, "zanbar", text, seizures, "--errors", "5")
    assert "1 duplicates" in out
    assert (
        "zanbar COERCE asserted 'seized' (duplicate of a gold event held by 'seize' "
        "(hypothetical, sentence 1; another modality))"
    ) in out


def test_eval_events_errors_say_when_the_gold_date_is_lent_by_another_sentence(
    tmp_path, capsys
) -> None:
    """A mention with no time of its own takes its event's date in the gold (rule 18); the
    error line says which sentence the gold's date is written in, so that the errors a link
    between mentions would fix can be counted apart from those of the clause's own time."""
    text = (
        "Gunmen attacked a market in the town of Tarso on Monday, officials said. "
        "Five soldiers were also killed in the attack and the ensuing battle with militants."
    )
    monday = text.index("Monday")
    date = {
        "value": "2025-03-10",
        "source": "text",
        "text": "Monday",
        "start": monday,
        "end": monday + len("Monday"),
    }
    mentions = [
        gold_mention(text, "attacked", 0, "ASSAULT", date=date),
        gold_mention(text, "killed", 1, "ASSAULT", group="g2", date=date),
    ]
    out = eval_one_article(tmp_path, capsys, "tarso", text, mentions, "--errors", "5")
    assert "(date: gold 2025-03-10 from sentence 0, ours 2025-03-12 (published))" in out
    assert "'attacked' (date:" not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such gold file"),
        ('{"text": "x", "event_current": "ASSAULT"}\nnot json\n', ":2: not valid JSON"),
        ('{"event_current": "ASSAULT"}\n', "record 1: no 'text'"),
        ('{"text": "Peru shelled Chile.", "event_current": "SHOUT"}\n', "not a PLOVER event type"),
    ],
)
def test_eval_events_bad_gold_gives_a_clear_error(tmp_path, capsys, content, message) -> None:
    path = tmp_path / "gold.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["eval", "events", "--gold", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_founding_article_events(shared) -> None:
    expect = json.loads((shared / "acceptance/seed-soleimani.expect.json").read_text())
    text = (shared / "acceptance/seed-soleimani.txt").read_text(encoding="utf-8")
    analysis = analyze(text, published=expect["article"]["published"])
    events = [e for e in analysis.events if e.modality == "asserted"]

    def countries(actors) -> set[str]:
        return {a.code[:3] for a in actors if a.code}

    def found(wanted) -> list:
        source = {code[:3] for code in wanted["source"]}
        target = {code[:3] for code in wanted["target"] if code.isupper()}
        reciprocal = wanted["plover"] == "CONSULT"  # talks: the partners may share the source
        return [
            e
            for e in events
            if e.cameo_root in wanted["cameo_root"]
            and source <= countries(e.source)
            and target <= countries(e.target) | (countries(e.source) if reciprocal else set())
        ]

    for wanted in expect["events"]:
        assert found(wanted), wanted["id"]
    for wanted in ("soleimani-strike", "iran-missile-strike"):
        spec = next(e for e in expect["events"] if e["id"] == wanted)
        (event,) = found(spec)
        assert len(event.mentions) >= 2, wanted
        assert countries(event.source) == set(spec["source"]) or wanted == "soleimani-strike"
    strike = found(next(e for e in expect["events"] if e["id"] == "soleimani-strike"))[0]
    assert countries(strike.source) == {"USA"} and "IRN" in countries(strike.target)
    for rule in expect["must_not_assert"]:
        if "cameo_root" in rule:
            assert not [
                e
                for e in events
                if e.cameo_root in rule["cameo_root"]
                and any(a.code and a.code.startswith(rule["target"]) for a in e.target)
                and (not e.source or rule["source"] in countries(e.source))
            ], rule["why"]
        article = analysis.article.text
        for furniture in rule.get("any_event_from_lines", []):
            for event in analysis.events:
                start = article.rfind("\n", 0, event.trigger.start) + 1
                end = article.find("\n", event.trigger.end)
                assert article[start : end if end >= 0 else None].strip() != furniture


@pytest.fixture
def user_patterns(tmp_path):
    """A pattern file the test writes (each test's path is new, so nothing cached is reused)."""
    return tmp_path / "patterns.yaml"


def test_users_add_their_own_trigger_patterns(user_patterns) -> None:
    user_patterns.write_text(
        "verbs:\n  torpedo:\n    - {code: '127', object: [talks, $deals]}\n"
        "classes:\n  deals: [deal, accord]\n",
        encoding="utf-8",
    )
    settings = Settings(event_patterns=[user_patterns])
    assert verb_frames(settings)["torpedo"][0].objects == {"talks", "deal", "accord"}
    assert verb_frames(settings)["kill"]  # ours stay
    text = "Roundup\nBolivia torpedoed the accord with Chile."
    (event,) = analyze(text, settings=settings).events
    assert (event.cameo, event.plover["type"]) == ("127", "REJECT")


def test_a_users_agreement_class_reaches_the_dating_rule(user_patterns) -> None:
    """A pattern file that redefines `$agreement` (the deals and documents whose own date is
    not their subject verb's) changes it for the dating rule as for the frames; ours stays
    for everyone else."""
    user_patterns.write_text("classes:\n  agreement: [covenant, concordat]\n", encoding="utf-8")
    assert agreement_nouns(Settings(event_patterns=[user_patterns])) == {"covenant", "concordat"}
    assert "treaty" in agreement_nouns(Settings())


def test_a_bad_user_pattern_names_the_file_and_the_entry(user_patterns) -> None:
    user_patterns.write_text("verbs:\n  torpedo:\n    - {code: '999'}\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"patterns.yaml: torpedo: 999 is not a CAMEO code"):
        verb_frames(Settings(event_patterns=[user_patterns]))


def test_a_lemma_given_twice_is_refused(user_patterns) -> None:
    user_patterns.write_text(
        "verbs:\n  torpedo:\n    - {code: '127'}\n  torpedo:\n    - {code: '120'}\n",
        encoding="utf-8",
    )
    with pytest.raises(CodebookError, match=r"patterns.yaml: line 4: 'torpedo' given twice"):
        verb_frames(Settings(event_patterns=[user_patterns]))


def test_role_scoring_reads_a_countrys_bare_name_as_the_country() -> None:
    """The gold's annotators wrote "Chad said" now `TCD`, now `TCDGOV`; the coder codes a
    country's name as the country and its capital as the government, so the roles line reads
    the gold that way and scores real role errors, not the annotators' split."""
    gold = [
        {"text": "Chad", "code": "TCDGOV"},
        {"text": "N'Djamena", "code": "TCDGOV"},
        {"text": "the Chadian army", "code": "TCDMIL"},
    ]
    assert full_codes(gold) == {"TCD", "TCDGOV", "TCDMIL"}


def test_eval_events_aligns_by_our_sentences_not_the_stored_index(tmp_path, capsys) -> None:
    """A gold mention our event's words do not cover aligns with it in its sentence as our
    segmenter reads the text now: the sentence index a gold file stores was counted with the
    segmenter of its day, and a sentence split since would shift it against ours."""
    text = "Armed rebels attacked a village in Chad on Monday. The ministry said it was empty."
    rebels = gold_mention(text, "rebels", 1, "ASSAULT")
    assert "matched events 1:" in eval_one_article(tmp_path, capsys, "chad", text, [rebels])
