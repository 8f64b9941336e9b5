"""Evidence search and the evidence list's pages: as fast with a million pieces of evidence as with ten.

Why it is shaped like this:

* A page is found by *keyset* (``key <= ? AND (key < ? OR id < ?) ... ORDER BY
  key DESC, id DESC LIMIT n``; ``id``: the evidence's local rowid, its integer id
  before m007, never shown or replicated), never by OFFSET, so the last page costs what
  the first does.  Every sortable column has an index (``db.schema.SORT_INDEXES``).
  A sort by countries or recommendations breaks ties by the uid instead, the
  order the links' indexes hold each group in (:func:`_group_rows`).
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
* A typed word is a prefix, but FTS5 answers ``"gov"*`` by merging the rows
  of every term it begins on every call, so :func:`match_query` spells it out
  as the index's own terms (``"government" OR "governments"``), which FTS5
  reads lazily: a page of a word in every row costs what a rare word's does.
* Counting is separate (:func:`count_evidence`, with a ``cap``), so a page
  never waits for a count.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import field
from typing import Any, NamedTuple

from . import ops, validate
from .core import TrackerCore
from .errors import TrackerError
from .fold import fold_text
from .messages import translate
from .records import record
from .schema import SEARCH_TOKENIZE
from .tallies import cell_total

Cell = tuple[str, str]


class SearchIndexError(TrackerError, sqlite3.OperationalError):
    """The full-text search index is damaged: a search for words fails until it is rebuilt (db.check).

    Also a ``sqlite3.OperationalError``, so code that catches database errors still does.
    """


#: What a search for words says when the index is damaged (the evidence list shows it in its count).
SEARCH_INDEX_DAMAGED = translate(
    "DataSearch",
    "The search index is damaged, so words cannot be searched until it is rebuilt"
    " (File › Check and repair tracker, or policy-tracker check --repair).",
)


@contextlib.contextmanager
def _reading_index() -> Iterator[None]:
    """Turn a failure inside the full-text index into :class:`SearchIndexError`, one sentence.

    A busy or interrupted read is not damage and is raised as it is.
    """
    try:
        yield
    except sqlite3.DatabaseError as exc:
        words = str(exc).lower()
        transient = isinstance(exc, sqlite3.OperationalError) and any(
            w in words for w in ("interrupted", "locked", "busy", "fts5: syntax error")
        )
        if transient or isinstance(exc, SearchIndexError):
            raise
        raise SearchIndexError(SEARCH_INDEX_DAMAGED) from exc

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
    # A piece of evidence has several countries and recommendations: it sorts by the first one
    # shown (countries by code, recommendations in the codebook's order).  No index holds these
    # keys; a page walks the links' indexes one country or recommendation at a time (_group_rows).
    "countries": ("coalesce((SELECT min(k.country_code) FROM evidence_links k WHERE k.evidence_uid = e.uid), '')",
                  "evidence_links_cell"),
    "recommendations": ("coalesce((SELECT printf('%010d:', r.position) || r.code FROM evidence_links k"
                        " JOIN recommendations r ON r.code = k.recommendation_code WHERE k.evidence_uid = e.uid"
                        " ORDER BY r.position, r.code LIMIT 1), '')", "evidence_links_recommendation"),
    "recorded": ("e.rowid", None),
}
#: The sort keys of evidence *groups* (a country, a recommendation) rather than of an indexed column.
GROUP_SORTS = ("countries", "recommendations")
#: What a key-only query selects (search_keys): no evidence row is read when an index covers the key.
_KEY_COLUMNS = "e.rowid AS id"


@record(frozen=True)
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


@record
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


#: Where a page stops: the sort key's value and the id (rowid) of its last row, and for a group sort
#: (:data:`GROUP_SORTS`) its uid too, (key, id, uid): a group's rows are in uid order, the order the
#: links' indexes hold them in, so a page reads only its own rows.  The id is what :func:`evidence_by_ids` reads.
Key = tuple[Any, ...]


@record(frozen=True)
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
    return " ".join(_prefix(w) for w in _words(text))


#: The most words a search looks for: the first ones typed.  A pasted page (20,000 words) would
#: otherwise hold the window for seconds; a real search needs a handful.  The view says when more were typed.
MAX_SEARCH_WORDS = 32


def search_words(text: str) -> tuple[int, int]:
    """(words searched, words typed): the first :data:`MAX_SEARCH_WORDS` of the words are looked for."""
    typed = len(_all_words(text))
    return min(typed, MAX_SEARCH_WORDS), typed


def _words(text: str) -> list[str]:
    return _all_words(text)[:MAX_SEARCH_WORDS]


def _all_words(text: str) -> list[str]:
    # Control characters separate words too: a NUL would cut the query short in SQLite.
    return re.findall(r"[^\s\"\x00-\x1f\x7f]+", fold_text(text))


def _prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


#: A word's last token is looked up as the index's own terms that begin with it,
#: at most this many; past that, FTS5's prefix query is used as it is.
MAX_TERMS = 50
#: The prefix lengths the index keeps ready (``prefix='1 2'`` in db.schema.SEARCH_TABLE_SQL).
_INDEXED_PREFIX = 2


def match_query(t: TrackerCore, text: str) -> str:
    """:func:`fts_query` with each word's prefix spelled out as the index's terms it begins.

    Same matches, much cheaper: FTS5 answers a prefix query (``"gov"*``) by
    merging the whole list of rows of every term it begins, on every call
    (about 40 ms for a word in most of a million pieces of evidence), but reads
    an exact term (``"government"``) lazily, so the newest page of a common
    word costs what a rare word's does.  The terms come from the index itself
    (fts5vocab, one seek per term); a one- or two-letter word, a word the index
    has no term for, or one beginning more than :data:`MAX_TERMS` terms keeps
    the prefix form (the first has its own prefix index; the others are cheap
    or rare).  A word FTS5 splits into several tokens ("news1.example") stays
    a phrase, its last token spelled out.
    """
    memo = _memo(t)
    key = ("match", text, MAX_TERMS)
    if key not in memo:
        memo[key] = _spell_out(t, text)
    return memo[key]


def _spell_out(t: TrackerCore, text: str) -> str:
    words = _words(text)
    tokens_of = _tokens(words)
    if not any(tokens_of):
        return fts_query(text)  # nothing to find ("-"): FTS5's answer, as before
    parts = []
    for word, tokens in zip(words, tokens_of, strict=True):
        if not tokens:
            continue  # FTS5 drops an empty phrase from an implied AND, but an explicit AND of one matches nothing
        terms = _terms(t, tokens[-1]) if len(tokens[-1]) > _INDEXED_PREFIX else None
        if not terms:
            parts.append(_prefix(word))
            continue
        head = "".join(token + " " for token in tokens[:-1])
        parts.append("(" + " OR ".join('"' + (head + term).replace('"', '""') + '"' for term in terms) + ")")
    return " AND ".join(parts)  # FTS5 reads no implied AND between brackets


#: What a tracker's words gave (match_query's queries, _newest's ids), kept while its file is unchanged.
_MEMOS: weakref.WeakKeyDictionary[TrackerCore, tuple[tuple[int, ...], dict[tuple[Any, ...], Any]]] = (
    weakref.WeakKeyDictionary()
)


def _memo(t: TrackerCore) -> dict[tuple[Any, ...], Any]:
    """``t``'s memo, emptied when the file has changed since it was filled.

    ``total_changes`` counts this connection's writes (an index rebuild too),
    ``data_version`` every other connection's commits and ``schema_version``
    any change of tables, so typing, paging and counting one search read the
    index once.  Inside a transaction nothing is
    kept: a rollback would take back writes ``total_changes`` has counted.
    """
    if t.db.conn.in_transaction:
        return {}
    versions = t.db.execute("SELECT (SELECT data_version FROM pragma_data_version()),"
                            " (SELECT schema_version FROM pragma_schema_version())").fetchone()
    state = (*versions, t.db.conn.total_changes)
    held = _MEMOS.get(t)
    if held is None or held[0] != state or len(held[1]) > 16:
        held = (state, {})
        _MEMOS[t] = held
    return held[1]


def _newest(t: TrackerCore, query: str) -> list[int]:
    """Up to DRIVER_CAP + 1 of the rows matching ``query`` (an FTS5 query), newest first."""
    memo = _memo(t)
    key = ("newest", query, DRIVER_CAP)
    if key not in memo:
        with _reading_index():
            memo[key] = [r[0] for r in t.db.execute(
                "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                [query, DRIVER_CAP + 1],
            )]
    ids: list[int] = memo[key]
    return ids


_TOKENIZER: list[sqlite3.Connection] = []
_TOKENIZER_LOCK = threading.Lock()


def _tokens(words: list[str]) -> list[list[str]]:
    """Each word's tokens as the index has them: FTS5's own tokenizer, in a private in-memory database."""
    if not words:
        return []
    with _TOKENIZER_LOCK:
        if not _TOKENIZER:
            conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            conn.execute(f"CREATE VIRTUAL TABLE words USING fts5(word, tokenize='{SEARCH_TOKENIZE}')")
            conn.execute("CREATE VIRTUAL TABLE tokens USING fts5vocab(words, instance)")
            _TOKENIZER.append(conn)
        conn = _TOKENIZER[0]
        conn.executemany("INSERT INTO words (rowid, word) VALUES (?, ?)", enumerate(words))
        rows = conn.execute('SELECT doc, "offset", term FROM tokens').fetchall()
        conn.execute("DELETE FROM words")
    tokens: list[list[str]] = [[] for _ in words]
    for doc, _, term in sorted(rows):
        tokens[doc].append(term)
    return tokens


def _terms(t: TrackerCore, prefix: str) -> list[str] | None:
    """The index's terms that begin with ``prefix``, in order; None if more than MAX_TERMS.

    Each is one seek of fts5vocab ("the first term at or after this one"):
    about 25 µs, or 2 ms to step past a term in most of a million rows (a
    twentieth of merging it).  Its 'row' form would count every term's rows.
    """
    with _reading_index():
        t.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.evidence_terms"
                     " USING fts5vocab(main, evidence_fts, instance)")
    terms: list[str] = []
    start = prefix
    while True:
        with _reading_index():
            row = t.db.execute("SELECT term FROM temp.evidence_terms WHERE term >= ? LIMIT 1", [start]).fetchone()
        if row is None or not row[0].startswith(prefix):
            return terms
        if len(terms) == MAX_TERMS:
            return None
        terms.append(row[0])
        start = row[0] + "\x01"  # the next term: no token has a control character


# ---------------------------------------------------------------- planning
@record
class _Plan:
    """A filter as SQL: tests each row can take, and the sets that could drive the query."""

    tests: list[tuple[str, str, list[Any]]]  # (name, condition on e, params)
    drivers: list[tuple[str, str, list[Any]]]  # (name, SELECT ... AS id, params)
    text: tuple[str, list[Any]] | None  # the words' driver, which is never a test
    empty: bool = False


def _plan(t: TrackerCore, f: EvidenceFilter) -> _Plan:
    plan = _Plan([], [], None)
    if f.text.strip():
        query = match_query(t, f.text)
        if query:
            plan.text = ("SELECT rowid AS id FROM evidence_fts WHERE evidence_fts MATCH ?", [query])
    if not f.include_archived and _any_archived(t):  # none archived: no row need be read to test it
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
            plan.tests.append((name, f"EXISTS (SELECT 1 FROM evidence_links l WHERE l.evidence_uid = e.uid"
                                     f" AND l.{column} IN ({marks}))", list(codes)))
            index = "evidence_links_cell" if column == "country_code" else "evidence_links_recommendation"
            # The links name evidence by uid: sizing this set reads the links' index alone (_driven).
            plan.drivers.append((name, f"SELECT DISTINCT l.evidence_uid AS uid FROM evidence_links l INDEXED BY {index}"
                                       f" WHERE l.{column} IN ({marks})", list(codes)))
    dates, params = [], []
    if f.date_from:
        dates.append("event_date >= ?")
        params.append(validate.date(f.date_from, "from"))
    if f.date_to:
        dates.append("event_date <= ?")
        params.append(validate.date(f.date_to, "to"))
    if dates:
        plan.tests.append(("dates", " AND ".join("e." + d for d in dates), params))
        plan.drivers.append(("dates", "SELECT rowid AS id FROM evidence INDEXED BY evidence_event_date WHERE "
                             + " AND ".join(dates), params))
    if f.source_kinds:
        kinds = [validate.choice(k, "source_kind", validate.SOURCE_KINDS, required=True) for k in f.source_kinds]
        marks = ", ".join("?" for _ in kinds)
        plan.tests.append(("kinds", f"e.source_kind IN ({marks})", kinds))
        plan.drivers.append(("kinds", f"SELECT rowid AS id FROM evidence INDEXED BY evidence_sort_kind"
                             f" WHERE source_kind IN ({marks})", kinds))
    return plan


def _any_archived(t: TrackerCore) -> bool:
    """Whether any evidence is archived (the trigger-kept tally, db.tallies; True when it cannot tell)."""
    try:
        row = t.db.execute("SELECT n FROM tallies WHERE name = 'archived_evidence'").fetchone()
    except sqlite3.OperationalError:  # a tracker without the tallies: assume there is some
        return True
    return row is None or row[0] != 0


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


#: The drivers that read the links' indexes: their sets are uids, not rowids.
_LINK_DRIVERS = ("countries", "recommendations")


def _driven(name: str, sql: str, params: list[Any]) -> tuple[str, list[Any], list[tuple[str, list[Any]]]]:
    """What a driver's query reads its evidence from: (FROM clause, its params, conditions for the WHERE).

    A links' driver gives uids: ``e.uid IN (...)`` looks them up in uid order
    (SQLite sorts the list first), about a third cheaper at a million evidence
    than joining them in the links' order, each a seek far from the last.
    """
    if name in _LINK_DRIVERS:
        return "evidence e", [], [(f"e.uid IN ({sql})", params)]
    return f"({sql}) AS d CROSS JOIN evidence e ON e.rowid = d.id", params, []


def _where(plan: _Plan, skip: str | None, extra: Iterable[tuple[str, list[Any]]] = ()) -> tuple[str, list[Any]]:
    conds: list[str] = ["0"] if plan.empty else []
    params: list[Any] = []
    for name, cond, p in plan.tests:
        if name != skip:
            conds.append(cond)
            params.extend(p)
    if plan.text and skip != "text":
        conds.append(f"e.rowid IN ({plan.text[0]})")
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
    last = None if done or not rows else _key_of(rows[-1], used)
    return EvidencePage(items, last, used, descending)


def _rows(
    t: TrackerCore, plan: _Plan, sort: str, descending: bool, after: Key | None, limit: int | None, offset: int,
    columns: str = "e.rowid AS id, e.*",
) -> tuple[list[dict[str, Any]], str]:
    newest: list[int] = []
    if plan.text:
        # One pass over the words' matches: up to DRIVER_CAP + 1 of them, newest first.  If that is
        # all, they drive; if not, the words are too common to sort by a column or to test row by row,
        # and the list takes the index's own order.
        newest = _newest(t, plan.text[1][0])
        if len(newest) <= DRIVER_CAP:
            driver: tuple[str, str, list[Any]] | None = (
                "text", "SELECT value AS id FROM json_each(?)", [json.dumps(newest)]
            )
        else:
            sort, driver = "recorded", None
    else:
        driver = _driver(t, plan)
    key, index = SORT_KEYS[sort]
    # A group sort breaks ties by uid, the order its links' index holds (_group_rows); the others by id.
    tie = "e.uid" if sort in GROUP_SORTS else "e.rowid"
    way, cmp = ("DESC", "<") if descending else ("ASC", ">")
    keyset: list[tuple[str, list[Any]]] = []
    if after is not None:
        keyset.append((f"{key} {cmp}= ? AND ({key} {cmp} ? OR {tie} {cmp} ?)",
                       [after[0], after[0], _tie(t, sort, after)]))
    page = ""
    tail: list[Any] = []
    if limit is not None:
        page, tail = " LIMIT ? OFFSET ?", [limit, offset]
    select = f"SELECT {columns}, {key} AS sort_key{', e.uid AS sort_uid' if sort in GROUP_SORTS else ''}"
    order = f" ORDER BY {key} {way}, {tie} {way}"
    if driver is not None and plan.text and sort == "date" and limit is not None and not offset:
        walked = _walk_dates(t, plan, newest, descending, after, limit, columns)
        if walked is not None:
            return walked, sort
    if driver is not None:
        name, sql, params = driver
        source, sparams, within = _driven(name, sql, params)
        where, wparams = _where(plan, name, [*within, *keyset])
        query = f"{select} FROM {source}{where}{order}{page}"
        return list(t.db.query(query, [*sparams, *wparams, *tail])), sort
    if plan.text and descending and after is None and limit is not None and not offset:
        # The first page, most often, is among the newest matches already read.
        # Read in slices, newest first, so a page that fills early reads no further.
        where, wparams = _where(plan, "text")
        query = (f"{select} FROM json_each(?) AS d CROSS JOIN evidence e ON e.rowid = d.value"
                 f"{where} ORDER BY e.rowid DESC LIMIT ?")
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
        query = (f"{select} FROM evidence_fts CROSS JOIN evidence e ON e.rowid = evidence_fts.rowid"
                 f"{where} ORDER BY evidence_fts.rowid {way}{page}")
        with _reading_index():
            return list(t.db.query(query, [*wparams, *tail])), sort
    if sort in GROUP_SORTS:
        return _group_rows(t, plan, sort, descending, after, limit, offset, columns), sort
    indexed = f" INDEXED BY {index}" if index else ""
    if after is None or limit is None:
        where, wparams = _where(plan, None, keyset)
        query = f"{select} FROM evidence e{indexed}{where}{order}{page}"
        return list(t.db.query(query, [*wparams, *tail])), sort
    # Two index seeks: the rest of the last key's rows (key = ? AND id < ?), then the keys after it.
    # One range (key <= ?) would first step over every row of the last key: slow when many share it.
    rows: list[dict[str, Any]] = []
    skip = offset
    # (The first orders by id alone: SQLite sorts a whole tie otherwise when the key has a COLLATE.)
    for cond, params, by in ((f"{key} = ? AND e.rowid {cmp} ?", [after[0], after[1]], f" ORDER BY e.rowid {way}"),
                             (f"{key} {cmp} ?", [after[0]], order)):
        where, wparams = _where(plan, None, [(cond, params)])
        query = f"{select} FROM evidence e{indexed}{where}{by} LIMIT ? OFFSET ?"
        got = list(t.db.query(query, [*wparams, limit - len(rows), skip]))
        skip = _skipped(t, f"SELECT 1 FROM evidence e{indexed}{where}", wparams, skip, got)
        rows.extend(got)
        if len(rows) >= limit:
            break
    return rows, sort


#: Date index entries read at a time by :func:`_walk_dates`.
_WALK_CHUNK = 4096


def _walk_dates(
    t: TrackerCore, plan: _Plan, newest: list[int], descending: bool, after: Key | None, limit: int, columns: str
) -> list[dict[str, Any]] | None:
    """A page of the words' matches (``newest``, all of them) by date: the date index walked, matches kept.

    Sorting thousands of matches reads each one's row, scattered over the file
    (20,000 cost 30 ms from SQLite's cache, 100 ms from the disk's); the index
    walk reads about ``limit * evidence / matches`` entries, in order, and only
    the page's rows.  Used when that is fewer; None when the page is not full
    within a few times that many (the matches lie mostly far from this end of
    the dates), and the caller sorts them after all.
    """
    evidence = t.db.execute("SELECT max(rowid) FROM evidence").fetchone()[0] or 0
    if 6 * len(newest) ** 2 <= limit * evidence:  # an index entry costs about a sixth of a row read
        return None
    budget = 3 * limit * evidence // len(newest) + _WALK_CHUNK
    key = SORT_KEYS["date"][0]
    way, cmp = ("DESC", "<") if descending else ("ASC", ">")
    where, wparams = _where(plan, "text")
    fetch = (f"SELECT {columns}, {key} AS sort_key FROM json_each(?) AS d CROSS JOIN evidence e ON e.rowid = d.value"
             f"{where} ORDER BY {key} {way}, e.rowid {way} LIMIT ?")
    matches = set(newest)
    rows: list[dict[str, Any]] = []
    bound, read = after, 0
    while read < budget:
        cond, params = "", []
        if bound is not None:
            cond = f" WHERE {key} {cmp}= ? AND ({key} {cmp} ? OR e.rowid {cmp} ?)"
            params = [bound[0], bound[0], bound[1]]
        batch = t.db.execute(f"SELECT {key}, e.rowid FROM evidence e INDEXED BY evidence_event_date{cond}"
                             f" ORDER BY {key} {way}, e.rowid {way} LIMIT ?", [*params, _WALK_CHUNK]).fetchall()
        found = [i for _, i in batch if i in matches]
        if found:
            rows.extend(t.db.query(fetch, [json.dumps(found), *wparams, limit - len(rows)]))
        if len(rows) >= limit or len(batch) < _WALK_CHUNK:
            return rows
        read += len(batch)
        bound = batch[-1]
    return None


def _skipped(t: TrackerCore, sql: str, params: list[Any], skip: int, got: list[Any]) -> int:
    """What is left to skip after a query with OFFSET ``skip`` gave ``got`` (0 if it gave rows)."""
    if not skip or got:
        return 0
    return skip - _capped(t, sql, params, skip - 1)


def _sort_groups(t: TrackerCore, sort: str) -> list[tuple[str, list[Any], str]]:
    """The groups a group sort walks, in ascending order: (key, params of the group's condition, "earlier" SQL).

    "Earlier" is true of a link (m) that puts the evidence in an earlier group,
    so each piece of evidence is listed once, under its first country or recommendation.
    """
    if sort == "countries":
        return [(code, [code], "m.country_code < ?")
                for (code,) in t.db.execute("SELECT code FROM countries ORDER BY code")]
    return [(f"{pos:010d}:{code}", [code, pos, pos, code, code],
             "(r.position < ? OR (r.position = ? AND r.code < ?) OR (r.code = ? AND m.country_code < l.country_code))")
            for code, pos in t.db.execute("SELECT code, position FROM recommendations ORDER BY position, code")]


def _group_rows(
    t: TrackerCore, plan: _Plan, sort: str, descending: bool, after: Key | None, limit: int | None, offset: int,
    columns: str,
) -> list[dict[str, Any]]:
    """Rows sorted by each one's first country (or recommendation), then uid: one group at a time.

    A group's rows come from the links' index (a country's recommendations are
    merged: a UNION with ORDER BY), which holds them in uid order since m007,
    so ties are broken by the uid and a page is read from ``after``'s uid on:
    a page reads about ``limit`` index entries, however big its group.
    (Ordered by the evidence's rowid, as before m007, a page sorted its whole
    group: 38-68 ms at a million evidence instead of 3.)  Evidence always has
    a link (db.ops), so every piece is in a group.
    """
    way, cmp = ("DESC", "<") if descending else ("ASC", ">")
    groups = _sort_groups(t, sort)
    if descending:
        groups.reverse()
    start = 0
    tie = None
    if after is not None:
        start = next((i for i, g in enumerate(groups)
                      if g[0] == after[0] or (g[0] > after[0] if not descending else g[0] < after[0])), len(groups))
        tie = _tie(t, sort, after)
    recs = [r[0] for r in t.db.execute("SELECT code FROM recommendations ORDER BY code")] if sort == "countries" else []
    # Nothing to test: the links' index answers, the evidence's uid index gives the rowid.
    join = " CROSS JOIN evidence e ON e.uid = l.evidence_uid"
    tested = bool(_where(plan, None)[0])  # else a jump counts a group's links alone, without their rowids
    found: list[tuple[int, str, str]] = []
    skip = offset
    for i in range(start, len(groups)):
        key, gparams, earlier = groups[i]
        bound = [tie] if after is not None and i == start and key == after[0] else []
        uids = f" AND l.evidence_uid {cmp} ?" if bound else ""
        if sort == "countries":
            first = f"NOT EXISTS (SELECT 1 FROM evidence_links m WHERE m.evidence_uid = l.evidence_uid AND {earlier})"
            arms, bare, params = [], [], []
            for rec in recs:
                where, wparams = _where(plan, None, [(f"l.country_code = ? AND l.recommendation_code = ?{uids}",
                                                      [key, rec, *bound]), (first, gparams)])
                arms.append(f"SELECT l.evidence_uid AS uid, e.rowid AS id FROM evidence_links l"
                            f" INDEXED BY evidence_links_cell{join}{where}")
                bare.append(f"SELECT l.evidence_uid AS uid FROM evidence_links l INDEXED BY evidence_links_cell{where}")
                params.extend(wparams)
            sql = f"{' UNION '.join(arms)} ORDER BY 1 {way}"
            counted = sql if tested else " UNION ".join(bare)
        else:
            first = ("NOT EXISTS (SELECT 1 FROM evidence_links m JOIN recommendations r"
                     f" ON r.code = m.recommendation_code WHERE m.evidence_uid = l.evidence_uid AND {earlier})")
            where, params = _where(plan, None, [(f"l.recommendation_code = ?{uids}", [gparams[0], *bound]),
                                                (first, gparams[1:])])
            sql = (f"SELECT l.evidence_uid AS uid, e.rowid AS id FROM evidence_links l"
                   f" INDEXED BY evidence_links_recommendation{join}{where} ORDER BY 1 {way}")
            counted = sql if tested else (
                f"SELECT 1 FROM evidence_links l INDEXED BY evidence_links_recommendation{where}")
        if limit is None:
            found.extend((r[1], key, r[0]) for r in t.db.execute(sql, params))
            continue
        if skip:  # a jump: count the group once, and pass it by if the jump lands beyond it
            size = _capped(t, counted, params, skip)
            if size <= skip:
                skip -= size
                continue
        found.extend((r[1], key, r[0]) for r in t.db.execute(f"{sql} LIMIT ? OFFSET ?",
                                                             [*params, limit - len(found), skip]))
        skip = 0
        if len(found) >= limit:
            break
    if columns == _KEY_COLUMNS:
        return [{"id": i, "sort_key": k, "sort_uid": u} for i, k, u in found]
    full: dict[int, dict[str, Any]] = {}
    for n in range(0, len(found), 500):
        chunk = [i for i, _, _ in found[n:n + 500]]
        marks = ", ".join("?" for _ in chunk)
        query = f"SELECT {columns} FROM evidence e WHERE e.rowid IN ({marks})"
        full.update((r["id"], r) for r in t.db.query(query, chunk))
    return [{**full[i], "sort_key": k, "sort_uid": u} for i, k, u in found if i in full]


def _tie(t: TrackerCore, sort: str, after: Key) -> Any:
    """What breaks ``after``'s ties: its uid in a group sort, else its id.

    A key without the uid (a caller's own) has it read by the id.
    """
    if sort not in GROUP_SORTS:
        return after[1]
    if len(after) > 2:
        return after[2]
    row = t.db.execute("SELECT uid FROM evidence WHERE rowid = ?", [after[1]]).fetchone()
    return "" if row is None else row[0]


def _key_of(row: dict[str, Any], sort: str) -> Key:
    """A row's :data:`Key` in the order ``sort`` (the uid too in a group sort)."""
    if sort in GROUP_SORTS:
        return (row["sort_key"], row["id"], row["sort_uid"])
    return (row["sort_key"], row["id"])


@record(frozen=True)
class KeyPage:
    """Where the rows of a page are: their keys (:data:`Key`), in order, and the order used."""

    keys: list[Key]
    sort: str  # as EvidencePage.sort


def search_keys(
    t: TrackerCore,
    f: EvidenceFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    after: Key | None = None,
    limit: int = 200,
    offset: int = 0,
) -> KeyPage:
    """The keys of a page of :func:`search_page`, without reading the evidence (an index covers most keys).

    The evidence list pages by these and reads full rows (:func:`evidence_by_ids`)
    only for the rows shown.  ``offset`` first skips that many rows after
    ``after``: it walks them, so the list uses it only to jump far from any key it knows.
    """
    f = f or EvidenceFilter()
    if sort not in SORT_KEYS:
        raise ValueError(f"Evidence cannot be sorted by {sort!r}.")
    plan = _plan(t, f)
    offset = int(offset)
    if (offset > JUMP_WALK and not plan.text and not plan.empty and [n for n, _, _ in plan.tests] == ["archived"]
            and offset > (known_count(t, EvidenceFilter(include_archived=True)) or 0) // 16):
        landed = _skip_live(t, f, sort, descending, after, offset)
        if landed is not None:
            after, offset = landed, 0
    rows, used = _rows(t, plan, sort, descending, after, int(limit), offset, _KEY_COLUMNS)
    return KeyPage([_key_of(r, used) for r in rows], used)


#: A jump longer than this (and than a 16th of all evidence: the skip scans the table once, about
#: as costly as walking that far), over a list that hides archived evidence and nothing else,
#: skips by the sort index alone (:func:`_skip_live`) instead of reading every row to test it.
JUMP_WALK = 5_000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _skip_live(t: TrackerCore, f: EvidenceFilter, sort: str, descending: bool, after: Key | None,
               skip: int) -> Key | None:
    """The key of the ``skip``-th live (not archived) row after ``after``; None past the end.

    Walking the index while testing ``archived`` reads every row skipped (about
    1.5 s for half a million).  Instead: skip ``r`` rows of the index alone
    (archived ones too: an index-only walk), subtract the archived rows passed
    (their keys are read once, by one scan), and skip again until the rows
    passed hold exactly ``skip`` live ones.  Keys are compared in Python as
    SQLite does (BINARY; NOCASE folds ASCII letters only).
    """
    key = SORT_KEYS[sort][0]
    fold = "COLLATE NOCASE" in key

    def norm(k: tuple[Any, Any]) -> tuple[Any, Any]:
        return (k[0].translate(_ASCII_LOWER) if fold and isinstance(k[0], str) else k[0], k[1])

    tie = "e.uid" if sort in GROUP_SORTS else "e.rowid"  # each archived row as (key, tie-break), as the list orders
    archived = sorted(
        norm((k, i)) for k, i in t.db.execute(f"SELECT {key}, {tie} FROM evidence e WHERE e.archived = 1")
    )
    ids = {i for _, i in archived}
    start = None if after is None else norm((after[0], _tie(t, sort, after)))

    def passed(k: tuple[Any, Any]) -> int:
        """Archived rows after ``after`` up to and including ``k``, in the list's order."""
        if descending:
            upto = len(archived) if start is None else bisect.bisect_left(archived, start)
            return upto - bisect.bisect_left(archived, k)
        return bisect.bisect_right(archived, k) - (0 if start is None else bisect.bisect_right(archived, start))

    raw = _plan(t, EvidenceFilter(include_archived=True))
    r = skip - 1
    while True:  # live(r) never passes skip: each step adds just the live rows missing
        rows, _ = _rows(t, raw, sort, descending, after, 1, r, _KEY_COLUMNS)
        if not rows:
            return None
        k = _key_of(rows[0], sort)
        at = norm((k[0], _tie(t, sort, k)))
        live = r + 1 - passed(at)
        if live >= skip and at[1] not in ids:
            return k
        r += max(1, skip - live)


def evidence_by_ids(t: TrackerCore, ids: Sequence[int]) -> dict[int, EvidenceItem]:
    """The evidence with these ids (row ids, as in :class:`KeyPage`), by id; ids no longer there are left out."""
    rows: list[dict[str, Any]] = []
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows.extend(t.db.query(
            f"SELECT rowid AS id, * FROM evidence WHERE rowid IN ({', '.join('?' for _ in chunk)})", chunk
        ))
    return {r["id"]: item for r, item in zip(rows, _evidence_items(t, rows), strict=True)}


def known_count(t: TrackerCore, f: EvidenceFilter | None = None) -> int | None:
    """The exact count when it costs nothing (no filter but "show archived": the tallies, db.tallies); else None."""
    f = f or EvidenceFilter()
    if (fts_query(f.text) or f.countries or f.group or f.recommendations or f.date_from or f.date_to
            or f.source_kinds):
        return None
    try:
        tallies = dict(t.db.execute("SELECT name, n FROM tallies").fetchall())
    except sqlite3.OperationalError:
        return None
    if "evidence" not in tallies or "archived_evidence" not in tallies:
        return None
    return int(tallies["evidence"]) + (int(tallies["archived_evidence"]) if f.include_archived else 0)


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
        source, sparams, within = _driven(name, sql, params)
        where, wparams = _where(plan, name, within)
        query, qparams = f"SELECT 1 FROM {source}{where}{limit}", [*sparams, *wparams]
        untested = not _where(plan, name)[0]
        if name == "text" and untested:
            # Nothing to test: the index's rows are the matches (reading each piece of evidence was most of the cost),
            # and the page has most often just read them.
            newest = _memo(t).get(("newest", params[0], DRIVER_CAP))
            if newest is not None and (len(newest) <= DRIVER_CAP or (cap is not None and cap < len(newest))):
                return len(newest) if cap is None else min(len(newest), cap + 1)
            query, qparams = f"{sql}{limit}", params
        elif name in _LINK_DRIVERS and untested:
            # Nothing to test: the links' index alone (every link's evidence exists: a foreign key).
            query, qparams = f"{sql}{limit}", params
        with _reading_index() if name == "text" else contextlib.nullcontext():
            return t.db.execute(f"SELECT count(*) FROM ({query})", qparams).fetchone()[0]
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
            " ON e.uid = l.evidence_uid WHERE l.country_code = ? AND l.recommendation_code = ?"
            f"{'' if include_archived else ' AND e.archived = 0'} ORDER BY e.event_date DESC, e.rowid DESC"
            f"{'' if limit is None else f' LIMIT {int(limit)}'}",
            [country, recommendation],
        )
    )
    return _evidence_items(t, rows)


class CellEvidence(NamedTuple):
    """What the cell details list of one piece of evidence (:func:`cell_evidence_lines`)."""

    uid: str
    event_date: str | None
    title: str | None
    url: str | None
    publisher: str | None
    source_kind: str | None
    notes: str | None
    attachment_name: str | None


def cell_evidence_uids(t: TrackerCore, country: str, recommendation: str, *, until: str) -> list[str]:
    """The uids of a cell's active evidence dated on or before ``until``, newest event first (reports: a cell
    lists its newest and counts the rest).  Through ``evidence_links_cell``: the cost is the cell's evidence."""
    return [row[0] for row in t.db.execute(
        "SELECT e.uid FROM evidence_links l INDEXED BY evidence_links_cell CROSS JOIN evidence e"
        " ON e.uid = l.evidence_uid"
        " WHERE l.country_code = ? AND l.recommendation_code = ? AND e.archived = 0 AND e.event_date <= ?"
        " ORDER BY e.event_date DESC, e.rowid DESC",
        [country, recommendation, until],
    )]


def cell_evidence_lines(t: TrackerCore, country: str, recommendation: str, *, limit: int) -> list[CellEvidence]:
    """The newest ``limit`` pieces of a cell's active evidence, newest event first, with only what a list of
    them shows: :func:`evidence_for_cell` also reads every cell each piece is linked to, which the cell
    details never show (at 1m: a third of a selection's reads)."""
    return [CellEvidence(*row) for row in t.db.execute(
        "SELECT e.uid, e.event_date, e.title, e.url, e.publisher, e.source_kind, e.notes,"
        " (SELECT a.name FROM attachments a WHERE a.evidence_uid = e.uid)"
        " FROM evidence_links l INDEXED BY evidence_links_cell CROSS JOIN evidence e ON e.uid = l.evidence_uid"
        " WHERE l.country_code = ? AND l.recommendation_code = ? AND e.archived = 0"
        " ORDER BY e.event_date DESC, e.rowid DESC LIMIT ?",
        [country, recommendation, int(limit)],
    )]


def count_evidence_for_cell(
    t: TrackerCore, country: str, recommendation: str, *, include_archived: bool = False
) -> int:
    """How many pieces of evidence a cell has (for "and N more" under :func:`evidence_for_cell` with a limit):
    the active ones from the stored per-cell counts (:func:`db.tallies.cell_total`)."""
    if not include_archived:
        return cell_total(t.db, country, recommendation)
    return t.db.execute(
        "SELECT count(*) FROM evidence_links l INDEXED BY evidence_links_cell CROSS JOIN evidence e"
        " ON e.uid = l.evidence_uid WHERE l.country_code = ? AND l.recommendation_code = ?",
        [country, recommendation],
    ).fetchone()[0]


def _evidence_items(t: TrackerCore, rows: list[dict[str, Any]]) -> list[EvidenceItem]:
    ids = [r["uid"] for r in rows]
    cells: dict[str, list[Cell]] = {}
    attachments: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in t.db.query(
            "SELECT evidence_uid, country_code, recommendation_code FROM evidence_links"
            f" WHERE evidence_uid IN ({marks})"
            " ORDER BY country_code, recommendation_code",
            chunk,
        ):
            cells.setdefault(r["evidence_uid"], []).append((r["country_code"], r["recommendation_code"]))
        for r in t.db.query(f"SELECT evidence_uid, name FROM attachments WHERE evidence_uid IN ({marks})", chunk):
            attachments[r["evidence_uid"]] = r["name"]
    rec_order = {r["code"]: r["position"] for r in t.db.query("SELECT code, position FROM recommendations")}
    items = []
    for r in rows:
        linked = cells.get(r["uid"], [])
        items.append(
            EvidenceItem(
                uid=r["uid"], event_date=r["event_date"], title=r["title"], url=r["url"], archive_url=r["archive_url"],
                accessed_on=r["accessed_on"], publisher=r["publisher"], source_kind=r["source_kind"],
                language=r["language"], notes=r["notes"],
                countries=tuple(sorted({c for c, _ in linked})),
                recommendations=tuple(sorted({rc for _, rc in linked}, key=lambda c: (rec_order.get(c, 0), c))),
                cells=tuple(linked), recorded_by=r["recorded_by"], recorded_at=r["recorded_at"],
                updated_at=r["updated_at"], archived=bool(r["archived"]), attachment_name=attachments.get(r["uid"]),
            )
        )
    return items


__all__ = [
    "DRIVER_CAP",
    "GROUP_SORTS",
    "SEARCH_INDEX_DAMAGED",
    "SORT_KEYS",
    "CellEvidence",
    "EvidenceFilter",
    "EvidenceItem",
    "EvidencePage",
    "KeyPage",
    "SearchIndexError",
    "cell_evidence_lines",
    "cell_evidence_uids",
    "count_evidence",
    "count_evidence_for_cell",
    "evidence_by_ids",
    "evidence_for_cell",
    "fts_query",
    "get_evidence",
    "known_count",
    "match_query",
    "search_evidence",
    "search_keys",
    "search_page",
]
