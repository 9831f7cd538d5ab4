"""The explore commands of the ``coopgraph`` CLI: query, serve, viz, export, stats.

Each command loads the graph through ``graph.store`` and reports any user error (missing or
unreadable graph, unknown query, bad parameter) as one line on stderr with exit status 2.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rdflib import Dataset
from rich.console import Console
from rich.table import Table

# (graph.analytics and graph.viz load pandas and networkx: imported by the commands that use them,
# so that ``coopgraph build`` starts half a second sooner)
from graph.query import (
    QueryError,
    canned_queries,
    execute,
    looks_like_sparql,
    parse_param_options,
    result_table,
    serialize_result,
)
from graph.store import GraphFileError, load_dataset

OUTPUT_FORMATS = ("table", "csv", "json", "tsv")


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one line and exit status 2 (no traceback)."""
    try:
        yield
    except (GraphFileError, QueryError, ValueError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _load(graph: Optional[Path]) -> Dataset:
    if graph is None:
        raise GraphFileError("no graph file given")
    return load_dataset(graph)


def _query_text(query: str) -> str:
    """A canned query's name, a ``.rq`` file, or SPARQL text, as something :func:`execute` runs."""
    if looks_like_sparql(query) or query in canned_queries():
        return query
    path = Path(query)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    raise QueryError(f"unknown query {query!r}; see `coopgraph query --list`")


def _list_queries(console: Console) -> None:
    table = Table(title="canned queries", show_lines=False)
    for column in ("name", "title", "parameters"):
        table.add_column(column)
    for name, canned in canned_queries().items():
        params = ", ".join(f"?{p.name}{'' if p.optional else '*'} ({p.kind})" for p in canned.parameters)
        table.add_row(name, canned.title, params)
    console.print(table)
    console.print("* = required. Pass with -p name=value (IRI, CURIE, ISO code for countries, or exact label).")


def query(
    graph: Optional[Path] = typer.Argument(None, help="Graph file (.trig, .nq, .ttl …)."),
    query: Optional[str] = typer.Argument(None, help="Canned query name, a .rq file, or SPARQL text."),
    param: list[str] = typer.Option([], "--param", "-p", help="name=value; repeatable."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, json or tsv."),
    list_: bool = typer.Option(False, "--list", help="List the canned queries and exit."),
) -> None:
    """Run a canned or ad-hoc SPARQL query over the graph (default graph = union of all graphs)."""
    console = Console()
    with _user_errors():
        if list_:
            _list_queries(console)
            return
        if fmt not in OUTPUT_FORMATS:
            raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")
        if query is None:
            raise QueryError("no query given; see `coopgraph query --list`")
        text = _query_text(query)
        ds = _load(graph)
        result = execute(ds, text, parse_param_options(param))
        if fmt == "table" and result.type in ("SELECT", "ASK"):
            columns, rows = result_table(result, ds)
            table = Table(show_lines=False)
            for column in columns:
                table.add_column(column, overflow="fold")
            for row in rows:
                table.add_row(*row)
            console.print(table)
            console.print(f"{len(rows)} row(s)", style="dim")
            return
        out_format = "turtle" if fmt == "table" else fmt
        sys.stdout.write(serialize_result(result, out_format).decode("utf-8"))


def serve(
    graph: Path = typer.Argument(..., help="Graph file to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="TCP port (0 = any free port)."),
) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint until Ctrl-C."""
    from graph import serve as serving

    with _user_errors():
        ds = _load(graph)
        server = serving.SparqlServer(ds, host, port)
    typer.echo(f"SPARQL endpoint: {server.url}  (query page: {server.url.rsplit('/', 1)[0]}/; Ctrl-C stops)")
    serving.serve_until_interrupted(server)


def viz_command(
    graph: Path = typer.Argument(..., help="Graph file."),
    out: Path = typer.Option(Path("graph.html"), "--out", "-o", help="HTML page to write."),
    year: Optional[str] = typer.Option(None, "--year", help="YYYY or FROM-TO."),
    field: Optional[str] = typer.Option(None, "--field", help="Field notation, e.g. ai or security."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO code of a party country."),
    view: str = typer.Option("agreements", "--view", help="agreements, countries or actors."),
) -> None:
    """Write the interactive, self-contained graph page."""
    from graph import viz

    with _user_errors():
        if view not in viz.VIEWS:
            raise ValueError(f"unknown view {view!r}; use one of {', '.join(viz.VIEWS)}")
        years = viz.parse_year_range(year)
        ds = _load(graph)
        path = viz.render_page(ds, out, year=years, field=field, country=country, view=view)  # type: ignore[arg-type]
    typer.echo(f"wrote {path}")


def export(
    graph: Path = typer.Argument(..., help="Graph file."),
    to: str = typer.Option("graphml", "--to", help="graphml, gexf or csv (edge list)."),
    out: Path = typer.Option(..., "--out", "-o", help="File to write."),
    projection: str = typer.Option("countries", "--projection", help="countries, bipartite or posts."),
) -> None:
    """Export a networkx projection of the graph for Gephi, Cytoscape or a spreadsheet."""
    from graph import analytics

    with _user_errors():
        if to not in analytics.EXPORT_FORMATS:
            raise ValueError(f"unknown format {to!r}; use one of {', '.join(analytics.EXPORT_FORMATS)}")
        if projection not in analytics.PROJECTIONS:
            raise ValueError(f"unknown projection {projection!r}; use one of {', '.join(analytics.PROJECTIONS)}")
        ds = _load(graph)
        network = analytics.projection(ds, projection)
        path = analytics.export_graph(network, out, to)
    typer.echo(f"wrote {path} ({network.number_of_nodes()} nodes, {network.number_of_edges()} edges)")


def stats(
    graph: Path = typer.Argument(..., help="Graph file."),
    top: int = typer.Option(10, "--top", help="How many central nodes to show."),
    method: str = typer.Option("greedy", "--communities", help="greedy or louvain."),
) -> None:
    """Centrality and communities of the country network and the actor–agreement graph."""
    from graph import analytics

    console = Console()
    with _user_errors():
        ds = _load(graph)
        records = analytics.read_agreements(ds)
        summaries = [
            analytics.summarise(analytics.country_network(ds, records), top, method),
            analytics.summarise(analytics.bipartite_graph(ds, records), top, method),
        ]
    console.print(f"{len(records)} agreement(s)")
    for summary in summaries:
        modularity = f"{summary.modularity:.3f}" if summary.modularity is not None else "–"
        console.print(
            f"\n[bold]{summary.name}[/bold]: {summary.nodes} nodes, {summary.edges} edges, "
            f"{summary.components} component(s), density {summary.density:.3f}, modularity {modularity}"
        )
        table = Table("label", "degree", "strength", "betweenness", "eigenvector")
        for _, row in summary.top.iterrows():
            table.add_row(
                str(row["label"]),
                str(int(row["degree"])),
                f"{row['strength']:g}",
                f"{row['betweenness']:.3f}",
                "–" if row["eigenvector"] != row["eigenvector"] else f"{row['eigenvector']:.3f}",
            )
        console.print(table)
        for index, members in enumerate(summary.communities[:top], 1):
            shown = ", ".join(members[:8]) + (f", … (+{len(members) - 8})" if len(members) > 8 else "")
            console.print(f"  community {index} ({len(members)}): {shown}")
