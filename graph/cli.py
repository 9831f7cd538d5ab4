"""The ``coopgraph`` command line: build, validate, eval, and the ways to explore a graph."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(
    name="coopgraph",
    help="Thailand's digital-cooperation agreements, read from Thai government press releases, as an RDF graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)

#: Builds of more releases than this show a progress bar.
PROGRESS_THRESHOLD = 20
DEFAULT_SAMPLES = Path("data/samples")


def main() -> None:
    """Console-script entry point."""
    app()


def fail(message: str, code: int = 2) -> None:
    """One line on stderr naming the file and the problem, then a non-zero exit."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _count_hint(inputs: list[Path]) -> int | None:
    """How many releases the inputs hold, when that is cheap to know (no archives)."""
    total = 0
    for path in inputs:
        if path.is_dir():
            total += sum(1 for _ in path.rglob("*.txt"))
        elif path.is_file() and path.suffix == ".txt":
            total += 1
        else:
            return None
    return total


def _run_build(inputs: list[Path], keep_all: bool, jobs: int | None, quiet: bool):
    from graph.build import build_dataset

    # (counting walks the input folders a second time: only for a progress bar someone will see)
    wanted = not quiet and sys.stderr.isatty()
    total = _count_hint(inputs) if wanted else None
    show = wanted and (total is None or total > PROGRESS_THRESHOLD)
    if not show:
        return build_dataset(inputs, keep_all=keep_all, jobs=jobs)
    progress = Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                        MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True)
    with progress:
        task = progress.add_task("reading releases", total=total)
        return build_dataset(inputs, keep_all=keep_all, jobs=jobs, on_item=lambda _: progress.advance(task))


def summary_rows(summary) -> list[tuple[str, str]]:
    """The build summary as (what, count) rows, for the terminal table and the Markdown file."""
    rows = [("releases read", summary.read), ("about digital cooperation", summary.relevant),
            ("undated", summary.undated), ("skipped", len(summary.skipped))]
    rows += [(f"  skipped: {reason}", count) for reason, count in summary.skip_reasons.most_common()]
    rows += [("agreements", summary.agreements), ("events", summary.events)]
    rows += [(f"actors: {kind}", count) for kind, count in sorted(summary.actors.items())]
    rows += [(f"  field: {notation}", count) for notation, count in summary.fields.most_common(10)]
    rows.append(("triples", summary.triples))
    return [(what, str(count)) for what, count in rows]


def summary_table(summary) -> Table:
    table = Table(title="coopgraph build", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    for row in summary_rows(summary):
        table.add_row(*row)
    return table


def summary_markdown(summary) -> str:
    lines = ["| what | count |", "| --- | ---: |"] + [f"| {a} | {b} |" for a, b in summary_rows(summary)]
    return "# coopgraph build summary\n\n" + "\n".join(lines) + "\n"


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Release files, folders or .tar/.tar.gz/.tar.xz archives.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output graph (.trig, .nq, .ttl or .jsonld).")] = Path("out/graph.trig"),
    keep_all: Annotated[bool, typer.Option("--all", help="Keep every agreement the extractors find, digital or not, also from off-topic releases (with their events and mentions); off-topic releases that name no agreement instrument (MOU, ความตกลง …) cannot yield one and are not read further.")] = False,
    validate: Annotated[bool, typer.Option("--validate/--no-validate", help="Check the graph against the SHACL shapes.")] = True,
    strict: Annotated[bool, typer.Option("--strict", help="Fail (exit 1) when any input was skipped.")] = False,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", help="Worker processes (default: all cores).")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write the interactive page here.")] = None,
    summary_file: Annotated[Optional[Path], typer.Option("--summary", help="Also write the summary as Markdown.")] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar, no table.")] = False,
) -> None:
    """Build the graph from press releases."""
    from graph import store
    from ontology.validate import format_report, validate as run_validation

    _fail_on_directories(out=out, html=html, summary=summary_file)
    ds, summary = _run_build(inputs, keep_all, jobs, quiet)
    for skipped in summary.skipped:
        err.print(f"[yellow]warning:[/] {skipped.source_path}: skipped: {skipped.reason}", highlight=False, soft_wrap=True)
    if summary.read == 0:
        fail(f"{', '.join(map(str, inputs))}: no readable release found; nothing written")
    conforms = True
    if validate:
        from graph.build import findings_graph

        result = run_validation(findings_graph(ds), in_place=True)
        conforms = result.conforms
        if not result.conforms or result.warnings:
            err.print(format_report(result), highlight=False, soft_wrap=True)
    store.write_dataset(ds, out)
    if html is not None:
        from graph.viz import render_page

        render_page(ds, html)
    if summary_file is not None:
        store.write_bytes_atomic(summary_file, summary_markdown(summary).encode("utf-8"))
    if not quiet:
        console.print(summary_table(summary))
        console.print(f"wrote {out}" + (f", {html}" if html else "") + (f", {summary_file}" if summary_file else ""))
    if not conforms:
        fail(f"{out}: the graph does not conform to the SHACL shapes (see the report above)", 1)
    if strict and summary.skipped:
        fail(f"{len(summary.skipped)} input(s) skipped and --strict was given", 1)


