"""Instruments beyond MOUs: real sentences from the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from extractors.pipeline import extract
from extractors.records import ActorRef
from extractors.release import parse_release


def _agreements(body: str, day: str):
    text = f"ข่าว\n{day}\nข่าว\n{body}\n"
    return [a for a in extract(parse_release(text, "snippet.txt"), keep_all=True).agreements if a.status]


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
    assert len(found) >= 6
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
