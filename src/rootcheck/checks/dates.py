"""Dates still to come: a source, a fact-check or a correction dated after today.

Such a date is a slip of the year or the month, as a rule ("2032" for
"2023"); the site would show it as past, and a fact-check's ClaimReview
would say it was published on a day that has not come. Today is the day of
the check, or the build's day where the build is dated (``SOURCE_DATE_EPOCH``);
a day after that is still allowed, as it is already tomorrow somewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from rootcheck.model import Diagnostic
from rootcheck.positions import Position
from rootcheck.registry.load import Registry


def check_dates(reg: Registry, today: dt.date) -> None:
    """Warn of every date in the registry later than tomorrow."""
    reg.diagnostics.extend(_dates_to_come(reg, today))


def _dates_to_come(reg: Registry, today: dt.date) -> Iterator[Diagnostic]:
    latest = today + dt.timedelta(days=1)

    def told(where: Position, what: str, day: dt.date) -> Diagnostic:
        return Diagnostic.warning(
            where, f"{what} {day}, a day still to come (today is {today}): correct the date"
        )

    for source in reg.sources.values():
        if source.published is not None and source.published > latest:
            yield told(source.dated or source.where, "'published' is", source.published)
    for claim in reg.claims:
        for index, correction in enumerate(claim.corrections):
            if correction.date > latest:
                yield told(
                    claim.position(f"corrections.{index}.date"), "a correction is dated", correction.date
                )
    for comp in reg.comparisons:
        file = Position(comp.path.as_posix())
        dated = [("published", comp.published), ("updated", comp.updated)]
        dated += [(f"corrections.{index}.date", c.date) for index, c in enumerate(comp.corrections)]
        for key, day in dated:
            if day is not None and day > latest:
                what = "a correction is dated" if key.startswith("corrections") else f"'{key}' is"
                yield told(comp.where.get(key, file), what, day)
