"""The read-only SPARQL endpoint, started for real on a free loopback port."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper
from rdflib import Graph

from graph.serve import SparqlServer, check_read_only, UpdateRefused
from graph.store import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
COUNTRIES = "SELECT ?iso WHERE { ?c a cg:Country ; cg:iso3166Alpha2 ?iso } ORDER BY ?iso"


@pytest.fixture(scope="module")
def server():
    ds = load_dataset(FIXTURE)
    with SparqlServer(ds, "127.0.0.1", 0) as running:
        running.triples_before = len(list(ds.quads()))
        running.ds = ds
        yield running


def _request(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_sparqlwrapper_select_json_and_csv(server) -> None:
    client = SPARQLWrapper(server.url)
    client.setQuery(COUNTRIES)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert [b["iso"]["value"] for b in data["results"]["bindings"]] == ["CN", "ID", "SG", "TH", "VN"]
    client.setReturnFormat(CSV)
    rows = list(csv.reader(io.StringIO(client.query().convert().decode())))
    assert rows[0] == ["iso"] and len(rows) == 6
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 5


def test_construct_as_turtle(server) -> None:
    client = SPARQLWrapper(server.url)
    client.setQuery("CONSTRUCT { ?c a cg:Country } WHERE { ?c a cg:Country }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) == 5


def test_get_and_posts_with_accept_negotiation(server) -> None:
    url = server.url + "?" + urllib.parse.urlencode({"query": COUNTRIES})
    status, media, body = _request(url, headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and media.startswith("text/tab-separated-values") and body.splitlines()[0] == "?iso"
    status, media, body = _request(url, headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and "<sparql" in body
    status, media, body = _request(
        server.url, COUNTRIES.encode(), {"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    assert status == 200 and body.split() == ["iso", "CN", "ID", "SG", "TH", "VN"]
    form = urllib.parse.urlencode({"query": "ASK { ?a cg:status 'planned' }"}).encode()
    status, media, body = _request(server.url, form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_updates_are_refused(server) -> None:
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    for status, _media, body in (
        _request(server.url, urllib.parse.urlencode({"update": update}).encode(),
                 {"Content-Type": "application/x-www-form-urlencoded"}),
        _request(server.url, update.encode(), {"Content-Type": "application/sparql-update"}),
        _request(server.url, ("# a comment\n" + "DELETE WHERE { ?s ?p ?o }").encode(),
                 {"Content-Type": "application/sparql-query"}),
        _request(server.url + "?" + urllib.parse.urlencode({"update": update})),
    ):
        assert status == 403 and "read-only" in body
    client = SPARQLWrapper(server.url)
    client.setMethod(POST)
    client.setQuery("DROP ALL")
    with pytest.raises(Exception):
        client.query()
    assert len(list(server.ds.quads())) == server.triples_before


def test_update_words_inside_a_query_are_fine() -> None:
    check_read_only("SELECT ?s WHERE { ?s ?p 'INSERT DATA { DROP ALL }' }")
    with pytest.raises(UpdateRefused):
        check_read_only("PREFIX x: <urn:x#>\nCLEAR DEFAULT")


def test_bad_query_is_400_with_parser_message(server) -> None:
    status, media, body = _request(server.url + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE {"}))
    assert status == 400 and "expected" in body.lower() and media.startswith("text/plain")


def test_query_page_is_self_contained(server) -> None:
    status, media, body = _request(server.url.rsplit("/", 1)[0] + "/")
    assert status == 200 and media.startswith("text/html")
    assert "<textarea" in body and "Agreements overview" in body
    assert "src=\"http" not in body and "href=\"http" not in body
    assert _request(server.url.rsplit("/", 1)[0] + "/elsewhere")[0] == 404
