"""Forms a reader reads as ASCII's, as the numbers of a text are read: "４５％" is "45%".

Matching folds the full-width and small forms by their compatibility forms, and the Arabic percent
sign as a percent sign (see :mod:`rootcheck.text.normalize`), so a quote "45%" is placed on a
source's "４５％"; its figure and the numbers around it are read so too.
"""

from __future__ import annotations

import unicodedata

from rootcheck.patterns import lazy

#: A percent sign as Arabic writes it: "45٪" is "45%", as the full-width "４５％" is by its compatibility
#: form; this one has none.
ARABIC_PERCENT = "\u066a"
#: Forms a reader reads as ASCII's, each one character for one: the full-width forms (U+FF01–FF5E,
#: "４５％"), the small ones (U+FE50–FE6B, "﹪", "﹩"), and the Arabic percent sign ("٪"). Matching
#: folds them as typography (see :mod:`rootcheck.text.normalize`); read as written, "４５％ of
#: households" was 45 of "％ of households", and the site published 45 where the source says 45%.
AS_ASCII = str.maketrans(
    {
        chr(code): folded
        for code in [*range(0xFF01, 0xFF5F), *range(0xFE50, 0xFE6C)]
        if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1 and folded.isascii()
    }
    | {ARABIC_PERCENT: "%"}
)


def as_ascii(text: str) -> str:
    """``text`` with the forms of :data:`AS_ASCII` as ASCII writes them, each where it stands: a
    position in one is the same in the other. Most texts are ASCII, which Python knows unread."""
    return text if text.isascii() or not _WIDE.search(text) else text.translate(AS_ASCII)


#: The forms of :data:`AS_ASCII`, looked for before a text is translated: few hold one, and translating
#: by a table of characters costs a text beyond ASCII some 5 µs, a search a tenth of that.
WIDE = f"{ARABIC_PERCENT}\ufe50-\ufe6b\uff01-\uff5e"
_WIDE = lazy(f"[{WIDE}]")
