"""Instrument phrases: MOUs, letters of intent, declarations, agreements, and where they stop.

:func:`find_instruments` finds every instrument phrase (cue phrases in
``extractors/data/agreement-cues.tsv``), its kind, its status from the cues around it (a
cabinet approving a draft: ``approved``; ``จะลงนาม``/``เตรียม``/``ร่าง``: ``planned``;
``ลงนาม`` and the like: ``signed``; a bare reference such as ``ภายใต้ MOU``: none), and its
title (``บันทึกความเข้าใจระหว่าง X และ Y ว่าด้วย …``). The clause and block helpers say
where the text about one instrument can reach; :mod:`extractors.agreements` reads the rest.

>>> [(i.kind, i.status, i.title) for i in find_instruments(
...     "นายกฯ ร่วมเป็นสักขีพยานการลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านปัญญาประดิษฐ์ ณ กรุงโตเกียว")]
[('mou', 'signed', 'บันทึกความเข้าใจว่าด้วยความร่วมมือด้านปัญญาประดิษฐ์')]
>>> [(i.kind, i.status) for i in find_instruments(
...     "คณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านไซเบอร์")]
[('mou', 'approved')]
>>> [(i.kind, i.status) for i in find_instruments("โดยจะมีการลงนามหนังสือแสดงเจตจำนงในเดือนหน้า")]
[('loi', 'planned')]
>>> [i.status for i in find_instruments("ความร่วมมือภายใต้บันทึกความเข้าใจที่มีอยู่")]
[None]
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Sequence

from extractors.countries import countries
from extractors.patterns import LeadScan, alternation, either_am, matches_at
from extractors.persons import honorifics

__all__ = ["Instrument", "find_instruments", "instrument_patterns", "duration_years", "title_end",
           "blocks", "clause_start", "clause_end", "paragraphs", "COUNTED_DOCUMENTS"]

CUES = Path(__file__).parent / "data" / "agreement-cues.tsv"


@lru_cache(maxsize=1)
def cues() -> dict[str, list[tuple[str, str]]]:
    """The cue table, by role (``instrument``, ``signed``, ``non-party`` …): (key, pattern) rows."""
    out: dict[str, list[tuple[str, str]]] = {}
    with CUES.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#") or len(row) < 3:
                continue
            out.setdefault(row[1], []).append((row[0], row[2]))
    return out


@lru_cache(maxsize=1)
def instrument_patterns() -> tuple[str, ...]:
    """The regular expressions that name an instrument: no agreement is read without one
    (``extractors.screen.has_agreement_cue`` relies on it)."""
    return tuple(pattern for _, pattern in cues()["instrument"])


@lru_cache(maxsize=1)
def _patterns():
    table = cues()
    inst = tuple((kind, re.compile(either_am(p))) for kind, p in table["instrument"])
    status = {role: re.compile(either_am("|".join(f"(?:{p})" for _, p in table[role])))
              for role in ("approved", "planned", "signed", "anaphor")}
    return inst, status


def _cue_at(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The first instrument cue (in table order) that matches at ``pos``: (kind, end)."""
    for kind, pattern in _patterns()[0]:
        m = pattern.match(text, pos, limit)
        if m:
            return kind, m.end()
    return None


#: A signing's documents, counted, then listed one per numbered line, where a line may name its parties and no
#: instrument (``ได้มีการลงนามเอกสารความร่วมมือระหว่างกันจำนวน 7 ฉบับ ได้แก่`` then ``(1) ความร่วมมือในการพัฒนาบุคลากร
#: ภาคอุตสาหกรรม… ระหว่างกรมส่งเสริมอุตสาหกรรมกับ สอท.ญี่ปุ่น``, news 6618): each such line is one of the documents. Not a
#: document named with no count (``…พิธีลงนามเอกสารความร่วมมือระหว่างหน่วยงานต่าง ๆ ของไทยกับกัมพูชา``): how many, and
#: which, it does not say.
COUNTED_DOCUMENTS = LeadScan.of(r"(?<=ลงนาม)(?:ใน)?เอกสาร[^\n]{0,60}?\d{1,2}\s*ฉบับ\s*(?:ได้(?:แ|เเ)ก่|ดังนี้|ประกอบด้วย)")


@lru_cache(maxsize=1)
def cue_scans() -> tuple[LeadScan, ...]:
    """Each instrument cue as a fast scan (:class:`extractors.patterns.LeadScan`), in table order:
    ``re`` cannot skip ahead to a cue's literal behind its look-behind or optional group."""
    return tuple(LeadScan.of(either_am(pattern)) for pattern in instrument_patterns())


def _cue_starts(text: str, start: int, end: int) -> set[int]:
    """Where each cue's ``finditer`` over ``text[start:end]`` would start a match."""
    return {hit.start() for scan in cue_scans() for hit in scan.finditer(text, start, end)}


def _cues_in(text: str, start: int, end: int):
    """(start, end, kind) of the instrument cues of ``text[start:end]``, left to right, as one
    alternation of the table's patterns would find them. Each pattern scans on its own: Python's
    re cannot skip ahead through an alternation of thirty, and was ten times slower."""
    starts = sorted(_cue_starts(text, start, end))
    pos = start
    for at in starts:
        if at < pos:
            continue
        hit = _cue_at(text, at, end)
        if hit and hit[1] > at:
            yield at, hit[1], hit[0]
            pos = hit[1]


