"""The architecture's layers, checked from the source code (AST) on every test run.

The rules, over the project's own modules (``db/``, ``tracker/``, ``main.py``;
not ``tests/`` or ``bench/``):

(a) **Only ``db/`` touches the database.**  Elsewhere: no call named
    ``execute``/``executemany``/``executescript``/``query``, no
    ``sqlite3.connect`` and no ``apsw`` or ``sqlite_utils`` import, no
    ``.db``/``.conn`` attribute (the ``Tracker.db`` handle) on anything, and no
    string literal that reads as an SQL statement (upper-case keywords, as all
    SQL here is written: ``SELECT … FROM``, ``INSERT INTO``, ``UPDATE x SET``,
    ``DELETE FROM``, ``PRAGMA x``, ``CREATE``/``DROP TABLE|TRIGGER|INDEX|VIEW``).
    Docstrings are not checked.  Catching ``sqlite3.Error`` is allowed, and so
    is ``args.db`` (the command line's ``--db PATH`` option, a file name).
(b) **Only ``tracker/ui/`` imports Qt** (``PySide6``, ``shiboken6``), lazily
    inside a function or not.  Non-UI code does not import ``tracker.ui``
    either, with TWO exceptions: ``tracker/cli.py`` and ``tracker/launcher.py``
    may import ``tracker.ui.*`` *inside a function* (``policy-tracker`` with no
    subcommand opens the window; ``report --format pdf`` draws with Qt).  So the command line's
    other subcommands, the exports and the data layer still run without Qt.
(c) **``db/`` imports nothing from ``tracker``**, lazily or not.
(d) **No ``from module import _private``** of another project module:
    a private name is private to its module.
(e) **No import cycles** between project modules, counting the imports that
    run when a module is first imported (module level and class bodies, not
    inside functions and not under ``if TYPE_CHECKING:``).  A cycle closed
    only by an import *inside a function* is reported too, at that import:
    deferring the import hides the cycle from Python, not from the design
    (``db.ops -> db.store -> db.ops`` was one).  Imports under
    ``if TYPE_CHECKING:`` never run and never count.

Each violation is reported as ``path:line: what``.  Run this file directly
(``python tests/test_layering.py``) to print the list.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("db", "tracker")
SOURCE_FILES = ("main.py",)

SQL_CALLS = frozenset({"execute", "executemany", "executescript", "query"})
DB_ATTRIBUTES = frozenset({"db", "conn"})
QT_PACKAGES = frozenset({"PySide6", "shiboken6"})
SQL_PACKAGES = frozenset({"apsw", "sqlite_utils"})
#: The argparse result's conventional name: ``args.db`` is the ``--db PATH`` option.
ARGPARSE_NAMESPACE = "args"
#: Non-UI files allowed to import tracker.ui lazily (inside a function), and why.
UI_LAUNCHERS = {"tracker/cli.py": "starts the window and the PDF renderer",
                "tracker/launcher.py": "opens the window without the command line's parser"}

SQL_STATEMENT = re.compile(
    r"\bSELECT\b[\s\S]*?\bFROM\b"
    r"|\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b"
    r"|\bUPDATE\s+[\"'`\[]?\w+[\"'`\]]?\s+SET\b"
    r"|\bDELETE\s+FROM\b"
    r"|\bPRAGMA\s+\w+"
    r"|\b(?:CREATE|DROP)\s+(?:(?:UNIQUE|TEMP|TEMPORARY|VIRTUAL)\s+)?(?:TABLE|TRIGGER|INDEX|VIEW)\b"
)


@dataclass(frozen=True, order=True)
class Violation:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


@dataclass(frozen=True)
class Import:
    """One imported module (already resolved to an absolute dotted name)."""

    module: str
    names: tuple[str, ...]  # for ``from module import a, b``; empty for ``import module``
    line: int
    lazy: bool  # inside a function: runs only when called
    type_only: bool  # under ``if TYPE_CHECKING:``: never runs


# ---------------------------------------------------------------- reading the tree
def module_name(path: str) -> str:
    """``db/ops.py`` → ``db.ops``; ``tracker/ui/__init__.py`` → ``tracker.ui``."""
    parts = list(Path(path).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_sources(root: Path = ROOT) -> dict[str, str]:
    """Every project source file, as ``{posix path relative to root: text}``."""
    files = [p for d in SOURCE_DIRS for p in sorted((root / d).rglob("*.py"))]
    files += [root / f for f in SOURCE_FILES if (root / f).exists()]
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in files}


def _resolve(path: str, node: ast.ImportFrom) -> str:
    """The absolute module a ``from … import`` names, relative imports included."""
    if not node.level:
        return node.module or ""
    package = module_name(path).split(".")
    if not path.endswith("__init__.py"):
        package.pop()
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


@functools.cache
def _parse(path: str, text: str) -> ast.Module:
    """Each file is parsed once, however many rules read it."""
    return ast.parse(text, filename=path)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


@functools.cache
def imports(path: str, text: str) -> tuple[Import, ...]:
    """Every import in a file, noting whether it runs at import time."""
    found: list[Import] = []
    # (node, inside a function, under TYPE_CHECKING); children are visited in source order.
    stack: list[tuple[ast.AST, bool, bool]] = [(_parse(path, text), False, False)]
    while stack:
        node, lazy, type_only = stack.pop()
        if isinstance(node, ast.Import):
            found += [Import(a.name, (), node.lineno, lazy, type_only) for a in node.names]
            continue
        if isinstance(node, ast.ImportFrom):
            names = tuple(a.name for a in node.names)
            found.append(Import(_resolve(path, node), names, node.lineno, lazy, type_only))
            continue
        if isinstance(node, ast.Call) and (target := _import_call_target(node)):
            found.append(Import(target, (), node.lineno, True, type_only))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            lazy = True
        children: list[tuple[ast.AST, bool, bool]]
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            children = [(c, lazy, True) for c in node.body]
            children += [(c, lazy, type_only) for c in node.orelse]
        else:
            children = [(c, lazy, type_only) for c in ast.iter_child_nodes(node)]
        stack += reversed(children)
    return tuple(sorted(found, key=lambda i: i.line))


def _import_call_target(call: ast.Call) -> str | None:
    """``importlib.import_module("x")`` / ``__import__("x")`` with a literal name."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name in ("import_module", "__import__") and call.args:
        arg = call.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
    return None


