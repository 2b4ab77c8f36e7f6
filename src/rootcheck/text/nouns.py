"""What a number counts: the words after it, up to where its counted noun ends.

The figures ``rootcheck new`` offers (see :func:`rootcheck.text.candidates.figure_candidates`)
and a quote's counted words (see :func:`rootcheck.text.meaning.changed_count`) end alike:
at a preposition, a conjunction, an auxiliary, a verb in -ing after the first word, an
elision or the end of the clause, so that "90,000 jobs. Additionally" counts "jobs" and
"$112 million in assistance" counts nothing; a noun joined by "and" or "or" is read with
the first ("47 companies and organizations"). A parsed figure's unit ends only at a
preposition (see :func:`rootcheck.text.figures.parse_figure`): it is the editor's words, read whole,
but for a helping verb, which starts a clause and is refused.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rootcheck.patterns import lazy
from rootcheck.text.changes import is_increment
from rootcheck.text.lexicon import DETERMINERS, IRREGULAR_PAST
from rootcheck.text.numbers import ABBREVIATED_JOINED, NUMBER_WORDS, SIGNS
from rootcheck.text.plurals import counts_things

#: Words that end the counted noun: what follows them is context, not unit.
UNIT_STOPS = frozenset(
    ["in", "for", "to", "from", "with", "through", "by", "across", "at", "on", "into", "under", "over",
     "since", "during", "until", "till", "that", "which", "who", "when", "where", "as", "and/or"]
)  # fmt: skip

#: A word that ends its sentence: a full stop after letters or digits with no stop among them
#: ("jobs." but not "U.S.").
ENDS_SENTENCE = lazy(r"^[^.]*[\w%]\.$")
#: A number standing as a word of its own ("30", "$5", "1,200", "12%"), which starts another figure;
#: not one inside a name ("H-2B").
NUMBER = lazy(rf"[{SIGNS}]?\d[\d,.]*(?:{ABBREVIATED_JOINED})?%?", re.I)
#: Verbs that help another ("have done so", "were trained"): what follows a number so is a clause,
#: never what the number counts.
AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "has", "have", "had", "would", "could"])
#: Words that cannot be part of a counted noun: what follows them is another clause. "will", "can"
#: and "being" end a noun's words after its first, but may be nouns themselves ("a will", "a can of
#: beans", "one human being").
_NOT_NOUNS = frozenset(["and", "or", "will", "can", "being"]) | AUXILIARIES
#: Words whose clause is what a number counts: "40 percent of what was promised".
_CLAUSE_NAMES = frozenset(["what", "whatever", "how"])


def helping_verb(words: list[str]) -> str | None:
    """The first helping verb of a figure's counted ``words``, which starts a clause there: "have" of
    "have done so". None inside a quoted name ("“Love is Blind”"), or after "what", whose clause
    names what is counted ("of what was promised")."""
    quoted = False
    for word in words:
        quoted = quoted or word[:1] in '“"«‘'
        if not quoted and word.lower() in _CLAUSE_NAMES:
            return None
        if not quoted and (word in AUXILIARIES or (word.isupper() and word.lower() in AUXILIARIES)):
            return word  # in capitals too, as a headline writes it ("WERE"); not a name's "Are"
        quoted = quoted and word.rstrip(".,;:!?")[-1:] not in '”"»’'
    return None


#: Words that join one noun to another ("companies and organizations"), or start another clause.
_JOINS = frozenset(["and", "or"])
#: Past forms of verbs that do not end in -ed: after a noun's first word, they end it ("90,000
#: migrants said", "1,000 jobs lost"), where as its first they may be part of it ("1,000 lost jobs").
PAST_FORMS = IRREGULAR_PAST - {"hit", "spread"}  # as often nouns: "a hit", "the spread"
#: Nouns that end as past forms do, which may end a counted noun: "3 sacks of seed in".
_NOUNS_IN_ED = frozenset(
    ["speed", "breed", "creed", "steed", "seed", "need", "feed", "weed", "deed", "shed", "watershed",
     "bloodshed", "hundred", "homestead", "thread", "bread", "spread", "seabed", "riverbed", "bed"]
)  # fmt: skip
#: Words that show what follows a conjunction to be a phrase or clause of its own, not a noun joined
#: to the counted one: determiners and pronouns ("and the region's economy", "and gave them jobs"),
#: adverbs ("and then hired them"), and past forms ("and built schools").
_NOT_JOINED = PAST_FORMS | frozenset(
    [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my",
        "your", "we", "they", "it", "he", "she", "them", "him", "us", "me", "you", "who", "which",
        "then", "also", "so", "still", "more", "now", "thus", "later", "even", "not", "only", "too",
        "already", "again", "just",
    ]
)  # fmt: skip
#: The most words of one noun read, each of those joined counting afresh.
NOUN_WORDS = 4
#: The most nouns joined to the first: "teachers and nurses and doctors" is one noun, a longer run prose.
_MOST_JOINS = 3


def noun_end(
    words: list[str], first: int, limit: int = NOUN_WORDS, open_end: bool = False, offered: bool = False
) -> int:
    """Where the counted noun that ``words[first:]`` start with ends: before a preposition, a
    conjunction, a verb in -ing or a past form such as "said" after its first word, or another
    number, or after the word that ends its sentence or clause; after ``limit`` words at most.

    Nouns joined by "and" or "or" are one ("companies and organizations", "national and local
    government officials") where what follows the conjunction reads as a noun: of its own words,
    ending where a noun may (see :func:`_joins`); in a figure offered, after a noun in the plural
    its number counts, one in the plural too ("millions of vaccine doses" of "millions of vaccine
    doses and hurricane relief"). ``open_end`` where ``words`` may go on past the
    last, cut short: a noun that runs to their end is then not known to end there. ``offered`` where
    the noun ends a figure offered to an editor, which ends before a verb in -ed too ("100 people
    attended the forum") and before an adverb ("300 families recently arrived"), and never inside a
    phrase with "of" (see :func:`_part`); what a quote counts is compared with that verb ("people
    killed by" is not "people injured by").
    """
    end, stopped = _part(words, first, limit, offered)
    if offered and stopped == "clause" and words[end - 1].endswith(","):
        end = _listed(words, end, open_end) or end
    joins = 0
    counting = offered and _counted_whole(words, first, end)
    while stopped == "join" and joins < _MOST_JOINS:
        joins += 1
        after, stopped = _part(words, end + 1, NOUN_WORDS, offered)
        if not _joins(words, end + 1, after, stopped, open_end):
            break
        if (
            counting
            and counts_things(bare_word(words[end - 1]))
            and not counts_things(bare_word(words[after - 1]))
        ):
            # A number that counts things in the plural does not count what names none: "millions of
            # vaccine doses and hurricane relief" counts doses, and the relief was sent besides.
            break
        end = after
    return end


def _counted_whole(words: list[str], first: int, end: int) -> bool:
    """Whether ``words[first:end]`` is the noun its number counts, not a phrase with "of" in which
    another noun may be joined to the one "of" governs ("300 tons of food and medicine"), nor what a
    share or a sum is of ("30 percent of schools and", "$5 million of supplies and"). The "of" after a
    plural magnitude is read with the number: "millions of" counts the doses after it."""
    return not any(word.lower() == "of" for word in words[first:end])


def _listed(words: list[str], start: int, open_end: bool) -> int | None:
    """Where a list ends that the noun before ``start``, its comma and all, opens: "women, youth, and
    indigenous people". None unless the list closes with "and" or "or" after no more than
    :data:`_MOST_JOINS` nouns, each of plain words in lower case: after "500 employees," a name, a
    number or a clause ("500 employees, Acme and its partners") is no list, nor is one noun after a
    comma and "and", which more often starts a clause ("5,000 jobs, and families benefited")."""
    at = start
    for listed in range(_MOST_JOINS + 1):
        closing = words[at].lower() in _JOINS if at < len(words) else False
        if closing and not listed:
            return None
        first = at + closing
        end, stopped = _part(words, first, NOUN_WORDS, offered=True)
        plain = all(word.islower() and not is_adverb(word) for word in words[first:end])
        if not plain or not _joins(words, first, end, stopped, open_end):
            return None
        if closing:
            return end
        if stopped == "join":
            listed = noun_end(words, first, open_end=open_end, offered=True)
            return listed if listed > end else None
        if stopped != "clause" or not words[end - 1].endswith(","):
            return None
        at = end
    return None


def _part(words: list[str], first: int, limit: int, offered: bool = False) -> tuple[int, str]:
    """Where one noun of ``words`` starting at ``first`` ends, and why: at a conjunction ("join"),
    before another stop ("stop") or a number ("number"), after punctuation ("clause"), at the end of
    ``words`` ("end"), or after ``limit`` words ("limit")."""
    of = None  # where an "of" after the noun's first word stands: "victims of human trafficking"
    for index in range(first, min(len(words), first + limit)):
        word = words[index]
        bare = word.lower().strip(",;:.")
        if bare in _JOINS and index > first:
            return index, "join"
        if counts_anew(words, index):
            return index, "number"
        # "housing units" counts what "units" does: a word in -ing ends the noun only after its first word.
        gerund = index > first and bare.endswith("ing") and len(bare) > 5
        if offered and gerund and of is not None:
            # What "of" governs is a noun, "hours of training"; a word in -ing further on may be one too,
            # "victims of human trafficking", or a verb, "members of staff attending": a figure offered
            # then ends before "of" rather than cut the phrase, "victims of human".
            if index > of + 1:
                return of, "stop"
            gerund = False
        if (
            bare in UNIT_STOPS
            or bare in _NOT_NOUNS
            or gerund
            or (index > first and _is_verb(words, index, offered))
            or (offered and index > first and is_adverb(word))
        ):
            return index, "stop"
        if bare == "of" and index > first:
            of = index
        if ENDS_SENTENCE.search(word) or word.endswith((",", ";", ":")):
            return index + 1, "clause"
    if first + limit < len(words):
        return first + limit, "limit"
    return len(words), "end"


def counts_anew(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is a number that starts another figure, whose words count other things:
    any number standing as a word, but the base of a rate ("100,000" of "12 deaths per 100,000")."""
    if not NUMBER.fullmatch(words[index].lower().strip(",;:.")):
        return False
    return index == 0 or words[index - 1].lower() != "per"


#: Adverbs that do not end in -ly: after a noun's first word, they start what is said of it ("500
#: officials also attended").
_ADVERBS = frozenset(
    ["also", "still", "then", "now", "already", "again", "just", "even", "not", "thus", "later", "too",
     "so", "never", "often", "soon", "yet"]
)  # fmt: skip
#: Words in -ly that may stand inside a counted noun, being adjectives or nouns: "500 water supply
#: systems", "40 elderly people".
_NOT_ADVERBS_IN_LY = frozenset(
    ["elderly", "family", "early", "friendly", "lonely", "likely", "only", "daily", "weekly", "monthly",
     "yearly", "quarterly", "supply", "assembly", "ally", "rally", "anomaly", "monopoly", "reply", "july",
     "italy", "belly", "jelly", "lily", "holy", "costly", "deadly", "orderly", "timely", "butterfly"]
)  # fmt: skip


def is_adverb(word: str) -> bool:
    """Whether ``word``, after a noun's first, is an adverb, which starts what is said of the noun
    ("12,000 youth recently completing", "40 schools currently operate"), not more of it."""
    if not word.islower():
        return False
    bare = word.strip(",;:.")
    return bare in _ADVERBS or (bare.endswith("ly") and len(bare) > 4 and bare not in _NOT_ADVERBS_IN_LY)


def _is_verb(words: list[str], index: int, offered: bool) -> bool:
    """Whether ``words[index]``, a word after a noun's first, is a past form that starts another clause
    ("90,000 migrants said", "100 people attended the forum", "1,000 jobs lost"), rather than one
    that describes the noun after it ("12 newly built schools", "50 large registered companies").

    A past form such as "said" always does, as most take an object ("children left school"); one in
    -ed only in a figure offered (see :func:`noun_end`), before what no noun goes on with: a
    determiner, a preposition, the clause's end.
    """
    word = words[index]
    bare = word.lower().strip(",;:.")
    if not word.islower() or "-" in word or words[index - 1].lower().endswith("ly"):  # "newly built"
        return False
    if bare in PAST_FORMS:
        return True
    if not offered or not bare.endswith("ed") or len(bare) <= 3 or bare in _NOUNS_IN_ED:
        return False
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    ends = word[-1] in ",;:." or not following
    return ends or following in UNIT_STOPS or following in _NOT_NOUNS or following in _NOT_JOINED


def _joins(words: list[str], start: int, end: int, stopped: str, open_end: bool) -> bool:
    """Whether ``words[start:end]``, after a conjunction, is a noun joined to the counted one: words
    of a noun, none a number, pronoun, adverb or verb ("and helped", "and counting"), that end where
    a noun may, not at another number ("and supports 8,000 firms") nor cut short."""
    written = [word.strip(",;:.") for word in words[start:end]]
    joined = [word.lower() for word in written]
    if not joined or stopped in ("number", "limit") or (stopped == "end" and open_end):
        return False
    if joined[0].endswith("ed") and len(joined[0]) > 4:
        return False
    if len(joined) == 1 and joined[0].endswith("ing"):
        return False
    # As written: "US companies" and "LED lamps" hold no pronoun nor past form.
    return not any(
        (word in _NOT_JOINED and word == as_written) or word.removesuffix("s") in NUMBER_WORDS
        for word, as_written in zip(joined, written, strict=True)
    )


#: What ends a counted noun wherever it stands in its words: a dash, a bracket, a quotation mark, and an
#: elision, after which a quote's words are the source's from elsewhere.
_CLAUSE_MARKS = lazy(r"\s*(?:--|\.\.\.|[—–()\[\]\"“”…])\s*")


#: After a sum, "in" leads to what the sum is in, as "of" leads to what a number counts: "$179 million
#: in financing", "$4 billion in new aid"; not to a place, a time or a thing named ("in the region",
#: "in 2022", "in Honduras"), nor "in total", "in all", "in turn" or "in real terms".
_NOT_WHAT_A_SUM_IS_IN = sorted(
    DETERMINERS | {"total", "part", "turn", "addition", "return", "response", "order"}
)
SUM_IN = lazy(rf"\s*in\s+(?!(?:{'|'.join(_NOT_WHAT_A_SUM_IS_IN)}|cash terms|real terms)\b)[a-z]")


def counted_words(rest: str, cut: bool = True, sum_in: bool = False) -> list[str]:
    """The words a number counts, read as a figure's unit from ``rest``, the text just after the number
    and what bounds it: "jobs" of "jobs. Additionally", "private sector firms" of "private sector
    firms in", "teachers and nurses" of "teachers and nurses in"; none where ``rest`` names nothing.
    ``cut`` where ``rest`` stops where a reading of the text did, not where the text does. With
    ``sum_in``, for a sum, what it is in too ("financing" of "in financing", see :data:`SUM_IN`)."""
    clauses = _CLAUSE_MARKS.split(rest.strip(), maxsplit=1)
    words = clauses[0].split()
    # "percent of aid", "millions of doses"; "$179 million in financing"
    first = 1 if words[:1] and (words[0].lower() == "of" or (sum_in and SUM_IN.match(rest))) else 0
    # Words read from a window of the text (``cut``) may go on past it, unless a clause mark ends them.
    counted = words[first : noun_end(words, first, open_end=cut and len(clauses) == 1)]
    return [bare_word(word) for word in counted if any(c.isalpha() for c in word)]


def bare_word(word: str) -> str:
    """A word without what ends its clause or sentence: "jobs" of "jobs.", but "U.S." whole."""
    word = word.rstrip(",;:'’")
    return word[:-1] if ENDS_SENTENCE.search(word) else word


#: A possessive's mark at a word's end: "farmers'", "women's", "children’s".
POSSESSIVE = lazy(r"(?<=s)['’]$|['’]s$", re.I)


def words_after(kept: list[str], rest: str, cut: bool) -> list[str] | None:
    """The words ``rest``, what a quote goes on with after its number, has from a figure's counted words
    ``kept`` on (after an "of", as :func:`counted_words` reads them), as written; None where they do not
    start with ``kept``, a possessive's mark aside ("women's" starts as "women" does). They end where a
    clause mark ends what is counted, and before the last word of a ``rest`` that is ``cut``, which may
    go on."""
    clauses = _CLAUSE_MARKS.split(rest.strip(), maxsplit=1)
    words = clauses[0].split()
    if cut and len(clauses) == 1:
        words = words[:-1]
    if words[:1] and words[0].lower() == "of":
        words = words[1:]
    if len(words) < len(kept):
        return None
    for word, counted in zip(words, kept, strict=False):
        if POSSESSIVE.sub("", bare_word(word)).casefold() != POSSESSIVE.sub("", counted).casefold():
            return None
    return words


def reads_as_noun(words: list[str]) -> bool:
    """Whether ``words``, after a conjunction or a possessive, read whole as a noun, as
    :func:`noun_end` reads one joined to a counted noun: "local officials", "rights groups"; not
    "the region's", "gave them", "will train", "40 clinics"."""
    end, stopped = _part(words, 0, NOUN_WORDS)
    return end == len(words) and _joins(words, 0, end, stopped, open_end=False)


#: The mark that closes a name opened with each quotation mark.
_CLOSING = {"“": "”", "‘": "’", '"': '"', "'": "'"}


def quoted_name(rest: str) -> int:
    """The length of the name in quotation marks ``rest`` starts with, marks and all; 0 if none.
    Read whole, it is one word of what is counted, prepositions and all: a “call to action”."""
    close = _CLOSING.get(rest[:1])
    at = 1
    while close is not None and (at := rest.find(close, at)) > 0:
        if close in "’'" and rest[at + 1 : at + 2].isalpha():  # an apostrophe: “people’s fund”
            at += 1
            continue
        return at + 1 if at > 1 else 0
    return 0


#: Words that make a unit another measure, each as its abbreviation stands for: "basis points" are
#: hundredths of a percentage's "points", "square kilometres" an area and "cubic metres" a volume,
#: where "kilometres" and "metres" are lengths.
_MEASURES = {"basis": "basis", "square": "square", "sq": "square", "cubic": "cubic", "cu": "cubic"}
#: The units those words make another measure of: lengths, and a percentage's points.
_MEASURED = lazy(r"points?|km|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|f(?:oo|ee)t|ft|yards?")


def counts_alike(counted: list[str], told: list[str]) -> bool:
    """Whether a quote's counted words count what the source's do, where each of them is among the
    source's: not an increment for a total ("3,000 more families" for "3,000 families"), nor a unit of
    another measure for one the source makes another ("50 points" for "50 basis points", "300
    kilometres" for "300 square kilometres"): each word was found, and one left out is no slip."""
    return is_increment(counted) == is_increment(told) and _measure(counted) == _measure(told)


def _measure(counted: list[str]) -> frozenset[str]:
    """The words among ``counted`` that make the unit after them another measure: "basis" of "basis
    points", "square" of "square kilometres" and of "sq km"."""
    words = [word.lower().rstrip(".") for word in counted]
    return frozenset(
        _MEASURES[word] for word, unit in pairwise(words) if word in _MEASURES and _MEASURED.fullmatch(unit)
    )
