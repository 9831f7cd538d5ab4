"""What heldout28's releases taught once it opened: real passages of its misses, each with its news id."""

from __future__ import annotations

from extractors.components.relevance import aligned_with_policy
from extractors.fields import find_fields
from extractors.instruments import find_instruments
from snippets import agreements_with_status, only_agreement

#: ด้านเศรษฐกิจ 2023-01-17 (news 63818, heldout28 024): the industry ministers' talks, with work under a framework
#: named by its English name
FRAMEWORK_DAY = "วันอังคารที่ 17 มกราคม 2566"
FRAMEWORK_TITLE = "“สุริยะ”นำ MIND หารือ METI ชื่นมื่น ย้ำสัมพันธ์ไทย-ญี่ปุ่น หนุนการเป็นหุ้นส่วนยุทธศาสตร์ร่วมกัน (Strategic Partnership)"
FRAMEWORK = (
    'นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม (MIND) เปิดเผยถึงผลการหารือกับ นายนิชิมุระ'
    ' ยาสึโทชิ (Mr.Nishimura Yasutosh) รัฐมนตรีว่าการกระทรวงเศรษฐกิจ การค้า และอุตสาหกรรม (METI) ระหว่างเ'
    'ยือนประเทศญี่ปุ่น วันที่ 11-15 มกราคม 2565 เพื่อส่งเสริมความร่วมมือ ด้านการพัฒนาอุตสาหกรรมระหว่าง 2 '
    'ประเทศ ว่า บรรยากาศการหารือเป็นไปด้วยดี ตอกย้ำความสัมพันธ์ที่แน่นแฟ้นระหว่างไทยและญี่ปุ่นที่ดำเนินธุ'
    'รกิจร่วมกันมาอย่างยาวนานในหลายด้าน โดยเฉพาะในภาคอุตสาหกรรมที่นักลงทุนญี่ปุ่นได้มาลงทุนในประเทศไทย โด'
    'ยการเข้าหารือกับ METI ยังเป็นการครบรอบ 1 ปี ที่ทั้ง 2 กระทรวงฯ คือ กระทรวงเศรษฐกิจ การค้า และอุตสาหก'
    'รรม (METI) และกระทรวงอุตสาหกรรม (MIND) ได้ร่วมกันปรับแนวคิดจาก “Connected Industries” มาสู่ความร่วมม'
    'ือ Co-Creation for Innovative and Sustainable Growth ที่เน้นการพัฒนานวัตกรรมและเทคโนโลยี เมื่อปลายปี'
    ' 2565 โดยเฉพาะประเด็นการดำเนินโครงการพัฒนาทักษะบุคลากร ซึ่งอยู่ภายใต้กรอบความร่วมมือ Cooperation Fra'
    'meworkon Human Resource Development for Realizing Industry 4.0 ขับเคลื่อน 3 ประเด็นหลัก ประกอบด้วย 1'
    '. แนวทางการร่วมกันพัฒนาทักษะด้านเทคโนโลยีดิจิทัลให้แก่บุคลากรในภาคอุตสาหกรรม 2. การขับเคลื่อนนโยบาย '
    'BCG ในสาขาอุตสาหกรรมเป้าหมาย และ 3. การเสริมสร้างความเข้มแข็งให้กับห่วงโซ่อุปทานผ่านแนวคิดการร่วมสร้'
    'าง (Co-Creation)'
)

#: ด้านเศรษฐกิจ 2025-02-18 (news 93531): a forum of the same ministries, under a framework that is a dialogue
DIALOGUE = ('งอุตสาหกรรมและการเปลี่ยนผ่านด้านพลังงาน ภายใต้กรอบความร่วมมือ Energy and Industry Dialogue (EID) '
            'รวมทั้งหน่วยงานสำคัญอื่น ๆ ของญี่ปุ่น')


def test_work_under_a_framework_paper_named_in_english_is_under_a_signed_framework():
    framework = only_agreement(FRAMEWORK, FRAMEWORK_DAY, FRAMEWORK_TITLE)
    assert (framework.kind, framework.status) == ("agreement", "signed")
    assert "Human Resource Development for Realizing Industry 4.0" in framework.title
    assert "digital-skills" in framework.fields


