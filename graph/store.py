"""The one module that knows which RDF store holds the graph, and how it reaches disk.

Everything else asks here for a dataset, loads one or writes one. The store is Oxigraph
(through oxrdflib): the rest of the code sees an ordinary rdflib ``Dataset``, while SPARQL
runs in Oxigraph (30–2,500× faster than rdflib's memory store on joins over a
whole-archive graph) and :func:`add_quads` loads a build's triples in bulk, skipping the
per-triple bookkeeping of ``Graph.add`` (~90 µs a triple). Writes go to a temporary file
in the target folder and are renamed over the target, so an interrupted or failed write
never leaves a half-written or emptied graph behind.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

from collections.abc import Iterable

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import to_ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import BNode, Literal, Node, URIRef

from ontology import PREFIXES, plain_literal

Quad = tuple[Node, Node, Node, Node]

#: Output formats by file extension; ``.ttl`` merges every named graph into one.
FORMATS: dict[str, str] = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".jsonld": "json-ld",
    ".nt": "nt",
}
DEFAULT_FORMAT = "trig"

#: Formats Oxigraph parses natively (fast); the others go through rdflib's parsers.
NATIVE_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                  "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}


class GraphFileError(ValueError):
    """A graph file could not be read: the message names the file and the problem."""


def new_dataset() -> Dataset:
    """An empty Oxigraph-backed dataset; its default graph is not the union of the others."""
    return Dataset(store=OxigraphStore(store=ox.Store()), default_union=False)


def _oxigraph(ds: Dataset) -> ox.Store | None:
    store = ds.store
    return store._inner if isinstance(store, OxigraphStore) else None


def add_quads(ds: Dataset, quads: Iterable[Quad]) -> None:
    """Add ``(s, p, o, graph IRI)`` quads at once (``DATASET_DEFAULT_GRAPH_ID`` = default)."""
    inner = _oxigraph(ds)
    if inner is None:  # a dataset made elsewhere, on another store
        for s, p, o, g in quads:
            ds.graph(g).add((s, p, o))
        return
    # Oxigraph writes in insertion order: a sorted batch keeps the output bytes the same
    # from build to build (Python's set order, e.g. of the ontology graph, varies by run).
    quads = list(quads)
    one_graph = bool(quads) and all(quad[3] is quads[0][3] for quad in quads)
    inner.extend(_native_quads(sorted(quads, key=_sort_key_in_graph if one_graph else _sort_key)))


def _sort_key_in_graph(quad: Quad) -> tuple[str, str, str]:
    """:func:`_sort_key` for a batch of one graph's quads (a release's): the same order, one term less to write."""
    s, p, o, _ = quad
    return _n3(s), _n3(p), _n3(o)


def _sort_key(quad: Quad) -> tuple[str, str, str, str]:
    """The quad's terms in N3, the batch order of :func:`add_quads`."""
    s, p, o, g = quad
    return _n3(s), _n3(p), _n3(o), _n3(g)


def _n3(term: Node) -> str:
    """An IRI's N3 is the IRI in angle brackets; writing that directly skips rdflib's
    per-term validity check (Oxigraph checks the IRI when it is converted)."""
    return f"<{term}>" if type(term) is URIRef else term.n3()


_NO_GRAPH = object()  # (no quad's graph name: the first quad's is always converted)


def _native_quads(quads: Iterable[Quad]) -> list[ox.Quad]:
    """``[to_ox(quad) for quad in quads]``, dispatching on the exact term types a build makes.

    oxrdflib's converter compares every term with the default graph's id and tries the
    term classes in turn: Python-level work that was most of the cost of loading a
    build's findings. Anything unusual still goes through it. The graph name is converted
    once for each run of quads that share it (a batch is mostly one release's graph, and
    rdflib compares terms in Python). A default-graph quad is made without a graph
    argument: ``ox.Quad`` tries a ``DefaultGraph`` as each of the other kinds of graph
    name first, which costs more than converting the three other terms.
    """
    out = []
    graph: object = _NO_GRAPH
    native_graph: ox.NamedNode | ox.BlankNode | None = None
    for s, p, o, g in quads:
        if g is not graph:
            graph = g
            native_graph = None if g == DATASET_DEFAULT_GRAPH_ID else _native_term(g)
        if native_graph is None:
            out.append(ox.Quad(_native_term(s), _named_node(p), _native_term(o)))
        else:
            out.append(ox.Quad(_native_term(s), _named_node(p), _native_term(o), native_graph))
    return out


@lru_cache(maxsize=1 << 16)
def _named_node(iri: URIRef) -> ox.NamedNode:
    """The store's term for an IRI, made once: a build names the same predicates, releases,
    actors and datatypes quad after quad, and Oxigraph checks an IRI whenever it makes one."""
    return ox.NamedNode(iri)


def _native_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A subject, predicate, object or named graph (never the default graph) as the store's term."""
    kind = type(term)
    if kind is URIRef:
        return _named_node(term)
    if kind is Literal:
        return ox.Literal(term, language=term.language,
                          datatype=_named_node(term.datatype) if term.datatype else None)
    if kind is BNode:
        return ox.BlankNode(term)
    return to_ox(term)


