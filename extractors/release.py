"""Turn the bytes of one thaigov release into a :class:`Release`.

A release file is: title line(s) (the first one prefixed ``รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-``),
a date line (``วันศุกร์ที่ 2 กุมภาพันธ์ 2567``; a few older files put ``19 ต.ค. 2566 4,669 1``
above the title), the title repeated once or twice, the body, and
``ที่มา : <thaigov URL>/news/contents/details/NNN``. Older files carry scraping
leftovers (CSS rules, ``พิมพ์``); those are kept out of the body without moving any offset:
``Release.text`` is the exact decoded text, and the body is a slice of it with the leftover
lines blanked.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from itertools import chain, islice

from extractors.dates import locate_date_line
from extractors.records import Release

#: The site prefix every scraped title starts with; it is not part of the title.
TITLE_PREFIX = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"
#: How many leading non-blank lines may hold the date line.
DATE_LINE_WINDOW = 8
#: Lines read ahead for the title and the date line.
HEAD_LINES = 16
#: The source line is looked for in this many trailing characters.
SOURCE_TAIL = 400
#: A release needs at least this many Thai letters to be one.
MIN_THAI_CHARS = 40

_SOURCE_LINE = re.compile(r"^\s*ที่มา\s*:?\s*(?P<url>https?://\S+)\s*$", re.MULTILINE)
_NEWS_ID = re.compile(r"/details/(\d+)")
# Scraping leftovers: CSS rules, the print button, rules of asterisks or dashes (one line each).
_JUNK_LINE = re.compile(r"^[ \t]*(?:[\w.#:-]+(?:[ \t]*,[ \t]*[\w.#:-]+)*[ \t]*\{[^{}\n]*\}|พิมพ์|\*{3,}|-{5,})[ \t]*$",
                        re.MULTILINE)
#: The page's own numeric date under its Thai date line (``10/02/2568``, then the print button and the title
#: again, in the archive's later layout): the page's head, not a date the body reports. Read as the body, it was
#: the first day the body named, and a signing the release tells with no day of its own took the release's day
#: (news 93208: fourteen Thai–Chinese documents signed in Beijing ``on February 6, 2025``, dated 10 February).
_PAGE_DATE = re.compile(r"[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]*$")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
#: At least MIN_THAI_CHARS Thai characters anywhere: one match in C, not a Python loop over hits.
_ENOUGH_THAI = re.compile(r"(?:[^\u0E00-\u0E7F]*+[\u0E00-\u0E7F]){%d}" % MIN_THAI_CHARS)
_SPACES = re.compile(r"\s+")


class NotARelease(ValueError):
    """The input decoded but is not a press release (the message says why)."""


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), else TIS-620 / cp874; raise ``NotARelease``.

    >>> decode("ข่าว".encode("cp874"))
    'ข่าว'
    >>> decode(b"\\xef\\xbb\\xbfabc")
    'abc'
    """
    if not data.strip():
        raise NotARelease("empty file")
    if b"\x00" in data[:4096]:
        raise NotARelease("binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # cp874 is TIS-620 plus a few punctuation marks; a Thai text decodes to mostly Thai letters.
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError as exc:
        raise NotARelease(f"undecodable text (neither UTF-8 nor TIS-620: byte {exc.start})") from exc
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(1 for c in letters if _THAI.match(c)) < 0.5 * len(letters):
        raise NotARelease("undecodable text (neither UTF-8 nor TIS-620)")
    return text


def _fold(text: str) -> str:
    # (str.split's white space is exactly re's \s; splitting and joining is 2.5 times faster than _SPACES.sub)
    return "".join(unicodedata.normalize("NFC", text).split())


def release_id(text: str, source_url: str | None) -> str:
    """The stable id: the thaigov news id when the URL is known, else a content hash.

    A content hash keeps one release one resource whatever path it is read from.
    """
    if source_url and (m := _NEWS_ID.search(source_url)):
        return f"thaigov-{m.group(1)}"
    return "sha-" + hashlib.sha256(_fold(text).encode("utf-8")).hexdigest()[:16]


def _line_spans(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text[start:stop]``, lazily: most releases need a few."""
    while start < stop:
        end = text.find("\n", start, stop)
        if end < 0:
            end = stop
        yield start, end - (1 if end > start and text[end - 1] == "\r" else 0)
        start = end + 1


def _is_title_echo(line: str, title_folded: str) -> bool:
    """The title again, whole or as one of the pieces it was wrapped into."""
    folded = _fold(line)
    return bool(folded) and (folded == title_folded or (len(folded) >= 8 and folded in title_folded))


def parse_release(text: str, source_path: str) -> Release:
    """Split decoded text into title, date, body and source; raise ``NotARelease``.

    >>> r = parse_release("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าว ก\\n\\nวันศุกร์ที่ 2 กุมภาพันธ์ 2567\\n"
    ...                   "ข่าว ก\\n" + "เนื้อข่าวภาษาไทย" * 5 + "\\n\\nที่มา : https://www.thaigov.go.th/news/contents/details/78348", "x.txt")
    >>> (r.id, r.title, r.issued.isoformat(), r.body[:10])
    ('thaigov-78348', 'ข่าว ก', '2024-02-02', 'เนื้อข่าวภ')
    """
    return _parse(text, source_path, keep_text=True)


def parse_release_head(text: str, source_path: str) -> Release:
    """``parse_release(text, source_path).without_text()``, for less.

    A release the screen rejects needs only its id, title, date and source in the graph:
    this skips locating the leftovers of the body, and keeps no text to carry between
    processes. It raises ``NotARelease`` exactly when ``parse_release`` does.
    """
    return _parse(text, source_path, keep_text=False)


def _parse(text: str, source_path: str, *, keep_text: bool) -> Release:
    if _ENOUGH_THAI.match(text) is None:
        raise NotARelease("not a release (too little Thai text)")
    source_url, stop = None, len(text)
    for m in _SOURCE_LINE.finditer(text, max(0, len(text) - SOURCE_TAIL)):
        source_url, stop = m.group("url"), m.start()

    lines = _line_spans(text, 0, stop)
    head = list(islice(lines, HEAD_LINES))
    head_text = [text[a:b] for a, b in head]
    issued, date_line = None, None
    if (found := locate_date_line(head_text, DATE_LINE_WINDOW)) is not None:
        date_line, issued, whole = found
        if not whole:
            date_line = None  # a date inside a heading: the line stays a title or body line

    title_line = next((i for i, line in enumerate(head_text) if line.strip() and i != date_line), None)
    if title_line is None:
        raise NotARelease("not a release (no title line)")
    title = head_text[title_line].strip().lstrip("\ufeff")
    if title.startswith(TITLE_PREFIX):
        title = title[len(TITLE_PREFIX):].strip()
    title = _SPACES.sub(" ", title)
    title_folded = _fold(title)

    # The body starts at the first line after the title and date that is not the title
    # again, a leftover or blank; the head list is extended lazily if the echoes run long.
    first = max(title_line, date_line if date_line is not None else -1) + 1
    body_start = None
    for start, end in chain(head[first:], lines):
        line = text[start:end]
        if line.strip() and not (_JUNK_LINE.match(line) or _PAGE_DATE.match(line)
                                 or _is_title_echo(line, title_folded)):
            body_start = start
            break
    if body_start is None:
        raise NotARelease("not a release (no body)")
    if not keep_text:
        return Release(id=release_id(text, source_url), source_path=source_path, text="", title=title,
                       issued=issued, body_start=0, body_end=0, source_url=source_url)
    body_end = len(text[:stop].rstrip())
    masked = tuple(m.span() for m in _JUNK_LINE.finditer(text, body_start, body_end))
    return Release(
        id=release_id(text, source_url),
        source_path=source_path,
        text=text,
        title=title,
        issued=issued,
        body_start=body_start,
        body_end=body_end,
        source_url=source_url,
        masked=masked,
    )
