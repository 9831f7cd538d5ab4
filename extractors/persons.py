"""Named people and their posts in Thai release text (pure functions, no spaCy).

Thai press releases name a person as ``<honorific><given> <family> <post>``
(``นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม``), with
honorifics stacked (``ศาสตราจารย์พิเศษ``, ``พลเอก ดร.``), glued to the word before
(``โดยนาย…``) or to the name (``ดร.เอกพงษ์``), and later by the given name alone
(``นายประเสริฐ กล่าว``). Foreign names come transliterated (``นายหลี่ เฉียง``) or in Latin
script (``Ms. FOO Chi Hsia``). Honorifics and post heads are data
(``data/honorifics.tsv``, ``data/posts.tsv``).

The functions here find *candidates* with offsets; :mod:`extractors.components.persons`
joins them with the organisation mentions of the Doc and resolves repeated mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractors.patterns import alternation, either_am, fold_am
from extractors.text import words_end

__all__ = [
    "NameHit", "PostHit", "honorifics", "post_heads", "strip_honorifics", "find_named",
    "find_bare_names", "parse_post", "post_before", "clean_post", "canonical", "is_given_name",
]

DATA = Path(__file__).with_name("data")

#: Thai letters a name is written with (no ฯ, ๆ, digits).
_TC = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"
_RUN = re.compile(f"[{_TC}]+(?:-[{_TC}]+)*")
_THAI_LETTER = re.compile(f"[{_TC}]")
#: The space between the parts of a name: releases also use no-break and zero-width spaces.
_SP = re.compile(r"[ \t\xa0\u200b]{1,4}")


@dataclass(frozen=True)
class NameHit:
    """A name with its honorifics: ``text[start:end]``; the name is ``text[name_start:end]``."""

    start: int
    name_start: int
    end: int
    name: str                  # canonical: runs joined by one space
    given_only: bool           # one run only (``นายประเสริฐ``): resolved against full names
    latin: bool = False


@dataclass(frozen=True)
class PostHit:
    start: int
    end: int
    head: str                  # the head as written (``ปลัดกระทรวงฯ``)
    head_end: int


def _load(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    """surface -> kind (civil, title, rank, latin, spaced): the words written before a name."""
    return {r[0]: r[1] for r in _load("honorifics.tsv") if r[1] != "postnominal"}


@lru_cache(maxsize=1)
def post_nominals() -> frozenset[str]:
    """Honours written after a Latin name (``PSM``, ``OBE``, ``MP``): the name ends before them."""
    return frozenset(r[0] for r in _load("honorifics.tsv") if r[1] == "postnominal")


@lru_cache(maxsize=1)
def post_heads() -> dict[str, str]:
    """surface -> expansion template ('' when the surface is the post)."""
    return {r[0]: (r[1] if len(r) > 1 else "") for r in _load("posts.tsv")}


def _alt(words) -> str:
    return alternation(words)


_PREFIX = "(?:อดีต|รักษาการในตำแหน่ง|รักษาการ|รักษาราชการแทน|ที่ปรึกษา|เลขานุการ|ผู้ช่วย|รอง)*"

#: Heads strong enough to mark a name written without an honorific (``หลี่ เฉียง นายกรัฐมนตรี…``).
STRONG_HEADS = (
    "นายกรัฐมนตรี", "รองนายกรัฐมนตรี", "รัฐมนตรีว่าการ", "รัฐมนตรีช่วยว่าการ", "รัฐมนตรีประจำสำนัก", "ปลัดกระทรวง",
    "รองปลัดกระทรวง", "อธิบดีกรม", "รองอธิบดีกรม", "ผู้อำนวยการ", "เลขาธิการ", "รองเลขาธิการ", "เอกอัครราชทูต",
    "ผู้ตรวจราชการกระทรวง", "ประธานาธิบดี", "รองประธานาธิบดี", "ผู้ว่าราชการจังหวัด", "ประธานกรรมการ",
    "ประธานคณะกรรม", "รองประธานคณะกรรม", "โฆษกประจำสำนักนายกรัฐมนตรี", "รัฐมนตรีต่างประเทศ", "รัฐมนตรีกระทรวง",
    "กรรมการผู้จัดการ", "ประธานเจ้าหน้าที่บริหาร", "รมว.", "รมช.",
)

#: First words (newmm tokens) that cannot begin a family name: the sentence goes on.
STOP_WORDS = frozenset("""
และ กล่าว กล่าวว่า กล่าวถึง กล่าวเพิ่มเติม โดย โดยมี ซึ่ง เพื่อ เพื่อให้ ใน ได้ ได้รับ ได้แก่ พร้อม พร้อมด้วย พร้อมทั้ง
ที่ เป็น เป็นประธาน ณ ให้ ให้การ มี การ จะ รัฐบาล เปิดเผย เปิดเผยว่า ยัง สำหรับ จำนวน จึง ทั้ง ทั้งนี้ จาก ร่วม ร่วมกับ
จังหวัด หรือ โดยเฉพาะ ขอ ขอให้ รวมทั้ง รวมถึง หัวหน้า ไม่ ไทย มา ดังนี้ ต้อง อายุ ครั้ง แต่ เมื่อ นำ ย้ำ ว่า เพราะ
ประจำปี หาก เนื่องจาก วันนี้ ด้วย เรื่อง ตาม อาทิ นอกจากนี้ เร่ง เนื่องใน ระบุ ยินดี เช่น ประเทศ ลง ขณะนี้ เข้าร่วม
สามารถ ตั้ง จากนั้น เข้า ส่วน คือ มอบ กรณี ผ่าน อยู่ ไป ตลอดจน ชื่นชม ทุก สั่งการ วัน มอบหมาย ขอบคุณ เน้นย้ำ ตำบล
อำเภอ เขต ตำแหน่ง ใน เดินทาง แถลง ตรวจ เยี่ยม พบ หารือ ลงนาม รับ ประชุม ชี้แจง เผย แจ้ง เห็น คาด ยืนยัน อธิบาย
ตอบ ถาม คณะ เข้าพบ ต้อนรับ พูด ประกาศ เสนอ แสดง เชิญ ปาฐกถา บรรยาย เป็นผู้ ผู้ ทำ ก็ กับ ถึง แก่ ต่อ ของ เคย
ยอมรับ ขณะ ภายหลัง หลังจาก ระหว่าง ในฐานะ ฐานะ ทาง ซึ่งเป็น อดีต นั้น นี้ ดังกล่าว เอง ว่าที่ อีก เช่นกัน ตลอด ประกอบด้วย
ท่าน แห่ง ประธาน รอง ปลัด อธิบดี เลขาธิการ รัฐมนตรี นายกรัฐมนตรี ผู้อำนวยการ กรรมการ โฆษก ทูต เอกอัครราชทูต
สมาชิก หน่วย กระทรวง กรม สำนักงาน บริษัท สถาบัน มหาวิทยาลัย องค์การ สมาคม มูลนิธิ ธนาคาร ศูนย์
""".split())

#: What follows ``เด็กหญิง``/``เด็กชาย`` when they are the common nouns (``ทุกคน``, ``วัย 10 ขวบ``, ``และ…``).
_CHILDREN_GO_ON = ("ทุก", "วัย", "และ", "ที่", "อายุ", "ใน", "จำนวน", "พิการ", "ถูก", "ชาว", "ผู้", "กลุ่ม", "คน", "หรือ", "ได้")
#: What ``นาย``/``นาง`` (and the children's honorifics) is the start of when it is not an honorific.
_NOT_AFTER_HONORIFIC = {
    "นาย": ("กรัฐมนตรี", "กฯ", "กเทศมนตรี", "กสมาคม", "กสภา", "กองค์การ", "กเหล่า", "กอบต", "กอบจ", "กอบ.", "กรัฐ", "ทหาร", "ตำรวจ",
            "จ้าง", "หน้า", "ทุน", "อำเภอ", "ด่าน", "ช่าง", "สิบ", "ร้อย", "พล", "เรือ", "ประกัน", "งาน", "ท้าย",
            "ห้าง", "ทะเบียน", "ตรวจ", "กก", "กทม", "กฤษฎีกา",
            # ``รัฐบาลนายกแพทองธาร``, ``นายกเศรษฐา``: the PM's short title; no name starts ``ก`` + a leading vowel
            "กแ", "กเ", "กโ", "กใ", "กไ"),
    "นาง": ("งาม", "แบบ", "ฟ้า", "พยาบาล", "รำ", "ใน", "สนม", "กำนัล", "เอก", "พญา", "ไม้", "ละคร"),
    # ``สตรีและเด็กหญิงทุกคนสามารถ…`` (news 71312): girls and boys, not the honorific of a child's name
    "เด็กหญิง": _CHILDREN_GO_ON,
    "เด็กชาย": _CHILDREN_GO_ON,
}

#: A civil honorific may be glued to the word before; not to these endings (``ทำนาย``).
_BAD_LEFT = ("ทำ", "ทํา", "ลูก", "เจ้า", "ขุน", "แม่", "ชาวนา", "ทำนา")

_TITLE_WORDS = ("Minister", "Deputy", "Vice", "Secretary", "Under", "Undersecretary", "Director", "Chief", "Executive",
                "President", "Chairman", "Chairperson", "Chair", "Ambassador", "Governor", "Commissioner", "Head",
                "Permanent", "Assistant", "Senior", "Managing", "General", "Counsel", "CEO", "Founder", "Co-founder",
                "Adviser", "Advisor", "Prime", "Special", "Envoy", "Representative", "Chargé", "Consul", "Mayor",
                "Dean", "Rector", "Spokesperson", "Spokesman", "Country", "Regional", "Group", "Executive")
_LATIN_TITLE = re.compile(
    r"(?:(?:the|The)\s+)?(?:%s)\b(?:[ \t]+(?:[A-Z][\w’'&.\-]*|of|the|for|and|&|in|on|to)\b)*"
    r"(?:[ \t]*\([A-Za-z][A-Za-z &.\-]*\))?" % _alt(_TITLE_WORDS))

#: (accented letters too: ``Mr. Agustín Tejeda``, news 98172's Argentine assistant minister)
_LATIN_WORD = r"(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ’'\-]*\.?|(?:van|von|de|da|der|den|bin|binti|al|el|la|le|du|dos|di)(?=\s+[A-Z]))"
_LATIN_NAME = re.compile(rf"{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,4}}")
#: Words of a body's, a meeting's or a law's name, never of a person's: a Latin honorific that is also a rank or a title
#: (``General``, ``Senior``) before them starts no name (``General Data Protection Regulation``, ``Regional Border
#: Committee``, ``General Secretariat Digital Government Committee``, news 78824), and a name stops at them (``Prayut
#: Chan-o-cha. Government …``). 74 of the 2,240 Latin names read in the screened archive had one; none was a name.
_INSTITUTION_WORDS = frozenset({
    "Regulation", "Protection", "Committee", "Secretariat", "Government", "Agency", "Office", "Department", "Council",
    "Commission", "Authority", "Act", "Policy", "Affairs", "Organization", "Organisation", "University", "Institute",
    "Centre", "Center", "Bank", "Fund", "Association", "Forum", "Summit", "Programme", "Program", "Union", "Network",
    "Agreement", "Declaration", "Conference", "Meeting", "Assembly", "Chamber", "Ministry", "Embassy", "Federation",
    "Corporation", "Company", "Foundation", "Board"})
_LATIN_STOP = {"The", "Minister", "Ministry", "Deputy", "President", "Secretary", "Director", "Ambassador", "Of", "And",
               "Chief", "Executive", "Chairman", "Governor", "Head", "General", "Vice", "Prime", "Senior"}


@lru_cache(maxsize=1)
def _org_acronyms() -> frozenset[str]:
    """Registered organisations' Latin acronyms (``ABAC``): after a Latin name, one starts what follows it (``Mr. Hiroshi
    Nakaso ABAC Japan``), not a part of the name."""
    from extractors.organisations import organisations

    return frozenset(a for org in organisations().values() for a in org.acronyms if a.isascii() and a.isupper() and len(a) >= 2)


@lru_cache(maxsize=1)
def _regexes():
    hon = honorifics()
    thai = [h for h, k in hon.items() if k != "latin"]
    latin = [h for h, k in hon.items() if k == "latin"]
    # a stray second dot (``ผศ.ดร..ณัฐพล``) is a typo inside the chain, not its end
    spaced = [h for h, k in hon.items() if k == "spaced"]
    glued_ok = [h for h in thai if h not in spaced]
    # ``คุณ`` only apart from the words on both sides (``คุณ ยาสุยุกิ``, never ``กิตติคุณ``, ``นายคุณดร``)
    apart = f"(?<![{_TC}])(?:{either_am(_alt(spaced))})(?=[ \\t\\xa0])"
    thai_chain = re.compile(f"(?:(?:{either_am(_alt(glued_ok))}|{apart})(?:(?<=\\.)\\.)?[ \\t\\xa0\\u200b]{{0,2}})+")
    # ``Mr.Viljar Lubi``: after a dot the name may follow with no space; ``Mrs`` is never ``Mr`` + ``s``
    latin_chain = re.compile(f"(?<![A-Za-z])(?:(?:{_alt(latin)})(?:(?<=\\.)|(?![A-Za-z]))[ \\t]*)+")
    heads = post_heads()
    head_re = re.compile(f"{_PREFIX}(?:{_alt(heads)})")
    strong = re.compile(f"(?:{_alt(STRONG_HEADS)})")
    strip_re = re.compile(f"^(?:(?:{either_am(_alt([h for h in thai if h not in spaced] + latin))})[ \\t]*"
                          f"|(?:{either_am(_alt(spaced))})[ \\t]+)+")
    return thai_chain, latin_chain, head_re, strong, strip_re


@lru_cache(maxsize=1)
def _chain_starts() -> tuple[re.Pattern, re.Pattern]:
    """The Thai and the Latin honorifics alone: where an honorific chain can start."""
    hon = honorifics()
    return (re.compile(either_am(_alt([h for h, k in hon.items() if k != "latin"]))),
            re.compile(_alt([h for h, k in hon.items() if k == "latin"])))


def _chain_matches(start: re.Pattern, chain: re.Pattern, text: str):
    """The matches of ``chain.finditer(text)``, looked for only where ``start`` matches.

    Every chain starts with an honorific; ``re`` tries a pattern that opens with a repeat or a
    look-behind at every position (most of them blanks left by :func:`extractors.pipeline.focus`),
    but skips fast to the first letters of a plain alternation.
    """
    pos = 0
    while (m := start.search(text, pos)) is not None:
        hit = chain.match(text, m.start())
        if hit is None:
            pos = m.start() + 1
            continue
        yield hit
        pos = max(hit.end(), hit.start() + 1)


@lru_cache(maxsize=1)
def _name_lists() -> tuple[frozenset, frozenset, frozenset]:
    from extractors.thainlp import pythainlp  # noqa: F401  (offline set-up first)
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    given = frozenset(thai_male_names()) | frozenset(thai_female_names())
    return given, frozenset(thai_family_names()), frozenset(thai_words())


def is_given_name(word: str) -> bool:
    """Whether PyThaiNLP's name lists know ``word`` as a Thai given name.

    >>> is_given_name("ประเสริฐ"), is_given_name("กล่าว")
    (True, False)
    """
    return word in _name_lists()[0]


@lru_cache(maxsize=65536)
def _first_token(run: str) -> str:
    from extractors.thainlp import words

    toks = words(run[:40])
    return toks[0] if toks else run


def strip_honorifics(name: str) -> str:
    """A name without its leading honorifics and titles, white space collapsed.

    >>> strip_honorifics("ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ")
    'วิศิษฏ์ วิศิษฏ์สรอรรถ'
    >>> strip_honorifics("พลเอก ประยุทธ์  จันทร์โอชา")
    'ประยุทธ์ จันทร์โอชา'
    >>> strip_honorifics("H.E. Mr. Hun Saroeun")
    'Hun Saroeun'
    >>> strip_honorifics("ดร.เอกพงษ์")
    'เอกพงษ์'
    """
    s = _regexes()[4].sub("", name.strip())
    return re.sub(r"\s+", " ", s).strip()


def canonical(name: str) -> str:
    """The name the graph resolves people by: honorifics dropped, one space between parts.

    >>> canonical("นายประเสริฐ  จันทรรวงทอง")
    'ประเสริฐ จันทรรวงทอง'
    """
    return strip_honorifics(name)


def _embedded_head(run: str) -> int:
    """Where a strong post head, or its prefix, starts inside ``run`` (``เฉียงนายกรัฐมนตรีของจีน`` -> 5), else -1."""
    strong = _regexes()[3]
    for m in strong.finditer(run, 2):
        rest = run[m.start():]
        if len(rest) > len(m.group()) or m.group() in ("นายกรัฐมนตรี", "รองนายกรัฐมนตรี", "ประธานาธิบดี"):
            # the post's own prefix glued before it (``ศรีธนาธรผู้ช่วยปลัดกระทรวง…``, news 94573)
            prefix = _PREFIX_BEFORE.search(run, 2, m.start())
            return prefix.start() if prefix else m.start()
    return -1


#: A post's prefixes (:data:`_PREFIX`) ending right before its head.
_PREFIX_BEFORE = re.compile(_PREFIX.removesuffix("*") + "+$")


#: Posts abbreviated with a dot after a ranked name (``แจ้งยอดสุข ผบ.ตร.``, ``เองยง ผบ.หน่วย…``,
#: ``รักษาการ ผบ.ตร.``, ``รอง ผอ.สพป.``), a prefix written apart or not.
_ABBREVIATED_POST = re.compile(r"(?:(?:อดีต|รักษาการ|รักษาราชการแทน|ผู้ช่วย|รอง)[ \t]?)*(?:ผบ|ผบก|ผบช|ผกก|ผอ)\.")


def _post_follows(text: str, pos: int) -> bool:
    """Whether a strong post head, or the name in Latin letters in brackets, follows ``pos`` after
    one to three spaces (``… มาโยกัส  รัฐมนตรีว่าการ…``, ``ฮุน มาแนต (H.E. Mr. Hun Manet)``)."""
    sp = _SP.match(text, pos)
    if sp is None:
        return False
    if _regexes()[3].match(text, sp.end()) is not None:
        return True
    # the bracket says so only for a part as short as a name's (``(Best Practices)`` after a clause does not)
    word = len(text[max(0, pos - 12):pos].split()[-1:][0]) if text[max(0, pos - 12):pos].split() else 0
    return word <= 10 and re.match(r"\([A-Z]", text[sp.end():sp.end() + 2]) is not None


def _abbreviated_post_follows(text: str, pos: int) -> bool:
    """Whether an abbreviated post (``ผบ.ตร.``) follows ``pos`` after one to three spaces."""
    sp = _SP.match(text, pos)
    return sp is not None and _ABBREVIATED_POST.match(text, sp.end()) is not None


def _starts_with_head(text: str, pos: int) -> bool:
    return _regexes()[2].match(text, pos) is not None or _ABBREVIATED_POST.match(text, pos) is not None


def _family_before_post(text: str, run: str, end: int) -> bool:
    """Whether ``run``, which starts like a word, is a family name all the same: a post follows it
    (``มาโยกัส  รัฐมนตรีว่าการ…``), or an abbreviated one and ``run`` is a short word of no dictionary
    (``พล.ต.อ.สุวัฒน์ แจ้งยอดสุข ผบ.ตร.``, news 51472)."""
    if _post_follows(text, end):
        return True
    return (_abbreviated_post_follows(text, end) and len(run) <= 16 and run not in STOP_WORDS
            and run not in _name_lists()[2])


#: ``ตั้ง`` starts many Thai-Chinese family names (``นายสุเมธ ตั้งประเสริฐ``, news 92636; ``ตั้งศรีเกียรติกุล``,
#: ``ตั้งกิจวานิชย์``, ``ตั้งคารวคุณ``: 40 such names after an honorific and a given name in the archive, most of them in
#: no name list) as well as verb phrases (``ตั้งแต่วันที่``, ``ตั้งเป้า…``, ``ตั้งคณะทำงาน…``, ``ตั้งใจ…``).
_TANG_FAMILY = re.compile(r"ตั้ง(?!แต่|เป้า|คณะ|ใจ|โต๊ะ|ศูนย์|อนุกรรมการ|กรรมการ|ข้อ|ขึ้น|อยู่|คำถาม)[ก-๙]{3,14}")


def _a_family_name(run: str, family: frozenset[str], words: frozenset[str]) -> bool:
    """Whether ``run`` is a family name though it starts like a word: a listed one, or one of ``ตั้ง``.

    >>> from extractors.persons import _name_lists
    >>> _, family, words = _name_lists()
    >>> [_a_family_name(r, family, words) for r in ("ตั้งประเสริฐ", "ตั้งแต่วันที่", "ตั้งเป้าพัฒนาพื้นที่")]
    [True, False, False]
    """
    return run in family or (_TANG_FAMILY.fullmatch(run) is not None and run not in words)


#: A verb of saying that ends in ``ว่า`` (``กล่าวว่า``, ``เปิดเผยว่า``): never a family name.
_REPORTS = re.compile(r"(?:กล่าว|เปิดเผย)ว่า$")


def _is_stop_run(run: str) -> bool:
    # ``ผู้เชี่ยวชาญ``, ``ผู้แทน``: no name starts with ``ผู้``
    return _first_token(run) in STOP_WORDS or run in STOP_WORDS or run.startswith("ผู้")


#: A generation after a transliterated family name (``คาร์ลอส จี. โดมิงเกส ที่สาม`` Dominguez III, news 2548;
#: ``ไบเดน จูเนียร์``): part of the name as written, when the line ends or a post follows.
_GENERATION_WORD = "(ที่สอง|ที่สาม|ที่สี่|จูเนียร์)"
_GENERATION = re.compile(rf"[ \t\xa0]+{_GENERATION_WORD}[ \t\xa0]*(?=[\n(,]|$)|[ \t\xa0]+{_GENERATION_WORD}[ \t\xa0]+")


def _thai_name_at(text: str, pos: int, *, foreign_ok: bool = True) -> tuple[int, list[str]] | None:
    """The runs of a Thai-script name starting at ``pos``, with a generation that follows it: (end, runs)."""
    parsed = _thai_name_runs_at(text, pos, foreign_ok=foreign_ok)
    if parsed is None or len(parsed[1]) < 2:
        return parsed
    m = _GENERATION.match(text, parsed[0])
    if m is None or (m.group(2) and not _starts_with_head(text, m.end())):
        return parsed
    generation = m.group(1) or m.group(2)
    return m.start() + m.group().index(generation) + len(generation), [*parsed[1], generation]


def _thai_name_runs_at(text: str, pos: int, *, foreign_ok: bool = True) -> tuple[int, list[str]] | None:
    """The runs of a Thai-script name starting at ``pos``: (end, runs)."""
    m = _RUN.match(text, pos)
    if not m:
        return None
    run1 = m.group()
    if run1[0] not in _NAME_INITIALS:
        return None                 # ``พัฒนางาน``: a name starts with a consonant or a leading vowel
    spaced = _SPACED_HYPHEN.match(text, pos)
    if spaced and _starts_with_head(text, spaced.end()):
        # ``วุก - ฮอน ลี เอกอัครราชทูต…``: a Korean given name of two syllables written with a
        # spaced hyphen; only before a post (``นายจ้าง - ลูกจ้าง`` is no name)
        return spaced.end(3), [f"{spaced.group(1)}-{spaced.group(2)}", spaced.group(3)]
    cut = _embedded_head(run1)
    if cut > 0:
        part = run1[:cut]
        verb = _glued_verb(part)
        return pos + (verb if verb > 0 else cut), [part[:verb] if verb > 0 else part]
    given, family, words = _name_lists()
    # a known given name may start with a word that ends a name elsewhere (``นายวันชัย พนมชัย``, news 52604),
    # unless it is a common word too (``นายกรัฐมนตรีชื่นชม สปป. ลาว``)
    if _starts_with_head(text, pos) or (_is_stop_run(run1) and (run1 not in given or run1 in words)
                                        and not _foreign_given_before_post(text, run1, m.end())):
        return None
    joined = _and_next_name(run1)
    if joined > 0:
        return pos + joined, [run1[:joined]]
    if run1 not in given:
        verb = _glued_verb(run1)    # ``นายสมศักดิ์กล่าวว่า``
        if verb > 0:
            return pos + verb, [run1[:verb]]
    initialled = _initialled_family(text, m.end())
    if initialled is not None:
        return initialled[0], [run1, *initialled[1]]
    runs, end = [run1], m.end()
    max_runs = 2 if (run1 in given and not foreign_ok) else 7
    while len(runs) < 2:
        sp = _SP.match(text, end)
        if not sp:
            break
        nxt = _RUN.match(text, sp.end())
        if not nxt:
            break
        run = nxt.group()
        # a family name may start with a word that ends a name elsewhere (``จึงรุ่งเรืองกิจ``)
        if _starts_with_head(text, nxt.start()):
            break
        joined = _and_next_name(run)
        cut = _embedded_head(run)
        core = run[:min(k for k in (joined, cut, len(run)) if k > 0)]
        if _is_clause(core) and not _a_family_name(core, family, words) \
                and not _family_before_post(text, core, nxt.end()):
            # ``นางสาวสุดาวรรณ หวังศุภกิจโกศลเปิดเผยว่า``: a family name with the clause glued to it
            verb = _glued_verb(run)
            if verb < 0:
                verb = _list_and(run)    # ``เผ่าสวัสดิ์และผู้เชี่ยวชาญด้านดนตรีไทย``: the list goes on
            if verb > 0 and not _is_clause(run[:verb]) and not _is_stop_run(run):
                runs.append(run[:verb])
                return nxt.start() + verb, runs
            break
        if _is_stop_run(run) and not _a_family_name(run, family, words) \
                and (_REPORTS.match(run) or not _family_before_post(text, run, nxt.end())):
            # ``มาโยกัส`` starts like ``มา``: a family name when a post follows it; ``กล่าวว่า`` never is, even when the
            # post of the person spoken of follows (``น.ส.ไตรศุลี กล่าวว่า รองนายกรัฐมนตรียังได้ขอบคุณ…``, news 63863)
            break
        if joined > 0 and not 0 < cut < joined:
            runs.append(run[:joined])
            return nxt.start() + joined, runs
        if cut > 0:
            part = run[:cut]
            verb = _glued_verb(part) if part not in family else -1
            runs.append(part[:verb] if verb > 0 else part)
            return nxt.start() + (verb if verb > 0 else cut), runs
        runs.append(run)
        end = nxt.end()
    if len(runs) == 2 and runs[1] not in family:
        cut = _glued_verb(runs[1])
        if cut > 0:
            end -= len(runs[1]) - cut
            runs[1] = runs[1][:cut]
            return end, runs
    if len(runs) == 2:
        na = _NA.match(text, end) or _na_before_post(text, end)
        if na:
            return na.end(), runs + ["ณ", na.group(1)]
        double = _double_family_end(text, end)
        if double is not None:
            return double[0], runs + [double[1]]
    if len(runs) == 2 and max_runs > 2 and run1 not in given and runs[1] not in family:
        # transliterated names of three or four parts (``เอมิลิโอ เด มิเกล กาลาเบีย``): only when
        # a post, a bracket or the end of the line follows the last part
        more, e = [], end
        for _ in range(max_runs - 2):
            sp = _SP.match(text, e)
            nxt = _RUN.match(text, sp.end()) if sp else None
            if not nxt or len(nxt.group()) > 10 or _starts_with_head(text, nxt.start()):
                break
            if _next_person(nxt.group(), given):
                # ``นายวัชรุน จุ้ยจำลอง นางดวงดาว ขาวเจริญ รองอธิบดี…`` (news 89800): the next name of a list
                break
            if _is_stop_run(nxt.group()) and not (len(nxt.group()) <= 3 and _post_follows(text, nxt.end())):
                # ``นางคิม ยุน มี รัฐมนตรีว่าการ…``: a short last part that reads as a word, before a post
                break
            more.append(nxt)
            e = nxt.end()
        while more:
            after = _SP.match(text, more[-1].end())
            k = after.end() if after else more[-1].end()
            if _starts_with_head(text, k) or text[k:k + 1] in ("(", "", "\n"):
                break
            more.pop()
        if more:
            runs += [x.group() for x in more]
            end = more[-1].end()
    return end, runs


def _next_person(run: str, given: frozenset[str]) -> bool:
    """Whether ``run`` is an honorific glued to a known given name: another person starts there."""
    bare = strip_honorifics(run)
    return bare != run and bare in given


def _foreign_given_before_post(text: str, run1: str, end: int) -> bool:
    """``นายมาซาชิ อะดาชิ รัฐมนตรีช่วยว่าการ…`` (news 92602): a transliterated given name that starts
    like a word (``มา``) but is none, then a family name that is no word either, then a post."""
    words = _name_lists()[2]
    if len(run1) < 4 or run1 in words or run1 in STOP_WORDS or _glued_verb(run1) > 0:
        return False
    sp = _SP.match(text, end)
    nxt = _RUN.match(text, sp.end()) if sp else None
    if nxt is None or _starts_with_head(text, nxt.start()) or _is_stop_run(nxt.group()) or nxt.group() in words:
        return False
    return _family_before_post(text, nxt.group(), nxt.end())


def _double_family_end(text: str, pos: int) -> tuple[int, str] | None:
    """``นางมัลลิกา บุญมีตระกูล มหาสุข ที่ปรึกษารัฐมนตรี…``: a third part right before a post is a second
    family name (a married woman's, or a double one): (end, part), else None."""
    sp = _SP.match(text, pos)
    nxt = _RUN.match(text, sp.end()) if sp else None
    if nxt is None or len(nxt.group()) > 15 or _starts_with_head(text, nxt.start()) or _is_stop_run(nxt.group()):
        return None
    after = _SP.match(text, nxt.end())
    if after is None or not _starts_with_head(text, after.end()):
        return None
    return nxt.end(), nxt.group()


#: ``วุก - ฮอน ลี``: two short syllables joined by a spaced hyphen, then the family name.
_SPACED_HYPHEN = re.compile(f"([{_TC}]{{1,5}})[ \t]-[ \t]([{_TC}]{{1,5}})[ \t\xa0]([{_TC}]{{1,10}})[ \t\xa0]+")
#: Latin initials spelt in Thai (``เอฟ.`` F., ``เอ็ม.`` M.) between a given and a family name.
_INITIAL = ("เอ", "บี", "ซี", "ดี", "อี", "เอฟ", "จี", "เอช", "ไอ", "เจ", "เค", "แอล", "เอ็ม", "เอ็น", "โอ", "พี",
            "คิว", "อาร์", "เอส", "ที", "ยู", "วี", "ดับเบิลยู", "ดับบลิว", "เอ็กซ์", "วาย", "แซด")
_INITIALS = re.compile(rf"[ \t\xa0]{{1,3}}((?:(?:{_alt(_INITIAL)})\.[ \t\xa0]?){{1,2}})(?=[{_TC}])")


def _initialled_family(text: str, pos: int) -> tuple[int, list[str]] | None:
    """``นายโรเบิร์ต เอฟ. โกเดค``, ``นางจีนา เอ็ม. เรมอนโด``: (end, [initials, family]) after a given name."""
    m = _INITIALS.match(text, pos)
    if not m:
        return None
    fam = _RUN.match(text, m.end())
    # after an initial a family name is due, so only a whole stop word ends the name: its first token may be one
    # (``นายเอนริเก เอ. มานาโล``, ``มา`` + ``นาโล``; news 2548)
    if (not fam or _starts_with_head(text, fam.start()) or fam.group() in STOP_WORDS
            or fam.group().startswith("ผู้")):
        return None
    family = fam.group()
    verb = _glued_verb(family)     # ``โกเดคกล่าวว่า``
    if verb > 0:
        family = family[:verb]
    initials = " ".join(re.findall(r"[^\s.]+\.", m.group(1)))
    return fam.start() + len(family), [initials, family]


_NAME_INITIALS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F)) | set("เแโใไ")
#: ``ณ อยุธยา`` and the like end some family names.
_NA_NAMES = r"[ \t]+ณ[ \t]+(อยุธยา|ป้อมเพชร์|ป้อมเพชร|สงขลา|ระนอง|ถลาง|พัทลุง|นคร|เชียงใหม่|ลำปาง|ลำพูน|น่าน|บางช้าง|มหาชัย|ตะกั่วป่า|พิศณุโลก|ราชสีมา)"
_NA = re.compile(_NA_NAMES + r"(?![\u0e01-\u0e4e])")
_NA_GLUED = re.compile(_NA_NAMES)


