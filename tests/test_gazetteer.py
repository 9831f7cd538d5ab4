"""The phrase matcher and the country gazetteer on real sentences from the samples and the archive."""

from __future__ import annotations

import json

import pytest

from extractors.countries import countries, find_countries
from extractors.gazetteer import STOP, Gazetteer, normalise
from extractors.organisations import names_the_place


def ids(matches):
    return [m.id for m in matches]


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer([("ลาว", "LA"), ("สปป.ลาว", "LA"), ("แพร่", "phrae"), ("จีน", "CN"), ("ไทย", "TH"),
                      ("ประเทศไทย", "TH"), ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "mdes"), ("ดีอี", "mdes"),
                      ("ITU", "itu"), ("World Economic Forum", "wef"), ("ภาษาอังกฤษ", STOP), ("อังกฤษ", "GB"),
                      ("ดำเนินการ", "x")])


def test_offsets_point_into_the_original_text(gz):
    text = "ประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) พร้อมด้วย"
    ms = gz.find(text)
    assert [(m.surface, m.id) for m in ms] == [("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "mdes"), ("ดีอี", "mdes")]
    assert all(text[m.start:m.end] == m.surface for m in ms)


@pytest.mark.parametrize("sep", ["\n", " ", "\u00a0", "\u200b", " \n  "])
def test_a_name_broken_across_lines_or_padded_still_matches(gz, sep):
    text = f"ลงนามระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจ{sep}และสังคม และจีน"
    ms = gz.find(text)
    assert ids(ms) == ["mdes", "CN"]
    assert ms[0].surface == f"กระทรวงดิจิทัลเพื่อเศรษฐกิจ{sep}และสังคม"


def test_latin_is_case_insensitive_and_needs_word_boundaries(gz):
    text = "organised by the world economic\nFORUM with ITU, not CITU or ITUs"
    ms = gz.find(text)
    assert [(m.surface, m.id) for m in ms] == [("world economic\nFORUM", "wef"), ("ITU", "itu")]


@pytest.mark.parametrize("text, expected", [
    ("การพัฒนาระบบคลาวด์ของภาครัฐ", []),                      # ลาว inside คลาวด์
    ("ป้องกันการแพร่ระบาดของโรคโควิด 19", []),                # แพร่ inside แพร่ระบาด
    ("ความร่วมมือไทย-จีน ด้านดิจิทัล", ["TH", "CN"]),
    ("การลงทุนในประเทศไทยและภูมิภาค", ["TH"]),
    ("ระดับรัฐมนตรีจาก จีน เซอร์เบีย สปป.ลาว เข้าร่วม", ["CN", "LA"]),
    ("ผู้ว่าราชการจังหวัดแพร่ได้ตรวจเยี่ยม", ["phrae"]),
    ("เอกสารฉบับภาษาอังกฤษ", []),                             # a stop phrase hides the name in it
    ("ให้ ดําเนินการ ต่อไป", ["x"]),                           # nikhahit + aa typed for sara am
])
def test_thai_matches_sit_on_word_boundaries(gz, text, expected):
    assert ids(gz.find(text)) == expected


def test_sara_ae_typed_as_two_sara_e_still_matches(gz):
    # ทำเนียบรัฐบาล (news 95739): ``กระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม`` with เเ for แ, in 1,174 archive releases
    text = "นายประเสริฐ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม เปิดเผยว่า"
    [m] = gz.find(text)
    assert m.id == "mdes" and m.surface == "กระทรวงดิจิทัลเพื่อเศรษฐกิจเเละสังคม"


def test_digital_spelt_with_to_or_tan_still_matches():
    # ดิจิตอล for ดิจิทัล (366 archive releases): the ministry's name (news 45296) and a field (news 333, the PM at the
    # 8th ASEAN-UN Summit: ``…นวัตกรรมใหม่ ๆ และความเชื่อมโยงด้านดิจิตอล ที่จะช่วย…``)
    from extractors.fields import find_fields
    from extractors.organisations import find_organisations

    text = "กระทรวงดิจิตอลเพื่อเศรษฐกิจและสังคม สำนักงานคณะกรรมการคุ้มครองผู้บริโภค"
    [m] = [m for m in find_organisations(text) if m.id == "mdes"]
    assert m.surface == "กระทรวงดิจิตอลเพื่อเศรษฐกิจและสังคม"
    text = "เน้นแนวคิดและนวัตกรรมใหม่ ๆ และความเชื่อมโยงด้านดิจิตอล ที่จะช่วยเพิ่มพูนผลผลิตและลดต้นทุน"
    [f] = find_fields(text)
    assert (f.notation, f.span.text) == ("connectivity", "ความเชื่อมโยงด้านดิจิตอล")
    assert [f.notation for f in find_fields("ระบบภาพเอกซเรย์ดิจิตัลเคลื่อนที่")] == []
    # … and อินเตอร์เน็ต for อินเทอร์เน็ต (379 archive releases)
    [f] = find_fields("ส่งเสริมการเชื่อมต่ออินเตอร์เน็ตในพื้นที่ชนบท")
    assert (f.notation, f.span.text) == ("connectivity", "การเชื่อมต่ออินเตอร์เน็ต")


def test_leftmost_longest_and_no_overlaps(gz):
    ms = gz.find("ผู้แทนจากสปป.ลาว")
    assert [(m.surface, m.id) for m in ms] == [("สปป.ลาว", "LA")]


def test_conflicting_ids_for_one_surface_are_rejected():
    with pytest.raises(ValueError, match="maps to both"):
        Gazetteer([("จีน", "CN"), ("จีน ", "TW")])


def test_normalised_view_maps_back():
    text = "a  b\nกระทรวง ดิจิทัล"
    view = normalise(text)
    assert view.text == "a bกระทรวงดิจิทัล"
    i = view.text.index("ดิจิทัล")
    assert text[view.orig_start(i):view.orig_end(len(view.text))] == "ดิจิทัล"


@pytest.mark.parametrize("text, expected", [
    ("วิศิษฏ์ ลงนามกับ สปป. ลาว และบรูไน ดารุสซาลาม", ["LA", "BN"]),
    ("กระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเชีย", ["ID"]),
    ("ความร่วมมือระหว่างสหรัฐฯ เกาหลี และสาธารณรัฐเกาหลี", ["US", "KR", "KR"]),
    ("ไต้หวัน ฮ่องกง และจีนไทเป", ["TW", "HK", "TW"]),
    ("เมียนมาร์ พม่า และเมียนมา", ["MM", "MM", "MM"]),
    ("สหภาพยุโรปและยุโรปตะวันออก", []),                       # organisations and regions, not countries
    ("มูลค่า 10 ล้านดอลลาร์สหรัฐ", []),
    ("ผู้บริหารเหล่ากาชาดจังหวัด", []),
    ("Thailand and the Lao PDR signed with Viet Nam", ["TH", "LA", "VN"]),
])
def test_country_forms_from_the_archive(text, expected):
    assert ids(find_countries(text)) == expected


def test_every_iso_country_has_thai_and_english_labels():
    import pycountry

    table = countries()
    for c in pycountry.countries:
        assert c.alpha_2 in table, c.alpha_2
        assert table[c.alpha_2].label_th and table[c.alpha_2].label_en, c.alpha_2
        assert table[c.alpha_2].wikidata.startswith("Q"), c.alpha_2
    assert table["TH"].wikidata == "Q869" and table["CN"].wikidata == "Q148"


def test_countries_on_the_samples_match_the_gold(samples_dir, gold_dir):
    found = gold = hit = 0
    for g in sorted(gold_dir.glob("*.json")):
        doc = json.loads(g.read_text(encoding="utf-8"))
        pred = set(ids(find_countries((samples_dir / doc["doc"]).read_text(encoding="utf-8"))))
        want = set(doc.get("countries", []))
        found, gold, hit = found + len(pred), gold + len(want), hit + len(pred & want)
    assert hit / found >= 0.9 and hit / gold >= 0.9, (hit, found, gold)


@pytest.mark.parametrize("text, is_place", [
    # datelines, venues and addresses (heldout, heldout2, devgold, heldout4 releases): the city
    ("กรุงเทพมหานคร, ประเทศไทย – การประชุม", True),
    ("ระหว่างวันที่ 16 – 17 มกราคม 2568 ณ กรุงเทพมหานคร โดยมี", True),
    ("ณ ห้องประชุม อาคารไปรษณียาคาร เขตหลักสี่ กรุงเทพมหานคร\n", True),
    ("ณ ชั้น 5 สามย่านมิตรทาวน์ กทม.\n", True),
    ("และส่งผลให้ กรุงเทพมหานครกลายเป็นเมืองที่ดีที่สุด", True),
    # the administration
    ("ลงนามบันทึกความเข้าใจร่วมกับกรุงเทพมหานคร เพื่อพัฒนาเมืองอัจฉริยะ", False),
    ("โดยมีผู้แทนจากกรุงเทพมหานคร\n", False),
])
def test_the_bma_or_the_city(text, is_place):
    name = "กทม." if "กทม." in text else "กรุงเทพมหานคร"
    start = text.index(name)
    assert names_the_place(text, start, start + len(name)) is is_place
