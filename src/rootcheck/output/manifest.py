"""What the last build wrote, so that the next one can carry unchanged files over.

The manifest lives in the cache folder, never in the published site, in a
file named for the output folder it describes. For each file it records the
key the file was made from and its stamp (size, modification and change
times, inode) as the build left it. A file is reused only when both still hold; anything
unreadable or of another format is ignored whole, and the build renders
everything.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from rootcheck.output.stamps import Stamp
from rootcheck.whole import write_whole

#: 2: the output folder is named by the file's name alone, so that a manifest moves with its folder.
#: 3: a column each of paths, keys and stamps, read at the speed of C (13,000 files: 10 ms, not 13).
#: 4: each stamp with its file's change time.
FORMAT = 4
#: The numbers of one stamp.
_STAMP = len(Stamp._fields)


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
        paths, keys, stamps = raw["paths"], raw["keys"], raw["stamps"]
        # Checked by exact type, which also turns away true and false (bools are ints):
        # at 10,000 claims every build reads two manifests of 13,000 files.
        if not (type(paths) is type(keys) is type(stamps) is list and len(paths) == len(keys)):
            return Manifest.empty(out)
        if len(stamps) != _STAMP * len(paths) or not all(type(n) is int for n in stamps):
            return Manifest.empty(out)
        if not all(type(text) is str for column in (paths, keys) for text in column):
            return Manifest.empty(out)
        # Made by tuple.__new__, in C: a named tuple's own constructor is Python, 26,000 calls a manifest.
        columns = [stamps[at::_STAMP] for at in range(_STAMP)]
        made = map(tuple.__new__, repeat(Stamp), zip(*columns, strict=True))
        files = dict(zip(paths, map(tuple.__new__, repeat(Entry), zip(keys, made, strict=True)), strict=True))
        if len(files) != len(paths):
            return Manifest.empty(out)  # a path twice
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
    entries = manifest.files.values()
    data = json.dumps(
        {
            "format": FORMAT,
            "paths": list(manifest.files),
            "keys": [entry.key for entry in entries],
            "stamps": [number for entry in entries for number in entry.stamp],
        },
        separators=(",", ":"),
    )
    with contextlib.suppress(OSError):
        write_whole(cache / _name(Path(manifest.out)), data.encode("utf-8"), durable=False)
