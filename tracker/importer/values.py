"""Splitting list cells into known names, and the small value helpers the engine shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

#: The most adjacent pieces of a list cell joined back into one name ("Korea, Republic of").
MAX_JOINED = 8


def split_list(text: str, recognise: Callable[[str], Any]) -> tuple[list[Any], list[str]]:
    """Split a list cell into recognised items and unrecognised ones.

    The rule: a cell that is one known name as a whole is that one item.
    Otherwise, if it contains ``|`` (what our exports write), it is split on
    ``|`` only.  Otherwise it is split on ``;``, and pieces that are not known
    names are split again on ``,``; adjacent pieces are joined back when
    together they form a known name, so "Korea, Republic of, France" is two
    countries.  Empty items are ignored.
    """
    text = text.strip()
    if not text:
        return [], []
    whole = recognise(text)
    if whole is not None:
        return [whole], []
    if "|" in text:
        found: list[Any] = []
        bad: list[str] = []
        for piece in text.split("|"):
            part = piece.strip()
            if not part:
                continue
            tok = recognise(part)
            if tok is None:
                bad.append(part)
            else:
                found.append(tok)
        return found, bad
    return _split_on(text, recognise, (";", ","))


def _split_on(text: str, recognise: Callable[[str], Any], seps: tuple[str, ...]) -> tuple[list[Any], list[str]]:
    for i, sep in enumerate(seps):
        if sep not in text:
            continue
        pieces = text.split(sep)
        found: list[Any] = []
        bad: list[str] = []
        j, n = 0, len(pieces)
        while j < n:
            if not pieces[j].strip():
                j += 1
                continue
            for k in range(min(n, j + MAX_JOINED), j, -1):
                tok = recognise(sep.join(pieces[j:k]).strip())
                if tok is not None:
                    found.append(tok)
                    j = k
                    break
            else:
                sub_found, sub_bad = _split_on(pieces[j].strip(), recognise, seps[i + 1 :])
                found.extend(sub_found)
                bad.extend(sub_bad)
                j += 1
        return found, bad
    tok = recognise(text)
    return ([tok], []) if tok is not None else ([], [text])


def same_text(stored: Any, cell: str | None) -> bool:
    """Stored text that differs from a (trimmed) cell only by surrounding spaces is unchanged.

    Imports trim every cell, as the app's forms do; text stored with
    surrounding spaces (a title taken from the notes' first line, another
    tool) is not an edit to write back.
    """
    return isinstance(stored, str) and stored.strip() == (cell or "")


def shown(items: Iterable[str]) -> str:
    """Items quoted for a message, each cut to 60 characters."""
    return ", ".join(repr(i if len(i) <= 60 else i[:57] + "...") for i in items)


def dup_key(date: str, url: str | None, title: str | None, cells: str) -> int:
    """The duplicate key of evidence: a 64-bit hash of (date, URL or else title ignoring case, cells)."""
    return hash((date, url or "", "" if url else (title or "").casefold(), cells))


def cells_text(cells: Iterable[tuple[str, str]]) -> list[str]:
    """Cells as sorted 'CC:rec' strings, the form duplicate keys use."""
    return sorted(f"{c}:{r}" for c, r in cells)
