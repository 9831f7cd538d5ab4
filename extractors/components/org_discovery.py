"""``coopgraph_org_discovery_v1``: organisations the registry lacks, found by their shape.

Runs right after the registry ruler. Each candidate of :func:`extractors.org_discovery.discover`
is reconciled with the registry matches: a registry name plus a tail naming its own country
(``กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย``) widens that match; a registry
name plus another country's name (``กระทรวงการต่างประเทศจีน``) is that country's body, so
the registry match is dropped; a candidate inside a registry match is not one. The rest are
appended to ``doc._.organisations`` with ``registered=False`` and an ``x-`` key.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.org_discovery import (_COUNTRY_JOIN, _PAIR_DASH, ORG_WORDS, STOP_TOKENS, THAI_HEADS, _label, _tokens,
                                      country_key, SpanIndex, SpanReach, credit_lines, discover, org_key)
from extractors.organisations import organisations
from extractors.records import OrgMention, Span

NAME = "coopgraph_org_discovery_v1"


@Language.factory(NAME)
def make_org_discovery(nlp: Language, name: str) -> "OrgDiscovery":
    return OrgDiscovery()


#: A Latin name going on as a list of plain words after a comma: ``…Industry|, Science, Technology &
#: Innovation``, ``…Labour|, Invalids and Social Affairs``, or with one more word after ``and``: ``The Ministry of
#: Transport| and Communications ฟินแลนด์`` (news 90430: Finland's ministry, not Thailand's; two words after it are
#: another body: ``…Digital Economy and Society and China Post``), or two after ``&`` (``Department of Health &
#: Family Welfare``, India's). A list of bodies (``Ministry of Finance, Financial
#: Service Agency of Japan, … and OECD``) has ``of`` or an organisation word in it and is not one name.
_LIST_ITEM = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_LATIN_LIST_GOES_ON = re.compile(rf"(?:,\s*{_LIST_ITEM})+(?:\s*,?\s*(?:&|and)\s+{_LIST_ITEM})?"
                                 rf"|\s+&\s+{_LIST_ITEM}|\s+and\s+[A-Z][a-z]+")
_TAIL_WORDS = re.compile(r"(?:\s*(?:แห่ง|ของ|ประจำ|ประเทศ|of|the|Kingdom|Republic|ราชอาณาจักร)\s*)*")


def _is_name_list(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` only lists plain capitalised words after a comma (one name going on)."""
    m = _LATIN_LIST_GOES_ON.fullmatch(text, a, b)
    return m is not None and not any(w in ORG_WORDS for w in m.group().replace(",", " ").split())


def _tail_is_country(text: str, a: int, b: int, country_spans: SpanIndex) -> str | None:
    """The country the tail ``text[a:b]`` names (``แห่งราชอาณาจักรไทย``, ``of the Kingdom of Thailand``)."""
    m = _TAIL_WORDS.match(text, a, b)
    rest = m.end() if m else a
    for s, e, code in country_spans.starting_in(a, min(rest, b - 1) + 1):
        if b - 1 <= e:
            return code
    return None


