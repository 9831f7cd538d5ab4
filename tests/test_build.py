"""Building the graph: contract shape, reproducibility, formats, atomic writes, the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, XSD
from typer.testing import CliRunner

from graph import store
from graph.build import build_dataset
from graph.cli import app
from ontology import CG

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_build(samples_dir: Path):
    return build_dataset([samples_dir], jobs=1)


def _releases(ds) -> dict[URIRef, URIRef]:
    """Release IRI -> the named graph it sits in."""
    return {s: g for s, _, _, g in ds.quads((None, RDF.type, CG.Release, None))}


def test_every_sample_is_a_release_in_its_own_named_graph(sample_build) -> None:
    ds, summary = sample_build
    releases = _releases(ds)
    assert len(releases) == 5 and summary.read == 5 and not summary.skipped
    for release, graph_id in releases.items():
        assert release == graph_id  # named graph IRI = release IRI
        g = ds.graph(release)
        assert g.value(release, DCTERMS.title) is not None
        issued = g.value(release, DCTERMS.issued)
        assert issued is not None and issued.datatype == XSD.date
    issued = {str(ds.graph(r).value(r, DCTERMS.issued)) for r in releases}
    assert issued == {"2023-10-19", "2024-02-02", "2021-03-26", "2024-08-23", "2024-04-29"}
    sources = {str(ds.graph(r).value(r, DCTERMS.source)) for r in releases}
    assert "http://www.thaigov.go.th/news/contents/details/78348" in sources


def test_default_graph_holds_ontology_and_scheme(sample_build) -> None:
    ds, _ = sample_build
    default = ds.default_graph
    assert (CG.Agreement, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in default
    assert len(list(default.subjects(RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#Concept")))) >= 40


def test_building_twice_gives_isomorphic_graphs(samples_dir: Path, sample_build) -> None:
    first, _ = sample_build
    second, _ = build_dataset([samples_dir], jobs=2)
    assert {g.identifier for g in first.graphs()} == {g.identifier for g in second.graphs()}
    for g in first.graphs():
        assert isomorphic(g, second.graph(g.identifier)), g.identifier
    # …and the same bytes, whatever the worker count or the process's hash seed
    assert store.serialise(first, "trig") == store.serialise(second, "trig")
    assert store.serialise(first, "nquads") == store.serialise(second, "nquads")


def test_same_release_same_iri_from_any_path(tmp_path: Path, samples_dir: Path, sample_build) -> None:
    copy = tmp_path / "elsewhere" / "renamed.txt"
    copy.parent.mkdir()
    copy.write_bytes((samples_dir / "002_eceac2ac41aa56d6.txt").read_bytes())
    ds, _ = build_dataset([copy], jobs=1)
    assert set(_releases(ds)) <= set(_releases(sample_build[0]))


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".ttl", ".jsonld"])
def test_formats_round_trip(tmp_path: Path, sample_build, suffix: str) -> None:
    ds, _ = sample_build
    out = store.write_dataset(ds, tmp_path / f"graph{suffix}")
    back = store.load_dataset(out)
    assert isomorphic(store.merged_graph(back), store.merged_graph(ds))
    if suffix in (".trig", ".nq"):
        assert set(_releases(back)) == set(_releases(ds))


def _plain_triples(graph) -> set:
    """The triples of ``graph`` with ``"x"^^xsd:string`` as ``"x"`` (one literal in RDF 1.1)."""
    return {(s, p, Literal(str(o)) if isinstance(o, Literal) and o.datatype == XSD.string else o)
            for s, p, o in graph}


def test_union_graph_holds_every_graph_with_plain_strings(sample_build) -> None:
    ds, _ = sample_build
    union = store.union_graph(ds)
    assert set(union) == _plain_triples(store.merged_graph(ds))
    assert not any(isinstance(o, Literal) and o.datatype == XSD.string for o in union.objects())


def test_findings_graph_is_the_default_graph_and_the_relevant_releases(sample_build) -> None:
    """What the build validates: the default graph and each relevant release's named graph."""
    from graph.build import findings_graph

    sample, _ = sample_build
    off_topic = URIRef("https://w3id.org/coopgraph/id/release/off-topic")
    ds = store.new_dataset()
    store.add_quads(ds, [*sample.quads((None, None, None, None)),
                         (off_topic, RDF.type, CG.Release, off_topic),
                         (off_topic, CG.aboutDigitalCooperation, Literal(False), off_topic)])
    relevant = {g for _, _, _, g in ds.quads((None, CG.aboutDigitalCooperation, Literal(True), None))}
    assert relevant and relevant < set(_releases(ds).values())
    expected = _plain_triples(ds.default_graph)
    for graph_id in relevant:
        expected |= _plain_triples(ds.graph(graph_id))
    assert set(findings_graph(ds)) == expected


