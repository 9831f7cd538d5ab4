"""A phrase matcher for names (countries, organisations) over raw release text.

Releases break names across lines, pad them with NBSP or zero-width spaces and mix Latin
case freely, so matching runs on a *normalised view* of the text while every
``Match`` keeps offsets into the original text (the graph cites its evidence by them).
Thai has no spaces between words, so a Thai hit must also sit on word boundaries:
``ลาว`` inside ``คลาวด์`` or ``แพร่`` inside ``แพร่ระบาด`` is not a name. Only candidates
whose neighbours are Thai letters pay for a (small, cached) newmm tokenisation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

__all__ = ["Match", "Gazetteer", "STOP", "normalise", "normalise_label"]


@dataclass(frozen=True)
class Match:
    """One name found in a text: ``text[start:end] == surface``; ``id`` is the entity key."""

    start: int
    end: int
    surface: str
    id: str


# White space of every kind, including the invisible characters thaigov pages are full of.
_SPACE = "\\s\u00a0\u00ad\u180e\u200b-\u200d\u2060\ufeff"
#: runs of space; nikhahit+aa is sara am; two sara e are sara ae (``กระทรวงเเรงงาน``, a typo in 1,174 archive
#: releases: every name matches however its แ is typed)
_FOLD = re.compile(f"[{_SPACE}]+|\u0e4d\u0e32|\u0e40\u0e40")
_ALNUM = re.compile(r"[0-9A-Za-z\u00c0-\u024f]")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
# 1:1 character folding (so offsets survive): Latin case, dashes, typographic quotes.
_CHAR_FOLD = {c: c.lower() for c in map(chr, range(0x41, 0x5B))}
_CHAR_FOLD.update({c: c.lower() for c in map(chr, range(0xC0, 0x250))
                   if len(c.lower()) == 1 and c.lower() != c})
_CHAR_FOLD.update({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                   "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_TRANSLATE = str.maketrans(_CHAR_FOLD)
# Runs of characters to fold: str.translate looks every character up in a dict, so over a
# Thai release, translating only these runs is several times faster than the whole text.
_FOLDABLE = re.compile("[" + "".join(map(re.escape, sorted(_CHAR_FOLD))) + "]+")


# The same classes as sets of characters: asked of one character at a time, a set answers
# several times faster than a regex match (every white-space run of every text asks).
_ALNUM_CHARS = frozenset(c for c in map(chr, range(0x250)) if _ALNUM.fullmatch(c))
_THAI_LETTERS = frozenset(map(chr, range(0x0E01, 0x0E4F)))


def _is_alnum(ch: str) -> bool:
    return ch in _ALNUM_CHARS


def _is_thai(ch: str) -> bool:
    return ch in _THAI_LETTERS


@dataclass(frozen=True)
class _View:
    """The normalised text and how to map its positions back to the original."""

    text: str
    nstarts: tuple[int, ...]   # segment start in the normalised text
    ostarts: tuple[int, ...]   # the same segment's start in the original text
    olens: tuple[int, ...]     # -1 for 1:1 segments, else the original length of a 1-char segment

    def orig_start(self, i: int) -> int:
        k = bisect_right(self.nstarts, i) - 1
        return self.ostarts[k] + (i - self.nstarts[k] if self.olens[k] < 0 else 0)

    def orig_end(self, e: int) -> int:
        k = bisect_right(self.nstarts, e - 1) - 1
        if self.olens[k] >= 0:
            return self.ostarts[k] + self.olens[k]
        return self.ostarts[k] + (e - 1 - self.nstarts[k]) + 1


@lru_cache(maxsize=8)  # the country and organisation gazetteers read the same release text
def normalise(text: str) -> _View:
    """Fold white space and case; keep one space only between two Latin alphanumerics.

    Thai writes no spaces inside names, so a space or line break between Thai letters (or
    next to punctuation) is layout, not content: ``สปป. ลาว`` and ``สปป.ลาว`` are one name.
    """
    pieces: list[str] = []
    nstarts: list[int] = [0]
    ostarts: list[int] = [0]
    olens: list[int] = [-1]
    n = 0
    last = 0
    for m in _FOLD.finditer(text):
        s, e = m.span()
        pieces.append(text[last:s])
        n += s - last
        if text[s] == "\u0e4d":       # nikhahit + aa typed for sara am: 2 chars -> 1
            rep, olen = "\u0e33", 2
        elif text[s] == "\u0e40":     # sara e twice typed for sara ae: 2 chars -> 1
            rep, olen = "\u0e41", 2
        elif s > 0 and e < len(text) and _is_alnum(text[s - 1]) and _is_alnum(text[e]):
            rep, olen = " ", 1
        else:
            rep, olen = "", 0
        if rep:
            nstarts.append(n); ostarts.append(s); olens.append(olen)
            pieces.append(rep)
            n += 1
        nstarts.append(n); ostarts.append(e); olens.append(-1)
        last = e
    pieces.append(text[last:])
    return _View(_fold_chars("".join(pieces)), tuple(nstarts), tuple(ostarts), tuple(olens))


#: Other spellings of ดิจิทัล, "digital" (the Royal Institute's form), folded into it character for character:
#: ``ดิจิตอล`` in 366 archive releases (``ความเชื่อมโยงด้านดิจิตอล``, news 333), ``ดิจิตัล`` in 60; and of อินเทอร์เน็ต,
#: ``อินเตอร์เน็ต`` in 379 (``การค้ายาเสพติดทางอินเตอร์เน็ต``, news 15824). Every name and field form written the
#: Institute's way then matches however the release spells it.
_SPELLED = {"ดิจิตอล": "ดิจิทัล", "ดิจิตัล": "ดิจิทัล", "อินเตอร์เน็ต": "อินเทอร์เน็ต"}
_SPELLINGS = re.compile("|".join(_SPELLED))


def _fold_chars(text: str) -> str:
    """``text.translate(_TRANSLATE)``, translating only the runs that change; other spellings of ดิจิทัล and
    อินเทอร์เน็ต folded.

    >>> _fold_chars("ความเชื่อมโยงด้านดิจิตอล ASEAN") == "ความเชื่อมโยงด้านดิจิทัล asean"
    True
    """
    text = _FOLDABLE.sub(lambda m: m.group().translate(_TRANSLATE), text)
    return _SPELLINGS.sub(lambda m: _SPELLED[m.group()], text)


def normalise_label(label: str) -> str:
    """The key a label is matched (and de-duplicated) by."""
    return normalise(label.strip()).text


@lru_cache(maxsize=65536)
def _tokens(window: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each newmm token of ``window``."""
    from extractors.thainlp import words  # lazy: PyThaiNLP loads only if Thai needs it

    spans = []
    pos = 0
    for tok in words(window):
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    return tuple(spans)


