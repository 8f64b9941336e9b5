"""Named operations: every change a user can make to a tracker.

Each operation validates all of its input first, then writes in one
transaction together with its history records, and returns a
:class:`Change` that says what it touched, so views refresh only that.
Invalid input raises :class:`ValidationError` (or :class:`NotFoundError`)
and writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from pathlib import Path
from typing import Any

from . import lineage, validate
from .attachments import MAX_ATTACHMENT_BYTES as MAX_ATTACHMENT_BYTES
from .attachments import read_file_to_attach
from .codebook import Codebook, min_coverage
from .codebook_write import replace_status_scale
from .core import TrackerCore, new_uid, stable_uid
from .errors import NotFoundError, ValidationError
from .messages import translate
from .records import record

Cell = tuple[str, str]

EVIDENCE_FIELDS = (
    "event_date", "title", "url", "archive_url", "accessed_on",
    "publisher", "source_kind", "language", "notes",
)


@record
class Change:
    """What an operation changed: views refresh exactly these."""

    operation: str
    uid: str | None = None
    cells: set[Cell] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    assessments: set[str] = field(default_factory=set)
    codebook: bool = False
    proposals: set[str] = field(default_factory=set)  # uids of review proposals (db.review)

    def merge(self, other: Change) -> Change:
        self.cells |= other.cells
        self.evidence |= other.evidence
        self.assessments |= other.assessments
        self.proposals |= other.proposals
        self.codebook = self.codebook or other.codebook
        return self

    def is_empty(self) -> bool:
        """True when the operation changed nothing (no cell, evidence, assessment, proposal or codebook)."""
        return not (self.cells or self.evidence or self.assessments or self.proposals or self.codebook)


@record(frozen=True)
class Attachment:
    """A file stored inside the tracker with its evidence."""

    name: str
    data: bytes
    type: str = "application/octet-stream"

    @classmethod
    def from_path(cls, path: str | Path) -> Attachment:
        """Read a regular file to attach (links, pipes, devices and files over the limit are refused)."""
        name, data, kind = read_file_to_attach(path, MAX_ATTACHMENT_BYTES)
        return cls(name, data, kind)


# ---------------------------------------------------------------- review routing
#: Turns a person's status edit into a review proposal when the tracker
#: requires review, else returns None.  Installed by :mod:`db.review`, which
#: builds on this module (so this one cannot import it, even inside a function:
#: tests/test_layering.py); ``db/__init__`` imports db.review, and importing
#: db.ops imports the package first, so it is installed before any use.
StatusRoute = Callable[..., "Change | None"]
_status_route: list[StatusRoute] = []

#: The operations that are a person's status edit (an import is not: it loads statuses as given).
ROUTED_OPERATIONS = frozenset({"set_status", "add_evidence"})
#: The tracker setting (meta key) saying status changes need review (db.review owns it; read here for corrections).
REVIEW_SETTING = "review_required"


def route_status_edits(route: StatusRoute) -> None:
    """Install the review's proposal route (db.review does, once)."""
    _status_route[:] = [route]


def _routed(
    t: TrackerCore, operation: str, country: str, recommendation: str, status: str, *, effective_date: str,
    rationale: str, confidence: str, evidence: Sequence[str], uid: str | None = None,
) -> Change | None:
    """The proposal a person's status edit becomes while review is required; None when it is recorded as is."""
    if operation not in ROUTED_OPERATIONS or not _status_route:
        return None
    return _status_route[0](
        t, country, recommendation, status, effective_date=effective_date, rationale=rationale,
        confidence=confidence, evidence=evidence, uid=uid,
    )


# ---------------------------------------------------------------- history
def record_history(
    t: TrackerCore,
    operation: str,
    action: str,
    table: str,
    key: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    at: str | None = None,
    follows: list[str] | None = None,
) -> None:
    """Write one history entry; call inside the operation's transaction.

    It names what it was written after (``follows``, db.lineage): by default
    every version of the record this copy has, so an edit made after a
    conflict arrived settles it.
    """
    tips = lineage.row_tips(t.db, table, key) if follows is None else follows
    t.db.execute(
        "INSERT INTO history (at, user, operation, action, table_name, row_key, before, after, follows)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            at or t.now(),
            t.user,
            operation,
            action,
            table,
            key,
            None if before is None else history_json(before),
            None if after is None else history_json(after),
            lineage.follows_value(tips),
        ],
    )
    if len(tips) > 1:
        t.db.execute("DELETE FROM row_conflicts WHERE table_name = ? AND row_key = ?", [table, key])


def history_json(snapshot: dict[str, Any]) -> str:
    """A snapshot as the history stores it: JSON, keys sorted, text as is."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


def current_snapshot(t: TrackerCore, table: str, key: str) -> dict[str, Any] | None:
    """The record ``key`` of ``table`` as a history snapshot now, or None if it is gone.

    Only for the tables whose inserts a bulk import records without a copy
    (evidence and assessments, keyed by uid).
    """
    if table not in ("evidence", "assessments"):
        return None
    row = t.db.execute(f"SELECT uid FROM {table} WHERE uid = ?", [key]).fetchone()
    if row is None:
        return None
    return evidence_snapshot(t, row[0]) if table == "evidence" else assessment_snapshot(t, row[0])


# ---------------------------------------------------------------- lookups
def _one(t: TrackerCore, sql: str, params: Sequence[Any]) -> dict[str, Any] | None:
    rows = list(t.db.query(sql, params))
    return rows[0] if rows else None


def resolve_country(t: TrackerCore, value: str, field: str = "country", *, allow_archived: bool = False) -> str:
    """The alpha-2 code of a tracked country given its alpha-2, alpha-3 or English name."""
    text = validate.text(value, field, required=True) or ""
    row = _one(
        t,
        "SELECT code, archived FROM countries WHERE code = upper(?) OR alpha3 = upper(?) OR lower(name) = lower(?)",
        [text, text, text],
    )
    if row is None:
        raise ValidationError(
            field, translate(
                "DataOperations", "Unknown country {text!r}: it is not tracked here (use its ISO code or English name)."
            ).format(text=text)
        )
    if row["archived"] and not allow_archived:
        raise ValidationError(field, translate(
            "DataOperations", "The country {code} is archived; restore it before adding to it."
        ).format(code=row['code']))
    return row["code"]


def resolve_recommendation(
    t: TrackerCore, value: str, field: str = "recommendation", *, allow_archived: bool = False
) -> str:
    """A recommendation's code given its code or title."""
    text = validate.text(value, field, required=True) or ""
    row = _one(t, "SELECT code, archived FROM recommendations WHERE code = ? OR lower(title) = lower(?)", [text, text])
    if row is None:
        raise ValidationError(field, translate("DataOperations", "Unknown recommendation {text!r}.").format(text=text))
    if row["archived"] and not allow_archived:
        raise ValidationError(field, translate(
            "DataOperations", "The recommendation {code!r} is archived; restore it before adding to it."
        ).format(code=row['code']))
    return row["code"]


