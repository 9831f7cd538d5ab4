"""Cooperation-field concepts named in a text.

The surface forms are the field scheme's labels (``ontology.field_labels()``: prefLabels and
altLabels, Thai and English) plus the extra forms in ``extractors/data/field-surface.tsv``,
matched by :class:`extractors.gazetteer.Gazetteer` (Aho-Corasick, leftmost-longest, on word
boundaries), so ``ความมั่นคงปลอดภัยไซเบอร์`` is one ``cybersecurity`` mention, not a
``security`` one plus a ``cybersecurity`` one.

>>> [m.notation for m in find_fields("อาทิ ข้อมูลขนาดใหญ่ คลาวด์คอมพิวติ้ง และ Artificial Intelligence")]
['big-data', 'cloud', 'ai']
>>> [m.notation for m in find_fields("ความร่วมมือด้านเศรษฐกิจดิจิทัลและความมั่นคงปลอดภัยไซเบอร์")]
['digital-economy', 'cybersecurity']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractors.gazetteer import STOP, Gazetteer, normalise_label
from extractors.records import Span

__all__ = ["FieldMention", "find_fields", "field_gazetteer", "surface_forms", "ancestors", "most_specific"]

DATA = Path(__file__).parent / "data" / "field-surface.tsv"
#: In field-surface.tsv, a form that names several concepts at once joins them with ``+``
#: (``Government Cloud`` is cloud *and* digital government); ``-`` marks a stop phrase, a
#: name that contains a field's form but names no field (another country's ministry).
JOIN = "+"
NO_FIELD = "-"
#: A notation prefixed with ``~`` marks a weak form: one that names the field in an instrument
#: already digital (personnel development in a digital MOU is digital skills) but names nothing
#: digital by itself (``การพัฒนาบุคลากร`` of a customs-training MOU).
WEAK = "~"
_SCHEME = Path(__file__).resolve().parent.parent / "ontology" / "cooperation-fields.tsv"


@dataclass(frozen=True)
class FieldMention:
    """One mention of a field concept: ``span.text`` names ``notation``."""

    notation: str
    span: Span
    weak: bool = False    # a weak form (``WEAK``): digital only in a digital context


def _read_tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [row for row in csv.reader(fh, delimiter="\t")
                if row and row[0].strip() and not row[0].startswith("#")]


#: The scheme's hierarchy when the ontology package cannot tell it (notation -> broader).
_BROADER: dict[str, str | None] = {
    "policy": None,
    "infrastructure": None,
    "technology": None,
    "security": None,
    "economy": None,
    "government": None,
    "society": None,
    "ai-governance": 'policy',
    "connectivity": 'infrastructure',
    "telecom": 'infrastructure',
    "5g": 'infrastructure',
    "spectrum": 'infrastructure',
    "postal": 'infrastructure',
    "satellite": 'infrastructure',
    "ict": 'technology',
    "ai": 'technology',
    "cloud": 'technology',
    "big-data": 'technology',
    "blockchain": 'technology',
    "iot": 'technology',
    "smart-city": 'technology',
    "research": 'technology',
    "cybersecurity": 'security',
    "data-security": 'security',
    "online-scam": 'security',
    "digital-economy": 'economy',
    "e-commerce": 'economy',
    "digital-trade": 'economy',
    "data-flows": 'economy',
    "e-transactions": 'economy',
    "digital-transformation": 'economy',
    "startups": 'economy',
    "digital-platforms": 'economy',
    "green-digital": 'economy',
    "digital-government": 'government',
    "digital-id": 'government',
    "open-data": 'government',
    "data-governance": 'government',
    "digital-literacy": 'society',
    "digital-skills": 'society',
    "digital-inclusion": 'society',
    "media": 'society',
}


@lru_cache(maxsize=1)
def _scheme() -> dict[str, str | None]:
    """notation -> broader notation, from the ontology's scheme (else the built-in copy)."""
    rows = _read_tsv(_SCHEME)
    broader: dict[str, str | None] = dict(_BROADER)
    for row in rows[1:] if rows and rows[0][0] == "notation" else rows:
        broader[row[0].strip()] = (row[1].strip() or None) if len(row) > 1 else None
    return broader


def ancestors(notation: str) -> tuple[str, ...]:
    """Broader concepts of ``notation``, nearest first.

    >>> ancestors("5g")
    ('infrastructure',)
    """
    try:
        import ontology
        if hasattr(ontology, "field_ancestors"):
            return tuple(ontology.field_ancestors(notation))
    except Exception:  # noqa: BLE001 - the ontology package may still be a stub
        pass
    out: list[str] = []
    scheme = _scheme()
    cur = scheme.get(notation)
    while cur and cur not in out:
        out.append(cur)
        cur = scheme.get(cur)
    return tuple(out)


def most_specific(notations) -> tuple[str, ...]:
    """Drop the concepts that are ancestors of others, keep first-seen order.

    >>> most_specific(["infrastructure", "5g", "ai", "technology", "policy"])
    ('5g', 'ai', 'policy')
    """
    notations = list(dict.fromkeys(notations))
    covered = {a for n in notations for a in ancestors(n)}
    return tuple(n for n in notations if n not in covered)


