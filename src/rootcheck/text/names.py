"""Names in a quote and its source: capitalised words that start no sentence, compared without case,
accents or points ("U.S." is "US"), a name's forms as one ("Mexico", "Mexican"). A slipped quote may not
put one for another, nor name what its passage does not (see :mod:`rootcheck.checks.wording`)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import pairwise

from rootcheck.model import Span
from rootcheck.patterns import lazy
from rootcheck.text.lexicon import SENTENCE_STOP
from rootcheck.text.sentences import sentence_around

#: Two names are forms of one ("Honduras", "Honduran"; "Mexico", "Mexican") when they share this many
#: first letters and differ in no more than so many after; "Austria" and "Australia" do not.
STEM = 5
ENDING = 3

#: A word, with what comes before it: a name is a capitalised word that does not start a sentence.
_WORD_AFTER = lazy(r"([^\w\s]*)\s*([^\W\d_][\w.'’]*(?:-[\w.'’]+)*)")
#: What may end a sentence, or open one (a quotation mark, a bracket, a list's bullet).
_OPENERS = frozenset('.!?:;"“”‘(*-–—•')


#: A run of letters: what words, counted nouns and names are compared by.
LETTERS = lazy(r"[^\W\d_]+")


def folded(text: str) -> str:
    """``text`` without case or accents, as words and names are compared."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def name_key(word: str) -> str:
    """A word as names are compared: letters only, without accents or case ("U.S." is "us")."""
    return "".join(LETTERS.findall(folded(word)))


#: What ends a sentence: a capitalised word after it may be any word. After a bracket, a dash or a
#: quotation mark, one in capitals alone ("(USAID)", "—DHS") is a name all the same.
_ENDERS = frozenset(".!?:;")


#: A dollar sign just after a word, or a space apart.
_DOLLAR_NEXT = lazy(r" ?\$")


def _names(text: str) -> list[str]:
    """The names ``text`` holds, as written: capitalised words that do not start it or a sentence of it,
    and words in capitals alone wherever they stand."""
    names, first = [], True
    for found in _WORD_AFTER.finditer(text):
        before, word = found.groups()
        opened = any(c in _OPENERS for c in before)
        capitals = in_capitals(word)
        acronym = not any(c in _ENDERS for c in before) and capitals
        # A word in capitals alone is a name even first ("UN support", "U.S. efforts"): no sentence
        # capitalises a word whole for starting it. But not before a dollar sign, whose currency it
        # tells: "US$4 billion", "US $2 million".
        signed = capitals and _DOLLAR_NEXT.match(text, found.end()) is not None
        if word[0].isupper() and (not first or capitals) and (not opened or acronym) and not signed:
            names.append(word.rstrip(".,;:'’-"))
        # A stop the word ends with ends its sentence ("jobs. Also"), but an initial's ("U.S. Government").
        first = word.endswith(".") and not _INITIALS.fullmatch(word)
    return names


def name_keys(text: str) -> frozenset[str]:
    """The names ``text`` holds (see :func:`_names`), as names are compared: "U.S." is "us"."""
    return frozenset(name_key(name) for name in _names(text))


def in_capitals(word: str) -> bool:
    """Whether ``word`` is written in capitals alone, as initials and acronyms are: "U.S.", "USAID"."""
    return len(name_key(word)) > 1 and word.isupper()


