"""Organisations found by their shape, for names the registry does not hold (pure functions).

A Thai organisation name starts with a head noun (``กระทรวง``, ``สำนักงาน``, ``กรม``,
``คณะกรรมการ``, ``มหาวิทยาลัย`` …) and runs, without spaces, to the next clause word
(``ว่าด้วย``, ``ณ``, ``โดย``, ``และ`` + another organisation …); its country is the
``แห่ง<country>`` tail, a country glued to it, or ``ของ<country>`` right after it.
Companies are ``บริษัท … จำกัด (มหาชน)``. English names are ``Ministry of …`` or
capitalised words ending in ``Authority``, ``Agency`` and the like.

:func:`discover` returns candidates with offsets; the component
(:mod:`extractors.components.org_discovery`) reconciles them with the registry matches.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from extractors.patterns import LeadScan, alternation, matches_at
from extractors.places import place_country, places
from extractors.text import words_end

__all__ = ["Candidate", "discover", "org_key", "country_key", "fold", "THAI_HEADS", "ORG_WORDS", "credit_lines"]

_TC = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"

#: Head nouns of Thai organisation names, longest first when matching.
THAI_HEADS = (
    "กระทรวง", "สำนักงาน", "สำนัก", "กรม", "คณะกรรมการ", "คณะกรรมาธิการ", "คณะทำงาน", "องค์การ", "สถาบัน",
    "มหาวิทยาลัย", "ธนาคาร", "สมาคม", "มูลนิธิ", "สถานเอกอัครราชทูต", "สำนักข่าว", "การไฟฟ้า", "การท่าเรือ",
    "การรถไฟ", "การประปา", "การทางพิเศษ", "การท่องเที่ยวแห่ง", "กองทุน", "สภาหอการค้า", "สภาอุตสาหกรรม",
    "หอการค้า", "ราชบัณฑิตยสภา", "สหภาพ", "สหพันธ์", "กองบัญชาการ", "กองทัพ", "สถานกงสุลใหญ่", "วิทยาลัย",
    "สภาธุรกิจ",
)
#: (``กรมธรรม์`` is an insurance policy, 603 archive releases; no department)
_HEAD_RE = re.compile(f"(?:{alternation(THAI_HEADS)})(?!ธรรม์)")
#: Heads of a Thai government body: with no country named, the body is Thai.
_GOV_HEADS = ("กระทรวง", "สำนักงาน", "สำนัก", "กรม", "คณะกรรมการ", "องค์การ", "สถาบัน", "มหาวิทยาลัย", "ธนาคาร",
              "การไฟฟ้า", "การท่าเรือ", "การรถไฟ", "การประปา", "การทางพิเศษ", "กองทุน", "สภาหอการค้า",
              "สภาอุตสาหกรรม", "หอการค้า", "ราชบัณฑิตยสภา", "ศาล", "กองบัญชาการ", "กองทัพ", "วิทยาลัย")

#: Thai missions abroad are named by the city they sit in: ``สถานกงสุลใหญ่ ณ นครกว่างโจว``,
#: ``สถานเอกอัครราชทูต ณ กรุงโตเกียว`` (390 archive releases name an embassy so). Such a name is Thai. City
#: states and capitals named without ``กรุง`` too: ``ณ สิงคโปร์`` (16), ``ณ บันดาร์เสรีเบกาวัน`` (18), ``ณ เวียงจันทน์`` (9),
#: ``ณ คูเวต`` (11).
MISSION_HEADS = ("สถานเอกอัครราชทูต", "สถานกงสุลใหญ่")
#: Offices abroad are named so too: ``สำนักงานส่งเสริมการค้าในต่างประเทศ ณ กรุงธากา`` (the Thai Trade Office in Dhaka,
#: news 83285), ``สำนักงานพาณิชย์ในต่างประเทศ ณ …`` (about 30 archive releases).
_ABROAD = "ในต่างประเทศ"
_MISSION_CITY = re.compile(rf"[ \t]*ณ[ \t]*((?:กรุง|นคร|เมือง|แขวง)[{_TC}]+|(?:สิงคโปร์|บันดาร์เสรีเบกาวัน|เวียงจันทน์|คูเวต)"
                           rf"(?![{_TC}]))")
#: Heads that ``ร่วม`` right after makes a joint body (``คณะกรรมการร่วมทางการค้า``, ``คณะกรรมาธิการร่วมระดับสูง
#: ไทย-ญี่ปุ่น``, ``คณะทำงานร่วมด้านการเกษตร``), not the start of a clause.
JOINT_HEADS = ("คณะกรรมการ", "คณะกรรมาธิการ", "คณะทำงาน")
#: Kinds of body that a country's name after them makes one body: ``ธนาคารกลาง`` alone is any central
#: bank (``ธนาคารกลางอาเซียน``, ``ธนาคารกลางทั่วโลก``), ``ธนาคารกลางเมียนมา`` is Myanmar's.
COUNTRY_NAMED = ("ธนาคารกลาง",)
#: Kinds of body that a country's name alone completes: ``สภาหอการค้ากัมพูชา``, Cambodia's chamber of commerce
#: (heads and a country, 15 archive files for Cambodia's, 168 for ``หอการค้าญี่ปุ่น``), ``สภาธุรกิจสิงคโปร์``, the
#: Singapore Business Federation, ``สำนักข่าวเวียดนาม``, Vietnam's news agency; ``กระทรวง|จีน`` names no body.
NAMED_BY_COUNTRY_ALONE = ("สภาหอการค้า", "หอการค้า", "สภาอุตสาหกรรม", "สภาธุรกิจ", "สำนักข่าว")

#: Tokens at which a name ends. (``ครั้ง``: newmm cuts ``ครั้งที่`` glued to a name in two, ``สมาคมผู้กำกับดูแลธุรกิจประกันภัย
#: นานาชาติครั้ง|ที่ 24``, news 8038; ``มูลนิธิผู้พิทักษ์ป่าครั้ง|ที่``)
STOP_TOKENS = frozenset("""
ว่าด้วย ณ โดย โดยมี ได้ ได้รับ จะ ซึ่ง ซึ่งเป็น ที่ เพื่อให้ ให้ เป็น ร่วมกับ กับ พร้อม พร้อมด้วย ร่วม ลงนาม
เข้าร่วม กล่าว มี เมื่อ ตั้งแต่ ประจำปี ครั้งที่ ของ จัด จัดงาน ได้แก่ อาทิ เช่น รวมถึง รวมทั้ง ตลอดจน หรือ ต่อ
จาก ถึง แก่ ระหว่าง เกี่ยวกับ ตาม ภายใต้ นั้น นี้ ดังกล่าว ต่างๆ ต่าง ๆ ทั้ง ทุก หลาย เพื่อ ในการ ใน ด้วย ยัง
ก็ แล้ว และ หารือ พบ ประชุม เยี่ยม เยือน ต้อนรับ เสนอ สนับสนุน ขับเคลื่อน ส่งเสริม พัฒนา ดำเนินการ ลงพื้นที่
จึง เข้า กำหนด มีผล ทั่ว ทั่วประเทศ ยังคง คง ต้อง ควร อยู่ ออก เร่ง เผย แจ้ง ระบุ ชี้แจง ประกาศ เตรียม เปิด
มอบ รับ ขอ แนะนำ เตือน ย้ำ ยืนยัน นำ ทำ ใช้ สั่ง สั่งการ ได้แก่ คือ เป็นต้น ซึ่งได้ ที่ได้ อย่าง ไป มา เห็นชอบ อนุมัติ
รายงาน เปิดเผย เสนอ จัดทำ ดูแล กล่าวว่า มีผลบังคับใช้ มีมติ มีการ ได้มี โดยตรง สรุป สรุปผล คาด คาดว่า เพิ่มเติม ทั้งสิ้น นำร่อง ไม่ ที่จะ ที่ได้ ที่มี ที่เป็น
จัดส่ง ทุกแห่ง แห่งละ พิจารณา ทั้งนี้ นอกจากนี้ พร้อมกัน ร่วมกัน ขึ้น โดยตำแหน่ง
ตั้งอยู่ อันดับ ทราบ ดังกล่าวข้างต้น ตกลง ประสงค์ นำเสนอ แสดง เข้ามา อีกด้วย อีก กว่า ตอบโต้ ขอบคุณ
เยี่ยมชม สู่ มีแผน ครั้ง ครั้งแรก ครั้งต่อไป ก่อน ตามที่
ร่วมมือ กำลัง กำลังจะ ให้การ ประกอบด้วย บรรลุ เห็น เห็นว่า หวัง มุ่ง มุ่งมั่น มุ่งเน้น น่าจะ
""".split())
#: Words a head glued after makes a compound noun, not the start of a body's name: institutional investors, or the
#: bodies a text has just named (``…ADB และ…AIIB ซึ่งทั้งสองสถาบันน่าจะพัฒนาความเป็นหุ้นส่วน…``, news 8065).
_COMPOUNDED_BEFORE = ("นักลงทุน", "ทั้งสอง")
#: ``เพื่อ`` and ``และ`` and ``ใน`` sit inside many names: they end one only before these.
_SOFT = {"เพื่อ", "และ", "ใน", "พัฒนา", "ส่งเสริม", "สนับสนุน", "ระหว่าง", "ด้วย"}
#: A name whose tail starts with one of these is a head and a clause (``สถาบันจัดงาน…``); the soft
#: words also start names (``สถาบันพัฒนาการค้ายุคใหม่``, ``สำนักงานส่งเสริมเศรษฐกิจดิจิทัล``).
_LONG_STOPS = tuple(t for t in STOP_TOKENS if len(t) >= 5 and t not in _SOFT)

#: A name whose first word after the head is one of these is a generic noun phrase, not a name
#: (``สถาบันการเงินต่างๆ``, ``มหาวิทยาลัยชั้นนำ``, ``บริษัทเอกชน``); compared with the first newmm token.
GENERIC_TOKENS = frozenset("""
ต่างๆ ที่ ดังกล่าว ฯ นี้ นั้น ของ และ ทั้ง ใน เอกชน ชั้นนำ การเงิน การศึกษา ภาครัฐ รัฐ จำนวน หลาย ทุก ซึ่ง
เพื่อ ชุด ขนาด สตาร์ทอัพ ใหญ่ ท้องถิ่น จังหวัด อำเภอ คู่ค้า ลูก แม่ ย่อย สาขา ระดับ สำคัญ อื่น อื่นๆ
เดียว ใหม่ ฝ่าย เจ้าภาพ ผู้แทน กลาง เครือข่าย พันธมิตร ต่างชาติ สมาชิก เหล่านี้ ที่เกี่ยวข้อง เจ้าหน้าที่ นานาชาติ
อุดมศึกษา คณะ ทั่ว ภายใน วิชาชีพ นายจ้าง ลูกจ้าง รัฐวิสาหกิจ ด้าน ร่วม ระหว่างประเทศ ระหว่าง ยักษ์ใหญ่ ชั้น วงการ
สามารถ มุ่งมั่น เติบโต แรก ผ่าน มีอำนาจ จำนวน ครั้ง ชั่วคราว
""".split())
GENERIC_LABELS = frozenset("""
สำนักงานปลัดกระทรวง สำนักงานปลัด สถาบันหลัก สถาบันชาติ คณะทำงานพิเศษ กองทุนเงิน คณะกรรมการพิเศษ คณะกรรมการชุดใหม่
""".split())
GENERIC_PHRASES = ("ต่าง ๆ", "บริหารส่วน", "ส่วนท้องถิ่น", "ส่วนจังหวัด", "ส่วนตำบล", "ที่เกี่ยวข้อง", "ระหว่างประเทศ",
                   # a regional office or a head followed by a verb (``สำนักงานภูมิภาค…``, ``ธนาคารมีแผน``)
                   "ภูมิภาค", "มีแผน", "การเงินได้")
#: A name whose whole tail after the head is one of these common nouns names a kind of body, not
#: one body: ``สถาบันทางการแพทย์``, ``สถาบันวิจัย``, ``คณะกรรมการบริหาร``, ``มหาวิทยาลัยราชภัฏ``.
COMMON_TAILS = frozenset("""
การแพทย์ ทางการแพทย์ วิจัย วิจัยและพัฒนา เกษตรกร ครอบครัว พระมหากษัตริย์ บริหาร อำนวยการ จัดการ กำกับ นโยบาย
ผู้ทรงคุณวุฒิ ระดับสูง ระดับชาติ แห่งชาติ เฉพาะกิจ เฉพาะด้าน เลขาธิการ เลขานุการ มหาชน ราชภัฏ เศรษฐกิจ ภูมิภาค
อาชีวศึกษา ออนไลน์ รวม หมู่บ้าน ภาค หลัก พี่เลี้ยง งาน อีกด้วย ร่วม การเงิน ทางการเงิน การศึกษา
เฉพาะ ป้องกัน เจรจา การแก้ไขปัญหา ฝึกอาชีพ อุตสาหกรรม อาเซียน รับมือ เมือง สถิติจังหวัด คลังจังหวัด
เลขาธิการคณะกรรมาธิการ ประจำประเทศไทย บูรณาการ
สำรองเลี้ยงชีพ ความร่วมมือ เศรษฐกิจและสังคม ไปรษณีย์ การไปรษณีย์ โทรคมนาคม สื่อสาร การสื่อสาร เทคโนโลยี
ชุมชน เทคนิค อาชีวศึกษา สารพัดช่าง พยาบาล เกษตร เกษตรและเทคโนโลยี ประมง
มิตรภาพ เขต
อัจฉริยะ สีเขียว ไร้กระดาษ ยุคใหม่ สมัยใหม่ อิเล็กทรอนิกส์ ต้นแบบ ชดเชย
""".split())
#: (``อัจฉริยะ`` …: a kind of office made smart, green, paperless, a model one, ``สำนักงานอัจฉริยะ`` among smart home devices,
#: news 79646; ``กรมอัจฉริยะ`` 9 archive files, ``สำนักงานไร้กระดาษ`` 8, ``สำนักงานสีเขียว`` 6, ``ธนาคารต้นแบบ``; ``ชดเชย``: a
#: compensation fund, ``กฎหมายกองทุนชดเชย เมื่อสิ้นสุดสัญญาจ้าง (Deposit Fund)``, news 59542)
#: (``มิตรภาพ``: a friendship association is named by the countries it joins, ``สมาคมมิตรภาพไทย-จีน``; bare, it is any of
#: them, ``สมาคมมิตรภาพของทั้งสองประเทศ``, news 61700)
#: (``เขต``: district offices in general, ``สำนักงานเขตทั่วประเทศ``, ``สำนักงานเขตทั้ง 50 เขต``: 219 archive mentions of the bare
#: ``สำนักงานเขต``; one is named by its district, ``สำนักงานเขตคลองเตย``)
#: Tails that make one head generic and not another: ``ธนาคารพาณิชย์`` (commercial banks) is a kind,
#: ``กระทรวงพาณิชย์`` a ministry.
GENERIC_BY_HEAD: dict[str, tuple[str, ...]] = {
    "ธนาคาร": ("พาณิชย์", "ออนไลน์", "รัฐ", "ต่างประเทศ", "ของรัฐ", "กลางของ", "เอกชน"),
    # an ASEAN fund is money the members pool, not a body (``กองทุนอาเซียนเพื่อรับมือกับโควิด-19``, 31 screened archive
    # releases; sample gold 003, heldout10 012 and heldout19 002 leave it out); a fund of some amount is money set aside
    # (``…รวมทั้งการจัดตั้งกองทุนมูลค่า 113 ล้านดอลลาร์สหรัฐ``, news 16816: 12 archive mentions of the four words)
    "กองทุน": ("รวม", "ป้องกัน", "ต่าง", "อาเซียน", "มูลค่า", "วงเงิน", "จำนวน", "ขนาด"),
    # an office of a company is the company's premises (``สำนักงานบริษัทหัวเว่ย``, ``สำนักงานบริษัท อโกด้า…``: 10
    # archive releases); an association of companies is a body (``สมาคมบริษัทหลักทรัพย์ไทย``)
    "สำนักงาน": ("บริษัท",),
}
#: Words a name cannot end with: the start of the clause after it (``คณะทำงาน…ไทย-จีนเพื่อ|พิจารณา``).
#: (``แห่ง``: ``สถาบันแห่ง|นี้``, this institute, news 1020; a country after แห่ง closes the name before this is tried)
_DANGLING = re.compile(r"(?:เพื่อ|ด้านการ|ด้าน|ของ|และ|กับ|แห่ง)$")
#: An agent noun (``ผู้`` and a verb, ``ผู้กำกับดูแล`` supervisor) takes the verb after it into the name: ``สมาคมผู้กำกับดูแล
#: ธุรกิจประกันภัยนานาชาติ`` (the IAIS, news 8038; 10 archive files), which ``ดูแล`` as a clause word cut.
_AGENT = "ผู้"
#: Clause words that are also such a noun's verb (``ผู้กำกับดูแล``, ``ผู้ใช้``, ``ผู้จัดทำ``); not ``ได้``, ``จะ``, ``ที่``:
#: ``คณะกรรมการผู้ทรงคุณวุฒิ|ได้ร่วมกันคัดเลือก…`` ends there.
_AGENT_VERBS = frozenset({"ดูแล", "ใช้", "จัดทำ"})
#: Heads whose bare use is generic unless followed by a proper name of at least this many letters.
_MIN_TAIL = 3


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str                 # the name as written, layout folded
    head: str
    country: str | None        # ISO alpha-2 from the name or its context
    latin: bool = False


#: The press office's credit line under a release (``กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก`` 3,666 archive
#: releases, ``“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี`` 1,129, ``ร่วมเดินหน้าประเทศไทย
#: กับสำนักโฆษก…`` 748, ``“รวมไทยสร้างชาติ” กับสำนักโฆษก…`` 393, ``ภาพ/ข่าว : กลุ่มสื่อสารเชิงกลยุทธ์ สำนักโฆษก…``,
#: ``สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี โทร. …``): who published the release, not a body it names.
_CREDIT_LINE = re.compile(
    r"^[ \t\u00a0\u200b]*(?:กลุ่ม(?:งาน)?(?:ประชาสัมพันธ์|ประสัมพันธ์|เผยแพร่|สื่อสาร|ยุทธศาสตร์)[^\n]{0,60}?"
    r"|ภาพ[ \t]*/[ \t]*(?:ข่าว|บทความ)[^\n]{0,60}?|“?(?:สื่อสารภารกิจรัฐบาล|รวมไทยสร้างชาติ)”?[ \t]*กับ[ \t]*"
    r"|ร่วมเดินหน้าประเทศไทย[ \t]*กับ[ \t]*|)สำนักโฆษก(?:[ \t\u00a0]*สำนักเลขาธิการนายกรัฐมนตรี)?"
    r"(?:[ \t\u00a0]*โทร\.?[^\n]{0,40})?[ \t\u00a0]*$", re.MULTILINE)
#: What every credit line names.
_PRESS_OFFICE = "สำนักโฆษก"


def credit_lines(text: str) -> list[tuple[int, int]]:
    r"""(start, end) of each press-office credit line of ``text``.

    >>> t = "ข่าว\nกลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก\n"
    >>> [t[a:b] for a, b in credit_lines(t)]
    ['กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก']
    >>> credit_lines("สำนักโฆษกนำคณะสื่อมวลชนลงพื้นที่\n")
    []
    """
    if _PRESS_OFFICE not in text:  # (the line-anchored pattern costs ~0.7 ms a release; most do not name it)
        return []
    # a credit line is one line that names the press office: only such lines are tried
    starts, at = [], text.find(_PRESS_OFFICE)
    while at >= 0:
        starts.append(text.rfind("\n", 0, at) + 1)
        at = text.find(_PRESS_OFFICE, at + 1)
    return [m.span() for m in matches_at(_CREDIT_LINE, text, sorted(set(starts)))]


def fold(label: str) -> str:
    """The form a discovered name is keyed by: NFC, no white space, Latin lower-cased.

    >>> fold("Ministry of  Communications")
    'ministryofcommunications'
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", label)).lower()


