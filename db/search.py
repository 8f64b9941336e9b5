"""Evidence search and the evidence list's pages: as fast with a million pieces of evidence as with ten.

Why it is shaped like this:

* A page is found by *keyset* (``key <= ? AND (key < ? OR id < ?) ... ORDER BY
  key DESC, id DESC LIMIT n``), never by OFFSET, so the last page costs what
  the first does.  Every sortable column has an index (``db.schema.SORT_INDEXES``).
* Nothing ranks every match (bm25 did): matches come newest first, or by the
  column the list is sorted by.
* Each query is *driven* by the smallest set it can find cheaply: the words'
  matches, a country or recommendation filter, a date range or a source kind,
  each sized by counting at most :data:`DRIVER_CAP` of it.  A set that small
  is read whole and sorted; when every set is bigger, the list walks the sort
  column's index and tests each row (a country is one index probe), so a
  page stops as soon as it is full.  Words matching more than
  :data:`DRIVER_CAP` pieces of evidence cannot be tested row by row (an FTS5
  prefix query merges its whole doclist on every call), so those results
  come from the index itself, most recently recorded first
  (``EvidencePage.sort == "recorded"``).
* Counting is separate (:func:`count_evidence`, with a ``cap``), so a page
  never waits for a count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import ops, validate
from .core import TrackerCore
from .fold import fold_text

Cell = tuple[str, str]

#: Below this many candidates a set is read whole and sorted (a few ms); above
#: it, the list walks an index instead.
DRIVER_CAP = 20_000

#: What the evidence list can be sorted by: the SQL of each key, and the index
#: that walks it in order (None: the rowid itself).  "recorded" is the order
#: evidence was added in.
SORT_KEYS: dict[str, tuple[str, str | None]] = {
    "date": ("e.event_date", "evidence_event_date"),
    "title": ("coalesce(e.title, e.url, '') COLLATE NOCASE", "evidence_sort_title"),
    "publisher": ("coalesce(e.publisher, '') COLLATE NOCASE", "evidence_sort_publisher"),
    "kind": ("e.source_kind", "evidence_sort_kind"),
    "link": ("coalesce(e.url, '')", "evidence_sort_link"),
    "recorded": ("e.id", None),
}


@dataclass(frozen=True)
class EvidenceItem:
    uid: str
    event_date: str
    title: str | None
    url: str | None
    archive_url: str | None
    accessed_on: str | None
    publisher: str | None
    source_kind: str
    language: str | None
    notes: str | None
    countries: tuple[str, ...]
    recommendations: tuple[str, ...]
    cells: tuple[Cell, ...]
    recorded_by: str
    recorded_at: str
    updated_at: str
    archived: bool
    attachment_name: str | None = None


@dataclass
class EvidenceFilter:
    """What the evidence view and ``search_evidence`` filter on; empty means 'any'."""

    text: str = ""
    countries: Sequence[str] = ()
    group: str | None = None
    recommendations: Sequence[str] = ()
    date_from: str | None = None
    date_to: str | None = None
    source_kinds: Sequence[str] = ()
    include_archived: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


#: Where a page stops: the sort key's value and the id of its last row.
Key = tuple[Any, int]


@dataclass(frozen=True)
class EvidencePage:
    """One page of the evidence list, and where the next one starts."""

    items: list[EvidenceItem]
    after: Key | None  # pass back as ``after`` for the next page; None: this was the last
    sort: str  # the order used: the one asked for, or "recorded" (see the module's notes)
    descending: bool


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, as a prefix.

    Folded as the index is (:func:`db.fold.fold_text`), so "lodz" and "Łódź" are one word.
    """
    # Control characters separate words too: a NUL would cut the query short in SQLite.
    words = re.findall(r"[^\s\"\x00-\x1f\x7f]+", fold_text(text))
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


# ---------------------------------------------------------------- planning
@dataclass
class _Plan:
    """A filter as SQL: tests each row can take, and the sets that could drive the query."""

    tests: list[tuple[str, str, list[Any]]]  # (name, condition on e, params)
    drivers: list[tuple[str, str, list[Any]]]  # (name, SELECT ... AS id, params)
    text: tuple[str, list[Any]] | None  # the words' driver, which is never a test
    empty: bool = False


