"""Writing the built site so that nobody ever sees half of it.

The new site is written into a fresh folder beside the target and then
exchanged with the old one in a single ``renameat2(RENAME_EXCHANGE)`` call, so
a reader — or a build killed at any instant — finds either the old site or the
new one. Where the kernel lacks that call, two renames are used and a later
build restores the old site if it was interrupted between them.

The site a build replaces is kept beside the new one as its *spare*
(``.site.spare`` for ``site``). The next build starts from the spare rather
than from an empty folder: the files whose recorded stamp still holds and
whose key is unchanged stay where they are, and only the rest are linked from
the published site or made afresh. At 10,000 claims that spares a rebuild
13,000 hard links and the removal of as many files.

A folder is only ever replaced or removed if it is empty or carries
:data:`~rootcheck.output.owned.MARKER`, the file every rootcheck output holds
(see :mod:`rootcheck.output.owned`): rootcheck never deletes what it did not make.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Container, Mapping
from pathlib import Path
from typing import NamedTuple

from rootcheck.errors import RootcheckError
from rootcheck.output.content import Content, Pieces
from rootcheck.output.owned import MARKER, ours, recover, remove
from rootcheck.output.stamps import Stamp, unshare

_PROTECTED = ("seeds", "claims", "comparisons", "templates")
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def check_out_dir(out: Path, root: Path) -> Path:
    """Refuse an output folder whose replacement could destroy anything else; the folder, resolved.

    ``out`` is the path as given, not resolved: one that is itself a link is refused. The site
    would be swapped in where it leads, not where it was asked for; and the link, not a folder of
    rootcheck's, is what the user named as the folder a build replaces whole.
    """
    if out.is_symlink():
        raise RootcheckError(
            f"the output {out} is a link to {os.readlink(out)}; give the folder itself as the output "
            "(nothing was written)"
        )
    out, root = out.resolve(), root.resolve()
    if out == root or out in root.parents:
        raise RootcheckError(
            f"the output folder {out} is the root or holds it; choose a folder of its own, such as {root / 'site'}"
        )
    for name in _PROTECTED:
        folder = root / name
        if out == folder or folder in out.parents:
            raise RootcheckError(f"the output folder {out} is inside {name}/; choose a folder of its own")
    if out.exists():
        if not out.is_dir():
            raise RootcheckError(f"the output {out} exists and is not a folder; nothing was written")
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise RootcheckError(
                f"the output folder {out} holds files that rootcheck did not write; "
                "empty it or choose another folder (nothing was deleted)"
            )
        # A built site has claims/<id>/ pages of its own; a registry has sources.yaml.
        if (out / "seeds" / "sources.yaml").exists():
            raise RootcheckError(
                f"the output folder {out} holds seeds/sources.yaml; it is a registry, not a site"
            )
    return out


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


def safe_relative(name: str) -> str:
    """``name`` if it is a relative POSIX path that stays inside the site (checked as text: it runs per file)."""
    parts = name.split("/")
    if name.startswith("/") or ".." in parts or not any(part not in ("", ".") for part in parts):
        raise ValueError(f"refusing to write outside the site: {name!r}")
    return name


def write_file(folder: Path, name: str, content: Content) -> Stamp:
    """Write one file of a site being staged in ``folder``; safe to call from worker processes.

    The file is always a new one, never written through an existing name: in
    a folder started from the spare, that name may be a hard link to a file of
    the published site.
    """
    target = folder / safe_relative(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = os.open(target, flags, 0o666)
    except FileExistsError:
        os.unlink(target)
        fd = os.open(target, flags, 0o666)
    with os.fdopen(fd, "wb") as file:
        if isinstance(content, Pieces):
            content.write_to(file)
        else:
            file.write(content)
    return Stamp.of(target)


def spare_of(out: Path) -> Path:
    """Where the site before ``out``'s latest build is kept, for the next build to start from."""
    return out.parent / f".{out.name}.spare"


class Survey(NamedTuple):
    """What one walk found under a folder: every file, with its stamp, and every folder."""

    #: Each file by its path under the folder: its stamp, or None for anything but a regular file.
    files: dict[str, Stamp | None]
    #: Each folder below it, by its path with a trailing slash, a folder before those inside it.
    folders: list[str]


