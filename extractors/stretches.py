"""The written stretches of a long pipeline text: what lies between its long blank runs.

The pipeline blanks most of a long release (``extractors.pipeline.focus``: a cabinet summary's
unrelated items become spaces, offsets kept), so a 150,000-character text may hold 20,000
characters of writing. A scan that looks for words (an Aho-Corasick automaton, a pattern that
cannot match white space alone) finds nothing in a long blank run, yet still walks it one
character at a time; scanning only the stretches, each widened into the runs around it by the
longest word, finds the same hits in the same order.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: White-space runs at least this long separate two stretches.
BLANK_RUN = 400
#: Shorter texts are one stretch: only focused texts (over 20,000 characters) have long runs to skip.
MIN_TEXT = 20_000
_BLANK_RUN = re.compile(rf"\s\s{{{BLANK_RUN - 1},}}")   # (faster than ``\s{N,}``: it opens with one character)
_SPACES = " " * BLANK_RUN


@lru_cache(maxsize=4)
def blank_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each white-space run of :data:`BLANK_RUN` characters or more (none in a short text).

    A text with such a run has one of spaces alone (a blanked line is its spaces): ``in`` rules the
    others out in a fraction of the pattern's time."""
    if len(text) < MIN_TEXT or _SPACES not in text:
        return ()
    return tuple(run.span() for run in _BLANK_RUN.finditer(text))


def written_stretches(text: str, margin: int) -> list[tuple[int, int]]:
    """(start, end) of each part of ``text`` between its :func:`blank_runs`, widened by ``margin``
    characters into the runs on either side.

    A word of up to ``margin`` characters that is not white space alone lies inside one of them, so a
    scan of each, in order, gives the hits of a scan of the whole text, in the same order; the
    stretches never overlap. ``margin`` must be under half :data:`BLANK_RUN`.

    >>> text = "กระทรวง" + " " * 500 + "ดิจิทัล" + "\\n" * 450
    >>> written_stretches(text * 30, 10)[:2]
    [(0, 17), (497, 524)]
    """
    if 2 * margin >= BLANK_RUN:
        raise ValueError(f"margin {margin} is not under half of BLANK_RUN ({BLANK_RUN})")
    out, pos = [], 0
    for start, end in blank_runs(text):
        if start > pos:
            out.append((max(0, pos - margin), start + margin))
        pos = end
    if pos < len(text):
        out.append((max(0, pos - margin), len(text)))
    return out