#: A file name to suggest inside a directory given for an output option.
_EXAMPLE_NAMES = {"out": "graph.trig", "html": "graph.html", "summary": "summary.md"}


def _fail_on_directories(**outputs: Path | None) -> None:
    """Stop before a build whose output path names a directory: a whole-archive build would be lost at its end."""
    for option, path in outputs.items():
        if path is not None and path.is_dir():
            fail(f"{path}: is a directory; --{option} takes a file path (such as {path / _EXAMPLE_NAMES[option]})")


@app.command("validate")
def validate_command(graph: Annotated[Path, typer.Argument(help="A graph file written by build.")]) -> None:
    """Check a graph against the SHACL shapes; exit 1 on violations."""
    from graph.store import GraphFileError, load_dataset, union_graph
    from ontology.validate import format_report, validate as run_validation

    try:
        ds = load_dataset(graph)
    except GraphFileError as exc:
        fail(str(exc))
    result = run_validation(union_graph(ds), in_place=True)
    console.print(format_report(result), highlight=False, soft_wrap=True)
    if not result.conforms:
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (spec/scoring.md).")],
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Releases to build (default: data/samples).")] = None,
    graph: Annotated[Optional[Path], typer.Option("--graph", help="Score this graph file instead of building.")] = None,
    corpus: Annotated[Optional[Path], typer.Option("--corpus", help="Read the gold files' source_member releases from this archive.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Also list what was missed or extra, per release.")] = False,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs")] = None,
) -> None:
    """Score extraction against hand-made gold, as spec/scoring.md says."""
    import json

    from graph.build import build_dataset
    from graph.evaluate import format_report, load_gold, evaluate, report_as_dict
    from graph.store import GraphFileError, load_dataset

    if not gold_dir.is_dir():
        fail(f"{gold_dir}: no such gold folder")
    try:
        gold = load_gold(gold_dir)
    except ValueError as exc:
        fail(str(exc))
    if graph is not None:
        try:
            ds = load_dataset(graph)
        except GraphFileError as exc:
            fail(str(exc))
    elif corpus is not None:
        from graph.build import build_members

        members = {g["source_member"] for g in gold if g.get("source_member")}
        if not members:
            fail(f"{gold_dir}: no gold file names a source_member to read from {corpus}")
        ds, summary = build_members(corpus, members, jobs=jobs)
        if summary.read < len(members):
            err.print(f"[yellow]warning:[/] {corpus}: found {summary.read} of {len(members)} source members")
    else:
        ds, _ = build_dataset(inputs or [DEFAULT_SAMPLES], jobs=jobs)
    report = evaluate(gold, ds)
    if as_json:
        console.print_json(json.dumps(report_as_dict(report), ensure_ascii=False))
    else:
        console.print(format_report(report, details=details), highlight=False, soft_wrap=True)


# --- explore commands (query, serve, viz, export) register below -------------------
# (graph/commands_explore.py owns them)
from graph import commands_explore as _explore  # noqa: E402

app.command("query")(_explore.query)
app.command("serve")(_explore.serve)
app.command("viz")(_explore.viz_command)
app.command("export")(_explore.export)
app.command("stats")(_explore.stats)


if __name__ == "__main__":
    main()
