"""networkx projections of the graph, their centrality and communities, and graph export.

The RDF graph is read once into :class:`AgreementRecord` rows through rdflib's triple API
(much faster than SPARQL in rdflib on whole-archive graphs); every projection is built from
those rows, so the page (``graph/viz.py``) and the exports agree on what an agreement is.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Iterable, Literal as TypingLiteral

import networkx as nx
import pandas as pd
from networkx.algorithms import community as nx_community
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS

from graph.query import CG, CGF, union_view
from graph.store import write_bytes_atomic

ExportFormat = TypingLiteral["graphml", "gexf", "csv"]
EXPORT_FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv")

#: The node types every projection and the page use; keys of viz's style table.
NODE_TYPES = ("country", "organisation", "person", "agreement", "event", "field", "release")


# --------------------------------------------------------------------------- labels and types


class Labels:
    """Picks one display label per resource, preferring the languages given, in order."""

    def __init__(self, ds: Dataset, languages: tuple[str, ...] = ("th", "en")) -> None:
        self._graph = union_view(ds)
        self._languages = languages
        self._cache: dict[URIRef, str] = {}

    def __call__(self, node: URIRef) -> str:
        if node not in self._cache:
            self._cache[node] = self._pick(node)
        return self._cache[node]

    def all(self, node: URIRef) -> list[str]:
        """Every distinct label of ``node`` (labels, prefLabels, titles), preferred first."""
        found = [self(node)]
        for prop in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
            for value in self._graph.objects(node, prop):
                if str(value) not in found:
                    found.append(str(value))
        return found

    def _pick(self, node: URIRef) -> str:
        for prop in (RDFS.label, SKOS.prefLabel, DCTERMS.title, FOAF.name):
            values = [v for v in self._graph.objects(node, prop) if isinstance(v, Literal)]
            if not values:
                continue
            for language in self._languages:
                for value in sorted(values):
                    if value.language == language:
                        return str(value)
            return str(sorted(values)[0])
        text = str(node)
        return text.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


#: RDF class → page node type, first match wins (a country is never also an organisation).
_CLASS_TYPES = ((CG.Country, "country"), (ORG.Organization, "organisation"), (FOAF.Person, "person"),
                (CG.Agreement, "agreement"), (CG.Event, "event"), (SKOS.Concept, "field"),
                (CG.Release, "release"))


def node_type(ds: Dataset, node: URIRef) -> str:
    """The page's node type of ``node`` (one of :data:`NODE_TYPES`, ``"other"`` otherwise)."""
    types = set(union_view(ds).objects(node, RDF.type))
    return next((name for cls, name in _CLASS_TYPES if cls in types), "other")


# --------------------------------------------------------------------------- agreement rows


@dataclass
class AgreementRecord:
    """What the graph says about one agreement, flattened for projections and the page."""

    iri: URIRef
    title: str
    kinds: list[str]
    statuses: list[str]
    date: date | None
    parties: list[URIRef]
    party_countries: list[URIRef]
    signatories: list[URIRef]
    witnesses: list[URIRef]
    fields: list[URIRef]
    events: list[URIRef]
    releases: list[URIRef]
    evidence: list[str]
    sources: list[str] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


def _dates(values: Iterable) -> list[date]:
    found = []
    for value in values:
        python = value.toPython() if isinstance(value, Literal) else None
        if isinstance(python, date):
            found.append(python)
    return found


