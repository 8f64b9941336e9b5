"""The tracker's schema, created and upgraded with sqlite-utils migrations.

Every migration runs in one transaction with the record of it having been
applied (``sqlite_utils.Migrations``).  A file whose applied migrations
include names this version does not know was written by a newer version and
is refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from .connection import SQL, Connection
from .fold import fold_select, fold_select_bulk

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

#: ``PRAGMA application_id`` of every tracker file ("PTRK"): tells a tracker
#: from any other SQLite database without reading its tables.
APPLICATION_ID = 0x5054524B
MIGRATION_SET = "policy_tracker"

_Migration = TypeVar("_Migration", bound=Callable[..., None])


class PendingMigration(NamedTuple):
    name: str


class MigrationSet:
    """The tracker's migrations, oldest first, applied with ``sqlite_utils.Migrations``.

    Registered here rather than on a ``Migrations`` object at import time so
    that opening an up-to-date tracker (a read of ``_sqlite_migrations``)
    never imports sqlite-utils, which costs a third of the app's start-up;
    the ``Migrations`` object is built when something is to be applied.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._functions: list[Callable[..., None]] = []
        self._runner: Migrations | None = None

    def __call__(self) -> Callable[[_Migration], _Migration]:
        def register(function: _Migration) -> _Migration:
            self._functions.append(function)
            self._runner = None
            return function

        return register

    def names(self) -> list[str]:
        return [f.__name__ for f in self._functions]

    def applied(self, db: SQL) -> set[str]:
        try:
            rows = db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [self.name])
        except sqlite3.OperationalError as exc:  # a new, empty database has no such table
            if "no such table" in str(exc):
                return set()
            raise
        return {row[0] for row in rows}

    def pending(self, db: SQL) -> list[PendingMigration]:
        applied = self.applied(db)
        return [PendingMigration(name) for name in self.names() if name not in applied]

    def apply(self, db: SQL) -> None:
        """Apply what is pending (each in a transaction, or a savepoint inside an open one)."""
        if self._runner is None:
            from sqlite_utils import Migrations

            runner = Migrations(self.name)
            for function in self._functions:
                runner()(function)
            self._runner = runner
        self._runner.apply(_utils(db))


def _utils(db: SQL) -> Any:
    return db.utils if isinstance(db, Connection) else db


migrations = MigrationSet(MIGRATION_SET)

# date(x, '+0 days') normalises an impossible day such as 2023-02-30 to
# 2023-03-02, so the comparison refuses it (plain date(x) keeps it as is).
_DATE = "{col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date({col}, '+0 days') = {col}"
_URL = (
    "{col} IS NULL OR ((lower({col}) LIKE 'http://_%' OR lower({col}) LIKE 'https://_%')"
    " AND {col} NOT GLOB '*[ \t\n\r]*')"
)
_CODE = "length({col}) BETWEEN 1 AND 40 AND {col} GLOB '[a-z]*' AND {col} NOT GLOB '*[^a-z0-9_]*'"
_FLAG = "{col} IN (0, 1)"
_COLOR = "{col} GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'"


def _c(template: str, col: str) -> str:
    return template.format(col=col)


def keyed_by_integers(db: Database | SQL) -> bool:
    """Whether the tracker's records are still keyed by integer ids (before m007): what m002 and m004 build on."""
    found = db.execute("SELECT count(*) FROM pragma_table_info('evidence_links') WHERE name = 'evidence_id'")
    return bool(found.fetchone()[0])


