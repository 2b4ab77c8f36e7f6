"""A property worked out once per object, as functools.cached_property but without its lock."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

from rootcheck.once import once

calls: list[int] = []


@dataclass(frozen=True)
class Thing:
    x: int

    @once
    def double(self) -> int:
        """Twice x."""
        calls.append(self.x)
        return self.x * 2


def test_it_is_worked_out_on_first_use_only_and_kept_on_a_frozen_object() -> None:
    calls.clear()
    thing = Thing(2)
    assert calls == []
    assert (thing.double, thing.double) == (4, 4)
    assert calls == [2] and vars(thing)["double"] == 4


def test_the_kept_value_is_no_field_and_travels_with_the_object() -> None:
    thing = Thing(3)
    thing.double  # noqa: B018 (asked for its effect)
    assert thing == Thing(3) and hash(thing) == hash(Thing(3))
    calls.clear()
    assert pickle.loads(pickle.dumps(thing)).double == 6 and calls == []
    assert Thing.double.__doc__ == "Twice x."
