"""The search fold's two SQL forms give the same text: the view every tracker stores, and the bulk read an import
indexes through (``db.fold``). An index fed by one is kept by the other, so any difference would corrupt it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from db.fold import FOLDS, fold_select, fold_select_bulk, fold_text

COLUMNS = ("title", "notes")
#: Plain ASCII, every folded letter, letters unicode61 folds itself, Cyrillic, Greek and ẞ's neighbours.
LETTERS = "abc XYZ-'.,0 " + "".join(FOLDS) + "ŁłóźŚęąÅåÉéÖöÜü" + "БеларусьЎўЇїЁё" + "ΑλφαẞẝẟǾǿÆ"
texts = st.one_of(st.none(), st.text(alphabet=LETTERS, max_size=40))


def folded_both_ways(rows: Sequence[tuple[str | None, str | None]]) -> tuple[list[tuple], list[tuple]]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE evidence (title TEXT, notes TEXT)")
    conn.executemany("INSERT INTO evidence VALUES (?, ?)", rows)
    view = conn.execute(fold_select("evidence", "id", COLUMNS, "rowid") + ' ORDER BY "id"').fetchall()
    bulk = conn.execute(fold_select_bulk("evidence", "id", COLUMNS, "rowid") + ' ORDER BY "id"').fetchall()
    conn.close()
    return view, bulk


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(texts, texts), min_size=1, max_size=20))
def test_the_bulk_fold_gives_the_text_the_search_view_gives(rows: list[tuple[str | None, str | None]]) -> None:
    view, bulk = folded_both_ways(rows)
    assert bulk == view
    assert [r[1:] for r in bulk] == [tuple(None if v is None else fold_text(v) for v in row) for row in rows]


def test_every_folded_letter_alone_and_in_words() -> None:
    rows = [(letter, f"Łódź {letter}straße") for letter in FOLDS] + [("plain", None), ("Беларусь", "Ўсё")]
    view, bulk = folded_both_ways(rows)
    assert bulk == view
    assert bulk[0][1:] == (fold_text(next(iter(FOLDS))), fold_text(f"Łódź {next(iter(FOLDS))}straße"))


def test_an_import_reads_each_row_once_by_its_rowid_range() -> None:
    """The bulk read is a rowid range, not a scan of every row (an import into a big tracker)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE evidence (title TEXT, notes TEXT)")
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT * FROM (" + fold_select_bulk("evidence", "id", COLUMNS, "rowid")
                        + ") WHERE id >= ? AND id < ?", [1, 10]).fetchall()
    assert [step[3] for step in plan] == ["SEARCH evidence USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)"]


def test_the_search_view_every_tracker_stores_keeps_its_text() -> None:
    """Every tracker stores the view's SQL and ``db.check`` compares it with ``SEARCH_VIEW_SQL``: a change to
    ``fold_select``'s text would report every existing tracker's index as damaged, unless a migration replaced
    the view. (Pinned when the bulk fold was added beside it, stop 13.)"""
    import hashlib

    from db.schema import SEARCH_VIEW_SQL

    digest = hashlib.sha256(SEARCH_VIEW_SQL.encode()).hexdigest()
    assert digest == "66aae0e3279e2ac0c29b0c062a7b6c6e4af1aae425ab61d7431eb1eab4d5f5c2"
