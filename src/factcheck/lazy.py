"""An attribute worked out when first read, then kept on the instance."""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar, overload

__all__ = ["cached"]

_T = TypeVar("_T")


class cached(Generic[_T]):
    """`functools.cached_property` without its lock. On Python 3.11 that
    takes an RLock on every first read, and a check first-reads thousands
    of these (a figure's kind, a match's proper-name check, a reading's
    window); Python 3.12 dropped the lock. Nothing here is shared between
    threads, and a value read twice at once would be the same value.

    A non-data descriptor: once the value is in the instance's __dict__,
    Python finds it there and this is never called again for it.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> "cached[_T]": ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> "_T | cached[_T]":
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
