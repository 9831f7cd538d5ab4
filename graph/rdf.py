"""Map extraction records to RDF under the graph contract.

A release's own findings (the release, its agreements, events and the posts it reports)
go to the named graph whose IRI is the release IRI; the actors they point at are collected
in an :class:`ActorIndex` and written once, merged, into the default graph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import rdflib
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DefinedNamespace

from extractors.countries import countries
from extractors.organisations import organisations
from extractors.records import ActorRef, AgreementRecord, EventRecord, Extraction
from graph import iris, store
from ontology import CG, CGF, PREFIXES


class _Terms:
    """The terms this module uses of one of rdflib's namespaces, as plain attributes.

    rdflib's ``RDF``, ``RDFS``, ``DCTERMS`` … check the name against their vocabulary and
    mint a new URIRef on every attribute access (~3 µs; a whole-archive build makes
    ~150,000). A name not listed here raises AttributeError, like a misspelt one there.
    """

    def __init__(self, namespace: type[DefinedNamespace], *names: str) -> None:
        for name in names:
            setattr(self, name, namespace[name])


RDF = _Terms(rdflib.RDF, "type")
RDFS = _Terms(rdflib.RDFS, "label")
SKOS = _Terms(rdflib.SKOS, "altLabel")
XSD = _Terms(rdflib.XSD, "date")
DCTERMS = _Terms(rdflib.DCTERMS, "issued", "source", "title")
FOAF = _Terms(rdflib.FOAF, "Person")
ORG = _Terms(rdflib.ORG, "Organization", "Post", "heldBy", "postIn", "subOrganizationOf")
PROV = _Terms(rdflib.PROV, "Activity", "wasDerivedFrom")

#: Agreement kinds to their contract subclass.
AGREEMENT_CLASSES: dict[str, URIRef] = {
    "mou": CG.MemorandumOfUnderstanding,
    "loi": CG.LetterOfIntent,
    "declaration": CG.JointDeclaration,
    "agreement": CG.OtherAgreement,
}



def bind_prefixes(graph: Graph | Dataset) -> None:
    for prefix, namespace in {**PREFIXES, "id": iris.ID}.items():
        graph.bind(prefix, namespace, override=True)


class GraphWriter:
    """Collects the triples of one graph, then adds them to the dataset in one go.

    ``add`` reads like ``Graph.add``, so the mapping code stays plain; ``flush`` hands the
    batch to ``store.add_quads``, which skips rdflib's per-triple bookkeeping.
    """

    def __init__(self, ds: Dataset, graph_id: URIRef = DATASET_DEFAULT_GRAPH_ID) -> None:
        self.ds, self.graph_id, self.quads = ds, graph_id, []

    def add(self, triple: tuple) -> None:
        self.quads.append((*triple, self.graph_id))

    def __iadd__(self, triples) -> "GraphWriter":
        self.quads.extend((*triple, self.graph_id) for triple in triples)
        return self

    def flush(self) -> None:
        store.add_quads(self.ds, self.quads)
        self.quads = []


def _date(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


@dataclass
class ActorIndex:
    """Every actor seen by the build, with the surface forms it was seen under."""

    countries: set[str] = field(default_factory=set)
    organisations: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    org_country: dict[str, str] = field(default_factory=dict)
    persons: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def actor_iri(self, ref: ActorRef) -> URIRef:
        if ref.kind == "country":
            self.countries.add(ref.key)
            return iris.country_iri(ref.key)
        self.organisations[ref.key]  # noqa: B018  (registers the key)
        return iris.org_iri(ref.key)

    def country_codes(self) -> set[str]:
        """Every country the graph needs: those named, and those organisations belong to."""
        known_orgs = organisations()
        belonging = {known_orgs[key].country if key in known_orgs else self.org_country.get(key)
                     for key in self.organisations}
        return self.countries | {code for code in belonging if code}

    def write(self, default: GraphWriter) -> None:
        """Add the resolved actors, with all their labels, to the default graph."""
        known_countries = countries()
        known_orgs = organisations()
        for code in sorted(self.country_codes()):
            node = iris.country_iri(code)
            default.add((node, RDF.type, CG.Country))
            default.add((node, CG.iso3166Alpha2, Literal(code)))
            if (country := known_countries.get(code)) is not None:
                default.add((node, RDFS.label, Literal(country.label_th, lang="th")))
                default.add((node, RDFS.label, Literal(country.label_en, lang="en")))
                if country.wikidata:
                    default.add((node, CG.wikidata, Literal(country.wikidata)))
        for key in sorted(self.organisations):
            node = iris.org_iri(key)
            default.add((node, RDF.type, ORG.Organization))
            entry = known_orgs.get(key)
            labels = set(self.organisations[key])
            if entry is not None:
                default.add((node, RDFS.label, Literal(entry.label_th or entry.label_en, lang="th" if entry.label_th else "en")))
                if entry.label_en and entry.label_th:
                    default.add((node, RDFS.label, Literal(entry.label_en, lang="en")))
                labels |= set(entry.labels) | set(entry.acronyms)
                labels -= {entry.label_th, entry.label_en}
                country = entry.country
                if entry.parent:
                    default.add((node, ORG.subOrganizationOf, iris.org_iri(entry.parent)))
            else:
                canonical = min(labels, key=lambda s: (-len(s), s))
                default.add((node, RDFS.label, Literal(canonical, lang="th")))
                labels.discard(canonical)
                country = self.org_country.get(key)
            for label in sorted(labels):
                default.add((node, SKOS.altLabel, Literal(label)))
            if country:
                default.add((node, CG.country, iris.country_iri(country)))
        for name in sorted(self.persons):
            node = iris.person_iri(name)
            default.add((node, RDF.type, FOAF.Person))
            default.add((node, RDFS.label, Literal(name, lang="th")))
            for surface in sorted(self.persons[name] - {name}):
                default.add((node, SKOS.altLabel, Literal(surface)))


def add_extraction(ds: Dataset, extraction: Extraction, actors: ActorIndex, *, keep_all: bool,
                   agreement_iris: dict[tuple[str, int], URIRef] | None = None) -> URIRef:
    """Add one release's named graph to ``ds``; record its actors in ``actors``.

    ``agreement_iris`` maps (release id, agreement index) to the IRI resolution gave it.
    """
    release = extraction.release
    node = iris.release_iri(release.id)
    g = GraphWriter(ds, node)
    g.add((node, RDF.type, CG.Release))
    g.add((node, CG.sourcePath, Literal(release.source_path)))
    g.add((node, DCTERMS.title, Literal(release.title, lang="th")))
    if release.issued is not None:
        g.add((node, DCTERMS.issued, _date(release.issued)))
    if release.source_url:
        g.add((node, DCTERMS.source, URIRef(release.source_url.replace("https://", "http://", 1))))
    g.add((node, CG.aboutDigitalCooperation, Literal(extraction.relevant)))

    for mention in extraction.countries:
        actors.countries.add(mention.code)
        g.add((node, CG.mentions, iris.country_iri(mention.code)))
    for org in extraction.organisations:
        actors.organisations[org.key].update((org.span.text if org.registered else org.label, *org.written))
        if org.country and not org.registered:
            actors.org_country.setdefault(org.key, org.country)
        g.add((node, CG.mentions, iris.org_iri(org.key)))
    for person in extraction.persons:
        actors.persons[person.name].add(person.name)
        person_node = iris.person_iri(person.name)
        g.add((node, CG.mentions, person_node))
        if person.post:
            post = iris.post_iri(person.name, person.post)
            g.add((post, RDF.type, ORG.Post))
            g.add((post, RDFS.label, Literal(person.post, lang="th")))
            g.add((post, ORG.heldBy, person_node))
            if person.org_key:
                actors.organisations[person.org_key]  # noqa: B018
                g.add((post, ORG.postIn, iris.org_iri(person.org_key)))
            g.add((post, PROV.wasDerivedFrom, node))

    if extraction.relevant or keep_all:
        event_nodes = [_add_event(g, node, event, actors) for event in extraction.events]
        for index, agreement in enumerate(extraction.agreements):
            iri = (agreement_iris or {}).get((release.id, index))
            _add_agreement(g, node, iri, agreement, actors, event_nodes)
    g.flush()
    return node


class BareReleases:
    """Releases with nothing but their own triples (most of an archive), added in bulk.

    Mapping them one by one with :func:`add_extraction` costs rdflib terms, conversions
    and a sort per release (~0.4 ms, minutes over an archive); these go to the store as
    N-Quads text, quad for quad and in the order :func:`add_extraction` would add them,
    so the graph and its bytes are the same. :meth:`flush` before anything else is added.
    """

    def __init__(self, ds: Dataset) -> None:
        self.ds, self.pending = ds, []

    @staticmethod
    def applies(extraction: Extraction) -> bool:
        """True when :func:`add_extraction` writes only the release's own triples (no findings)."""
        return not (extraction.countries or extraction.organisations or extraction.persons
                    or extraction.agreements or extraction.events)

    def add(self, extraction: Extraction) -> None:
        self.pending.append(extraction)

    def flush(self) -> None:
        if not self.pending:
            return
        if not store.takes_native_quads(self.ds):  # a dataset on another store: the general way
            for extraction in self.pending:
                add_extraction(self.ds, extraction, ActorIndex(), keep_all=False)
        else:
            store.add_nquads(self.ds, "".join(map(_bare_release_nquads, self.pending)))
        self.pending = []