def _docstring_nodes(nodes: Iterable[ast.AST]) -> set[int]:
    """ids of the string constants that are docstrings (not checked for SQL)."""
    found: set[int] = set()
    for node in nodes:
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _string_text(node: ast.AST) -> str | None:
    """The text of a string literal; an f-string's fields read as ``x``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "x" for v in node.values
        )
    return None


def _top(module: str) -> str:
    return module.split(".")[0]


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


# ---------------------------------------------------------------- the per-file rules
def check_source(path: str, text: str) -> list[Violation]:
    """Rules (a)–(d) for one file; ``path`` is relative to the project root (``tracker/foo.py``)."""
    me = module_name(path)
    in_db = _within(me, "db")
    in_ui = _within(me, "tracker.ui")
    found: list[Violation] = []

    def report(node_or_line: ast.AST | int, what: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else getattr(node_or_line, "lineno", 0)
        found.append(Violation(path, line, what))

    for imp in imports(path, text):
        target = imp.module
        if _top(target) in QT_PACKAGES and not in_ui:
            report(imp.line, f"imports {target} (Qt) outside tracker/ui/")
        if _within(target, "tracker.ui") and not in_ui:
            if path in UI_LAUNCHERS and imp.lazy:
                pass  # the documented exception
            elif path in UI_LAUNCHERS:
                report(imp.line, f"imports {target} at module level; {path} may import the UI only inside a function")
            elif not in_db:  # db/ gets the (c) message below
                report(imp.line, f"imports {target} (the Qt UI) from non-UI code")
        if in_db and _top(target) == "tracker":
            report(imp.line, f"db/ imports {target}: the data layer must not depend on tracker")
        if not in_db and _top(target) in SQL_PACKAGES:
            report(imp.line, f"imports {target} outside db/: database access belongs in db/")
        if not in_db and target == "sqlite3" and "connect" in imp.names:
            report(imp.line, "imports sqlite3.connect outside db/")
        private = [n for n in imp.names if n.startswith("_") and not n.startswith("__")]
        if private and target != me and _is_project(target):
            report(imp.line, f"imports private name(s) {', '.join(private)} from {target}")

    if not in_db:
        nodes = list(ast.walk(_parse(path, text)))
        skip = _docstring_nodes(nodes)
        # An f-string is checked whole; its literal parts are not checked again.
        skip |= {id(v) for node in nodes if isinstance(node, ast.JoinedStr) for v in node.values}
        for node in nodes:
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                if name in SQL_CALLS:
                    report(node, f"calls {name}(): SQL runs only in db/")
                elif (
                    name == "connect"
                    and isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Name)
                    and func.value.id in ("sqlite3", "apsw")
                ):
                    report(node, f"calls {func.value.id}.connect(): only db/ opens database connections")
            elif isinstance(node, ast.Attribute) and node.attr in DB_ATTRIBUTES and not _is_cli_option(node):
                report(node, f"uses .{node.attr} (the database handle) outside db/")
            elif isinstance(node, (ast.Constant, ast.JoinedStr)) and id(node) not in skip:
                text_value = _string_text(node)
                match = SQL_STATEMENT.search(text_value) if text_value else None
                if match:
                    report(node, f"SQL statement in a string ({_short(match.group())!r}): SQL belongs in db/")
    return found


def _is_cli_option(node: ast.Attribute) -> bool:
    """``args.db``: the command line's ``--db PATH`` option (argparse), a file name, not the handle."""
    return isinstance(node.value, ast.Name) and node.value.id == ARGPARSE_NAMESPACE