def survey_of(folder: Path) -> Survey:
    """Walk ``folder``, taking each file's stamp: a build checks the spare's files against the
    stamps they were written with before it keeps any of them."""
    files: dict[str, Stamp | None] = {}
    folders: list[str] = []

    def walk(path: str, prefix: str) -> None:
        with os.scandir(path) as entries:
            for entry in entries:
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    folders.append(name + "/")
                    walk(entry.path, name + "/")
                    continue
                st = entry.stat(follow_symlinks=False)
                files[name] = Stamp.of_status(st) if stat.S_ISREG(st.st_mode) else None

    walk(str(folder), "")
    return Survey(files, folders)


def spare_survey(out: Path) -> Survey | None:
    """A survey of ``out``'s spare, if there is one rootcheck wrote; ``None`` if there is none,
    or it cannot be read through (see :class:`Staging`, which then surveys it itself)."""
    spare = spare_of(out.resolve())
    try:
        return survey_of(spare) if ours(spare) else None
    except OSError:
        return None


class Staging:
    """A new site written beside ``out`` and swapped in whole by :meth:`publish`.

    Used as a context manager: leaving it without publishing (an error, an
    interrupt) removes the staged folder and leaves ``out`` as it was.

    With ``spare`` (the files of the spare the new site can keep, each with
    the stamp it was last left with) the staged folder starts as the spare,
    holding those whose stamp still holds (:attr:`adopted`), and the replaced
    site becomes the next spare. Of the rest, the files the new site has
    (``wanted``) are left for it to replace, and all else is removed. Without
    ``spare``, the folder starts empty and the old site is removed.
    ``survey`` is the spare as a walk found it earlier in this build (see
    :func:`spare_survey`); without it the spare is walked here. Files put
    into the spare after that walk are not looked at: nothing but rootcheck
    writes there. ``published`` gives each published file's stamp as the last
    build left it, for a folder of rootcheck's removed whole to be cleared of
    them first (see :func:`~rootcheck.output.stamps.unshare`).
    """

    def __init__(
        self,
        out: Path,
        spare: Mapping[str, Stamp] | None = None,
        survey: Survey | None = None,
        wanted: Container[str] = frozenset(),
        published: Callable[[str], Stamp | None] = lambda name: None,
        moved: dict[str, Stamp] | None = None,
    ) -> None:
        self.out = out.resolve()
        #: Each published file's stamp as the last build left it, by path; see :meth:`_remove`.
        self._published = published
        #: The published files whose change time this build moved, as it linked or removed another
        #: name of theirs, each with its stamp now: what a caller records of them from here on.
        self.moved: dict[str, Stamp] = moved if moved is not None else {}
        self.out.parent.mkdir(parents=True, exist_ok=True)
        recover(self.out, self._clear)
        self.keeps_spare = spare is not None
        self.folder = self._fresh_folder()
        #: Files of the spare carried into the staged folder, their stamps checked.
        self.adopted: set[str] = set()
        #: Files of the spare left in the staged folder for the new site to replace.
        self._replaced: set[str] = set()
        if spare is not None:
            self._adopt(spare, survey, wanted)
        # Written as soon as there is anything to write: a folder without it is never removed but
        # empty. One adopted from the spare is kept as it is, with no moment without it.
        if not (self.folder / MARKER).is_file():
            (self.folder / MARKER).write_bytes(
                b"This folder was written by rootcheck and is replaced by each build.\n"
            )
        #: Folders of the staged site known to exist, so that reusing a page costs no mkdir.
        self._folders: set[str] = set()

    def _adopt(self, stamps: Mapping[str, Stamp], survey: Survey | None, wanted: Container[str]) -> None:
        spare = spare_of(self.out)
        if not ours(spare):
            return  # none, or a folder rootcheck did not write: left alone
        if not stamps:
            self._remove(spare)  # nothing in it can be kept
            return
        try:
            if survey is None:
                survey = survey_of(spare)
            # Under the staged folder's name from here on, so that recover() removes what a kill leaves.
            os.rename(spare, self.folder)
            self._keep_trusted(survey, stamps, wanted)
        except OSError:
            # A spare that cannot be read through costs only speed: start from an empty folder
            # (whatever of this one cannot be removed now goes with the next build's recover()).
            self._remove(self.folder)
            self.folder = self._fresh_folder()
            self.adopted.clear()
            self._replaced.clear()

    def _fresh_folder(self) -> Path:
        # The name recover() knows to remove when a build is killed before it publishes.
        return Path(tempfile.mkdtemp(prefix=f".{self.out.name}.new-", dir=self.out.parent))

    def _keep_trusted(self, survey: Survey, stamps: Mapping[str, Stamp], wanted: Container[str]) -> None:
        """Keep the files of the staged folder whose stamp holds, leave those ``wanted`` to be replaced,
        and remove all else, folders left empty too.

        Everything the survey found is looked at, not only what the manifest lists: a file added
        by hand (a ``CNAME`` dropped into the published site, say) would
        otherwise come back with the spare. A file left to be replaced may be
        one with a published file, linked last build: removed now, it moved
        the published file's change time before an export could check it and
        copy from it, and the export was encoded whole.
        """
        folder = str(self.folder)
        kept: set[str] = set()  # folders holding a kept file, and the folders above them
        for name, stamp in survey.files.items():
            if stamp is not None and stamps.get(name) == stamp:
                self.adopted.add(name)
            elif stamp is not None and name in wanted:
                self._replaced.add(name)
            elif name != MARKER:
                os.unlink(os.path.join(folder, name))  # changed or added by hand, or a link
                continue
            parent = name[: name.rfind("/") + 1]
            while parent and parent not in kept:
                kept.add(parent)
                parent = parent[: parent.rfind("/", 0, -1) + 1]
        for name in reversed(survey.folders):  # those inside a folder before it
            if name not in kept:
                os.rmdir(os.path.join(folder, name))

    def _clear(self, folder: Path) -> None:
        """Remove from ``folder``, about to be removed, the files it shares with the published site,
        taking their stamps again (see :func:`~rootcheck.output.stamps.unshare`)."""
        unshare(folder, self.out, self._published, self.moved)

    def _remove(self, folder: Path) -> None:
        self._clear(folder)
        remove(folder)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.folder.exists():
            self._remove(self.folder)

    def write(self, name: str, content: Content) -> Stamp:
        return write_file(self.folder, name, content)

    def reuse(self, name: str, stamp: Stamp) -> Stamp | None:
        """Carry ``out/name`` over unchanged if it is still the file last left as ``stamp``; its stamp
        now, or None where it is not (it is made again).

        The file is hard-linked, not copied: an unchanged page costs no write.
        Published files are never modified in place, only replaced, so the old
        and the new site can share them. Linking moves the file's change time,
        so its stamp is taken again once linked: the next build checks it
        against that one, as does this one's export reading it.
        """
        name = safe_relative(name)
        current = os.path.join(self.out, name)
        stamp = self.moved.get(name, stamp)
        try:
            if Stamp.of_status(os.stat(current)) != stamp:
                return None
            target = os.path.join(self.folder, name)
            parent = os.path.dirname(target)
            if parent not in self._folders:
                os.makedirs(parent, exist_ok=True)
                self._folders.add(parent)
            if name in self._replaced:
                os.unlink(target)
            os.link(current, target)
            linked = Stamp.of_status(os.lstat(target))
        except OSError:
            return None  # gone, replaced, or a file system without hard links: render it again
        # The file linked is the one checked, unless it was replaced meanwhile.
        if (linked.size, linked.mtime_ns, linked.inode) != (stamp.size, stamp.mtime_ns, stamp.inode):
            return None
        self.moved[name] = linked
        return linked

    def publish(self) -> bool:
        """Swap the staged site in for ``out`` in one step; whether the old site was kept as the spare."""
        out, staging = self.out, self.folder
        os.chmod(staging, 0o755)
        if not out.exists():
            os.rename(staging, out)
            return False
        if _exchange(staging, out):
            old = staging  # now holds the old site
        else:
            old = out.parent / staging.name.replace(".new-", ".old-")
            os.rename(out, old)
            os.rename(staging, out)
        if self.keeps_spare:
            try:
                os.rename(old, spare_of(out))
                return True
            except OSError:
                pass  # a folder of that name appeared meanwhile: it is not replaced
        self._remove(old)  # what cannot be removed now goes with the next build's recover()
        return False


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
    only what can be rebuilt: deleting it costs one slower build. A folder with
    no seeds/ is no registry (the check says so): nothing is left behind in it.
    """
    if not (root / "seeds").is_dir():
        return None
    folder = root / CACHE_DIR
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None
