"""Shared fixtures: where the samples, the gold and the read-only ../shared folder are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "data" / "samples"
CORPUS = SHARED / "corpus" / "thaigov-2016-2025.tar.xz"
GOLD = SHARED / "gold"

#: The gold sets' candidate-selection scripts are tools, not tests (and share a module name).
collect_ignore_glob = ["devgold/*.py", "heldout*/*.py"]


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    if not CORPUS.is_file():
        pytest.skip(f"the thaigov corpus is absent ({CORPUS}); put ../shared beside the project to run this")
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"the gold annotations are absent ({GOLD}); put ../shared beside the project to run this")
    return GOLD
