"""Reading one registry file: its bytes, safely, and its YAML."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from rootcheck.model import Diagnostic, Position
from rootcheck.registry.yamlfile import MAX_YAML_BYTES, Node, decode, load_yaml, read_bytes

#: What is said of a folder rootcheck reads that is a link leading out of the root.
LINKED_OUT = "the folder is a link to outside the root; put the folder itself here"


def linked_out(root: Path, rel: str) -> bool:
    """Whether ``rel`` (relative to ``root``) is a link that leads out of the root.

    Files and folders so linked are refused: a pull request could otherwise
    have a build read, and publish, what lies wherever they lead.
    """
    path = os.path.join(root, rel)
    return os.path.islink(path) and not Path(path).resolve().is_relative_to(root.resolve())


def _lstat(path: str) -> os.stat_result | None:
    """A file's own status (not a link's target's); ``None`` if it has none, which reading it explains."""
    try:
        return os.lstat(path)
    except OSError:
        return None


def file_bytes(
    root: Path,
    rel: str,
    diagnostics: list[Diagnostic],
    limit: int = MAX_YAML_BYTES,
    info: os.stat_result | None = None,
) -> bytes | None:
    """A registry file's bytes, unless it is a link out of the root, missing, unreadable or too large.

    ``info`` is the file's :func:`lstat`, if the caller took it already.
    """
    path = os.path.join(root, rel)
    info = info or _lstat(path)
    if info is not None and stat.S_ISLNK(info.st_mode):
        if linked_out(root, rel):
            diagnostics.append(
                Diagnostic.error(
                    Position(rel), "the file is a link to outside the root; put the file itself here"
                )
            )
            return None
        info = None  # the file linked to is read
    data, problems = read_bytes(path, rel, limit, info)
    diagnostics.extend(problems)
    return data


#: A YAML file's top node (``None`` if it has none) and the problems found in parsing it.
ParsedYaml = tuple[Node | None, list[Diagnostic]]


def parse_yaml(data: bytes, shown: str) -> ParsedYaml:
    """A YAML file's bytes as UTF-8 (a byte-order mark is allowed), parsed."""
    text, problems = decode(data, shown)
    if text is None:
        return None, problems
    return load_yaml(text, shown, data.removeprefix(codecs.BOM_UTF8))
