"""Checking each claim against its document: its quote placed, its figure parsed."""

from __future__ import annotations

from dataclasses import replace

from rootcheck.checks.beside import NOTHING_BESIDE, around
from rootcheck.checks.counted import (
    count_cut_short,
    ends_on_another_number,
    ends_on_its_number,
    figure_stops_short,
)
from rootcheck.checks.dangling import cut_a_quotation
from rootcheck.checks.differs import slipped
from rootcheck.checks.ends import edge_problems
from rootcheck.checks.links import shown_as_written
from rootcheck.checks.otherwise import said_otherwise
from rootcheck.checks.references import unknown_source
from rootcheck.checks.slips import (
    bracketed_in,
    noun_unbounded,
    number_slips,
    too_long,
    turned_only,
    unbounded,
    unit_case,
    unlike_in,
)
from rootcheck.checks.unplaced import unplaced, where_in
from rootcheck.checks.wording import meaning_problems
from rootcheck.hints import curly_quoted, mistyped, shown
from rootcheck.model import (
    Anchor,
    AnchorStatus,
    CheckedClaim,
    Claim,
    Diagnostic,
    Quantity,
    Severity,
    Source,
    Span,
)
from rootcheck.patterns import lazy
from rootcheck.registry.load import Registry
from rootcheck.text.anchor import locate, locate_figure
from rootcheck.text.document import Document
from rootcheck.text.edges import bound_unread, figure_readings
from rootcheck.text.elided import has_elision
from rootcheck.text.figures import FigureError, number_words, parse_figure, point_may_group
from rootcheck.text.meaning import changed_count, words_not_in
from rootcheck.text.normalize import normalize
from rootcheck.text.nounbounds import BoundAfterNoun, noun_bounds
from rootcheck.text.numbers import GROUPING
from rootcheck.text.reading import figure_read
from rootcheck.text.uncounted import enumerates
from rootcheck.text.wordbounds import figure_in_quote


def _slipped_alike(doc: Document, claim: Claim, anchor: Anchor) -> list[Diagnostic]:
    """What a slipped quote changes of the passages it is found in, where they are word for word alike:
    told beside the occurrence it must name, as it would be once it names one ("… where thousands of
    migrants have been turned away" of a paragraph an article repeats, for "… gathered")."""
    if anchor.status is not AnchorStatus.AMBIGUOUS or anchor.score >= 100 or not anchor.candidates:
        return []
    passages = {doc.text[span.start : span.end] for span in anchor.candidates}
    if len(passages) > 1:
        return []
    first = replace(anchor, status=AnchorStatus.FUZZY, span=anchor.candidates[0])
    beside = around(doc, anchor.candidates[0])
    return meaning_problems(claim.quote, passages.pop(), claim.position("quote"), first, beside)


