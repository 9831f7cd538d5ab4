"""Agreements: real sentences from the samples and the corpus, and the samples end to end."""

import doctest
from datetime import date
from pathlib import Path

import pytest

import extractors.agreements as agreements_mod
import extractors.instruments as instruments_mod
from extractors.agreements import duration_years, find_instruments
from extractors.records import ActorRef

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


@pytest.mark.parametrize("module", [agreements_mod, instruments_mod])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_title_to_end_of_about_clause_000():
    text = ("จากนั้นได้มีพิธีลงนามบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย "
            "และสำนักงานข้อมูลแห่งสาธารณรัฐประชาชนจีน ว่าด้วยการส่งเสริมความร่วมมือด้านเศรษฐกิจดิจิทัล ณ กรุงปักกิ่ง")
    org = text.index("กระทรวงดิจิทัล"), text.index("แห่งราชอาณาจักรไทย")
    [inst] = find_instruments(text, protected=[org])
    assert inst.status == "signed"
    assert inst.title.endswith("ว่าด้วยการส่งเสริมความร่วมมือด้านเศรษฐกิจดิจิทัล")
    assert inst.between is not None


def test_draft_expected_is_planned_002():
    text = ("ภายใต้ (ร่าง) บันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และกระทรวงการสื่อสารและสารสนเทศแห่งสาธารณรัฐสิงคโปร์ "
            "ว่าด้วยความร่วมมือในด้านเศรษฐกิจดิจิทัล ซึ่งคาดว่าจะมีการลงนามบันทึกความเข้าใจดังกล่าวภายในปี 2564")
    assert find_instruments(text)[0].status == "planned"


def test_cabinet_approval_is_approved():
    # สรุปข่าวการประชุม ครม. 13 มกราคม 2568
    text = ("คณะรัฐมนตรีมีมติเห็นชอบต่อร่างบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย "
            "และกระทรวงเทคโนโลยีสารสนเทศและการสื่อสารแห่งสาธารณรัฐฟิลิปปินส์ ว่าด้วยความร่วมมือด้านดิจิทัล")
    assert [(i.kind, i.status) for i in find_instruments(text)] == [("mou", "approved")]


def test_kinds():
    assert find_instruments("ได้ร่วมลงนามหนังสือแสดงเจตจำนงว่าด้วยความร่วมมือด้าน AI")[0].kind == "loi"
    assert find_instruments("ที่ประชุมได้รับรองแถลงการณ์ร่วมว่าด้วยเศรษฐกิจดิจิทัล")[0].kind == "declaration"
    assert find_instruments("นางสาวปฏิญญา บ่มไล่ กล่าว") == []


def test_duration():
    assert duration_years("โดยบันทึกความเข้าใจดังกล่าวจะมีระยะเวลา 5 ปี") == 5


@pytest.fixture(scope="module")
def samples():
    from extractors.pipeline import extract
    from extractors.reader import iter_releases

    return {Path(r.source_path).name[:3]: extract(r, keep_all=True) for r in iter_releases([SAMPLES])
            if hasattr(r, "text")}


def test_sample_000(samples):
    [a] = samples["000"].agreements
    assert (a.kind, a.status, a.signing_date) == ("mou", "signed", date(2023, 10, 18))
    assert ActorRef("org", "mdes") in a.parties and len(a.parties) == 2
    assert set(a.fields) >= {"big-data", "ict", "cloud", "blockchain", "ai", "e-commerce", "e-transactions"}
    assert "connectivity" not in a.fields          # the forum's paragraph, not the MOU's
    assert [s.replace(" ", "") for s in a.signatories] == ["ประเสริฐจันทรรวงทอง", "ฉงเลี่ยง"]
    assert len(a.witnesses) == 2