def test_a_framework_named_as_a_dialogue_is_no_paper():
    assert find_instruments(DIALOGUE) == []


#: ข่าวคณะโฆษก 2022-08-30 (news 58587, heldout28 023): APEC's health meeting reached twelve resolutions
RESOLUTIONS_DAY = "วันอังคารที่ 30 สิงหาคม 2565"
RESOLUTIONS_TITLE = ("โฆษกรัฐบาลเผย รัฐบาลยินดีการประชุมระดับสูงเอเปคว่าด้วยสาธารณสุขและเศรษฐกิจ ครั้งที่ 12 ประสบผลสำเร็จ "
                     "บรรลุข้อมติ 12 ข้อ เพื่อความมั่นคงทางสุขภาพอย่างยั่งยืน")
RESOLUTIONS = (
    'วันนี้ (30 สิงหาคม 2565) นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษก'
    'ประจำสำนักนายกรัฐมนตรี เปิดเผยว่า การประชุมระดับสูงเอเปคว่าด้วยสาธารณสุขและเศรษฐกิจ (The 12th APEC H'
    'igh-Level Meeting on Health and Economy : HLM12) ครั้งที่ 12 ที่กรุงเทพฯ ซึ่งจัดขึ้นภายใต้หัวข้อหลัก'
    ' “เปิดกว้างสร้างสัมพันธ์กับภาคี เชื่อมโยงกันกับโลก สู่สมดุลระหว่างสาธารณสุขและเศรษฐกิจ”\xa0 ได้เสร็จสิ้'
    'นลงเป็นที่เรียบร้อยแล้ว รวมทั้งมีผลลัพธ์ที่สำคัญจากการประชุมครั้งนี้คือ ข้อมติ 12 ข้อ โดยไทยยังได้รั'
    'บเสียงชื่นชมจากนานาประเทศถึงการบริหารจัดการสถานการณ์การแพร่ระบาดโควิด-19 อย่างดีเยี่ยม\nโฆษกประจำสำนั'
    'กนายกรัฐมนตรีกล่าวว่า ข้อมติ 12 ข้อ ถือเป็นผลลัพธ์ที่สำคัญจากการประชุม ที่มุ่งสร้างสมดุลทางด้านสุขภา'
    'พและเศรษฐกิจ สอดคล้องกับแนวคิดหลักของการเป็นเจ้าภาพจัดการประชุมเอเปคของไทยในโมเดลเศรษฐกิจ Bio-Circul'
    'ar-Green (BCG)\nโดยสาระสำคัญของ 12 ข้อมติ ครอบคลุมถึงการส่งเสริมความร่วมมือระดับนานาชาติ และระดับภูมิ'
    'ภาค และความเป็นหุ้นส่วนเพื่อพัฒนาสุขภาพและความมั่งคั่งของผู้คนในภูมิภาคเอเชีย-แปซิฟิก การเปิดพรมแดนเ'
    'พื่อการเดินทางที่ปลอดภัย การแบ่งปันและถ่ายทอดเทคโนโลยีวัคซีนโควิด-19 โดยใช้นวัตกรรมและเทคโนโลยีด้านส'
    'ุขภาพดิจิทัล การเสริมสร้างความแข็งแกร่งให้กับบุคลากรด้านสาธารณสุข การสร้างหลักประกันสุขภาพถ้วนหน้า ก'
    'ารเข้าถึงวัคซีน การส่งมอบวัคซีนป้องกันโควิด-19 และการสนับสนุนการเข้าถึงวัคซีน การรักษา และการวินิจฉั'
    'ยโควิด-19 ที่ปลอดภัย มีประสิทธิภาพ มีคุณภาพ และราคาไม่แพง ความเท่าเทียมด้านสุขภาพและจัดการกับอุปสรรค'
    'ด้านสุขภาพโดยเฉพาะสำหรับผู้หญิงในภาคแรงงาน ธุรกิจ และผู้ประกอบการ การฟื้นตัวของเศรษฐกิจโดยรวมจากโควิ'
    'ด-19 โดยเฉพาะอย่างยิ่งการเริ่มต้นของกิจกรรมทางสังคม การเรียน และธุรกิจในเขตเศรษฐกิจเอเปค การสร้างควา'
    'มมั่นคงด้านสุขภาพ เพื่อเตรียมพร้อมสำหรับการระบาดใหญ่ครั้งต่อไปผ่านการลงทุนเรื่องระบบสุขภาพ การร่วมมื'
    'อกับภาคเอกชนให้มากยิ่งขึ้น และการสร้างเศรษฐกิจดิจิทัลที่เปิดกว้าง เป็นธรรม และครอบคลุม'
)

