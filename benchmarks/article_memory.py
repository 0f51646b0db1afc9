"""Peak memory of one long article, without and with a memory budget, each run in a fresh process.

    .venv/bin/python benchmarks/article_memory.py [--sizes 100,250,500] [--kinds hostile]
                                                  [--budgets none,1000] [--components]

The texts are those of `benchmarks/article_length.py` (realistic paragraphs, or `He said "`
repeated). For each kind and size, a run per budget, each in a child process of its own so
that each peak is its own:

  no budget:  `analyze_results([text])` in the child itself, as `analyze` and `ingest` do
              with one worker: the peak RSS of that process;
  budget:     `analyze_results([text], memory_budget=...)`: the article goes to a worker
              process, whose address space may grow by the budget; the peak RSS of that
              worker (the largest child the run waited for).

Each line gives the peak, the peak above that of the same run on a short article (the loaded
model, in one process or in a worker), CPU seconds of the run (child and
workers together), and the outcome: analyzed, or the one-line reason it failed. Neither run
has a time budget, so what stops an article is memory alone.

`--components` instead shows where the memory goes: for each text, in a child process, the
peak RSS once the model is loaded, after each pipeline component of the parse, and after
the stages.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

WARM_UP = "Warm-up\nThe minister said on Monday that talks would resume in Paris."


def one_run(kind: str, kb: int, budget_mb: int | None) -> dict:
    """In a child process: analyze one text and report peaks, CPU and outcome."""
    from article_length import TEXTS

    from eventwire.ingest import analysis_failure
    from eventwire.pipeline import analyze_results

    text = TEXTS[kind](kb * 1000) if kb else WARM_UP
    budget = None if budget_mb is None else budget_mb * 2**20
    if budget is None:
        list(analyze_results([WARM_UP], time_budget=None))
    start = time.perf_counter()
    [(_, result)] = analyze_results([text], time_budget=None, memory_budget=budget)
    wall = time.perf_counter() - start
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return {
        "peak_mb": (workers if budget else own).ru_maxrss / 1024,
        "cpu_s": sum(usage.ru_utime + usage.ru_stime for usage in (own, workers)),
        "wall_s": wall,
        "outcome": analysis_failure(result) if isinstance(result, Exception) else "analyzed",
    }


def by_component(kind: str, kb: int) -> dict:
    """In a child process: peak RSS (MB) after loading, after each component, after the stages."""
    from article_length import TEXTS

    from eventwire import analyze
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import analyze_parsed
    from eventwire.readers.text import article_from_text

    nlp = load_nlp()
    analyze(WARM_UP)
    article = article_from_text(TEXTS[kind](kb * 1000))
    peaks = {"loaded": peak_mb()}
    parse = nlp.make_doc(article.text)
    for name, component in nlp.pipeline:
        parse = component(parse)
        peaks[name] = peak_mb()
    analyze_parsed(article, parse)
    peaks["stages"] = peak_mb()
    return {"tokens": len(parse), "peaks": peaks}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(kind: str, kb: int, budget_mb: int | None) -> dict:
    command = [sys.executable, __file__, "--one", kind, str(kb), str(budget_mb or 0)]
    finished = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(finished.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,250,500", help="KB, comma-separated")
    parser.add_argument("--kinds", default="hostile,realistic")
    parser.add_argument(
        "--budgets", default="none,1000", help="memory budgets in MB, or none, comma-separated"
    )
    parser.add_argument("--components", action="store_true", help="peak RSS per component")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        kind, kb, budget_mb = args.one
        if budget_mb == "components":
            print(json.dumps(by_component(kind, int(kb))))
        else:
            print(json.dumps(one_run(kind, int(kb), int(budget_mb) or None)))
        return 0
    if args.components:
        for kind in args.kinds.split(","):
            for kb in (int(size) for size in args.sizes.split(",")):
                command = [sys.executable, __file__, "--one", kind, str(kb), "components"]
                finished = subprocess.run(command, capture_output=True, text=True, check=True)
                run = json.loads(finished.stdout.splitlines()[-1])
                peaks = ", ".join(f"{name} {mb:.0f}" for name, mb in run["peaks"].items())
                print(f"{kind} {kb} KB, {run['tokens']:,} tokens, peak MB: {peaks}", flush=True)
        return 0
    budgets = [None if budget == "none" else int(budget) for budget in args.budgets.split(",")]
    loaded = {budget: in_child("realistic", 0, budget)["peak_mb"] for budget in budgets}
    for budget_mb, peak in loaded.items():
        where = "in one process" if budget_mb is None else f"in a worker, budget {budget_mb} MB"
        print(f"peak RSS after a short article {where}: {peak:.0f} MB")
    print(f"{'kind':>9} {'KB':>5} {'budget':>8} {'peak MB':>8} {'above':>7} {'CPU s':>7}  outcome")
    for kind in args.kinds.split(","):
        for kb in (int(size) for size in args.sizes.split(",")):
            for budget_mb in budgets:
                run = in_child(kind, kb, budget_mb)
                budget = "none" if budget_mb is None else f"{budget_mb} MB"
                print(
                    f"{kind:>9} {kb:>5} {budget:>8} {run['peak_mb']:>8.0f} "
                    f"{run['peak_mb'] - loaded[budget_mb]:>7.0f} {run['cpu_s']:>7.1f}  "
                    f"{run['outcome']}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
