"""Read-only questions asked of a tracker.

Every function takes the :class:`Tracker` and returns plain dataclasses, so
views cache the answer and never run SQL while painting.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import ops, validate
from .errors import ValidationError
from .store import Tracker

Cell = tuple[str, str]


@dataclass(frozen=True)
class StatusInfo:
    code: str
    label: str
    score: float | None
    color: str
    description: str
    position: int


@dataclass(frozen=True)
class RecommendationInfo:
    code: str
    title: str
    text: str
    guidance: str
    weight: float
    position: int
    archived: bool


@dataclass(frozen=True)
class CountryInfo:
    code: str
    alpha3: str
    name: str
    archived: bool


@dataclass(frozen=True)
class GradeInfo:
    grade: str
    min_score: float


@dataclass
class CodebookView:
    """The parts of the codebook a screen or an export needs, in display order."""

    title: str
    description: str
    source: str
    review_interval_days: int
    statuses: list[StatusInfo]
    recommendations: list[RecommendationInfo]
    countries: list[CountryInfo]
    grades: list[GradeInfo]
    groups: dict[str, list[str]]

    @property
    def unassessed(self) -> StatusInfo:
        return next(s for s in self.statuses if s.score is None)

    def status(self, code: str) -> StatusInfo:
        return next(s for s in self.statuses if s.code == code)

    def active_recommendations(self) -> list[RecommendationInfo]:
        return [r for r in self.recommendations if not r.archived]

    def active_countries(self) -> list[CountryInfo]:
        return [c for c in self.countries if not c.archived]


def codebook_view(t: Tracker) -> CodebookView:
    db = t.db
    return CodebookView(
        title=t.meta("title", "") or "",
        description=t.meta("description", "") or "",
        source=t.meta("source", "") or "",
        review_interval_days=int(t.meta("review_interval_days", "180") or 180),
        statuses=[
            StatusInfo(**r)
            for r in db.query("SELECT code, label, score, color, description, position FROM statuses ORDER BY position")
        ],
        recommendations=[
            RecommendationInfo(**{**r, "archived": bool(r["archived"])})
            for r in db.query(
                "SELECT code, title, text, guidance, weight, position, archived FROM recommendations"
                " ORDER BY position, code"
            )
        ],
        countries=[
            CountryInfo(**{**r, "archived": bool(r["archived"])})
            for r in db.query("SELECT code, alpha3, name, archived FROM countries ORDER BY name")
        ],
        grades=[GradeInfo(**r) for r in db.query("SELECT grade, min_score FROM grades ORDER BY min_score DESC")],
        groups=group_map(t),
    )


def group_map(t: Tracker) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {
        r["name"]: [] for r in t.db.query("SELECT name FROM groups ORDER BY position, name")
    }
    for r in t.db.query("SELECT group_name, country_code FROM group_members ORDER BY country_code"):
        groups[r["group_name"]].append(r["country_code"])
    return groups


# ---------------------------------------------------------------- cell status
@dataclass(frozen=True)
class CellStatus:
    """A cell's current judgement as of a date (or its absence)."""

    country_code: str
    recommendation_code: str
    status_code: str
    status_label: str
    score: float | None
    color: str
    assessment_uid: str | None = None
    effective_date: str | None = None
    confidence: str | None = None
    rationale: str | None = None
    recorded_by: str | None = None
    recorded_at: str | None = None
    evidence_uids: tuple[str, ...] = ()
    evidence_urls: tuple[str, ...] = ()
    evidence_count: int = 0
    needs_review: bool = False

    @property
    def cell(self) -> Cell:
        return (self.country_code, self.recommendation_code)

    @property
    def assessed(self) -> bool:
        return self.score is not None


def _as_of(value: str | _dt.date | None, t: Tracker, field: str = "as_of") -> str:
    if value is None:
        return t.today()
    return validate.date(value, field) or t.today()


_ASSESSMENT_COLUMNS = """
    a.id, a.uid, a.country_code, a.recommendation_code, a.status_code, a.effective_date, a.rationale,
    a.confidence, a.recorded_by, a.recorded_at
"""


