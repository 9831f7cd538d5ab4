"""shapes.ttl accepts a graph shaped like the contract and rejects each way a build can break it."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph

from ontology import ID
from ontology.validate import ValidationResult, format_report, validate

PREFIXES = """
@prefix cg:      <https://w3id.org/coopgraph/ontology#> .
@prefix cgf:     <https://w3id.org/coopgraph/field/> .
@prefix id:      <https://w3id.org/coopgraph/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf:    <http://xmlns.com/foaf/0.1/> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""

# Sample 001 (thaigov news 78348): MDES signs an MOU with Indonesia's Kominfo, 2 Feb 2024.
RELEASE = """
id:release-78348 a cg:Release ;
    cg:sourcePath "data/samples/001_7bb6bb5d4cb05281.txt" ;
    dcterms:source <https://www.thaigov.go.th/news/contents/details/78348> ;
    dcterms:title "ดีอี ร่วมลงนาม MOU ยกระดับความร่วมมือด้านดิจิทัล"@th ;
    dcterms:issued "2024-02-02"^^xsd:date ;
    cg:aboutDigitalCooperation true ;
    cg:mentions id:mdes , id:kominfo , id:country-th , id:country-id , id:prasert .
"""
ACTORS = """
id:country-th a cg:Country ; cg:iso3166Alpha2 "TH" ; rdfs:label "ไทย"@th , "Thailand"@en .
id:country-id a cg:Country ; cg:iso3166Alpha2 "ID" ; rdfs:label "อินโดนีเซีย"@th , "Indonesia"@en .
id:mdes a org:Organization ; cg:country id:country-th ;
    rdfs:label "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"@th , "Ministry of Digital Economy and Society"@en ;
    skos:altLabel "ดีอี" .
id:kominfo a org:Organization ; cg:country id:country-id ;
    rdfs:label "กระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเซีย"@th .
id:prasert a foaf:Person ; rdfs:label "ประเสริฐ จันทรรวงทอง"@th .
id:post-mdes-minister a org:Post ; org:heldBy id:prasert ; org:postIn id:mdes ;
    rdfs:label "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"@th .
"""
AGREEMENT = """
id:mou-mdes-kominfo a cg:Agreement , cg:MemorandumOfUnderstanding ;
    rdfs:label "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร"@th ;
    cg:status "signed" ;
    cg:party id:mdes , id:kominfo ;
    cg:witness id:prasert ;
    cg:signingDate "2024-02-02"^^xsd:date ;
    cg:field cgf:ict , cgf:digital-transformation , cgf:online-scam ;
    cg:signedDuring id:adgmin-2024 ;
    cg:durationYears 5 ;
    prov:wasDerivedFrom id:release-78348 ;
    cg:evidence "ได้ลงนามบันทึกความเข้าใจร่วมระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และกระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเซีย"@th .
id:adgmin-2024 a cg:Event ; rdfs:label "การประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 4"@th ;
    cg:startDate "2024-02-01"^^xsd:date ; cg:endDate "2024-02-02"^^xsd:date ;
    cg:location id:country-sg ; cg:participant id:prasert ;
    prov:wasDerivedFrom id:release-78348 .
id:country-sg a cg:Country ; cg:iso3166Alpha2 "SG" ; rdfs:label "สิงคโปร์"@th .
"""


def graph_of(*parts: str) -> Graph:
    return Graph().parse(data=PREFIXES + "\n".join(parts), format="turtle")


def valid_graph() -> Graph:
    return graph_of(RELEASE, ACTORS, AGREEMENT)


def replaced(old: str, new: str) -> Graph:
    """The valid graph with one piece of its Turtle changed; fails loudly if ``old`` is not there."""
    text = RELEASE + ACTORS + AGREEMENT
    assert old in text, old
    return graph_of(text.replace(old, new))


def violated_paths(result: ValidationResult) -> set[str]:
    return {problem.path or "" for problem in result.violations}


def test_a_contract_shaped_graph_conforms() -> None:
    result = validate(valid_graph())
    assert result.conforms, format_report(result)
    assert result.violations == () and result.warnings == ()


