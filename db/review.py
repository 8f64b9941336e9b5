"""A second coder's review: status changes proposed by one person, approved or returned by another.

Why this shape: approved statuses stay in ``assessments`` exactly as before,
so every query, ``cell_current``, the tallies, scores and ranks count only
approved statuses without a change.  While the tracker's setting
``review_required`` is on, a person's status edit (:func:`db.ops.set_status`,
and a status given with new evidence) is written to ``proposals`` instead;
approving one inserts the assessment (recorded by the proposer, at the time
proposed, with who reviewed it).  Pending proposals are few (the queue), so
"include proposed statuses" is an overlay of them on the approved statuses
(:func:`pending_overlay`, :func:`overlay_wins`).

Every operation validates first, then writes in one transaction with its
history entries (table ``proposals``), and returns a :class:`db.ops.Change`
whose ``proposals`` names the proposals touched.  Nobody approves or returns
their own proposal; only the proposer withdraws or revises it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Literal, NamedTuple

from . import lineage, validate
from .core import TrackerCore, new_uid
from .errors import NotFoundError, ValidationError
from .messages import translate
from .ops import (
    REVIEW_SETTING,
    Change,
    assessment_snapshot,
    record_history,
    resolve_country,
    resolve_recommendation,
    resolve_status,
    route_status_edits,
)
from .queries import CellStatus, CodebookView, codebook_view
from .records import record

Cell = tuple[str, str]
#: The tracker setting (meta key): '1' = status changes need review; absent or '0' = off.
SETTING = REVIEW_SETTING
STATES = ("proposed", "approved", "returned", "withdrawn")
PageState = Literal["proposed", "returned", "approved", "withdrawn", "all"]
#: Where a page of the queue starts: the (proposed_at, id) of the last row of the page before (id: the local rowid).
PageKey = tuple[str, int]

#: How every output that counts pending proposals says so.
INCLUDES_PROPOSED = "Includes proposed statuses not yet reviewed"

SELF_APPROVAL = translate("DataReview", "You proposed this change; another person must approve it.")
SELF_RETURN = translate("DataReview", "You proposed this change; withdraw it instead of returning it.")
#: A proposal's state as messages name it (English: the state itself).
STATE_WORDS = {
    "proposed": translate("DataReview", "proposed"),
    "approved": translate("DataReview", "approved"),
    "returned": translate("DataReview", "returned"),
    "withdrawn": translate("DataReview", "withdrawn"),
}


def _state_word(state: str) -> str:
    return STATE_WORDS.get(state, state)


@record(frozen=True)
class Proposal:
    """One proposed status change and where its review stands.

    ``evidence``: (uid, title) of the evidence it cites.  ``status_label`` and
    the ``approved_*`` fields (the cell's approved status now, for comparison)
    are filled in by the reads.
    """

    id: int  # this copy's rowid, for paging only: never shown, exported or replicated
    uid: str
    country_code: str
    recommendation_code: str
    status_code: str
    effective_date: str
    rationale: str
    confidence: str
    proposed_by: str
    proposed_at: str
    state: str
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    review_comment: str | None = None
    assessment_uid: str | None = None
    replaces: str | None = None
    evidence: tuple[tuple[str, str], ...] = ()
    status_label: str = ""
    approved_status_code: str | None = None
    approved_status_label: str | None = None
    approved_effective_date: str | None = None
    approved_recorded_at: str | None = None

    @property
    def cell(self) -> Cell:
        return (self.country_code, self.recommendation_code)

    @property
    def pending(self) -> bool:
        return self.state == "proposed"


class ReviewCounts(NamedTuple):
    """What the Review tab's title and filters show for one person."""

    waiting_for_me: int  # others' pending proposals: this person may review them
    returned_to_me: int  # this person's proposals returned with a comment, not yet revised or withdrawn
    mine_pending: int  # this person's proposals waiting for someone else


_COLUMNS = (
    "id", "uid", "country_code", "recommendation_code", "status_code", "effective_date", "rationale", "confidence",
    "proposed_by", "proposed_at", "state", "reviewed_by", "reviewed_at", "review_comment", "assessment_uid", "replaces",
)
_SELECT = (
    "SELECT " + ", ".join("p.rowid" if c == "id" else f"p.{c}" for c in _COLUMNS)
    + ", s.label, c.status_code, cs.label, c.effective_date,"
    " c.recorded_at FROM proposals p JOIN statuses s ON s.code = p.status_code"
    " LEFT JOIN cell_current c ON c.country_code = p.country_code AND c.recommendation_code = p.recommendation_code"
    " LEFT JOIN statuses cs ON cs.code = c.status_code"
)


# ---------------------------------------------------------------- the setting
def review_required(t: TrackerCore) -> bool:
    """Whether status changes need another person's approval before they count."""
    return t.meta(SETTING) == "1"


def set_review_required(t: TrackerCore, on: bool) -> Change:
    """Turn review on or off (a codebook change: every view reloads).

    Turning it off leaves pending proposals in the queue: they still need a
    review, and new status edits count at once.
    """
    value = "1" if on else "0"
    before = t.meta(SETTING)
    if (before == "1") == on:  # already so (absent is off): nothing to record or undo
        return Change("set_review_required", uid=SETTING)
    with t.atomic():
        t.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [SETTING, value],
        )
        record_history(
            t, "set_review_required", "update" if before is not None else "insert", "meta", SETTING,
            None if before is None else {SETTING: before}, {SETTING: value},
        )
    return Change("set_review_required", uid=SETTING, codebook=True)


