"""The seeds are evidence: pinned byte for byte, described from their own text."""

from __future__ import annotations

import hashlib

import yaml

from conftest import SEEDS

PINNED = {
    "000_864eb13e99db62ec.txt": "717a4f9b6ac05adda39daa80296878d8a61d50dce430e8b8cb43b9c09c8874c0",
    "001_82fcb749a76f0474.txt": "ea9ff1f38276a2ff1ca60e7d5310ca008d4f9488c76e6125042a366a0b9e517e",
    "002_4a760a1a30f7d39f.txt": "659b9d6f43c40583cf97dab7af4da56dd6e5f670de7c9db5976633992efd47f1",
    "003_9fb2f88967479f4d.txt": "9968812b647d4287022d466fe4f8a3972ac13fa045714d17c3a00e62c2dc7f95",
    "004_2f15a9db6216d1f0.txt": "15f38edf22134da1a2b6d10b9af2f56789fce917c87e3b6918693bbcaeede6e6",
}


def test_seeds_are_unchanged() -> None:
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.glob("*.txt")}
    assert found == PINNED


def test_sources_registry_pins_the_same_hashes() -> None:
    entries = yaml.safe_load((SEEDS / "sources.yaml").read_text("utf-8"))
    assert {e["file"]: e["sha256"] for e in entries} == PINNED


def test_unknown_metadata_is_null_not_invented() -> None:
    entries = {e["id"]: e for e in yaml.safe_load((SEEDS / "sources.yaml").read_text("utf-8"))}
    # The launch page, the news article and the critique give no date or URL of their own.
    for source_id in ("strategy-page-2021", "cnn-harris-root-causes", "bermeo-critique"):
        assert entries[source_id]["published"] is None
        assert entries[source_id]["url"] is None
    assert str(entries["fact-sheet-2023"]["published"]) == "2023-02-06"
    assert str(entries["cover-letter-2021"]["published"]) == "2021-07-29"
