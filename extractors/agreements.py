"""Agreements a release reports: MOUs, letters of intent, declarations, agreements.

Pure functions over the text and the mentions the earlier components found. The steps:

1. :func:`find_instruments` - every instrument phrase (cue phrases in
   ``extractors/data/agreement-cues.tsv``), its kind, its status from the cues around it
   (a cabinet approving a draft: ``approved``; ``จะลงนาม``/``เตรียม``/``ร่าง``: ``planned``;
   ``ลงนาม`` and the like: ``signed``; a bare reference such as ``ภายใต้ MOU``: none), and
   its title (``บันทึกความเข้าใจระหว่าง X และ Y ว่าด้วย …``).
2. :func:`read_agreements` - for each instrument its parties (``ระหว่าง X และ Y``, else the
   actors of its clause), signatories and witnesses, date, place, duration and fields (its
   title, its clause, and the enumerations and follow-up sentences that describe it), then
   the mentions of one instrument (title, lead, body, ``MOU ดังกล่าว``) merged into one record.

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
from bisect import bisect_right
from dataclasses import dataclass, field as dc_field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from extractors.fields import find_fields, most_specific
from extractors.records import ActorRef, AgreementRecord, Span

__all__ = ["Instrument", "find_instruments", "read_agreements", "duration_years", "title_end"]

CUES = Path(__file__).parent / "data" / "agreement-cues.tsv"
#: A mention that does not name its parties joins an agreement named at most this far away.
MERGE_DISTANCE = 1500
#: Two enumerated instruments this close are items of one list.
ITEM_DISTANCE = 4000
KIND_RANK = {"mou": 0, "loi": 1, "agreement": 2, "declaration": 3}


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[tuple[str, str]]]:
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
    return tuple(pattern for _, pattern in _cues()["instrument"])


def _patterns():
    cues = _cues()
    inst = re.compile("|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(cues["instrument"])))
    kinds = {f"{k}{i}": k for i, (k, _) in enumerate(cues["instrument"])}
    status = {role: re.compile("|".join(f"(?:{p})" for _, p in cues[role]))
              for role in ("approved", "planned", "signed", "anaphor")}
    return inst, kinds, status


@lru_cache(maxsize=1)
def _not_yet() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for _, p in _cues().get("not-yet", [])) or r"(?!)")


# Where an instrument's title stops (looked for after its ว่าด้วย clause or its parties).
_TITLE_STOP = re.compile(
    r"\s*(?:\n|\s{2,}|\(|\)|“|”|\"|ณ\s|โดย(?!ตรง)|เมื่อ|ซึ่ง|ในช่วง|ในระหว่าง|ในห้วง|ในโอกาส|ในการประชุม|ระหว่างการ|ภายใต้|"
    r"เพื่อ(?!การ|ความ)|ทั้งนี้|อันจะ|จะมี|จะเป็น|มีระยะเวลา|มีอายุ|มีวัตถุประสงค์|มีเนื้อหา|วันที่|ใน\s*วัน|ภายใน|ต่อไป|"
    r"และได้|และมี|และจะ|และให้|และเห็นชอบ|และอนุมัติ|และมอบ|ให้\s*(?:รัฐมนตรี|รมว|ผู้|กระทรวง|นาย)|พร้อม(?:ทั้ง|กับ|ด้วย)|"
    r"ที่จะ|ที่ได้|ที่มี|ที่ลงนาม|แล้ว|,|;|\.(?=\s|$)|[:：]|—|–\s|"
    r"ดังนี้|ได้(?:แ|เเ)ก่|อาทิ|ประกอบด้วย|เป็น(?:เอกสาร|การ|กรอบ|ความ)|ช่วง(?:วัน|เดือน|ระหว่าง)|จำนวน\s*\d|ยังไม่|มีผล(?:บังคับ|ใช้)|สรุป(?:ได้|สาระ|ผล)|"
    r"(?<=ฯ)\s(?!\s*(?:และ|กับ|ว่าด้วย|ระหว่าง|แห่ง|\()))|"
    r"\s*(?:และ|หรือ)?\s*(?:\(\d{1,2}\)|(?<=\s)\d{1,2}\))\s|"   # the next item of an enumeration
    r"\s(?:และ\s*)?\d{1,2}\.(?=[ก-ฮเแโใไA-Za-z(])"                 # ``… โบราไคย์ 2.เห็นชอบกรอบ…``
)
_INST_WORD = re.compile(r"(?i)memorandum|agreement|declaration|statement|letter|\bmo[uc]\b|\bloi\b|communiqu")
_LATIN_TITLE = re.compile(r"(?i)(?:memorandum|letter|joint|declaration|agreement)[^()\n]{0,300}")
_BETWEEN = re.compile(r"ระหว่าง(?!วันที่|การ|ประเทศสมาชิก|เดือน|ปี|\s*\d)|(?i:\bbetween\b)")
_ABOUT = re.compile(r"ว่าด้วย|(?i:\s(?:on|concerning|regarding|in the field of)\s)")
_BY = re.compile(r"โดย|(?i:\bby\b)")
_WITH_COMPANY = re.compile(r"พร้อมด้วย|พร้อมคณะ|(?i:accompanied by)")
_PLACE = re.compile(r"ณ\s*|(?i:\bin\s)")
_DURATION = re.compile(
    r"(?:ระยะเวลา|มีอายุ|อายุ|กรอบเวลา)(?:การ)?(?:ดำเนินการ|ความร่วมมือ|ของ\S{0,30}|บังคับใช้)?\s*(?:คราวละ\s*)?(\d{1,2})\s*ปี"
    r"|(?i:(?:period|term|duration|valid(?:ity)?)\s+(?:of\s+)?(\d{1,2}|two|three|four|five|ten)\s+years?)"
)
_EN_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
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
_DRAFT_BEFORE = re.compile(r"(?:\(ร่าง\)|ร่าง)\s*$")


# ``ปฏิญญาอาเซียนฯ นี้``, ``MOU ไทย-จีนฯ ดังกล่าว``: a shortened name, then a pointer back.
_SHORT_NAME_ANAPHOR = re.compile(r"\S{1,20}ฯ\s*(?:ฉบับ)?(?:นี้|ดังกล่าว)")


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


def _protected_end(protected: Sequence[tuple[int, int]], pos: int) -> int | None:
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
    inst = _patterns()[0].match(text, start, limit)
    pos = inst.end() if inst else start
    # (MOU), (ร่าง), (Memorandum of Understanding: MOU) directly after the cue
    m = re.match(r"\s*\([^()\n]{0,80}\)", text[pos:limit])
    if m and not re.search(r"[ก-๙]{12}", m.group()):
        pos += m.end()
    m = re.match(r"\s*[“\"]([^”\"\n]{3,250})[”\"]", text[pos:limit])
    if m:
        return pos + m.end()
    for _ in range(12):   # clause stops that sit inside party names are skipped a few times
        m = _TITLE_STOP.search(text, pos, limit)
        # a stop inside a protected name (a party's own name) is skipped past that name
        while m and (after := _protected_end(protected, m.start() + len(m.group()) - len(m.group().lstrip()))):
            m = _TITLE_STOP.search(text, after, limit)
        end = m.start() if m else min(limit, pos + 400)
        # a stop right after ระหว่าง/ว่าด้วย, or ``และ`` joining two parties, does not end the title
        if m and re.search(r"(?:ระหว่าง|ว่าด้วย|และ|กับ|แห่ง|ของ|ใน)\s*$", text[start:end]):
            pos = m.end()
            continue
        if m and m.group().strip() == "(":
            close = text.find(")", m.end(), min(limit, m.end() + 220))
            inner = text[m.end():close] if close > 0 else ""
            # ``(MOU)``, ``(DEPA)``, ``(Digital Economy Partnership Agreement : DEPA)``: the
            # instrument's own alias or English name, part of its title
            if close > 0 and not re.search(r"[ก-๙]", inner) and (len(inner) <= 40 or _INST_WORD.search(inner)):
                pos = close + 1
                ws = len(text[pos:pos + 8]) - len(text[pos:pos + 8].lstrip(" \t"))
                if re.match(r"(?:ว่าด้วย|ระหว่าง|ด้าน|เรื่อง|กับ|และ)", text[pos + ws:pos + ws + 10]):
                    pos += ws
                    continue
                if ws <= 1 and re.match(r"[ก-๙]", text[pos + ws:pos + ws + 1]):
                    continue
                return pos
        if m and m.group().strip() == "(":   # a parenthesised alias inside the parties
            close = text.find(")", m.end(), min(limit, m.end() + 120))
            if close > 0 and _ABOUT.search(text, close, min(limit, close + 200)) and not _ABOUT.search(text, start, m.start()):
                pos = close + 1
                continue
        return end if end > start else pos
    return pos


def _status(text: str, para_start: int, start: int, cue_end: int, t_end: int, para_end: int) -> str | None:
    _, _, status = _patterns()
    if _not_yet().search(text, t_end, min(para_end, t_end + 60)):
        return None   # ``ร่างบันทึกความเข้าใจ… ยังไม่มีการพิจารณาการลงนาม``: no plan yet
    before = text[max(para_start, start - 160):start]
    after = text[t_end:min(para_end, t_end + 120)]
    near_before = text[max(para_start, start - 40):start]
    clause = text[max(para_start, start - 250):min(para_end, t_end + 150)]
    if status["approved"].search(clause) and ("ร่าง" in text[max(para_start, start - 60):start + 5]
                                              or re.search(r"อนุมัติ|เห็นชอบ", near_before + text[start:t_end])
                                              or re.search(r"(?:ขอ|ให้|มีมติ)(?:ความ)?(?:อนุมัติ|เห็นชอบ)", before)):
        return "approved"
    if status["planned"].search(before[-90:]) or status["planned"].search(after[:80]) or \
            _DRAFT_BEFORE.search(near_before) or re.search(r"คาดว่าจะ[^\n]{0,30}ลงนาม", after[:120]):
        return "planned"
    if status["signed"].search(before[-60:]) or re.match(r"\s*(?:ได้|ได้รับการ)?(?:ลงนาม|รับรอง|signed)", after) \
            or re.search(r"(?:ลงนาม|signed|รับรอง)", text[t_end:min(para_end, t_end + 60)]):
        return "signed"
    return None


def find_instruments(text: str, start: int = 0, end: int | None = None,
                     protected: Sequence[tuple[int, int]] = ()) -> list[Instrument]:
    """Every instrument phrase in ``text[start:end]``, with kind, status and title.

    ``protected`` spans (names of organisations and countries) never end a title.
    """
    end = len(text) if end is None else end
    inst, kinds, status = _patterns()
    out: list[Instrument] = []
    last_end = -1
    for m in inst.finditer(text, start, end):
        s, e = m.span()
        if s < last_end:          # inside a title read already (``(MOU)``, the English name)
            continue
        kind = kinds[m.lastgroup]
        para_start = text.rfind("\n", 0, s) + 1
        para_end = text.find("\n", e)
        para_end = end if para_end < 0 or para_end > end else para_end
        t_end = title_end(text, s, para_end, protected)
        title = re.sub(r"\s+", " ", text[s:t_end]).strip(" “”\"")
        st = _status(text, para_start, s, e, t_end, para_end)
        anaphoric = bool(status["anaphor"].match(text, e, min(para_end, e + 25))
                         or _SHORT_NAME_ANAPHOR.match(text, e, min(para_end, e + 40))) and not _BETWEEN.search(title)
        anaphoric = anaphoric or bool(_ANAPHOR_CLAUSE.match(text, e, min(para_end, e + 40)))
        between = None
        bm = _BETWEEN.search(text, s, t_end)
        if bm:
            am = _ABOUT.search(text, bm.end(), t_end)
            b_end = am.start() if am else t_end
            if text[s:t_end].endswith(")") and not am:   # not into the English name after the parties
                b_end = max(bm.end(), text.rfind("(", bm.end(), t_end)) if text.rfind("(", bm.end(), t_end) > 0 else b_end
            between = (bm.end(), b_end)
        out.append(Instrument(kind, st, s, e, t_end, title, between, anaphoric))
        last_end = t_end
    return out


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


# ---------------------------------------------------------------------------------------
# Reading one agreement from its instrument mentions


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


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _inside(a: int, b: int, s: int, e: int) -> bool:
    return s >= a and e <= b


def _actors(lo: int, hi: int, countries, orgs, exclude_places: str = "") -> tuple[list[ActorRef], set[str]]:
    """Organisations and countries named in ``[lo, hi)``: countries inside an organisation's
    name count through the organisation; a country after ``ณ`` is a place, not a party."""
    refs: list[ActorRef] = []
    codes: set[str] = set()
    org_spans = []
    for o in orgs:
        if _inside(lo, hi, o.span.start, o.span.end):
            ref = ActorRef("org", o.key)
            if ref not in refs:
                refs.append(ref)
            org_spans.append((o.span.start, o.span.end))
            if o.country:
                codes.add(o.country)
    for c in countries:
        s, e = c.span.start, c.span.end
        if not _inside(lo, hi, s, e) or any(a <= s and e <= b for a, b in org_spans):
            continue
        ref = ActorRef("country", c.code)
        if ref not in refs:
            refs.append(ref)
        codes.add(c.code)
    return refs, codes


# Between an organisation and its parent named right after it: spaces, its alias in
# brackets, ``สังกัด`` (``กรมประชาสัมพันธ์ สำนักนายกรัฐมนตรี``, ``สดช. กระทรวงดิจิทัลฯ``).
_PARENT_GAP = re.compile(r"\)?\s*(?:\([^()\n]{0,60}\)\s*)?(?:(?:หน่วยงาน)?(?:ใน)?สังกัด\s*)?")


@lru_cache(maxsize=1)
def _non_party_keys() -> frozenset[str]:
    """Organisations that approve or host, never sign (``คณะรัฐมนตรี``): ``non-party`` cues."""
    return frozenset(key for _, key in _cues().get("non-party", []))


# The words that make ``บริษัท อีริคสัน (ประเทศไทย) จำกัด`` out of ``อีริคสัน``.
_COMPANY_WORDS = re.compile(
    r"บริษัท|เทคโนโลยี(?:ส์)?|โซลูชั่น(?:ส์)?|อินเตอร์เนชั่นแนล|กรุ๊ป|คอร์ปอเรชั่น|"
    r"(?i:\b(?:technolog(?:y|ies)|solutions?|group|international|holdings?)\b)|จ(?:ำ|ํา)กัด|\(?\s*มหาชน\s*\)?|\(\s*(?:ประเทศ)?ไทย\s*\)|\(\s*Thailand\s*\)|(?i:\b(?:co|ltd|limited|inc|plc|corporation)\b\.?)|[\s.,()]")


def _same_company(longer: str, registered_surface: str) -> bool:
    """Is a discovered company name the registered one plus company words only?
    (``บริษัท อีริคสัน (ประเทศไทย) จำกัด`` is Ericsson; ``บริษัท ดีแทค ไตรเน็ต จำกัด`` is not dtac)."""
    rest = longer.replace(registered_surface, " ", 1)
    return not _COMPANY_WORDS.sub("", rest)


@lru_cache(maxsize=1)
def _bloc_members() -> dict[str, frozenset[str]]:
    """Bloc key -> member countries (``bloc-members`` cues)."""
    return {key: frozenset(codes.split()) for key, codes in _cues().get("bloc-members", [])}


@lru_cache(maxsize=1)
def _party_of() -> dict[str, str]:
    """Meeting body key -> the bloc it adopts instruments for (``party-of`` cues)."""
    return {key: bloc for key, bloc in _cues().get("party-of", [])}


def _as_blocs(parties: list[ActorRef]) -> list[ActorRef]:
    """``ปฏิญญา…`` adopted by the ASEAN Digital Ministers' Meeting is ASEAN's."""
    out: list[ActorRef] = []
    for p in parties:
        q = ActorRef("org", _party_of()[p.key]) if p.kind == "org" and p.key in _party_of() else p
        if q not in out:
            out.append(q)
    return out


def _without_bloc_members(parties: list[ActorRef]) -> list[ActorRef]:
    """An ASEAN instrument's parties: ASEAN and its non-member partners, not the members
    named around it (``ปฏิญญาอาเซียน…`` approved by Thailand's cabinet has no party TH)."""
    members: set[str] = set()
    for p in parties:
        if p.kind == "org":
            members |= _bloc_members().get(p.key, frozenset())
    return [p for p in parties if not (p.kind == "country" and p.key in members)]


def _ancestors(key: str) -> set[str]:
    from extractors.organisations import organisations

    reg, out = organisations(), set()
    while key in reg and reg[key].parent and reg[key].parent not in out:
        key = reg[key].parent
        out.add(key)
    return out


def party_candidates(text: str, organisations) -> list:
    """The organisation mentions that can be parties: not an approving body (the cabinet),
    not the parent ministry named right after its own department (``กรมการแพทย์
    กระทรวงสาธารณสุข``: the department signs), not a discovered name that overlaps a
    registered one (``บริษัท อีริคสัน (ประเทศไทย) จำกัด`` around ``อีริคสัน``)."""
    orgs = sorted(organisations, key=lambda o: (o.span.start, -o.span.end))
    registered = [(o.span.start, o.span.end) for o in orgs if o.registered]
    other_companies = [(o.span.start, o.span.end) for o in orgs if not o.registered and o.span.text.startswith("บริษัท")]
    out, prev = [], None
    for o in orgs:
        if o.key in _non_party_keys() or _in_instrument_name(text, o.span.start, o.span.end):
            continue
        if o.registered and any(a <= o.span.start and o.span.end <= b and (a, b) != (o.span.start, o.span.end)
                                and not _same_company(text[a:b], o.span.text) for a, b in other_companies):
            continue   # ``ดีแทค`` inside ``บริษัท ดีแทค ไตรเน็ต จำกัด``: the subsidiary signs
        if not o.registered and any(a < o.span.end and o.span.start < b and _same_company(o.span.text, text[a:b])
                                    for a, b in registered):
            continue
        if prev is not None and o.key == prev.key and prev.span.start <= o.span.start and o.span.end <= prev.span.end:
            continue   # the registry's narrow span inside its wide one (``สำนักนายกรัฐมนตรี[แห่ง…ไทย]``)
        if prev is not None and prev.span.end <= o.span.start and o.key != prev.key and \
                _PARENT_GAP.fullmatch(text, prev.span.end, o.span.start) and o.key in _ancestors(prev.key):
            prev = o
            continue
        out.append(o)
        prev = o
    return out


def _in_instrument_name(text: str, start: int, end: int) -> bool:
    """``(Digital Economy Partnership Agreement: DEPA)``: a name inside an instrument's own
    English name in brackets is the instrument's, not a party (depa the agency)."""
    open_ = text.rfind("(", max(0, start - 80), start)
    close = text.find(")", end, end + 80)
    if open_ < 0 or close < 0 or ")" in text[open_:start] or "(" in text[end:close]:
        return False
    return bool(_INST_WORD.search(text, open_, close))


def _in_company_name(text: str, c) -> bool:
    """``บริษัท โนเกีย (ประเทศไทย) จำกัด``: the country in brackets is part of a company's name."""
    before, after = text[max(0, c.span.start - 12):c.span.start], text[c.span.end:c.span.end + 20]
    if not (re.search(r"\(\s*(?:ประเทศ)?\s*$", before) and re.match(r"\s*\)", after)):
        return False
    return bool(re.match(r"\s*\)\s*(?:จ(?:ำ|ํา)กัด|(?i:co|ltd|limited))", after)
                or "บริษัท" in text[max(0, c.span.start - 60):c.span.start])   # ``บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย)``


def _outside_posts(organisations, persons, signers) -> list:
    """The organisation mentions that are not part of the post of someone who does not sign
    (``นาย X รัฐมนตรีว่าการกระทรวง Y (ย่อ)``: Y is X's ministry, a party only if X signs)."""
    zones = [(p.span.end, p.span.end + len(p.post) + 14) for p in persons if p.post and p.name not in signers]
    return [o for o in organisations if not any(a <= o.span.start < b for a, b in zones)]


def _is_place(text: str, s: int) -> bool:
    """A country right after ``ณ`` (``ณ กรุงปักกิ่ง สาธารณรัฐประชาชนจีน``) is where, not who."""
    window = text[max(0, s - 45):s]
    return bool(re.search(r"(?:ณ|(?i:\bin\b)|ที่|เยือน|เดินทางไป|(?:ประจำ|ประจำประเทศ))\s*(?:กรุง\s*\S+\s*|เมือง\s*\S+\s*|นคร\s*\S+\s*)?(?:ประเทศ)?\s*$", window))


def _persons_in(persons, lo: int, hi: int) -> list:
    return [p for p in persons if lo <= p.span.start < hi]


def _names(ps) -> list[str]:
    out: list[str] = []
    for p in ps:
        if p.name and p.name not in out:
            out.append(p.name)
    return out


# Cues that name who signs or who witnesses, by where the person stands:
# backward cues follow the persons they are about (``นาย X … เป็นผู้ลงนาม``,
# ``นาย X … ร่วมเป็นสักขีพยาน``, ``นาย X … เป็นประธานในพิธีลงนาม``); forward cues precede
# them (``ลงนามโดย X``, ``ผู้ลงนามฝ่ายไทย คือ X``, ``ต่อหน้า X``, ``signed by X``).
_SIGNER_BACK = re.compile(r"เป็นผู้(?:ร่วม)?ลงนาม|(?<!การ)(?<!พิธี)(?<!เพื่อ)ร่วม(?:กัน)?ลงนาม|(?:ได้)?(?:ร่วม(?:กัน)?)?ลงนามในนาม|(?i:\bsigned\s+(?:the|an?)\b)")
_SIGNER_FORWARD = re.compile(
    r"(?:ลงนาม|ซึ่งลงนาม)โดย|ผู้ลงนาม(?:ฝ่าย|ของ)\S{1,25}?(?:\s*(?:คือ|ได้แก่|ได้เเก่|ประกอบด้วย))|(?i:\bsigned\s+by\b)")
# ``ร่วมเป็นสักขีพยาน``, ``เป็นประธานในพิธีลงนาม`` (the one who presides witnesses, gold convention),
# ``เป็นประธานและสักขีพยาน``, ``witnessed``
_WITNESS_BACK = re.compile(
    r"(?:ร่วม)?(?:เป็น)?(?:ประธาน(?:และ|ใน)?)?สักขีพยาน|เป็นประธาน(?=(?:ใน|และ[^\s]{0,20}ใน)?(?:พิธี|การ)?\s*(?:ลงนาม|แลกเปลี่ยน)|ในพิธี(?!\s*(?:เปิด|ปิด|มอบ|และ\s*(?:ร่วม)?ลงนาม)))"
    r"|(?i:\bwitness(?:ed)?\b)")
_WITNESS_FORWARD = re.compile(r"ต่อหน้า|(?i:in\s+the\s+presence\s+of)")
# What opens the list of persons a backward cue is about: ``โดยมี X … เป็นผู้ลงนาม``; the one
# who delegates or speaks is not on it (``นาย X … กล่าวว่า … ผมมอบหมายให้ นางสาว Y … เป็นผู้ลงนาม``).
_ROLE_LEAD = re.compile(r"(?:โดย|ซึ่ง|และ|ทั้งนี้)\s*มี|(?<=\s)มี(?=\s*(?:นาย|นาง|ดร|ศ|รศ|ผศ|พล|H\.?E|Mr|Ms|Dr|ผู้|คณะ))"
                        r"|มอบหมาย(?:ให้)?|(?:กล่าว|เปิดเผย)ว่า")
# Where a forward cue's list of persons stops (a double space only before a new sentence:
# names are often written ``นายประเสริฐ  จันทรรวงทอง``).
_ROLE_STOP = re.compile(
    r"โดยมี|ซึ่ง|ต่อหน้า|(?<![ก-ฮ])ณ\s|เพื่อ|ทั้งนี้|เมื่อ|ในโอกาส|(?:ใน|ระหว่าง)?ช่วง|(?:ระหว่าง)?วันที่|ภายใต้|[,;]|\.(?=\s)|\s{2,}(?=ทั้งนี้|นอกจากนี้|ซึ่ง|สำหรับ|จากนั้น|[“\"])|\n|(?:ร่วม)?เป็นสักขีพยาน|เป็นประธาน|เข้าร่วม|ร่วมเป็นเกียรติ|"
    r"(?i:\bin\s+the\s+presence\b|\bwitness)")


def _role_zones(text: str, lo: int, hi: int, inst: Instrument,
                between: tuple[int, int] | None = None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of text naming signatories and witnesses, from the role cues in ``[lo, hi)``.

    A backward cue's zone runs back to the nearest of: the previous role cue, a lead
    (``โดยมี``), the start of its clause, the end of the instrument's ``ระหว่าง`` clause
    (whose ``โดย X`` are its signatories); a forward cue's zone runs on to the next stop.
    """
    cues = sorted([(m.start(), m.end(), "s", "back") for m in _SIGNER_BACK.finditer(text, lo, hi)]
                  + [(m.start(), m.end(), "w", "back") for m in _WITNESS_BACK.finditer(text, lo, hi)]
                  + [(m.start(), m.end(), "s", "fwd") for m in _SIGNER_FORWARD.finditer(text, lo, hi)]
                  + [(m.start(), m.end(), "w", "fwd") for m in _WITNESS_FORWARD.finditer(text, lo, hi)])
    signers: list[tuple[int, int]] = []
    witnesses: list[tuple[int, int]] = []
    prev_end = lo
    for start, end, role, way in cues:
        if way == "back":
            floor = max(prev_end, start - 300, clause_start(text, start, max(lo, start - 300)))
            lead = None
            for lm in _ROLE_LEAD.finditer(text, floor, start):
                lead = lm
            zone_lo = lead.end() if lead else floor
            if lead is None and between and zone_lo < between[1] <= start:
                zone_lo = between[1]
            if lead is None and zone_lo < inst.title_end <= start and inst.start >= zone_lo:
                zone_lo = inst.title_end   # ``<subject> ลงนาม MOU … X เป็นผู้ลงนาม``: not the subject
            zone = (zone_lo, start)
        else:
            stop = _ROLE_STOP.search(text, end, min(hi, end + 400))
            zone = (end, stop.start() if stop else min(hi, end + 300))
        (signers if role == "s" else witnesses).append(zone)
        prev_end = max(prev_end, end if way == "back" else zone[1])
    return signers, witnesses


_COOPERATION_BETWEEN = re.compile(r"(?:ความร่วมมือ|ลงนาม)\s*ระหว่าง(?!วันที่|\s*\d)")


def _between_zone(text: str, inst: Instrument, hi: int) -> tuple[int, int] | None:
    """The ``ระหว่าง`` clause of an instrument (in its title or right after it), read on over
    ``โดย X`` so that ``ระหว่าง A โดย นาย X กับ B โดย นาย Y`` keeps both names."""
    bm = _BETWEEN.search(text, inst.start, min(hi, inst.title_end + 12))
    if not bm:   # ``MOU การให้บริการ…  โดยเป็นความร่วมมือระหว่าง สกพอ. โดยนาย X … และบริษัท ทีโอที โดยนาย Y``
        bm = _COOPERATION_BETWEEN.search(text, inst.title_end, min(hi, inst.title_end + 200))
    if not bm:
        return None
    stop = _ROLE_STOP.search(text, bm.end(), min(hi, bm.end() + 450))
    end = stop.start() if stop else min(hi, bm.end() + 350)
    about = _ABOUT.search(text, bm.end(), end)
    if about and not re.search(r"(?:นาย|นาง|ดร\.|โดย)", text[about.end():end]):
        end = about.start()
    return bm.end(), end


# ``ทั้งสองฝ่ายได้ร่วมกันลงนาม``: the two sides of the talks just reported sign.
_BOTH_SIDES = re.compile(r"ทั้งสอง(?:ฝ่าย|ท่าน)")


def _both_sides(text: str, para_start: int, persons) -> list:
    """The two persons of the paragraph before ``para_start`` (the talks the signing followed),
    when it names exactly two."""
    prev_end = text.rfind("\n", 0, para_start)
    if prev_end < 0:
        return []
    prev_start = text.rfind("\n", 0, prev_end) + 1
    found = _persons_in(persons, prev_start, prev_end)
    return found if len(_names(found)) == 2 else []


def _signing(text: str, inst: Instrument, sent_lo: int, sent_hi: int, persons) -> tuple[list[str], list[str]]:
    """Signatories and witnesses around one instrument mention.

    Explicit role cues first (``โดยมี X เป็นผู้ลงนาม``, ``X ร่วมเป็นสักขีพยาน``, ``ลงนามโดย X``),
    then the persons of its ``ระหว่าง`` clause (``ระหว่าง นาย X อธิบดี… และนาย Y …``), then
    ``<title> โดย X และ Y``, then the subject of the signing verb (``นาย X ได้ลงนาม MOU``).
    """
    bz = _between_zone(text, inst, sent_hi)
    signer_zones, witness_zones = _role_zones(text, sent_lo, sent_hi, inst, bz)
    in_zone = lambda p, zones: any(a <= p.span.start < b for a, b in zones)  # noqa: E731
    witnesses = [p for p in persons if in_zone(p, witness_zones)]
    signers = [p for p in persons if in_zone(p, signer_zones) and not in_zone(p, witness_zones)]
    if not signers and any(_BOTH_SIDES.search(text, a, b) for a, b in signer_zones):
        signers = _both_sides(text, sent_lo, persons)
    if bz:
        signers += [p for p in _persons_in(persons, *bz) if not in_zone(p, witness_zones) and p not in signers]
    if not signers:
        # "… ว่าด้วย … โดยนาย X … และนาย Y": the signatories after the title
        m = re.match(r"\s*(?:\([^()\n]{0,300}\)\s*)?(?:ซึ่ง)?(?:ได้)?(?:ลงนาม)?(?:โดย(?!มี)|(?i:signed\s+by|by))",
                     text[inst.title_end:sent_hi])
        if m:
            lo = inst.title_end + m.end()
            sm = _ROLE_STOP.search(text, lo, sent_hi)
            hi = sm.start() if sm else min(sent_hi, lo + 400)
            signers = [p for p in _persons_in(persons, lo, hi) if not in_zone(p, witness_zones)]
    if not signers:
        # "นาย X … ได้ลงนาม/ร่วมลงนาม <instrument>": the subject of the signing verb
        verb = None
        for vm in re.finditer(r"(?<!พิธี)(?<!การ)(?:ได้|ร่วม|ร่วมกัน|เป็นผู้)?ลงนาม(?:ใน|ร่วม)?|(?i:\bsign(?:ed|s)?\b)",
                              text[max(sent_lo, inst.start - 60):inst.start]):
            verb = max(sent_lo, inst.start - 60) + vm.start()
        if verb is not None and not re.search(r"(?:พิธี|การ|ใน)\s*$", text[max(sent_lo, verb - 6):verb]):
            lo = max(sent_lo, verb - 300)
            company = None
            for cm in _WITH_COMPANY.finditer(text, lo, verb):
                company = cm
            cands = [p for p in _persons_in(persons, lo, verb) if not in_zone(p, witness_zones)]
            if company is not None:
                cands = [p for p in cands if p.span.start < company.start()] or cands
            # the subject: persons after the last clause break before the verb
            # (``นาย X โฆษก… เปิดเผยว่า กระทรวง… พร้อมลงนาม MOU``: the speaker is no subject)
            br = lo + max([0] + [mm.end() for mm in re.finditer(r"\s{2,}|กล่าวว่า|เปิดเผยว่า|ว่า\s|ทั้งนี้|นอกจากนี้", text[lo:verb])])
            signers = [p for p in cands if p.span.start >= br]
    return _names(signers), _names(witnesses)


_PAST_DATE = re.compile(r"(?:เมื่อ|วันนี้|วานนี้|ที่ผ่านมา)\s*(?:วัน\S{0,8})?\s*\(?\s*$")


def _planned_date(text: str, dates, lo: int, hi: int, anchor: int, issued):
    """The date an instrument not yet signed is to be signed: a day named after it in its
    sentence, or a later day before it; never the day of the meeting that reports it."""
    def ok(d) -> bool:
        return d.precision == "day" and bool(d.start_date) and not _PAST_DATE.search(text, max(0, d.start - 20), d.start)
    after = [d for d in dates if anchor <= d.start < hi and ok(d) and (issued is None or d.start_date >= issued)]
    if after:
        return min(after, key=lambda d: d.start)
    before = [d for d in dates if lo <= d.start < anchor and ok(d) and issued is not None and d.start_date > issued]
    return max(before, key=lambda d: d.start) if before else None


def _one_day(d) -> bool:
    """A single day: a window (``ระหว่างวันที่ 27-29 เมษายน 2560``, a visit's days) names no signing day."""
    return d.precision == "day" and bool(d.start_date) and (d.end_date is None or d.end_date == d.start_date)


# ``… ในวันที่ 11 พ.ย. 65 เพื่อพิจารณาและร่วมรับรองต่อไป``, ``… วันที่ 11 พฤศจิกายน 2566 เพื่อนำเสนอให้
# ที่ประชุม…พิจารณาให้การรับรอง``, ``… และรัฐมนตรี…จะพิจารณารับรอง``: the day a pending instrument is to be adopted.
_TO_ADOPT = re.compile(r"[^\n]{0,60}?(?:จะ|เพื่อ)(?:(?!ไม่)[^\n]){0,80}?(?:รับรอง|ลงนาม)")


def _adoption_day(text: str, dates, paras, para_idx: int, block_end: int, issued):
    """A day after the release, named in the paragraph after a pending instrument and followed
    by ``เพื่อ/จะ … รับรอง/ลงนาม`` (the cabinet approves; the summit adopts on that day)."""
    if para_idx + 1 >= len(paras) or paras[para_idx + 1][0] >= block_end:
        return None
    s, e = paras[para_idx + 1]
    for d in dates:
        if s <= d.start < e and _one_day(d) and (issued is None or d.start_date > issued) \
                and _TO_ADOPT.match(text, d.end, min(e, d.end + 60)):
            return d
    return None


# ``ซึ่งการลงนามจะมีขึ้นในวันที่ 11 ก.ค. 2565 ที่กัมพูชา``, ``สำหรับกำหนดการลงนามในบันทึกความร่วมมือฯ
# ฉบับใหม่ จะมีขึ้นในวันที่ 5 ส.ค. 2565``: the day set for the signing, said after the approval.
_SIGNING_SET = re.compile(r"ลงนาม[^\n]{0,80}?(?:จะ|มีกำหนด)(?:มีขึ้น|จัดขึ้น)?\s*(?:ใน|เมื่อ)?\s*(?:วัน(?:ที่)?\s*)?$")


def _set_signing_day(text: str, dates, lo: int, block_end: int, issued):
    """The first day after the release that the item (``[lo, block_end)``) sets for the signing."""
    for d in sorted(dates, key=lambda d: d.start):
        if lo <= d.start < block_end and _one_day(d) and (issued is None or d.start_date > issued) \
                and _SIGNING_SET.search(text, max(lo, d.start - 120), d.start):
            return d
    return None


def _coarse_date(text: str, dates, inst: Instrument) -> bool:
    """``ได้ลงนาม MoU … เมื่อปี 2566``: signed in a month or a year the text names, on no day it
    names (so not on the release's day)."""
    return any(d.precision in ("month", "year") and inst.title_end <= d.start < inst.title_end + 40
               and re.search(r"(?:เมื่อ|ใน)\s*(?:ปี|เดือน)?\s*$", text[max(0, d.start - 12):d.start]) for d in dates)


# ``… พร้อมลงนาม MOU กับ บริษัท หัวเว่ย … ในวันที่ 18 ธ.ค. 2566``: the day the signing clause
# itself gives, after the instrument; nearer the signing than the ``วันนี้ (19 ธ.ค.)`` of the report.
_ON_DAY = re.compile(r"(?:ใน|เมื่อ)\s*(?:วัน(?:ที่)?\s*)?$")   # the date mention may hold the วันที่


def _own_day(text: str, dates, inst: Instrument, hi: int):
    """A one-day date introduced by ``ในวันที่``/``เมื่อวันที่`` in the instrument's own clause,
    within 120 characters after its title."""
    stop = clause_end(text, inst.title_end, min(hi, inst.title_end + 120))
    for d in sorted(dates, key=lambda d: d.start):
        if inst.title_end <= d.start < stop and _one_day(d) and \
                _ON_DAY.search(text, max(inst.title_end, d.start - 12), d.start):
            return d
    return None


def _nearest_date(dates, lo: int, hi: int, anchor: int):
    """The single-day date mention in ``[lo, hi)`` nearest before ``anchor`` (else after)."""
    before = [d for d in dates if lo <= d.start < anchor and _one_day(d)]
    if before:
        return max(before, key=lambda d: d.start)
    after = [d for d in dates if anchor <= d.start < hi and _one_day(d)]
    return min(after, key=lambda d: d.start) if after else None


# Where a clause about one instrument ends inside a paragraph: a new sentence (``ทั้งนี้``,
# ``นอกจากนี้`` …) after a space, or a double space before a new subject.
_CLAUSE_BREAK = re.compile(
    r"\s{2,}(?=ทั้งนี้|นอกจากนี้|ขณะที่|ในขณะที่|ขณะเดียวกัน|ซึ่งหาก|หาก|อย่างไรก็ตาม|จากนั้น|พร้อมกันนี้|สำหรับ|โดยเฉพาะ|ส่วน|ในส่วน|"
    r"รวมถึงได้|ทำให้|ด้าน(?:นาย|นาง|ดร)|[“\"])"
    r"|\s(?=(?:ทั้งนี้|นอกจากนี้|อย่างไรก็ตาม|จากนั้น|พร้อมกันนี้|ขณะเดียวกัน|ในขณะที่|ขณะที่|ในส่วนของ|นอกจากนั้น)[\s,])"
)
# The items of a cabinet summary (``12. เรื่อง …``) and the sections of a long release:
# what one item says never describes an instrument of another.
_BLOCK_HEAD = re.compile(
    r"^[ \t]*(?:\d{1,3}\s*\.\s*)?เรื่อง[ \t]|^[ \t]*(?:ด้าน)?(?:เศรษฐกิจ|สังคม|กฎหมาย|ต่างประเทศ|แต่งตั้ง)[ \t]*$"
    r"|^[ \t]*\d{1,3}\s*\.\s*(?i:subject|title)\b|^[ \t]*[*_=]{5,}[ \t]*$",
    re.MULTILINE,
)
_ENUM_LINE = re.compile(r"\s*(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]|[-•●▪*]|[ก-ฮ][.)])\s*")


def blocks(text: str) -> list[int]:
    r"""Start offsets of the items (cabinet summary ``N. เรื่อง …``) and sections of ``text``.

    >>> t = "สรุปข่าว|1. เรื่อง ก|ข้อความ|2. เรื่อง ข|ข้อความ".replace("|", chr(10))
    >>> [t[b:t.find(chr(10), b)] for b in blocks(t)]
    ['สรุปข่าว', '1. เรื่อง ก', '2. เรื่อง ข']
    """
    return [0] + [m.start() for m in _BLOCK_HEAD.finditer(text) if m.start() > 0]


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


def _scope(text: str, paras, inst: Instrument, next_start: int, para_idx: int,
           block_end: int) -> tuple[int, int]:
    """The text that describes one instrument: its own clause (up to the next instrument or
    the end of its sentence), the enumeration that clause opens, and the follow-up
    paragraphs about it; never past its cabinet-summary item (``block_end``)."""
    ps, pe = paras[para_idx]
    lo = clause_start(text, inst.start, max(ps, inst.start - 40))
    last_in_para = not (inst.start < next_start < pe)
    hi = min(pe, next_start) if next_start > inst.start else pe
    enum_open = bool(_ENUM_INTRO.search(text, inst.start, hi)) or bool(_ENUM_ANY.search(text, inst.start, hi))
    if not enum_open:
        hi = max(inst.title_end, clause_end(text, inst.title_end, hi)) if hi > inst.title_end else hi
    if last_in_para:
        enum_open = enum_open or bool(_ENUM_INTRO.search(text[ps:pe]))
        k = para_idx + 1
        while k < len(paras) and k <= para_idx + 12:
            s, e = paras[k]
            if s >= block_end or (inst.start < next_start < e):   # the paragraph of the next instrument
                break
            line = text[s:e]
            if _ITEM_HEAD.match(line):   # the next item of a cabinet summary, a new subject
                break
            if _ENUM_LINE.match(line) and enum_open:
                hi = e
            elif _FOLLOW_UP.match(line) and k <= para_idx + 3:
                intro = bool(_ENUM_ANY.search(line))
                hi = e if intro else clause_end(text, s + 1, e)
                enum_open = intro
            else:
                break
            k += 1
    return lo, max(hi, inst.title_end)


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
# ``มีความตกลงที่จะแล้วเสร็จในปี 2567 ได้แก่ 1. … 2. …``: a bare instrument word opening a
# list of the instruments named after it (the list itself is not one).
_LIST_OF_INSTRUMENTS = re.compile(r"\s*(?:ที่|ซึ่ง)[^\n]{0,100}?(?:ได้(?:แ|เเ)ก่|ดังนี้|ประกอบด้วย)")
# Instruments still being negotiated (gold convention: planned).
_NEGOTIATION = re.compile(r"เจรจา|จะแล้วเสร็จ|อยู่ระหว่าง(?:การ)?(?:จัดทำ|ขอเข้าร่วม)|(?i:negotiat)")
# ``ร่วมกับ X``, ``กับ X`` right after an instrument's title: its other side.
_WITH_PARTY = re.compile(r"\s*(?:\([^()\n]{0,80}\)\s*)?(?:ร่วมกับ|กับ|(?i:with)\s)")


#: An enumeration marker right before an instrument: ``2) บันทึก…``, ``(3) ความร่วมมือ Memorandum …``.
_ITEM_MARK = re.compile(r"(?:^|(?<=\s))\(?\d{1,2}[.)]\s*(?:ความร่วมมือ|ร่าง|\(ร่าง\)|(?i:the))?\s*$", re.MULTILINE)
_FIRST_ITEM = re.compile(r"(?:^|(?<=\s))\(?1[.)]\s*\S", re.MULTILINE)
#: A title that says digital and no more.
_GENERIC_DIGITAL = re.compile(r"(?:ด้าน|ทาง)ดิจิทัล(?!\S*(?:เพื่อเศรษฐกิจ))|(?i:\bdigital\s+cooperation\b)")
_DURING = re.compile(r"ในช่วง|ในระหว่าง|ในห้วง|ระหว่างการ|ในการ|ภายใต้|during|at the")


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


def read_agreements(text: str, *, body_start: int = 0, issued: date | None = None, sentences=(),
                    dates=(), countries=(), organisations=(), persons=(), events=()) -> list[AgreementRecord]:
    """Every agreement the text reports, one record per instrument (mentions merged)."""
    protected = sorted({(o.span.start, o.span.end) for o in organisations}
                       | {(c.span.start, c.span.end) for c in countries})
    insts = find_instruments(text, protected=protected)
    if not insts:
        return []
    paras = _paragraphs(text)
    para_starts = [s for s, _ in paras]
    block_starts = blocks(text)
    title_text = _fold(text[:body_start]) if body_start else ""

    def para_of(pos: int) -> int:
        return max(0, bisect_right(para_starts, pos) - 1)

    def block_of(pos: int) -> int:
        return bisect_right(block_starts, pos) - 1

    field_text = _masked(text, [(o.span.start, o.span.end) for o in organisations])
    organisations = party_candidates(text, organisations)
    countries = [c for c in countries if not _in_company_name(text, c)]
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
                or counted:
            collective.add(i)
            ps_, pe = paras[para_of(inst.start)]
            signing = inst.status or ("signed" if re.search(r"ลงนาม|(?i:sign)", text[ps_:inst.start]) else None)
            if signing is None and listed and _NEGOTIATION.search(text, ps_, listed.end()):
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
                if insts[j].status is None and not insts[j].anaphoric and signing:
                    statuses[j] = signing
                    list_fields[j] = intro_fields
    cands: list[_Candidate] = []
    for i, inst in enumerate(insts):
        if i in statuses:
            inst = Instrument(inst.kind, statuses[i], inst.start, inst.cue_end, inst.title_end, inst.title,
                              inst.between, inst.anaphoric)
        if (inst.status is None and not inst.anaphoric) or i in collective:
            continue
        pi = para_of(inst.start)
        ps, pe = paras[pi]
        blk = block_of(inst.start)
        block_end = block_starts[blk + 1] if blk + 1 < len(block_starts) else len(text)
        # the next instrument that is another one, not this one's own name in English
        j = i + 1
        while j < len(insts) and insts[j].start < pe and insts[j].anaphoric or \
                (j < len(insts) and insts[j].start < pe and insts[j].start - inst.title_end < 8
                 and not _NEXT_ITEM.search(text, max(inst.start, inst.title_end - 1), insts[j].start)) or \
                (j < len(insts) and _in_brackets_after(text, inst.title_end, insts[j].start)):
            j += 1
        nxt = insts[j].start if j < len(insts) else len(text)
        scope = _scope(text, paras, inst, nxt, pi, block_end)
        # signatories, witnesses
        sent_lo = max(ps, inst.start - 400)
        sent_hi = min(pe, nxt if nxt > inst.start else pe, inst.title_end + 700)
        signers, witnesses = _signing(text, inst, sent_lo, sent_hi, persons)
        # parties
        headline = inst.start < body_start or _is_echo(text[ps:pe], title_text)
        # a clause read for want of a ระหว่าง names its witnesses and speakers with their
        # posts: their ministries are no parties (``ดร.พิเชฐ … รัฐมนตรีว่าการกระทรวงดิจิทัลฯ กล่าวว่า …``)
        unposted = _outside_posts(organisations, persons, signers)
        if inst.between:
            parties, codes = _actors(*inst.between, countries, organisations)
            explicit = bool(parties) and not headline and not inst.anaphoric
        else:
            parties, codes, explicit = [], set(), False
        marker = _ITEM_MARK.search(text, max(ps, inst.start - 30), inst.start)
        if not parties and marker:
            parties, codes = _item_parties(text, inst, marker.start(), ps, pe, countries, organisations, protected)
        if not parties:
            bm = _BETWEEN.search(text, max(ps, inst.start - 200), min(pe, inst.title_end + 150))
            if bm:
                hi = _ABOUT.search(text, bm.end(), min(pe, bm.end() + 250))
                hi = hi.start() if hi else min(pe, bm.end() + 200)
                # over a party's alias in brackets (``องค์การ…ของญี่ปุ่น (เจโทร กรุงเทพฯ) กับบริษัท …``)
                stop = _parties_end(text, bm.end(), hi, protected)
                parties, codes = _actors(bm.end(), stop if stop > bm.end() else hi, countries, organisations)
                # ``<title> “CEBIT ASEAN Thailand 2018” ระหว่าง A กับ B``: as explicit as inside the title
                explicit = bool(parties) and not headline and bm.start() >= inst.cue_end and not marker and not inst.anaphoric
        if not parties:
            lo = max(ps, clause_start(text, inst.start, max(ps, inst.start - 220)))
            if marker:   # an enumerated instrument: its own item, not the ones before it
                lo = max(lo, marker.start())
            hi = min(pe, max(inst.title_end, inst.cue_end + 60))
            wm = _WITH_PARTY.match(text, inst.title_end, pe)
            if wm:   # ``ลงนาม MOU ร่วมกับบริษัทหัวเว่ย``: the other side after the title
                stop = _TITLE_STOP.search(text, wm.end() + 1, min(pe, wm.end() + 160))
                hi = max(hi, stop.start() if stop else min(pe, wm.end() + 120))
            places = [c for c in countries if not _is_place(text, c.span.start)]
            parties, codes = _actors(lo, hi, places, unposted)
            if not parties:
                parties, codes = _actors(lo, hi, places, organisations)
        if not parties and marker:   # an enumerated instrument: its item, else the list's intro
            first = _FIRST_ITEM.search(text, ps, marker.end())
            for lo, hi in ((marker.start(), scope[1]), (ps, first.start() if first else marker.start())):
                parties, codes = _actors(lo, hi, [c for c in countries if not _is_place(text, c.span.start)], organisations)
                if parties:
                    break
        elif not parties:   # the actors of its paragraph, as a last resort
            places = [c for c in countries if not _is_place(text, c.span.start)]
            parties, codes = _actors(ps, pe, places, unposted)
            if not parties:
                parties, codes = _actors(ps, pe, places, organisations)
        # date
        if inst.status in ("planned", "approved"):
            d = _planned_date(text, dates, max(ps, inst.start - 400), min(pe, sent_hi), inst.start, issued)
        else:
            d = _own_day(text, dates, inst, min(pe, sent_hi)) or \
                _nearest_date(dates, max(ps, inst.start - 400), min(pe, sent_hi), inst.start)
        if d is None and inst.status in ("planned", "approved"):
            d = _adoption_day(text, dates, paras, pi, block_end, issued) or \
                _set_signing_day(text, dates, paras[pi][0], block_end, issued)
        coarse = inst.status == "signed" and _coarse_date(text, dates, inst)
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
        fields = [f.notation for f in find_fields(field_text[scope[0]:scope[1]])]
        fields += [f.notation for f in find_fields(field_text[inst.start:inst.title_end])
                   if not _inside(scope[0], scope[1], inst.start, inst.title_end)]
        fields += [f for f in list_fields.get(i, []) if f not in fields]
        described = _described_later(text, inst, paras, pi, block_end)
        if described:
            fields += [f.notation for f in find_fields(field_text[described[0]:described[1]]) if f.notation not in fields]
        if not fields and _GENERIC_DIGITAL.search(inst.title):
            # ``บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล``: the areas the paragraph names
            fields = [f.notation for f in find_fields(field_text[ps:pe])]
        # event: the nearest one named in the same paragraph before the instrument
        ev = None
        for k, at in enumerate(event_at):
            if ps <= at < inst.start + 10 or (inst.start <= at < min(pe, inst.title_end + 200)
                                              and _DURING.search(text, inst.title_end, max(inst.title_end, at))):
                ev = k
        cands.append(_Candidate(inst, scope, parties, explicit, signers, witnesses,
                                d.start_date if d else None, place, fields,
                                duration_years(text[scope[0]:scope[1]]), ev, codes, headline=headline,
                                block=-1 if inst.start < body_start else blk, item=bool(marker) or i in list_fields,
                                coarse=coarse))
    found = _merge(cands, text, body_start, issued, dates, events, sentences)
    if len(found) == 1:
        found = [_sole_scope_fields(found[0], text, field_text, paras, body_start, block_starts)]
    return found


# A paragraph that speaks of the instrument already named: ``สำหรับบันทึกความเข้าใจฉบับนี้ มี
# วัตถุประสงค์…``, ``สำหรับการลงนามครั้งนี้ เป็นการขยายความร่วมมือ…``, ``… กล่าวว่า MOU ดังกล่าว
# จะ…``, ``ภายใต้ความร่วมมือนี้…``, ``โดยมีขอบเขตความร่วมมือ…``, ``โดยสาระสำคัญของความร่วมมือ
# ครอบคลุม 4 ประเด็น…``. A bare ``ความร่วมมือดังกล่าว``
# is not enough: releases use it for the talks or the forum as often as for the instrument; nor
# is ``การลงนามดังกล่าว เป็นหนึ่งในกิจกรรม…``, the ceremony's setting (news 18506).
_ABOUT_IT = re.compile(
    r"(?:บันทึก\S{0,25}?|MO[UC]s?|เอ็ม\s?โอ\s?ยู|(?:ข้อ|ความ)ตกลง\S{0,20}?|หนังสือแสดง\S{0,15}?|LOI|ปฏิญญา\S{0,20}?|"
    r"แถลงการณ์\S{0,20}?|ความร่วมมือภายใต้\S{0,30}?)\s*(?:ฉบับ)?\s*(?:นี้|ดังกล่าว|ครั้งนี้|ในครั้งนี้)"
    r"|การลงนาม\S{0,30}?(?:ใน)?(?:ครั้ง)?นี้"
    r"|ภายใต้ความร่วมมือ(?:นี้|ดังกล่าว|ครั้งนี้)|ขอบเขต(?:ของ)?(?:ความร่วมมือ|ข้อตกลง|บันทึก|MO[UC]|การดำเนินงาน|การดำเนินการ)"
    r"|สาระสำคัญ(?:ของ)?(?:ร่าง)?(?:ความร่วมมือ|บันทึก|ข้อตกลง|ความตกลง|หนังสือ|MO[UC])"
)
# A line of a numbered list going on from the line before (``4. ความร่วมมือด้านนวัตกรรม…``).
# (Paragraphs that merely go on, ``โดย…`` or the speaker's quote, add as many wrong fields as
# right ones on the development gold: they are not taken.)
_LIST_LINE = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[-•●▪*])\s*\S")
# The end of a release's own text: the rule of asterisks and the ``ที่มา :`` source line.
_FOOTER = re.compile(r"^[ \t]*(?:[*_=]{5,}|ที่มา\s*[:：]|(?i:source\s*:))", re.MULTILINE)


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
    for s, e in paras:
        if s <= first_end or s >= end:
            continue
        line = text[s:e]
        if _ABOUT_IT.search(line) or (taking and _LIST_LINE.match(line)):
            more += [f.notation for f in find_fields(field_text[s:e])]
            taking = True
        else:
            taking = False
    if not more:
        return rec
    return replace(rec, fields=tuple(most_specific(_union([list(rec.fields), more]))))


# ``ความตกลงนี้จะช่วยส่งเสริม…``: "this agreement" as the subject of a clause that describes
# it is a mention of the one just named, whatever ``ระหว่าง`` the clause goes on to say.
_ANAPHOR_CLAUSE = re.compile(r"\s*(?:ฉบับ)?(?:นี้|ดังกล่าว)\s*(?:จะ|เป็น|มี|ได้|ช่วย|มุ่ง|ยัง|ถือ|ครอบคลุม|กำหนด|ประกอบ|เน้น)")
# The next item of an enumeration of instruments (``… 2) บันทึก…``, ``… และ 5) THE MEMORANDUM …``).
_NEXT_ITEM = re.compile(r"\s(?:และ\s*)?\(?\d{1,2}[.)]\s")
# A one-sided item: ``<title> กับ บริษัท โนเกีย (ประเทศไทย) จำกัด``.
_ITEM_WITH = re.compile(r"\s*(?:ร่วมกับ|กับ|(?i:with)\s)")


def _item_parties(text: str, inst: Instrument, item_start: int, ps: int, pe: int, countries, organisations,
                  protected) -> tuple[list[ActorRef], set[str]]:
    """The parties of one item of a list of instruments: those its own item names, plus, when
    the item names only the other side (``1) MOU on IoT … กับ บริษัท โนเกีย``), the side the
    list's intro names (``พิธีลงนามความร่วมมือ ระหว่าง depa กับ หน่วยงาน… จำนวน 5 ฉบับ``)."""
    nxt = _NEXT_ITEM.search(text, inst.title_end, pe)
    item_end = nxt.start() if nxt else min(pe, inst.title_end + 200)
    places = [c for c in countries if not _is_place(text, c.span.start)]
    own, codes = _actors(item_start, item_end, places, organisations)
    wm = _ITEM_WITH.search(text, inst.start, item_end)
    if own and not wm:
        return own, codes
    first = _FIRST_ITEM.search(text, ps, item_start + 1)
    intro_end = first.start() if first else item_start
    bm = None
    for m in _BETWEEN.finditer(text, ps, intro_end):
        bm = m
    if bm is None:
        return own, codes
    side = _WITH_SIDE.search(text, bm.end(), intro_end)
    intro, intro_codes = _actors(bm.end(), side.start() if side else intro_end, places, organisations)
    parties = [p for p in intro if p not in own] + own
    return parties, codes | intro_codes


_WITH_SIDE = re.compile(r"\s*(?:กับ|และ|(?i:and|with)\s)")


def _parties_end(text: str, lo: int, hi: int, protected) -> int:
    """Where a ``ระหว่าง`` clause's parties end: the first title stop that is neither inside a
    name nor the bracket of a party's alias (``(เจโทร กรุงเทพฯ)``, ``(สกพอ.)``)."""
    pos = lo
    while True:
        m = _TITLE_STOP.search(text, pos, hi)
        if not m:
            return hi
        at = m.start() + len(m.group()) - len(m.group().lstrip())
        inside = _protected_end(protected, at)
        if inside:
            pos = inside
            continue
        if m.group().strip() == "(":
            close = text.find(")", m.end(), min(hi, m.end() + 60))
            if close > 0 and (re.match(r"\s*(?:และ|กับ|ร่วมกับ|(?i:and|with)\s)", text[close + 1:close + 12])
                              or close - m.end() <= 25):
                pos = close + 1
                continue
        return m.start()


def _described_later(text: str, inst: Instrument, paras, para_idx: int, block_end: int) -> tuple[int, int] | None:
    """A later paragraph that names the instrument's subject again and lists its parts
    (``… MOU ว่าด้วย “การศึกษาและพัฒนาระบบ 5G Healthcare” …`` and below: ``นายแพทย์สมศักดิ์
    กล่าวว่า การศึกษาและพัฒนาระบบ 5G Healthcare ประกอบด้วย … 1.… 5.…``): from the subject on."""
    about = _ABOUT.search(inst.title)
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


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    ta, tb = _norm_title(a.inst.title), _norm_title(b.inst.title)
    if _distinct(a, b):
        return False
    if a.inst.kind != b.inst.kind and not (a.inst.anaphoric or b.inst.anaphoric or a.headline or b.headline) \
            and min(a.inst.title_end - a.inst.cue_end, b.inst.title_end - b.inst.cue_end) > 8 \
            and not _loosely_named(a, b):
        return False   # a declaration and an MOU, each named in full: two instruments
    if a.explicit and b.explicit:
        if ta and tb and (ta == tb or (len(ta) > 25 and len(tb) > 25 and (ta in tb or tb in ta))):
            return True
        pa, pb = set(a.parties), set(b.parties)
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


def _loosely_named(a: _Candidate, b: _Candidate) -> bool:
    """An MOU and an agreement with an organisation in common: one instrument that the release
    calls by two names (``เซ็นเอ็มโอยู … กับหัวเว่ย`` and, below, ``ลงนามความร่วมมือข้อตกลงระหว่าง
    กระทรวงดิจิทัลฯ และบริษัท หัวเว่ย``); Thai uses ``ข้อตกลง`` and ``MOU`` for the same paper."""
    orgs_a = {p for p in a.parties if p.kind == "org"}
    orgs_b = {p for p in b.parties if p.kind == "org"}
    return {a.inst.kind, b.inst.kind} == {"mou", "agreement"} and bool(orgs_a & orgs_b)


def _name(t: str) -> str:
    t = re.sub(r"^(?:\(ร่าง\)|ร่าง)\s*", "", t)
    return _norm_title(_TITLE_STOP.split(t, 1)[0]).lower()


def _same_name(a: _Candidate, b: _Candidate) -> bool:
    """``ปฏิญญาดิจิทัลโบราเคย์ (Boracay …)`` and, far below, ``ร่างปฏิญญาดิจิทัลโบราเคย์ เป็นเอกสาร…``."""
    na, nb = _name(a.inst.title), _name(b.inst.title)
    return len(na) >= 18 and len(nb) >= 18 and (na.startswith(nb) or nb.startswith(na))


def _distinct(a: _Candidate, b: _Candidate) -> bool:
    """Two items of one enumeration, or two titles with different subjects: two instruments."""
    if a.item and b.item and 0 < abs(a.inst.start - b.inst.start) < ITEM_DISTANCE and not (a.inst.anaphoric or b.inst.anaphoric):
        # items of one list are distinct even when their names share a generic head
        # (``1. ความตกลงการค้าเสรีอาเซียน-จีน``, ``2. ความตกลงการค้าเสรี (FTA) ไทย-…``)
        ta, tb = _norm_title(a.inst.title).lower(), _norm_title(b.inst.title).lower()
        return not (ta in tb or tb in ta)
    if _same_name(a, b):
        return False
    return _distinct_subjects(a.inst.title, b.inst.title)


def _distinct_subjects(a: str, b: str) -> bool:
    """Two titles in one script, each with its own subject (``ว่าด้วย X``, ``on X``), that
    differ: two instruments (``1) Memorandum of Understanding on IoT … 2) … on Smart City``)."""
    ma, mb = _ABOUT.search(a), _ABOUT.search(b)
    if not (ma and mb) or bool(re.match(r"[A-Za-z]", a)) != bool(re.match(r"[A-Za-z]", b)):
        return False
    sa, sb = _norm_title(a[ma.end():]).lower(), _norm_title(b[mb.end():]).lower()
    return bool(sa and sb) and not (sa.startswith(sb[:12]) or sb.startswith(sa[:12]))


def _norm_title(t: str) -> str:
    t = re.sub(r"\([^)]*\)", "", t)
    return re.sub(r"[\s\"“”]+", "", t)


def _same_block(c: _Candidate, g: list[_Candidate]) -> bool:
    """Mentions in two items of a cabinet summary are two instruments."""
    return c.block == -1 or all(m.block in (-1, c.block) for m in g)


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
    for c in [c for c in cands if not c.explicit]:
        near = lambda g: _same_block(c, g) and (  # noqa: E731
            c.headline or any(abs(m.inst.start - c.inst.start) < MERGE_DISTANCE or _same_name(c, m) for m in g))
        fits = [g for g in groups if near(g) and (all(_compatible(c, m) for m in g if m.explicit) or c.inst.anaphoric)
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
    first_body_date = next((d.start_date for d in sorted(dates, key=lambda d: d.start)
                            if d.start >= body_start and _one_day(d) and not _future(d, issued)), None)
    for g in groups:
        g.sort(key=lambda c: c.inst.start)
        main = next((c for c in g if c.explicit), None) or max(g, key=lambda c: (len(c.parties), -c.inst.start))
        statuses = [c.inst.status for c in g if c.inst.status]
        if not statuses:
            continue
        status = main.inst.status or statuses[0]
        if "approved" in statuses:
            status = "approved"
        elif status == "signed" and "planned" in statuses and main.inst.status != "signed":
            status = "planned"
        kind = main.inst.kind
        parties = list(main.parties)
        if not parties:
            for c in g:
                for p in c.parties:
                    if p not in parties:
                        parties.append(p)
        parties = _without_bloc_members(_as_blocs(parties))
        if not parties:
            continue
        # the body's roles first: a headline's ``… จับมือ แจ็ค หม่า ลงนาม MOU`` is shorthand
        body = [c for c in g if not c.headline]
        body_witnesses = _union(c.witnesses for c in body)
        signers = _union(c.signatories for c in body) or _union(c.signatories for c in g if c.headline)
        signers = [p for p in signers if p not in body_witnesses]
        witnesses = [w for w in _union(c.witnesses for c in g) if w not in signers]
        when = next((c.date for c in g if c.date and not c.headline), None) or next((c.date for c in g if c.date), None)
        if status == "signed" and when is None and not any(c.coarse for c in g):
            when = first_body_date or issued
        elif status != "signed":
            # a planned or approved instrument keeps a date only when a clause about it
            # that is not a report of a signing gives one
            when = next((c.date for c in g if c.date and c.inst.status in ("planned", "approved")
                         and _future_ok(c.date, issued, status)), None)
        fields = most_specific(_union(c.fields for c in g))
        lo = min(c.scope[0] for c in g if not c.headline) if any(not c.headline for c in g) else g[0].scope[0]
        hi = max(c.scope[1] for c in g)
        lo, hi = snap(sentences, lo, hi)
        ev = next((c.event for c in g if c.event is not None), None)
        title = max((c.inst.title for c in g), key=lambda t: (bool(_ABOUT.search(t)), bool(_BETWEEN.search(t)), len(t)))
        out.append(AgreementRecord(
            kind=kind, status=status, span=Span(lo, hi, text[lo:hi]), title=title or None,
            parties=tuple(parties), signatories=tuple(signers), witnesses=tuple(witnesses),
            signing_date=when, fields=fields,
            place=next((c.place for c in g if c.place), None) or (events[ev].country if ev is not None and ev < len(events) else None),
            duration_years=next((c.duration for c in g if c.duration), None), event=ev))
    return out


def _future(d, issued) -> bool:
    return bool(issued and d.start_date and d.start_date > issued)


def _future_ok(d: date, issued, status: str) -> bool:
    return status == "planned" or issued is None or d >= issued


def _union(lists) -> list:
    out: list = []
    for lst in lists:
        for x in lst:
            if x not in out:
                out.append(x)
    return out
