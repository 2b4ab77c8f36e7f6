"""Words that carry a quote's meaning: negations, directions and names, which no slip may change.

A fuzzy quote is one whose wording slipped. "has not helped create" for
"has helped create" scores 98.6 out of 100, yet says the opposite; so does
"fell by 20 percent" for "rose by 20 percent", and "in Guatemala, over 500
officials" for "in Honduras" (95.8) counts elsewhere. Like a number, a
negation is compared word for word, and a word of one direction, or a name,
may not stand where the source has one of the other direction, or another name.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from rootcheck.patterns import lazy
from rootcheck.text.changes import rate_changed, without_rate
from rootcheck.text.joins import conjunct_dropped
from rootcheck.text.lexicon import (
    BETTER,
    DENYING_ALONE,
    DENYING_KIND,
    DENYING_PAIRS,
    DOWN,
    NEGATIONS,
    NOT_AN_INFINITIVE,
    OPPOSITES,
    QUANTIFYING,
    TO_AN_INFINITIVE,
    UP,
    WORSE,
)
from rootcheck.text.names import LETTERS, folded, forms_of_one
from rootcheck.text.normalize import SINGLE_QUOTES
from rootcheck.text.nouns import SUM_IN, counted_words, counts_alike, counts_anew

_WORD = lazy(r"[a-z]+(?:'[a-z]+)?")


#: Every apostrophe a quote may be typed with, as the one :data:`_WORD` reads.
APOSTROPHES = str.maketrans(dict.fromkeys(SINGLE_QUOTES, "'"))
#: "n't" written without its apostrophe: "hasnt", "dont".
_NOT_UNMARKED = frozenset(
    ["isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "doesnt", "dont", "didnt", "cant",
     "couldnt", "wouldnt", "shouldnt", "mustnt", "neednt"]
)  # fmt: skip


#: "little", "few" or "no" that denies nothing: joined to the next word ("little-known", "no-bid", but
#: not "no-one"), a name's ("Little Haiti"), a size ("300 little girls"), or a number's bound ("no fewer
#: than 300").
_NOT_DENYING = lazy(
    r"\b(?:[Ll]ittle|[Ff]ew|[Nn]o(?![-\u2010\u2011]one\b))[-\u2010\u2011](?=\w)|\b(?:Little|Few)\s+(?=[A-Z])"
    # "300 little girls": a size.
    r"|(?<=\d\s)little\b"
    # "no fewer than", "no more than": a number's bound, the figure's to read, not a denial.
    r"|\b[Nn]o\s+(?=(?:fewer|more|less)\s+than\b)"
)


@lru_cache(maxsize=16)
def word_counts(text: str) -> Counter[str]:
    """How often ``text`` has each word, in lowercase, whatever its apostrophes: read by each test of
    directions and opposites, for the same quote and passage in turn."""
    return Counter(_WORD.findall(text.lower().translate(APOSTROPHES)))


def words_once(text: str) -> list[str]:
    """The words of ``text``, in lowercase, a word written twice running read once ("would would")."""
    words = _WORD.findall(_NOT_DENYING.sub(" ", text).lower().translate(APOSTROPHES))
    return [word for at, word in enumerate(words) if not at or word != words[at - 1]]


def negations(text: str, after: str = "", then: str = "") -> Counter[str]:
    """How often ``text`` says each negation, a contraction's "n't" and "cannot" as "not", "rather than"
    and "instead of" as one word each; "little" and "few" but after "a", "the", "every" and the like,
    as ``text`` writes them or, for its first word, ``after``, the text it follows, does. "refused to",
    "unable to" and "yet to" deny only a verb after them, in ``text`` or at the start of ``then``, the
    text that follows it ("refused to pay", not "was refused to 4,000 applicants"), and "yet" after a
    superlative, "the largest yet to reach", denies nothing."""
    found: Counter[str] = Counter()
    words = words_once(text)
    # Each word with the one before it, the first with the last of ``after``.
    previous = [*(words_once(after)[-1:] or [""]), *words]
    for at, word in enumerate(words):
        if word in DENYING_ALONE and previous[at] in QUANTIFYING:
            continue
        if word in NEGATIONS:
            found[word] += 1
        elif word == "cannot" or word.endswith("n't") or word in _NOT_UNMARKED:
            found["not"] += 1
        elif word in DENYING_PAIRS and words[at + 1 : at + 2] == [DENYING_PAIRS[word]]:
            found[f"{word} {DENYING_PAIRS[word]}"] += 1
    if any(word in TO_AN_INFINITIVE for word in (pair.split()[0] for pair in found)):
        # The word before ``text`` may be the superlative before its "yet".
        for use in _NO_VERB_AFTER.finditer(f"{after[-16:]} {text} {then[:40]}"):
            found[f"{(use['word'] or use['yet'] or use['passive']).lower()} to"] -= 1
        found = +found
    return found


#: Where "refused to", "unable to" or "yet to" denies no verb: a preposition's "to" before a noun, a
#: name or a number ("Asylum was refused to 4,000 applicants", "yet to this day", "the biggest grant
#: yet to Honduras"), "yet" after a superlative ("the largest caravan yet to reach Tapachula"), a
#: passive's "refused to" ("Entry was refused to migrants"), or the words joined ("unable-to-pay").
_NO_VERB_AFTER = lazy(
    rf"\b(?P<word>refus(?:e|es|ed|ing)|unable|yet|still)(?:\s+to\s+(?:[\d$€£]|(?-i:[A-Z])"
    rf"|(?:{'|'.join(sorted(NOT_AN_INFINITIVE))})\b)|-to-)"
    r"|\b(?!(?:rest|test|west|interest|protest|request|forest|harvest|contest|arrest|guest|invest|suggest"
    r"|midwest|southwest|northwest|inquest|unrest|priest|modest|honest|earnest)\b)"
    r"\w{2,}est\s+(?:(?!(?:has|have|had|is|are|was|were|be|been|remains?)\b)\w+\s+)?(?P<yet>yet)\s+to\b"
    r"|\b(?:was|were|is|are|been|be|being)\s+(?P<passive>refused)\s+to\b",
    re.I,
)


def changed_negations(quote: str, source: str) -> tuple[list[str], list[str]]:
    """The negations ``quote`` adds to ``source``, and those it leaves out, each as often as it does, as
    written; a word that all but denies counts as any of its kind (see :data:`rootcheck.text.lexicon.DENYING_KIND`)."""
    said, quoted = negations(source), negations(quote)
    kinds_said, kinds_quoted = _kinds(said), _kinds(quoted)
    return _of_kinds(quoted, kinds_quoted - kinds_said), _of_kinds(said, kinds_said - kinds_quoted)


def _kinds(words: Counter[str]) -> Counter[str]:
    return Counter(DENYING_KIND.get(word, word) for word in words.elements())


def _of_kinds(words: Counter[str], kinds: Counter[str]) -> list[str]:
    """As many of ``words`` of each kind as ``kinds`` counts of it, as written."""
    left, out = Counter(kinds), []
    for word in sorted(words.elements()):
        kind = DENYING_KIND.get(word, word)
        if left[kind] > 0:
            left[kind] -= 1
            out.append(word)
    return out


#: A compass bearing however written: "north", "northern", "North-eastern", "north eastern", "northeast".
_BEARING = lazy(r"\b(?:(north|south)(?:[\s\-\u2010\u2011]*(east|west))?|(east|west))(?:ern)?\b", re.I)
#: Places in an order in words, by number: "third" is "3rd".
_PLACES = {
    word: str(place)
    for place, word in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"], 1
    )
}
#: A place in an order: "the first strategy", "its 3rd year", "the last".
_ORDINAL = lazy(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\b", re.I
)


def _written(pattern: re.Pattern[str], text: str) -> tuple[Counter[str], dict[str, str]]:
    """What ``pattern`` finds in ``text``, each as one word whatever its form ("northern" is "north"),
    and how it first writes each."""
    found: Counter[str] = Counter()
    written: dict[str, str] = {}
    for match in pattern.finditer(text):
        word = "".join(part.lower() for part in match.groups() if part) or match.group().lower()
        word = _PLACES.get(word, word.rstrip("stndrh") if word[0].isdigit() else word)  # "third" is "3rd"
        found[word] += 1
        written.setdefault(word, match.group())
    return found, written


def swapped_bearing(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has a compass bearing in place of another of ``source``'s ("southern" for
    "northern", not "North" for "Northern"): the quote's, and the source's, as each writes them;
    None where it changes none."""
    return _swapped(_BEARING, quote, source)


