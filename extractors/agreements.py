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
from dataclasses import dataclass, field as dc_field
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
def _patterns():
    cues = _cues()
    inst = re.compile("|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(cues["instrument"])))
    kinds = {f"{k}{i}": k for i, (k, _) in enumerate(cues["instrument"])}
    status = {role: re.compile("|".join(f"(?:{p})" for _, p in cues[role]))
              for role in ("approved", "planned", "signed", "anaphor")}
    return inst, kinds, status


# Where an instrument's title stops (looked for after its ว่าด้วย clause or its parties).
_TITLE_STOP = re.compile(
    r"\s*(?:\n|\s{2,}|\(|\)|“|”|\"|ณ\s|โดย(?!ตรง)|เมื่อ|ซึ่ง|ในช่วง|ในระหว่าง|ในห้วง|ในโอกาส|ในการประชุม|ระหว่างการ|ภายใต้|"
    r"เพื่อ(?!การ|ความ)|ทั้งนี้|อันจะ|จะมี|จะเป็น|มีระยะเวลา|มีอายุ|มีวัตถุประสงค์|มีเนื้อหา|วันที่|ใน\s*วัน|ภายใน|ต่อไป|"
    r"และได้|และมี|และจะ|และให้|และเห็นชอบ|และอนุมัติ|และมอบ|ให้\s*(?:รัฐมนตรี|รมว|ผู้|กระทรวง|นาย)|พร้อม(?:ทั้ง|กับ|ด้วย)|"
    r"ที่จะ|ที่ได้|ที่มี|ที่ลงนาม|แล้ว|,|;|\.(?=\s|$)|[:：]|—|–\s)"
)
_LATIN_TITLE = re.compile(r"(?i)(?:memorandum|letter|joint|declaration|agreement)[^()\n]{0,300}")
_BETWEEN = re.compile(r"ระหว่าง(?!วันที่|การ|ประเทศสมาชิก|เดือน|ปี|\s*\d)|(?i:\bbetween\b)")
_ABOUT = re.compile(r"ว่าด้วย|(?i:\s(?:on|concerning|regarding|in the field of)\s)")
_WITNESS = re.compile(r"สักขีพยาน|(?i:witness)")
_WITNESS_LEAD = re.compile(r"โดยมี|ต่อหน้า|(?i:in the presence of)")
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
    r"^\s*(?:\(?\d{1,2}[.)]\s*|[-•●▪*]\s*|(?:สำหรับ|โดย|ทั้งนี้|ซึ่ง)?\s*(?:บันทึก\S{0,20}|MO[UC]|ความตกลง\S{0,10}|หนังสือแสดง\S{0,15}|ปฏิญญา\S{0,10}|แถลงการณ์ร่วม)\s*(?:ฉบับนี้|ดังกล่าว|ฯ)|"
    r"(?:มีวัตถุประสงค์|ขอบเขต|สาระสำคัญ|ความร่วมมือ(?:สำคัญ|ดังกล่าว|ภายใต้)|ครอบคลุม|ประกอบด้วย|ได้แก่|อาทิ|โดยมี(?:สาระ|ขอบเขต|เนื้อหา)|ทั้งสองฝ่าย(?:จะ|ได้)?(?:ร่วมมือ|ส่งเสริม)))"
)
_ENUM_INTRO = re.compile(r"(?:อาทิ|ได้แก่|ประกอบด้วย|ครอบคลุม|ดังนี้|ดังต่อไปนี้|ใน\s*\d+\s*ด้าน|[:：])\s*$")
_ITEM_HEAD = re.compile(r"\s*(?:\d{1,2}\.\s*)?(?:เรื่อง|ด้าน(?:เศรษฐกิจ|สังคม|กฎหมาย|ต่างประเทศ)|กฎหมาย|เศรษฐกิจ\s*-\s*สังคม|ต่างประเทศ|แต่งตั้ง)\s")
_DRAFT_BEFORE = re.compile(r"(?:\(ร่าง\)|ร่าง)\s*$")


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
        while m and _protected_end(protected, m.start() + (len(m.group()) - len(m.group().lstrip()))):
            m = _TITLE_STOP.search(text, _protected_end(protected, m.start() + (len(m.group()) - len(m.group().lstrip()))), limit)
        end = m.start() if m else min(limit, pos + 400)
        seg = text[pos:end]
        # a stop right after ระหว่าง/ว่าด้วย, or ``และ`` joining two parties, does not end the title
        if m and re.search(r"(?:ระหว่าง|ว่าด้วย|และ|กับ|แห่ง|ของ|ใน)\s*$", text[start:end]):
            pos = m.end()
            continue
        if m and m.group().strip() == "(":   # a parenthesised alias inside the parties
            close = text.find(")", m.end(), min(limit, m.end() + 120))
            if close > 0 and _ABOUT.search(text, close, min(limit, close + 200)) and not _ABOUT.search(text, start, m.start()):
                pos = close + 1
                continue
        return end if end > start else pos
    return pos


