"""Replicated rows keyed by UUIDs (migration m007, issue 14): the tables' new shape and the in-place rebuild.

Why: SQLite's session extension keys a changeset by each table's declared
PRIMARY KEY.  With ``INTEGER PRIMARY KEY`` ids, two replicas that each add a
record offline both make id 1001 and their changesets collide.  So every
replicated table is keyed by a UUID (``uid TEXT PRIMARY KEY``, lower-case
canonical form; new rows get one from :func:`db.core.new_uid` or the column's
SQL default, :data:`UID_SQL`) and refers to other records by their uid
(``evidence_uid``, ``assessment_uid``, ``proposal_uid``).  Link tables are
keyed by the uids and codes they join and have no uid of their own.  Tables
keyed by natural codes (statuses, countries, groups, group members, grades,
meta, translations) stay as they were.

The implicit ``rowid`` of a table with a TEXT primary key stays, for local use
only: the search index's ``content_rowid``, keyset paging's tie-breaks and the
history's local order (what was written here since a window last looked).  It
is never replicated (a changeset carries declared columns only), exported or
shown: the same record has different rowids on two replicas.  The migration
keeps each record's old integer id as its rowid, so the search index stays
valid without a rebuild and a window's remembered history position survives.
"""

from __future__ import annotations

import json

from .connection import SQL

#: A random (version 4) UUID in lower-case canonical form, in SQL: the default of every uid column,
#: so that any writer (the bulk writer, another program) gives a new row a uid.
UID_SQL = (
    "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))"
)
_UID = f"uid TEXT PRIMARY KEY NOT NULL DEFAULT {UID_SQL} CHECK (length(uid) = 36)"


#: The replicated tables as m007 makes them (without their indexes: :data:`INDEXES`), parents first.
TABLES: dict[str, str] = {
    "recommendations": f"""
CREATE TABLE recommendations (
    {_UID},
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40 AND code GLOB '[a-z]*'
        AND code NOT GLOB '*[^a-z0-9_]*'),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    text TEXT NOT NULL DEFAULT '',
    guidance TEXT NOT NULL DEFAULT '',
    weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 100),
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
)""",
    "evidence": f"""
CREATE TABLE evidence (
    {_UID},
    event_date TEXT NOT NULL CHECK (event_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND date(event_date, '+0 days') = event_date),
    title TEXT,
    url TEXT CHECK (url IS NULL OR ((lower(url) LIKE 'http://_%' OR lower(url) LIKE 'https://_%')
        AND url NOT GLOB '*[ \t\n\r]*')),
    archive_url TEXT CHECK (archive_url IS NULL OR ((lower(archive_url) LIKE 'http://_%'
        OR lower(archive_url) LIKE 'https://_%') AND archive_url NOT GLOB '*[ \t\n\r]*')),
    accessed_on TEXT CHECK (accessed_on IS NULL OR (accessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND date(accessed_on, '+0 days') = accessed_on)),
    publisher TEXT,
    source_kind TEXT NOT NULL DEFAULT 'other'
        CHECK (source_kind IN ('official', 'media', 'ngo', 'international', 'other')),
    language TEXT,
    notes TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    CHECK (coalesce(title, url, notes) IS NOT NULL)
)""",
    "attachments": """
CREATE TABLE attachments (
    evidence_uid TEXT PRIMARY KEY NOT NULL REFERENCES evidence(uid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    data BLOB NOT NULL
)""",
    "evidence_links": """
CREATE TABLE evidence_links (
    evidence_uid TEXT NOT NULL REFERENCES evidence(uid) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES countries(code),
    recommendation_code TEXT NOT NULL REFERENCES recommendations(code),
    PRIMARY KEY (evidence_uid, country_code, recommendation_code)
) WITHOUT ROWID""",
    "assessments": f"""
CREATE TABLE assessments (
    {_UID},
    country_code TEXT NOT NULL REFERENCES countries(code),
    recommendation_code TEXT NOT NULL REFERENCES recommendations(code),
    status_code TEXT NOT NULL REFERENCES statuses(code),
    effective_date TEXT NOT NULL CHECK (effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND date(effective_date, '+0 days') = effective_date),
    rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    confidence TEXT NOT NULL CHECK (confidence IN ('verified', 'reported', 'claimed')),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    reviewed_by TEXT,
    reviewed_at TEXT,
    review_comment TEXT,
    follows TEXT
)""",
    "assessment_evidence": """
CREATE TABLE assessment_evidence (
    assessment_uid TEXT NOT NULL REFERENCES assessments(uid) ON DELETE CASCADE,
    evidence_uid TEXT NOT NULL REFERENCES evidence(uid),
    PRIMARY KEY (assessment_uid, evidence_uid)
) WITHOUT ROWID""",
    "proposals": f"""
CREATE TABLE proposals (
    {_UID},
    country_code TEXT NOT NULL REFERENCES countries(code),
    recommendation_code TEXT NOT NULL REFERENCES recommendations(code),
    status_code TEXT NOT NULL REFERENCES statuses(code),
    effective_date TEXT NOT NULL CHECK (effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND date(effective_date, '+0 days') = effective_date),
    rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    confidence TEXT NOT NULL CHECK (confidence IN ('verified', 'reported', 'claimed')),
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'returned', 'withdrawn')),
    reviewed_by TEXT,
    reviewed_at TEXT,
    review_comment TEXT,
    assessment_uid TEXT REFERENCES assessments(uid) ON DELETE SET NULL,
    replaces TEXT
)""",
    "proposal_evidence": """
CREATE TABLE proposal_evidence (
    proposal_uid TEXT NOT NULL REFERENCES proposals(uid) ON DELETE CASCADE,
    evidence_uid TEXT NOT NULL REFERENCES evidence(uid) ON DELETE CASCADE,
    PRIMARY KEY (proposal_uid, evidence_uid)
) WITHOUT ROWID""",
    "history": f"""
CREATE TABLE history (
    {_UID},
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    operation TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'archive', 'restore', 'delete')),
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    before TEXT,
    after TEXT,
    follows TEXT
)""",
}