def test_validating_a_union_graph_in_place_reports_as_validating_the_dataset(sample_build) -> None:
    """The CLI hands ``validate`` a union graph to check in place: the same report as the dataset."""
    from ontology.validate import validate

    ds, _ = sample_build
    broken = store.union_graph(ds)
    release = next(iter(_releases(ds)))
    for triple in [(release, CG.mentions, Literal("nobody")), (release, DCTERMS.issued, Literal(date(2567, 1, 1)))]:
        ds.graph(release).add(triple)
        broken.add(triple)
    try:
        by_dataset, in_place = validate(ds), validate(broken, in_place=True)
    finally:
        for triple in [(release, CG.mentions, Literal("nobody")), (release, DCTERMS.issued, Literal(date(2567, 1, 1)))]:
            ds.graph(release).remove(triple)
    assert not in_place.conforms and len(in_place.violations) >= 3
    assert in_place.violations == by_dataset.violations and in_place.warnings == by_dataset.warnings


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "graph.trig"
    target.write_text("old content")
    blocked = tmp_path / "dir.trig"
    (blocked / "inside").mkdir(parents=True)
    with pytest.raises(OSError):
        store.write_bytes_atomic(blocked, b"new")  # rename over a non-empty folder fails
    assert (blocked / "inside").is_dir()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    store.write_bytes_atomic(target, b"new content")
    assert target.read_text() == "new content"


def test_atomic_write_gives_the_usual_file_mode(tmp_path: Path) -> None:
    """Written through a private temp file, the graph still gets the mode ``open`` would give."""
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    target = tmp_path / "graph.trig"
    store.write_bytes_atomic(target, b"x")
    assert target.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777 != 0o600


def test_unreadable_graph_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("this is { not trig")
    with pytest.raises(store.GraphFileError) as info:
        store.load_dataset(bad)
    assert str(info.value).startswith(f"{bad}: not a readable trig graph") and "\n" not in str(info.value)


