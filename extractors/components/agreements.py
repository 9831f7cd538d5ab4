"""``coopgraph_agreements_v1``: the agreements a release reports (``doc._.agreements``).

See :mod:`extractors.agreements` for the rules; this component only feeds them the
mentions the earlier components found.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.agreements import read_agreements
from extractors.components import text_of

NAME = "coopgraph_agreements_v1"


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
            fields=doc._.fields or [],
        )
        # Every agreement found, digital or not: the build decides what the graph keeps.
        doc._.agreements = list(found)
        return doc
