"""Reading a root's settings: the publication, pillars and verdicts of rootcheck.yaml, and skipped.yaml."""

from __future__ import annotations

import copy
import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rootcheck.digests import code_digest, digest
from rootcheck.hints import did_you_mean, meant_id
from rootcheck.memo import Memo
from rootcheck.model import CROSS_CUTTING, Diagnostic, Pillar, SiteSettings, Skip, Verdict
from rootcheck.patterns import lazy
from rootcheck.positions import Position
from rootcheck.registry.fields import Record, read_record
from rootcheck.registry.files import MAX_LIST_BYTES, ParsedYaml, parse_yaml, records, unique, yaml_file
from rootcheck.registry.reads import Reads
from rootcheck.registry.schema import CONFIG_SECTIONS, PILLAR_FIELDS, SITE_FIELDS, SKIP_FIELDS, VERDICT_FIELDS
from rootcheck.safeyaml.nodes import Node
from rootcheck.safeyaml.read import MAX_YAML_BYTES, read_bytes

if TYPE_CHECKING:
    from rootcheck.registry.load import Registry

#: A settings file's top node, read when asked for, its problems told (see :func:`_as_last_time`).
_NodeOf = Callable[[], Node | None]

CONFIG_FILE = "rootcheck.yaml"
SKIPPED_FILE = "skipped.yaml"


#: How a pillar and a verdict are numbered: by its number, by its rating.
_NUMBERED = {"pillar": "numbered", "verdict": "rated"}


#: A well-formed BCP 47 language tag (RFC 5646, section 2.1): language, extended language, script,
#: region, variants, extensions, private use; or private use alone.
_LANGUAGE_TAG = lazy(
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?"
    r"(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*"
    r"(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?|[Xx](?:-[A-Za-z\d]{1,8})+"
)


def _not_a_language(language: str, where: Position) -> Diagnostic | None:
    """Why the site's ``language`` is no BCP 47 tag, which every page's ``lang``, the feed's
    ``xml:lang`` and the open data give as it is written (an XML reader refuses "en_US")."""
    if _LANGUAGE_TAG.fullmatch(language):
        return None
    hint = language.replace("_", "-")
    meant = f" (write {hint})" if hint != language and _LANGUAGE_TAG.fullmatch(hint) else ""
    return Diagnostic.error(
        where, f"'language' is a BCP 47 language tag, such as en or en-US, not {language!r}{meant}"
    )


def unknown_setting(
    kind: str,
    value: str,
    ids: list[str],
    names: Mapping[str, str],
    numbered: Mapping[int, str] | None = None,
    listed: bool = True,
) -> str:
    """Why ``value`` names no pillar or verdict (``kind``), with the one most likely meant: one named
    by its number ("5", as ``numbered`` maps numbers to ids), one spelt or titled like it (``names``
    maps the titles and labels of those rootcheck.yaml lists to their ids), or else every one there
    is; or, where the root has no settings file to list them (not ``listed``), that it has none, and
    where the file lists none of the kind (no ``names``: its section left out or empty), that it
    lists none."""
    if not listed:
        return f"unknown {kind} {value!r}: {CONFIG_FILE}, which lists the {kind}s, is missing"
    if not names:
        return f"unknown {kind} {value!r}: {CONFIG_FILE} lists no {kind}s; list them in its section '{kind}s'"
    # "3", and as a reader might write it: "Pillar 3", a verdict's "3/5".
    written = re.fullmatch(rf"(?:{kind}\s*)?(\d+)(?:\s*/\s*\d+)?", value.strip(), re.I)
    number = int(written.group(1)) if written else None
    if numbered and number is not None and number in numbered:
        # Said as it is to be written, so that "pillar: 3" takes one round, not two.
        the_one = f"the {kind} {_NUMBERED[kind]} {number}"
        return f"unknown {kind} {value!r}: write '{kind}: {numbered[number]}', the id of {the_one}"
    meant = meant_id(value, ids, names)
    hint = f" (did you mean {meant!r}?)" if meant is not None else f"; use one of: {', '.join(ids)}"
    return f"unknown {kind} {value!r}" + hint


def reported(refused: set[str] | None, setting_id: str) -> bool:
    """Whether a pillar or verdict the registry lacks is explained by an error already reported
    (``refused`` being :attr:`Registry.refused_pillars` or :attr:`Registry.refused_verdicts`)."""
    return refused is None or setting_id in refused