def org_key(label: str) -> str:
    """A short, stable key for a discovered organisation.

    >>> org_key("กระทรวงการสื่อสารและสารสนเทศแห่งสาธารณรัฐสิงคโปร์") == org_key("กระทรวงการสื่อสารและสารสนเทศ แห่งสาธารณรัฐสิงคโปร์")
    True
    >>> org_key("Ministry of X")[:2]
    'x-'
    """
    return "x-" + hashlib.sha1(fold(label).encode("utf-8")).hexdigest()[:12]


#: What joins a body's name to the country that closes it: ``แห่ง``, ``ของ``, ``ประเทศ`` or a space.
_COUNTRY_JOIN = re.compile(r"(?:\s*(?:แห่ง|ของ|ประเทศ))*\s*$")


def country_key(body: str, country: str) -> str:
    """The key of a discovered name closed by a country: the same body and country give one key,
    however joined (``กระทรวงศึกษาธิการแห่งสาธารณรัฐเกาหลี``, ``กระทรวงศึกษาธิการสาธารณรัฐเกาหลี``).

    >>> country_key("กระทรวงที่ดิน โครงสร้างพื้นฐาน และการขนส่งแห่ง", "KR") == country_key("กระทรวงที่ดิน โครงสร้างพื้นฐาน และการขนส่งของ", "KR")
    True
    """
    return org_key(_COUNTRY_JOIN.sub("", body) + "@" + country)