@migrations()
def m001_initial(db: Database) -> None:
    """The first schema: codebook, countries, evidence, assessments, history."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.executescript(
        f"""
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE statuses (
            code TEXT PRIMARY KEY CHECK ({_c(_CODE, "code")}),
            label TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
            score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
            color TEXT NOT NULL CHECK ({_c(_COLOR, "color")}),
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX statuses_one_unassessed ON statuses ((score IS NULL)) WHERE score IS NULL;
        CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK ({_c(_CODE, "code")}),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            text TEXT NOT NULL DEFAULT '',
            guidance TEXT NOT NULL DEFAULT '',
            weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 100),
            position INTEGER NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0 CHECK ({_c(_FLAG, "archived")})
        );
        CREATE TABLE grades (
            grade TEXT PRIMARY KEY CHECK (length(trim(grade)) > 0),
            min_score REAL NOT NULL CHECK (min_score >= 0 AND min_score <= 100)
        );
        CREATE TABLE countries (
            code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code GLOB '[A-Z][A-Z]'),
            alpha3 TEXT NOT NULL UNIQUE CHECK (length(alpha3) = 3 AND alpha3 GLOB '[A-Z][A-Z][A-Z]'),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            archived INTEGER NOT NULL DEFAULT 0 CHECK ({_c(_FLAG, "archived")})
        );
        CREATE TABLE groups (
            name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE group_members (
            group_name TEXT NOT NULL REFERENCES groups(name) ON UPDATE CASCADE ON DELETE CASCADE,
            country_code TEXT NOT NULL REFERENCES countries(code),
            PRIMARY KEY (group_name, country_code)
        ) WITHOUT ROWID;
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
            event_date TEXT NOT NULL CHECK ({_c(_DATE, "event_date")}),
            title TEXT,
            url TEXT CHECK ({_c(_URL, "url")}),
            archive_url TEXT CHECK ({_c(_URL, "archive_url")}),
            accessed_on TEXT CHECK (accessed_on IS NULL OR ({_c(_DATE, "accessed_on")})),
            publisher TEXT,
            source_kind TEXT NOT NULL DEFAULT 'other'
                CHECK (source_kind IN ('official', 'media', 'ngo', 'international', 'other')),
            language TEXT,
            notes TEXT,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0 CHECK ({_c(_FLAG, "archived")}),
            CHECK (coalesce(title, url, notes) IS NOT NULL)
        );
        CREATE INDEX evidence_event_date ON evidence (event_date);
        CREATE TABLE attachments (
            evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            data BLOB NOT NULL
        );
        CREATE TABLE evidence_links (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            country_code TEXT NOT NULL REFERENCES countries(code),
            recommendation_code TEXT NOT NULL REFERENCES recommendations(code),
            PRIMARY KEY (evidence_id, country_code, recommendation_code)
        ) WITHOUT ROWID;
        CREATE INDEX evidence_links_cell ON evidence_links (country_code, recommendation_code);
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
            country_code TEXT NOT NULL REFERENCES countries(code),
            recommendation_code TEXT NOT NULL REFERENCES recommendations(code),
            status_code TEXT NOT NULL REFERENCES statuses(code),
            effective_date TEXT NOT NULL CHECK ({_c(_DATE, "effective_date")}),
            rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
            confidence TEXT NOT NULL CHECK (confidence IN ('verified', 'reported', 'claimed')),
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX assessments_cell
            ON assessments (country_code, recommendation_code, effective_date, recorded_at);
        CREATE TABLE assessment_evidence (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id),
            PRIMARY KEY (assessment_id, evidence_id)
        ) WITHOUT ROWID;
        CREATE INDEX assessment_evidence_evidence ON assessment_evidence (evidence_id);
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            operation TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'archive', 'restore', 'delete')),
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX history_row ON history (table_name, row_key);
        """
    )
    db.table("evidence").enable_fts(
        ["title", "notes", "publisher", "url"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


#: The evidence search index (since m003): an FTS5 table over the evidence's
#: text *folded* (db.fold: "Łódź" is indexed as "Lódź", which unicode61 then
#: matches as "lodz").  Its external content is the view ``evidence_search``,
#: so FTS5's 'rebuild' re-reads folded text; the triggers feed it from the
#: (evidence_ad keeps m001's name but now fires BEFORE the delete)
#: same view (before a delete or an update, while the old row is still there;
#: after an insert or an update), so the fold is defined once, in SQL that any
#: SQLite program can run.  ``prefix='1 2'``: a one- or two-letter word is one
#: doclist to walk, not a merge of every word it begins.
#: ``db.check`` compares a tracker against these and repairs it from them.
SEARCH_TABLE = "evidence_fts"
SEARCH_VIEW = "evidence_search"
SEARCH_COLUMNS = ("title", "notes", "publisher", "url")
SEARCH_TOKENIZE = "unicode61 remove_diacritics 2"
#: The view's "id" is the evidence's rowid (its integer id before m007; a local number since, never replicated).
SEARCH_VIEW_SQL = f'CREATE VIEW "{SEARCH_VIEW}" AS {fold_select("evidence", "id", SEARCH_COLUMNS, "rowid")}'
SEARCH_TABLE_SQL = (
    'CREATE VIRTUAL TABLE "evidence_fts" USING FTS5 (\n'
    '    "title", "notes", "publisher", "url",\n'
    "    tokenize='unicode61 remove_diacritics 2',\n"
    "    prefix='1 2',\n"
    "    content='evidence_search', content_rowid='id'\n"
    ")"
)
_COLS = '"title", "notes", "publisher", "url"'
#: The evidence's searchable text as the view gives it, read once per value (db.fold.fold_select_bulk): for reading
#: many rows at once (an import's new rows, the check's comparison, a rebuild), where the view read each ~30 times.
SEARCH_FOLDED_SQL = fold_select_bulk("evidence", "id", SEARCH_COLUMNS, "rowid")
#: FTS5's 'rebuild' of the index, reading the evidence through SEARCH_FOLDED_SQL instead of the view.
SEARCH_FILL_SQL = f'INSERT INTO "{SEARCH_TABLE}" (rowid, {_COLS}) SELECT "id", {_COLS} FROM ({SEARCH_FOLDED_SQL})'
_NEW_ROW = (
    f'INSERT INTO "evidence_fts" (rowid, {_COLS})'
    f' SELECT "id", {_COLS} FROM "evidence_search" WHERE "id" = new.rowid;'
)
_OLD_ROW = (
    f'INSERT INTO "evidence_fts" ("evidence_fts", rowid, {_COLS})'
    f' SELECT \'delete\', "id", {_COLS} FROM "evidence_search" WHERE "id" = old.rowid;'
)
_TEXT_UPDATE = 'UPDATE OF "title", "notes", "publisher", "url" ON "evidence"'
SEARCH_TRIGGERS = {
    "evidence_ai": f'CREATE TRIGGER "evidence_ai" AFTER INSERT ON "evidence" BEGIN\n  {_NEW_ROW}\nEND',
    "evidence_ad": f'CREATE TRIGGER "evidence_ad" BEFORE DELETE ON "evidence" BEGIN\n  {_OLD_ROW}\nEND',
    "evidence_bu": f'CREATE TRIGGER "evidence_bu" BEFORE {_TEXT_UPDATE} BEGIN\n  {_OLD_ROW}\nEND',
    "evidence_au": f'CREATE TRIGGER "evidence_au" AFTER {_TEXT_UPDATE} BEGIN\n  {_NEW_ROW}\nEND',
}
#: The triggers m001's ``enable_fts`` made, which m003 replaces.
_M001_TRIGGERS = ("evidence_ai", "evidence_ad", "evidence_au")
#: Indexes that let the evidence list page by each sortable column (keyset
#: paging walks one of them; db.search names them in ``INDEXED BY``).
SORT_INDEXES = {
    "evidence_sort_title": "CREATE INDEX evidence_sort_title ON evidence (coalesce(title, url, '') COLLATE NOCASE)",
    "evidence_sort_publisher": (
        "CREATE INDEX evidence_sort_publisher ON evidence (coalesce(publisher, '') COLLATE NOCASE)"
    ),
    "evidence_sort_kind": "CREATE INDEX evidence_sort_kind ON evidence (source_kind)",
    "evidence_sort_link": "CREATE INDEX evidence_sort_link ON evidence (coalesce(url, ''))",
    # the evidence of some recommendations, without reading every link (the cell index starts with the country)
    "evidence_links_recommendation": (
        "CREATE INDEX evidence_links_recommendation ON evidence_links (recommendation_code)"
    ),
}


@migrations()
def m002_cell_tallies(db: Database) -> None:
    """Derived counts kept by triggers, so the matrix and the status bar never scan all evidence.

    ``cell_evidence_counts`` (each cell's running evidence count by event
    date) and ``tallies`` (whole-tracker counts): see :mod:`db.tallies`.
    Filled from the data for an existing tracker.
    """
    from .tallies import install  # the tables' SQL lives with the code that keeps them right

    install(db, legacy=keyed_by_integers(db))  # m007 re-creates the triggers for uid keys


@migrations()
def m003_folded_search(db: Database) -> None:
    """Search folds letters unicode61 leaves alone (Ł, ø, ß…), and the evidence list pages by any column.

    Replaces m001's index and triggers with the folded ones (``SEARCH_*``)
    and rebuilds the index, in the migration's one transaction; adds the
    indexes keyset paging walks (``SORT_INDEXES``).
    """
    for name in (*_M001_TRIGGERS, *SEARCH_TRIGGERS):
        db.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    db.execute(f'DROP TABLE IF EXISTS "{SEARCH_TABLE}"')
    db.execute(f'DROP VIEW IF EXISTS "{SEARCH_VIEW}"')
    db.execute(SEARCH_VIEW_SQL)
    db.execute(SEARCH_TABLE_SQL)
    for sql in SEARCH_TRIGGERS.values():
        db.execute(sql)
    db.execute(SEARCH_FILL_SQL)
    for name, sql in SORT_INDEXES.items():
        db.execute(f'DROP INDEX IF EXISTS "{name}"')
        db.execute(sql)


@migrations()
def m004_cell_current(db: Database) -> None:
    """Each cell's latest assessment in a table kept by triggers, so the matrix reads today's statuses in one pass.

    ``cell_current``: see :mod:`db.current`.  Filled from the assessments
    (one pass over them) for an existing tracker.
    """
    from .current import install, install_legacy  # the table's SQL lives with the code that keeps it right

    if keyed_by_integers(db):
        install_legacy(db)  # as m004 made it; m007 re-creates it for uid keys
    else:
        install(db)


#: The review queue (since m005): a status proposed while review is required
#: waits here until another person approves it (then it becomes an ordinary
#: assessment, so every query counts only approved statuses) or returns it.
#: ``replaces``: the returned proposal a revision was made from.
PROPOSALS_SQL = f"""
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
    country_code TEXT NOT NULL REFERENCES countries(code),
    recommendation_code TEXT NOT NULL REFERENCES recommendations(code),
    status_code TEXT NOT NULL REFERENCES statuses(code),
    effective_date TEXT NOT NULL CHECK ({_c(_DATE, "effective_date")}),
    rationale TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    confidence TEXT NOT NULL CHECK (confidence IN ('verified', 'reported', 'claimed')),
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'returned', 'withdrawn')),
    reviewed_by TEXT,
    reviewed_at TEXT,
    review_comment TEXT,
    assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
    replaces TEXT
);
CREATE INDEX proposals_pending ON proposals (country_code, recommendation_code, effective_date, proposed_at)
    WHERE state = 'proposed';
