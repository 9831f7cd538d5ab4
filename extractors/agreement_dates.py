"""The day an instrument was signed, or is to be signed, among the dates of its release.

A signed instrument takes the day its own clause gives, else the nearest single day before
it; a planned or approved one takes a day after the release set for its signing or adoption;
a window of days (a visit) or a month or year alone is no signing day.
"""

from __future__ import annotations

import re
from datetime import date

from extractors.instruments import Instrument, clause_end

_PAST_DATE = re.compile(r"(?:เมื่อ|วันนี้|วานนี้|ที่ผ่านมา)\s*(?:วัน\S{0,8})?\s*\(?\s*$")


def planned_date(text: str, dates, lo: int, hi: int, anchor: int, issued):
    """The date an instrument not yet signed is to be signed: a day named after it in its
    sentence, or a later day before it; never the day of the meeting that reports it."""
    def ok(d) -> bool:
        return d.precision == "day" and bool(d.start_date) and not _PAST_DATE.search(text, max(0, d.start - 20), d.start)
    after = [d for d in dates if anchor <= d.start < hi and ok(d) and (issued is None or d.start_date >= issued)]
    if after:
        return min(after, key=lambda d: d.start)
    before = [d for d in dates if lo <= d.start < anchor and ok(d) and issued is not None and d.start_date > issued]
    return max(before, key=lambda d: d.start) if before else None


#: Lines of the body that make its lead (blank and repeated lines aside), where a release says what day it reports
#: (``วันนี้ (25 พ.ย. 67)``, ``on February 6, 2025``). A day further on belongs to something the release goes on to
#: tell: ``…ลงนามความร่วมมือกับสถาบันการเงิน เมื่อวันที่ 11 กรกฎาคม 2567`` in the sixth paragraph of TCG's year in
#: review is not the day of the KODIT MOU it names last (news 90558).
LEAD_LINES = 3


#: A spokesperson's statement on the lead's day (``วันนี้ 19 มิ.ย. 65 นายธนกร วังบุญคงชนะ โฆษกประจำสำนักนายกรัฐมนตรี
#: เปิดเผยว่า… รับทราบและยินดีกับความร่วมมือ…``, news 55860): the day of the telling, not of the signings it recounts.
#: The gold's signings under such leads have another day or none (heldout 014, heldout2 010, heldout14 019).
_SPOKESPERSON_TELLS = re.compile(r"[^\n]{0,100}?โฆษก[^\n]{0,150}?(?:เปิดเผย|กล่าว|แถลง|ระบุ|เผย)")


def reported_day(text: str, dates, body_start: int, issued):
    """The day a release reports: the first single day in its lead that is not still to come, or None; None too when
    it is the day a spokesperson tells of it.

    >>> from extractors.dates import find_dates
    >>> lead = "หัวข้อ\\nวันนี้ (25 พ.ย. 67) บสย. ลงนาม MOU\\n"
    >>> later = "ผลงานปีนี้\\nโครงการ\\nต่อมาเมื่อวันที่ 11 กรกฎาคม 2567 ลงนามอีกฉบับ"   # (a fourth line)
    >>> reported_day(lead + later, find_dates(lead + later), 7, date(2024, 11, 25))
    datetime.date(2024, 11, 25)
    >>> no_day = "หัวข้อ\\nบสย. ลงนาม MOU\\n" + later
    >>> reported_day(no_day, find_dates(no_day), 7, None) is None
    True
    """
    end, seen = body_start, [text[:body_start]]
    while len(seen) <= LEAD_LINES and end < len(text):
        nl = text.find("\n", end)
        nl = len(text) if nl < 0 else nl
        line = text[end:nl].strip()
        # (a subtitle the page repeats, or a piece of the title, is no line of the lead: news 99889's lead is its
        # body's fifth line, after the subtitle twice and the title in two pieces)
        if line and not any(line in s for s in seen):
            seen.append(line)
        end = nl + 1
    day = next((d for d in sorted(dates, key=lambda d: d.start)
                if body_start <= d.start < end and one_day(d) and not is_future(d, issued)), None)
    if day is None or _SPOKESPERSON_TELLS.match(text, day.end) is not None:
        return None
    return day.start_date


