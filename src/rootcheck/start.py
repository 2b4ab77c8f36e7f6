"""The ``rootcheck`` program as installed: Ctrl-C while rootcheck is still loading is an interruption
like any other, told in a line, not a traceback of whatever module was being imported."""

from __future__ import annotations

import sys


def entry() -> None:
    try:
        from rootcheck.cli import entry as run
    except KeyboardInterrupt:
        print("rootcheck: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    run()