def test_sample_001_two_mous(samples):
    asean, indonesia = samples["001"].agreements
    assert set(asean.parties) == {ActorRef("org", "asean"), ActorRef("country", "CN")}
    assert asean.duration_years == 5 and asean.signing_date == date(2024, 2, 2)
    assert {"spectrum", "digital-literacy", "cybersecurity", "data-security", "5g"} <= set(asean.fields)
    assert ActorRef("org", "kominfo") in indonesia.parties
    assert indonesia.signing_date == date(2024, 2, 2)
    assert {"online-scam", "digital-skills", "digital-inclusion", "digital-platforms"} <= set(indonesia.fields)
    assert len(indonesia.signatories) == 1 and len(indonesia.witnesses) == 1


def test_sample_002_planned(samples):
    [a] = samples["002"].agreements
    assert (a.status, a.signing_date) == ("planned", None)
    assert set(a.fields) == {"digital-economy", "connectivity", "open-data", "digital-trade", "data-flows"}


def test_samples_without_agreements(samples):
    assert samples["003"].agreements == () and samples["004"].agreements == ()


# --- corpus patterns (short quotes from real releases) ---------------------------------

def _read(text, **kw):
    """``read_agreements`` with the registry's countries and organisations found in ``text``."""
    from extractors.agreements import read_agreements
    from extractors.countries import country_gazetteer
    from extractors.organisations import organisation_gazetteer, organisations
    from extractors.records import CountryMention, OrgMention, Span
    from extractors.text import sentence_spans

    reg = organisations()
    kw.setdefault("countries", [CountryMention(m.id, Span(m.start, m.end, m.surface)) for m in country_gazetteer().find(text)])
    kw.setdefault("organisations", [OrgMention(m.id, reg[m.id].label_th or reg[m.id].label_en, Span(m.start, m.end, m.surface),
                                               country=reg[m.id].country) for m in organisation_gazetteer().find(text)])
    kw.setdefault("sentences", sentence_spans(text))
    return read_agreements(text, **kw)


def test_fields_stop_at_the_clause_rubber_mou():
    # ด้านเศรษฐกิจ 2023-12-01 (กยท.): Big Data belongs to the rubber database, not the MOU
    text = ("ถึงแนวทางการร่วมลงนาม MOU ในการผลิตล้อยางให้กับ กยท.โดยไม่ต้องลงทุนสร้างโรงงานใหม่  "
            "ซึ่งหากดำเนินการได้เป็นรูปธรรมจะทำให้การใช้ยางในประเทศเพิ่มขึ้น เพื่อจัดทำฐานข้อมูลยางที่ครอบคลุมทั้งประเทศ (Big Data)")
    assert all(not a.fields for a in _read(text))


def test_cabinet_items_never_share_fields():
    # สรุปข่าวการประชุม ครม. 21 มีนาคม 2566: item 9 (UAE logistics MoU) and item 10 (ADGMIN) are separate
    text = ("9. เรื่อง ผลการเยือนสหรัฐอาหรับเอมิเรตส์\n"
            "2.3 การลงนาม MoU ระหว่าง DP World กับภาคเอกชนไทยเกี่ยวกับความร่วมมือด้านโลจิสติกส์\n"
            "10. เรื่อง สรุปผลการประชุมรัฐมนตรีอาเซียนด้านดิจิทัล ครั้งที่ 3\n"
            "ไทยได้เสนอกิจกรรมความร่วมมือด้านการต่อต้านการหลอกลวงออนไลน์ และเทคโนโลยี 5G\n")
    assert all(not a.fields for a in _read(text))


def test_organisation_names_are_no_fields():
    # ด้านเศรษฐกิจ 2023-03-29: depa's name says เศรษฐกิจดิจิทัล, the MOU is about SMEs going digital
    text = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล ร่วมลงนามบันทึกข้อตกลงความร่วมมือ (MOU) สนับสนุนผู้ประกอบการ SMEs ปรับเปลี่ยนสู่ดิจิทัล"
    found = _read(text)
    assert found and all("digital-economy" not in a.fields for a in found)