def check_claim(
    reg: Registry, documents: dict[str, Document], claim: Claim
) -> tuple[CheckedClaim | None, list[Diagnostic]]:
    """``claim`` proved against its source: where its quote stands and what its figure says, with every
    problem found; no checked claim where the quote cannot be placed."""
    # Loaded once a claim is proved, not at import: what it compiles costs a warm build some 5 ms.
    from rootcheck.text.longer import longer_in_source

    out = _field_problems(reg, claim)
    if (long := too_long(claim.quote)) is not None:
        out.append(Diagnostic.error(claim.position("quote"), long))
        return None, out
    found = _document(reg, documents, claim, out)
    if found is not None and (
        unlike := unlike_in(claim.quote, found[1].text) or bracketed_in(claim.quote, found[1])
    ):
        # Told alone: the figure, not found in a quote so marked, would be another error of the same.
        out.append(Diagnostic.error(claim.position("quote"), unlike))
        return None, out
    quote_figure, quantity = _figure(claim, out)
    if found is None:
        return None, out
    source, doc = found
    anchor = locate(doc, claim.quote, occurrence=claim.occurrence)
    if not anchor.found:
        # A quote found more than once needs its occurrence: one given but refused has its own error.
        if anchor.status is not AnchorStatus.AMBIGUOUS or not claim.where.doubted("occurrence"):
            out.append(unplaced(reg, doc, source, claim, anchor))
        out.extend(_slipped_alike(doc, claim, anchor))
        return None, out
    assert anchor.span is not None  # found
    where = claim.position("quote")
    if source.id in reg.changed:
        out.append(
            Diagnostic.warning(
                where,
                f"{source.shown} changed since it was pinned; this passage still anchors, now at {where_in(doc, source, anchor.span)}",
            )
        )
    if anchor.status is AnchorStatus.FUZZY:
        out.append(slipped(doc, claim.quote, anchor, where))
    passage = doc.text[anchor.span.start : anchor.span.end]
    # Only a slipped quote's meaning is read against the source beside its passage.
    beside = around(doc, anchor.span) if anchor.status is AnchorStatus.FUZZY else NOTHING_BESIDE
    meaning = meaning_problems(claim.quote, passage, where, anchor, beside)
    turned = any(problem.turns_round for problem in meaning)
    for message, severity in edge_problems(doc, claim.quote, anchor):
        meaning.append(
            (Diagnostic.error if severity is Severity.ERROR else Diagnostic.warning)(where, message)
        )
    out.extend(meaning)
    figure_span = locate_figure(doc, claim.figure, anchor.span)
    longer = None
    if quantity is not None and figure_span is not None:
        longer = longer_in_source(doc, claim.figure, figure_span, anchor.span, has_elision(claim.quote))
    if longer:
        said = f"the source's number here is “{longer}”, not “{_figure_number(claim.figure)}”"
        if GROUPING.search(longer) and normalize(longer).text in normalize(claim.quote).text:
            # The quote has it whole, with a plain space where the source's groups thousands.
            cut = f"{said}: its space groups thousands, as the quote's plain one does not; copy the quote and figure from the source"
        else:
            cut = f"{said}: the quote cuts it; quote it whole, or claim another"
        out.append(Diagnostic.error(claim.position("figure"), cut))
    bounds = []
    if quantity is not None and quote_figure is not None:
        bounds = _bounds_problems(
            claim, doc, anchor, quote_figure, figure_span, cut=bool(longer), told=turned
        )
    if figure_span is not None and (
        cased := unit_case(claim.figure, doc.text[figure_span.start : figure_span.end])
    ):
        out.append(Diagnostic.error(claim.position("figure"), cased))
    if quantity is not None and figure_span is None:
        # A quote refused for what it says has its figure's words refused with it: one mistake, told once.
        told = any(problem.severity is Severity.ERROR for problem in [*meaning, *bounds])
        out.append(_figure_not_in_source(claim, passage, told))
    out.extend(bounds)
    out.extend(_other_numbers(claim, doc, anchor))
    other = ends_on_another_number(doc.text, anchor.span.end)
    if other and (figure_span is None or figure_span.end < anchor.span.end):  # its own: _bounds_problems
        out.append(Diagnostic.warning(where, other))
    # A quotation half held is told where nothing else refuses the quote: begun after the source's
    # "“about", the qualifier left out is the mistake, the mark only its trace. So is what else it
    # says otherwise (see checks/otherwise.py).
    if not any(d.severity is Severity.ERROR for d in out) and (
        last := cut_a_quotation(doc, anchor) or said_otherwise(doc, claim.quote, anchor)
    ):
        out.append(Diagnostic.error(where, last))
    return CheckedClaim(claim, source, anchor, quantity, figure_span, quote_figure), out


#: A word or a number of a quote besides its figure's.
_WORD = lazy(r"[^\W_]")


def _field_problems(reg: Registry, claim: Claim) -> list[Diagnostic]:
    """What is wrong with the claim's note, whatever its quote (its summary: see checks/references.py)."""
    out = []
    if not claim.note.strip() and not claim.where.doubted("note"):
        told = "no note yet: tell the reader what the figure does and does not show"
        out.append(Diagnostic.warning(claim.position("note"), told))
    out += shown_as_written(reg, lambda: claim.position("note"), claim.note, "the claim's page")
    return out


def _figure_not_in_source(claim: Claim, passage: str, told: bool) -> Diagnostic:
    """A figure the passage does not write as it is: a slip (a word left out, "8,000 firms" of "8,000
    private sector firms") only stops its highlighting, but a word the source does not have at all
    ("military" for "humanitarian" assistance) would publish what the source never said, unless the
    quote is refused already (``told``)."""
    # Its qualifier, number, currency and percent are read and compared as the figure's bounds.
    written = figure_read(claim.figure)
    foreign = [] if told else words_not_in(written.rest if written is not None else claim.figure, passage)
    if foreign:
        said = " and ".join(f"“{word}”" for word in foreign)
        return Diagnostic.error(
            claim.position("figure"),
            f"the figure has {said}, which the source's passage does not: a figure says what its source says; "
            "copy it from the source",
        )
    return Diagnostic.warning(
        claim.position("figure"),
        "figure is not written verbatim in the source passage; it cannot be highlighted",
    )


def _figure_number(figure: str) -> str:
    """The figure's number as it writes it, with what bounds it: "£4m", not "4m"; "30%", not "30"."""
    written = figure_read(figure)
    return written.text if written is not None else number_words(figure) or figure


