"""``db.records.record``: the same class as ``dataclasses.dataclass``, made when first used (start-up)."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import subprocess
import sys
import threading
from dataclasses import FrozenInstanceError, asdict, field, fields, replace
from pathlib import Path
from typing import Any

import pytest

from db.records import record


def made(cls: type) -> bool:
    """Whether the dataclass methods of ``cls`` exist yet (what the decorator defers)."""
    return isinstance(vars(cls).get("__dataclass_fields__"), dict)


def pair(**options: Any) -> tuple[Any, Any]:
    """The same class declared twice: with ``dataclasses.dataclass`` and with ``record``."""

    def declare(decorator: Any) -> type:
        class Item:
            code: str
            score: float = 0.0
            tags: list[str] = field(default_factory=list)
            note: str = field(default="", compare=False)

        return decorator(**options)(Item)

    return declare(dataclasses.dataclass), declare(record)


OPTIONS = [{}, {"frozen": True}, {"frozen": True, "order": True}, {"eq": False}, {"unsafe_hash": True},
           {"kw_only": True}, {"repr": False}]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(o) or "plain")
def test_a_record_behaves_like_the_dataclass_it_stands_for(options: dict[str, Any]) -> None:
    plain, lazy = pair(**options)
    assert not made(lazy)
    args = {"code": "visa", "score": 0.5, "tags": ["a"], "note": "n"}
    a, b = plain(**args), lazy(**args)
    assert made(lazy)
    assert [(f.name, f.default, f.compare, f.kw_only) for f in fields(a)] == \
        [(f.name, f.default, f.compare, f.kw_only) for f in fields(b)]
    assert str(inspect.signature(plain)) == str(inspect.signature(lazy))
    if options.get("repr", True):
        assert repr(a) == repr(b)
    assert (lazy(**args) == b) == (plain(**args) == a)
    assert (lazy(**{**args, "note": "other"}) == b) == (plain(**{**args, "note": "other"}) == a)
    assert (lazy.__hash__ is None) == (plain.__hash__ is None)
    if plain.__hash__ is not None and (options.get("frozen") or options.get("unsafe_hash")):
        hashable = {**args, "tags": ("a",)}
        assert hash(lazy(**hashable)) == hash(lazy(**hashable)) and hash(lazy(**hashable)) == hash(plain(**hashable))
    assert asdict(b) == asdict(a)
    assert replace(b, score=1.0).score == 1.0
    if options.get("frozen"):
        with pytest.raises(FrozenInstanceError):
            b.score = 2.0
    if options.get("order"):
        assert lazy(code="a") < lazy(code="b")


def test_defaults_are_fresh_for_each_instance() -> None:
    _plain, lazy = pair()
    first, second = lazy(code="a"), lazy(code="b")
    first.tags.append("x")
    assert second.tags == []


def test_asking_for_the_fields_makes_the_class_without_an_instance() -> None:
    _plain, lazy = pair(frozen=True)
    assert not made(lazy)
    answer = dataclasses.is_dataclass(lazy)  # asked of the class: makes it
    assert answer
    assert [f.name for f in fields(lazy)] == ["code", "score", "tags", "note"]
    assert made(lazy)
    assert lazy(code="a") == lazy(code="a")


def test_a_record_inheriting_an_unused_record_takes_its_fields_first() -> None:
    @record(frozen=True)
    class Base:
        country: str
        rec: str = ""

    @record(frozen=True)
    class Child(Base):
        status: str = "unassessed"

    assert not made(Base) and not made(Child)
    child = Child("PL", "visa", "partial")
    assert (child.country, child.rec, child.status) == ("PL", "visa", "partial")
    assert made(Base) and made(Child)
    assert [f.name for f in fields(Child)] == ["country", "rec", "status"]
    assert Base("PL") == Base("PL", "")
    assert repr(child) == "test_a_record_inheriting_an_unused_record_takes_its_fields_first.<locals>.Child(" \
        "country='PL', rec='visa', status='partial')"


def test_a_plain_subclass_of_a_record_and_a_subclass_calling_super() -> None:
    @record
    class Base:
        code: str
        count: int = 0

    class Plain(Base):
        def total(self) -> int:
            return self.count * 2

    class Custom(Base):
        def __init__(self, code: str) -> None:
            super().__init__(code, count=3)
            self.extra = True

    assert Plain("a", 2).total() == 4
    custom = Custom("b")
    assert (custom.code, custom.count, custom.extra) == ("b", 3, True)
    assert Plain("a", 2) == Plain("a", 2)


def test_classes_it_cannot_defer_are_made_at_once() -> None:
    @record(frozen=True, slots=True)
    class Slotted:
        code: str

    @record
    class OwnInit:
        code: str

        def __init__(self, raw: str) -> None:
            self.code = raw.strip()

    assert "__slots__" in vars(Slotted) and made(Slotted)
    assert made(OwnInit)
    assert OwnInit(" a ") == OwnInit("a")


def test_copies_and_pickles_round_trip() -> None:
    value = Pickled(code="visa", tags=["x"])
    assert copy.copy(value) == value and copy.deepcopy(value) == value
    assert pickle.loads(pickle.dumps(value)) == value


@record(frozen=True)
class Pickled:
    code: str
    tags: list[str] = field(default_factory=list)


def test_threads_using_a_class_for_the_first_time_make_it_once() -> None:
    _plain, lazy = pair(frozen=True)
    barrier = threading.Barrier(8)
    results: list[Any] = []
    errors: list[BaseException] = []

    def use(n: int) -> None:
        try:
            barrier.wait()
            results.append(lazy(code=str(n)))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=use, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(r.code for r in results) == [str(n) for n in range(8)]
    assert all(r == lazy(code=r.code) for r in results)


def test_importing_the_data_layer_leaves_the_records_start_up_does_not_use_unmade() -> None:
    """What the decorator is for: the first screen does not pay for proposals, search pages, changes."""
    code = ("import db, db.review, db.search, db.ops\n"
            "made = lambda c: isinstance(vars(c).get('__dataclass_fields__'), dict)\n"
            "print(sorted(n for n, c in [('Proposal', db.review.Proposal), ('EvidencePage', db.search.EvidencePage),"
            " ('Change', db.ops.Change)] if made(c)))\n"
            "from db.queries import CellStatus\n"
            "print(made(CellStatus))\n")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.split("\n")[:2] == ["[]", "True"]  # CellStatus: made without __init__, so made at import