def test_collective_mention_is_not_an_agreement():
    # ครม. 7 มีนาคม 2566: "ร่วมเป็นสักขีพยานในพิธีลงนามบันทึกความเข้าใจ 2 ฉบับ ได้แก่ (1) …"
    text = ("ร่วมเป็นสักขีพยานในพิธีลงนามบันทึกความเข้าใจ 2 ฉบับ ได้แก่ (1) บันทึกความเข้าใจว่าด้วยการวิจัยทางการแพทย์ "
            "และ (2) บันทึกความเข้าใจว่าด้วยความร่วมมือด้านปัญญาประดิษฐ์")
    found = _read(text + " ระหว่างไทยกับอินเดีย")
    assert all("2 ฉบับ" not in (a.title or "") for a in found)
    assert [a.fields for a in found if a.fields] == [("ai",)]
    assert all(a.status == "signed" for a in found)


def test_english_name_in_brackets_is_the_same_instrument():
    # ด้านเศรษฐกิจ 2022-05-23: "MOU ความตกลงหุ้นส่วน… (Digital Economy Partnership Agreement : DEPA)  ซึ่งคลอบคลุม 6 ด้าน ได้เเก่ …"
    text = ("ได้ขอความร่วมมือประเทศไทย ในการลงนามสนับสนุน MOU ความตกลงหุ้นส่วนด้านเศรษฐกิจดิจิทัลระหว่างไทยและสิงคโปร์ "
            "(Digital Economy Partnership Agreement : DEPA)  ซึ่งคลอบคลุม 6 ด้าน ได้เเก่ 1.การอำนวยความสะดวกทางการค้า "
            "2.ข้อมูล 3.การชำระเงินอิเล็กทรอนิกส์ 4.การยืนยันตัวตนทางดิจิทัล")
    [inst] = [i for i in find_instruments(text) if i.status]
    assert inst.title.endswith("(Digital Economy Partnership Agreement : DEPA)")
    assert inst.status == "planned"                       # asked to sign, not signed
    [a] = _read(text)
    assert {"e-transactions", "digital-id"} <= set(a.fields)


def test_alias_in_brackets_does_not_end_the_title():
    # ข่าวรองนายกฯ 2023-10-15: "เพื่อลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือ (MOU)  ด้านสื่อสารมวลชนและสารสนเทศระหว่าง …"
    text = ("มีกำหนดเดินทางเยือนสาธารณรัฐประชาชนจีน เพื่อลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือ (MOU)  "
            "ด้านสื่อสารมวลชนและสารสนเทศระหว่าง กรมประชาสัมพันธ์กับกลุ่มสื่อแห่งชาติจีน ช่วงวันที่ 18-20 ตุลาคม 2566")
    [inst] = find_instruments(text)
    assert inst.status == "planned"
    assert inst.title.endswith("กลุ่มสื่อแห่งชาติจีน")


def test_evidence_is_whole_sentences():
    text = ("หัวข้อข่าว\nนายประเสริฐ ได้ลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านปัญญาประดิษฐ์กับญี่ปุ่น ณ กรุงโตเกียว\n"
            "ย่อหน้าถัดไป")
    [a] = _read(text)
    assert a.span.text == text.splitlines()[1]


def test_english_cabinet_synopsis_approving_a_signing_or_a_draft():
    # Cabinet Meeting Synopsis 2022 (thaigov-v2-corpus, Cabinet Meeting Synopsis_48): approved, not signed
    t = ("The cabinet approved the signing of the Letter of Intent between Ministry of Digital Economy and Society "
         "of the Kingdom of Thailand and the Department for Digital, Culture, Media & Sport of the United Kingdom")
    assert [(i.kind, i.status) for i in find_instruments(t)] == [("loi", "approved")]
    t = "The two ministers signed the Memorandum of Understanding on digital cooperation."
    assert [(i.kind, i.status) for i in find_instruments(t)] == [("mou", "signed")]
