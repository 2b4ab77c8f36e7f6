"""Rewrite the golden files from the fixture registry: ``python -m tests.render.regenerate``.

Run it from the repository root after an intended change to the rendered
site, then review ``git diff tests/render/expected`` before committing.
"""

from __future__ import annotations

import shutil

from .helpers import EXPECTED, build


def main() -> None:
    files = build()
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    for name, data in files.items():
        target = EXPECTED / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"wrote {len(files)} files to {EXPECTED}")


if __name__ == "__main__":
    main()