def resolve_status(t: TrackerCore, value: str, field: str = "status") -> dict[str, Any]:
    """A status row given its code or label; 'not assessed' is not a judgement."""
    text = validate.text(value, field, required=True) or ""
    row = _one(t, "SELECT * FROM statuses WHERE code = ? OR lower(label) = lower(?)", [text, text])
    if row is None:
        codes = ", ".join(r["code"] for r in t.db.query("SELECT code FROM statuses ORDER BY position"))
        raise ValidationError(field, translate(
            "DataOperations", "Unknown status {text!r}; use one of: {codes}."
        ).format(text=text, codes=codes))
    if row["score"] is None:
        raise ValidationError(field, translate(
            "DataOperations", "{label!r} is where every cell starts; choose a judgement instead."
        ).format(label=row['label']))
    return row


def group_members(t: TrackerCore, name: str, field: str = "group") -> list[str]:
    text = validate.text(name, field, required=True) or ""
    row = _one(t, "SELECT name FROM groups WHERE lower(name) = lower(?)", [text])
    if row is None:
        raise ValidationError(field, translate("DataOperations", "Unknown group {text!r}.").format(text=text))
    return [
        r["country_code"]
        for r in t.db.query(
            "SELECT m.country_code FROM group_members m JOIN countries c ON c.code = m.country_code"
            " WHERE m.group_name = ? AND c.archived = 0 ORDER BY m.country_code",
            [row["name"]],
        )
    ]


def _resolve_cells(
    t: TrackerCore, countries: Iterable[str], groups: Iterable[str], recommendations: Iterable[str]
) -> list[Cell]:
    codes: list[str] = []
    for c in countries:
        code = resolve_country(t, c)
        if code not in codes:
            codes.append(code)
    for g in groups:
        for code in group_members(t, g):
            if code not in codes:
                codes.append(code)
    recs: list[str] = []
    for r in recommendations:
        code = resolve_recommendation(t, r)
        if code not in recs:
            recs.append(code)
    if not codes:
        raise ValidationError("countries", translate("DataOperations", "Choose at least one country or group."))
    if not recs:
        raise ValidationError("recommendations", translate("DataOperations", "Choose at least one recommendation."))
    return [(c, r) for c in codes for r in recs]


def _evidence_row(t: TrackerCore, uid: str) -> dict[str, Any]:
    row = _one(t, "SELECT * FROM evidence WHERE uid = ?", [uid])
    if row is None:
        raise NotFoundError(translate("DataOperations", "There is no evidence with uid {uid}.").format(uid=uid))
    return row


def evidence_snapshot(t: TrackerCore, evidence_uid: str) -> dict[str, Any]:
    """Evidence as the history records it: fields, linked cells, attachment facts."""
    row = _one(t, "SELECT * FROM evidence WHERE uid = ?", [evidence_uid]) or {}
    snap = {k: v for k, v in row.items() if k != "id"}
    snap["cells"] = [
        f"{r['country_code']}:{r['recommendation_code']}"
        for r in t.db.query(
            "SELECT country_code, recommendation_code FROM evidence_links WHERE evidence_uid = ?"
            " ORDER BY country_code, recommendation_code",
            [evidence_uid],
        )
    ]
    att = _one(t, "SELECT name, type, size, sha256 FROM attachments WHERE evidence_uid = ?", [evidence_uid])
    snap["attachment"] = att
    return snap


def _cells_of(t: TrackerCore, evidence_uid: str) -> set[Cell]:
    return {
        (r["country_code"], r["recommendation_code"])
        for r in t.db.query(
            "SELECT country_code, recommendation_code FROM evidence_links WHERE evidence_uid = ?", [evidence_uid]
        )
    }


