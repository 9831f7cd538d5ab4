"""The project's RDF namespaces, with the cg: terms checked at attribute access.

``CG`` is an rdflib ``DefinedNamespace``: a misspelt term (``CG.Agreemnt``) raises
AttributeError instead of silently minting a new IRI. Its body is generated from
``coopgraph.ttl`` so the Turtle file stays the single source of truth; after editing
the ontology run ``python -m ontology.namespace`` to rewrite the generated block.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

CG_IRI = "https://w3id.org/coopgraph/ontology#"
CGF_IRI = "https://w3id.org/coopgraph/field/"
ID_IRI = "https://w3id.org/coopgraph/id/"

CGF = Namespace(CGF_IRI)
ID = Namespace(ID_IRI)

ONTOLOGY_FILE = Path(__file__).with_name("coopgraph.ttl")
BEGIN_MARKER = "    # BEGIN GENERATED TERMS: python -m ontology.namespace"
END_MARKER = "    # END GENERATED TERMS"

#: Declared kinds of term, in the order the generated block lists them.
TERM_KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.Class, "Classes"),
    (OWL.ObjectProperty, "Object properties"),
    (OWL.DatatypeProperty, "Datatype properties"),
    (OWL.AnnotationProperty, "Annotation properties"),
)


class CG(DefinedNamespace):
    """The coopgraph ontology (https://w3id.org/coopgraph/ontology#)."""

    _fail = True
    _NS = Namespace(CG_IRI)

    # BEGIN GENERATED TERMS: python -m ontology.namespace
    # Classes
    Agreement: URIRef  # Agreement
    Build: URIRef  # Graph build
    Country: URIRef  # Country
    Event: URIRef  # Event
    JointDeclaration: URIRef  # Joint declaration
    LetterOfIntent: URIRef  # Letter of intent
    MemorandumOfUnderstanding: URIRef  # Memorandum of understanding
    OtherAgreement: URIRef  # Other agreement
    Release: URIRef  # Press release
    # Object properties
    country: URIRef  # country
    field: URIRef  # cooperation field
    location: URIRef  # location
    mentions: URIRef  # mentions
    participant: URIRef  # participant
    party: URIRef  # party
    signatory: URIRef  # signatory
    signedDuring: URIRef  # signed during
    wikidata: URIRef  # Wikidata item
    witness: URIRef  # witness
    # Datatype properties
    aboutDigitalCooperation: URIRef  # about digital cooperation
    durationYears: URIRef  # duration in years
    endDate: URIRef  # end date
    eventKind: URIRef  # event kind
    evidence: URIRef  # evidence
    extractorVersion: URIRef  # extractor version
    iso3166Alpha2: URIRef  # ISO 3166-1 alpha-2 code
    signingDate: URIRef  # signing date
    sourcePath: URIRef  # source path
    startDate: URIRef  # start date
    status: URIRef  # status
    # END GENERATED TERMS


def _materialise(namespace: type[DefinedNamespace]) -> None:
    """Make each declared term a plain class attribute of ``namespace``.

    A ``DefinedNamespace`` looks a term up through its metaclass on every access, checks the
    name and mints a new URIRef: a build names ``cg:mentions`` some 160,000 times. Found
    as an attribute, a term costs nothing; a misspelt one still reaches the metaclass and raises.
    """
    for name in namespace.__annotations__:
        setattr(namespace, name, namespace._NS[name])


_materialise(CG)


def declared_terms(ontology: Graph) -> dict[str, URIRef]:
    """Local name -> kind of every cg: term the ontology declares (first matching kind)."""
    terms: dict[str, URIRef] = {}
    for kind, _ in TERM_KINDS:
        for subject in ontology.subjects(RDF.type, kind):
            if isinstance(subject, URIRef) and str(subject).startswith(CG_IRI):
                terms.setdefault(str(subject)[len(CG_IRI) :], kind)
    return terms


def generated_block(ontology: Graph) -> str:
    """The class-body lines for every declared cg: term, grouped by kind and sorted."""
    terms = declared_terms(ontology)
    lines = [BEGIN_MARKER]
    for kind, heading in TERM_KINDS:
        names = sorted((n for n, k in terms.items() if k == kind), key=lambda n: (n.lower(), n))
        if not names:
            continue
        lines.append(f"    # {heading}")
        for name in names:
            label = _english_label(ontology, URIRef(CG_IRI + name))
            lines.append(f"    {name}: URIRef  # {label}".rstrip())
    lines.append(END_MARKER)
    return "\n".join(lines)


def regenerate(source: str, ontology: Graph) -> str:
    """``source`` (this module's text) with its generated block rebuilt from ``ontology``."""
    lines = source.split("\n")
    start = lines.index(BEGIN_MARKER)  # whole-line match: the constants above are not hit
    end = lines.index(END_MARKER, start)
    return "\n".join([*lines[:start], generated_block(ontology), *lines[end + 1 :]])


def _english_label(ontology: Graph, term: URIRef) -> str:
    for label in ontology.objects(term, RDFS.label):
        if isinstance(label, Literal) and label.language == "en":
            return " ".join(str(label).split())
    return ""


def main() -> int:
    """Rewrite this file's generated block from coopgraph.ttl; report whether it changed."""
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    module_file = Path(__file__)
    source = module_file.read_text(encoding="utf-8")
    updated = regenerate(source, ontology)
    if updated == source:
        print(f"{module_file.name}: CG already matches {ONTOLOGY_FILE.name}")
        return 0
    module_file.write_text(updated, encoding="utf-8")
    print(f"{module_file.name}: CG regenerated from {ONTOLOGY_FILE.name} ({len(declared_terms(ontology))} terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