class OrgDiscovery:
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        registry = list(doc._.organisations or [])
        country_list = [(c.span.start, c.span.end, c.code) for c in (doc._.countries or [])]
        token_starts = set(doc.to_array([IDX]).tolist()) if len(doc) else set()
        cands = discover(text, countries=country_list, organisations=[(o.span.start, o.span.end) for o in registry],
                         token_starts=token_starts)
        countries = SpanIndex(country_list)
        dropped: set[int] = set()
        replaced: dict[int, OrgMention] = {}
        found: list[OrgMention] = []
        registry_reach = SpanReach((o.span.start, o.span.end) for o in registry)
        for c in cands:
            if registry_reach(c.start) >= c.end or registry_reach(c.start - 1) > c.start:
                continue     # inside a registry name, or starting inside one (``คณะมนตรีแห่ง|สหภาพยุโรปวาระ…``)
            wrapped = _wrapped_registry_name(text, c, registry, countries)
            if wrapped is not None:
                # one organisation: the registry's. The wider form is kept as another span of it
                # (a label it was seen under); the narrow match stays, as the agreement reader's
                # party clauses stop at a bracket (``บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย) จำกัด``).
                o = registry[wrapped]
                found.append(OrgMention(o.key, o.label, Span(c.start, c.end, text[c.start:c.end]),
                                        country=o.country, registered=o.registered))
                continue
            same_start = [i for i, o in enumerate(registry) if o.span.start == c.start and o.span.end < c.end]
            if same_start:
                i = max(same_start, key=lambda k: registry[k].span.end)
                o = registry[i]
                tail_country = _tail_is_country(text, o.span.end, c.end, countries)
                if tail_country is not None or text[o.span.end:c.end].strip() in ("", "ฯ"):
                    # ``ธนาคารกสิกรไทย ประจำสาธารณรัฐประชาชนจีน``: posted to a country, still the registry's body
                    posted = text[o.span.end:c.end].lstrip().startswith("ประจำ")
                    if tail_country in (None, o.country) or o.country is None or posted:
                        replaced[i] = OrgMention(o.key, o.label, Span(c.start, c.end, text[c.start:c.end]),
                                                 country=o.country or tail_country, registered=o.registered)
                        continue
                    dropped.add(i)   # another country's body of the same name
                elif c.country and o.country and c.country != o.country \
                        and any(code == c.country for _, _, code in countries.ending_at(c.end)):
                    # ``กระทรวงวัฒนธรรม กีฬา และการท่องเที่ยวแห่ง<Vietnam>``: a foreign body whose name
                    # starts like a Thai one and is closed by its own country
                    dropped.add(i)
                elif (dash := _PAIR_DASH.match(text, o.span.end, c.end)) and dash.end() > o.span.end \
                        and _tail_is_country(text, dash.end(), c.end, countries):
                    # ``หอการค้าไทย - จีน``: a registry name that ends in a country, paired with another, names a
                    # bilateral body of its own (the Thai-Chinese Chamber of Commerce, news 97415)
                    dropped.add(i)
                elif c.latin and _is_name_list(text, o.span.end, c.end):
                    # ``Ministry of Industry, Science, Technology & Innovation``: a registry name that a
                    # comma list of capitalised words goes on from is only the start of another body's name
                    dropped.add(i)
                else:
                    continue         # a registry name and the words after it: the registry knows best
            # a contained registry match with another country right after it is also that country's body
            for i, o in enumerate(registry):
                if c.start <= o.span.start and o.span.end < c.end and c.country and o.country and c.country != o.country \
                        and _tail_is_country(text, o.span.end, c.end, countries) == c.country:
                    dropped.add(i)
            key = _key(text, c, countries)
            if (known := registered_by_country_key().get(key)) is not None:
                # ``…นวัตกรรมของกัมพูชา`` for the registry's ``…นวัตกรรมแห่งราชอาณาจักรกัมพูชา``: the same body and country
                entry = organisations()[known]
                found.append(OrgMention(known, entry.label_th or entry.label_en, Span(c.start, c.end, text[c.start:c.end]),
                                        country=entry.country, registered=True))
                continue
            found.append(OrgMention(key, c.label, Span(c.start, c.end, text[c.start:c.end]),
                                    country=_thai_arm_country(c, registry) or c.country, registered=False))
        kept = [replaced.get(i, o) for i, o in enumerate(registry) if i not in dropped]
        kept = [_foreign_namesake(text, o, countries) for o in kept]
        kept = _local_branches(text, kept)
        found = _merge_aliases(text, kept, found, cands)
        found = _merge_short_forms(found, {_key(text, c, countries): _body(text, c, countries) for c in cands})
        out = sorted(kept + found, key=lambda o: (o.span.start, -o.span.end))
        out = _ministry_anaphors(text, out)
        out = _with_origin(text, out, countries)
        out = [_with_company_word(text, _with_country_forms(text, o, countries)) for o in out]
        credits = credit_lines(text)
        if credits:     # the press office that published the release is not a body it names
            out = [o for o in out if not any(a <= o.span.start and o.span.end <= b for a, b in credits)]
        doc._.organisations = _company_arms(text, out)
        return doc


#: What joins a body's name to its own country after it: ``กระทรวงที่ดิน โครงสร้างพื้นฐาน และการขนส่ง สาธารณรัฐเกาหลี``.
_TO_OWN_COUNTRY = re.compile(r"[ \t]*(?:แห่ง|ของ)?[ \t]*")
_THAI_NAME = re.compile(r"[ก-๙]")
#: A mission's or an office's city in its name (``…ณ กรุงธากา``), and what joins its host country to it.
_AT_CITY = re.compile(r"\sณ\s")
_TO_HOST = re.compile(r"[ \t]*(?:ประเทศ)?")


