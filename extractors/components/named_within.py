"""``coopgraph_named_within_v1``: the registered parents a body's own name spells out (``doc._.organisations``).

``คณะมนตรีความมั่นคงแห่งสหประชาชาติ`` names the Security Council, and in it the United Nations: a reader lists both.
The gazetteer matches leftmost-longest, so the inner name is hidden; this adds it as a mention of its own, at its own
offsets, where nothing else in the release names that parent. It runs last: parties, relevance and agreements read
the names as written, and a ministry inside its permanent secretary's office's name is no party of its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.organisations import organisations, parents_named_within
from extractors.records import OrgMention, Span

NAME = "coopgraph_named_within_v1"


@Language.factory(NAME)
def make_named_within(nlp: Language, name: str) -> "NamedWithin":
    return NamedWithin()


class NamedWithin:
    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc._.organisations or [])
        named = {m.key for m in mentions}
        registry = organisations()
        for m in list(mentions):
            if not m.registered:
                continue
            for inner in parents_named_within(m.span.text, m.key):
                if inner.id in named:
                    continue
                named.add(inner.id)
                parent = registry[inner.id]
                start = m.span.start + inner.start
                mentions.append(OrgMention(inner.id, parent.label_th or parent.label_en,
                                           Span(start, m.span.start + inner.end, inner.surface), country=parent.country))
        doc._.organisations = mentions
        return doc