def _label(text: str) -> str:
    t = re.sub(rf"(?<=[{_TC}])\s*\n\s*(?=[{_TC}])", "", text.strip())
    return re.sub(r"\s+", " ", t)


def _tokens(s: str) -> list[str]:
    return list(_words(s))


@lru_cache(maxsize=4096)
def _words(s: str) -> tuple[str, ...]:
    """The words of ``s``, cached: a name's run is cut again to end it, to judge whether it is
    generic and whether it is spaced, three times as often as there are runs."""
    from extractors.thainlp import words

    return tuple(words(s))


_RUN_END = re.compile(r"[\s()“”\"'‘’,:;/]")
#: ``บริษัท … จำกัด``; the name never runs over another ``บริษัท`` (``บริษัท Viet Nam Oil and Gas Group
#: กับบริษัทปูนซีเมนต์ไทย จำกัด`` is two companies, the second one closed by จำกัด).
_NAME_CHAR = r"(?:(?!บริษัท)[^\n()“”\"])"
_COMPANY = re.compile(rf"บริษัท[ \t]*({_NAME_CHAR}{{1,60}}?(?:\((?:ประเทศไทย|Thailand|ไทยแลนด์)\))?{_NAME_CHAR}{{0,40}}?)[ \t]*(?:จำกัด|จํากัด)(?:[ \t]*\(มหาชน\))?")
#: ``บริษัท ซีโร (Xero)`` (news 46549), ``บริษัท แกร็บ (Grab)``, ``บริษัท ไนเด็ค คอร์ปอเรชั่น (Nidec Corporation)``: ``บริษัท``,
#: a space, a Thai name of up to three items and its Latin name in brackets, with no legal form: a company
#: (24 such forms in the archive, 4 of them kinds: ``บริษัท หรือ ธุรกิจเพื่อสังคม (Social Enterprise)``). A kind
#: of company is written glued (``บริษัทเทคโนโลยี (Tech Firm)``, ``บริษัทแม่ (Head Office)``) and is not matched.
_COMPANY_BRACKETED = re.compile(rf"บริษัท[ \t]+([{_TC}]{{2,30}}(?:[ \t][{_TC}]{{2,30}}){{0,2}})[ \t]*"
                                r"\(([A-Z][a-z][A-Za-z]*(?:[ \t][A-Z][a-z][A-Za-z]*){0,2})\)")
#: ``บริษัท Watson Farley and Williams``, ``บริษัท China Mobile International Global Network Centre``:
#: ``บริษัท`` and a capitalised Latin name, with no legal form after it (the name is the Latin words).
_COMPANY_LATIN = re.compile(r"บริษัท[ \t]?((?:[A-Z][\w&'’.\-]*)(?:[ \t]+(?:[–-]?[A-Z][\w&'’.\-]*|of|and|&|–))*)")
#: First words of ``บริษัท <Latin>`` that make it a kind of company, not a name (``บริษัท Startup``).
#: Companies listed by their Latin names after the word for companies and a list opener: ``ตัวแทนจากบริษัทชั้นนำที่
#: เป็นสมาชิกของ ITCC … อาทิ Indorama Ventures, Tata Consultancy Services (Thailand), Rhenus Logistics และ Siamese
#: Company Limited`` (news 97908), ``บริษัทเทคโนโลยีชั้นนำ อาทิ Google, Microsoft และ TikTok``: 46 such lists in 39 of the
#: screened archive's releases, every item a company or its brand.
_COMPANY_LIST_INTRO = re.compile(r"บริษัท[^\n]{0,80}?(?:อาทิ|ได้(?:แ|เเ)ก่|เช่น|ประกอบด้วย)[ \t]*(?=[A-Z])")
_LISTED_COMPANY = re.compile(r"[A-Z][\w&'’.\-]*(?:[ \t]+(?:[A-Z0-9][\w&'’.\-]*|&|of|and(?=[ \t]+[A-Z])|\((?:Thailand|Thai)\)))*")
#: What a company makes or sells, not who it is: ``บริษัทดำเนินธุรกิจ 3 ส่วนหลัก ได้แก่ Productivity and Business
#: Processes, Cloud`` (Microsoft's segments, news 74730), ``เจ้าของแบรนด์ต่างๆ อาทิ Cartier, Chloé``.
_OWN_LINES = re.compile(r"ส่วนหลัก|ธุรกิจ\s*\d|ผลิตภัณฑ์|แบรนด์|สินค้า")
_LISTED_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:และ|and)?|และ|and(?=[ \t]+[A-Z]))[ \t]*")