def _with_country_forms(text: str, o: OrgMention, countries: SpanIndex) -> OrgMention:
    """The mention, knowing the other form of its name this text writes: a registry name with its own country after
    it (``…และการขนส่ง สาธารณรัฐเกาหลี``, news 55758), or a discovered name without the country a space sets off
    (``กระทรวงเศรษฐกิจและการคลัง`` of ``… สาธารณรัฐเปรู``, news 74715; a Thai name only: ``…of the|Russian Federation``
    is no name). Readers cite a body either way. A Thai office named by the city it sits in is cited with its host
    country too (``สำนักงานส่งเสริมการค้าในต่างประเทศ ณ กรุงธากา บังกลาเทศ``, news 83285)."""
    if o.country is None:
        return o
    if not o.registered and _AT_CITY.search(o.label):
        join = _TO_HOST.match(text, o.span.end)
        ends = [b for a, b, code in countries.starting_at(join.end()) if code != "TH"] if join.end() > o.span.end else []
        return replace(o, written=(_label(text[o.span.start:max(ends)]),)) if ends else o
    if o.registered:
        join = _TO_OWN_COUNTRY.match(text, o.span.end)
        ends = [b for a, b, code in countries.starting_at(join.end()) if code == o.country and a > o.span.end]
        if ends and not any(b <= o.span.end for _, b, _ in countries.starting_in(o.span.start, o.span.end + 1)):
            return replace(o, written=(_label(text[o.span.start:max(ends)]),))
        return o
    closing = [a for a, b, code in countries.ending_at(o.span.end) if code == o.country and a > o.span.start
               and text[a - 1] in " \t"] if _THAI_NAME.match(o.label) else []
    if closing:
        body = text[o.span.start:max(closing)].rstrip()
        if body not in THAI_HEADS and len(body) > 8:
            return replace(o, written=(_label(body),))
    return o


#: A found body's origin written right after its name: ``บริษัท ALBA จากประเทศเยอรมนี`` (news 73446's EEC board),
#: ``บริษัท Faurecia สัญชาติฝรั่งเศส``.
_ORIGIN = re.compile(r"[ \t]*(?:จาก|สัญชาติ)[ \t]*((?:ประเทศ)?[ \t]*)")


def _with_origin(text: str, orgs: list[OrgMention], countries: SpanIndex) -> list[OrgMention]:
    """The found bodies with no country, given the one their origin names after any mention of them (every mention
    of that body then has it: ``บริษัท ALBA Asia Group Limited`` elsewhere in the release is the same company)."""
    origin: dict[str, str] = {}
    for o in orgs:
        if not o.registered and o.country is None and (m := _ORIGIN.match(text, o.span.end)):
            named = countries.first_starting_at(m.start(1), m.end())   # (a country's span may take ประเทศ in)
            if named is not None:
                origin.setdefault(o.key, named[2])
    return [replace(o, country=origin[o.key]) if o.key in origin and o.country is None and not o.registered else o
            for o in orgs]


#: ``บริษัท`` right before a company's name, as the text writes it (``บริษัท TATA``, ``บริษัท Umitron``).
_COMPANY_WORD_BEFORE = re.compile(r"บริษัท[ \t]?$")


def _with_company_word(text: str, o: OrgMention) -> OrgMention:
    """The mention, knowing the form with ``บริษัท`` before it that the text writes (news 80834's ``บริษัท TATA``,
    news 38308's ``บริษัท Umitron``): readers and gold cite a company either way."""
    m = _COMPANY_WORD_BEFORE.search(text, max(0, o.span.start - 8), o.span.start)
    if m is None or o.label.startswith("บริษัท"):
        return o
    return replace(o, written=(*o.written, _label(text[m.start():o.span.end])))


#: ``กระทรวงฯ``, "the Ministry": the Thai ministry the release named last before it (``บันทึกความเข้าใจระหว่างกระทรวงฯ
#: และบริษัท Huawei Technologies (Thailand)``, news 79646; 5,172 archive mentions, 430 of them beside ระหว่าง, และ or กับ).
_MINISTRY_ANAPHOR = re.compile(r"กระทรวง\s?ฯ")


