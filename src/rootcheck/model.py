"""The domain model every stage shares: typed records, most of them frozen.

Data flows one way: the registry makes these once from YAML, the text layer anchors and parses
them, the renderers only read them; what the checks find goes to the registry, not into them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rootcheck.digests import lines_digest
from rootcheck.once import once
from rootcheck.positions import Marks, Position
from rootcheck.text.markup import cited_claims
from rootcheck.text.seen import Unschemed, shown_otherwise, unschemed_links


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in the input, anchored where an editor can fix it."""

    severity: Severity
    where: Position
    message: str
    #: A quote its source holds nothing like: which other sources hold it is added on every run.
    asks_source: bool = False
    #: The claim id a comparison's reference turns on: one that no claim has, listed or cited, or one
    #: cited but not listed. Renaming a claim to or from it may mend the error, and ``rename`` goes
    #: ahead while such errors alone stand (see :mod:`rootcheck.commands.rename`).
    about_claim: str | None = None
    #: A quote told it says a word's opposite ("large" for "small"): what its number counts, changed by
    #: that word alone, is not told again (see :mod:`rootcheck.checks.verify`).
    turns_round: bool = False

    @classmethod
    def error(cls, where: Position, message: str) -> Diagnostic:
        return cls(Severity.ERROR, where, message)

    @classmethod
    def warning(cls, where: Position, message: str) -> Diagnostic:
        return cls(Severity.WARNING, where, message)


class Role(Enum):
    """What a source is to the fact-check."""

    PLEDGE = "pledge"
    PROGRESS = "progress"
    CONTEXT = "context"
    CRITIQUE = "critique"


@dataclass(frozen=True)
class Source:
    """A source document as described in ``seeds/sources.yaml``."""

    id: str
    #: The document's file name, inside ``seeds/`` (see :attr:`shown`).
    file: str
    title: str
    publisher: str | None
    author: str | None
    published: dt.date | None
    url: str | None
    role: Role
    sha256: str | None
    where: Position
    #: Where ``published`` was written, if it was. Not in ``described``: a message's place, not the source's.
    dated: Position | None = field(default=None, compare=False, repr=False)

    @once
    def described(self) -> str:
        """Every field, as keys take it; kept, as the preview keeps sources from one rebuild to the next."""
        return repr(self)

    @property
    def shown(self) -> str:
        """The document's path from the root, as messages name it: ``seeds/000_….txt``."""
        return f"seeds/{self.file}"


