"""Reading a root's registry — sources, claims, comparisons, settings — into typed objects.

Every problem becomes a :class:`Diagnostic` naming the file, line and column;
loading carries on past it so that one run reports them all.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rootcheck.digests import code_digest, digest
from rootcheck.hints import did_you_mean
from rootcheck.memo import Memo
from rootcheck.model import Claim, Comparison, Diagnostic, Pillar, Role, SiteSettings, Skip, Source, Verdict
from rootcheck.positions import Position
from rootcheck.registry.files import (
    LINKED_OUT,
    MAX_LIST_BYTES,
    ParsedYaml,
    entry_id,
    linked_out,
    parse_yaml,
    read_into,
    records,
    unique,
)
from rootcheck.registry.items import Named, id_files
from rootcheck.registry.reads import ItemRead, Reads, Reread
from rootcheck.registry.schema import CLAIM_KIND, COMPARISON_KIND, SOURCE_FIELDS
from rootcheck.registry.settings import load_config, load_skips

SEEDS = "seeds"
CLAIMS = "claims"
COMPARISONS = "comparisons"
SOURCES_FILE = "seeds/sources.yaml"
DEFAULT_SITE = SiteSettings(title="rootcheck", tagline="", publisher="rootcheck", language="en")


@dataclass
class Registry:
    """Everything an editor wrote, as typed objects, plus what was wrong with it."""

    root: Path
    site: SiteSettings = DEFAULT_SITE
    sources: dict[str, Source] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    pillars: list[Pillar] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: Whether seeds/sources.yaml could be read, so that an id it lacks is unknown.
    sources_known: bool = False
    #: Whether claims/ could be read, so that an id no claim has is unknown.
    claims_known: bool = False
    #: Ids of entries refused for their own errors: quoting them is not another error.
    refused_sources: set[str] = field(default_factory=set)
    #: The same of claims/: the ids of claim files refused for their own errors, each with the
    #: source and pillar it names, which are checked all the same.
    refused_claims: dict[str, tuple[Named, ...]] = field(default_factory=dict)
    #: The same of rootcheck.yaml's pillars and verdicts; None where the list could not be read (see
    #: :func:`rootcheck.registry.settings.reported`).
    refused_pillars: set[str] | None = field(default_factory=set)
    refused_verdicts: set[str] | None = field(default_factory=set)
    #: Whether the root has rootcheck.yaml to list its pillars and verdicts.
    settings_listed: bool = True
    #: Sources whose file no longer matches the sha256 an editor recorded.
    changed: set[str] = field(default_factory=set)
    #: For each claim, a digest of what it was read from (its path, its file's bytes,
    #: rootcheck's code): the claim is a function of these, so it stands in for the claim in keys.
    claim_digests: dict[str, str] = field(default_factory=dict)

    def seed_file(self, name: str) -> str:
        """Where a file of seeds/ is, joined as text: pathlib showed in the preview's profile at 1,000 sources."""
        return os.path.join(self.root, SEEDS, name)

    def source_path(self, source: Source) -> Path:
        return Path(self.seed_file(source.file))

    def source_problem_reported(self, source_id: str) -> bool:
        """Whether a source missing from ``sources`` is explained by an error already reported."""
        return not self.sources_known or source_id in self.refused_sources


@dataclass(frozen=True)
class SourceList:
    """What seeds/sources.yaml says: its valid entries, and every problem found in it.

    Made of the file alone, so that the preview can keep it while the file is
    unchanged; whether each entry's document is there is checked every time.
    """

    #: Each valid entry, with where it names its file.
    entries: list[tuple[Source, Position]]
    problems: list[Diagnostic]
    #: Whether every entry could be read, so that an id it lacks is unknown.
    complete: bool
    #: The id of every entry, valid or not.
    ids: set[str]
    #: The file each entry refused for another mistake names, where it names one as text: checked
    #: all the same, so that one run tells every mistake of an entry.
    refused_files: list[tuple[str, Position]]


def _remembered_source_list(data: bytes, memo: Memo | None) -> SourceList:
    """seeds/sources.yaml's list, taken from ``memo`` if an earlier run listed the same bytes."""
    key = digest([code_digest(), SOURCES_FILE, data])
    remembered = memo.get(key) if memo is not None else None
    if isinstance(remembered, SourceList):
        return remembered
    listed = _source_list(parse_yaml(data, SOURCES_FILE))
    if memo is not None:
        memo.put(key, listed)
    return listed


