"""Instrument mentions the reader used to drop, found by reading a seeded sample of the archive's
screened releases (recall on releases never seen): real sentences, through the whole pipeline."""

from __future__ import annotations

from extractors.records import ActorRef
from snippets import agreements_with_status as _agreements, read_passage as _extract
from test_agreements import _read


def test_work_under_an_mou_whose_title_names_its_subject_then_its_sides():
    # ด้านเศรษฐกิจ 2022-06-23 (news 56263): the Industry 4.0 MOU exists, it was signed (undated)
    body = ("โดยกิจกรรมดังกล่าวเป็นส่วนหนึ่งของกิจกรรมภายใต้บันทึกความเข้าใจว่าด้วยความร่วมมือในการยกระดับขีดความสามารถในการแข่งขัน"
            "ภาคอุตสาหกรรม และการพัฒนาอุตสาหกรรมไทยเข้าสู่อุตสาหกรรม 4.0 ระหว่าง กระทรวงอุตสาหกรรม และ บริษัท เวสเทิร์น ดิจิตอล "
            "สตอเรจ เทคโนโลยีส์ (ประเทศไทย) จำกัด เพื่อพัฒนาบุคลากร")
    x = _extract(body, "วันพฤหัสบดีที่ 23 มิถุนายน 2565")
    [a] = [a for a in x.agreements if a.status]
    assert (a.kind, a.status, a.signing_date) == ("mou", "signed", None)
    assert ActorRef("org", "moind") in a.parties


def test_work_under_an_mou_still_negotiated_is_planned():
    # ข่าวคณะโฆษก 2023 (news 90983): ``ภายใต้`` an MOU the two sides are still negotiating
    found = _agreements("โดยไทยเสนอให้มีการหารือภายใต้บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการเกษตรอัจฉริยะระหว่างไทยกับมาเลเซีย "
                        "ซึ่งทั้งสองฝ่ายอยู่ระหว่างการเจรจาจัดทำ", "วันอังคารที่ 6 สิงหาคม 2567")
    assert [a.status for a in found] == ["planned"]


def test_an_agreement_a_bloc_is_studying_is_planned():
    # ข่าวนายกรัฐมนตรี 2023-12-17 (news 76243)
    [a] = _agreements("ประการที่สาม การเปลี่ยนผ่านสู่ระบบดิจิทัล (digital transformation) ถือเป็นตัวเปลี่ยนสถานการณ์ในการฟื้นตัวทาง"
                      "เศรษฐกิจ ปัจจุบันอาเซียนกำลังศึกษากรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (ASEAN Digital Economy Framework "
                      "Agreement: DEFA) ที่ถือเป็นกรอบข้อตกลงเศรษฐกิจดิจิทัลระดับภูมิภาคฉบับแรกของโลก", "วันอาทิตย์ที่ 17 ธันวาคม 2566")
    assert (a.kind, a.status) == ("agreement", "planned")
    assert ActorRef("org", "asean") in a.parties and "digital-economy" in a.fields


def test_an_agreement_under_development_in_english_is_planned():
    # Government News 2024-03-08 (news 80033)
    found = _read("The Prime Minister has pinpointed two priority areas, that is, seamless connectivity in all dimensions, i.e., "
                        "1) trade and investment through existing cooperation frameworks; 3) digital connectivity through the "
                        "development of an ASEAN Digital Economy Framework Agreement (DEFA) which will help double the value of the "
                        "region’s digital economy to 2 trillion dollars")
    assert [a.status for a in found] == ["planned"] and "digital-economy" in found[0].fields


def test_a_name_with_development_in_it_is_no_plan():
    # ``Regional Development Cooperation Agreement`` (news 34889): capitalised, part of the name
    found = _read("The cabinet noted the Regional Development Cooperation Agreement between ASEAN and USAID on digital "
                  "economy, signed in 2019.")
    assert all(a.status != "planned" for a in found)


def test_talks_on_making_an_mou_are_a_plan():
    # ด้านสังคม 2022-02-13 (news 51496)
    [a] = _agreements("“ที่ผ่านมากระทรวงดิจิทัลฯ ได้รับเรื่องร้องเรียนมามาก เรื่องคอลเซ็นเตอร์ที่มาหลอกลวงคนไทย และต้นตออยู่ที่ประเทศ"
                      "กัมพูชา ครั้งนี้ รมว.ดีอีเอส จึงได้มอบหมายให้เดินทางร่วมกับทีมงานท่านรอง ผบ.ตร. เพื่อหารือกับประเทศกัมพูชา "
                      "ในการทำ MOU การประสานงานในการปราบปรามแก๊งคอลเซ็นเตอร์ เพื่อต่อไปเจ้าหน้าที่ไทยจะได้เข้ามาทำงานได้ง่ายยิ่งขึ้น” "
                      "นายเอกสิทธิ์กล่าว", "วันอาทิตย์ที่ 13 กุมภาพันธ์ 2565")
    assert (a.kind, a.status) == ("mou", "planned")
    assert ActorRef("country", "KH") in a.parties and "online-scam" in a.fields