def load_config(reg: Registry, reads: Reads[ParsedYaml] | None = None, memo: Memo | None = None) -> None:
    """Read rootcheck.yaml into ``reg``; ``memo`` remembers what these very bytes made of it."""
    if not os.path.lexists(reg.root / CONFIG_FILE):
        reg.settings_listed = False
        return
    fields = ("site", "pillars", "verdicts", "refused_pillars", "refused_verdicts")
    _as_last_time(reg, CONFIG_FILE, MAX_YAML_BYTES, memo, reads, _read_config, fields)


def _read_config(reg: Registry, node_of: _NodeOf) -> None:
    rel = CONFIG_FILE
    told = len(reg.diagnostics)
    # A folder, a pipe or a link where the file should be is told by reading it.
    node = node_of()
    if node is not None and node.value is None:
        node = None  # "---" alone, or "~": as empty as no document at all
    if node is None or not node.is_mapping:
        listed = ", ".join(CONFIG_SECTIONS)
        if node is not None:
            reg.diagnostics.append(
                Diagnostic.error(node.where, f"{rel} must be a mapping with sections {listed}")
            )
        elif len(reg.diagnostics) == told:  # read, but empty
            message = f"{rel} is empty: it must be a mapping with sections {listed}"
            reg.diagnostics.append(Diagnostic.error(Position(rel, 1, 1), message))
        reg.refused_pillars = reg.refused_verdicts = None  # every one is in doubt
        return
    sections = node.items()
    for key, where in (node.keys or {}).items():
        if key not in CONFIG_SECTIONS:
            reg.diagnostics.append(
                Diagnostic.error(where, f"unknown section {key!r}" + did_you_mean(key, CONFIG_SECTIONS))
            )
    file = Position(rel)
    if "site" in sections:
        site, problems = read_record(sections["site"], SITE_FIELDS, file, "site")
        reg.diagnostics.extend(problems)
        if site is not None:
            v = site.values
            if (problem := _not_a_language(v["language"], site.where.get("language", file))) is not None:
                reg.diagnostics.append(problem)
            else:
                reg.site = SiteSettings(v["title"], v.get("tagline", ""), v["publisher"], v["language"])
    # A section that is not a list, or missing beside a misspelt one, leaves each of its entries in doubt.
    misspelt = any(key not in CONFIG_SECTIONS for key in sections)
    if _in_doubt(sections.get("pillars"), misspelt):
        reg.refused_pillars = None
    if _in_doubt(sections.get("verdicts"), misspelt):
        reg.refused_verdicts = None
    refused = reg.refused_pillars
    pillars = records(sections.get("pillars"), PILLAR_FIELDS, file, "pillars", reg.diagnostics, refused)
    pillars = _numbered_once(
        _unreserved(unique(pillars, sections.get("pillars"), "pillar", reg.diagnostics), reg), reg
    )
    reg.pillars = [Pillar(r.values["id"], r.values["number"], r.values["title"]) for r in pillars]
    refused = reg.refused_verdicts
    verdicts = records(sections.get("verdicts"), VERDICT_FIELDS, file, "verdicts", reg.diagnostics, refused)
    verdicts = _rated_once(unique(verdicts, sections.get("verdicts"), "verdict", reg.diagnostics), reg)
    reg.verdicts = [Verdict(r.values["id"], r.values["label"], r.values["rating"], r.values["meaning"])
                    for r in verdicts]  # fmt: skip


def _unreserved(pillars: Iterator[Record], reg: Registry) -> Iterator[Record]:
    """The pillars but one of the id the site keeps for claims of no pillar, which it lists after the
    others already: listed too, its section and the built-in one were both shown, each linking to
    one page, and each of its claims listed twice."""
    for record in pillars:
        if record.values["id"] == CROSS_CUTTING.id:
            message = (
                f"pillar id {CROSS_CUTTING.id!r} is reserved for claims that belong to no pillar, which the "
                "site lists after the others without an entry here: leave this one out, or give it an id of its own"
            )
            reg.diagnostics.append(Diagnostic.error(record.where["id"], message))
            continue
        yield record


