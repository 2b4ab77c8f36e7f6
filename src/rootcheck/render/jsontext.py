"""JSON text written fast, byte for byte as ``json.dumps(..., ensure_ascii=False, indent=2)`` would.

The exports are megabytes of indented JSON, and an indent makes ``json``
give up its C encoder. Parts written earlier (:class:`Encoded`), or taken
as bytes from an earlier copy of the same file (:class:`Spliced`), are put
in as they stand.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from json.encoder import encode_basestring

from rootcheck.output.content import Content, Excerpt, Pieces


class _NotPlain(Exception):
    """A value that only ``json.dumps`` itself knows how to write (or refuse)."""


@dataclass(frozen=True, slots=True)
class Encoded:
    """JSON text already written for its place in a document, where lines break as ``newline``.

    Not a ``str``, so that ``json`` refuses it rather than quoting it as a string.
    """

    text: str
    newline: str


@dataclass(frozen=True, slots=True)
class Spliced:
    """A part as it stands, in UTF-8, in an earlier copy of the same document, where lines broke as ``newline``.

    A view into that copy, or an excerpt of it as mapped, rather than bytes
    of its own: an export of 10,000 claims is some 30 MB, and each part was
    copied out of it only to be copied again into the new one, in memory the
    process had to be given afresh (about 0.1 s of a warm build at 10,000 claims).
    """

    data: memoryview | Excerpt
    newline: str
    #: How many items of a list it holds, as the list separates them: parts that stood side
    #: by side in the earlier copy are copied in one go.
    items: int = 1


#: A piece of a document: text to encode, or a part.
Piece = str | Encoded | Spliced


def encoded(data: object, newline: str) -> Encoded:
    """``data`` as :func:`indented_json` writes it where lines break (and indent) as ``newline``."""
    return Encoded(indented_json(data, newline), newline)


def _decoded(value: object) -> object:
    """``value`` with its encoded parts read back, for ``json`` to write whole."""
    if isinstance(value, Encoded):
        return json.loads(value.text)
    if isinstance(value, Spliced):
        return json.loads(bytes(value.data))
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        decoded: list[object] = []
        for item in value:
            if isinstance(item, Spliced) and item.items > 1:
                decoded.extend(json.loads(b"[" + bytes(item.data) + b"]"))
            else:
                decoded.append(_decoded(item))
        return decoded
    return value


def _number(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def indented_json(data: object, newline: str = "\n") -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, byte for byte, in a third less time.

    An indent makes ``json`` give up its C encoder for one that yields every
    piece through a generator per level of nesting; the site's exports are
    megabytes of JSON. Anything but plain JSON values is left to ``json``.
    :class:`Encoded` parts are spliced in as they stand. Lines break as
    ``newline``, to write a part for its place in a larger document.
    """
    try:
        pieces = _json_pieces(data, newline)
    except (_NotPlain, RecursionError):
        return _json_dumps(data, newline)
    return "".join(
        piece
        if isinstance(piece, str)
        else piece.text
        if isinstance(piece, Encoded)
        else bytes(piece.data).decode("utf-8")
        for piece in pieces
    )


def json_document(data: object) -> tuple[Content, list[tuple[int, int]] | None]:
    """A JSON file of ``data``, as :func:`indented_json` writes it with a final newline, in UTF-8;
    with where each part stands in it (in bytes, in order), or ``None`` where only ``json`` could write it."""
    try:
        pieces = _json_pieces(data, "\n")
    except (_NotPlain, RecursionError):
        return (_json_dumps(data, "\n") + "\n").encode("utf-8"), None
    pieces.append("\n")
    return joined(pieces)


def joined(pieces: list[Piece]) -> tuple[Pieces, list[tuple[int, int]]]:
    """The pieces in UTF-8, and where each part stands among them (in bytes, in order).

    Encoded piece by piece: joined first, the text would be one more copy of
    the document, and in wide characters, as curly quotes are not Latin-1.
    What was encoded here is joined between the :class:`Spliced` parts, which
    go to the writer as the views they are: joining those too would copy
    megabytes once more, and writing thousands of small pieces one by one
    costs more than joining them (33 ms against 21 ms for a new export of
    10,000 claims, timed on this project's machines).
    """
    out: list[bytes | memoryview | Excerpt] = []
    run: list[bytes] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for piece in pieces:
        if isinstance(piece, Spliced):
            if run:
                out.append(b"".join(run))
                run.clear()
            out.append(piece.data)
            spans.append((at, at + len(piece.data)))
            at += len(piece.data)
            continue
        data = piece.encode("utf-8") if isinstance(piece, str) else piece.text.encode("utf-8")
        if isinstance(piece, Encoded):
            spans.append((at, at + len(data)))
        run.append(data)
        at += len(data)
    if run:
        out.append(b"".join(run))
    return Pieces(tuple(out)), spans


def _json_dumps(data: object, newline: str) -> str:
    # JSON escapes every line break inside a string, so each one in the text is indentation.
    return json.dumps(_decoded(data), ensure_ascii=False, indent=2).replace("\n", newline)


def _json_pieces(data: object, newline: str) -> list[Piece]:
    """The text of :func:`indented_json`, in pieces; raises _NotPlain for what only ``json`` can write."""
    out: list[Piece] = []
    append = out.append
    string = encode_basestring

    def encode(value: object, newline: str) -> None:
        if isinstance(value, str):
            append(string(value))
        elif value is None or value is True or value is False:
            append("null" if value is None else "true" if value else "false")
        elif isinstance(value, int):
            append(int.__repr__(value))
        elif isinstance(value, float):
            append(_number(value))
        elif isinstance(value, dict):
            encode_items(value, newline)
        elif isinstance(value, list | tuple):
            if not value:
                append("[]")
                return
            inner, opening = newline + "  ", "["
            for item in value:
                append(opening + inner)
                encode(item, inner)
                opening = ","
            append(newline + "]")
        elif isinstance(value, Encoded):
            # Every line break of the part is followed by at least its own indent, so moving it is a replace.
            append(
                value
                if value.newline == newline
                else Encoded(value.text.replace(value.newline, newline), newline)
            )
        elif isinstance(value, Spliced) and value.newline == newline:
            append(value)
        else:
            raise _NotPlain

    def encode_items(mapping: dict[object, object], newline: str) -> None:
        if not mapping:
            append("{}")
            return
        inner, opening = newline + "  ", "{"
        for key, item in mapping.items():
            if not isinstance(key, str):
                raise _NotPlain
            append(opening + inner + string(key) + ": ")
            encode(item, inner)
            opening = ","
        append(newline + "}")

    encode(data, newline)
    return out
