"""heldout14's agreement misses, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from extractors.agreement_parties import party_list_end
from extractors.instruments import BETWEEN
from extractors.records import OrgMention, Span
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


# สรุปข่าวการประชุม ครม. 17 พฤษภาคม 2565 (news 54659), item 14: the body a declaration is named after is cut by no list
BANGKOK_DECLARATION = (
    "14. เรื่อง ร่างปฏิญญากรุงเทพฯ ในโอกาสครบรอบ 75 ปีของการก่อตั้งคณะกรรมาธิการเศรษฐกิจและสังคมแห่งสหประชาชาติสำหรับ"
    "เอเชียและแปซิฟิก : วาระร่วมกันเพื่อขับเคลื่อนการพัฒนาที่ยั่งยืนในเอเชียและแปซิฟิก\n"
    "คณะรัฐมนตรีมีมติเห็นชอบต่อร่างปฏิญญากรุงเทพฯ ในโอกาสครบรอบ 75 ปีของการก่อตั้งคณะกรรมาธิการเศรษฐกิจและสังคมแห่ง"
    "สหประชาชาติสำหรับเอเชียและแปซิฟิก : วาระร่วมกันเพื่อขับเคลื่อนการพัฒนาที่ยั่งยืนในเอเชียและแปซิฟิก ทั้งนี้ หากมีความ"
    "จำเป็นต้องแก้ไขปรับปรุงร่างปฏิญญาฯ ในส่วนที่ไม่ใช่สาระสำคัญ และ/หรือไม่ขัดต่อผลประโยชน์ของไทย ให้กระทรวงการต่างประเทศ"
    "สามารถดำเนินการได้ตามความเหมาะสม")


def test_one_name_the_reach_cuts_is_no_list_of_parties():
    [declaration] = agreements_with_status(BANGKOK_DECLARATION, "วันอังคารที่ 17 พฤษภาคม 2565",
                                           "สรุปข่าวการประชุมคณะรัฐมนตรี 17 พฤษภาคม 2565")
    assert {p.key for p in declaration.parties} == {"escap", "mfa", "TH"}
    text = BANGKOK_DECLARATION
    a = text.index("คณะกรรมาธิการ")
    b = text.index(" :", a)
    escap = OrgMention("escap", "ESCAP", Span(a, b, text[a:b]))
    assert party_list_end(text, a + 20, [escap]) == a + 20


# บีโอไอ – SBF จัดงาน Singapore Regional Business Forum ครั้งที่ 9 (news 99889, 19 สิงหาคม 2568): the signer given only
# by post, named with that post earlier in the release
SBF_FORUM = (
    "นายนฤตม์ เทอดสถีรศักดิ์ เลขาธิการคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) เปิดเผยว่า เมื่อวันที่ 19 สิงหาคม 2568 บีโอไอ "
    "ร่วมกับสภาธุรกิจสิงคโปร์ (SBF) จัดงานใหญ่ Singapore Regional Business Forum ครั้งที่ 9\n"
    "ทั้งนี้ ในงานนี้ เลขาธิการบีโอไอและซีอีโอสภาธุรกิจสิงคโปร์ (SBF) ได้ลงนามบันทึกความเข้าใจ (MOU) เพื่อเสริมสร้างความร่วมมือ"
    "ด้านการลงทุนในอุตสาหกรรมเป้าหมาย อาทิ อุตสาหกรรมอาหาร อิเล็กทรอนิกส์ขั้นสูง การแพทย์ เทคโนโลยีชีวภาพ และการท่องเที่ยว "
    "พร้อมมุ่งขับเคลื่อนเศรษฐกิจดิจิทัลและเศรษฐกิจสีเขียวร่วมกัน")


def test_a_signer_given_by_post_is_the_person_the_release_names_in_it():
    mou = only_agreement(SBF_FORUM, "วันอังคารที่ 19 สิงหาคม 2568")
    assert mou.signatories == ("นฤตม์ เทอดสถีรศักดิ์",)
    assert {p.key for p in mou.parties} == {"boi", "sbf"}


# ก้าวสำคัญแห่งมิตรภาพ! นายกฯ แพทองธาร ต้อนรับนายกฯ สิงคโปร์ (news 90739, 28 พฤศจิกายน 2567): Thailand chairs the body that
# negotiates DEFA, which is no party to it
DEFA_CHAIR = (
    "รวมถึงความตกลงเศรษฐกิจดิจิทัลอาเซียน ซึ่งไทยในฐานะประธานคณะกรรมการเจรจากรอบความตกลงฯ ตั้งเป้าหมายให้การเจรจา"
    "สามารถสรุปผลได้ภายในปี 2568 ด้านนายกรัฐมนตรีสิงคโปร์พร้อมให้การสนับสนุนไทยอย่างเต็มที่")


def test_a_body_that_negotiates_an_agreement_is_no_party_to_it():
    [defa] = agreements_with_status(DEFA_CHAIR, "วันพฤหัสบดีที่ 28 พฤศจิกายน 2567")
    assert defa.status == "planned"
    assert not any("เจรจา" in p.key or p.key.startswith("x-") for p in defa.parties)