def _plan(t: TrackerCore, f: EvidenceFilter) -> _Plan:
    plan = _Plan([], [], None)
    if f.text.strip():
        query = fts_query(f.text)
        if query:
            plan.text = ("SELECT rowid AS id FROM evidence_fts WHERE evidence_fts MATCH ?", [query])
    if not f.include_archived:
        plan.tests.append(("archived", "e.archived = 0", []))
    countries = [c.upper() for c in f.countries]
    if f.group:
        members = ops.group_members(t, f.group)
        countries = [c for c in countries if c in members] if countries else members
        if not countries:
            plan.empty = True
    for name, column, codes in (("countries", "country_code", countries),
                                ("recommendations", "recommendation_code", list(f.recommendations))):
        if codes:
            marks = ", ".join("?" for _ in codes)
            plan.tests.append((name, f"EXISTS (SELECT 1 FROM evidence_links l WHERE l.evidence_id = e.id"
                                     f" AND l.{column} IN ({marks}))", list(codes)))
            index = "evidence_links_cell" if column == "country_code" else "evidence_links_recommendation"
            plan.drivers.append((name, f"SELECT DISTINCT evidence_id AS id FROM evidence_links INDEXED BY {index}"
                                       f" WHERE {column} IN ({marks})", list(codes)))
    dates, params = [], []
    if f.date_from:
        dates.append("event_date >= ?")
        params.append(validate.date(f.date_from, "from"))
    if f.date_to:
        dates.append("event_date <= ?")
        params.append(validate.date(f.date_to, "to"))
    if dates:
        plan.tests.append(("dates", " AND ".join("e." + d for d in dates), params))
        plan.drivers.append(("dates", "SELECT id FROM evidence INDEXED BY evidence_event_date WHERE "
                             + " AND ".join(dates), params))
    if f.source_kinds:
        kinds = [validate.choice(k, "source_kind", validate.SOURCE_KINDS, required=True) for k in f.source_kinds]
        marks = ", ".join("?" for _ in kinds)
        plan.tests.append(("kinds", f"e.source_kind IN ({marks})", kinds))
        plan.drivers.append(("kinds", f"SELECT id FROM evidence INDEXED BY evidence_sort_kind"
                             f" WHERE source_kind IN ({marks})", kinds))
    return plan


def _capped(t: TrackerCore, sql: str, params: list[Any], cap: int) -> int:
    """How many rows ``sql`` gives, counting no further than ``cap + 1``."""
    return t.db.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, cap + 1]).fetchone()[0]


def _driver(t: TrackerCore, plan: _Plan) -> tuple[str, str, list[Any]] | None:
    """The smallest set of at most DRIVER_CAP ids the filters (not the words) name, or None when every one is bigger."""
    best: tuple[int, tuple[str, str, list[Any]]] | None = None
    for name, sql, params in plan.drivers:
        size = _capped(t, sql, params, DRIVER_CAP)
        if size <= DRIVER_CAP and (best is None or size < best[0]):
            best = (size, (name, sql, params))
            if size == 0:
                break
    return best[1] if best else None


def _where(plan: _Plan, skip: str | None, extra: Iterable[tuple[str, list[Any]]] = ()) -> tuple[str, list[Any]]:
    conds: list[str] = ["0"] if plan.empty else []
    params: list[Any] = []
    for name, cond, p in plan.tests:
        if name != skip:
            conds.append(cond)
            params.extend(p)
    if plan.text and skip != "text":
        conds.append(f"e.id IN ({plan.text[0]})")
        params.extend(plan.text[1])
    for cond, p in extra:
        conds.append(cond)
        params.extend(p)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


# ---------------------------------------------------------------- pages
def search_page(
    t: TrackerCore,
    f: EvidenceFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    after: Key | None = None,
    limit: int = 200,
) -> EvidencePage:
    """One page of the evidence matching ``f``, sorted by ``sort`` (a key of :data:`SORT_KEYS`).

    Pass the page's ``after`` back to get the next one; ties are broken by id,
    in the same direction, so pages never overlap or skip.
    """
    f = f or EvidenceFilter()
    if sort not in SORT_KEYS:
        raise ValueError(f"Evidence cannot be sorted by {sort!r}.")
    plan = _plan(t, f)
    rows, used = _rows(t, plan, sort, descending, after, int(limit), 0)
    done = len(rows) < limit
    items = _evidence_items(t, rows)
    last = None if done or not rows else (rows[-1]["sort_key"], rows[-1]["id"])
    return EvidencePage(items, last, used, descending)


