"""``@record``: a dataclass whose generated methods are made the first time the class is used.

Python 3.11 compiles the methods of a dataclass (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` …) from source text when the class is defined: about 0.5 ms for a frozen one, ~4 million
instructions.  Start-up defines ~30 of them and uses ~12; the others (proposals, search pages, changes,
attachments …) cost the first screen ~75 million instructions for nothing (``bench/startup_instructions.py``).

``@record(...)`` takes the same options as :func:`dataclasses.dataclass` and gives the same class: the
dataclass is made, in place, the first time the class is instantiated or its fields are asked for
(:func:`dataclasses.fields`, :func:`dataclasses.is_dataclass`, ``asdict``/``replace`` of an instance).
Classes it cannot defer (``slots=True``, which makes a new class; a class with its own ``__init__`` or
``__new__``) are made at once.  Type checkers see a dataclass (:func:`typing.dataclass_transform`).

An instance made without ``__init__`` (``object.__new__``) must call :func:`settle` on its class first.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

__all__ = ["record", "settle"]

_T = TypeVar("_T")
_FIELDS = "__dataclass_fields__"
_pending: dict[type, dict[str, Any]] = {}  # class -> its dataclass options, until it is first used
_lock = threading.RLock()  # two threads using a class for the first time make it once


def settle(cls: type) -> None:
    """Make the dataclass methods of ``cls`` and of every record it inherits from, if not made yet."""
    if not _pending:
        return
    with _lock:
        for klass in reversed(cls.__mro__):  # bases first: a subclass's fields start with theirs
            options = _pending.pop(klass, None)
            if options is not None:
                del klass.__init__  # type: ignore[misc]
                delattr(klass, _FIELDS)
                dataclasses.dataclass(klass, **options)


class _Fields:
    """Stands for ``__dataclass_fields__`` until the class is made; asking for it makes the class."""

    def __init__(self, owner: type) -> None:
        self.owner = owner

    def __get__(self, instance: object, klass: type | None = None) -> dict[str, dataclasses.Field[Any]]:
        settle(self.owner)
        fields: dict[str, dataclasses.Field[Any]] = getattr(self.owner, _FIELDS)
        return fields


def _defer(cls: type[_T], options: dict[str, Any]) -> type[_T]:
    if options.get("slots") or options.get("init") is False or "__init__" in vars(cls) \
            or cls.__new__ is not object.__new__:
        return dataclasses.dataclass(cls, **options)

    def first_init(self: Any, *args: Any, **kwargs: Any) -> None:
        settle(cls)
        cls.__init__(self, *args, **kwargs)  # the generated one, now

    first_init.__name__, first_init.__qualname__ = "__init__", f"{cls.__qualname__}.__init__"
    with _lock:
        _pending[cls] = options
        cls.__init__ = first_init  # type: ignore[method-assign]
        setattr(cls, _FIELDS, _Fields(cls))
    return cls


@overload
def record(cls: type[_T], /) -> type[_T]: ...


@overload
def record(*, init: bool = True, repr: bool = True, eq: bool = True, order: bool = False,
           unsafe_hash: bool = False, frozen: bool = False, match_args: bool = True, kw_only: bool = False,
           slots: bool = False, weakref_slot: bool = False) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: type[_T] | None = None, /, **options: Any) -> type[_T] | Callable[[type[_T]], type[_T]]:
    """:func:`dataclasses.dataclass`, made when the class is first used (see the module's docstring)."""
    if cls is None:
        return lambda klass: _defer(klass, options)
    return _defer(cls, options)
