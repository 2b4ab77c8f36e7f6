"""The repository's own fact-check: clean, fully covered, every pledge judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, copy_repo
from rootcheck.checked import Checked
from rootcheck.commands.coverage import source_coverage
from rootcheck.model import Role
from rootcheck.pipeline import check


@pytest.fixture(scope="module")
def checked() -> Checked:
    return check(REPO)


def test_check_is_clean_without_warnings(checked: Checked) -> None:
    assert [str(d.where) + " " + d.message for d in checked.diagnostics] == []
    assert len(checked.claims) == len(checked.registry.claims) > 0


@pytest.mark.parametrize("source_id", ["fact-sheet-2023", "cover-letter-2021", "strategy-page-2021"])
def test_every_figure_of_the_update_and_the_pledges_is_covered(checked: Checked, source_id: str) -> None:
    (result,) = source_coverage(checked, source_id)
    assert [f"{m.line}: {m.text}" for m in result.missing] == []
    assert len(result.mentions) > 0


def test_critique_and_news_are_covered_too(checked: Checked) -> None:
    assert all(r.percent == 100.0 for r in source_coverage(checked))


def test_a_removed_claim_shows_as_a_gap(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "root")
    (root / "claims/progress-2023/smuggling-arrests.yaml").unlink()
    (result,) = source_coverage(check(root), "fact-sheet-2023")
    assert [m.text for m in result.missing] == ["7,800"]


def test_every_progress_figure_answers_a_pledge(checked: Checked) -> None:
    reg = checked.registry
    used = {claim_id for comp in reg.comparisons for claim_id in comp.progress}
    progress = {c.id for c in checked.claims if c.source.role is Role.PROGRESS}
    assert progress - used == set()


def test_every_comparison_has_a_verdict_and_cites_its_claims(checked: Checked) -> None:
    reg = checked.registry
    verdicts = {v.id for v in reg.verdicts}
    assert len(reg.comparisons) >= 10
    for comp in reg.comparisons:
        assert comp.verdict in verdicts
        assert "](claim:" in comp.annotation, comp.id
        # Where an annotation relies on the critique or the news, it cites the claim.
        for claim_id in comp.context:
            assert f"(claim:{claim_id})" in comp.annotation, (comp.id, claim_id)


def test_the_update_silent_on_a_pledge_is_a_finding(checked: Checked) -> None:
    silent = [c for c in checked.registry.comparisons if not c.progress]
    assert silent and all(c.verdict == "no-figure" for c in silent)


def test_claims_are_ready_for_claimreview(checked: Checked) -> None:
    for item in checked.claims:
        claim = item.claim
        assert claim.summary and len(claim.summary) < 75, claim.id
        assert claim.pillar, claim.id
        assert claim.note.strip(), claim.id


def test_every_comparison_has_a_one_line_summary(checked: Checked) -> None:
    for comp in checked.registry.comparisons:
        assert comp.summary and "\n" not in comp.summary.strip() and len(comp.summary) <= 140, comp.id