def _evidence_for_assessments(t: Tracker, ids: Sequence[int]) -> dict[int, list[tuple[str, str | None]]]:
    found: dict[int, list[tuple[str, str | None]]] = {}
    if not ids:
        return found
    # Chunked to stay under SQLite's variable limit on big trackers.
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in t.db.query(
            "SELECT ae.assessment_id, e.uid, e.url FROM assessment_evidence ae JOIN evidence e ON e.id = ae.evidence_id"
            f" WHERE ae.assessment_id IN ({', '.join('?' for _ in chunk)}) ORDER BY e.event_date, e.id",
            list(chunk),
        ):
            found.setdefault(r["assessment_id"], []).append((r["uid"], r["url"]))
    return found


def _needs_review(effective_date: str | None, as_of: str, interval_days: int) -> bool:
    if effective_date is None:
        return False
    age = _dt.date.fromisoformat(as_of) - _dt.date.fromisoformat(effective_date)
    return age.days > interval_days


def current_statuses(
    t: Tracker,
    as_of: str | _dt.date | None = None,
    *,
    review_interval_days: int | None = None,
    countries: Iterable[str] | None = None,
    book: CodebookView | None = None,
) -> dict[Cell, CellStatus]:
    """The status of every active cell as of a date (default today).

    Only assessments effective on or before ``as_of`` count; the latest
    effective date wins, ties broken by the time recorded.  Cells with no
    assessment get the codebook's 'not assessed' status.
    """
    day = _as_of(as_of, t)
    book = book or codebook_view(t)
    interval = review_interval_days or book.review_interval_days
    wanted = set(countries) if countries is not None else None
    rows = list(
        t.db.query(
            f"""
            SELECT * FROM (
                SELECT {_ASSESSMENT_COLUMNS},
                       row_number() OVER (
                           PARTITION BY a.country_code, a.recommendation_code
                           ORDER BY a.effective_date DESC, a.recorded_at DESC, a.id DESC
                       ) AS rn
                FROM assessments a
                WHERE a.effective_date <= ?
            ) WHERE rn = 1
            """,
            [day],
        )
    )
    counts = {
        (r["country_code"], r["recommendation_code"]): r["n"]
        for r in t.db.query(
            "SELECT l.country_code, l.recommendation_code, count(*) AS n FROM evidence_links l"
            " JOIN evidence e ON e.id = l.evidence_id WHERE e.archived = 0 AND e.event_date <= ?"
            " GROUP BY l.country_code, l.recommendation_code",
            [day],
        )
    }
    evidence = _evidence_for_assessments(t, [r["id"] for r in rows])
    by_cell = {(r["country_code"], r["recommendation_code"]): r for r in rows}
    statuses = {s.code: s for s in book.statuses}
    blank = book.unassessed
    result: dict[Cell, CellStatus] = {}
    for country in book.active_countries():
        if wanted is not None and country.code not in wanted:
            continue
        for rec in book.active_recommendations():
            cell = (country.code, rec.code)
            row = by_cell.get(cell)
            if row is None:
                result[cell] = CellStatus(
                    country.code, rec.code, blank.code, blank.label, None, blank.color,
                    evidence_count=counts.get(cell, 0),
                )
                continue
            status = statuses[row["status_code"]]
            links = evidence.get(row["id"], [])
            result[cell] = CellStatus(
                country.code,
                rec.code,
                status.code,
                status.label,
                status.score,
                status.color,
                assessment_uid=row["uid"],
                effective_date=row["effective_date"],
                confidence=row["confidence"],
                rationale=row["rationale"],
                recorded_by=row["recorded_by"],
                recorded_at=row["recorded_at"],
                evidence_uids=tuple(u for u, _ in links),
                evidence_urls=tuple(u for _, u in links if u),
                evidence_count=counts.get(cell, 0),
                needs_review=_needs_review(row["effective_date"], day, interval),
            )
    return result


