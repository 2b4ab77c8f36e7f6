"""A number before a possessive: "12 farmers' cooperatives" counts cooperatives, not farmers.

A figure ending on the possessive ("12 farmers") would have the site publish the owners as what is
counted. Which one a number counts, though, depends on the noun owned: a body or a place that serves
its owners is counted ("20 women's shelters"), where what each owner has is not ("300 teachers'
salaries" are those of 300 teachers), and only the first is read here.
"""

from __future__ import annotations

from rootcheck.text.nouns import POSSESSIVE, bare_word, reads_as_noun, words_after

# fmt: off
#: Bodies and places named for whom they serve, which a number before their possessive counts.
_SERVING = frozenset([
    "groups", "organizations", "organisations", "associations", "cooperatives", "co-operatives", "co-ops",
    "collectives", "unions", "federations", "councils", "committees", "clubs", "networks", "societies",
    "leagues", "movements", "assemblies", "forums", "shelters", "centers", "centres", "hospitals",
    "clinics", "wards", "schools", "colleges", "hostels", "dormitories", "prisons", "markets", "banks",
])
# fmt: on


def owned_noun(kept: list[str], rest: str, cut: bool) -> list[str] | None:
    """Where a figure's counted words ``kept`` end, in its quote, on a possessive whose noun names a body
    or place serving its owners, the quote's counted words through that noun: "farmers' cooperatives"
    of "12 farmers' cooperatives" past "12 farmers", "women's rights groups" past "20 women". ``rest``
    is what the quote goes on with after its number, ``cut`` whether it stops where a reading did (see
    :func:`rootcheck.text.nouns.words_after`). None otherwise."""
    words = words_after(kept, rest, cut)
    n = len(kept)
    if words is None or len(words) <= n or not POSSESSIVE.search(words[n - 1]):
        return None
    for at in range(n, min(len(words), n + 3)):
        if bare_word(words[at]).lower() in _SERVING:
            if not reads_as_noun(words[n : at + 1]):
                return None
            return [word.rstrip(",;:.") for word in words[:n]] + [bare_word(w) for w in words[n : at + 1]]
    return None
