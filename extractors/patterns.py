"""Regular expressions built from word lists (honorifics, month names, post heads), and scans
of patterns that ``re`` cannot skip ahead through.

Python's ``re`` tries the branches of ``a|b|c…`` one by one at every position of the text, so a
plain alternation of 300 honorifics costs 300 attempts per character of a 150,000-character
cabinet summary. The same words factored into a trie (``นา(?:ง(?:สาว)?|ย)``) fail at the first
character that no word continues with: about ten times faster on the archive, with the same
matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_END = ""   # a trie key that marks the end of a word


def alternation(words: Iterable[str]) -> str:
    """A pattern that matches any of ``words``, the longest first, as a character trie.

    Among words that match at one position, one is a prefix of the other, and a greedy
    optional tail tries the longer first: the matches are those of the alternation of the
    words sorted longest first.

    >>> alternation(["นาง", "นางสาว", "นาย"])
    'นา(?:ง(?:สาว)?|ย)'
    >>> re.findall(alternation(["ดร.", "ดร", "Mr."]), "Mr. ดร.ก ดรุณี")
    ['Mr.', 'ดร.', 'ดร']
    >>> alternation([])
    '(?!)'
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "|".join(_branches(trie)) or "(?!)"


def _branches(node: dict) -> list[str]:
    return [re.escape(char) + _tail(child) for char, child in sorted(node.items()) if char != _END]


def _tail(node: dict) -> str:
    """What may follow a character: one of its children, or (at a word's end) nothing,
    tried in that order so that the longer word wins."""
    branches = _branches(node)
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if _END in node else "")


#: Sara am (U+0E33) as some releases type it: nikhahit + sara aa (U+0E4D U+0E32), which NFC leaves apart
#: (``หนังสือแสดงเจตจํานง``, news 4376; 2,793 archive files have the pair). The text keeps it, since every
#: normalisation is one character for one character: the patterns match both spellings instead.
AM_SPLIT = "\u0e4d\u0e32"
_AM_OUTSIDE_CLASS = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\u0e33")


def either_am(pattern: str) -> str:
    """``pattern`` with each sara am outside a character class matching either spelling.

    >>> bool(re.fullmatch(either_am("เจตจำนง"), "เจตจ\u0e4d\u0e32นง"))
    True
    >>> either_am("[ำ]ำ") == "[ำ](?:ำ|\u0e4d\u0e32)"
    True
    """
    return _AM_OUTSIDE_CLASS.sub(lambda m: f"(?:\u0e33|{AM_SPLIT})" if m.group() == "\u0e33" else m.group(), pattern)


def fold_am(s: str) -> str:
    """``s`` with nikhahit + sara aa written as sara am, for looking a matched word up."""
    return s.replace(AM_SPLIT, "\u0e33")


#: Leading look-behinds of a pattern: what is left after them matches wherever the whole
#: pattern does, and usually starts with a literal that ``re`` finds fast.
_LEADING_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=][^()]*\))+")
#: A pattern that opens with a look-behind for a plain phrase alone (``(?<=ลงนาม)(?:ใน)?ความร่วมมือ…``).
_LITERAL_LOOKBEHIND = re.compile(r"^\(\?<=([^()\\.^$*+?{}\[\]|]+)\)")


@dataclass(frozen=True)
class LeadScan:
    """A pattern (``exact``) and a fast way to find where it may match.

    ``re`` cannot skip ahead to a literal behind a look-behind or an optional group, and tries
    such a pattern at every position (of a 150,000-character cabinet summary). ``lead`` is found
    fast and matches ``shift`` characters before wherever ``exact`` matches (the pattern less its
    leading look-behinds, shift 0; or a look-behind's phrase followed by the rest, shift its
    length); ``exact`` is then only tried there. ``needle`` is a phrase inside every match
    (``""`` when none is known): a text without it has no match at all.

    >>> scan = LeadScan.of(r"(?<!ทุก)วันนี้")
    >>> [m.span() for m in scan.finditer("ทุกวันนี้ และวันนี้")]
    [(13, 19)]
    """

    lead: re.Pattern
    shift: int
    exact: re.Pattern
    needle: str

    @classmethod
    def of(cls, pattern: str | re.Pattern) -> "LeadScan":
        exact = re.compile(pattern)
        rest = _LEADING_LOOKBEHINDS.sub("", exact.pattern)
        behind = _LITERAL_LOOKBEHIND.match(exact.pattern)
        if behind and _LEADING_LOOKBEHINDS.match(exact.pattern).end() == behind.end():
            phrase = behind.group(1)
            return cls(re.compile(re.escape(phrase) + "(?:" + rest + ")", exact.flags), len(phrase), exact,
                       _needle(rest, exact.flags))
        lead = _case_blind_letter(rest, exact.flags) or re.compile(rest, exact.flags)
        return cls(lead, 0, exact, _needle(rest, exact.flags))

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        """The matches ``exact.finditer(text, start, end)`` gives, in order."""
        end = len(text) if end is None else end
        if self.needle and text.find(self.needle, start, end) < 0:
            return
        pos = start
        while (m := self.lead.search(text, max(0, pos - self.shift), end)) is not None:
            at = m.start() + self.shift
            # the look-behinds are zero-width: where they hold, the whole pattern matches as the rest did
            if at >= pos and (hit := self.exact.match(text, at, end)) is not None:
                yield hit
                pos = max(hit.end(), at + 1)
            else:
                pos = max(pos, at + 1)