def assessment_history(
    t: Tracker,
    *,
    country: str | None = None,
    recommendation: str | None = None,
    book: CodebookView | None = None,
    as_of: str | None = None,
    review_interval_days: int | None = None,
) -> list[CellStatus]:
    """Every assessment ever recorded, oldest effective date first (ties: time recorded)."""
    book = book or codebook_view(t)
    day = _as_of(as_of, t)
    where, params = [], []
    if country:
        where.append("a.country_code = ?")
        params.append(country)
    if recommendation:
        where.append("a.recommendation_code = ?")
        params.append(recommendation)
    rows = list(
        t.db.query(
            f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments a"
            f"{' WHERE ' + ' AND '.join(where) if where else ''}"
            " ORDER BY a.effective_date, a.recorded_at, a.id",
            params,
        )
    )
    current = {
        c.assessment_uid
        for c in current_statuses(t, day, book=book, review_interval_days=review_interval_days).values()
        if c.needs_review
    }
    evidence = _evidence_for_assessments(t, [r["id"] for r in rows])
    statuses = {s.code: s for s in book.statuses}
    out = []
    for r in rows:
        s = statuses[r["status_code"]]
        links = evidence.get(r["id"], [])
        out.append(
            CellStatus(
                r["country_code"], r["recommendation_code"], s.code, s.label, s.score, s.color,
                assessment_uid=r["uid"], effective_date=r["effective_date"], confidence=r["confidence"],
                rationale=r["rationale"], recorded_by=r["recorded_by"], recorded_at=r["recorded_at"],
                evidence_uids=tuple(u for u, _ in links), evidence_urls=tuple(u for _, u in links if u),
                evidence_count=len(links), needs_review=r["uid"] in current,
            )
        )
    return out


@dataclass(frozen=True)
class CellChange:
    """A cell whose status differs between two dates."""

    country_code: str
    recommendation_code: str
    before: CellStatus
    after: CellStatus

    @property
    def score_delta(self) -> float | None:
        if self.before.score is None or self.after.score is None:
            return None
        return self.after.score - self.before.score


def changes_between(t: Tracker, start: str | _dt.date, end: str | _dt.date) -> list[CellChange]:
    """Cells whose status changed between ``start`` and ``end``.

    A new assessment that confirms the same status is not a change.
    """
    d1 = _as_of(start, t, "from")
    d2 = _as_of(end, t, "to")
    if d1 > d2:
        raise ValidationError("from", f"The start date {d1} is after the end date {d2}.")
    book = codebook_view(t)
    before = current_statuses(t, d1, book=book)
    after = current_statuses(t, d2, book=book)
    return [
        CellChange(cell[0], cell[1], before[cell], after[cell])
        for cell in after
        if before[cell].status_code != after[cell].status_code
    ]


def cells_needing_review(
    t: Tracker, as_of: str | _dt.date | None = None, *, review_interval_days: int | None = None
) -> list[CellStatus]:
    """Current assessments older than the review interval, oldest first."""
    cells = current_statuses(t, as_of, review_interval_days=review_interval_days)
    stale = [c for c in cells.values() if c.needs_review]
    return sorted(stale, key=lambda c: (c.effective_date or "", c.country_code, c.recommendation_code))


