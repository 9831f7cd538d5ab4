"""Instruments a release mentions rather than reports: made earlier, worked under, talked about.

Real passages from the thaigov archive, through the whole pipeline.
"""

from __future__ import annotations

from extractors.pipeline import extract
from extractors.records import ActorRef
from extractors.release import parse_release
from snippets import agreements_with_status as _agreements, read_passage as _extract


def test_an_mou_both_sides_agreed_to_make_is_planned():
    # ด้านสังคม 2017-04-03 (news 2850)
    [a] = _agreements("นอกจากนี้ยังได้เห็นพ้องต้องกันถึงการกระชับความสัมพันธ์ด้านดิจิทัลระหว่างไทยและฟินแลนด์ "
                      "โดยการจัดทำบันทึกความเข้าใจด้านดิจิทัลระหว่างหน่วยงานที่เกี่ยวข้องของทั้งสองฝ่าย รวมทั้งการจัดกิจกรรม"
                      "เพื่อเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียของทั้งสองฝ่ายได้พบปะ", "วันจันทร์ที่ 3 เมษายน 2560")
    assert (a.kind, a.status) == ("mou", "planned")
    assert {ActorRef("country", "TH"), ActorRef("country", "FI")} == set(a.parties)


def test_work_under_a_named_mou_means_the_mou_was_signed_before():
    # ด้านสังคม 2018-05-22 (news 12436): the meeting is dated, the MOU is not
    [a] = _agreements("การประชุมระดับภูมิภาคเอเชียและแปซิฟิกจะจัดขึ้นในวันที่ 21 พฤษภาคม 2561 ทั้งนี้ "
                      "การจัดประชุมดังกล่าวเป็นหนึ่งในกิจกรรมภายใต้ MOU ระหว่างกระทรวงดิจิทัลฯ และ ITU เกี่ยวกับความร่วมมือในการส่งเสริม "
                      "Digital Thailand นอกจากนี้ยังมีประเด็นพิจารณาที่เกี่ยวข้องกับการดำเนินงานตามแผนยุทธศาสตร์ของกระทรวงดิจิทัลฯ "
                      "ในการส่งเสริมเศรษฐกิจดิจิทัล", "วันอังคารที่ 22 พฤษภาคม 2561")
    assert (a.kind, a.status, a.signing_date) == ("mou", "signed", None)
    assert a.title.endswith("Digital Thailand")            # not the next sentence
    assert {ActorRef("org", "mdes"), ActorRef("org", "itu")} <= set(a.parties)


def test_work_under_an_mou_named_in_english_means_it_was_signed():
    # ด้านเศรษฐกิจ 2022-03-16 (news 52604)
    found = _agreements("นายวันชัย พนมชัย อธิบดีกรมโรงงานอุตสาหกรรม กล่าวว่า กรมโรงงานอุตสาหกรรม (กรอ.) ขานรับนโยบาย "
                        "โดยเร่งส่งเสริมการใช้เทคโนโลยีดิจิทัลในโรงงานอุตสาหกรรมภายใต้บันทึกความร่วมมือทางวิชาการ (MOC) "
                        "Strengthening the Smart Industrial Safety in Thailand และได้จัดให้มีการประชุมหารือระหว่างผู้บริหารของ กรอ. "
                        "และ METI", "วันพุธที่ 16 มีนาคม 2565")
    assert [(a.kind, a.status) for a in found] == [("mou", "signed")]