def read_agreements(ds: Dataset) -> list[AgreementRecord]:
    """Every ``cg:Agreement`` of the union graph, sorted by date then IRI.

    The date is ``cg:signingDate`` (earliest), else the issue date of the first release
    reporting it; party countries are country parties plus the country of party organisations.
    """
    g = union_view(ds)
    records = []
    for agreement in sorted(set(g.subjects(RDF.type, CG.Agreement)), key=str):
        if not isinstance(agreement, URIRef):
            continue
        releases = sorted(set(g.objects(agreement, PROV.wasDerivedFrom)), key=str)
        signed = _dates(g.objects(agreement, CG.signingDate))
        issued = _dates(d for r in releases for d in g.objects(r, DCTERMS.issued))
        parties = sorted(set(g.objects(agreement, CG.party)), key=str)
        countries: set[URIRef] = set()
        for party in parties:
            if (party, RDF.type, CG.Country) in g:
                countries.add(party)
            countries.update(c for c in g.objects(party, CG.country) if isinstance(c, URIRef))
        titles = sorted(g.objects(agreement, DCTERMS.title), key=lambda t: (t.language != "th", str(t)))
        records.append(
            AgreementRecord(
                iri=agreement,
                title=str(titles[0]) if titles else str(agreement).rsplit("/", 1)[-1],
                kinds=sorted(str(t).rsplit("#", 1)[-1] for t in g.objects(agreement, RDF.type) if t != CG.Agreement),
                statuses=sorted({str(s) for s in g.objects(agreement, CG.status)}),
                date=min(signed) if signed else (min(issued) if issued else None),
                parties=parties,
                party_countries=sorted(countries, key=str),
                signatories=sorted(set(g.objects(agreement, CG.signatory)), key=str),
                witnesses=sorted(set(g.objects(agreement, CG.witness)), key=str),
                fields=sorted(set(g.objects(agreement, CG.field)), key=str),
                events=sorted(set(g.objects(agreement, CG.signedDuring)), key=str),
                releases=releases,
                evidence=sorted({str(e) for e in g.objects(agreement, CG.evidence)}),
                sources=sorted({str(s) for r in releases for s in g.objects(r, DCTERMS.source)}),
            )
        )
    return sorted(records, key=lambda r: (r.date or date.max, str(r.iri)))


def field_closure(ds: Dataset, fields: Iterable[URIRef]) -> set[URIRef]:
    """``fields`` plus every ``skos:broader`` ancestor (so filtering on a top field works)."""
    g = union_view(ds)
    seen: set[URIRef] = set()
    todo = list(fields)
    while todo:
        concept = todo.pop()
        if concept in seen:
            continue
        seen.add(concept)
        todo.extend(b for b in g.objects(concept, SKOS.broader) if isinstance(b, URIRef))
    return seen


def country_iri(ds: Dataset, code_or_iri: str) -> URIRef | None:
    """A country from an ISO 3166 alpha-2 code, or the IRI itself when given one."""
    if "://" in code_or_iri:
        return URIRef(code_or_iri)
    g = union_view(ds)
    wanted = code_or_iri.strip().upper()
    for country, code in g.subject_objects(CG.iso3166Alpha2):
        if str(code).upper() == wanted and isinstance(country, URIRef):
            return country
    return None


def filter_agreements(
    ds: Dataset,
    records: list[AgreementRecord],
    year: tuple[int, int] | None = None,
    field_notation: str | None = None,
    country: str | None = None,
) -> list[AgreementRecord]:
    """Agreements within the ``year`` range, with ``field`` (or a narrower one) and ``country``.

    Unknown field or country values select nothing rather than everything, so a typo never
    passes for an unfiltered view.
    """
    selected = records
    if year is not None:
        low, high = year
        selected = [r for r in selected if r.year is not None and low <= r.year <= high]
    if field_notation:
        wanted = URIRef(field_notation) if "://" in field_notation else CGF[field_notation]
        selected = [r for r in selected if wanted in field_closure(ds, r.fields)]
    if country:
        iri = country_iri(ds, country)
        selected = [r for r in selected if iri is not None and iri in r.party_countries]
    return selected


# --------------------------------------------------------------------------- projections


def country_network(ds: Dataset, records: list[AgreementRecord] | None = None) -> nx.Graph:
    """Countries linked when they are parties to the same agreement.

    Edge ``weight`` = number of shared agreements, ``years`` = sorted years, ``agreements`` =
    IRIs. Every party country is a node, even one with no partner country.
    """
    records = read_agreements(ds) if records is None else records
    labels = Labels(ds, ("en", "th"))
    g = union_view(ds)
    network = nx.Graph(name="country cooperation")
    for record in records:
        for country in record.party_countries:
            if country not in network:
                iso = next((str(c) for c in g.objects(country, CG.iso3166Alpha2)), "")
                network.add_node(str(country), label=labels(country), iso=iso, type="country")
        for a, b in combinations(record.party_countries, 2):
            a, b = str(a), str(b)
            data = network.get_edge_data(a, b) or {"weight": 0, "years": [], "agreements": []}
            data["weight"] += 1
            if record.year is not None and record.year not in data["years"]:
                data["years"] = sorted([*data["years"], record.year])
            data["agreements"] = [*data["agreements"], str(record.iri)]
            network.add_edge(a, b, **data)
    return network


