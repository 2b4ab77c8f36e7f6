"""``rootcheck pin``: record a reviewed source file's new SHA-256 in sources.yaml."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from rootcheck.checks.references import source_hint
from rootcheck.commands import add_root, check_with_cache, root_of, shown_path
from rootcheck.commands.check import format_diagnostic
from rootcheck.errors import RootcheckError, UsageError
from rootcheck.model import Severity, Source
from rootcheck.registry.load import SOURCES_FILE, Registry, load_sources, load_sources_text
from rootcheck.safeyaml.nodes import Node
from rootcheck.whole import write_whole

if TYPE_CHECKING:
    from rootcheck.commands import Subparsers

HELP = """\
When a source document is revised, `rootcheck check` fails and lists which
passages still anchor and which no longer do. Once you have reviewed that
list, record the file's new SHA-256 with this command. Only the sha256 value
of that source changes; comments and layout are kept. What it would write is
read back first: an entry it cannot edit so is told, and nothing written.
The claims quoting the source are then checked against the file pinned (now
or before), and each that fails is listed: it fails `rootcheck check` until
it is corrected.

exit status: 0 when the hash is recorded (or was already) and every claim
quoting the source holds against the file; 1 when a claim quoting it fails
(the hash is recorded all the same), or when nothing could be recorded
(sources.yaml has errors, its entry cannot be edited so, or the file cannot be
written); 2 on a usage error, such as a source the registry does not have.

examples:
  rootcheck pin fact-sheet-2023
"""


def add_parser(sub: Subparsers) -> None:
    parser = sub.add_parser("pin", help="record a reviewed source's new hash",
                            description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("source", metavar="SOURCE", help="a source id")
    add_root(parser)
    parser.set_defaults(run=run)


def _entry(node: Node | None, source_id: str) -> Node:
    items: list[Node] = node.value if node is not None and isinstance(node.value, list) else []
    for item in items:
        found = item.items().get("id") if item.is_mapping else None
        if found is not None and found.value == source_id:
            return item
    raise RootcheckError(f"{SOURCES_FILE} has no entry with id {source_id!r}")


def run(args: argparse.Namespace) -> int:
    root = root_of(args)
    reg = Registry(root=root)
    load_sources(reg)
    source = reg.sources.get(args.source)
    path = root / SOURCES_FILE
    if source is None and _has_errors(reg):  # its entry may be among those that did not come through
        source = _with_its_hash_mended(reg, args.source, path)
    if source is None and _has_errors(reg):
        for diagnostic in reg.diagnostics:
            print(format_diagnostic(diagnostic, "text"))
        raise RootcheckError(f"{SOURCES_FILE} has errors; fix them, then pin {args.source}")
    if source is None:
        raise UsageError(f"no source {args.source!r}" + source_hint(reg, args.source))
    digest = hashlib.sha256(reg.source_path(source).read_bytes()).hexdigest()
    if source.sha256 == digest:
        print(f"{source.id}: already pinned at {digest}")
        return _claims_failing(root, source)
    from rootcheck.pinning import pinned_text, read_back  # loaded for this command alone

    text = _text_of(path)  # as the list just read, which its entry came through
    pinned = pinned_text(text, source.id, source.where.line, digest)
    read_back(reg, pinned, source, digest)
    try:  # encoded as read, line endings and all
        write_whole(path, pinned.encode("utf-8"), mode=path.stat().st_mode)
    except OSError as exc:  # a full disk, a read-only one: the list stays as it was
        raise RootcheckError(f"cannot write {SOURCES_FILE}: {exc.strerror}; nothing was changed") from None
    print(f"{source.id}: pinned {shown_path(reg.source_path(source))} at {digest}")
    return _claims_failing(root, source)


def _claims_failing(root: Path, source: Source) -> int:
    """List the errors of the claims quoting ``source``, checked against the file pinned; the exit
    status: 1 where any claim fails, as ``check`` would, else 0.

    A pinned revision no longer warns that the file changed, so a claim whose
    passage the revision took away would otherwise be found only by the next check;
    and a script or CI job pinning a source must not take such claims for a pin that went well.
    Errors elsewhere in the registry are not this source's: ``pin a && pin b`` pins b while a's
    claims hold, though b's revision still fails ``check``.
    """
    checked = check_with_cache(root)
    quoting = {claim.where.path for claim in checked.registry.claims if claim.source_id == source.id}
    failing = [d for d in checked.errors if d.where.path in quoting]
    if not failing:
        return 0
    for diagnostic in failing:
        print(format_diagnostic(diagnostic, "text"))
    claims = len({d.where.path for d in failing})
    have = f"{claims} claims quoting it have" if claims != 1 else "1 claim quoting it has"
    print(f"{source.id}: {have} errors, as above: rootcheck check fails until they are corrected")
    return 1


def _has_errors(reg: Registry) -> bool:
    # A warning (another source left unpinned, say) is no reason not to pin this one.
    return any(d.severity is Severity.ERROR for d in reg.diagnostics)


def _text_of(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as file:  # line endings as they are
        return file.read()


#: Stands for the hash pin is about to record while the rest of the list is checked; never written.
_ANY_HASH = "a" * 64  # not all digits: YAML would read a number


def _with_its_hash_mended(reg: Registry, source_id: str, path: Path) -> Source | None:
    """The source, where the one thing wrong with the list is the hash it was asked to record.

    An editor told that a pasted ``sha256:…`` or a truncated hash is malformed
    runs pin to record the right one; every other problem must still be fixed first.
    """
    from rootcheck.safeyaml.load import load_yaml  # see registry/files.py

    try:
        text = _text_of(path)
    except (OSError, UnicodeDecodeError):
        return None
    node, problems = load_yaml(text, SOURCES_FILE)
    if problems:
        return None
    try:
        sha256 = _entry(node, source_id).items().get("sha256")
    except RootcheckError:
        return None
    if sha256 is None or not any(d.where == sha256.where for d in reg.diagnostics):
        return None
    from rootcheck.pinning import pinned_text

    mended = Registry(root=reg.root)
    load_sources_text(mended, pinned_text(text, source_id, sha256.where.line, _ANY_HASH).encode("utf-8"))
    if _has_errors(mended):
        return None
    reg.diagnostics.clear()
    return mended.sources.get(source_id)