@lru_cache(maxsize=4)  # a slipped quote's names are asked for as swapped, then as added
def _names_apart(quote: str, source: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names each of ``quote`` and ``source`` has that the other lacks as a word (tuples: the
    answer is kept, and shared)."""
    return tuple(_unmatched(_names(quote), source)), tuple(_unmatched(_names(source), quote))


def swapped_names(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has names in place of ``source``'s ("Guatemala" for "Honduras"): the quote's, and the
    source's; None where every name of each is a word of the other as often, or only one of them lacks any."""
    put_in, left_out = _names_apart(quote, source)
    # A name in another form ("Central American" for "Central America") is a slip, not another name;
    # so are initials for the words they stand for ("U.S." for "United States"), and those words for
    # the initials ("United States" for "US"), where they are all names the quote puts in.
    alike = {(one, other) for one in put_in for other in left_out if forms_of_one_name(one, other)}
    spelled = {one: spelled_out(one, source, capitalised=True) for one in put_in}
    spelled_back = {other: _spelled_by(other, quote, put_in) for other in left_out}
    words = {word for each in spelled.values() for word in each}
    words_back = {word for each in spelled_back.values() for word in each}
    added = [
        name
        for name in put_in
        if not any(one == name for one, _ in alike) and not spelled[name] and name not in words_back
    ]
    replaced = [
        name
        for name in left_out
        if not any(other == name for _, other in alike) and name not in words and not spelled_back[name]
    ]
    return (added, replaced) if added and replaced else None


def forms_of_one_name(one: str, other: str) -> bool:
    """Whether two names are forms of one (see :func:`forms_of_one`); initials and acronyms never are."""
    return not (in_capitals(one) and in_capitals(other)) and forms_of_one(name_key(one), name_key(other))


def as_phrases(names: Sequence[str], text: str) -> list[str]:
    """``names``, words of ``text``, joined as the phrases they stand in there and in its order, as a
    message tells them: "United States" of "States", "United"; initials with their last point ("U.S.").
    A name ``text`` does not have as a word stands alone, last."""
    found, missing = [], []
    for name in dict.fromkeys(names):
        if at := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            found.append((at.start(), at.end(), name))
        else:
            missing.append(name)
    phrases: list[str] = []
    last = 0
    for start, end, name in sorted(found):
        shown = with_last_point(name, text, end)
        if phrases and not text[last:start].strip():
            phrases[-1] += " " + shown
        else:
            phrases.append(shown)
        last = end + len(shown) - len(name)
    return phrases + missing


def with_last_point(written: str, text: str, end: int) -> str:
    """``written``, a word of ``text`` that ends at ``end``, with the last point of initials, which
    words are read without: "U.S.", not "U.S"."""
    return written + "." if "." in written and text[end : end + 1] == "." else written


def _spelled_by(initials: str, quote: str, names: Collection[str]) -> list[str]:
    """The words of ``quote`` that ``initials`` stand for, where all are among ``names``; else none."""
    words = spelled_out(initials, quote)
    return words if words and set(words) <= set(names) else []


def unless_opening_before(added: Sequence[str], quote: str, document: str, span: Span | None) -> list[str]:
    """``added``, names a quote has that its passage does not, but for the quote's first where the
    sentence of ``document`` before ``span`` has the quote's first two words: "USAID is directly
    supporting" of "USAID is expanding its outreach to local organizations, including … and directly
    supporting". Not where the name stands there otherwise: "U.S. charges" of "74 U.S. convictions …,
    foreign government charges" puts the name to other charges."""
    opening = quote.split()[:2]
    first = opening[0].rstrip(".,;:") if opening else ""
    if span is None or len(opening) < 2 or first not in added:
        return list(added)
    sentence = " ".join(sentence_around(document, span)[0].split())
    if re.search(rf"(?<!\w){re.escape(' '.join(opening))}(?!\w)", sentence) is None:
        return list(added)
    return [name for name in added if name != first]


def added_names(quote: str, source: str) -> list[str]:
    """The names ``quote`` has that ``source`` does not, where the quote lacks none of the source's
    ("… Honduras and Nicaragua" for "… and Honduras"); not a form of a word the source has
    ("Centroaméricas" of "*Centroamérica Local*", whose emphasis hides it from :func:`_names`)."""
    added, replaced = _names_apart(quote, source)
    if not added or replaced:  # most slipped quotes add no name
        return []
    said = {name_key(word) for _, word in _WORD_AFTER.findall(source) if word[:1].isupper()}
    return [
        name
        for name in added
        if not any(forms_of_one(name_key(name), word) for word in said) and not abbreviates(name, source)
    ]


#: A name written as initials: capitals, each perhaps with its point, and a plural's "s".
_INITIALS = lazy(r"(?:[A-Z]\.?){2,}s?")


def abbreviates(name: str, source: str, capitalised: bool = False) -> bool:
    """Whether ``name`` is the initials of words ``source`` writes in full, one after another: "NGOs"
    of "non-governmental organizations", "U.S" of "the United States" (see :func:`spelled_out`)."""
    return bool(spelled_out(name, source, capitalised))


def spelled_out(name: str, source: str, capitalised: bool = False) -> list[str]:
    """The words of ``source`` that ``name`` is the initials of, one after another; none if it is not.
    With ``capitalised``, of names only, for a text wider than a passage: initials of three letters or
    more or with points ("IOM", "U.S."), as two capitals in a row ("UN" of "Universidad Nacional")
    match by chance more often than not."""
    if not _INITIALS.fullmatch(name):  # "U.S", "UN", "NGOs"; not "O'Bryan", whose capitals start words
        return []
    initials = "".join(char for char in name if char.isupper()).lower()
    # Two capitals, in a wider text, stand only for the words they so often do.
    known = _KNOWN_PAIRS.get(initials, ()) if capitalised and len(initials) < 3 and "." not in name else None
    if known == ():
        return []
    words = [word for word in re.findall(r"[^\W\d_]+", source) if not capitalised or word[0].isupper()]
    firsts = "".join(word[0].lower() for word in words)
    # The first words spelled out, not the initials' own letters ("U", "S" of "U.S. … United States").
    at = firsts.find(initials)
    while at >= 0 and all(len(word) == 1 for word in words[at : at + len(initials)]):
        at = firsts.find(initials, at + 1)
    found = words[at : at + len(initials)] if at >= 0 else []
    return [] if known is not None and [word.lower() for word in found] != list(known) else found


def initials_spelled_out(quote: str, document: str) -> tuple[str, str] | None:
    """Initials of three letters or more that ``document`` writes and ``quote`` spells out instead, with
    the quote's words for them: ("USAID", "U.S. Agency for International Development"). For a quote not
    found, whose editor wrote out what the source abbreviates; None where it spells out none."""
    for initials in dict.fromkeys(_CAPITALS.findall(document)):
        if re.search(rf"(?<!\w){initials}(?!\w)", quote) or not (
            words := spelled_out(initials, quote, capitalised=True)
        ):
            continue
        first = re.search(rf"(?<!\w){re.escape(words[0])}", quote)
        last = list(re.finditer(rf"{re.escape(words[-1])}(?!\w)", quote))
        if first is not None and last:
            return initials, quote[first.start() : last[-1].end()]
    return None


#: A word in capitals alone, three letters or more: "USAID", "COVAX".
_CAPITALS = lazy(r"\b[A-Z]{3,}\b")
#: Two capitals that a wider text is read for all the same, as only the words they so often stand for:
#: "The US provided" for "The United States provided", whose passage fuzzy search starts at "States".
_KNOWN_PAIRS = {
    "us": ("united", "states"),
    "uk": ("united", "kingdom"),
    "un": ("united", "nations"),
    "eu": ("european", "union"),
}


_SMALL_WORD = lazy(r"(?<![\w.])[a-z][a-z'’]*")


@lru_cache(maxsize=8)
def names_in(document: str) -> frozenset[str]:
    """The names a document writes, as :func:`name_key` compares them: for a quote's first word, which is
    capitalised whatever it is, to be taken for a name only where the document has it as one. Read
    more warily than :func:`_names` reads a quote: a word after one ending in a stop ("met. Today",
    "U.S. Government") starts a sentence as far as this knows, and a word the document also writes in
    small letters is none ("The" after a heading with no stop)."""
    common = {name_key(word) for word in _SMALL_WORD.findall(document)}
    names, ended = set(), True
    for before, word in _WORD_AFTER.findall(document):
        if word[0].isupper() and not ended and not any(c in _OPENERS for c in before):
            names.add(name_key(word))
        ended = word.endswith((".", "!", "?")) or any(c in ".!?:;" for c in before)
    return frozenset(names - common)


def swapped_first_name(
    quote: str, said: str, said_before: str, document: str
) -> tuple[list[str], list[str]] | None:
    """Where a quote's first word is a name other than the one its source has in its place
    ("Nicaragua, over 500" for "in Honduras, over 500"): the quote's, and the source's. The source's
    word ``said`` is a name where it does not start a sentence of the source, ``said_before`` being
    the source before it; the quote's first word, capitalised as any first word is, is taken for one
    only where the source, the whole ``document``, names it elsewhere (see :func:`names_in`), so that a
    word an editor put first ("Meanwhile, approximately 47") is none, or where it is written in
    capitals alone ("USAID efforts" for "U.S. efforts"), as no first word is for starting a sentence.
    Where the source's word is in small letters, a form of a name the document has stands for one too
    ("Mexican government charges" for "foreign government charges")."""
    found = _WORD_AFTER.match(quote.lstrip())
    if found is None:
        return None
    first = found.group(2).rstrip(".,;:'’-")
    if not first[:1].isupper() or name_key(first) == name_key(said):
        return None
    if not said[:1].isupper():
        # A name, or a form of one the document has, put where the source has a word in small letters:
        # "Mexican government charges" for "foreign government charges".
        named = in_capitals(first) or any(forms_of_one(name_key(first), name) for name in names_in(document))
        return ([first], [said]) if named and not forms_of_one(name_key(first), name_key(said)) else None
    ending = said_before.rstrip()
    # A point opens a sentence unless it is an initial's ("the U.S. Government").
    opened = ending[-1:] in _OPENERS and (ending[-1] != "." or _STOP_AT_END.search(ending) is not None)
    # A word in capitals alone is a name even starting a sentence, and initials and acronyms are no
    # forms of one another: "USAID" is not "U.S." with an ending.
    if (not ending or opened) and not in_capitals(said):
        return None
    if not (in_capitals(first) and in_capitals(said)) and forms_of_one(name_key(first), name_key(said)):
        return None
    # Last, as it reads the whole document: most quotes are done with before. A word in capitals alone
    # is a name all the same.
    return ([first], [said]) if in_capitals(first) or name_key(first) in names_in(document) else None


#: A stop ending a sentence at the end of a text: not an initial's point.
_STOP_AT_END = lazy(rf"{SENTENCE_STOP}$")


def forms_of_one(one: str, other: str) -> bool:
    """Whether two names are forms of one ("mexico", "mexican"): alike in their first letters, at least
    :data:`STEM` of them or the whole of the shorter, and apart in no more than :data:`ENDING` after;
    or one word spelt the British way and the American ("labour", "labor"). A word typed wrong is
    not its form: "counties" is one letter from "countries", "farms" from "firms"."""
    shorter = min(len(one), len(other))
    shared = next((i for i in range(shorter) if one[i] != other[i]), shorter)
    if shared >= min(STEM, shorter) and max(len(one), len(other)) - shared <= ENDING:
        return True
    # Spelt the British way or the American: "organisations", "labour", "centre".
    return one != other and _american(one) == _american(other)


#: British spellings, as American English writes them: "organisation", "labour", "centre", "analyse".
_BRITISH = [
    (lazy(r"is(ation|ations|e|ed|es|ing)$"), r"iz\1"),
    (lazy(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (lazy(r"(?<=\w\w)our(s|ed|ing)?$"), r"or\1"),  # "labour", not "four" or "hour"
    (lazy(r"tre(s)?$"), r"ter\1"),
]


def _american(word: str) -> str:
    for british, american in _BRITISH:
        word = british.sub(american, word)
    return word


def _unmatched(names: list[str], other: str) -> list[str]:
    """The ``names`` (as written) that ``other`` has fewer times as words, each as often as it lacks it.
    A hyphen dropped or put in is no other name: "Government" is a word of "Government-supported",
    and "Government supported" writes it."""
    written = {name_key(name): name for name in reversed(names)}
    words = [word for _, word in _WORD_AFTER.findall(other)]
    keys = Counter(name_key(word) for word in words)
    keys.update(name_key(part) for word in words if "-" in word for part in word.split("-"))
    keys.update(name_key(word) + name_key(then) for word, then in pairwise(words))
    lacking = Counter(name_key(name) for name in names) - keys
    return sorted(written[key] for key in lacking.elements())
