"""Which bodies are partners abroad: a body found only by its shape has a country only where the text gives one
(its origin after its name, or the registry's), and without one it makes no release international (real releases,
the whole pipeline)."""

from __future__ import annotations

from extractors.components.relevance import digital_bodies_abroad, foreign_starts
from extractors.pipeline import default_nlp, doc_text
from extractors.release import parse_release
from snippets import read_passage

# ด้านเศรษฐกิจ 2017-09-19 (news 6805): the SME Development Bank signs an MOU with a province, NSTDA, INET and a
# company with a Latin name; ERP on the cloud for Thai SMEs, a domestic MOU
SME_BANK_MOU = (
    "ในวันนี้ (19 กันยายน 2560) ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย (ธพว. หรือ SME Development Bank) "
    "จับมือพันธมิตร 4 หน่วยงาน ได้แก่ จังหวัดอุบลราชธานี กับสำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (NSTDA) "
    "โดยโปรแกรมสนับสนุนการพัฒนาเทคโนโลยีและนวัตกรรม (ITAP) และ บมจ. อินเทอร์เน็ตประเทศไทย (ไอเน็ต) และ "
    "บริษัท Intelligent Enterprise Consulting (IEC)  ร่วมแถลงข่าวโครงการ “การส่งเสริมศักยภาพผู้ประกอบการ SMEs "
    "ไทยให้เติบโตอย่างยั่งยืน” พร้อมทั้งลงนามบันทึกข้อตกลงความร่วมมือ (MOU) เพื่อร่วมกันผลักดันส่งเสริมการพัฒนา"
    "ศักยภาพของผู้ประกอบการ SMEs ไทย เพิ่มขีดความสามารถในการแข่งขัน ทั้งในการสร้างโอกาสทางการตลาด "
    "การปรับตัวธุรกิจสู่ระบบยุคเศรษฐกิจดิจิตอล ด้วยเทคโนโลยี ERP บนระบบ Cloud Internet ก้าวไปสู่อุตสาหกรรม"
    "ไทยแลนด์ 4.0 ณ โรงแรมลายทอง จังหวัดอุบลราชธานี")
SME_BANK_DAY = "วันอังคารที่ 19 กันยายน 2560"


def test_a_company_with_a_latin_name_and_no_country_is_no_partner_abroad():
    found = read_passage(SME_BANK_MOU, SME_BANK_DAY)
    company = [o for o in found.organisations if o.label == "Intelligent Enterprise Consulting"]
    assert company and all(o.country is None for o in company)
    # the MOU has digital fields and that company as a party, yet no party abroad: not digital cooperation
    assert any("cloud" in a.fields and any(p.key == company[0].key for p in a.parties) for a in found.agreements)
    assert not found.relevant


# ข่าวรอง นรม 2023-10-17 (news 73446): the EEC policy committee lists the investors of the EECd digital park
EEC_INVESTORS = (
    "เพื่อการขับเคลื่อนรองรับนักลงทุนระดับนานาชาติที่แสดงความจำนงเข้าลงทุนในพื้นที่โครงการ EECd แล้ว อาทิ "
    "บริษัท CtrlS Datacenter ผู้ประกอบการศูนย์ข้อมูล และบริษัท CtrlS สร้างธุรกิจ Data Center "
    "มีมูลค่าการลงทุนโครงการรวมประมาณ 15,000 ล้านบาท\n"
    "และบริษัท ALBA จากประเทศเยอรมนี มีความประสงค์เช่าพื้นที่ เพื่อดำเนินโครงการต้นแบบดิจิทัลแพลตฟอร์มและ"
    "ศูนย์ควบคุมการรีไซเคิล ซากผลิตภัณฑ์ไฟฟ้าและอิเล็กทรอนิกส์ และบริษัท ALBA Asia Group Limited "
    "บริษัทชั้นนำด้าน Smart City Digital Waste and Recycling Management จากประเทศเยอรมัน "
    "ปัจจุบันบริษัทได้มีการส่งหนังสือแสดงเจตจำนงความต้องการลงทุน (Letter of Intent) ในพื้นที่โครงการ EECd "
    "วันที่ 24 เมษายน 2566")
EEC_DAY = "วันอังคารที่ 17 ตุลาคม 2566"


def test_a_company_from_a_country_named_after_it_is_that_countrys_under_each_of_its_names():
    found = read_passage(EEC_INVESTORS, EEC_DAY)
    alba = {o.label: (o.key, o.country) for o in found.organisations if o.label.startswith("ALBA")}
    # the short name and the full name are one company, from Germany, wherever the release names it
    assert alba == {"ALBA Asia Group Limited": (alba["ALBA Asia Group Limited"][0], "DE")}
    ctrls = {o.key for o in found.organisations if o.label.startswith("CtrlS")}
    assert len(ctrls) == 1


