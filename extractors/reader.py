"""Find release texts in files, folders and tar archives, as streams.

Archives are read member by member (``tarfile`` stream mode), never unpacked, so the
90,000-release corpus costs one pass over its compressed bytes. Anything unreadable
becomes a :class:`Skipped` with a one-line reason instead of stopping the build.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extractors.records import Release, Skipped
from extractors.release import NotARelease, decode, parse_release

#: Archive suffixes read as tar streams.
ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
#: Inside folders and archives, only these files are releases (READMEs, scripts are not).
RELEASE_SUFFIX = ".txt"
#: Bigger files are not press releases.
MAX_RELEASE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """The raw bytes of one candidate release and where they came from."""

    path: str
    data: bytes


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def iter_sources(inputs: Iterable[str | Path]) -> Iterator[Source | Skipped]:
    """Every candidate release under ``inputs``: files, folders (recursively), archives.

    Folders are walked in sorted order so builds are reproducible.
    """
    for given in inputs:
        path = Path(given)
        if not path.exists():
            yield Skipped(str(path), "no such file or folder")
        elif path.is_dir():
            for member in sorted(p for p in path.rglob(f"*{RELEASE_SUFFIX}") if p.is_file()):
                yield _read_file(member)
        elif is_archive(path):
            yield from _iter_archive(path)
        else:
            yield _read_file(path)


def _read_file(path: Path) -> Source | Skipped:
    try:
        if path.stat().st_size > MAX_RELEASE_BYTES:
            return Skipped(str(path), "too large to be a release")
        return Source(str(path), path.read_bytes())
    except OSError as exc:
        return Skipped(str(path), f"unreadable ({exc.strerror or exc})")


def _iter_archive(path: Path) -> Iterator[Source | Skipped]:
    try:
        with tarfile.open(path, mode="r|*") as archive:
            for member in archive:
                if not member.isfile() or not member.name.endswith(RELEASE_SUFFIX):
                    continue
                if member.size > MAX_RELEASE_BYTES:
                    yield Skipped(member.name, "too large to be a release")
                    continue
                handle = archive.extractfile(member)
                if handle is None:
                    yield Skipped(member.name, "unreadable archive member")
                    continue
                yield Source(member.name, handle.read())
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield Skipped(str(path), f"unreadable archive ({exc})")


def read_release(source: Source) -> Release | Skipped:
    """Decode and parse one source; a bad one becomes a ``Skipped`` with its reason."""
    try:
        return parse_release(decode(source.data), source.path)
    except NotARelease as exc:
        return Skipped(source.path, str(exc))


def iter_releases(inputs: Iterable[str | Path]) -> Iterator[Release | Skipped]:
    """Releases (and skipped inputs) in input order."""
    for item in iter_sources(inputs):
        yield item if isinstance(item, Skipped) else read_release(item)
