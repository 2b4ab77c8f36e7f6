"""The whole fixture site, byte for byte, against the checked-in expected files.

After an intended change, regenerate them with ``python -m tests.render.regenerate``
and review the diff.
"""

from __future__ import annotations

import difflib

from .helpers import EXPECTED, build

REGENERATE = "python -m tests.render.regenerate"


def test_site_matches_the_golden_files() -> None:
    files = build()
    expected = {
        p.relative_to(EXPECTED).as_posix(): p.read_bytes() for p in EXPECTED.rglob("*") if p.is_file()
    }
    assert sorted(files) == sorted(expected), f"the site's files changed; if intended, run {REGENERATE}"
    for name, data in files.items():
        if data != expected[name]:
            diff = difflib.unified_diff(
                expected[name].decode("utf-8").splitlines(),
                data.decode("utf-8").splitlines(),
                f"expected/{name}",
                f"built/{name}",
                lineterm="",
                n=2,
            )
            shown = "\n".join(list(diff)[:60])
            raise AssertionError(f"{name} differs (if intended, run {REGENERATE}):\n{shown}")
