"""The evidence list sorted by country or recommendation: ties by uid, pages by (key, uid), each row once."""

from __future__ import annotations

import random
from typing import Any

import pytest

from db import Tracker, ops, search
from db.search import GROUP_SORTS, EvidenceFilter, count_evidence, search_evidence, search_keys, search_page

COUNTRIES = ["PL", "DE", "FR"]
RECS = ["visa", "tps", "students"]


def fill(t: Tracker, n: int = 70, seed: int = 7) -> None:
    """Few groups, so most rows tie on their group with many others; some archived."""
    rnd = random.Random(seed)
    with t.atomic():
        for i in range(n):
            uid = ops.add_evidence(
                t, event_date="2024-01-01", title=f"Item {i}", countries=rnd.sample(COUNTRIES, rnd.randint(1, 2)),
                recommendations=rnd.sample(RECS, rnd.randint(1, 2)), source_kind=rnd.choice(["media", "ngo"]),
            ).uid
            if i % 9 == 0 and uid:
                ops.archive_evidence(t, uid)


def in_order(t: Tracker, f: EvidenceFilter, sort: str, descending: bool) -> list[tuple[Any, str]]:
    """Every match as (group key, uid), in the list's order, worked out from the items in Python."""
    position = dict(t.db.execute("SELECT code, position FROM recommendations").fetchall())

    def key(e: search.EvidenceItem) -> Any:
        if sort == "countries":
            return min(e.countries)
        pos, code = min((position[r], r) for r in e.recommendations)
        return f"{pos:010d}:{code}"

    return sorted(((key(e), e.uid) for e in search_evidence(t, f)), reverse=descending)


def pages(t: Tracker, f: EvidenceFilter, sort: str, descending: bool, size: int) -> list[list[search.Key]]:
    out: list[list[search.Key]] = []
    after = None
    while True:
        keys = search_keys(t, f, sort=sort, descending=descending, after=after, limit=size).keys
        out.append(keys)
        if len(keys) < size:
            return out
        after = keys[-1]


FILTERS = [EvidenceFilter(), EvidenceFilter(include_archived=True), EvidenceFilter(source_kinds=["media"]),
           EvidenceFilter(countries=["FR"]), EvidenceFilter(recommendations=["tps"], include_archived=True)]


@pytest.mark.parametrize("driver_cap", [0, 20_000], ids=["walk", "driven"])
@pytest.mark.parametrize("sort", GROUP_SORTS)
def test_group_sort_pages_hold_every_row_once_in_key_then_uid_order(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, sort: str, driver_cap: int
) -> None:
    """Both ways, page boundaries inside a group's ties: the rows are the matches, each once, by (key, uid);
    the keys carry the uid and the id the rows are read by."""
    monkeypatch.setattr(search, "DRIVER_CAP", driver_cap)
    fill(tracker)
    uid_of = dict(tracker.db.execute("SELECT rowid, uid FROM evidence").fetchall())
    for f in FILTERS:
        for descending in (False, True):
            want = in_order(tracker, f, sort, descending)
            got = [k for page in pages(tracker, f, sort, descending, 6) for k in page]
            assert len(want) > 12 and len({k[2] for k in got}) == len(got)  # several pages, no row twice
            assert [(k[0], k[2]) for k in got] == want, (f, descending)
            assert all(uid_of[k[1]] == k[2] for k in got)
            # The same rows from the other end, and the full rows (search_page) in the same order as the keys.
            back = [k for page in pages(tracker, f, sort, not descending, 5) for k in page]
            assert back[::-1] == got
            assert count_evidence(tracker, f) == len(got)
            items: list[str] = []
            after = None
            while True:
                page = search_page(tracker, f, sort=sort, descending=descending, after=after, limit=8)
                items.extend(e.uid for e in page.items)
                if page.after is None:
                    break
                after = page.after
            assert items == [k[2] for k in got]


