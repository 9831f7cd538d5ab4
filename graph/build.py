"""Build the graph: read releases, extract in parallel, map to RDF, write atomically.

Reading (one stream per archive) stays in the parent process; decoding, parsing and
extraction run in worker processes (``jobs``), and RDF is assembled in the parent in
input order, so the output does not depend on how work was scheduled.
"""

from __future__ import annotations

import dataclasses
import gc
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Dataset, Graph
from rdflib.compare import to_canonical_graph

from extractors.reader import Source, iter_sources
from extractors.release import NotARelease, decode, parse_release, parse_release_head
from extractors.records import Extraction, Skipped
from extractors.screen import may_pass
from graph import rdf, store
from graph.resolve import resolve_agreements
from graph.workers import ordered_map
from ontology import CG, field_scheme, ontology_graph

#: Releases handed to a worker at a time. Most releases fail the screen in a fraction of a
#: millisecond, so each hand-over (locks, pickling, a pipe write and read on both sides) cost
#: about as much as the work itself at 8 a chunk: 64 took a tenth off the whole-archive
#: build's CPU (the parent's by a quarter) and still leaves ~1,400 chunks to share out.
CHUNK_SIZE = 64
#: Allocations between two young-generation collections in the parent while a build runs (Python's
#: default is 700). The parent allocates millions of short-lived, acyclic records: at 700, collections
#: cost it 2.2 CPU-s of a whole-archive build; at this, 0.4 s. (Workers keep Python's pace: see _warm_worker.)
GC_THRESHOLD = 20_000
DEFAULT_GC_THRESHOLD = gc.get_threshold()


@dataclass
class BuildSummary:
    """What a build read, skipped and found; printed as the final table."""

    read: int = 0
    relevant: int = 0
    undated: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    agreements: int = 0
    events: int = 0
    actors: Counter = field(default_factory=Counter)   # kind -> count
    fields: Counter = field(default_factory=Counter)   # notation -> agreements
    triples: int = 0

    @property
    def skip_reasons(self) -> Counter:
        return Counter(s.reason for s in self.skipped)


def _extract_source(args: tuple[Source, bool]) -> Extraction | Skipped:
    from extractors.pipeline import extract

    source, keep_all = args
    try:
        text = decode(source.data)
        if not keep_all and not may_pass(text):
            # Most releases: rejected before they are parsed, and sent back without text.
            return Extraction(release=parse_release_head(text, source.path), relevant=False)
        item = parse_release(text, source.path)
    except NotARelease as exc:
        return Skipped(source.path, str(exc))
    try:
        extraction = extract(item, keep_all=keep_all)
    except Exception as exc:  # one bad release must not stop a 90,000-release build
        return Skipped(source.path, f"extraction failed ({type(exc).__name__}: {exc})")
    # Records carry their own evidence text; the release text need not travel back.
    return dataclasses.replace(extraction, release=item.without_text())


def iter_extractions(inputs: Iterable[str | Path], *, keep_all: bool = False,
                     jobs: int | None = None) -> Iterator[Extraction | Skipped]:
    """Extractions (and skipped inputs) in input order, using ``jobs`` processes."""
    jobs = jobs or os.cpu_count() or 1
    work = ((source, keep_all) if isinstance(source, Source) else source for source in iter_sources(inputs))
    if jobs == 1:
        for item in work:
            yield item if isinstance(item, Skipped) else _extract_source(item)
        return
    # Skipped inputs pass through the workers unchanged, to keep their place in the order.
    yield from ordered_map(_extract_or_pass, work, jobs=jobs, chunk_size=CHUNK_SIZE, initializer=_warm_worker)


def _extract_or_pass(item: tuple[Source, bool] | Skipped) -> Extraction | Skipped:
    return item if isinstance(item, Skipped) else _extract_source(item)


def _warm_worker() -> None:
    from extractors.pipeline import default_nlp

    default_nlp()
    gc.freeze()  # the pipeline's tables live as long as the worker: collections need not walk them
    # A worker's garbage is a release's Doc, which holds reference cycles: collected at Python's
    # usual pace (the threshold forked from the parent's build left them to pile up, and the
    # workers took 4 CPU-s more over the archive).
    gc.set_threshold(*DEFAULT_GC_THRESHOLD)


