"""Stable IRIs for everything the project mints, under ``https://w3id.org/coopgraph/id/``.

An IRI is derived from what identifies the thing after resolution (a registry key, an ISO
code, a normalised name, an agreement's parties and date), never from where it was read,
so two builds of the same inputs, or the same release read from another path, agree.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from rdflib import URIRef

from ontology import ID

_SPACES = re.compile(r"\s+")
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def fold(label: str) -> str:
    """The resolution key of a label: NFC, no white space, Latin lower-cased.

    >>> fold("กระทรวงดิจิทัลเพื่อเศรษฐกิจ\\nและสังคม") == fold("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    True
    """
    return _SPACES.sub("", unicodedata.normalize("NFC", label)).lower()


def digest(*parts: str, size: int = 12) -> str:
    """A short, stable hex digest of ``parts``."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def slug(key: str) -> str:
    """An IRI-safe local name for a registry key."""
    return _SAFE.sub("-", key).strip("-") or digest(key)


def release_iri(release_id: str) -> URIRef:
    return ID[f"release/{slug(release_id)}"]


# The IRIs of actors recur in release after release: each is minted once (an rdflib URIRef
# is checked character by character when it is made, and an org key is slugged first).
@cache
def country_iri(code: str) -> URIRef:
    return ID[f"country/{code.upper()}"]


@cache
def org_iri(key: str) -> URIRef:
    return ID[f"org/{slug(key)}"]


@cache
def person_iri(name: str) -> URIRef:
    return ID[f"person/{digest(fold(name))}"]


def post_iri(person_name: str, post_label: str) -> URIRef:
    return ID[f"post/{digest(fold(person_name), fold(post_label))}"]


def event_iri(label: str, start: str | None) -> URIRef:
    return ID[f"event/{digest(fold(label), start or '')}"]


def agreement_iri(kind: str, parties: Iterable[str], when: str) -> URIRef:
    """Same kind, same parties, same date (or year) → the same agreement."""
    return ID[f"agreement/{digest(kind, *sorted(set(parties)), when)}"]


BUILD_ACTIVITY = ID["build"]