def _is_project(module: str) -> bool:
    return _top(module) in SOURCE_DIRS or module in {module_name(f) for f in SOURCE_FILES}


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- import cycles
def import_graph(sources: Mapping[str, str], *, lazy: bool = False) -> dict[str, dict[str, tuple[str, int]]]:
    """``{module: {imported project module: (path, line)}}`` for the imports that run at import time.

    With ``lazy``, imports inside functions count too (never those under ``if TYPE_CHECKING:``).
    ``from pkg import name`` points at ``pkg.name`` when that is a module, else at ``pkg``.
    """
    modules = {module_name(p): p for p in sources}
    graph: dict[str, dict[str, tuple[str, int]]] = {m: {} for m in modules}
    for path, text in sources.items():
        me = module_name(path)
        for imp in sorted(imports(path, text), key=lambda i: i.lazy):
            if (imp.lazy and not lazy) or imp.type_only:
                continue
            targets = [f"{imp.module}.{n}" if f"{imp.module}.{n}" in modules else imp.module for n in imp.names]
            for target in targets or [imp.module]:
                if target in modules and target != me:
                    graph[me].setdefault(target, (path, imp.line))
    return graph


def find_cycles(graph: Mapping[str, Mapping[str, object]]) -> list[list[str]]:
    """One cycle (``[a, b, …, a]``) per strongly connected group of modules, found with Tarjan's algorithm."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, {})):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [_cycle_in(graph, group) for group in groups]


def _cycle_in(graph: Mapping[str, Mapping[str, object]], group: set[str]) -> list[str]:
    """A shortest cycle through the group's first module (breadth-first search)."""
    start = min(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v]):
            if w == start:
                return [*paths[v], start]
            if w in group and w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover - a strongly connected group has one


