"""The cooperation-field scheme (cgf:) as SKOS, built from the two TSV files beside this module.

``cooperation-fields.tsv`` (a copy of the spec) gives each concept's notation, broader
concept and English/Thai preferred labels; ``field-labels.tsv`` lists the other surface
forms releases use for it (grown from the thaigov corpus), which become ``skos:altLabel``s
so the extractors and the published graph share one list of recognised forms.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import DCTERMS, RDF, RDFS, SKOS, Graph, Literal, URIRef

from ontology.namespace import CGF, CGF_IRI

PACKAGE_DIR = Path(__file__).parent
FIELDS_FILE = PACKAGE_DIR / "cooperation-fields.tsv"
LABELS_FILE = PACKAGE_DIR / "field-labels.tsv"

#: The concept scheme's IRI is the cgf: namespace itself.
SCHEME = URIRef(CGF_IRI)
SCHEME_TITLES: tuple[tuple[str, str], ...] = (
    ("Digital cooperation fields", "en"),
    ("สาขาความร่วมมือด้านดิจิทัล", "th"),
)
LANGUAGES = ("en", "th")


@dataclass(frozen=True)
class FieldConcept:
    """One row of cooperation-fields.tsv."""

    notation: str
    broader: str | None
    label_en: str
    label_th: str


def field_iri(notation: str) -> URIRef:
    """The concept IRI for ``notation`` (cgf:<notation>); KeyError for an unknown notation."""
    if notation not in field_concepts():
        raise KeyError(f"unknown cooperation field {notation!r}")
    return CGF[notation]


@cache
def field_concepts() -> dict[str, FieldConcept]:
    """Notation -> concept, in file order; checks that every broader concept exists."""
    concepts: dict[str, FieldConcept] = {}
    with FIELDS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            notation = row["notation"].strip()
            if notation in concepts:
                raise ValueError(f"{FIELDS_FILE.name}: notation {notation!r} appears twice")
            concepts[notation] = FieldConcept(
                notation=notation,
                broader=row["broader"].strip() or None,
                label_en=_clean(row["label_en"]),
                label_th=_clean(row["label_th"]),
            )
    for concept in concepts.values():
        if concept.broader is not None and concept.broader not in concepts:
            raise ValueError(f"{FIELDS_FILE.name}: {concept.notation!r} has unknown broader {concept.broader!r}")
    return concepts


@cache
def alt_labels() -> dict[str, tuple[tuple[str, str], ...]]:
    """Notation -> ((label, lang), ...) from field-labels.tsv, in file order."""
    concepts = field_concepts()
    labels: dict[str, list[tuple[str, str]]] = {notation: [] for notation in concepts}
    with LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            notation, lang, label = row["notation"].strip(), row["lang"].strip(), _clean(row["label"])
            if notation not in concepts:
                raise ValueError(f"{LABELS_FILE.name}:{line_no}: unknown notation {notation!r}")
            if lang not in LANGUAGES:
                raise ValueError(f"{LABELS_FILE.name}:{line_no}: language {lang!r} is not one of {LANGUAGES}")
            labels[notation].append((label, lang))
    return {notation: tuple(forms) for notation, forms in labels.items()}


def field_labels() -> dict[str, list[tuple[str, str]]]:
    """Notation -> every form to recognise, [(label, lang)]: preferred labels first, then alt labels.

    A fresh dict each call, so callers may extend their copy without touching the cache.
    """
    result: dict[str, list[tuple[str, str]]] = {}
    for notation, concept in field_concepts().items():
        forms = [(concept.label_en, "en"), (concept.label_th, "th"), *alt_labels()[notation]]
        seen: set[tuple[str, str]] = set()
        result[notation] = [form for form in forms if not (form in seen or seen.add(form))]
    return result


def field_ancestors(notation: str) -> set[str]:
    """Every skos:broader ancestor of ``notation`` (not the notation itself); KeyError if unknown.

    The scorer and the extractors add these to both sides before comparing fields.
    """
    concepts = field_concepts()
    if notation not in concepts:
        raise KeyError(f"unknown cooperation field {notation!r}")
    ancestors: set[str] = set()
    broader = concepts[notation].broader
    while broader is not None and broader not in ancestors:
        ancestors.add(broader)
        broader = concepts[broader].broader
    return ancestors


def build_field_scheme() -> Graph:
    """A new graph holding the cgf: ConceptScheme and one skos:Concept per TSV row."""
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("cgf", CGF)
    graph.bind("dcterms", DCTERMS)
    graph.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    for title, lang in SCHEME_TITLES:
        graph.add((SCHEME, SKOS.prefLabel, Literal(title, lang=lang)))
        graph.add((SCHEME, DCTERMS.title, Literal(title, lang=lang)))
    for notation, concept in field_concepts().items():
        iri = CGF[notation]
        graph.add((iri, RDF.type, SKOS.Concept))
        graph.add((iri, SKOS.inScheme, SCHEME))
        graph.add((iri, SKOS.notation, Literal(notation)))
        graph.add((iri, SKOS.prefLabel, Literal(concept.label_en, lang="en")))
        graph.add((iri, SKOS.prefLabel, Literal(concept.label_th, lang="th")))
        graph.add((iri, RDFS.label, Literal(concept.label_en, lang="en")))
        graph.add((iri, RDFS.label, Literal(concept.label_th, lang="th")))
        if concept.broader is None:
            graph.add((iri, SKOS.topConceptOf, SCHEME))
            graph.add((SCHEME, SKOS.hasTopConcept, iri))
        else:
            graph.add((iri, SKOS.broader, CGF[concept.broader]))
            graph.add((CGF[concept.broader], SKOS.narrower, iri))
        for label, lang in alt_labels()[notation]:
            graph.add((iri, SKOS.altLabel, Literal(label, lang=lang)))
    return graph


def _clean(text: str) -> str:
    """NFC with collapsed white space, so labels compare the way the scorer compares them."""
    return " ".join(unicodedata.normalize("NFC", text).split())
