"""A property worked out on first use and kept on the object: ``functools.cached_property`` without its lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")
V = TypeVar("V")


class once(Generic[T, V]):
    """Like ``functools.cached_property``, which on Python 3.11 takes a lock on every first use.

    A warm build asks some 30,000 of them of its claims and views once each:
    30,000 first uses took 13–14.5 ms with ``cached_property`` and 4 ms with
    this (timed on this project's machines). The value goes straight into
    the object's ``__dict__``, so frozen dataclasses may use it, and later
    reads find it there without calling this at all. Two threads asking at
    once both work it out, and one value is kept: every use here is pure.
    """

    def __init__(self, function: Callable[[T], V]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> once[T, V]: ...

    @overload
    def __get__(self, instance: T, owner: type[Any] | None = None) -> V: ...

    def __get__(self, instance: T | None, owner: type[Any] | None = None) -> once[T, V] | V:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value