def test_an_mou_a_body_has_made_after_a_space_is_signed():
    # ข่าวคณะโฆษก 2025-02-19 (news 93559)
    [a] = _agreements("วันนี้ (19 กุมภาพันธ์ 2568) นางสาวศศิกานต์ วัฒนะจันทร์ รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า รัฐบาล "
                      "โดยกรมทรัพย์สินทางปัญญา กระทรวงพาณิชย์ ได้ทำบันทึกข้อตกลงว่าด้วยความร่วมมือในการคุ้มครองทรัพย์สินทางปัญญาบน"
                      "อินเทอร์เน็ต ร่วมกับหน่วยงานภาครัฐ เจ้าของสิทธิในทรัพย์สินทางปัญญาและเจ้าของแพลตฟอร์มออนไลน์รายใหญ่ "
                      "รวมทั้งสิ้น จำนวน 39 ราย", "วันพุธที่ 19 กุมภาพันธ์ 2568")
    assert (a.kind, a.status) == ("mou", "signed") and "digital-platforms" in a.fields


def test_an_agreement_another_country_may_have_made_is_none():
    # ข่าวการประชุม ครม 2020 (news 43714): a bill's exemption, no agreement made
    found = _agreements("ยกเว้นเป็นการดำเนินกิจกรรมอวกาศที่ประเทศอื่นได้ทำความตกลงกับประเทศไทย ทั้งนี้ ดาวเทียม",
                        "วันพฤหัสบดีที่ 30 มกราคม 2563")
    assert all(a.status != "signed" for a in found)


def test_a_joint_statement_ministers_issue_is_adopted():
    # ข่าวทันสถานการณ์โควิด-19 2020-05-31 (news 31724)
    [a] = _agreements("รัฐมนตรีเศรษฐกิจอาเซียน–จีน ออกถ้อยแถลงร่วมต่อสู้โควิด-19 เห็นพ้องเดินหน้ากระชับความสัมพันธ์ทางเศรษฐกิจและ"
                      "ขยายการค้าและการลงทุน ผ่าน FTA อาเซียน–จีน พร้อมจับมือบรรเทาผลกระทบทางเศรษฐกิจ ฟื้นฟูความเชื่อมั่น เน้นช่วยเหลือ "
                      "Start-Up ธุรกิจขนาดกลาง ขนาดเล็ก และขนาดย่อม ส่งเสริมการใช้ประโยชน์จากเทคโนโลยีและการค้าดิจิทัล",
                      "วันอาทิตย์ที่ 31 พฤษภาคม 2563")
    assert (a.kind, a.status) == ("declaration", "signed") and "digital-trade" in a.fields


def test_the_cabinet_approving_an_instrument_in_principle_in_english():
    # Cabinet synopsis 2022-09-19 (news 59404): the Grant Agreement by its name, no "draft"
    [a] = _read("The cabinet approved in principle the Grant Agreement on Phuket Smart City Technical Assistant Package "
                      "between Digital Economy Promotion Agency (DEPA) and US Trade and Development Agency (USTDA), as proposed by "
                      "Ministry of Digital Economy and Society.")
    assert (a.kind, a.status) == ("agreement", "approved") and "smart-city" in a.fields


# Misses of a seeded sample of the archive (seed 20261201): real passages, through the whole pipeline.

def test_cooperation_according_to_an_mou_between_named_sides_is_signed():
    # สรุปข่าวการประชุม ครม 2023-01-10 (news 63605): work according to (ตาม) the MDES–MCI MOU, which exists
    found = _agreements("- ส่งเสริมความร่วมมือตามบันทึกความเข้าใจ (MoU) ระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดศ.) "
                        "กับกระทรวงการสื่อสารและสารสนเทศของสิงคโปร์ โดยอยู่ระหว่างการหารือความร่วมมือในเรื่องธรรมาภิบาลปัญญาประดิษฐ์ "
                        "การเคลื่อนย้ายข้อมูลข้ามพรมแดน การต่อต้านการหลอกลวงทางไกล และการจัดทำใบแจ้งหนี้อิเล็กทรอนิกส์",
                        "วันอังคารที่ 10 มกราคม 2566")
    [a] = [a for a in found if a.kind == "mou"]
    assert a.status == "signed" and ActorRef("org", "mdes") in a.parties
    assert "ai-governance" in a.fields


def test_supporting_the_making_of_a_declaration_is_a_plan():
    # สรุปข่าวการประชุม ครม 2022-03-29 (news 53057)
    found = _agreements("รับทราบว่าการแพร่ระบาดดังกล่าวทำให้เกิดบทเรียนสำหรับอาเซียนเกี่ยวกับความสำคัญของการส่งเสริมการใช้เทคโนโลยีดิจิทัล"
                        "ในการศึกษา ด้วยเหตุนี้ จึงสนับสนุนการพัฒนาปฏิญญาว่าด้วยการปรับเปลี่ยนไปสู่ยุคดิจิทัลของระบบการศึกษาในอาเซียน "
                        "และเน้นย้ำว่าความพยายามเหล่านี้จะช่วยหนุนเสริมกรอบการฟื้นฟูที่ครอบคลุมของอาเซียน",
                        "วันอังคารที่ 29 มีนาคม 2565")
    [a] = found
    assert (a.kind, a.status) == ("declaration", "planned") and a.fields
    assert ActorRef("org", "asean") in a.parties