@lru_cache(maxsize=1)
def _thai_words() -> frozenset[str]:
    from extractors.thainlp import pythainlp  # noqa: F401  (offline set-up first)
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


# Little words newmm glues onto the next one (``ในประเทศ``, ``ของไทย``).
_GLUE = frozenset("ใน และ กับ ของ จาก ที่ สู่ โดย แก่ แห่ง ว่า ให้ ต่อ คือ หรือ ทั้ง ร่วม ซึ่ง เป็น ได้ "
                  "ถึง ตาม เช่น อาทิ ทาง ฝ่าย ประเทศ รัฐบาล ชาว คน ณ".split())


def _starts_word(window: str, spans: tuple[tuple[int, int], ...], s: int, e: int) -> bool:
    """Does a name start at ``s``? newmm may glue a little word onto it (``ใน|ประเทศ``
    -> ``ในประเทศ``): accept when that token's head is such a word (or a dictionary word
    of three letters or more) and its tail stays inside the name (``ค|ลาวด์`` fails both)."""
    for ts, te in spans:
        if ts == s:
            return True
        if ts < s < te:
            head = window[ts:s]
            return te <= e and (head in _GLUE or (len(head) >= 3 and head in _thai_words()))
    return False


def _ends_word(spans: tuple[tuple[int, int], ...], e: int) -> bool:
    return any(te == e for _, te in spans)


