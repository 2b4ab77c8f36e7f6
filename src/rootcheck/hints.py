"""Did-you-mean hints: the name a user most likely meant by one that names nothing; and, for an id
that names something already, where that is. And an editor's words as a message shows them.

Used wherever a name is looked up (a field, an id, a pillar, a template), so
it belongs to no one layer.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from rootcheck.text.numbers import VULGAR

if TYPE_CHECKING:
    from rootcheck.model import Claim


def closest(word: str, options: Sequence[str]) -> str | None:
    """The option the user most likely meant by ``word``, if one is close enough."""
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close and len(word) >= 3:
        close = sorted(o for o in options if o.startswith(word) or word in o)[:1]
    return close[0] if close else None


def mistyped(typed: str, meant: str) -> bool:
    """Whether ``typed`` looks like ``meant`` mistyped ("Guatamala" for "Guatemala", "yuoth" for "youth"):
    the same first letter, a letter more or less at most, and four in five letters alike; not
    "Austria" for "Australia", another word a letter or two apart."""
    typed, meant = typed.lower(), meant.lower()
    if len(meant) < 4 or typed[:1] != meant[:1] or typed == meant or abs(len(typed) - len(meant)) > 1:
        return False
    return difflib.SequenceMatcher(None, typed, meant).ratio() >= 0.8


def did_you_mean(word: str, options: Sequence[str]) -> str:
    """A hint naming the option the user most likely meant, or nothing."""
    meant = closest(word, options)
    return f" (did you mean {meant!r}?)" if meant is not None else ""


def taken_id(claim: Claim) -> str:
    """That ``claim`` has its id already, where and for which figure: the editor asking for the id
    may mean that claim, or have chosen the same words for another."""
    return f"a claim with id {claim.id!r} already exists: {claim.position('figure')}, figure “{claim.figure}”"


def former_id(claim: Claim, alias: str) -> str:
    """That ``alias`` is a former id of ``claim``, and where its aliases list it."""
    where = claim.where.find(f"aliases.{claim.aliases.index(alias)}") or claim.position("aliases")
    return f"{alias!r} is a former id of {claim.id!r} ({where})"


def meant_id(word: str, ids: Collection[str], names: Mapping[str, str] | None = None) -> str | None:
    """The id most likely meant by ``word``, which names none of ``ids``: only ever one of them.

    ``names`` maps the other names an id goes by (a pillar's title, a
    verdict's label, a source's title and file) to the id. An editor writes
    one of those as often as a misspelt id: "Cannot be compared" for the
    verdict labelled so, "001_82fcb749a76f0474.txt" for the source in that
    file. Letter case, accents and how the words are joined do not count; an
    id spelt nearly right comes before a name spelt nearly right.
    """
    form = id_form(word)
    if not form:
        return None
    if form in ids:
        return form
    by_form = {id_form(name): id_ for name, id_ in (names or {}).items()}
    if form in by_form:
        return by_form[form]
    meant = closest(form, list(ids))
    if meant is None and (near := closest(form, list(by_form))) is not None:
        meant = by_form[near]
    return meant


def id_form(name: str) -> str:
    """``name`` as an id would write it: small letters without accents, words joined by hyphens."""
    # A fraction of one character is its decimals: "2½ million people" is 2-5-million-people, not the
    # 212-million-people its compatibility form "21⁄2" would make.
    name = "".join("-" + f"{VULGAR[c]:.3f}"[2:].rstrip("0") if c in VULGAR else c for c in name)
    folded = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", folded))


#: What a quote is told it changes where it says a word's opposite ("large" for "small").
TURNED_ROUND = "a word turned into its opposite"


def listed(words: list[str]) -> str:
    """Words named in a message, each in quotation marks and once: “rose”, “grew”."""
    return ", ".join(f"“{word}”" for word in dict.fromkeys(words))


def shown(text: str) -> str:
    """An editor's text on one line of a message: white space collapsed, control characters escaped."""
    words = " ".join(text.split())
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in words)


#: Quotation marks a word processor types, which YAML does not read as quoting a value.
_CURLY_OPEN, _CURLY_CLOSE = "“‘„«", "”’“»"


def curly_quoted(value: str) -> str:
    """A hint where ``value`` is wrapped in curly quotation marks, "" otherwise: YAML quotes only
    between straight ones, so `quote: “300 jobs”` holds the marks (as a word processor types them)."""
    if len(value) > 2 and value[0] in _CURLY_OPEN and value[-1] in _CURLY_CLOSE:
        return (
            f" (YAML quotes a value only between straight quotation marks, \" or ': the {value[0]}{value[-1]} "
            "around it are part of it)"
        )
    return ""
