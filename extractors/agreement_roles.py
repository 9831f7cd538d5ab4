"""Who signs an instrument and who witnesses its signing, from the role cues around it."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.instruments import ABOUT, BETWEEN, Instrument, clause_start, persons_between, protected_end
from extractors.patterns import alternation
from extractors.persons import post_heads

_WITH_COMPANY = re.compile(r"พร้อมด้วย|พร้อมคณะ|(?i:accompanied by)")


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
# (Those who ``เข้าร่วมลงนาม`` attend the signing: ``…เป็นผู้ลงนาม และมีนางอรัญญา… รองอธิบดีกรมบังคับคดี… คณะผู้บริหาร… เข้าร่วม
# ลงนามบันทึกความตกลงดังกล่าว``, news 17286; 78 archive hits, mostly staff, guests and bodies that join.)
_SIGNER_BACK = re.compile(r"เป็นผู้(?:ร่วม)?ลงนาม|(?<!การ)(?<!พิธี)(?<!เพื่อ)(?<!เข้า)ร่วม(?:กัน)?ลงนาม|(?:ได้)?(?:ร่วม(?:กัน)?)?ลงนามในนาม|(?i:\bsigned\s+(?:the|an?)\b)")


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


#: ``โดย X`` naming a person who acts for a party (not ``โดยมี``, a lead of its own).
_BY = re.compile(r"โดย(?!มี)")


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
                by = list(_BY.finditer(text, *between))
                if role == "w" and between[1] == start and len(by) == 1:
                    # the clause runs into the cue: its one ``โดย X`` is the witness (``…ระหว่างกระทรวง อุตสาหกรรมของไทย กับ
                    # กระทรวงเศรษฐกิจ การค้า และอุตสาหกรรมของญี่ปุ่น โดยนายสมคิด จาตุศรี พิทักษ์ รองนายกรัฐมนตรี ให้เกียรติเป็น
                    # สักขีพยาน``, news 4376; news 14381 and 71339 alike)
                    zone_lo = by[0].end()
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


#: What ends the clause of an instrument before a ``ระหว่าง`` of persons could be its signatories'.
_SIGNERS_FAR = re.compile(r"\n|(?<![ก-ฮ])ณ\s|เมื่อ|ซึ่ง|โดยมี|ทั้งนี้|(?:ร่วม)?เป็นสักขีพยาน")


def _between_zone(text: str, inst: Instrument, hi: int, protected=()) -> tuple[int, int] | None:
    """The ``ระหว่าง`` clause of an instrument (in its title or right after it), read on over
    ``โดย X`` so that ``ระหว่าง A โดย นาย X กับ B โดย นาย Y`` keeps both names, and over the
    ``protected`` names (a signatory's ``กระทรวงดิจิทัลเพื่อเศรษฐกิจฯ`` holds no purpose clause)."""
    bm = BETWEEN.search(text, inst.start, min(hi, inst.title_end + 12))
    if not bm:   # ``MOU การให้บริการ…  โดยเป็นความร่วมมือระหว่าง สกพอ. โดยนาย X … และบริษัท ทีโอที โดยนาย Y``
        bm = _COOPERATION_BETWEEN.search(text, inst.title_end, min(hi, inst.title_end + 200))
    if not bm:   # ``…ในพิธีลงนามบันทึกข้อตกลงความร่วมมือเพื่อพัฒนาผู้ประกอบการต่อเนื่องเป็นฉบับที่ 3 ระหว่าง ดร.รักษ์ … กับ
        # นางสาวโซเฟีย ชอง…`` (news 79365): the signatories, after the purpose that ends the title
        pm = persons_between().search(text, inst.title_end, min(hi, inst.title_end + 120))
        bm = pm if pm and not _SIGNERS_FAR.search(text, inst.title_end, pm.start()) else None
    if not bm:
        return None
    limit = min(hi, bm.end() + 450)
    stop = _ROLE_STOP.search(text, bm.end(), limit)
    while stop and (after := protected_end(protected, stop.start())):
        stop = _ROLE_STOP.search(text, after, limit)
    end = stop.start() if stop else min(hi, bm.end() + 350)
    about = ABOUT.search(text, bm.end(), end)
    if about and not re.search(r"(?:นาย|นาง|ดร\.|โดย)", text[about.end():end]):
        end = about.start()
    return bm.end(), end


# ``ทั้งสองฝ่ายได้ร่วมกันลงนาม``: the two sides of the talks just reported sign.
_BOTH_SIDES = re.compile(r"ทั้งสอง(?:ฝ่าย|ท่าน)")


# ``ทั้งสองฝ่ายได้ร่วมลงนามไปเมื่อปี 2565`` (news 92437): a signing years before the talks reported,
# by whoever held the posts then, not the two persons of these talks.
_EARLIER = re.compile(r"\S{0,15}?ลงนาม(?:ร่วมกัน)?(?:ไป|ไว้)?(?:แล้ว)?\s*(?:เมื่อ|ใน)\s*(?:ปี|เดือน|พ\.ศ|ค\.ศ)")


def _both_sides(text: str, para_start: int, persons) -> list:
    """The two persons of the paragraph before ``para_start`` (the talks the signing followed),
    when it names exactly two."""
    prev_end = text.rfind("\n", 0, para_start)
    if prev_end < 0:
        return []
    prev_start = text.rfind("\n", 0, prev_end) + 1
    found = _persons_in(persons, prev_start, prev_end)
    return found if len(_names(found)) == 2 else []


@lru_cache(maxsize=1)
def _post_head_before() -> re.Pattern:
    """A post's head written right before an organisation's name (``เลขาธิการ|บีโอไอ``, ``รมว.|ดีอี``)."""
    heads = [h for h in post_heads() if len(h) >= 4 and "{" not in h]
    return re.compile(r"(?:รอง)?(%s)[ \t]*$" % alternation(heads))


def _post_holders(text: str, lo: int, hi: int, persons, organisations) -> list:
    """The persons a release names in the posts that sign without a name: ``…ทั้งนี้ ในงานนี้ เลขาธิการบีโอไอและซีอีโอ
    สภาธุรกิจสิงคโปร์ (SBF) ได้ลงนามบันทึกความเข้าใจ (MOU)…`` after ``นายนฤตม์ เทอดสถีรศักดิ์ เลขาธิการคณะกรรมการส่งเสริมการ
    ลงทุน (บีโอไอ)`` (news 99889). Only a post one person holds in the release."""
    out = []
    heads = post_heads()
    for o in organisations:
        if not lo <= o.span.start < hi:
            continue
        m = _post_head_before().search(text, max(lo, o.span.start - 30), o.span.start)
        if m is None:
            continue
        post = (heads[m.group(1)] or m.group(1)).split("{")[0]
        post = "รอง" + post if m.group().startswith("รอง") else post
        holders = {p.name: p for p in persons if p.org_key == o.key and p.post and p.post.startswith(post)}
        if len(holders) == 1:
            out.extend(holders.values())
    return out


#: One side's signer named as such (``เป็นผู้ลงนามฝ่ายจีน``, news 24386): the other side's is the subject of the verb.
_ONE_SIDE = re.compile(r"ผู้ลงนามฝ่าย")


def signatories_and_witnesses(text: str, inst: Instrument, sent_lo: int, sent_hi: int, persons,
                              protected=(), organisations=()) -> tuple[list[str], list[str]]:
    """Signatories and witnesses around one instrument mention.

    Explicit role cues first (``โดยมี X เป็นผู้ลงนาม``, ``X ร่วมเป็นสักขีพยาน``, ``ลงนามโดย X``),
    then the persons of its ``ระหว่าง`` clause (``ระหว่าง นาย X อธิบดี… และนาย Y …``), then
    ``<title> โดย X และ Y``, then the subject of the signing verb (``นาย X ได้ลงนาม MOU``).
    """
    bz = _between_zone(text, inst, sent_hi, protected)
    signer_zones, witness_zones = _role_zones(text, sent_lo, sent_hi, inst, bz)
    in_zone = lambda p, zones: any(a <= p.span.start < b for a, b in zones)  # noqa: E731
    witnesses = [p for p in persons if in_zone(p, witness_zones)]
    signers = [p for p in persons if in_zone(p, signer_zones) and not in_zone(p, witness_zones)]
    if not signers and any(_BOTH_SIDES.search(text, a, b) and not _EARLIER.match(text, b, b + 40) for a, b in signer_zones):
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
    if not signers or len(signers) == 1 and _ONE_SIDE.search(text, sent_lo, sent_hi):
        # "นาย X … ได้ลงนาม/ร่วมลงนาม <instrument>": the subject of the signing verb (also beside the one side's
        # signer named as such: ``ดร.สุวิทย์ … ลงนามในบันทึกความเข้าใจ… โดยมี นายหลู่ย์ เจี้ยน… เป็นผู้ลงนามฝ่ายจีน``)
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
            subjects = [p for p in cands if p.span.start >= br]
            # (no name in the subject: the persons named elsewhere in the posts it gives)
            signers += [p for p in subjects or _post_holders(text, br, verb, persons, organisations) if p not in signers]
    by_position = lambda p: p.span.start  # noqa: E731  (role cues and ระหว่าง clauses are read in turn)
    return _names(sorted(signers, key=by_position)), _names(sorted(witnesses, key=by_position))
