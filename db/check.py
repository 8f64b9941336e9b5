"""Checking a tracker for damage, and repairing what can be repaired.

:func:`check_tracker` only reads (the command line runs it on a file opened
read-only), so it is safe on a file in use.  :func:`repair_tracker` fixes
what can be rebuilt from the data itself (the evidence search index and the
derived counts of db.tallies),
in one transaction recorded in the history like any other edit.  Damage to
the data itself (a failed SQLite integrity check, records pointing at
records that do not exist) cannot be repaired without guessing, so it stays
reported.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from . import validate
from .attachments import attachment_messages
from .core import TrackerCore
from .current import problems as current_problems
from .current import repair as repair_current
from .errors import TrackerError, ValidationError
from .messages import Counted, Message, translate
from .ops import record_history
from .records import record
from .schema import (
    SEARCH_COLUMNS,
    SEARCH_FILL_SQL,
    SEARCH_FOLDED_SQL,
    SEARCH_TABLE,
    SEARCH_TABLE_SQL,
    SEARCH_TOKENIZE,
    SEARCH_TRIGGERS,
    SEARCH_VIEW,
    SEARCH_VIEW_SQL,
)
from .tallies import problems as tally_problems
from .tallies import repair as repair_tallies

#: Names of the temporary tables the search-index check builds (in the
#: connection's own temp schema: nothing is written to the tracker file).
_EXPECTED = "temp.policy_tracker_check_expected"
_EXPECTED_VOCAB = "temp.policy_tracker_check_expected_vocab"
_ACTUAL_VOCAB = "temp.policy_tracker_check_actual_vocab"

#: The counts in check's sentences (Qt's plural forms; lupdate collects ``DataCheck.tr``).
DataCheck = Counted("DataCheck")
def rebuilt_index_sentence(count: int) -> Message:
    """What a search-index repair did (in the history and in the window)."""
    return DataCheck.tr("Rebuilt the search index from the %n pieces of evidence and restored the triggers that keep"
                        " it current.",
                        "Rebuilt the search index from the %n piece of evidence and restored the triggers that keep"
                        " it current.", count)


@record(frozen=True)
class Problem:
    """One thing wrong with a tracker, as a user should hear it."""

    message: str
    repairable: bool


# ---------------------------------------------------------------- checks
def integrity_problems(t: TrackerCore) -> list[Problem]:
    """SQLite's own check of the file: pages, indexes, constraints."""
    try:
        rows = [r[0] for r in t.db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [Problem(translate("DataCheck", "The file is damaged: SQLite cannot read it ({error}).")
                        .format(error=str(exc)), False)]
    if rows == ["ok"]:
        return []
    return [Problem(translate("DataCheck", "The file is damaged: SQLite's integrity check failed ({details}).")
                    .format(details="; ".join(rows[:5])), False)]


def broken_links(t: TrackerCore) -> int:
    """How many records point at records that do not exist (SQLite's foreign key check)."""
    return len(t.db.execute("PRAGMA foreign_key_check").fetchall())


def link_problems(t: TrackerCore) -> list[Problem]:
    """Records that point at records that do not exist (foreign keys)."""
    try:
        broken = t.db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [Problem(translate("DataCheck", "The links between records cannot be checked ({error}).")
                        .format(error=str(exc)), False)]
    if not broken:
        return []
    tables = sorted({row[0] for row in broken})
    return [
        Problem(
            DataCheck.tr(
                "%n records point at records that do not exist (in {tables}); it cannot be repaired without"
                " guessing, so restore a copy or correct it by hand.",
                "%n record points at a record that does not exist (in {tables}); it cannot be repaired without"
                " guessing, so restore a copy or correct it by hand.",
                len(broken),
            ).format(tables=", ".join(tables)),
            False,
        )
    ]


def search_index_problems(t: TrackerCore) -> list[Problem]:
    """Whether the full-text index covers exactly the evidence as it is, and stays current.

    Compares the index's table and triggers with the schema's, the indexed
    rows with the evidence rows, then the indexed words with an index built
    afresh in the connection's temp schema (FTS5's own 'integrity-check' is
    an INSERT, which a read-only connection refuses).
    """
    problem = [
        Problem(
            translate("DataCheck", "The search index does not match the evidence, so a search can miss evidence or"
                      " find evidence that no longer says what was searched for."),
            True,
        )
    ]
    try:
        schema = {
            row[0]: row[1]
            for row in t.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE name IN (?, ?)"
                " OR (type = 'trigger' AND tbl_name = 'evidence')",
                [SEARCH_TABLE, SEARCH_VIEW],
            )
        }
        expected = {SEARCH_TABLE: SEARCH_TABLE_SQL, SEARCH_VIEW: SEARCH_VIEW_SQL, **SEARCH_TRIGGERS}
        if any(_normal_sql(schema.get(name)) != _normal_sql(sql) for name, sql in expected.items()):
            return problem
        missing = t.db.execute(
            f"SELECT count(*) FROM evidence WHERE rowid NOT IN (SELECT id FROM {SEARCH_TABLE}_docsize)"
        ).fetchone()[0]
        extra = t.db.execute(
            f"SELECT count(*) FROM {SEARCH_TABLE}_docsize WHERE id NOT IN (SELECT rowid FROM evidence)"
        ).fetchone()[0]
        if missing or extra or not _index_matches_evidence(t):
            return problem
    except sqlite3.DatabaseError:
        return problem
    return []


