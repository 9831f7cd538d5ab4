"""Dates as the thaigov.go.th archive writes them: every row below was seen in a release."""

from __future__ import annotations

import doctest
from datetime import date

import pytest

from extractors import dates
from extractors.dates import (
    THAI_DIGITS,
    DateMention,
    find_date_line,
    find_dates,
    parse_date_line,
    thai_digits_to_arabic,
    to_gregorian_year,
)

REF = date(2024, 8, 23)  # a publication date for the year-less and relative rows
D = date

# (text, [(mention text, start_date, end_date, precision, relative), ...])
FORMS = [
    # day dates: weekday prefixes, Thai digits, BE / CE / two-digit years, abbreviations
    ("วันศุกร์ที่ 2 กุมภาพันธ์ 2567", [("วันศุกร์ที่ 2 กุมภาพันธ์ 2567", D(2024, 2, 2), None, "day", False)]),
    ("เมื่อวันพฤหัสบดีที่ ๒๕ มีนาคม ๒๕๖๔ ปลัด", [("วันพฤหัสบดีที่ ๒๕ มีนาคม ๒๕๖๔", D(2021, 3, 25), None, "day", False)]),
    ("ในวันอังคารที่ ๑๔ พฤศจิกายน ๒๕๖๐ เวลา ๐๙.๓๐ น.", [("วันอังคารที่ ๑๔ พฤศจิกายน ๒๕๖๐", D(2017, 11, 14), None, "day", False)]),
    ("วันอาทิตย์ ที่ 27 เม.ย.68", [("วันอาทิตย์ ที่ 27 เม.ย.68", D(2025, 4, 27), None, "day", False)]),
    ("จันทร์ที่ 20 ส.ค.61", [("จันทร์ที่ 20 ส.ค.61", D(2018, 8, 20), None, "day", False)]),
    ("วันที่ 2 กุมภาพันธ์ 2567 นายประเสริฐ", [("วันที่ 2 กุมภาพันธ์ 2567", D(2024, 2, 2), None, "day", False)]),
    ("เมื่อวันที่ 26 มกราคม 2565 สำนักงาน", [("วันที่ 26 มกราคม 2565", D(2022, 1, 26), None, "day", False)]),
    ("15 ธ.ค. 60", [("15 ธ.ค. 60", D(2017, 12, 15), None, "day", False)]),
    ("19 ธ.ค.61", [("19 ธ.ค.61", D(2018, 12, 19), None, "day", False)]),
    ("16 พ.ค. 2566", [("16 พ.ค. 2566", D(2023, 5, 16), None, "day", False)]),
    ("30 เม.ย.2567", [("30 เม.ย.2567", D(2024, 4, 30), None, "day", False)]),
    ("30 พ.ค66 โดยมี", [("30 พ.ค66", D(2023, 5, 30), None, "day", False)]),
    ("6 มค 60 ผู้บริหาร", [("6 มค 60", D(2017, 1, 6), None, "day", False)]),
    ("16 กพ.2563 อำเภอ", [("16 กพ.2563", D(2020, 2, 16), None, "day", False)]),
    ("29 ธ .ค. 60 พบ", [("29 ธ .ค. 60", D(2017, 12, 29), None, "day", False)]),
    ("๑๕ มิ.ย.๖๑ เวลา", [("๑๕ มิ.ย.๖๑", D(2018, 6, 15), None, "day", False)]),
    ("14 ธันวา 2562", [("14 ธันวา 2562", D(2019, 12, 14), None, "day", False)]),
    ("25 มีนาคม พ.ศ. 2564", [("25 มีนาคม พ.ศ. 2564", D(2021, 3, 25), None, "day", False)]),
    ("ลงวันที่ ๑๒ กรกฎาคม พุทธศักราช ๒๕๖๔", [("วันที่ ๑๒ กรกฎาคม พุทธศักราช ๒๕๖๔", D(2021, 7, 12), None, "day", False)]),
    ("9 - 20 ธันวาคม 2025 โดยมี", [("9 - 20 ธันวาคม 2025", D(2025, 12, 9), D(2025, 12, 20), "day", False)]),
    ("วันที่\xa020\xa0กันยายน\xa02565\xa0นาย", [("วันที่\xa020\xa0กันยายน\xa02565", D(2022, 9, 20), None, "day", False)]),
    ("11 กรกฏาคม 2560", [("11 กรกฏาคม 2560", D(2017, 7, 11), None, "day", False)]),
    # ranges
    ("เมื่อวันที่ 18 - 22 สิงหาคม 2024 นาย", [("วันที่ 18 - 22 สิงหาคม 2024", D(2024, 8, 18), D(2024, 8, 22), "day", False)]),
    ("ระหว่างวันที่ 3-5 ก.ย. 2567", [("วันที่ 3-5 ก.ย. 2567", D(2024, 9, 3), D(2024, 9, 5), "day", False)]),
    ("ระหว่างวันที่ 6 – 8 เมษายน 2567", [("วันที่ 6 – 8 เมษายน 2567", D(2024, 4, 6), D(2024, 4, 8), "day", False)]),
    ("30 ก.ย. - 2 ต.ค. 2567", [("30 ก.ย. - 2 ต.ค. 2567", D(2024, 9, 30), D(2024, 10, 2), "day", False)]),
    ("25 ธันวาคม 2566 - 19 มกราคม 2567", [("25 ธันวาคม 2566 - 19 มกราคม 2567", D(2023, 12, 25), D(2024, 1, 19), "day", False)]),
    ("๒๑ ธันวาคม – ๒ มกราคม ๒๕๖๗", [("๒๑ ธันวาคม – ๒ มกราคม ๒๕๖๗", D(2023, 12, 21), D(2024, 1, 2), "day", False)]),
    ("ระหว่างวันที่ 1 ม.ค. - 31 ธ.ค. 2559", [("วันที่ 1 ม.ค. - 31 ธ.ค. 2559", D(2016, 1, 1), D(2016, 12, 31), "day", False)]),
    ("1 ตุลาคม 2558 ถึงวันที่ 30 กันยายน 2559", [("1 ตุลาคม 2558 ถึงวันที่ 30 กันยายน 2559", D(2015, 10, 1), D(2016, 9, 30), "day", False)]),
    ("ระหว่างวันที่ 9 ธ.ค. 66 – 30 เม.ย. 67 เป็น", [("วันที่ 9 ธ.ค. 66 – 30 เม.ย. 67", D(2023, 12, 9), D(2024, 4, 30), "day", False)]),
    ("16–19 พ.ย.", [("16–19 พ.ย.", D(2024, 11, 16), D(2024, 11, 19), "day", True)]),
    # a list of days in one month
    ("ในวันที่ 20 และ 22 พฤษภาคม 2567", [("20", D(2024, 5, 20), None, "day", False),
                                       ("22 พฤษภาคม 2567", D(2024, 5, 22), None, "day", False)]),
    # no year: taken from the reference, the nearest such day
    ("เมื่อวันที่ 12 กุมภาพันธ์ นางสาว", [("วันที่ 12 กุมภาพันธ์", D(2024, 2, 12), None, "day", True)]),
    ("24 ก.พ.นี้", [("24 ก.พ.", D(2025, 2, 24), None, "day", True)]),
    ("วันที่ 1-25 เม.ย.นี้", [("วันที่ 1-25 เม.ย.", D(2025, 4, 1), D(2025, 4, 25), "day", True)]),  # "นี้": coming
    # months and years
    ("ภายในเดือนเมษายน 2568 และ", [("เดือนเมษายน 2568", D(2025, 4, 1), None, "month", False)]),
    ("ตั้งแต่ มิ.ย. - ก.ย. 65 รวม", [("มิ.ย. - ก.ย. 65", D(2022, 6, 1), D(2022, 9, 1), "month", False)]),
    ("(ต.ค.63-ก.ย.64)", [("ต.ค.63-ก.ย.64", D(2020, 10, 1), D(2021, 9, 1), "month", False)]),
    ("ตุลาคม 2560 – มีนาคม 2561", [("ตุลาคม 2560 – มีนาคม 2561", D(2017, 10, 1), D(2018, 3, 1), "month", False)]),
    ("ภายในปี 2564", [("ปี 2564", D(2021, 1, 1), None, "year", False)]),
    ("ปีงบประมาณ พ.ศ. 2568 กระทรวง", [("ปีงบประมาณ พ.ศ. 2568", D(2025, 1, 1), None, "year", False)]),
    ("แผน BCG พ.ศ. 2564 - 2570", [("พ.ศ. 2564 - 2570", D(2021, 1, 1), D(2027, 1, 1), "year", False)]),
    ("ปี 2016-2025 และ", [("ปี 2016-2025", D(2016, 1, 1), D(2025, 1, 1), "year", False)]),
    ("ภายในปี ค.ศ. 2065", [("ปี ค.ศ. 2065", D(2065, 1, 1), None, "year", False)]),
    ("ในปี 66 จะ", [("ปี 66", D(2023, 1, 1), None, "year", False)]),
    # English
    ("on November 17, 2023.", [("November 17, 2023", D(2023, 11, 17), None, "day", False)]),
    ("on 6 October 2023", [("6 October 2023", D(2023, 10, 6), None, "day", False)]),
    ("2 Feb 2024", [("2 Feb 2024", D(2024, 2, 2), None, "day", False)]),
    ("December 16-18, 2023", [("December 16-18, 2023", D(2023, 12, 16), D(2023, 12, 18), "day", False)]),
    ("during July 25-27, 2023, as", [("July 25-27, 2023", D(2023, 7, 25), D(2023, 7, 27), "day", False)]),
    ("1st May 2023", [("1st May 2023", D(2023, 5, 1), None, "day", False)]),
    ("in November 2022.", [("November 2022", D(2022, 11, 1), None, "month", False)]),
    # numeric
    ("04/08/2566 พิมพ์", [("04/08/2566", D(2023, 8, 4), None, "day", False)]),
    # relative words, with and without the explicit date in brackets
    ("วานนี้ (18 ตุลาคม 2566) ประเสริฐ", [("วานนี้ (18 ตุลาคม 2566)", D(2023, 10, 18), None, "day", False)]),
    ("วันนี้ (13 ธ.ค. 62) เวลา 10.30 น.", [("วันนี้ (13 ธ.ค. 62)", D(2019, 12, 13), None, "day", False)]),
    ("วันนี้ ( 14 มี.ค. 60) เวลา", [("วันนี้ ( 14 มี.ค. 60)", D(2017, 3, 14), None, "day", False)]),
    ("วันนี้ (วันที่ 5 เมษายน 2568) พลตำรวจเอก", [("วันนี้ (วันที่ 5 เมษายน 2568)", D(2025, 4, 5), None, "day", False)]),
    ("แถลงวันนี้ (29 ก.ค.) ว่า", [("วันนี้ (29 ก.ค.)", D(2024, 7, 29), None, "day", True)]),
    ("เมื่อวานนี้ สหรัฐ", [("เมื่อวานนี้", D(2024, 8, 22), None, "day", True)]),
    ("การประชุมในวันนี้มีประเด็น", [("วันนี้", D(2024, 8, 23), None, "day", True)]),
    ("ในวันพรุ่งนี้ (29 พฤศจิกายน 2567) ในการประชุม", [("วันพรุ่งนี้ (29 พฤศจิกายน 2567)", D(2024, 11, 29), None, "day", False)]),
    ("พรุ่งนี้เป็นวันแรก", [("พรุ่งนี้", D(2024, 8, 24), None, "day", True)]),
]