def _unpinned(sources: Iterable[Source]) -> list[Diagnostic]:
    """A warning for each source without a sha256 in a list that pins the others.

    Its hash line dropped, a source's file could change unseen; a list that pins none (a sketch, a
    test) is left alone.
    """
    listed = list(sources)
    if all(source.sha256 is None for source in listed):
        return []
    return [
        Diagnostic.warning(
            source.where,
            f"{source.id} has no sha256, unlike the other sources: a change to {source.shown} would "
            f"go unnoticed; review it, then run rootcheck pin {source.id}",
        )
        for source in listed
        if source.sha256 is None
    ]


def _source_list(parsed: ParsedYaml) -> SourceList:
    node, problems = parsed
    problems = list(problems)
    complete = not problems and (node is None or isinstance(node.value, list))
    entries = []
    for record in unique(
        records(node, SOURCE_FIELDS, Position(SOURCES_FILE), SOURCES_FILE, problems), node, "source", problems
    ):
        v = record.values
        source = Source(
            id=v["id"], file=v["file"], title=v["title"], publisher=v.get("publisher"),
            author=v.get("author"), published=v.get("published"), url=v.get("url"),
            role=Role(v["role"]), sha256=v.get("sha256"), where=record.where["id"],
            dated=record.where.find("published"),
        )  # fmt: skip
        entries.append((source, record.where["file"]))
    problems.extend(_unpinned(source for source, _ in entries))
    ids: set[str] = set()
    refused_files: list[tuple[str, Position]] = []
    if node is not None and isinstance(node.value, list):
        found = [entry_id(item) for item in node.value]
        ids = {i for i in found if i is not None}
        complete = complete and None not in found  # an entry without a readable id could be any source
        named = {(where.line, where.col) for _, where in entries}
        for item in node.value:
            file = item.items().get("file") if item.is_mapping else None
            if (
                file is not None
                and isinstance(file.value, str)
                and (file.where.line, file.where.col) not in named
            ):
                refused_files.append((file.value, file.where))
    return SourceList(entries, problems, complete, ids, refused_files)


def load_sources(reg: Registry, reads: Reads[SourceList] | None = None, memo: Memo | None = None) -> None:
    """Read seeds/sources.yaml; at a thousand sources its parse is worth remembering in ``memo``."""
    rel = SOURCES_FILE
    # A folder or a broken link where the file should be is told by reading it, and so is a
    # seeds/ that cannot be looked into (its files are not missing, only unreadable).
    try:
        os.lstat(reg.root / rel)
    except FileNotFoundError:
        reg.diagnostics.append(
            Diagnostic.error(
                Position(rel),
                "no sources registry; create seeds/sources.yaml listing each source document",
            )
        )
        return
    except OSError:
        pass
    listed = read_into(
        reg.root,
        rel,
        reg.diagnostics,
        MAX_LIST_BYTES,
        reads,
        lambda data: _remembered_source_list(data, memo),
    )
    if listed is not None:
        _take_sources(reg, listed)


def load_sources_text(reg: Registry, data: bytes) -> None:
    """Read a sources list given as ``data`` rather than from its file: what ``pin`` would write."""
    _take_sources(reg, _source_list(parse_yaml(data, SOURCES_FILE)))


def _take_sources(reg: Registry, listed: SourceList) -> None:
    reg.diagnostics.extend(listed.problems)
    reg.sources_known = listed.complete
    for source, named_at in listed.entries:
        if _seed_file_ok(reg, source.file, named_at):
            reg.sources[source.id] = source
    for name, named_at in listed.refused_files:
        _seed_file_ok(reg, name, named_at)
    reg.refused_sources = listed.ids - set(reg.sources)


