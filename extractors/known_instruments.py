"""Instruments whose parties are settled, named by a short name that does not say who they bind.

``DEFA`` is the ASEAN Digital Economy Framework Agreement wherever a release names it: at an ASEAN-Australia summit
as much as at an ASEAN meeting. Read from the clause around it, its parties were whoever stood nearby. The table
is data (``extractors/data/known-instruments.tsv``): adding an instrument is a data change.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractors.records import ActorRef

DATA = "data/known-instruments.tsv"


@dataclass(frozen=True)
class KnownInstrument:
    name: str
    kind: str
    parties: tuple[ActorRef, ...]
    pattern: re.Pattern
    status: str | None = None   # what a mention with no status of its own is (``planned``: still negotiated)


@lru_cache(maxsize=1)
def known_instruments() -> tuple[KnownInstrument, ...]:
    text = resources.files("extractors").joinpath(DATA).read_text("utf-8")
    rows = csv.reader((line for line in text.splitlines() if line.strip() and not line.startswith("#")), delimiter="\t")
    out = []
    for lineno, row in enumerate(rows, 1):
        if len(row) != 4 or not row[0].strip() or not row[2].split() \
                or row[3].strip() not in ("-", "planned", "approved", "signed"):
            raise ValueError(f"{DATA}: bad row {lineno}: {row!r}")
        parties = tuple(ActorRef("country", p) if len(p) == 2 and p.isupper() else ActorRef("org", p)
                        for p in row[2].split())
        # a word of its own (``DEFA``, not a letter run inside another word)
        pattern = re.compile(rf"(?<![A-Za-z]){re.escape(row[0].strip())}(?![A-Za-z])")
        status = row[3].strip() if row[3].strip() != "-" else None
        out.append(KnownInstrument(row[0].strip(), row[1].strip(), parties, pattern, status))
    return tuple(out)


def known_instrument(title: str | None, kind: str) -> KnownInstrument | None:
    """The known instrument a record of ``kind`` titled ``title`` is, or None."""
    for known in known_instruments():
        if kind == known.kind and title and known.pattern.search(title):
            return known
    return None


def settled_parties(title: str | None, kind: str) -> tuple[ActorRef, ...] | None:
    """The parties of the known instrument a record of ``kind`` titled ``title`` is, or None.

    >>> settled_parties("ความตกลง DEFA (Digital Economy Framework Agreement)", "agreement")
    (ActorRef(kind='org', key='asean'),)
    >>> settled_parties("แถลงการณ์ผู้นำว่าด้วยการจัดทำกรอบความตกลง DEFA", "declaration") is None   # a statement on it
    True
    """
    known = known_instrument(title, kind)
    return known.parties if known else None
