"""The root's override templates, checked once for what they hold: their problems are a function of
their files and of rootcheck's own code (its theme included), so a check of overrides unchanged since
the last need not load Jinja to find them again."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from rootcheck.digests import code_digest, digest
from rootcheck.memo import Memo
from rootcheck.model import Diagnostic

#: The folder under the root whose files override the theme's.
TEMPLATES = "templates"


def override_problems(root: Path, cache: Path | None) -> list[Diagnostic]:
    """What :func:`rootcheck.render.templates.template_problems` finds in the root's overrides,
    remembered in ``cache`` by what they are made of."""
    memo = Memo(cache, "overrides")
    key = _made_of(root)
    found = memo.get(key) if key is not None else None
    if not isinstance(found, list):
        from rootcheck.render.templates import template_problems

        found = template_problems(root, cache)
        if key is not None:
            memo.put(key, found)
    memo.save()
    return found


def _made_of(root: Path) -> str | None:
    """A digest of every file under the root's ``templates/``, by its path there, and of rootcheck's
    code; None where anything there is not a plain file or folder, or cannot be read: links,
    unlistable folders and the like are told by the check itself, which then runs afresh."""
    top = root / TEMPLATES
    parts: list[str | bytes] = [code_digest()]
    try:
        if not stat.S_ISDIR(os.lstat(top).st_mode):
            return None
        for folder, names, files in os.walk(top, onerror=_raise):
            names.sort()  # walked in one order, whatever order the folder lists them in
            for name in names:
                if os.path.islink(os.path.join(folder, name)):
                    return None
            for name in sorted(files):
                path = os.path.join(folder, name)
                if not stat.S_ISREG(os.lstat(path).st_mode):
                    return None
                with open(path, "rb") as file:
                    parts += [Path(path).relative_to(top).as_posix(), file.read()]
    except OSError:
        return None
    return digest(parts)


def _raise(exc: OSError) -> None:
    raise exc