#: สรุปข่าวการประชุม ครม. 2022-09-20 (news 59475): a numbered resolution of the UN Security Council
UN_RESOLUTION = "UNSC ได้รับรองข้อมติ UNSC ที่ 1368 (ค.ศ. 2001) ประณามการก่อการร้ายดังกล่าว"


def test_a_meetings_counted_resolutions_are_its_adopted_outcome_with_their_content():
    resolutions = only_agreement(RESOLUTIONS, RESOLUTIONS_DAY, RESOLUTIONS_TITLE)
    assert (resolutions.kind, resolutions.status) == ("declaration", "signed")
    assert resolutions.title.startswith("ข้อมติ 12 ข้อ")
    assert [p.key for p in resolutions.parties] == ["apec"]
    assert "digital-economy" in resolutions.fields   # from ``โดยสาระสำคัญของ 12 ข้อมติ ครอบคลุมถึง…``


def test_a_numbered_un_resolution_is_no_paper():
    assert find_instruments(UN_RESOLUTION) == []


#: ข่าวนายกรัฐมนตรี 2024-04-17 (news 81794, heldout28 008): two papers signed, then the press conference's results
TWO_PAPERS_DAY = "วันพุธที่ 17 เมษายน 2567"
TWO_PAPERS_TITLE = ("ไทย - นิวซีแลนด์ ลงนามความตกลง 2 ฉบับ พร้อมแถลงข่าวร่วมกัน ยกระดับความร่วมมือรอบด้าน โดยเฉพาะความมั่นคง "
                    "เศรษฐกิจ และความสัมพันธ์ในระดับประชาชน")
TWO_PAPERS = (
    'วันนี้ (17 เมษายน 2567) เวลา 11.40 น. ณ ตึกสันติไมตรี (หลังใน) ทำเนียบรัฐบาล นายเศรษฐา ทวีสิน นายกรั'
    'ฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง และนายคริสโตเฟอร์ ลักซอน (The Right Honourable Christopher Lux'
    'on) นายกรัฐมนตรีนิวซีแลนด์ เป็นสักขีพยานในพิธีลงนามความตกลงร่วมกัน จำนวน 2 ฉบับ ดังนี้\n1) ความตกลงด้'
    'านการศึกษา ระหว่างสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ประเทศไทย และมหาวิทยาลัยแมสซีย์ ประเทศนิวซีแ'
    'ลนด์\n2) ความตกลงด้านการจัดหา ซ่อมแซม และการบำรุงรักษา ระหว่าง Thai Aviation Industries Co., Ltd. ประ'
    'เทศไทย และ NZSkydive Limited ประเทศนิวซีแลนด์\nหลังจากนั้น นายกรัฐมนตรีไทยและนิวซีแลนด์แถลงข่าวร่วมกั'
    'น โดยนายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี สรุปสาระสำคัญของการแถลงข่าว ดังนี้\nนายกรัฐมนตรีรู้สึก'
    'เป็นเกียรติที่ได้ให้การต้อนรับนายกรัฐมนตรีนิวซีแลนด์และคณะ ในโอกาสซึ่งถือเป็นการเยือนไทยของนายกรัฐมน'
    'ตรีนิวซีแลนด์ในรอบ 11 ปี โดยทั้งสองฝ่ายได้หารือร่วมกันอย่างสร้างสรรค์และครอบคลุม เพื่อส่งเสริมความร่'
    'วมมือระหว่างไทยกับนิวซีแลนด์ให้ใกล้ชิดยิ่งขึ้น รวมถึงมีการหารือร่วมกับภาคเอกชนนิวซีแลนด์ และการลงนาม'
    'ความตกลงร่วมกัน 2 ฉบับ โดยนายกรัฐมนตรีเน้นย้ำถึงผลลัพธ์สำคัญจากการหารือ ดังนี้\n1) การยกระดับความสัมพ'
    'ันธ์ระหว่างไทยกับนิวซีแลนด์สู่การเป็น “หุ้นส่วนทางยุทธศาสตร์” (Strategic Partnership) ในปี 2569 หรือ'
    'เร็วว่านั้น ซึ่งตรงกับวาระครบรอบ 70 ปี การสถาปนาความสัมพันธ์ทางการทูตระหว่างกัน เพื่อผลักดันความร่วม'
    'มือในทุกมิติ และบรรลุความสัมพันธ์ระหว่างกันอย่างเต็มศักยภาพ\n2) การส่งเสริมความร่วมมือด้านกลาโหมและคว'
    'ามมั่นคง โดยเฉพาะความคืบหน้าของแผนความร่วมมือทางทหารระหว่างไทยกับนิวซีแลนด์ และการเพิ่มพูนความร่วมมื'
    'อระหว่างกันเพื่อต่อต้านอาชญากรรมข้ามชาติ โดยเฉพาะการค้ามนุษย์และยาเสพติด ความมั่นคงทางไซเบอร์ รวมถึง'
    'การก่อการร้าย และแนวคิดสุดโต่ง'
)


