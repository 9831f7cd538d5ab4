"""Dates in Thai government press releases: the publication-date line and dates in running text.

This replaces PyThaiNLP's ``thai_strptime``, which raises on text that is not a date,
mishandles Thai digits and reads Gregorian years as Buddhist-era ones. Every form handled
here was seen in the thaigov.go.th archive (2016–2025):

* full, colloquial and abbreviated Thai months, with or without dots
  (``มีนาคม``, ``มีนา``, ``มี.ค.``, ``มี.ค``, ``มีค``), and the misspelling ``กรกฏาคม``;
* Buddhist-era years (``2567``, ``พ.ศ. 2567``, two-digit ``67``) and Gregorian ones
  (``2024``, ``ค.ศ. 2024``);
* Thai digits (``๒๕ มีนาคม ๒๕๖๔``), weekday prefixes (``วันศุกร์ที่``, ``จันทร์ที่``);
* ranges within and across months (``18 - 22 สิงหาคม 2024``, ``30 ก.ย. - 2 ต.ค. 2567``,
  ``1 ต.ค. 2558 ถึงวันที่ 30 ก.ย. 2559``), month and year ranges (``ปี 2566 - 2570``);
* English dates (``18 August 2024``, ``August 18-22, 2024``, ``2 Feb 2024``);
* ``dd/mm/yyyy`` (the second date line of the 2020–2025 archive);
* relative words (``วานนี้``, ``วันนี้``, ``พรุ่งนี้``), optionally followed by the explicit
  date in brackets: ``วานนี้ (18 ตุลาคม 2566)``.

Digits are normalised with :func:`thai_digits_to_arabic`, which keeps the length, so every
offset found in the normalised text is an offset into the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.patterns import LeadScan, alternation
from extractors.stretches import written_stretches

__all__ = [
    "THAI_DIGITS",
    "THAI_MONTHS",
    "THAI_MONTH_ABBRS",
    "ENGLISH_MONTHS",
    "DateMention",
    "dateline_day",
    "find_date_line",
    "locate_date_line",
    "find_dates",
    "parse_date_line",
    "thai_digits_to_arabic",
    "to_gregorian_year",
]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# (Thai digit, Arabic digit): one str.replace per digit present, since str.translate looks
# every character of a Thai text up in a dict (a few hundred times slower on a release).
_DIGIT_PAIRS = tuple(zip(THAI_DIGITS, "0123456789"))

# The Buddhist era (พ.ศ.) is 543 years ahead of the Gregorian calendar (ค.ศ.).
# Since 1941 the Thai year begins on 1 January, so the offset is the same all year.
BE_OFFSET = 543
# A year above this is Buddhist era: BE 2400 is CE 1857, long before any release.
BE_THRESHOLD = 2400
# Two-digit years in the archive ("15 ธ.ค. 60", "ต.ค.66") are always short Buddhist-era years.
_SHORT_BE_CENTURY = 2500
# Years accepted as real dates once converted to Gregorian.
_MIN_YEAR, _MAX_YEAR = 1900, 2100
# A year-less date is put in the year that brings it closest to the reference date,
# so "5 ม.ค." said in December is next January, and "18 ต.ค." said in March is last October.

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
# Colloquial short names ("14 ธันวา"); only read right after a day number.
THAI_MONTHS_SHORT = (
    "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา",
    "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
)
THAI_MONTH_ABBRS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")

# Month spelling (dots and spaces removed) -> month number.
_MONTH_NUMBER: dict[str, int] = {}
for _i, _name in enumerate(THAI_MONTHS, 1):
    _MONTH_NUMBER[_name] = _i
    _MONTH_NUMBER[THAI_MONTHS_SHORT[_i - 1]] = _i
    _MONTH_NUMBER[THAI_MONTH_ABBRS[_i - 1].replace(".", "")] = _i
_MONTH_NUMBER["กรกฏาคม"] = 7  # a frequent misspelling (ฏ for ฎ)
_MONTH_NUMBER["กรกฏา"] = 7
for _i, _name in enumerate(ENGLISH_MONTHS, 1):
    _MONTH_NUMBER[_name.lower()] = _i
    _MONTH_NUMBER[_name[:3].lower()] = _i
_MONTH_NUMBER["sept"] = 9

_WEEKDAY_NUMBER = {name: i for i, name in enumerate(THAI_WEEKDAYS)}
_WEEKDAY_NUMBER["พฤหัส"] = 3


# --- regular-expression building blocks (all run on digit-normalised text) -------------

def _alt(words: Sequence[str]) -> str:
    """An alternation that tries longer words first."""
    return alternation(words)


_H = r"(?:[^\S\n]|[\u200b\ufeff])"                 # horizontal space (NBSP, zero-width too), never a newline
_THAI_LETTER = r"[\u0e01-\u0e4e]"
_FULL = _alt((*THAI_MONTHS, "กรกฏาคม"))
_SHORT = _alt((*THAI_MONTHS_SHORT, "กรกฏา"))
# "ม.ค." also written "ม.ค", "ม .ค.", "ม. ค.", "มค.", "มค"; never followed by another "X."
# so that "ก.ค.ศ." and "ส.ค.ส." are not months.
_ABBR_PARTS = [a.strip(".").split(".") for a in THAI_MONTH_ABBRS]
_ABBR_LOOSE = "|".join(f"{a}(?:{_H}?\\.{_H}?)?{b}" for a, b in sorted(_ABBR_PARTS, key=lambda p: -len(p[0])))
_ABBR_DOTTED = "|".join(f"{a}\\.{_H}?{b}\\." for a, b in sorted(_ABBR_PARTS, key=lambda p: -len(p[0])))
_ABBR_END = rf"(?:{_H}?\.(?!{_THAI_LETTER}\.)|(?!\.|{_THAI_LETTER}))"
# After a day number every spelling is safe; alone (month + year), only full names and dotted forms.
_MONTH_AFTER_DAY = rf"(?:(?:{_FULL})|(?:{_ABBR_LOOSE}){_ABBR_END}|(?:{_SHORT})(?!{_THAI_LETTER}))"
_MONTH_ALONE = rf"(?:(?:{_FULL})|(?:{_ABBR_DOTTED})(?!{_THAI_LETTER}\.))"
_WEEKDAY = f"(?:{_alt((*THAI_WEEKDAYS, 'พฤหัส'))})"

# A day number: not part of a larger number, a decimal, a time or a fraction.
_DAY = r"(?<![\d.,/:])(?:0?[1-9]|[12]\d|3[01])(?![\d]|[.:]\d)"
# The same, written to start with a digit so that the regex engine can skip ahead fast;
# the value (1–31) is checked in code.
_LEAD_DAY = r"\d(?<![\d.,/:]\d)\d?(?![\d]|[.:]\d)"
# Words after a number that make it a quantity, not a year ("30 มิ.ย. 15 วัน").
_UNIT = (r"(?:ล้าน|พัน|หมื่น|แสน|ราย|คน|บาท|ปี|เดือน|วัน|ชั่วโมง|ชม\.|นาที|ครั้ง|แห่ง|%|เปอร์เซ็นต์"
         r"|ตัน|กิโล|กก\.|กม\.|ไร่|ลำ|คัน|ชิ้น|ฉบับ|โครงการ|จังหวัด|ประเทศ|หน่วย|องค์กร|เท่า|ข้อ)")
_YEAR_DIGITS = r"(?:2[4-6]\d\d|19\d\d|20\d\d|[3-9]\d)(?![\d]|[.,:/]\d)" + rf"(?!{_H}*{_UNIT})"
_ERA = r"(?:พ\.?" + _H + r"?ศ\.?|ค\.?" + _H + r"?ศ\.?|พุทธศักราช|คริสต์ศักราช)"
_YEAR = rf"(?:(?P<{{g}}era>{_ERA}){_H}*)?(?P<{{g}}>{_YEAR_DIGITS})"


def _year(group: str) -> str:
    return _YEAR.replace("{g}", group)


_RANGE_SEP = rf"{_H}*(?:-|–|—|ถึงวันที่|ถึงวัน{_WEEKDAY}ที่|จนถึงวันที่|จนถึง|ถึง){_H}*"
_DAY_PREFIX = rf"(?:วัน{_H}*(?P<wd>{_WEEKDAY}){_H}*(?:ที่{_H}*)?|วันที่{_H}*|(?<!{_THAI_LETTER})(?P<wd2>{_WEEKDAY}){_H}*ที่{_H}*)"

# A Thai day date, a day range in one month, or a range across months. It starts at the
# day number (fast to find); a "วันศุกร์ที่" / "วันที่" before it is read by _DAY_PREFIX_RE.
_THAI_DAY_RE = re.compile(
    rf"(?P<d1>{_LEAD_DAY})"
    rf"(?:{_RANGE_SEP}(?P<d2>{_DAY}){_H}*(?P<m2>{_MONTH_AFTER_DAY})(?:{_H}*{_year('y2')})?"
    rf"|{_H}*(?P<m1>{_MONTH_AFTER_DAY})(?:{_H}*{_year('y1')})?"
    rf"(?:{_RANGE_SEP}(?:วันที่{_H}*)?(?P<d3>{_DAY}){_H}*(?P<m3>{_MONTH_AFTER_DAY})(?:{_H}*{_year('y3')})?)?)"
)
_DAY_PREFIX_RE = re.compile(rf"{_DAY_PREFIX}$")
_FUTURE_AFTER_RE = re.compile(rf"{_H}*นี้")
_PAST_AFTER_RE = re.compile(rf"{_H}*ที่ผ่านมา")
# A month and year ("เดือนสิงหาคม 2567", "ม.ค. - มี.ค. 2567", "ตุลาคม 2564 - มีนาคม 2565").
# Only tried where a month word was found with str.find (much faster than a regex scan).
_THAI_MONTH_RE = re.compile(
    rf"(?P<pre>เดือน{_H}*)?(?P<m1>{_MONTH_ALONE})(?:{_H}*{_year('y0')})?"
    rf"(?:{_RANGE_SEP}(?:เดือน{_H}*)?(?P<m2>{_MONTH_ALONE}))?{_H}*{_year('y')}"
)
_MONTH_PRE_RE = re.compile(rf"เดือน{_H}*$")
_MONTH_WORDS = (*THAI_MONTHS, "กรกฏาคม", *(a[:-1] for a in THAI_MONTH_ABBRS))
_LONGEST_MONTH_WORD = max(map(len, _MONTH_WORDS))
# A year, only when marked: "ปี 2567", "พ.ศ. 2567", "ปีงบประมาณ พ.ศ. 2567", "พ.ศ. 2566-2570".
_YEAR_RE = re.compile(
    rf"(?P<mark>ปี(?:งบประมาณ)?{_H}*(?:{_ERA}{_H}*)?|(?<![.\u0e01-\u0e4e]){_ERA}{_H}*)(?P<y1>{_YEAR_DIGITS})"
    rf"(?:{_H}*[-–—]{_H}*(?P<y2>{_YEAR_DIGITS}))?"
)
#: Every year mention opens with ``ปี`` or an era: scanned by those, as ``re`` tries the era's look-behind at every character.
_YEAR_SCAN = LeadScan(re.compile(f"ปี|{_ERA}"), 0, _YEAR_RE, "")
_EN_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
             r"|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?(?![A-Za-z])")
#: Every English date names a month (``_EN_MONTH`` matches inside it); a text without one, like most
#: Thai releases, is not scanned for them. (Each month opens with one of those capitals, which ``re`` skips ahead to.)
_EN_MONTH_SCAN = LeadScan(re.compile("[ADFJMNOS]"), 0, re.compile(_EN_MONTH), "")
_ORD = r"(?:st|nd|rd|th)?"
_EN_SEP = r"\s*(?:-|–|—|to)\s*"
_EN_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_EN_DMY_RE = re.compile(
    rf"(?P<d1>{_LEAD_DAY}){_ORD}(?:{_EN_SEP}(?P<d2>\d{{1,2}}){_ORD})?\s*(?:of\s+)?"
    rf"(?P<m>{_EN_MONTH})(?:,?\s*{_EN_YEAR})?"
)
_EN_MDY_RE = re.compile(
    rf"(?P<m>{_EN_MONTH})\s+(?P<d1>\d{{1,2}})(?!\d){_ORD}(?:{_EN_SEP}(?P<d2>\d{{1,2}})(?!\d){_ORD})?"
    rf"(?:,?\s*{_EN_YEAR})?(?!\d|,\d)"
)
_EN_MY_RE = re.compile(rf"(?P<m>{_EN_MONTH}),?\s+{_EN_YEAR}"
                       rf"(?:{_EN_SEP}(?P<m2>{_EN_MONTH}),?\s+(?P<y2>(?:19|20)\d\d)(?!\d))?")
_SLASH_RE = re.compile(r"(?P<d>\d(?<![\d/.]\d)\d?)/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])")
_RELATIVE_WORDS = {
    "เมื่อวานนี้": -1, "เมื่อวาน": -1, "วานนี้": -1,
    "เมื่อวันนี้": 0, "วันนี้": 0,
    "วันพรุ่งนี้": 1, "พรุ่งนี้": 1,
}
_RELATIVE_RE = re.compile(
    rf"(?<!ทุก)(?P<word>{_alt(tuple(_RELATIVE_WORDS))})(?:{_H}*\({_H}*(?P<paren>[^()\n]{{1,80}})\))?"
)

#: (the look-behind keeps ``re`` from skipping ahead to the words: scanned by them, then checked)
_RELATIVE_SCAN = LeadScan.of(_RELATIVE_RE)

# "20 และ " / "3, " just before a day date: an earlier day of the same month.
_LISTED_DAY_RE = re.compile(rf"(?P<d>{_DAY}){_H}*(?:,{_H}*(?:และ)?|และ){_H}*$")

# The publication-date line: the whole line is one date, then maybe a time and view counters.
_DATE_LINE_RE = re.compile(
    rf"(?:(?:เมื่อ|ใน|ประจำ)?{_DAY_PREFIX})?(?P<d1>{_DAY})\s*(?P<m1>{_MONTH_AFTER_DAY})\s*{_year('y1')}"
    rf"(?:\s+เวลา\s*\d{{1,2}}[.:]\d\d\s*(?:น\.?)?)?(?:\s+[\d,]+)*"
    rf"|(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/(?P<sy>\d{{4}})"
)
# A weekday date anywhere in a line: the fallback when no line is a date line.
_WEEKDAY_DATE_RE = re.compile(
    rf"วัน{_H}*{_WEEKDAY}{_H}*ที่{_H}*(?P<d1>{_DAY})\s*(?P<m1>{_MONTH_AFTER_DAY})\s*{_year('y1')}"
)
_STRIP = " \t\r\n\xa0\u200b\ufeff"


# --- public API -------------------------------------------------------------------------

@dataclass(frozen=True)
class DateMention:
    """A date expression in text, with offsets into the text given to :func:`find_dates`.

    Dates are the first day of the period named at ``precision``: "สิงหาคม 2567" is
    ``date(2024, 8, 1)`` with precision ``"month"``. A range sets ``end_date`` (same
    precision); a single period leaves it ``None``. Both are ``None`` when a year-less or
    relative date has no reference date to be resolved against.
    """

    start: int
    end: int
    text: str
    start_date: date | None
    end_date: date | None
    precision: str   # "day" | "month" | "year"
    relative: bool   # resolved from the reference date (a relative word or a missing year)


def thai_digits_to_arabic(text: str) -> str:
    """Replace Thai digits by ASCII ones; the length is unchanged, so offsets still hold.

    >>> thai_digits_to_arabic("๒๕ มีนาคม ๒๕๖๔")
    '25 มีนาคม 2564'
    """
    return replace_chars(text, _DIGIT_PAIRS)


def replace_chars(text: str, pairs: Sequence[tuple[str, str]]) -> str:
    """``text`` with each ``old`` character of ``pairs`` replaced by its ``new`` one.

    What ``str.translate`` does, but only the characters present cost a pass, and that
    pass runs in C; a release with no Thai digit is returned as it is.
    """
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def to_gregorian_year(year: int) -> int:
    """The Gregorian year of a year as written in a Thai release.

    Above 2400 it is Buddhist era (minus 543); below 100 it is a short Buddhist-era year
    ("ต.ค. 66" is BE 2566), the only two-digit form the archive uses; otherwise Gregorian.

    >>> to_gregorian_year(2567)
    2024
    >>> to_gregorian_year(2024)
    2024
    >>> to_gregorian_year(67)
    2024
    """
    if year < 100:
        year += _SHORT_BE_CENTURY
    if year > BE_THRESHOLD:
        return year - BE_OFFSET
    return year


def parse_date_line(line: str) -> date | None:
    """The date of a publication-date line, or ``None`` if the line is not one (never raises).

    >>> parse_date_line("วันศุกร์ที่ 2 กุมภาพันธ์ 2567")
    datetime.date(2024, 2, 2)
    >>> parse_date_line("19 ต.ค. 2566 4,669 1")
    datetime.date(2023, 10, 19)
    >>> parse_date_line("08/02/2567")
    datetime.date(2024, 2, 8)
    >>> parse_date_line("สรุปข่าวการประชุมคณะรัฐมนตรี 6 กรกฎาคม 2564") is None
    True
    """
    if not isinstance(line, str):
        return None
    text = thai_digits_to_arabic(line.strip(_STRIP))
    if len(text) > 120:
        return None
    m = _DATE_LINE_RE.fullmatch(text)
    if m is None:
        return None
    if m.group("sd"):
        return _make_date(int(m.group("sy")), int(m.group("sm")), int(m.group("sd")))
    return _make_date(_year_of(m, "y1"), _month_of(m.group("m1")), int(m.group("d1")))


def find_date_line(lines: Sequence[str], limit: int = 8) -> tuple[int, date] | None:
    """``(index, date)`` of the publication-date line among the first ``limit`` non-blank lines.

    Falls back to the first weekday date inside those lines ("... วันศุกร์ที่ 4 มีนาคม 2559
    เวลา 20.15 น.", the header of the Prime Minister's weekly address).

    >>> find_date_line(["หัวข้อข่าว", "", "วันพุธที่ 8 มกราคม 2568", "เนื้อหา"])
    (2, datetime.date(2025, 1, 8))
    >>> find_date_line(["ไม่มีวันที่"]) is None
    True
    """
    found = locate_date_line(lines, limit)
    return None if found is None else found[:2]


def locate_date_line(lines: Sequence[str], limit: int = 8) -> tuple[int, date, bool] | None:
    """:func:`find_date_line` and whether the line is a date line itself (``parse_date_line``
    reads it), not a line with a weekday date inside: a caller need not parse the line again.

    >>> locate_date_line(["หัวข้อข่าว", "วันพุธที่ 8 มกราคม 2568"])
    (1, datetime.date(2025, 1, 8), True)
    >>> locate_date_line(["ปาฐกถา วันศุกร์ที่ 4 มีนาคม 2559 เวลา 20.15 น."])
    (0, datetime.date(2016, 3, 4), False)
    """
    candidates: list[int] = []
    for i, line in enumerate(lines):
        if len(candidates) >= limit:
            break
        if line.strip(_STRIP):
            candidates.append(i)
    for i in candidates:
        found = parse_date_line(lines[i])
        if found is not None:
            return i, found, True
    for i in candidates:
        for m in _WEEKDAY_DATE_RE.finditer(thai_digits_to_arabic(lines[i])):
            found = _make_date(_year_of(m, "y1"), _month_of(m.group("m1")), int(m.group("d1")))
            if found is not None:
                return i, found, False
    return None


#: A dateline that opens a body: a place, a day, then a dash (``กรุงเทพฯ 16 พฤศจิกายน 2565 – กระทรวงอุตสาหกรรม…``,
#: news 61726). About 265 archive releases open so.
_DATELINE_RE = re.compile(r"[ \t\xa0]*(?:กรุงเทพฯ|กรุงเทพมหานคร|[ก-๙]{2,20}\.?)[ \t\xa0]*,?[ \t\xa0]*"
                          r"(?P<day>\d{1,2}[ \t\xa0]+[ก-๙.]{3,12}[ \t\xa0]*\d{2,4})[ \t\xa0]*[–-]")
#: How many lines of a body a dateline may follow (the title the page repeats comes first).
DATELINE_LINES = 4
#: How many days before the page's date a dateline may be: a release is put up the same day or a few days later.
DATELINE_LAG = timedelta(days=7)


def dateline_day(text: str, body_start: int, issued: date | None) -> date | None:
    """The day of the dateline that opens the body, when it is a day up to a week before ``issued``: the day the
    release speaks from, which its ``วันนี้`` means even when the page is dated the next day.

    >>> body = "หัวข้อ\\nกรุงเทพฯ 16 พฤศจิกายน 2565 – กระทรวงอุตสาหกรรม หารือกรอบความร่วมมือ"
    >>> dateline_day(body, 7, date(2022, 11, 17))
    datetime.date(2022, 11, 16)
    >>> dateline_day("หัวข้อ\\nกระทรวงอุตสาหกรรม หารือ 16 พฤศจิกายน 2565 – ต่อ", 7, date(2022, 11, 17)) is None
    True
    """
    if issued is None:
        return None
    pos = body_start
    for _ in range(DATELINE_LINES):
        m = _DATELINE_RE.match(text, pos)
        if m:
            day = next((d.start_date for d in find_dates(m.group("day")) if d.precision == "day"), None)
            return day if day is not None and issued - DATELINE_LAG <= day <= issued else None
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        pos = nl + 1
    return None


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, left to right and non-overlapping.

    ``reference`` (usually the publication date) resolves relative words and dates
    without a year; without it such mentions are kept with ``None`` dates.

    >>> [(m.text, m.start_date, m.end_date) for m in find_dates("ระหว่างวันที่ 30 ก.ย. - 2 ต.ค. 2567")]
    [('วันที่ 30 ก.ย. - 2 ต.ค. 2567', datetime.date(2024, 9, 30), datetime.date(2024, 10, 2))]
    >>> m, = find_dates("วานนี้ (18 ตุลาคม 2566) รัฐมนตรี", reference=date(2023, 10, 19))
    >>> m.text, m.start_date, m.relative
    ('วานนี้ (18 ตุลาคม 2566)', datetime.date(2023, 10, 18), False)
    >>> [(m.text, m.start_date, m.precision) for m in find_dates("เวลา 09.30 น. ครั้งที่ 2/2560 ภายในปี 2564")]
    [('ปี 2564', datetime.date(2021, 1, 1), 'year')]
    """
    norm = thai_digits_to_arabic(text)
    found: list[DateMention] = []
    for scan in _SCANNERS:
        found.extend(scan(text, norm, reference))
    found.sort(key=lambda d: (d.start, d.start - d.end))
    result: list[DateMention] = []
    last_end = -1
    for mention in found:
        if mention.start >= last_end:
            result.append(mention)
            last_end = mention.end
    return result


# --- helpers --------------------------------------------------------------------------

def _make_date(year: int | None, month: int | None, day: int) -> date | None:
    """A valid date with a plausible Gregorian year, else ``None`` (31 กุมภาพันธ์ is not a date)."""
    if year is None or month is None:
        return None
    year = to_gregorian_year(year)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(spelling: str | None) -> int | None:
    if spelling is None:
        return None
    key = re.sub(r"[.\s]", "", spelling).lower()
    return _MONTH_NUMBER.get(key)


def _year_of(m: re.Match[str], group: str) -> int | None:
    """The year in ``group`` as written (BE, CE or two-digit); ``ค.ศ. 24`` means 2024."""
    digits = m.group(group)
    if digits is None:
        return None
    year = int(digits)
    era = m.group(group + "era") if group + "era" in m.re.groupindex else None
    if year < 100 and era and era.startswith("ค"):
        year += 2000
    return year


def _day_exists(month: int, day: int) -> bool:
    """Whether the day exists in the month in some year (29 February does, in leap years)."""
    try:
        date(2000, month, day)
    except ValueError:
        return False
    return True


def _closest(month: int, day: int, reference: date, weekday: int | None = None,
             tense: int = 0) -> date | None:
    """The date with this month and day nearest the reference.

    A weekday, if given, must agree; ``tense`` -1 ("เมื่อ…", "…ที่ผ่านมา") wants a date not
    after the reference, +1 ("…นี้") one not before it.
    """
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        options = [d for d in options if d.weekday() == weekday] or options
    if tense:
        options = [d for d in options if (d - reference).days * tense >= 0] or options
    if not options:
        return None
    return min(options, key=lambda d: abs((d - reference).days))


def _tense(norm: str, start: int, end: int) -> int:
    """-1 for a past date ("เมื่อวันที่ …", "… ที่ผ่านมา"), +1 for a coming one ("… นี้"), else 0."""
    if _FUTURE_AFTER_RE.match(norm, end):
        return 1
    if _PAST_AFTER_RE.match(norm, end) or norm.endswith("เมื่อ", 0, start):
        return -1
    return 0


def _preceded_by_number(norm: str, start: int) -> bool:
    return bool(re.search(r"\d[^\S\n]*$", norm[max(0, start - 6):start]))


def _resolve_range(d1: int, m1: int, y1: int | None, d2: int, m2: int, y2: int | None,
                   reference: date | None, weekday: int | None, tense: int = 0
                   ) -> tuple[date | None, date | None, bool] | None:
    """Start and end of a day range, a missing year taken from the other end or the reference.

    Returns ``None`` for an impossible range, and ``relative`` True when the reference decided.
    """
    if not (_day_exists(m1, d1) and _day_exists(m2, d2)):
        return None
    wraps = (m2, d2) < (m1, d1)        # "25 ธันวาคม - 19 มกราคม 2567" crosses a new year
    if y1 is not None and y2 is not None:
        start, end = _make_date(y1, m1, d1), _make_date(y2, m2, d2)
        relative = False
    elif y2 is not None:
        end = _make_date(y2, m2, d2)
        start = _make_date(end.year - wraps, m1, d1) if end else None
        relative = False
    elif y1 is not None:
        start = _make_date(y1, m1, d1)
        end = _make_date(start.year + wraps, m2, d2) if start else None
        relative = False
    elif reference is None:
        return None, None, True
    else:
        start = _closest(m1, d1, reference, weekday, tense)
        end = _make_date(start.year + wraps, m2, d2) if start else None
        relative = True
    if start is None or end is None or end < start:
        return None
    return start, end, relative


def _scan_thai_days(text: str, norm: str, reference: date | None) -> list[DateMention]:
    out = []
    for m in _THAI_DAY_RE.finditer(norm):
        d1 = int(m.group("d1"))
        if not 1 <= d1 <= 31:
            continue
        start, weekday = m.start(), None
        window = norm[max(0, start - 24):start]
        pre = _DAY_PREFIX_RE.search(window)
        if pre is not None:                                 # "วันศุกร์ที่ 2 ...", "วันที่ 2 ..."
            start -= len(window) - pre.start()
            wd_name = pre.group("wd") or pre.group("wd2")
            weekday = _WEEKDAY_NUMBER.get(wd_name) if wd_name else None
        tense = _tense(norm, start, m.end())
        if m.group("d2"):                                   # 18 - 22 สิงหาคม 2567
            month = _month_of(m.group("m2"))
            year = _year_of(m, "y2")
            resolved = _resolve_range(d1, month, year, int(m.group("d2")), month, year, reference, weekday, tense)
        elif m.group("d3"):                                 # 30 ก.ย. - 2 ต.ค. 2567
            resolved = _resolve_range(d1, _month_of(m.group("m1")), _year_of(m, "y1"),
                                      int(m.group("d3")), _month_of(m.group("m3")), _year_of(m, "y3"),
                                      reference, weekday, tense)
        else:                                               # 2 กุมภาพันธ์ 2567
            month = _month_of(m.group("m1"))
            year = _year_of(m, "y1")
            if not _day_exists(month, d1):
                continue
            if year is not None:
                single = _make_date(year, month, d1)
                relative = False
            elif reference is not None:
                single = _closest(month, d1, reference, weekday, tense)
                relative = True
            else:
                single, relative = None, True
            if single is None and not (relative and reference is None):
                continue
            out.append(DateMention(start, m.end(), text[start:m.end()], single, None, "day", relative))
            out.extend(_listed_days(text, norm, start, d1, single, relative))
            continue
        if resolved is None:
            continue
        first, last, relative = resolved
        out.append(DateMention(start, m.end(), text[start:m.end()], first, last, "day", relative))
    return out


def _listed_days(text: str, norm: str, start: int, next_day: int, last: date | None,
                 relative: bool) -> list[DateMention]:
    """The earlier days of a list sharing one month: "20 และ 22 พฤษภาคม", "3, 5 และ 7 ก.ค."."""
    out = []
    while True:
        m = _LISTED_DAY_RE.search(norm, max(0, start - 16), start)
        if m is None:
            return out
        day = int(m.group("d"))
        if day >= next_day:                                 # a list of days runs upwards
            return out
        found = None
        if last is not None:
            try:
                found = last.replace(day=day)
            except ValueError:
                return out
        out.append(DateMention(m.start("d"), m.end("d"), text[m.start("d"):m.end("d")], found, None, "day", relative))
        start, next_day = m.start("d"), day


def _month_word_starts(norm: str) -> list[int]:
    """Where a month-and-year may start: each month word, or the "เดือน" before it.

    A month word holds no white space, so each lies inside one written stretch (``extractors.stretches``):
    a focused cabinet summary's blank runs, most of its length, are not searched for each word again."""
    starts = set()
    for lo, hi in written_stretches(norm, _LONGEST_MONTH_WORD):
        for word in _MONTH_WORDS:
            at = norm.find(word, lo, hi)
            while at >= 0:
                pre = _MONTH_PRE_RE.search(norm, max(0, at - 12), at)
                starts.add(pre.start() if pre else at)
                at = norm.find(word, at + 1, hi)
    return sorted(starts)


def _scan_thai_months(text: str, norm: str, reference: date | None) -> list[DateMention]:
    out = []
    for at in _month_word_starts(norm):
        m = _THAI_MONTH_RE.match(norm, at)
        if m is None or _preceded_by_number(norm, m.start()):
            continue                                        # "31 กุมภาพันธ์ 2567" is no month mention
        if not m.group("pre") and m.group("m1").startswith("ก.") and _month_of(m.group("m1")) == 2:
            continue                                        # bare "ก.พ." is the Civil Service Commission
        end = m.end()
        if m.group("m2"):
            last = _make_date(_year_of(m, "y"), _month_of(m.group("m2")), 1)
            first = _make_date(_year_of(m, "y0") or _year_of(m, "y"), _month_of(m.group("m1")), 1)
            if first and last and last < first and m.group("y0") is None:
                first = first.replace(year=first.year - 1)  # "ธ.ค. - ก.พ. 2567": December is the year before
            if first and last and last < first:
                last, end = None, (m.end("y0") if m.group("y0") else -1)
        else:
            first, last = _make_date(_year_of(m, "y"), _month_of(m.group("m1")), 1), None
        if first is None or end < 0:
            continue
        out.append(DateMention(m.start(), end, text[m.start():end], first, last, "month", False))
    return out


def _scan_years(text: str, norm: str, reference: date | None) -> list[DateMention]:
    out = []
    for m in _YEAR_SCAN.finditer(norm):
        y1 = m.group("y1")
        if len(y1) == 2 and m.group("mark").startswith("ปี") and _preceded_by_number(norm, m.start()):
            continue                                        # "1 ปี 88 ล้าน" is a duration
        era_ce = "ค" in m.group("mark")
        first = _year_value(y1, era_ce)
        last = _year_value(m.group("y2"), era_ce) if m.group("y2") else None
        if first is None:
            continue
        end = m.end()
        if m.group("y2") and (last is None or last <= first):
            last, end = None, m.end("y1")
        out.append(DateMention(m.start(), end, text[m.start():end], date(first, 1, 1),
                               date(last, 1, 1) if last else None, "year", False))
    return out


def _year_value(digits: str, era_ce: bool) -> int | None:
    year = int(digits)
    if year < 100 and era_ce:
        year += 2000
    year = to_gregorian_year(year)
    return year if _MIN_YEAR <= year <= _MAX_YEAR else None


def _scan_english(text: str, norm: str, reference: date | None) -> list[DateMention]:
    if next(_EN_MONTH_SCAN.finditer(norm), None) is None:
        return []
    out = []
    for rx in (_EN_DMY_RE, _EN_MDY_RE):
        for m in rx.finditer(norm):
            month = _month_of(m.group("m"))
            d1 = int(m.group("d1"))
            d2 = int(m.group("d2")) if m.group("d2") else None
            year = int(m.group("y")) if m.group("y") else None
            if d2 is None:
                if not _day_exists(month, d1):
                    continue
                if year is not None:
                    single, relative = _make_date(year, month, d1), False
                elif reference is not None:
                    single, relative = _closest(month, d1, reference), True
                else:
                    single, relative = None, True
                if single is None and reference is not None:
                    continue
                out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], single, None, "day", relative))
            else:
                resolved = _resolve_range(d1, month, year, d2, month, year, reference, None)
                if resolved is None:
                    continue
                out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], *resolved[:2], "day", resolved[2]))
    for m in _EN_MY_RE.finditer(norm):                     # "November 2022", "October 2019 – June 2020"
        first = _make_date(int(m.group("y")), _month_of(m.group("m")), 1)
        last, end = None, m.end()
        if m.group("m2"):
            last = _make_date(int(m.group("y2")), _month_of(m.group("m2")), 1)
            if first is None or last is None or last < first:
                last, end = None, m.end("y")
        if first is not None:
            out.append(DateMention(m.start(), end, text[m.start():end], first, last, "month", False))
    return out


