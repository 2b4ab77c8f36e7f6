"""A slipped quote's passage made whole at either end.

Fuzzy search lines a slipped quote up with the stretch of its paragraph that
scores best, and that stretch may stop short of words the quote has at
either end: "… gathered in recent years" ends at "in recent" where the source
has "in recent months", and "The narrow in Huehuetenango registered …" (a
word left out) starts at "in". The passage is what the site puts in quotation
marks as the source's words, so it is taken on over the source's words in
the place of the quote's, within its sentence and clause, over no number
(the quote's numbers were checked against the passage without it) and for
no name the quote has there, which is compared with the source's words
beside the passage (see :mod:`rootcheck.checks.wording`).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rootcheck.patterns import lazy
from rootcheck.text.lexicon import WORD_OR_INITIALS

#: A word, apostrophes within it.
WORDS = lazy(r"\w+(?:['’]\w+)*")
#: A word, or initials as one: "U.S." is one word put for another.
_WORD_OR_INITIALS = lazy(WORD_OR_INITIALS)
_INITIALS = lazy(r"\b[^\W\d_](?:\.[^\W\d_])+\.")
#: How many of a quote's words at either end a slipped passage may stop short of.
_REACH = 3
#: What ends a sentence or clause, or pauses one: no word past it is taken on.
_STOPS = '.;:!?,()[]—–\n"'
#: The next word of a text, with any stop or pause before it.
_NEXT_WORD = lazy(r"[^\w.;:!?,()\[\]—–\n\"]*([.;:!?,()\[\]—–\n\"])?[^\w]*?(\w+(?:['’]\w+)*)")
#: How far back a passage's start is read for the quote's first words.
_BACK = 120


def whole_tail(text: str, last_part: str, typed: list[str], start: int, end: int) -> int:
    """Where a passage ends, taken on over as many words as ``last_part`` (the quote's last part) has
    past the passage's last one; ``typed`` are that part's words as typed, whose capitals tell names."""
    passage = text[start:end]
    quoted, said = WORDS.findall(last_part), WORDS.findall(passage)
    if not quoted or not said or quoted[-1] == said[-1]:
        return end
    if passage.rstrip()[-1:] in _STOPS:  # the passage ends its clause: the quote's words past it are its own
        return end
    if said[-1] in quoted[-_REACH - 1 : -1]:
        beyond = len(quoted) - 1 - max(i for i, word in enumerate(quoted) if word == said[-1])
    elif (beyond := _more_in_place(quoted[-_REACH - 1 :], said[-_REACH - 1 :])) == 0:
        return end
    if len(typed) != len(quoted) or any(word[:1].isupper() for word in typed[len(typed) - beyond :]):
        return end
    taken, last = end, ""
    for word in _NEXT_WORD.finditer(text, end):
        if word.group(1) or any(c.isdigit() for c in word.group(2)):
            break
        if beyond == 0:
            # One word on, the quote's own last word, where it left out the one before: "It nothing" of
            # "It requires nothing" ends at "nothing", which the quote has, not at "requires".
            if word.group(2) == quoted[-1] != last:
                taken = word.end()
            break
        taken, beyond, last = word.end(), beyond - 1, word.group(2)
    return taken if beyond == 0 else end


def _more_in_place(quoted: list[str], said: list[str]) -> int:
    """How many more words the quote's last ones are than the passage's in their place, where both end
    in words put for others after words they share: "in the region" for "in our", one more, as the
    source goes on "in our country"; none where they end otherwise."""
    steps = SequenceMatcher(None, quoted, said, autojunk=False).get_opcodes()
    if len(steps) < 2 or steps[-2][0] != "equal":
        return 0
    tag, first, last, at, end = steps[-1]
    return max(0, (last - first) - (end - at)) if tag == "replace" else 0


def whole_head(text: str, first_part: str, start: int, end: int) -> int:
    """Where a passage starts, taken back to the quote's first word where the source has the quote's
    words before the passage's first, or all but one word the quote leaves out among them: "The narrow
    agency in" for "The narrow in", "Gracias a Dios's ambitious ministry" for "Gracias a Dios's
    ministry". Only the quote's own words are taken, so no name the source lacks."""
    quoted, said = WORDS.findall(first_part.lower()), WORDS.findall(text[start:end].lower())
    if len(quoted) < 2 or not said or quoted[0] == said[0]:
        return start
    # The passage's first word the quote has past its own first (the second, where the first is the
    # one it left out), counted from there: a word the quote has twice is found where it looks.
    ahead = quoted[1 : _REACH + 1]
    at = next((i for i, w in enumerate(said[:2]) if w in ahead), None)
    if at is None:
        return start
    kept = 1 + ahead.index(said[at])
    lead = text[max(0, start - _BACK) : start]
    words = list(WORDS.finditer(lead))
    # Back over the quote's words before the one kept, and one it may leave out, but no further.
    for count in range(kept, min(kept + 2, len(words) + 1)):
        first = words[-count]
        between = lead[first.start() :]
        if _within(quoted[:kept], [w.group().lower() for w in words[-count:]]):
            if any(c in _STOPS or c.isdigit() for c in between):
                return start
            return start - len(lead) + first.start()
    passage = text[start:end]
    if any(c.isdigit() for c in quoted[kept]):
        return start  # the quote's word kept is a number's, whose bounds are read apart
    return _clause_head(lead, passage[: list(WORDS.finditer(passage))[at].start()], start, first_part, kept)


def _clause_head(lead: str, opening: str, start: int, first_part: str, kept: int) -> int:
    """Where a passage starts, taken back over the source's words in the place of the quote's first
    ``kept``, to its clause's start: "The private sector has provided" of "The U.S. Government has
    provided" starts at "The", and "Through an agency, the government" of "Through the Department of
    Labor, the government" at "Through", so that the words put for the source's are seen, and read, as
    such; or back over a clause the quote leaves out after its first words: "For example, over 500" of
    "For example, in Honduras, over 500". ``opening`` is the passage's text before the word kept."""
    own = first_part[: list(WORDS.finditer(first_part))[kept].start()]
    quoted = _WORD_OR_INITIALS.findall(own)
    if _stops(opening) != _stops(own) or len(quoted) <= len(_WORD_OR_INITIALS.findall(opening)):
        return start  # the passage's clauses there are not the quote's, or its words are put for all of them
    plain = _without_initials_points(lead)
    stop = max(plain.rfind(c) for c in _STOPS)
    if stop < 0 and start - len(lead) > 0:
        return start  # the clause starts farther back than a quote's few words put for the source's
    clause = lead[stop + 1 :]
    if any(c.isdigit() for c in clause + own):
        return start
    if stop >= 0 and (before := _ending_with(lead[:stop], quoted)) is not None:
        return start - len(lead) + before
    said = _WORD_OR_INITIALS.findall(clause + opening)
    if not clause.strip() or abs(len(said) - len(quoted)) > _REACH - 1:
        return start
    return start - len(clause.lstrip())


def _ending_with(text: str, words: list[str]) -> int | None:
    """Where ``words`` start, if ``text`` ends with them, case aside."""
    found = list(_WORD_OR_INITIALS.finditer(text))[-len(words) :]
    if len(found) < len(words) or text[found[-1].end() :].strip():
        return None
    same = all(w.group().casefold() == q.casefold() for w, q in zip(found, words, strict=True))
    return found[0].start() if same else None


def _without_initials_points(text: str) -> str:
    """``text`` with the points of its initials ("U.S.") put out of the way, its length kept: they
    end no clause."""
    return _INITIALS.sub(lambda m: m.group().replace(".", "_"), text)


def _stops(text: str) -> list[str]:
    """The stops and pauses of ``text``, in order; a point of initials ("U.S.") is none."""
    return [c for c in _without_initials_points(text) if c in _STOPS]


def _within(quoted: list[str], said: list[str]) -> bool:
    """Whether ``said`` is ``quoted`` with at most one word more, the first the same."""
    if not said or said[0] != quoted[0] or not 0 <= len(said) - len(quoted) <= 1:
        return False
    extra = len(said) - len(quoted)
    return any(said[:at] + said[at + extra :] == quoted for at in range(1, len(said) + 1 - extra))