CREATE INDEX proposals_page ON proposals (state, proposed_at, id);
CREATE INDEX proposals_newest ON proposals (proposed_at, id);
CREATE INDEX proposals_replaces ON proposals (replaces) WHERE replaces IS NOT NULL;
CREATE INDEX proposals_assessment ON proposals (assessment_id) WHERE assessment_id IS NOT NULL;
CREATE TABLE proposal_evidence (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    PRIMARY KEY (proposal_id, evidence_id)
) WITHOUT ROWID;
CREATE INDEX proposal_evidence_evidence ON proposal_evidence (evidence_id);
"""


@migrations()
def m005_review(db: Database) -> None:
    """A second coder's review: the proposals queue, and who reviewed each approved assessment.

    Existing assessments keep every value; their new ``reviewed_*`` columns
    are empty (recorded while review was not required).  Review stays off
    until the setting ``review_required`` (meta) is turned on.
    """
    for statement in PROPOSALS_SQL.split(";"):  # one by one: executescript would commit the migration's transaction
        if statement.strip():
            db.execute(statement)
    for column in ("reviewed_by", "reviewed_at", "review_comment"):
        db.execute(f"ALTER TABLE assessments ADD COLUMN {column} TEXT")


@migrations()
def m006_translations(db: Database) -> None:
    """The codebook's translations (issue 15): one row per text and language in ``translations``.

    A table rather than JSON columns beside each text: English stays untouched in the
    columns exports, scripts and search read; a translation edit is one row, with its own
    history entry and undo; "which texts miss Belarusian" is one query; and a new
    translatable field needs no new column.  An upgraded tracker keeps every record and
    gains the default codebook's translations of the texts it still has unchanged
    (:func:`db.codebook_texts.fill_default_translations`).
    """
    from .codebook_texts import fill_default_translations, install  # the table's SQL lives with its readers

    install(db)
    fill_default_translations(db)


@migrations()
def m007_uid_keys(db: Database) -> None:
    """Replicated rows keyed by UUIDs (issue 14), so two replicas' offline additions never share a key.

    Rebuilds evidence, its links and attachment, assessments and their evidence, proposals and theirs,
    recommendations and the history with ``uid TEXT PRIMARY KEY`` and references by uid, keeping every
    row and link; each row's old integer id becomes its local rowid (the search index stays valid).
    The derived tables' triggers, ``cell_current`` and the search view follow (:mod:`db.rekey`).
    """
    from . import current, lineage, tallies
    from .rekey import rekey

    derived = dict.fromkeys((*tallies.TRIGGERS, *current.TRIGGERS, *SEARCH_TRIGGERS), "TRIGGER")
    derived[SEARCH_VIEW] = "VIEW"
    derived[current.TABLE] = "TABLE"
    rekey(
        db,
        derived=derived,
        install_derived=[
            SEARCH_VIEW_SQL, *SEARCH_TRIGGERS.values(), *SORT_INDEXES.values(), *tallies.TRIGGERS.values(),
            current.TABLE_SQL, *current.TRIGGERS.values(),
            f"INSERT INTO {current.TABLE} ({', '.join(current.COLUMNS)}) {current.RECOMPUTE}",
            *lineage.CONFLICT_TABLES.values(),
        ],
    )


def known_migrations() -> list[str]:
    """Names of the migrations this version knows, oldest first."""
    return migrations.names()