def _seed_file_ok(reg: Registry, name: str, where: Position) -> bool:
    """A source file must be a regular file directly inside seeds/, not a link out of it."""
    if "/" in name or "\\" in name or name in (".", "..") or not name.isprintable():
        reg.diagnostics.append(
            Diagnostic.error(where, f"file {name!r} must be a file name inside seeds/, without folders")
        )
        return False
    try:
        if stat.S_ISREG(os.lstat(reg.seed_file(name)).st_mode):
            return True  # a file itself, right here: nothing to resolve
    except OSError:
        pass  # said below
    path = reg.root / SEEDS / name
    if _loops(path):
        reg.diagnostics.append(
            Diagnostic.error(
                where,
                f"seeds/{name} is a link to {os.readlink(path)}, which leads round a loop of links; "
                "copy the document in instead",
            )
        )
        return False
    seeds = (reg.root / SEEDS).resolve()
    # realpath, not Path.resolve, which raises where the file cannot be looked at (told below).
    if path.is_symlink() and Path(os.path.realpath(path)).parent != seeds:
        reg.diagnostics.append(
            Diagnostic.error(
                where,
                f"seeds/{name} is a link to a file outside seeds/; copy the document in instead",
            )
        )
        return False
    if not path.exists():
        names = sorted(p.name for p in (reg.root / SEEDS).iterdir() if p.suffix != ".yaml" and p.exists())
        reg.diagnostics.append(
            Diagnostic.error(where, f"source file seeds/{name} does not exist" + did_you_mean(name, names))
        )
        return False
    if not path.is_file():
        reg.diagnostics.append(Diagnostic.error(where, f"seeds/{name} is not a regular file"))
        return False
    return True


def _loops(path: Path) -> bool:
    """Whether ``path`` is a link that leads, link after link, back round to one of them: to no file."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP and path.is_symlink()
    return False


def load_claims(reg: Registry, memo: Memo, reread: Reread, workers: int = 1) -> None:
    if not (reg.root / CLAIMS).is_dir():
        reg.diagnostics.append(
            Diagnostic.error(Position(CLAIMS), "no claims/ folder; create it (it may be empty)")
        )
        return
    if linked_out(reg.root, CLAIMS):
        reg.diagnostics.append(Diagnostic.error(Position(CLAIMS), LINKED_OUT))
        return
    reg.claims_known = True
    files, problems, reg.refused_claims = id_files(reg.root, CLAIMS, CLAIM_KIND, memo, reread.claims, workers)
    reg.diagnostics.extend(problems)
    # A claim is made of its file's digest alone: the one made last time is as good.
    before = reread.made_claims
    reg.claims = [before.get(file.digest) or file.item for file in files]
    reg.claim_digests.update((file.id, file.digest) for file in files)
    if reread.keeps:
        reread.made_claims = {file.digest: claim for file, claim in zip(files, reg.claims, strict=True)}


def load_comparisons(reg: Registry, memo: Memo, reads: Reads[ItemRead]) -> None:
    if not (reg.root / COMPARISONS).is_dir():
        return
    if linked_out(reg.root, COMPARISONS):
        reg.diagnostics.append(Diagnostic.error(Position(COMPARISONS), LINKED_OUT))
        return
    files, problems, _ = id_files(reg.root, COMPARISONS, COMPARISON_KIND, memo, reads)
    reg.diagnostics.extend(problems)
    reg.comparisons.extend(file.item for file in files)


def load_registry(
    root: Path, memo: Memo | None = None, reread: Reread | None = None, workers: int = 1
) -> Registry:
    """Read every registry file under ``root``; ``memo`` remembers parsed claim and comparison files.

    ``reread`` knows the files read earlier in this process. Claim files not
    parsed before are parsed on up to ``workers`` processes.
    """
    memo = memo or Memo(None, "registry")
    reread = reread or Reread(keep=False)
    reg = Registry(root=root)
    if not (root / SEEDS).is_dir():
        reg.diagnostics.append(
            Diagnostic.error(Position(SEEDS), f"no seeds/ folder under {root}; is this a rootcheck root?")
        )
    elif linked_out(root, SEEDS):
        reg.diagnostics.append(Diagnostic.error(Position(SEEDS), LINKED_OUT))
    else:
        load_sources(reg, reread.sources, memo)
    load_config(reg, reread.lists, memo)
    load_claims(reg, memo, reread, workers)
    load_comparisons(reg, memo, reread.comparisons)
    load_skips(reg, reread.lists, memo)
    return reg
