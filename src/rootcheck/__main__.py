"""``python -m rootcheck``: the ``rootcheck`` program."""

from rootcheck.start import entry

entry()
