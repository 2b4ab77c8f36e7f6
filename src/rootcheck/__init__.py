"""rootcheck: a static fact-checking site generator that proves every quote."""

__version__ = "0.1.0"
