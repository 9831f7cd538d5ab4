"""The ontology, the CG namespace and the cgf: field scheme agree with the contract and with each other."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

import ontology
from ontology import CG, CGF, field_ancestors, field_labels, field_scheme, ontology_graph
from ontology import namespace as cg_namespace
from ontology.fields import FIELDS_FILE, LABELS_FILE, SCHEME

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec"

#: Every cg: term graph-contract.md names; renaming or dropping one breaks users' queries.
CONTRACT_TERMS = (
    "Release", "Country", "Agreement", "MemorandumOfUnderstanding", "LetterOfIntent",
    "JointDeclaration", "OtherAgreement", "Event",
    "sourcePath", "aboutDigitalCooperation", "mentions", "country", "iso3166Alpha2",
    "status", "party", "signatory", "witness", "signingDate", "field", "signedDuring",
    "evidence", "startDate", "endDate", "location", "participant",
)  # fmt: skip
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


def _norm(text: str) -> str:
    """The scorer's comparison form: NFC, no white space, Latin lower-cased."""
    return "".join(unicodedata.normalize("NFC", text).split()).casefold()


def _cg_terms_in_ttl() -> set[str]:
    graph = ontology_graph()
    return {
        str(s)[len(cg_namespace.CG_IRI) :]
        for t in TERM_TYPES
        for s in graph.subjects(RDF.type, t)
        if str(s).startswith(cg_namespace.CG_IRI)
    }


def _tsv_rows() -> list[dict[str, str]]:
    with FIELDS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


# --- the ontology ------------------------------------------------------------------------------


