"""The cheap first look: can this release be about digital cooperation at all?

One Aho-Corasick pass (~75M chars/s) over the raw text decides whether a release is worth
tokenising (~0.8M chars/s). It errs towards letting releases through: the relevance
component decides for real.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import ahocorasick

from extractors.patterns import alternation
from extractors.stretches import written_stretches

#: A release needs at least this much digital weight to be read further: one term. A single digital item can be
#: the whole digital side of a release (ASEAN–China health ministers' statement on health IT, news 6523); with 2,
#: 186 such releases of the archive (2% more text to parse) never reached the relevance component.
MIN_DIGITAL_WEIGHT = 1
#: What makes digital the subject and a partner salient: the relevance component's own
#: thresholds (``extractors/components/relevance.py``), so the screen never drops what it keeps.
SUBJECT_DENSITY = 2.5
SUBJECT_COOPERATION = 2
SALIENT_FOREIGN = 3
#: Long releases (cabinet summaries) pass when an instrument term (weight ≥ 2: MOU,
#: บันทึกความเข้าใจ, ทวิภาคี …) stands this close to a specific digital term (weight ≥ 2).
INSTRUMENT_WEIGHT = 2
INSTRUMENT_WINDOW = 300
#: Any instrument (ปฏิญญา, แถลงการณ์, ความตกลง …) followed this closely by any digital term:
#: digital is the instrument's subject (``แถลงการณ์ผู้นำอาเซียนว่าด้วยการยกระดับการปรับเปลี่ยนไปสู่ดิจิทัล``).
#: An instrument of weight 0 counts only this way (``อนุสัญญา``: most conventions are about the environment, labour or
#: rights, and a digital word within COMPONENT_WINDOW of one is chance; a convention on cybercrime names it in its title).
SUBJECT_WINDOW = 90
#: Any instrument and any digital term this close: digital may be one component of a wider
#: instrument (a summit's joint statement, a fund's projects); the pipeline decides whether
#: the instrument has a digital field.
COMPONENT_WINDOW = 800
#: Shorter names and labels (``UN``, ``EU``) hit inside too many words to be worth scanning.
MIN_TERM_LENGTH = 3
#: … except these, scanned in this casing only and counted only as a Latin word of their own: ``AI`` is a release's
#: only digital word in 62 of the archive's releases that name a partner abroad (``Microsoft Team… การประยุกต์ใช้ AI
#: ในการเรียนการสอน``, news 85116), and ``THAI`` or ``email`` hold it.
SHORT_TERMS = (("AI", "digital", 2),)


@dataclass(frozen=True)
class Term:
    term: str
    kind: str    # "digital" | "cooperation" | "instrument" | "side" | "foreign"
    weight: int


@lru_cache(maxsize=1)
def relevance_terms() -> tuple[Term, ...]:
    """The phrase list of ``extractors/data/relevance-terms.tsv``."""
    text = resources.files("extractors").joinpath("data/relevance-terms.tsv").read_text("utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    terms = []
    for lineno, row in enumerate(rows, 1):
        if len(row) != 3 or row[1] not in ("digital", "cooperation", "instrument", "side") or not row[2].isdigit():
            raise ValueError(f"relevance-terms.tsv: bad row {lineno}: {row!r}")
        terms.append(Term(row[0], row[1], int(row[2])))
    return tuple(terms)


@lru_cache(maxsize=1)
def field_terms() -> tuple[Term, ...]:
    """Every label of the cooperation-field scheme, as a digital term.

    Weight 1, like ``ดิจิทัล``: many labels are common words in other contexts, so a
    single one neither passes the first look nor counts as an instrument's digital neighbour.
    """
    from ontology import field_labels

    labels = {label for forms in field_labels().values() for label, _ in forms}
    return tuple(Term(label, "digital", 1) for label in sorted(labels) if len(label) >= MIN_TERM_LENGTH)


@lru_cache(maxsize=1)
def foreign_terms() -> tuple[Term, ...]:
    """Names of foreign countries and of foreign or international organisations.

    Taken as they are from the gazetteers, without their word-boundary checks: the screen
    may over-count (``ลาว`` inside ``คลาวด์``), never under-count.
    """
    from extractors.countries import countries
    from extractors.organisations import organisations

    names = {label for code, country in countries().items() if code != "TH" for label in country.labels}
    names |= {label for org in organisations().values() if org.country != "TH"
              for label in (*org.labels, *org.acronyms)}
    return tuple(Term(name, "foreign", 1) for name in sorted(names) if len(name) >= MIN_TERM_LENGTH)


_SHORT_FORMS = frozenset(form for form, _, _ in SHORT_TERMS)
#: Latin terms this short are acronyms, counted only as a word of their own, whatever their casing: scanned in lower
#: case as well, ``ICT`` hit ``district``, ``MOU`` ``amount``, ``MOC`` ``democracy`` and ``CERT`` ``concert`` (an
#: English release on the PM's visit to Sungai Kolok district weighed as digital three times, news 86609). Longer forms
#: may open a word on purpose (``cyber`` in ``cybersecurity``).
ACRONYM_LENGTH = 4


def _word_only(term: Term) -> bool:
    """Whether ``term`` counts only as a word of its own (:data:`ACRONYM_LENGTH`)."""
    return term.term in _SHORT_FORMS or (len(term.term) <= ACRONYM_LENGTH and term.term.isascii())


def _acronym_word(text: str, end: int, length: int) -> bool:
    """:func:`_latin_word`, or the acronym's plural (``MOUs``, ``ICTs``)."""
    if _latin_word(text, end, length):
        return True
    return text[end + 1:end + 2] == "s" and _latin_word(text, end + 1, length + 1)