def derived_count_problems(t: TrackerCore) -> list[Problem]:
    """Whether the derived counts (each cell's evidence count by date, the tracker's totals) agree with a recount.

    A full recount (db.tallies): about a second or two at a million pieces of evidence.
    """
    return _derived_problems(
        lambda: tally_problems(t.db),
        translate("DataCheck", "The stored counts of evidence per cell and of records do not match the data"
                  " ({details}), so the matrix and the status bar can show wrong numbers."),
    )


def current_status_problems(t: TrackerCore) -> list[Problem]:
    """Whether each cell's stored latest assessment (db.current: what the matrix reads) matches a recomputation."""
    return _derived_problems(
        lambda: current_problems(t.db),
        translate("DataCheck", "The stored current status of each cell does not match the assessments ({details}),"
                  " so the matrix can show a wrong status."),
    )


def _derived_problems(find: Callable[[], list[str]], sentence: Message) -> list[Problem]:
    """One repairable problem for a derived table that disagrees with its recomputation (or cannot be read)."""
    try:
        found = find()
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    if not found:
        return []
    return [Problem(sentence.format(details="; ".join(found)), True)]


def codebook_problems(t: TrackerCore) -> list[Problem]:
    """Rules of the codebook every view relies on."""
    try:
        unassessed = t.db.execute("SELECT count(*) FROM statuses WHERE score IS NULL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return [Problem(translate("DataCheck", "The status scale cannot be read ({error}).").format(error=str(exc)),
                        False)]
    if unassessed == 1:
        return []
    return [Problem(translate("DataCheck", "The status scale must have exactly one 'not assessed' status; it has"
                              " {count}.").format(count=unassessed), False)]


def attachment_problems(t: TrackerCore) -> list[Problem]:
    """Attached files whose bytes no longer match the size and SHA-256 recorded when attached (db.attachments)."""
    try:
        return [Problem(message, False) for message in attachment_messages(t)]
    except sqlite3.DatabaseError as exc:
        return [Problem(translate("DataCheck", "The attached files cannot be checked ({error}).")
                        .format(error=str(exc)), False)]


#: How many links that break the address rules a check names before it only counts the rest.
NAMED_LINKS = 10


def address_problems(t: TrackerCore) -> list[Problem]:
    """Stored links that today's address rules refuse (db.validate.url: written before the rules, or by
    another program): the window will not open them, and the evidence cannot be saved until they are
    corrected.  Not repairable: a person must say what the address should be."""
    found: list[str] = []
    more = 0
    try:
        rows = t.db.execute("SELECT uid, title, url, archive_url FROM evidence"
                            " WHERE url IS NOT NULL OR archive_url IS NOT NULL")
        for uid, title, link, archived in rows:
            for field, value in (("url", link), ("archive_url", archived)):
                if value is None:
                    continue
                try:
                    validate.url(value, field)
                except ValidationError as exc:
                    if len(found) < NAMED_LINKS:
                        found.append(f"“{title or uid}” ({uid}): {exc.message.rstrip('.')}")
                    else:
                        more += 1
    except sqlite3.DatabaseError as exc:
        return [Problem(translate("DataCheck", "The evidence's links cannot be checked ({error}).")
                        .format(error=str(exc)), False)]
    if not found:
        return []
    rest = translate("DataCheck", "; and {count} more").format(count=more) if more else ""
    return [Problem(translate("DataCheck", "Links that could open another site than they show must be corrected by"
                              " hand: {links}{more}.").format(links="; ".join(found), more=rest), False)]


