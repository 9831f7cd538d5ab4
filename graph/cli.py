"""The ``coopgraph`` command line: build, validate, eval, and the ways to explore a graph."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="coopgraph",
    help="Thailand's digital-cooperation agreements, read from Thai government press releases, as an RDF graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def main() -> None:
    """Console-script entry point."""
    app()


# --- explore commands (query, serve, viz, export) register below -------------------
# (graph/commands_explore.py owns them)