def listed_companies(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The (start, end) of each company a list after ``บริษัท…อาทิ`` names by its Latin name; a list of one is
    no list, and the list ends at its first item that is not a Latin name.

    >>> t = "บริษัทชั้นนำ อาทิ Google, Microsoft และ TikTok ได้ร่วมงาน"
    >>> [t[a:b] for a, b in listed_companies(t)]
    ['Google', 'Microsoft', 'TikTok']
    >>> listed_companies("บริษัทชั้นนำ อาทิ Google ได้ร่วมงาน")
    []
    >>> listed_companies("บริษัท Microsoft บริษัทดำเนินธุรกิจ 3 ส่วนหลัก ได้แก่ Productivity and Business Processes, Cloud")
    []
    """
    out = []
    for m in _COMPANY_LIST_INTRO.finditer(text, start):
        if _OWN_LINES.search(m.group()):
            continue
        items, pos = [], m.end()
        while (item := _LISTED_COMPANY.match(text, pos)):
            items.append((item.start(), item.end()))
            join = _LISTED_JOIN.match(text, item.end())
            if not join or join.end() == item.end() or not _LISTED_COMPANY.match(text, join.end()):
                break
            pos = join.end()
        if len(items) >= 2:
            out += items
    return out


LATIN_COMPANY_NOT_A_NAME = frozenset("""
Startup Startups Start Start-up Start-ups AI Tech IT EV A SME SMEs Made Leasing Subcontract Best Luxury Data Big Top
Unicorn Unicorns Fintech FinTech Digital Smart Platform Online E-commerce Technology Technologies
""".split())
_LATIN_CONNECT = r"(?:of|for|and|the|&)"
#: A capitalised word, or dotted initials (``U.S``, ``U.K.``: ``U.S Trade and Development Agency`` is not ``S …``).
_LATIN_WORD = r"(?:(?<![\w.])(?:[A-Z]\.)+[A-Z](?![\w])\.?|[A-Z][\w’'\-]*|[A-Z]{2,})"
_NEXT_ORG = r"(?!\s+(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:Ministry|Department|Office)\b)"   # (…and the Federal Ministry…)
_M_CONNECT = rf"(?:of|for|the|&|and{_NEXT_ORG})"
# (``\s*,\s+|\s+``, not ``\s*,?\s+``: the latter splits a run of white space every way it can, and a long
# release the pipeline blanked is runs of thousands of spaces: one such run took three minutes.)
# (``for`` too: ``Ministry for Foreign Affairs of Finland``, ``Federal Ministry for Digital and Economic Affairs``,
# ``United Nations Office for Disaster Risk Reduction``)
_MINISTRY = re.compile(rf"\b(?:[Tt]he\s+)?(?:United\s+Nations\s+)?(?:Ministry|Department|Office)\s+(?:of|for)\s+(?:{_LATIN_WORD}|{_M_CONNECT})(?:(?:\s*,\s+|\s+)(?:{_LATIN_WORD}|{_M_CONNECT}))*")
#: The words that end a Latin organisation name (``… Development Agency``); a comma list
#: without one is one name going on (``Ministry of Industry, Science, Technology & Innovation``).
ORG_WORDS = ("Authority", "Agency", "Commission", "Corporation", "Council", "Institute", "University", "Bank",
             "Association", "Foundation", "Organization", "Organisation", "Bureau", "Administration", "Board",
             "Federation", "Office", "Ministry", "Department", "Company", "Directorate")
#: A comma inside a name runs a list of single capitalised words to its ``and``: ``Communications, Space and Technology
#: Commission`` (news 66181: it had been cut to ``Space and Technology Commission``), ``United Nations Educational,
#: Scientific and Cultural Organization`` (34 archive files), ``Standards, Metrology and Quality Organization``,
#: ``Education, Science, Research and Innovation Policy Council``. (``Small and Medium`` is one item: ``Ministry of
#: Industry, Small and Medium Enterprise Development Bank of Thailand`` is two bodies.) A post or a body before the comma is not
#: part of the list (``Director General, National Economic and Social Development Council``: two words after it).
_LIST_COMMA = r",\s+(?=(?:[A-Z][a-z]+,\s+)*(?!Small\s)[A-Z][a-z]+\s+and\s)"
#: Words a comma after which ends one name, not an item of the next one's list.
_NOT_LISTED = frozenset(ORG_WORDS) | {"Division", "Unit", "Section", "Center", "Centre", "Limited", "Ltd", "Inc", "General",
                                      "Chief", "Commissioner", "Thailand", "Officer", "Director", "President", "Chairman",
                                      "Chairperson", "CEO", "Manager", "Executive", "Minister", "Secretary", "Governor", "Head"}
_LATIN_ORG = re.compile(
    rf"\b((?:{_LATIN_WORD}(?:{_LIST_COMMA}|\s+)(?:{_LATIN_CONNECT}\s+)*){{1,7}}(?:{'|'.join(ORG_WORDS)}))\b"
    rf"(?:\s+of\s+(?:the\s+)?{_LATIN_WORD}(?:\s+(?:{_LATIN_WORD}|of|the))*)?")
#: What every match of ``_MINISTRY`` and of ``_LATIN_ORG`` contains: most releases have neither,
#: and these literal scans are much faster than trying the full patterns at every word boundary.
_MINISTRY_CUE = re.compile(r"(?:Ministry|Department|Office)\s+(?:of|for)\s")
_ORG_WORD = re.compile(rf"(?:{'|'.join(ORG_WORDS)})\b")
#: The two scanned from where a match can start (a match of ``_MINISTRY`` opens with ``The``, ``the``, ``United``,
#: ``Ministry``, ``Department`` or ``Office``; one of ``_LATIN_ORG`` with a capital): ``re`` tries a pattern that opens
#: with ``\b`` at every character of a 150,000-character cabinet summary, and skips ahead to a character class (a quarter
#: of the time).
_MINISTRY_SCAN = LeadScan(re.compile(r"[TtUMDO]"), 0, _MINISTRY, "")
_LATIN_ORG_SCAN = LeadScan(re.compile(r"[A-Z]"), 0, _LATIN_ORG, "")
_WEAK_ORG_WORDS = {"Center", "Centre", "Group", "Office", "Board", "Company", "Council", "Administration", "Bureau",
                   "Department"}
_LATIN_BAD_START = {"the", "The", "This", "That", "Each", "Our", "Its", "Their", "A", "An", "Memorandum", "MOU", "Between",
                    "And", "Of", "With", "Signing", "Understanding"}
#: A capitalised phrase starting with one of these is an award or a phrase, not a body
#: (``Best CSR Bank``, ``Most Innovative Retail Bank``, ``Session of the Commission``).
_LATIN_NOT_A_NAME = {"Best", "Most", "Session", "Field", "Governments", "Safety", "Oversight", "About"}
#: A post before ``of`` is a person's title, not part of the body's name
#: (``President of Export-Import Bank of Thailand``, ``Administrator of China National Space Administration``).
#: A company's own department, named in its press contact (``Sustainable Development and Corporate Communication
#: Department`` 71 archive releases, ``Corporate Branding and Communication Department`` 38, ``Public Affairs and
#: Communications Department``): a unit of the body, not a body.
_UNIT_WORDS = ("Department", "Division", "Unit", "Section")
_CORPORATE_UNIT = re.compile(r"\b(?:Corporate|Communications?|Branding|Marketing|Public\s+Affairs)\b")
#: People a body's word qualifies make the words a meeting's or a group's name, not a body's: ``ASEAN+3 Finance
#: Ministers’ and Central Bank Governors’ Meeting`` (news 41442) is no ``…Central Bank``.
_PEOPLE_AFTER = re.compile(r"\s+(?:Governors|Ministers|Leaders|Heads|Officials|Chiefs|Presidents)\b")
_LATIN_POST = re.compile(r"^(?:(?:Vice|Deputy|Executive|Board)\s+)?(?:President|Administrator|Director|Chairman|Chairperson|"
                         r"CEO|Minister|Secretary|Governor|Ambassador|Head)\s+of\s+(?:the\s+)?")

#: A Latin company name: capitalised words closed by a legal form (``THE NEXT WEB B.V.``,
#: ``DASSAULT SYSTEMES SINGAPORE PTE. LTD.``, ``Kaneka Co., Ltd.``). Some legal forms tell the country.
_LEGAL_FORM = (r"B\.V\.|N\.V\.|(?i:pte\.?\s+ltd\.?)|(?i:sdn\.?\s+bhd\.?)|GmbH|(?i:co\.,?\s+ltd\.?)|Inc\.|INC\.|"
               r"Ltd\.|LTD\.|Limited|LIMITED|PLC|plc|S\.A\.|AG")
# (The first word is written out before the repeat: a pattern that starts with ``[A-Z]`` lets the
# regex engine skip straight to capitals, and a Thai release has few.)
_COMPANY_WORD = r"[A-Z][\w&'’\-.]*\s+(?:(?:of|and|&)\s+)?"
_LATIN_COMPANY = re.compile(rf"({_COMPANY_WORD}(?:{_COMPANY_WORD}){{0,6}}?)(?:,\s*)?({_LEGAL_FORM})(?![\w])")
#: A person's post before ``of``: the company's name starts after it.
_POST_WORDS = {"Officer", "Director", "President", "Chairman", "Chairperson", "CEO", "Manager", "Executive", "Minister",
               "Secretary", "Governor", "Head", "Founder", "Partner"}
#: Words that alone are only a legal form: ``Co. Ltd.`` names no company.
_LEGAL_WORDS = {"Co.", "Co", "Company", "Public", "PUBLIC", "COMPANY", "Corporation", "Group"}
_LEGAL_FORM_COUNTRY = (("b.v.", "NL"), ("n.v.", "NL"), ("pte", "SG"), ("sdn", "MY"))
#: Capitalised connectors of an all-capitals title, before the company's own name (``… AND THE NEXT WEB B.V.``).
_CAPS_CONNECTORS = {"AND", "BETWEEN", "WITH", "OF", "ON", "FOR", "BY", "TO", "IN"}


@lru_cache(maxsize=1)
def _english_country_names() -> frozenset[str]:
    from extractors.countries import countries

    return frozenset(label for c in countries().values() for label in c.labels if label.isascii())


def _to_its_country(words: list[str]) -> list[str]:
    """A Latin name closed by ``of <country>`` ends there; ``and`` after it starts the next body: ``Ministry of Digital
    Economy and Society of the Kingdom of Thailand|and National Development and Reform Commission…`` (news 93511's cabinet
    synopsis: MDES and China's NDRC, which had been read as one body, and then as China's commerce ministry)."""
    for i, w in enumerate(words):
        if w == "and" and "of" in words[:i]:
            before = " ".join(words[:i])
            if any(before.endswith(" " + name) for name in _english_country_names()):
                return words[:i]
    return words


def _latin_companies(text: str, start: int) -> list[tuple[int, int, str | None]]:
    """(start, end, country of the legal form) of each Latin company name in ``text[start:]``."""
    out = []
    for m in _LATIN_COMPANY.finditer(text, start):
        words = m.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words) if w in _CAPS_CONNECTORS
                   # ``Managing Director of|TARAD …``, ``Betagro Group and|Pacific Sugar …``
                   or (w == "of" and i and words[i - 1] in _POST_WORDS)
                   or (w == "and" and i and words[i - 1] in _LEGAL_WORDS)), default=0)
        words = words[cut:]
        if not words or words[0] in _LATIN_BAD_START - {"The", "THE"} or words[0] in _LATIN_NOT_A_NAME \
                or all(w in _LEGAL_WORDS for w in words):
            continue
        a = m.start(1) + len(" ".join(m.group(1).split()[:cut])) + (1 if cut else 0)
        a = text.index(words[0], a)
        form = m.group(2).lower()
        country = next((code for prefix, code in _LEGAL_FORM_COUNTRY if form.startswith(prefix)), None)
        out.append((a, m.end(), country))
    return out


_LEFT_GLUE = ("ระหว่าง", "และ", "กับ", "โดย", "ของ", "จาก", "ที่", "ให้", "ร่วม", "ปลัด", "ว่าการ", "อธิบดี", "ใน", "แก่",
              "ต่อ", "ถึง", "ผู้อำนวยการ", "เลขาธิการ", "ประธาน", "รัฐมนตรี", "ผู้ตรวจราชการ", "ผู้แทน", "ทูต", "ณ",
              "คณะผู้แทน", "หัวหน้า", "ผู้ว่าการ", "ผู้บัญชาการ", "ผู้ช่วย", "เจ้าหน้าที่", "ตัวแทน", "นำโดย", "พบ",
              "หารือกับ", "เยือน", "ต้อนรับ", "แด่", "เป็น", "คือ", "อาทิ", "เช่น", "ได้แก่", "มี", "สังกัด", "ร่วมกับ",
              "จัดโดย", "ประจำ")


#: A parliamentary committee's name goes on over its spaced portfolio to its chamber: ``คณะกรรมาธิการการศึกษา วุฒิสภา``,
#: ``…การเทคโนโลยีสารสนเทศ การสื่อสาร และการโทรคมนาคม วุฒิสภา`` (news 52125; 795 archive mentions name a chamber so).
_CHAMBER = re.compile(r"(?:[ \t]+(?!ได้|ซึ่ง|โดย|เพื่อ|ที่|เป็น|ให้|กล่าว|ณ[ \t]|เมื่อ|จะ|ร่วม)[ก-๙,]+){0,4}?[ \t]+"
                      r"(?:วุฒิสภา|สภาผู้แทนราษฎร)(?![ก-๙])")


#: ``กระทรวงทรัพยากรพื้นฐานและการท่องเที่ยวแห่งบรูไนฯ``, ``กระทรวงวัฒนธรรมและการท่องเที่ยวแห่งสาธารณรัฐประชาชนจีน``: tourism
#: as the last portfolio of a foreign ministry (about 25 archive mentions), not a tourism authority after ``และ``;
#: ``…และการท่องเที่ยวแห่งประเทศไทย`` is the TAT, a body of its own.
_TOURISM_PORTFOLIO = re.compile(r"การท่องเที่ยวแห่ง(?!ประเทศไทย)")


def _thai_end(text: str, h: int, head: str, country_spans: "SpanIndex", org_spans: "SpanIndex") -> int:
    """Where a Thai name starting with ``head`` at ``h`` ends."""
    m = _RUN_END.search(text, h)
    run_end = m.start() if m else len(text)
    run_end = min(run_end, h + 150)
    # a registry or country name that starts inside the run is kept whole (countries first, as given)
    protected = [(a, b) for a, b, *_ in country_spans.starting_in(h, run_end) + org_spans.starting_in(h, run_end)]
    toks = _tokens(text[h + len(head):run_end])
    i = h + len(head)
    for k, tok in enumerate(toks):
        j = i + len(tok)
        inside = any(a < i < b for a, b in protected)
        if k == 0 and tok == "ร่วม" and head in JOINT_HEADS:
            i = j          # ``คณะกรรมการร่วมไทย-กัมพูชา``: a joint committee, not a committee that joins
            continue
        if k and toks[k - 1].startswith(_AGENT) and tok in _AGENT_VERBS:
            i = j          # ``สมาคมผู้กำกับ|ดูแล…``: the verb of an agent noun, not the clause after the name
            continue
        if not inside and tok in STOP_TOKENS:
            if tok not in _SOFT:
                break
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            rest = text[j:run_end]
            if tok == "และ" and (_HEAD_RE.match(rest) and not (head == "กระทรวง" and _TOURISM_PORTFOLIO.match(rest))
                                 or country_spans.starting_at(j)):
                break
            if tok == "ใน" and not rest.startswith("พระ"):
                break
            if tok == "และ" and rest.startswith(("คณะ", "ผู้", "นาย", "นาง", "สภา", "บริษัท", "หน่วยงาน", "ภาค", "ประธาน",
                                                "รอง", "เลขาธิการ", "อธิบดี", "ปลัด", "รัฐมนตรี")):
                break
            if tok in ("เพื่อ", "พัฒนา", "ส่งเสริม", "สนับสนุน") and i - h > 40:
                break
            if tok in ("ระหว่าง", "ด้วย") or (tok == "และ" and not nxt):
                break
        if tok == "ฯ":
            break
        i = j
    for a, b in protected:
        if a < i < b:
            i = b
    return _cut_after_country(text, h + len(head), i, country_spans, head)


#: What may follow a country inside one name: ``สถานเอกอัครราชทูตญี่ปุ่น|ประจำประเทศไทย``,
#: ``ไทย|-จีน``, ``ไทย|ในพระบรมราชูปถัมภ์``, ``…ญี่ปุ่น|(JETRO)``.
_AFTER_COUNTRY_OK = re.compile(r"\s*(?:ประจำ|-|–|ใน(?:พระ)|สาขา|\(|ส่วนหน้า|แห่ง)")


#: Heads that a country right after them closes (``หอการค้าลักเซมเบิร์ก|เดินทางเยือนไทย``, news 64481;
#: ``สถานเอกอัครราชทูตสหรัฐอเมริกา|เป็นที่เรียบร้อย``, ``กองทัพกัมพูชา|ยิง…``). After other heads a country may be a word of
#: the name (``สมาคมไทยไอโอที``, ``ธนาคารไทยเครดิตเพื่อรายย่อย``, ``สถาบันอินเดียศึกษา``).
_COUNTRY_CLOSES = frozenset(NAMED_BY_COUNTRY_ALONE + MISSION_HEADS + ("กองทัพ",))


def _cut_after_country(text: str, lo: int, end: int, country_spans: "SpanIndex", head: str = "") -> int:
    """A Thai name that reaches a country name ends there: ``กระทรวงการลงทุนซาอุดีอาระเบีย|เป็นผู้แทน…``,
    ``สมาคมนักข่าวกัมพูชา|แสดงความขอบคุณ…``; the run to the next space is often a whole clause."""
    for a, b in sorted((a, b) for a, b, *_ in country_spans.starting_in(lo + (head not in _COUNTRY_CLOSES), end)):
        if b < end and not _AFTER_COUNTRY_OK.match(text, b) and not country_spans.starting_at(b):
            return b
    return end


#: A Thai name written as a list, ``กระทรวงไปรษณีย์ โทรคมนาคม และเทคโนโลยีสารสนเทศแห่ง…บังกลาเทศ``:
#: one or more short Thai words after single spaces, the last item joined by ``และ`` and closed by a country.
_LIST_ITEM = re.compile(rf" ([{_TC}]{{2,30}})(?= )")
_LIST_LAST = re.compile(rf" (และ[{_TC}]{{2,60}})")


def _listed_name_end(text: str, end: int, countries: "SpanIndex") -> int:
    """Where a name that continues as a ``A B และC<country>`` list ends (``end`` when it does not)."""
    if not text.startswith(" ", end) or countries.ending_at(end):
        return end
    pos = end
    for k in range(4):
        last = _LIST_LAST.match(text, pos)
        if last and k > 0 and not last.group(1).startswith(("และผู้", "และคณะ", "และนาย", "และนาง", "และเจ้าหน้าที่")):
            closing = [b for a, b, _ in countries.starting_in(last.start(1) + 1, last.end(1) + 1) if b <= last.end(1)]
            return min(closing) if closing else end
        item = _LIST_ITEM.match(text, pos)
        if not item or item.group(1) in STOP_TOKENS or _HEAD_RE.match(item.group(1)) \
                or item.group(1).startswith(("นาย", "นาง", "ดร", "ณ", "โดย", "และ")):
            return end
        pos = item.end()
    return end


#: One item of a name written with spaces (``กระทรวงดิจิทัล การสื่อสาร สื่อมวลชนแห่ง<country>``,
#: ``กระทรวงการค้า อุตสาหกรรมและพลังงาน สาธารณรัฐเกาหลี``): a Thai word run after one space.
_SPACED_ITEM = re.compile(rf" ([{_TC}]{{2,40}})")


#: What joins a name to the country written right after it.
_GLUED_COUNTRY = re.compile(r"(?:แห่ง|ของ)?")


#: Words that start a person, a post or a clause, never one item of a spaced name
#: (``กระทรวงอุตสาหกรรม และนายหม่า ซิงรุ่ย ผู้ว่าการมณฑลกวางตุ้ง สาธารณรัฐประชาชนจีน`` is three things).
_NOT_AN_ITEM = ("นาย", "นาง", "ดร", "โดย", "ผู้", "คณะ", "ณ", "รัฐมนตรี", "ประธาน", "เลขาธิการ", "อธิบดี", "ปลัด",
                "เอกอัครราชทูต", "กงสุล", "หัวหน้า", "ท่าน", "พล", "ศาสตราจารย์", "รอง", "ฝ่าย", "บริษัท", "นคร", "กรุง",
                "เมือง", "จังหวัด", "เจ้าหน้าที่",
                # another body, people or a place, listed after the name (``กรมประชาสัมพันธ์ สถานีวิทยุ…``)
                "สภา", "สถานี", "ศูนย์", "หน่วยงาน", "บน", "สหภาพ", "การยาง")


def _spaced_name_end(text: str, end: int, countries: "SpanIndex", organisations: "SpanIndex") -> int:
    """Where a name that goes on as space-separated items closed by a country ends (``end`` if not).

    Foreign ministries are written with their English commas as spaces: ``กระทรวงที่ดิน โครงสร้างพื้นฐาน
    และการขนส่งแห่ง…``, ``กระทรวงเทคโนโลยีและการสื่อสาร สาธารณรัฐประชาธิปไตยประชาชนลาว``. Only a country
    closes such a name; items must be plain words (no clause word, head, honorific or registry name:
    ``กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และสำนักงานข้อมูลแห่ง…`` is two bodies)."""
    if not text.startswith(" ", end) or text[end - 1:end] == "ฯ":
        return end
    if countries.ending_at(end) and not text.startswith(" ประจำ", end):
        return end     # a name closed by its country goes on only with the country it is posted to
    pos = end
    for _ in range(4):
        item = _SPACED_ITEM.match(text, pos)
        if not item:
            return end
        a = item.start(1)
        inside = sorted((ca, cb) for ca, cb, _ in countries.starting_in(a, item.end(1) + 1))
        word = text[a:inside[0][0]] if inside else item.group(1)
        bare = word[3:] if word.startswith("และ") else word
        if inside and word and not bare:
            return end     # ``กระทรวงดีอี และสปป.ลาว``: a conjunction and a country are another party
        if word in ("และ", "หรือ", "กับ"):
            return end     # ``กระทรวงดิจิทัลฯ และ รัฐ นิวเซาท์เวลส์ ของออสเตรเลีย``: a list of parties
        # the join to a country that closes the item is no clause word (``…นวัตกรรมของ|กัมพูชา``)
        plain = re.sub(r"(?:แห่ง|ของ|ประจำ)$", "", word) if inside else word
        if word and (_HEAD_RE.match(bare) or bare.startswith(_NOT_AN_ITEM)
                     or organisations.starting_in(a, a + len(word))
                     or any(t in STOP_TOKENS and t not in ("และ", "แห่ง") for t in _tokens(plain))):
            return end
        if inside:
            ca, cb = inside[0]
            # the country is an item of its own or joined by แห่ง/ของ/ประจำ: glued to a word it is an
            # adjective (``…ห่วงใยแรงงานไทย``, ``…ประณามกัมพูชา``), and the run a headline clause
            joined = (ca == a and text[ca:cb] != "ไทย") or text[a:ca].rstrip().endswith(("แห่ง", "ของ", "ประจำ"))
            return cb if joined and ca - a <= 40 else end
        pos = item.end(1)
    return end


#: A tail that is only a soft verb names no body: ``กองทุนส่งเสริมการ`` cut at a line break, ``สถาบันพัฒนา``.
_VERB_TAIL = re.compile(r"^(?:พัฒนา|ส่งเสริม|สนับสนุน)(?:การ)?$")
_ROYAL = ("กรมหลวง", "กรมพระ", "กรมขุน", "กรมหมื่น", "กรมสมเด็จ")


#: ``ไทย - ญี่ปุ่น``: two countries joined by a spaced dash name one bilateral body.
_PAIR_DASH = re.compile(r"[ \t]*[-–][ \t]*")


#: A university named in Latin after the Thai head: ``มหาวิทยาลัย Stanford``, ``มหาวิทยาลัย Carnegie Mellon`` (the
#: archive writes 30 foreign universities so); ``of`` and ``and`` go on a name, never end it.
_LATIN_UNIVERSITY = re.compile(r"[ \t]?([A-Z][A-Za-z&.'-]*(?:[ \t]+(?:of|and|&|[A-Z][A-Za-z&.'-]*))*)")


def _latin_university_end(text: str, h: int, end: int, head: str) -> int:
    """Where ``มหาวิทยาลัย`` + a Latin name ends, when the Thai run stopped at the head.

    >>> t = "พบผู้บริหารมหาวิทยาลัย Stanford ณ"
    >>> t[11:_latin_university_end(t, 11, 22, "มหาวิทยาลัย")]
    'มหาวิทยาลัย Stanford'
    """
    if head != "มหาวิทยาลัย" or end != h + len(head) or not (m := _LATIN_UNIVERSITY.match(text, end)):
        return end
    words = m.group(1).split()
    while words and words[-1] in ("of", "and", "&"):
        words.pop()
    return words_end(text, m.start(1), words) if words else end


def _country_pair_end(text: str, end: int, countries: "SpanIndex") -> tuple[int, set[str]]:
    """``คณะกรรมาธิการร่วมระดับสูงไทย - ญี่ปุ่น``: a name closed by a country goes on over ``- <country>``; the end
    and the two countries (else ``(end, set())``)."""
    dash = _PAIR_DASH.match(text, end)
    first = {code for _, _, code in countries.ending_at(end)}
    if dash is None or dash.end() == end or not first:
        return end, set()
    second = max(((b, code) for _, b, code in countries.starting_at(dash.end())), default=None)
    return (second[0], first | {second[1]}) if second else (end, set())


#: A joint body named by the two countries it joins: ``คณะทำงานประสานความร่วมมือระหว่างราชอาณาจักรไทยและราชอาณาจักร
#: กัมพูชา`` (news 59075), ``คณะกรรมการประสานงานร่วมระหว่างไทย-เมียนมา`` (123 such names in the archive).
_BETWEEN_COUNTRIES = re.compile(r"[ \t]*(?:ร่วม)?[ \t]*ระหว่าง[ \t]*")
_PAIR_JOIN = re.compile(r"[ \t]*(?:และ|กับ|[-–])[ \t]*")


def _joint_body_end(text: str, end: int, head: str, countries: "SpanIndex") -> tuple[int, set[str]]:
    """Where a joint body's name ends that goes on ``ระหว่าง<country> และ/กับ/- <country>``, and the two
    countries; else ``(end, set())``."""
    between = _BETWEEN_COUNTRIES.match(text, end) if head in JOINT_HEADS else None
    if between is None:
        return end, set()
    first = max(((b, code) for _, b, code in countries.starting_at(between.end())), default=None)
    join = _PAIR_JOIN.match(text, first[0]) if first is not None else None
    if join is None or join.end() == first[0]:
        return end, set()
    second = max(((b, code) for _, b, code in countries.starting_at(join.end())), default=None)
    return (second[0], {first[1], second[1]}) if second else (end, set())


def _word_starts_at(text: str, lo: int, at: int, end: int) -> bool:
    """Does a word of ``text[lo:end]`` start at ``at``? A dangling ``กับ`` is a word of its own, not the end of
    ``กำกับ`` (``สมาคมผู้กำกับ``, news 8038: the name had been cut to ``สมาคมผู้กำ``)."""
    pos = lo
    for tok in _tokens(text[lo:end]):
        if pos >= at:
            return pos == at
        pos += len(tok)
    return pos == at


def _mission_end(text: str, h: int, end: int, head: str) -> int | None:
    """Where a Thai mission's name ``<head> ณ <city>`` (or an office's ``…ในต่างประเทศ ณ <city>``) ends, if the name
    at ``h`` is one (else None)."""
    if head in MISSION_HEADS and not text[h + len(head):end].strip() or text.endswith(_ABROAD, h, end):
        at = end
    elif text.startswith(_ABROAD, end) and end - h > len(head):   # (the run stopped at ``ใน``)
        at = end + len(_ABROAD)
    else:
        return None
    m = _MISSION_CITY.match(text, at)
    if m is None:
        return None
    city = m.group(1)
    i = 0
    for k, tok in enumerate(_tokens(city)):
        if k and tok in STOP_TOKENS:     # ``กรุงอันตานานาริโว|ให้การดูแล…``
            break
        i += len(tok)
    return m.start(1) + i if i > 4 else None


#: ``สำนักงานภูมิภาคเอเชียและแปซิฟิกของ ITU`` (news 66298): a regional office is generic (``ภูมิภาค`` in
#: GENERIC_PHRASES) unless its region and ``ของ`` and a registered body close it; then it is that body's office (37
#: archive files name a ``สำนักงานภูมิภาค…ของ`` so: ITU 8, IFAD 6, UNEP 5, UNWTO 2, IUCN 2, UPU, ICAO …). With no
#: region named, ``สำนักงานภูมิภาคของ ITU`` is any of them (gold leaves it out, news 12436).
_REGIONAL_OFFICE = "สำนักงานภูมิภาค"
_WHOSE_OFFICE = re.compile(r"[ \t]*ของ[ \t]*")


def _regional_office_end(text: str, h: int, end: int, head: str, organisations: "SpanIndex") -> int | None:
    """Where a regional office's name ``สำนักงานภูมิภาค…ของ <registered body>`` ends (None if it is not one)."""
    if head != "สำนักงาน" or not text.startswith(_REGIONAL_OFFICE, h) or re.search(r"\s", text[h:end]) \
            or end - h < len(_REGIONAL_OFFICE) + 3:
        return None
    m = _WHOSE_OFFICE.match(text, end)
    if m is None or m.end() == end:
        return None
    return max((b for _, b in organisations.starting_at(m.end())), default=None)