def _status(text: str, para_start: int, start: int, cue_end: int, t_end: int, para_end: int) -> str | None:
    _, _, status = _patterns()
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
        anaphoric = bool(status["anaphor"].match(text, e, min(para_end, e + 25))) and not _BETWEEN.search(title)
        between = None
        bm = _BETWEEN.search(text, s, t_end)
        if bm:
            am = _ABOUT.search(text, bm.end(), t_end)
            between = (bm.end(), am.start() if am else t_end)
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


def _signing(text: str, inst: Instrument, sent_lo: int, sent_hi: int, persons) -> tuple[list[str], list[str]]:
    """Signatories and witnesses around one instrument mention."""
    witnesses: list = []
    zones: list[tuple[int, int]] = []
    for w in _WITNESS.finditer(text, sent_lo, sent_hi):
        lead = None
        for lm in _WITNESS_LEAD.finditer(text, max(sent_lo, w.start() - 350), w.start()):
            lead = lm
        if lead is not None:
            zone = (lead.start(), w.start())
        else:  # "นาย X … ร่วมเป็นสักขีพยานการลงนาม …": the clause before
            zone = (max(sent_lo, w.start() - 200), w.start())
            if zone[0] < inst.title_end <= w.start():
                zone = (inst.title_end, w.start())
        zones.append(zone)
        witnesses += _persons_in(persons, *zone)
    in_zone = lambda p: any(a <= p.span.start < b for a, b in zones)  # noqa: E731
    signers: list = []
    # "… ว่าด้วย … โดยนาย X … และนาย Y": the signatories after the title
    m = re.match(r"\s*(?:\([^()\n]{0,300}\)\s*)?(?:ซึ่ง)?(?:ได้)?(?:ลงนาม)?(?:โดย|(?i:signed\s+by|by))", text[inst.title_end:sent_hi])
    if m:
        lo = inst.title_end + m.end()
        stop = re.compile(r"โดยมี|ต่อหน้า|ณ\s|เพื่อ|ซึ่ง|ทั้งนี้")
        sm = stop.search(text, lo, sent_hi)
        hi = sm.start() if sm else min(sent_hi, lo + 400)
        signers = [p for p in _persons_in(persons, lo, hi) if not in_zone(p)]
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
            cands = [p for p in _persons_in(persons, lo, verb) if not in_zone(p)]
            if company is not None:
                cands = [p for p in cands if p.span.start < company.start()] or cands
            # the subject: persons after the last clause break before the verb
            br = max([lo] + [mm.end() for mm in re.finditer(r"\s{2,}|กล่าวว่า|เปิดเผยว่า|ว่า\s|ทั้งนี้|นอกจากนี้", text[lo:verb])])
            signers = [p for p in cands if p.span.start >= (br if br == lo else lo + br)]
    return _names(signers), _names(witnesses)


