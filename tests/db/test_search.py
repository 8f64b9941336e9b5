"""Search and the evidence list's pages: folding, keyset paging equal to a full sort, lazy counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from db import Tracker, ops, search
from db.check import check_tracker
from db.fold import FOLDS, fold_text
from db.schema import migrations
from db.search import SORT_KEYS, EvidenceFilter, count_evidence, search_evidence, search_page


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


def titles(t: Tracker, text: str) -> list[str | None]:
    return [e.title for e in search_evidence(t, EvidenceFilter(text=text))]


def add(t: Tracker, title: str, **kw: Any) -> str:
    kw.setdefault("event_date", "2024-01-01")
    kw.setdefault("countries", ["PL"])
    kw.setdefault("recommendations", ["visa"])
    return uid_of(ops.add_evidence(t, title=title, **kw))


# ---------------------------------------------------------------- folding
@pytest.mark.parametrize(
    "stored, typed",
    [("Łódź consulate", "lodz"), ("Łódź consulate", "ŁÓDŹ"), ("Wiener Straße", "strasse"),
     ("Wiener Straße", "straße"), ("Færøerne", "faeroerne"), ("Đakovo", "dakovo"), ("Þingvellir", "thingvellir"),
     ("Œuvre", "oeuvre"), ("Ħamrun", "hamrun"), ("Diyarbakır", "diyarbakir"), ("København", "kobenhavn")],
)
def test_letters_unicode61_leaves_alone_are_folded(tracker: Tracker, stored: str, typed: str) -> None:
    add(tracker, stored)
    assert titles(tracker, typed) == [stored]
    assert count_evidence(tracker, EvidenceFilter(text=typed)) == 1


def test_folding_applies_to_notes_publisher_and_url_and_follows_edits(tracker: Tracker) -> None:
    uid = add(tracker, "Decree", notes="Signed in Gdańsk and Łomża", publisher="Głos")
    assert titles(tracker, "lomza glos") == ["Decree"]
    ops.edit_evidence(tracker, uid, notes="Signed in Białystok")
    assert titles(tracker, "lomza") == [] and titles(tracker, "bialystok") == ["Decree"]
    ops.delete_evidence(tracker, uid)
    assert titles(tracker, "bialystok") == []
    assert check_tracker(tracker) == []


def test_every_fold_is_plain_letters_and_agrees_with_sql(tracker: Tracker) -> None:
    assert all(plain.isascii() and plain.isalpha() for plain in FOLDS.values())
    text = "".join(FOLDS)
    row = tracker.db.execute("SELECT title FROM evidence_search WHERE id = ?", [_id(tracker, add(tracker, text))])
    assert row.fetchone()[0] == fold_text(text)


def _id(t: Tracker, uid: str) -> int:
    return t.db.execute("SELECT id FROM evidence WHERE uid = ?", [uid]).fetchone()[0]


# ---------------------------------------------------------------- migration
def test_a_tracker_with_the_old_index_is_migrated_and_search_folds(tmp_path: Path) -> None:
    path = tmp_path / "old.tracker"
    with Tracker.create(path, user="Alice"):
        pass
    # Make it as m001 left it: the unfolded index, and only m001 recorded as applied.
    conn = sqlite3.connect(path)
    db = Database(conn)
    for name in ("evidence_ai", "evidence_ad", "evidence_bu", "evidence_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("DROP TABLE evidence_fts")
    db.execute("DROP VIEW evidence_search")
    db.table("evidence").enable_fts(["title", "notes", "publisher", "url"], create_triggers=True,
                                    tokenize="unicode61 remove_diacritics 2")
    db.execute("INSERT INTO evidence (uid, event_date, title, recorded_by, recorded_at, updated_at)"
               " VALUES ('00000000-0000-0000-0000-000000000001', '2024-01-01', 'Łódź office', 'x', 'x', 'x')")
    db.execute("DELETE FROM _sqlite_migrations WHERE name LIKE 'm003%'")
    conn.commit()
    assert db.execute("SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'lodz'").fetchone()[0] == 0
    conn.close()
    with Tracker.open(path, user="Alice") as t:
        assert not migrations.pending(t.db)
        assert titles(t, "lodz") == ["Łódź office"]
        assert check_tracker(t) == []


# ---------------------------------------------------------------- keyset pages
WORDS = ["alpha", "beta", "Łódź", "straße", "gamma", "delta"]
SORTS = list(SORT_KEYS)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _nocase(v: Any) -> Any:
    """SQLite's NOCASE: ASCII letters only."""
    return v.translate(_ASCII_LOWER) if isinstance(v, str) else v


