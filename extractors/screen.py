"""The cheap first look: can this release be about digital cooperation at all?

One Aho-Corasick pass (~75M chars/s) over the raw text decides whether a release is worth
tokenising (~0.8M chars/s). It errs towards letting releases through: the relevance
component decides for real.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

#: The screen lets a release through when it holds at least this much digital weight.
MIN_DIGITAL_WEIGHT = 2


@dataclass(frozen=True)
class Term:
    term: str
    kind: str    # "digital" | "cooperation"
    weight: int


@lru_cache(maxsize=1)
def relevance_terms() -> tuple[Term, ...]:
    """The phrase list of ``extractors/data/relevance-terms.tsv``."""
    text = resources.files("extractors").joinpath("data/relevance-terms.tsv").read_text("utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    terms = []
    for lineno, row in enumerate(rows, 1):
        if len(row) != 3 or row[1] not in ("digital", "cooperation"):
            raise ValueError(f"relevance-terms.tsv: bad row {lineno}: {row!r}")
        terms.append(Term(row[0], row[1], int(row[2])))
    return tuple(terms)


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    # Latin terms are added in their usual casings instead of lower-casing every text:
    # a copy of the whole archive would cost more than the scan itself.
    automaton = ahocorasick.Automaton()
    for term in relevance_terms():
        for form in {term.term, term.term.lower(), term.term.upper(), term.term.title()}:
            automaton.add_word(form, term)
    automaton.make_automaton()
    return automaton


def term_hits(text: str) -> list[tuple[int, Term]]:
    """(end offset, term) of every relevance term in ``text``."""
    return list(_automaton().iter(text))


def screen(text: str) -> bool:
    """True when ``text`` holds enough digital vocabulary to be worth a full read."""
    weight = 0
    for _, term in _automaton().iter(text):
        if term.kind == "digital":
            weight += term.weight
            if weight >= MIN_DIGITAL_WEIGHT:
                return True
    return False