def _scan_slashes(text: str, norm: str, reference: date | None) -> list[DateMention]:
    out = []
    # (a match holds no white space: each lies inside one written stretch, and the blank runs are not tried)
    for lo, hi in written_stretches(norm, 1):
        for m in _SLASH_RE.finditer(norm, lo, hi):         # Thai order: day/month/year
            found = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if found is not None:
                out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], found, None, "day", False))
    return out


def _scan_relative(text: str, norm: str, reference: date | None) -> list[DateMention]:
    out = []
    for m in _RELATIVE_SCAN.finditer(norm):
        paren = m.group("paren")
        if paren is not None:
            inner = _explicit_at_start(text[m.start("paren"):m.end("paren")], reference)
            if inner is not None:                           # "วานนี้ (18 ตุลาคม 2566)": the explicit date wins
                out.append(DateMention(m.start(), m.end(), text[m.start():m.end()],
                                       inner.start_date, inner.end_date, inner.precision, inner.relative))
                continue
        end = m.end("word")
        day = reference + timedelta(days=_RELATIVE_WORDS[m.group("word")]) if reference else None
        out.append(DateMention(m.start(), end, text[m.start():end], day, None, "day", True))
    return out


def _explicit_at_start(fragment: str, reference: date | None) -> DateMention | None:
    """The explicit date that opens a bracketed fragment ("18 ต.ค. 66 เวลา 10.00 น.")."""
    norm = thai_digits_to_arabic(fragment)
    lead = len(norm) - len(norm.lstrip())
    for scan in (_scan_thai_days, _scan_english, _scan_slashes):
        for mention in scan(fragment, norm, reference):
            if mention.start == lead:
                return mention
    return None


_SCANNERS = (_scan_thai_days, _scan_thai_months, _scan_years, _scan_english, _scan_slashes, _scan_relative)
