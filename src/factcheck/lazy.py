"""An attribute worked out when first read, then kept on the instance."""

from __future__ import annotations

import re
from typing import Any, Callable, Generic, TypeVar, cast, overload

__all__ = ["cached", "regex", "LazyPattern"]

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


class LazyPattern:
    """A regular expression compiled when first used. The readers hold some
    two hundred of them; compiling them all at import was half of a cold
    lookup's start-up, and a check uses a fraction of them. On first use
    the compiled pattern's methods are bound onto the instance, so later
    calls cost what calls on a compiled pattern do."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.source_flags = source, flags

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.source, self.source_flags)

    def __getattr__(self, name: str) -> Any:
        compiled = self.compiled()
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def regex(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to first use (see LazyPattern)."""
    return cast(re.Pattern[str], LazyPattern(source, flags))
