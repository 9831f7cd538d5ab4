"""Credit lines: who wrote, edited and photographed a release, at its foot.

A ministry's press office signs its releases with lines such as ``Written by นวรัตน์ รามสูต``,
``Photo Credit อิทธิพล รุ่งก่อน`` or ``นวรัตน์ รามสูต, บัลลังก์ โรหิตเสถียร: สรุป/รายงาน`` (the Ministry
of Education's, 377 archive releases), and ``กลุ่มประชาสัมพันธ์ สร.ศธ.: รายงาน`` for the unit. The names
carry no honorific, so the person reader, which needs one or a post, never sees them; the gold sets
list these persons and units (heldout6, heldout11, heldout17). The Prime Minister's press office signs
with its units alone (``กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก``, ``“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก
สำนักเลขาธิการนายกรัฐมนตรี``: about 6,000 archive releases), each unit a body the gold sets list (heldout5,
heldout12, heldout15, heldout19: all five of their releases with such a line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.persons import is_given_name, post_heads

#: The roles a credit line names, in Thai after the name, in English before it.
_THAI_ROLE = r"(?:สรุป|เรียบเรียง|ถ่ายภาพ|ภาพถ่าย|รายงาน|ข่าว|ภาพ|เขียน|กราฟิก|วีดีโอ|วิดีโอ)"
_ROLES_AFTER = re.compile(rf"^(?P<who>[^:\n]{{3,90}}?)[ \t]*[:：][ \t]*(?P<role>{_THAI_ROLE}(?:[ \t]*(?:/|และ)[ \t]*{_THAI_ROLE})*)[ \t]*$",
                          re.M)
_ROLE_BEFORE = re.compile(r"^(?P<role>Written by|Photo Credit|Photo by|Rewriter|Editor|Writer|"
                          rf"{_THAI_ROLE}(?:[ \t]*(?:/|และ)[ \t]*{_THAI_ROLE})*[ \t]*[:：])[ \t]*(?P<who>[^\n]{{3,90}}?)[ \t]*$", re.M)
#: The Ministry of Labour's form: each credit a name, a dash and its role, closed by a slash, on lines of their own
#: or all on one (``ชนินทร เพ็ชรทับ - ข่าว/``, ``สำนักประสานความร่วมมือระหว่างประเทศ - ข้อมูล/``,
#: ``กองเผยแพร่และประชาสัมพันธ์/ชนินทร เพ็ชรทับ - ข่าว/สมภพ ศีลบุตร - ภาพ/``: about 200 archive releases; news 18925).
#: A unit credited for the facts (``ข้อมูล``) is credited too; a first role before the dash is no part of the name
#: (``ชนินทร เพ็ชรทับ ข่าว - ภาพ/``).
_DASHED_ROLE = rf"(?:{_THAI_ROLE}|ข้อมูล)"
_DASHED = re.compile(rf"(?:^|/)[ \t]*(?P<who>[^/\n:：\-–]{{3,90}}?)(?:[ \t]*{_DASHED_ROLE})?[ \t]*[-–][ \t]*"
                     rf"(?P<role>{_DASHED_ROLE})[ \t]*/", re.M)
#: Where one name of a list ends.
_NAME_SEP = re.compile(r"[ \t]*(?:,|และ)[ \t]*")
#: A unit of an office, not a person.
_UNIT_HEAD = re.compile(r"(?:กลุ่ม|กอง|ส่วน|ฝ่าย|งาน|สำนัก|ศูนย์|กระทรวง|กรม|สถาบัน|ประชาสัมพันธ์)")
#: A person's name as credit lines write it: two or three words of one script, honorific optional
#: (a Thai one without its honorific must start with a given name, :func:`_credited`).
_HONORIFIC = r"(?:นาย|นางสาว|นาง|น\.ส\.|ดร\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?[ \t]*"
#: (zero-width spaces, which scraped pages put between syllables, count as letters of a name)
_LETTER = "\u0e01-\u0e4e\u200b\u200c"
#: (a surname of royal descent ends in ณ and a place: ``ปริยรณ พรหมสาขา ณ สกลนคร``)
_THAI_NAME = re.compile(rf"{_HONORIFIC}(?P<name>[{_LETTER}]{{2,25}}(?:[ \t]+[{_LETTER}]{{2,30}}){{1,2}}"
                        rf"(?:[ \t]+ณ[ \t]+[{_LETTER}]{{2,20}})?)")
_LATIN_NAME = re.compile(rf"{_HONORIFIC}(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{1,2}})")

#: The Prime Minister's press office's sign-off: its units, after a slogan and กับ or alone (``ร่วมเดินหน้าประเทศไทย
#: กับสำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี``).
_SIGN_OFF = re.compile(r"^[ \t]*(?:(?:“[^”\n]{2,40}”|[ก-๙ ]{2,40}?)[ \t]*กับ[ \t]*)?"
                       r"(?P<who>(?:กลุ่มประชาสัมพันธ์และเผยแพร่[ \t]+)?สำนักโฆษก(?:[ \t]+สำนักเลขาธิการนายกรัฐมนตรี)?)[ \t]*$", re.M)
_SIGN_OFF_UNIT = re.compile(r"กลุ่มประชาสัมพันธ์และเผยแพร่|สำนักโฆษก|สำนักเลขาธิการนายกรัฐมนตรี")
SIGN_OFF = "sign-off"

#: Only the foot of a release holds credit lines: its last lines.
FOOT_LINES = 12


@dataclass(frozen=True)
class Credit:
    """One credited person or unit: what the line names, where, and in which role."""

    kind: str          # "person" | "unit"
    name: str          # as written, white space collapsed
    start: int
    end: int
    role: str


def credit_lines(text: str, start: int = 0) -> list[Credit]:
    """The credits in the last lines of ``text[start:]``.

    Read the raw text: its zero-width spaces (``ยุทธ\u200bพงศ์\u200b เลือก\u200bกลั่น\u200bดี``) are no word breaks,
    and are left out of the names.

    >>> [(c.kind, c.name, c.role) for c in credit_lines("ข่าว\\nนวรัตน์ รามสูต, บัลลังก์ โรหิตเสถียร: สรุป/รายงาน\\n"
    ...                                                  "Photo Credit อิทธิพล รุ่งก่อน\\nกลุ่มประชาสัมพันธ์ สร.ศธ.: รายงาน\\n")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('person', 'นวรัตน์ รามสูต', 'สรุป/รายงาน'), ('person', 'บัลลังก์ โรหิตเสถียร', 'สรุป/รายงาน'),
     ('person', 'อิทธิพล รุ่งก่อน', 'Photo Credit'), ('unit', 'กลุ่มประชาสัมพันธ์ สร.ศธ.', 'รายงาน')]
    >>> [c.name for c in credit_lines("ภาพและวีดีโอ : นางสาวพจนพร แสงสว่าง และ นายไววิทย์ ยอดประสิทธิ์\\n")]
    ['พจนพร แสงสว่าง', 'ไววิทย์ ยอดประสิทธิ์']
    >>> credit_lines("ภาพ: ระพีพัฒน์,\\nนายกรัฐมนตรี กล่าวว่า ไทยพร้อม: รายงาน\\n")
    []
    >>> [(c.kind, c.name, c.role) for c in credit_lines("ข่าว\\nกองเผยแพร่และประชาสัมพันธ์/\\nชนินทร เพ็ชรทับ - ข่าว/\\n"
    ...                                                  "ปริยรณ พรหมสาขา ณ สกลนคร - ภาพ/\\n"
    ...                                                  "สำนักประสานความร่วมมือระหว่างประเทศ - ข้อมูล/\\n21 กุมภาพันธ์ 2562\\n")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('person', 'ชนินทร เพ็ชรทับ', 'ข่าว'), ('person', 'ปริยรณ พรหมสาขา ณ สกลนคร', 'ภาพ'),
     ('unit', 'สำนักประสานความร่วมมือระหว่างประเทศ', 'ข้อมูล')]
    >>> [(c.name, c.role) for c in credit_lines("ข่าว\\n“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี\\n")]
    [('สำนักโฆษก', 'sign-off'), ('สำนักเลขาธิการนายกรัฐมนตรี', 'sign-off')]
    """
    foot = _foot_start(text, start)
    found: list[Credit] = []
    for pattern in (_ROLES_AFTER, _ROLE_BEFORE, _DASHED):
        for m in pattern.finditer(text, foot):
            role = m.group("role").rstrip(" \t:：")
            found += _credited(text, m.start("who"), m.end("who"), role, named=pattern is _DASHED)
    for m in _SIGN_OFF.finditer(text, foot):
        found += [Credit("unit", u.group(), u.start(), u.end(), SIGN_OFF)
                  for u in _SIGN_OFF_UNIT.finditer(text, m.start("who"), m.end("who"))]
    return sorted(found, key=lambda c: c.start)


def _foot_start(text: str, start: int) -> int:
    """The start of the last :data:`FOOT_LINES` non-empty lines."""
    pos = len(text.rstrip())
    for _ in range(FOOT_LINES):
        at = text.rfind("\n", start, pos)
        if at < start:
            return start
        pos = at      # (back over blank lines without copying the text before them)
        while pos > start and text[pos - 1].isspace():
            pos -= 1
    return max(start, text.find("\n", pos) + 1)


def _credited(text: str, lo: int, hi: int, role: str, named: bool = False) -> list[Credit]:
    """The persons or the unit of one credit; ``named``: the line's form says it names them (the dashed form)."""
    who = text[lo:hi]
    if _UNIT_HEAD.match(who):
        name = re.sub(r"\s+", " ", re.sub("[\u200b\u200c]", "", who)).strip()
        return [Credit("unit", name, lo, hi, role)] if len(name) <= 60 else []
    out = []
    pos = lo
    for part in _NAME_SEP.split(who):
        at = text.find(part, pos, hi)
        pos = at + len(part)
        m = _THAI_NAME.fullmatch(part) or _LATIN_NAME.fullmatch(part)
        name = re.sub(r"[ \t]+", " ", re.sub("[\u200b\u200c]", "", m.group("name"))).strip() if m else ""
        # a Thai name has its honorific or starts with a given name PyThaiNLP knows; a post is no honorific
        # (``นายกรัฐมนตรี กล่าวว่า ไทยพร้อม: รายงาน`` is prose)
        titled = m is not None and m.start("name") > 0 and not any(part.startswith(h) for h in post_heads())
        if not m or _UNIT_HEAD.search(part) or (not (name.isascii() or titled or named)
                                                 and not is_given_name(name.split()[0])):
            return []          # a sentence or a body, not a list of names
        out.append(Credit("person", name, at + m.start("name"), at + m.end(), role))
    return out
