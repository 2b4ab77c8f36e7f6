"""Warnings at the links and HTML of notes and annotations that do not do what their editor meant,
each at its line and column.

A note or an annotation is one field of its file; a message on a link in it reads the file again
to point at the link itself (see :func:`spot`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rootcheck.hints import closest
from rootcheck.model import Diagnostic
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.registry.load import Registry
from rootcheck.registry.places import in_value, offset_of
from rootcheck.text.markup import CLAIM_SCHEME, link_allowed
from rootcheck.text.seen import SHOWN_OTHERWISE, Unschemed

#: The address of a link left as written: an inline link's, an autolink's or a definition's.
_ADDRESS = lazy(r"\]\((.*)\)$|^<(.*)>$|^\[[^\]]*\]:\s*(.*)$", re.S)
_SCHEME = lazy(r"\s*([A-Za-z][\w+.-]*):")


def stray_link_warning(reg: Registry, where: Position, text: str) -> Diagnostic:
    """A warning at a link a reader would see as written (see :func:`rootcheck.text.seen.stray_links`),
    saying why it is none."""
    found = _ADDRESS.search(text)
    address = next((part for part in found.groups() if part is not None), "") if found else ""
    scheme = _SCHEME.match(address)
    name = scheme.group(1) if scheme else ""
    claim = CLAIM_SCHEME.rstrip(":")
    if name and name.lower() != claim and (name.lower().startswith(claim) or closest(name.lower(), [claim])):
        why = f"a claim's address is claim:ID, not {name}:"
    elif name and not link_allowed(address):
        why = f"{name}: addresses are not followed; a link goes to an http:, https: or mailto: address, or to a claim, claim:ID"
    elif re.search(r"\s", address.strip()):
        why = "a link is [words](address), with no space in the address"
    elif re.match(r"\[[^\]]+\]:", text) and _folded(reg, where):
        # "[p]: claim:x" written right, but '>' joined it to the paragraph above, blank line and all.
        why = "the field is written after '>', which joins its lines, so nothing stands on a line of its own: write it after '|'"
    else:
        why = "a link is [words](address), and a claim's address is claim:ID"
    return Diagnostic.warning(
        _spot_link(reg, where, text), f"“{text}” is no link; a reader sees it as written: {why}"
    )


def _spot_link(reg: Registry, where: Position, written: str) -> Position:
    """Where the link ``written`` stands in the field at ``where``: as a message quotes it, its white
    space is one space, and a link may run on to another line, so failing that, where its first word does."""
    at = spot(reg, where, written)
    return spot(reg, where, written.split()[0]) if at == where else at


def _file_text(reg: Registry, path: str) -> str | None:
    """A file of the registry, read as its YAML was: lines end at '\n' alone, as in every position given
    (see safeyaml.load.Lines); None where it cannot be read."""
    try:
        with open(reg.root / path, encoding="utf-8-sig", newline="") as file:
            return file.read()
    except (OSError, UnicodeDecodeError):
        return None


def _folded(reg: Registry, where: Position) -> bool:
    """Whether the field at ``where`` is a folded block, written after '>'."""
    lines = (_file_text(reg, where.path) or "").split("\n")
    return 0 < where.line <= len(lines) and lines[where.line - 1][where.col - 1 :].startswith(">")


def shown_as_written(reg: Registry, at: Callable[[], Position], markdown: str, page: str) -> list[Diagnostic]:
    """A warning at each thing of a note or annotation (at ``at()``, asked only where there is one: it is
    asked of every claim) that ``page`` shows otherwise than its editor meant: a link shown as written,
    HTML, an image, a footnote, a link's definition no link uses (each of :data:`rootcheck.text.seen.SHOWN_OTHERWISE`)."""
    strays, tags, images, footnotes, unused = (find(markdown) for find in SHOWN_OTHERWISE)
    if not (strays or tags or images or footnotes or unused):
        return []
    where = at()
    return [
        *(stray_link_warning(reg, where, text) for text in strays),
        *(html_warning(reg, where, tag, page) for tag in tags),
        *(
            Diagnostic.warning(
                spot(reg, where, image, alone=False),
                f"“{image}” is an image, which {page} does not show: a reader sees the “!” as written, "
                "then a link to the image; leave the “!” out to link to it",
            )
            for image in images
        ),
        *(
            Diagnostic.warning(
                spot(reg, where, mark, alone=False),
                f"“{mark}” is a footnote's mark, which {page} shows as written, and the footnote too: "
                "rootcheck reads no footnotes; write the note in the text",
            )
            for mark in footnotes
        ),
        *(
            Diagnostic.warning(
                _spot_link(reg, where, definition),
                f"“{definition}” defines a link no link uses, which {page} leaves out, address and all: "
                f"link words to it with [words]{definition.split(']:')[0]}], or leave it out",
            )
            for definition in unused
        ),
    ]


