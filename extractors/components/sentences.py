"""``coopgraph_sentences_v1``: sentence spans (character offsets) for evidence and rules."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.text import sentence_spans

NAME = "coopgraph_sentences_v1"


@Language.factory(NAME)
def make_sentences(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    """Lines, and long lines cut at their writer's pauses (see ``sentence_spans``)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.sentences = sentence_spans(text_of(doc))
        return doc