def bipartite_graph(ds: Dataset, records: list[AgreementRecord] | None = None) -> nx.Graph:
    """Actors (parties, signatories, witnesses) on one side, agreements on the other.

    Nodes carry ``bipartite`` (0 actors, 1 agreements) and ``type``; edges carry ``role``.
    """
    records = read_agreements(ds) if records is None else records
    labels = Labels(ds)
    graph = nx.Graph(name="actor-agreement")
    for record in records:
        graph.add_node(str(record.iri), label=record.title, type="agreement", bipartite=1, year=record.year or 0)
        for role, actors in (("party", record.parties), ("signatory", record.signatories), ("witness", record.witnesses)):
            for actor in actors:
                if str(actor) not in graph:
                    graph.add_node(str(actor), label=labels(actor), type=node_type(ds, actor), bipartite=0)
                roles = graph.get_edge_data(str(actor), str(record.iri), {}).get("role")
                graph.add_edge(str(actor), str(record.iri), role=f"{roles},{role}" if roles else role)
    return graph


def country_field_counts(ds: Dataset, records: list[AgreementRecord] | None = None) -> pd.DataFrame:
    """Rows = party countries (ISO code), columns = field notations, values = agreements."""
    records = read_agreements(ds) if records is None else records
    g = union_view(ds)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for record in records:
        for country in record.party_countries:
            iso = next((str(c) for c in g.objects(country, CG.iso3166Alpha2)), str(country))
            for concept in record.fields:
                notation = next((str(n) for n in g.objects(concept, SKOS.notation)), str(concept).rsplit("/", 1)[-1])
                counts[(iso, notation)] += 1
    if not counts:
        return pd.DataFrame(dtype=int)
    series = pd.Series(counts)
    table = series.unstack(fill_value=0).sort_index().sort_index(axis=1)
    table.index.name, table.columns.name = "country", "field"
    return table.astype(int)


def posts_graph(ds: Dataset) -> nx.Graph:
    """People linked to the organisations they held posts in.

    Edge attributes: ``posts`` (distinct post labels) and ``dates`` (issue dates of the
    releases reporting them, ISO strings), so a post can be placed in time.
    """
    g = union_view(ds)
    labels = Labels(ds)
    graph = nx.Graph(name="person-organisation posts")
    for post in set(g.subjects(RDF.type, ORG.Post)):
        people = [p for p in g.objects(post, ORG.heldBy) if isinstance(p, URIRef)]
        organisations = [o for o in g.objects(post, ORG.postIn) if isinstance(o, URIRef)]
        post_labels = sorted({str(label) for label in g.objects(post, RDFS.label)})
        dates = sorted(
            {d.isoformat() for r in g.objects(post, PROV.wasDerivedFrom) for d in _dates(g.objects(r, DCTERMS.issued))}
        )
        for person in people:
            for organisation in organisations:
                for node, kind in ((person, "person"), (organisation, "organisation")):
                    if str(node) not in graph:
                        graph.add_node(str(node), label=labels(node), type=kind)
                data = graph.get_edge_data(str(person), str(organisation)) or {"posts": [], "dates": []}
                data["posts"] = sorted(set(data["posts"]) | set(post_labels))
                data["dates"] = sorted(set(data["dates"]) | set(dates))
                graph.add_edge(str(person), str(organisation), **data)
    return graph


PROJECTIONS = {
    "countries": country_network,
    "bipartite": bipartite_graph,
    "posts": lambda ds, records=None: posts_graph(ds),
}


def projection(ds: Dataset, name: str) -> nx.Graph:
    """A projection by its command-line name (see :data:`PROJECTIONS`)."""
    if name not in PROJECTIONS:
        raise ValueError(f"unknown projection {name!r}; use one of {', '.join(PROJECTIONS)}")
    return PROJECTIONS[name](ds)


# --------------------------------------------------------------------------- measures


