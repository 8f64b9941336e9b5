"""The evidence list's keys: pages by every column (countries and recommendations too), from either end, jumps."""

from __future__ import annotations

import random
from typing import Any

import pytest

from db import Tracker, ops, search
from db.search import (
    SORT_KEYS,
    EvidenceFilter,
    count_evidence,
    evidence_by_ids,
    known_count,
    search_evidence,
    search_keys,
)

COUNTRIES = ["PL", "DE", "FR", "LT", "EE"]
RECS = ["visa", "tps", "students", "antiwar", "sanctions"]  # the default codebook's order
SORTS = [s for s in SORT_KEYS if s != "recorded"]
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fill(t: Tracker, n: int = 90, seed: int = 3) -> None:
    """Evidence with many ties (dates, titles, publishers) and several countries and recommendations each."""
    rnd = random.Random(seed)
    with t.atomic():
        for i in range(n):
            title = rnd.choice([None, "Alpha", "alpha", "Beta", f"Item {i % 7}"])
            uid = ops.add_evidence(
                t, event_date=rnd.choice(["2023-01-01", "2023-06-01", "2024-01-01"]), title=title,
                url=None if title and i % 2 else f"https://x.org/{i % 5}",
                countries=rnd.sample(COUNTRIES, rnd.randint(1, 3)),
                recommendations=rnd.sample(RECS, rnd.randint(1, 3)),
                publisher=rnd.choice([None, "Gazeta", "gazeta", "Times"]),
                source_kind=rnd.choice(["media", "official"]),
            ).uid
            if i % 11 == 0 and uid:
                ops.archive_evidence(t, uid)


def expected(t: Tracker, f: EvidenceFilter, sort: str, descending: bool) -> list[int]:
    """Every match's id in the list's order, worked out in Python from the items themselves.

    Ties are broken by id, or by uid in a group sort (the order the links' indexes hold)."""
    ids = dict(t.db.execute("SELECT uid, rowid FROM evidence").fetchall())
    position = dict(t.db.execute("SELECT code, position FROM recommendations").fetchall())

    def key(e: search.EvidenceItem) -> Any:
        return {
            "date": e.event_date,
            "title": (e.title or e.url or "").translate(_ASCII_LOWER),
            "publisher": (e.publisher or "").translate(_ASCII_LOWER),
            "kind": e.source_kind,
            "link": e.url or "",
            "countries": min(e.countries),
            "recommendations": min((position[r], r) for r in e.recommendations),
        }[sort]

    tie = (lambda e: e.uid) if sort in search.GROUP_SORTS else (lambda e: ids[e.uid])
    rows = sorted(((key(e), tie(e), ids[e.uid]) for e in search_evidence(t, f)), reverse=descending)
    return [i for _, _, i in rows]


def walk(t: Tracker, f: EvidenceFilter, sort: str, descending: bool, size: int) -> list[int]:
    got: list[int] = []
    after = None
    while True:
        page = search_keys(t, f, sort=sort, descending=descending, after=after, limit=size)
        got.extend(k[1] for k in page.keys)
        if len(page.keys) < size:
            return got
        after = page.keys[-1]


FILTERS = [EvidenceFilter(), EvidenceFilter(include_archived=True), EvidenceFilter(source_kinds=["media"]),
           EvidenceFilter(countries=["FR"], date_from="2023-06-01")]


@pytest.mark.parametrize("driver_cap", [0, 20_000], ids=["walk", "driven"])
@pytest.mark.parametrize("sort", SORTS)
def test_pages_of_keys_by_every_column_equal_a_full_sort(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, sort: str, driver_cap: int
) -> None:
    """Ties broken by id (uid in a group sort), page boundaries inside ties, both ways, with and without
    filters; a small DRIVER_CAP walks the indexes (the big-list path), a big one sorts the filtered set."""
    monkeypatch.setattr(search, "DRIVER_CAP", driver_cap)
    fill(tracker)
    for f in FILTERS:
        for descending in (False, True):
            want = expected(tracker, f, sort, descending)
            assert len(want) > 7  # more than one page
            assert walk(tracker, f, sort, descending, 7) == want, (f, descending)
            # From the other end: the reversed order's first page is this order's last.
            last = search_keys(tracker, f, sort=sort, descending=not descending, limit=5).keys
            assert [k[1] for k in reversed(last)] == want[-5:]


@pytest.mark.parametrize("jump_walk", [0, 5_000], ids=["index-skip", "walk"])
@pytest.mark.parametrize("sort", SORTS)
def test_a_jump_skips_rows_from_a_known_key(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, sort: str, jump_walk: int
) -> None:
    """Skipping by the index alone and subtracting the archived rows passed lands where walking does."""
    monkeypatch.setattr(search, "DRIVER_CAP", 0)
    monkeypatch.setattr(search, "JUMP_WALK", jump_walk)
    fill(tracker)
    f = EvidenceFilter()
    for descending in (False, True):
        want = expected(tracker, f, sort, descending)
        keys = search_keys(tracker, f, sort=sort, descending=descending, limit=len(want)).keys
        for start, skip in ((None, 1), (None, 13), (None, 40), (10, 1), (10, 25), (3, len(want)), (20, 50)):
            after = None if start is None else keys[start]
            first = 0 if start is None else start + 1
            got = search_keys(tracker, f, sort=sort, descending=descending, after=after, limit=6, offset=skip).keys
            assert [k[1] for k in got] == want[first + skip:first + skip + 6], (start, skip, descending)


def test_the_count_is_free_and_exact_without_a_filter(tracker: Tracker) -> None:
    fill(tracker)
    assert known_count(tracker) == count_evidence(tracker) == len(search_evidence(tracker))
    everything = EvidenceFilter(include_archived=True)
    assert known_count(tracker, everything) == count_evidence(tracker, everything)
    assert known_count(tracker, EvidenceFilter(text="alpha")) is None
    assert known_count(tracker, EvidenceFilter(source_kinds=["media"])) is None


def test_evidence_by_ids_reads_only_what_is_there(tracker: Tracker) -> None:
    fill(tracker, 5)
    ids = [i for (i,) in tracker.db.execute("SELECT rowid FROM evidence ORDER BY rowid")]
    items = evidence_by_ids(tracker, [*ids[:3], 999_999])
    assert list(items) == ids[:3]
    uids = dict(tracker.db.execute("SELECT rowid, uid FROM evidence").fetchall())
    assert all(items[i].uid == uids[i] for i in ids[:3])


def test_archived_evidence_stays_hidden_once_there_is_some(tracker: Tracker) -> None:
    """With none archived the list skips the archived test (the tally says so); the first archive brings it back."""
    uid = ops.add_evidence(tracker, event_date="2024-01-01", title="Gone soon", countries=["PL"],
                           recommendations=["visa"]).uid
    assert uid
    before = walk(tracker, EvidenceFilter(), "title", False, 3)
    ops.archive_evidence(tracker, uid)
    after = walk(tracker, EvidenceFilter(), "title", False, 3)
    assert len(after) == len(before) - 1 == known_count(tracker)
