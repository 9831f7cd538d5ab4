"""graph.evaluate: scoring.md's rules, checked on small hand-built graphs with exact figures."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from graph.evaluate import (
    FIGURES,
    EvalReport,
    GoldFileError,
    Score,
    evaluate,
    format_report,
    gold_news_id,
    load_gold,
    news_id,
    normalise_label,
    report_as_dict,
)

CG = Namespace("https://w3id.org/coopgraph/ontology#")
CGF = Namespace("https://w3id.org/coopgraph/field/")
ORG = Namespace("http://www.w3.org/ns/org#")
ID = Namespace("https://w3id.org/coopgraph/id/")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

BROADER = {"ai": "technology", "cloud": "technology", "ict": "technology", "digital-economy": "economy"}

GOLD_A = {
    "doc": "001_a.txt",
    "issued": "2024-02-02",
    "digital_cooperation": True,
    "countries": ["TH", "ID", "CN"],
    "organisations": [
        {"key": "mdes", "labels": ["กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "ดีอี"], "country": "TH"},
        {"key": "kominfo", "labels": ["กระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเซีย"], "country": "ID"},
    ],
    "persons": [
        {"key": "prasert", "labels": ["ประเสริฐ จันทรรวงทอง"], "org": "mdes", "role": "รัฐมนตรี"},
        {"key": "wisit", "labels": ["วิศิษฏ์ วิศิษฏ์สรอรรถ"], "org": "mdes", "role": "ปลัด"},
    ],
    "agreements": [
        {
            "kind": "mou", "status": "signed", "date": "2024-02-02",
            "party_orgs": ["mdes", "kominfo"], "party_countries": ["TH", "ID"],
            "signatories": ["wisit"], "witnesses": ["prasert"],
            "fields": ["ict", "digital-economy"], "title": "MDES-Kominfo MOU",
        }
    ],
}

GOLD_B = {
    "doc": "002_b.txt",
    "issued": "2021-03-26",
    "digital_cooperation": True,
    "countries": ["TH", "SG"],
    "organisations": [],
    "persons": [],
    "agreements": [],
}


class Builder:
    """A dataset laid out as the graph contract says: actors in the default graph,
    each release's extraction in a named graph whose IRI is the release IRI."""

    def __init__(self, scheme: dict[str, str] | None = None) -> None:
        self.ds = Dataset(default_union=False)
        self.default = self.ds.default_graph
        for narrow, broad in (scheme or {}).items():
            self.default.add((CGF[narrow], SKOS.broader, CGF[broad]))

    def country(self, code: str) -> URIRef:
        c = ID[f"country/{code}"]
        self.default.add((c, RDF.type, CG.Country))
        self.default.add((c, CG.iso3166Alpha2, Literal(code)))
        return c

    def org(self, name: str, *labels: str, country: str | None = None) -> URIRef:
        o = ID[f"org/{name}"]
        self.default.add((o, RDF.type, ORG.Organization))
        for label in labels:
            self.default.add((o, RDFS.label, Literal(label, lang="th")))
        if country:
            self.default.add((o, CG.country, self.country(country)))
        return o

    def person(self, name: str, label: str) -> URIRef:
        p = ID[f"person/{name}"]
        self.default.add((p, RDF.type, FOAF.Person))
        self.default.add((p, RDFS.label, Literal(label, lang="th")))
        return p

    def release(
        self,
        name: str,
        path: str,
        issued: str = "",
        relevant: bool = True,
        source: str | None = None,
        mentions: tuple[URIRef, ...] = (),
    ) -> tuple[URIRef, Graph]:
        r = ID[f"release/{name}"]
        g = self.ds.graph(r)
        g.add((r, RDF.type, CG.Release))
        g.add((r, CG.sourcePath, Literal(path)))
        if issued:
            g.add((r, DCTERMS.issued, Literal(issued, datatype=XSD_DATE)))
        g.add((r, CG.aboutDigitalCooperation, Literal(relevant)))
        if source:
            g.add((r, DCTERMS.source, URIRef(source)))
        for m in mentions:
            g.add((r, CG.mentions, m))
        return r, g

    def agreement(
        self,
        release: tuple[URIRef, Graph],
        name: str,
        parties: tuple[URIRef, ...],
        signatories: tuple[URIRef, ...] = (),
        fields: tuple[str, ...] = (),
        date: str | None = None,
    ) -> URIRef:
        r, g = release
        a = ID[f"agreement/{name}"]
        g.add((a, RDF.type, CG.Agreement))
        g.add((a, RDF.type, CG.MemorandumOfUnderstanding))
        g.add((a, PROV.wasDerivedFrom, r))
        for p in parties:
            g.add((a, CG.party, p))
        for s in signatories:
            g.add((a, CG.signatory, s))
        for f in fields:
            g.add((a, CG.field, CGF[f]))
        if date:
            g.add((a, CG.signingDate, Literal(date, datatype=XSD_DATE)))
        return a


