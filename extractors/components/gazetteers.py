"""``coopgraph_countries_v1`` and ``coopgraph_organisations_v1``: registry names in the text.

Shaped like spaCy's SpanRuler: match, then set annotations; each pattern's ``id`` is the
canonical resource (an ISO code or a registry key), so every surface form of a name maps
to one actor. Matches go to ``doc.spans`` (for displaCy and debugging) and to ``doc._``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.components import text_of

from extractors.countries import country_gazetteer
from extractors.organisations import PLACE_NAMED, names_the_place, organisation_gazetteer, organisations
from extractors.records import CountryMention, OrgMention, Span

COUNTRIES = "coopgraph_countries_v1"
ORGANISATIONS = "coopgraph_organisations_v1"


def _add_spans(doc: Doc, key: str, label: str, matches) -> None:
    spans = []
    for m in matches:
        span = doc.char_span(m.start, m.end, label=label, kb_id=m.id, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans


@Language.factory(COUNTRIES)
def make_countries(nlp: Language, name: str) -> "CountryRuler":
    return CountryRuler()


class CountryRuler:
    def __init__(self) -> None:
        self.gazetteer = country_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        matches = self.gazetteer.find(text_of(doc))
        _add_spans(doc, "countries", "COUNTRY", matches)
        doc._.countries = [CountryMention(m.id, Span(m.start, m.end, m.surface)) for m in matches]
        return doc


@Language.factory(ORGANISATIONS)
def make_organisations(nlp: Language, name: str) -> "OrganisationRuler":
    return OrganisationRuler()


class OrganisationRuler:
    def __init__(self) -> None:
        self.gazetteer = organisation_gazetteer()
        self.registry = organisations()

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        matches = [m for m in self.gazetteer.find(text)
                   if not (m.id in PLACE_NAMED and names_the_place(text, m.start, m.end))]
        _add_spans(doc, "organisations", "ORG", matches)
        mentions = []
        for m in matches:
            entry = self.registry[m.id]
            mentions.append(OrgMention(m.id, entry.label_th or entry.label_en, Span(m.start, m.end, m.surface),
                                       country=entry.country, registered=True))
        doc._.organisations = mentions
        return doc
