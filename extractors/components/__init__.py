"""coopgraph's spaCy components, in pipeline order.

Like pySHACL's explicit registries, :data:`COMPONENTS` is the one list of what runs and
in which order; each name is versioned (``…_v1``) and registered by its module's
``@Language.factory``. Components share results through the ``doc._`` attributes below.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Every ``doc._`` attribute a component writes, with its empty value.
DOC_EXTENSIONS: dict[str, object] = {
    "sentences": None,       # list[tuple[int, int]]
    "dates": None,           # list[extractors.dates.DateMention]
    "countries": None,       # list[CountryMention]
    "organisations": None,   # list[OrgMention]
    "persons": None,         # list[PersonMention]
    "fields": None,          # list[FieldMention]
    "agreements": None,      # list[AgreementRecord]
    "events": None,          # list[EventRecord]
    "relevant": False,       # bool
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy joins ``doc.text`` from its tokens on every access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


# Importing the modules registers their factories.
from extractors.components import (  # noqa: E402
    agreements,
    credit_lines,
    dates,
    events,
    fields,
    gazetteers,
    named_within,
    org_discovery,
    persons,
    relevance,
    sentences,
)

#: The pipeline, in order.
COMPONENTS: tuple[str, ...] = (
    sentences.NAME,
    dates.NAME,
    gazetteers.COUNTRIES,
    gazetteers.ORGANISATIONS,
    org_discovery.NAME,
    persons.NAME,
    fields.NAME,
    events.NAME,
    agreements.NAME,
    relevance.NAME,
    named_within.NAME,
    credit_lines.NAME,
)

__all__ = ["COMPONENTS", "DOC_EXTENSIONS", "register_extensions", "text_of",
           "agreements", "dates", "events", "fields", "gazetteers", "named_within", "persons", "relevance",
           "sentences"]
