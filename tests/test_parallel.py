"""Work spread over several processes gives exactly what one process gives."""

from __future__ import annotations

import os
import pickle
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, copy_repo
from rootcheck import parallel
from rootcheck.checks import proving, verify
from rootcheck.cli import main
from rootcheck.memo import Memo
from rootcheck.output import jobs
from rootcheck.pipeline import check
from rootcheck.registry import items
from rootcheck.registry.load import load_registry
from rootcheck.render import placement, site
from rootcheck.render.site import RenderOptions, plan_site, render_site
from rootcheck.text.document import parse_document


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def meeting(folder: Path, processes: int = 2) -> Callable[[object], int]:
    """Work no process can finish alone: each call waits until ``processes`` processes have
    made one (ten seconds at most), then gives its process id."""

    def meet(_: object) -> int:
        (folder / str(os.getpid())).touch()
        deadline = time.monotonic() + 10
        while len(list(folder.iterdir())) < processes and time.monotonic() < deadline:
            time.sleep(0.001)
        return os.getpid()

    return meet


def build(capsys: pytest.CaptureFixture[str], root: Path, out: Path, *extra: str) -> None:
    code = main(["build", "--root", str(root), "--out", str(out), "--quiet", *extra])
    assert (code, capsys.readouterr().err) == (0, "")


def test_fork_map_keeps_order_and_counts_progress(tmp_path: Path) -> None:
    items = list(range(50))
    progress: list[tuple[int, int]] = []
    meet = meeting(tmp_path)
    doubled = parallel.fork_map(
        lambda n: (n * 2, meet(n)), items, 2, progress=lambda d, t: progress.append((d, t))
    )
    assert [value for value, _ in doubled] == [n * 2 for n in items]
    assert os.getpid() in {pid for _, pid in doubled} and len({pid for _, pid in doubled}) == 2
    assert progress[-1] == (50, 50) and [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_fork_map_stays_in_process_below_its_minimum() -> None:
    pids = parallel.fork_map(lambda _: os.getpid(), [1, 2, 3], 2, minimum=4)
    assert set(pids) == {os.getpid()}


def test_fork_map_weighs_items_by_size() -> None:
    progress: list[tuple[int, int]] = []
    parallel.fork_map(len, [[1] * 3, [1] * 5], 1, progress=lambda d, t: progress.append((d, t)), size=len)
    assert progress == [(8, 8)]


def test_fork_map_weighs_items_by_cost_to_decide_but_counts_progress_by_size(tmp_path: Path) -> None:
    progress: list[tuple[int, int]] = []
    pids = parallel.fork_map(
        meeting(tmp_path),
        [1, 2],
        2,
        minimum=100,
        cost=lambda n: 50 * n,
        progress=lambda d, t: progress.append((d, t)),
    )
    assert len(set(pids)) == 2  # 150 units of work, though only two items
    assert progress[-1] == (2, 2)
    assert set(parallel.fork_map(lambda _: os.getpid(), [1, 2], 2, minimum=100, cost=lambda n: n)) == {
        os.getpid()
    }


def test_a_few_files_that_each_list_every_claim_are_made_on_workers(tmp_path: Path) -> None:
    (tmp_path / "met").mkdir()
    meet = meeting(tmp_path / "met")
    plan = [jobs.Job(f"data/{i}.json", lambda: str(meet(None)).encode(), cost=10_000) for i in range(3)]
    jobs.make_files(plan, tmp_path / "site", 2)
    makers = {(tmp_path / "site" / job.path).read_text() for job in plan}
    assert len(makers) == 2
    cheap = [jobs.Job(f"pages/{i}.html", lambda: str(os.getpid()).encode()) for i in range(3)]
    jobs.make_files(cheap, tmp_path / "site", 2)
    assert {(tmp_path / "site" / job.path).read_text() for job in cheap} == {str(os.getpid())}


def test_files_that_list_many_claims_cost_many_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        site, "CLAIMS_PER_PAGE", 1
    )  # the repository lists too few claims to cost more than a page
    checked_repo = check(REPO)
    plan = {job.path: job for job in plan_site(checked_repo, RenderOptions())}
    claims = len(checked_repo.claims)
    for path in ("claims/index.html", "data/claims.json", "data/claims.csv", "data/annotations.jsonld"):
        assert plan[path].cost == claims, path
    pillar = next(job for path, job in plan.items() if path.startswith("pillars/"))
    assert 1 < pillar.cost < claims
    assert plan[f"claims/{checked_repo.claims[0].claim.id}/index.html"].cost == 1


