"""The performance benchmark: synthetic registries, and one command that times rootcheck and Hugo on them.

``python -m bench.generate`` writes a registry; ``python -m bench.run`` generates
registries of several sizes, times ``rootcheck check``, ``rootcheck build`` and
Hugo on each, and prints a Markdown table.
"""
