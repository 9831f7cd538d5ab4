"""``coopgraph_events_v1``: meetings, forums, conferences, visits and calls (``doc._.events``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.events import read_events

NAME = "coopgraph_events_v1"


@Language.factory(NAME)
def make_events(nlp: Language, name: str) -> "EventFinder":
    return EventFinder()


class EventFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = read_events(text_of(doc), dates=doc._.dates or [], countries=doc._.countries or [],
                                   organisations=doc._.organisations or [], sentences=doc._.sentences or [])
        return doc
