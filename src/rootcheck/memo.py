"""Results of pure, costly steps kept between runs, keyed by digests of everything they read.

Proving a quote and folding its source for a Text Fragment are pure
functions of the claim, its source document and rootcheck's own code, so a
run can reuse the previous run's answer for every claim that did not change.
Each step keeps one file in the cache folder: a header, a checksum, and the
pickled entries. A file that is unreadable, truncated, of another format or
whose checksum does not match is ignored whole — the run computes everything
afresh — and only entries used by the latest run are written back, so the
file never outgrows the registry.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import rootcheck

_HEADER = b"rootcheck-memo 1\n"
_CHECKSUM_BYTES = 32


def digest(parts: Iterable[str | bytes]) -> str:
    """A digest of several values that cannot collide by moving text from one into the next."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@cache
def text_digest(text: str) -> str:
    """A source's text as a key part; proving quotes and placing passages both key by it, once per run."""
    return digest([text])


def files_of(folder: Path) -> list[tuple[str, bytes]]:
    """Every file under ``folder`` as (POSIX path relative to it, content), in path order."""
    return sorted(
        (p.relative_to(folder).as_posix(), p.read_bytes()) for p in folder.rglob("*") if p.is_file()
    )


@cache
def code_digest() -> str:
    """rootcheck's version and every file of its code and theme: an upgrade computes everything again."""
    package = Path(rootcheck.__file__).parent
    files = [(name, data) for name, data in files_of(package) if not name.endswith((".pyc", ".pyo"))]
    return digest([rootcheck.__version__, *(part for name, data in files for part in (name, data))])


class Memo:
    """One step's remembered results; a ``None`` folder remembers nothing."""

    def __init__(self, folder: Path | None, step: str) -> None:
        self.path = folder / f"{step}.memo" if folder is not None else None
        self.old: dict[str, object] = self._read() if self.path is not None else {}
        self.kept: dict[str, object] = {}

    def _read(self) -> dict[str, object]:
        assert self.path is not None
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        head, body = data[: len(_HEADER) + _CHECKSUM_BYTES], data[len(_HEADER) + _CHECKSUM_BYTES :]
        if head != _HEADER + hashlib.blake2b(body, digest_size=_CHECKSUM_BYTES).digest():
            return {}
        try:
            entries = pickle.loads(body)
        except Exception:  # a checksum match makes this unlikely; never let the cache break a run
            return {}
        return entries if isinstance(entries, dict) else {}

    def get(self, key: str) -> object | None:
        value = self.old.get(key)
        if value is not None:
            self.kept[key] = value
        return value

    def put(self, key: str, value: object) -> None:
        self.kept[key] = value

    def save(self) -> None:
        """Write back what this run used; a cache that cannot be written costs only speed."""
        if self.path is None or self.kept.keys() == self.old.keys():
            return
        body = pickle.dumps(self.kept, protocol=pickle.HIGHEST_PROTOCOL)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            temporary.write_bytes(
                _HEADER + hashlib.blake2b(body, digest_size=_CHECKSUM_BYTES).digest() + body
            )
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