NOT_DATES = [
    "เวลา 09.30 น.",
    "ครั้งที่ 2/2560",
    "การประชุมครั้งที่ 12/2564",
    "โทร 02-283-4000",
    "โทร. 1111 กด 5",
    "งบประมาณ 2,567 ล้านบาท",
    "จำนวน 2567 ล้านบาท",
    "อัตรา 3.1 มีนาคม",             # a decimal is not a day
    "31 กุมภาพันธ์ 2567",          # no such day
    "30 กุมภาพันธ์",
    "ภายใน 1 ปี 88 ล้านเหรียญ",    # a duration and an amount
    "สำนักงาน ก.พ. 2551",          # the Civil Service Commission
    "ก.ค.ศ. 2567",                  # the Teachers' Council
    "ทุกวันนี้",                    # "nowadays"
    "อายุ 18 ปี 53,543 ราย",
    "ขนาดพื้นที่ 4-2-61 ไร่",
]


def _as_rows(mentions: list[DateMention]) -> list[tuple]:
    return [(m.text, m.start_date, m.end_date, m.precision, m.relative) for m in mentions]


@pytest.mark.parametrize("text, expected", FORMS, ids=[t for t, _ in FORMS])
def test_archive_forms(text: str, expected: list[tuple]) -> None:
    assert _as_rows(find_dates(text, REF)) == expected