def centrality(graph: nx.Graph, weight: str | None = "weight") -> pd.DataFrame:
    """Degree, weighted degree, betweenness and eigenvector centrality per node.

    Eigenvector centrality is computed per connected component (it is undefined across
    components) and left NaN where the power iteration does not converge.
    """
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=["label", "degree", "strength", "betweenness", "eigenvector"])
    uses_weight = weight if weight and any(weight in d for _, _, d in graph.edges(data=True)) else None
    # exact betweenness is O(n·m); sample pivots on whole-archive graphs
    k = None if graph.number_of_nodes() <= 2000 else 500
    betweenness = nx.betweenness_centrality(graph, k=k, seed=7, weight=None)
    eigenvector: dict = {}
    for component in nx.connected_components(graph):
        sub = graph.subgraph(component)
        if sub.number_of_nodes() < 3:
            eigenvector.update({n: math.nan for n in sub})
            continue
        try:
            scores = nx.eigenvector_centrality(sub, max_iter=500, tol=1e-6, weight=uses_weight)
            share = sub.number_of_nodes() / graph.number_of_nodes()
            eigenvector.update({n: s * math.sqrt(share) for n, s in scores.items()})
        except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
            eigenvector.update({n: math.nan for n in sub})
    table = pd.DataFrame(
        {
            "label": {n: graph.nodes[n].get("label", n) for n in graph},
            "degree": dict(graph.degree()),
            "strength": dict(graph.degree(weight=uses_weight)),
            "betweenness": betweenness,
            "eigenvector": eigenvector,
        }
    )
    table.index.name = "node"
    return table.sort_values(["degree", "betweenness"], ascending=False)


def communities(graph: nx.Graph, method: str = "greedy", weight: str | None = "weight") -> list[set[str]]:
    """Communities by greedy modularity (default) or Louvain, largest first."""
    if graph.number_of_edges() == 0:
        return [{n} for n in graph]
    uses_weight = weight if weight and any(weight in d for _, _, d in graph.edges(data=True)) else None
    if method == "louvain":
        found = nx_community.louvain_communities(graph, weight=uses_weight, seed=7)
    elif method == "greedy":
        found = nx_community.greedy_modularity_communities(graph, weight=uses_weight)
    else:
        raise ValueError(f"unknown community method {method!r}; use greedy or louvain")
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)))


@dataclass
class GraphSummary:
    """Headline numbers of a projection: size, density, top nodes and communities."""

    name: str
    nodes: int
    edges: int
    components: int
    density: float
    top: pd.DataFrame
    communities: list[list[str]]
    modularity: float | None


def summarise(graph: nx.Graph, top: int = 10, method: str = "greedy") -> GraphSummary:
    """Centrality of the ``top`` nodes and the communities (as labels) of ``graph``."""
    table = centrality(graph)
    found = communities(graph, method) if graph.number_of_nodes() else []
    modularity = None
    if graph.number_of_edges():
        modularity = nx_community.modularity(graph, found)
    labelled = [sorted(graph.nodes[n].get("label", n) for n in c) for c in found]
    return GraphSummary(
        name=str(graph.graph.get("name", "")),
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        components=nx.number_connected_components(graph) if graph.number_of_nodes() else 0,
        density=nx.density(graph) if graph.number_of_nodes() > 1 else 0.0,
        top=table.head(top),
        communities=labelled,
        modularity=modularity,
    )


# --------------------------------------------------------------------------- export


def _flat(value: object) -> str | int | float | bool:
    """GraphML and GEXF take scalars only: lists become ``;``-joined strings."""
    if isinstance(value, (list, tuple, set)):
        return ";".join(str(v) for v in value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def exportable(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose attributes are all scalars (``None`` dropped)."""
    flat = nx.Graph() if not graph.is_directed() else nx.DiGraph()
    flat.graph.update({k: _flat(v) for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **{k: _flat(v) for k, v in data.items() if v is not None})
    return flat


def export_bytes(graph: nx.Graph, fmt: str) -> bytes:
    """``graph`` as GraphML, GEXF or an edge-list CSV (source, target, attributes)."""
    flat = exportable(graph)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(flat)).encode("utf-8") + b"\n"
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(flat)).encode("utf-8") + b"\n"
    if fmt == "csv":
        keys = sorted({k for _, _, d in flat.edges(data=True) for k in d})
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["source", "target", "source_label", "target_label", *keys])
        for a, b, data in flat.edges(data=True):
            writer.writerow(
                [a, b, flat.nodes[a].get("label", ""), flat.nodes[b].get("label", ""), *(data.get(k, "") for k in keys)]
            )
        return buffer.getvalue().encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def export_graph(graph: nx.Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``graph`` to ``path`` atomically; the format defaults to the file's extension."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    data = export_bytes(graph, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, data)
    return path
