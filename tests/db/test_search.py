"""Search and the evidence list's pages: folding, keyset paging equal to a full sort, lazy counts."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
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
    return t.db.execute("SELECT rowid FROM evidence WHERE uid = ?", [uid]).fetchone()[0]


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
    """Every match (search_evidence, newest first), sorted in Python by the key and id (uid in a group sort)."""
    uids = {e.uid for e in search_evidence(t, f)}
    key = SORT_KEYS[sort][0]
    tie = "e.uid" if sort in search.GROUP_SORTS else "e.rowid"
    rows = t.db.execute(f"SELECT e.uid, {key}, {tie} FROM evidence e").fetchall()
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
        tracker.db.execute("DELETE FROM evidence WHERE uid NOT IN (SELECT evidence_uid FROM assessment_evidence)")
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
        search_page(tracker, sort="shoe size")


def test_evidence_for_cell_newest_first_with_a_limit(tracker: Tracker) -> None:
    for day in ("2024-01-03", "2024-01-01", "2024-01-02"):
        add(tracker, day, event_date=day, countries=["NO"], recommendations=["tps"])
    assert [e.title for e in search.evidence_for_cell(tracker, "NO", "tps", limit=2)] == ["2024-01-03", "2024-01-02"]
    assert search.count_evidence_for_cell(tracker, "NO", "tps") == 3


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.sampled_from(["2024-01-01", "2024-02-01", "2023-12-31"]),
                               st.sampled_from([("NO", "tps"), ("PL", "visa"), ("NO", "visa")]),
                               st.booleans(), st.booleans()), min_size=1, max_size=12),
       limit=st.integers(min_value=1, max_value=8))
def test_the_cell_details_lines_and_count_are_what_the_full_items_say(
    tracker: Tracker, plan: list[tuple[str, tuple[str, str], bool, bool]], limit: int
) -> None:
    """The details dock lists a cell's newest evidence from a lighter read: the same pieces, in the same order,
    with the same dates, titles, sources, notes and attachment names (archived ones left out)."""
    for n, (day, cell, attached, archived) in enumerate(plan):
        uid = add(tracker, f"Item {n}", event_date=day, countries=[cell[0]], recommendations=[cell[1]],
                  publisher=f"Pub {n % 3}", notes=f"note {n}" if n % 2 else None,
                  attachment=ops.Attachment(f"file{n}.pdf", b"%PDF") if attached else None)
        if archived:
            ops.archive_evidence(tracker, uid)
    for country, rec in [("NO", "tps"), ("PL", "visa"), ("NO", "visa"), ("FR", "visa")]:
        full = search.evidence_for_cell(tracker, country, rec, limit=limit)
        lines = search.cell_evidence_lines(tracker, country, rec, limit=limit)
        assert [(e.uid, e.event_date, e.title, e.url, e.publisher, e.source_kind, e.notes, e.attachment_name)
                for e in full] == [tuple(line) for line in lines]
        assert search.count_evidence_for_cell(tracker, country, rec) == \
            len(search.evidence_for_cell(tracker, country, rec))
        assert search.count_evidence_for_cell(tracker, country, rec, include_archived=True) == \
            len(search.evidence_for_cell(tracker, country, rec, include_archived=True))
    for e in search.evidence_for_cell(tracker, "NO", "tps"):
        ops.archive_evidence(tracker, e.uid)  # the tracker fixture is shared by the examples: start each clean
    for e in search.evidence_for_cell(tracker, "PL", "visa") + search.evidence_for_cell(tracker, "NO", "visa"):
        ops.archive_evidence(tracker, e.uid)


# ---------------------------------------------------------------- words: prefixes spelled out as the index's terms
VOCAB = ["gov", "government", "governments", "governor", "Policy", "police", "Łódź", "lodzianin", "straße", "news1",
         "example", "ab", "a", "x1", "x12", "x123", "Zürich"]
SEPARATORS = [" ", " ", "-", ".", ", ", "/"]


def _tokens_py(text: str) -> list[str]:
    """The index's tokens of text made of VOCAB and SEPARATORS: folded, accents off, lower case, split."""
    plain = "".join(c for c in unicodedata.normalize("NFD", fold_text(text)) if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", plain.lower())


def _brute_force(t: Tracker, text: str) -> set[str]:
    """The uids whose title, notes, publisher or url has each typed word: its tokens in a row, the last as a prefix."""
    words = [w for w in (_tokens_py(w) for w in text.split()) if w]
    found = set()
    for uid, *columns in t.db.execute("SELECT uid, title, notes, publisher, url FROM evidence"):
        fields = [_tokens_py(c or "") for c in columns]
        if words and all(any(
            tokens[i:i + len(w) - 1] == w[:-1] and tokens[i + len(w) - 1].startswith(w[-1])
            for tokens in fields for i in range(len(tokens) - len(w) + 1)
        ) for w in words):
            found.add(uid)
    return found


_phrase = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=6).flatmap(
    lambda ws: st.lists(st.sampled_from(SEPARATORS), min_size=len(ws), max_size=len(ws)).map(
        lambda seps: "".join(w + s for w, s in zip(ws, seps, strict=True)).strip()))