def test_table_is_large() -> None:
    assert len(FORMS) >= 40


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_offsets_point_into_the_original_text() -> None:
    text = ("รายงาน\nเมื่อวันพฤหัสบดีที่ ๒๕ มีนาคม ๒๕๖๔ และวานนี้ (18 ต.ค. 66) "
            "ระหว่างวันที่ 30 ก.ย. - 2 ต.ค. 2567 ภายในปี 2570 on August 18-22, 2024")
    mentions = find_dates(text, REF)
    assert len(mentions) == 5
    for m in mentions:
        assert text[m.start:m.end] == m.text
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def test_thai_digits() -> None:
    assert THAI_DIGITS == "๐๑๒๓๔๕๖๗๘๙"
    assert thai_digits_to_arabic("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
    mixed = "วันที่ ๒๕ มีนาคม 2564"
    assert len(thai_digits_to_arabic(mixed)) == len(mixed)
    assert thai_digits_to_arabic(mixed) == "วันที่ 25 มีนาคม 2564"


@pytest.mark.parametrize("year, expected", [(2567, 2024), (2400, 2400), (2401, 1858), (2024, 2024),
                                            (1963, 1963), (67, 2024), (60, 2017)])
def test_to_gregorian_year(year: int, expected: int) -> None:
    assert to_gregorian_year(year) == expected


def test_be_and_ce_years_give_the_same_day() -> None:
    be, = find_dates("18 สิงหาคม 2567")
    ce, = find_dates("18 สิงหาคม 2024")
    assert be.start_date == ce.start_date == D(2024, 8, 18)


def test_year_less_dates_take_the_nearest_year() -> None:
    # "5 ม.ค." written in December is next January; "18 ต.ค." written in March is last October
    assert find_dates("5 ม.ค.", D(2023, 12, 20))[0].start_date == D(2024, 1, 5)
    assert find_dates("18 ต.ค.", D(2024, 3, 1))[0].start_date == D(2023, 10, 18)
    # a weekday picks the year it fits: 18 October was a Wednesday in 2023, a Friday in 2024
    assert find_dates("วันพุธที่ 18 ต.ค.", D(2024, 4, 20))[0].start_date == D(2023, 10, 18)
    assert find_dates("วันศุกร์ที่ 18 ต.ค.", D(2024, 4, 20))[0].start_date == D(2024, 10, 18)
    # 29 February only in a leap year
    assert find_dates("29 ก.พ.", D(2025, 1, 10))[0].start_date == D(2024, 2, 29)


def test_relative_words_without_reference_keep_no_date() -> None:
    m, = find_dates("วานนี้ รัฐมนตรี")
    assert (m.text, m.start_date, m.relative) == ("วานนี้", None, True)
    m, = find_dates("วานนี้ (18 ตุลาคม 2566)")
    assert m.start_date == D(2023, 10, 18) and not m.relative


def test_bracket_without_a_date_is_not_swallowed() -> None:
    m, = find_dates("วันนี้ (ตามเวลาท้องถิ่น)", REF)
    assert m.text == "วันนี้" and m.start_date == REF


def test_a_range_that_runs_backwards_is_not_a_date() -> None:
    assert find_dates("ปี 2570 - 2566") == [DateMention(0, 7, "ปี 2570", D(2027, 1, 1), None, "year", False)]
    assert find_dates("20 - 18 สิงหาคม 2567") == []


def test_invalid_day_in_a_range_is_skipped() -> None:
    assert find_dates("30 ก.พ. - 2 มี.ค. 2567") == []


# --- the publication-date line -----------------------------------------------------------

DATE_LINES = [
    ("วันศุกร์ที่ 2 กุมภาพันธ์ 2567", D(2024, 2, 2)),
    ("                                วันอังคารที่ 29 สิงหาคม 2560                              ", D(2017, 8, 29)),
    ("\ufeffวันเสาร์ที่ 24 กรกฎาคม 2564", D(2021, 7, 24)),
    ("19 ต.ค. 2566 4,669 1", D(2023, 10, 19)),
    ("08/02/2567", D(2024, 2, 8)),
    ("19 พฤษภาคม 2560", D(2017, 5, 19)),
    ("วันศุกร์ที่ 20 พฤษภาคม 2559 เวลา 20.15 น.", D(2016, 5, 20)),
    ("เมื่อวันอังคารที่ ๕ กันยายน ๒๕๖๐ เวลา ๑๓.๐๐ น.", D(2017, 9, 5)),
    ("ประจำวันที่\xa011 พฤษภาคม 2563", D(2020, 5, 11)),
    ("จันทร์ที่ 20 ส.ค.61", D(2018, 8, 20)),
]


@pytest.mark.parametrize("line, expected", DATE_LINES)
def test_parse_date_line(line: str, expected: date) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("line", [
    "", "พิมพ์", ".....", "    6,197  ",
    "สรุปข่าวการประชุมคณะรัฐมนตรี 6 กรกฎาคม 2564",
    "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-19 พฤษภาคม 2560",
    "วันศุกร์ที่ 30 กุมภาพันธ์ 2567",
    "วันนี้ (13 ธ.ค. 62) เวลา 10.30 น. นายณรงค์",
    "31/02/2567",
])
def test_parse_date_line_rejects(line: str) -> None:
    assert parse_date_line(line) is None


def test_parse_date_line_never_raises() -> None:
    for junk in (None, 12, "๑๒๓", "99/99/9999", "x" * 10_000):
        assert parse_date_line(junk) is None  # type: ignore[arg-type]


def test_find_date_line() -> None:
    header = ["รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-สรุปข่าว 4 ธันวาคม 2560", "", "", "",
              "   วันอังคารที่ 5 ธันวาคม 2560   ", "6,197", "พิมพ์"]
    assert find_date_line(header) == (4, D(2017, 12, 5))
    # the weekly address: the date only inside the first line
    speech = ["พลเอก ประยุทธ์ จันทร์โอชา กล่าวในรายการ วันศุกร์ที่ 4 มีนาคม 2559 เวลา 20.15 น.", "", "สวัสดีครับ"]
    assert find_date_line(speech) == (0, D(2016, 3, 4))
    assert find_date_line(["หัวข้อ", "เนื้อหา"]) is None
    # only the first `limit` non-blank lines are read
    assert find_date_line(["x"] * 8 + ["วันศุกร์ที่ 2 กุมภาพันธ์ 2567"]) is None


def test_samples_have_a_date_line(samples_dir) -> None:
    files = sorted(samples_dir.glob("*.txt"))
    if not files:
        pytest.skip("no samples")
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert find_date_line(lines) is not None, path.name


def test_doctests() -> None:
    result = doctest.testmod(dates, verbose=False)
    assert result.attempted >= 10
    assert result.failed == 0