@contextmanager
def _lean_gc() -> Iterator[None]:
    """Collect garbage less often while a build runs, and never walk what was there before it.

    The objects alive at the start (modules, registries, the ontology) are frozen; workers, forked
    inside, go back to Python's threshold when they warm up. Both are undone at the end.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _kept_agreements(item: Extraction, keep_all: bool, summary: "BuildSummary") -> Extraction:
    """The agreements the graph keeps from one release.

    An agreement must name at least one party (the SHACL shapes say so; the agreements
    reader already drops those without one, this keeps the graph valid whatever the
    extractor). One with no digital field (a rubber, tourism or air-services MOU) is not a
    digital-cooperation agreement and is kept only with ``keep_all``.
    """
    with_party = [a for a in item.agreements if a.parties]
    kept = tuple(a for a in with_party if keep_all or a.fields)
    if len(kept) == len(item.agreements):
        return item
    # Events keep their indices; an agreement's ``event`` points into them, not at agreements.
    return dataclasses.replace(item, agreements=kept)


def build_dataset(inputs: Iterable[str | Path], *, keep_all: bool = False, jobs: int | None = None,
                  on_item: Callable[[Extraction | Skipped], None] | None = None) -> tuple[Dataset, BuildSummary]:
    """The whole graph of ``inputs`` and a summary of what was read and found."""
    with _lean_gc():
        return _build_dataset(inputs, keep_all=keep_all, jobs=jobs, on_item=on_item)


def _build_dataset(inputs: Iterable[str | Path], *, keep_all: bool, jobs: int | None,
                   on_item: Callable[[Extraction | Skipped], None] | None) -> tuple[Dataset, BuildSummary]:
    from extractors.pipeline import versions

    ds = store.new_dataset()
    rdf.bind_prefixes(ds)
    actors = rdf.ActorIndex()
    summary = BuildSummary()
    seen_ids: set[str] = set()
    kept: list[Extraction] = []  # releases with findings, mapped once agreements are resolved
    bare = rdf.BareReleases(ds)  # most releases: their own triples only, added in bulk
    for item in iter_extractions(inputs, keep_all=keep_all, jobs=jobs):
        if on_item is not None:
            on_item(item)
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        if item.release.id in seen_ids:
            summary.skipped.append(Skipped(item.release.source_path, f"duplicate of release {item.release.id}"))
            continue
        seen_ids.add(item.release.id)
        summary.read += 1
        summary.relevant += item.relevant
        summary.undated += item.release.issued is None
        item = _kept_agreements(item, keep_all, summary)
        if (item.relevant or keep_all) and (item.agreements or item.events):
            kept.append(item)
            for agreement in item.agreements:
                summary.fields.update(agreement.fields)
        elif rdf.BareReleases.applies(item):
            bare.add(item)
        else:
            bare.flush()  # keeps the order of insertion, hence the written bytes
            rdf.add_extraction(ds, item, actors, keep_all=keep_all)
    bare.flush()
    agreement_iris = resolve_agreements(kept)
    for item in kept:
        rdf.add_extraction(ds, item, actors, keep_all=keep_all, agreement_iris=agreement_iris)
    default = rdf.GraphWriter(ds)
    # Canonical blank-node labels (the ontology's OWL unions) keep the written bytes stable.
    default += to_canonical_graph(ontology_graph() + field_scheme())
    actors.write(default)
    rdf.add_build_activity(default, versions())
    default.flush()
    summary.actors.update(country=len(actors.country_codes()),
                          organisation=len(actors.organisations), person=len(actors.persons))
    agreement_nodes = {s for s, _, _, _ in ds.quads((None, RDF.type, CG.Agreement, None))}
    event_nodes = {s for s, _, _, _ in ds.quads((None, RDF.type, CG.Event, None))}
    summary.agreements, summary.events = len(agreement_nodes), len(event_nodes)
    summary.triples = store.quad_count(ds)
    return ds, summary


#: The build validates the default graph and the graphs of relevant releases; off-topic
#: releases are six template triples each and would make SHACL over the archive take minutes.
RELEVANT_GRAPHS_QUERY = """
PREFIX cg: <https://w3id.org/coopgraph/ontology#>
SELECT ?g WHERE { GRAPH ?g { ?g cg:aboutDigitalCooperation true } }
"""


def findings_graph(ds: Dataset) -> Graph:
    """The default graph and every relevant release's graph, merged (what the build validates)."""
    return store.union_graph(ds, [row[0] for row in ds.query(RELEVANT_GRAPHS_QUERY)])


def build_members(archive: str | Path, members: set[str], **options) -> tuple[Dataset, BuildSummary]:
    """The graph of only the named members of a tar archive (gold sets cite corpus members)."""
    import tarfile
    import tempfile

    with tempfile.TemporaryDirectory(prefix="coopgraph-members-") as tmp:
        with tarfile.open(archive, mode="r|*") as tar:
            for member in tar:
                if member.name in members and member.isfile():
                    target = Path(tmp) / member.name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(member).read())
        return build_dataset([tmp], **options)


def build(inputs: Iterable[str | Path], out: str | Path, **options) -> BuildSummary:
    """Build and write ``out`` atomically (its format from its extension)."""
    ds, summary = build_dataset(inputs, **options)
    store.write_dataset(ds, out)
    return summary