def test_the_talks_results_listed_after_the_signing_are_no_field_of_its_papers():
    found = agreements_with_status(TWO_PAPERS, TWO_PAPERS_DAY, TWO_PAPERS_TITLE)
    education = [a for a in found if a.title.startswith("ความตกลงด้านการศึกษา")]
    assert len(education) == 1
    assert all("cybersecurity" not in a.fields for a in found)


#: ข่าวทำเนียบรัฐบาล 2017-11-10 (news 7994, heldout28 027): the PM's third point to APEC and ASEAN leaders
THIRD_POINT = (
    'ประการที่สาม เอเปคและอาเซียนควรร่วมมือกันพัฒนาบุคลากรเพื่อรองรับสังคมสูงวัยและการเปลี่ยนแปลงสู่ยุคดิ'
    'จิทัล'
)


def test_the_change_to_the_digital_age_is_digital_transformation():
    # (read as a field: the passage alone is dense with digital words, so the judge's verdict would not show the rule)
    assert [f.notation for f in find_fields(THIRD_POINT) if not f.weak] == ["digital-transformation"]


#: ด้านเศรษฐกิจ 2021-03-18 (news 80310, heldout28 022): an energy call; the digital economy is a Thai policy that
#: Finland's approach matches
ALIGNED = (
    'ทั้งสองฝ่ายเห็นพ้องที่จะเพิ่มพูนความร่วมมือในมิติต่าง ๆ ให้มีผลเป็นรูปธรรมมากยิ่งขึ้น โดยเฉพาะด้านพล'
    'ังงานควบคู่กับการส่งเสริมเศรษฐกิจ ซึ่งแนวทางด้านพลังงานของฟินแลนด์ สอดคล้องกับนโยบายของรัฐบาลไทยในปั'
    'จจุบันที่ให้ความสำคัญกับการส่งเสริมเศรษฐกิจดิจิทัล และเศรษฐกิจชีวภาพ-หมุนเวียน-สีเขียว'
)


def test_what_a_matched_policy_stresses_is_no_topic():
    # (the passage alone is dense with digital words: the judge would take it as a digital subject whatever the rule
    # says, so the rule is read where the judge reads it, at the field)
    at = ALIGNED.index("เศรษฐกิจดิจิทัล")
    assert aligned_with_policy(ALIGNED, at)
    partners = ALIGNED.replace("สอดคล้องกับนโยบายของรัฐบาลไทยในปัจจุบันที่ให้ความสำคัญกับ", "และทั้งสองฝ่ายจะร่วมมือกันใน")
    assert not aligned_with_policy(partners, partners.index("เศรษฐกิจดิจิทัล"))