def test_the_work_of_a_worker_that_dies_is_made_here() -> None:
    parent = os.getpid()

    def work(n: int) -> int:
        if os.getpid() != parent:
            time.sleep(0.01)
            os._exit(3)  # killed, as by the kernel when memory runs out
        return n * 2

    progress: list[tuple[int, int]] = []
    results = parallel.fork_map(work, list(range(20)), 2, progress=lambda d, t: progress.append((d, t)))
    assert results == [n * 2 for n in range(20)]
    assert progress[-1] == (20, 20)


def test_answers_a_dying_child_cut_short_are_left_to_be_made_here() -> None:
    whole, cut = pickle.dumps((0, ["made"])), pickle.dumps((1, ["lost"]))
    with tempfile.TemporaryFile() as answers:
        answers.write(len(whole).to_bytes(8, "little") + whole + len(cut).to_bytes(8, "little") + cut[:-3])
        child = parallel._Child()
        child.fork(lambda: None)
        crew = parallel._Crew.__new__(parallel._Crew)
        crew._children = [(child, answers)]
        assert crew.answers() == {0: ["made"]}


def test_what_a_worker_made_is_not_made_again_here_even_when_it_is_none(tmp_path: Path) -> None:
    meet = meeting(tmp_path)
    parent = os.getpid()
    made_here: list[int] = []

    def work(n: int) -> None:
        if meet(n) == parent:
            made_here.append(n)  # lost with a child's memory; kept in this process's

    assert parallel.fork_map(work, list(range(8)), 2) == [None] * 8
    assert 0 < len(made_here) < 8


def test_entries_this_process_made_for_a_memo_are_not_read_back_from_their_pickle(tmp_path: Path) -> None:
    meet = meeting(tmp_path)
    parent = os.getpid()
    made_here: dict[str, list[int]] = {}

    def make(item: int) -> dict[str, list[int]]:
        value = [item, meet(item)]
        if value[1] == parent:
            made_here[str(item)] = value
        return {str(item): value}

    made = Memo(None, "test").fill(make, list(range(8)), 2, minimum=1)
    assert made == {str(item): [item, made[str(item)][1]] for item in range(8)}
    assert 0 < len(made_here) < 8
    assert all(made[key] is value for key, value in made_here.items())


def test_a_worker_error_reaches_the_caller() -> None:
    def fail(n: int) -> int:
        if n == 7:
            raise ValueError("seven")
        return n

    with pytest.raises(ValueError, match="seven"):
        parallel.fork_map(fail, list(range(20)), 2)


def test_checking_and_placing_on_two_processes_matches_one(monkeypatch: pytest.MonkeyPatch) -> None:
    one = check(REPO)
    expected = render_site(one, RenderOptions())
    monkeypatch.setattr(proving, "PARALLEL_FROM", 1)
    monkeypatch.setattr(placement, "PARALLEL_FROM", 1)
    two = check(REPO, workers=2)
    assert two.claims == one.claims and two.diagnostics == one.diagnostics
    assert render_site(two, RenderOptions(workers=2)) == expected


def test_parsing_claim_files_on_two_processes_matches_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_repo(tmp_path / "root")
    (root / "claims" / "broken.yaml").write_text("source: [unclosed\n", "utf-8")
    (root / "claims" / "misspelt.yaml").write_text("sorce: white-house-strategy\n", "utf-8")
    one = load_registry(root)
    assert {d.where.path for d in one.diagnostics} == {"claims/broken.yaml", "claims/misspelt.yaml"}
    monkeypatch.setattr(items, "PARALLEL_FROM", 1)
    memo = Memo(tmp_path, "registry")
    two = load_registry(root, memo, workers=2)
    assert two.claims == one.claims and two.diagnostics == one.diagnostics
    assert memo.framed  # the records came back from the workers, pickled
    memo.save()
    # What the workers pickled is the memo the next run reads: no claim file is parsed again.
    parsed: list[str] = []
    monkeypatch.setattr(items, "parse_item", lambda data, rel, *rest: parsed.append(rel))
    again = load_registry(root, Memo(tmp_path, "registry"))
    assert again.claims == one.claims and again.diagnostics == one.diagnostics and parsed == []