@pytest.mark.parametrize("jump_walk", [0, 5_000], ids=["index-skip", "walk"])
@pytest.mark.parametrize("sort", GROUP_SORTS)
def test_a_jump_in_a_group_sort_lands_where_paging_does(
    tracker: Tracker, monkeypatch: pytest.MonkeyPatch, sort: str, jump_walk: int
) -> None:
    """An offset from a known key (or the start) skips exactly that many rows, archived ones left out."""
    monkeypatch.setattr(search, "DRIVER_CAP", 0)
    monkeypatch.setattr(search, "JUMP_WALK", jump_walk)
    fill(tracker)
    f = EvidenceFilter()
    for descending in (False, True):
        keys = [k for page in pages(tracker, f, sort, descending, 7) for k in page]
        for start, skip in ((None, 1), (None, 30), (4, 1), (4, 17), (20, 9), (2, len(keys))):
            after = None if start is None else keys[start]
            first = 0 if start is None else start + 1
            got = search_keys(tracker, f, sort=sort, descending=descending, after=after, limit=5, offset=skip).keys
            assert got == keys[first + skip:first + skip + 5], (start, skip, descending)


@pytest.mark.parametrize("sort", GROUP_SORTS)
def test_a_key_without_its_uid_still_pages_on(tracker: Tracker, sort: str) -> None:
    """search_page hands back (key, id, uid); a caller's own (key, id) is completed from the id."""
    fill(tracker)
    first = search_page(tracker, sort=sort, descending=False, limit=10)
    assert first.after is not None and len(first.after) == 3
    full = search_page(tracker, sort=sort, descending=False, after=first.after, limit=10)
    short = search_page(tracker, sort=sort, descending=False, after=first.after[:2], limit=10)
    assert [e.uid for e in short.items] == [e.uid for e in full.items]


@pytest.mark.parametrize("sort", GROUP_SORTS)
def test_a_page_deep_in_a_big_group_reads_only_its_rows(tracker: Tracker, sort: str) -> None:
    """A page costs what it shows, not its group: the links' index is read from the last key's uid on."""
    with tracker.atomic():
        for i in range(1500):
            ops.add_evidence(tracker, event_date="2024-01-01", title=f"Row {i}", countries=["PL"],
                             recommendations=["visa"])
    steps = [0]

    def counted() -> int:
        steps[0] += 1
        return 0

    tracker.db.conn.set_progress_handler(counted, 50)
    try:
        keys = search_keys(tracker, sort=sort, descending=False, limit=1000).keys
        steps[0] = 0
        search_keys(tracker, sort=sort, descending=False, after=keys[-1], limit=10)
        deep = steps[0]
        steps[0] = 0
        search_keys(tracker, sort=sort, descending=False, limit=1500)
        whole = steps[0]
    finally:
        tracker.db.conn.set_progress_handler(None, 0)
    assert deep * 20 < whole, (deep, whole)


def test_a_country_filter_counts_from_the_links_alone_when_nothing_is_archived(tracker: Tracker) -> None:
    """With nothing to test on the evidence itself the count is the links' distinct uids; once some is archived,
    the archived are left out again."""
    with tracker.atomic():
        for i in range(12):
            ops.add_evidence(tracker, event_date="2024-01-01", title=f"Row {i}", countries=["DE", "PL"][: 1 + i % 2],
                             recommendations=["visa", "tps"][: 1 + i % 3 // 2])
    both, de = EvidenceFilter(countries=["PL", "DE"]), EvidenceFilter(countries=["DE"])
    assert count_evidence(tracker, both) == len(search_evidence(tracker, both)) >= 12  # each once, not per link
    assert count_evidence(tracker, de) == len(search_evidence(tracker, de)) >= 12
    assert count_evidence(tracker, de, cap=3) == 4
    before = count_evidence(tracker, de)
    ops.archive_evidence(tracker, search_page(tracker, de, sort="countries").items[0].uid)
    assert count_evidence(tracker, de) == len(search_evidence(tracker, de)) == before - 1
