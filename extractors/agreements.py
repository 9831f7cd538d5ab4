"""Agreements a release reports: one record per instrument, its mentions merged.

Pure functions over the text and the mentions the earlier components found. For each
instrument phrase (:mod:`extractors.instruments`): its parties (``ระหว่าง X และ Y``, else
the actors of its clause: :mod:`extractors.agreement_parties`), signatories and witnesses
(:mod:`extractors.agreement_roles`), date (:mod:`extractors.agreement_dates`), place,
duration and fields (its title, its clause, and the enumerations and follow-up sentences
that describe it); then the mentions of one instrument (title, lead, body, ``MOU ดังกล่าว``)
are merged into one record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field as dc_field, replace
from datetime import date
from functools import lru_cache
from itertools import chain
from typing import Sequence

from extractors.agreement_dates import (adoption_day, coarse_date, future_ok, is_future, nearest_date, one_day, own_day,
                                        planned_date, reported_day, set_signing_day)
from extractors.agreement_parties import (actors, as_blocs, bloc_members, in_company_name, inside, is_place, item_parties,
                                          outside, outside_posts, parties_end, party_candidates, party_list_end, shared_mandate,
                                          without_bloc_members)
from extractors.agreement_roles import signatories_and_witnesses
from extractors.countries import find_countries
from extractors.fields import find_fields, most_specific, pays_a_fee
from extractors.industries import in_listed_industries
from extractors.instruments import (ABOUT, BETWEEN, COUNTED_DOCUMENTS, DRAFT_BEFORE, FIRST_ITEM, NEGOTIATION, NEXT_ITEM,
                                    TITLE_STOP, Instrument, approval_in, blocks, clause_end, clause_start, duration_years,
                                    find_instruments, instrument_patterns, paragraphs, title_end)
from extractors.known_instruments import known_instrument, settled_parties
from extractors.organisations import organisations as registered_organisations
from extractors.patterns import LeadScan, fold_am, matches_at
from extractors.records import ActorRef, AgreementRecord, Span

__all__ = ["Instrument", "find_instruments", "instrument_patterns", "read_agreements", "duration_years", "title_end", "snap"]

#: A mention that does not name its parties joins an agreement named at most this far away.
MERGE_DISTANCE = 1500


#: Two enumerated instruments this close are items of one list.
ITEM_DISTANCE = 4000


# A paragraph that goes on describing the instrument before it.
_FOLLOW_UP = re.compile(
    r"^\s*+(?:\(?\d{1,2}[.)]\s*|[-•●▪*]\s*|(?:สำหรับ|โดย|ทั้งนี้|ซึ่ง)?\s*(?:การลงนาม(?:ใน)?)?\s*"
    r"(?:บันทึก\S{0,20}|MO[UC]|(?:ความ)?ตกลง\S{0,20}|หนังสือแสดง\S{0,15}|ปฏิญญา\S{0,10}|แถลงการณ์ร่วม)[^\n]{0,30}?"
    r"(?:ฉบับนี้|ดังกล่าว|ฯ|ในครั้งนี้|ครั้งนี้)|"
    r"(?:มีวัตถุประสงค์|ขอบเขต|สาระสำคัญ|ความร่วมมือ(?:สำคัญ|ดังกล่าว|ภายใต้)|ครอบคลุม|ประกอบด้วย|ได้(?:แ|เเ)ก่|อาทิ|โดยมี(?:สาระ|ขอบเขต|เนื้อหา)|ทั้งสองฝ่าย(?:จะ|ได้)?(?:ร่วมมือ|ส่งเสริม)))"
)


#: Words that open a list (``ได้เเก่`` is a common misspelling of ``ได้แก่``).
_ENUM_WORD = r"(?:อาทิ|ได้(?:แ|เเ)ก่|ประกอบด้วย|ครอบคลุม|คลอบคลุม|ดังนี้|ดังต่อไปนี้|เช่น|ใน\s*\d+\s*(?:ด้าน|สาขา|ประเด็น|เรื่อง))"


_ENUM_INTRO = re.compile(_ENUM_WORD + r"\s*[:：]?\s*$|[:：]\s*$")


_ENUM_ANY = re.compile(_ENUM_WORD)


_ITEM_HEAD = re.compile(r"\s*(?:\d{1,2}\.\s*)?(?:เรื่อง|ด้าน(?:เศรษฐกิจ|สังคม|กฎหมาย|ต่างประเทศ)|กฎหมาย|เศรษฐกิจ\s*-\s*สังคม|ต่างประเทศ|แต่งตั้ง)\s")


@dataclass
class _Candidate:
    inst: Instrument
    scope: tuple[int, int]
    parties: list[ActorRef]
    explicit: bool                       # parties from a ระหว่าง clause
    signatories: list[str] = dc_field(default_factory=list)
    witnesses: list[str] = dc_field(default_factory=list)
    date: date | None = None
    place: str | None = None
    fields: list[str] = dc_field(default_factory=list)
    duration: int | None = None
    event: int | None = None
    countries: set[str] = dc_field(default_factory=set)
    headline: bool = False
    block: int = 0                      # cabinet-summary item (-1: the release's title)
    item: bool = False                  # an item of an enumeration (``2) บันทึก…``)
    coarse: bool = False                # signed ``เมื่อปี 2566``: a month or a year, no day


_ENUM_LINE = re.compile(r"\s*(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]|[-•●▪*]|[ก-ฮ][.)])\s*")


def _marker_shape(line: str) -> str | None:
    """The shape of a list marker opening ``line`` (``3.`` and ``12.`` alike: ``9.``), if any.

    >>> _marker_shape("  12. เรื่อง"), _marker_shape("(2) ก"), _marker_shape("3.1 ข"), _marker_shape("ข้อความ")
    ('9.', '(9)', '9.9', None)
    """
    if not _ENUM_LINE.match(line):
        return None
    m = re.match(r"\s*(\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[-•●▪*]|[ก-ฮ][.)])", line)
    return re.sub(r"\d+", "9", m.group(1)) if m else None


def _marker_number(line: str) -> tuple[str, int] | None:
    """(shape, number) of the numbered marker opening ``line`` (``4.ส่งเสริม…``: ``('9.', 4)``), if any."""
    shape = _marker_shape(line)
    m = re.match(r"\s*\(?(\d{1,2})", line) if shape and "9" in shape else None
    return (shape, int(m.group(1))) if m else None


#: A bracketed sub-item's marker (``(5.2)``) and any bracketed marker (``(6)``, ``(6.1)``): the first number.
_SUB_ITEM = re.compile(r"\s*\((\d{1,2})\.\d{1,2}\)")
_BRACKETED_ITEM = re.compile(r"\s*\((\d{1,2})(?:\.\d{1,2})*\)")


def _past_its_parent(own: str, line: str) -> bool:
    """Whether ``line`` opens a bracketed item past the parent of the bracketed sub-item ``own`` opens with
    (``(5.2) …ลงนามบันทึกความเข้าใจกับบริษัท อะเมซอน เว็บ เซอร์วิสเซส…`` then ``(6) พัฒนาโครงสร้างพื้นฐานด้านวิทยาศาสตร์…``,
    a cabinet summary's report of results, news 54442): the list it went on with has ended. Items of another
    shape (``2.1`` then ``3)``) are parts of it.

    >>> _past_its_parent("(5.2) ลงนาม", "(6) พัฒนา"), _past_its_parent("(5.2) ลงนาม", "(5.3) จัดงาน")
    (True, False)
    >>> _past_its_parent("2.1 ขอบเขตความร่วมมือ", "3) ทั้งสองฝ่ายจะ")
    False
    """
    sub, top = _SUB_ITEM.match(own), _BRACKETED_ITEM.match(line)
    return bool(sub and top and int(top.group(1)) > int(sub.group(1)))


def _enclosing_item(text: str, paras, para_idx: int, reach: int = 6) -> tuple[str, int] | None:
    """The numbered item whose body a paragraph without a marker goes on (the nearest numbered line above it)."""
    for k in range(para_idx - 1, max(-1, para_idx - 1 - reach), -1):
        numbered = _marker_number(text[slice(*paras[k])])
        if numbered:
            return numbered
    return None


# A relative clause on what an instrument stresses describes it to the end of its paragraph: ``…สอดคล้องกับปฏิญญาโตเกียว
# ว่าด้วยความน่าเชื่อถือและความปลอดภัย (Tokyo Statement on Trust and Safety) ที่ให้ความสำคัญกับการรักษาความปลอดภัย… รวมถึง
# การทำงานร่วมกันในระดับนานาชาติ… เนื่องจากอาชญากรรมและการหลอกลวงไซเบอร์เป็นปัญหาข้ามพรมแดน…`` (news 96988).
_WHAT_IT_STRESSES = re.compile(r"(?:ที่|ซึ่ง)\s*(?:เป็นเอกสารที่)?(?:ให้ความสำคัญ|มุ่งเน้น|เน้นย้ำ|เน้น)")


# An instrument inside one act of a list written without markers (``…ดังนี้ การลงนามบันทึกความเข้าใจ (MoU) ระหว่างอุทยาน
# ธรณีโลกลังกาวี (มาเลเซีย)… (อินโดนีเซีย) การดำเนินโครงการแพลตฟอร์มการพาณิชย์อิเล็กทรอนิกส์ของ IMT-GT…``, news 44386;
# ``…และการเร่งรัดการเจรจาความตกลง… (RCEP)… ภายในปีหน้า การส่งเสริมความเชื่อมโยง…โทรคมนาคม…``, news 16871): the
# next ``การ…`` after a space is the next act, and its subject is not the instrument's.
#: An act that begins a list's item, also glued to the word that opens the list (``…ที่รวมถึงการเร่งรัดการจัดทำ…``).
_ACT_ITEM = re.compile(r"(?:^|(?<=\s)|(?<=รวมถึง)|(?<=ได้แก่)|(?<=เช่น)|(?<=อาทิ))(?:และ)?การ[ก-๙]{2,40}$")
_NEXT_ACT_ITEM = re.compile(r"\s+(?=การ[ก-๙])")
# (not after a word that joins what follows to the clause: ``…ด้าน การค้า``, ``ได้แก่ การ…``)
_JOINS_ON = re.compile(r"(?:และ|หรือ|ด้าน|ว่าด้วย|เพื่อ|กับ|ของ|คือ|แก่|เช่น|อาทิ|ทั้ง|ได้แก่|ใน|โดย|,)$")


def _next_act(text: str, start: int, end: int) -> int | None:
    """Where the next act of a list written without markers starts in ``text[start:end]``, if one does."""
    for m in _NEXT_ACT_ITEM.finditer(text, start, end):
        if not _JOINS_ON.search(text, max(start, m.start() - 8), m.start()):
            return m.start()
    return None


#: What opens the list of what a document covers: ``ปฏิญญาซิดนีย์ซึ่งเป็นเอกสารกำหนดวิสัยทัศน์… ในด้านต่าง ๆ เช่น…``.
_CONTENT_LIST = re.compile(r"เช่น|อาทิ|ได้แก่|ประกอบด้วย|ครอบคลุม|รวมถึง")
#: A clause that describes the instrument right after its name (``…ซึ่งเป็นเอกสาร…``); ``โดยประเด็นที่เหลือ เช่น…`` after an
#: instrument lists other things (news 50437: the remaining issues after an energy statement).
_DESCRIBED = re.compile(r"\s*(?:ซึ่ง|ที่|อันเป็น)")


def _an_act_it_lists(text: str, inst: Instrument, other: Instrument) -> bool:
    """Whether ``other`` is named inside one act of the list of what ``inst`` covers, later in its sentence: ``…ได้รับรอง
    ปฏิญญาซิดนีย์ซึ่งเป็นเอกสารกำหนดวิสัยทัศน์ความร่วมมือ… เช่น … ที่รวมถึงการเร่งรัดการจัดทำความตกลง RCEP การส่งเสริม
    เศรษฐกิจดิจิทัล…`` (news 10992): the declaration's description goes on past RCEP to the digital economy."""
    return other.between is None and not other.anaphoric and "\n" not in text[inst.title_end:other.start] \
        and _DESCRIBED.match(text, inst.title_end) is not None \
        and _CONTENT_LIST.search(text, inst.title_end, other.start) is not None \
        and _ACT_ITEM.search(text, max(inst.title_end, other.start - 60), other.start) is not None


def _within_its_act(text: str, inst: Instrument) -> Instrument:
    """An instrument named inside one act of a list written without markers, its title ending where the next act
    starts: ``…ที่รวมถึงการเร่งรัดการจัดทำความตกลง RCEP การส่งเสริมเศรษฐกิจดิจิทัล อีกทั้ง…`` (news 10992, the Sydney
    Declaration's economic items): RCEP is not about the digital economy."""
    if inst.between or not _ACT_ITEM.search(text, max(0, inst.start - 60), inst.start):
        return inst
    nxt = _next_act(text, inst.cue_end, inst.title_end)
    if nxt is None:
        return inst
    return replace(inst, title_end=nxt, title=inst.title[:nxt - inst.start].rstrip())


#: ``…เร่งรัดผลักดันการเจรจาจัดทำความตกลงหุ้นส่วนทางเศรษฐกิจ (EPA) ระหว่างกัน และได้หารือแนวทางการส่งเสริมความร่วมมือด้าน
#: เศรษฐกิจในสาขาต่าง ๆ อาทิ … อวกาศ … สตาร์ทอัพ`` (news 72453): what the sides went on to discuss after the instrument is
#: the talks', not the instrument's. (Its scope ends there; who its parties are is still read before it.)
_AND_TALKED = re.compile(r"\sและ(?:ได้)?(?:ร่วม)?(?:กัน)?หารือ")
#: ``…และการลงนามความตกลงร่วมกัน 2 ฉบับ โดยนายกรัฐมนตรีเน้นย้ำถึงผลลัพธ์สำคัญจากการหารือ ดังนี้ 1)… 2)… ความมั่นคงทาง
#: ไซเบอร์…`` (news 81794, the two papers named above it are on education and aircraft upkeep): the list of the talks'
#: results is the talks', likewise. Not a paper that is the talks' outcome (``ร่างแถลงการณ์ร่วมฯ เป็นเอกสารผลลัพธ์ของการ
#: หารือเชิงยุทธศาสตร์… มีสาระสำคัญ…``, news 55971, a cabinet item on the Thai–UK joint statement): its content is its own.
_TALKS_RESULTS = re.compile(r"(?<!เอกสาร)ผล(?:ลัพธ์)?(?:สำคัญ|ที่สำคัญ)?(?:จาก|ของ)การ(?:พบ)?หารือ[^\n]{0,60}?"
                            r"(?:ดังนี้|ได้(?:แ|เเ)ก่|อาทิ|ประกอบด้วย)")


#: Cooperation "other" than the instrument's, after it (``…มีการลงนามในบันทึกข้อตกลงเรื่องการเสนอขายหน่วยลงทุนข้ามกันได้
#: (Mutual Recognition of Funds: MRF)… ทั้งนี้ ไทยและฮ่องกงพร้อมที่จะผลักดันความร่วมมือทางการเงินอื่น ๆ อาทิ… Fintech``,
#: news 25777): a new sentence on that other cooperation, not the instrument's (not an item of its own content, ``(5)
#: การส่งเสริมความร่วมมือในด้านอื่น ๆ อาทิ…`` of a Thai–Chinese joint statement).
_OTHER_COOPERATION = re.compile(r"(?<=\s)(?:ทั้งนี้|นอกจากนี้)\s*[^\n]{0,60}?ความร่วมมือ(?:ทาง|ด้าน|ใน)?[ก-๙]{0,20}?อื่น\s*ๆ")


