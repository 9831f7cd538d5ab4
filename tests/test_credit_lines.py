"""Credit lines at a release's foot: the persons and units of the press office, through the whole pipeline."""

from __future__ import annotations

from snippets import read_unscreened


def read_passage(body: str, day: str):
    """The pipeline over ``body`` as a release, screen or no screen (credit lines are read wherever it reads)."""
    return read_unscreened(body, day)

# ด้านการศึกษาฯ 2020-01-09 (news 25694, heldout17 011): the Ministry of Education's foot
MOE_FOOT = (
    "นางชฎามาศ ธุวะเศรษฐกุล รองผู้อำนวยการสำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ กล่าวว่า ในฐานะเป็นหน่วยงานวิจัย\n"
    "นวรัตน์ รามสูต: สรุป/เรียบเรียง\n"
    "อิทธิพล รุ่งก่อน: ถ่ายภาพ\n"
    "กลุ่มประชาสัมพันธ์ สร.ศธ.: รายงาน\n"
)

# ด้านการศึกษาฯ 2018-11-16 (news 16860, heldout17 019): the English form, with zero-width spaces as scraped
# pages have them elsewhere (``ยุทธ\u200bพงศ์\u200b เลือก\u200bกลั่น\u200bดี\u200b: ถ่ายภาพ``, 14 archive releases)
ENGLISH_FOOT = (
    "นายธีรเกียรติ เจริญเศรษฐศิลป์ รัฐมนตรีว่าการกระทรวงศึกษาธิการ ได้ให้การต้อนรับ\n"
    "Written by นวรัตน์ รามสูต\n"
    "Photo Credit ยุทธ\u200bพงศ์\u200b เลือก\u200bกลั่น\u200bดี\u200b\n"
    "Rewriter นวรัตน์ รามสูต\n"
    "Editor บัลลังก์ โรหิตเสถียร\n"
)


def test_credited_persons_without_honorifics_are_persons_with_their_role():
    found = read_passage(MOE_FOOT, "วันพฤหัสบดีที่ 9 มกราคม 2563")
    credited = {p.name: p.post for p in found.persons if p.post in ("สรุป/เรียบเรียง", "ถ่ายภาพ")}
    assert credited == {"นวรัตน์ รามสูต": "สรุป/เรียบเรียง", "อิทธิพล รุ่งก่อน": "ถ่ายภาพ"}
    assert "กลุ่มประชาสัมพันธ์ สร.ศธ." in {o.label for o in found.organisations}


def test_english_credit_lines_and_zero_width_spaces():
    found = read_passage(ENGLISH_FOOT, "วันศุกร์ที่ 16 พฤศจิกายน 2561")
    names = {p.name for p in found.persons}
    assert {"นวรัตน์ รามสูต", "ยุทธพงศ์ เลือกกลั่นดี", "บัลลังก์ โรหิตเสถียร"} <= names
    assert "Written by" not in " ".join(names)


def test_a_sentence_before_a_colon_names_no_credited_person():
    found = read_passage("นายกรัฐมนตรี กล่าวว่า ไทยพร้อม: รายงาน\n", "วันศุกร์ที่ 16 พฤศจิกายน 2561")
    assert not [p for p in found.persons if p.post == "รายงาน"]


# ข่าวทำเนียบรัฐบาล 2017-11-10 (news 7995, heldout19 011) and ไทยคู่ฟ้า 2021-12-14 (news 49382, heldout19 013): the
# Prime Minister's press office signs with its units alone, below the body (which ends at the source line)
SOURCE_LINE = "ที่มา : {site}/news/contents/details/{news_id}\n"
PRESS_OFFICE_FEET = (
    ("นายพิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้เดินทางไปยังมณฑลเสฉวน\n"
     "........................................................................\n"
     "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก\n"
     "ข้อมูลโดย พลอากาศเอก มณฑล  สัชฌุกร\n\n"
     + SOURCE_LINE.format(site="http://www.thaigov.go.th", news_id=7995), {"pr_group", "spokesman_bureau"}),
    ("ประเทศไทยร่วมรับรองร่างปฏิญญาในการประชุมระดับรัฐมนตรีด้านการขนส่งเอสแคป ครั้งที่ 4\n"
     "“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี\n\n"
     + SOURCE_LINE.format(site="https://www.thaigov.go.th", news_id=49382), {"spokesman_bureau", "sopm"}),
)


def test_the_press_offices_sign_off_names_its_units():
    for body, units in PRESS_OFFICE_FEET:
        found = read_passage(body, "วันศุกร์ที่ 10 พฤศจิกายน 2560")
        assert {o.key for o in found.organisations} >= units
        assert all(o.registered for o in found.organisations if o.key in units)



# ด้านความมั่นคง 2019-02-21 (news 18925, heldout25 011): the Ministry of Labour's foot, each credit a name, a dash and
# its role closed by a slash; the photographer's surname of royal descent ends in ณ and a place
MOL_FOOT = (
    "ปัจจุบันมีแรงงานสัญชาติลาวทำงานอยู่ในประเทศไทย (ข้อมูล ม.ค.62) จำนวนทั้งสิ้น 286,461 คน\n"
    "-------------------\n"
    "กองเผยแพร่และประชาสัมพันธ์/\n"
    "ชนินทร เพ็ชรทับ - ข่าว/\n"
    "ปริยรณ พรหมสาขา ณ สกลนคร - ภาพ/\n"
    "สำนักประสานความร่วมมือระหว่างประเทศ - ข้อมูล/\n"
    "21 กุมภาพันธ์ 2562\n"
)


def test_the_labour_ministrys_dashed_credits_name_persons_and_units():
    found = read_passage(MOL_FOOT, "วันพฤหัสบดีที่ 21 กุมภาพันธ์ 2562")
    credited = {p.name: p.post for p in found.persons}
    assert credited == {"ชนินทร เพ็ชรทับ": "ข่าว", "ปริยรณ พรหมสาขา ณ สกลนคร": "ภาพ"}
    assert {"กองเผยแพร่และประชาสัมพันธ์", "สำนักประสานความร่วมมือระหว่างประเทศ"} <= {o.label for o in found.organisations}
