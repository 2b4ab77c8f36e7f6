"""Words of a small closed class a slip puts for another of the class, or puts in: a preposition
("support from 8,000 firms" for the fact sheet's "support for"), a word telling of how many ("in each
of" the countries, "all workplaces" for "many workplaces"), one telling how often or how far a
thing holds ("always" for "often", "solely" for "in part", "partly committed"), a modal ("may
invest" for "will invest"), a pronoun ("their country" for "our country"), a join ("and" for "or")
a rank before a title ("the Deputy Secretary" for "the Assistant Secretary") and a record ("a record
$4 billion").

Each tells how one thing stands to another, or of how much of it something is said. A slip may drop
one ("in the region" read as "the region" loses a word, not a meaning a reader is told), but not one
that limits how far a thing holds (:data:`LIMITS`: "ineligible" of "generally ineligible"), nor a
rank that tells whose office is named (:data:`RANKS`: "the President's" of "the Vice President's"),
and a quote may not say another, nor one its source does not say.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rootcheck.patterns import lazy
from rootcheck.text.leftout import left_out_within
from rootcheck.text.lexicon import MODALS, word_set
from rootcheck.text.named import aligned
from rootcheck.text.normalize import SINGLE_QUOTES
from rootcheck.text.numbers import YEAR
from rootcheck.text.slipped import WORDS


class Kind(NamedTuple):
    """A small closed class of words."""

    words: frozenset[str]
    #: Those of its words that, put in where the source has none of the kind, say what it does not.
    put_in: frozenset[str] = frozenset()


#: Prepositions telling how one thing stands to another ("before" for "after" is told first as
#: opposites). Not those that bound a number ("over 500", "under 10%", read as its bounds), nor
#: "without", a negation.
PREPOSITIONS = Kind(
    word_set(
        """for from to in into inside outside within at by with of on onto during since until toward
        towards against among between through throughout across beyond near behind beside before after
        following"""
    ),
)
#: Words telling of how many of a thing something is said ("no" and "few" deny: a negation's).
_HOW_MANY = word_set("all each every most many some several both any much")
QUANTIFIERS = Kind(_HOW_MANY, put_in=_HOW_MANY)
#: Words telling how often or how far a thing holds; "part" as "in part" says, "only" what holds of
#: nothing else ("the only move", "only by creating jobs"), and "merely", "even" or "just" how little
#: or how much it is ("merely 12 have done so").
_HOW_FAR = word_set(
    """always often sometimes usually frequently occasionally generally typically routinely regularly
    constantly partly partially largely mostly mainly primarily chiefly solely exclusively entirely
    fully completely wholly totally slightly somewhat significantly substantially considerably greatly
    single-handedly only merely even just simply purely alone very massively hugely vastly extremely
    part"""
)
DEGREES = Kind(_HOW_FAR, put_in=_HOW_FAR)
#: Words of how far a thing holds that limit it: left out, a view of most or some of a thing reads as
#: of all of it ("ineligible" of "generally ineligible", "based on" of "based in part on"). Not those
#: that stress ("significantly") or take it whole ("fully"), whose loss tells less, not more.
LIMITS = word_set(
    """generally largely mostly partly partially often usually sometimes mainly primarily chiefly
    occasionally typically frequently part"""
)
#: Words telling whether a thing will, may or must be: "may invest" for "will invest", or for
#: "invest". A "will" put in is a promise, :mod:`rootcheck.text.promises`'s to tell: "will invest"
#: for "have committed to invest" says the same.
MODAL = Kind(MODALS, put_in=MODALS - {"will", "would", "shall"})
#: Words telling whom a thing is told of: "their country" for the cover letter's "our country".
PRONOUNS = Kind(word_set("i me my we us our you your he him his she her they them their it its"))
#: Words joining two things, one as well as the other or either, or the second among the first:
#: "corruption and abuse" for "or abuse", "including over 7,800 arrests" for "and over 7,800 arrests".
CONJUNCTIONS = Kind(word_set("and or nor including"))
#: Words of rank before a title, naming another office than the title alone: "the President's" of the
#: fact sheet's "the Vice President's", "full professor" for "associate professor", "former minister".
_RANKS = word_set("vice deputy acting interim former assistant associate")
RANKS = Kind(_RANKS | {"full"}, put_in=_RANKS)
#: Words that set a thing against all others, or all time: "a record $4 billion", "its largest-ever
#: package", "more than ever before". Put in, they claim what the source does not.
_RECORDS = word_set(
    """record ever largest biggest greatest highest lowest smallest unprecedented historic first-ever
    largest-ever all-time"""
)
RECORDS = Kind(_RECORDS, put_in=_RECORDS)
#: Words that tell a result as sure or whole: "to guarantee economic security" for "to strengthen", "a
#: project that ended GBV" for "to combat", "to eliminate the root causes" for "to address". Put in,
#: they claim an outcome the source does not; one for another says the same (see :data:`_SAME`).
_OUTCOMES = word_set(
    """ensure ensures ensured ensuring guarantee guarantees guaranteed guaranteeing eliminate eliminates
    eliminated eliminating eradicate eradicates eradicated eradicating ended defeat defeats defeated
    defeating solve solves solved solving"""
)
OUTCOMES = Kind(_OUTCOMES, put_in=_OUTCOMES)
#: Words that tell a number as an increase over another, or a multiple of one: "an increase of $189
#: million" or "an additional $179 million" for the fact sheet's "$189 million", "doubled deliveries to
#: 17 million doses" for "delivered". Put in, they make a total a gain; one for another says the same.
_INCREASES = word_set(
    """additional extra increase increases increased increasing double doubled doubles doubling triple
    tripled triples tripling quadrupled twice"""
)
INCREASES = Kind(_INCREASES, put_in=_INCREASES)
#: Verbs of saying or thinking, which put in make what the source states someone's word: "thus far,
#: critics estimate, 12 have done so" for the cover letter's "thus far, 12 have done so", "The U.S.
#: Government, officials say, has reached". One for another says the same; "estimated" bounds a number.
_SAYING = word_set(
    """say says said claim claims claimed estimate estimates argue argues argued believe believes believed
    contend contends contended insist insists insisted allege alleges alleged assert asserts asserted
    maintain maintains maintained suggest suggests suggested admit admits admitted concede concedes
    conceded acknowledge acknowledges acknowledged suspect suspects suspected warn warns warned predict
    predicts predicted fear fears feared doubt doubts doubted"""
)
SAYING = Kind(_SAYING, put_in=_SAYING)
#: Words telling how one thing bears on another, as its cause or against it: "sanctioned … despite
#: their role in" for the fact sheet's "for their role in", "because nearly 12,000 youth recently
#: completed" for "with nearly 12,000". Put in, or one for its opposite, they tell a reason the source
#: does not; "though" is "although", "due" and "owing" are "because".
_BEARING_ON = word_set("because despite although though notwithstanding regardless due owing")
BEARING_ON = Kind(_BEARING_ON, put_in=_BEARING_ON)
#: Words telling which things are meant, these or others: "in other countries" for "in these countries".
REFERRED = Kind(word_set("this that these those other another"), put_in=word_set("other another"))
#: Words telling in what order in time two things stand, put in where the source tells none: "has
#: asked for $4 billion … after it issued a call to action" for "and issued".
_ORDER_IN_TIME = word_set("before after while whilst until")
ORDER_IN_TIME = Kind(_ORDER_IN_TIME, put_in=_ORDER_IN_TIME)
#: Places told by their scale, one put for another: "the region's child protection services" for "the
#: country's", "migrants in the region" for "in our country".
_SCALES = word_set(
    """country countries nation nations region regions world continent capital city cities town towns
    village villages municipality municipalities province provinces"""
)
PLACES_BY_SCALE = Kind(_SCALES | {f"{place}'s" for place in _SCALES})
_SCALE_PLURALS = {
    "countries": "country", "regions": "region", "cities": "city", "towns": "town", "villages": "village",
    "municipalities": "municipality", "provinces": "province", "worlds": "world", "continents": "continent",
}  # fmt: skip
#: An apostrophe however typed, within a word: "country‘s" is "country's", one word, not two.
_APOSTROPHE = lazy(rf"(?<=\w)[{SINGLE_QUOTES}](?=\w)")
#: Bearings that narrow a place, left out: "firms in Central America" of "firms in northern Central
#: America" tells of a wider place than the source does.
COMPASS = word_set("northern southern eastern western northeastern northwestern southeastern southwestern")
#: Units of time, one put for another: "months of experience" for the cover letter's "decades of
#: experience". A unit told as a number's ("five-year") is the number's to read.
_UNITS_OF_TIME = word_set(
    "day days week weeks month months quarter quarters year years decade decades century centuries"
)
UNITS_OF_TIME = Kind(_UNITS_OF_TIME)
#: Words telling how often a thing recurs, put in where the source tells no such thing: "an annual
#: high-level delegation" for "a high-level delegation".
_RECURRING = word_set("annual annually yearly monthly weekly daily")
RECURRING = Kind(_RECURRING, put_in=_RECURRING)
#: Words of a kind that say the same: "toward" and "towards", "during 2022" and "in 2022", an "interim"
#: director and an "acting" one.
_SAME = {
    **{"towards": "toward", "into": "in", "onto": "on", "within": "in", "during": "in", "till": "until"},
    "following": "after",
    **{"partially": "partly", "part": "partly"},
    "interim": "acting",
    **dict.fromkeys(_OUTCOMES, "ensure"),
    **dict.fromkeys(_INCREASES, "increase"),
    **dict.fromkeys(_SAYING, "say"),
    **{
        "though": "although",
        "due": "because",
        "owing": "because",
        "notwithstanding": "despite",
        "regardless": "despite",
    },
    **{"that": "this", "these": "this", "those": "this", "another": "other", "whilst": "while"},
    # A place in the plural, or its own, or with its apostrophe dropped, is at its scale still.
    **{f"{plural}{mark}": one for plural, one in _SCALE_PLURALS.items() for mark in ("", "'")},
    **{f"{one}'s": one for one in _SCALE_PLURALS.values()},
    **{"nation": "country", "nations": "country", "nation's": "country"},
    # One recurrence put for another says the same: "an annual report", "a yearly report".
    **{"annually": "annual", "yearly": "annual"},
}
#: A year, whose preposition tells a time (see :func:`~rootcheck.text.changes.changed_period`).
_YEAR = lazy(YEAR)


def _same(word: str) -> str:
    """``word`` as one of its kind that says the same: "nation's" is "country"."""
    return _SAME.get(word, word)


def changed_closed_words(quote: str, source: str, kind: Kind) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` puts a word of ``kind`` for another of ``source``'s ("from" for "for"), or, for a
    kind whose words say what the source does not where put in, puts one in ("each of"): the quote's
    words and the source's (none where it puts one in); None where it says each as the source does."""
    changed = first_changed_kind(quote, source, [kind])
    return changed[1:] if changed else None