def _named_by_country(text: str, h: int, end: int, countries: "SpanIndex") -> bool:
    """``ธนาคารกลางเมียนมา``: a generic kind of body closed by a country is that country's body."""
    prefix = next((p for p in COUNTRY_NAMED if text.startswith(p, h)), None)
    if prefix is None:
        return False
    return any(b == end and re.fullmatch(r"(?:\s*(?:แห่ง|ของ|ประเทศ))*\s*", text[h + len(prefix):a])
               for a, b, _ in countries.ending_at(end))


def _is_generic(label: str, head: str) -> bool:
    tail = label[len(head):].strip()
    if label in GENERIC_LABELS or "ฯ" in label or label.startswith(_ROYAL) or tail.startswith(_LONG_STOPS) or tail.startswith(GENERIC_PHRASES):
        return True
    if label.endswith("ชั้นนำ"):    # ``สถาบันวิจัยด้านวิทยาศาสตร์และเทคโนโลยีชั้นนำ|ของโลก`` (news 1020): a leading one, no name
        return True
    if label.endswith("จังหวัด"):   # ``สำนักงานอุตสาหกรรมจังหวัด|ทั่วประเทศ``: every province's office, no one body
        return True
    if len(re.sub(rf"[^{_TC}A-Za-z]", "", tail)) < _MIN_TAIL or tail in COMMON_TAILS or _VERB_TAIL.match(tail) \
            or tail.startswith(GENERIC_BY_HEAD.get(head, ())):
        return True
    toks = _tokens(tail[:30])
    if toks[:1] == ["ร่วม"] and head in JOINT_HEADS:
        toks = toks[1:]    # a joint committee is named by what follows ``ร่วม``
    return bool(toks) and toks[0] in GENERIC_TOKENS