def perfect_a(
    b: Builder,
    path: str = "data/samples/001_a.txt",
    source: str | None = None,
    persons: tuple[str, ...] = ("prasert", "wisit"),
    fields: tuple[str, ...] = ("ict", "digital-economy"),
    prasert_label: str = "ประเสริฐ จันทรรวงทอง",
) -> None:
    """Release A extracted exactly as GOLD_A says (minus the persons left out)."""
    mdes = b.org("mdes", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "ดีอี", country="TH")
    kominfo = b.org("kominfo", "กระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเซีย", country="ID")
    people = {"prasert": b.person("prasert", prasert_label), "wisit": b.person("wisit", "วิศิษฏ์ วิศิษฏ์สรอรรถ")}
    mentioned = tuple(people[p] for p in persons)
    countries = tuple(b.country(c) for c in ("TH", "ID", "CN"))
    rel = b.release("a", path, "2024-02-02", source=source, mentions=(mdes, kominfo, *countries, *mentioned))
    b.agreement(rel, "a1", (mdes, kominfo), (people["wisit"],), fields, "2024-02-02")


def perfect_b(b: Builder) -> None:
    b.release("b", "data/samples/002_b.txt", "2021-03-26", mentions=(b.country("TH"), b.country("SG")))


def scores(report: EvalReport) -> dict[str, tuple[int, int, int]]:
    return {name: (s.tp, s.fp, s.fn) for name, s in report.scores.items()}


# --------------------------------------------------------------------------- helpers


def test_normalise_label_drops_titles_space_and_case() -> None:
    assert normalise_label("นายประเสริฐ จันทรรวงทอง") == normalise_label("ประเสริฐ จันทรรวงทอง") == "ประเสริฐจันทรรวงทอง"
    assert normalise_label("รองศาสตราจารย์ ดร.ณัฐ") == normalise_label("รศ.ดร. ณัฐ") == "ณัฐ"
    assert normalise_label("พลตำรวจเอก สมชาย") == normalise_label("พล.ต.อ. สมชาย") == "สมชาย"
    assert normalise_label("นางสาวสมศรี") == normalise_label("น.ส. สมศรี") == "สมศรี"
    assert normalise_label("H.E. Mr. Li  Qiang") == "liqiang"
    assert normalise_label("Ministry of Digital Economy and Society") == "ministryofdigitaleconomyandsociety"
    # A title needs a boundary in Latin script, and a lone title is kept rather than emptied.
    assert normalise_label("Mrs Smith") == "smith"
    assert normalise_label("Drew Smith") == "drewsmith"
    assert normalise_label("นาย") == "นาย"
    # Zero-width spaces separate Thai words like spaces; NFC makes decomposed forms equal.
    assert normalise_label("ดี\u200bอี") == "ดีอี"
    assert normalise_label("Cafe\u0301") == normalise_label("Café")


def test_news_id() -> None:
    assert news_id("https://www.thaigov.go.th/news/contents/details/78348") == "78348"
    assert news_id("http://www.thaigov.go.th/news/contents/details/78348/") == "78348"
    assert news_id("https://www.thaigov.go.th/news/contents/details/078348?x=1") == "78348"
    assert news_id("https://www.thaigov.go.th/news/contents/78348") is None


def test_score_zero_over_zero() -> None:
    assert (Score().precision, Score().recall, Score().f1) == (1.0, 1.0, 1.0)
    assert (Score(0, 0, 2).precision, Score(0, 0, 2).recall, Score(0, 0, 2).f1) == (0.0, 0.0, 0.0)
    assert Score(1, 1, 3).precision == 0.5 and Score(1, 1, 3).recall == 0.25
    assert Score(1, 1, 3).f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