def test_cli_build_writes_a_valid_graph(tmp_path: Path, samples_dir: Path) -> None:
    out = tmp_path / "g.trig"
    summary = tmp_path / "summary.md"
    result = runner.invoke(app, ["build", str(samples_dir), "-o", str(out), "--summary", str(summary), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "releases read" in result.output
    assert out.is_file() and "| releases read | 5 |" in summary.read_text()
    validated = runner.invoke(app, ["validate", str(out)])
    assert validated.exit_code == 0, validated.output


def test_cli_build_with_nothing_readable_keeps_the_old_graph(tmp_path: Path) -> None:
    out = tmp_path / "g.trig"
    out.write_text("previous good graph")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x00binary")
    result = runner.invoke(app, ["build", str(junk), "-o", str(out)])
    assert result.exit_code != 0
    assert f"{junk}: skipped: binary file" in result.output
    assert out.read_text() == "previous good graph"


def test_cli_build_into_a_directory_fails_before_building(tmp_path: Path, samples_dir: Path) -> None:
    # (a whole-archive build once ran a minute, then died on the rename with a traceback)
    result = runner.invoke(app, ["build", str(samples_dir), "-o", str(tmp_path), "-j", "1"])
    assert result.exit_code == 2
    assert f"{tmp_path}: is a directory; --out takes a file path" in result.output
    assert "releases read" not in result.output and "Traceback" not in result.output


def test_cli_strict_fails_on_skipped_inputs(tmp_path: Path, samples_dir: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes((samples_dir / "001_7bb6bb5d4cb05281.txt").read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "g.trig"
    lenient = runner.invoke(app, ["build", str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    assert lenient.exit_code == 0 and "empty.txt: skipped: empty file" in lenient.output
    strict = runner.invoke(app, ["build", str(tmp_path / "in"), "-o", str(out), "-j", "1", "--strict"])
    assert strict.exit_code == 1


def test_cli_validate_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "none.trig")])
    assert result.exit_code == 2 and "no such graph file" in result.output


@pytest.mark.corpus
def test_corpus_slice_builds(tmp_path: Path, corpus_path: Path) -> None:
    """A slice of the real archive, through the whole build, validates."""
    import tarfile

    slice_ = tmp_path / "slice.tar"
    with tarfile.open(corpus_path, "r|xz") as src, tarfile.open(slice_, "w") as dst:
        taken = 0
        for member in src:
            if member.isfile() and member.name.endswith(".txt") and "/data/2024/02/" in member.name:
                dst.addfile(member, src.extractfile(member))
                taken += 1
                if taken >= 150:
                    break
    ds, summary = build_dataset([slice_])
    assert summary.read >= 145 and summary.undated <= 3
    from ontology.validate import validate

    assert validate(ds).conforms


def test_bare_releases_map_as_add_extraction_maps_them(tmp_path: Path) -> None:
    """Releases with no findings go to the store in bulk: the same quads, in the same
    order (hence the same written bytes), as mapping each with ``add_extraction``."""
    from extractors.records import Extraction, Release
    from graph import rdf

    releases = [
        Release("thaigov-1", "a/1.txt", "", "ข่าว ก", date(2024, 2, 2), 0, 0,
                "https://www.thaigov.go.th/news/contents/details/1"),
        Release("sha-0123456789abcdef", "b/2.txt", "", "ข่าว \"ข\" <ค>", None, 0, 0),
        Release("thaigov-3", "c/3.txt", "", "Title", date(2016, 1, 1), 0, 0),
    ]
    extractions = [Extraction(release=r, relevant=False) for r in releases]
    one_by_one, in_bulk = store.new_dataset(), store.new_dataset()
    for extraction in extractions:
        assert rdf.BareReleases.applies(extraction)
        rdf.add_extraction(one_by_one, extraction, rdf.ActorIndex(), keep_all=False)
    bare = rdf.BareReleases(in_bulk)
    for extraction in extractions:
        bare.add(extraction)
    bare.flush()
    assert store.serialise(in_bulk, "trig") == store.serialise(one_by_one, "trig")


def test_an_organisation_keeps_each_form_of_its_name_as_a_label(tmp_path: Path) -> None:
    """Readers cite a body with or without its own country after it: both forms are labels of the one resource
    (a registry ministry written with its country, news 55758)."""
    from rdflib.namespace import SKOS

    from ontology import ID

    release = tmp_path / "ด้านเศรษฐกิจ_1.txt"
    release.write_text(
        "ไทยจับมือเกาหลี ยกระดับนิคมอุตสาหกรรมอัจฉริยะ\n\nวันพฤหัสบดีที่ 16 มิถุนายน 2565\n"
        "โดยก่อนหน้านี้มีการลงนาม MOU ว่าด้วยความร่วมมือเมืองอัจฉริยะระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ประเทศไทย "
        "และกระทรวงที่ดิน โครงสร้างพื้นฐาน และการขนส่ง สาธารณรัฐเกาหลี ดังนั้น ความร่วมมือการพัฒนานิคมอุตสาหกรรมอัจฉริยะ"
        "ในครั้งนี้ จึงเป็นอีกก้าวที่สำคัญในความร่วมมือทวิภาคีระหว่างไทยและเกาหลี\n"
        "ที่มา : https://www.thaigov.go.th/news/contents/details/55758\n", encoding="utf-8")
    ds, _ = build_dataset([tmp_path], jobs=1, keep_all=True)
    labels = {str(o) for o in ds.default_graph.objects(ID["org/molit_kr"], SKOS.altLabel)}
    assert "กระทรวงที่ดิน โครงสร้างพื้นฐาน และการขนส่ง สาธารณรัฐเกาหลี" in labels
