"""A bounded memory of recent answers.

A batch or a draft repeats itself: an editorial script checks the same
claims with other figures, or the same claim again; a draft's sentence is
read again with a carried subject. Where an answer is a pure function of
its key and immutable, the recent ones are kept and handed out again.
"""

from __future__ import annotations

from typing import Callable, Generic, Hashable, TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class Recent(Generic[Key, Value]):
    """At most `size` answers (given per call, so a setting read at run time
    holds), the oldest forgotten first."""

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: dict[Key, Value] = {}

    def get(self, key: Key, make: Callable[[], Value], size: int) -> Value:
        if size <= 0:
            return make()
        found = self._items.get(key)
        if found is None:
            if len(self._items) >= size:
                del self._items[next(iter(self._items))]  # the oldest
            found = self._items[key] = make()
        return found

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