def first_changed_kind(
    quote: str, source: str, kinds: Sequence[Kind]
) -> tuple[int, list[str], list[str]] | None:
    """The first of ``kinds`` whose words ``quote`` changes (see :func:`changed_closed_words`), by its
    place among them, with the quote's words and the source's: the two lined up once for them all."""
    quoted_words, said_words, steps = aligned(_APOSTROPHE.sub("'", quote), _APOSTROPHE.sub("'", source))
    quoted, said = [w.key for w in quoted_words], [w.key for w in said_words]
    changed = [
        (step[1:], {part for word in said[step[3] : step[4]] for part in word.split("-")})
        for step in steps
        if step[0] not in ("equal", "insert")  # as the source, or words of the source's the quote leaves out
    ]
    for at, kind in enumerate(kinds):
        for (quote_start, quote_end, source_start, source_end), parted in changed:
            # A compound's words, its hyphens dropped, are the source's own: "free of cost" of "free-of-cost".
            put = [w for w in _of_kind(quoted, quote_start, quote_end, kind.words) if w not in parted]
            had = _of_kind(said, source_start, source_end, kind.words)
            if not put or {_same(w) for w in put} & {_same(w) for w in had}:
                continue
            if had:
                return at, _shown(put), _shown(had)
            # Put in where the source has none: "in each of" for "in", "partly committed" for "committed".
            put_in = [word for word in put if word in kind.put_in]
            if put_in and not set(put_in) & set(_of_kind(said, 0, len(said), kind.words)):
                return at, _shown(put_in), []
    return None