# ด้านเศรษฐกิจ 2018-11-14 (news 16773): the Eurasian Economic Commission, spelt with ช, is to sign an MOU with
# Thailand naming the digital economy among its areas
EAEU_PREVIEW = (
    "ไทยเตรียมลงนามบันทึกความร่วมมือกับยูเรเชีย ยกระดับความสัมพันธ์ด้านการค้าและการลงทุนตลาดใหม่ "
    "พร้อมสร้างความร่วมมือในสาขาต่างๆ อาทิ นโยบายการค้า พลังงาน กฎระเบียบด้านศุลกากร อุตสาหกรรมเกษตร "
    "ทรัพย์สินทางปัญญา เศรษฐกิจดิจิทัล ปูทางจัดทำความตกลงการค้าเสรี\n"
    "นายสนธิรัตน์ สนธิจิรวงศ์ รัฐมนตรีว่าการกระทรวงพาณิชย์ เปิดเผยว่า ระหว่างวันที่ 16-21 พฤศจิกายน 2561 "
    "ประธานคณะกรรมาธิการเศรษฐกิจยูเรเชีย (นายทิกราน ซาร์กสยาน) มีกำหนดเดินทางเยือนประเทศไทย "
    "เพื่อเข้าเยี่ยมคารวะนายกรัฐมนตรี (พลเอกประยุทธ์ จันทร์โอชา) และร่วมเป็นสักขีพยานการลงนามบันทึกความร่วมมือ"
    "ระหว่างรัฐบาลแห่งราชอาณาจักรไทยกับคณะกรรมาธิการเศรษฐกิจยูเรเชีย ในวันที่ 19 พฤศจิกายน 2561")
EAEU_DAY = "วันพุธที่ 14 พฤศจิกายน 2561"
EAEU_TITLE = "ไทยรุกตลาดใหม่ ยกระดับความสัมพันธ์กับยูเรเชียสู่หุ้นส่วนทางเศรษฐกิจ"


def test_the_eurasian_economic_commission_spelt_with_cho_is_the_registrys_international_body():
    found = read_passage(EAEU_PREVIEW, EAEU_DAY, EAEU_TITLE)
    assert {o.key for o in found.organisations if "ยูเรเชีย" in o.span.text} == {"eaeu_commission"}
    assert any("digital-economy" in a.fields and {p.key for p in a.parties} == {"TH", "eaeu_commission"}
               for a in found.agreements)
    assert found.relevant


# การประชุมสุดยอดอาเซียน ครั้งที่ 35 2019-11-04 (news 24310): at the ASEAN–Japan summit the PM thanks Japan for its
# support of, among others, a cybersecurity centre, the one digital item of the release, named by the centre alone
ASEAN_JAPAN_TITLE = "นายกรัฐมนตรีมั่นใจความสัมพันธ์หุ้นส่วนยุทธศาสตร์อาเซียน-ญี่ปุ่น"
ASEAN_JAPAN_SUMMIT = "\n".join([
    ("วันนี้ (วันที่ 4 พฤศจิกายน 2562) เวลา 17.00 น. ณ ห้อง Sapphire 203 ศูนย์แสดงสินค้าและการประชุมอิมแพ็ค "
     "เมืองทองธานี พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม และผู้นำประเทศสมาชิกอาเซียน "
     "และนายชินโซะ อาเบะ (Shinzo Abe) ได้เข้าร่วมการประชุมสุดยอดอาเซียน-ญี่ปุ่น ครั้งที่ 22 ภายหลังเสร็จสิ้น "
     "ศาสตราจารย์ นฤมล ภิญโญสินวัฒน์ โฆษกประจำสำนักนายกรัฐมนตรี กล่าวสรุปสาระสำคัญ ดังนี้"),
    ("การประชุมสุดยอดอาเซียน-ญี่ปุ่น ครั้งที่ 22 เพื่อร่วมกันกำหนดทิศทางความสัมพันธ์และความร่วมมือระหว่างอาเซียนกับญี่ปุ่น "
     "และแลกเปลี่ยนข้อคิดเห็นในประเด็นระดับภูมิภาคและระหว่างประเทศที่อยู่ในความสนใจ และเป็นความห่วงกังวลร่วมกัน"),
    ("ในโอกาสนี้ นายกรัฐมนตรีได้ขอบคุณนายกรัฐมนตรีญี่ปุ่นที่สนับสนุนการเป็นประธานอาเซียนของไทย "
     "สนับสนุนข้อริเริ่มที่เกี่ยวกับความยั่งยืน และสนับสนุน “ศูนย์อาเซียนเพื่อผู้สูงวัยอย่างมีศักยภาพและนวัตกรรม” "
     "“คลังเก็บสิ่งของช่วยเหลือผู้ประสบภัยของอาเซียน” และ “ศูนย์ความร่วมมือ"),
    "อาเซียน-ญี่ปุ่นเพื่อพัฒนาบุคลากรด้านความมั่นคงปลอดภัยไซเบอร์”",
])
ASEAN_JAPAN_DAY = "วันจันทร์ที่ 4 พฤศจิกายน 2562"


def test_a_body_of_cooperation_named_for_a_digital_field_is_a_topic_of_the_summit_that_names_it():
    found = read_passage(ASEAN_JAPAN_SUMMIT, ASEAN_JAPAN_DAY, ASEAN_JAPAN_TITLE)
    assert "ajccbc" in {o.key for o in found.organisations}
    assert found.relevant