def _na_before_post(text: str, end: int) -> re.Match | None:
    """``นางวรรณพร เทพหัสดิน ณ อยุธยารองปลัดกระทรวง…`` (news 23919): the suffix glued to the post."""
    m = _NA_GLUED.match(text, end)
    return m if m and _starts_with_head(text, m.end()) else None


#: Verbs written glued to a transliterated family name (``ฟูมิโอะเข้ารับตำแหน่ง``).
_GLUED_VERBS = ("เข้ารับตำแหน่ง", "เข้ารับ", "เข้าร่วม", "เข้าพบ", "ได้รับ", "เดินทาง", "เยือน", "ให้การ", "และคณะ",
                "พร้อมด้วย", "ในฐานะ", "เป็นประธาน", "กล่าว", "ได้", "เปิดเผย", "เผย", "เคยดำรง", "เคยเป็น")


@lru_cache(maxsize=1)
def _and_honorific() -> re.Pattern:
    """``และ`` glued to an honorific: the next person's name starts there."""
    thai = [h for h, k in honorifics().items() if k != "latin"]
    return re.compile(f"และ(?:{_alt(thai)})")


#: Words that join the parts of a clause and never sit inside a family name (``มี``, ``จะ``, ``ไทย``,
#: ``พร้อม`` do: ``เอมีเลีย``, ``จีนจะโปะ``, ``อินทร์ไทยวงศ์``, ``วงศ์พร้อมรัตน์``).
_CLAUSE_WORDS = frozenset("""
ว่า ให้ ใน ของ ที่ และ เป็น ไม่ สามารถ ถึง จาก ระหว่าง กับ ซึ่ง เพื่อ โดย นี้ ครั้งนี้ เป็นการ ต่อ แก่ ได้
""".split())


