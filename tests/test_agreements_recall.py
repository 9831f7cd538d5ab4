"""Instruments beyond MOUs: real sentences from the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from extractors.records import ActorRef

from snippets import agreements_with_status, read_passage


_extract = read_passage
_agreements = agreements_with_status


def test_record_of_discussions_is_an_agreement():
    # ด้านสังคม 2023-02-17 (news 65117): JICA's บันทึกการสนทนา (Record of Discussions)
    [a] = _agreements("นางสาวกัลยา ชินาธิวร รักษาการในตำแหน่งที่ปรึกษาด้านต่างประเทศ เป็นตัวแทนกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                      "(ดีอีเอส) ร่วมเป็นเกียรติในพิธีลงนามบันทึกการสนทนาสำหรับโครงการอาเซียน-ญี่ปุ่น เพื่อยกระดับการเสริมสร้างศักยภาพ"
                      "การรักษาความมั่นคงปลอดภัยไซเบอร์และบริการดิจิทัลที่เชื่อถือได้ ระหว่างสำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัย"
                      "ไซเบอร์แห่งชาติ (สกมช.) และองค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น (JICA)", "วันศุกร์ที่ 17 กุมภาพันธ์ 2566")
    assert (a.kind, a.status) == ("agreement", "signed")
    assert "cybersecurity" in a.fields


NEGOTIATIONS = (  # ด้านสังคม 2024-03-15 (news 80356)
    "ทั้งนี้ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังมคม ได้เข้าร่วมการเจรจาความตกลงเขตการค้าเสรีในประเด็นเศรษฐกิจดิจิทัล / "
    "การค้าดิจิทัล เพื่อรองรับนโยบาย การเป็น Digital Economy Hub  โดยมีความตกลงที่จะแล้วเสร็จในปี 2567 ได้แก่\n"
    "1. ความตกลงเขตการค้าเสรีอาเซียน-ออสเตรเลีย-นิวซีแลนด์\n"
    "2. ความตกลงการค้าเสรี (FTA) ไทย-สมาคมการค้าเสรีแห่งยุโรป\n"
    "3. ความตกลงหุ้นส่วนทางเศรษฐกิจไทย-สหรัฐอาหรับเอมิเรตส์ (UAE)\n"
    "นอกจากนี้ ยังมีความตกลงที่อยู่ระหว่างการเจรจาและจะแล้วเสร็จในปี 2568 ได้แก่\n"
    "1. ความตกลงการค้าเสรีอาเซียน-จีน ด้านเศรษฐกิจดิจิทัล\n"
    "2. ความตกลงการค้าเสรีอาเซียน-แคนาดา และ\n"
    "3. ความตกลงเศรษฐกิจดิจิทัลอาเซียน\n"
    "ขณะเดียวกัน ยังมีความตกลงที่อยู่ระหว่างการขอเข้าร่วมการเจรจา ได้แก่ ความตกลงหุ้นส่วนด้านเศรษฐกิจดิจิทัล "
    "(Digital Economy Partnership Agreement: DEPA) ซึ่งเป็นสนธิสัญญาที่จะพัฒนาแนวทางการทำงานระหว่างประเทศในด้านการค้า")


def test_a_list_of_agreements_under_negotiation():
    found = _agreements(NEGOTIATIONS, "วันศุกร์ที่ 15 มีนาคม 2567")
    assert len(found) >= 6 and len({a.title for a in found}) == len(found)   # each item its own record
    assert any(a.title == "ความตกลงเศรษฐกิจดิจิทัลอาเซียน" for a in found)
    assert {a.status for a in found} == {"planned"}
    assert all({"digital-economy", "digital-trade"} <= set(a.fields) for a in found)   # the lists' intro
    assert {ActorRef("org", "asean"), ActorRef("country", "CN")} <= set(found[3].parties)
    assert all("ความตกลงที่" not in (a.title or "") for a in found)                     # the lists are none
    assert all(ActorRef("org", "depa") not in a.parties for a in found)                 # DEPA the agreement


def test_trade_talk_without_a_list_is_no_digital_agreement():
    # ข่าวคณะโฆษก 2023-02-21 (news 65053): FTA talks with nothing digital
    found = _agreements("โอกาสนี้ รองเลขาธิการนายกรัฐมนตรีฯ ยังกล่าวยืนยันถึงความพร้อมของไทยฟื้นการเจรจาความตกลงการค้าเสรี (FTA) "
                        "ไทย – สหภาพยุโรป ซึ่งในการประชุม ASEAN - EU Commemorative Summit ณ กรุงบรัสเซลส์ ไทยและสหภาพยุโรป"
                        "ได้บรรลุการเจรจาความตกลงว่าด้วยความเป็นหุ้นส่วนและความร่วมมือรอบด้าน (Partnership and Cooperation "
                        "Agreement: PCA)", "วันอังคารที่ 21 กุมภาพันธ์ 2566")
    assert all(not a.fields for a in found)


ADGMIN = (  # ข่าวคณะโฆษก 2023-03-21 (news 66419)
    "6. เอกสารผลลัพธ์สำคัญของการประชุม ADGMIN ครั้งที่ 3 ได้มีการรับรอง ให้ความเห็นชอบ และรับทราบเอกสาร จำนวน 6 ฉบับ ได้แก่ "
    "1.รับรองปฏิญญาดิจิทัลโบราไคย์ 2.เห็นชอบกรอบการดำเนินงานเพื่อส่งเสริมการเติบโตของวิสาหกิจเริ่มต้นด้านดิจิทัลในอาเซียน "
    "และ 6.รับทราบรายงานการศึกษาภูมิทัศน์ปัญญาประดิษฐ์ของอาเซียน ทั้งนี้ ร่างบันทึกความเข้าใจระหว่างรัฐบาลของประเทศสมาชิก"
    "ของสมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้ฯ ยังไม่มีการพิจารณาการลงนามเอกสารฉบับดังกล่าว เนื่องจาก ITU "
    "อยู่ระหว่างการพิจารณาร่างเอกสารดังกล่าว")


def test_declaration_of_a_ministers_meeting_is_the_blocs_and_an_unconsidered_draft_is_none():
    [a] = _agreements(ADGMIN, "วันอังคารที่ 21 มีนาคม 2566")
    assert (a.kind, a.status, a.title) == ("declaration", "signed", "ปฏิญญาดิจิทัลโบราไคย์")
    assert a.parties == (ActorRef("org", "asean"),)


def test_shortened_name_with_pointer_describes_the_declaration():
    # ข่าวคณะโฆษก 2022-10-25 (news 60837): '"ปฏิญญาอาเซียนฯ นี้ …' then its points 1.–9.
    [a] = _agreements("วันที่ 25 ตุลาคม 2565 น.ส. ทิพานัน กล่าวว่า ครม. มีมติเห็นชอบรับรองปฏิญญาอาเซียนว่าด้วยการเปลี่ยนแปลง"
                      "ทางดิจิทัลของระบบการศึกษาในอาเซียน (Declaration on the Digital Transformation of Education Systems in ASEAN)\n"
                      "\"ปฏิญญาอาเซียนฯ นี้ จะเป็นประโยชน์ต่อครู ผู้ฝึกอบรม นักการศึกษา นักเรียนและประชาชนไทย\n"
                      "โดยมีสาระสำคัญสรุปได้ดังนี้\n"
                      "1.  ให้ความสำคัญกับการเข้าถึงและการมีส่วนร่วมทางการศึกษาในทุกระดับ\n"
                      "8. พัฒนานโยบายที่คุ้มครองความเป็นส่วนตัวของข้อมูล วิธีการรวบรวมข้อมูล บันทึกและเข้ารหัสเพื่อคุ้มครองข้อมูล",
                      "วันอังคารที่ 25 ตุลาคม 2565")
    assert a.status == "approved"
    assert a.parties == (ActorRef("org", "asean"),)                  # not TH, an ASEAN member
    assert "data-governance" in a.fields


def test_subject_named_again_below_with_its_parts_gives_fields():
    # ด้านสังคม 2021-09-22 (news 46089): the MOU's subject, repeated two paragraphs below, lists its parts
    [a] = _agreements("นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี เป็นประธานพิธีลงนามบันทึกข้อตกลงความร่วมมือทางวิชาการ (MOU) "
                      "ว่าด้วย “การศึกษาและพัฒนาระบบ 5G Healthcare” ระหว่าง นายแพทย์สมศักดิ์ อรรฆศิลป์ อธิบดีกรมการแพทย์ "
                      "และนายเฉียน เหลียว รองประธานกรรมการ บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย) จำกัด\n"
                      "นายอนุทิน กล่าวว่า กระทรวงสาธารณสุขให้ความสำคัญกับการเพิ่มศักยภาพระบบบริการสุขภาพ\n"
                      "นายแพทย์สมศักดิ์ กล่าวว่า การศึกษาและพัฒนาระบบ 5G Healthcare ประกอบด้วย ระบบการแพทย์ทางไกล 5G "
                      "และรถพยาบาล 5G ภายใต้กรอบการวิเคราะห์ความเป็นไปได้ 5 ประเด็น ได้แก่ 1.งานบริการทางการแพทย์ "
                      "3. งานบริการด้านคลาวด์  สำหรับการประยุกต์ใช้ AI มาช่วยบุคลากรทางการแพทย์ทำงานอย่างมีประสิทธิภาพมากขึ้น",
                      "วันพุธที่ 22 กันยายน 2564")
    assert {"5g", "cloud", "ai"} <= set(a.fields)


def test_approved_declaration_takes_the_adoption_day_named_next():
    # ข่าวคณะโฆษก 2022-10-25 (news 60837): the cabinet approves; the summit adopts on 11 Nov
    [a] = _agreements("วันที่ 25 ตุลาคม 2565 น.ส. ทิพานัน กล่าวว่า ครม. มีมติเห็นชอบรับรองปฏิญญาอาเซียนว่าด้วยการเปลี่ยนแปลง"
                      "ทางดิจิทัลของระบบการศึกษาในอาเซียน (Declaration on the Digital Transformation of Education Systems in ASEAN)\n"
                      "หลังจากที่ครม.ให้ความเห็นชอบในวันนี้แล้ว กระทรวงศึกษาธิการจะได้มีหนังสือแจ้งการรับรองอย่างเป็นทางการถึง"
                      "สำนักเลขาธิการอาเซียน และนำเข้าสู่ที่ประชุมสุดยอดอาเซียน ครั้งที่ 40 และ 41 ในวันที่ 11 พ.ย. 65 "
                      "เพื่อพิจารณาและร่วมรับรองต่อไป", "วันอังคารที่ 25 ตุลาคม 2565")
    assert (a.status, str(a.signing_date)) == ("approved", "2022-11-11")


SIX_DOCUMENTS = (  # ข่าวทำเนียบรัฐบาล 2019-09-02 (news 22708), shortened: a counted list whose items go on over a line
    "นายกรัฐมนตรีและประธานาธิบดีสาธารฐเกาหลีได้ร่วมเป็นประธานในพิธีลงนามในบันทึกความเข้าใจและความตกลงระหว่างภาครัฐ "
    "จำนวน 6 ฉบับ ได้แก่\n"
    "2. บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษาภาษาเกาหลีระหว่างกระทรวงศึกษาธิการแห่งราชอาณาจักรไทยและ"
    "กระทรวงศึกษาธิการแห่งสาธารณรัฐเกาหลี บันทึกความเข้าใจนี้จะช่วยส่งเสริมความร่วมมือด้านการศึกษาภาษาเกาหลี\n"
    "ยู อึน-ฮเย รัฐมนตรีว่าการกระทรวงศึกษาธิการสาธารณรัฐเกาหลี เป็นผู้ลงนาม\n"
    "3. ความตกลงระหว่างรัฐบาลแห่งราชอาณาจักรไทยกับรัฐบาลแห่งสาธารณรัฐเกาหลีว่าด้วยการคุ้มครองข่าวสารทางทหารที่มีชั้นความลับร่วมกัน "
    "ความตกลงนี้จะช่วยส่งเสริมความร่วมมือด้านการป้องกันประเทศระหว่างไทยและเกาหลีใต้\n"
    "4. บันทึกความเข้าใจระหว่างกระทรวงการค้า อุตสาหกรรมและพลังงานแห่งสาธารณรัฐเกาหลีและกระทรวงอุตสาหกรรมแห่งราชอาณาจักรไทย "
    "เพื่อจัดทำความร่วมมืออุตสาหกรรม 4.0\n"
    "6. บันทึกความเข้าใจว่าด้วยความร่วมมือในสาขาการพัฒนาเมืองอัจฉริยะระหว่างกระทรวงดิจิทัล เพื่อเศรษฐกิจและสังคมของไทย "
    "และกระทรวงที่ดิน โครงสร้างพื้นฐาน และการขนส่งของสาธารณรัฐเกาหลี บันทึกความเข้าใจนี้จะช่วยสนับสนุนการพัฒนาเมืองอัจฉริยะ")


def test_items_of_a_counted_list_are_each_an_instrument_with_their_own_fields():
    found = _agreements(SIX_DOCUMENTS, "วันจันทร์ที่ 2 กันยายน 2562")
    assert len(found) == 4 and all(a.status == "signed" for a in found)
    by_start = sorted(found, key=lambda a: a.span.start)
    # "ความตกลงนี้จะ…" describes item 3, it is no fifth instrument; no item borrows the next one's fields
    assert [a.fields for a in by_start] == [(), (), ("digital-transformation",), ("smart-city",)]


def test_thai_spelt_mou_and_an_agreement_named_by_its_parties_are_one_instrument():
    # ด้านสังคม 2022-02-25 (news 51956): "เอ็มโอยู" in the lead, "ความร่วมมือข้อตกลงระหว่าง…" below
    found = _agreements("“ชัยวุฒิ” รมว.ดีอีเอส ร่วมพิธีเซ็นเอ็มโอยูการทำงานร่วมกันบนระบบคลาวด์ กับหัวเว่ย เทคโนโลยี่ (ประเทศไทย) "
                        "เล็งจัดตั้งศูนย์นวัตกรรมซอฟต์แวร์ร่วม\nนายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                        "(ดีอีเอส) กล่าวว่า วันนี้ (25 ก.พ. 65) ผมมอบหมายให้ นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                        "เป็นผู้ลงนามความร่วมมือข้อตกลงระหว่างกระทรวงดิจิทัลฯ และบริษัท หัวเว่ย เทคโนโลยี่ (ประเทศไทย) จำกัด "
                        "ว่าด้วยการทำงานร่วมกันบนระบบคลาวด์", "วันศุกร์ที่ 25 กุมภาพันธ์ 2565")
    assert len(found) == 1
    assert found[0].status == "signed" and "cloud" in found[0].fields


def test_international_agreements_in_general_are_no_instrument():
    assert not _agreements("ประเทศไทยปฏิบัติตามพันธกรณีที่มีต่อข้อตกลงระหว่างประเทศเกี่ยวกับประเด็นนิวเคลียร์ และได้ลงนามแล้ว",
                           "วันจันทร์ที่ 2 กันยายน 2562")


def test_a_leaders_statement_is_a_declaration():
    # ข่าวคณะโฆษก 2023-08-15: the drafts the cabinet sends to the 43rd ASEAN Summit
    found = _agreements("1.ร่างแถลงการณ์ผู้นำว่าด้วยการจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (Leaders’ Statement on the "
                        "Development of the ASEAN Digital Economy Framework Agreement : DEFA) เป็นเอกสารแสดงเจตนารมณ์ของ"
                        "ผู้นำอาเซียน เพื่อเริ่มการเจรจากรอบความตกลงเศรษฐกิจดิจิทัลอาเซียนอย่างเป็นทางการ",
                        "วันอังคารที่ 15 สิงหาคม 2566")
    statements = [a for a in found if (a.title or "").startswith("แถลงการณ์ผู้นำ")]
    assert statements and statements[0].kind == "declaration"
    assert ActorRef("org", "asean") in statements[0].parties


def test_a_signed_cooperation_between_named_parties_is_an_instrument():
    # ด้านเศรษฐกิจ 2017-05-26: no MOU word, only "พิธีลงนามความร่วมมือระหว่าง …"
    found = _agreements("พิธีลงนามความร่วมมือระหว่าง EEC สมาคมธนาคารไทย และธนาคาร ICBC  สนับสนุนนักลงทุนจีนมาลงทุนใน EEC",
                        "วันศุกร์ที่ 26 พฤษภาคม 2560")
    assert [(a.kind, a.status) for a in found] == [("mou", "signed")]
    # "ความร่วมมือ" that is not what is signed names no instrument
    assert not _agreements("ทั้งสองฝ่ายหารือความร่วมมือด้านการค้าระหว่างไทยกับจีน", "วันศุกร์ที่ 26 พฤษภาคม 2560")


ADGMIN5 = (  # ด้านสังคม 2025-01-18 (news 92518): the meeting's outcomes as a numbered list, then two MOUs in one sentence
    "3.เศรษฐกิจดิจิทัล : สนับสนุนการจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (DEFA) เพื่อเร่งรัดการเปลี่ยนผ่านสู่ดิจิทัล "
    "และเสริมสร้างความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ และการป้องกันการหลอกลวงออนไลน์\n"
    "4.ธรรมาภิบาลข้อมูลและปัญญาประดิษฐ์ : รับรองแผนปฏิบัติการสำหรับ Global CBPR และเอกสารธรรมาภิบาล AI ที่ครอบคลุมถึง "
    "Generative AI เพื่อส่งเสริมการพัฒนาปัญญาประดิษฐ์ในภูมิภาคอย่างรับผิดชอบ\n"
    "นายประเสริฐ กล่าวอีกว่า ในโอกาสเดียวกันนี้ยังได้มีการลงนามในบันทึกความเข้าใจ (MOU) ระหว่างประเทศไทยกับกัมพูชา "
    "และไทยกับฟิลิปปินส์ เพื่อส่งเสริมความร่วมมือด้านดิจิทัลในระดับภูมิภาค โดยเน้นประเด็นสำคัญ ได้แก่ "
    "การพัฒนากำลังคนด้านดิจิทัล ธรรมาภิบาลภาครัฐอิเล็กทรอนิกส์ และการป้องกันและการต่อสู้กับปัญหาการหลอกลวงออนไลน์ด้วย")


def test_supported_framework_is_planned_and_one_sentence_can_sign_two_bilateral_mous():
    found = _agreements(ADGMIN5, "วันเสาร์ที่ 18 มกราคม 2568")
    [defa] = [a for a in found if a.kind == "agreement"]
    assert defa.status == "planned" and defa.parties == (ActorRef("org", "asean"),)
    assert "cybersecurity" in defa.fields and "ai" not in defa.fields   # item 4 is the next outcome, not DEFA's
    mous = [a for a in found if a.kind == "mou"]
    assert sorted(tuple(p.key for p in a.parties) for a in mous) == [("TH", "KH"), ("TH", "PH")]
    assert all(a.status == "signed" and "online-scam" in a.fields for a in mous)


SINGAPORE_VISIT = (  # ข่าวนายกรัฐมนตรี 2024-11-28 (news 90739)
    "ในด้านเศรษฐกิจดิจิทัล ทั้งสองฝ่ายพร้อมร่วมผลักดันการจัดทำบันทึกความเข้าใจว่าด้วยความร่วมมือด้านเศรษฐกิจดิจิทัล"
    "ระหว่างไทยและสิงคโปร์ฉบับใหม่ ซึ่งจะสนับสนุนความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ การกำกับดูแลปัญญาประดิษฐ์ "
    "การหลอกลวงทางออนไลน์ และด้านอื่น ๆ ที่มีผลประโยชน์ร่วมกัน รวมถึงความตกลงเศรษฐกิจดิจิทัลอาเซียน "
    "ซึ่งไทยในฐานะประธานคณะกรรมการเจรจากรอบความตกลงฯ ตั้งเป้าหมายให้การเจรจาสามารถสรุปผลได้ภายในปี 2568\n"
    "- ด้านการศึกษาและการพัฒนาทรัพยากรมนุษย์ ไทยต้องการเพิ่มความร่วมมือกับสิงคโปร์ในการพัฒนาทรัพยากรมนุษย์ "
    "พร้อมยินดีต่อความร่วมมือระหว่างกันภายใต้บันทึกความเข้าใจว่าด้วยความร่วมมือทางการศึกษา ซึ่งลงนามในวันนี้")


def test_an_agreement_under_negotiation_is_planned_and_stays_apart_from_an_mou_nearby():
    found = _agreements(SINGAPORE_VISIT, "วันพฤหัสบดีที่ 28 พฤศจิกายน 2567")
    by_title = {a.title: a for a in found}
    defa = by_title["ความตกลงเศรษฐกิจดิจิทัลอาเซียน"]
    assert (defa.kind, defa.status) == ("agreement", "planned")
    education = by_title["บันทึกความเข้าใจว่าด้วยความร่วมมือทางการศึกษา"]
    assert (education.kind, education.status) == ("mou", "signed") and not education.fields


VIETNAM_VISIT = (  # ข่าวคณะโฆษก 2025-05-11 (news 96268): the documents to be signed, listed after their intro
    "ในการเยือนครั้งนี้ ไทย–เวียดนามจะลงนามเอกสารสำคัญ ประกอบด้วย\n"
    "แถลงการณ์ร่วมว่าด้วยการยกระดับความสัมพันธ์ไทย–เวียดนามสู่หุ้นส่วนเชิงยุทธศาสตร์แบบรอบด้าน ซึ่งแสดงเจตนารมณ์ร่วมกัน"
    "ของทั้งสองประเทศในการเพิ่มพูนความร่วมมือใน 3 เสาหลัก คือ\n"
    "1) การเป็นหุ้นส่วนเพื่อสันติภาพที่ยั่งยืน\n"
    "3.1 ความร่วมมือด้านวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม ผ่านการเชื่อมโยงสตาร์ทอัพ การทำธุรกรรมข้ามพรมแดน "
    "รวมถึงแลกเปลี่ยนความรู้ด้าน AI ดิจิทัล\n"
    "นอกจากนี้ยังมี บันทึกความเข้าใจระหว่างกระทรวงพาณิชย์ของไทย กับกระทรวงอุตสาหกรรมและการค้าเวียดนาม "
    "ว่าด้วยความร่วมมือด้านเศรษฐกิจและการค้า (ฉบับปรับปรุง) เพื่อเสริมสร้างความร่วมมือทางเศรษฐกิจและการค้า\n"
    "นายกรัฐมนตรีจะเดินทางกลับถึงประเทศไทยในวันที่ 16 พฤษภาคม 2568")


def test_instruments_listed_after_an_intro_take_its_status():
    found = _agreements(VIETNAM_VISIT, "วันอาทิตย์ที่ 11 พฤษภาคม 2568")
    assert sorted((a.kind, a.status) for a in found) == [("declaration", "planned"), ("mou", "planned")]
    [statement] = [a for a in found if a.kind == "declaration"]
    assert {"startups", "ai"} <= set(statement.fields)


SUMMIT_DOCUMENTS = (  # ข่าวนายกรัฐมนตรี 2021-10-28 (news 47551): 25 documents the leaders adopted, under meeting headings
    "โฆษกประจำสำนักนายกรัฐมนตรีได้สรุปเอกสารซึ่งผู้นำได้รับรองแล้วทั้งสิ้น 25 ฉบับ ดังนี้\n"
    "การประชุมสุดยอดอาเซียนครั้งที่ 38 และ 39\n"
    "2. ปฏิญญาผู้นำอาเซียนว่าด้วยการธำรงระบบพหุภาคี (ASEAN Leaders’ Declaration on Upholding Multilateralism)\n"
    "6. แถลงการณ์ผู้นำอาเซียนว่าด้วยการยกระดับการปรับเปลี่ยนไปสู่ดิจิทัลของภูมิภาคอาเซียน (ASEAN Leaders’ Statement on "
    "Advancing Digital Transformation in ASEAN)\n"
    "การประชุมสุดยอดอาเซียน-สหรัฐอเมริกา ครั้งที่ 9\n"
    "17. แถลงการณ์ผู้นำอาเซียน-สหรัฐฯ ว่าด้วยการพัฒนาดิจิทัล (ASEAN-U.S. Leaders’ Statement on Digital Development)\n"
    "ทั้งนี้ นายกรัฐมนตรีได้แสดงความยินดีกับกัมพูชา")


def test_documents_adopted_at_a_summit_are_signed_and_a_generic_digital_title_is_digital_policy():
    found = _agreements(SUMMIT_DOCUMENTS, "วันพฤหัสบดีที่ 28 ตุลาคม 2564")
    assert len(found) == 3 and {a.status for a in found} == {"signed"}
    digital, us = found[1], found[2]
    assert digital.fields == ("digital-transformation",)
    assert us.fields == ("policy",) and ActorRef("country", "US") in us.parties


ALIBABA = (  # ด้านเศรษฐกิจ 2018-04-19 (news 11623): four MOUs counted, each named by its subject only
    "การลงนามความร่วมมือบันทึกความเข้าใจ 4 ฉบับ ที่หน่วยงานภาครัฐของไทยลงนามร่วมกับบริษัทเครืออาลีบาบากรุ้ป ได้แก่\n"
    "1. ความร่วมมือด้านการค้าการลงทุน และการขับเคลื่อนเศรษฐกิจดิจิทัล ระหว่าง สำนักงาน อีอีซีและ Alibaba.com Singapore "
    "E-Commerce Private Limited\n"
    "2. ความร่วมมือด้านการลงทุนในศูนย์สมาร์ท ดิจิทัล ฮับ ในพื้นที่ อีอีซี ระหว่างสำนักงานอีอีซี กรมศุลกากร และบริษัท "
    "Cainao Smart Logistics Network Hong Kong Limited\n"
    "3. ความร่วมมือด้านการพัฒนาเอสเอ็มอีและบุคลากรในด้านดิจิทัล และการส่งเสริมธุรกิจผ่านอีคอมเมิร์ซ ระหว่างกรมส่งเสริมอุตสาหกรรม "
    "กรมส่งเสริมการค้าระหว่างประเทศ และ Alibaba Business School\n"
    "4. ความร่วมมือด้านการท่องเที่ยวผ่านดิจิทัลและการส่งเสริมการท่องเที่ยวเมืองรอง ระหว่างการท่องเที่ยวแห่งประเทศไทย "
    "และบริษัท Zhejiang Fliggy Network Technology Company Limited")


def test_counted_items_named_by_subject_and_parties_are_the_instruments():
    found = _agreements(ALIBABA, "วันพฤหัสบดีที่ 19 เมษายน 2561")
    assert len(found) == 4 and {(a.kind, a.status) for a in found} == {("mou", "signed")}
    assert found[0].title.startswith("ความร่วมมือด้านการค้าการลงทุน")
    assert {"diprom", "ditp"} <= set(_org_keys(found[2])) and "e-commerce" in found[2].fields
    assert "tat" in _org_keys(found[3])            # ``ระหว่างการท่องเที่ยว…``: a party, not a time


def _org_keys(agreement) -> list[str]:
    return [p.key for p in agreement.parties if p.kind == "org"]


CABINET_ITEM = (  # สรุปข่าวการประชุม ครม. 2024-10-01: the approval opens the item, the drafts are listed below
    "19. เรื่อง การขอความเห็นชอบต่อร่างเอกสารผลลัพธ์ของการประชุมสุดยอดอาเซียน ครั้งที่ 44 และ 45 และการประชุมสุดยอดที่เกี่ยวข้อง\n"
    "คณะรัฐมนตรีมีมติเห็นชอบตามที่กระทรวงการต่างประเทศ (กต.) เสนอ ดังนี้\n"
    "สาระสำคัญของเรื่อง\n"
    "1.1 ร่างเอกสารผลลัพธ์ฯ ที่จะรับรองในระดับผู้นำอาเซียน จำนวน 17 ฉบับ มีดังนี้\n"
    "14.ร่างแถลงการณ์ผู้นําอาเซียน - สหรัฐอเมริกาว่าด้วยการส่งเสริมปัญญาประดิษฐ์ (AI) ที่ปลอดภัย มั่นคง และเชื่อถือได้\n"
    "16.ร่างแถลงการณ์ร่วมอาเซียน - อินเดียว่าด้วยการยกระดับการปรับเปลี่ยนไปสู่ดิจิทัล")


def test_drafts_in_a_cabinet_item_that_opens_with_its_approval_are_approved():
    found = _agreements(CABINET_ITEM, "วันอังคารที่ 1 ตุลาคม 2567")
    assert len(found) == 2 and {a.status for a in found} == {"approved"}
    assert "ai" in found[0].fields and "digital-transformation" in found[1].fields


def test_an_mou_the_talks_will_go_on_to_draw_up_is_planned():
    # ด้านสังคม 2017-03-20 (news 2567): ``ซึ่งจะได้มีการดำเนินการจัดทำ`` — the plan's verb after three modifiers
    [a] = _agreements("ตลอดจนการใช้เทคโนโลยีดิจิทัลในการเชื่อมโยงประเทศไทยและแอฟริกาใต้ รวมถึงการเชื่อมโยงภูมิภาคอาเซียนและแอฟริกา"
                      "เพื่อโอกาสและความเจริญรุ่งเรืองของทั้งสองฝ่าย ซึ่งจะได้มีการดำเนินการจัดทำบันทึกความเข้าใจด้านดิจิทัล "
                      "เพื่อเป็นกลไกในการสร้างความร่วมมือที่เป็นรูปธรรมระหว่างสองประเทศต่อไป", "วันจันทร์ที่ 20 มีนาคม 2560")
    assert a.kind == "mou" and a.status == "planned" and ActorRef("country", "ZA") in a.parties


def test_an_mou_given_as_an_example_of_what_talks_aim_at_is_planned():
    # ด้านสังคม 2023-02-10 (news 64781): ``เพื่อขับเคลื่อนความร่วมมือในระดับทวิภาคี อาทิ การจัดทำบันทึกความเข้าใจ…``
    [a] = _agreements('นอกจากนี้ ระหว่างการประชุมฯ ยังได้มีการหารือกับสหรัฐอเมริกา ฟิลิปปินส์ อินโดนีเซีย และ USABC เพื่อขับเคลื่อนความร่วมมือในระดับทวิภาคี อาทิ การจัดทำบันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัลระหว่างกระทรวงเทคโนโลยีและสารสนเทศฟิลิปปินส์กับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และการส่งเสริมระบบนิเวศด้านดิจิทัล การคุ้มครองข้อมูลส่วนบุคคล และการพัฒนาบุคลาการด้านความมั่นคงปลอดภัยไซเบอร์', "วันศุกร์ที่ 10 กุมภาพันธ์ 2566")
    # the parties are MDES and the Philippine ministry (a discovered name: กระทรวงเทคโนโลยีและสารสนเทศฟิลิปปินส์)
    assert a.kind == "mou" and a.status == "planned"
    assert ActorRef("org", "mdes") in a.parties and len(a.parties) == 2


def test_a_statement_of_intent_is_a_declaration():
    # ข่าวคณะโฆษก 2023-10-16 (news 73407): แถลงการณ์แสดงเจตจำนง, a cabinet-approved draft
    found = _agreements("คณะรัฐมนตรีเห็นชอบร่างแถลงการณ์แสดงเจตจำนงระหว่างกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
                        "แห่งราชอาณาจักรไทย กับกระทรวงการอุดมศึกษาและการวิจัยแห่งสาธารณรัฐฝรั่งเศสว่าด้วยความร่วมมือด้านการอุดมศึกษา "
                        "วิทยาศาสตร์ วิจัยและนวัตกรรม ดังนี้", "วันจันทร์ที่ 16 ตุลาคม 2566")
    assert [(a.kind, a.status) for a in found] == [("declaration", "approved")]
