"""Claims of one figure at one place of its source: a claim added twice, most likely, which the site
would publish twice. Told at each claim of the figure, since the one added last may come first."""

from __future__ import annotations

from collections.abc import Iterator

from rootcheck.model import CheckedClaim, Diagnostic, Span


def figures_twice(checked: list[CheckedClaim]) -> Iterator[Diagnostic]:
    """Claims of one figure, at one place in its source: a claim added twice, most likely.

    A quote holding two figures is two claims, one per figure, so it is the figure's place that
    is compared, not the quote's. Two figures of a number whose places overlap are one: "90,000
    jobs" and "more than 90,000 jobs" of one sentence, since such a figure holds one number. One
    that counts a thing by its article ("an Anticorruption Task Force") is one figure with another
    only at the very same place: "12 prosecutors to an Anticorruption Task Force" holds it, yet is
    another figure. Both are published, so this is a warning, at each claim of the figure.
    """
    by_source: dict[str, list[tuple[int, int, int]]] = {}
    for order, found in enumerate(checked):
        # A figure that does not parse is refused for that, once, and holds no number to share.
        if (span := found.figure_span) is not None and found.quantity is not None:
            # A figure counted by its article overlaps only where it stands exactly: a place of its own.
            key = f"{found.source.id} {span}" if _by_article(found) else found.source.id
            by_source.setdefault(key, []).append((span.start, span.end, order))
    for places in by_source.values():
        places.sort()
        reach = -1
        clusters: list[list[int]] = []
        for start, end, order in places:
            if start < reach:
                clusters[-1].append(order)
                reach = max(reach, end)
            else:
                clusters.append([order])
                reach = end
        for cluster in clusters:
            if len(cluster) > 1:
                yield from _told_twice(checked, cluster)
    yield from _unplaced_twice(checked)


def _unplaced_twice(checked: list[CheckedClaim]) -> Iterator[Diagnostic]:
    """Claims of one figure where one of them writes it otherwise than the source (a slipped quote's
    "nearly 420 million dollars" of "nearly $420 million"): such a figure has no place of its own in the
    source, so it stands where its place in the quote falls in the quote's passage, and is one with a
    figure of the same number and of what it counts that stands there too."""
    unplaced = [c for c in checked if c.figure_span is None and c.quantity is not None and c.anchor.span]
    if not unplaced:
        return
    by_source: dict[str, list[CheckedClaim]] = {}
    for found in checked:
        if found.quantity is not None and found.anchor.span is not None:
            by_source.setdefault(found.source.id, []).append(found)
    told: dict[int, list[CheckedClaim]] = {}
    for found in unplaced:
        for other in by_source.get(found.source.id, []):
            if other is not found and _same_number(found, other) and _same_place(found, other):
                told.setdefault(id(found), [found]).append(other)
                if other.figure_span is not None:  # one unplaced is told by its own turn
                    told.setdefault(id(other), [other]).append(found)
    for found, *others in told.values():
        yield _claimed_too(found, others)


def _same_number(one: CheckedClaim, other: CheckedClaim) -> bool:
    """Whether two claims' figures give the same number, of the same kind (a share, a sum of money),
    counting the same things where both say what: not "1,200 teachers" and "1,200 nurses"."""
    a, b = one.quantity, other.quantity
    if a is None or b is None or (a.value, a.currency, a.percent) != (b.value, b.currency, b.percent):
        return False
    if a.unit is None or b.unit is None or not a.unit.split() or not b.unit.split():
        return True
    # What each counts, by its last word, in any form of it: "firms" of "private sector firms".
    # Loaded only for two figures of one number: a check that proves nothing need not load it.
    from rootcheck.text.names import folded, forms_of_one

    return forms_of_one(folded(a.unit.split()[-1]), folded(b.unit.split()[-1]))


#: How far apart, in characters, two figures' places may be and still be one: a slip before a figure
#: moves where its place in the quote falls in the passage.
_NEAR = 6


def _same_place(one: CheckedClaim, other: CheckedClaim) -> bool:
    a, b = _place(one), _place(other)
    return a is not None and b is not None and a[0] < b[1] + _NEAR and b[0] < a[1] + _NEAR


def _place(found: CheckedClaim) -> tuple[int, int] | None:
    """Where a claim's figure stands in its source; for one written otherwise than the source, where
    its place in the quote falls in the quote's passage, scaled to the passage's length."""
    if found.figure_span is not None:
        return found.figure_span.start, found.figure_span.end
    passage, figure = found.anchor.span, found.quote_figure
    if passage is None or figure is None:
        return None
    scale = (passage.end - passage.start) / max(1, len(found.claim.quote))
    return passage.start + round(figure.start * scale), passage.start + round(figure.end * scale)


def _by_article(found: CheckedClaim) -> bool:
    """Whether a claim's figure counts one thing by its article (read with the figure: a check that
    proves nothing loads nothing of how figures are read)."""
    return found.quantity is not None and found.quantity.by_article


def claims_figure(other: CheckedClaim, source_id: str, placed: Span, by_article: bool) -> bool:
    """Whether ``other`` claims the figure placed at ``placed`` in source ``source_id``, as
    :func:`figures_twice` reads two claims: ``by_article`` where that figure counts by its article."""
    if other.source.id != source_id or other.figure_span is None or other.quantity is None:
        return False
    if by_article or _by_article(other):
        return other.figure_span == placed
    return other.figure_span.overlaps(placed)


def _told_twice(checked: list[CheckedClaim], cluster: list[int]) -> Iterator[Diagnostic]:
    """Each claim of ``cluster`` (places in ``checked`` of claims of one figure), told of the others: the one
    added last may come first in the registry's order, and its editor is the one to tell."""
    claims = [checked[order] for order in sorted(cluster)]
    for found in claims:
        yield _claimed_too(found, [c for c in claims if c is not found])


def _claimed_too(found: CheckedClaim, others: list[CheckedClaim]) -> Diagnostic:
    """The warning at ``found``'s figure that ``others`` claim it too."""
    named = ", ".join(f"{c.id} ({c.claim.file})" for c in others)
    return Diagnostic.warning(
        found.claim.position("figure"),
        f"{named} {'claims' if len(others) == 1 else 'claim'} this figure of {found.source.id} too; "
        "keep one claim per figure",
    )
