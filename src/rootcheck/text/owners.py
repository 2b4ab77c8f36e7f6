"""A number before a possessive: "12 farmers' cooperatives" counts cooperatives, not farmers.

A figure ending on the possessive ("12 farmers") would have the site publish the owners as what is
counted. Which one a number counts, though, depends on the noun owned: a body or a place that serves
its owners is counted ("20 women's shelters"), where what each owner has is not ("300 teachers'
salaries" are those of 300 teachers), and only the first is read here. So is such a noun after a
plural written without the possessive's mark, naming whom it serves as a word before it would: "3
police stations", "12 youth centres", "40 farmers markets" count stations, centres and markets, where
a noun naming people is more of whom the number counts ("20 women leaders" are 20 women).
"""

from __future__ import annotations

from rootcheck.text.nouns import POSSESSIVE, bare_word, reads_as_noun, words_after
from rootcheck.text.plurals import counts_things

# fmt: off
#: Bodies and places named for whom they serve, which a number before their possessive counts.
_SERVING = frozenset([
    "groups", "organizations", "organisations", "associations", "cooperatives", "co-operatives", "co-ops",
    "collectives", "unions", "federations", "councils", "committees", "clubs", "networks", "societies",
    "leagues", "movements", "assemblies", "forums", "shelters", "centers", "centres", "hospitals",
    "clinics", "wards", "schools", "colleges", "hostels", "dormitories", "prisons", "markets", "banks",
    "refuges", "stations",
])
#: Nouns that name such a body or place after some owners only: "children's homes" are homes for
#: children, where "130 residents' homes" are those of 130 residents.
_SERVING_AFTER = {"homes": frozenset(["children"])}
# fmt: on


def owned_noun(kept: list[str], rest: str, cut: bool) -> list[str] | None:
    """Where a figure's counted words ``kept`` end, in its quote, on a possessive whose noun names a body
    or place serving its owners, the quote's counted words through that noun: "farmers' cooperatives"
    of "12 farmers' cooperatives" past "12 farmers", "women's rights groups" past "20 women". ``rest``
    is what the quote goes on with after its number, ``cut`` whether it stops where a reading did (see
    :func:`rootcheck.text.nouns.words_after`). None otherwise."""
    words = words_after(kept, rest, cut)
    n = len(kept)
    if words is None or len(words) <= n:
        return None
    owner = POSSESSIVE.sub("", bare_word(words[n - 1])).lower()
    if not POSSESSIVE.search(words[n - 1]):
        # Without the mark, the noun must follow the plural at once: "3 police stations".
        if words[n - 1] != bare_word(words[n - 1]) or not counts_things(owner):
            return None
        words = words[: n + 1]
    for at in range(n, min(len(words), n + 3)):
        owned = bare_word(words[at]).lower()
        if owned in _SERVING or owner in _SERVING_AFTER.get(owned, ()):
            if not reads_as_noun(words[n : at + 1]):
                return None
            return [word.rstrip(",;:.") for word in words[:n]] + [bare_word(w) for w in words[n : at + 1]]
    return None
