"""heldout19's misses, from real releases of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from snippets import only_agreement

SICHUAN_TELECOM = (  # รองนายกรัฐมนตรีเยี่ยมชมเสฉวนเทเลคอม… (news 7995, 10 พฤศจิกายน 2560)
    "หลังจากนั้นได้มีการประชุมร่วมกัน ซึ่งรองนายกรัฐมนตรี ได้กล่าวชื่นชมการบริหารงานของบริษัททั้งสามแห่ง "
    "จนเป็นผู้นำเทคโนโลยีทางด้านนี้ในระดับโลก พร้อมทั้งได้เสนอให้มีการทำบันทึกความเข้าใจ (MOU) ระหว่างบริษัท ไชน่า เทเลคอม "
    "จำกัด กับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เพื่อให้มีการแลกเปลี่ยนความร่วมมือระหว่างกันต่อไป")


def test_an_mou_proposed_with_the_plain_verb_is_planned():
    mou = only_agreement(SICHUAN_TELECOM, "วันศุกร์ที่ 10 พฤศจิกายน 2560")
    assert mou.kind == "mou" and mou.status == "planned"
    assert {p.key for p in mou.parties if p.kind == "org"} == {"china_telecom", "mdes"}


def test_a_content_less_mou_of_the_digital_ministry_takes_its_partners_field():
    mou = only_agreement(SICHUAN_TELECOM, "วันศุกร์ที่ 10 พฤศจิกายน 2560")
    assert mou.fields == ("telecom",)     # China Telecom exists for telecom; MDES for every digital field
