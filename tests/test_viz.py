"""The interactive page: what it contains, and how it behaves in a real headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from graph import viz
from graph.store import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Hand-counted from tests/fixtures/mini.trig: 4 agreements, 6 parties (mdes, nda-cn, asean,
# China, kominfo, mci-sg), 3 signatories/witnesses, 2 events, 11 distinct fields.
AGREEMENT_VIEW_NODES = 4 + 6 + 3 + 2 + 11
SCRIPT_LABEL = "Ministry of Communications and Information <script>alert(1)</script>"
MCI_SG = "https://w3id.org/coopgraph/id/org/mci-sg"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(FIXTURE)


def test_agreement_view_has_every_agreement_party_person_event_and_field(ds) -> None:
    graph = viz.build_view(ds, "agreements")
    types = nx.get_node_attributes(graph, "type")
    assert graph.number_of_nodes() == AGREEMENT_VIEW_NODES
    assert sorted(types.values()).count("agreement") == 4
    assert sorted(types.values()).count("field") == 11
    assert types["https://w3id.org/coopgraph/id/country/CN"] == "country"
    assert types["https://w3id.org/coopgraph/id/event/adgmin-2024"] == "event"
    # off-topic release actors never appear
    assert "https://w3id.org/coopgraph/id/org/thai-rice" not in graph


def test_filters_narrow_the_view(ds) -> None:
    only_2024 = viz.build_view(ds, "agreements", year=(2024, 2024))
    agreements = [n for n, t in only_2024.nodes(data="type") if t == "agreement"]
    assert len(agreements) == 2
    # a top-level field selects agreements tagged with a narrower one (cybersecurity, online-scam)
    security = viz.build_view(ds, "agreements", field="security")
    assert {n.rsplit("/", 1)[-1] for n, t in security.nodes(data="type") if t == "agreement"} == {
        "asean-cn-digital-2024",
        "mdes-kominfo-2024",
    }
    indonesia = viz.build_view(ds, "countries", country="ID")
    assert set(indonesia) == {"https://w3id.org/coopgraph/id/country/ID", "https://w3id.org/coopgraph/id/country/TH"}
    assert viz.build_view(ds, "agreements", country="ZZ").number_of_nodes() == 0


def test_country_and_actor_views(ds) -> None:
    countries = viz.build_view(ds, "countries")
    assert {countries.nodes[n]["label"] for n in countries} == {"ไทย", "จีน", "อินโดนีเซีย", "สิงคโปร์"}
    assert countries.number_of_edges() == 3
    actors = viz.build_view(ds, "actors")
    assert actors.has_edge("https://w3id.org/coopgraph/id/person/wisit", "https://w3id.org/coopgraph/id/org/mdes")
    assert "post" in actors.edges["https://w3id.org/coopgraph/id/person/wisit", "https://w3id.org/coopgraph/id/org/mdes"]["relation"]
    assert {t for _, t in actors.nodes(data="type")} <= {"person", "organisation", "country"}


def test_tooltips_escape_release_text_and_link_the_source(ds) -> None:
    graph = viz.build_view(ds, "agreements")
    tip = graph.nodes["https://w3id.org/coopgraph/id/agreement/mdes-mci-sg-planned"]["tooltip"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in tip
    assert "&lt;b&gt;ด้านเศรษฐกิจดิจิทัล&lt;/b&gt; &amp; การเชื่อมโยง" in tip
    assert "<script" not in tip and "<b>ด้าน" not in tip
    assert '<a href="http://www.thaigov.go.th/news/contents/details/40408"' in tip
    assert "planned" in tip and "2021-03-26" in tip
    assert "&lt;script&gt;" in graph.nodes[MCI_SG]["tooltip"]


def test_unsafe_links_are_dropped() -> None:
    assert viz.safe_url("javascript:alert(1)") is None
    assert viz.safe_url('http://x.org/"><script>') is None
    tip = viz.Tooltip("x", "agreement").quote("text", "javascript:alert(1)").html()
    assert "href" not in tip


def test_one_style_table_covers_every_node_type(ds) -> None:
    for view in viz.VIEWS:
        graph = viz.build_view(ds, view)
        assert {t for _, t in graph.nodes(data="type")} <= set(viz.STYLES)
    assert len({s.colour for s in viz.STYLES.values()}) == len(viz.STYLES)


def test_page_is_self_contained(ds, tmp_path: Path) -> None:
    page = viz.render_page(ds, tmp_path / "page.html", view="agreements").read_text(encoding="utf-8")
    hosts = {re.sub(r"^https?://([^/]+).*$", r"\1", url) for url in viz.external_links(page)}
    assert hosts == {"www.thaigov.go.th"}  # only the source links inside tooltips
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)
    for cdn in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "bootstrap"):
        assert cdn not in page
    # release text cannot close the inline script
    assert "<script>alert(1)" not in page
    assert "Loma" in page and "Noto Sans Thai" in page
    assert page.count('class="type-filter"') == 6  # legend: 6 node types in this view


def test_year_range_parsing() -> None:
    assert viz.parse_year_range("2020-2024") == (2020, 2024)
    assert viz.parse_year_range("2024") == (2024, 2024)
    assert viz.parse_year_range(None) is None
    with pytest.raises(ValueError):
        viz.parse_year_range("2024-2020")
    with pytest.raises(ValueError):
        viz.parse_year_range("last year")


def test_large_graphs_get_python_positions_and_no_physics() -> None:
    graph = nx.barabasi_albert_graph(viz.LARGE_GRAPH + 100, 2, seed=1)
    nx.relabel_nodes(graph, {n: f"n{n}" for n in graph}, copy=False)
    for node, data in graph.nodes(data=True):
        data.update(type="organisation", label=node, years=[2024], fields=[], search=node, tooltip="<b>x</b>", iri=node)
    net = viz._network(graph)
    assert all("x" in n and "y" in n for n in net.nodes)
    assert net.options["physics"]["enabled"] is False
    spread = max(abs(n["x"]) for n in net.nodes)
    assert spread > 100  # scaled, not squeezed into [-1, 1]


# --------------------------------------------------------------------------- in Chromium


@pytest.mark.browser
def test_page_in_headless_chromium(ds, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: apt-get install chromium fonts-thai-tlwg (make browser-deps)")
    sync_api = pytest.importorskip("playwright.sync_api")
    page_path = viz.render_page(ds, tmp_path / "page.html", view="agreements")
    url = page_path.resolve().as_uri()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            requests: list[str] = []
            dialogs: list[str] = []
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("request", lambda req: requests.append(req.url))
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(url)
            page.wait_for_function("window.coopgraph && window.coopgraph.ready", timeout=20000)

            drawn = page.evaluate("network.body.data.nodes.length")
            assert drawn == AGREEMENT_VIEW_NODES
            assert page.evaluate("network.physics.options.enabled") is False

            # hover the node whose label carries a <script>: the tooltip shows it as text
            position = page.evaluate(
                "(id) => network.canvasToDOM(network.getPositions([id])[id])", MCI_SG
            )
            box = page.locator("#network").bounding_box()
            page.mouse.move(box["x"] + position["x"] + 30, box["y"] + position["y"] + 30)
            page.mouse.move(box["x"] + position["x"], box["y"] + position["y"], steps=5)
            tooltip = page.locator("div.vis-tooltip")
            tooltip.wait_for(state="visible", timeout=5000)
            assert SCRIPT_LABEL in tooltip.inner_text()
            assert tooltip.locator("script").count() == 0

            # search by a Thai label selects the node
            page.fill("#search", "วิศิษฏ์")
            assert page.evaluate("network.getSelectedNodes()") == ["https://w3id.org/coopgraph/id/person/wisit"]
            # type filter hides every field node
            page.uncheck('.type-filter[value="field"]')
            hidden = page.evaluate("coopgraph.nodes.get({filter: n => n.hidden}).length")
            assert hidden == 11

            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "page-agreements.png"))
            assert not dialogs, f"a script from the graph ran: {dialogs}"
            assert not errors, f"console errors: {errors}"
            assert requests == [url], f"unexpected requests: {requests}"
        finally:
            browser.close()
