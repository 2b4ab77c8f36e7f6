"""Reading a root's registry — sources, claims, comparisons, settings — into typed objects.

Every problem becomes a :class:`Diagnostic` naming the file, line and column;
loading carries on past it so that one run reports them all.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rootcheck.memo import Memo, code_digest, digest
from rootcheck.model import (
    Claim,
    Comparison,
    Diagnostic,
    Pillar,
    Position,
    Role,
    SiteSettings,
    Skip,
    Source,
    Verdict,
)
from rootcheck.registry.fields import SLUG, Field, Record, did_you_mean, read_record
from rootcheck.registry.schema import (
    CLAIM_FIELDS,
    COMPARISON_FIELDS,
    CONFIG_SECTIONS,
    PILLAR_FIELDS,
    SITE_FIELDS,
    SKIP_FIELDS,
    SOURCE_FIELDS,
    VERDICT_FIELDS,
)
from rootcheck.registry.yamlfile import MAX_YAML_BYTES, Node, decode, load_yaml, read_bytes

#: sources.yaml and skipped.yaml list a whole newsroom's documents: 10,000
#: sources take about 3 MB. One claim or comparison file stays far smaller.
MAX_LIST_BYTES = 16 * 1024 * 1024
SEEDS = "seeds"
CLAIMS = "claims"
COMPARISONS = "comparisons"
SOURCES_FILE = "seeds/sources.yaml"
CONFIG_FILE = "rootcheck.yaml"
SKIPPED_FILE = "skipped.yaml"
YAML_SUFFIXES = (".yaml", ".yml")
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
    #: Ids of entries refused for their own errors: quoting them is not another error.
    refused_sources: set[str] = field(default_factory=set)
    #: Sources whose file no longer matches the sha256 an editor recorded.
    changed: set[str] = field(default_factory=set)
    #: For each claim, a digest of what it was read from (its path, its file's bytes,
    #: rootcheck's code): the claim is a function of these, so it stands in for the claim in keys.
    claim_digests: dict[str, str] = field(default_factory=dict)

    def source_path(self, source: Source) -> Path:
        return self.root / SEEDS / source.file

    def source_problem_reported(self, source_id: str) -> bool:
        """Whether a source missing from ``sources`` is explained by an error already reported."""
        return not self.sources_known or source_id in self.refused_sources


def _yaml_file(
    root: Path, rel: str, diagnostics: list[Diagnostic], limit: int = MAX_YAML_BYTES
) -> Node | None:
    data = _file_bytes(root, rel, diagnostics, limit)
    if data is None:
        return None
    node, problems = _parse_yaml(data, rel)
    diagnostics.extend(problems)
    return node


def _file_bytes(
    root: Path, rel: str, diagnostics: list[Diagnostic], limit: int = MAX_YAML_BYTES
) -> bytes | None:
    """A registry file's bytes, unless it is a link out of the root, missing, unreadable or too large."""
    path = os.path.join(root, rel)
    try:
        info: os.stat_result | None = os.lstat(path)
    except OSError:
        info = None  # reading it says why
    if info is not None and stat.S_ISLNK(info.st_mode):
        if not Path(path).resolve().is_relative_to(root.resolve()):
            diagnostics.append(
                Diagnostic.error(
                    Position(rel), "the file is a link to outside the root; put the file itself here"
                )
            )
            return None
        info = None  # the file linked to is read
    data, problems = read_bytes(path, rel, limit, info)
    diagnostics.extend(problems)
    return data


def _parse_yaml(data: bytes, shown: str) -> tuple[Node | None, list[Diagnostic]]:
    """A YAML file's bytes as UTF-8 (a byte-order mark is allowed), parsed."""
    text, problems = decode(data, shown)
    if text is None:
        return None, problems
    return load_yaml(text, shown, data.removeprefix(codecs.BOM_UTF8))


@dataclass(frozen=True)
class _Parsed:
    """What one claim or comparison file says: its record, or why it has none."""

    record: Record | None
    problems: list[Diagnostic]


def _parse_item(data: bytes, rel: str, fields: tuple[Field, ...], what: str) -> _Parsed:
    node, problems = _parse_yaml(data, rel)
    if node is None and not problems:
        required = ", ".join(f.name for f in fields if f.required)
        return _Parsed(
            None, [Diagnostic.error(Position(rel, 1, 1), f"{what} file is empty; expected fields {required}")]
        )
    if node is None:
        return _Parsed(None, problems)
    record, more = read_record(node, fields, Position(rel), f"a {what} file")
    return _Parsed(record, problems + more)