#: ASCII letters that ``(?i)`` matches only in their two cases (it matches ``i``, ``k`` and ``s`` with ``ı``, ``K``, ``ſ`` too).
_TWO_CASE_LETTERS = frozenset("abcdefghjlmnopqrtuvwxyz")


def _case_blind_letter(pattern: str, flags: int = 0) -> re.Pattern | None:
    """``[Mm]`` for a pattern that opens with a case-blind group whose first character is such a letter
    (``(?i:memorandum\\s+of…)``): every match starts with one of the two. ``re`` tries a case-blind
    pattern at every character of a text, and skips ahead to a plain class (a fifth of the time on
    cabinet summaries). None for any other pattern (or a parse this does not read).

    >>> _case_blind_letter(r"(?i:joint\\s+statement)").pattern
    '[jJ]'
    >>> _case_blind_letter(r"(?i:sign)") is None, _case_blind_letter(r"(?i:a)|b") is None
    (True, True)
    """
    try:
        from re import _parser
        parsed = _parser.parse(pattern, flags)
    except Exception:  # (a private module: without it, the pattern is its own lead)
        return None
    if not parsed.data or parsed.data[0][0] is not _parser.SUBPATTERN:
        return None
    _, add_flags, _, inner = parsed.data[0][1]
    if not add_flags & re.IGNORECASE or not inner.data or inner.data[0][0] is not _parser.LITERAL:
        return None
    letter = chr(inner.data[0][1]).lower()
    if letter not in _TWO_CASE_LETTERS:
        return None
    return re.compile(f"[{letter}{letter.upper()}]")


def _needle(pattern: str, flags: int = 0) -> str:
    """The longest run of plain characters every match of ``pattern`` holds, read from its parse;
    ``""`` when there is none (or the parse is not one this reads)."""
    try:
        from re import _parser
        parsed = _parser.parse(pattern, flags)
    except Exception:  # (a private module: without it, every text is scanned)
        return ""
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    best, run = "", ""
    for op, arg in parsed.data:
        run = run + chr(arg) if op is _parser.LITERAL else ""
        best = max(best, run, key=len)
    return best


def matches_at(exact: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """The matches ``exact.finditer(text)`` gives, for a pattern that can only match at ``starts`` (ascending).

    A line-anchored pattern (``^`` with ``re.MULTILINE``) is tried by ``re`` at every character,
    and a focused cabinet summary is mostly blank lines: tried only at the lines that can open a
    match (found with ``str.find`` or a pattern ``re`` skips ahead through), it costs a tenth.

    >>> rx = re.compile(r"^\\d+\\.", re.MULTILINE)
    >>> [m.group() for m in matches_at(rx, "1. ก\\nข\\n22. ค", [0, 5, 7])]
    ['1.', '22.']
    """
    pos = 0
    for at in starts:
        if at >= pos and (hit := exact.match(text, at)) is not None:
            yield hit
            pos = max(hit.end(), at + 1)


def last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last of ``pattern``'s matches in ``text[lo:hi]`` (the nearest before ``hi``), or None.

    >>> last_match(re.compile(r"ด้าน"), "ด้านการค้า ด้านดิจิทัล และ", 0, 20).start()
    11
    """
    found = None
    for found in pattern.finditer(text, lo, hi):
        pass
    return found

