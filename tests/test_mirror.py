"""The preview's folder: only files whose key changed are made, and a failed update changes nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from rootcheck.output.jobs import Job
from rootcheck.output.mirror import Mirror


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
    assert mirror.update(plan.jobs(first)) == 4
    second = {"index.html": "a", "claims/x/index.html": "B", "feed.xml": None}
    assert mirror.update(plan.jobs(second)) == 2  # the changed key, and the file made afresh every time
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
    assert mirror.update(plan.jobs({"a.html": "2", "b.html": "2"})) == 2
    assert files(tmp_path / "site") == {"a.html": "a.html 2", "b.html": "b.html 2"}


def test_refuses_to_write_outside_its_folder(tmp_path: Path) -> None:
    plan, mirror = Plan(), Mirror(tmp_path / "site")
    with pytest.raises(ValueError, match="outside the site"):
        mirror.update(plan.jobs({"../escape.html": "1"}))
    assert not (tmp_path / "escape.html").exists()