_typed_word = st.one_of(
    st.tuples(st.sampled_from(VOCAB), st.integers(1, 12), st.booleans()).map(
        lambda v: v[0][:v[1]].upper() if v[2] else v[0][:v[1]]),
    st.sampled_from(["news1.ex", "news1.example", "gov-pol", "x1.x12", "-", "lodz", "LODZIANIN", "strass", "zzz",
                     "zur"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_phrase, st.one_of(st.none(), _phrase), st.one_of(st.none(), _phrase)), max_size=20),
       queries=st.lists(st.lists(_typed_word, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4),
       max_terms=st.sampled_from([1, 2, 50]))
def test_words_find_what_a_brute_force_search_finds(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, str | None, str | None]],
    queries: list[str], max_terms: int,
) -> None:
    """Each word matches as a prefix of a word (folded), a word with punctuation as a phrase; the same
    as FTS5's own prefix query, whether the words' terms are spelled out or (past MAX_TERMS) not."""
    monkeypatch.setattr(search, "MAX_TERMS", max_terms)
    with tracker.atomic():
        tracker.db.execute("DELETE FROM evidence WHERE uid NOT IN (SELECT evidence_uid FROM assessment_evidence)")
        for title, notes, publisher in rows:
            add(tracker, title, notes=notes, publisher=publisher,
                url=f"https://news1.example.org/{_tokens_py(title)[0]}" if notes else None)
    for text in queries:
        f = EvidenceFilter(text=text, include_archived=True)
        got = {e.uid for e in search_evidence(tracker, f)}
        native = {r[0] for r in tracker.db.execute(
            "SELECT e.uid FROM evidence_fts CROSS JOIN evidence e ON e.rowid = evidence_fts.rowid"
            " WHERE evidence_fts MATCH ?", [search.fts_query(text)])}
        assert got == _brute_force(tracker, text) == native, text
        assert count_evidence(tracker, f) == len(got)
        page = search_page(tracker, f, limit=3)
        assert {e.uid for e in page.items} <= got and len(page.items) == min(3, len(got))


def test_a_common_word_is_read_as_its_terms_not_merged(tracker: Tracker) -> None:
    """What makes a common word's first page cheap: its prefix becomes the index's exact terms."""
    add(tracker, "Government decree", notes="governments and governors")
    add(tracker, "Łódź office")
    assert search.match_query(tracker, "GOVERN") == '("government" OR "governments" OR "governors")'
    assert search.match_query(tracker, "Łód") == '("lodz")'
    assert search.match_query(tracker, "go lodz") == '"go"* AND ("lodz")'  # two letters: the prefix index
    assert search.match_query(tracker, "qqq") == '"qqq"*'  # no such term: matches nothing, cheaply
    assert search.match_query(tracker, "- decree") == '("decree")'
    assert search.match_query(tracker, "-") == search.fts_query("-")
    assert titles(tracker, "lodz") == ["Łódź office"] and titles(tracker, "gov dec") == ["Government decree"]


def test_the_prefix_index_is_what_the_search_expects() -> None:
    """match_query leaves one- and two-letter words to the index's prefix indexes."""
    from db.schema import SEARCH_TABLE_SQL

    assert "prefix='1 2'" in SEARCH_TABLE_SQL and search._INDEXED_PREFIX == 2


