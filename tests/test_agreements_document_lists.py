"""Lists of documents numbered ``ฉบับที่ N`` and what they share, renewals agreed, and venues and websites among the
field words: real passages from the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from functools import lru_cache

from extractors.fields import find_fields
from extractors.instruments import find_instruments
from extractors.records import ActorRef

from snippets import agreements_with_status

AMM56 = (  # ข่าวคณะโฆษก 2023-07-11 (news 70231): the cabinet approves 15 numbered ASEAN outcome documents
    "นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยหลังการประชุมคณะรัฐมนตรี (ครม.) เมื่อวันที่ 11 "
    "กรกฎาคม 2566 ว่า ครม.เห็นชอบร่างเอกสารผลลัพธ์ของการประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ 56 "
    "และการประชุมระดับรัฐมนตรีที่เกี่ยวข้อง จำนวน 15 ฉบับ ซึ่งจะมีการลงนามและรับรองร่างเอกสารต่าง ๆ "
    "ในการประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ 56 ระหว่างวันที่ 11 -14 กรกฎาคม 2566 ณ กรุงจาการ์ตา "
    "โดยสาธารณรัฐอินโดนีเซียเป็นเจ้าภาพ\n"
    "ฉบับที่ 1 ร่างแถลงการณ์ร่วมของการประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ 56 "
    "เป็นเอกสารแสดงเจตนารมณ์ทางการเมืองร่วมกันของประเทศสมาชิกอาเซียนในช่วงการประชุมรัฐมนตรีต่างประเทศอาเซียน "
    "ครั้งที่ 56 ภายใต้หัวข้อหลัก \"อาเซียนเป็นศูนย์กลางสรรค์สร้างความเจริญ\" โดยมีหัวข้อสำคัญ ได้แก่\n"
    "1.การเสริมสร้างความเข้มแข็งของอาเซียน เป็นการส่งเสริมความร่วมมือในด้านต่าง ๆ ในภูมิภาค อาทิ "
    "การสร้างความเข้มแข็งในการฟันฝ่าพลวัตทางภูมิรัฐศาสตร์ การส่งเสริมและคุ้มครองสิทธิมนุษยชน เช่น สิทธิเด็ก "
    "สิทธิคนพิการ การเสริมสร้างความมั่นคงทางอาหารและโภชนาการอย่างยั่งยืน\n"
    "2.ประชาคมอาเซียน เป็นการแสดงเจตนารมณ์ถึงการสานต่อและเพิ่มพูนความร่วมมือทั้งสามเสาของอาเซียน ดังนี้\n"
    "เสาที่ 1 ประชาคมการเมือง-ความมั่นคงอาเซียน อาทิ "
    "รักษาภูมิภาคอาเซียนให้เป็นเขตปลอดอาวุธนิวเคลียร์และปราศจากอาวุธที่มีอานุภาพทำลายล้างสูงทุกประเภท  "
    "ต่อสู้กับกิจกรรมที่ผิดกฎหมายและอาชญากรรมข้ามชาติ ส่งเสริมความร่วมมือในการต่อต้านการค้ามนุษย์\n"
    "เสาที่ 2 ประชาคมเศรษฐกิจอาเซียน อาทิ ฟื้นฟูเศรษฐกิจและการรวมตัวทางเศรษฐกิจดิจิทัล "
    "สนับสนุนการจัดทำแผนฟื้นฟูการท่องเที่ยวภายหลังการระบาดของโรคโควิด–19 "
    "ผลักดันการเชื่อมโยงระบบการชำระเงินในภูมิภาค สร้างระบบการชำระเงินข้ามแดน สนับสนุนการมีส่วนร่วมทางเศรษฐกิจของ "
    "MSMEs\n"
    "เสาที่ 3 ประชาคมสังคมและวัฒนธรรมอาเซียน อาทิ จัดทำแผนปฏิบัติการร่วมว่าด้วยสุขภาพหนึ่งเดียว "
    "สร้างทักษะที่จำเป็นแก่เยาวชนเพื่อรับมือกับความท้าทายในอนาคต รับมือกับความท้าทายด้านสิ่งแวดล้อม "
    "เฝ้าระวังมลพิษจากหมอกควันข้ามแดนอย่างต่อเนื่อง\n"
    "สำหรับร่างเอกสารฉบับที่ 3 – 6 ประกอบด้วย ฉบับที่ 3 ร่างแถลงการณ์ร่วมอาเซียน - อาโอทีอาโรอา "
    "นิวซีแลนด์ว่าด้วย ความร่วมมือต่อมุมมองอาเซียนต่ออินโด - แปซิฟิก ฉบับที่ 4 "
    "ร่างแถลงการณ์ร่วมของรัฐมนตรีต่างประเทศอาเซียนและรัสเซียในวาระครบรอบ 5 ปี "
    "ความเป็นหุ้นส่วนเชิงยุทธศาสตร์อาเซียน - รัสเซีย ฉบับที่ 5 "
    "ร่างภาคผนวกของแผนปฏิบัติการเพื่อดำเนินความเป็นหุ้นส่วนอาเซียน - อินเดีย เพื่อสันติภาพ ความก้าวหน้า "
    "และความรุ่งเรืองร่วมกัน (ค.ศ. 2021-2025) ฉบับที่ 6 ร่างภาคผนวกของแผนปฏิบัติการอาเซียน - สหรัฐอเมริกา ค.ศ. "
    "2021-2025 ความเป็นหุ้นส่วนเชิงยุทธศาสตร์แบบรอบด้านระหว่างอาเซียนกับสหรัฐอเมริกา ทั้ง 4 ฉบับนี้ "
    "มีสาระสำคัญเกี่ยวกับเชื่อมโยงกับความร่วมมือสามเสาของอาเซียน คือ 1.ด้านการเมืองและความมั่นคง เช่น "
    "เสริมสร้างความร่วมมือในการต่อต้านภัยคุกคามด้านความมั่นคงต่าง ๆ ส่งเสริมความมั่นคงและปลอดภัยทางทะเล "
    "2.ด้านเศรษฐกิจ เช่น เสริมสร้างความร่วมมือด้านการวางกฎเกณฑ์ด้านเศรษฐกิจดิจิทัล 3.ด้านสังคมและวัฒนธรรม เช่น "
    "จัดการปัญหามลพิษทางอากาศ ส่งเสริมการแลกเปลี่ยนทางวัฒนธรรม การส่งเสริมความเท่าเทียมทางเพศ เป็นต้น")


@lru_cache(maxsize=1)
def _amm56():
    """The passage's agreements, read once for the tests that look at them."""
    return agreements_with_status(AMM56, "วันอังคารที่ 11 กรกฎาคม 2566")


