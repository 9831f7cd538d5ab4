"""What heldout26's releases taught once it opened: real passages of its misses, each with its news id."""

from __future__ import annotations

from datetime import date

from extractors.fields import find_fields
from extractors.instruments import find_instruments
from extractors.pipeline import default_nlp, doc_text
from extractors.release import parse_release
from snippets import agreements_with_status, read_passage


def notations(text: str) -> list[str]:
    return [f.notation for f in find_fields(text)]


def test_online_sexual_abuse_of_children_is_cybercrime():
    # ด้านสังคม 2024-02-08 (news 78638, heldout26 017): the ASEAN declaration a national conference on children online
    # builds on
    text = ("ได้มีบทบาทนำในการผลักดันปฏิญญาและแผนปฏิบัติการระดับภูมิภาคว่าด้วยการคุ้มครองเด็กจากการแสวงหาผลประโยชน์ "
            "และการล่วงละเมิดทางเพศต่อเด็กทางออนไลน์ โดยการรับรองของประเทศสมาชิกอาเซียนเป็นที่เรียบร้อย")
    assert notations(text) == ["online-scam"]


def test_linked_electronic_sps_certificates_are_paperless_trade():
    # ด้านเศรษฐกิจ 2022-07-08 (news 56687, heldout26 004): a Thai proposal at the Thai-Chinese JTC-SPS
    text = ("และเส้นทางรถไฟจีนลาว และ 3) การเชื่อมต่อระบบใบรับรองอิเล็กทรอนิกส์ (e-SPS) จะผลักดันให้การอำนวยความสะดวก"
            "\xa0\xa0 ด้านการค้าสามารถทำได้เร็วขึ้น")
    assert notations(text) == ["digital-trade"]


def test_digital_health_is_the_digital_transformation_of_health_care():
    # ข่าวรองนายกรัฐมนตรี 2023-01-18 (news 63863, heldout26 003): one of three health areas India and Thailand welcome
    text = ("1) การป้องกันภาวะฉุกเฉินด้านสุขภาพ การเตรียมการ และการตอบสนอง 2) การแก้ปัญหาด้วยสาธารณสุขดิจิทัลเพื่อเสริมสร้าง"
            "และพัฒนาการให้บริการสุขภาพเพื่อสนับสนุนหลักประกันสุขภาพถ้วนหน้า")
    assert notations(text) == ["digital-transformation"]
    # guard: health and digital as two sectors of a list to invest in (news 56254) are no digital health
    assert notations("โดยเฉพาะการลงทุนด้านสุขภาพ ดิจิทัล เทคโนโลยีคาร์บอนต่ำ และโลจิสติกส์") == []


def test_a_cooperation_framework_exchanged_is_signed():
    # ด้านเศรษฐกิจ 2022-11-17 (news 61726, heldout26 011): MOI and METI exchange their HRD framework for Industry 4.0
    text = ("และจะได้รับการยกระดับไปอีกขั้น โดยเฉพาะในด้านการสร้างบุคลากรเข้าสู่ภาคอุตสาหกรรมด้วยการแลกเปลี่ยนกรอบความร่วมมือ"
            "ในวันนี้ ยิ่งไปกว่านั้นภายใต้กรอบความร่วมมือดังกล่าว")
    assert [(i.kind, i.status) for i in find_instruments(text)][:1] == [("agreement", "signed")]
    # guard: a framework one side wants signed is not yet one (news 55432, heldout6 006), nor a forum's name
    assert find_instruments("ให้ความสนใจในเรื่องการลงทุนด้านดิจิทัลเป็นอย่างมากเเละอยากให้ไทยลงนามกรอบความร่วมมือระหว่างกัน") == []
    assert find_instruments("การประชุมรัฐมนตรีต่างประเทศกรอบความร่วมมือแม่โขง-ล้านช้าง") == []