# ---------------------------------------------------------------- evidence
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


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, as a prefix."""
    # Control characters separate words too: a NUL would cut the query short in SQLite.
    words = re.findall(r"[^\s\"\x00-\x1f\x7f]+", text)
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


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


def _evidence_where(t: Tracker, f: EvidenceFilter) -> tuple[str, str, list[Any]]:
    joins = ""
    where: list[str] = []
    params: list[Any] = []
    if f.text.strip():
        query = fts_query(f.text)
        if query:
            joins = " JOIN evidence_fts ON evidence_fts.rowid = e.id"
            where.append("evidence_fts MATCH ?")
            params.append(query)
    if not f.include_archived:
        where.append("e.archived = 0")
    countries = [c.upper() for c in f.countries]
    if f.group:
        members = ops.group_members(t, f.group)
        countries = [c for c in countries if c in members] if countries else members
        if not countries:
            where.append("0")
    if countries:
        where.append(
            "e.id IN (SELECT evidence_id FROM evidence_links"
            f" WHERE country_code IN ({', '.join('?' for _ in countries)}))"
        )
        params.extend(countries)
    if f.recommendations:
        where.append(
            "e.id IN (SELECT evidence_id FROM evidence_links"
            f" WHERE recommendation_code IN ({', '.join('?' for _ in f.recommendations)}))"
        )
        params.extend(f.recommendations)
    if f.date_from:
        where.append("e.event_date >= ?")
        params.append(validate.date(f.date_from, "from"))
    if f.date_to:
        where.append("e.event_date <= ?")
        params.append(validate.date(f.date_to, "to"))
    if f.source_kinds:
        kinds = [validate.choice(k, "source_kind", validate.SOURCE_KINDS, required=True) for k in f.source_kinds]
        where.append(f"e.source_kind IN ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    return joins, (" WHERE " + " AND ".join(where)) if where else "", params


def count_evidence(t: Tracker, f: EvidenceFilter | None = None) -> int:
    joins, where, params = _evidence_where(t, f or EvidenceFilter())
    return t.db.execute(f"SELECT count(*) FROM evidence e{joins}{where}", params).fetchone()[0]


def search_evidence(
    t: Tracker, f: EvidenceFilter | None = None, *, limit: int | None = None, offset: int = 0
) -> list[EvidenceItem]:
    """Evidence matching full-text search and filters: best match first when
    searching, otherwise newest event first."""
    f = f or EvidenceFilter()
    joins, where, params = _evidence_where(t, f)
    order = "evidence_fts.rank, e.event_date DESC, e.id DESC" if joins else "e.event_date DESC, e.id DESC"
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params = [*params, int(limit), int(offset)]
    rows = list(t.db.query(f"SELECT e.* FROM evidence e{joins}{where} ORDER BY {order}{page}", params))
    return _evidence_items(t, rows)


def get_evidence(t: Tracker, uids: Iterable[str]) -> list[EvidenceItem]:
    uids = list(uids)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        rows.extend(t.db.query(f"SELECT * FROM evidence WHERE uid IN ({', '.join('?' for _ in chunk)})", chunk))
    order = {u: i for i, u in enumerate(uids)}
    rows.sort(key=lambda r: order[r["uid"]])
    return _evidence_items(t, rows)


def evidence_for_cell(
    t: Tracker, country: str, recommendation: str, *, include_archived: bool = False
) -> list[EvidenceItem]:
    rows = list(
        t.db.query(
            "SELECT e.* FROM evidence e JOIN evidence_links l ON l.evidence_id = e.id"
            " WHERE l.country_code = ? AND l.recommendation_code = ?"
            f"{'' if include_archived else ' AND e.archived = 0'} ORDER BY e.event_date DESC, e.id DESC",
            [country, recommendation],
        )
    )
    return _evidence_items(t, rows)


def _evidence_items(t: Tracker, rows: list[dict[str, Any]]) -> list[EvidenceItem]:
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


# ---------------------------------------------------------------- history
@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: str
    user: str
    operation: str
    action: str
    table_name: str
    row_key: str
    before: str | None
    after: str | None


def history(
    t: Tracker, *, table: str | None = None, key: str | None = None, limit: int | None = None
) -> list[HistoryEntry]:
    """The change log, newest first."""
    where, params = [], []
    if table:
        where.append("table_name = ?")
        params.append(table)
    if key:
        where.append("row_key = ?")
        params.append(key)
    # An import stores no copy of each record it creates (100,000 copies doubled
    # a tracker's size and most of the import's time).  Nothing is lost: every
    # later change to a record is recorded with a ``before``, so the record as
    # created is the ``before`` of its next entry, read here in the same query,
    # or, if it has not changed since, the record as it stands (_filled_in).
    sql = (
        "SELECT id, at, user, operation, action, table_name, row_key, before,"
        " coalesce(after, CASE WHEN action = 'insert' THEN (SELECT n.before FROM history n"
        "  WHERE n.table_name = h.table_name AND n.row_key = h.row_key AND n.id > h.id ORDER BY n.id LIMIT 1)"
        " END) AS after"
        " FROM history h" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    entries = [HistoryEntry(**r) for r in t.db.query(sql, params)]
    return [_filled_in(t, e) if e.action == "insert" and e.after is None else e for e in entries]


def _filled_in(t: Tracker, entry: HistoryEntry) -> HistoryEntry:
    """An import's insert entry of a record unchanged since: its ``after`` is the record now."""
    snapshot = ops.current_snapshot(t, entry.table_name, entry.row_key)
    return entry if snapshot is None else replace(entry, after=ops.history_json(snapshot))


def counts(t: Tracker) -> dict[str, int]:
    """Totals for the status bar and ``check``."""
    q = t.db.execute
    return {
        "countries": q("SELECT count(*) FROM countries WHERE archived = 0").fetchone()[0],
        "recommendations": q("SELECT count(*) FROM recommendations WHERE archived = 0").fetchone()[0],
        "evidence": q("SELECT count(*) FROM evidence WHERE archived = 0").fetchone()[0],
        "archived_evidence": q("SELECT count(*) FROM evidence WHERE archived = 1").fetchone()[0],
        "assessments": q("SELECT count(*) FROM assessments").fetchone()[0],
        "history": q("SELECT count(*) FROM history").fetchone()[0],
    }
