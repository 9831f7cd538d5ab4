"""Countries and the names releases give them, read from ``data/countries.tsv``.

The table is data so that a new spelling seen in a release (``อินโดนีเชีย``, ``สปป. ลาว``)
is a one-line change; ids are ISO 3166-1 alpha-2 codes, as the graph contract wants.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractors.gazetteer import STOP, Gazetteer, Match

__all__ = ["Country", "countries", "country_gazetteer", "find_countries", "tsv_rows", "COUNTRIES_TSV"]

COUNTRIES_TSV = Path(__file__).with_name("data") / "countries.tsv"
_KINDS = {"pref", "official", "alt", "stop"}


@dataclass(frozen=True)
class Country:
    """A country: ISO code, Wikidata QID and every label it is matched by."""

    code: str                    # ISO 3166-1 alpha-2
    wikidata: str                # e.g. "Q869", "" when unknown
    label_th: str
    label_en: str
    labels: tuple[str, ...]      # every Thai and English label, canonical ones first


def tsv_rows(path: Path = COUNTRIES_TSV) -> list[tuple[int, dict[str, str]]]:
    """Non-comment rows of a gazetteer TSV (a header, then tab-separated cells) with their line numbers, so errors
    can name the line; ``places.tsv`` is read the same way."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    header = lines[0][1].rstrip("\n").split("\t")
    out = []
    for n, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{path.name}:{n}: expected {len(header)} tab-separated cells, got {len(cells)}")
        out.append((n, dict(zip(header, cells))))
    return out


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country by alpha-2 code (cached)."""
    acc: dict[str, dict] = {}
    for n, row in tsv_rows():
        code, kind, lang, label = row["alpha2"], row["kind"], row["lang"], row["label"].strip()
        if kind not in _KINDS or not label or lang not in {"th", "en"}:
            raise ValueError(f"{COUNTRIES_TSV.name}:{n}: bad row {row!r}")
        if kind == "stop":
            continue
        if len(code) != 2 or not code.isupper():
            raise ValueError(f"{COUNTRIES_TSV.name}:{n}: bad alpha-2 code {code!r}")
        c = acc.setdefault(code, {"wikidata": row["wikidata"], "th": "", "en": "", "labels": []})
        if kind == "pref" and not c[lang]:
            c[lang] = label
        if label not in c["labels"]:
            c["labels"].append(label)
    return {code: Country(code, c["wikidata"], c["th"], c["en"], tuple(c["labels"]))
            for code, c in acc.items()}


@lru_cache(maxsize=1)
def country_gazetteer() -> Gazetteer:
    """A matcher for every country label (ids = alpha-2) plus the stop phrases."""
    pairs = [(label, code) for code, c in countries().items() for label in c.labels]
    pairs += [(row["label"], STOP) for _, row in tsv_rows() if row["kind"] == "stop"]
    return Gazetteer(pairs)


def find_countries(text: str) -> list[Match]:
    """Every country named in ``text``, left to right, with offsets into ``text``."""
    return country_gazetteer().find(text)
