"""Errors found by reading a random sample of the agreements the whole-archive build keeps (the
precision reading of session prec8): real passages of the thaigov archive, through the whole pipeline."""

from __future__ import annotations

from extractors.pipeline import extract
from extractors.release import parse_release


def _agreements(body: str, title: str = "ข่าว", day: str = "วันอังคารที่ 28 มกราคม 2568"):
    text = f"{title}\n{day}\n{title}\n{body}\n"
    return extract(parse_release(text, "snippet.txt"), keep_all=True).agreements


def _one(body: str, **kw):
    found = [a for a in _agreements(body, **kw) if a.status]
    assert len(found) == 1, found
    return found[0]


# --- a cabinet summary's meeting day is no signing day -------------------------------------------------

_AWS = ("สรุปข่าวการประชุมคณะรัฐมนตรี 10 พฤษภาคม 2565\n"
        "พลเอก ประยุทธ์  จันทร์โอชา นายกรัฐมนตรี  เป็นประธานการประชุมคณะรัฐมนตรี ณ ตึกสันติไมตรี (หลังนอก) ทำเนียบรัฐบาล "
        "ซึ่งสรุปสาระสำคัญดังนี้\n"
        "(5) พัฒนาโครงสร้างพื้นฐานด้านดิจิทัลและมุ่งสู่การเป็นประเทศอัจฉริยะ\n"
        "(5.2) ลงนามความร่วมมือเพื่อนำร่อง 10 บริการ ผ่านระบบคลาวด์กลางภาครัฐ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมลงนาม"
        "บันทึกความเข้าใจกับบริษัท อะเมซอน เว็บ เซอร์วิสเซส (ประเทศไทย) จำกัด (AWS) เพื่อนำบริการคลาวด์ของ AWS "
        "เข้ามาเป็นส่วนหนึ่งของระบบคลาวด์กลางภาครัฐ เพื่อใช้ประโยชน์จากโครงสร้างพื้นฐานระบบคลาวด์ทั่วโลกของ AWS\n"
        "14. เรื่อง รายงานการสร้างระบบหลักประกันสุขภาพแห่งชาติ ประจำปีงบประมาณ 2564 และรายงานของผู้สอบบัญชีและรายงาน"
        "การเงินสำหรับปีสิ้นสุดวันที่ 30 กันยายน 2563 ของกองทุนหลักประกันสุขภาพแห่งชาติ")


def test_a_cabinet_summary_gives_its_meeting_day_to_no_signing():
    # สรุปข่าวการประชุมคณะรัฐมนตรี 10 พฤษภาคม 2565 (news 54442): a year's work reported to the cabinet, the AWS
    # MOU among it; the build dated it by the first day of the summary (there, another item's 30 Sep 2020)
    a = _one(_AWS, title="สรุปข่าวการประชุมคณะรัฐมนตรี 10 พฤษภาคม 2565", day="วันอังคารที่ 10 พฤษภาคม 2565")
    assert a.status == "signed"
    assert a.signing_date is None