def check_cycles(sources: Mapping[str, str]) -> list[Violation]:
    """Rule (e): cycles of module-level imports, then cycles closed only by an import inside a function.

    A function-level import that closes a cycle is a workaround, not a layer:
    it is reported too, at the lazy import, so the design can be untangled.
    """
    eager = import_graph(sources)
    found = []
    for cycle in find_cycles(eager):
        path, line = eager[cycle[0]][cycle[1]]
        found.append(Violation(path, line, f"import cycle: {' -> '.join(cycle)}"))
    in_eager_cycle = {m for cycle in find_cycles(eager) for m in cycle}
    full = import_graph(sources, lazy=True)
    for cycle in find_cycles(full):
        if set(cycle) <= in_eager_cycle:
            continue
        edges = list(pairwise(cycle))
        lazy_edges = [(a, b) for a, b in edges if b not in eager[a]] or edges
        path, line = full[lazy_edges[0][0]][lazy_edges[0][1]]
        found.append(Violation(path, line, f"import cycle through an import inside a function: {' -> '.join(cycle)}"))
    return found


def check_tree(sources: Mapping[str, str]) -> list[Violation]:
    """Every rule over a whole tree of ``{path: source}``."""
    found = [v for path, text in sources.items() for v in check_source(path, text)]
    return sorted(found + check_cycles(sources))


def format_violations(violations: list[Violation]) -> str:
    return "\n".join(str(v) for v in violations)


# ---------------------------------------------------------------- the real tree
def test_the_project_keeps_its_layers() -> None:
    violations = check_tree(project_sources())
    if violations:
        pytest.fail(f"{len(violations)} layering violation(s):\n{format_violations(violations)}", pytrace=False)


# ---------------------------------------------------------------- the checker itself can fail
def only(source: str, path: str) -> list[str]:
    return [str(v) for v in check_source(path, source)]


def test_qt_outside_the_ui_is_reported_even_when_imported_lazily() -> None:
    assert only("from PySide6.QtCore import Qt\n", "tracker/foo.py") == [
        "tracker/foo.py:1: imports PySide6.QtCore (Qt) outside tracker/ui/"
    ]
    lazy = "def f():\n    import shiboken6\n"
    assert only(lazy, "db/foo.py") == ["db/foo.py:2: imports shiboken6 (Qt) outside tracker/ui/"]
    dynamic = "import importlib\ndef f():\n    importlib.import_module('PySide6.QtGui')\n"
    assert only(dynamic, "tracker/foo.py") == ["tracker/foo.py:3: imports PySide6.QtGui (Qt) outside tracker/ui/"]
    assert only("from PySide6.QtCore import Qt\n", "tracker/ui/foo.py") == []


def test_the_ui_from_non_ui_code_only_lazily_from_the_cli() -> None:
    assert only("from tracker.ui.app import run\n", "tracker/exports.py") == [
        "tracker/exports.py:1: imports tracker.ui.app (the Qt UI) from non-UI code"
    ]
    assert only("from .ui import app\n", "tracker/cli.py") == [
        "tracker/cli.py:1: imports tracker.ui at module level; tracker/cli.py may import the UI only inside a function"
    ]
    assert only("def main():\n    from .ui.app import run\n", "tracker/cli.py") == []
    assert only("def main():\n    from .ui.app import run\n", "tracker/reports.py") == [
        "tracker/reports.py:2: imports tracker.ui.app (the Qt UI) from non-UI code"
    ]


def test_sql_outside_db_is_reported() -> None:
    assert only('def f(t):\n    t.db.execute("SELECT 1")\n', "tracker/bar.py") == [
        "tracker/bar.py:2: calls execute(): SQL runs only in db/",
        "tracker/bar.py:2: uses .db (the database handle) outside db/",
    ]
    assert only("import sqlite3\nc = sqlite3.connect('x.db')\n", "tracker/bar.py") == [
        "tracker/bar.py:2: calls sqlite3.connect(): only db/ opens database connections"
    ]
    assert only("from sqlite_utils import Database\n", "tracker/bar.py") == [
        "tracker/bar.py:1: imports sqlite_utils outside db/: database access belongs in db/"
    ]
    assert only("x = window.conn\n", "tracker/ui/bar.py") == [
        "tracker/ui/bar.py:1: uses .conn (the database handle) outside db/"
    ]
    assert only("print(args.db)\n", "tracker/cli.py") == []  # the --db PATH option
    for sql in (
        "SELECT code FROM countries",
        "INSERT INTO meta VALUES (1)",
        "INSERT OR REPLACE INTO meta VALUES (1)",
        'UPDATE "evidence" SET title = 1',
        "DELETE FROM history",
        "PRAGMA foreign_keys",
        "CREATE UNIQUE INDEX i ON t (c)",
        "DROP TRIGGER t",
    ):
        assert len(only(f"q = {sql!r}\n", "tracker/bar.py")) == 1, sql
    assert len(only('q = f"SELECT {cols} FROM {table}"\n', "tracker/bar.py")) == 1
    assert only('def f(t):\n    t.db.execute("SELECT 1")\n', "db/bar.py") == []