def _short_terms() -> tuple[Term, ...]:
    return tuple(Term(*row) for row in SHORT_TERMS)


def _latin_word(text: str, end: int, length: int) -> bool:
    """True when ``text[end - length + 1:end + 1]`` (an Aho-Corasick hit) is not part of a longer Latin word."""
    before = text[end - length] if end >= length else " "
    after = text[end + 1] if end + 1 < len(text) else " "
    return not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha())


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every term, keyed by each surface form; a form can be several terms (``อาเซียน`` is
    a foreign name and a cooperation word)."""
    # Latin terms are added in their usual casings instead of lower-casing every text:
    # a copy of the whole archive would cost more than the scan itself.
    forms: dict[str, dict[tuple[str, int], Term]] = {}
    for term in foreign_terms():
        forms.setdefault(term.term, {})[(term.kind, term.weight)] = term
    for term in (*field_terms(), *relevance_terms()):
        for form in {term.term, term.term.lower(), term.term.upper(), term.term.title()}:
            forms.setdefault(form, {})[(term.kind, term.weight)] = term
    for term in _short_terms():
        forms.setdefault(term.term, {})[(term.kind, term.weight)] = term
    automaton = ahocorasick.Automaton()
    for form, terms in forms.items():
        automaton.add_word(form, tuple(terms.values()))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _longest_form() -> int:
    return max(map(len, _automaton().keys()))


def _hits(text: str) -> Iterator[tuple[int, Term]]:
    """Every term's hits in ``text``, in order; only its written stretches are walked (a focused text is mostly blank)."""
    automaton = _automaton()
    for lo, hi in written_stretches(text, _longest_form()):
        for end, terms in automaton.iter(text, lo, hi):
            for term in terms:
                if not _word_only(term) or _acronym_word(text, end, len(term.term)):
                    yield end, term


def term_hits(text: str) -> list[tuple[int, Term]]:
    """(end offset, term) of every relevance term in ``text``."""
    return list(_hits(text))


@dataclass(frozen=True)
class Signals:
    """How much digital and cooperation vocabulary a release carries, and where."""

    digital: int          # total digital weight
    title_digital: int    # digital weight before the body (title and its echoes)
    cooperation: int      # total cooperation weight
    body_chars: int
    foreign: int = 0      # names of foreign countries and bodies (unchecked boundaries)
    title_foreign: int = 0  # … of which before the body
    instrument_near_digital: bool = False  # an MOU-like term close to a digital term
    instrument_digital_gap: int | None = None  # fewest characters between any instrument and any digital term
    topic_beside_foreign: bool = False  # a digital term and a foreign name in one paragraph of the body

    @property
    def density(self) -> float:
        """Digital weight per 1,000 characters of body."""
        return self.digital * 1000 / max(1, self.body_chars)


