"""A registry file's bytes, read safely, and decoded as UTF-8 with where it is not."""

from __future__ import annotations

import codecs
import errno
import os
import stat
from typing import TypeAlias

from rootcheck.model import Diagnostic
from rootcheck.positions import Position

StrPath: TypeAlias = "str | os.PathLike[str]"

#: Registry files larger than this are refused unread (claims are a few hundred bytes).
MAX_YAML_BYTES = 256 * 1024
_READ_ONLY = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def read_bytes(
    file: StrPath, shown: str, limit: int, info: os.stat_result | None = None
) -> tuple[bytes | None, list[Diagnostic]]:
    """A regular file's bytes, refused unread when over ``limit``; ``info`` is its status, if known."""
    try:
        info = os.stat(file) if info is None else info
        if not stat.S_ISREG(info.st_mode):
            return None, [Diagnostic.error(Position(shown), "not a regular file; replace it with one")]
        if info.st_size > limit:
            return None, [
                Diagnostic.error(Position(shown), f"file is {info.st_size:,} bytes; the limit is {limit:,}")
            ]
        data = _read_most(file, min(info.st_size, limit) + 1, limit + 1)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and os.path.islink(file):
            message = f"is a link to {os.readlink(file)}, which does not exist; put the file itself here"
        elif exc.errno == errno.ELOOP and os.path.islink(file):
            message = f"is a link to {os.readlink(file)}, which leads round a loop of links; put the file itself here"
        else:
            message = f"cannot read the file: {exc.strerror}"
        return None, [Diagnostic.error(Position(shown), message)]
    if len(data) > limit:
        return None, [Diagnostic.error(Position(shown), f"file is over the limit of {limit:,} bytes")]
    return data, []


def _read_most(file: StrPath, expected: int, most: int) -> bytes:
    """Up to ``most`` bytes, asking first for the ``expected`` ones (``open()`` costs twice the system calls)."""
    fd = os.open(file, _READ_ONLY)
    try:
        data = os.read(fd, expected)
        while len(data) < most:  # a file may say it is smaller than it is
            more = os.read(fd, min(most - len(data), 64 * 1024))
            if not more:
                break
            data += more
    finally:
        os.close(fd)
    return data


def decode(data: bytes, shown: str, encoding: str = "utf-8-sig") -> tuple[str | None, list[Diagnostic]]:
    """``data`` as UTF-8 text, or where the first byte that is not UTF-8 stands."""
    plain = encoding == "utf-8-sig" and not data.startswith(codecs.BOM_UTF8)
    try:  # without a byte-order mark, the same as 'utf-8-sig' (a codec written in Python)
        return data.decode("utf-8" if plain else encoding), []
    except UnicodeDecodeError as exc:
        raw = bytes(exc.object)  # offsets count from after the byte-order mark, if the codec took one off
        line = raw.count(b"\n", 0, exc.start) + 1
        col = len(raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8", "replace")) + 1
        saved = (
            " (it starts as UTF-16 does)"
            if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            else ""
        )
        return None, [
            Diagnostic.error(
                Position(shown, line, col),
                f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8{saved}",
            )
        ]