def _titled(found, start: str):
    [a] = [a for a in found if (a.title or "").startswith(start)]
    return a


def test_numbered_documents_are_one_instrument_each():
    found = _amm56()
    communique = _titled(found, "แถลงการณ์ร่วมของการประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ 56")
    new_zealand = _titled(found, "แถลงการณ์ร่วมอาเซียน - อาโอทีอาโรอา นิวซีแลนด์")
    russia = _titled(found, "แถลงการณ์ร่วมของรัฐมนตรีต่างประเทศอาเซียนและรัสเซีย")
    assert {a.status for a in (communique, new_zealand, russia)} == {"approved"}
    # the third document's title stops at the fourth's number; each has its own partner
    assert "ฉบับที่" not in new_zealand.title
    assert set(new_zealand.parties) == {ActorRef("org", "asean"), ActorRef("country", "NZ")}
    assert set(russia.parties) == {ActorRef("org", "asean"), ActorRef("country", "RU")}


def test_a_documents_content_runs_over_its_pillars():
    # ``…หัวข้อสำคัญ ได้แก่ 1.… 2.ประชาคมอาเซียน… ดังนี้`` then ``เสาที่ 1 … เสาที่ 2 … เสาที่ 3``
    found = _amm56()
    communique = _titled(found, "แถลงการณ์ร่วมของการประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ 56")
    assert set(communique.fields) == {"digital-economy", "e-transactions"}
    assert communique.parties == (ActorRef("org", "asean"),)