def left_out_limits(quote: str, passage: str) -> list[str]:
    """The words of :data:`LIMITS` ``passage`` has within the quote's words that ``quote`` leaves out,
    where it puts none of them in their place ("ineligible" of "generally ineligible", whatever other
    limit the quote keeps): as a reader would find them. Not those before the quote's first word the
    passage has nor after its last."""
    return _left_out(quote, passage, LIMITS, unless=_HOW_FAR)


def limits_in(text: str) -> list[str]:
    """The words of :data:`LIMITS` ``text`` has, as written: what an elision leaves out of how far a
    thing holds ("ineligible" of "generally ineligible" as "... ineligible")."""
    written = WORDS.findall(text)
    lowered = [word.lower() for word in written]
    return [
        "in part" if lowered[at] == "part" else written[at]
        for at in _at_kind(lowered, 0, len(lowered), LIMITS)
    ]


def left_out_bearings(quote: str, passage: str) -> list[str]:
    """The compass bearings ``passage`` has within the quote's words that ``quote`` leaves out, where it
    puts none in their place ("in Central America" of "in northern Central America"), as written."""
    return _left_out(quote, passage, COMPASS, unless=COMPASS)


def left_out_ranks(quote: str, passage: str) -> list[str]:
    """The ranks ``passage`` has before a title within the quote's words that ``quote`` leaves out,
    where it has no rank in their place ("the President's" of "the Vice President's"), as written."""
    return _left_out(quote, passage, _RANKS, unless=RANKS.words)