#: The predicates of a release's own triples, by short names: a dict keyed by rdflib terms
#: hashes and compares them in Python, six times over for each of an archive's releases.
_BARE_PREDICATES = {"type": RDF.type, "sourcePath": CG.sourcePath, "title": DCTERMS.title, "issued": DCTERMS.issued,
                    "source": DCTERMS.source, "about": CG.aboutDigitalCooperation}


@lru_cache(maxsize=1)
def _bare_constants() -> dict:
    """N-Quads forms of the terms every release shares, and its predicates in sorted order."""
    order = sorted(_BARE_PREDICATES.items(), key=lambda item: item[1].n3())
    return {"order": tuple((name, predicate.n3()) for name, predicate in order),
            "Release": CG.Release.n3(), True: Literal(True).n3(), False: Literal(False).n3(),
            "date": "^^" + XSD.date.n3()}


def _bare_release_nquads(extraction: Extraction) -> str:
    """:func:`add_extraction`'s quads for a release with no findings, as N-Quads lines.

    Text, not ``ox.Quad`` objects: Oxigraph parses it faster than Python makes the terms
    (``ox.Quad`` tries a literal as each other kind of term before it takes it as one).
    """
    const = _bare_constants()
    release = extraction.release
    node = f"<{iris.release_iri(release.id)}>"
    objects = {"type": const["Release"], "sourcePath": _nquads_string(release.source_path),
               "title": _nquads_string(release.title) + "@th", "about": const[bool(extraction.relevant)]}
    if release.issued is not None:
        objects["issued"] = f'"{release.issued.isoformat()}"{const["date"]}'
    if release.source_url:
        objects["source"] = f'<{release.source_url.replace("https://", "http://", 1)}>'
    return "".join(f"{node} {predicate} {objects[name]} {node} .\n"
                   for name, predicate in const["order"] if name in objects)


