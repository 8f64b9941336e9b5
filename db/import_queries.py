"""The reads an import needs, answered in bulk.

An import resolves every cell of a file against the codebook and looks up
the evidence its rows name; doing that through one query per row would be
slow, so these functions read each thing once (or per batch) and hand back
plain typed rows.  They write nothing.  Here, rather than in the importer,
so that db/ is the only code that runs SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import field
from typing import Any

from .core import TrackerCore
from .records import record

Cell = tuple[str, str]

#: The evidence columns an import can fill, in the table's order.
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "event_date",
    "title",
    "url",
    "archive_url",
    "accessed_on",
    "publisher",
    "source_kind",
    "language",
    "notes",
)
#: Most values bound in one ``IN (...)`` list (SQLite's limit is 999 on old builds).
_CHUNK = 500


@record(frozen=True, slots=True)
class CountryRow:
    """A tracked country (archived ones too)."""

    code: str
    alpha3: str
    name: str
    archived: bool


@record(frozen=True, slots=True)
class GroupRow:
    """A country group and its members that are tracked and not archived, by code."""

    name: str
    members: tuple[str, ...]


@record(frozen=True, slots=True)
class RecommendationRow:
    """A recommendation of the codebook (archived ones too)."""

    code: str
    title: str
    archived: bool


@record(frozen=True, slots=True)
class StatusRow:
    """A status of the scale; ``score`` None is the status every cell starts with."""

    code: str
    label: str
    score: float | None


@record(frozen=True, slots=True)
class CellAssessment:
    """An assessment citing some evidence: what an import compares a row's status with."""

    uid: str
    country_code: str
    recommendation_code: str
    status_code: str
    effective_date: str
    rationale: str
    confidence: str


@record(slots=True)
class ExistingEvidence:
    """Evidence already in the tracker, as an import row naming its uid finds it."""

    id: str  # the uid (an integer id before m007): what the links and citations name it by
    uid: str
    values: dict[str, Any]  # every column of EVIDENCE_COLUMNS
    cells: set[Cell] = field(default_factory=set)
    assessments: list[CellAssessment] = field(default_factory=list)  # oldest recorded first


@record(frozen=True, slots=True)
class EvidenceKey:
    """What tells one evidence from another for duplicate detection."""

    uid: str
    event_date: str
    url: str | None
    title: str | None
    cells: tuple[str, ...]  # 'CC:rec', sorted


def countries(t: TrackerCore) -> list[CountryRow]:
    """Every tracked country, archived ones too, in the order they were added."""
    return [
        CountryRow(r["code"], r["alpha3"], r["name"], bool(r["archived"]))
        for r in t.db.query("SELECT code, alpha3, name, archived FROM countries")
    ]


def groups(t: TrackerCore) -> list[GroupRow]:
    """Every group with its tracked, unarchived members (in code order)."""
    members: dict[str, list[str]] = {}
    for r in t.db.query(
        "SELECT m.group_name, m.country_code FROM group_members m JOIN countries c ON c.code = m.country_code"
        " WHERE c.archived = 0 ORDER BY m.country_code"
    ):
        members.setdefault(r["group_name"], []).append(r["country_code"])
    return [GroupRow(r["name"], tuple(members.get(r["name"], ()))) for r in t.db.query("SELECT name FROM groups")]


def recommendations(t: TrackerCore) -> list[RecommendationRow]:
    """Every recommendation, archived ones too, in the codebook's order."""
    return [
        RecommendationRow(r["code"], r["title"], bool(r["archived"]))
        for r in t.db.query("SELECT code, title, archived FROM recommendations ORDER BY position")
    ]


def count_recommendations(t: TrackerCore) -> int:
    """How many recommendations the tracker has (a codebook import needs none)."""
    return t.db.execute("SELECT count(*) FROM recommendations").fetchone()[0]


def statuses(t: TrackerCore) -> list[StatusRow]:
    """The status scale, in its order."""
    return [
        StatusRow(r["code"], r["label"], r["score"])
        for r in t.db.query("SELECT code, label, score FROM statuses ORDER BY position")
    ]


def statuses_in_use_outside(t: TrackerCore, codes: Iterable[str]) -> list[tuple[str, int]]:
    """(status code, number of assessments) for every status used by assessments that is not in ``codes``."""
    keep = sorted(set(codes))
    return [
        (r["status_code"], r["n"])
        for r in t.db.query(
            "SELECT status_code, count(*) AS n FROM assessments"
            f" WHERE status_code NOT IN ({', '.join('?' * len(keep))}) GROUP BY status_code ORDER BY status_code",
            keep,
        )
    ]


def evidence_keys(t: TrackerCore) -> Iterator[EvidenceKey]:
    """Every evidence record (archived too) with its cells, in uid order, streamed: one pass over two indexes."""
    conn = t.db.conn
    links = conn.execute(
        "SELECT evidence_uid, country_code, recommendation_code FROM evidence_links"
        " ORDER BY evidence_uid, country_code, recommendation_code"
    )
    pending = next(links, None)
    rows = conn.execute("SELECT uid, uid, event_date, url, title FROM evidence ORDER BY uid")
    for eid, uid, date, url, title in rows:
        cells: list[str] = []
        while pending is not None and pending[0] < eid:
            pending = next(links, None)
        while pending is not None and pending[0] == eid:
            cells.append(f"{pending[1]}:{pending[2]}")
            pending = next(links, None)
        yield EvidenceKey(uid, date, url, title, tuple(sorted(cells)))


def existing_evidence(
    t: TrackerCore, uids: Iterable[str], *, with_assessments: Iterable[str] = ()
) -> dict[str, ExistingEvidence]:
    """The evidence with these uids (those that exist), with its cells; and, for the uids in
    ``with_assessments``, the assessments that cite it (oldest recorded first)."""
    wanted = list(dict.fromkeys(uids))
    conn = t.db.conn
    names = ("uid", "uid", *EVIDENCE_COLUMNS)
    select = f"SELECT {', '.join(names)} FROM evidence WHERE uid IN "
    found: dict[str, ExistingEvidence] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in conn.execute(f"{select}({', '.join('?' * len(chunk))})", chunk):
            found[row[1]] = ExistingEvidence(row[0], row[1], dict(zip(EVIDENCE_COLUMNS, row[2:], strict=True)))
    if not found:
        return found
    by_id = {e.id: e for e in found.values()}
    ids = list(by_id)
    status_ids = {found[u].id for u in with_assessments if u in found}
    for start in range(0, len(ids), _CHUNK):
        id_chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(id_chunk))
        for eid, c, r in conn.execute(
            "SELECT evidence_uid, country_code, recommendation_code FROM evidence_links"
            f" WHERE evidence_uid IN ({marks})",
            id_chunk,
        ):
            by_id[eid].cells.add((c, r))
        if status_ids:
            for row in conn.execute(
                "SELECT ae.evidence_uid, a.uid, a.country_code, a.recommendation_code, a.status_code, a.effective_date,"
                " a.rationale, a.confidence FROM assessment_evidence ae"
                f" JOIN assessments a ON a.uid = ae.assessment_uid WHERE ae.evidence_uid IN ({marks})"
                " ORDER BY a.recorded_at, a.rowid",
                id_chunk,
            ):
                if row[0] in status_ids:
                    by_id[row[0]].assessments.append(CellAssessment(*row[1:]))
    return found