def _expected(t: Tracker, f: EvidenceFilter, sort: str, descending: bool) -> list[str]:
    """Every match (search_evidence, newest first), sorted in Python by the key and id."""
    uids = {e.uid for e in search_evidence(t, f)}
    key = SORT_KEYS[sort][0]
    rows = t.db.execute(f"SELECT e.uid, {key}, e.id FROM evidence e").fetchall()
    chosen = [(_nocase(k), i, u) for u, k, i in rows if u in uids]
    chosen.sort(reverse=descending)
    return [u for _, _, u in chosen]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.lists(
        st.tuples(
            st.sampled_from(["2023-01-01", "2023-06-01", "2024-01-01"]),
            st.one_of(st.none(), st.sampled_from(WORDS), st.sampled_from(["Beta", "ALPHA b", "a"])),
            st.sampled_from(["PL", "DE", "FR"]),
            st.one_of(st.none(), st.sampled_from(["Gazeta", "gazeta", "Times"])),
            st.sampled_from(["media", "official"]),
            st.booleans(),
        ),
        max_size=25,
    ),
    sort=st.sampled_from(SORTS),
    descending=st.booleans(),
    page=st.integers(1, 7),
    cap=st.sampled_from([0, 3, 10_000]),
    flt=st.fixed_dictionaries({}, optional={
        "text": st.sampled_from(["alpha", "lodz", "b", "strasse gamma"]),
        "countries": st.just(["PL"]),
        "source_kinds": st.just(["media"]),
        "date_from": st.just("2023-06-01"),
        "include_archived": st.booleans(),
    }),
)
def test_keyset_pages_equal_a_full_sort(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, data: list[tuple[Any, ...]], sort: str, descending: bool,
    page: int, cap: int, flt: dict[str, Any],
) -> None:
    monkeypatch.setattr(search, "DRIVER_CAP", cap)
    with tracker.atomic():
        tracker.db.execute("DELETE FROM evidence WHERE id NOT IN (SELECT evidence_id FROM assessment_evidence)")
        for date, title, country, publisher, kind, archived in data:
            uid = uid_of(ops.add_evidence(tracker, event_date=date, title=title,
                                          url=None if title else "https://x.org/a",
                                          countries=[country], recommendations=["visa"], publisher=publisher,
                                          source_kind=kind))
            if archived:
                ops.archive_evidence(tracker, uid)
    f = EvidenceFilter(**flt)
    got: list[str] = []
    after = None
    used = sort
    for _ in range(100):
        p = search_page(tracker, f, sort=sort, descending=descending, after=after, limit=page)
        used = p.sort
        got.extend(e.uid for e in p.items)
        after = p.after
        if after is None:
            break
    assert got == _expected(tracker, f, used, descending)
    assert used == sort or (used == "recorded" and f.text)  # words with too many matches: index order
    assert count_evidence(tracker, f) == len(got)
    assert count_evidence(tracker, f, cap=2) == min(len(got), 3)


def test_a_sort_key_that_does_not_exist_is_refused(tracker: Tracker) -> None:
    with pytest.raises(ValueError):
        search_page(tracker, sort="countries")


def test_evidence_for_cell_newest_first_with_a_limit(tracker: Tracker) -> None:
    for day in ("2024-01-03", "2024-01-01", "2024-01-02"):
        add(tracker, day, event_date=day, countries=["NO"], recommendations=["tps"])
    assert [e.title for e in search.evidence_for_cell(tracker, "NO", "tps", limit=2)] == ["2024-01-03", "2024-01-02"]
    assert search.count_evidence_for_cell(tracker, "NO", "tps") == 3
