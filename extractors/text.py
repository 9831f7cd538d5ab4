"""Text normalisation that never moves an offset, sentence spans, and where spaced words end.

Rules, gazetteers and date patterns want Arabic digits and plain spaces; the graph wants
evidence cited at its place in the original text. Every replacement here is one character
for one character, so an offset into the normalised text is an offset into the original.
"""

from __future__ import annotations

import re

from extractors.dates import replace_chars, thai_digits_to_arabic

#: Invisible or exotic spaces a scraped page is full of, each replaced by one plain space.
ODD_SPACES = "\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000\u2009\u202f"
_ODD_SPACES = tuple((c, " ") for c in ODD_SPACES)

#: A sentence ends at a line break, or at a space after which a new clause starts.
_LINE_BREAK = re.compile(r"\n+")
#: Sentences longer than this are split again at their widest run of spaces.
MAX_SENTENCE = 600


def normalise(text: str) -> str:
    """Thai digits to Arabic and odd spaces to plain ones, same length as ``text``.

    >>> normalise("๒๕ มีนาคม\\u00a0๒๕๖๔")
    '25 มีนาคม 2564'
    """
    return replace_chars(thai_digits_to_arabic(text), _ODD_SPACES)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``: lines, long ones split at spaces.

    Thai marks no sentence end; a release's lines are paragraphs, and inside a long one
    a double space (or a single space before a new subject) is the writer's full stop.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _LINE_BREAK.finditer(text, start, end):
        _add_line(text, pos, m.start(), spans)
        pos = m.end()
    _add_line(text, pos, end, spans)
    return spans


_NON_SPACE = re.compile(r"\S")


def _add_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # (a regex, not a loop over characters: the lines the pipeline blanked are all spaces)
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return
    start = first.start()
    end = start + len(text[start:end].rstrip())
    if end - start <= MAX_SENTENCE:
        spans.append((start, end))
        return
    cut = _best_cut(text, start, end)
    if cut is None:
        spans.append((start, end))
        return
    _add_line(text, start, cut, spans)
    _add_line(text, cut, end, spans)


_SPACE_RUN = re.compile(r" {2,}| ")


def _best_cut(text: str, start: int, end: int) -> int | None:
    """The space nearest the middle, preferring runs of two or more spaces."""
    middle = (start + end) // 2
    cuts = [(len(m.group()) == 1, abs(m.start() - middle), m.start())
            for m in _SPACE_RUN.finditer(text, start + 80, end - 80)]
    return min(cuts)[2] if cuts else None


def words_end(text: str, pos: int, words: list[str]) -> int:
    """Where the last of ``words`` ends in ``text``, read from ``pos``: the words of a name as a
    pattern split them, found again at their place (the source may space them unevenly).

    >>> words_end("Mr. Ai   Zhen said", 4, ["Ai", "Zhen"])
    13
    """
    for word in words:
        at = text.find(word, pos)
        if at < 0:
            break
        pos = at + len(word)
    return pos
