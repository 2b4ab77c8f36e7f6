"""What a quote's elisions leave out of its passage, gap by gap.

An elision ("...") may leave out a clause; it may not leave out what makes
the words on either side say something else. Two slips are read here: a gap
within one clause, not an aside, that holds a word changing what the quote
says ("has ... decreased" of "has not decreased", "have ... invest" of "have
committed to invest"), and a number whose counted words are left out, so that
the words after the gap read as what it counts ("more than 30,000 ... staff"
of "more than 30,000 survivors of GBV … more than 380 staff").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rootcheck.model import Span
from rootcheck.patterns import lazy
from rootcheck.text.elided import split_elisions
from rootcheck.text.joins import join_left_out
from rootcheck.text.lexicon import CLAUSE_STOP, DENYING_PAIRS, PAIR_ADVERBS, SENTENCE_STOP
from rootcheck.text.normalize import normalize
from rootcheck.text.nouns import counted_words
from rootcheck.text.numbers import SIGNS, SPELLED, YEAR
from rootcheck.text.promises import promises
from rootcheck.text.qualifiers import QUALIFIER_AT_END, QUALIFIER_AT_START
from rootcheck.text.subjects import opens_clause

#: A sentence's or clause's end within the source's words left out, a paragraph's, or a list item's.
_CLAUSE_END = lazy(rf"{CLAUSE_STOP}[\"”’)\]*]*(?:\s|$)|\n[ \t]*\n|\n[ \t]*[-*+•] ")
#: A sentence's end within the words left out: a stop (not an initial's), then a word in capitals.
_SENTENCE_END = lazy(rf"{SENTENCE_STOP}[\"”’)\]*]*\s+[\"“‘(]*[A-Z]")
#: A number ending the words before a gap, with its magnitude or percent: "more than 30,000", "$4.2 billion".
#: Not a number a clause ends with ("in June 2021, ..."), nor one of a name ("COVID-19").
_NUMBER_AT_END = lazy(
    rf"(?<![\w.,\-])[{SIGNS}]?\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion)|\s*(?:%|percent\b))?$",
    re.I,
)
#: A number in words ending the words before a gap: "six ... areas" of "six municipalities … areas".
#: Not "one", as often a pronoun ("one of the"), nor "zero".
_SPELLED_AT_END = lazy(
    r"(?<![\w-])(?:" + "|".join(word for word in SPELLED if word not in ("one", "zero")) + r")$", re.I
)
#: A year, which counts nothing: "in June 2021 ... the task force".
_YEAR = lazy(YEAR)
#: A sum of money, or a share: "$300 million ... initiative" leaves out the initiative's name, not its count.
_MONEY_OR_SHARE = lazy(rf"^[{SIGNS}]|%$|percent$", re.I)
#: One word or two between a number and a gap, which the number counts with the words the gap leaves
#: out: "74 U.S. ... charges" of "74 U.S. convictions … charges" counts charges as much as "74 ... charges".
_WORDS_AT_END = lazy(r"(?:\s+[^\W\d_][\w.’'-]*){1,2}$")
#: A number in digits, as a word of its own (not one inside a name, "COVID-19").
_ANY_NUMBER = lazy(r"(?<![\w.,\-])\d(?:[\d,.]*\d)?(?![\w-])")
#: A number opening the words after a gap, once a qualifier before it is read off: "more than 200".
_NUMBER_FIRST = lazy(rf"[{SIGNS}]?\d")
#: Prepositions that tie the number after them to the words before: "charges against 200 individuals".
_GOVERNING = frozenset(["against", "for", "to", "of", "with", "by", "from", "among", "on"])
#: A capitalised word just before a number, whose name it is: "Order 14010", "Article 12".
_NAMED = lazy(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+$")
#: Nouns that count many in the singular: "336 staff ... in Honduras" of "336 staff members from 12 NGOs".
_COLLECTIVE = frozenset(
    ["staff", "people", "youth", "police", "personnel", "children", "women", "men", "military"]
)
#: A plural in lowercase letters: not a name ("U.S."), a compound ("at-risk"), "-ss", "-us" or "-is".
_PLURAL = lazy(r"[a-z]+(?<!ss)(?<!us)(?<!is)s")
_EDGE_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: What opens an aside within its sentence, and what closes one.
_ASIDE_OPENS, _ASIDE_CLOSES = frozenset(",—–("), frozenset(",—–)")
#: Words that follow a number without being what it counts: "30,000 in Honduras", "12 of them"; and its
#: magnitude, whose leaving out is told as the number's bounds are ("$112 ... in assistance").
_NOT_COUNTED = frozenset(
    re.findall(
        r"\w+",
        """a an and as at between by during each for from in including into of on or over per since
        than that the their these this those through to under which while who whose with within
        thousand million billion trillion percent""",
    )
)
#: Words that go on from what a number counts without being more of it: an adverb, a pair that denies,
#: a relative pronoun, a verb "to be" or "to have", and the words of :data:`_NOT_COUNTED`.
#: What an elision leaves out that is a join's first side and its "and" or "or": "individuals and".
_FIRST_SIDE = lazy(r"\s*(?P<side>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}),?\s+(?:and|or)\s*")
_NO_MORE_COUNTED = lazy(
    r"\w+ly|rather|instead|than|who|which|that|were|was|are|is|have|has|had|" + "|".join(sorted(_NOT_COUNTED))
)
_PROMISE_NOUNS = frozenset(
    ["commitment", "commitments", "proposal", "proposals", "request", "requests", "budget", "budgets"]
)


@dataclass(frozen=True)
class Gap:
    """One elision of a quote: the quote's words on either side, and the source's words it stands for."""

    #: The quote's part before the elision, as the source writes it, its emphasis aside.
    before: str
    #: The source's words the elision stands for, as the source writes them (its markup, its line breaks).
    left_out: str
    #: The quote's part after the elision, likewise.
    after: str

    @property
    def within_a_clause(self) -> bool:
        """Whether the words left out end no sentence, clause or paragraph: what they hold bears on
        the words either side, as "not" in "has ... decreased" does."""
        return _CLAUSE_END.search(self.left_out) is None

    @property
    def joins_sentences(self) -> bool:
        """Whether the words left out end a sentence the quote runs on from, into words of the next
        it goes on with as if of the same ("USAID ... launched a $3 million project" of "USAID …
        trained 50 judges. The Department of State launched a $3 million project")."""
        ended = self.before.rstrip().endswith((".", "!", "?"))
        return not ended and self.after[:1].islower() and _SENTENCE_END.search(self.left_out) is not None

    @property
    def an_aside(self) -> bool:
        """Whether the words left out stand between commas, dashes or brackets ("The ministry, which did not
        respond to requests for comment, trained"), the quote keeping either or none: a clause of their
        own, whatever they deny."""
        words = self.left_out.strip()
        opens = words[:1] in _ASIDE_OPENS or self.before.rstrip()[-1:] in _ASIDE_OPENS
        closes = words[-1:] in _ASIDE_CLOSES or self.after.lstrip()[:1] in _ASIDE_CLOSES
        return opens and closes

    @property
    def edges(self) -> tuple[str, str]:
        """The first and last words left out: a word that denies or promises bears on the quote's
        words beside the gap only from there ("has ... decreased" of "has not decreased", "have ...
        invest" of "have committed to invest"), not from within a clause of its own ("trained 4,000
        teachers ... in 2022" of "… teachers who would otherwise have left, in 2022"). An infinitive's
        "to" last bears the word before it ("companies ... invest" of "companies have committed to
        invest"): the last edge is then the two."""
        return edge_words(self.left_out)

    def uncounted(self) -> tuple[str, str, str | None] | None:
        """The number ending the words before the gap, what the source counts with it, and what the
        quote's words after the gap count instead (None for nothing), where the gap leaves the source's
        out: "30,000 ... staff" of "30,000 survivors … 380 staff", "4,500 ... across the region" of
        "4,500 farmers across the region". None where the source's counted words go on past the gap
        ("5,000 ... government officials" of "5,000 national and local government officials"), or
        where its number counts nothing ("12 ... done so" of "12 have done so"). A sum of money or a
        percent counts nothing by the words after it, and a year nothing at all."""
        number, between = _number_at_end(self.before)
        if number is None or _YEAR.fullmatch(number) or _MONEY_OR_SHARE.search(number):
            return None
        said = counted_words(f"{between} {self.left_out} {self.after}", cut=False)
        if not said or said[0].lower() in _NOT_COUNTED:
            return None
        kept = len(between.split())
        # A join or list the number counts, cut to its first side, as a quote ending there would be
        # (see joins.join_left_out): "18 individuals ... have been sanctioned" of "18 individuals and
        # entities in El Salvador ... have been sanctioned" counts no entities. Whether the number opens
        # its clause is read from the quote's words before its bounds: a quote starting there reads so.
        opens = opens_clause(QUALIFIER_AT_END.sub("", self.before[: self.before.rfind(number)]))
        joined = join_left_out(between, between + self.left_out + self.after, opens=opens) if kept else None
        if joined and not _words_counted(joined[1]) & _words_counted(self.after):
            return f"{number} {between}", joined[1], None
        # A join's first side left out whole, the number kept before the gap: "18 ... entities" of "18
        # individuals and entities" counts the entities alone.
        if (
            not kept
            and (first_side := _FIRST_SIDE.fullmatch(self.left_out))
            and first_side["side"].split()[0] in said
        ):
            return (
                number,
                " ".join(self.left_out.split()),
                " ".join(counted_words(self.after, cut=False)) or None,
            )
        # Past the words kept, the source goes on with no more of what the number counts: "12,000 youth
        # ... completing" of "12,000 youth recently completing", "501 staff ... in 2022" of "501 staff
        # rather than consultants in 2022".
        if kept and (len(said) <= kept or _NO_MORE_COUNTED.fullmatch(said[kept].lower())):
            return None
        quoted = counted_words(f"{between} {self.after}", cut=False)
        # Told from the words the quote keeps: "the elision after “74 U.S.” leaves out “convictions …”".
        number, left_out = f"{number} {between}".rstrip(), " ".join(said[len(between.split()) :])
        if not quoted:
            return number, left_out, None
        # What the source's number counts is its head noun, the last word, or the one before "of"
        # ("survivors of GBV"): the quote's words after the gap must still name it.
        head = said[said.index("of", 1) - 1] if "of" in said[1:] else said[-1]
        if head.casefold() in (word.casefold() for word in quoted):
            return None
        # A plural the quote keeps before the gap is what the number counts, whatever follows it in the
        # source: "150 individuals ... democracy" of "150 individuals responsible for undermining democracy".
        if any(
            (_PLURAL.fullmatch(word) or word.lower() in _COLLECTIVE) and word in said
            for word in between.split()
        ):
            return None
        return number, left_out, " ".join(quoted[len(between.split()) :]) or None

    def other_number(self) -> str | None:
        """A number the gap leaves out, with what it counts, where the quote's words before the gap hold
        one too: "180,000 at-risk youth" of "50,000 at-risk youth ... to resist gang recruitment"
        of "reached more than 50,000 at-risk youth … and supported over 180,000 at-risk youth in these
        countries to resist gang recruitment". What follows the gap may be said of that number, not the
        quote's. Not a year, which counts nothing."""
        if not any(not _YEAR.fullmatch(found.group()) for found in _ANY_NUMBER.finditer(self.before)):
            return None
        for found in _ANY_NUMBER.finditer(self.left_out):
            if not _YEAR.fullmatch(found.group()):
                return " ".join([found.group(), *counted_words(self.left_out[found.end() :], cut=False)])
        return None

    def governing(self) -> str | None:
        """What the gap leaves out of a list's next item just before a number the quote goes on with,
        up to the preposition it ends with: "foreign government charges against" of "74 U.S. convictions
        of ... more than 200 individuals" of "74 U.S. convictions of members …, foreign government charges
        against more than 200 individuals". The number would read as of the words before the gap."""
        after = self.after.lstrip()
        qualifier = QUALIFIER_AT_START.match(after)
        if _NUMBER_FIRST.match(after, qualifier.end() if qualifier else 0) is None:
            return None
        item = re.split(r"[,;]", self.left_out)[-1] if re.search(r"[,;]", self.left_out) else ""
        words = item.split()
        return " ".join(words) if len(words) > 1 and words[-1].lower() in _GOVERNING else None

    def names_apart(self) -> tuple[list[str], str] | None:
        """The names the gap leaves out of a list, and the name of it the quote keeps beside the gap:
        "in ... Nicaragua" of "in El Salvador, Guatemala, Honduras and Nicaragua", "in El Salvador ...
        have" of "in El Salvador and Guatemala have". What the source says of them all would read as
        said of the one kept. None where the gap leaves out no name of a list the quote names."""
        # Loaded with the first elision read: its patterns cost every command's start some 5 ms.
        from rootcheck.text.lists import names_apart

        return names_apart(self.before, self.left_out, self.after)


def _words_counted(text: str) -> set[str]:
    """The words of ``text`` that may name what a number counts: not "and", "of", "in" and their like."""
    return {word for word in re.findall(r"\w+", text.casefold()) if word not in _NOT_COUNTED}


def _number_at_end(before: str) -> tuple[str | None, str]:
    """The number ending ``before``, or followed there by a word or two (see :data:`_WORDS_AT_END`),
    and those words; but not a name's number with words after it ("Executive Order 14010 directed")."""
    for between in (None, _WORDS_AT_END.search(before)):
        head = before if between is None else before[: between.start()]
        number = _NUMBER_AT_END.search(head) or _SPELLED_AT_END.search(head)
        if number is not None and between is not None and _NAMED.search(head, 0, number.start()):
            return None, ""
        if number is not None:
            return number.group(), "" if between is None else between.group().strip()
    return None, ""


def edge_words(text: str) -> tuple[str, str]:
    """The words that bear on what stands either side of ``text`` (see :attr:`Gap.edges`)."""
    words = _EDGE_WORD.findall(text)
    if not words:
        return "", ""
    first, last = words[0], words[-1]
    if len(words) > 1 and DENYING_PAIRS.get(first.lower()) == words[1].lower():
        first = f"{first} {words[1]}"  # "rather than just" bears as "rather than"
    # A pair that denies last, an adverb after it or none, bears as one: "rather than just".
    ending = words[-3:] if len(words) > 2 and last.lower() in PAIR_ADVERBS else words[-2:]
    if len(ending) > 1 and DENYING_PAIRS.get(ending[0].lower()) == ending[1].lower():
        last = " ".join(ending)
    elif len(words) > 1 and last.lower() == "to":
        last = f"{words[-2]} {last}"
    return first, last


def promised(words: str) -> list[str]:
    """The words of promise among ``words`` left out, but for a noun naming a promise ("the
    administration's proposal"), which leaves nothing that was promised reading as done."""
    return sorted(word for word in promises(words).elements() if word not in _PROMISE_NOUNS)


def gaps(quote: str, passage: str, placed: Sequence[tuple[int, int]] = ()) -> list[Gap]:
    """Each elision of ``quote``, placed in ``passage`` (the source's words from the quote's first part
    to its last): where each part stands, as ``placed`` says (offsets into ``passage``), or else where
    it is written word for word; none where a part is not (a slipped quote placed nowhere)."""
    parts = split_elisions(quote)
    if len(parts) < 2:
        return []
    spans = [Span(start, end) for start, end in placed]
    if len(spans) != len(parts):
        norm = normalize(passage)
        spans = []
        position = 0
        for part in parts:
            at = norm.text.find(part, position)
            if at < 0:
                return []
            spans.append(norm.to_original(at, at + len(part)))
            position = at + len(part)
    # Each part as the source writes it (its capitals and accents, for messages), its emphasis aside.
    said = [" ".join(passage[span.start : span.end].replace("*", "").split()) for span in spans]
    return [
        Gap(said[i], passage[spans[i].end : spans[i + 1].start], said[i + 1]) for i in range(len(said) - 1)
    ]
