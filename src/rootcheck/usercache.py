"""Where rootcheck keeps what it compiles for any registry: per user, as Python keeps compiled modules."""

from __future__ import annotations

import os
from pathlib import Path


def user_cache() -> Path:
    """``$XDG_CACHE_HOME/rootcheck``, by default ``~/.cache/rootcheck``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rootcheck"
