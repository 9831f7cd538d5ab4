"""The one module that knows which RDF store holds the graph, and how it reaches disk.

Everything else asks here for a dataset, loads one or writes one, so the in-memory rdflib
store can be swapped for Oxigraph (oxrdflib) in one place when graphs grow past ~1M triples.
Writes go to a temporary file in the target folder and are renamed over the target, so an
interrupted or failed write never leaves a half-written or emptied graph behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from graph import trig

#: Output formats by file extension; ``.ttl`` merges every named graph into one.
FORMATS: dict[str, str] = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".jsonld": "json-ld",
    ".nt": "nt",
}
DEFAULT_FORMAT = "trig"

STORE = "default"  # rdflib's in-memory store; "Oxigraph" once oxrdflib is adopted


class GraphFileError(ValueError):
    """A graph file could not be read: the message names the file and the problem."""


def new_dataset() -> Dataset:
    """An empty dataset whose default graph is the union-free default context."""
    return Dataset(store=STORE, default_union=False)


def format_for(path: Path) -> str:
    """The rdflib format for ``path``, from its extension (``.trig`` when unknown)."""
    return FORMATS.get(path.suffix.lower(), DEFAULT_FORMAT)


def load_dataset(path: str | Path) -> Dataset:
    """Read a graph file written by :func:`write_dataset` (any of :data:`FORMATS`)."""
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file")
    fmt = format_for(path)
    ds = new_dataset()
    try:
        if fmt in ("turtle", "nt"):
            ds.default_graph.parse(path, format=fmt)
        else:
            ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphFileError(f"{path}: not a readable {fmt} graph ({first_line})") from exc
    return ds


def merged_graph(ds: Dataset) -> Graph:
    """Every triple of every graph of ``ds`` in one plain graph (for Turtle or SHACL)."""
    merged = Graph()
    for prefix, ns in ds.namespaces():
        merged.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def serialise(ds: Dataset, fmt: str) -> bytes:
    """``ds`` as bytes in ``fmt``; single-graph formats get the merged graph.

    TriG and N-Quads use coopgraph's own writer: sorted (reproducible bytes) and fast.
    """
    if fmt == "trig":
        return trig.trig_bytes(ds)
    if fmt == "nquads":
        return trig.nquads_bytes(ds)
    if fmt in ("turtle", "nt"):
        return merged_graph(ds).serialize(format=fmt, encoding="utf-8")
    if fmt == "json-ld":
        return ds.serialize(format=fmt, encoding="utf-8", auto_compact=True)
    return ds.serialize(format=fmt, encoding="utf-8")


def write_dataset(ds: Dataset, path: str | Path) -> Path:
    """Write ``ds`` to ``path`` atomically: a temp file beside it, then a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = serialise(ds, format_for(path))
    write_bytes_atomic(path, data)
    return path


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so readers see the old file or the new, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