def _figure(claim: Claim, out: list[Diagnostic]) -> tuple[Span | None, Quantity | None]:
    """Where the figure stands in the quote, and what it says; None for either that cannot be had,
    with why added to ``out``."""
    from rootcheck.text.longer import longer_number  # see check_claim

    if has_elision(claim.figure):
        # Its words would be joined across what the quote leaves out: "$112 million ... individuals"
        # would publish another number's noun as this one's.
        message = "the figure leaves words out (“...”); a figure is one run of the source's words, its number and what it counts"
        out.append(Diagnostic.error(claim.position("figure"), message))
        return None, None
    quote_figure = figure_in_quote(claim.quote, claim.figure)
    if quote_figure is None:
        out.append(
            Diagnostic.error(
                claim.position("figure"),
                f"figure “{shown(claim.figure)}” does not occur in the quote{curly_quoted(claim.figure)}; copy it "
                "from the quote word for word, or the quote and it from the source if the quote is what is wrong",
            )
        )
        return None, None
    if longer := longer_number(claim.quote, claim.figure, quote_figure.start):
        out.append(
            Diagnostic.error(
                claim.position("figure"),
                f"the quote's number here is “{longer}”, not “{_figure_number(claim.figure)}”: the figure would "
                "publish another number; write it whole, or, for a range, claim neither end",
            )
        )
        return quote_figure, None
    if numbered := enumerates(claim.quote, quote_figure.start):
        told = f"“{numbered}” numbers an item of a list, and counts nothing: claim a number the source counts with"
        out.append(Diagnostic.error(claim.position("figure"), told))
        return quote_figure, None
    try:
        quantity = parse_figure(claim.figure)
    except FigureError as exc:
        out.append(
            Diagnostic.error(
                claim.position("figure"), f"figure “{shown(claim.figure)}” does not parse: {exc}"
            )
        )
        return quote_figure, None
    if (numeral := point_may_group(claim.figure)) and not quantity.percent:
        read, meant = f"{quantity.value:g}", numeral.replace(".", ",")
        told = f"if its point groups thousands, as much of Europe writes them, the site would publish {read} for {meant}"
        out.append(Diagnostic.warning(claim.position("figure"), f"“{numeral}” is read as {read}: {told}"))
    if quantity.unit is None and not (
        _WORD.search(claim.quote, 0, quote_figure.start) or _WORD.search(claim.quote, quote_figure.end)
    ):
        # Published, the claim would quote a bare number, with nothing of what it counts or is spent on.
        told = "the quote is its number alone: quote the source's words around it, which say what it counts"
        out.append(Diagnostic.warning(claim.position("quote"), told))
    return quote_figure, quantity