@dataclass(frozen=True)
class Span:
    """A half-open range of ``str`` offsets into a source file's decoded text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class AnchorStatus(Enum):
    EXACT = "exact"
    FUZZY = "fuzzy"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"


#: The lowest similarity (0–100) at which a passage counts as the quote (see :mod:`rootcheck.text.anchor`).
FUZZY_THRESHOLD = 88.0


@dataclass(frozen=True)
class Anchor:
    """Where a quote stands in its source, and how sure we are.

    ``span`` is the chosen occurrence (the first one when ambiguous), ``None``
    when not found. ``score`` is 100 for exact matches; for fuzzy ones it is the
    similarity of the quote to the passage. ``hint`` explains a rejection, for
    example the number the source gives where the quote has another.
    """

    status: AnchorStatus
    span: Span | None
    score: float
    occurrences: int
    candidates: tuple[Span, ...] = ()
    hint: str | None = None
    #: Of a quote with elisions, where each of its parts stands in ``span``, as the source writes it.
    parts: tuple[Span, ...] = ()

    @property
    def found(self) -> bool:
        return self.status in (AnchorStatus.EXACT, AnchorStatus.FUZZY)


class Qualifier(Enum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    UP_TO = "up_to"
    APPROXIMATELY = "approximately"
    NEARLY = "nearly"


@dataclass(frozen=True)
class Quantity:
    """A figure parsed from its words: "$4.2 billion" is 4.2e9 USD."""

    value: float
    qualifier: Qualifier
    currency: str | None
    percent: bool
    unit: str | None
    # How the figure gives its number, read with it so that pages and data show it without reading
    # the figure again: a build that proves nothing then loads nothing of how figures are read.
    # None of them changes what the figure means, so none is compared.
    #: The fraction or ratio it states as a share, as written ("two thirds", "one in five").
    share: str | None = field(default=None, compare=False, repr=False)
    #: The plural magnitude it states alone, as written ("millions", "tens of thousands").
    vague: str | None = field(default=None, compare=False, repr=False)
    #: Whether it counts one thing by its article ("an Anticorruption Task Force").
    by_article: bool = field(default=False, compare=False, repr=False)

    def as_dict(self) -> dict[str, object]:
        return {
            "value": self.value,
            "qualifier": self.qualifier.value,
            "currency": self.currency,
            "percent": self.percent,
            "unit": self.unit,
        }


@dataclass(frozen=True)
class Correction:
    """A mistake put right on a published page: the day, and what was wrong, in plain words."""

    date: dt.date
    text: str


@dataclass(frozen=True)
class Claim:
    """One claim file: a quote from a source and the figure it states."""

    id: str
    #: The claim file's path relative to the root, in POSIX form. Kept as text: a registry's
    #: every claim is made in every build, and a ``Path`` each cost 1.5 µs (:attr:`path`).
    file: str
    source_id: str
    quote: str
    figure: str
    summary: str | None
    pillar: str | None
    note: str
    occurrence: int | None
    draft: bool
    aliases: tuple[str, ...]
    #: Mistakes put right on the claim's page since it was published, oldest first.
    corrections: tuple[Correction, ...] = ()
    where: Marks = field(default_factory=lambda: Marks(""), compare=False, hash=False)
    #: The claims :attr:`note` cites. Found once, as the claim is made: every run checks
    #: them, and scanning 10,000 notes for them took 9 ms of a warm ``check``.
    cites: tuple[str, ...] = field(init=False, repr=False, compare=False, hash=False)
    #: A digest of what proving reads of the claim: every field but the note and the summary, and of
    #: the note only whether it is blank, so that a revised note or a reworded summary needs no proof
    #: nor source read again (lists, which show the summary, are keyed by it apart). Empty where
    #: the note writes what its page shows otherwise than meant (see :mod:`rootcheck.text.seen`): the
    #: warning points into the note as the file lays it out, so the file's own digest keys such a
    #: claim's proof (see :mod:`rootcheck.checks.proving`).
    proof_key: str = field(init=False, repr=False, compare=False, hash=False)
    #: The links of :attr:`note` to an address of no scheme, found as :attr:`cites` is: every run
    #: warns of them, and looking through 10,000 notes took 0.09 s of a warm ``check``.
    unschemed: tuple[Unschemed, ...] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cites", cited_claims(self.note))
        object.__setattr__(self, "unschemed", tuple(unschemed_links(self.note)))
        object.__setattr__(self, "proof_key", "" if shown_otherwise(self.note) else _proof_key(self))

    # A claim is pickled with its note as UTF-8 and read back with the note left so until asked
    # for. The registry's memo holds every claim, and a warm build reads none of their notes
    # (each page and export part showing one is remembered too): at 10,000 claims, decoding
    # the notes (16 MB, not ASCII) took 25 of the 66 ms it took to unpickle the claims. A cold
    # run pays instead: pickling through this method took 66 ms for those claims, rather than 30.
    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any], bytes]]:
        state = dict(self.__dict__)
        note = state.pop(_NOTE_UTF8, None)
        text = state.pop("note", None)
        if note is None:
            note = text.encode("utf-8", "surrogatepass")
        return _revived_claim, (state, note)

    if not TYPE_CHECKING:  # as the type checker sees it, a claim has only its fields

        def __getattr__(self, name: str) -> Any:
            # Called only for what the claim's __dict__ lacks: a note not yet decoded.
            state = self.__dict__
            if name != "note" or _NOTE_UTF8 not in state:
                raise AttributeError(name)
            note = state["note"] = state.pop(_NOTE_UTF8).decode("utf-8", "surrogatepass")
            return note

    def position(self, key: str) -> Position:
        """Where ``key`` was written, falling back to the file itself."""
        # Each fallback made only when needed: proving asks this of every claim.
        return self.where.find(key) or self.where.find("") or Position(self.file)

    @property
    def path(self) -> Path:
        """The claim file's path relative to the root."""
        return Path(self.file)


