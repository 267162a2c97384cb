"""Which paths can be read as input files: regular files under a size limit, nothing else.

Its own module, importing only the standard library, because every command that reads a file
asks it first (`cli.common.input_file`), `irm-app verify` included, which imports no library code.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = {stat.S_IFIFO: "a named pipe", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


def regular_file_problem(path: Path, limit: int) -> str | None:
    """Why `path` cannot be read as an input file (None if it can): only regular files under the limit.

    Why stat before open: opening a named pipe blocks until a writer comes, and /dev/zero never ends.
    """
    try:
        st = os.stat(path)
    except OSError as e:
        return f"cannot read the file ({e.strerror})"
    return stat_problem(st, limit)


def stat_problem(st: os.stat_result, limit: int) -> str | None:
    if not stat.S_ISREG(st.st_mode):
        return f"not a regular file ({_KINDS.get(stat.S_IFMT(st.st_mode), 'a special file')}); only files can be used"
    if st.st_size > limit:
        return f"too large ({st.st_size:,} bytes, limit {limit:,})"
    return None
