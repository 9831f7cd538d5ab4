"""Find release texts in files, folders and tar archives, as streams.

Archives are read member by member (``tarfile`` stream mode), never unpacked, so the
90,000-release corpus costs one pass over its compressed bytes. Anything unreadable
becomes a :class:`Skipped` with a one-line reason instead of stopping the build.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import os
import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
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
            for member in release_files(path):
                yield _read_file(member)
        elif is_archive(path):
            yield from _iter_archive(path)
        else:
            yield _read_file(path)


def release_files(folder: Path) -> list[Path]:
    """The release files under ``folder``: ``sorted(p for p in folder.rglob("*.txt") if p.is_file())``.

    One ``os.scandir`` per folder, whose entries know their kind: ``rglob`` made a ``Path`` and
    asked the file system again for every file, which took longer than reading the 9,000 files
    of a slice. Like ``rglob``, it does not descend into linked folders and skips unreadable ones.
    """
    found: list[str] = []
    folders = [str(folder)]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                    elif entry.name.endswith(RELEASE_SUFFIX) and entry.is_file():
                        found.append(entry.path)
        except PermissionError:
            continue
    return sorted(map(Path, found))


def _read_file(path: Path) -> Source | Skipped:
    try:
        if path.stat().st_size > MAX_RELEASE_BYTES:
            return Skipped(str(path), "too large to be a release")
        return Source(str(path), path.read_bytes())
    except OSError as exc:
        return Skipped(str(path), f"unreadable ({exc.strerror or exc})")


def _iter_archive(path: Path) -> Iterator[Source | Skipped]:
    """The members of one archive: read by :func:`_fast_members`, which knows only the
    plain cases; on anything else (or any error) ``tarfile`` takes over where it stopped."""
    done = 0
    try:
        for item in _fast_members(path):
            yield item
            done += 1
        return
    except Exception:  # noqa: BLE001  (tarfile reads it again, and says what is wrong)
        pass
    yield from islice(_tarfile_members(path), done, None)


def _tarfile_members(path: Path) -> Iterator[Source | Skipped]:
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


class _Unusual(Exception):
    """A tar feature the fast reader leaves to ``tarfile``."""


#: Magic bytes of the compressions ``tarfile``'s ``r|*`` reads, and their stream readers.
_COMPRESSIONS = ((b"\x1f\x8b", gzip.open), (b"BZh", bz2.open), (b"\xfd7zXZ\x00", lzma.open))
_BLOCK = tarfile.BLOCKSIZE
_ZERO_BLOCK = bytes(_BLOCK)
_FILE_TYPES = (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE)


def _fast_members(path: Path) -> Iterator[Source | Skipped]:
    """What :func:`_tarfile_members` yields, for ustar, GNU and pax archives without
    sparse files, global headers or other rarities (those raise :class:`_Unusual`).

    ``tarfile`` spends ~0.35 ms of Python on each member's header; a 91,000-member
    archive read in the one process that feeds the workers made that half a minute.
    """
    with path.open("rb") as raw:
        magic = raw.read(6)
        raw.seek(0)
        opener = next((open_ for prefix, open_ in _COMPRESSIONS if magic.startswith(prefix)), None)
        stream = opener(raw) if opener else raw
        long_name: str | None = None
        pax: dict[str, str] = {}
        while True:
            header = stream.read(_BLOCK)
            if not header or header == _ZERO_BLOCK:
                return
            if len(header) < _BLOCK or _checksum(header) != _octal(header[148:156]):
                raise _Unusual("short or damaged header")
            kind = header[156:157]
            size = _octal(header[124:136])
            if kind in (tarfile.GNUTYPE_LONGNAME, tarfile.XHDTYPE):
                data = _read_exactly(stream, size)
                _skip_padding(stream, size)
                if kind == tarfile.GNUTYPE_LONGNAME:
                    long_name = data.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
                else:
                    pax = _pax_records(data)
                continue
            if kind not in _FILE_TYPES + (tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE):
                raise _Unusual(f"member type {kind!r}")
            name = _name(header) if long_name is None else long_name
            name = pax.get("path", name)
            size = int(pax["size"]) if "size" in pax else size
            long_name, pax = None, {}
            is_file = kind in _FILE_TYPES and not (kind == tarfile.AREGTYPE and name.endswith("/"))
            if not is_file or not name.endswith(RELEASE_SUFFIX):
                _skip(stream, size)
            elif size > MAX_RELEASE_BYTES:
                _skip(stream, size)
                yield Skipped(name, "too large to be a release")
            else:
                data = _read_exactly(stream, size)
                _skip_padding(stream, size)
                yield Source(name, data)


def _octal(field: bytes) -> int:
    if field[:1] in (b"\x80", b"\xff"):
        raise _Unusual("base-256 number")
    digits = field.split(b"\0", 1)[0].strip()
    return int(digits, 8) if digits else 0


def _checksum(header: bytes) -> int:
    return sum(header[:148]) + 8 * 0x20 + sum(header[156:])


def _name(header: bytes) -> str:
    """The member's name as ``tarfile`` reads it (names split into a ustar prefix go to it)."""
    name = header[:100].split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
    if header[345:500].split(b"\0", 1)[0]:  # tarfile puts any prefix in front of the name
        raise _Unusual("ustar prefix")
    return name


def _pax_records(data: bytes) -> dict[str, str]:
    """``path`` and ``size`` of a pax extended header; other keys are not needed here."""
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        length_end = data.index(b" ", pos)
        length = int(data[pos:length_end])
        key, _, value = data[length_end + 1:pos + length - 1].partition(b"=")
        if key.startswith(b"GNU.sparse") or key == b"hdrcharset":
            raise _Unusual("pax sparse file or charset")
        if key in (b"path", b"size"):
            records[key.decode()] = value.decode("utf-8", "surrogateescape")
        pos += length
    return records


def _read_exactly(stream, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise _Unusual("truncated member")
    return data


def _skip_padding(stream, size: int) -> None:
    if size % _BLOCK:
        _read_exactly(stream, _BLOCK - size % _BLOCK)


def _skip(stream, size: int) -> None:
    blocks = -(-size // _BLOCK) * _BLOCK
    while blocks:
        blocks -= len(_read_exactly(stream, min(blocks, 1 << 20)))


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