def test_a_title_that_says_who_signed_it_and_what_the_talks_build_on_it():
    # ข่าวนายกรัฐมนตรี 2024-11-15 (news 90248)
    [a] = _agreements("โอกาสนี้ นายกรัฐมนตรีและนาย Karan Bhatia เห็นพ้องถึงความร่วมมือระหว่างกันในด้านต่าง ๆ อาทิ "
                      "การพัฒนาระบบนิเวศเศรษฐกิจดิจิทัล และพัฒนาโครงสร้างพื้นฐานด้านคลาวด์และ AI การเสริมทักษะด้านดิจิทัล/AI "
                      "ให้กับคนไทย ต่อยอดจากบันทึกความเข้าใจ (MoU) ที่ Google ได้ลงนามกับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                      "เมื่อปี 2566 โดยเฉพาะการส่งเสริมความร่วมมือด้านความมั่นคงปลอดภัยทางไซเบอร์", "วันศุกร์ที่ 15 พฤศจิกายน 2567")
    assert (a.kind, a.status, a.signing_date) == ("mou", "signed", None)
    assert {"digital-economy", "cloud", "ai", "digital-skills", "cybersecurity"} <= set(a.fields)


def test_talks_on_the_progress_or_readiness_of_making_one_are_plans():
    # ด้านสังคม 2025-05-15 (news 96431) and ด้านเศรษฐกิจ 2023-08-21 (news 71528)
    [a] = _agreements("โดยทั้งสองฝ่ายได้ร่วมกันหารือเกี่ยวกับความคืบหน้าในการจัดทำบันทึกความเข้าใจ (MoU) ระหว่างกระทรวงพัฒนาดิจิทัล "
                      "โทรคมนาคมและการสื่อสารมวลชนของรัสเซีย กับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทย ว่าด้วยเรื่องความร่วมมือ"
                      "ด้านการสื่อสารและเทคโนโลยีสารสนเทศ", "วันพฤหัสบดีที่ 15 พฤษภาคม 2568")
    assert (a.status, set(a.parties)) == ("planned", {ActorRef("org", "mincifry_ru"), ActorRef("org", "mdes")})
    assert "ict" in a.fields
    [b] = _agreements("โดยได้หารือแลกเปลี่ยนความคิดเห็น องค์ความรู้ และนโยบายในประเด็นด้านการพัฒนาเศรษฐกิจดิจิทัล ตลอดจน"
                      "ความพร้อมในการเข้าร่วมการจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (ASEAN Digital Economy Framework "
                      "Agreement: DEFA)", "วันจันทร์ที่ 21 สิงหาคม 2566")
    assert (b.kind, b.status, b.parties) == ("agreement", "planned", (ActorRef("org", "asean"),))


def test_an_mou_a_body_has_made_is_signed():
    # ข่าวทำเนียบรัฐบาล 2025-03-27 (news 94745)
    [a] = _agreements("ดร. นลินี เผยเพิ่มเติมว่า MITACS ได้มีการจัดทำบันทึกความเข้าใจ (MOU) ระหว่าง MITACS กับที่ประชุมอธิการบดี"
                      "แห่งประเทศไทย (Council of University Presidents of Thailand) ซึ่งจะเป็นกลไกสำคัญในการเปิดโอกาสให้นักวิจัย",
                      "วันพฤหัสบดีที่ 27 มีนาคม 2568")
    assert (a.status, set(a.parties)) == ("signed", {ActorRef("org", "mitacs_ca"), ActorRef("org", "cupt")})


def test_an_mou_between_each_other_is_between_the_two_sides_of_the_talks():
    # ด้านสังคม 2024-05-31 (news 83744): Singapore's ministry is named with its English post in brackets;
    # ASEAN is a framework the talks look to, not a side
    [a] = _agreements("เมื่อวันที่ 30 พฤษภาคม 2567 ศาสตราจารย์พิเศษ วิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) "
                      "หารือทวิภาคีร่วมกับ Mr. Joseph Leong ปลัดกระทรวงการสื่อสารและสารสนเทศ (Minister for Communications and "
                      "Information) แห่งสาธารณรัฐสิงคโปร์ โดยทั้งสองฝ่ายได้แสดงเจตนารมณ์ในการร่วมมือต่อต้านการหลอกลวงออนไลน์ "
                      "โดยเริ่มต้นความร่วมมือในระดับทวิภาคีเพื่อสร้างแนวปฏิบัติและตัวอย่างที่ดี ก่อนขยายผลสู่กรอบอาเซียนต่อไป นอกจากนี้ "
                      "ยังได้หารือเร่งรัดการจัดทำบันทึกความเข้าใจฉบับใหม่ระหว่างกันเพื่อต่อยอดความร่วมมือเดิม เช่น AI และ Cybersecurity",
                      "วันศุกร์ที่ 31 พฤษภาคม 2567")
    assert a.status == "planned"
    assert ActorRef("org", "mdes") in a.parties and ActorRef("country", "SG") in a.parties
    assert ActorRef("org", "asean") not in a.parties


def test_an_mou_between_each_other_at_government_level_is_between_the_countries():
    # ด้านสังคม 2018-04-03 (news 11322)
    [a] = _agreements("ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) ให้การต้อนรับ นายภควันต สิงห พิศโนอี "
                      "เอกอัครราชทูตสาธารณรัฐอินเดียประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ โดยในระดับรัฐบาลทั้งสองฝ่ายอยู่ระหว่างการจัดทำ"
                      "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัลระหว่างกัน เพื่อเป็นการกระชับความสัมพันธ์", "วันอังคารที่ 3 เมษายน 2561")
    assert ActorRef("country", "IN") in a.parties and all(p.kind == "country" for p in a.parties)


def test_an_instrument_in_an_inline_list_ends_at_the_next_item():
    # ข่าวคณะโฆษก 2023-01-18 (news 63866): item 4's research is not the FTA's
    found = _agreements("1.เศรษฐกิจ อาทิ 1)ทั้งสองฝ่ายพร้อมเจรจาความตกลงการค้าเสรีระหว่างไทยกับตุรกี 2)ส่งเสริมการแลกเปลี่ยนคณะนักธุรกิจ "
                        "3)ส่งเสริมความร่วมมือระหว่างสถาบันทางการเงิน 4)ร่วมมือด้านการลงทุนและการวิจัยและพัฒนาระหว่างหน่วยงานทั้งสองประเทศ",
                        "วันพุธที่ 18 มกราคม 2566")
    assert [(a.title, a.fields) for a in found] == [("ความตกลงการค้าเสรีระหว่างไทยกับตุรกี", ())]


def test_a_foreign_companys_thai_arm_has_the_parents_country():
    # ด้านเศรษฐกิจ 2021-12-08 (news 49223)
    body = ("ได้ร่วมลงนามบันทึกความเข้าใจ (MOU) ว่าด้วยความร่วมมือในการยกระดับขีดความสามารถในการแข่งขันภาคอุตสาหกรรมและการพัฒนา"
            "อุตสาหกรรมไทยเข้าสู่อุตสาหกรรม 4.0 ระหว่างกระทรวงอุตสาหกรรม และบริษัท เวสเทิร์น ดิจิตอล สตอเรจ เทคโนโลยีส์ (ประเทศไทย) จำกัด")
    x = _extract(body, "วันพุธที่ 8 ธันวาคม 2564")
    arm = next(o for o in x.organisations if o.label.startswith("บริษัท เวสเทิร์น"))
    assert arm.country == "US"
    [a] = x.agreements
    assert ActorRef("org", arm.key) in a.parties


def test_a_declaration_listed_with_an_action_plan_ends_before_the_plan():
    # ด้านสังคม 2022-01-29 (news 51026)
    [a] = _agreements("ทั้งนี้ เอกสารผลลัพธ์สำคัญในการประชุม ADGMIN ครั้งที่ 2 นี้ ได้แก่ ปฏิญญาเนปิดอว์ และแผนปฏิบัติการว่าด้วยการดำเนินงาน"
                      "หุ้นส่วนความร่วมมือระหว่างอาเซียน – จีน ด้านเศรษฐกิจดิจิทัล ปี ค.ศ. 2021 – 2025", "วันเสาร์ที่ 29 มกราคม 2565")
    assert (a.kind, a.title) == ("declaration", "ปฏิญญาเนปิดอว์")


def test_an_update_of_an_mou_given_as_digital_cooperation_is_a_digital_plan():
    # ด้านสังคม 2019-09-27 (news 23450): the update is planned, its area the cooperation it instances
    [a] = _agreements("โดย รมว.กระทรวงดิจิทัลฯ และเอกอัครราชทูตสาธารณรัฐสิงคโปร์ฯ ได้ร่วมหารือเกี่ยวกับแนวทางในการสร้างความร่วมมือ"
                      "ด้านดิจิทัลระหว่างกัน ได้แก่ การปรับปรุงบันทึกความเข้าใจระหว่างกระทรวงดิจิทัลฯ กับกระทรวงการสื่อสารและสารสนเทศ"
                      "แห่งสาธารณรัฐสิงคโปร์ ให้มีความเป็นปัจจุบันเพื่อส่งเสริมความร่วมมือระหว่างกัน", "วันศุกร์ที่ 27 กันยายน 2562")
    assert (a.kind, a.status, a.fields) == ("mou", "planned", ("policy",))
    assert {ActorRef("org", "mdes"), ActorRef("org", "mci_sg")} == set(a.parties)


def test_a_cabinet_allowing_changes_if_need_be_plans_no_update():
    # สรุปข่าวการประชุม ครม. 2022-08-30 (news 58635): the boilerplate after an approval
    found = _agreements("คณะรัฐมนตรีมีมติเห็นชอบต่อร่างบันทึกความเข้าใจว่าด้วยการจัดตั้งคณะกรรมการร่วมทางการค้าระหว่างกระทรวงพาณิชย์"
                        "แห่งราชอาณาจักรไทยกับกระทรวงการต่างประเทศแห่งมองโกเลีย ทั้งนี้ หากมีความจำเป็นต้องปรับปรุงแก้ไขบันทึกความเข้าใจ"
                        "ดังกล่าว ในส่วนที่ไม่ใช่สาระสำคัญหรือไม่ขัดข้องต่อผลประโยชน์ของไทยให้กระทรวงพาณิชย์ (พณ.) สามารถดำเนินการได้"
                        "โดยไม่ต้องนำเสนอคณะรัฐมนตรีพิจารณาอีก", "วันอังคารที่ 30 สิงหาคม 2565")
    assert [a.status for a in found] == ["approved"]


def test_a_joint_vision_statement_a_policy_is_in_line_with_is_in_force():
    # ข่าวทำเนียบรัฐบาล 2019-11-26 (news 24821)
    [a] = _agreements("ความร่วมมือด้านสตาร์ทอัพระหว่างอาเซียนกับสาธารณรัฐเกาหลีเป็นเรื่องที่ทั้งสองฝ่ายควรให้ความสำคัญอย่างต่อเนื่องต่อไป "
                      "เนื่องจากสอดคล้องกับนโยบายของทั้งสองฝ่าย และสอดคล้องกับถ้อยแถลงวิสัยทัศน์ร่วมอาเซียน-สาธารณรัฐเกาหลี "
                      "เพื่อสันติภาพ ความเจริญรุ่งเรือง และความเป็นหุ้นส่วน", "วันอังคารที่ 26 พฤศจิกายน 2562")
    assert (a.kind, a.status, a.signing_date) == ("declaration", "signed", None)
    assert {ActorRef("org", "asean"), ActorRef("country", "KR")} == set(a.parties)


def test_talks_on_carrying_out_an_mou_give_it_their_areas_and_its_english_name_runs_over_nested_brackets():
    # ด้านกฎหมายฯ 2023-02-16 (news 65050): the title says what the talks are about
    release = parse_release(
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-รองปลัดกระทรวงยุติธรรม หารือทวิภาคีร่วมกับกระทรวงยุติธรรมญี่ปุ่น เรื่อง แนวทางการดำเนินงาน"
        "ตามบันทึกข้อตกลงความร่วมมือระหว่างกระทรวงยุติธรรมไทยกับญี่ปุ่น\n\nวันพฤหัสบดีที่ 16 กุมภาพันธ์ 2566\n"
        "พันตำรวจโท ประวุธ วงศ์สีนิล รองปลัดกระทรวงยุติธรรม ได้เข้าร่วมหารือทวิภาคีร่วมกับ นางสาวโนริโกะ ชิบาตะ (Ms. Noriko Shibata) "
        "ผู้ช่วยปลัดกระทรวงยุติธรรม กระทรวงยุติธรรมญี่ปุ่น เกี่ยวกับแนวทางการขับเคลื่อนบันทึกข้อตกลงความร่วมมือระหว่างกระทรวงยุติธรรมไทย"
        "กับกระทรวงยุติธรรมญี่ปุ่น ในสาขากฎหมายและการบริหารงานยุติธรรม (Memorandum of Cooperation (MOC) between the Ministry of "
        "Justice of Japan and the Ministry of Justice of the Kingdom of Thailand in the Field of Legal and Justice Administration) "
        "ซึ่งได้ลงนามโดยรัฐมนตรีว่าการกระทรวงยุติธรรมของทั้งสองประเทศ เมื่อวันที่ ๑๓ ธันวาคม ๒๕๖๒\n"
        "ในโอกาสนี้ รองปลัดกระทรวงยุติธรรม ได้เสนอให้ทั้งสองฝ่ายพิจารณาแนวทางการส่งเสริมความร่วมมือในด้านการป้องกันอาชญากรรม "
        "โดยเฉพาะอย่างยิ่ง ความมั่นคงทางไซเบอร์ (cybersecurity) และการฟอกเงิน (money laundering) ผ่านสกุลเงินดิจิทัล เป็นต้น "
        "โดยฝ่ายญี่ปุ่นเห็นพ้องว่า การสืบพยานหลักฐานทางอิเล็กทรอนิกส์ เป็นเรื่องที่มีความท้าทายและประเด็นสำคัญในการป้องกันปราบปราม"
        "อาชญากรรมไซเบอร์ (cybercrime)\n", "news-65050.txt")
    [a] = [a for a in extract(release, keep_all=True).agreements if a.status]
    assert (a.kind, a.status, str(a.signing_date)) == ("mou", "signed", "2019-12-13")
    assert {"cybersecurity", "online-scam"} <= set(a.fields)
    assert a.title.endswith("Legal and Justice Administration)")


def test_talks_to_make_an_mou_are_a_plan():
    # ด้านสังคม 2022-02-11 (news 51472)
    [a] = _agreements("นายเอกสิทธิ์ฯ เลขา รมว.ดิจิทัลฯ กล่าวว่า ได้รับมอบหมายจาก นายชัยวุฒิ ธนาคมานุสรณ์ รมว.กระทรวงดิจิทัล ฯ "
                      "ให้เดินทางมาปรึกษาหารือ ทำ MOU ร่วมกันระหว่าง 2 กระทรวง คือ กระทรวงดิจิทัล เพื่อเศรษฐกิจและสังคม ของประเทศไทย "
                      "และกระทรวงไปรษณีย์โทรเลขและการสื่อสาร ประเทศกัมพูชา ประสานความมือในการให้ข้อมูลสนับสนุนการปราบปรามแก๊งคอลเซ็นเตอร์ "
                      "และ Hybrid Scam", "วันศุกร์ที่ 11 กุมภาพันธ์ 2565")
    assert (a.kind, a.status, a.fields) == ("mou", "planned", ("online-scam",))
    assert ActorRef("org", "mdes") in a.parties and ActorRef("country", "KH") in a.parties


def test_an_mou_a_committee_drives_was_signed_before_the_meeting():
    # ด้านเศรษฐกิจ 2024-03-11 (news 80142, heldout25 018): the committee meets on the release's day; the MOC it drives
    # was signed before, and its joint work (ITS among it) is what the release reports of it
    title = ("นายสรพงศ์ ไพฑูรย์พงษ์ รองปลัดกระทรวงคมนาคม "
             "ประชุมคณะกรรมการขับเคลื่อนบันทึกความร่วมมือระหว่างกระทรวงคมนาคม "
             "และกระทรวงที่ดินโครงสร้างพื้นฐานการขนส่ง และการท่องเที่ยวญี่ปุ่น")
    body = ("นายสรพงศ์ ไพฑูรย์พงษ์ รองปลัดกระทรวงคมนาคม "
            "ประชุมคณะกรรมการขับเคลื่อนบันทึกความร่วมมือระหว่างกระทรวงคมนาคม "
            "และกระทรวงที่ดินโครงสร้างพื้นฐานการขนส่ง และการท่องเที่ยวญี่ปุ่น (MLIT)\xa0 "
            "ด้านแผนงานนโยบายและเทคโนโลยีการจราจร (MOC between MOT and MLIT on the Policy Planning and "
            "Technologies of Road Traffic) โดยมี ผู้แทนระดับผู้อำนวยการกองจากกรมนโยบาย MLIT "
            "ในฐานะหัวหน้าคณะผู้แทนญี่ปุ่น พร้อมด้วยผู้แทนกรมการขนส่งทางบก กรมทางหลวง กรมทางหลวงชนบท "
            "สำนักงานนโยบายและแผนการขนส่งและจราจร การทางพิเศษแห่งประเทศไทย เข้าร่วมประชุม เมื่อวันที่ 11 มีนาคม "
            "2567 ณ ห้องประชุมกระทรวงคมนาคม และระบบประชุมทางไกล"
            "\n"
            "นายสรพงศ์ ไพฑูรย์พงษ์ กล่าวว่า ที่ประชุมได้มีการรายงานความก้าวหน้าในการดำเนินงานที่ผ่านมา "
            "รับฟังอุปสรรคและความท้าทายของคณะทำงานกลุ่มย่อย "
            "และหารือแลกเปลี่ยนองค์ความรู้ถึงทิศทางในการในการนำเทคโนโลยีการจราจรญี่ปุ่นมาประยุกต์ใช้ "
            "เพื่อยกระดับความปลอดภัยในการเดินทางถนนของประเทศไทย "
            "โดยกระทรวงคมนาคมมีความยินดีที่ได้มีความร่วมมือกับ MLIT "
            "ในการพัฒนาเทคโนโลยีในการก่อสร้างถนนร่วมกับญี่ปุ่น ซึ่งมีการดำเนินงานร่วมกันอย่างดีในช่วงที่ผ่านมา "
            "ประกอบด้วย 1. Tunneling Technology เทคโนโลยีการขุดอุโมงค์ "
            "เป็นกระบวนการที่ใช้เทคโนโลยีและเครื่องมือพิเศษเพื่อขุดเจาะทางเข้าอุโมงค์ในที่ดินหรือหินใต้ดินสำหรับการก่อสร้างเส้นทางขนส่งหรือสายท่อต่าง "
            "ๆ ร่วมกับการทางพิเศษแห่งประเทศไทย โครงการ N1 tunnel project นราธิวาส – สำโรง 2. Operation and "
            "Maintenance Technology เทคโนโลยีในการดำเนินการและบำรุงรักษาสิ่งของหรืออุปกรณ์ต่าง ๆ "
            "เพื่อให้สามารถทำงานได้อย่างมีประสิทธิภาพและประสิทธิผลตามเป้าหมาย ร่วมกับกรมทางหลวงชนบท และ 3. "
            "Intelligent Transportation Systems : ITS Technology "
            "เทคโนโลยีที่ใช้ในการจัดการและปรับปรุงระบบการขนส่งทางถนนอย่างมีประสิทธิภาพ "
            "โดยใช้เทคโนโลยีสารสนเทศและการสื่อสาร เช่น ระบบควบคุมการจราจรอัจฉริยะ และระบบเช็คสภาพถนน "
            "ร่วมกับกรมทางหลวง")
    [a] = _agreements(body, "วันจันทร์ที่ 11 มีนาคม 2567", title)
    assert (a.kind, a.status, a.signing_date) == ("mou", "signed", None)
    assert {ActorRef("org", "mot"), ActorRef("org", "mlit_jp")} <= set(a.parties)
    assert "smart-city" in a.fields