def swapped_ordinal(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has a place in an order in place of another of ``source``'s ("the second U.S.
    government strategy" for "the first"): the quote's, and the source's."""
    return _swapped(_ORDINAL, quote, source)


def _swapped(pattern: re.Pattern[str], quote: str, source: str) -> tuple[list[str], list[str]] | None:
    (quoted, quote_writes), (said, source_writes) = _written(pattern, quote), _written(pattern, source)
    added, replaced = sorted((quoted - said).elements()), sorted((said - quoted).elements())
    if not added or not replaced:
        return None
    return [quote_writes[w] for w in added], [source_writes[w] for w in replaced]


def reversed_direction(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has words of one direction in place of ``source``'s of the other ("fell" for
    "rose"): the quote's, and the source's; None where it turns no direction round."""
    quoted, said = word_counts(quote), word_counts(source)
    for one, other in ((UP, DOWN), (DOWN, UP), (BETTER, WORSE), (WORSE, BETTER)):
        added = sorted(word for word in (quoted - said).elements() if word in one)
        replaced = sorted(word for word in (said - quoted).elements() if word in other)
        if added and replaced:
            return added, replaced
    return None


#: Words of more or less that bound what follows ("more than 17 million", "fewer than half"): the
#: figure's to read (see :mod:`rootcheck.text.figures`), not a word turned into its opposite.
_BOUND = lazy(r"\b(?:more|less|fewer|greater|lesser)\s+than\b", re.I)


def opposite_words(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has a word in place of its opposite in ``source`` ("received" for "provided",
    "eliminate" for "create"; see :data:`rootcheck.text.lexicon.OPPOSITES`): the quote's, and the
    source's; None where it swaps none."""
    quoted, said = word_counts(_BOUND.sub(" ", quote)), word_counts(_BOUND.sub(" ", source))
    added, replaced = quoted - said, said - quoted
    for one, other in OPPOSITES:
        for this, that in ((one, other), (other, one)):
            put = sorted(word for word in added if word in this)
            taken = sorted(word for word in replaced if word in that)
            if put and taken:
                return put, taken
    return None


#: Prefixes that turn a word into its opposite: "non-governmental", "untrained", "indirectly".
NEGATING_PREFIXES = ("non", "un", "in", "im", "il", "ir", "dis")
#: A word with its hyphens, so that "non-governmental" is one.
_HYPHENATED = lazy(r"[a-z]+(?:[-'’][a-z]+)*")
#: "non" as a word of its own, or joined by any hyphen: "non governmental", "non‑governmental" (U+2011).
_NON = lazy(r"\bnon[\s\-\u2010\u2011]+(?=[a-z])")


def _prefixed_words(text: str) -> Counter[str]:
    """The words of ``text`` with their prefixes, "non" joined to its word however it is written."""
    return Counter(_HYPHENATED.findall(_NON.sub("non", text.lower())))


def negated_words(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has a word of ``source``'s with a negating prefix put on or taken off ("untrained"
    for "trained", "governmental" for "non-governmental"), or "over" put for "under" ("overutilized" for
    "underutilized"): the quote's words, and the source's; else None."""
    quoted, said = _prefixed_words(quote), _prefixed_words(source)
    added, replaced = list((quoted - said).elements()), list((said - quoted).elements())
    pairs = [
        (one, other)
        for one in added
        for other in replaced
        if _negates(one, other) or _negates(other, one) or _overturned(one, other)
    ]
    if not pairs:
        return None
    return sorted({one for one, _ in pairs}), sorted({other for _, other in pairs})


def _negates(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with a negating prefix: "untrained" of "trained" (a word of four
    letters or more, so "in" is not "n" of "inn")."""
    return len(other) >= 4 and any(word == prefix + other for prefix in NEGATING_PREFIXES)


#: Prefixes that turn a word round into the other's: "an underutilized partner" is no "overutilized" one.
_OVER_UNDER = ("over", "under")
#: Joined by a hyphen only: "inflow" is the lexicon's, and "input" no "output" turned round.
_IN_OUT = ("in-", "out-")


def _overturned(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with "over" put for "under", "in-" for "out-" or either the other
    way (of a stem of four letters or more: "overt" is no "undert"): "in-migration" for "out-migration"."""
    for one, turned in (_OVER_UNDER, _IN_OUT):
        for prefix, opposite in ((one, turned), (turned, one)):
            if word.startswith(prefix) and other.startswith(opposite):
                stem = word[len(prefix) :]
                return len(stem) >= 4 and stem == other[len(opposite) :]
    return False


#: How many of the source's words after its number a quote's counted word may be found among, past
#: as many as the quote counts with: room for the words a slip leaves out ("young" of "young people").
_ROOM = 3

#: Words that say nothing of what is counted.
_FUNCTION_WORDS = frozenset(["the", "a", "an", "of"])


def _letters(words: str) -> list[str]:
    """The runs of letters of ``words``, folded: "U.S." is "u", "s"."""
    return LETTERS.findall(folded(words))


def _joined(words: list[str]) -> list[str]:
    """``words``, and each two side by side as one: "at-risk" and "U.S." are written "atrisk" and "US"."""
    return [*words, *(one + other for one, other in pairwise(words))]


def words_not_in(text: str, passage: str) -> list[str]:
    """The words of ``text`` that ``passage`` has in no form, articles and "of" aside, as ``text`` has
    them: "military" of "$420 million in military assistance" against "$420 million in humanitarian
    assistance"; none for "8,000 firms" against "8,000 private sector firms"."""
    there = set(_joined(_letters(passage)))
    return [
        word
        for word in _letters(text)
        if word not in _FUNCTION_WORDS and word not in there and not any(forms_of_one(word, w) for w in there)
    ]


def changed_count(quoted: str, said: str, cut: bool = True, of_a_sum: bool = False) -> tuple[str, str] | None:
    """The words a quote's number counts with and the source's, where the quote counts other things.

    ``quoted`` and ``said`` are what the quote and the source go on with after the number. Each word
    the quote counts with ("firms" of "90,000 firms") must be among the source's next words ("jobs.
    Additionally, …"): a few more of them than the quote has, since a slip may leave a word out
    ("90,000 people" of "90,000 young people" counts the same people), but none past the source's
    next number, whose words count another figure's things; nor one side of two the source joins
    ("local" of "national and local officials", see :func:`conjunct_dropped`). None where the quote
    counts alike. ``of_a_sum`` where the number is a sum, read with what it is in where both are
    ("$179 million in grants" for "$179 million in financing", see :data:`~rootcheck.text.nouns.SUM_IN`).
    """
    if rated := rate_changed(quoted, said):  # "$400 million" of "$400 million a year"
        return rated
    quoted, said = without_rate(quoted), without_rate(said)  # what is counted, however often
    sum_in = of_a_sum and bool(SUM_IN.match(quoted) and SUM_IN.match(said))
    counted = counted_words(quoted, cut, sum_in)
    if not counted:
        return None
    # An article or "of" the quote adds ("40 percent of the aid") counts nothing more.
    wanted = [word for word in _letters(" ".join(counted)) if word not in _FUNCTION_WORDS]
    # The source's next words, as far as its next number: past it, they count another figure's things;
    # but for the number a rate is of ("12 deaths per 100,000 people").
    following = said.split()
    following = following[: next((i for i in range(len(following)) if counts_anew(following, i)), None)]
    near = _joined(_letters(" ".join(following[: len(counted) + _ROOM])))
    missing = [word for word in wanted if not any(forms_of_one(word, other) for other in near)]
    alike = not missing or _initials_of(missing, near)
    told = counted_words(said, sum_in=sum_in)
    if sum_in and set(_letters(" ".join(told))) <= set(wanted):
        return None  # words put before what a sum is in describe it, as rootcheck.text.named tells
    alike = alike and counts_alike(counted, told)  # "3,000" of "3,000 more", "50 points" of "50 basis points"
    if alike and "and" not in near and "or" not in near:
        return None
    # Every word found, one side of a join may still be left out ("local" of "national and local").
    if alike and not conjunct_dropped(wanted, _letters(quoted), _letters(" ".join(told)), forms_of_one):
        return None
    return _with_of(quoted, counted), _with_of(said, told)


def _initials_of(words: list[str], others: list[str]) -> bool:
    """Whether ``words``, two or more, are what a word of ``others`` is the initials of, or ``words``,
    one, the initials of words of ``others`` one after another: "gender", "based", "violence" of
    "gbv" ("survivors of gender-based violence" of "survivors of GBV"), or "gbv" of those words."""
    if len(words) >= 2:
        return "".join(word[0] for word in words) in others
    return (
        len(words) == 1
        and len(words[0]) >= 2
        and words[0]
        in {"".join(word[0] for word in others[at : at + len(words[0])]) for at in range(len(others))}
    )


def _with_of(rest: str, counted: list[str]) -> str:
    """The words counted, with the "of" before them that counting leaves out: "percent of the labor
    force" reads "of the labor force", not "the labor force"."""
    first = rest.split()[:1]
    # "in" starts them only where it was read as leading to what a sum is in (see counted_words).
    led = counted and first and first[0].lower() in ("of", "in")
    return " ".join([first[0].lower(), *counted] if led else counted)