def _nquads_string(value: str) -> str:
    """``value`` as an N-Quads string literal: the four characters it may not hold as they are, escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _add_event(g: GraphWriter, release_node: URIRef, event: EventRecord, actors: ActorIndex) -> URIRef:
    node = iris.event_iri(event.label, event.start.isoformat() if event.start else None)
    g.add((node, RDF.type, CG.Event))
    g.add((node, RDFS.label, Literal(event.label, lang="th")))
    if event.start:
        g.add((node, CG.startDate, _date(event.start)))
    if event.end:
        g.add((node, CG.endDate, _date(event.end)))
    if event.country:
        g.add((node, CG.location, actors.actor_iri(ActorRef("country", event.country))))
    for participant in event.participants:
        g.add((node, CG.participant, actors.actor_iri(participant)))
    g.add((node, CG.evidence, Literal(event.span.text, lang="th")))
    g.add((node, PROV.wasDerivedFrom, release_node))
    return node


def _add_agreement(g: GraphWriter, release_node: URIRef, node: URIRef | None, agreement: AgreementRecord,
                   actors: ActorIndex, event_nodes: list[URIRef]) -> URIRef:
    if node is None:  # not resolved across releases: minted from this record alone
        node = iris.agreement_iri(agreement.kind, [f"{p.kind}:{p.key}" for p in agreement.parties]
                                  or [iris.fold(agreement.title or agreement.span.text)],
                                  agreement.signing_date.isoformat() if agreement.signing_date else "")
    g.add((node, RDF.type, CG.Agreement))
    g.add((node, RDF.type, AGREEMENT_CLASSES.get(agreement.kind, CG.OtherAgreement)))
    if agreement.title:
        g.add((node, DCTERMS.title, Literal(agreement.title, lang="th")))
        g.add((node, RDFS.label, Literal(agreement.title, lang="th")))
    g.add((node, CG.status, Literal(agreement.status)))
    for party in agreement.parties:
        g.add((node, CG.party, actors.actor_iri(party)))
    for name in agreement.signatories:
        actors.persons[name].add(name)
        g.add((node, CG.signatory, iris.person_iri(name)))
    for name in agreement.witnesses:
        actors.persons[name].add(name)
        g.add((node, CG.witness, iris.person_iri(name)))
    if agreement.signing_date:
        g.add((node, CG.signingDate, _date(agreement.signing_date)))
    if agreement.place:
        g.add((node, CG.location, actors.actor_iri(ActorRef("country", agreement.place))))
    for notation in agreement.fields:
        g.add((node, CG.field, CGF[notation]))
    if agreement.duration_years:
        g.add((node, CG.durationYears, Literal(agreement.duration_years)))
    if agreement.event is not None and agreement.event < len(event_nodes):
        g.add((node, CG.signedDuring, event_nodes[agreement.event]))
    g.add((node, CG.evidence, Literal(agreement.span.text, lang="th")))
    g.add((node, PROV.wasDerivedFrom, release_node))
    return node


def add_build_activity(default: GraphWriter, versions: dict[str, str]) -> None:
    """The build as a ``cg:Build`` (a prov:Activity) naming every extractor version.

    No timestamps: two builds of the same inputs with the same code give the same graph.
    """
    node = iris.BUILD_ACTIVITY
    default.add((node, RDF.type, CG.Build))
    default.add((node, RDF.type, PROV.Activity))
    default.add((node, RDFS.label, Literal("coopgraph build", lang="en")))
    for name, version in sorted(versions.items()):
        default.add((node, CG.extractorVersion, Literal(f"{name} {version}")))