def test_a_dataset_is_validated_across_its_named_graphs() -> None:
    """Agreements sit in the release's named graph; the actors they point at sit in the default graph."""
    ds = Dataset()
    ds.default_graph.parse(data=PREFIXES + ACTORS, format="turtle")
    ds.graph(ID["release-78348"]).parse(data=PREFIXES + RELEASE + AGREEMENT, format="turtle")
    result = validate(ds)
    assert result.conforms, format_report(result)


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ('dcterms:issued "2024-02-02"', 'dcterms:issued "2567-02-02"', "dcterms:issued"),
        ('cg:signingDate "2024-02-02"', 'cg:signingDate "2567-02-02"', "cg:signingDate"),
        ('cg:startDate "2024-02-01"', 'cg:startDate "2567-02-01"', "cg:startDate"),
        ('cg:endDate "2024-02-02"', 'cg:endDate "2567-02-02"', "cg:endDate"),
    ],
)
def test_buddhist_era_year_fails(old: str, new: str, path: str) -> None:
    result = validate(replaced(old, new))
    assert not result.conforms
    assert path in violated_paths(result)
    assert any("2567" in (p.value or "") for p in result.violations)


def test_date_given_as_plain_string_fails() -> None:
    result = validate(replaced('cg:signingDate "2024-02-02"^^xsd:date', 'cg:signingDate "2 กุมภาพันธ์ 2567"'))
    assert "cg:signingDate" in violated_paths(result)


def test_date_converted_twice_fails() -> None:
    result = validate(replaced('dcterms:issued "2024-02-02"', 'dcterms:issued "1481-02-02"'))
    assert "dcterms:issued" in violated_paths(result)


def test_event_ending_before_it_starts_fails() -> None:
    result = validate(replaced('cg:endDate "2024-02-02"', 'cg:endDate "2024-01-30"'))
    assert "cg:startDate" in violated_paths(result)


def test_agreement_without_party_fails() -> None:
    result = validate(replaced("cg:party id:mdes , id:kominfo ;", ""))
    assert not result.conforms
    assert any(p.path == "cg:party" and p.focus == "id:mou-mdes-kominfo" for p in result.violations)


def test_agreement_without_release_fails() -> None:
    result = validate(replaced("    prov:wasDerivedFrom id:release-78348 ;\n    cg:evidence", "    cg:evidence"))
    assert "prov:wasDerivedFrom" in violated_paths(result)


def test_party_that_is_a_person_fails() -> None:
    result = validate(replaced("cg:party id:mdes , id:kominfo ;", "cg:party id:prasert ;"))
    assert "cg:party" in violated_paths(result)


def test_unknown_status_fails() -> None:
    result = validate(replaced('cg:status "signed"', 'cg:status "draft"'))
    assert "cg:status" in violated_paths(result)


def test_agreement_needs_exactly_one_kind() -> None:
    no_kind = validate(replaced("a cg:Agreement , cg:MemorandumOfUnderstanding ;", "a cg:Agreement ;"))
    two_kinds = validate(
        replaced("a cg:Agreement , cg:MemorandumOfUnderstanding ;", "a cg:Agreement , cg:MemorandumOfUnderstanding , cg:LetterOfIntent ;")
    )
    assert "rdf:type" in violated_paths(no_kind)
    assert "rdf:type" in violated_paths(two_kinds)


def test_field_not_in_the_scheme_fails() -> None:
    result = validate(replaced("cgf:online-scam ;", "cgf:quantum-scam ;"))
    assert not result.conforms
    assert {p.value for p in result.violations if p.path == "cg:field"} == {"cgf:quantum-scam"}


def test_field_from_another_concept_scheme_fails() -> None:
    result = validate(
        graph_of(
            RELEASE,
            ACTORS,
            AGREEMENT.replace("cgf:online-scam ;", "<http://example.org/eurovoc/ai> ;"),
            "<http://example.org/eurovoc/ai> a skos:Concept ; skos:prefLabel 'AI'@en .",
        )
    )
    assert any(p.path == "cg:field" and "scheme" in p.message for p in result.violations)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('id:country-id a cg:Country ; cg:iso3166Alpha2 "ID" ;', "id:country-id a cg:Country ;"),
        ('cg:iso3166Alpha2 "ID"', 'cg:iso3166Alpha2 "id"'),
        ('cg:iso3166Alpha2 "ID"', 'cg:iso3166Alpha2 "IDN"'),
        ('cg:iso3166Alpha2 "ID"', 'cg:iso3166Alpha2 "ID", "IN"'),
    ],
    ids=["missing", "lower-case", "alpha-3", "two-codes"],
)
def test_country_needs_exactly_one_iso_code(old: str, new: str) -> None:
    result = validate(replaced(old, new))
    assert any(p.focus == "id:country-id" and p.path == "cg:iso3166Alpha2" for p in result.violations)


