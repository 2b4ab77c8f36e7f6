"""Writing the built site so that nobody ever sees half of it.

The new site is written into a fresh folder beside the target and then
exchanged with the old one in a single ``renameat2(RENAME_EXCHANGE)`` call, so
a reader — or a build killed at any instant — finds either the old site or the
new one. Where the kernel lacks that call, two renames are used and a later
build restores the old site if it was interrupted between them.

A folder is only ever replaced if it is empty or carries :data:`MARKER`, the
file every rootcheck output holds: rootcheck never deletes what it did not make.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rootcheck.errors import RootcheckError

MARKER = ".rootcheck-site"
_PROTECTED = ("seeds", "claims", "comparisons", "templates")
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def check_out_dir(out: Path, root: Path) -> None:
    """Refuse an output folder whose replacement could destroy anything else."""
    out, root = out.resolve(), root.resolve()
    if out == root or out in root.parents:
        raise RootcheckError(
            f"--out {out} is the root or holds it; choose a folder of its own, such as {root / 'site'}"
        )
    for name in _PROTECTED:
        folder = root / name
        if out == folder or folder in out.parents:
            raise RootcheckError(f"--out {out} is inside {name}/; choose a folder of its own")
    if out.exists():
        if not out.is_dir() or out.is_symlink():
            raise RootcheckError(f"--out {out} exists and is not a folder; nothing was written")
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise RootcheckError(
                f"--out {out} holds files that rootcheck did not write; "
                "empty it or choose another folder (nothing was deleted)"
            )
        # A built site has claims/<id>/ pages of its own; a registry has sources.yaml.
        if (out / "seeds" / "sources.yaml").exists():
            raise RootcheckError(f"--out {out} holds seeds/sources.yaml; it is a registry, not a site")


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False where the platform cannot."""
    import ctypes  # only a build that replaces an output needs it
    import ctypes.util

    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def _leftovers(out: Path, kind: str) -> list[Path]:
    return sorted(p for p in out.parent.glob(f".{out.name}.{kind}-*") if p.is_dir() and not p.is_symlink())


def recover(out: Path) -> None:
    """Undo what an interrupted earlier write left behind."""
    old = _leftovers(out, "old")
    if not out.exists() and old:
        os.rename(old[-1], out)
        old = old[:-1]
    # Only rootcheck makes folders with these names; a kill during a removal may
    # already have taken the marker, so the name alone identifies them.
    for leftover in old + _leftovers(out, "new"):
        shutil.rmtree(leftover, ignore_errors=True)


def safe_relative(name: str) -> str:
    """``name`` if it is a relative POSIX path that stays inside the site (checked as text: it runs per file)."""
    parts = name.split("/")
    if name.startswith("/") or ".." in parts or not any(part not in ("", ".") for part in parts):
        raise ValueError(f"refusing to write outside the site: {name!r}")
    return name


@dataclass(frozen=True)
class Stamp:
    """What identifies a written file without reading it: a later build reuses it only if all three hold."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> Stamp:
        st = path.stat()
        return cls(st.st_size, st.st_mtime_ns, st.st_ino)


def write_file(folder: Path, name: str, content: bytes) -> Stamp:
    """Write one file of a site being staged in ``folder``; safe to call from worker processes."""
    target = folder / safe_relative(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return Stamp.of(target)


class Staging:
    """A new site written beside ``out`` and swapped in whole by :meth:`publish`.

    Used as a context manager: leaving it without publishing (an error, an
    interrupt) removes the staged folder and leaves ``out`` as it was.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        recover(self.out)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.new-", dir=self.out.parent))
        (self.folder / MARKER).write_bytes(
            b"This folder was written by rootcheck and is replaced by each build.\n"
        )
        #: Folders of the staged site known to exist, so that reusing a page costs no mkdir.
        self._folders: set[str] = set()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    def write(self, name: str, content: bytes) -> Stamp:
        return write_file(self.folder, name, content)

    def reuse(self, name: str, stamp: Stamp) -> bool:
        """Carry ``out/name`` over unchanged if it is still the file that was written as ``stamp``.

        The file is hard-linked, not copied: an unchanged page costs no write.
        Published files are never modified in place, only replaced, so the old
        and the new site can share them.
        """
        name = safe_relative(name)
        current = os.path.join(self.out, name)
        try:
            st = os.stat(current)
            if Stamp(st.st_size, st.st_mtime_ns, st.st_ino) != stamp:
                return False
            target = os.path.join(self.folder, name)
            parent = os.path.dirname(target)
            if parent not in self._folders:
                os.makedirs(parent, exist_ok=True)
                self._folders.add(parent)
            os.link(current, target)
        except OSError:
            return False  # gone, replaced, or a file system without hard links: render it again
        return True

    def publish(self) -> None:
        """Swap the staged site in for ``out`` in one step."""
        out, staging = self.out, self.folder
        os.chmod(staging, 0o755)
        if not out.exists():
            os.rename(staging, out)
            return
        if _exchange(staging, out):
            shutil.rmtree(staging)  # now holds the old site
            return
        old = out.parent / staging.name.replace(".new-", ".old-")
        os.rename(out, old)
        os.rename(staging, out)
        shutil.rmtree(old)


def write_site(files: Mapping[str, bytes], out: Path) -> None:
    """Write ``files`` (site-relative POSIX path → content) as the new ``out``."""
    with Staging(out) as staging:
        for name in sorted(files):
            staging.write(name, files[name])
        staging.publish()


CACHE_DIR = ".rootcheck-cache"


def cache_dir(root: Path) -> Path | None:
    """Where builds keep what they can reuse; None when the root cannot hold it.

    It lives beside the registry, never in the published output, and holds
    only what can be rebuilt: deleting it costs one slower build.
    """
    folder = root / CACHE_DIR
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None