#: The plan an instrument comes under, described after it (``…เพื่อพัฒนาหนังสือแสดงเจตจำนงฯ ภายใต้ความร่วมมือแผนการ
#: (Roadmap) สำหรับการดำเนินความสัมพันธ์ไทย - ฝรั่งเศส… ซึ่งแผนดังกล่าว… ประกอบด้วยความร่วมมือใน 4 ด้าน ได้แก่ (1)…
#: การต่อต้านภัยคุกคามไซเบอร์…``, news 80174): the plan's areas, not the instrument's.
_PLAN_DESCRIBED = re.compile(r"ซึ่ง(?:แผน(?:การ|งาน|ปฏิบัติการ)?|กรอบ(?:ความร่วมมือ)?|ยุทธศาสตร์|Roadmap)\s*(?:ดังกล่าว|นี้)")


#: An item named by what it counts (``เสาที่ 2 ประชาคมเศรษฐกิจอาเซียน อาทิ…``, news 70231: the three pillars a draft AMM
#: joint communiqué's second topic lists ``ดังนี้``), as much an item of the list as ``2.``.
_NAMED_ITEM = re.compile(r"[ \t]*(?:เสา|ข้อ|ด้าน|ประเด็น|หัวข้อ|ส่วน)(?:ที่)?[ \t]*\d{1,2}[ \t]")


def _scope(text: str, paras, inst: Instrument, next_start: int, para_idx: int,
           block_end: int) -> tuple[int, int]:
    """The text that describes one instrument: its own clause (up to the next instrument or
    the end of its sentence), the enumeration that clause opens, and the follow-up
    paragraphs about it; never past its cabinet-summary item (``block_end``)."""
    ps, pe = paras[para_idx]
    lo = clause_start(text, inst.start, max(ps, inst.start - 40))
    # ``…ความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ และการส่งเสริมความร่วมมือภายใต้บันทึกความเข้าใจว่าด้วย…`` (news 11921):
    # the activity before ``และการ…`` is another subject of the talks (a list's last item, ``…, e-Government และ
    # e-Education ภายใต้บันทึก…``, is not cut off)
    joined = text.rfind(" และการ", lo, inst.start)
    lo = joined + 1 if joined >= 0 else lo
    last_in_para = not (inst.start < next_start < pe)
    hi = min(pe, next_start) if next_start > inst.start else pe
    # a list the instrument's own sentence opens, not one the talks go on to (``… พร้อมได้หารือ… ได้แก่``)
    own = clause_end(text, inst.title_end, hi) if hi > inst.title_end else hi
    if talked := _AND_TALKED.search(text, inst.title_end, own):
        own = hi = talked.start()
    if results := _TALKS_RESULTS.search(text, inst.title_end, hi):
        own, hi = min(own, results.start()), results.start()
    if other := _OTHER_COOPERATION.search(text, inst.title_end, hi):
        own, hi = min(own, other.start()), other.start()
    if plan := _PLAN_DESCRIBED.search(text, inst.title_end, hi):
        own, hi = min(own, plan.start()), plan.start()
    enum_open = bool(_ENUM_INTRO.search(text, inst.start, own)) or bool(_ENUM_ANY.search(text, inst.start, own))
    if not enum_open and not _WHAT_IT_STRESSES.search(text, inst.cue_end, min(hi, inst.title_end + 40)):
        hi = max(inst.title_end, clause_end(text, inst.title_end, hi)) if hi > inst.title_end else hi
        if _ACT_ITEM.search(text, max(lo, inst.start - 60), inst.start) \
                and (nxt := _next_act(text, inst.title_end, hi)) is not None:
            hi = nxt
    if last_in_para and not results:   # (the lines after the talks' results are theirs)
        own_para = text[ps:pe]
        enum_open = enum_open or bool(_ENUM_INTRO.search(own_para))
        own_item = _marker_shape(own_para)   # ``3. เศรษฐกิจดิจิทัล : … DEFA …``: the next ``4.`` is a sibling
        enclosing = None if own_item else _enclosing_item(text, paras, para_idx)
        k = para_idx + 1
        while k < len(paras) and k <= para_idx + 12:
            s, e = paras[k]
            if s >= block_end or (inst.start < next_start < e):   # the paragraph of the next instrument
                break
            line = text[s:e]
            if _ITEM_HEAD.match(line):   # the next item of a cabinet summary, a new subject
                break
            if own_item and _marker_shape(line) == own_item:
                break
            if enclosing and _marker_number(line) == (enclosing[0], enclosing[1] + 1):
                break   # the item after the one whose body this paragraph goes on (news 59353: ``3.`` then ``4.``)
            if _past_its_parent(own_para, line):
                break
            if (_ENUM_LINE.match(line) or _NAMED_ITEM.match(line)) and enum_open:
                hi = e
            elif k <= para_idx + 3 and _goes_on_heading(line, own_para):
                hi = e
                enum_open = bool(_ENUM_ANY.search(line))
            elif _FOLLOW_UP.match(line) and k <= para_idx + 3:
                intro = bool(_ENUM_ANY.search(line))
                hi = e if intro else clause_end(text, s + 1, e)
                enum_open = intro
            else:
                break
            k += 1
    return lo, max(hi, inst.title_end)


#: A paragraph that opens with a heading in quotes (``หัวข้อ “การยกระดับการเชื่อมโยง” มีการให้ความสำคัญใน 4 ประการ
#: ได้แก่…``), after optional words for a heading or a theme.
_QUOTED_HEADING = re.compile(r"\s*(?:(?:หัวข้อ(?:หลัก)?|ประเด็น(?:หลัก)?|เสา)\s*(?:ที่\s*\d+\s*)?)?[“\"]([^”\"\n]{6,80})[”\"]")


def _goes_on_heading(line: str, paragraph: str) -> bool:
    """Whether ``line`` opens with a quoted heading that ``paragraph`` (the instrument's) names in quotes too: it
    goes on to describe that part of the instrument (news 80568: a draft ASCC joint statement under the theme
    ``… โดยมี 2 หัวข้อหลักคือ “การยกระดับการเชื่อมโยง” และ “การยกระดับความยืดหยุ่น”``; the next paragraph opens
    ``หัวข้อ “การยกระดับการเชื่อมโยง” มีการให้ความสำคัญใน 4 ประการ ได้แก่ … (3) การเปลี่ยนแปลงสู่ดิจิทัลแห่งอนาคต``).

    >>> _goes_on_heading("หัวข้อ “การยกระดับการเชื่อมโยง” มีการให้ความสำคัญ", "มี 2 หัวข้อหลักคือ “การยกระดับการเชื่อมโยง” และ")
    True
    >>> _goes_on_heading("หัวข้อ “การค้าเสรี” มี…", "มี 2 หัวข้อหลักคือ “การยกระดับการเชื่อมโยง” และ")
    False
    """
    m = _QUOTED_HEADING.match(line)
    return bool(m) and (f"“{m.group(1)}”" in paragraph or f'"{m.group(1)}"' in paragraph)