@lru_cache(maxsize=65536)
def _is_clause(run: str) -> bool:
    """Whether a run after a given name is the sentence going on, not a family name.

    ``นางคิม ให้เกียรติเป็นสักขีพยานพิธีลงนาม…``, ``นายมาริษ เรียกร้องให้ฝ่ายกัมพูชา…``: words
    joined by a clause word inside the run; ``ดร.นลินี ทิ้งท้ายว่า``: a dictionary verb then
    ``ว่า`` (a Japanese family name ends in ``ว่า`` too, ``ทีรากาว่า``, but after syllables).
    """
    from extractors.thainlp import words

    if len(run) < 6:
        return False
    toks = words(run)
    dictionary = _name_lists()[2]
    if len(run) >= 8 and any(t in _CLAUSE_WORDS for t in toks[1:-1]):
        return True
    return len(toks) >= 2 and toks[-1] == "ว่า" and len(toks[0]) >= 4 and toks[0] in dictionary


def _list_and(run: str) -> int:
    """Where a glued ``และ`` starts in ``run`` when it is the first clause word (``เผ่าสวัสดิ์และผู้…``), else -1."""
    from extractors.thainlp import words

    i = 0
    for tok in words(run):
        if tok in _CLAUSE_WORDS:
            return i if tok == "และ" and i >= 3 else -1
        i += len(tok)
    return -1


