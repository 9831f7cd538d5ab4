"""networkx projections, measures and exports on the hand-made fixture."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import networkx as nx
import pytest

from graph import analytics
from graph.store import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
C = "https://w3id.org/coopgraph/id/country/"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(FIXTURE)


@pytest.fixture(scope="module")
def records(ds):
    return analytics.read_agreements(ds)


def test_agreement_records(records) -> None:
    assert [r.iri.rsplit("/", 1)[-1] for r in records] == [
        "mdes-mci-sg-planned",
        "mdes-nda-cn-2023",
        "asean-cn-digital-2024",
        "mdes-kominfo-2024",
    ]
    planned = records[0]
    assert planned.year == 2021  # no signing date: the release's issue date
    assert [str(c) for c in planned.party_countries] == [C + "SG", C + "TH"]
    asean = records[2]
    assert [str(c) for c in asean.party_countries] == [C + "CN"]  # ASEAN has no country


def test_country_network(ds, records) -> None:
    network = analytics.country_network(ds, records)
    assert set(network) == {C + "TH", C + "CN", C + "ID", C + "SG"}
    assert network.edges[C + "TH", C + "CN"]["weight"] == 1
    assert network.edges[C + "TH", C + "CN"]["years"] == [2023]
    assert not network.has_edge(C + "CN", C + "ID")
    assert network.nodes[C + "ID"]["iso"] == "ID"


def test_bipartite_and_posts(ds, records) -> None:
    bipartite = analytics.bipartite_graph(ds, records)
    assert nx.is_bipartite(bipartite)
    agreements = {n for n, d in bipartite.nodes(data=True) if d["bipartite"] == 1}
    assert len(agreements) == 4
    prasert = "https://w3id.org/coopgraph/id/person/prasert"
    assert bipartite.edges[prasert, "https://w3id.org/coopgraph/id/agreement/mdes-kominfo-2024"]["role"] == "witness"
    posts = analytics.posts_graph(ds)
    edge = posts.edges[prasert, "https://w3id.org/coopgraph/id/org/mdes"]
    assert edge["dates"] == ["2023-10-19", "2024-02-02"]
    assert posts.number_of_nodes() == 10  # 6 people, 4 organisations (incl. the off-topic one)


def test_country_field_counts(ds, records) -> None:
    table = analytics.country_field_counts(ds, records)
    assert table.loc["TH", "digital-economy"] == 2
    assert table.loc["CN", "ai"] == 1 and table.loc["ID", "ai"] == 1
    assert table.loc["SG", "ai"] == 0
    assert list(table.index) == ["CN", "ID", "SG", "TH"]


def test_centrality_and_communities(ds, records) -> None:
    network = analytics.country_network(ds, records)
    table = analytics.centrality(network)
    assert table.index[0] == C + "TH"
    assert table.loc[C + "TH", "betweenness"] == pytest.approx(1.0)
    assert table.loc[C + "TH", "eigenvector"] > table.loc[C + "SG", "eigenvector"]
    # two disconnected pairs and an isolated node: eigenvector per component, NaN where undefined
    split = nx.Graph([("a", "b"), ("c", "d"), ("d", "e")])
    split.add_node("z")
    scores = analytics.centrality(split)
    assert math.isnan(scores.loc["z", "eigenvector"]) and scores.loc["d", "eigenvector"] > 0
    found = analytics.communities(nx.barbell_graph(5, 0))
    assert sorted(len(c) for c in found) == [5, 5]
    assert sorted(len(c) for c in analytics.communities(nx.barbell_graph(5, 0), "louvain")) == [5, 5]
    summary = analytics.summarise(analytics.bipartite_graph(ds, records))
    assert summary.nodes == 13 and summary.modularity is not None and len(summary.communities) >= 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_exports_round_trip(ds, records, tmp_path: Path, fmt: str) -> None:
    network = analytics.country_network(ds, records)
    path = analytics.export_graph(network, tmp_path / f"countries.{fmt}", fmt)
    assert not list(tmp_path.glob(".*.tmp"))  # atomic: no temp file left
    if fmt == "graphml":
        back = nx.read_graphml(path)
        assert back.edges[C + "TH", C + "CN"]["years"] == "2023"
        assert back.nodes[C + "TH"]["label"] == "Thailand"
    elif fmt == "gexf":
        back = nx.read_gexf(path)
        assert back.number_of_edges() == 3
    else:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert len(rows) == 3 and {r["weight"] for r in rows} == {"1"}
        assert {"source", "target", "years", "agreements"} <= set(rows[0])
    with pytest.raises(ValueError):
        analytics.export_bytes(network, "pdf")
