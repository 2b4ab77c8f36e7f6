"""What the last build wrote, so that the next one can carry unchanged files over.

The manifest lives in the cache folder, never in the published site, in a
file named for the output folder it describes. For each file it records the
key the file was made from and the stamp (size, modification time, inode) it
was written with. A file is reused only when both still hold; anything
unreadable or of another format is ignored whole, and the build renders
everything.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from rootcheck.output.staging import Stamp

#: 2: the output folder is named by the file's name alone, so that a manifest moves with its folder.
FORMAT = 2


def _name(out: Path) -> str:
    # One manifest per output folder: building into another folder does not cost this one its reuse.
    return f"site-{hashlib.blake2b(os.fsencode(out), digest_size=8).hexdigest()}.json"


class Entry(NamedTuple):
    """A file as the last build wrote it: the key it was made from, and its stamp then."""

    key: str
    stamp: Stamp


@dataclass(frozen=True)
class Manifest:
    out: str
    files: dict[str, Entry]

    @classmethod
    def empty(cls, out: Path) -> Manifest:
        return cls(str(out), {})

    def entry(self, path: str, key: str | None) -> Entry | None:
        """The previous build's entry for ``path``, if it was made from ``key``."""
        found = self.files.get(path)
        return found if key is not None and found is not None and found.key == key else None


def load_manifest(cache: Path | None, out: Path) -> Manifest:
    """The previous build's manifest for ``out``; empty when there is none to trust."""
    if cache is None:
        return Manifest.empty(out)
    try:
        raw = json.loads((cache / _name(out)).read_bytes())
        if raw.get("format") != FORMAT:
            return Manifest.empty(out)
        files = {}
        # Checked by exact type, which also turns away true and false (bools are ints):
        # at 10,000 claims this loop runs 13,000 times in every build, twice.
        for path, (key, size, mtime_ns, inode) in raw["files"].items():
            if type(key) is not str or type(size) is not int or type(mtime_ns) is not int:
                return Manifest.empty(out)
            if type(inode) is not int:
                return Manifest.empty(out)
            files[path] = Entry(key, Stamp(size, mtime_ns, inode))
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return Manifest.empty(out)
    return Manifest(str(out), files)


def forget_manifest(cache: Path | None, out: Path) -> None:
    """Drop ``out``'s manifest before its files change, so that a build killed meanwhile trusts none of them."""
    if cache is not None:
        (cache / _name(out)).unlink(missing_ok=True)


def move_manifest(cache: Path | None, old: Path, new: Path) -> None:
    """Let ``old``'s manifest be ``new``'s, as the folder it describes was just renamed to ``new``.

    A build that swaps its new site in keeps the old one as the spare: the
    old site's manifest, renamed, is the spare's, and need not be read and
    written again (13,000 entries at 10,000 claims). Without one, ``new`` has none.
    """
    if cache is None:
        return
    try:
        os.replace(cache / _name(old), cache / _name(new))
    except OSError:
        forget_manifest(cache, new)


def save_manifest(cache: Path | None, manifest: Manifest) -> None:
    """Replace the manifest in one step; a build that cannot save it only loses reuse next time."""
    if cache is None:
        return
    files = {
        path: [e.key, e.stamp.size, e.stamp.mtime_ns, e.stamp.inode]
        for path, e in sorted(manifest.files.items())
    }
    data = json.dumps({"format": FORMAT, "files": files}, separators=(",", ":"))
    name = _name(Path(manifest.out))
    temporary = cache / f".{name}.{os.getpid()}"
    try:
        temporary.write_text(data, "utf-8")
        os.replace(temporary, cache / name)
    except OSError:
        temporary.unlink(missing_ok=True)
