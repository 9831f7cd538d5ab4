"""Errors found by reading a random sample of the agreements the whole-archive build keeps (the
precision reading of the eighth development session): real passages of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from datetime import date

from extractors.instruments import find_instruments
from snippets import agreements_with_status, only_agreement, read_passage


def _agreements(body: str, title: str = "ข่าว", day: str = "วันอังคารที่ 28 มกราคม 2568"):
    return read_passage(body, day, title).agreements


def _one(body: str, title: str = "ข่าว", day: str = "วันอังคารที่ 28 มกราคม 2568"):
    return only_agreement(body, day, title)


# --- a cabinet summary's meeting day is no signing day -------------------------------------------------

_AWS = ("สรุปข่าวการประชุมคณะรัฐมนตรี 10 พฤษภาคม 2565\n"
        "พลเอก ประยุทธ์  จันทร์โอชา นายกรัฐมนตรี  เป็นประธานการประชุมคณะรัฐมนตรี ณ ตึกสันติไมตรี (หลังนอก) ทำเนียบรัฐบาล "
        "ซึ่งสรุปสาระสำคัญดังนี้\n"
        "(5) พัฒนาโครงสร้างพื้นฐานด้านดิจิทัลและมุ่งสู่การเป็นประเทศอัจฉริยะ\n"
        "(5.2) ลงนามความร่วมมือเพื่อนำร่อง 10 บริการ ผ่านระบบคลาวด์กลางภาครัฐ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมลงนาม"
        "บันทึกความเข้าใจกับบริษัท อะเมซอน เว็บ เซอร์วิสเซส (ประเทศไทย) จำกัด (AWS) เพื่อนำบริการคลาวด์ของ AWS "
        "เข้ามาเป็นส่วนหนึ่งของระบบคลาวด์กลางภาครัฐ เพื่อใช้ประโยชน์จากโครงสร้างพื้นฐานระบบคลาวด์ทั่วโลกของ AWS\n"
        "14. เรื่อง รายงานการสร้างระบบหลักประกันสุขภาพแห่งชาติ ประจำปีงบประมาณ 2564 และรายงานของผู้สอบบัญชีและรายงาน"
        "การเงินสำหรับปีสิ้นสุดวันที่ 30 กันยายน 2563 ของกองทุนหลักประกันสุขภาพแห่งชาติ")


def test_a_cabinet_summary_gives_its_meeting_day_to_no_signing():
    # สรุปข่าวการประชุมคณะรัฐมนตรี 10 พฤษภาคม 2565 (news 54442): a year's work reported to the cabinet, the AWS
    # MOU among it; the build dated it by the first day of the summary (there, another item's 30 Sep 2020)
    a = _one(_AWS, title="สรุปข่าวการประชุมคณะรัฐมนตรี 10 พฤษภาคม 2565", day="วันอังคารที่ 10 พฤษภาคม 2565")
    assert a.status == "signed"
    assert a.signing_date is None


# --- titles that run on or stop short --------------------------------------------------------------------

def test_a_title_stops_before_what_the_cabinet_also_approves():
    # สรุปข่าวการประชุม ครม. 25 ตุลาคม 2565 (news 60861): the title ran on into ``รวมทั้งอนุมัติ``
    a = _one("27. เรื่อง ร่างบันทึกความเข้าใจระหว่างกระทรวงสาธารณสุขแห่งราชอาณาจักรไทยกับกระทรวงสาธารณสุขและสวัสดิการ"
             "แห่งสาธารณรัฐเกาหลีว่าด้วยความร่วมมือด้านสาธารณสุข\n"
             "คณะรัฐมนตรีมีมติเห็นชอบต่อร่างบันทึกความเข้าใจระหว่างกระทรวงสาธารณสุขแห่งราชอาณาจักรไทยกับกระทรวงสาธารณสุข"
             "และสวัสดิการแห่งสาธารณรัฐเกาหลีว่าด้วยความร่วมมือด้านสาธารณสุข รวมทั้งอนุมัติให้รัฐมนตรีว่าการกระทรวงสาธารณสุข"
             "หรือผู้ที่ได้รับมอบหมาย เป็นผู้ลงนามในร่างบันทึกความเข้าใจดังกล่าว ตามที่กระทรวงสาธารณสุข (สธ.) เสนอ\n"
             "สาระสำคัญ ร่างบันทึกความเข้าใจฯ ครอบคลุมการดูแลสุขภาพด้วยดิจิทัล",
             title="สรุปข่าวการประชุมคณะรัฐมนตรี 25ตุลาคม 2565", day="วันอังคารที่ 25 ตุลาคม 2565")
    assert a.status == "approved"
    assert a.title.endswith("ว่าด้วยความร่วมมือด้านสาธารณสุข")


def test_an_en_dash_after_thailand_joins_the_two_sides_of_a_title():
    # สรุปข่าวการประชุมคณะรัฐมนตรี 21 มิถุนายน 2565 (news 55971): the title stopped at ``ไทย``
    a = _one("27. เรื่อง ร่างแถลงการณ์ร่วมของการหารือเชิงยุทธศาสตร์ไทย – สหราชอาณาจักร ครั้งที่ 4\n"
             "คณะรัฐมนตรีมีมติเห็นชอบในหลักการร่างแถลงการณ์ร่วมของการหารือเชิงยุทธศาสตร์ไทย – สหราชอาณาจักร ครั้งที่ 4 "
             "ตามที่กระทรวงการต่างประเทศ (กต.) เสนอ และให้รับข้อสังเกตของคณะรัฐมนตรีไปพิจารณาปรับปรุงร่างฯ ให้ถูกต้องเหมาะสมต่อไป\n"
             "สาระสำคัญของร่างแถลงการณ์ร่วมฯ มีสาระสำคัญคือการแสดงเจตนารมณ์ทางการเมือง เพื่อส่งเสริมและขับเคลื่อนความร่วมมือ"
             "ระหว่างสองประเทศในสาขาต่าง ๆ อาทิ ความร่วมมือด้านเศรษฐกิจ การเมืองและความมั่นคง สิ่งแวดล้อม ไซเบอร์ ดิจิทัล",
             title="สรุปข่าวการประชุมคณะรัฐมนตรี 21 มิถุนายน 2565", day="วันพุธที่ 22 มิถุนายน 2565")
    assert a.title.endswith("ไทย – สหราชอาณาจักร ครั้งที่ 4")


# --- up/reskilling alone names no digital field ---------------------------------------------------------

def test_reskilling_tourism_staff_names_no_digital_skills():
    # สรุปข่าวการประชุมคณะรัฐมนตรี 16 กรกฎาคม 2567 (news 85915): a tourism statement got digital-skills from
    # ``reskill``/``upskill`` alone
    found = _agreements(
        "กระทรวงการท่องเที่ยวและกีฬาจัดทำและเสนอร่างเอกสารผลลัพธ์การประชุมทวิภาคีระดับรัฐมนตรีด้านการท่องเที่ยว ไทย - กัมพูชา "
        "ครั้งที่ 3 ประกอบด้วย (1) แผนปฏิบัติการร่วมว่าด้วยความร่วมมือด้านการท่องเที่ยว ปี พ.ศ. 2566 - 2568 และ "
        "(2) ร่างถ้อยแถลงร่วมการประชุมทวิภาคีระดับรัฐมนตรีด้านการท่องเที่ยว ไทย - กัมพูชา ครั้งที่ 3 โดยมีสาระสำคัญสรุป ดังนี้ "
        "(3) การพัฒนาบุคลากรด้านการท่องเที่ยว ผ่านการส่งเสริมความร่วมมือในการจัดโครงการฝึกอบรมและพัฒนาทักษะใหม่ (reskill) "
        "และยกระดับทักษะเดิม (upskill) ของบุคลากรด้านการท่องเที่ยว รวมถึงสนับสนุนการเคลื่อนย้ายแรงงานด้านการท่องเที่ยว",
        title="สรุปข่าวการประชุมคณะรัฐมนตรี 16 กรกฎาคม 2567", day="วันอังคารที่ 16 กรกฎาคม 2567")
    assert found
    assert all("digital-skills" not in a.fields for a in found), [(a.title, a.fields) for a in found]


def test_instruments_of_a_kind_in_general_are_no_instrument():
    # แถลงการณ์รัฐบาล… ชายแดนไทย-กัมพูชา (news 94390, 4 มิถุนายน 2568): ``ความตกลงต่างๆ`` is agreements in general, and
    # the MOU of 2000 it names ends before the evidence (satellite images) listed after it
    body = ("ประเทศไทยในฐานะเพื่อนบ้านของกัมพูชามีความมุ่งมั่นที่จะแก้ไขประเด็นปัญหาระหว่างกันโดยสันติวิธีบนพื้นฐานของกฎหมาย"
            "ระหว่างประเทศ สนธิสัญญาและความตกลงต่างๆ เช่น MOU 2543 และข้อมูลหลักฐานต่างๆ รวมถึงภาพถ่ายดาวเทียม และไทยพร้อม"
            "ที่จะเจรจากับฝ่ายกัมพูชาผ่านกลไกระดับทวิภาคีที่มีอยู่ระหว่างกัน")
    found = _agreements(body, day="วันพุธที่ 4 มิถุนายน 2568")
    assert not any(a.title.startswith("ความตกลง") for a in found)
    assert all("ดาวเทียม" not in a.title for a in found)


def test_items_of_a_list_written_on_one_line_keep_their_own_fields():
    # ข่าวทำเนียบรัฐบาล (news 6008): ``… 2. บันทึกความเข้าใจ… เมืองพี่เมืองน้อง… 3. บันทึกความเข้าใจ… ไปรษณีย์…`` on one
    # line: the sister-city MOU's title ends before ``3.``, and the postal MOU's fields stay its own
    body = ("นายกรัฐมนตรีทั้งสองประเทศได้ร่วมเป็นสักขีพยานการลงนามในบันทึกความเข้าใจและความตกลงระหว่างภาครัฐ จำนวน 5 ฉบับ "
            "ได้แก่ 1. บันทึกความเข้าใจระหว่างกระทรวงอุตสาหกรรมและการค้าเวียดนามกับกระทรวงพาณิชย์ว่าด้วยความร่วมมือด้าน"
            "เศรษฐกิจและการค้า 2. บันทึกความเข้าใจเพื่อการสถาปนาความสัมพันธ์เมืองพี่เมืองน้องระหว่างจังหวัดตราด ราชอาณาจักรไทย "
            "กับจังหวัดก่าเมา สาธารณรัฐสังคมนิยมเวียดนาม 3. บันทึกความเข้าใจระหว่างกระทรวงสารสนเทศและการสื่อสารเวียดนามกับ"
            "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมว่าด้วยความร่วมมือด้านไปรษณีย์สารสนเทศ และการสื่อสาร")
    found = [a for a in _agreements(body, day="วันจันทร์ที่ 14 พฤษภาคม 2561") if a.status]
    [sister] = [a for a in found if "เมืองพี่เมืองน้อง" in a.title]
    assert sister.title.endswith("เวียดนาม") and not sister.fields
    [postal] = [a for a in found if "ไปรษณีย์" in a.title]
    assert "postal" in postal.fields


def test_a_bracketed_item_number_ends_a_title():
    # สรุปข่าวการประชุม ครม. (news 61682, APEC food security ministers): ``(2)`` numbers the next document
    body = ("คณะรัฐมนตรีมีมติ (16 สิงหาคม 2565) เห็นชอบในหลักการต่อเอกสารผลลัพธ์ 3 ฉบับ ได้แก่ (1) ร่างปฏิญญาความมั่นคงอาหาร"
            "เอเปค ประจำปี 2565 (2) ร่างแถลงการณ์ประธานรัฐมนตรีความมั่นคงอาหารเอเปคสำหรับการประชุมรัฐมนตรีความมั่นคงอาหาร"
            "เอเปค ครั้งที่ 7 และ (3) ร่างแผนปฏิบัติการภายใต้แผนงานความมั่นคงอาหารมุ่งสู่ปี ค.ศ. 2030")
    [declaration] = [a for a in _agreements(body, day="วันอังคารที่ 15 พฤศจิกายน 2565") if a.kind == "declaration"]
    assert declaration.title == "ปฏิญญาความมั่นคงอาหารเอเปค ประจำปี 2565"


# นายกรัฐมนตรีหารือกับรัฐมนตรีว่าการกระทรวงการต่างประเทศตุรกี (news 40341, 25 มีนาคม 2564): the archive precision
# reading of the thirteenth session found the FTA given the smart-city field of Türkiye's interest in the EEC
TURKIYE_TALKS = (
    "ทั้งนี้ ทั้งสองฝ่ายได้หารือถึงประเด็นทวิภาคีต่าง ๆ ได้แก่ ด้านการท่องเที่ยว การศึกษาและวัฒนธรรม การแปรรูปผลิตภัณฑ์"
    "ทางการเกษตร เป็นต้น ในส่วนด้านการค้าการลงทุน การเห็นชอบจัดตั้งสถานกงสุลกิตติมศักดิ์ ณ เมืองอิซมีร์ และเมืองโบลู "
    "ด้านเศรษฐกิจ เป็นโอกาสให้ทั้งสองประเทศมีแนวทางที่จะเจรจาความตกลงการค้าเสรีไทย-ตุรกีให้แล้วเสร็จภายในปี 2565 "
    "ซึ่งนายกรัฐมนตรีได้กล่าวขอบคุณภาคเอกชนตุรกีที่ลงทุนในไทย พร้อมเชิญชวนให้นักธุรกิจตุรกีขยายการลงทุนให้มากขึ้น "
    "โดยเฉพาะในเขตพัฒนาพิเศษภาคตะวันออก (EEC) ซึ่งทางตุรกีให้ความสนใจในการพัฒนาเมืองอัจฉริยะ (Smart City) ของเขต EEC")


def test_what_a_partner_is_interested_in_after_someone_speaks_is_no_field_of_the_fta():
    fta = [a for a in agreements_with_status(TURKIYE_TALKS, "วันพฤหัสบดีที่ 25 มีนาคม 2564") if "ตุรกี" in a.title]
    assert [(a.status, a.fields) for a in fta] == [("planned", ())]


# ศาสตร์พระราชาสู่การพัฒนาอย่างยั่งยืน, the PM's weekly talk (news 10992, 24 มีนาคม 2561): the Sydney Declaration's
# description lists the digital economy right after an act that names RCEP; the reading gave RCEP the field
SYDNEY_SUMMIT = (
    "ในการเดินทางครั้งนี้ ผมและผู้นำประเทศสมาชิกอาเซียนและออสเตรเลียได้ร่วมกันเป็นสักขีพยานในการลงนามบันทึกความเข้าใจ"
    "ว่าด้วยความร่วมมือในการต่อต้านการก่อการร้ายสากลระหว่างอาเซียนกับออสเตรเลีย เพื่อย้ำเจตนารมณ์ในการร่วมมือต่อต้าน"
    "การก่อการร้ายสากล และยังได้รับรองปฏิญญาซิดนีย์ซึ่งเป็นเอกสารกำหนดวิสัยทัศน์ความร่วมมือระหว่างอาเซียนกับออสเตรเลีย"
    "ในด้านต่าง ๆ\xa0 เช่น ด้านการต่อต้านภัยคุกคามในหลายรูปแบบต่อความมั่นคง การใช้ประโยชน์จากพื้นที่มหาสมุทรร่วมกัน"
    "อย่างสันติ ความมั่นคงปลอดภัยทางทะเล และการบินเหนือน่านฟ้าในภูมิภาค ส่วนในด้านเศรษฐกิจ ก็จะมีการสนับสนุนการเปิดเสรี"
    "ทางการค้าระหว่างกัน ที่รวมถึงการเร่งรัดการจัดทำความตกลง RCEP การส่งเสริมเศรษฐกิจดิจิทัล อีกทั้ง การร่วมกันสนับสนุน "
    "Micro SME และลดช่องว่างการพัฒนา")


def test_an_instrument_named_in_one_act_of_anothers_contents_ends_neither_title_nor_description():
    found = {a.title: (a.kind, a.status, a.fields) for a in
             agreements_with_status(SYDNEY_SUMMIT, "วันเสาร์ที่ 24 มีนาคม 2561")}
    assert found["ปฏิญญาซิดนีย์"] == ("declaration", "signed", ("digital-economy",))
    assert all(not fields for title, (_, _, fields) in found.items() if "RCEP" in title or "ก่อการร้าย" in title)


# สรุปข่าวการประชุม ครม. 25 มิถุนายน 2567 (news 84970), the AEM Retreat's results: progress of two negotiations listed
# one after the other; the reading found the goods-trade upgrade signed, with the digital agreement's field
AEM_RETREAT = (
    "1. การประชุม AEM Retreat ครั้งที่ 30 และการประชุมที่เกี่ยวข้องเมื่อวันที่ 9 มีนาคม 2567 ณ แขวงหลวงพระบาง "
    "สาธารณรัฐประชาธิปไตยประชาชนลาว เป็นการประชุมเพื่อรายงานให้ทราบถึงภาพรวมการเติบโตทางเศรษฐกิจของอาเซียนและประเด็น"
    "สำคัญด้านเศรษฐกิจในปี 2567 รายงานความคืบหน้าการเจรจาต่าง ๆ เช่น ความคืบหน้าการเจรจายกระดับความตกลงการค้าสินค้าของ"
    "อาเซียน ความคืบหน้าการเจรจากรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน รวมทั้งมีการรับรองกรอบการอำนวยความสะดวกด้านบริการ"
    "ของอาเซียน")


def test_the_next_negotiation_in_a_list_of_progress_ends_a_title_and_an_upgrade_negotiated_is_planned():
    found = {a.title: (a.status, a.fields) for a in agreements_with_status(AEM_RETREAT, "วันอังคารที่ 25 มิถุนายน 2567")}
    goods = [v for t, v in found.items() if "การค้าสินค้า" in t]
    assert goods == [("planned", ())]
    assert any(status == "planned" and "digital-economy" in fields for t, (status, fields) in found.items()
               if "เศรษฐกิจดิจิทัล" in t)


# Cabinet Meeting Synopsis, 18 February 2025 (news 93511): two items, each opened by ``Title:``; the reading found the
# AI MOU with the commerce ministry of the item before and the digital economy of the minister's post
CABINET_SYNOPSIS = (
    "Title: Memorandum of Understanding on Promotion of Digital Economy Investment between Office of the Eastern "
    "Economic Corridor Policy Committee and Ministry of Commerce of People's Republic of China\n"
    "The cabinet approved the draft Memorandum of Understanding on Promotion of Digital Economy Investment between Office "
    "of the Eastern Economic Corridor Policy Committee and Ministry of Commerce of People's Republic of China.\n"
    "Title: Memorandum of Understanding on Promotion of Cooperation in Artificial Intelligence between Ministry of "
    "Digital Economy and Society of the Kingdom of Thailand and National Development and Reform Commission of People's "
    "Republic of China\n"
    "The cabinet approved the draft Memorandum of Understanding on Promotion of Cooperation in Artificial Intelligence "
    "between Ministry of Digital Economy and Society of the Kingdom of Thailand and National Development and Reform "
    "Commission of People's Republic of China. Should there be an amendment in parts that are not gist nor against "
    "national interest, Ministry of Digital Economy and Society may proceed without having to resubmit to the cabinet. "
    "Minister of Digital Economy and Society or a representative is authorized as signatory of the MoU.\n")


def test_each_title_of_an_english_synopsis_is_an_item_and_a_ministers_post_is_no_field():
    [ai] = [a for a in agreements_with_status(CABINET_SYNOPSIS, "วันอังคารที่ 18 กุมภาพันธ์ 2568\n18/02/2568\nพิมพ์",
                                              "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-The cabinet met on February 4, 2025")
            if "Artificial Intelligence" in a.title]
    assert ai.status == "approved"
    assert {p.key for p in ai.parties} == {"mdes", "ndrc_cn", "CN"}
    from extractors.instruments import blocks
    assert [CABINET_SYNOPSIS[b:b + 6] for b in blocks(CABINET_SYNOPSIS)] == ["Title:", "Title:"]
    assert ai.fields == ("ai",)


# สรุปข่าวการประชุม ครม. 2 พฤศจิกายน 2564 (news 50437), the 20th AEC Council: the leaders' statement on digital
# transformation (written with ของ); the energy statement is followed by other issues, not by its own contents
AEC_COUNCIL_20 = (
    "1. การประชุมระหว่าง AEC Council และรัฐมนตรีอาเซียนด้านดิจิทัล ที่ประชุมฯ ตระหนักถึงความสำคัญของการร่วมมือระหว่างเสา"
    "ประชาคมและองค์กรรายสาขาในการขับเคลื่อนประเด็นการเปลี่ยนผ่านทางดิจิทัล นอกจากนี้ ได้สนับสนุนและให้ความเห็นชอบใน"
    "หลักการต่อร่างแถลงการณ์ของผู้นำอาเซียนว่าด้วยการยกระดับการเปลี่ยนผ่านไปสู่ดิจิทัลของภูมิภาคอาเซียน\n"
    "2.1 ประเด็นสำคัญด้านเศรษฐกิจ ที่ประชุมฯ รับทราบความคืบหน้าการดำเนินการในประเด็นสำคัญด้านเศรษฐกิจ โดยดำเนินการแล้ว"
    "เสร็จ 7 ประเด็น เช่น การจัดทำแผนฟื้นฟูการท่องเที่ยวอาเซียน และการจัดทำแถลงการณ์ร่วม เรื่องการเปลี่ยนผ่านทางพลังงาน"
    "และความมั่นคงทางพลังงานของอาเซียน โดยประเด็นที่เหลือ เช่น การประกาศการเจรจาความเป็นไปได้ในการจัดทำความตกลงการค้าเสรี"
    "อาเซียน-แคนาดา การจัดทำแผนปฏิบัติการภูมิภาคว่าด้วยการปฏิบัติตามบรรทัดฐานความรับผิดชอบของรัฐบนโลกไซเบอร์ "
    "คาดว่าจะดำเนินการแล้วเสร็จภายในปี 2564")


def test_a_leaders_statement_written_with_khong_and_an_energy_statement_without_the_cyber_item_after_it():
    found = {a.title[:30]: a.fields for a in agreements_with_status(AEC_COUNCIL_20, "วันอังคารที่ 2 พฤศจิกายน 2564")}
    assert found.get("แถลงการณ์ของผู้นำอาเซียนว่าด้ว") == ("digital-transformation",)
    assert all(not fields for title, fields in found.items() if "พลังงาน" in title or "แคนาดา" in title)


# The precision reading of the fourteenth development session (50 agreements of the build at c115140)

# ASEAN–India commemorative summit (news 16814, 25 มกราคม 2561): ``เอไอ`` inside the names of an air transport agreement
# and of an ASEAN initiative is no AI
ASEAN_INDIA_CONNECTIVITY = (
    'ซึ่งรวมถึงผ่านแผนแม่บทว่าด้วยความเชื่อมโยงระหว่างกันในอาเซียน (เอ็มแพ็ค) 2025 และแผนงานฉบับที่ 3 '
    'ภายใต้ข้อริเริ่ม เพื่อการรวมตัวของอาเซียน (ไอเอไอ) '
    'พร้อมชื่นชมในความพยายามอย่างต่อเนื่องเพื่อทำให้โครงการทางหลวงสามฝ่ายอินเดีย-เมียนมา-ไทยเสร็จสมบูรณ์ '
    'รวมถึงความมุ่งมั่นในการพัฒนาความเชื่อมโยงทางทะเลและอากาศระหว่างอาเซียนและอินเดีย นอกจากนี้ '
    'อาเซียนยังมุ่งหวังให้การเจรจาความตกลงด้านการขนส่งทางอากาศอาเซียน-อินเดีย (เอไอ-เอทีเอ) '
    'และความตกลงด้านการขนส่งทางทะเลอาเซียน-อินเดีย (ไอเอ-เอ็มทีเอ) '
    'ได้ข้อสรุปโดยเร็วตามที่รัฐมนตรีขนส่งอาเซียนได้ตกลงกันไว้ '
    'และยินดีกับข้อเสนอของอินเดียที่จะเสริมสร้างความร่วมมืออาเซียน-อินเดียให้เข้มแข็งยิ่งขึ้นในประเด็นทางทะเลด้วย')


def test_ai_inside_other_names_is_no_ai():
    found = _agreements(ASEAN_INDIA_CONNECTIVITY, day="วันพฤหัสบดีที่ 25 มกราคม 2561")
    assert found and all("ai" not in a.fields for a in found)


# ดีอี ตั้งเป้าปี 68 เดินหน้าเจรจาความตกลงเขตการค้าเสรีด้านเศรษฐกิจดิจิทัลครบ 3 ภูมิภาค (news 80676): the headline counts
# agreements of a kind to a whole; the body lists them
FTA_REGIONS_TITLE = "“ดีอี” ตั้งเป้าปี 68 เดินหน้าเจรจาความตกลงเขตการค้าเสรีด้านเศรษฐกิจดิจิทัลครบ 3 ภูมิภาค"


def test_agreements_counted_to_a_whole_in_a_headline_are_no_one_agreement():
    found = _agreements("นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) กล่าวว่า",
                        title=FTA_REGIONS_TITLE, day="วันพฤหัสบดีที่ 21 มีนาคม 2567")
    assert not [a for a in found if a.status and "ครบ" in (a.title or "")]


# นายกฯ หารือประธานาธิบดีเกาหลี (news 72453, 21 กันยายน 2566): what the sides went on to discuss after the EPA
KOREA_EPA_TALKS = (
    'นายกรัฐมนตรียินดีที่มีโอกาสได้พบกับประธานาธิบดีฯ อย่างเป็นทางการครั้งแรก '
    'ความสัมพันธ์ระหว่างประเทศไทยกับสาธารณรัฐเกาหลีมีความใกล้ชิดกันอย่างมาก โดยเฉพาะระดับประชาชน '
    'ความนิยมวัฒนธรรมระหว่างประชาชนไทยและประชาชนเกาหลี โดยในปีนี้จะครบครอบ\xa065\xa0ปี '
    'การสถาปนาความสัมพันธ์ทางการทูตระหว่างไทยกับสาธารณรัฐเกาหลีอีกด้วย\n'
    'โอกาสนี้ ทั้งสองฝ่ายได้หารือถึงประเด็นต่าง ๆ ที่สำคัญ ได้แก่\n'
    'ด้านการเมือง ทั้งไทยและสาธารณรัฐเกาหลี '
    'ต่างต้องการพัฒนาความสัมพันธ์ทวิภาคีในฐานะหุ้นส่วนทางยุทธศาสตร์ให้ใกล้ชิดยิ่งขึ้น '
    'โดยนายกรัฐมนตรีผลักดันให้ทั้งสองฝ่ายมีการแลกเปลี่ยนการเยือนระดับสูงระหว่างกันอย่างสม่ำเสมอ '
    'และได้เชิญประธานาธิบดีสาธารณรัฐเกาหลีและภริยาเดินทางเยือนไทย\n'
    'ด้านเศรษฐกิจ ทั้งสองฝ่ายเห็นพ้องกันเร่งรัดผลักดันการเจรจาจัดทำความตกลงหุ้นส่วนทางเศรษฐกิจ (Economic Partnership '
    'Agreement: EPA) ระหว่างกัน และได้หารือแนวทางการส่งเสริมความร่วมมือด้านเศรษฐกิจในสาขาต่าง ๆ อาทิ ซอฟต์พาวเวอร์ '
    'อวกาศ พลังงานนิวเคลียร์ สตาร์ทอัพ ยานยนต์ไฟฟ้า ธนาคารพาณิชย์ไร้สาขา')


def test_what_the_sides_discussed_after_an_instrument_is_not_its_area():
    epa = _one(KOREA_EPA_TALKS, day="วันพฤหัสบดีที่ 21 กันยายน 2566")
    assert (epa.kind, epa.status) == ("agreement", "planned")
    assert not {"satellite", "startups"} & set(epa.fields)


# “พวงเพ็ชร” เยือนจีน เตรียมเซ็น MOU กับ China Media Group (news 73472, 18 ตุลาคม 2566): a preview of the evening's signing
PRD_CMG_PREVIEW = (
    'การเดินทางเยือนสาธารณรัฐประชาชนจีนครั้งนี้ รัฐมนตรีประจำสำนักนายกรัฐมนตรี มีกำหนดลงนามร่วมกับ นายเซิ่น ไห่สง '
    'ผู้อำนวยการและบรรณาธิการใหญ่กลุ่มสื่อแห่งชาติจีน (China Media Group : CMG) ซึ่งมีสถานะเทียบเท่ารัฐมนตรี '
    'โดยเป็นการลงนามในบันทึกความเข้าใจว่าด้วยความร่วมมือ (MOU) ด้านสื่อสารมวลชนและสารสนเทศระหว่าง กรมประชาสัมพันธ์กับ'
    ' CMG ที่จะมีขึ้นในช่วงเย็นของวันนี้ (ประมาณ 18.30 น.) ณ เรือนรับรองเตี้ยวหยูไถ กรุงปักกิ่ง '
    'โดยจะมีนายกรัฐมนตรีของทั้ง 2 ประเทศ\xa0 นายเศรษฐา ทวีสิน และ นาย หลี่ เฉียง เป็นสักขีพยานในการลงนามด้วย\n'
    '.\n'
    'สำหรับ MOU ฉบับใหม่ระหว่างกรมประชาสัมพันธ์ และ CMG มีเนื้อหาความร่วมมือครอบคลุมการทำงานของสื่อวิทยุ โทรทัศน์ '
    'สื่อออนไลน์ และการจัดกิจกรรมด้านสื่อ โดยแบ่งเป็น 4 ด้านหลัก คือ 1. การแลกเปลี่ยนข้อมูลข่าวสาร '
    'ในรูปแบบข่าวและรายการ ทั้งในสื่อวิทยุ โทรทัศน์ และสื่อออนไลน์ '
    'โดยจะมีการนำผลผลิตสื่อของกรมประชาสัมพันธ์ไปเผยแพร่บนหน้าจอของสถานีโทรทัศน์ CCTV สื่อหลักของจีนที่ได้รับความนิยม '
    'ขณะเดียวกันจะมีการนำรายการที่เป็นประโยชน์ของ CMG มาออกอากาศทาง NBT ของไทยทั้งส่วนกลางและส่วนภูมิภาคด้วย '
    '2.การแลกเปลี่ยนการเยือนของผู้บริหารและผู้ปฏิบัติงานด้านสื่อ '
    'รวมทั้งการอำนวยความสะดวกสื่อมวลชนในการรายงานข่าวและผลิตสารคดี โดยสนับสนุนการผลิตผลงาน การสัมภาษณ์ '
    'และอำนวยความสะดวกให้แก่กันในการลงพื้นที่ 3.การฝึกอบรมบุคลากรด้านสื่อสารมวลชน และการสนับสนุนการทำงานด้านสื่อมวลชน'
    ' เช่น การสนับสนุนเทคโนโลยีการออกอากาศและดิจิทัลของ CMG ที่มีความก้าวหน้า ทันสมัย การฝึกอบรมบุคลากรด้านการผลิต '
    'การตัดต่อรายการให้มีคุณภาพ การพัฒนาทักษะการรายงาน และดำเนินรายการเทียบเท่าผู้ประกาศระดับสาก และ '
    '4.การส่งเสริมในเรื่องเทคโนโลยีการสื่อสารและสารสนเทศ เช่น เทคโนโลยีใหม่ที่เป็นประโยชน์กับการทำงานด้านสื่อสารมวลชน')


def test_a_signing_which_will_take_place_is_planned():
    mou = _one(PRD_CMG_PREVIEW, day="วันพุธที่ 18 ตุลาคม 2566")
    assert (mou.kind, mou.status) == ("mou", "planned")


def test_a_title_runs_over_thai_abbreviations_and_stops_before_what_it_holds():
    # (precision reading rows 20 and 42) news 6905: ``…ความคืบหน้าการดำเนินการตามบันทึกความเข้าใจ (MOU) ระหว่าง กสอ. สสว.
    # และ MSS ซึ่งมุ่งเน้น…``; news 58097: ``2.2 ร่างแถลงการณ์ร่วม… ครั้งที่ 12 มีสาระสำคัญ ได้แก่ (1) …``
    from extractors.instruments import find_instruments

    t = "ความคืบหน้าการดำเนินการตามบันทึกความเข้าใจ (MOU) ระหว่าง กสอ. สสว. และ MSS ซึ่งมุ่งเน้นในเรื่องการแลกเปลี่ยนเทคโนโลยี"
    assert find_instruments(t)[0].title == "บันทึกความเข้าใจ (MOU) ระหว่าง กสอ. สสว. และ MSS"
    t = ("2.2 ร่างแถลงการณ์ร่วมของการประชุมระดับสูงเอเปคว่าด้วยสาธารณสุขและเศรษฐกิจ ครั้งที่ 12 มีสาระสำคัญ ได้แก่ "
         "(1) สร้างสมดุลระหว่างสาธารณสุขและเศรษฐกิจ")
    assert find_instruments(t)[0].title == "แถลงการณ์ร่วมของการประชุมระดับสูงเอเปคว่าด้วยสาธารณสุขและเศรษฐกิจ ครั้งที่ 12"


# --- drafts of one meeting that share their first words -------------------------------------------------

_TRANSPORT_STATEMENTS = (
        '31. เรื่อง การร่วมรับรองเอกสารผลลัพธ์ในการประชุมรัฐมนตรีขนส่งอาเซียน ครั้งที่ 28 และการประชุมอื่น ๆ ที่เกี่ยวข้อง\n'
        'คณะรัฐมนตรีมีมติเห็นชอบตามที่กระทรวงคมนาคม (คค.) เสนอ ดังนี้\n'
        '1. เห็นชอบต่อร่างเอกสารจำนวน 9 ฉบับ ได้แก่\n'
        '7) ร่างแถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - จีน ครั้งที่ 21 (Draft Joint Ministerial Statement for the '
        'Twenty - First ASEAN - China Transport Ministers (21st ATM - China) Meeting)\n'
        '8) ร่างแถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - ญี่ปุ่น ครั้งที่ 20 (Draft Joint Ministerial Statement for '
        'the Twentieth ASEAN - Japan (20th ATM - Japan) Meeting)\n'
        '9) ร่างแถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - สาธารณรัฐเกาหลี ครั้งที่ 13 (Draft Joint Ministerial Statement '
        'for the Thirteenth ASEAN - Republic of Korea Transport Ministers (13th ATM - ROK) Meeting)\n'
        'ทั้งนี้ หากมีความจำเป็นต้องปรับปรุงแก้ไขร่างเอกสารดังกล่าว ที่ไม่ใช่สาระสำคัญหรือไม่ขัดต่อผลประโยชน์ของไทย ขอให้กระทรวงคมนาคมดำเนินการได้โดยไม่ต้องขอความเห็นชอบจากคณะรัฐมนตรีอีกครั้ง\n'
        '2. ให้รัฐมนตรีว่าการกระทรวงคมนาคมหรือผู้ที่ได้รับมอบหมายร่วมรับรองเอกสาร จำนวน 9 ฉบับดังกล่าว\n'
        'สาระสำคัญของร่างเอกสารต่าง ๆ\n'
        'กระทรวงคมนาคมขอเสนอเอกสารจำนวน 9 ฉบับ ที่จะมีการรับรองในช่วงการประชุมรัฐมนตรีขนส่งอาเซียน ครั้งที่ 28 และการประชุมอื่น '
        'ๆ ที่เกี่ยวข้อง สรุปได้ ดังนี้\n'
        '1. ร่างกรอบการดำเนินการเพื่อส่งเสริมการหมุนเวียนและบริหารจัดการตู้คอนเทนเนอร์ในประเทศสมาชิกอาเซียน (Draft Implementation '
        'Framework on Enhancing Container Processing and Circulation in ASEAN Member States) เป็นเอกสารเชิงกลยุทธ์สำหรับประเทศสมาชิกอาเซียน '
        'มีวัตถุประสงค์เพื่อ (1) ส่งเสริมความสามารถในการจัดการวิกฤตการณ์ขาดแคลนตู้คอนเทนเนอร์ (2) เสริมสร้างขีดความสามารถและความยืดหยุ่นในการขนส่งสินค้าตู้คอนเทนเนอร์และการขนส่งต่อเนื่องหลายรูปแบบในระยะยาวเพื่อเตรียมความพร้อมสำหรับวิกฤตการณ์ในลักษณะเดียวกันที่อาจเกิดขึ้นในอนาคต '
        '(3) จัดทำแนวทางปรับปรุงบริการที่เกี่ยวกับสินค้าคอนเทนเนอร์และส่งเสริมการหมุนเวียนตู้คอนเทนเนอร์ในภูมิภาคอาเซียน '
        'และ (4) สนับสนุนการเตรียมความพร้อมของประเทศสมาชิกอาเซียนเพื่อเข้าเป็นภาคีอนุสัญญาหรือสนธิสัญญาระหว่างประเทศที่เกี่ยวกับตู้สินค้า/คอนเทนเนอร์\n'
        '7. ร่างแถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - จีน ครั้งที่ 21 (Draft Joint Ministerial Statement for the '
        'Twenty - First ASEAN - China Transport Ministers (21st ATM - China) Meeting) มีสาระสำคัญ ได้แก่ ความยินดีต่อการลงนามที่สมบูรณ์ของพิธีสาร '
        '3 แนบท้ายความตกลงว่าด้วยการขนส่งทางอากาศระหว่างอาเซียน - จีน รับทราบผลการดำเนินการตามยุทธศาสตร์ความร่วมมือด้านการขนส่งระหว่างอาเซียน '
        '- จีน ฉบับปรับปรุง ปี 2564 - 2568 และแผนงานสำคัญที่จะดำเนินการในปี 2565 และรับทราบความคืบหน้าการดำเนินความร่วมมือระดับทวิภาคีระหว่างประเทศสมาชิกอาเซียนกับจีน '
        'อาทิ การก่อสร้างทางรถไฟใน สปป.ลาว โครงการเชื่อมโยงเส้นทางรถไฟในมาเลเซีย โครงการพัฒนาท่าเรือแหลมฉบัง และการก่อสร้างทางหลวงพิเศษในกัมพูชา '
        'เป็นต้น\n'
        '8. ร่างแถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - ญี่ปุ่น ครั้งที่ 20 (Draft Joint Ministerial Statement for '
        'the Twentieth ASEAN - Japan (20th ATM - Japan) Meeting) มีสาระสำคัญ ได้แก่ การรับทราบความคืบหน้าการดำเนินโครงการภายใต้แผนงานความร่วมมือว่าด้วยความเป็นหุ้นส่วนด้านการขนส่งระหว่างอาเซียน '
        '- ญี่ปุ่น ปี 2563 - 2564 การรับรอง (1) คู่มือแนวปฏิบัติด้านมาตรการการรักษาความปลอดภัยท่าเรือสำหรับการฝึกอบรมเจ้าหน้าที่และการตรวจสอบการอบรม '
        '(2) เอกสารอ้างอิงทางเทคนิคด้านการบำรุงรักษาสะพานสำหรับแนวเส้นทางการขนส่งข้ามพรมแดนของอาเซียน และ (3) แผนงานความร่วมมือว่าด้วยความเป็นหุ้นส่วนด้านการขนส่งระหว่างอาเซียน '
        '- ญี่ปุ่น ปี 2564 - 2565 และรับทราบข้อเสนอโครงการใหม่ เรื่องการรักษาความปลอดภัยด้านการบินระหว่างอาเซียน - ญี่ปุ่น '
        'ปี 2566 - 2570 และความคืบหน้าการจัดทำความตกลงว่าด้วยการขนส่งทางอากาศในภูมิภาคระหว่างอาเซียน – ญี่ปุ่น\n'
        '9. ร่างแถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - สาธารณรัฐเกาหลี ครั้งที่ 13 (Draft Joint Ministerial Statement '
        'for the Thirteenth ASEAN - Republic of Korea Transport Ministers (13th ATM - ROK) Meeting) มีสาระสำคัญ ได้แก่ '
        'การส่งเสริมให้มีความร่วมมือกันอย่างใกล้ชิดระหว่างอาเซียนกับสาธารณรัฐเกาหลี เพื่อการเปลี่ยนผ่านสู่การขนส่งอัจฉริยะ '
        'การดำเนินโครงการ/กิจกรรมภายใต้แผนงานความร่วมมือด้านการขนส่งระหว่างอาเซียน - สาธารณรัฐเกาหลี และความคาดหวังให้เกิดผลสำเร็จของการเป็นตลาดการขนส่งทางน้ำร่วมอาเซียน '
        'และการจัดทำร่างความตกลงว่าด้วยบริการเดินอากาศระหว่างอาเซียน - สาธารณรัฐเกาหลี โดยเร็วต่อไป\n'
)


def test_a_restated_draft_is_found_by_its_whole_thai_name():
    # สรุปข่าวการประชุมคณะรัฐมนตรี 11 ตุลาคม 2565 (news 60347), item 31: the ASEAN transport ministers' drafts. The
    # ASEAN-Japan statement took the smart transport of the ASEAN-Korea one, restated below it with the same first words
    found = {a.title.split(" (")[0]: a.fields for a in _agreements(_TRANSPORT_STATEMENTS, day="วันอังคารที่ 11 ตุลาคม 2565")}
    assert found["แถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - ญี่ปุ่น ครั้งที่ 20"] == ()
    assert found["แถลงการณ์ร่วมการประชุมรัฐมนตรีขนส่งอาเซียน - สาธารณรัฐเกาหลี ครั้งที่ 13"] == ("smart-city",)


# --- an instrument whose parties are settled ----------------------------------------------------------------

_DEFA_AT_ASEAN_AUSTRALIA = (
        'นายกฯ สัมภาษณ์สรุปผลสำเร็จการเดินทางร่วมประชุมอาเซียน-ออสเตรเลีย ไทยผลักดันความเชื่อมโยง และการเปลี่ยนผ่านไปสู่พลังงานสะอาด '
        'และสัญญาจะร่วมมือกับภูมิภาค เพื่อความสำเร็จในภูมิภาค\nวันนี้ (6 มีนาคม 2567) 10.20 น. นายเศรษฐา ทวีสิน นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลังให้สัมภาษณ์แก่สื่อมวลชน '
        'โดยได้ระบุว่า การเดินทางมาร่วมการประชุมอาเซียน-ออสเตรเลีย เชื่อมั่นว่าการเดินทางมาครั้งนี้ได้เพิ่มโอกาส สร้างประโยชน์ให้ประเทศ '
        'และประชาชนไทยอย่างมาก\nครั้งนี้นายกรัฐมนตรีในฐานะตัวแทนประเทศไทย ได้กล่าวถึงสิ่งที่ประเทศไทยพร้อมผลักดัน ในสองด้านหลักได้แก่ '
        '1. ความเชื่อมโยงในมิติต่างๆ Connectivity ได้แก่ การค้าการลงทุน เพิ่มมูลค่าทางการค้าผ่านกรอบความร่วมมือต่างๆ ด้านที่สอง '
        'ด้านโครงสร้างพื้นฐาน ส่งเสริมระบบโลจิสติกส์ให้เป็นไปได้อย่างรวดเร็ว ไร้รอย Seamless ด้านที่สาม ด้านดิจิทัลโดยได้เริ่มพัฒนาเจรจาความตกลง '
        'DEFA (Digital Economy Framework Agreement) ซึ่งจะสร้างมูลค่ามากกว่า 2 ล้านล้านดอลลาร์สหรัฐ และในด้านสุดท้ายที่มีความสำคัญมากคือ '
        'ด้านประชาชน การติดต่อสัมพันธ์กันระหว่างประชาชนผ่านการส่งเสริม Soft Power และเศรษฐกิจสร้างสรรค์ รวมทั้งส่งเสริมให้เกิดการช่วยเหลือด้านการเชื่อมโยงด้านการตรวจลงตราระหว่างกัน '
        'และ 2. การเปลี่ยนผ่านไปสู่พลังงานสะอาด ซึ่งไทยสามารถร่วมกับ ออสเตรเลีย ทำให้เกิดระบบนิเวศน์ EV ครบวงจร รวมถึงการออก '
        'Sustainability bonds'
)


def test_defa_is_aseans_whoever_stands_around_it():
    # ข่าวนายกรัฐมนตรี 2024-03-06 (news 79893): the PM on the ASEAN-Australia summit; the precision reading found DEFA
    # read as an Australia-Thailand agreement
    [a] = [a for a in _agreements(_DEFA_AT_ASEAN_AUSTRALIA, title='พิมพ์', day="วันพุธที่ 6 มีนาคม 2567")
           if "DEFA" in a.title]
    assert [(p.kind, p.key) for p in a.parties] == [("org", "asean")]
    assert a.status == "planned" and "digital-economy" in a.fields


def test_a_quoted_subject_and_what_it_is():
    # สรุปข่าวการประชุมคณะรัฐมนตรี (news 72332): the colon inside the quoted subject had cut the Danang Declaration's
    # name at ``“สื่อ``, and its description (``… คือ การแสดงจุดยืน…``) then ran on into the title
    from extractors.instruments import find_instruments, title_end

    lines = (
        ('(4) ร่างปฏิญญาดานังว่าด้วย “สื่อ : จากข้อมูลสู่ความรู้เพื่ออาเซียนที่ยืดหยุ่นและพร้อมตอบสนอง”'),
        ('4. ร่างปฏิญญาดานังว่าด้วย “สื่อ : จากข้อมูลสู่ความรู้เพื่ออาเซียนที่ยืดหยุ่นและพร้อมตอบสนอง” '
         '(Draft Danang Declaration on “Media: From Information to Knowledge for a Resilient and Responsive '
         'ASEAN”) คือ การแสดงจุดยืนและความมุ่งมั่นรัฐมนตรีสารนิเทศอาเซียนในการสร้างสภาพแวดล้อมสำหรับสื่อในยุคดิจิทัล '
         'ผ่านการส่งเสริมการรู'),
    )
    for line in lines:
        [inst] = [i for i in find_instruments(line) if "ดานัง" in line[i.start:i.start + 20]]
        title = line[inst.start:title_end(line, inst.start, len(line))]
        assert title.startswith("ปฏิญญาดานังว่าด้วย “สื่อ : จากข้อมูลสู่ความรู้เพื่ออาเซียนที่ยืดหยุ่นและพร้อมตอบสนอง”")
        assert "คือ" not in title


def test_a_known_instrument_named_with_no_status_takes_its_own():
    # ดีอี หารือทวิภาคี… (news 92480, heldout7 012): Thailand supports DEFA, still negotiated; every gold release that
    # names DEFA lists it as planned
    body = ("ขณะเดียวกันประเทศไทยสนับสนุนกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (DEFA) "
            "เพื่อเสริมสร้างเศรษฐกิจดิจิทัลในภูมิภาคให้เติบโตอย่างมั่นคง")
    [a] = _agreements(body, day="วันศุกร์ที่ 17 มกราคม 2568")
    assert (a.kind, a.status, [p.key for p in a.parties]) == ("agreement", "planned", ["asean"])
    assert "digital-economy" in a.fields



# --- the twenty-fifth session's precision reading (seed 20261126) ----------------------------------------


def test_a_title_ends_before_that_is_and_what_the_speaker_stresses():
    # สรุปข่าวการประชุม ครม. 2022-06-15 (news 55705) and 2022-03-29 (news 53057), as the precision reading found them
    text = ("การขอความเห็นชอบต่อการร่วมรับรองปฏิญญาร่วมว่าด้วยความเป็นส่วนตัว และการคุ้มครองข้อมูลส่วนบุคคลที่เป็นเอกสาร"
            "ผลลัพธ์ของการประชุมระดับรัฐมนตรี")
    assert [i.title for i in find_instruments(text)] == ["ปฏิญญาร่วมว่าด้วยความเป็นส่วนตัว และการคุ้มครองข้อมูลส่วนบุคคล"]
    text = ("จึงสนับสนุนการพัฒนาปฏิญญาว่าด้วยการปรับเปลี่ยนไปสู่ยุคดิจิทัลของระบบการศึกษาในอาเซียน และเน้นย้ำว่าความพยายาม"
            "เหล่านี้จะช่วยหนุนเสริมกรอบ")
    assert [i.title for i in find_instruments(text)] == ["ปฏิญญาว่าด้วยการปรับเปลี่ยนไปสู่ยุคดิจิทัลของระบบการศึกษาในอาเซียน"]
    # guard (a constructed shape: the archive has no such title): a word that ends in ที่ is the title's (``พื้นที่``)
    text = "ลงนามบันทึกความเข้าใจว่าด้วยการพัฒนาพื้นที่เป็นการส่งเสริม"
    assert [i.title for i in find_instruments(text)] == ["บันทึกความเข้าใจว่าด้วยการพัฒนาพื้นที่"]


#: สรุปข่าวการประชุม ครม. 2024-10-29 (news 89642): item 21, the cabinet endorses in principle the AFMGM+3 joint statement its
#: meeting had adopted on 3 May 2024 in Tbilisi (verbatim, the item's head to its summary)
ADOPTED_BEFORE = (
    '21. เรื่อง แถลงการณ์ร่วมการประชุมรัฐมนตรีว่าการกระทรวงการคลังและผู้ว่าการธนาคารก'
    'ลางอาเซียน + 3 ครั้งที่ 27\nคณะรัฐมนตรีมีมติเห็นชอบในหลักการต่อแถลงการณ์ร่วมการปร'
    'ะชุมรัฐมนตรีว่าการกระทรวงการคลังและผู้ว่าการธนาคารกลางอาเซียน + 3 (Joint Stateme'
    'nt of the 27th ASEAN + 3 Finance Ministers’ and Central Bank Governors’ Meeting)'
    ' (การประชุม AFMGM + 3) ครั้งที่ 27 (แถลงการณ์ร่วมฯ) ตามที่กระทรวงการคลัง (กค.) เ'
    'สนอ ทั้งนี้ หากคณะรัฐมนตรีพิจารณาให้ความเห็นชอบแล้ว กค. จะได้ส่งหนังสือถึงประธาน'
    'ร่วม ในการประชุม AFMGM + 3 ครั้งที่ 27 เพื่อแจ้งรับรองแถลงการณ์ร่วมฯ ต่อไป\nสาระส'
    'ําคัญของเรื่อง\nแถลงการณ์ร่วมฯ เป็นเอกสารแสดงเจตนารมณ์ทางการเมืองระดับรัฐมนตรีว่า'
    'การกระทรวงการคลังและผู้ว่าการธนาคารกลางอาเซียน + 3 ในการเสริมสร้างความร่วมมือทาง'
    'การเงิน ผ่านโครงสร้างความช่วยเหลือทางการเงินของภูมิภาค\nรัฐมนตรีว่าการกระทรวงการเ'
    'งินสาธารณรัฐประชาธิปไตยประชาชนลาว (สปป. ลาว) ในฐานะประธานร่วมกับรองนายกรัฐมนตรีแ'
    'ละรัฐมนตรีว่าการกระทรวงการคลัง และเศรษฐกิจสาธารณรัฐเกาหลีในการประชุม AFMGM + 3 ค'
    'รั้งที่ 27 ได้มีหนังสือเชิญ รัฐมนตรีว่าการกระทรวงการคลังของประเทศไทยเข้าร่วมการป'
    'ระชุมดังกล่าวในวันที่ 3 พฤษภาคม 2567 ณ เมืองทบิลิซี ประเทศจอร์เจีย โดยที่ประชุมไ'
    'ด้พิจารณาให้การรับรองแถลงการณ์ร่วมฯ เพื่อเป็นเอกสารผลลัพธ์ของการประชุมด้วยแล้ว โ'
    'ดยมีสาระสําคัญ เช่น'
)


def test_a_cabinets_approval_after_the_meeting_adopted_the_paper_leaves_it_adopted():
    found = agreements_with_status(ADOPTED_BEFORE, "วันอังคารที่ 29 ตุลาคม 2567")
    assert [(a.kind, a.status) for a in found] == [("declaration", "signed")]


# --- the twenty-sixth session's precision reading (seed 20261127) ----------------------------------------


def test_a_title_ends_before_a_proviso_a_view_and_what_the_paper_counts_as():
    # สรุปข่าวการประชุม ครม. 2019-08-20 (news 22365), 2024-04-02 (news 81226) and ด้านเศรษฐกิจ 2019-01-30 (news 18467),
    # as the precision reading found them run on
    text = ("คณะรัฐมนตรีมีมติเห็นชอบในหลักการต่อร่างปฏิญญารัฐมนตรีความมั่นคงอาหารเอเปค ครั้งที่\xa05\xa0และหากมีความจำเป็น"
            "ต้องปรับปรุงแก้ไขที่ไม่ใช่สาระสำคัญ")
    assert [i.title for i in find_instruments(text)] == ["ปฏิญญารัฐมนตรีความมั่นคงอาหารเอเปค ครั้งที่ 5"]
    text = ("พิจารณาแล้วไม่มีข้อขัดข้องในสารัตถะและถ้อยคำของร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านสถานีวิจัยดวงจันทร์"
            "ระหว่างประเทศ ระหว่างกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งราชอาณาจักรไทย และสำนักงานบริหาร"
            "อวกาศแห่งชาติ และเห็นว่าไม่เป็นสนธิสัญญาตามกฎหมายระหว่างประเทศ")
    [title] = [i.title for i in find_instruments(text)]
    assert title.endswith("และสำนักงานบริหารอวกาศแห่งชาติ")
    text = ("ผ่านการลงนาม MOU จัดตั้ง “The Development of China-Thailand Digital Incubator” ขึ้นในประเทศไทย "
            "นับเป็นความก้าวหน้าของความสัมพันธ์ต่อเนื่องมาร่วม 4 ปี")
    assert [i.title for i in find_instruments(text)] == [
        "MOU จัดตั้ง “The Development of China-Thailand Digital Incubator” ขึ้นในประเทศไทย"]
    # ด้านความมั่นคง 2024-03-20 (news 80622): ``ที่ถือเป็น…``, with no ``ที่`` left hanging
    text = ("ที่ได้มาร่วมลงนามบันทึกข้อตกลงความร่วมมือ ที่ถือเป็นความสำเร็จอีกขั้นหนึ่งของการน้อมนำพระดำริ Sustainable "
            "Fashion")
    assert [i.title for i in find_instruments(text)] == ["บันทึกข้อตกลงความร่วมมือ"]


def test_the_agreements_concerned_are_agreements_in_general():
    # สรุปข่าวการประชุม ครม. 2024-02-20 (news 79227): a stock clause of a cabinet item on a declaration
    text = ("ตลอดจนเป็นไปตามพันธกรณีของไทยภายใต้ความตกลงระหว่างประเทศที่เกี่ยวข้องและเห็นว่าร่างปฏิญญาฯ "
            "ไม่มีถ้อยคำหรือบริบทใดที่มุ่งจะก่อให้เกิดพันธกรณี")
    assert not any(i.title.startswith("ความตกลง") for i in find_instruments(text))


def test_a_comma_inside_an_english_name_ends_no_title():
    # Cabinet Meeting Synopsis 2022-08-08 (news 57743): the MOU's English title, comma and all; a comma before a
    # lower-case word still ends it
    text = ("Title: Draft MOU between Thailand’s Ministry of Digital Economy and Society and Japan’s Ministry of Internal "
            "Affairs and Communications on Information, Communication and Digital Technology")
    [title] = [i.title for i in find_instruments(text)]
    assert title.endswith("on Information, Communication and Digital Technology")
    assert [i.title for i in find_instruments("signed the MOU on Digital Technology, which covers")] == [
        "MOU on Digital Technology"]


# ข่าวคณะโฆษก 2022-07-18 (news 56991): the cabinet approves the AMMW-4 joint statement, whose content the next
# paragraph gives (``สาระสำคัญของร่างถ้อยแถลงร่วมยังได้ยืนยันถึง…``)
_AMMW_TITLE = "ครม.ร่วมวงอาเซียนด้านสตรี หนุนเท่าเทียมระหว่างเพศ ใช้ดิจิทัลเสริมศักยภาพสตรีสู่ธุรกิจ"
_AMMW = (
    'นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยหลังการประชุมคณะรัฐมนตรี (ครม.) เมื่อวันที'
    '่ 18 กรกฎาคม 2565 ว่า ครม.เห็นชอบร่างถ้อยแถลงร่วมการประชุมรัฐมนตรีอาเซียนด้านสตรี ครั้งที่ 4 ตามที่ก'
    'ระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์เสนอ ซึ่งมีสาระสำคัญเป็นการยืนยันความมุ่งมั่นในการส่งเสริมค'
    'วามเสมอภาคระหว่างเพศและการเสริมพลังสตรีและเด็กหญิงในภูมิภาคอาเซียนตามวิสัยทัศน์ประชาคมอาเซียน ปี 256'
    '8 โดยตระหนักถึง 1) ผลกระทบด้านเพศภาวะในสถานการณ์การแพร่ระบาดของโรคโควิด-19 ต่อสตรีและเด็กหญิง 2) สถา'
    'นะของสตรีที่มีแนวโน้มอยู่ด้อยกว่าบุรุษ และกลุ่มสตรีที่อาศัยในชนบทที่ยากจน กลุ่มสตรีชาติพันธุ์ สตรีพิ'
    'การ สตรีย้ายถิ่นฐาน ต้องเผชิญกับความเสี่ยงที่จะถูกละทิ้งไว้ข้างหลัง และมุ่งให้ความสำคัญในการสร้างโอก'
    'าสการเข้าถึงของสตรีผ่านการปฏิวัติทางดิจิทัล เช่น\xa0 การส่งเสริมผู้ประกอบการสตรีดิจิทัลและการสร้างความเ'
    'ข้มแข็งในการแข่งขันทางดิจิทัลเพื่อให้สตรีของอาเซียนปรับตัว พัฒนา และประสบความสำเร็จภายหลังจากการแพร่'
    'ระบาดของโรคโควิด-19 ในภูมิภาคอาเซียน\nมากไปกว่านั้น สาระสำคัญของร่างถ้อยแถลงร่วมยังได้ยืนยันถึงการส่ง'
    'เสริมสตรีใน 2 ด้าน ประกอบด้วย 1) ส่งเสริมสตรีในเศรษฐกิจดิจิทัล ผ่านการปรับปรุงการเข้าถึงการสนับสนุนแ'
    'ละข้อมูลด้านการเงิน การฝึกอบอรม เสริมสร้างศักยภาพ โอกาสด้านการตลาดและความเชื่อมโยงนโยบายอื่น ๆ 2) กา'
    'รมีส่วนร่วมของสตรีในกระบวนการตัดสินใจและการกำหนดนโยบาย โดยรับฟังเสียงและความต้องการของสตรี เพื่อประก'
    'ันว่าการดำเนินนโยบายและแผนงานมีมุมมองมิติเพศภาวะ ทั้งนี้ กระทรวงการพัฒนาสังคมฯ จะแจ้งผลการรับรองร่าง'
    'ถ้อยแถลงร่วมฯ ไปยังสำนักเลขาธิการอาเซียนต่อไป'
)


def test_a_title_ends_before_what_the_paper_goes_on_to_do_and_its_name_counts_as_one():
    # the second mention (``ร่างถ้อยแถลงร่วมยังได้ยืนยัน…``) is the same paper, not a fragment of its own
    [statement] = agreements_with_status(_AMMW, "วันจันทร์ที่ 18 กรกฎาคม 2565", _AMMW_TITLE)
    assert statement.title == "ถ้อยแถลงร่วมการประชุมรัฐมนตรีอาเซียนด้านสตรี ครั้งที่ 4"
    assert "digital-economy" in statement.fields
    # สรุปข่าวการประชุม ครม. 2025-05-06 (news 96125): a statement and its papers, then what they count as
    text = ("ร่างแถลงการณ์รัฐมนตรีการค้าเอเปคประจำปี 2568 และเอกสารที่เกี่ยวข้องดังกล่าวถือเป็นผลลัพธ์สำคัญของการประชุม "
            "ซึ่งจะเป็นการส่งสัญญาณถึงความร่วมมือทางการค้าการลงทุนในภูมิภาคเอเชีย -แปซิฟิก")
    assert [i.title for i in find_instruments(text)] == ["แถลงการณ์รัฐมนตรีการค้าเอเปคประจำปี 2568 และเอกสารที่เกี่ยวข้องดังกล่าว"]


# สรุปข่าวการประชุม ครม. 2024-10-29 (news 89642): an item that puts the signing of the Artemis Accords forward, and the
# cabinet's approval under it
_ARTEMIS = (
    '19. เรื่อง การลงนามข้อตกลงอาร์เทมิส (Artemis Accords) ระหว่างสหรัฐอเมริกากับประเทศไทย\nคณะรัฐมนตรีมีม'
    'ติเห็นชอบตามที่กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.)\xa0 เสนอ ดังนี้\n1. เห็นชอบข้อตกลง'
    ' Artemis Accords) ระหว่างสหรัฐอเมริกากับประเทศไทย\xa0 (ข้อตกลงฯ)\n2. เห็นชอบการลงนามข้อตกลงฯ โดยให้ผู้อํ'
    'านวยการสํานักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศเป็นผู้ลงนามในข้อตกลงฯ และมอบหมายให้กระทรวงการต่าง'
    'ประเทศ (กต.) จัดทําหนังสือมอบอํานาจเต็ม (Full Powers) ให้แก่ผู้ลงนาม'
)
# สรุปข่าวการประชุม ครม. 2021-06-08 (news 42526): an item whose signing the cabinet acknowledges as done
_CIFS = (
    '23. เรื่อง การลงนามบันทึกความเข้าใจระหว่างสถาบันนิติวิทยาศาสตร์ กระทรวงยุติธรรมแห่งราชอาณาจักรไทย แล'
    'ะสถาบันนิติวิทยาศาสตร์ กระทรวงความมั่นคงสาธารณะ สาธารณรัฐประชาชนจีน เพื่อแลกเปลี่ยนความรู้ทางวิชาการ'
    'และความร่วมมือทางนิติวิทยาศาสตร์\nคณะรัฐมนตรีรับทราบการลงนามบันทึกความเข้าใจระหว่างสถาบันนิติวิทยาศาส'
    'ตร์ กระทรวงยุติธรรมแห่งราชอาณาจักรไทย และสถาบันนิติวิทยาศาสตร์ กระทรวงความมั่นคงสาธารณะ สาธารณรัฐประ'
    'ชาชนจีน เพื่อแลกเปลี่ยนความรู้ทางวิชาการและความ่รวมมือทางนิติวิทยาศาสตร์ ตามที่กระทรวงยุติธรรม (ยธ.)'
    ' เสนอ'
)


def test_a_signing_a_cabinet_item_puts_forward_and_approves_is_approved():
    [accords] = agreements_with_status(_ARTEMIS, "วันอังคารที่ 29 ตุลาคม 2567", "สรุปข่าวการประชุม ครม. 29 ตุลาคม 2567")
    assert (accords.status, accords.title) == ("approved", "ข้อตกลงอาร์เทมิส (Artemis Accords) ระหว่างสหรัฐอเมริกากับประเทศไทย")
    [mou] = agreements_with_status(_CIFS, "วันอังคารที่ 8 มิถุนายน 2564", "สรุปข่าวการประชุมคณะรัฐมนตรี 8 มิถุนายน 2564")
    assert mou.status == "signed"


# Government News 2024-05-01 (news 82421): the PM's keynote at Microsoft's AI day recalls the MoU signed "last November"
# (the release's first line as its title: the Thai a release needs)
_MICROSOFT_TITLE = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-PM’s keynote remarks at “Microsoft Build AI Day Event”"
_MICROSOFT_LEAD = (
    'May 1, 2024, at 0940hrs, at the Plenary Hall 3, Queen Sirikit National Convention Center, Prime Mini'
    'ster Srettha Thavisin delivered keynote remarks at the “Microsoft Build AI Day Event”. Government Sp'
    'okesperson Chai Wacharonke disclosed gist of the remarks as follows:'
)
_MICROSOFT = (
    'The Prime Minister was delighted to learn that Thailand’s commitment to propel the nation into a new'
    ' chapter aligns with Microsoft’s own vision. Last November, the Thai Government and Microsoft signed'
    ' an MoU to pursue a vision of a Cloud-first, AI-powered Thailand. This partnership will strengthen t'
    'he country’s economic competitiveness, and enhance digital capability. This MoU is an expression of '
    'commitment and promise from both sides to pursue this goal in Thailand together.'
)


def test_a_signing_an_english_release_dates_last_month_or_year_has_no_day():
    body = f"{_MICROSOFT_LEAD}\n{_MICROSOFT}"
    mou = _one(body, _MICROSOFT_TITLE, "วันพุธที่ 1 พฤษภาคม 2567")
    assert (mou.status, mou.signing_date) == ("signed", None)
    told_as_news = body.replace("Last November, the", "Today, the")
    assert _one(told_as_news, _MICROSOFT_TITLE, "วันพุธที่ 1 พฤษภาคม 2567").signing_date == date(2024, 5, 1)


def test_a_title_ends_before_a_new_predicate_after_a_space():
    # ทัน LINE ไทยคู่ฟ้า 2023-11-15 (news 74781): what the MOU is to do, told after it
    text = ("- Google ลงนาม MOU กับ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เพิ่มขีดความสามารถในการแข่งขันทางดิจิทัล "
            "และพิจารณาไทยเป็นสถานที่ตั้งศูนย์ข้อมูล (Data Center)")
    ministry = text.index("กระทรวงดิจิทัล"), text.index(" เพิ่มขีด")     # (a name no title ends inside)
    assert [i.title for i in find_instruments(text, protected=[ministry])] == ["MOU กับ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]
    # ข่าวคณะโฆษก 2023-02-28 (news 65563): the FTAs Thailand has, then the new one (``ส่วนการจัดทำ…``)
    text = ("ปัจจุบันไทยมีความตกลงการค้าเสรี หรือ FTA กับ 18 ประเทศ รวม 14 ฉบับ ส่วนการจัดทำความตกลงฉบับนี้ ถือเป็น FTA "
            "ฉบับแรกที่ไทยทำกับประเทศตะวันออกกลาง")
    assert find_instruments(text)[0].title == "ความตกลงการค้าเสรี หรือ FTA กับ 18 ประเทศ รวม 14 ฉบับ"


# --- the day a spokesperson tells of signings is not theirs (twenty-ninth session) ----------------------

#: ข่าวคณะโฆษก 2022-06-19 (news 55860): the spokesman tells today of the EEC's recent signings with foreign firms
_EEC_LEAD = ("วันนี้ 19 มิ.ย. 65  นายธนกร วังบุญคงชนะ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า พลเอก ประยุทธ์ จันทร์โอชา "
             "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม รับทราบและยินดีกับความร่วมมือของสำนักงานคณะกรรมการนโยบายเขต"
             "พัฒนาพิเศษภาคตะวันออก (สกพอ.) กับภาคเอกชนชั้นนำจากต่างประเทศ")
_LH_MOU = ("ด้านภาคเอกชนเกาหลีใต้ บริษัท Korea Land and Housing Corporation ได้ร่วมกับการนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.) "
           "ลงนามบันทึกข้อตกลงความร่วมมือการพัฒนานิคมอุตสาหกรรมอัจฉริยะ (Smart Industrial Estate) ยกระดับนิคมอุตสาหกรรม"
           "สู่การเป็นเมืองอุตสาหกรรมเชิงนิเวศ")


def test_a_signing_a_spokesperson_tells_of_on_the_leads_day_has_no_day():
    day = "วันอาทิตย์ที่ 19 มิถุนายน 2565"
    told = _one(f"{_EEC_LEAD}\n{_LH_MOU}", day=day)
    assert told.status == "signed" and told.signing_date is None
    # (the same lead with no spokesperson reports the signing as its day's news)
    lead = _EEC_LEAD.replace("นายธนกร วังบุญคงชนะ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ", "")
    assert _one(f"{lead}\n{_LH_MOU}", day=day).signing_date == date(2022, 6, 19)