_WINDOW = 14
#: White space between two Thai letters.
_SPLIT = re.compile(f"(?<=[\u0e01-\u0e4e])[{_SPACE}]+(?=[\u0e01-\u0e4e])")
_LONG = 7   # Thai names this long are not found inside other words by accident: no tokenising


def _window(text: str, start: int, end: int) -> tuple[int, str]:
    """A few words around ``text[start:end]``, cut at white space when there is one near."""
    lo = max(0, start - _WINDOW)
    sp = max(text.rfind(" ", lo - _WINDOW, lo), text.rfind("\n", lo - _WINDOW, lo))
    if sp >= 0:
        lo = sp + 1
    hi = min(len(text), end + _WINDOW)
    cands = [i for i in (text.find(" ", hi, hi + _WINDOW), text.find("\n", hi, hi + _WINDOW)) if i >= 0]
    if cands:
        hi = min(cands)
    return lo, text[lo:hi]


STOP = ""
"""The id of a *stop phrase*: matched like a name so that it hides the shorter names inside
it (``ภาษาอังกฤษ`` is a language, not England), then left out of the results."""


class Gazetteer:
    """Leftmost-longest, non-overlapping matching of ``(surface, id)`` pairs (id ``STOP``: a stop phrase)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._automaton = ahocorasick.Automaton()
        seen: dict[str, str] = {}
        for surface, ident in pairs:
            key = normalise_label(surface)
            if not key:
                raise ValueError(f"gazetteer: empty surface for id {ident!r}")
            if key in seen:
                if seen[key] != ident:
                    raise ValueError(f"gazetteer: {surface!r} maps to both {seen[key]!r} and {ident!r}")
                continue
            seen[key] = ident
            self._automaton.add_word(key, (len(key), ident))
        self._size = len(seen)
        if seen:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def find(self, text: str) -> list[Match]:
        """Every name in ``text``, left to right; the longest wins where names overlap."""
        if not self._size or not text:
            return []
        view = normalise(text)
        cands = []
        for nend, (length, ident) in self._automaton.iter(view.text):
            nstart = nend - length + 1
            cands.append((view.orig_start(nstart), view.orig_end(nend + 1), ident))
        cands.sort(key=lambda c: (c[0], -c[1]))
        out: list[Match] = []
        pos = 0
        for start, end, ident in cands:
            if start < pos or not self._on_boundaries(text, start, end):
                continue
            if ident != STOP:
                out.append(Match(start, end, text[start:end], ident))
            pos = end
        return out

    @staticmethod
    def _on_boundaries(text: str, start: int, end: int) -> bool:
        """No hits inside other words: Latin needs non-alphanumeric neighbours, Thai word breaks."""
        first, last = text[start], text[end - 1]
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if _is_alnum(first) and _is_alnum(before):
            return False
        if _is_alnum(last) and _is_alnum(after):
            return False
        if _is_thai(first) and _is_thai(before) and last == "." and not _SPLIT.search(text, start, end):
            # a Thai abbreviation (``วช.``) glued to a letter is part of another (``กวช.``); a phrase ending in one
            # (``ไม่มี อย.``, a stop phrase) is words
            return False
        need_start = _is_thai(first) and _is_thai(before)
        need_end = _is_thai(last) and _is_thai(after)
        if (need_start or need_end) and end - start < _LONG and _SPLIT.search(text, start, end):
            # ``นางออร์|นา ซา|กิฟ`` (news 59542: NASA in an ambassador's name; 20 archive files): a short name whose
            # letters a space parts, glued to other words, is the tail of one word and the head of the next
            return False
        if not (need_start or need_end) or end - start >= _LONG:
            return True
        lo, window = _window(text, start, end)
        spans = _tokens(window)
        if need_start and not _starts_word(window, spans, start - lo, end - lo):
            return False
        if need_end and not _ends_word(spans, end - lo):
            return False
        return True