#: The indexes of the rebuilt tables (the sort indexes of the evidence list are db.schema.SORT_INDEXES).
#: A rowid table's index ends with the rowid, so "(state, proposed_at)" pages by (proposed_at, rowid).
INDEXES: dict[str, str] = {
    "evidence_event_date": "CREATE INDEX evidence_event_date ON evidence (event_date)",
    "evidence_links_cell": "CREATE INDEX evidence_links_cell ON evidence_links (country_code, recommendation_code)",
    # the tie-break of "the current assessment" is the uid: the same on every replica
    "assessments_cell": (
        "CREATE INDEX assessments_cell"
        " ON assessments (country_code, recommendation_code, effective_date, recorded_at, uid)"
    ),
    "assessment_evidence_evidence": "CREATE INDEX assessment_evidence_evidence ON assessment_evidence (evidence_uid)",
    "history_row": "CREATE INDEX history_row ON history (table_name, row_key)",
    # lineage (db.lineage): "does any entry follow this one?" in one probe; the rare entries that follow
    # several (a conflict settled) are listed by record. Entries that follow nothing (most) are not indexed.
    "history_follows": "CREATE INDEX history_follows ON history (follows) WHERE follows IS NOT NULL",
    "history_merges": "CREATE INDEX history_merges ON history (table_name, row_key) WHERE instr(follows, ' ') > 0",
    "assessments_follows": "CREATE INDEX assessments_follows ON assessments (follows) WHERE follows IS NOT NULL",
    "assessments_merges": (
        "CREATE INDEX assessments_merges ON assessments (country_code, recommendation_code)"
        " WHERE instr(follows, ' ') > 0"
    ),
    "proposals_pending": (
        "CREATE INDEX proposals_pending ON proposals (country_code, recommendation_code, effective_date, proposed_at)"
        " WHERE state = 'proposed'"
    ),
    "proposals_page": "CREATE INDEX proposals_page ON proposals (state, proposed_at)",
    "proposals_newest": "CREATE INDEX proposals_newest ON proposals (proposed_at)",
    "proposals_replaces": "CREATE INDEX proposals_replaces ON proposals (replaces) WHERE replaces IS NOT NULL",
    "proposals_assessment": (
        "CREATE INDEX proposals_assessment ON proposals (assessment_uid) WHERE assessment_uid IS NOT NULL"
    ),
    "proposal_evidence_evidence": "CREATE INDEX proposal_evidence_evidence ON proposal_evidence (evidence_uid)",
}

