"""The notebooks run headless, top to bottom, on the fixture graph (nbclient, venv kernel)."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"


@pytest.fixture(scope="module")
def kernel_name() -> str:
    """A kernel that runs this venv's python (install it into the venv when it is absent)."""
    specs = KernelSpecManager().get_all_specs()
    spec = specs.get("python3")
    if spec is None or Path(spec["spec"]["argv"][0]).resolve() != Path(sys.executable).resolve():
        from ipykernel.kernelspec import install

        install(prefix=sys.prefix, kernel_name="python3")
    return "python3"


def _run(path: Path, kernel_name: str) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, kernel_name=kernel_name, timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return notebook


def _text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.append(str(output.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


def _images(notebook: nbformat.NotebookNode) -> int:
    return sum("image/png" in o.get("data", {}) for c in notebook.cells for o in c.get("outputs", []))


def test_explore_notebook(kernel_name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COOPGRAPH_GRAPH", str(FIXTURE))
    monkeypatch.setenv("COOPGRAPH_OUT", str(tmp_path))
    notebook = _run(NOTEBOOKS / "explore.ipynb", kernel_name)
    text = _text(notebook)
    assert "356 quads" in text
    assert "planned-never-signed" in text  # the canned-query table
    assert "Thailand" in text  # the centrality table of the country network
    assert _images(notebook) >= 2  # per-year/per-field bars and the network drawing
    assert (tmp_path / "explore-agreements.html").is_file()


def test_archive_notebook_on_a_graph(kernel_name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COOPGRAPH_ARCHIVE_GRAPH", str(FIXTURE))
    monkeypatch.setenv("COOPGRAPH_OUT", str(tmp_path))
    notebook = _run(NOTEBOOKS / "archive.ipynb", kernel_name)
    assert "country cooperation: 4 nodes, 3 edges" in _text(notebook)
    assert (tmp_path / "archive-countries.html").is_file()


def test_archive_notebook_skips_without_a_graph(kernel_name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COOPGRAPH_ARCHIVE_GRAPH", str(tmp_path / "absent.trig"))
    monkeypatch.setenv("COOPGRAPH_OUT", str(tmp_path))
    notebook = _run(NOTEBOOKS / "archive.ipynb", kernel_name)
    assert "SKIPPED: no archive graph" in _text(notebook)
    assert not list(tmp_path.glob("*.html"))
