"""Check a built graph against ontology/shapes.ttl and report problems readably.

The data is merged into one plain graph together with the ontology and the cgf: scheme
before pyshacl runs: pyshacl would otherwise validate each named graph of a dataset on its
own, where the agreements' releases, the resolved actors and the scheme's concepts (all in
other graphs) are missing and every sh:class check would fail. The shapes' own
rdfs:subClassOf axioms (their validation-only superclasses, see shapes.ttl) go in too.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, SH, Dataset, Graph, Literal, URIRef
from rdflib.term import BNode, Node

from ontology import CG, CGF, ID, field_scheme, ontology_graph, plain_literal, shapes_graph

#: pyshacl inference mode: none, the shapes only rely on the ontology's rdfs:subClassOf,
#: which SHACL's sh:class and sh:targetClass already follow in the data graph.
INFERENCE = "none"
SEVERITY_NAMES: dict[URIRef, str] = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
#: Prefixes the report uses whatever the data binds, so focus nodes read id:…, cgf:….
PREFERRED_PREFIXES: tuple[tuple[str, str], ...] = (("cg", str(CG._NS)), ("cgf", str(CGF)), ("id", str(ID)))
#: The shapes' own terms (cgsh:), among them the validation-only superclasses.
SHAPES_NAMESPACE = "https://w3id.org/coopgraph/shapes#"
#: Longest literal value repeated in a report line before it is shortened.
MAX_VALUE_CHARS = 60


@dataclass(frozen=True)
class Problem:
    """One SHACL validation result: what failed, where, and how badly."""

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of :func:`validate`: warnings and infos never make ``conforms`` false."""

    conforms: bool
    violations: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    report: str


def validate(data: Graph | Dataset, *, in_place: bool = False) -> ValidationResult:
    """Validate ``data`` (a graph, or a dataset whose named graphs are merged) against the shapes.

    ``in_place``: ``data`` is a plain graph made for this check (graph.store.union_graph), so
    the vocabularies are added to it rather than to a copy of a whole archive's triples.
    """
    if in_place and isinstance(data, Dataset):
        raise TypeError("validate(in_place=True) takes a plain graph, not a dataset")
    merged = _with_vocabularies(data, data) if in_place else _merged_with_vocabularies(data)
    conforms, results_graph, report_text = shacl_validate(
        merged,
        shacl_graph=shapes_graph(),
        inference=INFERENCE,
        allow_warnings=True,
        inplace=True,  # ``merged`` is our own copy, or given to us
        abort_on_first=False,
    )
    # Only the report's own results: nested sh:detail results repeat what their parent says.
    top_level = {
        result
        for report in results_graph.subjects(RDF.type, SH.ValidationReport)
        for result in results_graph.objects(report, SH.result)
    }
    problems = sorted({_problem(results_graph, node, merged) for node in top_level}, key=_order)
    return ValidationResult(
        conforms=bool(conforms),
        violations=tuple(p for p in problems if p.severity == "Violation"),
        warnings=tuple(p for p in problems if p.severity != "Violation"),
        report=str(report_text),
    )


def format_report(result: ValidationResult) -> str:
    """A short report: a summary line, then one line per problem (severity, focus, path, message)."""
    verdict = "conforms" if result.conforms else "does not conform"
    lines = [f"SHACL: {verdict} ({len(result.violations)} violations, {len(result.warnings)} warnings)"]
    for problem in (*result.violations, *result.warnings):
        where = f"{problem.focus} {problem.path}" if problem.path else problem.focus
        value = f" [value: {problem.value}]" if problem.value is not None else ""
        lines.append(f"{problem.severity}: {where}: {problem.message}{value}")
    return "\n".join(lines)


def _merged_with_vocabularies(data: Graph | Dataset) -> Graph:
    """One plain graph: every triple of ``data`` (all named graphs) plus ontology, scheme and
    the shapes' subclass axioms."""
    merged = Graph()
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            merged.add((s, p, plain_literal(o)))
    else:
        for s, p, o in data:
            merged.add((s, p, plain_literal(o)))
    return _with_vocabularies(merged, data)


def _with_vocabularies(merged: Graph, data: Graph | Dataset) -> Graph:
    """``merged`` with the ontology, the scheme and the shapes' subclass axioms added, and
    ``data``'s prefixes after the report's own."""
    for vocabulary in (ontology_graph(), field_scheme()):
        for triple in vocabulary:
            merged.add(triple)
    for triple in validation_axioms():
        merged.add(triple)
    for prefix, namespace in (*PREFERRED_PREFIXES, *ontology_graph().namespaces(), *data.namespaces()):
        merged.bind(prefix, namespace, override=False)
    return merged


def validation_axioms() -> list[tuple[Node, Node, Node]]:
    """shapes.ttl's ``X rdfs:subClassOf cgsh:…`` axioms (its validation-only superclasses).

    Only those: pyshacl adds RDFS/OWL axioms of its own to the (cached) shapes graph as it runs.
    """
    return [(s, p, o) for s, p, o in shapes_graph().triples((None, RDFS.subClassOf, None))
            if isinstance(o, URIRef) and o.startswith(SHAPES_NAMESPACE)]


def _order(problem: Problem) -> tuple[bool, str, str, str, str]:
    """Violations first, then by focus node, so related problems sit together."""
    return (problem.severity != "Violation", problem.focus, problem.path or "", problem.message, problem.value or "")


def _problem(results: Graph, result: Node, names: Graph) -> Problem:
    """One result node of pyshacl's report as a :class:`Problem`, nodes shown with ``names``' prefixes."""
    severity = results.value(result, SH.resultSeverity)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    return Problem(
        focus=_show(names, results.value(result, SH.focusNode)),
        path=_show(names, path) if path is not None else None,
        message="; ".join(messages) or "(no message)",
        severity=SEVERITY_NAMES.get(severity, str(severity)),
        value=_show(names, value) if value is not None else None,
    )


def _show(graph: Graph, node: Node | None) -> str:
    """A compact, prefixed rendering of a node for a one-line report."""
    if node is None:
        return "?"
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # rdflib refuses some IRIs as QNames; fall back to <iri>
            return f"<{node}>"
    if isinstance(node, Literal):
        text = str(node)
        if len(text) > MAX_VALUE_CHARS:
            text = text[: MAX_VALUE_CHARS - 1] + "…"
        if node.language:
            return f'"{text}"@{node.language}'
        return f'"{text}"' + (f"^^{_show(graph, node.datatype)}" if node.datatype else "")
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)
