"""The preview's folder: only files whose key changed are made, and a failed update changes nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from rootcheck.output.jobs import Job
from rootcheck.output.mirror import Mirror, Updated


class Plan:
    """Jobs whose content is ``<path> <key>``, counting how often each file is made."""

    def __init__(self) -> None:
        self.made: Counter[str] = Counter()

    def jobs(self, keys: dict[str, str | None], failing: str = "") -> list[Job]:
        def make(path: str, key: str | None) -> Callable[[], bytes]:
            def content() -> bytes:
                if path == failing:
                    raise RuntimeError(f"cannot make {path}")
                self.made[path] += 1
                return f"{path} {key}".encode()

            return content

        return [Job(path, make(path, key), key) for path, key in keys.items()]


def files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*") if p.is_file()}


def test_only_files_whose_key_changed_are_made_and_unplanned_ones_go(tmp_path: Path) -> None:
    plan, mirror = Plan(), Mirror(tmp_path / "site")
    first = {"index.html": "a", "claims/x/index.html": "b", "feed.xml": None, "old/index.html": "c"}
    assert mirror.update(plan.jobs(first)) == Updated(4, 0)
    second = {"index.html": "a", "claims/x/index.html": "B", "feed.xml": None}
    assert mirror.update(plan.jobs(second)) == Updated(
        2, 0
    )  # the changed key, and the file made afresh every time
    assert plan.made == Counter(
        {"index.html": 1, "claims/x/index.html": 2, "feed.xml": 2, "old/index.html": 1}
    )
    assert files(tmp_path / "site") == {
        "index.html": "index.html a",
        "claims/x/index.html": "claims/x/index.html B",
        "feed.xml": "feed.xml None",
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing left beside it


def test_a_failed_update_leaves_the_folder_and_its_keys_as_they_were(tmp_path: Path) -> None:
    plan, mirror = Plan(), Mirror(tmp_path / "site")
    mirror.update(plan.jobs({"a.html": "1", "b.html": "1"}))
    before = files(tmp_path / "site")
    with pytest.raises(RuntimeError, match=r"cannot make b\.html"):
        mirror.update(plan.jobs({"a.html": "2", "b.html": "2"}, failing="b.html"))
    assert files(tmp_path / "site") == before
    assert mirror.update(plan.jobs({"a.html": "2", "b.html": "2"})) == Updated(2, 0)
    assert files(tmp_path / "site") == {"a.html": "a.html 2", "b.html": "b.html 2"}


def test_refuses_to_write_outside_its_folder(tmp_path: Path) -> None:
    plan, mirror = Plan(), Mirror(tmp_path / "site")
    with pytest.raises(ValueError, match="outside the site"):
        mirror.update(plan.jobs({"../escape.html": "1"}))
    assert not (tmp_path / "escape.html").exists()


def test_files_made_on_request_wait_until_asked_for_and_are_never_stale(tmp_path: Path) -> None:
    plan, mirror = Plan(), Mirror(tmp_path / "site")
    on_request = lambda job: job.path.startswith("data/")  # noqa: E731
    first = mirror.update(plan.jobs({"index.html": "a", "data/all.json": "a"}), on_request=on_request)
    assert first == Updated(made=1, left=1)
    assert files(tmp_path / "site") == {"index.html": "index.html a"}
    mirror.make_requested("data/all.json")
    mirror.make_requested("data/all.json")  # made once, then served as it is
    mirror.make_requested("index.html")  # not left for a request: nothing to do
    assert plan.made == Counter({"index.html": 1, "data/all.json": 1})
    assert files(tmp_path / "site")["data/all.json"] == "data/all.json a"

    again = mirror.update(plan.jobs({"index.html": "a", "data/all.json": "a"}), on_request=on_request)
    assert again == Updated(0, 0)
    assert files(tmp_path / "site")["data/all.json"] == "data/all.json a"  # its key held: kept
    mirror.update(plan.jobs({"index.html": "a", "data/all.json": "b"}), on_request=on_request)
    assert "data/all.json" not in files(tmp_path / "site")  # the old content is gone at once
    mirror.update(plan.jobs({"index.html": "a", "data/all.json": "c"}), on_request=on_request)
    mirror.make_requested("data/all.json")
    assert files(tmp_path / "site")["data/all.json"] == "data/all.json c"  # the latest plan's
    assert plan.made["data/all.json"] == 2

    mirror.update(plan.jobs({"index.html": "a", "data/gone.json": "d"}), on_request=on_request)
    assert mirror.requested.keys() == {"data/gone.json"}  # no longer planned: not made on request
    mirror.make_requested("data/all.json")
    assert "data/all.json" not in files(tmp_path / "site")


def test_a_request_whose_file_fails_leaves_it_to_the_next_request(tmp_path: Path) -> None:
    plan, mirror = Plan(), Mirror(tmp_path / "site")
    mirror.update(plan.jobs({"data/all.json": "a"}, failing="data/all.json"), on_request=lambda job: True)
    with pytest.raises(RuntimeError, match=r"cannot make data/all\.json"):
        mirror.make_requested("data/all.json")
    assert mirror.requested.keys() == {"data/all.json"}
    assert files(tmp_path / "site") == {}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing left beside it