def test_the_cabinet_approves_in_an_english_headline():
    # Government News 2022-11-09 (news 61446): a headline's present tense, a declaration to be adopted
    [a] = _read("Deputy Government Spokesperson Thipanan Sirichana disclosed that the cabinet, in its meeting on "
                "November 8, 2022, has made approval to the “Ministerial Declaration on Digital Cooperation for Shaping "
                "Our Common Future”, as proposed by Ministry of Digital Economy and Society.")
    assert (a.kind, a.status) == ("declaration", "approved") and a.fields


def test_the_thai_name_of_the_single_window_is_digital_trade():
    # สรุปข่าวการประชุม ครม 2024-12-11 (news 91257): the customs single window, Thailand–China
    found = _agreements("12. เรื่อง พิจารณาร่างกรอบความตกลงว่าด้วยความร่วมมือระบบเชื่อมโยงข้อมูลอิเล็กทรอนิกส์ ณ จุดเดียว "
                        "สำหรับการค้าข้ามแดนระหว่างกรมศุลกากรแห่งราชอาณาจักรไทยกับสำนักงานศุลกากรแห่งสาธารณรัฐประชาชนจีน",
                        "วันพุธที่ 11 ธันวาคม 2567")
    [a] = found
    assert a.status == "planned" and "digital-trade" in a.fields


def test_a_decision_line_approved_in_an_english_cabinet_synopsis():
    # Cabinet Meeting Synopsis 2022-11-14 (news 61628): the decision as a line ``Approved …``; ``authorized to adopt`` is no plan
    [a] = _read("Title: Request for approval on Ministerial Declaration on Digital Cooperation for Shaping Our Common Future\n"
                "The cabinet approved the following proposals made by Ministry of Digital Economy and Society:\n"
                "Approved Ministerial Declaration on Digital Cooperation for Shaping Our Common Future. Should there be an "
                "amendment in parts that are not gist nor against national interest, Ministry of Digital Economy and Society "
                "may proceed without having to resubmit to the cabinet.\n"
                "Ministrer of Digital Economy and Society or a representative is authorized to adopt the Ministerial "
                "Declaration on Digital Cooperation for Shaping Our Common Future")
    assert (a.kind, a.status) == ("declaration", "approved") and a.fields


def test_a_service_level_agreement_is_no_instrument():
    # สรุปข่าวการประชุม ครม 2022-03-29 (news 53057): the government cloud's guaranteed uptime
    from extractors.instruments import find_instruments
    assert not find_instruments("ระบบคลาวด์ของอีกสถานที่ (Site) จะทำงานทดแทนได้ทันที โดยมีการรับประกัน Service Level Agreement "
                                "(SLA) ร้อยละ 99.99 มีระยะเวลาที่ระบบคลาวด์ทั้งหมดไม่สามารถใช้งานได้ (Total Failure) ไม่เกิน 4 นาที")


def test_the_mou_in_english_points_back_to_the_one_just_named():
    # Cabinet Meeting Synopsis 2024-01-30 (news 78262): ``The signing of the MOU will be carried out…`` is the approved draft
    found = _read("Title: Draft Memorandum of Understanding (MOU) between Ministry of Digital Economy and Society of the Kingdom "
                  "of Thailand and Ministry of Communication and Information Technology of the Republic of Indonesia on "
                  "Communication and Information Technology Cooperation and Digitalization\n"
                  "The cabinet approved the following proposals of Ministry of Digital Economy and Society:\n"
                  "Approved draft Memorandum of Understanding (MOU) between Ministry of Digital Economy and Society of the "
                  "Kingdom of Thailand and Ministry of Communication and Information Technology of the Republic of Indonesia on "
                  "Communication and Information Technology Cooperation and Digitalization. Should there be an amendment in "
                  "parts that are not gist nor against national interest, Ministry of Digital Economy and Society may proceed "
                  "without having to resubmit to the cabinet\n"
                  "Approved Permanent Secretary to Ministry of Digital Economy and Society as Thai signatory of the "
                  "aforementioned MOU\n"
                  "Gist\n"
                  "The draft Memorandum of Understanding (MOU) between Ministry of Digital Economy and Society of the Kingdom of "
                  "Thailand and Ministry of Communication and Information Technology of the Republic of Indonesia on "
                  "Communication and Information Technology Cooperation and Digitalization prescribes promotion of bilateral "
                  "relations and cooperation between the two parties under the scope of communication, information technology, "
                  "and digitalization. The signing of the MOU will be carried out during the 4th ADGSOM held in Singapore on "
                  "January 30-31, 2024.")
    assert [(a.kind, a.status) for a in found] == [("mou", "approved")]
    assert not found[0].title.startswith("MOU will")
