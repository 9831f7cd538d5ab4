"""Frozen records that flow from the extractors to the graph builder.

Every record that comes from text keeps the character offsets of what it was read from,
into ``Release.text`` (the exact decoded text), so that the graph can cite its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class Span:
    """Where something was seen: ``Release.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Release:
    """One press release as read from a file or an archive member."""

    id: str                      # stable: the thaigov news id, else a content hash
    source_path: str             # the path or archive member as given
    text: str                    # the exact decoded text all offsets point into
    title: str
    issued: date | None
    body_start: int              # body = text[body_start:body_end]
    body_end: int
    source_url: str | None = None
    masked: tuple[tuple[int, int], ...] = ()  # scraping leftovers inside the body

    def without_text(self) -> "Release":
        """The same release minus its text: what the graph needs, cheap to pass between processes."""
        return replace(self, text="", masked=(), body_start=0, body_end=0)

    @property
    def body(self) -> str:
        """The body with leftover lines blanked: ``body[i]`` is ``text[body_start + i]``."""
        body = self.text[self.body_start:self.body_end]
        for start, end in self.masked:
            a, b = start - self.body_start, end - self.body_start
            body = body[:a] + " " * (b - a) + body[b:]
        return body


@dataclass(frozen=True)
class Skipped:
    """An input that was not a readable release, and why."""

    source_path: str
    reason: str


@dataclass(frozen=True)
class CountryMention:
    code: str                    # ISO 3166-1 alpha-2
    span: Span


@dataclass(frozen=True)
class OrgMention:
    key: str                     # registry key, or a key derived from the canonical label
    label: str                   # canonical label (Thai where known)
    span: Span
    country: str | None = None   # ISO alpha-2 of the country it belongs to
    registered: bool = True      # False when discovered from its shape only
    written: tuple[str, ...] = ()  # other forms of the name written here: with or without its country, with บริษัท


@dataclass(frozen=True)
class PersonMention:
    name: str                    # without honorifics or titles
    span: Span
    post: str | None = None      # the post as the text names it, expanded
    org_key: str | None = None   # organisation of that post


@dataclass(frozen=True)
class ActorRef:
    """A party: an organisation (by key) or a country (by alpha-2)."""

    kind: str                    # "org" | "country"
    key: str


@dataclass(frozen=True)
class EventRecord:
    label: str
    span: Span
    kind: str = "meeting"        # meeting | forum | conference | visit | call
    start: date | None = None
    end: date | None = None
    country: str | None = None
    participants: tuple[ActorRef, ...] = ()


@dataclass(frozen=True)
class AgreementRecord:
    kind: str                    # mou | loi | declaration | agreement
    status: str                  # signed | planned | approved
    span: Span                   # the sentence(s) it was read from
    title: str | None = None
    parties: tuple[ActorRef, ...] = ()
    signatories: tuple[str, ...] = ()   # person names
    witnesses: tuple[str, ...] = ()
    signing_date: date | None = None
    place: str | None = None     # ISO alpha-2 of the signing place's country
    fields: tuple[str, ...] = ()  # notations of the cooperation-field scheme
    duration_years: int | None = None
    event: int | None = None     # index into Extraction.events


@dataclass(frozen=True)
class Extraction:
    """All that was read from one release."""

    release: Release
    relevant: bool
    countries: tuple[CountryMention, ...] = ()
    organisations: tuple[OrgMention, ...] = ()
    persons: tuple[PersonMention, ...] = ()
    agreements: tuple[AgreementRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
