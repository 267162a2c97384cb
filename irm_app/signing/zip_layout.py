"""The one zip layout a package may have, checked from raw bytes before any member is read.

A package is written in a single canonical form (fixed timestamps, permissions and versions, no
extra fields, comments, data descriptors, gaps, zip64 or compression), so every byte of the file is either
covered by a member hash and CRC or pinned to a known value here. That is what makes any single
changed byte detectable, and it shuts out the usual hostile-zip tricks (path traversal, symlinks,
duplicate names, prepended data, bombs) before a byte is trusted.
"""

from __future__ import annotations

import re
import stat
import struct
from dataclasses import dataclass
from typing import BinaryIO

from .errors import PackageError

# Canonical field values (what `package.write_package` emits through zipfile).
DATE_TIME = (1980, 1, 1, 0, 0, 0)
DOS_TIME, DOS_DATE = 0, (0 << 9) | (1 << 5) | 1
VERSION_MADE_BY = (3 << 8) | 20  # unix, 2.0
VERSION_NEEDED = 20
EXTERNAL_ATTR = (stat.S_IFREG | 0o644) << 16
METHODS = {0: "stored"}  # deflate has bits a flip can change without changing the output

MAX_TOTAL_SIZE = 2 * 1024**3  # sum of uncompressed member sizes
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000
MAX_CD_SIZE = 4 * 1024 * 1024

NAME_RE = re.compile(
    r"^(manifest\.json|manifest\.sig|assessment\.json|report\.pdf|report\.docx|evidence/[0-9a-f]{64})$"
)

_EOCD = struct.Struct("<4s4H2LH")
_CDH = struct.Struct("<4s6H3L5H2L")
_LFH = struct.Struct("<4s5H3L2H")


@dataclass(frozen=True)
class Entry:
    """One member as the central directory declares it (already checked against its local header)."""

    name: str
    method: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int
    data_offset: int


def _unreadable(msg: str, member: str | None = None) -> PackageError:
    return PackageError(msg, unreadable=True, member=member)


def _hostile(msg: str, member: str | None = None) -> PackageError:
    return PackageError(msg, unreadable=False, member=member)


def _read_at(f: BinaryIO, offset: int, n: int) -> bytes:
    f.seek(offset)
    data = f.read(n)
    if len(data) != n:
        raise _unreadable("truncated zip: unexpected end of file")
    return data