def _rows(
    t: TrackerCore, plan: _Plan, sort: str, descending: bool, after: Key | None, limit: int | None, offset: int
) -> tuple[list[dict[str, Any]], str]:
    newest: list[int] = []
    if plan.text:
        # One pass over the words' matches (a prefix query merges its doclists on every call): up to
        # DRIVER_CAP + 1 of them, newest first.  If that is all, they drive; if not, the words are too
        # common to sort by a column or to test row by row, and the list takes the index's own order.
        newest = [r[0] for r in t.db.execute(
            "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [*plan.text[1], DRIVER_CAP + 1],
        )]
        if len(newest) <= DRIVER_CAP:
            driver: tuple[str, str, list[Any]] | None = (
                "text", "SELECT value AS id FROM json_each(?)", [json.dumps(newest)]
            )
        else:
            sort, driver = "recorded", None
    else:
        driver = _driver(t, plan)
    key, index = SORT_KEYS[sort]
    way, cmp = ("DESC", "<") if descending else ("ASC", ">")
    keyset: list[tuple[str, list[Any]]] = []
    if after is not None:
        keyset.append((f"{key} {cmp}= ? AND ({key} {cmp} ? OR e.id {cmp} ?)", [after[0], after[0], after[1]]))
    page = ""
    tail: list[Any] = []
    if limit is not None:
        page, tail = " LIMIT ? OFFSET ?", [limit, offset]
    select = f"SELECT e.*, {key} AS sort_key"
    order = f" ORDER BY {key} {way}, e.id {way}"
    if driver is not None:
        name, sql, params = driver
        where, wparams = _where(plan, name, keyset)
        query = f"{select} FROM ({sql}) AS d CROSS JOIN evidence e ON e.id = d.id{where}{order}{page}"
        return list(t.db.query(query, [*params, *wparams, *tail])), sort
    if plan.text and descending and after is None and limit is not None and not offset:
        # The first page, most often, is among the newest matches already read.
        # Read in slices, newest first, so a page that fills early reads no further.
        where, wparams = _where(plan, "text")
        query = (f"{select} FROM json_each(?) AS d CROSS JOIN evidence e ON e.id = d.value"
                 f"{where} ORDER BY e.id DESC LIMIT ?")
        first: list[dict[str, Any]] = []
        for start in range(0, len(newest), 1000):
            chunk = json.dumps(newest[start:start + 1000])
            first.extend(t.db.query(query, [chunk, *wparams, limit - len(first)]))
            if len(first) >= limit:
                return first, sort
    if plan.text:
        # FTS5 walks its own rowid order and honours a rowid bound: the page stops when full.
        bound = [(f"evidence_fts.rowid {cmp} ?", [after[1]])] if after is not None else []
        where, wparams = _where(plan, "text", [("evidence_fts MATCH ?", plan.text[1]), *bound])
        query = (f"{select} FROM evidence_fts CROSS JOIN evidence e ON e.id = evidence_fts.rowid"
                 f"{where} ORDER BY evidence_fts.rowid {way}{page}")
        return list(t.db.query(query, [*wparams, *tail])), sort
    indexed = f" INDEXED BY {index}" if index else ""
    if after is None or limit is None:
        where, wparams = _where(plan, None, keyset)
        query = f"{select} FROM evidence e{indexed}{where}{order}{page}"
        return list(t.db.query(query, [*wparams, *tail])), sort
    # Two index seeks: the rest of the last key's rows (key = ? AND id < ?), then the keys after it.
    # One range (key <= ?) would first step over every row of the last key: slow when many share it.
    rows: list[dict[str, Any]] = []
    for cond, params in ((f"{key} = ? AND e.id {cmp} ?", [after[0], after[1]]), (f"{key} {cmp} ?", [after[0]])):
        where, wparams = _where(plan, None, [(cond, params)])
        query = f"{select} FROM evidence e{indexed}{where}{order} LIMIT ?"
        rows.extend(t.db.query(query, [*wparams, limit - len(rows)]))
        if len(rows) >= limit:
            break
    return rows, sort


def search_evidence(
    t: TrackerCore, f: EvidenceFilter | None = None, *, limit: int | None = None, offset: int = 0
) -> list[EvidenceItem]:
    """Evidence matching full-text search and filters, newest event first (exports, reports, the CLI).

    ``offset`` is for small lists only; the evidence list pages with :func:`search_page`.
    """
    f = f or EvidenceFilter()
    rows, _ = _rows(t, _plan(t, f), "date", True, None, limit, int(offset))
    return _evidence_items(t, rows)