def test_country_typed_as_organisation_fails() -> None:
    result = validate(replaced("id:country-th a cg:Country ;", "id:country-th a cg:Country , org:Organization ;"))
    assert any(p.focus == "id:country-th" for p in result.violations)


def test_post_without_holder_fails() -> None:
    result = validate(replaced("org:heldBy id:prasert ;", ""))
    assert any(p.focus == "id:post-mdes-minister" and p.path == "org:heldBy" for p in result.violations)


def test_release_without_source_path_fails() -> None:
    result = validate(replaced('cg:sourcePath "data/samples/001_7bb6bb5d4cb05281.txt" ;', ""))
    assert "cg:sourcePath" in violated_paths(result)


def test_undated_release_is_a_warning_not_a_violation() -> None:
    result = validate(replaced('dcterms:issued "2024-02-02"^^xsd:date ;', ""))
    assert result.conforms, format_report(result)
    assert [(p.focus, p.path, p.severity) for p in result.warnings] == [("id:release-78348", "dcterms:issued", "Warning")]
    assert "undated" in result.warnings[0].message


def test_person_label_with_honorific_is_a_warning() -> None:
    result = validate(replaced('rdfs:label "ประเสริฐ จันทรรวงทอง"@th', 'rdfs:label "นายประเสริฐ จันทรรวงทอง"@th'))
    assert result.conforms
    assert [(p.focus, p.path) for p in result.warnings] == [("id:prasert", "rdfs:label")]


def test_report_has_one_line_per_problem() -> None:
    result = validate(replaced('cg:status "signed"', 'cg:status "draft"'))
    lines = format_report(result).splitlines()
    assert lines[0].startswith("SHACL: does not conform (1 violations, 0 warnings)")
    assert lines[1:] == [f'Violation: id:mou-mdes-kominfo cg:status: {result.violations[0].message} [value: "draft"]']


# Shapes whose value types are a union (sh:class of a validation-only superclass, see
# shapes.ttl): each still rejects a value of another class, a literal and an untyped IRI, with
# its own message and the value, and still accepts each class of the union and their subclasses.

UNION_CASES = [
    # (Turtle to change, its replacement with the wrong value, focus, path, message start)
    ("cg:mentions id:mdes ,", "cg:mentions {bad} , id:mdes ,", "id:release-78348", "cg:mentions",
     "cg:mentions points at a foaf:Person"),
    ("cg:party id:mdes , id:kominfo ;", "cg:party id:mdes , {bad} ;", "id:mou-mdes-kominfo", "cg:party",
     "an agreement has at least one cg:party"),
    ("cg:participant id:prasert ;", "cg:participant id:prasert , {bad} ;", "id:adgmin-2024", "cg:participant",
     "cg:participant points at a foaf:Person"),
    ("org:postIn id:mdes ;", "org:postIn {bad} ;", "id:post-mdes-minister", "org:postIn",
     "org:postIn points at an org:Organization"),
]
WRONG_VALUES = {"a post": ("id:post-mdes-minister", "id:post-mdes-minister"), "a literal": ('"ดีอี"', '"ดีอี"'),
                "an untyped IRI": ("id:nobody", "id:nobody"), "an event": ("id:adgmin-2024", "id:adgmin-2024")}


@pytest.mark.parametrize("case", UNION_CASES, ids=[case[3] for case in UNION_CASES])
@pytest.mark.parametrize("wrong", WRONG_VALUES, ids=list(WRONG_VALUES))
def test_union_typed_value_of_another_kind_fails(case: tuple[str, str, str, str, str], wrong: str) -> None:
    old, new, focus, path, message = case
    bad, shown = WRONG_VALUES[wrong]
    result = validate(replaced(old, new.format(bad=bad)))
    assert not result.conforms
    assert [(p.focus, p.path, p.value) for p in result.violations] == [(focus, path, shown)], format_report(result)
    assert result.violations[0].message.startswith(message)


