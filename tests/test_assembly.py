"""The preview's assembly of the site's views: patched where few claims changed, always equal to one made afresh."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rootcheck.output import cache_dir
from rootcheck.pipeline import check
from rootcheck.registry.reads import Reread
from rootcheck.render import assembly
from rootcheck.render.assembly import assemble
from test_incremental import counting
from test_reread import CHARTED, CLAIM, no_racy_window, replace_in  # noqa: F401 (a fixture)

#: (what, the edit, whether the site is patched rather than assembled afresh: with drafts, without)
EDITS: list[tuple[str, Callable[[Path], None], bool, bool]] = [
    ("a summary revised", lambda root: replace_in(
        root / CLAIM, "efforts resulted in", "efforts led to"), True, True),
    ("a note revised", lambda root: replace_in(root / CLAIM, "an enforcement output", "an output"), True, True),
    ("a charted claim's summary", lambda root: replace_in(
        root / CHARTED, "The U.S. provided", "The U.S. gave"), True, True),
    # Without drafts, the claim leaves every list.
    ("a claim made a draft", lambda root: replace_in(
        root / CLAIM, "pillar:", "draft: true\npillar:"), True, False),
    # Its pillar's page and the other's list it.
    ("a claim moved to another pillar", lambda root: replace_in(
        root / CLAIM, "pillar: organized-crime", "pillar: governance"), False, False),
    ("an alias given", lambda root: replace_in(
        root / CHARTED, "pillar: economic-insecurity", "pillar: economic-insecurity\naliases: [school-meals]"),
        False, False),
    ("a pillar renamed", lambda root: replace_in(
        root / "rootcheck.yaml", "title: Combat corruption", "title: Fight corruption"), False, False),
    ("a comparison renamed", lambda root: replace_in(
        root / "comparisons/local-partners.yaml", "Working through", "Working with"), False, False),
]  # fmt: skip


@pytest.mark.parametrize("drafts", [True, False])
@pytest.mark.parametrize(("what", "edit", "with_drafts", "without"), EDITS, ids=[e[0] for e in EDITS])
def test_an_assembly_after_an_edit_equals_one_made_afresh(
    root: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_racy_window: None,  # noqa: F811 (the fixture imported above)
    what: str,
    edit: Callable[[Path], None],
    with_drafts: bool,
    without: bool,
    drafts: bool,
) -> None:
    patched = with_drafts if drafts else without
    # As the preview checks: a claim unchanged is then checked as the very same object.
    reread, cache = Reread(), cache_dir(root)
    before = assemble(check(root, cache=cache, reread=reread), drafts=drafts, build_date=None)
    time.sleep(0.05)  # past the file system's clock tick, so that the change time moves
    edit(root)
    checked = check(root, cache=cache, reread=reread)
    assert not checked.errors, checked.errors
    made = counting(monkeypatch, assembly, "_own")  # once for each view made
    after = assemble(checked, drafts=drafts, build_date=None, previous=before)
    made_again = [claim.id for claim in made]  # type: ignore[attr-defined]
    assert after.site == assemble(checked, drafts=drafts, build_date=None).site, what
    # Patched, a source none of whose claims changed keeps its very view, and only the edited
    # claim's view is made again (if it is shown); afresh, each source has a view of its own.
    kept = [sid for sid, view in after.site.sources.items() if view is before.site.sources.get(sid)]
    assert bool(kept) == patched, what
    if patched:
        edited = {c.id for c, was in zip(checked.claims, before.checked.claims, strict=True) if c is not was}
        assert len(edited) == 1, what
        assert made_again == [i for i in after.site.claims if i in edited], what


def test_a_comparison_waits_for_one_of_its_pledges_to_be_published(root: Path) -> None:
    """The comparison of this pledge has it as its only one: a draft, it takes it out of the site."""
    replace_in(root / "claims/pledges-2021/eight-lines-of-action.yaml", "pillar:", "draft: true\npillar:")
    checked = check(root)
    assert checked.errors == []
    waiting = {"migration-management-lines"}
    published = set(assemble(checked, drafts=False, build_date=None).site.comparisons)
    assert published == {c.id for c in checked.registry.comparisons} - waiting
    assert waiting <= set(assemble(checked, drafts=True, build_date=None).site.comparisons)
