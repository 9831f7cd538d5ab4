"""SPARQL over a coopgraph dataset: the union view, canned queries and safe parameters.

Query semantics (documented for users): the *default graph* of every query is the union of
all graphs (ontology, field scheme, resolved actors and every release's named graph), so a
plain ``?a cg:party ?p`` finds every agreement; ``GRAPH ?g { … }`` still ranges over the
named graphs only, i.e. over releases. Parameters are always bound as RDF terms through
``initBindings`` and never pasted into query text, so a label such as ``"} DROP ALL {"`` is
just a string that matches nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql.processor import SPARQLProcessor, SPARQLResult
from rdflib.query import Result
from rdflib.term import Identifier, Node

from ontology import CG, CGF, ID, plain_literal
from ontology import PREFIXES as ONTOLOGY_PREFIXES

if TYPE_CHECKING:  # pandas is imported by the one function that returns a DataFrame (the CLI need not load it)
    import pandas as pd

#: Prefixes every query may use without declaring them; also used to shorten IRIs for display.
PREFIXES: dict[str, str] = {**ONTOLOGY_PREFIXES, "id": str(ID)}

QUERY_DIR = Path(__file__).resolve().parent / "queries"

#: Output formats for SELECT/ASK results and for CONSTRUCT/DESCRIBE graphs.
RESULT_FORMATS = ("csv", "json", "tsv", "xml")
GRAPH_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "json": "json-ld", "xml": "xml"}


class QueryError(ValueError):
    """A query could not be found, parsed or given its parameters; the message says which."""


@dataclass(frozen=True)
class Parameter:
    """One ``?name`` a canned query accepts; ``kind`` is a class CURIE or an ``xsd:`` datatype."""

    name: str
    kind: str
    description: str
    optional: bool = True


@dataclass(frozen=True)
class CannedQuery:
    """A named, documented query read from ``graph/queries/<name>.rq``."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str

    def parameter(self, name: str) -> Parameter:
        """The declared parameter ``name`` (with or without ``?``)."""
        wanted = name.lstrip("?$")
        for param in self.parameters:
            if param.name == wanted:
                return param
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryError(f"query {self.name!r} has no parameter {wanted!r} (parameters: {known})")


# --------------------------------------------------------------------------- the union view


def union_view(ds: Dataset) -> Dataset:
    """A dataset over the same store whose default graph is the union of all graphs.

    It shares ``ds``'s store (no copy), so it is cheap and always current; ``ds`` itself keeps
    its own ``default_union`` setting untouched.
    """
    if ds.default_union:
        return ds
    return Dataset(store=ds.store, default_union=True)


def run_query(ds: Dataset, query: str, bindings: Mapping[str, Node] | None = None) -> Result:
    """Evaluate ``query`` over the union view with ``bindings`` as pre-bound RDF terms."""
    init = {name.lstrip("?$"): term for name, term in (bindings or {}).items() if term is not None}
    for name, term in init.items():
        if not isinstance(term, Identifier):
            raise QueryError(f"parameter {name!r} must be an RDF term, got {type(term).__name__}")
    view = union_view(ds)
    try:
        try:
            result = view.query(query, initNs=PREFIXES, initBindings=init)
        except RuntimeError as exc:
            if "SELECT projection" not in str(exc):
                raise
            # Oxigraph binds only projected variables; rdflib's own engine binds any,
            # reading the same store triple by triple (slower, and only for such queries).
            result = SPARQLResult(SPARQLProcessor(view).query(query, initNs=PREFIXES, initBindings=init))
    except Exception as exc:  # parser and evaluation errors have many types
        raise QueryError(f"bad query: {_first_line(exc)}") from exc
    if result.type == "SELECT":
        result.bindings = [{var: plain_literal(value) for var, value in row.items()} for row in result.bindings]
    return result


# --------------------------------------------------------------------------- canned queries

_HEADER_LINE = re.compile(r"^#\s?(?P<key>title|description|param)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"^\?(?P<name>\w+)\s+(?P<kind>[\w-]+:[\w-]+)\s*(?P<required>required|optional)?\s*(?:[—-]+\s*)?(?P<text>.*)$"
)


def parse_canned(name: str, text: str) -> CannedQuery:
    """Read the ``# title:``, ``# description:`` and ``# param:`` header of a ``.rq`` file.

    Indented comment lines continue the previous entry; the header ends at the first line
    that is not a comment.
    """
    entries: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER_LINE.match(line)
        if match:
            entries.append((match["key"], match["value"].strip()))
        elif entries and re.match(r"^#\s{2,}\S", line):
            key, value = entries[-1]
            entries[-1] = (key, f"{value} {line.lstrip('#').strip()}")
    title = next((v for k, v in entries if k == "title"), "")
    description = " ".join(v for k, v in entries if k == "description")
    params = []
    for key, value in entries:
        if key != "param":
            continue
        match = _PARAM.match(value)
        if not match:
            raise QueryError(f"{name}.rq: cannot read parameter line {value!r}")
        params.append(
            Parameter(match["name"], match["kind"], match["text"].strip(), match["required"] != "required")
        )
    if not title:
        raise QueryError(f"{name}.rq: the header has no '# title:' line")
    return CannedQuery(name, title, description, tuple(params), text)


