"""The explore commands, run through the real Typer app."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.cli import app

FIXTURE = str(Path(__file__).parent / "fixtures" / "mini.trig")
runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args))


def test_query_table_and_formats() -> None:
    result = _run("query", FIXTURE, "top-partners")
    assert result.exit_code == 0, result.output
    assert "Thailand" in result.output and "4 row(s)" in result.output
    as_csv = _run("query", FIXTURE, "agreements-by-country-year", "-p", "country=ID", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["iso"], r["year"], r["agreements"]) for r in rows] == [("ID", "2024", "1")]
    as_json = _run("query", FIXTURE, "person-posts", "-p", "person=วิศิษฏ์ วิศิษฏ์สรอรรถ", "-f", "json")
    assert len(json.loads(as_json.stdout)["results"]["bindings"]) == 1
    as_tsv = _run("query", FIXTURE, "SELECT (COUNT(*) AS ?n) WHERE { ?a a cg:Agreement }", "-f", "tsv")
    assert as_tsv.stdout.splitlines()[1].startswith('"4"')


def test_query_from_rq_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("SELECT ?e WHERE { ?e a cg:Event }", encoding="utf-8")
    result = _run("query", FIXTURE, str(path), "-f", "csv")
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 4


def test_list() -> None:
    result = _run("query", "--list")
    assert result.exit_code == 0 and "planned-never-signed" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("query", "missing.trig", "agreements"), "missing.trig: no such graph file"),
        (("query", FIXTURE, "nope"), "unknown query 'nope'"),
        (("query", FIXTURE, "person-posts"), "needs parameter(s): person"),
        (("query", FIXTURE, "country-events", "-p", "country=XX"), "?country"),
        (("query", FIXTURE, "agreements", "-f", "yaml"), "unknown format"),
        (("viz", FIXTURE, "--year", "soon"), "year range"),
        (("export", FIXTURE, "--to", "pdf", "-o", "x.pdf"), "unknown format"),
        (("stats", "missing.trig"), "missing.trig"),
    ],
)
def test_user_errors_are_one_line_with_status_2(args, message: str) -> None:
    result = _run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1


def test_bad_graph_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_text("this is { not trig", encoding="utf-8")
    result = _run("stats", str(broken))
    assert result.exit_code == 2 and "broken.trig: not a readable trig graph" in result.stderr


def test_viz_export_stats(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    result = _run("viz", FIXTURE, "-o", str(page), "--year", "2023-2024", "--view", "countries")
    assert result.exit_code == 0, result.output
    assert '"ctype": "country"' in page.read_text(encoding="utf-8")
    out = tmp_path / "posts.graphml"
    result = _run("export", FIXTURE, "--to", "graphml", "-o", str(out), "--projection", "posts")
    assert result.exit_code == 0 and nx.read_graphml(out).number_of_edges() == 6
    result = _run("stats", FIXTURE)
    assert result.exit_code == 0 and "country cooperation: 4 nodes, 3 edges" in result.output
