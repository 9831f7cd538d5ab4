"""The day a release reports, which a signing it tells with no day of its own takes: found in the lead, not in the
page's head or deep in the body. Real releases of the thaigov archive."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.agreement_dates import reported_day
from extractors.dates import find_dates
from extractors.pipeline import extract
from extractors.release import parse_release
from snippets import TITLE, only_agreement

#: The later layout's head (news 93208, 10 Feb 2025): the Thai date line, the page's numeric date, the print
#: button and the title twice, then the lead.
BEIJING = "\n".join([
    "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-Thailand – China sign 14 Agreements and MoUs",
    "",
    "",
    "วันจันทร์ที่ 10 กุมภาพันธ์ 2568",
    "10/02/2568",
    "พิมพ์",
    "Thailand – China sign 14 Agreements and MoUs",
    "Thailand – China sign 14 Agreements and MoUs",
    "Government Spokesperson Jirayu Houngsub disclosed that on February 6, 2025, at 1745hrs (Beijing local time), at "
    "the Great Hall of the People, Beijing, People’s Republic of China, Prime Minister Paetongtarn Shinawatra and "
    "Chinese Prime Minister Li Qiang witnessed the adoption and signing of 14 Agreements and MoUs between Thailand "
    "and China.",
    "The 14 documents are as follows:",
    "2. Memorandum of Understanding on Promotion of Cooperation in Artificial Intelligence between Ministry of "
    "Digital Economy and Society of the Kingdom of Thailand and National Development and Reform Commission of "
    "People's Republic of China",
    "",
])


def test_the_pages_numeric_date_is_its_head_not_its_body():
    release = parse_release(BEIJING, "news-93208.txt")
    assert release.issued == date(2025, 2, 10)
    assert release.body.startswith("Government Spokesperson Jirayu Houngsub")


def test_a_signing_told_with_an_english_day_takes_that_day():
    # the page's ``10/02/2568`` had been the first day of the body: all fourteen documents were dated 10 February
    mou = next(a for a in extract(parse_release(BEIJING, "news-93208.txt"), keep_all=True).agreements
               if "Artificial Intelligence" in (a.title or ""))
    assert mou.status == "signed" and mou.signing_date == date(2025, 2, 6)
    assert "ai" in mou.fields


TCG = (  # TCG's ten months, then its MOU with KODIT and KOTEC (news 90558, 25 Nov 2024)
    'นายสิทธิกร ดิเรกสุนทร กรรมการและผู้จัดการทั่วไป บรรษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม (บสย.) เปิดเผ'
    'ยว่า ผลดำเนินงาน 10 เดือนของปี 2567 (ม.ค. – ต.ค.) บสย. มียอดค้ำประกันสินเชื่อ 43,228 ล้านบาท ช่วยผู้'
    'ประกอบการ SMEs ได้รับสินเชื่อเพิ่มขึ้น 76,840 ราย\n'
    '1. โครงการตามมาตรการรัฐ วงเงิน 25,057 ล้านบาท คิดเป็น 58% ของยอดค้ำประกัน ช่วย SMEs เข้าถึงสินเชื่อ 71,570 ราย\n'
    '2. โครงการค้ำประกันสินเชื่อดอกเบี้ยถูก (พ.ร.ก. สินเชื่อฟื้นฟู ระยะที่ 2) วงเงิน 9,893 ล้านบาท คิดเป็น 23% ของยอดค้ำ'
    'ประกัน ช่วย SMEs เข้าถึงสินเชื่อ 1,543 ราย\n'
    '3. โครงการค้ำประกันสินเชื่อ ดำเนินการโดย บสย. วงเงิน 8,278 ล้านบาท คิดเป็น 18% ของยอดค้ำประกัน ช่วย SMEs เข้าถึง'
    'สินเชื่อ 4,481 ราย\n'
    'ยอดค้ำประกัน PGS 11 ทะลุ 2 หมื่นล้าน ช่วยรายย่อยเข้าถึงสินเชื่อ\n'
    '-สำหรับโครงการหลัก PGS 11 “บสย. SMEs ยั่งยืน” ซึ่ง บสย. ลงนามความร่วมมือกับสถาบันการเงิน เมื่อวันที่'
    ' 11 กรกฎาคม 2567 ถือว่าได้รับการตอบรับที่ดีเยี่ยม\n'
    'บสย. พร้อมตอบโจทย์นโยบายรัฐ ด้วยการยกระดับการค้ำประกันสินเชื่อ SMEs ในประเทศไทย ล่าสุดได้ลงนามบันทึก'
    'ข้อตกลงความร่วมมือ (MOU) ระหว่าง บสย. และ Korea Credit Guarantee Fund (KODIT) และ Korea Technology F'
    'inance Corporation (KOTEC) สถาบันค้ำประกันสินเชื่อของสาธารณรัฐเกาหลี เมื่อวันที่ 7-8 พฤศจิกายน 2567 '
    'โดยมีเป้าหมายเพื่อยกระดับและพัฒนาการค้ำประกันสินเชื่อในประเทศไทยให้แข็งแกร่ง')


def test_a_day_deep_in_the_body_is_not_the_signing_day():
    # signed over two days (a window names no day), and 11 July is another signing the release goes on to tell
    mou = only_agreement(TCG, "วันจันทร์ที่ 25 พฤศจิกายน 2567")
    assert {p.key for p in mou.parties} >= {"tcg", "kodit"}
    assert mou.signing_date is None


#: A head whose subtitle the page gives twice, with the title in two pieces between (news 99889, 19 Aug 2025).
BOI = "\n".join([
    "นักลงทุนสิงคโปร์ 200 คน ยกทัพเยือนไทย   บีโอไอร่วมจัดงานใหญ่ โชว์ศักยภาพไทย รับทุนไฮเทค",
    "นักลงทุนสิงคโปร์ 200 คน ยกทัพเยือนไทย ประกาศความร่วมมือเชิงยุทธศาสตร์ครั้งใหญ่ระหว่างสองชาติ เฉลิมฉลองความสัมพันธ์"
    "ครบ 60 ปี บีโอไอร่วมจัดงานใหญ่ โชว์ความพร้อมและศักยภาพประเทศไทย รองรับการลงทุน",
    "นักลงทุนสิงคโปร์ 200 คน ยกทัพเยือนไทย",
    "บีโอไอร่วมจัดงานใหญ่ โชว์ศักยภาพไทย รับทุนไฮเทค",
    "นักลงทุนสิงคโปร์ 200 คน ยกทัพเยือนไทย ประกาศความร่วมมือเชิงยุทธศาสตร์ครั้งใหญ่ระหว่างสองชาติ เฉลิมฉลองความสัมพันธ์"
    "ครบ 60 ปี บีโอไอร่วมจัดงานใหญ่ โชว์ความพร้อมและศักยภาพประเทศไทย รองรับการลงทุน โดยเฉพาะกลุ่มอุตสาหกรรมที่ใช้เทคโนโลยี",
    "นายนฤตม์ เทอดสถีรศักดิ์ เลขาธิการคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) เปิดเผยว่า เมื่อวันที่ 19 สิงหาคม 2568 บีโอไอ "
    "ร่วมกับสภาธุรกิจสิงคโปร์ (SBF) จัดงานใหญ่ Singapore Regional Business Forum ครั้งที่ 9",
])


def test_repeated_subtitles_and_title_pieces_are_no_lines_of_the_lead():
    body_start = BOI.index("\n") + 1
    assert reported_day(BOI, find_dates(BOI), body_start, date(2025, 8, 19)) == date(2025, 8, 19)


# Signings told in passing, from the precision reading of the twenty-fourth session: (body, day, title, status)
TOLD_IN_PASSING = {
    # ข่าวคณะโฆษก 2023-06-22 (news 69532): the latest of a spokeswoman's round-up, signed some day before
    "latest of a round-up": (
        "วันที่ 22 มิถุนายน 2566 น.ส.ทิพานัน ศิริชนะ รองโฆษกประจำสำนักนายกรัฐมนตรี "
        "เปิดเผยถึงความคืบหน้านโยบายพัฒนาเศรษฐกิจดิจิทัลของ รัฐบาล พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีว่า\n"
        "น.ส.ทิพานัน กล่าวว่า ล่าสุด อีริคสัน (Ericsson) ซึ่งเป็นผู้นำเครือข่าย 5G ระดับโลก "
        "ให้บริการเครือข่าย 5G จำนวน 147 เครือข่ายใน 63 ประเทศทั่วโลก ได้ลงนามในบันทึกข้อตกลงความร่วมมือ (MoU) "
        "กับ DEPA เพื่อขับเคลื่อนการทำดิจิทัลทรานส์ฟอร์เมชันผ่านการใช้เครือข่าย 5G ในประเทศไทย",
        "วันพฤหัสบดีที่ 22 มิถุนายน 2566", None, "signed"),
    # ข่าวทำเนียบรัฐบาล 2019-11-25 (news 24778): a smart-city project that came of MOUs signed on an earlier visit
    "what a signing brought": (
        "วันนี้ (24 พฤศจิกายน 2562) เวลา 16.30 น. ตามเวลาท้องถิ่น พลเอกประยุทธ์ จันทร์โอชา "
        "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม และภริยา พร้อมด้วยคณะ เดินทางถึงฐานทัพอากาศกิมแฮ\n"
        "โครงการ Busan Eco-Delta Smart City เป็นโครงการพัฒนาเมืองอัจฉริยะระดับชาติ โครงการแรกของเกาหลีใต้ "
        "อันเป็นผลมาจากการลงนาม MOUs ระหว่างรัฐบาลทั้งสองประเทศ ครั้งที่ ประธานาธิบดีสาธารณรัฐเกาหลีเยือนไทย "
        "เพื่อสนับสนุนการแลกเปลี่ยนนโยบาย เทคโนโลยี ข้อมูลและทรัพยากรมนุษย์ รวมทั้งส่งเสริมอุตสาหกรรมที่เกี่ยวข้อง "
        "เพื่อพัฒนาเมืองอัจฉริยะของทั้งสองประเทศ",
        "วันจันทร์ที่ 25 พฤศจิกายน 2562", None, "signed"),
    # Government News 2024-11-29 (news 90792): the Thai and Singaporean PMs' talks; a signing pushed ahead is to come
    "a signing pushed ahead": (
        "November 28, 2024, at 1030hrs, at the lawn in front of the Thai Khu Fah Building, Government "
        "House, Prime Minister Paetongtarn Shinawatra welcomed H.E. Mr. Lawrence Wong, Prime Minister of the "
        "Republic of Singapore on occasion of his official visit to Thailand as guest of the Thai Government.\n"
        "Both parties also committed to push ahead the signing of a new Memorandum of Understanding on "
        "Digital Economy Cooperation between Thailand and Singapore, which will endorse cooperation in "
        "cybersecurity, AI regulation, online scams, and other areas of mutual interest.",
        "วันศุกร์ที่ 29 พฤศจิกายน 2567",
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-PM welcomes Singaporean PM on latter’s official visit to Thailand", "planned"),
}


@pytest.mark.parametrize("body, day, title, status", TOLD_IN_PASSING.values(), ids=TOLD_IN_PASSING.keys())
def test_a_signing_told_in_passing_takes_no_day_of_the_release(body, day, title, status):
    a = only_agreement(body, day, title or TITLE)
    assert (a.status, a.signing_date) == (status, None)