def check_name(name: str, names: re.Pattern[str] = NAME_RE) -> None:
    """Reject names that could escape a folder or shadow another member, then unknown names
    (`names`: the members this kind of file may hold; a review file has its own)."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise _hostile(f"member {name!r}: absolute path", name)
    if "\\" in name:
        raise _hostile(f"member {name!r}: backslash in name", name)
    if ".." in name.split("/"):
        raise _hostile(f"member {name!r}: '..' in path", name)
    if name.endswith("/"):
        raise _hostile(f"member {name!r}: directory entries are not allowed", name)
    if not names.match(name):
        raise _hostile(f"member {name!r}: not a member a package may contain", name)


def read_layout(f: BinaryIO, names: re.Pattern[str] = NAME_RE) -> list[Entry]:
    """Parse and check the whole zip structure; PackageError (unreadable or hostile) otherwise."""
    f.seek(0, 2)
    length = f.tell()
    if length < _EOCD.size:
        raise _unreadable("not a package: too short to be a zip")
    head = _read_at(f, 0, 4)
    if head not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise _unreadable("not a package: not a zip file")
    sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len = _EOCD.unpack(
        _read_at(f, length - _EOCD.size, _EOCD.size)
    )
    if sig != b"PK\x05\x06":
        tail = _read_at(f, max(0, length - 65557), min(length, 65557))
        at = tail.rfind(b"PK\x05\x06")
        if (
            at >= 0
            and len(tail) - at >= _EOCD.size
            and _EOCD.unpack_from(tail, at)[-1] == len(tail) - at - _EOCD.size
        ):
            raise _hostile("zip comment present (packages have none)")
        raise _unreadable("truncated or corrupt zip: no end-of-archive record at the end of the file")
    if comment_len:
        raise _unreadable("truncated or corrupt zip: archive comment missing")
    if disk or cd_disk or n_disk != n_total:
        raise _unreadable("corrupt zip: multi-disk archive fields set")
    if n_total == 0xFFFF or cd_offset == 0xFFFFFFFF or cd_size == 0xFFFFFFFF:
        raise _hostile("zip64 archives are not accepted")
    if n_total > MAX_MEMBERS or cd_size > MAX_CD_SIZE:
        raise _hostile(f"too many members ({n_total}) or central directory too large")
    if cd_offset + cd_size != length - _EOCD.size:
        raise _unreadable("truncated or corrupt zip: central directory does not end where it should")
    cd = _read_at(f, cd_offset, cd_size)
    entries = _parse_central_directory(cd, n_total, names)
    _check_local_headers(f, entries, cd_offset)
    return entries


def _parse_central_directory(cd: bytes, n_total: int, names: re.Pattern[str] = NAME_RE) -> list[Entry]:
    entries: list[Entry] = []
    seen: set[str] = set()
    total = 0
    pos = 0
    for _ in range(n_total):
        if pos + _CDH.size > len(cd):
            raise _unreadable("corrupt zip: central directory cut short")
        (sig, made_by, needed, flags, method, mtime, mdate, crc, csize, size,
         name_len, extra_len, comment_len, disk, int_attr, ext_attr, offset) = _CDH.unpack_from(cd, pos)  # fmt: skip
        if sig != b"PK\x01\x02":
            raise _unreadable("corrupt zip: bad central directory record")
        raw_name = cd[pos + _CDH.size : pos + _CDH.size + name_len]
        if len(raw_name) != name_len:
            raise _unreadable("corrupt zip: central directory cut short")
        pos += _CDH.size + name_len + extra_len + comment_len
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError:
            raise _hostile(f"member {raw_name!r}: name is not plain ASCII") from None
        check_name(name, names)
        if name in seen:
            raise _hostile(f"member {name!r}: appears more than once", name)
        seen.add(name)
        kind = stat.S_IFMT(ext_attr >> 16)
        if kind == stat.S_IFLNK:
            raise _hostile(f"member {name!r}: symbolic link", name)
        if flags & 0x1:
            raise _hostile(f"member {name!r}: encrypted", name)
        total += size
        if total > MAX_TOTAL_SIZE:
            raise _hostile(f"member {name!r}: total uncompressed size over {MAX_TOTAL_SIZE} bytes", name)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(csize, 1):
            raise _hostile(f"member {name!r}: compression ratio over {MAX_RATIO} (zip bomb)", name)
        if method not in METHODS:
            raise _hostile(
                f"member {name!r}: compression method {method} not accepted (members are stored)", name
            )
        if csize != size:
            raise _hostile(f"member {name!r}: stored size mismatch", name)
        fixed = (made_by, needed, flags, mtime, mdate, extra_len, comment_len, disk, int_attr, ext_attr)
        if fixed != (VERSION_MADE_BY, VERSION_NEEDED, 0, DOS_TIME, DOS_DATE, 0, 0, 0, 0, EXTERNAL_ATTR):
            raise _hostile(
                f"member {name!r}: central directory record is not in the package's canonical form", name
            )
        entries.append(Entry(name, method, crc, csize, size, offset, offset + _LFH.size + name_len))
    if pos != len(cd):
        raise _unreadable("corrupt zip: central directory size does not match its records")
    return entries


def _check_local_headers(f: BinaryIO, entries: list[Entry], cd_offset: int) -> None:
    """Members must sit back to back from offset 0, each local header repeating its CD record."""
    expected_offset = 0
    for e in sorted(entries, key=lambda e: e.header_offset):
        if e.header_offset != expected_offset:
            raise _hostile(f"member {e.name!r}: unexpected bytes before its header", e.name)
        (sig, needed, flags, method, mtime, mdate, crc, csize, size,
         name_len, extra_len) = _LFH.unpack(_read_at(f, e.header_offset, _LFH.size))  # fmt: skip
        if sig != b"PK\x03\x04":
            raise _unreadable(f"member {e.name!r}: corrupt local header", e.name)
        name = _read_at(f, e.header_offset + _LFH.size, name_len)
        local = (needed, flags, method, mtime, mdate, crc, csize, size, name, extra_len)
        central = (VERSION_NEEDED, 0, e.method, DOS_TIME, DOS_DATE, e.crc, e.compressed_size, e.size,
                   e.name.encode("ascii"), 0)  # fmt: skip
        if local != central:
            raise _hostile(f"member {e.name!r}: local header differs from the central directory", e.name)
        expected_offset = e.data_offset + e.compressed_size
    if expected_offset != cd_offset:
        raise _hostile("unexpected bytes between the last member and the central directory")