# --------------------------------------------------------------------------- evaluate


def test_perfect_graph_scores_one_everywhere() -> None:
    b = Builder(BROADER)
    perfect_a(b)
    perfect_b(b)
    report = evaluate([GOLD_A, GOLD_B], b.ds)
    assert scores(report) == {
        "countries": (5, 0, 0),
        "organisations": (2, 0, 0),
        "persons": (2, 0, 0),
        "agreements": (1, 0, 0),
        "party_countries": (2, 0, 0),
        "party_organisations": (2, 0, 0),
        "signatories": (1, 0, 0),
        "fields": (4, 0, 0),  # ict, digital-economy + their ancestors technology, economy
    }
    assert all(s.f1 == 1.0 for s in report.scores.values())
    assert report.issued_accuracy == (2, 2)
    assert report.signing_date_accuracy == (1, 1)
    assert report.relevance_accuracy == (2, 2)
    assert report.per_release["001_a.txt"].found_by == "source_path"


def test_plain_graph_is_scored_like_the_dataset() -> None:
    b = Builder(BROADER)
    perfect_a(b)
    merged = Graph()
    for s, p, o, _ in b.ds.quads((None, None, None, None)):
        merged.add((s, p, o))
    assert scores(evaluate([GOLD_A], merged)) == scores(evaluate([GOLD_A], b.ds))


def test_missing_person_lowers_recall_only() -> None:
    b = Builder(BROADER)
    perfect_a(b, persons=("wisit",))
    report = evaluate([GOLD_A], b.ds)
    persons = report.scores["persons"]
    assert (persons.tp, persons.fp, persons.fn) == (1, 0, 1)
    assert persons.precision == 1.0 and persons.recall == 0.5
    assert report.per_release["001_a.txt"].figures["persons"].missed == ("prasert",)


def test_honorific_in_graph_label_still_matches() -> None:
    b = Builder(BROADER)
    perfect_a(b, prasert_label="นายประเสริฐ จันทรรวงทอง")
    assert report_persons(evaluate([GOLD_A], b.ds)) == (2, 0, 0)


def report_persons(report: EvalReport) -> tuple[int, int, int]:
    return scores(report)["persons"]


def test_unmatched_and_duplicate_resources_are_false_positives() -> None:
    b = Builder(BROADER)
    perfect_a(b)
    # A second resource for MDES (resolution failed) and an organisation gold does not list.
    dup = b.org("mdes2", "ดีอี")
    other = b.org("huawei", "หัวเว่ย")
    _, g = b.release("a", "data/samples/001_a.txt")
    g.add((ID["release/a"], CG.mentions, dup))
    g.add((ID["release/a"], CG.mentions, other))
    report = evaluate([GOLD_A], b.ds)
    assert scores(report)["organisations"] == (2, 2, 0)
    assert set(report.per_release["001_a.txt"].figures["organisations"].extra) == {"ดีอี", "หัวเว่ย"}


def test_resource_matching_two_gold_entities_counts_once() -> None:
    gold = copy.deepcopy(GOLD_B)
    gold["organisations"] = [
        {"key": "asean", "labels": ["อาเซียน"], "country": None},
        {"key": "asean2", "labels": ["ASEAN"], "country": None},
    ]
    b = Builder()
    both = b.org("asean", "อาเซียน", "ASEAN")
    b.release("b", "002_b.txt", "2021-03-26", mentions=(both, b.country("TH"), b.country("SG")))
    assert scores(evaluate([gold], b.ds))["organisations"] == (1, 0, 1)


def test_fields_get_credit_for_shared_ancestor() -> None:
    gold = copy.deepcopy(GOLD_A)
    gold["agreements"][0]["fields"] = ["cloud"]
    b = Builder()  # no scheme in the graph: field_broader is used
    perfect_a(b, fields=("ai",))
    report = evaluate([gold], b.ds, field_broader=BROADER)
    fields = report.scores["fields"]
    # predicted {ai, technology} vs gold {cloud, technology}
    assert (fields.tp, fields.fp, fields.fn) == (1, 1, 1)
    assert (fields.precision, fields.recall, fields.f1) == (0.5, 0.5, 0.5)
    assert report.per_release["001_a.txt"].figures["fields"].missed == ("#0:cloud",)