def test_a_statement_named_by_its_city_and_subject_and_its_short_form():
    # ข่าวคณะโฆษก 2024-05-23 (news 83396, heldout26 012): the Vientiane statement on early childhood and climate
    text = ("ซึ่งจะได้มีการรับรองร่างแถลงการณ์เวียงจันทน์ว่าด้วยความเสมอภาค การเข้าถึงและสิ่งแวดล้อม : การพัฒนาความสามารถ"
            "ในการปรับตัวรับกับสภาพภูมิอากาศของเด็กปฐมวัยในอาเซียน ที่ที่ประชุม ครม. (14 พฤษภาคม 2567) ได้มีมติเห็นชอบแล้ว "
            "ทั้งนี้ เมื่อร่างแถลงการณ์ฯ ได้รับการรับรองจากที่ประชุมดังกล่าวแล้ว")
    found = find_instruments(text)
    assert [(i.kind, i.status, i.anaphoric) for i in found] == [("declaration", "approved", False),
                                                                ("declaration", "approved", True)]
    assert found[0].title == "แถลงการณ์เวียงจันทน์ว่าด้วยความเสมอภาค การเข้าถึงและสิ่งแวดล้อม"


UAE_TITLE = "รัฐบาลเดินหน้าความสัมพันธ์ไทย-UAE คาดสร้างมูลค่าการค้าระหว่างกันกว่า 3.1 หมื่นล้านบาท"
UAE_RESULTS = (  # ข่าวคณะโฆษก 2023-03-21 (news 66421, heldout26 013): what the UAE visit yielded, its lead and item 2
    "ครม.รับทราบผลการเยือนสหรัฐอาหรับเอมิเรตส์ (United Arab Emirates : UAE) ของนายจุรินทร์ ลักษณวิศิษฏ์ "
    "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพาณิชย์ ระหว่างวันที่ 6 - 8 กุมภาพันธ์ 2566 ตามที่กระทรวงพาณิชย์เสนอ "
    "การเดินทางครั้งนี้ นายจุรินทร์ ลักษณวิศิษฏ์ รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพาณิชย์ "
    "ได้หารือกับรัฐมนตรีแห่งรัฐประจำกระทรวงเศรษฐกิจสหรัฐอาหรับเอมิเรตส์ ด้านการค้าต่างประเทศในประเด็นต่าง ๆ อาทิ\n"
    "2.ส่งเสริมการค้าการลงทุนระหว่างกัน อาทิ การจัดตั้งกลไกสภาธุรกิจไทย-สหรัฐอาหรับเอมิเรตส์ เพื่อสนับสนุนการค้า การลงทุน "
    "และการดำเนินธุรกิจ โดยสหรัฐอาหรับเอมิเรตส์สนใจที่จะลงทุนในไทยด้านอุตสาหกรรมโครงสร้างพื้นฐาน ดิจิทัล และความมั่นคงทางอาหาร")


def test_a_sector_a_partner_would_invest_in_is_no_topic_of_the_talks():
    assert not read_passage(UAE_RESULTS, "วันอังคารที่ 21 มีนาคม 2566", UAE_TITLE).relevant
    # guard: the same field as cooperation with that partner is one
    talks = UAE_RESULTS.replace("สนใจที่จะลงทุนในไทยด้านอุตสาหกรรมโครงสร้างพื้นฐาน ดิจิทัล", "พร้อมร่วมมือกับไทยด้านโครงสร้างพื้นฐานดิจิทัล")
    assert read_passage(talks, "วันอังคารที่ 21 มีนาคม 2566", UAE_TITLE).relevant


