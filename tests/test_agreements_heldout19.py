"""heldout19's misses, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from snippets import only_agreement, read_passage

SICHUAN_TELECOM = (  # รองนายกรัฐมนตรีเยี่ยมชมเสฉวนเทเลคอม… (news 7995, 10 พฤศจิกายน 2560)
    "หลังจากนั้นได้มีการประชุมร่วมกัน ซึ่งรองนายกรัฐมนตรี ได้กล่าวชื่นชมการบริหารงานของบริษัททั้งสามแห่ง "
    "จนเป็นผู้นำเทคโนโลยีทางด้านนี้ในระดับโลก พร้อมทั้งได้เสนอให้มีการทำบันทึกความเข้าใจ (MOU) ระหว่างบริษัท ไชน่า เทเลคอม "
    "จำกัด กับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เพื่อให้มีการแลกเปลี่ยนความร่วมมือระหว่างกันต่อไป")


def test_an_mou_proposed_with_the_plain_verb_is_planned():
    mou = only_agreement(SICHUAN_TELECOM, "วันศุกร์ที่ 10 พฤศจิกายน 2560")
    assert mou.kind == "mou" and mou.status == "planned"
    assert {p.key for p in mou.parties if p.kind == "org"} == {"china_telecom", "mdes"}


def test_a_content_less_mou_of_the_digital_ministry_takes_its_partners_field():
    mou = only_agreement(SICHUAN_TELECOM, "วันศุกร์ที่ 10 พฤศจิกายน 2560")
    assert mou.fields == ("telecom",)     # China Telecom exists for telecom; MDES for every digital field


ESCAP_TRANSPORT = (  # ไทยร่วมขับเคลื่อนการขนส่งที่ยั่งยืนในภูมิภาคเอเชียแปซิฟิก, ไทยคู่ฟ้า (news 49382, 14 ธันวาคม 2564)
    "ประเทศไทยร่วมรับรองร่างปฏิญญาและร่างแผนปฏิบัติการสำหรับการพัฒนาด้านการขนส่งที่ยั่งยืนในภูมิภาคเอเชียและแปซิฟิก "
    "ค.ศ.2022-2026 ในการประชุมระดับรัฐมนตรีด้านการขนส่งเอสแคป ครั้งที่ 4 ระหว่างวันที่ 14-17 ธ.ค.64 ณ ศูนย์การประชุม"
    "สหประชาชาติ ประกอบด้วยวัตถุประสงค์ 3 ข้อหลัก ได้แก่ 1.มุ่งสู่เครือข่ายการขนส่งที่มีประสิทธิภาพ และการเคลื่อนย้ายเพื่อการ"
    "เติบโตทางเศรษฐกิจ 2.มุ่งสู่ระบบการขนส่งที่ยั่งยืนต่อสิ่งแวดล้อม และ 3. มุ่งสู่การขนส่งที่ปลอดภัยและครอบคลุม ภายใต้"
    "ประเด็นสำคัญ เช่น การเชื่อมโยงการขนส่งทั้งทางบกและทางทะเล การขนส่งระหว่างภูมิภาค การขนส่งในเมือง และระบบดิจิทัลด้าน"
    "การขนส่ง เพื่อแสดงเจตนารมณ์มุ่งสู่การบรรลุเป้าหมายการพัฒนาที่ยั่งยืน")
ESCAP_DAY = "วันอังคารที่ 14 ธันวาคม 2564"


def test_a_draft_thailand_adopted_at_a_meeting_is_signed():
    assert only_agreement(ESCAP_TRANSPORT, ESCAP_DAY).status == "signed"


def test_a_draft_thailand_is_to_adopt_stays_a_plan():
    to_adopt = ESCAP_TRANSPORT.replace("ประเทศไทยร่วมรับรอง", "คณะผู้แทนเตรียมให้ประเทศไทยร่วมรับรอง")
    assert only_agreement(to_adopt, ESCAP_DAY).status == "planned"


def test_the_body_whose_meeting_adopts_a_declaration_is_its_party():
    declaration = only_agreement(ESCAP_TRANSPORT, ESCAP_DAY)
    assert [(p.kind, p.key) for p in declaration.parties] == [("org", "escap")]


def test_digital_systems_of_transport_are_its_digital_transformation():
    assert only_agreement(ESCAP_TRANSPORT, ESCAP_DAY).fields == ("digital-transformation",)
    title = "ไทยร่วมขับเคลื่อนการขนส่งที่ยั่งยืนในภูมิภาคเอเชียแปซิฟิก"
    extraction = read_passage(ESCAP_TRANSPORT, ESCAP_DAY, title, keep_all=False)
    assert extraction.relevant        # a UN regional commission's declaration with a digital field