def signals(text: str, body_start: int = 0) -> Signals:
    """Count the relevance terms of ``text``; the title is what precedes ``body_start``."""
    digital = title_digital = cooperation = foreign = title_foreign = 0
    last_digital = last_instrument = last_any_instrument = last_any_digital = last_titled = None
    near = False
    gap = None
    paragraph_digital = paragraph_foreign = None  # where the last paragraph that named each starts
    beside = False
    for end, term in _hits(text):
        start = end - len(term.term)
        if not beside and start >= body_start and term.kind in ("digital", "foreign", "side"):
            paragraph = text.rfind("\n", 0, start)
            if term.kind == "digital":
                paragraph_digital = paragraph
            else:   # a partner abroad, or a side of the talks standing for one
                paragraph_foreign = paragraph
            beside = paragraph_digital is not None and paragraph_digital == paragraph_foreign
        if term.kind == "side":
            continue
        if term.kind == "instrument" and term.weight == 0:
            last_titled = end    # only a digital term right after it counts (below)
            continue
        other = last_any_instrument if term.kind == "digital" else last_any_digital if term.kind == "instrument" else None
        if other is not None and (gap is None or max(0, start - other) < gap):
            gap = max(0, start - other)
        if term.kind == "digital":
            if last_titled is not None and 0 <= end - len(term.term) - last_titled <= SUBJECT_WINDOW:
                near = True
            last_any_digital = end
            digital += term.weight
            if term.weight >= INSTRUMENT_WEIGHT:
                last_digital = end
            if end < body_start:
                title_digital += term.weight
            if last_any_instrument is not None and 0 <= end - len(term.term) - last_any_instrument <= SUBJECT_WINDOW:
                near = True
        elif term.kind == "foreign":
            foreign += 1
            if end < body_start:
                title_foreign += 1
        else:   # cooperation and instruments
            cooperation += term.weight
            if term.weight >= INSTRUMENT_WEIGHT:
                last_instrument = end
            if term.kind == "instrument":
                last_any_instrument = end
        if not near and last_digital is not None and last_instrument is not None:
            near = abs(last_digital - last_instrument) <= INSTRUMENT_WINDOW
    return Signals(digital, title_digital, cooperation, len(text) - body_start, foreign, title_foreign, near, gap,
                   beside)


@lru_cache(maxsize=1)
def _digital_automaton() -> ahocorasick.Automaton:
    """Only the digital terms: most releases fail on these alone, and they hit rarely."""
    automaton = ahocorasick.Automaton()
    for term in (*field_terms(), *relevance_terms()):
        if term.kind == "digital":
            for form in {term.term, term.term.lower(), term.term.upper(), term.term.title()}:
                automaton.add_word(form, (term.weight, 0))
    for term in _short_terms():
        if term.kind == "digital":
            automaton.add_word(term.term, (term.weight, len(term.term)))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _weighty_digital_scans() -> tuple[ahocorasick.Automaton | None, re.Pattern]:
    """The digital forms that weigh anything (each weighs what :func:`_digital_automaton` gives it):
    those that start with a Thai letter as an automaton, the others as one pattern.

    An automaton's scan slows with the number of characters its words start with (each character
    of the text is looked up among them): the Latin forms, in four casings, made it twice as slow
    as the Thai ones alone, while ``re`` skips to the first letters of their trie
    (:func:`extractors.patterns.alternation`)."""
    weights: dict[str, int] = {}
    for term in (*field_terms(), *relevance_terms()):
        if term.kind == "digital":
            for form in {term.term, term.term.lower(), term.term.upper(), term.term.title()}:
                weights[form] = term.weight
    forms = [form for form, weight in weights.items() if weight > 0]
    thai = {form for form in forms if "\u0e00" <= form[0] <= "\u0e7f"}
    automaton = None
    if thai:
        automaton = ahocorasick.Automaton()
        for form in thai:
            automaton.add_word(form, form)
        automaton.make_automaton()
    return automaton, re.compile(alternation(form for form in forms if form not in thai))


def _latin_hit(pattern: re.Pattern, text: str) -> bool:
    """Whether ``pattern`` (the Latin forms) has a hit that :func:`_hits` would count: an acronym only as a word of its
    own, so a hit inside ``district`` or ``amount`` (most English releases hold one) is passed over."""
    for m in pattern.finditer(text):
        if len(m.group()) > ACRONYM_LENGTH or _acronym_word(text, m.end() - 1, len(m.group())):
            return True
    return False


def _short_digital_word(text: str) -> bool:
    """A short Latin form (``AI``) as a word of its own, as :func:`_hits` counts it. Found with ``str.find``: joined to
    the scans' pattern as a look-behind, it kept ``re`` from skipping ahead and made the first pass five times slower."""
    for term in _short_terms():
        if term.kind != "digital" or term.weight <= 0:
            continue
        at = text.find(term.term)
        while at >= 0:
            if _latin_word(text, at + len(term.term) - 1, len(term.term)):
                return True
            at = text.find(term.term, at + 1)
    return False


