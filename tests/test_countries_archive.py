"""Countries in real archive passages: names of seas, oceans and regions that contain a country's name."""

from __future__ import annotations

import pytest

from extractors.countries import find_countries


@pytest.mark.parametrize("text, codes", [
    # 13 พันธมิตร จับมือ… แพลตฟอร์ม IDA (news 33225): a company's Thai and Indochina arm
    ("10. บริษัท พาโลอัลโต้ เน็ตเวิร์ค ประเทศไทย และ อินโดจีน", ["TH"]),
    # the 31st ASEAN Summit plenary (news 8036): the Indian Ocean Rim Association
    ("กรอบสมาคมแห่งมหาสมุทรอินเดีย (IORA) ยุทธศาสตร์ความเชื่อมโยง", []),
    # the ADMM Retreat in Hanoi (news 26624): a sea (gold convention, heldout6 015)
    ("สถานการณ์ในภูมิภาค อาทิ ปัญหาในทะเลจีนใต้ การก่อการร้าย", []),
    ("ความร่วมมือไทย-จีน ด้านดิจิทัล", ["TH", "CN"]),      # the country itself is still one
])
def test_a_sea_ocean_or_region_named_after_a_country_is_no_mention_of_it(text, codes):
    assert [m.id for m in find_countries(text)] == codes


@pytest.mark.parametrize("text, codes", [
    # the cabinet approves ASEAN outcome documents (news 70231): Mexico spelt with ช, as 8 archive releases spell it
    ("ภาคยานุวัติสนธิสัญญามิตรภาพและความร่วมมือในเอเชียตะวันออกเฉียงใต้ (TAC) ของสหรัฐเม็กชิโก สาธารณรัฐปานามา",
     ["MX", "PA"]),
])
def test_a_misspelt_country_name_the_archive_uses_is_that_country(text, codes):
    assert [m.id for m in find_countries(text)] == codes


@pytest.mark.parametrize("text, codes", [
    # the transport minister's talks in Paris (news 80118, heldout25 019): a German company, by the adjective
    ("อีกทั้งเชิญชวนบริษัท Volocopter (โวโล คอปเตอร์) บริษัทสัญชาติเยอรมันที่ดําเนินการด้านการพัฒ", ["DE"]),
    # vaccine investment talks (news 80557): German measles is a disease
    ("เช่น การลงทุนพัฒนาวัคซีนป้องกันคางทูม หัด หัดเยอรมัน และสุกใส (Mumps-Measle-Rubell", []),
])
def test_the_adjective_german_names_germany_but_not_in_german_measles(text, codes):
    assert [m.id for m in find_countries(text)] == codes
