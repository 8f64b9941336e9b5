"""The one definition of the letters search folds beyond FTS5's own.

FTS5's ``unicode61 remove_diacritics 2`` tokenizer drops accents that Unicode
decomposes (é, ó, ź, š…) but leaves letters whose stroke or ligature is part of
the letter (Ł, ø, ß, æ…), so "lodz" did not find "Łódź".  Python's sqlite3
cannot register a tokenizer, and an SQL function of ours inside the triggers
would break every other program writing the file (sqlite3 CLI, Datasette).  So
the index is fed text folded by nested built-in ``replace()`` calls
(:func:`fold_select`), and the query is folded by the same table in Python
(:func:`fold_text`).  Changing :data:`FOLDS` changes what is indexed: it needs
a migration that rebuilds the index.
"""

from __future__ import annotations

#: Letters unicode61 (remove_diacritics 2) leaves alone, checked by feeding it
#: each letter of Latin-1, Latin Extended-A/B and Latin Extended Additional,
#: with the plain letters they are searched as.  Case is kept (the tokenizer
#: folds case itself).
FOLDS: dict[str, str] = {
    "Æ": "AE", "æ": "ae", "Ǣ": "AE", "ǣ": "ae", "Ǽ": "AE", "ǽ": "ae",
    "Ð": "D", "ð": "d", "Đ": "D", "đ": "d",
    "Ø": "O", "ø": "o", "Ǿ": "O", "ǿ": "o",
    "Þ": "TH", "þ": "th",
    "ß": "ss", "ẞ": "SS",
    "Ħ": "H", "ħ": "h",
    "ı": "i",
    "Ĳ": "IJ", "ĳ": "ij",
    "Ŀ": "L", "ŀ": "l", "Ł": "L", "ł": "l",
    "ŉ": "n", "Ŋ": "N", "ŋ": "n",
    "Œ": "OE", "œ": "oe",
    "Ŧ": "T", "ŧ": "t",
    "ƀ": "b", "Ƶ": "Z", "ƶ": "z", "Ǥ": "G", "ǥ": "g",
    "Ǆ": "DZ", "ǅ": "Dz", "ǆ": "dz", "Ǳ": "DZ", "ǲ": "Dz", "ǳ": "dz",
    "Ǉ": "LJ", "ǈ": "Lj", "ǉ": "lj", "Ǌ": "NJ", "ǋ": "Nj", "ǌ": "nj",
}

_TABLE = str.maketrans(FOLDS)


def fold_text(text: str) -> str:
    """``text`` with :data:`FOLDS` applied: what a search query is matched as."""
    return text.translate(_TABLE)


#: Every letter of :data:`FOLDS` lies in this GLOB class (Æ U+00C6 to ǿ U+01FF, and ẞ U+1E9E).
_RANGE = "Æ-ǿẞ"
assert all("Æ" <= letter <= "ǿ" or letter == "ẞ" for letter in FOLDS)

#: SQLite's parser overflows at about 30 nested calls, so the replacements are
#: applied in layers of this many, one subquery per layer.
_LAYER = 20


def _layers() -> list[list[tuple[str, str]]]:
    """:data:`FOLDS` in layers of :data:`_LAYER` letters (letter, plain)."""
    letters = list(FOLDS.items())
    return [letters[start:start + _LAYER] for start in range(0, len(letters), _LAYER)]


def _replaced(column: str, layer: list[tuple[str, str]]) -> str:
    """``column`` with one layer's letters replaced: nested built-in ``replace()`` calls."""
    expr = f'"{column}"'
    for letter, plain in layer:
        expr = f"replace({expr}, '{letter}', '{plain}')"
    return expr


def _first(key: str, key_source: str | None) -> str:
    return f'"{key}"' if key_source is None else f'{key_source} AS "{key}"'


def fold_select(table: str, key: str, columns: tuple[str, ...], key_source: str | None = None) -> str:
    """A SELECT of ``key`` and each of ``columns`` of ``table`` with :data:`FOLDS` applied.

    Built-in ``replace()`` only, nested in layers of subqueries (SQLite
    flattens them, so ``WHERE key = ?`` on a view of it is a rowid lookup).
    ``key_source``: what ``key`` is read from (``rowid``), when it is not a column of that name.
    The search view's SQL, which every tracker stores and ``db.check`` compares: its text must not change.
    """
    sql = f"SELECT {_first(key, key_source)}, " + ", ".join(f'"{c}"' for c in columns) + f' FROM "{table}"'
    for layer in _layers():
        exprs = []
        for column in columns:
            # Text with none of this layer's letters (all English, Cyrillic or Polish text without Ł)
            # skips the calls, which cost about 70 µs a row: one GLOB pass instead.  Plain ASCII text (as
            # many bytes as letters) skips the GLOB too: matching a class of 20 letters at every position
            # of a long note cost 30 times what indexing it does (an import's index went 0.87 s -> 0.05 s
            # for 5,000 pieces of evidence).
            ascii_only = f'length(CAST("{column}" AS BLOB)) = length("{column}")'
            letters_here = "".join(letter for letter, _ in layer)
            # Cyrillic (and any text without Latin letters from Æ to ǿ, or ẞ) skips the class of 20 letters
            # after a GLOB on one range, about a quarter of its cost.
            found = (f"NOT {ascii_only} AND \"{column}\" GLOB '*[{_RANGE}]*'"
                     f" AND \"{column}\" GLOB '*[{letters_here}]*'")
            exprs.append(f'CASE WHEN {found} THEN {_replaced(column, layer)} ELSE "{column}" END AS "{column}"')
        sql = f'SELECT "{key}", ' + ", ".join(exprs) + f" FROM ({sql})"
    return sql


def fold_select_bulk(table: str, key: str, columns: tuple[str, ...], key_source: str | None = None) -> str:
    """:func:`fold_select`'s rows, checked once per value: for reading many rows at once (an import's index).

    The same text for every input (``tests/db/test_fold.py`` checks it), so an index fed by either can be kept by
    the other.  :func:`fold_select`, the search view every tracker stores and ``db.check`` compares, tests each
    layer's letters in that layer; once SQLite flattens the layers into one expression, each layer repeats the
    one below it some four times, so a value was read ~30 times (an import's index cost 13 times the indexing).
    Here the replacement layers read the value once each, and one test outside them decides whether to use them
    (plain ASCII, or no letter in the range of :data:`FOLDS`: the value as it is).
    """
    raw = ", ".join(f'"{c}" AS "as written {c}"' for c in columns)
    kept = ", ".join(f'"as written {c}"' for c in columns)
    sql = f"SELECT {_first(key, key_source)}, {raw}, " + ", ".join(f'"{c}"' for c in columns) + f' FROM "{table}"'
    for layer in _layers():
        exprs = [f'{_replaced(column, layer)} AS "{column}"' for column in columns]
        sql = f'SELECT "{key}", {kept}, ' + ", ".join(exprs) + f" FROM ({sql})"
    chosen = []
    for column in columns:
        written = f'"as written {column}"'
        plain = f"length(CAST({written} AS BLOB)) = length({written}) OR NOT {written} GLOB '*[{_RANGE}]*'"
        chosen.append(f'CASE WHEN {plain} THEN {written} ELSE "{column}" END AS "{column}"')
    return f'SELECT "{key}", ' + ", ".join(chosen) + f" FROM ({sql})"
