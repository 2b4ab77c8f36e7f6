"""Tests of the rendered site: units, golden files, links, escaping, the build command."""
