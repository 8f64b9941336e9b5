"""README.md documents the whole command line and every export column.

The lists are derived from the parser and from tracker.exports, so a new
subcommand, option or column fails here until the README describes it.
Each failure lists exactly what is missing.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from tracker import exports
from tracker.cli import PROG, build_parser

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


# ---------------------------------------------------------------- derived from the code
def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Yield (command words, parser) for the program and every (nested) subcommand."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from walk(sub, (*path, name))


def is_leaf(parser: argparse.ArgumentParser) -> bool:
    return not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)


def subcommands() -> list[str]:
    """'init', 'evidence add', 'status set', ...: every runnable subcommand."""
    return [" ".join(path) for path, p in walk(build_parser()) if path and is_leaf(p)]


def options(*, top_level: bool = False) -> list[tuple[str, list[str]]]:
    """(where, option strings) for every option each subcommand shows in --help
    (or, with ``top_level``, the program's own options: the ones that open the app)."""
    found = []
    for path, parser in walk(build_parser()):
        if bool(path) == top_level:
            continue
        for action in parser._actions:
            if not action.option_strings or action.help == argparse.SUPPRESS:
                continue
            if isinstance(action, argparse._HelpAction):
                continue
            found.append((" ".join(path) or PROG, list(action.option_strings)))
    return found


def choices(*, top_level: bool = False) -> list[tuple[str, str]]:
    """(where, value) for every fixed choice a user types, e.g. export kinds and formats."""
    found: list[tuple[str, str]] = []
    for path, parser in walk(build_parser()):
        if bool(path) == top_level:
            continue
        for action in parser._actions:
            subcommand_list = isinstance(action, argparse._SubParsersAction)
            if action.choices and not subcommand_list and action.help != argparse.SUPPRESS:
                found.extend((" ".join(path) or PROG, str(c)) for c in action.choices)
    return found


def columns() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for kind, names in (
        ("scorecard", exports.SCORECARD_COLUMNS),
        ("assessments", exports.ASSESSMENT_COLUMNS),
        ("history", exports.HISTORY_COLUMNS),
        ("evidence", exports.EVIDENCE_COLUMNS),
    ):
        found.extend((kind, c) for c in names)
    return found


# ---------------------------------------------------------------- reading the README
def readme() -> str:
    if not README.exists():
        pytest.fail(f"{README} does not exist: it must document the command line and the export columns.")
    return README.read_text(encoding="utf-8")


def code_words(text: str) -> set[str]:
    """Words inside `code spans` and fenced code blocks, where names are documented."""
    fenced = re.findall(r"^(```|~~~).*?\n(.*?)^\1", text, flags=re.S | re.M)
    spans = re.findall(r"`([^`\n]+)`", re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.S | re.M))
    words: set[str] = set()
    for chunk in [body for _, body in fenced] + spans:
        words.update(re.findall(r"[A-Za-z_][A-Za-z0-9_-]*", chunk))
    return words


def mentions_option(text: str, option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def mentions_command(text: str, command: str) -> bool:
    words = r"\s+".join(map(re.escape, command.split()))
    return re.search(rf"(?:{re.escape(PROG)}\s+(?:\S+\s+)?{words}|`{words})(?![\w-])", text) is not None


def report(what: str, missing: list[str]) -> str:
    return f"README.md does not document {len(missing)} {what}:\n  " + "\n  ".join(missing)


# ---------------------------------------------------------------- the derivations themselves
def test_derived_lists_cover_what_the_design_names():
    assert {"init", "evidence add", "status set", "export", "check"} <= set(subcommands())
    opts = {(where, o) for where, strings in options() for o in strings}
    expected = {("evidence add", "--status"), ("status set", "--evidence"), ("export", "--as-of"), ("init", "--blank")}
    assert expected <= opts
    assert ("evidence add", "--help") not in opts and not any(where == PROG for where, _ in opts)
    assert (PROG, "--db") in {(where, o) for where, strings in options(top_level=True) for o in strings}
    assert {("export", "scorecard"), ("export", "json")} <= set(choices())
    assert ("assessments", "needs_review") in columns() and ("evidence", "archive_url") in columns()


def test_code_words_and_mentions_are_strict_enough():
    text = "Run `policy-tracker status set --db PATH`.\n\n```\nuid,country_code\n```\nThe --as-of date; a uid."
    assert {"uid", "country_code", "policy-tracker", "status", "set"} <= code_words(text)
    assert mentions_command(text, "status set")
    assert not mentions_command(text, "export")
    assert mentions_option(text, "--as-of") and not mentions_option(text, "--as")
    assert "date" not in code_words(text)  # prose does not count as documenting a column


# ---------------------------------------------------------------- the README
def test_readme_documents_every_subcommand():
    text = readme()
    missing = [f"{PROG} {c}" for c in subcommands() if not mentions_command(text, c)]
    assert not missing, report("subcommands", missing)


def missing_options(text: str, top_level: bool) -> list[str]:
    return [
        f"{where}: {' / '.join(strings)}"
        for where, strings in options(top_level=top_level)
        if not any(mentions_option(text, s) for s in strings)
    ]


def missing_choices(text: str, top_level: bool) -> list[str]:
    words = code_words(text)
    return [f"{where}: {value}" for where, value in choices(top_level=top_level) if value not in words]


def test_readme_documents_every_option_of_every_subcommand():
    missing = missing_options(readme(), top_level=False)
    assert not missing, report("subcommand options", missing)


def test_readme_documents_every_choice_of_every_subcommand():
    missing = missing_choices(readme(), top_level=False)
    assert not missing, report("subcommand choices (write them as `code`)", missing)


def test_readme_documents_the_programs_own_options():
    """``policy-tracker [--db PATH] ...`` without a subcommand opens the app: its
    options show in ``--help`` too, so the README names them."""
    text = readme()
    missing = missing_options(text, top_level=True) + missing_choices(text, top_level=True)
    assert not missing, report("options of policy-tracker itself (the app launcher)", missing)


def test_readme_documents_every_export_column():
    words = code_words(readme())
    missing = [f"{kind}: {name}" for kind, name in columns() if name not in words]
    assert not missing, report("export columns (write them as `code` or in a code block)", missing)