def test_ontology_header_carries_version() -> None:
    header = URIRef("https://w3id.org/coopgraph/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology_graph()
    assert ontology_graph().value(header, OWL.versionInfo) == Literal("0.1.0")


@pytest.mark.parametrize("term", CONTRACT_TERMS)
def test_contract_term_is_declared(term: str) -> None:
    iri = CG[term]
    assert set(ontology_graph().objects(iri, RDF.type)) & TERM_TYPES, f"cg:{term} is not declared"


def test_contract_terms_list_matches_the_spec() -> None:
    contract = SPEC / "graph-contract.md"
    if not contract.is_file():
        pytest.skip(f"{contract} is absent; put ../shared beside the project to run this")
    named = set(re.findall(r"\bcg:([A-Za-z][A-Za-z0-9]*)", contract.read_text(encoding="utf-8")))
    assert named == set(CONTRACT_TERMS)


@pytest.mark.parametrize("term", sorted(_cg_terms_in_ttl()))
def test_term_has_thai_and_english_label_and_a_comment(term: str) -> None:
    graph = ontology_graph()
    languages = {label.language for label in graph.objects(CG[term], RDFS.label) if isinstance(label, Literal)}
    assert {"th", "en"} <= languages, f"cg:{term} labels: {languages}"
    assert any(len(str(c)) > 20 for c in graph.objects(CG[term], RDFS.comment)), f"cg:{term} has no comment"


def test_properties_name_a_domain_and_agreement_subclasses_are_agreements() -> None:
    graph = ontology_graph()
    for term in CONTRACT_TERMS:
        if term[0].islower():
            assert graph.value(CG[term], RDFS.domain) is not None, f"cg:{term} has no rdfs:domain"
    for kind in ("MemorandumOfUnderstanding", "LetterOfIntent", "JointDeclaration", "OtherAgreement"):
        assert (CG[kind], RDFS.subClassOf, CG.Agreement) in graph


# --- the CG namespace ---------------------------------------------------------------------------


def test_namespace_class_and_ttl_declare_the_same_terms() -> None:
    in_class = {name for name in CG.__annotations__ if not name.startswith("_")}
    in_ttl = _cg_terms_in_ttl()
    assert in_class - in_ttl == set(), "in CG but not in coopgraph.ttl"
    assert in_ttl - in_class == set(), "in coopgraph.ttl but not in CG: run python -m ontology.namespace"


def test_generated_block_is_up_to_date() -> None:
    source = Path(cg_namespace.__file__).read_text(encoding="utf-8")
    assert cg_namespace.regenerate(source, ontology_graph()) == source


def test_regenerate_adds_a_term_declared_in_the_ttl() -> None:
    extended = Graph()
    for triple in ontology_graph():
        extended.add(triple)
    extended.add((URIRef(cg_namespace.CG_IRI + "treatyNumber"), RDF.type, OWL.DatatypeProperty))
    extended.add((URIRef(cg_namespace.CG_IRI + "treatyNumber"), RDFS.label, Literal("treaty number", lang="en")))
    source = Path(cg_namespace.__file__).read_text(encoding="utf-8")
    assert "    treatyNumber: URIRef  # treaty number" in cg_namespace.regenerate(source, extended)


def test_misspelt_term_raises_attribute_error() -> None:
    assert CG.Agreement == URIRef("https://w3id.org/coopgraph/ontology#Agreement")
    with pytest.raises(AttributeError):
        CG.Agreemnt  # noqa: B018


def test_package_reexports_namespaces() -> None:
    assert str(ontology.CGF) == "https://w3id.org/coopgraph/field/"
    assert str(ontology.ID) == "https://w3id.org/coopgraph/id/"
    assert ontology.ontology_graph() is ontology.ontology_graph()  # read once, cached


# --- the cooperation-field scheme ----------------------------------------------------------------


def test_tsv_copy_matches_the_spec() -> None:
    spec_tsv = SPEC / "cooperation-fields.tsv"
    if not spec_tsv.is_file():
        pytest.skip(f"{spec_tsv} is absent; put ../shared beside the project to run this")
    assert FIELDS_FILE.read_text(encoding="utf-8") == spec_tsv.read_text(encoding="utf-8")


@pytest.mark.parametrize("row", _tsv_rows(), ids=lambda row: row["notation"])
def test_scheme_has_every_tsv_row(row: dict[str, str]) -> None:
    scheme = field_scheme()
    concept = CGF[row["notation"]]
    assert (concept, RDF.type, SKOS.Concept) in scheme
    assert (concept, SKOS.inScheme, SCHEME) in scheme
    assert scheme.value(concept, SKOS.notation) == Literal(row["notation"])
    assert (concept, SKOS.prefLabel, Literal(row["label_en"], lang="en")) in scheme
    assert (concept, SKOS.prefLabel, Literal(row["label_th"], lang="th")) in scheme
    if row["broader"]:
        assert set(scheme.objects(concept, SKOS.broader)) == {CGF[row["broader"]]}
        assert (concept, SKOS.topConceptOf, SCHEME) not in scheme
    else:
        assert set(scheme.objects(concept, SKOS.broader)) == set()
        assert (concept, SKOS.topConceptOf, SCHEME) in scheme
        assert (SCHEME, SKOS.hasTopConcept, concept) in scheme


def test_scheme_has_no_concept_outside_the_tsv() -> None:
    concepts = set(field_scheme().subjects(RDF.type, SKOS.Concept))
    assert concepts == {CGF[row["notation"]] for row in _tsv_rows()}


def test_ancestors_follow_broader_links() -> None:
    assert field_ancestors("5g") == {"infrastructure"}
    assert field_ancestors("online-scam") == {"security"}
    assert field_ancestors("policy") == set()
    with pytest.raises(KeyError):
        field_ancestors("quantum-ai")


def test_labels_list_preferred_labels_first_then_alt_labels() -> None:
    labels = field_labels()
    assert set(labels) == {row["notation"] for row in _tsv_rows()}
    assert labels["cloud"][:2] == [("Cloud computing", "en"), ("คลาวด์คอมพิวติ้ง", "th")]
    assert ("คลาวด์", "th") in labels["cloud"]
    assert ("เอไอ", "th") in labels["ai"] and ("AI", "en") in labels["ai"]
    scheme = field_scheme()
    assert (CGF["online-scam"], SKOS.altLabel, Literal("แก๊งคอลเซ็นเตอร์", lang="th")) in scheme


def test_no_surface_form_names_two_concepts() -> None:
    owner: dict[str, str] = {}
    for notation, forms in field_labels().items():
        for label, _ in forms:
            key = _norm(label)
            assert owner.setdefault(key, notation) == notation, f"{label!r}: {owner[key]} and {notation}"


def test_alt_labels_are_not_too_generic() -> None:
    every_form = {_norm(label) for forms in field_labels().values() for label, _ in forms}
    for generic in ("ดิจิทัล", "Digital", "เทคโนโลยีดิจิทัล", "เทคโนโลยี", "ข้อมูล", "สื่อ", "ความร่วมมือ"):
        assert _norm(generic) not in every_form


def test_alt_labels_file_is_well_formed() -> None:
    notations = {row["notation"] for row in _tsv_rows()}
    with LABELS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) > 300
    for row in rows:
        assert row["notation"] in notations and row["lang"] in ("th", "en") and row["label"].strip()
        thai = bool(re.search(r"[\u0E00-\u0E7F]", row["label"]))
        assert thai == (row["lang"] == "th"), f"{row['label']!r} is tagged {row['lang']}"


def test_gold_fields_are_named_by_a_known_form_in_their_sample(gold_dir: Path, samples_dir: Path) -> None:
    """Every field the gold gives an agreement is written, in one of the scheme's forms, in its release."""
    labels = field_labels()
    checked = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = _norm((samples_dir / gold["doc"]).read_text(encoding="utf-8"))
        for agreement in gold.get("agreements", []):
            for notation in agreement["fields"]:
                assert any(_norm(label) in text for label, _ in labels[notation]), f"{gold['doc']}: {notation}"
                checked += 1
    assert checked > 20
