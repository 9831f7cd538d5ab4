"""``coopgraph_persons_v1``: named people, their posts and the organisation of each post.

Candidates come from :mod:`extractors.persons`: names after honorifics (Thai and Latin),
and two-part names written bare before a strong post head. Mentions by the given name
alone (``นายประเสริฐ กล่าว``, ``ดร.เอกพงษ์``) take the full name seen elsewhere in the
release, so every mention of one person carries one canonical name. The post after (or
before) a name is expanded (``ปลัดกระทรวงฯ`` with the ministry the release named last)
and linked to the organisation mention inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.persons import NameHit, clean_post, find_bare_names, find_named, is_given_name, parse_post, post_before
from extractors.records import PersonMention, Span

NAME = "coopgraph_persons_v1"


@Language.factory(NAME)
def make_persons(nlp: Language, name: str) -> "Component":
    return Component()


def _overlaps(a: NameHit, spans: list[tuple[int, int]]) -> bool:
    return any(a.start < e and s < a.end for s, e in spans)


class Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.persons = extract_persons(text_of(doc), list(doc._.organisations or []), list(doc._.countries or []))
        return doc


def _resolve(hits: list[NameHit]) -> dict[int, str]:
    """Canonical name of each hit (by index); given-only hits without a full name are left out."""
    full = [h.name for h in hits if not h.given_only]
    by_first: dict[str, set[str]] = {}
    for n in full:
        parts = n.split()
        by_first.setdefault(parts[0], set()).add(n)
        if len(parts) > 1 and all(p[:1].isascii() for p in parts):   # Latin: ``Mr. Rivkin`` is a family name
            by_first.setdefault(parts[-1], set()).add(n)
    out = {}
    for i, h in enumerate(hits):
        if not h.given_only:
            out[i] = h.name
        elif len(by_first.get(h.name, ())) == 1:
            out[i] = next(iter(by_first[h.name]))
    return out


def extract_persons(text: str, orgs, countries) -> list[PersonMention]:
    protected = sorted({(o.span.start, o.span.end) for o in orgs} | {(c.span.start, c.span.end) for c in countries})
    org_spans = [(o.span.start, o.span.end) for o in orgs]
    named = [h for h in find_named(text) if not _inside(h, org_spans)]
    named, aliases = _drop_bracket_aliases(text, named)
    named = _complete_from_longer(text, named)
    known = {h.name for h in named if not h.given_only}
    taken = [(h.start, h.end) for h in named]
    given = {h.name for h in named if h.given_only and not h.latin}
    bare = [h for h in find_bare_names(text, known, given) if not _overlaps(h, taken)]
    hits = sorted(named + bare, key=lambda h: h.start)
    names = _resolve(hits)
    # the same full names written elsewhere without an honorific (any white space between the parts)
    taken = [(h.start, h.end) for h in hits]
    extra = []
    for full in {n for n in names.values()}:
        if full.isascii() or " " not in full:
            continue
        for start, end in _unglued(text, full.split()):
            if not any(start < e and s < end for s, e in taken):
                extra.append(NameHit(start, start, end, full, False))
    hits = sorted(hits + extra, key=lambda h: h.start)
    names = _resolve(hits)
    for i, n in names.items():
        if hits[i].latin and (thai := _alias_target(n, aliases)) is not None:
            names[i] = thai
    ministries = sorted(((o.span.start, o) for o in orgs if (o.label or "").startswith("กระทรวง")), key=lambda so: so[0])
    out: list[PersonMention] = []
    for i, h in enumerate(hits):
        if i not in names:
            post = parse_post(text, h.end, protected)
            if not h.given_only or h.latin:
                continue
            if post is None and not (h.start < h.name_start and is_given_name(h.name) and not _ambiguous(h, hits)
                                     and _SAYS.match(text, h.end)):
                continue
            # a lone given name with a post, or after an honorific and known to PyThaiNLP as a given
            # name (``น.ส. ทิพานัน กล่าวว่า`` in a release that never gives her family name): as written
            names[i] = h.name
        post = parse_post(text, h.end, protected) or post_before(text, h.start, protected)
        label = key = None
        if post is not None:
            label, key = _post_label(text, post, orgs, ministries)
        out.append(PersonMention(names[i], Span(h.name_start, h.end, text[h.name_start:h.end]), label, key))
    return out


def _unglued(text: str, parts: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each time ``text`` writes a name's ``parts`` apart from the Thai letters around it, with one to
    three white-space characters between them, left to right.

    A scan from each place the first part is written, not a regular expression: a pattern made for each name of
    each release was compiled anew every time (one in every two persons' time).
    """
    first = parts[0]
    at = text.find(first)
    while at >= 0:
        end = _rest_after(text, at + len(first), parts[1:], None)
        if end is not None and not (at and _is_thai_letter(text[at - 1])) \
                and not (end < len(text) and _is_thai_mark(text[end])):
            yield at, end
            at = text.find(first, end)
        else:
            at = text.find(first, at + 1)


def _rest_after(text: str, pos: int, rest: list[str], spaces: str | None) -> int | None:
    """Where ``rest`` (the remaining parts of a name) ends when the text goes on with them at ``pos``, each after one
    to three white-space characters (``spaces``, or any white space when None); None when it does not."""
    for part in rest:
        gap = pos
        while gap < len(text) and gap - pos < 4 and (text[gap] in spaces if spaces else _is_space(text[gap])):
            gap += 1
        if not 1 <= gap - pos <= 3 or not text.startswith(part, gap):
            return None
        pos = gap + len(part)
    return pos


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch == "\u200b"