def test_claims_proven_on_two_processes_are_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_repo(tmp_path / "root")
    # A claim with no source to prove it against is answered in this process.
    (root / "claims" / "sourceless.yaml").write_text("source: nowhere\nquote: 4 million\nfigure: 4 million\n")
    one = check(root)
    assert [d.where.path for d in one.errors] == ["claims/sourceless.yaml"]
    monkeypatch.setattr(proving, "PARALLEL_FROM", 1)
    (tmp_path / "cache").mkdir()
    two = check(root, cache=tmp_path / "cache", workers=2)
    assert two.claims == one.claims and two.diagnostics == one.diagnostics

    def prove_again(*args: object) -> None:
        raise AssertionError("a remembered claim was proven again")

    monkeypatch.setattr(verify, "check_claim", prove_again)
    (root / "claims" / "sourceless.yaml").unlink()  # it would be checked again: it has no key
    again = check(root, cache=tmp_path / "cache", workers=2)
    assert again.claims == one.claims and not again.errors


def test_placements_made_on_two_processes_are_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = check(REPO)
    one = placement.placements(
        checked.claims, placement.SourceTexts(checked.documents), Memo(None, "views"), 1
    )
    monkeypatch.setattr(placement, "PARALLEL_FROM", 1)
    memo = Memo(tmp_path, "views")
    two = placement.placements(checked.claims, placement.SourceTexts(checked.documents), memo, 2)
    assert two == one and memo.framed
    memo.save()

    def place_again(*args: object) -> None:
        raise AssertionError("a remembered placement was made again")

    monkeypatch.setattr(placement, "_place", place_again)
    texts = placement.SourceTexts(checked.documents)
    assert placement.placements(checked.claims, texts, Memo(tmp_path, "views"), 2) == one


