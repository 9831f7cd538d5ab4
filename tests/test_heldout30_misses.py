"""What heldout30's releases taught once it opened: real passages of its misses, each with its news id."""

from __future__ import annotations

from extractors.components.relevance import in_industry_list
from extractors.fields import find_fields
from extractors.persons import find_named
from snippets import read_unscreened

#: ข่าวทันสถานการณ์โควิด-19 2020-05-02 (news 30222, heldout30 016): the Thai embassy in Paris posts cloth masks to Thais
MASKS = (
    'วานนี้ (30 เม.ย. 2563) สถานเอกอัครราชทูตฯ ได้ทำการแพ็คหน้ากากผ้า ที่สถานเอกอัครราชทูตฯ ได้ให้การสนับสนุนสมาคมฟรอ'
    'งโก-ไทยรูเบซ์ (Roubaix) ตัดเย็บเพื่อเป็นหน้ากากทางเลือกสำหรับแจกจ่ายให้พี่น้องประชาชนไทยในฝรั่งเศสแล้ว และจะได้จั'
    'ดส่งทางไปรษณีย์ในวันจันทร์ที่ 4 พ.ค. 2563 ให้แก่ผู้ที่ได้ลงทะเบียน รวมทั้งสิ้น 474 ชิ้น คาดว่าจะถึงผู้รับภายในสั'
    'ปดาห์หน้าหรือสัปดาห์ถัดไป ขึ้นอยู่กับระบบการจัดส่งของไปรษณีย์ในแต่ละพื้นที่'
)
#: ด้านเศรษฐกิจ 2023-06-12 (news 69175): postal cooperation with China's State Post Bureau, under the UPU
POSTAL_TALKS = (
    'โดยได้มีการหารือแลกเปลี่ยนแนวทางในการพัฒนาไปรษณีย์ของจีนและไทย แลกเปลี่ยนมุมมองนโยบายด้านการกำกับดูแล และการเข้าสู่'
    'ตลาด รวมทั้งความร่วมมือด้านกิจการไปรษณีย์ระหว่างประเทศภายในกรอบของสหภาพไปรษณีย์สากล (UPU)'
)

#: ข่าวนายกรัฐมนตรี 2022-07-01 (news 56407, heldout30 017): MEDEF International's call on the PM, and who came
MEDEF_FIRMS = (
    'คณะนักธุรกิจฝรั่งเศสที่เข้าเยี่ยมคารวะในครั้งนี้รวม 26 คน โดยเป็นระดับผู้บริหาร จาก 20 บริษัทชั้นนำในสาขาต่าง ๆ '
    'อาทิ วิศวกรรมก่อสร้างและวิศวกรรมยานยนต์ ระบบและเทคโนโลยีด้านการคมนามคมขนส่งทางบก/ทางทะเล อากาศยานและอวกาศยาน '
    'การผลิตอุปกรณ์ไฟฟ้าจากพลังงานสะอาด/พลังงานทดแทน การบริหารจัดการน้ำและของเสีย การบริหารจัดการพลังงาน เป็นต้น'
)

#: ด้านเศรษฐกิจ 2025-01-22 (news 92636, heldout30 001): the IEAT's acting governor in the minister's party
IEAT = (
    'นายภาสกร ชัยรัตน์ ผู้อำนวยการสำนักงานเศรษฐกิจอุตสาหกรรม นายสุเมธ ตั้งประเสริฐ กรรมการ รักษาการผู้ว่าการการนิคมอุตสาหกรรม'
    'แห่งประเทศไทย และคณะผู้บ'
)


def test_a_family_name_that_starts_with_tang_is_a_name():
    assert [hit.name for hit in find_named(IEAT)] == ["ภาสกร ชัยรัตน์", "สุเมธ ตั้งประเสริฐ"]
    # (a clause that starts with the verb is none)
    assert [hit.name for hit in find_named(IEAT.replace("ตั้งประเสริฐ", "ตั้งคณะทำงาน"))] == ["ภาสกร ชัยรัตน์", "สุเมธ"]


def test_sending_by_post_is_no_postal_cooperation():
    assert "postal" not in {m.notation for m in find_fields(MASKS)}
    assert "postal" in {m.notation for m in find_fields(POSTAL_TALKS)}


def test_the_sectors_a_delegations_firms_are_in_are_no_topic():
    at = MEDEF_FIRMS.index("อวกาศยาน")
    assert in_industry_list(MEDEF_FIRMS, at)
    # (the same list as areas the sides cooperate in is a topic)
    cooperating = MEDEF_FIRMS.replace("จาก 20 บริษัทชั้นนำในสาขาต่าง ๆ อาทิ", "ที่พร้อมร่วมมือในสาขาต่าง ๆ อาทิ")
    assert not in_industry_list(cooperating, cooperating.index("อวกาศยาน"))


def _discovered(body: str) -> set[str]:
    return {o.label for o in read_unscreened(body, "วันพฤหัสบดีที่ 2 กุมภาพันธ์ 2566").organisations if not o.registered}


def test_a_country_right_after_a_head_it_completes_closes_the_name():
    # ข่าวนายกรัฐมนตรี 2023-02-02 (news 64481, heldout30 024): a chamber named by its country, then the verb
    chamber = "พร้อมทั้งได้เชิญคณะนักธุรกิจภายใต้หอการค้าลักเซมเบิร์กเดินทางเยือนไทย ภายหลังต้องเลื่อนกำหนดการออกไป"
    assert _discovered(chamber) == {"หอการค้าลักเซมเบิร์ก"}
    # (after other heads the country may be a word of the name: the Thai IoT association)
    assert _discovered("นอกจากนี้ สมาคมไทยไอโอที ได้ร่วมจัดงานสัมมนา") == {"สมาคมไทยไอโอที"}
