"""``coopgraph_dates_v1``: every date expression, relative ones resolved by the issue date or the body's dateline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.dates import dateline_day, find_dates

NAME = "coopgraph_dates_v1"


@Language.factory(NAME)
def make_dates(nlp: Language, name: str) -> "DateFinder":
    return DateFinder()


class DateFinder:
    """``วานนี้`` and day-month dates need a reference: the release's own date, or the day of the dateline that opens
    its body (``กรุงเทพฯ 16 พฤศจิกายน 2565 –`` on a page dated the 17th: its ``วันนี้`` is the 16th)."""

    def __call__(self, doc: Doc) -> Doc:
        release = doc.user_data.get("release")
        text = text_of(doc)
        reference = None
        if release is not None:
            reference = dateline_day(text, release.body_start, release.issued) or release.issued
        doc._.dates = find_dates(text, reference=reference)
        return doc
