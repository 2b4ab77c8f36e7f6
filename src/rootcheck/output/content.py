"""What a job hands the writer: a file's bytes, whole or in the pieces they were put together from."""

from __future__ import annotations

from dataclasses import dataclass


# Compared by identity: the same bytes may stand in pieces cut anywhere.
@dataclass(frozen=True, slots=True, eq=False)
class Pieces:
    """A file's bytes as pieces written one after another, never joined in memory.

    After one claim changed, an export of 10,000 claims is a few views into
    the export as last published and one part made afresh. Joining them
    would copy 30 MB into memory the process must first be given, only to
    write it out: timed on this project's machines, reading such an export
    and writing it again took 48 ms joined and 20 ms written piece by piece.
    """

    parts: tuple[bytes | memoryview, ...]

    def __bytes__(self) -> bytes:
        return b"".join(self.parts)


#: A file's content as a job makes it.
Content = bytes | Pieces


def as_bytes(content: Content) -> bytes:
    """The content whole, for callers that keep it rather than write it."""
    return content if isinstance(content, bytes) else bytes(content)
