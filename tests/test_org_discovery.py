"""Organisation discovery: name boundaries, countries, and reconciliation with the registry."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import extractors.org_discovery as od
from extractors.org_discovery import discover, org_key

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def labels(text: str, countries=()) -> list[tuple[str, str | None]]:
    return [(c.label, c.country) for c in discover(text, countries=list(countries))]


def country(text: str, name: str, code: str) -> tuple[int, int, str]:
    i = text.index(name)
    return (i, i + len(name), code)


def test_doctests():
    assert doctest.testmod(od).failed == 0


def test_country_tail():
    t = "ระหว่างกระทรวงดีอีกับกระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเชีย ยกระดับความร่วมมือ"
    assert labels(t, [country(t, "อินโดนีเชีย", "ID")])[-1] == ("กระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเชีย", "ID")


@pytest.mark.parametrize("text, expected", [
    ("ร่วมลงนามบันทึกความเข้าใจระหว่างกรมบังคับคดีร่วมกับบริษัทโตโยต้า ลีสซิ่ง (ประเทศไทย) จำกัด ได้ลงนาม",
     ["กรมบังคับคดี", "บริษัทโตโยต้า ลีสซิ่ง (ประเทศไทย) จำกัด"]),
    ("นายประวุธ วงศ์สีนิล อธิบดีกรมพินิจและคุ้มครองเด็กและเยาวชน ตลอดจน", ["กรมพินิจและคุ้มครองเด็กและเยาวชน"]),
    ("สำนักงานกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ ได้ลงนาม", ["สำนักงานกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ"]),
    ("กระทรวงแรงงานมีผลบังคับใช้", ["กระทรวงแรงงาน"]),
    ("ความร่วมมือกับองค์การบริหารส่วนตำบล และสถาบันการเงินต่างๆ รวมถึงมหาวิทยาลัยชั้นนำ", []),
    ("ณ ศาลากลางจังหวัดระยอง เพื่อโปรแกรมการฝึก", []),
    ("สมเด็จพระเจ้าลูกเธอ เจ้าฟ้าพัชรกิติยาภา นเรนทิราเทพยวดี กรมหลวงราชสาริณีสิริพัชร", []),
    ("(Memorandum of Understanding between the Ministry of Digital Economy and Society of the Kingdom of Thailand "
     "and The Ministry of Communications and Informatics of Indonesia on ICT)",
     ["Ministry of Digital Economy and Society of the Kingdom of Thailand",
      "Ministry of Communications and Informatics of Indonesia"]),
    ("ร่วมกับ Department of International Cooperation, MAFF", ["Department of International Cooperation"]),
    ("ปัญหา Call Center การพนันออนไลน์", []),
])
def test_boundaries(text, expected):
    assert [c.label for c in discover(text)] == expected


def test_thai_government_default_country():
    assert labels("ผู้แทนกระทรวงการคลัง ได้ชี้แจง") == [("กระทรวงการคลัง", "TH")]


def test_key_is_stable_and_space_insensitive():
    assert org_key("กระทรวงการสื่อสาร และสารสนเทศ") == org_key("กระทรวงการสื่อสารและสารสนเทศ")
    assert org_key("A") != org_key("B")


@pytest.fixture(scope="module")
def sample_orgs():
    from extractors.pipeline import extract
    from extractors.reader import iter_releases

    return {Path(r.source_path).name[:3]: extract(r, keep_all=True).organisations
            for r in iter_releases([str(SAMPLES)])}


def test_registry_name_with_own_country_tail_maps_to_registry(sample_orgs):
    long = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย"
    hits = [o for o in sample_orgs["000"] if o.span.text == long]
    assert hits and all(o.key == "mdes" for o in hits)
    hits = [o for o in sample_orgs["001"] if o.span.text == "Ministry of Digital Economy and Society of the Kingdom of Thailand"]
    assert hits and hits[0].key == "mdes"


def test_no_duplicates_of_registry_matches(sample_orgs):
    for orgs in sample_orgs.values():
        reg = [(o.span.start, o.span.end) for o in orgs if o.registered]
        for o in orgs:
            if not o.registered:
                assert not any(a <= o.span.start and o.span.end <= b for a, b in reg)
                assert o.key.startswith("x-")
