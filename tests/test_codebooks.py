"""Every codebook file is read by exactly one registered loader (see `eventwire.codebooks`)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import eventwire.codebooks
from eventwire.codebooks import LOADERS, codebook_path, loads

DATA_SUFFIXES = (".tsv", ".yaml", ".txt")

for module in pkgutil.iter_modules(eventwire.codebooks.__path__, "eventwire.codebooks."):
    importlib.import_module(module.name)


def data_files() -> set[str]:
    folder = codebook_path("")
    return {path.name for path in folder.iterdir() if path.suffix in DATA_SUFFIXES}


def test_every_data_file_has_a_loader() -> None:
    assert data_files(), "no codebook files found"
    unread = sorted(data_files() - LOADERS.keys())
    assert not unread, f"no loader registered for {unread}"


def test_every_registered_file_exists() -> None:
    assert LOADERS
    missing = sorted(LOADERS.keys() - data_files())
    assert not missing, f"loaders registered for missing files {missing}"


def test_a_file_takes_one_loader_only() -> None:
    name, loader = next(iter(LOADERS.items()))
    with pytest.raises(ValueError, match="already has a loader"):
        loads(name)(lambda: None)
    assert LOADERS[name] is loader