def _bounds_problems(
    claim: Claim,
    doc: Document,
    anchor: Anchor,
    quote_figure: Span,
    figure_span: Span | None,
    cut: bool = False,
    told: bool = False,
) -> list[Diagnostic]:
    """A figure's number is read whole, with its magnitudes and what bounds it (“more than”, “nearly”, a
    currency, a percent): the quote must read as the source does, and the figure as the quote does.

    A quote is tolerant of wording, but “fewer than 90,000 jobs” for “more
    than 90,000 jobs”, “8,000 firms” begun just after the source's
    “nearly”, “€179 million” for “$179 million”, or “more than 17” ended
    just before the source's “million” says another number; so it is an
    error, however close the rest of the quote. So is a slipped quote whose number
    counts other things (“90,000 firms” for “90,000 jobs”, “90,000 new jobs”), but where it counts them
    otherwise only by a word turned round, refused already as such (``told``: “300 large farms” for
    “300 small farms”). Where the quote ``cut`` the source's longer number, as told already, the
    source is not read again.
    """
    readings = figure_readings(claim.quote, claim.figure, quote_figure, doc, anchor, figure_span)
    if readings is None:
        return []  # the figure's number is not in the passage as written: told of already
    own, quoted, said = readings
    out = []
    if not own.counts_as(quoted):
        message = f"the quote says “{shown(quoted.text)}”, the figure “{shown(own.text)}”: write the figure from the quote"
        if GROUPING.search(own.number) and quoted.rest.startswith(
            " " + GROUPING.sub(" ", own.number)[len(quoted.number) + 1 :]
        ):
            # "180 000" typed with a plain space in the quote, where the figure copies the source's no-break one.
            message = (
                f"the quote types “{shown(GROUPING.sub(' ', own.number))}” with a plain space, which groups no thousands, "
                f"where the figure's “{shown(own.number)}” has the source's: copy the quote's number from the source"
            )
        out.append(Diagnostic.error(claim.position("figure"), message))
    elif own.currency and not quoted.currency:
        # "$500" of "C$500": the quote's sign is another currency's, which no figure reads.
        message = (
            f"the figure's “{shown(own.text)}” is a sum in {own.currency}, where the quote's “{shown(quoted.text)}” "
            "has no currency rootcheck reads: write the figure as the quote's number, and say in the note what currency it is"
        )
        out.append(Diagnostic.error(claim.position("figure"), message))
    elif not own.bounded_as(quoted):
        # An error, not a slip: the site and its data would publish the number bounded otherwise
        # ("ten percent" of "Less than ten percent" as exactly ten).
        message = f"the quote says “{shown(quoted.text)}”; write the figure from there: the published figure would lose what bounds its number"
        out.append(Diagnostic.error(claim.position("figure"), message))
    elif own is quoted and (bound := bound_unread(claim.figure, quoted)):
        # A warning, not an error: "and below" may bound a number where the quote's reading takes
        # it for other words ("$300 and below per month"), as it may not ("40 and under house arrest").
        going_on = " ".join(quoted.rest.split()[: len(bound.split()) + 3])
        message = (
            f"the figure bounds its number with “{bound}”, which the quote reads as other words: "
            f"“{shown(quoted.text)} {going_on}”; if the source does not bound the number so, write the figure "
            f"without “{bound}”, or it will be published so"
        )
        out.append(Diagnostic.warning(claim.position("figure"), message))
    elif stops_short := figure_stops_short(claim.figure, quoted):
        out.append(Diagnostic.error(claim.position("figure"), stops_short))
    if cut:
        return out  # the quote cuts the source's number, as told already: the source reads another there
    if not quoted.reads_as(said):
        out.append(Diagnostic.error(claim.position("quote"), unbounded(quoted, said)))
    elif read_on := noun_bounds(claim.figure, own, quoted, said):
        out.append(_bound_after_noun(claim, read_on))
    elif cut_short := count_cut_short(quoted, said):
        out.append(Diagnostic.error(claim.position("quote"), cut_short))
    elif _WORD.search(claim.quote, 0, quote_figure.start) and (ended := ends_on_its_number(quoted, said)):
        out.append(Diagnostic.warning(claim.position("quote"), ended))  # not of its number alone, told so
    elif (
        anchor.status is AnchorStatus.FUZZY
        and (counts := changed_count(quoted.rest, said.rest, quoted.cut, quoted.currency is not None))
        # Told once, as turned round, where that word is all the quote changes of what is counted.
        and not (told and turned_only(*counts))
    ):
        quote_counts, source_counts = counts
        source_has = f"{shown(said.text)} {source_counts}".rstrip()
        message = (
            f"the quote has “{f'{shown(quoted.text)} {quote_counts}'.rstrip()}” where the source has “{source_has}”: "
            "what a figure counts is no slip of wording"
        )
        typed = [(a, b) for a, b in zip(quote_counts.split(), source_counts.split(), strict=False) if a != b]
        if len(typed) == 1 and mistyped(*typed[0]):
            message += f"; “{typed[0][0]}” looks mistyped: type it as the source does"
        out.append(Diagnostic.error(claim.position("quote"), message))
    return out


def _bound_after_noun(claim: Claim, read: BoundAfterNoun) -> Diagnostic:
    """Why a figure is refused whose source bounds it after what it counts ("650 people or more"), where the
    quote does not, or bounds it so where the source does not, or the figure leaves out the bound both
    have: at the figure for that, at the quote for the others."""
    field = "figure" if read.figure_loses else "quote"
    return Diagnostic.error(claim.position(field), noun_unbounded(read))


def _other_numbers(claim: Claim, doc: Document, anchor: Anchor) -> list[Diagnostic]:
    """The quote's numbers besides its figure's, where it cuts or slips what bounds or counts them."""
    where = claim.position("quote")
    return [
        Diagnostic.error(where, message)
        for message in number_slips(doc, claim.quote, anchor, number_words(claim.figure))
    ]


def _document(
    reg: Registry, documents: dict[str, Document], claim: Claim, out: list[Diagnostic]
) -> tuple[Source, Document] | None:
    """The source the claim quotes and its text; None where there is none to prove it against."""
    source = reg.sources.get(claim.source_id)
    if source is None:
        out.extend(unknown_source(reg, claim.source_id, claim.position("source")))
        return None
    doc = documents.get(source.id)
    if doc is None:
        return None  # the document's own problem is already reported
    return source, doc
