"""The registry: the editors' YAML files (settings, sources, claims, comparisons) made into typed
objects once, at the edge, each value with the line and column it was written at.

:mod:`~rootcheck.registry.schema` declares the formats, :mod:`~rootcheck.registry.fields`
checks a file against them, and :mod:`~rootcheck.registry.load` reads a whole root,
every problem collected as a :class:`~rootcheck.model.Diagnostic`.
"""