def _nearest_date(dates, lo: int, hi: int, anchor: int):
    """The day-precision date mention in ``[lo, hi)`` nearest before ``anchor`` (else after)."""
    before = [d for d in dates if lo <= d.start < anchor and d.precision == "day" and d.start_date]
    if before:
        return max(before, key=lambda d: d.start)
    after = [d for d in dates if anchor <= d.start < hi and d.precision == "day" and d.start_date]
    return min(after, key=lambda d: d.start) if after else None


def _scope(text: str, paras, inst: Instrument, next_start: int, para_idx: int) -> tuple[int, int]:
    """The text that describes one instrument: its clause to the next instrument or the
    paragraph's end, plus enumerations and follow-up paragraphs about it."""
    ps, pe = paras[para_idx]
    lo = max(ps, inst.start - 40)
    hi = min(pe, next_start) if next_start > inst.start else pe
    if hi == pe:
        enum_open = bool(_ENUM_INTRO.search(text[ps:pe]))
        k = para_idx + 1
        while k < len(paras) and k <= para_idx + 12:
            s, e = paras[k]
            if next_start <= s and next_start > inst.start:
                break
            line = text[s:e]
            if _ITEM_HEAD.match(line):   # the next item of a cabinet summary, a new subject
                break
            if re.match(r"\s*(?:\(?\d{1,2}[.)]|[-•●▪*])\s*", line) and enum_open:
                hi = e
            elif _FOLLOW_UP.match(line) and k <= para_idx + 3:
                hi = e
                enum_open = bool(_ENUM_INTRO.search(line))
            else:
                break
            k += 1
    return lo, hi


def read_agreements(text: str, *, body_start: int = 0, issued: date | None = None, sentences=(),
                    dates=(), countries=(), organisations=(), persons=(), events=()) -> list[AgreementRecord]:
    """Every agreement the text reports, one record per instrument (mentions merged)."""
    protected = sorted({(o.span.start, o.span.end) for o in organisations}
                       | {(c.span.start, c.span.end) for c in countries})
    insts = find_instruments(text, protected=protected)
    if not insts:
        return []
    paras = _paragraphs(text)
    title_text = _fold(text[:body_start]) if body_start else ""
    para_of = lambda pos: next((i for i, (s, e) in enumerate(paras) if s <= pos < e), len(paras) - 1)  # noqa: E731
    events = list(events)
    cands: list[_Candidate] = []
    for i, inst in enumerate(insts):
        if inst.status is None and not inst.anaphoric:
            continue
        pi = para_of(inst.start)
        ps, pe = paras[pi]
        nxt = insts[i + 1].start if i + 1 < len(insts) else len(text)
        # the next instrument that is another one, not this one's own name in English
        j = i + 1
        while j < len(insts) and insts[j].start < pe and (insts[j].start - inst.title_end < 8 or insts[j].anaphoric):
            j += 1
        nxt = insts[j].start if j < len(insts) else len(text)
        scope = _scope(text, paras, inst, nxt, pi)
        # parties
        headline = inst.start < body_start or _is_echo(text[ps:pe], title_text)
        if inst.between:
            parties, codes = _actors(*inst.between, countries, organisations)
            explicit = bool(parties) and not headline
        else:
            parties, codes, explicit = [], set(), False
        if not parties:
            bm = _BETWEEN.search(text, max(ps, inst.start - 200), min(pe, inst.title_end + 150))
            if bm:
                hi = _ABOUT.search(text, bm.end(), min(pe, bm.end() + 250))
                hi = hi.start() if hi else min(pe, bm.end() + 200)
                stop = _TITLE_STOP.search(text, bm.end(), hi)
                parties, codes = _actors(bm.end(), stop.start() if stop else hi, countries, organisations)
        if not parties:
            lo = max(ps, inst.start - 220)
            hi = min(pe, max(inst.title_end, inst.cue_end + 60))
            parties, codes = _actors(lo, hi, [c for c in countries if not _is_place(text, c.span.start)],
                                     organisations)
        # signatories, witnesses
        sent_lo = max(ps, inst.start - 400)
        sent_hi = min(pe, nxt if nxt > inst.start else pe, inst.title_end + 700)
        signers, witnesses = _signing(text, inst, sent_lo, sent_hi, persons)
        # date
        d = _nearest_date(dates, max(ps, inst.start - 400), min(pe, sent_hi), inst.start)
        # place
        place = None
        pm = re.search(r"ณ\s*", text[inst.title_end:min(pe, inst.title_end + 40)])
        if pm:
            at = inst.title_end + pm.end()
            near = [c for c in countries if at <= c.span.start < at + 60]
            if near:
                place = near[0].code
        # fields
        fields = [f.notation for f in find_fields(text[scope[0]:scope[1]])]
        fields += [f.notation for f in find_fields(inst.title)]
        # event: the nearest one named in the same paragraph before the instrument
        ev = None
        for k, e in enumerate(events):
            if ps <= e.span.start < inst.start + 10 or (inst.start <= e.span.start < min(pe, inst.title_end + 200)
                                                         and re.search(r"ในช่วง|ในระหว่าง|ในห้วง|ระหว่างการ|ในการ|ภายใต้|during|at the",
                                                                       text[inst.title_end:e.span.start])):
                ev = k
        cands.append(_Candidate(inst, scope, parties, explicit, signers, witnesses,
                                d.start_date if d else None, place, fields,
                                duration_years(text[scope[0]:scope[1]]), ev, codes, headline=headline))
    return _merge(cands, text, body_start, issued, dates, events)


