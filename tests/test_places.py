"""Foreign places in bodies' names (extractors/data/places.tsv): the country of a body the registry lacks."""

from __future__ import annotations

import pytest

from extractors.places import load_places, place_country, places
from snippets import read_unscreened


def discovered(body: str, day: str = "วันเสาร์ที่ 11 พฤศจิกายน 2566") -> dict[str, str | None]:
    return {o.span.text: o.country for o in read_unscreened(body, day).organisations if not o.registered}


def test_a_city_office_is_its_countrys():
    # news 69979: Chengdu's science and technology office, which the registry lacks; a ``สำนักงาน…`` with no country
    # named would be TH. (Shenzhen's commission, news 5319, the first such case, is registered since.)
    found = discovered("นอกจากนี้ บีโอไอยังได้ร่วมกับสำนักงานวิทยาศาสตร์และเทคโนโลยีแห่งนครเฉิงตู และศูนย์ถ่ายทอด"
                       "เทคโนโลยีแห่งเมืองเทียนฟู จัดกิจกรรมสัมมนา")
    assert found["สำนักงานวิทยาศาสตร์และเทคโนโลยีแห่งนครเฉิงตู"] == "CN"


def test_a_provincial_chamber_abroad():
    # ด้านเศรษฐกิจ 2018 (news 4267): a Lao province's chamber (the Cambodian ``หอการค้าจังหวัด…`` are not discovered:
    # a name whose first word is ``จังหวัด`` is generic)
    found = discovered("บีโอไอจะนำคณะนักลงทุนไทยเข้าหารือกับนักลงทุนและนักธุรกิจของทั้งสองประเทศ ได้แก่ หอการค้าแขวงจำปาสัก "
                       "หอการค้าจังหวัดรัตนคีรี และหอการค้าจังหวัดเสียมราฐ และจะได้เข้าร่วมกิจกรรมเจรจาจับคู่ธุรกิจ")
    assert found["หอการค้าแขวงจำปาสัก"] == "LA"


@pytest.mark.parametrize("news, body, name, code", [
    # ด้านเศรษฐกิจ (news 10174): Hokkaido University signs with the Ministry of Agriculture and GISTDA
    (10174, "โดยกระทรวงเกษตรฯ GISTDA และมหาวิทยาลัยฮอกไกโด จะได้ลงนามใน MOU ร่วมกัน เพื่อจะได้ร่วมมือ",
     "มหาวิทยาลัยฮอกไกโด", "JP"),
    # ด้านเศรษฐกิจ 2023-04-11 (news 67210): the English name closed by no country
    (67210, "ได้ร่วมกับ Shanghai Municipal Commission of Commerce (SCOFCOM) หรือคณะกรรมการพาณิชย์นครเซี่ยงไฮ้ จัดงานสัมมนา",
     "Shanghai Municipal Commission of Commerce", "CN"),
    # สรุปข่าวการประชุม ครม. 2020-09-17 (news 34533): a Cambodian provincial institute of technology
    (34533, "ว่าด้วยการพัฒนาสถาบันเทคโนโลยีกำปงเฌอเตียลและสถาบันเทคโนโลยีกำปงสปือ ตามที่",
     "สถาบันเทคโนโลยีกำปงสปือ", "KH"),
])
def test_a_place_in_the_name_gives_the_country(news, body, name, code):
    assert discovered(body).get(name) == code


def test_thai_places_and_thai_offices_abroad_stay_thai():
    # ด้านเศรษฐกิจ 2022-11-05 (news 54174): EXIM Bank's office *in* Ho Chi Minh City; a Thai province's office
    found = discovered("โดยเฉพาะในเวียดนามมียอดคงค้าง 13,843 ล้านบาท ภายหลังเปิดดำเนินการสำนักงานผู้แทนในนครโฮจิมินห์"
                       "เมื่อปีที่ผ่านมา และสำนักงานพาณิชย์จังหวัดเชียงราย ได้ร่วมจัดงาน")
    assert found.get("สำนักงานพาณิชย์จังหวัดเชียงราย") == "TH"
    office = "สำนักงานผู้แทนในนครโฮจิมินห์"   # (not discovered in this passage: asked of the place lookup itself)
    assert place_country(office, 0, len(office)) is None
    commission = "คณะกรรมการพาณิชย์นครโฮจิมินห์"   # the city's own body
    assert place_country(commission, 0, len(commission)) == "VN"


def test_the_table_loads_and_names_its_bad_row(tmp_path):
    assert places()["เซินเจิ้น"] == "CN" and places()["Guangdong"] == "CN"
    assert not {"เชียงราย", "ภูเก็ต", "กรุงเทพมหานคร"} & set(places())
    bad = tmp_path / "places.tsv"
    bad.write_text("# a comment\ncountry\tlang\tlabel\tmentions\nCN\tth\tเซินเจิ้น\t102\nXX\tth\tที่ไหน\t3\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^places\.tsv:4: bad row"):
        load_places(bad)