def _ministry_anaphors(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """``orgs`` with each ``กระทรวงฯ`` outside them as a mention of the ministry named last before it."""
    if "ฯ" not in text:
        return orgs
    ministries = [o for o in orgs if o.registered and o.country == "TH" and o.label.startswith("กระทรวง")]
    added = []
    for m in _MINISTRY_ANAPHOR.finditer(text):
        before = [o for o in ministries if o.span.end <= m.start()]
        if not before or any(o.span.start <= m.start() < o.span.end for o in orgs) \
                or text.endswith("สังกัด", 0, m.start()):
            continue     # (``เอ็ตด้า หน่วยงานในสังกัดกระทรวงฯ``, news 15082: a body's parent, not a party beside it)
        last = max(before, key=lambda o: o.span.end)
        added.append(OrgMention(last.key, last.label, Span(m.start(), m.end(), m.group()), country="TH", registered=True))
    return sorted(orgs + added, key=lambda o: (o.span.start, -o.span.end)) if added else orgs


#: A Thai body's dotted acronym with a foreign country glued to it: ``กห.เวียดนาม`` (news 26624), ``ทบ.สาธารณรัฐสิงคโปร์``
#: (news 61849), ``กห.สหรัฐ`` (43 archive files), ``ทร.มาเลเซีย``: the same kind of body of that country (about 150 such
#: forms in the archive, nearly all of defence, the armed forces and foreign affairs). With a space between, the country
#: may begin a list (``สธ. กต. สหรัฐ``) and is left alone.
_DOTTED_ACRONYM = re.compile(r"(?:[\u0e01-\u0e2e]{1,3}\.)+")


def _foreign_namesake(text: str, o: OrgMention, countries: SpanIndex) -> OrgMention:
    """A registered Thai body named by its dotted acronym and closed by another country: that country's body, keyed
    as the discovered full name (``กระทรวงกลาโหมเวียดนาม``) is, so both forms are one organisation."""
    if not o.registered or o.country != "TH" or not _DOTTED_ACRONYM.fullmatch(o.span.text):
        return o
    closing = [(b, code) for _, b, code in countries.starting_at(o.span.end) if code != "TH"]
    if not closing:
        return o
    entry = organisations().get(o.key)
    if entry is None or o.span.text not in entry.acronyms or not entry.label_th:
        return o
    end, code = max(closing)
    surface = text[o.span.start:end]
    return OrgMention(country_key(entry.label_th, code), _label(surface), Span(o.span.start, end, surface),
                      country=code, registered=False)


#: Registered bodies whose provincial and city committees releases name by the place after them:
#: ``พรรคคอมมิวนิสต์จีน นครกว่างโจว``, ``เลขาธิการพรรคคอมมิวนิสต์จีนประจำมณฑลเจ้อเจียง``.
LOCAL_BRANCHES = frozenset({"cpc"})
_PLACE_ENDS = ("เข้า", "พบ", "และ", "ได้", "ร่วม", "กล่าว", "เยือน", "หารือ")
_LOCAL_PLACE = re.compile(r"[ \t]*(?:ประจำ)?[ \t]*((?:มณฑล|นคร)[\u0e01-\u0e4e]{2,24})")


def _local_branches(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """Registry names widened to the local committee after them; where a release names one, its bare
    mentions of the body are that committee (``พรรคคอมมิวนิสต์จีน`` after ``…ประจำมณฑลเจ้อเจียง``), as
    :func:`_merge_short_forms` does for discovered names."""
    out = [_local_branch(text, o) for o in orgs]
    first: dict[str, OrgMention] = {}
    for o, w in zip(orgs, out):
        if w is not o:
            first.setdefault(o.key, w)
    return [OrgMention(first[o.key].key, first[o.key].label, o.span, country=o.country, registered=False)
            if w is o and o.key in first else w for o, w in zip(orgs, out)]


def _local_branch(text: str, o: OrgMention) -> OrgMention:
    """The local committee a registry name and a Chinese province or city after it name (``o`` if none)."""
    m = _LOCAL_PLACE.match(text, o.span.end) if o.key in LOCAL_BRANCHES else None
    if m is None:
        return o
    end = m.start(1)
    for k, tok in enumerate(_tokens(m.group(1))):
        if k and (tok in STOP_TOKENS or tok.startswith(_PLACE_ENDS)):     # ``มณฑลเจ้อเจียง|เข้าพบ``
            break
        end += len(tok)
    label = _label(text[o.span.start:end])
    return OrgMention(org_key(label), label, Span(o.span.start, end, text[o.span.start:end]), country=o.country,
                      registered=False)


def _closing_country(text: str, c, countries: SpanIndex) -> int | None:
    """Where the country that closes a discovered Thai name starts, if one does."""
    closing = [a for a, _, code in countries.ending_at(c.end) if c.start < a and code == c.country]
    return max(closing) if closing and not c.latin else None


@lru_cache(maxsize=1)
def registered_by_country_key() -> dict[str, str]:
    """:func:`country_key` of every Thai registry name closed by its own country (body and country, however joined)
    -> that organisation's key: a discovered ``<body>ของ<country>`` or ``<body> <country>`` is the registry's
    ``<body>แห่ง<official country name>``, not an organisation of its own."""
    from extractors.countries import find_countries

    out: dict[str, str] = {}
    for org in organisations().values():
        if org.country in (None, "TH"):
            continue
        for label in org.labels:
            closing = [m for m in find_countries(label) if m.end == len(label) and m.id == org.country and m.start > 0]
            if closing:
                out.setdefault(country_key(label[:closing[-1].start], org.country), org.key)
    return out


def _key(text: str, c, countries: SpanIndex) -> str:
    """A discovered name closed by its own country is keyed by body and country, so the
    ``แห่ง``, ``ของ`` and glued forms of one foreign ministry are one organisation."""
    a = _closing_country(text, c, countries)
    return org_key(c.label) if a is None else country_key(text[c.start:a], c.country)


def _body(text: str, c, countries: SpanIndex) -> str:
    """The name without the country that closes it (``สำนักงานประชาสัมพันธ์`` of ``…ฟิลิปปินส์``)."""
    a = _closing_country(text, c, countries)
    return c.label if a is None else _COUNTRY_JOIN.sub("", text[c.start:a])


#: What may stand around a registry name inside one discovered name and leave it the same body:
#: a doubled or added head (``กระทรวงกระทรวงดิจิทัล…``, ``สถาบันIdaho National Laboratory``) before it,
#: a company's legal form after it (``บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย) จำกัด``).
_WRAP_BEFORE = re.compile(r"^(?:บริษัท|กระทรวง|สำนักงาน|สำนัก|กรม|สถาบัน|องค์การ|มหาวิทยาลัย|สมาคม|มูลนิธิ|ธนาคาร)\s*$")
_WRAP_AFTER = re.compile(r"^\s*(?:เทคโนโลยีส?|เทคโนโลยี่|กรุ๊ป|คอร์ปอเรชั่น|ซีสเต็มส์|ซิสเต็มส์|โซลูชั่นส์|\s)*"
                         r"(?:\((?:ประเทศไทย|Thailand|ไทยแลนด์)\))?\s*(?:จำกัด|จํากัด)?\s*(?:\(มหาชน\))?\s*ฯ?$")


def _wrapped_registry_name(text: str, c, registry, countries: SpanIndex) -> int | None:
    """The registry match a discovered name only wraps (one organisation, one mention), if any.

    ``บริษัท <a registered company> (ประเทศไทย) จำกัด`` is that company (its Thai arm, which
    releases name as the company); ``บริษัท ดีแทค ไตรเน็ต จำกัด``, with more name after it, is not."""
    best = None
    for i, o in enumerate(registry):
        if not (c.start <= o.span.start and o.span.end <= c.end and (o.span.start, o.span.end) != (c.start, c.end)):
            continue
        before, after = text[c.start:o.span.start], text[o.span.end:c.end]
        if before and not _WRAP_BEFORE.match(before):
            continue
        if after and not _WRAP_AFTER.match(after):
            tail = _tail_is_country(text, o.span.end, c.end, countries)
            if tail is None or tail != o.country:
                continue
        if best is None or o.span.end - o.span.start > registry[best].span.end - registry[best].span.start:
            best = i
    return best


#: A company named as a company, not by its bare brand: ``บริษัท`` before it (``บริษัท Huawei Technologies``, news 79646), or
#: its legal form in the name (``บริษัท หัวเว่ย เทคโนโลยี จำกัด``, news 8281). ``บริษัท เวสเทิร์น ดิจิตอลฯ`` is the short form
#: of the arm named before it (news 49223), not the group.
_NAMED_AS_COMPANY = re.compile(r"^บริษัท|จำกัด|จํากัด|\b(?:Ltd|Inc|Co\.,|Corporation)\b|คอร์ปอเรชั่น|คอร์ปอเรชัน")


def _named_as_company(text: str, o: OrgMention) -> bool:
    if _NAMED_AS_COMPANY.search(o.span.text):
        return True
    return _COMPANY_WORD_BEFORE.search(text, max(0, o.span.start - 8), o.span.start) is not None \
        and not text.startswith("ฯ", o.span.end)


def _company_arms(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """A registered company that a release names only by its brand, beside one company of its group named in full
    (its Thai arm), is that company: ``กรมการแพทย์และหัวเว่ย`` in the MOU of ``บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย) จำกัด``
    (news 46089, 51956), ``TikTok`` beside ``บริษัท ติ๊กต๊อก เทคโนโลยีส์ จำกัด`` (news 93925), and the brand inside the
    arm's own name (``บริษัท เวสเทิร์น ดิจิตอล สตอเรจ เทคโนโลยีส์ (ประเทศไทย) จำกัด``, news 49223, 56263; ``บริษัท ซีเมนส์
    อินดัสเทรียล จำกัด``, news 33225; ``บริษัท ดีแทค ไตรเน็ต จำกัด``, news 15560). The gold sets list one company in all
    seven. Where the release names the group as a company too (``บริษัท หัวเว่ย เทคโนโลยี จำกัด`` beside its Thai arm, news
    8281; ``บริษัท Huawei Technologies``, news 79646; ``บริษัท ชาร์ป คอร์ปอเรชัน``, news 74580) both are listed, and both
    are kept. The arm is a registered company of that group, else the one ``บริษัท`` name the brand is written in."""
    registry = organisations()
    out = orgs
    for key in sorted({o.key for o in orgs if o.registered}):
        entry = registry.get(key)
        if entry is None or entry.type != "company":
            continue
        brand = [o for o in out if o.key == key]
        others = [o for o in out if o.key != key]
        children = {o.key: o for o in others if o.registered and (e := registry.get(o.key)) is not None
                    and e.parent == key and e.type == "company"}
        wrapping = {o.key: o for o in others if o.label.startswith("บริษัท") and not o.registered
                    and any(o.span.start <= b.span.start and b.span.end <= o.span.end for b in brand)}
        arms = children or wrapping
        if len(arms) != 1:
            continue
        arm = next(iter(arms.values()))
        # (the brand inside any company's name is a word of that name: ``บริษัท ติ๊กต๊อก พีทีอี แอลทีดี จำกัด``, news 93925)
        spans = [(o.span.start, o.span.end) for o in others if o.key == arm.key or o.label.startswith("บริษัท")]
        inside = [b for b in brand if any(a <= b.span.start and b.span.end <= z for a, z in spans)]
        outside = [b for b in brand if b not in inside]
        if any(_named_as_company(text, b) for b in outside):
            continue
        moved = [OrgMention(arm.key, arm.label, b.span, country=arm.country, registered=arm.registered) for b in outside]
        out = sorted(others + moved, key=lambda o: (o.span.start, -o.span.end))
    return out


def _thai_arm_country(c, registry: list[OrgMention]) -> str | None:
    """The country of the foreign company whose Thai arm a discovered company is: ``บริษัท เวสเทิร์น ดิจิตอล สตอเรจ
    เทคโนโลยีส์ (ประเทศไทย) จำกัด`` names the registered Western Digital (US) and says it is its Thai company
    (news 49223; gold gives a foreign company's Thai subsidiary its parent's country)."""
    if "(ประเทศไทย)" not in c.label:
        return None
    return next((o.country for o in registry if c.start <= o.span.start and o.span.end <= c.end
                 and o.country not in (None, "TH")), None)


def _merge_aliases(text: str, registry: list[OrgMention], found: list[OrgMention], cands) -> list[OrgMention]:
    """An English name in brackets after a Thai one, or the one ministry of the same country, is the same body."""
    latin = {(c.start, c.end) for c in cands if c.latin}
    all_orgs = sorted(registry + found, key=lambda o: o.span.start)
    out = []
    for f in found:
        if (f.span.start, f.span.end) not in latin:
            twin = _acronym_after(text, f, all_orgs)
            out.append(f if twin is None else OrgMention(twin.key, twin.label, f.span, country=twin.country or f.country,
                                                         registered=twin.registered))
            continue
        twin = None
        j = f.span.start - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 0 and text[j] == "(":
            k = j
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            prev = [o for o in all_orgs if o.span.end == k and o is not f]
            if prev:
                twin = prev[-1]
        if twin is None:
            twin = _acronym_after(text, f, all_orgs)
        if twin is None and f.country and f.label.split()[0] in ("Ministry",):
            same = {o.key: o for o in all_orgs if o.country == f.country and o is not f
                    and o.label.startswith("กระทรวง")}
            if len(same) == 1:
                twin = next(iter(same.values()))
        if twin is not None:
            out.append(OrgMention(twin.key, twin.label, f.span, country=twin.country or f.country,
                                  registered=twin.registered))
        else:
            out.append(f)
    return out


#: ``สำนักงานเศรษฐกิจดิจิทัล หรือ ดีป้า``, ``… (สพร.)``: a name, then หรือ or a bracket, then a registry acronym.
_ALIAS_JOIN = re.compile(r"[ \t]*(?:หรือ|\()[ \t]*")
#: What ends a whole name inside a bracket: ``(National Cyber Security Agency: NCSA)``, not
#: ``(United Nations| Population Fund)``.
_BRACKET_ITEM_END = re.compile(r"\s*[):,;]")
#: A registry surface short enough to be an acronym or short name (``ดีป้า``, ``DEPA``, ``สพร.``).
_MAX_ACRONYM = 8


def _acronym_after(text: str, f: OrgMention, orgs: list[OrgMention]) -> OrgMention | None:
    """The registered organisation whose acronym the release gives right after a discovered name:
    the release's own way of saying the two are one (a clipped or older name of a known body).

    A bracket may also hold the body's registered English name (``สำนักงานความปลอดภัยทางไซเบอร์แห่งชาติ
    (National Cyber Security Agency: NCSA)``); a Thai name in a bracket is a parent, not an alias
    (``สำนักงานบริหารหนี้สาธารณะใหม่ (กระทรวงการคลัง)``)."""
    m = _ALIAS_JOIN.match(text, f.span.end)
    if not m or m.end() == f.span.end:
        return None
    bracket = "(" in text[f.span.end:m.end()]
    after = [o for o in orgs if o.registered and o.span.start == m.end()
             and (o.span.end - o.span.start <= _MAX_ACRONYM
                  or bracket and o.span.text.isascii() and _BRACKET_ITEM_END.match(text, o.span.end))]
    return after[0] if after else None


def _merge_short_forms(found: list[OrgMention], bodies: dict[str, str] = {}) -> list[OrgMention]:
    """``กรมพินิจ`` after ``กรมพินิจและคุ้มครองเด็กและเยาวชน``: a prefix of a longer name is that name;
    so is a name closed by its country whose body starts a longer name of that country
    (``สำนักงานประชาสัมพันธ์ฟิลิปปินส์``, ``สำนักงานประชาสัมพันธ์ ทำเนียบประธานาธิบดีแห่ง…ฟิลิปปินส์``).
    Chains (short -> longer -> longest) end at the longest name."""
    firsts = {}
    for f in found:
        if not f.registered:
            firsts.setdefault(f.label, f)
    labels = sorted(firsts, key=len, reverse=True)
    target: dict[str, str] = {}
    for label, f in firsts.items():
        body = bodies.get(f.key, label)
        if label.isascii():
            # a company's first word(s) after its full name (``CtrlS`` of ``CtrlS Datacenter``, ``ALBA`` of
            # ``ALBA Asia Group Limited``, news 73446): whole words only
            longer = [l for l in labels if l.startswith(label + " ") and firsts[l].country in (None, f.country)]
        else:
            longer = [l for l in labels if len(l) > len(label) and len(label) >= 6
                      and (l.startswith(label) or body != label and l.startswith(body + " ")
                           and firsts[l].country == f.country)]
        if longer:
            target[label] = longer[-1]
    out = []
    for f in found:
        if not f.registered and f.label in target:
            label, seen = f.label, set()
            while label in target and label not in seen:
                seen.add(label)
                label = target[label]
            t = firsts[label]
            f = OrgMention(t.key, t.label, f.span, country=t.country, registered=False)
        out.append(f)
    return out
