"""What a check hands on: the registry after every check, which the site is built from.

Its own module, not the pipeline's, so that what reads a check (the renderer, the commands) need
not load what makes one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rootcheck.model import CheckedClaim, Diagnostic, Severity
from rootcheck.registry.load import Registry
from rootcheck.text.document import Document


@dataclass(frozen=True)
class Checked:
    """The registry after every check: what the site is built from."""

    registry: Registry
    documents: dict[str, Document]
    claims: list[CheckedClaim]
    #: Problems the site's other inputs have, such as the root's override templates.
    others: tuple[Diagnostic, ...] = ()

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return sorted([*self.registry.diagnostics, *self.others], key=lambda d: (d.where, d.message))

    def adding(self, problems: Iterable[Diagnostic]) -> Checked:
        """This check with ``problems`` found beside it."""
        return replace(self, others=(*self.others, *problems))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]