def html_warning(reg: Registry, where: Position, tag: str, page: str) -> Diagnostic:
    """A warning at HTML a note or annotation writes, which ``page`` shows as written (see
    :func:`rootcheck.text.seen.html_shown_as_text`)."""
    return Diagnostic.warning(
        spot(reg, where, tag, alone=False),
        f"“{tag}” is HTML, which {page} shows as it is written: "
        "write Markdown instead (**bold**, *italics*, a blank line between paragraphs)",
    )


def spot(reg: Registry, where: Position, text: str, alone: bool = True) -> Position:
    """Where ``text`` stands as a word of its own (or anywhere, not ``alone``) in ``where``'s file, at or after ``where``.

    Positions are kept per field and per id of a list, not per line of a
    field's text; a message about a citation in a note or an annotation reads
    the file again to point at it, looking no further than the field's own value.
    ``where`` itself where the file cannot be read or the text is not there
    as written (escaped in a quoted string, say).
    """
    content = _file_text(reg, where.path) if where.line else None
    if content is None:
        return where
    origin = offset_of(content, where.line, where.col)
    if origin is None:
        return where
    # Only within the field's own value: up to the next line that starts a key of the file's mapping.
    found = next(in_value(content, origin, text, alone=alone), None)
    if found is None:
        return where
    line_start = content.rfind("\n", 0, found) + 1
    return Position(where.path, where.line + content.count("\n", origin, found), found - line_start + 1)


#: What a link may lead to, as a message tells it.
_ADDRESSES = "a claim, claim:ID, or an http:, https: or mailto: address"
#: An ending an address to a claim's file or page may be written with: "treasury-sanctions.yaml".
_FILE_ENDING = lazy(r"\.(?:ya?ml|html?)$")


def unschemed_link_warning(
    reg: Registry, where: Position, link: Unschemed, claims: dict[str, str]
) -> Diagnostic:
    """A warning at a link to an address of no scheme (see :func:`rootcheck.text.seen.unschemed_links`),
    saying where it leads and, where its last part names a claim (``claims``: each id and former id,
    to the claim's id now), the citation most likely meant.

    A warning, as for a link shown as written: the page can still be built. Not the site's own
    address either: an address from its root breaks where the site is published under a folder
    (``--base-url``), and the open data's readers are on no page of it.
    """
    address = link.address
    if link.footnote:
        why = (
            f"a footnote's definition is read as a link's, so each “{link.written.split(':')[0]}” "
            "links to its words; write the note in the text"
        )
    elif not address:
        why = f"its address is empty; a link goes to {_ADDRESSES}"
    else:
        if address.startswith("//"):
            read = "takes the scheme of the page that shows it, and in the open data has none"
        elif address.startswith("#"):
            read = "is of a place on whatever page shows the text"
        elif address.startswith("/"):
            read = "is read from the site's root, which is none where the site is published under a folder"
        else:
            read = "is read from whatever page shows the text"
        why = f"an address with no scheme {read}; a link goes to {_ADDRESSES}"
    parts = [part for part in re.split(r"[/#?]", address) if part not in ("", ".", "..")]
    meant = claims.get(_FILE_ENDING.sub("", parts[-1])) if parts else None
    hint = f" (did you mean {CLAIM_SCHEME}{meant}?)" if meant is not None else ""
    return Diagnostic.warning(
        _spot_link(reg, where, link.written), f"“{link.written}” leads nowhere: {why}{hint}"
    )