#: ``ของ<country>`` or ``ของรัฐบาล<country>`` right after a name: the country whose body it is.
_WHOSE = re.compile(r"ของ(?:รัฐบาล)?")
#: The same after the name's English form in brackets: ``กระทรวงการสื่อสารและสารสนเทศ (Minister for Communications
#: and Information) แห่งสาธารณรัฐสิงคโปร์`` (news 83744). The name stays as written, without the brackets.
_WHOSE_AFTER_ALIAS = re.compile(r"\s*\([A-Za-z][^()\n]{0,80}\)\s*(?:แห่ง|ของ(?:รัฐบาล)?)")


#: A province (``มณฑล``) in a government body's name makes it a foreign province's body, not a Thai one with no
#: country named: ``กรมพาณิชย์มณฑลหูหนาน``, ``คณะกรรมการพัฒนาและปฏิรูปมณฑลกวางตุ้ง`` (news 45169; about 20 archive files).
#: Thai ones: an army circle ``มณฑลทหารบก``, ``พุทธมณฑล``, ``ชีวมณฑล`` (biosphere), ``ปริมณฑล`` (Bangkok's outskirts).
_FOREIGN_PROVINCE = re.compile(r"(?<!พุทธ)(?<!ชีว)(?<!ปริ)มณฑล(?!ทหาร)[ก-๙]{2}")


