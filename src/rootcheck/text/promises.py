"""Words that say a thing was promised, planned or asked for rather than done: "committed to invest",
"will launch", "is set to create", "targeted 50,000 jobs".

"have invested $4.2 billion" for "have committed to invest $4.2 billion" tells a promise as a deed; a
quote may slip in its wording, but not from what is planned to what is done, nor back; nor from what
is asked of others, or only expected, to what is promised ("has pledged $4 billion" for "has asked
for $4 billion", "are expected to invest" for "have committed to invest").
"""

from __future__ import annotations

from collections import Counter

from rootcheck.patterns import alternatives, lazy
from rootcheck.text.lexicon import DESCRIBING, PLANNED_BEFORE_TO, PROMISED, PROMISED_BEFORE_TO, word_set
from rootcheck.text.meaning import APOSTROPHES, words_once
from rootcheck.text.numbers import ANY_NUMBER_WORD
from rootcheck.text.qualifiers import QUALIFIER_WORDS

#: Words of :data:`PROMISED` that ask another for a thing rather than promise or plan it: "asked for $4
#: billion in aid" is no pledge of it, and "have been asked to invest" no commitment to.
ASKING = word_set("ask asks asked asking request requests requested requesting seek seeks sought seeking")
#: Words that foresee a thing rather than promise or plan it: "are expected to invest" is no commitment,
#: nor "is likely to" a plan.
EXPECTING = word_set(
    "expect expects expected expecting hope hopes hoped hoping projected forecast forecasts likely unlikely"
)
#: A deed done, not promised: "crimes committed by gangs", "violence committed against women"; and
#: "promising" that promises nothing ("promising results", not "promising to invest").
_DEED = lazy(r"\bcommit(?:s|ted|ting)?\s+(?:by|against)\b|\bpromising\b(?!\s+to\b)")
#: "We'll", "won't": "will" written short.
_WILL_SHORT = lazy(r"(?<=[a-z])'ll\b|\bwon't\b")
#: "Couldn't", "wouldn't": the word of what may be, with its "not" (which :func:`negations` reads).
_MODAL_SHORT = lazy(r"\b(could|would|might|should|must)n't\b")
#: "may" in small letters: "May" is as often the month.
_MAY = lazy(r"\bmay\b")
#: "Target" in its forms as a verb.
AIMING = frozenset(["target", "targets", "targeted", "targeting"])
#: "Target" as a verb before the number it aims at, a qualifier between or none: "targeted 50,000 jobs",
#: "targets about 40% growth", "is targeting two million". That is a plan, as "aims for" is, and "created
#: 50,000 jobs" for it tells a target as a deed. Not the word describing ("targeted assistance to 300
#: households", "the targeted towns"), which puts no number to an aim.
_TARGETING = lazy(
    rf"\b({alternatives(AIMING)})\s+(?:(?:{QUALIFIER_WORDS})\s+)?"
    rf"(?=[$€£]?\d|(?:{ANY_NUMBER_WORD})\b)"
)


def promises(text: str) -> Counter[str]:
    """The words of :data:`PROMISED` in ``text``, "'ll" and "won't" as "will", but for a deed done
    ("committed by"), a hope ("promising results") and a thing described ("the regularly scheduled
    flights"); those of :data:`PLANNED_BEFORE_TO` before "to" ("set to", "tried to"); and "target" as a
    verb before a number ("targeted 50,000 jobs")."""
    lowered = _MODAL_SHORT.sub(r"\1", _lowered(text))
    words = words_once(lowered)
    found = Counter(
        word
        for at, word in enumerate(words)
        if (word in PROMISED and (word not in PROMISED_BEFORE_TO or _promising(words, at)))
        or (word in PLANNED_BEFORE_TO and words[at + 1 : at + 2] == ["to"])
    )
    found.update(
        aim[1] for aim in _TARGETING.finditer(lowered) if not describing(lowered[: aim.start()].split()[-2:])
    )
    found["may"] += len(_MAY.findall(text))
    return +found


def aims_at(before: str, word: str, after: str) -> bool:
    """Whether ``word`` is "target" as a verb aiming at the number ``after`` starts with, not a word
    describing what follows ``before`` it: "The program" "targeted" "50,000 jobs", but not "the"
    "targeted" "300 households"."""
    return _TARGETING.match(f"{word} {after}".lower()) is not None and not describing(before.split()[-2:])


def _promising(words: list[str], at: int) -> bool:
    """Whether ``words[at]``, a word that may describe a thing ("the projected shortfall"), promises:
    before "to" ("projected to create"), as a verb after its subject ("The agency projected 351
    jobs"), or alone, where nothing tells otherwise (an elision's edge)."""
    after = words[at + 1 : at + 2]
    if after == ["to"] or (not after and not at):
        return True
    return at > 0 and not describing(words[max(0, at - 2) : at])


def describing(before: list[str]) -> bool:
    """Whether the words just ``before`` "projected" or "scheduled" make it describe a thing: an article
    ("the projected shortfall"), or an adverb or an owner after one or opening the sentence ("the
    regularly scheduled flights", "ICE's scheduled flights"); not after a subject ("The agency
    initially projected 351 jobs", "Officials projected")."""
    last = before[-1].lower() if before else ""
    if last in DESCRIBING:
        return True
    return last.endswith(("ly", "'s", "’s")) and (len(before) < 2 or before[-2].lower() in DESCRIBING)


def _lowered(text: str) -> str:
    return _WILL_SHORT.sub(" will", _DEED.sub(" ", text.lower().translate(APOSTROPHES)))


def changed_promises(quote: str, source: str, around: str = "") -> tuple[list[str], list[str]]:
    """The words of :data:`PROMISED` ``quote`` adds to ``source``, and those it leaves out, where it has
    more or fewer of them ("pledged" for "committed" promises alike). A word the quote has where the
    source has one just ``around`` the passage (where fuzzy search may end it) is not added, whichever
    word of promise each is: "Donors pledged to invest" of "Donors committed to invest", placed as "to
    invest"."""
    said, quoted = promises(source), promises(quote)
    if quoted.total() == said.total():
        return [], []
    added = sorted((quoted - said).elements())
    return added[promises(around).total() :], sorted((said - quoted).elements())


def promise_told_otherwise(quote: str, source: str) -> tuple[list[str], list[str]] | None:
    """Where ``quote`` has a word of promise of another kind than the one of ``source``'s in its place:
    asking for a thing (:data:`ASKING`), foreseeing it (:data:`EXPECTING`) or promising or planning it
    ("pledged" for "asked for", "are expected" for "have committed"): the quote's word and the
    source's; None where each word the quote puts for another is of its kind ("pledged" for
    "committed")."""
    quoted, said = promises(quote), promises(source)
    for put in sorted(quoted - said):
        for had in sorted(said - quoted):
            if _kind(put) != _kind(had):
                return [put], [had]
    return None


def _kind(word: str) -> str:
    return "asking" if word in ASKING else "expecting" if word in EXPECTING else "promising"
