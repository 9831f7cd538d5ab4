"""A local, read-only SPARQL 1.1 Protocol endpoint over the standard library's HTTP server.

``GET /sparql?query=…`` and ``POST /sparql`` (``application/sparql-query`` or form-encoded
``query=``) answer with SPARQL JSON, XML, CSV or TSV (CONSTRUCT/DESCRIBE: Turtle or
N-Triples) chosen by the Accept header. Updates are refused with 403: an ``update=`` form
field, an ``application/sparql-update`` body, or any text that parses as SPARQL Update and
not as a query. ``GET /`` without a query gives a small self-contained query page.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.processor import prepareQuery

from graph.query import PREFIXES, QueryError, canned_queries, run_query, serialize_result

MAX_BODY = 1_000_000

#: Media types by result kind, in server preference order: (media type, serializer format).
SELECT_TYPES = [
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("application/json", "json"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
]
GRAPH_TYPES = [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("text/plain", "nt"),
    ("application/rdf+xml", "xml"),
]


class UpdateRefused(Exception):
    """The request asks to change the graph; this endpoint only reads."""


def negotiate(accept: str | None, offers: list[tuple[str, str]]) -> tuple[str, str]:
    """The best of ``offers`` for an Accept header (q-values honoured, first offer by default)."""
    if not accept:
        return offers[0]
    ranked: list[tuple[float, int, int, tuple[str, str]]] = []
    for part in accept.split(","):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        quality = 1.0
        for param in pieces[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        for index, offer in enumerate(offers):
            kind = offer[0]
            if media == kind:
                ranked.append((-quality, 0, index, offer))
            elif media.endswith("/*") and (media == "*/*" or kind.startswith(media[:-1])):
                ranked.append((-quality, 1 if media != "*/*" else 2, index, offer))
    if not ranked:
        return offers[0]
    return min(ranked)[3]


def check_read_only(text: str) -> None:
    """Raise :class:`UpdateRefused` when ``text`` is SPARQL Update rather than a query.

    Decided by the SPARQL grammar, not by keywords: a query that merely contains the word
    ``INSERT`` in a string or IRI still runs, and an update hidden behind comments is caught.
    """
    try:
        prepareQuery(text, initNs=PREFIXES)
        return
    except Exception:
        pass
    try:
        parseUpdate(text)
    except Exception:
        return  # neither: let the query path report the parser's message
    raise UpdateRefused("this endpoint is read-only: SPARQL Update is refused")


@dataclass
class Endpoint:
    """The dataset being served plus a lock, since rdflib's memory store is not thread-safe."""

    ds: Dataset
    lock: threading.Lock

    def answer(self, query: str, accept: str | None) -> tuple[bytes, str]:
        check_read_only(query)
        with self.lock:
            result = run_query(self.ds, query)
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                media, fmt = negotiate(accept, GRAPH_TYPES)
            else:
                media, fmt = negotiate(accept, SELECT_TYPES)
            body = serialize_result(result, fmt)
        return body, f"{media}; charset=utf-8"


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol query operation, read-only."""

    endpoint: Endpoint
    server_version = "coopgraph-sparql/0.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002  (stdlib name)
        """Quiet by default; the CLI prints the address once."""

    # -- entry points

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path not in ("/", "/sparql"):
            return self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path}; use /sparql")
        if "update" in params:
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
        if "query" not in params:
            return self._send(HTTPStatus.OK, query_page().encode("utf-8"), "text/html; charset=utf-8")
        self._run(params["query"][0])

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ("/", "/sparql"):
            return self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path}; use /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
        if content_type == "application/sparql-query":
            return self._run(body)
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            if "query" in form:
                return self._run(form["query"][0])
            return self._error(HTTPStatus.BAD_REQUEST, "the form has no 'query' field")
        return self._error(
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            "POST application/sparql-query or application/x-www-form-urlencoded",
        )

    # -- helpers

    def _run(self, query: str) -> None:
        if not query.strip():
            return self._error(HTTPStatus.BAD_REQUEST, "empty query")
        try:
            body, media = self.endpoint.answer(query, self.headers.get("Accept"))
        except UpdateRefused as exc:
            return self._error(HTTPStatus.FORBIDDEN, str(exc))
        except QueryError as exc:
            return self._error(HTTPStatus.BAD_REQUEST, str(exc))
        self._send(HTTPStatus.OK, body, media)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _send(self, status: HTTPStatus, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def query_page() -> str:
    """The HTML query form: plain HTML and a few lines of script, nothing fetched."""
    examples = "".join(
        f'<option value="{html.escape(q.text, quote=True)}">{html.escape(q.title)}</option>'
        for q in canned_queries().values()
        if not any(not p.optional for p in q.parameters)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>coopgraph SPARQL</title>
<style>
 body {{ font-family: "Sarabun", "Noto Sans Thai", "Loma", "Garuda", sans-serif; margin: 1em 2em; }}
 textarea {{ width: 100%; height: 16em; font-family: monospace; }}
 table {{ border-collapse: collapse; margin-top: 1em; }} td, th {{ border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; }}
</style></head>
<body>
<h1>coopgraph SPARQL endpoint (read-only)</h1>
<p>Default graph = union of all graphs; <code>GRAPH ?g</code> ranges over the releases.
Protocol: <code>GET /sparql?query=…</code> or <code>POST /sparql</code>.</p>
<select id="examples"><option value="">— canned queries —</option>{examples}</select>
<form id="form" method="post" action="/sparql">
<textarea name="query" id="query">SELECT ?agreement ?title WHERE {{ ?agreement a cg:Agreement ; dcterms:title ?title }} LIMIT 20</textarea>
<button type="submit">Run</button>
</form>
<div id="out"></div>
<script>
document.getElementById("examples").addEventListener("change", function (e) {{
  if (e.target.value) {{ document.getElementById("query").value = e.target.value; }}
}});
document.getElementById("form").addEventListener("submit", function (e) {{
  e.preventDefault();
  var out = document.getElementById("out");
  fetch("/sparql", {{ method: "POST", headers: {{ "Content-Type": "application/sparql-query",
      "Accept": "application/sparql-results+json" }}, body: document.getElementById("query").value }})
    .then(function (r) {{ return r.ok ? r.json() : r.text().then(function (t) {{ throw new Error(t); }}); }})
    .then(function (data) {{
      var table = document.createElement("table");
      var vars = data.head.vars || ["boolean"];
      var head = table.insertRow();
      vars.forEach(function (v) {{ var th = document.createElement("th"); th.textContent = v; head.appendChild(th); }});
      (data.results ? data.results.bindings : [{{ boolean: {{ value: String(data.boolean) }} }}]).forEach(function (b) {{
        var row = table.insertRow();
        vars.forEach(function (v) {{ row.insertCell().textContent = b[v] ? b[v].value : ""; }});
      }});
      out.replaceChildren(table);
    }})
    .catch(function (err) {{ out.textContent = err.message; }});
}});
</script>
</body></html>
"""


class SparqlServer:
    """A running endpoint: start it in a background thread, read its URL, stop it."""

    def __init__(self, ds: Dataset, host: str = "127.0.0.1", port: int = 0) -> None:
        handler = type("BoundSparqlHandler", (SparqlHandler,), {"endpoint": Endpoint(ds, threading.Lock())})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def start(self) -> "SparqlServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="sparql", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> "SparqlServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(ds: Dataset, host: str = "127.0.0.1", port: int = 0, block: bool = True) -> SparqlServer:
    """Serve ``ds`` read-only; with ``block`` run until interrupted, else return the started server."""
    server = SparqlServer(ds, host, port)
    if not block:
        return server.start()
    serve_until_interrupted(server)
    return server


def serve_until_interrupted(server: SparqlServer) -> None:
    """Answer requests until Ctrl-C, then close the socket."""
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
