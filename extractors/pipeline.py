"""The extraction pipeline: a spaCy ``th`` pipeline over PyThaiNLP tokens.

Each component is a callable ``Doc -> Doc`` registered under a versioned name (see
``extractors/components``); they communicate through ``doc.spans`` groups and ``doc._``
attributes. The Doc's text is the release text up to the end of the body, normalised
one character for one (``extractors.text.normalise``), so every offset a component
records is an offset into ``Release.text``.

A cheap phrase screen (``extractors.screen``) runs first: releases that cannot be about
digital cooperation skip the tokeniser and the components altogether (with ``keep_all``,
those that name an agreement instrument are read all the same).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from extractors import thainlp  # noqa: F401  (configures PyThaiNLP before spaCy's th imports it)

import spacy
from spacy.language import Language

from extractors.components import COMPONENTS, register_extensions
from extractors.records import Extraction, Release
from extractors.screen import has_agreement_cue, passage_hits, screen, term_hits
from extractors.text import normalise
from extractors.tokenizer import NAME as TOKENIZER

#: Bumped whenever a change alters what the extractors produce.
EXTRACTOR_VERSION = "0.1.0"
#: Bodies longer than this are read only around their agreement-and-digital passages.
LONG_RELEASE = 20_000
#: Lines kept before and after each such passage (a cabinet item's heading and its body).
FOCUS_BEFORE = 8
FOCUS_AFTER = 12
_LINE = re.compile(r"[^\n]+")
#: A cabinet-summary item's heading, and one about a meeting's outcome documents or a declaration.
_ITEM_HEAD = re.compile(r"[ \t]*\d{1,3}[ \t]*\.[ \t]*เรื่อง")
_OUTCOME_HEAD = re.compile(r"เอกสารผลลัพธ์|ปฏิญญา|แถลงการณ์|ถ้อยแถลง")
#: Lines of such an item read at most (its drafts, then their descriptions).
OUTCOME_ITEM_LINES = 40


def build_nlp(tokenizer: str = TOKENIZER) -> Language:
    """A blank ``th`` pipeline (PyThaiNLP newmm word tokens, cut by nlpo3) with coopgraph's components.

    ``build_nlp("coopgraph.ThaiTokenizer.v1")`` tokenises with the pure-Python newmm instead;
    the extraction is the same.
    """
    register_extensions()
    nlp = spacy.blank("th", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer}}})
    # The components read character offsets, never a token's lexical attributes (like_num,
    # is_ascii, shape …): computing them for every new word string was a tenth of the pipeline.
    nlp.vocab.lex_attr_getters = {}
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    return build_nlp()


def doc_text(release: Release) -> str:
    """The text the pipeline reads: everything up to the body's end, leftovers blanked.

    Long releases (cabinet summaries run to 200,000 characters over dozens of unrelated
    items) are read only around their agreement-and-digital passages: the rest is blanked,
    which keeps every offset and costs the tokeniser next to nothing.
    """
    text = release.text[:release.body_end]
    for start, end in release.masked:
        text = text[:start] + " " * (end - start) + text[end:]
    if len(text) - release.body_start > LONG_RELEASE:
        text = focus(text, release.body_start)
    return normalise(text)


def focus(text: str, body_start: int) -> str:
    """Blank every line of the body that is not near an instrument-and-digital passage."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, body_start)]
    line_starts = [start for start, _ in lines]
    # one pass over the body, not one per line (terms hold no line break, so each hit is in one line)
    hot = sorted({bisect_right(line_starts, at) - 1 for at in passage_hits(text, body_start)} - {-1})
    keep = set()
    for i in hot:
        keep.update(range(max(0, i - FOCUS_BEFORE), min(len(lines), i + FOCUS_AFTER + 1)))
    for first, last in _outcome_items(text, lines):
        keep.update(range(first, min(last, first + OUTCOME_ITEM_LINES)))
    pieces, pos = [], body_start
    for i, (start, end) in enumerate(lines):
        if i not in keep:
            pieces.append(text[pos:start])
            pieces.append(" " * (end - start))
            pos = end
    pieces.append(text[pos:])
    return text[:body_start] + "".join(pieces)


def _outcome_items(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first line, end line) of each cabinet-summary item on a meeting's outcome documents that names
    anything digital. Such an item lists its drafts by name and describes each further down
    (``5. เรื่อง ขอความเห็นชอบต่อร่างเอกสารผลลัพธ์… 1. … (4) ร่างปฏิญญาดานังว่าด้วย “สื่อ…” … สาระสำคัญ …
    ข่าวลวง…``, news 72332): no MOU and no specific digital term stands near the drafts' names."""
    heads = [i for i, (start, end) in enumerate(lines) if _ITEM_HEAD.match(text, start, end)]
    out = []
    for k, i in enumerate(heads):
        end_line = heads[k + 1] if k + 1 < len(heads) else len(lines)
        if not _OUTCOME_HEAD.search(text, *lines[i]):
            continue
        lo, hi = lines[i][0], lines[min(end_line, i + OUTCOME_ITEM_LINES) - 1][1]
        if any(term.kind == "digital" for _, term in term_hits(text[lo:hi])):
            out.append((i, end_line))
    return out


def extract(release: Release, *, keep_all: bool = False, nlp: Language | None = None) -> Extraction:
    """Everything coopgraph reads from one release.

    Off-topic releases (by the screen) are returned without running the pipeline. With
    ``keep_all`` (every agreement the extractors can find), so are off-topic releases that
    name no agreement instrument at all (``extractors.screen.has_agreement_cue``): the
    agreements extractor could find none in them, so their agreements are the same and
    only their mentions and events are not read.
    """
    on_topic = screen(release.text[:release.body_end], release.body_start)
    if not on_topic and not keep_all:
        return Extraction(release=release, relevant=False)
    text = doc_text(release)
    if not on_topic and not has_agreement_cue(text):
        return Extraction(release=release, relevant=False)
    return read(release, text, nlp)


def read(release: Release, text: str, nlp: Language | None = None) -> Extraction:
    """Run the pipeline over ``text`` (the release's :func:`doc_text`), no screen."""
    nlp = nlp or default_nlp()
    doc = nlp.make_doc(text)
    doc.user_data["release"] = release
    doc.user_data["text"] = text
    for _, component in nlp.pipeline:
        doc = component(doc)
    return Extraction(
        release=release,
        relevant=bool(doc._.relevant),
        countries=tuple(doc._.countries),
        organisations=tuple(doc._.organisations),
        persons=tuple(doc._.persons),
        agreements=tuple(doc._.agreements),
        events=tuple(doc._.events),
    )


@lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    """The version of each component, recorded by the build activity."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        package = version("coopgraph")
    except PackageNotFoundError:  # running from a source tree that was never installed
        package = "unknown"
    return {"coopgraph": package, "coopgraph-extractors": EXTRACTOR_VERSION,
            **{name: name.rsplit("_", 1)[-1] for name in COMPONENTS}}