def _enough_digital(text: str) -> bool:
    if MIN_DIGITAL_WEIGHT == 1:   # (weights are whole numbers: one form that weighs anything is enough)
        thai, others = _weighty_digital_scans()
        return _latin_hit(others, text) or (thai is not None and next(thai.iter(text), None) is not None) \
            or _short_digital_word(text)
    weight = 0
    for end, (term_weight, short) in _digital_automaton().iter(text):
        if short and not _latin_word(text, end, short):
            continue
        weight += term_weight
        if weight >= MIN_DIGITAL_WEIGHT:
            return True
    return False


def may_pass(text: str) -> bool:
    """False when no part of ``text`` can pass :func:`screen`: too little digital weight, or
    nothing foreign named.

    Runs on the whole decoded text, before it is split into title and body: hits in the
    part ``screen`` reads are a subset of the hits here, so ``screen`` would reject it too.
    Most releases stop here, without being parsed. Of the 20,300 archive releases with a
    digital term, 11,200 name nothing foreign: domestic digital work, which the screen's
    counts would only reject after the release is parsed.
    """
    return _enough_digital(text) and _names_abroad(text)


@lru_cache(maxsize=1)
def _foreign_automaton() -> ahocorasick.Automaton:
    """The foreign names :func:`signals` counts, as written (no word-boundary checks: never fewer hits)."""
    automaton = ahocorasick.Automaton()
    for term in foreign_terms():
        automaton.add_word(term.term, term.term)
    automaton.make_automaton()
    return automaton


def _names_abroad(text: str) -> bool:
    """Whether ``text`` names any foreign country or body: the screen needs one."""
    return next(_foreign_automaton().iter(text), None) is not None


#: A title's words for a meeting (``บสย. ร่วมงานประชุมสมาพันธ์ประกันสินเชื่อแห่งภูมิภาคเอเชีย ครั้งที่ 34 (34th ACSIC
#: Conference) ณ เมืองแทกู สาธารณรัฐเกาหลี``, news 61419).
_MEETING_TITLE = re.compile(r"ประชุม|(?i:summit|ministerial|conference|meeting)")
#: A title's words for an international or regional meeting, with no partner named (``การประชุมความยุติธรรมทางอาญา
#: ภูมิภาคเอเชียและแปซิฟิก ครั้งที่ ๒``, news 65080).
_INTERNATIONAL_TITLE = re.compile(r"ภูมิภาค|นานาชาติ|ระหว่างประเทศ|(?i:international|regional)")
#: A paragraph that gives a meeting's agenda: the meeting, then its issues or topics (``สำหรับวัตถุประสงค์หลักการประชุมครั้งนี้
#: … โดยมุ่งเน้นใน 3 ประเด็นหลัก คือ 1.การส่งเสริมธุรกิจ Start-up 2.Digital Transformation…``, news 61419; ``…ในการร่วม
#: การประชุมครั้งนี้ นายกรัฐมนตรีจะหยิบยกประเด็นสำคัญ… ได้แก่… เศรษฐกิจดิจิทัล``, news 79753).
_AGENDA = re.compile(r"ประชุม[^\n]{0,200}?(?:ประเด็น|หัวข้อ|วาระ)")


def on_the_agenda(text: str, at: int) -> bool:
    """Whether ``at`` is in a paragraph that names a meeting's issues before it.

    >>> t = "วัตถุประสงค์หลักการประชุมครั้งนี้ มุ่งเน้นใน 3 ประเด็นหลัก คือ 1.การส่งเสริมธุรกิจ Start-up"
    >>> on_the_agenda(t, t.index("Start-up"))
    True
    >>> t = "ผู้แทนจาก 12 ประเทศเข้าร่วมประชุม\\nกลุ่ม Start-up ในประเทศไทยยังไม่สามารถเข้าถึงแหล่งทุน"
    >>> on_the_agenda(t, t.index("Start-up"))
    False
    """
    return _AGENDA.search(text, text.rfind("\n", 0, at) + 1, at) is not None


def titles_a_meeting(text: str, body_start: int, partner_named: bool) -> bool:
    """Whether the title (``text[:body_start]``) names a meeting with a partner abroad (``partner_named``: the screen and
    the relevance judge each tell it their way) or one it calls international or regional. One definition for both, so
    the screen never passes over a meeting the judge would read."""
    return _MEETING_TITLE.search(text, 0, body_start) is not None \
        and (partner_named or _INTERNATIONAL_TITLE.search(text, 0, body_start) is not None)


def _digital_on_the_agenda(text: str, body_start: int) -> bool:
    """Whether a digital term of the body is on a meeting's agenda (:func:`on_the_agenda`)."""
    return any(on_the_agenda(text, end) for end, term in _hits(text) if term.kind == "digital" and end > body_start)