def approval_in(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` report an approval (the ``approved`` cues: ``คณะรัฐมนตรีมีมติเห็นชอบ``,
    ``The cabinet approved the draft``)?"""
    return _patterns()[1]["approved"].search(text, start, end) is not None


@lru_cache(maxsize=1)
def _not_yet() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for _, p in cues().get("not-yet", [])) or r"(?!)")


# Where an instrument's title stops (looked for after its ว่าด้วย clause or its parties).
# ``รวมทั้ง`` starts what the cabinet also decides or the text also lists (``…ว่าด้วยความร่วมมือด้านสาธารณสุข รวมทั้งอนุมัติ
# ให้รัฐมนตรี…``, news 60861; ``(…: CPTA) รวมทั้ง มอบหมาย…``, news 100165) and ``ตามที่`` the ministry that proposes it
# (``…ครั้งที่ 4 ตามที่กระทรวงการต่างประเทศ (กต.) เสนอ``): 14 kept archive titles change, all shorter and right but two
# that another mention's run-on replaces. An en dash after ไทย joins the two sides of a name (``แถลงการณ์ร่วมของการหารือ
# เชิงยุทธศาสตร์ไทย – สหราชอาณาจักร ครั้งที่ 4``, news 55971), it ends no clause: 3 kept archive titles (and a Cambodian
# party) are whole again. Not after อาเซียน: ``ปฏิญญาเนปิดอว์ และแผนปฏิบัติการ…อาเซียน – จีน…`` (news 51026) would
# read China into the declaration's clause, unless the side after it goes on with the subject or the round: ``(5) ร่าง
# แถลงการณ์ผู้นำอาเซียน – จีน ว่าด้วยข้อริเริ่มความร่วมมือด้านเมืองอัจฉริยะ (6) ร่างแถลงการณ์ร่วมอาเซียน – จีนว่าด้วย…`` (news
# 24140, the 35th summit's documents) names one statement each; cut at the dash, they merged with other items.
# A dot after a Thai letter closes an abbreviation (``ระหว่าง กสอ. สสว. และ MSS``, ``ประจำปี ค.ศ. 2023``), not a sentence:
# Thai ends its sentences with a space. ``มีสาระสำคัญ`` and ``จะช่วย`` go on to say what the instrument holds or will do
# (the precision reading of the fourteenth session found titles cut at those dots and run on over these words).
# ``…ข้อมูลส่วนบุคคลที่เป็นเอกสารผลลัพธ์ของการประชุม…`` (news 55705) ends at ``ที่``, which a word like ``พื้นที่`` keeps;
# ``…ในอาเซียน และเน้นย้ำว่า…`` (news 53057) at what the speaker stresses next.
# ``เพื่อสันติ`` ends a name, not a title (``…การใช้อวกาศส่วนนอกเพื่อสันติ ระหว่าง…``, news 81299;
# ``สำนักงานปรมาณูเพื่อสันติ``: all 8 archive hits after an instrument word are names).
# The precision reading of the twenty-sixth session found titles run on into what the release says of the paper: a
# cabinet's proviso (``ปฏิญญารัฐมนตรีความมั่นคงอาหารเอเปค ครั้งที่ 5 และหากมีความจำเป็นต้องปรับปรุงแก้ไข…``, news 22365), a
# ministry's view (``…และเห็นว่าไม่เป็นสนธิสัญญา…``, news 81226) and ``นับเป็นความก้าวหน้า…`` (news 18467), whose
# ``นับ`` was left hanging. A comma between two Latin words that go on with a capital is inside an English name
# (``…on Information, Communication and Digital Technology``, news 57743).
TITLE_STOP = re.compile(
    r"\s*(?:\n|\s{2,}|\(|\)|“|”|\"|ณ\s|โดย(?!ตรง)|เมื่อ|ซึ่ง|ในช่วง|ในระหว่าง|ในห้วง|ในเดือน|ในโอกาส|ในการประชุม|ระหว่างการ|ภายใต้|"
    r"เพื่อ(?!การ|ความ|สันติ)|ทั้งนี้|นอกจากนี้|อีกทั้ง|อันจะ|จะมี|จะเป็น|จะได้|จะช่วย|(?:ใน)?ครั้งนี้|มีระยะเวลา|มีอายุ|มีวัตถุประสงค์|มีเนื้อหา|มีสาระสำคัญ|วันที่|ใน\s*วัน|ภายใน|ต่อไป|"
    r"และได้|และมี|และจะ|และให้|และ(?:เน้น)?ย้ำ|และยืนยัน|และ(?:ร่วม)?เป็น|(?:ร่วม)?เป็นสักขีพยาน|และเห็นชอบ|และอนุมัติ|และมอบ|ให้\s*(?:รัฐมนตรี|รมว|ผู้|กระทรวง|นาย)|พร้อม(?:ทั้ง|กับ|ด้วย)|"
    r"ที่จะ|ที่ได้|ที่มี|ยังได้|\s+ได้(?=อย่าง|มีการ)|\s+(?:ดังนั้น|สานต่อ|เพิ่มขีด|ยกระดับ|แลกเปลี่ยน|อย่างเป็นรูปธรรม|ส่งเสริมให้|ส่วน(?=การ|ที่))|ที่ลงนาม|ที่(?:ให้ความสำคัญ|มุ่งเน้น|เน้น)|ที่(?=\s*ทั้งสอง(?:ฝ่าย|ประเทศ))|แล้ว|(?<![A-Za-z]),|,(?![ \t]*[A-Z][a-z])|;|(?:และ)?หาก(?=มี|ไม่|จำเป็น)|(?:และ|โดย)?เห็นว่า|(?<!Sdn)(?<!SDN)(?<!Bhd)(?<!BHD)(?<!Pte)(?<!Pty)(?<![ก-๙])\.(?=\s|$)|[:：]|—|"
    r"(?<!ไทย)(?<!ไทย\s)–\s(?![ก-๙A-Za-z]{2,20}?\s?(?:ว่าด้วย|ครั้งที่))|รวมทั้ง|รวมถึง|ตามที่|"
    # ``MoU ความร่วมมือตามแนวทางข้อตกลงว่าด้วย e-Commerce ของอาเซียน…`` (news 88699): the instrument it follows is another
    r"ตาม(?:แนวทาง|กรอบ)?(?:ของ)?(?=\s*(?:ข้อตกลง|ความตกลง|อนุสัญญา|ปฏิญญา|บันทึก))|"
    r"ดังนี้|ได้(?:แ|เเ)ก่|อาทิ|ประกอบด้วย|(?<=\s)คือ(?=\s)|(?:(?<!พื้น)(?<!หน้า)(?<!สถาน)(?<!ครั้ง)(?<!ฉบับ)(?<!วัน)ที่|(?:ที่|ซึ่ง)?(?:นับ|ถือ)(?:ได้)?(?:ว่า)?)?เป็น(?:เอกสาร|การ|กรอบ|ความ|ผลลัพธ์|ผลงาน|ผลสำเร็จ)|ช่วง(?:วัน|เดือน|ระหว่าง)|จำนวน\s*\d|ยังไม่|มีผล(?:บังคับ|ใช้)|สรุป(?:ได้|สาระ|ผล)|"
    r"(?<=ฯ)\s(?!\s*(?:และ|กับ|ว่าด้วย|ระหว่าง|แห่ง|\()))|"
    r"\s*(?:และ|หรือ)?\s*(?:\(\d{1,2}\)|(?<=\s)\d{1,2}\))\s|"   # the next item of an enumeration
    r"\s(?:และ\s*)?\d{1,2}\.[ \t]*(?=[ก-ฮเแโใไA-Za-z(])"         # ``… โบราไคย์ 2.เห็นชอบกรอบ…``, ``…เวียดนาม 3. บันทึก…``
    r"|\s\d{1,2}\)(?=[ก-ฮเแโใไ])"                                   # ``…ไทยกับตุรกี 2)ส่งเสริม…`` (news 63866)
    # ``…ว่าด้วย ความร่วมมือต่อมุมมองอาเซียนต่ออินโด - แปซิฟิก ฉบับที่ 4 ร่างแถลงการณ์ร่วม…`` (news 70231, a cabinet
    # item listing 15 ASEAN documents by number on one line): the next document of the list
    r"|\s(?:และ\s*)?ฉบับที่\s*\d{1,2}\s+(?=\(?ร่าง|เอกสาร|บันทึก|แถลงการณ์|ปฏิญญา|ความตกลง|ข้อตกลง|หนังสือ|แผน|ภาคผนวก)"
    # ``ปฏิญญาเนปิดอว์ และแผนปฏิบัติการว่าด้วย…`` (news 51026): a plan of its own, no part of the title
    r"|\s+และ\s*(?:ร่าง)?แผน(?:ปฏิบัติการ|งาน|การดำเนินงาน)"
    # ``…การต่ออายุบันทึกข้อตกลงความร่วมมือโครงการบางซื่อ และการลงนามบันทึกการหารือระหว่าง…`` (news 65351): another paper
    r"|\s+และการลงนาม"
    # ``Declaration on Digital Cooperation for Shaping Our Common Future to be adopted at Asia - Pacific…`` (news 61446),
    # ``The signing of the MOU will be carried out during the 4th ADGSOM…`` (news 78262): what will become of it, not its name
    r"|\s+(?:which\s+)?(?:is\s+)?(?i:to|will|would|shall)\s+be\s+(?i:adopted|signed|endorsed|carried\s+out|held|conducted)\b"
)


INSTRUMENT_WORD = re.compile(r"(?i)memorandum|agreement|declaration|statement|letter|\bmo[uc]\b|\bloi\b|communiqu")


# After a party's alias in brackets: the next party, perhaps after the rest of the first one's
# name (``ระหว่างกระทรวงการอุดมศึกษาฯ (อว.) แห่งราชอาณาจักรไทย กับ กระทรวง…``, news 78576).
_NEXT_PARTY = re.compile(r"\s*(?:แห่ง(?:ราชอาณาจักร|สาธารณรัฐ|ประเทศ|สหพันธ|เครือรัฐ|รัฐ)\S{0,30}\s*)?(?:กับ|และ|ร่วมกับ)\s*\S")
# ``ระหว่าง 3 หน่วยงาน ได้แก่ 1) … 2) …``: a count of the parties, then their list.
_PARTY_COUNT = re.compile(r"\s*\d{1,2}\s*(?:หน่วยงาน|ฝ่าย|องค์กร|องค์การ|ประเทศ|กระทรวง|บริษัท|สถาบัน|ภาคี)\s*"
                          r"(?:ได้(?:แ|เเ)ก่|คือ|ประกอบด้วย|ดังนี้)\s*[:：]?")


def _country_names_after_prathet() -> str:
    """The Thai country names that can follow ``ประเทศ`` (``ประเทศไทย``, ``ประเทศญี่ปุ่น``), as one pattern."""
    return alternation({label.removeprefix("ประเทศ") for c in countries().values() for label in c.labels
                        if re.match(r"[ก-๙]", label)} - {""})


# (``ความเสมอภาคระหว่างเพศ``, gender equality, names no sides: news 71312's headline; ``ระหว่างประเทศ`` is
# "international" unless a country's name follows: ``กรมส่งเสริมการค้าระหว่างประเทศลงนาม MOU ร่วมกับบริษัท ลาซาด้า``,
# news 75037, is the department's signing; 6,627 archive files have the adjective, 676 the sides)
BETWEEN = re.compile(r"ระหว่าง(?!วันที่|การ|ประเทศสมาชิก|ประเทศ(?![ \t]*(?:%s))|เดือน|ปี|เพศ|(?!%s)\s*\d)|(?i:\bbetween\b)"
                     % (_country_names_after_prathet(), _PARTY_COUNT.pattern))
# Where a counted list of parties ends.
_LIST_END = re.compile(r"\n|\s{2,}|ซึ่ง|โดยมี|ทั้งนี้|เพื่อ|ในโอกาส|(?<![ก-ฮ])ณ\s|(?:ใน|เมื่อ)?วันที่|[,;]|\.(?=\s)")


ABOUT = re.compile(r"ว่าด้วย|(?i:\s(?:on|concerning|regarding|in the field of)\s)")


_DURATION = re.compile(
    r"(?:ระยะเวลา|มีอายุ|อายุ|กรอบเวลา)(?:การ)?(?:ดำเนินการ|ความร่วมมือ|ของ\S{0,30}|บังคับใช้)?\s*(?:คราวละ\s*)?(\d{1,2})\s*ปี"
    r"|(?i:(?:period|term|duration|valid(?:ity)?)\s+(?:of\s+)?(\d{1,2}|two|three|four|five|ten)\s+years?)"
)


_EN_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


# Instruments still being negotiated (gold convention: planned).
NEGOTIATION = re.compile(r"เจรจา|จะแล้วเสร็จ|อยู่ระหว่าง(?:การ)?(?:จัดทำ|ขอเข้าร่วม)|(?i:negotiat)")


DRAFT_BEFORE = re.compile(r"(?:\(ร่าง\)|ร่าง)\s*$")

# Work done under an instrument between two named sides (``กิจกรรมภายใต้ MOU ระหว่างกระทรวงดิจิทัลฯ และ ITU…``,
# news 12436): the instrument exists, it was signed. Not ``ภายใต้ความตกลงระหว่างประเทศที่เกี่ยวข้อง``, a
# country's treaty obligations in general (98 archive mentions under a named pair, 2 of them that).
# Or work done according to one (``ส่งเสริมความร่วมมือตามบันทึกความเข้าใจ (MoU) ระหว่างกระทรวงดิจิทัลฯ (ดศ.) กับกระทรวง
# การสื่อสารและสารสนเทศของสิงคโปร์``, news 63605): 27 archive hits of ``ความร่วมมือ|ดำเนินการ|ดำเนินงาน|กิจกรรม`` + ``ตาม``
# before an instrument between named sides, all existing instruments (a Hajj agreement ``ที่จะมีขึ้นในแต่ละปี``
# is planned by the words after it).
_UNDER = re.compile(r"(?:ภายใต้(?:กรอบ)?(?:ของ)?|(?:ความร่วมมือ|ดำเนินการ|ดำเนินงาน|กิจกรรม)ตาม)\s*$")
# Or under one named by its own English name (``ภายใต้บันทึกความร่วมมือทางวิชาการ (MOC) Strengthening the Smart
# Industrial Safety in Thailand``, news 52604).
_UNDER_PAIR = re.compile(r"[^\n]{0,20}?ระหว่าง(?!ประเทศ)|\s*(?:\([A-Za-z]{2,5}\))?\s*(?:[A-Z][a-z]|[“\"])")
# Or under one whose title names its subject, then its two sides (``กิจกรรมภายใต้บันทึกความเข้าใจว่าด้วยความร่วมมือ
# ในการยกระดับ… อุตสาหกรรม 4.0 ระหว่าง กระทรวงอุตสาหกรรม และ บริษัท เวสเทิร์น ดิจิตอล…``, news 56263): 16 mentions in the screened archive, all existing instruments (SPS, tourism, energy,
# JICA…). Not ``ภายใต้กรอบความตกลงด้านการค้า…ระหว่างอาเซียนกับสหรัฐ``: a work plan under it gives it no field.
# Or under one called by its English proper name in brackets (``…สอดคล้องกับ WSIS Action Line C2… ภายใต้ปฏิญญาว่าด้วย
# หลักการสร้างสังคมสารสนเทศ (Declaration of Principles on Building the Information Society)``, news 18362): 58 archive
# mentions, all existing instruments (the labour MOUs, CITES, the Paris Agreement, AANZFTA…).
_TITLE_PAIR = re.compile(r"ว่าด้วย[^\n]{0,160}?ระหว่าง(?!ประเทศ|กัน|วันที่|การ)"
                         r"|[^\n(]{0,80}?\((?:The\s+)?(?:[A-Z][\w-]*\s+){0,4}"
                         r"(?:Declaration|Agreement|Convention|Memorandum|Charter|Statement)\b")


# ``ปฏิญญาอาเซียนฯ นี้``, ``MOU ไทย-จีนฯ ดังกล่าว``: a shortened name, then a pointer back.
_SHORT_NAME_ANAPHOR = re.compile(r"\S{1,20}ฯ\s*(?:ฉบับ)?(?:นี้|ดังกล่าว)")

# ``อนุสัญญา ECC``: an instrument word, then an acronym (news 95012: ``…ภาคีอนุสัญญาสหประชาชาติว่าด้วยการใช้การสื่อสาร
# ทางอิเล็กทรอนิกส์ในสัญญาระหว่างประเทศ (United Nations Convention on … : ECC)`` and below ``สำหรับอนุสัญญา ECC จัดทำขึ้นโดย…``).
_ACRONYM_AFTER_CUE = re.compile(r"\s*(?:ฯ\s*)?([A-Z][A-Za-z0-9-]{1,9})(?![A-Za-z0-9])")


#: What may open a paragraph before such a mention when the mention is the paragraph's topic (``สำหรับอนุสัญญา ECC…``,
#: ``ดังนั้นการเข้าร่วมเป็นภาคีในอนุสัญญา ECC จึง…``). Anywhere else it is an object of another act, whose clause says
#: nothing of the instrument's areas (``4. ให้ กค. จัดเตรียมเอกสาร… ในการแจ้งให้ความตกลง CbC MCAA มีผลผูกพัน เมื่อ…
#: ความปลอดภัยของข้อมูล``, news 60588).
_TOPIC_LEAD = re.compile(r"[ \t]*(?:สำหรับ|ทั้งนี้|ดังนั้น|อนึ่ง)?[ \t]*(?:การ[ก-๙]{0,30}?(?:ใน|กับ|ของ)?)?[ \t]*")


def _named_before_by(text: str, acronym: str, earlier: Sequence[Instrument]) -> bool:
    """Whether an earlier instrument with a status carried ``acronym`` in its title or in the brackets right after it:
    a later ``<kind> <acronym>`` is a mention of that one, which the paragraphs about it describe."""
    word = re.compile(r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(acronym))
    for o in earlier:
        if o.status is None:
            continue
        bracketed = text[o.title_end:o.title_end + 2].lstrip().startswith("(")
        close = text.find(")", o.title_end, o.title_end + 300) if bracketed else -1
        if word.search(text, o.start, close if close > 0 else o.title_end):
            return True
    return False


@dataclass(frozen=True)
class Instrument:
    """One instrument phrase in the text."""

    kind: str
    status: str | None       # signed | planned | approved | None (a bare reference)
    start: int               # the cue
    cue_end: int
    title_end: int           # text[start:title_end] is the title as written
    title: str
    between: tuple[int, int] | None = None   # the parties clause inside the title
    anaphoric: bool = False
    # stretches inside ``between`` that name a party's signer, not a party (:func:`signers_between_parties`)
    signer_clauses: tuple[tuple[int, int], ...] = ()


#: A Latin proper name in quotes inside a title: what the instrument sets up or is about.
_LATIN_QUOTED = re.compile(r"[“\"][A-Z][A-Za-z0-9&.,' -]{2,100}[”\"]")


def protected_end(protected: Sequence[tuple[int, int]], pos: int) -> int | None:
    """The end of the protected span (a name) that ``pos`` falls strictly inside, if any."""
    for a, b in protected:
        if a < pos < b:
            return b
    return None


def title_end(text: str, start: int, limit: int, protected: Sequence[tuple[int, int]] = ()) -> int:
    """Where the title that starts at ``start`` (its cue) ends.

    The title runs over ``(MOU)``-like parentheses right after the cue, its ``ระหว่าง``
    parties and its ``ว่าด้วย`` subject, and stops at the first clause break after those.

    >>> t = "ลงนามบันทึกความเข้าใจ (MOU) ระหว่างกระทรวงดิจิทัลฯ และกระทรวง ICT ว่าด้วยความร่วมมือด้าน 5G ณ กรุงเทพฯ"
    >>> s = t.index("บันทึก"); t[s:title_end(t, s, len(t))]
    'บันทึกความเข้าใจ (MOU) ระหว่างกระทรวงดิจิทัลฯ และกระทรวง ICT ว่าด้วยความร่วมมือด้าน 5G'
    """
    cue = _cue_at(text, start, limit)
    pos = cue[1] if cue else start
    # (MOU), (ร่าง), (Memorandum of Understanding: MOU) directly after the cue
    m = re.match(r"\s*\([^()\n]{0,80}\)", text[pos:limit])
    if m and not re.search(r"[ก-๙]{12}", m.group()):
        pos += m.end()
    m = re.match(r"\s*[“\"]([^”\"\n]{3,250})[”\"]", text[pos:limit])
    if m:
        return pos + m.end()
    for _ in range(12):   # clause stops that sit inside party names are skipped a few times
        m = TITLE_STOP.search(text, pos, limit)
        # a stop inside a protected name (a party's own name) is skipped past that name
        while m and (after := protected_end(protected, m.start() + len(m.group()) - len(m.group().lstrip()))):
            m = TITLE_STOP.search(text, after, limit)
        end = m.start() if m else min(limit, pos + 400)
        # a stop right after ระหว่าง/ว่าด้วย, or ``และ`` joining two parties, does not end the title
        if m and re.search(r"(?:ระหว่าง|ว่าด้วย|และ|กับ|แห่ง|ของ|ใน)\s*$", text[start:end]):
            pos = m.end()
            # a quoted subject is the title's whatever it holds (``ปฏิญญาดานังว่าด้วย “สื่อ : จากข้อมูลสู่ความรู้…”``,
            # news 72332: the colon inside had cut the name at ``“สื่อ``)
            if m.group().strip() in ("“", '"') and (q := _QUOTED_REST.match(text, pos, limit)):
                pos = q.end()
            continue
        if m and m.group().strip() == "(":
            close = _closing_bracket(text, m.end(), min(limit, m.end() + 220))
            inner = text[m.end():close] if close > 0 else ""
            # ``(MOU)``, ``(DEPA)``, ``(Digital Economy Partnership Agreement : DEPA)``: the
            # instrument's own alias or English name, part of its title
            if close > 0 and not re.search(r"[ก-๙]", inner) and not re.fullmatch(r"\s*\d{1,2}\s*", inner) \
                    and (len(inner) <= 40 or INSTRUMENT_WORD.search(inner)):   # (``(2)`` numbers the next item)
                pos = close + 1
                ws = len(text[pos:pos + 8]) - len(text[pos:pos + 8].lstrip(" \t\xa0\u200b"))
                # (in English, a party after the first one's alias: ``between National Cybersecurity Agency (NCSA) and
                # Cyberspace Administration of…``, news 55903)
                if re.match(r"(?:ว่าด้วย|ระหว่าง|ด้าน|เรื่อง|กับ|และ|and\s+(?:the\s+)?[A-Z])", text[pos + ws:pos + ws + 20]):
                    pos += ws
                    continue
                if ws <= 1 and re.match(r"[ก-๙]", text[pos + ws:pos + ws + 1]):
                    continue
                return pos
        if m and m.group().strip() in ("“", '"') and (q := _LATIN_QUOTED.match(text, m.end() - 1, limit)):
            pos = q.end()     # ``…ในการจัดตั้ง "Regional Asian Post Alliance - RAPA"`` (news 96144): the name it sets up
            continue
        if m and m.group().strip() == "(":   # a parenthesised alias inside the parties
            close = _closing_bracket(text, m.end(), min(limit, m.end() + 220))
            if close > 0 and (close - m.end() <= 120 and ABOUT.search(text, close, min(limit, close + 200))
                              and not ABOUT.search(text, start, m.start())
                              or BETWEEN.search(text, start, m.start()) and _NEXT_PARTY.match(text, close + 1)):
                pos = close + 1   # ``ระหว่างศูนย์… (Asian and Pacific …: APCICT) กับ กรม…``: the other side follows
                continue
        return end if end > start else pos
    return pos


#: The rest of a quotation opened just before, up to its closing mark, on one line.
_QUOTED_REST = re.compile(r"[^”\"\n]{1,250}[”\"]")


def _closing_bracket(text: str, start: int, end: int) -> int:
    """Where the bracket opened just before ``start`` closes, over nested ones (``(Memorandum of Cooperation
    (MOC) between the Ministry of Justice of Japan and…)``, news 65050); -1 if not before ``end``."""
    depth = 0
    for k in range(start, end):
        ch = text[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return k
            depth -= 1
    return -1


# A title that says who signed it: ``บันทึกความเข้าใจ (MoU) ที่ Google ได้ลงนามกับกระทรวงดิจิทัล…`` (news 90248).
_SIGNED_IN_TITLE = re.compile(r"(?:ที่|ซึ่ง)[^\n]{0,30}?ได้(?:ร่วม)?(?:กัน)?ลงนาม")


# Making one, as the last of the topics of talks: ``การหารือในครั้งนี้ประกอบด้วย ประเด็นความร่วมมือด้านอุตุนิยมวิทยา…
# ตลอดจนการจัดทำบันทึกความร่วมมือด้านดิจิทัลระหว่างไทยและญี่ปุ่น`` (news 3602): 8 archive hits with ``หารือ`` up to 400
# characters before, all plans (a visa agreement, an agricultural MOU, a Dutch environment MOU…).
_TOPIC_MAKING = re.compile(r"(?:ตลอดจน|รวมถึง|รวมทั้ง|และ)\s*การ(?:จัด)?ทำ(?:ร่าง)?\s*$")


#: A draft adopted, by the meeting (``ได้รับรองร่าง``) or by Thailand (``ประเทศไทยร่วมรับรองร่าง``), right before the title.
_ADOPTED_DRAFT = re.compile(r"(?:ได้|(?<![ก-๙])ไทย|ประเทศไทย)[ \t]*(?:ร่วม)?(?:กัน)?(?:ให้การ)?รับรอง[ \t]*(?:\(ร่าง\)|ร่าง)[ \t]*$")
#: What makes the adoption one to come or one asked for (``จะได้รับรองร่าง``, ``ให้ประเทศไทยร่วมรับรองร่าง``).
_TO_ADOPT_BEFORE = re.compile(r"(?:จะ|ให้|เตรียม|พร้อม|เห็นชอบ|อนุมัติ|มอบหมาย)[^\n]{0,40}$")
#: A meeting's statement it had, with no other status word (``การประชุมดังกล่าว ได้มีการประชุมโต๊ะกลมระดับผู้นำอาชีวศึกษาและ
#: มีแถลงการณ์ร่วมอาชีวศึกษาอาเซียน…``, news 22039), or reached (``ประสบผลสำเร็จ บรรลุข้อมติ 12 ข้อ``, news 58587): issued.
#: Only for a statement or a declaration: an MOU or an FTA a party "has" is as often one to come (``โดยมีความตกลงที่จะ
#: แล้วเสร็จในปี 2567``) or a phrase (``มีความตกลงจะร่วมกัน…``), and one "reached" is as often a deal whose text is not yet
#: signed (``บรรลุความตกลงการค้าเสรี…``).
_HAD_STATEMENT = re.compile(r"(?:(?:(?<!จะ)และ|(?<!จะ)ได้|(?<![ก-๙]))มี|(?<!จะ)(?<!จะได้)บรรลุ)[ \t]*$")
# A letter handed over (``บริษัทได้มีการส่งหนังสือแสดงเจตจำนง…``) or an instrument just signed.
_SIGNED_RIGHT_BEFORE = re.compile(r"(?:ได้|ได้มีการ|ได้ร่วม|ได้ร่วมกัน)(?:ลงนาม(?:ใน)?|ยื่น|ส่ง|ส่งมอบ|แลกเปลี่ยน)\s*$")


# A party that has deposited its instrument of accession has joined (``…ยื่นภาคยานุวัติสาร ณ สำนักงานเลขาธิการสหประชาชาติ
# นครนิวยอร์ก สหรัฐอเมริกา เพื่อให้ประเทศไทยเข้าร่วมเป็นภาคีอนุสัญญา…``, news 95012; ``ได้มอบภาคยานุวัติสาร… เพื่อการเข้าเป็น
# ภาคีอนุสัญญา…``): signed, on the day of the deposit (gold convention). Not one a ministry is told to prepare and deposit
# (``มอบหมายให้กระทรวงการต่างประเทศ จัดทำและดำเนินการยื่นภาคยานุวัติสาร``) nor one a state may deposit (``สามารถยื่น``).
_DEPOSITED = re.compile(r"(?<!ดำเนินการ)(?<!สามารถ)(?:ยื่น|มอบ|ส่งมอบ)ภาคยานุวัติสาร[^\n]{0,130}?"
                        r"เข้า(?:ร่วม(?:\s*เป็น\s*ภาคี)?|\s*เป็น\s*ภาคี)(?:ใน)?\s*$")


#: A generic Thai instrument word that the bracketed acronym after it glosses (``ข้อตกลง (MOU)``; the bare word is no cue).
_GLOSSED_WORD = re.compile(r"(?:\(?ร่าง\)?\s*)?(?:บันทึก)?(?:ข้อ|ความ)ตกลง(?:ความร่วมมือ)?\s*\(\s*$")


#: Right after a title: at the first opportunity (``ให้มีการลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการป้องกันประเทศ
#: ในโอกาสแรก``, news 51583, a cabinet item on talks with the UK; ``ความพร้อมที่จะลงนามบันทึกความเข้าใจฯ ในโอกาสแรก``): 5 archive hits, all
#: signings still to come.
_FIRST_OPPORTUNITY = re.compile(r"[ \t]*(?:ฯ[ \t]*)?(?:\([^()\n]{0,80}\)[ \t]*)?(?:ได้)?ในโอกาสแรก")


def _status(text: str, para_start: int, start: int, cue_end: int, t_end: int, para_end: int) -> str | None:
    _, status = _patterns()
    if _not_yet().search(text, t_end, min(para_end, t_end + 60)):
        return None   # ``ร่างบันทึกความเข้าใจ… ยังไม่มีการพิจารณาการลงนาม``: no plan yet
    # the Thai word an acronym in brackets glosses stands between the cue and it (``…อยู่ระหว่างการหารือเพื่อจัดทำ
    # ร่างข้อตกลง (MOU) เกี่ยวกับ…``, news 53085): the status is read before that word
    glossed = _GLOSSED_WORD.search(text, max(para_start, start - 30), start)
    cue_at = glossed.start() if glossed else start
    before = text[max(para_start, cue_at - 160):cue_at]
    after = text[t_end:min(para_end, t_end + 120)]
    near_before = text[max(para_start, start - 40):start]
    clause = text[max(para_start, start - 250):min(para_end, t_end + 150)]
    if status["approved"].search(clause) and ("ร่าง" in text[max(para_start, start - 60):start + 5]
                                              or re.search(r"อนุมัติ|เห็นชอบ|(?i:approve[ds]?|approval|endorse[ds]?|draft)", near_before + text[start:t_end])
                                              or re.search(r"(?:ขอ|ให้|มีมติ)(?:ความ)?(?:อนุมัติ|เห็นชอบ)", before)):
        return "approved"
    if _UNDER.search(before) and (_UNDER_PAIR.match(text, cue_end) or _TITLE_PAIR.match(text, cue_end, t_end)
                                  and not (status["planned"].search(after[:80]) or NEGOTIATION.search(after[:100]))):
        return "signed"   # (one still negotiated is planned: ``ภายใต้บันทึกความเข้าใจว่าด้วย… ซึ่งอยู่ระหว่างการเจรจา``)
    # a draft the meeting or Thailand adopted is adopted, not a plan (``ประเทศไทยร่วมรับรองร่างปฏิญญา… ในการประชุม
    # ระดับรัฐมนตรีด้านการขนส่งเอสแคป ครั้งที่ 4``, news 49382); not one to be adopted (``ให้… ร่วมรับรองร่าง…``)
    adopted = _ADOPTED_DRAFT.search(before)
    if adopted and not _TO_ADOPT_BEFORE.search(before, max(0, adopted.start() - 40), adopted.start()):
        return "signed"
    if _FIRST_OPPORTUNITY.match(after):
        return "planned"   # a signing ``ในโอกาสแรก``, at the first opportunity, is still to come, whatever verb precedes
    # a plan after the title yields to a signing verb right before it (``ได้ลงนาม MOU … ซึ่งจะ…``)
    planned_after = status["planned"].search(after[:80]) and not _SIGNED_RIGHT_BEFORE.search(before[-16:])
    if status["planned"].search(before[-90:]) or planned_after or \
            DRAFT_BEFORE.search(near_before) or re.search(r"คาดว่าจะ[^\n]{0,30}ลงนาม", after[:120]):
        return "planned"
    if status["signed"].search(before[-60:]) or _DEPOSITED.search(before) or re.match(r"\s*(?:ได้|ได้รับการ)?(?:ลงนาม|รับรอง|signed)", after) \
            or re.search(r"(?:ลงนาม|signed|รับรอง)", text[t_end:min(para_end, t_end + 60)]) \
            or _SIGNED_IN_TITLE.search(text, start, t_end):
        return "signed"
    if NEGOTIATION.search(after[:100]) or (NEGOTIATION.search(before[-60:]) and not re.search(r"ภายใต้\s*$", before)):
        return "planned"   # ``ความตกลงเศรษฐกิจดิจิทัลอาเซียน ซึ่งไทยในฐานะประธานคณะกรรมการเจรจา…``: still negotiated
    if _TOPIC_MAKING.search(before) and "หารือ" in text[max(para_start, start - 400):start]:
        return "planned"
    return None


def find_instruments(text: str, start: int = 0, end: int | None = None,
                     protected: Sequence[tuple[int, int]] = ()) -> list[Instrument]:
    """Every instrument phrase in ``text[start:end]``, with kind, status and title.

    ``protected`` spans (names of organisations and countries) never end a title.
    """
    end = len(text) if end is None else end
    _, status = _patterns()
    out: list[Instrument] = []
    last_end = -1
    hits = list(_cues_in(text, start, end))
    for s, e, kind in hits:
        if s < last_end:          # inside a title read already (``(MOU)``, the English name)
            continue
        if out and (close := _english_name_of(text, out[-1], s, e, end)) > 0:
            last_end = close      # the previous title's English name, in brackets a little after it
            continue
        if _VARIOUS.match(text, e, end):
            continue              # papers of a kind in general, no one instrument
        para_start = text.rfind("\n", 0, s) + 1
        para_end = text.find("\n", e)
        para_end = end if para_end < 0 or para_end > end else para_end
        t_end = _before_next_instrument(text, e, title_end(text, s, para_end, protected), hits)
        t_end = _before_signatories(text, s, t_end)
        title = _TRAILING_WORDS.sub("", re.sub(r"\s+", " ", text[s:t_end]).strip(" “”\""))
        # the words after the title up to the next instrument's cue, not that instrument's plan
        # (``ส่งหนังสือแสดงเจตจำนง… วันที่ 24 เมษายน 2566 และมีแผนการลงนามบันทึกข้อตกลง…``, news 73446)
        next_cue = next((at for at, _, _ in hits if at >= t_end), para_end)
        st = _status(text, para_start, s, e, t_end, min(para_end, max(next_cue, t_end)))
        if st is None and kind == "declaration" and _HAD_STATEMENT.search(text, max(para_start, s - 12), s):
            st = "signed"
        if st is None and out and out[-1].status and _JOINED.fullmatch(text, out[-1].title_end, s):
            st = out[-1].status   # ``…สอดคล้องกับปฏิญญาผู้นำเอเปค และถ้อยแถลงร่วมรัฐมนตรีเอเปค ประจำปี 2567``: both
        anaphoric = bool(status["anaphor"].match(text, e, min(para_end, e + 25))
                         or _SHORT_NAME_ANAPHOR.match(text, e, min(para_end, e + 40))) and not BETWEEN.search(title)
        anaphoric = anaphoric or bool(_ANAPHOR_CLAUSE.match(text, e, min(para_end, e + 40))) \
            or bool(_EN_ANAPHOR_BEFORE.search(text, max(para_start, s - 30), s) and _EN_ANAPHOR_AFTER.match(text, e))
        if st is None and not anaphoric and _TOPIC_LEAD.fullmatch(text, para_start, s) \
                and (acr := _ACRONYM_AFTER_CUE.match(text, e, min(para_end, e + 20))) \
                and _named_before_by(text, acr.group(1), [o for o in out if o.kind == kind]):
            anaphoric = True
        between = None
        bm = BETWEEN.search(text, s, min(len(text), t_end + 40))   # (its lookahead reads past the title)
        if bm and bm.start() < t_end:
            am = ABOUT.search(text, bm.end(), t_end)
            b_end = am.start() if am else t_end
            if text[s:t_end].endswith(")") and not am:   # not into the English name after the parties
                b_end = max(bm.end(), text.rfind("(", bm.end(), t_end)) if text.rfind("(", bm.end(), t_end) > 0 else b_end
            if _PARTY_COUNT.match(text, bm.end()):   # over the list the count announces
                b_end = _listed_parties_end(text, bm.end(), min(para_end, bm.end() + 500), protected)
            between = (bm.end(), b_end)
        signer_clauses: tuple[tuple[int, int], ...] = ()
        if between and between[1] == t_end:
            b_end, signer_clauses = signers_between_parties(text, t_end, para_end, protected)
            between = (between[0], max(b_end, t_end))
        out.append(Instrument(kind, st, s, e, t_end, title, between, anaphoric, signer_clauses))
        last_end = t_end
        # an English title's Thai name in the brackets after it is the same instrument, not a second one
        if re.match(r"[A-Za-z]", title) and (gloss := _THAI_GLOSS.match(text, t_end, para_end)) \
                and any(at == gloss.end() for at, _, _ in hits):
            last_end = max(t_end, _closing_bracket(text, gloss.end(), min(para_end, gloss.end() + 300)))
    return out


#: The English name of a Thai title in brackets a little after the title (``2.11 ร่างแถลงการณ์ร่วมสำหรับการประชุมสุดยอด
#: อาเซียน-แคนาดา สมัยพิเศษ เพื่อฉลองวาระครบรอบ 45 ปี ความสัมพันธ์อาเซียน-แคนาดา (Draft ASEAN-Canada 45th  Anniversary
#: Commemorative Summit Joint Statement) เป็นเอกสารผลลัพธ์…``, news 61414): the words from the bracket to the cue.
_ENGLISH_NAME_OPENS = re.compile(r"\([ \t]*(?:[A-Za-z0-9][\w.,'’&-]*[ \t]+){0,10}$")
#: How far after a Thai title its English name may open.
ENGLISH_NAME_REACH = 160


def _english_name_of(text: str, previous: Instrument, start: int, cue_end: int, end: int) -> int:
    """Where the bracket closes when the cue at ``start`` names ``previous`` (a Thai title with a status) in English: in
    brackets opened on the same line, soon after that title, with only Latin words before the cue; else -1. (A title
    with no status of its own keeps its English name as a second mention, which may carry one: ``ได้แก่ บันทึกความเข้าใจ…
    (Memorandum of Understanding…) เมื่อวันที่ 4 กันยายน 2560``.)"""
    if previous.status is None or re.match(r"[A-Za-z]", previous.title) \
            or not re.match(r"[A-Za-z]", text[start:start + 1]) \
            or start - previous.title_end > ENGLISH_NAME_REACH or "\n" in text[previous.title_end:start]:
        return -1
    opened = text.rfind("(", previous.title_end, start)
    if opened < 0 or ")" in text[opened:start] or not _ENGLISH_NAME_OPENS.fullmatch(text, opened, start):
        return -1
    return _closing_bracket(text, opened + 1, min(end, cue_end + 300))


#: The opening of a bracket that glosses an English title in Thai (``ASEAN Leaders’ Statement on Cybersecurity Cooperation
#: (ร่างถ้อยแถลงผู้นำอาเซียนว่าด้วยความร่วมมือด้านความมั่นคงทางไซเบอร์)``, news 11777), up to the Thai instrument word: the
#: other direction of :func:`_english_name_of`, right after the title.
_THAI_GLOSS = re.compile(r"[ \t]*\([ \t]*(?:ร่าง)?[ \t]*")


#: Words of the sentence left at a title's end, not of its name (``…แถลงการณ์ร่วมระดับรัฐมนตรี (Joint Ministerial Statement)
#: ครั้งที่ 29 ด้วย``, news 60499; ``…และ NVIDIA ด้วย``).
_TRAILING_WORDS = re.compile(r"(?:\s+(?:ด้วย|และ|ได้|แล้ว))+$")


#: ``ความตกลงต่างๆ เช่น MOU 2543…`` (news 94390), ``บันทึกความเข้าใจต่าง ๆ ที่ลงนามไว้``: instruments of a kind in general
#: (55 archive mentions); one named among them (``MOU 2543``) is read on its own. So are "the ones concerned"
#: (``…เป็นไปตามพันธกรณีของไทยภายใต้ความตกลงระหว่างประเทศที่เกี่ยวข้อง``, a cabinet item's stock clause).
_VARIOUS = re.compile(r"\s?ต่าง\s?ๆ|(?:ระหว่างประเทศ)?\s?ที่เกี่ยวข้อง")


# A second instrument joined to the one before it, with no cue of its own: what is said of the first is said of both
# (news 92066, the APEC leaders' declaration and ministers' joint statement).
_JOINED = re.compile(r"\s*(?:และ|หรือ|รวมทั้ง|,)\s*(?:\(ร่าง\)|ร่าง)?\s*")


# ``ความตกลง… อาเซียน-ออสเตรเลีย-นิวซีแลนด์ และการจัดทำแถลงการณ์ผู้นำอาเซียน ว่าด้วย…``: a second
# instrument joined to a title by และ (news 71789).
_AND_ANOTHER = re.compile(r"\s*และ\s*(?:การ)?(?:จัดท(?:ำ|ํา)|ลงนาม(?:ใน)?|รับรอง)?\s*(?:ร่าง)?\s*$")


# ``…รายงานความคืบหน้าการเจรจาต่าง ๆ เช่น ความคืบหน้าการเจรจายกระดับความตกลงการค้าสินค้าของอาเซียน ความคืบหน้าการเจรจา
# กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน รวมทั้ง…`` (news 84970): the next item of a list of negotiations' progress.
_PROGRESS_OF_ANOTHER = re.compile(r"\s+ความ(?:คืบหน้า|ก้าวหน้า)(?:ของ|ใน)?(?:การ)?(?:เจรจา|จัดทำ)?(?:ยกระดับ)?(?:กรอบ)?\s*$")


def _before_next_instrument(text: str, cue_end: int, t_end: int, hits) -> int:
    """``t_end``, or where a title ends that runs on into another instrument joined by ``และ`` or listed after it."""
    for s, _, _ in hits:
        if cue_end < s < t_end:
            joined = _AND_ANOTHER.search(text, cue_end, s) or _PROGRESS_OF_ANOTHER.search(text, cue_end, s)
            if joined:
                return joined.start()
    return t_end


@lru_cache(maxsize=1)
def _signer_clause() -> re.Pattern:
    """``โดย <honorific or post>``: who signs for the party just named."""
    posts = r"รัฐมนตรี|รมว|ปลัด|อธิบดี|ผู้ว่าการ|ผู้อำนวยการ|เลขาธิการ|ประธาน|รอง|นายก|กรรมการ|เอกอัครราชทูต|อธิการบดี"
    return re.compile(r"\s*โดย\s*(?:%s|%s)" % (alternation(honorifics()), posts))


#: Where a signer's clause gives way to the next party: ``กับ``/``และ`` right before a name.
_AFTER_SIGNER = re.compile(r"\s*(?:กับ|และ)\s*")


def signers_between_parties(text: str, pos: int, limit: int,
                            protected: Sequence[tuple[int, int]]) -> tuple[int, tuple[tuple[int, int], ...]]:
    """Past a ``ระหว่าง`` clause cut at ``pos`` by a party's signer, the parties that follow, and
    the signers' clauses between them: ``ระหว่าง กระทรวงดิจิทัลฯ โดย นางวรรณพร … เลขาธิการ…
    กับ สำนักงานส่งเสริมวิสาหกิจ… โดย นาย…`` (news 61829). A signer's clause ends at the first
    ``กับ``/``และ`` outside a name that a name follows; the party after it ends at the next title stop.
    Returns ``(pos, ())`` when no party follows a signer's clause.

    >>> t = "MOU ระหว่าง กรมA โดย นายบี ผู้อำนวยการกรมA กับ กรมC โดย นายดี"
    >>> end, gaps = signers_between_parties(t, 16, len(t), [(12, 16), (38, 42), (47, 51)])
    >>> t[end - 4:end], [t[a:b].strip() for a, b in gaps]
    ('กรมC', ['โดย นายบี ผู้อำนวยการกรมA'])
    """
    end, gaps = pos, []
    while (m := _signer_clause().match(text, end, limit)):
        reach = min(limit, m.end() + 250)
        joint = None
        for j in _AFTER_SIGNER.finditer(text, m.end(), reach):
            if "\n" in text[m.end():j.start()]:
                break
            if protected_end(protected, j.start() + 1) is None and any(a == j.end() for a, _ in protected):
                joint = j
                break
        if joint is None:
            break
        stop = TITLE_STOP.search(text, joint.end(), min(limit, joint.end() + 200))
        while stop and (inside := protected_end(protected, stop.start() + len(stop.group()) - len(stop.group().lstrip()))):
            stop = TITLE_STOP.search(text, inside, min(limit, joint.end() + 200))
        gaps.append((end, joint.start()))
        end = stop.start() if stop else min(limit, joint.end() + 200)
    return end, tuple(gaps)


@lru_cache(maxsize=1)
def persons_between() -> re.Pattern:
    """``ระหว่าง ดร.X … กับนาง Y``: a ระหว่าง that names persons (an honorific follows)."""
    return re.compile(r"ระหว่าง\s*(?:%s)" % alternation(honorifics()))


def _before_signatories(text: str, start: int, t_end: int) -> int:
    """``บันทึกความเข้าใจ…ระหว่างรัฐบาลแห่งราชอาณาจักรไทยและรัฐบาลออสเตรเลีย ระหว่าง ดร.พิเชฐ…``
    (news 18047): a second ระหว่าง that names the signatories ends the title (and its parties)."""
    first = BETWEEN.search(text, start, t_end)
    if first is None:
        return t_end
    persons = persons_between().search(text, first.end(), t_end)
    return len(text[:persons.start()].rstrip()) if persons else t_end


def _listed_parties_end(text: str, pos: int, limit: int, protected: Sequence[tuple[int, int]]) -> int:
    """The end of ``3 หน่วยงาน ได้แก่ 1) … 2) … และ 3) …``: the first stop outside a name."""
    m = _LIST_END.search(text, _PARTY_COUNT.match(text, pos).end(), limit)
    while m and (after := protected_end(protected, m.start())):
        m = _LIST_END.search(text, after, limit)
    return m.start() if m else limit


def duration_years(text: str) -> int | None:
    """``ระยะเวลา 5 ปี``, ``มีอายุ 3 ปี``, ``a period of five years``.

    >>> duration_years("โดยบันทึกความเข้าใจดังกล่าวจะมีระยะเวลา 5 ปี มีเนื้อหา")
    5
    >>> duration_years("a period of five years") , duration_years("ปี 2567")
    (5, None)
    """
    m = _DURATION.search(text)
    if not m:
        return None
    g = m.group(1) or m.group(2)
    return int(g) if g.isdigit() else _EN_NUM.get(g.lower())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line (split in C: a focused text has thousands of blank lines)."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if end > pos:
            out.append((pos, end))
        pos = end + 1
    return out


# Where a clause about one instrument ends inside a paragraph: a new sentence (``ทั้งนี้``,
# ``นอกจากนี้`` …) after a space, or a double space before a new subject.
_CLAUSE_BREAK = re.compile(
    r"\s{2,}(?=ทั้งนี้|นอกจากนี้|ขณะที่|ในขณะที่|ขณะเดียวกัน|ซึ่งหาก|หาก|อย่างไรก็ตาม|จากนั้น|พร้อมกันนี้|สำหรับ|โดยเฉพาะ|ส่วน|ในส่วน|"
    r"รวมถึงได้|ทำให้|ด้าน(?:นาย|นาง|ดร)|[“\"])"
    r"|\s(?=(?:ทั้งนี้|นอกจากนี้|อย่างไรก็ตาม|จากนั้น|พร้อมกันนี้|ขณะเดียวกัน|ในขณะที่|ขณะที่|ในส่วนของ|นอกจากนั้น)[\s,])"
    r"|\s(?=(?:นอกจากนี้|นอกจากนั้น)ยัง)"   # ``… Digital Thailand นอกจากนี้ยังมีประเด็น…`` (news 12436)
    # ``…ความตกลงว่าด้วยการมอบโอนยุทโธปกรณ์… ขณะที่นายกรัฐมนตรีสนับสนุนให้… ความมั่นคงทางไซเบอร์`` (news 55971): "whereas"
    # glued to its subject starts another's act too
    r"|\s(?=(?:ในขณะที่|ขณะที่)[ก-ฮเแโใไ])"
    r"|\s(?=\d{1,2}\)[ก-ฮเแโใไ])"   # the next item of a list written inline: ``1)… ไทยกับตุรกี 2)ส่งเสริม…``
    # ``… ที่ทั้งสองฝ่ายได้ร่วมลงนามไปเมื่อปี 2565 พร้อมได้หารือเกี่ยวกับ…`` (news 92437): the talks' next topic
    r"|\s(?=พร้อม(?:ทั้ง)?(?:ได้)?(?:ร่วม)?(?:กัน)?หารือ)"
    # ``…สืบต่อเนื่องจากบันทึกความเข้าใจ… Huawei Technologies (Thailand) ด้านการพัฒนาดิจิทัลของประเทศไทย ซึ่งการหารือใน
    # ครั้งนี้ ทาง Huawei… Cloud First Policy…`` (news 79646): what the talks were about, not the instrument
    r"|\s(?=ซึ่ง(?:ใน)?การ(?:หารือ|ประชุม)(?:ใน)?ครั้งนี้)"
    # ``…เจรจาความตกลงการค้าเสรีไทย-ตุรกีให้แล้วเสร็จภายในปี 2565 ซึ่งนายกรัฐมนตรีได้กล่าวขอบคุณภาคเอกชนตุรกี…`` (news
    # 40341): someone named speaking is a new act, and what Türkiye is interested in after it is no part of the FTA
    r"|\s(?=ซึ่ง(?:ทาง)?[^\s]{2,30}?ได้กล่าว)"
    # ``…อาทิ จีน ญี่ปุ่น … และอิสราเอล เป็นต้น โดยภายหลังเสร็จสิ้นการประชุม… สมอ. จะเตรียมการลงนามความร่วมมือ (MoU) กับ…``
    # (news 96626): an example list has ended, and the countries at the meeting are no parties of the MoU after it
    r"|(?<=เป็นต้น)\s"
    # ``…ทำให้เกิดการพัฒนามาตรฐานดิจิทัล… ซึ่งปัจจุบัน สมอ. มีมาตรฐาน… เช่น ปัญญาประดิษฐ์ (AI) …`` (news 96626): what a
    # party already has today is background, not the instrument's areas
    r"|\s(?=ซึ่งปัจจุบัน)"
    # ``สำหรับการลงนาม MOU ในวันนี้ ก็จะทำให้ทั้งสองประเทศมีความร่วมมือระหว่างกันเพิ่มมากขึ้น อีกทั้งให้ความสนใจในด้านไซเบอร์ที่จะ
    # พัฒนาร่วมกัน`` (news 80834): "moreover" adds another act, the Czech minister's interest, not the MOU's area
    r"|\s(?=อีกทั้ง)"
)


# The items of a cabinet summary (``12. เรื่อง …``; ``Title: …`` in the English synopses, 1,030 lines in 207 archive
# files) and the sections of a long release:
# what one item says never describes an instrument of another.
# (The indent is possessive: a line the pipeline blanked is one run of spaces, walked once.)
_BLOCK_HEAD = re.compile(
    r"^[ \t]*+(?:(?:\d{1,3}\s*\.\s*)?เรื่อง[ \t]|(?:ด้าน)?(?:เศรษฐกิจ|สังคม|กฎหมาย|ต่างประเทศ|แต่งตั้ง)[ \t]*$"
    r"|\d{1,3}\s*\.\s*(?i:subject|title)\b|(?:Title|Subject)[ \t]*:|[*_=]{5,}[ \t]*$)",
    re.MULTILINE,
)


#: A line that can open a block: its first character after the indent opens one of the heading's forms (found fast:
#: the pattern opens with a line break).
_BLOCK_LINE = re.compile(r"\n[ \t]*+[\dเดสกตแTS*_=]")


def blocks(text: str) -> list[int]:
    r"""Start offsets of the items (cabinet summary ``N. เรื่อง …``) and sections of ``text``.

    >>> t = "สรุปข่าว|1. เรื่อง ก|ข้อความ|2. เรื่อง ข|ข้อความ".replace("|", chr(10))
    >>> [t[b:t.find(chr(10), b)] for b in blocks(t)]
    ['สรุปข่าว', '1. เรื่อง ก', '2. เรื่อง ข']
    """
    # (tried only at such lines: ``re`` tried the line-anchored pattern at every character)
    line_starts = chain((0,), (m.start() + 1 for m in _BLOCK_LINE.finditer(text)))
    return [0] + [m.start() for m in matches_at(_BLOCK_HEAD, text, line_starts) if m.start() > 0]


def clause_end(text: str, pos: int, limit: int) -> int:
    """Where the sentence going on at ``pos`` ends (at most ``limit``)."""
    m = _CLAUSE_BREAK.search(text, pos, limit)
    return m.start() if m else limit


def clause_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence going on at ``pos`` started (at least ``floor``)."""
    last = floor
    for m in _CLAUSE_BREAK.finditer(text, floor, pos):
        last = m.end()
    return last


# ``ความตกลงนี้จะช่วยส่งเสริม…``: "this agreement" as the subject of a clause that describes
# it is a mention of the one just named, whatever ``ระหว่าง`` the clause goes on to say.
_ANAPHOR_CLAUSE = re.compile(r"\s*(?:ฉบับ)?(?:นี้|ดังกล่าว)\s*(?:จะ|เป็น|มี|ได้|ช่วย|มุ่ง|ยัง|ถือ|ครอบคลุม|กำหนด|ประกอบ|เน้น)")
# In English: ``The signing of the MOU will be carried out during the 4th ADGSOM…``, ``…as Thai signatory of the
# aforementioned MOU``, news 78262: the instrument just named, when a verb or the line's end follows.
_EN_ANAPHOR_BEFORE = re.compile(r"(?i:\b(?:the|this|that|said)\s+(?:aforementioned\s+|above-?mentioned\s+|said\s+)?)$")
_EN_ANAPHOR_AFTER = re.compile(r"[ \t]*(?:$|[,.;]|(?:will|is|was|has|had|would|shall|aims|covers|includes|prescribes)\b)",
                               re.MULTILINE)


FIRST_ITEM = re.compile(r"(?:^|(?<=\s))\(?1[.)]\s*\S", re.MULTILINE)


# The next item of an enumeration of instruments (``… 2) บันทึก…``, ``… และ 5) THE MEMORANDUM …``).
NEXT_ITEM = re.compile(r"\s(?:และ\s*)?\(?\d{1,2}[.)]\s")
