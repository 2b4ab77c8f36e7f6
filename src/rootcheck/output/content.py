"""What a job hands the writer: a file's bytes, whole or in the pieces they were put together from."""

from __future__ import annotations

import mmap
import os
import weakref
from dataclasses import dataclass
from typing import BinaryIO


class Mapped:
    """A file opened and mapped read-only: read in place, and copied from by the kernel.

    After one claim changed, most of an export is copied from the export as
    last published. Read into memory, 32 MB of it would first have to be
    given to the process, page by page, only to be written out again; mapped,
    the few bytes compared are read where they lie, and the rest is copied
    file to file (:class:`Excerpt`). The file must not change while it is
    mapped: a site's files are replaced, never written through.
    """

    def __init__(self, path: str) -> None:
        fd = os.open(path, os.O_RDONLY)
        # Closed when this object goes, which may be in a forked worker that wrote its excerpts.
        weakref.finalize(self, os.close, fd)
        self.fd = fd
        #: The file's status as mapped: what a caller checks it against, with no second look.
        self.info = os.fstat(fd)
        size = self.info.st_size
        self.view = memoryview(mmap.mmap(fd, size, access=mmap.ACCESS_READ) if size else b"")

    def excerpt(self, start: int, end: int) -> Excerpt:
        return Excerpt(self, start, end)


@dataclass(frozen=True, slots=True, eq=False)
class Excerpt:
    """Bytes ``start:end`` of a mapped file, as they stand there."""

    source: Mapped
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def __bytes__(self) -> bytes:
        return bytes(self.source.view[self.start : self.end])

    def copy_to(self, file: BinaryIO) -> None:
        """Append these bytes to ``file``, in the kernel where it can: they never pass through this process."""
        file.flush()
        at, left = self.start, len(self)
        try:
            while left:
                copied = os.copy_file_range(self.source.fd, file.fileno(), left, at)
                if not copied:
                    break  # the file is shorter than mapped: what is left is written below, and fails
                at, left = at + copied, left - copied
        except (AttributeError, OSError):  # not Linux, or not between these two file systems
            pass
        rest = self.source.view[at : at + left]
        if len(rest) < left:
            raise OSError(f"a file copied from was cut short while mapped, at byte {at + len(rest)}")
        file.write(rest)


# Compared by identity: the same bytes may stand in pieces cut anywhere.
@dataclass(frozen=True, slots=True, eq=False)
class Pieces:
    """A file's bytes as pieces written one after another, never joined in memory.

    After one claim changed, an export of 10,000 claims is a few excerpts of
    the export as last published and one part made afresh. Joining them
    would copy 30 MB into memory the process must first be given, only to
    write it out: timed on this project's machines, reading such an export
    and writing it again took 48 ms joined and 20 ms written piece by piece;
    in a fresh process, 39 ms read and written, 22 ms copied by the kernel.
    """

    parts: tuple[bytes | memoryview | Excerpt, ...]

    def write_to(self, file: BinaryIO) -> None:
        for part in self.parts:
            if isinstance(part, Excerpt):
                part.copy_to(file)
            else:
                file.write(part)

    def __bytes__(self) -> bytes:
        return b"".join(bytes(part) if isinstance(part, Excerpt) else part for part in self.parts)


#: A file's content as a job makes it.
Content = bytes | Pieces


def as_bytes(content: Content) -> bytes:
    """The content whole, for callers that keep it rather than write it."""
    return content if isinstance(content, bytes) else bytes(content)