@lru_cache(maxsize=1)
def surface_forms() -> tuple[tuple[str, str], ...]:
    """(surface, notation) pairs: curated data first, then the ontology's labels."""
    pairs: list[tuple[str, str]] = []
    for row in _read_tsv(DATA):
        if len(row) >= 2:
            pairs.append((row[1].strip(), row[0].strip()))
    try:
        import ontology
        labels = ontology.field_labels() if hasattr(ontology, "field_labels") else {}
    except Exception:  # noqa: BLE001
        labels = {}
    for notation, forms in labels.items():
        for label, _lang in forms:
            pairs.append((label, notation))
    rows = _read_tsv(_SCHEME)
    for row in rows[1:] if rows and rows[0][0] == "notation" else rows:
        for label in row[2:4]:
            if label.strip():
                pairs.append((label.strip(), row[0].strip()))
    seen: set[str] = set()
    out = []
    for surface, notation in pairs:
        if not surface or notation == NO_FIELD:
            continue
        key = normalise_label(surface)
        if key and key not in seen:
            seen.add(key)
            out.append((surface, notation))
    return tuple(out)


@lru_cache(maxsize=1)
def stop_forms() -> tuple[str, ...]:
    """The curated stop phrases (notation ``-``): names whose field words name no field."""
    return tuple(row[1].strip() for row in _read_tsv(DATA)
                 if len(row) >= 2 and row[0].strip() == NO_FIELD and row[1].strip())


@lru_cache(maxsize=1)
def name_stops() -> tuple[str, ...]:
    """Registered organisation names that contain a field's surface form.

    An organisation's name says what it is, not what an agreement is about:
    ``สำนักงานส่งเสริมเศรษฐกิจดิจิทัล`` (depa) is no ``digital-economy`` mention, nor is
    ``กระทรวงไปรษณีย์และโทรคมนาคม`` a ``postal`` one, and the ``การกระจายเสียง`` inside
    ``…คณะกรรมการกิจการกระจายเสียง…`` (the NBTC) no ``media`` one. Matched as stop phrases,
    leftmost-longest, they hide the forms inside them.
    """
    from extractors.organisations import organisations

    forms = {normalise_label(surface) for surface, _ in surface_forms()}
    finder = _forms_gazetteer()
    out = []
    for org in organisations().values():
        for label in org.labels:
            key = normalise_label(label)
            if key not in forms and finder.find(label):
                out.append(label)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _forms_gazetteer() -> Gazetteer:
    """The surface forms alone, with no stop phrase."""
    return Gazetteer(surface_forms())


def fields_in_name(name: str) -> list[str]:
    """The fields a body's own name says it works on, weak forms left out.

    No mention of a field (:func:`name_stops`), but what a body of cooperation is for:

    >>> fields_in_name("ศูนย์ความร่วมมืออาเซียน-ญี่ปุ่นเพื่อพัฒนาบุคลากรด้านความมั่นคงปลอดภัยไซเบอร์")
    ['cybersecurity']
    """
    return [notation for m in _forms_gazetteer().find(name) if not m.id.startswith(WEAK)
            for notation in m.id.split(JOIN)]


@lru_cache(maxsize=1)
def field_gazetteer() -> Gazetteer:
    """Surface forms, with the organisation names that contain one as stop phrases."""
    stops = dict.fromkeys([*name_stops(), *stop_forms()])
    return Gazetteer([*surface_forms(), *((label, STOP) for label in stops)])


def find_fields(text: str, offset: int = 0) -> list[FieldMention]:
    """Every field mention in ``text``; spans are shifted by ``offset``.

    A form that names several concepts gives one mention of each, on the same span:

    >>> [m.notation for m in find_fields("ใช้ AWS เป็นส่วนหนึ่งของคลาวด์ภาครัฐ (Government Cloud)")]
    ['cloud', 'digital-government', 'cloud', 'digital-government']
    """
    return [FieldMention(notation, Span(m.start + offset, m.end + offset, m.surface), weak=m.id.startswith(WEAK))
            for m in field_gazetteer().find(text) for notation in m.id.removeprefix(WEAK).split(JOIN)]


#: How a fee or a tax is paid: ``…และชำระเงินค่าสมัครสอบแบบอิเล็กทรอนิกส์ (e-Payment) เพื่อสมัครไปทำงานสาธารณรัฐเกาหลี…``
#: (the Korean EPS test's application rounds, news 64512, 60562), ``ชำระค่าภาษีอากรผ่านระบบ e-Payment``.
_FEE_PAID = re.compile(r"ชำระ(?:เงิน)?ค่า[^\s()]{1,30}[ \t]*(?:แบบ[^\s()]{0,20}|ผ่าน(?:ระบบ)?|ทาง|ด้วย)?[ \t]*\(?[ \t]*$")


def pays_a_fee(text: str, start: int) -> bool:
    """Whether the field named at ``start`` is how a fee is paid: a means of a service, no topic.

    >>> t = "และชำระเงินค่าสมัครสอบแบบอิเล็กทรอนิกส์ (e-Payment) เพื่อสมัคร"
    >>> pays_a_fee(t, t.index("อิเล็กทรอนิกส์")), pays_a_fee(t, t.index("e-Payment"))
    (True, True)
    >>> t = "ความร่วมมือด้านการชำระเงินผ่าน QR Payment"
    >>> pays_a_fee(t, t.index("QR"))
    False
    """
    return _FEE_PAID.search(text, max(0, start - 80), start) is not None
