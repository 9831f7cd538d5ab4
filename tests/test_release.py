"""Reading releases: encodings, titles, date lines, bodies, sources, bad inputs."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from extractors.reader import Source, iter_releases, iter_sources, read_release
from extractors.records import Release, Skipped
from extractors.release import NotARelease, decode, parse_release, parse_release_head

SAMPLE_001 = "001_7bb6bb5d4cb05281.txt"


def _sample(samples_dir: Path, name: str = SAMPLE_001) -> bytes:
    return (samples_dir / name).read_bytes()


def test_sample_release_fields(samples_dir: Path) -> None:
    release = read_release(Source("x/" + SAMPLE_001, _sample(samples_dir)))
    assert isinstance(release, Release)
    assert release.id == "thaigov-78348"
    assert release.issued == date(2024, 2, 2)
    assert release.source_url == "https://www.thaigov.go.th/news/contents/details/78348"
    assert release.title.startswith("ดีอี ร่วมลงนาม MOU ระหว่างรัฐมนตรีอาเซียนด้านดิจิทัลกับจีน")
    assert "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล" not in release.title
    # The repeated title lines are not body; the body ends before the source line.
    assert not release.body.startswith("ดีอี ร่วมลงนาม")
    assert "ที่มา" not in release.body[-80:]
    assert release.text[release.body_start:release.body_end].strip() == release.body.strip()


def test_date_line_above_title(samples_dir: Path) -> None:
    """Sample 000 puts '19 ต.ค. 2566 4,669 1' (date and view counters) above its title."""
    release = read_release(Source("000.txt", _sample(samples_dir, "000_77e10e728a2cf26d.txt")))
    assert isinstance(release, Release)
    assert release.issued == date(2023, 10, 19)
    assert release.title.startswith("‘ดีอี’ ไปจีนขึ้นประชุม High-level")
    assert release.source_url is None and release.id.startswith("sha-")
    assert release.body.lstrip().startswith("วานนี้ (18 ตุลาคม 2566)")


def test_wrapped_title_echo_is_not_body(samples_dir: Path) -> None:
    """Sample 004 repeats its title wrapped over two lines before the body."""
    release = read_release(Source("004.txt", _sample(samples_dir, "004_92a6f1628d7ff01d.txt")))
    assert release.body.lstrip().startswith("วันที่ 29 เมษายน 2567")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp874", "tis-620"])
def test_encodings_give_the_same_release(samples_dir: Path, encoding: str) -> None:
    # TIS-620 has no curly quotes: keep only what every encoding under test can carry.
    text = "".join(c for c in _sample(samples_dir).decode("utf-8") if c.encode("tis-620", "ignore") or c == "\ufeff")
    release = read_release(Source("a.txt", text.encode(encoding)))
    assert isinstance(release, Release)
    assert release.text == text
    assert release.issued == date(2024, 2, 2)


def test_same_release_same_id_whatever_the_path(samples_dir: Path) -> None:
    data = _sample(samples_dir, "000_77e10e728a2cf26d.txt")
    a = read_release(Source("one/place.txt", data))
    b = read_release(Source("another/place.txt", data))
    assert a.id == b.id and a.source_path != b.source_path


def test_css_leftovers_are_kept_out_of_the_body() -> None:
    text = ("\ufeffรัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กระทรวงดิจิทัลฯ เตรียมความพร้อม\n\n"
            "วันศุกร์ที่ 30 พฤศจิกายน 2561\nกระทรวงดิจิทัลฯ เตรียมความพร้อม\n"
            "p.p1 {margin: 0.0px 0.0px 10.0px 0.0px; font: 16.0px Helvetica}\n"
            "span.s1 {font-kerning: none}\n"
            "นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เปิดเผยว่า กระทรวงพร้อมแล้ว\n"
            "p.p2 {margin: 0.0px}\n"
            "ย่อหน้าที่สองของข่าวนี้ยาวพอสมควร\n*******************\n\n"
            "ที่มา : https://www.thaigov.go.th/news/contents/details/17203")
    release = parse_release(text, "css.txt")
    assert release.issued == date(2018, 11, 30)
    assert "{" not in release.body and "margin" not in release.body
    assert release.body.lstrip().startswith("นางสาวอัจฉรินทร์")
    assert "ย่อหน้าที่สอง" in release.body
    assert len(release.body) == release.body_end - release.body_start  # offsets unmoved


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary file"),
    (b"Just an English note, not a Thai press release at all." * 3, "not a release"),
    (bytes(range(0x80, 0xFF)) * 4, "undecodable"),
])
def test_bad_inputs_are_skipped_with_a_reason(data: bytes, reason: str) -> None:
    result = read_release(Source("bad.txt", data))
    assert isinstance(result, Skipped)
    assert result.source_path == "bad.txt"
    assert reason in result.reason
    assert "\n" not in result.reason


def test_decode_rejects_what_it_cannot_read() -> None:
    with pytest.raises(NotARelease, match="empty"):
        decode(b"")
    assert decode("ข่าว".encode("tis-620")) == "ข่าว"


def test_folders_are_read_recursively_and_in_order(tmp_path: Path, samples_dir: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.txt").write_bytes(_sample(samples_dir))
    (tmp_path / "a.txt").write_bytes(_sample(samples_dir, "002_eceac2ac41aa56d6.txt"))
    (tmp_path / "README.md").write_text("not a release")
    (tmp_path / "run.py").write_text("print('scraper')")
    paths = [item.path for item in iter_sources([tmp_path])]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c" / "z.txt")]


def test_missing_input_is_skipped(tmp_path: Path) -> None:
    items = list(iter_releases([tmp_path / "nope"]))
    assert items == [Skipped(str(tmp_path / "nope"), "no such file or folder")]


@pytest.mark.parametrize("mode", ["w", "w:gz", "w:xz"])
def test_archives_are_streamed(tmp_path: Path, samples_dir: Path, mode: str) -> None:
    import tarfile

    suffix = {"w": ".tar", "w:gz": ".tar.gz", "w:xz": ".tar.xz"}[mode]
    archive = tmp_path / f"releases{suffix}"
    with tarfile.open(archive, mode) as tar:
        tar.add(samples_dir, arcname="corpus/data")
    items = list(iter_releases([archive]))
    releases = [i for i in items if isinstance(i, Release)]
    assert len(releases) == 5
    assert {r.source_path for r in releases} == {f"corpus/data/{p.name}" for p in samples_dir.glob("*.txt")}


def test_truncated_archive_is_reported(tmp_path: Path, samples_dir: Path) -> None:
    import tarfile

    archive = tmp_path / "cut.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        tar.add(samples_dir, arcname="d")
    archive.write_bytes(archive.read_bytes()[:300])
    items = list(iter_releases([archive]))
    assert any(isinstance(i, Skipped) and "unreadable archive" in i.reason for i in items)


@pytest.mark.corpus
def test_corpus_slice_reads_and_dates(corpus_path: Path) -> None:
    """The first 400 members of the real archive: all read, nearly all dated."""
    releases, skipped = [], []
    for item in iter_releases([corpus_path]):
        (skipped if isinstance(item, Skipped) else releases).append(item)
        if len(releases) + len(skipped) >= 400:
            break
    assert len(releases) >= 390, skipped[:5]
    dated = sum(r.issued is not None for r in releases)
    assert dated / len(releases) >= 0.97
    assert all(r.title and not r.title.startswith("รัฐบาลไทย-") for r in releases)
    assert all(2010 <= r.issued.year <= 2026 for r in releases if r.issued)


@pytest.mark.parametrize("fmt", ["GNU_FORMAT", "PAX_FORMAT", "USTAR_FORMAT"])
@pytest.mark.parametrize("mode", ["w", "w:xz"])
def test_archive_members_read_as_tarfile_reads_them(tmp_path: Path, samples_dir: Path, fmt: str, mode: str) -> None:
    """The fast member reader yields what ``tarfile`` does: long Thai names, folders,
    links, files too large to be releases and files that are not releases."""
    import io
    import tarfile

    from extractors.reader import MAX_RELEASE_BYTES

    archive = tmp_path / ("a.tar" if mode == "w" else "a.tar.xz")
    long_name = "ข่าว/" + "ทำเนียบรัฐบาล" * 6 + ".txt"
    if fmt == "USTAR_FORMAT":
        long_name = "news/" + "x" * 60 + "/" + "y" * 60 + ".txt"  # split into a ustar prefix
    with tarfile.open(archive, mode, format=getattr(tarfile, fmt)) as tar:
        tar.add(samples_dir, arcname="d")
        for name, data in ((long_name, "ข่าวภาษาไทย".encode()), ("big.txt", b"x" * (MAX_RELEASE_BYTES + 1)),
                           ("notes.md", b"readme")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "d"
        tar.addfile(link)
    expected = []
    with tarfile.open(archive, "r|*") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt"):
                expected.append(Skipped(member.name, "too large to be a release") if member.size > MAX_RELEASE_BYTES
                                else Source(member.name, tar.extractfile(member).read()))
    assert list(iter_sources([archive])) == expected
    assert any(isinstance(i, Source) and i.path == long_name for i in expected)


def test_head_parse_is_the_full_parse_without_text(samples_dir: Path) -> None:
    texts = [(str(p), p.read_text("utf-8")) for p in sorted(samples_dir.glob("*.txt"))]
    texts += [("t.txt", "ข่าว"), ("n.txt", "หัวข้อข่าวภาษาไทยยาวพอสมควรสำหรับการทดสอบจริงจังมาก\n\n")]
    for path, text in texts:
        try:
            full = parse_release(text, path).without_text()
        except NotARelease as exc:
            with pytest.raises(NotARelease, match=re.escape(str(exc))):
                parse_release_head(text, path)
        else:
            assert parse_release_head(text, path) == full