#: Heads that a place alone after them makes a branch or a community, not the place's body.
_BARE_PLACE_HEADS = ("สำนักงาน", "สมาคม")
_BARE_PLACE = re.compile(r"\s*(?:นคร|เมือง|กรุง)?\s*")


_BLANKS = re.compile(r"[ \t]*")


def _country_of(start: int, end: int, text: str, country_spans: "SpanIndex", latin: bool,
                head: str) -> tuple[str | None, int]:
    """(country, new end): a country inside the name, or ``ของ<country>`` right after it.

    ``country_spans`` holds one code per (start, end), the last the release's countries give."""
    inside = [(a, code) for a, b, code in country_spans.starting_in(start, end + 1) if b <= end]
    # ``สถานเอกอัครราชทูตจีน ประจำประเทศไทย``: the country it is posted to is not its own
    posted = [(a, code) for a, code in inside if re.search(r"ประจำ\s*(?:ประเทศ)?$", text[max(start, a - 12):a])]
    inside = [x for x in inside if x not in posted]
    if inside:
        return max(inside)[1], end
    whose = _WHOSE.match(text, end)
    # a Latin name's country may follow a space: ``The Ministry of Transport and Communications ฟินแลนด์`` (news 90430)
    spaced = _BLANKS.match(text, end).end() if latin else end
    first = country_spans.first_starting_at(end, spaced, *((whose.end(),) if whose else ()))
    if first is not None:
        a, b, code = first
        if a == end or a == spaced:
            return code, end
        # ``กระทรวงสื่อสารและสารสนเทศของสาธารณรัฐสิงคโปร์``, ``สำนักงานส่งเสริมการค้าและการลงทุนของรัฐบาล
        # เกาหลีใต้``: the name says whose, like แห่ง<country>
        return code, (b if not latin and head in _GOV_HEADS else end)
    aliased = None if latin else _WHOSE_AFTER_ALIAS.match(text, end)
    if aliased:
        code = next((code for _, _, code in country_spans.starting_at(aliased.end())), None)
        if code:
            return code, end
    # a foreign city, province or state inside the name, when no country is named: ``…แห่งเทศบาลเมืองเซินเจิ้น`` (news
    # 5319), ``…Guangdong Province``. Not a mission's (named by where it sits) nor a Thai company's (``จำกัด``), nor an
    # office or association named by the city alone: ``สำนักงานโตเกียว``, ``สำนักงานดูไบ`` are Thai bodies' offices
    # there (TAT's, BOI's), ``สมาคมไหหลำ`` the Hainanese in Thailand (13 such archive changes in 4,652 releases).
    if head not in MISSION_HEADS and head != "บริษัท" \
            and not (head in _BARE_PLACE_HEADS and text[_BARE_PLACE.match(text, start + len(head)).end():end] in places()):
        place = place_country(text, start, end)
        if place:
            return place, end
    if latin:
        return None, end
    if _FOREIGN_PROVINCE.search(text, start, end):
        return None, end
    return ("TH" if head in _GOV_HEADS else None), end


class SpanReach:
    """How far the spans that start at or before a position reach: whether a position lies inside
    one, or a stretch inside one, by one bisect (every head of a release asked it of every country)."""

    def __init__(self, spans) -> None:
        ordered = sorted((a, b) for a, b in spans)
        self._starts = [a for a, _ in ordered]
        self._ends = list(accumulate((b for _, b in ordered), max))

    def __call__(self, pos: int) -> int:
        """The farthest end of a span starting at or before ``pos`` (-1 when none does)."""
        k = bisect_right(self._starts, pos)
        return self._ends[k - 1] if k else -1


class SpanIndex:
    """Spans (``(start, end, …)`` tuples: countries with their code, organisations) by where they start and end.

    Each head of a cabinet summary asked which countries start or end at an offset, or start inside
    its run, of every country the release names (hundreds, so a pass over all of them per head);
    each question is now a dict look-up or a bisection. Answers keep the order the spans were given
    in, which some rules go by (the first country found wins)."""

    def __init__(self, spans: Iterable[tuple]) -> None:
        self.spans = list(spans)
        self._by_start: dict[int, list[int]] = {}
        self._by_end: dict[int, list[int]] = {}
        for k, span in enumerate(self.spans):
            self._by_start.setdefault(span[0], []).append(k)
            self._by_end.setdefault(span[1], []).append(k)
        self._order = sorted(range(len(self.spans)), key=lambda k: self.spans[k][0])
        self._starts = [self.spans[k][0] for k in self._order]

    def starting_at(self, pos: int) -> list[tuple]:
        return [self.spans[k] for k in self._by_start.get(pos, ())]

    def ending_at(self, pos: int) -> list[tuple]:
        return [self.spans[k] for k in self._by_end.get(pos, ())]

    def starting_in(self, lo: int, hi: int) -> list[tuple]:
        """The spans that start at ``lo`` … ``hi - 1``, in the order given."""
        found = self._order[bisect_left(self._starts, lo):bisect_left(self._starts, max(lo, hi))]
        return [self.spans[k] for k in sorted(found)]

    def first_starting_at(self, *positions: int) -> tuple | None:
        """The first span (in the order given) that starts at any of ``positions``."""
        firsts = [self._by_start[pos][0] for pos in set(positions) if pos in self._by_start]
        return self.spans[min(firsts)] if firsts else None