def one_day(d) -> bool:
    """A single day: a window (``ระหว่างวันที่ 27-29 เมษายน 2560``, a visit's days) names no signing day."""
    return d.precision == "day" and bool(d.start_date) and (d.end_date is None or d.end_date == d.start_date)


# ``… ในวันที่ 11 พ.ย. 65 เพื่อพิจารณาและร่วมรับรองต่อไป``, ``… วันที่ 11 พฤศจิกายน 2566 เพื่อนำเสนอให้
# ที่ประชุม…พิจารณาให้การรับรอง``, ``… และรัฐมนตรี…จะพิจารณารับรอง``: the day a pending instrument is to be adopted.
_TO_ADOPT = re.compile(r"[^\n]{0,60}?(?:จะ|เพื่อ)(?:(?!ไม่)[^\n]){0,80}?(?:รับรอง|ลงนาม)")


#: Paragraphs after a pending instrument's that may name its adoption day: the next, or the one after a paragraph on
#: its themes (``…ครั้งที่ 31 (Joint Statement…)…`` / ``หัวข้อ “การยกระดับการเชื่อมโยง”…`` / ``เนื่องจาก… ก่อนการประชุม…
#: ครั้งที่ 31 ในวันที่ 24 มีนาคม 2567 เพื่อให้รัฐมนตรี… ร่วมรับรอง``, news 80568).
ADOPTION_REACH = 2


def adoption_day(text: str, dates, paras, para_idx: int, block_end: int, issued):
    """A day after the release, named in a paragraph after a pending instrument (:data:`ADOPTION_REACH`) and
    followed by ``เพื่อ/จะ … รับรอง/ลงนาม`` (the cabinet approves; the summit adopts on that day)."""
    for s, e in paras[para_idx + 1:para_idx + 1 + ADOPTION_REACH]:
        if s >= block_end:
            break
        for d in dates:
            if s <= d.start < e and one_day(d) and (issued is None or d.start_date > issued) \
                    and _TO_ADOPT.match(text, d.end, e):   # (the pattern bounds its own reach)
                return d
    return None


# ``ซึ่งการลงนามจะมีขึ้นในวันที่ 11 ก.ค. 2565 ที่กัมพูชา``, ``สำหรับกำหนดการลงนามในบันทึกความร่วมมือฯ
# ฉบับใหม่ จะมีขึ้นในวันที่ 5 ส.ค. 2565``: the day set for the signing, said after the approval.
_SIGNING_SET = re.compile(r"ลงนาม[^\n]{0,80}?(?:จะ|มีกำหนด)(?:มีขึ้น|จัดขึ้น)?\s*(?:ใน|เมื่อ)?\s*(?:วัน(?:ที่)?\s*)?$")


def set_signing_day(text: str, dates, lo: int, block_end: int, issued):
    """The first day after the release that the item (``[lo, block_end)``) sets for the signing."""
    for d in sorted(dates, key=lambda d: d.start):
        if lo <= d.start < block_end and one_day(d) and (issued is None or d.start_date > issued) \
                and _SIGNING_SET.search(text, max(lo, d.start - 120), d.start):
            return d
    return None


#: How far before an instrument a month or a year can date its signing (``โดยเมื่อเดือนพฤศจิกายน 2566 นายเศรษฐา ทวีสิน
#: อดีตนายกรัฐมนตรี ได้ผลักดันให้เกิดการลงนามในบันทึกความเข้าใจ…``, news 88584: 73 characters).
COARSE_BEFORE = 120