_NOTE_UTF8 = "_note_utf8"
#: The fields of a claim that proving reads as they are: all but the note and what is made of it, and
#: the summary, which only lists show and whose length is checked on every run with the other claims.
_PROVED_FIELDS = tuple(
    f.name for f in fields(Claim) if f.name not in ("note", "summary", "cites", "proof_key", "unschemed")
)


def _proof_key(claim: Claim) -> str:
    shown = [f"{name}={getattr(claim, name)!r}" for name in _PROVED_FIELDS]
    return lines_digest([*shown, f"note blank={not claim.note.strip()}"])


def _revived_claim(state: dict[str, Any], note: bytes) -> Claim:
    """A claim as :meth:`Claim.__reduce__` pickled it, its note still UTF-8."""
    claim = object.__new__(Claim)
    claim.__dict__.update(state)
    claim.__dict__[_NOTE_UTF8] = note
    return claim


@dataclass(frozen=True)
class CheckedClaim:
    """A claim after anchoring and figure parsing: what the site is made of."""

    claim: Claim
    source: Source
    anchor: Anchor
    quantity: Quantity | None
    #: Where the figure is highlighted: in the source file, and in the claim's quote.
    figure_span: Span | None
    quote_figure: Span | None
    #: A digest of everything this result was computed from (the claim, its source, rootcheck's code);
    #: empty when unknown. Pages made from the claim are keyed by it.
    inputs: str = ""
    #: The same digest with the claim's note left out: pages that list the claim without its note
    #: are keyed by it, so that revising a note, an editor's commonest change, leaves them be.
    listed: str = ""

    @once
    def id(self) -> str:
        # Cached: the site asks it of every claim many times per build.
        return self.claim.id


@dataclass(frozen=True)
class Pillar:
    id: str
    number: int
    title: str


CROSS_CUTTING = Pillar("cross-cutting", 0, "Cross-cutting")


@dataclass(frozen=True)
class Verdict:
    id: str
    label: str
    rating: int
    meaning: str


@dataclass(frozen=True)
class Comparison:
    """A 2021 pledge set against the 2023 figures that answer it, with a verdict."""

    id: str
    path: Path
    title: str
    pillar: str
    pledges: tuple[str, ...]
    progress: tuple[str, ...]
    context: tuple[str, ...]
    verdict: str
    annotation: str
    summary: str | None = None
    #: The claim the verdict rates, for ClaimReview: one the progress update itself makes.
    claim_reviewed: str | None = None
    #: The day the fact-check was first published, and the day its verdict or argument last
    #: changed in a way readers should be told of; None until an editor gives them.
    published: dt.date | None = None
    updated: dt.date | None = None
    #: Oldest first, as the file gives them.
    corrections: tuple[Correction, ...] = ()
    where: Marks = field(default_factory=lambda: Marks(""), compare=False, hash=False)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return self.pledges + self.progress + self.context

    @property
    def revised(self) -> dt.date | None:
        """The last day the fact-check changed for its readers: its update or its latest correction."""
        return max([day for day in (self.updated, *(c.date for c in self.corrections)) if day], default=None)


@dataclass(frozen=True)
class Skip:
    """A number in a source that is deliberately not a claim, and why."""

    source_id: str
    text: str
    reason: str
    #: Where the text is, which most messages are about.
    where: Position
    #: Where the source id is, for a message about it.
    source_where: Position


@dataclass(frozen=True)
class SiteSettings:
    title: str
    tagline: str
    publisher: str
    language: str