def check_tracker(t: TrackerCore) -> list[Problem]:
    """Every check, in order; [] when the tracker is healthy.  Writes nothing to the file."""
    return [
        *integrity_problems(t), *link_problems(t), *search_index_problems(t), *derived_count_problems(t),
        *current_status_problems(t), *codebook_problems(t), *attachment_problems(t), *address_problems(t),
    ]


# ---------------------------------------------------------------- repair
def repair_tracker(t: TrackerCore) -> list[str]:
    """Repair what can be repaired, in one transaction recorded in the history.

    Returns one sentence per repair made; [] when the tracker was healthy.
    Raises :class:`TrackerError` when there are problems but none of them can
    be repaired, or the repair fails (then nothing was changed).  Problems
    that cannot be repaired stay; :func:`check_tracker` still reports them.
    """
    index_problems = search_index_problems(t)
    count_problems = derived_count_problems(t)
    status_problems = current_status_problems(t)
    if not index_problems and not count_problems and not status_problems:
        others = [*integrity_problems(t), *link_problems(t), *codebook_problems(t), *attachment_problems(t),
                  *address_problems(t)]
        if not others:
            return []
        raise TrackerError(
            translate("DataCheck", "The problems found cannot be repaired automatically: {problems}.")
            .format(problems="; ".join(p.message.rstrip(".") for p in others))
        )
    repairs: list[str] = []
    try:
        with t.atomic():
            if index_problems:
                count = _rebuild_search_index(t)
                done = rebuilt_index_sentence(count)
                record_history(
                    t, "repair", "update", SEARCH_TABLE, "search index",
                    {"problem": index_problems[0].message}, {"repair": done},
                )
                repairs.append(done)
            if count_problems:
                repair_tallies(t.db)
                done = translate("DataCheck", "Recounted the evidence per cell and the records, and restored the"
                                 " triggers that keep them current.")
                record_history(
                    t, "repair", "update", "tallies", "derived counts",
                    {"problem": count_problems[0].message}, {"repair": done},
                )
                repairs.append(done)
            if status_problems:
                repair_current(t.db)
                done = translate("DataCheck", "Recomputed each cell's current status and restored the triggers that"
                                 " keep it current.")
                record_history(
                    t, "repair", "update", "cell_current", "current statuses",
                    {"problem": status_problems[0].message}, {"repair": done},
                )
                repairs.append(done)
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc):
            raise TrackerError(translate("DataCheck", "The tracker was opened read-only, so it cannot be repaired.")) \
                from None
        raise TrackerError(_REPAIR_FAILED.format(error=str(exc))) from None
    except sqlite3.DatabaseError as exc:
        raise TrackerError(_REPAIR_FAILED.format(error=str(exc))) from None
    return repairs


#: Why a repair changed nothing.
_REPAIR_FAILED = translate("DataCheck", "The repair failed, so nothing was changed: {error}.")


def _rebuild_search_index(t: TrackerCore) -> int:
    """Recreate the search index, its triggers and its contents; returns how many evidence rows it holds.

    Dropping and recreating the whole FTS table and its view (rather than only 'rebuild')
    also mends a damaged or altered index table; DDL in SQLite is
    transactional, so a failure leaves the old index as it was.
    """
    for name in SEARCH_TRIGGERS:
        t.db.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    try:
        with t.db.atomic():
            t.db.execute(f'DROP TABLE IF EXISTS "{SEARCH_TABLE}"')
    except sqlite3.DatabaseError:
        _forget_broken_index(t)
    t.db.execute(f'DROP VIEW IF EXISTS "{SEARCH_VIEW}"')
    t.db.execute(SEARCH_VIEW_SQL)
    t.db.execute(SEARCH_TABLE_SQL)
    for sql in SEARCH_TRIGGERS.values():
        t.db.execute(sql)
    t.db.execute(SEARCH_FILL_SQL)  # FTS5's 'rebuild', reading the folded text once per value (db.fold)
    return t.db.execute("SELECT count(*) FROM evidence").fetchone()[0]


#: The tables FTS5 keeps an index in ("shadow tables"); the content comes from the search view.
_SHADOW_TABLES = ("data", "idx", "docsize", "config", "content")


