"""Turn the bytes of one thaigov release into a :class:`Release`.

A release file is: title line(s) (the first one prefixed ``รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-``),
a date line (``วันศุกร์ที่ 2 กุมภาพันธ์ 2567``; a few older files put ``19 ต.ค. 2566 4,669 1``
above the title), the title repeated once or twice, the body, and
``ที่มา : http://www.thaigov.go.th/news/contents/details/NNN``. Older files carry scraping
leftovers (CSS rules, ``พิมพ์``); those are kept out of the body without moving any offset:
``Release.text`` is the exact decoded text, and the body is a slice of it with the leftover
lines blanked.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from itertools import islice

from extractors.dates import find_date_line, parse_date_line
from extractors.records import Release

#: The site prefix every scraped title starts with; it is not part of the title.
TITLE_PREFIX = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"
#: How many leading non-blank lines may hold the date line.
DATE_LINE_WINDOW = 8
#: A release needs at least this many Thai letters to be one.
MIN_THAI_CHARS = 40

_SOURCE_LINE = re.compile(r"^\s*ที่มา\s*:?\s*(?P<url>https?://\S+)\s*$", re.MULTILINE)
_NEWS_ID = re.compile(r"/details/(\d+)")
_CSS_LINE = re.compile(r"^\s*[\w.#:-]+(\s*,\s*[\w.#:-]+)*\s*\{[^{}]*\}\s*$")
_LEFTOVER_LINE = re.compile(r"^\s*(พิมพ์|\*{3,}|-{5,})\s*$")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
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
    return _SPACES.sub("", unicodedata.normalize("NFC", text))


def release_id(text: str, source_url: str | None) -> str:
    """The stable id: the thaigov news id when the URL is known, else a content hash.

    A content hash keeps one release one resource whatever path it is read from.
    """
    if source_url and (m := _NEWS_ID.search(source_url)):
        return f"thaigov-{m.group(1)}"
    return "sha-" + hashlib.sha256(_fold(text).encode("utf-8")).hexdigest()[:16]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        spans.append((pos, pos + len(stripped)))
        pos += len(line)
    return spans


def _is_title_echo(line: str, title_folded: str) -> bool:
    """The title again, whole or as one of the pieces it was wrapped into."""
    folded = _fold(line)
    return bool(folded) and (folded == title_folded or (len(folded) >= 8 and folded in title_folded))


def parse_release(text: str, source_path: str) -> Release:
    """Split decoded text into title, date, body and source; raise ``NotARelease``.

    >>> r = parse_release("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าว ก\\n\\nวันศุกร์ที่ 2 กุมภาพันธ์ 2567\\n"
    ...                   "ข่าว ก\\n" + "เนื้อข่าวภาษาไทย" * 5 + "\\n\\nที่มา : http://www.thaigov.go.th/news/contents/details/78348", "x.txt")
    >>> (r.id, r.title, r.issued.isoformat(), r.body[:10])
    ('thaigov-78348', 'ข่าว ก', '2024-02-02', 'เนื้อข่าวภาษาไ')
    """
    if sum(1 for _ in islice(_THAI.finditer(text), MIN_THAI_CHARS)) < MIN_THAI_CHARS:
        raise NotARelease("not a release (too little Thai text)")
    lines = _lines(text)
    line_text = [text[s:e] for s, e in lines]

    source_url, body_end_line = None, len(lines)
    for i in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        if m := _SOURCE_LINE.match(line_text[i]):
            source_url, body_end_line = m.group("url"), i
            break

    issued, date_line = None, None
    if (found := find_date_line(line_text[:body_end_line], DATE_LINE_WINDOW)) is not None:
        date_line, issued = found
        if parse_date_line(line_text[date_line]) is None:
            date_line = None  # a date inside a heading: the line stays a title or body line

    title_line = next((i for i, line in enumerate(line_text[:body_end_line])
                       if line.strip() and i != date_line), None)
    if title_line is None:
        raise NotARelease("not a release (no title line)")
    title = line_text[title_line].strip().lstrip("\ufeff")
    if title.startswith(TITLE_PREFIX):
        title = title[len(TITLE_PREFIX):].strip()
    title = _SPACES.sub(" ", title)
    title_folded = _fold(title)

    first = max(title_line, date_line if date_line is not None else -1) + 1
    masked: list[tuple[int, int]] = []
    body_line = None
    for i in range(first, body_end_line):
        line = line_text[i]
        if not line.strip():
            continue
        if _LEFTOVER_LINE.match(line) or _CSS_LINE.match(line) or (
                body_line is None and _is_title_echo(line, title_folded)):
            if body_line is not None:
                masked.append(lines[i])
            continue
        if body_line is None:
            body_line = i
    if body_line is None:
        raise NotARelease("not a release (no body)")
    last = max(i for i in range(body_line, body_end_line) if line_text[i].strip())
    body_start, body_end = lines[body_line][0], lines[last][1]
    masked = [(s, e) for s, e in masked if s < body_end]
    return Release(
        id=release_id(text, source_url),
        source_path=source_path,
        text=text,
        title=title,
        issued=issued,
        body_start=body_start,
        body_end=body_end,
        source_url=source_url,
        masked=tuple(masked),
    )