def _and_next_name(run: str) -> int:
    """Where ``และ<honorific>`` starts inside ``run`` (``ธนาคมานุสรณ์และนายมาร์ก`` -> 12), else -1."""
    m = _and_honorific().search(run, 2)
    return m.start() if m else -1


def _glued_verb(run: str) -> int:
    """Where a verb glued to ``run`` starts, if it sits on a word boundary; else -1."""
    from extractors.thainlp import words

    if not any(v in run[2:] for v in _GLUED_VERBS):
        return -1
    i = 0
    for tok in words(run):
        if i >= 2 and run.startswith(_GLUED_VERBS, i) and len(run) - i >= 4:
            return i
        i += len(tok)
    return -1


#: A time of day (``22.15 น.``), right before an honorific glued to it: 74 archive mentions.
_CLOCK_TIME = re.compile(r"\d[ \t]?น\.$")


def _left_ok(text: str, start: int, hon: str) -> bool:
    """An honorific glued to a Thai letter on its left must not be the tail of a word."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev == "." and _CLOCK_TIME.search(text, max(0, start - 12), start):
        return True     # ``เวลา 22.15 น.นายจุรินทร์ ลักษณวิศิษฏ์`` (news 42462): the name after the hour's ``น.``
    if prev == "." or prev.isalnum() and not _THAI_LETTER.match(prev):
        return False
    if not _THAI_LETTER.match(prev):
        return True
    if "." in hon or honorifics().get(hon) == "rank":
        # ``พ.ศ.``, ``ค.ศ.``: an abbreviation glued on the left only after a joining word
        return text[max(0, start - 10):start].endswith(_GLUE)
    if text[max(0, start - 6):start].endswith(_BAD_LEFT):
        return False
    if honorifics().get(hon) == "title" and _word_outruns(text, start, hon):
        return False    # ``สภาเภสัชกรรม``: the word goes on past ``เภสัชกร``
    # ``โดยมีนายลวรณ``: the segmenter reads ``มีนา``; after a joining word a name may start
    return text[max(0, start - 10):start].endswith(_GLUE) or _word_starts_at(text, start)


def _word_outruns(text: str, start: int, hon: str) -> bool:
    """Whether the word the segmenter finds at ``start`` is longer than the title ``hon``."""
    from extractors.thainlp import words

    toks = words(text[start:start + len(hon) + 12])
    return bool(toks) and len(toks[0]) > len(hon)


def _word_starts_at(text: str, start: int) -> bool:
    """Whether the word segmenter puts a word boundary at ``start``.

    ``พัฒนายกระดับ`` and ``มิถุนายนนี้`` hide ``นาย`` inside words (``พัฒนา|ยกระดับ``,
    ``มิถุนายน|นี้``), ``องค์การเภสัชกรรม`` hides ``เภสัชกร``: glued to a word on its left, an
    honorific is one only where a word starts (``โดย|นาย|ประเสริฐ``).
    """
    from extractors.thainlp import words

    left = max(0, start - 16)
    i = left
    for tok in words(text[left:start + 16]):
        if i >= start:
            return i == start
        i += len(tok)
    return i == start


_GLUE = ("โดย", "และ", "ด้วย", "กับ", "ให้", "มี", "ที่", "ซึ่ง", "ว่า", "จาก", "แก่", "ของ", "พบ", "ถึง", "ได้แก่", "อาทิ",
         "คือ", "เช่น", "ต่อ", "ต้อนรับ", "นำโดย", "ระหว่าง")


def _first_honorific(chain: str) -> str:
    hon = honorifics()
    chain = fold_am(chain)
    for n in range(len(chain), 0, -1):
        if chain[:n] in hon:
            return chain[:n]
    return chain


def _last_honorific(chain: str) -> str:
    hon = honorifics()
    chain = fold_am(chain)
    for n in range(len(chain)):
        if chain[n:] in hon:
            return chain[n:]
    return chain


#: Honorifics after which the source may break the line before the name.
_LINE_BREAK_OK = ("นาย", "นาง", "นางสาว")
#: ``จำนวน 117 นาย``: ``นาย`` after a number is the classifier for men.
_COUNTED = re.compile(r"[0-9๐-๙][ \t]*$")


def find_named(text: str) -> list[NameHit]:
    """Names preceded by an honorific, Thai or Latin.

    >>> [h.name for h in find_named("โดยนายประเสริฐ  จันทรรวงทอง รัฐมนตรีว่าการฯ และนายฉง เลี่ยง รองประธาน")]
    ['ประเสริฐ จันทรรวงทอง', 'ฉง เลี่ยง']
    >>> [h.name for h in find_named("และนายหลี่ เฉียงนายกรัฐมนตรีของจีน ร่วมเป็นสักขีพยาน")]
    ['หลี่ เฉียง']
    >>> [(h.name, h.given_only) for h in find_named("นายกรัฐมนตรี กล่าว ดร.เอกพงษ์ ยังได้กล่าว")]
    [('เอกพงษ์', True)]
    >>> [h.name for h in find_named("พบหารือกับ Ms. FOO Chi Hsia ตำแหน่ง Assistant Chief Executive")]
    ['FOO Chi Hsia']
    >>> [h.name for h in find_named("พ.ศ. 2566 พันตำรวจโท ประวุธ วงศ์สีนิล รองปลัดกระทรวงยุติธรรม")]
    ['ประวุธ วงศ์สีนิล']
    """
    thai_chain, latin_chain, *_ = _regexes()
    hits: list[NameHit] = []
    thai_start, latin_start = _chain_starts()
    for m in _chain_matches(thai_start, thai_chain, text):
        chain = m.group()
        first = _first_honorific(chain)
        if not _left_ok(text, m.start(), first):
            continue
        pos = m.end()
        bare = chain.rstrip()
        last = _last_honorific(bare)
        after = m.start() + len(bare)
        if last in _NOT_AFTER_HONORIFIC and fold_am(text[after:after + 16]).startswith(_NOT_AFTER_HONORIFIC[last]):
            continue   # ``ฯพณฯ นายกรัฐมนตรี``: the last word of the chain starts a post
        if bare in ("นาย", "นาง") and pos < len(text) and text[pos] in " \t":
            # ``นาย`` + space is a honorific only before a name, never before ``ก`` (นายก ฯ)
            pass
        if bare in _LINE_BREAK_OK and text.startswith("\n", pos) and _THAI_LETTER.match(text, pos + 1) \
                and not _COUNTED.search(text, max(0, m.start() - 12), m.start()):
            # ``และ นางสาว⏎ยู อึน-ฮเย รัฐมนตรีว่าการ…``: the source broke the line after the honorific
            # (``30,000 นาย⏎`` counts men: a number before it is no honorific)
            pos += 1
        parsed = _thai_name_at(text, pos)
        if parsed is None:
            # (any Thai honorific: ``พล.ต.David Neo``, a rank, news 61849; ``ฯพณฯ Le Thanh Long``, news 16139)
            latin = _latin_after_thai(text, m.end())
            if latin is not None:
                hits.append(NameHit(m.start(), latin[0], latin[1], latin[2], False, latin=True))
            continue
        end, runs = parsed
        if bare in _NOT_AFTER_HONORIFIC and runs[0] in ("ก",):
            continue
        if len(runs[0]) < 2:
            continue
        hits.append(NameHit(m.start(), pos, end, " ".join(runs), len(runs) == 1))
    for m in _chain_matches(latin_start, latin_chain, text):
        nm = _LATIN_NAME.match(text, m.end())
        if not nm:
            continue
        words = nm.group().split()
        while words and (words[-1] in _LATIN_STOP or words[-1] in _TITLE_WORDS or words[-1] in post_nominals()
                         or words[-1].lower() in {"van", "von", "de", "da", "bin", "al"}):
            words.pop()
        kept = []
        institution = False
        for w in words:
            if w in _LATIN_STOP or w in _TITLE_WORDS or (kept and w in post_nominals()):
                break
            if w.rstrip(".,") in _INSTITUTION_WORDS or (kept and w in _org_acronyms()):
                institution = True
                break
            kept.append(w)
        if not kept or (institution and (len(kept) < 2 or any(w.isupper() for w in kept))):
            continue   # (``SME Growth Policy``: an acronym before the body's word names no person either)
        name = " ".join(kept).rstrip(".,")
        end = m.end() + len(" ".join(kept))
        # the surface may have had several spaces: find the true end
        end = words_end(text, m.end(), kept)
        hits.append(NameHit(m.start(), m.end(), end, name, len(kept) == 1, latin=True))
    hits.sort(key=lambda h: h.start)
    return hits


#: ``นาย Matt Garman CEO ของ …``: a Thai honorific, one space, then a Latin name of two or three words.
_LATIN_AFTER_THAI = re.compile(r"[ \t]?((?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'\-]+)(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'\-]+){1,2})(?![\w.])")


def _latin_after_thai(text: str, pos: int) -> tuple[int, int, str] | None:
    """(name start, end, name) of a Latin name right after a Thai honorific, or None."""
    m = _LATIN_AFTER_THAI.match(text, pos)
    if not m:
        return None
    words = m.group(1).split()
    while words and (words[-1] in _LATIN_STOP or words[-1] in _TITLE_WORDS):
        words.pop()
    if len(words) < 2 or any(w in _LATIN_STOP or w in _TITLE_WORDS for w in words):
        return None
    start = m.start(1)
    return start, words_end(text, start, words), " ".join(words)


_BARE = None


def find_bare_names(text: str, known: set[str] = frozenset(), given: set[str] = frozenset()) -> list[NameHit]:
    """Two-part names written without an honorific, right before a strong post head.

    Kept when PyThaiNLP knows the given or the family name, when the name is ``known``
    (seen with an honorific elsewhere), when its first part is a ``given`` name the release
    writes alone after an honorific (``โดยมี ศุภมาส อิศรภักดี รมว.อว.`` … ``น.ส.ศุภมาส กล่าวว่า``),
    or when it looks transliterated (short parts that are not Thai words) and follows a
    clause boundary.

    >>> [h.name for h in find_bare_names("วานนี้ (18 ตุลาคม 2566) ประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัล")]
    ['ประเสริฐ จันทรรวงทอง']
    >>> [h.name for h in find_bare_names("ระหว่าง เศรษฐา  ทวีสิน นายกรัฐมนตรี  และ หลี่ เฉียง นายกรัฐมนตรีสาธารณรัฐประชาชนจีน")]
    ['เศรษฐา ทวีสิน', 'หลี่ เฉียง']
    >>> find_bare_names("การประชุม ครั้งนี้ ผู้อำนวยการ")
    []
    """
    global _BARE
    if _BARE is None:
        _BARE = re.compile(rf"(?<![{_TC}\-.])([{_TC}]+)[ \t]{{1,3}}([{_TC}]+(?:-[{_TC}]+)?)(?=[ \t]{{0,3}}{_PREFIX}(?:{_alt(STRONG_HEADS)}))")
    given_names, family, words = _name_lists()
    hits = []
    for m in _bare_matches(text):
        a, b = m.group(1), m.group(2)
        if _is_stop_run(a) or _is_stop_run(b) or _starts_with_head(text, m.start(1)) or _starts_with_head(text, m.start(2)):
            continue
        # ``นายพลพีร์ สุวรรณฉวี``: an honorific the named reading refused (``นายพล`` is also a rank) is no part of the name
        bare = strip_honorifics(a)
        name_start = m.start(1) + len(a) - len(bare) if bare != a and a.endswith(bare) and len(bare) >= 3 else m.start(1)
        a = text[name_start:m.end(1)]
        name = f"{a} {b}"
        ok = name in known or a in given_names or b in family or a in given
        if not ok:
            left = text[max(0, m.start() - 6):m.start()].rstrip()
            # (a run of spaces parts the items of a list of leaders: ``…สหพันธ์สาธารณรัฐประชาธิปไตยเนปาล   ชีค ฮาสินา
            # นายกรัฐมนตรีแห่ง…บังกลาเทศ      เชริง วังชุก หัวหน้าคณะผู้บริหาร…``, news 15052)
            boundary = (not left or left[-1] in "(),:;\"“”'" or text[m.start() - 1:m.start()] == "\n" or left.endswith(("และ", "กับ", "โดย", "ระหว่าง"))
                        or text[m.start() - 1:m.start()] in (" ", "\n") and _is_stop_run(left[-6:] or "x")
                        or text[m.start() - 2:m.start()].isspace())
            foreign = len(a) <= 6 and len(b) <= 8 and (a not in words or b not in words)
            ok = boundary and foreign
        if ok:
            hits.append(NameHit(m.start(), name_start, m.end(2), name, False))
    for m in _AFTER_POST.finditer(text):
        # ``ภายใต้การนำของนายกรัฐมนตรีเศรษฐา ทวีสิน``: the post as the title, the name glued to it
        if text.endswith("สำนัก", 0, m.start()):
            continue   # ``สำนักนายกรัฐมนตรีด้านข้อมูล…``: the Prime Minister's Office, no post
        parsed = _thai_name_at(text, m.end(), foreign_ok=False)
        if parsed is None:
            continue
        end, runs = parsed
        if len(runs) == 2:
            a, b = runs
            name = f"{a} {b}"
            if name in known or (a in given_names and len(b) >= 3):
                hits.append(NameHit(m.end(), m.end(), end, name, False))
                continue
        # ``นายกรัฐมนตรีแพทองธาร กล่าว`` (PyThaiNLP lists no แพทองธาร): the given name alone, kept only
        # where the release writes one full name that starts with it (``นางสาวแพทองธาร ชินวัตร``)
        full = [n for n in known if n.split()[0] == runs[0] and " " in n]
        if len(runs) in (1, 2) and len(full) == 1 and not _rest_follows(text, m.end() + len(runs[0]), full[0]):
            hits.append(NameHit(m.end(), m.end(), m.end() + len(runs[0]), runs[0], True))
            continue
        if (foreign := _head_of_state_name(text, m.end())):
            hits.append(NameHit(m.end(), m.end(), *foreign, False))
    hits.sort(key=lambda h: h.start)
    return hits


#: What ends a president's transliterated name: ``ประธานาธิบดียุน ซ็อก ย็อล ของเกาหลีใต้``.
_AFTER_HEAD_NAME = re.compile(r"[ \t\xa0]+(?:ของ|แห่ง|กล่าว|ได้|และ|ซึ่ง|เป็น|พร้อม|ณ|ที่|ใน|จะ|ให้|เพื่อ|โดย|ร่วม|ประจำ)|[ \t\xa0]*(?:[(),\n]|$)")


def _head_of_state_name(text: str, pos: int) -> tuple[int, str] | None:
    """A foreign leader's name glued to ``ประธานาธิบดี`` or ``นายกรัฐมนตรี``: two or three short
    transliterated parts, one of them no Thai word, then a clause word (``ประธานาธิบดียุน ซ็อก ย็อล
    ของเกาหลีใต้``, news 63632; ``ประธานาธิบดีสี จิ้นผิง แห่งสาธารณรัฐประชาชนจีน``; ``นายกรัฐมนตรีฝ่าม มิงห์ จิ๋งห์
    ซึ่ง…``, news 61700). A surname alone (``ประธานาธิบดีปูติน``) is left: one run could as well be a country
    or a word. In the screened archive this reads 14 leaders' names PyThaiNLP's lists lack (Nguyen Xuan Phuc, Li
    Keqiang, Hun Sen, Modi, Ardern, Kishida …), all right, and before its guards one office's remit (``ด้าน…``).

    >>> _head_of_state_name("ประธานาธิบดีโจ ไบเดน ของสหรัฐอเมริกา", 12)
    (20, 'โจ ไบเดน')
    >>> _head_of_state_name("ประธานาธิบดีแห่งสาธารณรัฐเกาหลี กล่าว", 12) is None
    True
    """
    _, _, words = _name_lists()
    runs: list[str] = []
    at = pos
    while len(runs) < 3:
        m = _RUN.match(text, at)
        if not m or len(m.group()) > 12 or _is_stop_run(m.group()) or _starts_with_head(text, at) \
                or m.group().startswith(("ด้าน", "ฝ่าย", "การ", "ความ")):
            break
        runs.append(m.group())
        at = m.end()
        if _AFTER_HEAD_NAME.match(text, at):
            if len(runs) >= 2 and any(r not in words for r in runs) and runs[0][0] in _NAME_INITIALS:
                return at, " ".join(runs)
            return None
        sp = _SP.match(text, at)
        if not sp:
            return None
        at = sp.end()
    return None


def _rest_follows(text: str, pos: int, full: str) -> bool:
    """Whether the parts of ``full`` after the first follow ``pos`` (``มุน แช อิน``): the full name is written."""
    rest = full.split()[1:]
    return re.compile(r"[ \t\xa0\u200b]{0,3}" + r"[ \t\xa0\u200b]{1,3}".join(map(re.escape, rest))).match(text, pos) is not None


def _bare_matches(text: str):
    """The matches of ``_BARE.finditer(text)``, looked for only in the lines that hold a strong head.

    A bare name is followed by a strong head in its line (no line break in either); most lines
    hold none, and ``_BARE`` (a look-behind, then a run) is tried at every position of a line.
    """
    done = -1
    for head in _regexes()[3].finditer(text):
        if head.start() < done:
            continue
        start = text.rfind("\n", 0, head.start()) + 1
        done = text.find("\n", head.start())
        if done < 0:
            done = len(text)
        yield from _BARE.finditer(text, start, done)


#: Posts used as a title right before a bare name (``นายกรัฐมนตรีเศรษฐา ทวีสิน``,
#: ``ประธานาธิบดีสี จิ้นผิง``); the name must be known or in PyThaiNLP's name lists.
_AFTER_POST = re.compile(r"(?:รองนายกรัฐมนตรี|นายกรัฐมนตรี|ประธานาธิบดี)[ \t]?(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def parse_post(text: str, pos: int, protected: list[tuple[int, int]] = ()) -> PostHit | None:
    """The post phrase starting at ``pos`` (after spaces, ``ตำแหน่ง`` or a comma).

    ``protected`` are (start, end) of organisation and country names: the post runs over
    them whole and may continue over one space into a name that starts right after it.

    >>> t = "นายเศรษฐา ทวีสิน นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง และนายหลี่"
    >>> p = parse_post(t, 16); t[p.start:p.end]
    'นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง'
    >>> t = "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมได้แสดงความยินดี"
    >>> p = parse_post(t, 0, [(4, 39)]); t[p.start:p.end]
    'ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'
    >>> t = "Ms. FOO Chi Hsia ตำแหน่ง Assistant Chief Executive (International), Infocomm"
    >>> p = parse_post(t, 16); t[p.start:p.end]
    'Assistant Chief Executive (International)'
    >>> t = "นายหลี่ เฉียงนายกรัฐมนตรีของจีน ร่วมเป็นสักขีพยาน"
    >>> p = parse_post(t, 13); t[p.start:p.end]
    'นายกรัฐมนตรีของจีน'
    """
    head_re = _regexes()[2]
    i = pos
    sp = re.compile(r"[ \t\xa0\u200b,]*(?:\([A-Za-z][^()\n]{0,60}\)[ \t,]*)?(?:ตำแหน่ง[ \t]*)?").match(text, i)
    i = sp.end() if sp else i
    lm = _LATIN_TITLE.match(text, i)
    if lm:
        end = lm.end()
        while end > i and text[end - 1] in " \t":
            end -= 1
        return PostHit(i, end, lm.group().strip(), end)
    m = head_re.match(text, i)
    if not m:
        return None
    end = _extend_thai(text, m.start(), m.end(), protected)
    # ``นายกรัฐมนตรีและรัฐมนตรีว่าการ…``: a second post joined by และ
    while True:
        j = end
        if text.startswith("และ", j) and head_re.match(text, j + 3):
            m2 = head_re.match(text, j + 3)
            end = _extend_thai(text, m2.start(), m2.end(), protected)
            continue
        break
    # one space then the organisation (``กรรมการผู้จัดการใหญ่ บริษัท…``) or ``ประจำ…``
    sp2 = re.match(r"[ \t]{1,2}", text[end:end + 3])
    if sp2:
        k = end + sp2.end()
        has_org = any(a < end and b > m.start() for a, b in protected)
        starts = [b for a, b in protected if a == k]
        if starts and not has_org:
            end = _extend_thai(text, k, max(starts), protected)
        elif text.startswith("ประจำ", k):
            end = _extend_thai(text, k, k + 5, protected)
    return PostHit(m.start(), end, m.group(), m.end())


_POST_STOPS = frozenset("""
ได้ ได้รับ เป็น ให้ กล่าว กล่าวว่า พร้อม พร้อมด้วย ร่วม ร่วมกับ ในฐานะ เข้าร่วม ลงนาม เดินทาง และ เพื่อ ที่ ซึ่ง โดย ณ จะ
ว่า ยัง ตอบ เปิดเผย เปิดเผยว่า มอบ รับ พบ หารือ ต้อนรับ ชี้แจง เข้า มี ไป ได้แก่ เมื่อ นำ ขอ ก็ ถึง ต่อ แก่ กับ
ประชุม เยี่ยม ตรวจ แถลง เป็นประธาน ครั้ง ครั้งที่ วันที่ ตั้งแต่ ทั้ง ทั้งนี้ หรือ จึง แต่ อีก กล่าวถึง กล่าวต่อ
กล่าวเพิ่มเติม กล่าวย้ำ เปิดงาน ตอบคำถาม สั่งการ มอบหมาย ออกเดินทาง ลงพื้นที่ เน้นย้ำ ย้ำ ระบุ แสดง ขอบคุณ ยินดี
""".split())


def _extend_thai(text: str, start: int, pos: int, protected) -> int:
    """From ``pos``, extend a post over the Thai run it is glued to, stopping at a clause word."""
    from extractors.thainlp import words

    end = pos
    # jump over protected names that start inside the head or right after it
    for a, b in protected:
        if start <= a <= end and b > end:
            end = b
    m = re.compile(r"[^\s(),“”\"'‘’:;]+").match(text, end)
    if not m:
        return end
    run_end = m.end()
    cover = [(a, b) for a, b in protected if a < run_end and b > end]
    i = end
    for tok in words(text[end:run_end]):
        j = i + len(tok)
        inside = any(a <= i < b for a, b in cover)
        if not inside and i > start and (tok in _POST_STOPS or tok.rstrip(".") in _POST_STOPS):   # ``ณ.``
            # glued ``และ`` is inside a name (``กองกฎหมายและระเบียบ``) unless ``และคณะ`` or another post follows
            if tok == "และ" and not (_regexes()[2].match(text, j) or text.startswith(("คณะ", "ผู้", "นาย", "นาง"), j)):
                i = j
                continue
            break
        if tok == "ฯ" and i > start:
            i = j
            break
        i = j
        for a, b in cover:
            if a <= i < b:
                pass
    end = max(end, i)
    for a, b in protected:   # never stop inside a name
        if a < end < b:
            end = b
    while text.endswith("และ", start, end) and end - 3 > pos:
        end -= 3
    return end


#: A title glued to the name after it, at the end of a chunk of words (``_AFTER_POST``'s titles).
_GLUED_TITLE = re.compile(r"(?:รองนายกรัฐมนตรี|นายกรัฐมนตรี|ประธานาธิบดี)$")


def post_before(text: str, start: int, protected: list[tuple[int, int]] = ()) -> PostHit | None:
    """A post written right before a name: ``ปลัดกระทรวงดิจิทัลฯ นายX`` (same chunk, ≤ 2 spaces).

    >>> t = "โดย รองนายกรัฐมนตรี นายสมศักดิ์"
    >>> p = post_before(t, 20); t[p.start:p.end]
    'รองนายกรัฐมนตรี'
    """
    j = start
    while j > 0 and text[j - 1] in " \t" and start - j < 3:
        j -= 1
    k = j
    while k > 0 and not text[k - 1].isspace() and j - k < 80:
        k -= 1
    if j <= k:
        return None
    glued = _GLUED_TITLE.search(text, k, j) if j == start else None
    if glued:   # ``…หารือกับประธานาธิบดีสี จิ้นผิง``, ``…นายกรัฐมนตรีและประธานาธิบดียุน ซ็อก ย็อล``: the title alone
        return PostHit(glued.start(), j, glued.group(), j)
    if not _regexes()[2].match(text, k):
        return None
    post = parse_post(text, k, protected)
    if post is None or post.start != k or post.end < j:
        return None
    return PostHit(k, j, post.head, post.head_end)


_MINISTRY_HEADS = {"รัฐมนตรี": "รัฐมนตรีว่าการ", "รมว.": "รัฐมนตรีว่าการ", "รมช.": "รัฐมนตรีช่วยว่าการ"}


def clean_post(post: str, ministry: str | None = None, org_label: str | None = None,
               org_surface: str | None = None) -> str:
    """The post as the graph labels it: ``ฯ`` forms and abbreviations expanded, layout removed.

    >>> clean_post("ปลัดกระทรวงฯ", ministry="กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    'ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'
    >>> clean_post("รัฐมนตรีว่าการฯ", ministry="กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    'รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'
    >>> clean_post("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจ\\nและสังคม")
    'รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'
    >>> clean_post("รมว.ดีอี", org_label="กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", org_surface="ดีอี")
    'รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'
    >>> clean_post("นายกฯ")
    'นายกรัฐมนตรี'
    """
    p = re.sub(rf"(?<=[{_TC}])\s*\n\s*(?=[{_TC}])", "", post.strip())
    p = re.sub(r"\s+", " ", p)
    p = re.sub(r"กระทรวง ?(?=กระทรวง)", "", p)
    heads = post_heads()
    if org_label and org_surface and org_surface in p and org_label.startswith("กระทรวง"):
        i = p.index(org_surface)
        pre = p[:i]
        if pre in _MINISTRY_HEADS:
            return _MINISTRY_HEADS[pre] + org_label + p[i + len(org_surface):]
        if pre.endswith("กระทรวง"):
            pre = pre[:-len("กระทรวง")]
        if org_surface != org_label and not org_surface.startswith("กระทรวง") and len(org_surface) < len(org_label):
            p = pre + org_label + p[i + len(org_surface):]
    for surface, expansion in sorted(heads.items(), key=lambda kv: -len(kv[0])):
        if not expansion:
            continue
        i = p.find(surface)
        if i < 0 or (i > 0 and not re.fullmatch(_PREFIX, p[:i])):
            continue
        if "{ministry}" in expansion:
            if not ministry:
                continue
            expansion = expansion.replace("{ministry}", ministry)
        rest = p[i + len(surface):]
        if expansion.endswith("กระทรวง") and rest.startswith("กระทรวง"):
            expansion = expansion[:-len("กระทรวง")]
        p = p[:i] + expansion + rest
        break
    return p