APEC_WOMEN = (  # ข่าวคณะโฆษก 2024-05-14 (news 83022, heldout3 007): the cabinet approves APEC's women-and-economy statement
    "1.เห็นชอบต่อร่างแถลงการณ์รัฐมนตรีเอเปคด้านสตรีและเศรษฐกิจ (ร่างแถลงการณ์ฯ) ประจำปี 2567 [2024 APEC Women "
    "and the Economy Forum Statement] โดยหากมีความจำเป็นต้องแก้ไขเอกสารในส่วนที่ไม่ใช่สาระสำคัญหรือไม่ขัดผลประ"
    "โยชน์ของประเทศไทย ขอให้ พม. ดำเนินการได้โดยไม่ต้องเสนอคณะรัฐมนตรีพิจารณาอีก\n"
    "2.ให้รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (นายวราวุธ ศิลปอาชา) หรือผู้แทนที่ได้รับมอบ"
    "หมายให้การรับรองร่างแถลงการณ์ฯ ในการประชุมระดับสูงสำหรับผู้กำหนดนโยบายด้านสตรี และเศรษฐกิจ (High-Level Po"
    "licy Dialogue on Woman and the Economy : HLPDWE) ในวันที่ 16 พฤษภาคม 2567 ณ เมืองอาเรกิปา สาธารณรัฐเปรู\n"
    "สาระสำคัญ\n"
    "พม. รายงานว่า\n"
    "1.สำนักเลขาธิการเอเปค โดยฝ่ายเลขานุการในส่วนของภารกิจหุ้นส่วนเชิงนโยบายด้านการเพิ่มการมีส่วนร่วมของสตรีใน"
    "ระบบเศรษฐกิจ (PPWE) ได้มีหนังสือเรียนเชิญรัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เข้าร่ว"
    "มการประชุมเอเปคด้านสตรีและเศรษฐกิจประจำปี 2567 ในวันที่ 16 พฤษภาคม 2567 ณ เมืองอาเรกิปา สาธารณรัฐเปรู ในส"
    "่วนของการประชุมระดับสูงสำหรับผู้กำหนดนโยบายด้านสตรีและเศรษฐกิจ (HLPDWE) เพื่อหารือเกี่ยวกับยุทธศาสตร์และน"
    "โยบายที่เป็นประโยชน์ต่อการเร่งเสริมสร้างพลังสตรีในทางเศรษฐกิจและเป็นประโยชน์ต่อการสร้างอนาคตที่รุ่งเรืองแ"
    "ละเป็นธรรมสำหรับภูมิภาคเอเชียและแปซิฟิก และจะมีการรับรองร่างแถลงการณ์ฯ ดังกล่าว ซึ่งเป็นเอกสารผลลัพธ์ของก"
    "ารประชุม\n"
    "2.ร่างแถลงการณ์ฯ เป็นเอกสารแสดงความมุ่งมั่นในการเสริมสร้างพลังสตรีในทางเศรษฐกิจใน APEC มีสาระสำคัญ ดังนี้")


def test_the_parties_of_a_statement_come_from_its_name_not_from_the_paragraph_that_points_back_to_it():
    # the paragraph before ``2.ร่างแถลงการณ์ฯ`` names who invited the minister (APEC's secretariat, PPWE), not parties
    found = agreements_with_status(APEC_WOMEN, "วันอังคารที่ 14 พฤษภาคม 2567", "ครม. เห็นชอบต่อร่างแถลงการณ์รัฐมนตรีเอเปคด้านสตรีและเศรษฐกิจ")
    assert [sorted(p.key for p in a.parties) for a in found] == [["apec"]]


MOI_METI = (  # ด้านเศรษฐกิจ 2022-11-17 (news 61726, heldout26 011): the body opens with its dateline, a day before the page's
    "กรุงเทพฯ 16 พฤศจิกายน 2565 – กระทรวงอุตสาหกรรม พร้อมด้วย กระทรวงเศรษฐกิจ การค้า และอุตสาหกรรม หรือ METI ประเทศญี่ปุ่น "
    "หารือกรอบความร่วมมือการพัฒนาอุตสาหกรรม 2 ประเทศ\n"
    "โดยกรอบการทำงานที่ทั้งสองกระทรวง ได้มีการแลกเปลี่ยนกันไปเมื่อวันที่ 13 มกราคม 2565 และจะได้รับการยกระดับไปอีกขั้น "
    "โดยเฉพาะในด้านการสร้างบุคลากรเข้าสู่ภาคอุตสาหกรรมด้วยการแลกเปลี่ยนกรอบความร่วมมือในวันนี้ ยิ่งไปกว่านั้นภายใต้"
    "กรอบความร่วมมือดังกล่าว ยังมุ่งเน้นให้เกิดการพัฒนาระบบการขึ้นทะเบียนที่ปรึกษาเพื่อรองรับบุคลากรที่ได้รับการพัฒนาทักษะ"
    "และองค์ความรู้จากโครงการต่าง ๆ ในฐานะผู้เชี่ยวชาญด้าน Digitalization")


