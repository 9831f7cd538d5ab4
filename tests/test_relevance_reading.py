"""Errors found by a blind relevance reading of 80 screened archive releases (twenty-ninth development session): two
readers judged each release by the gold conventions without seeing the judge's flag. Real passages, each with its news
id."""

from __future__ import annotations

from extractors.components.relevance import names_a_rumour, scopes_an_ambition

#: ด้านเศรษฐกิจ 2021-08-18 (news 44871): Thai durian back in Guangzhou's market, and a warning against rumours
DURIAN = (
    'คือ ใบรับรองการผ่านพิธีการศุลกากร ใบตรวจสอบกักกัน ใบรับรองการฆ่าเชื้อ และผลการตรวจโควิด ทั้งนี้ ขอให้ผู้ประกอบ'
    'การอย่าหลงเชื่อข่าวลือ (fake news)'
)
#: ข่าวคณะโฆษก 2025-08-02 (news 99233): Sweden confirms the Gripen sale, and Cambodian media's claim denied
GRIPEN = (
    'ขณะที่  ก่อนหน้านี้กองทัพอากาศไทย ก็ได้โพสต์โต้ระบุว่า กองทัพอากาศ ยืนยัน ว่าข่าวดังกล่าวเป็น“ข่าวบิดเบือนความจริง” '
    'กรณี สื่อกัมพูชาอ้างว่า สวีเดนระงับการขาย Gripen'
)
GRIPEN_SOURCE = 'ซึ่งหนึ่งในต้นตอข่าวปลอมดังกล่าวมาจาก สื่อกัมพูชา "สำนักข่าวพนมเปญ โพสต์" ที่รายงานว่า สวีเดนระงั'


def test_a_rumour_denied_or_warned_of_is_no_topic():
    assert names_a_rumour(DURIAN, DURIAN.index("ข่าวลือ"))
    assert names_a_rumour(DURIAN, DURIAN.index("fake news"))
    assert names_a_rumour(GRIPEN, GRIPEN.index("ข่าวบิดเบือน"))
    assert names_a_rumour(GRIPEN_SOURCE, GRIPEN_SOURCE.index("ข่าวปลอม"))


def test_work_against_false_news_is_a_topic():
    countered = DURIAN.replace("อย่าหลงเชื่อข่าวลือ (fake news)", "ร่วมมือกันต่อต้านข่าวลือ (fake news)")
    assert not names_a_rumour(countered, countered.index("ข่าวลือ"))
    assert not names_a_rumour(countered, countered.index("fake news"))
    spread = "3. เรื่อง การป้องกันและแก้ไขปัญหาการเผยแพร่ข่าวปลอม (Fake News)"   # news 99342, a cabinet order
    assert not names_a_rumour(spread, spread.index("ข่าวปลอม"))


#: ด้านสังคม 2025-02-22 (news 93699): the digital ministry's hearing with the EEC, titled for Thailand as ASEAN's hub
HUB_TITLE = ("ดีอี หนุนหน่วยงานรัฐ-อปท. ใน EEC ใช้ระบบ “e-Office” เสริมศักยภาพด้านดิจิทัล มุ่งสู่ “Smart Region” "
             "เพิ่มขีดความสามารถการแข่งขัน ยกระดับไทยสู่ Digital Hub อาเซียน")


def test_asean_as_the_region_thailand_means_to_be_the_hub_of_is_no_partner():
    at = HUB_TITLE.index("อาเซียน")
    assert scopes_an_ambition(HUB_TITLE, at, at + len("อาเซียน"))
    partner = HUB_TITLE.replace("ยกระดับไทยสู่ Digital Hub อาเซียน", "ร่วมมือกับอาเซียน")
    at = partner.index("อาเซียน")
    assert not scopes_an_ambition(partner, at, at + len("อาเซียน"))
    # (written in capitals after the bloc: ``…พลิกโฉมประเทศไทย ผ่านการพัฒนา ASEAN Digital HUB``, news 72209, 2023-09-14)
    capitals = "และเร่งสร้าง Mega Program พลิกโฉมประเทศไทย ผ่านการพัฒนา ASEAN Digital HUB โดยการขยายผลโครงการ"
    at = capitals.index("ASEAN")
    assert scopes_an_ambition(capitals, at, at + len("ASEAN"))