def _records(
    node: Node | None,
    fields: tuple[Field, ...],
    file: Position,
    what: str,
    diagnostics: list[Diagnostic],
) -> Iterator[Record]:
    """Each valid record of a list of mappings."""
    if node is None:
        return
    if not isinstance(node.value, list):
        diagnostics.append(
            Diagnostic.error(node.where, f"{what} must be a list of entries, each starting with '- '")
        )
        return
    for item in node.value:
        record, problems = read_record(item, fields, file, f"each entry of {what}")
        diagnostics.extend(problems)
        if record is not None:
            yield record


def _unique(records: Iterator[Record], what: str, diagnostics: list[Diagnostic]) -> Iterator[Record]:
    seen: dict[str, Position] = {}
    for record in records:
        key = record.values["id"]
        if key in seen:
            diagnostics.append(
                Diagnostic.error(
                    record.where["id"],
                    f"{what} id {key!r} is already used at line {seen[key].line}",
                )
            )
            continue
        seen[key] = record.where["id"]
        yield record


def load_sources(reg: Registry) -> None:
    rel = SOURCES_FILE
    if not (reg.root / rel).is_file():
        reg.diagnostics.append(
            Diagnostic.error(
                Position(rel),
                "no sources registry; create seeds/sources.yaml listing each source document",
            )
        )
        return
    before = len(reg.diagnostics)
    node = _yaml_file(reg.root, rel, reg.diagnostics, MAX_LIST_BYTES)
    reg.sources_known = len(reg.diagnostics) == before and (node is None or isinstance(node.value, list))
    for record in _unique(
        _records(node, SOURCE_FIELDS, Position(rel), rel, reg.diagnostics),
        "source",
        reg.diagnostics,
    ):
        v = record.values
        if not _seed_file_ok(reg, v["file"], record.where["file"]):
            continue
        reg.sources[v["id"]] = Source(
            id=v["id"], file=v["file"], title=v["title"], publisher=v.get("publisher"),
            author=v.get("author"), published=v.get("published"), url=v.get("url"),
            role=Role(v["role"]), sha256=v.get("sha256"), where=record.where["id"],
        )  # fmt: skip
    if node is not None and isinstance(node.value, list):
        ids = [_entry_id(item) for item in node.value]
        reg.refused_sources = {i for i in ids if i is not None} - set(reg.sources)
        if None in ids:  # an entry without a readable id could be any source
            reg.sources_known = False


def _entry_id(item: Node) -> str | None:
    entry = item.items().get("id") if item.is_mapping else None
    return entry.value if entry is not None and isinstance(entry.value, str) else None


def _seed_file_ok(reg: Registry, name: str, where: Position) -> bool:
    """A source file must be a regular file directly inside seeds/, not a link out of it."""
    path = reg.root / SEEDS / name
    if "/" in name or "\\" in name or name in (".", "..") or not name.isprintable():
        reg.diagnostics.append(
            Diagnostic.error(where, f"file {name!r} must be a file name inside seeds/, without folders")
        )
        return False
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            return True  # a file itself, right here: nothing to resolve
    except OSError:
        pass  # said below
    seeds = (reg.root / SEEDS).resolve()
    if path.is_symlink() and path.resolve().parent != seeds:
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
    if not path.resolve().is_file():
        reg.diagnostics.append(Diagnostic.error(where, f"seeds/{name} is not a regular file"))
        return False
    return True


def _walk(root: Path, folder: str) -> list[str]:
    """Paths, relative to ``root``, of the YAML files under ``folder``, in a fixed order whatever the file system's."""
    top = os.path.join(root, folder)
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel = folder + dirpath[len(top) :].replace(os.sep, "/") + "/"
        found.extend(rel + f for f in filenames if f.endswith(YAML_SUFFIXES) and not f.startswith("."))
    return sorted(found)