@lru_cache(maxsize=1)
def canned_queries() -> dict[str, CannedQuery]:
    """Every query of ``graph/queries/*.rq`` by file stem, in name order."""
    return {
        path.stem: parse_canned(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(QUERY_DIR.glob("*.rq"))
    }


def canned_query(name: str) -> CannedQuery:
    """The canned query ``name``, or a :class:`QueryError` that lists the known names."""
    queries = canned_queries()
    if name not in queries:
        raise QueryError(f"unknown query {name!r}; known queries: {', '.join(queries)}")
    return queries[name]


# --------------------------------------------------------------------------- parameters

# Bound variables are projected: Oxigraph substitutes only variables of the projection.
_RESOLVE_ISO = """SELECT DISTINCT ?resource ?wanted WHERE {
  ?resource cg:iso3166Alpha2 ?code . FILTER(UCASE(STR(?code)) = ?wanted)
}"""
_RESOLVE_LABEL = """SELECT DISTINCT ?resource ?wanted ?class WHERE {
  VALUES ?property { rdfs:label skos:prefLabel skos:altLabel skos:notation foaf:name dcterms:title }
  ?resource ?property ?text . FILTER(STR(?text) = ?wanted)
  ?resource a ?class .
}"""
_RESOLVE_LABEL_ANY = """SELECT DISTINCT ?resource ?wanted WHERE {
  VALUES ?property { rdfs:label skos:prefLabel skos:altLabel skos:notation foaf:name dcterms:title }
  ?resource ?property ?text . FILTER(STR(?text) = ?wanted)
}"""


def expand_curie(ds: Dataset, value: str) -> URIRef | None:
    """``<iri>``, ``http(s)://…`` or ``prefix:local`` as an IRI; ``None`` for anything else."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if re.match(r"^(https?|urn):", value):
        return URIRef(value)
    prefix, sep, local = value.partition(":")
    if not sep or not re.fullmatch(r"[A-Za-z][\w.-]*", prefix) or " " in local:
        return None
    namespaces = {p: str(ns) for p, ns in PREFIXES.items()}
    namespaces.update({p: str(ns) for p, ns in ds.namespaces() if p and p not in namespaces})
    if prefix in namespaces:
        return URIRef(namespaces[prefix] + local)
    return None


def resolve_param(ds: Dataset, param: Parameter, value: str | Node) -> Node:
    """Turn a user's value for ``param`` into an RDF term.

    Accepts an RDF term as is; an IRI or CURIE; for ``xsd:`` kinds a typed literal; for a
    ``cg:Country`` an ISO 3166 code; otherwise the resource whose label, title or notation
    equals ``value`` exactly (resolved by a query with bindings, restricted to the class).
    """
    if isinstance(value, Identifier):
        return value
    text = str(value).strip()
    if param.kind.startswith("xsd:"):
        datatype = XSD[param.kind.split(":", 1)[1]]
        if datatype == XSD.string:
            return Literal(text)
        literal = Literal(text, datatype=datatype)
        if literal.ill_typed:
            raise QueryError(f"?{param.name}: {text!r} is not a valid {param.kind}")
        return literal
    iri = expand_curie(ds, text)
    if iri is not None:
        return iri
    if param.kind in ("cg:Country", "rdfs:Resource") and re.fullmatch(r"[A-Za-z]{2}", text):
        found = _resources(ds, _RESOLVE_ISO, {"wanted": Literal(text.upper())})
        if found:
            return _only(param, text, found)
    cls = None if param.kind == "rdfs:Resource" else expand_curie(ds, param.kind)
    if cls is None:
        found = _resources(ds, _RESOLVE_LABEL_ANY, {"wanted": Literal(text)})
    else:
        found = _resources(ds, _RESOLVE_LABEL, {"wanted": Literal(text), "class": cls})
    if not found:
        raise QueryError(f"?{param.name}: nothing of type {param.kind} is labelled {text!r}")
    return _only(param, text, found)


def _resources(ds: Dataset, query: str, bindings: dict[str, Node]) -> list[Node]:
    return sorted({row[0] for row in run_query(ds, query, bindings)}, key=str)


def _only(param: Parameter, text: str, found: list[Node]) -> Node:
    if len(found) > 1:
        listed = ", ".join(str(f) for f in found[:5])
        raise QueryError(f"?{param.name}: {text!r} is ambiguous ({listed}); give an IRI")
    return found[0]


def bind_params(ds: Dataset, canned: CannedQuery, params: Mapping[str, Any]) -> dict[str, Node]:
    """Resolve every given parameter; complain about missing required ones."""
    bound = {
        canned.parameter(name).name: resolve_param(ds, canned.parameter(name), value)
        for name, value in params.items()
        if value is not None
    }
    missing = [p.name for p in canned.parameters if not p.optional and p.name not in bound]
    if missing:
        raise QueryError(f"query {canned.name!r} needs parameter(s): {', '.join(missing)}")
    return bound


def parse_param_options(options: list[str]) -> dict[str, str]:
    """``["country=CN", "year=2024"]`` from the command line as a dict."""
    params: dict[str, str] = {}
    for option in options:
        name, sep, value = option.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"parameter {option!r} is not name=value")
        params[name.strip().lstrip("?$")] = value
    return params


def looks_like_sparql(text: str) -> bool:
    """True for query text (as opposed to a canned query's name or a file name)."""
    return bool(re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.IGNORECASE)) and "{" in text


def execute(ds: Dataset, name_or_text: str, params: Mapping[str, Any] | None = None) -> Result:
    """Run a canned query by name, or SPARQL text, with user-level parameter values."""
    params = dict(params or {})
    if looks_like_sparql(name_or_text):
        canned = parse_free_text(name_or_text)
        bindings = {k: (v if isinstance(v, Identifier) else _free_value(ds, k, v)) for k, v in params.items()}
        return run_query(ds, canned.text, bindings)
    canned = canned_query(name_or_text)
    return run_query(ds, canned.text, bind_params(ds, canned, params))


def parse_free_text(text: str) -> CannedQuery:
    """Ad-hoc SPARQL wrapped as an anonymous query (its header, if any, is ignored)."""
    return CannedQuery("(text)", "ad-hoc query", "", (), text)


def _free_value(ds: Dataset, name: str, value: Any) -> Node:
    """A parameter of ad-hoc text: an IRI/CURIE, else a resource by label, else a literal."""
    text = str(value)
    iri = expand_curie(ds, text)
    if iri is not None:
        return iri
    found = _resources(ds, _RESOLVE_LABEL_ANY, {"wanted": Literal(text)})
    return found[0] if len(found) == 1 else Literal(text)


# --------------------------------------------------------------------------- results


def query_dataframe(ds: Dataset, name_or_text: str, **params: Any) -> pd.DataFrame:
    """A SELECT result as a DataFrame: IRIs as strings, literals as Python values."""
    import pandas as pd

    result = execute(ds, name_or_text, params)
    if result.type != "SELECT":
        raise QueryError(f"query_dataframe needs a SELECT query, got {result.type}")
    columns = [str(v) for v in result.vars or []]
    rows = [[_python_value(term) for term in row] for row in result]
    return pd.DataFrame(rows, columns=columns)


def _python_value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


def shorten(ds: Dataset | None, term: Node | None) -> str:
    """A term as a short display string: CURIE for known namespaces, lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
        if text.startswith(str(ns)) and len(text) > len(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return text


def result_table(result: Result, ds: Dataset | None = None) -> tuple[list[str], list[list[str]]]:
    """Column names and display strings of a SELECT/ASK result (for terminal tables)."""
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type != "SELECT":
        raise QueryError("a table needs a SELECT or ASK query")
    columns = [str(v) for v in result.vars or []]
    return columns, [[shorten(ds, term) for term in row] for row in result]


def serialize_result(result: Result, fmt: str) -> bytes:
    """``result`` in a standard SPARQL results format (csv, json, tsv, xml) or, for graphs, RDF."""
    fmt = fmt.lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rdf_format = GRAPH_FORMATS.get(fmt)
        if rdf_format is None:
            raise QueryError(f"a {result.type} result cannot be written as {fmt}; use turtle or nt")
        return result.graph.serialize(format=rdf_format, encoding="utf-8")
    if fmt == "tsv":
        return _tsv(result).encode("utf-8")
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if fmt == "csv" and result.type == "ASK":
        return f"_askResult\r\n{str(bool(result.askAnswer)).lower()}\r\n".encode()
    return result.serialize(format=fmt, encoding="utf-8")


def _tsv(result: Result) -> str:
    """SPARQL 1.1 TSV results: ``?var`` headers and terms in Turtle syntax."""
    if result.type == "ASK":
        return f"?_askResult\n{str(bool(result.askAnswer)).lower()}\n"
    columns = [str(v) for v in result.vars or []]
    lines = ["\t".join(f"?{c}" for c in columns)]
    for row in result:
        lines.append("\t".join("" if term is None else _tsv_term(term) for term in row))
    return "\n".join(lines) + "\n"


def _tsv_term(term: Node) -> str:
    text = term.n3()
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


__all__ = [
    "CG",
    "CGF",
    "ID",
    "PREFIXES",
    "CannedQuery",
    "Parameter",
    "QueryError",
    "canned_queries",
    "canned_query",
    "execute",
    "query_dataframe",
    "resolve_param",
    "run_query",
    "serialize_result",
    "union_view",
]
