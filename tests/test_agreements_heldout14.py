"""heldout14's agreement misses, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from extractors.instruments import BETWEEN
from snippets import agreements_with_status, only_agreement

SAN_FRANCISCO = (  # นายกฯ พบปะผู้บริหารและพบปะนักศึกษามหาวิทยาลัย Stanford… (news 74730, 15 พฤศจิกายน 2566)
    "ทั้งนี้ ในนามของรัฐบาลไทย นายกฯ ยินดีสำหรับการลงนาม MOU ระหว่าง Google กับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (MDES) "
    "บ่งบอกถึงความสำเร็จครั้งสำคัญในความร่วมมือระหว่างกันเพื่อไปสู่ความก้าวหน้าทางเทคโนโลยี และการเติบโตทางเศรษฐกิจ\n"
    "นายกรัฐมนตรียินดีกับบริษัท Microsoft ที่ได้ลงนามในบันทึกความเข้าใจ (MOU) กับรัฐบาลไทย ซึ่งยืนยันถึงความมุ่งมั่นและ"
    "ความพร้อมของรัฐบาลไทยในการเปลี่ยนแปลงและปรับปรุงการให้บริการสาธารณะด้วยเทคโนโลยีดิจิทัล")


def test_two_companies_of_one_country_abroad_sign_two_papers():
    mous = agreements_with_status(SAN_FRANCISCO, "วันพุธที่ 15 พฤศจิกายน 2566")
    assert sorted(sorted(p.key for p in a.parties) for a in mous) == [["TH", "microsoft"], ["google", "mdes"]]


# รมว.ดีอี เยือนฟินแลนด์ (news 90430, 20 พฤศจิกายน 2567): a free-trade agreement both sides push for, on digital trade
FINLAND_VISIT = (
    "นอกจากนี้ ทั้งสองฝ่ายยังแสดงความมุ่งมั่นที่จะผลักดันความตกลงการค้าเสรีระหว่างไทยกับสหภาพยุโรป (Thai – EU FTA) "
    "ในด้านเศรษฐกิจและการค้าดิจิทัล ซึ่งจะช่วยรองรับและผลักดันนโยบายการเป็นศูนย์กลางเศรษฐกิจดิจิทัลของกระทรวงอีกด้วย")


def test_an_agreement_pushed_for_is_planned():
    fta = only_agreement(FINLAND_VISIT, "วันพุธที่ 20 พฤศจิกายน 2567")
    assert (fta.kind, fta.status) == ("agreement", "planned")
    assert {p.key for p in fta.parties} == {"eu", "TH"}


# The cabinet hears the export report (news 75037, 21 พฤศจิกายน 2566): DITP's MOU with Lazada, item (3) of a list
EXPORT_REPORT = (
    "(3) ยกระดับความร่วมมือกับผู้ประกอบการแพลตฟอร์มอีคอมเมิร์ซ โดยกรมส่งเสริมการค้าระหว่างประเทศลงนาม MOU ร่วมกับ"
    "บริษัท ลาซาด้า จำกัด ในการร่วมมือส่งเสริมการค้าออนไลน์ข้ามพรมแดนเพื่อเปิดโอกาสให้สินค้าของผู้ประกอบการไทยทุกระดับ"
    "ได้มีโอกาสขยายตลาดสู่ภูมิภาคเอเชียตะวันออกเฉียงใต้ผ่านร้าน TOPTHAI Storeบนแพลตฟอร์มลาซาด้า")


def test_international_inside_a_departments_name_names_no_sides():
    mou = only_agreement(EXPORT_REPORT, "วันอังคารที่ 21 พฤศจิกายน 2566")
    assert {p.key for p in mou.parties} == {"ditp", "lazada"}
    assert mou.fields == ("e-commerce",)


def test_between_countries_is_still_between():
    assert BETWEEN.search("บันทึกความเข้าใจระหว่างประเทศไทยกับญี่ปุ่น")
    assert BETWEEN.search("ความตกลงระหว่างประเทศ ญี่ปุ่น และไทย")
    assert not BETWEEN.search("กรมส่งเสริมการค้าระหว่างประเทศลงนาม")
    assert not BETWEEN.search("ความร่วมมือระหว่างประเทศสมาชิกอาเซียน")