def _fold(s: str) -> str:
    return re.sub(r"[\s\"“”‘’']+", "", s)


def _is_echo(paragraph: str, title_text: str) -> bool:
    """Is this paragraph the release's title again (thaigov repeats it atop the body)?"""
    p = _fold(paragraph)
    return bool(title_text) and len(p) > 20 and (p in title_text or (len(p) < len(title_text) + 40 and title_text[-40:] in p))


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    ta, tb = _norm_title(a.inst.title), _norm_title(b.inst.title)
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


def _norm_title(t: str) -> str:
    t = re.sub(r"\([^)]*\)", "", t)
    return re.sub(r"[\s\"“”]+", "", t)


def _merge(cands: list[_Candidate], text: str, body_start: int, issued, dates, events) -> list[AgreementRecord]:
    groups: list[list[_Candidate]] = []
    # explicit (``ระหว่าง``) mentions first, in text order; then the others join the nearest
    for c in [c for c in cands if c.explicit]:
        for g in groups:
            if any(_compatible(c, m) for m in g if m.explicit):
                g.append(c)
                break
        else:
            groups.append([c])
    for c in [c for c in cands if not c.explicit]:
        near = lambda g: c.headline or any(abs(m.inst.start - c.inst.start) < MERGE_DISTANCE for m in g)  # noqa: E731
        fits = [g for g in groups if near(g) and (all(_compatible(c, m) for m in g if m.explicit) or c.inst.anaphoric)]
        if fits:
            if c.inst.anaphoric or c.headline or not (c.countries - {"TH"}):
                before = [g for g in fits if g[0].inst.start <= c.inst.start]
                target = before[-1] if before else fits[0]
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
                            if d.start >= body_start and d.precision == "day" and d.start_date and not _future(d, issued)), None)
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
        signers = _union(c.signatories for c in g)
        witnesses = [w for w in _union(c.witnesses for c in g) if w not in signers]
        when = next((c.date for c in g if c.date and not c.headline), None) or next((c.date for c in g if c.date), None)
        if status == "signed" and when is None:
            when = first_body_date or issued
        elif status != "signed" and when is not None:
            # a planned or approved instrument keeps a date only when the clause gives one
            if not any(c.date and _future_ok(c.date, issued, status) for c in g):
                when = None
        fields = most_specific(_union(c.fields for c in g))
        lo = min(c.scope[0] for c in g if not c.headline) if any(not c.headline for c in g) else g[0].scope[0]
        hi = max(c.scope[1] for c in g)
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
