"""Foreign places (cities, provinces, states, prefectures) read from ``data/places.tsv``, and the country a
foreign place inside a body's name gives it.

A body the registry lacks is often named by its city or province and not its country:
``สำนักงานคณะกรรมการเศรษฐกิจการค้าและสารสนเทศแห่งเทศบาลเมืองเซินเจิ้น`` (news 5319) is Shenzhen's, so China's. Kept as
data so that a new spelling (``กว่างโจว``, ``กวางโจว``) is a one-line change.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

__all__ = ["places", "load_places", "place_country", "PLACES_TSV"]

PLACES_TSV = Path(__file__).with_name("data") / "places.tsv"
COLUMNS = ("country", "lang", "label", "mentions")
#: Marks that go on the syllable before them (vowels after and above a consonant, tone marks): a label followed by
#: one ends inside a syllable of a longer word.
_DEPENDENT = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
#: Vowels written before their consonant: a label right after one starts inside a syllable.
_LEADING = frozenset("เแโใไ")
#: A place a body is posted to or sits in is not whose it is: ``สำนักงานส่งเสริมการค้าระหว่างประเทศประจำนครเซี่ยงไฮ้`` is
#: Thailand's trade office in Shanghai (like ``ประจำประเทศ…`` before a country, see ``org_discovery._country_of``), and
#: ``สำนักงานผู้แทนในนครโฮจิมินห์`` the EXIM Bank's office in Ho Chi Minh City (news 38638, 42917, 54174).
_POSTED = re.compile(r"(?:ประจำ|ณ|ใน)\s*(?:นคร|เมือง|มณฑล|กรุง|รัฐ|แขวง|จังหวัด|เกาะ|เทศบาลเมือง|เทศบาลนคร)?\s*$")
#: A Thai province named in the name makes no foreign place decide (``…จังหวัดหนองคายกับแขวงเวียงจันทน์``, a joint
#: body of both; such names are Thai by default).
_THAI = "TH"


def load_places(path: Path = PLACES_TSV) -> dict[str, str]:
    """Parse and check a places file (``places()`` is the cached default): label -> ISO alpha-2."""
    from extractors.countries import countries, tsv_rows

    codes = countries()
    out: dict[str, str] = {}
    for n, row in tsv_rows(path):     # (read as countries.tsv is: a bad cell count names its line)
        code, lang, label, mentions = (row.get(c, "").strip() for c in COLUMNS)
        if code not in codes or code == _THAI or lang not in ("th", "en") or not label or not mentions.isdigit():
            raise ValueError(f"{path.name}:{n}: bad row {row!r}")
        if out.get(label, code) != code:
            raise ValueError(f"{path.name}:{n}: {label!r} is already {out[label]}'s")
        out[label] = code
    return out


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Every label of ``places.tsv`` and its country (ISO alpha-2), cached."""
    return load_places()


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every foreign place's label, and ``จังหวัด`` + every Thai province (PyThaiNLP's list), which block."""
    from extractors.thainlp import pythainlp  # noqa: F401  (offline set-up first)
    from pythainlp.corpus import provinces

    a = ahocorasick.Automaton()
    for label, code in places().items():
        a.add_word(label, (label, code))
    for p in provinces():
        a.add_word("จังหวัด" + p, ("จังหวัด" + p, _THAI))
    a.make_automaton()
    return a


def _whole(text: str, s: int, e: int, label: str) -> bool:
    """Whether ``text[s:e]`` (``label``) stands as a word of its own, not inside a longer one."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if label[0].isascii():
        return not before.isalnum() and not after.isalnum()
    return before not in _LEADING and not _DEPENDENT.match(after)


def place_country(text: str, start: int, end: int) -> str | None:
    """The country of the foreign places named in ``text[start:end]`` (None when none is, when they are of two
    countries, or when a Thai province is named too).

    >>> place_country("คณะกรรมการพัฒนาและปฏิรูปมณฑลกวางตุ้ง", 0, 37)
    'CN'
    >>> place_country("สำนักงานส่งเสริมการค้าระหว่างประเทศประจำนครเซี่ยงไฮ้", 0, 54) is None
    True
    """
    if end <= start:
        return None
    found: set[str] = set()
    for e, (label, code) in _automaton().iter(text, start, end):
        s = e + 1 - len(label)
        if not _whole(text, s, e + 1, label):
            continue
        if code == _THAI:
            return None
        if _POSTED.search(text, max(start, s - 16), s):
            continue
        found.add(code)
    return found.pop() if len(found) == 1 else None
