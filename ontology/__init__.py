"""The coopgraph vocabulary: namespaces, the OWL ontology, the cgf: field scheme and the SHACL shapes.

The graphs are read once from the package's own files and cached; treat them as read-only
(copy one before adding triples to it).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.term import Node
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from ontology.fields import build_field_scheme, field_ancestors, field_iri, field_labels
from ontology.namespace import CG, CGF, ID, ONTOLOGY_FILE

SHAPES_FILE = Path(__file__).with_name("shapes.ttl")

#: The prefixes of the graph contract, as users' queries and written graphs spell them.
#: Minted resources (``ID``) are written as full IRIs: their paths (``release/…``) are not
#: valid prefixed names without escapes.
PREFIXES: dict[str, str] = {
    prefix: str(namespace) for prefix, namespace in (
        ("cg", CG), ("cgf", CGF), ("org", ORG), ("foaf", FOAF), ("prov", PROV), ("skos", SKOS),
        ("dcterms", DCTERMS), ("rdf", RDF), ("rdfs", RDFS), ("owl", OWL), ("xsd", XSD))
}



def plain_literal(node: Node | None) -> Node | None:
    """``"x"^^xsd:string`` as ``"x"``: RDF 1.1 makes them one literal, and Oxigraph returns the typed form, which
    rdflib (and so a graph union, or SHACL's ``sh:in``) would otherwise tell apart."""
    if type(node) is Literal and node.datatype == XSD.string:
        return Literal(str(node))
    return node


__all__ = [
    "CG",
    "CGF",
    "ID",
    "PREFIXES",
    "field_ancestors",
    "field_iri",
    "field_labels",
    "field_scheme",
    "ontology_graph",
    "plain_literal",
    "shapes_graph",
]


@cache
def ontology_graph() -> Graph:
    """The OWL ontology (coopgraph.ttl)."""
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@cache
def field_scheme() -> Graph:
    """The cgf: SKOS concept scheme built from cooperation-fields.tsv and field-labels.tsv."""
    return build_field_scheme()


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes (shapes.ttl) that ontology.validate checks built graphs against."""
    return Graph().parse(SHAPES_FILE, format="turtle")
