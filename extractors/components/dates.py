"""``coopgraph_dates_v1``: every date expression, relative ones resolved by the issue date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.dates import find_dates

NAME = "coopgraph_dates_v1"


@Language.factory(NAME)
def make_dates(nlp: Language, name: str) -> "DateFinder":
    return DateFinder()


class DateFinder:
    """``วานนี้`` and day-month dates need a reference: the release's own date."""

    def __call__(self, doc: Doc) -> Doc:
        release = doc.user_data.get("release")
        doc._.dates = find_dates(text_of(doc), reference=release.issued if release else None)
        return doc
