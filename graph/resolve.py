"""Resolve agreements across releases: one instrument, one IRI.

A cabinet approves a draft MOU, a ministry announces it will be signed, another release
reports the signing, and a fourth mentions it again a week later: four records, one
agreement. Records are grouped by kind and parties; within a group, a record joins an
earlier agreement when it is the same occasion (same signing date or same title) or the
signing that an earlier approval or plan led to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractors.known_instruments import known_instrument
from extractors.records import AgreementRecord, Extraction
from graph import iris

#: How long after an approval or a plan a signing still counts as its outcome.
FOLLOW_UP_DAYS = 400
#: Records of the same parties this close together, neither dated otherwise, are one event.
SAME_OCCASION_DAYS = 14


@dataclass
class _Cluster:
    iri: object
    kind: str
    parties: frozenset[str]
    titles: set[str]
    signed_on: date | None
    last_seen: date | None
    open_plan: bool          # an approval or plan not yet matched by a signing
    known: str | None = None  # the known instrument it is (``DEFA``), whatever each release calls it


def _party_keys(record: AgreementRecord, org_countries: dict[str, str | None]) -> frozenset[str]:
    """The parties that tell one paper from another: a country whose own organisation is a party adds nothing (the
    Google–MDES MoU is read with Thailand beside the ministry in one release and without it in another: one paper).

    >>> from extractors.records import ActorRef, AgreementRecord, Span
    >>> parties = (ActorRef("org", "google"), ActorRef("org", "mdes"), ActorRef("country", "TH"))
    >>> sorted(_party_keys(AgreementRecord("mou", "signed", Span(0, 3, "MoU"), parties=parties), {"mdes": "TH"}))
    ['org:google', 'org:mdes']
    """
    implied = {org_countries.get(p.key) for p in record.parties if p.kind == "org"}
    return frozenset(f"{p.kind}:{p.key}" for p in record.parties if not (p.kind == "country" and p.key in implied))


def _when(record: AgreementRecord, issued: date | None) -> date | None:
    return record.signing_date or issued


def resolve_agreements(extractions: list[Extraction]) -> dict[tuple[str, int], object]:
    """(release id, agreement index) → agreement IRI, for every agreement of ``extractions``.

    Records are visited in date order so that the IRI of an agreement is minted from its
    earliest record, whatever order the inputs came in.
    """
    records = []
    for extraction in extractions:
        issued = extraction.release.issued
        org_countries = {org.key: org.country for org in extraction.organisations}
        for index, record in enumerate(extraction.agreements):
            when = _when(record, issued)
            records.append((when or date.max, extraction.release.id, index, record, issued,
                            _party_keys(record, org_countries)))
    records.sort(key=lambda r: (r[0], r[1], r[2]))

    clusters: dict[tuple[str, frozenset[str]], list[_Cluster]] = {}
    assigned: dict[tuple[str, int], object] = {}
    minted: set[object] = set()
    for when, release_id, index, record, issued, parties in records:
        when = None if when == date.max else when
        title = iris.fold(record.title) if record.title else None
        known = known_instrument(record.title, record.kind)
        known_name = known.name if known else None
        group = clusters.setdefault((record.kind, parties), []) if parties else []
        match = next((c for c in group if _same_agreement(c, record, when, title, known_name)), None) if parties else None
        if match is None:
            anchor = record.signing_date.isoformat() if record.signing_date else (str(issued.year) if issued else "")
            basis = sorted(parties) or [title or iris.fold(record.span.text)]
            iri = iris.agreement_iri(record.kind, basis, anchor)
            if iri in minted:   # another instrument of the same parties and year (two MOUs of one visit)
                iri = iris.agreement_iri(record.kind, [*basis, title or iris.fold(record.span.text)], anchor)
            minted.add(iri)
            match = _Cluster(iri, record.kind, parties,
                             {title} if title else set(), record.signing_date, when,
                             record.status != "signed", known_name)
            group.append(match)
        else:
            if title:
                match.titles.add(title)
            if record.status == "signed":
                match.signed_on = match.signed_on or record.signing_date
                match.open_plan = False
            match.last_seen = when or match.last_seen
        assigned[(release_id, index)] = match.iri
    return assigned


#: A name's own words end where an English name in brackets starts (``…ดิจิทัลอาเซียน (Study on the ASEAN DEFA)``).
_BRACKETED = re.compile(r"[(\[].*$")
#: What a sentence goes on with after a name it runs into (``กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียนอย่างเป็นทางการ``,
#: ``…อาเซียนให้``, ``…อาเซียนมีคุณภาพสูง…``): no part of the name.
_RUN_ON = re.compile(r"(?:อย่าง|ให้|มี|จะ|ที่|ซึ่ง|และ|โดย|เพื่อ|ได้|ฉบับ|ดังกล่าว|ฯ|นี้)")
#: A shorter core is only a kind of instrument (``บันทึกความเข้าใจว่าด้วยความร่วมมือ``), no name.
_CORE_MIN = 20


def _core(title: str) -> str:
    """The folded name of a title without its bracketed English name."""
    return _BRACKETED.sub("", title)


def _same_name(title: str, other: str) -> bool:
    """One folded title is the other's name run on into its sentence (news 71313's ``กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน
    (Study on the ASEAN Digital Economy Framework Agreement : DEFA)`` and ``…อาเซียนอย่างเป็นทางการ``, news 89413's
    ``…อาเซียนให้``): one instrument. A name that goes on with more name (``…อาเซียน-จีน``) is another.

    >>> _same_name("กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียนอย่างเป็นทางการ", "กรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน(defa)")
    True
    >>> _same_name("ความตกลงการค้าเสรีอาเซียน-จีน", "ความตกลงการค้าเสรีอาเซียน")
    False
    """
    a, b = sorted((_core(title), _core(other)), key=len)
    if len(a) < _CORE_MIN or not b.startswith(a):
        return False
    return a == b or _RUN_ON.match(b, len(a)) is not None


#: A title this long is a name of its own (``บันทึกความเข้าใจ`` alone names no paper).
_NAME_MIN = 20


def _named_apart(title: str | None, titles: set[str], shortest: int = _NAME_MIN) -> bool:
    """Two instruments of the same parties, each named in full and differently (an ASEAN
    declaration on education and another on the Boracay meeting): never one agreement."""
    if not title or not titles or len(title) < shortest:
        return False
    return all(len(t) >= shortest and t not in title and title not in t and not _same_name(title, t) for t in titles)


def _other_statement(kind: str, title: str | None, titles: set[str]) -> bool:
    """A statement or declaration named otherwise than every name of an earlier one, however short: another (each
    meeting issues its own, and a bloc's ministers approve several a year: APEC's women-and-economy statement of May
    2024, news 83022, is not the leaders' declaration ``ปฏิญญาผู้นำเอเปค`` the cabinet approved the November before).
    MOUs are left to the rules below: a cabinet's ``ร่างบันทึกความเข้าใจว่าด้วย…`` and the ``MOU`` later signed are one
    paper."""
    return kind == "declaration" and _named_apart(title, titles, shortest=1)


def _same_agreement(cluster: _Cluster, record: AgreementRecord, when: date | None, title: str | None,
                    known: str | None = None) -> bool:
    if title and title in cluster.titles:
        return True
    if known and known == cluster.known:
        # (``ความตกลง DEFA``, ``…Framework Agreement (DEFA) this year…``: one agreement, unless signed on two days)
        return not (record.signing_date and cluster.signed_on and record.signing_date != cluster.signed_on)
    if title and any(_same_name(title, t) for t in cluster.titles) \
            and not (record.signing_date and cluster.signed_on and record.signing_date != cluster.signed_on):
        return True   # (two signings on two days are two papers, whatever their names)
    if _named_apart(title, cluster.titles) or _other_statement(record.kind, title, cluster.titles):
        return False
    if record.signing_date and cluster.signed_on:
        return record.signing_date == cluster.signed_on
    if record.status == "signed" and cluster.open_plan and when and cluster.last_seen:
        return 0 <= (when - cluster.last_seen).days <= FOLLOW_UP_DAYS
    if record.status != "signed" and cluster.open_plan and when and cluster.last_seen:
        return abs((when - cluster.last_seen).days) <= FOLLOW_UP_DAYS
    if when and cluster.last_seen:
        return abs((when - cluster.last_seen).days) <= SAME_OCCASION_DAYS
    return False