_OLD = "{}__before_m007"

#: How each table is filled from its old self (``{o}``: the old table's name; ``o(t)``: another's).
#: rowid = the old integer id, so the search index (content_rowid) and the history's local order stay valid.
_COPY: dict[str, str] = {
    "recommendations": (
        "INSERT INTO recommendations (rowid, uid, code, title, text, guidance, weight, position, archived)"
        " SELECT id, pt_stable_uid('recommendation', code), code, title, text, guidance, weight, position, archived"
        " FROM {recommendations}"
    ),
    "evidence": (
        "INSERT INTO evidence (rowid, uid, event_date, title, url, archive_url, accessed_on, publisher, source_kind,"
        " language, notes, recorded_by, recorded_at, updated_at, archived)"
        " SELECT id, uid, event_date, title, url, archive_url, accessed_on, publisher, source_kind,"
        " language, notes, recorded_by, recorded_at, updated_at, archived FROM {evidence}"
    ),
    "attachments": (
        "INSERT INTO attachments (rowid, evidence_uid, name, type, size, sha256, data)"
        " SELECT a.evidence_id, e.uid, a.name, a.type, a.size, a.sha256, a.data"
        " FROM {attachments} a JOIN {evidence} e ON e.id = a.evidence_id"
    ),
    "evidence_links": (
        "INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code)"
        " SELECT e.uid, l.country_code, l.recommendation_code FROM {evidence_links} l"
        " JOIN {evidence} e ON e.id = l.evidence_id"
    ),
    "assessments": (
        "INSERT INTO assessments (rowid, uid, country_code, recommendation_code, status_code, effective_date,"
        " rationale, confidence, recorded_by, recorded_at, updated_at, reviewed_by, reviewed_at, review_comment)"
        " SELECT id, uid, country_code, recommendation_code, status_code, effective_date,"
        " rationale, confidence, recorded_by, recorded_at, updated_at, reviewed_by, reviewed_at, review_comment"
        " FROM {assessments}"
    ),
    "assessment_evidence": (
        "INSERT INTO assessment_evidence (assessment_uid, evidence_uid)"
        " SELECT a.uid, e.uid FROM {assessment_evidence} ae"
        " JOIN {assessments} a ON a.id = ae.assessment_id JOIN {evidence} e ON e.id = ae.evidence_id"
    ),
    "proposals": (
        "INSERT INTO proposals (rowid, uid, country_code, recommendation_code, status_code, effective_date,"
        " rationale, confidence, proposed_by, proposed_at, state, reviewed_by, reviewed_at, review_comment,"
        " assessment_uid, replaces)"
        " SELECT p.id, p.uid, p.country_code, p.recommendation_code, p.status_code, p.effective_date,"
        " p.rationale, p.confidence, p.proposed_by, p.proposed_at, p.state, p.reviewed_by, p.reviewed_at,"
        " p.review_comment, a.uid, p.replaces"
        " FROM {proposals} p LEFT JOIN {assessments} a ON a.id = p.assessment_id"
    ),
    "proposal_evidence": (
        "INSERT INTO proposal_evidence (proposal_uid, evidence_uid)"
        " SELECT p.uid, e.uid FROM {proposal_evidence} pe"
        " JOIN {proposals} p ON p.id = pe.proposal_id JOIN {evidence} e ON e.id = pe.evidence_id"
    ),
    "history": (
        "INSERT INTO history (rowid, uid, at, user, operation, action, table_name, row_key, before, after)"
        " SELECT id, pt_stable_uid('history', id, at, user, operation, action, table_name, row_key), at, user,"
        " operation, action, table_name, row_key, before, after FROM {history}"
    ),
}


