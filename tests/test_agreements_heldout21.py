"""heldout21's misses, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from snippets import only_agreement

HKTDC = (  # the industry minister on OSMEP's MOU with the HKTDC, then the EEC's industries (news 3588, 8 May 2017)
    'ด้านนายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม กล่าวเพิ่มเติมว่า กระทรวงอุตสาหกรรมได้ผลักดันให'
    '้มีการลงนามบันทึกความเข้าใจระหว่าง สสว. กับ HKTDC เมื่อปลายเดือนเมษายนที่ผ่านมา โดย HKTDC ถือเป็นหน่'
    'วยงานหลักในการส่งเสริมเชื่อมโยงการค้าการลงทุนของฮ่องกง มีการจัดงานนิทรรศการในระดับสากลกว่า 30 งานต่อ'
    'ปี มีการจัดการเชื่อมโยงธุรกิจ Business Matching การสร้างช่องทางการขายผ่าน Online Marketplace รวมถึงก'
    'ารส่งเสริมพัฒนาศักยภาพของผู้ประกอบการ SMEs ไทยให้เข้าสู่ตลาดสากลด้วย ดังนั้นในโอกาสที่ HKTDC เดินทาง'
    'มาเยือนประเทศไทยในครั้งนี้ \xa0จึงเป็นการขยายผลต่อเนื่องในด้านการสร้างความร่วมมือทางเศรษฐกิจภายใต้ยุทธศ'
    'าสตร์หนึ่งแถบหนึ่งเส้นทาง \xa0โดยกระทรวงอุตสาหกรรมได้มุ่งเน้นผลักดันให้ HKTDC และภาคธุรกิจที่เกี่ยวข้อง'
    ' เล็งเห็นการใช้ประโยชน์จากนโยบายไทยแลนด์ 4.0 และการร่วมทุนในเขตพัฒนาเศรษฐกิจระเบียงตะวันออก (EEC) ขอ'
    'งไทย ทั้งในด้านการพัฒนาอุตสาหกรรมขนาดใหญ่ อาทิ อุตสาหกรรมปิโตรเคมี อุตสาหกรรมยานยนต์และรถยนต์ไฟฟ้า อ'
    'ุตสาหกรรมอิเล็กทรอนิกส์ อุตสาหกรรมเพื่อการก่อสร้าง ธุรกิจโทรคมนาคม ซึ่งในอนาคต')


def test_an_industry_listed_as_a_sector_is_no_field_of_the_mou():
    # ``…อุตสาหกรรมขนาดใหญ่ อาทิ… อุตสาหกรรมเพื่อการก่อสร้าง ธุรกิจโทรคมนาคม``: the EEC's industries, not the MOU's telecom;
    # the HKTDC's online marketplace is what the release gives it (heldout21 018)
    mou = only_agreement(HKTDC, "วันจันทร์ที่ 8 พฤษภาคม 2560")
    assert {p.key for p in mou.parties} >= {"osmep", "hktdc"}
    assert mou.fields == ("e-commerce",)


def test_telecom_as_the_cooperation_named_after_the_list_is_a_field():
    # guard: an item that is no industry ends the list (``และความร่วมมือด้านโทรคมนาคม`` is the MOU's own)
    own = HKTDC.replace("ธุรกิจโทรคมนาคม ซึ่งในอนาคต", "และความร่วมมือด้านโทรคมนาคม ซึ่งในอนาคต")
    assert own != HKTDC
    assert "telecom" in only_agreement(own, "วันจันทร์ที่ 8 พฤษภาคม 2560").fields


def test_industries_the_sides_cooperate_in_are_the_mous_fields():
    # guard (heldout2 012's gold): ``ส่งเสริมความร่วมมือในอุตสาหกรรมที่ใช้เทคโนโลยีขั้นสูง เช่น…`` lists the MOU's own areas
    own = HKTDC.replace("ทั้งในด้านการพัฒนาอุตสาหกรรมขนาดใหญ่ อาทิ", "และส่งเสริมความร่วมมือในอุตสาหกรรมขนาดใหญ่ อาทิ")
    assert own != HKTDC
    assert "telecom" in only_agreement(own, "วันจันทร์ที่ 8 พฤษภาคม 2560").fields
