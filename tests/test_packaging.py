"""A plain `pip install` has everything eventwire imports (`.ci/wheel-smoke` installs the
wheel alone and analyzes each input kind; this catches an undeclared import sooner)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "eventwire"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_names(requirements: list[str]) -> set[str]:
    return {
        canonical(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0])
        for requirement in requirements
    }


def imported_packages(paths: list[Path]) -> set[str]:
    """Top-level names of the absolute imports in `paths`, standard library left out."""
    names = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"eventwire", "__future__"}


def test_every_package_imported_at_run_time_is_a_dependency() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = requirement_names(project["dependencies"])
    extras = requirement_names(
        [item for items in project["optional-dependencies"].values() for item in items]
    )
    distributions = packages_distributions()
    sources = sorted(PACKAGE.rglob("*.py"))
    runtime = [path for path in sources if "evaluate" not in path.relative_to(PACKAGE).parts]
    undeclared = {
        module
        for module in imported_packages(runtime)
        if not declared & {canonical(name) for name in distributions.get(module, [module])}
    }
    assert undeclared == set()
    evaluation = imported_packages([path for path in sources if path not in runtime])
    assert all(
        (declared | extras) & {canonical(name) for name in distributions.get(module, [module])}
        for module in evaluation
    ), evaluation