#: Each record's history and each cell's statuses were written one after another until now: each names
#: the one before it (db.lineage), in the order written here.
_LINEAGE = (
    "UPDATE history SET follows = p.prev FROM (SELECT rowid AS r,"
    " lag(uid) OVER (PARTITION BY table_name, row_key ORDER BY rowid) AS prev FROM history) AS p"
    " WHERE history.rowid = p.r AND p.prev IS NOT NULL",
    "UPDATE assessments SET follows = p.prev FROM (SELECT rowid AS r,"
    " lag(uid) OVER (PARTITION BY country_code, recommendation_code ORDER BY rowid) AS prev FROM assessments) AS p"
    " WHERE assessments.rowid = p.r AND p.prev IS NOT NULL",
)


def _stable_uid(*parts: object) -> str:
    """A uid derived from what a record is, the same on every copy (db.core.stable_uid)."""
    from .core import stable_uid

    return stable_uid(*parts)


def rekey(db: SQL, *, derived: dict[str, str], install_derived: list[str]) -> None:
    """Rebuild the replicated tables keyed by uids, keeping every row and link (inside the migration's transaction).

    ``derived``: every trigger and view that reads these tables (name → type), dropped first
    (renaming a table rewrites them, and they would read the old shape);
    ``install_derived``: the statements that re-create them for the new shape, run last.
    """
    for name, kind in derived.items():
        db.execute(f'DROP {kind} IF EXISTS "{name}"')
    # Old tables aside first: a rename also re-points the old children's foreign keys to the old parents,
    # so dropping the old tables (children first) never cascades into the new ones.
    for table in TABLES:
        db.execute(f'ALTER TABLE "{table}" RENAME TO "{_OLD.format(table)}"')
    for sql in TABLES.values():
        db.execute(sql)
    names = {table: f'"{_OLD.format(table)}"' for table in TABLES}
    db.conn.create_function("pt_stable_uid", -1, _stable_uid, deterministic=True)
    for sql in _COPY.values():
        db.execute(sql.format(uid=UID_SQL, **names))
    _history_references(db)
    for sql in _LINEAGE:
        db.execute(sql)
    for table in reversed(TABLES):
        db.execute(f"DROP TABLE {names[table]}")
    for sql in INDEXES.values():
        db.execute(sql)
    for sql in install_derived:
        db.execute(sql)


def _history_references(db: SQL) -> None:
    """Proposals' history snapshots named their assessment by integer id: now by its uid."""
    old = f'"{_OLD.format("assessments")}"'
    uids: dict[int, str | None] = {}
    rows = db.execute(
        "SELECT rowid, before, after FROM history WHERE table_name = 'proposals'"
        " AND (before LIKE '%\"assessment_id\"%' OR after LIKE '%\"assessment_id\"%')"
    ).fetchall()
    for rowid, *snapshots in rows:
        changed: list[str | None] = []
        for text in snapshots:
            if text is None:
                changed.append(None)
                continue
            snap = json.loads(text)
            if "assessment_id" in snap:
                aid = snap.pop("assessment_id")
                if aid is not None and aid not in uids:
                    found = db.execute(f"SELECT uid FROM {old} WHERE id = ?", [aid]).fetchone()
                    uids[aid] = found[0] if found else None
                snap["assessment_uid"] = None if aid is None else uids[aid]
            changed.append(json.dumps(snap, ensure_ascii=False, sort_keys=True))
        db.execute("UPDATE history SET before = ?, after = ? WHERE rowid = ?", [*changed, rowid])