def _numbered_once(pillars: Iterator[Record], reg: Registry) -> Iterator[Record]:
    """The pillars whose number no pillar before them has: a pillar is named by its number too."""
    seen: dict[int, str] = {}
    for record in pillars:
        number = record.values["number"]
        if number in seen:
            message = f"two pillars are numbered {number}: {seen[number]!r} and {record.values['id']!r}"
            reg.diagnostics.append(Diagnostic.error(record.where["number"], message))
            if reg.refused_pillars is not None:
                reg.refused_pillars.add(record.values["id"])  # refused for its own error, told here
            continue
        seen[number] = record.values["id"]
        yield record


def _rated_once(verdicts: Iterator[Record], reg: Registry) -> Iterator[Record]:
    """The verdicts, a warning at each whose rating one before it has: ClaimReview gives a verdict as its
    rating, so that its readers could not tell the two apart, nor an editor writing a rating which it names."""
    seen: dict[int, str] = {}
    for record in verdicts:
        rating, verdict = record.values["rating"], record.values["id"]
        if rating in seen:
            message = (
                f"{seen[rating]!r} is rated {rating} too: a fact-check's ClaimReview gives its verdict as its "
                "rating, which would not tell the two apart; give each verdict a rating of its own"
            )
            reg.diagnostics.append(Diagnostic.warning(record.where["rating"], message))
        seen.setdefault(rating, verdict)
        yield record


def _in_doubt(section: Node | None, misspelt: bool) -> bool:
    return misspelt if section is None else not isinstance(section.value, list)


def load_skips(reg: Registry, reads: Reads[ParsedYaml] | None = None, memo: Memo | None = None) -> None:
    """Read skipped.yaml into ``reg``; ``memo`` remembers what these very bytes made of it."""
    if not os.path.lexists(reg.root / SKIPPED_FILE):  # anything else there is told by reading it
        return
    _as_last_time(reg, SKIPPED_FILE, MAX_LIST_BYTES, memo, reads, _read_skips, ("skips",))


def _read_skips(reg: Registry, node_of: _NodeOf) -> None:
    rel = SKIPPED_FILE
    node = node_of()
    # An entry missing its reason is in error already; its source and text are checked all the same.
    for record in records(node, SKIP_FIELDS, Position(rel), rel, reg.diagnostics, needs=("source", "text")):
        v = record.values
        where = record.where
        reg.skips.append(Skip(v["source"], v["text"], v.get("reason", ""), where["text"], where["source"]))


@dataclass(frozen=True)
class _Made:
    """What reading a settings file made of the registry: the problems found, and each field it set."""

    problems: tuple[Diagnostic, ...]
    fields: tuple[tuple[str, object], ...]


def _as_last_time(
    reg: Registry,
    rel: str,
    limit: int,
    memo: Memo | None,
    reads: Reads[ParsedYaml] | None,
    read: Callable[[Registry, _NodeOf], None],
    fields: tuple[str, ...],
) -> None:
    """``read`` the file ``rel`` into ``reg``, or where ``memo`` holds what it made of the very bytes
    the file holds, that.

    Both files are read on every run, and parsing them loaded PyYAML (some 16 ms) where nothing
    else was parsed. Only a plain file is remembered, parsed from the bytes it is keyed by: a link,
    a folder or a pipe is read and told as any registry file is.
    """
    path = reg.root / rel
    data = None
    try:
        plain = memo is not None and stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        plain = False
    if plain:
        data, _ = read_bytes(path, rel, limit)  # what cannot be read is told by reading it
    key = digest([code_digest(), "settings", rel, data]) if data is not None else None
    made = memo.get(key) if memo is not None and key is not None else None
    if isinstance(made, _Made):
        reg.diagnostics.extend(made.problems)
        for name, value in made.fields:
            setattr(reg, name, copy.copy(value))  # the registry's own, to add to
        return

    def node_of() -> Node | None:
        if data is None:
            return yaml_file(reg.root, rel, reg.diagnostics, limit, reads)
        node, problems = parse_yaml(data, rel)
        reg.diagnostics.extend(problems)
        return node

    told = len(reg.diagnostics)
    read(reg, node_of)
    if memo is not None and key is not None:
        kept = tuple((name, copy.copy(getattr(reg, name))) for name in fields)
        memo.put(key, _Made(tuple(reg.diagnostics[told:]), kept))