# ---------------------------------------------------------------- evidence
def _clean_evidence_fields(values: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key == "event_date":
            cleaned[key] = validate.date(value, "event_date")
        elif key == "accessed_on":
            cleaned[key] = validate.date(value, "accessed_on", required=False)
        elif key in ("url", "archive_url"):
            cleaned[key] = validate.url(value, key)
        elif key == "source_kind":
            cleaned[key] = validate.choice(value, "source_kind", validate.SOURCE_KINDS) or "other"
        elif key == "title":
            cleaned[key] = validate.text(value, key, max_length=1000)
        elif key in ("publisher", "language"):
            cleaned[key] = validate.text(value, key, max_length=500)
        elif key == "notes":
            cleaned[key] = validate.text(value, key)
        else:
            raise ValidationError(key, translate("DataOperations", "Evidence has no field {key!r}.").format(key=key))
    if not partial and "event_date" not in cleaned:
        raise ValidationError("event_date", translate("DataOperations", "The event date is required (YYYY-MM-DD)."))
    return cleaned


def add_evidence(
    t: TrackerCore,
    *,
    event_date: str,
    countries: Iterable[str] = (),
    groups: Iterable[str] = (),
    recommendations: Iterable[str] = (),
    title: str | None = None,
    url: str | None = None,
    archive_url: str | None = None,
    accessed_on: str | None = None,
    publisher: str | None = None,
    source_kind: str | None = "other",
    language: str | None = None,
    notes: str | None = None,
    attachment: Attachment | None = None,
    status: str | None = None,
    rationale: str | None = None,
    confidence: str | None = None,
    uid: str | None = None,
    operation: str = "add_evidence",
) -> Change:
    """Log a dated source, link it to cells (or to every member of groups), and
    optionally set the status of those cells effective on the event date."""
    fields = _clean_evidence_fields(
        {
            "event_date": event_date, "title": title, "url": url, "archive_url": archive_url,
            "accessed_on": accessed_on, "publisher": publisher, "source_kind": source_kind,
            "language": language, "notes": notes,
        },
        partial=False,
    )
    if not (fields["title"] or fields["url"] or fields["notes"]):
        raise ValidationError("title", translate(
            "DataOperations", "Give the evidence at least a title, a URL or notes."
        ))
    if not fields["title"]:
        fields["title"] = validate.title_from_notes(fields["notes"])
    cells = _resolve_cells(t, countries, groups, recommendations)
    status_row = None
    if status is not None and str(status).strip():
        status_row = resolve_status(t, status)
        rationale = validate.text(rationale, "rationale", required=True)
        confidence = validate.choice(confidence or "reported", "confidence", validate.CONFIDENCES)
    elif rationale and str(rationale).strip():
        raise ValidationError("status", translate("DataOperations", "A rationale was given without a status to set."))
    if uid is not None:
        uid = validate.uid(uid, "uid")
        if _one(t, "SELECT 1 AS x FROM evidence WHERE uid = ?", [uid]):
            raise ValidationError("uid", translate(
                "DataOperations", "Evidence with uid {uid} already exists."
            ).format(uid=uid))
    evidence_uid = uid or new_uid()
    change = Change(operation, uid=evidence_uid, cells=set(cells), evidence={evidence_uid})
    with t.atomic():
        stamp = t.now()
        t.db.execute(
            f"INSERT INTO evidence (uid, {', '.join(EVIDENCE_FIELDS)}, recorded_by, recorded_at, updated_at)"
            f" VALUES (?, {', '.join('?' for _ in EVIDENCE_FIELDS)}, ?, ?, ?)",
            [evidence_uid, *(fields[k] for k in EVIDENCE_FIELDS), t.user, stamp, stamp],
        )
        t.db.conn.executemany(
            "INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code) VALUES (?, ?, ?)",
            [(evidence_uid, c, r) for c, r in cells],
        )
        if attachment is not None:
            _store_attachment(t, evidence_uid, attachment)
        record_history(
            t, operation, "insert", "evidence", evidence_uid, None, evidence_snapshot(t, evidence_uid), stamp
        )
        if status_row is not None:
            for country, rec in cells:
                proposed = _routed(
                    t, operation, country, rec, status_row["code"], effective_date=fields["event_date"],
                    rationale=rationale or "", confidence=confidence or "reported", evidence=[evidence_uid],
                )
                if proposed is not None:  # review is required: a proposal, not yet a status
                    change.merge(proposed)
                    continue
                a_uid = _insert_assessment(
                    t, operation, country, rec, status_row["code"], fields["event_date"],
                    rationale or "", confidence or "reported", [evidence_uid],
                )
                change.assessments.add(a_uid)
    return change


def _store_attachment(t: TrackerCore, evidence_uid: str, attachment: Attachment) -> None:
    import hashlib  # loads OpenSSL: only when a file is attached, not at the app's start-up

    if len(attachment.data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError("attachment", translate("DataOperations", "{name} is larger than {megabytes} MB.").format(
            name=attachment.name, megabytes=MAX_ATTACHMENT_BYTES // 2**20
        ))
    name = validate.text(attachment.name, "attachment", required=True)
    t.db.execute("DELETE FROM attachments WHERE evidence_uid = ?", [evidence_uid])
    t.db.execute(
        "INSERT INTO attachments (evidence_uid, name, type, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?)",
        [
            evidence_uid, name, attachment.type, len(attachment.data),
            hashlib.sha256(attachment.data).hexdigest(), attachment.data,
        ],
    )


#: "Not given" for an argument where None means something (``attachment=None``
#: removes the attached file; leaving it out keeps it).
UNSET: Any = object()


def edit_evidence(
    t: TrackerCore,
    uid: str,
    *,
    countries: Iterable[str] | None = None,
    groups: Iterable[str] = (),
    recommendations: Iterable[str] | None = None,
    cells: Iterable[Cell] | None = None,
    attachment: Attachment | None = UNSET,
    operation: str = "edit_evidence",
    **values: Any,
) -> Change:
    """Change evidence fields and, when ``countries``/``recommendations`` (or
    exact ``cells``) are given, replace its links.  ``attachment=None`` removes
    the attached file."""
    row = _evidence_row(t, uid)
    groups = list(groups)  # read once: a generator would be empty when the links are resolved
    fields = _clean_evidence_fields(values, partial=True)
    merged = {k: row[k] for k in EVIDENCE_FIELDS} | fields
    if not (merged["title"] or merged["url"] or merged["notes"]):
        raise ValidationError("title", translate(
            "DataOperations", "Give the evidence at least a title, a URL or notes."
        ))
    if not merged["title"]:
        fields["title"] = merged["title"] = validate.title_from_notes(merged["notes"])
    old_cells = _cells_of(t, row["uid"])
    new_cells = old_cells
    if cells is not None:
        new_cells = set()
        for country, rec in cells:
            new_cells.add((resolve_country(t, country), resolve_recommendation(t, rec)))
        if not new_cells:
            raise ValidationError("countries", translate(
                "DataOperations", "Evidence must stay linked to at least one cell."
            ))
    elif countries is not None or recommendations is not None or groups:
        cur_countries = sorted({c for c, _ in old_cells})
        cur_recs = sorted({r for _, r in old_cells})
        new_cells = set(
            _resolve_cells(
                t,
                cur_countries if countries is None else countries,
                groups,
                cur_recs if recommendations is None else recommendations,
            )
        )
    changed_fields = {k: v for k, v in fields.items() if row[k] != v}
    if not changed_fields and new_cells == old_cells and attachment is UNSET:
        return Change(operation, uid=uid)
    change = Change(operation, uid=uid, cells=old_cells | new_cells, evidence={uid})
    with t.atomic():
        before = evidence_snapshot(t, row["uid"])
        stamp = t.now()
        sets = ", ".join(f"{k} = ?" for k in changed_fields)
        t.db.execute(
            f"UPDATE evidence SET {sets + ', ' if sets else ''}updated_at = ? WHERE uid = ?",
            [*changed_fields.values(), stamp, row["uid"]],
        )
        if new_cells != old_cells:
            t.db.execute("DELETE FROM evidence_links WHERE evidence_uid = ?", [row["uid"]])
            t.db.conn.executemany(
                "INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code) VALUES (?, ?, ?)",
                [(row["uid"], c, r) for c, r in sorted(new_cells)],
            )
        if attachment is None:
            t.db.execute("DELETE FROM attachments WHERE evidence_uid = ?", [row["uid"]])
        elif attachment is not UNSET:
            _store_attachment(t, row["uid"], attachment)
        record_history(t, operation, "update", "evidence", uid, before, evidence_snapshot(t, row["uid"]), stamp)
    return change


def archive_evidence(t: TrackerCore, uid: str, archived: bool = True) -> Change:
    """Archive (hide, never delete) evidence, or restore it with ``archived=False``."""
    row = _evidence_row(t, uid)
    operation = "archive_evidence" if archived else "restore_evidence"
    change = Change(operation, uid=uid, cells=_cells_of(t, row["uid"]), evidence={uid})
    if bool(row["archived"]) == archived:
        return Change(operation, uid=uid)  # already so (another program may have done it): nothing changed
    with t.atomic():
        before = evidence_snapshot(t, row["uid"])
        stamp = t.now()
        t.db.execute(
            "UPDATE evidence SET archived = ?, updated_at = ? WHERE uid = ?", [int(archived), stamp, row["uid"]]
        )
        record_history(
            t, operation, "archive" if archived else "restore", "evidence", uid, before,
            evidence_snapshot(t, row["uid"]), stamp,
        )
    return change


def delete_evidence(t: TrackerCore, uid: str) -> Change:
    """Remove evidence entered by mistake (undo of an add); the history keeps a full copy.

    Refused while an assessment still cites it: archive it instead.
    """
    row = _evidence_row(t, uid)
    cited = t.db.execute("SELECT count(*) FROM assessment_evidence WHERE evidence_uid = ?", [row["uid"]]).fetchone()[0]
    if cited:
        raise ValidationError(
            "evidence", translate(
                "DataOperations", "This evidence supports {cited} assessment(s); archive it instead of deleting it."
            ).format(cited=cited)
        )
    cells = _cells_of(t, row["uid"])
    with t.atomic():
        before = evidence_snapshot(t, row["uid"])
        t.db.execute("DELETE FROM evidence WHERE uid = ?", [row["uid"]])
        record_history(t, "delete_evidence", "delete", "evidence", uid, before, None)
    return Change("delete_evidence", uid=uid, cells=cells, evidence={uid})


def attachment_data(t: TrackerCore, uid: str) -> tuple[dict[str, Any], bytes] | None:
    """The attached file of a piece of evidence: its facts and its bytes."""
    row = _evidence_row(t, uid)
    att = _one(t, "SELECT name, type, size, sha256, data FROM attachments WHERE evidence_uid = ?", [row["uid"]])
    if att is None:
        return None
    data = att.pop("data")
    return att, data


# ---------------------------------------------------------------- assessments
def _evidence_ids(t: TrackerCore, uids: Iterable[str], field: str = "evidence") -> list[str]:
    """The uids of existing evidence, each once, in the order given (refuses one that does not exist)."""
    ids: list[str] = []
    for uid in uids:
        row = _one(t, "SELECT uid FROM evidence WHERE uid = ?", [str(uid).strip()])
        if row is None:
            raise ValidationError(field, translate(
                "DataOperations", "There is no evidence with uid {uid}."
            ).format(uid=uid))
        if row["uid"] not in ids:
            ids.append(row["uid"])
    return ids


#: An assessment's review columns (m005): in its history snapshot only once set (by an approval),
#: so the snapshots of statuses recorded without review read as they always did.
REVIEW_COLUMNS = frozenset({"reviewed_by", "reviewed_at", "review_comment"})


def assessment_snapshot(t: TrackerCore, assessment_uid: str) -> dict[str, Any]:
    row = _one(t, "SELECT * FROM assessments WHERE uid = ?", [assessment_uid]) or {}
    # "follows" is the status's place in the cell's lineage (db.lineage), not what it says
    snap = {k: v for k, v in row.items() if k not in ("id", "follows") and not (v is None and k in REVIEW_COLUMNS)}
    snap["evidence"] = [
        r["evidence_uid"]
        for r in t.db.query(
            "SELECT evidence_uid FROM assessment_evidence WHERE assessment_uid = ? ORDER BY evidence_uid",
            [assessment_uid],
        )
    ]
    return snap


def _insert_assessment(
    t: TrackerCore, operation: str, country: str, rec: str, status: str, effective_date: str,
    rationale: str, confidence: str, evidence_ids: Sequence[str], uid: str | None = None,
) -> str:
    uid = uid or new_uid()
    stamp = t.now()
    tips = lineage.cell_tips(t.db, country, rec)  # set after every status this copy has: settles a conflict
    t.db.execute(
        "INSERT INTO assessments (uid, country_code, recommendation_code, status_code, effective_date,"
        " rationale, confidence, recorded_by, recorded_at, updated_at, follows)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [uid, country, rec, status, effective_date, rationale, confidence, t.user, stamp, stamp,
         lineage.follows_value(tips)],
    )
    if len(tips) > 1:
        lineage.refresh_cell(t.db, country, rec)
    t.db.conn.executemany(
        "INSERT INTO assessment_evidence (assessment_uid, evidence_uid) VALUES (?, ?)",
        [(uid, e) for e in evidence_ids],
    )
    record_history(t, operation, "insert", "assessments", uid, None, assessment_snapshot(t, uid), stamp)
    return uid


def set_status(
    t: TrackerCore,
    country: str,
    recommendation: str,
    status: str,
    *,
    effective_date: str,
    rationale: str,
    confidence: str = "reported",
    evidence: Iterable[str] = (),
    uid: str | None = None,
    operation: str = "set_status",
) -> Change:
    """Record a new judgement for one cell; earlier ones stay as its history.

    ``operation`` names the user action in the history (an import says "import").
    While the tracker requires review, a person's edit (``operation`` "set_status")
    is a proposal instead (:func:`db.review.propose_status`)."""
    evidence = list(evidence)
    proposed = _routed(
        t, operation, country, recommendation, status, effective_date=effective_date, rationale=rationale,
        confidence=confidence, evidence=evidence, uid=uid,
    )
    if proposed is not None:
        return proposed
    country_code = resolve_country(t, country)
    rec_code = resolve_recommendation(t, recommendation)
    status_row = resolve_status(t, status)
    date = validate.date(effective_date, "effective_date")
    why = validate.text(rationale, "rationale", required=True)
    conf = validate.choice(confidence, "confidence", validate.CONFIDENCES, required=True)
    evidence_ids = _evidence_ids(t, evidence)
    if uid is not None:
        uid = validate.uid(uid, "uid")
    if uid is not None and _one(t, "SELECT 1 AS x FROM assessments WHERE uid = ?", [uid]):
        raise ValidationError("uid", translate(
            "DataOperations", "An assessment with uid {uid} already exists."
        ).format(uid=uid))
    with t.atomic():
        a_uid = _insert_assessment(
            t, operation, country_code, rec_code, status_row["code"], date or "", why or "", conf or "",
            evidence_ids, uid,
        )
    return Change(operation, uid=a_uid, cells={(country_code, rec_code)}, assessments={a_uid})


def _assessment_row(t: TrackerCore, uid: str) -> dict[str, Any]:
    row = _one(t, "SELECT * FROM assessments WHERE uid = ?", [uid])
    if row is None:
        raise NotFoundError(translate("DataOperations", "There is no assessment with uid {uid}.").format(uid=uid))
    return row


def correct_assessment(
    t: TrackerCore,
    uid: str,
    *,
    status: str | None = None,
    effective_date: str | None = None,
    rationale: str | None = None,
    confidence: str | None = None,
    evidence: Iterable[str] | None = None,
    operation: str = "correct_assessment",
) -> Change:
    """Fix a recorded assessment in place (a typo, a wrong date); the history keeps what it said before."""
    row = _assessment_row(t, uid)
    changes: dict[str, Any] = {}
    if status is not None:
        changes["status_code"] = resolve_status(t, status)["code"]
    if effective_date is not None:
        changes["effective_date"] = validate.date(effective_date, "effective_date")
    if rationale is not None:
        changes["rationale"] = validate.text(rationale, "rationale", required=True)
    if confidence is not None:
        changes["confidence"] = validate.choice(confidence, "confidence", validate.CONFIDENCES, required=True)
    evidence_ids = None if evidence is None else _evidence_ids(t, evidence)
    changes = {k: v for k, v in changes.items() if row[k] != v}
    moves_the_status = changes.keys() & {"status_code", "effective_date"}
    if operation == "correct_assessment" and moves_the_status and t.meta(REVIEW_SETTING) == "1":
        raise ValidationError(
            "status", translate(
                "DataOperations",
                "While status changes need review, a status or its date is not corrected in place:"
                " set a new status instead, and another person will review it.",
            ),
        )
    before_ids = {
        r["evidence_uid"]
        for r in t.db.query("SELECT evidence_uid FROM assessment_evidence WHERE assessment_uid = ?", [row["uid"]])
    }
    change = Change(operation, uid=uid, cells={(row["country_code"], row["recommendation_code"])}, assessments={uid})
    if not changes and (evidence_ids is None or set(evidence_ids) == before_ids):
        return change
    with t.atomic():
        before = assessment_snapshot(t, row["uid"])
        stamp = t.now()
        sets = ", ".join(f"{k} = ?" for k in changes)
        t.db.execute(
            f"UPDATE assessments SET {sets + ', ' if sets else ''}updated_at = ? WHERE uid = ?",
            [*changes.values(), stamp, row["uid"]],
        )
        if evidence_ids is not None:
            t.db.execute("DELETE FROM assessment_evidence WHERE assessment_uid = ?", [row["uid"]])
            t.db.conn.executemany(
                "INSERT INTO assessment_evidence (assessment_uid, evidence_uid) VALUES (?, ?)",
                [(row["uid"], e) for e in evidence_ids],
            )
        record_history(t, operation, "update", "assessments", uid, before, assessment_snapshot(t, row["uid"]), stamp)
    return change


def delete_assessment(t: TrackerCore, uid: str) -> Change:
    """Withdraw an assessment recorded in error (undo); the history keeps a copy."""
    row = _assessment_row(t, uid)
    with t.atomic():
        before = assessment_snapshot(t, row["uid"])
        t.db.execute("DELETE FROM assessments WHERE uid = ?", [row["uid"]])
        record_history(t, "delete_assessment", "delete", "assessments", uid, before, None)
    return Change(
        "delete_assessment", uid=uid, cells={(row["country_code"], row["recommendation_code"])}, assessments={uid}
    )


# ---------------------------------------------------------------- recommendations
def _rec_row(t: TrackerCore, code: str) -> dict[str, Any]:
    row = _one(t, "SELECT * FROM recommendations WHERE code = ?", [code])
    if row is None:
        raise NotFoundError(translate("DataOperations", "There is no recommendation {code!r}.").format(code=code))
    return row


def _rec_snapshot(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("id", "uid")}  # the history names it by its code


def add_recommendation(
    t: TrackerCore, code: str, title: str, *, text: str = "", guidance: str = "", weight: float = 1.0,
    position: int | None = None, operation: str = "add_recommendation",
) -> Change:
    """Add a recommendation at the end (or at ``position``)."""
    code = validate.recommendation_code(code, "recommendation code")
    clean = {
        "code": code,
        "title": validate.text(title, "title", required=True, max_length=300),
        "text": validate.text(text, "text") or "",
        "guidance": validate.text(guidance, "guidance") or "",
        "weight": validate.weight(weight),
    }
    if _one(t, "SELECT 1 AS x FROM recommendations WHERE code = ?", [code]):
        raise ValidationError("recommendation code", translate(
            "DataOperations", "A recommendation with code {code!r} already exists."
        ).format(code=code))
    if _one(t, "SELECT 1 AS x FROM recommendations WHERE lower(title) = lower(?)", [clean["title"]]):
        raise ValidationError("title", translate(
            "DataOperations", "A recommendation titled {title!r} already exists."
        ).format(title=clean['title']))
    with t.atomic():
        if position is None:
            position = t.db.execute("SELECT coalesce(max(position), 0) + 1 FROM recommendations").fetchone()[0]
        clean["position"] = position
        # Its uid follows from its code: two copies that add the same code offline add the same record.
        t.db.table("recommendations").insert({"uid": stable_uid("recommendation", code), **clean})
        record_history(t, operation, "insert", "recommendations", code, None, _rec_snapshot(_rec_row(t, code)))
    return Change(operation, uid=code, codebook=True)


def edit_recommendation(t: TrackerCore, code: str, **values: Any) -> Change:
    """Change a recommendation's title, text, guidance, weight or position (its code is stable)."""
    row = _rec_row(t, code)
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key == "title":
            clean[key] = validate.text(value, "title", required=True, max_length=300)
            other = _one(
                t, "SELECT code FROM recommendations WHERE lower(title) = lower(?) AND code != ?", [clean[key], code]
            )
            if other:
                raise ValidationError("title", translate(
                    "DataOperations", "A recommendation titled {key!r} already exists."
                ).format(key=clean[key]))
        elif key in ("text", "guidance"):
            clean[key] = validate.text(value, key) or ""
        elif key == "weight":
            clean[key] = validate.weight(value)
        elif key == "position":
            if not isinstance(value, int):
                raise ValidationError("position", translate("DataOperations", "The position must be a whole number."))
            clean[key] = value
        else:
            raise ValidationError(key, translate(
                "DataOperations", "A recommendation's {key!r} cannot be edited."
            ).format(key=key))
    clean = {k: v for k, v in clean.items() if row[k] != v}
    if not clean:
        return Change("edit_recommendation", uid=code)
    with t.atomic():
        t.db.table("recommendations").update(row["uid"], clean)
        record_history(
            t, "edit_recommendation", "update", "recommendations", code,
            _rec_snapshot(row), _rec_snapshot(_rec_row(t, code)),
        )
    return Change("edit_recommendation", uid=code, codebook=True)


def archive_recommendation(t: TrackerCore, code: str, archived: bool = True) -> Change:
    """Archive a recommendation: it leaves the matrix and the scores, its data stays."""
    row = _rec_row(t, code)
    operation = "archive_recommendation" if archived else "restore_recommendation"
    if bool(row["archived"]) == archived:
        return Change(operation, uid=code)
    with t.atomic():
        t.db.table("recommendations").update(row["uid"], {"archived": int(archived)})
        record_history(
            t, operation, "archive" if archived else "restore", "recommendations", code,
            _rec_snapshot(row), _rec_snapshot(_rec_row(t, code)),
        )
    return Change(operation, uid=code, codebook=True)


# ---------------------------------------------------------------- countries
def _country_row(t: TrackerCore, code: str) -> dict[str, Any]:
    row = _one(t, "SELECT * FROM countries WHERE code = ?", [str(code).upper()])
    if row is None:
        raise NotFoundError(translate("DataOperations", "There is no tracked country {code!r}.").format(code=code))
    return row


def add_country(
    t: TrackerCore, code_or_name: str, *, name: str | None = None, operation: str = "add_country"
) -> Change:
    """Track any ISO 3166-1 country, given by alpha-2, alpha-3 or English name."""
    from .iso import lookup as iso_lookup  # the ISO table loads when first needed, not at start-up

    text = validate.text(code_or_name, "country", required=True) or ""
    iso = iso_lookup(text)
    if iso is None:
        raise ValidationError("country", translate(
            "DataOperations", "{text!r} is not an ISO 3166-1 country code or name."
        ).format(text=text))
    existing = _one(t, "SELECT * FROM countries WHERE code = ?", [iso.alpha2])
    if existing is not None:
        if existing["archived"]:
            change = archive_country(t, iso.alpha2, archived=False)
            if name and name.strip() and name.strip() != existing["name"]:
                change.merge(edit_country(t, iso.alpha2, name=name))
            return change
        raise ValidationError("country", translate(
            "DataOperations", "{name} ({alpha2}) is already tracked."
        ).format(name=iso.name, alpha2=iso.alpha2))
    row = {
        "code": iso.alpha2,
        "alpha3": iso.alpha3,
        "name": validate.text(name, "name", max_length=200) or iso.name,
        "archived": 0,
    }
    with t.atomic():
        t.db.table("countries").insert(row)
        record_history(t, operation, "insert", "countries", iso.alpha2, None, row)
    return Change(operation, uid=iso.alpha2, codebook=True)


def edit_country(t: TrackerCore, code: str, *, name: str) -> Change:
    """Rename a tracked country (for example to a shorter display name)."""
    row = _country_row(t, code)
    new_name = validate.text(name, "name", required=True, max_length=200)
    if new_name == row["name"]:
        return Change("edit_country", uid=row["code"])
    with t.atomic():
        t.db.execute("UPDATE countries SET name = ? WHERE code = ?", [new_name, row["code"]])
        record_history(t, "edit_country", "update", "countries", row["code"], row, _country_row(t, row["code"]))
    return Change("edit_country", uid=row["code"], codebook=True)


def archive_country(t: TrackerCore, code: str, archived: bool = True) -> Change:
    """Stop (or resume) tracking a country; its evidence and assessments stay."""
    row = _country_row(t, code)
    operation = "archive_country" if archived else "restore_country"
    if bool(row["archived"]) == archived:
        return Change(operation, uid=row["code"])
    with t.atomic():
        t.db.execute("UPDATE countries SET archived = ? WHERE code = ?", [int(archived), row["code"]])
        record_history(
            t, operation, "archive" if archived else "restore", "countries", row["code"], row,
            _country_row(t, row["code"]),
        )
    return Change(operation, uid=row["code"], codebook=True)


def restore_country(t: TrackerCore, code: str) -> Change:
    """Bring an archived country back into the matrix, scores and ranks."""
    return archive_country(t, code, archived=False)


def remove_country(t: TrackerCore, code: str, *, operation: str = "remove_country") -> Change:
    """Forget a country added by mistake (the undo of :func:`add_country`).

    Refused while anything refers to it (evidence, assessments, a group):
    such a country is archived instead, so its history stays.
    """
    row = _country_row(t, code)
    used = _one(
        t,
        "SELECT (SELECT count(*) FROM evidence_links WHERE country_code = ?1)"
        " + (SELECT count(*) FROM assessments WHERE country_code = ?1)"
        " + (SELECT count(*) FROM proposals WHERE country_code = ?1)"
        " + (SELECT count(*) FROM group_members WHERE country_code = ?1) AS n",
        [row["code"]],
    )
    if used and used["n"]:
        raise ValidationError(
            "country", translate(
                "DataOperations", "{name} ({code}) has evidence, assessments or groups; archive it instead."
            ).format(name=row['name'], code=row['code'])
        )
    with t.atomic():
        t.db.execute("DELETE FROM countries WHERE code = ?", [row["code"]])
        record_history(t, operation, "delete", "countries", row["code"], row, None)
    return Change(operation, uid=row["code"], codebook=True)


# ---------------------------------------------------------------- groups
def _group_snapshot(t: TrackerCore, name: str) -> dict[str, Any] | None:
    row = _one(t, "SELECT name FROM groups WHERE name = ?", [name])
    if row is None:
        return None
    members = [
        r["country_code"]
        for r in t.db.query(
            "SELECT country_code FROM group_members WHERE group_name = ? ORDER BY country_code", [name]
        )
    ]
    return {"name": name, "members": members}


def _clean_members(t: TrackerCore, members: Iterable[str]) -> list[str]:
    codes: list[str] = []
    for m in members:
        code = resolve_country(t, m, "members", allow_archived=True)
        if code not in codes:
            codes.append(code)
    return sorted(codes)


def add_group(
    t: TrackerCore, name: str, members: Iterable[str] = (), *, operation: str = "add_group",
    position: int | None = None,
) -> Change:
    """Create a named group of tracked countries (an alliance, a region); ``position`` puts a deleted one back."""
    clean_name = validate.text(name, "group", required=True, max_length=100) or ""
    if _one(t, "SELECT 1 AS x FROM groups WHERE lower(name) = lower(?)", [clean_name]):
        raise ValidationError("group", translate(
            "DataOperations", "A group named {clean_name!r} already exists."
        ).format(clean_name=clean_name))
    codes = _clean_members(t, members)
    with t.atomic():
        if position is None:
            position = t.db.execute("SELECT coalesce(max(position), 0) + 1 FROM groups").fetchone()[0]
        t.db.execute("INSERT INTO groups (name, position) VALUES (?, ?)", [clean_name, position])
        t.db.conn.executemany(
            "INSERT INTO group_members (group_name, country_code) VALUES (?, ?)", [(clean_name, c) for c in codes]
        )
        record_history(t, operation, "insert", "groups", clean_name, None, _group_snapshot(t, clean_name))
    return Change(operation, uid=clean_name, codebook=True)


def edit_group(
    t: TrackerCore, name: str, *, new_name: str | None = None, members: Iterable[str] | None = None
) -> Change:
    """Rename a group and/or replace its members."""
    row = _one(t, "SELECT name FROM groups WHERE lower(name) = lower(?)", [str(name).strip()])
    if row is None:
        raise NotFoundError(translate("DataOperations", "There is no group {name!r}.").format(name=name))
    old = row["name"]
    target = old
    if new_name is not None:
        target = validate.text(new_name, "group", required=True, max_length=100) or old
        clash = _one(t, "SELECT 1 AS x FROM groups WHERE lower(name) = lower(?) AND name != ?", [target, old])
        if clash:
            raise ValidationError("group", translate(
                "DataOperations", "A group named {target!r} already exists."
            ).format(target=target))
    codes = None if members is None else _clean_members(t, members)
    before = _group_snapshot(t, old)
    assert before is not None
    if target == old and (codes is None or codes == before["members"]):
        return Change("edit_group", uid=old)
    with t.atomic():
        if target != old:
            t.db.execute("UPDATE groups SET name = ? WHERE name = ?", [target, old])
        if codes is not None:
            t.db.execute("DELETE FROM group_members WHERE group_name = ?", [target])
            t.db.conn.executemany(
                "INSERT INTO group_members (group_name, country_code) VALUES (?, ?)", [(target, c) for c in codes]
            )
        record_history(t, "edit_group", "update", "groups", old, before, _group_snapshot(t, target))
    return Change("edit_group", uid=target, codebook=True)


def rename_group(t: TrackerCore, name: str, new_name: str) -> Change:
    """Give a group a new name (its members stay)."""
    return edit_group(t, name, new_name=new_name)


def set_group_members(t: TrackerCore, name: str, members: Iterable[str]) -> Change:
    """Replace a group's members (every one must be a tracked country, archived ones included)."""
    return edit_group(t, name, members=list(members))


def group_position(t: TrackerCore, name: str) -> int | None:
    """Where a group sits in the group lists (kept so the undo of a deletion puts it back in place)."""
    row = _one(t, "SELECT position FROM groups WHERE lower(name) = lower(?)", [str(name).strip()])
    return None if row is None else int(row["position"])


def delete_group(t: TrackerCore, name: str, *, operation: str = "delete_group") -> Change:
    """Remove a group; its countries and the evidence entered for it stay."""
    row = _one(t, "SELECT name FROM groups WHERE lower(name) = lower(?)", [str(name).strip()])
    if row is None:
        raise NotFoundError(translate("DataOperations", "There is no group {name!r}.").format(name=name))
    with t.atomic():
        before = _group_snapshot(t, row["name"])
        t.db.execute("DELETE FROM groups WHERE name = ?", [row["name"]])
        record_history(t, operation, "delete", "groups", row["name"], before, None)
    return Change(operation, uid=row["name"], codebook=True)


# ---------------------------------------------------------------- codebook
def load_codebook_into(t: TrackerCore, codebook: Codebook) -> Change:
    """Fill an empty tracker from a codebook, in one transaction (``init``)."""
    from .iso import iso_countries

    iso = iso_countries()
    with t.atomic():
        if t.db.execute("SELECT count(*) FROM statuses").fetchone()[0]:
            raise ValidationError("codebook", translate("DataOperations", "This tracker already has a codebook."))
        meta = {
            "title": codebook.title,
            "description": codebook.description,
            "source": codebook.source,
            "review_interval_days": str(codebook.review_interval_days),
            "min_coverage_for_grade": f"{codebook.min_coverage_for_grade:g}",
            "created_at": t.now(),
            "created_by": t.user,
        }
        t.db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", list(meta.items()))

        replace_status_scale(t, codebook.statuses, codebook.grades)  # a new tracker: no history for these
        for pos, r in enumerate(codebook.recommendations, 1):
            add_recommendation(
                t, r.code, r.title, text=r.text, guidance=r.guidance, weight=r.weight, position=pos, operation="init"
            )
            if r.archived:  # an exported codebook keeps its archived recommendations (README, "Codebook format")
                archive_recommendation(t, r.code)
        archived = set(codebook.archived_countries)
        for code in [*codebook.countries, *codebook.archived_countries]:
            row = {"code": code, "alpha3": iso[code].alpha3, "name": iso[code].name, "archived": int(code in archived)}
            t.db.table("countries").insert(row)
            record_history(t, "init", "insert", "countries", code, None, row)
        for name, members in codebook.groups.items():
            add_group(t, name, members, operation="init")
        for i, ev in enumerate(codebook.evidence, 1):
            try:
                add_evidence(
                    t,
                    # A missing date is "" (not None): validate.date refuses both alike.
                    event_date=ev.get("date") or ev.get("event_date", ""),
                    countries=[c for c in ev.get("countries", []) if not str(c).startswith("group:")],
                    groups=[str(c)[6:] for c in ev.get("countries", []) if str(c).startswith("group:")],
                    recommendations=ev.get("recommendations", []),
                    title=ev.get("title"),
                    url=ev.get("url"),
                    archive_url=ev.get("archive_url"),
                    accessed_on=ev.get("accessed_on"),
                    publisher=ev.get("publisher"),
                    source_kind=ev.get("source_kind") or "other",
                    language=ev.get("language"),
                    notes=ev.get("notes"),
                    status=ev.get("status"),
                    rationale=ev.get("rationale"),
                    confidence=ev.get("confidence"),
                    operation="init",
                )
            except ValidationError as exc:
                raise ValidationError(exc.field, translate(
                    "DataOperations", "Codebook evidence {i}: {message}"
                ).format(i=i, message=exc.message)) from None
    return Change("init", codebook=True)


def set_meta(t: TrackerCore, key: str, value: str) -> Change:
    """Change a tracker setting (title, review interval...) with a history record."""
    key = validate.text(key, "key", required=True, max_length=100) or ""
    if key == "review_interval_days":
        # Every view reads this as a number of days: refuse what would break them.
        value = str(validate.positive_int(value, "review_interval_days"))
    elif key == "min_coverage_for_grade":
        value = f"{min_coverage(value):g}"  # a share from 0 to 1: every score's grade and rank depend on it
    before = t.meta(key)
    if before == value:
        return Change("set_meta", uid=key)
    with t.atomic():
        t.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        record_history(t, "set_meta", "update" if before is not None else "insert", "meta", key,
                       None if before is None else {key: before}, {key: value})
    return Change("set_meta", uid=key, codebook=True)
