"""CPU time of the evidence search's first page, per query, on one tracker (issue 10, figure 4).

    cp bench/.cache/tracker-ev1m-*-md394d94193.db /tmp/h1/t1m.db    # never the cached file itself
    .venv/bin/python bench/search_probe.py /tmp/h1/t1m.db [--reps 5] [--seed 1] [--also-count] [--compare]
        [--cold] [--query TEXT ...]

Opens the tracker (upgrading it in place if its schema is older: use a copy,
never a cached benchmark file; the upgrade's time is printed), then for each
query of bench/_app_child.py's list runs what the evidence list does for its
first page (``search_page``: date, newest first, 200 rows, items built) once to
warm the cache and ``--reps`` more times as if typed anew (db.search's memo of
recent queries emptied), and prints the median and worst CPU time
(``time.process_time``: other processes on the machine do not count), then
once more with the memo kept ("again": a refresh, the count, the next page).
``--compare`` also times each query as it ran before :func:`db.search.match_query`
(FTS5's own prefix queries; the rest of today's db.search still helps it).
``--cold`` opens a new connection for each run (SQLite's page cache empty, as
for the app's first search).  ``--also-count`` times the capped count the status
bar asks for after the page.  To time a checkout from before issue 10, copy this
file, bench/make_tracker.py and bench/_source.py into its bench/ (no --compare).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

if TYPE_CHECKING:
    from bench.make_tracker import rare_words_in
else:
    from make_tracker import rare_words_in

from db import search
from db.search import EvidenceFilter, count_evidence, search_page
from db.store import Tracker

COUNT_CAP = 10_000  # tracker.ui.evidence_view.COUNT_CAP


def rare_in(path: Path, seed: int) -> list[str]:
    """Two of the generator's rare words that occur in the tracker."""
    return rare_words_in(path, seed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tracker", type=Path)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--also-count", action="store_true")
    ap.add_argument("--cold", action="store_true",
                    help="a new connection for each run: SQLite's page cache empty (the OS's still warm)")
    ap.add_argument("--compare", action="store_true", help="also time FTS5's own prefix queries (before)")
    ap.add_argument("--query", action="append", help="time these queries instead of the benchmark's list")
    args = ap.parse_args()
    rare = rare_in(args.tracker, args.seed)
    t0, c0 = time.perf_counter(), time.process_time()
    t = Tracker.open(args.tracker, user="probe")
    print(f"open (incl. any upgrade): {time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU")
    queries = args.query or [
        "government", "government policy", "gov", "ministry decree", "Łódź", "lodz", *rare,
        f"government {rare[0]}" if rare else "government zzzzqqqq", "sanctions regime Lukashenka", "zzzzqqqq",
        # beyond the benchmark's list: prefixes typed one letter at a time, and more common words together
        "g", "go", "gove", "governm", "government policy announced", "the", "t", "https", "news1",
    ]
    # db.search before issue 10 has no match_query and no memo: time such a checkout without --compare.
    spelled = getattr(search, "match_query", None)
    memo: dict[Any, Any] = getattr(search, "_MEMOS", {})

    def native(_t: Tracker, text: str) -> str:  # what db.search did before match_query: FTS5's prefix queries
        return search.fts_query(text)

    ways = {"before": native, "after": spelled} if args.compare else {"ms": spelled}
    worst = dict.fromkeys(ways, 0.0)
    head = "".join(f"{w + ' med':>11}{w + ' max':>11}" for w in ways) + f"{'again':>8}"
    print(f"{'query':40} {'rows':>5} {'sort':>9}{head}" + ("  count (ms)" if args.also_count else ""))
    for q in queries:
        flt = EvidenceFilter(text=q)
        cols = ""
        page = None
        for way, fn in ways.items():
            if args.compare:
                search.match_query = fn  # type: ignore[assignment]
            page = search_page(t, flt, limit=200)  # warm
            times = []
            for _ in range(args.reps):
                memo.clear()  # a query typed for the first time (db.search remembers the last few)
                if args.cold:
                    t.close()
                    t = Tracker.open(args.tracker, user="probe")
                c = time.process_time()
                page = search_page(t, flt, limit=200)
                times.append((time.process_time() - c) * 1000)
            med = statistics.median(times)
            worst[way] = max(worst[way], med)
            cols += f"{med:11.1f}{max(times):11.1f}"
        if args.compare:
            search.match_query = spelled  # type: ignore[assignment]
        c = time.process_time()
        search_page(t, flt, limit=200)
        cols += f"{(time.process_time() - c) * 1000:8.1f}"
        assert page is not None
        line = f"{q:40} {len(page.items):5} {page.sort:>9}{cols}"
        if args.also_count:
            memo.clear()
            search_page(t, flt, limit=200)  # the count comes after the page, as in the app
            c = time.process_time()
            n = count_evidence(t, flt, cap=COUNT_CAP)
            line += f"  {n if n <= COUNT_CAP else str(COUNT_CAP) + '+'} ({(time.process_time() - c) * 1000:.0f})"
        print(line, flush=True)
    print("worst median:", ", ".join(f"{w} {v:.1f} ms CPU" for w, v in worst.items()))
    t.close()


if __name__ == "__main__":
    main()