def _id_files(reg: Registry, folder: str, what: str, memo: Memo) -> Iterator[tuple[str, str, Record]]:
    """(id, relative path, record) for each valid file of a one-file-per-item folder.

    A file is parsed only when its bytes (or rootcheck) changed since ``memo`` was filled:
    parsing is most of the cost of reading a large registry.
    """
    fields = CLAIM_FIELDS if folder == CLAIMS else COMPARISON_FIELDS
    code = code_digest()
    seen: dict[str, str] = {}
    for rel in _walk(reg.root, folder):
        stem = rel[rel.rfind("/") + 1 : rel.rfind(".")]
        if not SLUG.match(stem):
            reg.diagnostics.append(
                Diagnostic.error(
                    Position(rel),
                    f"{what} id {stem!r} (the file name) must be lowercase letters, digits and hyphens",
                )
            )
            continue
        if stem in seen:
            reg.diagnostics.append(
                Diagnostic.error(
                    Position(rel),
                    f"{what} id {stem!r} is also used by {seen[stem]}; ids are unique across {folder}/",
                )
            )
            continue
        seen[stem] = rel
        data = _file_bytes(reg.root, rel, reg.diagnostics)
        if data is None:
            continue
        key = digest([code, what, rel, data])
        parsed = memo.get(key)
        if not isinstance(parsed, _Parsed):
            parsed = _parse_item(data, rel, fields, what)
            memo.put(key, parsed)
        reg.diagnostics.extend(parsed.problems)
        if parsed.record is not None:
            if folder == CLAIMS:
                reg.claim_digests[stem] = key
            yield stem, rel, parsed.record


def load_claims(reg: Registry, memo: Memo) -> None:
    if not (reg.root / CLAIMS).is_dir():
        reg.diagnostics.append(
            Diagnostic.error(Position(CLAIMS), "no claims/ folder; create it (it may be empty)")
        )
        return
    for claim_id, rel, record in _id_files(reg, CLAIMS, "claim", memo):
        v = record.values
        reg.claims.append(Claim(
            id=claim_id, path=Path(rel), source_id=v["source"], quote=v["quote"], figure=v["figure"],
            summary=v.get("summary"), pillar=v.get("pillar"), note=v.get("note", ""),
            occurrence=v.get("occurrence"), draft=v.get("draft", False),
            aliases=v.get("aliases", ()), where=record.where,
        ))  # fmt: skip


def load_comparisons(reg: Registry, memo: Memo) -> None:
    if not (reg.root / COMPARISONS).is_dir():
        return
    for comparison_id, rel, record in _id_files(reg, COMPARISONS, "comparison", memo):
        v = record.values
        reg.comparisons.append(Comparison(
            id=comparison_id, path=Path(rel), title=v["title"], pillar=v["pillar"],
            pledges=v["pledges"], progress=v["progress"], context=v.get("context", ()),
            verdict=v["verdict"], annotation=v["annotation"], summary=v.get("summary"), where=record.where,
        ))  # fmt: skip


def load_config(reg: Registry) -> None:
    rel = CONFIG_FILE
    if not (reg.root / rel).is_file():
        return
    node = _yaml_file(reg.root, rel, reg.diagnostics)
    if node is None:
        return
    if not node.is_mapping:
        reg.diagnostics.append(
            Diagnostic.error(
                node.where, f"{rel} must be a mapping with sections {', '.join(CONFIG_SECTIONS)}"
            )
        )
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
            reg.site = SiteSettings(v["title"], v.get("tagline", ""), v["publisher"], v["language"])
    pillars = _records(sections.get("pillars"), PILLAR_FIELDS, file, "pillars", reg.diagnostics)
    reg.pillars = [Pillar(r.values["id"], r.values["number"], r.values["title"])
                   for r in _unique(pillars, "pillar", reg.diagnostics)]  # fmt: skip
    verdicts = _records(sections.get("verdicts"), VERDICT_FIELDS, file, "verdicts", reg.diagnostics)
    reg.verdicts = [Verdict(r.values["id"], r.values["label"], r.values["rating"], r.values["meaning"])
                    for r in _unique(verdicts, "verdict", reg.diagnostics)]  # fmt: skip


def load_skips(reg: Registry) -> None:
    rel = SKIPPED_FILE
    if not (reg.root / rel).is_file():
        return
    node = _yaml_file(reg.root, rel, reg.diagnostics, MAX_LIST_BYTES)
    for record in _records(node, SKIP_FIELDS, Position(rel), rel, reg.diagnostics):
        v = record.values
        reg.skips.append(Skip(v["source"], v["text"], v["reason"], record.where["text"]))


def load_registry(root: Path, memo: Memo | None = None) -> Registry:
    """Read every registry file under ``root``; ``memo`` remembers parsed claim and comparison files."""
    memo = memo or Memo(None, "registry")
    reg = Registry(root=root)
    if not (root / SEEDS).is_dir():
        reg.diagnostics.append(
            Diagnostic.error(Position(SEEDS), f"no seeds/ folder under {root}; is this a rootcheck root?")
        )
    else:
        load_sources(reg)
    load_config(reg)
    load_claims(reg, memo)
    load_comparisons(reg, memo)
    load_skips(reg)
    return reg