def discover(text: str, *, countries: list[tuple[int, int, str]] = (), organisations: list[tuple[int, int]] = (),
             token_starts: set[int] | None = None, start: int = 0) -> list[Candidate]:
    """Organisation names in ``text[start:]`` by their shape.

    ``countries`` are (start, end, alpha-2) of country names, ``organisations`` (start, end)
    of registry matches; ``token_starts`` (the Doc's token offsets), when given, keep heads
    that are only the inside of a word (``โปรแกรม``) out.

    >>> t = "ลงนามระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และสำนักงานข้อมูลแห่งสาธารณรัฐประชาชนจีน ว่าด้วยการส่งเสริม"
    >>> cs = [(t.index("ราชอาณาจักรไทย"), t.index("ราชอาณาจักรไทย") + 14, "TH"), (t.index("สาธารณรัฐ"), t.index(" ว่าด้วย"), "CN")]
    >>> [(c.label, c.country) for c in discover(t, countries=cs)]
    [('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย', 'TH'), ('สำนักงานข้อมูลแห่งสาธารณรัฐประชาชนจีน', 'CN')]
    >>> t = "ระหว่างกระทรวงดีอีกับกระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเชีย ยกระดับ"
    >>> [(c.label, c.country) for c in discover(t, countries=[(t.index("อินโด"), t.index(" ยก"), "ID")])]
    [('กระทรวงดีอี', 'TH'), ('กระทรวงการสื่อสารและสารสนเทศแห่งอินโดนีเชีย', 'ID')]
    >>> [c.label for c in discover("ร่วมกับบริษัทโตโยต้า ลีสซิ่ง (ประเทศไทย) จำกัด ได้ลงนาม")]
    ['บริษัทโตโยต้า ลีสซิ่ง (ประเทศไทย) จำกัด']
    >>> [c.label for c in discover("The Ministry of Communications and Informatics of Indonesia on Information")]
    ['Ministry of Communications and Informatics of Indonesia']
    >>> [c.label for c in discover("สถาบันการเงินต่างๆ และกระทรวงฯ และมหาวิทยาลัยชั้นนำ")]
    []
    >>> [c.label for c in discover("กรมบังคับคดีร่วมกับบริษัท")]
    ['กรมบังคับคดี']
    """
    # (one code per (start, end): the last given)
    cspans = SpanIndex((a, b, code) for (a, b), code in {(a, b): code for a, b, code in countries}.items())
    country_index = SpanIndex(countries)
    org_index = SpanIndex(organisations)
    org_reach = SpanReach(organisations)
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    for m in _COMPANY.finditer(text, start):
        inner = m.group(1)
        if re.search(r"บริษัท|และ|ระหว่าง|กับ", inner) or len(inner.strip()) < 2 or inner.strip() == "มหาชน":
            continue
        country, _ = _country_of(m.start(), m.end(), text, cspans, False, "บริษัท")
        out.append(Candidate(m.start(), m.end(), _label(m.group()), "บริษัท", country or "TH"))
        taken.append((m.start(), m.end()))
    for m in _COMPANY_BRACKETED.finditer(text, start):
        thai, latin = m.group(1), m.group(2)
        if _tokens(thai)[0] in STOP_TOKENS | GENERIC_TOKENS or latin.split()[0] in LATIN_COMPANY_NOT_A_NAME | {"Non"} \
                or not free(m.start(), m.end()):
            continue
        # the Thai name and its Latin one, which the reconciler makes one organisation (``_merge_aliases``)
        out.append(Candidate(m.start(), m.end(1), _label(text[m.start():m.end(1)]), "บริษัท", None))
        out.append(Candidate(m.start(2), m.end(2), latin, "company", None, latin=True))
        taken.extend([(m.start(), m.end(1)), (m.start(2), m.end(2))])
    country_pairs = [(a, b) for a, b, _ in countries]
    country_reach = SpanReach(country_pairs)
    country_closes = {b for _, b, _ in countries}
    country_ends_from: dict[int, list[int]] = {}
    for a, b, _ in countries:
        country_ends_from.setdefault(a, []).append(b)
    for m in _HEAD_RE.finditer(text, start):
        h, head = m.start(), m.group()
        if not free(h, h + 1):
            continue
        if text.endswith(_COMPOUNDED_BEFORE, max(0, h - 10), h):
            continue    # ``นักลงทุนสถาบันภาคเอกชนของฮ่องกง``: institutional investors (news 25777; 60 archive files)
        if h > 0 and re.match(f"[{_TC}]", text[h - 1]) and (token_starts is None or h not in token_starts):
            # inside a word (``โปรแกรม``) unless it follows a joining word or a post
            if not text[max(0, h - 12):h].endswith(_LEFT_GLUE):
                continue
        thai_end = _thai_end(text, h, head, country_index, org_index)
        end = _latin_university_end(text, h, thai_end, head)
        latin_named = end != thai_end     # (a university named in Latin is no Thai one by default)
        end = _listed_name_end(text, end, country_index)
        end = _spaced_name_end(text, end, country_index, org_index)
        end, paired = _country_pair_end(text, end, country_index)
        end, joined = _joint_body_end(text, end, head, country_index)
        joined |= paired
        glued = _GLUED_COUNTRY.match(text, end).end()   # (it matches, if only the empty string)
        closing = country_ends_from.get(glued)
        if closing and end - h > len(head):
            # ``กระทรวงดิจิทัล การสื่อสาร สื่อมวลชน|แห่งสหพันธรัฐรัสเซีย``: a registry name the run
            # stopped at, closed by its country
            end = max(closing)
        while end - h > len(head) and (dm := _DANGLING.search(text, h, end)) is not None \
                and not org_reach(end - 1) >= end and _word_starts_at(text, h + len(head), dm.start(), end):
            end = dm.start()
        if head == "คณะกรรมาธิการ" and (chamber := _CHAMBER.match(text, end)):
            end = chamber.end()   # ``คณะกรรมาธิการการเทคโนโลยีสารสนเทศ การสื่อสาร และการโทรคมนาคม วุฒิสภา``
        short_country = text.startswith("ฯ", end) and end in country_closes
        if short_country:
            end += 1       # ``ธนาคารกลางบรูไนฯ``: the country's short form is part of the name as written
        mission = _mission_end(text, h, end, head)
        end = mission or end
        regional = _regional_office_end(text, h, end, head, org_index)
        if regional:
            out.append(Candidate(h, regional, _label(text[h:regional]), head, None))
            taken.append((h, regional))
            continue
        label = _label(text[h:end])
        # a head and a country and no more name no body (``กระทรวง|จีน``), except a mission's
        # (``สถานเอกอัครราชทูตญี่ปุ่น``, news 39770: Japan's embassy)
        # (a country alone names such a body, but not when a pair goes on: ``สภาธุรกิจสหรัฐอเมริกา|-อาเซียน`` is USABC)
        alone = head in NAMED_BY_COUNTRY_ALONE and not _PAIR_DASH.match(text, end)
        if country_reach(h + len(head)) >= end and head not in MISSION_HEADS and not alone or country_reach(h) > h:
            taken.append((h, end))
            continue
        if _is_generic(label[:-1] if short_country else label, head) and not mission \
                and not _named_by_country(text, h, end - short_country, country_index):
            taken.append((h, end))
            continue
        country, wider = _country_of(h, end, text, cspans, latin_named, head)
        # (``ณ สิงคโปร์`` names where it sits; a Thai-<country> body is Thailand's too: ``หอการค้าไทย - จีน``, the
        # Thai-Chinese Chamber of Commerce in Bangkok, news 97415)
        if mission or "TH" in joined:
            country = "TH"
        if wider != end:
            end, label = wider, _label(text[h:wider])
        out.append(Candidate(h, end, label, head, country))
        taken.append((h, end))
    for a, b, form_country in _latin_companies(text, start):
        if not free(a, b):
            continue
        country, _ = _country_of(a, b, text, cspans, True, "")
        out.append(Candidate(a, b, _label(text[a:b]), "company", country or form_country, latin=True))
        taken.append((a, b))
    for m in _COMPANY_LATIN.finditer(text, start):
        words = m.group(1).split()
        while words and words[-1] in ("of", "and", "&", "–"):
            words.pop()
        if not words or words[0] in LATIN_COMPANY_NOT_A_NAME:
            continue
        # labelled without ``บริษัท``, as the Latin names of companies are written elsewhere
        a, b = m.start(1), words_end(text, m.start(1), words)
        if not free(a, b):
            continue
        country, _ = _country_of(a, b, text, cspans, True, "")
        out.append(Candidate(a, b, _label(text[a:b]), "company", country, latin=True))
        taken.append((a, b))
    for a, b in listed_companies(text, start):
        label = text[a:b].rstrip(".")
        if label.split()[0] in LATIN_COMPANY_NOT_A_NAME or not free(a, b):
            continue
        out.append(Candidate(a, a + len(label), _label(label), "company", None, latin=True))
        taken.append((a, a + len(label)))
    for scan, cue in ((_MINISTRY_SCAN, _MINISTRY_CUE), (_LATIN_ORG_SCAN, _ORG_WORD)):
        if cue.search(text, start) is None:
            continue
        for m in scan.finditer(text, start):
            a, b = m.start(), m.end()
            s = m.group()
            post = _LATIN_POST.match(s)
            if post:
                s = s[post.end():]
            words = s.split()
            if words and words[0] in _LATIN_NOT_A_NAME:
                continue
            # ``Division, Food and Drug Administration``: a unit, then the body; ``Yamato, President and …``: a name, then a post
            cut = max((i + 1 for i, w in enumerate(words[:-1])
                       if w.endswith(",") and (w[:-1] in _NOT_LISTED or words[i + 1] in _NOT_LISTED)), default=0)
            words = words[cut:]
            if "The" in words[1:]:
                words = words[words.index("The", 1) + 1:]
            words = _to_its_country(words)
            while words and words[0] in _LATIN_BAD_START:
                words.pop(0)
            while words and re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", words[-1]):
                words.pop()
            while words and (words[-1] in ("of", "for", "and", "the", "on", "in", "&", ",")
                             or words[-1].isupper() and words[-2:-1] and words[-2].endswith(",")):
                words.pop()
            if words:
                words[-1] = words[-1].rstrip(",")
            if len(words) < 2 or (words[-1] in _WEAK_ORG_WORDS and len(words) < 3) or not words[0][:1].isupper():
                continue
            label = " ".join(words).rstrip(",")
            if words[-1] in _UNIT_WORDS and _CORPORATE_UNIT.search(label):
                continue
            a = text.find(words[0], a)
            b = a + len(" ".join(words))
            b = text.find(words[-1], b - len(words[-1]) - 5) + len(words[-1]) if words[-1] in text[a:] else b
            if not free(a, b) or _PEOPLE_AFTER.match(text, b):
                continue
            country, _ = _country_of(a, b, text, cspans, True, "")
            out.append(Candidate(a, b, _label(text[a:b]), words[0], country, latin=True))
            taken.append((a, b))
    out.sort(key=lambda c: c.start)
    return out