def snap(sentences: Sequence[tuple[int, int]], lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` widened to the whole sentences it touches (``sentences`` sorted, disjoint).

    >>> snap([(0, 10), (11, 30), (31, 50)], 15, 33)
    (11, 50)
    >>> snap([(0, 10), (12, 30)], 10, 11)
    (10, 11)
    """
    if not sentences or hi <= lo:
        return lo, hi
    starts = [s for s, _ in sentences]
    i = bisect_right(starts, lo) - 1
    if i >= 0 and lo < sentences[i][1]:
        new_lo = sentences[i][0]
    elif i + 1 < len(sentences) and sentences[i + 1][0] < hi:
        new_lo = sentences[i + 1][0]
    else:
        return lo, hi
    j = bisect_right(starts, hi - 1) - 1
    new_hi = max(sentences[j][1], hi) if j >= 0 and hi - 1 < sentences[j][1] else \
        (sentences[j][1] if j >= 0 and sentences[j][1] > new_lo else hi)
    return new_lo, new_hi


# ``บันทึกความเข้าใจ 2 ฉบับ ได้แก่ …``, ``ความตกลงและบันทึกความเข้าใจ จำนวน 5 ฉบับ``: a list of
# instruments, each named after it; the list itself is not one.
_COLLECTIVE = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:(?:และ|/|หรือ)\s*[^\s\d]{2,40}?\s*)?(?:รวม\s*)?(?:จำนวน\s*|ถึง\s*|ทั้ง\s*)?(?:ทั้งสิ้น\s*)?"
    r"(?:\d{1,3}|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|หลาย)\s*ฉบับ"
)


#: ``เดินหน้าเจรจาความตกลงเขตการค้าเสรีด้านเศรษฐกิจดิจิทัลครบ 3 ภูมิภาค`` (news 80676's headline): agreements of a kind,
#: counted to a whole (all three regions), not one; the body lists them.
_COUNTED_IN_TITLE = re.compile(r"ครบ\s*(?:\d{1,3}|สอง|สาม|สี่|ห้า|ทุก)\s*(?:ภูมิภาค|ฉบับ|ประเทศ|กรอบ)")


# ``ไทย–เวียดนามจะลงนามเอกสารสำคัญ ประกอบด้วย``, ``ได้รับรองเอกสารผลลัพธ์การประชุม 5 ฉบับ ได้แก่``: the
# instruments listed after it are signed, adopted or to be signed as it says.
_DOCUMENT_LIST = re.compile(
    r"(?:(?:ลงนาม|รับรอง)(?:ใน|และแลกเปลี่ยน)?(?:ร่าง)?เอกสาร|(?:ร่าง)?เอกสาร[^\n]{0,40}?(?:ลงนาม|รับรอง))"
    r"[^\n]{0,50}?(?:ประกอบด้วย|ได้(?:แ|เเ)ก่|ดังนี้)\s*[:：]?"
    # ``การพิจารณาร่างเอกสารผลลัพธ์สำคัญของการประชุม… อาทิ การจัดทำบันทึกความเข้าใจ…``: a meeting's
    # draft outcome documents (120 archive releases name some)
    r"|ร่างเอกสารผลลัพธ์[^\n]{0,120}?(?:ประกอบด้วย|ได้(?:แ|เเ)ก่|ดังนี้|อาทิ|เช่น)\s*[:：]?")
#: Every form opens with one of these words: scanned by them (``re`` tried the forms at every character), and only
#: where a document (``เอกสาร``, which each form names) is named at all.
_DOCUMENT_LIST_SCAN = LeadScan(re.compile("ลงนาม|รับรอง|ร่าง|เอกสาร"), 0, _DOCUMENT_LIST, "เอกสาร")
# A meeting's outcome documents named without a verb: ``เอกสารผลลัพธ์การประชุม คือ ปฏิญญาผู้นำ…``,
# ``…มีเอกสารผลลัพธ์ที่สำคัญ 2 ฉบับ ได้แก่`` (82 archive releases list outcome documents so).
# An adoption reported may open its list with ``ดังนี้`` or give examples (``เช่น``, ``อาทิ``): ``ที่ประชุมให้การรับรอง
# เอกสารผลลัพธ์อย่างเป็นทางการจำนวน 5 ฉบับ ดังนี้``, ``…ประชุมรับรองเอกสารผลลัพธ์การประชุม 11 ฉบับ เช่น`` (news 74324,
# the 43rd ASEAN Summit: ``แถลงการณ์ผู้นำว่าด้วยการจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน``); not a summary's heading
# (``สาระสำคัญเอกสารผลลัพธ์การประชุม ฯ จำนวน 3 ฉบับ มีดังนี้`` over drafts) nor an agenda (``การรับรองเอกสารผลลัพธ์
# สำคัญของการประชุมฯ อาทิ ร่างปฏิญญาดิจิทัลกรุงเทพ``, a meeting still ahead).
# An English signing or adoption announces its list so: ``…witnessed the signing of 6 declaration and MOUs, as
# follows:`` then ``2) MOU Between The Ministry Of Digital Economy And Society And…`` (news 95203, Thailand–India).
_THAI_OUTCOME_FORMS = (r"เอกสารผลลัพธ์[^\n]{0,60}?(?:คือ|ได้(?:แ|เเ)ก่|ประกอบด้วย)\s*[:：]?"
                       r"|(?:ได้(?:มีการ|ร่วม)?|ให้การ|ประชุม)\s*รับรองเอกสารผลลัพธ์[^\n]{0,60}?(?:ดังนี้|เช่น|อาทิ)\s*[:：]?")
_OUTCOME_LIST = re.compile(_THAI_OUTCOME_FORMS +
                           r"|(?i:(?:witness(?:ed|ing)?|sign(?:ed|ing)|adopt(?:ed|ion)|endorse[ds]?)\s[^\n]{0,100}?"
                           r"(?:as\s+follows|the\s+following|namely)\s*:?\s*$)"
                           # or on a line of its own after the signing: ``…witnessed the adoption and signing of 14
                           # Agreements and MoUs between Thailand and China.`` then ``The 14 documents are as follows:``
                           # (news 93208, Thailand–China: MOUs on AI, digital-economy investment, postal services)
                           r"|(?i:\b(?:documents|agreements|instruments|mous?|declarations)\b[^\n]{0,40}?\bas\s+follows\s*:?\s*$)",
                           re.MULTILINE)
#: What every Thai form of ``_OUTCOME_LIST`` contains (the English ones contain ``_ENGLISH_LIST_CUE``): a cheap first
#: look (the whole scan was 3% of the pipeline's time). A word looked up with ``in``: joined to the English cue in one
#: pattern, it made a second case-blind pass over every text the agreements extractor reads.
_OUTCOME_WORD = "เอกสารผลลัพธ์"
#: What every English form contains. Where no such cue is named, the English forms cannot match, and the Thai ones
#: alone find what ``_OUTCOME_LIST`` finds, without trying the English ones at every character.
_ENGLISH_LIST_CUE = re.compile(r"(?i:as\s+follows|the\s+following|namely)")
#: Scanned from its first letters (``a``, ``t`` or ``n`` in either case, which ``(?i)`` matches alone): ``re`` tried the
#: case-blind pattern at every character of a cabinet summary, five times slower.
_ENGLISH_LIST_CUE_SCAN = LeadScan(re.compile("[AaTtNn]"), 0, _ENGLISH_LIST_CUE, "")
_THAI_OUTCOME_LIST = re.compile(_THAI_OUTCOME_FORMS, re.MULTILINE)
_EN_LIST_VERB = re.compile(r"(?i)\b(?:witness(?:ed|ing)?|sign(?:ed|ing)|adopt(?:ed|ion)|endorse[ds]?)\b")
_EN_SIGNED_BEFORE = re.compile(r"(?i)\b(?:signed|signing|adopted|adoption|witnessed)\b")
# ``เอกสารผลลัพธ์การประชุมฯ ที่ไม่สามารถบรรลุฉันทามติร่วมกันได้ …``: documents not adopted.
_NOT_REACHED = re.compile(r"ไม่สามารถ|ไม่ได้|ยังไม่")
# A list opened by its drafts (``ร่างเอกสารผลลัพธ์ที่จะรับรอง…``), not by their adoption, names documents
# still to be adopted.
_DRAFTS_FIRST = re.compile(r"ร่างเอกสาร(?![^\n]*?ได้(?:รับ)?(?:รับรอง|ลงนาม))")
_TO_BE_ADOPTED = re.compile(r"จะ(?:มีการ|ได้)?(?:ลงนาม|รับรอง)")
_DOCUMENT_PLANNED = re.compile(r"(?:จะ|มีกำหนด|เตรียม|คาดว่าจะ)(?:มีการ|ได้|ร่วม|ร่วมกัน)?\s*$")
_DOCUMENT_APPROVED = re.compile(r"(?:เห็นชอบ|อนุมัติ)")
_LIST_GOES_ON = re.compile(r"\s*(?:นอกจากนี้|และ|รวมทั้ง|รวมถึง)?\s*(?:ยัง)?(?:มี)?\s*")


# In a numbered item ``ระหว่างการท่องเที่ยวแห่งประเทศไทย`` names a party, not a time (``ระหว่างการประชุม``).
_ITEM_BETWEEN = re.compile(r"ระหว่าง(?!\s*(?:วันที่|\d)|การ(?:ประชุม|เยือน|เดินทาง|หารือ))|(?i:\bbetween\b)")


# ``ร่างบันทึกความเข้าใจว่าด้วย… A  และร่างบันทึกความเข้าใจว่าด้วย… B ระหว่าง X และ Y``: two titles
# joined by ``และ`` share the parties clause the second one ends with.
_COORDINATED = re.compile(r"\s*(?:และ|รวมทั้ง|รวมถึง|,)\s*(?:\(ร่าง\)|ร่าง)?\s*")


def _coordinated_between(text: str, inst: Instrument, nxt: Instrument | None) -> tuple[int, int] | None:
    """The parties clause of the next title when ``inst`` is joined to it by ``และ`` (news 81299)."""
    if nxt is None or nxt.between is None or nxt.kind != inst.kind or nxt.anaphoric or inst.anaphoric:
        return None
    if not _COORDINATED.fullmatch(text, inst.title_end, nxt.start):
        return None
    return nxt.between


# ``… ตามบันทึกความเข้าใจ ซึ่งทั้งสองฝ่ายได้ลงนามร่วมกัน`` (news 24806), ``… บันทึกความเข้าใจ (MOU) ว่าด้วย… ที่ทั้งสอง
# ฝ่ายได้ร่วมลงนามไปเมื่อปี 2565`` (news 92437): an instrument the two sides of the talks signed.
_BOTH_SIDES_SIGNED = re.compile(r"\s*(?:\([^()\n]{0,80}\)\s*)?(?:ที่|ซึ่ง)\s*ทั้งสอง(?:ฝ่าย|ประเทศ)\s*(?:ได้)?\s*(?:ร่วม)?(?:กัน)?ลงนาม")

# ``เอกอัครราชทูตอิสราเอลฯ ยังยินดีที่ทั้งสองฝ่ายได้ลงนามบันทึกความเข้าใจว่าด้วย…`` (news 59542): the same, before it.
_BOTH_SIDES_SIGNED_BEFORE = re.compile(r"ทั้งสอง(?:ฝ่าย|ประเทศ)\s*(?:ได้)?\s*(?:ร่วม)?(?:กัน)?ลงนาม(?:ใน)?\s*$")
# ``หารือเร่งรัดการจัดทำบันทึกความเข้าใจฉบับใหม่ระหว่างกัน`` (news 83744): between the two sides of the talks.
_EACH_OTHER = re.compile(r"ระหว่างกัน$")
# ``ทั้งสองฝ่ายเห็นชอบร่วมกันในการขยายกรอบความร่วมมือเดิม โดยจัดทำความร่วมมือ (…MOU) ฉบับใหม่`` (news 80575): an
# instrument the two sides of the talks agreed on, in the same sentence.
_BOTH_SIDES_AGREED = re.compile(r"ทั้งสอง(?:ฝ่าย|ประเทศ)\s*(?:ได้)?\s*(?:เห็นชอบ|เห็นพ้อง|ตกลง)[^\n]{0,120}$")
# ``โดยในระดับรัฐบาลทั้งสองฝ่ายอยู่ระหว่างการจัดทำ…ระหว่างกัน`` (news 11322): the governments, read as countries.
_GOVERNMENT_LEVEL = re.compile(r"ระดับรัฐบาล|รัฐบาลทั้งสอง")


def _two_sides(text: str, paras, para_idx: int, inst: Instrument, countries, organisations) -> tuple[list[ActorRef], set[str]]:
    """The two sides of the talks an instrument's ``ทั้งสองฝ่ายได้ลงนาม`` points back to: the actors
    named before it in its paragraph, else in the paragraph before, with the ministries of the
    persons' posts (the permanent secretary receives the ambassador: the ministry and Australia)."""
    places = [c for c in countries if not is_place(text, c.span.start)]
    # ``…ก่อนขยายผลสู่กรอบอาเซียนต่อไป`` (news 83744): a framework the talks look to is no side of them, nor
    # a forum named in passing (``…ชื่นชมการทำงานของไทยในการเสนอเรื่อง Anti Online Scam ในเวทีอาเซียน``, news 80575)
    organisations = [o for o in organisations if not text.endswith(("กรอบ", "เวที"), 0, o.span.start)]
    ps = paras[para_idx][0]
    found = actors(ps, inst.start, places, organisations)
    if not found[0] and para_idx > 0:
        found = actors(*paras[para_idx - 1], places, organisations)
    parties, codes = found
    thai = {o.key for o in organisations if o.country == "TH"}
    if parties and not any(p.key == "TH" or p.key in thai for p in parties):
        # only the partner abroad is named: Thailand, whose government reports the talks, is the other side
        parties, codes = [*parties, ActorRef("country", "TH")], codes | {"TH"}
    return parties, codes


def _approved_draft(text: str, inst: Instrument, block_start: int) -> bool:
    """A draft (``ร่างปฏิญญา…``, ``Draft ASEAN-U.S. Leaders’ Statement…``) in a cabinet item that opens with the
    cabinet's approval is approved, however far below the approval it is named (gold convention: only a Thai
    cabinet approval of a draft is ``approved``)."""
    line_start = text.rfind("\n", 0, inst.start) + 1
    draft = DRAFT_BEFORE.search(text, max(block_start, inst.start - 12), inst.start) \
        or _EN_DRAFT_BEFORE.search(text, max(block_start, line_start, inst.start - 120), inst.start)
    return bool(draft) and approval_in(text, block_start, inst.start)


#: ``Draft`` and the words of an English title before its instrument word (``(Draft ASEAN-U.S. Leaders’ Statement to
#: Establish…)``, news 61414: a cabinet item whose Thai title has a typo, ``ร่างแกลงการณ์``).
_EN_DRAFT_BEFORE = re.compile(r"\b(?:Draft|DRAFT|draft)[ \t]+(?:[\w.,'’&-]+[ \t]+){0,8}$")


# ``…witnessed the adoption and signing of 14 Agreements and MoUs between Thailand and China.`` (news 93208): a count
# before a plural English cue names several instruments, not one (its list follows).
_EN_COUNT_BEFORE = re.compile(r"(?i)\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of)\s+"
                              r"(?:[A-Za-z]+\s+){0,2}$")


def _counted_in_english(text: str, inst: Instrument) -> bool:
    """A plural English cue after a count (``6 declaration and MOUs``): a collective mention."""
    return text[inst.start:inst.cue_end][-1:] in ("s", "S") and \
        bool(_EN_COUNT_BEFORE.search(text, max(0, inst.start - 60), inst.start))


def _with_unnamed_items(text: str, insts: list[Instrument], paras,
                        counted: Sequence[re.Match] = ()) -> list[Instrument]:
    """``การลงนามความร่วมมือบันทึกความเข้าใจ 4 ฉบับ … ได้แก่`` then ``1. ความร่วมมือด้าน… ระหว่าง A และ B``:
    the numbered lines that name their parties but no instrument are the instruments counted. So too after a signing's
    counted documents (``counted``, the matches of :data:`extractors.instruments.COUNTED_DOCUMENTS`), each taken for
    an MOU, the paper a cooperation document is unless it says otherwise."""
    starts = [i.start for i in insts]
    openers = [(inst.kind, inst.start) for inst in insts
               if _COLLECTIVE.match(text, inst.cue_end, min(len(text), inst.cue_end + 60))
               or _COLLECTIVE.match(text, inst.title_end, min(len(text), inst.title_end + 60))]
    openers += [("mou", m.start()) for m in counted]
    extra: list[Instrument] = []
    for kind, at in sorted(openers, key=lambda o: o[1]):
        after = [(s, e) for s, e in paras if s > at][:15]
        for s, e in after:
            marker = _ENUM_LINE.match(text, s, e)
            if not marker:
                break
            bm = _ITEM_BETWEEN.search(text, marker.end(), e)
            if not bm or any(s <= a < e for a in starts) or any(i.start == marker.end() for i in extra):
                continue
            title = text[marker.end():e].strip()
            extra.append(Instrument(kind, None, marker.end(), marker.end(), e, title, (bm.end(), e)))
    return sorted(insts + extra, key=lambda i: i.start) if extra else insts


def _list_status(text: str, para_start: int, m: re.Match) -> str | None:
    """The status a list's intro gives the documents it names (None: none of them was adopted)."""
    before = text[max(para_start, m.start() - 60):m.start()]
    if m.re is _OUTCOME_LIST or m.re is _THAI_OUTCOME_LIST:
        if _NOT_REACHED.search(m.group()):
            return None
        if re.match(r"[A-Za-z]", m.group()) and not _EN_LIST_VERB.search(m.group()):
            # a bare ``The 14 documents are as follows:``: what the sentence before says was done with them
            before_en = text[max(0, m.start() - 400):m.start()]
            if re.search(r"(?i)\bapprov", before_en):
                return "approved"
            if not _EN_SIGNED_BEFORE.search(before_en):
                return None
        if _DOCUMENT_APPROVED.search(text, para_start, m.end()):
            return "approved"    # ``คณะรัฐมนตรีมีมติเห็นชอบต่อเอกสารผลลัพธ์ จำนวน 2 ฉบับ ได้แก่``
        # a meeting still ahead: ``…จะได้ร่วมหารือ… \n เอกสารผลลัพธ์การประชุม คือ …`` (news 7921)
        ahead = "จะ" in text[max(0, m.start() - 300):m.end()] \
            or bool(re.search(r"(?i)\b(?:will|to\s+be)\b", text[max(para_start, m.start() - 40):m.end()]))
        return "planned" if ahead else "signed"
    if _DOCUMENT_APPROVED.search(text, para_start, m.start()) and "ร่าง" in text[para_start:m.end()]:
        return "approved"
    if _DOCUMENT_PLANNED.search(before) or _DRAFTS_FIRST.match(m.group()) or _TO_BE_ADOPTED.search(m.group()):
        return "planned"
    return "signed"


def _document_lists(text: str, paras, insts: Sequence[Instrument]) -> list[tuple[int, int, str]]:
    """Spans that list the documents a signing or a meeting's adoption names: from the intro's end
    over the lines that are list items or name an instrument, with the status the intro gives."""
    starts = {i.start for i in insts}
    para_starts = [s for s, _ in paras]
    out = []
    lists = list(_DOCUMENT_LIST_SCAN.finditer(text))
    english = next(_ENGLISH_LIST_CUE_SCAN.finditer(text), None) is not None
    if english or _OUTCOME_WORD in text:   # (the list's own scan tries its English forms at every character)
        outcome_list = _OUTCOME_LIST if english else _THAI_OUTCOME_LIST
        lists += [m for m in outcome_list.finditer(text)
                  if not any(d.start() < m.end() and m.start() < d.end() for d in lists)]
    for m in sorted(lists, key=lambda m: m.start()):
        ps = text.rfind("\n", 0, m.start()) + 1
        signing = _list_status(text, ps, m)
        if signing is None:
            continue
        hi = text.find("\n", m.end())
        hi = len(text) if hi < 0 else hi
        following = paras[bisect_right(para_starts, hi):]   # the paragraphs that start after ``hi``
        for k, (s, e) in enumerate(following):
            head = _LIST_GOES_ON.match(text, s, e).end()
            if not (_ENUM_LINE.match(text, s, e) or any(head <= a < head + 4 for a in starts)):
                # a short heading inside the list (``การประชุมสุดยอดอาเซียน-จีน``) before its next item
                if e - s <= 100 and k + 1 < len(following) and _ENUM_LINE.match(text, *following[k + 1]):
                    continue
                break
            hi = e
        out.append((m.end(), hi, signing))
    return out


# ``มีความตกลงที่จะแล้วเสร็จในปี 2567 ได้แก่ 1. … 2. …``: a bare instrument word opening a
# list of the instruments named after it (the list itself is not one).
_LIST_OF_INSTRUMENTS = re.compile(r"\s*(?:ที่|ซึ่ง)[^\n]{0,100}?(?:ได้(?:แ|เเ)ก่|ดังนี้|ประกอบด้วย)")


# ``ร่วมกับ X``, ``กับ X`` right after an instrument's title: its other side; also after the bracket that closes a
# short name (``ลงนามความร่วมมือ (MoU) กับสำนักงานส่งเสริมเศรษฐกิจดิจิทัล และสภาอุตสาหกรรม…``, news 96626).
_WITH_PARTY = re.compile(r"\s*\)?\s*(?:\([^()\n]{0,80}\)\s*)?(?:ร่วมกับ|กับ|(?i:with)\s)"
                         # … or after the unit that signs for the first side: ``ได้ลงนามบันทึกข้อตกลง MOU ว่าด้วย…ข้อมูล
                         # โดยศูนย์ปฏิบัติการแก้ไขปัญหาอาชญากรรมออนไลน์ (…AOC) ร่วมกับ  กองบัญชาการตำรวจ…`` (news 83955)
                         r"|\s*โดย(?!มี)[^\n]{1,120}?\sร่วมกับ")


#: An enumeration marker right before an instrument: ``2) บันทึก…``, ``(3) ความร่วมมือ Memorandum …``; or a document's
#: number in a list of them (``ฉบับที่ 3 ร่างแถลงการณ์ร่วม…``, ``เอกสารฉบับที่ 2 คือ ร่างแถลงการณ์…``, news 70231).
_ITEM_MARK = re.compile(r"(?:^|(?<=\s))(?:\(?\d{1,2}[.)]|(?:เอกสาร)?ฉบับที่[ \t]*\d{1,2}(?:[ \t]*คือ)?)[ \t]*"
                        r"(?:ความร่วมมือ|ร่าง|\(ร่าง\)|(?i:the))?\s*$", re.MULTILINE)


#: A line that is an item of an unnumbered list (``- Microsoft ลงนาม MOU กับไทย…``, ``- Google ลงนาม MOU กับ…``, news 74781).
_BULLET = re.compile(r"[ \t]*[-•●▪◦*][ \t]")


def _on_bullet_line(text: str, pos: int) -> bool:
    """True when ``pos`` lies on a line that starts with a bullet: each such line is one item, and the instruments of
    two items are two instruments (two companies' MOUs of one trip)."""
    return bool(_BULLET.match(text, text.rfind("\n", 0, pos) + 1))


#: A title that says digital and no more.
_GENERIC_DIGITAL = re.compile(r"(?:ด้าน|ทาง)ดิจิทัล(?!\S*(?:เพื่อเศรษฐกิจ))|(?i:\bdigital\s+cooperation\b)")


_DIGITAL_WORD = re.compile(r"ดิจิทัล|ดิจิตอล|(?i:\bdigital\b)")
#: Digital named as an area of a title by itself, not as part of a longer subject: ``บันทึกความเข้าใจ
#: ด้านดิจิทัลระหว่างไทยและฟินแลนด์``, ``…ความร่วมมือทางไซเบอร์และดิจิทัลระหว่าง…`` (gold: `policy`).
_BARE_DIGITAL = re.compile(r"(?:ความร่วมมือ|ความเข้าใจ|MO[UC])\s*(?:ทาง|ด้าน)(?:\S{2,20}และ)?\s*(?:ดิจิทัล|ดิจิตอล)"
                           r"(?=\s*(?:ระหว่าง|กับ|ของ|\(|$))")
_DURING = re.compile(r"ในช่วง|ในระหว่าง|ในห้วง|ระหว่างการ|ในการ|ภายใต้|during|at the")


# An instrument whose subject is what the sentence before named: ``…ในสาขาที่เห็นประโยชน์ร่วมกัน``,
# ``…ในด้านดังกล่าว``; or one the talks lead to: ``ด้วยเหตุนี้ ทั้งสองฝ่าย…``.
_POINTS_BACK = re.compile(r"(?:สาขา|ด้าน|ประเด็น|เรื่อง)(?:ที่เห็นประโยชน์ร่วมกัน|ที่มีผลประโยชน์ร่วมกัน|ดังกล่าว|ข้างต้น)")
_THEREFORE = re.compile(r"(?:ด้วยเหตุนี้|ดังนั้น)[^\n]{0,70}$")
# An instrument given as an instance of cooperation in an area: ``…แนวทางในการสร้างความร่วมมือด้านดิจิทัลระหว่างกัน
# ได้แก่ การปรับปรุงบันทึกความเข้าใจระหว่าง…`` (news 23450).
_INSTANCE_OF = re.compile(r"ความร่วมมือ(?:ใน|ทาง)?(?:ด้าน|สาขา)[^\n]{0,80}?(?:ได้แก่|อาทิ|เช่น)\s*(?:การ\S{0,12})?\s*$")
# Cooperation in areas carried on under an instrument: ``…ดำเนินกิจกรรมความร่วมมือด้าน Smart City, IoT, e-Health,
# e-Government และ e-Education ภายใต้บันทึกความเข้าใจด้าน ICT…`` (news 16627): its follow-up's areas.
_WORK_UNDER = re.compile(r"ความร่วมมือ(?:ใน|ทาง)?(?:ด้าน|สาขา)(?:(?! และการ)[^\n]){0,120}?ภายใต้\s*$")
# A planned MOU or letter with no subject of its own, to carry on the cooperation the talks just named (an FTA has its
# own, trade: ``…ความร่วมมือด้าน startup และ SMEs… ข้อเสนอของอิสราเอลในการจัดทำความตกลงเขตการค้าเสรี`` is not a startups FTA):
# ``…แนวทางการสร้างความร่วมมือระหว่างไทยและสหรัฐอาหรับเอมิเรตส์ในสาขาที่มีความสนใจร่วมกัน อาทิ เศรษฐกิจดิจิทัลและพาณิชย์
# อิเล็กทรอนิกส์… โดยทั้งสองฝ่ายได้เห็นพ้องให้มีการจัดตั้งคณะทำงานร่วมกัน เพื่อหารือการจัดทำบันทึกความเข้าใจระหว่างกัน``
# (news 55921); ``…การจัดทำความร่วมมือด้าน Startup… และอาจพิจารณาจัดทำเป็นบันทึกความเข้าใจฯ ร่วมกันในอนาคต`` (news 9458).
_AREAS_TALKED = re.compile(r"ความร่วมมือ(?:ระหว่าง[^\n]{0,60}?)?(?:ใน|ทาง)?(?:ด้าน|สาขา)")
_OWN_SUBJECT = re.compile(r"ว่าด้วย|ด้าน|เรื่อง|เพื่อ|(?i:\s(?:on|for)\s)")


#: A paragraph that opens with its topic, ``สำหรับ<topic>`` up to the clause that tells what was done about it.
_TOPIC_FIRST = re.compile(r"[ \t]*สำหรับ([^\n]{4,150}?)[ \t]+(?:ซึ่ง|ที่|โดย|ทั้งสอง|ไทย|ได้|นั้น)")

# An instrument the talks build on (``…ต่อยอดจากบันทึกความเข้าใจ (MoU) ที่ Google ได้ลงนาม…``): its follow-up's areas.
_BUILDS_ON = re.compile(r"ต่อยอด(?:จาก)?\s*$")


def _lead_in_areas(lead_in: re.Pattern, text: str, field_text: str, lo: int, at: int) -> tuple[int, list[str]] | None:
    """Where a lead-in that ends right at an instrument (``ความร่วมมือด้าน… ภายใต้``) starts in ``[lo, at)``, and the
    areas it names (weak forms name none here), or None when there is none."""
    m = lead_in.search(text, lo, at)
    if m is None:
        return None
    return m.start(), [f.notation for f in find_fields(field_text[m.start():at]) if not f.weak]


#: A meeting's outcome document introduced as such, right before it.
_OUTCOME_OF_MEETING = re.compile(r"เอกสารผลลัพธ์[^\n]{0,40}?(?:คือ|ได้แก่)\s*$")


# Thailand joining an existing agreement: ``ขอเข้าร่วมการเจรจา ได้แก่``, ``การเข้าร่วมความตกลง…``.
_JOINING = re.compile(r"เข้าร่วม(?:การเจรจา)?(?:\s*ได้(?:แ|เเ)ก่)?\s*$")

# ``(2) การจัดทำ MOU เพื่อ…``: making an instrument, as an item of a list of steps.
_MAKING_ITEM = re.compile(r"(?:^|(?<=\s))\(?\d{1,2}[.)]\s*การ(?:จัดทำ|ลงนาม(?:ใน)?|เจรจา(?:จัดทำ)?)\s*(?:ร่าง)?\s*$", re.MULTILINE)
# A list of steps still ahead: ``…จะพัฒนาความร่วมมือ… โดยจะดำเนินการผ่านกลไก 3 ประการ ได้แก่``.
_STEPS_AHEAD = re.compile(r"จะ|เตรียม|มีแผน|ในระยะต่อไป|(?i:\bwill\b)")


# ``ประเด็น…ที่…ผลักดันให้บรรลุผลสำเร็จในปี 2566 (Priority Economic Deliverable) … เช่น … และการจัดทำ
# แถลงการณ์ผู้นำอาเซียน ว่าด้วย…`` (news 71789): making an instrument is a goal still pursued.
_MAKING = re.compile(r"(?:^|\s|และ)การจัดท(?:ำ|ํา)\s*(?:ร่าง)?\s*$")
_PURSUED = re.compile(r"ผลักดัน|ตั้งเป้า|เป้าหมาย|(?i:deliverable)")


def _pushed_for(text: str, para_start: int, inst: Instrument) -> bool:
    """Making an instrument, named in a paragraph about goals pursued: a plan."""
    return bool(_MAKING.search(text, max(para_start, inst.start - 16), inst.start)
                and _PURSUED.search(text, para_start, inst.start))


# ``กระทรวงยุติธรรม โดยกรมบังคับคดี…``: a ministry acting through one of its units signs as that unit (gold: the
# department, heldout5 016 and news 17286; 44 gold parties are a unit without its parent, 4 both).
_THROUGH = re.compile(r"\s*โดย\s*")


def _through_its_unit(text: str, parties: list[ActorRef], organisations) -> list[ActorRef]:
    """``parties`` without a parent organisation the text names just before ``โดย`` and its party unit."""
    keys = {p.key for p in parties if p.kind == "org"}
    registry = registered_organisations()
    unit_at = {o.span.start: o.key for o in organisations if o.key in keys}
    acting = set()
    for o in organisations:
        if o.key not in keys:
            continue
        m = _THROUGH.match(text, o.span.end)
        unit = unit_at.get(m.end()) if m else None
        if unit and unit in registry and registry[unit].parent == o.key:
            acting.add(o.key)
    return [p for p in parties if not (p.kind == "org" and p.key in acting)]


def _convention_body(text: str, inst: Instrument, countries, organisations) -> list[ActorRef]:
    """The international body a convention's own name gives (``อนุสัญญาสหประชาชาติว่าด้วย…``), or the one body that
    names a convention anywhere in the release (``อนุสัญญา ECC`` in the headline, ``อนุสัญญาสหประชาชาติว่าด้วย…
    (…: ECC)`` in the body, news 91543), else the one body of the release whose own name holds a convention, the body
    drafting it (``คณะกรรมการระหว่างรัฐเฉพาะกิจเพื่อจัดทำอนุสัญญา…``, news 76206), or its parent where the release
    names that (the UN, news 77877): its party, not the Thai ministry or working group preparing to accede around it
    (news 79334)."""
    if not _CONVENTION.match(inst.title):
        return []
    international = {o.key for o in organisations if o.country is None}
    named, _ = actors(inst.start, inst.title_end, countries, organisations)
    own = [p for p in named if p.kind == "org" and p.key in international]
    if own:
        return own
    naming = {o.key for o in organisations
              if o.country is None and _NAMES_CONVENTION.search(text, max(0, o.span.start - 9), o.span.start)}
    if len(naming) == 1:
        return [ActorRef("org", naming.pop())]
    drafting = {o.key for o in organisations if o.country is None and _CONVENTION.search(o.span.text)}
    if len(drafting) != 1:
        return []
    body = drafting.pop()
    registry = registered_organisations()
    parent = registry[body].parent if body in registry else None
    return [ActorRef("org", parent if parent in international else body)]


def _bloc_in_title(inst: Instrument, countries, organisations) -> tuple[list[ActorRef], set[str]]:
    """The parties an instrument's own name gives when it names a bloc Thailand belongs to
    (``ความตกลงเศรษฐกิจดิจิทัลอาเซียน``, ``แถลงการณ์ร่วมอาเซียน-จีน``): those, not the actors of the
    clause around it (news 92398: a UPU election and the US, named before ASEAN's DEFA)."""
    named, codes = actors(inst.start, inst.title_end, countries, organisations)
    if not any(p.kind == "org" and p.key in bloc_members() for p in named):
        return [], set()
    # the bloc and its partners; a Thai ministry in a title that runs on (``…ตามที่กระทรวงพาณิชย์เสนอ``) proposes it
    thai = {o.key for o in organisations if o.country == "TH"}
    return [p for p in named if not (p.kind == "org" and p.key in thai)], codes


#: The meeting a declaration is adopted at, named after it, up to where the meeting's name ends.
_AT_MEETING = re.compile(r"(?:ใน|ที่)(?:การ|ที่)ประชุม")
_MEETING_NAME_END = re.compile(r"ครั้งที่\s*\d+|ระหว่างวันที่|\sณ|\sเมื่อ|,|\n")


def _meeting_body(text: str, inst: Instrument, para_end: int, parties: list[ActorRef], organisations) -> ActorRef | None:
    """The one international body whose meeting adopts a declaration Thailand alone was read as the party of
    (``ประเทศไทยร่วมรับรองร่างปฏิญญา… ในการประชุมระดับรัฐมนตรีด้านการขนส่งเอสแคป ครั้งที่ 4``, news 49382): the
    declaration is the body's (gold convention: a UN regional commission is its party, as ASEAN and APEC)."""
    thai = {o.key for o in organisations if o.country == "TH"}
    if not all(p.key == "TH" if p.kind == "country" else p.key in thai for p in parties):
        return None
    at = _AT_MEETING.search(text, inst.title_end, min(para_end, inst.title_end + 120))
    if at is None:
        return None
    end = _MEETING_NAME_END.search(text, at.end(), min(para_end, at.end() + 150))
    end_at = end.start() if end else min(para_end, at.end() + 150)
    bodies = {o.key for o in organisations if o.country is None and not o.key.startswith("x-")
              and at.end() <= o.span.start and o.span.end <= end_at}
    return ActorRef("org", bodies.pop()) if len(bodies) == 1 else None


def _planned_item(text: str, paras, para_idx: int, inst: Instrument) -> bool:
    """An instrument to be made, as an item of a list whose intro looks ahead (news 74921)."""
    ps = paras[para_idx][0]
    if not _MAKING_ITEM.search(text, max(ps, inst.start - 20), inst.start):
        return False
    for k in range(para_idx - 1, max(-1, para_idx - 12), -1):
        s, e = paras[k]
        if not _ENUM_LINE.match(text, s, e):
            return bool(_STEPS_AHEAD.search(text, s, e))
    return False


def _label_start(event) -> int:
    """Where an event's name starts (its span is the whole sentence that names it)."""
    i = event.span.text.find(event.label[:12])
    return event.span.start + (i if i >= 0 else 0)


def _masked(text: str, spans) -> str:
    """``text`` with the names in ``spans`` blanked (same length): an organisation's name
    (``สำนักงานส่งเสริมเศรษฐกิจดิจิทัล``) names no field of the agreements it signs."""
    if not spans:
        return text
    parts, pos = [], 0
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(text[pos:a])
        parts.append(" " * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


# A cabinet summary's heading (``18. เรื่อง ร่างบันทึกความเข้าใจระหว่าง…``); its title up to the line's end.
_ITEM_HEADING = re.compile(r"^[ \t]*(\d{1,3})\s*\.\s*เรื่อง[ \t]+(\S[^\n]*)$", re.MULTILINE)
#: Where such a heading can start: a line that opens with a number (found fast: the pattern opens with a line break).
_NUMBERED_LINE = re.compile(r"\n[ \t]*+\d")


def _item_headings(text: str) -> Iterator[re.Match]:
    """``_ITEM_HEADING.finditer(text)``, tried only at the lines that open with a number."""
    starts = chain((0,), (m.start() + 1 for m in _NUMBERED_LINE.finditer(text)))
    return matches_at(_ITEM_HEADING, text, starts)


def contents_lines(text: str) -> list[tuple[int, int]]:
    """The table of contents atop a cabinet summary: heading lines repeated, number and title, by
    a later item's own heading (``18.      เรื่อง     ร่างบันทึกความเข้าใจระหว่างกระทรวงดิจิทัล…`` and,
    far below, ``18. เรื่อง ร่างบันทึกความเข้าใจระหว่างกระทรวงดิจิทัล…``, news 92332). An instrument
    named there is the item's, read again where the item is: alone, it was a second record
    (planned, beside the item's approved one). 314 of the archive's 315 cabinet summaries open
    with such a table; 456 of its lines name an instrument."""
    heads = [(m.start(), m.end(), m.group(1), re.sub(r"\s+", "", m.group(2))[:60]) for m in _item_headings(text)]
    out = []
    for k, (start, end, number, title) in enumerate(heads):
        if any(n == number and t == title for _, _, n, t in heads[k + 1:]):
            out.append((start, end))
    return out


#: A cabinet item's heading that puts a signing forward (``19. เรื่อง การลงนามข้อตกลงอาร์เทมิส…``), and the decision
#: under it: approved (``…มีมติเห็นชอบ…``), not acknowledged as done (``คณะรัฐมนตรีรับทราบการลงนาม…``, news 42526).
_SIGNING_HEADING = re.compile(r"^(?:การ)?ลงนาม(?:ใน)?\s*$")
_APPROVES = re.compile(r"เห็นชอบ|อนุมัติ")
_ACKNOWLEDGES = re.compile(r"รับทราบ")


def _headings_propose(text: str, insts: list[Instrument]) -> list[Instrument]:
    """A cabinet summary's item heading (``19. เรื่อง การลงนามข้อตกลงอาร์เทมิส (Artemis Accords)…``, news 89642) names
    what the cabinet decides on: a signing it puts forward and approves is approved, not one that took place."""
    heads = list(_item_headings(text))
    out = []
    for inst in insts:
        if inst.status == "signed":
            head = next((m for m in heads if m.start(2) <= inst.start < m.end(2)), None)
            if head and _SIGNING_HEADING.match(text[head.start(2):inst.start]):
                line_end = text.find("\n", head.end() + 1)
                decision = text[head.end():len(text) if line_end < 0 else line_end]
                if _APPROVES.search(decision) and not _ACKNOWLEDGES.search(decision):
                    inst = replace(inst, status="approved")
        out.append(inst)
    return out


def read_agreements(text: str, *, body_start: int = 0, issued: date | None = None, sentences=(),
                    dates=(), countries=(), organisations=(), persons=(), events=(),
                    fields=()) -> list[AgreementRecord]:
    """Every agreement the text reports, one record per instrument (mentions merged)."""
    protected = sorted({(o.span.start, o.span.end) for o in organisations}
                       | {(c.span.start, c.span.end) for c in countries})
    insts = find_instruments(text, protected=protected)
    contents = contents_lines(text)
    insts = [i for i in insts if not any(a <= i.start < b for a, b in contents)]
    counted = list(COUNTED_DOCUMENTS.finditer(text))
    if not insts and not counted:
        return []
    paras = paragraphs(text)
    insts = _with_unnamed_items(text, insts, paras, counted)
    if not insts:
        return []
    insts = [_within_its_act(text, inst) for inst in insts]
    if CABINET_SUMMARY.search(text, 0, body_start):
        insts = _headings_propose(text, insts)
    para_starts = [s for s, _ in paras]
    block_starts = blocks(text)
    title_text = _fold(text[:body_start]) if body_start else ""

    def para_of(pos: int) -> int:
        return max(0, bisect_right(para_starts, pos) - 1)

    def block_of(pos: int) -> int:
        return bisect_right(block_starts, pos) - 1

    # (an industry listed as a sector, ``…อุตสาหกรรมขนาดใหญ่ อาทิ… ธุรกิจโทรคมนาคม``, names no field either: news 3588)
    field_text = _masked(text, [(o.span.start, o.span.end) for o in organisations]
                         + [(f.span.start, f.span.end) for f in fields
                            if in_listed_industries(text, f.span.start) or pays_a_fee(text, f.span.start)])
    named = organisations   # every name, for where a list of names runs on
    organisations = party_candidates(text, organisations)
    countries = [c for c in countries if not in_company_name(text, c)]
    sentences = sorted(sentences)
    events = list(events)
    event_at = [_label_start(e) for e in events]
    # the instruments a collective mention (``… 3 ฉบับ ได้แก่``) lists take its status
    collective: set[int] = set()
    statuses: dict[int, str | None] = {}
    list_fields: dict[int, list[str]] = {}   # item -> the fields its list's intro names
    last_intro_fields: list[str] = []
    for i, inst in enumerate(insts):
        listed = _LIST_OF_INSTRUMENTS.match(text, inst.cue_end, min(len(text), inst.cue_end + 120))
        # ``… 3 ฉบับ``: right after the instrument word, or after a whole ``ระหว่าง`` title
        # (``บันทึกความเข้าใจและความตกลงระหว่างภาครัฐ จำนวน 6 ฉบับ ได้แก่``)
        counted = _COLLECTIVE.match(text, inst.title_end, min(len(text), inst.title_end + 60))
        if ((_COLLECTIVE.match(text, inst.cue_end, min(len(text), inst.cue_end + 60)) or listed) and not inst.between) \
                or counted or _counted_in_english(text, inst) or _COUNTED_IN_TITLE.search(inst.title):
            collective.add(i)
            ps_, pe = paras[para_of(inst.start)]
            signing = inst.status or ("signed" if re.search(r"ลงนาม|(?i:sign)", text[ps_:inst.start]) else None)
            if signing is None and listed and NEGOTIATION.search(text, ps_, listed.end()):
                signing = "planned"
            intro_fields = [f.notation for f in find_fields(field_text[ps_:pe])] if listed else []
            if listed and not intro_fields and re.match(r"\s*(?:นอกจากนี้|ขณะเดียวกัน|ทั้งนี้|และ)", text[ps_:pe]):
                intro_fields = last_intro_fields   # ``นอกจากนี้ ยังมีความตกลงที่ … ได้แก่``: the same kind of list
            last_intro_fields = intro_fields or last_intro_fields
            reach = pe
            following = paras[para_of(inst.start) + 1:para_of(inst.start) + 15]
            for k, (s, e) in enumerate(following):
                if block_of(s) != block_of(inst.start):
                    break
                if not _ENUM_LINE.match(text[s:e]):
                    # one line that goes on with an item (``… เป็นผู้ลงนาม``) before the next item
                    if k + 1 < len(following) and _ENUM_LINE.match(text[slice(*following[k + 1])]) \
                            and k > 0 and _ENUM_LINE.match(text[slice(*following[k - 1])]):
                        continue
                    break
                reach = e
            for j in range(i + 1, len(insts)):
                if insts[j].start >= reach:
                    break
                if insts[j].anaphoric or not (signing or insts[j].status):
                    continue
                list_fields[j] = intro_fields   # an item of the list, whatever its own status
                if insts[j].status is None:
                    statuses[j] = signing
    for j, inst in enumerate(insts):
        if inst.status is not None or inst.anaphoric or j in statuses:
            continue
        if _planned_item(text, paras, para_of(inst.start), inst) or _pushed_for(text, paras[para_of(inst.start)][0], inst):
            statuses[j] = "planned"
        elif (known := known_instrument(inst.title, inst.kind)) and known.status:
            # ``ประเทศไทยสนับสนุนกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (DEFA)``: a known instrument's own status
            statuses[j] = known.status
    for lo, hi, signing in _document_lists(text, paras, insts):
        for j, inst in enumerate(insts):
            if lo <= inst.start < hi and not inst.anaphoric and j not in collective:
                list_fields.setdefault(j, [])
                # ``รับรองเอกสารผลลัพธ์ 3 ฉบับ ได้แก่ 1. ร่างปฏิญญา…``: the drafts the meeting adopted
                adopted_draft = signing == "signed" and inst.status == "planned" and \
                    DRAFT_BEFORE.search(text, max(lo, inst.start - 12), inst.start)
                if inst.status is None or adopted_draft:
                    statuses[j] = signing
    cands: list[_Candidate] = []
    for i, inst in enumerate(insts):
        if i in statuses:
            inst = replace(inst, status=statuses[i])
        if (inst.status is None and not inst.anaphoric) or i in collective:
            continue
        if inst.status == "planned" and _approved_draft(text, inst, block_starts[block_of(inst.start)]):
            inst = replace(inst, status="approved")
        pi = para_of(inst.start)
        ps, pe = paras[pi]
        blk = block_of(inst.start)
        block_end = block_starts[blk + 1] if blk + 1 < len(block_starts) else len(text)
        # the next instrument that is another one, not this one's own name in English
        j = i + 1
        while j < len(insts) and insts[j].start < pe and insts[j].anaphoric or \
                (j < len(insts) and insts[j].start < pe and insts[j].start - inst.title_end < 8
                 and not NEXT_ITEM.search(text, max(inst.start, inst.title_end - 1), insts[j].start)) or \
                (j < len(insts) and _in_brackets_after(text, inst.title_end, insts[j].start)) or \
                (j < len(insts) and insts[j].start < pe and _an_act_it_lists(text, inst, insts[j])):
            j += 1
        nxt = insts[j].start if j < len(insts) else len(text)
        scope = _scope(text, paras, inst, nxt, pi, block_end)
        # signatories, witnesses
        sent_lo = max(ps, inst.start - 400)
        sent_hi = min(pe, nxt if nxt > inst.start else pe, inst.title_end + 700)
        signers, witnesses = signatories_and_witnesses(text, inst, sent_lo, sent_hi, persons, protected, organisations)
        # parties
        headline = inst.start < body_start or _is_echo(text[ps:pe], title_text)
        if inst.between:
            parties, codes = actors(*inst.between, outside(countries, inst.signer_clauses),
                                    outside(organisations, inst.signer_clauses))
            explicit = bool(parties) and not headline and not inst.anaphoric
        else:
            parties, codes, explicit = [], set(), False
        shared = _coordinated_between(text, inst, insts[i + 1] if i + 1 < len(insts) else None)
        if not parties and shared:
            parties, codes = actors(*shared, countries, organisations)
            explicit = bool(parties) and not headline and not inst.anaphoric
        if not parties and not shared and (body := _convention_body(text, inst, countries, organisations)):
            parties, codes, explicit = body, set(), not headline and not inst.anaphoric
        if not parties and not shared:
            parties, codes = _bloc_in_title(inst, countries, organisations)
        marker = _ITEM_MARK.search(text, max(ps, inst.start - 30), inst.start)
        if not parties and marker:
            parties, codes = item_parties(text, inst, marker.start(), ps, pe, countries, organisations, protected)
        if not parties:
            bm = BETWEEN.search(text, max(ps, inst.start - 200), min(pe, inst.title_end + 150))
            if bm:
                hi = ABOUT.search(text, bm.end(), min(pe, bm.end() + 250))
                hi = hi.start() if hi else min(pe, bm.end() + 200)
                # over a party's alias in brackets (``องค์การ…ของญี่ปุ่น (เจโทร กรุงเทพฯ) กับบริษัท …``)
                stop = parties_end(text, bm.end(), hi, protected)
                parties, codes = actors(bm.end(), stop if stop > bm.end() else hi, countries, organisations)
                # ``<title> “CEBIT ASEAN Thailand 2018” ระหว่าง A กับ B``: as explicit as inside the title
                explicit = bool(parties) and not headline and bm.start() >= inst.cue_end and not marker and not inst.anaphoric
        if not parties and not marker and (_BOTH_SIDES_SIGNED.match(text, inst.title_end, pe)
                                           or _BOTH_SIDES_SIGNED_BEFORE.search(text, max(ps, inst.start - 40), inst.start)
                                           or _BOTH_SIDES_AGREED.search(text[max(ps, inst.start - 150):inst.start])
                                           or _EACH_OTHER.search(inst.title)
                                           and not _GOVERNMENT_LEVEL.search(text, max(ps, inst.start - 120), inst.start)):
            parties, codes = _two_sides(text, paras, pi, inst, countries, organisations)
        if not parties:
            lo = max(ps, clause_start(text, inst.start, max(ps, inst.start - 220)))
            if marker:   # an enumerated instrument: its own item, not the ones before it
                lo = max(lo, marker.start())
            hi = min(pe, max(inst.title_end, inst.cue_end + 60))
            wm = _WITH_PARTY.match(text, inst.title_end, pe)
            if wm:   # ``ลงนาม MOU ร่วมกับบริษัทหัวเว่ย``: the other side after the title
                stop = TITLE_STOP.search(text, wm.end() + 1, min(pe, wm.end() + 160))
                hi = max(hi, stop.start() if stop else min(pe, wm.end() + 120))
            # (a list of parties runs on past a fixed reach and past the aliases in brackets that end a title)
            # (over every name: a unit's parent in the list, ``… (บช.สอท.) สำนักงานตำรวจแห่งชาติ (ตร.) กรมสอบสวน…``, is
            # no party of its own but does not end the list)
            hi = min(pe, party_list_end(text, hi, named))
            places = [c for c in countries if not is_place(text, c.span.start)]
            # a clause read for want of a ระหว่าง names its witnesses and speakers with their
            # posts: their ministries are no parties (``ดร.พิเชฐ … รัฐมนตรีว่าการกระทรวงดิจิทัลฯ กล่าวว่า …``)
            parties, codes = actors(lo, hi, places, outside_posts(organisations, persons, signers, text))
            if not parties:
                parties, codes = actors(lo, hi, places, organisations)
        if not parties and marker:   # an enumerated instrument: its item, else the list's intro
            first = FIRST_ITEM.search(text, ps, marker.end())
            for lo, hi in ((marker.start(), scope[1]), (ps, first.start() if first else marker.start())):
                parties, codes = actors(lo, hi, [c for c in countries if not is_place(text, c.span.start)], organisations)
                if parties:
                    break
        elif not parties:   # the actors of its paragraph, as a last resort
            places = [c for c in countries if not is_place(text, c.span.start)]
            parties, codes = actors(ps, pe, places, outside_posts(organisations, persons, signers, text))
            if not parties:
                parties, codes = actors(ps, pe, places, organisations)
        if not parties and inst.kind == "declaration":
            # a meeting's statement with no side named near it (``ดีอี ร่วมประชุม APT MM 2025`` … ``สอดคล้องกับปฏิญญาโตเกียว
            # ว่าด้วย…``, news 96988): the one international body whose meeting the release's title reports
            bodies = {o.key for o in organisations if o.span.end <= body_start and not o.country and not o.key.startswith("x-")}
            if len(bodies) == 1:
                parties, codes = [ActorRef("org", bodies.pop())], set()
        if not parties and inst.kind == "declaration" and inst.status == "signed" \
                and _OUTCOME_OF_MEETING.search(text, max(ps, inst.start - 80), inst.start):
            # a meeting's outcome document with no side and no body named (``โดยมีเอกสารผลลัพธ์ของการประชุมฯ คือ
            # ถ้อยแถลงว่าด้วยปัญญาประดิษฐ์…``, news 93323, the Paris AI Action Summit Thailand attended): Thailand's
            parties, codes = [ActorRef("country", "TH")], {"TH"}
        if not parties and inst.status == "planned" and _JOINING.search(text, max(ps, inst.start - 80), inst.start):
            # ``ความตกลงที่อยู่ระหว่างการขอเข้าร่วมการเจรจา ได้แก่ DEPA``: an agreement among others that
            # Thailand asks to join; the release names no other party (news 80356)
            parties, codes = [ActorRef("country", "TH")], {"TH"}
        if inst.kind == "declaration" and parties and \
                (body := _meeting_body(text, inst, pe, parties, organisations)):
            parties, codes = [body], set()
        parties = _through_its_unit(text, parties, organisations)
        # date
        if inst.status in ("planned", "approved"):
            d = planned_date(text, dates, max(ps, inst.start - 400), min(pe, sent_hi), inst.start, issued)
        else:
            d = own_day(text, dates, inst, min(pe, sent_hi))
            if d is None and not _UNDER_BEFORE.search(text, max(0, inst.start - 30), inst.start):
                # (work done under an instrument dates the work, not the signing)
                d = nearest_date(dates, max(ps, inst.start - 400), min(pe, sent_hi), inst.start)
        if d is None and inst.status in ("planned", "approved"):
            d = adoption_day(text, dates, paras, pi, block_end, issued) or \
                set_signing_day(text, dates, paras[pi][0], block_end, issued)
        coarse = inst.status == "signed" and coarse_date(text, dates, inst)
        if coarse:   # ``… เมื่อปี 2566``: its own date, coarser than a day; not the day of the release
            d = None
        # place
        place = None
        pm = re.search(r"ณ\s*", text[inst.title_end:min(pe, inst.title_end + 40)])
        if pm:
            at = inst.title_end + pm.end()
            near = [c for c in countries if at <= c.span.start < at + 60]
            if near:
                place = near[0].code
        # fields: the instrument's title, its clause and what describes it, not the names of its parties
        own = [*find_fields(field_text[scope[0]:scope[1]]),
               *(f for f in find_fields(field_text[inst.start:inst.title_end])
                 if not inside(scope[0], scope[1], inst.start, inst.title_end))]
        if all(f.weak for f in own) and not _DIGITAL_WORD.search(field_text, min(scope[0], inst.start),
                                                                 max(scope[1], inst.title_end)):
            own = []   # personnel development or R&D alone make no instrument digital (a customs-training MOU)
        fields = [f.notation for f in own]
        fields += [f for f in list_fields.get(i, []) if f not in fields]
        for described in (_described_later(text, inst, paras, pi, block_end), _restated(text, inst, paras, pi, block_end),
                          _shared_content(text, inst, pe) if marker else None):
            if described:   # (weak forms only add to an instrument already digital, as above)
                fields += [f.notation for f in find_fields(field_text[described[0]:described[1]])
                           if f.notation not in fields and (fields or not f.weak)]
        if not fields and _GENERIC_DIGITAL.search(inst.title):
            # ``บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล``: the areas the paragraph names
            fields = [f.notation for f in find_fields(field_text[ps:pe])]
        if not fields and (_POINTS_BACK.search(text, inst.title_end, min(pe, inst.title_end + 80))
                           or _THEREFORE.search(text, max(ps, inst.start - 80), inst.start)):
            # ``…หารือ… อาทิ ความมั่นคงปลอดภัยไซเบอร์ … ด้วยเหตุนี้ ทั้งสองฝ่ายเห็นพ้องที่จะผลักดันให้มีการ
            # ลงนามบันทึกความเข้าใจเพื่อ…ความร่วมมือในสาขาที่เห็นประโยชน์ร่วมกัน``: the areas just talked about
            fields = [f.notation for f in find_fields(field_text[ps:inst.start])]
        if not fields and inst.status == "planned" and inst.kind in ("mou", "loi") and not _OWN_SUBJECT.search(inst.title) \
                and (talked := _AREAS_TALKED.search(text, max(ps, inst.start - 400), inst.start)):
            fields = [f.notation for f in find_fields(field_text[talked.start():inst.start]) if not f.weak]
        if lead := _lead_in_areas(_WORK_UNDER, text, field_text, max(ps, inst.start - 160), inst.start):
            fields += [f for f in lead[1] if f not in fields]
        if not fields and (lead := _lead_in_areas(_INSTANCE_OF, text, field_text, max(ps, inst.start - 120), inst.start)):
            fields = lead[1] or (["policy"] if _DIGITAL_WORD.search(field_text, lead[0], inst.start) else [])
        if not fields and (topic := _TOPIC_FIRST.match(text, ps, inst.start)):
            # ``สำหรับการพัฒนาพื้นที่รอบสถานีขนส่งมวลชนและเมืองอัจฉริยะในโครงการบางซื่อ ซึ่งฝ่ายไทยและญี่ปุ่นได้เห็นชอบ…
            # การแสดงเจตจำนงการต่ออายุบันทึกข้อตกลงความร่วมมือโครงการบางซื่อ…`` (news 65351): the topic its paragraph opens with
            fields = [f.notation for f in find_fields(field_text[topic.start(1):topic.end(1)]) if not f.weak]
        if _BUILDS_ON.search(text, max(ps, inst.start - 20), inst.start):
            # ``…ความร่วมมือ… อาทิ การพัฒนาระบบนิเวศเศรษฐกิจดิจิทัล… คลาวด์และ AI… ต่อยอดจากบันทึกความเข้าใจ
            # (MoU) ที่ Google ได้ลงนาม…`` (news 90248): what the talks build on it is its follow-up
            lo = clause_start(text, inst.start, max(ps, inst.start - 300))
            fields += [f.notation for f in find_fields(field_text[lo:inst.start]) if f.notation not in fields]
        if not fields and _DIGITAL_WORD.search(field_text, inst.start, inst.title_end):
            fields = ["policy"]   # ``…ว่าด้วยการพัฒนาดิจิทัล`` and no more: digital policy (gold convention)
        elif _BARE_DIGITAL.search(inst.title) and "policy" not in fields:
            fields.append("policy")   # ``ความร่วมมือทางไซเบอร์และดิจิทัล``: digital as an area of its own
        # event: the nearest one named in the same paragraph before the instrument
        ev = None
        for k, at in enumerate(event_at):
            if ps <= at < inst.start + 10 or (inst.start <= at < min(pe, inst.title_end + 200)
                                              and _DURING.search(text, inst.title_end, max(inst.title_end, at))):
                ev = k
        cands.append(_Candidate(inst, scope, parties, explicit, signers, witnesses,
                                d.start_date if d else None, place, fields,
                                duration_years(text[scope[0]:scope[1]]), ev, codes, headline=headline,
                                block=-1 if inst.start < body_start else blk,
                                item=bool(marker) or i in list_fields or _on_bullet_line(text, inst.start),
                                coarse=coarse))
    found = [r for rec in _merge(cands, text, body_start, issued, dates, events, sentences) for r in _bilateral_pairs(rec)]
    if len(found) == 1:
        found = [_sole_scope_fields(found[0], text, field_text, paras, body_start, block_starts)]
    # an instrument whose parties are settled (``ความตกลง DEFA``) has those, whoever stands around it
    found = [replace(rec, parties=settled) if (settled := settled_parties(rec.title, rec.kind)) else rec
             for rec in found]
    # an instrument the release gives no field is about what all its parties exist for, if they share it
    return [replace(rec, fields=(mandate,)) if not rec.fields and (mandate := shared_mandate(rec.parties)) else rec
            for rec in found]


# ``บันทึกความเข้าใจ (MOU) ระหว่างประเทศไทยกับกัมพูชา และไทยกับฟิลิปปินส์``: one mention, two bilateral instruments.
_PAIRS = re.compile(r"ระหว่าง(?P<a>[^\n]{2,40}?)กับ(?P<b>[^\n]{2,40}?)\s*และ\s*(?P<a2>[^\n]{2,40}?)กับ(?P<c>[^\n]{2,60})")


def _bilateral_pairs(rec: AgreementRecord) -> list[AgreementRecord]:
    """One record per pair when its title pairs one country with two others in turn."""
    m = _PAIRS.search(rec.title or "")
    if not m:
        return [rec]
    a, b, a2, c = ({x.id for x in find_countries(m.group(k))} for k in ("a", "b", "a2", "c"))
    if not (len(a) == len(b) == len(c) == 1 and a == a2 and len(a | b | c) == 3):
        return [rec]
    [home], [one], [other] = a, b, c
    rest = tuple(p for p in rec.parties if p.kind != "country")
    return [replace(rec, parties=(ActorRef("country", home), ActorRef("country", partner)) + rest)
            for partner in (one, other)]


# A paragraph that speaks of the instrument already named: ``สำหรับบันทึกความเข้าใจฉบับนี้ มี
# วัตถุประสงค์…``, ``สำหรับการลงนามครั้งนี้ เป็นการขยายความร่วมมือ…``, ``… กล่าวว่า MOU ดังกล่าว
# จะ…``, ``ภายใต้ความร่วมมือนี้…``, ``โดยมีขอบเขตความร่วมมือ…``, ``โดยสาระสำคัญของความร่วมมือ
# ครอบคลุม 4 ประเด็น…``. A bare ``ความร่วมมือดังกล่าว``
# is not enough: releases use it for the talks or the forum as often as for the instrument; nor
# is ``การลงนามดังกล่าว เป็นหนึ่งในกิจกรรม…``, the ceremony's setting (news 18506).
_ABOUT_IT = re.compile(
    r"(?:บันทึก\S{0,25}?|MO[UC]s?|เอ็ม\s?โอ\s?ยู|(?:ข้อ|ความ)ตกลง\S{0,20}?|หนังสือแสดง\S{0,15}?|LOI|ปฏิญญา\S{0,20}?|"
    r"แถลงการณ์\S{0,20}?|ถ้อยแถลง\S{0,20}?|ความร่วมมือภายใต้\S{0,30}?)\s*(?:ฉบับ)?\s*(?:นี้|ดังกล่าว|ครั้งนี้|ในครั้งนี้)"
    r"|การลงนาม\S{0,30}?(?:ใน)?(?:ครั้ง)?นี้"
    # ``สำหรับการดำเนินกิจกรรมภายใต้ MOU ประกอบด้วย…`` (news 94252): what is done under it
    r"|(?:กิจกรรม|แผนงาน|โครงการ)ภายใต้\s*(?:บันทึก\S{0,25}?|MO[UC]s?|(?:ข้อ|ความ)ตกลง\S{0,20}?)(?=\s|$)"
    r"|ภายใต้ความร่วมมือ(?:นี้|ดังกล่าว|ครั้งนี้)|ขอบเขต(?:ของ)?(?:ความร่วมมือ|ข้อตกลง|บันทึก|MO[UC]|การดำเนินงาน|การดำเนินการ)"
    r"|สาระสำคัญ(?:ของ)?(?:ร่าง)?(?:ความร่วมมือ|บันทึก|ข้อตกลง|ความตกลง|หนังสือ|MO[UC])"
    # a meeting's counted resolutions (``โดยสาระสำคัญของ 12 ข้อมติ ครอบคลุมถึง…``, news 58587)
    r"|สาระสำคัญ(?:ของ)?\s*\d{1,2}\s*ข้อมติ"
    # what this cooperation covers (``โดยความร่วมมือในครั้งนี้ จะครอบคลุมการพัฒนาผลิตภัณฑ์และบริการ 7 ด้านดังนี้``, news
    # 23759, two paragraphs below the GSB–ICBC (Thai) MOU's signing): talks and forums are not said to cover areas
    r"|ความร่วมมือ(?:ใน)?(?:ครั้งนี้|ดังกล่าว)\s*(?:จะ)?\s*(?:ครอบคลุม|ประกอบด้วย)"
)


# A line of a numbered list going on from the line before (``4. ความร่วมมือด้านนวัตกรรม…``).
# (Paragraphs that merely go on, ``โดย…`` or the speaker's quote, add as many wrong fields as
# right ones on the development gold: they are not taken.)
_LIST_LINE = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[-•●▪*])\s*\S")


# The end of a release's own text: the rule of asterisks and the ``ที่มา :`` source line.
_FOOTER = re.compile(r"^[ \t]*(?:[*_=]{5,}|ที่มา\s*[:：]|(?i:source\s*:))", re.MULTILINE)


# A release whose title says its talks are about carrying an instrument out (``หารือทวิภาคี… เรื่อง แนวทางการดำเนินงาน
# ตามบันทึกข้อตกลงความร่วมมือระหว่าง…``, news 65050; ``ประชุมคณะกรรมการขับเคลื่อนบันทึกความร่วมมือ…``): 15 archive titles.
_TALKS_ON_IT = re.compile(r"(?:ดำเนินงานตาม|ขับเคลื่อน|ติดตามความคืบหน้า(?:ตาม)?)\s*(?:บันทึก|MO[UC])")


# What a meeting's results bring: for its outcome document, what the document is about (``…ได้เห็นชอบในหลักการต่อร่าง
# แถลงการณ์ร่วมรัฐมนตรีแรงงานอาเซียนบวกสาม ครั้งที่ 12…`` and below: ``“ผลจากการประชุมในครั้งนี้ จะเป็นประโยชน์อย่างยิ่ง
# ต่อการยกระดับทักษะฝีมือแรงงาน… ให้มีทักษะด้านดิจิทัล…``, news 61009).
_MEETING_RESULTS = re.compile(r"ผล(?:จาก|ของ)?การประชุม(?:ใน)?(?:ครั้งนี้|ดังกล่าว)")


#: What a meeting is about, for its outcome document: its theme (``…โดยการประชุมครั้งนี้จัดขึ้นภายใต้หัวข้อ`` and, on the next
#: lines, ``“ลดช่องว่างทางการศึกษา… ในยุคการเปลี่ยนผ่านสู่ดิจิทัล”``, news 96334, the APEC education ministers' joint
#: statement) or its priorities (``การประชุมฯ ในครั้งนี้ มุ่งเน้นหารือใน 3 ประเด็นสำคัญ (Priorities) ประกอบด้วย … (2)
#: สินทรัพย์ดิจิทัล (Digital Assets)…``, news 74285, before the draft joint statement of APEC's finance ministers).
_MEETING_THEME = re.compile(r"ภายใต้(?:หัวข้อ|แนวคิด|ธีม)|หัวข้อหลัก|ประเด็นสำคัญ|ประเด็นหลัก|(?i:priorities)"
                            r"|มุ่งเน้น(?:การ)?หารือ|ซึ่งมุ่งเน้น")
#: A theme that goes on in the next lines (the line ends with ``ภายใต้หัวข้อ``).
_THEME_GOES_ON = re.compile(r"(?:หัวข้อ|แนวคิด|ธีม)\s*[:：]?\s*$")


def _meeting_theme_fields(rec: AgreementRecord, text: str, field_text: str, paras, body_start: int,
                          end: int) -> list[str]:
    """For a meeting's outcome document (a declaration or joint statement) with no field of its own: the fields of
    the meeting's theme and priorities, as the release states them (gold convention: a declaration's fields are read
    from the outcomes set out beside it). In its own paragraph only the text before it; in the others, all of it."""
    if rec.kind != "declaration" or rec.fields:
        return []
    out: list[str] = []
    going_on = False
    for s, e in paras:
        if s >= end:
            break
        if e <= body_start:   # (the title)
            continue
        hi = rec.span.start if s <= rec.span.start < e else e
        line = text[s:hi]
        theme = None if going_on else _MEETING_THEME.search(line)
        if going_on or theme:
            # (from the theme's word on: what a line says before it is someone's points, ``ประเด็นที่นายกรัฐมนตรีจะผลักดัน…
            # ระบบเทคโนโลยีสารสนเทศ… ซึ่งมุ่งเน้นการดำเนินงานที่สำคัญ คือ…``, news 11337, the PM's items at the MRC summit)
            lo = s + theme.start() if theme else s
            out += [f.notation for f in find_fields(field_text[lo:hi]) if not f.weak]
        going_on = bool(_THEME_GOES_ON.search(line)) or (going_on and line.lstrip().startswith(("“", '"')))
    return out


def _sole_scope_fields(rec: AgreementRecord, text: str, field_text: str, paras, body_start: int,
                       block_starts: Sequence[int]) -> AgreementRecord:
    """A release (or cabinet-summary item) that reports one agreement goes on describing it
    in later paragraphs that point back to it (``สำหรับบันทึกความเข้าใจฉบับนี้ มีวัตถุประสงค์…``,
    the minister's ``MOU ดังกล่าวจะ…``) and in the numbered lists they open: their fields are
    the agreement's, however far from the signing sentence (gold convention). Paragraphs about
    the meeting or the talks around it do not point back, and add nothing."""
    at = max(rec.span.start, body_start)
    k = bisect_right(block_starts, at) - 1
    end = block_starts[k + 1] if k + 1 < len(block_starts) else len(text)
    foot = _FOOTER.search(text, at, end)
    end = foot.start() if foot else end
    more: list[str] = []
    taking = False
    first_end = text.find("\n", at)
    # the areas of talks about carrying it out are its follow-up's, and so its own (gold convention)
    talks_on_it = bool(_TALKS_ON_IT.search(text, 0, body_start))
    for s, e in paras:
        if s <= first_end or s >= end:
            continue
        line = text[s:e]
        if talks_on_it or _ABOUT_IT.search(line) or (taking and _LIST_LINE.match(line)) \
                or (rec.kind == "declaration" and _MEETING_RESULTS.search(line)):
            # (weak forms only add to an agreement already digital)
            more += [f.notation for f in find_fields(field_text[s:e]) if rec.fields or not f.weak]
            taking = True
        else:
            taking = False
    if not more:
        more = _meeting_theme_fields(rec, text, field_text, paras, body_start, end)
    if not more:
        return rec
    return replace(rec, fields=tuple(most_specific(_union([list(rec.fields), more]))))


def _described_later(text: str, inst: Instrument, paras, para_idx: int, block_end: int) -> tuple[int, int] | None:
    """A later paragraph that names the instrument's subject again and lists its parts
    (``… MOU ว่าด้วย “การศึกษาและพัฒนาระบบ 5G Healthcare” …`` and below: ``นายแพทย์สมศักดิ์
    กล่าวว่า การศึกษาและพัฒนาระบบ 5G Healthcare ประกอบด้วย … 1.… 5.…``): from the subject on."""
    about = ABOUT.search(inst.title)
    if not about:
        return None
    subject = re.split(r"\s*(?:ระหว่าง|\(|”|\")", inst.title[about.end():].strip(" “\""), maxsplit=1)[0].strip()
    if len(subject) < 12:
        return None
    for s, e in paras[para_idx + 1:para_idx + 9]:
        if s >= block_end:
            break
        at = text.find(subject, s, e)
        if at >= 0 and _ENUM_ANY.match(text, at + len(subject) + len(text[at + len(subject):e]) - len(text[at + len(subject):e].lstrip())):
            return at, e
    return None


#: What several listed documents share: ``…ฉบับที่ 3 ร่างแถลงการณ์ร่วมอาเซียน - อาโอทีอาโรอา นิวซีแลนด์… ฉบับที่ 4 ร่าง
#: แถลงการณ์ร่วม…อาเซียนและรัสเซีย… ทั้ง 4 ฉบับนี้ มีสาระสำคัญเกี่ยวกับ… เศรษฐกิจดิจิทัล`` (news 70231).
_ALL_OF_THEM = re.compile(r"ทั้ง[ \t]*(?:\d{1,2}|สอง|สาม|สี่|ห้า|หก)[ \t]*ฉบับ(?:นี้|ดังกล่าว)?[ \t]*(?:มี|เป็น|ว่าด้วย|เกี่ยวกับ|เน้น)")


def _shared_content(text: str, inst: Instrument, para_end: int) -> tuple[int, int] | None:
    """The content the documents of a list share, told after them in the listed instrument's paragraph."""
    m = _ALL_OF_THEM.search(text, inst.title_end, para_end)
    return (m.start(), para_end) if m else None


# A later line that names a listed draft again to describe it: ``4. ร่างปฏิญญาดานังว่าด้วย … คือ …``.
#: Characters of a draft's Thai name (spaces and quotes left out) that a later line must repeat to describe it.
RESTATED_NAME = 80
_RESTATED_HEAD = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*)?(?:\(ร่าง\)|ร่าง)?\s*")


def _restated(text: str, inst: Instrument, paras, para_idx: int, block_end: int) -> tuple[int, int] | None:
    """The paragraph of a cabinet item's ``สาระสำคัญ`` that restates a listed draft by its name and
    says what it is (news 72332: ``(4) ร่างปฏิญญาดานังว่าด้วย “สื่อ…”`` and, below, ``4. ร่างปฏิญญาดานัง
    ว่าด้วย “สื่อ…” (Draft Danang Declaration …) คือ การแสดงจุดยืน…``)."""
    # The whole Thai name, up to its English one: drafts of one meeting share their first words (``ร่างแถลงการณ์ร่วม
    # การประชุมรัฐมนตรีขนส่งอาเซียน - ญี่ปุ่น…`` and ``… - สาธารณรัฐเกาหลี…``, news 60347), so a shorter head read the
    # next draft's description as this one's.
    name = _norm_title(re.split(r"\s*\(", re.sub(r"^(?:\(ร่าง\)|ร่าง)\s*", "", inst.title), maxsplit=1)[0])[:RESTATED_NAME]
    if len(name) < 16:
        return None
    for s, e in paras[para_idx + 1:para_idx + 40]:
        if s >= block_end:
            break
        head = _RESTATED_HEAD.match(text, s, e).end()
        if _norm_title(text[head:min(e, head + 3 * RESTATED_NAME)]).startswith(name) and _SAYS_WHAT.search(text, head, e):
            return s, e
    return None


# What a description of a draft says it is: ``… คือ การแสดงจุดยืน…``, ``… เป็นเอกสาร…``, ``… มีสาระสำคัญ…``.
_SAYS_WHAT = re.compile(r"\sคือ\s|เป็นเอกสาร|มีสาระสำคัญ|มีวัตถุประสงค์")


def _in_brackets_after(text: str, title_end: int, start: int) -> bool:
    """``… ศูนย์ความเป็นเลิศเพื่อต่อต้านการค้ามนุษย์ (Memorandum of Understanding between …)``:
    an instrument in brackets opened just after a title is that title's English name."""
    gap = text[title_end:start]
    return 0 <= len(gap) <= 60 and "(" in gap and ")" not in gap and "\n" not in gap


def _fold(s: str) -> str:
    return re.sub(r"[\s\"“”‘’']+", "", s)


def _is_echo(paragraph: str, title_text: str) -> bool:
    """Is this paragraph the release's title again (thaigov repeats it atop the body)?"""
    p = _fold(paragraph)
    return bool(title_text) and len(p) > 20 and (p in title_text or (len(p) < len(title_text) + 40 and title_text[-40:] in p))


def _companies_abroad(c: _Candidate) -> set[str]:
    """The registry's foreign companies among a mention's parties, each as its group (Huawei Thailand is Huawei's)."""
    registry = registered_organisations()
    out = set()
    for p in c.parties:
        e = registry.get(p.key) if p.kind == "org" else None
        if e is None or e.type != "company" or e.country in (None, "TH"):
            continue
        while e.parent and (up := registry.get(e.parent)) is not None and up.type == "company":
            e = up
        out.add(e.key)
    return out


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    ta, tb = _norm_title(a.inst.title), _norm_title(b.inst.title)
    if _distinct(a, b):
        return False
    ca, cb = _companies_abroad(a), _companies_abroad(b)
    if ca and cb and not (ca & cb):
        # ``MOU ระหว่าง Google กับกระทรวงดิจิทัลฯ`` and, below, ``บริษัท Microsoft ที่ได้ลงนามในบันทึกความเข้าใจ (MOU)
        # กับรัฐบาลไทย`` (news 74730): two companies of one country abroad sign two papers
        return False
    if a.inst.kind != b.inst.kind and not (a.inst.anaphoric or b.inst.anaphoric or a.headline or b.headline) \
            and _named_in_full(a.inst) and _named_in_full(b.inst) and not _loosely_named(a, b):
        return False   # a declaration and an MOU, each named in full: two instruments
    if a.explicit and b.explicit:
        if ta and tb and (ta == tb or (len(ta) > 25 and len(tb) > 25 and (ta in tb or tb in ta))):
            return True
        pa, pb = set(a.parties), set(b.parties)
        if _project_paper_beside(a, b) or _project_paper_beside(b, a):
            return False
        return bool(pa & pb) and (pa <= pb or pb <= pa or a.countries == b.countries)
    fa = a.countries - {"TH"}
    fb = b.countries - {"TH"}
    if fa and fb and not (fa & fb):
        return False
    orgs_a = {p for p in a.parties if p.kind == "org"}
    orgs_b = {p for p in b.parties if p.kind == "org"}
    if not fa and not fb and orgs_a and orgs_b and not (orgs_a & orgs_b) and a.explicit != b.explicit is False:
        return False
    return True


def _project_paper_beside(a: _Candidate, b: _Candidate) -> bool:
    """A paper named for its project (``บันทึกข้อตกลงความร่วมมือโครงการบางซื่อ ระหว่าง…``, to be renewed) beside one of the
    same ministries named by its parties only (``…ได้ร่วมกันลงนามบันทึกความร่วมมือระหว่างกระทรวงคมนาคม… ด้านระบบราง``,
    signed; news 62447): two papers, told with two statuses, its parties more than the other's."""
    return bool(_proper_name(a.inst)) and not _proper_name(b.inst) and a.inst.status != b.inst.status \
        and a.inst.status is not None and b.inst.status is not None and set(a.parties) > set(b.parties)


#: A short name in capitals after the instrument word: ``ความตกลง RCEP``, ``ความตกลง DEFA``.
_ACRONYM_NAME = re.compile(r"\s*[A-Z][A-Z0-9&-]{2,}\s*$")


def _named_in_full(inst: Instrument) -> bool:
    """Whether the instrument is named by more than its word: a title running on past it, or an acronym (``ความตกลง
    RCEP`` beside ``แถลงการณ์ผู้นำอาเซียนบวกสามว่าด้วย…สุขภาพจิต…``, news 47476: a trade agreement and a leaders'
    statement, two instruments, whose RCEP clause's start-ups had gone to the statement)."""
    return inst.title_end - inst.cue_end > 5 or bool(_ACRONYM_NAME.match(inst.title, inst.cue_end - inst.start))


def _same_partner_abroad(a: _Candidate, b: _Candidate) -> bool:
    """Both name the same organisation of the same country abroad as a party: one instrument however far apart its
    mentions are (a lead's ``ลงนามบันทึกความเข้าใจร่วมมือทางวิชาการ… กับ Far East University สาธารณรัฐเกาหลี`` and, far
    below, the signing ``ระหว่าง Far East University สาธารณรัฐเกาหลีกับกระทรวงแรงงาน``, news 6443)."""
    orgs_a = {p.key for p in a.parties if p.kind == "org"} - set(bloc_members())
    orgs_b = {p.key for p in b.parties if p.kind == "org"}
    return bool(orgs_a & orgs_b) and bool((a.countries & b.countries) - {"TH"})


def _loosely_named(a: _Candidate, b: _Candidate) -> bool:
    """An MOU and an agreement with an organisation in common: one instrument that the release
    calls by two names (``เซ็นเอ็มโอยู … กับหัวเว่ย`` and, below, ``ลงนามความร่วมมือข้อตกลงระหว่าง
    กระทรวงดิจิทัลฯ และบริษัท หัวเว่ย``); Thai uses ``ข้อตกลง`` and ``MOU`` for the same paper."""
    orgs_a = {p.key for p in a.parties if p.kind == "org"}
    orgs_b = {p.key for p in b.parties if p.kind == "org"}
    # a bloc (ASEAN) is named around all its instruments: it makes no two mentions one
    return {a.inst.kind, b.inst.kind} == {"mou", "agreement"} and bool((orgs_a & orgs_b) - set(bloc_members()))


@lru_cache(maxsize=4096)  # asked for both titles of every pair of mentions the merge compares
def _name(t: str) -> str:
    t = re.sub(r"^(?:\(ร่าง\)|ร่าง)\s*", "", t)
    return _norm_title(TITLE_STOP.split(t, 1)[0]).lower()


def _same_name(a: _Candidate, b: _Candidate) -> bool:
    """``ปฏิญญาดิจิทัลโบราเคย์ (Boracay …)`` and, far below, ``ร่างปฏิญญาดิจิทัลโบราเคย์ เป็นเอกสาร…``."""
    na, nb = _name(a.inst.title), _name(b.inst.title)
    return len(na) >= 18 and len(nb) >= 18 and (na.startswith(nb) or nb.startswith(na))


#: A convention's title: a treaty, never the same paper as an MOU or a declaration named beside it.
_CONVENTION = re.compile(r"อนุสัญญา|Convention\b")
#: A body that names a convention, right after the word: ``อนุสัญญา|สหประชาชาติว่าด้วย…``.
_NAMES_CONVENTION = re.compile(r"อนุสัญญา\s?$")


def _distinct(a: _Candidate, b: _Candidate) -> bool:
    """Two items of one enumeration, or two titles with different subjects: two instruments (a mention that
    points back, ``the MOU will…``, has no subject of its own; but a convention pointed back to, ``อนุสัญญาฯ``, is
    no other kind's paper: news 50437's ``ปฏิญญาคุนหมิง`` is a declaration its convention's parties adopt)."""
    if a.inst.kind != b.inst.kind and (_CONVENTION.match(a.inst.title) or _CONVENTION.match(b.inst.title)):
        return True
    if a.inst.anaphoric or b.inst.anaphoric:
        return False
    if bool(_CONVENTION.match(a.inst.title)) != bool(_CONVENTION.match(b.inst.title)):
        return True   # a convention and an accord each named on its own (news 98459: Artemis Accords, Liability …)
    if a.item and b.item and 0 < abs(a.inst.start - b.inst.start) < ITEM_DISTANCE:
        # items of one list are distinct even when their names share a generic head
        # (``1. ความตกลงการค้าเสรีอาเซียน-จีน``, ``2. ความตกลงการค้าเสรี (FTA) ไทย-…``)
        ta, tb = _norm_title(a.inst.title).lower(), _norm_title(b.inst.title).lower()
        return not (ta in tb or tb in ta)
    if _same_name(a, b):
        return False
    return _distinct_subjects(a.inst.title, b.inst.title) or _distinct_proper_names(a.inst, b.inst)


def _distinct_proper_names(a: Instrument, b: Instrument) -> bool:
    """Two instruments of one kind, each called by its own Thai name right after the instrument
    word, that differ: ``ความตกลงพาณิชย์อิเล็กทรอนิกส์…`` and ``ความตกลงการค้าบริการของอาเซียน``."""
    if a.kind != b.kind or a.anaphoric or b.anaphoric:
        return False
    na, nb = (_proper_name(i) for i in (a, b))
    return bool(na and nb) and not (na.startswith(nb[:12]) or nb.startswith(na[:12]))


# What follows the instrument word when the title is a description, not a name.
_DESCRIPTION = re.compile(r"\s*(?:ระหว่าง|ว่าด้วย|ด้าน|เรื่อง|กับ|ความร่วมมือ|ใน|เพื่อ|ของ|ที่|ซึ่ง|และ|ฉบับ|ร่วม|\(|ฯ)")


def _proper_name(inst: Instrument) -> str:
    """The Thai name an instrument's title gives right after its cue, if it has one (≥ 8 letters)."""
    tail = inst.title[inst.cue_end - inst.start:]   # (Thai cues hold no white space the title folds)
    if not tail or _DESCRIPTION.match(tail) or not re.match(r"\s*[ก-๙]", tail):
        return ""
    name = _ANAPHOR_TAIL.sub("", _norm_title(TITLE_STOP.split(tail, 1)[0]))
    return name if len(name) >= 8 else ""


# ``ปฏิญญาอาเซียนดังกล่าว``: a name's reference back is not part of it.
_ANAPHOR_TAIL = re.compile(r"(?:ฉบับ)?(?:ดังกล่าว|นี้|ฯ)$")


def _distinct_subjects(a: str, b: str) -> bool:
    """Two titles in one script, each with its own subject (``ว่าด้วย X``, ``on X``), that
    differ: two instruments (``1) Memorandum of Understanding on IoT … 2) … on Smart City``)."""
    ma, mb = ABOUT.search(a), ABOUT.search(b)
    if not (ma and mb) or bool(re.match(r"[A-Za-z]", a)) != bool(re.match(r"[A-Za-z]", b)):
        return False
    sa, sb = (_GENERIC_HEAD.sub("", _norm_title(t[m.end():]).lower()) for t, m in ((a, ma), (b, mb)))
    return bool(sa and sb) and not (sa.startswith(sb[:12]) or sb.startswith(sa[:12]))


# The head most subjects share (``ว่าด้วยความร่วมมือด้าน…``): the subject proper follows it
# (``…ด้านสถานีวิจัยดวงจันทร์…`` and ``…ด้านการสำรวจและการใช้อวกาศ…`` are two MOUs, news 81299).
_GENERIC_HEAD = re.compile(r"^ความร่วมมือ(?:ใน|ทาง)?(?:ด้าน|สาขา)")


def _norm_title(t: str) -> str:
    t = re.sub(r"\([^)]*\)", "", t)
    return re.sub(r"[\s\"“”]+", "", t)


_THAI_LETTER = re.compile(r"[ก-๙]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def in_english_version(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a paragraph written in English (a bilingual release's English version:
    ``EXIM Thailand Inks MOU with Hong Kong Trade Development Council…`` after the Thai text, news 79365).

    >>> t = "ลงนามบันทึกข้อตกลงกับ HKTDC" + chr(10) + "EXIM Thailand signed the MOU with HKTDC in Hong Kong."
    >>> in_english_version(t, t.index("MOU")), in_english_version(t, t.index("HKTDC"))
    (True, False)
    """
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    latin = len(_LATIN_LETTER.findall(text, lo, hi))
    return latin >= 40 and len(_THAI_LETTER.findall(text, lo, hi)) * 20 < latin


def _translated(c: _Candidate, m: _Candidate, english: dict[int, bool]) -> bool:
    """``c``, in the English version, tells of the instrument ``m`` the Thai text reports: same kind, no country
    abroad ``m`` lacks (the English version repeats the news however far below it stands). ``english``: which
    mention starts are in English paragraphs (read once per mention)."""
    return c.inst.kind == m.inst.kind and not m.headline and english[c.inst.start] \
        and not english[m.inst.start] and (c.countries - {"TH"}) <= m.countries


def _same_block(c: _Candidate, g: list[_Candidate]) -> bool:
    """Mentions in two items of a cabinet summary are two instruments."""
    return c.block == -1 or all(m.block in (-1, c.block) for m in g)


#: A paragraph of talks that opens with its topic (``ด้านการท่องเที่ยว ไทยและบรูไนฯ ยินดีต่อการลงนาม MOU ความร่วมมือ
#: ด้านการท่องเที่ยวในวันนี้…``, news 82310's Brunei state visit, after ``…การลงนามบันทึกความเข้าใจระหว่างสำนักงาน
#: การลงทุนบรูไนฯ และกองทุนบำเหน็จบำนาญข้าราชการของไทย…`` two paragraphs above).
#: (Not ``ด้านนายจอน โจยอง… กล่าวว่า``, "as for Mr Jeon…", news 55758: a speaker, no topic.)
_TOPIC_OPENER = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?ด้าน(?!นาย|นาง|ดร|พล|ผู้|ท่าน|ศาสตรา|รอง|H\.E)[ก-๙]{2,40}[ \t]")


def _topic_paragraph(text: str, pos: int) -> int | None:
    """The start of ``pos``'s paragraph when that paragraph opens with its topic: a mention there is an instrument of
    that topic, not the one named near it in another paragraph (only the same name or the same body abroad makes
    them one)."""
    start = text.rfind("\n", 0, pos) + 1
    return start if _TOPIC_OPENER.match(text, start) else None


#: The words a paper's name opens with that say only that it is written down (``บันทึก…``, ``หนังสือ…``).
_PAPER = re.compile(r"^(?:บันทึก|หนังสือ)")


def _same_cue_word(text: str, a: Instrument, b: Instrument) -> bool:
    """Whether two mentions name their paper with the same word, whatever it is written on: ``บันทึกแสดงเจตจำนง`` and
    ``หนังสือแสดงเจตจำนง`` (a letter of intent, news 4376), not ``ถ้อยแถลงร่วม`` and ``ปฏิญญา`` (two declarations)."""
    word = lambda i: _PAPER.sub("", fold_am(text[i.start:i.cue_end]).strip())  # noqa: E731
    x, y = word(a), word(b)
    return bool(x and y) and (x in y or y in x)


def _merge(cands: list[_Candidate], text: str, body_start: int, issued, dates, events,
           sentences=()) -> list[AgreementRecord]:
    groups: list[list[_Candidate]] = []
    # explicit (``ระหว่าง``) mentions first, in text order; then the others join the nearest
    for c in [c for c in cands if c.explicit]:
        for g in groups:
            if _same_block(c, g) and any(_compatible(c, m) for m in g if m.explicit):
                g.append(c)
                break
        else:
            groups.append([c])
    english = {c.inst.start: in_english_version(text, c.inst.start) for c in cands}
    topics = {c.inst.start: _topic_paragraph(text, c.inst.start) for c in cands}
    for c in [c for c in cands if not c.explicit]:
        topic = topics[c.inst.start]
        near = lambda g: _same_block(c, g) and (  # noqa: E731
            c.headline or any((abs(m.inst.start - c.inst.start) < MERGE_DISTANCE
                               and (topic is None or topics[m.inst.start] == topic))
                              or _same_name(c, m) or _same_partner_abroad(c, m) or _translated(c, m, english)
                              for m in g))
        # a group named with ``ระหว่าง`` is checked against those mentions, another against all of its own
        fits = [g for g in groups if near(g) and (c.inst.anaphoric or all(
                    _compatible(c, m) for m in g if m.explicit or not any(x.explicit for x in g)))
                and not any(_distinct(c, m) for m in g)]
        if fits:
            if c.inst.anaphoric or c.headline or not (c.countries - {"TH"}):
                # the instrument named last before this mention (groups are not in text order)
                before = [g for g in fits if g[0].inst.start <= c.inst.start]
                target = max(before, key=lambda g: max(m.inst.start for m in g if m.inst.start <= c.inst.start)) \
                    if before else fits[0]
            else:
                target = max(fits, key=lambda g: len((c.countries - {"TH"}) & set().union(*(m.countries for m in g))))
            target.append(c)
        elif c.inst.anaphoric and (same_word := [g for g in groups if _same_block(c, g) and any(
                m.inst.start < c.inst.start and _same_cue_word(text, c.inst, m.inst) for m in g)
                and not any(_distinct(c, m) for m in g)]):
            # a mention that points back (``…การลงนามบันทึกแสดงเจตจำนงดังกล่าว จะช่วยเชื่อมโยงเศรษฐกิจ…``, the last paragraph
            # of news 4376, 2,300 characters after its ``หนังสือแสดงเจตจำนง… ระหว่าง…``) is the paper named last before it
            # with the same word, however far
            max(same_word, key=lambda g: max(m.inst.start for m in g if m.inst.start < c.inst.start)).append(c)
        elif c.inst.status is not None:
            # a new, not-ระหว่าง instrument; it may be the same as an earlier non-explicit one
            for g in groups:
                if not any(m.explicit for m in g) and all(_compatible(c, m) for m in g) and near(g) and \
                        (c.inst.kind == g[0].inst.kind or c.headline or g[0].headline):
                    g.append(c)
                    break
            else:
                groups.append([c])
    out = []
    first_body_date = reported_day(text, dates, body_start, issued)
    if CABINET_SUMMARY.search(text, 0, body_start):
        first_body_date = None   # the day the cabinet met, which signs nothing
    for g in groups:
        g.sort(key=lambda c: c.inst.start)
        # (parties counted as blocs: ASEAN's health ministers and ASEAN are one party, news 6523). A mention that names
        # the instrument and its parties comes before one that points back (``ร่างแถลงการณ์ฯ``): the paragraph
        # around that one names who sent the draft or reviewed it (APEC's secretariat and PPWE, news 83022; the
        # Council of State and MFA in cabinet items), not its parties. 87 screened archive releases change.
        main = next((c for c in g if c.explicit), None) \
            or max(g, key=lambda c: (bool(c.parties) and not c.inst.anaphoric, len(as_blocs(list(c.parties))),
                                     -c.inst.start))
        statuses = [c.inst.status for c in g if c.inst.status]
        if not statuses:
            continue
        if "signed" in statuses and "approved" in statuses:
            # a signing the release reports wins over the cabinet approval it recalls
            # (``ที่ผ่านมา ครม.เห็นชอบในหลักการ ร่างข้อตกลง…``, news 59436, 10428)
            statuses = [c.inst.status for c in g if c.inst.status
                        and not (c.inst.status == "approved" and _recalled(text, c.inst.start))] or statuses
        status = main.inst.status if main.inst.status in statuses else statuses[0]
        if "approved" in statuses and not any(_adopted_already(text, c) for c in g):
            status = "approved"
        elif "approved" in statuses:
            status = "signed"   # a cabinet's approval after the meeting adopted it (2 screened archive papers)
        elif status == "signed" and "planned" in statuses and main.inst.status != "signed":
            status = "planned"
        kind = main.inst.kind
        parties = list(main.parties)
        if not parties:
            for c in g:
                for p in c.parties:
                    if p not in parties:
                        parties.append(p)
        parties = without_bloc_members(as_blocs(parties), declaration=kind == "declaration")
        if not parties:
            continue
        if len(parties) == 1 and parties[0].kind == "country" and parties[0].key != "TH":
            # ``…การเตรียมลงนาม MOU กับประเทศกัมพูชา`` (news 51778): a Thai release's instrument with one country
            # abroad and no one else named is Thailand's with it
            parties.append(ActorRef("country", "TH"))
        # the body's roles first: a headline's ``… จับมือ แจ็ค หม่า ลงนาม MOU`` is shorthand
        body = [c for c in g if not c.headline]
        body_witnesses = _union(c.witnesses for c in body)
        signers = _union(c.signatories for c in body) or _union(c.signatories for c in g if c.headline)
        signers = [p for p in signers if p not in body_witnesses]
        witnesses = [w for w in _union(c.witnesses for c in g) if w not in signers]
        when = next((c.date for c in g if c.date and not c.headline), None) or next((c.date for c in g if c.date), None)
        if status == "signed" and any(c.coarse for c in g):
            when = None   # signed in the month or year one mention gives; another's nearby day is the report's (news 88584)
        signed = [c for c in g if c.inst.status == "signed"]
        if status == "signed" and when is None and not any(c.coarse for c in g) \
                and not (signed and all(_signed_before(text, c) for c in signed)):
            when = first_body_date   # the day the release reports, when it tells the signing as its news
        elif status != "signed":
            # a planned or approved instrument keeps a date only when a clause about it
            # that is not a report of a signing gives one
            when = next((c.date for c in g if c.date and c.inst.status in ("planned", "approved")
                         and future_ok(c.date, issued, status)), None)
        fields = most_specific(_union(c.fields for c in g))
        lo = min(c.scope[0] for c in g if not c.headline) if any(not c.headline for c in g) else g[0].scope[0]
        hi = max(c.scope[1] for c in g)
        lo, hi = snap(sentences, lo, hi)
        ev = next((c.event for c in g if c.event is not None), None)
        # (a mention that points back, ``The Joint Declaration prescribes…``, names nothing)
        named = [c for c in g if not c.inst.anaphoric] or g
        named = [c for c in named if not english[c.inst.start]] or named   # the Thai text's own name
        title = max((c.inst.title for c in named), key=lambda t: (bool(ABOUT.search(t)), bool(BETWEEN.search(t)), len(t)))
        out.append(AgreementRecord(
            kind=kind, status=status, span=Span(lo, hi, text[lo:hi]), title=title or None,
            parties=tuple(parties), signatories=tuple(signers), witnesses=tuple(witnesses),
            signing_date=when, fields=fields,
            place=next((c.place for c in g if c.place), None) or (events[ev].country if ev is not None and ev < len(events) else None),
            duration_years=next((c.duration for c in g if c.duration), None), event=ev))
    return out


# A cabinet-meeting summary (``สรุปข่าวการประชุม ครม. 17 ธันวาคม 2567``, ``The cabinet met on Sep 13, 2022``): its
# first day is the day the cabinet met or a day of another item (a fund's year end, 30 Sep 2020, dated the AWS MOU
# of news 54442), so a signed instrument it reports with no day of its own is not dated by it
# (``รัฐมนตรีว่าการกระทรวงการต่างประเทศได้ร่วมลงนามความตกลง IPEF จำนวน 3 ฉบับ``, news 91467, got 17 Dec 2024; the
# ADMM-Plus joint statement adopted in Nov 2024, news 92827, got the meeting of 28 Jan 2025). 21 kept
# agreements of the archive in 17 summaries lose such a date; of those read, none was the day of the signing.
CABINET_SUMMARY = re.compile(r"สรุปข่าวการประชุม\s*(?:คณะรัฐมนตรี|ครม)|(?i:the\s+cabinet\s+met\b|cabinet\s+meeting\s+synopsis)")


# An approval told as past background: ``ที่ผ่านมา ครม.เห็นชอบ…``, ``ก่อนหน้านี้…``, ``คณะรัฐมนตรีเคยมีมติ…``.
_RECALL = re.compile(r"ที่ผ่านมา|ก่อนหน้านี้|เคย(?:ได้)?(?:มี)?มติ")


# A signing told as the background of the news, not as the news: ``…ภายใต้บันทึกความเข้าใจ…``,
# ``…ที่ได้ลงนามไปแล้ว``, ``…ซึ่งได้ลงนามไว้เมื่อ…``, ``ที่ผ่านมา…``, the committee that drives it
# (``ประชุมคณะกรรมการขับเคลื่อนบันทึกความร่วมมือ…``, news 80142: the meeting's day is not the signing's), what it
# brought (``โครงการ Busan Eco-Delta Smart City… อันเป็นผลมาจากการลงนาม MOUs…``, news 24778: 4 archive hits).
_UNDER_BEFORE = re.compile(r"(?:ภายใต้|ตาม|ต่อยอด(?:จาก)?|หลังการลงนาม(?:ใน)?|(?:เป็น)?ผล(?:มา)?จาก(?:การลงนาม(?:ใน)?)?|"
                           r"คณะ(?:กรรมการ|ทำงาน)(?:ร่วม)?(?:ขับเคลื่อน|กำกับ|ติดตาม)(?:การดำเนินงาน)?)\s*$")
_SIGNED_EARLIER = re.compile(r"[^\n]{0,40}?(?:(?:ไป|ไว้)(?:แล้ว|เมื่อ)|ที่ผ่านมา|เมื่อ(?:ปี|เดือน|ช่วง|ครั้ง))")
# The latest of a line of signings, told as a result to show (``…กล่าวว่า ล่าสุด อีริคสัน… ได้ลงนามในบันทึกข้อตกลงความร่วมมือ
# (MoU) กับ DEPA…``, news 69532, a spokeswoman's round-up): signed some day before, not on the release's (the precision
# reading of the twenty-fourth session found it dated so); 4 screened archive agreements lose such a day.
_LATEST = re.compile(r"ล่าสุด")
#: An English release's earlier time for the signing (``Last November, the Thai Government and Microsoft signed an MoU…``,
#: news 82421, the PM's talks in May 2024): signed before, on no day the release gives.
_EARLIER_EN = re.compile(r"(?i)\b(?:last|earlier\s+this)\s+(?:year|month|January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b|\bago\b")


def _signed_before(text: str, c: _Candidate) -> bool:
    """Is this mention of a signed instrument a recollection of an earlier signing (no date to fill in)?"""
    para_start = text.rfind("\n", 0, c.inst.start) + 1
    return bool(_UNDER_BEFORE.search(text, max(0, c.inst.start - 30), c.inst.start)
                or _SIGNED_EARLIER.match(text, c.inst.title_end)
                or _recalled(text, c.inst.start)
                or _LATEST.search(text, clause_start(text, c.inst.start, para_start), c.inst.start)
                or _EARLIER_EN.search(text, max(para_start, text.rfind(". ", 0, c.inst.start) + 2), c.inst.start))


#: A mention told as done before the release (``โดยที่ประชุมได้พิจารณาให้การรับรองแถลงการณ์ร่วมฯ เพื่อเป็นเอกสารผลลัพธ์ของ
#: การประชุมด้วยแล้ว``, news 89642: the cabinet endorses a statement its meeting adopted on 3 May 2024).
_DONE = re.compile(r"(?:ได้|ได้มีการ)(?:พิจารณา)?(?:ให้การ|ร่วม|ร่วมกัน)?(?:รับรอง|ลงนาม)")


def _adopted_already(text: str, c: _Candidate) -> bool:
    """Whether a signed mention that points back says the paper was adopted or signed already:
    ``ได้…รับรอง<paper>ฯ…แล้ว``. (Not a full name: ``…ได้ลงนามบันทึกความเข้าใจว่าด้วยการจัดส่งแรงงานไทยไปสาธารณรัฐเกาหลี… มาแล้ว จำนวน 6 ฉบับ``, news
    86194, the cabinet approving a seventh, tells the earlier ones.)"""
    if c.inst.status != "signed" or not c.inst.anaphoric:
        return False
    lo = max(text.rfind("\n", 0, c.inst.start) + 1, c.inst.start - 40)
    if not _DONE.search(text, lo, c.inst.start):
        return False
    hi = clause_end(text, c.inst.title_end, min(len(text), c.inst.title_end + 120))
    return "แล้ว" in text[c.inst.title_end:hi]


def _recalled(text: str, start: int) -> bool:
    """Is the instrument at ``start`` in a sentence told as past background (``ที่ผ่านมา``,
    ``เมื่อวันที่ 27 กุมภาพันธ์ที่ผ่านมา ที่ประชุม ครม. มีมติเห็นชอบ``, ``ก่อนหน้านี้``, ``เคยมีมติ``)?"""
    para_start = text.rfind("\n", 0, start) + 1
    return _RECALL.search(text, clause_start(text, start, para_start), start) is not None


def _union(lists) -> list:
    out: list = []
    for lst in lists:
        for x in lst:
            if x not in out:
                out.append(x)
    return out