def _forget_broken_index(t: TrackerCore) -> None:
    """Remove a search index FTS5 itself cannot open (a shadow table lost or mangled), inside the open transaction.

    ``DROP TABLE`` needs FTS5 to open the index first, which is what fails; the
    index's own row is taken out of the schema instead (SQLite's documented
    writable_schema route; the schema version is raised so every connection
    reads the schema again), then its shadow tables are dropped.  The evidence
    is untouched: the index is rebuilt from it.
    """
    version = t.db.execute("PRAGMA schema_version").fetchone()[0]
    t.db.execute("PRAGMA writable_schema = ON")
    try:
        t.db.execute("DELETE FROM sqlite_master WHERE type = 'table' AND name = ?", [SEARCH_TABLE])
        t.db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        t.db.execute("PRAGMA writable_schema = OFF")
    t.db.execute("PRAGMA writable_schema = RESET")
    for suffix in _SHADOW_TABLES:
        t.db.execute(f'DROP TABLE IF EXISTS "{SEARCH_TABLE}_{suffix}"')


def rebuild_search_index(t: TrackerCore) -> str:
    """Rebuild the search index alone (what the app offers when a search finds it damaged); returns what was done.

    One transaction recorded in the history, as :func:`repair_tracker`; raises
    :class:`TrackerError` when it cannot be done (then nothing changed).
    """
    try:
        with t.atomic():
            count = _rebuild_search_index(t)
            done = rebuilt_index_sentence(count)
            record_history(
                t, "repair", "update", SEARCH_TABLE, "search index",
                {"problem": "the search index was damaged"}, {"repair": done},
            )
    except sqlite3.DatabaseError as exc:
        raise TrackerError(translate("DataCheck", "The search index could not be rebuilt, so nothing was changed:"
                                     " {error}.").format(error=str(exc))) from None
    return done


def _index_matches_evidence(t: TrackerCore) -> bool:
    """Every word the index holds, per column with its document and occurrence counts,
    equals an index built now from the evidence (folded as the search view folds it).

    Catches an index left stale by edits made while a trigger was missing.
    Per-column counts ('col') rather than every word position ('instance')
    keep this about a second for 100,000 pieces of evidence instead of ten.
    Built in the connection's temp schema and dropped again.
    """
    columns = ", ".join(SEARCH_COLUMNS)
    try:
        t.db.execute(
            f"CREATE VIRTUAL TABLE {_EXPECTED} USING fts5({columns}, tokenize='{SEARCH_TOKENIZE}', content='')"
        )
        t.db.execute(f"INSERT INTO {_EXPECTED} (rowid, {columns}) SELECT id, {columns} FROM ({SEARCH_FOLDED_SQL})")
        expected_name = _EXPECTED.split(".", 1)[1]
        t.db.execute(f"CREATE VIRTUAL TABLE {_EXPECTED_VOCAB} USING fts5vocab(temp, '{expected_name}', 'col')")
        t.db.execute(f"CREATE VIRTUAL TABLE {_ACTUAL_VOCAB} USING fts5vocab(main, '{SEARCH_TABLE}', 'col')")
        differ = t.db.execute(
            f"SELECT EXISTS (SELECT * FROM {_ACTUAL_VOCAB} EXCEPT SELECT * FROM {_EXPECTED_VOCAB})"
            f" OR EXISTS (SELECT * FROM {_EXPECTED_VOCAB} EXCEPT SELECT * FROM {_ACTUAL_VOCAB})"
        ).fetchone()[0]
        return not differ
    finally:
        for table in (_ACTUAL_VOCAB, _EXPECTED_VOCAB, _EXPECTED):
            t.db.execute(f"DROP TABLE IF EXISTS {table}")


def _normal_sql(sql: str | None) -> str | None:
    """SQL without quoting and spacing differences (older sqlite-utils quoted names in [brackets])."""
    if sql is None:
        return None
    return re.sub(r"[\s\"\[\]`]+", "", sql).lower()


__all__ = [
    "Problem",
    "attachment_problems",
    "broken_links",
    "check_tracker",
    "codebook_problems",
    "derived_count_problems",
    "integrity_problems",
    "link_problems",
    "rebuild_search_index",
    "rebuilt_index_sentence",
    "repair_tracker",
    "search_index_problems",
]