def count_evidence(t: TrackerCore, f: EvidenceFilter | None = None, *, cap: int | None = None) -> int:
    """How many pieces of evidence match ``f``; with ``cap``, counting stops at ``cap + 1`` ("more than cap")."""
    plan = _plan(t, f or EvidenceFilter())
    driver = ("text", *plan.text) if plan.text else _driver(t, plan)
    limit = "" if cap is None else f" LIMIT {int(cap) + 1}"
    if driver is not None:
        name, sql, params = driver
        where, wparams = _where(plan, name)
        query = f"SELECT 1 FROM ({sql}) AS d CROSS JOIN evidence e ON e.id = d.id{where}{limit}"
        return t.db.execute(f"SELECT count(*) FROM ({query})", [*params, *wparams]).fetchone()[0]
    where, wparams = _where(plan, None)
    return t.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM evidence e{where}{limit})", wparams).fetchone()[0]


# ---------------------------------------------------------------- by uid, by cell
def get_evidence(t: TrackerCore, uids: Iterable[str]) -> list[EvidenceItem]:
    uids = list(uids)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        rows.extend(t.db.query(f"SELECT * FROM evidence WHERE uid IN ({', '.join('?' for _ in chunk)})", chunk))
    order = {u: i for i, u in enumerate(uids)}
    rows.sort(key=lambda r: order[r["uid"]])
    return _evidence_items(t, rows)


def evidence_for_cell(
    t: TrackerCore, country: str, recommendation: str, *, include_archived: bool = False, limit: int | None = None
) -> list[EvidenceItem]:
    """A cell's evidence, newest event first; ``limit``: only the newest so many.

    Reads the cell's links through ``evidence_links_cell``: the cost is the cell's evidence, not the tracker's.
    """
    rows = list(
        t.db.query(
            "SELECT e.* FROM evidence_links l INDEXED BY evidence_links_cell CROSS JOIN evidence e"
            " ON e.id = l.evidence_id WHERE l.country_code = ? AND l.recommendation_code = ?"
            f"{'' if include_archived else ' AND e.archived = 0'} ORDER BY e.event_date DESC, e.id DESC"
            f"{'' if limit is None else f' LIMIT {int(limit)}'}",
            [country, recommendation],
        )
    )
    return _evidence_items(t, rows)


def count_evidence_for_cell(
    t: TrackerCore, country: str, recommendation: str, *, include_archived: bool = False
) -> int:
    """How many pieces of evidence a cell has (for "and N more" under :func:`evidence_for_cell` with a limit)."""
    return t.db.execute(
        "SELECT count(*) FROM evidence_links l INDEXED BY evidence_links_cell CROSS JOIN evidence e"
        " ON e.id = l.evidence_id WHERE l.country_code = ? AND l.recommendation_code = ?"
        f"{'' if include_archived else ' AND e.archived = 0'}",
        [country, recommendation],
    ).fetchone()[0]


def _evidence_items(t: TrackerCore, rows: list[dict[str, Any]]) -> list[EvidenceItem]:
    ids = [r["id"] for r in rows]
    cells: dict[int, list[Cell]] = {}
    attachments: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in t.db.query(
            f"SELECT evidence_id, country_code, recommendation_code FROM evidence_links WHERE evidence_id IN ({marks})"
            " ORDER BY country_code, recommendation_code",
            chunk,
        ):
            cells.setdefault(r["evidence_id"], []).append((r["country_code"], r["recommendation_code"]))
        for r in t.db.query(f"SELECT evidence_id, name FROM attachments WHERE evidence_id IN ({marks})", chunk):
            attachments[r["evidence_id"]] = r["name"]
    rec_order = {r["code"]: r["position"] for r in t.db.query("SELECT code, position FROM recommendations")}
    items = []
    for r in rows:
        linked = cells.get(r["id"], [])
        items.append(
            EvidenceItem(
                uid=r["uid"], event_date=r["event_date"], title=r["title"], url=r["url"], archive_url=r["archive_url"],
                accessed_on=r["accessed_on"], publisher=r["publisher"], source_kind=r["source_kind"],
                language=r["language"], notes=r["notes"],
                countries=tuple(sorted({c for c, _ in linked})),
                recommendations=tuple(sorted({rc for _, rc in linked}, key=lambda c: (rec_order.get(c, 0), c))),
                cells=tuple(linked), recorded_by=r["recorded_by"], recorded_at=r["recorded_at"],
                updated_at=r["updated_at"], archived=bool(r["archived"]), attachment_name=attachments.get(r["id"]),
            )
        )
    return items


__all__ = [
    "DRIVER_CAP",
    "SORT_KEYS",
    "EvidenceFilter",
    "EvidenceItem",
    "EvidencePage",
    "count_evidence",
    "count_evidence_for_cell",
    "evidence_for_cell",
    "fts_query",
    "get_evidence",
    "search_evidence",
    "search_page",
]