#: How far into its clause after the title a month or a year can date the signing.
COARSE_AFTER = 200
#: A signing told in a year or month counted from the release's (``“ในปีนี้ บริษัทหัวเว่ยได้ลงนาม MOU กับรัฐบาลไทย…``,
#: news 81992, the trade representative's talks at Huawei): on no day the release names.
_THIS_YEAR = re.compile(r"(?:ใน|เมื่อ)(?:ปี|เดือน)(?:นี้|ที่แล้ว|ที่ผ่านมา|ก่อน)")


def coarse_date(text: str, dates, inst: Instrument) -> bool:
    """``ได้ลงนาม MoU … เมื่อปี 2566``, ``เมื่อเดือนพฤศจิกายน 2566 … ได้ผลักดันให้เกิดการลงนามใน MOU``: signed in a month
    or a year the text names, on no day it names (so not on the release's day)."""
    def introduced(d) -> bool:
        return d.precision in ("month", "year") and \
            bool(re.search(r"(?:เมื่อ|ใน)\s*(?:ปี|เดือน)?\s*$", text[max(0, d.start - 12):d.start]))

    def no_day_between(d) -> bool:
        return not any(one_day(e) and d.start < e.start < inst.start for e in dates) and \
            "\n" not in text[d.start:inst.start]

    def first_after(d) -> bool:   # (not a later year: ``…เมื่อวันที่ 22 สิงหาคม 2561 และมีการต่ออายุเมื่อปี 2565``)
        return not any(one_day(e) and inst.title_end <= e.start < d.start for e in dates)

    if (this := _THIS_YEAR.search(text, max(0, inst.start - COARSE_BEFORE), inst.start)) \
            and "\n" not in text[this.start():inst.start]:
        return True
    # (after the title, anywhere in its clause on its line: ``ซึ่งได้มีการลงนามในความตกลงว่าด้วย วทน. ลงนามโดย
    # รัฐมนตรีช่วยว่าการ… และรัฐมนตรีว่าการ… เมื่อปี 2547``, news 22046, the signatories between)
    line_end = text.find("\n", inst.title_end)
    line_end = len(text) if line_end < 0 else line_end
    after = clause_end(text, inst.title_end, min(inst.title_end + COARSE_AFTER, line_end))
    return any(introduced(d) and (inst.title_end <= d.start < inst.title_end + 40
                                  or inst.title_end <= d.start < after and first_after(d)
                                  or inst.start - COARSE_BEFORE <= d.start < inst.start and no_day_between(d))
               for d in dates)


# ``… พร้อมลงนาม MOU กับ บริษัท หัวเว่ย … ในวันที่ 18 ธ.ค. 2566``: the day the signing clause
# itself gives, after the instrument; nearer the signing than the ``วันนี้ (19 ธ.ค.)`` of the report.
_ON_DAY = re.compile(r"(?:ใน|เมื่อ)\s*(?:วัน(?:ที่)?\s*)?$")   # the date mention may hold the วันที่


def own_day(text: str, dates, inst: Instrument, hi: int):
    """A one-day date introduced by ``ในวันที่``/``เมื่อวันที่`` in the instrument's own clause,
    within 120 characters after its title."""
    stop = clause_end(text, inst.title_end, min(hi, inst.title_end + 120))
    for d in sorted(dates, key=lambda d: d.start):
        if inst.title_end <= d.start < stop and one_day(d) and \
                _ON_DAY.search(text, max(inst.title_end, d.start - 12), d.start):
            return d
    return None


def nearest_date(dates, lo: int, hi: int, anchor: int):
    """The single-day date mention in ``[lo, hi)`` nearest before ``anchor`` (else after)."""
    before = [d for d in dates if lo <= d.start < anchor and one_day(d)]
    if before:
        return max(before, key=lambda d: d.start)
    after = [d for d in dates if anchor <= d.start < hi and one_day(d)]
    return min(after, key=lambda d: d.start) if after else None


def is_future(d, issued) -> bool:
    return bool(issued and d.start_date and d.start_date > issued)


def future_ok(d: date, issued, status: str) -> bool:
    return status == "planned" or issued is None or d >= issued