@lru_cache(maxsize=2)  # the pipeline screens a release, then its relevance component asks again
def screen(text: str, body_start: int = 0) -> bool:
    """True when ``text`` may be about digital cooperation and is worth a full read.

    The screen is a superset of what the relevance component accepts, on the same terms
    but with foreign names counted without word-boundary checks (so never fewer):
    digital is the subject (in the title, or dense in the body), or one topic of talks with a
    partner named in the title (a digital term in a paragraph that names something foreign:
    e-payment among the Tokyo Fiscal Forum's items, news 12765), cooperation vocabulary is
    there, and a partner abroad is salient (named in the title, or again and again); or on the agenda of a meeting
    the title names with a partner abroad or as international (its issues, news 61419, 65080); or an
    instrument (MOU …) stands next to a specific digital term and something foreign is named.

    The topic route adds 1,073 of the archive's releases to the 3,029 read (35% more), of which the
    relevance component keeps about 740: talks, visits and summits with one digital item (a reading of
    40 of them: 22 right, 8 borderline, 10 not: talks with no digital item, a word by chance).
    """
    if not _enough_digital(text):  # the cheap first pass that rejects most releases
        return False
    found = signals(text, body_start)
    if found.foreign < 1:
        return False
    if found.instrument_near_digital:
        return True
    if found.instrument_digital_gap is not None and found.instrument_digital_gap <= COMPONENT_WINDOW:
        return True
    subject = found.title_digital > 0 or found.density >= SUBJECT_DENSITY \
        or (found.title_foreign > 0 and found.topic_beside_foreign) \
        or (titles_a_meeting(text, body_start, found.title_foreign > 0) and _digital_on_the_agenda(text, body_start))
    salient_partner = found.title_foreign > 0 or found.foreign >= SALIENT_FOREIGN
    return subject and salient_partner and found.cooperation >= SUBJECT_COOPERATION


def passage_hits(text: str, start: int = 0) -> list[int]:
    """Where in ``text[start:]`` an instrument (MOU, บันทึกความเข้าใจ …) or a specific digital term
    is named: the offset of each hit's last character.

    Used to choose which parts of a very long release the pipeline reads. Any instrument
    (``ปฏิญญา``, ``ความตกลง``, ``แถลงการณ์``) with any digital term right after it counts too
    (:func:`_subject_hits`).
    """
    hits = list(_hits(text[start:]))
    strong = [start + last for last, term in hits
              if term.kind in ("digital", "cooperation", "instrument") and term.weight >= INSTRUMENT_WEIGHT]
    return sorted(set(strong) | {start + at for at in _subject_hits(hits)})


def _subject_hits(hits: list[tuple[int, Term]]) -> list[int]:
    """The weak instruments (weight 1) whose subject is digital: a digital term of any weight
    within ``SUBJECT_WINDOW`` after them. In a cabinet summary the item on an outcome document
    (``…ขอให้เร่งศึกษา… การจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลของอาเซียน``, news 71814) names no MOU
    and no specific digital term: the focus blanked it. 145 archive releases hold such a pair
    (``ปฏิญญา|ความตกลง|แถลงการณ์`` then a digital term within 90 characters), 61 of them long
    enough to be focused; in 25 the pair lay outside the lines kept (a sample of 12 read: ASEAN
    declarations and leaders' statements on digital transformation, DEFA, the Global Digital
    Compact, ESCAP's declaration; two were a law's passing ``ความตกลง``)."""
    out = []
    last_instrument = None
    for end, term in hits:
        if term.kind == "instrument" and term.weight < INSTRUMENT_WEIGHT:
            last_instrument = end
        elif term.kind == "digital" and last_instrument is not None \
                and 0 <= end - len(term.term) - last_instrument <= SUBJECT_WINDOW:
            out += [last_instrument, end]
    return out


def has_agreement_cue(text: str) -> bool:
    """True when ``text`` names an instrument (MOU, บันทึกความเข้าใจ, ความตกลง …).

    The agreements extractor reads an agreement only where one of these instrument cues
    matches (``extractors.agreements.find_instruments``), so a pipeline text without one
    yields no agreement: ``build --all`` reads only releases that pass :func:`screen` or
    this. Exact, not a heuristic: each cue's regular expression (and a signing's counted list of documents, whose
    lines may name no instrument) is searched as the
    extractor writes it, one cue at a time (their alternation is ten times slower), and
    the look-behind-free remainder first, since it is found fast and must match wherever
    the cue does.
    """
    from extractors.instruments import COUNTED_DOCUMENTS, cue_scans  # the extractor's own cues

    return any(next(scan.finditer(text), None) is not None for scan in (*cue_scans(), COUNTED_DOCUMENTS))