def test_graph_scheme_takes_precedence_over_field_broader() -> None:
    gold = copy.deepcopy(GOLD_A)
    gold["agreements"][0]["fields"] = ["cloud"]
    b = Builder({"ai": "technology", "cloud": "infrastructure"})
    perfect_a(b, fields=("ai",))
    # The graph's scheme puts cloud elsewhere, so nothing is shared: ai, technology vs cloud, infrastructure.
    assert scores(evaluate([gold], b.ds, field_broader=BROADER))["fields"] == (0, 2, 2)


def test_release_found_by_news_id_when_path_differs() -> None:
    url = "https://www.thaigov.go.th/news/contents/details/78348"
    b = Builder(BROADER)
    perfect_a(b, path="corpus/2024/78348.txt", source=url)
    gold = {**GOLD_A, "source": url.replace("https", "http") + "/"}
    report = evaluate([gold], b.ds)
    assert report.per_release["001_a.txt"].found_by == "news_id"
    assert all(s.f1 == 1.0 for s in report.scores.values())
    # Without the news id the file name is all there is, and it does not match.
    missing = evaluate([GOLD_A], b.ds)
    assert missing.per_release["001_a.txt"].release is None
    assert missing.relevance_accuracy == (0, 1)


def test_release_found_by_whole_path_components() -> None:
    b = Builder(BROADER)
    perfect_a(b, path="archive/x001_a.txt")
    assert evaluate([GOLD_A], b.ds).per_release["001_a.txt"].release is None
    b = Builder(BROADER)
    perfect_a(b, path="corpus/2024/001_a.txt")
    assert evaluate([{**GOLD_A, "doc": "2024/001_a.txt"}], b.ds).per_release["2024/001_a.txt"].release is not None
    assert evaluate([{**GOLD_A, "doc": "2023/001_a.txt"}], b.ds).per_release["2023/001_a.txt"].release is None


def test_agreement_pairing_by_party_countries_then_closest_date() -> None:
    gold = copy.deepcopy(GOLD_A)
    base = gold["agreements"][0]
    gold["agreements"] = [
        {**base, "date": "2024-02-02", "title": "g0"},
        {**base, "date": "2024-03-01", "title": "g1"},
        {**base, "party_orgs": [], "party_countries": ["CN"], "signatories": [], "fields": ["ai"], "title": "g2"},
    ]
    b = Builder(BROADER)
    mdes = b.org("mdes", "ดีอี", country="TH")
    kominfo = b.org("kominfo", "กระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเซีย", country="ID")
    rel = b.release("a", "001_a.txt", "2024-02-02")
    # Parties TH+ID through the organisations' countries; the date picks g1 over g0.
    b.agreement(rel, "p1", (mdes, kominfo), fields=("ict", "digital-economy"), date="2024-02-28")
    # Same date as g0 and g2: the party overlap decides before the date.
    b.agreement(rel, "p2", (b.country("CN"),), fields=("ai",), date="2024-02-02")
    report = evaluate([gold], b.ds)
    assert report.per_release["001_a.txt"].pairs == ((str(ID["agreement/p1"]), 1), (str(ID["agreement/p2"]), 2))
    assert scores(report)["agreements"] == (2, 0, 1)
    assert scores(report)["party_countries"] == (3, 0, 0)
    assert scores(report)["party_organisations"] == (2, 0, 0)
    assert scores(report)["signatories"] == (0, 0, 1)  # wisit signed g1; p1 names no signatory
    assert report.signing_date_accuracy == (1, 2)  # p1 dated 02-28 vs 03-01; p2 right


def test_extra_agreement_is_a_false_positive() -> None:
    b = Builder(BROADER)
    perfect_a(b)
    b.agreement((ID["release/a"], b.ds.graph(ID["release/a"])), "extra", (b.country("CN"),), date="2024-02-02")
    report = evaluate([GOLD_A], b.ds)
    assert scores(report)["agreements"] == (1, 1, 0)
    assert scores(report)["party_countries"] == (2, 0, 0)  # the unpaired one is not scored further


