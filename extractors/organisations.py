"""The organisation registry, read from ``data/organisations.tsv``: one row per label.

Kept as data so that an alias seen in a new release (``กระทรวงดีอี``, an old ministry name,
a typo the source keeps) is a one-line change. Loading is strict: a bad, duplicated or
conflicting row stops with a one-line error naming the TSV line, because a silently wrong
registry turns into wrong actors in the graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractors.gazetteer import STOP, Gazetteer, Match, normalise_label

__all__ = ["Organisation", "RegistryError", "organisations", "organisation_gazetteer",
           "find_organisations", "load_registry", "ORGANISATIONS_TSV"]

ORGANISATIONS_TSV = Path(__file__).with_name("data") / "organisations.tsv"
#: Phrases that hide an organisation label inside them (``… Partnership Agreement : DEPA``).
STOP_PHRASES_TSV = Path(__file__).with_name("data") / "organisation-stops.tsv"
COLUMNS = ("key", "lang", "label", "kind", "country", "parent", "type")
KINDS = frozenset({"pref", "alt", "acronym", "short"})
TYPES = frozenset({"ministry", "department", "agency", "state-enterprise", "international",
                   "company", "university", "other"})
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class RegistryError(ValueError):
    """A bad row in the registry; the message names the file and line."""


@dataclass(frozen=True)
class Organisation:
    """An organisation and every label it is matched by (canonical ones first)."""

    key: str
    label_th: str
    label_en: str
    labels: tuple[str, ...]
    acronyms: tuple[str, ...]
    country: str | None          # ISO alpha-2; None for international bodies
    parent: str | None           # key of the parent organisation
    type: str


def load_registry(path: Path = ORGANISATIONS_TSV) -> dict[str, Organisation]:
    """Parse and check a registry file (``organisations()`` is the cached default)."""
    from extractors.countries import countries

    codes = countries()
    where = path.name
    acc: dict[str, dict] = {}
    first_line: dict[str, int] = {}
    label_owner: dict[str, tuple[str, int]] = {}
    header_seen = False
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                if tuple(cells) != COLUMNS:
                    raise RegistryError(f"{where}:{n}: header must be {'/'.join(COLUMNS)}")
                header_seen = True
                continue
            if len(cells) != len(COLUMNS):
                raise RegistryError(f"{where}:{n}: expected {len(COLUMNS)} tab-separated cells, got {len(cells)}")
            key, lang, label, kind, country, parent, typ = (c.strip() for c in cells)
            if not _KEY.match(key):
                raise RegistryError(f"{where}:{n}: bad key {key!r}")
            if lang not in ("th", "en") or kind not in KINDS or typ not in TYPES or not label:
                raise RegistryError(f"{where}:{n}: bad lang/kind/type/label in {line!r}")
            if country and country not in codes:
                raise RegistryError(f"{where}:{n}: unknown country {country!r}")
            org = acc.setdefault(key, {"th": "", "en": "", "labels": [], "acronyms": [],
                                       "country": country, "parent": parent, "type": typ})
            first_line.setdefault(key, n)
            if (org["country"], org["parent"], org["type"]) != (country, parent, typ):
                raise RegistryError(f"{where}:{n}: {key!r} country/parent/type differ from line {first_line[key]}")
            norm = normalise_label(label)
            if norm in label_owner:
                other, m = label_owner[norm]
                what = "duplicated row" if other == key else f"label also belongs to {other!r}"
                raise RegistryError(f"{where}:{n}: {label!r}: {what} (line {m})")
            label_owner[norm] = (key, n)
            if kind == "pref" and not org[lang]:
                org[lang] = label
            org["labels"].append(label)
            if kind == "acronym":
                org["acronyms"].append(label)
    for key, org in acc.items():
        if org["parent"] and org["parent"] not in acc:
            raise RegistryError(f"{where}:{first_line[key]}: {key!r} has unknown parent {org['parent']!r}")
        if org["parent"] == key:
            raise RegistryError(f"{where}:{first_line[key]}: {key!r} is its own parent")
    out = {}
    for key, org in acc.items():
        canon = [x for x in (org["th"], org["en"]) if x]
        labels = tuple(canon + [x for x in org["labels"] if x not in canon])
        out[key] = Organisation(key, org["th"], org["en"], labels, tuple(org["acronyms"]),
                                org["country"] or None, org["parent"] or None, org["type"])
    return out


@lru_cache(maxsize=1)
def organisations() -> dict[str, Organisation]:
    """Every organisation by key (cached)."""
    return load_registry()


def stop_phrases(path: Path = STOP_PHRASES_TSV) -> tuple[str, ...]:
    """The phrases of ``organisation-stops.tsv``: not organisations, though a label is inside them."""
    if not path.exists():
        return ()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def organisation_gazetteer() -> Gazetteer:
    """A matcher for every organisation label (ids = keys), with the stop phrases hiding theirs."""
    pairs = [(label, key) for key, org in organisations().items() for label in org.labels]
    return Gazetteer(pairs + [(phrase, STOP) for phrase in stop_phrases()])


def find_organisations(text: str) -> list[Match]:
    """Every organisation named in ``text``, left to right, with offsets into ``text``."""
    return organisation_gazetteer().find(text)


#: Registered bodies whose name inside another's does not make them named: a company's group inside its local arm's
#: name (``บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย) จำกัด``), a state enterprise inside its institute's.
_NOT_NAMED_WITHIN = frozenset({"company", "state-enterprise"})
#: A bloc paired with a partner inside a body's name (``ASEAN – Japan Cybersecurity Capacity Building Centre``) names
#: the partnership, not the bloc.
_PAIRED = re.compile(r"[ \t]*[-–][ \t]*\S")


@lru_cache(maxsize=None)
def _parent_gazetteer(key: str) -> Gazetteer:
    org = organisations()[key]
    return Gazetteer([(label, key) for label in org.labels if len(label) >= 4])


def parents_named_within(surface: str, key: str) -> list[Match]:
    """The registered parents (and their parents) of body ``key`` whose own name is written inside ``surface``, the
    body's name as the text gives it: ``คณะมนตรีความมั่นคงแห่งสหประชาชาติ`` names the UN, ``สำนักโฆษก
    สำนักเลขาธิการนายกรัฐมนตรี`` the Secretariat of the Prime Minister. The gold sets list such a parent (the UN six
    times out of six, the Secretariat twice, WHO once, when nothing else names it); a company's group or a bloc paired
    with a partner, never. Offsets are into ``surface``.

    >>> [m.id for m in parents_named_within("คณะมนตรีความมั่นคงแห่งสหประชาชาติ", "unsc")]
    ['un']
    """
    registry = organisations()
    out: list[Match] = []
    parent = registry[key].parent if key in registry else None
    seen = set()
    while parent and parent in registry and parent not in seen:
        seen.add(parent)
        if registry[parent].type not in _NOT_NAMED_WITHIN:
            out += [m for m in _parent_gazetteer(parent).find(surface) if not _PAIRED.match(surface, m.end)]
        parent = registry[parent].parent
    return out


#: Bodies named after the place they govern: ``กรุงเทพมหานคร`` is the BMA, and as often the city itself;
#: ``อาเซียน`` is the association and the region (``ตลาดอาเซียน``, the ASEAN market: 107 archive files).
PLACE_NAMED = frozenset({"bma", "asean"})
#: Regions named by a body: what before its name makes it the region (``…ศักยภาพของตลาดอาเซียน``, news 74580).
_REGION_BEFORE = {"asean": re.compile(r"ตลาด[ \t\xa0]*$")}
# The city, not its administration: ``ณ กรุงเทพมหานคร``, ``พื้นที่กรุงเทพมหานคร``, ``กรุงเทพมหานคร, ประเทศไทย – …``
# (a dateline), ``…และปริมณฑล``, ``…กลายเป็นเมืองที่ดีที่สุด``, or the last word of an address line
# (``…สามย่านมิตรทาวน์ กทม.``, ``…เขตหลักสี่ กรุงเทพมหานคร``).
_PLACE_BEFORE = re.compile(r"(?:(?<![ก-๙])ณ|พื้นที่|จังหวัด|ในเขต|เขต\S{0,20}|แขวง\S{0,20})[ \t\xa0]*$")
_PLACE_AFTER = re.compile(r"[ \t\xa0]*(?:,[ \t\xa0]*ประเทศไทย|(?:และ|,)[ \t\xa0]*ปริมณฑล|(?:กลาย)?เป็นเมือง)")
_ADDRESS_LINE = re.compile(r"เขต|แขวง|ถนน|ซอย|ชั้น|อาคาร|ทาวน์|เวิลด์|โรงแรม|(?i:tower|hotel|road)")


def names_the_place(text: str, start: int, end: int) -> bool:
    """Is the place-named body at ``text[start:end]`` the place itself, not its administration?"""
    region = next((key for key in _REGION_BEFORE if normalise_label(text[start:end]) in _region_labels(key)), None)
    if region is not None:
        return bool(_REGION_BEFORE[region].search(text, max(0, start - 12), start))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _PLACE_BEFORE.search(text, max(line_start, start - 24), start) or _PLACE_AFTER.match(text, end):
        return True
    return not text[end:line_end].strip() and bool(_ADDRESS_LINE.search(text, max(line_start, start - 80), start))


@lru_cache(maxsize=None)
def _region_labels(key: str) -> frozenset[str]:
    return frozenset(normalise_label(label) for label in organisations()[key].labels)