def test_today_is_the_day_of_the_dateline_that_opens_the_body():
    title = "สุริยะ ผนึก เมติ ดึงนักลงทุนข้ามชาติ"
    release = parse_release(f"{title}\nวันพฤหัสบดีที่ 17 พฤศจิกายน 2565\n{title}\n{MOI_METI}\n", "snippet.txt")
    nlp = default_nlp()
    doc = nlp.make_doc(doc_text(release))
    doc.user_data["release"] = release
    doc = nlp.get_pipe("coopgraph_dates_v1")(doc)
    assert [d.start_date for d in doc._.dates if d.text.startswith("วันนี้")] == [date(2022, 11, 16)]


FRANCE_LOI_TITLE = "ไทย-ฝรั่งเศส เตรียมลงนามร่างหนังสือแสดงเจตจำนงการเจรจาทวิภาคีด้วยสิ่งแวดล้อม ความหลากหลายทางชีวภาพและการคุ้มครองชนิดพันธุ์"
FRANCE_LOI = (  # ข่าวคณะโฆษก 2024-03-12 (news 80174, heldout26 015): the LOI comes under the Thai-French roadmap, whose
    # four areas the next clause lists
    "ความเป็นมาคือ สถานเอกอัครราชทูตฝรั่งเศสประจำประเทศไทย ได้ประสานกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม หรือ  ทส. "
    "โดยสำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม (สผ.) เพื่อพัฒนาหนังสือแสดงเจตจำนงฯ ภายใต้ความร่วมมือแผนการ "
    "(Roadmap) สำหรับการดำเนินความสัมพันธ์ไทย - ฝรั่งเศส (ค.ศ. 2022 - 2024) ซึ่งแผนดังกล่าวมีวัตถุประสงค์เพื่อใช้เป็น"
    "กรอบแนวทางในการดำเนินความร่วมมือระหว่างประเทศไทยกับสาธารณรัฐฝรั่งเศสในระยะเวลา 3 ปี ประกอบด้วยความร่วมมือใน 4 ด้าน "
    "ได้แก่ (1) การส่งเสริมความร่วมมือเพื่อสันติภาพ เสถียรภาพ และความมั่นคง (เช่น การต่อต้านภัยคุกคามไซเบอร์ การก่อการร้าย "
    "เป็นต้น)")


def test_the_areas_of_the_plan_an_instrument_comes_under_are_not_its_fields():
    found = read_passage(FRANCE_LOI, "วันอังคารที่ 12 มีนาคม 2567", FRANCE_LOI_TITLE).agreements
    assert [a.kind for a in found if a.status] == ["loi"]
    assert [a.fields for a in found] == [()] * len(found)


BANG_SUE = (  # ด้านเศรษฐกิจ 2022-12-08 (news 62447, heldout26 016): the ministers sign a rail MOC and witness the intent to
    # renew the Bang Sue project's MOU, of more parties
    "ในโอกาสนี้ รัฐมนตรีทั้งสองฝ่ายได้ร่วมกันลงนามบันทึกความร่วมมือระหว่างกระทรวงคมนาคมแห่งราชอาณาจักรไทยและกระทรวงที่ดิน "
    "โครงสร้างพื้นฐาน การขนส่ง และการท่องเที่ยวแห่งญี่ปุ่น ด้านระบบราง โดยมีขอบเขตเพื่อส่งเสริมองค์ความรู้ที่เกี่ยวข้องด้านระบบราง "
    "ในด้านนโยบาย กฎหมายและกฎระเบียบ และการแลกเปลี่ยนประสบการณ์และเทคโนโลยีที่ก่อให้เกิดประโยชน์ร่วมกัน "
    "รวมถึงร่วมเป็นสักขีพยานในการแสดงเจตจำนงการต่ออายุบันทึกข้อตกลงความร่วมมือโครงการบางซื่อ ระหว่างกระทรวงคมนาคม "
    "การรถไฟแห่งประเทศไทย กระทรวงที่ดิน โครงสร้างพื้นฐาน การขนส่ง และการท่องเที่ยวแห่งญี่ปุ่น (MLIT) "
    "และองค์กรพัฒนาและฟื้นฟูเมืองญี่ปุ่น (UR) โดยอัตโนมัติ โดยมีขอบเขตความร่วมมือเพื่อผลักดันการพัฒนาแผนแม่บท"
    "การพัฒนาเมืองอัจฉริยะพื้นที่บริเวณบางซื่อและแผนปฏิบัติการที่เกี่ยวข้อง ให้เกิดผลอย่างเป็นรูปธรรม")


