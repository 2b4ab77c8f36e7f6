"""Writing the built site: staged beside the old one, swapped in whole, and reused where unchanged."""

from rootcheck.output.owned import MARKER, recover
from rootcheck.output.staging import (
    CACHE_DIR,
    Staging,
    cache_dir,
    check_out_dir,
    write_file,
    write_site,
)
from rootcheck.output.stamps import Stamp

__all__ = [
    "CACHE_DIR",
    "MARKER",
    "Staging",
    "Stamp",
    "cache_dir",
    "check_out_dir",
    "recover",
    "write_file",
    "write_site",
]
