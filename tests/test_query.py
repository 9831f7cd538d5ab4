"""Canned SPARQL queries, parameter binding and result formats, on the hand-made fixture."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from graph.query import (
    ID,
    QueryError,
    canned_queries,
    canned_query,
    parse_canned,
    query_dataframe,
    resolve_param,
    run_query,
    serialize_result,
)
from graph.store import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(FIXTURE)


def test_library_has_documented_queries() -> None:
    queries = canned_queries()
    assert len(queries) >= 12
    for name, canned in queries.items():
        assert canned.title and canned.description, name
        for param in canned.parameters:
            assert f"?{param.name}" in canned.text, (name, param.name)
    assert canned_query("organisation-agreements").parameter("org").optional is False
    with pytest.raises(QueryError, match="unknown query 'nope'"):
        canned_query("nope")


def test_every_canned_query_runs(ds) -> None:
    needed = {
        "organisation-agreements": {"org": "https://w3id.org/coopgraph/id/org/mdes"},
        "person-posts": {"person": "id:person/prasert"},
        "releases-mentioning": {"actor": "VN"},
        "agreement-evidence": {"agreement": "id:agreement/mdes-nda-cn-2023"},
        "country-events": {"country": "SG"},
    }
    for name in canned_queries():
        frame = query_dataframe(ds, name, **needed.get(name, {}))
        assert len(frame) > 0, name


def test_union_default_graph_and_named_graphs(ds) -> None:
    # actors live in the default graph, agreements in release graphs: one pattern joins both
    rows = list(run_query(ds, "SELECT ?a WHERE { ?a cg:party ?p . ?p cg:country ?c . ?c cg:iso3166Alpha2 'ID' }"))
    assert [str(r[0]) for r in rows] == [str(ID["agreement/mdes-kominfo-2024"])]
    graphs = query_dataframe(ds, "release-graphs")
    assert len(graphs) == 4  # GRAPH ?g ranges over releases only, not the default graph
    assert not ds.default_union  # the caller's dataset is untouched


def test_agreements_by_country_and_year(ds) -> None:
    frame = query_dataframe(ds, "agreements-by-country-year")
    counts = {(r.iso, r.year): r.agreements for r in frame.itertuples()}
    assert counts == {("CN", 2023): 1, ("CN", 2024): 1, ("ID", 2024): 1, ("SG", 2021): 1,
                      ("TH", 2021): 1, ("TH", 2023): 1, ("TH", 2024): 1}
    by_iso = query_dataframe(ds, "agreements-by-country-year", country="TH")
    by_label = query_dataframe(ds, "agreements-by-country-year", country="Thailand")
    by_thai = query_dataframe(ds, "agreements-by-country-year", country="ไทย")
    assert list(by_iso.year) == list(by_label.year) == list(by_thai.year) == [2021, 2023, 2024]


def test_parameters_are_terms_not_text(ds) -> None:
    hostile = '"} } DELETE WHERE { ?s ?p ?o } #'
    with pytest.raises(QueryError, match="nothing of type"):
        query_dataframe(ds, "person-posts", person=hostile)
    # a literal that looks like SPARQL is only a value
    frame = query_dataframe(ds, "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(STR(?l) = STR(?x)) }", x=Literal(hostile))
    assert frame.empty
    assert len(ds) > 0 and len(list(ds.quads())) == 356


def test_parameter_resolution(ds) -> None:
    country = canned_query("country-events").parameter("country")
    assert resolve_param(ds, country, "sg") == ID["country/SG"]
    assert resolve_param(ds, country, "<https://w3id.org/coopgraph/id/country/SG>") == ID["country/SG"]
    org = canned_query("organisation-agreements").parameter("org")
    assert resolve_param(ds, org, "ดีอี") == ID["org/mdes"]  # altLabel
    assert resolve_param(ds, org, "Ministry of Digital Economy and Society") == ID["org/mdes"]
    field = canned_query("fields-over-time").parameter("field")
    assert resolve_param(ds, field, "ai") == URIRef("https://w3id.org/coopgraph/field/ai")
    assert resolve_param(ds, field, "cgf:5g") == URIRef("https://w3id.org/coopgraph/field/5g")
    with pytest.raises(QueryError, match="nothing of type org:Organization"):
        resolve_param(ds, org, "จีน")  # a country, not an organisation


def test_required_parameter_is_enforced(ds) -> None:
    with pytest.raises(QueryError, match="needs parameter"):
        query_dataframe(ds, "person-posts")
    with pytest.raises(QueryError, match="has no parameter"):
        query_dataframe(ds, "person-posts", person="id:person/prasert", colour="red")


def test_who_signed_what_gives_the_post_at_the_time(ds) -> None:
    frame = query_dataframe(ds, "who-signed-what")
    wisit = frame[frame.person.str.endswith("/wisit")]
    assert list(wisit.postLabel) == ["ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]
    assert set(frame[frame.person.str.endswith("/prasert")].role) == {"signatory", "witness"}


def test_person_posts_over_time(ds) -> None:
    frame = query_dataframe(ds, "person-posts", person="ประเสริฐ จันทรรวงทอง")
    assert [d.isoformat() for d in frame.issued] == ["2023-10-19", "2024-02-02"]


def test_planned_never_signed_and_events(ds) -> None:
    planned = query_dataframe(ds, "planned-never-signed")
    assert list(planned.agreement) == [str(ID["agreement/mdes-mci-sg-planned"])]
    events = query_dataframe(ds, "event-agreements", event="id:event/adgmin-2024")
    assert len(events) == 2
    singapore = query_dataframe(ds, "country-events", country="SG")
    assert dict(zip(singapore.event.str.rsplit("/", n=1).str[-1], singapore.role)) == {
        "th-sg-call-2021": "participant",
        "adgmin-2024": "host",
    }


def test_off_topic_release_and_evidence(ds) -> None:
    mentions = query_dataframe(ds, "releases-mentioning", actor="VN")
    assert dict(zip(mentions.release.str.rsplit("/", n=1).str[-1], mentions.digital)) == {
        "90001": False,
        "77e10e728a2cf26d": True,
    }
    evidence = query_dataframe(ds, "agreement-evidence", agreement="id:agreement/mdes-kominfo-2024")
    assert evidence.source.tolist() == ["http://www.thaigov.go.th/news/contents/details/78348"]
    assert "สักขีพยาน" in evidence.evidence[0]


def test_result_formats(ds) -> None:
    text = "SELECT ?c ?iso WHERE { ?c cg:iso3166Alpha2 ?iso } ORDER BY ?iso"
    rows = list(csv.reader(io.StringIO(serialize_result(run_query(ds, text), "csv").decode())))
    assert rows[0] == ["c", "iso"] and [r[1] for r in rows[1:]] == ["CN", "ID", "SG", "TH", "VN"]
    data = json.loads(serialize_result(run_query(ds, text), "json"))
    assert data["head"]["vars"] == ["c", "iso"] and len(data["results"]["bindings"]) == 5
    tsv = serialize_result(run_query(ds, text), "tsv").decode().splitlines()
    assert tsv[0] == "?c\t?iso" and tsv[1] == '<https://w3id.org/coopgraph/id/country/CN>\t"CN"'
    ask = serialize_result(run_query(ds, "ASK { ?a cg:status 'planned' }"), "json")
    assert json.loads(ask)["boolean"] is True
    turtle = serialize_result(run_query(ds, "CONSTRUCT { ?c a cg:Country } WHERE { ?c a cg:Country }"), "turtle")
    assert b"country/TH" in turtle
    with pytest.raises(QueryError):
        serialize_result(run_query(ds, text), "yaml")


def test_bad_query_reports_parser_message(ds) -> None:
    with pytest.raises(QueryError, match="bad query"):
        run_query(ds, "SELECT * WHERE {")


def test_header_parsing() -> None:
    canned = parse_canned(
        "x",
        "# title: T\n# description: one\n#   two\n# param: ?who foaf:Person required — the person\nSELECT * {}",
    )
    assert canned.description == "one two"
    assert canned.parameters[0].name == "who" and not canned.parameters[0].optional
    with pytest.raises(QueryError):
        parse_canned("y", "SELECT * {}")


def test_latest_status_of_an_agreement_two_releases_report(tmp_path: Path) -> None:
    # the planned TH-SG MOU of release 40408, reported signed by a later release in a graph of its own
    later = """
idr:40408-signed {
    idr:40408-signed a cg:Release ;
        cg:sourcePath "later.txt" ;
        dcterms:title "ดีอี ลงนาม MOU กับสิงคโปร์"@th ;
        dcterms:issued "2021-06-29"^^xsd:date ;
        cg:aboutDigitalCooperation true .
    ida:mdes-mci-sg-planned a cg:Agreement, cg:MemorandumOfUnderstanding ;
        cg:status "signed" ;
        prov:wasDerivedFrom idr:40408-signed .
}
"""
    path = tmp_path / "two.trig"
    path.write_text(FIXTURE.read_text(encoding="utf-8") + later, encoding="utf-8")
    frame = query_dataframe(load_dataset(path), "agreement-status")
    row = frame[frame.agreement.astype(str).str.endswith("mdes-mci-sg-planned")].iloc[0]
    assert (str(row.status), str(row.reported)) == ("signed", "2021-06-29")
    assert set(str(row.history).split(", ")) == {"2021-03-26 planned", "2021-06-29 signed"}
    assert len(frame) == 4   # one row per agreement
