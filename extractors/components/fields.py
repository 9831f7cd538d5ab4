"""``coopgraph_fields_v1``: every mention of a cooperation-field concept (``doc._.fields``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.fields import FieldMention, find_fields

NAME = "coopgraph_fields_v1"

__all__ = ["NAME", "FieldMention", "FieldFinder"]


@Language.factory(NAME)
def make_fields(nlp: Language, name: str) -> "FieldFinder":
    return FieldFinder()


class FieldFinder:
    """Aho-Corasick over the scheme's labels; mentions go to ``doc._.fields``."""

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_fields(text_of(doc))
        doc._.fields = mentions
        spans = []
        for m in mentions:
            span = doc.char_span(m.span.start, m.span.end, label="FIELD", kb_id=m.notation,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["fields"] = spans
        return doc
