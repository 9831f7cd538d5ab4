"""Who the parties of an instrument are: the organisations and countries of its clauses.

Which mentions can be parties at all (not the cabinet that approves, not the parent
ministry named after its department, not a country that is a place or part of a company's
name), the actors of a span, the items of a list of instruments, and blocs (an ASEAN
instrument's parties are ASEAN, not its members).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Sequence

from extractors.instruments import BETWEEN, FIRST_ITEM, INSTRUMENT_WORD, NEXT_ITEM, TITLE_STOP, Instrument, cues, protected_end
from extractors.records import ActorRef

def inside(a: int, b: int, s: int, e: int) -> bool:
    return s >= a and e <= b


def outside(mentions, gaps: Sequence[tuple[int, int]]) -> list:
    """The ``mentions`` that lie in none of ``gaps`` (a signer's clause between parties names their
    posts' bodies, which are no parties)."""
    if not gaps:
        return mentions
    return [m for m in mentions if not any(a <= m.span.start < b for a, b in gaps)]


def actors(lo: int, hi: int, countries, orgs, exclude_places: str = "") -> tuple[list[ActorRef], set[str]]:
    """Organisations and countries named in ``[lo, hi)``: countries inside an organisation's
    name count through the organisation; a country after ``ณ`` is a place, not a party."""
    refs: list[ActorRef] = []
    codes: set[str] = set()
    org_spans = []
    for o in orgs:
        span = o.span
        if lo <= span.start and span.end <= hi:   # (inside(), written out: asked of every name at every instrument)
            ref = ActorRef("org", o.key)
            if ref not in refs:
                refs.append(ref)
            org_spans.append((o.span.start, o.span.end))
            if o.country:
                codes.add(o.country)
    for c in countries:
        s, e = c.span.start, c.span.end
        if not (lo <= s and e <= hi) or any(a <= s and e <= b for a, b in org_spans):
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
    return frozenset(key for _, key in cues().get("non-party", []))


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
def bloc_members() -> dict[str, frozenset[str]]:
    """Bloc key -> member countries (``bloc-members`` cues)."""
    return {key: frozenset(codes.split()) for key, codes in cues().get("bloc-members", [])}


@lru_cache(maxsize=1)
def _party_of() -> dict[str, str]:
    """Meeting body key -> the bloc it adopts instruments for (``party-of`` cues)."""
    return {key: bloc for key, bloc in cues().get("party-of", [])}


#: The mandate of a ministry of the whole digital field (MDES): it takes the field its partners exist for.
WHOLE_FIELD = "*"


@lru_cache(maxsize=1)
def mandates() -> dict[str, str]:
    """Body key -> the cooperation field it exists for (``mandate`` cues)."""
    return {key: notation for key, notation in cues().get("mandate", [])}


def shared_mandate(parties: Sequence[ActorRef]) -> str | None:
    """The field every organisation among two or more parties exists for, if they share one.

    An MOU between two countries' digital-economy agencies that the release names and no more
    (``บันทึกความเข้าใจระหว่าง Malaysia Digital Economy Corporation … และสำนักงานส่งเสริมเศรษฐกิจดิจิทัล
    (depa)``, news 64756) is about the digital economy (gold convention). MDES counts as any partner's field
    (:data:`WHOLE_FIELD`): its content-less MOU with China Telecom is about telecom (news 7995)."""
    orgs = [p.key for p in parties if p.kind == "org"]
    found = {mandates().get(key) for key in orgs} - {WHOLE_FIELD}
    return found.pop() if len(orgs) >= 2 and len(found) == 1 and None not in found else None


def as_blocs(parties: list[ActorRef]) -> list[ActorRef]:
    """``ปฏิญญา…`` adopted by the ASEAN Digital Ministers' Meeting is ASEAN's."""
    out: list[ActorRef] = []
    for p in parties:
        q = ActorRef("org", _party_of()[p.key]) if p.kind == "org" and p.key in _party_of() else p
        if q not in out:
            out.append(q)
    return out


def without_bloc_members(parties: list[ActorRef], *, declaration: bool = False) -> list[ActorRef]:
    """An ASEAN instrument's parties: ASEAN and its non-member partners, not the members
    named around it (``ปฏิญญาอาเซียน…`` approved by Thailand's cabinet has no party TH).

    A bloc's declaration or joint statement is the bloc's: a member's ministry that proposes or adopts it is no
    party either (``…ถ้อยแถลงร่วมสำหรับการประชุมคณะมนตรีประชาคมสังคมและวัฒนธรรมอาเซียน… ตามที่กระทรวงการพัฒนาสังคมฯ เสนอ``;
    the gold sets' 46 declarations with a bloc party name no Thai body beside it)."""
    members: set[str] = set()
    for p in parties:
        if p.kind == "org":
            members |= bloc_members().get(p.key, frozenset())
    kept = [p for p in parties if not (p.kind == "country" and p.key in members)]
    if declaration and members:
        from extractors.organisations import organisations

        registry = organisations()
        kept = [p for p in kept if not (p.kind == "org" and p.key in registry and registry[p.key].country in members)]
    return kept


def _ancestors(key: str) -> set[str]:
    from extractors.organisations import organisations

    reg, out = organisations(), set()
    while key in reg and reg[key].parent and reg[key].parent not in out:
        key = reg[key].parent
        out.add(key)
    return out


#: A body set up to negotiate or draft an instrument is no party to it: ``มอบคณะกรรมการเจรจากรอบความตกลงเศรษฐกิจดิจิทัล
#: อาเซียนให้เร่งการเจรจา`` (news 84970), the UN's ``Ad Hoc Committee to Elaborate a Comprehensive International Convention``.
_NEGOTIATING_BODY = re.compile(r"คณะ(?:กรรมการ|ทำงาน)(?:ร่วม)?(?:การ)?เจรจา|คณะเจรจา|(?i:(?:the\s+)?(?:ad\s+hoc\s+committee\s+to\s+"
                               r"elaborate|negotiating\s+(?:committee|group)))")


def party_candidates(text: str, organisations) -> list:
    """The organisation mentions that can be parties: not an approving body (the cabinet),
    not the parent ministry named right after its own department (``กรมการแพทย์
    กระทรวงสาธารณสุข``: the department signs), not a discovered name that overlaps a
    registered one (``บริษัท อีริคสัน (ประเทศไทย) จำกัด`` around ``อีริคสัน``)."""
    orgs = sorted(organisations, key=lambda o: (o.span.start, -o.span.end))
    registered = [(o.span.start, o.span.end) for o in orgs if o.registered]
    other_companies = [(o.span.start, o.span.end) for o in orgs if not o.registered and o.span.text.startswith("บริษัท")]
    by_end = _ByEnd(orgs)
    out, prev = [], None
    for o in orgs:
        if o.key in _non_party_keys() or _in_instrument_name(text, o.span.start, o.span.end) \
                or _NEGOTIATING_BODY.match(o.span.text):
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
        if _english_alias(text, o, by_end):
            continue
        out.append(o)
        prev = o
    return out


# ``… แห่งราชอาณาจักรกัมพูชา (Ministry of Industry, Science, Technology & Innovation หรือ MISTI)``,
# ``องค์การการค้าและการพัฒนาแห่งสหรัฐอเมริกา (U.S Trade and Development Agency: USTDA)``: the
# brackets after a Thai name hold its English name, whatever shorter name the registry or
# discovery finds inside it (``Ministry of Industry``, ``S Trade and Development Agency``).
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.&,:' -]*")


class _ByEnd:
    """Mentions by where they end, to find those that end in a stretch by bisection: a cabinet
    summary names a thousand organisations, and each English name in brackets looked at all of them."""

    def __init__(self, mentions) -> None:
        self._mentions = sorted(mentions, key=lambda m: m.span.end)
        self._ends = [m.span.end for m in self._mentions]

    def ending_in(self, lo: int, hi: int) -> list:
        """The mentions whose span ends at ``lo`` … ``hi`` (both included)."""
        return self._mentions[bisect_left(self._ends, lo):bisect_right(self._ends, hi)]


def _english_alias(text: str, o, orgs: _ByEnd) -> bool:
    """Is mention ``o`` a Latin-script name inside the brackets right after a Thai-script
    organisation name: that organisation's English name, no party of its own?"""
    if not _LATIN_NAME.fullmatch(o.span.text):
        return False
    open_ = text.rfind("(", max(0, o.span.start - 40), o.span.start)
    if open_ < 0 or ")" in text[open_:o.span.start] or ")" not in text[o.span.end:o.span.end + 120]:
        return False
    if not re.fullmatch(r"[A-Za-z.&,:' -]*", text[open_ + 1:o.span.start]):
        return False
    # a Thai name that ends before the bracket, white space (``str.strip``'s) apart
    gap = open_
    while gap > 0 and text[gap - 1].isspace():
        gap -= 1
    return any(re.search(r"[ก-๙]", p.span.text) and p.key != o.key for p in orgs.ending_in(gap, open_))


def _in_instrument_name(text: str, start: int, end: int) -> bool:
    """``(Digital Economy Partnership Agreement: DEPA)``: a name inside an instrument's own
    English name in brackets is the instrument's, not a party (depa the agency)."""
    open_ = text.rfind("(", max(0, start - 80), start)
    close = text.find(")", end, end + 80)
    if open_ < 0 or close < 0 or ")" in text[open_:start] or "(" in text[end:close]:
        return False
    return bool(INSTRUMENT_WORD.search(text, open_, close))


def in_company_name(text: str, c) -> bool:
    """``บริษัท โนเกีย (ประเทศไทย) จำกัด``: the country in brackets is part of a company's name."""
    before, after = text[max(0, c.span.start - 12):c.span.start], text[c.span.end:c.span.end + 20]
    if not (re.search(r"\(\s*(?:ประเทศ)?\s*$", before) and re.match(r"\s*\)", after)):
        return False
    return bool(re.match(r"\s*\)\s*(?:จ(?:ำ|ํา)กัด|(?i:co|ltd|limited))", after)
                or "บริษัท" in text[max(0, c.span.start - 60):c.span.start])   # ``บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย)``


#: What ends a post's stretch before its slack runs out: the speaker's verb (``นายชัย วัชรงค์ โฆษกประจำสำนักนายก
#: รัฐมนตรี เปิดเผยว่า กระทรวงดิจิทัลฯ ได้ร่วมงาน… พร้อมลงนาม…``, news 76362: the ministry after it is the subject).
_POST_ENDS = re.compile(r"\s(?=(?:ได้)?(?:กล่าว|เปิดเผย|แถลง|ระบุ|เผย|ชี้แจง)|ว่า)")


def outside_posts(organisations, persons, signers, text: str) -> list:
    """The organisation mentions of ``text`` that are not part of the post of someone who does not sign
    (``นาย X รัฐมนตรีว่าการกระทรวง Y (ย่อ)``: Y is X's ministry, a party only if X signs)."""
    def zone(p) -> tuple[int, int]:
        lo, hi = p.span.end, p.span.end + len(p.post) + 14
        stop = _POST_ENDS.search(text, lo + len(p.post) // 2, hi)
        return lo, stop.start() if stop else hi

    zones = sorted(zone(p) for p in persons if p.post and p.name not in signers)
    if not zones:
        return list(organisations)
    # a start is in a zone when the zones opened at or before it reach past it (one bisect, not a pass over all)
    opens = [a for a, _ in zones]
    reach = list(accumulate((b for _, b in zones), max))
    return [o for o in organisations if (k := bisect_right(opens, o.span.start)) == 0 or reach[k - 1] <= o.span.start]


#: What puts a country right after it as a place: ``ณ``, "in", ``ที่`` (at), a visit, a mission's ``ประจำ``.
_PLACE_BEFORE = re.compile(r"(?:ณ|(?i:\bin\b)|(?<!ยินดี)(?<!ขอบคุณ)(?<!ชื่นชม)(?<!ดีใจ)ที่|เยือน|เดินทางไป|(?:ประจำ|ประจำประเทศ))"
                           r"\s*(?:กรุง\s*\S+\s*|เมือง\s*\S+\s*|นคร\s*\S+\s*)?(?:ประเทศ)?\s*$")


@lru_cache(maxsize=4096)  # asked for every country of a release at each of its instruments
def is_place(text: str, s: int) -> bool:
    """A country right after ``ณ`` (``ณ กรุงปักกิ่ง สาธารณรัฐประชาชนจีน``) is where, not who; not after ``ที่`` that
    says what one is glad of or thanks for (``ไทยยินดีที่บรูไนฯ ได้เข้าร่วม และลงนามใน MoU…``, news 82310)."""
    return bool(_PLACE_BEFORE.search(text[max(0, s - 45):s]))


# A one-sided item: ``<title> กับ บริษัท โนเกีย (ประเทศไทย) จำกัด``.
_ITEM_WITH = re.compile(r"\s*(?:ร่วมกับ|กับ|(?i:with)\s)")


def item_parties(text: str, inst: Instrument, item_start: int, ps: int, pe: int, countries, organisations,
                  protected) -> tuple[list[ActorRef], set[str]]:
    """The parties of one item of a list of instruments: those its own item names, plus, when
    the item names only the other side (``1) MOU on IoT … กับ บริษัท โนเกีย``), the side the
    list's intro names (``พิธีลงนามความร่วมมือ ระหว่าง depa กับ หน่วยงาน… จำนวน 5 ฉบับ``)."""
    nxt = NEXT_ITEM.search(text, inst.title_end, pe)
    item_end = nxt.start() if nxt else min(pe, inst.title_end + 200)
    places = [c for c in countries if not is_place(text, c.span.start)]
    own, codes = actors(item_start, item_end, places, organisations)
    wm = _ITEM_WITH.search(text, inst.start, item_end)
    if own and not wm:
        return own, codes
    first = FIRST_ITEM.search(text, ps, item_start + 1)
    intro_end = first.start() if first else item_start
    bm = None
    for m in BETWEEN.finditer(text, ps, intro_end):
        bm = m
    if bm is None:
        return own, codes
    side = _WITH_SIDE.search(text, bm.end(), intro_end)
    intro, intro_codes = actors(bm.end(), side.start() if side else intro_end, places, organisations)
    parties = [p for p in intro if p not in own] + own
    return parties, codes | intro_codes


_WITH_SIDE = re.compile(r"\s*(?:กับ|และ|(?i:and|with)\s)")


#: What joins the items of a list of parties: a space, ``และ``, a comma, after an alias in brackets.
_PARTY_LIST_JOIN = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,|และ|กับ)?[ \t]*")


def party_list_end(text: str, hi: int, organisations) -> int:
    """``hi``, or past it the end of the list of organisations that runs over it: ``…ลงนามบันทึกข้อตกลงความร่วมมือกับ
    สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม (สสว.) สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (สวทช.) และ Korea
    Technology Finance Corporation (KOTEC)`` (news 24849): the list goes on past a fixed reach or an alias's bracket."""
    spans = sorted((o.span.start, o.span.end) for o in organisations)
    end = max((b for a, b in spans if a < hi <= b), default=None)
    if end is None:
        return hi
    starts = {a: b for a, b in reversed(spans)}    # (the longest name at a start)
    listed = end
    while (m := _PARTY_LIST_JOIN.match(text, listed)) and m.end() in starts:
        listed = starts[m.end()]
    # (only a list goes on: one name the reach cuts, ``…ครบรอบ 75 ปีของการก่อตั้งคณะกรรมาธิการ…แห่งสหประชาชาติ…``, may be
    # the subject of a title, not a party)
    return listed if listed > end else hi


def parties_end(text: str, lo: int, hi: int, protected) -> int:
    """Where a ``ระหว่าง`` clause's parties end: the first title stop that is neither inside a
    name nor the bracket of a party's alias (``(เจโทร กรุงเทพฯ)``, ``(สกพอ.)``)."""
    pos = lo
    while True:
        m = TITLE_STOP.search(text, pos, hi)
        if not m:
            return hi
        at = m.start() + len(m.group()) - len(m.group().lstrip())
        inside = protected_end(protected, at)
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