# ข่าวคณะโฆษก 2024-06-21 (news 84768): the cabinet approves renewing the Thai–German rail declaration with Germany's
# ministry for digital and transport; a ministry's name lists what it governs, rail here
GERMAN_RAIL = (
    "วันนี้ (21 มิถุนายน 2567) นางรัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า "
    "เพื่อเป็นการต่อยอดผลสำเร็จจากการเยือนสหพันธ์สาธารณรัฐเยอรมนีของนายกรัฐมนตรี ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบ"
    "ร่างความยินยอมร่วมกันเพื่อต่ออายุแถลงการณ์ร่วมแสดงเจตจำนงว่าด้วยการพัฒนาความร่วมมือด้านรถไฟ "
    "ระหว่างกระทรวงคมนาคมแห่งราชอาณาจักรไทย และกระทรวงดิจิทัลและคมนาคมแห่งสหพันธ์สาธารณรัฐเยอรมนี "
    "ตามที่กระทรวงคมนาคม (คค.) เสนอ\n"
    "คค. และกระทรวงคมนาคมและโครงสร้างพื้นฐานดิจิทัลแห่งสหพันธ์สาธารณรัฐเยอรมนี ได้ลงนามความตกลงว่าด้วยการต่ออายุ"
    "แถลงการณ์ร่วมฯ จำนวน 2 ครั้ง ซึ่งที่ผ่านมาฝ่ายไทยและฝ่ายเยอรมนีได้ร่วมกันจัดกิจกรรม ภายใต้แถลงการณ์ร่วมดังกล่าว")
GERMAN_RAIL_TITLE = ("\"รัดเกล้า\" เผย ครม. เห็นชอบร่างความยินยอมต่ออายุแถลงการณ์ร่วมเพื่อพัฒนาความร่วมมือด้านรถไฟ"
                     "ไทย-เยอรมนี ต่อยอดผลสำเร็จจากการเยือนเยอรมนีของนายกรัฐมนตรี")


def passage_doc(body: str, day: str, title: str):
    """The pipeline's ``Doc`` of a passage made into a release as :func:`snippets.read_passage` makes it."""
    release = parse_release(f"{title}\n{day}\n{title}\n{body}\n", "snippet.txt")
    nlp = default_nlp()
    doc = nlp.make_doc(doc_text(release))
    doc.user_data["release"] = release
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def test_a_foreign_ministry_whose_name_lists_a_digital_field_is_no_body_of_digital_cooperation():
    # (the passage alone is relevant by the density of ดิจิทัล in its short text; the whole release is not)
    doc = passage_doc(GERMAN_RAIL, "วันศุกร์ที่ 21 มิถุนายน 2567", GERMAN_RAIL_TITLE)
    assert "bmvi_de" in {o.key for o in doc._.organisations}
    assert list(digital_bodies_abroad(doc)) == []
    summit = passage_doc(ASEAN_JAPAN_SUMMIT, ASEAN_JAPAN_DAY, ASEAN_JAPAN_TITLE)
    assert [o.key for o in digital_bodies_abroad(summit)] == ["ajccbc"]


# ข่าวนายกรัฐมนตรี 2021-11-18 (news 48430): the national digital economy board's domestic meeting, where the PM names a
# prize ITU gave a Thai project
DE_BOARD = (
    "นายกรัฐมนตรีกล่าวถึงการดำเนินการด้านดิจิทัลของประเทศ มุ่งให้ประเทศไทยมีองค์ความรู้ที่สามารถพัฒนาต่อยอดจากดิจิทัล"
    "ได้ตลอดเวลา เพื่อให้แข่งขันได้ในเวทีนานาชาติ  ซึ่งเป็นที่น่ายินดีที่โครงการศูนย์ดิจิทัลชุมชน (Digital Community "
    "Center Project) ได้รับรางวัลชนะเลิศด้านสังคมและจริยธรรมของเทคโนโลยีสารสนเทศ ของสหภาพโทรคมนาคมระหว่างประเทศ (ITU) "
    "ในการประชุม World Summit on the Information Society Forum หรือ WSIS Forum 2021 จึงต้องเร่งพัฒนาให้ไทยเป็น"
    "จุดศูนย์กลางของอาเซียนต่อไป")
DE_BOARD_DAY = "วันพฤหัสบดีที่ 18 พฤศจิกายน 2564"


def test_the_giver_of_a_prize_is_no_partner_abroad():
    doc = passage_doc(DE_BOARD, DE_BOARD_DAY, "ข่าว")
    itu = [o for o in doc._.organisations if o.key == "itu"]
    assert len(itu) == 2   # the name and its acronym
    assert not any(o.span.start in foreign_starts(doc) for o in itu)
    # the same body as a partner is one
    talks = passage_doc("ไทยหารือความร่วมมือด้านดิจิทัลกับสหภาพโทรคมนาคมระหว่างประเทศ (ITU)", DE_BOARD_DAY, "ข่าว")
    assert [o.span.start for o in talks._.organisations if o.key == "itu"][0] in foreign_starts(talks)