def test_gold_release_absent_from_graph_counts_as_wrong() -> None:
    b = Builder(BROADER)
    perfect_b(b)
    report = evaluate([GOLD_A, GOLD_B], b.ds)
    assert report.issued_accuracy == (1, 2)
    assert report.relevance_accuracy == (1, 2)
    assert report.signing_date_accuracy == (0, 0)
    assert scores(report)["countries"] == (2, 0, 3)
    assert scores(report)["persons"] == (0, 0, 2)
    assert scores(report)["agreements"] == (0, 0, 1)
    assert report.per_release["001_a.txt"].release is None


def test_off_topic_release_counts_for_relevance_only() -> None:
    gold = {"doc": "009_off.txt", "digital_cooperation": False}
    b = Builder(BROADER)
    rel = b.release("off", "009_off.txt", "2020-01-01", relevant=False, mentions=(b.country("FR"),))
    b.agreement(rel, "x", (b.country("FR"),))
    report = evaluate([gold], b.ds)
    assert report.relevance_accuracy == (1, 1)
    assert report.issued_accuracy == (0, 0)
    assert scores(report) == {name: (0, 0, 0) for name in FIGURES}
    b.ds.graph(rel[0]).set((rel[0], CG.aboutDigitalCooperation, Literal(True)))
    assert evaluate([gold], b.ds).relevance_accuracy == (0, 1)


def test_wrong_issued_date_is_counted() -> None:
    b = Builder(BROADER)
    perfect_b(b)
    gold = {**GOLD_B, "issued": "2021-03-27"}
    assert evaluate([gold], b.ds).issued_accuracy == (0, 1)


def test_format_and_dict_output() -> None:
    b = Builder(BROADER)
    perfect_a(b, persons=("wisit",))
    report = evaluate([GOLD_A], b.ds)
    text = format_report(report, details=True)
    assert "persons" in text and "0.500" in text and "prasert" in text
    data = json.loads(json.dumps(report_as_dict(report)))
    assert data["scores"]["persons"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 2 / 3}
    assert data["issued_accuracy"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert data["per_release"]["001_a.txt"]["figures"]["persons"]["missed"] == ["prasert"]


# --------------------------------------------------------------------------- gold files


def test_load_gold_reads_the_five_samples(gold_dir: Path) -> None:
    gold = load_gold(gold_dir)
    assert len(gold) == 5
    assert [g["doc"] for g in gold] == sorted(p.with_suffix(".txt").name for p in gold_dir.glob("*.json"))


def test_load_gold_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldFileError, match="bad.json: not readable JSON"):
        load_gold(tmp_path)
    bad.write_text(json.dumps({k: v for k, v in GOLD_A.items() if k != "persons"}), encoding="utf-8")
    with pytest.raises(GoldFileError, match="bad.json: missing key 'persons'"):
        load_gold(tmp_path)
    broken = copy.deepcopy(GOLD_A)
    broken["agreements"][0]["signatories"] = ["nobody"]
    bad.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"signatories \['nobody'\] not among persons"):
        load_gold(tmp_path)
    bad.write_text(json.dumps({"doc": "x.txt", "digital_cooperation": False}), encoding="utf-8")
    assert load_gold(tmp_path) == [{"doc": "x.txt", "digital_cooperation": False}]
    with pytest.raises(GoldFileError, match="no such gold folder"):
        load_gold(tmp_path / "absent")


def test_two_releases_of_one_file_name_are_told_apart_by_their_news_ids(tmp_path: Path) -> None:
    # the archive repeats file names across folders: heldout17 annotates two releases called ด้านความมั่นคง_1.txt
    def write(name: str, url: str) -> None:
        (tmp_path / name).write_text(json.dumps({"doc": "ด้านความมั่นคง_1.txt", "digital_cooperation": False,
                                                 "url": url}), encoding="utf-8")

    write("003.json", "https://www.thaigov.go.th/news/contents/details/10001")
    write("022.json", "https://www.thaigov.go.th/news/contents/details/20002")
    assert [gold_news_id(g) for g in load_gold(tmp_path)] == ["10001", "20002"]
    write("022.json", "https://www.thaigov.go.th/news/contents/details/10001")
    with pytest.raises(GoldFileError, match="022.json: news 10001 is also annotated in 003.json"):
        load_gold(tmp_path)