def test_rendering_on_several_processes_makes_the_same_site(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_repo(tmp_path / "root")
    build(capsys, root, tmp_path / "one", "--jobs", "1")
    monkeypatch.setattr(jobs, "PARALLEL_FROM", 1)  # the repository is smaller than a site worth forking for
    build(capsys, root, tmp_path / "two", "--jobs", "2")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_worker_processes_make_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs, "PARALLEL_FROM", 1)
    (tmp_path / "met").mkdir()
    meet = meeting(tmp_path / "met")
    plan = [jobs.Job(f"pages/{i}.txt", lambda: str(meet(None)).encode()) for i in range(40)]
    progress: list[tuple[int, int]] = []
    stamps = jobs.make_files(plan, tmp_path / "site", 2, lambda done, total: progress.append((done, total)))
    makers = {(tmp_path / "site" / job.path).read_text() for job in plan}
    assert len(makers) == 2  # by a worker and by this process
    assert stamps.keys() == {job.path for job in plan}
    assert progress[-1] == (40, 40) and [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_a_groups_files_are_handed_out_side_by_side(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Sources' pages interleaved by path, as claims sort: a worker would need every source at once.
    plan = [
        jobs.Job(f"claims/{i:03}/index.html", lambda: b"", group=f"source-{i % 5}") for i in range(100)
    ] + [jobs.Job("index.html", lambda: b"")]
    runs = jobs.runs_of(plan, 2)
    assert len(runs) <= 2 * parallel.BATCHES_PER_WORKER
    handed = [job for run in runs for job in run]
    assert sorted(handed, key=lambda job: job.path) == sorted(plan, key=lambda job: job.path)
    groups = [job.group for job in handed]
    assert groups == sorted(groups)  # each group's files side by side
    size = len(runs[0])
    for group in set(groups):
        spanned = sum(1 for run in runs if any(job.group == group for job in run))
        assert spanned <= -(-groups.count(group) // size) + 1  # never spread thinner than runs allow
    per_group = {g: [job.path for job in handed if job.group == g] for g in set(groups)}
    assert all(paths == sorted(paths) for paths in per_group.values())


def test_only_the_latest_sources_as_shown_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = {f"s{i}": parse_document(f"Paragraph {i}.\n") for i in range(3)}
    monkeypatch.setattr(placement.SourceTexts, "KEPT", 2)
    texts = placement.SourceTexts(documents)
    first = texts["s0"]
    assert texts["s0"] is first
    texts["s1"], texts["s0"], texts["s2"]  # s1 is now the least recently used
    assert texts["s0"] is first
    assert list(texts._built) == ["s2", "s0"]


@pytest.mark.parametrize("workers", [1, 2])
def test_work_done_alongside_the_workers_stays_in_this_process(tmp_path: Path, workers: int) -> None:
    here: list[int] = []

    def alongside() -> None:
        here.append(os.getpid())

    meet = meeting(tmp_path, processes=workers)

    def work(item: int) -> tuple[int, int]:
        return item * 2, meet(item)

    results = parallel.fork_map(work, list(range(20)), workers, minimum=1, alongside=alongside)
    pids = {pid for _, pid in results}
    assert [value for value, _ in results] == [item * 2 for item in range(20)]
    assert here == [os.getpid()]
    assert os.getpid() in pids and len(pids) == workers


def test_an_errand_runs_in_a_child_and_hands_back_what_it_returned() -> None:
    big = {f"page-{n}.html": (n, n * 2, n * 3) for n in range(50_000)}  # more than a pipe holds
    with parallel.Errand(lambda: (os.getpid(), big)) as errand:
        pid, value = errand.result()
    assert pid != os.getpid()
    assert value == big


def test_a_patient_errand_runs_at_the_lowest_priority_and_others_at_ours(tmp_path: Path) -> None:
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    seen = tmp_path / "priority"

    def priority() -> int:
        return os.getpriority(os.PRIO_PROCESS, 0)

    def write_down() -> None:
        if os.getpid() != parent:
            seen.write_text(str(priority()))

    parent = os.getpid()
    with parallel.Errand(write_down, patient=True), parallel.Errand(priority) as eager:
        assert eager.result() == ours
        # A patient child's answer may be asked for before it has run; what it saw, it wrote down.
        deadline = time.monotonic() + 10
        while not (seen.exists() and seen.read_text()):
            assert time.monotonic() < deadline, "the patient child never ran"
            time.sleep(0.01)
    assert int(seen.read_text()) == 19
    assert os.getpriority(os.PRIO_PROCESS, 0) == ours


def test_a_patient_errand_not_done_when_asked_is_stopped_and_run_here() -> None:
    parent = os.getpid()

    def slow_elsewhere() -> int:
        if os.getpid() != parent:
            time.sleep(30)
        return os.getpid()

    started = time.monotonic()
    with parallel.Errand(slow_elsewhere, patient=True) as errand:
        child = errand._child.pid
        assert errand.result() == parent
    assert time.monotonic() - started < 10
    assert child
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)  # stopped, and reaped


def test_an_errand_whose_child_fails_is_run_here() -> None:
    parent = os.getpid()

    def only_here() -> int:
        if os.getpid() != parent:
            raise OSError("not in the child")
        return parent

    with parallel.Errand(only_here) as errand:
        assert errand.result() == parent


def test_an_errand_not_forked_runs_here_when_its_result_is_asked_for() -> None:
    calls: list[int] = []

    def work() -> int:
        calls.append(os.getpid())
        return 7

    with parallel.Errand(work, fork=False) as errand:
        assert calls == []
        assert errand.result() == 7
    assert calls == [os.getpid()]


def test_leaving_an_errand_stops_a_child_still_at_work(tmp_path: Path) -> None:
    started = tmp_path / "pid"

    def slow() -> None:
        started.write_text(str(os.getpid()))
        time.sleep(60)

    with parallel.Errand(slow):
        deadline = time.monotonic() + 10
        while not (started.exists() and started.read_text()):
            assert time.monotonic() < deadline, "the child never started"
            time.sleep(0.01)
    pid = int(started.read_text())
    assert pid != os.getpid()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, and reaped


def test_an_errand_with_nowhere_to_put_its_answer_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def full() -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", full)
    with parallel.Errand(os.getpid) as errand:
        assert errand.result() == os.getpid()
