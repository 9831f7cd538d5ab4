"""heldout11's misses, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from snippets import read_passage

ANWAR_VISIT = (  # นายกฯ แถลงร่วม นายกฯ มาเลเซีย (news 64756, 9 กุมภาพันธ์ 2566): the fourth of four instruments exchanged
    "อนึ่ง นายกรัฐมนตรีของทั้งสองประเทศได้ร่วมเป็นสักขีพยานในพิธีแลกเปลี่ยนความตกลง 4 ฉบับ ได้แก่\n"
    "3. บันทึกความตกลงระหว่าง TNB Power Generation Sdn. Bhd. (“GenCo”) และ B Grimm Power Public Co. Ltd. (“B Grimm”) "
    "ซึ่งเกี่ยวกับข้อเสนอในการแสวงหาโอกาสในการทำงานร่วมกัน การมีส่วนร่วม และการพัฒนาโครงการพลังงานหมุนเวียนต่าง ๆ "
    "ในภูมิภาคเอเชียตะวันออกเฉียงใต้\n"
    "4. บันทึกความเข้าใจระหว่าง Malaysia Digital Economy Corporation SDN. BHD. (MDEC) และสำนักงานส่งเสริมเศรษฐกิจดิจิทัล "
    "(depa)")


def test_a_malaysian_company_form_does_not_end_the_title():
    extraction = read_passage(ANWAR_VISIT, "วันพฤหัสบดีที่ 9 กุมภาพันธ์ 2566")
    mdec = [a for a in extraction.agreements if "Malaysia Digital Economy" in (a.title or "")]
    assert len(mdec) == 1 and "(depa)" in mdec[0].title
    assert {p.key for p in mdec[0].parties if p.kind == "org"} == {"mdec_my", "depa"}


def test_an_mou_of_two_digital_economy_agencies_is_about_the_digital_economy():
    extraction = read_passage(ANWAR_VISIT, "วันพฤหัสบดีที่ 9 กุมภาพันธ์ 2566")
    fields = {a.title.split(" Sdn")[0].split(" SDN")[0]: a.fields for a in extraction.agreements}
    assert fields["บันทึกความเข้าใจระหว่าง Malaysia Digital Economy Corporation"] == ("digital-economy",)
    assert fields["บันทึกความตกลงระหว่าง TNB Power Generation"] == ()     # energy companies: no mandate