def test_a_paper_named_for_its_project_beside_one_of_the_same_ministries_is_another_paper():
    found = agreements_with_status(BANG_SUE, "วันพฤหัสบดีที่ 8 ธันวาคม 2565", "คมนาคม หารือ MLIT")
    assert [(a.status, a.fields) for a in found] == [("signed", ()), ("planned", ("smart-city",))]



#: ข่าวทำเนียบรัฐบาล 2021-03-20 (news 40166, heldout26 029): Thailand's rank in UNCTAD's B2C e-commerce index (title, the
#: lead naming UNCTAD, the two Thai agencies behind it; verbatim)
RANKING_TITLE = (
    'ไทยคว้าอันดับ 42 ของโลกในการจัดอันดับ B2C e-Commerce Index 2020   ครองอันดับ 3 อาเซียน นาย'
    'กฯ เชื่อมั่นไทยเดินหน้าถูกทาง มีทิศทางพัฒนา e-Commerce ที่ดีขึ้นชัดเจน'
)
RANKING = (
    'วันที่ 20 มี.ค.64 นายอนุชา บูรพชัยศรี โฆษกประจำสำนักนายกรัฐมนตรี เผยว่า ในการประชุมสหประชา'
    'ชาติว่าด้วยการค้าและการพัฒนา หรือ อังค์ถัด (UNCTAD) เมื่อวันที่ 17 กุมภาพันธ์ ที่ผ่านมา ได'
    '้ประกาศผลการจัดอันดับ B2C หรือ Business-to-Customer e-Commerce ประจำปี 2563 ซึ่งเป็นการวัด'
    'ความพร้อมทางเศรษฐกิจเพื่อตอบโจทย์การค้าพาณิชย์อิเล็กทรอนิกส์ หรือ e-Commerce จาก 152 ประเท'
    'ศทั่วโลก โดยประเทศที่ได้รับการจัดอันดับเป็นประเทศที่มีความพร้อมทาง e-Commerce สูงสุดเป็นอั'
    'นดับหนึ่ง คือ สวิตเซอร์แลนด์ ขณะที่ประเทศไทยได้รับการจัดอันดับให้อยู่ในอันดับที่ 42 ของโลก'
    ' ติด Top 10 ของกลุ่มประเทศกำลังพัฒนา และเป็นอันดับ 3 ของอาเซียน รองจากสิงคโปร์ และ มาเลเซี'
    'ย\\nความสำเร็จในครั้งนี้ เป็นความร่วมมือของกรมพัฒนาธุรกิจการค้า กระทรวงพาณิชย์ และสำนักงานพ'
    'ัฒนาธุรกรรมทางอิเล็กทรอนิกส์ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม รวมถึงทุกภาคส่วนที่เกี่ยว'
    'ข้อง ซึ่งก้าวต่อไปนับจากนี้ รัฐบาลจะนำผลการจัดอันดับดังกล่าวไปออกแบบนโยบาย เพื่อรองรับประเ'
    'ทศไปสู่การเปลี่ยนผ่านเป็นสังคมเศรษฐกิจดิจิทัลที่สร้างประโยชน์ให้กับทุกภาคส่วน รวมถึงพัฒนาก'
    'ฎระเบียบ แพลตฟอร์ม ให้รองรับ e-Commerce และระบบต่าง ๆ รองรับธุรกรรม e-Commerce ผลักดันสินค'
    '้าชุมชนเข้าสู่ตลาดออนไลน์ ตลอดจนสร้างการเข้าถึงเทคโนโลยีดิจิทัลและอินเทอร์เน็ต ซึ่งจะช่วยเ'
    'พิ่มความเชื่อมั่นและความไว้วางใจให้กับผู้ประกอบการและประชาชน ในการก้าวเข้าสู่ e-Commerce อ'
    'ย่างสมบูรณ์'
)


def test_a_title_that_reports_a_ranking_reports_no_cooperation():
    assert not read_passage(RANKING, "วันเสาร์ที่ 20 มีนาคม 2564", RANKING_TITLE).relevant