def test_ordinary_words_and_docstrings_are_not_sql() -> None:
    source = '''
"""Module doc: SELECT code FROM countries is how db/ reads it."""
def f():
    """We DELETE FROM nothing here."""
    return [
        "Select a country from the list.",
        "Update the status, then set a rationale.",
        "Insert into the matrix",
        "delete from the tracker",
        "Create table of contents",
        "Pragmatic choices",
    ]
'''
    assert only(source, "tracker/bar.py") == []


def test_db_must_not_import_tracker() -> None:
    assert only("from tracker.scoring import weighted_score\n", "db/foo.py") == [
        "db/foo.py:1: db/ imports tracker.scoring: the data layer must not depend on tracker"
    ]
    assert only("def f():\n    import tracker.ui.app\n", "db/foo.py") == [
        "db/foo.py:2: db/ imports tracker.ui.app: the data layer must not depend on tracker"
    ]


def test_private_names_from_other_modules_are_reported() -> None:
    assert only("from .store import _connect, Tracker\n", "db/ops.py") == [
        "db/ops.py:1: imports private name(s) _connect from db.store"
    ]
    assert only("from db.store import __all__\n", "db/ops.py") == []
    assert only("from os import _exit\n", "tracker/foo.py") == []  # not a project module


def test_import_cycles_are_reported_with_their_path() -> None:
    sources = {
        "db/a.py": "from . import b\n",
        "db/b.py": "import db.c\n",
        "db/c.py": "\n\nfrom db.a import thing\n",
        # Closed by an import inside a function: reported at that import.
        "db/d.py": "import db.e\n",
        "db/e.py": "def f():\n    from db import d\n",
        # Imports for type checking never run: no cycle.
        "db/f.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from db.g import x\n",
        "db/g.py": "from db import f\n",
    }
    assert [str(v) for v in check_tree(sources)] == [
        "db/a.py:1: import cycle: db.a -> db.b -> db.c -> db.a",
        "db/e.py:2: import cycle through an import inside a function: db.d -> db.e -> db.d",
    ]


def test_the_failure_message_lists_every_violation_as_path_line_what() -> None:
    sources = {
        "tracker/foo.py": "from PySide6.QtCore import Qt\n",
        "tracker/bar.py": 'def f(t):\n    return t.db.execute("SELECT 1")\n',
    }
    assert format_violations(check_tree(sources)).splitlines() == [
        "tracker/bar.py:2: calls execute(): SQL runs only in db/",
        "tracker/bar.py:2: uses .db (the database handle) outside db/",
        "tracker/foo.py:1: imports PySide6.QtCore (Qt) outside tracker/ui/",
    ]


def test_module_names_and_relative_imports_resolve() -> None:
    assert module_name("tracker/ui/__init__.py") == "tracker.ui"
    assert module_name("main.py") == "main"
    tree = "from .. import errors\nfrom ..store import Tracker\nfrom . import x\n"
    expected = ["tracker", "tracker.store", "tracker.importer"]
    assert [i.module for i in imports("tracker/importer/engine.py", tree)] == expected
    assert [i.module for i in imports("tracker/importer/__init__.py", tree)] == [
        "tracker", "tracker.store", "tracker.importer"
    ]


if __name__ == "__main__":
    found = check_tree(project_sources())
    print(format_violations(found) or "No layering violations.")
    sys.exit(1 if found else 0)
