"""YAML read safely, with every value's line and column: what the registry is written in, and a
source's front matter too. It knows nothing of claims or sources, so that either may use it."""
