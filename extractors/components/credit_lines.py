"""``coopgraph_credit_lines_v1``: the persons and units a release's credit lines name (``doc._.persons``,
``doc._.organisations``).

The names in ``Written by นวรัตน์ รามสูต`` or ``อิทธิพล รุ่งก่อน: ถ่ายภาพ`` carry no honorific and no post, so the
person reader passes them by (:mod:`extractors.credits`). It runs last, beside the names inside names: the
press office's staff are nobody's party or signatory, and relevance never counts them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of
from extractors.credits import credit_lines
from extractors.org_discovery import org_key
from extractors.organisations import find_organisations
from extractors.records import OrgMention, PersonMention, Span

NAME = "coopgraph_credit_lines_v1"


@Language.factory(NAME)
def make_credit_lines(nlp: Language, name: str) -> "CreditLines":
    return CreditLines()


class CreditLines:
    def __call__(self, doc: Doc) -> Doc:
        release = doc.user_data.get("release")
        if release is None:
            return doc
        # (the raw text, same offsets as the Doc's: its zero-width spaces are no breaks inside a name)
        raw = release.text[:len(text_of(doc))]
        persons = list(doc._.persons or [])
        orgs = list(doc._.organisations or [])
        for credit in credit_lines(raw, release.body_start):
            span = Span(credit.start, credit.end, raw[credit.start:credit.end])
            if credit.kind == "person":
                if not any(p.span.start < credit.end and credit.start < p.span.end for p in persons):
                    persons.append(PersonMention(credit.name, span, post=credit.role))
            elif not any(o.span.start == credit.start for o in orgs):
                # a unit the registry and discovery do not name, with the office it belongs to as written
                # (``กลุ่มประชาสัมพันธ์ สร.ศธ.``: the ministry's acronym inside stays a mention of its own); the
                # registry's own where the whole name is one of its labels (the press office's sign-off)
                whole = [m for m in find_organisations(credit.name) if m.start == 0 and m.end == len(credit.name)]
                key = whole[0].id if whole else org_key(credit.name)
                orgs.append(OrgMention(key, credit.name, span, country="TH", registered=bool(whole)))
        doc._.persons = persons
        doc._.organisations = orgs
        return doc