def test_what_all_the_listed_documents_share_is_each_ones_content():
    # ``ทั้ง 4 ฉบับนี้ มีสาระสำคัญ… การวางกฎเกณฑ์ด้านเศรษฐกิจดิจิทัล``: the New Zealand statement's too, not only the last
    found = _amm56()
    assert _titled(found, "แถลงการณ์ร่วมอาเซียน - อาโอทีอาโรอา นิวซีแลนด์").fields == ("digital-economy",)
    assert _titled(found, "แถลงการณ์ร่วมของรัฐมนตรีต่างประเทศอาเซียนและรัสเซีย").fields == ("digital-economy",)


BANG_SUE = (  # ด้านเศรษฐกิจ 2023-02-23 (news 65351): MOT and Japan's MLIT review their cooperation
    "สำหรับการพัฒนาพื้นที่รอบสถานีขนส่งมวลชนและเมืองอัจฉริยะในโครงการบางซื่อ ซึ่งฝ่ายไทยและญี่ปุ่นได้เห็นชอบการจัดทำแผน"
    "ร่วมกันในการพัฒนาพื้นที่โดยรอบสถานีขนส่งมวลชน (TOD) บริเวณสถานีกลางกรุงเทพอภิวัฒน์ การแสดงเจตจำนงการต่ออายุบันทึก"
    "ข้อตกลงความร่วมมือโครงการบางซื่อ และการลงนามบันทึกการหารือระหว่างบริษัท เอสอาร์ที แอสเสท จำกัด และองค์กรพัฒนาและ"
    "ฟื้นฟูเมืองญี่ปุ่น (UR) ที่ทั้งสองฝ่ายเห็นพ้องการพัฒนาพื้นที่สถานีกลางกรุงเทพอภิวัฒน์")


def test_a_renewal_both_sides_intend_is_planned_and_ends_its_title():
    first = find_instruments(BANG_SUE)[0]
    assert first.title == "บันทึกข้อตกลงความร่วมมือโครงการบางซื่อ"   # ``และการลงนาม…`` is another paper
    assert (first.kind, first.status) == ("mou", "planned")


def test_a_renewal_one_side_asks_for_is_no_plan_of_the_text():
    # สรุปข่าวการประชุม ครม (news 40260, the cabinet digest of 23 Mar 2021): the old MOU's term follows; the
    # cabinet's approval, not this request, is the instrument's status
    [inst] = find_instruments("แจ้งว่าฝ่ายบังกลาเทศประสงค์ขอต่ออายุ MoU ซึ่งมีผลบังคับใช้ถึงวันที่ 28 กุมภาพันธ์ 2564")
    assert inst.status is None


def test_a_post_office_building_is_a_place_not_postal_cooperation():
    # ด้านเศรษฐกิจ 2017-07-14 (news 5225): a joint stamp issue with Russia launched there
    assert find_fields("การจัดงานดังกล่าวมีขึ้น เมื่อวันที่ 6 กรกฎาคม 2560 ณ อาคารไปรษณีย์กลาง บางรัก กรุงเทพฯ") == []
    assert [m.notation for m in find_fields("ความร่วมมือด้านกิจการไปรษณีย์")] == ["postal"]


def test_closing_illegal_websites_is_cybercrime_work():
    # ด้านสังคม 2021-02-05 (news 38913): MDES and the Premier League's Singapore office
    text = ("เป็นประธานการประชุมหารือเรื่องการปิดเว็บไซต์ที่ถ่ายทอดการแข่งขันฟุตบอลพรีเมียร์ลีกโดยผิดกฎหมาย "
            "โดยมีคณะผู้แทนจากพรีเมียร์ลีก")
    assert [m.notation for m in find_fields(text)] == ["online-scam"]


def test_an_instrument_with_no_field_of_its_own_takes_the_topic_its_paragraph_opens_with():
    # ``สำหรับการพัฒนาพื้นที่รอบสถานีขนส่งมวลชนและเมืองอัจฉริยะในโครงการบางซื่อ ซึ่ง…``: the smart city of the Bang Sue project
    [renewal] = [a for a in agreements_with_status(BANG_SUE, "วันพฤหัสบดีที่ 23 กุมภาพันธ์ 2566")
                 if a.title == "บันทึกข้อตกลงความร่วมมือโครงการบางซื่อ"]
    assert (renewal.status, renewal.fields) == ("planned", ("smart-city",))
