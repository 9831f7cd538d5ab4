"""Real passages of the thaigov archive made into releases, for tests that run the whole pipeline.

A passage becomes a release of its own: a title, the date line that dates it, the title again
(as releases repeat it) and the passage as the body. Read with ``keep_all`` (``build --all``):
every agreement the extractors find, digital or not, so a test sees what the rules decide.
"""

from __future__ import annotations

from extractors.pipeline import doc_text, extract, read
from extractors.records import AgreementRecord, Extraction
from extractors.release import parse_release

#: The title a passage gets when its own does not matter.
TITLE = "ข่าว"


def _release(body: str, day: str, title: str):
    return parse_release(f"{title}\n{day}\n{title}\n{body}\n", "snippet.txt")


def read_passage(body: str, day: str, title: str = TITLE, *, keep_all: bool = True) -> Extraction:
    """The whole pipeline over ``body`` as a release dated by ``day`` (``วันพุธที่ 22 กันยายน 2564``)."""
    return extract(_release(body, day, title), keep_all=keep_all)


def read_unscreened(body: str, day: str, title: str = TITLE) -> Extraction:
    """Every component over ``body`` as a release, with no screen before them: what the components read (the actors a
    passage names, its credit lines) whatever the screen would decide."""
    release = _release(body, day, title)
    return read(release, doc_text(release))


def agreements_with_status(body: str, day: str, title: str = TITLE) -> list[AgreementRecord]:
    """The agreements read from the passage that have a status (a bare mention has none)."""
    return [a for a in read_passage(body, day, title).agreements if a.status]


def only_agreement(body: str, day: str, title: str = TITLE) -> AgreementRecord:
    """The one agreement with a status the passage reports (the test fails on none or several)."""
    found = agreements_with_status(body, day, title)
    assert len(found) == 1, found
    return found[0]


def relevant_as_written_and_changed(body: str, day: str, title: str, old: str, new: str) -> tuple[bool, bool]:
    """Relevance of a passage as written and with ``old`` changed to ``new``: a rule and its guard in one reading."""
    changed = body.replace(old, new)
    assert changed != body
    return read_passage(body, day, title).relevant, read_passage(changed, day, title).relevant