# ---------------------------------------------------------------- reading
def _proposal(row: Sequence[Any], evidence: tuple[tuple[str, str], ...] = ()) -> Proposal:
    values = dict(zip(_COLUMNS, row[: len(_COLUMNS)], strict=True))
    label, a_code, a_label, a_date, a_at = row[len(_COLUMNS):]
    return Proposal(
        **values, evidence=evidence, status_label=label, approved_status_code=a_code, approved_status_label=a_label,
        approved_effective_date=a_date, approved_recorded_at=a_at,
    )


def _evidence_of(t: TrackerCore, ids: Sequence[str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The (uid, title) of the evidence each proposal (by uid) cites, oldest event first."""
    found: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start:chunk_start + 500])
        marks = ", ".join("?" for _ in chunk)
        for pid, uid, title in t.db.execute(
            "SELECT pe.proposal_uid, e.uid, coalesce(e.title, e.url, '') FROM proposal_evidence pe"
            f" JOIN evidence e ON e.uid = pe.evidence_uid WHERE pe.proposal_uid IN ({marks})"
            " ORDER BY e.event_date, e.rowid",
            chunk,
        ).fetchall():
            found[pid].append((str(uid), str(title)))
    return {k: tuple(v) for k, v in found.items()}


def _with_evidence(t: TrackerCore, rows: list[Sequence[Any]]) -> list[Proposal]:
    evidence = _evidence_of(t, [str(r[1]) for r in rows])
    return [_proposal(r, evidence[str(r[1])]) for r in rows]


def proposal(t: TrackerCore, uid: str) -> Proposal:
    """One proposal with its evidence and the cell's approved status now."""
    row = t.db.execute(f"{_SELECT} WHERE p.uid = ?", [str(uid).strip()]).fetchone()
    if row is None:
        raise NotFoundError(translate("DataReview", "There is no proposal with uid {uid}.").format(uid=uid))
    return _with_evidence(t, [row])[0]


def pending_overlay(
    t: TrackerCore, *, as_of: str | None = None, cells: Iterable[Cell] | None = None
) -> dict[Cell, Proposal]:
    """Each cell's latest pending proposal in effect by ``as_of`` (default today).

    Latest = the order assessments use (effective date, then time), so a
    proposal replaces the approved status when :func:`overlay_wins` says so.
    Reads only the pending proposals (a partial index): the cost is the
    size of the queue, not of the tracker.
    """
    day = t.today() if as_of is None else validate.date(as_of, "as_of") or t.today()
    wanted = None if cells is None else set(cells)
    rows = t.db.execute(
        f"{_SELECT} WHERE p.state = 'proposed' AND p.effective_date <= ?"
        " ORDER BY p.effective_date, p.proposed_at, p.uid",
        [day],
    ).fetchall()
    if wanted is not None:
        rows = [r for r in rows if (r[2], r[3]) in wanted]
    latest: dict[Cell, Sequence[Any]] = {}
    for row in rows:
        latest[(row[2], row[3])] = row  # ordered oldest first: the last one per cell wins
    found = _with_evidence(t, list(latest.values()))
    return {p.cell: p for p in found}


def overlay_wins(p: Proposal, effective_date: str | None, recorded_at: str | None) -> bool:
    """Whether the pending proposal ``p`` would be the cell's status over an approved one (None: no status).

    The same order as the approved statuses: later effective date, then later
    time recorded (an approval keeps the time proposed).
    """
    if effective_date is None:
        return True
    return (p.effective_date, p.proposed_at) > (effective_date, recorded_at or "")


def with_proposed(
    t: TrackerCore,
    statuses: dict[Cell, CellStatus],
    *,
    as_of: str | None = None,
    book: CodebookView | None = None,
    overlay: dict[Cell, Proposal] | None = None,
) -> dict[Cell, CellStatus]:
    """``statuses`` (approved, as of ``as_of``) with each cell's pending proposal in place where it wins.

    For "include proposed statuses": scores, ranks, exports and reports take
    the result as they take approved statuses.  Cells not in ``statuses``
    (archived, another group) stay out.  Cost: the size of the queue.
    """
    overlay = pending_overlay(t, as_of=as_of, cells=statuses) if overlay is None else overlay
    if not overlay:
        return statuses
    book = book or codebook_view(t)  # type: ignore[arg-type]  # a TrackerCore is all the query reads
    looks = {s.code: s for s in book.statuses}
    day = t.today() if as_of is None else validate.date(as_of, "as_of") or t.today()
    try:
        cutoff = (_dt.date.fromisoformat(day) - _dt.timedelta(days=book.review_interval_days)).isoformat()
    except OverflowError:
        cutoff = ""
    urls = _evidence_urls(t, [u for p in overlay.values() for u, _ in p.evidence])
    result = dict(statuses)
    for cell, p in overlay.items():
        old = statuses.get(cell)
        if old is None or not overlay_wins(p, old.effective_date, old.recorded_at):
            continue
        look = looks[p.status_code]
        uids = tuple(u for u, _ in p.evidence)
        result[cell] = replace(
            old, status_code=p.status_code, status_label=look.label, score=look.score, color=look.color,
            assessment_uid=p.uid, effective_date=p.effective_date, confidence=p.confidence, rationale=p.rationale,
            recorded_by=p.proposed_by, recorded_at=p.proposed_at, evidence_uids=uids,
            evidence_urls=tuple(url for u in uids if (url := urls.get(u))), needs_review=p.effective_date < cutoff,
        )
    return result


def _evidence_urls(t: TrackerCore, uids: Sequence[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for start in range(0, len(uids), 500):
        chunk = list(uids[start:start + 500])
        marks = ", ".join("?" for _ in chunk)
        for uid, url in t.db.execute(f"SELECT uid, url FROM evidence WHERE uid IN ({marks})", chunk).fetchall():
            found[str(uid)] = url
    return found


def review_page(
    t: TrackerCore,
    *,
    state: PageState = "proposed",
    proposed_by: str | None = None,
    exclude_proposed_by: str | None = None,
    after: PageKey | None = None,
    limit: int = 100,
) -> tuple[list[Proposal], PageKey | None]:
    """One page of the queue, newest first, and the key of the next page (None at the end).

    Keyset paging on (proposed_at, rowid): each page is an index walk, however
    long the queue's past.  ``state="returned"`` lists only returned
    proposals not yet revised (what the proposer still has to act on).
    """
    if state != "all" and state not in STATES:
        raise ValidationError("state", translate(
            "DataReview", "Unknown review state {state!r}; use one of: {states}, all."
        ).format(state=state, states=", ".join(STATES)))
    where: list[str] = []
    params: list[Any] = []
    if state != "all":
        where.append("p.state = ?")
        params.append(state)
    if state == "returned":
        where.append("NOT EXISTS (SELECT 1 FROM proposals r WHERE r.replaces = p.uid)")
    if proposed_by is not None:
        where.append("p.proposed_by = ?")
        params.append(proposed_by)
    if exclude_proposed_by is not None:
        where.append("p.proposed_by != ?")
        params.append(exclude_proposed_by)
    if after is not None:
        where.append("(p.proposed_at, p.rowid) < (?, ?)")  # a row value: a range seek on the index, not a scan
        params += [after[0], int(after[1])]
    index = "proposals_newest" if state == "all" else "proposals_page"
    sql = (
        _SELECT.replace("FROM proposals p", f"FROM proposals p INDEXED BY {index}")
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY p.proposed_at DESC, p.rowid DESC LIMIT ?"
    )
    rows = t.db.execute(sql, [*params, max(1, int(limit)) + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    page = _with_evidence(t, rows)
    next_key = (page[-1].proposed_at, page[-1].id) if more and page else None
    return page, next_key


def review_counts(t: TrackerCore, user: str) -> ReviewCounts:
    """How many proposals wait for ``user``'s review, were returned to them, and they have pending."""
    waiting, mine = t.db.execute(
        "SELECT coalesce(sum(proposed_by != ?1), 0), coalesce(sum(proposed_by = ?1), 0)"
        " FROM proposals INDEXED BY proposals_pending WHERE state = 'proposed'",
        [user],
    ).fetchone()
    returned = t.db.execute(
        "SELECT count(*) FROM proposals p WHERE p.state = 'returned' AND p.proposed_by = ?"
        " AND NOT EXISTS (SELECT 1 FROM proposals r WHERE r.replaces = p.uid)",
        [user],
    ).fetchone()[0]
    return ReviewCounts(int(waiting), int(returned), int(mine))


# ---------------------------------------------------------------- writing
def _row(t: TrackerCore, uid: str) -> dict[str, Any]:
    rows = list(t.db.query("SELECT * FROM proposals WHERE uid = ?", [str(uid).strip()]))
    if not rows:
        raise NotFoundError(translate("DataReview", "There is no proposal with uid {uid}.").format(uid=uid))
    return rows[0]


def snapshot(t: TrackerCore, proposal_uid: str) -> dict[str, Any]:
    """A proposal as the history records it: its fields and the uids of the evidence it cites."""
    rows = list(t.db.query("SELECT * FROM proposals WHERE uid = ?", [proposal_uid]))
    snap = {k: v for k, v in rows[0].items() if k != "id"} if rows else {}
    snap["evidence"] = [
        r[0]
        for r in t.db.execute(
            "SELECT evidence_uid FROM proposal_evidence WHERE proposal_uid = ? ORDER BY evidence_uid",
            [proposal_uid],
        ).fetchall()
    ]
    return snap


def _evidence_ids(t: TrackerCore, uids: Iterable[str]) -> list[str]:
    ids: list[str] = []
    for uid in uids:
        row = t.db.execute("SELECT uid FROM evidence WHERE uid = ?", [str(uid).strip()]).fetchone()
        if row is None:
            raise ValidationError("evidence", translate(
                "DataReview", "There is no evidence with uid {uid}."
            ).format(uid=uid))
        if row[0] not in ids:
            ids.append(row[0])
    return ids


def _cell(row: dict[str, Any]) -> Cell:
    return (row["country_code"], row["recommendation_code"])


def _change(operation: str, row: dict[str, Any], *, assessment: bool = False) -> Change:
    change = Change(operation, uid=row["uid"], cells={_cell(row)}, proposals={row["uid"]})
    if assessment:
        change.assessments.add(row["uid"])
    return change


def _update(
    t: TrackerCore, row: dict[str, Any], operation: str, values: dict[str, Any], action: str = "update"
) -> None:
    """Change a proposal's review fields and record before → after (inside the caller's transaction)."""
    before = snapshot(t, row["uid"])
    sets = ", ".join(f"{k} = ?" for k in values)
    t.db.execute(f"UPDATE proposals SET {sets} WHERE uid = ?", [*values.values(), row["uid"]])
    record_history(t, operation, action, "proposals", row["uid"], before, snapshot(t, row["uid"]))


def propose_status(
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
    operation: str = "propose_status",
    replaces: str | None = None,
) -> Change:
    """Propose a status for one cell: it counts once another person approves it.

    Validated exactly as :func:`db.ops.set_status`.  The approved assessment
    will carry the proposal's uid.
    """
    country_code = resolve_country(t, country)
    rec_code = resolve_recommendation(t, recommendation)
    status_row = resolve_status(t, status)
    date = validate.date(effective_date, "effective_date") or ""
    why = validate.text(rationale, "rationale", required=True) or ""
    conf = validate.choice(confidence, "confidence", validate.CONFIDENCES, required=True) or ""
    evidence_ids = _evidence_ids(t, evidence)
    if uid is not None:
        uid = validate.uid(uid, "uid")
        taken = t.db.execute(
            "SELECT EXISTS (SELECT 1 FROM proposals WHERE uid = ?1)"
            " OR EXISTS (SELECT 1 FROM assessments WHERE uid = ?1)",
            [uid],
        ).fetchone()[0]
        if taken:
            raise ValidationError("uid", translate(
                "DataReview", "A proposal or assessment with uid {uid} already exists."
            ).format(uid=uid))
    p_uid = uid or new_uid()
    with t.atomic():
        stamp = t.now()
        t.db.execute(
            "INSERT INTO proposals (uid, country_code, recommendation_code, status_code, effective_date, rationale,"
            " confidence, proposed_by, proposed_at, state, replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?)",
            [p_uid, country_code, rec_code, status_row["code"], date, why, conf, t.user, stamp, replaces],
        )
        t.db.conn.executemany(
            "INSERT INTO proposal_evidence (proposal_uid, evidence_uid) VALUES (?, ?)",
            [(p_uid, e) for e in evidence_ids],
        )
        record_history(t, operation, "insert", "proposals", p_uid, None, snapshot(t, p_uid), stamp)
    return Change(operation, uid=p_uid, cells={(country_code, rec_code)}, proposals={p_uid})


def _route(
    t: TrackerCore, country: str, recommendation: str, status: str, *, effective_date: str, rationale: str,
    confidence: str, evidence: Sequence[str], uid: str | None = None,
) -> Change | None:
    """db.ops' route for a person's status edit: a proposal while review is required."""
    if not review_required(t):
        return None
    return propose_status(
        t, country, recommendation, status, effective_date=effective_date, rationale=rationale,
        confidence=confidence, evidence=evidence, uid=uid,
    )


route_status_edits(_route)



def _pending(row: dict[str, Any], doing: str) -> None:
    if row["state"] != "proposed":
        raise ValidationError(
            "state", translate(
                "DataReview", "This proposal is {state}, not waiting for review: it cannot be {doing}."
            ).format(state=_state_word(row['state']), doing=doing)
        )


def _revised(t: TrackerCore, row: dict[str, Any]) -> bool:
    return t.db.execute("SELECT 1 FROM proposals WHERE replaces = ?", [row["uid"]]).fetchone() is not None


# Each review step reads the proposal and checks it inside its transaction: ``atomic()`` begins
# with the write lock, so two reviewers in two programs cannot both act on the same pending one.
def approve(t: TrackerCore, uid: str, *, comment: str | None = None) -> Change:
    """Approve another person's pending proposal: it becomes the cell's assessment.

    The assessment is recorded by the proposer at the time proposed (so it
    sorts where it was proposed), with who approved it and when.
    """
    note = validate.text(comment, "comment")
    with t.atomic():
        row = _row(t, uid)
        if row["proposed_by"] == t.user:
            raise ValidationError("reviewer", SELF_APPROVAL)
        _pending(row, STATE_WORDS["approved"])
        if t.db.execute("SELECT 1 FROM assessments WHERE uid = ?", [row["uid"]]).fetchone():
            raise ValidationError("uid", translate(
                "DataReview", "An assessment with uid {uid} already exists."
            ).format(uid=row['uid']))
        stamp = t.now()
        tips = lineage.cell_tips(t.db, row["country_code"], row["recommendation_code"])
        t.db.execute(
            "INSERT INTO assessments (uid, country_code, recommendation_code, status_code, effective_date, rationale,"
            " confidence, recorded_by, recorded_at, updated_at, reviewed_by, reviewed_at, review_comment, follows)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row["uid"], row["country_code"], row["recommendation_code"], row["status_code"],
                row["effective_date"], row["rationale"], row["confidence"], row["proposed_by"], row["proposed_at"],
                stamp, t.user, stamp, note, lineage.follows_value(tips),
            ],
        )
        if len(tips) > 1:
            lineage.refresh_cell(t.db, row["country_code"], row["recommendation_code"])
        t.db.execute(
            "INSERT INTO assessment_evidence (assessment_uid, evidence_uid)"
            " SELECT ?1, evidence_uid FROM proposal_evidence WHERE proposal_uid = ?1",
            [row["uid"]],
        )
        record_history(
            t, "approve_status", "insert", "assessments", row["uid"], None, assessment_snapshot(t, row["uid"]), stamp
        )
        _update(
            t, row, "approve_status",
            {"state": "approved", "reviewed_by": t.user, "reviewed_at": stamp, "review_comment": note,
             "assessment_uid": row["uid"]},
        )
    return _change("approve_status", row, assessment=True)


def unapprove(t: TrackerCore, uid: str) -> Change:
    """Undo an approval: the assessment it made goes, the proposal waits for review again."""
    operation = "undo approve_status"
    with t.atomic():
        row = _row(t, uid)
        if row["state"] != "approved":
            raise ValidationError(
                "state", translate(
                    "DataReview", "This proposal is {state}, not approved: there is no approval to undo."
                ).format(state=_state_word(row['state']))
            )
        if row["assessment_uid"] is not None:
            before = assessment_snapshot(t, row["assessment_uid"])
            t.db.execute("DELETE FROM assessments WHERE uid = ?", [row["assessment_uid"]])
            record_history(t, operation, "delete", "assessments", row["uid"], before, None)
        _update(
            t, row, operation,
            {"state": "proposed", "reviewed_by": None, "reviewed_at": None, "review_comment": None,
             "assessment_uid": None},
        )
    return _change(operation, row, assessment=True)


def return_proposal(t: TrackerCore, uid: str, comment: str) -> Change:
    """Send another person's pending proposal back to them with a comment saying what to fix."""
    note = validate.text(comment, "comment")
    with t.atomic():
        row = _row(t, uid)
        if row["proposed_by"] == t.user:
            raise ValidationError("reviewer", SELF_RETURN)
        _pending(row, STATE_WORDS["returned"])
        if not note:
            raise ValidationError(
                "comment", translate(
                    "DataReview", "Say why the proposal is returned: the proposer needs to know what to fix."
                )
            )
        _update(t, row, "return_status", {"state": "returned", "reviewed_by": t.user, "reviewed_at": t.now(),
                                          "review_comment": note})
    return _change("return_status", row)


def unreturn(t: TrackerCore, uid: str) -> Change:
    """Undo a return: the proposal waits for review again."""
    operation = "undo return_status"
    with t.atomic():
        row = _row(t, uid)
        if row["state"] != "returned":
            raise ValidationError(
                "state", translate(
                    "DataReview", "This proposal is {state}, not returned: there is no return to undo."
                ).format(state=_state_word(row['state']))
            )
        if _revised(t, row):
            raise ValidationError(
                "state", translate(
                    "DataReview", "This proposal has been revised since it was returned; review the revision."
                )
            )
        _update(t, row, operation, {"state": "proposed", "reviewed_by": None, "reviewed_at": None,
                                    "review_comment": None})
    return _change(operation, row)


def withdraw(t: TrackerCore, uid: str) -> Change:
    """The proposer takes back a pending or returned proposal; it stays in the history as withdrawn."""
    with t.atomic():
        row = _row(t, uid)
        if row["proposed_by"] != t.user:
            raise ValidationError("user", translate(
                "DataReview", "Only {proposed_by}, who proposed this change, can withdraw it."
            ).format(proposed_by=row['proposed_by']))
        if row["state"] not in ("proposed", "returned"):
            raise ValidationError(
                "state", translate(
                    "DataReview", "This proposal is {state}: only a pending or returned one is withdrawn."
                ).format(state=_state_word(row['state']))
            )
        _update(t, row, "withdraw_proposal", {"state": "withdrawn"})
    return _change("withdraw_proposal", row)


def unwithdraw(t: TrackerCore, uid: str) -> Change:
    """Undo a withdrawal: back to returned (if a reviewer had returned it) or to waiting for review."""
    operation = "undo withdraw_proposal"
    with t.atomic():
        row = _row(t, uid)
        if row["state"] != "withdrawn":
            raise ValidationError("state", translate(
                "DataReview", "This proposal is {state}, not withdrawn."
            ).format(state=_state_word(row['state'])))
        _update(t, row, operation, {"state": "returned" if row["reviewed_by"] else "proposed"})
    return _change(operation, row)


def resubmit(
    t: TrackerCore,
    uid: str,
    *,
    status: str | None = None,
    effective_date: str | None = None,
    rationale: str | None = None,
    confidence: str | None = None,
    evidence: Iterable[str] | None = None,
    revision_uid: str | None = None,
) -> Change:
    """The proposer revises a returned proposal: a new pending proposal that records which one it ``replaces``.

    Fields not given are kept.  The returned one stays as it was (with the
    reviewer's comment) and leaves the "returned to me" list.
    """
    with t.atomic():
        row = _row(t, uid)
        if row["proposed_by"] != t.user:
            raise ValidationError("user", translate(
                "DataReview", "Only {proposed_by}, who proposed this change, can revise it."
            ).format(proposed_by=row['proposed_by']))
        if row["state"] != "returned":
            raise ValidationError("state", translate(
                "DataReview", "This proposal is {state}: only a returned proposal is revised."
            ).format(state=_state_word(row['state'])))
        if _revised(t, row):
            raise ValidationError("state", translate("DataReview", "This proposal has already been revised."))
        cited = snapshot(t, row["uid"])["evidence"] if evidence is None else list(evidence)
        return propose_status(
            t, row["country_code"], row["recommendation_code"], status or row["status_code"],
            effective_date=effective_date or row["effective_date"],
            rationale=row["rationale"] if rationale is None else rationale,
            confidence=confidence or row["confidence"], evidence=cited, uid=revision_uid,
            operation="resubmit_proposal", replaces=row["uid"],
        )


def delete_proposal(t: TrackerCore, uid: str, *, operation: str = "undo propose_status") -> Change:
    """Remove a proposal made by mistake (the undo of proposing or revising it); the history keeps a copy.

    Refused once approved (undo the approval first) or revised.
    """
    with t.atomic():
        row = _row(t, uid)
        if row["state"] == "approved":
            raise ValidationError("state", translate(
                "DataReview", "This proposal has been approved; undo the approval first."
            ))
        if _revised(t, row):
            raise ValidationError("state", translate(
                "DataReview", "This proposal has been revised; remove the revision first."
            ))
        before = snapshot(t, row["uid"])
        t.db.execute("DELETE FROM proposals WHERE uid = ?", [row["uid"]])
        record_history(t, operation, "delete", "proposals", row["uid"], before, None)
    return _change(operation, row)


__all__ = [
    "INCLUDES_PROPOSED", "SETTING", "STATES", "PageKey", "Proposal", "ReviewCounts", "approve", "delete_proposal",
    "overlay_wins", "pending_overlay", "proposal", "propose_status", "resubmit", "return_proposal", "review_counts",
    "review_page", "review_required", "set_review_required", "snapshot", "unapprove", "unreturn", "unwithdraw",
    "with_proposed", "withdraw",
]
