"""Digests that key what runs remember: of values, of sources' text, and of rootcheck's own code.

Every memo entry (:mod:`rootcheck.memo`) and every page of the site is keyed
by a digest of everything it was made from, so that a run can tell what
still holds without comparing the inputs themselves.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import rootcheck

#: Hex digits kept of a digest: 128 bits.
_DIGEST_CHARS = 32


def digest(parts: Iterable[str | bytes]) -> str:
    """A digest of several values that cannot collide by moving text from one into the next.

    SHA-256, cut to 128 bits: OpenSSL hashes it with the processor's SHA
    instructions, twice as fast as BLAKE2 on this project's machines, and a
    cold build hashes every source and every claim file it reads.
    """
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:_DIGEST_CHARS]


def lines_digest(lines: Iterable[str]) -> str:
    """A digest of texts none of which holds a line break (ids, paths, digests, reprs).

    Joined by line breaks they cannot run into each other, and a key over
    ten thousand claims is one join and one hash instead of thirty thousand calls.
    """
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST_CHARS]


def text_digest(text: str | bytes) -> str:
    """A source's text as a key part (each :class:`~rootcheck.text.document.Document` works out its own once).

    The same for the text and for its UTF-8 bytes, which a file read as UTF-8 gives as they stand.
    """
    return digest([text])


def files_of(folder: Path, skip: Callable[[str], bool] | None = None) -> list[tuple[str, bytes]]:
    """Every file under ``folder`` as (POSIX path relative to it, content), in path order; none in a
    folder whose name ``skip`` is true of."""
    found = []
    for here, folders, names in os.walk(folder):
        if skip is not None:
            folders[:] = [name for name in folders if not skip(name)]
        for name in names:
            path = os.path.join(here, name)
            if os.path.isfile(path):
                with open(path, "rb") as file:
                    found.append((Path(path).relative_to(folder).as_posix(), file.read()))
    return sorted(found)


def _not_code(folder: str) -> bool:
    """A folder tools leave in a package, of what is made from its code or no part of it: bytecode,
    or a type checker's or linter's cache where one ran inside an editable install. Read, they made
    the code's digest take 7.6 ms rather than 4.1, and a cache changed the digest of unchanged code,
    and every memo with it."""
    return folder == "__pycache__" or folder.startswith(".")


#: The libraries whose behaviour reaches what rootcheck writes: YAML parsing, fuzzy
#: matching, Markdown and its links, templates and escaping (by distribution name, normalised).
LIBRARIES = ("pyyaml", "rapidfuzz", "markdown_it_py", "mdurl", "jinja2", "markupsafe")


@cache
def code_digest() -> str:
    """rootcheck's version and every file of its code and theme, Python's version and the
    libraries' (see :func:`library_versions`): an upgrade of any computes everything again."""
    package = Path(rootcheck.__file__).parent
    files = files_of(package, skip=_not_code)
    parts = [rootcheck.__version__, sys.version, *library_versions()]
    return digest([*parts, *(part for name, data in files for part in (name, data))])


@cache
def library_versions() -> list[str]:
    """Each of :data:`LIBRARIES` with the version installed where Python finds it first.

    Read off the names of the distributions' metadata folders
    (``Jinja2-3.1.6.dist-info``) along ``sys.path``, not the working
    folder: importing ``importlib.metadata`` would add 20 ms to every run.
    """
    found: dict[str, str] = {}
    here = os.getcwd()
    for entry in sys.path:
        # `python -m` puts the working folder first, which may hold a registry of 10,000 files.
        if not entry or os.path.abspath(entry) == here:
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                distribution, _, version = name.removesuffix(".dist-info").partition("-")
                found.setdefault(re.sub(r"[-_.]+", "_", distribution).lower(), version)
    return [f"{library} {found.get(library, 'not found')}" for library in LIBRARIES]
