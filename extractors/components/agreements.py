"""``coopgraph_agreements_v1``: the agreements a release reports (``doc._.agreements``).

See :mod:`extractors.agreements` for the rules; this component only feeds them the
mentions the earlier components found.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.agreements import read_agreements

NAME = "coopgraph_agreements_v1"
#: Keep only the agreements with at least one cooperation field (all fields are digital).
DIGITAL_ONLY = True


@Language.factory(NAME)
def make_agreements(nlp: Language, name: str) -> "AgreementReader":
    return AgreementReader()


class AgreementReader:
    def __call__(self, doc: Doc) -> Doc:
        release = doc.user_data.get("release")
        found = read_agreements(
            text_of(doc),
            body_start=release.body_start if release else 0,
            issued=release.issued if release else None,
            sentences=doc._.sentences or [],
            dates=doc._.dates or [],
            countries=doc._.countries or [],
            organisations=doc._.organisations or [],
            persons=doc._.persons or [],
            events=doc._.events or [],
        )
        # the graph is about digital cooperation: an agreement that names no digital field
        # (a rubber, tourism or air-services agreement) is not one of its agreements
        doc._.agreements = [a for a in found if a.fields] if DIGITAL_ONLY else found
        return doc