def takes_native_quads(ds: Dataset) -> bool:
    """Can :func:`add_nquads` add to ``ds`` (is it on Oxigraph)?"""
    return _oxigraph(ds) is not None


def add_nquads(ds: Dataset, data: str) -> None:
    """Add N-Quads text to ``ds``, in its order.

    For bulk writers: Oxigraph parses the text faster than Python makes the store's terms.
    """
    _oxigraph(ds).load(data, format=ox.RdfFormat.N_QUADS)


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
        if fmt in NATIVE_FORMATS:
            _oxigraph(ds).bulk_load(path=str(path), format=NATIVE_FORMATS[fmt],
                                     to_graph=ox.DefaultGraph() if fmt in ("turtle", "nt") else None)
            _bind_prefixes_of(ds, path)
        else:
            ds.parse(path, format=fmt)
    except Exception as exc:  # the parsers raise many specific types
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphFileError(f"{path}: not a readable {fmt} graph ({first_line})") from exc
    return ds


def quad_count(ds: Dataset) -> int:
    """How many quads ``ds`` holds, across all its graphs (one call, not one per graph)."""
    inner = _oxigraph(ds)
    return len(inner) if inner is not None else sum(len(g) for g in ds.graphs())


def _bind_prefixes_of(ds: Dataset, path: Path) -> None:
    """Keep the file's ``@prefix`` names, so results print ``cg:Agreement``, not full IRIs."""
    with path.open("r", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.startswith("@prefix"):
                if line.strip():
                    break
                continue
            parts = line.split()
            if len(parts) >= 3 and parts[1].endswith(":"):
                ds.bind(parts[1][:-1], parts[2].strip("<>"), override=True)


def merged_graph(ds: Dataset) -> Graph:
    """Every triple of every graph of ``ds`` in one plain graph (for Turtle or SHACL)."""
    merged = Graph()
    for prefix, ns in ds.namespaces():
        merged.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def union_graph(ds: Dataset, names: Iterable[Node] | None = None) -> Graph:
    """The default graph and the named graphs ``names`` (every graph when None) as one plain
    graph, for pyshacl: it walks the data triple by triple, in Python.

    Terms are made straight from Oxigraph's, each distinct one once (oxrdflib's per-quad
    conversion was a third of the cost of merging a whole-archive graph for pyshacl), and
    ``"x"^^xsd:string`` comes back as ``"x"``: RDF 1.1 makes them one literal, but rdflib,
    and so pyshacl's ``sh:in``, would tell them apart.
    """
    union = Graph()  # pyshacl needs a context-aware store: not SimpleMemory
    for prefix, namespace in ds.namespaces():
        union.bind(prefix, namespace, override=True)
    inner = _oxigraph(ds)
    if inner is None:  # a dataset made elsewhere, on another store
        wanted = None if names is None else {DATASET_DEFAULT_GRAPH_ID, *names}
        for graph in ds.graphs():
            if wanted is None or graph.identifier in wanted:
                for s, p, o in graph:
                    union.add((s, p, plain_literal(o)))
        return union
    if names is None:
        quads: Iterable[ox.Quad] = inner
    else:
        graph_names = [ox.DefaultGraph(), *(_native_term(name) for name in names)]
        quads = (quad for name in graph_names for quad in inner.quads_for_pattern(None, None, None, name))
    terms: dict[ox.NamedNode | ox.BlankNode | ox.Literal, Node] = {}

    def term(native: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
        known = terms.get(native)
        if known is None:
            known = terms[native] = _rdflib_term(native)
        return known

    for quad in quads:
        union.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    return union


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """An Oxigraph term as rdflib's, an ``xsd:string`` literal plain (see :func:`union_graph`)."""
    kind = type(term)
    if kind is ox.NamedNode:
        return URIRef(term.value)
    if kind is ox.BlankNode:
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def serialise(ds: Dataset, fmt: str) -> bytes:
    """``ds`` as bytes in ``fmt``; single-graph formats get the merged graph.

    Oxigraph writes TriG, N-Quads, Turtle and N-Triples natively (a whole-archive graph in
    seconds); its order is fixed by the content, so equal datasets give equal bytes.
    N-Quads are sorted as well, for line-wise diffs.
    """
    inner = _oxigraph(ds)
    if inner is None or fmt == "json-ld":
        return _serialise_with_rdflib(ds, fmt)
    prefixes = dict(PREFIXES)
    if fmt == "trig":
        return inner.dump(format=ox.RdfFormat.TRIG, prefixes=prefixes)
    if fmt == "nquads":
        return b"".join(sorted(inner.dump(format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)))
    merged = ox.Store()
    merged.extend([ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in inner])
    single = NATIVE_FORMATS[fmt]
    return merged.dump(format=single, from_graph=ox.DefaultGraph(),
                       **({"prefixes": prefixes} if fmt == "turtle" else {}))


def _serialise_with_rdflib(ds: Dataset, fmt: str) -> bytes:
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
        # mkstemp makes the file private (0600); the graph and the page are for sharing, so
        # they get the mode any new file gets here (0666 less the umask), as ``open`` would.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (only readable by setting it; set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
