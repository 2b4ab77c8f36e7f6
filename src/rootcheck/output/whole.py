"""Files written whole or not at all: whoever reads one sees the old file or the new one, never part
of either, whatever stops the writer (a full disk, Ctrl-C, a killed process).

A registry file an editor keeps (``rename``, ``pin``, ``schema``) and a file of the cache (a memo,
a manifest) are written the same way: into a new file beside the old one, moved over it once complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def new_file_mode() -> int:
    """The mode a new file is given under this process's umask, which can only be read by setting it."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_whole(path: Path, *chunks: bytes, mode: int | None = None) -> os.stat_result:
    """Write ``chunks`` to ``path`` in one step, with ``mode``'s permission bits (a new file's where None).

    What was written is returned as the file's status, taken before it replaced the old one: a memo
    knows its file by it. On any failure, an interrupt included, the part written is removed and the
    failure raised; the old file stays as it was.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.writelines(chunks)
            file.flush()
            status = os.fstat(file.fileno())
        os.chmod(temporary, (new_file_mode() if mode is None else mode) & 0o777)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return status