def _is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


def _is_thai_mark(ch: str) -> bool:
    """A vowel or tone mark, which cannot start a word: a name's last part is cut short before one."""
    return "\u0e30" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e"


#: The white space ``_complete_from_longer`` allows between a name's parts.
_SPACE_BETWEEN = " \t\xa0\u200b"


#: A verb of saying right after a lone given name (``น.ส. ทิพานัน กล่าวว่า``): the release quotes a person.
_SAYS = re.compile(r"[ \t\xa0\u200b]*(?:กล่าว|เปิดเผย|ระบุ|ชี้แจง|เน้นย้ำ|ย้ำ|แถลง|ให้สัมภาษณ์)")


def _ambiguous(h: NameHit, hits: list[NameHit]) -> bool:
    """A given name that starts several full names of the release names none of them for sure."""
    return sum(1 for o in hits if not o.given_only and o.name.split()[0] == h.name) > 1


def _complete_from_longer(text: str, hits: list[NameHit]) -> list[NameHit]:
    """A name cut short where the release writes it in full elsewhere, and the text goes on with
    the missing parts: ``นางคิม ยุน มี รัฐมนตรีว่าการ…`` then ``กับนางคิม ยุน มี เกี่ยวกับ…``, where
    the second mention alone would stop before ``มี`` (a word)."""
    full = {h.name for h in hits if not h.given_only and not h.latin}
    out = []
    for h in hits:
        parts = h.name.split()
        longer = sorted((n for n in full if len(n.split()) > len(parts) and n.split()[:len(parts)] == parts),
                        key=lambda n: -len(n))
        for n in longer:
            rest = n.split()[len(parts):]
            end = _rest_after(text, h.end, rest, _SPACE_BETWEEN)
            if end is not None and not (end < len(text) and _is_thai_letter(text[end])):
                h = NameHit(h.start, h.name_start, end, n, False, h.latin)
                break
        out.append(h)
    return out


def _inside(h: NameHit, spans) -> bool:
    return any(s <= h.start and h.end <= e for s, e in spans)


def _drop_bracket_aliases(text: str, hits: list[NameHit]) -> tuple[list[NameHit], dict[str, str]]:
    """``นายอ้าย เจิน (Mr.Ai Zhen)``: the bracketed Latin name is the same person, not another.

    Returns the hits without those aliases, and each alias with the Thai name it stands for."""
    out = []
    aliases: dict[str, str] = {}
    for k, h in enumerate(hits):
        if h.latin and k > 0:
            j = h.start - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j >= 0 and text[j] == "(":
                prev = hits[k - 1]
                # right after the name, or after its post (``นายหลี่ กั๋วอิง รัฐมนตรีว่าการกระทรวงทรัพยากรน้ำแห่งสาธารณรัฐ
                # ประชาชนจีน  (H.E. Mr. Li Guoying)``, news 94573)
                if not prev.latin and (0 <= j - prev.end <= 3 or _post_up_to(text, prev.end, j)):
                    aliases[h.name] = prev.name
                    continue
        out.append(h)
    return out, aliases


def _post_up_to(text: str, pos: int, bracket: int) -> bool:
    """Whether a post runs from ``pos`` to the white space before ``bracket`` and no further."""
    post = parse_post(text, pos)
    return post is not None and post.end <= bracket and not text[post.end:bracket].strip()


def _alias_target(name: str, aliases: dict[str, str]) -> str | None:
    """The Thai name whose bracketed Latin alias ``name`` is, spelt alike: ``Mr.Chea Vendeth`` later in a
    release that gave ``นายเจีย วันเดค (Mr. Chea Vandeth)`` (one letter apart, part for part)."""
    parts = name.lower().split()
    for alias, thai in aliases.items():
        other = alias.lower().split()
        if len(other) == len(parts) and sum(_one_apart(a, b) for a, b in zip(parts, other)) <= 1 \
                and all(a == b or _one_apart(a, b) for a, b in zip(parts, other)):
            return thai
    return None


def _one_apart(a: str, b: str) -> bool:
    """Whether two words differ by one substituted letter (a typo the release repeats nowhere else)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _post_label(text: str, post, orgs, ministries) -> tuple[str, str | None]:
    inside = [o for o in orgs if o.span.start < post.end and post.start < o.span.end]
    if not inside:   # ``Assistant Chief Executive (International), Infocomm Media Development Authority``
        k = post.end
        while k < len(text) and k - post.end < 3 and text[k] in " \t,":
            k += 1
        inside = [o for o in orgs if o.span.start == k]
    org = max(inside, key=lambda o: (o.span.start, o.span.end)) if inside else None
    ministry = None
    if "ฯ" in post.head:
        before = [o for s, o in ministries if s < post.start]
        cand = before[-1] if before else (ministries[0][1] if ministries else None)
        if cand is not None:
            ministry = cand.label
            if org is None:
                org = cand
    raw = text[post.start:post.end]
    surface = text[org.span.start:org.span.end] if org is not None else None
    label = clean_post(raw, ministry=ministry, org_label=org.label if org is not None else None, org_surface=surface)
    return label, (org.key if org is not None else None)