def _left_out(quote: str, passage: str, words: frozenset[str], unless: frozenset[str]) -> list[str]:
    """The words of ``words`` ``passage`` has within the quote's words that ``quote`` leaves out, as
    written; none where the quote puts a word of ``unless`` in their place, another of the kind."""
    left = left_out_within(quote, passage)
    of_kind = set(_at_kind(left.said, 0, len(left.said), words))
    return [
        "in part" if left.said[at] == "part" else left.written[at]
        for at, instead in zip(left.at, left.instead, strict=True)
        if at in of_kind and not _of_kind(list(instead), 0, len(instead), unless)
    ]


def _of_kind(words: list[str], start: int, end: int, kind: frozenset[str]) -> list[str]:
    """The words of ``kind`` among ``words[start:end]`` (see :func:`_at_kind`)."""
    return [words[at] for at in _at_kind(words, start, end, kind)]


def _at_kind(words: list[str], start: int, end: int, kind: frozenset[str]) -> list[int]:
    """Where the words of ``kind`` stand among ``words[start:end]``: not "some" bounding a number ("some
    120"), nor a preposition before a year, a time that :mod:`rootcheck.text.changes` reads ("since
    2022" for "in 2022"), nor "part" but in "in part"."""
    return [
        at
        for at in range(start, end)
        if words[at] in kind
        and not _before_a_number(words, at)
        and (words[at] != "part" or (at > 0 and words[at - 1] == "in"))
    ]


def _shown(words: list[str]) -> list[str]:
    """Words of a kind as a reader would find them: "in part", not "part"."""
    return ["in part" if word == "part" else word for word in words]


def _before_a_number(words: list[str], at: int) -> bool:
    following = words[at + 1] if at + 1 < len(words) else ""
    return bool(_YEAR.fullmatch(following)) or (words[at] == "some" and following[:1].isdigit())