def test_words_are_found_in_a_read_only_tracker(tracker_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        add(t, "Government decree")
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:
        assert titles(t, "governm") == ["Government decree"]


def test_what_search_remembers_follows_every_change_to_the_file(tracker_path: Path) -> None:
    """Typing, paging and counting one search read the index once; any write, here or elsewhere, is seen."""
    with Tracker.open(tracker_path, user="Alice") as t, Tracker.open(tracker_path, user="Bob") as other:
        add(t, "Government decree")
        f = EvidenceFilter(text="gov")
        assert [e.title for e in search_page(t, f).items] == ["Government decree"] and count_evidence(t, f) == 1
        add(t, "Governance review", event_date="2023-01-01")  # this connection
        assert titles(t, "gov") == ["Government decree", "Governance review"] and count_evidence(t, f) == 2
        add(other, "Governor's letter", event_date="2022-01-01")  # another connection's commit
        assert titles(t, "gov") == ["Government decree", "Governance review", "Governor's letter"]
        assert count_evidence(t, f) == 3 and count_evidence(t, f, cap=1) == 2
        with pytest.raises(RuntimeError), t.atomic():  # rolled back: never found
            add(t, "Governing body")
            assert titles(t, "governi") == ["Governing body"]
            raise RuntimeError
        assert titles(t, "governi") == [] and count_evidence(t, EvidenceFilter(text="governi")) == 0
        ops.delete_evidence(other, search_evidence(other, EvidenceFilter(text="governor"))[0].uid)
        assert count_evidence(t, f) == 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.lists(st.tuples(st.sampled_from(["2023-01-01", "2023-02-01", "2023-03-01", "2024-01-01"]),
                            st.sampled_from(["alpha", "alphabet", "beta", "Alpha beta"]), st.booleans(),
                            st.sampled_from(["PL", "DE"])), max_size=30),
    descending=st.booleans(), page=st.integers(1, 7), chunk=st.sampled_from([1, 2, 5, 4096]),
    flt=st.fixed_dictionaries({"text": st.sampled_from(["alpha", "alp beta"])},
                              optional={"include_archived": st.booleans(), "countries": st.just(["PL"])}),
)
def test_a_date_walk_gives_the_pages_a_full_sort_gives(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, data: list[tuple[str, str, bool, str]], descending: bool,
    page: int, chunk: int, flt: dict[str, Any],
) -> None:
    """Many matches sorted by date: the date index is walked a chunk at a time (a small chunk runs out of
    budget, and the matches are sorted after all); either way the pages are the full sort's."""
    monkeypatch.setattr(search, "_WALK_CHUNK", chunk)
    with tracker.atomic():
        tracker.db.execute("DELETE FROM evidence WHERE uid NOT IN (SELECT evidence_uid FROM assessment_evidence)")
        for date, title, archived, country in data:
            uid = add(tracker, title, event_date=date, countries=[country])
            if archived:
                ops.archive_evidence(tracker, uid)
    f = EvidenceFilter(**flt)
    got: list[str] = []
    after = None
    for _ in range(100):
        p = search_page(tracker, f, descending=descending, after=after, limit=page)
        assert p.sort == "date"
        got.extend(e.uid for e in p.items)
        after = p.after
        if after is None:
            break
    assert got == _expected(tracker, f, "date", descending)


def test_the_date_walk_is_taken_when_matches_are_many_and_near(tracker: Tracker) -> None:
    for day in range(1, 29):
        add(tracker, "alpha" if day > 8 else "beta", event_date=f"2024-02-{day:02d}")
    plan = search._plan(tracker, EvidenceFilter(text="alpha"))
    newest = search._newest(tracker, plan.text[1][0]) if plan.text else []
    walked = search._walk_dates(tracker, plan, newest, True, None, 3, "e.*")
    assert walked is not None and [r["event_date"] for r in walked] == ["2024-02-28", "2024-02-27", "2024-02-26"]
    few = search._newest(tracker, search.match_query(tracker, "beta"))
    assert search._walk_dates(tracker, plan, few[:2], True, None, 3, "e.*") is None  # two matches: sort them


def test_a_dropped_and_repaired_index_is_searched_afresh(tracker: Tracker) -> None:
    from db.check import repair_tracker

    add(tracker, "Government decree")
    assert titles(tracker, "govern") == ["Government decree"]
    tracker.db.execute("DROP TABLE evidence_fts")
    with pytest.raises(sqlite3.OperationalError):  # not an answer remembered from before
        titles(tracker, "govern")
    assert repair_tracker(tracker)
    assert titles(tracker, "govern") == ["Government decree"] and check_tracker(tracker) == []