def test_a_person_is_no_party_nor_a_post_holder_organisation() -> None:
    """cgsh:Party is org:Organization or cg:Country only: a foaf:Person (an cgsh:Actor) fails."""
    party = validate(replaced("cg:party id:mdes , id:kominfo ;", "cg:party id:mdes , id:prasert ;"))
    post = validate(replaced("org:postIn id:mdes ;", "org:postIn id:prasert ;"))
    assert [(p.path, p.value) for p in party.violations] == [("cg:party", "id:prasert")]
    assert [(p.path, p.value) for p in post.violations] == [("org:postIn", "id:prasert")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("cg:party id:mdes , id:kominfo ;", "cg:party id:mdes , id:country-id ;"),
        ("org:postIn id:mdes ;", "org:postIn id:country-th ;"),
        ("cg:participant id:prasert ;", "cg:participant id:prasert , id:mdes , id:country-sg ;"),
        ("cg:mentions id:mdes ,", "cg:mentions id:country-sg , id:mdes ,"),
    ],
    ids=["country-party", "country-post", "org-and-country-participants", "country-mention"],
)
def test_each_class_of_a_union_is_accepted(old: str, new: str) -> None:
    result = validate(replaced(old, new))
    assert result.conforms and not result.warnings, format_report(result)


def test_subclasses_of_the_union_classes_are_accepted() -> None:
    """sh:class follows rdfs:subClassOf in the data, as the sh:or of sh:class did."""
    ministry = "<http://example.org/Ministry> rdfs:subClassOf org:Organization .\n"
    graph = graph_of(ministry, (RELEASE + ACTORS + AGREEMENT).replace(
        "id:mdes a org:Organization ;", "id:mdes a <http://example.org/Ministry> ;"))
    result = validate(graph)
    assert result.conforms and not result.warnings, format_report(result)


def test_validation_only_axioms_only_name_shapes_classes() -> None:
    """The shapes' rdfs:subClassOf axioms, added to the data checked, only make contract
    classes subclasses of cgsh: classes, which no built graph uses: they never change what
    a built graph says, and nothing of them reaches the ontology a build writes."""
    from rdflib import RDFS

    from ontology import SHAPES_FILE, ontology_graph
    from ontology.validate import SHAPES_NAMESPACE, validation_axioms

    in_file = set(Graph().parse(SHAPES_FILE).triples((None, RDFS.subClassOf, None)))
    assert in_file and set(validation_axioms()) == in_file
    assert all(str(superclass).startswith(SHAPES_NAMESPACE) for _, _, superclass in in_file)
    assert not any(SHAPES_NAMESPACE in str(term) for triple in ontology_graph() for term in triple)


def test_validate_leaves_the_given_graph_alone_unless_in_place() -> None:
    graph = valid_graph()
    size = len(graph)
    assert validate(graph).conforms and len(graph) == size
    assert validate(graph, in_place=True).conforms and len(graph) > size
    with pytest.raises(TypeError):
        validate(Dataset(), in_place=True)


@pytest.mark.parametrize(
    ("subject", "path"),
    [("id:release-78348", "dcterms:issued"), ("id:mou-mdes-kominfo", "cg:signingDate"),
     ("id:adgmin-2024", "cg:startDate"), ("id:adgmin-2024", "cg:endDate")],
)
def test_each_date_is_checked_on_any_subject_of_it(subject: str, path: str) -> None:
    """Each date shape targets the subjects of its own property, whatever their class."""
    result = validate(graph_of(f'<http://example.org/thing> {path} "2567-01-01"^^xsd:date .'))
    assert [(p.focus, p.path, p.value) for p in result.violations] == [
        ("<http://example.org/thing>", path, '"2567-01-01"^^xsd:date')], format_report(result)
    fine = validate(graph_of(f'<http://example.org/thing> {path} "2024-01-01"^^xsd:date .'))
    assert fine.conforms
