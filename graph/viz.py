"""The interactive graph page: a filtered view of the graph, drawn by pyvis/vis-network.

The page is one self-contained HTML file: vis-network's script and stylesheet are inlined from
the pyvis package and nothing is fetched from a CDN, so it opens offline and from an archive.
Every text that comes from a release (labels, titles, evidence) is HTML-escaped in Python;
the page turns the escaped tooltip markup into DOM elements, so vis-network shows it as text.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Iterable, Literal as TypingLiteral

import jinja2
import networkx as nx
import numpy as np
import pyvis
from pyvis.network import Network
from rdflib import Dataset, URIRef
from rdflib.namespace import ORG, RDF, SKOS

from graph.analytics import (
    AgreementRecord,
    Labels,
    country_network,
    filter_agreements,
    node_type,
    read_agreements,
)
from graph.query import CG, shorten, union_view
from graph.store import write_bytes_atomic

View = TypingLiteral["agreements", "countries", "actors"]
VIEWS: tuple[str, ...] = ("agreements", "countries", "actors")

#: Thai-capable fonts first (fonts-thai-tlwg provides Loma, Garuda, Tlwg Typist, …).
THAI_FONT_STACK = '"Sarabun", "Noto Sans Thai", "Loma", "Garuda", "Kinnari", "Tlwg Typist", sans-serif'

#: Above this many nodes the layout is computed in Python and physics stays off.
LARGE_GRAPH = 500

STATIC_DIR = Path(__file__).resolve().parent / "static"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"


@dataclass(frozen=True)
class NodeStyle:
    """How one node type looks on the page and in its legend."""

    colour: str
    shape: str
    legend: str


#: The one table of node styles, keyed by node type.
STYLES: dict[str, NodeStyle] = {
    "country": NodeStyle("#e4572e", "diamond", "Country · ประเทศ"),
    "organisation": NodeStyle("#17a2b8", "dot", "Organisation · หน่วยงาน"),
    "person": NodeStyle("#f2a900", "triangle", "Person · บุคคล"),
    "agreement": NodeStyle("#2e5eaa", "square", "Agreement · ความตกลง"),
    "event": NodeStyle("#5aa33e", "star", "Event · การประชุม"),
    "field": NodeStyle("#8e5ccf", "hexagon", "Field · สาขาความร่วมมือ"),
    "release": NodeStyle("#7f7f7f", "box", "Press release · ข่าว"),
    "other": NodeStyle("#b0b0b0", "dot", "Other · อื่น ๆ"),
}


# --------------------------------------------------------------------------- tooltips


def safe_url(url: str) -> str | None:
    """``url`` when it is a plain http(s) link, else ``None`` (no ``javascript:`` links)."""
    return url if re.match(r"^https?://[^\s<>\"']+$", url) else None


class Tooltip:
    """Builds tooltip markup in which every piece of graph text is escaped."""

    def __init__(self, title: str, kind: str) -> None:
        style = STYLES.get(kind, STYLES["other"])
        self._parts = [
            f'<div class="tip"><b>{html.escape(title)}</b>',
            f'<div class="tip-type" style="color:{style.colour}">{html.escape(style.legend)}</div>',
        ]

    def line(self, name: str, value: object) -> "Tooltip":
        if value not in (None, "", []):
            text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
            self._parts.append(f"<div><i>{html.escape(name)}:</i> {html.escape(text)}</div>")
        return self

    def quote(self, text: str, source: str | None = None) -> "Tooltip":
        link = safe_url(source or "")
        anchor = (
            f' <a href="{html.escape(link, quote=True)}" target="_blank" rel="noopener">[source]</a>' if link else ""
        )
        self._parts.append(f"<blockquote>{html.escape(text)}{anchor}</blockquote>")
        return self

    def html(self) -> str:
        return "".join(self._parts) + "</div>"


# --------------------------------------------------------------------------- views as networkx graphs


class ViewBuilder:
    """Turns the filtered agreements into a networkx graph with page-ready node attributes."""

    def __init__(self, ds: Dataset, records: list[AgreementRecord]) -> None:
        self.ds = ds
        self.graph_view = union_view(ds)
        self.records = records
        self.labels = Labels(ds)
        self.graph = nx.Graph()
        self._years: dict[str, set[int]] = defaultdict(set)
        self._fields: dict[str, set[str]] = defaultdict(set)
        self._agreements: dict[str, dict[URIRef, AgreementRecord]] = defaultdict(dict)

    def build(self, view: str) -> nx.Graph:
        if view == "agreements":
            self._agreement_view()
        elif view == "countries":
            self._country_view()
        elif view == "actors":
            self._actor_view()
        else:
            raise ValueError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
        self._finish()
        return self.graph

    # -- node helpers

    def _notation(self, concept: URIRef) -> str:
        return next((str(n) for n in self.graph_view.objects(concept, SKOS.notation)), shorten(None, concept))

    def _touch(self, node: URIRef, record: AgreementRecord, kind: str | None = None) -> str:
        key = str(node)
        if key not in self.graph:
            self.graph.add_node(key, type=kind or node_type(self.ds, node), label=self.labels(node), iri=key)
        if record.year is not None:
            self._years[key].add(record.year)
        self._fields[key].update(self._notation(f) for f in record.fields)
        self._agreements[key].setdefault(record.iri, record)
        return key

    def _link(self, a: str, b: str, relation: str) -> None:
        data = self.graph.get_edge_data(a, b)
        if data is None:
            self.graph.add_edge(a, b, relation=relation, weight=1)
        else:
            if relation not in data["relation"].split(", "):
                data["relation"] = f"{data['relation']}, {relation}"
            data["weight"] += 1

    # -- the three views

    def _agreement_view(self) -> None:
        for record in self.records:
            agreement = self._touch(record.iri, record, "agreement")
            for role, nodes in (
                ("party", record.parties),
                ("signatory", record.signatories),
                ("witness", record.witnesses),
                ("signed during", record.events),
            ):
                for node in nodes:
                    self._link(agreement, self._touch(node, record), role)
            for concept in record.fields:
                self._link(agreement, self._touch(concept, record, "field"), "field")

    def _country_view(self) -> None:
        network = country_network(self.ds, self.records)
        by_country: dict[str, list[AgreementRecord]] = defaultdict(list)
        for record in self.records:
            for country in record.party_countries:
                by_country[str(country)].append(record)
        for node in network:
            for record in by_country[node]:
                self._touch(URIRef(node), record, "country")
        for a, b, data in network.edges(data=True):
            self.graph.add_edge(
                a, b, relation=f"{data['weight']} agreement(s) · {', '.join(map(str, data['years']))}", weight=data["weight"]
            )

    def _actor_view(self) -> None:
        g = self.graph_view
        for record in self.records:
            parties = [self._touch(p, record) for p in record.parties]
            for a, b in combinations(parties, 2):
                self._link(a, b, "co-party")
            for role, people in (("signatory", record.signatories), ("witness", record.witnesses)):
                for person in people:
                    key = self._touch(person, record, "person")
                    for party in parties:
                        if self.graph.nodes[party]["type"] == "organisation":
                            self._link(key, party, role)
        actors = {URIRef(n) for n in self.graph}
        for post in set(g.subjects(RDF.type, ORG.Post)):
            for person in g.objects(post, ORG.heldBy):
                for organisation in g.objects(post, ORG.postIn):
                    if person in actors and organisation in actors:
                        self._link(str(person), str(organisation), "post")
        for actor in actors:
            for country in g.objects(actor, CG.country):
                if country in actors:
                    self._link(str(actor), str(country), "belongs to")

    # -- tooltips and filter data

    def _finish(self) -> None:
        for key, data in self.graph.nodes(data=True):
            data["years"] = sorted(self._years[key])
            data["fields"] = sorted(self._fields[key])
            data["search"] = " ".join(self.labels.all(URIRef(key)))
            data["tooltip"] = self._tooltip(URIRef(key), data)

    def _tooltip(self, node: URIRef, data: dict) -> str:
        kind = data["type"]
        tip = Tooltip(data["label"], kind)
        others = [label for label in self.labels.all(node) if label != data["label"]]
        tip.line("also", others[:4])
        records = list(self._agreements[str(node)].values())
        if kind == "agreement" and records:
            record = records[0]
            tip.line("type", record.kinds).line("status", record.statuses)
            tip.line("date", record.date.isoformat() if record.date else "not stated")
            tip.line("parties", [self.labels(p) for p in record.parties])
            tip.line("fields", data["fields"])
            source = record.sources[0] if record.sources else None
            for sentence in record.evidence[:3]:
                tip.quote(sentence, source)
            if not record.evidence and source:
                tip.quote("(no evidence sentence recorded)", source)
            return tip.html()
        if kind == "event":
            tip.line("dates", [str(d) for p in (CG.startDate, CG.endDate) for d in self.graph_view.objects(node, p)])
        if kind == "country":
            tip.line("ISO", [str(c) for c in self.graph_view.objects(node, CG.iso3166Alpha2)])
        years = data["years"]
        tip.line("years", f"{years[0]}–{years[-1]}" if len(years) > 1 else years)
        tip.line("agreements", len(records))
        for record in records[:3]:
            when = record.date.isoformat() if record.date else "date not stated"
            tip.quote(f"{when}: {record.title}", record.sources[0] if record.sources else None)
        return tip.html()


def build_view(
    ds: Dataset,
    view: str = "agreements",
    year: tuple[int, int] | None = None,
    field: str | None = None,
    country: str | None = None,
) -> nx.Graph:
    """The networkx graph the page shows for ``view`` and the filters (see :func:`render_page`)."""
    records = filter_agreements(ds, read_agreements(ds), year=year, field_notation=field, country=country)
    return ViewBuilder(ds, records).build(view)


# --------------------------------------------------------------------------- layout


def layout_positions(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Page coordinates for large graphs, so the browser never simulates thousands of nodes.

    Spring layout where it is affordable (networkx with scipy, or our dense numpy version up
    to 1,500 nodes); beyond that, concentric shells by node type, linear in the node count.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    scale = 60.0 * math.sqrt(n)
    try:
        import scipy  # noqa: F401  (spring_layout's sparse solver for >500 nodes)

        positions = nx.spring_layout(graph, seed=seed, iterations=50, k=1.5 / math.sqrt(n))
    except ImportError:
        positions = _dense_spring(graph, seed) if n <= 1500 else _type_shells(graph)
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in positions.items()}


def _dense_spring(graph: nx.Graph, seed: int, iterations: int = 50) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold in dense numpy (networkx needs scipy for graphs over 500 nodes)."""
    nodes = list(graph)
    n = len(nodes)
    adjacency = nx.to_numpy_array(graph, nodelist=nodes, weight=None)
    pos = np.random.default_rng(seed).random((n, 2))
    k = 1.0 / math.sqrt(n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.clip(np.linalg.norm(delta, axis=-1), 0.01, None)
        force = k * k / distance**2 - adjacency * distance / k
        displacement = np.einsum("ijk,ij->ik", delta, force)
        length = np.linalg.norm(displacement, axis=-1)
        length = np.where(length < 0.01, 0.1, length)
        pos += displacement * (temperature / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    pos /= np.abs(pos).max() or 1.0
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}


def _type_shells(graph: nx.Graph) -> dict:
    """Concentric rings by node type, best-connected first: linear time for huge graphs."""
    shells: dict[str, list[str]] = defaultdict(list)
    for node, data in sorted(graph.nodes(data=True), key=lambda item: -graph.degree(item[0])):
        shells[data.get("type", "other")].append(node)
    return nx.shell_layout(graph, nlist=[shells[t] for t in STYLES if shells.get(t)])


# --------------------------------------------------------------------------- the page


def _network(graph: nx.Graph) -> Network:
    """The pyvis network for ``graph``: styles from :data:`STYLES`, size by degree."""
    net = Network(height="100%", width="100%", cdn_resources="in_line", directed=False)
    large = graph.number_of_nodes() > LARGE_GRAPH
    positions = layout_positions(graph) if large else {}
    for node, data in graph.nodes(data=True):
        style = STYLES.get(data["type"], STYLES["other"])
        extra = {"x": positions[node][0], "y": positions[node][1]} if node in positions else {}
        net.add_node(
            node,
            label=data["label"] if len(data["label"]) <= 48 else data["label"][:46] + "…",
            shape=style.shape,
            color=style.colour,
            size=10 + 4 * math.sqrt(graph.degree(node)),
            ctype=data["type"],
            years=data["years"],
            fields=data["fields"],
            search=data["search"].lower(),
            tip=data["tooltip"],
            iri=data["iri"],
            **extra,
        )
    # networkx already holds each edge once; pyvis's add_edge rescans every edge (quadratic)
    net.edges.extend(
        {"from": a, "to": b, "value": data.get("weight", 1), "tip": html.escape(data.get("relation", ""))}
        for a, b, data in graph.edges(data=True)
    )
    net.set_options(json.dumps(_options(large)))
    return net


def _options(large: bool) -> dict:
    """vis-network options: physics that stabilises then stops, or none for big graphs."""
    return {
        "nodes": {"font": {"face": THAI_FONT_STACK, "size": 14}, "borderWidth": 1},
        "edges": {"color": {"color": "#9aa5b1", "highlight": "#333"}, "smooth": False, "scaling": {"min": 1, "max": 6}},
        "interaction": {
            "hover": True,
            "tooltipDelay": 100,
            "navigationButtons": False,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "physics": {
            "enabled": not large,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},
    }


def _script_json(value: object) -> str:
    """JSON that is safe inside an inline ``<script>``: no ``</script>``, no ``<!--``."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _inline_asset(path: Path) -> str:
    """An asset's text without source-map comments (which would point at absent files)."""
    text = path.read_text(encoding="utf-8")
    return re.sub(r"/[/*]# sourceMappingURL=\S+", "", text).replace("</script", "<\\/script")


def page_html(graph: nx.Graph, title: str, subtitle: str) -> str:
    """The complete, self-contained HTML page for ``graph``."""
    net = _network(graph)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(STATIC_DIR), autoescape=True)
    template = env.get_template("page.html")
    all_fields = sorted({f for _, d in graph.nodes(data=True) for f in d["fields"]})
    all_years = sorted({y for _, d in graph.nodes(data=True) for y in d["years"]})
    types = [t for t in STYLES if any(d["type"] == t for _, d in graph.nodes(data=True))]
    return template.render(
        title=title,
        subtitle=subtitle,
        font_stack=THAI_FONT_STACK,
        legend=[(t, STYLES[t]) for t in types],
        fields=all_fields,
        years=all_years,
        vis_js=jinja2.utils.markupsafe.Markup(_inline_asset(VIS_DIR / "vis-network.min.js")),
        vis_css=jinja2.utils.markupsafe.Markup(_inline_asset(VIS_DIR / "vis-network.css")),
        nodes_json=jinja2.utils.markupsafe.Markup(_script_json(nodes)),
        edges_json=jinja2.utils.markupsafe.Markup(_script_json(edges)),
        options_json=jinja2.utils.markupsafe.Markup(_script_json(json.loads(options))),
        node_count=graph.number_of_nodes(),
        edge_count=graph.number_of_edges(),
    )


def render_page(
    ds: Dataset,
    out_path: str | Path,
    year: tuple[int, int] | None = None,
    field: str | None = None,
    country: str | None = None,
    view: View = "agreements",
) -> Path:
    """Write the interactive page for ``view`` of the agreements matching the filters.

    ``year`` is an inclusive range, ``field`` a field notation (narrower fields included),
    ``country`` an ISO code or IRI of a party country. Written atomically.
    """
    graph = build_view(ds, view, year, field, country)
    filters = _describe_filters(year, field, country)
    title = f"coopgraph — {view}"
    subtitle = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges" + (f" · {filters}" if filters else "")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(out_path, page_html(graph, title, subtitle).encode("utf-8"))
    return out_path


def _describe_filters(year: tuple[int, int] | None, field: str | None, country: str | None) -> str:
    parts: list[str] = []
    if year:
        parts.append(f"years {year[0]}–{year[1]}")
    if field:
        parts.append(f"field {field}")
    if country:
        parts.append(f"country {country}")
    return ", ".join(parts)


def parse_year_range(text: str | None) -> tuple[int, int] | None:
    """``"2020-2024"`` or ``"2024"`` as an inclusive range; ``None`` for no filter."""
    if not text:
        return None
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-–:]\s*(\d{4})\s*)?", text)
    if not match:
        raise ValueError(f"year range {text!r} is not YYYY or YYYY-YYYY")
    low = int(match[1])
    high = int(match[2] or match[1])
    if high < low:
        raise ValueError(f"year range {text!r} ends before it starts")
    return low, high


def external_links(page: str) -> list[str]:
    """Every http(s) URL used as a ``src``/``href`` in ``page`` (including inside the data)."""
    return re.findall(r"""(?:src|href)\s*=\s*\\?["']?(https?://[^"'\\\s>]+)""", page)


__all__: Iterable[str] = ["STYLES", "NodeStyle", "build_view", "render_page", "parse_year_range", "external_links"]
